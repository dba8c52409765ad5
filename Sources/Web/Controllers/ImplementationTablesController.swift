import Domain
import Foundation
import Hummingbird

/// The documentation plan and the communication plan of appendix 3 as editable tables, with
/// the appendix's example as an optional starting point. One controller per table kind.
struct ImplementationTablesController {
    let workspace: ImplementationWorkspace
    let kind: PlanTableKind

    func addRoutes(to routes: RouteTable) {
        let e = endpoints
        routes.add(e.list) { _, context in try await list(context) }
        routes.add(e.create) { request, context in try await create(request, context) }
        routes.add(e.template) { _, context in try await useTemplate(context) }
        routes.add(e.row) { _, context in try renderRow(context, try await find(context), template: "table-row") }
        routes.add(e.update) { request, context in try await update(request, context) }
        routes.add(e.deletion) { _, context in try renderRow(context, try await find(context), template: "table-row-delete") }
        routes.add(e.delete) { _, context in try await delete(context) }
    }

    private var title: String { kind == .documentation ? "impl.documentation.title" : "impl.communication.title" }

    static func columnLabel(_ column: String) -> String { "impl.table.\(column)" }

    private func fields(_ form: FormBuilder) -> [FormField] {
        kind.columns.enumerated().map { index, column in
            form.field(column, label: Self.columnLabel(column), hint: Self.columnLabel(column) + ".hint", optional: index > 0, width: "xl", rows: 2)
        }
    }

    private func find(_ context: AppContext) async throws -> PlanTableRow {
        let id = try context.parameters.require("id", as: PlanTableRowID.self)
        guard let row = try await workspace.store.tableRow(id, kind, in: try workspace.scope(context).municipality) else { throw AppError.notFound }
        return row
    }

    private func list(_ context: AppContext, values: [String: String] = [:], errors: ValidationErrors = .init()) async throws -> Response {
        let scope = try workspace.scope(context)
        let t = scope.t
        let e = endpoints
        let rows = try await workspace.store.tableRows(kind, in: scope.municipality)
        let form = FormBuilder(t, values: values, errors: errors)
        let view = ImplementationTableView(
            subnav: workspace.subnav(e.list, t), heading: t(title), intro: t(kind == .documentation ? "impl.documentation.intro" : "impl.communication.intro"),
            columns: kind.columns.map { t(Self.columnLabel($0)) },
            rows: rows.map { ImplementationTableView.Row(cells: $0.cells, href: scope.canEdit ? e.rowPath.link($0.id) : nil, editLabel: t("impl.table.edit", $0.cells[0])) },
            canEdit: scope.canEdit, templateAction: rows.isEmpty && scope.canEdit ? e.templatePath.link() : nil,
            createAction: e.plan.link(), fields: fields(form))
        return try workspace.page(view, title: t(title), context: context, form: form)
    }

    private func renderRow(_ context: AppContext, _ row: PlanTableRow, template: String, values: [String: String]? = nil,
                           errors: ValidationErrors = .init()) throws -> Response {
        let scope = try workspace.scope(context)
        let t = scope.t
        let stored = Dictionary(uniqueKeysWithValues: zip(kind.columns, row.cells))
        let form = FormBuilder(t, values: values ?? stored, errors: errors)
        let deleting = template == "table-row-delete"
        let view = ImplementationTableRowView(
            subnav: workspace.subnav(endpoints.list, t), backHref: endpoints.plan.link(),
            heading: t(deleting ? "impl.table.delete.heading" : "impl.table.edit", row.cells[0]),
            action: deleting ? endpoints.deletionPath.link(row.id) : endpoints.rowPath.link(row.id), fields: fields(form),
            deletionHref: endpoints.deletionPath.link(row.id), lastChanged: ImplLabels.changed(by: row.updatedByName, at: row.updatedAt, t),
            values: zip(kind.columns, row.cells).map { ImplementationTableRowView.Value(label: t(Self.columnLabel($0)), value: $1.isEmpty ? "–" : $1) })
        guard deleting else { return try workspace.page(view, title: view.heading, context: context, form: form) }
        let deletion = ImplementationTableRowDeleteView(subnav: view.subnav, backHref: view.backHref, heading: view.heading, action: view.action,
                                                        values: view.values)
        return try workspace.page(deletion, title: view.heading, context: context, form: form)
    }

    private func draft(_ request: Request, _ context: AppContext) async throws -> ([String: String], Result<PlanTableRowDraft, ValidationErrors>) {
        let posted = try await request.decodeForm([String: String].self, context: context).filter { kind.columns.contains($0.key) }
        return (posted, PlanTableRowDraft.validate(kind, values: posted))
    }

    private func create(_ request: Request, _ context: AppContext) async throws -> Response {
        let scope = try workspace.scope(context)
        let (posted, result) = try await draft(request, context)
        switch result {
        case .failure(let errors): return try await list(context, values: posted, errors: errors)
        case .success(let draft):
            _ = try await workspace.store.addTableRow(draft, kind, by: scope.user.id, in: scope.municipality,
                                                      audit: try workspace.audit(context, .create, .implTableRow, detail: kind.rawValue))
            context.flash(Flash(.success, "impl.table.added"))
            return .seeOther(endpoints.plan.link())
        }
    }

    private func update(_ request: Request, _ context: AppContext) async throws -> Response {
        let scope = try workspace.scope(context)
        let row = try await find(context)
        let (posted, result) = try await draft(request, context)
        switch result {
        case .failure(let errors): return try renderRow(context, row, template: "table-row", values: posted, errors: errors)
        case .success(let draft):
            try await workspace.store.updateTableRow(row.id, kind, draft, by: scope.user.id, in: scope.municipality,
                                                     audit: try workspace.audit(context, .update, .implTableRow, row.id, detail: kind.rawValue))
            context.flash(Flash(.success, "impl.table.saved"))
            return .seeOther(endpoints.plan.link())
        }
    }

    private func delete(_ context: AppContext) async throws -> Response {
        let scope = try workspace.scope(context)
        let row = try await find(context)
        try await workspace.store.deleteTableRow(row.id, kind, in: scope.municipality,
                                                 audit: try workspace.audit(context, .delete, .implTableRow, row.id, detail: kind.rawValue))
        context.flash(Flash(.success, "impl.table.deleted", [row.cells[0]]))
        return .seeOther(endpoints.plan.link())
    }

    private func useTemplate(_ context: AppContext) async throws -> Response {
        let scope = try workspace.scope(context)
        let rows = workspace.catalogue.template(kind).map { row in
            PlanTableRowDraft(cells: kind.columns.map { row[$0]?(scope.language) ?? "" })
        }
        let added = try await workspace.store.addTemplateRows(rows, kind, by: scope.user.id, in: scope.municipality,
                                                              audit: try workspace.audit(context, .create, .implTableRow, detail: "\(kind.rawValue) template"))
        context.flash(added ? Flash(.success, "impl.table.templateAdded") : Flash(.info, "impl.table.templateSkipped"))
        return .seeOther(endpoints.plan.link())
    }
}
