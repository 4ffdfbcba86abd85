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

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import OWL, RDF, SKOS

from kg.errors import OntologyError

__all__ = [
    "ACTOR",
    "GEO",
    "ID",
    "ONTOLOGY_IRI",
    "WORDS",
    "Commodity",
    "LexicalEntry",
    "RelationInfo",
    "Vocabulary",
    "actor_files",
    "load_vocabulary",
    "ontology_dir",
    "ontology_files",
    "singular",
    "vocabulary_files",
]

GEO = Namespace("https://w3id.org/geokg/ont#")
ID = Namespace("https://w3id.org/geokg/id/")
ACTOR = Namespace("https://w3id.org/geokg/id/actor/")
ONTOLOGY_IRI = URIRef("https://w3id.org/geokg/ont")
WORDS = Namespace("https://w3id.org/geokg/ont/words#")


def ontology_dir() -> Path:
    """The folder holding the ontology files: the repo's ``ontologies/`` or the installed copy."""
    package = Path(__file__).resolve().parent
    for candidate in (package / "ontologies", package.parent / "ontologies"):
        if (candidate / "geokg.ttl").exists():
            return candidate
    raise OntologyError(f"cannot find geokg.ttl beside {package}; reinstall geokg (pip install geokg)")


def vocabulary_files() -> list[Path]:
    """The Turtle files of the vocabulary: ``geokg.ttl`` (hand-written), then the generated CAMEO
    codebook and verb dictionaries (``cameo-codes.ttl``, ``lexicon-*.ttl``)."""
    folder = ontology_dir()
    generated = [folder / "cameo-codes.ttl", *sorted(folder.glob("lexicon-*.ttl"))]
    return [folder / "geokg.ttl", *(p for p in generated if p.exists())]


def actor_files() -> list[Path]:
    """The gazetteer's Turtle files (``actors-*.ttl``)."""
    return sorted(ontology_dir().glob("actors-*.ttl"))


def ontology_files() -> list[Path]:
    """Every Turtle file of the ontology and gazetteer, core first."""
    return [*vocabulary_files(), *actor_files()]


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
    agent_prepositions: frozenset[str] = frozenset()
    """Prepositions whose object, on the relation's noun, is its agent ("the request of X")."""
    reacts: bool = False
    """A reaction to an event: its parties are the targets ("welcomed the deal between A and B")."""
    excluded_objects: frozenset[str] = frozenset()
    """Actor classes that are never its object (talking to the press is no consultation)."""


@dataclass(frozen=True, slots=True)
class LexicalEntry:
    """A word that evokes a relation (``supply``/VERB → supplies)."""

    lemma: str
    pos: str
    relation: str
    cameo: str | None
    particle: str | None
    object_lemmas: frozenset[str] = frozenset()
    target_prepositions: frozenset[str] = frozenset()
    """Prepositions whose object is the target, besides the relation's own (from a dictionary pattern)."""
    reciprocal: bool = False
    """The act goes both ways ("clashed with": each side attacks the other)."""
    mutual: bool = False
    """Coordinated subjects do it to each other ("the two states restored ties"), with or without its particle."""
    rule: str | None = None
    """Where the entry came from when it is not the ontology's own: the dictionary pattern or verb."""
    patterned: bool = False
    """The code came from a dictionary pattern that names the verb's arguments ("rushed aid to")."""
    object_class: str | None = None
    """The entry applies only to an object actor of this type ("left the EU": an organisation left)."""
    subject_class: str | None = None
    """The entry applies only to a subject actor of this type ("troops left Iraq": forces withdraw)."""
    without_object: bool = False
    """The entry applies only when the verb has no direct object ("called for talks", not "called the race for X")."""
    with_object: bool = False
    """The entry applies only when the verb has an object ("returned the islands to X", not "returned to X")."""
    with_complement: bool = False
    """The entry applies only with an infinitive complement ("told Chile to leave", not "told Chile that …")."""
    with_particle: bool = False
    """The entry applies only with its particle or "together" ("worked with Chile", "worked together")."""


Slot = frozenset[tuple[str, ...]]
"""One requirement of a pattern: any of these phrases (tuples of lower-case words)."""


