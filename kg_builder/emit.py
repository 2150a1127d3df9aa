"""Turn one document's analysis into triples (see docs/data-model.md).

The only module that knows how entities look in RDF.  It takes the resolved
entities of :func:`kg_builder.pipeline.analyse` and returns the triples of the
document's named graph; evidence and provenance come from
:mod:`kg_builder.provenance`.
"""
from __future__ import annotations

import re

from rdflib import Literal, URIRef

from . import iris
from .concepts import concept, match
from .pipeline import Analysis
from .provenance import Provenance
from .resolve import Entity
from .vocab import DCTERMS, KGB, RDF, RDFS, SKOS, TIME, XSD

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


def date_literal(value: str) -> Literal | None:
    """ISO value at its granularity: xsd:date, xsd:gYearMonth or xsd:gYear."""
    if not value:
        return None
    if _ISO_DAY.match(value):
        return Literal(value, datatype=XSD.date)
    if _ISO_MONTH.match(value):
        return Literal(value, datatype=XSD.gYearMonth)
    if _ISO_YEAR.match(value):
        return Literal(value, datatype=XSD.gYear)
    return None


def first_day(value: str) -> Literal | None:
    """The xsd:date shortcut: the first day a value covers."""
    if _ISO_DAY.match(value or ""):
        return Literal(value, datatype=XSD.date)
    if _ISO_MONTH.match(value or ""):
        return Literal(value + "-01", datatype=XSD.date)
    if _ISO_YEAR.match(value or ""):
        return Literal(value + "-01-01", datatype=XSD.date)
    return None


def last_day(value: str) -> Literal | None:
    import calendar
    if _ISO_DAY.match(value or ""):
        return Literal(value, datatype=XSD.date)
    if _ISO_MONTH.match(value or ""):
        y, m = map(int, value.split("-"))
        return Literal(f"{value}-{calendar.monthrange(y, m)[1]:02d}", datatype=XSD.date)
    if _ISO_YEAR.match(value or ""):
        return Literal(value + "-12-31", datatype=XSD.date)
    return None


def official_url(doc_id: str) -> URIRef | None:
    if _KST.match(doc_id or ""):
        return URIRef(f"https://zoek.officielebekendmakingen.nl/{doc_id}.html")
    return None


