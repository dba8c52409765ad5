import Domain
import Foundation
import Hummingbird

/// What every controller of the implementation workspace needs, and the steps they
/// share: the caller's scope, audit entries, the workspace's own navigation.
struct ImplementationWorkspace: Sendable {
    let catalogue: ImplementationCatalogue
    let store: any ImplementationRepository
    let users: any UserRepository
    let municipalities: any MunicipalityRepository
    let renderer: Renderer
    let clock: Clock

    /// The signed-in user and the municipality whose workspace they see.
    struct Scope {
        let user: CurrentUser
        let municipality: MunicipalityID
        let t: Texts
        var language: Language { t.language }
        /// Coordinators edit; caseworkers read and comment (see AccessPolicy).
        var canEdit: Bool { user.can(.runImplementation) }
    }

    func scope(_ context: AppContext) throws -> Scope {
        let user = try context.requireUser()
        return Scope(user: user, municipality: try user.municipalityID(), t: context.t)
    }

    func audit(_ context: AppContext, _ action: AuditEntry.Action, _ entity: AuditEntity, _ id: CustomStringConvertible? = nil,
               detail: String? = nil) throws -> AuditEntry {
        try context.actor().audit(action, entity, id, detail: detail)
    }

    /// The workspace's sections, shown above each page's heading.
    static let sections: [(route: Route, label: String)] = [
        (.implOverview, "impl.subnav.overview"),
        (.implPlan, "impl.subnav.plan"),
        (.implDialogue, "impl.subnav.dialogue"),
        (.implMeetings, "impl.subnav.meetings"),
        (.implTestRounds, "impl.subnav.rounds"),
        (.implDocumentationPlan, "impl.subnav.documentation"),
        (.implCommunicationPlan, "impl.subnav.communication"),
    ]

    func subnav(_ current: Route?, _ t: Texts) -> [PageFrame.NavItem] {
        Self.sections.map { PageFrame.NavItem(href: $0.route.path.link(), label: t($0.label), current: $0.route == current) }
    }

    /// A page of the workspace.
    func page<P: Page>(_ content: P, title: String, context: AppContext, form: FormBuilder? = nil) throws -> Response {
        try renderer.page(content, title: title, context: context, form: form)
    }

    /// Users a coordinator can name as responsible: the municipality's active staff.
    func staff(_ scope: Scope) async throws -> [User] {
        try await users.list(in: scope.municipality).filter { $0.isActive && AccessPolicy.can($0.role, .followImplementation) }
    }

    /// The checklist of the caller's municipality.
    func checklist(_ scope: Scope) async throws -> Checklist {
        Checklist(catalogue: catalogue, state: try await store.checklist(in: scope.municipality))
    }

    /// A required `:key` or `:id` path parameter.
    static func key(_ context: AppContext, _ name: String = "key") throws -> String {
        guard let key = context.parameters.get(name), key.count <= 100 else { throw AppError.notFound }
        return key
    }
}

extension Array where Element == String {
    /// "a, b og c": lists read as sentences.
    func joinedAsList(_ t: Texts) -> String {
        guard count > 1 else { return first ?? "" }
        return dropLast().joined(separator: ", ") + " " + t("impl.and") + " " + last!
    }
}