@dataclass(frozen=True, slots=True)
class DictionaryVerb:
    """A verb of the CAMEO verb dictionary: its block, its own code and the words of a multi-word verb.

    ``code`` is None when the verb alone codes no event (only its patterns do).
    """

    lemma: str
    block: str
    code: str | None
    particles: tuple[str, ...] = ()
    prefix: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PrepPhrase:
    """A prepositional phrase a pattern requires: ``(TO BORDER)``, ``(WITH +)``."""

    preposition: str
    words: tuple[Slot, ...] = ()
    marks_target: bool = False
    marks_source: bool = False


@dataclass(frozen=True, slots=True)
class VerbPattern:
    """A pattern of a verb block: the words around the verb that give a more specific code.

    ``code`` None means the pattern blocks an event ("[---]"); ``reverse_code`` is the code of
    the event the other way round ("[042:043]": the host hosts the visitor).
    """

    block: str
    code: str | None
    reverse_code: str | None
    subject: tuple[Slot, ...]
    object: tuple[Slot, ...]
    phrases: tuple[PrepPhrase, ...]
    object_is_target: bool
    text: str

    @property
    def specificity(self) -> int:
        """How much of the sentence the pattern names: content words count twice, prepositions once."""
        words = len(self.subject) + len(self.object) + sum(len(p.words) for p in self.phrases)
        return 2 * words + len(self.phrases)

    @property
    def anchors(self) -> frozenset[str]:
        """Words one of which any sentence the pattern matches has: the first word of each phrase of
        its first object slot, else its prepositions, else its subject's words (the index keys)."""
        for slots in (self.object, self.subject):
            if slots:
                return frozenset(phrase[0] for phrase in slots[0])
        return frozenset(p.preposition for p in self.phrases)

    @property
    def target_prepositions(self) -> frozenset[str]:
        """Prepositions whose object is the target: marked ``+``, or named without words ("(TO)")."""
        return frozenset(p.preposition for p in self.phrases if p.marks_target or (not p.words and not p.marks_source))


