import Foundation

public typealias CustomItemID = Identifier<CustomItem>

/// Where a municipality stands on one checklist item.
public enum ItemStatus: String, Codable, Sendable, CaseIterable {
    case notStarted = "not_started"
    case inProgress = "in_progress"
    case done
    /// Does not apply to this municipality (with a reason); left out of the progress.
    case notRelevant = "not_relevant"
}

/// A municipality's work on one item, referring to the item by its stable key.
public struct ItemProgress: Sendable, Equatable {
    public var itemKey: String
    public var status: ItemStatus
    public var notRelevantReason: String?
    public var responsibleUserID: UserID?
    /// The responsible user's name, read with the row.
    public var responsibleUserName: String?
    /// Someone without a user account, e.g. "Skolelederen på Sønderlandsskolen".
    public var responsibleText: String?
    public var deadline: LocalDate?
    public var note: String?
    /// Links or references to documents, one per line.
    public var evidence: String?
    public var updatedByName: String?
    public var updatedAt: Date?

    public init(itemKey: String, status: ItemStatus = .notStarted, notRelevantReason: String? = nil,
                responsibleUserID: UserID? = nil, responsibleUserName: String? = nil, responsibleText: String? = nil,
                deadline: LocalDate? = nil, note: String? = nil, evidence: String? = nil,
                updatedByName: String? = nil, updatedAt: Date? = nil) {
        self.itemKey = itemKey
        self.status = status
        self.notRelevantReason = notRelevantReason
        self.responsibleUserID = responsibleUserID
        self.responsibleUserName = responsibleUserName
        self.responsibleText = responsibleText
        self.deadline = deadline
        self.note = note
        self.evidence = evidence
        self.updatedByName = updatedByName
        self.updatedAt = updatedAt
    }

    /// Who answers for the item, as shown: the user, the free text, or both.
    public var responsible: String? {
        switch (responsibleUserName, responsibleText) {
        case let (user?, text?): "\(user) (\(text))"
        case let (user?, nil): user
        case let (nil, text?): text
        default: nil
        }
    }

    /// An open item whose deadline has passed. Done and not-relevant items are never overdue.
    public func isOverdue(today: LocalDate) -> Bool {
        guard let deadline, status == .notStarted || status == .inProgress else { return false }
        return deadline < today
    }

