"""Where things are: ontology, shapes, queries, example and test data.

The project's top-level folders (``ontology/``, ``shapes/``, ``queries/``) are
found beside the package (editable install or source checkout), else inside it
(a wheel ships them as ``kg_builder/_ontology`` …); each can be moved with an
environment variable.
"""
from __future__ import annotations

import os
from pathlib import Path

from .errors import ConfigError

PACKAGE = Path(__file__).resolve().parent
ROOT = PACKAGE.parent
EVIDENCE_MODES = ("full", "compact")   # kg build --evidence: Web Annotations for every span, or the kgb: shortcuts only


def _dir(env: str, default: Path) -> Path:
    p = Path(os.environ.get(env, default))
    return p


def _shipped(name: str) -> Path:
    """The source tree's top-level folder ``name``, else the copy a wheel installs in the package."""
    beside = ROOT / name
    return beside if beside.is_dir() else PACKAGE / f"_{name}"


def ontology_dir() -> Path:
    return _dir("KG_ONTOLOGY_DIR", _shipped("ontology"))


def shapes_dir() -> Path:
    return _dir("KG_SHAPES_DIR", _shipped("shapes"))


def queries_dir() -> Path:
    return _dir("KG_QUERIES_DIR", _shipped("queries"))


def corpus_dir() -> Path:
    return _dir("KG_CORPUS", ROOT.parent / "shared" / "corpus")


def gold_dir() -> Path:
    return _dir("KG_GOLD", ROOT.parent / "shared" / "gold")


def cache_dir() -> Path | None:
    """Where derived data are cached (the reasoner's rule tables): ``KG_CACHE_DIR``, else
    ``$XDG_CACHE_HOME/kg-builder`` (``~/.cache/kg-builder``); ``KG_CACHE_DIR=""`` turns caching off."""
    value = os.environ.get("KG_CACHE_DIR")
    if value is not None:
        return Path(value) if value else None
    try:
        return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kg-builder"
    except RuntimeError:                                # no home folder: no cache
        return None


def require_dir(path: Path, what: str, env: str) -> Path:
    if not path.is_dir():
        raise ConfigError(f"{what} folder not found", path=str(path),
                          hint=f"set {env} to the folder that holds the {what} files")
    return path


def ttl_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.ttl") if p.is_file())
