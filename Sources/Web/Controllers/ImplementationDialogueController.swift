import Domain
import Foundation
import Hummingbird

/// The dialogue tool (appendix 4): rounds side by side, factors as rows, so the team sees which
/// barriers were resolved.
struct ImplementationDialogueController {
    let workspace: ImplementationWorkspace

    struct Column {
        let label: String
        let date: String
        let href: String?
    }

    struct Cell {
        let rating: String
        let kind: String
        let note: String?
    }

    struct FactorRow {
        let title: String
        let cells: [Cell]
        let trend: String
        let trendKind: String
    }

    struct ThemeGroup {
        let title: String
        let colspan: Int
        let rows: [FactorRow]
    }

    struct ComparisonView {
        let subnav: [PageFrame.NavItem]
        let newHref: String?
        let hasRounds: Bool
        let columns: [Column]
        let themes: [ThemeGroup]
        let resolved: [String]
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.implDialogue) { _, context in try await compare(context) }
        ImplementationDialogueRoundController(workspace: workspace).addRoutes(to: routes)
    }

    private func compare(_ context: AppContext) async throws -> Response {
        let scope = try workspace.scope(context)
        let t = scope.t
        let comparison = DialogueComparison(rounds: try await workspace.store.dialogueRounds(in: scope.municipality))
        let columns = comparison.rounds.enumerated().map { index, round in
            Column(label: t("impl.dialogue.round", String(index + 1)), date: round.heldOn.display,
                   href: scope.canEdit ? Paths.implementationDialogueRound.link(round.id) : nil)
        }
        let themes = workspace.catalogue.dialogueTool.map { theme in
            ThemeGroup(title: theme.title(t.language), colspan: columns.count + 2, rows: theme.factors.map { factor in
                let trend = comparison.trend(factor.key)
                return FactorRow(title: factor.title(t.language), cells: comparison.row(factor.key).map { cell in
                    Cell(rating: ImplLabels.rating(cell?.rating, t), kind: ImplLabels.ratingKind(cell?.rating), note: cell?.note)
                }, trend: ImplLabels.trend(trend, t), trendKind: ImplLabels.trendKind(trend))
            })
        }
        let resolved = workspace.catalogue.dialogueFactors.filter { comparison.trend($0.key) == .resolved }.map { $0.title(t.language) }
        let view = ComparisonView(subnav: workspace.subnav(.implDialogue, t),
                                  newHref: scope.canEdit ? Paths.implementationDialogueNew.link() : nil,
                                  hasRounds: !columns.isEmpty, columns: columns, themes: themes, resolved: resolved)
        return try workspace.page("dialogue", title: t("impl.dialogue.title"), content: view, context: context)
    }
}
