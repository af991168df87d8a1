from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "catalog_synonym_group" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "position" INT NOT NULL,
    "words" JSONB NOT NULL
);
COMMENT ON TABLE "catalog_synonym_group" IS 'Words that mean the same to someone searching (``data/catalog/synonyms.yaml``): 饭店 = 餐馆.';
        CREATE TABLE IF NOT EXISTS "webhooks_event" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "event_id" VARCHAR(40) NOT NULL UNIQUE,
    "type" VARCHAR(40) NOT NULL,
    "application_id" INT,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "webhooks_event" IS 'One event as its subscribers receive it; ``event_id`` is the id they deduplicate by.';
        CREATE TABLE IF NOT EXISTS "catalog_publication" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "revision" INT NOT NULL UNIQUE,
    "base_revision" INT,
    "document" TEXT NOT NULL,
    "digest" VARCHAR(64) NOT NULL,
    "published_at" TIMESTAMPTZ NOT NULL,
    "note" VARCHAR(500) NOT NULL,
    "published_by_id" INT REFERENCES "identity_user" ("id") ON DELETE SET NULL
);
COMMENT ON TABLE "catalog_publication" IS 'A numbered revision of the catalogue: the whole document (``api.catalog.document``) as JSON';
        CREATE TABLE IF NOT EXISTS "catalog_admin_draft" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "base_revision" INT NOT NULL,
    "document" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "owner_id" INT NOT NULL REFERENCES "identity_user" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_catalog_adm_owner_i_0f28b4" UNIQUE ("owner_id")
);
COMMENT ON TABLE "catalog_admin_draft" IS 'One administrator''s working copy of the catalogue document, edited from revision ``base_revision``.';
        CREATE TABLE IF NOT EXISTS "oauth_authorization_code" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code_hash" VARCHAR(64) NOT NULL UNIQUE,
    "redirect_uri" VARCHAR(512) NOT NULL,
    "scopes" JSONB NOT NULL,
    "code_challenge" VARCHAR(128) NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ,
    "family" VARCHAR(32),
    "created_at" TIMESTAMPTZ NOT NULL,
    "citizen_id" INT NOT NULL REFERENCES "identity_user" ("id") ON DELETE CASCADE,
    "client_id" INT NOT NULL REFERENCES "identity_api_client" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "oauth_authorization_code" IS 'A code the citizen''s approval sends to the client''s redirect URI: stored hashed, short-lived,';
        CREATE TABLE IF NOT EXISTS "oauth_client_refresh_token" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "family" VARCHAR(32) NOT NULL,
    "scopes" JSONB NOT NULL,
    "issued_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ,
    "revoked_at" TIMESTAMPTZ,
    "citizen_id" INT NOT NULL REFERENCES "identity_user" ("id") ON DELETE CASCADE,
    "client_id" INT NOT NULL REFERENCES "identity_api_client" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_oauth_clien_family_9b2366" ON "oauth_client_refresh_token" ("family");
