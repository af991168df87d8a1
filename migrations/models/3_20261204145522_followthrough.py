from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "review_extra_correction" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "round" SMALLINT NOT NULL,
    "reason" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "materials" JSONB NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "decision_note" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "decided_at" TIMESTAMPTZ,
    "application_id" INT NOT NULL REFERENCES "applications_application" ("id") ON DELETE CASCADE,
    "decided_by_id" INT REFERENCES "identity_user" ("id") ON DELETE SET NULL,
    "requested_by_id" INT REFERENCES "identity_user" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_review_extr_status_a55688" ON "review_extra_correction" ("status", "created_at");
COMMENT ON COLUMN "review_extra_correction"."status" IS 'PENDING: pending\nSENT: sent\nREFUSED: refused';
COMMENT ON TABLE "review_extra_correction" IS 'A correction list after the first one-time notice (一次性告知): asked by a clerk with the reason,';
        CREATE TABLE IF NOT EXISTS "reminders_id_card" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "valid_until" DATE NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "user_id" INT NOT NULL UNIQUE REFERENCES "identity_user" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_reminders_i_valid_u_0cdcd4" ON "reminders_id_card" ("valid_until");
COMMENT ON TABLE "reminders_id_card" IS 'The validity of a citizen''s resident ID card (居民身份证有效期), as the citizen entered it from the';
        CREATE TABLE IF NOT EXISTS "reminders_sent" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "key" VARCHAR(96) NOT NULL UNIQUE,
    "kind" VARCHAR(32) NOT NULL,
    "sent_on" DATE NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "user_id" INT NOT NULL REFERENCES "identity_user" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_reminders_s_sent_on_f520b0" ON "reminders_sent" ("sent_on");
COMMENT ON TABLE "reminders_sent" IS 'A reminder that went out (its outbox row was written in the same transaction): a run that finds';
        CREATE TABLE IF NOT EXISTS "commitments_commitment" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "item_code" VARCHAR(16) NOT NULL,
    "item_name" VARCHAR(128) NOT NULL,
    "version" SMALLINT NOT NULL,
    "text" TEXT NOT NULL,
    "replaces" JSONB NOT NULL,
    "verify_within" SMALLINT NOT NULL,
    "signed_at" TIMESTAMPTZ NOT NULL,
    "verify_by" DATE,
    "outcome" VARCHAR(12) NOT NULL,
    "checked_at" TIMESTAMPTZ,
    "findings" TEXT NOT NULL,
    "escalated_on" DATE,
    "applicant_id" INT NOT NULL REFERENCES "identity_user" ("id") ON DELETE RESTRICT,
    "application_id" INT NOT NULL REFERENCES "applications_application" ("id") ON DELETE CASCADE,
    "checked_by_id" INT REFERENCES "identity_user" ("id") ON DELETE SET NULL,
    "department_id" INT NOT NULL REFERENCES "catalog_department" ("id") ON DELETE RESTRICT,
    "signed_by_id" INT NOT NULL REFERENCES "identity_user" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_commitments_applica_4f304c" UNIQUE ("application_id", "item_code")
);
CREATE INDEX IF NOT EXISTS "idx_commitments_departm_efa902" ON "commitments_commitment" ("department_id", "outcome", "verify_by");
COMMENT ON COLUMN "commitments_commitment"."outcome" IS 'PENDING: pending\nVERIFIED: verified\nFALSE: false';
COMMENT ON TABLE "commitments_commitment" IS 'One item''s commitment on one application: the text as signed (its version), who signed it and';
        ALTER TABLE "catalog_bundle" ADD "next_codes" JSONB NOT NULL DEFAULT '[]';
        ALTER TABLE "catalog_item_material" ADD "defer_within" SMALLINT;
        ALTER TABLE "catalog_item_material" ADD "defer_waits" VARCHAR(12);
        ALTER TABLE "catalog_material_type" ADD "printed_fields" JSONB NOT NULL DEFAULT '[]';
        ALTER TABLE "catalog_service_item" ADD "commitment" JSONB;
        ALTER TABLE "applications_application" ADD "delivery_address" TEXT;
        ALTER TABLE "applications_application" ADD "delivery" VARCHAR(8);
        ALTER TABLE "applications_material" ADD "defer_within" SMALLINT;
        ALTER TABLE "applications_material" ADD "late_since" DATE;
        ALTER TABLE "applications_material" ADD "reminded_on" DATE;
        ALTER TABLE "applications_material" ADD "waits" JSONB NOT NULL DEFAULT '{}';
        COMMENT ON COLUMN "applications_material"."status" IS 'PROVIDED: provided\nCOMMITTED: committed\nMISSING: missing\nWAIVED: waived\nPRODUCED: produced\nACCEPTED: accepted\nNEEDS_CORRECTION: needs_correction\nDEFERRED: deferred';
        COMMENT ON COLUMN catalog_item_material."defer_waits" IS 'APPROVAL: approval\nLICENCE: licence';
