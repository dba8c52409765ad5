import Foundation

/// A school district of a municipality: the areas reach is measured in and clubs belong to.
public struct District: Sendable, Equatable {
    public var id: DistrictID
    public var name: String

    public init(id: DistrictID, name: String) {
        self.id = id
        self.name = name
    }
}

public typealias DistrictID = Identifier<District>

/// A school of a municipality, in a district.
public struct School: Sendable, Equatable {
    public var id: SchoolID
    public var name: String
    public var districtID: DistrictID?

    public init(id: SchoolID, name: String, districtID: DistrictID?) {
        self.id = id
        self.name = name
        self.districtID = districtID
    }
}

public typealias SchoolID = Identifier<School>

/// Spellings the registries' migration joined: "Tvis skole" and "Tvis  Skole" became "Tvis Skole".
public struct RegistryMerge: Sendable, Equatable {
    public enum Kind: String, Sendable { case school, district }

    public var kind: Kind
    public var from: String
    public var into: String
    /// Rows that held the old spelling (children, clubs, activities, estimates).
    public var rows: Int

    public init(kind: Kind, from: String, into: String, rows: Int) {
        self.kind = kind
        self.from = from
        self.into = into
        self.rows = rows
    }
}

/// A municipality's schools and districts, which the forms choose from, so one school is one
/// row in every filter, table and report however it was once typed.
public struct SchoolRegistry: Sendable, Equatable {
    public var districts: [District]
    public var schools: [School]
    public var merges: [RegistryMerge]

    public init(districts: [District], schools: [School], merges: [RegistryMerge] = []) {
        self.districts = districts
        self.schools = schools
        self.merges = merges
    }

    public var schoolNames: [String] { schools.map(\.name) }
    public var districtNames: [String] { districts.map(\.name) }

    public func district(of school: School) -> District? {
        districts.first { $0.id == school.districtID }
    }

    /// The district of the school with this name, for filling in the district when only the
    /// school is chosen.
    public func district(ofSchoolNamed name: String) -> String? {
        schools.first { $0.name == name }.flatMap(district(of:))?.name
    }

    /// How two spellings are compared: case and spaces do not count ("Tvis  skole" = "Tvis Skole").
    public static func key(_ name: String) -> String {
        name.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }

    /// A name as stored: trimmed, runs of spaces as one.
    public static func clean(_ name: String) -> String {
        name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Of several spellings of one name, the one to keep: the most used, then one starting with
    /// a capital letter, then the first in alphabetical order.
    public static func preferred(_ spellings: [(name: String, uses: Int)]) -> String? {
        spellings.max { a, b in
            if a.uses != b.uses { return a.uses < b.uses }
            let aCapital = a.name.first?.isUppercase == true, bCapital = b.name.first?.isUppercase == true
            if aCapital != bCapital { return !aCapital }
            return a.name > b.name
        }.map { clean($0.name) }
    }

    /// A new or renamed entry's name, checked against the other entries of the same kind.
    public static func validateName(_ raw: String?, field: String, others: [String], errors: inout ValidationErrors) -> String? {
        let name = clean(raw ?? "")
        if name.isEmpty {
            errors.add(field, "registry.err.name.required")
            return nil
        }
        if name.count > ChildInput.shortTextLimit {
            errors.add(field, "err.text.tooLong100")
            return nil
        }
        if others.contains(where: { key($0) == key(name) }) {
            errors.add(field, "registry.err.name.taken")
            return nil
        }
        return name
    }

    /// A club's or an activity's district: empty or a name from the registry (the record's current
    /// value stays allowed, so an old record can be saved unchanged).
    public func validateDistrict(_ district: String, field: String, keeping current: String?, errors: inout ValidationErrors) {
        if !district.isEmpty && !districtNames.contains(district) && district != current {
            errors.add(field, "registry.err.district.unknown")
        }
    }

    /// A registry's names as a form's choices: "not given" first, and a record's old value kept.
    public func choices(_ names: [String], current: String?) -> [(value: String, label: String)] {
        let kept = current.flatMap { $0.isEmpty || names.contains($0) ? nil : $0 }
        return names.map { ($0, $0) } + (kept.map { [($0, $0)] } ?? [])
    }

    /// A child form's school and district: each empty or a name from the registry (the child's
    /// current value stays allowed, so an old record can be saved unchanged).
    public func validateChoice(school: String, district: String, keeping current: (school: String, district: String)?,
                               errors: inout ValidationErrors) {
        if !school.isEmpty && !schoolNames.contains(school) && school != current?.school {
            errors.add("school", "registry.err.school.unknown")
        }
        if !district.isEmpty && !districtNames.contains(district) && district != current?.district {
            errors.add("schoolDistrict", "registry.err.district.unknown")
        }
    }
}

public protocol RegistryRepository: Sendable {
    func registry(in municipality: MunicipalityID) async throws -> SchoolRegistry
    /// Throws `StoreError.duplicate(field: "name")` when the name (case and spaces aside) exists.
    func createDistrict(named name: String, in municipality: MunicipalityID, audit: AuditEntry) async throws -> DistrictID
    /// Renames the district and every record that names it (children, clubs, activities, estimates).
    func renameDistrict(_ id: DistrictID, to name: String, in municipality: MunicipalityID, audit: AuditEntry) async throws
    func createSchool(named name: String, district: DistrictID?, in municipality: MunicipalityID, audit: AuditEntry) async throws -> SchoolID
    /// Renames the school (and the children at it) and sets its district.
    func updateSchool(_ id: SchoolID, name: String, district: DistrictID?, in municipality: MunicipalityID, audit: AuditEntry) async throws
}
