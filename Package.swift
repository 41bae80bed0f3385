// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Folio",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "folio", targets: ["folio"]),
        .executable(name: "folio-bench", targets: ["FolioBench"]),
        .executable(name: "folio-eval", targets: ["FolioEval"]),
        .executable(name: "folio-fuzz", targets: ["FolioFuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", exact: "2.5.2"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
        .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
    ],
    targets: [
        .target(
            name: "CLibEdit",
            linkerSettings: [.linkedLibrary("edit"), .linkedLibrary("sqlite3")]
        ),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "CHTMLParser", dependencies: ["CLibXML2"]),
        .target(name: "FolioCore"),
        .target(name: "FolioAnalysis", dependencies: ["FolioCore"], resources: [.copy("Resources/places.tsv"), .copy("Resources/given-names.txt"), .copy("Resources/titles.txt"), .copy("Resources/abbreviations.txt"), .copy("Resources/common-words.txt"), .copy("Resources/surnames.txt"), .copy("Resources/german-nouns.txt"), .copy("Resources/companies.txt")]),
        .target(
            name: "FolioIngest",
            dependencies: [
                "FolioCore", "CHTMLParser",
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Resources/central-asia-results-page-1.txt")]
        ),
        .target(
            name: "FolioStore",
            dependencies: [
                "FolioCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(
            name: "FolioCommands",
            dependencies: [
                "FolioCore", "FolioIngest", "FolioStore", "FolioAnalysis",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        .target(
            name: "FolioSession",
            dependencies: [
                "FolioCommands", "FolioStore", "FolioIngest", "FolioCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "FolioShell",
            dependencies: [
                "FolioSession", "FolioCommands", "FolioIngest", "FolioCore", "CLibEdit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "folio", dependencies: ["FolioShell"]),
        .executableTarget(
            name: "FolioBench",
            dependencies: [
                "FolioCommands", "FolioSession", "FolioStore", "FolioIngest", "FolioCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .executableTarget(name: "FolioEval", dependencies: ["FolioAnalysis", "FolioIngest", "FolioCore", "CHTMLParser"]),
        .executableTarget(
            name: "FolioFuzz",
            dependencies: ["FolioIngest", "FolioAnalysis", "FolioCommands", "FolioSession", "FolioCore"]
        ),
        .target(name: "FolioTestSupport", dependencies: ["FolioSession", "FolioCommands"], path: "Tests/FolioTestSupport"),
        .testTarget(name: "FolioCoreTests", dependencies: ["FolioCore"]),
        .testTarget(
            name: "FolioAnalysisTests",
            dependencies: ["FolioAnalysis", "FolioCore", "FolioIngest"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "FolioIngestTests",
            dependencies: ["FolioIngest", "FolioCore", "FolioTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "FolioStoreTests",
            dependencies: ["FolioStore", "FolioIngest", "FolioCore", "FolioTestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "FolioCommandsTests",
            dependencies: [
                "FolioCommands", "FolioSession", "FolioIngest", "FolioStore", "FolioCore", "FolioTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"), .product(name: "GRDB", package: "GRDB.swift"),
            ],
            exclude: ["Snapshots"]
        ),
        .testTarget(
            name: "FolioSessionTests",
            dependencies: ["FolioSession", "FolioCommands", "FolioCore", "FolioTestSupport"],
            exclude: ["Snapshots"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "FolioShellTests",
            dependencies: [
                "folio", "FolioShell", "FolioSession", "FolioCommands", "FolioTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "CSV", package: "CSV.swift"),
            ]),
    ]
)
