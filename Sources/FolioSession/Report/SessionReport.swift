import FolioCommands
import FolioCore
import Foundation

/// A session as one self-contained HTML page for a colleague's browser: the analyst's comments, each command
/// with its output, the timelines drawn as SVG charts, the notes and the corpus fingerprint. It has no scripts,
/// and its content security policy forbids every request, so it opens the same offline.
public struct SessionReport {
    public var document: SessionDocument
    public var notes: [NoteListing]
    public var idLength: Int
    public var registry: CommandRegistry

    public init(document: SessionDocument, notes: [NoteListing], idLength: Int = 6, registry: CommandRegistry = .folio) {
        self.document = document
        self.notes = notes
        self.idLength = idLength
        self.registry = registry
    }

    /// A command cell as the page shows it, read from its value: the text with its matches marked, and a chart
    /// for a timeline. A cell saved without a value (session format 1) shows its text as saved.
    struct Shown {
        var html: String
        var isError: Bool
        var chart: TimelineChart?
    }

    func shown(_ cell: CommandCell) -> Shown {
        guard let value = cell.value, let outcome = registry.outcome(from: value) else {
            return Shown(html: Self.escape(cell.output), isError: false, chart: nil)
        }
        var chart: TimelineChart?
        if let timeline = outcome.output as? TimelineCommand.Output {
            chart = TimelineChart(entries: timeline.entries, period: (try? registry.parse(cell.input) as? TimelineCommand)?.period)
        }
        let marked = outcome.text(in: OutputStyle(text: .marked, idLength: idLength))
        let text = marked.hasSuffix("\n") ? String(marked.dropLast()) : marked
        let plain = String(text.map { $0 == TextStyle.markOpen ? "[" : $0 == TextStyle.markClose ? "]" : $0 })
        let html = plain == cell.output ? Self.marking(text) : Self.escape(cell.output)
        return Shown(html: html, isError: outcome.isFailure, chart: chart)
    }

    /// How many timeline charts the page draws.
    public var chartCount: Int {
        SessionCell.commands(in: document.cells).filter { shown($0).chart != nil }.count
    }

