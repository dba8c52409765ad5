import Domain
import Foundation
import Hummingbird
import Mustache

/// Renders pages: a view model inside the layout, with texts in the user's language.
public struct Renderer: Sendable {
    let library: MustacheLibrary
    public let texts: TextCatalogue
    let footer: Footer
    /// Which engine writes the pages that exist in both (`Page`): compiled Swift unless a test
    /// asks for Mustache to compare the two.
    var engine: ViewEngine = .compiled

    struct Footer: Sendable {
        let supportEmail: String
        let supportPhone: String?
    }

    /// Templates that must exist; the server refuses to start without them.
    static let requiredTemplates = ["layout", "error", "partials/input", "partials/select", "partials/radios",
                                    "partials/textarea", "partials/checkboxes", "partials/csrf", "partials/figure-table"]

    /// Loads every template under `directory`. A missing folder loads nothing silently in
    /// swift-mustache, so check for the templates every page relies on.
    static func load(directory: String, texts: TextCatalogue, footer: Footer, engine: ViewEngine = .compiled) async throws -> Renderer {
        let library = try await MustacheLibrary(directory: directory)
        for name in requiredTemplates where library.getTemplate(named: name) == nil {
            throw StartupError.missingTemplate(name, directory)
        }
        return Renderer(library: library, texts: texts, footer: footer, engine: engine)
    }

    /// Renders a page that is compiled Swift (`Page`) inside the layout.
    func page<P: Page>(_ content: P, title: String, context: AppContext,
                       form: FormBuilder? = nil, status: HTTPResponse.Status? = nil, notice: Flash? = nil) throws -> Response {
        guard engine == .compiled else {
            return try page(P.template, title: title, content: content, context: context, form: form, status: status, notice: notice)
        }
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

    /// Renders `template` (e.g. `users/index`) with `content` as its view model.
    /// `notice` is shown on this page itself, never kept in the session (an activation link
    /// must not be stored there).
    func page(_ template: String, title: String, content: Any, context: AppContext,
              form: FormBuilder? = nil, status: HTTPResponse.Status? = nil, notice: Flash? = nil) throws -> Response {
        let t = texts.bind(context.language)
        let summary = form?.summary ?? []
        let frame = makeFrame(title: title, context: context, errors: summary, notice: notice, t: t)
        let view = PageView(frame: frame, t: texts.node(context.language), content: content)
        let started = DispatchTime.now().uptimeNanoseconds
        guard library.getTemplate(named: template) != nil, let html = library.render(view, withTemplate: template) else {
            throw StartupError.missingTemplate(template, "Templates")
        }
        context.timing.addRender(DispatchTime.now().uptimeNanoseconds - started)
        return Self.html(html, status: status ?? (summary.isEmpty ? .ok : .unprocessableContent))
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

/// The object a page template renders: `frame` and `t` for the layout, everything else from
/// the page's own view model, reflected once per render (`MustacheReflection`).
struct PageView: MustacheParent {
    let frame: PageFrame
    let t: TextNode
    let content: MustacheParent

    init(frame: PageFrame, t: TextNode, content: Any) {
        self.frame = frame
        self.t = t
        self.content = content as? MustacheParent ?? MustacheReflection.wrap(content) as? MustacheParent ?? [String: Any]()
    }

    func child(named name: String) -> Any? {
        switch name {
        case "frame": frame
        case "t": t
        default: content is Reflected ? content.child(named: name) : MustacheReflection.wrap(content.child(named: name))
        }
    }
}

/// The two engines while pages move from Mustache to compiled Swift.
public enum ViewEngine: String, Sendable {
    case compiled, mustache
}

public enum StartupError: Error, CustomStringConvertible {
    case missingTemplate(String, String)

    public var description: String {
        switch self {
        case .missingTemplate(let name, let directory): "Template '\(name)' not found in \(directory)"
        }
    }
}

extension Response {
    /// 303 See Other: the answer to every successful form post (Post/Redirect/Get).
    static func seeOther(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}
