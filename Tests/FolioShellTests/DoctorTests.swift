import Foundation
import GRDB
import FolioTestSupport
import Testing

@Suite struct DoctorTests {
    @Test func aSoundWorkspacePassesAndADamagedOneIsNamedInPlainWords() throws {
        let scratch = try Scratch()
        let workspace = scratch.path + "/.folio"
        #expect(try FolioBinary.run(["--workspace", workspace, "-c", "find border", "-c", "note @1 kept #border"], in: scratch.path).status == 0)
        let sound = try FolioBinary.run(["doctor", "--workspace", workspace], in: scratch.path)
        #expect(sound.status == 0)
        #expect(sound.output.contains("ok       database pages: intact"))
        #expect(sound.output.contains("ok       notes: 1, each on an article in the corpus"))
        #expect(sound.output.contains("ok       journal: every session with commands was saved"), "a -c run is a script, not a session to save")
        #expect(sound.output.hasSuffix("The workspace is sound.\n"))

        let database = try DatabaseQueue(path: workspace + "/folio.sqlite")
        try database.write { db in
            try db.execute(sql: "UPDATE note SET articleId = 'gone'")
            try db.execute(sql: "DELETE FROM article_fts_data WHERE id > 10")
        }
        try database.close()
        let damaged = try FolioBinary.run(["doctor", "--workspace", workspace], in: scratch.path)
        #expect(damaged.status == 1)
        #expect(damaged.output.contains("PROBLEM  search index: does not match the articles"))
        #expect(damaged.output.contains("note     notes: 1 of 1 are on articles no longer in the corpus"))
        #expect(!damaged.output.contains("SQLITE"))

        let none = try FolioBinary.run(["doctor", "--workspace", scratch.path + "/nowhere"], in: scratch.path)
        #expect(none.status == 2)
        #expect(none.errors.contains("there is no workspace in"))
    }
}
