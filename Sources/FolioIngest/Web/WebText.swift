/// The text of HTML as a reader sees it, a paragraph per block: for comparing extracted text with expected text.
public enum WebText {
    public static func paragraphs(ofHTML html: String) -> [String] {
        guard let root = HTMLTree.parse(html) else { return [] }
        return HTMLText.paragraphs(of: root)
    }
}
