import Domain
import GRDB

/// What every column of the database holds, and what happens to it when a child is anonymised
/// (retention, right to erasure) or when a family asks for insight (access request).
///
/// Every column of every table must be listed here; a test fails when a migration adds a
/// column without saying whether it is personal data. This list drives the access-request
/// export and the anonymisation, so the three cannot drift apart.
public enum PersonalData {
    public enum Rule: Sendable, Equatable {
        /// Not personal data: ids, statuses, amounts, process dates.
        case notPersonal
        /// Personal data about the child or family; removed on anonymisation (NULL, or '' when NOT NULL).
        case erase
        /// Personal data replaced by a fixed placeholder on anonymisation (for NOT NULL names).
        case replace(String)
        /// A birth date: only the year survives anonymisation (statistics by age stay right).
        case birthYear
        /// An uploaded file's stored name and what describes it: NULL on anonymisation, when the
        /// file itself is deleted (see `fileColumns`).
        case file
        /// Personal data about staff (users); governed by user management, not by child retention.
        case staff
        /// Personal data kept on purpose; the reason is shown in the record of processing.
        case kept(reason: String)
    }

    public struct Table: Sendable {
        public let name: String
        /// What the table holds, for the record of processing (Danish).
        public let purpose: String
        /// SQL condition selecting this table's rows about one child (`:child`), nil if the
        /// table holds no child data.
        public let childRows: String?
        public let columns: [String: Rule]
        /// How the table marks a child's activity in the scheme: the column (or expression) that
        /// names the child, and the date columns that count as activity. The retention period
        /// runs from the latest of them. An expression may use `:today`, so that something still
        /// running (an enrolment not stopped, a course not ended) keeps the child's data.
        public let activity: (child: String, dates: [String])?

        public init(name: String, purpose: String, childRows: String?, columns: [String: Rule],
                    activity: (child: String, dates: [String])? = nil) {
            self.name = name
            self.purpose = purpose
            self.childRows = childRows
            self.columns = columns
            self.activity = activity
        }
    }

