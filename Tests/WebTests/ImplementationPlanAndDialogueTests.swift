import Demo
import Domain
import Foundation
import HummingbirdTesting
import Testing
@testable import Web

/// Tool 5 with its history and print view, the dialogue tool, meetings and the editable plans.
@Suite struct ImplementationPlanAndDialogueTests {
    @Test func theToolFivePlanKeepsEveryChangeWithWhoAndWhen() async throws {
        let app = try TestApp()
        try await app.test { client in
            var mette = Browser(client)
            try await mette.login("coordinator@holstebro.demo")
            let question = "/implementation/plan/questions/plan-op-turnover-resilience"
            let page = try await mette.get(question)
            #expect(page.text.contains("I hvor høj grad har I gjort indsatsen robust over for udskiftning"))
            #expect(page.text.contains("Planen er ikke ændret endnu."))

            let invalid = try await mette.post(question, [("answer", "some"), ("initiativesNeeded", "yes"), ("initiatives", "")])
            #expect(invalid.status == .unprocessableContent)
            #expect(invalid.text.contains("Skriv hvilke initiativer, der skal sættes i gang"))

            let first = try await mette.post(question, [("answer", "some"), ("initiativesNeeded", "yes"),
                                                        ("initiatives", "Drejebog for nye koordinatorer"), ("responsible", "Koordinator"),
                                                        ("deadline", "2027-04-01"), ("milestones", "Drejebog skrevet"), ("completion", "")])
            #expect(first.status == .seeOther)
            #expect(first.location == "/implementation/plan#plan-op-turnover-resilience")
            #expect(try await mette.get("/implementation/plan").text.contains("Planen er opdateret"))

            app.clock.advance(86_400 * 20)
            try await mette.login("coordinator@holstebro.demo")
            _ = try await mette.post(question, [("answer", "high"), ("initiativesNeeded", "yes"), ("initiatives", "Drejebog for nye koordinatorer"),
                                                ("responsible", "Koordinator"), ("deadline", "2027-04-01"), ("milestones", "Drejebog skrevet"),
                                                ("completion", "high")])
            let unchanged = try await mette.post(question, [("answer", "high"), ("initiativesNeeded", "yes"),
                                                            ("initiatives", "Drejebog for nye koordinatorer"), ("responsible", "Koordinator"),
                                                            ("deadline", "2027-04-01"), ("milestones", "Drejebog skrevet"), ("completion", "high")])
            #expect(unchanged.status == .seeOther)
            #expect(try await mette.get("/implementation/plan").text.contains("Der var ingen ændringer at gemme."))

            let history = try await mette.get(question)
            #expect(history.text.contains("Historik for spørgsmålet"))
            #expect(history.text.components(separatedBy: "<strong>Mette Kjær</strong>").count - 1 == 2, "two versions")
            #expect(history.text.contains("04.02.2027"), "the later change with its date")
            #expect(history.text.contains("15.01.2027"), "the first change with its date")
            let plan = try await mette.get("/implementation/plan")
            #expect(plan.text.contains("Ændringer i planen"))
            #expect(plan.text.contains("Svar og Gennemført"), "the second change named its fields")
        }
        let holstebro = try #require(try await app.repos.municipalities.find(slug: "holstebro"))
        let history = try await app.repos.implementation.planHistory(in: holstebro.id, questionKey: "plan-op-turnover-resilience", limit: 10)
        #expect(history.map(\.fields) == [[.answer, .completion], [.answer, .initiativesNeeded, .initiatives, .responsible, .deadline, .milestones]])
    }

