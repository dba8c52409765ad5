import Domain
import Foundation

extension ChildPageView {
    /// Season rollover: each renewal beside its pass ("Fornyet 04.12.2026 fra 30.06.2027, af …")
    /// and on the timeline, so the pass's longer life can be read on the child's page.
    mutating func add(renewals: [PassRenewalRecord], t: Texts) {
        for renewal in renewals {
            let text = t("pass.renewedFrom", renewal.previousValidTo.display, renewal.validTo.display)
            if let index = passes.firstIndex(where: { $0.id == renewal.passID.description }) {
                passes[index].facts.append(Fact(label: t("pass.renewedOn", renewal.renewedOn.display),
                                                value: [text, renewal.renewedByName].compactMap { $0 }.joined(separator: " · ")))
            }
            timeline.append(TimelineEntry(date: renewal.renewedOn.display, text: t("timeline.passRenewed"), detail: text,
                                          sortKey: renewal.renewedOn.startOfDay))
        }
        timeline.sort { $0.sortKey > $1.sortKey }
    }
}
