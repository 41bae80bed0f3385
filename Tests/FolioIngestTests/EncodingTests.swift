import FolioCore
import FolioIngest
import Foundation
import Testing

/// Files in the character sets news still comes in, declared or not.
@Suite struct EncodingTests {
    /// `Граница закрыта` ("the border is closed") and more, in windows-1251 and in KOI8-R.
    static let russian = "Граница закрыта. Таможенники Кыргызстана и Казахстана обсудили очереди на пункте пропуска, сообщили в ведомстве."
    static let cp1251: [UInt8] = [
        0xC3, 0xF0, 0xE0, 0xED, 0xE8, 0xF6, 0xE0, 0x20, 0xE7, 0xE0, 0xEA, 0xF0, 0xFB, 0xF2, 0xE0, 0x2E, 0x20, 0xD2, 0xE0, 0xEC,
        0xEE, 0xE6, 0xE5, 0xED, 0xED, 0xE8, 0xEA, 0xE8, 0x20, 0xCA, 0xFB, 0xF0, 0xE3, 0xFB, 0xE7, 0xF1, 0xF2, 0xE0, 0xED, 0xE0,
        0x20, 0xE8, 0x20, 0xCA, 0xE0, 0xE7, 0xE0, 0xF5, 0xF1, 0xF2, 0xE0, 0xED, 0xE0, 0x20, 0xEE, 0xE1, 0xF1, 0xF3, 0xE4, 0xE8,
        0xEB, 0xE8, 0x20, 0xEE, 0xF7, 0xE5, 0xF0, 0xE5, 0xE4, 0xE8, 0x20, 0xED, 0xE0, 0x20, 0xEF, 0xF3, 0xED, 0xEA, 0xF2, 0xE5,
        0x20, 0xEF, 0xF0, 0xEE, 0xEF, 0xF3, 0xF1, 0xEA, 0xE0, 0x2C, 0x20, 0xF1, 0xEE, 0xEE, 0xE1, 0xF9, 0xE8, 0xEB, 0xE8, 0x20,
        0xE2, 0x20, 0xE2, 0xE5, 0xE4, 0xEE, 0xEC, 0xF1, 0xF2, 0xE2, 0xE5, 0x2E,
    ]
    /// KOI8-R orders the Cyrillic letters by their Latin sounds: the same text, other bytes.
    static var koi8r: [UInt8] {
        let cp1251Order = Array("абвгдежзийклмнопрстуфхцчшщъыьэюя".unicodeScalars)
        let koi8Lower: [UInt8] = [0xC1, 0xC2, 0xD7, 0xC7, 0xC4, 0xC5, 0xD6, 0xDA, 0xC9, 0xCA, 0xCB, 0xCC, 0xCD, 0xCE, 0xCF, 0xD0,
                                  0xD2, 0xD3, 0xD4, 0xD5, 0xC6, 0xC8, 0xC3, 0xDE, 0xDB, 0xDD, 0xDF, 0xD9, 0xD8, 0xDC, 0xC0, 0xD1]
        return cp1251.map { byte in
            switch byte {
            case 0xE0...0xFF: return koi8Lower[Int(byte - 0xE0)]
            case 0xC0...0xDF: return koi8Lower[Int(byte - 0xC0)] + 0x20
            default: _ = cp1251Order; return byte
            }
        }
    }

    func parse(_ bytes: [UInt8], as fileExtension: String) -> ParsedSource {
        SourceReader.parse(bytes, file: "news.\(fileExtension)", fileExtension: fileExtension)
    }

    @Test func theSampleIsWhatItSays() throws {
        let decoded = try #require(String(bytes: Self.cp1251, encoding: .windowsCP1251))
        #expect(decoded == Self.russian)
    }

    @Test func aWindows1251FeedIsReadAsItsXMLDeclarationSays() throws {
        let feed = Array("<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss version=\"2.0\"><channel><title>Lenta</title><item><title>".utf8)
            + Self.cp1251.prefix(15) + Array("</title><description>".utf8) + Self.cp1251 + Array("</description></item></channel></rss>".utf8)
        let parsed = parse(feed, as: "xml")
        let article = try #require(parsed.articles.first)
        #expect(article.title == "Граница закрыта")
        #expect(article.body == Self.russian)
        #expect(parsed.warnings.map(\.message) == ["read as windows-1251, as its XML declaration declares"])
    }

    @Test func aLatin1PageThatDeclaresItIsRead() throws {
        let page = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><title>Caf".utf8) + [0xE9]
            + Array(" talks</title></head><body><article><p>Caf".utf8) + [0xE9] + Array(" owners in Tashkent met the mayor ".utf8) + [0x96]
            + Array(" and the talks went on.</p></article></body></html>".utf8)
        let parsed = parse(page, as: "html")
        let article = try #require(parsed.articles.first)
        #expect(article.title == "Café talks")
        #expect(article.body == "Café owners in Tashkent met the mayor – and the talks went on.", "ISO-8859-1 is read as windows-1252, as browsers do")
        #expect(parsed.warnings.first?.message == "read as windows-1252, as its <meta http-equiv=\"Content-Type\"> declares")
    }

