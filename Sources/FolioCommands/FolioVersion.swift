/// The version of Folio, as `--version` and saved files report it.
public enum FolioVersion {
    public static let current = "0.1.0"
}
