import FolioAnalysis
import FolioCore
import Foundation
import Testing

/// Names that are no person's: initials, companies after `General`, a firm's legal form; titles in a row.
@Suite struct EntityJunkTests {
    let tagger = EntityTagger()

    func people(_ text: String) -> [String] {
        tagger.tag(text).mentions.filter { $0.kind == .person }.map(\.name)
    }

    func organizations(_ text: String) -> [String] {
        tagger.tag(text).mentions.filter { $0.kind == .org }.map(\.name)
    }

    @Test func initialsAreNoPeople() {
        #expect(people("Donald J. Trump bought it, Judge P. Sathasivam ruled.").allSatisfy { $0.count > 2 && !$0.hasSuffix(" J") })
        #expect(people("Ryanair's chief, Michael O'Leary, said so.").count == 1, "an O' is no initial")
        #expect(people("The actor James Van Der Beek spoke, as did Ludwig van Beethoven.") == ["James Van Der Beek"], "no name ends in a particle")
    }

    @Test func companiesAreNoPeople() {
        let text = "General Electric Co said it would buy Kidder. General Foods rose. Peter Ehlers GmbH and Permian Partners L.P. agreed."
        #expect(people(text).isEmpty)
        #expect(organizations(text).contains("General Electric Co") && organizations(text).contains("Peter Ehlers GmbH"))
    }

    @Test func titlesInARowAreLeftOut() {
        #expect(people("Lt. Col. Oliver North testified.") == ["Oliver North"])
    }

    @Test func personsNeverEndInAnEnglishWordOrALegalForm() {
        #expect(people("Reagan Administration officials said. Mario Run sold. Sandy Hook Elementary closed.").isEmpty)
        #expect(people("Merrill Lynch Capital Markets and Stewart Island agreed.").isEmpty)
        #expect(people("Angela Merkel Politik was discussed.") == ["Angela Merkel"], "a German noun ends no name")
        #expect(people("Ryanair CEO, Michael O' Leary, justified it.") == ["Michael O'Leary"])
    }

    /// Persons that are no person's name, by rules of their own: initials alone or at the end, a legal form or an
    /// organization's word at the end, English words alone that are no given name or surname, a word opening
    /// sentences at the end, or the name of a place.
    static func junk(_ name: String, places: Set<String>, commonWords: Set<String>) -> String? {
        let words = name.split(separator: " ").map(String.init)
        guard let last = words.last else { return "empty" }
        if words.allSatisfy({ $0.filter { $0 != "." }.count <= 1 }) { return "initials" }
        if last.filter({ $0 != "." }).count == 1 { return "ends in an initial" }
        if ["Inc", "Corp", "Corporation", "Co", "Ltd", "Plc", "PLC", "LLC", "AG", "GmbH", "SA", "NV", "Partners", "Group", "Company",
            "Politik", "Bank", "Commission", "Elementary"].contains(last.filter { $0 != "." }) { return "ends in an organization's word" }
        if words.allSatisfy(commonWords.contains) { return "English words alone" }
        if ["The", "A", "An", "And", "Of", "In", "On", "For"].contains(last) { return "ends in a word opening sentences" }
        // A town named after a person keeps the person's middle initial: `Francisco I. Madero`.
        let hasMiddleInitial = words.count > 2 && words.dropFirst().dropLast().contains { $0.count == 2 && $0.hasSuffix(".") }
        if words.count > 1, places.contains(name), !hasMiddleInitial { return "a place" }
        return nil
    }

    static let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../shared/data")
        .standardizedFileURL.path

    /// Reuters, Wikinews (MEANTIME), Wikipedia's war histories and the readability pages' main texts.
    static func realBodies() throws -> [(corpus: String, body: String)] {
        var bodies: [(String, String)] = []
        for file in ["reuters21578.jsonl", "meantime-en.jsonl", "wikiwars-train.jsonl"] {
            for line in try String(contentsOfFile: "\(shared)/\(file)", encoding: .utf8).split(separator: "\n") {
                let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
                bodies.append((file, record?["body"] as? String ?? ""))
            }
        }
        let pages = try FileManager.default.contentsOfDirectory(atPath: "\(shared)/readability").sorted()
        for page in pages {
            guard let html = try? String(contentsOfFile: "\(shared)/readability/\(page)/expected.html", encoding: .utf8) else { continue }
            let text = html.replacingOccurrences(of: "<(p|div|h[1-6]|li|br)[^>]*>", with: "\n", options: .regularExpression)
                .replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
                .replacingOccurrences(of: "&nbsp;", with: " ").replacingOccurrences(of: "&amp;", with: "&")
            bodies.append(("readability", text))
        }
        return bodies
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: shared + "/reuters21578.jsonl")))
    func realCorporaGiveNoJunkPersons() throws {
        let places = Set(EntityTagger.knownPlaceForms)
        let commonWords = Set(EntityTagger.commonWords)
        var found: [String: Int] = [:]
        var persons = 0
        let bodies = try Self.realBodies()
        for (corpus, body) in bodies {
            for mention in tagger.tag(body).mentions where mention.kind == .person {
                persons += 1
                if let why = Self.junk(mention.name, places: places, commonWords: commonWords) { found["\(corpus): \(mention.name) (\(why))", default: 0] += 1 }
            }
        }
        print("junk persons in \(bodies.count) real texts: \(found.count) names among \(persons) person mentions")
        #expect(bodies.count > 19_000)
        #expect(found.isEmpty, "\(found.sorted { $0.key < $1.key })")
    }
}
