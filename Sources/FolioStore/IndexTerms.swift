import GRDB

/// The terms the article index holds for a text, read from an FTS5 table of its own in memory with the same
/// tokenizer: `Baker's` is `baker` and `s`, `borders` is `border`. Nothing is stemmed or split by hand.
public final class IndexTerms: Sendable {
    static let shared = IndexTerms()
    private let probe: DatabaseQueue?

    private init() {
        probe = try? DatabaseQueue()
        try? probe?.write { db in
            try db.execute(sql: """
                CREATE VIRTUAL TABLE probe USING fts5(text, tokenize = '\(Schema.tokenizer)');
                CREATE VIRTUAL TABLE probe_instance USING fts5vocab(probe, instance);
                """)
        }
    }

    /// Each text's terms, in order.
    func terms(of texts: [String]) throws -> [[String]] {
        guard let probe, !texts.isEmpty else { return texts.map { _ in [] } }
        return try probe.write { db in
            try db.execute(sql: "DELETE FROM probe")
            let insert = try db.cachedStatement(sql: "INSERT INTO probe (rowid, text) VALUES (?, ?)")
            for (index, text) in texts.enumerated() { try insert.execute(arguments: [index + 1, text]) }
            var terms = texts.map { _ in [String]() }
            for row in try Row.fetchAll(db, sql: "SELECT doc, term FROM probe_instance ORDER BY doc, offset") {
                terms[(row[0] as Int) - 1].append(row[1])
            }
            return terms
        }
    }

    /// How many times `phrase` runs in `terms`.
    public static func count(of phrase: [String], in terms: [String]) -> Int {
        guard !phrase.isEmpty, terms.count >= phrase.count else { return 0 }
        return (0...(terms.count - phrase.count)).count { start in phrase.indices.allSatisfy { terms[start + $0] == phrase[$0] } }
    }
}
