import Demo
import Domain
import Foundation
import GRDB
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Store
import Testing
@testable import Web

extension Browser {
    /// Posts `multipart/form-data` as a browser does, the CSRF token in the query.
    @discardableResult
    mutating func postMultipart(_ path: String, _ fields: [(String, String)], file: (name: String, filename: String, data: [UInt8])? = nil,
                                token: Bool = true) async throws -> TestResponse {
        let boundary = "----FritidspasTest7MA4YWxkTrZu0gW"
        var body: [UInt8] = []
        for (name, value) in fields {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        if let file {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.name)\"; filename=\"\(file.filename)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8)
            body += file.data + Array("\r\n".utf8)
        }
        body += Array("--\(boundary)--\r\n".utf8)
        var headers = HTTPFields()
        headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
        let target = token ? path + "?csrf_token=" + (csrf ?? "") : path
        return try await send(target, method: .post, headers: headers, body: ByteBuffer(bytes: body))
    }
}

/// Demo rows the portal tests work on: the Holstebro contact's association and a grant it can claim.
struct PortalFixture {
    let municipality: MunicipalityID
    let contact: UserID
    let association: AssociationID
    let grant: PortalGrant
    let child: PortalChildName
    let childID: ChildID
    let enrolment: EnrolmentID
    let claim: ClaimID

    init(_ app: TestApp, slug: String = "holstebro") async throws {
        municipality = try #require(try await app.repos.municipalities.find(slug: slug)).id
        contact = try await app.userID("association@\(slug).demo")
        let today = app.clock.clock.today
        let overview = try #require(try await app.repos.portal.overview(scope: .association(municipality, contact), today: today))
        association = overview.associationID
        let withGrant = try #require(overview.enrolments.first { $0.grants.contains { $0.claimable(on: today) } })
        grant = try #require(withGrant.grants.first { $0.claimable(on: today) })
        child = withGrant.child
        enrolment = try #require(overview.enrolments.first { $0.status == .enrolled }).id
        claim = try #require(overview.claims.first).id
        let grantID = grant.id
        childID = try await app.db.read { try ChildID.fetchOne($0, sql: "SELECT child_id FROM support_grant WHERE id = ?", arguments: [grantID])! }
    }

    /// Another association of the municipality with its own portal user (`club2@…`).
    static func secondClub(_ app: TestApp, slug: String = "holstebro") async throws -> (AssociationID, String) {
        let email = "club2@\(slug).demo"
        let municipality = try #require(try await app.repos.municipalities.find(slug: slug)).id
        let user = try await app.repos.users.create(
            UserDraft(municipalityID: municipality, role: .association, email: email, name: "Klub To"),
            passwordHash: PasswordHasher(cost: 4).hashBlocking(DemoData.password), activation: nil, at: app.clock.now,
            audit: AuditEntry(at: app.clock.now, userID: nil, role: nil, municipalityID: municipality, action: .create, entity: .user, ip: nil))
        let club = try await app.db.read { db in
            try AssociationID.fetchOne(db, sql: """
                SELECT id FROM association WHERE municipality_id = ? AND id NOT IN (SELECT association_id FROM association_contact WHERE user_id IS NOT NULL)
                  AND EXISTS (SELECT 1 FROM enrolment WHERE association_id = association.id) ORDER BY id LIMIT 1
                """, arguments: [municipality])!
        }
        _ = try await app.repos.associations.addContact(ContactInput.Valid(name: "Klub To", role: "", email: email, phone: nil, userID: user.id),
                                                        to: club, in: municipality, at: app.clock.now,
                                                        audit: AuditEntry(at: app.clock.now, userID: nil, role: nil, municipalityID: municipality,
                                                                          action: .create, entity: .associationContact, ip: nil))
        return (club, email)
    }

    static let pdf: [UInt8] = Array("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".utf8)
}

