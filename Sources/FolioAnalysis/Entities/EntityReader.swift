import FolioCore

/// One pass over a text's words, keeping what the text has named so far.
struct EntityReader {
    let bytes: UnsafeBufferPointer<UInt8>
    let units: [EntityUnit]
    let tokens: [EntityToken]
    var mentions: [EntityMention] = []
    var acronyms: [AcronymDefinition] = []
    var definedAcronyms: [String: (name: String, kind: EntityMention.Kind)] = [:]
    /// Acronyms the text defines as something other than a name: `nuclear power plant (NPP)`.
    var definedTerms: Set<String> = []
    /// Acronyms the text defines by capitalized words it reads as no other name: `United Auto Workers (UAW)`.
    var namedAcronyms: [String: String] = [:]
    var surnames: [String: String] = [:]
    /// Short forms of the companies the text has named in full: `Texaco` after `Texaco Inc`.
    var shortOrganizations: [String: String] = [:]
    var scalarCursor = (byte: 0, scalar: 0)

    init(bytes: UnsafeBufferPointer<UInt8>, tokens: [EntityToken]) {
        self.bytes = bytes
        self.tokens = tokens
        units = EntityUnit.units(of: tokens)
    }

    mutating func read() {
        findTermDefinitions()
        findSpeakers()
        var index = 0
        while index < units.count {
            guard units[index].isCapitalized else {
                index += 1
                continue
            }
            if var found = match(at: index) {
                if let known = knownAcronym(after: found) { found.name = known }
                found = branch(of: found)
                found = nationalOrganization(of: found)
                found = withoutGermanNoun(found)
                found = knownCompany(of: found)
                guard !isJunkPerson(found) else {
                    index = found.end + 1
                    continue
                }
                emit(found)
                index = found.end + 1
                if let definition = acronymDefinition(after: found) {
                    index = definition
                }
            } else {
                emitHyphenatedPlaces(at: index)
                index += 1
            }
        }
    }

    /// Marks the acronyms the text defines as terms before reading, so that no earlier use is taken for a name.
    mutating func findTermDefinitions() {
        for index in units.indices where units[index].isCapitalized && units[index].isAllCapitals {
            _ = isTermDefinition(at: index)
        }
    }

    /// Marks as surnames, before reading, the words a verb of speech or action follows or `according to`
    /// precedes, that the text names no other way and that may be surnames (`Zapata ordered`, `according to
    /// Bakiyev`), and the possessives of surnames' shapes (`Karimov's`). Each of their mentions in the text is then the person's. A word the text ever writes before
    /// another capitalized word or after one that is no title or given name (`Hughes Tool Co`, `E.F. Hutton`),
    /// or that says things of `it` (`Firestone said it`), is a company's or some other name's.
    mutating func findSpeakers() {
        var speakers: Set<String> = [], things: Set<String> = []
        for index in units.indices where units[index].isCapitalized && !units[index].isAllCapitals {
            // `Karimov's government`: a possessive of a surname's shape.
            if units[index].gap == .possessive, mayBeLoneSurname(units[index]), hasSurnameShape(units[index]) { speakers.insert(units[index].text) }
            guard let speech = speech(at: index), mayBeLoneSurname(units[index]) else { continue }
            if speech == .person { speakers.insert(units[index].text) } else { things.insert(units[index].text) }
        }
        speakers.subtract(things)
        guard !speakers.isEmpty else { return }
        for index in units.indices where units[index].isCapitalized && speakers.contains(units[index].text) {
            // After a title or a given name, it is a person's (`President Kennedy`, `Emiliano Zapata`).
            if index > 0, units[index - 1].isCapitalized, isRun(from: index - 1, to: index), !opensSentence(at: index - 1),
               units[index - 1].flags.isDisjoint(with: [.title, .givenName]) { speakers.remove(units[index].text) }
            if index + 1 < units.count, units[index + 1].isCapitalized, isRun(from: index, to: index + 1) { speakers.remove(units[index].text) }
        }
        for text in speakers where surnames[text] == nil { surnames[text] = text }
    }

    /// A word that may be a surname when nothing else names it: in the census list, or shaped as Central Asian
    /// and Slavic surnames are.
    func mayBeLoneSurname(_ unit: EntityUnit) -> Bool {
        // A small town of the gazetteer may be a surname too (`Ivanov`, also a spelling of Ivanovo).
        guard !unit.flags.contains(.known) || unit.flags.contains(.smallTown), unit.flags.isDisjoint(with: [.sentenceWord, .commonWord, .title, .demonym, .organizationEnd, .organizationHead, .givenName]),
              unit.end - unit.start >= 3 else { return false }
        return CensusSurnames.all.contains(unit.text) || hasSurnameShape(unit)
    }

