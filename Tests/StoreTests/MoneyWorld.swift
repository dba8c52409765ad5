import Domain
import Foundation
import GRDB
import Store
import Testing

/// Two municipalities, two clubs in the first (the contact person of club A has a portal login),
/// a funding source with a 2027 budget, and children with a pass covering fee and equipment.
struct MoneyWorld {
    let db: any DatabaseWriter
    let repos: Repositories
    let now = Date(timeIntervalSince1970: 1_800_000_000)  // 15.01.2027
    let today = LocalDate(year: 2027, month: 1, day: 15)!
    let holstebro: MunicipalityID
    let svendborg: MunicipalityID
    let coordinator: UserID
    /// A second coordinator: marks batches paid (four eyes on payments).
    let finance: UserID
    let contact: UserID
    let clubA: AssociationID
    let clubB: AssociationID
    let activityA: ActivityID
    let activityB: ActivityID
    let source: FundingSourceID

    init(_ db: any DatabaseWriter) async throws {
        self.db = db
        repos = Repositories.sqlite(db)
        let entry = AuditEntry(at: now, userID: nil, role: .admin, municipalityID: nil, action: .create, entity: .municipality, ip: nil)
        let (h, k) = try await repos.municipalities.create(
            MunicipalityDraft(slug: "holstebro", name: "Holstebro Kommune", schemeName: "Fritidspas"),
            firstCoordinator: UserDraft(municipalityID: nil, role: .coordinator, email: "k@holstebro.dk", name: "Mette"),
            activation: NewActivation(tokenHash: "h", expiresAt: now), at: now, audit: entry)
        holstebro = h.id
        coordinator = k.id
        svendborg = try await repos.municipalities.create(
            MunicipalityDraft(slug: "svendborg", name: "Svendborg Kommune", schemeName: "Fritidspas"),
            firstCoordinator: UserDraft(municipalityID: nil, role: .coordinator, email: "k@svendborg.dk", name: "Sofie"),
            activation: NewActivation(tokenHash: "s", expiresAt: now), at: now, audit: entry).0.id
        finance = try await repos.users.create(UserDraft(municipalityID: h.id, role: .coordinator, email: "okonomi@holstebro.dk", name: "Hanne"),
                                               passwordHash: "x", activation: nil, at: now, audit: entry).id
        contact = try await repos.users.create(UserDraft(municipalityID: h.id, role: .association, email: "jens@tvis.dk", name: "Jens"),
                                               passwordHash: "x", activation: nil, at: now, audit: entry).id
        clubA = try await repos.associations.create(AssociationDetails(name: "Tvis Boldklub", cvr: "29189919", categories: [.football]),
                                                    in: h.id, at: now, audit: entry)
        clubB = try await repos.associations.create(AssociationDetails(name: "Mejrup Svømning", cvr: "61126228", categories: [.swimming]),
                                                    in: h.id, at: now, audit: entry)
        _ = try await repos.associations.addContact(ContactInput.Valid(name: "Jens", role: "Formand", email: nil, phone: "12345678",
                                                                       userID: contact), to: clubA, in: h.id, at: now, audit: entry)
        activityA = try await repos.activities.create(ActivityDetails(name: "U9 fodbold", category: .football, minAge: 6, maxAge: 9,
                                                                      fee: Money(kroner: 900), freePlaces: 3),
                                                      association: clubA, in: h.id, at: now, audit: entry)
        activityB = try await repos.activities.create(ActivityDetails(name: "Svømmeskole", category: .swimming, minAge: 5, maxAge: 9,
                                                                      fee: Money(kroner: 1200), freePlaces: 0),
                                                      association: clubB, in: h.id, at: now, audit: entry)
        source = try await repos.grants.createFundingSource(name: "Kommunens budget", kind: .municipal, in: h.id, at: now, audit: entry)
        try await repos.grants.setBudget(Money(kroner: 10_000), year: 2027, for: source, in: h.id, belowCommitted: false, audit: entry)
    }

