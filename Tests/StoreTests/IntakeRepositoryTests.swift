import Domain
import Foundation
import GRDB
import Store
import Testing

@Suite struct IntakeRepositoryTests {
    let today = LocalDate(year: 2027, month: 1, day: 15)!

    /// A child whose parents consented to registration (a pass needs it).
    func child(_ f: StoreFixture, _ first: String = "Aya", _ last: String = "Haddad", born: String = "2016-05-01",
               phone: String = "12 34 56 78", in municipality: Municipality? = nil, by user: UserID) async throws -> ChildID {
        let m = municipality ?? f.holstebro
        let id = try await f.repos.children.create(
            ChildDetails(firstName: first, lastName: last, birthDate: LocalDate(iso: born)!, gender: .girl, school: "Tvis Skole",
                         schoolDistrict: "Tvis"),
            guardians: [Guardian(name: "Leyla", relation: .mother, phone: phone)], in: m.id, by: user, at: f.now,
            audit: f.audit(.create, .child))
        _ = try await f.repos.consents.record(Self.registrationConsent(on: today), for: id, in: m.id, by: user, at: f.now,
                                              audit: f.audit(.create, .consent))
        return id
    }

    static func registrationConsent(on day: LocalDate) -> ConsentInput.Valid {
        ConsentInput.Valid(givenBy: "Leyla", givenOn: day.adding(days: -30), method: .written,
                           scope: ConsentScope(registration: true, association: false, volunteer: false), expiresOn: nil)
    }

    func referral(_ f: StoreFixture, _ child: ChildID, by user: UserID, on date: String = "2027-01-10",
                  department: Department = .school, in municipality: Municipality? = nil) async throws -> ReferralID {
        try await f.repos.referrals.create(
            ReferralDetails(referrerName: "Lars", referrerRole: "lærer", department: department, referredOn: LocalDate(iso: date)!,
                            reasons: [.economic], wantsGuidance: true, wantsEconomicSupport: true),
            for: child, in: (municipality ?? f.holstebro).id, by: user, at: f.now, audit: f.audit(.create, .referral))
    }