    /// Whether the word ends as Central Asian and Slavic surnames do: `Karimov`, `Otunbayeva`.
    func hasSurnameShape(_ unit: EntityUnit) -> Bool {
        let surname = unit.text.lowercased()
        return surname.count >= 5 && Self.surnameEndings.contains(where: { surname.hasSuffix($0) })
    }

    /// What the words around `index` say of it: a person's, when a verb of speech or action follows it and no
    /// `it` the verb (`Karimov said`, not `Firestone said it`), or `according to` precedes it.
    func speech(at index: Int) -> Speaker? {
        let next = index + 1
        if next < units.count, !units[next].isCapitalized, isRun(from: index, to: next), isSpeechVerb(at: next) {
            // `the Romans agreed`: a people, not a person.
            if index > 0, word(at: index - 1).lowercased() == "the" { return nil }
            return next + 1 < units.count && ["it", "its"].contains(word(at: next + 1)) ? .thing : .person
        }
        guard index >= 2, units[index - 1].end - units[index - 1].start == 2, isRun(from: index - 2, to: index) else { return nil }
        return word(at: index - 1) == "to" && word(at: index - 2).lowercased() == "according" ? .person : nil
    }

    enum Speaker { case person, thing }

    /// Whether the word at `index` is one of the verbs of speech and action, read from its bytes.
    func isSpeechVerb(at index: Int) -> Bool {
        units[index].end - units[index].start <= 9 && Self.speechVerbs.contains(bytes(at: index))
    }

    /// Verbs of speech and action that a person's surname stands before: `Karimov said`, `Zapata ordered`.
    static let speechVerbs = WordsByBytes([
        "said", "says", "told", "tells", "added", "asked", "replied", "wrote", "warned", "argued", "insisted", "explained", "noted",
        "declared", "recalled", "complained", "stressed", "ordered", "refused", "agreed", "urged", "admitted", "denied", "resigned",
        "fled", "died", "vowed", "promised", "believed", "thought", "met", "visited", "wanted", "hoped", "feared", "married",
    ])

    struct Found {
        var start: Int
        var end: Int
        var name: String
        var kind: EntityMention.Kind
        /// A person named after a title or a role (`President Emmanuel Macron`), whatever words the name holds.
        var isTitled = false
    }

    // MARK: Patterns

    func match(at index: Int) -> Found? {
        let unit = units[index]
        if unit.end < bytes.count, bytes[unit.end] == 0x24 { return nil } // US$ is money
        var start = index
        if unit.text == "The" || unit.text == "the" {
            guard index + 1 < units.count, units[index + 1].isCapitalized, units[index].isJoined(to: units[index + 1]) else { return nil }
            start += 1
        }
        if let airline = airline(at: start) { return airline }
        if let airport = airport(at: start) { return airport }
        var known = knownName(at: start, minimumUnits: 2)
        // A town named after a person with the person's middle initial (`Francisco I. Madero`) is the person,
        // unless the text names a place there.
        if let place = known, place.kind == .place, place.end > start + 1, units[start].flags.contains(.givenName),
           (start + 1..<place.end).contains(where: { units[$0].isInitial }), !readsAsPlace(at: start),
           EntityIndex.gazetteerOnly.contains(text(from: place.start, to: place.end)), let person = personByGivenName(at: start) {
            known = person
        }
        let structured = organizationByStructure(at: start)
        if let found = [known, structured].compactMap({ $0 }).max(by: { $0.end < $1.end }) ?? personAfterTitle(at: start) {
            return found
        }
        if start == index, let person = personAfterRole(at: index) { return person }
        if start > index { return knownName(at: start, minimumUnits: 1) }
        if unit.isSentenceStart, unit.flags.contains(.sentenceWord) { return nil }
        if let organization = knownShortOrganization(at: start) { return organization }
        // A given name that is a place too (Orlando, Florence) is a person when a surname follows.
        if units[start].flags.contains(.givenName), units[start].flags.contains(.gazetteer), let person = personByGivenName(at: start) { return person }
        // A surname the text has given a person (Obama) is that person, though a town has the name.
        if units[start].flags.contains(.gazetteer), let person = knownSurname(at: start) { return person }
        if units[start].flags.contains(.gazetteer), !readsAsPlace(at: start),
           units[start].flags.contains(.smallTown) || isInsideName(at: start) { return personByGivenName(at: start) ?? acronym(at: start) }
        return knownName(at: start, minimumUnits: 1) ?? townBeforeRegion(at: start) ?? forces(at: start) ?? demonym(at: start) ?? personByGivenName(at: start) ?? knownSurname(at: start)
            ?? personByShape(at: start) ?? personByApposition(at: start) ?? acronym(at: start)
    }