@Suite struct PortalTests {
    @Test func aClubVolunteerClaimsTheFeeInThreeScreens() async throws {
        let app = try TestApp()
        let f = try await PortalFixture(app)
        let g = f.grant
        try await app.test { client in
            var club = Browser(client)
            let signIn = try await club.login("association@holstebro.demo")
            #expect(signIn.location == "/", "association contacts land on their work list")
            // Screen 1: the portal.
            let portal = try await club.get("/portal")
            #expect(portal.status == .ok)
            #expect(portal.text.contains(f.child.short) && portal.text.contains("Send krav om \(g.amount.display)"))
            #expect(portal.text.contains("href=\"/portal/grants/\(g.id)/claim\""))
            // Screen 2: the form, filled in with the granted amount and period.
            let form = try await club.get("/portal/grants/\(g.id)/claim")
            #expect(form.text.contains("Trin 1 af 2") && form.text.contains("value=\"\(g.amount.plain)\""))
            #expect(form.text.contains("enctype=\"multipart/form-data\"") && form.text.contains("?csrf_token="))
            let draft = try await club.postMultipart("/portal/grants/\(g.id)/claim",
                                                     [("amount", g.amount.plain), ("periodFrom", g.period.from.iso), ("periodTo", g.period.to.iso),
                                                      ("note", "Startede efter efterårsferien")],
                                                     file: ("attachment", "Kontingent Ærø.pdf", PortalFixture.pdf))
            #expect(draft.status == .seeOther)
            let check = try #require(draft.location)
            #expect(check.hasSuffix("/check"))
            // Screen 3: "Tjek dine svar", then send.
            let answers = try await club.get(check)
            #expect(answers.text.contains("Trin 2 af 2") && answers.text.contains("Tjek dine svar"))
            #expect(answers.text.contains("Kontingent Ærø.pdf") && answers.text.contains(g.amount.display))
            let claimID = String(check.split(separator: "/")[2])
            let sent = try await club.post("/portal/claims/\(claimID)/submission")
            #expect(sent.location == "/portal/claims/\(claimID)?sent=1")
            let receipt = try await club.get(sent.location!)
            #expect(receipt.text.contains("Kravet er sendt") && receipt.text.contains("Venter på godkendelse"))
            #expect(receipt.text.contains("Krav nr.") && receipt.text.contains("Startede efter efterårsferien"))
            let own = try await club.get("/portal/claims/\(claimID)/attachment")
            #expect(own.status == .ok && own.body.readableBytes == PortalFixture.pdf.count)
            // Sending twice changes nothing.
            #expect(try await club.post("/portal/claims/\(claimID)/submission").location == "/portal")

            var coordinator = Browser(client)
            coordinator.ip = "192.0.2.60"
            try await coordinator.login("coordinator@holstebro.demo")
            let queue = try await coordinator.get("/claims")
            #expect(queue.text.contains("value=\"\(claimID)\""))
            let file = try await coordinator.get("/claims/\(claimID)/attachment")
            #expect(file.status == .ok)
            #expect(file.headers[.contentType] == "application/pdf")
            #expect(file.headers[.contentDisposition]?.hasPrefix("attachment; filename=\"Kontingent _r_.pdf\"; filename*=UTF-8''Kontingent%20%C3%86r%C3%B8.pdf") == true)
            #expect(file.headers[.xContentTypeOptions] == "nosniff")
            #expect(Array(file.body.readableBytesView) == PortalFixture.pdf)
        }
        let newest = try await app.count("SELECT MAX(id) FROM claim")
        let claim = try #require(try await app.repos.claims.find(ClaimID(Int64(newest)), in: f.municipality))
        #expect(claim.claim.status == .submitted && claim.claim.amount == g.amount)
        #expect(try await app.count("SELECT COUNT(*) FROM claim WHERE grant_id = ? AND status = 'submitted'", [g.id]) == 1)
        #expect(try await app.count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'claim' AND detail = 'submitted'") == 1)
        #expect(try await app.count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'association' AND entity_id = ? AND detail = 'portal'", [f.association.description]) >= 1)
    }

