import Foundation

public typealias AssociationID = Identifier<Association>
public typealias AssociationContactID = Identifier<AssociationContact>

/// A forening: receives the children and is paid their fee. The municipality pays to the
/// association's NemKonto through its CVR number, so no account or card data is kept beyond an
/// optional reference for the finance department.
public struct Association: Sendable, Equatable, Identifiable {
    public var id: AssociationID
    public var municipalityID: MunicipalityID
    public var details: AssociationDetails
    public var isActive: Bool
    public var contacts: [AssociationContact]

    public init(id: AssociationID, municipalityID: MunicipalityID, details: AssociationDetails, isActive: Bool,
                contacts: [AssociationContact]) {
        self.id = id
        self.municipalityID = municipalityID
        self.details = details
        self.isActive = isActive
        self.contacts = contacts
    }
}

public struct AssociationDetails: Sendable, Equatable {
    public var name: String
    public var cvr: String
    public var address: String
    public var district: String
    public var categories: [ActivityCategory]
    public var website: String?
    /// E.g. "Reg. 1234 konto 0001234567" or the finance system's creditor number. Never card data.
    public var bankReference: String?
    public var acceptsFritidspas: Bool
    /// What the club can offer, e.g. experience with the target group or trainers speaking Arabic.
    public var offerNote: String?

    public init(name: String, cvr: String, address: String = "", district: String = "", categories: [ActivityCategory] = [],
                website: String? = nil, bankReference: String? = nil, acceptsFritidspas: Bool = true, offerNote: String? = nil) {
        self.name = name
        self.cvr = cvr
        self.address = address
        self.district = district
        self.categories = categories
        self.website = website
        self.bankReference = bankReference
        self.acceptsFritidspas = acceptsFritidspas
        self.offerNote = offerNote
    }
}

/// A contact person of an association. With a user account (role `association`) they use the
/// portal; a user belongs to at most one association.
public struct AssociationContact: Sendable, Equatable, Identifiable {
    public var id: AssociationContactID
    public var name: String
    public var role: String
    public var email: String?
    public var phone: String?
    public var userID: UserID?

    public init(id: AssociationContactID, name: String, role: String, email: String?, phone: String?, userID: UserID?) {
        self.id = id
        self.name = name
        self.role = role
        self.email = email
        self.phone = phone
        self.userID = userID
    }
}

/// The kinds of leisure activity the scheme follows (which activities do children join?).
public enum ActivityCategory: String, Sendable, CaseIterable, Codable {
    case football, handball, swimming, gymnastics, scouts, music, martialArts = "martial_arts", dance, riding
    case esport, other
}

/// An association in a list: what a guide or coordinator needs at a glance.
public struct AssociationListRow: Sendable, Equatable {
    public var id: AssociationID
    public var name: String
    public var district: String
    public var categories: [ActivityCategory]
    public var acceptsFritidspas: Bool
    public var isActive: Bool
    public var activityCount: Int
    public var childCount: Int
    public var freePlaces: Int?

    public init(id: AssociationID, name: String, district: String, categories: [ActivityCategory], acceptsFritidspas: Bool,
                isActive: Bool, activityCount: Int, childCount: Int, freePlaces: Int?) {
        self.id = id
        self.name = name
        self.district = district
        self.categories = categories
        self.acceptsFritidspas = acceptsFritidspas
        self.isActive = isActive
        self.activityCount = activityCount
        self.childCount = childCount
        self.freePlaces = freePlaces
    }
}

/// Raw input of the association form.
public struct AssociationInput: Sendable {
    public var name, cvr, address, district: String?
    public var categories: [String]
    public var website, bankReference, acceptsFritidspas, offerNote: String?

    public init(name: String? = nil, cvr: String? = nil, address: String? = nil, district: String? = nil, categories: [String] = [],
                website: String? = nil, bankReference: String? = nil, acceptsFritidspas: String? = nil, offerNote: String? = nil) {
        self.name = name
        self.cvr = cvr
        self.address = address
        self.district = district
        self.categories = categories
        self.website = website
        self.bankReference = bankReference
        self.acceptsFritidspas = acceptsFritidspas
        self.offerNote = offerNote
    }

    public init(_ d: AssociationDetails) {
        self.init(name: d.name, cvr: d.cvr, address: d.address, district: d.district, categories: d.categories.map(\.rawValue),
                  website: d.website, bankReference: d.bankReference, acceptsFritidspas: d.acceptsFritidspas ? "yes" : "no",
                  offerNote: d.offerNote)
    }

