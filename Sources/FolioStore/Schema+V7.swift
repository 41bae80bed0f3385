import GRDB

extension Schema {
    /// The workspace as a library: the paths it was given (`source`), the warnings each file raised, articles
    /// unloaded by id, the files Folio wrote (never read as articles), a key that finds an excerpt's full article (`lead`), scripts apart from sessions in the
    /// journal, and mentions and events of titles (`field` 1) beside those of bodies (0).
    /// Workspaces of v6 adopt the files they hold as their sources, as files.
    static func v7(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE source (
                path TEXT PRIMARY KEY,
                displayName TEXT NOT NULL,
                kind TEXT NOT NULL,
                mapping TEXT,
                added TEXT NOT NULL,
                loaded TEXT
            );
            INSERT INTO source (path, displayName, kind, added, loaded)
                SELECT path, displayName, CASE WHEN displayName LIKE 'bundled/%' THEN 'bundled' ELSE 'file' END, '', NULL
                FROM sourceFile;
            ALTER TABLE sourceFile ADD COLUMN source TEXT;
            UPDATE sourceFile SET source = path;
            CREATE TABLE loadWarning (
                path TEXT NOT NULL REFERENCES sourceFile(path) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                line INTEGER,
                message TEXT NOT NULL,
                PRIMARY KEY (path, position)
            );
            CREATE TABLE written (path TEXT PRIMARY KEY);
            CREATE TABLE unloaded (id TEXT NOT NULL, path TEXT NOT NULL, PRIMARY KEY (id, path)) WITHOUT ROWID;
            ALTER TABLE articleSource ADD COLUMN merged INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE article ADD COLUMN lead INTEGER;
            CREATE INDEX article_lead ON article(lead) WHERE lead IS NOT NULL;
            CREATE INDEX article_excerpt ON article(lead) WHERE isExcerpt = 1;
            ALTER TABLE journalSession ADD COLUMN kind TEXT NOT NULL DEFAULT 'session';
            ALTER TABLE journalSession ADD COLUMN offered INTEGER NOT NULL DEFAULT 0;
            DROP TRIGGER article_ad_mentions;
            DROP TABLE mention;
            CREATE TABLE mention (
                article INTEGER NOT NULL,
                field INTEGER NOT NULL,
                offset INTEGER NOT NULL,
                entity INTEGER NOT NULL,
                length INTEGER NOT NULL,
                PRIMARY KEY (article, field, offset, entity)
            ) WITHOUT ROWID;
            CREATE INDEX mention_entity ON mention(entity);
            CREATE TRIGGER article_ad_mentions AFTER DELETE ON article BEGIN
                DELETE FROM mention WHERE article = old.seq;
                DELETE FROM acronym WHERE articleId = old.id;
            END;
            DROP TRIGGER article_ad_events;
            DROP TABLE timeEvent;
            CREATE TABLE timeEvent (
                article INTEGER NOT NULL,
                field INTEGER NOT NULL,
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
                PRIMARY KEY (article, field, offset)
            ) WITHOUT ROWID;
            CREATE INDEX timeEvent_start ON timeEvent(start);
            CREATE TRIGGER article_ad_events AFTER DELETE ON article BEGIN
                DELETE FROM timeEvent WHERE article = old.seq;
            END;
            UPDATE sourceFile SET size = -1, hash = '';
            """)
    }
}