@dataclass(frozen=True, slots=True)
class Commodity:
    """A commodity concept: what changes hands."""

    name: str
    label: str
    aid_code: str | None
    threat_code: str | None
    broader: str | None
    goods: bool = False
    """A thing that changes hands (arms, food, money), not people, sanctions or force."""


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
    object ("restore" + "tie", "lift" + "curfew"); the first of :attr:`collocation_senses`."""
    collocation_senses: dict[tuple[str, str], tuple[LexicalEntry, ...]] = field(default_factory=dict)
    """(verb lemma, object lemma) → every entry of that pair, one per particle ("recalled its
    envoy from X", "… its envoy to X"), in a fixed order."""
    event_nouns: frozenset[str] = frozenset()
    """Lemmas of the nouns that evoke a relation ("summit", "invasion", "demand")."""
    code_relations: dict[str, str] = field(default_factory=dict)
    """CAMEO code → the relation a claim with that code is a claim of ("042" → visits)."""
    verbs: dict[str, tuple[DictionaryVerb, ...]] = field(default_factory=dict)
    """Lemma → the CAMEO dictionary's senses of it, multi-word verbs first ("call off", "call")."""
    verb_forms: dict[str, str] = field(default_factory=dict)
    """Irregular verb form → lemma ("sped" → "speed"), for forms the lemmatizer misses."""
    patterns: dict[str, tuple[VerbPattern, ...]] = field(default_factory=dict)
    """Verb block → its patterns, most specific first."""
    pattern_index: dict[str, dict[str, tuple[int, ...]]] = field(default_factory=dict)
    """Verb block → anchor word → positions in ``patterns[block]`` of the patterns it may start."""
    word_sets: dict[str, Slot] = field(default_factory=dict)
    word_set_codes: dict[str, str] = field(default_factory=dict)
    """Word set name → the CAMEO code its words give an act (``economic-cooperation-words`` → 061)."""
    """Word set name (``&WEAPON``) → its phrases."""
    sectors: dict[str, tuple[str, str]] = field(default_factory=dict)
    """CAMEO sector code → (label, actor class): ``MIL`` → ("military", "Military")."""
    senses: dict[tuple[str, str], tuple[LexicalEntry, ...]] = field(default_factory=dict)
    """(lemma, pos) → every entry of that word, those that need a particle first ("call for", "call on")."""
    silent: frozenset[tuple[str, str]] = frozenset()
    """(lemma, pos) of words that name no act whatever the verb dictionary says (``geo:noEvent``)."""
    pattern_prepositions: frozenset[str] = frozenset()
    """The prepositions the dictionary's patterns use in their phrases ("(TO BORDER)": to): a
    pattern whose object is one of them alone ("- * TO [030]") names the verb's own particle."""
    _single_words: dict[str, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)

    def cameo_plover(self, code: str) -> str | None:
        """PLOVER type of a CAMEO code, falling back to shorter prefixes (``0721`` → ``072`` → ``07``)."""
        for length in range(len(code), 1, -1):
            entry = self.cameo.get(code[:length])
            if entry and entry[1]:
                return entry[1]
        return None

    def words(self, name: str) -> frozenset[str]:
        """The one-word members of a word set of the ontology (``words:light-verbs`` → "light-verbs").

        Example:
            >>> "hold" in load_vocabulary().words("light-verbs")
            True
        """
        found = self._single_words.get(name)
        if found is None:
            slot = self.word_sets.get(str(WORDS[name]))
            if slot is None:
                raise OntologyError(f"the ontology has no word set words:{name}; add it to geokg.ttl § 5c")
            found = frozenset(v for p in slot if len(p) == 1 for v in spellings(p[0]))
            self._single_words[name] = found
        return found

    def evokes(self, lemma: str, pos: str) -> str | None:
        """The relation the ontology's own lexicon entry for a word evokes, if it has one.

        Example:
            >>> load_vocabulary().evokes("war", "NOUN")
            'attacks'
        """
        entry = self.lexicon.get((lemma, pos))
        return entry.relation if entry is not None else None

    def word_set_names(self) -> list[str]:
        """The names of the ontology's own word sets (``words:light-verbs`` → "light-verbs")."""
        prefix = str(WORDS)
        return sorted(iri[len(prefix) :] for iri in self.word_sets if iri.startswith(prefix))

    def relation_for_code(self, code: str) -> RelationInfo | None:
        """The relation of a CAMEO code: its own, else its parent's ("0234" → requests)."""
        for length in range(len(code), 1, -1):
            name = self.code_relations.get(code[:length])
            if name is not None:
                return self.relations[name]
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


_SPELLINGS = (("ization", "isation"), ("izing", "ising"), ("ized", "ised"), ("ize", "ise"), ("yze", "yse"))


def spellings(word: str) -> tuple[str, ...]:
    """A word written in American spelling and its British spelling ("recognize", "recognise";
    "mobilization", "mobilisation"), so an entry written once reads news from either side. (Only
    that way: "compromise" and "surprise" have no -ize form.)

    Example:
        >>> spellings("criticize")
        ('criticize', 'criticise')
        >>> spellings("seize"), spellings("surprise")
        (('seize',), ('surprise',))
    """
    for american, british in _SPELLINGS:
        if word.endswith(american) and len(word) > len(american) + 2:
            return word, word[: -len(american)] + british
    return (word,)


def _add_spellings(
    senses: dict[tuple[str, str], list[LexicalEntry]],
    lexicon: dict[tuple[str, str], LexicalEntry],
    collocations: dict[tuple[str, str], tuple[LexicalEntry, ...]],
    silent_words: set[tuple[str, str]],
) -> None:
    """Each entry under the other spelling of its lemma too, unless that spelling has its own."""
    for (lemma, pos), entries in list(senses.items()):
        for variant in spellings(lemma)[1:]:
            if (variant, pos) not in senses:
                senses[(variant, pos)] = entries
                lexicon[(variant, pos)] = lexicon[(lemma, pos)]
    for (lemma, other), pair_entries in list(collocations.items()):
        for variant in spellings(lemma)[1:]:
            collocations.setdefault((variant, other), pair_entries)
    for lemma, pos in list(silent_words):
        silent_words.update((variant, pos) for variant in spellings(lemma)[1:])


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
            reacts=str(graph.value(prop, GEO.reactsTo)) == "true",
            excluded_objects=frozenset(
                _local(c) for c in graph.objects(prop, GEO.excludesObjectClass) if isinstance(c, URIRef)
            ),
            agent_prepositions=frozenset(str(p) for p in graph.objects(prop, GEO.agentPreposition)),
        )

    lexicon: dict[tuple[str, str], LexicalEntry] = {}
    senses: dict[tuple[str, str], list[LexicalEntry]] = {}
    paired: dict[tuple[str, str], list[LexicalEntry]] = {}
    silent_words: set[tuple[str, str]] = set()
    for entry in graph.subjects(RDF.type, GEO.LexicalEntry):
        if not isinstance(entry, URIRef):
            continue
        lemma, pos = _text(graph, entry, GEO.lemma), _text(graph, entry, GEO.pos)
        evokes = graph.value(entry, GEO.evokes)
        if lemma and pos and str(graph.value(entry, GEO.noEvent)) == "true":
            silent_words.add((lemma, pos))  # a word that, whatever the dictionary says, names no act
            continue
        if not lemma or not pos or not isinstance(evokes, URIRef) or _local(evokes) not in relations:
            raise OntologyError(f"{path}: lexical entry {entry} needs geo:lemma, geo:pos and a known geo:evokes")
        record = LexicalEntry(
            lemma=lemma,
            pos=pos,
            relation=_local(evokes),
            cameo=_text(graph, entry, GEO.cameoCode),
            particle=_text(graph, entry, GEO.particle),
            object_lemmas=frozenset(str(o) for o in graph.objects(entry, GEO.objectLemma))
            | frozenset(str(w) for ws in graph.objects(entry, GEO.objectSet) for w in graph.objects(ws, GEO.word)),
            target_prepositions=frozenset(str(p) for p in graph.objects(entry, GEO.targetPreposition)),
            mutual=str(graph.value(entry, GEO.mutual)) == "true",
            reciprocal=str(graph.value(entry, GEO.reciprocal)) == "true",
            without_object=str(graph.value(entry, GEO.withoutObject)) == "true",
            with_object=str(graph.value(entry, GEO.withObject)) == "true",
            with_complement=str(graph.value(entry, GEO.withComplement)) == "true",
            with_particle=str(graph.value(entry, GEO.withParticle)) == "true",
            object_class=_local(c) if isinstance(c := graph.value(entry, GEO.objectClass), URIRef) else None,
            subject_class=_local(c) if isinstance(c := graph.value(entry, GEO.subjectClass), URIRef) else None,
        )
        if record.object_lemmas:
            for object_lemma in record.object_lemmas:
                paired.setdefault((lemma, object_lemma), []).append(record)
        else:
            senses.setdefault((lemma, pos), []).append(record)
            lexicon.setdefault((lemma, pos), record)

    collocation_senses = {
        pair: tuple(sorted(entries, key=lambda e: (e.particle or "", e.cameo or "", e.relation)))
        for pair, entries in paired.items()
    }
    _add_spellings(senses, lexicon, collocation_senses, silent_words)
    collocations = {pair: entries[0] for pair, entries in collocation_senses.items()}

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
            goods=str(graph.value(concept, GEO.goods)) == "true",
        )
    # Narrower concepts win over broader ones for a shared keyword.
    for name, _commodity in sorted(commodities.items(), key=lambda kv: kv[1].broader is not None):
        for keyword in graph.objects(GEO[name], GEO.keyword):
            keywords[str(keyword)] = name

    folder = ontology_dir()
    cameo, code_relations = _read_cameo_codes(folder / "cameo-codes.ttl", relations)
    dictionary = [_read_turtle(p) for p in sorted(folder.glob("lexicon-*.ttl"))]
    word_sets = {name: slot for d in dictionary for name, slot in _word_sets(d).items()}
    word_set_codes: dict[str, str] = {}
    for word_set in graph.subjects(RDF.type, GEO.WordSet):
        word_sets[str(word_set)] = frozenset(tuple(str(w).split()) for w in graph.objects(word_set, GEO.word))
        code = graph.value(word_set, GEO.cameoCode)
        if code is not None:
            word_set_codes[str(word_set).removeprefix(str(WORDS))] = str(code)
    _add_set_keywords(graph, word_sets, keywords)
    verbs: dict[str, list[DictionaryVerb]] = {}
    forms: dict[str, str] = {}
    patterns: dict[str, list[VerbPattern]] = {}
    silent = {str(b) for b, alone in graph.subject_objects(GEO.codesAlone) if str(alone) == "false"}
    for data in dictionary:
        _read_verbs(data, verbs, forms, silent)
        _read_patterns(data, word_sets, patterns)
    nouns = frozenset(lemma for lemma, pos in lexicon if pos == "NOUN")
    ordered = {block: tuple(sorted(found, key=lambda p: -p.specificity)) for block, found in patterns.items()}
    return Vocabulary(
        relations=relations,
        lexicon=lexicon,
        commodities=commodities,
        commodity_keywords=keywords,
        cameo=cameo,
        collocations=collocations,
        collocation_senses=collocation_senses,
        event_nouns=nouns,
        code_relations=code_relations,
        verbs={lemma: tuple(sorted(found, key=lambda v: -len(v.particles))) for lemma, found in verbs.items()},
        verb_forms=forms,
        patterns=ordered,
        pattern_index=_pattern_index(ordered),
        word_sets=word_sets,
        word_set_codes=word_set_codes,
        sectors=_sectors(graph),
        senses={
            key: tuple(sorted(found, key=lambda e: (e.particle is None, e.particle or "")))
            for key, found in senses.items()
        },
        silent=frozenset(silent_words),
        pattern_prepositions=frozenset(
            phrase.preposition for found in ordered.values() for pattern in found for phrase in pattern.phrases
        ),
    )


