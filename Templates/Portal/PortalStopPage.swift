/// The club tells the municipality a child has stopped: the date and, if it likes, why.
public struct PortalStopView: Page, Sendable {
    public struct Fields: Sendable {
        public let stoppedOn: FormField
        public let stopReason: FormField

        public init(stoppedOn: FormField, stopReason: FormField) {
            self.stoppedOn = stoppedOn
            self.stopReason = stopReason
        }
    }

    public let heading: String
    public let activity: String
    public let action: String
    public let cancelHref: String
    public let form: Fields

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <a class="back-link" href="\(cancelHref)">\(t("form.back"))</a>
        <p class="step">\(t("portal.stop.step"))</p>
        <h1 class="with-sub">\(heading)</h1>
        <p class="sub-heading">\(activity)</p>
        <form method="post" action="\(action)" novalidate>
          \(c.csrf)
          \(c.input(form.stoppedOn))
          \(c.textarea(form.stopReason))
          <div class="button-row">
            <button type="submit" class="button button-primary">\(t("portal.stop.submit"))</button>
            <a class="button-link" href="\(cancelHref)">\(t("form.cancel"))</a>
          </div>
        </form>

        """
    }

    public init(heading: String, activity: String, action: String, cancelHref: String, form: Fields) {
        self.heading = heading
        self.activity = activity
        self.action = action
        self.cancelHref = cancelHref
        self.form = form
    }
}
