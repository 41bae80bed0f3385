import FolioCommands
import Foundation

/// A load's progress on one terminal line, rewritten in place: files done of the total, articles, MB/s and the
/// time left. It writes to standard error, at most five times a second, and clears itself when the load ends.
final class ProgressLine: @unchecked Sendable {
    private let started = Date()
    private var lastDrawn = Date.distantPast
    private var isShown = false

    /// Reports to a terminal only: piped and saved output never holds progress.
    static func onTerminal() -> ProgressLine? {
        StandardStream.error.isTerminal ? ProgressLine() : nil
    }

    func report(_ progress: LoadProgress) {
        let now = Date()
        guard now.timeIntervalSince(lastDrawn) >= 0.2 || progress.filesDone == progress.filesTotal else { return }
        lastDrawn = now
        let elapsed = max(0.001, now.timeIntervalSince(started))
        let rate = Double(progress.bytesDone) / elapsed
        var line = "loading: \(progress.filesDone) of \(progress.filesTotal) files · \(progress.articles) articles"
            + " · " + String(format: "%.1f MB/s", rate / 1_000_000)
        if rate > 0, progress.bytesDone < progress.bytesTotal, elapsed > 1 {
            let left = Double(progress.bytesTotal - progress.bytesDone) / rate
            line += left < 60 ? " · about \(Int(left.rounded(.up))) s left" : " · about \(Int((left / 60).rounded(.up))) min left"
        }
        var errors = StandardStream.error
        errors.write("\r\u{1B}[K" + line)
        isShown = true
    }

    /// Clears the line, so that the summary takes its place.
    func finish() {
        guard isShown else { return }
        var errors = StandardStream.error
        errors.write("\r\u{1B}[K")
        isShown = false
    }

    var reporter: @Sendable (LoadProgress) -> Void {
        { [self] progress in report(progress) }
    }
}
