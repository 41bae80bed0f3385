import Foundation

/// The places of GeoNames that news may name, as `.tools/make-places.py` wrote them into `places.tsv`: cities of
/// 15,000 people or more with their common spellings, US states and first-level regions.
enum Gazetteer {
    struct Entry {
        var name: String
        /// The form is an English word too: not a place at the start of a sentence.
        var isWord: Bool
        /// The form is a given name too: a person when a surname follows.
        var isGivenName: Bool
        /// A one-word town of fewer than 100,000 people: a place only where the text reads as a place's.
        var isSmall: Bool
        var isContinent = false
    }

    /// GeoNames' continents: `Europe`, `North America`.
    static let continents = Set(entries.filter { $0.value.isContinent }.map(\.value.name))

    /// Words before a place: `in Osh`, `near Andijan`.
    static let placePrepositions: Set<String> = ["in", "at", "near", "from", "outside", "around", "across", "via", "into", "to", "toward", "towards"]

    static let entries: [String: Entry] = {
        guard let url = Bundle.module.url(forResource: "places", withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [:] }
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(60_000)
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2 else { continue }
            let flags = fields.count > 2 ? fields[2].split(separator: ",") : []
            entries[String(fields[0])] = Entry(name: String(fields[1]), isWord: flags.contains("word"), isGivenName: flags.contains("given"),
                                              isSmall: flags.contains("small"), isContinent: flags.contains("continent"))
        }
        return entries
    }()
}

/// Given names of the US Census 1990 lists, as `.tools/make-given-names.py` wrote them into `given-names.txt`:
/// evidence that one or two capitalized words after them name a person.
enum CensusGivenNames {
    static let all = Set(ResourceLines.read("given-names"))
}

/// Surnames of the US Census 1990 list that are no English word, as `.tools/make-surnames.py` wrote them into
/// `surnames.txt`: evidence that a word followed by a verb of speech or action names a person.
enum CensusSurnames {
    static let all = Set(ResourceLines.read("surnames"))
}

/// Titles and roles that stand before a person's name, in lower case: nameparser's (`Resources/titles.txt`)
/// and the lexicon's own.
enum PersonTitles {
    static let roles: Set<String> = {
        Set(EntityLexicon.titles.filter { $0.count == 1 }.map { $0[0].lowercased().filter { $0 != "." } }).union(ResourceLines.read("titles"))
    }()

    static let roleHashes = Set(roles.map { hash(Array($0.utf8)[...]) })

    /// Whether the bytes spell a role, without making a string of every word.
    static func isRole(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        roleHashes.contains(hash(bytes)) && roles.contains(String(decoding: bytes, as: UTF8.self))
    }

    static func hash<Bytes: Collection>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        bytes.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }
}

/// Words in capitals that name no organization (`Resources/abbreviations.txt`): currency codes, time zones,
/// titles and English words.
enum Abbreviations {
    static let notOrganizations = Set(ResourceLines.read("abbreviations"))
}

/// Capitalized English words that end no person's name (`Resources/common-words.txt`): `Administration`, `City`.
enum CommonWords {
    static let all = ResourceLines.read("common-words")
}

/// The lines of a generated word list among the resources, without its `#` header.
enum ResourceLines {
    static func read(_ name: String) -> [String] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
    }
}
