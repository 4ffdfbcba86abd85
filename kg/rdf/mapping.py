"""The one mapping between the data model and RDF.

An article becomes a named graph (its IRI is the graph name) holding the
article's description and its claims.  Each claim is a ``geo:Claim`` node —
subject, relation, object, items, modality, attribution, time, codes,
confidence and a ``geo:Evidence`` node — and, when asserted or reported, also
the direct triple ``subject relation object``.  Actors are described once in
the actors graph.

Example:
    >>> from kg.model import Actor, Claim, Evidence
    >>> a = Actor("https://w3id.org/geokg/id/actor/PRK", "North Korea", "State", "PRK", "PRK")
    >>> b = Actor("https://w3id.org/geokg/id/actor/RUS", "Russia", "State", "RUS", "RUS")
    >>> claim = Claim(a, "supplies", b, Evidence("a1", "North Korea supplies Russia.", (0, 28), "test"))
    >>> (URIRef(a.iri), GEO.supplies, URIRef(b.iri)) in claim_triples(claim)
    True
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV

from kg.model import Actor, Article, Claim, Evidence, Item
from kg.ontology import GEO, ID

__all__ = [
    "ACTORS_GRAPH",
    "CLAIMS_QUERY",
    "CLAIM_PREFIX",
    "HIGHLIGHTS_QUERY",
    "ITEMS_QUERY",
    "SCHEMA",
    "Triple",
    "actor_triples",
    "article_iri",
    "article_triples",
    "claim_from_row",
    "claim_iri",
    "claim_triples",
    "item_from_row",
]

Triple = tuple[URIRef, URIRef, URIRef | Literal]


class _Terms:
    """Namespace terms made once: ``GEO.x`` on an rdflib Namespace builds a new URIRef each time."""

    def __init__(self, namespace: Any) -> None:
        self._namespace = namespace
        self._made: dict[str, URIRef] = {}

    def __getattr__(self, name: str) -> URIRef:
        return self[name]

    def __getitem__(self, name: str) -> URIRef:
        term = self._made.get(name)
        if term is None:
            term = self._made[name] = URIRef(self._namespace[name])
        return term


G = _Terms(GEO)


@functools.lru_cache(maxsize=65_536)
def _short(text: str) -> Literal:
    """A plain literal for short, repeating values (codes, labels)."""
    return Literal(text)


@functools.lru_cache(maxsize=65_536)
def _typed(lexical: str, datatype: URIRef) -> Literal:
    """A typed literal (dates, numbers); rdflib parses the lexical form once per distinct value."""
    return Literal(lexical, datatype=datatype)


ACTORS_GRAPH = URIRef(str(ID) + "graph/actors")
CLAIM_PREFIX = str(ID) + "claim/"
SCHEMA = "https://schema.org/"
_DIRECT_MODALITIES = {"asserted", "reported"}


def article_iri(article_id: str) -> URIRef:
    """The IRI of an article (and of its named graph)."""
    return URIRef(str(ID) + "article/" + quote(article_id, safe=""))


def claim_iri(claim: Claim) -> URIRef:
    """The IRI of a claim node."""
    return URIRef(CLAIM_PREFIX + claim.id)


def article_triples(article: Article) -> list[Triple]:
    """The description of an article."""
    node = article_iri(article.id)
    triples: list[Triple] = [
        (node, RDF.type, G.Article),
        (node, DCTERMS.identifier, Literal(article.id)),
        (node, G.text, Literal(article.text)),
    ]
    if article.title:
        triples.append((node, DCTERMS.title, Literal(article.title)))
    if article.published:
        triples.append((node, DCTERMS.date, Literal(article.published.isoformat(), datatype=XSD.date)))
    if article.url:
        triples.append((node, URIRef(SCHEMA + "url"), Literal(article.url, datatype=XSD.anyURI)))
    if article.source:
        triples.append((node, DCTERMS.publisher, Literal(article.source)))
    return triples


@functools.lru_cache(maxsize=16_384)
def actor_triples(actor: Actor) -> list[Triple]:
    """The description of an actor (for the actors graph)."""
    node = URIRef(actor.iri)
    triples: list[Triple] = [(node, RDF.type, G[actor.type]), (node, RDFS.label, _short(actor.label))]
    if actor.code:
        triples.append((node, G.actorCode, _short(actor.code)))
    if actor.country:
        triples.append((node, G.country, _short(actor.country)))
    return triples


def claim_triples(claim: Claim) -> list[Triple]:
    """A claim as a node with its evidence, plus the direct triple when asserted or reported."""
    node = claim_iri(claim)
    relation = G[claim.relation]
    subject, obj = URIRef(claim.subject.iri), URIRef(claim.object.iri)
    triples: list[Triple] = [
        (node, RDF.type, G.Claim),
        (node, G.claimSubject, subject),
        (node, G.claimRelation, relation),
        (node, G.claimObject, obj),
        (node, G.modality, G[claim.modality]),
        (node, G.confidence, _typed(str(Decimal(str(round(claim.confidence, 3)))), XSD.decimal)),
        (node, PROV.wasDerivedFrom, article_iri(claim.evidence.article_id)),
    ]
    if claim.modality in _DIRECT_MODALITIES:
        triples.append((subject, relation, obj))
    # Codes as of the claim's article date (a leader out of office is ELI, not GOV).
    if claim.subject.code:
        triples.append((node, G.subjectCode, _short(claim.subject.code)))
    if claim.object.code:
        triples.append((node, G.objectCode, _short(claim.object.code)))
    if claim.attributed_to is not None and claim.attributed_to.code:
        triples.append((node, G.attributedCode, _short(claim.attributed_to.code)))
    if claim.cameo:
        triples.append((node, G.cameoCode, _short(claim.cameo)))
    if claim.plover:
        triples.append((node, G.ploverType, _short(claim.plover)))
    if claim.attributed_to is not None:
        triples.append((node, G.attributedTo, URIRef(claim.attributed_to.iri)))
    if claim.date:
        triples.append((node, G.dateText, _short(claim.date)))
    if claim.date_start:
        triples.append((node, G.dateStart, _typed(claim.date_start.isoformat(), XSD.date)))
    if claim.date_end:
        triples.append((node, G.dateEnd, _typed(claim.date_end.isoformat(), XSD.date)))
    if claim.location:
        triples.append((node, G.location, Literal(claim.location)))
    if claim.trigger:
        triples.append((node, G.trigger, _short(claim.trigger)))
    for index, item in enumerate(claim.items):
        item_node = URIRef(f"{node}/item/{index}")
        triples += [
            (node, G.item, item_node),
            (item_node, RDF.type, G.Item),
            (item_node, RDFS.label, Literal(item.text)),
        ]
        if item.commodity:
            triples.append((item_node, G.commodity, G[item.commodity]))
    evidence = URIRef(f"{node}/evidence")
    triples += [
        (node, G.evidence, evidence),
        (evidence, RDF.type, G.Evidence),
        (evidence, PROV.wasDerivedFrom, article_iri(claim.evidence.article_id)),
        (evidence, G.sentence, Literal(claim.evidence.sentence)),
        (evidence, G.spanStart, _typed(str(claim.evidence.span[0]), XSD.integer)),
        (evidence, G.spanEnd, _typed(str(claim.evidence.span[1]), XSD.integer)),
        (evidence, G.extractor, _short(claim.evidence.extractor)),
    ]
    for start, end, role in claim.evidence.highlights:
        mark = URIRef(f"{evidence}/{role}")
        triples += [(evidence, G.highlight, mark), (mark, G.role, _short(role)),
                    (mark, G.spanStart, _typed(str(start), XSD.integer)), (mark, G.spanEnd, _typed(str(end), XSD.integer))]  # fmt: skip
    return triples


def unique(triples: Iterable[Triple]) -> list[Triple]:
    """Triples without repeats, in first-seen order."""
    return list(dict.fromkeys(triples))


# Every field of every claim, one row per claim (items come from ITEMS_QUERY).
CLAIMS_QUERY = """
PREFIX geo: <https://w3id.org/geokg/ont#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?claim ?s ?sLabel ?sType ?sCountry ?sCode ?relation ?o ?oLabel ?oType ?oCountry ?oCode
       ?modality ?a ?aLabel ?aType ?aCountry ?aCode ?dateText ?dateStart ?dateEnd ?location ?cameo ?plover
       ?confidence ?trigger ?articleId ?sentence ?spanStart ?spanEnd ?extractor
