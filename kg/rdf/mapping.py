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
    "ARTICLE_PREFIX",
    "CLAIMS_QUERY",
    "CLAIM_PREFIX",
    "HIGHLIGHTS_QUERY",
    "ITEMS_QUERY",
    "RDFLIB_TERMS",
    "SCHEMA",
    "OxigraphTerms",
    "RdflibTerms",
    "Terms",
    "Triple",
    "actor_triples",
    "article_iri",
    "article_triples",
    "claim_from_row",
    "claim_iri",
    "claim_triples",
    "item_from_row",
]

Triple = tuple[Any, Any, Any]  # rdflib or Oxigraph terms, as the Terms factory makes them


_GEO, _RDF, _RDFS, _PROV, _DCT, _XSD = str(GEO), str(RDF), str(RDFS), str(PROV), str(DCTERMS), str(XSD)


class Terms:
    """Makes RDF terms for the mapping; one subclass per term library, one mapping for all.

    The mapping below builds every triple through these three calls, so the same
    code yields rdflib terms (the user-facing API) or Oxigraph terms (the bulk
    write path) without a second mapping to keep in step.
    """

    def iri(self, value: str) -> Any:
        raise NotImplementedError

    def literal(self, value: str) -> Any:
        raise NotImplementedError

    def typed(self, value: str, datatype: str) -> Any:
        raise NotImplementedError


class RdflibTerms(Terms):
    """rdflib ``URIRef`` and ``Literal`` (repeating values made once)."""

    @functools.lru_cache(maxsize=65_536)  # noqa: B019  (one module-level instance)
    def iri(self, value: str) -> URIRef:
        return URIRef(value)

    @functools.lru_cache(maxsize=65_536)  # noqa: B019
    def _short(self, value: str) -> Literal:
        return Literal(value)

    def literal(self, value: str) -> Literal:
        return self._short(value) if len(value) < 64 else Literal(value)

    @functools.lru_cache(maxsize=65_536)  # noqa: B019
    def typed(self, value: str, datatype: str) -> Literal:
        return Literal(value, datatype=URIRef(datatype))


class OxigraphTerms(Terms):
    """pyoxigraph ``NamedNode`` and ``Literal``: what the engine stores, made without rdflib."""

    def __init__(self) -> None:
        import pyoxigraph

        self._ox = pyoxigraph
        self.iri = functools.lru_cache(maxsize=65_536)(pyoxigraph.NamedNode)  # type: ignore[method-assign]
        self._datatype = functools.lru_cache(maxsize=64)(pyoxigraph.NamedNode)

    def literal(self, value: str) -> Any:
        return self._ox.Literal(value)

    def typed(self, value: str, datatype: str) -> Any:
        return self._ox.Literal(value, datatype=self._datatype(datatype))


RDFLIB_TERMS = RdflibTerms()


ACTORS_GRAPH = URIRef(str(ID) + "graph/actors")
CLAIM_PREFIX = str(ID) + "claim/"
ARTICLE_PREFIX = str(ID) + "article/"
SCHEMA = "https://schema.org/"
_DIRECT_MODALITIES = {"asserted", "reported"}


def article_iri(article_id: str) -> URIRef:
    """The IRI of an article (and of its named graph)."""
    return URIRef(ARTICLE_PREFIX + quote(article_id, safe=""))


def claim_iri(claim: Claim) -> URIRef:
    """The IRI of a claim node."""
    return URIRef(CLAIM_PREFIX + claim.id)


def article_triples(article: Article, terms: Terms = RDFLIB_TERMS) -> list[Triple]:
    """The description of an article."""
    iri, lit, typed = terms.iri, terms.literal, terms.typed
    node = iri(str(article_iri(article.id)))
    triples: list[Triple] = [
        (node, iri(_RDF + "type"), iri(_GEO + "Article")),
        (node, iri(_DCT + "identifier"), lit(article.id)),
        (node, iri(_GEO + "text"), lit(article.text)),
    ]
    if article.title:
        triples.append((node, iri(_DCT + "title"), lit(article.title)))
    if article.published:
        triples.append((node, iri(_DCT + "date"), typed(article.published.isoformat(), _XSD + "date")))
    if article.url:
        triples.append((node, iri(SCHEMA + "url"), typed(article.url, _XSD + "anyURI")))
    if article.source:
        triples.append((node, iri(_DCT + "publisher"), lit(article.source)))
    return triples


def actor_triples(actor: Actor, terms: Terms = RDFLIB_TERMS) -> list[Triple]:
    """The description of an actor (for the actors graph)."""
    iri, lit = terms.iri, terms.literal
    node = iri(actor.iri)
    triples: list[Triple] = [
        (node, iri(_RDF + "type"), iri(_GEO + actor.type)),
        (node, iri(_RDFS + "label"), lit(actor.label)),
    ]
    if actor.code:
        triples.append((node, iri(_GEO + "actorCode"), lit(actor.code)))
    if actor.country:
        triples.append((node, iri(_GEO + "country"), lit(actor.country)))
    return triples