    /// The evidence lines; `http(s)` lines are shown as links.
    public var evidenceLines: [String] {
        (evidence ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// What a coordinator submits for an item.
public struct ItemProgressDraft: Sendable, Equatable {
    public var status: ItemStatus
    public var notRelevantReason: String?
    public var responsibleUserID: UserID?
    public var responsibleText: String?
    public var deadline: LocalDate?
    public var note: String?
    public var evidence: String?

    public init(status: ItemStatus, notRelevantReason: String? = nil, responsibleUserID: UserID? = nil,
                responsibleText: String? = nil, deadline: LocalDate? = nil, note: String? = nil, evidence: String? = nil) {
        self.status = status
        self.notRelevantReason = notRelevantReason
        self.responsibleUserID = responsibleUserID
        self.responsibleText = responsibleText
        self.deadline = deadline
        self.note = note
        self.evidence = evidence
    }

    /// `users` are the ids a responsible user may be chosen from (the municipality's staff).
    public static func validate(status: String?, reason: String?, responsibleUser: String?, users: Set<UserID>,
                                responsibleText: String?, deadline: String?, note: String?,
                                evidence: String?) -> Result<ItemProgressDraft, ValidationErrors> {
        var errors = ValidationErrors()
        let status = status.flatMap(ItemStatus.init(rawValue:))
        if status == nil { errors.add("status", "impl.err.status.required") }
        let reason = Text.optional(reason)
        if status == .notRelevant && reason == nil { errors.add("reason", "impl.err.reason.required") }
        if let reason, reason.count > 1000 { errors.add("reason", "impl.err.tooLong", ["1000"]) }
        var userID: UserID?
        if let raw = Text.optional(responsibleUser) {
            userID = UserID(raw)
            if userID == nil || !users.contains(userID!) { errors.add("responsibleUser", "impl.err.responsibleUser.invalid") }
        }
        let text = Text.optional(responsibleText)
        if let text, text.count > 100 { errors.add("responsibleText", "impl.err.tooLong", ["100"]) }
        let date = WorkspaceInput.date(deadline, field: "deadline", errors: &errors)
        let note = WorkspaceInput.text(note, field: "note", max: 2000, errors: &errors)
        let evidence = WorkspaceInput.text(evidence, field: "evidence", max: 2000, errors: &errors)
        guard errors.isEmpty, let status else { return .failure(errors) }
        return .success(ItemProgressDraft(status: status, notRelevantReason: status == .notRelevant ? reason : nil,
                                          responsibleUserID: userID, responsibleText: text, deadline: date,
                                          note: note, evidence: evidence))
    }
}

/// An item a municipality added under one of the sections. Its key is `own-<id>`.
public struct CustomItem: Sendable, Equatable, Identifiable {
    public static let keyPrefix = "own-"

    public var id: CustomItemID
    public var sectionKey: String
    public var text: String
    public var createdByName: String?
    public var createdAt: Date

    public init(id: CustomItemID, sectionKey: String, text: String, createdByName: String?, createdAt: Date) {
        self.id = id
        self.sectionKey = sectionKey
        self.text = text
        self.createdByName = createdByName
        self.createdAt = createdAt
    }

    public var key: String { Self.key(id) }

    public static func key(_ id: CustomItemID) -> String { keyPrefix + id.description }

    /// The id in an `own-<id>` key, nil for catalogue keys.
    public static func id(fromKey key: String) -> CustomItemID? {
        guard key.hasPrefix(keyPrefix) else { return nil }
        return CustomItemID(String(key.dropFirst(keyPrefix.count)))
    }

    public static func validate(text: String?) -> Result<String, ValidationErrors> {
        let text = Text.trimmed(text)
        if text.isEmpty { return .failure(ValidationErrors("text", "impl.err.customItem.text.required")) }
        if text.count > 500 { return .failure(ValidationErrors("text", "impl.err.tooLong", ["500"])) }
        return .success(text)
    }
}

/// A municipality's checklist: the catalogue's items plus its own, with its progress.
public struct ChecklistState: Sendable, Equatable {
    public var progress: [String: ItemProgress]
    public var customItems: [CustomItem]

    public init(progress: [String: ItemProgress] = [:], customItems: [CustomItem] = []) {
        self.progress = progress
        self.customItems = customItems
    }

    public func status(of key: String) -> ItemStatus {
        progress[key]?.status ?? .notStarted
    }
}

/// An item as the checklist shows it, whether from the catalogue or the municipality's own.
public struct ChecklistEntry: Sendable, Equatable {
    public var key: String
    public var kind: ImplementationCatalogue.ItemKind
    /// Catalogue items have both languages; a municipality's own item is as typed.
    public var text: LocalizedText
    public var source: String?
    public var sectionKey: String
    public var phaseKey: String
}

public struct SectionProgress: Sendable, Equatable {
    public var section: ChecklistSection
    public var entries: [ChecklistEntry]
    public var done: Int
    public var inProgress: Int
    public var notRelevant: Int
    public var total: Int

    /// Items that count: everything except what was marked not relevant.
    public var relevant: Int { total - notRelevant }
    public var percent: Int? { Checklist.percent(done, of: relevant) }
}

public struct PhaseProgress: Sendable, Equatable {
    public var phase: ImplementationCatalogue.Phase
    public var sections: [SectionProgress]

    public var done: Int { sections.reduce(0) { $0 + $1.done } }
    public var inProgress: Int { sections.reduce(0) { $0 + $1.inProgress } }
    public var relevant: Int { sections.reduce(0) { $0 + $1.relevant } }
    public var percent: Int? { Checklist.percent(done, of: relevant) }
    public var hasActivity: Bool { done + inProgress > 0 }
}

/// The checklist of one municipality against one catalogue version.
///
/// Progress rows for keys the catalogue no longer has are kept in storage but not counted;
/// catalogue items without a row are simply "not started". That is what keeps answers across
/// catalogue versions.
public struct Checklist: Sendable {
    public let catalogue: ImplementationCatalogue
    public let state: ChecklistState

    public init(catalogue: ImplementationCatalogue, state: ChecklistState) {
        self.catalogue = catalogue
        self.state = state
    }

    public static func percent(_ part: Int, of whole: Int) -> Int? {
        whole == 0 ? nil : Int((Double(part) * 100 / Double(whole)).rounded(.down))
    }

    public func entries(in section: ChecklistSection) -> [ChecklistEntry] {
        section.items.map {
            ChecklistEntry(key: $0.key, kind: $0.kind ?? .task, text: $0.text, source: $0.source,
                           sectionKey: section.key, phaseKey: section.phaseKey)
        } + state.customItems.filter { $0.sectionKey == section.key }.map {
            ChecklistEntry(key: $0.key, kind: .own, text: LocalizedText(da: $0.text, en: $0.text), source: nil,
                           sectionKey: section.key, phaseKey: section.phaseKey)
        }
    }

    public var phases: [PhaseProgress] {
        let sections = catalogue.sections
        return catalogue.phases.map { phase in
            PhaseProgress(phase: phase, sections: sections.filter { $0.phaseKey == phase.key }.map(progress(of:)))
        }
    }

    public func progress(of section: ChecklistSection) -> SectionProgress {
        let entries = entries(in: section)
        let statuses = entries.map { state.status(of: $0.key) }
        return SectionProgress(section: section, entries: entries,
                               done: statuses.filter { $0 == .done }.count,
                               inProgress: statuses.filter { $0 == .inProgress }.count,
                               notRelevant: statuses.filter { $0 == .notRelevant }.count,
                               total: entries.count)
    }

    public var allEntries: [ChecklistEntry] {
        catalogue.sections.flatMap(entries(in:))
    }

    public func entry(_ key: String) -> ChecklistEntry? {
        allEntries.first { $0.key == key }
    }

    /// Open items past their deadline, the oldest deadline first.
    public func overdue(today: LocalDate) -> [(entry: ChecklistEntry, progress: ItemProgress)] {
        allEntries.compactMap { entry in
            guard let progress = state.progress[entry.key], progress.isOverdue(today: today) else { return nil }
            return (entry, progress)
        }.sorted { ($0.progress.deadline!, $0.entry.key) < ($1.progress.deadline!, $1.entry.key) }
    }

    /// The phase the municipality works in now: the furthest phase in which anything is done
    /// (QIF phases overlap, so earlier phases may still be open and a later one may have begun).
    /// Phase 1 while nothing is done.
    public var currentPhase: PhaseProgress? {
        let all = phases
        return all.last(where: { $0.done > 0 }) ?? all.first
    }
}
