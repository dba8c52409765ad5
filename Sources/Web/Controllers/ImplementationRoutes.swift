import Domain
import Foundation

/// Registers every controller of the implementation workspace.
enum ImplementationRoutes {
    static func add(to routes: RouteTable, workspace: ImplementationWorkspace) {
        ImplementationOverviewController(workspace: workspace).addRoutes(to: routes)
        ImplementationItemsController(workspace: workspace).addRoutes(to: routes)
        ImplementationCustomItemsController(workspace: workspace).addRoutes(to: routes)
        ImplementationPlanController(workspace: workspace).addRoutes(to: routes)
        ImplementationDialogueController(workspace: workspace).addRoutes(to: routes)
        ImplementationMeetingsController(workspace: workspace).addRoutes(to: routes)
        ImplementationTestRoundsController(workspace: workspace).addRoutes(to: routes)
        for kind in PlanTableKind.allCases {
            ImplementationTablesController(workspace: workspace, kind: kind).addRoutes(to: routes)
        }
    }
}
