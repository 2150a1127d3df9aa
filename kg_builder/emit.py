"""Turn one document's analysis into triples (see docs/data-model.md).

The only module that knows how entities look in RDF.  It takes the resolved
entities of :func:`kg_builder.pipeline.analyse` and returns the triples of the
document's named graph; evidence and provenance come from
:mod:`kg_builder.provenance`.  Terms are handled in their N-Triples form (see
:mod:`kg_builder.ntlines`), so the build writes text without making rdflib terms.
"""
from __future__ import annotations

import calendar
import re
from functools import lru_cache

from rdflib import Literal, URIRef

from . import iris
from .concepts import concept, match
from .ntlines import Names, iri, literal, typed
from .pipeline import Analysis
from .provenance import Provenance
from .resolve import Entity
from .vocab import DCTERMS, KGB, RDF, RDFS, SKOS, TIME, XSD

kgb, rdf, rdfs, skos, dct, owltime = (Names(ns) for ns in (KGB, RDF, RDFS, SKOS, DCTERMS, TIME))
_A = rdf.type

ORG_CLASSES = {
    "party": KGB.PoliticalParty, "parliamentary_group": KGB.ParliamentaryGroup,
    "committee": KGB.Committee, "chamber": KGB.Chamber, "ministry": KGB.Ministry,
    "government": KGB.Government, "state": KGB.State,
    "international_organisation": KGB.InternationalOrganisation, "armed_group": KGB.ArmedGroup,
    "militia": KGB.Militia, "terrorist_organisation": KGB.TerroristOrganisation,
    "company": KGB.Company, "other": KGB.OtherOrganisation,
}
PLACE_CLASSES = {
    "country": KGB.Country, "region": KGB.Region, "city": KGB.City, "base": KGB.Base,
    "sea": KGB.Sea, "building": KGB.Building, "other": KGB.OtherPlace,
}
EVENT_CLASSES = {
    "attack": KGB.Attack, "strike": KGB.Attack, "meeting": KGB.Meeting, "decision": KGB.Decision,
    "deployment": KGB.Deployment, "threat_level_change": KGB.ThreatLevelChange,
    "election": KGB.Election,
}
RELATION_PROPERTIES = {
    "linked_to": KGB.linkedTo, "backed_by": KGB.backedBy, "includes": KGB.includes,
    "led_by": KGB.ledBy, "operates_in": KGB.operatesIn, "located_in": KGB.locatedIn,
    "member_of": KGB.memberOf,
}
DOC_CLASSES = (("kst-", KGB.ParliamentaryPaper), ("h-", KGB.DebateRecord),
               ("kv-", KGB.ParliamentaryQuestions))
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_MONTH = re.compile(r"^\d{4}-\d{2}$")
_ISO_YEAR = re.compile(r"^\d{4}$")
_KST = re.compile(r"^(kst|h|kv|ah|stcrt|stb)-", re.I)
# granularity of an ISO value: datatype, OWL-Time property and unit
_GRANULES = ((_ISO_DAY, XSD.date, TIME.inXSDDate, TIME.unitDay),
             (_ISO_MONTH, XSD.gYearMonth, TIME.inXSDgYearMonth, TIME.unitMonth),
             (_ISO_YEAR, XSD.gYear, TIME.inXSDgYear, TIME.unitYear))


def _granule(value: str | None) -> tuple | None:
    for pattern, *granule in _GRANULES:
        if value and pattern.match(value):
            return granule
    return None


def _first_day(value: str | None) -> str | None:
    if _ISO_DAY.match(value or ""):
        return value
    if _ISO_MONTH.match(value or ""):
        return value + "-01"
    if _ISO_YEAR.match(value or ""):
        return value + "-01-01"
    return None


def _last_day(value: str | None) -> str | None:
    if _ISO_DAY.match(value or ""):
        return value
    if _ISO_MONTH.match(value or ""):
        y, m = map(int, value.split("-"))
        return f"{value}-{calendar.monthrange(y, m)[1]:02d}"
    if _ISO_YEAR.match(value or ""):
        return value + "-12-31"
    return None


def date_literal(value: str) -> Literal | None:
    """ISO value at its granularity: xsd:date, xsd:gYearMonth or xsd:gYear."""
    granule = _granule(value)
    return Literal(value, datatype=granule[0]) if granule else None


