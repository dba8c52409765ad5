import Domain
import Foundation
import Hummingbird
import Store

/// The coordinator's view of the municipality's audit log, in the product's words: what was
/// done to what, with the child's name, filtered by child, user, action, outcome and period.
/// Opening it is itself logged.
struct AuditLogController {
    let audit: any AuditLog
    let users: any UserRepository
    let children: any ChildRepository
    let renderer: Renderer
    let clock: Clock

    func addRoutes(to routes: RouteTable) {
        routes.add(.auditLog) { request, context in
            let user = try context.requireUser()
            let municipality = try user.municipalityID()
            let p = request.uri.queryParameters
            func value(_ name: String) -> String? {
                p[Substring(name)].map { String($0.prefix(100)).trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
            }
            let t = context.t
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
                let actor = try context.actor()
                try await audit.record(all: choices.map { actor.audit(.search, .child, $0.id, detail: "name search") })
                if found.isEmpty { errors.add("childName", "audit.filter.childName.none") }
            }
            let noMatch = value("childName") != nil && childID == nil
            let filter = AuditFilter(userID: value("user").flatMap(UserID.init), childID: childID,
                                     action: value("action").flatMap(AuditEntry.Action.init(rawValue:)),
                                     outcome: value("outcome").flatMap(AuditEntry.Outcome.init(rawValue:)), from: from, to: to,
                                     page: value("page").flatMap { Int($0) }.map { min($0, 100_000) } ?? 1)
            try await audit.record(try context.actor().audit(
                .view, .auditLog, detail: p.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: " ")))
            let (rows, total) = noMatch ? ([], 0) : try await audit.search(filter, in: municipality)
            let staff = try await users.list(in: municipality)
            // Children named in details ("child 12") by name, as on the rest of the page.
            var childNames: [String: String] = [:]
            for id in Self.childIDs(in: rows) {
                if let child = try await children.find(id, scope: .municipality(municipality)) { childNames[id.description] = child.fullName }
            }
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
            let view = AuditLogView(
                rows: rows.map { Self.row($0, t, childNames: childNames) },
                summary: t("audit.summary", String(total), String(filter.page), String(pages)),
                form: .init(
                    childName: form.field("childName", label: "audit.filter.childName", hint: "audit.filter.childName.hint", width: "m"),
                    user: form.field("user", label: "audit.filter.user",
                                       options: [("", "children.filter.any")] + staff.map { ($0.id.description, $0.name) }),
                    action: form.field("action", label: "audit.filter.action",
                                         options: [("", "children.filter.any")] + AuditEntry.Action.allCases.map { ($0.rawValue, "audit.action.\($0.rawValue)") }),
                    outcome: form.field("outcome", label: "audit.filter.outcome",
                                          options: [("", "children.filter.any"), ("allowed", "audit.outcome.allowed"), ("denied", "audit.outcome.denied")]),
                    from: form.field("from", label: "audit.filter.from", hint: "form.date.hint", type: "date", width: "s"),
                    to: form.field("to", label: "audit.filter.to", hint: "form.date.hint", type: "date", width: "s")),
                action: Paths.auditLog.link(),
                previousHref: filter.page > 1 ? Paths.auditLog.link() + query.with("page", String(filter.page - 1)).string : nil,
                nextHref: filter.page < pages ? Paths.auditLog.link() + query.with("page", String(filter.page + 1)).string : nil,
                childChoices: choices.map { choice in
                    AuditLogView.ChildChoice(name: "\(choice.firstName) \(choice.lastName)" + (choice.birthDate.map { ", " + t("child.born") + " " + $0.display } ?? ""),
                                href: Paths.auditLog.link() + query.with("childName", nil).with("child", choice.id.description).string)
                },
                hasChildChoices: choices.count > 1)
            return try renderer.page(view, title: t("audit.title"), context: context, form: form, status: .ok)
        }
    }

    /// One line of the log as the coordinator reads it.
    static func row(_ row: AuditRow, _ t: Texts, childNames: [String: String] = [:]) -> AuditLogView.Row {
        let e = row.entry
        let who = [row.userName, e.role.map { t("role.\($0.rawValue)") }, row.userMunicipality].compactMap { $0 }
            .joined(separator: ", ").ifEmpty(t("audit.who.unknown"))
        let isChild = e.entity.map(PersonalData.entitiesByChildID.contains) ?? false
        return AuditLogView.Row(at: DateFormat.dateTime(e.at), who: who,
                   action: t(e.outcome == .denied && e.action == .access ? "audit.action.access" : "audit.action.\(e.action.rawValue)"),
                   what: what(row, t),
                   whatHref: isChild && row.childName != nil ? e.entityID.flatMap(ChildID.init).map { Paths.child.link($0) } : nil,
                   detail: detail(e.detail, t, childNames: childNames), ip: e.ip ?? "–", denied: e.outcome == .denied)
    }

    /// "Barn: Aya Haddad", "Bevilling nr. 12", "Side /children/:id".
    static func what(_ row: AuditRow, _ t: Texts) -> String {
        let e = row.entry
        let entity = t("audit.entity.\(e.entityType)")
        if let name = row.childName { return t("audit.what.named", entity, name) }
        if e.entity == .route {
            return t("audit.what.named", entity, e.entityID.flatMap(Route.init(rawValue:))?.path.pattern ?? e.entityID ?? "–")
        }
        guard let id = e.entityID else { return entity }
        return t("audit.what.numbered", entity, id)
    }

    /// A detail in words: known phrases from the catalogue, "child 12" as the child's name (or
    /// "Barn nr. 12"), "course 12" as "Forløb nr. 12"; what is not known (a path, a search, a
    /// reason someone wrote) stays as written.
    static func detail(_ detail: String?, _ t: Texts, childNames: [String: String] = [:]) -> String {
        guard let detail, !detail.isEmpty else { return "" }
        return detail.components(separatedBy: ": ").map { segment in
            segment.components(separatedBy: ", ").map { words(in: $0, t, childNames) }.joined(separator: ", ")
        }.joined(separator: ": ")
    }

    static func words(in part: String, _ t: Texts, _ childNames: [String: String]) -> String {
        if phraseCodes[part] != nil || part.hasPrefix("/") || part.contains("=") {
            return phraseCodes[part].map { t("audit.detail.\($0)") } ?? part
        }
        let words = part.split(separator: " ").map(String.init)
        // Translated pieces are set apart with " · "; words kept as written stay together.
        var out: [(text: String, said: Bool)] = []
        var i = 0
        scan: while i < words.count {
            if i + 1 < words.count, let entity = numberedEntities[words[i]], Int(words[i + 1]) != nil {
                let id = words[i + 1]
                let name = entity == .child ? childNames[id] : nil
                out.append((name.map { t("audit.what.named", t("audit.entity.child"), $0) }
                            ?? t("audit.what.numbered", t("audit.entity.\(entity.rawValue)"), id), true))
                i += 2
                continue
            }
            for n in stride(from: min(6, words.count - i), through: 1, by: -1) {
                if let code = phraseCodes[words[i..<(i + n)].joined(separator: " ")] {
                    out.append((t("audit.detail.\(code)"), true))
                    i += n
                    continue scan
                }
            }
            out.append((words[i], false))
            i += 1
        }
        var text = ""
        for (index, piece) in out.enumerated() {
            if index > 0 { text += piece.said || out[index - 1].said ? " · " : " " }
            text += piece.text
        }
        return text
    }

    /// Children named in details ("child 12"), for showing their names.
    static func childIDs(in rows: [AuditRow]) -> Set<ChildID> {
        var ids: Set<ChildID> = []
        for row in rows {
            let words = (row.entry.detail ?? "").split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
            for (word, next) in zip(words, words.dropFirst()) where word == "child" {
                if let id = ChildID(next) { ids.insert(id) }
            }
        }
        return ids
    }

    /// "child 12": the entity type an English word followed by a number names.
    static let numberedEntities: [String: AuditEntity] = [
        "child": .child, "course": .course, "association": .association, "grant": .grant, "follow-up": .followUp,
        "claim": .claim, "referral": .referral, "activity": .activity,
    ]

    static let phraseCodes: [String: String] = Dictionary(detailCodes.map { ($0.phrase, $0.code) }, uniquingKeysWith: { first, _ in first })

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
        ("anonymised on request", "anonymisedOnRequest"), ("anonymised again from the erasure ledger", "anonymisedAgain"),
        ("withdrawn", "withdrawn"), ("unclaimed", "unclaimed"), ("training", "training"), ("submitted", "submitted"),
        ("stopped", "stopped"), ("started", "started"), ("planned", "planned"), ("my children", "myChildren"), ("in use", "inUse"),
        ("guidance course", "guidanceCourse"), ("grant form", "grantForm"), ("follow-ups", "followUps"), ("ended", "ended"),
        ("decision form", "decisionForm"), ("decision", "decision"), ("board", "board"), ("guide from board", "guideFromBoard"),
        ("assessment", "assessment"), ("cancelled", "cancelled"), ("volunteer", "volunteer"), ("session", "session"),
        ("draft for", "draftFor"), ("activity", "activity"), ("yes", "yes"), ("no", "no"), ("names", "names"), ("csv", "csv"),
        ("rows", "rows"), ("fee", "fee"), ("equipment", "equipment"), ("camp", "camp"), ("override", "override"),
        ("waiting_list", "waitingList"), ("successful", "successful"), ("failed", "failed"), ("dropped_out", "droppedOut"),
        ("moved_away", "movedAway"), ("regular", "regular"), ("irregular", "irregular"), ("unsure", "unsure"),
        ("meeting", "meeting"), ("access request", "accessRequest"), ("with staff names", "withStaffNames"),
        ("html", "html"), ("json", "json"),
        ("second factor", "secondFactor"), ("second factor reset", "secondFactorReset"), ("recovery code", "recoveryCode"),
        ("new recovery codes", "newRecoveryCodes"), ("password and second factor", "passwordAndSecondFactor"),
        ("password and recovery code", "passwordAndRecoveryCode"), ("single sign-on", "singleSignOn"),
        ("single sign-on id", "singleSignOnID"), ("password sign-in off", "passwordSignInOff"), ("wrong code", "wrongCode"),
        ("code already used", "codeAlreadyUsed"), ("unknown user", "unknownUser"), ("state missing or wrong", "stateWrong"),
        ("provider refused", "providerRefused"), ("token refused", "tokenRefused"),
    ]
}