    public func html() -> String {
        let title = Self.escape(document.title)
        var body: [String] = [
            "<header>",
            "<p class=\"kicker\">Folio session</p>",
            "<h1>\(title)</h1>",
            "<dl class=\"facts\">",
            "<dt>Saved</dt><dd>\(Self.escape(document.saved)) with Folio \(Self.escape(document.folioVersion))</dd>",
            "<dt>Corpus</dt><dd>\(document.corpus.articles) article\(document.corpus.articles == 1 ? "" : "s"), "
                + "fingerprint <code class=\"fingerprint\">\(Self.escape(document.corpus.digest))</code></dd>",
            "<dt>Commands</dt><dd>\(document.commandCount)</dd>",
            "</dl>",
        ]
        if !document.corpus.cited.isEmpty {
            body.append("<h2>Articles cited</h2>")
            body.append("<ul class=\"cited\">" + document.corpus.cited.map {
                "<li><code>\(Self.escape($0.id))</code> \(Self.escape($0.title))</li>"
            }.joined() + "</ul>")
        }
        body.append("</header>")
        body.append("<main>")
        var number = 0
        for cell in document.cells {
            switch cell {
            case .comment(let text):
                body.append("<section class=\"comment\">" + Self.paragraphs(text) + "</section>")
            case .command(let command):
                number += 1
                let shown = shown(command)
                var parts = ["<section class=\"cell\" id=\"cell-\(number)\">",
                             "<pre class=\"command\"><span class=\"prompt\">folio&gt;</span> \(Self.escape(command.input))</pre>"]
                if let chart = shown.chart {
                    parts.append("<figure class=\"chart\">" + chart.svg() + "<figcaption>Dated events by "
                        + (chart.byMonth ? "month" : "year") + "</figcaption></figure>")
                }
                parts.append("<pre class=\"output\(shown.isError ? " error" : "")\">\(shown.html)</pre>")
                parts.append("</section>")
                body.append(parts.joined(separator: "\n"))
            }
        }
        body.append("</main>")
        body.append(notesSection())
        body.append("<footer>Written by Folio \(Self.escape(document.folioVersion)). Replay it with "
            + "<code>folio replay --check \(Self.escape(document.title)).md</code> against the same corpus.</footer>")
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <meta name="generator" content="Folio \(Self.escape(document.folioVersion))">
            <title>\(title) · Folio session</title>
            <style>\(Self.style)</style>
            </head>
            <body>
            \(body.joined(separator: "\n"))
            </body>
            </html>

            """
    }

    private func notesSection() -> String {
        guard !notes.isEmpty else { return "<section class=\"notes\"><h2>Notes</h2><p>No notes in this workspace.</p></section>" }
        var parts = ["<section class=\"notes\"><h2>Notes</h2>", "<ol class=\"note-list\">"]
        for listing in notes {
            let note = listing.note
            var item = "<li class=\"note\" id=\"note-\(note.id)\"><p class=\"note-head\"><strong>Note \(note.id)</strong> on "
                + "<code>\(Self.escape(String(note.articleID.hex.prefix(idLength))))</code> "
                + (listing.articleTitle.map(Self.escape) ?? "<em>an article no longer in the corpus</em>") + "</p>"
            if let quote = note.quote?.exact { item += "<blockquote>\(Self.escape(quote))</blockquote>" }
            item += "<p>\(Self.escape(note.text))</p>"
            if !note.tags.isEmpty {
                item += "<p class=\"tags\">" + note.tags.map { "<span class=\"tag\">#\(Self.escape($0))</span>" }.joined(separator: " ") + "</p>"
            }
            parts.append(item + "</li>")
        }
        parts.append("</ol></section>")
        return parts.joined(separator: "\n")
    }

    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// Blank lines separate paragraphs; other line breaks are kept.
    static func paragraphs(_ text: String) -> String {
        text.components(separatedBy: "\n\n").map { "<p>" + escape($0).replacingOccurrences(of: "\n", with: "<br>") + "</p>" }.joined()
    }

    /// Escapes text rendered in ``TextStyle/marked`` and turns its mark placeholders into `<mark>`; a match may
    /// wrap onto the next line, whose indent stays outside the mark.
    static func marking(_ text: String) -> String {
        var result = ""
        var isMarking = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.offset > 0 { result += "\n" }
            var rest = Substring(line.element)
            if isMarking {
                let indent = rest.prefix { $0 == " " }
                result += indent + "<mark>"
                rest = rest.dropFirst(indent.count)
            }
            for character in rest {
                switch character {
                case TextStyle.markOpen:
                    result += "<mark>"
                    isMarking = true
                case TextStyle.markClose:
                    result += "</mark>"
                    isMarking = false
                default:
                    result += escape(String(character))
                }
            }
            if isMarking { result += "</mark>" }
        }
        return result
    }

    static let style = """
        :root { color-scheme: light; --ink: #1d232b; --muted: #5b6470; --rule: #d9dde3; --accent: #1f5fa8; --mark: #fff0a8; }
        body { margin: 0 auto; max-width: 60rem; padding: 2rem 1.5rem 4rem; font: 16px/1.55 Georgia, "DejaVu Serif", serif; color: var(--ink); }
        header { border-bottom: 2px solid var(--ink); margin-bottom: 2rem; }
        .kicker { text-transform: uppercase; letter-spacing: .12em; font: 600 .75rem/1 system-ui, "DejaVu Sans", sans-serif; color: var(--accent); }
        h1 { font-size: 2rem; margin: .3rem 0 1rem; }
        h2 { font: 600 1.1rem/1.3 system-ui, "DejaVu Sans", sans-serif; margin-top: 2rem; }
        .facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; font: .9rem/1.4 system-ui, "DejaVu Sans", sans-serif; }
        .facts dt { color: var(--muted); }
        .facts dd { margin: 0; }
        .cited { font-size: .95rem; padding-left: 1.2rem; }
        .comment p { font-size: 1.05rem; margin: 1.5rem 0 .75rem; }
        .cell { margin: 1rem 0 1.75rem; }
        pre { margin: 0; padding: .6rem .8rem; overflow-x: auto; font: 13px/1.45 "DejaVu Sans Mono", Menlo, Consolas, monospace; white-space: pre; }
        pre.command { background: var(--ink); color: #f4f6f8; border-radius: 6px 6px 0 0; }
        .prompt { color: #8fb8e8; }
        pre.output { background: #f6f7f9; border: 1px solid var(--rule); border-top: 0; border-radius: 0 0 6px 6px; }
        pre.output.error { color: #9b1c1c; }
        mark { background: var(--mark); color: inherit; padding: 0 1px; }
        figure.chart { margin: 0; padding: .6rem .8rem 0; border: 1px solid var(--rule); border-top: 0; background: #fff; }
        figure.chart figcaption { font: .8rem system-ui, "DejaVu Sans", sans-serif; color: var(--muted); padding-bottom: .4rem; }
        svg.timeline-chart { width: 100%; height: auto; display: block; }
        svg .bar { fill: var(--accent); }
        svg .bar.year-only { fill: var(--accent); opacity: 0.45; }
        svg .axis { stroke: var(--muted); stroke-width: 1; }
        svg .count { font: 600 11px system-ui, "DejaVu Sans", sans-serif; fill: var(--ink); }
        svg .tick { font: 11px system-ui, "DejaVu Sans", sans-serif; fill: var(--muted); }
        .notes { border-top: 2px solid var(--ink); margin-top: 3rem; }
        .note-list { padding-left: 1.2rem; }
        .note { margin-bottom: 1.2rem; }
        .note-head { margin-bottom: .2rem; }
        blockquote { margin: .3rem 0; padding-left: .8rem; border-left: 3px solid var(--accent); color: var(--muted); font-style: italic; }
        .tag { font: .8rem system-ui, "DejaVu Sans", sans-serif; background: #e8eef7; color: var(--accent); border-radius: 3px; padding: 0 .3rem; }
        footer { margin-top: 3rem; font: .8rem system-ui, "DejaVu Sans", sans-serif; color: var(--muted); }
        code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .9em; }
        @media print { pre { white-space: pre-wrap; } }
        """
}
