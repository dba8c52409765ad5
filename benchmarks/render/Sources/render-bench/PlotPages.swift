import Plot
import Views

/// The same two pages (layout + content) written with Plot's node DSL (`HTML(.head(...), .body(...))`),
/// from the same view models, to the same markup as closely as Plot allows: Plot writes no
/// whitespace between elements, closes void elements with `/>`, drops empty attributes (`value=""`)
/// and escapes `<`, `>`, `&` in text only.
///
/// Plot 0.14 writes attribute values as it is given them (`Attribute.render`: `name="value"`), so
/// every value that is not a constant goes through `esc` here, as our `HTML` interpolation does.
typealias PlotHTML = Plot.HTML
typealias Body = Plot.HTML.BodyContext

/// The five characters our engine replaces, for attribute values.
func esc(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count + 16)
    for character in text.unicodeScalars {
        switch character {
        case "&": result += "&amp;"
        case "<": result += "&lt;"
        case ">": result += "&gt;"
        case "\"": result += "&quot;"
        case "'": result += "&#39;"
        default: result.unicodeScalars.append(character)
        }
    }
    return result
}

extension Node {
    /// An attribute whose value is escaped; none when the value is nil.
    static func attr(_ name: String, _ value: String?) -> Node {
        .attribute(named: name, value: value.map(esc))
    }

    /// A boolean attribute (`selected`, `checked`, `hidden`) when `on`.
    static func flag(_ name: String, _ on: Bool) -> Node {
        on ? .attribute(named: name, value: nil, ignoreIfValueIsEmpty: false) : .empty
    }
}

