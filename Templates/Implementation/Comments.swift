/// A comment as the item and plan pages list it.
public struct ImplementationComment: Sendable {
    public let author: String
    public let at: String
    public let body: String

    public init(author: String, at: String, body: String) {
        self.author = author
        self.at = at
        self.body = body
    }
}

/// The comments under an item or a plan question and the form to add one
/// (`implementation/comments`). Coordinators see the button as secondary: their main form is
/// the one above.
enum ImplementationComments {
    @Markup static func section(_ comments: [ImplementationComment], action: String, field: FormField, canEdit: Bool, _ c: PageContext) -> HTML {
        let t = c.t
        """
        <section class="section" id="comments" aria-labelledby="comments-heading">
          <h2 id="comments-heading">\(t("impl.comment.heading"))</h2>

        """
        if comments.isEmpty { "<p class=\"muted\">\(t("impl.comment.none"))</p>\n" }
        "<ul class=\"impl-comments\">\n"
        for comment in comments {
            """
                <li class="impl-comment">
                  <p class="impl-comment-meta"><strong>\(comment.author)</strong> · \(comment.at)</p>
                  <p class="prewrap">\(comment.body)</p>
                </li>

            """
        }
        """
          </ul>
          <form method="post" action="\(action)" novalidate>
            \(c.csrf)
            \(c.textarea(field))
            <button type="submit" class="button \(canEdit ? "button-secondary" : "button-primary" as HTML)">\(t("impl.comment.submit"))</button>
          </form>
        </section>

        """
    }
}
