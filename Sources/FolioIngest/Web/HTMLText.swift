/// Reads the text of an HTML element as paragraphs, leaving out what is not the article: scripts, styles,
/// navigation, headers, footers, asides, forms, and blocks whose class or id names them as such.
enum HTMLText {
    static let droppedElements: Set<String> = [
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "nav", "header",
        "footer", "aside", "form", "button", "select", "input", "textarea", "figure", "head", "menu", "dialog",
    ]
    static let droppedRoles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "search", "menu", "dialog"]
    static let boilerplateWords: Set<String> = [
        "nav", "navbar", "navigation", "menu", "footer", "sidebar", "share", "sharing", "social", "related",
        "comments", "comment", "breadcrumb", "breadcrumbs", "cookie", "cookies", "newsletter", "subscribe", "advert",
        "advertisement", "ad", "ads", "promo", "popup", "modal", "banner", "masthead", "skip",
    ]
    static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "blockquote", "pre", "li", "ul", "ol", "dl", "dt", "dd", "table",
        "tr", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "address", "hr", "body", "center",
    ]

    /// Whether the element is page furniture rather than content.
    static func isDropped(_ element: HTMLElement) -> Bool {
        if droppedElements.contains(element.name) { return true }
        if let role = element["role"]?.lowercased(), droppedRoles.contains(role) { return true }
        if element["hidden"] != nil || element["aria-hidden"]?.lowercased() == "true" { return true }
        if ["html", "body", "article", "main"].contains(element.name) { return false }
        let names = ((element["class"] ?? "") + " " + (element["id"] ?? "")).lowercased()
        guard !names.isEmpty else { return false }
        return names.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains { boilerplateWords.contains(String($0)) }
    }

    /// The element's text, a paragraph per block, white space collapsed within each.
    static func paragraphs(of root: HTMLElement) -> [String] {
        var paragraphs: [String] = []
        var current = ""
        func close() {
            let paragraph = current.collapsingWhitespace()
            if !paragraph.isEmpty { paragraphs.append(paragraph) }
            current = ""
        }
        enum Step { case enter(HTMLNode), leave(Bool) }
        var stack: [Step] = [.enter(.element(root))]
        while let step = stack.popLast() {
            switch step {
            case .leave(let isBlock):
                if isBlock { close() }
            case .enter(.text(let text)):
                current += text
            case .enter(.element(let element)):
                if isDropped(element) { continue }
                if element.name == "br" { current += "\n"; continue }
                let isBlock = blockElements.contains(element.name)
                if isBlock { close() }
                stack.append(.leave(isBlock))
                stack += element.children.reversed().map { .enter($0) }
            }
        }
        close()
        return paragraphs
    }
}
