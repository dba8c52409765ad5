import Domain

/// Which audit entries are uses of one child's data, as `PersonalData.childUse(of:)` decides for
/// every entity: the child's record and consents (audited by the child's id), rows of the child's
/// other tables audited by their own id, and the association portal's list page of a club on the
/// days the page showed the child (the page lists every such child, so it is audited once per page,
/// naming the club). Shared by the audit viewer's child filter and the access-request export, so
/// both answer the same question. Uses the named arguments `:m` (municipality) and `:child`.
///
/// Each branch finds its entries through the `(entity_type, entity_id)` index; a single OR over
/// the branches made SQLite read the municipality's whole trail instead.
enum ChildAuditSQL {
    static func condition(_ a: String = "a") -> String {
        "\(a).id IN (\(entryIDs()))"
    }

    static func entryIDs() -> String {
        var branches = ["""
            SELECT id FROM audit_event WHERE entity_type IN (\(PersonalData.entitiesByChildIDSQL)) AND entity_id = CAST(:child AS TEXT)
              AND municipality_id = :m
            """]
        for entity in AuditEntity.allCases {
            switch PersonalData.childUse(of: entity) {
            case .byChildID, .notAboutOneChild:
                break
            case .byRow(let table):
                // PrivacyRepositoryTests fails on a table that is not there or holds no child rows.
                guard let rows = PersonalData.tables.first(where: { $0.name == table })?.childRows else { continue }
                branches.append("""
                    SELECT id FROM audit_event WHERE entity_type = '\(entity.rawValue)' AND municipality_id = :m
                      AND entity_id IN (SELECT CAST(id AS TEXT) FROM \(table) WHERE municipality_id = :m AND (\(rows)))
                    """)
            case .byClubList:
                branches.append("""
                    SELECT p.id FROM audit_event p WHERE p.entity_type = '\(entity.rawValue)' AND p.municipality_id = :m AND p.detail = 'portal'
                      AND p.entity_id IN (SELECT CAST(association_id AS TEXT) FROM enrolment WHERE municipality_id = :m AND child_id = :child)
                      AND \(portalShowedChild("p"))
                    """)
            }
        }
        return branches.joined(separator: " UNION ALL ")
    }

    /// The portal's rule (`DataScope.association`), on the Danish day of the view `p`: the child
    /// was enrolled with the club by then and had not stopped more than a year before, and the
    /// parents' consent to sharing with the club was in force.
    static func portalShowedChild(_ p: String) -> String {
        let day = "danish_date(\(p).at)"
        return """
            EXISTS (SELECT 1 FROM enrolment e WHERE e.municipality_id = :m AND e.child_id = :child
                      AND e.association_id = CAST(\(p).entity_id AS INTEGER) AND e.created_at <= \(p).at
                      AND \(PortalReachSQL.enrolmentCounts("e", on: day)))
            AND EXISTS (SELECT 1 FROM consent k WHERE k.child_id = :child AND k.municipality_id = :m AND k.covers_association
                          AND \(PortalReachSQL.consentInForce("k", on: day)))
            """
    }
}