enum PlotLayout {
    static func page(_ c: PageContext, content: Node<Body>) -> PlotHTML {
        let f = c.frame
        let t = c.t
        return PlotHTML(
            .attr("lang", f.lang),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .element(named: "title", text: f.title),
                .link(.rel(.stylesheet), .href("/css/app.css")),
                .link(.rel(.stylesheet), .href("/css/print.css"), .attribute(named: "media", value: "print")),
                .link(.rel(.icon), .href("/img/favicon.svg"), .type("image/svg+xml"))
            ),
            .body(
                .a(.class("skip-link"), .href("#main-content"), .text(t("layout.skipLink"))),
                .header(.class("site-header"),
                    .div(.class("header-top"),
                        .div(.class("container header-row"),
                            .a(.class("brand"), .href(esc(f.homeHref)), .span(.class("brand-mark"), .ariaHidden(true)), .text(f.schemeName)),
                            .if(f.signedIn, userBox(c))
                        )
                    ),
                    .unwrap(f.municipalityName) { name in
                        .div(.class("header-area"), .div(.class("container"), .span(.class("header-municipality"), .text(name))))
                    },
                    .if(f.signedIn,
                        .nav(.class("main-nav"), .ariaLabel(esc(t("layout.mainNav"))),
                            .div(.class("container"),
                                .ul(.class("nav-list nav-wide"), navItems(f.nav)),
                                .details(.class("nav-narrow"),
                                    .summary(.text(t("layout.menu"))),
                                    .ul(.class("nav-list"),
                                        navItems(f.nav),
                                        .li(.a(.href(esc(f.accountHref)), .text(t("layout.profile"))))
                                    )
                                )
                            )
                        )
                    )
                ),
                .unwrap(f.session) { session in
                    .div(.class("session-warning"), .id("session-warning"), .attr("data-remaining", String(session.remainingSeconds)),
                         .attr("data-warning", String(session.warningSeconds)), .flag("hidden", true),
                        .div(.class("container session-warning-row"),
                            .p(.class("session-warning-text"), .attr("role", "status"), .text(t("session.warning")), .text(" "),
                               .span(.flag("data-session-text", true), .text(session.text))),
                            .form(.method(.post), .action(esc(session.keepAliveAction)), .class("inline-form"), .flag("data-keep-alive", true),
                                csrf(c),
                                .input(.type(.hidden), .name("return"), .value(esc(session.returnPath))),
                                .button(.type(.submit), .class("button button-secondary button-small"), .text(t("session.stay")))
                            )
                        )
                    )
                },
                .main(.id("main-content"), .class("container main"), .attr("tabindex", "-1"),
                    errorSummary(f.errorSummary, t),
                    .unwrap(f.flash) { flash in
                        .div(.class("alert alert-\(esc(flash.kind))"), .attr("role", flash.isError ? "alert" : "status"),
                            .p(.class("alert-heading"), .text(flash.heading)),
                            .p(.class("alert-text"), .text(flash.message)),
                            .unwrap(flash.detail) { .p(.class("alert-detail"), .code(.text($0))) },
                            .unwrap(flash.linkHref) { href in .p(.class("alert-text"), .a(.href(esc(href)), .text(flash.linkLabel ?? ""))) }
                        )
                    },
                    content
                ),
                .footer(.class("site-footer"),
                    .div(.class("container footer-row"),
                        .div(
                            .p(.class("footer-title"), .text(f.municipalityName ?? "Fritidspas")),
                            .p(.text(t("layout.support")), .text(": "), .a(.href("mailto:" + esc(f.supportEmail)), .text(f.supportEmail)),
                               .unwrap(f.supportPhone) { .text(" · \(t("layout.phone")) \($0)") })
                        ),
                        .ul(.class("footer-links"),
                            .li(.a(.href(esc(f.accessibilityHref)), .text(t("layout.accessibility")))),
                            .li(.a(.href(esc(f.privacyHref)), .text(t("layout.privacy"))))
                        )
                    )
                ),
                .if(f.session != nil, .script(.src("/js/session.js"), .defer()))
            )
        )
    }

    static func userBox<C: Body>(_ c: PageContext) -> Node<C> {
        let f = c.frame
        let t = c.t
        return .div(.class("header-user"),
            .a(.class("header-user-name"), .href(esc(f.accountHref)), .text(f.userName ?? ""),
               .span(.class("sr-only"), .text(", " + t("layout.profile")))),
            .span(.class("header-user-role"), .text(f.roleLabel ?? "")),
            .unwrap(f.session) { .span(.class("header-session"), .id("session-note"), .text($0.text)) },
            .form(.method(.post), .action(esc(f.logoutAction)), .class("inline-form"),
                csrf(c),
                .button(.type(.submit), .class("button button-secondary button-small"), .text(t("layout.logout")))
            )
        )
    }

    static func navItems(_ items: [PageFrame.NavItem]) -> Node<Plot.HTML.ListContext> {
        .forEach(items) { item in
            .li(.a(.href(esc(item.href)), .if(item.current, .group(.attr("aria-current", "page"), .class("current"))), .text(item.label)))
        }
    }

    static func csrf<C: Body>(_ c: PageContext) -> Node<C> {
        .group(
            .input(.type(.hidden), .name("csrf_token"), .value(esc(c.frame.csrfToken))),
            .input(.type(.hidden), .name("submission_key"), .value(esc(c.frame.submissionKey)))
        )
    }

    static func errorSummary(_ errors: [PageFrame.ErrorLink], _ t: Texts) -> Node<Body> {
        .if(!errors.isEmpty,
            .div(.class("error-summary"), .attr("role", "alert"), .attr("aria-labelledby", "error-summary-title"),
                .h2(.id("error-summary-title"), .class("error-summary-title"), .text(t("layout.errorSummaryTitle"))),
                .ul(.class("error-summary-list"), .forEach(errors) { .li(.a(.href(esc($0.href)), .text($0.message))) })
            ))
    }
}

