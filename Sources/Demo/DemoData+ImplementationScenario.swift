import Domain
import Foundation
import GRDB

/// The two demo municipalities' implementation stories (see `DemoData+Implementation.swift`).
extension ImplementationSeed {
    /// Holstebro: phases 1 and 2 done (one tool judged not relevant), well into phase 3, the
    /// anchoring phase just begun. A steady meeting rhythm, two dialogue rounds, scheme 3.0 running.
    func holstebro() throws {
        guard let m = municipalities["holstebro"], let mette = users["coordinator@holstebro.demo"],
              let lars = users["caseworker@holstebro.demo"] else { return }

        // Samples for the access tests first: own item 1, meeting 1 with action 1.
        let payments = try customItem(m, "step-3.1", "Aftal betalingsgang med de fem største idrætsforeninger", by: mette, daysAgo: 80)
        let kickoff = try meeting(m, .steeringGroup, -265, participants: "Børn og Unge (chef), Kultur og Fritid (chef), skolechef, koordinator",
                                  decisions: "Fritidspas Holstebro starter som projekt i to år med midler fra BROEN-puljen.\nMette Kjær er koordinator.\nImplementeringsteamet nedsættes med skole, sundhedspleje, SSP og to foreninger.",
                                  by: mette)
        try action(m, kickoff, "Udarbejd samarbejdsaftale med DGI Vestjylland og Red Barnet", responsible: "Mette Kjær", deadline: -200, daysAgo: 265)
        try action(m, kickoff, "Aftal betalingsgang med de fem største idrætsforeninger", responsible: "Kultur og Fritid", deadline: -60,
                   convertedTo: "item:" + payments, daysAgo: 265)
        try testRound(m, "1.0", from: -300, to: -210, changes: "Første version: indstilling fra skoler og sundhedspleje, kontingentstøtte op til 1.500 kr. om året.",
                      learnings: "Samarbejdet mellem skole og fritid skal have faste kontaktpersoner. Foreningerne ønsker én samlet betaling pr. sæson.", by: mette)
        try tableRow(m, .documentation, ["Antal ansøgte og bevilgede fritidspas", "Registreres i Fritidspas ved hver indstilling", "Koordinator", "Løbende"],
                     by: mette, daysAgo: 240)
        try tableRow(m, .communication, ["Foreningslivet", "Ordningen, målgruppen og betalingsgangen", "Brev til formænd og netværksmøde i Idrætsrådet", "Ved sæsonstart"],
                     by: mette, daysAgo: 240)

        // The checklist.
        let evidence = "https://www.holstebro.dk/fritidspas\nReferat fra styregruppemødet"
        for key in keys("startup") { try item(m, key, .done, by: mette, daysAgo: 290, user: mette) }
        for key in keys("step-1.1") + keys("step-1.2") where key != "1.1-tool-programme-theory-workshop" {
            try item(m, key, .done, by: mette, daysAgo: 250, user: key.contains("-q-") ? mette : nil,
                     responsible: key.contains("political") ? "Direktør for Børn og Unge" : nil)
        }
        try item(m, "1.1-tool-programme-theory-workshop", .notRelevant, by: mette, daysAgo: 260,
                 reason: "Vi bruger forandringsteorien fra ansøgningen til BROEN-puljen; den blev udarbejdet med foreningerne.")
        for key in keys("step-2.1") + keys("step-2.2") where key != "2.1-q-management-team-coordination" {
            try item(m, key, .done, by: mette, daysAgo: 200, user: mette, evidence: key.hasPrefix("2.2-rec-2.2.2") ? evidence : nil)
        }
        try item(m, "2.1-q-management-team-coordination", .inProgress, by: mette, daysAgo: 40, user: mette, deadline: 20,
                 note: "Styregruppens referat sendes til teamet dagen efter mødet; mangler fast punkt på teamets dagsorden.")
        for key in ["3.1-rec-systematic-review", "3.1-q-recruiting-children", "3.1-q-club-cooperation", "3.1-tool-dialogue-tool",
                    "3.1-rec-3.1.1-professionals-find-children", "3.1-rec-3.1.2-outreach-family-talks", "3.1-rec-3.1.5-recognise-clubs",
                    "3.2-rec-monitoring-system", "3.2-tool-registration-follow-up"] {
            try item(m, key, .done, by: mette, daysAgo: 60, user: mette)
        }
        try item(m, "3.1-rec-act-on-barriers", .inProgress, by: mette, daysAgo: 25, user: mette, deadline: 30)
        try item(m, "3.1-q-guidance-and-volunteer-recruitment", .inProgress, by: lars, daysAgo: 18, user: lars, deadline: 14,
                 note: "Tre nye følgevenner fra VIA's pædagoguddannelse er i gang.")
        try item(m, "3.1-q-recruiting-retaining-volunteers", .inProgress, by: mette, daysAgo: 35, responsible: "Frivilligcenter Holstebro",
                 deadline: -9)
        try item(m, "3.1-rec-3.1.3-time-volunteer-recruitment", .inProgress, by: mette, daysAgo: 50, user: mette, deadline: -3)
        try item(m, "3.1-rec-3.1.6-smooth-club-payments", .inProgress, by: mette, daysAgo: 12, responsible: "Kultur og Fritid", deadline: 45)
        try item(m, "3.1-rec-3.1.7-involve-parents", .inProgress, by: lars, daysAgo: 8, user: lars, deadline: 60)
        try item(m, "3.1-q-sharing-experience", .notStarted, by: mette, daysAgo: 70, user: mette, deadline: -15)
        try item(m, "3.2-rec-team-reviews-data", .inProgress, by: mette, daysAgo: 20, user: mette, deadline: 10)
        try item(m, "3.2-rec-3.2.1-balance-documentation", .inProgress, by: lars, daysAgo: 15, user: lars)
        try item(m, payments, .inProgress, by: mette, daysAgo: 30, responsible: "Kultur og Fritid", deadline: 21)
        try item(m, "4.1-rec-secure-support-in-time", .inProgress, by: mette, daysAgo: 5, user: mette, deadline: 75,
                 note: "Sag til Børne- og Ungeudvalget før budgetseminaret.")
        let anniversary = try customItem(m, "step-1.2", "Fast temadag for nye fritidsvejledere hver august", by: mette, daysAgo: 150)
        try item(m, anniversary, .done, by: mette, daysAgo: 100, user: mette)
        try comment(m, "3.1-q-guidance-and-volunteer-recruitment", "Vi kan bruge Frivilligfredag til at finde flere følgevenner.", by: lars, daysAgo: 16)
        try comment(m, "3.1-q-guidance-and-volunteer-recruitment", "God idé – jeg tager det med på næste teammøde.", by: mette, daysAgo: 15)

        // Tool 5: the preparation phase settled, the operation phase under way; a few rows changed over time.
        let prep = Array(keys("plan").prefix(12))
        for (index, key) in prep.enumerated() {
            try plan(m, key, PlanAnswerDraft(answer: index % 4 == 3 ? .partly : .high, initiativesNeeded: false), by: mette, daysAgo: 230)
        }
        try plan(m, "plan-prep-cooperation-agreement", PlanAnswerDraft(answer: .notAtAll, initiativesNeeded: true,
            initiatives: "Samarbejdsaftale med DGI Vestjylland og Red Barnet", responsible: "Koordinator", deadline: day(-200),
            milestones: "Udkast drøftet i styregruppen", completion: .partly), by: mette, daysAgo: 228)
        try plan(m, "plan-prep-cooperation-agreement", PlanAnswerDraft(answer: .high, initiativesNeeded: true,
            initiatives: "Samarbejdsaftale med DGI Vestjylland og Red Barnet", responsible: "Koordinator", deadline: day(-200),
            milestones: "Udkast drøftet i styregruppen\nAftale underskrevet", completion: .high), by: mette, daysAgo: 190)
        let operation = Array(keys("plan").dropFirst(12))
        for (index, key) in operation.enumerated() {
            let needs = index % 3 == 0
            try plan(m, key, PlanAnswerDraft(answer: needs ? .partly : .high, initiativesNeeded: needs,
                initiatives: needs ? "Beskriv arbejdsgangen og tag den op på teammødet" : nil, responsible: needs ? "Implementeringsteamet" : nil,
                deadline: needs ? day(index * 10 - 20) : nil, milestones: needs ? "Beskrivelse godkendt af styregruppen" : nil,
                completion: needs ? .partly : nil), by: index % 2 == 0 ? mette : lars, daysAgo: 120 - index * 9)
        }
        try plan(m, "plan-op-training-needs", PlanAnswerDraft(answer: .partly, initiativesNeeded: true,
            initiatives: "Introforløb for nye følgevenner\nÅrlig temadag for fritidsvejledere", responsible: "Koordinator", deadline: day(30),
            milestones: "Første introforløb holdt", completion: .partly), by: mette, daysAgo: 6)

        // Meetings: quarterly steering group, the team a week later, the next pair planned; each
        // with its own minutes, as the year went.
        let held: [(Int, MeetingKind, String)] = [
            (-258, .implementationTeam, "Arbejdsgangen for indstillinger gennemgået med skolerne. Sundhedsplejen vil indstille via skemaet fra næste måned."),
            (-175, .steeringGroup, "Status på implementeringsplanen godkendt. Fokus på fastholdelse af frivillige; Red Barnet spørges om et introforløb."),
            (-168, .implementationTeam, "Data for første halvår gennemgået: få indstillinger fra SSP. Koordinator besøger SSP-teamet."),
            (-85, .steeringGroup, "Budgettet bruges hurtigere end ventet. Styregruppen beder om en prognose og et forslag til prioritering."),
            (-78, .implementationTeam, "Dialogredskabet brugt: foreningerne vil have kortere anmodninger om betaling. Afprøvning 3.0 aftalt."),
        ]
        for (offset, kind, decisions) in held {
            let steering = kind == .steeringGroup
            _ = try meeting(m, kind, offset, participants: steering ? "Chefer fra Børn og Unge og Kultur og Fritid, skolechef, koordinator"
                                                                     : "Koordinator, skole, sundhedspleje, SSP, Holstebro Håndbold, KFUM-spejderne",
                            decisions: decisions, by: mette)
        }
        let next = try meeting(m, .steeringGroup, 6, participants: "Styregruppen", decisions: nil, by: mette)
        try action(m, next, "Forbered sag om videre drift til budgetseminaret", responsible: "Mette Kjær", deadline: 40, daysAgo: 2)
        let team = try meeting(m, .implementationTeam, 13, participants: "Implementeringsteamet", decisions: nil, by: mette)
        try action(m, team, "Saml foreningernes erfaringer med den korte betalingsanmodning", responsible: "Kultur og Fritid",
                   deadline: 12, daysAgo: 1)

        // The dialogue tool, half a year apart: the leadership and monitoring barriers are gone.
        try dialogueRound(m, -172, participants: "Implementeringsteamet (7 deltagere)", ratings: [
            ("factor-monitoring", .majorBarrier, "Vi har ikke et sted at registrere forløb. Aftalt: brug Fritidspas til registrering."),
            ("factor-adaptability", .someBarrier, "Ordningen hænger på koordinatoren alene."),
            ("factor-credibility-motivation", .someBarrier, nil),
            ("factor-gains", .noBarrier, nil),
            ("factor-training-involvement", .majorBarrier, "Følgevennernes rolle er uklar for foreningerne."),
            ("factor-attitudes-motivation", .someBarrier, nil),
            ("factor-senior-management", .someBarrier, "Mangler beslutning om drift efter projektperioden."),
            ("factor-professional-management", .noBarrier, nil),
            ("factor-infrastructure", .someBarrier, "Arbejdsgangen for betaling til foreninger er ikke beskrevet."),
            ("factor-culture-strategy", .noBarrier, nil),
        ], by: mette)
        try dialogueRound(m, -30, participants: "Implementeringsteamet (8 deltagere)", ratings: [
            ("factor-monitoring", .noBarrier, "Data gennemgås på hvert teammøde."),
            ("factor-adaptability", .someBarrier, "En ekstra fritidsvejleder er ved at blive oplært."),
            ("factor-credibility-motivation", .noBarrier, nil),
            ("factor-gains", .noBarrier, nil),
            ("factor-training-involvement", .someBarrier, "Rollebeskrivelse sendt til foreningerne; opfølgning på netværksmødet."),
            ("factor-attitudes-motivation", .noBarrier, nil),
            ("factor-senior-management", .noBarrier, "Direktøren bakker op om sagen til budgettet."),
            ("factor-professional-management", .noBarrier, nil),
            ("factor-infrastructure", .someBarrier, "Betalingsgangen aftales med de største foreninger."),
            ("factor-culture-strategy", .noBarrier, nil),
        ], by: mette)

        try testRound(m, "2.0", from: -209, to: -30, changes: "Faste kontaktpersoner på hver skole. Én samlet betaling til foreningen pr. sæson. Følgevenner fra VIA.",
                      learnings: "Flere børn bliver i foreningen efter seks måneder, når en følgeven er med de første gange.", by: mette)
        try testRound(m, "3.0", from: -29, to: nil, changes: "Forældremøde i foreningen ved opstart. Udstyrspulje med brugt udstyr.",
                      learnings: nil, by: mette)

        for row in [["Antal indløste fritidspas", "Når foreningen får udbetalt støtten", "Koordinator", "Løbende"],
                    ["Fremmøde og fastholdelse efter seks måneder", "Opfølgning hos foreningen og familien", "Fritidsvejleder", "Efter seks måneder"],
                    ["Antal frivillige", "Oversigt over aktive følgevenner", "Koordinator", "Hvert kvartal"]] {
            try tableRow(m, .documentation, row, by: mette, daysAgo: 200)
        }
        for row in [["Frontmedarbejdere på skoler og i sundhedsplejen", "Hvem ordningen er for, og hvordan man indstiller", "Oplæg på personalemøder", "Ved skolestart"],
                    ["Børne- og Ungeudvalget", "Resultater og gode historier", "Statusnotat via styregruppen", "Før budgetseminaret"]] {
            try tableRow(m, .communication, row, by: mette, daysAgo: 200)
        }
    }

