"""A batch full of bad documents: each gets a clear message, the rest is built, the store stays intact.

Every broken file is generated here (in tmp_path); nothing big is committed.
"""
from __future__ import annotations

import codecs
import http.server
import json
import os
import subprocess
import sys
import threading
import tracemalloc
from pathlib import Path

import pytest

import badfiles
from kg_builder import iris
from kg_builder.build import build
from kg_builder.errors import InputError
from kg_builder.readers import read_document
from kg_builder.store import open_store
from kg_builder.vocab import KGB

ROOT = Path(__file__).resolve().parent.parent
ACCENTED = "geïnformeerd"


class _Counter(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self):  # noqa: N802
        _Counter.hits.append(self.path)
        body = b'<!ENTITY leak "GELEKT">'
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *a):
        pass


@pytest.fixture(scope="module")
def listener():
    """A local HTTP server that records every request: the readers must never call it."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Counter)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


GOOD = {  # file -> what its stored text must contain
    "good-utf8.txt": ACCENTED, "good-cp1252.txt": ACCENTED, "good-latin1.txt": ACCENTED,
    "good-utf16.txt": ACCENTED, "good-utf16be.txt": ACCENTED, "good.html": ACCENTED,
    "good.pdf": "Defensie heeft de Kamer", "malformed.html": "vet cursief",
    "truncated.html": "De minister", "truncated-utf8.txt": "De minister", "controls.txt": "De minister",
    "surrogates.txt": "De minister", "external-dtd.xml": ACCENTED, "external-dtd.html": ACCENTED,
}
BAD = {  # file -> words its failure message must hold (besides its name and a "Fix:")
    "empty.txt": "empty", "blank.txt": "empty", "binary.txt": "binary", "docx.txt": "ZIP",
    "big.txt": "MiB limit", "truncated.xml": "malformed or truncated", "truncated.pdf": "damaged",
    "corrupt.pdf": "damaged", "error-page.pdf": "not a PDF", "bomb.xml": "entities",
    "bomb.html": "entities", "xxe-file.xml": "entities", "xxe-http.xml": "entities",
    "xxe.html": "entities", "malformed.xml": "malformed", "english.txt": "not in Dutch",
    "german.txt": "not in Dutch", "dangling.txt": "symbolic link", "pipe.txt": "named pipe",
    "index.csv": "bad row",
}


def make_batch(folder: Path, listener: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    dutch = badfiles.DUTCH
    w = lambda name, data: (folder / name).write_bytes(data)  # noqa: E731
    w("good-utf8.txt", dutch.encode())
    w("good-cp1252.txt", dutch.encode("cp1252"))
    w("good-latin1.txt", dutch.encode("latin-1"))
    w("good-utf16.txt", dutch.encode("utf-16"))
    w("good-utf16be.txt", codecs.BOM_UTF16_BE + dutch.encode("utf-16-be"))
    w("good.html", badfiles.html_page())
    w("good.pdf", badfiles.pdf())
    w("malformed.html", badfiles.malformed_html())
    w("truncated.html", badfiles.html_page()[:-150])
    w("truncated-utf8.txt", (dutch + "Syrië").encode()[:-1])
    w("controls.txt", (dutch + "Een NUL\x00, een bel\x07 en \x1b[1mescape\x1b[0m.\n" + dutch).encode())
    w("surrogates.txt", codecs.BOM_UTF16_LE + dutch.encode("utf-16-le") + b"\x00\xd8" + b"!\x00")
    w("external-dtd.xml", badfiles.external_dtd(f"{listener}/doc.dtd"))
    w("external-dtd.html", badfiles.external_dtd(f"{listener}/xhtml.dtd", html=True))
    w("empty.txt", b"")
    w("blank.txt", b" \n\t\r\n ")
    w("binary.txt", badfiles.binary())
    w("docx.txt", b"PK\x03\x04\x14\x00\x06\x00" + os.urandom(500))
    badfiles.sparse_file(folder / "big.txt", 100 * 2**20)
    w("truncated.xml", f"<doc><al>{dutch}</al><al>De mini".encode())
    w("truncated.pdf", badfiles.pdf()[:500])
    w("corrupt.pdf", b"%PDF-1.7\n" + os.urandom(3000))
    w("error-page.pdf", b"<!DOCTYPE html><html><body><h1>503 Service Unavailable</h1></body></html>")
    w("bomb.xml", badfiles.BILLION_LAUGHS)
    w("bomb.html", badfiles.BILLION_LAUGHS.replace(b"<lolz", b"<html><body").replace(b"</lolz>", b"</body></html>"))
    w("xxe-file.xml", badfiles.xxe("file:///etc/passwd"))
    w("xxe-http.xml", badfiles.xxe(f"{listener}/leak"))
    w("xxe.html", badfiles.xxe(f"{listener}/leak-html", html=True))
    w("malformed.xml", f"<doc><al>{dutch}</b></doc>".encode())
    w("english.txt", badfiles.ENGLISH.encode())
    w("german.txt", badfiles.GERMAN.encode())
    (folder / "dangling.txt").symlink_to(folder / "was-here.txt")
    os.mkfifo(folder / "pipe.txt")
    w("index.csv", b'file,title\ngood-utf8.txt,Een brief\ngood.html,"Een pagina\n')
    return folder


def texts(store) -> dict[str, str]:
    rows = store.select(f"SELECT ?g ?t WHERE {{ GRAPH ?g {{ ?d <{KGB.text}> ?t }} }}")
    return {str(r["g"]): str(r["t"]) for r in rows}


def graph_of(name: str) -> str:
    return str(iris.graph_iri(Path(name).stem))


@pytest.fixture(scope="module")
def built(tmp_path_factory, listener):
    root = tmp_path_factory.mktemp("bad-batch")
    folder = make_batch(root / "docs", listener)
    store = open_store(root / "store")
    report = build([folder], store)
    yield folder, store, report
    store.close()


def test_every_bad_file_is_reported_with_name_reason_and_fix(built):
    folder, _, report = built
    failed = {Path(p).name: msg for p, msg in report.failed}
    assert set(failed) == set(BAD), sorted(set(failed) ^ set(BAD))
    for name, words in BAD.items():
        msg = failed[name]
        assert name in msg and words in msg and "Fix:" in msg, msg
        assert "Traceback" not in msg


def test_the_rest_of_the_batch_is_built(built):
    _, store, report = built
    stored = texts(store)
    assert report.documents == len(GOOD)
    for name, needle in GOOD.items():
        assert needle in stored.get(graph_of(name), ""), name
    assert all("Ã" not in t and "\ufffd\ufffd" not in t for t in stored.values())


def test_reading_problems_are_warnings(built):
    _, _, report = built
    warned = {Path(p).name for p, _ in report.warnings}
    assert {"truncated-utf8.txt", "surrogates.txt"} <= warned


def test_entities_and_dtds_are_never_resolved_or_fetched(built, listener):
    _, store, _ = built
    assert _Counter.hits == []
    for text in texts(store).values():
        assert "root:" not in text and "GELEKT" not in text and "lol" not in text


def test_big_file_is_refused_in_bounded_memory(built):
    folder, _, _ = built
    tracemalloc.start()
    try:
        with pytest.raises(InputError, match="MiB limit"):
            read_document(folder / "big.txt")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 5 * 2**20


def test_stored_documents_stay_intact_when_their_file_goes_bad(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "brief.txt").write_text(badfiles.DUTCH, encoding="utf-8")
    store = open_store(tmp_path / "store")
    assert build([folder], store).ok
    g = iris.graph_iri("brief")
    before = sorted(store.quads(g))
    (folder / "brief.txt").write_bytes(badfiles.binary())     # the file is damaged afterwards
    (folder / "nieuw.txt").write_text(badfiles.DUTCH.replace("Irak", "Mali"), encoding="utf-8")
    report = build([folder], store)
    assert [Path(p).name for p, _ in report.failed] == ["brief.txt"]
    assert report.documents == 1
    assert sorted(store.quads(g)) == before
    store.close()


@pytest.mark.slow
def test_cli_exit_status_and_json_report(tmp_path, listener):
    folder = make_batch(tmp_path / "docs", listener)
    report_file = tmp_path / "report.json"
    run = subprocess.run([sys.executable, "-m", "kg_builder.cli", "build", str(folder), "--store",
                          str(tmp_path / "store"), "--quiet", "--report", str(report_file)],
                         capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert run.returncode == 1, run.stderr
    assert "Traceback" not in run.stderr
    for name in BAD:
        assert f"failed {folder / name}" in run.stderr
    assert f"{len(BAD)} file(s) failed" in run.stderr
    data = json.loads(report_file.read_text())
    assert data["ok"] is False and data["documents"] == len(GOOD)
    assert {Path(f["path"]).name for f in data["failed"]} == set(BAD)
    assert all(f["message"] for f in data["failed"])


def test_cli_folder_where_a_file_is_expected(tmp_path):
    run = subprocess.run([sys.executable, "-m", "kg_builder.cli", "extract", str(tmp_path)],
                         capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert run.returncode == 2 and "is a directory" in run.stderr and "Traceback" not in run.stderr
