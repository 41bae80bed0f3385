import CHTMLParser
import Foundation

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

    /// Builds the tree from the walk's events. libxml2's HTML parser gives tag and attribute names in lower case.
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
                let name = String(cString: key)
                if values[name] == nil { values[name] = String(cString: value) }
                index += 2
            }
            open.append((name, values, []))
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
