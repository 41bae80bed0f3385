import FolioCore
import FolioIngest
import Foundation
import Testing

/// Pages shaped like the ones real extractors get wrong, one rule each.
@Suite struct WebExtractionTests {
    let prose = (1...6).map { "Paragraph \($0) of the report on the Rogun dam, where engineers, officials and residents of the valley spoke about the reservoir, the resettlement and the power it will bring to Tajikistan." }

    func page(_ body: String, head: String = "<title>Rogun dam report</title>") -> ParsedSource {
        SourceReader.parse(Array("<html><head>\(head)</head><body>\(body)</body></html>".utf8), file: "page.html", fileExtension: "html")
    }

    var paragraphs: String { prose.map { "<p>\($0)</p>" }.joined() }

    @Test func aTeaserArticleListLosesToTheStory() throws {
        let teasers = (1...8).map { "<article class=\"teaser\"><h2><a href=\"/s\($0)\">Other story \($0) about the region and its news</a></h2><p><a href=\"/s\($0)\">A teaser for another story number \($0), read it now.</a></p></article>" }.joined()
        let parsed = page("<div class=\"story\">\(paragraphs)</div><section class=\"more\">\(teasers)</section>")
        let body = try #require(parsed.articles.first?.body)
        #expect(body.hasPrefix("Paragraph 1 of the report"))
        #expect(!body.contains("teaser"), "\(body)")
    }

    @Test func aSidebarWordInAClassNameDoesNotDropTheBodyItHolds() throws {
        let parsed = page("<div class=\"l-sidebar-fixed\"><div class=\"c-entry-content\">\(paragraphs)</div></div><aside class=\"sidebar\"><a href=\"/a\">Most read</a></aside>")
        let body = try #require(parsed.articles.first?.body)
        #expect(body.components(separatedBy: "\n\n").count == 6)
        #expect(!body.contains("Most read"))
    }

    @Test func commentsThatOutweighTheArticleStayOut() throws {
        let comments = (1...12).map { "<div class=\"comment-body\"><p>Comment \($0): I disagree with the report, and I think the dam, the reservoir and the resettlement will cost far more, as everyone, including my neighbours, says.</p></div>" }.joined()
        let parsed = page("<article>\(paragraphs.prefix(700))</article><div id=\"comments\" class=\"comments\">\(comments)</div>")
        let body = try #require(parsed.articles.first?.body)
        #expect(body.hasPrefix("Paragraph 1"))
        #expect(!body.contains("Comment 1:"), "\(body)")
    }

    @Test func textWithoutParagraphsIsRead() throws {
        let runs = prose.joined(separator: "<br><br>\n")
        let parsed = page("<div class=\"nav\"><a href=\"/\">Home</a></div><div id=\"story\">\(runs)</div>")
        let body = try #require(parsed.articles.first?.body)
        #expect(body.components(separatedBy: "\n\n") == prose, "two line breaks end a paragraph")
    }

    @Test func videoLabelsCreditsAndUpdateStampsStayOutOfTheBody() throws {
        let furniture = "<p>JUST WATCHED</p><p>More Videos</p><p>Updated 0339 GMT (1139 HKT) November 19, 2019</p><p>Photo: Reuters</p><p>(AP Photo/Evan Vucci)</p>"
        let parsed = page("<article>\(furniture)\(paragraphs)</article>")
        let body = try #require(parsed.articles.first?.body)
        #expect(body.hasPrefix("Paragraph 1"), "\(body)")
        #expect(!body.contains("November 19, 2019"), "the stamp never reaches the timeline")
    }

    @Test func aPageWithoutTextIsLoadedWithItsTitleAndAWarning() throws {
        let parsed = page("<div><img src=\"a.png\"></div>", head: "<meta property=\"og:title\" content=\"Rogun in pictures\">")
        let article = try #require(parsed.articles.first)
        #expect(article.title == "Rogun in pictures")
        #expect(article.body.isEmpty)
        #expect(parsed.warnings.map(\.message).contains("no article text found; loaded with its title only"))
    }

    @Test(arguments: [
        ("Rogun dam report | Asia-Plus", "<meta property=\"og:site_name\" content=\"Asia-Plus\">"),
        ("Rogun dam report - BBC News", "<meta property=\"og:site_name\" content=\"BBC News\">"),
        ("Rogun dam report — asiaplustj.info", "<link rel=\"canonical\" href=\"https://www.asiaplustj.info/news/1\">"),
        ("Asia-Plus | Rogun dam report", "<meta name=\"application-name\" content=\"Asia-Plus\">"),
    ])
    func siteNamesLeaveTheTitle(title: String, head: String) throws {
        let parsed = page("<article>\(paragraphs)</article>", head: "<title>\(title)</title>\(head)")
        #expect(parsed.articles.first?.title == "Rogun dam report")
    }

    @Test func aTitleWhoseSuffixNamesNoSiteIsKept() {
        let parsed = page("<article>\(paragraphs)</article>", head: "<title>Tajikistan - the Rogun dam</title>")
        #expect(parsed.articles.first?.title == "Tajikistan - the Rogun dam")
    }

