import Domain
import Foundation
import Hummingbird

/// The implementation plan (tool 5): both phases' questions with the team's answers, the
/// plan's history, and a print view for the steering group.
struct ImplementationPlanController {
    let workspace: ImplementationWorkspace

    typealias PlanRow = ImplementationPlanView.PlanRow
    typealias PlanPart = ImplementationPlanView.PlanPart
    typealias HistoryRow = ImplementationPlanView.HistoryRow

    func addRoutes(to routes: RouteTable) {
        routes.add(.implPlan) { _, context in try await plan(context) }
        routes.add(.implPlanPrint) { _, context in try await print(context) }
        ImplementationPlanQuestionController(workspace: workspace).addRoutes(to: routes)
    }

    private func parts(_ answers: [String: PlanAnswer], _ t: Texts) -> [PlanPart] {
        let plan = workspace.catalogue.implementationPlan
        let today = workspace.clock.today
        func rows(_ questions: [ImplementationCatalogue.PlanQuestion]) -> [PlanRow] {
            questions.enumerated().map { index, question in
                let values = answers[question.key]?.values ?? .empty
                let overdue = values.initiativesNeeded == true && values.completion != .high && (values.deadline.map { $0 < today } ?? false)
                return PlanRow(key: question.key, number: String(index + 1), href: Paths.implementationPlanQuestion.link(question.key),
                               question: question.text(t.language), answer: ImplLabels.degree(values.answer, t),
                               answerKind: ImplLabels.degreeKind(values.answer), initiativesNeeded: ImplLabels.yesNo(values.initiativesNeeded, t),
                               initiatives: values.initiatives, responsible: values.responsible,
                               deadline: ImplLabels.deadline(values.deadline, overdue: overdue, t), overdue: overdue,
                               milestones: values.milestones, completion: ImplLabels.degree(values.completion, t),
                               completionKind: ImplLabels.degreeKind(values.completion))
            }
        }
        return [
            PlanPart(id: "preparation", heading: t("impl.plan.preparation"), intro: t("impl.plan.preparation.intro"), rows: rows(plan.preparation)),
            PlanPart(id: "operation", heading: t("impl.plan.operation"), intro: t("impl.plan.operation.intro"), rows: rows(plan.operation)),
        ]
    }

    private func historyRows(_ changes: [PlanChange], _ t: Texts) -> [HistoryRow] {
        changes.map { change in
            HistoryRow(at: DateFormat.dateTime(change.changedAt), by: change.changedByName ?? t("impl.unknownUser"),
                       question: workspace.catalogue.planQuestion(change.questionKey)?.text(t.language).truncated(90) ?? change.questionKey,
                       href: Paths.implementationPlanQuestion.link(change.questionKey),
                       fields: change.fields.map { ImplLabels.planField($0, t) }.joinedAsList(t))
        }
    }

    private func lastChanged(_ answers: [String: PlanAnswer], _ t: Texts) -> String? {
        let latest = answers.values.max { $0.updatedAt < $1.updatedAt }
        return ImplLabels.changed(by: latest?.updatedByName, at: latest?.updatedAt, t)
    }

    private func plan(_ context: AppContext) async throws -> Response {
        let scope = try workspace.scope(context)
        let t = scope.t
        let answers = try await workspace.store.planAnswers(in: scope.municipality)
        let answered = workspace.catalogue.planQuestions.filter { answers[$0.key]?.values.answer != nil }.count
        let view = ImplementationPlanView(
            subnav: workspace.subnav(.implPlan, t), printHref: Paths.implementationPlanPrint.link(),
            answered: t("impl.plan.answered", String(answered), String(workspace.catalogue.planQuestions.count)),
            lastChanged: lastChanged(answers, t), parts: parts(answers, t),
            history: historyRows(try await workspace.store.planHistory(in: scope.municipality, questionKey: nil, limit: 15), t))
        return try workspace.page(view, title: t("impl.plan.title"), context: context)
    }

    /// A clean A4 document for the steering group: the whole plan, and what changed since the
    /// steering group last met.
    private func print(_ context: AppContext) async throws -> Response {
        let scope = try workspace.scope(context)
        let t = scope.t
        let answers = try await workspace.store.planAnswers(in: scope.municipality)
        let today = workspace.clock.today
        let lastMeeting = try await workspace.store.meetings(in: scope.municipality)
            .filter { $0.kind == .steeringGroup && $0.heldOn <= today }.map(\.heldOn).max()
        let history = try await workspace.store.planHistory(in: scope.municipality, questionKey: nil, limit: 200)
        let since = lastMeeting.map { day in history.filter { LocalDate($0.changedAt, in: .danish) >= day } } ?? history
        let view = ImplementationPlanPrintView(
            heading: t("impl.plan.title"), municipality: scope.user.municipality.map { "\($0.schemeName) · \($0.name)" } ?? "",
            printedOn: t("impl.print.printedOn", today.display), lastChanged: lastChanged(answers, t),
            backHref: Paths.implementationPlan.link(), parts: parts(answers, t),
            changesHeading: lastMeeting.map { t("impl.print.changesSince", $0.display) } ?? t("impl.print.changesAll"),
            changes: historyRows(Array(since.prefix(40)), t))
        return try workspace.page(view, title: t("impl.print.title"), context: context)
    }
}
