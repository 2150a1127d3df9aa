"""The server's settings: defaults, environment variables and their documentation.

Every limit of the public endpoint is a setting here, so it can be read in one place
(``docs/server.md`` lists them) and overridden by ``create_app(**overrides)`` or the
environment variable named beside it.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from ..errors import ConfigError


@dataclass(frozen=True)
class Setting:
    key: str
    env: str
    default: object
    doc: str


SETTINGS = [
    Setting("QUERY_TIMEOUT", "KG_QUERY_TIMEOUT", 30.0,
            "seconds a SPARQL query may run; its worker process is then killed (503)"),
    Setting("QUERY_WORKERS", "KG_QUERY_WORKERS", 3,
            "worker processes that run SPARQL queries (each opens the store read-only)"),
    Setting("QUERY_MEMORY_MB", "KG_QUERY_MEMORY_MB", 2048,
            "address-space limit of one query worker in MiB (0: none)"),
    Setting("MAX_ROWS", "KG_MAX_ROWS", 50000,
            "result rows (SELECT) or triples (CONSTRUCT/DESCRIBE) returned at most; "
            "longer results are cut and marked with the header KG-Results-Truncated"),
    Setting("RESULT_CACHE_BYTES", "KG_RESULT_CACHE_BYTES", 64_000_000,
            "bytes of SPARQL answers kept for repeated queries over a store folder, dropped when "
            "the store changes (0: none, as `kg serve --no-cache`)"),
    Setting("RESULT_CACHE_ENTRY_BYTES", "KG_RESULT_CACHE_ENTRY_BYTES", 16_000_000,
            "largest single answer kept in the result cache"),
    Setting("PREWARM", "KG_PREWARM", False,
            "answer the canned queries in the background after start-up and after every change "
            "of the store, so their answers wait in the result cache (on in `kg serve`)"),
    Setting("PREWARM_INTERVAL", "KG_PREWARM_INTERVAL", 5.0,
            "seconds between two checks of the store for changes by the canned-query prewarmer"),
    Setting("MAX_CONTENT_LENGTH", "KG_MAX_REQUEST_BYTES", 1_000_000,
            "largest request body in bytes (larger: 413)"),
    Setting("MAX_QUERY_STRING", "KG_MAX_QUERY_STRING", 64_000,
            "longest URL query string in bytes (longer: 414)"),
    Setting("UNION_DEFAULT_GRAPH", "KG_UNION_DEFAULT_GRAPH", True,
            "the query default graph is the union of all named graphs (off: the store's own "
            "default graph, as plain SPARQL stores do)"),
    Setting("CURATOR_SCOPE", "KG_CURATOR_SCOPE", "curation",
            "what curator updates may write: 'curation' (only graphs under graph/curation) "
            "or 'all' (any graph; needed to run the W3C test suites)"),
    Setting("DUMP_DIR", "KG_DUMP_DIR", "",
            "folder for the generated dumps (default: a 'dumps' folder beside the store)"),
]

DEFAULTS = {s.key: s.default for s in SETTINGS}


def _coerce(value: str, default: object, env: str):
    try:
        if isinstance(default, bool):
            if value.lower() in ("1", "true", "yes", "on"):
                return True
            if value.lower() in ("0", "false", "no", "off"):
                return False
            raise ValueError(value)
        if isinstance(default, int):
            return int(value)
        if isinstance(default, float):
            return float(value)
    except ValueError:
        raise ConfigError(f"{env}={value!r} is not a valid {type(default).__name__}",
                          hint=f"set {env} to a value like {default!r}") from None
    return value


def from_environment() -> dict:
    """Settings given through environment variables."""
    out = {}
    for s in SETTINGS:
        if s.env in os.environ:
            out[s.key] = _coerce(os.environ[s.env], s.default, s.env)
    return out
