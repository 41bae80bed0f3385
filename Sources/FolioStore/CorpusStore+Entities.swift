import FolioCore
import GRDB

extension CorpusStore {
    /// Stores mentions and acronym definitions; an article already indexed from another file keeps its own.
    /// `entities` caches entity ids across the batches of one load.
    static func insertEntities(
        _ analyses: [(article: Int64, analysis: ArticleAnalysis)], entities: inout [EntityKey: Int64], _ db: Database
    ) throws {
        let entity = try db.cachedStatement(sql: "INSERT INTO entity (name, kind) VALUES (?, ?) ON CONFLICT DO NOTHING")
        let existing = try db.cachedStatement(sql: "SELECT id FROM entity WHERE name = ? AND kind = ?")
        let form = try db.cachedStatement(sql: "INSERT INTO mentionForm (text) VALUES (?) ON CONFLICT DO NOTHING")
        let existingForm = try db.cachedStatement(sql: "SELECT id FROM mentionForm WHERE text = ?")
        var mention = try RowInserter(db, sql: "INSERT OR IGNORE INTO mention (article, field, offset, length, entity, form) VALUES (?, ?, ?, ?, ?, ?)")
        var forms: [String: Int64] = [:]
        let acronym = try db.cachedStatement(sql: "INSERT OR IGNORE INTO acronym (short, long, kind, articleId) VALUES (?, ?, ?, ?)")
        for (article, analysis) in analyses {
            for found in analysis.mentions {
                let key = EntityKey(name: found.name, kind: found.kind)
                var id = entities[key]
                if id == nil {
                    try entity.execute(arguments: [found.name, found.kind.rawValue])
                    id = db.changesCount > 0 ? db.lastInsertedRowID : try Int64.fetchOne(existing, arguments: [found.name, found.kind.rawValue])
                    entities[key] = id
                }
                guard let id else { continue }
                var formID = forms[found.text]
                if formID == nil {
                    try form.execute(arguments: [found.text])
                    formID = db.changesCount > 0 ? db.lastInsertedRowID : try Int64.fetchOne(existingForm, arguments: [found.text])
                    forms[found.text] = formID
                }
                mention.bind(article)
                mention.bind(found.field.rawValue)
                mention.bind(found.offset)
                mention.bind(found.length)
                mention.bind(id)
                mention.bind(formID)
                try mention.run()
            }
            for definition in analysis.acronyms {
                let kind = analysis.mentions.last { $0.name == definition.long }?.kind.rawValue ?? "org"
                try acronym.execute(arguments: [definition.short, definition.long, kind, analysis.article.hex])
            }
        }
    }

    struct EntityKey: Hashable {
        let name: String
        let kind: EntityMention.Kind
    }

    /// Mentions with their entity's name after the corpus's acronym definitions and the analyst's aliases:
    /// a `CSTO` some article defines counts as the Collective Security Treaty Organization everywhere.
    /// `condition` filters the stored mentions (alias `m`) before they are resolved, so it can use their indexes.
    /// Columns: articleId, article, field, offset, length, form, name, kind.
    static func resolvedMentions(where condition: String = "1") -> String {
        """
        WITH \(definedAcronyms),
        resolved AS (
            SELECT a.id AS articleId, m.article, m.field, m.offset, m.length, m.form,
                   \(resolvedName) AS name, \(resolvedKind) AS kind
            FROM mention m
            JOIN entity e ON e.id = m.entity
            JOIN article a ON a.seq = m.article
            \(resolvingJoins)
            WHERE \(condition)
        )
        """
    }

    /// The parts of a query that resolve an entity `e` as ``resolvedMentions(where:)`` does: the `defined`
    /// table of a CTE, the joins, and the resolved name and kind.
    static let definedAcronyms = "defined AS (SELECT short, MIN(long) AS long, MIN(kind) AS kind FROM acronym GROUP BY short)"
    static let resolvingJoins = """
        LEFT JOIN defined d ON e.kind = 'acronym' AND d.short = e.name
        LEFT JOIN alias ON alias.name = CASE WHEN e.kind = 'acronym' THEN COALESCE(d.long, e.name) ELSE e.name END
        """
    static let resolvedName = "COALESCE(alias.target, CASE WHEN e.kind = 'acronym' THEN COALESCE(d.long, e.name) ELSE e.name END)"
    static let resolvedKind = "CASE WHEN e.kind = 'acronym' THEN COALESCE(d.kind, 'org') ELSE e.kind END"

    /// Restricts ``resolvedMentions(where:)`` to articles given as a JSON array of ids.
    static let inArticles = "m.article IN (SELECT seq FROM article WHERE id IN (SELECT value FROM json_each(?)))"

