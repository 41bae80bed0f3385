import FolioCore
import FolioSession
import PropertyBased
import Testing
@testable import FolioCommands

/// For every registered command: a line built from generated argument values parses, prints in canonical form,
/// and parses again to the same value; printing that value gives the same line.
@Suite struct RoundTripTests {
    static let registry = CommandRegistry.folio

    @Test(arguments: registry.models.map(\.name))
    func printingAndParsingAgainGivesTheSameCommand(name: String) async throws {
        let model = try #require(Self.registry.command(named: name)?.model)
        let parsed = Counter()
        await propertyCheck(count: 200, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            var random = SplitMix(seed: UInt64(seed))
            let line = try #require(Self.line(for: model, using: &random), "no generator for an argument of \(name)")
            guard let command = try? Self.registry.parse(line) else { return }
            parsed.count += 1
            let printed = command.canonical(in: .verbatim)
            let again = try #require(try Self.registry.parse(printed), "\(printed) does not parse")
            #expect(Self.arguments(of: again) == Self.arguments(of: command), "\(line) printed as \(printed)")
            #expect(again.canonical(in: .verbatim) == printed)
        }
        #expect(parsed.count >= 20, "only \(parsed.count) of 200 generated lines of \(name) were valid")
    }

    /// Every stored argument of a command, as text, by property.
    static func arguments(of command: any FolioCommand) -> [String: String] {
        var fields: [String: String] = [:]
        for child in Mirror(reflecting: command).children {
            fields[child.label ?? ""] = String(describing: child.value)
        }
        return fields
    }

    /// A line for `model` in canonical syntax: its positional values, then some of its options in a random order.
    static func line(for model: CommandModel, using random: inout SplitMix) -> String? {
        var words = [model.name]
        for positional in model.positionals {
            guard let value = value(named: positional.valueName, values: positional.values, using: &random) else { return nil }
            if positional.isOptional, random.next() % 4 == 0 { continue }
            words.append(value)
        }
        var options: [String] = []
        for option in model.options where random.next() % 2 == 0 {
            if option.isFlag {
                options.append(option.name)
            } else {
                guard let value = value(named: option.valueName ?? "", values: option.values, using: &random) else { return nil }
                options += [option.name, value]
            }
        }
        return (words + options).joined(separator: " ")
    }

    /// A value for an argument, by the name help gives it.
    static func value(named valueName: String, values: [String], using random: inout SplitMix) -> String? {
        if !values.isEmpty { return values[Int(random.next() % UInt64(values.count))] }
        let name = valueName.trimmingCharacters(in: ["[", "]"])
        switch name {
        case "N": return String(5 + random.next() % 150)
        case "NOTE": return String(1 + random.next() % 40)
        case "DATE": return date(using: &random, precision: Int(random.next() % 3))
        case "YYYY-MM-DD": return date(using: &random, precision: 2)
        case "ID|@N": return reference(using: &random)
        case "ID|@N TEXT": return reference(using: &random) + " " + words(using: &random)
        case "QUERY", "TEXT", "QUERY|ID": return words(using: &random)
        case "PATH ...", "PATH|ID ...": return (0..<(1 + random.next() % 3)).map { _ in word(using: &random) + "/" }.joined(separator: " ")
        case "FIELD=COLUMN,…": return "body=\(word(using: &random)),date=\(word(using: &random))"
        case "WORD|\"phrase\"|ENTITY": return random.next() % 2 == 0 ? word(using: &random) : "\"\(word(using: &random)) \(word(using: &random))\""
        case "ID|@N|#tag|QUERY": return ["#" + word(using: &random), reference(using: &random), words(using: &random)][Int(random.next() % 3)]
        case "ENTITY|WORD|\"phrase\"|(QUERY)|ID": return "\(word(using: &random)) (\(words(using: &random)))"
        case "ENTITY = ENTITY": return "\(words(using: &random)) = \(word(using: &random))"
        case "COMMAND": return registry.models[Int(random.next() % UInt64(registry.models.count))].name
        case "NAME": return word(using: &random)
        case "SESSION", "NAME|PATH", "PATH", "DIR", "\"exact words\"": return "\"" + words(using: &random) + "\""
        default: return nil
        }
    }

    static func word(using random: inout SplitMix) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyzäöüёжш")
        return String((0..<(3 + random.next() % 6)).map { _ in letters[Int(random.next() % UInt64(letters.count))] })
    }

    static func words(using random: inout SplitMix) -> String {
        (0..<(1 + random.next() % 3)).map { _ in word(using: &random) }.joined(separator: " ")
    }

    static func reference(using random: inout SplitMix) -> String {
        guard random.next() % 2 == 0 else { return "@\(1 + random.next() % 9)" }
        return String((0..<6).map { _ in Array("0123456789abcdef")[Int(random.next() % 16)] })
    }

    static func date(using random: inout SplitMix, precision: Int) -> String {
        let year = 1990 + Int(random.next() % 40), month = 1 + Int(random.next() % 12), day = 1 + Int(random.next() % 28)
        let parts = [String(year), month < 10 ? "0\(month)" : "\(month)", day < 10 ? "0\(day)" : "\(day)"]
        return parts.prefix(precision + 1).joined(separator: "-")
    }

    final class Counter: @unchecked Sendable {
        var count = 0
    }
}

/// A small deterministic generator, so that a seed names one line.
struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
