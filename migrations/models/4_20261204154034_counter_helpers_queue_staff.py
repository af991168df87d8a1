from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "helping_team" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL,
    "level" VARCHAR(16) NOT NULL,
    "area" VARCHAR(64) NOT NULL,
    "parent_code" VARCHAR(32) NOT NULL
);
COMMENT ON COLUMN "helping_team"."level" IS 'CITY: city\nCOUNTY: county\nTOWNSHIP: township\nCOMMUNITY: community';
COMMENT ON TABLE "helping_team" IS 'A team of helpers at one level; ``area`` is the place name its addresses contain.';
        CREATE TABLE IF NOT EXISTS "queue_ticket" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "hall_code" VARCHAR(8) NOT NULL,
    "group_code" VARCHAR(4) NOT NULL,
    "day" DATE NOT NULL,
    "number" INT NOT NULL,
    "label" VARCHAR(12) NOT NULL,
    "booked" BOOL NOT NULL,
    "user_id" INT,
    "status" VARCHAR(8) NOT NULL,
    "window" VARCHAR(16) NOT NULL,
    "called_by_id" INT,
    "called_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "booking_id" INT UNIQUE REFERENCES "appointments_booking" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_queue_ticke_hall_co_58055f" UNIQUE ("hall_code", "group_code", "day", "booked", "number")
);
CREATE INDEX IF NOT EXISTS "idx_queue_ticke_hall_co_c7043f" ON "queue_ticket" ("hall_code", "day", "status");
COMMENT ON COLUMN "queue_ticket"."status" IS 'WAITING: waiting\nCALLED: called';
        CREATE TABLE IF NOT EXISTS "helping_request" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "catalog_code" VARCHAR(32) NOT NULL,
    "catalog_name" VARCHAR(128) NOT NULL,
    "phone" VARCHAR(16) NOT NULL,
    "address" VARCHAR(160) NOT NULL,
    "note" VARCHAR(300) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "citizen_id" INT NOT NULL REFERENCES "identity_user" ("id") ON DELETE CASCADE,
    "helper_id" INT REFERENCES "identity_user" ("id") ON DELETE SET NULL,
    "team_id" INT REFERENCES "helping_team" ("id") ON DELETE SET NULL
);
COMMENT ON COLUMN "helping_request"."status" IS 'REQUESTED: requested\nDISPATCHED: dispatched\nASSIGNED: assigned\nDONE: done\nCANCELLED: cancelled';
COMMENT ON TABLE "helping_request" IS 'A citizen''s request for a helper (请帮办员协助), from a guide page.';
        CREATE TABLE IF NOT EXISTS "helping_member" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "team_id" INT NOT NULL REFERENCES "helping_team" ("id") ON DELETE CASCADE,
    "user_id" INT NOT NULL REFERENCES "identity_user" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_helping_mem_team_id_012ef8" UNIQUE ("team_id", "user_id")
);
        ALTER TABLE "identity_consent" ADD "sms_attempts" INT NOT NULL DEFAULT 0;
        ALTER TABLE "identity_consent" ADD "sms_code_hash" VARCHAR(64);
        ALTER TABLE "identity_consent" ADD "signature" TEXT;
        ALTER TABLE "identity_consent" ADD "revoked_by_id" INT;
        ALTER TABLE "identity_consent" ADD "confirmed_by" VARCHAR(16);
        ALTER TABLE "identity_user" ADD "hall_id" INT;
        ALTER TABLE "applications_application" ADD "channel" VARCHAR(8) NOT NULL DEFAULT 'online';
        ALTER TABLE "applications_application" ADD "signature_id" INT;
        ALTER TABLE "appointments_booking" ADD "idempotency_key" VARCHAR(64);
        COMMENT ON COLUMN identity_consent."confirmed_by" IS 'PHONE: phone\nSMS: sms\nSIGNATURE: signature';
