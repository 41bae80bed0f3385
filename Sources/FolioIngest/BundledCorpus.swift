import Foundation

/// The sample corpus that ships inside Folio: one scraped results page of a Central Asia news site.
public enum BundledCorpus {
    public static let fileName = "central-asia-results-page-1.txt"

    /// The bundled page as a corpus file, shown as `bundled/central-asia-results-page-1.txt`.
    public static func file() -> CorpusFile? {
        guard let url = Bundle.module.url(forResource: "central-asia-results-page-1", withExtension: "txt") else { return nil }
        return try? CorpusScanner().describe(url.path, displayName: "bundled/" + fileName).get()
    }
}