    @Test func caseworkersSeeOnlyTheirOwnChildrenAndNobodyCrossesMunicipalities() async throws {
        let f = try await StoreFixture()
        let lars = try await f.addUser("lars@holstebro.dk")
        let hanne = try await f.addUser("hanne@holstebro.dk")
        let svend = try await f.addUser("svend@svendborg.dk", in: f.svendborg)
        let mine = try await child(f, "Aya", by: lars.id)
        let hers = try await child(f, "Noah", "Jensen", by: hanne.id)
        let other = try await child(f, "Emil", "Holm", in: f.svendborg, by: svend.id)
        let larsScope = DataScope.caseworker(f.holstebro.id, lars.id)
        #expect(try await f.repos.children.find(mine, scope: larsScope) != nil)
        #expect(try await f.repos.children.find(hers, scope: larsScope) == nil)
        #expect(try await f.repos.children.find(other, scope: .municipality(f.holstebro.id)) == nil)
        #expect(try await f.repos.children.list(ChildQuery(), scope: larsScope, today: today).rows.map(\.id) == [mine])
        #expect(try await f.repos.children.list(ChildQuery(), scope: .municipality(f.holstebro.id), today: today).total == 2)
        for scope in [DataScope.system, .volunteer(f.holstebro.id, lars.id, consentOn: today), .association(f.holstebro.id, lars.id)] {
            #expect(try await f.repos.children.list(ChildQuery(), scope: scope, today: today).total == 0)
        }
        // Assigning makes the child visible to the caseworker.
        try await f.repos.children.assignCaseworker(hers, caseworker: lars.id, in: f.holstebro.id, audit: f.audit(.update, .child))
        #expect(try await f.repos.children.find(hers, scope: larsScope) != nil)
        await #expect(throws: StoreError.notFound) {
            try await f.repos.children.assignCaseworker(hers, caseworker: svend.id, in: f.holstebro.id, audit: f.audit(.update, .child))
        }
        await #expect(throws: StoreError.notFound) {
            try await f.repos.children.update(other, details: ChildDetails(firstName: "X", lastName: "Y", birthDate: today, gender: .boy),
                                              guardians: [], scope: .municipality(f.holstebro.id), at: f.now, audit: f.audit(.update, .child))
        }
        // The name search spans the municipality but returns names only.
        let names = try await f.repos.children.searchNames("jen", in: f.holstebro.id, limit: 10)
        #expect(names.map(\.lastName) == ["Jensen"])
        #expect(names[0].birthDate == nil && names[0].school == nil)
        #expect(try await f.repos.children.searchNames("holm", in: f.holstebro.id, limit: 10).isEmpty)
    }

    @Test func possibleDuplicatesByNameOrByGuardianPhone() async throws {
        let f = try await StoreFixture()
        let lars = try await f.addUser("lars@holstebro.dk")
        let first = try await child(f, "Aya", "Haddad", born: "2016-05-01", phone: "+45 12 34 56 78", by: lars.id)
        func details(_ first: String, _ last: String, _ born: String) -> ChildDetails {
            ChildDetails(firstName: first, lastName: last, birthDate: LocalDate(iso: born)!, gender: .girl)
        }
        let byName = try await f.repos.children.possibleDuplicates(of: details("AYA", "haddad", "2016-05-01"), guardians: [],
                                                                  in: f.holstebro.id, excluding: nil)
        #expect(byName.map(\.id) == [first])
        let byPhone = try await f.repos.children.possibleDuplicates(
            of: details("Aia", "Hadad", "2016-05-01"), guardians: [Guardian(name: "L", relation: .mother, phone: "12345678")],
            in: f.holstebro.id, excluding: nil)
        #expect(byPhone.map(\.id) == [first])
        let otherBirth = try await f.repos.children.possibleDuplicates(of: details("Aya", "Haddad", "2016-05-02"), guardians: [],
                                                                      in: f.holstebro.id, excluding: nil)
        #expect(otherBirth.isEmpty)
        #expect(try await f.repos.children.possibleDuplicates(of: details("Aya", "Haddad", "2016-05-01"), guardians: [],
                                                              in: f.svendborg.id, excluding: nil).isEmpty)
    }

    @Test func listFiltersSortsAndPages() async throws {
        let f = try await StoreFixture()
        let lars = try await f.addUser("lars@holstebro.dk")
        for i in 0..<30 {
            let id = try await child(f, "Barn\(i)", "Æble\(String(format: "%02d", i))", born: "20\(10 + i % 8)-03-0\(1 + i % 9)",
                                     phone: "2000\(String(format: "%04d", i))", by: lars.id)
            if i % 3 == 0 { _ = try await referral(f, id, by: lars.id, department: i % 2 == 0 ? .ssp : .school) }
        }
        let scope = DataScope.municipality(f.holstebro.id)
        let page2 = try await f.repos.children.list(ChildQuery(page: 2), scope: scope, today: today)
        #expect(page2.total == 30 && page2.rows.count == 5 && page2.pageCount == 2)
        #expect(page2.rows.first?.lastName == "Æble25")
        #expect(try await f.repos.children.list(ChildQuery(text: "æble0"), scope: scope, today: today).total == 10)
        #expect(try await f.repos.children.list(ChildQuery(text: "ÆBLE1"), scope: scope, today: today).total == 10)
        #expect(try await f.repos.children.list(ChildQuery(status: .referred), scope: scope, today: today).total == 10)
        #expect(try await f.repos.children.list(ChildQuery(source: .ssp), scope: scope, today: today).total == 5)
        let band = try await f.repos.children.list(ChildQuery(ageBand: .from10to12), scope: scope, today: today)
        #expect(band.rows.allSatisfy { (10...12).contains($0.birthDate.age(on: today)) } && band.total > 0)
        let youngest = try await f.repos.children.list(ChildQuery(sort: .age), scope: scope, today: today).rows.first!
        #expect(youngest.birthDate == LocalDate(iso: "2017-03-08"))
        let oldest = try await f.repos.children.list(ChildQuery(sort: .age, descending: true), scope: scope, today: today).rows.first!
        #expect(oldest.birthDate == LocalDate(iso: "2010-03-01"))
        let descending = try await f.repos.children.list(ChildQuery(sort: .name, descending: true), scope: scope, today: today)
        #expect(descending.rows.first?.lastName == "Æble29")
        #expect(try await f.repos.children.export(ChildQuery(status: .referred), scope: scope, today: today).count == 10)
    }

    @Test func approvingIssuesAPassAndKeepsHistoryAndStatus() async throws {
        let f = try await StoreFixture()
        let lars = try await f.addUser("lars@holstebro.dk")
        let coordinator = try await f.addUser("k2@holstebro.dk", role: .coordinator)
        let id = try await child(f, by: lars.id)
        let r = try await referral(f, id, by: lars.id)
        #expect(try await f.repos.children.find(id, scope: .municipality(f.holstebro.id))?.status == .referred)
        let decision = Decision(outcome: .approve, track: .both, reason: nil,
                                pass: PassDraft(validFrom: today, validTo: today.adding(years: 1).adding(days: -1),
                                                cover: PassCover(guidance: true, fee: true, equipment: false)))
        let pass = try await f.repos.referrals.decide(r, from: .submitted, decision: decision, in: f.holstebro.id, by: coordinator.id,
                                                      on: today, at: f.now, audit: f.audit(.update, .referral))
        #expect(pass != nil)
        let history = try await f.repos.referrals.history(for: id, in: f.holstebro.id)
        #expect(history.map(\.to) == [.submitted, .assessment, .approved])
        #expect(history.last?.userName == "k2@holstebro.dk")
        #expect(try await f.repos.children.find(id, scope: .municipality(f.holstebro.id))?.status == .active)
        // The same referral cannot be decided twice, not even by a second coordinator at once.
        await #expect(throws: StoreError.conflict) {
            _ = try await f.repos.referrals.decide(r, from: .assessment, decision: decision, in: f.holstebro.id, by: coordinator.id,
                                                   on: today, at: f.now, audit: f.audit(.update, .referral))
        }
        #expect(try await f.count("SELECT COUNT(*) FROM pass") == 1)
        // Another municipality cannot move it.
        let open = try await referral(f, try await child(f, "Ny", "Pige", by: lars.id), by: lars.id)
        await #expect(throws: StoreError.notFound) {
            try await f.repos.referrals.move(open, from: .submitted, to: .assessment, note: nil, in: f.svendborg.id, by: coordinator.id,
                                             at: f.now, audit: f.audit(.update, .referral))
        }
        try await f.repos.passes.markInUse(pass!, on: today.adding(days: 3), in: f.holstebro.id, audit: f.audit(.update, .pass))
        await #expect(throws: StoreError.conflict) {
            try await f.repos.passes.markInUse(pass!, on: today, in: f.holstebro.id, audit: f.audit(.update, .pass))
        }
        await #expect(throws: StoreError.notFound) {
            try await f.repos.passes.end(pass!, on: today, reason: "x", in: f.svendborg.id, audit: f.audit(.update, .pass))
        }
        let counts = try await f.repos.referrals.counts(in: f.holstebro.id, period: Period(from: LocalDate(iso: "2027-01-01")!,
                                                                                          to: LocalDate(iso: "2027-01-31")!))
        #expect(counts == PassCounts(applied: 2, granted: 1, redeemed: 1))
        let december = try await f.repos.referrals.counts(in: f.holstebro.id, period: Period(from: LocalDate(iso: "2026-12-01")!,
                                                                                            to: LocalDate(iso: "2027-01-09")!))
        #expect(december == PassCounts(applied: 0, granted: 0, redeemed: 0), "the period's last day is included, the next is not")
    }

    @Test func racingDecisionsIssueExactlyOnePass() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let pool = try AppDatabase.openPool(path: dir.appendingPathComponent("r.sqlite").path)
        let repos = Repositories.sqlite(pool)
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let entry = AuditEntry(at: now, userID: nil, role: nil, municipalityID: nil, action: .create, entity: .municipality, ip: nil)
        let (m, k) = try await repos.municipalities.create(
            MunicipalityDraft(slug: "x", name: "X", schemeName: "X"),
            firstCoordinator: UserDraft(municipalityID: nil, role: .coordinator, email: "k@x.dk", name: "K"),
            activation: NewActivation(tokenHash: "t", expiresAt: now), at: now, audit: entry)
        let child = try await repos.children.create(ChildDetails(firstName: "A", lastName: "B", birthDate: today.adding(years: -10), gender: .boy),
                                                    guardians: [], in: m.id, by: k.id, at: now, audit: entry)
        _ = try await repos.consents.record(Self.registrationConsent(on: today), for: child, in: m.id, by: k.id, at: now, audit: entry)
        let r = try await repos.referrals.create(
            ReferralDetails(referrerName: "L", referrerRole: "", department: .school, referredOn: today, reasons: [.economic],
                            wantsGuidance: false, wantsEconomicSupport: true), for: child, in: m.id, by: k.id, at: now, audit: entry)
        let decision = Decision(outcome: .approve, track: .economicOnly, reason: nil,
                                pass: PassDraft(validFrom: today, validTo: today.adding(days: 200), cover: PassCover(guidance: false, fee: true, equipment: false)))
        let results = try await withThrowingTaskGroup(of: Bool.self) { group in
            for _ in 0..<6 {
                group.addTask {
                    do {
                        _ = try await repos.referrals.decide(r, from: .submitted, decision: decision, in: m.id, by: k.id, on: today, at: now, audit: entry)
                        return true
                    } catch StoreError.conflict { return false }
                }
            }
            return try await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results.filter { $0 }.count == 1)
        #expect(try await pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM pass") } == 1)
    }

    /// The form checks consent and age; the write checks them again, so a consent withdrawn (or
    /// the scheme's ages changed) while the coordinator was deciding issues no pass.
    @Test func noPassIsIssuedWithoutConsentInForceOrOutsideTheSchemesAges() async throws {
        let f = try await StoreFixture()
        let lars = try await f.addUser("lars@holstebro.dk")
        let decision = Decision(outcome: .approve, track: .economicOnly, reason: nil,
                                pass: PassDraft(validFrom: today, validTo: today.adding(days: 200), cover: PassCover(guidance: false, fee: true, equipment: false)))
        let withdrawn = try await child(f, by: lars.id)
        let consent = try #require(try await f.repos.consents.list(for: withdrawn, in: f.holstebro.id).first)
        try await f.repos.consents.withdraw(consent.id, child: withdrawn, in: f.holstebro.id, on: today, reason: nil, audit: f.audit(.update, .consent))
        let tooOld = try await child(f, "Omar", "Ali", born: "2008-06-01", by: lars.id)
        for id in [withdrawn, tooOld] {
            let r = try await referral(f, id, by: lars.id)
            await #expect(throws: StoreError.ruleNoLongerHolds) {
                try await f.repos.referrals.decide(r, from: .submitted, decision: decision, in: f.holstebro.id, by: lars.id, on: today,
                                                   at: f.now, audit: f.audit(.update, .referral))
            }
            #expect(try await f.repos.referrals.history(for: id, in: f.holstebro.id).map(\.to) == [.submitted], "nothing was written")
        }
        #expect(try await f.count("SELECT COUNT(*) FROM pass") == 0)
    }

    @Test func consentsAreRecordedAndWithdrawnOnce() async throws {
        let f = try await StoreFixture()
        let lars = try await f.addUser("lars@holstebro.dk")
        let id = try await child(f, by: lars.id)
        let consent = try await f.repos.consents.record(
            ConsentInput.Valid(givenBy: "Leyla", givenOn: today, method: .written,
                               scope: ConsentScope(registration: true, association: true, volunteer: false), expiresOn: nil),
            for: id, in: f.holstebro.id, by: lars.id, at: f.now, audit: f.audit(.create, .consent))
        await #expect(throws: StoreError.notFound) {
            try await f.repos.consents.withdraw(consent, child: id, in: f.svendborg.id, on: today, reason: nil, audit: f.audit(.update, .consent))
        }
        try await f.repos.consents.withdraw(consent, child: id, in: f.holstebro.id, on: today, reason: "Ønsker det ikke", audit: f.audit(.update, .consent))
        await #expect(throws: StoreError.conflict) {
            try await f.repos.consents.withdraw(consent, child: id, in: f.holstebro.id, on: today, reason: nil, audit: f.audit(.update, .consent))
        }
        #expect(try await f.repos.consents.list(for: id, in: f.holstebro.id).first?.withdrawnOn == today)
        #expect(try await f.repos.consents.list(for: id, in: f.svendborg.id).isEmpty)
    }

    @Test func expiredPassesEndTheChildsActiveStatusOvernight() async throws {
        let f = try await StoreFixture()
        let lars = try await f.addUser("lars@holstebro.dk")
        let id = try await child(f, by: lars.id)
        let r = try await referral(f, id, by: lars.id)
        _ = try await f.repos.referrals.decide(r, from: .submitted, decision: Decision(outcome: .approve, track: .economicOnly, reason: nil,
            pass: PassDraft(validFrom: today, validTo: today.adding(days: 30), cover: PassCover(guidance: false, fee: true, equipment: false))),
            in: f.holstebro.id, by: lars.id, on: today, at: f.now, audit: f.audit(.update, .referral))
        try await f.repos.children.refreshStatuses(today: today.adding(days: 30))
        #expect(try await f.repos.children.find(id, scope: .municipality(f.holstebro.id))?.status == .active)
        try await f.repos.children.refreshStatuses(today: today.adding(days: 31))
        #expect(try await f.repos.children.find(id, scope: .municipality(f.holstebro.id))?.status == .ended)
    }

    @Test func schemeSettingsDefaultAndSave() async throws {
        let f = try await StoreFixture()
        #expect(try await f.repos.schemeSettings.settings(for: f.holstebro.id) == .standard)
        let season = SchemeSettings(minimumAge: 6, maximumAge: 18, season: Season(startMonth: 8, startDay: 1, endMonth: 6, endDay: 30))
        try await f.repos.schemeSettings.save(season, for: f.holstebro.id, audit: f.audit(.update, .schemeSettings))
        #expect(try await f.repos.schemeSettings.settings(for: f.holstebro.id) == season)
        #expect(try await f.repos.schemeSettings.settings(for: f.svendborg.id) == .standard)
    }
}
