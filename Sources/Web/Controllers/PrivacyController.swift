import Domain
import Foundation
import Hummingbird
import Store

/// Anonymising one child on request (right to erasure), the municipality's retention settings,
/// and the record of processing (GDPR art. 30) generated from the data classification and the
/// access policy.
struct PrivacyController {
    let repositories: Repositories
    let renderer: Renderer
    let clock: Clock
    let uploadsDirectory: String

    struct AnonymiseForm: Decodable {
        let reason: String?
        let confirm: String?
    }

    struct SettingsForm: Decodable {
        let retentionYears, auditRetentionMonths: String?
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.anonymisationForm) { _, context in
            let child = try await findChild(context)
            try await repositories.audit.record(try context.actor().audit(.view, .child, child.id, detail: "anonymisation form"))
            return try renderAnonymise(context, child: child, values: [:])
        }
        routes.add(.anonymise) { request, context in
            let child = try await findChild(context)
            let form = try await request.decodeForm(AnonymiseForm.self, context: context)
            var errors = ValidationErrors()
            let reason = Text.trimmed(form.reason)
            if reason.isEmpty { errors.add("reason", "err.anonymise.reason.required") } else if reason.count > 300 { errors.add("reason", "err.text.tooLong", ["300"]) }
            if form.confirm != "yes" { errors.add("confirm", "err.anonymise.confirm.required") }
            guard errors.isEmpty else {
                return try renderAnonymise(context, child: child, values: ["reason": form.reason ?? ""], errors: errors)
            }
            let files = try await repositories.privacy.erase(child: child.id, in: child.municipalityID,
                                                     audit: try context.actor().audit(.delete, .child, child.id,
                                                                                                   detail: "anonymised on request: \(reason)"))
            AttachmentStore.removeFiles(files, directory: uploadsDirectory)
            context.flash(Flash(.success, "anonymise.done"))
            return .seeOther(Paths.child.link(child.id))
        }
        routes.add(.privacySettings) { _, context in
            let current = try await repositories.privacy.settings(for: try context.municipality())
            return try renderSettings(context, values: ["retentionYears": String(current.retentionYears),
                                                        "auditRetentionMonths": String(current.auditRetentionMonths)])
        }
        routes.add(.privacySettingsUpdate) { request, context in
            let municipality = try context.municipality()
            let form = try await request.decodeForm(SettingsForm.self, context: context)
            var errors = ValidationErrors()
            let years = Int(Text.trimmed(form.retentionYears))
            let months = Int(Text.trimmed(form.auditRetentionMonths))
            if years == nil || !(1...20).contains(years!) { errors.add("retentionYears", "err.privacy.retentionYears") }
            if months == nil || !(1...120).contains(months!) { errors.add("auditRetentionMonths", "err.privacy.auditRetentionMonths") }
            guard errors.isEmpty, let years, let months else {
                return try renderSettings(context, values: ["retentionYears": form.retentionYears ?? "",
                                                            "auditRetentionMonths": form.auditRetentionMonths ?? ""], errors: errors)
            }
            try await repositories.privacy.save(PrivacySettings(retentionYears: years, auditRetentionMonths: months), for: municipality,
                                                audit: try context.actor().audit(.update, .privacySettings))
            context.flash(Flash(.success, "privacy.settings.saved"))
            return .seeOther(Paths.privacySettings.link())
        }
        routes.add(.processingRecords) { _, context in
            let user = try context.requireUser()
            let t = context.t
            let settings = try await user.municipality.asyncMap { try await repositories.privacy.settings(for: $0.id) } ?? .standard
            let view = ProcessingRecordsView.make(settings: settings, isCoordinator: user.can(.controlPersonalData), t: t)
            return try renderer.page(view, title: t("records.title"), context: context)
        }
    }

    private func findChild(_ context: AppContext) async throws -> Child {
        let id = try context.parameters.require("id", as: ChildID.self)
        guard let child = try await repositories.children.find(id, scope: AccessPolicy.scope(of: try context.requireUser())) else {
            throw AppError.notFound
        }
        return child
    }

    private func renderAnonymise(_ context: AppContext, child: Child, values: [String: String], errors: ValidationErrors = .init()) throws -> Response {
        let t = context.t
        let form = FormBuilder(t, values: values, errors: errors)
        let view = AnonymiseView(childName: child.fullName, action: Paths.anonymisation.link(child.id), cancelHref: Paths.child.link(child.id), form: .init(
            reason: form.field("reason", label: "anonymise.reason", hint: "anonymise.reason.hint", width: "xl", rows: 3, maxLength: 300),
            confirm: form.field("confirm", label: "anonymise.confirm.legend", options: [("yes", "anonymise.confirm")])))
        return try renderer.page(view, title: t("anonymise.title"), context: context, form: form)
    }

    private func renderSettings(_ context: AppContext, values: [String: String], errors: ValidationErrors = .init()) throws -> Response {
        let t = context.t
        let form = FormBuilder(t, values: values, errors: errors)
        let view = PrivacySettingsView(action: Paths.privacySettings.link(), form: .init(
            retentionYears: form.field("retentionYears", label: "privacy.retentionYears", hint: "privacy.retentionYears.hint",
                                       width: "xs", inputmode: "numeric"),
            auditRetentionMonths: form.field("auditRetentionMonths", label: "privacy.auditRetentionMonths",
                                             hint: "privacy.auditRetentionMonths.hint", width: "xs", inputmode: "numeric")))
        return try renderer.page(view, title: t("privacy.settings.title"), context: context, form: form)
    }
}