def _sectors(graph: Graph) -> dict[str, tuple[str, str]]:
    sectors: dict[str, tuple[str, str]] = {}
    for concept in graph.subjects(RDF.type, GEO.SectorCode):
        kind = graph.value(concept, GEO.actorClass)
        sectors[str(graph.value(concept, SKOS.notation))] = (
            str(graph.value(concept, SKOS.prefLabel)),
            _local(kind) if isinstance(kind, URIRef) else "Organization",
        )
    return sectors


# -- generated files, read with Oxigraph's parser (the verb dictionary is ~40k triples) ---------------

_Node = dict[str, list[object]]


def _read_turtle(path: Path) -> dict[str, _Node]:
    """Subjects of a Turtle file → their predicates (local names) → objects (str, bool, float or node)."""
    import pyoxigraph as ox

    nodes: dict[str, _Node] = {}
    try:
        quads = ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
        for quad in quads:
            value: object
            term = quad.object
            if isinstance(term, ox.Literal):
                kind = term.datatype.value.rsplit("#", 1)[-1]
                value = (
                    term.value == "true"
                    if kind == "boolean"
                    else float(term.value)
                    if kind == "decimal"
                    else term.value
                )
            else:
                value = str(term.value) if isinstance(term, ox.NamedNode) else f"_:{term.value}"
            nodes.setdefault(_node_key(quad.subject), {}).setdefault(_local(URIRef(quad.predicate.value)), []).append(
                value
            )
    except (OSError, SyntaxError, ValueError) as error:
        raise OntologyError(f"{path}: cannot read the vocabulary file: {error}; run 'make lexicon'") from error
    return nodes


