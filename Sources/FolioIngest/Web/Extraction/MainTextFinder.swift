/// Finds a page's main text by scoring, and falls back through gentler readings when the best one is thin
/// (short, or most of its block left out):
/// first without discounting furniture and comments, then without judging blocks at all, then the whole body.
struct MainTextFinder {
    /// Below this many characters a reading is thin, and a gentler one is tried.
    static let enough = 500
    /// The share of the chosen block's text a reading must keep not to be thin.
    static let keptShare = 0.25

    let index: PageIndex

    struct Found {
        var elements: [Int]
        var paragraphs: [String]
        var length: Int { paragraphs.reduce(0) { $0 + $1.count } }
    }

    func find() -> Found? {
        var best: Found?
        var chosen: [Bool: [Int]?] = [:]
        for (discounts, judges) in [(true, true), (false, true), (false, false)] {
            if chosen[discounts] == nil { chosen[discounts] = ContentScorer(index: index, discountsFurniture: discounts).mainText() }
            guard let elements = chosen[discounts] ?? nil else { continue }
            let found = Found(elements: elements, paragraphs: ContentCleaner(index: index, judgesBlocks: judges).paragraphs(of: elements))
            // A reading that left out most of the block it chose judged the block wrongly, as on a landing page.
            let chosenText = elements.reduce(0) { $0 + index.measures[$1].text }
            if found.length >= Self.enough, Double(found.length) >= Self.keptShare * Double(chosenText) { return found }
            if found.length > best?.length ?? 0 { best = found }
        }
        if best == nil || best!.length == 0, let body = index.elements.firstIndex(where: { $0.name == "body" }) {
            let paragraphs = ContentCleaner(index: index).paragraphs(of: [body])
            if !paragraphs.isEmpty { best = Found(elements: [body], paragraphs: paragraphs) }
        }
        return best
    }
}
