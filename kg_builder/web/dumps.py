"""``/dumps/``: the whole graph as files (TriG, N-Quads, Turtle, JSON-LD; plain and gzip).

Dumps are written on first request into the dump folder (setting ``DUMP_DIR``, by
default a folder in the system's temporary directory named after the store) and
rewritten after a curator write.  Only the file names listed in :data:`DUMPS` are
served, so no request can reach another file.
"""
from __future__ import annotations

import gzip
import hashlib
import shutil
import tempfile
import threading
from pathlib import Path

from flask import Blueprint, abort, current_app, render_template, send_from_directory

from .state import state

bp = Blueprint("dumps", __name__)

# (file name, media type, store dump format)
_BASE_DUMPS = [("kamerkg.trig", "application/trig", "trig"),
               ("kamerkg.nq", "application/n-quads", "nquads"),
               ("kamerkg.ttl", "text/turtle", "turtle"),
               ("kamerkg.jsonld", "application/ld+json", "jsonld")]
DUMPS = _BASE_DUMPS + [(n + ".gz", m, f) for n, m, f in _BASE_DUMPS]
_lock = threading.Lock()


def dump_dir() -> Path:
    configured = current_app.config.get("DUMP_DIR")
    if configured:
        path = Path(configured)
    else:
        key = hashlib.sha1(state().store.location.encode()).hexdigest()[:12]
        path = Path(tempfile.gettempdir()) / f"kg-dumps-{key}"
    path.mkdir(parents=True, exist_ok=True)
    return path


def ensure(name: str) -> Path:
    """The dump file ``name``, written now if missing or older than the last write."""
    entry = next((d for d in DUMPS if d[0] == name), None)
    if entry is None:
        abort(404)
    folder = dump_dir()
    target = folder / name
    with _lock:
        fresh = state().cache.setdefault("dumps", set())
        if name not in fresh or not target.exists():
            plain = folder / name.removesuffix(".gz")
            tmp = plain.with_suffix(plain.suffix + ".tmp")
            with open(tmp, "wb") as fh:
                state().store.dump(fh, entry[2])
            tmp.replace(plain)
            with open(plain, "rb") as src, open(str(plain) + ".gz.tmp", "wb") as raw, \
                    gzip.GzipFile(filename=plain.name, mode="wb", fileobj=raw) as dst:
                shutil.copyfileobj(src, dst)
            Path(str(plain) + ".gz.tmp").replace(str(plain) + ".gz")
            fresh.update({plain.name, plain.name + ".gz"})
    return target


@bp.route("/dumps/")
def index():
    folder = dump_dir()
    rows = []
    for name, media, _ in DUMPS:
        p = folder / name
        rows.append({"name": name, "media": media,
                     "size": p.stat().st_size if p.exists() and name in state().cache.get("dumps", ()) else None})
    return render_template("dumps.html", rows=rows)


@bp.route("/dumps/<name>")
def download(name: str):
    entry = next((d for d in DUMPS if d[0] == name), None)
    if entry is None:
        abort(404)
    ensure(name)
    if name.endswith(".gz"):
        return send_from_directory(dump_dir(), name, mimetype="application/gzip", as_attachment=True)
    return send_from_directory(dump_dir(), name, mimetype=entry[1])
