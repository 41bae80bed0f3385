import Foundation

/// Lines of page furniture that survive inside an article's block: video-player labels, share prompts, photo
/// credits and "Updated …" stamps. Only short lines are judged.
enum Boilerplate {
    static let labels: Set<String> = [
        "just watched", "must watch", "more videos", "replay", "advertisement", "advertising", "share", "share this",
        "share this article", "share on facebook", "share on twitter", "tweet", "email", "print", "read more",
        "related", "related articles", "related stories", "recommended", "more stories", "more on this story",
        "skip advertisement", "continue reading", "video", "photo", "image", "story continues below",
        "story continues below advertisement", "sign up", "subscribe", "comments", "show comments", "hide caption",
        "toggle caption", "enlarge this image", "play video", "watch", "listen",
    ]
    static let patterns: [NSRegularExpression] = [
        #"^updated \d{3,4} gmt \(\d{3,4} [a-z]{2,4}\)"#,
        #"^(updated|published|posted|last updated):? .{0,40}\d{4}$"#,
        #"^(photo|image|picture|video|graphic)s?( credit| copyright| source)?\s*[:©]"#,
        #"^(image|photo) (copyright|source|caption)"#,
        #"^\(?(photo|image|picture)s? (by|courtesy|via) "#,
        #"^[\p{L} .'-]{0,50}/ ?(getty images|reuters|associated press|afp|ap|epa|shutterstock|alamy|tass|ria novosti)\)?$"#,
        #"^\((ap|afp|reuters|epa) photo"#,
        #"^©"#,
        #"^now playing"#,
        #"^\d{1,2}:\d{2}$"#,
    ].map { try! NSRegularExpression(pattern: $0, options: [.caseInsensitive]) }

    static func isFurnitureLine(_ line: String) -> Bool {
        guard line.count <= 140 else { return false }
        let folded = line.lowercased().trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
        if labels.contains(folded) { return true }
        let range = NSRange(line.startIndex..., in: line)
        return patterns.contains { $0.firstMatch(in: line, range: range) != nil }
    }
}