    @Test func aClubCannotSeeAnotherClubsChildrenOrClaimsNorAnyOtherChildData() async throws {
        let app = try TestApp()
        let f = try await PortalFixture(app)
        let (_, club2) = try await PortalFixture.secondClub(app)
        let lastName = try await app.db.read { try String.fetchOne($0, sql: "SELECT last_name FROM child WHERE id = ?", arguments: [f.childID])! }
        try await app.db.write {
            try $0.execute(sql: "UPDATE child SET needs_adaptation = 1, adaptation_note = 'Bruger kørestol' WHERE id = ?", arguments: [f.childID])
        }
        try await app.test { client in
            var other = Browser(client)
            try await other.login(club2)
            let portal = try await other.get("/portal")
            #expect(portal.status == .ok && !portal.text.contains(f.child.short) && !portal.text.contains("Bruger kørestol"))
            for path in ["/portal/grants/\(f.grant.id)/claim", "/portal/claims/\(f.claim)", "/portal/claims/\(f.claim)/check",
                         "/portal/claims/\(f.claim)/attachment", "/portal/enrolments/\(f.enrolment)/stopped"] {
                #expect(try await other.get(path).status == .notFound, "\(path)")
            }
            for path in ["/portal/enrolments/\(f.enrolment)/start", "/portal/claims/\(f.claim)/submission"] {
                #expect(try await other.post(path).status == .notFound, "\(path)")
            }
            #expect(try await other.postMultipart("/portal/grants/\(f.grant.id)/claim", [("amount", "1")]).status == .notFound)
            // Nothing of the municipality's own pages.
            for path in ["/children", "/children/\(f.childID)", "/claims", "/grants/\(f.grant.id)", "/budget", "/referrals"] {
                #expect(try await other.get(path).status == .forbidden, "\(path)")
            }

            var own = Browser(client)
            own.ip = "192.0.2.61"
            try await own.login("association@holstebro.demo")
            let page = try await own.get("/portal")
            #expect(page.text.contains(f.child.short))
            #expect(!page.text.contains(lastName), "only the initial of the last name")
            #expect(page.text.contains("Tilpasning:</strong> Bruger kørestol"), "the club sees what to adapt (the guardians consented)")
            #expect(try await own.get("/children/\(f.childID)").status == .forbidden)
        }
        // A club in another municipality gets 404 for Holstebro's rows.
        try await app.test { client in
            var svendborg = Browser(client)
            try await svendborg.login("association@svendborg.demo")
            #expect(try await svendborg.get("/portal/grants/\(f.grant.id)/claim").status == .notFound)
            #expect(try await svendborg.get("/portal/claims/\(f.claim)").status == .notFound)
        }
        #expect(try await app.count("SELECT COUNT(*) FROM enrolment WHERE id = ? AND started_on IS NOT NULL", [f.enrolment]) == 0)
    }

    @Test func aClubCannotClaimMoreThanGrantedOrOutsideThePeriod() async throws {
        let app = try TestApp()
        let f = try await PortalFixture(app)
        let g = f.grant
        try await app.test { client in
            var club = Browser(client)
            try await club.login("association@holstebro.demo")
            try await club.get("/portal/grants/\(g.id)/claim")
            let tooMuch = try await club.postMultipart("/portal/grants/\(g.id)/claim",
                                                       [("amount", (g.amount + Money(ore: 1)).plain), ("periodFrom", g.period.from.iso),
                                                        ("periodTo", g.period.to.iso)])
            #expect(tooMuch.status == .unprocessableContent)
            #expect(tooMuch.text.contains("Beløbet kan højst være det bevilgede: \(g.amount.display)"))
            #expect(tooMuch.text.contains("<title>Fejl: "))
            let outside = try await club.postMultipart("/portal/grants/\(g.id)/claim",
                                                       [("amount", "100"), ("periodFrom", g.period.from.adding(days: -1).iso),
                                                        ("periodTo", g.period.to.iso)])
            #expect(outside.status == .unprocessableContent)
            #expect(outside.text.contains("Perioden skal ligge inden for bevillingens periode"))
        }
        #expect(try await app.count("SELECT COUNT(*) FROM claim WHERE grant_id = ?", [g.id]) == 0)
    }

