import Foundation

/// The daily retention run: anonymise children past their municipality's retention period and
/// purge audit entries past the audit retention. Used by the server's job and the command line.
public struct RetentionService: Sendable {
    public let privacy: any PrivacyRepository
    public let clock: Clock
    /// Deletes uploaded files that belonged to anonymised children.
    public let removeFiles: @Sendable ([String]) -> Void

    public init(privacy: any PrivacyRepository, clock: Clock, removeFiles: @escaping @Sendable ([String]) -> Void) {
        self.privacy = privacy
        self.clock = clock
        self.removeFiles = removeFiles
    }

    public struct Report: Sendable, Equatable {
        /// Children erased on request that a restored backup brought back.
        public var erasedAgain: [ErasureRecord]
        public var children: [RetentionCandidate]
        public var auditRows: Int
        public var applied: Bool
    }

    public func run(apply: Bool) async throws -> Report {
        let now = clock.now
        let erasedAgain = try await privacy.reapplyErasures(now: now, apply: apply)
        removeFiles(erasedAgain.files)
        let candidates = try await privacy.retentionCandidates(today: clock.today)
        guard apply else {
            return Report(erasedAgain: erasedAgain.records, children: candidates, auditRows: try await privacy.auditRowsToPurge(now: now),
                          applied: false)
        }
        for candidate in candidates {
            removeFiles(try await privacy.anonymise(child: candidate.childID, in: candidate.municipalityID, audit: AuditEntry(
                at: now, userID: nil, role: nil, municipalityID: candidate.municipalityID, action: .delete, entity: .child,
                entityID: candidate.childID.description,
                detail: "anonymised by retention (last activity \(candidate.lastActivity.iso))", ip: nil)))
        }
        let purged = try await privacy.purgeAudit(now: now)
        return Report(erasedAgain: erasedAgain.records, children: candidates, auditRows: purged, applied: true)
    }
}
