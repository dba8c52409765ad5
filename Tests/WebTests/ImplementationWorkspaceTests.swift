import Demo
import Domain
import Foundation
import HummingbirdTesting
import Testing
@testable import Web

/// The checklist over HTTP: who sees and changes what, forms, and the admin's anonymous overview.
@Suite struct ImplementationWorkspaceTests {
    @Test func theOverviewShowsProgressOverdueItemsMeetingsAndRecentChanges() async throws {
        let app = try TestApp()
        try await app.test { client in
            var mette = Browser(client)
            try await mette.login("coordinator@holstebro.demo")
            let home = try await mette.get("/")
            #expect(home.text.contains("href=\"/implementation\""))
            let page = try await mette.get("/implementation")
            #expect(page.status == .ok)
            #expect(page.text.contains("Implementering – Fritidspas Holstebro – Holstebro Kommune"))
            #expect(page.text.contains("I arbejder nu i <strong>Fase 3: Aktiv implementering</strong>"))
            for phase in ["Fase 1: Parat", "Fase 2: Organisering", "Fase 3: Aktiv implementering", "Fase 4: Forankring"] {
                #expect(page.text.contains(phase))
            }
            #expect(page.text.contains("<progress class=\"impl-progress\" max=\"100\" value=\"100\""), "phase 1 is done")
            #expect(page.text.contains("Opstartspakkens tjekliste (bilag 1)"))
            #expect(page.text.contains("punkter har overskredet fristen"))
            #expect(page.text.contains("Frivilligcenter Holstebro"), "overdue item with its responsible")
            #expect(page.text.contains("(planlagt)"), "the next steering group meeting is planned")
            #expect(page.text.contains("Seneste ændringer"))
        }
    }