COMMENT ON COLUMN applications_application."channel" IS 'ONLINE: online\nHELPER: helper\nCOUNTER: counter';
        ALTER TABLE "identity_consent" ADD CONSTRAINT "fk_identity_identity_1303b0ee" FOREIGN KEY ("revoked_by_id") REFERENCES "identity_user" ("id") ON DELETE SET NULL;
        ALTER TABLE "identity_user" ADD CONSTRAINT "fk_identity_catalog__2fa14572" FOREIGN KEY ("hall_id") REFERENCES "catalog_hall" ("id") ON DELETE RESTRICT;
        ALTER TABLE "applications_application" ADD CONSTRAINT "fk_applicat_uploads__03913677" FOREIGN KEY ("signature_id") REFERENCES "uploads_upload" ("id") ON DELETE RESTRICT;
        CREATE UNIQUE INDEX IF NOT EXISTS "uid_appointment_user_id_c8c433" ON "appointments_booking" ("user_id", "idempotency_key");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP INDEX IF EXISTS "uid_appointment_user_id_c8c433";
        ALTER TABLE "applications_application" DROP CONSTRAINT IF EXISTS "fk_applicat_uploads__03913677";
        ALTER TABLE "identity_user" DROP CONSTRAINT IF EXISTS "fk_identity_catalog__2fa14572";
        ALTER TABLE "identity_consent" DROP CONSTRAINT IF EXISTS "fk_identity_identity_1303b0ee";
        ALTER TABLE "identity_consent" DROP COLUMN "sms_attempts";
        ALTER TABLE "identity_consent" DROP COLUMN "sms_code_hash";
        ALTER TABLE "identity_consent" DROP COLUMN "signature";
        ALTER TABLE "identity_consent" DROP COLUMN "revoked_by_id";
        ALTER TABLE "identity_consent" DROP COLUMN "confirmed_by";
        ALTER TABLE "identity_user" DROP COLUMN "hall_id";
        ALTER TABLE "applications_application" DROP COLUMN "channel";
        ALTER TABLE "applications_application" DROP COLUMN "signature_id";
        ALTER TABLE "appointments_booking" DROP COLUMN "idempotency_key";
        DROP TABLE IF EXISTS "queue_ticket";
        DROP TABLE IF EXISTS "helping_team";
        DROP TABLE IF EXISTS "helping_member";
        DROP TABLE IF EXISTS "helping_request";"""


MODELS_STATE = (
    "eJztfWlz4ki29l/J4EtXRbjq2ngt97wTgTFdxbQNvoCrbk/TIQspbTQWkkaLafre+e9vZm"
    "pBSwoyQQIh54euNlKelPTkdvbzv42ZqULd+XzjGaoOG9fgfxuGPMN/pO4cgYZsWcvr+IIr"
    "TwhNQ5FdWTdfpMmy7cRxbVlx0d1nWXcguqRCR7E1y9VMA101PF3HF00FNdSMl+Ulz9D+7U"
    "HJNV+gO4U2uvH7H+iyZqjwT+iEP61X6VmDupp4ZU3FzybXJXdhkWtdw/2FNMRPm0iKqXsz"
    "Y9nYWrhT04haa4aLr75AA9qyC3H3ru3h18dvF3xv+EX+my6b+K8Yo1Hhs+zpbuxzJ9LyWk"
    "OSev2RNOyMJKnBAZBiGhhc9KoO+foX/Aqfmidnl2dXpxdnV6gJec3oyuV//EcvgfEJCTy9"
    "UeM/5D4aQ78FwXgJqoLGOwtreyrbdFzD9ilk0SunkQ1xrC60M/lPSYfGiztFP08uVuD4vT"
    "Vof2sNPpxcfMQPNNHk99dGL7jTJLcw1Etoyf85oA3bFwNteGGJ7XKp7h7c5hULus2rfHjx"
    "vSy+EjR4IQ5Iaohy8/ycAWXUKhdlci+JsuNN/gUVl45yx/BmBOkuei3ZUGAG8Rh5lRFv9F"
    "qjx0HrTnroDIb9HupCdj1b1iUL2o5pjI27ztfYXR2+RPcaldhsHG82k+1FdphG8M+cIzJG"
    "UuWhYV4MKyAddf5nhHueOc6/9TiUH+5b/0NQni2CO3f93teweQz69l3/JgX5HH2nOefZfp"
    "YUtQA8Oacvzhjm9MVZ7pzGt5IAv8LF3LRVJwvxP9AqpEMcp0mBrGqKC/4P6JqT4QKLArvx"
    "t2fPUDCOYOJpuqsZzmf8vL83dj/nMUar53x6emPITMd9sUkvpIP0nDfQbiJhHpBrUJJUYl"
    "gKHxbPUjFkkkw5p2/RHVebQfrQJCnTQxOQfg7/OMRNyoay2jf0RcOXLladEt37znDUun9I"
    "jM9ta9TBd5qJYyK8+iF9SEedgB/d0TeAf4J/9nud9DBG7Ub/bOB3kj3XlAxzLslqHKPw8v"
    "Ltl6M+lXVd4pKKYxTrReNDGNwCpGOsb3h+pQrHGK4sur+YNtRejF/hIsP6pkANlCzfgm4O"
    "DNz/hLMnvNqI5HNbnkcKmvikQt+Ovhi65OsHaH4Pum2EMYZ4Iiuvc9lWpRysoYHehnas3A"
    "SEv/w6gLpMPiIXaV+d1XXhrEZ4J9a8rj1jCbYArO5QTz30Zwd1tmCAKxj6yqOFJ5vZNGOT"
    "LDH9srdmzVn6imzIL+ST8LPxk7LzK1eZGs4+VoWqpIUEhWpVf28s9bXkCX8IPese9azo6N"
    "fC9ZiEdjhD+2cuvnG6Oh3Zp83Liwhj/GMVvMP71t1diPES03D98MzXBE2dAN1y5saWP9os"
    "+DCNUQhE13OVy315S75yabw7MIBZOcvEYk3wlu3WsN267TQyM7cAWIfQftOUunGRaWxji5"
    "abay+TxWr7zNEAvmmO/+kZPivdhInZsuOt13Fajb4BgW3Or8HEm1lQBZMFgG/QXgDdlFXg"
    "TmUXKFPZeIEO+gFB8BCMsmMGLS3bVKDjABs+I5F/ilpqroNaKlP4OW0z2MXzhOW9WhxhfE"
    "IyQhsn2d1Je1xpgGMmMNOzFSipGlolOfbKHENYmnB31plGWRrosm0zeF/aSOGcIBT65qrr"
    "mzN87H64gltoybY7g4SdyTAEsbtMvICabC+82epypgpvtmDDZ3G3yne2orpa8eBaY1e24o"
    "9S4cdWlrcgx+GV1CJsaVqppwYhyWy78vPzdig9OpBlrh6K3SmOjis7r1vOoRHqoq6TR3Mc"
    "D9rSK1xsCVKXdPQrrJP9MmntVaChbG/pJb3UdTYp5szSfZKtYGqH/dR0MqHPQX1sCdKAdF"
    "JXhKDias+aQjCQFNnZduUN4h22UX81BQ51LftYbAlYJ+qoxrvVTCO6h+23q6CjOkFVphLp"
    "F9P2o1UaFB3S8uYRiwrpGTUPtDpHLAalFiCNgflMDDgOEu2gCnAvADtAo1ayvQAfnp6wbu"
    "O/gqf8l/9hnxfyTH96+pg1GxXWq1BkCUVWVaDdgbpF6LKELuvAdFkJ9QIGiArx+oDMkLbK"
    "WJN4PbTrwD/dsYH/bg06Lf83OuDksYGtYdcAWwnHxsO3fg/9sNDXoF/dW6n3eH/TGVwDTZ"
    "UQGhNoj432oHPbHUnt/i1qqaAzUvPjkcZG2DhseY86++0azFBnC0T3rd9tY5KpiWRodPfx"
    "btSVwqsz9C2aFN5r3d4OOsPhNZBV1YaOMzZu+v27Tqt3DSamqUPZGBud+1b37hrAmazp6c"
    "OcaTYVHjdqezpfLFdEUI0wLvzY2oRxWTZ81mghJ/m7Z4xkoxVdMWlzB5vnNGA3WREO29cP"
    "3lLyBWC4ODmAGIkAmQlkokBXpQkl3j8f5gRR/YAunpkVMRvFxGxUxIeIhGFSND9heOZ6pU"
    "8YDyo8hoSipW6KFuExdDgHk9Cy7EJQCOR4HpRjJDVEuRx5wfRsLowjghoiXMo8nkP4Cg1V"
    "4kY6Q1g/oaEUwIkqkkuJExLUcEqfNhkAPm3m4otvbejJ6YePFpJS5ACHgc0TTzi7MqAknF"
    "136aaBZ9I9gsjWZKq8nrh/xCK3k1jnWZyk4FQrYeR59AyRbEUkW6nA+i0w2Qp2KtrU5hzS"
    "Vpm9afQH3a/dXuvuGpi29qIZsj422v2H366BYlqLsRHel1q9W8m/ETaUZMQl+606d532aN"
    "DvddvXAOpQcW3T0JRNbL1NFrVBM19t0MyoDdAbUrOGrV4US6rdLYmT6q8HG/7b02xI2b5v"
    "fGt/jvk8RpbCE3sJlAVouLvv1kiOHSASRvKbbjqvMnG/+HBCZjFqpPlJSLJwo9eGtk0g4A"
    "M8SbhDyKMrh425NNfcqcZ9lKZpN9o7KsYNF7h7BPDIGs0LnO1QTXVRYd1Mo/XwMOh/x0cr"
    "4tVt8w0frXfddqeHvaj0ZXQSv/aGSXmzQneT0aybLp/ZImhfYfSrpOwVueWKTnoTSpx8qK"
    "aoBLLrs/aJ5HIFJJejpu2LK2a2RDdUC40CJ+eawptavpXK34dn9tCFViNHc0fuHTFr7Zyw"
    "eUkau0jlIzR2QmNXgS2gQBnD1VyatJzPzEYEVdbTVcYJJ/5aGZDzq26lyGoB9QpoS6m8Ze"
    "mysnEAVERcZegb/R5a0Ug6Ng1dw3FNP7q92/6Pa+CXEBsbne7oG45bgho+08ZGvzfsjkh7"
    "R3M3E6YLjy0S0p6QSarDNK+VSfbDL4dlWBoUfjm6x8Qvk9IwRticISMBbhumDsDEn5QFWt"
    "UIPAivQVC4E4y95smXJkBz6AWGPxDBLPoB36Dh0lITFN29cJ2vFs8uXOdLOzlf0Wdtyt+E"
    "tJVmb4aPN//otEfRPjA2hqPWV8S/kI1gbCDm5h79IjsBYna+d3qoLdkKNmFtRGxDWVNfxD"
    "YcqIuy0LcUrm+xZBvtT3wCT4KmRjbysiQeH68CZJ44a31YCLPKO4mpxSvxxLi8qaarNm1D"
    "3qTYZH3gTiz9vRTkrNpWuhdn8SRoK2ToCFUOQZoUWl0witMGwBoGYNpABn7kCUmGA1WAfk"
    "B8NSYE5wnNG3YiRONqicaCvapLtc+KnUaHX+yz5oCSY4ML0BhFnZZ8WRKAQdU6lsn/Vw1g"
    "VgEgNrEqWju1YntBKd5tu6/2e6CoMhT73Y+FLuFUSJEw0k6H6wWMyH/PDUlEQqlDOp5Wsf"
    "7CKiYydx+oUUCYXnYRA+N4lqVrK7J3rjfxprrYYbliI0hUw2Pr7ZH83AZJz92RorgvKAWR"
    "X2NjiLDq3Eq3rVHrOihiIeENdhNbb/HGeAs9HcEY7vaZMcvPlZ2lrEbSbPy8g06avVE6IG"
    "/rck7pzCMHtrkxmTIs21Q9JWd7Ki8v0IEILaXaMuKIUeSMFKDrxQzHJ5BC2V5IGULKqJuU"
    "UfxxL6QMIWUcvpRRew/S1u19t9cdjgatUfd7IFYMu72vuP7OTDM0jLervQVShoOGA5foSd"
    "C0Ed/eHdyjH/1ehgwN2bNmzwiTk6EcdL4GPyiUNnwJfmDKh8cb9G7oMwbfSdEgy5ugNwrP"
    "5rHR9+N4THKsbjB7ismvmRRQiUvu5sJpRF7pCdRrjR4HrTvpoTMY4lE0ZNezZV2yoO3ggb"
    "vrfI3d1eFLdK8aYqnjzWayTWHS82MPYyRVHpoiRM1S4g6hrr1oE03XXC7YU2QC+g2gR49X"
    "tZwCw/kKmCSVUL4UonxJFKgn2+JEdjSucUmRiYEpfGDQ4ex6rmkvJFVeUMYmVwLPEgqvFI"
    "qfj2WbM80hemoueDN0Al0Kus8QSs825M31GCcTyTXZEz1i3OSZ6dEiK26hos1kPR/wJWF6"
    "G/cpPwc9HKwSmAb+bafdvW/dfTg5Pmqm4A0377PjNMeO0dowawiFtA4pB3fORU5lwwjU5c"
    "w8ZIxGMCqFMypvmkNNgpp7gi4JapOPurBz088Ow6NaXVLUQiwt2wVJsU3HIRo+2v69YhNJ"
    "0YmNpPCNJKxWFWhWOVlHCrXIFc6VKxzL9JukZ4/RCZ6dHfBXuJibNp8/UpxG7ECF70C4zM"
    "kGXmIpMjEwhQ+MYs5mmjujZg5YpTyOU201LIcjdpWCv2epGBtJpukX0B1Xm0H6GCQp02MQ"
    "kH4O/zhEhtWGsto39EUj8sXLlYi7953hqHX/kBif29aog+80EyJxePVD2qIYdQJ+dEffAP"
    "4J/tnvddLDGLUb/RPHMzVkzzUlw5xLshrHKLzcoHgSqtCSbbJ++AIiM3RCRUo5/3Etej5c"
    "YxQCUQqipudaHudcTdCIeOi10bvLtZ0FmTsi8jbR2YHNXtawyMxumJPtP703FIDvt6Cbmi"
    "Ib2w8ZMPVXegGoctaoqNj+wApuYmNMwIveAPQe7+7Y0k8FUcGFJFjyI6hrluY4MUnDwGIR"
    "57IWKlxYpACYwnImdYSI5MHaS2qzA9n0So0GaikKdJw786VBiQVa3jxaFQmkqWj4NHchya"
    "S9pAcEa7OZ/ZiaAEumYD41HQh8v1dZBzgg5QhdhAaQDXx3AT6MG6gR0E3zFapAdsFsQZqN"
    "Gx+zCc4K7LfgkKQb7eW9RCV9aTZPTy+bx6cXV+dnl5fnV8cRl5+9tYrdv8EVkVMK7PWxS2"
    "jimbZkmzRbQb6hMklVQ2Nl8R7i8ylN4bbCFjylqtnqAG7xlmDLsy20hfHgGyPZYch+WUr8"
    "HYSK8euLd6kn3unOfZhq4gCimJaYwJgcZLKxc2nd4iRC6ZbVZCq6xq11T9AIULOgBnFtfK"
    "gmiYTafb2GODf6kFvR9ujAQ2RcWDVsyam1PhEh2TR3B2vFdgNWVONHS47aMrvTFoBqy9La"
    "UV/1hDZxwnCrhEtVtUTg01Qt8ZFhUbVYmrScFix12NypZqufsJlnAXAk+SfLNl9seQbmmj"
    "sFfl9AsSF5AuqEVmxtoz5EVpeKZXXJ59tWpHZZwbgdfn6XEtIbQLQMXGkqO1MemFNkNdSR"
    "lJbthQfmGmfTKV4H5SimRTPN5Ps0LimEm2lCP1KIm6kNN3RzTFIKN8dD0l+pmoNB32TYU6"
    "QFjHs1RYOqDzPFmzU7zuEanSw4FWtpOqFcW6sEWmImFBbrpOr09NrC2cr3EoCONJNp6SV5"
    "PD4SDgr1QD6xGyDZ2qCFLfNg5KsVvuKeDvBI34tTTBwyiq4mhSiDtiaQnl8iEgZ9jaK52l"
    "/QAGiROcA0YKheIY4tjjkLq95rdtLB5WfU4s1U8DvQVDhFdSu0OtXS6ggpTUhph7Gl11hK"
    "w1vk60ajnqQUMlqlZTT/COUU0BJEwkZfGYeSOqK6Suj15+HuJN6q4css8iYW7HrPh70Y6Q"
    "8W3Fwr/Z7LMLbRm+eY6MNbR2wiX6w1u7T3kwMCQvBMyrNPoY7EMPBh7J3DJkT/Nr+gf88g"
    "PPX//ghcE6C+SXMkiM2uAeHr1SOAGYVPujbTXPyLRSjc1dOF7Fgt2VHUeSkvfz5eDnRsGY"
    "ochMRVtlM3bh57t3eda+AH0Y6N7qhzfw1wOaix0Xp4uOu2wwoWuJ6gEqkrKzI4kg2feSZ/"
    "gqjKA1MdXxic7JuimmJcBBH1DsNZLGioGDLOpfDQ6d2S6jABPVoAbVzK5RofktobWhyDzv"
    "f+r53baxAI/GPjttO+6/bwJRUitsiAajUWhw0RXo4rwT8tDQnPG+k0aD3UUKNVJ+XGm6xr"
    "quQhJpaS3GP1eKdIxUBXeqCFhjp/a62vhlo2nDm0Nxr2FKnQUVd5dQtLxHsY5aB84FZl3t"
    "N9VLjiQ+PhG6nybk1Jmffh/fAaODMH/dX9SgrtoXuO9kJq7MFqcNHo9SSsLuGPBEgTVnhc"
    "quOqPsNShgtnFlexhzTZ7uxIx2UBXXRYcnxVJVFdUQgyTlSH6bvq6CilkMyeDM0Vg73wpL"
    "bEqsGZ1jZOI+zMFFRDvpHXcz1DJ6bsWiO+PxsLsDXX3IafWLUMJvxd+0ZUbNaW5RqxXOIC"
    "2jXQZnbDSqUw6Ko9bzaBdluXtVmD4iORbHDE5CmhqZJBiCQlomLwmMDc5SfPAu5UdgGhxA"
    "kcAZKuSc+gewv8boFskLr3QFYUXEQSyDrW7y3A1ETfTHOHKKrrsTE2RlMIDDiPWmgOCPSn"
    "JGmC6bnYcSLo72f0FL9WGnostF+BMoXKq0NaoIcqaACBZgSO+TiH5diAGnmBmfkGnVhP2D"
    "HDnaKHhc/9YMNPE9T1R2DaQNWcmYZjcAgF+ULhmFFBx4xoaWSx7RiKvbAQTPnyV4K6Fpbq"
    "XQtgVbdcZ+Z6w7R8/oVHq9Z/6PSuAabE9umb/mOP2KcnaN/A9unu8L47HBIDdbBtbGahZv"
    "ErOMn3KzjJ+BUIC1Y+9PW1YKGeTP1tQ9NGglTYNqps20CcFV9Ol6B97ZLeNo+PGXZO1Cp3"
    "6yT30rEWiOeT+aMtElRCD0bVgwWbDL8iLE0oNGHrw1mCGSl0YetDLhJrl0VrE81HobZZq7"
    "ZJr91K6W36BhwhhqaN/fYpWpv47SMmnY1pQAmzSFIYCsCisSFme5xz4BMmBZgUfECtdfyR"
    "uCyHDYFhAkt2nFe4wJoSxFM4Gnr2x5+B46IZpwJsDYcqTWlTcO9CFVItVQgZXh5+MCLYmf"
    "B9wGEqG7mobO+eUrWztGz/lM196YUP/QGJrvkuSMMZOpDyK07U0QfptHl5ER0G+Meqc2B4"
    "37q7y8pUnrNZXW9H6HoOYsEITW7+KqqXJjcjyu9JILJfZEP7Sw5GIysRxe8fsYlEaRIWiY"
    "gYcnHYPRbOsc3WhhYCGBuZZTDxHM2AjoPj7y8U9RxH3k/kj0fAfyb6VBVMkCTjOgDNVvLT"
    "MRVN1kkKfs0lMhBVVNrBY7HtuxU8ANudcbI5feEXX7Rs8w3978PT0xu0SQ9o/T49fbzG/c"
    "ZeQNcUaCgQm7wjO7VsuOjFzTnqfo7OUugCNHToy0j6gSNs3CZ9xK3oqL1mfAqM5sSi/hk8"
    "GsFLkE4d8ooAG/NRV0foe8aGYU5MdQEUOWiDOo19H3jWbMclZSR1E8mXGA20UvUlkjIO+A"
    "Sm5+aJk783/P4iGTpJ2vhDyJv7zImQHBtmmShJVkPZkyl9/4rs/SJ5/yobeQnFEQRz9V6Y"
    "q0Qc9/Jk5R32FKkQnaosOvmDtcyqsomjUrqPCsfqNH607u7Qrbtuu9Nrd66BzwRKAas4Nr"
    "o96aEzGOJ8M5oh+UxfmgXej441yd7x2oYptML8TjG/R5sXr/k9SyjM72vN7ymRJYO2MMKn"
    "7cSUdbzeFB+bm8IUvwbi7DreplbFMmXZlmUYWsnkZ/XAPjFJgyN4S5zu/F5qhFGZeswH35"
    "uhQVFhhreOmLSXVqz1OsVlPiTCaaJ6Siy/FCtvuc80Yf1SfZ4xudXiZvk8/lnWsdbyJmgj"
    "lIK1lNoHNUO2FznuKgm6FNyThevvq4fJFtEAvgkKaUQyNkL1pttrDX6jB+zcUApv3Pw26r"
    "QomSokEvJGw/8lPwdIgq421vcvzebp6WXz+PTi6vzs8vL86jjaY7K3Vm02N92veL9JrISs"
    "9IVewHAs06b5PuRXoklSiWo0iXVRRDUazGwgjtizKGvCNHUoG/SBSdCl9yREWNaARFd2vC"
    "f1+3cJ7G+66SDBx/ubDjoVyECgRpqbsxBU+IYYWR8sjnM3RbbDWBYHYaZDyX+BsuZ92ZmG"
    "hSmpROdFYUfKh76+diRddlxpQ/+7NK2wJFXZkoQGijMpVoxC2CLWK8s9R+RsWq+/jU2qKh"
    "UGGiCk21g8JGqtjLYtfvuISeOGh84XOAOStf6Cv2ho2D6Fnm0+pQMcxN34HnnwDdoL7Fyn"
    "EO89ksVGM0DoVX6UDI5yPmZdA0t5AtX1LdBz+I+S0JS3XeHwtlddIVVjlc860xVVdeCcS3"
    "HCSkz0DMyrFFNpyjqdtDvWTuWoBfPTHdROHVgsa7Onkxg+I653OjJfIdV3P3Gf8Sz2SdAZ"
    "FdKsPYz7lvxvvPknIoePgG26JLebaQSHJWJnPoMBRP/DhdVl/FsF5DlBCSCH+I7Pp6YO0b"
    "Nmmr7InstlP0zY7ap1FpMh447HTVLVzmJXvEbLXwE8EC8p6ufZX7w6VnMcbyPFUYJQ6Aur"
    "okZi0ReKEPfcUT+QUWZVFoqI7BqPr6gf9R5GWaj8hcpfqPzzFA1DNEbo836l+9fG7h4xKR"
    "kcn0BidbNttABOVEaS0GNakssd692JnOd8BkFqeYjj0El5YdKeNP0ZyfuuhnUF6JIDHFfT"
    "dUA84ynahRKfIxQL1VIsvPK5Ab/W1Pm3eFHXsrU3bNCz4CwLMEOu/hR9LcwqqzilMrL1By"
    "7U/5q/Zocg3/k0SbV759P9DEApbqbCQyx//6mvxifgADYSFeOUQlSsmqhYEYPfcObcI35U"
    "JrxRlg9f3mXkw2eONItRrOXDf2DOGCegCiYIGN4PgazK6ES3Ef+rmLaKM0w5Llri2O7mQE"
    "PFGak+mBaerKbtkDxRLmKgSZIoFWguxfmmvMcILrxaXLjIZVxmng0XMdlZcPNZ77C94Lk3"
    "KVEsWL53wvJVhRlw5efnrvGmubnJO9NNGNkCTCVpSbL1OjoDHdEzzdBwQ3QGk1yTYRfX5D"
    "ifQVKQEZ/Y+BEAGrap6+iwjmoR4EKQxDEHe81iJ1qFlrazzCcJDqFaHEJV8vFXSGcnsvFX"
    "hI2o0FklXBXE+AoW9N2woMJ1QbguCNcFFimJoE4RjcLRYJCHwvFnr2NwjVPka672F87tb9"
    "qxTP4/Oam8+B9Jpn45LbHkFysoqG8h51RLziHLZyobqs6lD02R1U7WuWKJQLzKD0C8Ekn2"
    "dylI7lifn5YlKjRxi9fma6pkeHgjz+LL4FaToK5wWvPK6vcjALm1UVnKuk324jcShNkWdR"
    "uy1EJxUWXFhW3qtGzJ+a5qEYFIkbh6o9vAd43ICNnBWJkeMaIpLTViZnOLRuZwMyNqDv5+"
    "ijS1Eus4mchEyYG3UI/mH+f1VY+q0JJtdwYNl09JmqETRVCyS2oq6/SE6rmwxigEoGtVz8"
    "tJWIAC+jbR2WHhzKqFzqzahC56gDaTQbc9amQmcQHwfgu6qSewsXWbA2m+fj9WRYbE00FH"
    "msm0aqJcZWRIV3fmS30wT8xKHypJ9z9wNzhVjS1hAkrRNbTcHSlg0rZEy9LapL+aziofLO"
    "nFlg1aZQIeqHycvuKeaju10F0yt160N0gpKskFl99XXedViJQNFYjA2nIZsoN12PMqSBEi"
    "ZlY+VkvtuV+gfjusumqPdNbGfdV1eqUhQ9PMMfWtFyUvdoc420z7RTa0v4qoc9iPdVXXmZ"
    "aAK7K57BS3Q5xlQRDClhMsVtewjnMrkYp2S6jSmXDriNcyBmZLsChRQ3XES8EqDWi8bFun"
    "9QectDx3arTD/mq6aXmWbsrqlmA9kk7qOqX2VST54MHyGdXtlTd1ryydwOxZoxuPBWJ0xC"
    "T4RoTuZ5PiQrchap23+kreWegEbAywBRlVtgQrlsmlhhipUNGc7U/Jkey81hQh+Ce6h9rY"
    "NlT87R5jpm674Xdwt+2o13cDng3R2ztbm4feB3yaMTH/3FJXiLtg38MOkoE1PXdrnPqkj5"
    "oDZXnOVHK8SfSEbRVfqL9hrLu64oa4JWgo23ISd34vNQepEA41gKrO3OnENF9RJ0V44Nz4"
    "XdUcqF1hdJCLTzFnlu6TbAVTO+ynppMJfc72c2lAOqnrVCIs9XOob5ANZw7tbdn1QbzPtu"
    "zUVZxOYefgigQCu02wU9CHbm1rfC/AzfDr2dtaGxGvNQi6quveho7JmUa80rc/J4OO3gFU"
    "kjKFSgHecRyQHeI6jCNWxMZf/zk2hboVagS3XJDfUFcDv6dao1UMT8GH1iEuRgwWtCUXyt"
    "t6qn4jPd3DMGdHXaYWV7KvWNoeM8alWTZ8RtJBoNWiY9w34MhE/zBseFPZMKD+kOi0hnNT"
    "UxF7a69YwuyQddV20FNNcCI55NizymV9vigp5qiOYQz55uZwImM6SUkQMmSfc6D9Bu1PDu"
    "oKRMTXwJmatvtJx2EZpDCGgyDSIfAcWnLtDTsR+eSqlU8uMXdYMxUliGqXS+6kyZJMDrXK"
    "T8rVzKSTszzbMp0clDuGN8tEDycQj5FXOcFcY9D52h2OOoNrYMMXzXGhPTZaj6Nvnd6o22"
    "6NOtcAb1l4A0NHNEzvKkyjU3jCtD2mVKzYsVd2TkXLNrEzYhblKDHdiqqDS9o6QL0qc0oZ"
    "aemwGKvZkCSpDQJwlv6cHFmFVvazwzRD4fFwsFmGRC2FjdZGhbIKhZiIWgrve3x3nFW/Yo"
    "NZq6T6FcOWNelOVXPq+0FctKz6UXhXvp4jiCOTvGXbtaqNvgGD9Pc/OcAnxOnsTXQZgegi"
    "ueMzGE0hmCxc6ACspCAVvTBN2ABdAKrm+4snNB4F9j02Pjw9/c3vQ1I1++//9TdnKv9+3f"
    "zD/+vvT08ffyYFyhyEW/DU4Jm4gGl0x3+W/ILmBniBroPuaA6wzTnAI5incPm9Yc4Nfz2g"
    "hzXPLxp/CB3MPqub+gXVadiuyIgeJ9qVDiaW1Fa2tM/BEv0crGoDzqXotUrLc5sUUk+bDE"
    "LqaTNXSMW3Unlt/SXBMRRLivpVmy0+ZXewF/ogcaCcpquyHqwyYDvaXxSQc3fssLko90SR"
    "2Oea6lIS+ueCGbUXbD4lIyzi36cUsTg/IWxEIODMwmna2otmyLrEW7YmQ1jDbfWkecxk0D"
    "leYdA5zhxjIkt4Lvr1zRJOBCc+fU+cRJyr6zU+kWy6G5VP1dBl1fnEpxWv0ifOH2JvPWlf"
    "CWkqdipzp7uYoU+zNVkvDrT7oMeagieSXhTg7cipho0vSYouNrVi8xWyiaRCcoqKSTXreJ"
    "OZ5uCEHlhzKhtAc+EMBMVJsSPFz+gv1ZafXeAZrqb7BC4a3awDWgH9UVWjwYf5J7Omwpll"
    "utBQFhJOoZjWk6aaoyPJ9Ry/lVCf7kp9iiceDp7NLXuYL/1QSOtWc++EyZlthS9bxosHAZ"
    "ajqV7vxxbSVlnKbHRHnftrspeMjZvH3u1d5zrYT9K7EJMbFYsXVb4TVUbuRMtAN18QprS4"
    "/BXq0xRdlUdg06leuGtgCBqvViVNV0ewy/CSDXGz4RvJ+7UJ5nHaGuJevI3g2bRnkqNM4U"
    "zO4p3vkJki232Fzf14KJVSSxPzNlnsGbxiQ8LdTXRaXVM82Puoa1qKp6zih3ltyuHEyHc4"
    "KKahawbkHIJGv3fX7SHmxqceG986dw/Yd9+PThwb7f5jjzjzKyaSn3z+eM/sTyBibTg4S+"
    "odjg0RQHmH5nbQ+mV07QuvY2P4eHPfHY06t9dLEXZsPAw60qDzvdv5cQ0sG5KTD87HRq/T"
    "uR1K7f5g0GmPuv0eGigIVSeW6HBstNrtzgPpEBcQs0h/3Z70MOh/HXSGQ8T+4vBJE29aDp"
    "4I9w93HdKcpPKB/vNbg9Hdb1LsJi6qpy+kWJtB5x/oJfA9G/4LPdy/1rr9TfqlP5Aeuu1f"
    "Hx/wPVld4IS7kqUpr56Fn3h3FxCi4dMDSrRch+SSbjr4N9b3I6R+oE+ca+4UoTU3NpmkTA"
    "aiFfahrHkorTngYGQopHWIeCibjYkHI3BLR1Ti+qFe8GaMUKNz6bk6rRjF7mxhJ2VhW7AR"
    "P0huv4lJOUEpIgaqHDHgn7cyNSkBGxeT7KHCu1Sj1x/ct+4QKZIVZX1s3HZ+6SCuBJ3gKk"
    "6iYJMzvX+PeJv7Tm9EmItYThl+lQSTRmKFQiLrqxi+jx/rtpAmlKMcr808n0U6/aoVWpnR"
    "K2J14hWXDgIlHB6PpmFJsZWS4XBQK0fHAHFMgp3Diq7fdeL0Vd5zfnR7t/0fWCAwVBNJQ3"
    "f99q9YhtVN5RULtfetLtqRZrKmV0CcDUHFBwgWtTZTAlE6qfAIVVfzI1z63qFLn2epG456"
    "klKMelVGncKGZxyRIjXaBuOephXyVnUGOk/e2migU6RinKs8zr5OeCPliSmyLRzGGEfedn"
    "wu+Gky4Ya/Qvs4WfCBm6ET8VlZcEkNTm5oU1QCWFrg27IKPGdcTpZSAJwFGEeIyK5nQz50"
    "02QC2rWBTwlXchH8tCr4KX2gJwKgBojNGHTbo0buRlEAwP1Ud4c1k5mDzLJ7JAPU4bG1u3"
    "l8oPCmzvcEtOgdQO/x7q5B342LwDZKrFRPdNNHEMPMXfKyYu6uQTfD9ufMXpYo1D1VDT+U"
    "0y8ZQbnPkNPDRGzHMacHCZIrO6+7qbJ+kPBkKoVvBxV/ffCDRG0fla8P5DhN4LTrAs6HiJ"
    "EojboeIlGiUtRdLAGqHSWn8Nn21RkqItaeMU0FjNqvTVDRwS5UYGa+wWswn5pHALXGyXaf"
    "TRv/nh2hf6GB/12Asdc8PjkDcxu7ARgk9oQk5cXBXy+ob80geYHREw1HJkd8NoHFDp5XcL"
    "GlG+3lvSSr+NJsnp5eNo9PL67Ozy4vz6+OI2Vv9tYqre9N9ytW/B7FLabrU1o82+ZMWhXq"
    "lmMvSpLtMMatUdZwlBym5ZobwJwgqmGIefEwoz3JtKVtEocke6gy6I3Ww8Ndt93C8QyRnY"
    "ISW3vXGfwaeilLCEP7FUdG4mhOv3wWjuXEDYePiO57d9gf4OBPRPumOSa+/tuQ5ClxFo4L"
    "Z+njhWWci8+XYUPZoZlXRkh+pq+lJUUNdqtdOyxv4NEmXFUr5fXE4qDs84UkOprP6ylNJ2"
    "zwWfcG/1zhxVVAugrSWILMTdz0tnXIqdzWVDC+WFXPB2yMQkxYVj+cghxF+BLiVm3ucjrk"
    "5PmJRDmJ0/O4AIAZzU4Vm8OswMaW7npEyckkPBfWzdXY+c3gcrNkowSy65FNcpzcPiE7Uj"
    "VHLg+rtc1xzwhGhfMsTrJO55w/AKtSE4dHSfgoP1+NKOG2zxzEybHI4JuvS8wQVlm1taE+"
    "8YwlaP4sP2r+LBM2z5uPVeRh5cvDGlT5ptmAGIqD0/aMMmuBl3/yUS07xdUC95PhEAj4AE"
    "8SCsjZIT+8PJIbWCIeBv3v3VuSmNE23zR1mW4pTOUYppK87w6H3d7Xa0DqKRgvY+NHq/sd"
    "N5rL2pufbLJ/+9gO+lI9BV+jJZFkST6ZTQO1ifmieDOVYbp8x0rQvgamiyS058cs2KJWue"
    "CSe6ldDjG0NJVKfvqsJcV7TphF1oiEfT40CnrDmazrufx7mrZG6r/T5uVFxMbjH6s4+OF9"
    "6+6OUtJT1mguX/mpliKC3ac7r1Li7VISlNlwhr9f5dwkUmTveafQ0XdJ6PimpZbMBzBJ9Z"
    "7xE5arci1Xfr14PmgTNDU6voT1qkJ66w2sV14UPSvCcFeCm1jAOTG4+zEIhEFFFCNALN6I"
    "VfEfo1jraz6aQoD4FiQ+AowfGhfSC3Cn2I0pKGYY6x58IA6C2A/8RDlbuhV+PPJ9wWXXlZ"
    "UpCWDIOpqX/bCCvcyFLWJLW4TsIYS29LZNdlFpJdc7dredmColUUG+s23YvsrjKZxtqw99"
    "nZ1thQhYrnNoxDxwwpumE6IgBVz/2OYDNk4jQBXydUXka39eFiFf19vlLr58WbwZo31UqC"
    "7Wg5s+dCqlviCOzxTdRegQzai4CN2w12st+gYEKsQ1HjEkPzmk3CNNfzD2zuHlxdi7Oj4/"
    "Q39P5JOxd9G8/IJQxmmGgO0ZOGQdkcu6DvWPWZ1FuY9i8a5cPl24Vu5VnaEhcZt4R3IZap"
    "NUojj1FnZZAiX+wT8AEZUYgC0G4PB81RoWNNQg0xKXw1qnd0vc0AJ6UpM4LHGsGVGF49YD"
    "dm0jjmcWdm2jVxreSElXeA1Bgr9r2gtJlReUUVztwJOlrpNaoQgfHjT+Mw0X8NgE3gyxQD"
    "cze22X2ycnSfWeXUqE0+NmuFmyR01ft6JKaERRDd88/Lza+OapUMHu4xtUV0pSivJKVS6v"
    "hMcKl2eX6I7w+YbFDGENPOJ3bl8UlqdSjSPhRsRbhClDJ4wkNHBDbRkvuCk6MXWFCWqDXb"
    "oUE1RMBbw9zLeJzmqKcmY5M9RcWe6vwti3Ft7UUXR4NVcOBPlkYNJOU88fCkJcps3YvHMU"
    "Wc85u0I8+wYcmegfhkIaid5qhCyHHThdTIRiEqbUG8m3DvtKdild8oTNRtwCSwqicgHysw"
    "ttkq38WbPRb9OAn7CoD5CsqCkQm3DP4PHx2LuYNLHx9rh5OfbOz87ksXd5Cc8/XgPZeYUq"
    "mCyADHzP9Cj/uZ899ihjPt7LW4yN0BgBTBtdfPackGDpSAw+oP8ctFcCGb8EenKqwcefSZ"
    "/+S5NH4oTwmgNeoeWiRzhAc8Ec/Q9nh/dbHAHZUPFlDV9F/ZLU8Jqr/YVaIBSg9gZZXfV/"
    "j9mLFPRhQfXzP4TNe5c2b9v0aM77q20ZEVGdZKgibBiHkZW6Rq7yjjebyTZXaEKMROgOuQ"
    "FfURQw32CSIBIOGsJBYyMHjWEHR15hjga7YPzyOPQ9MAjzk+bLmBwwWDLPnOQnnjnJ5p0R"
    "Vo397UwxHjKD/GrDYZJSRFFVxZLIEkUlzMXvwVwsLJbCYnmw4OJcpdBxN4CXQikAFkbLih"
    "gt47NTGNTWAExZygwxdMJiuUOLZZkRdEg+NwyoP9g4SyapnU2xnWQbHa2ynmB7wnMUXKf4"
    "xJKVpF5rRvkx1ZQpCKgdICN523ZMA8xlNABgAh2EqkP0/JoxMf8EH+aEQENN9bm8cIBpfP"
    "wMeiawzfk1aRdMAUp+oJKfJdIDVcu2YHnOlGJ6XZVmPCTZYYLxEPHDTTA+ozkMrEI5oBAg"
    "s4Osm4pMS5qfn7J7SbFDZd5f00/tXlkavaT6lKUYRH4piEwhCM9SN1TfJSmF+q7Cmp2Mw5"
    "OHeFLOLK1LimJUOQd/BGdEYR4WNzkU2XEIHaSKlTGqNQisIkZs6tGl4+LkhVuoa2/QXjQo"
    "YkJ0j0M6UOM0TOk3TM/FLHiQbBRx3tiRKeTdgSvbiMm+XvLqR+Q2Zt+A402i3o6wgxJuNL"
    "wfAgtNGEjPwFHa08bG2GhheQHMp6YDgW8CxSLF0xM2JT494b8NiMAJnKVe0Aw4It5N5CLu"
    "bm7arxA7WqF3zvdv+r0Ry8wavLo/JPjtt8vtcaO9vBdx5EuzeXp62Tw+vbg6P7u8PL86jj"
    "bF7K1Vu+NN9yveIBNH23qhJTZwrJxejKQWTjyl8nnBauCAd0lRQ3RPWbJAnOZngTilZ4HI"
    "cRHJEQcPosbUhgAX7+Uhuy6cWbSIhtVek3G63Vkhj8vdrYvwmtRlx5WgbdOS8K2QrxNUNX"
    "CYSW0MTIWxTlcUxjrNFsYSmYXfg1AdsKFUuXoVI5mkq5OjxA54yhUG6ZhYsKUJr0/EpFjJ"
    "iAMbDlZJOzkTGYTtnRnyukZsACjCeeL+EbuATsRaNul8RKTgT6hnXxi+Dq1jcxvX2ETCq2"
    "aAielOgS4bLx56EQd8wGIspnCm5twJY4lUaP/kUHJilvIEloigUAeFKfmDgYSQvCshOb/i"
    "Bx39QyjvURkBDksJpFLeG7QdqhPTajmDRr+7w/yk+vKGq7l8pryIoIbzt8kkZzRXyBnNrJ"
    "whysXsMPCBzE4JUvaJNTM6oKmd6FzalKaCvHpW1wfjXU9rz+ZSwgfNa7GD7EATJKKl8tE/"
    "TM0QS7RUKFdxDnmMTMRJVUfxlx3fCrjT7HvxFhy84zsmcKtSE2SFxOy8E63DCjUq3UGprD"
    "CIqk3scpyUmL3D/AmdhZ/TP4xXgV2pVcA6BInFzxKGspVGOgkpRSWdwZxVJ70c87VK6XwM"
    "Cw7KEDpeoeOtgY7XkhdhQbskvquqDkQk1Sg7gB9bm7IDhyUP73Q3qq84LL/JGkF9g2FP09"
    "Zv4A9koJkEY0WX0RhstLwTlEL9cQijTAuXX+G+naCqgaY+ybxcnDEwLxdnucwLvpXyMMZZ"
    "1/lXUoxsJ8tI7JUbJlsS/s2782/Otx7Wzr951wbEfScNq9hBX3xaK0WzNO46PGkyYXVYr/"
    "mOMBPq7/V5lpLTa30aq32mC6vYFlF0trB8U0M8xRWJTNZoJTh5qp7Eo6JrMrc3LXxCfLal"
    "3KgD/tonaaf2esxq3uonD54zHcaizRsUW0umzRG7uQWHs0tOmpihDsrENucOdrQH6ceDDy"
    "ROHtpAhW+4+Agu3xE0B5ZtPms6pPj/F9OlSMdVrXRc0FAtU6MxEfm6kThNMSLIfiFOhQY3"
    "WXQjuNmK8OBmRj9iNc8vVErms3yYlxQ1tJ6dMPkvnqzwXzyhRLJ6LhfCYfsa4nvGAu9ZPr"
    "pnGXCJDwk6BPn2iiRVDRQWKa/y8wsWr/LztOou5lWO7x2y2VG44a5XsbLYHYlqz/EUBbHU"
    "Gww9hVzYpaqsURduuSUryIRr6M5dQ4tzYPwuW5qKBqlBkaeje0fscvQbppFeIWOyOxzs7u"
    "CSmApE4u731kP3FiBiYMmafQSiqYCraPoFPdEssl0i9uJCmeBDXGR3gGxDMMH1EYFrAs3N"
    "ia4v+4FC9q6W7E3+z8FLh+13JXNHf+6ElT5h4aRP8hnpkwwfbdnaGw55t+AsC3PHUOyFhe"
    "DKN7am6GshJe7a3mp5E11Two2XWfWRoKoF8DtQfwi5MR/9esmNGa53T3mPHMeDdg6Xtry5"
    "kk2byzpiOSWNtGZn0FpAhRbigGbQcBHD5CCWHo0/YZk+GGbspp8gGOc+eTbt2U+4kPkCZ/"
    "LFNUQwlZ+VKMgAjL3lqaaP8h6GcxFj5s+Ac4jYOtyn+Yz4OuAjQsq8m54Lnp5stPhsskif"
    "nvzefgbBNUzm4H4Rw4i3TmeKrjnm2LDQPEPv5TPBYCariC2E6N0gkIFt+tcRMbQANrc+L9"
    "BnCVaxgqziKw3VVWE3BUbdVMg4U3zMjb/KeLBdUpTFl+zR+FU4Dy7rL6aNtjAKB85WnjrR"
    "wQ7tBx31dtjilHwanVtEdA0I7djoDJvnF+gX/l/6TGEZjYKTbAtxqDLi0L/mr9khWBHll6"
    "DafaDffgZAhPQJGSnRbpsUNyHrzDvqSUphUauyRW0ph/EWrE7RCc/+tca1JWYFmNhuE50d"
    "Fs6sdrbMJEtY2wZo8g+67dG+zG13mpJXgDa8dcSgxdFjbZkKSgUE4MPYu5ooJ2Pv8uTi8i"
    "POJK25DpiaOskVDfzu6VWi+LuglmnCUxKNokpeHkklE3QjXZ3p94bfHW4S1EfhS0Yt9CBb"
    "V48lnDCfNiRBVDudCJO76gpn1ayramIpsIKcIKqfZqT4gOn9Wn/3zZ0k1U5NFlUHapWveG"
    "pm1B3BHs6DcERRQ4yLn8CvcBHu0RmQI3VSvlIjSb5DzV6FshaVomMiCmrED1IiF7Gsu0Kr"
    "HRKtEnMPcCGsGAAst6bgg39aSOJ3OPFLUm0JYDVFHEb8VpUaXK/u30fZwQYSU7Q3yLn+G6"
    "32qPu9cw186rExfBw+dHq3ndtr4HiOBdET1bEx6Hzv/4qv2fDNfIXqJoaAExaz10m+2esk"
    "px6kRFDhEFPSZLVJYltYAgShX86Hur765WBd4Jq/LxsNPrUDoW2usrZZZJIpdSPdrzK/cn"
    "tnwej6ekw+ZBM0AlVaXQD7RTa0vzbYEyiUYlNYa4RaauNFjNcq21Ni5ebYnfLmcQHo9lPd"
    "HdYcZgWZsoQZoN6fHfVQJzOrIVWk89oK5jXpvHKKVuRs1PANGrTcoTy5vAI7dOetXtObL5"
    "/XZmZ9H7N8236EKauBX4IRxVozP4kDOQpUYrj07BFRhflTC/+t4QXnQj9+Yj41ccAELic9"
    "ny6yFv+texOlRw609Iis0LdvRjdyJWd3qZRtr9EdDh+xstg3x7DqlPGVbm84ao38i8EaqI"
    "iu2YayQxu4fE/zJUUNEgbt2vy3QdUKoXGulPqRqUqJ4pqc+ps4iVAuUDKyB7wNF6hJIqEV"
    "W6+0ifmIbimHxTxTDwxiViEsObsY0lbjJb47fVjFNgRm0Ta2EXILtWWKazem+ep/YEZSC2"
    "8drRLS0B2clxXLPo40iVEUWqnx94ajm2RjC/Sv6Jt+j7JtaSqcWaaLpu2CRPNnfajDlsKD"
    "eh8e1BqSjbmdexNEVRagNnVALTzu+QC9oPCGAcOxZ5ZYb/q+KOpTj412q9fu3N3hSwr+Nl"
    "3HV1ujUSDG4oJAvhTb60vDb/0faIRMyZkiPneTgWNLo7Mii04miQ7n0ih2VVQorqDg6PM8"
    "W90ac7MQVuLbelypMsNfQhcBVyklU4Q1wnYn+sk4d5JkdHiO0yzpRttH1cah5IAD4VuZD3"
    "19NV0RF7HJuKdohUdllT0qfRZSmiz4VHBpshodaYWxC1hi50M1RiG0mhRERfr2kvXEoZJp"
    "S1XmMOjmwMBl1WXGlimDH5RIic+C6dqU+NRDS6jd18CaPqfLVb3H0hloyiukbCX8JQ9HUU"
    "/1GCHeYodkL6UYJ8I9ltEyEe7sRZslprKuR1rqhMqaFEsgZXEoKV3iVKmGwiyxK7NEYhRY"
    "9SgJohqaJQpWwR6S6WdH9dtKMfwEO0gG5LUhoEvCGqqo6qSpgIa6yRDHyMQAV3qAFdmSFc"
    "2lMPW5J32cRMj3FI3J0r7MpdjbLZ7HBwKmsIXkQ10vW0hGRcYScBU4f20ZchVzOjuwObCX"
    "aKtAPUARkJeKg3wRGeGGJdplyzKl4xfb9KzolyqTU2u53+bnP413EpAJPz4hMNdTYE6uEl"
    "aQk1Q1RJnFsSPfryPj1hFsI1kehg5v0Pxd5yjMy22au6vmpjYVogm+gr4T6jxrPCKo4fIu"
    "PgI0T/JD/KUOZYNT+kM39LJAjq7sdonf9Pt3CRHkppuO9Hy8v+kg2AnqqJHmm82q4JdQMW"
    "NX4a4zh+fJP5c1N5DbeFz5f7S6o27v6zUI6LEzf+jJj53oGvvnyObou/1IAdadekkhjBdr"
    "jRf+OHN74KXJxDZCUdjJG/uwCgfWo71r59isBkIp+x6GOVCu8nspL4lE4myq9yeP71dmPL"
    "KDEXp2Mbrfsau7KzUSPP53yxnI4n23lTa8bc4sPXidjEJ8efNolU78GUIVvw36uHh7hurw"
    "Y4SSp6vGTy54gS7QXKCaBhw3gA0t03ZxtbDz5hc49s7gsTr2Lponx/jvq8nHayAbC9T2iN"
    "RYhyquJGbawDARkTuFBqnIDmSA8HbRSwALzSRILRq/l3cQldurpacPhkgiQ8QjuGQIhfzC"
    "IL+4sm6+cKvs03QCamaoecuYpenqB3UZxczib5YBOz+RXoqsFsrqVZJEKfn0VBXJDjkKQD"
    "rsMZLaTe/iw7orGEhfoTQcIoxeuI4VEUYviqOXmo0FC3S8hrcUlQB2bUxwiFgWZBFrmdD1"
    "pKZWjrKnGoUoDhRi1joUhcez2lBxtefcchb8Ya2DeIdt2TlcK9LWEa4D2c1JwBncOWJSV9"
    "rLxut1lQYIam0Y7k8O8EmB+Qzk6IZf28C08VXTgGA59RAB/hPf0FzwQXMd4MrOK00dWcpj"
    "xsbYQHMMWNBO9oIuOCbq2VCBo5gWBB/GjXED/D/gTiEuy6DDZHsEJST3lg8FWBvz8eex4V"
    "dFxCCDZ/R2MqLXMP0z2uDw+8xlBzxrtuOCF+0NGnlq0N/TZWDw9PYzkeI3zHg7Cz3pLvWk"
    "/hhkcM2X/SKC2onYBfvM6PCN5tw4nMm6np/XPCSqk7/oafPyIpq3+MeqKTu8b93dUfw4zB"
    "mdScrXwsVIajBXd61/83d/iv5t9QSOkdUmerCQ+Su0P+9Q++NZ6oajnqQUo16VUad4KgVv"
    "X50S1ZUb6lrVqK6YCF64TlXmV6jKW2pT6z5hsdDOB2mMQkzStfrpfdaZrdrcZdWjrik0S0"
    "26GGludmMEOFRo4/vhelDxUi8A01HQzWFtDKyQxvbD9YgKm4qwqQibShYKmnmFhheLY3jY"
    "dK2dZexdnF+e4X9Pv4y9cxWeo39Pz8+vgWlB7GM9WQAZTGQ1so3YxMM6cDw/wj7Y2EDhoB"
    "dHOMiG49cU/hkouukget8nG9s8nLl/rCQMMDt+/tjAjRXN1f6CBnYUf9bsmUN8zk/Vy7F3"
    "eXZ8AcZe8+RLE/3v6vlC8b3Rl9cuLy9O09fOTxV17H35cnX18TN4eppqjmvai6cn8Aqh5Q"
    "D4Bu0FcFxoMfqi/57aI0Uumb3YXkzPplXkZAxxjqir7F/aGLT84GZ/dY2Ndv/+4a6FwLkG"
    "ieiS/adLwBsZidTJS/ORbxSjkNbA5JACnMm/eoV7dcZCJmI0RIxGnaEWMRq7iNHwDxZpI3"
    "N7mrZGurYijJaON5vJNiU0IN/oHiOpwfTdtdG96klvMtx3AwtRnOg3+g+dni9+jY3WcNj9"
    "2iMVah0/6BZd6w1/dAbkGpGpSH3bfu+X7uCeZMXxhSp8ddDBfeGLNvTFuWqwkv67SDSdRn"
    "6GvQRR+Xn29hArT8OXkmZPhbKqazSWcEV6whjNu85RqGFaT+ENWUyRib2bP2Ax0j+xYr6k"
    "EHBvCPdGvjUpUpHcqTq+NFkXKgex6A76Et48lgm6zVJZHs6oFpjIMuKuNnFVTNGKlVXlle"
    "XbLzYZ5jihGOMqj3EoFqHR82jm8DXqkQy18OmOgRuY4bKo/mOIpFUqojGS9MLRFBf8H9BR"
    "g9J4v789ewZh8cHE03QX8fyf8fP+vgeeEEO0midMs3+p1YE7SPOEb9B2qHJP7gyPUexuap"
    "+UO7VFsSPhvS5iFsSo88UshDIxbxLqLGGNjCiFbaX7DgmpO7y+7QByYpukEsBSWADfkY0z"
    "L32CSMAqIph2HcHEnSY8QSOyhFOi731PPc6NIEUmgK1wIFPFdoUy45iCA6oAiOudzix5kI"
    "tsZvuLvKExu2L6rtsakvw9w/yNCbMC3XXoZgR/ltoWzNVFlrnckqPAWVxkmT/ukNgMjkjT"
    "nNIi9HMvHnCxFayJQiJ1RDbNutLBXRHkyBmt13EUOQhupITpxe4erYrPczwL2m8aNmlIME"
    "nDkhDRfIO26kGSZDColgJV4Jp+AFzQt2k718BEs4NkH8RNj8B8iob/Df9EDf9lTnCmQ4gG"
    "AjrUjIhlPUcUYalWgBsaY04f2CXFu3biDNYutwtxmu49exHH9hHJMHGUM82HbLUDRF4fwg"
    "1CmIlrbDCsfmGDyg30wWeMqh9nskLPuj89VdUm7j5TxKzLgcQpkzJmQKrWRC8sAVJxomhX"
    "baM+GhQxNLhztEoEteEMI4kYJk2VlLD5WulzhAS6N1nXVM1dkPT4YQ4VIuI5mooz03dvAe"
    "6RZFNRzs7H3oVycjL2rqA8wRU8n1X090RBVy4uj7/glC9nV/jvk+ePR0B2QDwzC+oOK69w"
    "Hvtn25zhexlJtQLvNDbwmOKHk4boQVgm1hfAc3yJ2Ycb3535Pw04/wx66C9zfg084xWd33"
    "51Adl/T/JBJKG/rj1DITZXUGwmQyR5hqtRAtrzhb8U2XuW/YQPY/7kPUyRhMWHEe2JnJlr"
    "YxSCaS6yNrzn0EJhORm6TdOEHgRDF5t6ZTN0Q8RYDAK2jMbWJe4zMncOZC8KH1IhLkV2wR"
    "xzTaYX1DNCf0zMPzG3QuoJzW3NdRErlJN0D1doB7Zn+D09o16drH2h3OeNDcSeIS4JNYbo"
    "Jy4OP8VpA+UXNNg4Od8rxIn5MMQOsVeEpZLkCXr2EYCfX3ArXVMgmvzXJ83r5nHz4tPx1a"
    "fjk+vT46enMliyG+3lvXBlX5rN09PL5vHpxdX52eXl+dVxtA1mb63aD2+6X/GWmDjM1vNu"
    "nJV0t6meWzH4EylVvrAk1fqSn1TrSyap1iv6LC5kg/ZVTo64IbinLPlqTvPz1Zxm8tXg3Z"
    "zT1BQjec+ShjB+5E/aw5Q0mGLk9i9p7Htwy1XQ0+UHUWhgGxli84TtnPJG25zNNN8gQpE2"
    "YndXyhpK1M6RlCTNWpkD10bVXDj7yQFLUmAapL5qzGP8mnD9LvzTxbpYP/+cLycEgeEfsc"
    "+RGd5BnLxsZFLMlfu0sYF1tejyDN/EogqSKBys651ATEd8Eo5IxVcibaSKuT6bnqEyl2bF"
    "X+Fnek1XZU1nDEeyDPpWsvTISyywy6zIH75TPfFytDj44gRRDZnj4tP5EsR4c/kmiOoIcx"
    "mpfHPzd6z20tpLEo/y940ifLPwYZOFMz8lYdi+FjN2lcBRRkpCG1q6rNBq5uYnBIrTiIxA"
    "q4dks4xAmDfBNVq0TfaVJLHYXVJqI8KobqD7SBDWUPVxIKoOilE1q+tYsvfUQV65dCbUTG"
    "ec+sFqxscx6gdjclKWdVyf0j1GvsMcwRY01CBqjgPBxkOnd0tq/QT0Y+N7Z9D9pYvzs4eS"
    "6tj4pXU37ASPTYvSbJwnE+PJka1dmULldTMdboJSpMKs8j6GrbfoWyncWT47HKcRObq5Ge"
    "KKhDEdzqKiHCCBho43zCJNVifWtTZZ2eqOb3g88uYUzNCJNFdVyyFW96kbSKi8MzdNJrCt"
    "dtKrqkFdZtYrEfS2k+xMIeNVAMg1d19I86gM6Eb7q0B3Hbrpo4gB3SXftTt4K8alMecHSr"
    "OoBSS/Ks4D5xvUrQFEgDpUF5z47aNVPjhT1BAnmLJjjRkc/uNhkoSQxBvKAHcHbRwqeTV5"
    "vhx757AJ/VL36N+z8ytc6P7sGV+Rv3w88oMgZfDiaSoEFvpSSjKhcp8lIiOr5fEiiljvzC"
    "VcFLHepedLVMmeFeaIoBaeGmW7cMmqakMnp7ByjopvSVJLiI+ZMD5eAfJxGmXDdLnmcNi+"
    "dlvE6TELuqhV/n58nEG36rXBKWgHHBlUOWFH4sl/PyIJxS/sHfQxNm67w4fWqP0NX1Y1x5"
    "JdxIWr9Brit/1eB7VCm+TYaLd67c7dHakdjsHRdZhx4t7PviSih3Khr5PpWaSjeBfDvK9i"
    "OVUb06JtMb4ozwdrgkaYD2me4fKMM8PgkkIAutaqtfMaI1XbBZg1qflFRqhmLDwNC0D1G9"
    "kgRkFnhzV1WaGNrViG4hf+lik0/2tATZwsldP6Q/sezib0PD+J+0csev/Zsu06tX8+ztTA"
    "03AVk0DvdLCpUKrvUqm+e06gakdV0byVSA9RMnO1Dx6gahBvywRQmSuRd+OA827EpnPu6R"
    "9O9vVnf7jGWAz+uC1OUuzzRg6QXZL7QodvUP8ZPD3JNpSfnkjeiikEJOKVZMgDOPlFYGmB"
    "OHuG4eIsehQzfwlPEMb9avEh3Eb9Qo35FUqeV7wxn9eIX+PEFRdnDOBenOWCi28lwSV70K"
    "Z2uYi4ylA32t3Rb9fY1WoxNtr9xx75ZXoG/j3q/+gNv3Uf0Iox54Yz1Szc5v7+secTmbMZ"
    "ej13UQ2LGz4nuNwAgvZVHp7KrAQLoWW43N5ZKbL6uQMUsp9nxKF8JjOekoRYzyluAzcB5S"
    "+/DuCyTGS+nBTzF62HXi8xc31FVwEwxfVrB7Y75AJVpszSgramTBsUeSW4s1JWkZdtCtVP"
    "Cjlgn+VP8rKA5Z8g+RnA6nBQN8/PGQ4Q1Cr3BCH3MrHPXHyQ37yG6J4wOeudrHDWO8k662"
    "E9AzXQLj8TWIxk94nA9uPhU1jKLw7eqPjD7D//H8bEL6c="
)