/// `FormFields.input` and `FormFields.select` (Templates/Components/FormFields.swift) in Plot.
enum PlotFields {
    static func input<C: Body>(_ f: FormField, _ t: Texts) -> Node<C> {
        .div(.class("form-group" + (f.error != nil ? " form-error" : "")),
            label(f, t),
            hintAndError(f, t),
            .input(.class("form-input input-\(esc(f.width))"), .id(esc(f.id)), .name(esc(f.name)), .attribute(named: "type", value: esc(f.type)),
                   .value(esc(f.value)), .attribute(named: "autocomplete", value: f.autocomplete.map(esc)),
                   .attribute(named: "aria-describedby", value: f.describedBy.map(esc)),
                   .attribute(named: "aria-invalid", value: f.error != nil ? "true" : nil),
                   .attribute(named: "maxlength", value: f.maxLength.map(String.init)),
                   .attribute(named: "inputmode", value: f.inputmode.map(esc)), .attribute(named: "list", value: f.listID.map(esc))),
            .unwrap(f.listID) { list in
                .datalist(.id(esc(list)), .forEach(f.options) { .element(named: "option", nodes: [.attr("value", $0.value)]) })
            }
        )
    }

    static func select<C: Body>(_ f: FormField, _ t: Texts) -> Node<C> {
        .div(.class("form-group" + (f.error != nil ? " form-error" : "")),
            label(f, t),
            hintAndError(f, t),
            .select(.class("form-select input-\(esc(f.width))"), .id(esc(f.id)), .attr("name", f.name), .attr("aria-describedby", f.describedBy),
                    .attr("aria-invalid", f.error != nil ? "true" : nil),
                .forEach(f.options) { option in
                    .element(named: "option", nodes: [.attr("value", option.value), .flag("selected", option.selected), .text(option.label)])
                }
            )
        )
    }

    static func label<C: Body>(_ f: FormField, _ t: Texts) -> Node<C> {
        .label(.class("form-label"), .for(esc(f.id)), .text(f.label), .if(f.optional, .span(.class("optional"), .text(" " + t("form.optional")))))
    }

    static func hintAndError<C: Body>(_ f: FormField, _ t: Texts) -> Node<C> {
        .group(
            .unwrap(f.hintID) { id in .p(.class("form-hint"), .id(esc(id)), .text(f.hint ?? "")) },
            .unwrap(f.error) { error in
                .p(.class("form-error-message"), .attr("id", f.errorID), .span(.class("sr-only"), .text(t("form.errorPrefix") + " ")), .text(error))
            }
        )
    }
}

enum PlotChildList {
    static func page(_ v: ChildListView, _ c: PageContext) -> PlotHTML {
        PlotLayout.page(c, content: body(v, c))
    }

    static func body(_ v: ChildListView, _ c: PageContext) -> Node<Body> {
        let t = c.t
        return .group(
            .div(.class("page-heading"),
                .h1(.text(t("children.heading"))),
                .a(.class("button button-primary"), .href(esc(v.newHref)), .text(t("children.new")))
            ),
            v.isCaseworker
                ? .p(.class("lead"), .text(t("children.intro.caseworker") + " "), .a(.href(esc(v.searchHref)), .text(t("children.searchAll"))))
                : .p(.class("lead"), .text(t("children.intro.coordinator"))),
            .form(.method(.get), .action(esc(v.action)), .class("filter-form"), .attr("role", "search"), .ariaLabel(esc(t("children.filter.label"))),
                PlotFields.input(v.form.q, t),
                .div(.class("filter-grid"),
                    PlotFields.select(v.form.status, t),
                    PlotFields.select(v.form.age, t),
                    PlotFields.select(v.form.school, t),
                    PlotFields.select(v.form.district, t),
                    PlotFields.select(v.form.source, t)
                ),
                .div(.class("button-row compact"),
                    .button(.type(.submit), .class("button button-secondary"), .text(t("children.filter.submit"))),
                    .a(.class("button-link"), .href(esc(v.clearHref)), .text(t("children.filter.clear"))),
                    .unwrap(v.exportHref) { .a(.class("button-link"), .href(esc($0)), .text(t("children.export"))) }
                )
            ),
            .div(.class("table-wrap"), .attr("tabindex", "0"), .attr("role", "region"), .ariaLabel(esc(t("layout.scrollTable"))),
                .table(.class("table"),
                    .caption(.text(v.summary)),
                    .thead(.tr(
                        .forEach(v.columns) { column in
                            .th(.attr("scope", "col"), .attr("aria-sort", column.ariaSort),
                                .a(.class("sort-link"), .href(esc(column.href)), .text(column.label),
                                   .if(column.sorted, .group(.text(" "), .span(.ariaHidden(true), .text(column.arrow))))))
                        },
                        .th(.attr("scope", "col"), .text(t("children.column.district")))
                    )),
                    .tbody(.forEach(v.rows) { row in
                        .tr(
                            .td(.a(.href(esc(row.href)), .text(row.name))),
                            .td(.text(row.age)),
                            .td(.text(row.school)),
                            .td(.span(.class("badge badge-\(esc(row.statusKind))"), .text(row.status))),
                            .td(.text(row.referred)),
                            .td(.text(row.district))
                        )
                    })
                )
            ),
            .if(v.rows.isEmpty, .p(.text(t("children.empty")))),
            pagination(v.pagination, t)
        )
    }