    public static let tables: [Table] = [
        Table(name: "municipality", purpose: "Kommunen og dens kontaktoplysninger", childRows: nil, columns: [
            "id": .notPersonal, "slug": .notPersonal, "name": .notPersonal, "scheme_name": .notPersonal,
            "support_email": .notPersonal, "support_phone": .notPersonal, "created_at": .notPersonal]),
        Table(name: "app_user", purpose: "Brugere: medarbejdere, frivillige og foreningskontakter", childRows: nil, columns: [
            "id": .notPersonal, "municipality_id": .notPersonal, "role": .notPersonal, "email": .staff, "name": .staff,
            "language": .notPersonal, "password_hash": .staff, "is_active": .notPersonal, "created_at": .notPersonal,
            "last_sign_in_at": .staff, "sso_subject": .staff]),
        Table(name: "activation", purpose: "Engangslinks til at vælge adgangskode", childRows: nil, columns: [
            "token_hash": .notPersonal, "user_id": .notPersonal, "expires_at": .notPersonal, "used_at": .notPersonal,
            "created_at": .notPersonal, "purpose": .notPersonal]),
        Table(name: "app_session", purpose: "Sessioner for loggede ind brugere", childRows: nil, columns: [
            "key": .staff, "data": .staff, "user_id": .notPersonal, "expires_at": .notPersonal]),
        Table(name: "sign_in_throttle", purpose: "Mislykkede login-forsøg pr. konto og adresse (beskyttelse mod gætteri)", childRows: nil,
              columns: ["account": .staff, "address": .staff, "failures": .notPersonal, "last_failure_at": .notPersonal,
                        "locked_until": .notPersonal]),
        Table(name: "audit_event", purpose: "Log over brug af personoplysninger", childRows: "entity_type = 'child' AND entity_id = CAST(:child AS TEXT)",
              columns: [
                "id": .notPersonal, "at": .notPersonal, "user_id": .notPersonal, "role": .notPersonal, "municipality_id": .notPersonal,
                "action": .notPersonal, "entity_type": .notPersonal, "entity_id": .notPersonal,
                "detail": .kept(reason: "Søgekriterier og begrundelser i loggen slettes efter loggens opbevaringsperiode"),
                "ip": .kept(reason: "IP-adresser i loggen slettes efter loggens opbevaringsperiode"), "outcome": .notPersonal]),
        Table(name: "scheme_settings", purpose: "Kommunens regler for ordningen", childRows: nil, columns: [
            "municipality_id": .notPersonal, "minimum_age": .notPersonal, "maximum_age": .notPersonal, "season_start": .notPersonal,
            "season_end": .notPersonal, "appeal_guidance": .notPersonal, "letter_contact": .notPersonal]),
        Table(name: "child", purpose: "Barnet: navn, fødselsdato, skole, sprog, behov og interesser", childRows: "id = :child", columns: [
            "id": .notPersonal, "municipality_id": .notPersonal, "first_name": .replace("Anonymiseret"), "last_name": .replace("barn"),
            "search_name": .replace("anonymiseret barn"), "birth_date": .birthYear, "gender": .notPersonal, "school": .kept(reason: "Indstillinger pr. skole i dashboardet og statusrapporten (dokumentationsplanen); klassen fjernes"),
            "school_class": .erase, "school_district": .notPersonal, "home_language": .erase, "letter_language": .erase, "needs_interpreter": .notPersonal,
            "needs_adaptation": .notPersonal, "adaptation_note": .erase, "interests": .erase, "note": .erase, "status": .notPersonal,
            "latest_referral_on": .notPersonal, "latest_department": .notPersonal, "caseworker_id": .notPersonal,
            "created_by": .notPersonal, "created_at": .notPersonal, "updated_at": .notPersonal, "anonymised_at": .notPersonal],
              activity: ("id", ["date(created_at)"])),
        Table(name: "guardian", purpose: "Forældre og værger: navn, relation og kontaktoplysninger", childRows: "child_id = :child", columns: [
            "id": .notPersonal, "child_id": .notPersonal, "municipality_id": .notPersonal, "position": .notPersonal,
            "name": .replace("Anonymiseret"), "relation": .notPersonal, "phone": .erase, "phone_digits": .erase, "email": .erase,
            "preferred_language": .erase]),
        Table(name: "consent", purpose: "Forældres samtykke: hvem, hvornår, hvordan og til hvad", childRows: "child_id = :child", columns: [
            "id": .notPersonal, "child_id": .notPersonal, "municipality_id": .notPersonal, "given_by": .replace("Anonymiseret"),
            "given_on": .notPersonal, "method": .notPersonal, "covers_registration": .notPersonal, "covers_association": .notPersonal,
            "covers_volunteer": .notPersonal, "expires_on": .notPersonal, "withdrawn_on": .notPersonal, "withdrawal_reason": .erase,
            "recorded_by": .notPersonal, "recorded_at": .notPersonal],
              activity: ("child_id", ["given_on"])),
        Table(name: "referral", purpose: "Indstillinger: hvem indstillede, hvorfor og afgørelsen", childRows: "child_id = :child", columns: [
            "id": .notPersonal, "child_id": .notPersonal, "municipality_id": .notPersonal, "referrer_name": .replace("Anonymiseret"),
            "referrer_role": .erase, "department": .notPersonal, "referred_on": .notPersonal, "reasons": .notPersonal,
            "reason_note": .erase, "child_wishes": .erase, "urgency": .notPersonal, "wants_guidance": .notPersonal,
            "wants_economic_support": .notPersonal, "status": .notPersonal, "track": .notPersonal, "decision_reason": .erase, "decision_reasons": .notPersonal,
            "decided_on": .notPersonal, "decided_by": .notPersonal, "created_by": .notPersonal, "created_at": .notPersonal],
              activity: ("child_id", ["referred_on", "decided_on"])),
        Table(name: "referral_event", purpose: "Historik for indstillinger", childRows: "referral_id IN (SELECT id FROM referral WHERE child_id = :child)",
              columns: [
                "id": .notPersonal, "referral_id": .notPersonal, "municipality_id": .notPersonal, "from_status": .notPersonal,
                "to_status": .notPersonal, "at": .notPersonal, "user_id": .notPersonal, "note": .erase]),
        Table(name: "pass", purpose: "Fritidspas: gyldighed, dækning og brug", childRows: "child_id = :child", columns: [
            "id": .notPersonal, "child_id": .notPersonal, "referral_id": .notPersonal, "municipality_id": .notPersonal,
            "valid_from": .notPersonal, "valid_to": .notPersonal, "covers_guidance": .notPersonal, "covers_fee": .notPersonal,
            "covers_equipment": .notPersonal, "status": .notPersonal, "granted_on": .notPersonal, "redeemed_on": .notPersonal,
            "ended_on": .notPersonal, "end_reason": .erase, "created_by": .notPersonal, "created_at": .notPersonal,
            "code": .notPersonal],
              activity: ("child_id", ["redeemed_on", "ended_on", "MIN(valid_to, COALESCE(ended_on, valid_to))"])),
        Table(name: "pass_renewal", purpose: "Fornyelser af fritidspas til en ny sæson", childRows: "child_id = :child", columns: [
            "id": .notPersonal, "pass_id": .notPersonal, "child_id": .notPersonal, "municipality_id": .notPersonal,
            "previous_valid_to": .notPersonal, "season_from": .notPersonal, "valid_to": .notPersonal, "renewed_on": .notPersonal,
            "renewed_by": .notPersonal, "created_at": .notPersonal]),
        // Privacy
        Table(name: "privacy_settings", purpose: "Kommunens opbevaringsperioder", childRows: nil, columns: [
            "municipality_id": .notPersonal, "retention_years": .notPersonal, "audit_retention_months": .notPersonal]),
        Table(name: "access_request", purpose: "Anmodninger om indsigt fra familier", childRows: "child_id = :child", columns: [
            "id": .notPersonal, "municipality_id": .notPersonal, "child_id": .notPersonal, "requested_by": .replace("Anonymiseret"),
            "received_on": .notPersonal, "answered_on": .notPersonal, "note": .erase, "created_by": .notPersonal,
            "created_at": .notPersonal]),
        // Implementation workspace: the municipality's own work, never about a child.
        Table(name: "impl_custom_item", purpose: "Kommunens egne punkter i implementeringstjeklisten", childRows: nil, columns: [
            "id": .notPersonal, "municipality_id": .notPersonal, "section_key": .notPersonal, "text": .kept(reason: "Arbejdsnotater om implementeringen; må ikke indeholde oplysninger om enkelte børn"),
            "created_by": .notPersonal, "created_at": .notPersonal]),
        Table(name: "impl_item_progress", purpose: "Status på tjeklistens punkter", childRows: nil, columns: [
            "municipality_id": .notPersonal, "item_key": .notPersonal, "status": .notPersonal, "not_relevant_reason": .kept(reason: "Arbejdsnotater om implementeringen; må ikke indeholde oplysninger om enkelte børn"),
            "responsible_user_id": .notPersonal, "responsible_text": .staff, "deadline": .notPersonal, "note": .kept(reason: "Arbejdsnotater om implementeringen; må ikke indeholde oplysninger om enkelte børn"), "evidence": .kept(reason: "Arbejdsnotater om implementeringen; må ikke indeholde oplysninger om enkelte børn"),
            "updated_by": .notPersonal, "updated_at": .notPersonal]),
        Table(name: "impl_comment", purpose: "Kommentarer til implementeringen", childRows: nil, columns: [
            "id": .notPersonal, "municipality_id": .notPersonal, "subject": .notPersonal, "author_id": .notPersonal, "body": .kept(reason: "Arbejdsnotater om implementeringen; må ikke indeholde oplysninger om enkelte børn"),
            "created_at": .notPersonal]),
        Table(name: "impl_plan_answer", purpose: "Implementeringsplanen (værktøj 5)", childRows: nil, columns: [
            "municipality_id": .notPersonal, "question_key": .notPersonal, "answer": .notPersonal, "initiatives_needed": .notPersonal,
            "initiatives": .kept(reason: "Arbejdsnotater om implementeringen; må ikke indeholde oplysninger om enkelte børn"), "responsible": .staff, "deadline": .notPersonal, "milestones": .kept(reason: "Arbejdsnotater om implementeringen; må ikke indeholde oplysninger om enkelte børn"), "completion": .notPersonal,
            "updated_by": .notPersonal, "updated_at": .notPersonal]),
        Table(name: "impl_plan_change", purpose: "Historik for implementeringsplanen", childRows: nil, columns: [
            "id": .notPersonal, "municipality_id": .notPersonal, "question_key": .notPersonal, "changed_fields": .notPersonal,
            "answer": .notPersonal, "initiatives_needed": .notPersonal, "initiatives": .kept(reason: "Arbejdsnotater om implementeringen; må ikke indeholde oplysninger om enkelte børn"), "responsible": .staff,
            "deadline": .notPersonal, "milestones": .kept(reason: "Arbejdsnotater om implementeringen; må ikke indeholde oplysninger om enkelte børn"), "completion": .notPersonal, "changed_by": .notPersonal, "changed_at": .notPersonal]),
        Table(name: "impl_dialogue_round", purpose: "Runder med dialogværktøjet", childRows: nil, columns: [
            "id": .notPersonal, "municipality_id": .notPersonal, "held_on": .notPersonal, "participants": .staff,
            "updated_by": .notPersonal, "updated_at": .notPersonal]),
        Table(name: "impl_dialogue_rating", purpose: "Vurderinger i dialogværktøjet", childRows: nil, columns: [
            "round_id": .notPersonal, "municipality_id": .notPersonal, "factor_key": .notPersonal, "rating": .notPersonal, "note": .kept(reason: "Arbejdsnotater om implementeringen; må ikke indeholde oplysninger om enkelte børn")]),
        Table(name: "impl_meeting", purpose: "Møder i styregruppe og implementeringsteam", childRows: nil, columns: [
            "id": .notPersonal, "municipality_id": .notPersonal, "kind": .notPersonal, "held_on": .notPersonal, "participants": .staff,
            "decisions": .kept(reason: "Arbejdsnotater om implementeringen; må ikke indeholde oplysninger om enkelte børn"), "updated_by": .notPersonal, "updated_at": .notPersonal]),
        Table(name: "impl_meeting_action", purpose: "Handlinger fra møder", childRows: nil, columns: [
            "id": .notPersonal, "municipality_id": .notPersonal, "meeting_id": .notPersonal, "text": .kept(reason: "Arbejdsnotater om implementeringen; må ikke indeholde oplysninger om enkelte børn"), "responsible": .staff,
            "deadline": .notPersonal, "converted_to": .notPersonal, "created_at": .notPersonal]),
        Table(name: "impl_test_round", purpose: "Afprøvningsrunder af ordningen", childRows: nil, columns: [
            "id": .notPersonal, "municipality_id": .notPersonal, "version": .notPersonal, "starts_on": .notPersonal, "ends_on": .notPersonal,
            "changes": .kept(reason: "Arbejdsnotater om implementeringen; må ikke indeholde oplysninger om enkelte børn"), "learnings": .kept(reason: "Arbejdsnotater om implementeringen; må ikke indeholde oplysninger om enkelte børn"), "updated_by": .notPersonal, "updated_at": .notPersonal]),
        Table(name: "impl_table_row", purpose: "Dokumentations- og kommunikationsplan", childRows: nil, columns: [
            "id": .notPersonal, "municipality_id": .notPersonal, "kind": .notPersonal, "col_1": .kept(reason: "Arbejdsnotater om implementeringen; må ikke indeholde oplysninger om enkelte børn"), "col_2": .kept(reason: "Arbejdsnotater om implementeringen; må ikke indeholde oplysninger om enkelte børn"), "col_3": .kept(reason: "Arbejdsnotater om implementeringen; må ikke indeholde oplysninger om enkelte børn"),
            "col_4": .kept(reason: "Arbejdsnotater om implementeringen; må ikke indeholde oplysninger om enkelte børn"), "updated_by": .notPersonal, "updated_at": .notPersonal]),
        // Dashboard
        Table(name: "district_estimate", purpose: "Skøn over målgruppen pr. skoledistrikt", childRows: nil, columns: [
            "municipality_id": .notPersonal, "district": .notPersonal, "target_children": .notPersonal]),
        Table(name: "report_commentary", purpose: "Koordinatorens kommentarer til statusrapporter", childRows: nil, columns: [
            "municipality_id": .notPersonal, "period_from": .notPersonal, "period_to": .notPersonal,
            "text": .kept(reason: "Kommentarer til statusrapporter må ikke indeholde oplysninger om enkelte børn"),
            "updated_at": .notPersonal, "updated_by": .notPersonal]),
        // Schools and districts
        Table(name: "school_district", purpose: "Kommunens skoledistrikter", childRows: nil, columns: [
            "id": .notPersonal, "municipality_id": .notPersonal, "name": .notPersonal, "name_key": .notPersonal, "created_at": .notPersonal]),
        Table(name: "school", purpose: "Kommunens skoler", childRows: nil, columns: [
            "id": .notPersonal, "municipality_id": .notPersonal, "name": .notPersonal, "name_key": .notPersonal, "district_id": .notPersonal,
            "created_at": .notPersonal]),
        Table(name: "registry_merge", purpose: "Stavemåder af skoler og distrikter, der blev lagt sammen", childRows: nil, columns: [
            "id": .notPersonal, "municipality_id": .notPersonal, "kind": .notPersonal, "merged_from": .notPersonal, "merged_into": .notPersonal,
            "rows": .notPersonal, "merged_at": .notPersonal]),
        Table(name: "dashboard_settings", purpose: "Kommunens timepris for fritidsvejledning (omkostning pr. barn)", childRows: nil,
              columns: ["municipality_id": .notPersonal, "guidance_hourly_rate": .notPersonal, "updated_at": .notPersonal,
                        "updated_by": .notPersonal]),
        // Associations and money
        Table(name: "association", purpose: "Foreninger: navn, CVR, adresse, kategorier og betalingsreference", childRows: nil, columns: [
            "id": .notPersonal, "municipality_id": .notPersonal, "name": .notPersonal, "cvr": .notPersonal, "address": .notPersonal,
            "district": .notPersonal, "categories": .notPersonal, "website": .notPersonal, "bank_reference": .notPersonal,
            "accepts_fritidspas": .notPersonal, "offer_note": .notPersonal, "is_active": .notPersonal, "created_at": .notPersonal]),
        Table(name: "association_contact", purpose: "Foreningers kontaktpersoner og deres adgang til foreningsportalen", childRows: nil,
              columns: [
                "id": .notPersonal, "association_id": .notPersonal, "municipality_id": .notPersonal,
                "name": .kept(reason: "Foreningens kontaktperson; slettes, når koordinatoren fjerner kontakten"), "role": .notPersonal,
                "email": .kept(reason: "Foreningens kontaktperson; slettes, når koordinatoren fjerner kontakten"),
                "phone": .kept(reason: "Foreningens kontaktperson; slettes, når koordinatoren fjerner kontakten"),
                "user_id": .notPersonal, "created_at": .notPersonal]),
        Table(name: "activity", purpose: "Foreningernes aktiviteter: hold, alder, tider, sted, kontingent og ledige pladser", childRows: nil,
              columns: [
                "id": .notPersonal, "association_id": .notPersonal, "municipality_id": .notPersonal, "name": .notPersonal,
                "category": .notPersonal, "min_age": .notPersonal, "max_age": .notPersonal, "gender": .notPersonal,
                "weekdays": .notPersonal, "time_text": .notPersonal, "place": .notPersonal, "district": .notPersonal,
                "season_start": .notPersonal, "season_end": .notPersonal, "fee": .notPersonal, "fee_period": .notPersonal,
                "equipment": .notPersonal, "capacity": .notPersonal, "free_places": .notPersonal, "is_active": .notPersonal,
                "created_at": .notPersonal, "updated_at": .notPersonal]),
        Table(name: "enrolment", purpose: "Barnets deltagelse i en aktivitet: tilmeldt, startet og stoppet", childRows: "child_id = :child",
              columns: [
                "id": .notPersonal, "child_id": .notPersonal, "activity_id": .notPersonal, "association_id": .notPersonal,
                "municipality_id": .notPersonal, "enrolled_on": .notPersonal, "started_on": .notPersonal,
                "start_confirmed_by": .notPersonal, "start_confirmed_at": .notPersonal, "stopped_on": .notPersonal,
                "stop_reason": .erase, "stop_reported_by": .notPersonal, "stop_reported_at": .notPersonal, "created_by": .notPersonal,
                "created_at": .notPersonal],
              activity: ("child_id", ["enrolled_on", "started_on", "COALESCE(stopped_on, :today)"])),
        Table(name: "grant_rules", purpose: "Kommunens regler for økonomisk støtte", childRows: nil, columns: [
            "municipality_id": .notPersonal, "max_fee_per_year": .notPersonal, "max_equipment_per_year": .notPersonal,
            "camps_covered": .notPersonal, "max_camp_per_year": .notPersonal, "max_years": .notPersonal, "income_limit": .notPersonal,
            "income_limit_note": .notPersonal, "unclaimed_weeks": .notPersonal, "four_eyes_payments": .notPersonal]),
        Table(name: "funding_source", purpose: "Puljer, som støtten betales af", childRows: nil, columns: [
            "id": .notPersonal, "municipality_id": .notPersonal, "name": .notPersonal, "kind": .notPersonal, "is_active": .notPersonal,
            "created_at": .notPersonal]),
        Table(name: "funding_budget", purpose: "Puljernes budget pr. år", childRows: nil, columns: [
            "funding_source_id": .notPersonal, "municipality_id": .notPersonal, "year": .notPersonal, "amount": .notPersonal]),
        Table(name: "support_grant", purpose: "Bevillinger af kontingent, udstyr og lejr til barnet", childRows: "child_id = :child", columns: [
            "id": .notPersonal, "child_id": .notPersonal, "municipality_id": .notPersonal, "enrolment_id": .notPersonal,
            "activity_id": .notPersonal, "association_id": .notPersonal, "funding_source_id": .notPersonal, "kind": .notPersonal,
            "amount": .notPersonal, "period_from": .notPersonal, "period_to": .notPersonal, "budget_year": .notPersonal,
            "status": .notPersonal, "granted_on": .notPersonal, "claim_deadline": .notPersonal, "note": .erase,
            "override_reason": .erase, "cancelled_on": .notPersonal, "cancel_reason": .erase, "created_by": .notPersonal,
            "created_at": .notPersonal],
              activity: ("child_id", ["granted_on", "period_to"])),
        Table(name: "payment_batch", purpose: "Betalingsbunker til kommunens økonomisystem", childRows: nil, columns: [
            "id": .notPersonal, "municipality_id": .notPersonal, "status": .notPersonal, "created_by": .notPersonal,
            "created_at": .notPersonal, "exported_by": .notPersonal, "exported_at": .notPersonal, "export_count": .notPersonal,
            "paid_on": .notPersonal, "paid_by": .notPersonal, "paid_at": .notPersonal, "number": .notPersonal,
            "payment_reference": .notPersonal]),
        // The uploaded file itself lies in the uploads directory under attachment_file; it is
        // deleted together with the columns that point at it.
        Table(name: "claim", purpose: "Foreningers anmodninger om udbetaling med bilag", childRows: "child_id = :child", columns: [
            "id": .notPersonal, "grant_id": .notPersonal, "child_id": .notPersonal, "association_id": .notPersonal,
            "municipality_id": .notPersonal, "amount": .notPersonal, "period_from": .notPersonal, "period_to": .notPersonal,
            "note": .erase, "attachment_file": .file, "attachment_name": .file, "attachment_type": .file, "attachment_size": .file,
            "status": .notPersonal, "created_by": .notPersonal, "created_at": .notPersonal, "submitted_by": .notPersonal,
            "submitted_at": .notPersonal, "decided_by": .notPersonal, "decided_at": .notPersonal, "reject_reason": .erase,
            "batch_id": .notPersonal, "paid_on": .notPersonal],
              activity: ("child_id", ["date(created_at)", "paid_on"])),
        // Amounts paid stay for the municipality's accounts.
        Table(name: "payment", purpose: "Udbetalinger til foreninger (bogføring)", childRows: nil, columns: [
            "id": .notPersonal, "municipality_id": .notPersonal, "claim_id": .notPersonal, "batch_id": .notPersonal,
            "association_id": .notPersonal, "amount": .notPersonal, "paid_on": .notPersonal]),
        // Guidance and volunteers. Volunteers' own data is governed like users' (`.staff`):
        // kept while they volunteer, removed by the coordinator, never part of a child's erasure.
        Table(name: "guidance_settings", purpose: "Kommunens regler for frivillige (fornyelse af børneattest)", childRows: nil, columns: [
            "municipality_id": .notPersonal, "certificate_renewal_months": .notPersonal]),
        Table(name: "volunteer", purpose: "Frivillige fritidsvejledere og følgevenner: kontakt, roller, kapacitet og børneattest",
              childRows: nil, columns: [
                "id": .notPersonal, "municipality_id": .notPersonal, "user_id": .notPersonal, "name": .staff, "phone": .staff,
                "email": .staff, "is_guide": .notPersonal, "is_companion": .notPersonal, "organisation": .staff, "languages": .staff,
                "districts": .staff, "availability": .staff, "capacity": .notPersonal, "certificate_on": .staff, "status": .notPersonal,
                "created_at": .notPersonal, "updated_at": .notPersonal]),
        Table(name: "volunteer_training", purpose: "Frivilliges kurser og oplæring", childRows: nil, columns: [
            "id": .notPersonal, "volunteer_id": .notPersonal, "municipality_id": .notPersonal, "trained_on": .staff, "topic": .staff,
            "created_at": .notPersonal]),
        Table(name: "guidance_course", purpose: "Vejledningsforløb: vejleder, metodetrin, valgt aktivitet og udfald",
              childRows: "child_id = :child", columns: [
                "id": .notPersonal, "municipality_id": .notPersonal, "child_id": .notPersonal, "pass_id": .notPersonal,
                "status": .notPersonal, "step": .notPersonal, "started_on": .notPersonal, "guide_user_id": .notPersonal,
                "guide_volunteer_id": .notPersonal, "companion_volunteer_id": .notPersonal, "guide_assigned_on": .notPersonal,
                "published_on": .notPersonal,
                "activity": .kept(reason: "Hvilke aktiviteter børnene går til, bruges i statistikken (dokumentationsplanen)"),
                "activity_planned_on": .notPersonal, "activity_started_on": .notPersonal, "ended_on": .notPersonal,
                "end_reason": .erase, "created_by": .notPersonal, "created_at": .notPersonal, "activity_id": .notPersonal],
              activity: ("child_id", ["started_on", "activity_started_on", "COALESCE(ended_on, :today)"])),
        Table(name: "guidance_session", purpose: "Samtaler og møder i vejledningsforløb",
              childRows: "course_id IN (SELECT id FROM guidance_course WHERE child_id = :child)", columns: [
                "id": .notPersonal, "course_id": .notPersonal, "municipality_id": .notPersonal, "held_on": .notPersonal,
                "kind": .notPersonal, "minutes": .notPersonal, "step": .notPersonal, "participants": .notPersonal, "note": .erase,
                "logged_by": .notPersonal, "logged_role": .notPersonal, "logged_at": .notPersonal]),
        Table(name: "parent_agreement", purpose: "Aftaler med forældrene om deres bidrag til barnets fritidsaktivitet",
              childRows: "course_id IN (SELECT id FROM guidance_course WHERE child_id = :child)", columns: [
                "id": .notPersonal, "course_id": .notPersonal, "municipality_id": .notPersonal, "kind": .notPersonal,
                "description": .erase, "agreed_on": .notPersonal, "created_by": .notPersonal, "created_at": .notPersonal]),
        Table(name: "board_offer", purpose: "Frivilliges tilbud om at blive vejleder for et barn på opslagstavlen",
              childRows: "course_id IN (SELECT id FROM guidance_course WHERE child_id = :child)", columns: [
                "id": .notPersonal, "course_id": .notPersonal, "volunteer_id": .notPersonal, "municipality_id": .notPersonal,
                "offered_at": .notPersonal, "status": .notPersonal, "decided_at": .notPersonal, "decided_by": .notPersonal]),
        Table(name: "follow_up", purpose: "Opfølgning 3 og 6 måneder efter start i en aktivitet (fastholdelse)",
              childRows: "child_id = :child", columns: [
                "id": .notPersonal, "child_id": .notPersonal, "municipality_id": .notPersonal, "course_id": .notPersonal,
                "source": .notPersonal,
                "activity": .kept(reason: "Hvilke aktiviteter børnene går til, bruges i statistikken (dokumentationsplanen)"),
                "activity_started_on": .notPersonal, "months": .notPersonal, "due_on": .notPersonal, "answered_on": .notPersonal,
                "still_active": .notPersonal, "attends_regularly": .notPersonal, "needs_help": .notPersonal, "note": .erase,
                "answered_by": .notPersonal, "answered_role": .notPersonal, "created_at": .notPersonal, "enrolment_id": .notPersonal,
                "association_unsure_on": .notPersonal],
              activity: ("child_id", ["answered_on"])),
        Table(name: "form_submission", purpose: "Engangsnøgler for sendte formularer, så en formular sendt to gange gemmes én gang; slettes efter 30 dage",
              childRows: nil, columns: [
                "id": .notPersonal, "municipality_id": .notPersonal, "submission_key": .notPersonal, "owner": .notPersonal,
                "entity_type": .notPersonal, "entity_id": .notPersonal, "location": .notPersonal, "created_at": .notPersonal]),
        // E-mail, letters and pass cards
        Table(name: "outbox", purpose: "E-mails fra Fritidspas: til hvem, om hvad, og om de er sendt",
              childRows: "child_id = :child", columns: [
                "id": .notPersonal, "municipality_id": .notPersonal, "kind": .notPersonal, "user_id": .notPersonal,
                "recipient": .staff, "language": .notPersonal, "params": .erase, "child_id": .notPersonal,
                "digest_key": .notPersonal, "status": .notPersonal, "attempts": .notPersonal, "next_attempt_at": .notPersonal,
                "last_error": .staff, "created_at": .notPersonal, "sent_at": .notPersonal]),
        Table(name: "notification_preference", purpose: "Brugernes valg af e-mails", childRows: nil, columns: [
            "user_id": .notPersonal, "kind": .notPersonal, "choice": .notPersonal]),
        Table(name: "notification_setting", purpose: "E-mails kommunen har slået fra", childRows: nil, columns: [
            "municipality_id": .notPersonal, "kind": .notPersonal, "enabled": .notPersonal]),
        Table(name: "decision_letter", purpose: "Afgørelsesbreve til forældrene, som de blev sendt",
              childRows: "child_id = :child", columns: [
                "id": .notPersonal, "municipality_id": .notPersonal, "child_id": .notPersonal, "referral_id": .notPersonal,
                "grant_id": .notPersonal, "kind": .notPersonal, "language": .notPersonal, "title": .notPersonal, "body": .erase,
                "decided_on": .notPersonal, "created_by": .notPersonal, "created_at": .notPersonal]),
        // Staff sign-in: second factor, single sign-on, forms kept across a time-out
        Table(name: "second_factor", purpose: "Brugernes totrinsbekræftelse (hemmeligheden krypteret med serverens nøgle)",
              childRows: nil, columns: [
                "user_id": .notPersonal, "municipality_id": .notPersonal, "secret": .staff, "last_used_step": .notPersonal,
                "enrolled_at": .staff]),
        Table(name: "recovery_code", purpose: "Engangskoder til login uden telefon (kun som hash)", childRows: nil, columns: [
            "user_id": .notPersonal, "code_hash": .staff, "used_at": .staff]),
        Table(name: "sign_in_setting", purpose: "Kommunens regler for login: totrinsbekræftelse og single sign-on", childRows: nil,
              columns: [
                "municipality_id": .notPersonal, "second_factor_volunteers": .notPersonal, "second_factor_associations": .notPersonal,
                "password_sign_in": .notPersonal, "oidc_issuer": .notPersonal, "oidc_client_id": .notPersonal,
                "oidc_match": .notPersonal]),
        Table(name: "kept_form", purpose: "Formularer sendt efter at sessionen udløb, gemt til brugeren logger ind igen",
              childRows: nil, columns: [
                "id": .notPersonal, "user_id": .notPersonal, "municipality_id": .notPersonal, "path": .notPersonal,
                "fields": .kept(reason: "Krypteret med serverens nøgle, kun for brugeren selv, og slettes efter 12 timer eller når brugeren har set den"),
                "kept_at": .notPersonal, "expires_at": .notPersonal]),
    ]

