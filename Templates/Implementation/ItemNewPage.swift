/// A municipality's own item under a section of the checklist (`implementation/item-new`).
public struct ImplementationItemNewView: Page, Sendable {
    public struct Fields: Sendable {
        public let text: FormField

        public init(text: FormField) {
            self.text = text
        }
    }

    public let subnav: [PageFrame.NavItem]
    public let backHref: String
    public let section: String
    public let action: String
    public let form: Fields

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        SectionNav.implementation(subnav, t)
        """
        <a class="back-link" href="\(backHref)">\(t("impl.backToPhase"))</a>
        <p class="impl-eyebrow">\(section)</p>
        <h1>\(t("impl.customItem.heading"))</h1>
        <p class="lead">\(t("impl.customItem.intro"))</p>
        <form method="post" action="\(action)" novalidate>
          \(c.csrf)
          \(c.textarea(form.text))
          <div class="button-row">
            <button type="submit" class="button button-primary">\(t("impl.customItem.submit"))</button>
            <a class="button-link" href="\(backHref)">\(t("form.cancel"))</a>
          </div>
        </form>

        """
    }

    public init(subnav: [PageFrame.NavItem], backHref: String, section: String, action: String, form: Fields) {
        self.subnav = subnav
        self.backHref = backHref
        self.section = section
        self.action = action
        self.form = form
    }
}