/// The record of processing: per table, what it holds, which of it is personal data, who may
/// see it (from the access policy) and how long it is kept.
extension ProcessingRecordsView {
    /// The routes through which a table's rows are seen; the roles allowed there are who sees them.
    static let seenThrough: [String: [Route]] = [
        "child": [.childShow], "guardian": [.childShow], "consent": [.childShow], "referral": [.childShow, .referrals],
        "referral_event": [.childShow], "pass": [.childShow], "access_request": [.accessRequests], "audit_event": [.auditLog],
        "app_user": [.users, .municipalityShow], "municipality": [.municipalities],
        // Associations and money: the club sees its own children's enrolments, grants and claims.
        "association": [.associations], "association_contact": [.associationShow], "enrolment": [.childShow, .portal],
        "support_grant": [.childShow, .grantShow, .portal], "claim": [.claims, .claimShow, .portal], "payment": [.paymentBatchShow],
        // Guidance: a volunteer sees the courses they guide.
        "guidance_course": [.courses, .courseShow], "guidance_session": [.courseShow], "parent_agreement": [.courseShow],
        "follow_up": [.followUps, .portal], "board_offer": [.board], "volunteer": [.volunteers, .volunteerShow],
        "volunteer_training": [.volunteerShow],
    ]

    static func make(settings: PrivacySettings, isCoordinator: Bool, t: Texts) -> ProcessingRecordsView {
        let entries = PersonalData.tables.compactMap { table -> Entry? in
            let personal = table.columns.filter { $0.value != .notPersonal }.keys.sorted()
            guard !personal.isEmpty else { return nil }
            let routes = seenThrough[table.name] ?? []
            let roles = Set(routes.flatMap { route in Role.allCases.filter { AccessPolicy.allows($0, route) } })
            let retention: String
            if table.childRows != nil && table.name != "audit_event" {
                retention = t("records.retention.child", String(settings.retentionYears))
            } else if table.name == "audit_event" {
                retention = t("records.retention.audit", String(settings.auditRetentionMonths))
            } else {
                retention = t("records.retention.staff")
            }
            return Entry(heading: AccessExportView.tableHeading(table.name, fallback: table.purpose, t: t),
                         personal: personal.map { AccessExportView.columnLabel($0, t: t) }.joined(separator: ", "),
                         roles: Role.allCases.filter(roles.contains).map { t("role.\($0.rawValue)") }.joined(separator: ", ").ifEmpty(t("records.roles.system")),
                         retention: retention)
        }
        return ProcessingRecordsView(entries: entries, isCoordinator: isCoordinator, auditHref: Paths.auditLog.link(),
                                     accessRequestsHref: Paths.accessRequests.link(), settingsHref: Paths.privacySettings.link())
    }
}