    /// Entities by mentions, most mentioned first, ties by name; `articles`, when given, keeps the mentions in them.
    public func entities(kind: EntityMention.Kind? = nil, in articles: [ArticleID]? = nil, limit: Int) throws -> [EntitySummary] {
        try read("listing entities") { db in
            var arguments: [any DatabaseValueConvertible] = []
            var filter = "1"
            if let articles {
                filter = Self.inArticles
                arguments.append(JSONText.array(articles.map(\.hex)))
            }
            var having = ""
            if let kind {
                having = "HAVING kind = ?"
                arguments.append(kind.rawValue)
            }
            arguments.append(limit)
            let rows = try Row.fetchAll(db, sql: """
                \(Self.resolvedMentions(where: filter))
                SELECT name, MIN(kind) AS kind, COUNT(*) AS mentions, COUNT(DISTINCT article) AS articles
                FROM resolved GROUP BY name \(having) ORDER BY mentions DESC, name LIMIT ?
                """, arguments: StatementArguments(arguments))
            let aliases = try aliasesByTarget(db)
            return rows.map { row in
                let name: String = row["name"]
                return EntitySummary(
                    name: name, kind: EntityMention.Kind(rawValue: row["kind"]) ?? .org, mentions: row["mentions"],
                    articles: row["articles"], aliases: aliases[name] ?? [])
            }
        }
    }

