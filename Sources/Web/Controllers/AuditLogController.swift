import Domain
import Foundation
import Hummingbird

/// The coordinator's view of the municipality's audit log, in the product's words: what was
/// done to what, with the child's name, filtered by child, user, action, outcome and period.
/// Opening it is itself logged.
struct AuditLogController {
    let audit: any AuditLog
    let users: any UserRepository
    let children: any ChildRepository
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

    /// Children matching the name filter when it names more than one: pick one.
    struct ChildChoice {
        let name: String
        let href: String
    }

    struct View {
        let rows: [Row]
        let hasRows: Bool
        let summary: String
        let form: [String: FormField]
        let action: String
        let previousHref: String?
        let nextHref: String?
        let childChoices: [ChildChoice]
        let hasChildChoices: Bool
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.auditLog) { request, context in
            let user = try context.requireUser()
            let municipality = try user.municipalityID()
            let p = request.uri.queryParameters
            func value(_ name: String) -> String? {
                p[Substring(name)].map { String($0.prefix(100)).trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
            }
            let t = renderer.texts.bind(context.language)
            var errors = ValidationErrors()
            let from = DateField.optional(value("from"), field: "from", errors: &errors)
            let to = DateField.optional(value("to"), field: "to", errors: &errors)
            // A child is found by name (as a coordinator knows them); the number is kept for links.
            var childID = value("child").flatMap(ChildID.init)
            var choices: [ChildName] = []
            if childID == nil, let name = value("childName") {
                let found = try await children.searchNames(name, in: municipality, limit: 20)
                if found.count == 1 { childID = found[0].id } else { choices = found }
                // The choices name children: a name search like any other.
                let actor = try context.actor(now: clock.now)
                try await audit.record(all: choices.map { actor.audit(.search, "child", $0.id, detail: "name search") })
                if found.isEmpty { errors.add("childName", "audit.filter.childName.none") }
            }
            let noMatch = value("childName") != nil && childID == nil
            let filter = AuditFilter(userID: value("user").flatMap(UserID.init), childID: childID,
                                     action: value("action").flatMap(AuditEntry.Action.init(rawValue:)),
                                     outcome: value("outcome").flatMap(AuditEntry.Outcome.init(rawValue:)), from: from, to: to,
                                     page: value("page").flatMap { Int($0) }.map { min($0, 100_000) } ?? 1)
            try await audit.record(try context.actor(now: clock.now).audit(
                .view, "audit_log", detail: p.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: " ")))
            let (rows, total) = noMatch ? ([], 0) : try await audit.search(filter, in: municipality)
            let staff = try await users.list(in: municipality)
            var query = QueryString()
            for name in ["user", "child", "childName", "action", "outcome", "from", "to"] { query.set(name, value(name)) }
            var values = ["user": "", "childName": "", "action": "", "outcome": "", "from": "", "to": ""]
            for name in values.keys { values[name] = value(name) ?? "" }
            if let childID, values["childName"] == "", let row = rows.first(where: { $0.entry.entityID == childID.description }),
               let name = row.childName {
                values["childName"] = name
            }
            let form = FormBuilder(t, values: values, errors: errors)
            let pages = max(1, (total + AuditFilter.pageSize - 1) / AuditFilter.pageSize)
            let view = View(
                rows: rows.map { Self.row($0, t) },
                hasRows: !rows.isEmpty, summary: t("audit.summary", String(total), String(filter.page), String(pages)),
                form: [
                    "user": form.field("user", label: "audit.filter.user",
                                       options: [("", "children.filter.any")] + staff.map { ($0.id.description, $0.name) }),
                    "childName": form.field("childName", label: "audit.filter.childName", hint: "audit.filter.childName.hint", width: "m"),
                    "action": form.field("action", label: "audit.filter.action",
                                         options: [("", "children.filter.any")] + AuditEntry.Action.allCases.map { ($0.rawValue, "audit.action.\($0.rawValue)") }),
                    "outcome": form.field("outcome", label: "audit.filter.outcome",
                                          options: [("", "children.filter.any"), ("allowed", "audit.outcome.allowed"), ("denied", "audit.outcome.denied")]),
                    "from": form.field("from", label: "audit.filter.from", hint: "form.date.hint", type: "date", width: "s"),
                    "to": form.field("to", label: "audit.filter.to", hint: "form.date.hint", type: "date", width: "s"),
                ],
                action: Paths.auditLog.link(),
                previousHref: filter.page > 1 ? Paths.auditLog.link() + query.with("page", String(filter.page - 1)).string : nil,
                nextHref: filter.page < pages ? Paths.auditLog.link() + query.with("page", String(filter.page + 1)).string : nil,
                childChoices: choices.map { choice in
                    ChildChoice(name: "\(choice.firstName) \(choice.lastName)" + (choice.birthDate.map { ", " + t("child.born") + " " + $0.display } ?? ""),
                                href: Paths.auditLog.link() + query.with("childName", nil).with("child", choice.id.description).string)
                },
                hasChildChoices: choices.count > 1)
            return try renderer.page("privacy/audit", title: t("audit.title"), content: view, context: context, form: form,
                                     status: .ok)
        }
    }

    /// One line of the log as the coordinator reads it.
    static func row(_ row: AuditRow, _ t: Texts) -> Row {
        let e = row.entry
        let who = [row.userName, e.role.map { t("role.\($0.rawValue)") }, row.userMunicipality].compactMap { $0 }
            .joined(separator: ", ").ifEmpty(t("audit.who.unknown"))
        let isChild = e.entityType == "child" || e.entityType == "consent"
        return Row(at: DateFormat.dateTime(e.at), who: who,
                   action: t(e.outcome == .denied && e.action == .access ? "audit.action.access" : "audit.action.\(e.action.rawValue)"),
                   what: what(row, t),
                   whatHref: isChild && row.childName != nil ? e.entityID.flatMap(ChildID.init).map { Paths.child.link($0) } : nil,
                   detail: detail(e.detail, t), ip: e.ip ?? "–", denied: e.outcome == .denied)
    }

    /// "Barn: Aya Haddad", "Bevilling nr. 12", "Side /children/:id".
    static func what(_ row: AuditRow, _ t: Texts) -> String {
        let e = row.entry
        let entity = t("audit.entity.\(e.entityType)")
        if let name = row.childName { return t("audit.what.named", entity, name) }
        if e.entityType == "route" {
            return t("audit.what.named", entity, e.entityID.flatMap(Route.init(rawValue:))?.path.pattern ?? e.entityID ?? "–")
        }
        guard let id = e.entityID else { return entity }
        return t("audit.what.numbered", entity, id)
    }

    /// Known detail codes in words; a code followed by ": …" keeps what follows (a path, a
    /// search); anything else (a search criterion, a reason) as written.
    static func detail(_ detail: String?, _ t: Texts) -> String {
        guard var rest = detail, !rest.isEmpty else { return "" }
        var parts: [String] = []
        while let (code, remainder) = Self.code(in: rest) {
            parts.append(t("audit.detail.\(code)"))
            rest = remainder
        }
        if !rest.isEmpty { parts.append(rest) }
        return parts.joined(separator: ": ")
    }

    /// The code a detail starts with (whole, or before ": "), and what follows it.
    static func code(in text: String) -> (String, String)? {
        for (phrase, code) in detailCodes {
            if text == phrase { return (code, "") }
            if text.hasPrefix(phrase + ": ") { return (code, String(text.dropFirst(phrase.count + 2))) }
        }
        return nil
    }

    /// The details the code writes, by the catalogue key (`audit.detail.<code>`) that says them.
    static let detailCodes: [(phrase: String, code: String)] = [
        ("outside the user's data", "outsideScope"), ("not found in the user's data", "outsideScope"),
        ("from another municipality", "fromAnotherMunicipality"), ("locked", "locked"), ("unknown account", "unknownAccount"),
        ("wrong password or inactive", "wrongPassword"), ("password", "password"), ("wrong current password", "wrongCurrentPassword"),
        ("password reset", "passwordReset"), ("unlocked", "unlocked"), ("list", "list"), ("queue", "queue"), ("edit form", "editForm"),
        ("possible duplicate", "possibleDuplicate"), ("possible duplicate outside the user's children", "possibleDuplicateOutside"),
        ("name search", "nameSearch"), ("approved", "approved"), ("rejected", "rejected"), ("approve", "approve"), ("reject", "reject"),
        ("guide", "guide"), ("user account", "userAccount"), ("role", "role"), ("name", "name"), ("deactivated", "deactivated"),
        ("reactivated", "reactivated"), ("caseworker", "caseworker"), ("attachment", "attachment"), ("portal", "portal"),
        ("coordinators", "coordinators"), ("command line", "commandLine"), ("enrolment form", "enrolmentForm"),
        ("coordinator", "coordinator"), ("volunteer", "volunteer"), ("association", "association"), ("admin", "admin"),
        ("access request form", "accessRequestForm"), ("consent form", "consentForm"), ("consent withdrawal form", "consentWithdrawalForm"),
        ("course form", "courseForm"), ("cancellation form", "cancellationForm"), ("guide form", "guideForm"), ("end form", "endForm"),
        ("anonymisation form", "anonymisationForm"), ("referral form", "referralForm"),
    ]
}