def _node_key(term: object) -> str:
    import pyoxigraph as ox

    return str(term.value) if isinstance(term, ox.NamedNode) else f"_:{term.value}"  # type: ignore[attr-defined]


def _first(node: _Node, name: str) -> object | None:
    values = node.get(name)
    return values[0] if values else None


def _read_cameo_codes(
    path: Path, relations: dict[str, RelationInfo]
) -> tuple[dict[str, tuple[str, str, float]], dict[str, str]]:
    """The CAMEO table: code → (label, PLOVER type, Goldstein weight), and code → relation name."""
    if not path.exists():
        raise OntologyError(f"{path} is missing; run 'make lexicon' to generate the CAMEO codebook")
    cameo: dict[str, tuple[str, str, float]] = {}
    code_relations: dict[str, str] = {}
    for node in _read_turtle(path).values():
        code = _first(node, "notation")
        if not isinstance(code, str):
            continue
        cameo[code] = (str(_first(node, "prefLabel")), str(_first(node, "ploverType") or ""),
                       float(_first(node, "goldstein") or 0.0))  # type: ignore[arg-type]  # fmt: skip
        relation = _first(node, "relation")
        if isinstance(relation, str) and _local(URIRef(relation)) in relations:
            code_relations[code] = _local(URIRef(relation))
    return cameo, code_relations


def _word_sets(data: dict[str, _Node]) -> dict[str, Slot]:
    sets: dict[str, Slot] = {}
    for iri, node in data.items():
        if str(GEO.WordSet) in node.get("type", []):
            sets[iri] = frozenset(tuple(str(w).split()) for w in node.get("word", []))
    return sets


