import Domain
import Foundation
import GRDB
import Store
import Testing

@Suite struct PrivacyRepositoryTests {
    let today = LocalDate(year: 2027, month: 3, day: 1)!

    /// A child with a row in every child table: guardian, consent, referral with history, pass,
    /// access request.
    func fullChild(_ f: StoreFixture, name: String = "Zylfiqarsen", born: String = "2014-07-19") async throws -> ChildID {
        let user = try await f.addUser("lars.\(name.lowercased())@holstebro.dk")
        let child = try await f.repos.children.create(
            ChildDetails(firstName: "Nour", lastName: name, birthDate: LocalDate(iso: born)!, gender: .girl, school: "Tvis Skole",
                         schoolClass: "6.b", schoolDistrict: "Tvis", homeLanguage: "arabisk", needsAdaptation: true,
                         adaptationNote: "Bruger høreapparat \(name)", interests: "Svømning \(name)", note: "Note om \(name)"),
            guardians: [Guardian(name: "Leyla \(name)", relation: .mother, phone: "61 22 33 44", email: "leyla@\(name.lowercased()).dk",
                                 preferredLanguage: "arabisk")],
            in: f.holstebro.id, by: user.id, at: f.now, audit: f.audit(.create, .child))
        _ = try await f.repos.consents.record(
            ConsentInput.Valid(givenBy: "Leyla \(name)", givenOn: LocalDate(iso: "2025-01-01")!, method: .written,
                               scope: ConsentScope(registration: true, association: true, volunteer: true), expiresOn: nil),
            for: child, in: f.holstebro.id, by: user.id, at: f.now, audit: f.audit(.create, .consent))
        let referral = try await f.repos.referrals.create(
            ReferralDetails(referrerName: "Lærer \(name)", referrerRole: "lærer", department: .school,
                            referredOn: LocalDate(iso: "2025-01-02")!, reasons: [.economic], reasonNote: "Grund \(name)",
                            childWishes: "Ønske \(name)", wantsGuidance: true, wantsEconomicSupport: true),
            for: child, in: f.holstebro.id, by: user.id, at: f.now, audit: f.audit(.create, .referral))
        _ = try await f.repos.referrals.decide(
            referral, from: .submitted,
            decision: Decision(outcome: .approve, track: .both, reason: "Begrundelse \(name)",
                               pass: PassDraft(validFrom: LocalDate(iso: "2025-01-10")!, validTo: LocalDate(iso: "2025-12-31")!,
                                               cover: PassCover(guidance: true, fee: true, equipment: true)),
                               reasons: [.economy],
                               letter: LetterDraft(language: "da", title: "Afgørelse om fritidspas",
                                                   sections: [LetterSection(heading: nil, paragraphs: ["Kære forældre til Nour \(name)"])])),
            in: f.holstebro.id, by: user.id, on: LocalDate(iso: "2025-01-10")!, at: f.now, audit: f.audit(.update, .referral))
        _ = try await f.repos.privacy.registerAccessRequest(child: child, requestedBy: "Leyla \(name)", receivedOn: LocalDate(iso: "2025-02-01")!,
                                                            note: "Ringede \(name)", in: f.holstebro.id, audit: f.audit(.create, .accessRequest))
        // An enrolment with a grant and a claim (associations, grants and payments), written directly.
        try await f.db.write { db in
            let m = f.holstebro.id
            // An e-mail that named the child (to the caseworker, by first name).
            try db.execute(sql: """
                INSERT INTO outbox (municipality_id, kind, user_id, recipient, params, child_id, next_attempt_at, created_at)
                VALUES (?, 'referral_decided', ?, ?, ?, ?, ?, ?)
                """, arguments: [m, user.id, user.email, "{\"firstName\":\"Nour \(name)\"}", child, f.now, f.now])
            let cvr = String(format: "%08d", Int(child.rawValue) * 7919 % 100_000_000)
            try db.execute(sql: "INSERT INTO association (municipality_id, name, cvr, created_at) VALUES (?, ?, ?, ?)",
                           arguments: [m, "Tvis IF \(child.rawValue)", cvr, f.now])
            let association = db.lastInsertedRowID
            try db.execute(sql: """
                INSERT INTO activity (association_id, municipality_id, name, category, min_age, max_age, fee, fee_period, created_at, updated_at)
                VALUES (?, ?, 'U12', 'football', 8, 14, 120000, 'season', ?, ?)
                """, arguments: [association, m, f.now, f.now])
            let activity = db.lastInsertedRowID
            try db.execute(sql: """
                INSERT INTO enrolment (child_id, activity_id, association_id, municipality_id, enrolled_on, started_on, stopped_on, stop_reason, created_at)
                VALUES (?, ?, ?, ?, '2025-01-15', '2025-01-20', '2025-06-01', 'Stoppede \(name)', ?)
                """, arguments: [child, activity, association, m, f.now])
            let enrolment = db.lastInsertedRowID
            try db.execute(sql: "INSERT INTO funding_source (municipality_id, name, kind, created_at) VALUES (?, ?, 'municipal', ?)",
                           arguments: [m, "Kommunen \(child.rawValue)", f.now])
            let source = db.lastInsertedRowID
            try db.execute(sql: """
                INSERT INTO support_grant (child_id, municipality_id, enrolment_id, activity_id, association_id, funding_source_id, kind, amount,
                  period_from, period_to, budget_year, status, granted_on, claim_deadline, note, created_at)
                VALUES (?, ?, ?, ?, ?, ?, 'fee', 120000, '2025-01-20', '2025-06-30', 2025, 'paid', '2025-01-20', '2025-03-20', 'Note \(name)', ?)
                """, arguments: [child, m, enrolment, activity, association, source, f.now])
            let grant = db.lastInsertedRowID
            try db.execute(sql: """
                INSERT INTO claim (grant_id, child_id, association_id, municipality_id, amount, period_from, period_to, note, status,
                  attachment_file, attachment_name, attachment_type, attachment_size, created_at)
                VALUES (?, ?, ?, ?, 120000, '2025-01-20', '2025-06-30', 'Faktura for \(name)', 'approved',
                  ?, ?, 'application/pdf', 2048, ?)
                """, arguments: [grant, child, association, m, "bilag-\(child.rawValue).pdf", "Faktura \(name).pdf", f.now])
            // The pass renewed once for the next season (the rollover's table).
            try db.execute(sql: """
                INSERT INTO pass_renewal (pass_id, child_id, municipality_id, previous_valid_to, season_from, valid_to, renewed_on, created_at)
                SELECT id, child_id, municipality_id, '2024-12-31', '2025-01-01', valid_to, '2024-12-01', ? FROM pass WHERE child_id = ?
                """, arguments: [f.now, child])
            // A guidance course with a session, a parent agreement, a board offer and a follow-up (guidance).
            try db.execute(sql: """
                INSERT INTO volunteer (municipality_id, name, is_guide, is_companion, created_at, updated_at)
                VALUES (?, ?, 1, 0, ?, ?)
                """, arguments: [m, "Frivillig \(child.rawValue)", f.now, f.now])
            let volunteer = db.lastInsertedRowID
            try db.execute(sql: """
                INSERT INTO guidance_course (municipality_id, child_id, status, step, started_on, guide_volunteer_id, activity,
                  activity_started_on, ended_on, end_reason, created_at)
                VALUES (?, ?, 'dropped_out', 6, '2025-01-12', ?, 'Fodbold', '2025-01-20', '2025-06-01', ?, ?)
                """, arguments: [m, child, volunteer, "Flyttede \(name)", f.now])
            let course = db.lastInsertedRowID
            try db.execute(sql: """
                INSERT INTO guidance_session (course_id, municipality_id, held_on, kind, minutes, step, participants, note, logged_role, logged_at)
                VALUES (?, ?, '2025-01-13', 'home_visit', 60, 1, 'child,parent', ?, 'volunteer', ?)
                """, arguments: [course, m, "Mødte \(name) hjemme", f.now])
            try db.execute(sql: """
                INSERT INTO parent_agreement (course_id, municipality_id, kind, description, agreed_on, created_at)
                VALUES (?, ?, 'transport', ?, '2025-01-14', ?)
                """, arguments: [course, m, "Mor kører \(name)", f.now])
            try db.execute(sql: """
                INSERT INTO board_offer (course_id, volunteer_id, municipality_id, offered_at, status) VALUES (?, ?, ?, ?, 'accepted')
                """, arguments: [course, volunteer, m, f.now])
            try db.execute(sql: """
                INSERT INTO follow_up (child_id, municipality_id, course_id, source, activity, activity_started_on, months, due_on,
                  answered_on, still_active, note, created_at)
                VALUES (?, ?, ?, 'course', 'Fodbold', '2025-01-20', 3, '2025-04-20', '2025-04-22', 1, ?, ?)
                """, arguments: [child, m, course, "Glad for \(name)", f.now])
        }
        return child
    }

