from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "catalog_revision" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "revision" INT NOT NULL,
    "source_digest" VARCHAR(64) NOT NULL,
    "loaded_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "catalog_revision" IS 'One row: bumped by every load that changes the catalogue, so every process refreshes its cache.';
CREATE TABLE IF NOT EXISTS "catalog_department" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(8) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL,
    "name_en" VARCHAR(128) NOT NULL
);
CREATE TABLE IF NOT EXISTS "catalog_hall" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(8) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL,
    "name_en" VARCHAR(128) NOT NULL,
    "address" VARCHAR(255) NOT NULL,
    "hours" VARCHAR(128) NOT NULL,
    "weekend_hours" VARCHAR(128),
    "phone" VARCHAR(32) NOT NULL
);
CREATE TABLE IF NOT EXISTS "catalog_bundle" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(16) NOT NULL UNIQUE,
    "name" VARCHAR(128) NOT NULL,
    "name_en" VARCHAR(255) NOT NULL,
    "subject" VARCHAR(16) NOT NULL,
    "summary" TEXT NOT NULL,
    "window" VARCHAR(64) NOT NULL,
    "keywords" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "hall_id" INT NOT NULL REFERENCES "catalog_hall" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "catalog_bundle"."subject" IS 'NATURAL_PERSON: natural_person\nLEGAL_PERSON: legal_person';
CREATE TABLE IF NOT EXISTS "catalog_life_node" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(16) NOT NULL UNIQUE,
    "kind" VARCHAR(8) NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "name_en" VARCHAR(128) NOT NULL,
    "position" SMALLINT NOT NULL,
    "parent_id" INT REFERENCES "catalog_life_node" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "catalog_life_node"."kind" IS 'SUBJECT: subject\nSTAGE: stage\nTHEME: theme\nEVENT: event';
