// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "fritidspas",
    // macOS 15 for Synchronization.Mutex (the erasure ledger); the server runs on Linux.
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "fritidspas", targets: ["FritidspasCLI"]),
        .library(name: "FritidspasViews", targets: ["Views"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", exact: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", exact: "2.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift.git", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", exact: "4.5.2"),
        .package(url: "https://github.com/vapor/jwt-kit.git", exact: "5.7.1"),
        .package(url: "https://github.com/swift-server/async-http-client.git", exact: "1.37.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
    ],
    targets: [
        // Entities, rules, state machines and repository protocols. Pure Swift: no I/O.
        .target(name: "Domain"),
        // The repositories over SQLite (GRDB). Every query is scoped to a municipality.
        .target(name: "Store", dependencies: [
            "Domain",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        // A realistic demo data set (used by `serve --demo` and by tests).
        .target(name: "Demo", dependencies: ["Domain", "Store", .product(name: "GRDB", package: "GRDB.swift")]),
        // The pages as compiled Swift, one file per page: view models and the views that write them.
        .target(name: "Views", dependencies: ["Domain"], path: "Templates"),
        // Routes, access policy, request decoding and the view models' builders.
        .target(name: "Web", dependencies: [
            "Domain", "Store", "Views",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
            .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "JWTKit", package: "jwt-kit"),
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ], resources: [.copy("Resources")]),
        // The executable only reads configuration and wires the modules together.
        .executableTarget(name: "FritidspasCLI", dependencies: [
            "Web", "Store", "Domain", "Demo",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "DomainTests", dependencies: ["Domain"]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "Domain", "Demo"]),
        .testTarget(name: "WebTests", dependencies: [
            "Web", "Store", "Domain", "Demo",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "JWTKit", package: "jwt-kit"),
        ]),
    ]
)
