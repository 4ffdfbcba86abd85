"""The ``geo_actors`` spaCy component: find actors in a document and say why.

Add it to any English pipeline that has a parser, a lemmatizer and NER::

    import spacy, kg.actors  # registers the factory
    nlp = spacy.load("en_core_web_sm")
    nlp.add_pipe("geo_actors")
    doc = nlp("Pyongyang denied supplying arms to Russia.")
    [(m.text, m.actor.code, m.rule) for m in doc._.actor_mentions]

Rules, each recorded on the mention it produces (``mention.rule``):

* ``name``: a gazetteer name or alias ("North Korea", "DPRK", "Vladimir Putin"), also
  without middle initials ("Vladimir V. Putin") or by first name and surname ("Carlos Menem").
* ``metonym``: a capital or seat of government standing for the government
  ("Moscow said", "the Kremlin") — but not where it is a place ("in Moscow",
  "Pyongyang station").
* ``sector``: a demonym, country name or possessive with a role noun
  ("North Korean officials" → PRKGOV, "Russian troops" → RUSMIL).
* ``adjective``: a demonym modifying an event noun ("US sanctions" → USA), or a plural
  demonym naming a state's people ("Palestinians"; not "ethnic Albanians").
* ``surname``: a surname or given name after the full name ("Putin", "Kim"), or whose
  gazetteer bearers all belong to one state (the one in office on the article's date).
* ``context``: "the North"/"the South" where the article names one such state.
* ``coreference``: he/his/she/her → the last person; it/its → the clause's
  state or organisation subject; they/their → the last plural group.  Conservative:
  unresolved beats wrong.
* ``minted``: a person or organisation the gazetteer lacks gets its own IRI, and a
  country or organisation from its apposition, from "of <state>" or from the words just
  before it ("U.N. Secretary-General Kofi Annan" → IGOUNO).

NER spans are cleaned first: a trailing possessive is dropped ("North Korea's") and a
hyphenated pair of names on an event noun is split ("the Kim-Putin summit").
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from datetime import date

import numpy
from spacy.attrs import DEP, ORTH, POS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.symbols import NOUN, PRON, PROPN, nsubj, nsubjpass
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg.actors.gazetteer import ActorRecord, Gazetteer, demonym_plural, load_gazetteer
from kg.model import Actor
from kg.ontology import ACTOR, Vocabulary, load_vocabulary

__all__ = [
    "ActorMention",
    "ActorResolver",
    "mention_for",
    "mentions_for",
    "modifier_for",
    "register_extensions",
    "sector_actor",
]

_PLACE_PREPOSITIONS = {"in", "at", "near", "outside", "inside", "around", "across", "throughout", "via", "from"}
_MASCULINE = {"he", "him", "his", "himself"}
_FEMININE = {"she", "her", "hers", "herself"}
_NEUTER = {"it", "its", "itself"}
# Verbs whose subject 'it' is usually an expletive ("it seems", "it remains unclear").
_EXPLETIVE_VERBS = {"be", "seem", "appear", "remain", "emerge", "happen", "become", "matter", "take"}
_PLURAL = {"they", "them", "their", "theirs", "themselves"}
_FIRST_PERSON = {"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"}
_QUOTE_MARKS = {'"', "“", "”", "''", "``"}
# Titles whose holder can be looked up by date: role noun → words an office name contains.
_TITLES = {
    "president": ("president",),
    "leader": ("supreme leader", "leader"),
    "chancellor": ("chancellor",),
    "premier": ("premier", "prime minister"),
    "minister": ("prime minister", "premier"),
    "king": ("king", "monarch"),
    "queen": ("queen", "monarch"),
    "emperor": ("emperor",),
}
# Nouns that, definite, describe a state already named ("the isolated country", "the regime").


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A stretch of tokens ``[start, end)`` that refers to an actor, and why."""

    start: int
    end: int
    actor: Actor
    rule: str
    why: str
    head: int

    def span(self, doc: Doc) -> Span:
        """The mention as a spaCy span."""
        return doc[self.start : self.end]


class _SentenceNumbers:
    """Token index → sentence number, by bisection over the sentence starts (no table per token)."""

    __slots__ = ("starts",)

    def __init__(self, doc: Doc) -> None:
        self.starts = [sentence.start for sentence in doc.sents]

    def __getitem__(self, index: int) -> int:
        return bisect_right(self.starts, index) - 1


def register_extensions() -> None:
    """Declare the Doc extensions geokg uses (idempotent)."""
    for name, default in (
        ("actor_mentions", None),
        ("modifier_mentions", None),
        ("places", None),
        ("quotes", None),
        ("published", None),
        ("article_id", None),
        ("offset", 0),
        ("claims", None),
    ):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def modifier_for(doc: Doc, token: Token) -> ActorMention | None:
    """The state whose demonym modifies ``token`` ("Iraqi towns" → Iraq), if any."""
    for mention in doc._.modifier_mentions or []:
        if doc[mention.head].head.i == token.i:
            return mention
    return None


def _mention_index(doc: Doc) -> tuple[dict[int, list[ActorMention]], dict[int, ActorMention]]:
    """Token index → the mentions headed there, and → the last mention covering it; built once per
    list of mentions the document holds (rebuilt when the resolver sets a new one)."""
    mentions: list[ActorMention] = doc._.actor_mentions or []
    cached = doc.user_data.get("geokg.mention_index")
    if cached is not None and cached[0] is mentions and cached[1] == len(mentions):
        return cached[2], cached[3]
    heads: dict[int, list[ActorMention]] = {}
    covering: dict[int, ActorMention] = {}
    for mention in mentions:
        heads.setdefault(mention.head, []).append(mention)
        for i in range(mention.start, mention.end):
            covering[i] = mention
    doc.user_data["geokg.mention_index"] = (mentions, len(mentions), heads, covering)
    return heads, covering


def mentions_for(doc: Doc, token: Token) -> list[ActorMention]:
    """Every actor mention whose head is ``token``: one, or the members of a group it refers to
    ("the two leaders")."""
    return list(_mention_index(doc)[0].get(token.i, ()))


def mention_for(doc: Doc, token: Token) -> ActorMention | None:
    """The actor mention whose head is ``token`` (the first), or else the last that covers it."""
    heads, covering = _mention_index(doc)
    headed = heads.get(token.i)
    return headed[0] if headed else covering.get(token.i)


# Sectors a role noun with no state of its own takes from context: a state's institutions and domestic groups.
_DOMESTIC_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "SPY", "CVL"}
# Sectors that act only at home: one of them in a clause does not make that clause about a foreign
# state ("police in Hong Kong fired at protesters": the protesters are Hong Kong's too).
_HOME_SECTORS = {"COP", "JUD", "LEG", "OPP", "CVL"}
# Sectors a city they are in makes a state's ("police in Lagos", "rebels in Goma"); ministers,
# troops and spies travel ("ministers in Cairo" may be anyone's).
_PLACED_SECTORS = _HOME_SECTORS | {"REB"}
# Sectors of the people, not of an institution: one of them ("a protester", "a civilian") is one of
# the sector, where one of an institution's ("a court", "a representative") is no known body.
_PEOPLE_SECTORS = {"OPP", "CVL"}
# Sectors of a state's coercive power: "people" they act on are that state's people.
_SECURITY_SECTORS = {"COP", "MIL", "JUD", "SPY"}
# Prepositions after a role noun that say whose it is ("the president of Chile", "police in Lima").
_ANCHORING_PREPOSITIONS = {"of", "in", "from", "for", "at"}
# Entity labels of a modifier that counts people rather than saying whose they are ("two protesters").
_COUNTING_ENTITIES = {"CARDINAL", "QUANTITY", "ORDINAL"}
# Dependency labels and parts of speech that the coreference pass looks at (as spaCy symbol ids).
_SUBJECT_DEPS = numpy.array([nsubj, nsubjpass], dtype="uint64")
_REFERRING_POS = numpy.array([PRON, NOUN], dtype="uint64")
# Words that make a demonym name an ethnic group rather than a state's people.
# What follows a credited agency in a dateline or a photo credit ("BERLIN (Reuters) -", "AFP |").
_DASHES = {"-", "--", "—", "–", "|"}


def _wire_credit(doc: Doc, mention: ActorMention) -> bool:
    """The agency a story or photo is credited to ("BERLIN (Reuters) -", "(Xinhua) --", "Jane Doe,
    AFP |"): who wrote it down, no actor in it, and no state for the roles the story names."""
    if not (mention.actor.code or "").endswith("MED"):
        return False
    after = doc[mention.end] if mention.end < len(doc) else None
    if after is not None and after.text == "|":
        return True
    bracketed = mention.start > 0 and doc[mention.start - 1].text == "(" and after is not None and after.text == ")"
    then = doc[mention.end + 1] if mention.end + 1 < len(doc) else None
    return bracketed and then is not None and then.text in _DASHES


def _dominant_state(states_by_sentence: list[set[str]]) -> set[str]:
    """The state the article is about so far: the only one it has named, or one named in at least two
    sentences and in twice as many as any other ("the police" deep in an article about one city-state)."""
    counts = Counter(country for states in states_by_sentence for country in states)
    ranked = counts.most_common(2)
    if not ranked:
        return set()
    if len(ranked) > 1 and (ranked[0][1] < 2 or ranked[0][1] < 2 * ranked[1][1]):
        return set()
    return {ranked[0][0]}


def _subject_like(token: Token) -> bool:
    """A word that is the subject of its clause, or a name or title set beside that subject
    ("President Lopez, the envoy, said": 'Lopez', 'envoy')."""
    while token.dep_ in {"appos", "compound", "flat"} and token.head.i != token.i:
        token = token.head
    return token.dep_ in {"nsubj", "nsubjpass"}


def _one_letter_apart(one: str, other: str) -> bool:
    """Two names of five letters or more, alike but for one letter changed, added or dropped after
    their first two ("Sarea"/"Saree", "Qadhafi"/"Qaddafi"; not "Kim"/"Kin")."""
    if min(len(one), len(other)) < 5 or one[:2].lower() != other[:2].lower() or one == other:
        return False
    a, b = (one.lower(), other.lower()) if len(one) <= len(other) else (other.lower(), one.lower())
    if len(b) - len(a) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    return any(b[:i] + b[i + 1 :] == a for i in range(len(b)))


def _clause_head(token: Token) -> Token:
    """The word a subject-like word (or the name set beside it) is the subject of."""
    while token.dep_ in {"appos", "compound", "flat"} and token.head.i != token.i:
        token = token.head
    return token.head


def _without_possessive(span: Span) -> Span:
    """An entity without a trailing possessive marker: the model tags "North Korea's" as one GPE."""
    end = span.end
    while end > span.start and span.doc[end - 1].tag_ == "POS":
        end -= 1
    return span if end == span.end else Span(span.doc, span.start, end, label=span.label_)


def _slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", folded).strip("-")


