/// The form pages of a course (a session, an agreement, the activity, the outcome): a back link
/// to the course, a heading with the child's name, the fields, one primary button.
/// The four pages share `CourseFormHeader` and the `courseForm` frame; each lists its own fields.
public struct CourseFormHeader: Sendable {
    public let heading: String
    public let childName: String
    public let courseHref: String
    public let action: String
    public let submit: String
    public let intro: String?

    public init(heading: String, childName: String, courseHref: String, action: String, submit: String, intro: String?) {
        self.heading = heading
        self.childName = childName
        self.courseHref = courseHref
        self.action = action
        self.submit = submit
        self.intro = intro
    }
}

/// The frame every course form page writes around its fields. `lead` is the page's own intro
/// (a text of the page, or the header's `intro` when there is one).
@Markup
private func courseForm(_ h: CourseFormHeader, _ c: PageContext, lead: String?, formClass: HTML, button: HTML,
                        fields: HTML) -> HTML {
    let t = c.t
    """

    <a class="back-link" href="\(h.courseHref)">\(t("form.back"))</a>
    <h1 class="with-sub">\(h.heading)</h1>
    <p class="sub-heading">\(h.childName)</p>

    """
    if let lead { "<p class=\"lead\">\(lead)</p>\n" }
    """
    <form method="post" action="\(h.action)" novalidate\(formClass)>
      \(c.csrf)
      \(fields)
      <div class="button-row">
        <button type="submit" class="button \(button)">\(h.submit)</button>
        <a class="button-link" href="\(h.courseHref)">\(t("form.cancel"))</a>
      </div>
    </form>

    """
}

/// Logging a session (`sessions/new`).
public struct SessionFormView: Page, Sendable {
    public struct Fields: Sendable {
        public let heldOn: FormField
        public let kind: FormField
        public let minutes: FormField
        public let step: FormField
        public let participants: FormField
        public let note: FormField

        public init(heldOn: FormField, kind: FormField, minutes: FormField, step: FormField, participants: FormField, note: FormField) {
            self.heldOn = heldOn
            self.kind = kind
            self.minutes = minutes
            self.step = step
            self.participants = participants
            self.note = note
        }
    }

    public let header: CourseFormHeader
    public let form: Fields

    public init(_ header: CourseFormHeader, form: Fields) {
        self.header = header
        self.form = form
    }

    public func body(_ c: PageContext) -> HTML {
        courseForm(header, c, lead: nil, formClass: " class=\"short-form\"", button: "button-primary", fields: HTML {
            c.input(form.heldOn)
            c.radios(form.kind)
            c.input(form.minutes)
            c.select(form.step)
            c.checkboxes(form.participants)
            c.textarea(form.note)
        })
    }
}

/// Recording an agreement with the family (`agreements/new`).
public struct AgreementFormView: Page, Sendable {
    public struct Fields: Sendable {
        public let kind: FormField
        public let description: FormField
        public let agreedOn: FormField

        public init(kind: FormField, description: FormField, agreedOn: FormField) {
            self.kind = kind
            self.description = description
            self.agreedOn = agreedOn
        }
    }

    public let header: CourseFormHeader
    public let form: Fields

    public init(_ header: CourseFormHeader, form: Fields) {
        self.header = header
        self.form = form
    }

    public func body(_ c: PageContext) -> HTML {
        courseForm(header, c, lead: header.intro, formClass: " class=\"short-form\"", button: "button-primary", fields: HTML {
            c.radios(form.kind)
            c.textarea(form.description)
            c.input(form.agreedOn)
        })
    }
}

/// The activity chosen with the family and its start (`courses/activity`). The registry's list
/// is there only when the registry has activities to choose from.
public struct ActivityFormView: Page, Sendable {
    public struct Fields: Sendable {
        public let activityID: FormField?
        public let activity: FormField
        public let started: FormField
        public let startOn: FormField

        public init(activityID: FormField?, activity: FormField, started: FormField, startOn: FormField) {
            self.activityID = activityID
            self.activity = activity
            self.started = started
            self.startOn = startOn
        }
    }

    public let header: CourseFormHeader
    public let form: Fields

    public init(_ header: CourseFormHeader, form: Fields) {
        self.header = header
        self.form = form
    }

    public func body(_ c: PageContext) -> HTML {
        courseForm(header, c, lead: header.intro, formClass: " class=\"short-form\"", button: "button-primary", fields: HTML {
            if let activityID = form.activityID { c.select(activityID) }
            c.input(form.activity)
            c.radios(form.started)
            c.input(form.startOn)
        })
    }
}

/// How the course ended (`courses/outcome`).
public struct OutcomeFormView: Page, Sendable {
    public struct Fields: Sendable {
        public let outcome: FormField
        public let endedOn: FormField
        public let reason: FormField

        public init(outcome: FormField, endedOn: FormField, reason: FormField) {
            self.outcome = outcome
            self.endedOn = endedOn
            self.reason = reason
        }
    }

    public let header: CourseFormHeader
    public let form: Fields

    public init(_ header: CourseFormHeader, form: Fields) {
        self.header = header
        self.form = form
    }

    public func body(_ c: PageContext) -> HTML {
        courseForm(header, c, lead: c.t("course.outcome.intro"), formClass: "", button: "button-danger", fields: HTML {
            c.radios(form.outcome)
            c.input(form.endedOn)
            c.textarea(form.reason)
        })
    }
}
