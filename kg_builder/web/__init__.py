"""The web server: SPARQL endpoint, linked-data pages, query page, dumps.

``create_app(store, curator_token=None, **settings)`` builds the Flask app; ``kg serve``
runs it under waitress and ``server.py`` exposes it to ``flask run`` / gunicorn.
Settings (timeouts, limits) are listed in :mod:`.settings`.
"""
from __future__ import annotations

import logging
from pathlib import Path

from flask import Flask, Response, request
from werkzeug.exceptions import HTTPException

from ..errors import KGError
from ..store import Store, open_store
from . import i18n
from .settings import DEFAULTS, from_environment
from .state import ServerState, shorten

log = logging.getLogger("kg_builder.web")


def _open(store: str | Path | Store, writable: bool) -> Store:
    if isinstance(store, Store):
        return store
    spec = str(store)
    if spec.startswith(("http://", "https://", "memory:")):
        return open_store(spec)
    return open_store(spec, read_only=not writable)


def create_app(store: str | Path | Store = "data/store", curator_token: str | None = None,
               **settings) -> Flask:
    """The Flask app over ``store`` (a folder, ``memory:…``, a URL, or a :class:`Store`).

    With ``curator_token`` the app accepts SPARQL Update and Graph Store writes that
    carry it (curator mode); without it the server is read-only and opens a store
    folder read-only.  Keyword arguments override the settings in :mod:`.settings`.
    """
    app = Flask(__name__)
    app.config.update(DEFAULTS)
    app.config.update(from_environment())
    app.config.update({k.upper(): v for k, v in settings.items()})
    app.config["CURATOR_TOKEN"] = curator_token or None
    app.config["JSON_AS_ASCII"] = False
    app.config["PROPAGATE_EXCEPTIONS"] = False
    st = _open(store, writable=bool(curator_token))
    app.extensions["kg"] = ServerState(st, app.config)

    from . import dumps, gsp, pages, querypage, resources, sparql, void
    for module in (sparql, gsp, void, dumps, querypage, pages, resources):
        app.register_blueprint(module.bp)
    try:
        from .ontology import bp as ontology_bp
    except ImportError:
        ontology_bp = None
    if ontology_bp is not None:
        app.register_blueprint(ontology_bp)
    app.config["HAS_ONTOLOGY_PAGES"] = ontology_bp is not None

    app.jinja_env.globals.update(t=i18n.t, lang=i18n.lang, shorten=shorten,
                                 curator=bool(curator_token),
                                 has_ontology=ontology_bp is not None)
    app.after_request(i18n.remember_language)
    app.before_request(_limit_query_string)
    _error_handlers(app)
    if app.config["PREWARM"]:
        from .prewarm import start
        start(app)
    return app


def _error_page(status: int, message: str) -> Response:
    from flask import render_template
    from .negotiate import wants_html
    if wants_html(request.accept_mimetypes):
        return Response(render_template("error.html", status=status, message=message), status=status,
                        mimetype="text/html")
    return Response(message.rstrip() + "\n", status=status, mimetype="text/plain")


def _limit_query_string():
    from flask import current_app
    if len(request.query_string) > int(current_app.config["MAX_QUERY_STRING"]):
        return _error_page(414, "414 URI Too Long: send long queries with POST")
    return None


def _error_handlers(app: Flask) -> None:
    """Errors answer with a short message, never a stack trace."""

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):
        resp = _error_page(exc.code or 500, f"{exc.code} {exc.name}: {exc.description}")
        if exc.code == 405 and getattr(exc, "valid_methods", None):
            resp.headers["Allow"] = ", ".join(exc.valid_methods)
        return resp

    @app.errorhandler(KGError)
    def kg_error(exc: KGError):
        return _error_page(400, exc.render())

    @app.errorhandler(Exception)
    def unexpected(exc: Exception):
        log.exception("internal error on %s %s", request.method, request.path)
        return _error_page(500, "500 Internal Server Error: the server failed to answer; "
                                "the error has been logged")


__all__ = ["create_app"]
