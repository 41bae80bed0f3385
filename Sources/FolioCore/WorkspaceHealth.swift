/// What `folio doctor` found in a workspace.
public struct WorkspaceHealth: Sendable {
    /// Problems, in plain words; empty when the workspace is sound.
    public var problems: [String] = []
    /// What was checked and found in order, in plain words.
    public var findings: [String] = []
    /// What the analyst may want to act on, though nothing is wrong: unsaved sessions, notes on removed articles.
    public var notices: [String] = []

    public init() {}

    public var isSound: Bool { problems.isEmpty }
}