    /// Alias names, defined acronyms and surnames linked by context, by the entity they name.
    func aliasesByTarget(_ db: Database) throws -> [String: [String]] {
        var aliases: [String: Set<String>] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT name, target FROM alias") {
            aliases[row["target"], default: []].insert(row["name"])
        }
        for row in try Row.fetchAll(db, sql: "SELECT DISTINCT short, long FROM acronym") {
            aliases[row["long"], default: []].insert(row["short"])
        }
        // A shared surname that an article's period or source gave to a person (`Baker` for James Baker).
        for row in try Row.fetchAll(db, sql: """
            SELECT DISTINCT f.name AS form, t.name AS target FROM mention m JOIN entity f ON f.id = m.linkedFrom JOIN entity t ON t.id = m.entity
            WHERE m.linkedFrom IS NOT NULL
            """) {
            aliases[row["target"], default: []].insert(row["form"])
        }
        return aliases.mapValues { $0.sorted() }
    }

    /// The entity a name stands for, whatever its case: an entity's own name, an alias, a defined acronym, or,
    /// `bySurname`, the most mentioned person of that surname (`Tasmagambetov`).
    public func entityName(matching text: String, bySurname: Bool = true) throws -> String? {
        try read("looking up an entity") { db in
            if let target = try String.fetchOne(db, sql: "SELECT target FROM alias WHERE name = ? COLLATE NOCASE", arguments: [text]) {
                return target
            }
            if let long = try String.fetchOne(db, sql: "SELECT MIN(long) FROM acronym WHERE short = ? COLLATE NOCASE", arguments: [text]) {
                return try String.fetchOne(db, sql: "SELECT target FROM alias WHERE name = ?", arguments: [long]) ?? long
            }
            let stored = try String.fetchAll(db, sql: """
                SELECT name FROM entity e WHERE name = ? COLLATE NOCASE AND EXISTS (SELECT 1 FROM mention WHERE entity = e.id)
                """, arguments: [text])
            var name = stored.first(where: { $0 == text }) ?? stored.sorted().first
            if name == nil, bySurname {
                name = try String.fetchOne(db, sql: """
                    SELECT e.name FROM entity e JOIN mention m ON m.entity = e.id
                    WHERE e.kind = 'person' AND e.name LIKE '% ' || ? ESCAPE '\\' GROUP BY e.name ORDER BY COUNT(*) DESC, e.name LIMIT 1
                    """, arguments: [Self.escapingLike(text)])
            }
            guard let name else { return nil }
            return try String.fetchOne(db, sql: "SELECT target FROM alias WHERE name = ?", arguments: [name]) ?? name
        }
    }

    /// The people whose name, after aliases, ends in the word `surname` (`Baker`: `James Baker`, `Howard Baker`),
    /// with the articles that mention each, most first, ties by name.
    public func people(withSurname surname: String) throws -> [(name: String, articles: Int)] {
        try read("looking up a surname") { db in
            try Row.fetchAll(db, sql: """
                \(Self.resolvedMentions(where: "m.entity IN (SELECT id FROM entity WHERE kind = 'person' AND name LIKE '% ' || ?1 ESCAPE '\\')"))
                SELECT name, COUNT(DISTINCT article) AS articles FROM resolved
                WHERE kind = 'person' AND name LIKE '% ' || ?1 ESCAPE '\\' GROUP BY name ORDER BY articles DESC, name
                """, arguments: [Self.escapingLike(surname)]).map { ($0[0], $0[1]) }
        }
    }

    /// The resolved mentions of some articles: name, kind and offset, by article.
    public func mentions(in articles: [ArticleID]) throws -> [ArticleID: [(name: String, kind: EntityMention.Kind, offset: Int)]] {
        try read("finding mentions") { db in
            var found: [ArticleID: [(name: String, kind: EntityMention.Kind, offset: Int)]] = [:]
            let rows = try Row.fetchAll(db, sql: """
                \(Self.resolvedMentions(where: Self.inArticles))
                SELECT articleId, name, kind, offset FROM resolved ORDER BY article, offset
                """, arguments: [JSONText.array(articles.map(\.hex))])
            for row in rows {
                found[ArticleID(hex: row[0]), default: []].append((row[1], EntityMention.Kind(rawValue: row[2]) ?? .org, row[3]))
            }
            return found
        }
    }

    /// For each set of articles, the entities mentioned in the most of them, with that number of articles, ties
    /// by name; `excluding` names are left out. SQLite counts the articles of each stored entity; the counts are
    /// then resolved to names in memory, one entity at a time rather than one mention at a time, once for all sets.
    public func cooccurring(in sides: [[Int64]], excluding: [String], limit: Int) throws -> [[(name: String, kind: EntityMention.Kind, articles: Int)]] {
        try read("finding co-mentioned entities") { db in
            let names = try resolvedNames(db)
            return try sides.map { try Self.cooccurring(in: $0, names: names, excluding: excluding, limit: limit, db) }
        }
    }

    static func cooccurring(
        in articles: [Int64], names: ResolvedNames, excluding: [String], limit: Int, _ db: Database
    ) throws -> [(name: String, kind: EntityMention.Kind, articles: Int)] {
        let excluded = Set(excluding.compactMap { names.indexOfName[$0] })
        // Rows come by article, so a name's articles are counted by remembering the last one it was seen in.
        var counts = Array(repeating: 0, count: names.names.count)
        var lastArticle = Array(repeating: Int64(-1), count: names.names.count)
        try RowScanner(db, sql: """
            SELECT entity, article FROM mention WHERE article IN (SELECT value FROM json_each(?)) ORDER BY article
            """, arguments: [Self.seqArray(articles)]).forEachPair { entity, article in
            let index = Int(names.name(ofEntity: entity))
            guard index >= 0, lastArticle[index] != article else { return }
            lastArticle[index] = article
            counts[index] += 1
        }
        return counts.indices.filter { counts[$0] > 0 && !excluded.contains(Int32($0)) }
            .sorted { (counts[$1], names.names[$0]) < (counts[$0], names.names[$1]) }
            .prefix(limit).map { (name: names.names[$0], kind: names.kinds[$0], articles: counts[$0]) }
    }

    /// Makes `name` count as `target`, replacing any alias `name` had.
    public func setAlias(_ name: String, to target: String) throws {
        try write("saving the alias") { db in
            try db.execute(sql: """
                INSERT INTO alias (name, target, automatic) VALUES (?, ?, 0)
                ON CONFLICT(name) DO UPDATE SET target = excluded.target, automatic = 0
                """, arguments: [name, target])
            try db.execute(sql: "UPDATE alias SET target = ? WHERE target = ?", arguments: [target, name])
        }
    }

    public func aliases() throws -> [(name: String, target: String)] {
        try read("listing aliases") { db in
            try Row.fetchAll(db, sql: "SELECT name, target FROM alias WHERE automatic = 0 ORDER BY target, name").map { ($0[0], $0[1]) }
        }
    }

    /// The names of people as the tagger stored them, with the articles that mention each.
    public func personNames() throws -> [(name: String, articles: Int)] {
        try read("listing people") { db in
            try Row.fetchAll(db, sql: """
                SELECT e.name, COUNT(DISTINCT m.article) FROM entity e JOIN mention m ON COALESCE(m.linkedFrom, m.entity) = e.id
                WHERE e.kind = 'person' GROUP BY e.name ORDER BY e.name
                """).map { ($0[0], $0[1]) }
        }
    }

    /// Whether `name` is linked by Folio itself, not by the analyst.
    public func isAutomaticAlias(_ name: String) throws -> Bool {
        try read("looking up an alias") { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM alias WHERE name = ? COLLATE NOCASE AND automatic = 1)", arguments: [name]) ?? false
        }
    }

    /// Replaces the aliases Folio found itself with `links`; a name the analyst aliased keeps the analyst's.
    /// Returns whether any changed.
    @discardableResult
    public func setAutomaticAliases(_ links: [(name: String, target: String)]) throws -> Bool {
        try write("linking names") { db in
            let before = try Row.fetchAll(db, sql: "SELECT name, target FROM alias WHERE automatic = 1 ORDER BY name").map { "\($0[0] as String)\t\($0[1] as String)" }
            try db.execute(sql: "DELETE FROM alias WHERE automatic = 1")
            let insert = try db.cachedStatement(sql: "INSERT OR IGNORE INTO alias (name, target, automatic) VALUES (?, ?, 1)")
            for link in links { try insert.execute(arguments: [link.name, link.target]) }
            let after = try Row.fetchAll(db, sql: "SELECT name, target FROM alias WHERE automatic = 1 ORDER BY name").map { "\($0[0] as String)\t\($0[1] as String)" }
            return before != after
        }
    }

    public func setting(_ key: String) throws -> String? {
        try read("reading a setting") { db in try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key]) }
    }

    public func setSetting(_ key: String, to value: String) throws {
        try write("saving a setting") { db in
            try db.execute(sql: "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", arguments: [key, value])
        }
    }

    /// Makes the next load read every file again, as when the taggers have changed.
    public func forgetFileStates() throws {
        try write("marking files for a new reading") { db in try db.execute(sql: "UPDATE sourceFile SET size = -1, hash = ''") }
    }
}

