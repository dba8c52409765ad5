import Domain
import Foundation

/// Everything the child's page shows, already formatted.
public struct ChildPageView: Sendable {
    public struct Fact: Sendable {
        public let label: String
        public let value: String

        public init(label: String, value: String) {
            self.label = label
            self.value = value
        }
    }

    public struct GuardianView: Sendable {
        public let name: String
        public let relation: String
        public let phone: String?
        public let email: String?
        public let language: String?

        public init(name: String, relation: String, phone: String?, email: String?, language: String?) {
            self.name = name
            self.relation = relation
            self.phone = phone
            self.email = email
            self.language = language
        }
    }

    public struct ConsentView: Sendable {
        public let givenBy: String
        public let givenOn: String
        public let method: String
        public let covers: String
        public let expires: String
        public let state: String
        public let stateKind: String
        public let withdrawHref: String?

        public init(givenBy: String, givenOn: String, method: String, covers: String, expires: String, state: String, stateKind: String, withdrawHref: String?) {
            self.givenBy = givenBy
            self.givenOn = givenOn
            self.method = method
            self.covers = covers
            self.expires = expires
            self.state = state
            self.stateKind = stateKind
            self.withdrawHref = withdrawHref
        }
    }

    public struct ReferralView: Sendable {
        public let heading: String
        public let status: String
        public let statusKind: String
        public let facts: [Fact]
        public let decision: String?
        public let canAssess: Bool
        public let canDecide: Bool
        public let assessAction: String
        public let decideHref: String

        public init(heading: String, status: String, statusKind: String, facts: [Fact], decision: String?, canAssess: Bool, canDecide: Bool, assessAction: String, decideHref: String) {
            self.heading = heading
            self.status = status
            self.statusKind = statusKind
            self.facts = facts
            self.decision = decision
            self.canAssess = canAssess
            self.canDecide = canDecide
            self.assessAction = assessAction
            self.decideHref = decideHref
        }
    }

    public struct PassView: Sendable {
        public let period: String
        public let cover: String
        public let status: String
        public let statusKind: String
        public var facts: [Fact]
        public let canUse: Bool
        public let canEnd: Bool
        public let useAction: String
        public let endHref: String
        public let today: String
        /// Season rollover: the pass ends within the window and the coordinator may renew it here.
        public let canRenew: Bool
        public let renewAction: String
        public let id: String

        public init(period: String, cover: String, status: String, statusKind: String, facts: [Fact], canUse: Bool, canEnd: Bool, useAction: String, endHref: String, today: String, canRenew: Bool, renewAction: String, id: String) {
            self.period = period
            self.cover = cover
            self.status = status
            self.statusKind = statusKind
            self.facts = facts
            self.canUse = canUse
            self.canEnd = canEnd
            self.useAction = useAction
            self.endHref = endHref
            self.today = today
            self.canRenew = canRenew
            self.renewAction = renewAction
            self.id = id
        }
    }

    public struct TimelineEntry: Sendable {
        public let date: String
        public let text: String
        public let detail: String?
        public let sortKey: Date
        /// Where the entry can be read in full (a letter).
        public var href: String? = nil

        public init(date: String, text: String, detail: String?, sortKey: Date, href: String? = nil) {
            self.date = date
            self.text = text
            self.detail = detail
            self.sortKey = sortKey
            self.href = href
        }
    }

    public let name: String
    public let ageLine: String
    public let status: String
    public let statusKind: String
    public let editHref: String
    public let newReferralHref: String
    public let newConsentHref: String
    public let backHref: String
    public let facts: [Fact]
    public let guardians: [GuardianView]
    public let consentInForce: [Fact]
    public let consentWarnings: [String]
    public let hasConsentWarnings: Bool
    public let noConsent: Bool
    public let consents: [ConsentView]
    public let hasConsents: Bool
    public let referrals: [ReferralView]
    public let hasReferrals: Bool
    public var passes: [PassView]
    public let hasPasses: Bool
    public var timeline: [TimelineEntry]
    public let isCoordinator: Bool
    public let caseworkerAction: String
    public let caseworker: FormField
    public let caseworkerName: String
    public var privacy: Privacy?

    /// Privacy: who opened the record, access requests, anonymisation.
    public struct Privacy: Sendable {
        public struct Viewer: Sendable {
            public let name: String
            public let role: String
            public let count: String
            public let last: String

            public init(name: String, role: String, count: String, last: String) {
                self.name = name
                self.role = role
                self.count = count
                self.last = last
            }
        }

        public let viewers: [Viewer]
        public let hasViewers: Bool
        public let anonymised: String?
        public let accessRequestHref: String
        public let anonymiseHref: String?

        public init(viewers: [Viewer], hasViewers: Bool, anonymised: String?, accessRequestHref: String, anonymiseHref: String?) {
            self.viewers = viewers
            self.hasViewers = hasViewers
            self.anonymised = anonymised
            self.accessRequestHref = accessRequestHref
            self.anonymiseHref = anonymiseHref
        }
    }
    /// Activities, grants and claims; set by the controller.
    public var money: ChildMoneyView? = nil
    /// Decision letters, pass cards and the letter language; set by the controller.
    public var letters: ChildLettersView? = nil
    // Guidance
    public let guidance: ChildGuidanceView

