"""``api.rows`` reads what the ORM reads (every column, the same conversions: encrypted fields, JSON,
dates, booleans), on SQLite and PostgreSQL, inside a unit of work too."""

from __future__ import annotations

from api import rows
from api.applications import services as applying
from api.applications.models import Application
from api.identity.enums import Role
from api.identity.models import User
from api.unit_of_work import changing
from api.uploads.models import Upload
from tests.applications.conftest import make_upload, make_user, uploads_for
from tests.applications.test_submission import RESTAURANT, submission


def _columns(row) -> dict:
    meta = type(row)._meta
    return {name: getattr(row, name) for name in meta.fields_db_projection}


async def test_a_row_by_primary_key_is_the_row_the_orm_reads(world):
    sub = submission(world, materials=await uploads_for(world, RESTAURANT))
    filed = (await applying.submit(world.catalog, world.citizen, world.as_citizen, sub)).application
    application = await rows.by_pk(Application, filed.id)
    assert application is not None
    assert _columns(application) == _columns(await Application.get(id=filed.id))
    assert application.data and isinstance(application.data, dict)  # decrypted, decoded
    citizen = await rows.by_pk(User, world.citizen.id)
    assert citizen is not None and _columns(citizen) == _columns(await User.get(id=world.citizen.id))
    assert citizen.id_number == world.citizen.id_number  # an encrypted column
    assert await rows.by_pk(Application, filed.id + 1000) is None


async def test_rows_matching_every_condition(database):
    owner, other = await make_user("甲", [Role.CITIZEN]), await make_user("乙", [Role.CITIZEN])
    mine = [await make_upload(owner) for _ in range(3)]
    theirs = await make_upload(other)
    wanted = {u.public_id for u in [*mine[:2], theirs]}
    found = await rows.matching(Upload, public_id=wanted, owner_id={owner.id})
    assert sorted(u.id for u in found) == sorted(u.id for u in mine[:2])
    assert [_columns(u) for u in sorted(found, key=lambda u: u.id)] == [
        _columns(await Upload.get(id=u.id)) for u in sorted(mine[:2], key=lambda u: u.id)
    ]
    assert await rows.matching(Upload, public_id=set(), owner_id={owner.id}) == []


async def test_inside_a_unit_of_work_rows_see_its_writes(database):
    owner = await make_user("丙", [Role.CITIZEN])
    async with changing():
        upload = await make_upload(owner)
        assert [u.id for u in await rows.matching(Upload, id=[upload.id])] == [upload.id]
