import FolioCore
import GRDB

/// Every stored entity's resolved name and kind, as ``CorpusStore/resolvedMentions(where:)`` resolves them, held
/// in arrays by entity id; an acronym no article defines is an organization of that name. A name's kind is the
/// least of its entities' kinds.
struct ResolvedNames {
    var names: [String] = []
    var kinds: [EntityMention.Kind] = []
    var indexOfName: [String: Int32] = [:]
    /// The index of each entity's name, by entity id; -1 for none.
    var nameOfEntity: [Int32] = []

    init(_ db: Database) throws {
        let rows = try Row.fetchCursor(db, sql: """
            WITH \(CorpusStore.definedAcronyms)
            SELECT e.id, \(CorpusStore.resolvedName), \(CorpusStore.resolvedKind) FROM entity e \(CorpusStore.resolvingJoins)
            ORDER BY e.id
            """)
        while let row = try rows.next() {
            let id: Int64 = row[0], name: String = row[1]
            let kind = EntityMention.Kind(rawValue: row[2]) ?? .org
            guard id >= 0, id < Int64(Int32.max) else { continue }
            if nameOfEntity.count <= Int(id) { nameOfEntity += Array(repeating: -1, count: Int(id) + 1 - nameOfEntity.count) }
            if let index = indexOfName[name] {
                nameOfEntity[Int(id)] = index
                if kind.rawValue < kinds[Int(index)].rawValue { kinds[Int(index)] = kind }
            } else {
                let index = Int32(names.count)
                indexOfName[name] = index
                names.append(name)
                kinds.append(kind)
                nameOfEntity[Int(id)] = index
            }
        }
    }

    func name(ofEntity id: Int64) -> Int32 {
        id >= 0 && id < Int64(nameOfEntity.count) ? nameOfEntity[Int(id)] : -1
    }
}

extension CorpusStore {
    /// The resolved names, read again after a write that may change them (see ``write(_:keepsNames:_:)``), or
    /// after another connection wrote to the workspace (`PRAGMA data_version`).
    func resolvedNames(_ db: Database) throws -> ResolvedNames {
        let version = try Int64.fetchOne(db, sql: "PRAGMA data_version") ?? 0
        if let held = resolvedNamesHeld, held.version == version { return held.names }
        let names = try ResolvedNames(db)
        resolvedNamesHeld = (version, names)
        return names
    }
}
