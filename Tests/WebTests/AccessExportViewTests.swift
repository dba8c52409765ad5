import Domain
import Foundation
import Store
import Testing
@testable import Web

/// The access-request document is read by a family: every column it shows has words in both
/// languages, and stored codes and amounts are shown as the product shows them elsewhere.
@Suite struct AccessExportViewTests {
    let catalogue = try! TextCatalogue.bundled()

    @Test func everyShownColumnOfTheChildsDataHasALabel() {
        for language in [Language.da, .en] {
            let t = catalogue.bind(language)
            for table in PersonalData.tables where table.childRows != nil && table.name != "audit_event" {
                for column in table.columns.keys where !AccessExportView.isReference(column) {
                    let key = "export.column.\(column)"
                    #expect(t(key) != key, "\(language): \(table.name).\(column) has no \(key)")
                }
            }
        }
    }

    @Test func codesAmountsAndReferencesAreShownForPeople() {
        let t = catalogue.bind(.da)
        #expect(AccessExportView.format("support_grant", "amount", "90000", t: t) == "900,00 kr.")
        #expect(AccessExportView.format("support_grant", "status", "granted", t: t) == t("grant.status.granted"))
        #expect(AccessExportView.format("referral", "reasons", "economic,social", t: t)
            == t("referral.reason.economic") + ", " + t("referral.reason.social"))
        #expect(AccessExportView.format("guidance_session", "minutes", "60", t: t) == "60 min.")
        #expect(AccessExportView.format("follow_up", "still_active", "1", t: t) == "Ja")
        #expect(AccessExportView.format("referral", "status", "something_new", t: t) == "something_new", "an unknown code is shown as stored")
        #expect(AccessExportView.isReference("funding_source_id") && AccessExportView.isReference("created_by"))
        #expect(!AccessExportView.isReference("id") && !AccessExportView.isReference("amount"))
        let url = TestApp.root.appendingPathComponent("Sources/Web/Resources/Texts/da.json")
        let keys = (try? JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: String])?.keys.map { $0 } ?? []
        for (column, prefix) in AccessExportView.codeTexts {
            #expect(keys.contains { $0.hasPrefix(prefix) }, "\(column) → \(prefix)* has texts")
        }
    }
}
