import Domain
import Testing

@Suite struct MoneyTests {
    @Test(arguments: [
        ("1.234,50", 123_450), ("1234,5", 123_450), ("1234", 123_400), ("1.234", 123_400), ("0,01", 1), (",50", 50),
        ("1 234,50 kr.", 123_450), ("1234 kr", 123_400), ("1.234.567,89", 123_456_789), ("  42  ", 4200), ("+10", 1000),
        ("12,345", 1235), ("12,344", 1234), ("0,005", 1), ("0,004", 0), ("999,995", 100_000), ("1.000.000", 100_000_000),
    ] as [(String, Int64)])
    func parsesDanishAmounts(_ input: String, _ ore: Int64) {
        #expect(Money.parse(input) == .success(Money(ore: ore)), "\(input)")
    }

    @Test(arguments: [
        ("", Money.ParseError.empty), ("   ", .empty), ("-5", .negative), ("−5", .negative), ("-0,50", .negative),
        ("12.5", .invalid), ("1.23,00", .invalid), ("1,2,3", .invalid), ("abc", .invalid), ("12,", .invalid), ("1.2345", .invalid),
        ("12,5a", .invalid), ("kr.", .invalid), ("100000001", .tooLarge), ("9999999999999", .tooLarge),
    ] as [(String, Money.ParseError)])
    func refusesWhatIsNotAnAmount(_ input: String, _ error: Money.ParseError) {
        #expect(Money.parse(input) == .failure(error), "\(input)")
    }

    @Test func formatsAsDanishKroner() {
        #expect(Money(ore: 123_450).display == "1.234,50 kr.")
        #expect(Money(ore: 5).display == "0,05 kr.")
        #expect(Money(ore: 100_000_000).display == "1.000.000,00 kr.")
        #expect(Money(kroner: 999).display == "999,00 kr.")
        #expect(Money(ore: -30_000).display == "-300,00 kr.")
        #expect(Money(ore: 123_450).plain == "1.234,50")
        #expect(Money(ore: 123_405).export == "1234,05")
        #expect(Money.zero.display == "0,00 kr.")
    }

    @Test func formattingAndParsingRoundTrip() {
        for ore: Int64 in [1, 99, 100, 12_345, 1_000_000, 987_654_321] {
            #expect(Money.parse(Money(ore: ore).plain) == .success(Money(ore: ore)))
            #expect(Money.parse(Money(ore: ore).display) == .success(Money(ore: ore)))
        }
    }

    @Test func dashboardFiguresShowWholeKroner() {
        #expect(Money(ore: 143_200).displayKroner == "1.432 kr.")
        #expect(Money(ore: 123_450).displayKroner == "1.235 kr.", "50 øre rounds up")
        #expect(Money(ore: 123_449).displayKroner == "1.234 kr.")
        #expect(Money(ore: 1_234_567_890).displayKroner == "12.345.679 kr.")
        #expect(Money(ore: -30_000).displayKroner == "-300 kr.")
        #expect(Money(ore: -40).displayKroner == "0 kr.", "no minus on a rounded zero")
    }

    @Test func arithmeticIsExactInOre() {
        // 0,10 + 0,20 is exactly 0,30: no floating point anywhere.
        #expect(Money(ore: 10) + Money(ore: 20) == Money(ore: 30))
        #expect(Money.sum([Money(kroner: 900), Money(ore: 50), Money(ore: 50)]) == Money(kroner: 901))
        #expect((Money(kroner: 100) - Money(kroner: 250)).isNegative)
    }

    @Test func moneyFieldsSayWhatIsWrong() {
        var errors = ValidationErrors()
        #expect(MoneyField.required("0", field: "a", missing: "m", errors: &errors) == nil)
        #expect(MoneyField.required("-1", field: "b", missing: "m", errors: &errors) == nil)
        #expect(MoneyField.required("", field: "c", missing: "m", errors: &errors) == nil)
        #expect(MoneyField.required("1,2,3", field: "d", missing: "m", errors: &errors) == nil)
        #expect(errors.fields.map(\.message) == ["err.money.zero", "err.money.negative", "m", "err.money.invalid"])
        #expect(MoneyField.zeroOrMore("0", field: "e", missing: "m", errors: &errors) == .zero)
    }

    @Test(arguments: ["61126228", "24256790", "29189919", "DK 29 18 99 19", "29-18-99-19"])
    func acceptsValidCVR(_ cvr: String) {
        #expect(CVR.isValid(CVR.normalised(cvr)))
    }

    @Test(arguments: ["61126229", "24256791", "01234567", "2918991", "291899190", "2918991x", ""])
    func refusesInvalidCVR(_ cvr: String) {
        #expect(!CVR.isValid(CVR.normalised(cvr)))
    }

    @Test func associationFormChecksCVRAndRefusesCardNumbers() {
        let ok = AssociationInput(name: "Tvis Boldklub", cvr: "DK 29189919", categories: ["football"], website: "tvisbk.dk",
                                  bankReference: "Reg. 1234 konto 0001234567", acceptsFritidspas: "yes").validate()
        guard case .success(let details) = ok else { Issue.record("expected success: \(ok)"); return }
        #expect(details.cvr == "29189919" && details.website == "https://tvisbk.dk")
        let bad = AssociationInput(name: "", cvr: "29189918", categories: [], bankReference: "4111 1111 1111 1111",
                                   acceptsFritidspas: nil).validate()
        guard case .failure(let errors) = bad else { Issue.record("expected errors"); return }
        #expect(errors.message(for: "cvr")?.message == "err.association.cvr.invalid")
        #expect(errors.message(for: "bankReference")?.message == "err.association.bankReference.card")
        #expect(errors.fields.map(\.field) == ["name", "cvr", "categories", "bankReference", "acceptsFritidspas"])
        #expect(AssociationInput.looksLikeCardNumber("5555 5555 5555 4444"))
        #expect(!AssociationInput.looksLikeCardNumber("1234 0001234567"))
    }
}
