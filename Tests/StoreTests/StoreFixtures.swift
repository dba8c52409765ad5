import Domain
import Foundation
import GRDB
import Store

/// A fresh in-memory database with the real schema and two municipalities.
struct StoreFixture {
    let db: any DatabaseWriter
    let repos: Repositories
    let erasures: MemoryErasureLedger
    let now = Date(timeIntervalSince1970: 1_800_000_000)
    let holstebro: Municipality
    let svendborg: Municipality

    init(db: (any DatabaseWriter)? = nil, erasures: MemoryErasureLedger = MemoryErasureLedger()) async throws {
        if let db { self.db = db } else { self.db = try AppDatabase.openInMemory() }
        self.erasures = erasures
        repos = Repositories.sqlite(self.db, erasures: erasures)
        let audit = AuditEntry(at: now, userID: nil, role: .admin, municipalityID: nil, action: .create,
                               entity: .municipality, ip: nil)
        holstebro = try await repos.municipalities.create(
            MunicipalityDraft(slug: "holstebro", name: "Holstebro Kommune", schemeName: "Fritidspas Holstebro"),
            firstCoordinator: UserDraft(municipalityID: nil, role: .coordinator, email: "k@holstebro.dk", name: "Koordinator H"),
            activation: NewActivation(tokenHash: "h1", expiresAt: now.addingTimeInterval(86400)), at: now, audit: audit).0
        svendborg = try await repos.municipalities.create(
            MunicipalityDraft(slug: "svendborg", name: "Svendborg Kommune", schemeName: "Fritidspas Svendborg"),
            firstCoordinator: UserDraft(municipalityID: nil, role: .coordinator, email: "k@svendborg.dk", name: "Koordinator S"),
            activation: NewActivation(tokenHash: "s1", expiresAt: now.addingTimeInterval(86400)), at: now, audit: audit).0
    }

    func audit(_ action: AuditEntry.Action = .create, _ entity: AuditEntity = .user) -> AuditEntry {
        AuditEntry(at: now, userID: nil, role: .coordinator, municipalityID: holstebro.id, action: action, entity: entity, ip: "10.0.0.1")
    }

    func addUser(_ email: String, role: Role = .caseworker, in municipality: Municipality? = nil, hash: String? = "hash") async throws -> User {
        try await repos.users.create(UserDraft(municipalityID: (municipality ?? holstebro).id, role: role, email: email, name: email),
                                     passwordHash: hash, activation: nil, at: now, audit: audit())
    }

    func count(_ sql: String) async throws -> Int {
        try await db.read { try Int.fetchOne($0, sql: sql) ?? 0 }
    }
}
