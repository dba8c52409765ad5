import ArgumentParser
import Foundation
import Web

/// The demo authenticator's current code, for signing in to `serve --demo` without an app.
struct DemoCodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo-code",
        abstract: "Print the current code of the demo staff's authenticator (only demo data uses its key).")

    func run() throws {
        let now = Date()
        let left = 30 - Int(now.timeIntervalSince1970) % 30
        print("\(DemoSecondFactor.code(at: now))   (valid about \(left) s more; key \(DemoSecondFactor.secret))")
    }
}
