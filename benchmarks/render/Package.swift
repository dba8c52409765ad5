// swift-tools-version:6.0
import PackageDescription

// Render-only benchmark: the same two pages written with our views (Views, Templates) and
// with JohnSundell/Plot, rendered in a loop. Run it with ./run (release build).
let package = Package(
    name: "render-bench",
    platforms: [.macOS(.v15)],
    dependencies: [
        // Named: a path dependency is otherwise known by its folder's name, which differs between clones.
        .package(name: "fritidspas", path: "../.."),
        .package(url: "https://github.com/JohnSundell/Plot.git", exact: "0.14.0"),
    ],
    targets: [
        .executableTarget(name: "render-bench", dependencies: [
            .product(name: "FritidspasViews", package: "fritidspas"),
            .product(name: "Plot", package: "Plot"),
        ]),
    ]
)