    static func pagination(_ p: Pagination, _ t: Texts) -> Node<Body> {
        .if(p.hasPages,
            .nav(.class("pagination"), .ariaLabel(esc(t("pagination.label"))),
                .ul(
                    .unwrap(p.previousHref) { .li(.a(.href(esc($0)), .attr("rel", "prev"), .text(t("pagination.previous")))) },
                    .forEach(p.pages) { page in
                        page.current
                            ? .li(.span(.attr("aria-current", "page"), .class("current"), .text(page.label)))
                            : .li(.a(.href(esc(page.href)), .text(page.label)))
                    },
                    .unwrap(p.nextHref) { .li(.a(.href(esc($0)), .attr("rel", "next"), .text(t("pagination.next")))) }
                )
            ))
    }
}

enum PlotPortal {
    static func page(_ v: PortalView, _ c: PageContext) -> PlotHTML {
        PlotLayout.page(c, content: body(v, c))
    }

    static func body(_ v: PortalView, _ c: PageContext) -> Node<Body> {
        let t = c.t
        return .group(
            .h1(.class("with-sub"), .text(t("portal.heading"))),
            v.linked ? linked(v, c) : .div(.class("alert alert-info"),
                .p(.class("alert-heading"), .text(t("flash.info"))), .p(.class("alert-text"), .text(t("portal.notLinked"))))
        )
    }

    static func linked(_ v: PortalView, _ c: PageContext) -> Node<Body> {
        let t = c.t
        return .group(
            .p(.class("sub-heading"), .text(v.associationName)),
            .p(.class("lead"), .text(t("portal.intro"))),
            v.hasChildren
                ? .group(.h2(.text(t("portal.children.heading"))), .ul(.class("portal-list"), .forEach(v.children) { card($0, c) }))
                : .p(.text(t("portal.children.empty"))),
            .p(.class("muted"), .text(t("portal.consentNote"))),
            .h2(.text(t("portal.claims.heading"))),
            v.hasClaims
                ? .div(.class("table-wrap"), .attr("tabindex", "0"), .attr("role", "region"), .ariaLabel(esc(t("layout.scrollTable"))),
                    .table(.class("table"),
                        .caption(.class("sr-only"), .text(t("portal.claims.heading"))),
                        .thead(.tr(
                            .th(.attr("scope", "col"), .text(t("portal.child"))),
                            .th(.attr("scope", "col"), .class("num"), .text(t("portal.claim.amount"))),
                            .th(.attr("scope", "col"), .text(t("portal.receipt.sent"))),
                            .th(.attr("scope", "col"), .text(t("claim.status")))
                        )),
                        .tbody(.forEach(v.claims) { claim in
                            .tr(
                                .td(.a(.href(esc(claim.href)), .text(claim.child))),
                                .td(.class("num"), .text(claim.amount)),
                                .td(.text(claim.sent)),
                                .td(.span(.class("badge badge-\(esc(claim.statusKind))"), .text(claim.status)))
                            )
                        })
                    ))
                : .p(.text(t("portal.claims.empty")))
        )
    }

