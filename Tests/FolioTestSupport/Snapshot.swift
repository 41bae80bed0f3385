import Foundation
import Testing

/// Compares text with a file under the calling test's `Snapshots/`; `FOLIO_RECORD_SNAPSHOTS=1` writes the file instead.
public enum Snapshot {
    public static func assert(
        _ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation, filePath: String = #filePath
    ) {
        let url = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Snapshots/\(name)")
        if ProcessInfo.processInfo.environment["FOLIO_RECORD_SNAPSHOTS"] == "1" {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(text.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no snapshot \(name); run with FOLIO_RECORD_SNAPSHOTS=1 to record it", sourceLocation: sourceLocation)
            return
        }
        #expect(text == expected, "snapshot \(name) differs", sourceLocation: sourceLocation)
    }
}
