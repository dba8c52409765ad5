/// The form fields every form is built from: label above the field, hint, the error message
/// next to the field (announced with it through `aria-describedby`), the user's value kept.
public enum FormFields {
    public static func input(_ f: FormField, _ t: Texts) -> HTML {
        HTML {
            """
            <div class="form-group\(HTML.when(f.error != nil, " form-error"))">
              \(label(f, t))
              \(hintAndError(f, t))
              <input class="form-input input-\(f.width)" id="\(f.id)" name="\(f.name)" type="\(f.type)" value="\(f.value)"\
            \(HTML.attribute("autocomplete", f.autocomplete))\(HTML.attribute("aria-describedby", f.describedBy))\
            \(HTML.when(f.error != nil, " aria-invalid=\"true\""))\(HTML.attribute("maxlength", f.maxLength.map(String.init)))\
            \(HTML.attribute("inputmode", f.inputmode))\(HTML.attribute("list", f.listID))>

            """
            if let list = f.listID {
                "  <datalist id=\"\(list)\">\(f.options.html { "<option value=\"\($0.value)\"></option>" })</datalist>\n"
            }
            "</div>\n"
        }
    }

    public static func select(_ f: FormField, _ t: Texts) -> HTML {
        """
        <div class="form-group\(HTML.when(f.error != nil, " form-error"))">
          \(label(f, t))
          \(hintAndError(f, t))
          <select class="form-select input-\(f.width)" id="\(f.id)" name="\(f.name)"\(HTML.attribute("aria-describedby", f.describedBy))\(HTML.when(f.error != nil, " aria-invalid=\"true\""))>
            \(f.options.html { "<option value=\"\($0.value)\"\(HTML.when($0.selected, " selected"))>\($0.label)</option>" })
          </select>
        </div>

        """
    }

    public static func textarea(_ f: FormField, _ t: Texts) -> HTML {
        """
        <div class="form-group\(HTML.when(f.error != nil, " form-error"))">
          \(label(f, t))
          \(hintAndError(f, t))
          <textarea class="form-input form-textarea input-\(f.width)" id="\(f.id)" name="\(f.name)" rows="\(f.rows)"\
        \(HTML.attribute("aria-describedby", f.describedBy))\(HTML.when(f.error != nil, " aria-invalid=\"true\""))\
        \(HTML.attribute("maxlength", f.maxLength.map(String.init)))>\(f.value)</textarea>
        </div>

        """
    }

    public static func radios(_ f: FormField, _ t: Texts) -> HTML {
        choices(f, t, optionalNote: true) { option in
            "<input class=\"form-radio\" type=\"radio\" id=\"\(option.id)\" name=\"\(f.name)\" value=\"\(option.value)\"\(HTML.when(option.selected, " checked"))>"
        }
    }

    /// Several values under one name (`name[]`).
    public static func checkboxes(_ f: FormField, _ t: Texts) -> HTML {
        choices(f, t, optionalNote: true) { option in
            "<input class=\"form-checkbox\" type=\"checkbox\" id=\"\(option.id)\" name=\"\(f.name)[]\" value=\"\(option.value)\"\(HTML.when(option.selected, " checked"))>"
        }
    }

    /// One tick box (a yes to one question), as a group with a legend.
    public static func checkbox(_ f: FormField, _ t: Texts) -> HTML {
        choices(f, t, optionalNote: false) { option in
            "<input class=\"form-checkbox\" type=\"checkbox\" id=\"\(option.id)\" name=\"\(f.name)\" value=\"\(option.value)\"\(HTML.when(option.selected, " checked"))>"
        }
    }

    public static func dateParts(_ f: DatePartsField, _ t: Texts) -> HTML {
        let invalid = HTML.when(f.error != nil, " aria-invalid=\"true\"")
        return """
        <div class="form-group\(HTML.when(f.error != nil, " form-error"))">
          <fieldset class="fieldset" aria-describedby="\(f.describedBy)">
            <legend class="form-label">\(f.label)</legend>
            <p class="form-hint" id="\(f.hintID)">\(f.hint)</p>
            \(errorMessage(f.error, f.errorID, t))
            <div class="date-parts">
              <div class="form-group">
                <label class="form-label" for="\(f.id)">\(t("form.day"))</label>
                <input class="form-input input-xs" id="\(f.id)" name="\(f.dayName)" type="text" inputmode="numeric" maxlength="2" value="\(f.day)"\(HTML.when(f.autocomplete, " autocomplete=\"bday-day\""))\(invalid)>
              </div>
              <div class="form-group">
                <label class="form-label" for="\(f.id)-month">\(t("form.month"))</label>
                <input class="form-input input-xs" id="\(f.id)-month" name="\(f.monthName)" type="text" inputmode="numeric" maxlength="2" value="\(f.month)"\(HTML.when(f.autocomplete, " autocomplete=\"bday-month\""))\(invalid)>
              </div>
              <div class="form-group">
                <label class="form-label" for="\(f.id)-year">\(t("form.year"))</label>
                <input class="form-input input-s" id="\(f.id)-year" name="\(f.yearName)" type="text" inputmode="numeric" maxlength="4" value="\(f.year)"\(HTML.when(f.autocomplete, " autocomplete=\"bday-year\""))\(invalid)>
              </div>
            </div>
          </fieldset>
        </div>

        """
    }

    private static func choices(_ f: FormField, _ t: Texts, optionalNote: Bool, control: (FormField.Option) -> HTML) -> HTML {
        """
        <div class="form-group\(HTML.when(f.error != nil, " form-error"))">
          <fieldset class="fieldset"\(HTML.attribute("aria-describedby", f.describedBy))>
            <legend class="form-label">\(f.label)\(HTML.when(optionalNote && f.optional, optional(t)))</legend>
            \(hintAndError(f, t))
            \(f.options.html { choice($0, control: control) })
          </fieldset>
        </div>

        """
    }

    private static func choice(_ option: FormField.Option, control: (FormField.Option) -> HTML) -> HTML {
        """
            <div class="form-choice">
              \(control(option))
              <label for="\(option.id)">\(option.label)</label>
            </div>

        """
    }

    private static func label(_ f: FormField, _ t: Texts) -> HTML {
        "<label class=\"form-label\" for=\"\(f.id)\">\(f.label)\(HTML.when(f.optional, optional(t)))</label>"
    }

    private static func optional(_ t: Texts) -> HTML {
        " <span class=\"optional\">\(t("form.optional"))</span>"
    }

    private static func hintAndError(_ f: FormField, _ t: Texts) -> HTML {
        HTML {
            if let hint = f.hint, let id = f.hintID { "<p class=\"form-hint\" id=\"\(id)\">\(hint)</p>\n" }
            errorMessage(f.error, f.errorID, t)
        }
    }

    private static func errorMessage(_ error: String?, _ id: String?, _ t: Texts) -> HTML {
        guard let error else { return HTML() }
        return "<p class=\"form-error-message\" id=\"\(id)\"><span class=\"sr-only\">\(t("form.errorPrefix")) </span>\(error)</p>\n"
    }
}

extension PageContext {
    public func input(_ field: FormField) -> HTML { FormFields.input(field, t) }
    public func select(_ field: FormField) -> HTML { FormFields.select(field, t) }
    public func textarea(_ field: FormField) -> HTML { FormFields.textarea(field, t) }
    public func radios(_ field: FormField) -> HTML { FormFields.radios(field, t) }
    public func checkboxes(_ field: FormField) -> HTML { FormFields.checkboxes(field, t) }
    public func checkbox(_ field: FormField) -> HTML { FormFields.checkbox(field, t) }
    public func dateParts(_ field: DatePartsField) -> HTML { FormFields.dateParts(field, t) }
}
