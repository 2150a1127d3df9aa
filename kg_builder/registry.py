"""Registry of extractors, after rdflib's plugin module and spaCy's factories.

An extractor is a callable ``(doc, ctx) -> iterable of Mention | Relation``
registered under a name with the ontology terms it produces.  Extractors from
other packages register through the ``kg_builder.extractors`` entry point
group; the entry point must load to a registered :class:`ExtractorSpec` or to a
function decorated with :func:`extractor`.
"""
from __future__ import annotations

from dataclasses import dataclass
from importlib.metadata import entry_points
from typing import Any, Callable, Iterable

from .errors import RegistryError

ENTRY_POINT_GROUP = "kg_builder.extractors"


@dataclass(frozen=True)
class ExtractorSpec:
    name: str
    func: Callable[..., Iterable[Any]]
    version: str
    produces: tuple[str, ...]        # ontology terms (IRIs as strings) it leads to
    kinds: tuple[str, ...]           # mention kinds / relation names it returns
    order: int = 50                  # lower runs first; later ones see earlier results
    description: str = ""

    def __call__(self, doc, ctx):
        return self.func(doc, ctx)


_REGISTRY: dict[str, ExtractorSpec] = {}
_loaded_entry_points = False


def extractor(name: str, *, version: str = "1", produces: Iterable[Any] = (),
              kinds: Iterable[str] = (), order: int = 50):
    """Decorator: register ``func`` as extractor ``name``."""

    def deco(func):
        register(ExtractorSpec(name=name, func=func, version=version,
                               produces=tuple(str(p) for p in produces),
                               kinds=tuple(kinds), order=order,
                               description=(func.__doc__ or "").strip().split("\n")[0]))
        return func

    return deco


def register(spec: ExtractorSpec) -> None:
    old = _REGISTRY.get(spec.name)
    if old is not None and old.func is not spec.func:
        raise RegistryError(f"extractor {spec.name!r} is registered twice "
                            f"({old.func.__module__} and {spec.func.__module__})",
                            hint="give one of them another name")
    _REGISTRY[spec.name] = spec


def _load_builtin_and_plugins() -> None:
    global _loaded_entry_points
    from . import extractors  # noqa: F401  (registers the built-in ones)
    if _loaded_entry_points:
        return
    _loaded_entry_points = True
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        try:
            obj = ep.load()
        except Exception as exc:  # a broken plug-in must say which one it is
            raise RegistryError(f"extractor plug-in {ep.name!r} ({ep.value}) failed to load: {exc}",
                                hint="fix or uninstall the package that provides it") from exc
        if isinstance(obj, ExtractorSpec):
            register(obj)


def names() -> list[str]:
    _load_builtin_and_plugins()
    return sorted(_REGISTRY, key=lambda n: (_REGISTRY[n].order, n))


def get(name: str) -> ExtractorSpec:
    _load_builtin_and_plugins()
    try:
        return _REGISTRY[name]
    except KeyError:
        raise RegistryError(f"unknown extractor {name!r}",
                            hint=f"use one of: {', '.join(names())}") from None


def pipeline(selected: Iterable[str] | None = None,
             exclude: Iterable[str] = ()) -> list[ExtractorSpec]:
    """The extractors to run, in order."""
    chosen = list(selected) if selected else names()
    excluded = set(exclude)
    specs = [get(n) for n in chosen if n not in excluded]
    return sorted(specs, key=lambda s: (s.order, s.name))
