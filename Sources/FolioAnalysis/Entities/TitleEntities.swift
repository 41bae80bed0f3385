import FolioCore

/// The entities of a headline. A surname names the person the body names in full (`Putin` → Vladimir Putin).
/// In a headline written in title case, where every word is capitalized, only names the tagger knows, names the
/// body also has, and acronyms are kept: the capitals there say nothing about names. One written in capitals
/// (`JAPAN TRADE SURPLUS WIDENS`), where every word looks like an acronym, is tagged as its body writes it.
struct TitleEntities {
    /// The body's mentions, which a headline's names are read against.
    let body: [EntityMention]

    func mentions(in title: String, tagged: EntityTagging) -> [EntityMention] {
        guard !tagged.mentions.isEmpty else { return [] }
        let casing = Casing(of: title)
        let bodyNames = Set(body.map(\.name))
        let people = Set(body.filter { $0.kind == .person }.map(\.name))
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
            guard casing == .titleCase else { return mention }
            let isKnown = EntityTagger.knownName(for: mention.text) != nil || EntityTagger.knownName(for: mention.name) != nil
            return isKnown || bodyNames.contains(mention.name) || mention.kind == .acronym ? mention : nil
        }
    }

    /// A headline in capitals written as its body writes each word, so that the tagger reads names, not capitals:
    /// `JAPAN TRADE SURPLUS WIDENS` becomes `Japan trade surplus widens`. A word the body does not have is lower
    /// case, unless it is a name the tagger knows. Each word keeps its length, so offsets stay true.
    static func restoringCase(of title: String, from body: String) -> String {
        let titleWords = words(of: title)
        // The title's words by their length in bytes, which most of the body's words fail at once.
        var wanted = [[String]](repeating: [], count: 64)
        for word in Set(titleWords.map { $0.lowercased() }) where word.utf8.count < wanted.count { wanted[word.utf8.count].append(word) }
        var forms: [String: [Substring: Int]] = [:]
        for word in words(of: body) {
            let length = word.utf8.count
            guard length < wanted.count, !wanted[length].isEmpty,
                  let lower = wanted[length].first(where: { Self.equalIgnoringCase(word, $0) }) else { continue }
            forms[lower, default: [:]][word, default: 0] += 1
        }
        var result = ""
        var rest = title[...]
        for word in titleWords {
            result += rest[..<word.startIndex]
            let lower = word.lowercased()
            let usual = forms[lower]?.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }.map { String($0.key) }
            let known = EntityTagger.knownName(for: String(word)) != nil ? lower.prefix(1).uppercased() + lower.dropFirst() : nil
            let written = usual ?? known ?? lower
            result += written.unicodeScalars.count == word.unicodeScalars.count ? written : String(word)
            rest = rest[word.endIndex...]
        }
        return result + rest
    }

    /// Whether `word` is `lower` in any case: byte by byte for ASCII, which is most words, without making a string.
    private static func equalIgnoringCase(_ word: Substring, _ lower: String) -> Bool {
        let verdict = word.utf8.withContiguousStorageIfAvailable { bytes in
            lower.utf8.withContiguousStorageIfAvailable { other -> Bool? in
                for index in 0..<min(bytes.count, other.count) {
                    let byte = bytes[index]
                    if byte >= 0x80 || other[index] >= 0x80 { return nil }
                    if (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) != other[index] { return false }
                }
                return bytes.count == other.count
            } ?? nil
        } ?? nil
        return verdict ?? (word.lowercased() == lower)
    }

    /// The runs of letters and digits: ASCII by its bytes, the rest by Unicode scalar, never by Character,
    /// which costs far more.
    private static func words(of text: String) -> [Substring] {
        var words: [Substring] = []
        let utf8 = text.utf8, scalars = text.unicodeScalars
        var index = utf8.startIndex, start: String.Index?
        while index < utf8.endIndex {
            let byte = utf8[index]
            let isWordScalar: Bool
            let next: String.Index
            if byte < 0x80 {
                isWordScalar = (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
                next = utf8.index(after: index)
            } else {
                let scalar = scalars[index]
                isWordScalar = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                next = scalars.index(after: index)
            }
            if isWordScalar, start == nil { start = index }
            if !isWordScalar, let first = start {
                words.append(text[first..<index])
                start = nil
            }
            index = next
        }
        if let first = start { words.append(text[first...]) }
        return words
    }

    /// How a headline is written: as a sentence, in title case (`CSTO to Begin Arms Supplies`, most longer
    /// words capitalized) or in capitals (nearly every letter upper case).
    enum Casing: Equatable {
        case sentence, titleCase, capitals

        init(of title: String) {
            var letters = 0, upper = 0, words = 0, capitalized = 0
            var wordLength = 0, wordStartsUpper = false
            func endWord() {
                if wordLength > 3 {
                    words += 1
                    if wordStartsUpper { capitalized += 1 }
                }
                wordLength = 0
            }
            for scalar in title.unicodeScalars {
                let isLetter: Bool, isUpper: Bool
                if scalar.isASCII {
                    isUpper = scalar.value >= 0x41 && scalar.value <= 0x5A
                    isLetter = isUpper || (scalar.value >= 0x61 && scalar.value <= 0x7A)
                } else {
                    (isLetter, isUpper) = (scalar.properties.isAlphabetic, scalar.properties.isUppercase)
                }
                guard isLetter else {
                    endWord()
                    continue
                }
                letters += 1
                if isUpper { upper += 1 }
                if wordLength == 0 { wordStartsUpper = isUpper }
                wordLength += 1
            }
            endWord()
            if letters >= 8, upper * 10 >= letters * 9 {
                self = .capitals
            } else if words >= 2, capitalized * 10 >= words * 7 {
                self = .titleCase
            } else {
                self = .sentence
            }
        }
    }
}
