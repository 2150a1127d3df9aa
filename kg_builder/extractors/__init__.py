"""Built-in extractors.  Importing this package registers every module in it.

Each module defines one or more functions decorated with
``kg_builder.registry.extractor``; they take ``(doc, ctx)`` and yield
``Mention``/``Relation`` objects with offsets into ``doc.text``.
"""
from __future__ import annotations

import importlib
import pkgutil

for _info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
    if not _info.name.startswith("_"):
        importlib.import_module(f"{__name__}.{_info.name}")
