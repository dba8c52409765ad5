import Domain
import Foundation
import Hummingbird

/// The children list with search, filters, sorting and pages; the municipality-wide name
/// search; and the coordinator's CSV export of the filtered list.
struct ChildrenController {
    let children: any ChildRepository
    let audit: any AuditLog
    let renderer: Renderer
    let clock: Clock

    func addRoutes(to routes: RouteTable) {
        routes.add(.children) { request, context in try await index(request, context) }
        routes.add(.childSearch) { request, context in try await search(request, context) }
        routes.add(.childrenExport) { request, context in try await export(request, context) }
    }

    /// Reads the list's query string; unknown values are ignored, never an error.
    static func query(_ request: Request) -> (ChildQuery, QueryString) {
        let p = request.uri.queryParameters
        func value(_ name: String) -> String? {
            p[Substring(name)].map { String($0).trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : String($0.prefix(100)) }
        }
        let query = ChildQuery(
            text: value("q"), status: value("status").flatMap(ChildStatus.init(rawValue:)), school: value("school"),
            district: value("district"), source: value("source").flatMap(Department.init(rawValue:)),
            ageBand: value("age").flatMap(AgeBand.init(rawValue:)), sort: value("sort").flatMap(ChildSort.init(rawValue:)) ?? .name,
            descending: value("dir") == "desc", page: value("page").flatMap { Int($0) }.map { min($0, 100_000) } ?? 1)
        var qs = QueryString()
        qs.set("q", query.text)
        qs.set("status", query.status?.rawValue)
        qs.set("school", query.school)
        qs.set("district", query.district)
        qs.set("source", query.source?.rawValue)
        qs.set("age", query.ageBand?.rawValue)
        return (query, qs)
    }

    private func index(_ request: Request, _ context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let municipality = try user.municipalityID()
        let (query, filters) = Self.query(request)
        let today = clock.today
        let page = try await children.list(query, scope: AccessPolicy.scope(of: user), today: today)
        let options = try await children.filterOptions(in: municipality)
        // Every child the page shows is a use of that child's data, searched or not (filed as a search,
        // so a list is not counted as opening each record).
        let actor = try context.actor()
        var entries = page.rows.map { actor.audit(.search, .child, $0.id, detail: "list") }
        if query.text != nil || filters.items.count > 0 { entries.append(actor.audit(.search, .child, detail: Self.criterion(filters))) }
        try await audit.record(all: entries)
        let t = context.t
        let view = ChildListView.make(page: page, query: query, filters: filters, options: options, user: user, today: today, t: t)
        return try renderer.page(view, title: t("children.title"), context: context)
    }

    /// What was searched for, for the audit log.
    static func criterion(_ filters: QueryString) -> String {
        filters.items.map { "\($0.0)=\($0.1)" }.joined(separator: " ")
    }

    private func search(_ request: Request, _ context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let text = request.uri.queryParameters["q"].map { String($0.prefix(100)).trimmingCharacters(in: .whitespaces) } ?? ""
        var results: [ChildName] = []
        if text.count >= 2 {
            results = try await children.searchNames(text, in: try user.municipalityID(), limit: 50)
            let actor = try context.actor()
            try await audit.record(all: [actor.audit(.search, .child, detail: "names: \(text)")]
                                   + results.map { actor.audit(.search, .child, $0.id, detail: "name search") })
        }
        let t = context.t
        let view = ChildSearchView(query: text, searched: text.count >= 2,
                                   results: results.map { .init(firstName: $0.firstName, lastName: $0.lastName) },
                                   count: t("children.search.count", String(results.count)), action: Paths.childSearch.link())
        return try renderer.page(view, title: t("children.search.title"), context: context)
    }

    private func export(_ request: Request, _ context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let (query, filters) = Self.query(request)
        let today = clock.today
        let rows = try await children.export(query, scope: AccessPolicy.scope(of: user), today: today)
        try await audit.record(try context.actor().audit(.export, .child, detail: "csv \(rows.count) rows \(Self.criterion(filters))"))
        let t = context.t
        var csv = CSV(header: [t("child.firstName"), t("child.lastName"), t("child.birthDate"), t("child.ageHeading"),
                               t("child.school"), t("child.schoolClass"), t("child.schoolDistrict"), t("children.column.status"),
                               t("children.column.referred"), t("referral.department")])
        for row in rows {
            csv.append([row.firstName, row.lastName, row.birthDate.display, String(row.birthDate.age(on: today)), row.school,
                        row.schoolClass, row.schoolDistrict, Display.childStatus(row.status, t).label,
                        row.latestReferralOn?.display ?? "", row.latestDepartment.map { t("department.\($0.rawValue)") } ?? ""])
        }
        return csv.response(filename: "boern-\(today.iso).csv")
    }
}
