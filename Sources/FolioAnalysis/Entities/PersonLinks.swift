/// Names of people that are one person across a corpus: a surname alone (`Karimov`) and the one full name of
/// that surname (`Islam Karimov`); a name with middle initials (`Donald J. Trump`) and the same name without
/// them, when no other initials stand between those names; a name led by a title (`Col. Alexander Vindman`)
/// and the name. Two full names of one surname leave the surname alone.
public enum PersonLinks {
    /// Each name that stands for another, with the name it stands for, by name.
    public static func links(among names: [String]) -> [(name: String, target: String)] {
        let known = Set(names)
        var target: [String: String] = [:]
        for name in names {
            let words = name.split(separator: " ").map(String.init)
            var start = 0
            while start < words.count - 1, EntityIndex.wordFlags[words[start]]?.contains(.title) == true { start += 1 }
            if start > 0, known.contains(words[start...].joined(separator: " ")) { target[name] = words[start...].joined(separator: " ") }
        }
        // Middle initials: `George W. Bush` is George Bush unless `George H. W. Bush` occurs too.
        var variants: [String: Set<String>] = [:]
        for name in names where target[name] == nil {
            let words = name.split(separator: " ").map(String.init)
            guard words.count >= 3, words.dropFirst().dropLast().allSatisfy(isInitial) else { continue }
            variants[words[0] + " " + words[words.count - 1], default: []].insert(name)
        }
        for (base, forms) in variants where known.contains(base) && forms.count == 1 { target[forms.first!] = base }
        // A surname alone: the one full name that ends in it.
        let fullNames = fullNamesBySurname(names, linked: target)
        for name in names where !name.contains(" ") {
            if let full = fullNames[name], full.count == 1 { target[name] = full.first! }
        }
        return target.keys.sorted().map { ($0, target[$0]!) }
    }

    /// The surnames alone that several full names end in, with those names, after `links` (as ``links(among:)``
    /// gave them for the same names): `Baker` → James Baker, Howard Baker.
    public static func sharedSurnames(among names: [String], links: [(name: String, target: String)]) -> [(surname: String, people: [String])] {
        let fullNames = fullNamesBySurname(names, linked: Dictionary(links, uniquingKeysWith: { first, _ in first }))
        return names.filter { !$0.contains(" ") && (fullNames[$0]?.count ?? 0) > 1 }.map { ($0, fullNames[$0]!.sorted()) }
    }

    /// The full names of several words, as they are linked, by their last word.
    static func fullNamesBySurname(_ names: [String], linked target: [String: String]) -> [String: Set<String>] {
        var fullNames: [String: Set<String>] = [:]
        for name in names where name.contains(" ") {
            let canonical = target[name] ?? name
            if let last = canonical.split(separator: " ").last { fullNames[String(last), default: []].insert(canonical) }
        }
        return fullNames
    }

    /// `J.`, `J`, `J.P.`, `H.W.`: letters each on their own, with or without dots.
    static func isInitial(_ word: String) -> Bool {
        let letters = word.split(separator: ".")
        return !letters.isEmpty && letters.allSatisfy { $0.count == 1 && $0.first!.isUppercase }
    }
}
