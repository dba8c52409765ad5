import Foundation

/// Search, filters, sorting and page of the children list.
public struct ChildQuery: Sendable, Equatable {
    public var text: String?
    public var status: ChildStatus?
    public var school: String?
    public var district: String?
    public var source: Department?
    public var ageBand: AgeBand?
    public var sort: ChildSort
    public var descending: Bool
    public var page: Int

    public static let pageSize = 25

    public init(text: String? = nil, status: ChildStatus? = nil, school: String? = nil, district: String? = nil,
                source: Department? = nil, ageBand: AgeBand? = nil, sort: ChildSort = .name, descending: Bool = false,
                page: Int = 1) {
        self.text = text
        self.status = status
        self.school = school
        self.district = district
        self.source = source
        self.ageBand = ageBand
        self.sort = sort
        self.descending = descending
        self.page = max(1, page)
    }
}

public enum ChildSort: String, Sendable, CaseIterable {
    case name, age, school, status, referred
}

/// Age groups for filtering, in completed years.
public enum AgeBand: String, Sendable, CaseIterable {
    case upTo5 = "0-5", from6to9 = "6-9", from10to12 = "10-12", from13to15 = "13-15", from16to17 = "16-17", from18 = "18+"

    public var years: ClosedRange<Int> {
        switch self {
        case .upTo5: 0...5
        case .from6to9: 6...9
        case .from10to12: 10...12
        case .from13to15: 13...15
        case .from16to17: 16...17
        case .from18: 18...150
        }
    }

    /// Birth dates of children whose age on `today` is in the band: after `bornAfter`, on or
    /// before `bornOnOrBefore`.
    public func birthDates(today: LocalDate) -> (bornAfter: LocalDate, bornOnOrBefore: LocalDate) {
        (today.adding(years: -(years.upperBound + 1)), today.adding(years: -years.lowerBound))
    }
}

/// A row of the children list.
public struct ChildListRow: Sendable, Equatable {
    public var id: ChildID
    public var firstName: String
    public var lastName: String
    public var birthDate: LocalDate
    public var school: String
    public var schoolClass: String
    public var schoolDistrict: String
    public var status: ChildStatus
    public var latestReferralOn: LocalDate?
    public var latestDepartment: Department?

    public init(id: ChildID, firstName: String, lastName: String, birthDate: LocalDate, school: String, schoolClass: String,
                schoolDistrict: String, status: ChildStatus, latestReferralOn: LocalDate?, latestDepartment: Department?) {
        self.id = id
        self.firstName = firstName
        self.lastName = lastName
        self.birthDate = birthDate
        self.school = school
        self.schoolClass = schoolClass
        self.schoolDistrict = schoolDistrict
        self.status = status
        self.latestReferralOn = latestReferralOn
        self.latestDepartment = latestDepartment
    }
}

public struct ChildPage: Sendable, Equatable {
    public var rows: [ChildListRow]
    public var total: Int
    public var page: Int

    public init(rows: [ChildListRow], total: Int, page: Int) {
        self.rows = rows
        self.total = total
        self.page = page
    }

    public var pageCount: Int { max(1, (total + ChildQuery.pageSize - 1) / ChildQuery.pageSize) }
}

/// A name hit: all a caseworker learns from the municipality-wide search, to avoid registering
/// a child twice.
public struct ChildName: Sendable, Equatable {
    public var id: ChildID
    public var firstName: String
    public var lastName: String
    public var birthDate: LocalDate?
    public var school: String?
    /// Whom to ask about the child: its caseworker (or whoever registered it), if still active.
    public var responsible: String?

    public init(id: ChildID, firstName: String, lastName: String, birthDate: LocalDate? = nil, school: String? = nil,
                responsible: String? = nil) {
        self.id = id
        self.firstName = firstName
        self.lastName = lastName
        self.birthDate = birthDate
        self.school = school
        self.responsible = responsible
    }
}
