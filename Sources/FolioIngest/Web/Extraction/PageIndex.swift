/// A page's elements in document order, with their parents and what their text is made of, counted once from
/// the leaves up: the measures the content scorer and the cleaner read.
struct PageIndex {
    struct Measures {
        /// Letters, digits and punctuation, with each run of white space counted as one.
        var text = 0
        /// The part of `text` inside links.
        var linkText = 0
        var commas = 0
        var paragraphs = 0
        var images = 0
        var listItems = 0
        var inputs = 0
        var embeds = 0
        /// Whether a block element stands anywhere below.
        var hasBlock = false
        /// The text of its own text nodes and inline children, beside its blocks.
        var inlineText = 0

        var linkDensity: Double { text == 0 ? 0 : Double(linkText) / Double(text) }
    }

    let elements: [HTMLElement]
    let parents: [Int]
    /// Whether the element is never read, or stands under one that is not: scripts, styles, the head.
    let isHidden: [Bool]
    let measures: [Measures]
    /// What each element's class, id and itemprop say.
    let classWeights: [ClassWeight]
    /// The last position of each element's subtree: elements stand in document order, so a subtree is a range.
    let subtreeEnds: [Int]
    private let positions: [ObjectIdentifier: Int]

    static let inlineElements: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins", "kbd",
        "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "br", "wbr",
        "img", "label",
    ]

    init(root: HTMLElement) {
        var elements: [HTMLElement] = []
        var parents: [Int] = []
        var isHidden: [Bool] = []
        var stack: [(HTMLElement, Int)] = [(root, -1)]
        while let (element, parent) = stack.popLast() {
            let index = elements.count
            elements.append(element)
            parents.append(parent)
            isHidden.append((parent >= 0 && isHidden[parent]) || HTMLText.isHardDropped(element))
            for child in element.children.reversed() { if let child = child.element { stack.append((child, index)) } }
        }
        var positions: [ObjectIdentifier: Int] = [:]
        positions.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() { positions[ObjectIdentifier(element)] = index }
        var measures = [Measures](repeating: Measures(), count: elements.count)
        var ends = Array(elements.indices)
        for index in elements.indices.reversed() {
            if parents[index] >= 0 { ends[parents[index]] = max(ends[parents[index]], ends[index]) }
            let element = elements[index]
            if isHidden[index] {
                measures[index] = Measures()
                continue
            }
            var own = measures[index]
            for child in element.children {
                if case .text(let text) = child {
                    let (length, commas) = Self.count(text)
                    own.text += length
                    own.commas += commas
                    own.inlineText += length
                }
            }
            switch element.name {
            case "p": own.paragraphs += 1
            case "img": own.images += 1
            case "li": own.listItems += 1
            case "input", "textarea", "select", "button": own.inputs += 1
            case "embed", "object", "iframe", "video", "audio": own.embeds += 1
            default: break
            }
            if element.name == "a" { own.linkText = own.text }
            measures[index] = own
            let parent = parents[index]
            guard parent >= 0 else { continue }
            var up = measures[parent]
            up.text += own.text
            up.linkText += own.linkText
            up.commas += own.commas
            up.paragraphs += own.paragraphs
            up.images += own.images
            up.listItems += own.listItems
            up.inputs += own.inputs
            up.embeds += own.embeds
            let isBlock = HTMLText.blockElements.contains(element.name)
            up.hasBlock = up.hasBlock || isBlock || own.hasBlock
            if !isBlock, Self.inlineElements.contains(element.name) { up.inlineText += own.text }
            measures[parent] = up
        }
        self.elements = elements
        self.parents = parents
        self.isHidden = isHidden
        self.measures = measures
        self.subtreeEnds = ends
        self.classWeights = elements.map(ClassWeight.init)
        self.positions = positions
    }

    /// Whether the element at `position` stands at or under `ancestor`.
    func isInside(_ position: Int, _ ancestor: Int) -> Bool {
        ancestor <= position && position <= subtreeEnds[ancestor]
    }

    func position(of element: HTMLElement) -> Int? { positions[ObjectIdentifier(element)] }

    /// The length of a text node as a reader sees it, and its commas (of any script).
    static func count(_ text: String) -> (length: Int, commas: Int) {
        var length = 0, commas = 0
        var inSpace = true, hasWide = false
        for byte in text.utf8 {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                if !inSpace { length += 1 }
                inSpace = true
                continue
            }
            inSpace = false
            if byte & 0xC0 != 0x80 { length += 1 }
            if byte == 0x2C { commas += 1 }
            if byte >= 0x80 { hasWide = true }
        }
        // The commas of Arabic, Chinese and Japanese text.
        if hasWide { commas += text.unicodeScalars.filter { [0x060C, 0xFF0C, 0x3001, 0xFE50].contains($0.value) }.count }
        return (length, commas)
    }
}
