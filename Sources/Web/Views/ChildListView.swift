import Domain

extension ChildListView {
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
            rows: rows,
            summary: t("children.summary", String(page.total), String(page.page), String(page.pageCount)),
            columns: columns.map { sort, label in
                let sorted = query.sort == sort
                let nextDescending = sorted && !query.descending
                return Column(label: t(label),
                              href: list + filters.with("sort", sort.rawValue).with("dir", nextDescending ? "desc" : nil).string,
                              ariaSort: sorted ? (query.descending ? "descending" : "ascending") : nil, sorted: sorted,
                              arrow: sorted ? (query.descending ? "▼" : "▲") : "")
            },
            form: Filters(
                q: form.field("q", label: "children.filter.search", hint: "children.filter.search.hint", type: "search", width: "l"),
                status: form.field("status", label: "children.filter.status",
                                     options: any + ChildStatus.allCases.map { ($0.rawValue, "child.status.\($0.rawValue)") }),
                school: form.field("school", label: "children.filter.school", options: any + options.schools.map { ($0, $0) }),
                district: form.field("district", label: "children.filter.district", options: any + options.districts.map { ($0, $0) }),
                source: form.field("source", label: "children.filter.source",
                                     options: any + Department.allCases.map { ($0.rawValue, "department.\($0.rawValue)") }),
                age: form.field("age", label: "children.filter.age",
                                  options: any + AgeBand.allCases.map { ($0.rawValue, "children.age.\($0.rawValue)") })),
            action: list, clearHref: list, newHref: Paths.childNew.link(), searchHref: Paths.childSearch.link(),
            exportHref: AccessPolicy.allows(user.role, .childrenExport) ? Paths.childrenExport.link() + sorting.string : nil,
            isCaseworker: AccessPolicy.scope(of: user).isOwnChildrenOnly,
            pagination: Pagination(
                pages: pageNumbers.map { .init(label: String($0), href: pageHref($0), current: $0 == page.page) },
                previousHref: page.page > 1 ? pageHref(page.page - 1) : nil,
                nextHref: page.page < page.pageCount ? pageHref(page.page + 1) : nil))
    }

    /// At most seven page links around the current one.
    static func pageWindow(current: Int, count: Int) -> [Int] {
        let start = max(1, min(current - 3, count - 6))
        return Array(start...min(count, start + 6))
    }
}
