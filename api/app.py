"""``create_app(settings)``: routes, middleware and lifespan of the OneVisit service."""

from __future__ import annotations

import contextlib
import logging
from functools import partial

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Mount, Route, Router, WebSocketRoute
from tortoise.contrib.starlette import RegisterTortoise

from api import collector, db
from api.applications.bus import BUS
from api.appointments.demo import seed_demo_slots
from api.catalog.loader import load_catalog, read_catalog
from api.catalog.queries import CatalogQuery
from api.catalog.snapshot import CatalogCache
from api.counter.routes import CounterPrintRoutes
from api.graphql.context import Context
from api.graphql.persisted import PersistedQueries
from api.helping.teams import load_teams, read_teams
from api.identity import policies
from api.identity.demo_accounts import seed_demo_accounts
from api.identity.principal import ANONYMOUS, Principal
from api.identity.runtime import IdentityRuntime
from api.queue.job import NoShowMarker
from api.schema import build_schema
from api.settings import Settings, tortoise_config
from api.statistics.routes import StatisticsRoutes
from api.supervision.job import start_in_app as start_supervision
from api.uploads.routes import UploadRoutes
from api.uploads.sweeper import TempSweeper
from api.wallet import keys as wallet_keys
from api.wallet import routes as wallet_routes
from api.web.auth import trusted_proxies
from api.web.catalogue_files import CatalogueFiles
from api.web.client_documents import ClientDocuments
from api.web.cors import CORS
from api.web.demo_clock import demo_clock
from api.web.demo_signin import demo_accounts, demo_sign_in
from api.web.demo_sms import demo_sms_page
from api.web.graphql_http import GraphQLEndpoint, GraphQLRoute
from api.web.oauth import OAuthRoutes
from api.web.public_documents import PublicDocuments, public_fields
from api.web.public_queries import PublicQueryCache
from api.web.pwa import PWA
from api.web.qr_routes import QRRoutes
from api.web.security_headers import SecurityHeaders
from api.web.session_cookie import SessionRoutes
from notifications.worker import start_in_app as start_notifications

log = logging.getLogger("onevisit")