def _add_set_keywords(graph: Graph, word_sets: dict[str, Slot], keywords: dict[str, str]) -> None:
    """A commodity linked to a word set (``geo:wordSet``) is also named by the set's one-word members."""
    for concept, word_set in graph.subject_objects(GEO.wordSet):
        for phrase in word_sets.get(str(word_set), frozenset()):
            if len(phrase) == 1:
                keywords.setdefault(phrase[0], _local(concept))  # type: ignore[arg-type]


def singular(word: str) -> str:
    """A naive singular for dictionary words written in the plural ("sanctions" → "sanction").

    Example:
        >>> [singular(w) for w in ("sanctions", "parties", "ties", "crisis", "arms")]
        ['sanction', 'party', 'tie', 'crisis', 'arm']
    """
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _with_singulars(slot: Slot) -> Slot:
    """A slot that also accepts each phrase with its words in the singular ("sanctions" or "sanction")."""
    return frozenset(slot | {tuple(singular(w) for w in phrase) for phrase in slot})


def _slots(node: _Node, words: str, sets: str, word_sets: dict[str, Slot]) -> tuple[Slot, ...]:
    found: list[Slot] = [frozenset({(str(w),)}) for w in node.get(words, [])]
    found += [word_sets[str(s)] for s in node.get(sets, []) if str(s) in word_sets]
    return tuple(sorted((_with_singulars(slot) for slot in found), key=lambda slot: sorted(slot)))


def _pattern_index(patterns: dict[str, tuple[VerbPattern, ...]]) -> dict[str, dict[str, tuple[int, ...]]]:
    index: dict[str, dict[str, tuple[int, ...]]] = {}
    for block, found in patterns.items():
        by_word: dict[str, list[int]] = {}
        for position, pattern in enumerate(found):
            for word in pattern.anchors:
                by_word.setdefault(word, []).append(position)
        index[block] = {word: tuple(positions) for word, positions in by_word.items()}
    return index


def _read_verbs(
    data: dict[str, _Node], verbs: dict[str, list[DictionaryVerb]], forms: dict[str, str], silent: set[str]
) -> None:
    """Verbs by lemma; a verb of a block that codes nothing alone (``silent``) keeps only its own
    code, and a verb marked so itself keeps none (only its patterns code)."""
    for iri, node in data.items():
        block = _first(node, "verbBlock")
        lemma = _first(node, "lemma")
        if not isinstance(block, str) or not isinstance(lemma, str):
            continue
        code = None if iri in silent else _first(node, "cameoCode")
        if code is None and "noEvent" not in node and block not in silent and iri not in silent:
            code = _block_code(data, block)
        verb = DictionaryVerb(
            lemma=lemma,
            block=block,
            code=str(code) if code else None,
            particles=tuple(str(_first(node, "particle") or "").split()),
            prefix=tuple(str(_first(node, "prefix") or "").split()),
        )
        verbs.setdefault(lemma, []).append(verb)
        for form in node.get("form", []):
            forms.setdefault(str(form), lemma)


def _block_code(data: dict[str, _Node], block: str) -> str | None:
    code = _first(data.get(block, {}), "cameoCode")
    return str(code) if code else None


def _read_patterns(data: dict[str, _Node], word_sets: dict[str, Slot], patterns: dict[str, list[VerbPattern]]) -> None:
    for node in data.values():
        if str(GEO.VerbPattern) not in node.get("type", []):
            continue
        block = str(_first(node, "verbBlock"))
        phrases = []
        for ref in node.get("prepPhrase", []):
            phrase = data.get(str(ref), {})
            phrases.append(
                PrepPhrase(
                    preposition=str(_first(phrase, "preposition")),
                    words=_slots(phrase, "word", "wordSet", word_sets),
                    marks_target=bool(_first(phrase, "marksTarget")),
                    marks_source=bool(_first(phrase, "marksSource")),
                )
            )
        code = _first(node, "cameoCode")
        reverse = _first(node, "reverseCode")
        patterns.setdefault(block, []).append(
            VerbPattern(
                block=block,
                code=str(code) if code else None,
                reverse_code=str(reverse) if reverse else None,
                subject=_slots(node, "subjectWord", "subjectSet", word_sets),
                object=_slots(node, "objectWord", "objectSet", word_sets),
                phrases=tuple(sorted(phrases, key=lambda p: (p.preposition, p.words))),
                object_is_target=bool(_first(node, "objectIsTarget")),
                text=str(_first(node, "comment") or ""),
            )
        )
