import Domain
import Foundation
import Hummingbird

/// The dialogue tool (appendix 4): rounds side by side, factors as rows, so the team sees which
/// barriers were resolved.
struct ImplementationDialogueController {
    let workspace: ImplementationWorkspace

    func addRoutes(to routes: RouteTable) {
        routes.add(.implDialogue) { _, context in try await compare(context) }
        ImplementationDialogueRoundController(workspace: workspace).addRoutes(to: routes)
    }

    private func compare(_ context: AppContext) async throws -> Response {
        let scope = try workspace.scope(context)
        let t = scope.t
        let comparison = DialogueComparison(rounds: try await workspace.store.dialogueRounds(in: scope.municipality))
        let columns = comparison.rounds.enumerated().map { index, round in
            ImplementationDialogueView.Column(label: t("impl.dialogue.round", String(index + 1)), date: round.heldOn.display,
                   href: scope.canEdit ? Paths.implementationDialogueRound.link(round.id) : nil)
        }
        let themes = workspace.catalogue.dialogueTool.map { theme in
            ImplementationDialogueView.ThemeGroup(title: theme.title(t.language), colspan: columns.count + 2, rows: theme.factors.map { factor in
                let trend = comparison.trend(factor.key)
                return ImplementationDialogueView.FactorRow(title: factor.title(t.language), cells: comparison.row(factor.key).map { cell in
                    ImplementationDialogueView.Cell(rating: ImplLabels.rating(cell?.rating, t), kind: ImplLabels.ratingKind(cell?.rating), note: cell?.note?.nilIfEmpty)
                }, trend: ImplLabels.trend(trend, t), trendKind: ImplLabels.trendKind(trend))
            })
        }
        let resolved = workspace.catalogue.dialogueFactors.filter { comparison.trend($0.key) == .resolved }.map { $0.title(t.language) }
        let view = ImplementationDialogueView(subnav: workspace.subnav(.implDialogue, t),
                                  newHref: scope.canEdit ? Paths.implementationDialogueNew.link() : nil,
                                  hasRounds: !columns.isEmpty, columns: columns, themes: themes, resolved: resolved)
        return try workspace.page(view, title: t("impl.dialogue.title"), context: context)
    }
}
