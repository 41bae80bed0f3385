import FolioCore
import Foundation
import GRDB

/// Which notes to list.
public enum NoteFilter: Hashable, Sendable {
    case all
    case article(ArticleID)
    case tag(String)
    case matching(SearchQuery)
}

extension CorpusStore {
    /// Attaches a note to an article; `created` is an ISO 8601 time.
    public func addNote(to article: ArticleID, text: String, quote: QuoteAnchor?, created: String) throws -> Note {
        let tags = Note.tags(in: text)
        let id = try write("saving the note", keepsNames: true) { db -> Int in
            try db.execute(
                sql: "INSERT INTO note (articleId, text, tags, quote, quoteBefore, quoteAfter, created) VALUES (?, ?, ?, ?, ?, ?, ?)",
                arguments: [article.hex, text, tags.joined(separator: " "), quote?.exact, quote?.before, quote?.after, created])
            return Int(db.lastInsertedRowID)
        }
        return Note(id: id, articleID: article, text: text, tags: tags, quote: quote, created: created)
    }

    /// Replaces a note's text (and so its tags); the quote stays.
    public func editNote(_ id: Int, text: String) throws -> Note {
        try write("editing the note", keepsNames: true) { db in
            try db.execute(sql: "UPDATE note SET text = ?, tags = ? WHERE id = ?", arguments: [text, Note.tags(in: text).joined(separator: " "), id])
            guard db.changesCount == 1, let row = try Row.fetchOne(db, sql: "SELECT * FROM note WHERE id = ?", arguments: [id]) else {
                throw StoreError.noSuchNote(id)
            }
            return Self.note(from: row)
        }
    }

    /// Deletes a note and returns what it was.
    public func deleteNote(_ id: Int) throws -> Note {
        try write("deleting the note", keepsNames: true) { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM note WHERE id = ?", arguments: [id]) else {
                throw StoreError.noSuchNote(id)
            }
            try db.execute(sql: "DELETE FROM note WHERE id = ?", arguments: [id])
            return Self.note(from: row)
        }
    }

    /// Notes newest first (by id, which only grows), each with its article's title and where its quote attaches now.
    public func notes(_ filter: NoteFilter = .all) throws -> [NoteListing] {
        try read("listing notes") { db in
            var sql = "SELECT n.*, a.title AS articleTitle, a.body AS articleBody FROM note n LEFT JOIN article a ON a.id = n.articleId"
            var arguments: StatementArguments = []
            switch filter {
            case .all:
                break
            case .article(let id):
                sql += " WHERE n.articleId = ?"
                arguments = [id.hex]
            case .tag(let tag):
                sql += " WHERE (' ' || n.tags || ' ') LIKE ? ESCAPE '\\'"
                arguments = ["% \(Self.escapingLike(tag.lowercased())) %"]
            case .matching(let query):
                sql += " WHERE n.id IN (SELECT rowid FROM note_fts WHERE note_fts MATCH ?)"
                arguments = [FTS5Expression.compile(query)]
            }
            sql += " ORDER BY n.id DESC"
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                let note = Self.note(from: row)
                let body: String? = row["articleBody"]
                return NoteListing(
                    note: note, articleTitle: row["articleTitle"],
                    quoteLocation: body.flatMap { note.quote?.locate(in: $0) })
            }
        }
    }

    static func note(from row: Row) -> Note {
        var quote: QuoteAnchor?
        if let exact: String = row["quote"] {
            quote = QuoteAnchor(exact: exact, before: row["quoteBefore"] ?? "", after: row["quoteAfter"] ?? "")
        }
        let tags: String = row["tags"]
        return Note(
            id: row["id"], articleID: ArticleID(hex: row["articleId"]), text: row["text"],
            tags: tags.split(separator: " ").map(String.init), quote: quote, created: row["created"])
    }
}

extension CorpusStore {
    /// Moves each orphaned note with a quote to the one article that now holds its quoted passage, as happens
    /// when an article's text is corrected and so its id changes. Returns the notes moved, with their new article.
    public func reattachOrphanedNotes() throws -> [(note: Int, article: ArticleID)] {
        try write("re-attaching notes", keepsNames: true) { db in
            let orphans = try Row.fetchAll(db, sql: """
                SELECT * FROM note WHERE quote IS NOT NULL
                AND NOT EXISTS (SELECT 1 FROM article a WHERE a.id = note.articleId) ORDER BY id
                """).map(Self.note(from:))
            var moved: [(note: Int, article: ArticleID)] = []
            for note in orphans {
                guard let quote = note.quote, let query = try? SearchQuery(parsing: "\"\(quote.exact.replacingOccurrences(of: "\"", with: " "))\"") else { continue }
                let candidates = try Row.fetchAll(
                    db,
                    sql: "SELECT a.id, a.body FROM article_fts JOIN article a ON a.seq = article_fts.rowid WHERE article_fts MATCH ? ORDER BY a.id LIMIT 20",
                    arguments: [FTS5Expression.compile(query)])
                    .filter { quote.locate(in: $0["body"]) != nil }
                guard candidates.count == 1 else { continue }
                let target = ArticleID(hex: candidates[0]["id"])
                try db.execute(sql: "UPDATE note SET articleId = ? WHERE id = ?", arguments: [target.hex, note.id])
                moved.append((note.id, target))
            }
            return moved
        }
    }
}
