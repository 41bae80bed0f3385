import Foundation

/// An output as rows and columns, the shape CSV and Markdown exports share.
public struct ResultTable: Hashable, Sendable {
    /// What the rows are, such as `find border: 2 of 2 matching articles`.
    public var caption: String
    public var columns: [String]
    public var rows: [[String]]

    public init(caption: String, columns: [String], rows: [[String]]) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
    }

    static func decimal(_ value: Double) -> String { String(format: "%.3f", value) }
}
