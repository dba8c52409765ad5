import Domain
import Foundation

/// Writes the letter to the guardians for a decision, in the family's letter language: what was
/// decided, why (the ticked reason codes in plain words), what the pass covers and until when,
/// whom to contact, and how to appeal (the municipality's own klagevejledning).
struct LetterComposer {
    let texts: LetterTexts
    let language: String
    let municipality: Municipality
    let settings: LetterSettings

    init(texts: LetterTexts, language: String?, municipality: Municipality, settings: LetterSettings) {
        self.texts = texts
        self.language = texts.language(language)
        self.municipality = municipality
        self.settings = settings
    }

    private func t(_ key: String, _ arguments: String...) -> String {
        TextCatalogue.fill(texts.text(key, language), arguments)
    }

    func referral(_ decision: Decision, firstName: String, referredOn: LocalDate) -> LetterDraft {
        let scheme = municipality.schemeName
        var decided: [String] = [t("letter.referral.decision", municipality.name, firstName, scheme, referredOn.display)]
        switch decision.outcome {
        case .approve: decided.append(t("letter.referral.approve", firstName, decision.pass?.validFrom.display ?? "",
                                        decision.pass?.validTo.display ?? ""))
        case .reject: decided.append(t("letter.referral.reject", firstName))
        case .waitingList: decided.append(t("letter.referral.waiting_list", firstName))
        }
        var reasons = decision.reasons.map { t("letter.reason.\($0.rawValue)", firstName) }
        if decision.outcome == .approve && reasons.isEmpty { reasons.append(t("letter.reason.rules", firstName, scheme)) }
        if let note = decision.reason { reasons.append(t("letter.reason.note", note)) }
        var sections = [LetterSection(heading: nil, paragraphs: [t("letter.greeting", firstName)]),
                        LetterSection(heading: t("letter.heading.decision"), paragraphs: decided),
                        LetterSection(heading: t("letter.heading.reasons"), paragraphs: reasons)]
        if decision.outcome == .approve, let pass = decision.pass {
            sections.append(LetterSection(heading: t("letter.heading.covers"),
                                          paragraphs: covers(pass.cover).map { "– " + $0 } + [t("letter.referral.validity", pass.validTo.display)]))
        }
        return LetterDraft(language: language, title: t("letter.referral.title"), sections: sections + closing())
    }

    func grant(_ draft: GrantDraft, overrideReason: String?, firstName: String, activity: String, association: String) -> LetterDraft {
        let kind = t("letter.grant.kind.\(draft.kind.rawValue)")
        let reason = overrideReason.map { t("letter.grant.reason.override", $0) }
            ?? t("letter.grant.reason.rules", municipality.schemeName, firstName, kind)
        let sections = [
            LetterSection(heading: nil, paragraphs: [t("letter.greeting", firstName)]),
            LetterSection(heading: t("letter.heading.decision"), paragraphs: [
                t("letter.grant.decision", municipality.name, firstName),
                t("letter.grant.amount", draft.amount.display, kind, firstName, activity, association, draft.period.from.display,
                  draft.period.to.display),
                t("letter.grant.payment"),
            ]),
            LetterSection(heading: t("letter.heading.reasons"), paragraphs: [reason]),
        ]
        return LetterDraft(language: language, title: t("letter.grant.title"), sections: sections + closing())
    }

    func covers(_ cover: PassCover) -> [String] {
        [cover.guidance ? t("letter.cover.guidance") : nil, cover.fee ? t("letter.cover.fee") : nil, cover.equipment ? t("letter.cover.equipment") : nil]
            .compactMap { $0 }
    }

    var contact: String {
        settings.contact ?? [municipality.supportEmail, municipality.supportPhone].compactMap { $0 }.joined(separator: ", ")
    }

    private func closing() -> [LetterSection] {
        [LetterSection(heading: t("letter.heading.contact"), paragraphs: [t("letter.contact.intro"), contact]),
         LetterSection(heading: t("letter.heading.appeal"), paragraphs: (settings.appealGuidance ?? t("letter.appeal.default"))
            .components(separatedBy: "\n\n")),
         LetterSection(heading: nil, paragraphs: t("letter.signature", municipality.name).components(separatedBy: "\n"))]
    }
}
