"""Language data as data: gazetteers, aliases, month names, role patterns.

Every ``*.json`` and ``*.tsv`` file in ``kg_builder/data/<lang>/`` is loaded
into :class:`LanguageData` under its file stem (``months.json`` ->
``data["months"]``).  Users extend the data without touching code by pointing
``KG_LANG_DATA`` at one or more folders (``os.pathsep``-separated) holding files
of the same names: JSON objects are merged key by key, JSON lists and TSV rows
are appended.
"""
from __future__ import annotations

import csv
import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import ConfigError

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


class LanguageData(dict):
    """Mapping of data-file stem to its content, with a helpful error for missing ones."""

    lang: str = "nl"

    def __missing__(self, key: str) -> Any:
        raise ConfigError(f"no language data file {key!r} for {self.lang!r}",
                          hint=f"add {key}.json or {key}.tsv to {DATA_DIR / self.lang} "
                               f"(available: {', '.join(sorted(self)) or 'none'})")


def _read(path: Path) -> Any:
    try:
        if path.suffix == ".json":
            return json.loads(path.read_text(encoding="utf-8"))
        with path.open(encoding="utf-8", newline="") as fh:
            rows = [r for r in csv.DictReader((line for line in fh if not line.startswith("#")),
                                              delimiter="\t")]
            return rows
    except (json.JSONDecodeError, csv.Error, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read language data: {exc}", path=str(path),
                          hint="fix the file's JSON/TSV syntax (UTF-8, tab-separated, header row)") from exc


def _merge(base: Any, extra: Any) -> Any:
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for k, v in extra.items():
            out[k] = _merge(out[k], v) if k in out else v
        return out
    if isinstance(base, list) and isinstance(extra, list):
        return base + extra
    return extra


def _folders(lang: str) -> list[Path]:
    folders = [DATA_DIR / lang]
    for extra in filter(None, os.environ.get("KG_LANG_DATA", "").split(os.pathsep)):
        p = Path(extra)
        folders.append(p / lang if (p / lang).is_dir() else p)
    return folders


def data_fingerprint(lang: str = "nl") -> str:
    """A hash of every language data file in use (the package's and the user's extensions): a
    changed gazetteer or pattern file changes what the extractors find."""
    h = hashlib.sha1()
    for folder in _folders(lang):
        if folder.is_dir():
            for path in sorted(folder.iterdir()):
                if path.suffix in (".json", ".tsv"):
                    h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:12]


@lru_cache(maxsize=4)
def load_language_data(lang: str = "nl") -> LanguageData:
    data = LanguageData()
    data.lang = lang
    for folder in _folders(lang):
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if path.suffix in (".json", ".tsv"):
                content = _read(path)
                data[path.stem] = _merge(data[path.stem], content) if path.stem in data else content
    return data