COMMENT ON COLUMN applications_application."delivery" IS 'WINDOW: window\nLOCKER: locker\nMAIL: mail';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "catalog_bundle" DROP COLUMN "next_codes";
        ALTER TABLE "catalog_item_material" DROP COLUMN "defer_within";
        ALTER TABLE "catalog_item_material" DROP COLUMN "defer_waits";
        ALTER TABLE "catalog_material_type" DROP COLUMN "printed_fields";
        ALTER TABLE "catalog_service_item" DROP COLUMN "commitment";
        ALTER TABLE "applications_application" DROP COLUMN "delivery_address";
        ALTER TABLE "applications_application" DROP COLUMN "delivery";
        ALTER TABLE "applications_material" DROP COLUMN "defer_within";
        ALTER TABLE "applications_material" DROP COLUMN "late_since";
        ALTER TABLE "applications_material" DROP COLUMN "reminded_on";
        ALTER TABLE "applications_material" DROP COLUMN "waits";
        COMMENT ON COLUMN "applications_material"."status" IS 'PROVIDED: provided\nMISSING: missing\nWAIVED: waived\nPRODUCED: produced\nACCEPTED: accepted\nNEEDS_CORRECTION: needs_correction\nDEFERRED: deferred';
        DROP TABLE IF EXISTS "reminders_id_card";
        DROP TABLE IF EXISTS "reminders_sent";
        DROP TABLE IF EXISTS "commitments_commitment";
        DROP TABLE IF EXISTS "review_extra_correction";"""


MODELS_STATE = (
    "eJztfetz2kjW97/SxZdJqpysjW+JZ9+twpjJsGODC0jy7A5bipDaRmshaXUxwzzP/u9vn5"
    "YEurSgBRIIuT9Mxkh9WtKvb+d+/rcxM1WsOx9vPUPVceMG/W/DkGfwR+LOCWrIlrW6Dhdc"
    "eUJpGorsyrr5LE1WbSeOa8uKS+4+ybqDySUVO4qtWa5mGuSq4ek6XDQV0lAznleXPEP7j4"
    "cl13zG7hTb5Mbv/yKXNUPFf2An/Gm9SE8a1tXYK2sqPJtel9yFRa91DfcX2hCeNpEUU/dm"
    "xqqxtXCnprFsrRkuXH3GBrZlF0P3ru3B68PbBd8bfpH/pqsm/itGaFT8JHu6G/ncibS61p"
    "CkXn8kDTsjSWrkAEgxDQCXvKpDv/4ZXuFD8+zi+uLT+dXFJ9KEvubyyvV//UevgPEJKTy9"
    "UeO/9D4ZQ78FxXgFqkLGOw1reyrbbFzD9glkySsnkQ1xrC60M/kPScfGszslP8+u1uD4rT"
    "Vo/9oavDu7eg8PNMnk99dGL7jTpLcA6hW09P85oA3bFwNteGGF7Wqp7h/c5icedJufsuGF"
    "e2l8JWzkhTggqSHKzctLDpRJq0yU6b04yo43+TdWXDbKHcObUaS75LVkQ8EpxCPkVUa80W"
    "uNvg5a99JjZzDs90gXsuvZsi5Z2HZMY2zcd75E7ur4eXmvUYnNxvFmM9lepIdphP/IOCIj"
    "JFUeGu7FsAbSUed/RtDzzHH+o0ehfPfQ+h+K8mwR3Lnv976EzSPQt+/7twnI5+Q7zXme7W"
    "dFUQvA43P66oJjTl9dZM5puBUH+AUv5qatOmmI/05WIRviKE0CZFVTXPR/SNecFBdYFNiN"
    "vz55hgI4oomn6a5mOB/heX9r7H/OA0br53xyegNkpuM+27QX2kFyzhtkN5GAB8w1KHEqMS"
    "yFD4tnqQCZJDPO6Ttyx9VmmD00ccrk0ASkH8M/jnGTsrGs9g190fCli3WnRPehMxy1Hh5j"
    "43PXGnXgTjN2TIRX3yUP6WUn6Ht39CuCn+if/V4nOYzLdqN/NuCdZM81JcOcS7IaxSi8vH"
    "r71ahPZV2XcknFEYrNovExDG4B0jHoG55emMIxwJVG9xfTxtqz8RtepFjfBKiBkuXXoJsj"
    "A/e/4ewJrzaW8rktz5cKmuikIt9Ovhi79OsHZH4Pum2CMUA8kZWXuWyrUgbW2CBvwzpWbg"
    "PCX34bYF2mH5GJtK/O6rp4ViO8Y2te155Agi0Aq3vSU4/82SGdLTjgCoa+8mjBZDObZmSS"
    "xaZf+tasOUtekQ35mX4SPBuelJ5fmcrUcPbxKlQlLSQoVKv6e2Olr6VP+JfQsx5Qz0qOfi"
    "1cj3FohzOyf2biG6Wr05F93ry+WmIMP9bBO3xo3d+HGK8wDddPnvkao6kToDvO3MjyJ5tF"
    "PkwjFALRzVzlal/eka9cGe+ODGBezjK2WGO8Zbs1bLfuOo3UzC0A1iG2XzWlblxkEtvIos"
    "3NtZfJYrV95miAXzXH//QUn5VswsVs2dHWmzitRt/AyDbnN2jizSysoskC4VdsL5Buyipy"
    "p7KLlKlsPGOH/MAoeAig7JhBS8s2Few4yMZPROSfkpaa65CWyhR/TNoM9vE8YXmvFkcYnZ"
    "Cc0EZJ9nfSnlYa4IgJzPRsBUuqRlZJhr0ywxCWJNyfdaZRlga6bNsM7EtbKZxjhELfXHV9"
    "c4qPPQxXcIct2XZnmLIzKYYgcpeLF1Dj7YU3W13OVOHNFmz4PO5W2c5WTFerPLjW2JWt+K"
    "NU+LGV5S2Y4/CKaxF2NK3UU4MQZ7Zd+elpN5S+Ophnrh6L3SmKjis7LzvOoRHpoq6TR3Mc"
    "D9vSC17sCFKXdvQbrpP9Mm7tVbCh7G7ppb3UdTYp5szSfZKdYGqH/dR0MpHPIX3sCNKAdl"
    "JXhLDiak+aQjGQFNnZdeUNoh22SX81BY50LftY7AhYZ9lRjXermUZ1D7tvV0FHdYKqTCXS"
    "L6btR6s0GDqk1c0THhXSE2keaHVOeAxKLUQbI/OJGnAcItphFUEvCBygSSvZXqB3P36Abu"
    "MvwVP+4n/Yx4U803/8eJ82GxXWq1BkCUVWVaDdg7pF6LKELuvIdFkx9QIAxIR4c0BmSFtl"
    "rGm8Htl18B/u2IC/W4NOy/9NDjh5bIA17AaBlXBsPP7a75EfFvka8qt7J/W+Ptx2BjdIUy"
    "WCxgTbY6M96Nx1R1K7f0daKuSM1Px4pLERNg5bPpDO/nGDZqSzBaH7td9tA8nUJDI0ufv1"
    "ftSVwqsz8i2aFN5r3d0NOsPhDZJV1caOMzZu+/37Tqt3gyamqWPZGBudh1b3/gbhmazpyc"
    "OcazYVHjdqe3q+WK4lQTXCuOCxtQnjsmz8pLFCTrJ3zwjJViu6YtLmHjbPacBu8iIctq8f"
    "vKXkCwC4cnIAERIBMhfIVIGuShNGvH82zDGi+gFdPDMrYjaKidmoiA8RDcNkaH7C8MzNSp"
    "8wHlR4DAlFS90ULcJj6HgOJqFl2YegEMjxeVCOkNQQ5XLkBdOzc2G8JKghwqXM4znGL9hQ"
    "pdxIpwjrJzSUAjhVReZS4oQENZzS500OgM+bmfjCrS09Of3w0UJSihzhMPB54gln1wyUyp"
    "REAasHgpGtyUyJNHb/hEcypdG8syhJwclEwtjq5TNEOhGRTqQC67fAdCLgNrOtVTWkrfIB"
    "3ugPul+6vdb9DTJt7VkzZH1stPuP/7hBimktxkZ4X2r17iT/RthQkgkf6Lfq3Hfao0G/12"
    "3fIKxjxbVNQ1O2sWY2eQTjZrZg3EwJxuQNmXmx1i+KFdX+lsRZ9deDjf/jaTZmbN+3vj07"
    "w0AcIUvgCXbwsgANd/f9moHBxB8zA992k5mDqYPBuzM6i0kjzU+zkYabvDa2bQpBPsDjhH"
    "uEfHnluDGX5po71XIfpUnarfaOqgnHxe0eATyyxvJz5jtUE11UWPvQaD0+Dvrf4GglvLpt"
    "vsLRet9td3rgJ6Sv4m/y6ye41BNrtBMp3bHp5lPMB+0rjH6V1Jkie1rRaV1CiTMfqgkqge"
    "zmvHQifVoB6dOYiemiipkd0Q3VQqPAjbem8CaWb6Uy1MHMHrrYamRo7ui9E26tnRM2L0lj"
    "t1T5CI2d0NhVYAsoUMZwNZclLWczs0uCKuvpKuNmEn2tFMjZdaUSZLWAeg20pdSWsnRZ2T"
    "rEZ0lcZegb/R5Z0UQ6Ng1dg8id793eXf/7DfKLZI2NTnf0K0TmYA3OtLHR7w27I9re0dzt"
    "hOnCo2eEtCdkkuowzRtlksPwy2GhkQaDX17e4+KXafETI2zOEXMPbcPgeCD+oCzIqibgYX"
    "yDgtKUaOw1zz43EZlDzzj8QQhmyx/4FRsuK/i+6O6Fc3i1eHbhHF7ayflCPmtb/iakrTR7"
    "M/x6+/dOe7TcB8bGcNT6QvgXuhGMDcLcPJBfdCcgzM63To+0pVvBNqyN8N4va+oL7/0jdc"
    "IV+pbC9S2WbJP9KZ/AE6OpkY28LInHx6sAmSfKWh8XwrzyTmxq5ZV4IlzeVNNVm7Uhb1NO"
    "sT5wx5b+QUpOVm0rPYizeBy0NTL0EtUcgjQtJbrgFKcNBBoGZNpIRn5sBU33glVEfmC4Gh"
    "GCs4TmLTsRonG1RGPBXtWlnmXFTqPjL2dZc0DpsZEL0AhFnZZ8WRKAwdQ6lsn/Vw1gXgEg"
    "MrEqWh20YntBKd5t+69ne6SocpSzPYyFLuZUyJAwkk6HmwWMpf+eG5KIlEnHdDytY/2FVU"
    "zkpj5So4AwvewjBsbxLEvX1uSn3GziTXSxx4K8RpCKJY+tt0czUBs0AXVHWsZ9YSmI/Bob"
    "Q4JV5066a41aN0GZBgk22G1svcUb4y3ydAJjuNunxiw7G3SashppoeF5R50WequEN97OBY"
    "uSmUeObHPjMmVYtql6Ssb2VF7mmyMRWkq1ZUQRY8gZCUA3ixmOTyCFsr2QMoSUUTcpo/jj"
    "XkgZQso4fimj9h6krbuHbq87HA1ao+63QKwYdntfoMLMTDM0wNvVXgMpwyHDAUVoYjRtwr"
    "d3Bw/kR7+XIiND9qTZM8rkpCgHnS/BDwaljZ+DH0D5+PWWvBv5jME3WhbH8ibkjcKzeWz0"
    "/Tgekx6rW8yeYjJIxgVU6pK7vXC6JK/0BOq1Rl8HrXvpsTMYwigasuvZsi5Z2HZg4O47Xy"
    "J3dfy8vFcNsdTxZjPZZjDp2bGHEZIqD00RomYpcYdY1561iaZrbi7YE2QC+i2gJ49XtYwS"
    "utkKmDiVUL4UonyJlWCn2+JEdrRc45IgEwNT+MCQw9n1XNNeSKq8YIxNpgSeJhReKQw/H8"
    "s2Z5pD9dS54E3RCXQZ6D5hLD3ZOG+uxyiZSK7Jn+gRcJNnpseKrLjDijaT9WzAV4TJbdyn"
    "/Bj0cLRKYBb4d51296F1/+7s9KSZgDfcvC9Okxw7oLVl1hAGaR1SDu6di5zKhhGoy7l5yA"
    "iNYFQKZ1ReNYeZBDXzBF0R1CYfdWHnpp8dJo9qdUVRC7G0bBckxTYdh2r4WPv3mk0kQSc2"
    "ksI3krAeU6BZzck6MqhFrvBcucJBpt8mPXuETvDs/IC/4MXctPP5I0VpxA5U+A4EZU628B"
    "JLkImBKXxgFHM209wZM3PAOuVxlGqnYTkesasU/D1LBWwkmaVfIHdcbYbZYxCnTI5BQPox"
    "/OMYGVYby2rf0BeNpS9epkTcfegMR62Hx9j43LVGHbjTjInE4dV3SYvishP0vTv6FcFP9M"
    "9+r5McxmW70T8hnqkhe64pGeZcktUoRuHlBsOTUMWWbNP1ky8gMkUnVKSM8x+qrefDNUIh"
    "EGUganqu5eWcqzEaEQ+9MXp3tbbTIOeOiLyLdXZks5c3LDK1G2Zk+0/uDQXg+2vQTU2Rje"
    "yHHJj6K70AVHPWqKjY/sALbmxjjMFL3gD1vt7f86WfCqKCC0mw5EdQ1yzNcWyShoHFIs5l"
    "I1RQWKQAmMJyJnWEiObBOkhqsyPZ9EqNBmopCnace/O5wYgFWt08WRcJpKlk+DR3Icm0va"
    "QHBBuzmX2fmggkUzSfmg5Gvt+rrCMISDkhF7GBZAPuLtC7cYM0QrppvmAVyS6aLWizceN9"
    "OsFZgf0WHJJ0qz2/laikz83m+fl18/T86tPlxfX15afTJZefvrWO3b+FisgJBfbm2CUy8U"
    "xbsk2WrSDbUBmnqqGxsngP8fmUpXBbYwueMtVsdQC3eEuw5dkW2cLy4Bsh2WPIfllK/D2E"
    "iuXXF+9TT7zXnfs41cQBRBEtMYUxPsh0Y8+ldYuSCKVbWpOp6FpurXuMRoCaBjWIa8uHap"
    "xIqN03a4gzow9zK9q+OvgYGRdeDVt8am1OREg3zf3BWrHdgBfV6NGSobZM77QFoNqytPay"
    "r3pCGzthcquES1W1LMFnqVqiI8OjarE0aTUteOqwuVPNVj+AmWeBIJL8g2Wbz7Y8Q3PNnS"
    "K/L6TYmD6BdMIqtrZVHyKrS8WyumTzbWtSu6xh3I4/v0sJ6Q0wWQauNJWdaR6YE2Q11JGU"
    "lu0lD8w1zqZTvA7KUUyLZZrJ9mlcUQg305h+pBA3Uxtv6eYYpxRujsekv1I1B0DfZtgTpA"
    "WMezVFg6oPM8ObNT3O4RqdLHIq1pJ0Qrm2UQm0wkwoLDZJ1cnptYOzle8lgB1pJrPSS+bx"
    "+Ig5KNQD+dhuQGRrgxW2nAcjX63wBXo6wiP9IE4xUcgYupoEohzamkB6fl6ScOhrFM3V/s"
    "QGIovMQaaBQ/UKdWxxzFlY9V6z4w4uP5MWr6YC78BS4RTVrdDqVEurI6Q0IaUdx5ZeYykN"
    "tsiXrUY9TilktErLaP4RmlNAixEJG31lHErqiOo6odefh/uTeKuGL7fIG1uwmz0fDmKkP1"
    "pwM630By7D2CZvnmGiD2+d8Il8kdb80t5PDgoI0RMtzz7FOhHD0Luxd4mbmPzb/Ez+vcD4"
    "3P/7PXJNRPqmzYkgNrtBlK9XTxAwCh90baa58ItHKNzX04XsWC3ZUdR5KS9/PiwHNrYcRQ"
    "5C4irbqRu3X3t3950b5AfRjo3uqPNwg6Ac1NhoPT7ed9thBQuoJ6gs1ZUVGRzJxk95Jn+M"
    "qMoDUx1fGEj2zVBNcS6CJfUew1ksbKgAWc6l8Njp3dHqMAE9WQBtKOVyA4ek9koWx6Dzrf"
    "9b5+4GBQL/2LjrtO+7PbikYsIWGVitxuKwMcHLcSX8h6UR4XkrnQarhxpqtOqk3HiVdU2V"
    "PMLEMpJ7rB/vBKkY6EoPtNBQZ2+t9dVQy4Yzx/ZWw54gFTrqKq9uYYl4C6N8KEtExYa08K"
    "yHVO2VM+9hlEYYIjYbInzAhB1iYwK56MTiMEPs275Tsb2gSPPOYUwQXbXnzSbYbuuyxizR"
    "Hm9wwmWOIIKZQYkkZUnFYZZwyIz54FnIncouopSQJQmRI4z2jLp3yO8WyQYtLotkRYFKTU"
    "jWgYleoKlJvpllcyiq67ExNkZTjAw8X7bQHBQIKTQy0fRcsE4E/f1MnuIXJCGPxfYLUqZY"
    "eXFoC/JQhQwg0ozA+w0SRY0NrNEXmJmv2In0BNYPd0oeFj73nY0/TEjX75FpI1VzZho4ul"
    "IK+oXC+lFB68dyaaSx7RiKvbAITNk1s2LUtVAHr2OQyyiXVXX1cGquN0zLP2DzqIb7j53e"
    "DQJKUALf9r/2qBJ4QvYNUAJ3hw/d4ZBqgYNtYzs1MI/y/ixbeX+WUt4LNVE29PVVE5GeTP"
    "11S/1BjFQoEKqsQCCcVb7A6aB97TLLNU9POXZO0ipz66T3kg6NhOeT87s0xqiELoGhoVlu"
    "MnnjJNOEQgG22Wc0mJFCWbPZrzG2djerayLzUahsNoCbXruVyu/UN/CIMDRtcI5jaG2it0"
    "+4dDamgSVgkaTQ345HY2NNIaiP/PcBSBGQonektQ4fCbmvbYwME1my47zgBWhKCE/haOTZ"
    "739GjktmnIog/QxWWUqbgnsXqpBqqULo8ObhB5cEexO+j9gXFFZL7oxQMaJa6JfKzle0vc"
    "OacFQ7ItFVdl08s1jZEYYzciBlp3WO0O1Ptjot90Q4b15fLQ8D+LHuHBg+tO7v0zKV52xX"
    "PNMRup6jWDBCk5u9iuqlyU2J8gcSiOxn2dD+lIPRSEtE0fsnfCJRkoRHIqKGXIhtA+EcbL"
    "Y2tgjAYGSW0cRzNAM7DgS5XSnqJYS3TeT3J8h/JvlUFU2IJOM6iMxW+tMxFU3WaZ5bzaUy"
    "EFNU2sNjwfbdCh4AdmfI6KIv/ApHlm2+kv+9+/HjFdu0B7J+f/x4fwP9Rl5A1xRsKBhM3k"
    "s7tWy45MXNOel+Ts5S7CIydOTLaIzfCRi3aR9RKzpprxkfAqM5tah/RF+N4CVopw59RQTG"
    "fNLVCfmesWGYE1NdIEUO2pBOI9+HnjTbcWmtJt0k8iWgQVaqvkJShqgKZHpuljj5e8Pvby"
    "lDx0kb/xLy5iEDD+Njwy0TxclqKHty5chdkyJXZMhdZyMvIQOxYK7eCnMVC5Zanax5hz1B"
    "KkSnKotO/mCtQpe3cVRK9rHVzrqfMW58b93fk1v33Xan1+7cIJ8JlAJWcWx0e9JjZzCEoG"
    "7NkHymL8kCHypqNcre5bUNM2iF+Z1hfl9uXnnN72lCYX7faH5PiCwptIURPmknZqzjzab4"
    "yNwUpvgNEKfX8S4JoVd5QXbMddyKZxipB/axSRocwTtXSqe91AijMvWYj743Q4OhwgxvnX"
    "BpL61I602Ky2xIhNNE9ZRYfr2zvDW1koT1y6d1weVWC82yefyLtGOt5U3IRigFaymxD2qG"
    "bC8y3FVidAm4JwvX31ePky1iAXwbZKteytgE1dturzX4Bztg55aR3fr2H6NOKxmyQ1ghiY"
    "a8sfB/zi5UG6OrjfX9c7N5fn7dPD2/+nR5cX19+el0ucekb63bbG67X2C/ia2EtPRFXsBw"
    "LNNm+T5kp3uPU4mU77F1UUTKd2A2CEfsWYw1YZo6lg32wMToknsSISxrQJZX9rwn9fv3Me"
    "xvu8kgwa8Ptx1yKtCBII00N2MhqPiVMLI+WDnO3QTZHmNZHIKZjiX/Bcqa92Wn8xOmpBKd"
    "F4UdKRv6+tqRdNlxpS3975K0wpJUZUsSGaiciYUiFMIWsVlZ7jkiqdBm/W1kUlUp9c2AIN"
    "0G8ZCqtVLatujtEy6NGwydL3AGJBv9BX/RyLB9CD3bfEoHOYS78T3y8Cu2F+Bcp1DvPZrF"
    "RjNQ6FV+Eg+Oct6nXQNLeQLT9S3Qc/iPksiUt13h8HZQXSFTY5XNOrMVVXXgnEtxwopN9B"
    "TM6xRTSco6nbR71k5lqAWz0x3UTh1YLGtzoJMYPxGudzoyXzDTdz92n/Ms9knIGRXSbDyM"
    "+5b8H9j8Y5HDJ8g2XZrbzTSCw5KwMx/RAJP/QfVSGX6riD4nyLPvUN/x+dTUMXnWTNMX6X"
    "O57IcJu121zmI6ZLnjceNUtbPYFa/R8ldAHohXFPXz7C9eHas5jreV4ihGKPSFVVEj8egL"
    "RYh75qgfySjzKgtFRHaNx1cUaXgLoyxU/kLlL1T+WYqGIRkj8nm/sf1rI3dPuJQMjk8g8b"
    "rZNloIEpXRJPRAS3O5g96dynnORxSklscQh05r+NH2tOnPRN53NdAVkEsOclxN1xH1jGdo"
    "F0p8jlAsVEux8JLPDfilps6/xYu6lq29gkHPwrM0wBy5+hP0tTCrrOOUysjWH7hQ/3v+kh"
    "6CbOfTONX+nU8PMwCluJkKD7Hs/ae+Gp+AA9hKVIxSClGxaqJiRQx+w5nzQPhRmfJGaT58"
    "dZeTD5850ixCsZEP/w6cMSSgCiYIGj4MkazK5ES3Cf+rmLYKGaYclyxxsLs5foVt9M60YL"
    "KatkPzRLmEgaZJolSkuQznm/IeI7jwanHhIpdxmXk2XMJkp8HNZr3D9oLn3oLnFizfW2H5"
    "qsIMuPLTU9d41dzM5J3JJpxsAVBJWpxss47OIEf0TDM0aEjOYJprMuzihh7nM0wLMsKJDY"
    "9A2LBNXSeH9bIWARSCpI454DULTrQKK21nmU8SHEK1OISq5OOvkM5OZOOvCBtRobNKuCqI"
    "8RUs6JthQYXrgnBdEK4LPFISRZ0hGoWjwSEPhePPX8fgBlLka672J+T2N+1IJv+fnERe/P"
    "c0U7+clFiyixUU1LeQc6ol59DlM5UNVc+lD02Q1U7W+cQTgfgpOwDxk0iyv09Bcs/6/KQs"
    "UaGJW7w2X1Mlw4ONPI0vh1tNjLrCac0rq99fAphbG5WmrNtkL34jIZjtULchTS0UF1VWXN"
    "imzsqWnO2qtiQQKRLXb3Rb+K5RGSE9GGvTIy5pSkuNmNrcliNzvJkRNQe+nyFNrcU6SiYy"
    "UebAW6hHs4/z+qpHVWzJtjvDhptPSZqiE0VQNmpKV5gVoC+9i3V2XDjzKk1TkyymOh2QuT"
    "/otkecFTporBJ2pJnMqtSYq0QH7erefK4P8rE9wYdK0v0P3A9OVdvyuYBSdI3MTUcKDsAd"
    "0bK0Nu2vprPKB0t6tmWDlfU9D1Q+Tl+gp9pOLXKXzq1n7RUzCvblgsvvq67zKkTKxgomYO"
    "24DPnBOsp5tdK2+QWtdwOrq/ZoZ23o661ARiaaY+o7T7S82B3j2ozWut9xqvUjXdV1psXg"
    "Wupo94rbMc6ywGl5xwkWqYNWx7kVS125I1TJzJl1xGvlM78jWIwogzripUyhwLLxvGtdx+"
    "940vLcqdEO+6vppuVZuimrO4L1lXZS1yl1qKKqRw+Wz6jurpCoeyXaGGZPGtvYJBBjIybh"
    "Vyp2P5kMl5stUeu81ldPkYZOwMYBW5CBYUewIpkfaoiRihXN2f2UHMnOS00Rwn+Qe6SNbW"
    "PF3+4BM3XXDb8D3baXvb4Z8GxM3t7Z2eTxNuDTjIn5x466QuiCfw87SgbW9NydcerTPmoO"
    "lOU5U8nxJssn7Kr4Iv0NI93VFTfCLWFD2ZWTuPd7qTlIhXCoAVR15k4npvlCOinCq+TW76"
    "rmQO0Lo6NcfIo5s3SfZCeY2mE/NZ1M5HN2n0sD2kldpxJlqZ9CfYNsOHNs78quD6J9tmWn"
    "ruJ0AjsHMpgL7LbBTiEfurOt8a0AN4PXs3e1NhJeaxB0Vde9jRyTM426Be9+TgYdvQGoJG"
    "WKlZfd3eNyQHaM6zCKWBEbfz3nWK6cJJHsAmbkcLBs/ESYkkCYZiPcN/DIJP9w4DyVDQPr"
    "j7FOazg/NZWcqvaaSckPWVdtBz3VBKecyW/SriaMTDhMfxSOtDhzPJGBTlJihBxJchxsv2"
    "L7g0O6QkviG+RMTdv9oIOHM83f7RCIdExL+TYSsG3diUh7U620N7G5w53eM0pUu5Q3Z02e"
    "nDekVXbukGYq643l2ZbpZKDcMbxZKigvnqZlRV7lPDiNQedLdzjqDG6QjZ81x8X22Gh9Hf"
    "3a6Y267daoc4Ngy4INjBzROLmrcI1O4XldDpj5qWLHXtmpnyzbBB+oNMrL/DlriiOtaOsA"
    "9b6z54A9XbMxzaUX+P2v3MhyJD9Y288esyGEx8PRJkMQKZ+3WhsVSn4QYiJSPr/t8d1z8t"
    "+KDWatcv9WDFveLBZVTf3rx46wkv8uo0qy9RxB+IrkrdpuVG30DRxk6f3JQT4hZN01yWUC"
    "okvkDr+G8GThYgeBkoIWHgGasAG5gFTNd1ONaTwK7HtsvPvx469+H5Kq2X/7y1+dqfz7Tf"
    "Nf/l9/+/Hj/c+0jopDcAueGjwT6qwt7/jPkp/J3EDP2HXIHc1BtjlHMIJZCpffG+bc8NcD"
    "eVjz8qrxL6GDOWQRNr/ua76CyDGifelgIrn3ZEv7GCzRj8GqNvBcWr5Waen4yq6fHCyJHE"
    "OxoqhfUbziM4sGe6EPUg6Uk3RV1oNVBmxH+5MBcuaOHTYXVSkYEvtcU11G3uFMMJftBZuf"
    "BnNK+PcpQyzORHNFIOBMw2na2rNmyLqUN7t+irCG2+pZ85TLoHO6xqBzmjrGRDLTTPTrm8"
    "yUCk759D1REnGubtb4LGXT/ah8qoYur84nOq3yKn3YIeMzApKtyXpxUeMPQY/Hdz6LwPF9"
    "ue7l1ClGE2AwFIuJ/BjZ2sVYYg45QcWlZ3S8yUxzICge1ICygTQXz1BQEAy8An4mf6m2/O"
    "Qiz3A13SdwyeimvakK6I+p5ws+zD9mNBXPLJPI0MpCgjRkSaVfojnZX13P8VsJXeC+dIEw"
    "8SAALbPUUDYrzyCtW52bMy7PrDWOWSmXFAJYhtp1s1NWSFtlkanRHXUebuheMjZuv/bu7j"
    "s3wX6S3IW4fIJ4XIKyPYJSQhRZBrr5LEG98Fy6wARdlUdg26leuJ9bCFpeFUGSro5gl+Hy"
    "GeJm41eaO2cbzKO0NcS9eIX3k2nPJEeZ4pmcxjvbuzBBtv+qVodxtymlfhXwNmnsOVw8Q8"
    "L9TXRWLTEY7EPUEivF7TNg4rdkcFbUexwSKuLkxL9xN2j9MrrxxaOxMfx6+9AdjTp3Nysh"
    "aWw8DjrSoPOt2/l+gywb070Vz8dGr9O5G0rt/mDQaY+6/R4ZO4xVJ5KOamy02u3OI+0QSp"
    "dYtL9uT3oc9L8MOsMhYbAg2syEZeGMjXb/4fG+Q5vThAvYf35rMLr/hxS5CbVn9IUUaTPo"
    "/J28BNyz8b/Jw/1rrbt/SL/0B9Jjt/3b10e4J6sLSIsoWZry4lnwxPv7gJAMnx5QkgkxpJ"
    "d004HfoB4lSH0nnzjX3ClBa25swwVy6dPXqNPT2vSkbJrjqGSQ1sFBvOyDMuq7nZv/ZhLX"
    "D/WCpR2CGpsPzNSaRCj2Zzo4Kwvbgm2eQQribSxwMUrhYF1lB2v/vJWZMdx8XEy8hwrvUo"
    "1ef/DQuiekRBqR9bFx1/mlQ7gScoKrEHNu0zO9/0B4m4dOb0SZi0jkf36hl0vmXSPypl27"
    "wvfxQ4MW0oRxlMPazHLxYtOvW6GVGb0iViesuGTMHOXw8siyK4qdxNjjQa0cKRaDC7edwY"
    "pu3nWi9FXec753e3f97yAQGKpJpKH7fvs3iN/VTeUFoncfWl2yI81kTa+AvjgEFQ4QELW2"
    "UzMwOqnwCFVWtyA8oLIXQX09oDxL3XLU45Ri1Ksy6gw2POXqslSjbTHuSVohb1VnoLPkra"
    "0GOkEqxrnK4+zrhLdSnpgiOP04xnjpz5XPYzlJJryW12gfJ4t84KboRDhLGlxaKS03tAkq"
    "ASwrTmhVqzdnGEOaUgC8MZgh5lErAhrWBTQkT51YUMOAnIWDbnvUyJzNBQBcz0LWSZwZC5"
    "kD6nBv3d88PlJ4E4dQDFryDqj39f6+kcFJCHA3gJtinjLg5Ql9OlCFzGPZnuORTocMDTtO"
    "xPYcG3aUILmy87KfiqJHCU+qKuZuUOWvhXmUqB2iyuORHKcxnPZdrPAYMRJlwDZDJMoxiR"
    "pDJUC1pyByn21fH0m+ZO05w8nxsv3GQPIOOKKgmfmKb9B8ap4g0hoyPD6ZNvyenZB/sQH/"
    "LtDYa56eXaC5DcZUg3rw00yQylQ2nknfmkGTUZInGo5Mj/h0oPkenldwhY9b7fmtBJV/bj"
    "bPz6+bp+dXny4vrq8vP50utZHpW+vUkrfdL6CZPInanTaHnj/Z5kxaFzCUoXWPk+0xUqhR"
    "1nCUHOzimlvAHCOqYSho8TCTPcm0pV0C/OM9VBn0Ruvx8b7bboFX+FKRPjZ+7dw/gjPnFO"
    "sWOHO27zuD30JfT4lgaL9AfBnExPk1WyAiDhoOvxK6b91hfwAhdIT2VXNMuP6PIc0n4Cwc"
    "F8+SxwuX13nhce02lh2W/n9E5Gf2WlpR1GC32rfb5xZ+QcLhr1K+Izxunj5fSGNM8/mOJO"
    "mEkThthffPlby4CkjXQRpJZLeNs9Oubg2V25oKxhdU9fmAjVCICcvrKFKQJ0MiDd6Rzd2c"
    "HiNZjgzLRJjJeVwAwJxmp4rNYV5gI0t3M6L0ZBKeC5vmauT85vAJWbFRAtnNyMY5ztw+IX"
    "tSNS9dHtZrm6OeEZwK51mUZJPOOXsA1qUQDY+S8FF+1g9RN+iQuULjY5HCN1uXmCKssmpr"
    "S33iBU/o8UV27PFFKvg4b95EkS8xX77EoLQsywbEUZGWtWeUWYC2/JOPadkprgCtn1KEQp"
    "AP8DihgJwf8uPLxreFJeJx0P/WvaPp7WzzVVNXSWvChHhhQr6H7nDY7X25QTTvufE8Nr63"
    "ut+g0VzWXv2Uff27r+2gL9VT4BorFR9PCr90Mp1tzBfFm6kM0813rATta2C6iEN7ecqDLW"
    "mVCS69l9jlCEPLUqlkJyFaUbzltEN0jUjg86Ex0BvOZF3P5N+TtDVS/503r6+WbDz8WMfB"
    "Dx9a9/eMOnKyxnL5yk5YsyTYf1riKiXILSXNk41n8P1qzk0iQfaWdwqdfJdEjm9Wgr5sAO"
    "NUbxk/Ybkq13IVlNnOBW2MpkbHl7BeVUhvvYX1yp+XRZgElh0d1zzmBTe2gDPCmw9jEAiD"
    "ihhGgEi8Ea/iP0Kx0dd8NMWI8C1EfESAHxkX2gtyp+DGFBQdi3SP3lEHQfADP1MuVm6F70"
    "98X3DZdWVlSgMY0o7mZT+sYC9zYYvY0RYhewShHb1t411UWsn1ht1tJ6bKSFSQ7Wwbtq/y"
    "eApn2+pDX2dnWyECluscumQecsKbpBOiIANc/9jOB2yURoAq5OuKyNf+vCxCvq63y110+f"
    "J4My73UaG62Axu8tCplPqCOj4zdBehQzSn4iJ0w+Yrta5iqJQHkPzk0KJ5LP3B2LvE11dj"
    "79Pp5QX5eyKfjb2r5vVngjKkGUK2Z0DIOiGXdR3r79lV2Mt7FI935erpwrXyoOoMqJdNvS"
    "NzGWrjVKKI7A52WQol/Mg/AEsqMQA7DMDx+ao1LGyoQaalXA5rnd4ddUML6Gll17BQrGYs"
    "68S2HsG1jTqeWeDaxq7XupWSrvBKbBR/17QXkiovGKO43oEnTV0ntUIRPjxk/GcalEHYBt"
    "4UsUA3NXttN7dPTpzqLbuUCKfH7XCzZI+Zvm5NrcUlRTV88+B5tfHNU7EC7uNb1KiJU4oi"
    "NVUuUgNjBUWuJbYjfLZhMUVYA4/4vdsXheWpVONIuBHlLWWTohNGEha4obYsL7gJOjF1hQ"
    "lqi126FBNURAW8O8x3sc5qinJqOXOUs1ntr8LYtxHexFF0fDVXjgT5eGDSXlPPHwtCuUyb"
    "kXnnKLKecXaFePYNPDLJPxyFNGK91QjZHHbgZDERhkmYUW8k2zrsK9mlZMkTPhtxC60oqM"
    "oFyU8utmm28ifNJr9NA38AUR8RWVFTMJhwL/Dp6di7mjTBeHvavB57lxcX8ti7vsaX72+Q"
    "7LxgFU0WSEa+Z/oy/7mfPfYkZT4+yFuMjdAYgUybXHzynJBg5UiM3pH/HLJXIhlegjw50e"
    "D9z7RP/6XpIyEhvOagF2y55BEO0lw0J/+D7PB+ixMkGypc1uAq6Zemhtdc7U/SgqCAtVfM"
    "66r/e8RepJAPC2pI/0vYvPdp87ZNj+W8v96WsSSqkwxVhA3jOLJS18hV3vFmM9nOFZoQIR"
    "G6w9yArykKmG0wiREJBw3hoLGVg8awA5FXwNGAC8YvX4e+BwZlfpJ8GZcDBk/mmbPsxDNn"
    "6bwzwqpxuJ0pwkOmkF9vOIxTiiiqqlgSeaKohLn4LZiLhcVSWCyPFlzIVYoddwt4GZQCYG"
    "G0rIjRMjo7hUFtA8CMpcwRQycslnu0WJYZQUfkc8PA+qMNWTJp7WyG7STd6GSd9QTsCU/L"
    "4DrFJ5asOPVGM8r3qaZMUUDtIJnI27ZjGmgukwFAE+wQVB2q59eMifkHejenBBppqs/lhY"
    "NM4/1H1DORbc5vaLtgCjDyA5X8LJEeqFq2BctzpgzT67o04yHJHhOMh4gfb4LxGcthYB3K"
    "AYUAmR9k3VRkVtL87JTdK4o9KvP+nH5o98rS6MXVpzzFILJLQaQKQXiWuqX6Lk4p1HcV1u"
    "ykHJ48wpPmzNK6oihGlXP0R3BKFM7D4saHIj0OoYNUsTJGtQaBV8SITD22dFycvHCHde0V"
    "24sGQ0xY3sshHahRGq70G6bnAgseJBslnDc4MoW8O3JlmzDZNyte/YTeBvYNOd5k2dsJOC"
    "hBo+HDEFlkwmB2Bo7SnjY2xkYL5AU0n5oORr4JFESKHz/AlPjjB/xtYAJO4Cz1TGbACfVu"
    "ohehu7lpv2BwtCLvnO3f9Hsjkpk1eHV/SODtd8vtcas9vxVx5HOzeX5+3Tw9v/p0eXF9ff"
    "npdLkppm+t2x1vu19gg4wdbZuFlsjA8XJ6EZJaOPGUyucFqyEHvCuKGqJ7zpMF4jw7C8Q5"
    "OwtEhotIhjh4FDWmtgS4eC8P2XXxzGJFNKz3mozS7c8KeVrubl2E16QuO66EbZuVhG+NfB"
    "2jqoHDTGJj4CqMdb6mMNZ5ujCWyCz8FoTqgA1lytXrGMk4XZ0cJfbAU64xSEfEgh1NeH0q"
    "JkVKRhzZcPBK2vGZyCFs782Q1zUiA8AQzmP3T/gFdCrW8knnIyoFfyA9+8LwTWgdm9tQY5"
    "MIr5qBJqY7RbpsPHvkRRz0DsRYoHCm5twJY4lUbP/kMHJilvIEnoigUAcFlPmDgYSQvC8h"
    "ObviBxv9YyjvURkBDqQEWinvFdsO04lpvZzBot/fYX5WfXnD1dx8prwlQQ3nb5NLzmiukT"
    "OaaTlDlIvZY+ADnZ0SZuwTG2Z0QFM70bm0Kc0Eef2srg/G+57Wnp1LCR80r8UOsgdNkIiW"
    "ykb/ODVDPNFSoVyVc8gjZCJOqjqKv/T4VsCd5tCLt+DgHd8xIbcqNUZWSMzOG9E6rFGjsh"
    "2UygqDqNrELsdJids7zJ/Qafhz+oflVWBXahXwDkFs8fOEoeykkY5DylBJpzDn1Umvxnyj"
    "Ujobw4KDMoSOV+h4a6DjteRFWNAuju+6qgNLkmqUHYDH1qbswHHJw3vdjeorDsuvskZR32"
    "LYk7T1G/gjGWguwVjRZTIGWy3vGKVQfxzDKLPC5de4b8eoaqCpjzMvVxcczMvVRSbzArcS"
    "HsaQdT3/SoqQ7WUZib1yy2RLwr95f/7N2dbD2vk379uAeOikYRU76ItPa6Volpa7Dk+STF"
    "gdNmu+l5gJ9ffmPEvx6bU5jdUh04VVbIsoOltYtqkhmuKKRiZrrBKceaqeRKOiazK3ty18"
    "Qn22pcyog/y1T5JO7fWY1Xmrnzx6znQYiTZvMGwtqTYn/OYWCGeXnCQxRx2UiW3OHXC0R8"
    "nHo3c0Th7bSMWvUHwEyncEzZFlm0+ajhn+/8V0KdJxVSsdFzZUy9RYTES2biRKU4wIcliI"
    "E6HBTR7dCDRbEx7cTOlHrObllcrIfJYN84qihtazMy7/xbM1/otnjEhWz82FcNi+hvhe8M"
    "B7kY3uRQpc6kNCDsF8e0WcqgYKi4RX+eUVj1f5ZVJ1F/Eqh3vHbHYUbribVaw8dkeq2nM8"
    "RSEs9RZDzyAXdqkqa9SFW27JCjLhGrp319DiHBi/yZamkkFqMOTp5b0Tfjn6FWikF8yZ7A"
    "6C3R0oialgIu5+az127xAhRpas2SdoORWgiqZf0JPMItulYi8UykTvoiK7g2QbownUR0Su"
    "iTQ3I7q+7AcK2btasjf9fw5eOmy/L5l7+edeWOkzHk76LJuRPkvx0ZatvULIu4VnaZg7hm"
    "IvLAJXtrE1QV8LKXHf9lbLm+iaEm683KqPGFUtgN+D+kPIjdno10tuTHG9B8p75DgetjO4"
    "tNXNtWzaXNYJyylptDU/g9ZCKrYIBzTDhksYJoew9GT8Kcv0zjAjN/0EwZD75Mm0Zz9BIf"
    "MFZPKFGiJA5WclCjIAg7c80/RR3sMgFzEwfwaeY8LWQZ/mE+HrkI8ILfNuei768cMmi8+m"
    "i/THD7+3n1FwDcgc6JcwjLB1OlNyzTHHhkXmGXkvnwlGM1klbCEm74aRjGzTv06IsYXA3P"
    "q0IJ8lWMUKsoovLFTXhd0UGHVTIeNM8TE3/irLg+2Koiy+5IDGr8J5cFl/Nm2yhTE4cL7y"
    "1LEO9mg/6Kh3w1ZOyafRuSNEN4jSjo3OsHl5RX7B/5JnCs9oFJxkW4hDlRGH/j1/SQ/Bmi"
    "i/GNX+A/0OMwAipE/ISLF2u6S4CVnnvKMepxQWtSpb1FZyWN6C1Qk64dm/0bi2wqwAE9td"
    "rLPjwpnXzpaaZDFr24BM/kG3PTqUue1eU7IK0Ia3Tji0OHqkLVdBqYAAvRt7nybK2di7Pr"
    "u6fg+ZpDXXQVNTp7mikd89u0pU/i6YZZpgSpJRVOnLE6lkQm4kqzP93vC7gyZBfZR8yaiF"
    "HmTn6rGUE86nDYkR1U4nwuWuusZZNe2qGlsKvCDHiOqnGSk+YPqw1t9DcydxtVOTR9VBWm"
    "UrnpopdUewh+dBeElRQ4yLn8AveBHu0SmQl+qkbKVGnHyPmr0KZS0qRcdEFdSEH2RELoKs"
    "u0arHRKtE3OPcCGsGQCQWxPw4T8sIvE7OfGLU+0IYDVFHE781pUa3KzuP0TZwQYRU7RXnH"
    "P9N1rtUfdb5wb51GNj+HX42Ondde5ukOM5FiZPVMfGoPOt/xtcs/Gr+YLVbQwBZzxmr7Ns"
    "s9dZRj1IiaKSQ0xJktUmiW1hCRCEfjkb6vrql4N1ATV/n7cafGYHQttcZW2zyCRT6kZ6WG"
    "V+5fbOgtH19Zj5kI3RCFRZdQHsZ9nQ/txiT2BQik1hoxFqpY0XMV7rbE+xlZthd8qaxwWg"
    "2090d1xzmBdkxhLmgPpwdtRjncy8hlSRzmsnmDek88ooWpGxUeNXbLByh+bJ5RXYoTuv9Z"
    "re+fJ5bWfW9zHLtu0vMeU18Et4SbHRzE/jQE4ClRiUnj2hqjB/asHfGiw4F/vxE/OpCQET"
    "UE56Pl2kLf479yZKjxxp6RFZYW/fnG7kSsbuUinbXqM7HH4FZbFvjuHVKcOVbm84ao38i8"
    "EaqIiu2caywxq4bE/zFUUNEgbt2/y3RdUKoXGulPqRq0qJ4po59TdREqFcYGRkD3ibXKDG"
    "iYRWbLPSJuIjuqMcFvFMPTKIeYWw+OziSFsNS3x/+rCKbQjcom1kI8wt1JYprt2a5ov/gS"
    "lJLbx1sk5II3cgLyvIPo40iVAUWqnx94ajm3RjC/SvaTfpMPWWcJI+hJO0RsTf3P67MaIq"
    "y0jb+pgWHtp8hI5OsCfgcOy5hdLbvi9t+tRjo93qtTv393BJgW/TdbjaGo0CSRVq/viCaq"
    "8vDX/tfycjZErOlLCy2wwcX6acNYlyUnlyci6NYldFhUIHCg4wzzLHbbAoC3kkuq1H9SYz"
    "+BK2lLdO75ggrBG2e1FBCme+t61aWZ5p24x7gla48FXZhc9naKTJIp/OJ0lWow22sMMLRM"
    "R8qEYohBqNgajIF16yYjLUauyoOxsG3RwZuLzKs8gy5XC8ETnYeTDdmIOdeWgJPe8GWJPn"
    "dKV0vXSbYCh6w+2DU8sbblpFq3insq4v1YEx3SBNPE9LjDDSY0SpEg2F/ndf+t/YKPAquW"
    "JENdT/FqzrOiYd+55qYZWiYQ92kBTIG8PpVoQ11L7USQjHhrrNEEfIxABXeoAV2ZIVzWXw"
    "q5knfZREiK4MZcDKkJdLZ7VfPE+PBEyh5s+Gul5q/pT2hyd4JXCk2TF8JeLAc2Rz4CCRK2"
    "1zZunBw1Iy8urmyTpB+QljFd6GvHq0PUdtkTHBwNNV4ycXEaEYaS5STQOPG8jGlmm7kGvy"
    "svkZj70LfKqOvavm2Sn8/Wny/gbJxoK0PaEVOrAKeShNGxkmISLStUHreSAZETRd8hLIIl"
    "OFXW39IO8g6n5US5QPhkiiQ5RH1EwRCnFzo7ipkFHQzefcYn2STkDNDXXeJJhJuvpBXUYq"
    "zOibpcDODsNKkNVCKbj3aCxVJSxrhpdoRpzOiqR207v4LKSaimeW6WJDWeStMskg3Qrwai"
    "W0KxlvISxnQ18vYbk62bgqZn8u3tEXBLq83j0JKgHsRgefELE0yMJxIuY4kZhaGX4T1Uhj"
    "dKQQ77kcTHQRKK72lJkMKVRp9g08Msk/mxWbg2iHbdk5Xp9mtoYzh9JyQDBgh28Gd0641J"
    "X2qvFmXaWBgkxNtDSxTxpUEI6kcDoBBSC5aho4XssY/oQbmoveQb0cV3ZeWOrIUh4DtY+h"
    "hI+F7Xgv5IJjkp4NFTmKaUFxn8a4gf4fLZ88n5o6jrcnUGJ6b/VQBNqY9z+PDT+nLoCMns"
    "jbyVCOGeifyAYH7zOXHfSk2Y6LnrVXbGRXCEokEYPp7Qe5whumnKGEnnSfelJ/DFK4Zst+"
    "S4LaidgFOzrp+BXraWSHM1nXs7NihER1Mt6fN6+vlvMWfqybssOH1v09w9RszthMUrYWLk"
    "JSg7m6b/2bv/sz9G/rJ3CErDb+EoXMX6H9eYPaH89Stxz1OKUY9aqMOsNxL3j76hQ4qNxQ"
    "16rCQcVE8MJ1qnJ+haq8oza17hMWhPZ8kEYoxCTdqJ8+ZJbyqs1dXj3qhjTlzAjKpeZGRK"
    "WutQLIGSYAJqiw1AvAdBR0c1wbAy+kkf1wM6LCpiJsKsKmkoaCZV5h4cXjGB423WhnGXtX"
    "l9cX8O/557F3qeJL8u/55eUNMi0MPtaTBZLRRFaXthGbelgHjucn4IMNBgqHvDjBQTYcPy"
    "P9z0jRTYfQ+z7ZYPNw5v6xEjPA7Pn5YwMaK5qr/YkNcBR/0uyZQ33Oz9XrsXd9cXqFxl7z"
    "7HOT/O/T05Xie6Ovrl1fX50nr12eK+rY+/z506f3H9GPH1PNcU178eMHesHYchB+xfYCOS"
    "62OH3Rf0/skSLd6EFsL6Zns/I5c+bBXFJX2b+0MWiNur0vN8HqGhvt/sPjfYuAc4Ni0SWH"
    "L7cAGxlEGkmrcva8RjEGaQ1MDgnAufyr17hXpyxkIkZDxGjUGWoRo7GPGA3/YJG2MrcnaW"
    "ukayvCaOl4s5lsM0IDso3uEZIaTN99G92rnhk9xX03QIjKiX6j/9jp+eLX2GgNh90vPZr8"
    "3PGDbsm13vB7Z0CvUZmKpk7v937pDh5o6nRfqPKrd0Fffu0uX5yrBivpv4vE0mmA2Ze9dG"
    "JE6yy+JY3lYYLHwGCbsu/Jqq6xWMJs8KI05WNXlcg7BnhQws72Mkr+Ze/bCTKxd+cPWFzq"
    "n3gxX1EIuLeEeyvfmgSpSDVeHV+atAuVQ1h0h3wJq5SDaepYNjIY0ShdYognhLBWo3rb79"
    "/HBvS2m1xCXx9uO4SLoSNJGmm+bYflaBtwV9u4KiZoxcqq8sry7RfbDHOUUIxxlcc4FIvI"
    "6Hksc/gG9UiKWvh0R8ANzHBpVP8+JNIqE9EISXLhaIqL/g/ppEFpvN9fnzyDsvho4mm6S3"
    "j+j/C8vx2AJwSI1vOESfYvsTqggyRP+Ipthyn3ZM7wCMX+pvZZuVNbpHcU3usiZkGMer6Y"
    "hVAmzlvTKU1YIyNKYVvpoUNC6g6vbzvIWYI+QSWAZbAAviNbPlzjRAJWEcG03zkbupXlnL"
    "UJskKgrYH/YsrTIm9s2IpGQFrhQKaK7QplxjEFB1QBENc7nVn8IBfZzA4XecNidsX03bQ1"
    "xPl7jvkbEWYFupvQTQn+BZSJTDIb6VEIY8E4x2CVP+6Y2IwckaYr7orj3IsGXOwEa6yQSB"
    "2RTUoDbHDXBDnmjNbrOIocBDcywvQid0/Wxec5noXtVw1MGhKO0/AkRDRfsa16mCYZDKql"
    "YBW5ph8AF/Rt2s4NMsnsoNkHoekJmk/J8L/CT9Lw3+YEMh1iMhDYYWZELOs5oghLtQLcyB"
    "jn9IFdUbxpJ85g7eZ2IU7SvWUv4sg+IhkmRDmzfMjWO0Bk9SHcIISZuMYGw+oXNqjcQB99"
    "xqj6cSZr9KyH01NVbeIeMkXMphxIOWVSzgxI1ZrohSVAKk4U7apt0keDIYYGd07WiaA2ng"
    "GShGHSVEkJm2+UPkdEoHuVdU3V3AVNjx/mUKEinqOpkJm+e4egR5pNRbm4HHtXytnZ2PuE"
    "5QlU8HxSyd8ThVy5uj79DClfLj7B32dP70+Q7KBoZhbSHSivII/9k23O4F5KUq3AO40NGF"
    "N4OG1IHgQysb5AnuNLzD7ccHfm/zTw/CPqkb/M+Q3yjBdyfvvVBWT/PekH0YT+uvaEhdhc"
    "QbGZDpHkGa7GCGjPFv4SZG9Z9hM+jNmT9zhFEh4fRrIn5sxcG6EQTDObad6OofMcVihsTo"
    "Zu2zShR8HQRaZe2QzdkDAWg4AtY7F1sfuczJ2D+YvCh1SES5FdNAeuyfSCekbkj4n5B3Ar"
    "tJ7Q3NZcl7BCGUn3oEI7sj3D7+mJ9Oqk7QvlPm9sEPaMcEmkMSY/oTj8FNIGys9ksCE53w"
    "uGxHwAsUPtFWGpJHlCnn2C8MdnaKVrCiaT/+asedM8bV59OP304fTs5vz0x48yWLJb7fmt"
    "cGWfm83z8+vm6fnVp8uL6+vLT6fLbTB9a91+eNv9Alti7DDbzLvlrKS7S/XcisEfS6nymS"
    "ep1ufspFqfU0m1Xshn5UI2aF/l5IhbgnvOk6/mPDtfzXkqXw3s5jlNTRGStyxpCONH9qQ9"
    "TkmDK0bu8JLGoQe3XAU9W34QhQZ2kSG2T9ieU95om7OZ5htEGNJG5O5aWUNZtnMkJU6zUe"
    "aA2qiai2c/OWhFikyD1leNeIzfUK7fxX+4oIv188/5ckIQGP4efI7M8A7h5GUjlWKu3KeN"
    "DdDVksszuAmiCpEoHND1TjDQUZ+EE1rxlUobiWKuT6ZnqNylWeEr/EyvyaqsyYzhRJYh30"
    "qXHn2JBbjMivzhe9UTr0YrB18cI6ohc1x8Ol+KWN5cvjGiOsJcRirfzPwd6720DpLEo/x9"
    "owjfLDhs0nBmpyQM29dixq4TOMpISWhjS5cVVs3c7IRAURqREWj9kGyXEQh4E6jRom2zr8"
    "SJxe6SUBtRRnUL3UeMsIaqjyNRdTCMqmldx4q9Zw7y2qUzYWY6y6kfrGZ8HKd+MCInpVnH"
    "zSndI+R7zBFsYUMNouZyINh47PTuaK2fgH5sfOsMur90IT97KKmOjV9a98NO8NikKM3HeX"
    "IxnjmytStTrLxsp8ONUYpUmFXex8B6S76VwZ1ls8NRGpGjOzdDXJEwpuNZVIwDJNDQ5Q2z"
    "SJLViXWtTVa2uuMbHo95cwqm6ESaq6rlEKv71A0k1LwzN0kmsK120quqQV1m1isR9LaX7E"
    "wh41UAyDV3X0jyqBzoLvdXge4mdJNHEQe6K75rf/BWjEvjzg+UZFELSH5VnAdOC9uaMm0w"
    "vG+COyfrPG/kVZtNnjbZuIqgwmo5i2Ta1rN9GLLt6sdpD47rkZuXlxyKZNIqU5NM76U0Cn"
    "kQDprXEN2z01MeNf3pabaeHu6lC8Yz2dds+3qEZP/m9cMoEQszpO8UC7jrYfbf/w/6Qzli"
)