    @Test func thePrintViewIsTheWholePlanWithTheChangesSinceTheSteeringGroupMet() async throws {
        let app = try TestApp()
        try await app.test { client in
            var lars = Browser(client)
            try await lars.login("caseworker@holstebro.demo")
            let print = try await lars.get("/implementation/plan/print")
            #expect(print.status == .ok)
            #expect(print.text.contains("class=\"impl-print\""))
            #expect(print.text.contains("Del 1: Forberedelsesfasen") && print.text.contains("Del 2: Driftsfasen"))
            let catalogue = try ImplementationCatalogue.bundled()
            for question in catalogue.planQuestions {
                #expect(print.text.contains(question.text.da.replacingOccurrences(of: "'", with: "&#39;")), "\(question.key) is printed")
            }
            #expect(print.text.contains("Ændringer siden styregruppemødet"))
            #expect(print.text.contains("Udskrevet 15.01.2027"))
            #expect(!print.text.contains("impl-subnav\""), "no workspace navigation on the print view")
        }
    }

    @Test func aDialogueRoundIsRecordedAndComparedWithTheEarlierOnes() async throws {
        let app = try TestApp()
        try await app.test { client in
            var mette = Browser(client)
            try await mette.login("coordinator@holstebro.demo")
            let form = try await mette.get("/implementation/dialogue/new")
            #expect(form.text.contains("Monitorering og løbende dokumentation: hvor meget hæmmer det?"))
            #expect(form.text.components(separatedBy: "class=\"impl-factor\"").count - 1 == 10)

            let invalid = try await mette.post("/implementation/dialogue", [("heldOn", "2027-02-01"), ("rating-factor-monitoring", "unrated")])
            #expect(invalid.status == .unprocessableContent)
            #expect(invalid.text.contains("Datoen for runden kan ikke ligge efter i dag"))

            let saved = try await mette.post("/implementation/dialogue", [
                ("heldOn", "2027-01-14"), ("participants", "Implementeringsteamet"),
                ("rating-factor-infrastructure", "none"), ("note-factor-infrastructure", "Betalingsgangen er beskrevet og i brug."),
                ("rating-factor-adaptability", "major"), ("rating-factor-monitoring", "unrated"),
            ])
            #expect(saved.status == .seeOther && saved.location == "/implementation/dialogue")
            let page = try await mette.get("/implementation/dialogue")
            #expect(page.text.contains("Runden 14.01.2027 er gemt."))
            #expect(page.text.contains("Runde 3") && page.text.contains("14.01.2027"))
            #expect(page.text.contains("Betalingsgangen er beskrevet og i brug."))
            let infrastructure = try #require(page.text.range(of: "<th scope=\"row\">Infrastruktur</th>"))
            let rest = page.text[infrastructure.upperBound...]
            let row = rest[..<(try #require(rest.range(of: "</tr>")).lowerBound)]
            #expect(row.contains("Løst"), "infrastructure went from some barrier to none")
            #expect(page.text.contains("<li>Infrastruktur</li>"), "listed among the resolved barriers")
        }
        let holstebro = try #require(try await app.repos.municipalities.find(slug: "holstebro"))
        let rounds = try await app.repos.implementation.dialogueRounds(in: holstebro.id)
        #expect(rounds.count == 3)
        #expect(rounds.last?.assessments["factor-adaptability"]?.rating == .majorBarrier)
        #expect(rounds.last?.assessments["factor-monitoring"] == nil, "not discussed is not stored")
    }

    @Test func meetingsWarnWhenTheRhythmSlipsAndActionsBecomeItemsOrInitiatives() async throws {
        let app = try TestApp()
        try await app.test { client in
            var mette = Browser(client)
            try await mette.login("coordinator@holstebro.demo")
            let meetings = try await mette.get("/implementation/meetings")
            #expect(!meetings.text.contains("alert-warning"), "Holstebro keeps its rhythm")
            app.clock.advance(86_400 * 130)
            try await mette.login("coordinator@holstebro.demo")
            let later = try await mette.get("/implementation/meetings")
            #expect(later.text.contains("Styregruppens kvartalsmøde skulle have været holdt senest"))

            let created = try await mette.post("/implementation/meetings", [("kind", "implementation_team"), ("heldOn", "2027-05-20"),
                                                                            ("participants", "Teamet"), ("decisions", "Ny mødeplan")])
            let meeting = try #require(created.location)
            let noText = try await mette.post(meeting + "/actions", [("actionText", ""), ("actionDeadline", "i morgen")])
            #expect(noText.status == .unprocessableContent)
            #expect(noText.text.contains("Skriv, hvad handlingen går ud på"))
            #expect(noText.text.contains("value=\"Ny mødeplan\"") || noText.text.contains(">Ny mødeplan</textarea>"), "the meeting form keeps its values")
            _ = try await mette.post(meeting + "/actions", [("actionText", "Planlæg næste styregruppemøde"), ("actionResponsible", "Mette Kjær"),
                                                             ("actionDeadline", "2027-06-01")])
            let page = try await mette.get(meeting)
            #expect(page.text.contains("Planlæg næste styregruppemøde"))
            let actionPath = meeting + "/actions/" + String(try #require(page.text.range(of: meeting + "/actions/")).map {
                page.text[$0.upperBound...].prefix { $0.isNumber }
            }!)
            #expect(try await mette.post(actionPath + "/checklist-item", [("section", "nope")]).status == .unprocessableContent)
            let converted = try await mette.post(actionPath + "/checklist-item", [("section", "step-2.2")])
            let item = try #require(converted.location)
            #expect(item.hasPrefix("/implementation/items/own-"))
            let itemPage = try await mette.get(item)
            #expect(itemPage.text.contains("Planlæg næste styregruppemøde") && itemPage.text.contains("01.06.2027"))
            let twice = try await mette.post(actionPath + "/plan-initiative", [("question", "plan-prep-goals")])
            #expect(twice.status == .seeOther)
            #expect(try await mette.get(try #require(twice.location)).text.contains("Handlingen var allerede blevet til"))
        }
    }

    @Test func theDocumentationPlanStartsFromTheExampleAndRowsAreEditedAndDeleted() async throws {
        let app = try TestApp()
        try await app.test { client in
            var sofie = Browser(client)
            try await sofie.login("coordinator@svendborg.demo")
            let empty = try await sofie.get("/implementation/documentation-plan")
            #expect(empty.text.contains("Start med eksemplet fra bilag 3"))
            let filled = try await sofie.post("/implementation/documentation-plan/template")
            #expect(filled.location == "/implementation/documentation-plan")
            let page = try await sofie.get("/implementation/documentation-plan")
            #expect(page.text.contains("Eksemplet er lagt ind") && page.text.contains("Antal indløste fritidspas"))
            #expect(!page.text.contains("Start med eksemplet fra bilag 3"))
            let invalid = try await sofie.post("/implementation/documentation-plan", [("what", ""), ("how", "Spørgeskema")])
            #expect(invalid.status == .unprocessableContent && invalid.text.contains("Skriv, hvad der skal dokumenteres"))
            #expect(invalid.text.contains(">Spørgeskema</textarea>"))
            #expect(try await sofie.post("/implementation/documentation-plan", [("what", "Forældres tilfredshed"), ("how", "Spørgeskema")]).status == .seeOther)

            let holstebroRow = "/implementation/documentation-plan/1"
            #expect(try await sofie.get(holstebroRow).status == .notFound)
            #expect(try await sofie.post(holstebroRow + "/deletion").status == .notFound)
            let rows = try await app.repos.implementation.tableRows(.documentation,
                                                                    in: try #require(try await app.repos.municipalities.find(slug: "svendborg")).id)
            let own = try #require(rows.last)
            #expect(own.cells == ["Forældres tilfredshed", "Spørgeskema", "", ""])
            let confirm = try await sofie.get("/implementation/documentation-plan/\(own.id)/deletion")
            #expect(confirm.text.contains("Det kan ikke fortrydes") && confirm.text.contains("button-danger"))
            let deleted = try await sofie.post("/implementation/documentation-plan/\(own.id)/deletion")
            #expect(deleted.location == "/implementation/documentation-plan")
            #expect(try await sofie.get("/implementation/communication-plan").text.contains("Start med eksemplet fra bilag 3"))
        }
        #expect(try await app.count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'impl_table_row' AND action = 'delete'") == 1)
    }
}
