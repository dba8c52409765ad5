import Foundation
import Views

/// Realistic view models for the two pages: a coordinator's children list (50 rows, the filters
/// and a page window) and the portal of a busy club (~100 children with grants and follow-ups).
/// Danish names with æøå, and a few `<` and `&` in the text so that escaping is exercised.
enum Fixtures {
    static let firstNames = ["Søren", "Åse", "Mikkel", "Freja", "Ærlig", "Bjørn", "Sofie", "Jørgen", "Mathilde", "Østen",
                             "Ida", "Noah", "Laura", "Malthe", "Ellen", "Aske", "Karla", "Frederik", "Agnes", "Emil"]
    static let lastNames = ["Sørensen", "Møller", "Lærkegaard", "Østergaard", "Andersen", "Jørgensen", "Dæhnfeldt",
                            "Nielsen", "Hansen", "Bækgaard", "Pedersen", "Kjær", "Thomsen", "Rasmussen", "Søndergaard"]
    static let schools = ["Skolen ved Søerne", "Ålholm Skole", "Højvangskolen", "Nørre Fælled Skole", "Vibenshus Skole & SFO",
                          "Kirsebærhavens Skole", "Øster Farimagsgades Skole", "Bavnehøj Skole", "Tingbjerg Skole",
                          "Lykkebo Skole", "Randersgades Skole", "Sølvgades Skole"]
    static let districts = ["Østerbro", "Nørrebro", "Vesterbro/Kongens Enghave", "Amager Øst", "Amager Vest", "Valby",
                            "Brønshøj-Husum", "Bispebjerg"]
    static let activities = ["Fodbold U10", "Svømning <begyndere>", "Spejder – Ørnene", "Håndbold piger", "Gymnastik & springgymnastik",
                             "Kor for børn", "Ridning", "Judo", "Skak", "Basketball U12", "Dans (hiphop)", "Badminton"]

    static func name(_ i: Int) -> (first: String, last: String) {
        (firstNames[i % firstNames.count], lastNames[(i * 7) % lastNames.count])
    }

    static func date(_ i: Int) -> String {
        String(format: "%02d.%02d.2025", 1 + (i * 5) % 28, 1 + (i * 3) % 12)
    }

    // MARK: The frame

    static func frame(_ t: Texts, title: String, current: String, role: String) -> PageFrame {
        let items: [(String, String)] = [("/dashboard", "nav.dashboard"), ("/children", "nav.children"), ("/referrals", "nav.referrals"),
                                         ("/associations", "nav.associations"), ("/activities", "nav.activities"),
                                         ("/payments", "nav.payments"), ("/budget", "nav.budget"), ("/users", "nav.users")]
        let nav = items.map { PageFrame.NavItem(href: $0.0, label: t($0.1), current: $0.0 == current) }
        return PageFrame(
            lang: "da", title: "\(title) – Fritidspas – Københavns Kommune", signedIn: true, userName: "Birgitte Ærenlund-Søgaard",
            roleLabel: t(role), municipalityName: "Københavns Kommune", schemeName: "Fritidspas", nav: nav, flash: nil,
            csrfToken: "Zk3bQ9x-7YtR2mP0aL5cW8vN1sD4fH6j", submissionKey: "q8Wd2Lk0Xz7Pb4Rn", errorSummary: [], hasErrors: false,
            supportEmail: "fritidspas@kk.dk", supportPhone: "33 66 33 66", accessibilityHref: "/tilgaengelighed",
            privacyHref: "/privatliv", accountHref: "/account", logoutAction: "/logout", homeHref: "/dashboard",
            session: SessionNote(text: t("session.endsAt", "14:35"), remainingSeconds: 1740, warningSeconds: 300,
                                 keepAliveAction: "/session/keep-alive", returnPath: current))
    }

    // MARK: The children list

    static func field(_ t: Texts, _ name: String, label: String, options: [(String, String)], selected: String = "") -> FormField {
        FormField(id: "f-\(name)", name: name, label: t(label), hint: nil, hintID: nil, error: nil, errorID: nil, describedBy: nil,
                  value: selected, type: "text", autocomplete: nil, optional: false, width: "m",
                  options: options.enumerated().map { i, o in
                      FormField.Option(value: o.0, label: o.1, selected: o.0 == selected, id: "f-\(name)-\(i)")
                  },
                  rows: 0, maxLength: nil, inputmode: nil, listID: nil)
    }

