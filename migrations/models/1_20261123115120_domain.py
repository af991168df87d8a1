from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "catalog_form_field" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(64) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL,
    "name_en" VARCHAR(128) NOT NULL,
    "type" VARCHAR(16) NOT NULL,
    "rules" JSONB NOT NULL,
    "prefill" VARCHAR(128),
    "hint" VARCHAR(255),
    "hint_en" VARCHAR(255),
    "issued_by" VARCHAR(64),
    "position" SMALLINT NOT NULL
);
COMMENT ON COLUMN "catalog_form_field"."type" IS 'TEXT: text\nTEXTAREA: textarea\nDATE: date\nPHONE: phone\nID_NUMBER: id_number\nCREDIT_CODE: credit_code\nNUMBER: number\nMONEY: money\nCHOICE: choice\nMULTI_CHOICE: multi_choice\nADDRESS: address\nBOOLEAN: boolean\nEMAIL: email';
COMMENT ON TABLE "catalog_form_field" IS 'A field of the shared form dictionary (``data/catalog/fields.yaml``).';
        CREATE TABLE IF NOT EXISTS "identity_one_time_code" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "phone" VARCHAR(16) NOT NULL,
    "code_hash" VARCHAR(64) NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "attempts" SMALLINT NOT NULL,
    "used_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_identity_on_phone_1bb349" ON "identity_one_time_code" ("phone");
COMMENT ON TABLE "identity_one_time_code" IS 'A phone one-time code (fallback where no passkey is possible); stored hashed.';
        CREATE TABLE IF NOT EXISTS "identity_rate_counter" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "key" VARCHAR(128) NOT NULL,
    "window_start" BIGINT NOT NULL,
    "count" INT NOT NULL,
    CONSTRAINT "uid_identity_ra_key_d8233a" UNIQUE ("key", "window_start")
);
COMMENT ON TABLE "identity_rate_counter" IS 'Fixed-window counters shared by every process (sign-in attempts, one-time codes).';
        CREATE TABLE IF NOT EXISTS "identity_signing_key" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kid" VARCHAR(32) NOT NULL UNIQUE,
    "private_pem" TEXT NOT NULL,
    "public_jwk" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "retired_at" TIMESTAMPTZ
);
COMMENT ON TABLE "identity_signing_key" IS 'A key that signs access tokens. The newest active key signs; retired keys still verify.';
        CREATE TABLE IF NOT EXISTS "identity_sms_message" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "phone" VARCHAR(16) NOT NULL,
    "text" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_identity_sm_phone_f5da64" ON "identity_sms_message" ("phone");
COMMENT ON TABLE "identity_sms_message" IS 'What the default SMS adapter records instead of sending (operators and tests read it).';
        CREATE TABLE IF NOT EXISTS "notifications_vapid_key" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(16) NOT NULL UNIQUE,
    "private_pem" TEXT NOT NULL,
    "public_key" VARCHAR(100) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "notifications_vapid_key" IS 'The service''s VAPID key pair, generated at first start and kept (subscriptions are bound to it).';
        CREATE TABLE IF NOT EXISTS "appointments_slot" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "hall_code" VARCHAR(8) NOT NULL,
    "item_code" VARCHAR(16) NOT NULL,
    "starts_at" TIMESTAMPTZ NOT NULL,
    "ends_at" TIMESTAMPTZ NOT NULL,
    "capacity" INT NOT NULL,
    "booked" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_appointment_hall_co_dd70b7" UNIQUE ("hall_code", "item_code", "starts_at")
);
CREATE INDEX IF NOT EXISTS "idx_appointment_hall_co_ea1e4d" ON "appointments_slot" ("hall_code", "starts_at");
        CREATE TABLE IF NOT EXISTS "identity_user" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "user_handle" VARCHAR(88) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL,
    "phone" VARCHAR(16) UNIQUE,
    "id_number" VARCHAR(18) UNIQUE,
    "roles" JSONB NOT NULL,
    "staff" BOOL NOT NULL,
    "disabled" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "department_id" INT REFERENCES "catalog_department" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_identity_us_staff_3f958f" ON "identity_user" ("staff");
COMMENT ON TABLE "identity_user" IS 'A person: a citizen (or a business''s representative), or a member of staff.';
        CREATE TABLE IF NOT EXISTS "identity_api_client" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "client_id" VARCHAR(32) NOT NULL UNIQUE,
    "secret_hash" VARCHAR(128) NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "scopes" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "disabled_at" TIMESTAMPTZ,
    "created_by_id" INT REFERENCES "identity_user" ("id") ON DELETE SET NULL
);
COMMENT ON TABLE "identity_api_client" IS 'A third-party mini-program with client credentials.';
        CREATE TABLE IF NOT EXISTS "identity_access_log" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "actor_role" VARCHAR(16) NOT NULL,
    "what" VARCHAR(64) NOT NULL,
    "purpose" VARCHAR(128) NOT NULL,
    "at" TIMESTAMPTZ NOT NULL,
    "actor_id" INT REFERENCES "identity_user" ("id") ON DELETE SET NULL,
    "client_id" INT REFERENCES "identity_api_client" ("id") ON DELETE SET NULL,
    "subject_id" INT NOT NULL REFERENCES "identity_user" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_identity_ac_at_67a6dd" ON "identity_access_log" ("at");
COMMENT ON TABLE "identity_access_log" IS 'Who read whose personal data, when and why (\"who looked at my data\").';
        CREATE TABLE IF NOT EXISTS "identity_client_grant" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "scopes" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "revoked_at" TIMESTAMPTZ,
    "citizen_id" INT NOT NULL REFERENCES "identity_user" ("id") ON DELETE CASCADE,
    "client_id" INT NOT NULL REFERENCES "identity_api_client" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "identity_client_grant" IS 'A citizen lets one client read some of their personal data; revocable.';
        CREATE TABLE IF NOT EXISTS "identity_consent" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(16) NOT NULL UNIQUE,
    "scope" VARCHAR(16) NOT NULL,
    "scope_ref" VARCHAR(32) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "request_expires_at" TIMESTAMPTZ NOT NULL,
    "valid_until" TIMESTAMPTZ NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "answered_at" TIMESTAMPTZ,
    "revoked_at" TIMESTAMPTZ,
    "citizen_id" INT REFERENCES "identity_user" ("id") ON DELETE CASCADE,
    "helper_id" INT NOT NULL REFERENCES "identity_user" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "identity_consent"."scope" IS 'BUNDLE: bundle\nITEM: item\nAPPLICATION: application';
COMMENT ON COLUMN "identity_consent"."status" IS 'PENDING: pending\nACTIVE: active\nREVOKED: revoked\nDECLINED: declined';
COMMENT ON TABLE "identity_consent" IS 'A citizen''s consent for a helper (帮办代办) to act for them: scoped, time-limited, revocable.';
        CREATE TABLE IF NOT EXISTS "identity_organization" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "credit_code" VARCHAR(18) NOT NULL UNIQUE,
    "name" VARCHAR(128) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "representative_id" INT NOT NULL REFERENCES "identity_user" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "identity_organization" IS 'A business (法人) represented by a user, identified by its unified social credit code.';
        CREATE TABLE IF NOT EXISTS "identity_passkey" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "credential_id" VARCHAR(1400) NOT NULL UNIQUE,
    "public_key" BYTEA NOT NULL,
    "sign_count" BIGINT NOT NULL,
    "transports" JSONB NOT NULL,
    "backed_up" BOOL NOT NULL,
    "device_type" VARCHAR(32) NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "last_used_at" TIMESTAMPTZ,
    "user_id" INT NOT NULL REFERENCES "identity_user" ("id") ON DELETE CASCADE
);
        CREATE TABLE IF NOT EXISTS "identity_refresh_token" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "family" VARCHAR(32) NOT NULL,
    "issued_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ,
    "revoked_at" TIMESTAMPTZ,
    "user_id" INT NOT NULL REFERENCES "identity_user" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_identity_re_family_b96427" ON "identity_refresh_token" ("family");
COMMENT ON TABLE "identity_refresh_token" IS 'Opaque, stored hashed, rotated on every use. Reuse of a used token revokes its whole family.';
        CREATE TABLE IF NOT EXISTS "identity_staff_invitation" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code_hash" VARCHAR(64) NOT NULL UNIQUE,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "user_id" INT NOT NULL REFERENCES "identity_user" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "identity_staff_invitation" IS 'An administrator''s invitation: the member of staff enrolls a passkey with its code, once.';
        CREATE TABLE IF NOT EXISTS "identity_webauthn_challenge" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "challenge" VARCHAR(128) NOT NULL UNIQUE,
    "purpose" VARCHAR(16) NOT NULL,
    "user_handle" VARCHAR(88),
    "profile" JSONB,
    "require_user_verification" BOOL NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ,
    "user_id" INT REFERENCES "identity_user" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "identity_webauthn_challenge"."purpose" IS 'REGISTER: register\nAUTHENTICATE: authenticate';