    public init(name: String, ageLine: String, status: String, statusKind: String, editHref: String, newReferralHref: String, newConsentHref: String, backHref: String, facts: [Fact], guardians: [GuardianView], consentInForce: [Fact], consentWarnings: [String], hasConsentWarnings: Bool, noConsent: Bool, consents: [ConsentView], hasConsents: Bool, referrals: [ReferralView], hasReferrals: Bool, passes: [PassView], hasPasses: Bool, timeline: [TimelineEntry], isCoordinator: Bool, caseworkerAction: String, caseworker: FormField, caseworkerName: String, privacy: Privacy? = nil, money: ChildMoneyView? = nil, letters: ChildLettersView? = nil, guidance: ChildGuidanceView) {
        self.name = name
        self.ageLine = ageLine
        self.status = status
        self.statusKind = statusKind
        self.editHref = editHref
        self.newReferralHref = newReferralHref
        self.newConsentHref = newConsentHref
        self.backHref = backHref
        self.facts = facts
        self.guardians = guardians
        self.consentInForce = consentInForce
        self.consentWarnings = consentWarnings
        self.hasConsentWarnings = hasConsentWarnings
        self.noConsent = noConsent
        self.consents = consents
        self.hasConsents = hasConsents
        self.referrals = referrals
        self.hasReferrals = hasReferrals
        self.passes = passes
        self.hasPasses = hasPasses
        self.timeline = timeline
        self.isCoordinator = isCoordinator
        self.caseworkerAction = caseworkerAction
        self.caseworker = caseworker
        self.caseworkerName = caseworkerName
        self.privacy = privacy
        self.money = money
        self.letters = letters
        self.guidance = guidance
    }
}

extension ChildPageView: Page {
    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <a class="back-link" href="\(backHref)">\(t("children.backToList"))</a>
        <div class="page-heading">
          <div>
            <h1 class="with-sub">\(name)</h1>
            <p class="sub-heading">\(ageLine) · <span class="badge badge-\(statusKind)">\(status)</span></p>
          </div>
          <div class="action-links">
            <a class="button button-primary" href="\(newReferralHref)">\(t("child.action.newReferral"))</a>
            <a class="button button-secondary" href="\(editHref)">\(t("child.action.edit"))</a>
          </div>
        </div>

        """
        if let anonymised = privacy?.anonymised {
            "<div class=\"alert alert-info\"><p class=\"alert-heading\">\(t("flash.info"))</p><p class=\"alert-text\">\(anonymised)</p></div>\n"
        }
        if noConsent {
            """
            <div class="alert alert-warning">
              <p class="alert-heading">\(t("flash.warning"))</p>
              <p class="alert-text">\(t("consent.missing")) <a href="\(newConsentHref)">\(t("consent.record"))</a></p>
            </div>

            """
        }
        for warning in consentWarnings {
            """
            <div class="alert alert-warning">
              <p class="alert-heading">\(t("flash.warning"))</p>
              <p class="alert-text">\(warning)</p>
            </div>

            """
        }
        """

        <div class="columns">
        <section class="column-main">
          <h2>\(t("child.section.details"))</h2>
          <dl class="summary-list">
            \(Self.facts(facts))
            <div><dt>\(t("child.caseworker"))</dt><dd>\(caseworkerName)</dd></div>
          </dl>

          <h2>\(t("child.section.guardians"))</h2>

        """
        for guardian in guardians {
            """
              <dl class="summary-list">
                <div><dt>\(t("guardian.name"))</dt><dd>\(guardian.name) (\(guardian.relation))</dd></div>

            """
            if let phone = guardian.phone { "<div><dt>\(t("guardian.phone"))</dt><dd>\(phone)</dd></div>\n" }
            if let email = guardian.email { "<div><dt>\(t("guardian.email"))</dt><dd>\(email)</dd></div>\n" }
            if let language = guardian.language { "<div><dt>\(t("guardian.language"))</dt><dd>\(language)</dd></div>\n" }
            "  </dl>\n"
        }
        """

          <h2 id="referrals">\(t("child.section.referrals"))</h2>

        """
        if !hasReferrals { "<p>\(t("child.noReferrals"))</p>\n" }
        for referral in referrals { Self.referral(referral, c) }
        """

          <h2 id="passes">\(t("child.section.passes"))</h2>

        """
        if !hasPasses { "<p>\(t("child.noPasses"))</p>\n" }
        for pass in passes { Self.pass(pass, c) }
        if let money { money.body(c) }
        guidance.body(c)
        if let letters { letters.body(c) }
        """
        </section>

        <aside class="column-side">
          <section class="panel">
            <h2 class="panel-title">\(t("consent.heading"))</h2>
            <dl class="summary-list compact">\(Self.facts(consentInForce))</dl>

        """
        for consent in consents {
            """
                <div class="consent-item">
                  <p><span class="badge badge-\(consent.stateKind)">\(consent.state)</span> \(consent.givenBy), \(consent.givenOn) (\(consent.method))</p>
                  <p class="muted">\(consent.covers) · \(t("consent.expiresOn")): \(consent.expires)</p>