def claim_triples(claim: Claim, terms: Terms = RDFLIB_TERMS) -> list[Triple]:
    """A claim as a node with its evidence, plus the direct triple when asserted or reported."""
    iri, lit, typed = terms.iri, terms.literal, terms.typed
    node_text = CLAIM_PREFIX + claim.id
    node = iri(node_text)
    relation = iri(_GEO + claim.relation)
    subject, obj = iri(claim.subject.iri), iri(claim.object.iri)
    a, geo = iri(_RDF + "type"), _GEO
    article = iri(str(article_iri(claim.evidence.article_id)))
    triples: list[Triple] = [
        (node, a, iri(geo + "Claim")),
        (node, iri(geo + "claimSubject"), subject),
        (node, iri(geo + "claimRelation"), relation),
        (node, iri(geo + "claimObject"), obj),
        (node, iri(geo + "modality"), iri(geo + claim.modality)),
        (node, iri(geo + "confidence"), typed(str(Decimal(str(round(claim.confidence, 3)))), _XSD + "decimal")),
        (node, iri(_PROV + "wasDerivedFrom"), article),
    ]
    if claim.modality in _DIRECT_MODALITIES:
        triples.append((subject, relation, obj))
    # Codes as of the claim's article date (a leader out of office is ELI, not GOV).
    if claim.subject.code:
        triples.append((node, iri(geo + "subjectCode"), lit(claim.subject.code)))
    if claim.object.code:
        triples.append((node, iri(geo + "objectCode"), lit(claim.object.code)))
    if claim.attributed_to is not None and claim.attributed_to.code:
        triples.append((node, iri(geo + "attributedCode"), lit(claim.attributed_to.code)))
    if claim.cameo:
        triples.append((node, iri(geo + "cameoCode"), lit(claim.cameo)))
    if claim.plover:
        triples.append((node, iri(geo + "ploverType"), lit(claim.plover)))
    if claim.attributed_to is not None:
        triples.append((node, iri(geo + "attributedTo"), iri(claim.attributed_to.iri)))
    if claim.date:
        triples.append((node, iri(geo + "dateText"), lit(claim.date)))
    if claim.date_start:
        triples.append((node, iri(geo + "dateStart"), typed(claim.date_start.isoformat(), _XSD + "date")))
    if claim.date_end:
        triples.append((node, iri(geo + "dateEnd"), typed(claim.date_end.isoformat(), _XSD + "date")))
    if claim.date_source:
        triples.append((node, iri(geo + "dateSource"), lit(claim.date_source)))
    if claim.location:
        triples.append((node, iri(geo + "location"), lit(claim.location)))
    if claim.trigger:
        triples.append((node, iri(geo + "trigger"), lit(claim.trigger)))
    label = iri(_RDFS + "label")
    for index, item in enumerate(claim.items):
        item_node = iri(f"{node_text}/item/{index}")
        triples += [
            (node, iri(geo + "item"), item_node),
            (item_node, a, iri(geo + "Item")),
            (item_node, label, lit(item.text)),
        ]
        if item.commodity:
            triples.append((item_node, iri(geo + "commodity"), iri(geo + item.commodity)))
    evidence_text = node_text + "/evidence"
    evidence = iri(evidence_text)
    start_p, end_p, integer = iri(geo + "spanStart"), iri(geo + "spanEnd"), _XSD + "integer"
    triples += [
        (node, iri(geo + "evidence"), evidence),
        (evidence, a, iri(geo + "Evidence")),
        (evidence, iri(_PROV + "wasDerivedFrom"), article),
        (evidence, iri(geo + "sentence"), lit(claim.evidence.sentence)),
        (evidence, start_p, typed(str(claim.evidence.span[0]), integer)),
        (evidence, end_p, typed(str(claim.evidence.span[1]), integer)),
        (evidence, iri(geo + "extractor"), lit(claim.evidence.extractor)),
    ]
    for start, end, role in claim.evidence.highlights:
        mark = iri(f"{evidence_text}/{role}")
        triples += [(evidence, iri(geo + "highlight"), mark), (mark, iri(geo + "role"), lit(role)),
                    (mark, start_p, typed(str(start), integer)), (mark, end_p, typed(str(end), integer))]  # fmt: skip
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
       ?modality ?a ?aLabel ?aType ?aCountry ?aCode ?dateText ?dateStart ?dateEnd ?dateSource ?location ?cameo ?plover
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
  OPTIONAL { ?claim geo:dateSource ?dateSource }
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
        date_source=str(row["dateSource"]) if row.get("dateSource") else None,  # type: ignore[arg-type]
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
