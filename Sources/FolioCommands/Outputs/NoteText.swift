import FolioCore

/// How a note reads in text: its head with the article, and its text with where its quote sits now.
enum NoteText {
    static func head(of listing: NoteListing, in output: OutputStyle) -> [String] {
        let style = output.text
        let label = style.accent("note \(listing.note.id)") + " · " + output.short(listing.note.articleID) + " "
        let title = listing.articleTitle.map { style.bold($0) } ?? style.warning("orphaned: the article is no longer in the corpus")
        return TextWrapper.wrap(label + title, width: style.width, indent: 2, firstIndent: 0)
    }

    static func body(of listing: NoteListing, in output: OutputStyle) -> [String] {
        let style = output.text
        var lines = TextWrapper.wrap(listing.note.text, width: style.width, indent: 2)
        if let quote = listing.note.quote {
            let place: String
            if listing.isOrphaned {
                place = ""
            } else if let location = listing.quoteLocation {
                place = location.isExact ? " (at \(location.offset))" : " (at \(location.offset); the text there now reads “\(location.text)”)"
            } else {
                place = " (no longer found in the article)"
            }
            lines += TextWrapper.wrap(style.dim("“\(quote.exact)”" + place), width: style.width, indent: 2)
        }
        return lines
    }
}