def first_day(value: str) -> Literal | None:
    """The xsd:date shortcut: the first day a value covers."""
    day = _first_day(value)
    return Literal(day, datatype=XSD.date) if day else None


def last_day(value: str) -> Literal | None:
    day = _last_day(value)
    return Literal(day, datatype=XSD.date) if day else None


def _date(day: str | None) -> str | None:
    """N-Triples xsd:date of an ISO day."""
    return typed(day, XSD.date) if day else None


def official_url(doc_id: str) -> URIRef | None:
    if _KST.match(doc_id or ""):
        return URIRef(f"https://zoek.officielebekendmakingen.nl/{doc_id}.html")
    return None


@lru_cache(maxsize=4096)
def _concept(scheme: str, key: str) -> str:
    return iri(concept(scheme, key))


@lru_cache(maxsize=4096)
def _match(scheme: str, text: str | None) -> str:
    return iri(match(scheme, text))


def _iri(value: URIRef | None) -> str | None:
    return None if value is None else f"<{value}>"


class Emitter:
    """Builds the N-Triples lines of one document graph."""

    def __init__(self, analysis: Analysis, when=None, evidence: str = "full"):
        self.a = analysis
        self.doc = analysis.doc
        doc_iri = iris.document_iri(self.doc.key)
        self.D = iri(doc_iri)
        self.prov = Provenance(self.doc.key, doc_iri, self.doc.sha256, analysis.extractors, when,
                               evidence)
        self.t: list[str] = []
        self._n: dict[str, int] = {}
        self._by_label: dict[tuple[str, str], Entity] = {}
        self._values: list[tuple] = []   # (mention, node, date value) of emitted dates and quantities
        for e in analysis.entities:
            if e.kind in ("person", "organisation", "place", "mission"):
                for label in [e.name, *e.labels]:
                    self._by_label.setdefault((e.kind, iris.fold(label)), e)

    def add(self, s: str, p: str, o: str | None) -> None:
        if o is not None:
            self.t.append(f"{s} {p} {o} .\n")

    def local(self, kind: str) -> str:
        self._n[kind] = self._n.get(kind, 0) + 1
        return self.prov.local(kind, self._n[kind])

    def find(self, name: str | None, *kinds: str) -> str | None:
        """IRI of the entity of this document named ``name`` (any of ``kinds``)."""
        if not name:
            return None
        for kind in kinds or ("organisation", "person", "place", "mission"):
            e = self._by_label.get((kind, iris.fold(name)))
            if e is not None:
                return iri(e.iri)
        return None

    # ------------------------------------------------------------- document
    def document(self) -> None:
        d, m, D = self.doc, self.doc.meta, self.D
        cls = next((c for prefix, c in DOC_CLASSES if (m.id or "").startswith(prefix)), KGB.Document)
        self.add(D, _A, iri(cls))
        self.add(D, _A, kgb.Document)
        self.add(D, dct.identifier, literal(m.id or d.key))
        self.add(D, rdfs.label, literal(m.id or d.key))
        for dossier in m.dossiers:
            node = iri(iris.entity_iri("dossier", dossier))
            self.add(D, kgb.dossier, node)
            self.add(D, kgb.dossierNumber, literal(dossier))
            self.add(node, _A, kgb.Dossier)
            self.add(node, kgb.dossierNumber, literal(dossier))
            self.add(node, rdfs.label, literal(f"Dossier {dossier}" + (f": {m.title}" if m.title else "")))
        self.add(D, kgb.number, literal(m.number) if m.number else None)
        if m.chamber:
            ch = self.find(m.chamber, "organisation") or iri(iris.entity_iri("organisation", m.chamber))
            self.add(D, kgb.chamber, ch)
            self.add(ch, _A, kgb.Chamber)
            self.add(ch, rdfs.label, literal(m.chamber))
        self.add(D, kgb.sessionYear, literal(m.session_year) if m.session_year else None)
        self.add(D, dct.date, _date(_first_day(m.date)) if m.date else None)
        if m.type:
            self.add(D, kgb.documentTypeLabel, literal(m.type))
            self.add(D, kgb.documentType, _match("document-type", m.type))
        self.add(D, dct.title, literal(m.title) if m.title else None)
        self.add(D, kgb.officialPublication, _iri(official_url(m.id or "")))
        if m.source_url:
            self.add(D, dct.source, iri(m.source_url))
        self.add(D, kgb.text, literal(d.text))
        self.add(D, kgb.contentHash, literal(d.sha256) if d.sha256 else None)
        self.add(D, kgb.sourceFile, literal(d.path.rsplit("/", 1)[-1]) if d.path else None)
        for i, part in enumerate(d.parts, 1):
            P = self.prov.local("part", i)
            self.add(D, dct.hasPart, P)
            self.add(P, dct.isPartOf, D)
            self.add(P, _A, kgb.Letter if part.kind == "letter" else kgb.DocumentPart)
            self.add(P, rdfs.label, literal(part.title or f"{part.kind} {i} of {m.id or d.key}"))
            self.add(P, kgb.start, literal(part.start))
            self.add(P, kgb.end, literal(part.end))
            self.add(P, dct.date, _date(_first_day(part.date)) if part.date else None)
            if part.place:
                place = self.find(part.place, "place")
                if place is None:   # not extracted as an entity: still a typed, labelled place
                    from .gazetteer import gazetteer
                    known = gazetteer("places").lookup(part.place)     # "Den Haag": the place of that name
                    place = iri(iris.entity_iri("place", known.id if known else part.place))
                    self.add(place, _A, kgb.City)
                    self.add(place, kgb.kind, _concept("place-type", "city"))
                    self.add(place, rdfs.label, literal(part.place))
                self.add(P, kgb.placeOfWriting, place)
            for attr, label_p, agent_p in ((part.sender, kgb.senderLabel, kgb.sender),
                                           (part.addressee, kgb.addresseeLabel, kgb.addressee)):
                if attr:
                    self.add(P, label_p, literal(attr))
                    self.add(P, agent_p, self.find(attr))
            for sig in part.signatories:
                self.add(P, kgb.signatory, self.find(sig.get("name"), "person"))

    # ------------------------------------------------------------- entities
    def named(self, e: Entity) -> None:
        I = iri(e.iri)
        if e.kind == "person":
            self.add(I, _A, kgb.Person)
        elif e.kind == "organisation":
            self.add(I, _A, iri(ORG_CLASSES.get(e.type or "other", KGB.OtherOrganisation)))
            self.add(I, kgb.kind, _concept("actor-type", e.type or "other"))
        elif e.kind == "place":
            self.add(I, _A, iri(PLACE_CLASSES.get(e.type or "other", KGB.OtherPlace)))
            self.add(I, kgb.kind, _concept("place-type", e.type or "other"))
        elif e.kind == "mission":
            self.add(I, _A, kgb.Mission)
        name = literal(e.name)
        self.add(I, rdfs.label, name)
        self.add(I, skos.prefLabel, name)
        for label in e.labels:
            if label != e.name:
                self.add(I, skos.altLabel, literal(label))
        self.add(self.D, kgb.mentions, I)
        for m in e.mentions:
            self.t.append(self.prov.mention(m, I))
        if e.kind == "person":
            self.person(e, I)
        if e.kind == "mission" and e.attrs.get("led_by"):
            leader = self.find(e.attrs["led_by"], "organisation", "place")
            stated = any(r.predicate == "led_by" for r, _ in e.attrs.get("relations", []))
            if leader is not None and not stated:
                # the leader is part of the mission's name ("NAVO-missie ..."): the name is the evidence
                evidence = next((m for m in e.mentions if m.attrs.get("led_by")), e.mentions[0])
                self.add(I, kgb.ledBy, leader)
                self.t.append(self.prov.fact(I, kgb.ledBy, leader, evidence))
        for rel, other in e.attrs.get("relations", []):
            prop = RELATION_PROPERTIES.get(rel.predicate)
            if prop is None or other is None or other.iri == e.iri:
                continue
            prop, O = iri(prop), iri(other.iri)
            self.add(I, prop, O)
            self.t.append(self.prov.fact(I, prop, O, rel))

    def person(self, e: Entity, I: str) -> None:
        party = e.attrs.get("party")
        if party:
            p = self.find(party, "organisation") or iri(iris.entity_iri("organisation", party))
            self.add(I, kgb.party, p)
            self.add(p, _A, kgb.PoliticalParty)
            self.add(p, rdfs.label, literal(party))
        for role in e.attrs.get("roles", []) or []:
            R = self.local("role")
            self.add(R, _A, kgb.RoleInDocument)
            self.add(R, kgb.holder, I)
            self.add(R, kgb.roleLabel, literal(role))
            self.add(R, rdfs.label, literal(f"{e.name}, {role}"))
            self.add(R, kgb.role, _match("role", role))
            self.add(R, kgb.accordingTo, self.D)
            self.add(R, kgb.date, _date(_first_day(self.doc.meta.date)) if self.doc.meta.date else None)
            self.add(R, kgb.inOrganisation, self.role_organisation(role))

    def role_organisation(self, role: str) -> str | None:
        """The organisation a role names ("griffier van de vaste commissie voor Defensie"),
        if this document mentions it; a minister's portfolio stands for its ministry."""
        if " van " not in role and " voor " not in role:
            return None
        head, _, rest = role.partition(" van ") if " van " in role else role.partition(" voor ")
        rest = re.sub(r"^(de|het)\s+", "", rest.strip(), flags=re.I)
        found = self.find(rest, "organisation")
        if found is None and head.lower() in ("minister", "staatssecretaris"):
            found = self.find(f"ministerie van {rest}", "organisation")
        return found

    # ------------------------------------------------------------- values
    def time(self, value: str | None, expression: str, m=None) -> str | None:
        if not value:
            return None
        T = self.local("time")
        self.add(T, _A, kgb.TemporalExpression)
        self.add(T, kgb.expression, literal(expression))
        if "/" in value:
            begin, end = value.split("/", 1)
            self.add(T, _A, owltime.ProperInterval)
            for part, prop in ((begin, owltime.hasBeginning), (end, owltime.hasEnd)):
                inst = self.instant(part)
                self.add(T, prop, inst)
            self.add(T, kgb.startDate, _date(_first_day(begin)))
            self.add(T, kgb.endDate, _date(_last_day(end)))
            self.add(T, kgb.date, _date(_first_day(begin)))
        else:
            self.add(T, _A, owltime.Instant)
            self._instant_props(T, value)
        if m is not None:
            self.add(T, kgb.isRelative, literal(bool(m.attrs.get("relative"))))
            anchor = m.attrs.get("anchor")
            self.add(T, kgb.resolvedAgainst, _date(_first_day(anchor)) if anchor else None)
            self.t.append(self.prov.mention(m, T))
        return T

    def instant(self, value: str) -> str:
        inst = self.local("time")
        self.add(inst, _A, owltime.Instant)
        self._instant_props(inst, value)
        return inst

    def _instant_props(self, T: str, value: str) -> None:
        granule = _granule(value)
        if granule is None:
            return
        datatype, prop, unit = granule
        unit = iri(unit)
        self.add(T, iri(prop), typed(value, datatype))
        self.add(T, owltime.unitType, unit)
        self.add(T, kgb.granularity, unit)
        self.add(T, kgb.date, _date(_first_day(value)))

    def value_entity(self, e: Entity) -> None:
        m = e.mentions[0]
        if e.kind == "date":
            T = self.time(e.attrs.get("value"), m.label, m)
            if T is not None:
                self._values.append((m, T, e.attrs.get("value")))
        elif e.kind == "citation":
            target = e.attrs.get("target") or m.label
            if _KST.match(target):
                C = iri(iris.document_iri(target))
                self.add(C, _A, kgb.Document)
                self.add(C, dct.identifier, literal(target))
                self.add(C, rdfs.label, literal(target))
                self.add(C, kgb.officialPublication, _iri(official_url(target)))
            else:
                C = iri(iris.entity_iri("citation", target))
                self.add(C, _A, kgb.Document)
                self.add(C, dct.identifier, literal(target))
                self.add(C, rdfs.label, literal(target))
            self.add(self.D, kgb.cites, C)
            for mm in e.mentions:
                self.add(C, kgb.citationText, literal(mm.label))
                self.t.append(self.prov.fact(self.D, kgb.cites, C, mm))
        elif e.kind == "quantity":
            Q = self.local("quantity")
            self._values.append((m, Q, None))
            self.add(Q, _A, kgb.Quantity)
            v = e.attrs.get("value")
            if isinstance(v, (int, float)):
                self.add(Q, kgb.value, literal(v))
            self.add(Q, kgb.quantityOf, literal(e.attrs["of"]) if e.attrs.get("of") else None)
            self.add(Q, kgb.expression, literal(m.label))
            self.add(Q, rdfs.label, literal(m.label))
            self.t.append(self.prov.mention(m, Q))
        elif e.kind == "event":
            E = self.local("event")
            etype = e.attrs.get("type") or e.type or "other"
            self.add(E, _A, iri(EVENT_CLASSES.get(etype, KGB.Event)))
            self.add(E, _A, kgb.Event)
            self.add(E, kgb.eventType, _concept("event-type", etype))
            what = e.attrs.get("what") or m.label
            self.add(E, kgb.description, literal(what))
            self.add(E, rdfs.label, literal(what[:120]))
            T = self.time(e.attrs.get("date"), e.attrs.get("date_text") or e.attrs.get("date") or "", None)
            if T is not None:
                self.add(E, kgb.time, T)
                self.add(E, kgb.date, _date(_first_day(e.attrs["date"].split("/")[0])))
            for actor in e.attrs.get("actors") or []:
                a = self.find(actor, "organisation", "person")
                if a is not None:
                    self.add(E, kgb.actor, a)
                    self.t.append(self.prov.fact(E, kgb.actor, a, m))
            for key, prop, kinds in (("place", kgb.place, ("place",)),
                                     ("target", kgb.target, ("organisation", "place", "person"))):
                vals = e.attrs.get(key)
                for v in ([vals] if isinstance(vals, str) else vals or []):
                    node = self.find(v, *kinds)
                    if node is not None:
                        self.add(E, prop, node)
                        self.t.append(self.prov.fact(E, prop, node, m))
            for key, prop in (("from_level", kgb.fromLevel), ("to_level", kgb.toLevel)):
                if e.attrs.get(key):
                    self.add(E, prop, _concept("threat-level", e.attrs[key]))
            self.t.append(self.prov.mention(m, E))

    def lines(self) -> str:
        """The document graph in N-Triples."""
        self.t.append(self.prov.run_lines())
        self.document()
        for e in self.a.entities:
            if e.kind in ("person", "organisation", "place", "mission"):
                self.named(e)
            else:
                self.value_entity(e)
        self.contributions()
        return "".join(self.t)

    def contributions(self) -> None:
        """A ``contributes_to`` relation becomes a kgb:Contribution with the quantities and
        the period stated in the same evidence span."""
        for e in self.a.entities:
            for rel, other in e.attrs.get("relations", []):
                if rel.predicate != "contributes_to" or other is None or other.kind != "mission":
                    continue
                C = self.local("contribution")
                I, O = iri(e.iri), iri(other.iri)
                self.add(C, _A, kgb.Contribution)
                self.add(C, kgb.contributor, I)
                self.add(C, kgb.mission, O)
                self.add(C, kgb.accordingTo, self.D)
                what = rel.value if isinstance(rel.value, str) else None
                self.add(C, rdfs.label, literal(f"{e.name} → {other.name}" + (f": {what}" if what else "")))
                self.add(C, kgb.description, literal(what) if what else None)
                inside = [(m, node, value) for m, node, value in self._values
                          if rel.start <= m.start and m.end <= rel.end]
                for m, node, value in inside:
                    if m.kind == "quantity":
                        self.add(C, kgb.quantity, node)
                    elif m.kind == "date" and value:
                        self.add(C, kgb.period, node)
                self.t.append(self.prov.fact(C, kgb.contributor, I, rel))
                self.t.append(self.prov.fact(C, kgb.mission, O, rel))


def emit_ntriples(analysis: Analysis, when=None, evidence: str = "full") -> dict[str, str]:
    """The named graphs (IRI -> N-Triples text) that one analysed document contributes.

    ``when`` (a datetime) fixes the extraction time, for reproducible output; ``evidence``
    is ``"full"`` or ``"compact"`` (see :class:`kg_builder.provenance.Provenance`)."""
    return {str(iris.graph_iri(analysis.doc.key)): Emitter(analysis, when, evidence).lines()}


def emit(analysis: Analysis, when=None, evidence: str = "full") -> dict[URIRef, list[tuple]]:
    """:func:`emit_ntriples` as rdflib triples (blank-node labels kept)."""
    import pyoxigraph as ox

    from .store import _to_rdflib
    return {URIRef(g): [(_to_rdflib(t.subject), _to_rdflib(t.predicate), _to_rdflib(t.object))
                        for t in ox.parse(text, format=ox.RdfFormat.N_TRIPLES)]
            for g, text in emit_ntriples(analysis, when, evidence).items()}
