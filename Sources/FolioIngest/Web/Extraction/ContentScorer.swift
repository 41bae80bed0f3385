/// Scores a page's elements as candidates for its main text, the way readability and trafilatura do: each
/// paragraph scores by its length and commas and hands its score to its parent, half of it to its grandparent
/// and less further up, in the measure it is not links; a candidate's score starts from its tag and class and
/// is cut by its link density.
struct ContentScorer {
    let index: PageIndex
    /// Characters a block needs to be chosen as the article.
    static let shortestCandidate = 140
    /// A best score below this is a page of short blocks rather than an article.
    static let weakCandidate = 20.0
    /// Whether negative class words and words such as `comment` discount what stands under them: dropped when a
    /// page gives too little text.
    var discountsFurniture = true

    /// Scores by element position; elements that no paragraph reached have none.
    func scores() -> [Int: Double] {
        var scores: [Int: Double] = [:]
        let discounts = discountsFurniture ? self.discounts() : []
        for position in index.elements.indices {
            guard let (length, commas, parent) = paragraph(at: position), length >= 25 else { continue }
            // A paragraph that is mostly links is a list of them, whatever its commas: it scores as much as its prose.
            var score = (1 + Double(commas) + Double(min(length / 100, 3))) * (1 - index.measures[position].linkDensity)
            if !discounts.isEmpty { score *= discounts[position] }
            var ancestor = parent, level = 0
            while ancestor >= 0, level < 5 {
                if scores[ancestor] == nil { scores[ancestor] = initialScore(at: ancestor) }
                let divider = level == 0 ? 1 : level == 1 ? 2 : Double(level * 3)
                scores[ancestor]! += score / divider
                ancestor = index.parents[ancestor]
                level += 1
            }
        }
        for (position, score) in scores { scores[position] = score * (1 - index.measures[position].linkDensity) }
        return scores
    }

    /// A paragraph at `position`: its text length, its commas and the element its score goes to first. A `<p>`,
    /// `<pre>` or `<td>`, a block that holds no blocks (a `<div>` written as a paragraph), or the text a block
    /// holds beside its blocks, as in runs split by `<br>`.
    func paragraph(at position: Int) -> (length: Int, commas: Int, parent: Int)? {
        let element = index.elements[position], measures = index.measures[position]
        guard !index.isHidden[position] else { return nil }
        switch element.name {
        case "p", "pre", "td", "blockquote":
            return (measures.text, measures.commas, index.parents[position])
        case "div", "section", "article", "main", "center", "font", "span", "li", "dd":
            if !measures.hasBlock, element.name != "span" { return (measures.text, measures.commas, index.parents[position]) }
            if measures.hasBlock, measures.inlineText >= 25 { return (measures.inlineText, 0, position) }
            return nil
        default:
            return nil
        }
    }

    /// Where a candidate starts: from its tag, and from its class and id.
    func initialScore(at position: Int) -> Double {
        let tag: Double
        switch index.elements[position].name {
        case "div", "article", "main", "section": tag = 5
        case "pre", "td", "blockquote": tag = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form", "aside", "nav", "footer", "header": tag = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": tag = -5
        default: tag = 0
        }
        return tag + Double(index.classWeights[position].value)
    }

    /// What a paragraph's score counts for where it stands: half under a block whose class or id is negative
    /// (a gallery's captions, a sidebar), half again under a comment section or the like.
    func discounts() -> [Double] {
        var underNegative = [Bool](repeating: false, count: index.elements.count)
        var underNever = underNegative
        var discounts = [Double](repeating: 1, count: index.elements.count)
        for position in index.elements.indices {
            let parent = index.parents[position], weight = index.classWeights[position]
            underNegative[position] = (parent >= 0 && underNegative[parent]) || weight.value < 0
            underNever[position] = (parent >= 0 && underNever[parent]) || weight.isNeverArticle
            discounts[position] = (underNegative[position] ? 0.5 : 1) * (underNever[position] ? 0.5 : 1)
        }
        return discounts
    }

    /// The element holding the main text, with the siblings that belong to it, or nil when no paragraph scored.
    func mainText() -> [Int]? {
        let scores = scores()
        // A block of a line or two does not hold an article, whatever its class says (`story` in a video player's id).
        let eligible = scores.filter { index.measures[$0.key].text >= Self.shortestCandidate }
        guard var top = (eligible.isEmpty ? scores : eligible).max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) })?.key else { return nil }
        let topScore = scores[top]!
        // When several strong candidates share an ancestor, the article is that ancestor; on a page without a
        // strong one (a landing page of short blocks), weaker ones count too.
        let near = topScore < Self.weakCandidate ? 0.5 : 0.75
        let alternatives = scores.filter { $0.key != top && $0.value >= near * topScore }.sorted { ($0.value, -$0.key) > ($1.value, -$1.key) }
            .prefix(5).map(\.key)
        if alternatives.count >= 3 {
            var ancestor = index.parents[top]
            while ancestor >= 0, index.elements[ancestor].name != "body" {
                if alternatives.filter({ index.isInside($0, ancestor) }).count >= 3 {
                    top = ancestor
                    break
                }
                ancestor = index.parents[ancestor]
            }
        }
        // A parent that scores higher holds more of the article.
        var last = scores[top] ?? topScore
        var parent = index.parents[top]
        while parent >= 0, index.elements[parent].name != "body" {
            guard let score = scores[parent] else {
                parent = index.parents[parent]
                continue
            }
            if score < last / 3 { break }
            if score > last {
                top = parent
                break
            }
            last = score
            parent = index.parents[parent]
        }
        while index.parents[top] >= 0, index.elements[index.parents[top]].name != "body",
              index.elements[index.parents[top]].children.compactMap(\.element).count == 1 {
            top = index.parents[top]
        }
        return siblings(of: top, scores: scores)
    }

    /// The candidate with those of its siblings that score near it, or read as paragraphs of prose.
    func siblings(of top: Int, scores: [Int: Double]) -> [Int] {
        let parent = index.parents[top]
        guard parent >= 0 else { return [top] }
        let topScore = scores[top] ?? 0
        let threshold = max(10, topScore * 0.2)
        let topClass = index.elements[top]["class"] ?? ""
        var chosen: [Int] = []
        for child in index.elements[parent].children.compactMap(\.element) {
            guard let position = index.position(of: child) else { continue }
            if position == top {
                chosen.append(position)
                continue
            }
            let bonus = !topClass.isEmpty && child["class"] == topClass ? topScore * 0.2 : 0
            // A sibling that is mostly links, or named as furniture, is not more of the article.
            if let score = scores[position], score + bonus >= threshold, index.measures[position].linkDensity < 0.5,
               index.classWeights[position].value >= 0 {
                chosen.append(position)
                continue
            }
            guard child.name == "p" || (paragraph(at: position) != nil && !index.measures[position].hasBlock) else { continue }
            let measures = index.measures[position]
            if measures.linkDensity < 0.25, measures.text > 80 {
                chosen.append(position)
            } else if measures.text > 0, measures.text <= 80, measures.linkText == 0, child.inlineText.hasSuffix(".") {
                chosen.append(position)
            }
        }
        return chosen
    }
}
