import CLibEdit
import FolioCommands
import Foundation

/// Decides how output looks from the environment: colour on a terminal unless NO_COLOR or TERM=dumb asks otherwise.
public struct TerminalSettings {
    public var isInputTerminal: Bool
    public var isOutputTerminal: Bool
    public var style: TextStyle

    public static func current(environment: [String: String] = ProcessInfo.processInfo.environment) -> TerminalSettings {
        let isOutputTerminal = StandardStream.output.isTerminal
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let dumb = environment["TERM"] == "dumb"
        let columns = Int(folio_terminal_columns())
        let style = isOutputTerminal
            ? TextStyle(isColored: !noColor && !dumb, width: columns > 0 ? min(columns, 160) : 100, isTerminal: true)
            : .plain
        return TerminalSettings(
            isInputTerminal: StandardStream(descriptor: 0).isTerminal, isOutputTerminal: isOutputTerminal, style: style)
    }
}
