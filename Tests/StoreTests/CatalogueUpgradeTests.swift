import Domain
import Foundation
import Store
import Testing

/// A municipality's answers refer to stable item keys, so a new catalogue version loses nothing.
@Suite struct CatalogueUpgradeTests {
    static func shippedCatalogue() throws -> ImplementationCatalogue {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/Web/Resources/implementation-catalogue.json").standardized
        return try ImplementationCatalogue.decode(from: Data(contentsOf: url))
    }

    @Test func loadingVersionTwoKeepsAnswersAndShowsTheNewItemAsNotStarted() async throws {
        let f = try await StoreFixture()
        let mette = try await f.addUser("mette@holstebro.dk", role: .coordinator)
        let repo = f.repos.implementation
        let v1 = try Self.shippedCatalogue()
        let step = v1.phases[0].steps[0]
        let kept = step.items[1].key
        let dropped = step.items[2].key
        for key in [kept, dropped] {
            try await repo.saveProgress(ItemProgressDraft(status: .done, note: "Afklaret på styregruppemødet"), of: key, by: mette.id,
                                        in: f.holstebro.id, audit: f.audit(.update, .implItem))
        }
        let before = Checklist(catalogue: v1, state: try await repo.checklist(in: f.holstebro.id)).progress(of: v1.sections[0])

        // Version 2, in memory: one item reworded, one removed, one added.
        var v2 = v1
        v2.version = 2
        v2.phases[0].steps[0].items.removeAll { $0.key == dropped }
        v2.phases[0].steps[0].items[1].text = LocalizedText(da: "Hvorfor har kommunen brug for fritidspas?", en: "Why does the municipality need leisure passes?")
        v2.phases[0].steps[0].items.append(.init(key: "1.1-q-new-in-v2", kind: .question,
                                                 text: LocalizedText(da: "Nyt spørgsmål", en: "New question"), source: "Fase 1.1"))
        #expect(v2.problems().isEmpty)

        let checklist = Checklist(catalogue: v2, state: try await repo.checklist(in: f.holstebro.id))
        let after = checklist.progress(of: v2.sections[0])
        #expect(checklist.state.progress[kept]?.status == .done)
        #expect(checklist.state.progress[kept]?.note == "Afklaret på styregruppemødet")
        #expect(checklist.entry(kept)?.text(.da) == "Hvorfor har kommunen brug for fritidspas?")
        #expect(checklist.state.status(of: "1.1-q-new-in-v2") == .notStarted)
        #expect(after.entries.contains { $0.key == "1.1-q-new-in-v2" })
        #expect(before.done == 2 && after.done == 1, "the removed item no longer counts")
        #expect(after.total == before.total, "one removed, one added")
        // The removed item's answer stays stored: a later version that brings it back finds it.
        #expect(try await repo.progress(of: dropped, in: f.holstebro.id)?.status == .done)
        #expect(Checklist(catalogue: v1, state: try await repo.checklist(in: f.holstebro.id)).progress(of: v1.sections[0]).done == 2)
    }
}
