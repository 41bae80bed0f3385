/// How `folio` was started.
public struct ShellOptions: Sendable {
    public var paths: [String]
    public var workspace: String
    public var commands: [String]
    public var isJSON: Bool
    /// Where `save NAME` writes and `replay NAME` reads.
    public var sessions: String

    public init(paths: [String], workspace: String, commands: [String], isJSON: Bool, sessions: String = "Sessions") {
        self.paths = paths
        self.workspace = workspace
        self.commands = commands
        self.isJSON = isJSON
        self.sessions = sessions
    }
}