    /// How a family's access request treats the audit entries of one entity: which of them are
    /// uses of the child's data. Every entity is decided here, without a `default`, so a new
    /// kind of audit entry cannot be left out of the export unnoticed.
    public enum ChildUse: Sendable, Equatable {
        /// The entry's id is the child's own id (the record, its consents, what a course page records).
        case byChildID
        /// The entry's id names a row of this table; the table's `childRows` say whose row it is.
        case byRow(table: String)
        /// The association portal's list page, audited once per page under the club (detail
        /// `portal`): a use of each child the page showed that day (`ChildAuditSQL`).
        case byClubList
        /// Not a use of one child's data: settings, staff and sign-in, the municipality's own
        /// work, money not tied to one child, and list pages audited once for all they show.
        case notAboutOneChild
    }

    public static func childUse(of entity: AuditEntity) -> ChildUse {
        switch entity {
        case .child, .consent: .byChildID
        case .referral: .byRow(table: "referral")
        case .pass: .byRow(table: "pass")
        case .accessRequest: .byRow(table: "access_request")
        case .enrolment: .byRow(table: "enrolment")
        case .grant: .byRow(table: "support_grant")
        case .claim: .byRow(table: "claim")
        case .course: .byRow(table: "guidance_course")
        case .boardOffer: .byRow(table: "board_offer")
        case .followUp: .byRow(table: "follow_up")
        case .letter: .byRow(table: "decision_letter")
        case .association: .byClubList
        case .workList, .statusReport, .outbox:
            .notAboutOneChild
        case .activity, .associationContact, .fundingSource, .fundingBudget, .paymentBatch, .districtEstimate:
            .notAboutOneChild
        case .user, .volunteer, .session, .csrf, .route, .auditLog:
            .notAboutOneChild
        case .municipality, .school, .schoolDistrict, .schemeSettings, .grantRules, .guidanceSettings, .dashboardSettings,
             .communicationSettings, .privacySettings, .signInSettings:
            .notAboutOneChild
        case .implItem, .implComment, .implPlan, .implDialogueRound, .implMeeting, .implMeetingAction, .implTestRound, .implTableRow:
            .notAboutOneChild
        }
    }

