"""The GraphQL face of applications: thin resolvers over ``services`` (policy → service → map)."""

from __future__ import annotations

from collections.abc import AsyncGenerator

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info
from tortoise.expressions import Q

from api import clock
from api.applications import acting, live, services
from api.applications.enums import ApplicationStatus as S
from api.applications.models import Application
from api.applications.types import (
    ApplicationError,
    ApplicationInput,
    ApplicationMaterialType,
    ApplicationPage,
    ApplicationResult,
    ApplicationType,
    ApplyForm,
    ApplyFormResult,
    MaterialInput,
    SubmitResult,
    Submitted,
    application_views,
)
from api.catalog import forms
from api.failures import Failure
from api.graphql.errors import failures_as
from api.graphql.ids import int_cursor, int_id, optional_id
from api.graphql.permissions import allow
from api.identity import access_log, policies
from api.identity.models import Organization, User
from api.identity.principal import Principal
from api.wallet.enums import LicenceStatus
from api.wallet.models import Licence

failures_as_data = failures_as(ApplicationError)


_id = optional_id


def _form_data(value: object) -> dict:
    """Form values by field code: a JSON object (null: none yet)."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise Failure("INVALID_DATA", "表单数据必须是 JSON 对象", "Form data must be a JSON object")
    return value


async def _readable(principal: Principal, application_id: str) -> Application | None:
    application = await Application.get_or_none(id=_id(application_id))
    if application is None or not await acting.may_read(principal, application):
        return None
    return application


async def may_read_application(principal: Principal, args) -> bool:
    """Policy: the applicant, their helper, window clerks and supervisors, reviewers of a department the
    application was sent to, and clients the applicant granted ``applications:read``."""
    try:
        return await _readable(principal, args["id"]) is not None
    except (Failure, KeyError):
        return False


def _materials(items: list[MaterialInput]) -> list[services.MaterialInput]:
    return [services.MaterialInput(m.material.strip(), m.upload.strip()) for m in items]


async def _view(info: Info, application: Application) -> ApplicationType:
    principal = info.context.principal
    if principal.user_id != application.applicant_id:
        await access_log.record(
            principal, application.applicant_id, "application", application.tracking_number or ""
        )
    return (await application_views([application]))[0]


async def prefill_sources(user: User, organization: Organization | None) -> dict[str, str]:
    """What the form may be prefilled from: the profile, the business represented, and the fields of
    the active e-licences in the applicant's wallet (一次采集，多次复用)."""
    sources = {
        "profile.name": user.name,
        "profile.phone": user.phone or "",
        "profile.id_number": user.id_number or "",
    }
    if organization is not None:
        sources |= {
            "organization.name": organization.name,
            "organization.credit_code": organization.credit_code,
        }
    for licence in await Licence.filter(holder=user, status=LicenceStatus.ACTIVE).order_by("issued_on"):
        if licence.expires_on is None or licence.expires_on >= clock.today():
            for key, value in (licence.key_fields or {}).items():
                sources[f"licence.{licence.type_code}.{key}"] = str(value)
    return {k: v for k, v in sources.items() if v}


