import Domain
import Foundation
import Hummingbird

/// Decision letters as they were sent, the family's pass card (both printable on A4/A5, a PDF
/// by the browser), the club's look-up of a pass code, and the child's letter language.
struct LettersController {
    let repositories: Repositories
    let letterTexts: LetterTexts
    let renderer: Renderer
    let clock: Clock

    struct LanguageForm: Decodable {
        let letterLanguage: String?
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.letterShow) { _, context in try await letter(context) }
        routes.add(.passCard) { _, context in try await card(context) }
        routes.add(.portalPassLookup) { request, context in try await lookup(request, context) }
        routes.add(.childLetterLanguage) { request, context in try await setLanguage(request, context) }
    }

    /// The child, if the user may see them; 404 otherwise.
    private func child(_ id: ChildID, _ context: AppContext) async throws -> Child {
        guard let child = try await repositories.children.find(id, scope: AccessPolicy.scope(of: try context.requireUser()))
        else { throw AppError.notFound }
        return child
    }

    private func letter(_ context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let id = try context.parameters.require("id", as: LetterID.self)
        guard let letter = try await repositories.letters.find(id, in: try user.municipalityID()) else { throw AppError.notFound }
        let child = try await child(letter.childID, context)
        try await repositories.audit.record(try context.actor().audit(.view, .letter, letter.id))
        let view = LetterView(title: letter.title, lang: letter.language, municipality: user.municipality?.name ?? "",
                              date: letter.decidedOn.display,
                              sections: letter.sections.map { LetterView.Section(heading: $0.heading, paragraphs: $0.paragraphs) },
                              backHref: Paths.child.link(child.id) + "#letters")
        return try renderer.page(view, title: letter.title, context: context)
    }

    private func card(_ context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let id = try context.parameters.require("id", as: PassID.self)
        guard let card = try await repositories.letters.card(id, in: try user.municipalityID()) else { throw AppError.notFound }
        _ = try await child(card.childID, context)
        try await repositories.audit.record(try context.actor().audit(.view, .pass, card.passID, detail: "card"))
        let language = letterTexts.language(card.letterLanguage)
        func t(_ key: String) -> String { letterTexts.text(key, language) }
        let composer = LetterComposer(texts: letterTexts, language: language, municipality: user.municipality!,
                                      settings: LetterSettings(contact: card.contact))
        let view = PassCardView(lang: language, schemeName: card.schemeName, municipality: card.municipalityName, firstName: card.firstName,
                            coversHeading: t("letter.card.covers"), covers: composer.covers(card.cover), validLabel: t("letter.card.validTo"),
                            validTo: card.validTo.display, codeLabel: t("letter.card.code"), code: PassCard.display(card.code),
                            contactLabel: t("letter.heading.contact"), contact: card.contact, use: t("letter.card.use"), backHref: Paths.child.link(card.childID) + "#passes")
        return try renderer.page(view, title: t("letter.card.title"), context: context)
    }

    private func lookup(_ request: Request, _ context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let t = context.t
        let raw = request.uri.queryParameters["code"].map(String.init)
        var errors = ValidationErrors()
        var facts: [ChildPageView.Fact] = []
        var found = false
        var valid = false
        if let raw {
            if let code = PassCard.normalise(raw) {
                if let card = try await repositories.letters.lookup(code: code, in: try user.municipalityID()) {
                    found = true
                    let pass = Pass(id: card.passID, childID: card.childID, referralID: ReferralID(1), validFrom: card.validFrom,
                                    validTo: card.validTo, cover: card.cover, status: card.status, grantedOn: card.validFrom,
                                    redeemedOn: nil, endedOn: nil, endReason: nil)
                    valid = pass.isValid(on: clock.today)
                    facts = [.init(label: t("passLookup.firstName"), value: card.firstName),
                             .init(label: t("passLookup.validTo"), value: card.validTo.display),
                             .init(label: t("passLookup.covers"), value: Display.cover(card.cover, t))]
                }
                try await repositories.audit.record(try context.actor().audit(
                    .search, .pass, detail: found ? "pass code found" : "pass code not found"))
            } else {
                errors.add("code", "passLookup.err.code")
            }
        }
        let form = FormBuilder(t, values: ["code": raw ?? ""], errors: errors)
        let view = PassLookupView(action: Paths.portalPass.link(), searched: raw != nil && errors.isEmpty, found: found, valid: valid,
                              facts: facts, form: .init(code: form.field("code", label: "passLookup.code", hint: "passLookup.code.hint",
                                                                          autocomplete: "off", width: "s", maxLength: 12)))
        return try renderer.page(view, title: t("passLookup.title"), context: context, form: form)
    }

    private func setLanguage(_ request: Request, _ context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let id = try context.parameters.require("id", as: ChildID.self)
        _ = try await child(id, context)
        let form = try await request.decodeForm(LanguageForm.self, context: context)
        guard let language = form.letterLanguage, letterTexts.tables[language] != nil else { throw AppError.badRequest }
        try await repositories.letters.setLetterLanguage(language, of: id, in: try user.municipalityID(),
                                                         audit: try context.actor().audit(.update, .child, id, detail: "letter language"))
        context.flash(Flash(.success, "letters.languageSaved"))
        return .seeOther(Paths.child.link(id) + "#letters")
    }
}
