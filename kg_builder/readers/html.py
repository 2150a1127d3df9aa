"""HTML pages (officielebekendmakingen, tweedekamer.nl) to plain text with lxml."""
from __future__ import annotations

from pathlib import Path

from ..errors import InputError

_BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table",
          "section", "article", "header", "footer", "blockquote", "dd", "dt", "pre", "title"}
_SKIP = {"script", "style", "noscript", "nav", "template", "head"}


def html_to_text(raw: bytes, path: Path | str | None = None) -> str:
    from lxml import etree, html as lhtml

    try:
        parser = lhtml.HTMLParser(recover=True, no_network=True, remove_comments=True,
                                  remove_pis=True, huge_tree=False)
        root = lhtml.document_fromstring(raw, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(f"HTML cannot be parsed: {exc}", path=str(path),
                         hint="check that the file is an HTML page, not an error page or binary") from exc
    main = root.find(".//main") if root.find(".//main") is not None else root
    out: list[str] = []

    def walk(el):
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _SKIP:
            if el.tail:
                out.append(el.tail)
            return
        if tag in _BLOCK:
            out.append("\n")
        if el.text:
            out.append(el.text)
        for child in el:
            walk(child)
        if tag in _BLOCK:
            out.append("\n")
        if el.tail:
            out.append(el.tail)

    walk(main)
    text = "".join(out)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    cleaned, blank = [], False
    for line in lines:
        if line:
            cleaned.append(line); blank = False
        elif not blank:
            cleaned.append(""); blank = True
    return "\n".join(cleaned).strip() + "\n"