WHERE {
  ?claim a geo:Claim ; geo:claimSubject ?s ; geo:claimRelation ?relation ; geo:claimObject ?o ;
         geo:modality ?modality ; geo:confidence ?confidence ; geo:evidence ?ev .
  ?ev geo:sentence ?sentence ; geo:spanStart ?spanStart ; geo:spanEnd ?spanEnd ; geo:extractor ?extractor ;
      prov:wasDerivedFrom ?article .
  ?article dcterms:identifier ?articleId .
  OPTIONAL { ?s rdfs:label ?sLabel } OPTIONAL { ?s a ?sType } OPTIONAL { ?s geo:country ?sCountry } OPTIONAL { ?claim geo:subjectCode ?sCode }
  OPTIONAL { ?o rdfs:label ?oLabel } OPTIONAL { ?o a ?oType } OPTIONAL { ?o geo:country ?oCountry } OPTIONAL { ?claim geo:objectCode ?oCode }
  OPTIONAL { ?claim geo:attributedTo ?a . OPTIONAL { ?a rdfs:label ?aLabel } OPTIONAL { ?a a ?aType }
             OPTIONAL { ?a geo:country ?aCountry } OPTIONAL { ?claim geo:attributedCode ?aCode } }
  OPTIONAL { ?claim geo:dateText ?dateText } OPTIONAL { ?claim geo:dateStart ?dateStart } OPTIONAL { ?claim geo:dateEnd ?dateEnd }
  OPTIONAL { ?claim geo:location ?location } OPTIONAL { ?claim geo:cameoCode ?cameo } OPTIONAL { ?claim geo:ploverType ?plover }
  OPTIONAL { ?claim geo:trigger ?trigger }
}
ORDER BY ?articleId ?spanStart ?claim
"""

HIGHLIGHTS_QUERY = """
PREFIX geo: <https://w3id.org/geokg/ont#>
SELECT ?claim ?role ?start ?end WHERE {
  ?claim geo:evidence ?ev . ?ev geo:highlight ?mark . ?mark geo:role ?role ; geo:spanStart ?start ; geo:spanEnd ?end .
}
ORDER BY ?claim ?role
"""

ITEMS_QUERY = """
PREFIX geo: <https://w3id.org/geokg/ont#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?claim ?item ?text ?commodity WHERE {
  ?claim geo:item ?item . ?item rdfs:label ?text . OPTIONAL { ?item geo:commodity ?commodity }
}
ORDER BY ?claim ?item
"""


def _local(value: Any) -> str:
    return str(value).rsplit("#", 1)[-1]


def _actor(row: dict[str, Any], prefix: str) -> Actor | None:
    iri = row.get(prefix)
    if iri is None:
        return None
    return Actor(
        iri=str(iri),
        label=str(row.get(prefix + "Label") or str(iri).rsplit("/", 1)[-1]),
        type=_local(row.get(prefix + "Type") or "Actor"),
        country=str(row[prefix + "Country"]) if row.get(prefix + "Country") else None,
        code=str(row[prefix + "Code"]) if row.get(prefix + "Code") else None,
    )


def _date(value: Any) -> date | None:
    return date.fromisoformat(str(value)) if value else None


def claim_from_row(
    row: dict[str, Any], items: tuple[Item, ...] = (), highlights: tuple[tuple[int, int, str], ...] = ()
) -> Claim:
    """A :class:`Claim` from one row of :data:`CLAIMS_QUERY` (values as plain Python values)."""
    subject, obj = _actor(row, "s"), _actor(row, "o")
    if subject is None or obj is None:
        raise ValueError(f"claim {row.get('claim')} lacks a subject or object")
    return Claim(
        subject=subject,
        relation=_local(row["relation"]),
        object=obj,
        evidence=Evidence(
            article_id=str(row["articleId"]),
            sentence=str(row["sentence"]),
            span=(int(row["spanStart"]), int(row["spanEnd"])),
            extractor=str(row["extractor"]),
            highlights=highlights,
        ),
        items=items,
        modality=_local(row["modality"]),  # type: ignore[arg-type]
        attributed_to=_actor(row, "a"),
        date=str(row["dateText"]) if row.get("dateText") else None,
        date_start=_date(row.get("dateStart")),
        date_end=_date(row.get("dateEnd")),
        location=str(row["location"]) if row.get("location") else None,
        cameo=str(row["cameo"]) if row.get("cameo") else None,
        plover=str(row["plover"]) if row.get("plover") else None,
        confidence=float(row["confidence"]),
        trigger=str(row["trigger"]) if row.get("trigger") else None,
    )


def item_from_row(row: dict[str, Any]) -> tuple[int, Item]:
    """``(position, Item)`` from one row of :data:`ITEMS_QUERY`."""
    position = int(str(row["item"]).rsplit("/", 1)[-1])
    commodity = row.get("commodity")
    return position, Item(text=str(row["text"]), commodity=_local(commodity) if commodity else None)
