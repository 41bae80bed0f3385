/// An HTML element as libxml2's forgiving HTML parser read it, copied into Swift values.
final class HTMLElement: Sendable {
    let name: String
    let attributes: [String: String]
    let children: [HTMLNode]

    init(name: String, attributes: [String: String], children: [HTMLNode]) {
        self.name = name
        self.attributes = attributes
        self.children = children
    }

    subscript(attribute: String) -> String? { attributes[attribute] }

    /// Every element below this one, in document order (depth first).
    var descendants: [HTMLElement] {
        var found: [HTMLElement] = []
        var stack: [HTMLElement] = children.compactMap(\.element).reversed()
        while let element = stack.popLast() {
            found.append(element)
            stack += element.children.compactMap(\.element).reversed()
        }
        return found
    }

    /// The text below this element with the white space collapsed, as a reader sees it on one line.
    var inlineText: String {
        var parts: [String] = []
        var stack: [HTMLNode] = [.element(self)]
        while let node = stack.popLast() {
            switch node {
            case .text(let text): parts.append(text)
            case .element(let element): stack += element.children.reversed()
            }
        }
        return parts.joined().collapsingWhitespace()
    }
}

indirect enum HTMLNode: Sendable {
    case element(HTMLElement)
    case text(String)

    var element: HTMLElement? {
        if case .element(let element) = self { return element }
        return nil
    }
}
