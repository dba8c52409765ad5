import Domain
import Foundation
import Hummingbird

/// The coordinator's view of the municipality's audit log. Opening it is itself logged.
struct AuditLogController {
    let audit: any AuditLog
    let users: any UserRepository
    let renderer: Renderer
    let clock: Clock

    struct Row {
        let at: String
        let who: String
        let action: String
        let what: String
        let whatHref: String?
        let detail: String
        let ip: String
        let denied: Bool
    }

    struct View {
        let rows: [Row]
        let hasRows: Bool
        let summary: String
        let form: [String: FormField]
        let action: String
        let previousHref: String?
        let nextHref: String?
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.auditLog) { request, context in
            let user = try context.requireUser()
            let municipality = try user.municipalityID()
            let p = request.uri.queryParameters
            func value(_ name: String) -> String? { p[Substring(name)].map(String.init).flatMap { $0.isEmpty ? nil : $0 } }
            var errors = ValidationErrors()
            let from = DateField.optional(value("from"), field: "from", errors: &errors)
            let to = DateField.optional(value("to"), field: "to", errors: &errors)
            let filter = AuditFilter(userID: value("user").flatMap(UserID.init), childID: value("child").flatMap(ChildID.init),
                                     action: value("action").flatMap(AuditEntry.Action.init(rawValue:)), from: from, to: to,
                                     page: value("page").flatMap { Int($0) }.map { min($0, 100_000) } ?? 1)
            try await audit.record(try context.actor(now: clock.now).audit(
                .view, "audit_log", detail: p.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: " ")))
            let (rows, total) = try await audit.search(filter, in: municipality)
            let staff = try await users.list(in: municipality)
            let t = renderer.texts.bind(context.language)
            var query = QueryString()
            for name in ["user", "child", "action", "from", "to"] { query.set(name, value(name)) }
            let form = FormBuilder(t, values: ["user": value("user") ?? "", "child": value("child") ?? "", "action": value("action") ?? "",
                                               "from": value("from") ?? "", "to": value("to") ?? ""], errors: errors)
            let pages = max(1, (total + AuditFilter.pageSize - 1) / AuditFilter.pageSize)
            let view = View(
                rows: rows.map { row in
                    let e = row.entry
                    let isChild = e.entityType == "child" || e.entityType == "consent"
                    return Row(at: DateFormat.dateTime(e.at),
                               who: [row.userName, e.role.map { t("role.\($0.rawValue)") }].compactMap { $0 }.joined(separator: ", ").ifEmpty("–"),
                               action: t("audit.action.\(e.action.rawValue)"),
                               what: t("audit.entity", e.entityType, e.entityID ?? "–"),
                               whatHref: isChild ? e.entityID.flatMap(ChildID.init).map { Paths.child.link($0) } : nil,
                               detail: e.detail ?? "", ip: e.ip ?? "–", denied: e.outcome == .denied)
                },
                hasRows: !rows.isEmpty, summary: t("audit.summary", String(total), String(filter.page), String(pages)),
                form: [
                    "user": form.field("user", label: "audit.filter.user",
                                       options: [("", "children.filter.any")] + staff.map { ($0.id.description, $0.name) }),
                    "child": form.field("child", label: "audit.filter.child", hint: "audit.filter.child.hint", width: "s", inputmode: "numeric"),
                    "action": form.field("action", label: "audit.filter.action",
                                         options: [("", "children.filter.any")] + AuditEntry.Action.allCases.map { ($0.rawValue, "audit.action.\($0.rawValue)") }),
                    "from": form.field("from", label: "audit.filter.from", hint: "form.date.hint", type: "date", width: "s"),
                    "to": form.field("to", label: "audit.filter.to", hint: "form.date.hint", type: "date", width: "s"),
                ],
                action: Paths.auditLog.link(),
                previousHref: filter.page > 1 ? Paths.auditLog.link() + query.with("page", String(filter.page - 1)).string : nil,
                nextHref: filter.page < pages ? Paths.auditLog.link() + query.with("page", String(filter.page + 1)).string : nil)
            return try renderer.page("privacy/audit", title: t("audit.title"), content: view, context: context, form: form,
                                     status: .ok)
        }
    }
}