    func audit(_ action: AuditEntry.Action = .create, _ entity: AuditEntity = .grant, user: UserID? = nil) -> AuditEntry {
        AuditEntry(at: now, userID: user ?? coordinator, role: .coordinator, municipalityID: holstebro, action: action, entity: entity, ip: nil)
    }

    var portalScope: DataScope { .association(holstebro, contact) }

    /// A child with an approved referral and a pass covering fee and equipment; consent to
    /// sharing with associations only if `associationConsent`.
    func child(_ first: String, _ last: String = "Haddad", associationConsent: Bool = true, guidance: Bool = false,
               adaptation: String? = nil, in municipality: MunicipalityID? = nil) async throws -> ChildID {
        let m = municipality ?? holstebro
        let id = try await repos.children.create(ChildDetails(firstName: first, lastName: last, birthDate: LocalDate(iso: "2018-05-01")!,
                                                              gender: .girl, needsAdaptation: adaptation != nil, adaptationNote: adaptation),
                                                 guardians: [], in: m, by: coordinator, at: now, audit: audit())
        _ = try await repos.consents.record(ConsentInput.Valid(givenBy: "Mor", givenOn: today.adding(days: -10), method: .written,
                                                               scope: ConsentScope(registration: true, association: associationConsent, volunteer: false),
                                                               expiresOn: nil), for: id, in: m, by: coordinator, at: now, audit: audit())
        let referral = try await repos.referrals.create(
            ReferralDetails(referrerName: "L", referrerRole: "", department: .school, referredOn: today.adding(days: -5), reasons: [.economic],
                            wantsGuidance: false, wantsEconomicSupport: true), for: id, in: m, by: coordinator, at: now, audit: audit())
        _ = try await repos.referrals.decide(referral, from: .submitted, decision: Decision(
            outcome: .approve, track: guidance ? .both : .economicOnly, reason: nil,
            pass: PassDraft(validFrom: today.adding(days: -1), validTo: today.adding(days: 300), cover: PassCover(guidance: guidance, fee: true, equipment: true))),
            in: m, by: coordinator, on: today, at: now, audit: audit())
        return id
    }

    func grant(_ child: ChildID, _ kroner: Int64, activity: ActivityID? = nil, kind: GrantKind = .fee, override: String? = nil) async throws -> GrantID {
        try await repos.grants.create(GrantDraft(childID: child, activityID: activity ?? activityA, kind: kind, amount: Money(kroner: kroner),
                                                 period: Period(from: today, to: today.adding(days: 160)), fundingSourceID: source,
                                                 claimDeadline: today.adding(days: 160), note: nil),
                                      overrideReason: override, in: holstebro, by: coordinator, on: today, at: now, audit: audit())
    }

    /// The association claims the grant in full (draft, then submit) through the portal.
    func claim(_ grant: GrantID, _ kroner: Int64? = nil) async throws -> ClaimID {
        let context = try #require(try await repos.portal.grant(grant, scope: portalScope, today: today))
        let (id, _) = try await repos.portal.saveDraft(
            ClaimDraft(amount: kroner.map { Money(kroner: $0) } ?? context.grant.amount, period: context.grant.period, note: nil),
            attachment: nil, keepAttachment: true, grant: grant, scope: portalScope, today: today, at: now, audit: audit(user: contact))
        try await repos.portal.submit(id, scope: portalScope, today: today, at: now, audit: audit(.update, user: contact))
        return id
    }

    func count(_ sql: String, _ arguments: StatementArguments = []) async throws -> Int {
        try await db.read { try Int.fetchOne($0, sql: sql, arguments: arguments) ?? 0 }
    }

    static func filePool() throws -> (DatabasePool, URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return (try AppDatabase.openPool(path: dir.appendingPathComponent("m.sqlite").path), dir)
    }
}
