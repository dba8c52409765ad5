import Foundation

/// A text in both product languages. The catalogue ships both; the page picks one.
public struct LocalizedText: Codable, Sendable, Equatable {
    public var da: String
    public var en: String

    public init(da: String, en: String) {
        self.da = da
        self.en = en
    }

    public func callAsFunction(_ language: Language) -> String {
        language == .en ? en : da
    }
}

/// The implementation catalogue: the four QIF phases as the 2017 guide *Kom godt i gang med en
/// fritidspasordning* adapts them, the start-up checklist (appendix 1), tool 5's plan questions,
/// the dialogue tool (appendix 4) and the example plans (appendix 3).
///
/// It is versioned data shipped with the app (`Resources/implementation-catalogue.json`). A
/// municipality's answers refer to the stable `key`s, never to positions, so a new version can
/// add, reword or drop items without losing anyone's work.
public struct ImplementationCatalogue: Codable, Sendable, Equatable {
    public enum ItemKind: String, Codable, Sendable, CaseIterable {
        case question, tool, recommendation
        /// A to-do of the start-up package checklist.
        case task
        /// An item a municipality added itself.
        case own
    }

    public struct Item: Codable, Sendable, Equatable {
        public var key: String
        /// Absent for the start-up checklist, whose entries are tasks.
        public var kind: ItemKind?
        public var text: LocalizedText
        /// Where in the source documents the item comes from, e.g. "Fase 3.1, Erfaring 3.1.6".
        public var source: String

        public init(key: String, kind: ItemKind?, text: LocalizedText, source: String) {
            self.key = key
            self.kind = kind
            self.text = text
            self.source = source
        }
    }

    public struct Step: Codable, Sendable, Equatable {
        public var key: String
        public var number: String
        public var title: LocalizedText
        public var summary: LocalizedText
        public var items: [Item]

        public init(key: String, number: String, title: LocalizedText, summary: LocalizedText, items: [Item]) {
            self.key = key
            self.number = number
            self.title = title
            self.summary = summary
            self.items = items
        }
    }

    public struct Phase: Codable, Sendable, Equatable {
        public var key: String
        public var number: String
        public var title: LocalizedText
        public var summary: LocalizedText
        public var steps: [Step]

        public init(key: String, number: String, title: LocalizedText, summary: LocalizedText, steps: [Step]) {
            self.key = key
            self.number = number
            self.title = title
            self.summary = summary
            self.steps = steps
        }
    }

    public struct PlanQuestion: Codable, Sendable, Equatable {
        public var key: String
        public var text: LocalizedText
        public var source: String

        public init(key: String, text: LocalizedText, source: String) {
            self.key = key
            self.text = text
            self.source = source
        }
    }

    /// Tool 5 has questions for the preparation phase and for the operation phase.
    public struct PlanQuestions: Codable, Sendable, Equatable {
        public var preparation: [PlanQuestion]
        public var operation: [PlanQuestion]

        public init(preparation: [PlanQuestion], operation: [PlanQuestion]) {
            self.preparation = preparation
            self.operation = operation
        }
    }

    public struct DialogueFactor: Codable, Sendable, Equatable {
        public var key: String
        public var title: LocalizedText
        public var description: LocalizedText
        public var questions: [LocalizedText]
        public var source: String

        public init(key: String, title: LocalizedText, description: LocalizedText, questions: [LocalizedText], source: String) {
            self.key = key
            self.title = title
            self.description = description
            self.questions = questions
            self.source = source
        }
    }

    public struct DialogueTheme: Codable, Sendable, Equatable {
        public var key: String
        public var title: LocalizedText
        public var factors: [DialogueFactor]

        public init(key: String, title: LocalizedText, factors: [DialogueFactor]) {
            self.key = key
            self.title = title
            self.factors = factors
        }
    }

    public var version: Int
    public var phases: [Phase]
    public var startupChecklist: [Item]
    public var implementationPlan: PlanQuestions
    public var dialogueTool: [DialogueTheme]
    /// Rows keyed by the table's column keys (`PlanTableKind.columns`).
    public var documentationPlanTemplate: [[String: LocalizedText]]
    public var communicationPlanTemplate: [[String: LocalizedText]]

    public init(version: Int, phases: [Phase], startupChecklist: [Item], implementationPlan: PlanQuestions,
                dialogueTool: [DialogueTheme], documentationPlanTemplate: [[String: LocalizedText]],
                communicationPlanTemplate: [[String: LocalizedText]]) {
        self.version = version
        self.phases = phases
        self.startupChecklist = startupChecklist
        self.implementationPlan = implementationPlan
        self.dialogueTool = dialogueTool
        self.documentationPlanTemplate = documentationPlanTemplate
        self.communicationPlanTemplate = communicationPlanTemplate
    }

