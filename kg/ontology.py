"""Read the project's vocabulary from the ontology in ``ontologies/``.

The ontology is the single source of relation names, CAMEO and PLOVER codes,
Goldstein weights, the verb and noun lexicon and the commodity vocabulary.
This module reads it once per process and serves it as plain Python records.

Example:
    >>> vocab = load_vocabulary()
    >>> vocab.relations["supplies"].plover
    'AID'
    >>> vocab.cameo_plover("0721")
    'AID'
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, SKOS

from kg.errors import OntologyError

__all__ = [
    "ACTOR",
    "GEO",
    "ID",
    "ONTOLOGY_IRI",
    "Commodity",
    "LexicalEntry",
    "RelationInfo",
    "Vocabulary",
    "load_vocabulary",
    "ontology_dir",
    "ontology_files",
]

GEO = Namespace("https://w3id.org/geokg/ont#")
ID = Namespace("https://w3id.org/geokg/id/")
ACTOR = Namespace("https://w3id.org/geokg/id/actor/")
ONTOLOGY_IRI = URIRef("https://w3id.org/geokg/ont")


def ontology_dir() -> Path:
    """The folder holding the ontology files: the repo's ``ontologies/`` or the installed copy."""
    package = Path(__file__).resolve().parent
    for candidate in (package / "ontologies", package.parent / "ontologies"):
        if (candidate / "geokg.ttl").exists():
            return candidate
    raise OntologyError(f"cannot find geokg.ttl beside {package}; reinstall geokg (pip install geokg)")


def ontology_files() -> list[Path]:
    """Every Turtle file of the ontology and gazetteer, core first."""
    folder = ontology_dir()
    return [folder / "geokg.ttl", *sorted(p for p in folder.glob("actors-*.ttl"))]


@dataclass(frozen=True, slots=True)
class RelationInfo:
    """A relation property as the ontology defines it."""

    name: str
    iri: str
    label: str
    cameo: str
    plover: str
    goldstein: float
    frame: str
    symmetric: bool
    object_prepositions: frozenset[str] = frozenset()
    intent_code: str | None = None


@dataclass(frozen=True, slots=True)
class LexicalEntry:
    """A word that evokes a relation (``supply``/VERB → supplies)."""

    lemma: str
    pos: str
    relation: str
    cameo: str | None
    particle: str | None
    object_lemmas: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Commodity:
    """A commodity concept: what changes hands."""

    name: str
    label: str
    aid_code: str | None
    threat_code: str | None
    broader: str | None


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The ontology's vocabulary as Python records, keyed for fast lookup."""

    relations: dict[str, RelationInfo]
    lexicon: dict[tuple[str, str], LexicalEntry]
    commodities: dict[str, Commodity]
    commodity_keywords: dict[str, str]
    cameo: dict[str, tuple[str, str, float]]
    collocations: dict[tuple[str, str], LexicalEntry] = field(default_factory=dict)
    """(verb lemma, object lemma) → entry, for verbs that evoke a relation only with such an
    object ("restore" + "tie", "lift" + "curfew")."""
    event_nouns: frozenset[str] = frozenset()
    """Lemmas of the nouns that evoke a relation ("summit", "invasion", "demand")."""

    def cameo_plover(self, code: str) -> str | None:
        """PLOVER type of a CAMEO code, falling back to shorter prefixes (``0721`` → ``072`` → ``07``)."""
        for length in range(len(code), 1, -1):
            entry = self.cameo.get(code[:length])
            if entry and entry[1]:
                return entry[1]
        return None

    def goldstein(self, code: str) -> float:
        """Goldstein weight of a CAMEO code, falling back to its root; 0.0 if unknown."""
        for length in range(len(code), 1, -1):
            entry = self.cameo.get(code[:length])
            if entry:
                return entry[2]
        return 0.0


def _local(iri: URIRef) -> str:
    return str(iri).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _text(graph: Graph, subject: URIRef, predicate: URIRef) -> str | None:
    value = graph.value(subject, predicate)
    return str(value) if value is not None else None


