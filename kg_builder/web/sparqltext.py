"""Just enough SPARQL lexing to police requests before they reach the engine.

The tokenizer skips comments, string literals and IRIs, so a keyword such as
``SERVICE`` is only found where it is a keyword, not inside ``"a service"``,
``<http://x/service>``, ``?service`` or ``ex:service``.
"""
from __future__ import annotations

import re
from typing import Iterator, NamedTuple

from ..errors import QueryError

_TOKEN = re.compile(r"""
    (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
               |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<comment>\#[^\n\r]*)
  | (?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+)
  | (?P<pname>[\w.-]*:[\w.:%\\-]*)
  | (?P<word>[A-Za-z_][\w-]*)
  | (?P<open>\{)
  | (?P<close>\})
  | (?P<space>\s+)
  | (?P<other>.)
""", re.VERBOSE | re.DOTALL)


class Token(NamedTuple):
    kind: str
    text: str
    start: int


def tokens(text: str) -> Iterator[Token]:
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind not in ("space", "comment"):
            yield Token(kind, m.group(), m.start())


def keywords(text: str) -> set[str]:
    """The upper-cased bare words of ``text`` (keywords and function names)."""
    return {t.text.upper() for t in tokens(text) if t.kind == "word"}


def refused_feature(text: str, update: bool = False) -> str | None:
    """``SERVICE`` or ``LOAD`` when the request would make the server fetch from the web."""
    words = keywords(text)
    if "SERVICE" in words:
        return "SERVICE"
    if update and "LOAD" in words:
        return "LOAD"
    return None


def add_using(update: str, default_graphs: list[str], named_graphs: list[str]) -> str:
    """Apply the protocol's ``using-graph-uri`` / ``using-named-graph-uri`` to an update.

    Inserts ``USING`` clauses before the ``WHERE`` of every DELETE/INSERT operation.
    The protocol forbids combining them with ``USING``/``WITH`` in the update itself.
    """
    if not default_graphs and not named_graphs:
        return update
    toks = list(tokens(update))
    if any(t.kind == "word" and t.text.upper() in ("USING", "WITH") for t in toks):
        raise QueryError("using-graph-uri/using-named-graph-uri cannot be combined with "
                         "USING or WITH in the update",
                         hint="give the dataset either in the request or in the update")
    clause = " ".join([f"USING <{g}>" for g in default_graphs]
                      + [f"USING NAMED <{g}>" for g in named_graphs]) + " "
    depth, prev, cuts = 0, "", []
    for t in toks:
        if t.kind == "open":
            depth += 1
        elif t.kind == "close":
            depth -= 1
        elif t.kind == "word" and depth == 0:
            word = t.text.upper()
            if word == "WHERE" and prev != "DELETE":
                cuts.append(t.start)
            prev = word
            continue
        if depth == 0:
            prev = t.text
    for pos in reversed(cuts):
        update = update[:pos] + clause + update[pos:]
    return update
