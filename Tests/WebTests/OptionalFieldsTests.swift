import Demo
import Domain
import Foundation
import GRDB
import HummingbirdTesting
import Testing
@testable import Web

/// A field the form calls optional ("(frivilligt)") may be left empty, whatever else the person
/// chooses: every form each role can open is posted with its optional fields empty, once as
/// served and once for each choice it offers (each radio, short select, button and checkbox).
@Suite struct OptionalFieldsTests {
    @Test(arguments: ["coordinator@holstebro.demo", "caseworker@holstebro.demo", "volunteer@holstebro.demo", "association@holstebro.demo"])
    func optionalFieldsMayBeLeftEmpty(_ email: String) async throws {
        let app = try TestApp()
        let samples = try await AccessMatrixTests.Samples(app)
        let role = try #require(try await app.repos.users.find(try await app.userID(email))).role
        // A volunteer's forms live on their own course (the shared sample course is not theirs).
        let own = try await app.db.read { db in
            try Int64.fetchOne(db, sql: """
                SELECT g.id FROM guidance_course g JOIN volunteer v ON v.id = g.guide_volunteer_id JOIN app_user u ON u.id = v.user_id
                WHERE u.email = ? AND g.status = 'ongoing' ORDER BY g.id LIMIT 1
                """, arguments: [email])
        }
        var paths = Route.allCases.filter { $0.method == .get && AccessPolicy.allows(role, $0) && $0 != .logout }.map { ($0, samples.path($0)) }
        if let own {
            paths += [Route.courseShow, .sessionNew, .agreementNew, .activityForm].filter { AccessPolicy.allows(role, $0) }
                .map { ($0, $0.path.filled([CourseID(own)])) }
        }
        let pages = paths
        try await app.test { client in
            var browser = Browser(client)
            try await browser.login(email)
            var tried = 0
            for (route, path) in pages {
                let page = try await browser.get(path)
                guard page.status == .ok else { continue }
                for form in ServedForm.forms(in: page.text) where !form.multipart && form.action != Paths.logout.link() {
                    let optional = form.groups.filter(\.optional).flatMap(\.names).filter { $0 != "csrf_token" }
                    guard !optional.isEmpty else { continue }
                    let empty = Dictionary(optional.map { ($0, "") }) { first, _ in first }
                    var variations: [[String: String]] = [[:]]
                    for (name, values) in form.choices.sorted(by: { $0.key < $1.key }) where values.count <= 6 && !optional.contains(name) {
                        variations += values.map { [name: $0] }
                    }
                    variations += form.unticked.filter { !optional.contains($0.0) }.map { [$0.0: $0.1] }
                    for variation in variations {
                        let fields = form.with(empty.merging(variation) { $1 }).filter { $0.0 != "csrf_token" }
                        let answer = try await browser.post(form.action, fields)
                        tried += 1
                        for name in optional {
                            #expect(!ServedForm.hasError(name, in: answer.text),
                                    "\(route) as \(role.rawValue): \"\(name)\" says it is optional but is refused when empty (\(form.action), \(variation))")
                        }
                    }
                }
            }
            #expect(tried > 0, "some form with an optional field was posted")
        }
    }
}
