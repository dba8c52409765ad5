import Domain
import Foundation
import Hummingbird

/// A municipality adds its own items under any section of the checklist.
struct ImplementationCustomItemsController {
    let workspace: ImplementationWorkspace

    struct CustomItemForm: Decodable {
        let text: String?
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.implCustomItemNew) { _, context in try await renderNew(context) }
        routes.add(.implCustomItemCreate) { request, context in try await create(request, context) }
    }

    private func section(_ context: AppContext) throws -> ChecklistSection {
        let key = try ImplementationWorkspace.key(context)
        guard let section = workspace.catalogue.sections.first(where: { $0.key == key }) else { throw AppError.notFound }
        return section
    }

    private func renderNew(_ context: AppContext, values: [String: String] = [:], errors: ValidationErrors = .init()) async throws -> Response {
        let scope = try workspace.scope(context)
        let section = try section(context)
        let form = FormBuilder(scope.t, values: values, errors: errors)
        let view = ImplementationItemNewView(subnav: workspace.subnav(nil, scope.t),
                           backHref: Paths.implementationPhase.link(section.phaseKey) + "#" + section.key,
                           section: ImplLabels.section(section, scope.t), action: Paths.implementationSectionItems.link(section.key),
                           form: .init(text: form.field("text", label: "impl.customItem.text", hint: "impl.customItem.text.hint", width: "xl", rows: 3)))
        return try workspace.page(view, title: scope.t("impl.customItem.title"), context: context, form: form)
    }

    private func create(_ request: Request, _ context: AppContext) async throws -> Response {
        let scope = try workspace.scope(context)
        let section = try section(context)
        let input = try await request.decodeForm(CustomItemForm.self, context: context)
        switch CustomItem.validate(text: input.text) {
        case .failure(let errors):
            return try await renderNew(context, values: ["text": input.text ?? ""], errors: errors)
        case .success(let text):
            let item = try await workspace.store.addCustomItem(text: text, sectionKey: section.key, by: scope.user.id, in: scope.municipality,
                                                               audit: try workspace.audit(context, .create, .implItem, detail: section.key))
            context.flash(Flash(.success, "impl.customItem.created"))
            return .seeOther(Paths.implementationItem.link(item.key))
        }
    }
}
