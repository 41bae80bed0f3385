/// What an element's `class`, `id` and `itemprop` say of it, read as whole words: `l-sidebar-fixed` is the
/// words `l`, `sidebar` and `fixed`, and `articleBody` is `article` and `body`.
struct ClassWeight {
    static let positive: Set<String> = [
        "article", "body", "content", "entry", "hentry", "main", "page", "post", "text", "blog", "story", "prose",
    ]
    static let negative: Set<String> = [
        "ad", "ads", "advert", "advertisement", "banner", "breadcrumb", "breadcrumbs", "combx", "comment", "comments",
        "contact", "cookie", "cookies", "disclaimer", "disqus", "footer", "gdpr", "hidden", "masthead", "media", "meta",
        "menu", "modal", "nav", "navbar", "navigation", "newsletter", "outbrain", "pagination", "popup", "promo",
        "recommended", "related", "replies", "respond", "scroll", "share", "sharing", "shoutbox", "sidebar", "signup",
        "skyscraper", "social", "sponsor", "sponsored", "shopping", "subscribe", "subscription", "taboola", "tags",
        "teaser", "teasers", "trending", "video", "widget", "caption", "credit", "credits", "byline", "author", "gallery",
        "legends", "slideshow", "carousel",
    ]
    /// Words that never name the article itself: what stands under them counts for half.
    static let neverArticle: Set<String> = ["comment", "comments", "disqus", "replies", "respond", "taboola", "outbrain"]

    let words: [String]

    init(_ element: HTMLElement) {
        var words: [String] = []
        for attribute in ["class", "id", "itemprop"] {
            guard let value = element[attribute], !value.isEmpty else { continue }
            words += Self.words(of: value)
        }
        self.words = words
    }

    /// +25 for each of class and id that holds a positive word and no negative one, -25 for one that holds a
    /// negative word and no positive one; `itemprop="articleBody"` counts as a class.
    var value: Int {
        let positive = words.contains { Self.positive.contains($0) }
        let negative = words.contains { Self.negative.contains($0) }
        if words.contains("article") && words.contains("body") { return 50 }
        return (positive ? 25 : 0) - (negative ? 25 : 0)
    }

    var isNeverArticle: Bool { words.contains { Self.neverArticle.contains($0) } }

    /// The words of a class list, split at anything but letters and digits and where a lower-case letter meets
    /// an upper-case one, lowered.
    static func words(of value: String) -> [String] {
        if value.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(of: value) }
        var words: [String] = []
        var current = ""
        var previousIsLower = false
        func close() {
            if !current.isEmpty { words.append(current.lowercased()) }
            current = ""
        }
        for scalar in value.unicodeScalars {
            let properties = scalar.properties
            guard properties.isAlphabetic || properties.numericType != nil else {
                close()
                previousIsLower = false
                continue
            }
            if properties.isUppercase, previousIsLower { close() }
            current.unicodeScalars.append(scalar)
            previousIsLower = properties.isLowercase
        }
        close()
        return words
    }

    /// The same split for ASCII, by bytes.
    private static func asciiWords(of value: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        var previousIsLower = false
        func close() {
            if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        for byte in value.utf8 {
            let isUpper = byte >= 0x41 && byte <= 0x5A, isLower = byte >= 0x61 && byte <= 0x7A, isDigit = byte >= 0x30 && byte <= 0x39
            guard isUpper || isLower || isDigit else {
                close()
                previousIsLower = false
                continue
            }
            if isUpper, previousIsLower { close() }
            current.append(isUpper ? byte | 0x20 : byte)
            previousIsLower = isLower
        }
        close()
        return words
    }
}
