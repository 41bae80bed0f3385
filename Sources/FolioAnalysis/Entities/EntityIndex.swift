import FolioCore

/// Every known name and form, by its text as written, with the entity it names.
enum EntityIndex {
    static let names: [String: (name: String, kind: EntityMention.Kind)] = {
        var names: [String: (name: String, kind: EntityMention.Kind)] = [:]
        for place in EntityLexicon.places { names[place] = (place, .place) }
        for country in EntityLexicon.countries {
            for form in country.forms { names[form] = (country.name, .place) }
        }
        for organization in EntityLexicon.organizations {
            names[organization.name] = (organization.name, .org)
            for form in organization.forms { names[form] = (organization.name, .org) }
        }
        // The gazetteer adds places; it never takes a word the curated lists read otherwise.
        let curatedWords = Set(EntityLexicon.demonyms.keys).union(EntityLexicon.givenNames).union(EntityLexicon.sentenceWords)
            .union(EntityLexicon.organizationEnds).union(EntityLexicon.organizationHeads).union(EntityLexicon.titles.map { $0[0] })
        for (form, entry) in Gazetteer.entries where names[form] == nil && !curatedWords.contains(form) { names[form] = (entry.name, .place) }
        for company in ListedCompanies.all where names[company] == nil && !curatedWords.contains(company) { names[company] = (company, .org) }
        return names
    }()

    /// The countries' names, as the tagger names them.
    static let countryNames = Set(EntityLexicon.countries.map(\.name))

    /// The forms the gazetteer alone knows.
    static let gazetteerOnly: Set<String> = {
        var curated = Set(EntityLexicon.places)
        for country in EntityLexicon.countries { curated.formUnion(country.forms) }
        for organization in EntityLexicon.organizations { curated.insert(organization.name); curated.formUnion(organization.forms) }
        return Set(Gazetteer.entries.keys).subtracting(curated).filter { names[$0]?.kind == .place }
    }()

    /// Known forms by their lower-cased text, for names typed at the prompt.
    static let namesIgnoringCase: [String: String] = {
        var names: [String: String] = [:]
        for (form, entry) in Self.names { names[form.lowercased()] = entry.name }
        return names
    }()

    /// The short forms (all capitals) of each known name: `NATO` for the North Atlantic Treaty Organization.
    static let shortForms: [String: [String]] = {
        var forms: [String: [String]] = [:]
        for (form, entry) in Self.names where form != entry.name && form.count <= 6 && form == form.uppercased() {
            forms[entry.name, default: []].append(form)
        }
        return forms.mapValues { $0.sorted() }
    }()

    /// For each first word of a known form of several words, the most words such a form has.
    static let longestFormByFirstWord: [String: Int] = {
        var longest: [String: Int] = [:]
        for form in names.keys {
            let words = form.split(separator: " ")
            if words.count > 1 { longest[String(words[0]), default: 1] = max(longest[String(words[0])] ?? 1, words.count) }
        }
        return longest
    }()

    /// What the lexicon says of single capitalized words, looked up once per word.
    struct WordFlags: OptionSet {
        let rawValue: UInt16
        static let known = WordFlags(rawValue: 1)
        static let sentenceWord = WordFlags(rawValue: 2)
        static let organizationEnd = WordFlags(rawValue: 4)
        static let organizationHead = WordFlags(rawValue: 8)
        static let givenName = WordFlags(rawValue: 16)
        static let demonym = WordFlags(rawValue: 32)
        static let title = WordFlags(rawValue: 64)
        static let startsForm = WordFlags(rawValue: 128)
        /// Known only as a place of the gazetteer, which may be a person's surname too (Obama, Barra).
        static let gazetteer = WordFlags(rawValue: 256)
        /// A small town of the gazetteer: a place only after `in`, `near` and the like, or before `, Country`.
        static let smallTown = WordFlags(rawValue: 512)
        /// An English word that is no given name or surname, or that ends places' names: no person's name ends in it.
        static let commonWord = WordFlags(rawValue: 1024)
    }

    static let wordFlags: [String: WordFlags] = {
        var flags: [String: WordFlags] = [:]
        for name in names.keys where !name.contains(" ") { flags[name, default: []].insert(.known) }
        for word in longestFormByFirstWord.keys { flags[word, default: []].insert(.startsForm) }
        for word in EntityLexicon.sentenceWords { flags[word, default: []].insert(.sentenceWord) }
        for word in EntityLexicon.organizationEnds {
            flags[word, default: []].insert(.organizationEnd)
            if EntityUnit.abbreviations.contains(word) { flags[word + ".", default: []].insert(.organizationEnd) }
            // S.A., N.V., L.P.
            if word.count <= 3, word == word.uppercased() { flags[word.map { "\($0)." }.joined(), default: []].insert(.organizationEnd) }
        }
        for word in EntityLexicon.organizationHeads { flags[word, default: []].insert(.organizationHead) }
        for word in EntityLexicon.givenNames { flags[word, default: []].insert(.givenName) }
        for word in CensusGivenNames.all where names[word] == nil { flags[word, default: []].insert(.givenName) }
        for word in EntityLexicon.demonyms.keys { flags[word, default: []].insert(.demonym) }
        for title in titles { flags[title[0], default: []].insert(.title) }
        for word in CommonWords.all { flags[word, default: []].insert(.commonWord) }
        for form in gazetteerOnly where !form.contains(" ") {
            guard let entry = Gazetteer.entries[form] else { continue }
            flags[form, default: []].insert(.gazetteer)
            if entry.isWord { flags[form, default: []].insert(.sentenceWord) }
            if entry.isGivenName { flags[form, default: []].insert(.givenName) }
            if entry.isSmall { flags[form, default: []].insert(.smallTown) }
        }
        return flags
    }()

    /// The lexicon's titles, and nameparser's capitalized where they are no given name or known name.
    static let titles: [[String]] = {
        let listed = Set(EntityLexicon.titles.map { $0.joined(separator: " ") })
        let more = PersonTitles.roles.map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .filter { !listed.contains($0) && names[$0] == nil && !CensusGivenNames.all.contains($0) && !EntityLexicon.givenNames.contains($0) }
        return EntityLexicon.titles + more.sorted().map { [$0] }
    }()

    /// Titles by their first word.
    static let titlesByFirstWord: [String: [[String]]] = Dictionary(grouping: titles, by: { $0[0] })
}