COMMENT ON TABLE "catalog_life_node" IS 'A node of the life-cycle tree: subject → stage → theme → event.';
CREATE TABLE IF NOT EXISTS "catalog_material_type" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(64) NOT NULL UNIQUE,
    "name" VARCHAR(128) NOT NULL,
    "name_en" VARCHAR(255) NOT NULL,
    "supplied_by" VARCHAR(16) NOT NULL
);
COMMENT ON COLUMN "catalog_material_type"."supplied_by" IS 'NONE: none\nE_LICENCE: e_licence\nSHARED_DATA: shared_data';
CREATE TABLE IF NOT EXISTS "catalog_service_item" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(16) NOT NULL UNIQUE,
    "name" VARCHAR(128) NOT NULL,
    "name_en" VARCHAR(255) NOT NULL,
    "kind" VARCHAR(32) NOT NULL,
    "subject" VARCHAR(16) NOT NULL,
    "summary" TEXT NOT NULL,
    "eligibility" TEXT NOT NULL,
    "conditions" JSONB NOT NULL,
    "legal_basis" JSONB NOT NULL,
    "statutory_days" INT NOT NULL,
    "promised_days" INT NOT NULL,
    "fee_free" BOOL NOT NULL,
    "fee_amount" DECIMAL(10,2),
    "fee_description" TEXT,
    "channels" JSONB NOT NULL,
    "visits" INT NOT NULL,
    "window" VARCHAR(64) NOT NULL,
    "cross_region" JSONB NOT NULL,
    "weekend_service" BOOL NOT NULL,
    "delegable" BOOL NOT NULL,
    "keywords" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "department_id" INT NOT NULL REFERENCES "catalog_department" ("id") ON DELETE RESTRICT,
    "hall_id" INT NOT NULL REFERENCES "catalog_hall" ("id") ON DELETE RESTRICT,
    "output_id" INT REFERENCES "catalog_material_type" ("id") ON DELETE SET NULL
);
COMMENT ON COLUMN "catalog_service_item"."kind" IS 'ADMINISTRATIVE_LICENSING: administrative_licensing\nADMINISTRATIVE_CONFIRMATION: administrative_confirmation\nADMINISTRATIVE_REGISTRATION: administrative_registration\nPUBLIC_SERVICE: public_service\nOTHER: other';
COMMENT ON COLUMN "catalog_service_item"."subject" IS 'NATURAL_PERSON: natural_person\nLEGAL_PERSON: legal_person';
CREATE TABLE IF NOT EXISTS "catalog_bundle_item" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "position" SMALLINT NOT NULL,
    "bundle_id" INT NOT NULL REFERENCES "catalog_bundle" ("id") ON DELETE CASCADE,
    "item_id" INT NOT NULL REFERENCES "catalog_service_item" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_catalog_bun_bundle__29e747" UNIQUE ("bundle_id", "item_id")
);
CREATE TABLE IF NOT EXISTS "catalog_item_material" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "position" SMALLINT NOT NULL,
    "form" VARCHAR(24) NOT NULL,
    "copies" SMALLINT NOT NULL,
    "required" BOOL NOT NULL,
    "deferrable" BOOL NOT NULL,
    "note" VARCHAR(255),
    "item_id" INT NOT NULL REFERENCES "catalog_service_item" ("id") ON DELETE CASCADE,
    "material_id" INT NOT NULL REFERENCES "catalog_material_type" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_catalog_ite_item_id_17d0a3" UNIQUE ("item_id", "material_id")
);
COMMENT ON COLUMN "catalog_item_material"."form" IS 'ORIGINAL: original\nCOPY: copy\nORIGINAL_AND_COPY: original_and_copy\nELECTRONIC: electronic';
CREATE TABLE IF NOT EXISTS "catalog_item_step" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "position" SMALLINT NOT NULL,
    "title" VARCHAR(64) NOT NULL,
    "description" TEXT NOT NULL,
    "place" VARCHAR(16) NOT NULL,
    "item_id" INT NOT NULL REFERENCES "catalog_service_item" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_catalog_ite_item_id_550515" UNIQUE ("item_id", "position")
);
COMMENT ON COLUMN "catalog_item_step"."place" IS 'ONLINE: online\nWINDOW: window\nEITHER: either\nONSITE: onsite';
CREATE TABLE IF NOT EXISTS "catalog_life_node_entry" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "position" SMALLINT NOT NULL,
    "bundle_id" INT REFERENCES "catalog_bundle" ("id") ON DELETE CASCADE,
    "item_id" INT REFERENCES "catalog_service_item" ("id") ON DELETE CASCADE,
    "node_id" INT NOT NULL REFERENCES "catalog_life_node" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "catalog_life_node_entry" IS 'An item or a bundle listed under a life-cycle event.';
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztXe1v2zYT/1cEfeoDZEHiZmkXDAMcW03dOXZgO+2ezYNAS7TNJxKlUlJSY+v//pB6sd"
    "5tyZUcWeCnxCRPon48Hu+Ox+M/om6oULPObx2salC8Ef4RMdDZP4maM0EEphmWswIbLFwa"
    "UQE20IyVvAjbLiybAMWmtUugWZAWqdBSCDJtZGBaih1NY4WGQhsivAqLHIy+OlC2jRW015"
    "DQir/+psUIq/AbtIKf5pO8RFBTY11GKnu3Wy7bG9MtG2D7g9uQvW0hK4bm6DhsbG7stYG3"
    "rRG2WekKYkiADdnjbeKw7rPe+d8bfJHX07CJ18UIjQqXwNHsyOcu5LBMlOXReCZPpZksiy"
    "UAUgzMwKVdtdyvX7Eu/NS5vHp39f7t9dV72sTt5rbk3Xfv1SEwHqELz2gmfnfr6Rh6LVyM"
    "Q1AVOt5pWHtrQLJxDdonkKVdTiIb4NhcaHXwTdYgXtlr+vPyegeOn7uT3sfu5M3l9X/YCw"
    "3K/N7cGPk1HbeKQR1C6/4tAW3Qvhpog4IQ23CqHh/czvsi6Hbe58PL6tL4yhCXhdgnaSHK"
    "nZ9/LoAybZWLslsXR9lyFv+Dip2NsoQd3UV6QLsFsAJTiEfIm4y4OOrOHifdofwgTabjEX"
    "0EsB0CNNmExDLwHA+lu0itBlfbOrERwsZydB2QTXqYZvBbzhIZIWny0BSeDDsgnUl/zNiT"
    "dcv6qkWhfHPf/cNFWd/4NcPx6C5oHoG+NxzfJiB/od9pvJQRPyFFKwCP8/T1VQGevr7K5W"
    "lWFQf4CW5eDKJaaYg/0VmYDXGUJgGyihRb+FfQkJXSAqsCW/x16WCF4SgsHKTZCFvn7H2/"
    "icfneYbRbp5PsjeDzLDsFXGf4j4gyfOOqTLIZJCxIPRpjY10mD0wccrk0Pik58E/pzgbCA"
    "TqGGsbX43dJY4G99J01r1/iI1PvzuTWE0nJo+C0jfJ1WD7EOHLYPZRYD+FP8cjKTmM23az"
    "P0XWJ+DYhoyNFxmoUYyC4rD34aivgabJpcyvCMV+G+wUBrcCM4wZtsunTCuMwZVG94NBIF"
    "rh3+EmpWMlQPWt+Y/+Y04M3O8B9wSl4tYQJOBl6wmIMhX9dvrF0Ha/fkL5ezLoUYwZxAug"
    "PL0Aoso5WENMewMzFpVbn/DD7xOoAfcjcpH2/CYDG+otwjs25zW0ZKZSBVgN6ZNG9F+JPm"
    "xTAC5/6BuPFmM2o2NEmCzGfukqvaMnSwAGK/eT2LvZm9L8leu1C7ivqOdORgFBpe67v8TQ"
    "Mei+4W/u0HtFhx5d+lEwH+PQTnUqP3PxjdK1acl+23l3vcWY/dgF7/S+OxwGGIeYBvOnDL"
    "/GaNoE6A9ybmT6U2FRDtMIBUd0v1YZyuUf1CvDXaITA7ioZhmbrDHdsted9rp9SUxxbgWw"
    "TiF5RkrbtMgktpFJW1prr1PF6nnK0QQ+I8v79JSelWxSSNki0db7NC1xjKFAjJcbYeHoJl"
    "SFxUaAz5BsBM0AqmCvgS0oa4BX0KI/oOC/hKFsGX5LkxgKtCyBwCU1+de0JbIt2lJZw/Ok"
    "c/oY7+NbvM3SCKMMWRDaKMnxVtqLRgMc2WsxHKJAWUV0luRsjOXsuCQJj7cNINblga57E4"
    "DJpYMczjFC7m9uur85pce+jlbQhyYgtg5ddSalEERqC+kCarw9D5tqy5rKw6Z8gV8kric/"
    "qiczpqcMri2Omap+KeUBU3WFpZVYvOJehB/cWmmnB6HWnRV3jzRjaQ/2Tvcv6sFmLV/O+X"
    "LOl3O+nPPlvCEQ1xJlTq1WathmrNP5KEdIWohyLVHma8MhpTDeErQQ4Vr4+AXCJ4hVuTTS"
    "KcKDEG9YUM8RADcpSKUWvy1BC1n6bacAwG87ufiyqgPNLG9vt5J4vxMchkKxftwSzUOpTk"
    "uUYXVPMSIIZFqksfqzIpapu9WuR0kqjvQLAh+27+CxfjzWrwHzt8JYv6VBMmJ7ih12DGib"
    "vICL48ngbjDqDm8Eg6AVwkCb49744b83gmKYmzkO6uXuqC97FUFDGVA90GslDaXebDIeDX"
    "o3AtSgYhMDI0U8xJ4oYhh38g3jTsowpj3MDFrfPSlCquNNicvmzwcCvzqIwAzxfWsYGgQ4"
    "L4IkJEvguaB0dQEaSPfjHrW7HY+Hsa3120Hy/Ojj/a1ETQiXi2kj5MXApeGm3YaEuBCUAz"
    "xOeETItyUnizk27HJeSr99+wzhWnw7PM676gC0QP0uh2qCiiO7P4KeB3pXEOidGUIftVJ/"
    "EN3ARp6x4vbCm5i+jYqlZ5w9taEp5rgx3Lqzwi4MK2hek/tia/9y9wV3XzRABFRortnIzj"
    "Id8pXZLUGTnRaN2XOPdisFcn6qpQRZK6DeFW9eR7olUwNKDmfv98xtiZsMvTge0Rkt3QgG"
    "1hCGc/xlMOqPv9wIXt6oOZYGs4/S5EaAiK1pczweTQczt72FPJP09RORcWuP2yTNUZr32i"
    "Svoy8HKVHEDH15W1dIX3bTtOCg+d7jpl2BtRWMpXu6kxH/pGzorKbgQXgj+NkahbnTufyl"
    "I1AeWsHgByXQtz/gM8R2+nRp9Y/nkbLN0tl5pGxtK+cT/axD9ZuAttHqzfTx9pPUm23lwB"
    "xPZ907qr+4gmCOqXJzT3+5koAqO5+lEW3rioJDVBseylwX6/NQ5hONSOT+lsr9LSYgVD6V"
    "M3hiNAcB2rRNxHotHg+vCmyeqGp9WggXtXdirFXW4oloeWukqSRLIB+S+LE9cMem/qskx2"
    "yaKH2VyNk4aDts6C2qJQxpN+nppqA5jQXmYRAMIgDBCzR384tDVaA/ICuNGMF5RvOBD+Gm"
    "cbNMY65etSXzZsNWo9NPvNlyQN1loxSgEYo2Tfm6LACc6XWsU/9vGsBFDYAIYzU0j2nDZE"
    "Et0W3Hz7x7oqgWSLz7Ojt0saDCDAsjGXS438DYxu/ZAQnPH3NKy9Mu1Z/vitW6NcD3Xfgt"
    "mkdDuaZbNE1TQ1CVFxlXNBa9STP2iCOmDsZ+Xooye72jMQtkY5RzLMnDQU8a9WgBlDWqKd"
    "LPm+MpxUrqy/3urHsjWBQC+mlMwB6y11vNZvxB6SUc60ddwMlz/ic2ewr5yk1iqI6Sw//1"
    "5Zk4Ea24Vmd5FLEMRTYB6H491vIIarpNiquxXI19fTWWXwbP1dgTR7kWNbb1IYrd/v1gNJ"
    "jOJt3Z4LOvt04Ho7sbAag6wojhbaNnX4216HDMcYKmNx59GEzu6Q92U3yCjA7ZEhHdVXJS"
    "lBPpzv+RQUngyv/BKB8eb2nf6GdMPg+YXm06C9qjYG2e47F3UMRwl9UDuKeafG1xC8iN+T"
    "zc+tmSN5qBRt3Z46Q7lB+kyZSNIga2Q4Amm5BYbOCG0l2kVoOrbd3r2T3xYdJ1QDKU9PzD"
    "bRGSJg9NWS39aAfboIZWaIE0ZJeCPUHGoT8Aevp61Y29yDDhP9EZmqf2RqmSVwshxRb+dQ"
    "N4anPI/Lp0sMI6ICwcpNkIW+fsfb+VdNJUMSwMpd3DkhyBs/h1QewByWHxxOICWKjUuCTI"
    "+MBUPjB0cbYd2yAbWQWbjLHJtcDThDzsISOQxCSGjizXEVoK3hQdRzcD3SWE8pLAspnVom"
    "Q8lV3xtGoMN6AbTlbofh8qSAdaPuAhYVKMe5Tn/hNO1gmcBX5f6g3uu8M3lxdnnQS8gfC+"
    "ukhq7AytA9NSZJC2Iafd0bXINcDYd5cX1iEjNFxRqVxRYdfX2mVW0JCgNdlfK1s3vfQjZV"
    "yrIUUrzNK6Y1wUYliW6+HLkt87hEiCjguSygVJcPuJ71ktqTpmUPPMvKWyITOb/pBkyBE6"
    "rrMXB/wJbl4MopZSZaI0XAJVLoEck11SfsgN6HFKfgV6069Aj0u+4ObwcgeLUnTcE5Qh5t"
    "gVruVwjVBwRDMQNRzbdEryaoyGnyvcewounNtpkEufLOrHHnZi3Fv0eFFKGuZkzU7Khgrw"
    "De6TbimyEXlYAFNvpleAaslc7w2TD0XBjQnGGLy0B8LocTgslsbFP11XSaIS7yRiy9KFxp"
    "g0OKDHw/n3QsUS9FcAU3AtQBshcvPJvEqKoBMRerUeeujS6aesxYzzDn7N2a6jDiBsww83"
    "nJLyfCbkH254hsTK9K/nb2NESFq4j1FLhDibVCUQ9pu3EN3Li4sisbkXF/nBuRepvX76Rj"
    "vT/NsZrBiQHN85+zqb/JW5YUscCK1+Mfv+f9EhaHM="
)
