/// A page's content inside the layout: a view model that writes itself. `Renderer.page` puts it
/// in the layout (`Layout.render`).
public protocol Page {
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