    @Test func anonymisationRemovesEveryPersonalFieldAndKeepsTheRest() async throws {
        let f = try await StoreFixture()
        let child = try await fullChild(f)
        let period = Period(from: LocalDate(iso: "2025-01-01")!, to: today)
        let before = try await f.repos.referrals.counts(in: f.holstebro.id, period: period)
        let dashboardBefore = try await f.repos.dashboard.figures(in: f.holstebro.id, period: period, today: today)
        #expect(dashboardBefore.intake.bySchool.map(\.key) == ["Tvis Skole"], "the test data reaches the school figures")
        try await f.repos.privacy.anonymise(child: child, in: f.holstebro.id, audit: f.audit(.delete, .child))
        try await f.db.read { db in
            for table in PersonalData.tables {
                guard let condition = table.childRows, table.name != "audit_event" else { continue }
                let rows = try Row.fetchAll(db, sql: "SELECT * FROM \(table.name) WHERE \(condition)", arguments: ["child": child.rawValue])
                #expect(!rows.isEmpty, "\(table.name) has rows for the child (the test covers it)")
                for row in rows {
                    for (column, rule) in table.columns {
                        let value = row[column] as DatabaseValue
                        switch rule {
                        case .erase:
                            #expect(value.isNull || (String.fromDatabaseValue(value) ?? "x").isEmpty, "\(table.name).\(column) not erased: \(value)")
                        case .file:
                            #expect(value.isNull, "\(table.name).\(column): the file is gone, so is its description")
                        case .replace(let placeholder):
                            #expect(String.fromDatabaseValue(value) == placeholder, "\(table.name).\(column) not replaced: \(value)")
                        case .birthYear:
                            #expect(String.fromDatabaseValue(value) == "2014-01-01", "\(table.name).\(column) keeps only the year")
                        default:
                            break
                        }
                    }
                }
            }
            let dump = try Row.fetchAll(db, sql: "SELECT * FROM child WHERE id = ?", arguments: [child]).description
                + Row.fetchAll(db, sql: "SELECT * FROM guardian WHERE child_id = ?", arguments: [child]).description
            #expect(!dump.contains("Zylfiqarsen"))
        }
        let after = try await f.repos.referrals.counts(in: f.holstebro.id, period: Period(from: LocalDate(iso: "2025-01-01")!, to: today))
        #expect(before == after, "figures are unchanged by anonymisation")
        #expect(try await f.repos.dashboard.figures(in: f.holstebro.id, period: period, today: today) == dashboardBefore,
                "every dashboard figure is unchanged by anonymisation")
        #expect(try await f.count("SELECT COUNT(*) FROM pass") == 1)
        #expect(try await f.repos.children.list(ChildQuery(), scope: .municipality(f.holstebro.id), today: today).total == 0,
                "anonymised children leave the lists")
        #expect(try await f.repos.children.find(child, scope: .municipality(f.holstebro.id))?.anonymisedAt != nil)
    }

    @Test func anonymisedNamesDoNotLingerInTheDatabaseFile() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("secure.sqlite").path
        let pool = try AppDatabase.openPool(path: path)
        let f = try await StoreFixture(db: pool)
        let child = try await fullChild(f, name: "Qwertzuiopsen")
        try await pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        let marker = Data("Qwertzuiopsen".utf8)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).range(of: marker) != nil, "the name is in the file before")
        try await f.repos.privacy.anonymise(child: child, in: f.holstebro.id, audit: f.audit(.delete, .child))
        // The audit log keeps search criteria for its retention period; this child's name was never searched.
        for file in [path, path + "-wal"] where FileManager.default.fileExists(atPath: file) {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
            #expect(bytes.range(of: marker) == nil, "\(file) still holds the anonymised name")
        }
    }

    @Test func retentionFindsChildrenPastTheirMunicipalitysPeriodAndDryRunChangesNothing() async throws {
        let f = try await StoreFixture()
        let old = try await fullChild(f, name: "Gammelsen")
        let recent = try await fullChild(f, name: "Nyborgsen")
        // The recent child had a referral last year.
        _ = try await f.repos.referrals.create(
            ReferralDetails(referrerName: "L", referrerRole: "", department: .ssp, referredOn: LocalDate(iso: "2030-06-01")!,
                            reasons: [.social], wantsGuidance: true, wantsEconomicSupport: false),
            for: recent, in: f.holstebro.id, by: try await f.addUser("x@holstebro.dk").id, at: f.now, audit: f.audit())
        // A child who still goes to the club (the enrolment never stopped) is never a candidate,
        // however old the rest of the record is.
        let active = try await fullChild(f, name: "Aktivsen")
        try await f.db.write { try $0.execute(sql: "UPDATE enrolment SET stopped_on = NULL, stop_reason = NULL WHERE child_id = ?", arguments: [active]) }
        // All were registered 15.01.2027 (the fixture's now); the old one has had nothing since.
        let later = LocalDate(iso: "2033-02-01")!
        let service = RetentionService(privacy: f.repos.privacy, clock: Clock { later.startOfDay() }, removeFiles: { _ in })
        let before = try await f.snapshot()
        let dry = try await service.run(apply: false)
        #expect(try await f.snapshot() == before, "a dry run writes nothing, not even an audit entry")
        #expect(dry.children.map(\.childID) == [old])
        #expect(dry.children.first?.lastActivity == LocalDate(iso: "2027-01-15"), "registration is the old child's last activity")
        #expect(try await f.repos.children.find(old, scope: .municipality(f.holstebro.id))?.anonymisedAt == nil, "dry run changes nothing")
        // A longer retention in the municipality keeps the child.
        try await f.repos.privacy.save(PrivacySettings(retentionYears: 7, auditRetentionMonths: 6), for: f.holstebro.id, audit: f.audit(.update))
        #expect(try await service.run(apply: false).children.isEmpty)
        try await f.repos.privacy.save(PrivacySettings(retentionYears: 5, auditRetentionMonths: 6), for: f.holstebro.id, audit: f.audit(.update))
        let applied = try await service.run(apply: true)
        #expect(applied.children.map(\.childID) == [old])
        #expect(try await f.repos.children.find(old, scope: .municipality(f.holstebro.id))?.details.lastName == "barn")
        #expect(try await f.repos.children.find(recent, scope: .municipality(f.holstebro.id))?.details.lastName == "Nyborgsen")
        #expect(try await service.run(apply: false).children.isEmpty, "anonymised children are not found again")
    }

    @Test func auditEntriesOlderThanTheAuditRetentionArePurged() async throws {
        let f = try await StoreFixture()
        let now = Date(timeIntervalSince1970: 1_900_000_000)
        for (days, municipality) in [(10, f.holstebro.id), (200, f.holstebro.id), (100, f.svendborg.id), (400, f.svendborg.id)] {
            try await f.repos.audit.record(AuditEntry(at: now.addingTimeInterval(-Double(days) * 86400), userID: nil, role: nil,
                                                      municipalityID: municipality, action: .view, entity: .child, ip: nil))
        }
        try await f.repos.privacy.save(PrivacySettings(retentionYears: 5, auditRetentionMonths: 12), for: f.svendborg.id, audit: f.audit(.update))
        let before = try await f.count("SELECT COUNT(*) FROM audit_event")
        let expected = try await f.repos.privacy.auditRowsToPurge(now: now)
        let purged = try await f.repos.privacy.purgeAudit(now: now)
        #expect(purged == expected && purged > 0)
        let left = try await f.db.read { db in
            try Row.fetchAll(db, sql: "SELECT municipality_id, at FROM audit_event").map { (($0["municipality_id"] as Int64?) ?? 0, $0["at"] as Date) }
        }
        let holstebroDays = left.filter { $0.0 == f.holstebro.id.rawValue }.map { Int(now.timeIntervalSince($0.1) / 86400) }
        let svendborgDays = left.filter { $0.0 == f.svendborg.id.rawValue }.map { Int(now.timeIntervalSince($0.1) / 86400) }
        #expect(holstebroDays == [10], "Holstebro keeps 6 months")
        #expect(svendborgDays == [100], "Svendborg keeps 12 months, but not 400 days")
        #expect(try await f.count("SELECT COUNT(*) FROM audit_event") == before - purged)
    }

    @Test func theExportHoldsEveryRowAboutTheChildInEveryTable() async throws {
        let f = try await StoreFixture()
        let child = try await fullChild(f)
        let other = try await fullChild(f, name: "Andersensen")
        try await f.repos.audit.record(f.audit(.view, .child).with(entityID: child.description))
        let export = try await f.repos.privacy.export(child: child, in: f.holstebro.id, includeStaffNames: false)
        let childTables = PersonalData.tables.filter { $0.childRows != nil && $0.name != "audit_event" }.map(\.name)
        #expect(Set(export.tables.map(\.name)) == Set(childTables))
        for table in export.tables {
            let condition = PersonalData.tables.first { $0.name == table.name }!.childRows!
            let expected = try await f.db.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM \(table.name) WHERE \(condition)",
                                                               arguments: ["child": child.rawValue]) ?? 0 }
            #expect(table.rows.count == expected, "\(table.name)")
            #expect(expected > 0, "\(table.name) is covered by the test data")
        }
        let text = export.tables.flatMap { $0.rows.flatMap { $0.compactMap(\.value) } }.joined(separator: "|")
        #expect(text.contains("Note om Zylfiqarsen") && text.contains("61 22 33 44"))
        #expect(!text.contains("Andersensen"), "nothing about another child")
        #expect(export.accessLog.contains { $0.action == "view" && $0.userName == nil })
        await #expect(throws: StoreError.notFound) {
            _ = try await f.repos.privacy.export(child: other, in: f.svendborg.id, includeStaffNames: false)
        }
    }
}

