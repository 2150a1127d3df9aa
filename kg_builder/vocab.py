"""The closed vocabulary: every ontology term the code may use.

``KGB`` is an rdflib ``DefinedNamespace`` with ``_fail = True``: ``KGB.Milita``
(a typo) raises ``AttributeError`` at once, and ``tests/test_vocab.py`` checks
that every name listed here is declared in ``ontology/`` and the other way
round.  Standard vocabularies are re-exported from here so modules import all
terms from one place.
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import (DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD, TIME, ORG,
                              DefinedNamespace, GEO)

BASE = "https://w3id.org/kamerkg/"
ONTOLOGY_IRI = BASE + "def"

OA = Namespace("http://www.w3.org/ns/oa#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
CITO = Namespace("http://purl.org/spar/cito/")
BIBO = Namespace("http://purl.org/ontology/bibo/")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
SCHEMA = Namespace("https://schema.org/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
VOID = Namespace("http://rdfs.org/ns/void#")
DCAT = Namespace("http://www.w3.org/ns/dcat#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
SH = Namespace("http://www.w3.org/ns/shacl#")
VANN = Namespace("http://purl.org/vocab/vann/")


# The prefixes used everywhere a graph or query is shown to people (dumps, pages, query page).
PREFIXES: dict[str, str] = {
    "kgb": BASE + "def#", "doc": BASE + "doc/", "id": BASE + "id/", "graph": BASE + "graph/",
    "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD), "owl": str(OWL), "skos": str(SKOS),
    "dcterms": str(DCTERMS), "foaf": str(FOAF), "prov": str(PROV), "oa": str(OA), "time": str(TIME),
    "org": str(ORG), "sem": str(SEM), "geo": "http://www.opengis.net/ont/geosparql#",
    "wgs": "http://www.w3.org/2003/01/geo/wgs84_pos#", "schema": str(SCHEMA), "bibo": str(BIBO),
    "eli": str(ELI), "cito": str(CITO), "nif": str(NIF), "void": str(VOID), "dcat": str(DCAT),
    "sd": str(SD), "sh": str(SH),
}


class KGB(DefinedNamespace):
    """Terms of the kamerkg ontology (``ontology/kamerkg.ttl``)."""

    _NS = Namespace(BASE + "def#")
    _fail = True

    # -- documents
    Document: URIRef
    ParliamentaryPaper: URIRef      # Kamerstuk
    DebateRecord: URIRef            # Handelingen
    ParliamentaryQuestions: URIRef  # Kamervragen
    NewsItem: URIRef
    Letter: URIRef                  # a letter, also one inside a composite document
    DocumentPart: URIRef
    Dossier: URIRef
    # -- agents
    Person: URIRef
    Organisation: URIRef
    PoliticalParty: URIRef
    ParliamentaryGroup: URIRef
    Committee: URIRef
    Chamber: URIRef
    Ministry: URIRef
    Government: URIRef
    State: URIRef
    InternationalOrganisation: URIRef
    ArmedGroup: URIRef
    Militia: URIRef
    TerroristOrganisation: URIRef
    Company: URIRef
    OtherOrganisation: URIRef
    RoleInDocument: URIRef          # a person holding a role according to a document
    # -- places
    Place: URIRef
    Country: URIRef
    Region: URIRef
    City: URIRef
    Base: URIRef
    Sea: URIRef
    Building: URIRef
    OtherPlace: URIRef
    # -- missions, events, quantities, time
    Mission: URIRef
    Event: URIRef
    Attack: URIRef
    Meeting: URIRef
    Decision: URIRef
    Deployment: URIRef
    ThreatLevelChange: URIRef
    Election: URIRef
    Contribution: URIRef
    Quantity: URIRef
    TemporalExpression: URIRef
    # -- evidence and provenance
    Mention: URIRef                 # a span of a document naming something (oa:Annotation)
    FactEvidence: URIRef            # evidence for a reified statement
    Extractor: URIRef
    ExtractionRun: URIRef
    ValidationResult: URIRef

    # -- document properties
    identifier: URIRef
    dossier: URIRef
    dossierNumber: URIRef
    number: URIRef
    chamber: URIRef
    sessionYear: URIRef
    documentType: URIRef
    documentTypeLabel: URIRef
    officialPublication: URIRef
    sourceFile: URIRef
    contentHash: URIRef
    text: URIRef
    sender: URIRef
    addressee: URIRef
    signatory: URIRef
    senderLabel: URIRef
    addresseeLabel: URIRef
    placeOfWriting: URIRef
    cites: URIRef
    citationText: URIRef
    mentions: URIRef
    # -- agent properties
    kind: URIRef
    memberOf: URIRef
    party: URIRef
    holder: URIRef
    roleLabel: URIRef
    role: URIRef
    inOrganisation: URIRef
    accordingTo: URIRef
    chairOf: URIRef
    linkedTo: URIRef
    backedBy: URIRef
    includes: URIRef
    ledBy: URIRef
    operatesIn: URIRef
    locatedIn: URIRef
    # -- events, contributions, quantities, time
    eventType: URIRef
    description: URIRef
    actor: URIRef
    target: URIRef
    place: URIRef
    time: URIRef
    date: URIRef
    startDate: URIRef
    endDate: URIRef
    fromLevel: URIRef
    toLevel: URIRef
    contributor: URIRef
    mission: URIRef
    quantity: URIRef
    period: URIRef
    value: URIRef
    quantityOf: URIRef
    expression: URIRef
    isRelative: URIRef
    resolvedAgainst: URIRef
    granularity: URIRef
    # -- evidence
    evidence: URIRef
    denotes: URIRef
    document: URIRef
    start: URIRef
    end: URIRef
    quote: URIRef
    extractor: URIRef
    extractorVersion: URIRef
    confidence: URIRef
    conforms: URIRef
    validationStatus: URIRef


__all__ = ["KGB", "PREFIXES", "BASE", "ONTOLOGY_IRI", "OA", "SEM", "CITO", "BIBO", "ELI", "SCHEMA", "NIF",
           "VOID", "DCAT", "SD", "SH", "VANN", "DCTERMS", "FOAF", "OWL", "PROV", "RDF", "RDFS",
           "SKOS", "XSD", "TIME", "ORG", "GEO"]
