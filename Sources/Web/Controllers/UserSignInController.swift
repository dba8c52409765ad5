import Domain
import Foundation
import Hummingbird

/// What a coordinator does about a user's sign-in besides the password: reset their second
/// factor (a lost phone) and record their single sign-on id.
struct UserSignInController {
    let users: any UserRepository
    let secondFactors: any SecondFactorRepository
    let signInSettings: any SignInSettingsRepository
    let renderer: Renderer
    let clock: Clock

    struct SubjectForm: Decodable {
        let subject: String?
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.userSecondFactorReset) { _, context in
            let me = try context.requireUser()
            let user = try await find(context)
            // Another coordinator resets a coordinator's; one who lost their own uses a recovery code.
            guard user.id != me.id else {
                context.flash(Flash(.error, "users.twoFactor.notSelf"))
                return .seeOther(Paths.user.link(user.id))
            }
            try await secondFactors.reset(user.id, in: try me.municipalityID(),
                                          audit: try context.actor().audit(.update, .user, user.id,
                                                                                        detail: "second factor reset"))
            context.flash(Flash(.success, "users.twoFactor.wasReset", [user.name]))
            return .seeOther(Paths.user.link(user.id))
        }
        routes.add(.userSingleSignOn) { request, context in
            let me = try context.requireUser()
            let user = try await find(context)
            let form = try await request.decodeForm(SubjectForm.self, context: context)
            let municipality = try me.municipalityID()
            switch SingleSignOnSubject.validate(form.subject) {
            case .failure:
                context.flash(Flash(.error, "err.text.tooLong", ["255"]))
            case .success(let subject):
                do {
                    try await signInSettings.setSubject(subject, of: user.id, in: municipality,
                                                        audit: try context.actor().audit(.update, .user, user.id,
                                                                                                      detail: "single sign-on id"))
                    context.flash(Flash(.success, "users.sso.saved", [user.name]))
                } catch StoreError.duplicate {
                    context.flash(Flash(.error, "users.sso.taken"))
                }
            }
            return .seeOther(Paths.user.link(user.id) + "#sign-in")
        }
    }

    private func find(_ context: AppContext) async throws -> User {
        let id = try context.parameters.require("id", as: UserID.self)
        guard let user = try await users.find(id, in: try context.municipality()) else { throw AppError.notFound }
        return user
    }
}
