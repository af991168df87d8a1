"""The GraphQL face of applications: thin resolvers over ``services`` (policy → service → map)."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from typing import Any

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from api.applications import live, policies, queries, services
from api.applications.errors import ApplicationsError
from api.applications.inputs import ApplicationInput, DeliveryInput, MaterialInput
from api.applications.models import Application
from api.applications.policies import may_read_application
from api.applications.submitted_view import submitted_view
from api.applications.types import (
    ApplicationConnection,
    ApplicationError,
    ApplicationResult,
    ApplicationType,
    ApplyForm,
    ApplyFormResult,
    SubmitResult,
    Submitted,
)
from api.applications.views import application_views
from api.catalog.situation_types import SituationAnswerInput, answers_of, chosen_items
from api.commitments.services.signing import Signature
from api.failures import Failure
from api.graphql.connections import id_connection, id_window, page_size
from api.graphql.errors import failures_as
from api.graphql.ids import from_global_id, optional_global_id
from api.graphql.permissions import allow
from api.identity import policies as identity_policies

failures_as_data = failures_as(ApplicationError)


def _form_data(value: object) -> dict[str, Any]:
    """Form values by field code: a JSON object (null: none yet)."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise Failure(ApplicationsError.INVALID_DATA)
    return value


def _materials(items: list[MaterialInput]) -> list[services.MaterialInput]:
    return [services.MaterialInput(m.material.strip(), m.upload.strip()) for m in items]


async def _view(info: Info, application: Application) -> ApplicationType:
    await policies.record_read(info.context.principal, application)
    return (await application_views([application]))[0]


@strawberry.type
class ApplicationQuery:
    @strawberry.field(
        description="The merged form to apply for an item or bundle, prefilled for the applicant",
        permission_classes=allow(identity_policies.applicant_side),
    )
    @failures_as_data
    async def apply_form(
        self,
        info: Info,
        code: str,
        organization_credit_code: str | None = None,
        on_behalf_of: strawberry.ID | None = None,
        answers: list[SituationAnswerInput] | None = None,
        items: list[str] | None = None,
    ) -> ApplyFormResult:
        catalog = await info.context.catalog()
        entry = services.catalog_entry(catalog, code)
        applicant, _ = await policies.applicant_and_actor(
            info.context.principal, entry, optional_global_id(on_behalf_of, "User")
        )
        form = await services.form_to_apply(
            catalog, entry, applicant, organization_credit_code, answers_of(answers), chosen_items(items)
        )
        acting = not info.context.principal.is_client and applicant.id != info.context.principal.user_id
        return ApplyForm.of(form, acting_for=applicant.name if acting else None)

    @strawberry.field(permission_classes=allow(may_read_application))
    async def application(self, info: Info, id: strawberry.ID) -> ApplicationType:
        return await _view(info, await queries.application_read(from_global_id(id, "Application")))

    @strawberry.field(
        description="My applications and drafts (a helper: the ones I filed), newest first, ≤50 a page",
        permission_classes=allow(identity_policies.signed_in),
    )
    async def my_applications(
        self, info: Info, first: int = 20, after: str | None = None, drafts: bool = True
    ) -> ApplicationConnection:
        query = queries.applications_of(info.context.principal.user_id, drafts)
        window = await id_window(query, page_size(first, 50), after)
        return id_connection(window, nodes=await application_views(window.rows))

    @strawberry.field(
        description="A hall kiosk's lookup: tracking number + verification code, status only",
        permission_classes=allow(identity_policies.public),
    )
    @failures_as_data
    async def track_application(
        self, info: Info, tracking_number: str, verification_code: str
    ) -> ApplicationResult:
        application = await services.lookup(
            tracking_number, verification_code, info.context.principal.address
        )
        return (await application_views([application], personal=False))[0]