    /// The longest known name starting at `index`, of at least `minimumUnits` words.
    func knownName(at index: Int, minimumUnits: Int) -> Found? {
        let flags = units[index].flags
        guard flags.contains(.startsForm) || minimumUnits == 1 && flags.contains(.known) else { return nil }
        let longest = flags.contains(.startsForm) ? EntityIndex.longestFormByFirstWord[units[index].text] ?? 1 : 1
        guard longest >= minimumUnits else { return nil }
        if longest == 1 { return EntityIndex.names[units[index].text].map { Found(start: index, end: index, name: $0.name, kind: $0.kind) } }
        var end = min(units.count - 1, index + longest - 1)
        while end >= index + minimumUnits - 1 {
            if units[end].isCapitalized, isRun(from: index, to: end), let entry = EntityIndex.names[text(from: index, to: end)] {
                return Found(start: index, end: end, name: entry.name, kind: entry.kind)
            }
            end -= 1
        }
        return nil
    }

    /// `Caspian Pipeline Consortium`, `Ministry of Foreign Affairs`, `CSTO Parliamentary Assembly`.
    func organizationByStructure(at index: Int) -> Found? {
        // No name opens with its legal form: `Co Inc` after `Woolcott and` is no company of its own.
        guard !units[index].flags.contains(.sentenceWord), !isLegalForm(at: index) else { return nil }
        var end = index
        var last: Int?
        while end < units.count, end == index || isRun(from: end - 1, to: end),
              units[end].isCapitalized || EntityUnit.connectors.contains(units[end].text) && end + 1 < units.count && units[end + 1].isCapitalized {
            if units[end].flags.contains(.organizationEnd) { last = end }
            if units[end].flags.contains(.organizationHead), end + 2 < units.count, units[end + 1].text == "of" {
                var tail = end + 2
                while tail + 1 < units.count, isRun(from: tail, to: tail + 1), units[tail + 1].isCapitalized || EntityUnit.connectors.contains(units[tail + 1].text) { tail += 1 }
                while tail > end + 1, !units[tail].isCapitalized { tail -= 1 }
                if tail > end + 1, units[tail].isCapitalized { last = max(last ?? tail, tail) }
            }
            end += 1
        }
        guard let last, last > index else { return nil }
        return Found(start: index, end: last, name: text(from: index, to: last), kind: .org)
    }

    /// `Air Canada`, `Air India`: Air before a country's or city's name is a carrier.
    func airline(at index: Int) -> Found? {
        guard units[index].text == "Air", index + 1 < units.count, isRun(from: index, to: index + 1),
              let place = knownName(at: index + 1, minimumUnits: 1), place.kind == .place else { return nil }
        return Found(start: index, end: place.end, name: text(from: index, to: place.end), kind: .org)
    }

    /// `Changi International Airport`, `Heathrow airport`: up to three capitalized words before `Airport`, or
    /// before `airport` in lower case, name a place.
    func airport(at index: Int) -> Found? {
        guard !["International", "Regional", "Municipal", "National"].contains(units[index].text) else { return nil }
        var end = index
        while end < units.count, end < index + 4, isRun(from: max(index, end - 1), to: end) {
            let word = self.word(at: end)
            if end > index, word == "Airport" || word == "airport" {
                let name = text(from: index, to: end - 1) + " Airport"
                return Found(start: index, end: end, name: name, kind: .place)
            }
            guard units[end].isCapitalized, !units[end].flags.contains(.sentenceWord) || end > index else { return nil }
            end += 1
        }
        return nil
    }

    /// `EADS North America`, `GM Europe`: an organization before a continent's name is its branch there.
    mutating func branch(of found: Found) -> Found {
        let next = found.end + 1
        guard found.kind == .org || found.kind == .acronym, next < units.count, isRun(from: found.end, to: next),
              let place = knownName(at: next, minimumUnits: 1), Gazetteer.continents.contains(place.name) else { return found }
        let name = found.kind == .acronym ? units[found.start].text : found.name
        return Found(start: found.start, end: place.end, name: name + " " + text(from: next, to: place.end), kind: .org)
    }

    /// `US Federal Reserve`, `United States Air Force`: a country before an organization's name is part of it.
    func nationalOrganization(of found: Found) -> Found {
        let next = found.end + 1
        guard found.kind == .place, EntityIndex.countryNames.contains(found.name), next < units.count, units[next].isCapitalized,
              isRun(from: found.end, to: next) else { return found }
        let known = knownName(at: next, minimumUnits: 1).flatMap { $0.kind == .org ? $0 : nil }
        guard let organization = known ?? organizationByStructure(at: next) else { return found }
        return Found(start: found.start, end: organization.end, name: organization.name, kind: .org)
    }

