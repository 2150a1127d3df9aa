"""What was found in one document, in the JSON schema of the gold annotations.

``to_gold(analysis)`` returns the dict ``kg extract FILE --format json`` prints:
``file``, ``document`` (metadata), ``persons``, ``organisations``, ``places``,
``missions``, ``dates``, ``citations``, ``events``, ``quantities``, one entry
per distinct entity or value, every surface form listed in ``mentions``.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any


_ORG_KINDS = {"party", "parliamentary_group", "committee", "chamber", "ministry", "government", "state",
              "international_organisation", "armed_group", "militia", "terrorist_organisation", "company",
              "other"}
_PLACE_KINDS = {"country", "region", "city", "base", "sea", "building", "other"}


def _mentions_of(ent) -> list[str]:
    out: list[str] = []
    for m in getattr(ent, "mentions", []) or []:     # the normalised label and the surface form as written
        for label in (getattr(m, "label", None), " ".join(str(getattr(m, "text", "") or "").split())):
            if label and label not in out:
                out.append(label)
    for label in getattr(ent, "labels", []) or []:
        if label and label not in out:
            out.append(label)
    return out


def _kind(ent, allowed: set[str]) -> str:
    k = (getattr(ent, "type", None) or (ent.attrs or {}).get("kind") or "other")
    k = str(k).rsplit("#", 1)[-1].rsplit("/", 1)[-1]
    k = {"InternationalOrganisation": "international_organisation", "PoliticalParty": "party",
         "ParliamentaryGroup": "parliamentary_group", "TerroristOrganisation": "terrorist_organisation",
         "ArmedGroup": "armed_group"}.get(k, k)
    k = k.lower()
    return k if k in allowed else "other"


def _as_list(value: Any) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple, set)) else [value]


def _name(value: Any) -> str | None:
    """A readable name for an attribute value that may be an entity, a mention or a string."""
    if value is None:
        return None
    for attr in ("name", "label", "text"):
        if hasattr(value, attr) and isinstance(getattr(value, attr), str):
            return getattr(value, attr)
    return str(value)


def to_gold(analysis) -> dict[str, Any]:
    """The gold-schema dict for one analysed document."""
    doc = analysis.doc
    out: dict[str, Any] = {
        "file": Path(doc.path).name if doc.path else doc.key,
        "document": doc.meta.as_gold(),
        "persons": [], "organisations": [], "places": [], "missions": [],
        "dates": [], "citations": [], "events": [], "quantities": [],
    }
    seen: dict[str, set] = {k: set() for k in ("dates", "citations", "quantities")}
    for ent in analysis.entities:
        attrs = ent.attrs or {}
        if ent.kind == "person":
            roles = [_name(r) for r in _as_list(attrs.get("roles") or attrs.get("role"))]
            party = attrs.get("party")
            out["persons"].append({"name": ent.name, "mentions": _mentions_of(ent),
                                   "roles": [r for r in roles if r],
                                   "party": _name(party[0] if isinstance(party, list) and party else party)
                                   if party else None})
        elif ent.kind == "organisation":
            out["organisations"].append({"name": ent.name, "kind": _kind(ent, _ORG_KINDS),
                                         "mentions": _mentions_of(ent)})
        elif ent.kind == "place":
            out["places"].append({"name": ent.name, "kind": _kind(ent, _PLACE_KINDS),
                                  "mentions": _mentions_of(ent)})
        elif ent.kind == "mission":
            led = attrs.get("led_by")
            out["missions"].append({"name": ent.name, "mentions": _mentions_of(ent),
                                    "led_by": _name(led[0] if isinstance(led, list) and led else led)
                                    if led else None})
    events = {ent.mentions[0].key() for ent in analysis.entities if ent.kind == "event" and ent.mentions}
    for m in sorted(analysis.mentions, key=lambda m: (m.start, m.end)):
        a = m.attrs or {}
        if m.kind == "date":
            key = (" ".join(m.label.split()), a.get("value"))
            if key not in seen["dates"]:
                seen["dates"].add(key)
                out["dates"].append({"text": m.label, "value": a.get("value")})
        elif m.kind == "citation":
            key = a.get("target") or m.label
            if key not in seen["citations"]:
                seen["citations"].add(key)
                entry = {"text": m.label, "target": key}
                if a.get("url"):
                    entry["url"] = a["url"]
                out["citations"].append(entry)
        elif m.kind == "quantity":
            key = (" ".join(m.label.split()), a.get("value"))
            if key not in seen["quantities"]:
                seen["quantities"].add(key)
                out["quantities"].append({"text": m.label, "value": a.get("value"), "of": a.get("of"),
                                          **({"unit": a["unit"]} if a.get("unit") else {})})
        elif m.kind == "event" and m.key() in events:      # an event restated later is one entry
            out["events"].append({"what": a.get("what") or m.label, "date": a.get("date"),
                                  "actors": [n for n in (_name(x) for x in _as_list(a.get("actors"))) if n],
                                  "place": _name(a.get("place")),
                                  "type": a.get("type") or m.type,
                                  **({"target": _name(a["target"])} if a.get("target") else {}),
                                  **({"from": a.get("from_level"), "to": a.get("to_level")} if a.get("from_level") else {})})
    return out