    public static func decode(from data: Data) throws -> ImplementationCatalogue {
        try JSONDecoder().decode(ImplementationCatalogue.self, from: data)
    }

    /// The key of the section holding the start-up checklist. It belongs to phase 1, after
    /// step 1.1, whose first tool is the start-up package.
    public static let startupSectionKey = "startup"

    /// Every checklist section in order: the steps of each phase, with the start-up checklist
    /// after step 1.1.
    public var sections: [ChecklistSection] {
        phases.flatMap { phase in
            phase.steps.flatMap { step -> [ChecklistSection] in
                let section = ChecklistSection(key: step.key, number: step.number, phaseKey: phase.key,
                                               title: step.title, summary: step.summary, items: step.items)
                guard step.key == phases.first?.steps.first?.key else { return [section] }
                let startup = ChecklistSection(key: Self.startupSectionKey, number: step.number, phaseKey: phase.key,
                                               title: nil, summary: nil,
                                               items: startupChecklist.map { var i = $0; i.kind = i.kind ?? .task; return i })
                return [section, startup]
            }
        }
    }

    public func phase(_ key: String) -> Phase? {
        phases.first { $0.key == key }
    }

    public var planQuestions: [PlanQuestion] {
        implementationPlan.preparation + implementationPlan.operation
    }

    public func planQuestion(_ key: String) -> PlanQuestion? {
        planQuestions.first { $0.key == key }
    }

    public var dialogueFactors: [DialogueFactor] {
        dialogueTool.flatMap(\.factors)
    }

    public func template(_ kind: PlanTableKind) -> [[String: LocalizedText]] {
        kind == .documentation ? documentationPlanTemplate : communicationPlanTemplate
    }

    /// What is wrong with the catalogue's content; empty when it may ship. The server refuses to
    /// start with a broken catalogue, and a test runs this on the bundled file.
    public func problems() -> [String] {
        var problems: [String] = []
        var seen = Set<String>()
        func text(_ t: LocalizedText, _ context: String) {
            if t.da.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("\(context): Danish text missing") }
            if t.en.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("\(context): English text missing") }
        }
        func key(_ key: String) {
            if key.isEmpty || key.hasPrefix(CustomItem.keyPrefix) || key.contains("/") || key.contains(" ") {
                problems.append("\(key): keys must be non-empty, without spaces or slashes, and not start with \(CustomItem.keyPrefix)")
            }
            if !seen.insert(key).inserted { problems.append("\(key): duplicate key") }
        }
        if phases.count != 4 { problems.append("expected four phases, found \(phases.count)") }
        for phase in phases {
            key(phase.key)
            text(phase.title, phase.key)
            if phase.steps.isEmpty { problems.append("\(phase.key): no steps") }
            for step in phase.steps {
                key(step.key)
                text(step.title, step.key)
                if step.items.isEmpty { problems.append("\(step.key): no items") }
                for item in step.items {
                    key(item.key)
                    text(item.text, item.key)
                    if item.kind == nil { problems.append("\(item.key): kind missing") }
                    if item.source.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("\(item.key): source missing") }
                }
            }
        }
        for item in startupChecklist {
            key(item.key)
            text(item.text, item.key)
            if item.source.isEmpty { problems.append("\(item.key): source missing") }
        }
        for question in planQuestions {
            key(question.key)
            text(question.text, question.key)
            if question.source.isEmpty { problems.append("\(question.key): source missing") }
        }
        for theme in dialogueTool {
            key(theme.key)
            text(theme.title, theme.key)
            for factor in theme.factors {
                key(factor.key)
                text(factor.title, factor.key)
                text(factor.description, factor.key)
                if factor.questions.isEmpty { problems.append("\(factor.key): no questions") }
                factor.questions.forEach { text($0, factor.key) }
                if factor.source.isEmpty { problems.append("\(factor.key): source missing") }
            }
        }
        for kind in PlanTableKind.allCases {
            for (index, row) in template(kind).enumerated() {
                for column in kind.columns {
                    if let cell = row[column] { text(cell, "\(kind.rawValue) template row \(index + 1)") }
                    else { problems.append("\(kind.rawValue) template row \(index + 1): \(column) missing") }
                }
            }
        }
        return problems
    }
}

/// One group of checklist items: a sub-step (1.1, 1.2 …) or the start-up checklist.
public struct ChecklistSection: Sendable, Equatable {
    public var key: String
    public var number: String
    public var phaseKey: String
    /// Nil for the start-up checklist, which the web layer names from its text catalogue.
    public var title: LocalizedText?
    public var summary: LocalizedText?
    public var items: [ImplementationCatalogue.Item]

    public var isStartup: Bool { key == ImplementationCatalogue.startupSectionKey }
}