@functools.lru_cache(maxsize=1)
def load_vocabulary() -> Vocabulary:
    """Read relations, lexicon, commodities and CAMEO codes from ``geokg.ttl`` (cached)."""
    path = ontology_dir() / "geokg.ttl"
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception as error:  # rdflib raises several parser-specific types
        raise OntologyError(f"{path}: cannot parse the ontology: {error}") from error

    relations: dict[str, RelationInfo] = {}
    for prop in graph.subjects(GEO.frame, None):
        if not isinstance(prop, URIRef):
            continue
        name = _local(prop)
        relations[name] = RelationInfo(
            name=name,
            iri=str(prop),
            label=str(graph.value(prop, SKOS.prefLabel) or name),
            cameo=str(graph.value(prop, GEO.cameoCode)),
            plover=str(graph.value(prop, GEO.ploverType)),
            goldstein=float(graph.value(prop, GEO.goldstein)),  # type: ignore[arg-type]
            frame=_local(graph.value(prop, GEO.frame)),  # type: ignore[arg-type]
            symmetric=(prop, RDF.type, OWL.SymmetricProperty) in graph,
            object_prepositions=frozenset(str(p) for p in graph.objects(prop, GEO.objectPreposition)),
            intent_code=_text(graph, prop, GEO.intentCode),
        )

    lexicon: dict[tuple[str, str], LexicalEntry] = {}
    collocations: dict[tuple[str, str], LexicalEntry] = {}
    for entry in graph.subjects(RDF.type, GEO.LexicalEntry):
        if not isinstance(entry, URIRef):
            continue
        lemma, pos = _text(graph, entry, GEO.lemma), _text(graph, entry, GEO.pos)
        evokes = graph.value(entry, GEO.evokes)
        if not lemma or not pos or not isinstance(evokes, URIRef) or _local(evokes) not in relations:
            raise OntologyError(f"{path}: lexical entry {entry} needs geo:lemma, geo:pos and a known geo:evokes")
        record = LexicalEntry(
            lemma=lemma,
            pos=pos,
            relation=_local(evokes),
            cameo=_text(graph, entry, GEO.cameoCode),
            particle=_text(graph, entry, GEO.particle),
            object_lemmas=frozenset(str(o) for o in graph.objects(entry, GEO.objectLemma)),
        )
        if record.object_lemmas:
            for object_lemma in record.object_lemmas:
                collocations[(lemma, object_lemma)] = record
        else:
            lexicon[(lemma, pos)] = record

    commodities: dict[str, Commodity] = {}
    keywords: dict[str, str] = {}
    for concept in sorted(graph.subjects(RDF.type, GEO.Commodity), key=str):
        if not isinstance(concept, URIRef):
            continue
        name = _local(concept)
        broader = graph.value(concept, SKOS.broader)
        commodities[name] = Commodity(
            name=name,
            label=str(graph.value(concept, SKOS.prefLabel) or name),
            aid_code=_text(graph, concept, GEO.aidCode),
            threat_code=_text(graph, concept, GEO.threatCode),
            broader=_local(broader) if isinstance(broader, URIRef) else None,
        )
    # Narrower concepts win over broader ones for a shared keyword.
    for name, _commodity in sorted(commodities.items(), key=lambda kv: kv[1].broader is not None):
        for keyword in graph.objects(GEO[name], GEO.keyword):
            keywords[str(keyword)] = name

    cameo: dict[str, tuple[str, str, float]] = {}
    for concept in graph.subjects(RDF.type, GEO.CameoCode):
        notation = graph.value(concept, SKOS.notation)
        if isinstance(notation, Literal):
            cameo[str(notation)] = (
                str(graph.value(concept, SKOS.prefLabel)),
                str(graph.value(concept, GEO.ploverType) or ""),
                float(graph.value(concept, GEO.goldstein) or 0.0),  # type: ignore[arg-type]
            )
    nouns = frozenset(lemma for lemma, pos in lexicon if pos == "NOUN")
    return Vocabulary(relations, lexicon, commodities, keywords, cameo, collocations, nouns)
