import Domain
import Testing

@Suite struct ValidationTests {
    @Test(arguments: ["a@b.dk", "mette.kjaer@holstebro.dk", "x+y@sub.kommune.dk"])
    func acceptsEmail(_ email: String) {
        #expect(Contact.isValidEmail(email))
    }

    @Test(arguments: ["", "a", "a@b", "a@@b.dk", "a b@c.dk", "@b.dk", "a@.dk", "a@b.d", "a@b.dk>", "a@-b.dk"])
    func rejectsEmail(_ email: String) {
        #expect(!Contact.isValidEmail(email))
    }

    @Test(arguments: ["12345678", "12 34 56 78", "+45 12 34 56 78", "004512345678", "+46 8 123 456 78"])
    func acceptsPhone(_ phone: String) {
        #expect(Contact.isValidPhone(phone))
    }

    @Test(arguments: ["1234567", "123456789", "12a45678", "+4", "tlf 12345678"])
    func rejectsPhone(_ phone: String) {
        #expect(!Contact.isValidPhone(phone))
    }

    @Test func municipalityDraftNamesEveryProblem() throws {
        let result = MunicipalityDraft.validate(slug: "Holste bro", name: " ", schemeName: "", supportEmail: "nope", supportPhone: "1")
        guard case .failure(let errors) = result else { Issue.record("expected errors"); return }
        #expect(errors.fields.map(\.field) == ["name", "slug", "schemeName", "supportEmail", "supportPhone"])
        #expect(errors.message(for: "slug")?.message == "err.municipality.slug.invalid")
    }

    @Test func userDraftNormalisesEmailAndRefusesRolesNotOffered() throws {
        let ok = UserDraft.validate(name: " Lars ", email: " Lars@Kommune.DK ", role: "caseworker",
                                    allowedRoles: Role.municipalRoles, municipalityID: MunicipalityID(1))
        #expect((try? ok.get())?.email == "lars@kommune.dk")
        #expect((try? ok.get())?.name == "Lars")
        let admin = UserDraft.validate(name: "Eve", email: "eve@x.dk", role: "admin",
                                       allowedRoles: Role.municipalRoles, municipalityID: MunicipalityID(1))
        guard case .failure(let errors) = admin else { Issue.record("admin must be refused"); return }
        #expect(errors.message(for: "role") != nil)
    }

    @Test func passwordPolicy() {
        #expect(PasswordPolicy.problem(with: "short") == "err.password.tooShort")
        #expect(PasswordPolicy.problem(with: String(repeating: "a", count: 129)) == "err.password.tooLong")
        #expect(PasswordPolicy.problem(with: "Password123") == "err.password.common")
        #expect(PasswordPolicy.problem(with: "aaaaaaaaaa") == "err.password.common")
        #expect(PasswordPolicy.problem(with: "gode\u{0}kode-lang") == "err.password.invalidCharacter")
        #expect(PasswordPolicy.problem(with: "mette@kommune.dk", email: "mette@kommune.dk") == "err.password.likeEmail")
        #expect(PasswordPolicy.problem(with: "hest batteri hæfteklamme korrekt") == nil)
        // 128 characters is allowed; characters, not bytes, are counted.
        #expect(PasswordPolicy.problem(with: String(repeating: "æ", count: 127) + "b") == nil)
        let mismatch = PasswordPolicy.validate(password: "hest batteri", confirmation: "hest batterie", email: nil)
        #expect(mismatch.message(for: "passwordConfirmation")?.message == "err.password.mismatch")
    }

    @Test func identifiersParseOnlyPositiveIntegers() {
        #expect(UserID("42")?.rawValue == 42)
        #expect(UserID("0") == nil)
        #expect(UserID("-3") == nil)
        #expect(UserID("4x") == nil)
        #expect(UserID("99999999999999999999999") == nil)
        #expect(UserID("") == nil)
    }
}
