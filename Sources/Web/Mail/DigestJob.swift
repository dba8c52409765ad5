import Domain
import Foundation

/// Puts the digests in the outbox: the coordinator's daily list of what waits, and the club's
/// weekly list of children to mark started, grants to claim and follow-ups to answer. From
/// 07:00 Danish time, once per user and day (or week): the digest key makes a second run add
/// nothing, and a server that was down at seven sends it when it comes back.
struct DigestJob: Sendable {
    let repositories: Repositories
    let clock: Clock

    static let sendFromHour = 7

    /// Returns how many digests were queued.
    @discardableResult
    func run() async throws -> Int {
        let now = clock.now
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = .danish
        guard calendar.component(.hour, from: now) >= Self.sendFromHour else { return 0 }
        let today = LocalDate(now, in: .danish)
        let monday = LocalDate(calendar.dateInterval(of: .weekOfYear, for: now)?.start ?? now, in: .danish)
        var queued = 0
        var work: [MunicipalityID: CoordinatorWork] = [:]
        for r in try await repositories.outbox.digestRecipients(.coordinatorDigest) {
            if work[r.municipalityID] == nil {
                work[r.municipalityID] = try await repositories.workLists.coordinator(in: r.municipalityID, today: today, limit: 0)
            }
            guard let w = work[r.municipalityID], w.total > 0 else { continue }
            let params = ["name": r.name, "total": String(w.total), "referrals": String(w.referrals.count),
                          "claims": String(w.claims.count),
                          "payments": String(w.readyForPayment.count), "batches": String(w.batches.count),
                          "followUps": String(w.overdueFollowUps.count), "certificates": String(w.certificates.count),
                          "offers": String(w.offers.count)]
            if try await enqueue(.coordinatorDigest, r, params, key: today.iso, at: now) { queued += 1 }
        }
        for r in try await repositories.outbox.digestRecipients(.clubDigest) {
            guard let overview = try await repositories.portal.overview(scope: .association(r.municipalityID, r.userID), today: today)
            else { continue }
            let club = ClubWork(overview, today: today)
            guard club.total > 0 else { continue }
            let params = ["name": r.name, "total": String(club.total), "toStart": String(club.toStart.count),
                          "toClaim": String(club.toClaim.count), "followUps": String(club.followUps.count)]
            if try await enqueue(.clubDigest, r, params, key: monday.iso, at: now) { queued += 1 }
        }
        return queued
    }

    private func enqueue(_ kind: NotificationKind, _ r: DigestRecipient, _ params: [String: String], key: String,
                         at now: Date) async throws -> Bool {
        try await repositories.outbox.enqueue(NewOutboxMessage(
            municipalityID: r.municipalityID, kind: kind, userID: r.userID, recipient: r.email, language: r.language,
            params: params, digestKey: "\(kind.rawValue):\(r.userID):\(key)"), at: now)
    }
}
