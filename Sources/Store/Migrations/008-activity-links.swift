import GRDB

/// Joins guidance and the associations' side (issues 4 and 5): a course's chosen activity can
/// be one from the association registry, and a follow-up can belong to an enrolment, so the
/// association that confirmed a start can answer "is the child still coming?".
let m008ActivityLinks = Migration(identifier: "008-activity-links") { db in
    try db.execute(sql: """
        ALTER TABLE guidance_course ADD COLUMN activity_id INTEGER REFERENCES activity(id);
        CREATE INDEX guidance_course_activity ON guidance_course(activity_id) WHERE activity_id IS NOT NULL;

        ALTER TABLE follow_up ADD COLUMN enrolment_id INTEGER REFERENCES enrolment(id);
        -- an enrolment gets each follow-up once, whether a course or the association scheduled it
        CREATE UNIQUE INDEX follow_up_enrolment_months ON follow_up(enrolment_id, months) WHERE enrolment_id IS NOT NULL;
        -- the association answered "not sure": the follow-up stays open for the guide to find out
        ALTER TABLE follow_up ADD COLUMN association_unsure_on TEXT;
        """)
}
