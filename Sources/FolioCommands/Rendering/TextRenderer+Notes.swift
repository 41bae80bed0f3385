import FolioCore

extension TextRenderer {
    func noteChangeLines(_ change: NoteChange) -> [String] {
        let listing = change.listing
        var head = "\(change.kind.rawValue) note \(listing.note.id) on \(short(listing.note.articleID))"
        if let title = listing.articleTitle { head += " " + style.bold(title) }
        return TextWrapper.wrap(head, width: style.width) + noteBodyLines(listing)
    }

    func noteListLines(_ listings: [NoteListing]) -> [String] {
        guard !listings.isEmpty else { return [style.dim("no notes")] }
        var lines: [String] = []
        for listing in listings {
            lines += noteHeadLines(listing) + noteBodyLines(listing)
        }
        return lines
    }

    func noteHeadLines(_ listing: NoteListing) -> [String] {
        let label = style.accent("note \(listing.note.id)") + " · " + short(listing.note.articleID) + " "
        let title = listing.articleTitle.map { style.bold($0) }
            ?? style.warning("orphaned: the article is no longer in the corpus")
        return TextWrapper.wrap(label + title, width: style.width, indent: 2, firstIndent: 0)
    }

    func noteBodyLines(_ listing: NoteListing) -> [String] {
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
