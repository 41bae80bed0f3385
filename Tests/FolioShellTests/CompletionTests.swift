import FolioCommands
import FolioSession
import Testing
@testable import FolioShell

/// Tab completion comes from the registry's models: every command, option and listed value completes.
@Suite struct CompletionTests {
    let completer = Completer(
        registry: .folio, articleIDs: { ["13be2d", "6edab6", "f7e41c"] }, entityWords: { ["Kazakhstan", "Kyrgyzstan", "Tasmagambetov"] })

    func candidates(_ text: String) -> [String] {
        let completion = completer.complete(text)
        guard completion.candidates.isEmpty else { return completion.candidates }
        let typed = text.last?.isWhitespace == false ? String(text.split(separator: " ").last ?? "") : ""
        return completion.insertion.isEmpty ? [] : [typed + completion.insertion.trimmingCharacters(in: .whitespaces)]
    }

    @Test(arguments: CommandRegistry.folio.models.map(\.name))
    func everyCommandItsOptionsAndTheirValuesComplete(name: String) throws {
        let model = try #require(CommandRegistry.folio.command(named: name)?.model)
        #expect(candidates(String(name.prefix(2))).contains(name), "\(name) completes from its first letters")
        for option in model.options {
            #expect(candidates("\(name) \(option.name.prefix(3))").contains(option.name), "\(name) \(option.name)")
            if !option.values.isEmpty {
                #expect(candidates("\(name) \(option.name) ") == option.values.sorted(), "\(name) \(option.name) offers its values")
            }
        }
        if let first = model.positionals.first, !first.values.isEmpty {
            #expect(candidates("\(name) ") == first.values.sorted())
        }
    }

    @Test func articlesAndEntitiesCompleteWhereAnArgumentNamesThem() {
        #expect(candidates("show ") == ["13be2d", "6edab6", "f7e41c"])
        #expect(candidates("note 6") == ["6edab6"])
        #expect(candidates("date f") == ["f7e41c"])
        #expect(candidates("kwic Ka") == ["Kazakhstan"])
        #expect(candidates("compare Kazakhstan K") == ["Kazakhstan", "Kyrgyzstan"])
        #expect(candidates("export ") == ["csv", "html", "json", "md"])
        #expect(candidates("entities --type ") == ["org", "person", "place"])
        #expect(candidates("timeline --by m") == ["month"])
        #expect(candidates("help ti") == ["timeline"])
        #expect(candidates("find --limit ").isEmpty, "a number has nothing to complete")
        #expect(candidates("e").sorted() == ["entities", "exit", "export"])
    }
}
