/// The registries of schools and school districts, with what the registries' migration joined.
public struct RegistriesView: Page, Sendable {
    public struct Row: Sendable {
        public let name: String
        public let district: String
        public let href: String

        public init(name: String, district: String, href: String) {
            self.name = name
            self.district = district
            self.href = href
        }
    }

    public struct Merge: Sendable {
        public let kind, from, into, rows: String

        public init(kind: String, from: String, into: String, rows: String) {
            self.kind = kind
            self.from = from
            self.into = into
            self.rows = rows
        }
    }

    public struct Fields: Sendable {
        public let districtName: FormField
        public let schoolName: FormField
        public let schoolDistrict: FormField

        public init(districtName: FormField, schoolName: FormField, schoolDistrict: FormField) {
            self.districtName = districtName
            self.schoolName = schoolName
            self.schoolDistrict = schoolDistrict
        }
    }

    public let districts: [Row]
    public let schools: [Row]
    public let merges: [Merge]
    public let hasMerges: Bool
    public let districtAction, schoolAction: String
    public let form: Fields

    public init(districts: [Row], schools: [Row], merges: [Merge], districtAction: String, schoolAction: String, form: Fields) {
        self.districts = districts
        self.schools = schools
        self.merges = merges
        hasMerges = !merges.isEmpty
        self.districtAction = districtAction
        self.schoolAction = schoolAction
        self.form = form
    }

    public func body(_ c: PageContext) -> HTML {
        """

        <h1>\(c.t("registry.heading"))</h1>
        <p class="lead">\(c.t("registry.intro"))</p>

        """
        if hasMerges { mergesTable(c) }
        """

        <h2 id="schools-heading">\(c.t("registry.schools"))</h2>
        <div class="table-wrap" tabindex="0" role="region" aria-labelledby="schools-heading"><table class="table">
          <caption class="sr-only">\(c.t("registry.schools"))</caption>
          <thead><tr><th scope="col">\(c.t("registry.school.name"))</th><th scope="col">\(c.t("registry.school.district"))</th><th scope="col"><span class="sr-only">\(c.t("registry.edit"))</span></th></tr></thead>
          <tbody>\(schools.html { "<tr><th scope=\"row\">\($0.name)</th><td>\($0.district)</td><td><a href=\"\($0.href)\">\(c.t("registry.edit"))<span class=\"sr-only\"> \($0.name)</span></a></td></tr>" })</tbody>
        </table></div>
        <form method="post" action="\(schoolAction)" class="registry-add" novalidate>
          \(c.csrf)
          <h3>\(c.t("registry.school.add"))</h3>
          \(c.input(form.schoolName))
          \(c.select(form.schoolDistrict))
          <div class="button-row"><button type="submit" class="button button-primary">\(c.t("registry.school.submit"))</button></div>
        </form>

        <h2 id="districts-heading">\(c.t("registry.districts"))</h2>
        <div class="table-wrap" tabindex="0" role="region" aria-labelledby="districts-heading"><table class="table">
          <caption class="sr-only">\(c.t("registry.districts"))</caption>
          <thead><tr><th scope="col">\(c.t("registry.district.name"))</th><th scope="col"><span class="sr-only">\(c.t("registry.edit"))</span></th></tr></thead>
          <tbody>\(districts.html { "<tr><th scope=\"row\">\($0.name)</th><td><a href=\"\($0.href)\">\(c.t("registry.edit"))<span class=\"sr-only\"> \($0.name)</span></a></td></tr>" })</tbody>
        </table></div>
        <form method="post" action="\(districtAction)" class="registry-add" novalidate>
          \(c.csrf)
          <h3>\(c.t("registry.district.add"))</h3>
          \(c.input(form.districtName))
          <div class="button-row"><button type="submit" class="button button-secondary">\(c.t("registry.district.submit"))</button></div>
        </form>

        """
    }

    private func mergesTable(_ c: PageContext) -> HTML {
        """
        <div class="alert alert-info"><p class="alert-heading">\(c.t("flash.info"))</p><p class="alert-text">\(c.t("registry.merged.intro"))</p></div>
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(c.t("registry.merged.heading"))"><table class="table">
          <caption>\(c.t("registry.merged.heading"))</caption>
          <thead><tr><th scope="col">\(c.t("registry.merged.kind"))</th><th scope="col">\(c.t("registry.merged.from"))</th><th scope="col">\(c.t("registry.merged.into"))</th><th scope="col" class="num">\(c.t("registry.merged.rows"))</th></tr></thead>
          <tbody>\(merges.html { "<tr><td>\($0.kind)</td><td><q>\($0.from)</q></td><th scope=\"row\">\($0.into)</th><td class=\"num\">\($0.rows)</td></tr>" })</tbody>
        </table></div>

        """
    }
}

/// Renaming a school or a district (and moving a school to another district).
public struct RegistryEditView: Page, Sendable {
    public struct Fields: Sendable {
        public let name: FormField
        /// Schools only.
        public let district: FormField?

        public init(name: FormField, district: FormField?) {
            self.name = name
            self.district = district
        }
    }

    public let action, backHref: String
    public let form: Fields
    public let isSchool: Bool

    public init(action: String, backHref: String, form: Fields, isSchool: Bool) {
        self.action = action
        self.backHref = backHref
        self.form = form
        self.isSchool = isSchool
    }

    public func body(_ c: PageContext) -> HTML {
        let heading = isSchool ? c.t("registry.school.editHeading") : c.t("registry.district.editHeading")
        return """

        <a class="back-link" href="\(backHref)">\(c.t("registry.back"))</a>
        <h1>\(heading)</h1>
        <form method="post" action="\(action)" novalidate>
          \(c.csrf)
          \(c.input(form.name))
          \(form.district.map { c.select($0) })
          <div class="button-row">
            <button type="submit" class="button button-primary">\(c.t("registry.save"))</button>
            <a class="button-link" href="\(backHref)">\(c.t("form.cancel"))</a>
          </div>
        </form>

        """
    }
}
