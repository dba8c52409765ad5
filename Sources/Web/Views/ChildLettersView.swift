import Domain
import Foundation

extension ChildLettersView {
    static func make(child: ChildID, letters: [DecisionLetter], passes: [Pass], language: String, texts: LetterTexts, t: Texts)
        -> (ChildLettersView, [ChildPageView.TimelineEntry]) {
        let rows = letters.map { Row(title: $0.title, date: $0.decidedOn.display, href: Paths.letter.link($0.id)) }
        let cards = passes.map {
            Row(title: t("letters.card", $0.validTo.display), date: $0.grantedOn.display, href: Paths.passCard.link($0.id))
        }
        let form = FormBuilder(t, values: ["letterLanguage": texts.language(language)])
        let field = form.field("letterLanguage", label: "letters.language", hint: "letters.language.hint",
                               options: texts.languages.map { ($0, texts.name(of: $0)) })
        let timeline = letters.map {
            ChildPageView.TimelineEntry(date: $0.decidedOn.display, text: t("letters.timeline", $0.title), detail: nil,
                                        sortKey: $0.createdAt, href: Paths.letter.link($0.id))
        }
        return (ChildLettersView(letters: rows, hasLetters: !rows.isEmpty, cards: cards, hasCards: !cards.isEmpty,
                                 languageAction: Paths.childLetterLanguage.link(child), language: field), timeline)
    }
}
