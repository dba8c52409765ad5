import Domain
import Mustache

/// The children list page. Every part the template reads answers through `child(named:)`:
/// the list is the most used page and Mirror made its rendering most of its cost.
struct ChildListView: MustacheParent {
    struct Row: MustacheParent {
        let name: String
        let href: String
        let age: String
        let school: String
        let district: String
        let status: String
        let statusKind: String
        let referred: String

        func child(named name: String) -> Any? {
            switch name {
            case "name": self.name
            case "href": href
            case "age": age
            case "school": school
            case "district": district
            case "status": status
            case "statusKind": statusKind
            case "referred": referred
            default: nil
            }
        }
    }

    struct Column: MustacheParent {
        let label: String
        let href: String
        let ariaSort: String?
        let sorted: Bool
        let arrow: String

        func child(named name: String) -> Any? {
            switch name {
            case "label": label
            case "href": href
            case "ariaSort": ariaSort
            case "sorted": sorted
            case "arrow": arrow
            default: nil
            }
        }
    }

    struct PageLink: MustacheParent {
        let label: String
        let href: String
        let current: Bool

        func child(named name: String) -> Any? {
            switch name {
            case "label": label
            case "href": href
            case "current": current
            default: nil
            }
        }
    }

    let rows: [Row]
    let hasRows: Bool
    let summary: String
    let columns: [Column]
    let form: [String: FormField]
    let action: String
    let clearHref: String
    let newHref: String
    let searchHref: String
    let exportHref: String?
    let isCaseworker: Bool
    let pages: [PageLink]
    let hasPages: Bool
    let previousHref: String?
    let nextHref: String?

    func child(named name: String) -> Any? {
        switch name {
        case "rows": rows
        case "hasRows": hasRows
        case "summary": summary
        case "columns": columns
        case "form": form
        case "action": action
        case "clearHref": clearHref
        case "newHref": newHref
        case "searchHref": searchHref
        case "exportHref": exportHref
        case "isCaseworker": isCaseworker
        case "pages": pages
        case "hasPages": hasPages
        case "previousHref": previousHref
        case "nextHref": nextHref
        default: nil
        }
    }

    static func make(page: ChildPage, query: ChildQuery, filters: QueryString, options: (schools: [String], districts: [String]),
                     user: CurrentUser, today: LocalDate, t: Texts) -> ChildListView {
        let rows = page.rows.map { row -> Row in
            let status = Display.childStatus(row.status, t)
            return Row(name: "\(row.lastName), \(row.firstName)", href: Paths.child.link(row.id),
                       age: Display.age(row.birthDate, today: today, t),
                       school: [row.school, row.schoolClass].filter { !$0.isEmpty }.joined(separator: ", "),
                       district: row.schoolDistrict, status: status.label, statusKind: status.kind,
                       referred: row.latestReferralOn?.display ?? "–")
        }
        let sorting = filters.with("sort", query.sort.rawValue).with("dir", query.descending ? "desc" : nil)
        let columns: [(ChildSort, String)] = [(.name, "children.column.name"), (.age, "children.column.age"),
                                              (.school, "children.column.school"), (.status, "children.column.status"),
                                              (.referred, "children.column.referred")]
        let form = FormBuilder(t, values: ["q": query.text ?? "", "status": query.status?.rawValue ?? "",
                                           "school": query.school ?? "", "district": query.district ?? "",
                                           "source": query.source?.rawValue ?? "", "age": query.ageBand?.rawValue ?? ""])
        let any = [("", "children.filter.any")]
        let list = Paths.children.link()
        func pageHref(_ n: Int) -> String { list + sorting.with("page", n == 1 ? nil : String(n)).string }
        let pageNumbers = Self.pageWindow(current: page.page, count: page.pageCount)
        return ChildListView(
            rows: rows, hasRows: !rows.isEmpty,
            summary: t("children.summary", String(page.total), String(page.page), String(page.pageCount)),
            columns: columns.map { sort, label in
                let sorted = query.sort == sort
                let nextDescending = sorted && !query.descending
                return Column(label: t(label),
                              href: list + filters.with("sort", sort.rawValue).with("dir", nextDescending ? "desc" : nil).string,
                              ariaSort: sorted ? (query.descending ? "descending" : "ascending") : nil, sorted: sorted,
                              arrow: sorted ? (query.descending ? "▼" : "▲") : "")
            },
            form: [
                "q": form.field("q", label: "children.filter.search", hint: "children.filter.search.hint", type: "search", width: "l"),
                "status": form.field("status", label: "children.filter.status",
                                     options: any + ChildStatus.allCases.map { ($0.rawValue, "child.status.\($0.rawValue)") }),
                "school": form.field("school", label: "children.filter.school", options: any + options.schools.map { ($0, $0) }),
                "district": form.field("district", label: "children.filter.district", options: any + options.districts.map { ($0, $0) }),
                "source": form.field("source", label: "children.filter.source",
                                     options: any + Department.allCases.map { ($0.rawValue, "department.\($0.rawValue)") }),
                "age": form.field("age", label: "children.filter.age",
                                  options: any + AgeBand.allCases.map { ($0.rawValue, "children.age.\($0.rawValue)") }),
            ],
            action: list, clearHref: list, newHref: Paths.childNew.link(), searchHref: Paths.childSearch.link(),
            exportHref: AccessPolicy.allows(user.role, .childrenExport) ? Paths.childrenExport.link() + sorting.string : nil,
            isCaseworker: AccessPolicy.scope(of: user).isOwnChildrenOnly,
            pages: pageNumbers.map { PageLink(label: String($0), href: pageHref($0), current: $0 == page.page) },
            hasPages: page.pageCount > 1,
            previousHref: page.page > 1 ? pageHref(page.page - 1) : nil,
            nextHref: page.page < page.pageCount ? pageHref(page.page + 1) : nil)
    }

    /// At most seven page links around the current one.
    static func pageWindow(current: Int, count: Int) -> [Int] {
        let start = max(1, min(current - 3, count - 6))
        return Array(start...min(count, start + 6))
    }
}
