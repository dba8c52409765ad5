import Domain

/// Which audit entries are uses of one child's data: the child's record and consents (audited by
/// the child's id), rows of the child's other tables audited by their own id, and the association
/// portal's list page of a club while the child was enrolled there or had a grant with it (the
/// page shows every such child, so it is audited once per page, naming the club). Shared by the
/// audit viewer's child filter and the access-request export, so both answer the same question.
/// Uses the named arguments `:m` (municipality) and `:child`.
enum ChildAuditSQL {
    static func condition(_ a: String = "a") -> String {
        var parts = ["(\(a).entity_type IN ('child', 'consent') AND \(a).entity_id = CAST(:child AS TEXT))"]
        for table in PersonalData.tables {
            guard let entity = PersonalData.auditEntities[table.name], let rows = table.childRows else { continue }
            parts.append("""
                (\(a).entity_type = '\(entity)' AND \(a).entity_id IN (SELECT CAST(id AS TEXT) FROM \(table.name) \
                WHERE municipality_id = :m AND (\(rows))))
                """)
        }
        let club = "CAST(\(a).entity_id AS INTEGER)"
        let day = "date(\(a).at)"
        parts.append("""
            (\(a).entity_type = 'association' AND \(a).detail = 'portal' AND (\
            EXISTS (SELECT 1 FROM enrolment e WHERE e.municipality_id = :m AND e.child_id = :child AND e.association_id = \(club) \
            AND e.enrolled_on <= \(day) AND (e.stopped_on IS NULL OR e.stopped_on >= \(day))) \
            OR EXISTS (SELECT 1 FROM support_grant g WHERE g.municipality_id = :m AND g.child_id = :child AND g.association_id = \(club) \
            AND g.status <> 'cancelled' AND g.granted_on <= \(day))))
            """)
        return "(" + parts.joined(separator: " OR ") + ")"
    }
}
