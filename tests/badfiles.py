"""Generators of good and broken input files for the reliability tests (never committed as files)."""
from __future__ import annotations

import os
from pathlib import Path

DUTCH = ("De minister van Defensie heeft de Kamer op 28 november per brief geïnformeerd over de "
         "aanvallen op de coalitie in Irak en Syrië. Volgens de regering is de dreiging voor het "
         "Nederlandse personeel in de regio toegenomen. De vaste commissie voor Defensie heeft naar "
         "aanleiding van deze brief een aantal vragen en opmerkingen voorgelegd aan de minister. "
         "De leden van de fractie hebben met belangstelling kennisgenomen van de brief en willen "
         "weten welke maatregelen er zijn genomen om de veiligheid van de militairen te vergroten. "
         "Zij vragen ook of de missie wordt voortgezet en hoe de regering de situatie beoordeelt.\n")
ENGLISH = ("The Minister of Defence informed the House by letter about the attacks on the coalition "
           "in Iraq and Syria. According to the government, the threat to the personnel in the region "
           "has increased. The committee has put a number of questions to the minister, and the "
           "members of the group would like to know which measures have been taken to improve the "
           "safety of the soldiers and whether the mission will be continued in the coming year.\n")
GERMAN = ("Der Minister der Verteidigung hat das Parlament über die Angriffe auf die Koalition im Irak "
          "und in Syrien informiert. Nach Angaben der Regierung ist die Bedrohung für das Personal in "
          "der Region gestiegen. Die Mitglieder des Ausschusses wollen wissen, welche Maßnahmen zur "
          "Verbesserung der Sicherheit der Soldaten ergriffen wurden und ob die Mission auch im "
          "nächsten Jahr fortgesetzt wird, denn es ist nicht sicher, dass sie noch sinnvoll ist.\n")

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<lolz a="&lol9;"><p>&lol9;</p></lolz>
"""


def xxe(url: str, html: bool = False) -> bytes:
    """A document whose entity would read ``url`` if entities were resolved."""
    body = f"<html><body><p>{DUTCH} &xxe;</p></body></html>" if html else f"<doc><p>{DUTCH} &xxe;</p></doc>"
    return (f'<?xml version="1.0"?>\n<!DOCTYPE doc [ <!ENTITY xxe SYSTEM "{url}"> ]>\n{body}\n').encode()


def external_dtd(url: str, html: bool = False) -> bytes:
    """A document that names an external DTD (must never be fetched)."""
    if html:
        return (f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "{url}">\n'
                f"<html><body><p>{DUTCH}</p></body></html>\n").encode()
    return f'<?xml version="1.0"?>\n<!DOCTYPE doc SYSTEM "{url}">\n<doc><p>{DUTCH}</p></doc>\n'.encode()


def html_page(text: str = DUTCH, charset: str | None = "utf-8") -> bytes:
    meta = f'<meta charset="{charset}">' if charset else ""
    paras = "".join(f"<p>{p}</p>" for p in text.split(". "))
    return (f"<!DOCTYPE html><html><head>{meta}<title>Brief</title><script>var x = '<p>';</script>"
            f"</head><body><nav>Menu</nav><main><h1>Brief van de minister</h1>{paras}</main></body></html>"
            ).encode(charset or "utf-8")


def malformed_html(text: str = DUTCH) -> bytes:
    """Unclosed and misnested tags, a stray end tag, an unterminated attribute."""
    return (f"<html><body><div><p>{text[:200]}<b><i>vet</b> cursief</i><p>{text[200:]}"
            f"</span><table><tr><td>cel<td>cel 2</table><a href='x>link</a>").encode()


def pdf(text: str = DUTCH) -> bytes:
    """A minimal, valid one-page PDF with ``text`` (Helvetica, WinAnsi) as its text layer."""
    lines = []
    for i in range(0, len(text), 80):
        chunk = text[i:i + 80].replace("\n", " ").encode("cp1252", errors="replace")
        esc = b"".join(bytes([c]) if 32 <= c < 127 and c not in b"()\\" else b"\\%03o" % c for c in chunk)
        lines.append(b"(" + esc + b") Tj T*")
    stream = b"BT /F1 10 Tf 14 TL 40 800 Td " + b" ".join(lines) + b" ET"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for n, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def sparse_file(path: Path, size: int) -> Path:
    """A file of ``size`` bytes that takes no disk space (a hole)."""
    with open(path, "wb") as fh:
        fh.truncate(size)
    return path


def binary(n: int = 4096) -> bytes:
    return os.urandom(n) + b"\x00\x01\x02"