    static func card(_ card: PortalView.ChildCard, _ c: PageContext) -> Node<Plot.HTML.ListContext> {
        let t = c.t
        return .li(.class("panel"),
            .h3(.class("panel-title"), .text(card.name + " "), .span(.class("badge badge-\(esc(card.statusKind))"), .text(card.status))),
            .p(.text(card.activity), .unwrap(card.started) { .text(" · " + $0) }),
            .unwrap(card.adaptation) { .p(.class("portal-adaptation"), .strong(.text(t("portal.child.adaptation"))), .text(" " + $0)) },
            .forEach(card.grants) { grant($0, childName: card.name, t) },
            .if(!card.hasGrants, .p(.class("muted"), .text(t("portal.child.noGrant")))),
            .unwrap(card.followUp) { followUp($0, c) },
            .div(.class("button-row compact"),
                .unwrap(card.startAction) { action in
                    .form(.method(.post), .action(esc(action)), .class("inline-form"),
                        PlotLayout.csrf(c),
                        .button(.type(.submit), .class("button button-secondary"), .text(t("portal.start.button")),
                                .span(.class("sr-only"), .text(" – " + card.name)))
                    )
                },
                .unwrap(card.stopHref) { .a(.href(esc($0)), .text(t("portal.stop.link")), .span(.class("sr-only"), .text(" – " + card.name))) }
            )
        )
    }

    static func grant(_ grant: PortalView.GrantLine, childName: String, _ t: Texts) -> Node<Body> {
        .div(.class("portal-grant"),
            .p(.strong(.text(grant.line)), .text(" · \(grant.period) · "), .span(.class("badge badge-\(esc(grant.statusKind))"), .text(grant.status)),
               .unwrap(grant.deadline) { .group(.br(), .span(.class("muted"), .text($0))) }),
            .div(.class("button-row compact"),
                .unwrap(grant.claimHref) {
                    .a(.class("button button-secondary"), .href(esc($0)), .text(grant.claimLabel), .span(.class("sr-only"), .text(" – " + childName)))
                },
                .unwrap(grant.continueHref) {
                    .a(.class("button button-secondary"), .href(esc($0)), .text(t("portal.claim.continue")),
                       .span(.class("sr-only"), .text(" – " + childName)))
                },
                .unwrap(grant.receiptHref) {
                    .a(.href(esc($0)), .text(t("portal.claim.seeReceipt")), .span(.class("sr-only"), .text(" – " + childName)))
                }
            )
        )
    }

    static func followUp(_ f: PortalView.FollowUpCard, _ c: PageContext) -> Node<Body> {
        let t = c.t
        return .form(.method(.post), .action(esc(f.action)), .class("portal-followup"),
            PlotLayout.csrf(c),
            .fieldset(.class("fieldset"),
                .element(named: "legend", nodes: [.class("form-label"), .text(f.question)]),
                .p(.class("form-hint"), .text(f.when)),
                .div(.class("form-choice"),
                    .input(.class("form-checkbox"), .type(.checkbox), .id(esc(f.helpID)), .name("needsHelp"), .value("yes")),
                    .label(.for(esc(f.helpID)), .text(t("portal.followup.needsHelp")))
                ),
                .div(.class("button-row compact"),
                    .button(.type(.submit), .name("attendance"), .value("regular"), .class("button button-secondary"), .text(t("portal.followup.regular"))),
                    .button(.type(.submit), .name("attendance"), .value("irregular"), .class("button button-secondary"),
                            .text(t("portal.followup.irregular"))),
                    .button(.type(.submit), .name("attendance"), .value("stopped"), .class("button button-secondary"), .text(t("portal.followup.stopped"))),
                    .button(.type(.submit), .name("attendance"), .value("unsure"), .class("button button-secondary"), .text(t("portal.followup.unsure")))
                )
            )
        )
    }
}
