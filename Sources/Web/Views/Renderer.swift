import Domain
import Foundation
import Hummingbird

/// Renders pages: a view model inside the layout, with texts in the user's language.
public struct Renderer: Sendable {
    public let texts: TextCatalogue
    let footer: Footer

    struct Footer: Sendable {
        let supportEmail: String
        let supportPhone: String?
    }

    /// Renders a page (`Page`, a view compiled from `Templates/`) inside the layout. `notice` is
    /// shown on this page itself, never kept in the session (an activation link must not be
    /// stored there). A form with problems answers 422 and lists them above the page.
    func page<P: Page>(_ content: P, title: String, context: AppContext,
                       form: FormBuilder? = nil, status: HTTPResponse.Status? = nil, notice: Flash? = nil) throws -> Response {
        // The error page can be asked for before the auth middleware has bound the texts.
        let t = context.texts ?? texts.bind(context.language)
        let summary = form?.summary ?? []
        let frame = makeFrame(title: title, context: context, errors: summary, notice: notice, t: t)
        let started = DispatchTime.now().uptimeNanoseconds
        let pageContext = PageContext(t: t, frame: frame)
        let html = Layout.render(pageContext, content: content.body(pageContext))
        context.timing.addRender(DispatchTime.now().uptimeNanoseconds - started)
        return Response(status: status ?? (summary.isEmpty ? .ok : .unprocessableContent),
                        headers: [.contentType: "text/html; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(bytes: html.bytes)))
    }

    static func html(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    private func makeFrame(title: String, context: AppContext, errors: [PageFrame.ErrorLink], notice: Flash?, t: Texts) -> PageFrame {
        let user = context.identity
        let flash = notice ?? context.sessions.withLockedSession { session -> Flash? in
            guard let flash = session?.flash else { return nil }
            session?.flash = nil
            return flash
        }
        let path = context.endpointPath ?? ""
        let nav: [PageFrame.NavItem] = user.map { user in
            // Where the dashboard is the start page it replaces the plain home page in the menu.
            Navigation.items.filter { AccessPolicy.allows(user.role, $0.route)
                && !($0.route == .home && AccessPolicy.allows(user.role, .dashboard)) }.map { item -> PageFrame.NavItem in
                let href = item.route.path.link()
                let current = href == "/" ? path == "/" : path.hasPrefix(item.route.path.pattern)
                return PageFrame.NavItem(href: href, label: t(item.label), current: current)
            }
        } ?? []
        let scheme = user?.municipality?.schemeName ?? "Fritidspas"
        let titleParts = [title, scheme, user?.municipality?.name].compactMap { $0 }
        let fullTitle = (errors.isEmpty ? "" : t("layout.errorTitlePrefix") + " ") + titleParts.joined(separator: " – ")
        return PageFrame(
            lang: context.language.rawValue, title: fullTitle, signedIn: user != nil, userName: user?.user.name,
            roleLabel: user.map { t("role.\($0.role.rawValue)") }, municipalityName: user?.municipality?.name,
            schemeName: scheme, nav: nav,
            flash: flash.map {
                PageFrame.FlashView(kind: $0.kind.rawValue, heading: t($0.heading ?? "flash.\($0.kind.rawValue)"),
                                    message: t($0.message, arguments: $0.arguments), detail: $0.detail, isError: $0.kind == .error,
                                    linkHref: $0.link?.href, linkLabel: $0.link.map { t($0.label) })
            },
            csrfToken: context.csrfToken, submissionKey: Tokens.random(), errorSummary: errors, hasErrors: !errors.isEmpty,
            supportEmail: user?.municipality?.supportEmail ?? footer.supportEmail,
            supportPhone: user?.municipality?.supportPhone ?? footer.supportPhone,
            accessibilityHref: Paths.accessibilityStatement.link(), privacyHref: Paths.privacy.link(),
            accountHref: Paths.account.link(), logoutAction: Paths.logout.link(),
            homeHref: user.map { AccessPolicy.startPage(for: $0.role) } ?? Paths.login.link(),
            session: user == nil ? nil : context.sessionEndsAt.map { ends in
                SessionNote(text: t("session.endsAt", DateFormat.time(ends)),
                            remainingSeconds: max(0, Int(ends.timeIntervalSince(context.now))),
                            warningSeconds: Int(context.sessionWarning),
                            keepAliveAction: Paths.sessionKeepAlive.link(),
                            // Only pages come back here: a form's own address would be posted to again.
                            returnPath: context.pagePath ?? AccessPolicy.startPage(for: user!.role))
            })
    }
}

extension Response {
    /// 303 See Other: the answer to every successful form post (Post/Redirect/Get).
    static func seeOther(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}