@strawberry.type
class ApplicationMutation:
    @strawberry.mutation(
        description="Create or update a draft (continue on another device); `version` detects conflicts",
        permission_classes=allow(identity_policies.applicant_side),
    )
    @failures_as_data
    async def save_draft(
        self, info: Info, input: ApplicationInput, version: int | None = None
    ) -> ApplicationResult:
        catalog = await info.context.catalog()
        draft_id = optional_global_id(input.draft_id, "Application")
        code = input.code
        if draft_id is not None:
            draft = await queries.application_or_none(draft_id)
            if draft is None:
                raise Failure(ApplicationsError.DRAFT_NOT_FOUND)
            code = draft.catalog_code
        applicant, actor = await policies.applicant_and_actor(
            info.context.principal,
            services.catalog_entry(catalog, code),
            optional_global_id(input.on_behalf_of, "User"),
        )
        save = services.DraftSave(
            code=code,
            data=_form_data(input.data),
            materials=_materials(input.materials),
            draft_id=draft_id,
            version=version,
        )
        return (await application_views([await services.save_draft(catalog, applicant, actor, save)]))[0]

    @strawberry.mutation(permission_classes=allow(identity_policies.citizen_or_helper))
    @failures_as_data
    async def delete_draft(self, info: Info, id: strawberry.ID) -> ApplicationResult:
        draft = await services.own_draft(info.context.principal.user_id, from_global_id(id, "Application"))
        view = (await application_views([draft]))[0]
        await services.delete_draft(draft)
        return view

    @strawberry.mutation(
        description="Submit once: one application, one task per department. Safe to retry with the same key",
        permission_classes=allow(identity_policies.applicant_side),
    )
    @failures_as_data
    async def submit_application(self, info: Info, input: ApplicationInput) -> SubmitResult:
        catalog = await info.context.catalog()
        entry = services.catalog_entry(catalog, input.code)
        applicant, actor = await policies.applicant_and_actor(
            info.context.principal, entry, optional_global_id(input.on_behalf_of, "User")
        )
        result = await services.submit(
            catalog,
            applicant,
            actor,
            services.Submission(
                code=entry.code,
                data=_form_data(input.data),
                materials=_materials(input.materials),
                idempotency_key=input.idempotency_key,
                draft_id=optional_global_id(input.draft_id, "Application"),
                organization_credit_code=input.organization_credit_code,
                commitments=[Signature(c.item, c.version) for c in input.commitments],
                delivery=input.delivery.chosen() if input.delivery else None,
                answers=answers_of(input.answers),
                items=chosen_items(input.items),
            ),
        )
        return Submitted(application=await submitted_view(result), created=result.created)

    @strawberry.mutation(
        description="Withdraw before acceptance",
        permission_classes=allow(identity_policies.citizen_or_helper),
    )
    @failures_as_data
    async def withdraw_application(
        self, info: Info, id: strawberry.ID, reason: str = ""
    ) -> ApplicationResult:
        application, actor = await policies.acting_on(
            info.context.principal, from_global_id(id, "Application")
        )
        return (await application_views([await services.withdraw(application, actor, reason)]))[0]

    @strawberry.mutation(
        description="Send what the correction notice (一次性告知) asked for, and resubmit",
        permission_classes=allow(identity_policies.citizen_or_helper),
    )
    @failures_as_data
    async def answer_correction(
        self, info: Info, id: strawberry.ID, materials: list[MaterialInput], data: JSON | None = None
    ) -> ApplicationResult:
        application, actor = await policies.acting_on(
            info.context.principal, from_global_id(id, "Application")
        )
        answered = await services.answer_correction(
            application, actor, _materials(materials), _form_data(data) or None
        )
        return (await application_views([answered]))[0]

    @strawberry.mutation(
        description="Choose how to receive the result (window, 24-hour locker, or mail to an address), "
        "any time before it is ready",
        permission_classes=allow(identity_policies.citizen_or_helper),
    )
    @failures_as_data
    async def choose_delivery(
        self, info: Info, id: strawberry.ID, delivery: DeliveryInput
    ) -> ApplicationResult:
        application, _ = await policies.acting_on(info.context.principal, from_global_id(id, "Application"))
        chosen = await services.choose_delivery(await info.context.catalog(), application, delivery.chosen())
        return (await application_views([chosen]))[0]

    @strawberry.mutation(
        description="容缺: hand in a deferred material after acceptance (the window then checks it)",
        permission_classes=allow(identity_policies.citizen_or_helper),
    )
    @failures_as_data
    async def hand_in_owed_material(
        self, info: Info, id: strawberry.ID, material: MaterialInput
    ) -> ApplicationResult:
        application, actor = await policies.acting_on(
            info.context.principal, from_global_id(id, "Application")
        )
        handed = await services.hand_in_owed(application, actor, _materials([material])[0])
        return (await application_views([handed]))[0]


@strawberry.type
class ApplicationSubscription:
    @strawberry.subscription(
        description="The application each time it changes (live timeline)",
        permission_classes=allow(may_read_application),
    )
    async def application_updated(
        self, info: Info, id: strawberry.ID
    ) -> AsyncGenerator[ApplicationType, None]:
        context = info.context
        updates = live.follow(
            context.principal,
            from_global_id(id, "Application"),
            expires_at=live.token_expiry(context.bearer),
            recheck_seconds=context.settings.subscription_recheck_seconds,
        )
        async for application in updates:
            yield (await application_views([application]))[0]
