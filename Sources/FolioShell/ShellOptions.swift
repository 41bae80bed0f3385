/// How `folio` was started.
public struct ShellOptions: Sendable {
    public var paths: [String]
    public var workspace: String
    public var commands: [String]
    public var isJSON: Bool

    public init(paths: [String], workspace: String, commands: [String], isJSON: Bool) {
        self.paths = paths
        self.workspace = workspace
        self.commands = commands
        self.isJSON = isJSON
    }
}
