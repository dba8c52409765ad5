/// The number of children in each district the dashboard's reach is measured against.
public struct DistrictEstimatesView: Page, Sendable {
    public struct Row: Sendable {
        public let district: String
        public let field: FormField

        public init(district: String, field: FormField) {
            self.district = district
            self.field = field
        }
    }

    public let action: String
    public let rows: [Row]
    public let backHref: String

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <a class="back-link" href="\(backHref)">\(t("form.back"))</a>
        <h1>\(t("dashboard.estimates.heading"))</h1>
        <p class="lead">\(t("dashboard.estimates.intro"))</p>
        <form method="post" action="\(action)" novalidate>
          \(c.csrf)

        """
        for row in rows { Self.row(row, c) }
        """
          <button type="submit" class="button button-primary">\(t("dashboard.estimates.submit"))</button>
        </form>

        """
    }

    public static func row(_ row: Row, _ c: PageContext) -> HTML {
        let f = row.field
        let error: HTML? = f.error.map {
            "<p class=\"form-error-message\" id=\"\(f.errorID)\"><span class=\"sr-only\">\(c.t("form.errorPrefix")) </span>\($0)</p>"
        }
        let invalid: HTML = f.error == nil ? HTML() : " aria-invalid=\"true\" aria-describedby=\"\(f.errorID)\""
        return """
          <fieldset class="fieldset">
            <legend class="form-label">\(row.district)</legend>
            <input type="hidden" name="districts[]" value="\(row.district)">
            <div class="form-group\(HTML.when(f.error != nil, " form-error"))">
              <label class="form-label" for="\(f.id)">\(f.label)</label>
              \(error)
              <input class="form-input input-s" id="\(f.id)" name="estimates[]" type="text" inputmode="numeric" value="\(f.value)"\(invalid)>
            </div>
          </fieldset>

        """
    }

    public init(action: String, rows: [Row], backHref: String) {
        self.action = action
        self.rows = rows
        self.backHref = backHref
    }
}
