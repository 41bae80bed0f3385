import CHTMLParser
import Foundation

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

/// Parses HTML with libxml2's forgiving HTML parser (recovering from errors, never touching the network)
/// into an ``HTMLElement`` tree.
enum HTMLTree {
    /// Nesting deeper than this is flattened: its text is kept, its structure is not.
    static let maximumDepth: Int32 = 256

    /// The document's root element (`html`), or nil when libxml2 found no element at all.
    static func parse(_ text: String) -> HTMLElement? {
        var bytes = Array(text.utf8)
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
        bytes.append(0)
        let builder = TreeBuilder()
        let context = Unmanaged.passUnretained(builder).toOpaque()
        var visitor = folio_html_visitor(
            context: context,
            start: { context, name, attributes in
                TreeBuilder.from(context).start(name: String(cString: name!), attributes: attributes)
            },
            end: { context in TreeBuilder.from(context).end() },
            text: { context, text in TreeBuilder.from(context).text(String(cString: text!)) })
        let status = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                folio_html_walk(pointer, Int32(buffer.count - 1), maximumDepth, &visitor)
            }
        }
        return withExtendedLifetime(builder) { status == 0 ? builder.root : nil }
    }

    /// The text of an HTML fragment, such as a feed item's description, in paragraphs.
    static func text(ofFragment html: String) -> String {
        guard html.contains("<") || html.contains("&") else { return html.trimmingWhitespace() }
        guard let root = parse("<html><body>" + html + "</body></html>") else { return html.trimmingWhitespace() }
        return HTMLText.paragraphs(of: root).joined(separator: "\n\n")
    }

    /// Builds the tree from the walk's events.
    private final class TreeBuilder {
        private var open: [(name: String, attributes: [String: String], children: [HTMLNode])] = []
        private(set) var root: HTMLElement?

        static func from(_ context: UnsafeMutableRawPointer?) -> TreeBuilder {
            Unmanaged<TreeBuilder>.fromOpaque(context!).takeUnretainedValue()
        }

        func start(name: String, attributes: UnsafePointer<UnsafePointer<CChar>?>?) {
            var values: [String: String] = [:]
            var index = 0
            while let key = attributes?[index], let value = attributes?[index + 1] {
                let name = String(cString: key).lowercased()
                if values[name] == nil { values[name] = String(cString: value) }
                index += 2
            }
            open.append((name.lowercased(), values, []))
        }

        func end() {
            guard let last = open.popLast() else { return }
            let element = HTMLElement(name: last.name, attributes: last.attributes, children: last.children)
            if open.isEmpty { root = root ?? element } else { open[open.count - 1].children.append(.element(element)) }
        }

        func text(_ text: String) {
            guard !open.isEmpty else { return }
            open[open.count - 1].children.append(.text(text))
        }
    }
}

extension String {
    /// Runs of white space, non-breaking spaces included, become one space; the ends are trimmed.
    func collapsingWhitespace() -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        var pendingSpace = false
        for character in self {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }
}
