import FolioCore
import Testing

@Suite struct SearchQueryTests {
    @Test func wordsAreAndedAndPhrasesKeepTheirWords() throws {
        #expect(try SearchQuery(parsing: "CSTO border") == .all([.term("CSTO"), .term("border")]))
        #expect(try SearchQuery(parsing: "\"Tajik-Afghan border\"") == .phrase("Tajik-Afghan border"))
        #expect(try SearchQuery(parsing: "“curly quotes”") == .phrase("curly quotes"))
    }

    @Test func orNotMinusPrefixAndParenthesesParse() throws {
        #expect(try SearchQuery(parsing: "Kazakhstan OR Uzbekistan") == .any([.term("Kazakhstan"), .term("Uzbekistan")]))
        #expect(try SearchQuery(parsing: "CSTO -Armenia NOT Belarus") == .excluding(.term("CSTO"), [.term("Armenia"), .term("Belarus")]))
        #expect(try SearchQuery(parsing: "milit*") == .term("milit", isPrefix: true))
        #expect(try SearchQuery(parsing: "CSTO (Armenia OR Belarus)") == .all([.term("CSTO"), .any([.term("Armenia"), .term("Belarus")])]))
        #expect(try SearchQuery(parsing: "a AND b") == .all([.term("a"), .term("b")]))
    }

    @Test func hyphensAndApostrophesStayInsideWords() throws {
        #expect(try SearchQuery(parsing: "Tajik-Afghan") == .term("Tajik-Afghan"))
        #expect(try SearchQuery(parsing: "Turkey’s Turkey's") == .all([.term("Turkey’s"), .term("Turkey's")]))
        #expect(try SearchQuery(parsing: "border, - & CSTO.") == .all([.term("border"), .term("CSTO")]))
    }

    @Test(arguments: [
        ("\"unclosed", "unclosed quote", 1),
        ("CSTO (border", "'(' is never closed", 6),
        ("CSTO )", "unmatched ')'", 6),
        ("OR CSTO", "OR needs a term before it", 1),
        ("CSTO OR", "OR needs a term after it", 6),
        ("-Armenia", "a search needs at least one term that is not excluded", 1),
        ("mil*tary", "'*' can only end a word, as in milit*", 4),
        ("\"\"", "empty phrase", 1),
        ("   ", "empty query: type words to search for", 1),
        ("CSTO NOT", "NOT needs a term after it", 6),
        ("()", "empty parentheses", 1),
    ])
    func errorsNameTheColumn(query: String, message: String, column: Int) {
        #expect(throws: SearchQueryError(message, column: column, in: query)) {
            try SearchQuery(parsing: query)
        }
    }

    @Test func anErrorShowsACaretUnderTheColumn() {
        let error = SearchQueryError("'(' is never closed", column: 6, in: "CSTO (border")
        #expect(error.description == "'(' is never closed at column 6\n  CSTO (border\n       ^")
    }
}

/// Crashers the fuzzing and the hostile-input suite found, kept so they stay fixed.
@Suite struct SearchQueryRegressionTests {
    @Test func tenThousandOpenParenthesesAreRefusedNotOverflowed() throws {
        #expect(throws: SearchQueryError.self) { try SearchQuery(parsing: String(repeating: "(", count: 10_000) + "a") }
        let deep = String(repeating: "(", count: 65) + "a" + String(repeating: ")", count: 65)
        #expect(throws: SearchQueryError.self) { try SearchQuery(parsing: deep) }
        let fine = String(repeating: "(", count: 64) + "a" + String(repeating: ")", count: 64)
        #expect(try SearchQuery(parsing: fine) == .term("a", isPrefix: false))
    }
}
