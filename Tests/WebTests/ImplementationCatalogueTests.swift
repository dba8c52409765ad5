import Demo
import Domain
import Foundation
import Testing
@testable import Web

/// The catalogue shipped with the app: it loads, it is complete against the source sections,
/// and every item names its source and has both languages.
@Suite struct ImplementationCatalogueTests {
    @Test func theBundledCatalogueLoadsAndHasNoProblems() throws {
        let catalogue = try ImplementationCatalogue.bundled()
        #expect(catalogue.version >= 1)
        #expect(catalogue.problems() == [])
    }

    @Test func everyItemHasASourceReferenceAndBothLanguages() throws {
        let catalogue = try ImplementationCatalogue.bundled()
        let items = catalogue.sections.flatMap(\.items)
        #expect(items.count > 80)
        for item in items {
            #expect(!item.source.trimmingCharacters(in: .whitespaces).isEmpty, "\(item.key) has no source")
            #expect(item.source.hasPrefix("Fase") || item.source.hasPrefix("Bilag"), "\(item.key): \(item.source)")
            #expect(!item.text.da.isEmpty && !item.text.en.isEmpty && item.text.da != item.text.en, "\(item.key) needs Danish and English")
        }
        for question in catalogue.planQuestions {
            #expect(question.source.hasPrefix("Værktøj 5") && !question.text.da.isEmpty && !question.text.en.isEmpty, "\(question.key)")
        }
        for factor in catalogue.dialogueFactors {
            #expect(factor.source.hasPrefix("Bilag 4") && !factor.title.en.isEmpty, "\(factor.key)")
            #expect(factor.questions.allSatisfy { !$0.da.isEmpty && !$0.en.isEmpty }, "\(factor.key)")
        }
    }

    @Test func theCatalogueIsCompleteAgainstTheSourceSections() throws {
        let catalogue = try ImplementationCatalogue.bundled()
        #expect(catalogue.phases.map(\.key) == ["phase-1", "phase-2", "phase-3", "phase-4"])
        #expect(catalogue.phases.map { $0.steps.map(\.number) } == [["1.1", "1.2"], ["2.1", "2.2"], ["3.1", "3.2"], ["4.1"]])
        for step in catalogue.phases.flatMap(\.steps) {
            let kinds = Set(step.items.compactMap(\.kind))
            #expect(kinds == [.question, .tool, .recommendation], "\(step.number) needs questions, tools and recommendations")
        }
        // Every municipal experience of the 2017 guide ("Erfaring 1.1.1" … "Erfaring 4.1") is an item.
        let experiences = ["1.1.1", "1.1.2", "1.2.1", "1.2.2", "1.2.3", "2.1.1", "2.2.1", "2.2.2", "3.1.1", "3.1.2", "3.1.3", "3.1.4",
                           "3.1.5", "3.1.6", "3.1.7", "3.2.1", "3.2.2", "4.1"]
        let sources = catalogue.sections.flatMap(\.items).map(\.source)
        for number in experiences {
            #expect(sources.contains { $0.hasSuffix("Erfaring \(number)") }, "Erfaring \(number) is missing")
        }
        #expect(catalogue.startupChecklist.count == 6, "appendix 1: team, package, leadership meeting, three interviews")
        #expect(catalogue.implementationPlan.preparation.count == 12 && catalogue.implementationPlan.operation.count == 11, "tool 5")
        #expect(catalogue.dialogueTool.map(\.key) == ["theme-process", "theme-staff", "theme-organisation"])
        #expect(catalogue.dialogueFactors.count == 10, "appendix 4 has ten factors")
        #expect(catalogue.documentationPlanTemplate.count >= 5 && catalogue.communicationPlanTemplate.count >= 4)
    }

    @Test func theDemoDataRefersOnlyToKeysOfTheCatalogue() throws {
        let catalogue = try ImplementationCatalogue.bundled()
        let itemKeys = Set(catalogue.sections.flatMap(\.items).map(\.key))
        for (group, keys) in DemoData.implementationKeys {
            let known: Set<String> = switch group {
            case "plan": Set(catalogue.planQuestions.map(\.key))
            case "factors": Set(catalogue.dialogueFactors.map(\.key))
            default: itemKeys
            }
            #expect(Set(keys).isSubset(of: known), "\(group): \(Set(keys).subtracting(known).sorted())")
        }
    }
}
