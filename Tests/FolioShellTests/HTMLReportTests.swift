import Foundation
import FolioTestSupport
import Testing

/// Headless Chromium from Debian's packages: renders a page, dumps the DOM it built, takes a screenshot and
/// logs every network request.
struct HeadlessBrowser {
    let path: String

    static func find() -> HeadlessBrowser? {
        let candidates = [ProcessInfo.processInfo.environment["FOLIO_CHROMIUM"], "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        return candidates.compactMap { $0 }.first { FileManager.default.isExecutableFile(atPath: $0) }.map(HeadlessBrowser.init)
    }

    struct Rendering {
        var dom: String
        var screenshot: Data
        /// The http and https addresses the page asked for (the browser's own update and account checks left out).
        var requests: [String]
    }

    func render(_ file: String, in scratch: String, width: Int = 1000, height: Int = 1400) throws -> Rendering {
        let shot = scratch + "/shot-\(UUID().uuidString).png", log = scratch + "/net-\(UUID().uuidString).json"
        let common = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--disable-sync",
                      "--disable-background-networking", "--disable-component-update", "--disable-default-apps",
                      "--disable-extensions", "--user-data-dir=\(scratch)/profile", "--window-size=\(width),\(height)"]
        let url = URL(fileURLWithPath: file).absoluteString
        let dom = try run(common + ["--log-net-log=\(log)", "--dump-dom", url])
        _ = try run(common + ["--screenshot=\(shot)", url])
        let netLog = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        let requests = netLog.components(separatedBy: "\"url\":\"").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }
            .filter { $0.hasPrefix("http") }
            .filter { url in
                let host = URL(string: url)?.host ?? ""
                return !["google.com", "googleapis.com", "gvt1.com"].contains { host == $0 || host.hasSuffix("." + $0) }
            }
        return Rendering(dom: dom, screenshot: try Data(contentsOf: URL(fileURLWithPath: shot)), requests: Array(Set(requests)).sorted())
    }

    private func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Width and height from a PNG's IHDR chunk.
    static func pngSize(_ data: Data) -> (width: Int, height: Int)? {
        let bytes = [UInt8](data.prefix(24))
        guard bytes.count == 24, bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) else { return nil }
        func word(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (word(16), word(20))
    }
}

@Suite struct HTMLReportTests {
    static let browser = HeadlessBrowser.find()
    /// CI installs Chromium (`.ci/setup --tests`); elsewhere the browser test runs only where it is installed.
    static let hasBrowser = browser != nil || ProcessInfo.processInfo.environment["CI"] != nil

    @Test func theReportHoldsTheSessionAndNeedsNothingButItself() throws {
        let scratch = try Scratch()
        let run = try FolioBinary.run([
            "--workspace", "ws", "-c", "# How the <CSTO> frames the Tajik-Afghan border & its programme",
            "-c", "find \"Tajik-Afghan border\"", "-c", "timeline border --article",
            "-c", "note 13be2d Deliveries from 2026 #border --quote \"will start delivering weapons\"",
            "-c", "save border-report", "-c", "export html report.html",
        ], in: scratch.path)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("wrote report.html: report, 3 commands and 1 timeline chart in one HTML page"))
        let html = try String(contentsOfFile: scratch.path + "/report.html", encoding: .utf8)
        let saved = try String(contentsOfFile: scratch.path + "/Sessions/border-report.md", encoding: .utf8)
        let digest = try #require(saved.components(separatedBy: "fingerprint ").dropFirst().first?.prefix(12))
        #expect(html.contains("<code class=\"fingerprint\">\(digest)</code>"))
        #expect(html.contains("How the &lt;CSTO&gt; frames the Tajik-Afghan border &amp; its programme"))
        #expect(html.contains("<span class=\"prompt\">folio&gt;</span> timeline border --article"))
        #expect(html.contains("<svg class=\"timeline-chart\""))
        #expect(html.contains("<blockquote>will start delivering weapons</blockquote>"))
        #expect(html.contains("Content-Security-Policy"))
        #expect(!html.contains("<script"))
        for attribute in ["src=", "href=", "url("] { #expect(!html.contains(attribute), "the page refers to something outside itself: \(attribute)") }

        let fromFile = try FolioBinary.run(["--workspace", "ws", "-c", "export html saved.html --session border-report"], in: scratch.path)
        #expect(fromFile.output.contains("wrote saved.html: border-report, 3 commands and 1 timeline chart in one HTML page"))
        let savedHTML = try String(contentsOfFile: scratch.path + "/saved.html", encoding: .utf8)
        #expect(savedHTML.contains("<h1>border-report</h1>"))
        #expect(savedHTML.contains("<code class=\"fingerprint\">\(digest)</code>"))
    }

    @Test(.enabled(if: hasBrowser)) func theReportRendersInAHeadlessBrowserWithoutARequest() throws {
        let browser = try #require(Self.browser, "chromium is not installed: bash .ci/setup --tests installs it")
        let scratch = try Scratch()
        let run = try FolioBinary.run([
            "--workspace", "ws", "-c", "# The border programme, in two announcements",
            "-c", "timeline \"Tajik-Afghan\" OR programme --article", "-c", "kwic CSTO --limit 3",
            "-c", "note 6edab6 Announced in Moscow #border --quote \"according to Interfax\"", "-c", "export html report.html",
        ], in: scratch.path)
        #expect(run.status == 0, "\(run.errors)")
        let rendering = try browser.render(scratch.path + "/report.html", in: scratch.path)

        #expect(rendering.dom.contains("<h1>report</h1>"))
        #expect(rendering.dom.contains("The border programme, in two announcements"))
        let bars = rendering.dom.components(separatedBy: "<rect class=\"bar\"").count - 1
        #expect(bars == 6, "a bar for each year from 2024 to 2029")
        #expect(rendering.dom.contains("<title>2025: 7 events</title>"))
        #expect(rendering.dom.contains("<mark>CSTO</mark>"))
        #expect(rendering.dom.contains("Announced in Moscow"))
        #expect(rendering.requests.isEmpty, "the report asked for \(rendering.requests)")

        let size = try #require(HeadlessBrowser.pngSize(rendering.screenshot))
        #expect(size.width == 1000 && size.height == 1400)
        let blankPath = scratch.path + "/blank.html"
        try Data("<!DOCTYPE html><html><body></body></html>".utf8).write(to: URL(fileURLWithPath: blankPath))
        let blank = try browser.render(blankPath, in: scratch.path)
        #expect(rendering.screenshot.count > 10 * blank.screenshot.count, "the screenshot looks empty")
    }

    @Test(.enabled(if: hasBrowser)) func theRequestCheckCatchesAPageThatReachesOut() throws {
        let browser = try #require(Self.browser)
        let scratch = try Scratch()
        let page = scratch.path + "/leaky.html"
        try Data("<!DOCTYPE html><html><body><img src=\"https://folio-report.invalid/pixel.png\"></body></html>".utf8)
            .write(to: URL(fileURLWithPath: page))
        let rendering = try browser.render(page, in: scratch.path)
        #expect(rendering.requests == ["https://folio-report.invalid/pixel.png"])
    }
}