def _fold(text: str) -> str:
    """Text without diacritics ("Erdoğan" → "Erdogan"), as gazetteers often spell names."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _minted_iri(actor: Actor, code: str | None) -> str:
    """A minted actor's IRI carries the code the article gives it, so that two articles that disagree
    about an unknown person mint two actors, not one with two codes."""
    prefix = str(ACTOR)
    rest = actor.iri[len(prefix) :].split("/") if actor.iri.startswith(prefix) else []
    if not code or len(rest) < 2 or rest[0] not in {"person", "org"}:
        return actor.iri
    return f"{prefix}{rest[0]}/{code}/{rest[-1]}"


def _holder_of_a_role(head: Token, roles: AbstractSet[str]) -> bool:
    """A singular role noun that names one person ("the Chilean president", "Peru's foreign
    minister"): he or she may refer back to it."""
    return head.pos_ == "NOUN" and head.tag_ == "NN" and head.lemma_.lower() in roles


def _group_count(determiners: AbstractSet[str]) -> int:
    """How many a plural's number word says ("the two leaders" → 2, "both" → 2), 0 for none."""
    return {"two": 2, "both": 2, "three": 3, "four": 4}.get(next(iter(set(determiners) - {"the"}), ""), 0)


def _title_before(doc: Doc, mention: ActorMention) -> list[Token]:
    """The lower-case title words just before a name, however the parse attached them ("… and energy
    minister X"): nouns and adjectives back to the first other word."""
    start = mention.start
    while start > 0 and doc[start - 1].pos_ in {"NOUN", "ADJ"} and doc[start - 1].is_lower:
        start -= 1
    return list(doc[start : mention.start])


def _colleague_before(doc: Doc, title: int, name: int, by_end: dict[int, ActorMention]) -> ActorMention | None:
    """The person named just before a title (``doc[title:name]``) with 'and' ("Greek prime minister
    A and energy minister B"): a title that names no state or place ("… and New York mayor B" does)
    is held in the colleague's, when the colleague's state is known."""
    if title < 2 or doc[title - 1].lower_ != "and":
        return None
    if any(t.pos_ == "PROPN" or t.ent_type_ for t in doc[title:name]):
        return None
    colleague = by_end.get(title - 1)
    if colleague is None or colleague.actor.type != "Person" or not colleague.actor.country:
        return None
    return colleague


def _named_with_title(
    doc: Doc, noun: Token, mentions: list[ActorMention], sentence_of: _SentenceNumbers
) -> ActorMention | None:
    """'the minister', 'the crown prince' → the one person named with that title before ("Crown Prince
    X of Y …", "energy minister X"), whoever the gazetteer lacks: in this or the two sentences before
    for a one-word title, anywhere before for a title of more words. Not a title with a possessor, an
    'of' phrase or a name of its own ("the president of Peru")."""
    start = next((c.i for c in noun.children if c.dep_ == "det" and c.lower_ == "the"), None)
    if start is None or noun.tag_ != "NN":
        return None
    if any(c.dep_ in {"poss", "prep", "nmod"} or c.ent_type_ for c in noun.children):
        return None
    one_word = not any(c.dep_ in {"compound", "amod"} for c in noun.children)
    reach = 2 if one_word else sentence_of[noun.i]
    holders = _people_titled(doc, noun, mentions, sentence_of, reach=reach, same_sentence=True)
    if len(holders) != 1:
        return None
    antecedent = holders[0]
    why = f"'{doc[start : noun.i + 1].text}' → '{antecedent.span(doc).text}', named with that title"
    return ActorMention(start, noun.i + 1, antecedent.actor, "coreference", why, noun.i)


def _people_titled(
    doc: Doc,
    noun: Token,
    mentions: list[ActorMention],
    sentence_of: _SentenceNumbers,
    *,
    reach: int,
    same_sentence: bool,
) -> list[ActorMention]:
    """The people named before a role noun's phrase with its title, one per actor: the noun and its
    modifiers among their title's words or their name's ("energy minister X", "Crown Prince X", "X,
    the foreign minister"), in the ``reach`` sentences before (and the noun's own, if ``same_sentence``)."""
    wanted = {noun.lemma_.lower()} | {c.lower_ for c in noun.children if c.dep_ in {"compound", "amod"}}
    number, nearest = sentence_of[noun.i], 0 if same_sentence else 1
    people: dict[str, ActorMention] = {}
    for m in mentions:
        if m.actor.type != "Person" or not m.actor.code or m.end > noun.left_edge.i:
            continue
        named = _title_words(doc, m) | {t.lower_ for t in m.span(doc)}
        if nearest <= number - sentence_of[m.start] <= reach and wanted <= named:
            people.setdefault(m.actor.iri, m)
    return list(people.values())


def _title_words(doc: Doc, mention: ActorMention) -> set[str]:
    """The words of the title a person is named with: "energy minister X" → {energy, minister};
    "X, the foreign minister" and "the foreign minister, X" → {foreign, minister}."""
    name = doc[mention.head]
    titles = [c for c in name.children if c.dep_ in {"compound", "appos"} and not c.ent_type_]
    if name.dep_ == "appos" and not name.head.ent_type_:
        titles.append(name.head)
    words: set[str] = set()
    for title in titles:
        words.add(title.lemma_.lower())
        words.update(c.lower_ for c in title.children if c.dep_ in {"compound", "amod"})
    return words


def _verb_of(token: Token) -> Token:
    """The verb (or auxiliary) of the clause a word is in: itself, or the nearest one above it."""
    while token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        token = token.head
    return token


def _located_objects(token: Token) -> Iterable[tuple[str, Token]]:
    """The objects of a token's prepositions of place ("in Yemen", "near Aleppo")."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in {"in", "near", "around", "outside", "across"}:
            yield from ((child.lower_, g) for g in child.children if g.dep_ == "pobj")


def _hyphened_to(word: Token, head: Token) -> bool:
    """The word is joined to its head by a hyphen: "Turkish-Libyan", "US-Iranian"."""
    return word.i + 2 == head.i and word.doc[word.i + 1].text in {"-", "–"}


def sector_actor(state: Actor, sector: str, vocab: Vocabulary | None = None) -> Actor:
    """The actor for a state's sector (Russia + MIL → ``RUSMIL``, "Russia (military)").

    Example:
        >>> russia = Actor("https://w3id.org/geokg/id/actor/RUS", "Russia", "State", "RUS", "RUS")
        >>> sector_actor(russia, "MIL").code
        'RUSMIL'
    """
    code = (state.code or state.country or "") + sector
    label, kind = (vocab or load_vocabulary()).sectors.get(sector[:3], (sector.lower(), "Organization"))
    return Actor(
        iri=str(ACTOR[code]),
        label=f"{state.label} ({label})",
        type=kind,
        country=state.country,
        code=code,
    )


class ActorResolver:
    """Finds actor mentions with a phrase matcher over the gazetteer plus the rules above."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer, vocab: Vocabulary | None = None) -> None:
        register_extensions()
        self.gazetteer = gazetteer
        self.vocab = vocab or load_vocabulary()
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        forms: dict[str, list[str]] = {"name": [], "adjective": [], "metonym": []}
        for text, kind in gazetteer.surface_forms():
            forms[kind].append(text)
        for kind, texts in forms.items():
            self.matcher.add(kind, [nlp.make_doc(text) for text in texts])
        self.event_nouns = self.vocab.event_nouns
        self._surnames = self._unique_surnames()

    def _unique_surnames(self) -> dict[str, list[ActorRecord]]:
        """Surnames whose gazetteer bearers all belong to one state ("Putin"; "Bush" for both
        presidents), not those shared across states ("Kim")."""
        bearers: dict[str, list[ActorRecord]] = {}
        for record in self.gazetteer.records.values():
            if record.actor.type != "Person":
                continue
            parts = record.actor.label.replace("-", " ").split()
            if len(parts) >= 2:
                for surname in {parts[-1], _fold(parts[-1])}:  # "Orbán", and "Orban" as news often prints it
                    bearers.setdefault(surname, []).append(record)

        def sovereign(record: ActorRecord) -> bool:
            state = self.gazetteer.state(record.actor.country or "")
            return state is None or not state.dependent

        # A territory's premier does not compete with a sovereign state's president for the name.
        bearers = {name: [r for r in records if sovereign(r)] or records for name, records in bearers.items()}
        return {name: records for name, records in bearers.items() if len({r.actor.country for r in records}) == 1}

    def _in_office(self, surname: str, published: date | None) -> bool:
        """Whether a one-word name is the surname of a gazetteer person in office on the article's
        date: the model reads a sitting leader's surname as a firm now and then ("Trump said …"),
        while a surname out of office stays what the model says ("Ford" the carmaker)."""
        bearers = self._surnames.get(surname, [])
        return published is not None and any(t.covers(published) for r in bearers for t in r.tenures)

    @staticmethod
    def _bearer_on(records: list[ActorRecord], published: date | None) -> ActorRecord:
        """Of a surname's bearers, the one in office on the article's date, else the latest in office."""
        if len(records) == 1:
            return records[0]
        if published is not None:
            for record in records:
                if any(t.covers(published) for t in record.tenures):
                    return record
        return max(records, key=lambda r: max((t.start or date.min for t in r.tenures), default=date.min))

    # -- the component ---------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        published: date | None = doc._.published
        spans: list[Span] = []
        for match_id, start, end in self.matcher(doc):
            spans.append(Span(doc, start, end, label=match_id))
        entity_spans = [
            _without_possessive(e)
            for e in doc.ents
            if e.label_ in {"PERSON", "ORG", "NORP", "GPE", "FAC"} or self._speaking_place(e)
        ]
        entity_spans = [part for e in entity_spans if len(e) for part in self._split_pair(e)]
        chosen = filter_spans([*spans, *entity_spans])
        matched_texts = {(s.start, s.end): s.label_ for s in spans}

        mentions: list[ActorMention] = []
        places: list[tuple[int, int]] = []
        persons_seen: list[tuple[str, ActorMention]] = []
        for span in chosen:
            kind = matched_texts.get((span.start, span.end))
            mention: ActorMention | None = None
            if kind is None:
                inner = [s for s in spans if span.start <= s.start and s.end <= span.end]
                mention = self._entity(doc, span, inner, persons_seen, published)
                if mention is None and (span.label_ in {"GPE", "FAC"} or self._known_city(span)):
                    places.append((span.start, span.end))
            else:
                mention = self._gazetteer_match(doc, span, kind, published, places)
            if mention is not None:
                mention = self._serving_organisation(doc, mention, mentions)
                mentions.append(mention)
                if mention.actor.type == "Person":
                    persons_seen.append((mention.actor.label, mention))
        mentions = [m for m in mentions if not _wire_credit(doc, m)]
        mentions.extend(self._the_north(doc, mentions))
        mentions.extend(self._led_groups(doc, mentions))
        mentions = [self._with_appositive_country(doc, m, mentions, places) for m in mentions]
        doc._.modifier_mentions = [m for m in mentions if m.rule == "modifier"]
        mentions = self._with_sectors(doc, mentions)
        mentions = [self._acting_for_body(doc, m, mentions) for m in mentions]
        mentions.extend(self._placed_sectors(doc, mentions, places))
        mentions = self._nationality_described(doc, [self._with_title(doc, m, mentions) for m in mentions])
        mentions = self._carried(doc, mentions)
        roles = [m for m in mentions if m.rule in {"sector", "title"}]
        mentions = [  # "US Congress" as a sector drops the bare NER organisation "Congress" inside it
            m
            for m in mentions
            if m.rule in {"sector", "title"} or not any(r.start <= m.start and m.end <= r.end for r in roles)
        ]
        sentences = _SentenceNumbers(doc)
        contextual = list(self._contextual_sectors(doc, mentions, places, sentences))
        placed = {m.head for m in contextual}  # "Parliament" minted as a name, now the state's legislature
        mentions = [m for m in mentions if not (m.rule == "minted" and m.head in placed)] + contextual
        mentions = self._titled_in_context(doc, mentions, places, sentences)
        doc._.actor_mentions = list(mentions)  # the named actors, for antecedents looked up by token
        mentions.extend(self._coreference(doc, mentions, sentences))
        mentions.extend(self._possessed_roles(doc, mentions))
        doc._.quotes = self._quotes(doc, mentions)
        mentions.extend(self._first_person(doc, mentions, doc._.quotes))
        mentions.sort(key=lambda m: m.start)
        doc._.actor_mentions = mentions
        doc._.places = [(start, end, self._place_state(doc[start:end].text)) for start, end in places]
        doc.spans["geo_actors"] = [Span(doc, m.start, m.end, label=m.actor.code or m.actor.type) for m in mentions]
        return doc

    def _speaking_place(self, entity: Span) -> bool:
        """A name the model tags as a place that says something is an outlet or a body ("The Atlantic
        reported …"): places do not speak."""
        root = entity.root
        return entity.label_ == "LOC" and root.dep_ == "nsubj" and root.head.lemma_ in self.vocab.words("report-verbs")

    def _qualifies_a_demonym(self, span: Span) -> bool:
        """A demonym set before another one on the same noun names a community of the second state's
        people ("Greek Cypriot", "French Canadian"): the last one says whose they are."""
        doc, root = span.doc, span.root
        if span.end >= len(doc) or root.dep_ not in {"amod", "compound", "nmod"}:
            return False
        following = doc[span.end]
        same_noun = root.head.i == following.i or (
            following.dep_ in {"amod", "compound"} and root.head == following.head
        )
        return same_noun and bool(self.gazetteer.candidates(following.text, "adjective"))

    def _split_pair(self, span: Span) -> list[Span]:
        """ "the Kim-Putin summit": a hyphenated pair of names modifying an event noun is two actors
        (the model tags it as one name; "Jean-Bertrand Aristide" as a subject stays whole)."""
        dashes = [t.i for t in span if t.text in {"-", "–", "—"}]
        head = span.root.head
        if len(dashes) != 1 or span.root.dep_ not in {"compound", "nmod", "amod"}:
            return [span]
        if head.lemma_.lower() not in self.event_nouns or self.gazetteer.lookup(span.text):
            return [span]
        left, right = (
            Span(span.doc, span.start, dashes[0], label=span.label_),
            Span(span.doc, dashes[0] + 1, span.end, label=span.label_),
        )
        return [part for part in (left, right) if len(part)]

    # -- rules -------------------------------------------------------------------
    def _actor_of(self, record: ActorRecord, published: date | None) -> Actor:
        code = record.code_on(published) if published else record.actor.code
        if code == record.actor.code:
            return record.actor
        return Actor(record.actor.iri, record.actor.label, record.actor.type, record.actor.country, code)

    def _gazetteer_match(
        self, doc: Doc, span: Span, kind: str, published: date | None, places: list[tuple[int, int]]
    ) -> ActorMention | None:
        records = self.gazetteer.candidates(span.text, kind)
        if not records:
            return None
        record = records[0]
        root = span.root
        if kind == "metonym":
            if self._is_place(root):
                places.append((span.start, span.end))
                return None
            return ActorMention(
                span.start, span.end, record.actor, "metonym", f"'{span.text}' stands for {record.actor.label}", root.i
            )
        if kind == "adjective":
            if span.start > 0 and doc[span.start - 1].lower_ in self.vocab.words("ethnic-words"):
                return None  # "ethnic Albanians in Serbia" are an ethnic group, not Albania's people
            if self._qualifies_a_demonym(span):
                return None  # "Greek Cypriot leaders", "Turkish Cypriots": Cypriots, of one community
            head = root.head
            if _hyphened_to(root, head) and head.dep_ in {"amod", "compound", "nmod"}:
                head = head.head  # "the Turkish-Libyan agreement": both demonyms modify the event
            if root.dep_ in {"amod", "compound", "nmod", "npadvmod"} and head.lemma_.lower() in self.event_nouns:
                return ActorMention(
                    span.start,
                    span.end,
                    record.actor,
                    "adjective",
                    f"'{span.text}' modifies the event '{head.text}'",
                    root.i,
                )
            # "the Americans", "the British" (an adjective with its article), "the British and the French"
            arguments = {"nsubj", "nsubjpass", "dobj", "pobj", "poss"}  # "the UK's rebate": a possessor too
            argument = root.dep_ in arguments or (root.dep_ == "conj" and root.head.dep_ in arguments)
            the = any(c.dep_ == "det" and c.lower_ == "the" for c in root.children)
            noun_use = argument and (root.pos_ in {"PROPN", "NOUN"} or (root.pos_ == "ADJ" and the))
            if noun_use and not self._abroad(root, record.actor):
                return ActorMention(
                    span.start, span.end, record.actor, "adjective", f"'{span.text}' used as a noun", root.i
                )
            if record.actor.type != "State" and root.dep_ in {"amod", "compound", "nmod"} and head.i > root.i:
                text = doc[span.start : head.i + 1].text
                if head.lemma_.lower() in self.vocab.words("group-nouns"):
                    # "the Houthi movement", "Houthi fighters": a group's name heading a word for a group is it
                    why = f"'{text}': {record.actor.label}'s name on a group noun"
                    return ActorMention(span.start, head.i + 1, record.actor, "name", why, head.i)
                if head.pos_ == "NOUN" and self._sector(head) is not None:
                    # "Houthi military spokesperson X": one of the group's roles, and whoever it names
                    why = f"'{text}': a role in {record.actor.label}"
                    return ActorMention(span.start, head.i + 1, record.actor, "sector", why, head.i)
            # Otherwise the demonym only qualifies its noun; sector rules may still use it.
            return ActorMention(
                span.start, span.end, record.actor, "modifier", f"demonym of {record.actor.label}", root.i
            )
        return ActorMention(
            span.start,
            span.end,
            self._actor_of(record, published),
            "name",
            f"'{span.text}' is a name of {record.actor.label} ({record.source})",
            root.i,
        )

    @staticmethod
    def _is_place(token: Token) -> bool:
        """A capital is a place, not a government, after a locative preposition or as a modifier."""
        if token.dep_ == "pobj" and token.head.lower_ in _PLACE_PREPOSITIONS:
            # "documents from the State Department": an institution something comes from acts
            return token.head.lower_ != "from" or token.ent_type_ in {"GPE", "LOC", ""}
        return token.dep_ == "compound" and token.head.pos_ in {"NOUN", "PROPN"}

    def _entity(
        self,
        doc: Doc,
        span: Span,
        inner: list[Span],
        persons_seen: list[tuple[str, ActorMention]],
        published: date | None,
    ) -> ActorMention | None:
        """An NER entity the gazetteer does not list as a whole."""
        label = span.label_
        text = span.text
        if text.lower().startswith("the "):
            text = text[4:]
        for kind in ("name", "metonym"):
            records = self.gazetteer.candidates(text, kind)
            if records:
                actor = self._actor_of(records[0], published)
                return ActorMention(
                    span.start, span.end, actor, kind, f"'{span.text}' names {actor.label}", span.root.i
                )
        if label == "ORG" and len(text) >= 4 and text.isalpha() and text.istitle():
            # "Interpol", "Nato", "Unesco": an organisation's acronym written as a word, as many papers do
            records = [r for r in self.gazetteer.candidates(text.upper(), "name") if r.actor.type != "Person"]
            if records:
                actor = self._actor_of(records[0], published)
                why = f"'{span.text}' is the acronym {text.upper()} of {actor.label}, written as a word"
                return ActorMention(span.start, span.end, actor, "name", why, span.root.i)
        if label == "PERSON":
            return self._person(span, text, persons_seen, published)
        if (
            label == "ORG"
            and len(span) == 1
            and (self._named_before(text, persons_seen) or self._in_office(text, published))
        ):
            return self._person(span, text, persons_seen, published)  # the model tags "Trump" as ORG now and then
        if label == "FAC" and self._named_by_role(span):
            label = "ORG"  # "Iranian airline Mahan Air": what a role noun names is a body, not a building
        if self._known_city(span):
            return None  # "shelling of Kharkiv" with the model's ORG label: a place, not a body
        if label in {"ORG", "LOC"} and not any(s.start == span.start and s.end == span.end for s in inner):
            country, code = self._organisation_state(doc, span, inner)
            base = Actor(str(ACTOR) + "org/" + _slug(text), text, "Organization")
            actor = Actor(_minted_iri(base, code), text, "Organization", country, code)
            return ActorMention(
                span.start, span.end, actor, "minted", f"organisation '{text}' not in the gazetteer", span.root.i
            )
        return None

    def _known_city(self, span: Span) -> bool:
        """A city the gazetteer places in a state, whatever label the model gave it ("Kharkiv" as ORG,
        "Aleppo" as NORP)."""
        text = span.text[4:] if span.text.lower().startswith("the ") else span.text
        return span.label_ in {"ORG", "NORP", "LOC"} and bool(self.gazetteer.candidates(text, "city"))

    def _named_by_role(self, span: Span) -> bool:
        """A name set right after a role noun that modifies it ("the airline Mahan Air", "broadcaster
        Sky News"): the role says it is a body."""
        if span.start == 0:
            return False
        before = span.doc[span.start - 1]
        return (
            before.pos_ == "NOUN" and before.head.i in range(span.start, span.end) and self._sector(before) is not None
        )

    def _organisation_state(self, doc: Doc, span: Span, inner: list[Span]) -> tuple[str | None, str | None]:
        """Whose an organisation the gazetteer lacks is, and its code: a leading country word ("Russian
        Defence Ministry"), or a state after 'of' when the name's head is a role noun ("the Foreign
        Ministry of Iraq" → IRQGOV, "the Parliament of Iraq" → IRQLEG). "University of North Korean
        Studies" in Seoul is not North Korean: a university is no role of a state."""
        sector = self._sector(span.root)
        first = span.start + (1 if span[0].lower_ == "the" else 0)
        for s in inner:
            records = self.gazetteer.candidates(s.text, s.label_)
            if not records or records[0].actor.type != "State":
                continue
            if s.start == first and s.label_ == "adjective" and self._qualifies_a_demonym(s):
                first = s.end  # "Greek Cypriot …": the second demonym says whose
                continue
            leading = s.start == first
            of = doc[s.start - 1] if s.start > span.start else None
            after_of = of is not None and of.lower_ == "of" and of.head.i == span.root.i and s.label_ == "name"
            if leading or (after_of and sector is not None):
                country = records[0].actor.country
                return country, f"{country}{sector}" if country and sector else country
            break
        return None, None

    @staticmethod
    def _named_before(text: str, persons_seen: list[tuple[str, ActorMention]]) -> bool:
        """A one-word name that is the surname of a person the article named earlier (the model tags
        "Trump" as an organisation now and then; "Ford" alone is the company, not the president)."""
        surnames = {_fold(label.replace("-", " ").split()[-1]) for label, _m in persons_seen}
        return any(_fold(text) == name or _one_letter_apart(_fold(text), name) for name in surnames)

    def _surname_mentions(self, doc: Doc, mentions: list[ActorMention]) -> Iterable[ActorMention]:
        """A surname alone that the model missed ("Later Mitsotakis met …") refers to the person of
        that surname named earlier in the article."""
        covered = {i for m in mentions for i in range(m.start, m.end)}
        people: dict[str, ActorMention] = {}
        bodies: dict[str, ActorMention] = {}  # "Mahan Air" … "Mahan": a coded body by its first word
        for mention in sorted(mentions, key=lambda m: m.start):
            if mention.actor.type == "Person" and mention.rule in {"name", "minted", "title"}:
                for name in (mention.actor.label, mention.span(doc).text):
                    people.setdefault(_fold(name.replace("-", " ").split()[-1]), mention)
            elif mention.rule == "minted" and mention.actor.code and self._short_form(mention.actor.label):
                bodies.setdefault(_fold(mention.actor.label.split()[0]), mention)
        if not people and not bodies:
            return
        for index, pos in enumerate(doc.to_array(POS).tolist()):
            if pos != PROPN or index in covered:
                continue
            token = doc[index]
            earlier = people.get(_fold(token.text)) or bodies.get(_fold(token.text))
            if (
                earlier is None
                or token.pos_ != "PROPN"
                or earlier.start >= token.i
                or not self._may_be_a_name(token)
                or (token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN")
            ):
                continue
            if earlier.actor.type == "Person":
                why = f"'{token.text}' is the surname of '{earlier.span(doc).text}' named earlier"
            else:
                why = f"'{token.text}' is short for '{earlier.span(doc).text}' named earlier"
            yield ActorMention(token.i, token.i + 1, earlier.actor, "surname", why, token.i)

    def _short_form(self, label: str) -> bool:
        """Whether a body's name of several words may be cut to its first ("Mahan Air" → "Mahan"): not
        when that word is short, not a plain word, or names anything itself ("Peru Telecom", "U.S. Navy")."""
        words = label.split()
        if len(words) < 2 or len(words[0]) < 4 or not words[0].isalpha():
            return False
        first = words[0]
        named = any(self.gazetteer.candidates(first, kind) for kind in ("name", "adjective", "metonym", "city"))
        return not named and self._place_state(first) is None

    def _may_be_a_name(self, token: Token) -> bool:
        """A word the model tagged as no entity or as a person, organisation or group; or as a place
        that the gazetteer does not know as one (it reads a lone surname as a place now and then:
        "labelled Soleimani a terrorist")."""
        if token.ent_type_ in {"", "PERSON", "ORG", "NORP"}:
            return True
        return token.ent_type_ in {"GPE", "LOC", "FAC"} and self._place_state(token.text) is None

    def _person(
        self, span: Span, text: str, persons_seen: list[tuple[str, ActorMention]], published: date | None
    ) -> ActorMention | None:
        words = text.split()
        if len(words) > 1 and words[0] in self.vocab.words("honorifics"):
            text = " ".join(words[1:])  # "Mr Blair" is Blair, "Sir Menzies Campbell" Menzies Campbell
        tokens = text.replace("-", " ").split()
        if not tokens:
            return None
        # "Vladimir V. Putin", "George H. W. Bush": also try the name without middle initials, and
        # "Recep Tayyip Erdoğan" as the gazetteer may spell it, without diacritics.
        uninitialled = " ".join(t for i, t in enumerate(text.split()) if i == 0 or not re.fullmatch(r"[A-Z]\.", t))
        dotted = re.sub(r"\b([A-Z])(?=\s)", r"\1.", text)  # "George W Bush", as British papers write it
        for name in dict.fromkeys((text, text.replace("-", " "), uninitialled, dotted, _fold(text))):
            records = [r for r in self.gazetteer.candidates(name, "name") if r.actor.type == "Person"]
            if records:
                return ActorMention(
                    span.start,
                    span.end,
                    self._actor_of(records[0], published),
                    "name",
                    f"'{text}' is a known person",
                    span.root.i,
                )
        if len(tokens) == 1:
            for label, earlier in reversed(persons_seen):
                parts = label.replace("-", " ").split()
                if _fold(tokens[0]) in (_fold(parts[0]), _fold(parts[-1])):
                    return ActorMention(
                        span.start, span.end, earlier.actor, "surname", f"'{text}' after '{label}' earlier", span.root.i
                    )
            # a transliteration spelt two ways in one article ("Sarea" … "Saree"): the one earlier
            # person whose surname differs by a letter
            near = {
                earlier.actor.iri: (label, earlier)
                for label, earlier in persons_seen
                if _one_letter_apart(_fold(tokens[0]), _fold(label.replace("-", " ").split()[-1]))
            }
            if len(near) == 1:
                label, earlier = next(iter(near.values()))
                why = f"'{text}': '{label}' earlier, spelt differently"
                return ActorMention(span.start, span.end, earlier.actor, "surname", why, span.root.i)
            bearers = self._surnames.get(tokens[0])
            if bearers:
                record = self._bearer_on(bearers, published)
                why = (
                    "the only gazetteer person"
                    if len(bearers) == 1
                    else f"of {len(bearers)} bearers, all of one state,"
                )
                return ActorMention(
                    span.start,
                    span.end,
                    self._actor_of(record, published),
                    "surname",
                    f"'{text}' is {why} of that name",
                    span.root.i,
                )
        if len(tokens) >= 2:
            # "Carlos Menem" for Carlos Saul Menem, "Omar Hassan al-Bashir" for Omar Hassan Ahmad
            # al-Bashir: the same first name and surname as exactly one gazetteer person.
            # (the first name may be transliterated a letter apart: "Yassir Arafat" for Yasser Arafat)
            same = [
                r
                for r in self._surnames.get(tokens[-1], [])
                if (first := r.actor.label.replace("-", " ").split()[0]) == tokens[0]
                or _one_letter_apart(_fold(first), _fold(tokens[0]))
            ]
            if len(same) == 1:
                why = f"'{text}': first name and surname of {same[0].actor.label}"
                return ActorMention(span.start, span.end, self._actor_of(same[0], published), "name", why, span.root.i)
        country, code = self._affiliation_from_context(span)
        if not self._looks_like_a_person(span, tokens, code):
            return None  # "COVID-19", "Brexit", "Hagia Sophia": no person without a name's shape or a title
        base = Actor(str(ACTOR) + "person/" + _slug(text), text, "Person")
        actor = Actor(_minted_iri(base, code), text, "Person", country, code)
        return ActorMention(span.start, span.end, actor, "minted", f"person '{text}' not in the gazetteer", span.root.i)

    @staticmethod
    def _looks_like_a_person(span: Span, tokens: list[str], code: str | None) -> bool:
        """Evidence that a PERSON entity the gazetteer lacks is a person: a first name and a surname in
        letters, or a title or role that names them; a definite article, digits or capitals alone say
        it is something else (a building, a disease, an acronym)."""
        if any(not re.fullmatch(r"[^\W\d_][\w'.\-]*", t) for t in tokens) or any(
            t.isupper() and len(t) > 1 for t in tokens
        ):
            return False
        if span.start > 0 and span.doc[span.start - 1].lower_ == "the" and code is None:
            return False  # "the Hagia Sophia"; "the US President Joe X" has a title
        titled = code is not None or (
            span.start > 0 and span.doc[span.start - 1].ent_type_ == "" and span.doc[span.start - 1].is_title
        )
        return len(tokens) >= 2 or titled

    def _affiliation_from_context(self, span: Span) -> tuple[str | None, str | None]:
        """(country, code) from a demonym, country or intergovernmental organisation right before
        the person: "Russian President X" → RUS, "U.N. Secretary-General Kofi Annan" → IGOUNO."""
        doc = span.doc
        # Only words of the person's own noun phrase: "forces of X killed Y" says nothing of Y.
        own = {t.i for t in span.root.subtree}
        if span.root.dep_ == "appos":  # "a member of the Tunisian parliament, X"
            own |= {t.i for t in span.root.head.subtree}
        start = span.start
        while start > max(0, span.start - 5) and start - 1 in own:
            start -= 1
        window = range(start, span.start)  # "U.N. Secretary - General X"
        # whole names only: "New Jersey governor X" is not Jersey's
        phrases = [
            doc[i : i + n].text for i in window for n in (3, 2, 1) if i + n <= span.start and doc[i].ent_iob_ != "I"
        ]
        for phrase in phrases:  # "Gibraltar Chief Minister Ana Ruiz"
            for kind in ("adjective", "name"):
                records = self.gazetteer.candidates(phrase, kind)
                if records and records[0].actor.type == "State":
                    return records[0].actor.country, records[0].actor.country
                if records and records[0].actor.type == "IntergovernmentalOrganization" and records[0].actor.code:
                    return None, records[0].actor.code
        return None, None

    def _with_appositive_country(
        self, doc: Doc, mention: ActorMention, mentions: list[ActorMention], places: list[tuple[int, int]]
    ) -> ActorMention:
        """A minted person gets a country from an apposition: "Joseph Dempsey, a researcher at <org of X>",
        "Yang Moo-jin, president of a university in Seoul"."""
        if mention.rule != "minted" or mention.actor.type != "Person" or mention.actor.country:
            return mention
        for of in (c for c in doc[mention.head].children if c.dep_ == "prep" and c.lower_ == "of"):
            # "King Hassan of Morocco", "Prince Sultan of Saudi Arabia"
            for other in mentions:
                if other.actor.type == "State" and any(g.i == other.head for g in of.children):
                    return self._placed(mention, other.actor.country or "", f"'of {other.actor.label}'")
        appositions = [c for c in doc[mention.head].children if c.dep_ == "appos"]
        for apposition in appositions:
            inside = {t.i for t in apposition.subtree}
            for other in mentions:
                if (
                    other.actor.type == "IntergovernmentalOrganization"
                    and doc[other.head].head.i == apposition.i
                    and doc[other.head].dep_ in {"compound", "nmod", "poss", "amod"}
                    and apposition.pos_ == "NOUN"
                ):
                    # "X, a UN rapporteur", "Y, the EU's envoy": they act for the organisation
                    actor = replace(mention.actor, iri=_minted_iri(mention.actor, other.actor.code),
                                    code=other.actor.code)  # fmt: skip
                    why = f"{mention.why}; apposition: '{apposition.text}' of {other.actor.label}"
                    return ActorMention(mention.start, mention.end, actor, mention.rule, why, mention.head)
                if other.head in inside and other.actor.country and other.actor.type != "Person":
                    return self._placed(mention, other.actor.country, f"apposition names {other.actor.label}")
            for start, end in places:
                if start in inside:
                    for record in self.gazetteer.candidates(doc[start:end].text, "metonym"):
                        if record.actor.type == "State" and record.actor.country:
                            return self._placed(
                                mention, record.actor.country, f"apposition places them in {doc[start:end].text}"
                            )
        return mention

    def _nationality_described(self, doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
        """A person the article has not placed, described next by a definite noun for one of a state's
        people ("… activist Maria Quispe. The 30-year-old Peruvian …", "the Briton"), is from that
        state, and the description is that person (not the state)."""
        persons = sorted((m for m in mentions if m.actor.type == "Person"), key=lambda m: m.start)
        found: dict[int, ActorMention] = {}  # the description's index → the person it describes
        placed: dict[str, Actor] = {}
        for index, mention in enumerate(mentions):
            token = doc[mention.head]
            described = self._described_person(doc, mention, persons)
            if described is None or mention.actor.country is None:
                continue
            why = f"'{doc[token.left_edge.i : token.i + 1].text}' describes them"
            person = placed.get(described.actor.label) or self._placed(described, mention.actor.country, why).actor
            placed[described.actor.label] = person
            found[index] = ActorMention(
                mention.start, mention.end, person, "coreference", f"{why}: '{described.span(doc).text}'", mention.head
            )
        if not found:
            return mentions
        return [
            found.get(i)
            or (
                replace(m, actor=placed[m.actor.label])
                if m.actor.type == "Person" and m.actor.label in placed and not m.actor.country
                else m
            )
            for i, m in enumerate(mentions)
        ]

    def _described_person(self, doc: Doc, mention: ActorMention, persons: list[ActorMention]) -> ActorMention | None:
        """The person a definite singular demonym noun refers back to: the last person named in its
        sentence or the one before, if the article gave that person no state yet."""
        token = doc[mention.head]
        if mention.rule != "adjective" or mention.actor.type != "State" or token.tag_ not in {"NN", "NNP"}:
            return None
        if token.dep_ in {"amod", "compound", "poss", "nmod"} or demonym_plural(token.text) is None:
            return None  # a modifier ("Swedish officials"), or the people as a whole ("the British")
        if token.is_upper or token.ent_type_ == "GPE" or self.gazetteer.candidates(token.text, "name"):
            return None  # "the UK": a name of the state, no description of a person
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None  # "a Swede" is someone else
        earlier = [p for p in persons if p.end <= mention.start]
        if not earlier:
            return None
        last = earlier[-1]
        sentence = token.sent
        near = last.start >= sentence.start or (sentence.start > 0 and last.start >= doc[sentence.start - 1].sent.start)
        return last if near and last.rule == "minted" and not last.actor.country else None

    def _carried(self, doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
        """What the article says of a person once holds for all their mentions: their name again, a
        surname or a pronoun takes the code one mention's title gave them (before or after it);
        surnames the model missed are found."""
        named = {m.actor.label: m.actor for m in mentions if m.rule == "minted" and m.actor.code}
        carried = [
            ActorMention(m.start, m.end, named[m.actor.label], m.rule, m.why, m.head)
            if m.actor.label in named
            and m.actor.type == "Person"
            and (m.rule in {"surname", "coreference"} or (m.rule == "minted" and not m.actor.code))
            else m
            for m in mentions
        ]
        carried = [self._short_name(m, carried) for m in carried]
        return carried + list(self._surname_mentions(doc, carried))

    @staticmethod
    def _short_name(mention: ActorMention, mentions: list[ActorMention]) -> ActorMention:
        """An organisation named again by the first words of its name ("Huawei Technologies" …
        "Huawei") is the one named before, with the code the article gave it there."""
        if mention.rule != "minted" or mention.actor.code or mention.actor.type == "Person":
            return mention
        short = _fold(mention.actor.label) + " "
        earlier = next(
            (
                m
                for m in mentions
                if m.start < mention.start
                and m.actor.code
                and m.actor.type not in {"Person", "State"}
                and _fold(m.actor.label).startswith(short)
            ),
            None,
        )
        if earlier is None:
            return mention
        why = f"'{mention.actor.label}' is short for '{earlier.actor.label}' named earlier"
        return ActorMention(mention.start, mention.end, earlier.actor, "short name", why, mention.head)

    @staticmethod
    def _with_title(doc: Doc, mention: ActorMention, mentions: list[ActorMention]) -> ActorMention:
        """A person or organisation the gazetteer lacks takes the code of the title or role that names
        them: "Greek foreign minister X" → GRCGOV, "Iranian airline X" → IRNBUS, "X, the Italian
        foreign minister" → ITAGOV."""
        if mention.rule != "minted":
            return mention
        root = doc[mention.head]
        titles = [o for o in mentions if o.rule in {"sector", "title"} and o.actor.code and o is not mention]
        for other in sorted(titles, key=lambda o: min(abs(o.end - mention.start), abs(mention.end - o.start))):
            title = doc[other.head]
            inside = {t.i for t in title.subtree}
            # "Greek foreign minister X", "US Ambassador to Germany X": the title modifies the name.
            # The name's own title words may come between: "Chinese counterpart Minister X".
            name_words = range(mention.start, mention.end)
            before = (
                other.end <= mention.start
                and (title.head.i in name_words or title.head.head.i in name_words)
                and all(
                    i in inside or (doc[i].dep_ == "compound" and doc[i].head.i in name_words)
                    for i in range(other.end, mention.start)
                )
                and not any(m.actor.type == "Person" and other.end <= m.start < mention.start for m in mentions)
            )
            # "X, the Italian foreign minister" / "the Italian foreign minister, X": only a comma between
            # (and the title's own words: "X, the foreign affairs minister of Cuba").
            gap = doc[other.end : mention.start] if other.end <= mention.start else doc[mention.end : other.start]
            apposed = (title.dep_ == "appos" or root.dep_ == "appos") and all(
                t.is_punct or t.dep_ == "det" or t.i in inside for t in gap
            )
            if before or apposed:
                actor = other.actor
                named = Actor(_minted_iri(mention.actor, actor.code), mention.actor.label, mention.actor.type,
                              actor.country, actor.code)  # fmt: skip
                why = f"{mention.why}; '{other.span(doc).text}' names them ({actor.code})"
                return ActorMention(mention.start, mention.end, named, mention.rule, why, mention.head)
        return mention

    def _serving_organisation(self, doc: Doc, mention: ActorMention, before: list[ActorMention]) -> ActorMention:
        """A known person titled as an international organisation's officer acts for it, whatever
        office they held at home: "NATO Secretary-General X", "UN envoy Y" (the organisation, then
        an office noun of words:membership-nouns, in the name's own phrase); a person the gazetteer
        lacks, titled so by any body with a code, acts for that body: "Kremlin spokesman X", "White
        House adviser Y", "Hamas leader Z" (not "Kremlin critic X", no office)."""
        if mention.actor.type != "Person" or mention.start == 0:
            return mention
        offices = self.vocab.words("membership-nouns")
        unknown = mention.rule == "minted" and not mention.actor.code
        for body in reversed(before):
            if body.end > mention.start:
                continue
            if body.actor.type != "IntergovernmentalOrganization" and not (
                unknown and body.actor.code and body.actor.type not in {"Person", "State"}
            ):
                continue
            title = doc[body.end : mention.start]
            phrase = all(t.dep_ in {"compound", "amod", "punct"} for t in (*doc[body.start : body.end], *title))
            if phrase and any(t.lower_ in offices for t in title) and len(title) <= 4:
                code = body.actor.code
                actor = replace(mention.actor, iri=_minted_iri(mention.actor, code or ""), country=body.actor.country,
                                code=code)  # fmt: skip
                why = f"{mention.why}; '{title.text}' of {body.actor.label}"
                return ActorMention(mention.start, mention.end, actor, mention.rule, why, mention.head)
            break
        return mention

    def _acting_for_body(self, doc: Doc, mention: ActorMention, mentions: list[ActorMention]) -> ActorMention:
        """A minted person described as leading, speaking for or belonging to a body ("X, head of Iran's
        Quds Force", "Y, a member of the Taliban", ``words:membership-nouns``) acts for it: the body's
        code, when the body is a state's own or an armed group (a code beyond its country's)."""
        if mention.rule != "minted" or mention.actor.type != "Person" or len(mention.actor.code or "") > 3:
            return mention
        for apposition in (c for c in doc[mention.head].children if c.dep_ == "appos"):
            if apposition.lemma_.lower() not in self.vocab.words("membership-nouns"):
                continue
            heads = {g.i for of in apposition.children if of.dep_ == "prep" and of.lower_ == "of" for g in of.children}
            for body in mentions:
                code = body.actor.code or ""
                if body.head in heads and body.actor.type != "Person" and body.actor.country and len(code) > 3:
                    actor = replace(mention.actor, iri=_minted_iri(mention.actor, code),
                                    country=body.actor.country, code=code)  # fmt: skip
                    why = f"{mention.why}; apposition: '{apposition.text}' of {body.actor.label}"
                    return ActorMention(mention.start, mention.end, actor, mention.rule, why, mention.head)
        return mention

    @staticmethod
    def _placed(mention: ActorMention, country: str, why: str) -> ActorMention:
        actor = Actor(_minted_iri(mention.actor, country), mention.actor.label, mention.actor.type, country, country)
        return ActorMention(mention.start, mention.end, actor, mention.rule, f"{mention.why}; {why}", mention.head)

    def _the_north(self, doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
        """'the North' / 'the South' for the one state in the article named North…/South…."""
        found: list[ActorMention] = []
        if "the North" not in doc.text and "the South" not in doc.text:
            return found
        states = {m.actor.label: m.actor for m in mentions if m.actor.type == "State"}
        covered = {i for m in mentions for i in range(m.start, m.end)}
        for token in doc:
            if token.text not in {"North", "South"} or token.i in covered or token.i == 0:
                continue
            if doc[token.i - 1].lower_ != "the":
                continue
            nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if nxt is not None and nxt.pos_ in {"PROPN", "NOUN"} and nxt.dep_ != "punct" and nxt.is_title:
                continue
            matches = [a for label, a in states.items() if label.startswith(token.text + " ")]
            if len(matches) == 1:
                found.append(
                    ActorMention(
                        token.i - 1,
                        token.i + 1,
                        matches[0],
                        "context",
                        f"'the {token.text}' in an article about {matches[0].label}",
                        token.i,
                    )
                )
        return found

    def _with_sectors(self, doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
        """Demonym/country + role noun → sector actor; drop modifier-only demonyms."""
        result: list[ActorMention] = []
        conjoined: dict[int, Token] = {}  # "the navies of China, India and Oman": each state's navy
        for mention in mentions:
            if mention.head in conjoined and mention.actor.type == "State":
                noun = conjoined[mention.head]
                sector = self._sector(noun) or "GOV"
                why = f"'{mention.span(doc).text}': one of the states whose '{noun.text}' is meant"
                result.append(ActorMention(mention.start, mention.end, sector_actor(mention.actor, sector, self.vocab),
                                           "sector", why, mention.head))  # fmt: skip
                continue
            root = doc[mention.head]
            while root.dep_ == "conj" and root.head.pos_ in {"ADJ", "PROPN"} and root.head.i < root.i:
                root = root.head  # "his Greek, Cypriot and French counterparts": each demonym's
            head = root.head
            if (
                mention.actor.type == "State"
                and root.dep_ in {"amod", "compound", "poss", "nmod"}
                and head.i >= mention.end
                and head.pos_ in {"NOUN", "PROPN"}  # "US Congress", "Israel's Cabinet"
                and self._sector(head) is not None
            ):
                result.append(self._role_mention(doc, head, mention, mention.start, head.i + 1))
            elif (
                mention.actor.type == "IntergovernmentalOrganization"
                and root is not doc[mention.head]
                and root.dep_ in {"amod", "compound"}
                and head.pos_ == "NOUN"
                and self._sector(head) is not None
            ):
                # "Chinese and EU ministers": the body's own people, each side of the group
                why = f"'{mention.span(doc).text}': one of the parties whose '{head.text}' are meant"
                result.append(ActorMention(root.i, head.i + 1, mention.actor, "sector", why, head.i))
            elif (
                mention.actor.type == "State"
                and root.dep_ == "pobj"
                and head.lower_ in {"of", "in", "from"}
                and head.head.pos_ == "NOUN"
                and self._sector(head.head) is not None
                and not any(m.start <= head.head.i < m.end for m in result)
                and not any(c.dep_ == "poss" for c in head.head.children)  # "its ambassador from X": its own
            ):
                # "the president of Armenia", "lawmakers in Arnor", "delegates from Chad"
                result.append(self._role_mention(doc, head.head, mention, head.head.i, mention.end))
                conjoined.update({c.i: head.head for c in root.conjuncts})
            elif mention.rule != "modifier":
                result.append(mention)
        return result

    def _placed_sectors(
        self, doc: Doc, mentions: list[ActorMention], places: list[tuple[int, int]]
    ) -> Iterable[ActorMention]:
        """A role noun placed in a city the gazetteer knows is that state's body: "protesters in
        Beirut" → LBNOPP, "a court in Lyon" and "a Lyon court" → FRAJUD. Not troops or spies, whom a city does not
        make a state's ("troops in Kabul" may be anyone's)."""
        covered = {i for m in mentions for i in range(m.start, m.end)}
        for start, end in places:
            place = doc[start:end].root
            preposition = place.head
            if place.dep_ == "compound" and place.head.i >= end:
                noun = place.head  # "Tokyo prosecutors", "a Lyon court": the city names whose they are
            elif place.dep_ == "pobj" and preposition.lower_ in {"in", "from"} and preposition.dep_ == "prep":
                noun = preposition.head
            else:
                continue
            if noun.pos_ != "NOUN" or noun.i in covered:
                continue
            sector = self._sector(noun)
            state = self._place_state(doc[start:end].text)
            if sector is None or sector[:3] not in _PLACED_SECTORS or state is None or state.type != "State":
                continue
            first, last = min(noun.left_edge.i, noun.i), max(end, noun.i + 1)
            place_name = doc[start:end].text
            why = f"'{doc[first:last].text}': role noun '{noun.text}' of {place_name}, a place in {state.label}"
            yield ActorMention(first, last, sector_actor(state, sector, self.vocab), "sector", why, noun.i)

    def _abroad(self, people: Token, state: Actor) -> bool:
        """ "Chileans living in Spain": a people named where another state is, not their state."""
        for child in people.children:
            if child.dep_ == "prep" and child.lower_ in {"in", "inside", "across"}:
                for place in (g for g in child.children if g.dep_ == "pobj" and g.ent_type_ in {"GPE", "LOC"}):
                    name = place.doc[place.left_edge.i : place.i + 1].text
                    name = name[4:] if name.lower().startswith("the ") else name
                    found = [r.actor for r in self.gazetteer.lookup(name) if r.actor.type == "State"]
                    if found and found[0].country != state.country:
                        return True
        return False

    def _led_groups(self, doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
        """ "a Saudi-led coalition", "the U.S.-led forces": a group led by a state acts as that state (its
        sector when the noun is a role noun), written as two words and a hyphen or as one token."""
        found: list[ActorMention] = []
        taken = {m.head for m in mentions if m.rule != "modifier"}
        for token in doc:
            if token.dep_ != "amod" or token.head.pos_ != "NOUN" or token.head.i in taken:
                continue
            state: Actor | None = None
            if token.lemma_.lower() == "lead" and token.tag_ == "VBN":
                leaders = [m for m in mentions if doc[m.head].head.i == token.i and doc[m.head].dep_ == "npadvmod"]
                state = leaders[0].actor if leaders and leaders[0].actor.type == "State" else None
            elif token.lower_.endswith("-led") and len(token.text) > 4:
                records = [r for r in self.gazetteer.lookup(token.text[:-4]) if r.actor.type == "State"]
                state = records[0].actor if records else None
            if state is None:
                continue
            noun = token.head
            sector = self._sector(noun)
            actor = sector_actor(state, sector, self.vocab) if sector else state
            why = f"'{doc[token.left_edge.i : noun.i + 1].text}': led by {state.label}"
            found.append(ActorMention(token.left_edge.i, noun.i + 1, actor, "sector", why, noun.i))
        return found

    def _place_state(self, text: str) -> Actor | None:
        """The state a place the resolver kept as a place lies in: a capital or city of the gazetteer."""
        for kind in ("metonym", "city"):
            for record in self.gazetteer.candidates(text, kind):
                if record.actor.type == "State":
                    return record.actor
        return None

    def _context_states(
        self, doc: Doc, mentions: list[ActorMention], places: list[tuple[int, int]], *, people: bool = False
    ) -> list[set[str]]:
        """Per sentence, the states it names: by name, through a sector of theirs, or as a place in them
        (and, with ``people``, through the people it names who hold office in one)."""
        per_sentence: list[set[str]] = []
        bounds = [(s.start, s.end) for s in doc.sents]
        for start, end in bounds:
            found = {
                m.actor.country
                for m in mentions
                if start <= m.start < end
                and m.actor.country
                and (people or m.actor.type != "Person")
                and m.rule != "modifier"
            }
            for place_start, place_end in places:
                state = self._place_state(doc[place_start:place_end].text) if start <= place_start < end else None
                if state is not None and state.country:
                    found.add(state.country)
            per_sentence.append(found)
        return per_sentence

    def _contextual_sectors(
        self, doc: Doc, mentions: list[ActorMention], places: list[tuple[int, int]], sentence_of: _SentenceNumbers
    ) -> Iterable[ActorMention]:
        """A role noun with no state of its own ("police detained …", "the government said",
        "protesters marched") belongs to the one state this or the two sentences before name, if
        exactly one; a state institution or domestic group only, never a company or a foreigner."""
        names = {m.head: m for m in mentions if self._bare_role_name(doc, m)}  # "Parliament", "the Senate"
        covered = {i for m in mentions if m.head not in names for i in range(m.start, m.end)}
        states = self._context_states(doc, mentions, places)
        # a body's name goes with the officeholders around it ("approved by the Senate and signed by
        # President X"): they count for it as states do
        with_people = self._context_states(doc, mentions, places, people=True) if names else states
        nouns = numpy.flatnonzero(doc.to_array([POS]) == NOUN)  # only nouns become Token objects
        nouns = numpy.union1d(nouns, numpy.array(sorted(names), dtype=nouns.dtype))
        for number, sentence in enumerate(doc.sents):
            inside = nouns[numpy.searchsorted(nouns, sentence.start) : numpy.searchsorted(nouns, sentence.end)]
            for noun in (doc[int(i)] for i in inside):
                if noun.i in covered or noun.dep_ in {"compound", "amod", "poss", "nmod"}:
                    continue
                if noun.dep_ == "pobj" and noun.head.lower_ in {"including", "like", "as"}:
                    continue  # "Russian aircraft including helicopter gunships": one of the noun it hangs off
                sector = self._sector(noun)
                named = names.get(noun.i)
                held = sector == "PPL" and self._held_by_security(doc, noun, mentions)
                if sector is None or (sector[:3] not in _DOMESTIC_SECTORS and not held):
                    continue
                if self._refers_to_a_group(doc, noun, mentions, sentence_of):
                    continue  # "… ministers of A, B and C met. The ministers agreed": them, not one state's
                people = sector[:3] in _PEOPLE_SECTORS or held
                anchored = self._anchored_name(named, doc) if named is not None else not self._unanchored(noun, people)
                titled = _named_with_title(doc, noun, mentions, sentence_of) if named is None else None
                if titled is not None:  # "the crown prince": the one named with that title just before
                    yield titled
                    continue
                if anchored:
                    continue
                bare = noun.tag_ == "NN" and not any(c.dep_ == "det" for c in noun.children)
                holder_of = noun.head.lemma_.lower() in self.vocab.words("holding-participles") and _hyphened_to(
                    noun, noun.head
                )  # "rebel-held", "army-controlled": the body that holds it
                if bare and noun.dep_ not in {"nsubj", "nsubjpass"} and not holder_of:
                    continue  # a bare singular object names no body: "faces tough opposition", "good government"
                holder = self._title_antecedent(doc, noun, mentions, sentence_of)
                if holder is not None:  # "Tony Blair said … The prime minister added": him, not a state's PM
                    yield holder
                    continue
                # not a state acting in the same clause: "the rebels are backed by Iran" are not Iran's;
                # nor the one whose outlet reports the sentence ("…, a radio station of Peru reported")
                # a body's name ("the Senate") may be the co-argument's own: only a sentence of one state says whose
                co_arguments = self._co_argument_countries(doc, noun, mentions) if noun.i not in names else set()
                known = with_people if noun.i in names else states
                here = known[number] - co_arguments - self._reporting_countries(sentence, noun, mentions)
                if holder_of:  # "rebel-held sites in Yemen": the holders are of the state the place is in
                    here = self._located_in(doc, noun.head.head, mentions, places) or here
                # else the nearest sentence before that names a state ("Chinese citizens criticised their
                # government. Police detained …"), within two
                near = here or next((known[n] for n in (number - 1, number - 2) if n >= 0 and known[n]), set())
                if not near:  # nothing named nearby: the state the article is about, if one clearly is
                    near = _dominant_state(known[:number])
                if len(near) != 1:
                    continue
                state = self.gazetteer.state(next(iter(near)))
                if state is None:
                    continue
                start = next((c.i for c in noun.children if c.dep_ == "det" and c.lower_ in {"the", "a", "an"}), noun.i)
                if named is not None:
                    start = min(start, named.start)
                phrase = doc[start : noun.i + 1].text
                why = f"'{phrase}': role noun '{noun.text}' of {state.actor.label}, the one state in context"
                yield ActorMention(
                    start, noun.i + 1, sector_actor(state.actor, sector, self.vocab), "context", why, noun.i
                )

    def _refers_to_a_group(
        self, doc: Doc, noun: Token, mentions: list[ActorMention], sentence_of: _SentenceNumbers
    ) -> bool:
        """A definite plural of words:group-person-nouns ("the ministers", "the leaders") after the
        four sentences before named officials of two or more states: it refers to them (the
        coreference step or the meeting they held says who), not to one state of its own sentence."""
        if noun.tag_ != "NNS" or noun.lemma_.lower() not in self.vocab.words("group-person-nouns"):
            return False
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            return False
        number = sentence_of[noun.i]
        states = {
            m.actor.country
            for m in mentions
            if m.actor.country
            and m.rule in {"sector", "title", "name", "surname"}
            and m.actor.type != "State"
            and number - 4 <= sentence_of[m.start] < number
        }
        return len(states) >= 2

    def _held_by_security(self, doc: Doc, noun: Token, mentions: list[ActorMention]) -> bool:
        """ "people" acted on by a state's police, forces, courts or spies ("police detained eight
        people", "a court sentenced two people"): that state's people. Anywhere else "people" names
        no one ("the virus killed three people", "people must know")."""
        of = noun.head
        if noun.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in self.vocab.words("collective-nouns"):
            noun = of.head  # "arrested dozens of people"
        verb = noun.head
        if noun.dep_ not in {"dobj", "nsubjpass"} or verb.pos_ != "VERB":
            return False
        doers = (
            [c for c in verb.children if c.dep_ == "nsubj"]
            if noun.dep_ == "dobj"
            else [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        )
        for doer in doers:
            mention = next((m for m in mentions if m.head == doer.i), None)
            sector = (mention.actor.code or "")[3:6] if mention is not None else (self._sector(doer) or "")[:3]
            if sector in _SECURITY_SECTORS:
                return True
        return False

    def _located_in(
        self, doc: Doc, thing: Token, mentions: list[ActorMention], places: list[tuple[int, int]]
    ) -> set[str]:
        """The state a thing is said to be in, near or around, by a phrase on it or on its clause's verb
        ("sites in Yemen", "struck the towns near Aleppo")."""
        states: set[str] = set()
        for _prep, where in (*_located_objects(thing), *_located_objects(_verb_of(thing))):
            mention = next((m for m in mentions if m.start <= where.i < m.end and m.actor.type == "State"), None)
            place = next((doc[a:b].text for a, b in places if a <= where.i < b), None)
            state = mention.actor if mention is not None else self._place_state(place) if place else None
            if state is not None and state.country:
                states.add(state.country)
        return states

    def _bare_role_name(self, doc: Doc, mention: ActorMention) -> bool:
        """A name the gazetteer lacks that is only a role noun with its own words ("Parliament", "the
        Senate", "Supreme Court", "the Foreign Ministry"): it names that body of a state the context gives."""
        if mention.rule != "minted" or mention.actor.code or mention.actor.type == "Person":
            return False
        head = doc[mention.head]
        if head.pos_ != "PROPN" or self._sector(head) is None:
            return False
        return all(
            t.i == head.i or t.lower_ == "the" or (t.head.i == head.i and t.dep_ in {"compound", "amod"})
            for t in mention.span(doc)
        )

    @staticmethod
    def _anchored_name(mention: ActorMention, doc: Doc) -> bool:
        """A role name that says whose it is after itself ("the Senate of Chile", "Parliament's")."""
        head = doc[mention.head]
        return any(
            c.dep_ in {"poss", "nmod"} or (c.dep_ == "prep" and c.lower_ in _ANCHORING_PREPOSITIONS)
            for c in head.children
            if not mention.start <= c.i < mention.end
        )

    def _title_antecedent(
        self, doc: Doc, noun: Token, mentions: list[ActorMention], sentence_of: _SentenceNumbers
    ) -> ActorMention | None:
        """'the prime minister', 'the president' → the one person named in this or the two sentences
        before who holds that office on the article's date, by the gazetteer."""
        title = _TITLES.get(noun.lemma_.lower())
        words = {c.lower_ for c in noun.children if c.dep_ in {"compound", "amod"}}
        if title is None or noun.tag_ != "NN" or (noun.lemma_.lower() == "minister" and "prime" not in words):
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            return None
        number = sentence_of[noun.i]
        when: date | None = doc._.published
        holders: dict[str, ActorMention] = {}
        for mention in mentions:
            if mention.actor.type != "Person" or mention.end > noun.i or number - sentence_of[mention.start] > 2:
                continue
            record = self.gazetteer.records.get(mention.actor.iri)
            offices = [t for t in (record.tenures if record else []) if when is None or t.covers(when)]
            if any(word in t.office.lower() for t in offices for word in title):
                holders[mention.actor.iri] = mention
        if len(holders) != 1:
            return None
        antecedent = next(iter(holders.values()))
        start = next(c.i for c in noun.children if c.dep_ == "det" and c.lower_ == "the")
        why = f"'{doc[start : noun.i + 1].text}' → '{antecedent.span(doc).text}', who held that office then"
        return ActorMention(start, noun.i + 1, antecedent.actor, "coreference", why, noun.i)

    def _titled_in_context(
        self, doc: Doc, mentions: list[ActorMention], places: list[tuple[int, int]], number_of: _SentenceNumbers
    ) -> list[ActorMention]:
        """A person the gazetteer lacks, named with a title that says no state ("Foreign Secretary
        Jack Straw", "Interior Minister X"), holds it in the one state the two sentences before name,
        when their own sentence names none but those acted on in their own clause."""
        states = self._context_states(doc, mentions, places)
        by_end = {m.end: m for m in mentions}
        result = []
        for mention in mentions:
            root = doc[mention.head]
            titles = [t for t in root.children if t.dep_ == "compound" and t.i < mention.start]
            titles = titles or _title_before(doc, mention)
            sector = next((s for t in titles if (s := self._sector(t)) is not None), None)
            if mention.rule != "minted" or mention.actor.type != "Person" or mention.actor.code or sector is None:
                result.append(mention)
                continue
            colleague = _colleague_before(doc, min(t.left_edge.i for t in titles), mention.start, by_end)
            if colleague is not None:
                state, where = self.gazetteer.state(colleague.actor.country or ""), "their colleague's state"
            else:
                state, where = self._context_state(doc, root, mentions, states, number_of), "the one state in context"
            if state is None or sector[:3] not in _DOMESTIC_SECTORS:
                result.append(mention)
                continue
            code = sector_actor(state.actor, sector, self.vocab).code
            actor = Actor(_minted_iri(mention.actor, code), mention.actor.label, "Person", state.actor.country, code)
            title = " ".join(t.text for t in titles)
            why = f"{mention.why}; titled '{title}' in {state.actor.label}, {where}"
            result.append(ActorMention(mention.start, mention.end, actor, mention.rule, why, mention.head))
        return result

    def _context_state(
        self,
        doc: Doc,
        root: Token,
        mentions: list[ActorMention],
        states: list[set[str]],
        number_of: _SentenceNumbers,
    ) -> ActorRecord | None:
        """The one state the two sentences before a person's name, if their own sentence names none
        but those acted on in their own clause: a state of their own sentence may be where they act
        ("… an exit strategy from Iraq, Lib Dem leader X said")."""
        number = number_of[root.i]
        here = states[number] - self._co_argument_countries(doc, root, mentions)
        near = set().union(*states[max(0, number - 2) : number]) if number and not here else set()
        return self.gazetteer.state(next(iter(near))) if len(near) == 1 else None

    def _reporting_countries(self, sentence: Span, noun: Token, mentions: list[ActorMention]) -> set[str]:
        """Countries named only to say where the outlet reporting the sentence is from ("…, ABC of
        Peru reported"); a reporter that is a state's voice ("the Peruvian ministry said …", "Lima's
        police chief warned …") still places the sentence in its state."""
        voices = {m.head: m for m in mentions}
        sources: set[int] = set()
        for verb in sentence:
            if verb.lemma_ not in self.vocab.words("report-verbs"):
                continue
            for subject in (c for c in verb.children if c.dep_ == "nsubj" and noun not in c.subtree):
                voice = voices.get(subject.i)
                outlet = subject.pos_ == "PROPN" or (self._sector(subject) or "").startswith("MED")
                if outlet and (voice is None or not voice.actor.country):
                    sources.update(t.i for t in subject.subtree if t.i != subject.i)
        return {m.actor.country for m in mentions if m.head in sources and m.actor.country}

    @staticmethod
    def _co_argument_countries(doc: Doc, noun: Token, mentions: list[ActorMention]) -> set[str]:
        """Countries of the actors that are arguments of the clause the noun is an argument of."""

        def where(token: Token) -> bool:  # "riots in Lima": a place, not a party
            return token.dep_ == "pobj" and token.head.lower_ in {"in", "across", "throughout", "inside"}

        own = _verb_of(noun).i
        return {
            m.actor.country
            for m in mentions
            if m.actor.country
            and m.rule != "context"
            and (m.actor.code or "")[3:6] not in _HOME_SECTORS
            and _verb_of(doc[m.head]).i == own
            and not where(doc[m.head])
        }

    def _unanchored(self, noun: Token, member: bool = False) -> bool:
        """A bare or definite role noun: no possessor, no modifier naming someone, no 'of' or 'in' phrase
        (its own or one it shares with a conjunct: "the presidents and prime ministers of the world"),
        no "all" (everyone holding the role is no one body). With ``member`` (a sector of the people
        rather than of an institution) one of them counts too: "police shot a protester" is one of
        that state's dissenters ("a court", "a representative" still name no known body). The charge
        of an accusation is the verb's, though the parser hangs it on the accused ("accused the
        government of corruption"): it says nothing of whose the government is."""
        shared = [c for conjunct in noun.conjuncts for c in conjunct.children if c.dep_ == "prep"]
        if any(c.lower_ in _ANCHORING_PREPOSITIONS for c in shared):
            return False
        charge = noun.dep_ == "dobj" and noun.head.lemma_ in self.vocab.words("accuse-verbs")
        # the words of the role's own phrase ("opposition activists", "security forces", "riot police")
        # say what the role is, not whose
        own_words = {w for words, _sector in self.gazetteer.role_phrases.get(noun.lemma_.lower(), ()) for w in words}
        for child in noun.children:
            if charge and child.dep_ == "prep" and child.lower_ == "of":
                continue
            if child.dep_ in {"compound", "amod"} and child.lower_ in own_words and not child.ent_type_:
                continue
            if child.dep_ == "predet" and child.lower_ == "all":
                return False
            counted = member and child.ent_type_ in _COUNTING_ENTITIES  # "two protesters" are still the state's
            if child.dep_ in {"poss", "compound", "nmod"} or (child.ent_type_ and not counted):
                return False  # "Google employees" are Google's; "four bombers" may be anyone's
            if child.dep_ == "amod" and any(g.ent_type_ for g in child.children):
                return False  # "Iran-backed rebels" are not Iran's
            if child.dep_ == "det" and child.lower_ not in ({"the", "a", "an"} if member else {"the"}):
                return False  # "a company", "some officials", "these protesters": not a known body
            if child.dep_ == "prep" and child.lower_ in _ANCHORING_PREPOSITIONS:
                return False
        return True

    def _sector(self, noun: Token) -> str | None:
        """The CAMEO sector a role noun gives, read with the words before it ("riot police", "defence
        minister") or the common noun after its 'of' ("secretary of state", "minister of defence")."""
        words = [c.lower_ for c in noun.children if c.dep_ in {"compound", "amod", "nmod"} and c.i < noun.i]
        for of in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            for field in (g for g in of.children if g.dep_ == "pobj" and g.pos_ == "NOUN"):
                words += [field.lower_, *(c.lower_ for c in field.children if c.dep_ in {"compound", "amod"})]
        return self.gazetteer.sector_for(noun.lemma_.lower(), words)

    def _role_mention(self, doc: Doc, noun: Token, state: ActorMention, start: int, end: int) -> ActorMention:
        """A role noun tied to a state: the officeholder of the day for a title, else the state's sector actor."""
        text = doc[start:end].text
        holder = self._title_holder(doc, noun, state.actor)
        if holder is not None:
            return ActorMention(start, end, holder[0], "title", f"'{text}' {holder[1]}", noun.i)
        sector = self._sector(noun) or "GOV"
        return ActorMention(
            start,
            end,
            sector_actor(state.actor, sector, self.vocab),
            "sector",
            f"'{text}': role noun '{noun.text}' → {sector}",
            noun.i,
        )

    def _title_holder(self, doc: Doc, noun: Token, state: Actor) -> tuple[Actor, str] | None:
        """The person who held a title on the article's date: "the Russian president" → Vladimir Putin.

        Only for a title not followed by the holder's name ("Russian President Vladimir Putin" names
        him anyway) and only when exactly one gazetteer person held such an office then.
        """
        if noun.dep_ in {"compound", "appos"} and noun.head.ent_type_ == "PERSON":
            return None
        if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in noun.children):
            return None
        words = {noun.lemma_.lower()} | {c.lower_ for c in noun.children if c.dep_ in {"compound", "amod"}}
        title = _TITLES.get(noun.lemma_.lower())
        if title is None or (noun.lemma_.lower() == "minister" and "prime" not in words):
            return None
        when: date | None = doc._.published
        holders = self.gazetteer.officeholders(state.country or "", title, when)
        if len(holders) != 1:
            return None
        record, tenure = holders[0]
        actor = self._actor_of(record, when)
        span = f"{tenure.start.year if tenure.start else '?'}–{tenure.end.year if tenure.end else ''}"
        return actor, f"→ {record.actor.label}, {tenure.office} ({span}) on {when or 'the latest date known'}"

    def _quotes(self, doc: Doc, mentions: list[ActorMention]) -> list[tuple[int, int, Actor | None]]:
        """Quoted stretches ``(start, end, speaker)``: the speaker is the subject of a verb of saying
        outside the quote in the sentence it opens or closes in ('"…," Johnson said', 'X said: "…"')."""
        quote_marks = {doc.vocab.strings.add(mark) for mark in _QUOTE_MARKS}
        marks = [i for i, orth in enumerate(doc.to_array(ORTH).tolist()) if orth in quote_marks]
        quotes: list[tuple[int, int, Actor | None]] = []
        for opening, closing in zip(marks[::2], marks[1::2], strict=False):
            speaker = None
            for edge in (doc[closing], doc[opening]):
                sentence = edge.sent
                for token in sentence:
                    if opening <= token.i <= closing or token.lemma_ not in self.vocab.words("report-verbs"):
                        continue
                    for child in token.children:
                        if child.dep_ in {"nsubj", "nsubjpass"} and not (opening <= child.i <= closing):
                            found = next((m for m in mentions if m.start <= child.i < m.end), None)
                            speaker = found.actor if found is not None else None
                    if speaker is not None:
                        break
                if speaker is not None:
                    break
            quotes.append((opening, closing + 1, speaker))
        return quotes

    @staticmethod
    def _first_person(
        doc: Doc, mentions: list[ActorMention], quotes: list[tuple[int, int, Actor | None]]
    ) -> Iterable[ActorMention]:
        """ "I", "we", "our" inside a quote are its speaker ('"We will not back down," the minister said')."""
        covered = {i for m in mentions for i in range(m.start, m.end)}
        for start, end, speaker in quotes:
            if speaker is None or not speaker.code:
                continue
            for token in doc[start:end]:
                if token.pos_ == "PRON" and token.lower_ in _FIRST_PERSON and token.i not in covered:
                    why = f"'{token.text}' in a quote of {speaker.label}"
                    yield ActorMention(token.i, token.i + 1, speaker, "speaker", why, token.i)

    def _coreference(
        self, doc: Doc, mentions: list[ActorMention], sentence_index: _SentenceNumbers
    ) -> Iterable[ActorMention]:
        """Pronouns: he/his → the last person within two sentences; it/its → the clause's actor subject;
        they/their → the last plural group within two sentences."""
        by_start = sorted(mentions, key=lambda m: m.start)
        # sentences with a subject 'they' may mean: a plural, or a state or organisation ("the ministry … they")
        plural_subjects: set[int] = set()
        people = self.vocab.words("group-person-nouns")
        collective = {m.head for m in mentions if m.actor.type != "Person" and doc[m.head].lemma_.lower() not in people}
        # Only the tokens that matter become Token objects (building one per word costs more than the rule).
        deps, parts = doc.to_array([DEP, POS]).T
        for i in numpy.flatnonzero(numpy.isin(deps, _SUBJECT_DEPS)):
            token = doc[int(i)]
            if token.tag_ in {"NNS", "NNPS"} or token.i in collective or token.conjuncts:
                plural_subjects.add(sentence_index[token.i])
        covered = {i for m in mentions for i in range(m.start, m.end)}
        state_nouns = self.vocab.words("state-nouns")
        topics: dict[str, tuple[int, ActorMention]] = {}  # per gender: the last subject pronoun's antecedent
        genders = self._titled_genders(doc, mentions)  # a person's gender, by title or by the pronouns so far
        for i in numpy.flatnonzero(numpy.isin(parts, _REFERRING_POS)):  # only pronouns and common nouns refer back
            token = doc[int(i)]
            lower = token.lower_
            members = (
                self._group_reference(doc, token, by_start, sentence_index, plural_subjects)
                or self._described_group(doc, token, by_start, sentence_index)
                if token.i not in covered
                else []
            )
            if members:
                # "the two leaders", "both countries", "they" after "A and B met"; later references see them
                by_start.extend(members)
                by_start.sort(key=lambda m: m.start)
                yield from members
                continue
            if token.lemma_.lower() in state_nouns and token.i not in covered:
                described = self._definite_description(doc, token, by_start, sentence_index)
                if described is not None:
                    # "The country …, and its prime minister": a pronoun after it may take it as antecedent
                    doc._.actor_mentions = [*doc._.actor_mentions, described]
                    yield described
                continue
            if token.pos_ == "NOUN" and token.i not in covered:
                same = self._same_description(doc, token, by_start, sentence_index)
                if same is not None:
                    by_start.append(same)
                    by_start.sort(key=lambda m: m.start)
                    yield same
                continue
            if token.pos_ != "PRON" or lower not in _MASCULINE | _FEMININE | _NEUTER | _PLURAL:
                continue
            if lower in _PLURAL:
                speaker = self._organisation_speaking_of_itself(doc, token)
                antecedent, said = (
                    (speaker, ", who said so")
                    if speaker is not None
                    else (self._bound_plural(doc, token), ", the subject it goes with")
                )
                if antecedent is not None:
                    why = f"'{token.text}' → '{antecedent.span(doc).text}'{said}"
                    yield ActorMention(token.i, token.i + 1, antecedent.actor, "coreference", why, token.i)
                    continue
                # they/their → the last plural group named in this or the previous sentence
                # ("Fijian rebels said they will release …", "Palestinians say they …").
                groups = [
                    m
                    for m in by_start
                    if m.end <= token.i
                    and doc[m.head].tag_ in {"NNS", "NNPS"}
                    and m.actor.type != "Person"
                    and (m.actor.type != "State" or m.rule == "adjective")  # "Palestinians", not "the Philippines"
                    and sentence_index[token.i] - sentence_index[m.start] <= 1
                ]
                if groups and not self._nearer_plural_thing(doc, groups[-1], token, covered):
                    group = groups[-1]
                    why = f"'{token.text}' → '{group.span(doc).text}'"
                    yield ActorMention(token.i, token.i + 1, group.actor, "coreference", why, token.i)
                continue
            if lower in _NEUTER:
                antecedent = self._neuter_antecedent(doc, token)
                said = "subject"
                if antecedent is None:
                    antecedent, said = (
                        self._topic_going_on(doc, token, by_start, sentence_index),
                        "last sentence's subject",
                    )
                if antecedent is not None:
                    yield ActorMention(
                        token.i,
                        token.i + 1,
                        antecedent.actor,
                        "coreference",
                        f"'{token.text}' → {said} '{antecedent.span(doc).text}'",
                        token.i,
                    )
                continue
            gender = "feminine" if lower in _FEMININE else "masculine"
            earlier = [
                m
                for m in by_start
                if m.end <= token.i
                and (m.actor.type == "Person" or _holder_of_a_role(doc[m.head], people))
                and sentence_index[token.i] - sentence_index[m.start] <= 2
                and genders.get(m.actor.iri, gender) == gender  # "she" is not "Mr Lopez"
            ]
            topic = topics.get(gender)
            if topic is not None and token.dep_ == "nsubj" and sentence_index[token.i] - topic[0] <= 1:
                # "She spoke … She asked …": a subject pronoun goes on with the last one of its gender
                earlier = [*earlier, topic[1]]
            if earlier:
                antecedent = self._salient(doc, earlier, token, sentence_index)
                if token.dep_ == "nsubj":
                    topics[gender] = (sentence_index[token.i], antecedent)
                if antecedent.actor.type == "Person":
                    genders.setdefault(antecedent.actor.iri, gender)
                yield ActorMention(
                    token.i,
                    token.i + 1,
                    antecedent.actor,
                    "coreference",
                    f"'{token.text}' → '{antecedent.span(doc).text}'",
                    token.i,
                )

    @staticmethod
    def _salient(
        doc: Doc, earlier: list[ActorMention], pronoun: Token, sentence_index: _SentenceNumbers
    ) -> ActorMention:
        """The antecedent a pronoun takes among the people before it: the last one, except that a
        subject pronoun opening a new sentence goes on with the previous sentence's subject rather
        than a person named later in it ("The president met a bishop. He said …" → the president)."""
        last = earlier[-1]
        if pronoun.dep_ not in {"nsubj", "nsubjpass"} or sentence_index[last.start] == sentence_index[pronoun.i]:
            return last
        sentence = sentence_index[last.start]
        subjects = [m for m in earlier if sentence_index[m.start] == sentence and _subject_like(doc[m.head])]
        return subjects[-1] if subjects else last

    def _titled_genders(self, doc: Doc, mentions: list[ActorMention]) -> dict[str, str]:
        """People whose title says he or she ("Mr Lopez", "Pope Leo", "spokeswoman Ana Ruiz"): a title
        word inside the name or in the words just before it; nobody whose titles disagree."""
        titles = {
            "masculine": self.vocab.words("masculine-titles"),
            "feminine": self.vocab.words("feminine-titles"),
        }
        genders: dict[str, str] = {}
        unsure: set[str] = set()
        for mention in mentions:
            if mention.actor.type != "Person":
                continue
            start = mention.start
            while start > max(0, mention.start - 3) and doc[start - 1].pos_ in {"NOUN", "PROPN", "ADJ"}:
                start -= 1
            words = {t.lower_ for t in doc[start : mention.end]}
            said = [gender for gender, marks in titles.items() if words & marks]
            iri = mention.actor.iri
            if len(said) == 1 and genders.get(iri, said[0]) == said[0]:
                genders[iri] = said[0]
            elif said:
                unsure.add(iri)
        return {iri: gender for iri, gender in genders.items() if iri not in unsure}

    @staticmethod
    def _nearer_plural_thing(doc: Doc, group: ActorMention, pronoun: Token, covered: AbstractSet[int]) -> bool:
        """A plural noun that is no actor stands between the group and the pronoun, as the nearer
        antecedent of an object pronoun: "Protesters marched. The paper obtained the messages and
        published them." (A subject pronoun goes on with the subject: "protesters threw things as
        they ran".)"""
        if pronoun.dep_ not in {"dobj", "pobj", "dative"} or pronoun.lower_ == "themselves":
            return False  # a reflexive is its own clause's subject
        arguments = {"nsubj", "nsubjpass", "dobj", "pobj", "conj"}
        return any(
            token.tag_ == "NNS"
            and token.pos_ == "NOUN"
            and token.i not in covered
            and token.dep_ in arguments
            and token.head.i != pronoun.head.i
            for token in doc[group.end : pronoun.i]
        )

    def _possessed_roles(self, doc: Doc, mentions: list[ActorMention]) -> Iterable[ActorMention]:
        """A role noun owned through a pronoun is a sector of the pronoun's state: "their government"
        after "Chinese citizens", "its forces" after "Iran" (the pronoun resolved, the noun not yet)."""
        covered = {i for m in mentions for i in range(m.start, m.end) if m.rule != "coreference"}
        for mention in mentions:
            pronoun, noun = doc[mention.head], doc[mention.head].head
            if mention.rule != "coreference" or pronoun.dep_ != "poss" or noun.i in covered:
                continue
            sector = self._sector(noun) if noun.pos_ == "NOUN" else None
            state = self.gazetteer.state(mention.actor.country) if mention.actor.country else None
            if sector is None or state is None or not self._own_role(noun, covered):
                continue
            why = f"'{pronoun.text} {noun.text}': role noun '{noun.text}' of {state.actor.label} ({mention.why})"
            covered.add(noun.i)
            yield ActorMention(
                pronoun.i, noun.i + 1, sector_actor(state.actor, sector, self.vocab), "sector", why, noun.i
            )

    def _own_role(self, noun: Token, covered: set[int]) -> bool:
        """A role noun after a possessive pronoun is the possessor's own ("his ministers"), unless it
        names the other side ("his counterpart") or a modifier says whose it is ("his EU counterparts")."""
        if noun.lemma_.lower() in self.vocab.words("counterpart-nouns"):
            return False
        return not any(c.i in covered for c in noun.children if c.dep_ in {"amod", "compound", "nmod"})

    def _group_reference(
        self,
        doc: Doc,
        token: Token,
        by_start: list[ActorMention],
        sentence_index: _SentenceNumbers,
        plural_subjects: AbstractSet[int] = frozenset(),
    ) -> list[ActorMention]:
        """A plural that refers to the actors coordinated just before ("Chile and Peru met. They
        agreed …", "the two leaders", "both countries"): one mention of each, on the same token.

        Conservative: the coordination is in this sentence (before the token) or the previous one
        (or the one before that, when the sentence between has no plural subject of its own),
        its members are of the kind the noun names (people for leaders, states for countries), a
        number word must match their count, and a group of one kind only.
        """
        lemma = token.lemma_.lower()
        if token.pos_ == "PRON" and token.lower_ in _PLURAL:
            kinds = None
        elif token.pos_ == "NOUN" and token.tag_ == "NNS" and lemma in self.vocab.words("group-person-nouns"):
            kinds = {"Person", "Government"}
        elif token.pos_ == "NOUN" and token.tag_ == "NNS" and lemma in self.vocab.words("group-state-nouns"):
            kinds = {"State"}
        else:
            return []
        if token.pos_ == "NOUN":
            determiners = {c.lower_ for c in token.children if c.dep_ in {"det", "nummod", "predet"}}
            if not determiners & {"the", "both", "two", "three", "four"}:
                return []
            count = _group_count(determiners)
        else:
            count = 0
        here = sentence_index[token.i]
        # A pronoun refers to a group of an earlier sentence: in its own sentence "their" is the
        # coordination's own ("A and B welcomed their resumption of ties" is no act between them).
        reach = 2 if here and (here - 1) not in plural_subjects else 1
        earlier = [m for m in by_start if m.end <= token.i and here - sentence_index[m.start] <= reach]
        for mention in reversed(earlier):
            head = doc[mention.head]
            together = {mention.head, *(c.i for c in head.conjuncts)}
            members = list({id(m): m for m in by_start if m.head in together}.values())
            bare = not any(c.dep_ in {"amod", "compound"} for c in token.children)  # not "the energy ministers"
            if len(members) < 2 and not head.conjuncts and bare:
                members = self._met_pair(doc, mention, by_start) or members  # "A met B. The two countries …"
            if head.dep_ == "conj" or len(members) < 2:
                continue  # start from the first conjunct, or a group named before ("the two countries")
            if token.pos_ == "PRON" and sentence_index[mention.start] == here:
                return []  # "A and B held their summit": their own, not a group named before
            if not head.dep_.startswith("nsubj") and head.dep_ != "coreference" and mention.rule != "coreference":
                continue  # the participants: a group that acted, not one acted upon ("a deal between A and B")
            if kinds is not None and any(m.actor.type not in kinds for m in members):
                return []
            if count and len(members) != count:
                return []
            why = f"'{token.text}' → the actors named together: {', '.join(m.span(doc).text for m in members)}"
            return [ActorMention(token.i, token.i + 1, m.actor, "coreference", why, token.i) for m in members]
        return []

    def _met_pair(self, doc: Doc, subject: ActorMention, by_start: list[ActorMention]) -> list[ActorMention]:
        """The subject of a meeting and the one it met ("Peru met Chile", "Peru held talks with
        Chile"): a group later references may name. Empty when the verb is no meeting or names no
        actor it met."""
        head = doc[subject.head]
        verb = head.head
        if head.dep_ != "nsubj" or verb.pos_ != "VERB":
            return []
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        meeting = self.vocab.evokes(verb.lemma_.lower(), "VERB") == "meetsWith" or any(
            o.pos_ == "NOUN" and self.vocab.evokes(o.lemma_.lower(), "NOUN") == "meetsWith" for o in objects
        )
        if not meeting:
            return []
        holders = [verb, *objects]
        counterparts = [*objects, *(g for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "with"
                                    for g in p.children if g.dep_ == "pobj")]  # fmt: skip
        met = [m for m in by_start if m.head in {t.i for t in counterparts} and m.actor.iri != subject.actor.iri]
        return [subject, met[0]] if len(met) == 1 else []

    def _described_group(
        self, doc: Doc, token: Token, by_start: list[ActorMention], sentence_index: _SentenceNumbers
    ) -> list[ActorMention]:
        """ "the energy ministers", "the two foreign ministers": the people the two sentences before
        titled so (a minister each, with every word the plural adds), when they are two or more.

        Conservative: a definite plural role noun only; each person's title must hold the noun and
        its modifiers ("energy minister X", "X, the foreign minister of Y"); a number word must match.
        """
        if token.pos_ != "NOUN" or token.tag_ != "NNS" or self._sector(token) is None:
            return []
        determiners = {c.lower_ for c in token.children if c.dep_ in {"det", "nummod"}}
        if "the" not in determiners and "both" not in determiners:
            return []
        count = _group_count(determiners)
        members = _people_titled(doc, token, by_start, sentence_index, reach=2, same_sentence=False)
        if len(members) < 2 or (count and len(members) != count):
            return []
        why = f"'{token.text}' → the people titled so before: {', '.join(m.span(doc).text for m in members)}"
        return [ActorMention(token.i, token.i + 1, m.actor, "coreference", why, token.i) for m in members]

    def _same_description(
        self, doc: Doc, noun: Token, by_start: list[ActorMention], sentence_index: _SentenceNumbers
    ) -> ActorMention | None:
        """'the minister', 'the bloc' → the one actor the last two sentences named so: a role noun
        repeated from a mention ("Peru's foreign minister … The minister met …"), or a noun for an
        organisation of states after one was named ("the EU warned Peru. The bloc said …").

        Conservative, like :meth:`_definite_description`: definite and singular, with nothing before
        it that says whose it is, and one candidate only."""
        determiner = next((c for c in noun.children if c.dep_ == "det"), None)
        if determiner is None or determiner.lower_ != "the" or noun.tag_ in {"NNS", "NNPS"}:
            return None
        if any(c.dep_ in {"poss", "compound", "amod", "nmod"} and c.i < noun.i for c in noun.children):
            return None  # "the Chilean minister", "the defence minister": the resolver's sector rules
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
            return None
        lemma = noun.lemma_.lower()
        organisation = lemma in self.vocab.words("organisation-nouns")
        if not organisation and self._sector(noun) is None:
            return None
        here = sentence_index[noun.i]
        candidates: dict[str, ActorMention] = {}
        for mention in by_start:
            if (
                mention.end > noun.i
                or here - sentence_index[mention.start] > 1
                or sentence_index[mention.start] == here
            ):
                continue
            if organisation:
                if mention.actor.type == "IntergovernmentalOrganization":
                    candidates[mention.actor.iri] = mention
            elif (
                mention.rule in {"sector", "title", "context"}
                # a coded body the gazetteer lacks: "the US Embassy in London … the embassy"
                or (mention.rule == "minted" and mention.actor.code and mention.actor.type != "Person")
            ) and any(doc[k].lemma_.lower() == lemma for k in range(mention.start, mention.end)):
                candidates[mention.actor.iri] = mention
        if len(candidates) != 1:
            return None
        antecedent = next(iter(candidates.values()))
        why = f"'{doc[determiner.i : noun.i + 1].text}' → '{antecedent.span(doc).text}' (named so just before)"
        return ActorMention(determiner.i, noun.i + 1, antecedent.actor, "coreference", why, noun.i)

    @staticmethod
    def _definite_description(
        doc: Doc, noun: Token, by_start: list[ActorMention], sentence_index: _SentenceNumbers
    ) -> ActorMention | None:
        """'the (isolated) country', 'the regime' → the one state named just before, outside this clause.

        Conservative: the description must be definite, the antecedent a state named in this
        or the previous sentence, and not an argument of the same clause (a country is not
        "a backer of" itself); with two or more candidates it stays unresolved.
        """
        determiner = next((c for c in noun.children if c.dep_ == "det"), None)
        if (
            determiner is None
            or determiner.lower_ != "the"
            or noun.tag_ in {"NNS", "NNPS"}  # "the two countries" are no one state
            or any(c.dep_ in {"poss", "compound"} for c in noun.children)
        ):
            return None
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
            return None  # "the country of origin": not a description of a known actor
        clause = noun
        while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
            clause = clause.head
        co_arguments = {t.i for t in clause.children if t.dep_ in {"nsubj", "nsubjpass", "dobj", "attr"}}
        here = sentence_index[noun.i]
        candidates: dict[str, ActorMention] = {}
        for mention in by_start:
            if mention.end > noun.i or mention.actor.type != "State":
                continue
            if here - sentence_index[mention.start] > 1:
                continue
            if mention.head in co_arguments and sentence_index[mention.start] == here:
                continue
            candidates[mention.actor.iri] = mention
        if len(candidates) != 1:
            return None
        antecedent = next(iter(candidates.values()))
        start = determiner.i if determiner.i < noun.i else noun.i
        return ActorMention(
            start,
            noun.i + 1,
            antecedent.actor,
            "coreference",
            f"'{doc[start : noun.i + 1].text}' → '{antecedent.span(doc).text}' (the one state named just before)",
            noun.i,
        )

    @staticmethod
    def _neuter_antecedent(doc: Doc, token: Token) -> ActorMention | None:
        """'it'/'its' → a singular actor subject: of its own clause when the pronoun is outside that
        subject ("Hamas renounced its armed struggle"), else of the clause that governs it ("Iran
        admitted its forces had shot down …", "Russia said it would supply …").

        Unresolved when two subjects compete ("A demanded that B renounce its …") or the clause's
        subject is no singular actor ("crowds burned down its embassy").
        """
        clause = token.head
        while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
            clause = clause.head
        local = ActorResolver._subject_antecedent(doc, clause, token)
        if local is False:
            return None
        argument = token.dep_ in {"dobj", "dative"} or (token.dep_ == "pobj" and token.head.head == clause)
        if token.lower_ == "it" and argument:
            local = None  # "France opposed it", "Peru voted against it": no object is its own clause's subject
        governing = None
        while clause.dep_ != "ROOT" and clause.head.i != clause.i:
            if clause.dep_ in {"advcl", "ccomp", "xcomp", "conj", "relcl"}:
                controller = ActorResolver._controller(doc, clause) if clause.dep_ == "xcomp" else None
                governing = controller or ActorResolver._subject_antecedent(doc, clause.head, token)
                break
            clause = clause.head
        candidates = [m for m in (local, governing) if isinstance(m, ActorMention)]
        if len({m.actor.iri for m in candidates}) != 1:
            return None
        return candidates[0]

    @staticmethod
    def _topic_going_on(
        doc: Doc, pronoun: Token, earlier: list[ActorMention], sentence_index: _SentenceNumbers
    ) -> ActorMention | None:
        """'it' as the subject of a sentence that names no actor before it goes on with the last
        sentence's subject, when that is one state or organisation ("Iran is a big producer. Under
        the deal, it will supply India …" → Iran). Not an expletive 'it' ("it is clear that …")."""
        verb = pronoun.head
        if pronoun.lower_ != "it" or pronoun.dep_ not in {"nsubj", "nsubjpass"} or verb.dep_ != "ROOT":
            return None
        if verb.lemma_.lower() in _EXPLETIVE_VERBS or any(
            c.dep_ in {"ccomp", "csubj"} and c.i > verb.i for c in verb.children
        ):
            return None  # "it seems …", "it was announced that …"
        number = sentence_index[pronoun.i]
        if any(sentence_index[m.start] == number and m.start < pronoun.i for m in earlier):
            return None
        subjects = [
            m
            for m in earlier
            if sentence_index[m.start] == number - 1
            and _subject_like(doc[m.head])
            and _clause_head(doc[m.head]).dep_ == "ROOT"
            and not doc[m.head].conjuncts  # "Peru and Chile met. It …": which one?
        ]
        kinds = {"State", "Organization", "IntergovernmentalOrganization", "ArmedGroup"}
        if len(subjects) != 1 or subjects[0].actor.type not in kinds or doc[subjects[0].head].tag_ in {"NNS", "NNPS"}:
            return None
        return subjects[0]

    @staticmethod
    def _organisation_speaking_of_itself(doc: Doc, pronoun: Token) -> ActorMention | None:
        """ "the agency said they had shipped …", "the ministry said they would": an organisation
        reporting on what 'they' did speaks of itself."""
        clause = pronoun.head
        if pronoun.dep_ != "nsubj" or clause.dep_ != "ccomp" or clause.head.pos_ not in {"VERB", "AUX"}:
            return None
        for child in clause.head.children:
            if child.dep_ == "nsubj" and child.i < pronoun.i:
                mention = mention_for(doc, child)
                kinds = {"Organization", "IntergovernmentalOrganization", "ArmedGroup", "Media"}
                return mention if mention is not None and mention.actor.type in kinds else None
        return None

    @staticmethod
    def _bound_plural(doc: Doc, pronoun: Token) -> ActorMention | None:
        """ "members of Congress abused their power", "the rebels laid down their arms": a possessive
        'their' on the object of a plural subject's own verb is that subject's."""
        owned = pronoun.head
        if pronoun.dep_ != "poss" or owned.dep_ != "dobj":
            return None
        for subject in (c for c in owned.head.children if c.dep_ == "nsubj" and c.i < pronoun.i):
            if subject.tag_ not in {"NNS", "NNPS"} or subject.conjuncts:
                return None  # "A and B welcomed their resumption of ties": each one's, left to the noun
            mention = mention_for(doc, subject)
            if mention is None:  # "members of Congress": the body they are members of
                bodies = [g for p in subject.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
                mention = next((m for g in bodies if g.dep_ == "pobj" and (m := mention_for(doc, g))), None)
            return mention
        return None

    @staticmethod
    def _controller(doc: Doc, complement: Token) -> ActorMention | None:
        """The one an infinitive complement is asked of, when its verb names someone: the object
        ("urged Peru to withdraw its troops") or the one called on ("called on Peru to …")."""
        verb = complement.head
        named = [c for c in verb.children if c.dep_ == "dobj" and c.i < complement.i]
        named += [
            pobj
            for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ in {"on", "upon"} and prep.i < complement.i
            for pobj in prep.children
            if pobj.dep_ == "pobj"
        ]
        mention = mention_for(doc, named[0]) if len(named) == 1 else None
        kinds = {"State", "Organization", "IntergovernmentalOrganization", "ArmedGroup"}
        return mention if mention is not None and mention.actor.type in kinds else None

    @staticmethod
    def _subject_antecedent(doc: Doc, clause: Token, pronoun: Token) -> ActorMention | bool | None:
        """The clause's subject as the antecedent of a neuter pronoun: the mention, None when the
        clause has no subject outside the pronoun, False when its subject cannot be one."""
        for child in clause.children:
            if child.dep_ not in {"nsubj", "nsubjpass"} or child.left_edge.i <= pronoun.i <= child.right_edge.i:
                continue
            mention = mention_for(doc, child)
            kinds = {"State", "Organization", "IntergovernmentalOrganization", "ArmedGroup"}
            if mention is None or mention.actor.type not in kinds or child.tag_ in {"NNS", "NNPS"}:
                return False
            return mention if child.i < pronoun.i else False
        return None


@Language.factory(
    "geo_actors",
    assigns=["doc._.actor_mentions", "doc.spans"],
    requires=["token.dep", "token.lemma", "doc.ents"],
    default_config={"actors": []},
)
def make_actor_resolver(nlp: Language, name: str, actors: list[str]) -> ActorResolver:
    """Factory for the ``geo_actors`` component; ``actors`` lists extra actor files."""
    return ActorResolver(nlp, load_gazetteer(actors))
