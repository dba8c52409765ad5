/// A page's content inside the layout: a view model that writes itself.
///
/// While both engines run side by side, `template` names the Mustache template the page
/// replaces; `Renderer` renders either from the same value (see `CompiledViewsTests`).
public protocol Page {
    static var template: String { get }
    @Markup func body(_ c: PageContext) -> HTML
}

/// What every view may read besides its own model: the texts in the user's language and the
/// page frame (for the CSRF token and the form's one-time key).
public struct PageContext: Sendable {
    public let t: Texts
    public let frame: PageFrame

    public init(t: Texts, frame: PageFrame) {
        self.t = t
        self.frame = frame
    }

    /// The hidden fields every form posts: the CSRF token and the form's one-time key.
    public var csrf: HTML {
        """
        <input type="hidden" name="csrf_token" value="\(frame.csrfToken)"><input type="hidden" name="submission_key" value="\(frame.submissionKey)">
        """
    }
}
