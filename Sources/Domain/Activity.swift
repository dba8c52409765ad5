import Foundation

public typealias ActivityID = Identifier<Activity>
public typealias EnrolmentID = Identifier<Enrolment>

/// An organised activity of an association: a team, a troop, a class. Its id is stable, so a
/// guidance course's chosen activity can point at it.
public struct Activity: Sendable, Equatable, Identifiable {
    public var id: ActivityID
    public var associationID: AssociationID
    public var associationName: String
    public var details: ActivityDetails

    public init(id: ActivityID, associationID: AssociationID, associationName: String, details: ActivityDetails) {
        self.id = id
        self.associationID = associationID
        self.associationName = associationName
        self.details = details
    }
}

public struct ActivityDetails: Sendable, Equatable {
    public var name: String
    public var category: ActivityCategory
    public var minAge: Int
    public var maxAge: Int
    public var gender: ActivityGender
    public var weekdays: [Weekday]
    /// E.g. "16.30–18.00".
    public var time: String
    public var place: String
    public var district: String
    /// Football teams are formed at season start (experience 1.1.2 of the 2017 catalogue).
    public var seasonStart: LocalDate?
    public var seasonEnd: LocalDate?
    public var fee: Money
    public var feePeriod: FeePeriod
    public var equipment: String?
    public var capacity: Int?
    public var freePlaces: Int?
    public var isActive: Bool

    public init(name: String, category: ActivityCategory, minAge: Int, maxAge: Int, gender: ActivityGender = .all,
                weekdays: [Weekday] = [], time: String = "", place: String = "", district: String = "",
                seasonStart: LocalDate? = nil, seasonEnd: LocalDate? = nil, fee: Money, feePeriod: FeePeriod = .season,
                equipment: String? = nil, capacity: Int? = nil, freePlaces: Int? = nil, isActive: Bool = true) {
        self.name = name
        self.category = category
        self.minAge = minAge
        self.maxAge = maxAge
        self.gender = gender
        self.weekdays = weekdays
        self.time = time
        self.place = place
        self.district = district
        self.seasonStart = seasonStart
        self.seasonEnd = seasonEnd
        self.fee = fee
        self.feePeriod = feePeriod
        self.equipment = equipment
        self.capacity = capacity
        self.freePlaces = freePlaces
        self.isActive = isActive
    }

    public func fits(age: Int) -> Bool { (minAge...maxAge).contains(age) }
}

public enum ActivityGender: String, Sendable, CaseIterable, Codable {
    case all, girls, boys
}

public enum FeePeriod: String, Sendable, CaseIterable, Codable {
    case season, year, halfYear = "half_year", month
}

public enum Weekday: String, Sendable, CaseIterable, Codable {
    case mon, tue, wed, thu, fri, sat, sun
}

/// Filters of the activity overview: what a guide and a family choose from (step 4 of the method).
public struct ActivityQuery: Sendable, Equatable {
    public var text: String?
    public var category: ActivityCategory?
    public var district: String?
    public var age: Int?
    public var freePlacesOnly: Bool
    /// Only active activities of active associations that take fritidspas children.
    public var choosableOnly: Bool
    public var association: AssociationID?

    public init(text: String? = nil, category: ActivityCategory? = nil, district: String? = nil, age: Int? = nil,
                freePlacesOnly: Bool = false, choosableOnly: Bool = true, association: AssociationID? = nil) {
        self.text = text
        self.category = category
        self.district = district
        self.age = age
        self.freePlacesOnly = freePlacesOnly
        self.choosableOnly = choosableOnly
        self.association = association
    }
}

/// An activity in the overview, with how many fritidspas children take part.
public struct ActivityRow: Sendable, Equatable {
    public var activity: Activity
    public var enrolledChildren: Int

    public init(activity: Activity, enrolledChildren: Int) {
        self.activity = activity
        self.enrolledChildren = enrolledChildren
    }
}

/// Raw input of the activity form.
public struct ActivityInput: Sendable {
    public var name, category, minAge, maxAge, gender: String?
    public var weekdays: [String]
    public var time, place, district, seasonStart, seasonEnd, fee, feePeriod, equipment, capacity, freePlaces, isActive: String?

