import FolioCore

/// Which column of a CSV or JSON record holds which field, as `--map body=Combined_Text,date=published` names
/// them. A column may be a name, or a 1-based position, which reads a CSV file as having no header row.
public struct FieldMapping: Hashable, Sendable, CustomStringConvertible {
    /// The fields a mapping may name.
    public static let fields = ["title", "body", "date", "url", "source", "id"]

    /// Columns by field.
    public private(set) var columns: [String: String]

    /// Reads `body=Combined_Text,date=published`.
    /// - Throws: ``FieldMapping/Problem`` naming the part that cannot be read.
    public init(parsing text: String) throws {
        var columns: [String: String] = [:]
        for part in text.split(separator: ",") {
            let pair = part.split(separator: "=", maxSplits: 1).map { String($0).trimmingWhitespace() }
            guard pair.count == 2, !pair[1].isEmpty else { throw Problem(part: String(part), reason: "write FIELD=COLUMN") }
            let field = pair[0].lowercased()
            guard Self.fields.contains(field) else {
                throw Problem(part: String(part), reason: "the fields are \(Self.fields.joined(separator: ", "))")
            }
            columns[field] = pair[1]
        }
        guard !columns.isEmpty else { throw Problem(part: text, reason: "write FIELD=COLUMN, such as body=Combined_Text") }
        let positions = columns.values.filter { Int($0) != nil }
        guard positions.isEmpty || positions.count == columns.count else {
            throw Problem(part: text, reason: "name every column by its header or every one by its position, not both")
        }
        self.columns = columns
    }

    /// Whether the columns are positions, as for a CSV file without a header row.
    public var usesPositions: Bool { columns.values.allSatisfy { Int($0) != nil } }

    /// The field a column holds, when the mapping names one for it.
    func field(forColumn column: String) -> String? {
        columns.first { $0.value == column || $0.value.lowercased() == column.lowercased() }?.key
    }

    /// `body=Combined_Text,date=published`, fields in a fixed order.
    public var description: String {
        Self.fields.compactMap { field in columns[field].map { "\(field)=\($0)" } }.joined(separator: ",")
    }

    /// A mapping that cannot be read.
    public struct Problem: Error, Hashable, Sendable, CustomStringConvertible {
        public var part: String
        public var reason: String
        public var description: String { "--map: cannot read '\(part)': \(reason)" }
    }
}
