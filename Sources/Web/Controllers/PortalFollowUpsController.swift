import Domain
import Foundation
import Hummingbird

/// The association's answer to "is the child still coming?", 3 and 6 months after a start: one
/// button press on the portal's start page. "Stopped" continues to the stop form, so the date is
/// recorded; "stopped" and "not sure" reach the guide on their follow-up list.
struct PortalFollowUpsController {
    let portal: any AssociationPortalRepository
    let clock: Clock

    struct AnswerForm: Decodable {
        let attendance, needsHelp: String?
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.portalFollowUpAnswer) { request, context in
            let user = try context.requireUser()
            let id = try context.parameters.require("id", as: FollowUpID.self)
            let form = try await request.decodeForm(AnswerForm.self, context: context)
            guard let attendance = form.attendance.flatMap(PortalAttendance.init(rawValue:)) else {
                context.flash(Flash(.error, "portal.followup.err.answer"))
                return .seeOther(Paths.portal.link())
            }
            let enrolment: EnrolmentID
            do {
                enrolment = try await portal.answerFollowUp(
                    id, attendance.answer(needsHelp: form.needsHelp == "yes"), scope: AccessPolicy.scope(of: user), today: clock.today,
                    at: clock.now, audit: try context.actor().audit(.update, .followUp, id, detail: "portal \(attendance.rawValue)"))
            } catch StoreError.conflict {
                context.flash(Flash(.info, "portal.followup.answeredMeanwhile"))
                return .seeOther(Paths.portal.link())
            }
            if attendance == .unsure {
                context.flash(Flash(.success, "portal.followup.unsureSaved"))
                return .seeOther(Paths.portal.link())
            }
            if attendance == .stopped {
                context.flash(Flash(.info, "portal.followup.stoppedNext"))
                return .seeOther(Paths.portalStopped.link(enrolment))
            }
            context.flash(Flash(.success, "portal.followup.saved"))
            return .seeOther(Paths.portal.link())
        }
    }
}