    /// Svendborg: the team is composed and the start-up package is under way; the first steering
    /// group meeting was a while ago, so the meeting rhythm has slipped.
    func svendborg() throws {
        guard let m = municipalities["svendborg"], let sofie = users["coordinator@svendborg.demo"],
              let ahmad = users["caseworker@svendborg.demo"] else { return }
        try item(m, "startup-compose-team", .done, by: sofie, daysAgo: 40, user: sofie)
        try item(m, "startup-send-package", .done, by: sofie, daysAgo: 35, user: sofie)
        try item(m, "startup-leadership-meeting", .inProgress, by: sofie, daysAgo: 10, user: sofie, deadline: 12,
                 note: "Møde med chefen for Kultur og Fritid er booket.")
        try item(m, "startup-interview-club-ngo", .inProgress, by: sofie, daysAgo: 20, responsible: "Svendborg Idrætsråd", deadline: -5)
        try item(m, "1.1-rec-needs-readiness-analysis", .inProgress, by: sofie, daysAgo: 14, user: sofie, deadline: 45)
        try item(m, "1.1-q-need-for-scheme", .inProgress, by: ahmad, daysAgo: 7, user: ahmad,
                 note: "Tal fra skolerne: ca. 140 børn i 4.–7. klasse går ikke til noget.")
        try plan(m, "plan-prep-target-group", PlanAnswerDraft(answer: .partly, initiativesNeeded: true,
            initiatives: "Workshop med skoler og sundhedspleje om målgruppen", responsible: "Koordinator", deadline: day(30)), by: sofie, daysAgo: 9)
        _ = try meeting(m, .steeringGroup, -120, participants: "Chef for Kultur og Fritid, chef for Børn og Unge, koordinator",
                        decisions: "Svendborg søger om at blive med i fritidspasprogrammet. Sofie Lund er koordinator.", by: sofie)
    }
}
