import Domain
import Foundation
import Hummingbird

/// The coordinator's view of what Fritidspas e-mailed (to whom, when, what failed), the kinds
/// of e-mail the municipality has on, and the words of its decision letters.
struct CommunicationController {
    let repositories: Repositories
    let mailConfigured: Bool
    let renderer: Renderer
    let clock: Clock

    struct SettingsForm: Decodable {
        let kinds: [String]?
        let appealGuidance: String?
        let contact: String?
    }

    static let shownRows = 200

    func addRoutes(to routes: RouteTable) {
        routes.add(.outbox) { request, context in try await outbox(request, context) }
        routes.add(.communicationSettings) { _, context in try await settings(context) }
        routes.add(.communicationSettingsUpdate) { request, context in try await saveSettings(request, context) }
    }

    private func outbox(_ request: Request, _ context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let m = try user.municipalityID()
        let status = request.uri.queryParameters["status"].flatMap { OutboxStatus(rawValue: String($0)) }
        let messages = try await repositories.outbox.list(in: m, status: status, limit: Self.shownRows)
        let counts = try await repositories.outbox.counts(in: m)
        try await repositories.audit.record(try context.actor().audit(.view, .outbox, detail: status?.rawValue))
        let t = context.t
        let rows = messages.map { message in
            let (label, kind) = Self.status(message, t)
            return OutboxView.Row(kind: t("notify.kind.\(message.kind.rawValue)"), recipient: message.recipient,
                       created: DateFormat.dateTime(message.createdAt), status: label, statusKind: kind,
                       detail: message.lastError.map { t("outbox.error", String(message.attempts), $0) }
                           ?? message.sentAt.map { t("outbox.sentAt", DateFormat.dateTime($0)) } ?? "")
        }
        let filters = [nil] + OutboxStatus.allCases.map(Optional.some)
        let view = OutboxView(
            mailConfigured: mailConfigured,
            counts: t("outbox.counts", String(counts[.sent] ?? 0), String(counts[.pending] ?? 0), String(counts[.failed] ?? 0)),
            rows: rows, hasRows: !rows.isEmpty,
            filters: filters.map { s in
                OutboxView.FilterLink(href: Paths.outbox.link() + (s.map { "?status=\($0.rawValue)" } ?? ""),
                           label: t("outbox.filter.\(s?.rawValue ?? "all")"), current: s == status)
            },
            settingsHref: Paths.communicationSettings.link())
        return try renderer.page(view, title: t("outbox.title"), context: context)
    }

    static func status(_ message: OutboxMessage, _ t: Texts) -> (String, String) {
        switch message.status {
        case .sent: (t("outbox.status.sent"), "success")
        case .failed: (t("outbox.status.failed"), "error")
        case .pending: message.attempts > 0 ? (t("outbox.status.retrying"), "warning") : (t("outbox.status.pending"), "info")
        }
    }

    private func settings(_ context: AppContext, values: [String: String]? = nil, kinds: Set<String>? = nil,
                          errors: ValidationErrors = .init()) async throws -> Response {
        let m = try context.municipality()
        let t = context.t
        let letter = try await repositories.letters.settings(for: m)
        let disabled = try await repositories.outbox.disabledKinds(in: m)
        var form = FormBuilder(t, values: values ?? ["appealGuidance": letter.appealGuidance ?? "", "contact": letter.contact ?? ""],
                               errors: errors)
        form.multiValues["kinds"] = kinds ?? Set(NotificationKind.optional.filter { !disabled.contains($0) }.map(\.rawValue))
        let view = CommunicationSettingsView(action: Paths.communicationSettings.link(), outboxHref: Paths.outbox.link(), form: .init(
            kinds: form.field("kinds", label: "communication.kinds", hint: "communication.kinds.hint",
                                options: NotificationKind.optional.map { ($0.rawValue, "notify.kind.\($0.rawValue)") }),
            contact: form.field("contact", label: "communication.contact", hint: "communication.contact.hint", optional: true,
                                  width: "xl", rows: 3, maxLength: 500),
            appealGuidance: form.field("appealGuidance", label: "communication.appeal", hint: "communication.appeal.hint",
                                         optional: true, width: "xl", rows: 8, maxLength: 3000)))
        return try renderer.page(view, title: t("communication.title"), context: context, form: form)
    }

    private func saveSettings(_ request: Request, _ context: AppContext) async throws -> Response {
        let m = try context.municipality()
        let form = try await request.decodeForm(SettingsForm.self, context: context)
        let contact = Text.optional(form.contact)
        let appeal = Text.optional(form.appealGuidance)
        var errors = ValidationErrors()
        if (contact ?? "").count > 500 { errors.add("contact", "err.text.tooLong", ["500"]) }
        if (appeal ?? "").count > 3000 { errors.add("appealGuidance", "err.text.tooLong", ["3000"]) }
        guard errors.isEmpty else {
            return try await settings(context, values: ["contact": form.contact ?? "", "appealGuidance": form.appealGuidance ?? ""],
                                      kinds: Set(form.kinds ?? []), errors: errors)
        }
        let on = Set((form.kinds ?? []).compactMap(NotificationKind.init(rawValue:)))
        let actor = try context.actor()
        try await repositories.outbox.setDisabledKinds(Set(NotificationKind.optional).subtracting(on), in: m,
                                                       audit: actor.audit(.update, .communicationSettings, detail: "e-mail kinds"))
        try await repositories.letters.saveSettings(LetterSettings(appealGuidance: appeal, contact: contact), for: m,
                                                    audit: actor.audit(.update, .communicationSettings, detail: "letters"))
        context.flash(Flash(.success, "communication.saved"))
        return .seeOther(Paths.communicationSettings.link())
    }
}