    /// `President Vladimir Putin`, `CSTO Secretary General Imangali Tasmagambetov`, `Secretary General, Imangali Tasmagambetov`.
    func personAfterTitle(at index: Int) -> Found? {
        guard units[index].flags.contains(.title), let titles = EntityIndex.titlesByFirstWord[units[index].text] else { return nil }
        for title in titles {
            guard index + title.count - 1 < units.count else { continue }
            var matches = true
            for (offset, word) in title.enumerated() where units[index + offset].text != word || offset > 0 && !isRun(from: index + offset - 1, to: index + offset) {
                matches = false
                break
            }
            guard matches else { continue }
            var first = index + title.count
            // Titles in a row are titles too: `Lt. Col. Oliver North`, `Secretary Abdelaziz Al-Wattari` after `Oil`.
            while first + 1 < units.count, units[first].flags.contains(.title), isRun(from: first - 1, to: first) { first += 1 }
            guard first < units.count, units[first].isCapitalized, !units[first].isAllCapitals,
                  isRun(from: first - 1, to: first) || units[first - 1].isFollowedByComma else { continue }
            let last = nameEnd(from: first, stopsAtCommonWord: true)
            guard Self.maySurname(units[first].flags), !units[first].flags.contains(.sentenceWord),
                  !(first...last).allSatisfy({ units[$0].flags.contains(.commonWord) }) else { return nil }
            let name = text(from: first, to: last)
            // `General Electric`, `General Foods`: after General alone, one word is a company's, not a person's.
            if title == ["General"], last == first, surnames[name] == nil, !units[first].flags.contains(.givenName) { return nil }
            return Found(start: first, end: last, name: last == first ? surnames[name] ?? name : name, kind: .person, isTitled: true)
        }
        return nil
    }

    /// `finance minister Dilson Funaro`, `spokesman Marlin Fitzwater`: a role in lower case before two or three
    /// capitalized words, or before the surname of a person the text has named.
    func personAfterRole(at index: Int) -> Found? {
        guard index > 0, !units[index - 1].isCapitalized, isRun(from: index - 1, to: index), !units[index].isAllCapitals,
              Self.maySurname(units[index].flags), !units[index].flags.contains(.sentenceWord) else { return nil }
        let last = nameEnd(from: index, stopsAtCommonWord: true)
        guard last > index || surnames[units[index].text] != nil,
              !(index...last).contains(where: { units[$0].flags.contains(.organizationEnd) }) else { return nil }
        guard isRole(at: index - 1) else { return nil }
        if last == index { return knownSurname(at: index) }
        return Found(start: index, end: last, name: text(from: index, to: last), kind: .person, isTitled: true)
    }

    /// `Zoltan Boesze, chief of the Finance Ministry`, `Stephen Hess, a political analyst`: two or three
    /// capitalized words, a comma, and a role within the next four words in lower case.
    func personByApposition(at index: Int) -> Found? {
        guard !units[index].isAllCapitals, Self.maySurname(units[index].flags), !units[index].flags.contains(.sentenceWord) else { return nil }
        let last = nameEnd(from: index)
        guard last > index, units[last].isFollowedByComma,
              !(index...last).contains(where: { units[$0].flags.contains(.organizationEnd) || units[$0].flags.contains(.commonWord) }) else { return nil }
        var next = last + 1
        while next < units.count, next <= last + 4, !units[next].isCapitalized {
            if isRole(at: next) {
                return Found(start: index, end: last, name: text(from: index, to: last), kind: .person, isTitled: true)
            }
            guard units[next].gap == .space else { return nil }
            next += 1
        }
        return nil
    }

    /// `Iraqi security forces`, `Ukrainian armed forces`: a demonym before `security forces` or `armed forces`
    /// names the country's forces; `German forces` alone stays the demonym.
    func forces(at index: Int) -> Found? {
        guard units[index].flags.contains(.demonym), index + 2 < units.count, isRun(from: index, to: index + 2),
              ["security", "armed"].contains(word(at: index + 1)), word(at: index + 2) == "forces" else { return nil }
        let end = index + 2
        return Found(start: index, end: end, name: (index...end).map { word(at: $0) }.joined(separator: " "), kind: .org)
    }

    func demonym(at index: Int) -> Found? {
        guard units[index].flags.contains(.demonym) else { return nil }
        return EntityLexicon.demonyms[units[index].text].map { Found(start: index, end: index, name: $0, kind: .place) }
    }

    /// `Angela Merkel` of `Angela Merkel Politik`: a German noun after a name of three words or more is no part of it.
    func withoutGermanNoun(_ found: Found) -> Found {
        guard found.kind == .person, !found.isTitled, found.end >= found.start + 2, GermanNouns.contains(units[found.end].text) else { return found }
        var shorter = found
        shorter.end -= 1
        shorter.name = text(from: shorter.start, to: shorter.end)
        return shorter
    }

