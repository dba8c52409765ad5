import Demo
import Domain
import Foundation
import GRDB
import HummingbirdTesting
import Testing
@testable import Web

/// Every form that creates or decides something (`Route.submitsOnce`), found on the pages its
/// users reach and filled in as they would, is posted 20 times (fresh page each time) in two
/// copies of the demo: once per round in the first, twice at the same moment in the second.
/// After every round both databases must hold exactly the same rows, so a double-click is
/// exactly one click; the repeat answers with the first result ("Allerede gemt").
@Suite struct OneTimeFormsTests {
    static let rounds = Int(ProcessInfo.processInfo.environment["ONE_TIME_ROUNDS"] ?? "") ?? 20

    /// Who posts, tried in this order for each route (the finance coordinator marks batches paid
    /// that the coordinator's approvals put in, under four eyes).
    static let users = ["coordinator@holstebro.demo", "okonomi@holstebro.demo", "caseworker@holstebro.demo", "volunteer@holstebro.demo",
                        "association@holstebro.demo", DemoData.adminEmail]

    /// Removing a plan's demo rows empties it, which offers its template, so those come first;
    /// decisions that end or remove what other forms stand on run last.
    static let first: [Route] = [.implDocumentationRowDelete, .implDocumentationTemplate, .implCommunicationRowDelete,
                                 .implCommunicationTemplate]
    static let last: [Route] = [.portalStopped, .associationContactRemove, .consentWithdraw, .passEnd, .anonymise, .userActive,
                                .userPasswordReset]

    static var order: [Route] {
        var middle = Route.allCases.filter { $0.submitsOnce && !first.contains($0) && !last.contains($0) }
        // Volunteers offer on (and the coordinator confirms) courses on the board while they
        // still wait for a guide: before guides are assigned directly and courses are ended.
        let board: [Route] = [.boardOffer, .boardOfferConfirm, .courseGuide]
        middle.removeAll(where: board.contains)
        middle.insert(contentsOf: board, at: middle.firstIndex(of: .courseCreate)! + 1)
        return first + middle + last
    }

    /// The demo, signed in as every user, on one side of the comparison.
    struct Side {
        let app: TestApp
        var browsers: [String: Browser] = [:]
    }

