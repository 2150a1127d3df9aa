"""Dutch and English: the page language and the words of the interface.

The language comes from ``?lang=`` (remembered in a cookie), else the cookie, else
``Accept-Language``; Dutch when nothing says otherwise.  Labels in the graph are
chosen in that language first (see :func:`pick`).
"""
from __future__ import annotations

from flask import g, request

LANGUAGES = ("nl", "en")

WORDS = {
    "home": ("Overzicht", "Overview"),
    "query": ("Zoekvraag", "Query"),
    "documents": ("Documenten", "Documents"),
    "timeline": ("Tijdlijn", "Timeline"),
    "citations": ("Citaties", "Citations"),
    "dumps": ("Downloads", "Downloads"),
    "ontology": ("Ontologie", "Ontology"),
    "types": ("Soorten", "Types"),
    "labels": ("Namen", "Names"),
    "properties": ("Eigenschappen", "Properties"),
    "incoming": ("Verwijzingen hierheen", "Incoming links"),
    "mentions": ("Vermeldingen", "Mentions"),
    "evidence": ("Bewijs", "Evidence"),
    "inferred": ("afgeleid", "inferred"),
    "curated": ("gecorrigeerd", "curated"),
    "validation": ("Validatie", "Validation"),
    "conforms": ("voldoet aan de vormen (SHACL)", "conforms to the shapes (SHACL)"),
    "not_validated": ("nog niet gevalideerd", "not validated yet"),
    "violations": ("schendingen", "violations"),
    "rdf": ("RDF van deze bron", "RDF of this resource"),
    "metadata": ("Gegevens", "Metadata"),
    "parts": ("Delen", "Parts"),
    "sender": ("Afzender", "Sender"),
    "addressee": ("Geadresseerde", "Addressee"),
    "date": ("Datum", "Date"),
    "place": ("Plaats", "Place"),
    "signatory": ("Ondertekenaar", "Signatory"),
    "entities": ("Genoemde entiteiten", "Entities mentioned"),
    "cites": ("Citeert", "Cites"),
    "cited_by": ("Geciteerd door", "Cited by"),
    "text": ("Tekst", "Text"),
    "run": ("Uitvoeren", "Run"),
    "canned": ("Voorbeeldvragen", "Canned queries"),
    "results": ("Resultaten", "Results"),
    "download": ("Download", "Download"),
    "rows": ("rijen", "rows"),
    "no_results": ("Geen resultaten", "No results"),
    "filter": ("Filter", "Filter"),
    "actor": ("Actor", "Actor"),
    "militia": ("Militie", "Militia"),
    "mission": ("Missie", "Mission"),
    "all": ("alle", "all"),
    "events": ("Gebeurtenissen", "Events"),
    "no_events": ("Geen gebeurtenissen gevonden", "No events found"),
    "document": ("Document", "Document"),
    "type": ("Soort", "Type"),
    "title": ("Titel", "Title"),
    "count": ("Aantal", "Count"),
    "search": ("Zoeken", "Search"),
    "not_found": ("Niet gevonden", "Not found"),
    "error": ("Fout", "Error"),
    "graph": ("Graaf", "Graph"),
    "format": ("Formaat", "Format"),
    "size": ("Grootte", "Size"),
    "prefixes": ("Voorvoegsels", "Prefixes"),
    "endpoint": ("SPARQL-eindpunt", "SPARQL endpoint"),
    "quote": ("Citaat", "Quote"),
    "span": ("Tekens", "Characters"),
    "instances": ("Exemplaren", "Instances"),
    "more": ("meer", "more"),
    "truncated": ("Afgekapt: meer rijen dan het maximum", "Cut off: more rows than the maximum"),
}


def choose_language() -> str:
    asked = request.args.get("lang")
    if asked in LANGUAGES:
        return asked
    cookie = request.cookies.get("lang")
    if cookie in LANGUAGES:
        return cookie
    return request.accept_languages.best_match(LANGUAGES, default="nl") or "nl"


def lang() -> str:
    if "lang" not in g:
        g.lang = choose_language()
    return g.lang


def t(key: str) -> str:
    nl, en = WORDS.get(key, (key, key))
    return nl if lang() == "nl" else en


def pick(literals, language: str | None = None):
    """The literal in the page language, else English/Dutch, else one without a tag."""
    language = language or lang()
    literals = list(literals)
    if not literals:
        return None
    order = [language] + [x for x in LANGUAGES if x != language] + [None]
    for want in order:
        for lit in literals:
            if getattr(lit, "language", None) == want:
                return lit
    return literals[0]


def remember_language(resp):
    """Keep an explicit ``?lang=`` choice in a cookie."""
    asked = request.args.get("lang")
    if asked in LANGUAGES:
        resp.set_cookie("lang", asked, max_age=365 * 24 * 3600, samesite="Lax")
    resp.headers.add("Vary", "Accept-Language")
    return resp