class Emitter:
    """Builds the triples of one document graph."""

    def __init__(self, analysis: Analysis, when=None):
        self.a = analysis
        self.doc = analysis.doc
        self.doc_iri = iris.document_iri(self.doc.key)
        self.prov = Provenance(self.doc.key, self.doc_iri, self.doc.sha256, analysis.extractors, when)
        self.t: list[tuple] = []
        self._n: dict[str, int] = {}
        self._by_label: dict[tuple[str, str], Entity] = {}
        self._values: list[tuple] = []   # (mention, node, date value) of emitted dates and quantities
        for e in analysis.entities:
            if e.kind in ("person", "organisation", "place", "mission"):
                for label in [e.name, *e.labels]:
                    self._by_label.setdefault((e.kind, iris.fold(label)), e)

    def add(self, s, p, o) -> None:
        if o is not None:
            self.t.append((s, p, o))

    def local(self, kind: str) -> URIRef:
        self._n[kind] = self._n.get(kind, 0) + 1
        return iris.local_iri(self.doc.key, kind, self._n[kind])

    def find(self, name: str | None, *kinds: str) -> URIRef | None:
        """IRI of the entity of this document named ``name`` (any of ``kinds``)."""
        if not name:
            return None
        for kind in kinds or ("organisation", "person", "place", "mission"):
            e = self._by_label.get((kind, iris.fold(name)))
            if e is not None:
                return e.iri
        return None

    # ------------------------------------------------------------- document
    def document(self) -> None:
        d, m, D = self.doc, self.doc.meta, self.doc_iri
        cls = next((c for prefix, c in DOC_CLASSES if (m.id or "").startswith(prefix)), KGB.Document)
        self.add(D, RDF.type, cls)
        self.add(D, RDF.type, KGB.Document)
        self.add(D, DCTERMS.identifier, Literal(m.id or d.key))
        self.add(D, RDFS.label, Literal(m.id or d.key))
        for dossier in m.dossiers:
            node = iris.entity_iri("dossier", dossier)
            self.add(D, KGB.dossier, node)
            self.add(D, KGB.dossierNumber, Literal(dossier))
            self.add(node, RDF.type, KGB.Dossier)
            self.add(node, KGB.dossierNumber, Literal(dossier))
            self.add(node, RDFS.label, Literal(f"Dossier {dossier}" + (f": {m.title}" if m.title else "")))
        self.add(D, KGB.number, Literal(m.number) if m.number else None)
        if m.chamber:
            ch = self.find(m.chamber, "organisation") or iris.entity_iri("organisation", m.chamber)
            self.add(D, KGB.chamber, ch)
            self.add(ch, RDF.type, KGB.Chamber)
            self.add(ch, RDFS.label, Literal(m.chamber))
        self.add(D, KGB.sessionYear, Literal(m.session_year) if m.session_year else None)
        self.add(D, DCTERMS.date, first_day(m.date) if m.date else None)
        if m.type:
            self.add(D, KGB.documentTypeLabel, Literal(m.type))
            self.add(D, KGB.documentType, match("document-type", m.type))
        self.add(D, DCTERMS.title, Literal(m.title) if m.title else None)
        url = official_url(m.id or "")
        self.add(D, KGB.officialPublication, url)
        if m.source_url:
            self.add(D, DCTERMS.source, URIRef(m.source_url))
        self.add(D, KGB.text, Literal(d.text))
        self.add(D, KGB.contentHash, Literal(d.sha256) if d.sha256 else None)
        self.add(D, KGB.sourceFile, Literal(d.path.rsplit("/", 1)[-1]) if d.path else None)
        for i, part in enumerate(d.parts, 1):
            P = iris.local_iri(d.key, "part", i)
            self.add(D, DCTERMS.hasPart, P)
            self.add(P, DCTERMS.isPartOf, D)
            self.add(P, RDF.type, KGB.Letter if part.kind == "letter" else KGB.DocumentPart)
            self.add(P, RDFS.label, Literal(part.title or f"{part.kind} {i} of {m.id or d.key}"))
            self.add(P, KGB.start, Literal(part.start))
            self.add(P, KGB.end, Literal(part.end))
            self.add(P, DCTERMS.date, first_day(part.date) if part.date else None)
            if part.place:
                place = self.find(part.place, "place")
                if place is None:   # not extracted as an entity: still a typed, labelled place
                    place = iris.entity_iri("place", part.place)
                    self.add(place, RDF.type, KGB.City)
                    self.add(place, KGB.kind, concept("place-type", "city"))
                    self.add(place, RDFS.label, Literal(part.place))
                self.add(P, KGB.placeOfWriting, place)
            for attr, label_p, agent_p in ((part.sender, KGB.senderLabel, KGB.sender),
                                           (part.addressee, KGB.addresseeLabel, KGB.addressee)):
                if attr:
                    self.add(P, label_p, Literal(attr))
                    self.add(P, agent_p, self.find(attr))
            for sig in part.signatories:
                self.add(P, KGB.signatory, self.find(sig.get("name"), "person"))

    # ------------------------------------------------------------- entities
    def named(self, e: Entity) -> None:
        I = e.iri
        if e.kind == "person":
            self.add(I, RDF.type, KGB.Person)
        elif e.kind == "organisation":
            self.add(I, RDF.type, ORG_CLASSES.get(e.type or "other", KGB.OtherOrganisation))
            self.add(I, KGB.kind, concept("actor-type", e.type or "other"))
        elif e.kind == "place":
            self.add(I, RDF.type, PLACE_CLASSES.get(e.type or "other", KGB.OtherPlace))
            self.add(I, KGB.kind, concept("place-type", e.type or "other"))
        elif e.kind == "mission":
            self.add(I, RDF.type, KGB.Mission)
        self.add(I, RDFS.label, Literal(e.name))
        self.add(I, SKOS.prefLabel, Literal(e.name))
        for label in e.labels:
            if label != e.name:
                self.add(I, SKOS.altLabel, Literal(label))
        self.add(self.doc_iri, KGB.mentions, I)
        for m in e.mentions:
            self.t += self.prov.mention(m, I)
        if e.kind == "person":
            self.person(e)
        if e.kind == "mission" and e.attrs.get("led_by"):
            leader = self.find(e.attrs["led_by"], "organisation", "place")
            stated = any(r.predicate == "led_by" for r, _ in e.attrs.get("relations", []))
            if leader is not None and not stated:
                # the leader is part of the mission's name ("NAVO-missie ..."): the name is the evidence
                evidence = next((m for m in e.mentions if m.attrs.get("led_by")), e.mentions[0])
                self.add(I, KGB.ledBy, leader)
                self.t += self.prov.fact(I, KGB.ledBy, leader, evidence)
        for rel, other in e.attrs.get("relations", []):
            prop = RELATION_PROPERTIES.get(rel.predicate)
            if prop is None or other is None or other.iri == I:
                continue
            self.add(I, prop, other.iri)
            self.t += self.prov.fact(I, prop, other.iri, rel)

    def person(self, e: Entity) -> None:
        party = e.attrs.get("party")
        if party:
            p = self.find(party, "organisation") or iris.entity_iri("organisation", party)
            self.add(e.iri, KGB.party, p)
            self.add(p, RDF.type, KGB.PoliticalParty)
            self.add(p, RDFS.label, Literal(party))
        for role in e.attrs.get("roles", []) or []:
            R = self.local("role")
            self.add(R, RDF.type, KGB.RoleInDocument)
            self.add(R, KGB.holder, e.iri)
            self.add(R, KGB.roleLabel, Literal(role))
            self.add(R, RDFS.label, Literal(f"{e.name}, {role}"))
            self.add(R, KGB.role, match("role", role))
            self.add(R, KGB.accordingTo, self.doc_iri)
            self.add(R, KGB.date, first_day(self.doc.meta.date) if self.doc.meta.date else None)
            self.add(R, KGB.inOrganisation, self.role_organisation(role))

    def role_organisation(self, role: str) -> URIRef | None:
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
    def time(self, value: str | None, expression: str, m=None) -> URIRef | None:
        if not value:
            return None
        T = self.local("time")
        self.add(T, RDF.type, KGB.TemporalExpression)
        self.add(T, KGB.expression, Literal(expression))
        if "/" in value:
            begin, end = value.split("/", 1)
            self.add(T, RDF.type, TIME.ProperInterval)
            for part, prop in ((begin, TIME.hasBeginning), (end, TIME.hasEnd)):
                inst = self.instant(part)
                self.add(T, prop, inst)
            self.add(T, KGB.startDate, first_day(begin))
            self.add(T, KGB.endDate, last_day(end))
            self.add(T, KGB.date, first_day(begin))
        else:
            self.add(T, RDF.type, TIME.Instant)
            self._instant_props(T, value)
        if m is not None:
            self.add(T, KGB.isRelative, Literal(bool(m.attrs.get("relative"))))
            anchor = m.attrs.get("anchor")
            self.add(T, KGB.resolvedAgainst, first_day(anchor) if anchor else None)
            self.t += self.prov.mention(m, T)
        return T

    def instant(self, value: str) -> URIRef:
        inst = self.local("time")
        self.add(inst, RDF.type, TIME.Instant)
        self._instant_props(inst, value)
        return inst

    def _instant_props(self, T: URIRef, value: str) -> None:
        lit = date_literal(value)
        if lit is None:
            return
        prop, unit = {XSD.date: (TIME.inXSDDate, TIME.unitDay),
                      XSD.gYearMonth: (TIME.inXSDgYearMonth, TIME.unitMonth),
                      XSD.gYear: (TIME.inXSDgYear, TIME.unitYear)}[lit.datatype]
        self.add(T, prop, lit)
        self.add(T, TIME.unitType, unit)
        self.add(T, KGB.granularity, unit)
        self.add(T, KGB.date, first_day(value))

    def value_entity(self, e: Entity) -> None:
        m = e.mentions[0]
        if e.kind == "date":
            T = self.time(e.attrs.get("value"), m.label, m)
            if T is not None:
                self._values.append((m, T, e.attrs.get("value")))
        elif e.kind == "citation":
            target = e.attrs.get("target") or m.label
            if _KST.match(target):
                C = iris.document_iri(target)
                self.add(C, RDF.type, KGB.Document)
                self.add(C, DCTERMS.identifier, Literal(target))
                self.add(C, RDFS.label, Literal(target))
                self.add(C, KGB.officialPublication, official_url(target))
            else:
                C = iris.entity_iri("citation", target)
                self.add(C, RDF.type, KGB.Document)
                self.add(C, DCTERMS.identifier, Literal(target))
                self.add(C, RDFS.label, Literal(target))
            self.add(self.doc_iri, KGB.cites, C)
            for mm in e.mentions:
                self.add(C, KGB.citationText, Literal(mm.label))
                self.t += self.prov.fact(self.doc_iri, KGB.cites, C, mm)
        elif e.kind == "quantity":
            Q = self.local("quantity")
            self._values.append((m, Q, None))
            self.add(Q, RDF.type, KGB.Quantity)
            v = e.attrs.get("value")
            if isinstance(v, (int, float)):
                self.add(Q, KGB.value, Literal(v))
            self.add(Q, KGB.quantityOf, Literal(e.attrs["of"]) if e.attrs.get("of") else None)
            self.add(Q, KGB.expression, Literal(m.label))
            self.add(Q, RDFS.label, Literal(m.label))
            self.t += self.prov.mention(m, Q)
        elif e.kind == "event":
            E = self.local("event")
            etype = e.attrs.get("type") or e.type or "other"
            self.add(E, RDF.type, EVENT_CLASSES.get(etype, KGB.Event))
            self.add(E, RDF.type, KGB.Event)
            self.add(E, KGB.eventType, concept("event-type", etype))
            what = e.attrs.get("what") or m.label
            self.add(E, KGB.description, Literal(what))
            self.add(E, RDFS.label, Literal(what[:120]))
            T = self.time(e.attrs.get("date"), e.attrs.get("date_text") or e.attrs.get("date") or "", None)
            if T is not None:
                self.add(E, KGB.time, T)
                self.add(E, KGB.date, first_day(e.attrs["date"].split("/")[0]))
            for actor in e.attrs.get("actors") or []:
                a = self.find(actor, "organisation", "person")
                if a is not None:
                    self.add(E, KGB.actor, a)
                    self.t += self.prov.fact(E, KGB.actor, a, m)
            for key, prop, kinds in (("place", KGB.place, ("place",)),
                                     ("target", KGB.target, ("organisation", "place", "person"))):
                vals = e.attrs.get(key)
                for v in ([vals] if isinstance(vals, str) else vals or []):
                    node = self.find(v, *kinds)
                    if node is not None:
                        self.add(E, prop, node)
                        self.t += self.prov.fact(E, prop, node, m)
            for key, prop in (("from_level", KGB.fromLevel), ("to_level", KGB.toLevel)):
                if e.attrs.get(key):
                    self.add(E, prop, concept("threat-level", e.attrs[key]))
            self.t += self.prov.mention(m, E)

    def triples(self) -> list[tuple]:
        self.t += self.prov.run_triples()
        self.document()
        for e in self.a.entities:
            if e.kind in ("person", "organisation", "place", "mission"):
                self.named(e)
            else:
                self.value_entity(e)
        self.contributions()
        return self.t

    def contributions(self) -> None:
        """A ``contributes_to`` relation becomes a kgb:Contribution with the quantities and
        the period stated in the same evidence span."""
        for e in self.a.entities:
            for rel, other in e.attrs.get("relations", []):
                if rel.predicate != "contributes_to" or other is None or other.kind != "mission":
                    continue
                C = self.local("contribution")
                self.add(C, RDF.type, KGB.Contribution)
                self.add(C, KGB.contributor, e.iri)
                self.add(C, KGB.mission, other.iri)
                self.add(C, KGB.accordingTo, self.doc_iri)
                what = rel.value if isinstance(rel.value, str) else None
                self.add(C, RDFS.label, Literal(f"{e.name} → {other.name}" + (f": {what}" if what else "")))
                self.add(C, KGB.description, Literal(what) if what else None)
                inside = [(m, node, value) for m, node, value in self._values
                          if rel.start <= m.start and m.end <= rel.end]
                for m, node, value in inside:
                    if m.kind == "quantity":
                        self.add(C, KGB.quantity, node)
                    elif m.kind == "date" and value:
                        self.add(C, KGB.period, node)
                self.t += self.prov.fact(C, KGB.contributor, e.iri, rel)
                self.t += self.prov.fact(C, KGB.mission, other.iri, rel)


def emit(analysis: Analysis, when=None) -> dict[URIRef, list[tuple]]:
    """The named graphs (IRI -> triples) that one analysed document contributes.

    ``when`` (a datetime) fixes the extraction time, for reproducible output."""
    return {iris.graph_iri(analysis.doc.key): Emitter(analysis, when).triples()}
