import Domain
import Foundation

/// The open board, built from its entries and (for a volunteer) what keeps them from offering.
extension BoardView {
    static func make(entries: [BoardEntry], volunteer: Volunteer?, isVolunteer: Bool, certificate: CertificateRule, today: LocalDate,
                     t: Texts) -> BoardView {
        BoardView(
            intro: isVolunteer ? t("board.intro.volunteer") : t("board.intro.coordinator"),
            entries: entries.map { e in
                let blocked = volunteer.flatMap { v in
                    AssignmentRules.volunteerProblems(v, as: .guide, childBirthDate: e.birthDate, certificate: certificate, today: today,
                                                      field: "offer").fields.first.map { t($0.message, arguments: $0.arguments) }
                }
                return Entry(firstName: e.firstName, age: t("child.age", String(e.birthDate.age(on: today))),
                             district: e.district.isEmpty ? "–" : e.district, interests: e.interests ?? "–", language: e.language ?? "–",
                             published: t("board.published", e.publishedOn.display),
                             offers: e.offers > 0 ? t("course.offers", String(e.offers)) : nil,
                             offerAction: isVolunteer && volunteer != nil && !e.offeredByMe && blocked == nil ? Paths.boardOffer.link(e.courseID) : nil,
                             offerLabel: t("board.offer", e.firstName), offered: e.offeredByMe, blocked: e.offeredByMe ? nil : blocked,
                             courseHref: isVolunteer ? nil : Paths.course.link(e.courseID))
            },
            hasEntries: !entries.isEmpty, isVolunteer: isVolunteer, noProfile: isVolunteer && volunteer == nil)
    }
}