COMMENT ON TABLE "identity_webauthn_challenge" IS 'A server-side challenge: short-lived and single use.';
        CREATE TABLE IF NOT EXISTS "uploads_upload" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "public_id" VARCHAR(32) NOT NULL UNIQUE,
    "sha256" VARCHAR(64) NOT NULL,
    "content_type" VARCHAR(64) NOT NULL,
    "size" INT NOT NULL,
    "width" INT,
    "height" INT,
    "original_name" VARCHAR(120) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "owner_id" INT NOT NULL REFERENCES "identity_user" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_uploads_upl_owner_i_7fc5a6" UNIQUE ("owner_id", "sha256")
);
CREATE INDEX IF NOT EXISTS "idx_uploads_upl_sha256_b843a0" ON "uploads_upload" ("sha256");
COMMENT ON TABLE "uploads_upload" IS 'One person''s upload of one content. The bytes live once per content on disk';
        CREATE TABLE IF NOT EXISTS "applications_application" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "tracking_number" VARCHAR(18) UNIQUE,
    "kind" VARCHAR(8) NOT NULL,
    "catalog_code" VARCHAR(16) NOT NULL,
    "catalog_name" VARCHAR(128) NOT NULL,
    "catalog_revision" VARCHAR(64) NOT NULL,
    "form_schema" JSONB NOT NULL,
    "data" JSONB NOT NULL,
    "status" VARCHAR(20) NOT NULL,
    "idempotency_key" VARCHAR(64),
    "verification_code" VARCHAR(8),
    "version" INT NOT NULL,
    "claimed_at" TIMESTAMPTZ,
    "acceptance" VARCHAR(12),
    "commitment_verify_by" DATE,
    "pickup" JSONB,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "submitted_at" TIMESTAMPTZ,
    "accepted_at" TIMESTAMPTZ,
    "closed_at" TIMESTAMPTZ,
    "applicant_id" INT NOT NULL REFERENCES "identity_user" ("id") ON DELETE RESTRICT,
    "claimed_by_id" INT REFERENCES "identity_user" ("id") ON DELETE SET NULL,
    "filed_by_id" INT REFERENCES "identity_user" ("id") ON DELETE SET NULL,
    "organization_id" INT REFERENCES "identity_organization" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_application_applica_508283" UNIQUE ("applicant_id", "idempotency_key")
);
CREATE INDEX IF NOT EXISTS "idx_application_applica_b4df08" ON "applications_application" ("applicant_id", "status");
COMMENT ON COLUMN "applications_application"."kind" IS 'ITEM: item\nBUNDLE: bundle';
COMMENT ON COLUMN "applications_application"."status" IS 'DRAFT: draft\nSUBMITTED: submitted\nPRE_REVIEW: pre_review\nNEEDS_CORRECTION: needs_correction\nACCEPTED: accepted\nIN_PROGRESS: in_progress\nCOMPLETED: completed\nPARTLY_COMPLETED: partly_completed\nREJECTED: rejected\nREADY_FOR_PICKUP: ready_for_pickup\nCOLLECTED: collected\nCLOSED: closed\nWITHDRAWN: withdrawn';
COMMENT ON COLUMN "applications_application"."acceptance" IS 'NORMAL: normal\nDEFERRED: deferred\nCOMMITMENT: commitment';
COMMENT ON TABLE "applications_application" IS 'One submission of an item or a bundle; a draft until submitted.';
        CREATE TABLE IF NOT EXISTS "applications_material" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "material_code" VARCHAR(48) NOT NULL,
    "name" VARCHAR(128) NOT NULL,
    "required" BOOL NOT NULL,
    "deferrable" BOOL NOT NULL,
    "status" VARCHAR(20) NOT NULL,
    "note" VARCHAR(500) NOT NULL,
    "due_on" DATE,
    "application_id" INT NOT NULL REFERENCES "applications_application" ("id") ON DELETE CASCADE,
    "upload_id" INT REFERENCES "uploads_upload" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_application_applica_56adc8" UNIQUE ("application_id", "material_code")
);
COMMENT ON COLUMN "applications_material"."status" IS 'PROVIDED: provided\nMISSING: missing\nWAIVED: waived\nPRODUCED: produced\nACCEPTED: accepted\nNEEDS_CORRECTION: needs_correction\nDEFERRED: deferred';
        CREATE TABLE IF NOT EXISTS "applications_message" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "author_kind" VARCHAR(16) NOT NULL,
    "body" TEXT NOT NULL,
    "at" TIMESTAMPTZ NOT NULL,
    "application_id" INT NOT NULL REFERENCES "applications_application" ("id") ON DELETE CASCADE,
    "attachment_id" INT REFERENCES "uploads_upload" ("id") ON DELETE RESTRICT,
    "author_id" INT REFERENCES "identity_user" ("id") ON DELETE SET NULL
);
COMMENT ON COLUMN "applications_message"."author_kind" IS 'APPLICANT: applicant\nHELPER: helper\nCLERK: window_clerk\nREVIEWER: reviewer\nSUPERVISOR: supervisor\nSYSTEM: system';
COMMENT ON TABLE "applications_message" IS 'The remote consultation thread of an application (clerk ⇄ applicant), with attachments.';
        CREATE TABLE IF NOT EXISTS "applications_task" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "item_codes" JSONB NOT NULL,
    "item_names" JSONB NOT NULL,
    "status" VARCHAR(12) NOT NULL,
    "statutory_days" SMALLINT NOT NULL,
    "promised_days" SMALLINT NOT NULL,
    "started_on" DATE,
    "due_on" DATE,
    "pauses" JSONB NOT NULL,
    "decided_at" TIMESTAMPTZ,
    "decision_note" TEXT NOT NULL,
    "application_id" INT NOT NULL REFERENCES "applications_application" ("id") ON DELETE CASCADE,
    "decided_by_id" INT REFERENCES "identity_user" ("id") ON DELETE SET NULL,
    "department_id" INT NOT NULL REFERENCES "catalog_department" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_application_applica_455344" UNIQUE ("application_id", "department_id")
);
COMMENT ON COLUMN "applications_task"."status" IS 'PENDING: pending\nIN_REVIEW: in_review\nAPPROVED: approved\nREJECTED: rejected';
COMMENT ON TABLE "applications_task" IS 'One department''s part of an application (并联审批: tasks run in parallel).';
        CREATE TABLE IF NOT EXISTS "applications_event" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "from_status" VARCHAR(20) NOT NULL,
    "to_status" VARCHAR(20) NOT NULL,
    "actor_kind" VARCHAR(16) NOT NULL,
    "reason" TEXT NOT NULL,
    "at" TIMESTAMPTZ NOT NULL,
    "acting_for_id" INT REFERENCES "identity_user" ("id") ON DELETE SET NULL,
    "actor_id" INT REFERENCES "identity_user" ("id") ON DELETE SET NULL,
    "application_id" INT NOT NULL REFERENCES "applications_application" ("id") ON DELETE CASCADE,
    "task_id" INT REFERENCES "applications_task" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "applications_event"."actor_kind" IS 'APPLICANT: applicant\nHELPER: helper\nCLERK: window_clerk\nREVIEWER: reviewer\nSUPERVISOR: supervisor\nSYSTEM: system';
COMMENT ON TABLE "applications_event" IS 'Every move: who, acting for whom, when, why — written with the change, in one transaction.';
        CREATE TABLE IF NOT EXISTS "notifications_channel_preference" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "push" BOOL NOT NULL,
    "sms" BOOL NOT NULL,
    "locale" VARCHAR(8) NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "user_id" INT NOT NULL UNIQUE REFERENCES "identity_user" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "notifications_channel_preference" IS 'Which channels a person wants besides the inbox (which is always on). No row: the defaults.';
        CREATE TABLE IF NOT EXISTS "notifications_outbox" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(32) NOT NULL,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "available_at" TIMESTAMPTZ NOT NULL,
    "claimed_at" TIMESTAMPTZ,
    "claimed_by" VARCHAR(64) NOT NULL,
    "sent_at" TIMESTAMPTZ,
    "attempts" SMALLINT NOT NULL,
    "last_error" TEXT NOT NULL,
    "application_id" INT REFERENCES "applications_application" ("id") ON DELETE CASCADE,
    "recipient_id" INT NOT NULL REFERENCES "identity_user" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_notificatio_created_749b33" ON "notifications_outbox" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_notificatio_availab_ed3a91" ON "notifications_outbox" ("available_at");
CREATE INDEX IF NOT EXISTS "idx_notificatio_sent_at_d76a6f" ON "notifications_outbox" ("sent_at");
        CREATE TABLE IF NOT EXISTS "notifications_delivery" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "channel" VARCHAR(8) NOT NULL,
    "target" VARCHAR(32) NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "attempts" SMALLINT NOT NULL,
    "last_error" VARCHAR(300) NOT NULL,
    "at" TIMESTAMPTZ NOT NULL,
    "message_id" BIGINT NOT NULL REFERENCES "notifications_outbox" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_notificatio_message_ee6ebd" UNIQUE ("message_id", "channel", "target")
);
COMMENT ON TABLE "notifications_delivery" IS 'One outbox message on one channel target: the inbox, one push subscription, or the SMS phone.';
        CREATE TABLE IF NOT EXISTS "notifications_inbox" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(32) NOT NULL,
    "template_version" SMALLINT NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "body" TEXT NOT NULL,
    "title_en" VARCHAR(200) NOT NULL,
    "body_en" TEXT NOT NULL,
    "url" VARCHAR(300) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "read_at" TIMESTAMPTZ,
    "user_id" INT NOT NULL REFERENCES "identity_user" ("id") ON DELETE CASCADE,
    "outbox_id" BIGINT UNIQUE REFERENCES "notifications_outbox" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_notificatio_user_id_3d74fa" ON "notifications_inbox" ("user_id", "read_at");