    @Test func aUTF8DeclarationOverWindows1251BytesIsCaught() throws {
        let page = Array("<html><head><meta charset=\"utf-8\"></head><body><article><p>".utf8) + Self.cp1251 + Array("</p></article></body></html>".utf8)
        let parsed = parse(page, as: "html")
        #expect(parsed.articles.first?.body == Self.russian)
        #expect(parsed.warnings.first?.message
            == "declares utf-8 in its <meta charset>, but is not valid UTF-8; read as windows-1251, whose reading gives Cyrillic words")
    }

    @Test(arguments: [("WINDOWS-1251", false), ("KOI8-R", true)])
    func undeclaredCyrillicIsDetected(encoding: String, isKOI8: Bool) throws {
        let bytes = Array("Border\n\n".utf8) + (isKOI8 ? Self.koi8r : Self.cp1251)
        let parsed = parse(bytes, as: "txt")
        #expect(parsed.articles.first?.body == Self.russian)
        #expect(parsed.warnings.first?.message
            == "not valid UTF-8 and declares no character set; read as \(encoding.lowercased()), whose reading gives Cyrillic words")
    }

    @Test func undeclaredWindows1252IsDetected() throws {
        let bytes = Array("Caf".utf8) + [0xE9] + Array(" owners\n\nThe caf".utf8) + [0xE9, 0x27, 0x73] + Array(" owners in Tashkent said the ".utf8)
            + [0x93] + Array("new rules".utf8) + [0x94] + Array(" hurt trade in the old quarter, na".utf8) + [0xEF, 0x76, 0x65] + Array("ly.".utf8)
        let parsed = parse(bytes, as: "txt")
        #expect(parsed.articles.first?.title == "Café owners")
        #expect(parsed.articles.first?.body == "The café's owners in Tashkent said the \u{201C}new rules\u{201D} hurt trade in the old quarter, naïvely.")
    }

    @Test(arguments: [
        ("iso-8859-2", [0xB1, 0xE6, 0xEA], "ąćę"), ("iso-8859-5", [0xB3, 0xD0, 0xD1], "Габ"), ("iso-8859-7", [0xE1, 0xE2, 0xE3], "αβγ"),
        ("iso-8859-9", [0xFD, 0xF0, 0xFE], "ığş"), ("iso-8859-15", [0xA4, 0xBD, 0xE9], "€œé"), ("windows-1250", [0x9A, 0x9E, 0xE8], "šžč"),
        ("windows-1253", [0xE1, 0xE2, 0xE3], "αβγ"), ("windows-1254", [0xFD, 0xF0, 0xFE], "ığş"), ("windows-1255", [0xE0, 0xE1, 0xE2], "אבג"),
        ("windows-1256", [0xC7, 0xC8, 0xCA], "ابت"), ("windows-1257", [0xE0, 0xE8, 0xF0], "ąčš"), ("windows-1258", [0xE0, 0xE1, 0xE2], "àáâ"),
        ("iso-8859-3", [0xB1, 0xE6, 0xF5], "ħĉġ"), ("iso-8859-4", [0xB1, 0xE0, 0xE8], "ąāč"), ("iso-8859-6", [0xC7, 0xC8, 0xCA], "ابت"),
        ("iso-8859-8", [0xE0, 0xE1, 0xE2], "אבג"), ("iso-8859-10", [0xB1, 0xE0, 0xE8], "ąāč"), ("iso-8859-13", [0xE0, 0xE8, 0xF0], "ąčš"),
        ("iso-8859-14", [0xA2, 0xE0, 0xFF], "ḃàÿ"),
        ("koi8-r", [0xC1, 0xC2, 0xD7], "абв"), ("koi8-u", [0xA4, 0xA6, 0xA7], "єії"), ("windows-1251", [0xE0, 0xE1, 0xE2], "абв"),
    ] as [(String, [UInt8], String)])
    func everyDeclaredCharacterSetIsHonoured(label: String, bytes: [UInt8], text: String) throws {
        let page = Array("<html><head><meta charset=\"\(label)\"><title>x</title></head><body><p>Letters ".utf8) + bytes
            + Array(" in a sentence long enough to be a paragraph.</p></body></html>".utf8)
        let parsed = parse(page, as: "html")
        #expect(parsed.articles.first?.body == "Letters \(text) in a sentence long enough to be a paragraph.")
        #expect(parsed.warnings.first?.message == "read as \(label), as its <meta charset> declares")
    }

    @Test(arguments: [true, false])
    func utf16WithItsByteOrderMarkIsReadInEveryFormat(littleEndian: Bool) throws {
        func utf16(_ text: String) -> [UInt8] {
            (littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]) + text.utf16.flatMap { unit -> [UInt8] in
                let high = UInt8(unit >> 8), low = UInt8(unit & 0xFF)
                return littleEndian ? [low, high] : [high, low]
            }
        }
        let page = parse(utf16("<html><head><meta charset=\"utf-16\"><title>Граница</title></head><body><p>\(Self.russian)</p></body></html>"), as: "html")
        #expect(page.articles.first?.body == Self.russian)
        let text = parse(utf16("Граница\n\n\(Self.russian)\n"), as: "txt")
        #expect(text.articles.first?.title == "Граница")
        #expect(text.articles.first?.body == Self.russian)
        let csv = parse(utf16("title,body\nГраница,\"\(Self.russian)\"\n"), as: "csv")
        #expect(csv.articles.first?.body == Self.russian)
    }

    @Test func aByteOrderMarkOutranksADeclaration() throws {
        let page = [0xEF, 0xBB, 0xBF] + Array("<html><head><meta charset=\"windows-1251\"></head><body><p>Граница закрыта, сообщили в ведомстве.</p></body></html>".utf8)
        let parsed = parse(page, as: "html")
        #expect(parsed.articles.first?.body == "Граница закрыта, сообщили в ведомстве.")
        #expect(parsed.warnings.allSatisfy { !$0.message.contains("read as") })
    }
}
