import Domain
import Foundation

/// The access-request export: a readable document (printable, `AccessDocumentView`) and the
/// same data as JSON.
enum AccessExportView {
    static func make(_ export: ChildDataExport, request: AccessRequest, generated: Date, staffNames: Bool, t: Texts) -> AccessDocumentView {
        typealias Section = AccessDocumentView.Section
        typealias Record = AccessDocumentView.Record
        typealias Field = AccessDocumentView.Field
        typealias LogLine = AccessDocumentView.LogLine
        return AccessDocumentView(
            backHref: Paths.accessRequest.link(request.id), childName: request.childName, requestedBy: request.requestedBy, received: request.receivedOn.display,
            generated: DateFormat.dateTime(generated),
            sections: export.tables.map { table in
                Section(heading: tableHeading(table.name, fallback: table.purpose, t: t),
                        records: table.rows.map { row in
                            Record(fields: row.filter { !isReference($0.column) }.map {
                                Field(label: columnLabel($0.column, t: t), value: format(table.name, $0.column, $0.value, t: t))
                            })
                        },
                        empty: table.rows.isEmpty)
            },
            log: export.accessLog.map { line in
                LogLine(day: line.day.display, action: t("audit.action.\(line.action)"), subject: subject(line.subject, t: t),
                        who: [line.userName, line.role.isEmpty ? nil : t("role.\(line.role)"), line.organisation.nilIfEmpty]
                            .compactMap { $0 }.joined(separator: ", "),
                        count: String(line.count))
            },
            staffNames: staffNames)
    }

    /// What part of the data was used, in the family's words; an entity without a text is named as stored.
    static func subject(_ entity: String, t: Texts) -> String {
        let key = "access.subject.\(entity)"
        let text = t(key)
        return text == key ? entity : text
    }

    static func tableHeading(_ table: String, fallback: String, t: Texts) -> String {
        let key = "privacy.table.\(table)"
        let text = t(key)
        return text == key ? fallback : text
    }

    /// `export.column.<name>` from the catalogue, or the column's name made readable.
    static func columnLabel(_ column: String, t: Texts) -> String {
        let key = "export.column.\(column)"
        let text = t(key)
        return text == key ? column.replacingOccurrences(of: "_", with: " ").capitalized : text
    }

    /// Internal reference numbers (to staff, funds, other rows) and derived search columns: in
    /// the JSON file, not in the readable document, where they would only puzzle a family.
    static func isReference(_ column: String) -> Bool {
        column.hasSuffix("_id") || column.hasSuffix("_by") || ["attachment_file", "search_name", "phone_digits", "position"].contains(column)
    }

    /// Stored codes (by `table/column`) shown with the words the product uses for them elsewhere
    /// (catalogue prefixes).
    static let codeTexts: [String: String] = [
        "support_grant/status": "grant.status.", "support_grant/kind": "grant.kind.", "claim/status": "claim.status.",
        "referral/status": "referral.status.", "referral_event/from_status": "referral.status.",
        "referral_event/to_status": "referral.status.", "pass/status": "pass.status.", "guidance_course/status": "course.status.",
        "guidance_course/step": "course.step.", "guidance_session/step": "course.step.", "guidance_session/kind": "session.kind.",
        "parent_agreement/kind": "agreement.kind.", "child/gender": "child.gender.", "guardian/relation": "guardian.relation.",
        "consent/method": "consent.method.", "referral/urgency": "referral.urgency.", "referral/reasons": "referral.reason.",
        "referral/track": "track.", "referral/department": "department.", "child/latest_department": "department.",
        "guidance_session/logged_role": "role.", "follow_up/answered_role": "role.", "board_offer/status": "export.value.offer.",
        "follow_up/source": "export.value.followUpSource.", "guidance_session/participants": "session.participant.",
        "referral/decision_reasons": "decision.reasonCode.", "outbox/kind": "notify.kind.", "outbox/status": "outbox.status.",
        "decision_letter/kind": "letters.kind.", "decision_letter/language": "language.", "outbox/language": "language.",
        "child/letter_language": "language.",
    ]

    static let amounts: Set<String> = ["amount"]
    static let flags: Set<String> = ["still_active", "attends_regularly"]

    static func format(_ table: String, _ column: String, _ value: String?, t: Texts) -> String {
        guard let value, !value.isEmpty else { return "–" }
        // A letter is shown as the family received it: headings and paragraphs, not its stored form.
        if table == "decision_letter" && column == "body",
           let sections = try? JSONDecoder().decode([LetterSection].self, from: Data(value.utf8)) {
            return sections.flatMap { [$0.heading].compactMap { $0 } + $0.paragraphs }.joined(separator: "\n")
        }
        if ["covers_", "needs_", "wants_", "is_"].contains(where: { column.hasPrefix($0) }) || flags.contains(column) {
            return value == "1" ? t("common.yes") : value == "0" ? t("common.no") : value
        }
        if amounts.contains(column), let ore = Int64(value) { return Money(ore: ore).display }
        if column == "minutes", let minutes = Int(value) { return t("export.value.minutes", String(minutes)) }
        if let prefix = codeTexts["\(table)/\(column)"] {
            // Some codes are lists ("economic,social").
            return value.split(separator: ",").map { code in
                let key = prefix + code
                let text = t(key)
                return text == key ? String(code) : text
            }.joined(separator: ", ")
        }
        if value.count == 10, let date = LocalDate(iso: value) { return date.display }
        if value.count >= 19, let date = LocalDate(iso: String(value.prefix(10))) {
            return date.display + " " + value.dropFirst(11).prefix(5)
        }
        return value
    }

    /// Machine-readable: every table's rows with raw values.
    static func json(_ export: ChildDataExport, request: AccessRequest, generated: Date) throws -> Data {
        var tables: [String: [[String: String?]]] = [:]
        for table in export.tables {
            tables[table.name] = table.rows.map { Dictionary(uniqueKeysWithValues: $0.map { ($0.column, $0.value) }) }
        }
        struct Log: Encodable { let day: String; let action: String; let subject: String; let role: String; let organisation: String; let count: Int }
        struct Document: Encodable {
            let child_id: Int64
            let request_id: Int64
            let requested_by: String
            let received_on: String
            let generated_at: String
            let tables: [String: [[String: String?]]]
            let access_log: [Log]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(Document(
            child_id: export.childID.rawValue, request_id: request.id.rawValue, requested_by: request.requestedBy,
            received_on: request.receivedOn.iso, generated_at: ISO8601DateFormatter().string(from: generated), tables: tables,
            access_log: export.accessLog.map { Log(day: $0.day.iso, action: $0.action, subject: $0.subject, role: $0.role, organisation: $0.organisation, count: $0.count) }))
    }
}
