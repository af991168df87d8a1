"""The GraphQL face of counter intake (前台综合受理): thin resolvers over ``services``."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from api import clock
from api.applications import services as applications
from api.applications.graphql import failures_as_data
from api.applications.submitted_view import submitted_view
from api.applications.types import ApplyForm, ApplyFormResult, SubmitResult, Submitted
from api.catalog.situation_types import SituationAnswerInput, answers_of, chosen_items
from api.counter import services
from api.counter.policies import window_clerk as clerk
from api.counter.types import (
    CounterApplicationInput,
    CounterCodeResult,
    CounterCodeSent,
    WalkIn,
    WalkInResult,
)
from api.graphql.ids import optional_global_id
from api.graphql.permissions import allow
from api.identity import phone_codes
from api.identity.validators import normalize_phone, normalize_resident_id


@strawberry.type
class CounterQuery:
    @strawberry.field(
        description="Counter intake: the merged form for a walk-in, prefilled from what is on file, for "
        "the answers the person gave so far (情形引导) and the items chosen (点菜)",
        permission_classes=allow(clerk),
    )
    @failures_as_data
    async def counter_form(
        self,
        info: Info,
        citizen_id: strawberry.ID,
        code: str,
        answers: list[SituationAnswerInput] | None = None,
        items: list[str] | None = None,
    ) -> ApplyFormResult:
        catalog = await info.context.catalog()
        entry = applications.catalog_entry(catalog, code)
        citizen = await services.walk_in(optional_global_id(citizen_id, "User"))
        form = await applications.form_to_apply(
            catalog, entry, citizen, None, answers_of(answers), chosen_items(items)
        )
        return ApplyForm.of(form)


@strawberry.type
class CounterMutation:
    @strawberry.mutation(
        description="Counter intake: find (or make) the walk-in's record by the ID number on the card",
        permission_classes=allow(clerk),
    )
    @failures_as_data
    async def identify_walk_in(
        self, info: Info, id_number: str, name: str, phone: str | None = None
    ) -> WalkInResult:
        number = normalize_resident_id(id_number, today=clock.today())
        mobile = normalize_phone(phone) if phone and phone.strip() else None
        return WalkIn.of(await services.identify(info.context.principal, number, name, mobile))

    @strawberry.mutation(
        description="Counter intake: text the walk-in a code to confirm the application",
        permission_classes=allow(clerk),
    )
    @failures_as_data
    async def send_counter_code(self, info: Info, citizen_id: strawberry.ID) -> CounterCodeResult:
        citizen = await services.walk_in(optional_global_id(citizen_id, "User"))
        context = info.context
        await services.send_confirmation_code(context.identity.sms, citizen, context.principal.address)
        phone = citizen.phone or ""
        return CounterCodeSent(
            expires_in=int(phone_codes.CODE_TTL.total_seconds()), phone_masked=f"{phone[:3]}****{phone[-4:]}"
        )

    @strawberry.mutation(
        description="Counter intake: submit for the walk-in (confirmed by phone code or signature); "
        "safe to retry with the same key",
        permission_classes=allow(clerk),
    )
    @failures_as_data
    async def counter_submit(self, info: Info, input: CounterApplicationInput) -> SubmitResult:
        catalog = await info.context.catalog()
        citizen = await services.walk_in(optional_global_id(input.citizen_id, "User"))
        entry = applications.catalog_entry(catalog, input.code)
        data: object = input.data
        submission = applications.Submission(
            code=entry.code,
            data=data if isinstance(data, dict) else {},
            materials=[
                applications.MaterialInput(m.material.strip(), m.upload.strip()) for m in input.materials
            ],
            idempotency_key=input.idempotency_key,
            delivery=input.delivery.chosen() if input.delivery else None,
            answers=answers_of(input.answers),
            items=chosen_items(input.items),
        )
        principal = info.context.principal
        result = await services.take_in(
            catalog,
            principal.user_id or 0,
            citizen,
            services.CounterSubmission(submission, input.phone_code, input.signature),
            principal.address,
        )
        return Submitted(application=await submitted_view(result), created=result.created)
