import Domain
import Foundation
import Hummingbird

/// The association portal's start page: the club's children with a pass (first name, initial,
/// birth year, activity and grant only), one click to confirm a start, the way to claim the fee
/// and to report that a child stopped coming.
struct PortalController {
    let portal: any AssociationPortalRepository
    let audit: any AuditLog
    let renderer: Renderer
    let clock: Clock

    struct StopForm: Decodable {
        let stoppedOn, stopReason: String?
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.portal) { _, context in try await index(context) }
        routes.add(.portalStart) { _, context in
            let user = try context.requireUser()
            let id = try context.parameters.require("id", as: EnrolmentID.self)
            let today = clock.today
            guard let enrolment = try await portal.enrolment(id, scope: AccessPolicy.scope(of: user), today: today) else { throw AppError.notFound }
            do {
                try await portal.confirmStart(id, on: today, scope: AccessPolicy.scope(of: user), today: today, at: clock.now,
                                              audit: try context.actor().audit(.update, .enrolment, id, detail: "started"))
                context.flash(Flash(.success, "portal.started", [enrolment.child.short]))
            } catch StoreError.conflict {
                context.flash(Flash(.info, "portal.changedMeanwhile"))
            }
            return .seeOther(Paths.portal.link())
        }
        routes.add(.portalStoppedForm) { _, context in
            let enrolment = try await findEnrolment(context)
            try await audit.record(try context.actor().audit(.view, .enrolment, enrolment.id, detail: "portal"))
            return try renderStop(context, enrolment: enrolment, values: ["stoppedOn": clock.today.iso])
        }
        routes.add(.portalStopped) { request, context in
            let user = try context.requireUser()
            let enrolment = try await findEnrolment(context)
            let form = try await request.decodeForm(StopForm.self, context: context)
            let today = clock.today
            switch EnrolmentDates.stop(form.stoppedOn, reason: form.stopReason, enrolledOn: enrolment.enrolledOn,
                                       startedOn: enrolment.startedOn, today: today) {
            case .failure(let errors):
                return try renderStop(context, enrolment: enrolment, values: ["stoppedOn": form.stoppedOn ?? "", "stopReason": form.stopReason ?? ""],
                                      errors: errors)
            case .success(let (date, reason)):
                do {
                    try await portal.reportStop(enrolment.id, on: date, reason: reason, scope: AccessPolicy.scope(of: user), today: today,
                                                at: clock.now, audit: try context.actor().audit(.update, .enrolment, enrolment.id, detail: "stopped"))
                    context.flash(Flash(.success, "portal.stopped", [enrolment.child.short]))
                } catch StoreError.conflict {
                    context.flash(Flash(.info, "portal.changedMeanwhile"))
                }
                return .seeOther(Paths.portal.link())
            }
        }
    }

    private func findEnrolment(_ context: AppContext) async throws -> PortalEnrolment {
        let id = try context.parameters.require("id", as: EnrolmentID.self)
        guard let enrolment = try await portal.enrolment(id, scope: AccessPolicy.scope(of: try context.requireUser()), today: clock.today),
              enrolment.stoppedOn == nil else { throw AppError.notFound }
        return enrolment
    }

    private func index(_ context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let t = context.t
        let today = clock.today
        let overview = try await portal.overview(scope: AccessPolicy.scope(of: user), today: today)
        // Audited once per page under the club: a family's access request then names the club for
        // the days the child was on its list (ChildAuditSQL).
        if let overview {
            try await audit.record(try context.actor().audit(.view, .association, overview.associationID, detail: "portal"))
        }
        let view = PortalView.make(overview: overview, today: today, t: t)
        return try renderer.page(view, title: t("portal.title"), context: context)
    }

    private func renderStop(_ context: AppContext, enrolment: PortalEnrolment, values: [String: String],
                            errors: ValidationErrors = .init()) throws -> Response {
        let t = context.t
        let form = FormBuilder(t, values: values, errors: errors)
        let view = PortalStopView(heading: t("portal.stop.heading", enrolment.child.short), activity: enrolment.activityName,
                                  action: Paths.portalStopped.link(enrolment.id), cancelHref: Paths.portal.link(), form: .init(
            stoppedOn: form.field("stoppedOn", label: "portal.stop.date", hint: "form.date.hint", type: "date", width: "s"),
            stopReason: form.field("stopReason", label: "portal.stop.reason", hint: "portal.stop.reason.hint", optional: true,
                                     width: "xl", rows: 2, maxLength: 300)))
        return try renderer.page(view, title: view.heading, context: context, form: form)
    }
}
