import FolioCore
import Foundation

/// One line's result: the command's name, and its output or the error that stopped it.
public struct CommandOutcome: Sendable {
    public var name: String
    public var result: Result<any CommandOutput, CommandFailure>

    public init(name: String, result: Result<any CommandOutput, CommandFailure>) {
        self.name = name
        self.result = result
    }

    public var isFailure: Bool {
        if case .failure = result { return true }
        return false
    }

    public var output: (any CommandOutput)? {
        if case .success(let output) = result { return output }
        return nil
    }

    /// The outcome as text: the output, or `error: message`.
    public func text(in style: OutputStyle) -> String {
        switch result {
        case .success(let output): return output.text(in: style)
        case .failure(let failure): return style.text.warning("error:") + " " + failure.message + "\n"
        }
    }

    /// The outcome as a session saves it: plain text at 100 columns, without the last newline.
    public func savedText(idLength: Int) -> String {
        let text = text(in: .plain(idLength: idLength))
        return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }

    /// One JSON object with `command` and the output's fields, or `error`; keys sorted, so that it is stable.
    public func json(pretty: Bool = false) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(Encoded(outcome: self)) else { return "{\"command\":\(JSONText.quoted(name))}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The value a session keeps beside the text.
    public var recordedValue: RecordedValue { RecordedValue(json: json()) }

    private struct Encoded: Encodable {
        let outcome: CommandOutcome

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Head.Key.self)
            try container.encode(outcome.name, forKey: .command)
            switch outcome.result {
            case .success(let output): try output.encode(to: encoder)
            case .failure(let failure): try container.encode(failure, forKey: .error)
            }
        }
    }

    /// What every outcome's JSON has: the command, and the error when it failed.
    struct Head: Decodable {
        enum Key: String, CodingKey { case command, error }

        var command: String
        var error: CommandFailure.Fields?
    }
}

/// A failed command's error, kept with its type: its code, its message, and its position in the typed text.
public struct CommandFailure: Error, Sendable, Encodable {
    public let error: any FolioError

    public init(_ error: Error) {
        self.error = error as? FolioError ?? RecordedError(code: .io, message: String(describing: error), position: nil)
    }

    public var code: ErrorCode { error.code }
    public var message: String { error.description }
    public var position: Int? { error.position }

    struct Fields: Codable {
        enum Key: String, CodingKey { case code, message, position }

        var code: ErrorCode?
        var message: String
        var position: Int?

        init(code: ErrorCode?, message: String, position: Int?) {
            self.code = code
            self.message = message
            self.position = position
        }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            code = try container.decodeIfPresent(ErrorCode.self, forKey: .code)
            message = try container.decode(String.self, forKey: .message)
            position = try container.decodeIfPresent(Int.self, forKey: .position)
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(code, forKey: .code)
            try container.encode(message, forKey: .message)
            try container.encode(position, forKey: .position)
        }
    }

    public func encode(to encoder: Encoder) throws {
        try Fields(code: code, message: message, position: position).encode(to: encoder)
    }
}

/// An error as a saved session keeps it, read back.
struct RecordedError: FolioError {
    var code: ErrorCode
    var message: String
    var position: Int?

    init(code: ErrorCode, message: String, position: Int?) {
        self.code = code
        self.message = message
        self.position = position
    }

    init(_ fields: CommandFailure.Fields) {
        self.init(code: fields.code ?? .usage, message: fields.message, position: fields.position)
    }

    var description: String { message }
}
