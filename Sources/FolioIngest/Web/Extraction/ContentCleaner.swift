/// Decides, inside the chosen main text, which blocks are page furniture: navigation, comments, share bars,
/// lists of other stories. A block is judged by what it holds, not by its name alone: a negative class word
/// or a `<nav>` tag lowers it, and it is left out unless it holds prose of its own.
struct ContentCleaner {
    let index: PageIndex
    /// Whether blocks are judged at all; off, only scripts, styles and hidden elements are left out.
    var judgesBlocks = true

    static let furnitureElements: Set<String> = ["nav", "aside", "footer", "header", "form", "menu", "figure", "dialog"]
    static let furnitureRoles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "search", "menu", "dialog", "alert"]
    static let judgedElements: Set<String> = ["div", "section", "ul", "ol", "dl", "table", "article", "fieldset"]

    /// Whether the element at `position` is left out of the text.
    func leavesOut(_ position: Int) -> Bool {
        let element = index.elements[position]
        if index.isHidden[position] { return true }
        guard judgesBlocks else { return false }
        let measures = index.measures[position]
        let weight = index.classWeights[position].value
        let role = element["role"]?.lowercased() ?? ""
        let isProse = measures.text >= 500 && measures.linkDensity < 0.2 && (measures.paragraphs >= 2 || measures.commas >= 5)
        if Self.furnitureElements.contains(element.name) || Self.furnitureRoles.contains(role) || weight < 0 {
            return !isProse
        }
        if element.name.count == 2, element.name.hasPrefix("h"), weight < 0 { return true }
        guard Self.judgedElements.contains(element.name), measures.commas < 10 else { return false }
        if measures.inputs > max(1, measures.paragraphs / 3) { return true }
        if measures.linkDensity > (weight >= 25 ? 0.5 : 0.2), !isProse { return true }
        if measures.embeds > 1, measures.text < 75 { return true }
        if (element.name == "ul" || element.name == "ol"), measures.linkDensity > 0.5 { return true }
        return false
    }

    /// The text of the chosen elements, a paragraph per block, without the blocks left out and without
    /// furniture lines such as `JUST WATCHED` or `Updated 0339 GMT`, unless they are all there is.
    func paragraphs(of positions: [Int]) -> [String] {
        var paragraphs: [String] = []
        for position in positions {
            paragraphs += HTMLText.paragraphs(of: index.elements[position]) { element in
                guard let inner = index.position(of: element), inner != position else { return false }
                return leavesOut(inner)
            }
        }
        let kept = paragraphs.filter { !Boilerplate.isFurnitureLine($0) }
        return kept.isEmpty ? paragraphs : kept
    }
}
