import FolioCore

/// The entities of a headline. A surname names the person the body names in full (`Putin` → Vladimir Putin).
/// In a headline written in title case, where every word is capitalized, only names the tagger knows, names the
/// body also has, and acronyms are kept: the capitals there say nothing about names.
struct TitleEntities {
    /// The body's mentions, which a headline's names are read against.
    let body: [EntityMention]

    func mentions(in title: String, tagged: EntityTagging) -> [EntityMention] {
        let bodyNames = Set(body.map(\.name))
        let people = Set(body.filter { $0.kind == .person }.map(\.name))
        let isTitleCase = Self.isTitleCase(title)
        // A headline's "One Military Alliance (CSTO)" defines nothing: the body says what an acronym stands for.
        let definedHere = Set(tagged.acronyms.map(\.long))
        return tagged.mentions.compactMap { mention in
            guard !definedHere.contains(mention.name), !definedHere.contains(mention.text) else { return nil }
            var mention = mention
            mention.field = .title
            if mention.kind == .person, !mention.name.contains(" ") {
                let full = people.filter { $0.hasSuffix(" " + mention.name) }
                if full.count == 1 { mention.name = full.first! }
            }
            guard isTitleCase else { return mention }
            let isKnown = EntityTagger.knownName(for: mention.text) != nil || EntityTagger.knownName(for: mention.name) != nil
            return isKnown || bodyNames.contains(mention.name) || mention.kind == .acronym ? mention : nil
        }
    }

    /// Whether most of the headline's longer words start with a capital, as in `CSTO to Begin Arms Supplies`.
    static func isTitleCase(_ title: String) -> Bool {
        let words = title.split(whereSeparator: { !$0.isLetter }).filter { $0.count > 3 }
        guard words.count >= 2 else { return false }
        let capitalized = words.filter { $0.first?.isUppercase == true }.count
        return capitalized * 10 >= words.count * 7
    }
}
