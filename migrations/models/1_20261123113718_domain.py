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
        ALTER TABLE "catalog_service_item" ADD "form_fields" JSONB NOT NULL;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "catalog_service_item" DROP COLUMN "form_fields";
        DROP TABLE IF EXISTS "identity_signing_key";
        DROP TABLE IF EXISTS "notifications_channel_preference";
        DROP TABLE IF EXISTS "identity_one_time_code";
        DROP TABLE IF EXISTS "identity_refresh_token";
        DROP TABLE IF EXISTS "applications_application";
        DROP TABLE IF EXISTS "notifications_delivery";
        DROP TABLE IF EXISTS "identity_organization";
        DROP TABLE IF EXISTS "wallet_licence_event";
        DROP TABLE IF EXISTS "identity_staff_invitation";
        DROP TABLE IF EXISTS "notifications_outbox";
        DROP TABLE IF EXISTS "wallet_licence";
        DROP TABLE IF EXISTS "wallet_issuer_key";
        DROP TABLE IF EXISTS "notifications_inbox";
        DROP TABLE IF EXISTS "notifications_vapid_key";
        DROP TABLE IF EXISTS "uploads_upload";
        DROP TABLE IF EXISTS "applications_event";
        DROP TABLE IF EXISTS "applications_task";
        DROP TABLE IF EXISTS "identity_consent";
        DROP TABLE IF EXISTS "identity_access_log";
        DROP TABLE IF EXISTS "applications_material";
        DROP TABLE IF EXISTS "identity_client_grant";
        DROP TABLE IF EXISTS "catalog_form_field";
        DROP TABLE IF EXISTS "identity_user";
        DROP TABLE IF EXISTS "applications_message";
        DROP TABLE IF EXISTS "notifications_push_subscription";
        DROP TABLE IF EXISTS "identity_passkey";
        DROP TABLE IF EXISTS "identity_rate_counter";
        DROP TABLE IF EXISTS "identity_webauthn_challenge";
        DROP TABLE IF EXISTS "identity_sms_message";
        DROP TABLE IF EXISTS "identity_api_client";"""


MODELS_STATE = (
    "eJztfW1z2rj691fR8GbTmbSnoUnbZc+cGQJsl7MEMkDas2fZcQ1Wgk+M7bXsUPZ/73e/Jd"
    "kGP8gggQ3G1YvtBkuXDD89Xc/X/9UWlgYN9ObWMzUD1hrg/2qmuiB/JFouQU217c1z8sBV"
    "p5SmNlNd1bCelOmm7xS5jjpzceujaiCIH2kQzRzddnXLxE9NzzDIQ2uGO+rm0+aRZ+p/el"
    "BxrSfozqGDG37/Az/WTQ1+gyj8aD8rjzo0tNhX1jXybvpccVc2fdY13Z9pR/K2qTKzDG9h"
    "bjrbK3dumeveuumSp0/QhI7qQjK863jk65NvF/ze8Bf533TTxf+KERoNPqqe4UZ+7lTZPK"
    "spSn8wVkadsaLUBACaWSYBF39VRH/9E/kKr+tX1x+uP757f/0Rd6Ffc/3kw9/+qzfA+IQU"
    "nv649jdtx3Po96AYb0Cd4flOw9qaqw4b17B/Aln8lZPIhjiWF9qF+k0xoPnkzvHHq/dbcP"
    "zcHLZ+aQ4vrt6/Ii+08OL390Y/aKnTJgL1Blr6fwFow/75QBs+2GC72arHB7f+kQfd+sds"
    "eElbGl8FmqIQByQVRLl+c8OBMu6ViTJti6OMvOn/4Mxlo9wxvQVFuou/lmrOYArxCHmZEa"
    "/1m+OHYbOn3HeGo0EfD6G6nqMaig0dZJkTs9f5FGk14NO6rVaKwwZ5i4XqrNLTNIbfMq7I"
    "CEmZp4Z7M2yBdNz5z5iMvEDoTyMK5cVd8z8U5cUqaOkN+p/C7hHoW73BbQLyJf6d1lLk+N"
    "lQVALw+Jp+f82xpt9fZ65p0hQH+BmulpajoTTE/8a7kA1xlCYBsqbPXPD/gKGjFBeYF9i1"
    "fz565ozgCKaebri6id6Q9/2rdvw1TzDavuaTy5tAZiH3yaGj0AGSa96zNQKZojIuhDZucf"
    "UFZE9MnDI5NQHpm/CPc9wNDlS1gWmsAjZ223HUveuMxs27+9j8tJvjDmmpx86j8OlF8jZY"
    "DwK+dMe/APIR/HfQ7ySncd1v/N8a+U6q51qKaS0VVYtiFD7efPvNrM9Vw1CExK8IxW4Z7B"
    "wmNwcxjAi2j89MKYzAlUb3Z8uB+pP5K1yleKwEqIE0/0swzJmB+3e4esKntbUg6KjLtSYg"
    "uqjwb8e/GLr01w/x+h52WxhjAvFUnT0vVUdTMrCGJv42kHGp3AaEP/86hIZKf0Qm0r7epO"
    "vCRYXwju15Q38kolIOWPXwSH38ZwcPtuKAK5j60qNFFptVtyKLLLb80k2L+iL5RDXVJ/qT"
    "yLvJm9LrK1NrF64+Xs2doocEuarvfq9tFIP0DX9Ihd4JFXr46tfD/RiHdrTA52cmvlG6Kl"
    "3Z7+of3q8xJh+2wTu6a/Z6IcYbTMP9I7JeYzRVAvTAlRvZ/viwEMM0QiER3c1Vbs7lA/nK"
    "jZXozADm5SxjmzXGW7aao1az3amlVm4OsI6g86LPqsZFJrGNbFphrr1IFqvlM0dD+KIj/6"
    "en+KxkFy5my4n23sVp1QYmBI61bICpt7ChBqYrAF+gswKGpWrAnasumM1V8wki/AGC4CUE"
    "ZWQFPW3HmkGEgAMfscg/xz11F+Geszl8k1ROH+N90sRbLo4wuiA5oY2SHO+mfVtqgCO2Fs"
    "tzZlDRdLxLMgxjGRaXJOHxzAC1ojTQRRsByLm0l8I5Rij1zWXXN6f42NNwBW1oq467gJSd"
    "STEEkVYuXkCL95duU1W5U6XbVHDg8/j1ZHv1MH16RHCtsM9U/lepdJgqyi1N4PKKaxEONK"
    "1UU4MQZ7Zd9fHxMJQeEORZq+did4qi46ro+cA1NMZDVHXx6Ah50FGe4epAkLp0oF9hleyX"
    "cWvvDJqzwy29dJQqraYiZY2fLcf3nq0xRI1N4yWPpPGIuwfM/yWP3rEJaGdgPVI9H8IcAN"
    "QAGQUQPzncS3VW4OLrV8IC/yN4yz/8H/ZmpS6Mr19fpbWLuY0q5R0p75QF2iNw5VLkkSLP"
    "mYk8MS6UAMSEeHeASEhbZqxp/AA+deA3d2KSv5vDTtP/jC84dWISpWkDEGXyxLz/ZdDHH2"
    "z8a/CnblvpP9zddoYNoGsKRmMKnYnZGnba3bHSGrRxzxm+I3VXIUfmxAw7hz3v8GC/NcAC"
    "D7bCdL8Mui1CMrcwq4VbH3rjrhI+XeDfoithW7PdHnZGowZQNc2BCE3M28Gg12n2G2BqWQ"
    "ZUzYnZuWt2ew0AF6puJC9zrtWUexyL4xksLjTb4X9NUA5vf/Laynj72w581FmeydmnZ4Rk"
    "rx1dMuHpCIfnPGA3eREO+1cP3kLiFwlcghxAhESCzAUy1bNoypQRf5gNc4yoekDnz8xK19"
    "58XHtLYmqm0ToMzU8YxbNb6ROGDUnDslS0VE3RIg3L53MxSS3LMQSFQI4XQTlCUkGUi5EX"
    "LM8RwnhNUEGEC1nHSwifoakpwkinCKsnNBQCOFVFCilxQoIKLul3dQ6A39Uz8SVNezr8+F"
    "FGuUSen+E08DlsSJ+oDJSKlEQJVncYI0dXmRJprP2SRzKlQV+LKEnOMedhCN76HTLqXEad"
    "l2D/5hh1Ttxm9rWqhrRlvsBrg2H3U7ff7DWA5ehPuqkaE7M1uP+tAWaWvZqYYbvS7LcVvy"
    "HsqKiYD/R7dXqd1ng46HdbDQANOHMdy9Rn+1gz6zyCcT1bMK6nBGP8DZnpU7Zvig3V8bbE"
    "Vfn3gwP/9HQHMo7vW9+enWEgjpAl8CR28KIADU/345qBiYk/Zga+7SYzGVIHg4sruopxJ9"
    "2Pxk7Djb82dBwKgRjgccIjQr5+craYm5YrpqUM+ldPEC7GTCkzjuQcCh2y32KoJqgksrtz"
    "uciUIzmkHGEmc4lKqQeiG8rI48CnsaLwJrZvqbK6kJU9cqFdy1Bj0LZLbhUGCrsXpL5Yy7"
    "9SfSHVFyU4AnIU11zdZYkO2czsmqDMSovS2NyjXysFcnbS/wRZJaDelvmkiMT/tqHO9o53"
    "WBOXGfraoI93dKcBLNPQSRjDl26/PfjSAH4Fg4nZ6Y5/IWEKUCd32sQc9EfdMe2PdF8kPX"
    "0ogZT2pExSHqZ5p0xyGn45TM5dY/DL6zYufpkmDDfD7hwByKRvGClMiF/PVnhXY/AgbICg"
    "bhCYePWrH+sAr6EnGH7ABIv1B/gCTZcViZz38NJTtlw8u/SULezmfMY/a1/+JqQtNXszer"
    "j9d6c1Xp8DE3M0bn7C/As9CCYmZm7u8Cd6EmBm53Onj/vSo2Af1ka6Mhe19KUr85l6JEp9"
    "S+76Flt18PkkJvDEaPYCtGxGxGIlHh+vHGSeKGt9XgjzyjuxpSUq8US4vLluaA7rQN6nBF"
    "F14I5t/ZOUaSrbUXoSz9k4aFtk6DWqAoI0Lb+14hSnTUA0DMBygAp8R3Oa+wJqAH+A5GlE"
    "CM4SmvccRIrG5RKNJXtVlRpQJbuNzr8EVMUBpdeGEKARiipt+aIkAJOpdSyS/y8bwLwCQG"
    "RhlbSiVsnOgkK8245fA+5MUeUoAXcaC13MqZAhYSSdDncLGGv/PTckkfljzul62sb6S6uY"
    "TNR7pkYBaXo5RgwM8mzb0Lck69tt4k0MccQidmaQl0LE1tun6XhNmo23o/S6rU6fJMuFSl"
    "DzYGKOMFadttJujpuNIGe9Qg7YfWy9+Rjj90ov4aFDVcDJOP8z2z1cunLbsTRvlrH+i8sz"
    "cSZccaHK8ihiDEY2AehuPhb5BEooPEo2VrKxVWNj83fukmysZGPPn42tvItis33X7XdH42"
    "Fz3P0c8K2jbv8Tqeew0E2d4O3qLwEbi/B0kJIPMZrWoP9zd3iHPwz6KTI8ZY+6s6BMTopy"
    "2PkUfGBQOvAp+EAo7x9u8XfDP2P4mRahsL0p/kbh3TwxB36giEWv1T1WTz752uISEPX53F"
    "/6WZOXegH1m+OHYbOn3HeGIzKLpup6jmooNnQQmbhe51Ok1YBP67bTyT3xaVosVIfBpGcH"
    "t0VIyjw1olz60QLboKE/6VPd0F0h2BNkEvo9oMev16jvhVDxmzhVOSrgkPdVpgKOfyxOVa"
    "QLzUuCTE5M7hODL2fXcy1npWgqq7hrpgSeJpRuDwxHEtuxFjqiilAheFN0El0Guo8QKo8O"
    "FM2sFiWTqez406oR3NSF5bFc99twpi9UIxvwDWHyGPcp3wQjnK0SmAV+u9Pq3jV7F1dvL+"
    "sJeMPD+/ptkmMnaO2ZloJBWoWcdkfnIueqaQbqcm4eMkIjGZXcGZUXHemuyA26IahM9tfc"
    "7k0//YiIanVDUQmxtGgfl5ljIUQ1fKzze8shkqCTB0nuB0lY/STQrAqyjgxqmZlXKBsyke"
    "n3SYYcoZM8Oz/gz3C1tBxNiJWJ0sgTKPcTiBQVCK31ArOSIJMTk/vEeDYpPa8pKku+xS2u"
    "voDsuYlTJqcmIH0T/nGODJMDVW1gGqva2hcsUyLr3nVG4+bdfWx+2s1xh7TUYyJZ+PQiad"
    "FaDwK+dMe/APIR/HfQ7ySncd1v/F8SsFFTPddSTGupqFoUo/BxjeHJpkFbddyFcNKHFJ1U"
    "0THuH1JbVwzXCIVElIGo5bm2J7hWYzQy4HNneOJmb6dBFg75ascGO7PVyxv3lToNM9KZJ8"
    "+GHPANC31XFNnIeciBqb/Tc0BVMAl/yc4HXnBjB2MMXvwNQP+h1+PLrxOEPeaSQcYPEa1Y"
    "HtfYIg0jJ2WcxU6oSOWEHGAK6zVUESKa6OckuZvO5NArNBqlOZtBhHrWU40Ri7JpvNwWia"
    "JrePp0d6WotL9iBAQ70zV9mVuASKZgObcQBL7fpWoAEhBxiR9CE6gmaV2Bi0kNdwKGZT1D"
    "DaguWKxot0ntVTqDU47j5hwSc6s/fS9RMT/W6+/efai/fff+4831hw83H9+uufx00zZ2/5"
    "bUv0woUHfHzuCFZzmKY4lV34hTVdBYlr+H8nLOUrhtsUXOmWq2KoCbvyXS9hwbH2Ei+EZI"
    "jhiTXJQS+QihSuL64mPqiY96cp+nmjiAKKIlpjDGJ5ke7EJatyiJVLqlNZkzQxfWusdoJK"
    "hpUIO4KjFU40RS7b5bQ5wZ/SasaHtA8BwZF14NW3xp7c60Rg/N48FastOAF9Xo1ZKhtkyf"
    "tDmg2rT11nqsakIbu2GEVcKFqlrW4LNULdGZ4VG12LqyWRY8habcue5or4mZZwVIJPNr27"
    "GeHHUBlro7B/5YYOZA+gY8CKua1F5jyKwiJcsqks23bUktsoVxO//8IgWE10O8DVxlrqK5"
    "CMwJsgrqSArLNiICc4WzueSvg0Izy2aZZrJ9HTcU0s0xph/Jw80RHxB7ujnGKaWb4znprz"
    "QdEdD3mfYEaQ7zXk7RoOzTzPBmTc9zuEenK0HFWpJOKtd2KoE2mEmFxS6pOrm8DnC28r0E"
    "IFIWKiu9oYjHR8xBoRrIx04DLFubrLBZEYx8tcInMtIZXukncYqJQsbQ1SQQ5dDWBNLz05"
    "qEQ18z0139L2gCvMkQsEwYqleoYwuyFmFZb92JO7j8hHu8WDPyHVgqnLyGlVqdcml1pJQm"
    "pbTzONIrLKWRI/J5r1mPU0oZrdQymn+FCgpoMSJpoy+NQ0kVUd0m9Prr8HgSb9nw5RZ5Yx"
    "t2t+fDSYz0ZwtuppX+xHXmWvibZ5jow6ZLPpEv0ptf2vsBgYAQPNL603NoYDEMXEy8G1iH"
    "+N/6j/jfawjf+X+/Aq4F8Ni0OxbEFg1A+XrtEhBG4bWhL3SXfOIRCo/1dik7lkt2lHVGis"
    "vfTrYDG1uOJPshcZnt1LXbh36712kAP4h2YnbHnbsGIOWIJmbz/r7XbYUVFEjBtNlaXVmS"
    "yVEc+Ciy+GNEZZ6Y8vjCkGTTDNUU5yZYUx8xnMWGpkYgE9wK951+m1YnCejxBmiRUiINck"
    "nqL3hzDDufB7922g0QCPwTs91p9bp98kiDmC0yoVaOzeFAjBdyFfjN1rHwvJdOgzVCBTVa"
    "VVJuvKiGrikeZmIZyT22z3eCVE50qSdaaqizj9bqaqhVEy2hs9e0J0iljrrMu1taIr6HWT"
    "6VJaJkU5p71kOq9hLMexilkYaI3YYIHzBph9iZQC66sDjMEMe275TsLMjTvHMaE8TAhGN8"
    "s7aIkpVhhog2X3KZIiwTKuSuVkK9LY9Bwp4T5zD832tCCggpuMC9DfIjSQ4lBwLTAraK0D"
    "NcAR0BfLkhHb/71U8AuXixaYCEMUGNZXDIeXRpUCiXQYFOr4hSdU1QlI6vSjYFsluEIwtj"
    "RBVUW+cf97a/4lMqPM9IhlJdFy5slpf9aIEvpOz0QBG64/H7b4u9Ed7VP7xfXwbkw7Z7YH"
    "TX7PXS0pOH9ivCgKTS4Sw2jFQcZ++iaimOU9L7iQQi50k19b/UYDbSElG0/ZJPJEqScEhE"
    "Uw/pJkSIuEO9n2k3xBFqqr4CDrQxzHhgLJNMV0AF+CRzLoH/LvwT6VPdRQCvUvoRWTNdNW"
    "ieFN2lsg9LRCr6dVJmKpfM5M+PIuyLFSernksWV7qQLdlCZLKQIydjkfzB98IfxA2OwbWk"
    "EkcnMdsJk1baUHbbUOLASVvKLqU/c6GJ6v4jqoONQ+uBQfrNuGvsWQq3u8p8zCBeegeX+K"
    "CjVAijIgWne998UmPITGHTJZe4ZEd675KUsiGREkf5JA4/UadoMsgkYfWkjuu3b3k4Y9wt"
    "mzWmjcl6DlN8ECrBXkqcg7qpOqsM+1iMLllBe+X65+p53tosgG+DNAtrxhejetvtN4e/rZ"
    "MyrLnf3qD/6ZaRluH2t3GnmQxFwNwQhtVjBWpuq80Tp6uMuv8oNXo26OMvYCLbcljGluw8"
    "JXEqmaskti/yyFVCmA0sdXs2Y09YlgFVkz0xMbrkmYQJi5qQ9ZMjn0mDQS+G/W03seL7D3"
    "e3HXwr0InAnXQ3YyNo8AUzsj5YAvduguyI8VAIY2ZAxf8CRa37ouPQpOKvQG8JqfXLhr66"
    "Wj9DRa6yp8E/SSut/mW2+hMro5hWN0Ihdbm7dbkekt7wuzW4kUVVJp/tIUa6RcRDqtZKad"
    "uizZdcGjcydb7AGZDsdFD4WcfT9nqJ589agoASAYS5G98lAL5AZwVsx5pRpwIi0b7WTRC6"
    "sV3GvbERo6xuIW9gKAV/rwV6Dv9VCl7yjlv7Q+oKT6grZGqssllntqKqCpxzISbz2EJPwb"
    "xNMZWkrNJNe2TtVIZaMDuOsnLqwHxZmxPdxPARc73zsfUMmc6CsXbOu9gnwXdUSLPzMh7Y"
    "6p/k8I+FKl0Cx3LJisAXYXBZYnbmDRhC/D+Sdpv68mmAvidIEIOoK99ybhkQv2uhG6v0vV"
    "z0y6Tdrlx3MZ0y4QCgOFXlLHb5a7T8HSAC8YaiemFs+atjdYS8vRRHMUKpLyyLGolHXyhj"
    "6jJn/UxmmVdZKEPAKjy/MrvQ9zDLUuUvVf5S5Z+laBjhOcI/71e2f22k9ZJLyYB8AoXXzb"
    "bWBCQzijtXXUBoEfDr6vkCPXoDxnMITLiEyA2Sz9L+tCup5eXqRFeAHyGAXN0wwAt09EeG"
    "dqHA90jFQrkUC89ibsDPFXX+zV/UtR39hRj0bLhIAzyG3zLWbYKsEtaUbQxS5z/jGG+Ucm"
    "6M+fyG3ZMej0yP6/8tn9PIZ/ucxqmO73N6mgmQlfCkoifW75BwUHrx7yUhRimlhFg2CbEk"
    "dr7RAt1hNlSlLFGa/d60crLfC6QsIhQ72e8vhCHGXCsIFggY3Y2Aqqm2Cx3M9s4sR0NAxz"
    "NP6upajwD5FSHAhWWTxWo5mJE2NeBivhn5xXd1l+FzU9xrJPNdLuZb5kwsMmeii5lsEdY7"
    "7C957j14bsnyfS8sX1mYAVd9fOyaL7qbmSQs2YWTLSBUih4n262aM/EVvdBNnXTEd/AP5I"
    "oOh2jQ63wBF1N8g5Mbm7wCQNOxDANf1uucx0vdnVN/HOIsS3xnZ6w0YUW+SXII5eIQypL3"
    "t0SqOpn1tyRsRInuKumhIOdXsqDfDQsqPRakx4L0WOCRkijqDNEonA0OeSicf64KMtBBRA"
    "hRw/Ly4IIWlQ8TG/+AQDwf3ysse5AOCYmFWT8mz7GlnFMuOYdun7lKqomLSDoJssrJOh95"
    "Ag8/ZscdfpSZkI8pSB5Zn5+UJUq0cPPX5uuaYnrkIBfBN0ZUOYxzT5PuWAYrW2u2z8yaQK"
    "Zo225R2cOJhjIr6cnYmp5tTVNYarbUcl/PzPlmZtMR+f0Mtm4r1lEymQlPAG+pp8k+4Kur"
    "p9GgrTruAgtnYtqaFJ2sXr1TZbPBLAfFTTs22HnhzKu9SS2ymA5niNf+sNsac1YIoLESEC"
    "kLlVXWR6hEAB2qZz1VB/nYmeBDpRj+DzwOTmU78rmAmhk6XptICS7AA9Gy9RYdr6KrygdL"
    "eXJUk5V1WgQqH6dPZKTKLi3cStfWk/7CqiEvBJc/VlXXVYiUA2cQg3XgNuQH6yzXVbTc4o"
    "G7MFnssYpwBY5ZByIVKfFSRZBiWbkOhCqZFKyKeG38Ag8Ei+FJWUW8ZnPVIOrVQ0tWfYHT"
    "pufOzVY4XkVvRM82LFU7EKwHOkhVl9Sp6sWdPVjKzFD1xeGyTtWL7MUwe9TZemyJGBsxBb"
    "5Qjv7RYpgV90St81JdESgNnYSNA7YgyvRAsCLRrRXESIMzHR1+S45V9FxRhHRzan07DJ0u"
    "GYJ/HZ0lE2F57sE4DegYFQfK9rAojbzp+g2HKh/weKPIcFXF7dhljc8ZpFy4hACqqnEIQn"
    "7fEQ9Oy9UfQybMduAjdMKFxIZ4YMKxhf/hUEnPVdOExn1s0AqhLeA4n1bhMLzomXoeDpf6"
    "JZyqhE6ZxQg5HOwRdF6g8xrhocCauAHQ3HLc1wYxStDcH37tRpr9v5aAbe9BpMt8uVzmY2"
    "uHOzQ4SlQ5d/lCCvXYnmNbKAPljuktUn40cRfvDXmZfehrw86n7mjcGTaAA5905EJnYjYf"
    "xr90+uNuqznuNAA5ssgBhq8emDxVuGYnd5/wE0aNlOzaKzpsxHYsoltMo7wln+KG5CDv8J"
    "IhfWw3cAf+6ekOpGF4Ck2kG9HOCrgrbx3niP7L4e1wtu7LMlvEPhNQJnflEBOZLeL7nt8j"
    "5w0o2WRWKm1AybA996wBvksGK2/A2lkjW80ReIUo3qbv7uKJJgwC/H9AwCckAfuWSQoHmy"
    "4WO/yqA9OVCxEgOgqas4zQhB1I0UNN960/8VqJ+Y09MS++fv2nP4ai6c6//vFPNFd/b9T/"
    "8P/619evr36iKdgQxi14a/BOkqJ13eK/S33CawM8QRfhFh0Bx1oCMoPZVZKtpenvB/yy+s"
    "17WSH5tPlb/ZTxYiUUYkTHUsFEomVVW38TbNE3wa424VJZf63CAmiLrrgQbAmBqdhQVC+f"
    "bv7ZDYKz0AdJAOUkXZnVYKUBG+l/MUDOPLHD7jKhFUNiX+qay0igmQnmur9k89NgzjH/Ph"
    "epmb4hkHCm4bQc/Uk3VUMRTcyTIqzgsXpVf8tlz3m7xZ7zNnWNyfQDmehXN/0AFZzE9D1R"
    "Enmv7tb4rGXT46h8yoYur84nuqxElT5sT+wFBsnRVSM/Z+y7YMTzu5+lP/axPNIEdYrRuB"
    "KGYjERdpKtXYzFu6gJKi49I/KmCx0RX3OiBlRNoLtwAYJcosQp4Cf8l+aojy7wTFc3fAIX"
    "z27amSqH8Zh6vuCH+deMrsGFbWEZeraitWKTSr9Ed3y+uh7ye0ld4LF0gWThPZNqvuJZCh"
    "mkMldhrbE9VyEGLEPtutsnK6Qts8hU6447dw16lkzM24d+u9dpBOdJ8hTicgni8QjKdghK"
    "CVF4GxjWk0JKjQjpAhN0ZZ6BfZd67m5uIWiiKoIkXRXBLsLjM8TNgS80JG0fzKO0FcQ9f4"
    "X3o+UsFDSbw4WaxjvbyzBBJss2H+BqSHgbEezD/uVI/kteW6Xkv4SH35O/2VAf7+ipUQlH"
    "EP9ae9j8edzwpaOJOXq4veuOx512YyMjTcz7YUcZdj53O18awHYgPVrhcmL2O532SGkNhs"
    "NOa9wd9PHcQaghjIPjQLo4Jmaz1erc0wFJrkGbjtftK/fDwadhZzTC/BWJobLIVKCJ2Rrc"
    "3fc6tPvMWthEMUPe3xyOe78pkUaSLNJYKZE+w86/8ZcgbQ78H365/6zZ/k35eTBU7rutXx"
    "/uG7QY74okG1Bsffbs2eSNvV5AiKfPCCjxKhnRR4aFyGeiHcVIfcE/kRTuw2gtzX2YQC51"
    "+hZtelqZnhRNBW5KBmn1PPHzvyejrtvC7DeTuHqo5yzsYNTYbGCm0iRCcTzLwVVR2OZs8g"
    "wS++xjgItRSv/qMvtX+/etyoxM5uNi4iOU+JSq9QfDu2YPk2JhRDUmZrvzcwdzJfgG10gk"
    "tUPv9MEd5m3uOv0xZS4wcxOm1BaXeblE3i0Sb9qzK/w+fmTQSpkyrnKyN7M8vNj023ZoaW"
    "Yvj91JdlwyYo5yeCLi1IZCxsvtLzlJ947sY6S67h2ere0563FKOetlmXUGk5Gy46+VBHvM"
    "e5JWcpPlmegsbnKviU6Qynku8zz7Gq+9RENLRt6exxyvnVXE3DGTZNIlc4tuZboSAzdFJ3"
    "310+DS7MrC0CaoJLCsIIhNgQ9BH+00pQR4p6d2zF1Qemtv89ZO3joZheGyVnMOAAtWvynZ"
    "Sub2ik9vZA6ow7P1eOv4TOFNXEIxaPF3AP2HXq+WwUlIcHeAm2KeMuDlies4UVb9czme42"
    "Ecp4x7OU/Ejhz4cpYguSp6Pk4VgrOE5xT59c/kYojhdOw08eeC0ZGCzPybb3uk2fp25Aw3"
    "g+v+OwPN8NDOCiysF9gAy7l1CXBvkgHq0XLI58Ul/hea5N8VmHj1t1fXYOkQe4RJXfxopq"
    "jZXDWf8Ni6SZNV4TeaSKWOjelAtCO8L+cE4Lf60/cSdPZjvf7u3Yf623fvP95cf/hw8/Ht"
    "WqBPN22T7G+7n4hwfxlV3e4OTXt0rIWyzaM4Q3EVJzuiK3GtqOko2BvWtfaAOUZUwVCR/G"
    "HGZ5LlKIcEAMZHKDPoteb9fa/bahK3sbUuamL+0undk1ztc2jYJFN7q9cZ/kq8w03NWioY"
    "Q+eZOKATp3k/pTtxmScdRw+Y7nN3NBgSH3tM+6Ijizz/bUTjDdEKuXCRvF643NJyj3tzoI"
    "pYKrQx/JZxb2woKnBabbP5df4zjpn7Up5Ta5Nfb9D/FHZPulMltpW4aV36zJTK/MrjKeXz"
    "hTQIRcz8mqSTdpa0Icu/V0RxlZBugzSS6GYff4FDLYOlO5pyxpdou8SAjVDIBctra83JGF"
    "jNIuCXbKNrli1wnSgruY5zALha9WOTwEa27m5E6c0kjX+71mrk/uYwq27YKInsbmTjHKew"
    "WfVIqua11XC7tjlqXORUOC+iJLt0ztkTsC3FWHiVhK/yw4JlXYFT5hKLz0UK32xdYoqwzK"
    "qtPfWJ1zzR3dfZ4d3Xqfhu0bxKMp+SWD6loPQcywbEUbGOdWYUWaCu+JuPadnJr0CdH3NM"
    "IRADPE4oIeeH/PzS9exhibgfDj532zT/jWO96BqJar/rjkbd/qcGoBlQzaeJ+aXZ/Uz6LF"
    "VSSJpk7xm0H1oBlebNyDNWVh6ebD7puPp9DBX5G6RMyxW7QIL+FTBSxKG9ecuDLe6VCS5t"
    "S5xnmHVlKU+y8xFsKL7nDARSc1qs5jQoAydWQzJKI7WnUntaEu3pplbjoSqp9UDntY55wY"
    "1t4IwIldMopEJvWoYSKuJoy6t4ilDs9HUkxTMduMBMDamXifC80FGAOydm9CApfmR4cEEd"
    "VIgf4tXseuPW8urS90VUXVedzUk6IZR2dCz6ZTl7OUpd2IG6MNXDCB3o7RUfotRC1nfs7j"
    "W1NEasWbazV9i/zPMpnb3KD32Vnb2kCFisc9KaeRCEN0knRUEGuP61LQZslEaCKuXrksjX"
    "/rrMQ76utstHdPvyeNOsz1GputgNbvLSKZX6gjreMXQXoUMep+IidAPkKwWoQVLKgUDyA6"
    "JVHVj6g4l3Az+8n3gf395c47+n6tXEe1//8CNGmUSKA8czScgkJlcNAxqv2FUCi3sVj3fP"
    "5u3Steek6gxSz4165zCsxdmpoeNUssjRAfmhKZTkg/gErKnkBHxfpY1saGoEQrEZqN13+m"
    "3qHBHQ09JDYSUj3VwXMmreE9cK6g5hE9cKdkGhvZR0uZcKoPi7lrNSNHXFmMXRAt9MmbdE"
    "mrpKaoV39Q/v1/cF+bDtqhjdNXu9tNCL53+hk0y2+8CbIpboplavQ1JBi7mTxKm+Z5cS6Y"
    "qzZzEQ1UNiDMeGohzVFcn7KlNdUYMz4r64R5rxOKXMM17mPONkrkgVNoXtnpltWEwRVsBP"
    "8+j2RWl5KtQ4Eh5EotnIU3TSSMICN9SWiYKboJNLV5qg9jilCzFBRVTAh8Pcjg1WUZRT25"
    "kjI/nmfJXGvp3wJq6i80ubfSbIF5pztTVXTRMa9w4JyaK5ahlWvHSny20mPcx4r+tUI2Xm"
    "Eyt2nHqnhe/LXJ/NQUCNgAps6CAs1C5VjBeYQoSXH6KZT3Vzan0DF0tKoOOuxlJdIWCZr9"
    "6AvgUca9mg/YIZY7glF/wu6ZVcLjOe7aE547TZFl0bkhwxrjZE/HzjahesM30bygGFBJkf"
    "ZMOaqaxY8ez41Q3FETUjf81ft/pFqUfiZjOeHAjZGRBS+Q9kcdps3M/T95qhf0zl//cw8y"
    "4YHLqhyEdxcPZXcEptIOKbFp+K9DwMTDi28D/5CmPlmgTusMbN0mNrEvKTF9rQ0EmxghpD"
    "TFi3CUgHWpSGy+vPr2ACghhHzHnTcgcB7w5c1cFMdmPDq1/SZsK+AeRN16Phxw7tNLobAR"
    "svGMh2/CvsbRNzYjaJvEAKPCAIfNcYIlJ8/Yqw/Pr1K/nbxKKxA8hnoD7hFUBKQODVSx6S"
    "4ZaW84z/dCD+zjBT1vi9FgkIDb66PyXk2x/mUijrQJC2Y9SBiEwcL6cXIalEmF2hfF6wGw"
    "Tg3VBUEN13PM5n77Kdz96xnc+EimucR2qlPQG+4km2c5Wda+cqXVnDdeHCZilStzueRemO"
    "Z/N6W+xpnYfDmaEiV4GOw4r92SJfx6gq4H2QOBi4skS925Il6l06S5QMaP4ehOqADWXK1d"
    "sYyThdlczyR+AptxjvI2LBgbZO0ZKQZZsOXkk7vhI5hO2jReB1zcgEMITzWPslv4BOxVo+"
    "6XxMpeDXeGRfGG6E1rGgViGtTTi13DkwVPPJI6VswQURYwkFmltL38RGzj/o/IAYoXiFvG"
    "G3de73tQ6KUBJ97h9SSC6lkJydaIiN/jlkFSqNAEekBAPDobxABzEdvrbLGSz6413mV+WX"
    "N1zdFTPlrQkquH7rXHJGfYucUU/LGTJL1RG9yOnqVCDjnNixogOayonOhS1pJsjbV3V1MD"
    "72svYcISV80L0SJ8gRNEEzzGLv524Rp5SaobJohnhS3YVyleCUR8hkNF95FH/p+S2BO82p"
    "N2/OUU6+Y4KwKjVGlkv02HeiddiiRmU7KBUVL1K2hV2MkxK3d5i/oNPwC/qHiSqwS7ULeK"
    "cgtvl54nUO0kjHIWWopFOY8+qkN3Oeb1lF6QhVltP2Uup4T6PjtdUVu5bItmQna5JyZDsh"
    "r61MtpPzkoePehpVVxxWX1Sdor7HtCdpqzfxZzLRXILxzFDxHOy1vWOUUv1xDrPMyiuwxX"
    "07RlUBTX2ceXl/zcG8vL/OZF5IU8LDmCR7EN9JEbKjbCN5Vu63i6R/c+14/s3Z1sPK+Td/"
    "b9nVSnbR560Zd+BMt3Xh9F9JMml12K35XmMm1d+7dK/J5cVRdeaEqdVKdkTknVmNJylVEJ"
    "msszL/iiSmikZFV2Rti2WkiujNic+2khl1EKIamm52Y5t0aq/Gqv5b0NBy76H5KBJtXmPY"
    "WlJ9LvnNLSScXUFJ4p3hAE0wdawlIo72IPl6cEHj5KEDNPiizyBQTS3sDmzHetQNyPD/z2"
    "dImY6rXOm4oKnZls5iIrJ1I1GafESQ00KcCA2u8+hGSLct4cH1lH7Ert+81xiZz7Jh3lBU"
    "0Hp2xeW/eLXFf/GKEcnquUIIh/0riO81D7zX2ehep8ClPiT4EhQ7K+JUFVBYJLzKb3iKee"
    "Ne2V7lN6ly3udldpRuuLtVrDx2R6raQ95shlnqPaaeQS7tUmXWqEu33IIVZNI19Oiuofk5"
    "MH5WbV3Dk1RjyNPrtkt+OfqF0CjPkDPZHQl2x8AQWRaLu5+b9902wMTAVnXnEqyXAlBd8K"
    "g7yAW00hkVe5+h7YKLqMiOgOpAMLU83OpaQHczouuLfqGUvcsle9P/C/DSYf9jydzrP4/C"
    "Sl/xcNJX2Yz0VYqPth39hYS823AhYmNNkFVCODy2mdX2poY+C89bbo1HjKoSwB9B6yHFxW"
    "z0qyUuppjdE6U7QsiDTgZztmncyp0tVQNzmopOe/PzZU2wKS2E+SSEOXk8/5RTujCtSKOf"
    "F5ikPHm0nAXuiruQBL6kdAih8pMRBYl/iZM80+JR3MtICmLC85lwCTE3R8a0HjE7B3xEwF"
    "LHm9FzwdevDt58Dt2kX7/6o/0EgmeEDJFxMZ9Ijk40x8+QNTFtvM7w9/J5X7BQNcwNQvzd"
    "IFCBY/nPMTG0AbGyPq7wz5IcYgk5xGcWqtuibXIMtimRTSb/UBt/l4lgu6Eoii85oc0rd9"
    "ZbNZ4sBx9hDMabQNwxvUVK/RI3zUQHOKLZoKO1R01BgafWaWOiBqC0E7Mzqt+8x5/I/5J3"
    "Cs9s5JxbW0pBp5aC/rd8TiO/JaYvRnX8sL7TTIAM4JOiUazfIQltQo5ZdNbjlNJ+Vmb72W"
    "lLTZdsYgs2pZ2uAnLJcOa1qvEWQD6NAqenz7LKzYZNlxzKGyPSl6t8VEAALibex+nsauJ9"
    "uHr/4RXJG627CMwtg2aGBv7w7JpQ4kMwizKRJYlnUaNfHgsjU9yQrMX0e80fjnQJqqGIpZ"
    "6W6o+Da8VSTlhMCRIjqpwqhMs5dYtratoxNbYVeEGOEVVPIZJ/ePRpbb2n5k7i2qY6j4YD"
    "98rWN9VTWo7gDBdBeE1RQYzzX8DPcBWe0SmQs3UZcSqZoih3DQdVS2N2kBGmSETdLbrskG"
    "iblHuG+2DLBBCxNQEf/GZjgR8J4henOhDAcko4nPhtqyu4W8l/ihqDNSyl6C9QcP/Xmq1x"
    "93OnAXzqiTl6GN13+u1OuwGQh2yI36hNzGHn8+BX8syBL9Yz1PZR/1/xGLuuso1dVxnFHx"
    "WKioCUkiSrTMba3LIdSPVyNtTVVS8H+4IU+H3aa/KZA0hlc5mVzTJtTKEH6Wl1+aU7O3NG"
    "11djiiEbo5GosooAOE+qqf+1x5nAoJSHwk4b1EYZLwO6tpmeYjs3w+yUtY5zQHeQGO681j"
    "AvyIwtzAH16cyo57qYee2oMnfXQTDvyN2VUaEi46CGL9BkJQoVSdwVmKE7L9Va3mLJu/az"
    "6vuYZZv215jy2vcVuKbYaeWn0R+XgUqM1Jm9pKowf2mRv3Wy4VzoR00s5xYJkyC1o5fzVd"
    "rgf/Boss7ImdYZUWfs45vTeXyWcbqUyrRX645GD0RZ7JtjeHXK5Em3Pxo3x/7DYA+URNfs"
    "QBWxJi7b0XxDUYHsQMf2MN+jRIXUOJdK/chVkmTmWoL6myiJVC4w0q8HvI0QqHEiqRXbrb"
    "SJuIgeKIdFHFPPDGJeISy+ujhyVJMtfjx9WMkOBG7RNnIQCgu1RYprTejos3mNIagFLZfb"
    "RDR106c0ZRi/F9moMH/nF+igTLGHDW2EpMyyzr7ezjc3PO7ONzdb0mvepGKT8aYSQDjoXk"
    "F0i8lGY5kuU8Gd7SQaIZHRroK+oCdNCfP3/wdqI0ZB"
)
