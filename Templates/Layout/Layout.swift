/// The frame around every page: header with the user and the menu, the error summary and the
/// flash message above the content, the footer with support and the accessibility statement.
public enum Layout {
    public static func render(_ c: PageContext, content: HTML) -> HTML {
        let frame = c.frame
        let t = c.t
        return HTML {
            """
            <!doctype html>
            <html lang="\(frame.lang)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(frame.title)</title>
            <link rel="stylesheet" href="/css/app.css">
            <link rel="stylesheet" href="/css/print.css" media="print">
            <link rel="icon" href="/img/favicon.svg" type="image/svg+xml">
            </head>
            <body>
            <a class="skip-link" href="#main-content">\(t("layout.skipLink"))</a>
            <header class="site-header">
              <div class="header-top">
                <div class="container header-row">
                  <a class="brand" href="\(frame.homeHref)"><span class="brand-mark" aria-hidden="true"></span>\(frame.schemeName)</a>

            """
            if frame.signedIn {
                """
                  <div class="header-user">
                    <a class="header-user-name" href="\(frame.accountHref)">\(frame.userName)<span class="sr-only">, \(t("layout.profile"))</span></a>
                    <span class="header-user-role">\(frame.roleLabel)</span>

                """
                if let session = frame.session {
                    "<span class=\"header-session\" id=\"session-note\">\(session.text)</span>\n"
                }
                """
                    <form method="post" action="\(frame.logoutAction)" class="inline-form">
                      \(c.csrf)
                      <button type="submit" class="button button-secondary button-small">\(t("layout.logout"))</button>
                    </form>
                  </div>

                """
            }
            """
                </div>
              </div>

            """
            if let name = frame.municipalityName {
                """
                  <div class="header-area">
                    <div class="container"><span class="header-municipality">\(name)</span></div>
                  </div>

                """
            }
            if frame.signedIn {
                """
                  <nav class="main-nav" aria-label="\(t("layout.mainNav"))">
                    <div class="container">
                      <ul class="nav-list nav-wide">
                        \(navItems(frame.nav))
                      </ul>
                      <details class="nav-narrow">
                        <summary>\(t("layout.menu"))</summary>
                        <ul class="nav-list">
                          \(navItems(frame.nav))
                          <li><a href="\(frame.accountHref)">\(t("layout.profile"))</a></li>
                        </ul>
                      </details>
                    </div>
                  </nav>

                """
            }
            "</header>\n"
            if let session = frame.session {
                """
                <div class="session-warning" id="session-warning" data-remaining="\(session.remainingSeconds)" data-warning="\(session.warningSeconds)" hidden>
                  <div class="container session-warning-row">
                    <p class="session-warning-text" role="status">\(t("session.warning")) <span data-session-text>\(session.text)</span></p>
                    <form method="post" action="\(session.keepAliveAction)" class="inline-form" data-keep-alive>
                      \(c.csrf)
                      <input type="hidden" name="return" value="\(session.returnPath)">
                      <button type="submit" class="button button-secondary button-small">\(t("session.stay"))</button>
                    </form>
                  </div>
                </div>

                """
            }
            "<main id=\"main-content\" class=\"container main\" tabindex=\"-1\">\n"
            ErrorSummary.render(frame.errorSummary, t)
            if let flash = frame.flash {
                """
                  <div class="alert alert-\(flash.kind)" role="\(flash.isError ? "alert" : "status")">
                    <p class="alert-heading">\(flash.heading)</p>
                    <p class="alert-text">\(flash.message)</p>

                """
                if let detail = flash.detail { "<p class=\"alert-detail\"><code>\(detail)</code></p>\n" }
                if let href = flash.linkHref { "<p class=\"alert-text\"><a href=\"\(href)\">\(flash.linkLabel)</a></p>\n" }
                "  </div>\n"
            }
            content
            """

            </main>
            <footer class="site-footer">
              <div class="container footer-row">
                <div>
                  <p class="footer-title">\(frame.municipalityName ?? "Fritidspas")</p>
                  <p>\(t("layout.support")): <a href="mailto:\(frame.supportEmail)">\(frame.supportEmail)</a>
            """
            if let phone = frame.supportPhone { " · \(t("layout.phone")) \(phone)" }
            """
            </p>
                </div>
                <ul class="footer-links">
                  <li><a href="\(frame.accessibilityHref)">\(t("layout.accessibility"))</a></li>
                  <li><a href="\(frame.privacyHref)">\(t("layout.privacy"))</a></li>
                </ul>
              </div>
            </footer>

            """
            if frame.session != nil { "<script src=\"/js/session.js\" defer></script>\n" }
            "</body>\n</html>\n"
        }
    }

    private static func navItems(_ items: [PageFrame.NavItem]) -> HTML {
        items.html { item in
            "<li><a href=\"\(item.href)\"\(HTML.when(item.current, " aria-current=\"page\" class=\"current\""))>\(item.label)</a></li>"
        }
    }
}

/// The list of problems at the top of a form that did not save, each a link to its field.
public enum ErrorSummary {
    public static func render(_ errors: [PageFrame.ErrorLink], _ t: Texts) -> HTML {
        guard !errors.isEmpty else { return HTML() }
        return """
          <div class="error-summary" role="alert" aria-labelledby="error-summary-title">
            <h2 id="error-summary-title" class="error-summary-title">\(t("layout.errorSummaryTitle"))</h2>
            <ul class="error-summary-list">
              \(errors.html { "<li><a href=\"\($0.href)\">\($0.message)</a></li>" })
            </ul>
          </div>

        """
    }
}