def create_app(
    settings: Settings | None = None, *, load_demo: bool = False, whole_process: bool = False
) -> Starlette:
    """``whole_process``: the app is what this process serves (a server, not a test): once started, the
    garbage collector is set for it (``api.collector``)."""
    settings = settings or Settings.from_env()
    settings.setup_data_keys()  # before anything reads a key or an ID number; production needs one
    db.ensure_sqlite_directory(settings.database_url)
    schema = build_schema(settings)
    catalog_cache = CatalogCache(settings.catalog_check_interval)
    persisted = PersistedQueries()
    public_cache = PublicQueryCache(schema)
    # ad-hoc documents reading only public catalogue fields share the public cache (api.web.public_documents)
    graphql_name = schema.config.name_converter.get_graphql_name
    catalogue_fields = public_fields(CatalogQuery, policies.public, graphql_name)
    public_documents = PublicDocuments(catalogue_fields, settings.graphql_max_tokens)

    identity = IdentityRuntime.for_base_url(settings.public_base_url)

    def make_context(principal: Principal = ANONYMOUS) -> Context:
        return Context(settings=settings, catalog_cache=catalog_cache, identity=identity, principal=principal)

    endpoint = GraphQLEndpoint(
        schema,
        context_factory=make_context,
        persisted=persisted,
        keys=identity.keys,
        graphql_ide="graphiql" if settings.graphiql else None,
        allow_queries_via_get=True,
    )
    qr = QRRoutes(settings, catalog_cache)
    pwa = PWA(settings.pwa_dist, persisted, public_cache, make_context)
    oauth = OAuthRoutes(identity, pwa.shell)
    uploads = UploadRoutes(settings, identity.keys)
    catalogue_files = CatalogueFiles(settings, catalog_cache)
    prints = CounterPrintRoutes(settings, identity.keys)
    statistics = StatisticsRoutes(identity.keys, catalog_cache)
    sessions = SessionRoutes(identity, settings.public_base_url)

    async def health(request: Request) -> JSONResponse:
        catalog = await catalog_cache.get()
        return JSONResponse({"status": "ok", "catalogRevision": catalog.revision})

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette):
        async with RegisterTortoise(app, config=tortoise_config(settings.database_url)):
            applied = await db.migrate(settings.database_url)
            log.info("database ready (%s)", ", ".join(applied) or "up to date")
            if load_demo:
                result = await load_catalog(read_catalog(settings.catalog_dir))
                await load_teams(read_teams(settings.catalog_dir / "helper_teams.yaml"))
                log.info(
                    "demo catalogue revision %s (%s)",
                    result.revision,
                    "loaded" if result.changed else "unchanged",
                )
                if not settings.production:
                    await seed_demo_accounts()  # one account per role, for the demo sign-in
            catalog = await catalog_cache.get()
            if load_demo and not settings.production:
                log.info("demo slots: %d published", await seed_demo_slots(catalog))
            await identity.keys.load()
            # the status list's signing key exists before a verifier first fetches the keys: made on the
            # first status list instead, a verifier holding the keys fetched a moment before could not
            # check that list (status "not checked")
            await wallet_keys.signing_key(None)
            notifier = await start_notifications(settings, identity.sms)
            supervision = start_supervision(settings.extra)
            sweeper = TempSweeper(uploads.store).start()  # temporary uploads a crashed process left
            no_shows = NoShowMarker().start()  # bookings 15 minutes late without checking in
            if not settings.database_url.startswith("sqlite"):
                await BUS.listen_postgres(settings.database_url)
            if whole_process:
                collector.settle()
            try:
                yield
            finally:
                await sweeper.stop()
                await no_shows.stop()
                if supervision is not None:
                    await supervision.stop()
                if notifier is not None:
                    await notifier.stop()
                await BUS.close()

    # Compression where it pays: the public cache stores gzipped bodies itself; strawberry's answers
    # and the PWA's files are compressed on the way out.
    compressed = partial(GZipMiddleware, minimum_size=800)
    routes = [
        Route(
            "/graphql",
            GraphQLRoute(
                compressed(endpoint),
                persisted,
                public_cache,
                make_context,
                identity.keys,
                settings.public_cache_max_age,
                public_documents,
                schema.meter,
                clients=ClientDocuments(persisted, enforce=settings.documents_only),
            ),
            methods=["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"],  # others: a typed 405
        ),
        WebSocketRoute("/graphql", endpoint),
        Route("/healthz", health),
        Route("/oauth/authorize", oauth.authorize, methods=["GET"]),
        Route("/oauth/token", oauth.token, methods=["POST"]),
        Route("/auth/refresh", sessions.refresh, methods=["POST"]),
        Route("/auth/sign-out", sessions.sign_out, methods=["POST"]),
        Route("/.well-known/jwks.json", oauth.jwks),
        Mount("/g", compressed(Router([Route("/{code:str}", pwa.guide_page)]))),
        Route("/q/{code:str}.{fmt:str}", qr.image),
        Route("/halls/{hall:str}/posters.{fmt:str}", qr.poster_sheet),
        Route("/halls/{hall:str}/checkin.{fmt:str}", qr.check_in_image),
        Route("/counter/applications/{id:str}/{kind:str}.pdf", prints.document),
        Route("/statistics/export.{fmt:str}", statistics.export),
        Route("/uploads", uploads.create, methods=["POST"]),
        Route("/uploads/{public_id:str}", uploads.read, methods=["GET"]),
        Route("/catalogue-files/{public_id:str}", catalogue_files.read, methods=["GET"]),
        Route("/wallet/jwks.json", wallet_routes.jwks),
        Route("/wallet/status-list", wallet_routes.status_list),
        Mount("/", compressed(Router([Route("/{path:path}", pwa.asset, methods=["GET", "HEAD"])]))),
    ]
    if load_demo and not settings.production:
        routes.insert(0, Route("/demo/sms", demo_sms_page))  # a demo's texts, readable by whoever tries it
        routes.insert(0, Route("/demo/clock", demo_clock, methods=["GET", "POST"]))  # try dates passing
        routes.insert(0, Route("/demo/accounts", demo_accounts))  # 演示登录: one account per role
        routes.insert(0, Route("/demo/sign-in", demo_sign_in, methods=["POST"]))
    middleware = [
        # outermost: the client's real address and scheme, from explicitly trusted proxies only
        Middleware(trusted_proxies, proxies=settings.trusted_proxies),
        Middleware(SecurityHeaders, shells=pwa.shells),
        Middleware(CORS),  # registered web origins of clients only, on /graphql and /oauth/token
    ]
    app = Starlette(routes=routes, lifespan=lifespan, middleware=middleware)
    app.state.settings = settings
    app.state.catalog_cache = catalog_cache
    app.state.identity = identity
    return app
