/// A decision letter as it was sent, printable.
public struct LetterView: Page, Sendable {
    public struct Section: Sendable {
        public let heading: String?
        public let paragraphs: [String]

        public init(heading: String?, paragraphs: [String]) {
            self.heading = heading
            self.paragraphs = paragraphs
        }
    }

    public let title: String
    public let lang: String
    public let municipality: String
    public let date: String
    public let sections: [Section]
    public let backHref: String

    public init(title: String, lang: String, municipality: String, date: String, sections: [Section], backHref: String) {
        self.title = title
        self.lang = lang
        self.municipality = municipality
        self.date = date
        self.sections = sections
        self.backHref = backHref
    }

    public func body(_ c: PageContext) -> HTML {
        """

        <a class="back-link" href="\(backHref)">\(c.t("letters.back"))</a>
        <article class="letter" lang="\(lang)">
          <p class="letter-meta">\(municipality) · \(date)</p>
          <h1>\(title)</h1>
          \(sections.html(section))
        </article>
        <div class="alert alert-info no-print"><p class="alert-heading">\(c.t("flash.info"))</p><p class="alert-text">\(c.t("letters.print"))</p></div>

        """
    }

    @Markup private func section(_ section: Section) -> HTML {
        // An empty heading writes nothing.
        if let heading = section.heading, !heading.isEmpty { "<h2>\(heading)</h2>\n" }
        section.paragraphs.html { "<p class=\"letter-paragraph\">\($0)</p>" }
        "\n"
    }
}

/// The family's pass card, printable.
public struct PassCardView: Page, Sendable {
    public let lang: String
    public let schemeName: String
    public let municipality: String
    public let firstName: String
    public let coversHeading: String
    public let covers: [String]
    public let validLabel: String
    public let validTo: String
    public let codeLabel: String
    public let code: String
    public let contactLabel: String
    public let contact: String
    public let use: String
    public let backHref: String

    public init(lang: String, schemeName: String, municipality: String, firstName: String, coversHeading: String, covers: [String], validLabel: String, validTo: String, codeLabel: String, code: String, contactLabel: String, contact: String, use: String, backHref: String) {
        self.lang = lang
        self.schemeName = schemeName
        self.municipality = municipality
        self.firstName = firstName
        self.coversHeading = coversHeading
        self.covers = covers
        self.validLabel = validLabel
        self.validTo = validTo
        self.codeLabel = codeLabel
        self.code = code
        self.contactLabel = contactLabel
        self.contact = contact
        self.use = use
        self.backHref = backHref
    }

    public func body(_ c: PageContext) -> HTML {
        """

        <a class="back-link" href="\(backHref)">\(c.t("letters.backToPasses"))</a>
        <article class="pass-card" lang="\(lang)">
          <p class="letter-meta">\(municipality)</p>
          <h1>\(schemeName)</h1>
          <p class="lead">\(firstName)</p>
          <h2>\(coversHeading)</h2>
          <ul>\(covers.html { "<li>\($0)</li>" })</ul>
          <dl class="summary-list compact">
            <div><dt>\(validLabel)</dt><dd>\(validTo)</dd></div>
            <div><dt>\(codeLabel)</dt><dd class="pass-code">\(code)</dd></div>
            <div><dt>\(contactLabel)</dt><dd>\(contact)</dd></div>
          </dl>
          <p>\(use)</p>
        </article>
        <div class="alert alert-info no-print"><p class="alert-heading">\(c.t("flash.info"))</p><p class="alert-text">\(c.t("letters.print"))</p></div>

        """
    }
}

/// The club's look-up of a pass code: is the pass valid, for whom, for what.
public struct PassLookupView: Page, Sendable {
    public struct Fields: Sendable {
        public let code: FormField

        public init(code: FormField) {
            self.code = code
        }
    }

    public let action: String
    public let searched: Bool
    public let found: Bool
    public let valid: Bool
    public let facts: [ChildPageView.Fact]
    public let form: Fields

    public init(action: String, searched: Bool, found: Bool, valid: Bool, facts: [ChildPageView.Fact], form: Fields) {
        self.action = action
        self.searched = searched
        self.found = found
        self.valid = valid
        self.facts = facts
        self.form = form
    }

    public func body(_ c: PageContext) -> HTML {
        """

        <h1>\(c.t("passLookup.heading"))</h1>
        <p class="lead">\(c.t("passLookup.intro"))</p>
        <form method="get" action="\(action)" novalidate>
          \(c.input(form.code))
          <button type="submit" class="button button-primary">\(c.t("passLookup.submit"))</button>
        </form>

        """
        if searched {
            "<div role=\"status\">\n"
            if found {
                if valid {
                    "<div class=\"alert alert-success\"><p class=\"alert-heading\">\(c.t("flash.success"))</p><p class=\"alert-text\">\(c.t("passLookup.valid"))</p></div>\n"
                } else {
                    "<div class=\"alert alert-warning\"><p class=\"alert-heading\">\(c.t("flash.warning"))</p><p class=\"alert-text\">\(c.t("passLookup.notValid"))</p></div>\n"
                }
                "<dl class=\"summary-list\">\(facts.html { "<div><dt>\($0.label)</dt><dd>\($0.value)</dd></div>" })</dl>\n"
            } else {
                "<div class=\"alert alert-warning\"><p class=\"alert-heading\">\(c.t("flash.warning"))</p><p class=\"alert-text\">\(c.t("passLookup.notFound"))</p></div>\n"
            }
            "</div>\n"
        }
    }
}
