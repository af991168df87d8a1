"""The GraphQL types of the consent screen and the client registry."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated
from urllib.parse import urlsplit

import strawberry

from api.graphql.errors import Error
from api.graphql.ids import global_id
from api.identity import models
from api.identity.enums import Scope
from api.oauth.scopes import SCOPE_TEXT


@strawberry.type(name="OAuthError")
class OAuthErrorType(Error):
    pass


@strawberry.input(description="The parameters of /oauth/authorize, as the consent screen received them")
class AuthorizationRequestInput:
    client_id: str
    redirect_uri: str
    response_type: str | None = None
    scope: str | None = None
    state: str | None = None
    code_challenge: str | None = None
    code_challenge_method: str | None = None


@strawberry.type(description="One scope a client asks for, in plain words")
class ScopeDescription:
    scope: Scope
    title: str = strawberry.field(description="中文: what the app will be able to do")
    title_en: str
    granted: bool = strawberry.field(description="Already in the citizen's grant to this client")

    @classmethod
    def of(cls, scope: Scope, granted: bool) -> ScopeDescription:
        zh, en = SCOPE_TEXT[scope]
        return cls(scope=scope, title=zh, title_en=en, granted=granted)


@strawberry.type(description="What the consent screen asks the citizen: which client, which scopes")
class AuthorizationPrompt:
    client_id: str
    client_name: str
    redirect_host: str = strawberry.field(description="Where the answer goes (the redirect URI's host)")
    scopes: list[ScopeDescription]

    @staticmethod
    def host_of(redirect_uri: str) -> str:
        return urlsplit(redirect_uri).netloc


@strawberry.type(description="Where the browser goes next: the client's redirect URI with code or error")
class AuthorizationRedirect:
    location: str


@strawberry.type(description="A client (mini-program) in the registry")
class RegisteredClient:
    id: strawberry.ID
    client_id: str
    name: str
    scopes: list[Scope]
    redirect_uris: list[str]
    web_origins: list[str]
    created_at: datetime
    suspended_at: datetime | None
    secret_rotated_at: datetime | None

    @classmethod
    def of(cls, row: models.ApiClient) -> RegisteredClient:
        return cls(
            id=global_id("ApiClient", row.id),
            client_id=row.client_id,
            name=row.name,
            scopes=[Scope(s) for s in row.scopes],
            redirect_uris=list(row.redirect_uris),
            web_origins=list(row.web_origins),
            created_at=row.created_at,
            suspended_at=row.disabled_at,
            secret_rotated_at=row.secret_rotated_at,
        )


@strawberry.type(description="A client and its secret: shown this once, stored only hashed")
class ClientSecret:
    client: RegisteredClient
    client_secret: str


@strawberry.input
class ClientInput:
    name: str
    scopes: list[Scope]
    redirect_uris: list[str] = strawberry.field(default_factory=list)
    web_origins: list[str] = strawberry.field(default_factory=list)


PromptResult = Annotated[
    AuthorizationPrompt | AuthorizationRedirect | OAuthErrorType,
    strawberry.union("AuthorizationPromptResult"),
]
RedirectResult = Annotated[
    AuthorizationRedirect | OAuthErrorType, strawberry.union("AuthorizationRedirectResult")
]
ClientSecretResult = Annotated[ClientSecret | OAuthErrorType, strawberry.union("ClientSecretResult")]
RegisteredClientResult = Annotated[
    RegisteredClient | OAuthErrorType, strawberry.union("RegisteredClientResult")
]
