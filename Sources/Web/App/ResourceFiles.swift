import Foundation

/// Files shipped in the Web module's `Resources` folder (copied as a folder by SwiftPM).
enum ResourceFiles {
    static func url(_ relativePath: String) -> URL {
        let bundle = Bundle.module
        let candidates = [bundle.resourceURL, bundle.resourceURL?.appendingPathComponent("Resources"),
                          bundle.bundleURL.appendingPathComponent("Resources")].compactMap { $0 }
        for base in candidates {
            let url = base.appendingPathComponent(relativePath)
            if FileManager.default.fileExists(atPath: url.path) { return url }
        }
        return bundle.bundleURL.appendingPathComponent("Resources").appendingPathComponent(relativePath)
    }
}