    public init(name: String? = nil, category: String? = nil, minAge: String? = nil, maxAge: String? = nil, gender: String? = nil,
                weekdays: [String] = [], time: String? = nil, place: String? = nil, district: String? = nil,
                seasonStart: String? = nil, seasonEnd: String? = nil, fee: String? = nil, feePeriod: String? = nil,
                equipment: String? = nil, capacity: String? = nil, freePlaces: String? = nil, isActive: String? = nil) {
        self.name = name
        self.category = category
        self.minAge = minAge
        self.maxAge = maxAge
        self.gender = gender
        self.weekdays = weekdays
        self.time = time
        self.place = place
        self.district = district
        self.seasonStart = seasonStart
        self.seasonEnd = seasonEnd
        self.fee = fee
        self.feePeriod = feePeriod
        self.equipment = equipment
        self.capacity = capacity
        self.freePlaces = freePlaces
        self.isActive = isActive
    }

    public init(_ d: ActivityDetails) {
        self.init(name: d.name, category: d.category.rawValue, minAge: String(d.minAge), maxAge: String(d.maxAge),
                  gender: d.gender.rawValue, weekdays: d.weekdays.map(\.rawValue), time: d.time, place: d.place,
                  district: d.district, seasonStart: d.seasonStart?.iso, seasonEnd: d.seasonEnd?.iso, fee: d.fee.plain,
                  feePeriod: d.feePeriod.rawValue, equipment: d.equipment, capacity: d.capacity.map(String.init),
                  freePlaces: d.freePlaces.map(String.init), isActive: d.isActive ? "yes" : "no")
    }

    static func count(_ raw: String?, field: String, errors: inout ValidationErrors) -> Int? {
        guard let text = Text.optional(raw) else { return nil }
        guard let n = Int(text), (0...1000).contains(n) else { errors.add(field, "err.activity.count"); return nil }
        return n
    }

    public func validate() -> Result<ActivityDetails, ValidationErrors> {
        var errors = ValidationErrors()
        let name = Text.trimmed(self.name)
        if name.isEmpty { errors.add("name", "err.activity.name.required") }
        else if name.count > 100 { errors.add("name", "err.text.tooLong100") }
        let category = self.category.flatMap(ActivityCategory.init(rawValue:))
        if category == nil { errors.add("category", "err.activity.category.required") }
        let minAge = Int(Text.trimmed(self.minAge))
        let maxAge = Int(Text.trimmed(self.maxAge))
        if minAge == nil || !(0...25).contains(minAge!) { errors.add("minAge", "err.activity.age") }
        if maxAge == nil || !(0...25).contains(maxAge!) { errors.add("maxAge", "err.activity.age") }
        if let minAge, let maxAge, minAge > maxAge { errors.add("maxAge", "err.activity.ageOrder") }
        let gender = self.gender.flatMap(ActivityGender.init(rawValue:)) ?? .all
        let weekdays = Weekday.allCases.filter { self.weekdays.contains($0.rawValue) }
        for (field, value, limit) in [("time", time, 40), ("place", place, 100), ("district", district, 100),
                                      ("equipment", equipment, 300)] where Text.trimmed(value).count > limit {
            errors.add(field, "err.text.tooLong", [String(limit)])
        }
        let start = DateField.optional(seasonStart, field: "seasonStart", errors: &errors)
        let end = DateField.optional(seasonEnd, field: "seasonEnd", errors: &errors)
        if (start == nil) != (end == nil) && errors.message(for: "seasonStart") == nil && errors.message(for: "seasonEnd") == nil {
            errors.add(start == nil ? "seasonStart" : "seasonEnd", "err.activity.season.both")
        }
        if let start, let end, end <= start { errors.add("seasonEnd", "err.activity.season.order") }
        let fee = MoneyField.zeroOrMore(self.fee, field: "fee", missing: "err.activity.fee.required", errors: &errors)
        let feePeriod = self.feePeriod.flatMap(FeePeriod.init(rawValue:))
        if feePeriod == nil { errors.add("feePeriod", "err.activity.feePeriod.required") }
        let capacity = Self.count(self.capacity, field: "capacity", errors: &errors)
        let free = Self.count(freePlaces, field: "freePlaces", errors: &errors)
        if let capacity, let free, free > capacity { errors.add("freePlaces", "err.activity.freePlaces.aboveCapacity") }
        guard errors.isEmpty, let category, let minAge, let maxAge, let fee, let feePeriod else { return .failure(errors) }
        return .success(ActivityDetails(
            name: name, category: category, minAge: minAge, maxAge: maxAge, gender: gender, weekdays: weekdays,
            time: Text.trimmed(time), place: Text.trimmed(place), district: Text.trimmed(district), seasonStart: start,
            seasonEnd: end, fee: fee, feePeriod: feePeriod, equipment: Text.optional(equipment), capacity: capacity,
            freePlaces: free, isActive: isActive != "no"))
    }
}

