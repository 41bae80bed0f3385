/// Small, fast JSON text writers for the hot path of ingest, where Foundation's serializer dominates.
public enum JSONText {
    /// `text` as a JSON string literal, quotes included.
    public static func quoted(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C && $0 < 0x80 }) { return "\"" + text + "\"" }
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// A JSON object of string values with its keys sorted: `{"a":"1","b":"2"}`.
    public static func object(_ fields: [String: String]) -> String {
        "{" + fields.keys.sorted().map { quoted($0) + ":" + quoted(fields[$0]!) }.joined(separator: ",") + "}"
    }

    /// A JSON array of strings: `["a","b"]`.
    public static func array(_ values: [String]) -> String {
        var result = "["
        result.reserveCapacity(values.reduce(2) { $0 + $1.utf8.count + 3 })
        for (index, value) in values.enumerated() {
            if index > 0 { result += "," }
            result += quoted(value)
        }
        return result + "]"
    }
}
