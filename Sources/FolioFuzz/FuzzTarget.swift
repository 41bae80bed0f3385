import FolioAnalysis
import FolioCommands
import FolioCore
import FolioIngest
import FolioSession

/// The parsers and taggers that read what analysts and scrapers produce, each fed arbitrary bytes.
enum FuzzTarget: String, CaseIterable {
    case resultsPage = "results-page"
    case jsonLines = "json-lines"
    case json
    case csv
    case markdown
    case plainText = "plain-text"
    case feed
    case html
    case query
    case command
    case session
    case temporal
    case entities

    static let temporalTagger = TemporalTagger()
    static let entityTagger = EntityTagger()

    func run(_ bytes: [UInt8]) {
        switch self {
        case .resultsPage: read(bytes, as: "txt", forcing: .resultsPage)
        case .jsonLines: read(bytes, as: "jsonl")
        case .json: read(bytes, as: "json")
        case .csv: read(bytes, as: "csv")
        case .markdown: read(bytes, as: "md")
        case .plainText: read(bytes, as: "txt")
        case .feed: read(bytes, as: "xml")
        case .html: read(bytes, as: "html")
        case .query: _ = try? SearchQuery(parsing: String(decoding: bytes, as: UTF8.self))
        case .command: _ = (try? CommandRegistry.folio.parse(String(decoding: bytes, as: UTF8.self)))??.canonical(in: .verbatim)
        case .session: _ = try? SessionParser.parse(String(decoding: bytes, as: UTF8.self), path: "fuzz.md")
        case .temporal:
            let text = String(decoding: bytes, as: UTF8.self)
            _ = Self.temporalTagger.tag(text, anchor: PublicationDate(year: 2020, month: 3, day: 15))
            _ = Self.temporalTagger.tag(text, anchor: nil)
        case .entities: _ = Self.entityTagger.tag(String(decoding: bytes, as: UTF8.self))
        }
    }

    private func read(_ bytes: [UInt8], as fileExtension: String, forcing format: SourceFormat? = nil) {
        _ = SourceReader.parse(bytes, file: "fuzz.\(fileExtension)", fileExtension: fileExtension, format: format)
    }
}
