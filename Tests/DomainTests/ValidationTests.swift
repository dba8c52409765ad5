@testable import Domain
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
        #expect(PasswordPolicy.problem(with: "elleve tegn") == "err.password.tooShort", "11 characters")
        #expect(PasswordPolicy.problem(with: String(repeating: "a", count: 129)) == "err.password.tooLong")
        #expect(PasswordPolicy.problem(with: "aaaaaaaaaaaaaa") == "err.password.common")
        #expect(PasswordPolicy.problem(with: "gode\u{0}kode-lang") == "err.password.invalidCharacter")
        #expect(PasswordPolicy.problem(with: "hest batteri hæfteklamme korrekt") == nil)
        // 128 characters is allowed; characters, not bytes, are counted.
        #expect(PasswordPolicy.problem(with: String(repeating: "æøå", count: 42) + "bc") == nil)
        let mismatch = PasswordPolicy.validate(password: "hest batteri ok", confirmation: "hest batterie ok", user: .init())
        #expect(mismatch.message(for: "passwordConfirmation")?.message == "err.password.mismatch")
    }

    @Test func passwordsNamingThePersonOrTheMunicipalityAreRefused() {
        let mette = PasswordPolicy.Person(name: "Mette Kjær", email: "mette.kjaer@holstebro.dk",
                                          municipality: ["Holstebro Kommune", "holstebro"])
        #expect(PasswordPolicy.problem(with: "holstebro2027", for: mette) == "err.password.personal", "the municipality")
        #expect(PasswordPolicy.problem(with: "Holstebro-Kommune!", for: mette) == "err.password.personal")
        #expect(PasswordPolicy.problem(with: "mettes egen kode", for: mette) == "err.password.personal", "the first name")
        #expect(PasswordPolicy.problem(with: "kjær for altid 1", for: mette) == "err.password.personal", "the last name")
        #expect(PasswordPolicy.problem(with: "mette.kjaer@holstebro.dk", for: mette) == "err.password.personal", "the e-mail")
        #expect(PasswordPolicy.problem(with: "mettekjaer1234", for: mette) == "err.password.personal", "the e-mail's name")
        #expect(PasswordPolicy.problem(with: "grøn cykel over åen", for: mette) == nil)
        #expect(PasswordPolicy.problem(with: "demo-fritidspas", for: PasswordPolicy.Person(name: "Lars Nørgaard",
                email: "caseworker@holstebro.demo", municipality: ["Holstebro Kommune", "holstebro"])) == nil,
                "the demo password (15 characters) is still a valid password")
    }

    @Test func passwordsFromTheCommonListAreRefusedAlsoWithDigitsAround() {
        #expect(PasswordPolicy.problem(with: "password123456") == "err.password.common")
        #expect(PasswordPolicy.problem(with: "iloveyou2026!!") == "err.password.common")
        #expect(PasswordPolicy.problem(with: "qwertyuiop123") == "err.password.common")
        #expect(PasswordPolicy.problem(with: "2026sommer2026") == "err.password.common", "a Danish favourite")
        #expect(PasswordPolicy.problem(with: "abcabcabcabc") == "err.password.common", "three characters repeated")
        #expect(CommonPasswords.all.count >= 5_000, "a few thousand entries from a published list")
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