    @Test func uploadsAreCheckedByContentAndSizeAndOnlyThisRouteTakesMoreThanOneMegabyte() async throws {
        let app = try TestApp()
        let f = try await PortalFixture(app)
        let g = f.grant
        let fields = [("amount", g.amount.plain), ("periodFrom", g.period.from.iso), ("periodTo", g.period.to.iso)]
        try await app.test { client in
            var club = Browser(client)
            try await club.login("association@holstebro.demo")
            try await club.get("/portal")
            let html = try await club.postMultipart("/portal/grants/\(g.id)/claim", fields,
                                                    file: ("attachment", "faktura.pdf", Array("<html><script>alert(1)</script>".utf8)))
            #expect(html.status == .unprocessableContent && html.text.contains("Filen skal være en PDF, JPG eller PNG"))
            let tooBig = try await club.postMultipart("/portal/grants/\(g.id)/claim", fields,
                                                      file: ("attachment", "stor.pdf", PortalFixture.pdf + [UInt8](repeating: 32, count: FileKind.maximumSize)))
            #expect(tooBig.status == .unprocessableContent && tooBig.text.contains("Filen er større end 5 MB"))
            let overLimit = try await club.postMultipart("/portal/grants/\(g.id)/claim", fields,
                                                         file: ("attachment", "x.pdf", [UInt8](repeating: 37, count: BodyLimits.claimUpload + 1)))
            #expect(overLimit.status == .contentTooLarge)
            let noToken = try await club.postMultipart("/portal/grants/\(g.id)/claim", fields, token: false)
            #expect(noToken.status == .forbidden)
            // Just under 5 MB, recognised as a JPEG by its first bytes whatever its name.
            let photo: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0] + [UInt8](repeating: 1, count: FileKind.maximumSize - 10)
            let ok = try await club.postMultipart("/portal/grants/\(g.id)/claim", fields, file: ("attachment", "kvittering.png", photo))
            #expect(ok.status == .seeOther)
            let check = try await club.get(ok.location!)
            #expect(check.text.contains("kvittering.jpg"))

            // Everywhere else the limit stays 1 MB, also for multipart bodies and other roles.
            var coordinator = Browser(client)
            coordinator.ip = "192.0.2.62"
            try await coordinator.login("coordinator@holstebro.demo")
            #expect(try await coordinator.post("/associations", [("name", String(repeating: "x", count: 1_100_000))]).status == .contentTooLarge)
            #expect(try await coordinator.postMultipart("/portal/grants/\(g.id)/claim", fields,
                                                        file: ("attachment", "x.pdf", PortalFixture.pdf + [UInt8](repeating: 1, count: 1_100_000))).status
                    == .contentTooLarge)
        }
        let stored = try await app.db.read { try Row.fetchOne($0, sql: "SELECT * FROM claim WHERE grant_id = ? AND status = 'draft'", arguments: [g.id]) }
        #expect(stored?["attachment_type"] as String? == "image/jpeg")
        let file: String = try #require(stored?["attachment_file"])
        #expect(AttachmentStore.isStoredName(file) && !file.contains("kvittering"), "stored under a random name")
        let onDisk = URL(fileURLWithPath: app.deps.config.uploadsDirectory).appendingPathComponent(file)
        #expect((try? Data(contentsOf: onDisk))?.count == FileKind.maximumSize - 6)
        #expect(!app.deps.config.uploadsDirectory.contains("Public"))
        #expect(BodyLimits.limit(method: .post, path: "/portal/grants/7/claim", role: .association) == BodyLimits.claimUpload)
        #expect(BodyLimits.limit(method: .post, path: "/portal/grants/7/claim", role: nil) == BodyLimits.standard)
        #expect(BodyLimits.limit(method: .post, path: "/portal/grants/7/claim/x", role: .association) == BodyLimits.standard)
        #expect(BodyLimits.limit(method: .post, path: "/children", role: .coordinator) == 1 << 20)
    }

    @Test func aClubConfirmsAStartAndReportsAStop() async throws {
        let app = try TestApp()
        let f = try await PortalFixture(app)
        let today = app.clock.clock.today
        try await app.test { client in
            var club = Browser(client)
            try await club.login("association@holstebro.demo")
            try await club.get("/portal")
            let started = try await club.post("/portal/enrolments/\(f.enrolment)/start")
            #expect(started.location == "/portal")
            #expect(try await club.get("/portal").text.contains("står nu som startet"))
            #expect(try await club.post("/portal/enrolments/\(f.enrolment)/start").location == "/portal")
            let form = try await club.get("/portal/enrolments/\(f.enrolment)/stopped")
            #expect(form.text.contains("Hvornår kom"))
            let future = try await club.post("/portal/enrolments/\(f.enrolment)/stopped", [("stoppedOn", today.adding(days: 2).iso)])
            #expect(future.status == .unprocessableContent)
            let stopped = try await club.post("/portal/enrolments/\(f.enrolment)/stopped", [("stoppedOn", today.iso), ("stopReason", "Flyttet")])
            #expect(stopped.location == "/portal")
        }
        let row = try await app.db.read { try Row.fetchOne($0, sql: "SELECT * FROM enrolment WHERE id = ?", arguments: [f.enrolment])! }
        #expect(row["started_on"] as LocalDate? == today && row["stopped_on"] as LocalDate? == today && row["stop_reason"] as String? == "Flyttet")
        let child: ChildID = row["child_id"]
        #expect(try await app.repos.passes.list(for: child, in: f.municipality).contains { $0.status == .inUse })
        #expect(try await app.count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'enrolment' AND detail IN ('started', 'stopped')") == 2)
    }
}
