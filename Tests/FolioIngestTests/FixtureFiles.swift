import Foundation
import FolioIngest

enum FixtureFiles {
    static var directory: URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures")
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: directory.appendingPathComponent(name)))
    }

    static func parse(_ name: String) throws -> ParsedSource {
        SourceReader.parse(try bytes(name), file: name, fileExtension: (name as NSString).pathExtension)
    }

    static func seedBytes() throws -> [UInt8] {
        let file = try #require(BundledCorpus.file())
        return try file.read()
    }
}

import Testing
