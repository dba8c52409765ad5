import Domain
import Foundation
import GRDB
import Store
import Testing

/// One submission is one row in every family of forms, not only grants: two requests carrying
/// the same form's key race on a file database (as two posts of a double-click do), and the
/// store keeps exactly one change — the other is refused inside its write and rolls back.
@Suite struct OneTimeSubmissionTests {
    /// A write of one family, given the audit entry that carries the submission, and the query
    /// counting what it creates.
    struct Family: Sendable {
        let name: String
        let count: String
        let write: @Sendable (MoneyWorld, AuditEntry) async throws -> Void
    }

    static let families: [Family] = [
        Family(name: "user", count: "SELECT COUNT(*) FROM app_user WHERE email = 'ny@holstebro.dk'") { w, entry in
            _ = try await w.repos.users.create(UserDraft(municipalityID: w.holstebro, role: .caseworker, email: "ny@holstebro.dk", name: "Ny"),
                                               passwordHash: "x", activation: nil, at: w.now, audit: entry)
        },
        Family(name: "child", count: "SELECT COUNT(*) FROM child WHERE last_name = 'Dobbelt'") { w, entry in
            _ = try await w.repos.children.create(ChildDetails(firstName: "Ida", lastName: "Dobbelt", birthDate: LocalDate(iso: "2017-03-01")!,
                                                               gender: .girl),
                                                  guardians: [], in: w.holstebro, by: w.coordinator, at: w.now, audit: entry)
        },
        Family(name: "referral", count: "SELECT COUNT(*) FROM referral") { w, entry in
            _ = try await w.repos.referrals.create(
                ReferralDetails(referrerName: "Lone", referrerRole: "lærer", department: .school, referredOn: w.today, reasons: [.economic],
                                wantsGuidance: true, wantsEconomicSupport: false),
                for: try await w.plainChild(), in: w.holstebro, by: w.coordinator, at: w.now, audit: entry)
        },
        Family(name: "association", count: "SELECT COUNT(*) FROM association WHERE name = 'Ny Spejdergruppe'") { w, entry in
            _ = try await w.repos.associations.create(AssociationDetails(name: "Ny Spejdergruppe", cvr: "12345674", categories: [.scouts]),
                                                      in: w.holstebro, at: w.now, audit: entry)
        },
        Family(name: "grant", count: "SELECT COUNT(*) FROM support_grant") { w, entry in
            _ = try await w.repos.grants.create(w.feeDraft(try await w.firstChild(), 500, kind: .equipment), overrideReason: nil,
                                                in: w.holstebro, by: w.coordinator, on: w.today, at: w.now, audit: entry)
        },
        Family(name: "guidance session", count: "SELECT COUNT(*) FROM guidance_session") { w, entry in
            let course = try #require(try await w.count("SELECT id FROM guidance_course LIMIT 1"))
            _ = try await w.repos.courses.logSession(
                SessionDraft(heldOn: w.today, kind: .call, minutes: 20, step: .firstMeeting, participants: [.guardian], note: nil),
                course: CourseID(Int64(course)), in: w.holstebro, by: w.coordinator, role: .coordinator, at: w.now, audit: entry)
        },
        Family(name: "implementation meeting", count: "SELECT COUNT(*) FROM impl_meeting") { w, entry in
            _ = try await w.repos.implementation.createMeeting(
                MeetingDraft(kind: .steeringGroup, heldOn: w.today, participants: "Chefer", decisions: "Start"), by: w.coordinator,
                in: w.holstebro, audit: entry)
        },
    ]

    /// The repeat is refused by the claim, or — where the row's own UNIQUE rule (a user's e-mail,
    /// an association's CVR) is checked before the audit entry claims the key — by that rule; the
    /// web layer then finds the key claimed by the first post and answers "Allerede gemt".
    static func isRefusedRepeat(_ error: any Error) -> Bool {
        if error is AlreadySubmitted { return true }
        if case StoreError.duplicate? = error as? StoreError { return true }
        return false
    }

    @Test(arguments: families.map(\.name))
    func twoRequestsWithOneFormsKeyChangeOnce(_ name: String) async throws {
        let family = try #require(Self.families.first { $0.name == name })
        let (pool, dir) = try MoneyWorld.filePool()
        defer { try? FileManager.default.removeItem(at: dir) }
        let w = try await MoneyWorld(pool)
        // What the forms stand on: a child with a pass covering guidance, and a course.
        let child = try await w.child("Aya", guidance: true)
        let pass = try #require(try await w.count("SELECT id FROM pass WHERE child_id = ?", [child]))
        _ = try await w.repos.courses.start(for: child, pass: PassID(Int64(pass)), on: w.today, guide: .staff(w.coordinator), in: w.holstebro,
                                            by: w.coordinator, at: w.now, audit: w.audit(.create, .child))
        _ = try await w.repos.children.create(ChildDetails(firstName: "Noah", lastName: "Uden", birthDate: LocalDate(iso: "2016-03-01")!,
                                                           gender: .boy),
                                              guardians: [], in: w.holstebro, by: w.coordinator, at: w.now, audit: w.audit())
        let before = try await w.count(family.count)
        let key = "Page-key-of-\(name.replacingOccurrences(of: " ", with: "-"))-form /x"
        let outcomes = try await withThrowingTaskGroup(of: Bool.self) { group in
            for owner in ["first-request", "second-request"] {
                let entry = w.audit(submission: FormSubmission(key: key, owner: owner, municipality: w.holstebro))
                group.addTask {
                    do {
                        try await family.write(w, entry)
                        return true
                    } catch let error where Self.isRefusedRepeat(error) {
                        return false
                    }
                }
            }
            return try await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(outcomes.filter { $0 }.count == 1, "\(name): exactly one of the two posts changes something (\(outcomes))")
        #expect(try await w.count(family.count) == before + 1, "\(name): one row")
        #expect(try await w.count("SELECT COUNT(*) FROM form_submission") == 1)
        // A later post of the same key (Back and send again) changes nothing either.
        await #expect(performing: {
            try await family.write(w, w.audit(submission: FormSubmission(key: key, owner: "third-request", municipality: w.holstebro)))
        }, throws: Self.isRefusedRepeat)
        #expect(try await w.count(family.count) == before + 1, "\(name): still one row")
        try pool.close()
    }
}

private extension MoneyWorld {
    func firstChild() async throws -> ChildID {
        ChildID(Int64(try await count("SELECT MIN(id) FROM child")))
    }

    /// The child without a referral yet.
    func plainChild() async throws -> ChildID {
        ChildID(Int64(try await count("SELECT id FROM child WHERE last_name = 'Uden'")))
    }
}
