import GRDB

extension CorpusStore {
    /// Gives a surname alone that several people share (`Baker`) to the one of them that the article's context
    /// names: the one mentioned in full in articles of the same source and month, else of the same month, else
    /// of the same source (the source is the article's publication, or the file it came from). Elsewhere the
    /// surname stays itself. A surname the analyst aliased is left to the alias. The links are found again from
    /// the mentions' own entities each time. Returns whether any changed.
    @discardableResult
    public func linkSurnamesInContext(_ shared: [(surname: String, people: [String])]) throws -> Bool {
        try write("linking surnames to their people") { db in
            let linked = "SELECT article, offset, linkedFrom, entity FROM mention WHERE linkedFrom IS NOT NULL ORDER BY article, field, offset"
            let before = try Row.fetchAll(db, sql: linked).map { "\($0[0] as Int64) \($0[1] as Int) \($0[2] as Int64) \($0[3] as Int64)" }
            try db.execute(sql: "UPDATE mention SET entity = linkedFrom, linkedFrom = NULL WHERE linkedFrom IS NOT NULL")
            let aliased = Set(try String.fetchAll(db, sql: "SELECT name FROM alias WHERE automatic = 0"))
            let update = try db.cachedStatement(sql: "UPDATE mention SET linkedFrom = entity, entity = ? WHERE article = ? AND entity = ?")
            for (surname, people) in shared where !aliased.contains(surname) {
                guard let from = try Int64.fetchOne(db, sql: "SELECT id FROM entity WHERE name = ? AND kind = 'person'", arguments: [surname]) else { continue }
                var contexts: [(id: Int64, contexts: [Context])] = []
                for person in people {
                    guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM entity WHERE name = ? AND kind = 'person'", arguments: [person]) else { continue }
                    let forms = try Int64.fetchAll(db, sql: """
                        SELECT id FROM entity WHERE kind = 'person' AND (id = ? OR name IN (SELECT name FROM alias WHERE target = ?))
                        """, arguments: [id, person])
                    contexts.append((id, try Self.contexts(ofEntities: forms, db)))
                }
                for article in try Self.contexts(ofEntities: [from], db) {
                    let sameBoth = contexts.filter { $0.contexts.contains { $0.month != nil && $0.month == article.month && $0.source == article.source } }
                    let sameMonth = contexts.filter { $0.contexts.contains { $0.month != nil && $0.month == article.month } }
                    let sameSource = contexts.filter { $0.contexts.contains { $0.source != nil && $0.source == article.source } }
                    guard let person = [sameBoth, sameMonth, sameSource].first(where: { !$0.isEmpty }), person.count == 1 else { continue }
                    try update.execute(arguments: [person[0].id, article.seq, from])
                }
            }
            return try Row.fetchAll(db, sql: linked).map { "\($0[0] as Int64) \($0[1] as Int) \($0[2] as Int64) \($0[3] as Int64)" } != before
        }
    }

    struct Context {
        var seq: Int64
        var month: String?
        var source: String?
    }

    /// The articles that mention any of the entities, with their month and source.
    static func contexts(ofEntities entities: [Int64], _ db: Database) throws -> [Context] {
        try Row.fetchAll(db, sql: """
            SELECT a.seq, CASE WHEN length(a.date) >= 7 THEN substr(a.date, 1, 7) END,
                   COALESCE(a.source, (SELECT MIN(s.path) FROM articleSource s WHERE s.article = a.seq))
            FROM article a WHERE a.seq IN (SELECT DISTINCT article FROM mention WHERE entity IN (SELECT value FROM json_each(?)))
            ORDER BY a.seq
            """, arguments: [seqArray(entities)]).map { Context(seq: $0[0], month: $0[1], source: $0[2]) }
    }
}
