import Foundation

/// The measures of one run, each with its floor where there is one, and its target.
struct BenchReport {
    struct Measure {
        var name: String
        var folio: Double
        var floor: Double?
        var target: String
        var met: Bool?

        var ratio: Double? { floor.map { $0 > 0 ? folio / $0 : 0 } }
    }

    var corpus: String
    var megabytes: Double
    var articles = 0
    var measures: [Measure] = []

    mutating func add(_ name: String, folio: Double, floor: Double?, target: String, met: Bool?) {
        measures.append(Measure(name: name, folio: folio, floor: floor, target: target, met: met))
    }

    func table() -> String {
        var lines = ["articles \(articles)", "", "measure                            folio      floor      ratio   target                 met"]
        for measure in measures {
            let floor = measure.floor.map { String(format: "%9.3f", $0) } ?? "        –"
            let ratio = measure.ratio.map { String(format: "%7.2f×", $0) } ?? "       –"
            let met = measure.met.map { $0 ? "yes" : "NO" } ?? ""
            lines.append(measure.name.padding(toLength: 32, withPad: " ", startingAt: 0) + String(format: " %9.3f", measure.folio)
                + "  " + floor + "  " + ratio + "   " + measure.target.padding(toLength: 22, withPad: " ", startingAt: 0) + " " + met)
        }
        return lines.joined(separator: "\n")
    }

    func json() -> String {
        let object: [String: Any] = [
            "corpus": corpus, "megabytes": (megabytes * 10).rounded() / 10, "articles": articles,
            "measures": measures.map { measure -> [String: Any] in
                var fields: [String: Any] = ["name": measure.name, "folio": (measure.folio * 1000).rounded() / 1000, "target": measure.target]
                if let floor = measure.floor { fields["floor"] = (floor * 1000).rounded() / 1000 }
                if let ratio = measure.ratio { fields["ratio"] = (ratio * 100).rounded() / 100 }
                if let met = measure.met { fields["met"] = met }
                return fields
            },
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
