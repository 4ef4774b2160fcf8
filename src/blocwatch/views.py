"""Web pages: requests → server-rendered HTML over the same queries as the API.

Jinja2 templates with autoescaping on; article text is untrusted and reaches the page only
escaped.  Charts are inline SVG drawn here on the server; the only assets are a vendored
classless stylesheet (water.css, from the npm registry) and a small stylesheet of our own.
"""

from __future__ import annotations

from importlib import resources
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, select_autoescape

ENV = Environment(loader=PackageLoader("blocwatch", "templates"),
                  autoescape=select_autoescape(default=True, default_for_string=True))


def render(name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return HTMLResponse(ENV.get_template(name).render(**context), status_code=status)


def error_page(request: Request, status: int, code: str, message: str) -> HTMLResponse:
    return render("error.html", status, title=f"Error {status}", status=status, code=code,
                  message=message)


def install(app: FastAPI) -> None:
    static = resources.files("blocwatch").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
