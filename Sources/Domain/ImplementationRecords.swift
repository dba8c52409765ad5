import Foundation

public typealias TestRoundID = Identifier<TestRound>
public typealias PlanTableRowID = Identifier<PlanTableRow>
public typealias WorkspaceCommentID = Identifier<WorkspaceComment>

/// A round in which the municipality tries a version of its scheme (the 2022 maturation
/// programme tries versions 1.0, 2.0 and 3.0 in turn), so it can show how the scheme evolved.
public struct TestRound: Sendable, Equatable, Identifiable {
    public var id: TestRoundID
    public var version: String
    public var startsOn: LocalDate
    public var endsOn: LocalDate?
    /// What changed from the previous version.
    public var changes: String?
    public var learnings: String?
    public var updatedByName: String?
    public var updatedAt: Date

    public init(id: TestRoundID, version: String, startsOn: LocalDate, endsOn: LocalDate?, changes: String?,
                learnings: String?, updatedByName: String?, updatedAt: Date) {
        self.id = id
        self.version = version
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.changes = changes
        self.learnings = learnings
        self.updatedByName = updatedByName
        self.updatedAt = updatedAt
    }

    public func isOngoing(today: LocalDate) -> Bool {
        startsOn <= today && (endsOn.map { $0 >= today } ?? true)
    }
}

public struct TestRoundDraft: Sendable, Equatable {
    public var version: String
    public var startsOn: LocalDate
    public var endsOn: LocalDate?
    public var changes: String?
    public var learnings: String?

    public init(version: String, startsOn: LocalDate, endsOn: LocalDate?, changes: String?, learnings: String?) {
        self.version = version
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.changes = changes
        self.learnings = learnings
    }

    public static func validate(version: String?, startsOn: String?, endsOn: String?, changes: String?,
                                learnings: String?) -> Result<TestRoundDraft, ValidationErrors> {
        var errors = ValidationErrors()
        let version = Text.trimmed(version)
        if version.isEmpty { errors.add("version", "impl.err.round.version.required") }
        else if version.count > 20 { errors.add("version", "impl.err.tooLong", ["20"]) }
        let start = WorkspaceInput.date(startsOn, field: "startsOn", required: true, errors: &errors)
        let end = WorkspaceInput.date(endsOn, field: "endsOn", errors: &errors)
        if let start, let end, end < start { errors.add("endsOn", "impl.err.round.endsOn.beforeStart") }
        let changes = WorkspaceInput.text(changes, field: "changes", max: 5000, errors: &errors)
        let learnings = WorkspaceInput.text(learnings, field: "learnings", max: 5000, errors: &errors)
        guard errors.isEmpty, let start else { return .failure(errors) }
        return .success(TestRoundDraft(version: version, startsOn: start, endsOn: end, changes: changes, learnings: learnings))
    }
}

/// The two editable tables of appendix 3: the documentation plan (what / how / by whom / when)
/// and the communication plan (stakeholder / what information / how / when).
public enum PlanTableKind: String, Codable, Sendable, CaseIterable {
    case documentation, communication

    /// Column keys: form field names and keys of the catalogue's example rows.
    public var columns: [String] {
        switch self {
        case .documentation: ["what", "how", "who", "when"]
        case .communication: ["stakeholder", "information", "how", "when"]
        }
    }
}

public struct PlanTableRow: Sendable, Equatable, Identifiable {
    public var id: PlanTableRowID
    public var kind: PlanTableKind
    /// One cell per column, in `kind.columns` order.
    public var cells: [String]
    public var updatedByName: String?
    public var updatedAt: Date

    public init(id: PlanTableRowID, kind: PlanTableKind, cells: [String], updatedByName: String?, updatedAt: Date) {
        self.id = id
        self.kind = kind
        self.cells = cells
        self.updatedByName = updatedByName
        self.updatedAt = updatedAt
    }
}

public struct PlanTableRowDraft: Sendable, Equatable {
    public var cells: [String]

    public init(cells: [String]) {
        self.cells = cells
    }

    /// The first column names the row and is required; the others may be filled in later.
    public static func validate(_ kind: PlanTableKind, values: [String: String?]) -> Result<PlanTableRowDraft, ValidationErrors> {
        var errors = ValidationErrors()
        var cells: [String] = []
        for (index, column) in kind.columns.enumerated() {
            let value = Text.trimmed(values[column] ?? nil)
            if index == 0 && value.isEmpty { errors.add(column, "impl.err.table.\(kind.rawValue).required") }
            if value.count > 1000 { errors.add(column, "impl.err.tooLong", ["1000"]) }
            cells.append(value)
        }
        return errors.isEmpty ? .success(PlanTableRowDraft(cells: cells)) : .failure(errors)
    }
}

/// A comment on an item or a plan question. Caseworkers can read the workspace and comment.
public struct WorkspaceComment: Sendable, Equatable, Identifiable {
    public var id: WorkspaceCommentID
    /// An item key or `plan:<question key>`.
    public var subject: String
    public var authorName: String?
    public var body: String
    public var createdAt: Date

    public init(id: WorkspaceCommentID, subject: String, authorName: String?, body: String, createdAt: Date) {
        self.id = id
        self.subject = subject
        self.authorName = authorName
        self.body = body
        self.createdAt = createdAt
    }

    public static func validate(body: String?) -> Result<String, ValidationErrors> {
        let body = Text.trimmed(body)
        if body.isEmpty { return .failure(ValidationErrors("comment", "impl.err.comment.required")) }
        if body.count > 2000 { return .failure(ValidationErrors("comment", "impl.err.tooLong", ["2000"])) }
        return .success(body)
    }

    public static func planSubject(_ questionKey: String) -> String { "plan:" + questionKey }
}

/// One line of "what changed recently" on the overview.
public struct WorkspaceActivity: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case item, plan, meeting, dialogue, testRound = "test_round", comment, table
    }

    public var kind: Kind
    /// An item or question key, or a row id, depending on `kind`.
    public var subject: String
    public var byName: String?
    public var at: Date

    public init(kind: Kind, subject: String, byName: String?, at: Date) {
        self.kind = kind
        self.subject = subject
        self.byName = byName
        self.at = at
    }
}

/// A municipality's checklist without names or notes: what the admin's cross-municipality
/// overview is built from.
public struct AnonymousChecklist: Sendable, Equatable {
    public var municipalityID: MunicipalityID
    public var statuses: [String: ItemStatus]
    public var deadlines: [String: LocalDate]
    /// Own items: key and section only, never their text.
    public var customItemSections: [String: String]
    public var lastChangedAt: Date?

    public init(municipalityID: MunicipalityID, statuses: [String: ItemStatus] = [:], deadlines: [String: LocalDate] = [:],
                customItemSections: [String: String] = [:], lastChangedAt: Date? = nil) {
        self.municipalityID = municipalityID
        self.statuses = statuses
        self.deadlines = deadlines
        self.customItemSections = customItemSections
        self.lastChangedAt = lastChangedAt
    }

    /// The same numbers as the municipality's own overview.
    public func checklist(_ catalogue: ImplementationCatalogue) -> Checklist {
        let progress = Dictionary(uniqueKeysWithValues: statuses.map { key, status in
            (key, ItemProgress(itemKey: key, status: status, deadline: deadlines[key]))
        })
        let custom = customItemSections.compactMap { key, section in
            CustomItem.id(fromKey: key).map { CustomItem(id: $0, sectionKey: section, text: "", createdByName: nil, createdAt: .distantPast) }
        }.sorted { $0.id < $1.id }
        return Checklist(catalogue: catalogue, state: ChecklistState(progress: progress, customItems: custom))
    }
}
