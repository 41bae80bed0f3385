import FolioCore
import Testing
@testable import FolioIngest

@Suite struct WebFormatTests {
    @Test func anRSSFeedGivesEachItemWithItsLinkDateAndTextFromHTML() throws {
        let parsed = try FixtureFiles.parse("central-asia-feed.rss")
        #expect(parsed.format == .feed)
        #expect(parsed.articles.map(\.title) == [
            "Kyrgyzstan and Tajikistan open a rebuilt border crossing",
            "Uzbekistan & Kazakhstan sign a water-sharing agreement",
            "CSTO ministers meet in Astana",
        ])
        let crossing = parsed.articles[0]
        #expect(crossing.date == PublicationDate(year: 2024, month: 11, day: 28))
        #expect(crossing.url == "https://steppe-wire.example/2024/11/28/border-crossing")
        #expect(crossing.source == "Steppe Wire: Central Asia")
        #expect(crossing.ref == "steppe-wire-48213")
        #expect(crossing.metadata["author"] == "Aida Bekova")
        #expect(crossing.metadata["categories"] == "Borders, Kyrgyzstan")
        #expect(crossing.body == """
            The Kyzyl-Bel crossing between Kyrgyzstan and Tajikistan reopened on Thursday, two years after it was closed by fighting in September 2022.

            Officials from Bishkek and Dushanbe said the crossing would handle freight from January 2025. More on borders
            """)
        #expect(!crossing.isExcerpt)
        let water = parsed.articles[1]
        #expect(water.body == "Tashkent and Astana agreed on the Syr Darya's spring releases for 2025 after months of talks.")
        #expect(water.ref == nil)
        #expect(parsed.articles[2].date == nil)
        #expect(parsed.articles[2].isExcerpt)
        #expect(parsed.warnings.map { "\($0.line ?? 0): \($0.message)" } == [
            "31: unrecognized date 'sometime last week'; article kept without a date",
            "37: record has no title or body; skipped",
        ])
    }

    @Test func anAtomFeedReadsXHTMLAndEscapedHTMLContent() throws {
        let parsed = try FixtureFiles.parse("central-asia-atom.atom")
        #expect(parsed.format == .feed)
        #expect(parsed.warnings.isEmpty)
        #expect(parsed.articles.count == 2)
        let cpc = parsed.articles[0]
        #expect(cpc.title == "Caspian Pipeline Consortium resumes full loadings")
        #expect(cpc.url == "https://caspian-monitor.example/cpc-loadings")
        #expect(cpc.date == PublicationDate(year: 2024, month: 11, day: 29))
        #expect(cpc.source == "Caspian Monitor")
        #expect(cpc.metadata["author"] == "Rustam Alimov")
        #expect(cpc.metadata["categories"] == "energy")
        #expect(cpc.body.hasPrefix("The Caspian Pipeline Consortium said loadings"))
        #expect(cpc.body.contains("28 November 2024.\n\nKazakhstan ships most"))
        let gas = parsed.articles[1]
        #expect(gas.date == PublicationDate(year: 2024, month: 11, day: 20))
        #expect(gas.url == "https://caspian-monitor.example/gas-talks")
        #expect(gas.body == "Ashgabat and Baku will meet again in March 2025 to discuss a trans-Caspian link.")
    }

    @Test func aSavedNewsPageKeepsTheArticleAndDropsThePageAroundIt() throws {
        let parsed = try FixtureFiles.parse("csto-border-saved-page.html")
        #expect(parsed.format == .html)
        #expect(parsed.warnings.map(\.message) == [
            "declares windows-1251 in its <meta charset>, but its bytes are valid UTF-8; read as UTF-8",
        ], "saved as UTF-8 by the browser, which kept the page's declaration")
        let article = try #require(parsed.articles.first)
        #expect(parsed.articles.count == 1)
        #expect(article.title == "CSTO approves funding for the Tajik-Afghan border")
        #expect(article.date == PublicationDate(year: 2024, month: 11, day: 28))
        #expect(article.url == "https://pamir-post.example/news/csto-border-funding")
        #expect(article.source == "Pamir Post")
        #expect(article.metadata["author"] == "Farrukh Nazarov")
        let paragraphs = article.body.components(separatedBy: "\n\n")
        #expect(paragraphs.count == 4)
        #expect(paragraphs.first?.hasPrefix("The Collective Security Treaty Organization has approved") == true)
        #expect(paragraphs.last == "“Security on this border is security for the whole region,” Tasmagambetov said.")
        for furniture in ["Skip to content", "Politics", "cookies", "Share on", "Border post", "Related", "briefing",
                          "Comments", "Most read", "All rights reserved", "gtag", "font-family", "By Farrukh"] {
            #expect(!article.body.contains(furniture), "kept \(furniture)")
        }
    }

    @Test func aPageWithoutArticleOrMainTakesTheLargestBlockOfParagraphs() throws {
        let parsed = try FixtureFiles.parse("undated-blog-page.htm")
        let article = try #require(parsed.articles.first)
        #expect(article.title == "Notes from Osh")
        #expect(article.body.hasPrefix("Market day in Osh\n\nThe Jayma bazaar"))
        #expect(article.body.hasSuffix("after the som weakened."))
        #expect(!article.body.contains("Short intro"))
        #expect(!article.body.contains("Archive"))
        #expect(article.date == nil)
        #expect(parsed.warnings.map(\.message) == [
            "no publication date (no JSON-LD, meta tag, <time>, byline or dated address); kept without a date",
        ])
    }

    @Test func theDateFallsBackToTimeElementsAndJSONLD() {
        let timed = SourceReader.parse(Array("""
            <html><body><article><h1>Rogun dam</h1><time datetime="2023-07-01T09:00">1 July</time>
            <p>Work on the Rogun dam continued.</p></article></body></html>
            """.utf8), file: "t.html", fileExtension: "html")
        #expect(timed.articles.first?.date == PublicationDate(year: 2023, month: 7, day: 1))
        #expect(timed.articles.first?.title == "Rogun dam")
        #expect(timed.articles.first?.body == "1 July\n\nWork on the Rogun dam continued.")
        let linked = SourceReader.parse(Array("""
            <html><head><script type="application/ld+json">[{"@graph":[{"@type":"NewsArticle","datePublished":"2022-03-04"}]}]</script></head>
            <body><main><p>Almaty prices rose.</p></main></body></html>
            """.utf8), file: "l.html", fileExtension: "html")
        #expect(linked.articles.first?.date == PublicationDate(year: 2022, month: 3, day: 4))
    }

    @Test func formatsAreDetectedByContentWhateverTheExtension() {
        #expect(SourceFormat.detect(fileExtension: "txt", text: "<?xml version=\"1.0\"?>\n<!-- feed -->\n<rss version=\"2.0\"><channel/></rss>") == .feed)
        #expect(SourceFormat.detect(fileExtension: "", text: "\n<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>") == .feed)
        #expect(SourceFormat.detect(fileExtension: "txt", text: "<!DOCTYPE html>\n<html><body><p>x</p></body></html>") == .html)
        #expect(SourceFormat.detect(fileExtension: "dat", text: "<HTML><BODY>x</BODY></HTML>") == .html)
        #expect(SourceFormat.detect(fileExtension: "txt", text: "<not markup at all") == .plainText)
        #expect(SourceFormat.knownExtensions.isSuperset(of: ["xml", "rss", "atom", "html", "htm"]))
    }

    @Test func brokenXMLKeepsTheItemsBeforeTheErrorAndSaysWhere() {
        let parsed = SourceReader.parse(Array("""
            <rss version="2.0"><channel><title>Wire</title>
            <item><title>First</title><description>Kept.</description></item>
            <item><title>Second</title><description>Cut off
            """.utf8), file: "cut.xml", fileExtension: "xml")
        #expect(parsed.articles.map(\.title) == ["First"])
        #expect(parsed.warnings.map(\.description) == [
            "cut.xml:3: the feed ends before </rss> (cut off?); the 1 whole item before it kept, the rest skipped",
        ])
        let broken = SourceReader.parse(Array("""
            <rss version="2.0"><channel><title>Wire</title>
            <item><title>First</title><description>Kept.</description></item>
            <item><title>Second & third</title></item></channel></rss>
            """.utf8), file: "amp.rss", fileExtension: "rss")
        #expect(broken.articles.map(\.title) == ["First", "Second third"])
        #expect(broken.warnings.map(\.description) == [
            "amp.rss:3: not well-formed XML at column 22: a bare & (write &amp;); read on past it, so the item there may have lost text",
        ])
    }

    @Test func xmlThatIsNotAFeedIsSkippedByName() {
        let parsed = SourceReader.parse(Array("<?xml version=\"1.0\"?><config><a>1</a></config>".utf8), file: "c.xml", fileExtension: "xml")
        #expect(parsed.articles.isEmpty)
        #expect(parsed.warnings.map(\.message) == ["XML, but not an RSS or Atom feed (its root is <config>); skipped"])
    }

    @Test func deeplyNestedHTMLIsFlattenedNotACrash() {
        let html = "<html><body><article>" + String(repeating: "<div>", count: 20_000) + "<p>Deep text in Bishkek.</p>"
            + String(repeating: "</div>", count: 20_000) + "</article></body></html>"
        let parsed = SourceReader.parse(Array(html.utf8), file: "deep.html", fileExtension: "html")
        #expect(parsed.articles.first?.body.contains("Deep text in Bishkek.") == true)
    }

    @Test func entityBombsAndExternalEntitiesAreNotExpanded() {
        let laughs = (1...9).map { level in
            "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
        }.joined(separator: "\n")
        let bomb = SourceReader.parse(Array("""
            <?xml version="1.0"?>
            <!DOCTYPE rss [
            <!ENTITY lol0 "lol">
            \(laughs)
            ]>
            <rss version="2.0"><channel><title>Laughs</title><item><title>Boom</title><description>&lol9;</description></item></channel></rss>
            """.utf8), file: "lol.xml", fileExtension: "xml")
        #expect(bomb.articles.map(\.body) == [""])
        #expect(bomb.warnings.map(\.description) == [
            "lol.xml:14: not well-formed XML at column 94: an entity XML does not define (such as &nbsp;); "
                + "read on past it, so the item there may have lost text",
        ])
        let external = SourceReader.parse(Array("""
            <?xml version="1.0"?>
            <!DOCTYPE rss [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
            <rss version="2.0"><channel><title>X</title><item><title>Leak</title><description>before &secret; after</description></item></channel></rss>
            """.utf8), file: "ext.xml", fileExtension: "xml")
        #expect(external.articles.first?.title == "Leak")
        #expect(external.articles.first?.body.contains("root:") == false)
    }

    /// Found by the feed fuzzer: Foundation's XMLParser on Linux crashes on a processing instruction without data.
    @Test func processingInstructionsAndTheDocumentTypeAreBlanked() {
        let feed = SourceReader.parse(Array("""
            <?xml version="1.0" encoding="utf-8"?>
            <?xml-stylesheet type="text/xsl" href="feed.xsl"?>
            <rss version="2.0"><?pi?><channel><title>Wire</title>
            <item><title>Almaty <?x?>smog</title><description>Smog over Almaty.</description></item></channel></rss>
            """.utf8), file: "pi.rss", fileExtension: "rss")
        #expect(feed.articles.map(\.title) == ["Almaty smog"])
        #expect(feed.warnings.isEmpty)
        let blanked = String(decoding: FeedReader.blankingProcessingInstructions(Array("<?xml version=\"1.0\"?>\n<?a\nb?><r/>".utf8)), as: UTF8.self)
        #expect(blanked == String(repeating: " ", count: 21) + "\n   \n   <r/>")
        let doctype = String(decoding: FeedReader.blankingProcessingInstructions(Array("<!DOCTYPE rss [\n<!ENTITY e \"&#60;?x?&#62;\">\n]><rss>&e;</rss>".utf8)), as: UTF8.self)
        #expect(doctype == String(repeating: " ", count: 15) + "\n" + String(repeating: " ", count: 27) + "\n  <rss>&e;</rss>")
        let second: [UInt8] = Array("<?xml ate\" href=\"?#>\n<feed xmlns=\"http: <entry>\n//www.w3.org/200<?x?>\n<fe5/Atom     <title tybod".utf8)
        #expect(SourceReader.parse(second, file: "crash2.xml", fileExtension: "xml").articles.isEmpty)
        let crasher: [UInt8] = Array("<lONOO`OOid".utf8) + [0xCE, 0xCE, 0xCE, 0xCE] + Array("tf-8\"<?x".utf8)
            + [0xE0, 0xE0, 0xE0, 0xE0, 0xE0, 0xE0] + Array("?>\n<fqed x".utf8)
        #expect(SourceReader.parse(crasher, file: "crash.xml", fileExtension: "xml").articles.isEmpty)
    }

    @Test func readingStopsAfterAHundredErrors() {
        let items = (1...300).map { "<item><title>Item \($0) & more</title><description>Text \($0).</description></item>" }.joined(separator: "\n")
        let parsed = SourceReader.parse(Array("<rss version=\"2.0\"><channel><title>W</title>\n\(items)\n</channel></rss>".utf8),
                                        file: "noisy.rss", fileExtension: "rss")
        #expect(parsed.articles.count < 300)
        #expect(parsed.warnings.last?.message.hasPrefix("100 XML errors by this line, the first at line 2; reading stopped here;") == true)
    }
}