COMMENT ON TABLE "notifications_inbox" IS 'The in-app inbox: always written, in both languages (the app shows the reader''s).';
        CREATE TABLE IF NOT EXISTS "notifications_push_subscription" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "endpoint" VARCHAR(1024) NOT NULL UNIQUE,
    "p256dh" VARCHAR(100) NOT NULL,
    "auth" VARCHAR(40) NOT NULL,
    "user_agent" VARCHAR(256) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "last_success_at" TIMESTAMPTZ,
    "user_id" INT NOT NULL REFERENCES "identity_user" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "notifications_push_subscription" IS 'A browser''s PushSubscription (one per device and browser profile).';
        CREATE TABLE IF NOT EXISTS "wallet_issuer_key" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kid" VARCHAR(32) NOT NULL UNIQUE,
    "issuer" VARCHAR(16) NOT NULL,
    "algorithm" VARCHAR(8) NOT NULL,
    "private_pem" TEXT NOT NULL,
    "public_jwk" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "retired_at" TIMESTAMPTZ,
    "department_id" INT REFERENCES "catalog_department" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_wallet_issu_issuer_d0b011" ON "wallet_issuer_key" ("issuer");
COMMENT ON COLUMN "wallet_issuer_key"."algorithm" IS 'EDDSA: EdDSA\nES256: ES256';
COMMENT ON TABLE "wallet_issuer_key" IS 'A department''s signing key (no department: the platform''s key, which signs the status list).';
        CREATE TABLE IF NOT EXISTS "wallet_licence" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "public_id" VARCHAR(24) NOT NULL UNIQUE,
    "type_code" VARCHAR(64) NOT NULL,
    "name" VARCHAR(128) NOT NULL,
    "number" VARCHAR(64) NOT NULL,
    "key_fields" JSONB NOT NULL,
    "issued_on" DATE NOT NULL,
    "expires_on" DATE,
    "status" VARCHAR(12) NOT NULL,
    "status_index" INT UNIQUE,
    "created_at" TIMESTAMPTZ NOT NULL,
    "status_changed_at" TIMESTAMPTZ,
    "application_id" INT REFERENCES "applications_application" ("id") ON DELETE SET NULL,
    "department_id" INT NOT NULL REFERENCES "catalog_department" ("id") ON DELETE RESTRICT,
    "holder_id" INT NOT NULL REFERENCES "identity_user" ("id") ON DELETE RESTRICT,
    "organization_id" INT REFERENCES "identity_organization" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_wallet_lice_type_co_57d82c" UNIQUE ("type_code", "number")
);
CREATE INDEX IF NOT EXISTS "idx_wallet_lice_type_co_6fde66" ON "wallet_licence" ("type_code");
CREATE INDEX IF NOT EXISTS "idx_wallet_lice_holder__a08309" ON "wallet_licence" ("holder_id", "status");
COMMENT ON COLUMN "wallet_licence"."status" IS 'ACTIVE: active\nSUSPENDED: suspended\nREVOKED: revoked';
COMMENT ON TABLE "wallet_licence" IS 'One licence (证照) in its holder''s wallet.';
        CREATE TABLE IF NOT EXISTS "wallet_licence_event" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "action" VARCHAR(12) NOT NULL,
    "reason" TEXT NOT NULL,
    "at" TIMESTAMPTZ NOT NULL,
    "actor_id" INT REFERENCES "identity_user" ("id") ON DELETE SET NULL,
    "licence_id" INT NOT NULL REFERENCES "wallet_licence" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "wallet_licence_event"."action" IS 'ISSUED: issued\nSUSPENDED: suspended\nREVOKED: revoked\nREINSTATED: reinstated';
COMMENT ON TABLE "wallet_licence_event" IS 'Issue, suspension, revocation, reinstatement: who, when, why.';
        CREATE TABLE IF NOT EXISTS "appointments_booking" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "item_code" VARCHAR(16) NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "code" VARCHAR(8) NOT NULL UNIQUE,
    "holder" INT,
    "reminder_id" BIGINT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "cancelled_at" TIMESTAMPTZ,
    "booked_by_id" INT REFERENCES "identity_user" ("id") ON DELETE SET NULL,
    "slot_id" INT NOT NULL REFERENCES "appointments_slot" ("id") ON DELETE RESTRICT,
    "user_id" INT NOT NULL REFERENCES "identity_user" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_appointment_slot_id_49d870" UNIQUE ("slot_id", "holder")
);
CREATE INDEX IF NOT EXISTS "idx_appointment_user_id_acf430" ON "appointments_booking" ("user_id", "status");
COMMENT ON COLUMN "appointments_booking"."status" IS 'BOOKED: booked\nCANCELLED: cancelled\nATTENDED: attended\nNO_SHOW: no_show';
        CREATE TABLE IF NOT EXISTS "feedback_complaint" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "contact_phone" VARCHAR(16) NOT NULL,
    "catalog_code" VARCHAR(16) NOT NULL,
    "catalog_name" VARCHAR(128) NOT NULL,
    "description" TEXT NOT NULL,
    "address" VARCHAR(64) NOT NULL,
    "idempotency_key" VARCHAR(64) UNIQUE,
    "created_at" TIMESTAMPTZ NOT NULL,
    "department_id" INT REFERENCES "catalog_department" ("id") ON DELETE RESTRICT,
    "reporter_id" INT REFERENCES "identity_user" ("id") ON DELETE SET NULL
);
COMMENT ON TABLE "feedback_complaint" IS 'A \"couldn''t get it done\" report (办不成事): anyone, signed in or not (then with a contact phone).';
        CREATE TABLE IF NOT EXISTS "feedback_rating" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "scope" VARCHAR(8) NOT NULL,
    "level" SMALLINT NOT NULL,
    "comment" TEXT NOT NULL,
    "changes" SMALLINT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "application_id" INT NOT NULL REFERENCES "applications_application" ("id") ON DELETE CASCADE,
    "department_id" INT REFERENCES "catalog_department" ("id") ON DELETE RESTRICT,
    "rater_id" INT NOT NULL REFERENCES "identity_user" ("id") ON DELETE CASCADE,
    "task_id" INT REFERENCES "applications_task" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_feedback_ra_applica_19a31d" UNIQUE ("application_id", "rater_id", "scope")
);
COMMENT ON TABLE "feedback_rating" IS 'An applicant''s rating of an application, or of one department''s part of it (its task).';
        CREATE TABLE IF NOT EXISTS "feedback_case" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "source" VARCHAR(12) NOT NULL,
    "tracking_number" VARCHAR(18) NOT NULL,
    "contact_phone" VARCHAR(16) NOT NULL,
    "catalog_code" VARCHAR(16) NOT NULL,
    "catalog_name" VARCHAR(128) NOT NULL,
    "rating_level" SMALLINT,
    "summary" TEXT NOT NULL,
    "status" VARCHAR(12) NOT NULL,
    "opened_on" DATE NOT NULL,
    "deadline" DATE NOT NULL,
    "instruction" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "answered_at" TIMESTAMPTZ,
    "satisfied" BOOL,
    "confirmed_at" TIMESTAMPTZ,
    "closed_at" TIMESTAMPTZ,
    "reopened_count" SMALLINT NOT NULL,
    "history" JSONB NOT NULL,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "answered_by_id" INT REFERENCES "identity_user" ("id") ON DELETE SET NULL,
    "application_id" INT REFERENCES "applications_application" ("id") ON DELETE CASCADE,
    "assignee_id" INT REFERENCES "identity_user" ("id") ON DELETE SET NULL,
    "citizen_id" INT REFERENCES "identity_user" ("id") ON DELETE SET NULL,
    "department_id" INT REFERENCES "catalog_department" ("id") ON DELETE RESTRICT,
    "rating_id" INT UNIQUE REFERENCES "feedback_rating" ("id") ON DELETE CASCADE,
    "complaint_id" INT UNIQUE REFERENCES "feedback_complaint" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_feedback_ca_status_24eee6" ON "feedback_case" ("status");
CREATE INDEX IF NOT EXISTS "idx_feedback_ca_opened__773d53" ON "feedback_case" ("opened_on");
CREATE INDEX IF NOT EXISTS "idx_feedback_ca_departm_f46688" ON "feedback_case" ("department_id", "status");
COMMENT ON COLUMN "feedback_case"."source" IS 'RATING: rating\nCOMPLAINT: complaint';
COMMENT ON COLUMN "feedback_case"."status" IS 'OPEN: open\nASSIGNED: assigned\nANSWERED: answered\nCONFIRMED: confirmed\nREOPENED: reopened';
COMMENT ON TABLE "feedback_case" IS '整改工单: opened by a bad rating or a complaint, in the same transaction; closed with an answer';
        CREATE TABLE IF NOT EXISTS "supervision_escalation" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "due_on" DATE NOT NULL,
    "escalated_on" DATE NOT NULL,
    "supervisors_notified" SMALLINT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "department_id" INT NOT NULL REFERENCES "catalog_department" ("id") ON DELETE RESTRICT,
    "task_id" INT NOT NULL UNIQUE REFERENCES "applications_task" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_supervision_escalat_1860a6" ON "supervision_escalation" ("escalated_on");
