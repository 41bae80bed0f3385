import FolioCore

/// What the entity tagger found in one text: its mentions and the acronyms it defines.
public struct EntityTagging: Sendable, Equatable {
    public var mentions: [EntityMention]
    public var acronyms: [AcronymDefinition]
}

/// Finds people, organizations and places in English news text.
///
/// It reads the text as runs of capitalized words and, within each run, tries in turn: a known name (ISO
/// countries, cities and regions, well-known organizations), a name ending in an organization word
/// (`Caspian Pipeline Consortium`), a title before a person's name (`Secretary General Imangali
/// Tasmagambetov`), a demonym (`Kazakh` → Kazakhstan), a given name and surname, the surname of a person
/// already named, and an acronym the text defines (`Collective Security Treaty Organization (CSTO)`).
/// Anything else, such as a capitalized word opening a sentence, is passed over. The text is scanned as
/// UTF-8 bytes. Example: `tag("Turkey’s role")` gives Turkey, a place, at offset 0.
public struct EntityTagger: Sendable {
    public init() {}

    /// The name of the known entity a typed form stands for, in any case: `nato` → North Atlantic Treaty Organization.
    public static func knownName(for form: String) -> String? {
        EntityIndex.namesIgnoringCase[form.lowercased()] ?? EntityLexicon.demonyms[form]
    }

    /// The all-capitals short forms of a known entity: `NATO`, `EU`.
    public static func shortForms(of name: String) -> [String] {
        EntityIndex.shortForms[name] ?? []
    }

    /// Every form the tagger reads as a place.
    public static var knownPlaceForms: [String] { EntityIndex.names.filter { $0.value.kind == .place }.map(\.key) }

    /// The capitalized English words that end no person's name.
    public static var commonWords: [String] { CommonWords.all }

    /// Whether a mention is a demonym or adjective (`Kazakh`), not the place's name.
    public static func isDemonym(_ mention: EntityMention) -> Bool {
        mention.kind == .place && EntityLexicon.demonyms[mention.text] != nil
    }

    public func tag(_ text: String) -> EntityTagging {
        var text = text
        return text.withUTF8 { bytes in
            var reader = EntityReader(bytes: bytes, tokens: EntityTokenizer.tokenize(bytes))
            reader.read()
            return EntityTagging(mentions: reader.mentions, acronyms: reader.acronyms)
        }
    }
}