    public func validate() -> Result<AssociationDetails, ValidationErrors> {
        var errors = ValidationErrors()
        let name = Text.trimmed(self.name)
        if name.isEmpty { errors.add("name", "err.association.name.required") }
        else if name.count > 100 { errors.add("name", "err.text.tooLong100") }
        let cvr = CVR.normalised(self.cvr)
        if cvr.isEmpty { errors.add("cvr", "err.association.cvr.required") }
        else if cvr.count != 8 || !cvr.allSatisfy(\.isASCIIDigit) { errors.add("cvr", "err.association.cvr.digits") }
        else if !CVR.isValid(cvr) { errors.add("cvr", "err.association.cvr.invalid") }
        for (field, value) in [("address", address), ("district", district)] where Text.trimmed(value).count > 100 {
            errors.add(field, "err.text.tooLong100")
        }
        let categories = ActivityCategory.allCases.filter { self.categories.contains($0.rawValue) }
        if categories.isEmpty { errors.add("categories", "err.association.categories.required") }
        let website = Text.optional(self.website)
        if let website, website.count > 200 || website.contains(where: \.isWhitespace) || !website.contains(".") {
            errors.add("website", "err.association.website.invalid")
        }
        let bank = Text.optional(bankReference)
        if let bank {
            if bank.count > 60 { errors.add("bankReference", "err.text.tooLong", ["60"]) }
            else if Self.looksLikeCardNumber(bank) { errors.add("bankReference", "err.association.bankReference.card") }
        }
        if acceptsFritidspas != "yes" && acceptsFritidspas != "no" {
            errors.add("acceptsFritidspas", "err.association.accepts.required")
        }
        if Text.trimmed(offerNote).count > 500 { errors.add("offerNote", "err.text.tooLong", ["500"]) }
        guard errors.isEmpty else { return .failure(errors) }
        var normalisedWebsite = website
        if let w = website, !w.lowercased().hasPrefix("http://"), !w.lowercased().hasPrefix("https://") { normalisedWebsite = "https://" + w }
        return .success(AssociationDetails(
            name: name, cvr: cvr, address: Text.trimmed(address), district: Text.trimmed(district), categories: categories,
            website: normalisedWebsite, bankReference: bank, acceptsFritidspas: acceptsFritidspas == "yes",
            offerNote: Text.optional(offerNote)))
    }

    /// 13–19 digits passing the Luhn check: a payment card number, which must never be stored.
    public static func looksLikeCardNumber(_ text: String) -> Bool {
        let digits = text.filter(\.isASCIIDigit).compactMap(\.wholeNumberValue)
        guard (13...19).contains(digits.count), text.allSatisfy({ $0.isASCIIDigit || $0 == " " || $0 == "-" }) else { return false }
        let sum = digits.reversed().enumerated().reduce(0) { total, pair in
            let (index, digit) = pair
            guard index % 2 == 1 else { return total + digit }
            let doubled = digit * 2
            return total + (doubled > 9 ? doubled - 9 : doubled)
        }
        return sum % 10 == 0
    }
}

/// Raw input of the contact form.
public struct ContactInput: Sendable {
    public var name, role, email, phone, user: String?

    public init(name: String?, role: String?, email: String?, phone: String?, user: String?) {
        self.name = name
        self.role = role
        self.email = email
        self.phone = phone
        self.user = user
    }

    public struct Valid: Sendable, Equatable {
        public var name: String
        public var role: String
        public var email: String?
        public var phone: String?
        public var userID: UserID?

        public init(name: String, role: String, email: String?, phone: String?, userID: UserID?) {
            self.name = name
            self.role = role
            self.email = email
            self.phone = phone
            self.userID = userID
        }
    }

    public func validate() -> Result<Valid, ValidationErrors> {
        var errors = ValidationErrors()
        let name = Text.trimmed(self.name)
        if name.isEmpty { errors.add("contactName", "err.association.contact.name.required") }
        else if name.count > 100 { errors.add("contactName", "err.text.tooLong100") }
        if Text.trimmed(role).count > 60 { errors.add("contactRole", "err.text.tooLong", ["60"]) }
        let email = Text.optional(self.email).map { $0.lowercased() }
        let phone = Text.optional(self.phone)
        if let email, !Contact.isValidEmail(email) { errors.add("contactEmail", "err.email.invalid") }
        if let phone, !Contact.isValidPhone(phone) { errors.add("contactPhone", "err.phone.invalid") }
        if email == nil && phone == nil { errors.add("contactPhone", "err.association.contact.reach") }
        var userID: UserID?
        if let raw = Text.optional(user) {
            userID = UserID(raw)
            if userID == nil { errors.add("contactUser", "err.association.contact.user") }
        }
        guard errors.isEmpty else { return .failure(errors) }
        return .success(Valid(name: name, role: Text.trimmed(role), email: email, phone: phone, userID: userID))
    }
}