    @Test(arguments: [
        ("<div class=\"byline\">By Lee Sustar | April 1, 2005</div>", "2005-04-01", "the byline"),
        ("<p class=\"date\">01:38:07 PM IST Nov 20, 2019</p>", "2019-11-20", "the byline"),
        ("<div class=\"article-meta\">15 августа 2016, 10:42</div>", "2016-08-15", "the byline"),
        ("<p>DUSHANBE, March 3, 2021 — Officials said.</p>", "2021-03-03", "the dateline"),
    ])
    func bylinesAndDatelinesGiveTheDate(byline: String, iso: String, origin: String) throws {
        let parsed = page("<article>\(byline)\(paragraphs)</article>")
        let article = try #require(parsed.articles.first)
        #expect(article.date?.iso == iso)
        #expect(article.metadata["dated by"] == origin)
    }

    @Test func theTrustedSourceWinsAndAModifiedDateIsNeverTaken() throws {
        let head = """
            <meta property="article:modified_time" content="2024-05-02"><meta property="article:published_time" content="2024-05-01">
            <script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","dateModified":"2024-06-01","datePublished":"2024-04-30"}]}</script>
            """
        let jsonLD = try #require(page("<article>\(paragraphs)</article>", head: head).articles.first)
        #expect(jsonLD.date?.iso == "2024-04-30")
        #expect(jsonLD.metadata["dated by"] == "JSON-LD datePublished")
        let modifiedOnly = page("<article>\(paragraphs)</article>", head: "<meta property=\"article:modified_time\" content=\"2024-05-02\">")
        #expect(modifiedOnly.articles.first?.date == nil)
        let sidebar = page("<aside class=\"sidebar\"><time datetime=\"2020-01-01\">Jan 1</time></aside><article>\(paragraphs)</article>")
        #expect(sidebar.articles.first?.date == nil, "a sidebar's <time> is another story's")
    }

    @Test func theAddressGivesADateLast() throws {
        let parsed = page("<article>\(paragraphs)</article>", head: "<link rel=\"canonical\" href=\"https://example.org/2019/10/22/rogun/\">")
        #expect(parsed.articles.first?.date?.iso == "2019-10-22")
        #expect(parsed.articles.first?.metadata["dated by"] == "the page's address")
    }

    @Test func aDateInTheFutureOrAfterTheFileChangedIsRefused() throws {
        let future = page("<article>\(paragraphs)</article>", head: "<meta property=\"article:published_time\" content=\"2999-01-01\">")
        #expect(future.articles.first?.date == nil)
        #expect(future.warnings.map(\.message).contains("the publication date 2999-01-01 (from the article:published_time meta tag) is in the future; kept without a date"))
        let bytes = Array("<html><head><meta property=\"article:published_time\" content=\"2020-06-01\"></head><body><article>\(paragraphs)</article></body></html>".utf8)
        let parser = SourceParser(bytes, file: "old.html", fileExtension: "html", modified: Date(timeIntervalSince1970: 1_500_000_000))
        var articles: [Article] = []
        let parsed = parser.parse(deriving: { _ in () }) { batch, _ in articles += batch }
        #expect(articles.first?.date == nil)
        #expect(parsed.warnings.map(\.message).contains { $0.contains("is after the file was last changed") })
    }

    @Test func aCommaSeparatedListOfLinksDoesNotOutscoreTheStory() throws {
        let names = (1...400).map { "<a href=\"/users/u\($0)\">reader\($0)</a>" }.joined(separator: ", ")
        let parsed = page("<div class=\"chapter\">\(paragraphs)</div><div id=\"kudos\"><p class=\"kudos\">\(names) left kudos</p></div>")
        let body = try #require(parsed.articles.first?.body)
        #expect(body.hasPrefix("Paragraph 1"))
        #expect(!body.contains("reader1"), "\(body.prefix(200))")
    }

    @Test func aShortBlockIsNotTheArticleWhateverItsIdSays() throws {
        let parsed = page("<div id=\"player_story_0\"><div>Now playing: a short clip of the dam</div></div><div>\(paragraphs)</div>")
        #expect(parsed.articles.first?.body.hasPrefix("Paragraph 1") == true)
    }

    @Test func aReadingThatLeavesOutMostOfItsBlockGivesWayToAGentlerOne() throws {
        let features = (1...30).map { "<section class=\"feature\"><h2>Feature \($0)</h2><p>Feature \($0) lets you plan the trip, <a href=\"/f\($0)\">read about feature \($0)</a> and more.</p></section>" }.joined()
        let parsed = page("<main><section class=\"intro\"><p>\(prose[0])</p><p>\(prose[1])</p><p>\(prose[2])</p></section>\(features)</main>")
        let body = try #require(parsed.articles.first?.body)
        #expect(body.contains("Feature 30 lets you plan the trip"), "a landing page keeps its blocks: \(body)")
    }

    @Test func aGalleryOfLongCaptionsLosesToTheStory() throws {
        let captions = (1...30).map { "<li>Photo \($0): workers, engineers and visitors at the Rogun site, where the dam, the tunnels and the new road are being built.</li>" }.joined()
        let parsed = page("<div class=\"story\">\(paragraphs)</div><div class=\"full-gallery\"><ul class=\"legends\">\(captions)</ul></div>")
        let body = try #require(parsed.articles.first?.body)
        #expect(body.hasPrefix("Paragraph 1"))
        #expect(!body.contains("Photo 1:"))
    }
}