extension CorpusStore {
    /// Some articles' ids in corpus order.
    public func articleIDs(inOrder articles: [ArticleID]) throws -> [ArticleID] {
        try read("ordering articles") { db in
            try String.fetchAll(db, sql: "SELECT id FROM article WHERE id IN (SELECT value FROM json_each(?)) ORDER BY seq",
                                arguments: [JSONText.array(articles.map(\.hex))]).map(ArticleID.init(hex:))
        }
    }

    /// The seqs of some articles, in corpus order.
    public func seqs(of articles: [ArticleID]) throws -> [Int64] {
        try read("finding articles") { db in
            try Int64.fetchAll(db, sql: "SELECT seq FROM article WHERE id IN (SELECT value FROM json_each(?)) ORDER BY seq",
                               arguments: [JSONText.array(articles.map(\.hex))])
        }
    }

    /// A JSON array of seqs or other row ids, for `json_each`.
    static func seqArray(_ seqs: [Int64]) -> String {
        "[" + seqs.map(String.init).joined(separator: ",") + "]"
    }

    /// The titles of some articles, in corpus order, with no body read.
    public func titles(of seqs: [Int64]) throws -> [(id: ArticleID, title: String)] {
        try read("reading titles") { db in
            try Row.fetchAll(db, sql: """
                SELECT id, title FROM article WHERE seq IN (SELECT value FROM json_each(?)) ORDER BY seq
                """, arguments: [Self.seqArray(seqs)]).map { (ArticleID(hex: $0[0]), $0[1]) }
        }
    }

    /// Titles and bodies of some articles, in corpus order.
    public func texts(of articles: [ArticleID]) throws -> [(id: ArticleID, title: String, body: String)] {
        try read("reading articles") { db in
            try Row.fetchAll(db, sql: """
                SELECT id, title, body FROM article WHERE id IN (SELECT value FROM json_each(?)) ORDER BY seq
                """, arguments: [JSONText.array(articles.map(\.hex))]).map { (ArticleID(hex: $0[0]), $0[1], $0[2]) }
        }
    }

    /// The first and last day the timeline's events of some articles cover, and how many events have a known year;
    /// only the granularities the timeline's chart counts are taken (``TimeExpression/Granularity/isCharted``).
    public func dateSpan(of articles: [Int64]) throws -> (start: String?, end: String?, events: Int) {
        try read("reading the timeline") { db in
            let charted = "article IN (SELECT value FROM json_each(?1)) AND granularity IN (SELECT value FROM json_each(?2)) AND start IS NOT NULL"
            let row = try Row.fetchOne(db, sql: """
                SELECT (SELECT start FROM timeEvent WHERE \(charted) ORDER BY \(Self.chronological("start")) LIMIT 1),
                       (SELECT end FROM timeEvent WHERE \(charted) ORDER BY \(Self.chronological("end")) DESC LIMIT 1),
                       (SELECT COUNT(*) FROM timeEvent WHERE \(charted))
                """, arguments: [Self.seqArray(articles), JSONText.array(TimeExpression.Granularity.allCases.filter(\.isCharted).map(\.rawValue))])
            return (row?[0], row?[1], row?[2] ?? 0)
        }
    }

    /// The dated values of an article's events that have a known year, each once.
    public func eventValues(of article: ArticleID) throws -> Set<String> {
        try read("reading the timeline") { db in
            Set(try String.fetchAll(db, sql: "SELECT DISTINCT value FROM timeEvent e JOIN article a ON a.seq = e.article WHERE a.id = ? AND e.start IS NOT NULL", arguments: [article.hex]))
        }
    }
}
