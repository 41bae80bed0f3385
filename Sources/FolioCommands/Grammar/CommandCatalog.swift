/// What each command is for, how to call it, and an example: the source of `help` and of completion.
public struct CommandInfo: Hashable, Sendable {
    public var name: String
    public var usage: String
    public var summary: String
    /// Each option with a one-line explanation and an example of its use.
    public var options: [(name: String, help: String, example: String)]
    public var examples: [String]

    public static func == (lhs: CommandInfo, rhs: CommandInfo) -> Bool { lhs.name == rhs.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }

    public var optionNames: [String] { options.map(\.name) }
}

public enum CommandCatalog {
    public static let commands: [CommandInfo] = [
        CommandInfo(
            name: "find", usage: "find QUERY [--limit N] [--since DATE] [--until DATE] [--in title|body] [--notes]",
            summary: "Search titles and bodies, best match first.",
            options: [
                ("--limit", "show at most N results (default 10)", "find CSTO --limit 3"),
                ("--since", "only articles published on or after DATE", "find pipeline --since 2024-06"),
                ("--until", "only articles published on or before DATE", "find Kazakhstan --until 2024-12-31"),
                ("--in", "search only the title or only the body", "find Turkey --in title"),
                ("--notes", "also find articles whose notes match", "find Interfax --notes"),
            ],
            examples: [
                "find \"Tajik-Afghan border\"",
                "find CSTO -Armenia --limit 3",
                "find (Kazakhstan OR Uzbekistan) Turk*",
            ]),
        CommandInfo(
            name: "show", usage: "show ID|@N",
            summary: "Print a whole article with its date, sources, ref and url.",
            options: [], examples: ["show @2", "show 3fa9c1"]),
        CommandInfo(
            name: "note", usage: "note ID|@N TEXT [--quote \"exact words\"] | note --edit NOTE TEXT | note --delete NOTE",
            summary: "Attach a note to an article; #tags in the text are kept as tags.",
            options: [
                ("--quote", "anchor the note to a passage of the article, quoted exactly", "note @1 Runs to 2029 #border --quote \"will run until 2029\""),
                ("--edit", "replace the text of note NOTE", "note --edit 1 The programme runs in three stages #border"),
                ("--delete", "delete note NOTE", "note --delete 1"),
            ],
            examples: [
                "note @1 The border programme runs to 2029 #border --quote \"will run until 2029\"",
                "note --edit 1 The programme runs in three stages to 2029 #border",
                "note --delete 1",
            ]),
        CommandInfo(
            name: "notes", usage: "notes [ID|@N|#tag|QUERY]",
            summary: "List notes, newest first, with their articles; a note whose article left the corpus is orphaned.",
            options: [], examples: ["notes", "notes #border", "notes @1", "notes programme"]),
        CommandInfo(
            name: "timeline", usage: "timeline [QUERY] [--from DATE] [--to DATE] [--by year|month|day] [--article]",
            summary: "Every dated expression in order, with its sentence; unknown years last. QUERY keeps events whose sentence matches.",
            options: [
                ("--from", "only events that reach DATE or later", "timeline border --from 2024"),
                ("--to", "only events that start by DATE", "timeline --to 2000"),
                ("--by", "the chart's period: year, month or day", "timeline CSTO --by month"),
                ("--article", "match QUERY against the whole article, not the sentence", "timeline CSTO --article"),
            ],
            examples: ["timeline", "timeline border --from 2024", "timeline CSTO --article --by year", "timeline --to 2000 --by month"]),
        CommandInfo(
            name: "date", usage: "date ID|@N YYYY-MM-DD",
            summary: "Set an article's publication date; its relative dates resolve against it again.",
            options: [], examples: ["date 13be2d 2025-05-20", "date @1 2024-11-28"]),
        CommandInfo(
            name: "entities", usage: "entities [QUERY] [--type person|org|place] [--limit N]",
            summary: "People, organizations and places, most mentioned first; QUERY keeps the articles it matches.",
            options: [
                ("--type", "only people, organizations or places", "entities --type person"),
                ("--limit", "show at most N entities (default 20)", "entities border --limit 5"),
            ],
            examples: ["entities", "entities --type person", "entities border --type place --limit 5"]),
        CommandInfo(
            name: "kwic", usage: "kwic WORD|\"phrase\"|ENTITY [--width N] [--limit N]",
            summary: "Keyword in context: each occurrence on one line, aligned on the match; an entity matches all its forms.",
            options: [
                ("--width", "characters of context on each side (default 40)", "kwic \"Tajik-Afghan border\" --width 30"),
                ("--limit", "show at most N lines (default 25)", "kwic Tasmagambetov --limit 5"),
            ],
            examples: ["kwic CSTO", "kwic \"Tajik-Afghan border\" --width 30", "kwic Tasmagambetov --limit 5"]),
        CommandInfo(
            name: "compare", usage: "compare A B",
            summary: "Two entities, words, \"phrases\", (queries) or articles side by side, with keywords (G², log ratio).",
            options: [],
            examples: ["compare Kazakhstan Uzbekistan", "compare CSTO NATO", "compare (border OR borders) (pipeline OR oil)", "compare 13be2d 6edab6"]),
        CommandInfo(
            name: "alias", usage: "alias [NAME = OTHER]",
            summary: "Count NAME as the entity OTHER from now on (kept in the workspace); alone, list the aliases.",
            options: [], examples: ["alias Tasmagambetov = Imangali Tasmagambetov", "alias"]),
        CommandInfo(
            name: "stats", usage: "stats",
            summary: "Count articles, sources, excerpts, dates, coverage, rates and the index size.",
            options: [], examples: ["stats"]),
        CommandInfo(
            name: "rates", usage: "rates",
            summary: "List the distinct currency quotes from results pages, with their inverses.",
            options: [], examples: ["rates"]),
        CommandInfo(
            name: "comment", usage: "comment TEXT  (or a line starting with #)",
            summary: "Write prose into the session: it is saved as a paragraph between the commands.",
            options: [], examples: ["comment The CSTO treats the border as its southern flank.", "# Two programmes, 2025 and 2026"]),
        CommandInfo(
            name: "save", usage: "save NAME [--force] [--previous] [--sessions DIR]",
            summary: "Save this session as Sessions/NAME.md: comments, commands and their outputs, replayable.",
            options: [
                ("--force", "overwrite an existing file", "save tajik-border --force"),
                ("--previous", "save the last session that was never saved, such as one that was killed", "save recovered --previous"),
                ("--sessions", "the folder to save in (default Sessions)", "save draft --sessions /tmp"),
            ],
            examples: ["save tajik-border", "save tajik-border --force", "save recovered --previous", "save draft --sessions /tmp"]),
        CommandInfo(
            name: "replay", usage: "replay NAME|PATH",
            summary: "Run a saved session's commands again against the current corpus, and apply its notes again.",
            options: [], examples: ["replay tajik-border", "replay Sessions/tajik-border.md"]),
        CommandInfo(
            name: "export", usage: "export csv|json|md [PATH] [--force] | export html PATH [--session NAME] [--force]",
            summary: "Write the last find, timeline, entities, compare, kwic or notes result as CSV, JSON or Markdown "
                + "(to the screen without PATH), or a session as one self-contained HTML page.",
            options: [
                ("--session", "with html: report on a saved session instead of this one", "export html border.html --session tajik-afghan-border"),
                ("--force", "overwrite an existing file", "export md timeline.md --force"),
            ],
            examples: [
                "export csv border-hits.csv", "export json", "export md timeline.md --force",
                "export html report.html", "export html border.html --session tajik-afghan-border",
            ]),
        CommandInfo(
            name: "help", usage: "help [COMMAND]",
            summary: "List the commands, or explain one.",
            options: [], examples: ["help find"]),
        CommandInfo(
            name: "quit", usage: "quit | exit",
            summary: "Leave Folio (Ctrl-D on an empty line does the same).",
            options: [], examples: ["quit"]),
    ]

    public static let names: [String] = commands.map(\.name) + ["exit"]

    public static func info(_ name: String) -> CommandInfo? {
        let key = name == "exit" ? "quit" : name
        return commands.first { $0.name == key }
    }

    /// The grammar of `find`'s QUERY, for `help find`.
    public static let queryGrammar = [
        "words are ANDed: CSTO border",
        "\"quoted phrases\" match words in order: \"Tajik-Afghan border\"",
        "OR between alternatives: Kazakhstan OR Uzbekistan",
        "NOT word or -word excludes: CSTO -Armenia",
        "prefix* matches word starts: milit*",
        "parentheses group: CSTO (Armenia OR Belarus)",
        "accents and case do not matter: Ataturk finds Atatürk",
    ]
}