COMMENT ON TABLE "supervision_escalation" IS 'An overdue task reported to the supervisors: once per task, whatever the job''s retries.';
        ALTER TABLE "catalog_service_item" ADD "form_fields" JSONB NOT NULL;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "catalog_service_item" DROP COLUMN "form_fields";
        DROP TABLE IF EXISTS "feedback_rating";
        DROP TABLE IF EXISTS "applications_message";
        DROP TABLE IF EXISTS "identity_webauthn_challenge";
        DROP TABLE IF EXISTS "identity_user";
        DROP TABLE IF EXISTS "applications_task";
        DROP TABLE IF EXISTS "identity_sms_message";
        DROP TABLE IF EXISTS "notifications_push_subscription";
        DROP TABLE IF EXISTS "notifications_vapid_key";
        DROP TABLE IF EXISTS "identity_api_client";
        DROP TABLE IF EXISTS "identity_organization";
        DROP TABLE IF EXISTS "notifications_inbox";
        DROP TABLE IF EXISTS "identity_staff_invitation";
        DROP TABLE IF EXISTS "notifications_channel_preference";
        DROP TABLE IF EXISTS "notifications_outbox";
        DROP TABLE IF EXISTS "appointments_slot";
        DROP TABLE IF EXISTS "applications_material";
        DROP TABLE IF EXISTS "notifications_delivery";
        DROP TABLE IF EXISTS "feedback_complaint";
        DROP TABLE IF EXISTS "identity_one_time_code";
        DROP TABLE IF EXISTS "identity_consent";
        DROP TABLE IF EXISTS "feedback_case";
        DROP TABLE IF EXISTS "catalog_form_field";
        DROP TABLE IF EXISTS "wallet_licence_event";
        DROP TABLE IF EXISTS "identity_refresh_token";
        DROP TABLE IF EXISTS "identity_rate_counter";
        DROP TABLE IF EXISTS "applications_event";
        DROP TABLE IF EXISTS "appointments_booking";
        DROP TABLE IF EXISTS "uploads_upload";
        DROP TABLE IF EXISTS "identity_signing_key";
        DROP TABLE IF EXISTS "identity_client_grant";
        DROP TABLE IF EXISTS "wallet_licence";
        DROP TABLE IF EXISTS "applications_application";
        DROP TABLE IF EXISTS "wallet_issuer_key";
        DROP TABLE IF EXISTS "identity_passkey";
        DROP TABLE IF EXISTS "supervision_escalation";
        DROP TABLE IF EXISTS "identity_access_log";"""


MODELS_STATE = (
    "eJztfWtz2kja9l/p4sskVU4eGx+S8ey7VRgzGXYwuIAkOztMKUJqG62FpFVLZpjn2f/+dr"
    "ck0KEF3SCEUPrDZIzUd0u6+nSf7/9tzG0dmuj9nW/pJmzcgv9tWOqc/JG6cwYaquOsr5ML"
    "njqlNA1N9VTTflam67ZT5Lmq5uG7T6qJIL6kQ6S5huMZtoWvWr5pkou2hhsa1vP6km8Z//"
    "Gh4tnP0JtBF9/4/Q982bB0+CdE0U/nRXkyoKknXtnQybPpdcVbOvRa1/J+pg3J06aKZpv+"
    "3Fo3dpbezLZWrQ3LI1efoQVd1YOke8/1yeuTtwu/N/qi4E3XTYJXjNHo8En1TS/2uVNlfa"
    "2hKP3BWBl1xorSEABIsy0CLn5VRL/+mbzCu+bF1Yerj5c3Vx9xE/qaqysf/hs8eg1MQEjh"
    "6Y8b/6X38RgGLSjGa1A1PN5ZWNsz1WXjGrVPIYtfOY1shGN1oZ2rfyomtJ69Gf55cbMBxy"
    "+tYfuX1vDNxc1b8kAbT/5gbfTDO016i0C9hpb+XwDaqH0x0EYX1tiul2r54DY/8qDb/JgP"
    "L7mXxVeBlijEIUkNUW5eX3OgjFvlokzvJVFG/vTfUPPYKHcsf06R7uLXUi0NZhCPkVcZ8U"
    "a/Nf48bPWUx85wNOjjLlTPd1VTcaCLbGti9TqfYndN+Ly616jEZoP8+Vx1l9lhGsM/c47I"
    "GEmVh4Z7MWyAdNz555j0PEfoP2YcyjcPrX9SlOfL8E5v0P8UNY9B3+4N7lKQL/B32guR7W"
    "dNUQvAk3P65opjTt9c5c5pcisJ8AtcLmxXR1mI/4FXIRviOE0KZN3QPPB/wDRQhgssCuzG"
    "3558SyM4gqlvmJ5hoffkeX9vlD/nCUab53x6ehPIbOQ9u7QX2kF6zvuOTiBTVMaBcI/veM"
    "YcsgcmSZkempD0ffTHKa4GF6r6wDKXIRu7aTvqPnRG49bDY2J87lvjDrnTTOxH0dU36dNg"
    "1Qn42h3/AshP8K9Bv5MexlW78b8a5J1U37MVy14oqh7HKLq8fvv1qM9U01SExK8YxXYZ7B"
    "QGtwAxjAi2Ty9MKYzAlUX3Z9uFxrP1K1xmeKwUqKE0/0vYzYmB+99o9kRXGytB0FUXK01A"
    "fFLhb8dfDD369UM8v4fdNsaYQDxVtZeF6upKDtbQwm8DGYfKXUj4869DaKr0I3KRDvQmXQ"
    "/Oa4R3Ys2bxhMRlQrAqod76uM/O7izJQdc4dBXHi0y2eymHZtkiemXvTVvztNXVEt9pp9E"
    "nk2elJ1fuVq7aPbxau4UIyIoVH33e2OtGKRP+EMq9I6o0MNHvxGtxyS0ozneP3PxjdPV6c"
    "i+bH64WWFMfmyCd/TQ6vUijNeYRutHZL4maOoE6J4zN7b88WYhhmmMQiK6natc78t78pVr"
    "K9GJAczLWSYWa4K3bLdG7dZ9p5GZuQXAOoLuq6HVjYtMYxtbtMJc+yFZrHbAHA3hq4GCT8"
    "/wWekmXMyWG2+9jdNqDCwIXHtxC6b+3IE6mC4BfIXuEpi2qgNvpnpAm6nWM0T4BwThQwjK"
    "yA5bOq6tQYSAC5+wyD/DLQ0P4ZbaDL5PK6fLeJ408VaLI4xPSE5o4yTlnbTnlQY4ZmuxfV"
    "eDim7gVZJjGMuxuKQJyzMDNA6lgT60EYDsSzspnBOEUt9cdX1zho89DldwDx3V9eaQsjMZ"
    "hiB2l4sX0JPtpdtUXc5U6TYVbvg8fj35Xj1Mnx4RXGvsM1X8USodpg7lliZweCW1CHuaVu"
    "qpQUgy25769LQfSp8R5Jmrp2J3iqPjqehlzzk0xl3UdfIYCPnQVV7gck+QurSjX2Gd7JdJ"
    "a68GLW1/Sy/tpa6zSbPnjhmQ7AVTO+qnppMJfw7uY0+QhrSTuiIENc94MjSKgaKpaN+VN4"
    "x32Mb91RQ43LUaYLEnYJ1VR3XarQ6pGfnZdgNf/wZDMbK+ecajF3nCzUNVxRmPlaQFaGNg"
    "P1GrBMLyCtQB6QUQr17cSnWX4M23b0Rg/5/wKf8TfNj7pTo3v317m7WFFNar1M5I7UxVoC"
    "1BhyAVNFJBc2IKmoTMTABiQrw9nC2irTLWNNoJ7zrwT29ikb9bw04r+I0POHViERPPLSCm"
    "r4n1+Mugj384+Gvwr+690v/8cNcZ3gJDVzAaU+hOrPawc98dK+3BPW6p4TPS8BSyZU6sqH"
    "HU8gF39tstmOPOlpjul0G3TUhmNhYM8d3PvXFXia7O8bcYSnSvdX8/7IxGt0DVdRciNLHu"
    "BoNep9W/BVPbNqFqTazOQ6vbuwVwrhpm+jDnmk2FR925vsni3PPDk1YE1YhNIo+tTWyS48"
    "IngxVHkb97xkh2WtEVE6FK2DxnIbvJi3DUvn7wHiTamsAlyAHESCTIXCBTrbCuTBnR0vkw"
    "J4jqB3TxzKwMRCgmEKEijjE0tpCh+YliDrcrfaIgR+kGIxUtdVO0SDeY0zmYpJalDEEhlO"
    "NFUI6R1BDlw8gLtu8KYbwiqCHCB5nHCwhfoKUrwkhnCOsnNBwEcKqKFFLiRAQ1nNKXTQ6A"
    "L5u5+JJbO7onBjGRheTJOMFh4HMvkx6cOSgdUhIlWD1gjFxDZUqkiftnPJIpDVGdx0kKzp"
    "ARBQyvniFzZMgcGRVYvwXmyCBuM7taVSPaKh/gjcGw+6nbb/Vuge0az4almhOrPXj87RZo"
    "trOcWNF9pdW/V4IbUUNFxXxg0KrT67THw0G/274F0ISa59qWoe1izWzyCMbNfMG4mRGM8R"
    "sykz1tXhRrqvKWxEX114ML/+MbLmRs33eBPTvHQBwjS+FJ7OCHAjTa3cs1AxMTf8IMfNdN"
    "512lDgZvLugsxo2MIHdEFm782tB1KQRigCcJS4R8deVkMbdsT0xLGbavnyB8GDOlzI9UcO"
    "KGiP0WQzVFJZHdnnlKJkgqIEESM/VUXErdE91IRh6HPo01hTe1fCuVg4rM7JEHnUaOGoPe"
    "O+NWYaCo+YHUFyv5V6ovpPqiAltAgeKaZ3gs0SGfmV0RVFlpURmbe/y1MiDnlyhJkdUC6g"
    "3QHqRMiWOq2s7xDiviKkPfGPTxiu7cAtsyDRLG8LXbvx98vQVBvZWJ1emOfyFhCtAgZ9rE"
    "GvRH3TFtj4xAJD1+KIGU9qRMUh2meatMchx+OSol0GDwy6t7XPwyLW9gRc05ApBJ2yhSmB"
    "C/05Z4VWPwILwFYZUzMPGbFz82AZ5DzzD6gQnmqx/wFVoeKxK56O6lp2y1eHbpKXuwk/MF"
    "f9au/E1EW2n2ZvT57h+d9ni1D0ys0bj1CfMvdCOYWJi5ecC/6E6AmZ0vnT5uS7eCXVgb6c"
    "p8qKkvXZlP1CNR6lsK17c4qov3JzGBJ0GzE6BVMyIeVuIJ8CpA5omz1qeFMK+8k5haohJP"
    "jMubGabusjbkXQqm1QfuxNI/SlG5qm2lR/GcTYK2QYZeoSogSNNigUtOcdoCRMMAbBeoIH"
    "A0p7kvoA7wD0iuxoTgPKF5x06kaFwt0ViyV3WpWFex0+j0C9bVHFB6bAgBGqOo05I/lARg"
    "MbWOh+T/qwYwrwAQm1gVrf9Xsb3gIN5t5VesPFFUOQpWHsdCl3AqZEgYaafD7QLGyn/Pi0"
    "hk/phTOp42sf7SKiYT9Z6oUUCaXsqIgUG+45jGhmR92028qS5KLLlphXkpRGy9fZqO16LZ"
    "eDtKr9vu9EmyXKiEFVom1ghj1blX7lvj1m2Ys14hG+wutt5ijPE7pZfw9655kY7zP7HVw6"
    "Urd1xb97Wc+X+4PBMnwhUfVFkeR4zByKYA3c7HooBAiYRHycZKNrZubGzxzl2SjZVs7Omz"
    "sbV3UWzdP3T73dF42Bp3v4R866jb/0TqOcwNyyB4e8ZryMYiPByk5EOCpj3o/9wdPuAfg3"
    "6GDA/Zk+HOKZOToRx2PoU/GJQufA5/EMrHz3f43fBnDL/QIhSOP8VvFJ3NE2sQBIrY9Fjd"
    "YfYUk68tKQFRn8/dpZ8VeaUnUL81/jxs9ZTHznBERtFSPd9VTcWBLiID1+t8it014fPq3v"
    "HknuQwzeeqy2DS84PbYiRVHhpRLr20wDZoGs/G1DANTwj2FJmEfgfo8eN1I6cKY37xmyRV"
    "NSrgkOfVpgJOsC1OVWQIjUuKTA5M4QODD2fP92x3qegqqxR1rgSeJZRuDwxHEse15waiil"
    "AheDN0El0Guk8QKk8uFM2sFieTqez406oR3NS57bNc9++hZsxVMx/wNWF6Gw8o34c9nKwS"
    "mAX+fafdfWj13lycnzVT8Eab99V5mmMnaO2YloJBWoecdqVzkTPVskJ1OTcPGaORjErhjM"
    "qrgQxP5ARdE9Qm+2th52aQfkREtbqmqIVYemgfF821EaIaPtb+vWETSdHJjaTwjSSqfhJq"
    "VgVZRwa1zMwrlA2ZyPS7JEOO0UmenR/wF7hc2K4uxMrEaeQOVPgORIoKRNZ6gVFJkcmBKX"
    "xgfIeUntcVlSXf4jueMYfssUlSpocmJH0f/XGKDJMLVX1gmcvGyhcsVyLrPnRG49bDY2J8"
    "7lvjDrnTTIhk0dU3aYvWqhPwtTv+BZCf4F+Dfic9jKt243+RgI2G6nu2YtkLRdXjGEWXGw"
    "xPNh06quvNhZM+ZOikio5x/pDaumK4xigkogxEbd9zfMG5mqCRAZ9bwxPXazsLsnDI132i"
    "sxObvbxxX5ndMCedeXpvKADfqNB3TZGN7YccmAYrvQBUBZPwV2x/4AU3sTEm4MVvAPqfez"
    "2+/Dph2GMhGWSCENGa5XFNTNIoclLGWWyFilROKACmqF5DHSGiiX6OkrvpRDa9g0ajtDQN"
    "ItSznxuMWJT1zbNNkSiGjofP8JaKStsrZkiwNV3T15kNiGQKFjMbQRD4XaomIAERZ/gitI"
    "BqkbtL8GbSwI2AadsvUAeqB+ZL2mzSeJvN4FRgvwWHxNwZz99LVMyPzebl5Yfm+eXNx+ur"
    "Dx+uP56vuPzsrU3s/h2pf5lSoG6PncETz3YV1xarvpGkqqGxrHgP5cWMpXDbYIucMdVsdQ"
    "C3eEuk47sO3sJE8I2RlBiTfCglcgmhSuL64jL1xKXu3KepJg4himmJKYzJQaYbu5DWLU4i"
    "lW5ZTaZmGsJa9wSNBDULahhXJYZqkkiq3bdriHOj34QVbZ8RPEXGhVfDlpxa2zOt0U2zPF"
    "grthvwoho/WnLUltmdtgBUW47RXvVVT2gTJ4ywSvigqpYV+CxVS3xkeFQtjqGspwVPoSlv"
    "Zrj6O2LmWQISyfzOce1nV52DheHNQNAX0FxIn4A7YVWT2qkPmVWkYllF8vm2DalFNjBup5"
    "9f5ADh9RAvA0+ZqWgmAnOKrIY6koNlGxGBucbZXIrXQSHNdlimmXxfxzWFdHNM6EeKcHPE"
    "G8SObo5JSunmeEr6K91ABPRdhj1FWsC4V1M0qPowM7xZs+McrdHpUlCxlqaTyrWtSqA1Zl"
    "JhsU2qTk+vPZytAi8BiJS5ykpvKOLxkXBQqAfyid0Ay9YWK2xWBKNArfCJ9HSCR/pRnGLi"
    "kDF0NSlEObQ1ofT8vCLh0Ndohmf8BS2AFxkCtgUj9Qp1bEH2PCrrbbhJB5efcItXWyPvwF"
    "LhFNWt1OpUS6sjpTQppZ3Gll5jKY1skS87jXqSUspolZbRgiNUUEBLEEkbfWUcSuqI6iah"
    "N5iH5Um8VcOXW+RNLNjtng9HMdKfLLi5Vvoj15lr4zfPMdFHt874RL5Ya35p7wcEQkLwRO"
    "tPz6CJxTDwZuJfwybE/zZ/xP9eQXgZ/P0WeDbAfdPmWBCb3wLK1+tngDAK70xjbnjkF49Q"
    "WNbTpexYLdlR1hk5XP52shzY2HIk2Y+Iq2ynbtx97t/3OrcgCKKdWN1x5+EWkHJEE6v1+N"
    "jrtqMKCqRgmrZSV1ZkcBQXPolM/gRRlQemOr4wJNk0QzXFuQhW1CWGszjQ0glkgkvhsdO/"
    "p9VJQnq8ANqklMgtOSSNV7w4hp0vg18797cgFPgn1n2n3ev2ySUdYrbIgno1FocLMV7IU+"
    "CfjoGF5510GqweaqjRqpNy41U1DV3xMRPLSO6xebxTpHKgKz3QUkOdv7XWV0OtWmgB3Z2G"
    "PUUqddRVXt3SEvE9jPKxLBEVG9LCsx5StZdg3sM4jTREbDdEBIBJO8TWBHLxicVhhijbvl"
    "OxvaBI885xTBADC47xydomSlaGGSJ++4zLFGFbUCFntRLpbXkMEs6MOIfh/94RUkBIwRvc"
    "2iQfSXIouRBYNnBUhF7gEhgI4MMNGfjZb38CyMOTTQckjAnqLINDwb1Lg0K1DAp0eEWUqi"
    "uCQ+n46mRTIKtFOLIwQVRDtXXxcW+7Kz6lwvOEZCjV8+DcYXnZj+b4QMpPDxSjK4/fPz/s"
    "iXDZ/HCzOgzIj03nwOih1etlpScf7VaEAUmlw0ksGKk4zl9F9VIcZ6T3IwlE7rNqGX+p4W"
    "hkJaL4/TM+kShNwiERTX1kWBAh4g51o+nXxBFqqr4FLnQwzLhjLJNMl0AFeCdzz0DwLPyJ"
    "9KrhIYBnKf2JbM1QTZonxfCo7MMSkQ79OCkzVUtmCsZHEfbFSpLVzyWLK13IhmwhMllIyc"
    "lYJH/wvfAHSYNjeCypxNFJzHbCpJU2lO02lCRw0payTenPnGiiuv+Y6mDt0LpnkH4r6Rp7"
    "ksLttjIfGsRTb+8SH7SXGmF0SMHpMTCfNBgyU3TrjEtccmKtt0lK+ZBIiaN6EkeQqFM0GW"
    "SasH5Sx9X5OQ9njJvls8b0ZrqewxRvhEq4llL7oGGp7jLHPpagS1fQXnrBvnqapzYL4Lsw"
    "zcKK8cWo3nX7reFvq6QMK+63N+h/umOkZbj7bdxppUMRMDeEYfVZgZqbavMk6Wqj7i+lRs"
    "8affwCFnJsl2Vsyc9TkqSSuUoS66KIXCWE2cBSt+8w1oRtm1C12AOToEvvSZjwUAOyulLy"
    "njQY9BLY33VTM77/+eGug08FOhC4keHlLAQdvmJGNgBL4NxNkZUYD4UwZiZUghc41Lw/dB"
    "yaVPwd0FtCav3yoa+v1s9UkafsaPBP00qrf5Wt/sTKKKbVjVFIXe52Xa6PpDf8dg1ubFJV"
    "yWd7iJFuE/GQqrUy2rb47TMujRsZukDgDEm2Oij8bOBhe7fA42cvQEiJAMLcTeASAF+huw"
    "SOa2vUqYBItO8MC0RubGdJb2zEKKt7kCcwlIK/N0I9R/AoBU9512v8IXWFR9QVMjVW+awz"
    "W1FVB875ICbzxETPwLxJMZWmrNNJW7J2KkctmB9HWTt1YLGszZFOYviEud7Z2H6BTGfBxH"
    "3OszggwWdURLP1MB446n/I5p8IVToDru2RGYEPwvCwxOzMezCE+H8k7Tb15dMBfU6YIAZR"
    "V77FzDYhftbcMJfZc/nQD5N2u2qdxXTIhAOAklS1s9gVr9EKVoAIxGuK+oWxFa+ONRDyd1"
    "IcJQilvrAqaiQefaGMqcsd9RMZZV5loQwBq/H4yuxC38MoS5W/VPlLlX+eomGExwh/3q9s"
    "/9rY3TMuJQMKCBReN9tGC5DMKN5M9QChRSCoqxcI9Og9GM8gsOACIi9MPkvb06aklpdnEF"
    "0BvoQA8gzTBK/QNZ4Y2oUDPkcqFqqlWHgRcwN+qanzb/GiruMar8Sg58B5FuAx/DNn3qbI"
    "amFN2cQgdf45TvBGGefGhM9v1Dzt8cj0uP734iWLfL7PaZKqfJ/T4wyArIQnFT2JdvuEg9"
    "KDfycJMU4pJcSqSYgVsfON5ugBs6EqZYmy7Pf6Lif7PUfKPEaxlf3+ShhizLWCcIKA0cMI"
    "qLrqeNDFbK9muzoCBh55UlfXfgIoqAgB3tgOmay2ixlpSwce5ptRUHzX8Bg+N4d7jGS+q8"
    "V8y5yJh8yZ6GEmW4T1jtpLnnsHnluyfN8Ly1cVZsBTn5661qvh5SYJSzfhZAsIlWIkybar"
    "5ix8RM8NyyAN8Rn8Azmioy5u6XE+h/MpPsHJiU0eAaDl2qaJD+tVzuOF4c2oPw5xliW+sx"
    "orTdghnyQ5hGpxCFXJ+1shVZ3M+lsRNqJCZ5X0UJDjK1nQ74YFlR4L0mNBeizwSEkUdYZo"
    "FI0GhzwUjT9XBRnoIiKEqFF5efCGFpWPEhv/gEAyH99bLHuQBimJhVk/psi+pZxTLTmHLp"
    "+ZSqqJi0g6KbLayTofeQIPP+bHHX6UmZDLFCRL1uenZYkKTdzitfmGrlg+2chF8E0Q1Q7j"
    "wtOku7bJytaa7zOzIpAp2jZbVHZwoqHMSnYwNqZnW9EcLDVbZrqvRuZ0M7MZiHw/g63biH"
    "WcTGbCE8Bb6mnyN/j66ml06KiuN8fCmZi2JkMnq1dvVdmsMStAcXOf6Oy0cObV3mQmWUKH"
    "M8Rzf9htjzkrBNBYCYiUucoq6yNUIoB21bOf64N8Yk8IoFLM4APLwalqWz4XUJpp4LmJlP"
    "AA3BMtx2jT/mo6qwKwlGdXtVhZp0WgCnD6RHqq7dTCd+ncejZeWTXkheAK+qrrvIqQcqEG"
    "MVh7LkN+sE5yXsXLLe65CtPFHusIV+iYtSdSsRIvdQQpkZVrT6jSScHqiNfaL3BPsBielH"
    "XES5upJlGv7luy6iuctnxvZrWj/mp6IvqOaav6nmB9pp3UdUodq17cyYOlaKZqzPeXdepe"
    "ZC+B2ZPB1mNLxNiIKfCVcvRPNsOsuCNqndf6ikBZ6CRsHLCFUaZ7ghWLbq0hRjrUDLT/KT"
    "lW0UtNETKsqf3nfuh0SRf88+gkmQjb9/bGaUD7qDlQjo9FaeRPV0/YV/mA+xvFuqsrbmWX"
    "NT5lkArhEkKo6swhTG37BXdShNHwLuiq5kCVhdFJLj7NnjtmQLIXTO2on5pOJvw5+8+lIe"
    "2krlPJhZpnPEUyn2qhBXT3VTEM4322VVRXkSaFHSIJMiV2u2Cn4Q/d295TX+CEIshisSB2"
    "DGLHhU94aYcsKRvngQXHNv6H4+SYqZYFzcdEpzVCWyAEL2sMYsTjMS1GHMF5CzhVCZ2iJQ"
    "g5QvUQdF+h+w7hrsCK+Bagme1670zi3kCziAVVoGkdoUYKtp07kcF31Qq+S8wd7iQjcaLa"
    "Bd4dpOSf47uOjXJQ7lj+POORmwwWW5NXORqvMex86o7GneEtcOGzgTzoTqzW5/Evnf6422"
    "6NO7eAbFlkA8NHD0zvKlyjU3h02RHjTyt27B06ANVxbWKlzKK8ITPzmmSvOLOKIV12QJkL"
    "/+MbLqQB/QpNyR+z8woEPm3sp8RIqOh0ONlAKJl3apcBqFLgU4SJzDv1fY9vyRmIKjaYtU"
    "pAVDFsTz3/UODcycpAtHL7zFdzhP6lir9uu70MswXDVEE/IBAQktQ/Nr6MQfSw2BHUL5ou"
    "PYgA0VHQ7KeEJmpAyifrRuBHkqy6XFzfE+vNt29/C/pQdMP9+//8Dc3U32+bfwR//f3bt7"
    "c/0WSuCOMWPjV8Jkn2vroTPEt9xnMDPEMP4TsGAq69AGQE8/QtvzfshRWsB/yw5vVN4w+p"
    "gjlmJvig+IxYMaYEUVkqmFjeDdUx3odL9H24qi24UFavdbBUHIeu3RQuCYGhWFPULzN/8X"
    "mSwr0wAEkA5TRdldVglQEbGX8xQM7dsaPmMjUmQ2JfGLrHSMWdC+aqvWTzs2DOMP8+Y4jF"
    "uWiuCSScWTht13g2LNVURFP8ZQhruK1eNM+57DnnG+w555ljTCYyykW/vomMqOAkpu+Jk8"
    "hzdbvGZyWblqPyqRq6vDqf+LQSVfqwY7rmGCTXUM3iwroewh5P73yWkV1leaQJ6hTjEaoM"
    "xWIqgDVfu5iInFVTVFx6RuRP5wYiUWtEDahawPDgHIRZyYlTwE/4L91VnzzgW55hBgQeHt"
    "2sM1UB/TH1fOGHBceMocO5Y2MZWlvSqvNppV+qOd5fPR8FraQusCxdIJl4JDphh3zHDFKZ"
    "9bhxuznrMQYsR+263Scroq2yyNTojjsPt3QvmVh3n/v3vc5tuJ+kdyEulyAej6B8h6CMEI"
    "WXgWk/K6RomZAuMEVX5RHYdaoX7uYWgSaqIkjT1RHsQ3h8Rri58JUGt++CeZy2hrgXr/B+"
    "st25grQZnKtZvPO9DFNk5We0r5GrIeFtRLCP2lejjAB5bJ3KCBAefkf+Zk1d3tbToBKOIP"
    "6N+2Hr5/FtIB1NrNHnu4fueNy5v13LSBPrcdhRhp0v3c7XW+C4kG6tcDGx+p3O/UhpD4bD"
    "TnvcHfTx2EGoI4yDS+PQbGtitdrtziPtkGQtdmh/3b7yOBx8GnZGI8xfkRgqmwwFmljtwc"
    "Njr0Ob02BcGDy/NRz3flNiN0naaXOpxNoMO//AL0HuufDf+OHBtdb9b8rPg6Hy2G3/+vmR"
    "3FP1JUlbpDiG9uI75Im9XkiIh88MKfEsGdFLpo3Ib6IdxUh9xZ9ISgBjtBbWLkwglzp9gz"
    "Y9q0xPi6YCJyWDtH6e+MWfk3HXbWH2m0lcP9QLFnYwamw2MFdpEqMoz3JwcShsCzZ5hikC"
    "dzHAJSilf3WV/auD81ZlRibzcTHJHiq8SzX6g+FDq4dJsTCimhPrvvNzB3Ml+ATXSSS1S8"
    "/0wQPmbR46/TFlLjBzExXnEJd5uUTeDRJv1rMrep8gMmipTBlHOVmbeR5ebPpNK7Qyo1fE"
    "6iQrLh0xRzk8EXFqTSHj5XaXnKR7R/42Ul/3Dt/Rdxz1JKUc9aqMOoPJyNjxV0qCHcY9TS"
    "u5yeoMdB43udNAp0jlOFd5nAON106ioS0jb09jjFfOKmLumGky6ZK5QbcyXYqBm6GTvvpZ"
    "cGmdBmFoU1QSWFYQxLpUmKCPdpZSArzVUzvhLii9tTd5a6dPnZwSs3mzuQCABevoVWwmc3"
    "vFZxcyB9TR3lrePD5ReFOHUAJa/A6g/7nXa+RwEhLcLeBmmKcceHniOo5Un+dUtudkGMcx"
    "415OE7GSA19OEiRPRS/l1DM6SXiOUannRA6GBE5lF5w5RYxkKYftEMmU+pULYAy4qs1RjC"
    "vOizOUEa7abw1ixF27SzC3X+EtWMzsM4Bbk+xiT7ZLfs/P8L/QIv8uwcRvnl9cgYVLbF0W"
    "dR+lWci0mWo9474NiyZCw0+0kEqdZrNBjiU8r+Dk8nfG8/cS0Phjs3l5+aF5fnnz8frqw4"
    "frj+crZVH21iat0V33E1EcncXNAtvDHp9ce65s8lbPUYomyUp0U28cajgO7Gnt2TvAnCCq"
    "YRhS8TDjPcl2lX2CS5M9VBn0Ruvxsddtt4hL4krPObF+6fQeSR2AGTQdUgWg3esMfyWRB5"
    "ZuLxSMoftCghtIQEZQLoCEY5CGo8+Y7kt3NBiS+A1M+2ogm1z/bURjWdESeXCePl64XB4L"
    "j6l0oYpY6tkx/DPn3FhT1GC32mRP7vxznDAlZ7zyVubk3qD/KWqedtVLLStxtw3pj1Up0z"
    "6PF17AF9IAJzHTfppO2vCyRtLgXBHFVUK6CdJYEqVdfFH2tTpXbmsqGF+iSRUDNkYhJyyv"
    "Hb8gQ3MqBdOJzV1Bg36enXmVhC09jwsAmNMqULE5zAtsbOluR5SeTNKwvG2uxs5vDpP9mo"
    "2SyG5HNslxCpvsS1I1ryzSm7XNccM1p8J5HifZpnPOH4BN6euioyR6VBByLmtWHDNPXXIs"
    "Mvjm6xIzhFVWbe2oT7ziyRxwlZ864CqTO0A0Z5fM1SWWqyssa8iyAXFUQ2TtGYcsfnj4k4"
    "9p2Smu+GEQz04hEAM8SSgh54f89FJB7WCJeBwOvnTvaW4l1341dJIx4aE7GnX7n24Bza5r"
    "PU+sr63uF9JmoZIi5SQz1OD+czuk0n2NXGNlfOLJFJXN2bCLoaJ4g5Rle2IHSNi+BkaKJL"
    "TX5zzY4la54NJ7qf0Ms64s5Ul+ros1xfec3UJqTg+rOQ1LDIrVJ43TSO2p1J5WRHu6rgO6"
    "r0pq1dFpzWNecBMLOCf66TgKqchTm6GEijlx8yqeYhRbfR1JYVYXzjFTQ2qxIjwutBfgzY"
    "gZPSy4EOsevKEOKsQP8UK7Wru1vD0LfBFVz1O1GUlVhbKOjod+WMFejlIXtqcuTPUxQnt6"
    "eyW7qLSQ9R27e01tnRHHmO/sFbWv8nhKZ6/qQ19nZy8pAh7WOWnFPAjCm6aToiAD3ODYFg"
    "M2TiNBlfJ1ReTrYF4WIV/X2+Ujvnx5vGlW+6hUXWwHN33oVEp9QR3vGLqLyCGPU3ERuQHy"
    "lZnUISkTQiD5AdGKISz9wcS/hh9uJv7H8+sr/PdUvZj4N80PP2KUSRYC4PoWCZnE5KppQv"
    "MtuwLl4R7F492zfrp07TmqOoPUCqTeOQxrcX7a8SSVLKC1R+5xCiX5IT4AKyo5AN9X2SwH"
    "WnqYvkLIYaLTv6fOESE9LWsVVckyrFWRrNYjca2g7hAOca1gF6vaSUlXeBkKir9nu0tFV5"
    "eMURzN8cmUe0pkqeukVrhsfrhZnRfkx6ajYvTQ6vWyQi8e/7lBsiTvAm+GWKKbmb0uSTMu"
    "5k6SpPqeXUqkK86OhWZUn5kTaEOhmRVFNSp3kufVpnKnDjXivrhDCvskpcxhX+Uc9mSsSI"
    "U/he2emW9YzBDWwE+zdPuitDwd1DgSbUSime4zdNJIwgI30paJgpuik1NXmqB22KUPYoKK"
    "qYD3h/k+0VlNUc4sZ45s9+v9VRr7tsKbOopOLyX7iSCfjMYsNZ/vqSAkZNqMzTukqWbO2R"
    "XhObDg2Mb/bEe1k+itRsgK2IHbM9WyoPnokgg/mlabYRTONjrbZCHGctwqmzJStIBYcZLU"
    "Ww3GX2eGNgMhNQIqcKCLbAssVAwBmEKEdzNEE+ka1tT+E7xZUAIDNzUX6hIB23r7HvRt4N"
    "qLW9ouHASGl/uBnyWd3KtlFXZ8NGNsIJuCtSOSEsO0I8RPN0x7zjr2NqEcUkiQ+UE2bXyI"
    "CYVDrylKVLT9NXvX7h9K25a0wvKk1MhPqJFJpyHraOfjfpqu/Ax1doZt97EsKBhrvKYoRg"
    "918kdwRgsl4uqYHIrsOERsfrGyfbUGgTtKdj312Iqp4vxG76FpkNoXDYaYsLonIB3ocRou"
    "J9Kg2BIIQ2Yx502rZ4S8O/BUFzPZt2te/YzeJuwbQP501Ru+7NJGo4cRcPCEgWw/0oM9bW"
    "JNrBaRF0i9EARB4GlFRIpv3xC0vG/fyN8WxOAA8huoz3gGkIoiePaSi6S7he2+4D9diN8Z"
    "5soavzdi8cXhqwdDQt5+Pw9VWVaE3CujrEhs4Hg5vRhJLaI2D8rnhatBAN41RQ3RveTxZb"
    "zM92W8ZPsyCtVqOY1MXTsCfMGTu+kiP3XTRbZQi+fBucPSy2/2Y4zTlWdCPT/sbl2E/6Kp"
    "Ik+BrssKJdsgXyeoauDMktoYuJKOXW5IOnaZTTom4+O/B6E6ZEOZcvUmRjJJVycvjxJ4yg"
    "2+IDGxYE/TuWj12qoNB6+knZyJHMJ2aQGdXSs2AAzhPHH/jF9Ap2Itn3Q+plLwO9xzIAzf"
    "RtaxsPQlLXU5tb0ZMFXr2SdVt8EbIsYSCjSzF4GJjex/0P0BMSI7D/KE7da531c6KEJJ9L"
    "l/SCG5kkJyft4qNvqnkKSqMgIckRJMDIfyCl3E9MHYLGew6Ms7zC+qL294hidmylsR1HD+"
    "NrnkjOYGOaOZlTNk0rMSgxLo7FQgY5/YMqNDmtqJzgeb0kyQN8/q+mBc9rT2XSElfNi8Fj"
    "tICZogDbPYu7lbJCmlZqgqmiGezImRXCU45DEyGRxaHcVfdnwr4E5z7MVbcNBc4JggrEpN"
    "kBUSjPidaB02qFHZDkqHCj+q2sQ+jJMSt3dYMKGz8Av6h4kqsCu1CniHILH4ecK/9tJIJy"
    "FlqKQzmPPqpNdjXmyVTukIVZXd9kzqeI+j43XUJbs0zabcOSuSaiTPIY+tTfKc05KHS92N"
    "6isOq6+qQVHfYdjTtPUb+BMZaC7BWDNVPAY7Le8EpVR/nMIos9JUbHDfTlDVQFOfZF5urj"
    "iYl5urXOaF3Ep5GJPcIeIrKUZWyjKSe+Vuq0j6NzfK82/Otx7Wzr+5bAPisZP1VeygL1oz"
    "7kLNcAzhbHJpMml12K75XmEm1d/bdK/p6cVRxOiImfoqtkXwgsybqI8nx1kYmWywEkmL5O"
    "6KR0XXZG7vmr6L+mwruVEH4hm80k7t9ZjVojm8Hn00G8WizRsMW0umzRm/uYWEsysoTbw1"
    "HKAFpq69QMTRHqQfD97QOHnoAh2+GhoEqqVHzYHj2k+GCRn+/8V0KdNxVSsdF7R0xzZYTE"
    "S+biROU4wIclyIU6HBTR7dCGm2ITy4mdGPOM3rG52R+Swf5jVFDa1nF1z+ixcb/BcvGJGs"
    "vieEcNS+hvhe8cB7lY/uVQZc6kOCD0GxvSJJVQOFRcqr/JqnNjxule9Vfp2pDn9aZkfphr"
    "tdxcpjd6SqPeRrGmapdxh6Brm0S1VZoy7dcg+sIJOuoaW7hhbnwPhFdQwdD1KDIU+v7p3x"
    "y9GvhEZ5gZzJ7kiwOwaGyLJY3P3SeuzeA0wMHNVwz8BqKgDVA0+GizxAC+dRsfcFOh54Ex"
    "fZEVBdCKa2j+96NjC8nOj6Qz9Qyt7Vkr3p/wV46ah9WTL36s9SWOkLHk76Ip+Rvsjw0Y5r"
    "vJKQdwfORWysKbJaCIdlm1kdf2oaWrTfcms8ElS1AL4ErYcUF/PRr5e4mGF2j5TuCCEfuj"
    "nM2frmRu5soZqY01QM2pqfL2uBdaUqzCchzMnj8aec0hvLjt0M8gKTlCdPtjvHTXETksCX"
    "lA4hVEEyojDxL3GSZ1o8DvcwkoKY8HwWXEDMzZE+7SfMzoEAEbAw8GL0PfDtm4sXn0sX6b"
    "dvQW8/gfAaIUOkX8wnkq0TzfA1ZE8sB88z/F4B7wvmqo65QYjfDQIVuHZwHRNDBxAr69MS"
    "f5bkECvIIb6wUN0UbVNgsE2FbDLFh9oEq0wE2zXFofiSI9q8Cme9VfPZdvEWxmC8CcQdy5"
    "9n1C9J00y8gxLNBh39ftQSFHganXtMdAso7cTqjJrXN/gX+V/6TOEZjYJza0sp6NhS0L8X"
    "L1nkN8T0JajKD+s7zgDIAD4pGiXa7ZPQJuKYRUc9SSntZ1W2nx23cnnFBvbAprTjFdSuGM"
    "68VjXeetrHUeD0DC2v3Gx064xDeWPG2nKVjwoJwJuJ/3GqXUz8Dxc3H96SvNGGh8DMNmlm"
    "aBB0z64JJd4FsygTmZJ4FHX68lgYmeIb6VpMvzeC7kiTsBqKWOppqf7Yu1Ys5YTFlCAJot"
    "qpQricUze4pmYdUxNLgRfkBFH9FCLFh0cf19Z7bO4kqW1q8mg4cKt8fVMzo+UI93ARhFcU"
    "NcS4+An8ApfRHp0BOV+XkaSSKYoK13BQtTRmBxlhikTU3aDLjog2SbknuA42DAARW1PwwT"
    "8dLPAjQfySVHsCWE0JhxO/TXUFtyv5j1FjsIGlFOMVCq7/Rqs97n7p3IKAemKNPo8eO/37"
    "zv0tQD5yIH6iPrGGnS+DX8k1F77aL1DfRf1/wWPsusg3dl3kFH9UKCoCUkqarDYZawvLdi"
    "DVy/lQ11e9HK4LUuD3eafBZ3Yglc1VVjbLtDEH3UiPq8uv3N5ZMLqBGlMM2QSNRJVVBMB9"
    "Vi3jrx32BAal3BS22qDWyngZ0LXJ9JRYuTlmp7x5XAC6g1R3pzWHeUFmLGEOqI9nRj3Vyc"
    "xrR5W5u/aCeUvurpwKFTkbNXyFFitRqEjirtAM3Xmt1/QWS961m1U/wCzftL/ClNe+r8AV"
    "xVYrP43+OAtVYqTO7BlVhQVTi/xtkAXnwSBqYjGzSZgEqR29mC2zBv+9e5N1Rk60zoiqsb"
    "dvTudxLWd3qZRpr9EdjT4TZXFgjuHVKZMr3f5o3BoHF8M1UBFdswtVxBq4fEfzNUUNsgOV"
    "7WG+Q4kKqXGulPqRqySJ5tmC+ps4iVQuMNKvh7yNEKhJIqkV2660ibmI7imHxRxTTwxiXi"
    "EsObs4clSTJV6ePqxiGwK3aBvbCIWF2kOKa3e2/RJ8YEZSi26dbRLS8B2ShJXIPkiZxigK"
    "Lcv4ewOZNt3YQv1r1ks6yrMlfaSP4SNtYPFX2H03QVRlGWlXF9PCA5pP0NGJ7AkwGntuof"
    "RuEEibAfXEarf67U6vRy5p5NtMk1xtjcehpEoK/ASCan+gjH4ZfMUjZCtohlnZXQaOLz/O"
    "hvQ4mew4gkuj2FVRociBgsPK88xxWyzKUh6Jb+txvcmcfAlbytukd0wR1gjbUlSQ0pnv+1"
    "atrM60XcY9RStd+KrswhcwNMp0KabzSZPVaIMt7PAiIqIYqjEKqUZjICqTgx9YMRlpNfbU"
    "nY3Cbk4MXF7lWWyZcjjeyITrPJhuTbjOPLSknncLrOlzulK6XrpNMBS90fbBqeWNNq2iVb"
    "wz1TRX6sCEbpBmmaf1RBjZMeJUqYZS/1uW/jcxCrxKrgRRDfW/Beu6TknHXlLhq4No2MMd"
    "JAPy1nC6NWENtS91EsKhpe8yxDEyOcCVHmBNdVTN8Bj8au5JHyeRoitDGbA25AnprMrF8/"
    "xEwJRq/nyo66Xmz2h/eIJXQkeaPcNXYg48JzYHjhK50rbnjhk+LCMjr2+ebRKUnyDUydvg"
    "V4+356goMsEY+KZu/eABLBQDwwO6bcFJA7jQsV2PpJq8bv4IJ/4VPNcn/k3z4pz8/XH69h"
    "ao1hK3PaN1OaBO0lDaLrBsTISla4tW8QAqwGh6+CWAg6cKu7T6Ud5BVvuoligfDpFCh0hE"
    "1MwQSnFzq7ip4VEw7WdhsT5NJ6Hmhlo0B2aarn5QHyITZvzNMmDnh2GlyGqhFCw9GkvXMc"
    "ua4yWaE6ezJqnd9C4+Camhw7lje9DSlqK1JRmkOwFerYR2B8ZbCsv50NdLWK5ONq6K2Z+L"
    "d/QlAp2od0+KSgK71cEnQiwLsnScSDhOpKZWjt9ENdIYnSjEJVeDiS8CzTOecpMhRSrNgQ"
    "XHNv5nu2JzGO+wraLT9WlmazgFlJZDjAE7fDO8c8alrnTXjbfrKi0QZmqiBYkD0rBucCyF"
    "0xlRAOKrtgWTFYzJn+SG4YE3pFyOp6IXljryII8hFY9JBR8Husle8AVk454tHSDNdkhtn8"
    "akAf4fLZq8mNkmTLbHUEJ6b/1QQLQxb3+aWEFOXQIyeMJvp5IizIT+CW9w5H0WKgJPhos8"
    "8Gy8Qiu/QFAqiRiZ3kGQK3nDjDOU1JOWqScNxiCDa77styKonYhdsKOTCV+hmUV2NFdNMz"
    "8rRkRUJ+P9ZfPDzWrekh+bpuzoodXrMUzN9pzNJOVr4WIkNZirZevfgt2foX/bPIFjZLXx"
    "lyhk/krtz3eo/fEdfcdRT1LKUa/KqDMc98K3r06Bg8oNda0qHFRMBC9cp6qKK1TVPbWpdZ"
    "+wRGgXgzRGISfpVv30MbOUV23u8upRt6QpZ0ZQrjQ3Mip1oxVAzTEBMEElS70ATMdhN6e1"
    "MfBCGtsPtyMqbSrSpiJtKlkoWOYVFl48juFR0612lol/c/3hivx7+ePEv9bhNf738vr6Ft"
    "gOJD7W0yVQwVTVV7YRl3pYh47nZ8QHmxgoEH5xjINqoSAj/U9AM22E6QOfbGLzQIvgWEkY"
    "YEp+/sQijTXDM/6CFnEUfzLcOaI+55f6h4n/4er8Bkz85sWPTfy/j083WuCNvr724cPNZf"
    "ra9aWmT/wff/z48e178O3bzECe7S6/fQMvEDoIwFfoLgHyoMPpi/57ao+U6UaPYnuxfZeV"
    "z5kzD+aKusr+pY1ha9ztf7oNV9fEag8eHnstDM4tSESXHL/cAtnISKSRsq5mz2sUY5DWwO"
    "SQApzLv3qDe3XGQiZjNGSMRp2hljEaZcRoBAeLspO5PU1bI11bEUZL5M/nqssIDcg3usdI"
    "ajB9yza6Vz0zeob7bhAhShD9xuCx0w/Er4nVGo26n/o0+TkKgm7xtf7oa2dIr1GZiqZOH/"
    "R/7g4faOr0QKgKqneRvoLaXYE4Vw1WMngXhaXTIGZf9tJJEG2y+B5oLI8TPEYMthn7nqqb"
    "BoslzAcvTnN47KoSeccAj5Swc/2ckn/5+3aKTO7d4gGLK/0TL+ZrCgn3jnDv5FuTIpWpxq"
    "vjS5N1oUKYRUf4S1ilHGzbhKqVw4jG6VJDPMWEtRrVu8GglxjQu256CX1+uOtgLoaOJG5k"
    "BLYdlqNtyF3t4qqYopUrq8orK7Bf7DLMcUI5xlUe40gswqPns8zhW9QjGWrp0x0DNzTDZV"
    "H9xwhLq0xEYyTphWNoHvg/YOIGB+P9/vbkW5TFB1PfMD3M878nz/v7EXhCAtFmnjDN/qVW"
    "B+kgzRO+Qhcx5Z7cGR6jKG9qXxx2asv0jtJ7XcYsyFEXi1mIZGLRmk5ZwhoZUQrbSo8dEl"
    "J3eAPbgWAJ+hSVBJbBAgSObGK4JokkrDKCqewIJmLUFw1hWtMUAmoNPBcT0feBp57gRpAi"
    "k8BWOJCpYrvCIeOYwgOqAIjrnc4seZDLbGbHi7xhMbty+m7bGpL8Pcf8jQmzEt1t6GYE/w"
    "LKRKa5uOwoRLFgnGOwzh93SmyGQKTpmm3lOPfiARd7wZooJFJHZNOsKxvcDUGOgtF6HaSp"
    "YXAjI0wvdvdsU3we8h3ovhrEpKHAJA1PQkT7Fbq6D2mSwbBaCtSBZwcBcGHftotugY1nB8"
    "0+SJqegcUMD/8r+Ykb/tuekkyHEA8ERMyMiId6jizCUq0ANzzGgj6wa4rv2okzXLvCLsRp"
    "uu/Zizi2jyiWTaKcWT5kmx0g8vqQbhDSTFxjg2H1CxtUbqBPPmNU/TiTDXrW4+mpqjZxj5"
    "kiZlsOJEGZlDMDUrUmemEJkIoTRVvQNbRZgyGGhnfONomg6rrNNpEzHyQpyFVLkMt1rMwP"
    "Zs/3rKxUfhJ+iBMho83ra46YUdwqN2iU3ss4CYkgHDavIboX5+c8Ebnn5/khueReNtsI88"
    "DP99aOkZTvrX0cQbowv+wM91VQ8jiuw+y//x+nmIqI"
)
