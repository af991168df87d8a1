"""The GraphQL face of the authorization code flow (the PWA's consent screen) and of the client
registry (the desk's /desk/clients): thin resolvers over ``api.oauth.services``."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from api.graphql.connections import Connection, id_connection, id_window, page_size
from api.graphql.errors import failures_as
from api.graphql.ids import from_global_id
from api.graphql.permissions import allow
from api.identity import policies
from api.identity.models import ApiClient
from api.identity.queries import current_user
from api.oauth.services import authorization, registry, tokens
from api.oauth.types import (
    AuthorizationPrompt,
    AuthorizationRedirect,
    AuthorizationRequestInput,
    ClientInput,
    ClientSecret,
    ClientSecretResult,
    OAuthErrorType,
    PromptResult,
    RedirectResult,
    RegisteredClient,
    RegisteredClientResult,
    ScopeDescription,
)

failures_as_data = failures_as(OAuthErrorType)
MAX_CLIENTS_PAGE = 100


def _request(value: AuthorizationRequestInput) -> authorization.AuthorizationRequest:
    return authorization.AuthorizationRequest(
        client_id=value.client_id,
        redirect_uri=value.redirect_uri,
        response_type=value.response_type,
        scope=value.scope,
        state=value.state,
        code_challenge=value.code_challenge,
        code_challenge_method=value.code_challenge_method,
    )


async def _client_id(id: strawberry.ID) -> str:
    """The registry's client id (``ov_…``) behind a RegisteredClient's global id."""
    return await registry.client_id_of(from_global_id(id, "ApiClient"))


@strawberry.type
class OAuthQuery:
    @strawberry.field(
        description="The consent screen: which client asks for which scopes (or where to send the browser "
        "back, when the client's request is wrong)",
        permission_classes=allow(policies.citizen),
    )
    @failures_as_data
    async def authorization_request(self, info: Info, request: AuthorizationRequestInput) -> PromptResult:
        try:
            checked = await authorization.check(_request(request))
        except authorization.Redirectable as wrong:
            return AuthorizationRedirect(location=wrong.location)
        granted = await tokens.granted_scopes(checked.client.id, (await current_user(info)).id)
        return AuthorizationPrompt(
            client_id=checked.client.client_id,
            client_name=checked.client.name,
            redirect_host=AuthorizationPrompt.host_of(checked.redirect_uri),
            scopes=[ScopeDescription.of(s, s in granted) for s in sorted(checked.scopes)],
        )

    @strawberry.field(
        description="Registered clients (mini-programs), newest first",
        permission_classes=allow(policies.administrator),
    )
    async def client_registry(
        self, info: Info, first: int = 20, after: str | None = None
    ) -> Connection[RegisteredClient]:
        window = await id_window(ApiClient.all(), page_size(first, MAX_CLIENTS_PAGE), after)
        return id_connection(window, RegisteredClient.of)


@strawberry.type
class OAuthMutation:
    @strawberry.mutation(
        description="The citizen approves: the grant is created or extended, a code goes to the client",
        permission_classes=allow(policies.citizen),
    )
    @failures_as_data
    async def approve_authorization(self, info: Info, request: AuthorizationRequestInput) -> RedirectResult:
        try:
            location = await authorization.approve(await current_user(info), _request(request))
        except authorization.Redirectable as wrong:
            location = wrong.location
        return AuthorizationRedirect(location=location)

    @strawberry.mutation(
        description="The citizen declines: the client is told error=access_denied",
        permission_classes=allow(policies.citizen),
    )
    @failures_as_data
    async def deny_authorization(self, info: Info, request: AuthorizationRequestInput) -> RedirectResult:
        try:
            location = await authorization.deny(_request(request))
        except authorization.Redirectable as wrong:
            location = wrong.location
        return AuthorizationRedirect(location=location)

    @strawberry.mutation(
        description="Register a client: exact redirect URIs, web origins (CORS); its secret is shown once",
        permission_classes=allow(policies.administrator),
    )
    @failures_as_data
    async def register_client(self, info: Info, input: ClientInput) -> ClientSecretResult:
        client, secret = await registry.register(
            input.name,
            frozenset(input.scopes),
            await current_user(info),
            input.redirect_uris,
            input.web_origins,
        )
        return ClientSecret(client=RegisteredClient.of(client), client_secret=secret)

    @strawberry.mutation(
        description="Suspend a client: invalid_client at /oauth/token, its tokens stop working",
        permission_classes=allow(policies.administrator),
    )
    @failures_as_data
    async def suspend_client(self, info: Info, id: strawberry.ID) -> RegisteredClientResult:
        return RegisteredClient.of(await registry.suspend(await _client_id(id)))

    @strawberry.mutation(permission_classes=allow(policies.administrator))
    @failures_as_data
    async def reactivate_client(self, info: Info, id: strawberry.ID) -> RegisteredClientResult:
        return RegisteredClient.of(await registry.reactivate(await _client_id(id)))

    @strawberry.mutation(
        description="A new secret, shown once; the old one stops working at once",
        permission_classes=allow(policies.administrator),
    )
    @failures_as_data
    async def rotate_client_secret(self, info: Info, id: strawberry.ID) -> ClientSecretResult:
        client, secret = await registry.rotate_secret(await _client_id(id))
        return ClientSecret(client=RegisteredClient.of(client), client_secret=secret)

    @strawberry.mutation(
        description="Replace a client's redirect URIs and/or web origins (omitted: unchanged)",
        permission_classes=allow(policies.administrator),
    )
    @failures_as_data
    async def configure_client(
        self,
        info: Info,
        id: strawberry.ID,
        redirect_uris: list[str] | None = None,
        web_origins: list[str] | None = None,
    ) -> RegisteredClientResult:
        client = await registry.configure(await _client_id(id), redirect_uris, web_origins)
        return RegisteredClient.of(client)
