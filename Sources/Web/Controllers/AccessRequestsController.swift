import Domain
import Foundation
import Hummingbird

/// Access requests (indsigt, GDPR art. 15): register, follow the one-month deadline, generate
/// the export as a printable document and as JSON (both audited), mark answered.
struct AccessRequestsController {
    let repositories: Repositories
    let renderer: Renderer
    let clock: Clock

    struct Form: Decodable {
        let requestedBy, receivedOn, note: String?
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.accessRequests) { _, context in
            let municipality = try context.municipality()
            let requests = try await repositories.privacy.accessRequests(in: municipality, openOnly: false)
            // The list names each child: a use of each request's data.
            let actor = try context.actor()
            try await repositories.audit.record(all: requests.map { actor.audit(.view, .accessRequest, $0.id, detail: "list") })
            let t = context.t
            let today = clock.today
            let rows = requests.map { r -> AccessRequestsView.Row in
                let (status, kind) = r.answeredOn.map { (t("access.status.answered", $0.display), "success") }
                    ?? (r.isOverdue(today: today) ? (t("access.status.overdue"), "error") : (t("access.status.open"), "warning"))
                return AccessRequestsView.Row(childName: r.childName, href: Paths.accessRequest.link(r.id), requestedBy: r.requestedBy,
                           received: r.receivedOn.display, deadline: r.deadline.display, status: status, statusKind: kind)
            }
            return try renderer.page(AccessRequestsView(rows: rows), title: t("access.title"), context: context)
        }
        routes.add(.accessRequestNew) { _, context in
            let child = try await findChild(context)
            try await repositories.audit.record(try context.actor().audit(.view, .child, child.id, detail: "access request form"))
            return try renderNew(context, child: child, values: ["receivedOn": clock.today.iso])
        }
        routes.add(.accessRequestCreate) { request, context in
            let child = try await findChild(context)
            let form = try await request.decodeForm(Form.self, context: context)
            var errors = ValidationErrors()
            let by = Text.trimmed(form.requestedBy)
            if by.isEmpty { errors.add("requestedBy", "err.access.requestedBy.required") } else if by.count > 100 { errors.add("requestedBy", "err.text.tooLong100") }
            let received = DateField.required(form.receivedOn, field: "receivedOn", missing: "err.access.receivedOn.required", errors: &errors)
            if let received, received > clock.today { errors.add("receivedOn", "err.access.receivedOn.future") }
            if Text.trimmed(form.note).count > 300 { errors.add("note", "err.text.tooLong", ["300"]) }
            guard errors.isEmpty, let received else {
                return try renderNew(context, child: child, values: ["requestedBy": form.requestedBy ?? "", "receivedOn": form.receivedOn ?? "",
                                                                     "note": form.note ?? ""], errors: errors)
            }
            let id = try await repositories.privacy.registerAccessRequest(
                child: child.id, requestedBy: by, receivedOn: received, note: Text.optional(form.note), in: child.municipalityID,
                audit: try context.actor().audit(.create, .accessRequest, detail: "child \(child.id)"))
            context.flash(Flash(.success, "access.registered", [received.adding(months: 1).display]))
            return .seeOther(Paths.accessRequest.link(id))
        }
        routes.add(.accessRequestShow) { _, context in
            let request = try await find(context)
            try await repositories.audit.record(try context.actor().audit(.view, .accessRequest, request.id))
            let t = context.t
            let view = AccessRequestView(
                            childName: request.childName, childHref: Paths.child.link(request.childID), requestedBy: request.requestedBy,
                            received: request.receivedOn.display, deadline: request.deadline.display, note: request.note?.nilIfEmpty,
                            answered: request.answeredOn?.display, overdue: request.isOverdue(today: clock.today),
                            documentHref: Paths.accessRequestDocument.link(request.id),
                            documentWithStaffHref: Paths.accessRequestDocument.link(request.id) + "?staffNames=1",
                            jsonHref: Paths.accessRequestJSON.link(request.id), answeredAction: Paths.accessRequestAnswered.link(request.id))
            return try renderer.page(view, title: t("access.show.title", request.childName), context: context)
        }
        routes.add(.accessRequestDocument) { request, context in
            let accessRequest = try await find(context)
            let staffNames = request.uri.queryParameters["staffNames"] == "1"
            let export = try await exportData(accessRequest, staffNames: staffNames, context: context, format: "html")
            let t = context.t
            let view = AccessExportView.make(export, request: accessRequest, generated: clock.now, staffNames: staffNames, t: t)
            return try renderer.page(view, title: t("access.document.title", accessRequest.childName), context: context)
        }
        routes.add(.accessRequestJSON) { _, context in
            let accessRequest = try await find(context)
            let export = try await exportData(accessRequest, staffNames: false, context: context, format: "json")
            let body = try AccessExportView.json(export, request: accessRequest, generated: clock.now)
            return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8",
                                                   .contentDisposition: "attachment; filename=\"indsigt-\(accessRequest.id).json\""],
                            body: .init(byteBuffer: ByteBuffer(bytes: body)))
        }
        routes.add(.accessRequestAnswered) { _, context in
            let accessRequest = try await find(context)
            do {
                try await repositories.privacy.markAnswered(accessRequest.id, on: clock.today, in: try context.municipality(),
                                                            audit: try context.actor().audit(.update, .accessRequest, accessRequest.id))
                context.flash(Flash(.success, "access.answered"))
            } catch StoreError.notFound {
                context.flash(Flash(.info, "access.alreadyAnswered"))
            }
            return .seeOther(Paths.accessRequest.link(accessRequest.id))
        }
    }

    private func findChild(_ context: AppContext) async throws -> Child {
        let id = try context.parameters.require("id", as: ChildID.self)
        guard let child = try await repositories.children.find(id, scope: AccessPolicy.scope(of: try context.requireUser())) else {
            throw AppError.notFound
        }
        return child
    }

    private func find(_ context: AppContext) async throws -> AccessRequest {
        let id = try context.parameters.require("id", as: AccessRequestID.self)
        guard let request = try await repositories.privacy.accessRequest(id, in: try context.municipality()) else {
            throw AppError.notFound
        }
        return request
    }

    private func exportData(_ request: AccessRequest, staffNames: Bool, context: AppContext, format: String) async throws -> ChildDataExport {
        let municipality = try context.municipality()
        try await repositories.audit.record(try context.actor().audit(
            .export, .child, request.childID, detail: "access request \(request.id) \(format)\(staffNames ? " with staff names" : "")"))
        return try await repositories.privacy.export(child: request.childID, in: municipality, includeStaffNames: staffNames)
    }

    private func renderNew(_ context: AppContext, child: Child, values: [String: String], errors: ValidationErrors = .init()) throws -> Response {
        let t = context.t
        let form = FormBuilder(t, values: values, errors: errors)
        let view = AccessRequestNewView(childName: child.fullName, action: Paths.childAccessRequests.link(child.id),
                                        cancelHref: Paths.child.link(child.id), form: .init(
            requestedBy: form.field("requestedBy", label: "access.requestedBy", hint: "access.requestedBy.hint", width: "l"),
            receivedOn: form.field("receivedOn", label: "access.receivedOn", hint: "form.date.hint", type: "date", width: "s"),
            note: form.field("note", label: "access.note", optional: true, width: "xl", rows: 2, maxLength: 300)))
        return try renderer.page(view, title: t("access.new.title"), context: context, form: form)
    }
}
