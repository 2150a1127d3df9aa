"""Decode text files whatever their encoding, and refuse what is not text."""
from __future__ import annotations

import re
from pathlib import Path

from ..errors import InputError

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode_bytes(raw: bytes, path: Path | str | None = None) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252; binary is refused."""
    if raw.startswith(b"\xef\xbb\xbf"):
        text = raw[3:].decode("utf-8", errors="replace")
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"UTF-16 text is damaged at byte {exc.start}", path=str(path),
                             hint="re-save the file as UTF-8") from exc
    else:
        if b"\x00" in raw[:4096]:
            raise InputError("file is binary, not text (it holds NUL bytes)", path=str(path),
                             hint="give the document as .txt, .html or .pdf")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # control characters and lone surrogates become spaces, so offsets stay meaningful
    text = _CONTROL.sub(" ", text)
    text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text
