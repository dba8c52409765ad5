import ArgumentParser
import Domain
import Foundation
import Store
import Web

struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "user", abstract: "Manage users.", subcommands: [Add.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a user. Without --password-stdin a password is generated and printed once.")

        @OptionGroup var database: DatabaseOptions
        @Option(help: "The municipality's slug (not for admins).") var municipality: String?
        @Option(help: "admin, coordinator, caseworker, volunteer or association.") var role: String
        @Option(help: "E-mail address (the sign-in name).") var email: String
        @Option(help: "Full name.") var name: String
        @Flag(help: "Read the password from standard input.") var passwordStdin = false

        func run() async throws {
            let config = database.config()
            let pool = try AppDatabase.openPool(path: config.databasePath)
            let repositories = Repositories.sqlite(pool)
            guard let role = Role(rawValue: role) else { throw ValidationError("Unknown role '\(role)'.") }
            var municipalityID: MunicipalityID?
            var municipalityWords: [String] = []
            if role.belongsToMunicipality {
                guard let slug = municipality else { throw ValidationError("--municipality is required for role \(role.rawValue).") }
                guard let found = try await repositories.municipalities.find(slug: slug) else {
                    throw ValidationError("No municipality with slug '\(slug)'.")
                }
                municipalityID = found.id
                municipalityWords = [found.name, found.slug]
            } else if municipality != nil {
                throw ValidationError("Admins belong to no municipality; leave out --municipality.")
            }
            let draft: UserDraft
            switch UserDraft.validate(name: name, email: email, role: role.rawValue, allowedRoles: Role.allCases,
                                      municipalityID: municipalityID) {
            case .success(let d): draft = d
            case .failure(let errors):
                throw ValidationError(errors.fields.map { "\($0.field): \($0.message)" }.joined(separator: "; "))
            }
            let person = PasswordPolicy.Person(name: draft.name, email: draft.email, municipality: municipalityWords)
            var password: String
            let generated: Bool
            if passwordStdin {
                password = (readLine(strippingNewline: true) ?? "")
                generated = false
            } else {
                // Random, so a clash with the person's name is chance; draw again then.
                repeat { password = String(Tokens.random().prefix(20)) } while PasswordPolicy.problem(with: password, for: person) != nil
                generated = true
            }
            if let problem = PasswordPolicy.problem(with: password, for: person) {
                throw ValidationError("The password is not accepted (\(problem)).")
            }
            let hash = PasswordHasher(cost: config.bcryptCost).hashBlocking(password)
            let now = Date()
            do {
                let user = try await repositories.users.create(
                    draft, passwordHash: hash, activation: nil, at: now,
                    audit: AuditEntry(at: now, userID: nil, role: nil, municipalityID: municipalityID, action: .create,
                                      entity: .user, detail: "command line", ip: nil))
                print("Created \(user.role.rawValue) \(user.email) (id \(user.id)).")
                if generated { print("Password (shown only this once): \(password)") }
            } catch StoreError.duplicate {
                throw ValidationError("A user with e-mail \(draft.email) exists already.")
            }
        }
    }
}
