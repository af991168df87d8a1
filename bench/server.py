"""The real app plus one bare Starlette JSON route, so both are measured on the same server."""

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from api.app import create_app


async def bare(request: Request) -> JSONResponse:
    return JSONResponse({"status": "ok"})


app = create_app(load_demo=True, whole_process=True)
app.router.routes.insert(0, Route("/bench/bare", bare))
