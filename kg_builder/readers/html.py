"""HTML pages and XML documents to plain text with lxml, safely.

Nothing from outside the file is ever loaded: no DTDs, no external entities,
no network.  A document that declares its own entities (``<!ENTITY``) is
refused before parsing: declared entities are how "billion laughs" expansion
bombs and XXE file reads work, and parliamentary documents never need them.
HTML is parsed leniently (as browsers do: truncated or malformed pages still
give their text); XML must be well-formed.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..errors import InputError
from .text import clean_text, decode_bytes, where

_BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table",
          "section", "article", "header", "footer", "blockquote", "dd", "dt", "pre", "title", "td", "th"}
_SKIP = {"script", "style", "noscript", "nav", "template", "head"}
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")
HEAD = 4096


def _refuse_entities(raw: bytes, path) -> None:
    m = _ENTITY_DECL.search(raw.replace(b"\x00", b""))
    if m:
        line = raw[:m.start()].count(b"\n") + 1
        raise InputError("document declares its own XML entities (<!ENTITY ...>); they are refused "
                         "because they can expand to gigabytes (entity bombs) or read local files (XXE)",
                         path=where(path), where=f"line {line}",
                         hint="remove the DOCTYPE's entity declarations, or give the document's text as .txt")


def html_to_text(raw: bytes, path: Path | str | None = None, warnings: list[str] | None = None) -> str:
    """Text of an HTML page: block elements become lines, scripts and navigation are dropped."""
    from lxml import etree, html as lhtml

    _refuse_entities(raw, path)
    m = _META_CHARSET.search(raw[:HEAD])
    text = decode_bytes(raw, path, warnings, declared=m.group(1).decode("ascii") if m else None)
    if not text.strip():
        return ""
    try:
        parser = lhtml.HTMLParser(recover=True, no_network=True, remove_comments=True,
                                  remove_pis=True, huge_tree=False)
        root = lhtml.document_fromstring(text, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise InputError(f"HTML cannot be parsed: {exc}", path=where(path),
                         hint="check that the file is an HTML page, not an error page or binary") from exc
    main = root.find(".//main")
    return _layout(_walk(main if main is not None else root))


def xml_to_text(raw: bytes, path: Path | str | None = None, warnings: list[str] | None = None) -> str:
    """Text of a well-formed XML document (e.g. officielebekendmakingen XML)."""
    from lxml import etree

    _refuse_entities(raw, path)
    if not raw.strip():
        return ""
    m = _XML_ENCODING.search(raw[:HEAD])
    data = raw if m or raw.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")) else \
        decode_bytes(raw, path, warnings).encode("utf-8")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             dtd_validation=False, huge_tree=False, remove_comments=True,
                             remove_pis=True, recover=False)
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        line = f"line {exc.lineno}, column {exc.offset}" if exc.lineno else None
        raise InputError(f"XML is malformed or truncated: {exc.msg}", path=where(path), where=line,
                         hint="XML must be well-formed; download the file again, or give it as .html or .txt") from exc
    except (ValueError, LookupError) as exc:
        raise InputError(f"XML cannot be read: {exc}", path=where(path),
                         hint="save the file as UTF-8 XML") from exc
    return _layout(_walk(root, xml=True))


def _walk(root, xml: bool = False) -> str:
    out: list[str] = []

    def is_block(el, tag: str) -> bool:
        if not xml:
            return tag in _BLOCK
        parent = el.getparent()  # in XML an element is a block unless it sits in running text
        return parent is None or not ((parent.text or "").strip()
                                      or any((c.tail or "").strip() for c in parent))

    def walk(el):
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag:  # comments, processing instructions, unresolved entity references
            out.append(el.tail or "")
            return
        tag = tag.rsplit("}", 1)[-1].lower()
        if tag in _SKIP:
            out.append(el.tail or "")
            return
        block = is_block(el, tag)
        if block:
            out.append("\n")
        out.append(el.text or "")
        for child in el:
            walk(child)
        if block:
            out.append("\n")
        out.append(el.tail or "")

    walk(root)
    return "".join(out)


def _layout(text: str) -> str:
    """Collapse spaces within lines and runs of blank lines; clean control characters."""
    lines = [" ".join(line.split()) for line in clean_text(text).split("\n")]
    cleaned, blank = [], False
    for line in lines:
        if line:
            cleaned.append(line)
            blank = False
        elif not blank:
            cleaned.append("")
            blank = True
    out = "\n".join(cleaned).strip()
    return out + "\n" if out else ""