    /// A person that is no person: one ending in an initial (`Donald J`, `P`), or holding a word that ends
    /// organizations' names (`Electric Co`, `Partners`) or in a German noun (`Merkel Politik`); one ending in an English word no surname is
    /// (`Mario Run`), or of several words that one follows (`Merrill Lynch Capital`, `Sandy Hook Elementary`).
    func isJunkPerson(_ found: Found) -> Bool {
        guard found.kind == .person else { return false }
        if !found.isTitled, units[found.end].flags.contains(.commonWord), surnames[units[found.end].text] == nil { return true }
        let next = found.end + 1
        if !found.isTitled, found.end > found.start, next < units.count, units[next].isCapitalized, isRun(from: found.end, to: next),
           units[next].flags.contains(.commonWord) { return true }
        if units[found.end].text.filter({ $0 != "." }).count == 1 { return true }
        if !found.isTitled, found.end > found.start, GermanNouns.contains(units[found.end].text) { return true }
        return (found.start...found.end).contains { units[$0].flags.contains(.organizationEnd) }
    }

    /// Endings of Central Asian and Slavic surnames and patronymics: `Karimov`, `Otunbayeva`, `Tokayev`,
    /// `Nazarbayuly`, `Rahmonzoda`, `Ivanovich`.
    static let surnameEndings = ["ov", "ova", "ev", "eva", "yev", "yeva", "uly", "kyzy", "zoda", "zade", "enko", "ovich", "evich", "ovna", "evna"]

    /// An English word capitalized only because it opens a sentence: `Earlier` of `Earlier Karimov was ill`.
    func opensSentence(at index: Int) -> Bool {
        units[index].isSentenceStart && units[index].flags.contains(.commonWord)
    }

    /// Two or three capitalized words that read as a person's name without a title or a known given name: the
    /// last ends as Central Asian and Slavic surnames do (`Islam Karimov`, `Kurmanbek Bakiyev`).
    func personByShape(at index: Int) -> Found? {
        guard !units[index].isAllCapitals, Self.maySurname(units[index].flags), !units[index].flags.contains(.sentenceWord) else { return nil }
        var last = nameEnd(from: index)
        guard last > index else { return nil }
        // Three words only with a patronymic between (`Nursultan Abishevich Nazarbayev`).
        if last == index + 2, !["ovich", "evich", "ovna", "evna"].contains(where: { units[index + 1].text.hasSuffix($0) }) { last = index + 1 }
        guard !units[last].flags.contains(.known), surnames[units[last].text] == nil, hasSurnameShape(units[last]) else { return nil }
        return Found(start: index, end: last, name: text(from: index, to: last), kind: .person)
    }

    /// `Mobile, Alabama`, `Everett, Washington`: one or two capitalized words the tagger knows no other way,
    /// before a comma and a US state, a first-level region or a country, name a town there; not a given name
    /// and a surname (`Jerry Brown, California's governor`), a month, or English words alone unless after `in`
    /// and the like, nor before a region's possessive.
    func townBeforeRegion(at index: Int) -> Found? {
        var last = index
        if last + 1 < units.count, isRun(from: last, to: last + 1), units[last + 1].isCapitalized, !units[last + 1].isAllCapitals { last += 1 }
        let next = last + 1
        guard units[last].isFollowedByComma, next < units.count, !units[index].isAllCapitals, surnames[units[last].text] == nil,
              last == index || !units[index].flags.contains(.givenName),
              (index...last).allSatisfy({ units[$0].flags.isDisjoint(with: [.known, .title, .organizationEnd, .organizationHead, .demonym, .sentenceWord]) }),
              !(index...last).contains(where: { Self.isCalendarWord(units[$0].text) }),
              // English words alone (`Earlier, Japan`, `Motor Sales, Canada`) only after `in` and the like.
              !(index...last).allSatisfy({ units[$0].flags.contains(.commonWord) })
                || index > 0 && isRun(from: index - 1, to: index) && Gazetteer.placePrepositions.contains(word(at: index - 1)),
              let region = knownName(at: next, minimumUnits: 1), region.kind == .place, units[region.end].gap != .possessive,
              EntityIndex.countryNames.contains(region.name) || Gazetteer.regions.contains(region.name) else { return nil }
        return Found(start: index, end: last, name: text(from: index, to: last), kind: .place)
    }

    /// A month, a day or a season: `December, Japan` is no town.
    static func isCalendarWord(_ word: String) -> Bool {
        let lowered = word.lowercased()
        return TemporalLexicon.months[lowered] != nil || TemporalLexicon.weekdays[lowered] != nil || TemporalLexicon.seasons[lowered] != nil
    }

