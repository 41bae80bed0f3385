/// Reads the text of an HTML element as paragraphs: a paragraph per block, white space collapsed within each.
enum HTMLText {
    /// Elements that never hold text a reader sees.
    static let hiddenElements: Set<String> = [
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "head", "select",
        "input", "textarea", "button", "option", "math", "link", "meta",
    ]
    static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "blockquote", "pre", "li", "ul", "ol", "dl", "dt", "dd", "table",
        "tr", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "address", "hr", "body", "center", "header", "footer",
        "nav", "aside", "form", "figure", "td", "th", "details", "summary", "fieldset", "menu",
    ]

    /// Whether the element is never read: scripts, styles, form controls, and what the page hides.
    static func isHardDropped(_ element: HTMLElement) -> Bool {
        if hiddenElements.contains(element.name) { return true }
        if element["hidden"] != nil || element["aria-hidden"]?.lowercased() == "true" { return true }
        if let style = element["style"], style.utf8.contains(0x3A), style.contains("none") || style.contains("hidden") {
            let folded = style.lowercased().filter { !$0.isWhitespace }
            if folded.contains("display:none") || folded.contains("visibility:hidden") { return true }
        }
        return false
    }

    /// The element's text, a paragraph per block, white space collapsed within each, leaving out what
    /// `leavesOut` says and what is never read.
    static func paragraphs(of root: HTMLElement, leavingOut leavesOut: (HTMLElement) -> Bool = { _ in false }) -> [String] {
        var paragraphs: [String] = []
        var current = ""
        var afterBreak = false
        func close() {
            let paragraph = current.collapsingWhitespace()
            if !paragraph.isEmpty { paragraphs.append(paragraph) }
            current = ""
            afterBreak = false
        }
        enum Step { case enter(HTMLNode), leave(Bool) }
        var stack: [Step] = [.enter(.element(root))]
        while let step = stack.popLast() {
            switch step {
            case .leave(let isBlock):
                if isBlock { close() }
            case .enter(.text(let text)):
                current += text
                if afterBreak, text.contains(where: { !$0.isWhitespace }) { afterBreak = false }
            case .enter(.element(let element)):
                if isHardDropped(element) || leavesOut(element) { continue }
                if element.name == "br" {
                    // Two line breaks in a row end a paragraph, as in text written without <p>.
                    if afterBreak { close() } else { current += "\n" }
                    afterBreak = true
                    continue
                }
                afterBreak = false
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