    @Test func everyFormThatCreatesOrDecidesChangesOnceWhenPostedTwiceAtOnce() async throws {
        let single = try TestApp(), double = try TestApp()
        let samples = try await AccessMatrixTests.Samples(single)
        _ = try await AccessMatrixTests.Samples(double)  // the same access request on both sides
        try await single.test { clientA in
            try await double.test { clientB in
                var a = Side(app: single), b = Side(app: double)
                for (n, email) in Self.users.enumerated() {
                    for side in [0, 1] {
                        var browser = Browser(side == 0 ? clientA : clientB)
                        browser.ip = "192.0.2.\(100 + n)"
                        try #require(try await browser.login(email).status == .seeOther, "\(email) signs in")
                        if side == 0 { a.browsers[email] = browser } else { b.browsers[email] = browser }
                    }
                }
                let draft = try await Self.prepare(clientA, &a, samples: samples)
                _ = try await Self.prepare(clientB, &b, samples: samples)
                try await Self.expectSame(a.app, b.app, "after preparing")

                var covered: [String] = []
                var stops: [String] = []
                let clock = ContinuousClock()
                var crawling = Duration.zero
                var finder = Finder()
                var lastPage: [Route: String] = [.portalClaimSubmit: draft]
                for (index, route) in Self.order.enumerated() {
                    var done = 0
                    for round in 0..<Self.rounds {
                        let hint = try await Self.hint(route, a.app, samples: samples) ?? lastPage[route]
                        let searchStarted = clock.now
                        let found = try await Self.find(route, in: &a, samples: samples, hint: hint, finder: &finder)
                        crawling += clock.now - searchStarted
                        guard let (email, page, shownA) = found else { break }
                        lastPage[route] = page
                        var formA = try Self.form(route, on: shownA)
                        var formB = try Self.form(route, on: try await b.browsers[email]!.get(page))
                        let today = single.clock.clock.today
                        let tag = "r\(index)x\(round)"
                        FormFiller.shared.fill(&formA, tag: tag, number: index * 100 + round, round: round, today: today)
                        FormFiller.shared.fill(&formB, tag: tag, number: index * 100 + round, round: round, today: today)
                        let button = formA.buttons.first
                        let once = try await a.browsers[email]!.submit(formA, button: button)
                        let (doubleClicker, doubleForm) = (b.browsers[email]!, formB)
                        async let first = Self.post(doubleClicker, doubleForm, button)
                        async let second = Self.post(doubleClicker, doubleForm, button)
                        let (twice1, twice2) = try await (first, second)
                        let label = "\(route) round \(round) by \(email) on \(page)"
                        #expect(once.status.code < 500 && twice1.status.code < 500 && twice2.status.code < 500, "\(label)")
                        if round == 0 {
                            #expect(once.status == .seeOther, "\(label): the filled form was not saved: \(Self.problems(once))")
                        }
                        guard once.status == .seeOther else {
                            stops.append("\(route) after \(round): \(Self.problems(once))")
                            break
                        }
                        #expect(twice1.status == .seeOther && twice2.status == .seeOther, "\(label): \(twice1.status) \(twice2.status)")
                        #expect(twice1.location == once.location && twice2.location == once.location,
                                "\(label): both posts lead to the first result (\(once.location ?? "-"), \(twice1.location ?? "-"), \(twice2.location ?? "-"))")
                        done += 1
                    }
                    // Rows a double post made twice stay: comparing after the route's rounds finds them.
                    try await Self.expectSame(a.app, b.app, "\(route) after \(done) rounds")
                    #expect(done > 0, "\(route): no form posting to it was found and saved")
                    covered.append("\(route) ×\(done)")
                }
                print("One-time forms covered: \(covered.joined(separator: ", "))")
                print("Stopped early: \(stops.joined(separator: " | "))")
                print("Finding forms took \(crawling)")
            }
        }
    }

    // MARK: Finding the forms

    /// What some forms need first, on both sides alike: a locked account to unlock, next year's
    /// budgets, a claim draft to send (returns its page).
    static func prepare(_ client: any TestClientProtocol, _ side: inout Side, samples: AccessMatrixTests.Samples) async throws -> String {
        // Three addresses locked out of one account (each after its own limit of failures): the
        // coordinator's user page offers to unlock each.
        for attempt in 0..<(3 * ThrottleRule().maxFailures) {
            var stranger = Browser(client)
            stranger.ip = "198.51.100.\(attempt % 3 + 1)"
            try await stranger.get("/login")
            try await stranger.post("/login", [("email", "sundhedsplejerske@holstebro.demo"), ("password", "forkert-kodeord")])
        }
        let today = side.app.clock.clock.today
        let grant = try #require(try await side.app.repos.grants.find(samples.grant, in: samples.municipality))
        // Next year's budget for every pool, through each pool's form (grants for the coming
        // season need it).
        var coordinator = side.browsers["coordinator@holstebro.demo"]!
        for source in try await side.app.repos.grants.fundingSources(in: samples.municipality) {
            var form = try Browser.form(posting: "/funding-sources/\(source.id)/budgets", in: try await coordinator.get("/funding-sources"))
            form.set("year-\(source.id)", String(today.year + 1))
            form.set("amount-\(source.id)", "100000")
            #expect(try await coordinator.submit(form).location == "/funding-sources", "next year's budget of \(source.name) saved")
        }
        side.browsers["coordinator@holstebro.demo"] = coordinator
        var club = side.browsers["association@holstebro.demo"]!
        try await club.get("/portal/grants/\(samples.grant)/claim")
        let draft = try await club.postMultipart("/portal/grants/\(samples.grant)/claim", [
            ("amount", grant.amount.plain), ("periodFrom", max(grant.period.from, today.adding(days: -30)).iso),
            ("periodTo", min(grant.period.to, today).iso)])
        side.browsers["association@holstebro.demo"] = club
        return try #require(draft.location, "the claim draft was saved: \(problems(draft))")
    }

    /// Pages found faster by asking the database than by walking every child's page: where a
    /// locked account, a plan's row to delete, a referral to assess, a pass not yet in use, a
    /// pending offer on a course waiting for a guide are.
    static func hint(_ route: Route, _ app: TestApp, samples: AccessMatrixTests.Samples) async throws -> String? {
        let today = app.clock.clock.today
        return try await app.db.read { db in
            switch route {
            case .userUnlock:
                return try Int64.fetchOne(db, sql: "SELECT id FROM app_user WHERE email = 'sundhedsplejerske@holstebro.demo'").map { "/users/\($0)" }
            case .passUse:
                return try Int64.fetchOne(db, sql: """
                    SELECT child_id FROM pass WHERE municipality_id = ? AND status = 'granted' AND valid_from <= ? AND valid_to >= ? ORDER BY id LIMIT 1
                    """, arguments: [samples.municipality, today, today]).map { "/children/\($0)" }
            case .implDocumentationRowDelete, .implCommunicationRowDelete:
                let (kind, path) = route == .implDocumentationRowDelete ? ("documentation", "documentation-plan") : ("communication", "communication-plan")
                return try Int64.fetchOne(db, sql: "SELECT id FROM impl_table_row WHERE municipality_id = ? AND kind = ? ORDER BY id LIMIT 1",
                                          arguments: [samples.municipality, kind]).map { "/implementation/\(path)/\($0)/deletion" }
            case .referralAssessment:
                return try Int64.fetchOne(db, sql: "SELECT child_id FROM referral WHERE municipality_id = ? AND status = 'submitted' ORDER BY id LIMIT 1",
                                          arguments: [samples.municipality]).map { "/children/\($0)" }
            case .boardOfferConfirm:
                return try Int64.fetchOne(db, sql: """
                    SELECT o.course_id FROM board_offer o JOIN guidance_course c ON c.id = o.course_id
                    WHERE o.municipality_id = ? AND o.status = 'pending' AND c.status = 'waiting_for_guide' ORDER BY o.id LIMIT 1
                    """, arguments: [samples.municipality]).map { "/courses/\($0)" }
            default:
                return nil
            }
        }
    }

    /// A page showing a form that posts to `route`, and who sees it: the page where it was last
    /// found, or else the first found walking the pages each user reaches (the user who found it
    /// before is asked first, and a walk that found nothing is not repeated).
    static func find(_ route: Route, in side: inout Side, samples: AccessMatrixTests.Samples, hint: String?,
                     finder: inout Finder) async throws -> (String, String, TestResponse)? {
        let allowed = users.filter { email in
            let role = DemoData.logins.first { $0.email == email }?.role ?? (email.hasPrefix("okonomi") ? .coordinator : nil)
            return role.map { AccessPolicy.allows($0, route) } ?? false
        }
        // Once found, the same user looks again (the others did not see it the first time).
        let ordered = finder.user[route].map { [$0] } ?? allowed
        for email in ordered {
            var browser = side.browsers[email]!
            defer { side.browsers[email] = browser }
            if let hint {
                let shown = try await browser.get(hint)
                if (try? form(route, on: shown)) != nil {
                    finder.user[route] = email
                    return (email, hint, shown)
                }
            }
            guard !finder.exhausted.contains("\(route) \(email)") else { continue }
            let role = DemoData.logins.first { $0.email == email }?.role ?? .coordinator
            let starts = Route.allCases.filter { $0.method == .get && AccessPolicy.allows(role, $0) && $0 != .health }.map(samples.path)
            // A first search walks further than one for the next round (usually the form is gone).
            if let (page, shown) = try await crawl(for: route, with: &browser, from: starts, limit: finder.user[route] == nil ? 80 : 30) {
                finder.user[route] = email
                return (email, page, shown)
            }
            finder.exhausted.insert("\(route) \(email)")
        }
        return nil
    }

    /// What finding forms has learnt: who sees a route's form, where walking found nothing.
    struct Finder {
        var user: [Route: String] = [:]
        var exhausted: Set<String> = []
    }

    /// Walks the pages from `starts`, nearest to the route's own path first (a form usually sits
    /// on its resource's page or its "new" page), then the links found on the way.
    static func crawl(for route: Route, with browser: inout Browser, from starts: [String], limit: Int) async throws -> (String, TestResponse)? {
        let target = route.path.pattern.split(separator: "/").map { $0.hasPrefix(":") ? "#" : String($0) }
        func nearness(_ path: String) -> Int {
            let parts = path.split(separator: "?")[0].split(separator: "/").map { $0.allSatisfy(\.isNumber) ? "#" : String($0) }
            return zip(parts, target).prefix { $0 == $1 }.count * 10 - abs(parts.count - target.count)
        }
        var queue = starts
        var seen = Set<String>()
        var perPattern: [String: Int] = [:]
        while !queue.isEmpty && seen.count < limit {
            let next = queue.indices.max { nearness(queue[$0]) < nearness(queue[$1]) }!
            let path = queue.remove(at: next)
            guard seen.insert(path).inserted else { continue }
            let pattern = path.replacingOccurrences(of: #"\d+"#, with: "#", options: .regularExpression)
            perPattern[pattern, default: 0] += 1
            guard perPattern[pattern]! <= 3 else { continue }
            let response = try await browser.get(path)
            guard response.status == .ok, response.headers[.contentType]?.hasPrefix("text/html") == true else { continue }
            if (try? form(route, on: response)) != nil { return (path, response) }
            queue += links(in: response.text).filter { !seen.contains($0) }
        }
        return nil
    }

    static func links(in html: String) -> [String] {
        let expression = try! NSRegularExpression(pattern: ##"href="(/[^"#]*)""##)
        return expression.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap { match in
            let link = HTMLForm.decode(String(html[Range(match.range(at: 1), in: html)!]))
            let skip = ["/logout", "/export", ".csv", ".json", "/attachment", "/print", "/document", "/healthz", "/css/", "/img/", "/js/"]
            return skip.contains { link.contains($0) } ? nil : link
        }
    }

    static func form(_ route: Route, on page: TestResponse) throws -> HTMLForm {
        let pattern = "^" + route.path.pattern.replacingOccurrences(of: #":[A-Za-z]+"#, with: "[^/]+", options: .regularExpression) + "$"
        guard page.status == .ok, let form = HTMLForm.all(in: page.text).first(where: {
            $0.method == "post" && $0.action.range(of: pattern, options: .regularExpression) != nil
        }) else { throw FormNotFound(action: route.path.pattern) }
        return form
    }

    static func post(_ browser: Browser, _ form: HTMLForm, _ button: HTMLForm.Button?) async throws -> TestResponse {
        var browser = browser
        return try await browser.submit(form, button: button)
    }

    /// The error summary of a page that did not save, to say which field was refused.
    static func problems(_ response: TestResponse) -> String {
        guard let start = response.text.range(of: "error-summary-list") else { return "\(response.status)" }
        let rest = response.text[start.upperBound...]
        let list = rest.range(of: "</ul>").map { String(rest[..<$0.lowerBound]) } ?? ""
        return "\(response.status): " + list.replacingOccurrences(of: #"<[^>]+>"#, with: " ", options: .regularExpression)
            .replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
    }

    // MARK: Comparing the two databases

    /// Columns whose values are random on each side (password hashes, tokens, session data, pass
    /// codes, mail parameters holding links with tokens, the migration's merge time).
    static let randomColumns: Set<String> = ["password_hash", "token_hash", "attachment_file", "key", "data", "submission_key", "owner",
                                             "code", "params", "merged_at"]

    /// Every table's rows; the audit trail as counts of its changes (reads on the way differ by
    /// how the two posts interleave, and are not the form's result).
    static func fingerprint(_ app: TestApp) async throws -> [String: String] {
        try await app.db.read { db in
            var result: [String: String] = [:]
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations'
                """)
            for table in tables {
                if table == "audit_event" {
                    result[table] = try Row.fetchAll(db, sql: """
                        SELECT action, entity_type, entity_id, outcome, COUNT(*) AS n FROM audit_event
                        WHERE action IN ('create', 'update', 'delete') GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
                        """).map { "\($0)" }.joined(separator: "\n")
                    continue
                }
                let columns = try db.columns(in: table).map(\.name).filter { !randomColumns.contains($0) }
                let list = columns.map { "\"\($0)\"" }.joined(separator: ", ")
                let rows = try Row.fetchAll(db, sql: "SELECT \(list) FROM \(table) ORDER BY \(list)")
                result[table] = rows.map { "\($0)" }.joined(separator: "\n")
            }
            return result
        }
    }

    static func expectSame(_ a: TestApp, _ b: TestApp, _ label: String) async throws {
        let (one, two) = (try await fingerprint(a), try await fingerprint(b))
        let differing = one.keys.filter { one[$0] != two[$0] }.sorted()
        #expect(differing.isEmpty, "\(label): posted once and posted twice differ in \(differing.joined(separator: ", "))")
    }
}