    /// Whether the word is one of several capitalized words in a row: `Wells Fargo`, `Dayton Hudson`.
    func isInsideName(at index: Int) -> Bool {
        if index > 0, units[index - 1].isCapitalized, !units[index].isSentenceStart, isRun(from: index - 1, to: index) { return true }
        return index + 1 < units.count && units[index + 1].isCapitalized && isRun(from: index, to: index + 1)
    }

    /// Whether the text names a place here: `in Warburg`, `near Peabody`, `Gillette, Wyoming`.
    func readsAsPlace(at index: Int) -> Bool {
        if index > 0, isRun(from: index - 1, to: index),
           Gazetteer.placePrepositions.contains(word(at: index - 1)) {
            return true
        }
        let next = index + 1
        return units[index].isFollowedByComma && next < units.count && EntityIndex.names[units[next].text]?.kind == .place
            && !units[next].flags.contains(.smallTown)
    }

    /// `Igor Lepekha`, `Mustafa Kemal Atatürk`: a given name and one or two capitalized words.
    func personByGivenName(at index: Int) -> Found? {
        guard units[index].flags.contains(.givenName) else { return nil }
        let last = nameEnd(from: index)
        guard last > index else { return nil }
        return Found(start: index, end: last, name: text(from: index, to: last), kind: .person)
    }

    /// The last of up to three capitalized words in a row from `first` that may make a person's name; with
    /// `stopsAtCommonWord`, a third word only if it may be a name too (`Clayton Yeutter`, not `Clayton Yeutter
    /// Speaking`).
    func nameEnd(from first: Int, stopsAtCommonWord: Bool = false) -> Int {
        var last = first, words = 1
        while last + 1 < units.count, words < 3, isRun(from: last, to: last + 1) {
            var next = last + 1
            // A middle initial: `John F. Kennedy`, `Francisco I. Madero`.
            if units[next].isInitial, units[next].text.hasSuffix("."), next + 1 < units.count, isRun(from: next, to: next + 1) { next += 1 }
            guard units[next].isCapitalized, !units[next].isAllCapitals, Self.maySurname(units[next].flags), !units[next].flags.contains(.sentenceWord),
                  !stopsAtCommonWord || last == first || !units[next].flags.contains(.commonWord) else { break }
            last = next
            if !Self.nameParticles.contains(units[next].text) { words += 1 }
        }
        // `James Van Der Beek`: the particles of a surname count with it, and never end a name.
        while last > first, Self.nameParticles.contains(units[last].text) { last -= 1 }
        return last
    }

    static let nameParticles: Set<String> = ["Van", "Von", "Der", "Den", "De", "Da", "Di", "Du", "La", "Le", "Del", "Della", "Bin", "Ibn", "Abu", "Ben", "Al", "El"]

    /// Whether a word may be part of a person's name: not a known name, unless only a town of the gazetteer.
    static func maySurname(_ flags: EntityIndex.WordFlags) -> Bool {
        !flags.contains(.known) || flags.contains(.gazetteer)
    }

    /// `Viacom` or `Viacom International`, after `Viacom International Inc`: the longest run of up to three
    /// words the text has named a company by.
    func knownShortOrganization(at index: Int) -> Found? {
        guard !shortOrganizations.isEmpty else { return nil }
        var end = min(units.count - 1, index + 2)
        while end >= index {
            if isRun(from: index, to: end), (index...end).allSatisfy({ units[$0].isCapitalized }),
               let name = shortOrganizations[text(from: index, to: end)] {
                return Found(start: index, end: end, name: name, kind: .org)
            }
            end -= 1
        }
        return nil
    }

    /// `American Express` for `American Express Co`: a company named with its legal form takes its known name.
    func knownCompany(of found: Found) -> Found {
        guard let last = lastBeforeLegalForms(of: found) else { return found }
        let head = text(from: found.start, to: last)
        // A listed company, or a known organization's other form (`Apple Computer`); `BBC AG` is no BBC.
        guard let known = EntityIndex.names[head], known.kind == .org, ListedCompanies.all.contains(known.name) || known.name != head else { return found }
        var named = found
        named.name = known.name
        return named
    }

    /// The last word before the legal forms that end a company's name (`Texaco` of `Texaco Inc`), or nil.
    func lastBeforeLegalForms(of found: Found) -> Int? {
        guard found.kind == .org, found.end > found.start, isLegalForm(at: found.end) else { return nil }
        var last = found.end - 1
        while last > found.start, isLegalForm(at: last) { last -= 1 }
        return last
    }

    func isLegalForm(at index: Int) -> Bool {
        Self.legalForms.contains(units[index].text.filter { $0 != "." })
    }

