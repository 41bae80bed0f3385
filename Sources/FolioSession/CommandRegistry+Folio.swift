import FolioCommands

extension CommandRegistry {
    /// Every command of the Folio shell, in the order `help` lists them: the one list there is.
    public static let folio = CommandRegistry([
        FindCommand.self, ListCommand.self, ShowCommand.self, NoteCommand.self, NotesCommand.self, TimelineCommand.self, DateCommand.self,
        EntitiesCommand.self, KwicCommand.self, CompareCommand.self, AliasCommand.self, StatsCommand.self, RatesCommand.self,
        SourcesCommand.self, LoadCommand.self, UnloadCommand.self, CommentCommand.self, SaveCommand.self, ReplayCommand.self,
        ExportCommand.self, HelpCommand.self, QuitCommand.self,
    ])
}
