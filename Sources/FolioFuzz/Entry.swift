import Foundation

/// libFuzzer's entry point; the target is named by FOLIO_FUZZ_TARGET.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzEntry.target.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

enum FuzzEntry {
    static let target: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["FOLIO_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            FileHandle.standardError.write(Data("folio-fuzz: set FOLIO_FUZZ_TARGET to one of \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))\n".utf8))
            exit(2)
        }
        return target
    }()
}

#if !FUZZING
/// Built with `-DFUZZING` and the fuzzer sanitizer, the executable's main is libFuzzer's. Without them it
/// runs the target once on each file it is given: a crasher replays this way.
@main enum Replay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("folio-fuzz: cannot read \(path)\n".utf8))
                exit(2)
            }
            FuzzEntry.target.run(Array(data))
        }
    }
}
#endif