    /// Company endings whose name before them is the company's too.
    static let legalForms: Set<String> = ["Inc", "Corp", "Corporation", "Co", "Cos", "Ltd", "Plc", "PLC", "LLC", "AG", "SA", "NV", "GmbH", "LP", "Group", "Holdings"]

    /// Remembers a company's name without its legal form, and its first word when that is no other kind of name.
    mutating func rememberShortForms(of found: Found) {
        guard var last = lastBeforeLegalForms(of: found) else { return }
        while last > found.start, isLegalForm(at: last) || !units[last].isCapitalized { last -= 1 }
        guard units[last].isCapitalized, !units[found.start].flags.contains(.sentenceWord) else { return }
        let head = text(from: found.start, to: last)
        // A known name stays its own (`Reuters`, after `Reuters Holdings Plc`).
        guard EntityIndex.names[head] == nil else { return }
        if shortOrganizations[head] == nil { shortOrganizations[head] = found.name }
        let first = units[found.start]
        if last > found.start, !first.isAllCapitals, first.text.count >= 4, first.flags.isDisjoint(with: [.known, .givenName, .title, .demonym, .organizationEnd]),
           shortOrganizations[first.text] == nil, surnames[first.text] == nil {
            shortOrganizations[first.text] = found.name
        }
    }

    /// `Tasmagambetov`, after `Imangali Tasmagambetov`.
    func knownSurname(at index: Int) -> Found? {
        surnames[units[index].text].map { Found(start: index, end: index, name: $0, kind: .person) }
    }

    func acronym(at index: Int) -> Found? {
        let unit = units[index]
        guard unit.isAllCapitals, unit.text.count <= 6 else { return nil }
        if let defined = definedAcronyms[unit.text] { return Found(start: index, end: index, name: defined.name, kind: defined.kind) }
        if let long = namedAcronyms[unit.text] { return Found(start: index, end: index, name: long, kind: .org) }
        guard !definedTerms.contains(unit.text), mayNameOrganization(at: index) else { return nil }
        return Found(start: index, end: index, name: unit.text, kind: .acronym)
    }

    /// Whether the acronym in parentheses at `index` spells the initials of the words before it, which name no
    /// organization or place: `nuclear power plant (NPP)`, `Baku-Tbilisi-Ceyhan (BTC) pipeline`.
    mutating func isTermDefinition(at index: Int) -> Bool {
        guard index > 0, units[index].isCapitalized, units[index - 1].isFollowedByOpeningParenthesis,
              units[index].isFollowedByClosingParenthesis else { return false }
        let short = Array(units[index].text.lowercased())
        guard short.count >= 2 else { return false }
        var initials: [Character] = []
        var position = index - 1
        while position >= 0, initials.count < short.count, index - position <= short.count + 3 {
            let word = word(at: position)
            if !["of", "and", "the", "for", "&"].contains(word) {
                initials.insert(contentsOf: word.split(separator: "-").compactMap { $0.first.map { Character($0.lowercased()) } }, at: 0)
            }
            position -= 1
        }
        guard initials == short else { return false }
        let first = position + 1, last = index - 1
        // Hyphenated words make a project's or a route's name: `Trans-Caspian Oil Pipeline (TCOP)`.
        let isName = (first...last).allSatisfy { units[$0].isCapitalized && !units[$0].text.contains("-") || EntityUnit.connectors.contains(word(at: $0)) }
        if isName {
            // `United Auto Workers (UAW)`: capitalized words the tagger knows no other way name an organization.
            let long = text(from: first, to: last)
            namedAcronyms[units[index].text] = long
            acronyms.append(AcronymDefinition(short: units[index].text, long: long))
        } else {
            definedTerms.insert(units[index].text)
        }
        return true
    }

    /// Whether the word at `index` is a role in lower case (`minister`), read from its bytes.
    func isRole(at index: Int) -> Bool {
        units[index].end - units[index].start <= 24 && PersonTitles.byBytes.contains(bytes(at: index))
    }

    /// The word at `index` as written, in any case.
    func word(at index: Int) -> String {
        String(decoding: bytes(at: index), as: UTF8.self)
    }

