import GRDB

/// Single sign-on with a municipality's OpenID Connect provider: its issuer and client id (the
/// client secret is read from the environment or a file, never stored here), which claim names
/// the user, and whether passwords are still accepted. A user may carry the provider's subject.
let m025SingleSignOn = Migration(identifier: "025-single-sign-on") { db in
    try db.execute(sql: """
        ALTER TABLE sign_in_setting ADD COLUMN password_sign_in BOOLEAN NOT NULL DEFAULT 1;
        ALTER TABLE sign_in_setting ADD COLUMN oidc_issuer TEXT;
        ALTER TABLE sign_in_setting ADD COLUMN oidc_client_id TEXT;
        ALTER TABLE sign_in_setting ADD COLUMN oidc_match TEXT NOT NULL DEFAULT 'email' CHECK (oidc_match IN ('email', 'subject'));
        ALTER TABLE app_user ADD COLUMN sso_subject TEXT;
        CREATE UNIQUE INDEX app_user_sso_subject ON app_user(municipality_id, sso_subject) WHERE sso_subject IS NOT NULL;
        """)
}