extension PrivacyRepositoryTests {
    /// A club contact's uses of the child's data are listed under the club's name: the portal's
    /// list page (audited once per page, under the club) on the Danish days it showed the child,
    /// by the portal's own rule, and the grant the contact opened; the same entries answer the
    /// audit viewer's child filter.
    @Test func theAccessLogNamesTheClubThatSawTheChild() async throws {
        let f = try await StoreFixture()
        let child = try await fullChild(f)
        let other = try await fullChild(f, name: "Andersensen")
        // Enrolled 15.01.2025 (registered that morning), stopped 01.06.2025; grant from 20.01.2025.
        try await f.db.write { try $0.execute(sql: "UPDATE enrolment SET created_at = '2025-01-15 08:00:00.000'") }
        let ids = { (child: ChildID) in
            try await f.db.read { db in
                (try Int64.fetchOne(db, sql: "SELECT association_id FROM enrolment WHERE child_id = ?", arguments: [child])!,
                 try Int64.fetchOne(db, sql: "SELECT id FROM support_grant WHERE child_id = ?", arguments: [child])!)
            }
        }
        let (club, grant) = try await ids(child)
        let (otherClub, otherGrant) = try await ids(other)
        let contact = try await f.addUser("kasserer@tvis-if.dk", role: .association)
        try await f.db.write { db in
            try db.execute(sql: "INSERT INTO association_contact (association_id, municipality_id, name, user_id, created_at) VALUES (?, ?, 'Kasserer', ?, ?)",
                           arguments: [club, f.holstebro.id, contact.id, f.now])
        }
        /// A use at Danish wall-clock time.
        func use(_ day: String, at hour: Int = 12, minute: Int = 0, _ entity: AuditEntity, _ id: Int64) async throws {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = .danish
            let d = LocalDate(iso: day)!
            let at = calendar.date(from: DateComponents(year: d.year, month: d.month, day: d.day, hour: hour, minute: minute))!
            try await f.repos.audit.record(AuditEntry(
                at: at, userID: contact.id, role: .association, municipalityID: f.holstebro.id,
                action: .view, entity: entity, entityID: String(id), detail: entity == .association ? "portal" : nil, ip: nil))
        }
        try await use("2025-01-14", .association, club)            // before the enrolment
        try await use("2025-03-01", at: 0, minute: 30, .association, club) // 23:30 UTC the day before
        try await use("2025-03-01", .association, club)
        try await use("2025-03-02", .grant, grant)
        try await use("2025-07-01", .association, club)            // stopped a month ago: still listed
        try await use("2026-06-15", .association, club)            // stopped more than a year ago
        try await use("2025-03-03", .association, otherClub)       // another club's list
        try await use("2025-03-03", .grant, otherGrant)            // another child's grant

        let export = try await f.repos.privacy.export(child: child, in: f.holstebro.id, includeStaffNames: false)
        func line(_ day: String, _ subject: String, _ count: Int) -> ChildDataExport.AccessLine {
            ChildDataExport.AccessLine(day: LocalDate(iso: day)!, action: "view", subject: subject, role: "association",
                                       organisation: "Tvis IF \(child.rawValue)", userName: nil, count: count)
        }
        #expect(export.accessLog.filter { $0.role == "association" } == [
            line("2025-03-01", "association", 2), line("2025-03-02", "grant", 1), line("2025-07-01", "association", 1),
        ])
        let staff = export.accessLog.filter { $0.role != "association" }
        #expect(!staff.isEmpty && staff.allSatisfy { $0.organisation == "Holstebro Kommune" }, "staff are named by the municipality")
        let withNames = try await f.repos.privacy.export(child: child, in: f.holstebro.id, includeStaffNames: true)
        #expect(withNames.accessLog.filter { $0.role == "association" }.map(\.userName) == Array(repeating: "kasserer@tvis-if.dk", count: 3))

        let (rows, total) = try await f.repos.audit.search(AuditFilter(childID: child), in: f.holstebro.id)
        #expect(rows.filter { $0.entry.userID == contact.id }.map(\.entry.entityType).sorted() == ["association", "association", "association", "grant"])
        #expect(total == rows.count)
        #expect(try await f.repos.audit.search(AuditFilter(childID: other), in: f.holstebro.id).rows
            .filter { $0.entry.userID == contact.id }.map(\.entry.entityType).sorted() == ["association", "grant"],
                "each list page counts for its own club's children")

        // The contact leaves the club: the list pages still name the club.
        try await f.db.write { try $0.execute(sql: "DELETE FROM association_contact WHERE user_id = ?", arguments: [contact.id]) }
        let after = try await f.repos.privacy.export(child: child, in: f.holstebro.id, includeStaffNames: false)
        #expect(after.accessLog.filter { $0.subject == "association" }.allSatisfy { $0.organisation == "Tvis IF \(child.rawValue)" })

        // Without consent to sharing with the club in force, the page did not show the child.
        try await f.db.write { try $0.execute(sql: "UPDATE consent SET withdrawn_on = '2025-02-01' WHERE child_id = ?", arguments: [child]) }
        let withdrawn = try await f.repos.privacy.export(child: child, in: f.holstebro.id, includeStaffNames: false)
        #expect(withdrawn.accessLog.filter { $0.subject == "association" }.isEmpty)
    }

    /// Every entity's entries reach the family's access log as `PersonalData.childUse(of:)`
    /// decides: an entry aimed at the child (its id, its row of the table the decision names, its
    /// club's list page) is listed, and an entry of an entity that is not about one child is not,
    /// even when its id happens to be the child's.
    @Test func theAccessLogListsEveryEntityTheDecisionSaysIsAboutTheChild() async throws {
        let f = try await StoreFixture()
        let child = try await fullChild(f)
        // The club's list page showed the child that day: enrolled by then, consent in force.
        try await f.db.write { try $0.execute(sql: "UPDATE enrolment SET created_at = '2025-01-15 08:00:00.000'") }
        let day = LocalDate(iso: "2025-03-01")!
        var about: Set<String> = []
        for entity in AuditEntity.allCases {
            var id = child.description
            switch PersonalData.childUse(of: entity) {
            case .byChildID:
                about.insert(entity.rawValue)
            case .byRow(let table):
                let rows = try #require(PersonalData.tables.first { $0.name == table }?.childRows, "\(table) has child rows")
                id = try #require(try await f.db.read {
                    try String.fetchOne($0, sql: "SELECT CAST(id AS TEXT) FROM \(table) WHERE \(rows) LIMIT 1", arguments: ["child": child.rawValue])
                }, "fullChild has a row of \(table)")
                about.insert(entity.rawValue)
            case .byClubList:
                id = try #require(try await f.db.read {
                    try String.fetchOne($0, sql: "SELECT CAST(association_id AS TEXT) FROM enrolment WHERE child_id = ?", arguments: [child])
                })
                about.insert(entity.rawValue)
            case .notAboutOneChild:
                break
            }
            try await f.repos.audit.record(AuditEntry(
                at: day.startOfDay(), userID: nil, role: .coordinator, municipalityID: f.holstebro.id,
                action: .view, entity: entity, entityID: id, detail: PersonalData.childUse(of: entity) == .byClubList ? "portal" : nil, ip: nil))
        }
        #expect(about.count >= 13, "the child's record, consents, ten tables and the club's list")
        let export = try await f.repos.privacy.export(child: child, in: f.holstebro.id, includeStaffNames: false)
        #expect(Set(export.accessLog.filter { $0.day == day }.map(\.subject)) == about)
    }

    /// Every table with rows about a child is either audited under its own id (and then counted
    /// in a family's access log) or shown only inside a page audited under another entity.
    @Test func everyChildTableSaysHowItsUseIsAudited() {
        for table in PersonalData.tables where table.childRows != nil {
            let mapped = PersonalData.auditEntities[table.name] != nil
            let elsewhere = PersonalData.notAuditedByOwnID.contains(table.name)
            #expect(mapped != elsewhere, "\(table.name): list it in PersonalData.auditEntities or notAuditedByOwnID")
        }
        for (table, entity) in PersonalData.auditEntities {
            #expect(PersonalData.tables.contains { $0.name == table && $0.childRows != nil }, "\(entity) names rows of \(table), which holds no child rows")
        }
    }
}

extension StoreFixture {
    /// Every row of every table, to show that something wrote nothing.
    func snapshot() async throws -> [String] { try await Self.snapshot(db) }

    static func snapshot(_ db: any DatabaseWriter) async throws -> [String] {
        try await db.read { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            return try tables.flatMap { table in
                try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\"").map { "\(table): \($0.description)" }.sorted()
            }
        }
    }
}

extension AuditEntry {
    func with(entityID: String) -> AuditEntry {
        var copy = self
        copy.entityID = entityID
        return copy
    }
}

extension LocalDate {
    func startOfDay() -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .danish
        return calendar.date(from: DateComponents(year: year, month: month, day: day, hour: 12))!
    }
}