    @Test func aCoordinatorMarksAnItemDoneAndItIsKeptWithWhoAndWhen() async throws {
        let app = try TestApp()
        try await app.test { client in
            var mette = Browser(client)
            try await mette.login("coordinator@holstebro.demo")
            let key = "3.1-q-supporting-clubs"
            let item = try await mette.get("/implementation/items/\(key)")
            #expect(item.text.contains("Hvordan kan vi eventuelt støtte foreningerne bedre?"))
            #expect(item.text.contains("Kilde: Fase 3.1, implementeringsspørgsmål"))

            let invalid = try await mette.post("/implementation/items/\(key)", [("status", "not_relevant"), ("reason", ""),
                                                                               ("deadline", "31.02.2027"), ("note", "Tjek med Idrætsrådet")])
            #expect(invalid.status == .unprocessableContent)
            #expect(invalid.text.contains("<title>Fejl: "))
            #expect(invalid.text.contains("Der er problemer"))
            #expect(invalid.text.contains("Skriv, hvorfor punktet ikke er relevant"))
            #expect(invalid.text.contains("Indtast en gyldig dato, fx 27.03.2026"))
            #expect(invalid.text.contains(">Tjek med Idrætsrådet</textarea>"), "input is kept")

            let mettesID = try await app.userID("coordinator@holstebro.demo")
            let saved = try await mette.post("/implementation/items/\(key)", [("status", "done"), ("responsibleUser", mettesID.description),
                                                                             ("deadline", "2027-02-01"), ("evidence", "https://holstebro.dk/foreninger")])
            #expect(saved.status == .seeOther)
            #expect(saved.location == "/implementation/phases/phase-3#step-3.1")
            let phase = try await mette.get(try #require(saved.location))
            #expect(phase.text.contains("Punktet er gemt"))
            let again = try await mette.get("/implementation/items/\(key)")
            #expect(again.text.contains("af Mette Kjær"))
            #expect(again.text.contains("href=\"https://holstebro.dk/foreninger\""))
        }
        let holstebro = try #require(try await app.repos.municipalities.find(slug: "holstebro"))
        let progress = try #require(try await app.repos.implementation.progress(of: "3.1-q-supporting-clubs", in: holstebro.id))
        #expect(progress.status == .done && progress.updatedByName == "Mette Kjær" && progress.updatedAt == app.clock.now)
        #expect(try await app.count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'impl_item' AND entity_id = '3.1-q-supporting-clubs'") == 1)
    }

    @Test func aCoordinatorAddsAnOwnItemUnderASubStep() async throws {
        let app = try TestApp()
        try await app.test { client in
            var mette = Browser(client)
            try await mette.login("coordinator@holstebro.demo")
            #expect(try await mette.get("/implementation/sections/step-9.9/items/new").status == .notFound)
            #expect(try await mette.post("/implementation/sections/step-2.2/items", [("text", "")]).status == .unprocessableContent)
            let created = try await mette.post("/implementation/sections/step-2.2/items", [("text", "Send planen til Børne- og Ungeudvalget")])
            #expect(created.status == .seeOther)
            let page = try await mette.get(try #require(created.location))
            #expect(page.text.contains("Eget punkt · 2.2 Udvikling af implementeringsplan"))
            let phase = try await mette.get("/implementation/phases/phase-2")
            #expect(phase.text.contains("Send planen til Børne- og Ungeudvalget"))
        }
    }

    @Test func caseworkersReadAndCommentButDoNotEdit() async throws {
        let app = try TestApp()
        try await app.test { client in
            var lars = Browser(client)
            try await lars.login("caseworker@holstebro.demo")
            let item = try await lars.get("/implementation/items/3.1-rec-3.1.7-involve-parents")
            #expect(item.status == .ok)
            #expect(!item.text.contains("Opdatér punktet"), "no edit form")
            #expect(item.text.contains("Skriv en kommentar"))
            #expect(try await lars.post("/implementation/items/3.1-rec-3.1.7-involve-parents", [("status", "done")]).status == .forbidden)
            #expect(try await lars.post("/implementation/items/3.1-rec-3.1.7-involve-parents/comments", [("comment", " ")]).status == .unprocessableContent)
            let comment = try await lars.post("/implementation/items/3.1-rec-3.1.7-involve-parents/comments",
                                              [("comment", "Forældremødet i KFUM virkede godt.")])
            #expect(comment.location == "/implementation/items/3.1-rec-3.1.7-involve-parents#comments")
            #expect(try await lars.get("/implementation/items/3.1-rec-3.1.7-involve-parents").text.contains("Forældremødet i KFUM virkede godt."))
            #expect(try await lars.get("/implementation/plan").status == .ok)
            #expect(!(try await lars.get("/implementation/dialogue").text.contains("Registrér en runde")))
            #expect(try await lars.get("/implementation/dialogue/new").status == .forbidden)

            for email in ["volunteer@holstebro.demo", "association@holstebro.demo"] {
                var other = Browser(client)
                other.ip = "192.0.2.\(email.count)"
                try await other.login(email)
                #expect(try await other.get("/implementation").status == .forbidden)
                #expect(!(try await other.get("/").text.contains("href=\"/implementation\"")))
            }
        }
        let holstebro = try #require(try await app.repos.municipalities.find(slug: "holstebro"))
        let progress = try await app.repos.implementation.progress(of: "3.1-rec-3.1.7-involve-parents", in: holstebro.id)
        #expect(progress?.status == .inProgress, "unchanged by the refused post")
    }

    @Test func anotherMunicipalitysWorkspaceIsInvisible() async throws {
        let app = try TestApp()
        try await app.test { client in
            var sofie = Browser(client)
            try await sofie.login("coordinator@svendborg.demo")
            #expect(try await sofie.get("/implementation/items/own-1").status == .notFound)
            #expect(try await sofie.get("/implementation/meetings/1").status == .notFound)
            let overview = try await sofie.get("/implementation")
            #expect(overview.text.contains("I arbejder nu i <strong>Fase 1: Parat</strong>"))
            #expect(overview.text.contains("Styregruppens kvartalsmøde skulle have været holdt senest"), "Svendborg's rhythm has slipped")
            #expect(!overview.text.contains("Mette Kjær") && !overview.text.contains("Frivilligcenter Holstebro"))
            let phase = try await sofie.get("/implementation/phases/phase-3")
            #expect(!phase.text.contains("Aftal betalingsgang med de fem største idrætsforeninger"), "Holstebro's own item")
        }
    }

    @Test func englishUsersGetTheCatalogueAndPagesInEnglish() async throws {
        let app = try TestApp()
        try await app.test { client in
            var lars = Browser(client)
            try await lars.login("caseworker@holstebro.demo")
            #expect(try await lars.post("/account/language", [("language", "en")]).status == .seeOther)
            let overview = try await lars.get("/implementation")
            #expect(overview.text.contains("Implementing the leisure pass") && overview.text.contains("Phase 3: Active implementation"))
            let item = try await lars.get("/implementation/items/3.1-q-supporting-clubs")
            #expect(item.text.contains("How might we support the clubs better?"))
            #expect(item.text.contains("Implementation question"))
            let dialogue = try await lars.get("/implementation/dialogue")
            #expect(dialogue.text.contains("Monitoring") && dialogue.text.contains("Major barrier"))
        }
    }

    @Test func theAdminSeesProgressAcrossMunicipalitiesWithoutNamesOrNotes() async throws {
        let app = try TestApp()
        try await app.test { client in
            var admin = Browser(client)
            try await admin.login(DemoData.adminEmail)
            #expect(try await admin.get("/implementation").status == .forbidden)
            let page = try await admin.get("/admin/implementation")
            #expect(page.status == .ok)
            #expect(page.text.contains("Holstebro Kommune") && page.text.contains("Svendborg Kommune"))
            #expect(page.text.contains("100 %"), "Holstebro's phase 1")
            #expect(page.text.contains("Fase 3: Aktiv implementering") && page.text.contains("Fase 1: Parat"))
            for secret in ["Mette Kjær", "Lars Nørgaard", "Sofie Lund", "Frivilligcenter", "Møde med chefen", "Aftal betalingsgang", "BROEN"] {
                #expect(!page.text.contains(secret), "\(secret) must not be on the admin's overview")
            }
        }
    }
}