    /// The entities whose entries name a child by the child's own id.
    public static let entitiesByChildID = AuditEntity.allCases.filter { childUse(of: $0) == .byChildID }

    /// The SQL list of `entitiesByChildID`, for `entity_type IN (…)`.
    static let entitiesByChildIDSQL = entitiesByChildID.map { "'\($0.rawValue)'" }.joined(separator: ", ")

    /// The entity whose entries name rows of a child-data table by the row's own id, by table.
    /// A test fails when a table with child rows is neither here nor in `notAuditedByOwnID`.
    public static let auditEntities: [String: AuditEntity] = Dictionary(uniqueKeysWithValues: AuditEntity.allCases.compactMap { entity in
        guard case .byRow(let table) = childUse(of: entity) else { return nil }
        return (table, entity)
    })

    /// Child-data tables whose rows are only ever shown inside a page audited under another
    /// entity (a session inside its course, a guardian on the child's record).
    public static let notAuditedByOwnID: Set<String> = [
        "child", "guardian", "consent", "referral_event", "guidance_session", "parent_agreement", "audit_event",
        // A renewal is audited as a change of its pass.
        "pass_renewal",
        "outbox",
    ]

    /// Columns holding the stored name of an uploaded file, per table: anonymisation hands these
    /// to the caller, which deletes the files.
    public static let fileColumns: [String: String] = ["claim": "attachment_file"]

    /// Tables that are bookkeeping of the store itself.
    public static let internalTables: Set<String> = ["grdb_migrations", "sqlite_sequence"]
}
