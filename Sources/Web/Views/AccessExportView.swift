import Domain
import Foundation

/// The access-request export: a readable document (printable) and the same data as JSON.
struct AccessExportView {
    struct Field {
        let label: String
        let value: String
    }

    struct Record {
        let fields: [Field]
    }

    struct Section {
        let heading: String
        let records: [Record]
        let empty: Bool
    }

    struct LogLine {
        let day: String
        let action: String
        let subject: String
        let who: String
        let count: String
    }

    let backHref: String
    let childName: String
    let requestedBy: String
    let received: String
    let generated: String
    let sections: [Section]
    let log: [LogLine]
    let hasLog: Bool
    let staffNames: Bool

    static func make(_ export: ChildDataExport, request: AccessRequest, generated: Date, staffNames: Bool, t: Texts) -> AccessExportView {
        AccessExportView(
            backHref: Paths.accessRequest.link(request.id), childName: request.childName, requestedBy: request.requestedBy, received: request.receivedOn.display,
            generated: DateFormat.dateTime(generated),
            sections: export.tables.map { table in
                Section(heading: tableHeading(table.name, fallback: table.purpose, t: t),
                        records: table.rows.map { row in
                            Record(fields: row.map { Field(label: columnLabel($0.column, t: t), value: format($0.column, $0.value, t: t)) })
                        },
                        empty: table.rows.isEmpty)
            },
            log: export.accessLog.map { line in
                LogLine(day: line.day.display, action: t("audit.action.\(line.action)"), subject: subject(line.subject, t: t),
                        who: [line.userName, line.role.isEmpty ? nil : t("role.\(line.role)"), line.organisation.nilIfEmpty]
                            .compactMap { $0 }.joined(separator: ", "),
                        count: String(line.count))
            },
            hasLog: !export.accessLog.isEmpty, staffNames: staffNames)
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

    static func format(_ column: String, _ value: String?, t: Texts) -> String {
        guard let value, !value.isEmpty else { return "–" }
        if ["covers_", "needs_", "wants_", "is_"].contains(where: { column.hasPrefix($0) }) {
            return value == "1" ? t("common.yes") : value == "0" ? t("common.no") : value
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