            """
            if let href = consent.withdrawHref { "<p><a href=\"\(href)\">\(t("consent.withdraw"))</a></p>\n" }
            "    </div>\n"
        }
        """
            <p><a class="button button-secondary" href="\(newConsentHref)">\(t("consent.record"))</a></p>
          </section>

        """
        if isCoordinator {
            """
              <section class="panel">
                <h2 class="panel-title">\(t("child.caseworker"))</h2>
                <form method="post" action="\(caseworkerAction)">
                  \(c.csrf)
                  \(c.select(caseworker))
                  <button type="submit" class="button button-secondary">\(t("child.caseworker.save"))</button>
                </form>
              </section>

            """
        }
        if let privacy { privacy.body(c) }
        """

          <section class="panel">
            <h2 class="panel-title">\(t("timeline.heading"))</h2>
            <ol class="timeline">
              \(timeline.html { Self.timelineEntry($0) })
            </ol>
          </section>
        </aside>
        </div>

        """
    }

    static func facts(_ facts: [Fact]) -> HTML {
        facts.html { "<div><dt>\($0.label)</dt><dd>\($0.value)</dd></div>" }
    }

    @Markup static func referral(_ r: ReferralView, _ c: PageContext) -> HTML {
        let t = c.t
        """
          <div class="panel">
            <h3 class="panel-title">\(r.heading) <span class="badge badge-\(r.statusKind)">\(r.status)</span></h3>
            <dl class="summary-list compact">
              \(facts(r.facts))
            </dl>

        """
        if let decision = r.decision { "<p><strong>\(t("referral.decision")):</strong> \(decision)</p>\n" }
        if r.canDecide {
            """
                <div class="button-row compact">
                  <a class="button button-secondary" href="\(r.decideHref)">\(t("referral.decide"))</a>

            """
            if r.canAssess {
                """
                      <form method="post" action="\(r.assessAction)" class="inline-form">\(c.csrf)
                        <button type="submit" class="button button-secondary">\(t("referral.startAssessment"))</button>
                      </form>

                """
            }
            "    </div>\n"
        }
        "  </div>\n"
    }

    @Markup static func pass(_ p: PassView, _ c: PageContext) -> HTML {
        let t = c.t
        """
          <div class="panel">
            <h3 class="panel-title">\(t("pass.heading")) <span class="badge badge-\(p.statusKind)">\(p.status)</span></h3>
            <p>\(p.period) · \(p.cover)</p>
            <dl class="summary-list compact">\(facts(p.facts))</dl>
            <div class="button-row compact">

        """
        if p.canUse {
            """
                  <form method="post" action="\(p.useAction)" class="inline-form">\(c.csrf)
                    <input type="hidden" name="date" value="\(p.today)">
                    <button type="submit" class="button button-secondary">\(t("pass.markInUse"))</button>
                  </form>

            """
        }
        if p.canRenew {
            """
                  <form method="post" action="\(p.renewAction)" class="inline-form">\(c.csrf)
                    <input type="hidden" name="passes[]" value="\(p.id)"><input type="hidden" name="from" value="child">
                    <button type="submit" class="button button-secondary">\(t("pass.renew"))</button>
                  </form>

            """
        }
        if p.canEnd { "<a class=\"button-link\" href=\"\(p.endHref)\">\(t("pass.end"))</a>\n" }
        """
            </div>
          </div>

        """
    }

    @Markup static func timelineEntry(_ e: TimelineEntry) -> HTML {
        "<li><span class=\"timeline-date\">\(e.date)</span> "
        if let href = e.href { "<a href=\"\(href)\">\(e.text)</a>" } else { "\(e.text)" }
        if let detail = e.detail { "<span class=\"muted\"> – \(detail)</span>" }
        "</li>"
    }
}

extension ChildPageView.Privacy {
    /// Who opened the record (coordinators only), access requests, anonymisation.
    @Markup public func body(_ c: PageContext) -> HTML {
        let t = c.t
        if anonymised == nil {
            """
            <section class="panel">
              <h2 class="panel-title">\(t("privacy.panel.heading"))</h2>
              <h3 class="small-heading">\(t("privacy.panel.viewers"))</h3>

            """
            if hasViewers {
                """
                  <ul class="plain-list compact-list">
                    \(viewers.html { "<li>\($0.name)\($0.role.isEmpty ? "" : " (\($0.role))" as HTML) · \($0.count) × · \(t("privacy.panel.last")) \($0.last)</li>" })
                  </ul>

                """
            } else {
                "<p class=\"muted\">\(t("privacy.panel.noViewers"))</p>\n"
            }
            "  <p><a href=\"\(accessRequestHref)\">\(t("privacy.panel.accessRequest"))</a></p>\n"
            if let anonymiseHref { "<p><a class=\"danger-link\" href=\"\(anonymiseHref)\">\(t("privacy.panel.anonymise"))</a></p>\n" }
            "</section>\n"
        }
    }
}
