import FolioIngest

/// How `folio` was started.
public struct ShellOptions: Sendable {
    public var paths: [String]
    public var workspace: String
    public var commands: [String]
    public var isJSON: Bool
    /// Where `save NAME` writes and `replay NAME` reads.
    public var sessions: String
    /// Page output taller than the terminal.
    public var usesPager: Bool
    /// The columns `--map` names for the paths given.
    public var mapping: FieldMapping?

    public init(
        paths: [String], workspace: String, commands: [String], isJSON: Bool, sessions: String = "Sessions", usesPager: Bool = true,
        mapping: FieldMapping? = nil
    ) {
        self.mapping = mapping
        self.usesPager = usesPager
        self.paths = paths
        self.workspace = workspace
        self.commands = commands
        self.isJSON = isJSON
        self.sessions = sessions
    }
}
