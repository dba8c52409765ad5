import Plot
import Views

/// The children table's 50 rows in each of Plot's two APIs, to choose between them: the node
/// DSL used for the pages (`.tr(.td(...))`) and the SwiftUI-like `Component` API (`TableRow { ... }`),
/// which wraps every cell in a component and reflects over each one (`Mirror`, for environment
/// values) while rendering.
enum PlotRows {
    static func nodes(_ rows: [ChildListView.Row]) -> Node<Body> {
        .table(.forEach(rows) { row in
            .tr(
                .td(.a(.href(esc(row.href)), .text(row.name))),
                .td(.text(row.age)),
                .td(.text(row.school)),
                .td(.span(.class("badge badge-\(esc(row.statusKind))"), .text(row.status))),
                .td(.text(row.referred)),
                .td(.text(row.district))
            )
        })
    }

    struct Components: Component {
        let rows: [ChildListView.Row]

        var body: Component {
            Table {
                for row in rows {
                    TableRow {
                        Link(row.name, url: esc(row.href))
                        Text(row.age)
                        Text(row.school)
                        Span(row.status).class("badge badge-\(esc(row.statusKind))")
                        Text(row.referred)
                        Text(row.district)
                    }
                }
            }
        }
    }
}