    /// The bytes of the word at `index`.
    func bytes(at index: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[units[index].start..<units[index].end])
    }

    /// Whether a word in capitals that the text does not define may be an organization's (`GATT`, `USDA`), which
    /// it is taken for unless another text defines it: not a currency, a time zone, a title, an English word
    /// or a Roman numeral (`USD`, `UTC`, `CEO`, `NOTE`, `III`), nor counted (`a CD`, `12 BBL`), nor the
    /// agency's signature that ends a text (`REUTER`).
    func mayNameOrganization(at index: Int) -> Bool {
        let text = units[index].text
        guard text.count >= 2, index + 1 < units.count, !Abbreviations.notOrganizations.contains(text),
              !text.allSatisfy({ "IVX".contains($0) }) else { return false }
        let counted = { (unit: EntityUnit) -> Bool in
            let first = self.bytes[unit.start]
            return (0x30...0x39).contains(first) || unit.end - unit.start <= 2 && (first == 0x61 && (unit.end - unit.start == 1 || self.bytes[unit.start + 1] == 0x6E))
        }
        if index > 0, isRun(from: index - 1, to: index), counted(units[index - 1]) { return false }
        return !(isRun(from: index, to: index + 1) && (0x30...0x39).contains(bytes[units[index + 1].start]))
    }

    /// `Tajik-Afghan`, `Baku-Tbilisi-Ceyhan`: each part of a hyphenated word that names a place, but not a
    /// prefix's (`Trans-Caspian`, `Pan-Turkic`).
    mutating func emitHyphenatedPlaces(at index: Int) {
        let unit = units[index]
        guard unit.text.utf8.contains(0x2D), !unit.text.hasPrefix("Trans-"), !unit.text.hasPrefix("Pan-"), !unit.text.hasPrefix("Anti-"),
              !unit.text.hasPrefix("Post-"), !unit.text.hasPrefix("Pro-") else { return }
        var partStart = unit.start
        for part in unit.text.split(separator: "-", omittingEmptySubsequences: false) {
            let partEnd = partStart + part.utf8.count
            let text = String(part)
            if let entry = EntityIndex.names[text], entry.kind == .place {
                emit(startByte: partStart, endByte: partEnd, name: entry.name, kind: .place)
            } else if let country = EntityLexicon.demonyms[text] {
                emit(startByte: partStart, endByte: partEnd, name: country, kind: .place)
            }
            partStart = partEnd + 1
        }
    }

    /// The known organization an acronym after a name stands for, which names both: `Organisation of Petroleum
    /// Exporting Countries (OPEC)` is OPEC's known name.
    func knownAcronym(after found: Found) -> String? {
        let next = found.end + 1
        guard found.kind == .org, next < units.count, units[found.end].isFollowedByOpeningParenthesis, units[next].isAllCapitals,
              let entry = EntityIndex.names[units[next].text], entry.kind == .org, entry.name != units[next].text else { return nil }
        return entry.name
    }

    /// After `Collective Security Treaty Organization`, a `(CSTO)` defines the acronym: returns the unit after
    /// the closing parenthesis.
    mutating func acronymDefinition(after found: Found) -> Int? {
        let next = found.end + 1
        guard found.kind == .org || found.kind == .place, found.end > found.start, next < units.count, units[next].isAllCapitals,
              units[found.end].isFollowedByOpeningParenthesis, units[next].isFollowedByClosingParenthesis,
              let initial = units[next].text.first, found.name.first == initial else { return nil }
        let short = units[next].text
        if definedAcronyms[short] == nil {
            definedAcronyms[short] = (found.name, found.kind)
            acronyms.removeAll { $0.short == short }
            acronyms.append(AcronymDefinition(short: short, long: found.name))
        }
        emit(Found(start: next, end: next, name: found.name, kind: found.kind))
        return next + 1
    }

    // MARK: Output

    mutating func emit(_ found: Found) {
        if found.kind == .person {
            // `Reagan`, after `President Reagan`, is the person too.
            if found.end > found.start || surnames[found.name] == nil { surnames[units[found.end].text] = found.name }
        }
        rememberShortForms(of: found)
        emit(startByte: units[found.start].start, endByte: units[found.end].end, name: found.name, kind: found.kind)
    }

    mutating func emit(startByte: Int, endByte: Int, name: String, kind: EntityMention.Kind) {
        let offset = scalarCursor.scalar + bytes.scalarCount(from: scalarCursor.byte, to: startByte)
        let length = bytes.scalarCount(from: startByte, to: endByte)
        scalarCursor = (endByte, offset + length)
        mentions.append(EntityMention(
            offset: offset, length: length, text: String(decoding: UnsafeBufferPointer(rebasing: bytes[startByte..<endByte]), as: UTF8.self),
            name: name, kind: kind))
    }

    /// Words `from` through `to`, with single spaces between them.
    func text(from start: Int, to end: Int) -> String {
        (start...end).map { units[$0].text }.joined(separator: " ")
    }

    /// Whether the words from `start` to `end` follow one another with only spaces between them.
    func isRun(from start: Int, to end: Int) -> Bool {
        guard start < end else { return true }
        for position in start..<end where !units[position].isJoined(to: units[position + 1]) { return false }
        return true
    }
}
