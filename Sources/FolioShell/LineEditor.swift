import CLibEdit
import Foundation

/// A libedit line editor with emacs keys, persistent history, ^R search and tab completion.
///
/// Used on the main thread only. See `man editline`.
final class LineEditor {
    enum Event: Equatable {
        case line(String)
        case interrupted
        case endOfFile
    }

    private let editor: OpaquePointer
    private let history: OpaquePointer
    private let historyPath: String?

    init?(historyPath: String?, completer: Completer) {
        folio_el_prepare_locale()
        guard let editor = folio_el_init("folio"), let history = folio_history_init(1000) else { return nil }
        self.editor = editor
        self.history = history
        self.historyPath = historyPath
        activeCompleter = completer
        folio_el_configure(editor, history, completeCallback)
        if let historyPath { _ = folio_history_load(history, historyPath) }
    }

    deinit {
        history_end(history)
        el_end(editor)
    }

    func setPrompt(_ prompt: String) {
        folio_el_set_prompt(prompt)
    }

    func readLine() -> Event {
        var count: Int32 = 0
        guard let pointer = el_gets(editor, &count) else {
            if count < 0 && folio_errno() == EINTR {
                el_reset(editor)
                return .interrupted
            }
            return count < 0 ? .interrupted : .endOfFile
        }
        var line = String(cString: pointer)
        if line.hasSuffix("\n") { line.removeLast() }
        return .line(line)
    }

    /// Adds a line to the history and writes the history file, so that a crash loses nothing typed.
    func remember(_ line: String) {
        folio_history_enter(history, line)
        if let historyPath { _ = folio_history_save(history, historyPath) }
    }
}

nonisolated(unsafe) private var activeCompleter: Completer?

private let completeCallback: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { editor, _ in
    guard let editor, let completer = activeCompleter, let info = el_line(editor) else { return UInt8(CC_ERROR) }
    let start = UnsafeRawPointer(info.pointee.buffer)!
    let length = UnsafeRawPointer(info.pointee.cursor)! - start
    let before = String(decoding: UnsafeRawBufferPointer(start: start, count: length), as: UTF8.self)
    let completion = completer.complete(before)
    if !completion.insertion.isEmpty {
        _ = el_insertstr(editor, completion.insertion)
        return UInt8(CC_REFRESH)
    }
    guard !completion.candidates.isEmpty else { return UInt8(CC_ERROR) }
    var output = StandardStream.output
    output.write("\n" + completion.candidates.joined(separator: "  ") + "\n")
    return UInt8(CC_REDISPLAY)
}