@strawberry.type
class ApplicationQuery:
    @strawberry.field(
        description="The merged form to apply for an item or bundle, prefilled for the applicant",
        permission_classes=allow(policies.citizen_or_helper),
    )
    @failures_as_data
    async def apply_form(
        self,
        info: Info,
        code: str,
        organization_credit_code: str | None = None,
        on_behalf_of: strawberry.ID | None = None,
    ) -> ApplyFormResult:
        catalog = await info.context.catalog()
        entry = services.catalog_entry(catalog, code)
        applicant, _ = await acting.applicant_and_actor(info.context.principal, entry.code, _id(on_behalf_of))
        organization = await services.represented_organization(applicant, organization_credit_code)
        schema = forms.form_for(catalog, entry.code)
        plan = services.material_plan(entry)
        return ApplyForm(
            code=entry.code,
            name=entry.name,
            form_schema=schema.to_json(),
            prefill=forms.prefill(schema, await prefill_sources(applicant, organization)),
            materials=[ApplicationMaterialType.plan(m) for m in plan],
        )

    @strawberry.field(permission_classes=allow(may_read_application))
    async def application(self, info: Info, id: strawberry.ID) -> ApplicationType:
        return await _view(info, await Application.get(id=int_id(id)))

    @strawberry.field(
        description="My applications and drafts (as a helper: the ones I filed), newest first",
        permission_classes=allow(policies.signed_in),
    )
    async def my_applications(
        self, info: Info, first: int = 20, after: strawberry.ID | None = None, drafts: bool = True
    ) -> ApplicationPage:
        first = max(1, min(first, 50))
        me = info.context.principal.user_id
        query = Application.filter(Q(applicant_id=me) | Q(filed_by_id=me))
        if not drafts:
            query = query.exclude(status=S.DRAFT)
        if after is not None:
            query = query.filter(id__lt=int_cursor(after))
        rows = await query.order_by("-id").limit(first + 1)
        nodes = await application_views(rows[:first])
        return ApplicationPage(
            nodes=nodes, next_cursor=str(rows[first - 1].id) if len(rows) > first else None
        )

    @strawberry.field(
        description="A hall kiosk's lookup: tracking number + verification code, status only",
        permission_classes=allow(policies.public),
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
        permission_classes=allow(policies.citizen_or_helper),
    )
    @failures_as_data
    async def save_draft(
        self, info: Info, input: ApplicationInput, version: int | None = None
    ) -> ApplicationResult:
        catalog = await info.context.catalog()
        draft_id = _id(input.draft_id)
        if draft_id is not None:
            draft = await Application.get_or_none(id=draft_id)
            if draft is None:
                raise Failure("DRAFT_NOT_FOUND", "草稿不存在或不属于您", "No such draft of yours")
            code = draft.catalog_code
        else:
            code = input.code
        applicant, actor = await acting.applicant_and_actor(
            info.context.principal, code, _id(input.on_behalf_of)
        )
        draft = await services.save_draft(
            catalog,
            applicant,
            actor,
            code,
            _form_data(input.data),
            _materials(input.materials),
            draft_id,
            version,
        )
        return (await application_views([draft]))[0]

    @strawberry.mutation(permission_classes=allow(policies.citizen_or_helper))
    @failures_as_data
    async def delete_draft(self, info: Info, id: strawberry.ID) -> ApplicationResult:
        me = await User.get(id=info.context.principal.user_id)
        draft = await services.own_draft(me, _id(id))
        view = (await application_views([draft]))[0]
        await draft.delete()
        return view

    @strawberry.mutation(
        description="Submit once: one application, one task per department. Safe to retry with the same key",
        permission_classes=allow(policies.citizen_or_helper),
    )
    @failures_as_data
    async def submit_application(self, info: Info, input: ApplicationInput) -> SubmitResult:
        catalog = await info.context.catalog()
        entry = services.catalog_entry(catalog, input.code)
        applicant, actor = await acting.applicant_and_actor(
            info.context.principal, entry.code, _id(input.on_behalf_of)
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
                draft_id=_id(input.draft_id),
                organization_credit_code=input.organization_credit_code,
            ),
        )
        return Submitted(
            application=(await application_views([result.application]))[0], created=result.created
        )

    @strawberry.mutation(
        description="Withdraw before acceptance", permission_classes=allow(policies.citizen_or_helper)
    )
    @failures_as_data
    async def withdraw_application(
        self, info: Info, id: strawberry.ID, reason: str = ""
    ) -> ApplicationResult:
        application = await _own(info, id)
        await services.withdraw(
            application, await acting.actor_for(info.context.principal, application), reason
        )
        return (await application_views([application]))[0]

    @strawberry.mutation(
        description="Send what the correction notice (一次性告知) asked for, and resubmit",
        permission_classes=allow(policies.citizen_or_helper),
    )
    @failures_as_data
    async def answer_correction(
        self, info: Info, id: strawberry.ID, materials: list[MaterialInput], data: JSON | None = None
    ) -> ApplicationResult:
        application = await _own(info, id)
        actor = await acting.actor_for(info.context.principal, application)
        await services.answer_correction(application, actor, _materials(materials), _form_data(data) or None)
        return (await application_views([await Application.get(id=application.id)]))[0]


async def _own(info: Info, id: str) -> Application:
    application = await Application.get_or_none(id=_id(id))
    if application is None:
        raise Failure("NOT_FOUND", "办件不存在", "No such application")
    await acting.actor_for(info.context.principal, application)  # raises unless applicant or their helper
    return application


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
            int_id(id),
            expires_at=live.token_expiry(context.bearer),
            recheck_seconds=context.settings.subscription_recheck_seconds,
        )
        async for application in updates:
            yield (await application_views([application]))[0]
