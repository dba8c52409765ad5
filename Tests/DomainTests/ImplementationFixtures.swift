import Domain
import Foundation

/// A small catalogue in the shape of the real one: two phases, three steps, a start-up checklist.
enum CatalogueFixture {
    static func text(_ s: String) -> LocalizedText { LocalizedText(da: s, en: s + " (en)") }

    static func item(_ key: String, _ kind: ImplementationCatalogue.ItemKind? = .question) -> ImplementationCatalogue.Item {
        ImplementationCatalogue.Item(key: key, kind: kind, text: text("Punkt \(key)"), source: "Fase \(key.prefix(3))")
    }

    static func catalogue(version: Int = 1, step11: [String] = ["1.1-a", "1.1-b", "1.1-c"]) -> ImplementationCatalogue {
        ImplementationCatalogue(
            version: version,
            phases: [
                .init(key: "phase-1", number: "1", title: text("Parat"), summary: text("Klar"), steps: [
                    .init(key: "step-1.1", number: "1.1", title: text("Kontekst"), summary: text("…"), items: step11.map { item($0) }),
                    .init(key: "step-1.2", number: "1.2", title: text("Kapacitet"), summary: text("…"), items: [item("1.2-a"), item("1.2-b", .tool)]),
                ]),
                .init(key: "phase-2", number: "2", title: text("Organisering"), summary: text("…"), steps: [
                    .init(key: "step-2.1", number: "2.1", title: text("Organisation"), summary: text("…"), items: [item("2.1-a", .recommendation)]),
                ]),
            ],
            startupChecklist: [item("startup-a", nil), item("startup-b", nil)],
            implementationPlan: .init(preparation: [.init(key: "plan-prep-a", text: text("Spørgsmål A"), source: "Værktøj 5")],
                                      operation: [.init(key: "plan-op-a", text: text("Spørgsmål B"), source: "Værktøj 5")]),
            dialogueTool: [.init(key: "theme-process", title: text("Proces"), factors: [
                .init(key: "factor-a", title: text("Faktor A"), description: text("…"), questions: [text("?")], source: "Bilag 4"),
                .init(key: "factor-b", title: text("Faktor B"), description: text("…"), questions: [text("?")], source: "Bilag 4"),
            ])],
            documentationPlanTemplate: [["what": text("Antal pas"), "how": text("Skema"), "who": text("Koordinator"), "when": text("Løbende")]],
            communicationPlanTemplate: [])
    }

    static func progress(_ key: String, _ status: ItemStatus, deadline: LocalDate? = nil) -> (String, ItemProgress) {
        (key, ItemProgress(itemKey: key, status: status, notRelevantReason: status == .notRelevant ? "Passer ikke" : nil, deadline: deadline))
    }
}

extension LocalDate {
    static func d(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }
}