    static func childList(_ t: Texts) -> ChildListView {
        let statuses = ["active", "referred", "registered", "waiting_list", "ended", "rejected"]
        let kinds = ["active": "success", "referred": "info", "registered": "neutral", "waiting_list": "warning",
                     "ended": "neutral", "rejected": "error"]
        let rows = (0..<50).map { i -> ChildListView.Row in
            let n = name(i)
            let status = statuses[i % statuses.count]
            return .init(name: "\(n.last), \(n.first)", href: "/children/\(10_000 + i * 37)", age: "\(6 + i % 12) år",
                         school: "\(schools[i % schools.count]), \(1 + i % 9).\(["a", "b", "c"][i % 3])",
                         district: districts[i % districts.count], status: t("child.status.\(status)"),
                         statusKind: kinds[status]!, referred: i % 5 == 4 ? "–" : date(i))
        }
        let columnKeys = [("name", "children.column.name"), ("age", "children.column.age"), ("school", "children.column.school"),
                          ("status", "children.column.status"), ("referred", "children.column.referred")]
        let columns = columnKeys.map { sort, label in
            ChildListView.Column(label: t(label), href: "/children?status=active&sort=\(sort)\(sort == "name" ? "&dir=desc" : "")",
                                 ariaSort: sort == "name" ? "ascending" : nil, sorted: sort == "name", arrow: sort == "name" ? "▲" : "")
        }
        let any = ("", t("children.filter.any"))
        let form = ChildListView.Filters(
            q: FormField(id: "f-q", name: "q", label: t("children.filter.search"), hint: t("children.filter.search.hint"),
                         hintID: "f-q-hint", error: nil, errorID: nil, describedBy: "f-q-hint", value: "Søren & co", type: "search",
                         autocomplete: nil, optional: false, width: "l", options: [], rows: 0, maxLength: nil, inputmode: nil, listID: nil),
            status: field(t, "status", label: "children.filter.status",
                          options: [any] + statuses.map { ($0, t("child.status.\($0)")) }, selected: "active"),
            school: field(t, "school", label: "children.filter.school", options: [any] + schools.map { ($0, $0) }),
            district: field(t, "district", label: "children.filter.district", options: [any] + districts.map { ($0, $0) }),
            source: field(t, "source", label: "children.filter.source",
                          options: [any] + ["club", "family", "health_nurse", "integration", "other", "school", "social_services", "ssp"]
                              .map { ($0, t("department.\($0)")) }),
            age: field(t, "age", label: "children.filter.age",
                       options: [any] + ["0-5", "6-9", "10-12", "13-15", "16-17", "18+"].map { ($0, t("children.age.\($0)")) }))
        let pages = (1...7).map { Pagination.PageLink(label: String($0), href: "/children?status=active&page=\($0)", current: $0 == 2) }
        return ChildListView(
            rows: rows, summary: t("children.summary", "1.312", "2", "27"), columns: columns, form: form, action: "/children",
            clearHref: "/children", newHref: "/children/new", searchHref: "/children/search",
            exportHref: "/children/export?sort=name", isCaseworker: false,
            pagination: Pagination(pages: pages, previousHref: "/children?status=active", nextHref: "/children?status=active&page=3"))
    }

    // MARK: The busiest club's portal

    static func portal(_ t: Texts) -> PortalView {
        let enrolment = ["active", "enrolled", "active", "active", "stopped"]
        let enrolmentKind = ["active": "success", "enrolled": "info", "stopped": "neutral"]
        let enrolmentLabel = ["active": "Går til aktiviteten", "enrolled": "Tilmeldt", "stopped": "Stoppet"]
        let grantKinds = ["fee", "equipment", "camp"]
        let children = (0..<100).map { i -> PortalView.ChildCard in
            let n = name(i)
            let child = "\(n.first) \(n.last.prefix(1))."
            let status = enrolment[i % enrolment.count]
            let grants = (0..<(i % 3 == 0 ? 2 : 1)).map { g -> PortalView.GrantLine in
                let state = (i + g) % 4   // 0 claimable, 1 draft to continue, 2 claimed, 3 paid
                let amount = ["600,00 kr.", "1.250,00 kr.", "450,00 kr."][(i + g) % 3]
                let statusKey = ["grant.status.granted", "claim.status.draft", "claim.status.submitted", "claim.status.paid"][state]
                return PortalView.GrantLine(
                    line: "\(t("grant.kind.\(grantKinds[(i + g) % 3])")), \(amount)", period: "01.08.2025–31.07.2026",
                    status: t(statusKey), statusKind: ["info", "neutral", "warning", "success"][state],
                    claimHref: state == 0 ? "/portal/grants/\(5_000 + i * 3 + g)/claim" : nil,
                    claimLabel: t("portal.claim.button", amount),
                    continueHref: state == 1 ? "/portal/claims/\(8_000 + i * 3 + g)/check" : nil,
                    receiptHref: state >= 2 ? "/portal/claims/\(8_000 + i * 3 + g)" : nil,
                    deadline: state <= 1 ? t("portal.claim.deadline", "31.10.2025") : nil)
            }
            let activity = activities[i % activities.count]
            return PortalView.ChildCard(
                name: t("portal.child.name", child, String(2012 + i % 8)), activity: activity, status: enrolmentLabel[status]!,
                statusKind: enrolmentKind[status]!, startAction: status == "enrolled" ? "/portal/enrolments/\(3_000 + i)/start" : nil,
                stopHref: status == "stopped" ? nil : "/portal/enrolments/\(3_000 + i)/stopped",
                started: status == "enrolled" ? nil : t(status == "stopped" ? "portal.child.stoppedOn" : "portal.child.startedOn", date(i)),
                grants: grants, hasGrants: !grants.isEmpty,
                followUp: i % 5 == 1 || i % 5 == 3
                    ? PortalView.FollowUpCard(action: "/portal/follow-ups/\(7_000 + i)", question: t("portal.followup.question", child, activity),
                                              when: t("portal.followup.when", i % 2 == 0 ? "3" : "6"), helpID: "needs-help-\(7_000 + i)")
                    : nil,
                adaptation: i % 7 == 2 ? "Har brug for hjælp til omklædning & en voksen, der tager imod <ved indgangen>." : nil)
        }
        let claims = (0..<60).map { i -> PortalView.ClaimLine in
            let n = name(i * 3)
            let state = ["submitted", "approved", "paid", "rejected"][i % 4]
            return PortalView.ClaimLine(child: "\(n.first) \(n.last.prefix(1)).", amount: ["600,00 kr.", "1.250,00 kr.", "450,00 kr."][i % 3],
                                        sent: date(i), status: t("claim.status.\(state)"),
                                        statusKind: ["warning", "info", "success", "error"][i % 4], href: "/portal/claims/\(8_000 + i)")
        }
        return PortalView(associationName: "Boldklubben Øresund & Omegn", linked: true, children: children, hasChildren: true,
                          claims: claims, hasClaims: true, today: "14.10.2025")
    }
}
