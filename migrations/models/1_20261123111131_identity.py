from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
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
COMMENT ON TABLE "identity_webauthn_challenge" IS 'A server-side challenge: short-lived and single use.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "identity_api_client";
        DROP TABLE IF EXISTS "identity_rate_counter";
        DROP TABLE IF EXISTS "identity_sms_message";
        DROP TABLE IF EXISTS "identity_webauthn_challenge";
        DROP TABLE IF EXISTS "identity_passkey";
        DROP TABLE IF EXISTS "identity_signing_key";
        DROP TABLE IF EXISTS "identity_staff_invitation";
        DROP TABLE IF EXISTS "identity_user";
        DROP TABLE IF EXISTS "identity_one_time_code";
        DROP TABLE IF EXISTS "identity_client_grant";
        DROP TABLE IF EXISTS "identity_consent";
        DROP TABLE IF EXISTS "identity_organization";
        DROP TABLE IF EXISTS "identity_refresh_token";
        DROP TABLE IF EXISTS "identity_access_log";"""


MODELS_STATE = (
    "eJztXWuT4jYW/SsqvmSmqmdqhnmmd2uraJrpkNAwBUwm2XTKZYwAbduyI9ndIbv57yvJNv"
    "ghg03bYDz6kElj6fpx9Lr33Kur/7Ysew5N+vLKw3MTti7Bf1tYt/gfiZIL0NIdZ3udX3D1"
    "mZBpGbqrm/ZSm23rzqhLdMNlpQvdpJBdmkNqEOS4yMbsKvZMk1+0DVYR4eX2kofRHx7UXH"
    "sJ3RUkrOC339llhOfwT0jDn869tkDQnMdeGc35s8V1zV074lofu59ERf60mWbYpmfhbWVn"
    "7a5svKmNsMuvLiGGRHchv71LPP76/O2C7w2/yH/TbRX/FSMyc7jQPdONfO5M215radpwNN"
    "UmvammtQoAZNiYg8telYqvX/JXeNF+/fbD249v3r/9yKqI19xc+fC3/+gtML6ggGc4bf0t"
    "ylkb+jUExltQDdbeaVi7K53IcQ3rJ5Blr5xENsSxvtBa+p+aCfHSXbGfr9/vwPHnzrj7Q2"
    "f87PX75/yBNuv8/tgYBiVtUcSh3kIr/l8A2rB+OdCGF7bYbofq8cFtf8yDbvtjNry8LI2v"
    "BnFRiAORBqLcfvcuB8qsVibKoiyOMvVm/4GGK0e5hz1LIN1nr6VjA6YQj4jXGfHWsDP9Mu"
    "4MtM+98WQ0ZLfQXY/opuZAQm18hwe9m0ipCZebslYtJhvqWZZO1ulmmsI/M5bIiEidmyb3"
    "YNgB6bT3y5Tf2aL0DzMK5bPbzi8CZWsdlAxGw5uwegT67mB0lYD8kX2n/Vhk+tlKNALweJ"
    "9+/zZHn37/NrNP86I4wPdw/WiTOU1D/CMbhXKIozIJkOfIcMH/gIloSgssC+zWPxceNjiO"
    "YOYh00WYvuTP+1fr+H2eY7S7zye7N4fMpu6SiLuIGyT7vOfMOWSaLlkQrlmJiywob5i4ZL"
    "JpAtGX4R/nOBoI1OcjbK4DNXbXdNS/7U2mndvPsfa57kx7vKQdm4/Cq8+Sq8HmJuBrf/oD"
    "4D/Bv0fDXrIZN/Wm/27xd9I919aw/ajp8yhG4eXt229bfaWbplbI/IpI7LfBzqFxSzDDuG"
    "G7uJdaYRyuNLqfbALREv8E1ykdKwFqYM3/ENzmzMD9O+w94dXWxhAk+uOGCYh2Kvbt7Iuh"
    "K75+zPr3uN9lGHOIZ7px/6iTuZaBNcTsbaBkUbkKBD/9NIamLj4iE2mfN+m70GoQ3rExb6"
    "IFN5VKwGrA7jRkf/bYzdY54AqavvZo8c5mt+1IJ4t1v3SR1baSV3SsL8Un8WfzJ6X7VyZr"
    "F/a+vMydhkKBUum731pbYlA84XdF6J2Q0GNLPwrHYxzaicXmz0x8o3JNWrLftD+832DMf+"
    "yCd3LbGQxCjLeYhuOnSH+NyTQJ0Cf23MjwZ5NFMUwjEgrR/Vrldl5+ol659RKdGcB5NcvY"
    "YI3plt3OpNu57rVSPbcEWCeQPCCjaVpkEtvIoC2stVepYnV95WgMHxD1Pz2lZyWr5FK2SL"
    "T2Pk2rNcIQEPvxEsw8y4FzMFsD+ADJGpi2PgfuSneBsdLxElL2A4LgIRxlagc1HWIbkFJA"
    "4IKZ/CtWE7mU1TRW8GWSnD7G85SLt14aYbRD5oQ2KnK8lfZVrQGO+FpsjxhQmyM2SjIcYx"
    "kel6Tg8dwAraoY6KqdAHxeOohwjgkqvrnufHNKjz2NVnANHZ24FhTqTEohiJTm0gXm8foq"
    "bKopa6oKmwom/DxxPdlRPdKYniK4NjhmqvylVAVMVRWWVmDxirMIT3StNJNBiCvbrr5YPA"
    "2lLxTm6avK7xR4kCWKT+hZ3q/yhK5spewoZUcpO0rZUcpOTSCuJAaf2fTM7JdoMdkoR0Qa"
    "iHIlMfgr2yOFMN4INBDhSvrxI4T3EM+1wkinBA9CvGaq5xEAdxhIhRa/jUADu/Sbdg6A37"
    "Qz8eVFBxqhvue7lGjIM2yGXBaostOzUKrSEuVY3TKMCNKlFmms/CKPZSoCEayoSMlxkGFY"
    "yOYZKhJSRULWYPyWGAm5sIkk8infVtBQts4LeGs07t/0h53BJbAJWiKsm3e4O/r86yUwbG"
    "d9h8NyrTO81vyCsKKmMz3Qr9Ub9LrT8WjY714CaELDJTZGRusQeyKPYdzONozbKcOYvaE0"
    "pH/3oNhKHW9IvK7/eCDwDw8RKJm+r2zbhDrOiq/ZiiXwnDG5qgANZ/fjbkS8Go0GscCDq3"
    "5yd+2X26seMyFEL2aVkB8hmIabvTYkREBQDPC44BEh31w5W8yx7RZjKYP6zTOEK+F2VBR8"
    "2eF5ofpdDNWElEJ2//4CFQZfQhi8dINB1Ep9IrqhjTzll5sLb2L41mqnAe/ZExc6rQwaQ5"
    "Rd5KYwaFi9IvpiY/8q+kLRFzWYAko011zkykyHbGV2I1Bn0qI2Pvfoa6VAzk5ElRBrBNS7"
    "ovGrSEblmLqR0bP3M3Mb4TpD3xoN2YjuXQIbmwjDO/y1P7wefb0EflatO9zrT3/ojS8BRH"
    "xNu8Oj4aQ/FfUp8k3S06dpU9aesknqozTvtUlOoy+HCWNaEn15U5ZLXxZJbHBYfe9m3A7g"
    "dYG9EHtfufALY81GNQMPwksQ5LIEd1779fdtwPrQEoY/mIC1+QEfIHbTe2/Lv72KlK2Xzq"
    "4iZStbOe/ZZx2q34SytVZvJl+ufux1p5t54A5Ppp0bpr+IieAOM+Xmlv0SMwFTdn7uDVld"
    "MRUcotqoUOaqur4KZT7TiETFt5TOtzg6YfNTMYMnJnMQoHVzIlZr8fh4lWDzRFXr80I4r7"
    "0T61pFLZ6IlrdC5pzIJuRD0mI2B+7Y0D9J6tC6TaUniZyNg7bDht6gWsCQFilh1znNaQw4"
    "wwBsAnTgB5qL7OtwDtgPyK9GjOAso/nAmyjTuF6msVKvmpKXtGar0fmnJW04oGLZKARoRK"
    "JJQ74qCwBLWccq9f+6AZzXAIh0rJpmea3ZXFBJdNvx8xKfKao50hKfxkMXCyqUWBjJoMP9"
    "BsYmfs8NRVT+mHNannap/sorVqlrQPld1BmjR0O5ojNGHcdEcK7NJAdY5j1nNHaLIyZWxk"
    "FeiiK+3uGIB7JxyTvc0wb9bm/YZRegZjJNkX3eHZ4wrHrX2nVn2rkElEHAPo1PsIf4estx"
    "xh+UXsKjT6WAk/v8z2z05OLKHWLPPSOj/1eXZ+JMtOJKyfIoYhJFNgHofj2W+gIVnbWl1F"
    "ilxp5ejS0/uEupsUqNPX81tvEhip3r2/6wP5mOO9P+z4HeOukPby6BPrcQRhxvFz0Eaixl"
    "zXGHEzLd0fBTf3zLfoyGKTHWZAtELKHkpCTHvZvgh0SSwGXwg0t+/nLF3o19xvjnPterHW"
    "/G3ihcm+/wyN8oYotl9YDeU06+trgFJGI+D7d+NuK17kDDzvTLuDPQPvfGE96KWHc9opua"
    "AwnlDTfo3URKTbjclJ3O7ok3k2XpRKKkZ29ui4jUuWmKaulH29gGTbREM2QitxDsCTEF/Q"
    "HQs8fPReyFxIT/kY3QLLU3KpU8eAkZLvifCOCpjJD558LDBn8BMPOQ6SJMX/Ln/asgSVNG"
    "s3CUdjdLsgUu4ocp8Rskm8WfFmc6RYXaJSGmGqb0hmGLs+u5Nllrc30taZtMCzwtqMIeJI"
    "EkDrEtRAURWgjelJxCV4LuAkJtQWDRzGpRMZXKLn9aNY6bbtmeLHT/GhrI0s1swLeCyWnc"
    "l3wZ3OFsSWAZ+Ne9bv+2M3j2+tVFOwFvOHm/fZXU2DlaB6alkIg2Iafd0bXIlY5xQJfn1i"
    "EjMkpRKV1R4Yf7ukVW0K1AY7K/lrZu+ulHilCrW4lGmKVVx7gYxKZUMHyy+XvHJJKQUxNJ"
    "6RNJePpJwKwWVB0l0iozb6FsyNymPyQZckRO6ez5Ab+H60ebzAupMlEZNQOVPgN5Dj/C/Z"
    "Dz4eOS6oD4uh8QH5/5wnPVi20sSskpJkgyzfEjXIvhGpFQiEoQtT3X8Qr21ZiM2le4dxfc"
    "dmynQS68s+g6drMz6715txelZsOMrNnJuaEEfMPzpBuKbGQ+zIGpP9JLQLVgrveazQ95wY"
    "1NjDF42RuA4ZfBIF8al2B3XSmJSvydiA1LFxrrpOEGPRXOvxcqnqC/BJjCYwGaCJHIJ3OS"
    "FEFnMulVuumhYxiQ0oG9bEm2PGwLL3ZteEBz1nzIXWu6qK+ZgcDerEBfVzbglil4XNkUAj"
    "+8TzcBj7u/YBchBjrmpWvw7K7FKgHTtu/hHOgusNai2l3reTpRUIn3LXnnxRVafiubL75v"
    "t9+8+dB+9eb9x3dvP3x49/HVRstPF+1S96/4MYsJnm7/Fg3W8WyiEbvYIQ9xqQb6ZMoPhH"
    "1cyQi3HS6vlZRmawK45Tu8HI84bAorgm9E5IhbX6sikY+wI6Y4X3xMnvioM/d50sQBRBGW"
    "WMAYb2QxsRdi3aIiinRLM5mGiQqz7jEZBWoa1GD7TjFU40KKdt/PEGdusipMtH2h8BwVl7"
    "wMW7xr7U/oJSbN48Fas9kgL6rRpSWDtkzPtCWg2nFQd3OvZkIbW2EKU8KVUi0b8GVUS7Rl"
    "8lAtDtK23SLPeUbuCpH5C+7mWQO+YfaFQ+wl0S3wiNwV8O8FDALFE9hNZIcWHXQPlbyiZs"
    "krsvW2HRksdihu55/GooJd3JANA1db6XRVBOaEWAM5ksqSWhSBucFJQ8rnoKhhOzLXTHag"
    "41ZChTnG+JEywhzZBHFgmGNcUoU5nhN/NUeUg35IsydES2j3epoGdW9mSTRrup3DMTpbFy"
    "TWknKKXNtLAm0xU4TFPqs62b2eEGzlRwlAqlm6LItekYiPWIBCM5CPzQbMtsay3ZlFMPJp"
    "hRt+pzNc0k8SFBOFTMLVJBDNwdYE1vNyI5KDrzGQi/6CGLBBRoGNYUiviMAWalvh6dGIxA"
    "Nc/sFqPNgGfwcZhVPWbRWrUy9WR1lpyko7jym9wVYanyLvD2r1uKSy0Wpto/lLaEEDLSak"
    "fPS1CShpIqq7jF6/Hx7P4q0bvrlN3tiA3R/5cBIn/dmCm+mlP/FxZl325hku+rDoIp/JF6"
    "md39r7joJAECzEMccraDIzDDy7897BNmT/tr9n/76F8I3/93Pg2oDdW1Rnhph1CYReP78A"
    "XFF4YSILufxXHqPwWE9XtmO9bEd1nEV1acL5cJBjmyOXeyhcZz916+rL8HrQuwxOZL/D/W"
    "nv9lKc1H6HO58/D/rdMFE/P5fL2NCVNWkcjcBFkc4fE6pzw9QnFobnNJZQUzkHwUb6iNtZ"
    "HIjnHLKCQ+Fzb3gtDsEI5NkA6PITKy75Ioke2OAY934e/dS7vgSBwX+Hr3vdQX/IL80hU4"
    "swnNdjcBDI8KKuBv90EDOeD+I0ZHdoIKPVJHLjQTfRXPOYEitJ7rG7vROiqqFr3dCKoc6e"
    "WpvLUOuYPkJyULMnRBVHXefRrTwR30Irn8oTUbMmLT3roaC9CuY9jMooR8R+R4QPmPJD7E"
    "0gF+1YOdwQx/bv1GwuKNO9cxoXxAjDKVtZu5xklbghosUXuVwRNoYaX6u1kLfN45BwVjw4"
    "jP33gosCLgqesdom/0ieQ4lAgG3g6JTewzVAFLDFjSL27Of/ANRlnW0O+DYmOJc5HEq+u3"
    "Io1MuhIJq3CKm6EaiK42uST4GPlsI7C2NCDaSty9/3djjxqQjPM7KhdNeFliOLsp9YbEHK"
    "Tg8UkTuevv+q2hXhTfvD+81iwH/sWgcmt53BIG09efSwQxioIh3OYsAo4jh7FDWLOE5Z7y"
    "cyiMhSx+gvPWiNtEUULb/IZxIlRXJYRDOPIgwp5eFQ7435Ox4INdOfAwIdBjO7MbNJZmug"
    "AzaTkQvgP4t9oriKXApYLxU/qW0g3RR5UpArbB+ZiVT145TNVC+byW8frXAsVlyseSFZud"
    "KF7MgWopKFHDkZi9IPvhX9IO5wDJYlnQc6FfOdSGWVD2W/DyUOnPKl7CP9pR2tTtz/Z5/w"
    "lmm5YVE+BdeJ1N6n22bDrHTE+umIfmrFoun7koLN0xPfvnqVR5dh1bKVGVGYzMA/M5GhBW"
    "MpjvcVwjpZZ3g0YnLJo3XXrr/z/jznWRnAV8HG+I2qwlC96g8741832+g3+spgNLy5kmyk"
    "v/p12uskg8fZ+sVg9WRb63adphKXawxBe5RTVbbosxfA1LGJjB7PziwRl1LZJWLjoozsEl"
    "zZYHaS50jGxK7jvmNy6oD1Qges83PpfbAKrLsJsSPuYKEMMxNq/gtU1e+r3jmkqJoK/duK"
    "p8mGvrk8jalTVzvQRZuUVX7aOvtpuV+oGA8XkVDs2372zaMqfnk/5xbpVHVi2sYM6S43Dw"
    "WtlWLbosUXuRg33nS+wRmI7HUpf0Ks2V48svazH0EgSQFl2o3vxIUPkKyBQ2xDuIG5RfsC"
    "YRAGHl3E42ep5CDUSp4gIQV/awU8h/8ojXV54rZ+V1zhCblCKWOVrTrLiaomaM6VODljHT"
    "0F8y5iKinZpJX2yOxUBi2YvfOtcXRguarNiVZiuGBa72pq30NpeFesPOda7IuwNSqU2bsY"
    "jxz9Dz75xzaXXABiu7xHsIUwWCyZOvMSjCH7H0+ULKKv5kA8J0jpQUXw1ePKNiF7loXMdX"
    "pdrvphym9Xr7VYNFnhLRtxqcZ57MpntPwRUATirUTzNh6VT8ciSr2DiKOYoOIL60Ij5eEL"
    "1S6ozFY/k1bOSxaqTTsNbl+VD+ZbaGVF+SvKX1H+WUTDhLUR+7yf5PG1kdKLXCQD9QW0vG"
    "G2rQ7guSzcle4CLkuBfxKab9DTl2C6ggDDR0jdIF2oqC+q8tOXXMS5AnaJAuoi0wQPkKCF"
    "hF2o8DmKWKgXsXBfLAz4vqHBv+Wbug5BD9yh50ArDfAU/pnRbxNijfCm7FKQer9MY7pRKr"
    "gxFvMbVk9GPEojrv/zeJ9GPjvmNC51/JjT0zSAOrtMET2xek/ZwCcW/oMsxKikshDrZiHW"
    "xM83segtU0N1oRKl1e9taU7126KaFZHYq35/5Qox01pB0EHA5HYC9LnuuJAwtdewyZwCxF"
    "qen4RqLwD1c/iDZ7bDO6tNmCKN58BlejP1j0tFriTmprrHKOW7Xsq3ynJXZZY7lynZRVTv"
    "sL7SuQ/QuZXK962ofHVRBlx9sejjB+RmpnVKVsmpFnApDcXF9lNzmC3RFsKIV2Rr8Hd8iQ"
    "5vcSmWcwtaM7aC8xWbPwJATGzTZIv1JkvtI3JXIh6HB8vy2FlDltipyicpDaFeGkJdMrXW"
    "iKpTeVprokbUaK1SEQqqfZUK+s2ooCpiQUUsqIiFPFaSQF1iGoWtkcMeCts/15kfkFBuhO"
    "jhgeDgmTgGPExF+x0F8Qxqz5ntwSskLBbpiR9l3lvZOfWyc8TwWen8/Ocilk5CrHG2zsc8"
    "Gw8/Zu87/Khy1x7TkDwyn5+0JWrUcctn89Fcwx6fyIvgGxNqHMalJ7YmtgkL5WnbCKgUbb"
    "s9KgcE0QhlJd0YO9OzbWQqS82W6u6bljnfzGyI8u+XqHU7sY6KqUx4BfBWPE32BN9cnmYO"
    "HZ24FjPOirE1KTl13vBeymaLWQnEzXXsZueFc172JtXJYhzOmPX9cb873UXiRI6DE3slIN"
    "UsXXYQy1Ug/umnMTQ3DmY59B1xq4G9bA7ysTnBh0oz/Q88Dk51m/JzAWWYiPVNqgUL4BPR"
    "clBX3K+hvcoHS1sSHcuyTheBysfpht+psV2LlYq+tUQPslO/C8Hl36up/SpEikADMrCeOA"
    "zzg3WW/Sp6QN4TR2HyeL4mwhUEZj0RqcgRL00EKZaV64lQJZOCNRGvbVzgE8GSRFI2ES9j"
    "pZucXpWRoEXg+gpnHc9d4W54vwatiFV6q9O4SVzXUnBz+LEf4UzncpoRE8zh1aaQPEDygr"
    "JbgY3wJaArm7gvTK4JiA03/oEJIuWexH192E2Un7pefupY38kdjxsVapyPupLsuI5HHJtm"
    "oNzDnpUirxJ7uTfidXZct8a9m/5k2htfAgKXiLqQ3OHOl+kPveG03+1Me5eAT1l8AjPYyy"
    "ZnldM4Yk8YqlGzNbLqWA2H2AskQ3lHEoOtyJNcsjVD+ti+VwL/8BCBIvZNE9lr+AAMdL4C"
    "PsKd9zmi0zBcHc7WZ6i2aBzSAHXyEaotGqp9TxCsX7PGbFSsfs2wPfNQ/Q5TD4xVS8J4BC"
    "UXu2gOfVtHndZ9TqP5YgfbwDRGKlU6s82siEidLd8Dbaz2u3c5jCxWK9PKEmVx3ZIPqgII"
    "B9UbiO7rfAeg7zr/PH38OXuiKw1EyjZiIyIqDV9BK/ak2Tn+/j9zYQxB"
)