COMMENT ON TABLE "oauth_client_refresh_token" IS 'A client''s refresh token for one citizen: stored hashed, rotated on use. Presenting a rotated';
        CREATE TABLE IF NOT EXISTS "webhooks_client_document" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "sha256" VARCHAR(64) NOT NULL,
    "name" VARCHAR(128) NOT NULL,
    "text" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "client_id" INT NOT NULL REFERENCES "identity_api_client" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_webhooks_cl_client__206e78" UNIQUE ("client_id", "sha256")
);
COMMENT ON TABLE "webhooks_client_document" IS 'A GraphQL document an API client registered, known by the SHA-256 of its exact text.';
        CREATE TABLE IF NOT EXISTS "webhooks_subscription" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "url" VARCHAR(1024) NOT NULL,
    "events" JSONB NOT NULL,
    "secret" TEXT NOT NULL,
    "active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "client_id" INT NOT NULL REFERENCES "identity_api_client" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "webhooks_subscription" IS 'An API client''s https endpoint for some events, signed with a secret of its own.';
        CREATE TABLE IF NOT EXISTS "webhooks_delivery" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "application_id" INT,
    "status" VARCHAR(12) NOT NULL,
    "attempts" INT NOT NULL,
    "available_at" TIMESTAMPTZ NOT NULL,
    "claimed_at" TIMESTAMPTZ,
    "claimed_by" VARCHAR(64) NOT NULL,
    "response_status" INT,
    "duration_ms" INT,
    "last_error" VARCHAR(300) NOT NULL,
    "last_attempt_at" TIMESTAMPTZ,
    "sent_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "event_id" BIGINT NOT NULL REFERENCES "webhooks_event" ("id") ON DELETE CASCADE,
    "subscription_id" INT NOT NULL REFERENCES "webhooks_subscription" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_webhooks_de_subscri_0304d8" UNIQUE ("subscription_id", "event_id")
);
CREATE INDEX IF NOT EXISTS "idx_webhooks_de_status_a27e0b" ON "webhooks_delivery" ("status", "available_at");
CREATE INDEX IF NOT EXISTS "idx_webhooks_de_subscri_38faa1" ON "webhooks_delivery" ("subscription_id", "application_id", "status");
COMMENT ON TABLE "webhooks_delivery" IS 'One event for one subscription: claimed by the outbox worker, retried with backoff, at most';
        ALTER TABLE "catalog_bundle" ADD "window_en" VARCHAR(128);
        ALTER TABLE "catalog_bundle" ADD "questions" JSONB NOT NULL DEFAULT '[]';
        ALTER TABLE "catalog_bundle" ADD "extra_items" JSONB NOT NULL DEFAULT '[]';
        ALTER TABLE "catalog_bundle" ADD "optional_items" JSONB NOT NULL DEFAULT '[]';
        ALTER TABLE "catalog_bundle" ADD "item_when" JSONB NOT NULL DEFAULT '{}';
        ALTER TABLE "catalog_bundle" ADD "summary_en" TEXT;
        ALTER TABLE "catalog_bundle" ADD "faq" JSONB NOT NULL DEFAULT '[]';
        ALTER TABLE "catalog_hall" ADD "hours_en" VARCHAR(255);
        ALTER TABLE "catalog_hall" ADD "weekend_hours_en" VARCHAR(255);
        ALTER TABLE "catalog_hall" ADD "address_en" VARCHAR(255);
        ALTER TABLE "catalog_item_material" ADD "note_en" VARCHAR(255);
        ALTER TABLE "catalog_item_material" ADD "when" JSONB;
        ALTER TABLE "catalog_item_step" ADD "description_en" TEXT;
        ALTER TABLE "catalog_item_step" ADD "title_en" VARCHAR(128);
        ALTER TABLE "catalog_material_type" ADD "downloads" JSONB NOT NULL DEFAULT '[]';
        ALTER TABLE "catalog_service_item" ADD "window_en" VARCHAR(128);
        ALTER TABLE "catalog_service_item" ADD "questions" JSONB NOT NULL DEFAULT '[]';
        ALTER TABLE "catalog_service_item" ADD "fee_description_en" TEXT;
        ALTER TABLE "catalog_service_item" ADD "summary_en" TEXT;
        ALTER TABLE "catalog_service_item" ADD "eligibility_en" TEXT;
        ALTER TABLE "catalog_service_item" ADD "conditions_en" JSONB NOT NULL DEFAULT '[]';
        ALTER TABLE "catalog_service_item" ADD "faq" JSONB NOT NULL DEFAULT '[]';
        ALTER TABLE "catalog_service_item" ADD "legal_basis_en" JSONB NOT NULL DEFAULT '[]';
        ALTER TABLE "identity_api_client" ADD "secret_rotated_at" TIMESTAMPTZ;
        ALTER TABLE "identity_api_client" ADD "department_id" INT;
        ALTER TABLE "identity_api_client" ADD "redirect_uris" JSONB NOT NULL DEFAULT '[]';
        ALTER TABLE "identity_api_client" ADD "web_origins" JSONB NOT NULL DEFAULT '[]';
        ALTER TABLE "applications_application" ADD "client_id" INT;
        ALTER TABLE "applications_application" ADD "situation" TEXT;
        COMMENT ON COLUMN "applications_application"."channel" IS 'ONLINE: online\nHELPER: helper\nCOUNTER: counter\nCLIENT: client';
        ALTER TABLE "applications_event" ADD "client_id" INT;
        ALTER TABLE "helping_team" ADD "name_en" VARCHAR(128);
        ALTER TABLE "identity_api_client" ADD CONSTRAINT "fk_identity_catalog__4ef140e1" FOREIGN KEY ("department_id") REFERENCES "catalog_department" ("id") ON DELETE SET NULL;
        ALTER TABLE "applications_application" ADD CONSTRAINT "fk_applicat_identity_b465dd5e" FOREIGN KEY ("client_id") REFERENCES "identity_api_client" ("id") ON DELETE SET NULL;
        CREATE INDEX IF NOT EXISTS "idx_application_submitt_2cf979" ON "applications_application" ("submitted_at");
        ALTER TABLE "applications_event" ADD CONSTRAINT "fk_applicat_identity_f3e2995b" FOREIGN KEY ("client_id") REFERENCES "identity_api_client" ("id") ON DELETE SET NULL;
        CREATE INDEX IF NOT EXISTS "idx_application_applica_82a49a" ON "applications_event" ("application_id", "to_status");
        CREATE INDEX IF NOT EXISTS "idx_application_decided_d29d17" ON "applications_task" ("decided_at");
        CREATE INDEX IF NOT EXISTS "idx_feedback_ra_created_2526ed" ON "feedback_rating" ("created_at");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP INDEX IF EXISTS "idx_feedback_ra_created_2526ed";
        DROP INDEX IF EXISTS "idx_application_decided_d29d17";
        DROP INDEX IF EXISTS "idx_application_applica_82a49a";
        ALTER TABLE "applications_event" DROP CONSTRAINT IF EXISTS "fk_applicat_identity_f3e2995b";
        DROP INDEX IF EXISTS "idx_application_submitt_2cf979";
        ALTER TABLE "applications_application" DROP CONSTRAINT IF EXISTS "fk_applicat_identity_b465dd5e";
        ALTER TABLE "identity_api_client" DROP CONSTRAINT IF EXISTS "fk_identity_catalog__4ef140e1";
        ALTER TABLE "catalog_bundle" DROP COLUMN "window_en";
        ALTER TABLE "catalog_bundle" DROP COLUMN "questions";
        ALTER TABLE "catalog_bundle" DROP COLUMN "extra_items";
        ALTER TABLE "catalog_bundle" DROP COLUMN "optional_items";
        ALTER TABLE "catalog_bundle" DROP COLUMN "item_when";
        ALTER TABLE "catalog_bundle" DROP COLUMN "summary_en";
        ALTER TABLE "catalog_bundle" DROP COLUMN "faq";
        ALTER TABLE "catalog_hall" DROP COLUMN "hours_en";
        ALTER TABLE "catalog_hall" DROP COLUMN "weekend_hours_en";
        ALTER TABLE "catalog_hall" DROP COLUMN "address_en";
        ALTER TABLE "catalog_item_material" DROP COLUMN "note_en";
        ALTER TABLE "catalog_item_material" DROP COLUMN "when";
        ALTER TABLE "catalog_item_step" DROP COLUMN "description_en";
        ALTER TABLE "catalog_item_step" DROP COLUMN "title_en";
        ALTER TABLE "catalog_material_type" DROP COLUMN "downloads";
        ALTER TABLE "catalog_service_item" DROP COLUMN "window_en";
        ALTER TABLE "catalog_service_item" DROP COLUMN "questions";
        ALTER TABLE "catalog_service_item" DROP COLUMN "fee_description_en";
        ALTER TABLE "catalog_service_item" DROP COLUMN "summary_en";
        ALTER TABLE "catalog_service_item" DROP COLUMN "eligibility_en";
        ALTER TABLE "catalog_service_item" DROP COLUMN "conditions_en";
        ALTER TABLE "catalog_service_item" DROP COLUMN "faq";
        ALTER TABLE "catalog_service_item" DROP COLUMN "legal_basis_en";
        ALTER TABLE "identity_api_client" DROP COLUMN "secret_rotated_at";
        ALTER TABLE "identity_api_client" DROP COLUMN "department_id";
        ALTER TABLE "identity_api_client" DROP COLUMN "redirect_uris";
        ALTER TABLE "identity_api_client" DROP COLUMN "web_origins";
        ALTER TABLE "applications_application" DROP COLUMN "client_id";
        ALTER TABLE "applications_application" DROP COLUMN "situation";
        COMMENT ON COLUMN "applications_application"."channel" IS 'ONLINE: online\nHELPER: helper\nCOUNTER: counter';
        ALTER TABLE "applications_event" DROP COLUMN "client_id";
        ALTER TABLE "helping_team" DROP COLUMN "name_en";
        DROP TABLE IF EXISTS "catalog_publication";
        DROP TABLE IF EXISTS "catalog_admin_draft";
        DROP TABLE IF EXISTS "oauth_authorization_code";
        DROP TABLE IF EXISTS "webhooks_event";
        DROP TABLE IF EXISTS "oauth_client_refresh_token";
        DROP TABLE IF EXISTS "webhooks_client_document";
        DROP TABLE IF EXISTS "webhooks_subscription";
        DROP TABLE IF EXISTS "catalog_synonym_group";
        DROP TABLE IF EXISTS "webhooks_delivery";"""


MODELS_STATE = (
    "eJztfWt32ki67l+pxZdO1iIZG98S9957LYzphGkbvIF0zuxmliykwmgsJI0uJvQ5+7+fqt"
    "IFXUpQBRIIpT502kj1lqSnbu/9/b+NhalC3fl45xmqDhu34P82DHmB/0jdaYKGbFnr6/iC"
    "K08JTUORXVk3X6Tpuu3UcW1ZcdHdmaw7EF1SoaPYmuVqpoGuGp6u44umghpqxsv6kmdo//"
    "ag5Jov0J1DG93485/osmao8Ad0wp/WqzTToK4mXllT8bPJdcldWeRaz3B/Iw3x06aSYure"
    "wlg3tlbu3DSi1prh4qsv0IC27ELcvWt7+PXx2wXfG36R/6brJv4rxmhUOJM93Y197lRaX2"
    "tIUn8wlkbdsSQ1OABSTAODi17VIV//gl/hQ+v88uby08X15SfUhLxmdOXmf/1Hr4HxCQk8"
    "/XHjf8l9NIZ+C4LxGlQFjXcW1s5ctum4hu1TyKJXTiMb4lhdaBfyD0mHxos7Rz/Przfg+E"
    "d72PnaHr47v36PH2iiye+vjX5wp0VuYajX0JL/c0Abti8G2vDCGtv1Uj08uK1PLOi2PuXD"
    "i+9l8ZWgwQtxQFJDlFtXVwwoo1a5KJN7SZQdb/ovqLh0lLuGtyBI99BryYYCM4jHyKuMeK"
    "PfHn8bth+kp+5wNOijLmTXs2VdsqDtmMbEeOh+id3V4Ut0r1GJzcbxFgvZXmWHaQx/5ByR"
    "MZIqDw3zYtgA6bj7f8a454Xj/FuPQ/nusf1/CMqLVXDnYdD/EjaPQd95GNzRIaduQVtR32"
    "cXCg7JnxX3JfpOc8mz7a8pajHRk3vJ9SXDXnJ9mbuX4Fs0gDmP1gRRHab1ATiYV7hamrbq"
    "ZHH+Ozpm6DjHaVIwq5rigv8HdM3JiDlFzerGf8w8Q8FQgqmn6a5mOB/x8/6rcfjNBWO0eX"
    "NJ7yMYMtNxX2zSC+kgvbnM5H/zjEbQXAxE4QNhoBNUwtIm1+pIUolhKXxYEBQOfkeuUUkQ"
    "iUEpfFA0Fy6k5Zx2YOcPSoKoGoOCH1ubQTHJGyIxEQPNtVyylNUYnlqtGXRQ2DL/2KTIxM"
    "AUPjCepWLIJJmic7pHd1xtAeljk6RMD01A+jH84xQFPxvK6sDQVw1fWtokefceu6Nx+/Ep"
    "MT737XEX32klRO/w6ru0winqBHzvjb8C/BP8z6DfTQ9j1G78Pw38TrLnmpKBpEFZjWMUXl"
    "6//XrU57KO9jseC0+MYruZ5xQGtwBLD7adzV6phh4MVxbd30wbai/G73CVUeOmQA0Mhl+D"
    "bk4M3P8NZ094tRHpG2x5GRkb45MKfTv6YuiSrx+i+T3sdRDGGOKprLwuZVuVcrCGBnobmu"
    "ByFxD+9vsQ6jL5iFykfdNsD500NcI7seZ1bYatMQVg9YB66qM/u6iz1empmnLRwpPNbJmx"
    "SZaYftlbi9YifUU25BfySfjZ+EnZ+ZXrGBDOPlbnAMIYEYJCPQT+bKx9D8gT/il8Bo7oM4"
    "COfi1cj0loRwu0f+biG6er05F90bq5jjDGPzbBO3psPzyEGK8xDdcPz3xN0NQJ0D1nbkox"
    "wrcHrCkEotu5yvW+vCdfuXZEOzGAWTnLxGJN8Jad9qjTvu82MjO3AFhH0H7TlLpxkWlsY4"
    "uWm2svk8Xq+MzRkzfVNUUOvj7DalFaMbFcVopgG8vVaKP3W0yhDVVgwzfNwTokcwYQlwWC"
    "Pj14S34u56YOARogb4H4c/Du+Vm2tI9Bo4/h9efn90B2QKgFio9nmc+aGC78gRq+whUwbR"
    "Xa4BVaLpiZNoA/LNN2nfdN3CsgADlz9AqaC2RDRRdXH8EwfJ1zoDnkDWaa7bhAN2X1Y4PO"
    "gAp284jsZjh/OKCNkxRzjNcA4dipLTtQ2gHWDN1O2FZM+C4a3HDHyuKa7xQWp6mFi9Khfc"
    "JU7QU6OU6qOZBHFLUAvGyfsOgs3cEuk6atoWXmdC0x5FLS88Z0+eIWgvaHW0eNsmydyVV0"
    "dXbGsIxQq9x1RO7lLaTpik81QaEU5+9WDUUctQIE6m8OPEFfVlZBmjLFEgI1eg/Q//bwcG"
    "SBOhThGvnS9DDGpW4XpeM87XY5emBAYJvLWzD1FhaSLqcrAN+gvSIiJJIoZRcoc9lA/EVS"
    "3m0CxwxaWrapQMdBsvEM7dxz1FJzHdRSmcOPGVn6AM8TMq+QeXc6is8qDXAsWMf0bAVK/H"
    "JChrB2bE7xwgLel3aSFBKENRQTaubAlWG7jsMV3ENLtl2iP6EwBLG7TLyAmmwvUh3U5UwV"
    "qQ6CDZ8lki0/jo0ah8+lL6hvnoPij1KR5KCsQEyOwytplt/TV7GeJvnEpFV0DeL2e+HUtr"
    "QO6ac+6pakROLKs9l+ENVLGZVAx5Wd1z0n0Bh1UdcVpjmOB23pFa72BKlHOvod1slrOulj"
    "rkBD2d+/nPRS19mkmAtL90n2gqkT9lPTyYQ+B/WxJ0hD0kldEYKKq80CrzRJkZ19V94w3m"
    "EH9VdT4FDXso/FnoB1o45qvFstNKKg2X+7CjqqE1Rlatp+M20/31uDomhb32yy6NlmqHmg"
    "+mqyea+SxqEXqYPkX6hir88FwGHXOGLeXmH3UawA+lvwlL/5H/ZxJS/05+f3WdtaYb0KbZ"
    "/Q9lUF2gPopITCTyj8Tkzhl1AvYICoEG9PaRrSVhlr4mWLdh34w50Y+O/2sNv2f6MDTp4Y"
    "2GR4C7ApdWI8fR300Q8LfQ361buX+t8e77rDW6Cpkh/FMTE6w+59byx1BveopYLOSM3Psz"
    "UxwsZhy0fU2T9uwQJ1tkJ0Xwe9DiaZm0iGRne/PYx7Unh1gb5Fk8J77fv7YXc0ugWyqtrQ"
    "cSbG3WDw0G33b8HUNHUoGxOj+9juPdwCuJA1PX2YM82mwjOv2p7Ol6MsIqhG8phaJV2ybD"
    "jTaIku8nfPGIlIW8m0ec41WnRDPsJh+/rBW0rGbQwXJwcQIxEgM4FMFOh0n+B8mBNE9QO6"
    "hKgRkSmikEwRFXG0IsmfKJqfMCnUdqVPmIVKuFUJRUvdFC3Crep0DiahZTmEoBDI8Twox0"
    "hqiHI58oLp2VwYRwQ1RLiUebyE8BUaqsSNdIawfkJDKYATVSSXEickqOGUvmgxAHzRysUX"
    "36Luy5wHYJKqfjO5vM2ZV5sToxEwM8Gc2Gh5KxdRaAXsubDv5DfvZ78rJCPyCe7nbC69Ir"
    "SAASXhNX9Ify88kx4RRLYmUxV/iftNFgUgSdW4iJMUnCk6TJwZPUPkiha5oiuwfgvMFY29"
    "E+kMznbnlZC2ynJSYzDsfen12w+3wLS1F82Q9YnRGTz94xYoprWaGOF9qd2/l/wbYUNJRp"
    "yc36r70O2Mh4N+r3MLoA4V1zYNTWnswjux6B9b+frHVkb/iN6QWvRg86JYUx1uSZxXfz3Y"
    "8N+eZkPK9n3nuw3l+OHEyFJ4YnejsgANd/fDettgTypyLIbeNne9dFpF4sf17pzMYtRI81"
    "M+URJcwhm0bQIBH+BJwgNCHl05bcylpebONe6jNE1bo6RxReweATyyRgsnYTtUU11UWHnQ"
    "aD89DQd/4KMV8eq2+YaP1odep9vH7pj6OsyRXw3MpAXeoATOmOgOmYayatO7fI0ZhovXAr"
    "omESCzqSU5a7IWUo61YjAf2gVY1HwpOndeqErhQzVFJZDdnqtWFH3hyFWbV/SFWk4nrnHc"
    "E91Q3zkOwoBqCm9q+Vaqrg6e2SMXWo0clTS512RWRzth85JU0ZEuU6iihSq6AltAgcKzq7"
    "k0NVC+DBERVFkBXRk3VYIWp5QWp6mfmFaKu1n8zTJIb6jakySrxYzeAG45hXvWr0md50zo"
    "12i2Hxp/S5eVnSPhI+IqT/3GoI8Oru4tMA1dwwHu33v9+8H3W7BEzzGXE6PbG3/FAexQw6"
    "zbxBj0R70xae9o7m7K0MKDzIVSQ4je1ZENt4rexxELH7QZ7OPoMopYGN1rsoiFOmotGWFz"
    "lsKqqG2YQwoTf1BWaFUj8CC8BY43/RdUXDDxWuefWwDNoRcY/kAEi+gHfIOGS8tRVXT3Io"
    "ayWqKpiKEs7eR8RZ+1K38T0laavRl9u/t7tzOO9oGJMRq3vyD+hWwEEwMxN4/dW38nQMzO"
    "H90+aku2gl1YGxHkWtbUF0Gup6k8EGrF4tWKlmyj/YmzPGacpkY+TqUVxiR4FSDzxFnr00"
    "KYVd5JTC1eiSfG5c01XbVpGzJfLvq6wZ1Y+ghom+oavQtGXdQZS2WDqm2lRwn2SYK2QYaO"
    "UOUQpCUYEW0Xpw2ANQzAtIEM/MhB4vsEVYB+QHw1JgTnCc07diJE42qJxoK9Kp698pcDH3"
    "uVoBHsVRbUw6voaw4oOTa4AI1R1GnJlyUBGFStY5n8f9UAZhUAYhNru6/hUUxJFdsLSnHi"
    "nEb5H/aEljmRxImimjirq2ShS/jOUiSMtG/tdgEjclN1QxKRWfSUjqdNrL+wiokSLidqFB"
    "Cml0OE1zmeZenahjTu2028qS4OhzziKY3wdZhtvX1SqMUgdVq6UhS3C6UgcndijBBW3Xvp"
    "vj1u3wbVzCS8we5i6y3eGG+hpyMYw90+M2b5kZFZympUT8HPq031FNVcGrop841MgkgMSi"
    "GDkhHaWcxL3t7FVtPpvE7sxGGyL1m2qXpKzplRXrK9E5EkSzUwxRGjCH8pQLfLfo5PIIUK"
    "FyH6CdGvbqJf8TyYEP2E6Hf6ol/t3Xrb94+9fm80HrbHvT8CWW/U63/B1TEXmqFhvF3tLR"
    "D9HDQcuIBmgqaDWPbe8BH9GPQzZGjIZpq9IExOhnLY/RL8oFDa8CX4gSmfvt2hd0OfMfyD"
    "lPS0vCl6o/BsnhgDP7jKJMfqDrOn+Oz3gZ/07hqDiLzSE6jfHn8bth+kp+5whEfRkF3Pln"
    "XJgraDB+6h+yV2V4cv0b1q6Aocb7GQbQqTnh8SGiOp8tAUIWqWEgwa4McZiJukEkG4/LhD"
    "XXvRppquuVzTPUUmpvx+0HNO+yylmPr8+KPHq8RPj0vnmKQSSsfCNcFrgKmrgmVk6ItCDM"
    "7+g+PzalPZ0bgWTYpMDEyZA8O5bLKUYngKHx4k0LmeayJWVZVXlKWTq7XNEgr3UorDrmWb"
    "C80hBmcueDN0Al0KujMIpZkNeZPux8lElQP2jPsYN3lherQQyXuoaAtZzwd8TZjexn3Kj0"
    "EPtZIP7rud3mP74d35WbOVgjfcvC/P0loejNaO6dcopEIC45fAUjBySsF0ajEOO0jCc9kw"
    "AlM3s7QVoxEMY+EM45vmUKuC5HIya4LaFGgqjH/x0+1lwdxQmDWiqIVqs2yfbh8u3uK3ca"
    "I6bNsHsPArtuk4xAxKY1g27NYpOrFjF75jh7WcA/Mzp6xEoRZVyriqlGE91i6F4WJ0Qkhl"
    "B/wVrpamzeevHacRO1DhO9BM/jfPaATNxUAUPxCmHXkm8wxIkkwMTOEDo5iLheYuqMnHNh"
    "kW41SiQNru+KOPdrgt7gkisSgKHxTPUjFkkkxTN6M7rraA9JFJUqaHJiD9GP5xinKzDWV1"
    "YOirRhTOk6uY6z12R+P241NifO7b4y6+00po5sKr79JOiVEn4Htv/BXgn+B/Bv1uehijdu"
    "P/wXkqGrLnmpKBhGlZjWMUXm5QgpFUaMk22dT4Et1k6ITFjMIdz2Wds2ZhjEIgSkHU9FzL"
    "45yrCRqR52prVqb12s6CzJ3p5j7R2YnNXtZ0N5ndMKdYYXpvKADfr0E3NUU2th8yYOqv9A"
    "JQ5SyxWbH9gRXcxMaYgBe9Aeh/e3hgSyscZHsqJHGunxmrZuVrEpM0TBglQuW3QoXrohYA"
    "U1iNtY4QkfzGR0lZfSKbXrkJBVaGaawWX2zTo9YCTtxvMqUU8Cmkl4hka7bq71iZDty57I"
    "IFlA1So8lB7wFcEzjmApoG+g1lW5kj/MC752cc9P634IF/Cx7ofFzJC/35+f0tmHifP1+r"
    "E+8Kfr4B/0l+np/hfz9dZ7NcH/rhIk9CtfIk5GfH/ukSYxfnqMJrURPmtKNlPyrzdOn4u+"
    "S9Lc9c2umSuM90upBAekmNCLaeLQO0fcei7037Fweg2faKN3PFtFZhTcDgAR4EaAQ9LAk3"
    "AVQ1XOxgZpsLYEPsmYYmyfPzVHZwCL//+/k5e6Qc4JkTY2KM52tCoDkADz5w4Q8XvHuF6C"
    "E2rtHwCi3Uq+wAzQDwh2XarvP+V7DExx12fUTDhkk11wGqNpuBpebOybvhB+adV382zCVa"
    "iI1/ioPriAdXYkpw4JuhE0cYzREnWFhZYDfU047R1MLf8tAO3MKEt9NQVNtkRy4ltZz49O"
    "A0gcRIxH613QTiH9AZfLn1yN8ceMIb13YFcmxaVSnLf1tRoOM8mC80rnl9cyPLrKnoKMKp"
    "NWTSXtIDgu3qmLkJsMMA4hJNBwI/o5GsA8yJNNFFaADZwHdX4N2kgRoB3TRfESOJVSgr0m"
    "zSeE/RtBTXb8FKlDvt5WdhRz+3WhcXN62zi+tPV5c3N1efzqKdJ3tr0xZ01/uCd6HEIbKd"
    "aUUTz7Ql26Q5OOeHWCSpasFalZ37C0t4PBCH7WsIbvFxQpZnI56IawrHSA6YIb8sHdYBQo"
    "T4ZYBD8v4H3blP03svgGijJOBv7FySQJxE+EJlFReKrnE7QyZoBKhZUIOMpXyoJomE1Lpd"
    "as3NKyvk1qTcmpxa2+v+kU3zcLBWbDdgRTV+tOR4k2V32gJQbVtaJ+qrntAmThhuT71SVS"
    "0R+DRVS3xkWFQtliatpwVDnXbgzjVb/YC9b1cAWww/WLb5YssL3xLn9wUUG5InoE4oZdp3"
    "60P4oVTLnLeBb9tQtGMD47ajXFmhyh0lJK6HaBm40lx25jwwp8hqqCMprY4HD8w1rpNSvA"
    "7KUUyL5jGb72S1phBeVptN1ztEn6LTVbMxS+7ZfDmFM4RicAofnCWcSqatvWh8EdspMjEw"
    "hQ8MOlZ3dPhIUtbQ4aPGWl9VczDouwx7irSAca+mQF31YWby8wnYZtt0d1zk1A7EmFd5zM"
    "N9ebriNEGk6YQZgpYd7pjJLmoI7gZbxHpCCr35NuVueu0yKM+Pl6PhREHenKKBL97d9wiE"
    "jrSQaUWCeYJuE86I9UA+MU9fbNmgJbDmwcg3IXzBPZ2gIMIEk2xZuqbIOUnRuCbUuqeaTq"
    "kYVhJ8g3tPrxhi3bda7YFJ2Dz08bb2lw8cLle+L27xDjtB+fM6Lk4bzhCHP5dc8xXuuzz9"
    "vWzo9zjGHdYVtTCaqxDA7mOhYXUEawmnc9N83ROr734vI2+aqElTF8BKDbWO8Ri0SOskC8"
    "LgyhCYll8iEgZnBkVztb+gARBX6gCcOCPwPSBRHziZRhD5rNnJ6I9fcaizqeB3oPk3FNWt"
    "cHmolsuDMGEKY8xpbOk1NsbgLfJ1p1FPUgq1fKXV8v4RyqmTTxAJB/bKRFvUEdVNqnh/Hh"
    "5OD181fJkV8YkFuz0s4Cge7CcLbq4L+5GTBXTQm+f4r4e3mmwiX6w1u7T3iwMCQjAzbSCD"
    "OdSRGAbe4RyILYj+bX1G/15CeOH//R6nVkR9k+ZIEFvcAsLXq02AGYUPurbAObCaTELhoZ"
    "4uZMdqyY6KSbNcbfCUD9rXzkm++NQBZDnQse0a3iJzJGQl9OKALudsaNx9698/dG+Bn/h7"
    "YvTG3cdbgNb9YmK0n54eep32uDfo3wI5aY2qyOBINpzxTP4EUZUHpjqBIq7sehTVFOMiiK"
    "gPmOvBgoaKIeNcCk/d/n2v/+UWBPRoAXTGvT/Q4kCHpPaGFsew+8fg9+79LQgE/olx3+08"
    "9Pr4kgoRW2RAtRqLw4akyJYEf1gaEp530mnQeqihRqtOyo03WddUyUNMLKUgyebxTpGKga"
    "70QAsNdf7WWl8NtWw4S2jvNOwpUqGjrvLqFpaIn2GU0afNNHuR41nNxl+n+9iJyz7MGDee"
    "viIgEXeNXhDx0qPH0S1wFg76q/el3x5/G6J7jvZiIIHBhtXgotHrEfc6/jD5NGGFx2VHSb"
    "OEOO4FljJcuLBonmb5yaVSZIezI52VBXTRObviqyqJan4K9wRRHabvpqOjjBTuxzI0Vwz2"
    "wgvxEqsGZyneOI2wM1NQDflG3mDFDJ2YsluN+P5sLMDWXHMbfmLVMpjwD+0bUbFZW5ZrxH"
    "qJC2i3QJvZDSuV36+n9r3FFNodXdYWDYqPRLJBk8lTQlMlgxBJSkTF4DGBucsPnuVXmySU"
    "uLoBQNI16Rn07oHfLZANE7sZAFlRTA/dkXWs31uBuYm+meYOUVTXYWExAy6jFpoDAv0pyS"
    "hoei4pEeb39yt6yhLNUHOJHgvtV6DMofLqkBbooQoaQFx7zHfMxwUeJgbUyAsszDfoxHrC"
    "jhnuHD0sfO47G36Yoq7fA9MGquYsNBy06pdOw18oHDMq6JgRLY0stl1DsVcWgilf/kpQ18"
    "JSfWgBrOqW68xcb5iWz7/waNUGT93+LcCU2D59N/jWJ/bpKdo3sH26N3rsjUbEQB1sG7tZ"
    "qFn8Cs7z/QrOM34FwoKVD319LVioJ1N/29G0kSAVto0q2zYQZ8WX8DRoX7uKMK2zM4adE7"
    "XK3TrJvXSsBeL5ZP5oiwSV0INR9WDBJsOvCEsTCk3Y9nCWYEYKXdj2kIvE2mXR2kTzUaht"
    "tqpt0mu3UnqbgQHHiKEheVkoWpv47SaTzsY0oIRZJCkMBWDR2BCzPc458AGTAkwK3qHWOv"
    "5IXLPShsAwgSU7Dq65rjkA8RSOhp79/lfguGjGqQBbw6FKU9oU3LtQhVRLFUKGl4cfjAgO"
    "JnyfcJjKTi4q+7unVO0sLds/ZXdfeuFDf0Kia74L0miBDqT8cox19EG6aN1cR4cB/rHpHB"
    "g9th8esjKV5+yk74mRCV1PlReM0OTmr6J6aXIzovyRBCL7RTaCbJUNmkQUv99kE4nSJCwS"
    "ETHk4rB7LJxjm60NLQQwNjLLYOo5mgEdB8ffXyvqFY68n8rvm8B/JvpUFUyRJOM6AM1W8t"
    "MxFU3WSX06zSUyEFVUOsBjse27HTwA251xsjl9heUwA1i2+Yb+9+75+Q3apAe0fp+f39/i"
    "fmMvoGsKNBSITd6RnVo2XPTi5hJ1v0RnKXQBGjr0ZST9QBMbt0kfcSs6aq8ZHwKjObGofw"
    "TfjOAlSKcOeUWAjfmoqyb6nolhmFNTXQFFDtqgTmPfB2aa7bjYBA90E8mXGA20UvU1kjIO"
    "+ASm5+aJk382/P4iGTpJ2vinkDePmRMhOTbMMlGSrIayJ1Ntuw2l7URlu0028hIqBwrm6m"
    "dhrhJx3OuTlXfYU6RCdKqy6OQP1jqryi6OSuk+Khyr0/jefnhAtx56nW6/070FPhMoBazi"
    "xOj1pafucITzzWiG5DN9aRb4ODrWJHvHaxum0ArzO8X8Hm1evOb3LKEwv281v6dElgzawg"
    "ifthNT1vF2U3xsbgpT/BaIs+t4n+JOohTPJuwTkzQ4gvfE6cHvpUYYlanHfPK9GRoUFWZ4"
    "q8mkvbRirbcpLvMhEU4T1VNi4QGWdSovtFmNlSCsX6rPSya3Wtwsn8e/zDrWWt4UbYRSsJ"
    "ZS+6BmyPYqx10lQZeCe7py/X31NNkiGsB3QSGNSMZGqN71+u3hP+gBO3eUwht3/xh325RM"
    "FRIJeaPh/5KfAyRBVxvr++dW6+LipnV2cf3p6vLm5urTWbTHZG9t2mzuel/wfpNYCVnpC7"
    "2A4VimTfN9yK9Ek6QS1WgS66KIajSY2UAcsWdR1oRp6lA26AOToEvvSYiwrAGJrhx4TxoM"
    "HhLY3/XSQYLfHu+66FQgA4EaaW7OQlDhG2JkfbA4zt0U2QFjWRyEmQ4l/wXKmvdlZxoWpq"
    "QSnReFHSkf+vrakXTZcaUd/e/StMKSVGVLEhoozqRYMQphi9iuLPcckbNpu/42NqmqVBho"
    "iJDuYPGQqLUy2rb47SaTxg0PnS9wBiRb/QV/09CwfQg923xKBziIu/E98uAbtFfYuU4h3n"
    "ski41mgNCrvJkMjnLeZ10DS3kC1fUt0HP4j5LQlLdd4fB2VF0hVWOVzzrTFVV14JxLccJK"
    "TPQMzJsUU2nKOp20B9ZO5agF89Md1E4dWCxrc6STGM4Q1zsfm6+Q6rufuM94Fvsk6IwKab"
    "YexgNL/jfe/BORw01gmy7J7WYawWGJ2JmPYAjR/3BhdRn/VgF5TlACyCG+48u5qUP0rIWm"
    "r7LnctkPE3a7ap3FZMi443GTVLWz2BWv0fJXAA/Ea4r6efYXr47VHMfbSXGUIBT6wqqokV"
    "j0hSLEPXfUT2SUWZWFIiK7xuMr6kf9DKMsVP5C5S9U/nmKhhEaI/R5v9P9a2N3m0xKBscn"
    "kFjdbBttgBOVkST0mJbkcsd6dyLnOR9BkFoe4jh0Ul6YtCdNf0XyvqthXQG65ADH1XQdEM"
    "94inahxOcIxUK1FAuvfG7ArzV1/i1e1LVs7Q0b9Cy4yALMkKs/RV8Ls8omTqmMbP2BC/W/"
    "lq/ZIch3Pk1SHd759DgDUIqbqfAQy99/6qvxCTiAnUTFOKUQFasmKlbE4DdaOI+IH5UJb5"
    "Tlw9d3GfnwhSMtYhRb+fDvmDPGCaiCCQJGjyMgqzI60W3E/yqmreIMU46Llji2uznQUHFG"
    "qnemhSeraTskT5SLGGiSJEoFmktxvinvMYILrxYXLnIZl5lnw0VMdhbcfNY7bC947l1KFA"
    "uW7ydh+arCDLjybNYz3jQ3N3lnugkjW4CpJC1Jtl1HZ6AjeqEZGm6IzmCSazLs4pYc5wtI"
    "CjLiExs/AkDDNnUdHdZRLQJcCJI45mCvWexEq9DSdpb5JMEhVItDqEo+/grp7EQ2/oqwER"
    "U6q4SrghhfwYL+NCyocF0QrgvCdYFFSiKoU0SjcDQY5KFw/NnrGNziFPmaq/2Fc/ubdiyT"
    "/y9OKi/+e5KpX05LLPnFCgrqW8g51ZJzyPKZy4aqc+lDU2S1k3U+sUQgfsoPQPwkkuwfUp"
    "A8sD4/LUtUaOIWr83XVMnw8EaexZfBrSZBXeG05pXV70cAcmujspR1m+zFbyQIsz3qNmSp"
    "heKiyooL29Rp2ZLzXdUiApEicfNGt4PvGpERsoOxMT1iRFNaasTM5haNzOlmRtQc/P0UaW"
    "oj1nEykYmSA2+hHs0/zuurHlWhJdvuAhoun5I0QyeKoGSX1FzW6QnVc2GNUQhAt6qe15Ow"
    "AAX0faKz08KZVQudWbUJXfQQbSbDXmfcyEziAuD9GnRTT2Bj6zYH0nz9fuwIll1ZN18kP9"
    "SkiGoyHb/Hp3WH9RmDJPcSQKfa8oyWVH4H0O5xVyfIrTDh5YduQkdayLTCtVwVi0hXD+ZL"
    "TaeWD5Wk+x94GJxOck4puoZOFkcK5IE90bK0DumvprPKB0t6sWVj7/2KdPUF91TbqYXukr"
    "n1or1BSv1SLrj8vuo6r0KkbKhABNaey5AdrNOeV0E2GjGz8rFaG2oUXdYWe25aPbVPOuvg"
    "vuo6vdKQoWnmmPrei5IXu1Ocbab9IhvaX0UIQYNYV3WdaQm4IvPeQXE7xVkWxLvsOcFiJT"
    "TrOLcSWY/3hCqddLmOeK3DrfYEixKgVke8FKw9g8bLviWBv8Np23PnRifsr6ablmfppqzu"
    "CdY30kldp9Sx6nGfPFg+o7q/8qbuRcwTmM00up+CQIyOmATfiNA9Mynemjui1n2rr+SdhU"
    "7AxgBbkLxnT7BiSYNqiJEKFc3Z/5Qcy85rTRGCP9A91Ma2oeJv9xgzdd8Nv4u77US9/jTg"
    "2RC9vbO3eejngE8zpuaPPXWFuAv2PewkGVjTc/fGaUD6qDlQlufMJcebRk/YV/GF+hvFuq"
    "srbohbgoayLyfx4PdSc5AK4VADqOrMnU5N8xV1UoQHzp3fVc2BOhRGJ7n4FHNh6T7JXjB1"
    "wn5qOpnQ5+w/l4akk7pOJcJSz0J9g2w4S2jvy64P4312ZKeu4nQKOwcXvxDY7YKdgj50b1"
    "vjzwLcAr+eva+1EfFaw6Cruu5t6JhcaCQAYv9zMujoJ4BKUuZQKcA7jgOyU1yHccSK2Pjr"
    "P8fmULdCjeCeC/Ir6mro91RrtIrhKfjQOsXFiMGCtuRCeV9P1a+kp0cYpoep49SSPfTldu"
    "DrJ+EEwfuaGOMddky1tlqvII6jSB85P56jrp5yOBCSOZ1hLDGZGRMOLAQ3EkoDZSod6YEB"
    "xyb6hwHvuWwYUH9KdFrDLVFTkVRlbzg52CHrqZ2gp5rghOcgR97MrKshJYkm1R+RIaPmEk"
    "7xfoz24QQhQ35NB9pv0P7goK5ARHwLHLQVux90HA1ESv84CCIdAs+hlQ/YsRORMbNaGTMT"
    "c4c1F1uCqHbZMs9bLOkyUav8tIOtTMJMy7Mt08lBuWt4i0x+hATiMfIqp9BsDLtfeqNxd3"
    "gLbPiiOS60J0b72/hrtz/uddrj7i3AWxbewNARDdO7CtPoFJ4S8ohJYyt27JWdNdayTewD"
    "m0U5Sr25oa7qmrYOUG/KDVVG4k2sPdFsSNJwB3FfazdijrxpG/s5YCK18Hg42TxqolrMTm"
    "ujQnnTQkxEtZife3wPXDekYoNZq7IhFcOWNa1YVauG+LGDtLohUVRhvp4jCF+UvHXbraqN"
    "gQGDAh+/OMAnxAU7THQZgegiueMjGM8hmK5c6ACspCA1CzFN2ABdAKrmhykkNB4F9j0x3j"
    "0//4ffh6Rq9n/97T+cufznbeuf/l//9fz8/ldSgtFBuAVPDZ6JSzRHd/xnyS9oboAX6Dro"
    "juYA21wCPIJ5Cpc/G+bS8NcDeljr6rrxT6GDOWb9ZpJ2j3qKbKj5ECc6lA4mlrZbtrSPwR"
    "L9GKxqAy6l6LVKy+SdFFIvWgxC6kUrV0jFt1KZu/0lwTEUa4r61dMuvihBsBf6IHGgnKar"
    "sh6sMmA72l8UkHN37LC5KGhHkdiXmupSSpbkghm1F2w+Jec14t/nFLE4F801gYAzC6dpay"
    "+aIesSb2GuDGENt9Xz1hmTQedsg0HnLHOMiToIuejXtw4CEZz49D1xEnGubtf4RLLpYVQ+"
    "VUOXVecTn1a8Sp84f4idRKVj5UGq2KnMnWVlgT7N1mS9ONAegx5rCp7ItVKAtyOnGja+JC"
    "m62NSKzVfIJnJZySkqJtWs400XmoPzyGDNqWwAzYULEJRfxo4Uv6K/SGkG4BmupvsELhrd"
    "rANaAf1RVaPBh/kns6bChWW60FBWEs7cmdaTppqjI8n1nAZq9GcjehTm8/4pFKqHVKjiqY"
    "ijuHNLvebLQxTSutUZPWdyb9vg3Zbx60GA5eiut3u2hbRVljsbvXH38ZbsLhPj7lv//qF7"
    "G+ww6X2JybGKxa8q360qI4kGNW0Uk5YgYoNCNUVX5RHYdaoX7iwYgsarZ0nT1RHsMvxmQ9"
    "xs+EYS0O2CeZy2hrgXbzWYmfZCcpQ5XMhZvPNdNFNkh68qfByfpVLqB2PeJos9g59sSHi4"
    "iU6r5YwH+xi1nEvxnVX8wK9dOZwY+QEHxTR0zYCcQ9AY9B96fcTc+NQT42v34Ql78/thsh"
    "OjM/jWJ+79iokkKnLlodftj9GFqArXkdmhQAjbcbDW1AccKzUsIcgzVPfD9m8Id0I7MUbf"
    "7h5743H3/nYt5E6Mp2FXGnb/6HW/3wLLhuQkhMuJ0e9270dSZzAcdjvj3qCPBgpC1Yll4J"
    "wY7U6n+0Q6xJXtLNJfry89DQdfht3RCLHDOMDSxJuYgyfG49NDlzQnOaag//z2cPzwDyl2"
    "ExcW1VdSrM2w+3f0EvieDf+FHu5fa9//Q/ptMJSeep3fvz3he7K6wpmgJUtTXj0LP/HhIS"
    "BEw6cHlGj5jsgl3XTwb2wRQEh9R5+41Nw5Qmtp7DJJmUxIGyxIWQNSWrfAwdhQSOsQE1E2"
    "WxMPV+CWlqjE9UO94M0YoUbn2nN1XDGKw1nLzsvCtmAzf1B1YRejc4JSxBRUOabAP29lat"
    "oCNi4m2UOFd6lGfzB8bD8gUiQ7yvrEuO/+1kVcCTrBVZxmwSZn+uAR8TaPPpuZSHbEr6Jg"
    "0lBsUFBkvRnD9/Gj4VbSlHKU47WZ59VIp9+0QiszekWsTrzi0mGihMPj0TysKfZSOpwOau"
    "XoHCCOWrBzWNHtu06cvsp7zvde/37wHQsEhmoiaehh0Pkdy7S6qbxikfax3UM70kLW9AqI"
    "syGo+ADBotZuSiFKJxUeocpqghzN9XKiphlGIUEt4N9BESd8Ln9Cn0vPUncc9SSlGPWqjD"
    "pFCsp4iiX8ZzjHPU0rxN3qDHSeuLvTQKdIxThXeZx9lfxOuitTpMM4jTGO3CH5YiTSZCJO"
    "YoPyd7riAzdDJwLoaOCS/LycwMZoBKhZUEnBY+75mqISwNLCPV9kI0zDzReNlqUUAGcBxn"
    "FRsuvZkA/dNJmAdmu4XyKAQoT8bQr5S3NJibC/IeLdhr3OuJG7URQA8CDV3WnNZObQyuwe"
    "yQB1eGwdbh6fKLyp8z0BLXoH0P/28NCgMGcFANu2tE7UVz3RTTClDNhGR1YR8zZK1VZPbN"
    "PHO8OusBa+xL6wdeam5NSc2csS115EceFYYCxrgeFT4SySMdnHDGI/TcQOHMV+kiC5svO6"
    "J0Jj2c/DWUd44A90L+ZwvydUXdxdJ+qtrqiZnjs1f+wH1YD0Ub8cEnGc0E6MK1TtOake/F"
    "5qipGo8b0dIlFrWRQQLgGqA6W78dn2zTlvItaeMfENjNpvTXnTxS6XYGG+wVuwnJtNgFrj"
    "9N0z08a/F030LzTwvysw8Vpn55dgaWO/FYPEqpE03zh49AX1rRkk0zh6ouHI5IjPpsQ5wP"
    "O2l2/7s5FKDeSaUpgXhysLzp328rMkwvncal1c3LTOLq4/XV3e3Fx9OouU7Nlbm7Ttd70v"
    "WOHejJv/t6fLmdnmQtoUNptjp0uSHTBetlHWcJQc8rleChwwJ4hqmL6ieJjRfmXa0j5JiZ"
    "I9VBn0Rvvp6aHXaePYqMg+RInbf+gOfw8jHiSEof2Ko6xxZLhfrA/HheOGo2+I7o/eaDDE"
    "geSI9k1zTHz9HyOSA8lZOS5cpI8elnEuPhePDWWHZtYaI9mavpbWFDXYrQ7tfb+De6bwu6"
    "6UCx+Lt73PM5JMC3wufGk64fuQdSvxzxVeXAWkmyCNpePdxed0X0eoym1NwjGy+qBi2wgf"
    "pDEKASirU1lBXk98Oc2rtiFwepflOT1FaeXT87gAgBntfBWbw6zAxpbudkTJcV8ApPV2FY"
    "kzRQw+TmveVCC7HdkkGy/c8wrFl8U9L9/B6UB2k8h/Z7PpJO7mw2g9WcRJthlQ8sHflLk/"
    "PKbDR/nJ2kSF02Mm5E+ORQbffOV3hrDKutgdFeCXLBljLvNTxlxmcsbwJicXScn5kpLb8N"
    "+eZkOa0dI0dSgbedrnNVkK6imiO0GsN5kiB4OHhMrzrpfWMX97vOsi7AnyqJHmJuyV8RRI"
    "OBMcgYAP8CShgJwd8tNLoryD6expOPijd0+yEtvmm6aucw2GeYzDPMqPvdGo1/9yC0i5Ie"
    "NlYnxv9/7AjZay9uZnWh7cf+sEfamegq/RMiizZF7O5kDcxd5WvF3VMF2+YyVoXwNbWxLa"
    "qzMWbFGrXHDJvdQuhxhamroqP3fkmuJnzhZJ1oiEHZg0Cnqjhazrufx7mrZGqtWL1s11xM"
    "bjH5s4+NFj++GBUvFa1mj+i/kZ7iKCw9f+qFIVilKyc9pwgb9f5dwkUmQ/806ho++S0PFN"
    "y6ucD2CS6mfGT5hay7UKeiR8lg/aBE2Nji9hGayOznoXy6AXhYKLmPKN4CYWcE5A+XEMAm"
    "GEHMUIEAueY1X8xyi2Bk6M5xAgvgWJjwDjh8aF9ALcOfa7C2r9xroH74hHKw5qOFcu136w"
    "75t+YIPsurIyJ9E42aiJsh+2PWRC2CIOaYuQPYTQnu7hyS4qreT6if3Dp6ZKybqR7x0etq"
    "/yeArv8OpDX2fvcCECluvNHDEPnPCm6YQoSAHXP7b5gI3TCFCFfF0R+dqfl0XI1/V2Z4wv"
    "XxZP0WgfFaqL7eCmD51KqS+IUzlFdxE6mzMqLkIX9+1ai4EBgQpxgWMMyS8OqXVM0x9MvC"
    "t4cz3xPp1dXaK/p/L5xLtu3XxGKOOcWcD2DJx/AZHLug7191mdRbmPYvGuXD9duFYeVZ2h"
    "IXGbeEdyGWqTVIe31h5H8C3FLkugxD/4ByCiEgOwxwCcnq9aw4KGGqQN43JY6/bviRtaQD"
    "8xen3J19Ldom1c8tV0E6P9hF3biOOZhV3bsOPZsPv3boc4o9nwX1Bxd3MqK76ALsHfNe2V"
    "pMoryihuduDJUtdJrVCEDw8a/4WGyyftAm+GWKCbmb22y+2Tk6T6mV1KhNPjbrhZskfNxb"
    "ihRHZEUQ3fPPy82vjmqVDB7uM71LZLUh6kuN0hpZ8TMX2EIG20feChcrCOju4Hn29XzBDW"
    "wCH+4OZFYXgq1TYS7kO8xdoydMJGQgM3VJbxgpuiE1NXWKB22KVLsUDFNMD7w3yf6KymKG"
    "eWM0P9oPX+Kmx9W+FNHUWnVz/oRJBPxiUdtIzCqSDEZdmMzTtHkfWcsyvEc2DAsYn+YSgK"
    "k+itRshymIHThXEoFmFK7Zx847CvY5fS5XvYTMRtsKYgGhcgz1xok8z7M81Gv00DfsCSPk"
    "CyoqZAbMG9hGdnE+962sK227PWzcS7uryUJ97NDbx6fwtk5xWqYLoCMvAd06Nc/n6242bG"
    "enyUt5gYoS0CmDa6OPOckGDtRwzeof8ctFcCGb8EenKqwftfSZ/+S5NH4uIGmgNeoeWiRz"
    "hAc8ES/Q9XOvBbNIFsqPiyhq+ifkmZA83V/kItEApQe4Osnvp/xsxFCvow19fc8BU2ECbv"
    "PU3etunRfPc3mzIiojrJUEWYME4ji3qNPOUdb7GQba7IhBiJ0B1yA76hwGW+vSRBJPwzhH"
    "/GTv4Zoy4OvMIcDfbA+O3byHfAIMxPmi9j8r9gSTxznp935jybdkZYNY63M8V4yAzym+2G"
    "SUoRRFUVSyJLENVJWYurcjRVaZCZzMXCYikslicLLk5VCh13B3gplAJgYbSsiNEyPjuFQW"
    "0LwJSlzBBCJyyWB7RYlhlAh+Rzw4D6k42TZJI68BTbSbZRc5P1BNsTZlFsneITS1aSeqsZ"
    "5ftcU+YgoHaAjORt2zENsJTRAIApdBCqDtHza8bU/AHeLQmBhprqS3nlANN4/xH0TWCby1"
    "vSLpgClPRAJT9LZAeqlm3B8pw5xfS6Kct4SHLA/OIh4qebX3xBcxjYhHJAIUBmB1k3FZmW"
    "Mz8/Y/ea4oDKvL/mHzr9sjR6SfUpSy2I/EoQmToQnqXuqL5LUgr1XYU1OxmHJw/xpJxJWt"
    "cUxahyTv4IzojCPCxuciiy4xA6SBUrY1RrEFhFjNjUo0vHxckL91DX3qC9alDEhOgeh3Sg"
    "xmmYsm+YnotZ8CDXKOK8sSNTyLsDV7YRk3275tWb5DZm34DjTaPemthBCTcaPY6AhSYMpC"
    "fgKO1pE2NitLG8AJZz04HAN4FikeL5GZsSn5/x3wZE4ATOUi9oBjSJdxO5iLtbmvYrxI5W"
    "6J3z/Zv+bMQSswav7g8Jfvv9UnvcaS8/izjyudW6uLhpnV1cf7q6vLm5+nQWbYrZW5t2x7"
    "veF7xBJo627UJLbOBYOb0YSS2ceErl84LVwAHvmqKG6F6wJIG4yE8CcUFPApHjIpIjDp5E"
    "iakdAS7ey0N2XbiwaBENm70m43SHs0KelbtbF+E1qcuOK0HbpuXg2yBfJ6hq4DCT2hiY6m"
    "JdbKiLdZGtiyUSC/8MQnXAhlLl6k2MZJKuTo4SB+ApNxikY2LBnia8ARGTYhUjTmw4WCXt"
    "5ExkELYPZsjrGbEBoAjniftNdgGdiLVs0vmYSMEfUM++MHwbWseWNi6xiYRXzQBT050DXT"
    "ZePPQiDniHxVhM4czNpRPGEqnQ/sWhpMQs5QksEUGhDgpT8gcDCSH5UEJyfsEPOvqnUN2j"
    "MgIclhJIobw3aDtUJ6bNcgaN/nCH+Xn15Q1Xc/lMeRFBDedvi0nOaG2QM1pZOUNUizlg4A"
    "OZnRKk7BNbZnRAUzvRubQpTQV586yuD8aHntaezaWED5rXYgc5gCZIREvlo3+amiGWaKlQ"
    "ruIc8hiZiJOqjuIvO74VcKc59uItOHjHd0zgVqUmyAqJ2flJtA4b1Kh0B6WywiCqNrHLcV"
    "Ji9g7zJ3QWfk7/MF4FdqVWAesQJBY/SxjKXhrpJKQUlXQGc1ad9HrMtyql8zEsOChD6HiF"
    "jrcGOl5LXoX17JL4bio6EJFUo+oAfmxtqg6cljx80N2ovuKw/CZrBPUdhj1NW7+BP5GBZh"
    "KMFV1GY7DT8k5QCvXHKYwyLVx+g/t2gqoGmvok83J9ycC8XF/mMi/4VsrDGGdd519JMTJR"
    "m6fCq0j4NzcO59+cbz2snX/zoQ2Ix04aVrGDvvi0Vopmadx1eNJkwuqwXfMdYSbU39vzLC"
    "Wn1/Y0VsdMF1axLaLobGH5poZ4iisSmazRKnDyVD2JR0XXZG7vWviE+GxLuVEH/LVP0k7t"
    "9ZjVvNVPnjxnPopFmzcotpZMmya7uQWHs0tOmpihDsrUNpcOdrQH6ceDdyROHtpAhW+4+A"
    "gu3xE0B5ZtzjQdUvz/i+lSpOOqVjouaKiWqdGYiHzdSJymGBHkuBCnQoNbLLoR3GxDeHAr"
    "ox+xWlfXKiXzWT7Ma4oaWs/OmfwXzzf4L55TIlk9lwvhsH0N8b1kgfcyH93LDLjEhwQdgn"
    "x7RZKqBgqLlFf51TWLV/lVWnUX8yrH907Z7CjccLerWFnsjkS153iKgljqHYaeQi7sUlXW"
    "qAu33JIVZMI19OCuocU5MP4hW5qKBqlBkaeje012OfoN00ivkDHZHQ52d3BJTAUicfeP9l"
    "PvHiBiYMma3QTRVMBVNP2CnmgW2S4Re3GhTPAuLrI7QLYhmOL6iMA1gebmRNeX/UAhe1dL"
    "9ib/5+Clw/aHkrmjPw/CSp+zcNLn+Yz0eYaPtmztDYe8W3CRhblrKPbKQnDlG1tT9LWQEg"
    "9tb7W8qa4p4cbLrPpIUNUC+AOoP4TcmI9+veTGDNd7pLxHjuNBO4dLW9/cyKYtZR2xnJJG"
    "WrMzaG2gQgtxQAtouIhhchBLj8afsEzvDDN2008QjHOfzEx78QsuZL7CmXxxDRFM5WclCj"
    "IAY295qumjvIfhXMSY+TPgEiK2DvdpzhBfB3xESJl303PB87ONFp9NFunzs9/bryC4hskc"
    "3C9iGPHW6czRNcecGBaaZ+i9fCYYLGQVsYUQvRsEMrBN/zoihhbA5tbZCn2WYBUryCq+0l"
    "DdFHZTYNRNhYwzxcfc+KuMB9s1RVl8yRGNX4Xz4LL+YtpoC6Nw4GzlqRMdHNB+0FXvR21O"
    "yafRvUdEt4DQTozuqHV1jX7h/6XPFJbRKDjJthCHKiMO/Wv5mh2CDVF+CarDB/odZwBESJ"
    "+QkRLt9klxE7LOvKOepBQWtSpb1NZyGG/B6hSd8OzfalxbY1aAie0+0dlp4cxqZ8tMsoS1"
    "bYgm/7DXGR/L3PagKXkFaMNbTQYtjh5ry1RQKiAA7ybep6lyPvFuzq9v3uNM0prrgLmpk1"
    "zRwO+eXiWKvwtqmSY8JdEoquTlkVQyRTfS1Zn+bPjd4SZBfRS+ZNRCD7J39VjCCfNpQxJE"
    "tdOJMLmrbnBWzbqqJpYCK8gJovppRooPmD6u9ffY3ElS7dRiUXWgVvmKp1ZG3RHs4TwIRx"
    "Q1xLj4CfwKV+EenQE5UiflKzWS5AfU7FUoa1EpOiaioEb8ICVyEcu6G7TaIdEmMfcEF8KG"
    "AcByawo++MNCEr/DiV+Sak8AqyniMOK3qdTgdnX/McoONpCYor1BzvXfaHfGvT+6t8Cnnh"
    "ijb6Onbv++e38LHM+xIHqiOjGG3T8Gv+NrNnwzX6G6iyHgnMXsdZ5v9jrPqQcpEVQ4xJQ0"
    "WW2S2BaWAEHol/Ohrq9+OVgXuObvy06DT+1AaJurrG0WmWRK3UiPq8yv3N5ZMLq+HpMP2Q"
    "SNQJVWF8B+kQ3trx32BAql2BS2GqHW2ngR47XJ9pRYuTl2p7x5XAC6g1R3pzWHWUGmLGEG"
    "qI9nRz3VycxqSBXpvPaCeUs6r5yiFTkbNXyDBi13KE8ur8AO3X2r1/Tmy+e1m1nfxyzfth"
    "9hymrgl2BEsdXMT+JAmoFKDJeebRJVmD+18N8aXnAu9OMnlnMTB0zgctLL+Spr8d+7N1F6"
    "5ERLj8gKfftmdCNXcnaXStn2Gr3R6BtWFvvmGFadMr7S64/G7bF/MVgDFdE121B2aAOX72"
    "m+pqhBwqBDm/92qFohNM6VUj8yVSlRXJNTfxMnEcoFSkb2gLfhAjVJJLRi25U2MR/RPeWw"
    "mGfqiUHMKoQlZxdD2mq8xA+nD6vYhsAs2sY2Qm6htkxx7c40X/0PzEhq4a3mJiEN3cF5Wb"
    "Hs40jTGEWhlRr/bDi6STa2QP+KvunPKNuWpsKFZbpo2q5INH/WhzpsKTyoj+FBrSHZmNu5"
    "N0FUZQFqVwfUwuOeT9ALCm8YMBx7Zon1buCLoj71xOi0+53uwwO+pOBv03V8tT0eB2IsLg"
    "jkS7H9gTT6OviORsiUnDnic3cZOLY0Ohuy6GSS6HAujWJXRYXiCgqOPs+z1W0xNwthJb6t"
    "x5UqC/wldBFwk1IyRVgjbA+in4xzJ0lGh+c4zZLutH1UbRxKDjgQvpX50NdX0xVxEbuMe4"
    "pWeFRW2aPSZyGl6YpPBZcmq9GRVhi7gCV2PlRjFEKrSUFUpG8vWU8cKpn2VGWOgm5ODFxW"
    "XWZsmTL4QYmU+CyYbk2JTz20hNp9C6zpc7pc1XssnYGmvELKVsJf8nAc9VSPEeItdkj2Uo"
    "pxItxjGS0T4c5etFliLut6pKVOqKxJsQRSFoeS0iVOlWoozBKHMkskRoFVj5IgqqFZomAV"
    "7CmZfg5Uv60Uw0+wg2RA3hoCuiasoYqqTpoKaKi7DHGMTAxwpQdYkS1Z0VwKU5970sdJhH"
    "xP0Zis7ctcir3D4nl2ImAKW0g+1PWyhWRUZCwBV4Hz154hVzGnsxObA0eJtgrUAxQBea04"
    "yBeREW5Yol23LFM6frFNz4p+qTI5tdb7bX7+03gnAZnw4xMCcz0F5uQqYQU5SVVDlFkcO/"
    "L9OjJuHcE2kuVh6PAGzX/qHIV5uU1zd9Xc1KZCNMFX0HdCnWeNRwQ1XN7FR4DmSX6Iv9Sh"
    "bHBKf+iGXhbI0ZXDLvG7weAhIYLc9dKRnt8e77oIdoI6aqT5ZrMq+CVUzNhVuOvM6XnyL2"
    "XNDeQ2Hlf+7+3euNf/cgsCeuzMH3ryYye6xvE5siX6bj9SgHWnXlMI48VW44U/ztweeGky"
    "sY1QFHbyzj6swoG1eXTtHJvVQChlf4ZhDpSr/F7KayKROJvq/cnj+5UZj+xghJ5djO537O"
    "ruSo0Ej//degayeN/tpQ3vmAtLD14noxBf32xu0onPIFTx26CPi7dnqA4/QSh5umr84oIX"
    "6ALNBappwEkD2NAybRdXC7tqfYYT7xKeqRPvunV+hv/+NH1/C2Rjhdo2SY11qOJKYqYNDB"
    "MRuXNokIrsQAYIbxe9BLDQTILUovFHeQdRub1aevpgiCQyRDyCS4ZQyC8M8osr6+YLt8o+"
    "TSegZoaat4xZmq5+UJdRzCz+Zhmw8xPppchqoazeJEmUkk9PVZHskKMApMMeI6nd9C4+rL"
    "uCgfQVSsMhwuiF61gRYfSiOHqp2ViwQMdreEtRCWC3xgSHiGVBFrGWCV1PamrlKHuqUYji"
    "RCFmrUNReDyrDRVXm+WWs+APax3GO+zIzulakfaOcB3Kbk4CzuBOk0ldaa8bb9dVGiCotW"
    "G4vzjAJwXmDMjRDb+2gWnjq6YBwXrqIQL8J76hueCd5jrAlZ1XmjqylMdMjImB5hiwoJ3s"
    "BV1wTNSzoQJHMS0I3k0akwb4T+DOIS7LoMNkewQlJPfWDwVYG/P+14nhV0XEIIMZejsZ0W"
    "uYfoY2OPw+S9kBM812XPCivUEjTw36Z7oMDJ7efiZS/IYZb2ehJz2kntQfgwyu+bJfRFA7"
    "EbtgnxkdvtGcG0cLWdfz85qHRHXyF71o3VxH8xb/2DRlR4/thweKH4e5oDNJ+Vq4GEkN5u"
    "qh9W/+7k/Rv22ewDGy2kQPFjJ/T0r7c9ATrr7KH89Sdxz0JKVQ+VVl1CmOSsHbV6dCdeWG"
    "ulYlqismgReuUpX59anynsrUuk9YLLPzQRqjEJN0q3r6mGVmqzZ3WdWoW+rMUnMuRoqbw9"
    "gAThXa+H64HVS81AvAdBx0c1obAyuksf1wO6LCpCJMKsKkkoWCZl2h4cXiFx423WpmmXjX"
    "VzeX+N+LzxPvSoVX6N+Lq6tbYFoQu1hPV0AGU1mNTCM2cbAO/M6b2AUb2ycc9OIIB9lw/J"
    "LCvwJFNx1E77tkY5OHs/SPlYT95cDPnxi4saK52l/QwH7iM81eOMTl/EK9mXg3l2fXYOK1"
    "zj+30P8+za4V3xl9fe3m5voife3qQlEn3ufPnz69/wien+ea45r26vkZvEJoOQC+QXsFHB"
    "dajK7of6b2SJFK5iimF9OzaQU5GSOcI+oqu5c2hm0/ttlfXROjM3h8emgjcG5BIrjk+NkS"
    "8EZGAnXysnzk28QopDWwOKQAZ3Kv3uBdnTGQiRANEaJRZ6hFiMYhQjT8g0Xaydqepq2Rrq"
    "0Im6XjLRayTYkMyLe5x0hqMH0PbXOves6bDPfdwEIUJ/qNwVO374tfE6M9GvW+9EmBWseP"
    "uUXX+qPv3SG5RmQqUt520P+tN3wkSXF8oQpfHXZxX/iiDX1xrhqspP8uEk2nkZ9gL0FUfp"
    "q9I4TK0/ClZNlToazqGo0l3JCdMEbzU6co1DCtp/BGLKbIxN7NH68Y6Z9YMV9TCLh3hHsn"
    "35oUqcjtVB1fmqwLlYNYdAd9CW8aywTdbpksT2dUC8xjGXFXu3gqpmjFyqryyvLtF7sMc5"
    "xQjHGVxzgUi9DoeTRz+Bb1SIZauHTHwA3McFlU/z5C0ioV0RhJeuFoigv+H9BRg9J4v/+Y"
    "eQZh8cHU03QX8fwf8fP+6wg8IYZoM0+YZv9SqwN3kOYJ36DtUOWe3Bkeozjc1D4vd2qLWk"
    "fCe13ELIhR54tZCGVi3hzUWcIaGVEK20qPHRJSd3h92wHkxDZJJYClsAC+IxtnWvoEkYBV"
    "RDAdOoKJO0t4gkYkCacE3/ueepwbQYpMAFvhQKaK7QplxjEFB1QBENc7m1nyIBfJzI4XeU"
    "NjdsX03bY1JPl7hvkbE2YFutvQzQj+LKUtmIuLrFO5JUeBs7bIOn3cKbEZHJGmOZVF6Ode"
    "POBiL1gTdUTqiGyadaWDuyHIkTNar+sochDcSAnTi91tborPczwL2m8aNmlIMEnDkg/RfI"
    "O26kGSYzAolgJV4Jp+AFzQt2k7t8BEs4MkH8RNm2A5R8P/hn+ihv8ypzjRIUQDAR1qQsSy"
    "niNqsFQrwA2NMacP7Jrip3biDNYutwtxmu5n9iKO7SOSYeIoZ5oP2WYHiLw+hBuEMBPX2G"
    "BY/boGlRvok88YVT/OZIOe9Xh6qqpN3GOmiNmWA4lTJmXMgFStiV5YAqTiRNGe2kF9NChi"
    "aHCnuUkEteECI4kYJk2VlLD5VulzjAS6N1nXVM1dkez4YQ4VIuI5mooT0/fuAe6RZFNRLq"
    "8m3rVyfj7xPkF5igt4zlT091RBV65vzj7jlC+Xn/Df57P3TSA7IJ6ZBXWHlVc4jf3MNhf4"
    "XkZSrcA7TQw8pvjhpCF6EJaJ9RXwHF9i9uHGdxf+TwMuP4I++stc3gLPeEXnt19cQPbfk3"
    "wQyeevazMoxOYKis1kiCTPcDVKQHu+8Jci+5llP+HDmD95T1MkYfFhRHsiZ+baGIVgmoss"
    "De85tFBYToZu1zShJ8HQxaZe2QzdCDEWw4Ato7F1ifuMzJ0D2WvCh1SIS5FdsMRck+kF5Y"
    "zQH1PzB+ZWSDmhpa25LmKFcpLu4QLtwPYMv6cZ6tXJ2hfKfd7EQOwZ4pJQY4h+4trwc5w2"
    "UH5Bg42T871CnJgPQ+wQe0VYKUmeomc3Afz4glvpmgLR5L89b922zlrXH84+fTg7v704e3"
    "4ugyW7015+Fq7sc6t1cXHTOru4/nR1eXNz9eks2gaztzbth3e9L3hLTBxm23k3zkK6+xTP"
    "rRj8iZQqn1mSan3OT6r1OZNU6xV9FheyQfsqJ0fcEdwLlnw1F/n5ai4y+Wrwbs5paoqR/M"
    "yShjB+5E/a05Q0mGLkji9pHHtwy1XQ0+UHUWhgHxli94TtnPJGx1wsNN8gQpE2Ync3yhpK"
    "1M6RlCTNVpkDl0bVXLj4xQFrUmAapLxqzGP8lnD9LvzhYl2sn3/OlxOCwPD32OfIDO8gTl"
    "42Minmyn3axMC6WnR5gW9iUQVJFA7W9U4hpiM+CU1S8JVIG6larjPTM1Tmyqz4K/xMr+mi"
    "rOmM4UiWQd9Klh55iRV2mRX5ww+qJ16PFgdfnCCqIXNcfDpfghhvLt8EUR1hLiOVb27+js"
    "1eWkdJ4lH+vlGEbxY+bLJw5qckDNvXYsZuEjjKSEloQ0uXFVrJ3PyEQHEakRFo85DslhEI"
    "8ya4Rou2y76SJBa7S0ptRBjVHXQfCcIaqj5ORNVBMapmdR1r9p46yBuXzpSa6YxTP1jN+D"
    "hG/WBMTsqyjttTusfID5gj2IKGGkTNcSDYeOr270mtn4B+YvzRHfZ+6+H87KGkOjF+az+M"
    "usFj06I0G+fJxHhyZGtX5lB53U2Hm6AUqTCrvI9h6y36Vgp3ls8Ox2lEjm5uhrgiYUyns6"
    "goB0igoeMNs0iT1Yl1rU1WtrrjGx6PvDkFM3QizVXVcojVfeoGEirvzE2TCWyrnfSqalCX"
    "mfVKBL0dJDtTyHgVAHLN3RfSPCoDutH+KtDdhm76KGJAd813HQ7einFpzPmB0ixqAcmviv"
    "PA+Qp1awgRoA7VBSd+u7nJB2eOGuIEU3asMYPDfzxMkhCSeEMZ4O6gjUMlP01nNxPvCrag"
    "X+oe/Xt59QkXur+c4Svy5/dNPwhSBi+epkJgoS+lJBMq91kiMrJaHi+iiPXBXMJFEetDer"
    "5ElexZYY4IauGpUbYLl6yqNnRyCivnqPjWJLWE+IwJ47MNIJ+lUTZMl2sOh+1rt0VcnLGg"
    "i1rl78dnGXSrXhucgnbAkUGVE3Yknvz3NySh+IW9gz4mxn1v9NQed77iy6rmWLKLuHCVXk"
    "P8ftDvolZok5wYnXa/0314ILXDMTi6DjNO3MfZl0T0UC70dTI9i3QUP8UwH6tYTtXGtGhb"
    "jC/K88GaoBHmQ5pnuLzgzDC4phCAbrVqHbzGSNV2AWZNan6REaoZC0/DAlD9SjaIcdDZaU"
    "1dVmhjK5ah+IW/ZQrN/xZQEydL5bT+0H6Eiyk9z0/ifpNF779Yt92m9s/HmRp4Gq5iEuid"
    "DjYVSvVDKtUPzwlU7agqmrcS6SFKZq6OwQNUDeJ9mQAqcyXybpxw3o3YdM49/cPJvv3sD9"
    "cYi8Eft8VJin3eyAGyS3Jf6PAN6r+C52fZhvLzM8lbMYeARLySDHkAJ78ILC0QZ88wXJxF"
    "j2LmL+EJwrhfLT6E26hfqDG/Qsnzijfm8xrxa5y44vqSAdzry1xw8a0suBJN07MZ34BkJ4"
    "grJjofwEGCbPS7Gj8j4irP50anN/7HLfZnW02MzuBbn/wyPQP/Hg++90dfe09o6M2l4cw1"
    "C7d5fPzW94nMxQK9nruqhlkTH8Y8yyFsX+Xhqcx2YyG0DJfbBS5FVj+fi0IOzYzMmc/Jx/"
    "O+EBcFim/GXUD52+9DuK7FmS+MxpxyT+sEyJOcEjPX1yYWAFNciXliu0MuUGUKhm0PIWlr"
    "fxFoO3gHoMiH2UbNTWKiKaP2khwnijYXJh9x1DZe/eYXB6dKtM03WQ8yqwf1YBVdQxsX8e"
    "9WNRsqLvg27N0CxzVxrZy57Mxx/kMHvYb7Qdfe0A+K+Fji0yaGgx6jQ1ySpwmmON8i7gzL"
    "nX5nzURfJFPj0++dLlDmso63LwjejVpX1++FUFpRoVTCw84rmUZEtRNPi2dpwvUhebbGg3"
    "Oarob84xVTupurDflurrIJbxzFtPjS1K0pRJI63HOhSerIdhGdBtwbTYKyhkugFH0C/GGh"
    "rcPZwSUzSSlcMivtkonLJO7iduuIpF4nMb4zeaHpXBV31hT107yWEAUoAhRyoa9veRPhyF"
    "5SPiyiD+CENU4jUGVwvCaAZRHeIZOQ1on6OjGMmZ2v47Nru3uQcGpnxZXBqf04TkL+lB7C"
    "GTou5mPzFRoNWpGebKvmdm1wMJtsn0xyIzoWffBa8UqoAaEmyTywo08AaEYTa5sunj242g"
    "5i2j+CJ0SL+iEVOcObNH1weU+bGLgHG76hHh2iBvZZTvAOa34dE8A3aK+ArCjQcYLnBvXd"
    "/Ya32J3J0j4STD+idfKmoaYfSUvn+VnoiauoJyajw60oTlIJTfFWTfHB5T2GA6hOjmJCM1"
    "wpzbDmON5O0neCUAjfpyR8C830LsuvSqMsNNNifBu+ALDLECcpxShXeZSFplRoSquNqtCU"
    "Ck1ppXGtuKb03lS83FLmyRbNTRrSJZzOTfPVCZWkapyKQT/6xZat+X8/gJAOyAZoP/UCTS"
    "aw4QsSfKGNtZSv6LRCEvGK6BRHX9sfWlfXWMWIdZHwB3oOqUFOi7Is5yHUBBDrzceZy4hW"
    "JIE4qv4yGIQMsPmKtTVFDX3OyokS5IFX5E/mcecTda4PWNZPOAXlT/X66iWFSFbUOSxEso"
    "OJZMeRHL77vP49xBFi9qpBER3STdhkBzXefKvQMDAgdjYw3MivwfGmUYtbxNXLaJdVQybe"
    "9Nyp+QMsTfsV2jhoDY0SurvU3DnAuJizWRPnXVmYvkUvITuU+CzsUKFAQKq5xDtt+g983w"
    "QGdqkAU4ge7Uf5QdlGc4O8hxM6Vzg4G0ysblq+aBJ/CG5EHpORT/6M5VSX32SNrCZ8sqF2"
    "2T6yBdsC6n9yyTl32svPIup8brUuLm5aZxfXn64ub26uPp1Fe2321qZN9673Be+7iXNzu0"
    "B07NqwFVPaF15fc0M1gxx58xgVDIJK9oeSjJgEI47K9rLrwoVFy0yQP31jJIfj2M5OZNom"
    "NnpO4SdNW0Px50TEHTbTns+x7CLlJiiFAfcURplW8nJD3G2CqnYqujIi/B0LPRFKeed+7n"
    "lEoRT8FKUavGf7LOeCB9wUlQA2C6wuO64Ebduk5MXN3yCSVLXbIEopcEYwC9jPHU5dCrk4"
    "eqt89OLImR3GOUYmxrfK4yvMRPm7aX3NRERZStWYbdJdxqnqZCc6iBIztqXGtM58WksKZZ"
    "3GoSx7XVrNv6fVLrAKjVK9nhjmrPY7ypzb7ljpG2MKg7r7Vm8baXxjraCJ1Ic/3z4aDQ+D"
    "cTSaGTyWUdkP0Q6mIk5PC2yoQO0NV47AhSVCANfFJTQV/28FVKh6vqkHgukq605Z1kMKDv"
    "0WJsVDmRTzWaN8RcIGxuj048MvWbQIl/lKhMuMDoFgwwFv2L4WfoBlgytM4qVqGi15pZsy"
    "Bdf84PsYyeGj74+jBiknA6tQVdRVI5UR3vL53Zg1xfez02ipMHiKFVC8/E5z+A9br4AmBu"
    "fLCGlpmUFUyHjnbQ/AigdC/eKAuetaDoCGapla4PTomIuA4XeawEHCaOjQKAMHon3CDcOj"
    "zCWtxF0JDxBJoqoVZOXZOSWs6LAGzWvIm56ftVhcDHCzfG83cjOV1ZssDh4Oak0h0hcVzl"
    "b5u1J2OLqGYq8sBGZ+gNaatBbT/9AhWugsQxwHhXkxTR3KRo6YFhGlMJ8iqrJAD/f3w4J+"
    "Nxg8JEC/66VR/fZ410VbEBkB1Ehzc2wuQnbI3/Tra+YU0XBFMUwiGq4C0XBC9GUHvtxSfQ"
    "h6Zd6gSLvBneYmAVdet9km0ebDIKTGakmNaPk4VPeCfMkxRlIL9jkpPbaurhiER9QqV3Yk"
    "9zLGDR6Eg+Y1RPecybf3fINv73nWtxc90aUe5fmSeYxE2DY4hXAOpXfxh9n//n9P7JEX"
)