/// A child taking part in an activity: registered when the municipality enrols the child (or
/// grants the fee), started when the association confirms the first time, stopped when the
/// association (or the municipality) reports that the child no longer comes. The start and stop
/// dates feed the retention follow-ups (still active after 3 and 6 months).
public struct Enrolment: Sendable, Equatable, Identifiable {
    public var id: EnrolmentID
    public var childID: ChildID
    public var activityID: ActivityID
    public var activityName: String
    public var associationID: AssociationID
    public var associationName: String
    public var enrolledOn: LocalDate
    public var startedOn: LocalDate?
    public var stoppedOn: LocalDate?
    public var stopReason: String?

    public init(id: EnrolmentID, childID: ChildID, activityID: ActivityID, activityName: String, associationID: AssociationID,
                associationName: String, enrolledOn: LocalDate, startedOn: LocalDate?, stoppedOn: LocalDate?, stopReason: String?) {
        self.id = id
        self.childID = childID
        self.activityID = activityID
        self.activityName = activityName
        self.associationID = associationID
        self.associationName = associationName
        self.enrolledOn = enrolledOn
        self.startedOn = startedOn
        self.stoppedOn = stoppedOn
        self.stopReason = stopReason
    }

    public var status: EnrolmentStatus {
        if stoppedOn != nil { return .stopped }
        return startedOn == nil ? .enrolled : .started
    }
}

/// enrolled → started → stopped (a child who never came can also be reported stopped).
public enum EnrolmentStatus: String, Sendable, CaseIterable {
    case enrolled, started, stopped
}

/// Checks a reported start or stop date: not in the future, not long before the enrolment.
public enum EnrolmentDates {
    public static func start(_ raw: String?, enrolledOn: LocalDate, today: LocalDate) -> Result<LocalDate, ValidationErrors> {
        var errors = ValidationErrors()
        let date = DateField.required(raw, field: "startedOn", missing: "err.enrolment.startedOn.required", errors: &errors)
        if let date, date > today { errors.add("startedOn", "err.enrolment.date.future") }
        if let date, date < enrolledOn.adding(days: -62) { errors.add("startedOn", "err.enrolment.date.beforeEnrolment") }
        guard errors.isEmpty, let date else { return .failure(errors) }
        return .success(date)
    }

    public static func stop(_ raw: String?, reason: String?, enrolledOn: LocalDate, startedOn: LocalDate?, today: LocalDate)
        -> Result<(LocalDate, String?), ValidationErrors> {
        var errors = ValidationErrors()
        let date = DateField.required(raw, field: "stoppedOn", missing: "err.enrolment.stoppedOn.required", errors: &errors)
        if let date, date > today { errors.add("stoppedOn", "err.enrolment.date.future") }
        if let date, let startedOn, date < startedOn { errors.add("stoppedOn", "err.enrolment.stoppedOn.beforeStart") }
        if let date, startedOn == nil, date < enrolledOn.adding(days: -62) {
            errors.add("stoppedOn", "err.enrolment.date.beforeEnrolment")
        }
        if Text.trimmed(reason).count > 300 { errors.add("stopReason", "err.text.tooLong", ["300"]) }
        guard errors.isEmpty, let date else { return .failure(errors) }
        return .success((date, Text.optional(reason)))
    }
}
