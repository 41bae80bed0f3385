import GRDB

/// The workspace schema, versioned through GRDB migrations.
///
/// New articles reach the FTS5 index in one statement per batch (see ``CorpusStore/replaceFile(_:rates:articles:)``),
/// not through a row trigger: FTS5 flushes its pending terms at every statement savepoint, so indexing row
/// by row inside a transaction costs several times more. Deletions go through a trigger.
enum Schema {
    /// The newest migration this build knows; a workspace with a migration beyond it is refused.
    static let currentVersion = "v11"
    /// The tokenizer of the search indexes, as v1 made them.
    static let tokenizer = "porter unicode61 remove_diacritics 2"

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE sourceFile (
                    path TEXT PRIMARY KEY,
                    displayName TEXT NOT NULL,
                    size INTEGER NOT NULL,
                    modified INTEGER NOT NULL,
                    hash TEXT NOT NULL,
                    format TEXT NOT NULL,
                    coverageFrom INTEGER,
                    coverageTo INTEGER,
                    coverageOf INTEGER
                );
                CREATE TABLE article (
                    seq INTEGER PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    ref TEXT,
                    title TEXT NOT NULL,
                    body TEXT NOT NULL,
                    date TEXT,
                    dateStart TEXT,
                    dateEnd TEXT,
                    url TEXT,
                    source TEXT,
                    isExcerpt INTEGER NOT NULL,
                    metadata TEXT
                );
                CREATE INDEX article_dateStart ON article(dateStart);
                CREATE TABLE articleSource (
                    articleId TEXT NOT NULL,
                    path TEXT NOT NULL REFERENCES sourceFile(path) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    PRIMARY KEY (articleId, path)
                ) WITHOUT ROWID;
                CREATE INDEX articleSource_path ON articleSource(path);
                CREATE TABLE rate (
                    path TEXT NOT NULL REFERENCES sourceFile(path) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    pair TEXT NOT NULL,
                    rate TEXT NOT NULL,
                    change TEXT NOT NULL,
                    PRIMARY KEY (path, position)
                );
                CREATE VIRTUAL TABLE article_fts USING fts5(
                    title, body,
                    content='article', content_rowid='seq',
                    tokenize='porter unicode61 remove_diacritics 2'
                );
                CREATE TRIGGER article_ad AFTER DELETE ON article BEGIN
                    INSERT INTO article_fts(article_fts, rowid, title, body) VALUES ('delete', old.seq, old.title, old.body);
                END;
                """)
        }
        migrator.registerMigration("v2") { db in
            try db.execute(sql: """
                CREATE TABLE note (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    articleId TEXT NOT NULL,
                    text TEXT NOT NULL,
                    tags TEXT NOT NULL,
                    quote TEXT,
                    quoteBefore TEXT,
                    quoteAfter TEXT,
                    created TEXT NOT NULL
                );
                CREATE INDEX note_articleId ON note(articleId);
                CREATE TABLE journalSession (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    started TEXT NOT NULL,
                    nextNote INTEGER NOT NULL,
                    savedAs TEXT,
                    closed INTEGER NOT NULL DEFAULT 0
                );
                CREATE TABLE journalEntry (
                    session INTEGER NOT NULL REFERENCES journalSession(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    input TEXT NOT NULL,
                    output TEXT NOT NULL,
                    PRIMARY KEY (session, position)
                );
                CREATE VIRTUAL TABLE note_fts USING fts5(
                    text, quote, content='note', content_rowid='id',
                    tokenize='porter unicode61 remove_diacritics 2'
                );
                CREATE TRIGGER note_ai AFTER INSERT ON note BEGIN
                    INSERT INTO note_fts(rowid, text, quote) VALUES (new.id, new.text, new.quote);
                END;
                CREATE TRIGGER note_ad AFTER DELETE ON note BEGIN
                    INSERT INTO note_fts(note_fts, rowid, text, quote) VALUES ('delete', old.id, old.text, old.quote);
                END;
                CREATE TRIGGER note_au AFTER UPDATE ON note BEGIN
                    INSERT INTO note_fts(note_fts, rowid, text, quote) VALUES ('delete', old.id, old.text, old.quote);
                    INSERT INTO note_fts(rowid, text, quote) VALUES (new.id, new.text, new.quote);
                END;
                """)
        }
        migrator.registerMigration("v3") { db in
            try db.execute(sql: """
                CREATE TABLE timeEvent (
                    articleId TEXT NOT NULL,
                    offset INTEGER NOT NULL,
                    length INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    value TEXT NOT NULL,
                    start TEXT,
                    end TEXT,
                    granularity TEXT NOT NULL,
                    sentenceStart INTEGER NOT NULL,
                    sentenceLength INTEGER NOT NULL,
                    PRIMARY KEY (articleId, offset)
                ) WITHOUT ROWID;
                CREATE INDEX timeEvent_start ON timeEvent(start);
                CREATE TRIGGER article_ad_events AFTER DELETE ON article BEGIN
                    DELETE FROM timeEvent WHERE articleId = old.id;
                END;
                UPDATE sourceFile SET size = -1, hash = '';
                """)
        }
        migrator.registerMigration("v4") { db in
            try db.execute(sql: """
                CREATE TABLE entity (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    UNIQUE (name, kind)
                );
                CREATE INDEX entity_name ON entity(name COLLATE NOCASE);
                CREATE TABLE mention (
                    article INTEGER NOT NULL,
                    offset INTEGER NOT NULL,
                    length INTEGER NOT NULL,
                    entity INTEGER NOT NULL,
                    PRIMARY KEY (article, offset, entity)
                ) WITHOUT ROWID;
                CREATE INDEX mention_entity ON mention(entity);
                CREATE TABLE acronym (
                    short TEXT NOT NULL,
                    long TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    articleId TEXT NOT NULL,
                    PRIMARY KEY (short, articleId)
                ) WITHOUT ROWID;
                CREATE TABLE alias (
                    name TEXT PRIMARY KEY,
                    target TEXT NOT NULL
                );
                CREATE TABLE setting (
                    key TEXT PRIMARY KEY,
                    value TEXT NOT NULL
                );
                CREATE TRIGGER article_ad_mentions AFTER DELETE ON article BEGIN
                    DELETE FROM mention WHERE article = old.seq;
                    DELETE FROM acronym WHERE articleId = old.id;
                END;
                UPDATE sourceFile SET size = -1, hash = '';
                """)
        }
        migrator.registerMigration("v5") { db in
            // Events and sources keyed by the article's integer seq: ingest appends to them instead of
            // inserting at random places in a large index. Acronyms and mentions put their key columns first, as SQLite
            // 3.40's integrity check misreads WITHOUT ROWID tables whose key columns are not the leading ones.
            try db.execute(sql: """
                CREATE TABLE articleSource_v5 (
                    article INTEGER NOT NULL,
                    path TEXT NOT NULL REFERENCES sourceFile(path) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    PRIMARY KEY (article, path)
                ) WITHOUT ROWID;
                INSERT INTO articleSource_v5 (article, path, position)
                    SELECT a.seq, s.path, s.position FROM articleSource s JOIN article a ON a.id = s.articleId;
                DROP TABLE articleSource;
                ALTER TABLE articleSource_v5 RENAME TO articleSource;
                CREATE INDEX articleSource_path ON articleSource(path);
                DROP TRIGGER article_ad_events;
                DROP TABLE timeEvent;
                CREATE TABLE timeEvent (
                    article INTEGER NOT NULL,
                    offset INTEGER NOT NULL,
                    length INTEGER NOT NULL,
                    value TEXT NOT NULL,
                    start TEXT,
                    end TEXT,
                    granularity TEXT NOT NULL,
                    sentenceStart INTEGER NOT NULL,
                    sentenceLength INTEGER NOT NULL,
                    sentenceByteStart INTEGER,
                    sentenceByteLength INTEGER,
                    PRIMARY KEY (article, offset)
                ) WITHOUT ROWID;
                CREATE INDEX timeEvent_start ON timeEvent(start);
                CREATE TRIGGER article_ad_events AFTER DELETE ON article BEGIN
                    DELETE FROM timeEvent WHERE article = old.seq;
                END;
                CREATE TABLE acronym_v5 (
                    short TEXT NOT NULL,
                    articleId TEXT NOT NULL,
                    long TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    PRIMARY KEY (short, articleId)
                ) WITHOUT ROWID;
                INSERT INTO acronym_v5 (short, articleId, long, kind) SELECT short, articleId, long, kind FROM acronym;
                CREATE TABLE mention_v5 (
                    article INTEGER NOT NULL,
                    offset INTEGER NOT NULL,
                    entity INTEGER NOT NULL,
                    length INTEGER NOT NULL,
                    PRIMARY KEY (article, offset, entity)
                ) WITHOUT ROWID;
                INSERT INTO mention_v5 (article, offset, entity, length) SELECT article, offset, entity, length FROM mention;
                DROP TRIGGER article_ad_mentions;
                DROP TABLE acronym;
                ALTER TABLE acronym_v5 RENAME TO acronym;
                DROP TABLE mention;
                ALTER TABLE mention_v5 RENAME TO mention;
                CREATE INDEX mention_entity ON mention(entity);
                CREATE TRIGGER article_ad_mentions AFTER DELETE ON article BEGIN
                    DELETE FROM mention WHERE article = old.seq;
                    DELETE FROM acronym WHERE articleId = old.id;
                END;
                UPDATE sourceFile SET size = -1, hash = '';
                """)
        }
        migrator.registerMigration("v6") { db in
            try db.execute(sql: """
                ALTER TABLE journalEntry ADD COLUMN value TEXT;
                ALTER TABLE journalEntry ADD COLUMN valueVersion INTEGER;
                """)
        }
        migrator.registerMigration("v7", migrate: Schema.v7)
        // Where each term of the search index occurs, read from the index itself: see <https://sqlite.org/fts5.html#the_fts5vocab_virtual_table_module>.
        migrator.registerMigration("v8") { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE article_instance USING fts5vocab(article_fts, instance)")
        }
        // Aliases Folio finds itself (a surname to the one person of that name), beside the analyst's, which win.
        migrator.registerMigration("v9") { db in
            try db.execute(sql: "ALTER TABLE alias ADD COLUMN automatic INTEGER NOT NULL DEFAULT 0")
        }
        // A surname alone that the article's period or source gives to one of several people: the mention names
        // that person, and `linkedFrom` keeps the surname's entity, so that the links can be found again. Each
        // mention's text as written (`form`, into `mentionForm`), so that counting a name reads no article.
        migrator.registerMigration("v10") { db in
            try db.execute(sql: """
                ALTER TABLE mention ADD COLUMN linkedFrom INTEGER;
                CREATE INDEX mention_linked ON mention(linkedFrom) WHERE linkedFrom IS NOT NULL;
                CREATE TABLE mentionForm (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE);
                ALTER TABLE mention ADD COLUMN form INTEGER;
                """)
        }
        // Where each date's year came from (`explicit`, `publication`, `narrative` or `unknown`), and the offset of
        // the earlier date it was taken from, for `timeline --explain`. The analysis revision re-reads every file.
        migrator.registerMigration("v11") { db in
            try db.execute(sql: """
                ALTER TABLE timeEvent ADD COLUMN anchor TEXT;
                ALTER TABLE timeEvent ADD COLUMN anchorOffset INTEGER;
                """)
        }
        return migrator
    }
}
