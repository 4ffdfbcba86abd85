"""The ``geo_relations`` spaCy component: claims from the dependency parse.

For every word the ontology's lexicon lists (``supply``/VERB, ``summit``/NOUN, …)
the extractor finds the relation's arguments in the parse, by the relation's
frame (:data:`geo:TransferFrame`, :data:`geo:DyadFrame`, :data:`geo:VisitFrame`):

* verbs: subject (``nsubj``, or the ``by`` agent of a passive), object
  (``dobj``, dative, or a preposition's object), inherited through control
  (``denied supplying``) and coordination;
* nouns: possessor ("Moscow's invasion"), modifier ("US sanctions", "the
  Kim–Putin summit"), ``of``/``with``/``to``/``between`` objects, the subject of
  a support verb ("held a summit", "made a visit"), apposition and copula
  ("Russia, a historical ally of Pyongyang");
* transfer nouns governed by *seek*, *get*, *receive* …: that verb's subject is
  the recipient; an unnamed giver is the one other state the last sentences
  name (an implicit argument, kept with low confidence).

A common noun that is no actor stands for the actor it names the way event coders read
news (its possessor, an actor compound, a demonym, "a group of X", "the population of X",
people or things in or from a state). Some verbs evoke a relation only with a given object
(``geo:objectLemma``: "restore ties", "lift the curfew"); a statement that another must act
is a demand; a promise of harm is a threat.

Each claim gets items (what changes hands), modality and attribution
(:mod:`kg.relations.modality`), a date (:mod:`kg.relations.timex`), a location,
CAMEO and PLOVER codes from the ontology, and a confidence.

Usage::

    import spacy, kg.relations  # registers the factories
    nlp = spacy.load("en_core_web_sm")
    nlp.add_pipe("geo_actors")
    nlp.add_pipe("geo_relations")
    doc = nlp("Russia supplied rockets to Syria.")
    [c.to_json()["relation"] for c in doc._.claims]
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from datetime import date, timedelta

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

from kg import __version__
from kg.actors.resolver import ActorMention, mention_for, mentions_for, modifier_for, register_extensions, sector_actor
from kg.model import Actor, Claim, Evidence, Item
from kg.ontology import LexicalEntry, RelationInfo, Vocabulary, load_vocabulary
from kg.relations.confidence import calibrated
from kg.relations.conventions import admissions, claimed_acts, domestic_force, own_words, speaker_accusations
from kg.relations.modality import (
    ModalityReading,
    clause_of,
    coordinated_with,
    non_restrictive,
    read_modality,
    set_off,
    subject_tokens,
)
from kg.relations.patterns import argument_words, match_verb
from kg.relations.timex import resolve_time

__all__ = ["EXTRACTOR_NAME", "RelationExtractor", "extract_items"]

EXTRACTOR_NAME = f"geokg.dependency/{__version__}"

# fmt: off
_NOUN_PREPOSITIONS = {"with", "to", "against", "on", "toward", "towards", "upon", "into", "at", "for", "of", "over"}
_RECIPIENT_PREPOSITIONS = {"to", "for"}
_SUPPORT_PREPOSITIONS = {"on", "in", "during", "at", "after", "into"}
# Prepositions that place a thing as 'in' does ("strikes inside Iran", "forces within Syria").
_PLACE_SYNONYMS = {"inside": "in", "within": "in"}
# A warning or threat with no direct object targets the subject of its complement ("warned that X would pay").
_CCOMP_TARGET = {"warns", "threatens", "accuses", "criticizes", "requests", "demands"}
# An offer, threat or request to do something targets the object of that action ("threatened to shell Iraqi towns").
_XCOMP_TARGET = {"warns", "threatens", "offers", "requests", "rejects"}
_DEMAND = LexicalEntry(lemma="must", pos="VERB", relation="demands", cameo="100", particle=None)
# CAMEO roots of violence: assault, fight, mass violence.
_VIOLENCE_ROOTS = {"18", "19", "20"}
# Relations whose target, when no object is named, is the state where the act took place.
_PLACE_TARGET = {"yieldsTo", "coerces", "attacks", "assaults", "protestsAgainst"}
# Word sets naming a kind of cooperation (their CAMEO code is the ontology's geo:cameoCode on each).
_COOPERATION_KINDS = (
    "economic-cooperation-words",
    "military-cooperation-words",
    "judicial-cooperation-words",
    "intelligence-cooperation-words",
)
# Relations whose preposition may name a place as the target ("fired at Kharkiv", "recalled its
# ambassador from Washington"); a place one returns or withdraws to is where one goes ("negotiators
# returned to Geneva").
_PLACE_PREPOSITION_TARGET = (_PLACE_TARGET - {"yieldsTo"}) | {"reducesRelationsWith"}
# Relations whose object or preposition may name goods or traffic for the state they come from or go
# to: a sanction, tariff or ban "on Chilean steel" hits Chile, "banned flights to Cuba" Cuba,
# "cut trade with Iran" Iran (elsewhere "Russian gas" is goods, not a party).
_GOODS_ORIGIN_TARGET = {"sanctions", "coerces", "reducesRelationsWith"}
# Pronoun subjects of a dependent clause that, unresolved, refer to the subject of the clause above.
_ANAPHORIC_PRONOUNS = {"it", "they", "he", "she", "we", "i"}
_LEADING_DETERMINERS = {"the", "a", "an", "any", "its", "their", "his", "her", "some", "this", "that", "these", "those"}
_ACTOR_KINDS = {"State", "Person", "Organization", "IntergovernmentalOrganization", "Government", "Military",
                "ArmedGroup", "Media"}
# fmt: on


@dataclass(slots=True)
class _Reading:
    subject: ActorMention
    object: ActorMention
    items: list[Item]
    confidence: float
    how: str
    owned_act: tuple[int, str] | None = None  # the act a claim of responsibility owns: its token, its code
    accusation: bool = False  # a disapproval of the one its complement says did something: an accusation


def _actors(doc: Doc, token: Token | None, *, conjuncts: bool = True) -> list[ActorMention]:
    """Actor mentions for a token and its conjuncts; a possessor stands in for a non-actor noun."""
    if token is None:
        return []
    found: list[ActorMention] = []
    members = (token, *(c for c in token.conjuncts if not _opens_clause(c))) if conjuncts else (token,)
    if conjuncts:  # "his Chilean counterpart, Ana Ruiz, and the Bolivian leader": the conjunct hangs off the name
        members += tuple(c for a in token.children if a.dep_ == "appos" for c in a.conjuncts if not _opens_clause(c))
    for t in members:
        mention = mention_for(doc, t)
        if mention is None:  # "its neighbour, Chile": the name set beside a noun says who it is
            mention = next((m for a in t.children if a.dep_ == "appos" and (m := mention_for(doc, a))), None)
        if mention is not None and mention.actor.type in _ACTOR_KINDS:
            found.append(mention)
            # "the two leaders", "they" after "A and B met", "his Greek and French counterparts": every member
            found += [
                m
                for m in mentions_for(doc, t)
                if m is not mention and m.rule == mention.rule in {"coreference", "sector"}
            ]
            if mention.rule == "sector":
                # "the navies of China, India and Oman": the states after "of" are each a party
                for _prep, pobj in _prep_objects(t, {"of"}):
                    found += [m for c in pobj.conjuncts if (m := mention_for(doc, c)) is not None and m is not mention]
    return found


def _opens_clause(conjunct: Token) -> bool:
    """A conjunct the small model joined to the phrase before although a verb of its own follows:
    "beat the rebels and Chile will take over" — Chile is the next clause's subject."""
    after = conjunct.right_edge.i + 1
    if after >= len(conjunct.doc) or conjunct.i < conjunct.head.i:
        return False
    following = conjunct.doc[after]
    if following.tag_ not in {"MD", "VBD", "VBZ", "VBP"} or following.dep_ in {"amod", "compound"}:
        return False
    verb = following.head if following.dep_ in {"aux", "auxpass"} else following
    return not any(a.i == verb.i for a in conjunct.ancestors)  # not the verb the whole phrase is subject of


def _both_ways(claim: Claim) -> tuple[tuple[str, str], tuple[str, str]]:
    return (claim.subject.iri, claim.object.iri), (claim.object.iri, claim.subject.iri)


def _nouns_decide(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """Where the CAMEO dictionary reads a verb and the event noun it takes as an intention (03x) while
    the lexicon codes that noun as the act itself for the same two actors ("made a trip to Peru": the
    dictionary's MAKE TRIP [036], the lexicon's trip → visit), the noun says what happened: the verb's
    claim goes. Where a dictionary pattern names the noun for any other act ("lodged a protest with":
    LODGE * PROTEST [110]), the pattern codes verb and noun together and the noun's own claim goes."""
    by_trigger = {(c.extra.get("trigger_index"), c.subject.iri, c.object.iri) for c in claims}
    patterned = {  # a dictionary pattern that names its object noun codes the verb and noun together
        (c.extra.get("trigger_index"), c.subject.iri, c.object.iri): str(c.extra.get("rule", ""))
        for c in claims
        if str(c.extra.get("rule", "")).startswith("CAMEO dictionary: -") and not (c.cameo or "").startswith("03")
    }
    kept = []
    for claim in claims:
        index = claim.extra.get("trigger_index")
        if isinstance(index, int) and doc[index].pos_ == "NOUN" and doc[index].dep_ == "dobj":
            # "lodged a protest with China": LODGE * PROTEST [110] is the act; the noun adds no second one
            verb = doc[index].head.i
            word = doc[index].lemma_.upper()
            rules = [patterned.get((verb, a, b), "") for a, b in _both_ways(claim)]
            if any(f"* {word}" in rule.split("[")[0] for rule in rules):
                continue
        intent = (claim.cameo or "").startswith("03")
        if intent and str(claim.extra.get("rule", "")).startswith("CAMEO dictionary") and isinstance(index, int):
            objects = [c.i for c in doc[index].children if c.dep_ == "dobj"]
            pair = {(claim.subject.iri, claim.object.iri), (claim.object.iri, claim.subject.iri)}
            if any((i, a, b) in by_trigger for i in objects for a, b in pair):
                continue
        kept.append(claim)
    return kept


def _dated(claim: Claim, published: date | None) -> Claim:
    """Every claim dated: by its sentence when the text dates the act, else by its article, as event
    coders date every event (``date_source`` says which)."""
    if claim.date is not None:
        return replace(claim, date_source="text")
    if published is None:
        return claim
    return replace(claim, date=published.isoformat(), date_start=published, date_end=published, date_source="article")


def _narrated_past(doc: Doc, claim: Claim) -> bool:
    """An act the article dates only by itself, told in the simple past or past perfect, active or
    passive ("They met. They agreed …", "The deal was signed by …"; an event noun by the verb it is
    an argument of): news goes on narrating the day it last named, so that day is the act's too."""
    index = claim.extra.get("trigger_index")
    if claim.date_source != "article" or not isinstance(index, int) or claim.modality not in {"asserted", "reported"}:
        return False
    verb = doc[index]
    if verb.pos_ == "NOUN" and verb.dep_ in {"nsubj", "nsubjpass", "dobj"} and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head
    if verb.tag_ == "VBG" and verb.dep_ == "advcl":
        verb = verb.head  # "commented on the deal, calling it void": dated as the verb it goes with
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(
        (c.dep_ == "aux" and c.lower_ == "had") or (c.dep_ == "auxpass" and c.tag_ == "VBD") for c in verb.children
    )


_Day = tuple[str, date, date]  # a resolved time: its text value, first and last day


def _narrated_day(when: _Day | None, published: date | None) -> _Day | None:
    """A time that names one day in the month before the article: a day later acts can be told in."""
    if when is None or published is None or when[1] != when[2]:
        return None
    return when if timedelta(0) <= published - when[1] <= timedelta(days=31) else None


def _reference_time(number: int, claims: list[Claim], published: date | None) -> tuple[int, _Day] | None:
    """The sentence's act dated by the text to one day in the past month, to narrate later acts by."""
    for claim in claims:
        if claim.date_source != "text" or claim.date is None or claim.date_start is None or claim.date_end is None:
            continue
        day = _narrated_day((claim.date, claim.date_start, claim.date_end), published)
        if day is not None:
            return number, day
    return None


def _dated_as(claim: Claim, day: _Day) -> Claim:
    """The claim dated by the day the article last narrated (``date_source`` ``context``)."""
    return replace(claim, date=day[0], date_start=day[1], date_end=day[2], date_source="context")


def _of_classes(reading: _Reading, entry: LexicalEntry) -> bool:
    """The reading's actors are of the classes the entry allows (any, when it names none)."""
    subject_ok = entry.subject_class is None or reading.subject.actor.type == entry.subject_class
    return subject_ok and (entry.object_class is None or reading.object.actor.type == entry.object_class)


def _infinitive_complement(token: Token) -> bool:
    """What a verb asks done: its open complement, or a subjectless "to" clause the parser hung on
    it instead ("counts on Peru [to show restraint]")."""
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    if token.dep_ == "xcomp":
        return True
    subjectless = not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    # not one set off by commas: ", to avoid a crisis," is a purpose of the telling
    return token.dep_ == "advcl" and subjectless and infinitive and not set_off(token)


def _what_it_stands_for(verb: Token, named: Token) -> Token:
    """What "it" stands for when a participle clause names it: the main verb's object ("rejected
    the plan, calling it a sham", "commented on the deal, calling it illegal"); else the word itself."""
    if named.lower_ not in {"it", "this"} or verb.dep_ not in {"advcl", "conj"}:
        return named
    main = verb.head
    objects = [c for c in main.children if c.dep_ == "dobj" and c.i < verb.i]
    objects += [pobj for _p, pobj in _prep_objects(main, {"on", "about", "to", "against"}) if pobj.i < verb.i]
    return objects[0] if len(objects) == 1 else named


# What a name from each word set does to the one it is given to (see words:labelling-verbs).
_LABEL_ACTS = {"stigma-words": "accuses", "censure-words": "censures", "acclaim-words": "acclaims"}


def _at_ones_behest(noun: Token) -> bool:
    """A noun in "at / upon / on X's …" ("at Peru's request", "on Chile's invitation"): what the
    clause tells was done as the noun's owner asked."""
    owned = any(c.dep_ == "poss" for c in noun.children)
    return owned and noun.dep_ == "pobj" and noun.head.lower_ in {"at", "upon", "on"}


def _modifies_noun(token: Token, noun: Token) -> bool:
    """The token sits in the noun's phrase with no verb between them: "the [November 27] deal",
    "talks [on Monday]", but not "a deal to build it [by 2025]"."""
    while token.i != noun.i:
        if token.head.i == token.i or token.head.pos_ in {"VERB", "AUX"}:
            return False
        token = token.head
    return True


def _conjunct_times(clause: Token, times: list[Span]) -> list[Span]:
    """Dates after a conjunct that shares the clause's subject and tense ("police fired and hit a
    protester yesterday"): they date the whole coordination (not "is under sanctions and was
    condemned on Monday", whose conjunct has a tense of its own)."""
    shared = [
        c
        for c in clause.children
        if c.dep_ == "conj"
        and c.pos_ == "VERB"
        and c.tag_ == clause.tag_
        and not any(g.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for g in c.children)
    ]
    return [
        entity
        for entity in times
        if entity.label_ == "DATE"
        for conjunct in shared
        if clause_of(entity.root) == conjunct and entity.start > conjunct.i
    ]


def _years_by_sentence(doc: Doc) -> dict[int, int]:
    """Sentence start → the last year it names ("in 2014", "March 2011"), for "that year" further on."""
    years: dict[int, int] = {}
    for entity in doc.ents:
        if entity.label_ == "DATE":
            for year in re.findall(r"\b(1[89]\d\d|20\d\d)\b", entity.text):
                years[entity.sent.start] = int(year)
    return years


def _together(verb: Token) -> bool:
    """The verb's subjects act as one ("worked together", "fought jointly")."""
    return any(c.dep_ == "advmod" and c.lower_ in {"together", "jointly"} for c in verb.children)


def _same_actor(one: Actor, other: Actor) -> bool:
    """One actor twice: the same IRI or the same code ("the president praised his minister"), or a
    state and its own government or leader ("Trump withdrew the US from …"). Two sectors of one
    state stay two actors (police and protesters)."""
    if one.iri == other.iri or (one.code and len(one.code) > 3 and one.code == other.code):
        return True  # two officials of one government are one actor at the codebook's grain
    if one.code and one.code == other.code and one.type == other.type == "Person":
        return True  # two people of one state whose roles the article does not say
    for state, part in ((one, other), (other, one)):
        own = state.type == "State" and part.country == state.country and part.type != "State"
        if own and ((part.code or "") in {state.country, f"{state.country}GOV"} or part.type == "Government"):
            return True
    return False


def _own(doc: Doc, thing: ActorMention, owner: ActorMention) -> bool:
    """The owner itself, or a state's own people or forces named through its pronoun ("Syria offered
    its troops", "Pakistan urged its citizens"): internal to the owner, no act on another."""
    if _same_actor(thing.actor, owner.actor):
        return True
    first = doc[thing.start]
    through_pronoun = first.dep_ == "poss" and first.pos_ == "PRON"
    return through_pronoun and owner.actor.type == "State" and thing.actor.country == owner.actor.country


def _own_forces(thing: ActorMention, owner: ActorMention) -> bool:
    """A state's own government or forces, as the state or its government names them ("Serbia
    threatened to send troops": its troops are its means)."""
    code, own = thing.actor.code or "", owner.actor.code or ""
    return bool(code) and code[:3] == own[:3] and code[3:6] in {"GOV", "MIL"} and own[3:6] in {"", "GOV"}


def _highlight(doc: Doc, mention: ActorMention, role: str) -> tuple[tuple[int, int, str], ...]:
    """The mention's characters, when it is text in the document (not an implicit argument)."""
    if mention.rule == "implicit" or mention.end <= mention.start:
        return ()
    last = doc[mention.end - 1]
    return ((doc[mention.start].idx, last.idx + len(last.text), role),)


def _place_actor(doc: Doc, token: Token) -> list[ActorMention]:
    """The state a place word stands for: an actor mention, or a capital or city the resolver
    kept as a place ("in Baghdad" → Iraq)."""
    mention = mention_for(doc, token)
    if mention is not None:
        return [mention]
    for start, end, state in doc._.places or []:
        if start <= token.i < end and state is not None:
            why = f"'{token.text}' is in {state.label}"
            return [ActorMention(token.i, token.i + 1, state, "place", why, token.i)]
    # "the Kenyan capital Nairobi", "the port city, Odesa": the place's name set beside it
    named = [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if named:
        return _place_actor(doc, named[0])
    # "the Russian region of Samara", "the Syrian city of Idlib": a place the gazetteer lacks, named
    # after 'of', in the state whose adjective the noun bears
    places = [g for _p, g in _prep_objects(token, {"of"}) if g.ent_type_ in {"GPE", "LOC", "FAC"}]
    if token.pos_ == "NOUN" and places and all(mention_for(doc, g) is None for g in places):
        state = modifier_for(doc, token)
        return [state] if state is not None and state.actor.type == "State" else []
    return []


def _stand_ins(doc: Doc, vocab: Vocabulary, token: Token, depth: int = 0, *, places: bool = True) -> list[ActorMention]:
    """Actors a common noun stands for when it names no actor itself, the way event coders read
    news: its possessor ("Taiwan's vice foreign minister"), an actor compound ("Israeli army
    bulldozers"), the actor after a collective noun ("a group of Moroccan diplomats", "thousands
    of Nigerians"), the state of a demonym on it ("Egyptian demonstrators"), the actor it is 'of'
    ("the population of Gondor"), or the state it is in or from ("demonstrators in Baghdad",
    "soldiers from Chad")."""
    if token.pos_ not in {"NOUN", "PROPN", "NUM", "PRON", "ADJ"} or depth > 2:
        return []
    # "his Israeli counterpart, Ariel Sharon": the apposition names it (and "his" is the other side).
    found = [m for c in token.children if c.dep_ == "appos" for m in _actors(doc, c, conjuncts=False)]
    found = found or _possessor(doc, token, vocab)
    if not found:  # "allies such as Germany", "countries including Algeria and Morocco": the ones named
        examples = [c for c in token.children if c.dep_ == "prep" and _names_examples(c)]
        found = [m for c in examples for g in c.children if g.dep_ == "pobj" for m in _actors(doc, g)]
    if not found and token.pos_ == "PROPN" and mention_for(doc, token) is None:
        # "Iranian airline Mahan Air": a name the gazetteer lacks, after the role that says whose it is.
        found = [m for c in token.children if c.dep_ == "compound" and c.i < token.i for m in _actors(doc, c)]
    commodity = vocab.commodities.get(vocab.commodity_keywords.get(token.lemma_.lower(), ""))
    goods = commodity is not None and commodity.goods  # "US dollars", "Russian gas": goods, not parties
    if not found and token.pos_ == "NOUN" and not goods:
        compounds = [c for c in token.children if c.dep_ in {"compound", "nmod"} and c.i < token.i]
        found = [m for c in compounds for m in _actors(doc, c, conjuncts=False) or _stand_ins(doc, vocab, c, depth + 1)]
        if not found:  # "a Saudi businessman": a state's name used as its adjective
            adjectives = [c for c in token.children if c.dep_ == "amod" and c.i < token.i]
            found = [m for c in adjectives for m in _actors(doc, c, conjuncts=False) if m.actor.type == "State"]
        if not found:  # "rebel-held sites", "Houthi-controlled areas": who holds them
            held = [c for c in token.children if c.dep_ == "amod" and c.lemma_ in vocab.words("holding-participles")]
            found = [m for c in held for g in c.children if g.dep_ in {"npadvmod", "compound"} for m in _actors(doc, g)]
    if not found and token.lemma_.lower() in vocab.words("collective-nouns"):
        for _prep, pobj in _prep_objects(token, {"of"}):
            found = _actors(doc, pobj) or _stand_ins(doc, vocab, pobj, depth + 1)
    if not found and not goods:
        mention = modifier_for(doc, token)
        found = [mention] if mention is not None else []
    lemma = token.lemma_.lower()
    possessive_of = lemma not in vocab.event_nouns and lemma not in vocab.words("memorial-nouns")
    if not found and token.pos_ == "NOUN" and possessive_of:
        # "the population of Gondor", "the right of Russian troops": 'of' as a possessive. Not after
        # an event noun, where 'of' names what is acted on ("the release of prisoners"), nor after a
        # place of remembrance ("a cemetery of soldiers": who lies there).
        # (and "the policies of the G7 nations": the name compounded with the noun after 'of')
        found = [
            m
            for _prep, pobj in _prep_objects(token, {"of"})
            for m in _actors(doc, pobj)
            or [n for c in pobj.children if c.dep_ == "compound" and c.pos_ == "PROPN" for n in _actors(doc, c)]
        ]
        if lemma not in vocab.words("led-body-nouns"):  # "the government of Hadi" is his
            found = [m for m in found if m.actor.type != "Person"]  # "the tomb of Arafat" is not Arafat
    if not found and places and token.pos_ in {"NOUN", "PROPN"}:
        # "demonstrators in Baghdad", "ethnic Albanians in south Serbia", "the curfew in Montenegro",
        # "soldiers from Chad".
        found = [m for _prep, pobj in _prep_objects(token, {"in", "from"}) for m in _place_actor(doc, pobj)]
        found = [m for m in found if m.actor.type == "State"]
    return found


def _a_thing(vocab: Vocabulary, token: Token) -> bool:
    """An event or a thing, not people: "the bombing", "a bomb" (so "a bomb in Kabul killed …" is no
    act of Afghanistan's, while "demonstrators in Kabul" stand for it)."""
    lemma = token.lemma_.lower()
    return lemma in vocab.event_nouns or lemma in vocab.commodity_keywords


def _names_examples(prep: Token) -> bool:
    """'such as' or 'including': the preposition names members of the noun it hangs off."""
    return prep.lower_ == "including" or (prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children))


def _objects(doc: Doc, vocab: Vocabulary, token: Token, *, parties: bool = False) -> list[ActorMention]:
    """Object actors of a token: the actor itself, its possessor, the agent of an event noun
    ("condemned an attack by Osgiliath soldiers"), or a demonym on it ("Iraqi towns")."""
    found = _actors(doc, token) or _possessor(doc, token, vocab)
    if found and token.pos_ == "NOUN" and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children):
        # "closed its border with Peru": the pronoun says whose border, the party named with 'with' the
        # other side (the parser may hang 'with' on the verb)
        beside = [m for _p, pobj in _prep_objects(token.head, {"with"}) for m in _actors(doc, pobj)]
        found = (
            _parties_named(doc, token, between=False, vocab=vocab) or (beside if token.dep_ == "dobj" else []) or found
        )
    if not found and token.pos_ == "NOUN":
        # "a U.S. request", "the Iranian offer": the actor modifying the noun is whose it is.
        found = [m for c in token.children if c.dep_ in {"compound", "nmod"} and c.i < token.i for m in _actors(doc, c)]
    if not found and token.pos_ == "NOUN":
        # "calls by Belarus's rulers", "an appeal from the president", "the charges made by Chile": the
        # one who made it (the parser may hang an active verb's 'by' on the verb: "denied the charges by Chile")
        made = [g for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN" for g in c.children]
        misplaced = [c for c in token.head.children if c.i > token.i] if _object_of_active(token) else []
        for child in (*token.children, *made, *misplaced):
            if child.dep_ in {"prep", "agent"} and child.lower_ in {"by", "from"}:
                found = [m for g in child.children if g.dep_ == "pobj" for m in _actors(doc, g) or _possessor(doc, g)]
                if found:
                    break
    if not found and token.pos_ == "NOUN":
        found = _parties_named(doc, token, between=parties, vocab=vocab)
    if not found and token.pos_ == "NOUN":
        found = _owner(doc, token, vocab)
    if not found:
        found = [m for t in (token, *token.conjuncts) for m in _stand_ins(doc, vocab, t)]
    return found


def _object_of_active(token: Token) -> bool:
    """The direct object of a verb in the active voice (whose 'by' phrase names no agent of its own)."""
    verb = token.head
    return token.dep_ == "dobj" and not any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)


def _owner(doc: Doc, thing: Token, vocab: Vocabulary) -> list[ActorMention]:
    """Whose a thing is when a participle says so ("facilities belonging to Chile's oil company",
    "a tanker owned by Peru"): the owner named, or the owner's possessor."""
    for clause in thing.children:
        if clause.dep_ != "acl" or clause.lemma_.lower() not in vocab.words("ownership-verbs"):
            continue
        for _p, pobj in _prep_objects(clause, {"to"}):
            return _actors(doc, pobj) or _possessor(doc, pobj, vocab)
        for agent in (c for c in clause.children if c.dep_ == "agent"):
            for pobj in (g for g in agent.children if g.dep_ == "pobj"):
                return _actors(doc, pobj) or _possessor(doc, pobj, vocab)
    return []


def _faced_by(noun: Token, vocab: Vocabulary) -> Token | None:
    """The verb whose subject is under, or acts despite, what the noun names ("Turkey is under EU
    sanctions", "went ahead despite criticism by Greece", "in spite of protests from Chile", "has
    been the target of Peruvian attacks")."""
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ in {"under", "despite", "amid", "amidst"}:
        return prep.head
    spite = prep.head
    if prep.lower_ == "of" and spite.lower_ == "spite" and spite.dep_ == "pobj" and spite.head.lower_ == "in":
        return spite.head.head
    if prep.lower_ == "of" and spite.lemma_.lower() in vocab.words("sufferer-nouns") and spite.dep_ in {"attr", "oprd"}:
        return spite.head  # "Chile has been the target of Peruvian attacks", "… the subject of US sanctions"
    return None


# Prepositions that place forces at a border ("to the border with X", "along its frontier with Y").
_BORDER_PREPOSITIONS = {"to", "along", "on", "at"}


def _aside(clause: Token) -> bool:
    """A non-restrictive relative clause (set off by a comma: ", which …") or an adverbial clause."""
    return clause.dep_ == "advcl" or non_restrictive(clause)


def _party_actors(doc: Doc, token: Token, vocab: Vocabulary | None = None) -> list[ActorMention]:
    """The actors a party phrase names: the actors themselves, or with ``vocab`` the states a plural
    state noun is 'of' ("the nations of Armenia and Azerbaijan", "the two countries of A and B")."""
    found = _actors(doc, token)
    if found or vocab is None or token.tag_ != "NNS" or token.lemma_.lower() not in vocab.words("group-state-nouns"):
        return found
    return [m for _p, pobj in _prep_objects(token, {"of"}) for m in _actors(doc, pobj) if m.actor.type == "State"]


def _parties_named(
    doc: Doc, noun: Token, *, between: bool = True, vocab: Vocabulary | None = None
) -> list[ActorMention]:
    """The other party a relationship noun names: "the resumption of ties with Osgiliath",
    "a meeting between Israel and the PLO" (the parties named with 'between' only when asked:
    "announced a deal between A and B" names no counterpart of the announcer); with ``vocab``,
    also the states a plural state noun is 'of' ("talks with the nations of A and B")."""
    # not inside an aside on the noun: "a state of emergency, which would allow a wall on the border
    # with Mexico" names no party to the emergency (but "the accords that normalized relations
    # between A and B" does: a restrictive clause says which accords)
    clauses = {t.i for c in noun.subtree if c.i != noun.i and _aside(c) for t in c.subtree}
    for inner in noun.subtree:
        if inner.i in clauses:
            continue
        if inner.dep_ == "prep" and inner.lower_ in ({"with", "between"} if between else {"with"}) and inner.i > noun.i:
            found = [m for g in inner.children if g.dep_ == "pobj" for m in _party_actors(doc, g, vocab)]
            if found:
                return found
    return []


def _flattened_conjunct(doc: Doc, verb: Token, subject: ActorMention) -> list[ActorMention]:
    """The first of two coordinated subjects when the small model has flattened "US President Donald
    Trump and Turkish President Recep Erdogan spoke" into one noun phrase: the actor named just
    before an 'and' inside the subject's phrase, if it is another."""
    head = doc[subject.head]
    if head.dep_ != "nsubj" or head.head.i != verb.i:
        return []
    for token in doc[head.left_edge.i : head.i]:
        if token.dep_ == "cc" and token.lower_ == "and" and token.i > head.left_edge.i:
            before = mention_for(doc, doc[token.i - 1])
            if before is not None and before.actor.iri != subject.actor.iri:
                return [before]
    return []


def _owned_by_another(noun: Token) -> bool:
    """An event noun whose owner we could not resolve and who need not be the clause's subject:
    "represented her in her lawsuit", "backed Smith's bid" (but "they held their summit" is theirs)."""
    return any(c.dep_ == "poss" and (c.lower_ in {"his", "her"} or c.pos_ in {"PROPN", "NOUN"}) for c in noun.children)


def _definite(noun: Token) -> bool:
    """ "the talks", "these negotiations": a noun that refers to something already named."""
    return any(c.dep_ == "det" and c.lower_ in {"the", "these", "those", "this", "that"} for c in noun.children)


def _asks_to_act(verb: Token) -> bool:
    """The verb takes an infinitive with a subject or object of its own: "encouraged Iran to
    negotiate" (whether parsed as an object with 'to negotiate' or as a clause)."""
    for clause in verb.children:
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        if clause.dep_ not in {"xcomp", "ccomp"} or not infinitive:
            continue
        if clause.dep_ == "ccomp" or any(c.dep_ == "dobj" for c in verb.children):
            return True
    return False


def _counterparts_between(
    doc: Doc, noun: Token, subjects: list[ActorMention], *, mediator: bool = False
) -> list[ActorMention]:
    """The counterparts an object noun names: "signed a deal with Iraq"; with 'between' only when the
    subject is one of the parties ("Iran signed the deal between Iran and Iraq") or mediates between
    them ("brokered a truce between A and B"), since announcing "a deal between A and B" is no deal
    with either."""
    found = _parties_named(doc, noun, between=False)
    if found:
        return found
    parties = _parties_named(doc, noun)
    ours = {m.actor.iri for m in subjects}
    if mediator:
        return parties
    if not any(m.actor.iri in ours for m in parties):
        return []
    return [m for m in parties if m.actor.iri not in ours]


def _on_behalf_of(doc: Doc, verb: Token) -> list[ActorMention]:
    """The actor a verb's unnamed doer acts for: "an envoy, on behalf of the EU, signed …", "signed on
    Chile's behalf", "speaking on Chile's behalf, condemned …" (the phrase on the verb, its subject or
    a participle on the verb)."""
    participles = (c for c in verb.children if c.dep_ == "advcl" and c.tag_ in {"VBG", "VBN"})
    holders = (verb, *subject_tokens(verb), *participles)
    for _prep, pobj in (found for holder in holders for found in _prep_objects(holder, {"on", "in"})):
        if pobj.lemma_.lower() != "behalf":
            continue
        owner = _possessor(doc, pobj)
        return owner or [m for _p, principal in _prep_objects(pobj, {"of"}) for m in _actors(doc, principal)]
    return []


def _possessor(doc: Doc, noun: Token, vocab: Vocabulary | None = None) -> list[ActorMention]:
    """The actor that owns the noun ("Iran's forces" → Iran); with ``vocab``, none for a relative
    ("the president's son" is someone else)."""
    if vocab is not None and noun.lemma_.lower() in vocab.words("kin-nouns"):
        return []
    for child in noun.children:
        if child.dep_ == "poss":
            return _actors(doc, child)
    return []


def _prep_objects(token: Token, prepositions: AbstractSet[str]) -> Iterator[tuple[str, Token]]:
    """The objects of a token's prepositions among ``prepositions``, a coordinated preposition's too
    ("met with China and with India"); "in front of X" is outside X ("rallied in front of the embassy")."""
    for child in token.children:
        if "outside" in prepositions and child.dep_ == "prep" and child.lower_ == "in":
            for front in (g for g in child.children if g.dep_ == "pobj" and g.lower_ == "front"):
                for of in (c for c in front.children if c.dep_ == "prep" and c.lower_ == "of"):
                    yield from (("outside", g) for g in of.children if g.dep_ == "pobj")
        word = _PLACE_SYNONYMS.get(child.lower_, child.lower_) if "in" in prepositions else child.lower_
        if child.dep_ in {"prep", "dative"} and word in prepositions:
            for prep in (child, *(c for c in child.conjuncts if c.lower_ == child.lower_)):
                for grandchild in prep.children:
                    if grandchild.dep_ in {"pobj", "pcomp"}:
                        yield word, grandchild
        elif child.dep_ == "dative" and child.pos_ in {"PROPN", "NOUN", "PRON"}:
            yield "to", child


def extract_items(
    doc: Doc, heads: list[Token], vocab: Vocabulary, *, means: AbstractSet[int] = frozenset()
) -> list[Item]:
    """Items named by noun heads (and their conjuncts): surface text + commodity concept; an actor
    mention is no item, unless its head is in ``means`` (a giver's own troops, sent)."""
    items: list[Item] = []
    for head in heads:
        for noun in (head, *head.conjuncts):
            if noun.pos_ not in {"NOUN", "PROPN"} or (mention_for(doc, noun) is not None and noun.i not in means):
                continue
            lemma = noun.lemma_.lower()
            target = noun
            if lemma in vocab.words("measure-nouns"):
                of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
                if pobj is not None:
                    target = pobj
            words = [
                t
                for t in noun.lefts
                if t.dep_ not in {"cc", "punct", "poss", "case"} and not t.is_punct and t.tag_ != "VBG"
            ]
            start = min([w.left_edge.i for w in words] + [noun.i])
            end = target.i + 1
            while start < end and doc[start].lower_ in _LEADING_DETERMINERS:
                start += 1
            text = doc[start:end].text.strip()
            commodity = vocab.commodity_keywords.get(target.lemma_.lower()) or vocab.commodity_keywords.get(
                target.lower_
            )
            if commodity is None and any(c.tag_ == "$" for c in target.children):
                commodity = vocab.commodity_keywords.get("money")  # "$6bn", "£3m": a sum of money
            if commodity is None:  # "air defence systems", "grain shipments": the word compounded with it
                compounds = (c for c in target.lefts if c.dep_ == "compound")
                commodity = next((k for c in compounds if (k := vocab.commodity_keywords.get(c.lemma_.lower()))), None)
            if text:
                items.append(Item(text=text, commodity=commodity))
    return items


class RelationExtractor:
    """Reads claims off a parsed, actor-resolved document (see module docs)."""

    def __init__(self, vocab: Vocabulary | None = None) -> None:
        register_extensions()
        self.vocab = vocab or load_vocabulary()
        self._collocation_verbs = {lemma for (lemma, _o), e in self.vocab.collocations.items() if e.pos == "VERB"}
        # nouns of number or quantity, seen through to what they count ("dozens of rockets")
        self._quantity_nouns = self.vocab.words("collective-nouns") | self.vocab.words("measure-nouns")
        # every word that can trigger a claim, to pass over the others at the cost of one lookup
        self._triggers = (
            {lemma for lemma, _pos in self.vocab.senses}
            | {lemma for lemma, _other in self.vocab.collocations}
            | set(self.vocab.verbs)
            | set(self.vocab.verb_forms)
            | self.vocab.words("statement-verbs")
            | self.vocab.words("labelling-verbs")
        )
        strings = StringStore()  # a string's hash is the same in every spaCy vocabulary
        self._trigger_hashes = numpy.array(sorted(strings.add(word) for word in self._triggers), dtype="uint64")
        self._times_by_sentence: dict[int, list[Span]] = {}
        self._trigger_at = numpy.array([], dtype="int64")  # the current document's trigger positions
        self._sentence_number = 0  # the current sentence's, and what the sentences before it reported:
        self._recent_victims: tuple[int, list[ActorMention], str] = (-9, [], "")  # sentence, victims, code

    # -- component ------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        if doc._.actor_mentions is None:
            raise ValueError("geo_relations needs geo_actors before it in the pipeline: nlp.add_pipe('geo_actors')")
        claims: dict[tuple, Claim] = {}
        self._event_dates: dict[str, tuple[int, tuple[str, date, date]]] = {}
        self._last_meeting: tuple[int, list[ActorMention]] = (-9, [])
        self._recent_acts: dict[str, tuple[int, ActorMention]] = {}
        self._recent_victims = (-9, [], "")
        self._context_year: int | None = None
        reference: tuple[int, _Day] | None = None  # the last day the text dated an act on, and where
        years = _years_by_sentence(doc)
        self._trigger_at = self._trigger_positions(doc)
        self._times_by_sentence = {sentence.start: [] for sentence in doc.sents}  # its DATE and TIME entities
        for entity in doc.ents:
            if entity.label_ in {"DATE", "TIME"}:
                self._times_by_sentence.setdefault(entity.sent.start, []).append(entity)
        for number, sentence in enumerate(doc.sents):
            self._sentence_number = number
            found = self._decisions_decide(doc, _nouns_decide(doc, list(self.sentence_claims(doc, sentence))))
            found = [own_words(domestic_force(claim, self.vocab)) for claim in found]
            self._remember_meeting(doc, sentence, found)
            self._remember_acts(doc, sentence, found)
            self._remember_victims(doc, sentence)
            dated_here: list[Claim] = []
            narrated_here = False  # an act of this sentence dated by the day narrated before
            derived = [
                *speaker_accusations(found, self.vocab),
                *admissions(doc, found, self.vocab),
                *claimed_acts(doc, found, self.vocab),
            ]
            for claim in [*found, *derived]:
                if not (claim.subject.code and claim.object.code):
                    continue  # an actor the article does not place (a person of no known state or office): no dyad
                claim = _dated(claim, doc._.published)
                dated_here.append(claim)
                if reference is not None and number - reference[0] <= 2 and _narrated_past(doc, claim):
                    claim, narrated_here = _dated_as(claim, reference[1]), True
                key = (claim.subject.iri, claim.relation, claim.object.iri, claim.modality, claim.evidence.span)
                if key not in claims or claims[key].confidence < claim.confidence:
                    claims[key] = claim
            self._context_year = years.get(sentence.start) or self._context_year
            # the narration goes on in that day while its acts follow each other (within two sentences)
            carried = (number, reference[1]) if narrated_here and reference is not None else reference
            reference = (
                _reference_time(number, dated_here, doc._.published)
                or self._narrated_sentence(doc, number, sentence)
                or carried
            )
        doc._.claims = list(claims.values())
        return doc

    def _entry(self, token: Token) -> LexicalEntry | None:
        pos = "VERB" if token.pos_ in {"VERB", "AUX"} else "NOUN" if token.pos_ in {"NOUN", "PROPN"} else None
        if pos is None:
            return None
        collocation = self._collocation(token, pos)
        if collocation is not None:
            return collocation if self._has_particle(token, collocation) else None
        senses = self.vocab.senses.get((token.lemma_.lower(), pos), ())
        if not senses and pos == "NOUN":
            senses = self.vocab.senses.get((token.lower_, pos), ())
        present = [entry for entry in senses if self._has_particle(token, entry)]
        if len(present) > 1:
            # "fired on the soldiers at the border": the sense whose particle's object is an actor; then
            # one that needs no counterpart it lacks ("Peru fought Chile": not "fight with", mutual)
            return max(present, key=lambda e: self._fit(token, e))
        return present[0] if present else None

    def _responsible_for(self, noun: Token) -> list[Token]:
        """Who an act is laid at: the subject of "was responsible for / behind it", the object of
        "held X responsible for it"."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in {"for", "behind"}:
            return []
        holder = prep.head
        words = self.vocab.words("responsibility-words")
        if prep.lower_ == "behind" and holder.lemma_ == "be":
            return subject_tokens(holder)
        if holder.lemma_.lower() not in words:
            return []
        if holder.dep_ == "acomp":  # "X was responsible for"
            return subject_tokens(holder.head)
        if holder.dep_ in {"oprd", "xcomp", "ccomp"}:  # "held X responsible for"
            return [c for c in holder.head.children if c.dep_ == "dobj"]
        return []  # "claimed responsibility for": the dictionary's claim (015), reported by the claimant

    def _side_by_side(self, verb: Token, entry: LexicalEntry | None) -> bool:
        """A hostile act its coordinated subjects do together ("fought together", "fought alongside
        Bolivia"), where they are allies rather than each other's targets."""
        hostile = entry is not None and self.vocab.goldstein(entry.cameo or "") < 0
        return hostile and (_together(verb) or any(c.dep_ == "prep" and c.lower_ == "alongside" for c in verb.children))

    def _fit(self, token: Token, entry: LexicalEntry) -> int:
        """How well a sense whose particle rule holds fits the word's arguments (higher is better)."""
        if self._particle_names_actor(token, entry):
            return 2
        unmet = entry.particle and entry.mutual and not self._particle_present(token, None, entry.particle)
        return 0 if unmet and any(c.dep_ == "dobj" and _actors(token.doc, c) for c in token.children) else 1

    def _particle_names_actor(self, token: Token, entry: LexicalEntry) -> bool:
        """The entry's particle (else one of its relation's object prepositions) is on the word and
        its object is, or names, an actor: "exercises with Russia" cooperate, "exercises near Chile"
        show force."""
        if entry.object_lemmas:
            return False
        prepositions = (
            {entry.particle} if entry.particle else set(self.vocab.relations[entry.relation].object_prepositions)
        )
        if token.pos_ == "NOUN":  # "held drills near …"
            holders = [token, token.head] if token.dep_ == "dobj" else [token]
        else:  # "fought a war against …"
            holders = [token, *(c for c in token.children if c.dep_ == "dobj")]
        doc = token.doc
        return any(
            _actors(doc, pobj) or modifier_for(doc, pobj)  # "near Chile", "near the Chilean border"
            for h in holders
            for _p, pobj in _prep_objects(h, prepositions)
        )

    def _label_complements(self, verb: Token) -> tuple[list[Token], list[Token], bool]:
        """What a labelling verb names and what it calls it: (named, complements, passive). A verb
        of saying names what the subject of a clause with "be" is ("said Peru's vote was illegal")."""
        if verb.lemma_.lower() not in self.vocab.words("labelling-verbs"):
            copulas = [c for c in verb.children if c.dep_ == "ccomp" and c.lemma_ == "be"]
            return [s for c in copulas for s in c.children if s.dep_ == "nsubj"], copulas, False
        named = [c for c in verb.children if c.dep_ in {"dobj", "dative", "nsubjpass"}]
        complements = [c for c in verb.children if c.dep_ in {"oprd", "attr", "xcomp", "acomp", "ccomp"}]
        # a small clause read as a clause: "found [Peru's decision justified]", "considered [the move unacceptable]"
        named += [s for c in complements if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"]
        complements += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children]
        complements += [
            c
            for t in named
            for c in t.children
            if c.dep_ in {"appos", "oprd", "amod", "dobj", "attr", "npadvmod"} and c.i > t.i
        ]
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)
        complements += [c for c in verb.children if passive and c.dep_ == "dobj"]  # "was designated a … group"
        return named, complements, passive

    def _label_kind(self, verb: Token) -> str | None:
        """The word set the name a labelling verb gives belongs to: words:stigma-words (it accuses,
        "labelled the PKK a terrorist group"), words:censure-words (it criticises, "called the
        rebate unjustified", "described the vote as a sham") or words:acclaim-words (it praises,
        "called the strike decisive", "considered the move courageous"); None for any other name."""
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in self.vocab.words("labelling-verbs") | self.vocab.words("report-verbs"):
            return None
        _named, complements, _passive = self._label_complements(verb)
        tokens = [
            w
            for c in complements
            for t in (c, *c.conjuncts)
            for w in (t, *t.children)
            if w.dep_ not in {"nsubj", "nsubjpass"}  # the name given, not what it is given to
        ]
        words = {w.lemma_.lower() for w in tokens} | {w.lower_ for w in tokens}
        kinds = ("stigma-words", "censure-words", "acclaim-words")
        return next((kind for kind in kinds if words & self.vocab.words(kind)), None)

    def _labelled(self, doc: Doc, verb: Token, kind: str | None) -> list[_Reading]:
        """An actor, or an actor's act or thing, called by a name that accuses or censures it
        ("labelled the PKK a terrorist group", "branded Peru an aggressor": the labeller accuses it,
        112; "called Chile's claim a sham", "described Peru's vote as illegal": it criticises, 111);
        ``kind`` is the verb's :meth:`_label_kind`."""
        if kind is None:
            return []
        named, complements, passive = self._label_complements(verb)
        named = [_what_it_stands_for(verb, t) for t in named]
        objects = [m for t in named for m in _actors(doc, t)]
        if not objects and kind != "stigma-words":  # whose the censured or acclaimed act or thing is
            objects = [m for t in named for m in self._whose(doc, t)]
        subjects, penalty, how = self._verb_subjects(doc, verb)
        if not objects and kind != "stigma-words":  # "called the attack a provocation": who did the act told before
            acts = [t for t in named if t.pos_ == "NOUN" and _definite(t) and not _owned_by_another(t)]
            objects = [m for t in acts for m in self._recall_actor_of(t, subjects)]
        if not subjects and passive:  # "… by Turkey", however the parser hung the agent
            subjects = [m for c in complements for _p, pobj in _prep_objects(c, {"by"}) for m in _actors(doc, pobj)]
            how = "agent ('by')"
        return [
            _Reading(
                s,
                o,
                [],
                0.7 + penalty,
                f"{how}; named as what {_LABEL_ACTS[kind]} it",
            )
            for s in subjects
            for o in objects
            if not _same_actor(s.actor, o.actor)
        ]

    def _whose(self, doc: Doc, thing: Token) -> list[ActorMention]:
        """Whose an act or thing is: its possessor ("Chile's claim"), an actor or demonym before it
        ("the Chilean vote"), or its 'by' agent ("the vote by Chile") — not where it came from."""
        found = _possessor(doc, thing, self.vocab)
        modifiers = [c for c in thing.children if c.dep_ in {"compound", "amod", "nmod"} and c.i < thing.i]
        found = found or [m for c in modifiers for m in _actors(doc, c, conjuncts=False)]
        found = found or [m for m in [modifier_for(doc, thing)] if m is not None]
        return found or [m for _p, pobj in _prep_objects(thing, {"by"}) for m in _actors(doc, pobj)]

    def _label_entry(self, verb: Token, kind: str) -> LexicalEntry:
        """The act an accusing, censuring or acclaiming name makes, coded as the ontology codes its word set."""
        code = self.vocab.word_set_codes.get(kind)
        relation = self.vocab.relation_for_code(code or "")
        name = relation.name if relation is not None else "accuses"
        return LexicalEntry(lemma=verb.lemma_.lower(), pos="VERB", relation=name, cameo=code, particle=None)

    def _sense_readings(
        self, doc: Doc, token: Token, relation: RelationInfo, entry: LexicalEntry
    ) -> tuple[RelationInfo, LexicalEntry, list[_Reading]]:
        """The readings of the word's sense, with its actors of the classes the sense allows; when
        those leave none, the next sense of the word that takes such actors ("left the EU": an
        organisation is left; "troops left Iraq": forces withdraw)."""
        if relation.name == "attacks" and self._figurative_fight(token):
            return relation, entry, []
        senses = [entry, *(e for e in self.vocab.senses.get((entry.lemma, entry.pos), ()) if e is not entry)]
        for sense in senses:
            restricted = (sense.subject_class or sense.object_class) and self._has_particle(token, sense)
            if sense is not entry and not restricted:
                continue  # only a sense restricted to other actors stands in for the first
            meant = relation if sense is entry else self.vocab.relations[sense.relation]
            if token.pos_ in {"VERB", "AUX"}:
                readings = self._verb_readings(doc, token, meant, sense)
            else:
                readings = self._noun_readings(doc, token, meant)
            kept = [r for r in readings if _of_classes(r, sense)]
            if kept or not readings:  # no actors at all: no other sense finds them either
                return meant, sense, kept
        return relation, entry, []

    def _doers(self, doc: Doc, verb: Token) -> list[ActorMention]:
        """Who did what the verb tells: its subjects, else those it shares with the verb it is
        coordinated with ("troops left in 2011, then at Chile's request returned")."""
        found = [m for t in subject_tokens(verb) for m in _actors(doc, t)]
        return found or self._verb_subjects(doc, verb)[0]

    def _figurative_fight(self, token: Token) -> bool:
        """A fight in another field than arms: "a trade war between A and B", "fought a legal battle
        over the border" (the word, or the verb's object, says which field)."""
        fights = [token, *(c for c in token.children if c.dep_ == "dobj")] if token.pos_ == "VERB" else [token]
        fields = self.vocab.words("nonmilitary-fight-modifiers")
        return any(c.lower_ in fields for f in fights for c in f.children if c.dep_ in {"compound", "amod"})

    def _has_particle(self, token: Token, entry: LexicalEntry) -> bool:
        """The entry's particle follows the word, or for a collocation its object ("restored ties with Egypt",
        "a call with the president"). A mutual act needs none: its counterpart may be a coordinated
        subject ("the two states restored ties")."""
        if entry.without_object and any(c.dep_ == "dobj" for c in token.children):
            return False  # "called the race for X" names a winner; "called for X" appeals
        if entry.with_complement and not any(_infinitive_complement(c) for c in token.children):
            return False  # "told Chile to leave" appeals; "told Chile that …" only says
        if entry.with_object and not any(c.dep_ in {"dobj", "nsubjpass"} for c in token.children):
            return False  # "troops returned to Iraq" went there; "returned the islands to Japan" gave them back
        if entry.with_particle and entry.particle and not self._particle_present(token, None, entry.particle):
            return _together(token)  # "Peru and Chile worked together"
        if not entry.particle or entry.mutual or self.vocab.relations[entry.relation].symmetric:
            return True
        # the particle may hang off the object: a collocation's ("restored ties with Egypt"), or an
        # event noun's ("lifted sanctions on Chile")
        holders = [
            token,
            *(
                c
                for c in token.children
                if c.dep_ in {"dobj", "nsubjpass"}
                and (entry.object_lemmas or c.lemma_.lower() in self.vocab.event_nouns)
            ),
        ]
        if any(c.dep_ in {"prep", "prt", "dative"} and c.lower_ == entry.particle for h in holders for c in h.children):
            return True
        # "called for Israel to halt …": the particle introduces a clause
        clauses = [c for c in token.children if c.dep_ in {"advcl", "ccomp"}]
        return any(g.dep_ == "mark" and g.lower_ == entry.particle for c in clauses for g in c.children)

    def _dictionary_entry(self, token: Token) -> LexicalEntry | None:
        """The CAMEO verb dictionary's reading of a verb the ontology's own lexicon does not list:
        the most specific pattern its arguments match gives the code, the code the relation."""
        if token.pos_ != "VERB":
            return None
        lemma = token.lemma_.lower()
        own = (lemma, "VERB") in self.vocab.lexicon or (lemma, "VERB") in self.vocab.silent
        if own or lemma in self._collocation_verbs:
            return None  # the ontology's own entries for a verb decide it, whether or not they apply here
        if lemma not in self.vocab.verbs:
            lemma = self.vocab.verb_forms.get(token.lower_, lemma)
        if any(c.dep_ == "dobj" and c.lemma_.lower() in self.vocab.words("office-nouns") for c in token.children):
            return None  # "took over the presidency of the EU": a change of office, no act on the EU
        if lemma in self.vocab.words("reception-verbs") and any(
            c.dep_ == "dobj" and c.lemma_.lower() in self.vocab.event_nouns for c in token.children
        ):
            return None  # "won backing from Peru": the noun's giver acts, on the one who won it
        # An appeal's complement is the addressee's act: "told Chile to withdraw" announces no withdrawal.
        appeal = lemma in self.vocab.words("appeal-verbs")
        words = argument_words(token, lambda t: bool(_place_actor(token.doc, t)), complements=not appeal)
        coded = match_verb(lemma, words, self.vocab)
        if coded is None or (coded.pattern is None and coded.code.startswith("01")):
            return None  # a verb of saying alone says nothing to anyone; its patterns say what was expressed
        adverbs = self.vocab.words("particle-adverbs")
        own_particles = {
            c.lower_ for c in token.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in adverbs)
        }
        if coded.verb.particles and own_particles - set(coded.verb.particles):
            return None  # "stepped back … in a dispute" is not "step in": the verb's own particle decides
        relation = self.vocab.relation_for_code(coded.code)
        if relation is None:
            return None
        rule = coded.pattern.text if coded.pattern is not None else f"verb '{lemma}' [{coded.code}]"
        return LexicalEntry(
            lemma=lemma,
            pos="VERB",
            relation=relation.name,
            cameo=coded.code,
            particle=None,
            target_prepositions=coded.target_prepositions,
            reciprocal=coded.reciprocal,
            rule=f"CAMEO dictionary: {rule}",
            patterned=coded.pattern is not None,
        )

    @staticmethod
    def _armed(actor: Actor) -> bool:
        """An actor that can use force: a state, its forces, police or intelligence, an armed group."""
        sector = (actor.code or "")[3:6]
        return (
            actor.type in {"State", "Military", "ArmedGroup", "Government"}
            or sector in {"MIL", "COP", "REB", "UAF", "SPY"}
            or (actor.code or "").startswith("IMG")
        )

    def _unarmed_force(
        self, relation: RelationInfo, entry: LexicalEntry, reading: _Reading, trigger: Token
    ) -> bool | None:
        """Force between two people none of whom commands force is words or a contest: "Biden attacked
        Trump" criticizes him (True: read as 111), "Biden defeated Trump" is no event (False); so is a
        defeat in a match or an election, whoever the sides are; None when the reading stands."""
        if relation.name not in {"attacks", "assaults", "usesMassViolenceAgainst"}:
            return None
        contests = self.vocab.words("contest-nouns")
        if any(pobj.lemma_.lower() in contests for _p, pobj in _prep_objects(trigger, {"in", "at", "during"})):
            return False
        aimed_at = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
        aimed_at += [pobj for _p, pobj in _prep_objects(trigger, {"at", "on"})]  # "hit out at the plan"
        if any(t.lemma_.lower() in self.vocab.words("stance-nouns") for t in aimed_at):
            return entry.lemma in self.vocab.words("verbal-attack-verbs")  # "attacked the decision by X"
        said = any(
            c.dep_ in {"advcl", "xcomp", "conj"} and c.lemma_.lower() in self.vocab.words("report-verbs")
            for c in trigger.children
        )
        if said or self._attacked_for_what(trigger):
            # "attacked the imperialists, saying they …", "attacked him as a liar", "… for failing to act":
            # words, whoever the sides are
            return entry.lemma in self.vocab.words("verbal-attack-verbs")
        subject, obj = reading.subject.actor, reading.object.actor
        if self._armed(subject) or self._armed(obj) or "Person" not in {subject.type, obj.type}:
            return None
        return entry.lemma in self.vocab.words("verbal-attack-verbs")

    def _attacked_for_what(self, trigger: Token) -> bool:
        """The attack names what its object is or did: a quality or an accusing name after "as"
        ("attacked the plan as reckless", "attacked him as a liar"; not "as a warning") or a gerund
        after "for" ("attacked him for ignoring the ruling"; not "for hours")."""
        stigma = self.vocab.words("stigma-words")
        for _prep, pobj in _prep_objects(trigger, {"as"}):
            if pobj.pos_ == "ADJ" or pobj.lemma_.lower() in stigma:
                return True
        return any(
            c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pcomp" for g in c.children)
            for c in trigger.children
        )

    def _goods_origin(self, doc: Doc, noun: Token) -> list[ActorMention]:
        """The state whose demonym marks goods ("Chilean steel", "Peruvian wine imports"), if the noun
        names goods; or where goods or traffic go to or come from ("flights to Cuba", "trade with Iran",
        "steel from Chile")."""
        lemma = noun.lemma_.lower()
        commodity = self.vocab.commodities.get(self.vocab.commodity_keywords.get(lemma, ""))
        goods = (commodity is not None and commodity.goods) or lemma in self.vocab.words("trade-nouns")
        traffic = lemma in self.vocab.words("traffic-nouns")
        if not goods and not traffic:
            return []
        marks = [modifier_for(doc, noun)]
        marks += [mention_for(doc, c) for c in noun.children if c.dep_ in {"amod", "compound", "nmod"} and c.i < noun.i]
        ends = {"from", "to", "with", "into"} if traffic or lemma in self.vocab.words("trade-nouns") else {"from"}
        marks += [m for _p, pobj in _prep_objects(noun, ends) for m in _actors(doc, pobj) or _place_actor(doc, pobj)]
        if lemma in self.vocab.words("trade-nouns"):  # "imports of Chilean wine": whatever is traded, its origin
            for _p, goods_noun in _prep_objects(noun, {"of"}):
                marks.append(modifier_for(doc, goods_noun))
                marks += [mention_for(doc, c) for c in goods_noun.children if c.dep_ in {"amod", "compound", "nmod"}]
        return [m for m in marks if m is not None and m.actor.type == "State"][:1]

    def _trade_counterparts(self, doc: Doc, noun: Token) -> list[ActorMention]:
        """Whom a deal or talks to buy or sell are with: the state bought from or sold to ("a deal to
        import gas from Iran", "a contract to sell jets to Egypt", "an agreement to buy Peruvian copper")."""
        trades = self.vocab.words("trade-verbs")
        found: list[ActorMention] = []
        for verb in noun.children:
            if verb.dep_ not in {"acl", "relcl"} or verb.lemma_.lower() not in trades:
                continue
            for _prep, pobj in _prep_objects(verb, {"from", "to"}):
                found.extend(m for m in _actors(doc, pobj) or _place_actor(doc, pobj) if m.actor.type == "State")
            found.extend(m for c in verb.children if c.dep_ == "dative" for m in _actors(doc, c))
            if verb.lemma_.lower() in self.vocab.words("receive-verbs"):  # "to import Chilean copper"
                found.extend(m for c in verb.children if c.dep_ == "dobj" for m in self._goods_origin(doc, c))
        return found

    def _conditional_threat(
        self, trigger: Token, relation: RelationInfo, modality: ModalityReading, reading: _Reading
    ) -> bool:
        """A hostile act still to come, on a condition, announced by the one who would do it ("Chile
        said it would attack Peru if the talks failed", "if Peru moves, I will destroy its economy"):
        the announcement is a threat (the relation's intent code is a 13x threat code)."""
        if modality.modality not in {"future", "hypothetical"} or not (relation.intent_code or "").startswith("13"):
            return False
        speaker = modality.attributed_to
        if speaker is None or not (
            _same_actor(speaker, reading.subject.actor) or speaker.country == reading.subject.actor.country
        ):
            return False  # a prediction by someone else is no threat
        conditions = self.vocab.words("conditional-conjunctions")
        return any(
            child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in conditions for m in child.children)
            for holder in {trigger, clause_of(trigger)}
            for child in holder.children
        )

    def _intended(self, cues: list[str]) -> bool:
        """The act is the complement of a verb or adjective of intention ("pledged to", "is ready to")."""
        return any(
            c in self.vocab.words("future-governors") or c in self.vocab.words("intent-adjectives") for c in cues
        )

    @staticmethod
    def _particle_present(verb: Token, dobj: Token | None, particle: str) -> bool:
        holders = [verb] if dobj is None else [verb, dobj]
        return any(c.dep_ in {"prep", "prt", "dative"} and c.lower_ == particle for h in holders for c in h.children)

    def _names_an_act(self, verb: Token) -> bool:
        """A verb that names an act between actors: one the lexicon or the dictionary codes, or a
        light verb with an event noun ("wage war", "impose sanctions")."""
        lemma = verb.lemma_.lower()
        if (lemma, "VERB") in self.vocab.lexicon or lemma in self._collocation_verbs:
            return True
        if any(c.dep_ == "dobj" and c.lemma_.lower() in self.vocab.event_nouns for c in verb.children):
            return True
        return self._dictionary_entry(verb) is not None

    def _collocation(self, word: Token, pos: str) -> LexicalEntry | None:
        """The entry a verb evokes with its object ("restored diplomatic ties", "ties were restored",
        "lifted the curfew") or a noun with a word compounded with it ("a phone call"), if the
        lexicon lists that pair."""
        if not self.vocab.collocations:
            return None
        deps = {"dobj", "nsubjpass"} if pos == "VERB" else {"compound", "amod"}
        words = [c for c in word.children if c.dep_ in deps]
        # "awarding Carter the Prize": the small model may hang the second object on the first
        words += [g for c in words if c.dep_ == "dobj" for g in c.children if g.dep_ == "appos"]
        # "fired dozens of rockets", "a barrage of missiles": the thing counted is the object
        words += [
            pobj for c in words if c.lemma_.lower() in self._quantity_nouns for _p, pobj in _prep_objects(c, {"of"})
        ]
        if pos == "VERB":  # the means: "killed in an airstrike", "struck with drones", "killed by an airstrike"
            words += [pobj for _p, pobj in _prep_objects(word, {"in", "with", "by", "on", "over", "from", "under"})]
            # the means as subject: "an airstrike killed", "the airstrike that killed"
            words += [c for c in word.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
            if word.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ in {"WDT", "WP"} for c in word.children):
                words.append(word.head)
            # "pulled out of the deal": the object of the particle's preposition
            outs = [c for c in word.children if c.dep_ in {"prt", "prep"} and c.lower_ == "out"]
            words += [pobj for out in outs for _p, pobj in _prep_objects(out, {"of"})]
            words += [pobj for _p, pobj in _prep_objects(word, {"of"}) if outs]
            words += [g for c in word.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        for child in words:
            entries = self.vocab.collocation_senses.get((word.lemma_.lower(), child.lemma_.lower()), ())
            entries = tuple(e for e in entries if e.pos == pos)
            if len(entries) > 1:  # the one whose particle is there, else the first (which _entry then refuses)
                return next((e for e in entries if self._has_particle(word, e)), entries[0])
            if entries:
                return entries[0]
        return None

    def _trigger_positions(self, doc: Doc) -> numpy.ndarray:
        """Where the document's words that may trigger a claim are, by their lemma or lower-case form:
        one array lookup per document, so the other words never become Token objects. (A proper
        noun's capitalised lemma is its text, whose lower-case form LOWER holds.)"""
        lemmas, lowers = doc.to_array([LEMMA, LOWER]).T
        return numpy.flatnonzero(numpy.isin(lemmas, self._trigger_hashes) | numpy.isin(lowers, self._trigger_hashes))

    def _trigger_tokens(self, doc: Doc, sentence: Span) -> Iterator[Token]:
        """The sentence's words that may trigger a claim (positions read once per document by __call__)."""
        at = self._trigger_at
        for i in at[numpy.searchsorted(at, sentence.start) : numpy.searchsorted(at, sentence.end)]:
            token = doc[int(i)]
            if token.lemma_.lower() in self._triggers or token.lower_ in self._triggers:
                yield token

    def sentence_claims(self, doc: Doc, sentence: Span) -> Iterator[Claim]:
        """Every claim one sentence supports."""
        if sentence.text.rstrip(" -\"'”’").endswith("?"):
            return
        published: date | None = doc._.published
        for token in self._trigger_tokens(doc, sentence):
            kind = self._label_kind(token)  # "labelled the PKK a terrorist group": 112
            obligation = self._labelled(doc, token, kind)
            entry = self._label_entry(token, kind) if kind and obligation else self._entry(token)
            if entry is None:
                obligation, demand_code = self._reported_obligation(doc, token)
                if obligation:
                    coded = self.vocab.relation_for_code(demand_code)
                    entry = replace(_DEMAND, cameo=demand_code, relation=coded.name if coded else _DEMAND.relation)
                else:
                    entry = self._dictionary_entry(token)
                    if entry is None:
                        continue
            relation = self.vocab.relations[entry.relation]
            if relation.name == "offers" and (threat := self._hostile_intent(token)) is not None:
                # "vowed to wage war on the Rohans", "pledged to retaliate": a promise of harm is a threat.
                relation, entry = self.vocab.relations["threatens"], replace(entry, cameo=threat)
            if obligation:
                readings = obligation
            else:
                relation, entry, readings = self._sense_readings(doc, token, relation, entry)
            when = self._date(doc, token, sentence, published)
            when = self._remember_or_recall_date(token, relation.name, when)
            if not readings:
                self._remember_targetless_act(doc, token, entry, relation)
                continue
            if entry.reciprocal and not relation.symmetric:
                # "the two armies clashed": each side's act on the other, coded both ways
                readings += [replace(r, subject=r.object, object=r.subject) for r in readings]
            elif token.pos_ == "VERB" and token.lemma_ in self.vocab.words("experiencer-verbs"):
                # "the vote dismayed Chile", "Chile was dismayed by the vote": the one who feels it acts
                readings = [replace(r, subject=r.object, object=r.subject) for r in readings]
            modality = read_modality(doc, token, self.vocab)
            location = self._location(doc, token)
            for reading in readings:
                if _same_actor(reading.subject.actor, reading.object.actor):
                    continue
                if reading.object.actor.type in relation.excluded_objects:
                    continue  # "spoke to the BBC": an interview, no consultation
                if relation.frame == "VisitFrame" and reading.subject.actor.country == reading.object.actor.country:
                    continue  # travelling within one's own state is no visit
                verbal = self._unarmed_force(relation, entry, reading, token)
                if verbal is False:
                    continue  # "Biden defeated Trump": a contest, no force
                cameo = self._cameo(entry, relation, reading.items)
                claim_relation = relation
                kind = self._cooperation_kind(token) if cameo in {"050", "060"} else None
                if kind is not None and (kinded := self.vocab.relation_for_code(kind)) is not None:
                    claim_relation, cameo = kinded, kind  # "opened economic ties": economic cooperation
                if verbal:  # "attacked his rival": criticism (CAMEO 111)
                    claim_relation, cameo = self.vocab.relations["criticizes"], "111"
                if reading.accusation and claim_relation.name == "criticizes":
                    claim_relation = self.vocab.relations["accuses"]
                    cameo = claim_relation.cameo
                if claim_relation.name == "praises" and _asks_to_act(token):
                    # "encouraged Iran to negotiate" asks Iran to act: an appeal (CAMEO 020), no praise
                    claim_relation, cameo = self.vocab.relations["requests"], "020"
                if cameo.startswith("087") and reading.object.actor.type == "IntergovernmentalOrganization":
                    # withdrawing from a body ("the withdrawal of Britain from the EU") is leaving it, no retreat
                    claim_relation, cameo = self.vocab.relations["reducesRelationsWith"], "160"
                if claim_relation.intent_code and self._intended(modality.cues or []):
                    # "agreed to provide aid" is an expressed intent (CAMEO 03x); "will provide" keeps its code
                    cameo = claim_relation.intent_code
                claim_modality, attributed = modality.modality, modality.attributed_to
                if self._conditional_threat(token, claim_relation, modality, reading):
                    # "we will attack Peru if …", said by the one who would: a threat, made (CAMEO 13x)
                    claim_relation, cameo = self.vocab.relations["threatens"], claim_relation.intent_code or cameo
                    claim_modality, attributed = "asserted", None
                base = doc._.offset or 0  # where this Doc starts in the article (long articles are split)
                start = base + doc[sentence.start].idx
                end = base + doc[sentence.end - 1].idx + len(doc[sentence.end - 1].text)
                yield Claim(
                    subject=reading.subject.actor,
                    relation=claim_relation.name,
                    object=reading.object.actor,
                    evidence=Evidence(
                        article_id=doc._.article_id or "",
                        sentence=sentence.text.strip(),
                        span=(start, end),
                        extractor=EXTRACTOR_NAME,
                        highlights=tuple(
                            (s + base, e + base, role)
                            for s, e, role in (
                                *_highlight(doc, reading.subject, "subject"),
                                *_highlight(doc, reading.object, "object"),
                                (token.idx, token.idx + len(token.text), "trigger"),
                            )
                        ),
                    ),
                    items=tuple(reading.items),
                    modality=claim_modality,  # type: ignore[arg-type]
                    attributed_to=attributed,
                    date=when[0] if when else None,
                    date_start=when[1] if when else None,
                    date_end=when[2] if when else None,
                    location=location,
                    cameo=cameo,
                    plover=self.vocab.cameo_plover(cameo) or claim_relation.plover or None,
                    confidence=calibrated(raw := self._confidence(reading, modality.modality)),
                    trigger=token.text,
                    extra={
                        "how": reading.how,
                        "rule": entry.rule or f"lexicon: {entry.lemma} ({entry.pos.lower()})",
                        "cues": modality.cues or [],
                        "trigger_index": token.i,
                        "raw_confidence": raw,
                        **({"owned_act": list(reading.owned_act)} if reading.owned_act is not None else {}),
                    },
                )

    # -- verbs -------------------------------------------------------------------
    def _verb_subjects(self, doc: Doc, verb: Token, depth: int = 0) -> tuple[list[ActorMention], float, str]:
        """Subjects of a verb, inherited through control and coordination when it has none."""
        direct = [
            m
            for t in subject_tokens(verb)
            for m in _actors(doc, t, conjuncts=False)
            or _stand_ins(doc, self.vocab, t, places=not _a_thing(self.vocab, t))
        ]
        if not any(m.actor.code for m in direct) and (principals := _on_behalf_of(doc, verb)):
            # "an envoy signed it on behalf of the EU": the one acted for is the actor
            return principals, -0.05, "on behalf of"
        if direct or depth > 4:
            return direct, 0.0, "subject"
        own = [
            c
            for c in verb.children
            if c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl", "auxpass"}
            and not (verb.dep_ == "relcl" and c.tag_ in {"WDT", "WP"})  # "that", "who": the noun it qualifies
        ]
        pronoun = verb.dep_ in {"ccomp", "advcl", "conj"} and len(own) == 1 and own[0].lower_ in _ANAPHORIC_PRONOUNS
        if own and not pronoun:
            # A clause with a subject of its own (not an actor we know) or an agentless passive
            # borrows no other: "claims Mahan flies cargo to Syria", "X was extradited, an official said".
            # An unresolved pronoun takes the subject above: "the SDF announced it had entered …",
            # "North Korea would pay a price if it supplies Russia".
            return [], 0.0, ""
        dep, head = verb.dep_, coordinated_with(verb)
        if dep == "amod" and verb.tag_ == "VBG" and head.dep_ in {"dobj", "pobj"} and head.head.pos_ in {"VERB", "AUX"}:
            # The small model often reads "denied supplying arms" as deny + amod; read it as control.
            found, penalty, _ = self._verb_subjects(doc, head.head, depth + 1)
            return found, penalty - 0.1, "inherited (gerund object)"
        if dep == "relcl" or dep == "acl":
            # "calls by British officials asking X to …": the noun's agent or owner acts
            found = (
                _actors(doc, head, conjuncts=dep == "acl")
                or [m for _p, pobj in _prep_objects(head, {"by"}) for m in _actors(doc, pobj)]
                or _possessor(doc, head)
                or self._signatories(doc, head)
                # "the US airstrike that killed X": the act's own actor; "the Kurdish militia that
                # backs X", "Iranian diplomats who met Y": the actor that the people it names belong to
                or (
                    _stand_ins(doc, self.vocab, head, places=False)
                    if self._relative_act(verb, head) or self._relative_people(verb, head)
                    else []
                )
            )
            if not found and dep == "acl" and verb.tag_ == "VBG" and self._launched(head):
                # "Chile fired rockets aimed at Peruvian posts": who fired them targets
                found, penalty, _ = self._verb_subjects(doc, head.head, depth + 1)
                return found, penalty - 0.1, "who launched what targets"
            if not found and dep == "acl" and verb.tag_ == "VBG" and head.dep_ in {"dobj", "pobj"}:
                # "Pompeo posted a message on Twitter blaming Iran", "issued a statement condemning X":
                # the words act through the one who put them out
                governor = head.head
                for _ in range(4):  # up through "a message on Twitter" to the verb that put it out
                    if governor.pos_ == "VERB" or governor.head.i == governor.i:
                        break
                    governor = governor.head
                if governor.pos_ == "VERB" and governor.lemma_.lower() in self.vocab.words("publishing-verbs"):
                    found, penalty, _ = self._verb_subjects(doc, governor, depth + 1)
                    return found, penalty - 0.1, f"who {governor.lemma_.lower()} it"
            return found, -0.1, "relative clause"
        if dep == "xcomp" and head.pos_ == "ADJ" and head.dep_ in {"acomp", "amod", "xcomp"}:
            # "Norway is willing to send …", "he would be ready to host …": the adjective's subject.
            found, penalty, _ = self._verb_subjects(doc, head.head, depth + 1)
            return found, penalty - 0.1, "inherited (adjective)"
        if dep in {"xcomp", "conj", "advcl", "ccomp"} and head.pos_ in {"VERB", "AUX"}:
            enabled = self._enabled_recipients(doc, verb, head)
            if enabled is not None:
                return enabled, -0.1, "recipient of the means"
            if dep == "xcomp" and head.lemma_ in self.vocab.words("object-control-verbs"):
                # "urged Chile to free …", "called on Chile to …": the one urged or called on does it,
                # and when no actor is named there, nobody we know ("called on the president to …")
                controllers = [c for c in head.children if c.dep_ == "dobj"]
                controllers += [p for _p, p in _prep_objects(head, {"on", "upon"}) if p.lemma_.lower() != "behalf"]
                if controllers:
                    objects = [m for c in controllers for m in _actors(doc, c)]
                    return objects, -0.1, "object control"
            found, penalty, _ = self._verb_subjects(doc, head, depth + 1)
            return found, penalty - 0.1, f"inherited ({dep})"
        if dep in {"pcomp", "pobj"}:
            owner = head.head
            if owner.pos_ == "NOUN" and head.lower_ == "of" and owner.lemma_.lower() in self.vocab.words("aim-nouns"):
                return [], 0.0, ""  # "retreated from its goal of ousting X": an aim, no act
            if owner.pos_ == "NOUN" and _possessor(doc, owner):
                return _possessor(doc, owner), -0.15, "possessor of the governing noun"
            governor = head.head
            while governor.pos_ not in {"VERB", "AUX"} and governor.dep_ != "ROOT" and governor.head.i != governor.i:
                governor = governor.head
            if governor.lemma_ in self.vocab.words("object-control-verbs"):
                objects = [m for c in governor.children if c.dep_ == "dobj" for m in _actors(doc, c)]
                return objects, -0.15, "object control"
            found, penalty, _ = self._verb_subjects(doc, governor, depth + 1)
            return found, penalty - 0.15, "inherited (gerund)"
        return [], 0.0, ""

    def _relative_act(self, verb: Token, noun: Token) -> bool:
        """A relative clause whose subject is an event noun it qualifies ("the airstrike that killed")."""
        return verb.dep_ == "relcl" and noun.pos_ == "NOUN" and noun.lemma_.lower() in self.vocab.event_nouns

    def _relative_people(self, verb: Token, noun: Token) -> bool:
        """A relative clause whose subject is the armed or political group it qualifies, named by a
        group's name before a group noun ("the YPG militia that backs X", "Houthi fighters who")."""
        return (
            verb.dep_ == "relcl"
            and noun.pos_ == "NOUN"
            and noun.lemma_.lower() in self.vocab.words("group-nouns")
            and any(c.dep_ == "nsubj" and c.tag_ in {"WDT", "WP"} for c in verb.children)
        )

    def _signatories(self, doc: Doc, document: Token) -> list[ActorMention]:
        """Who issued or signed a text ("a declaration condemning X, signed by A, B and C", "A and B
        issued a statement urging X to …"): the subjects or agents of the verb it is the object of."""
        issued = document.dep_ in {"dobj", "nsubjpass"}  # "signed a declaration", "a declaration was signed"
        if not issued or document.lemma_.lower() not in self.vocab.words("document-nouns"):
            return []
        return [m for t in subject_tokens(document.head) for m in _actors(doc, t, conjuncts=False)]

    def _recall_meeting(self, subjects: list[ActorMention]) -> list[ActorMention]:
        """The parties of the meeting this or the previous sentence reported, but the subjects."""
        number, parties = getattr(self, "_last_meeting", (-9, []))
        if self._sentence_number - number > 1:
            return []
        ours = {m.actor.iri for m in subjects}
        return [m for m in parties if m.actor.iri not in ours]

    def _remember_meeting(self, doc: Doc, sentence: Span, claims: list[Claim]) -> None:
        """Keep the parties of a meeting the sentence reports, for "joined the talks" after it."""
        met = {a.iri for c in claims if c.relation == "meetsWith" for a in (c.subject, c.object)}
        if not met:
            return
        parties: dict[str, ActorMention] = {}
        for mention in doc._.actor_mentions or []:
            if sentence.start <= mention.start < sentence.end and mention.actor.iri in met:
                parties.setdefault(mention.actor.iri, mention)
        self._last_meeting = (self._sentence_number, list(parties.values()))

    def _remember_acts(self, doc: Doc, sentence: Span, claims: list[Claim]) -> None:
        """Keep who did each act the sentence reports, by the words that named it and by its relation
        ("Turkey launched an operation": operation, launch, attacks), for "the operation was
        condemned" after it."""
        if not claims:
            return
        mentions = [m for m in doc._.actor_mentions or [] if sentence.start <= m.start < sentence.end]
        for claim in claims:
            index = claim.extra.get("trigger_index")
            actor = next((m for m in mentions if m.actor.iri == claim.subject.iri), None)
            if actor is None or not isinstance(index, int) or claim.modality not in {"asserted", "reported"}:
                continue
            trigger = doc[index]
            words = {trigger.lemma_.lower(), *(c.lemma_.lower() for c in trigger.children if c.dep_ == "dobj")}
            for key in (*words, claim.relation):
                self._recent_acts[key] = (self._sentence_number, actor)

    def _remember_targetless_act(self, doc: Doc, verb: Token, entry: LexicalEntry, relation: RelationInfo) -> None:
        """Keep who did an act on no actor we know ("the US bombed the airport", "Turkey announced
        an offensive", "Russia proposed a ceasefire"), for "Iraq condemned the attack" or "Ukraine
        rejected the proposal" after it; statements are no acts."""
        if verb.pos_ != "VERB" or self._entry_code(entry)[:2] == "01":
            return
        doers, _penalty, _how = self._verb_subjects(doc, verb)
        if len({m.actor.iri for m in doers}) != 1:
            return
        if read_modality(doc, verb, self.vocab).modality not in {"asserted", "reported"}:
            return
        words = {verb.lemma_.lower(), *(c.lemma_.lower() for c in verb.children if c.dep_ == "dobj")}
        for key in (*words, relation.name):
            self._recent_acts[key] = (self._sentence_number, doers[0])

    def _recall_actor_of(self, noun: Token, subjects: list[ActorMention]) -> list[ActorMention]:
        """Who did the act a definite event noun names ("condemned the operation"), by the act this
        or the two sentences before reported with that word or relation; none if it is the subjects'."""
        entry = self._entry(noun)
        recalled = None
        for key in (noun.lemma_.lower(), entry.relation if entry is not None else None):
            recalled = recalled or (self._recent_acts.get(key) if key else None)
        referring = self.vocab.words("stance-nouns") | self.vocab.words("act-nouns")
        if recalled is None and noun.lemma_.lower() in referring:
            # "criticized the decision", "welcomed the move": the act the sentences before reported last,
            # when one actor alone did what they reported there
            latest = max((number for number, _actor in self._recent_acts.values()), default=-9)
            doers = {a.actor.iri: (n, a) for n, a in self._recent_acts.values() if n == latest}
            recalled = next(iter(doers.values())) if len(doers) == 1 else None
        if recalled is not None and self._sentence_number - recalled[0] <= 2:
            actor = recalled[1]
            return [] if any(_same_actor(actor.actor, s.actor) for s in subjects) else [actor]
        return []

    def _launched(self, noun: Token) -> bool:
        """A weapon the object of the verb that set it going: "fired rockets", "launched drones" (a
        weapon: a commodity whose giving is military aid, CAMEO 072)."""
        if noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
            return False
        commodity = self.vocab.commodities.get(self.vocab.commodity_keywords.get(noun.lemma_.lower(), ""))
        return commodity is not None and commodity.aid_code == "072"

    def _enabled_recipients(self, doc: Doc, verb: Token, head: Token) -> list[ActorMention] | None:
        """A purpose infinitive after giving something to someone is the recipient's act: "paid money to
        the militia to attack the base", "sent arms to the rebels to fight the army" (None when the
        governor gives nothing to anyone; an empty list when the recipient is no actor we know)."""
        if verb.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return None
        entry = self._entry(head)
        giving = entry is not None and self.vocab.relations[entry.relation].frame == "TransferFrame"
        if not giving and head.lemma_.lower() not in self.vocab.words("giving-verbs"):
            return None
        recipients = [c for c in head.children if c.dep_ in {"dative", "iobj"} and c.pos_ != "ADP"]
        recipients += [pobj for _p, pobj in _prep_objects(head, {"to"}) if pobj.pos_ in {"PROPN", "NOUN", "PRON"}]
        if not recipients:
            return None
        return [m for t in recipients for m in _actors(doc, t)]

    def _passive_agents(self, doc: Doc, verb: Token, relation: RelationInfo) -> tuple[list[ActorMention], str]:
        """The agents of a passive with no 'by' phrase of its own: those of the statement it was made
        in ("was condemned in a joint statement by A, B and C"), or for an act of state power the
        state where it happened ("the party is banned in Turkey")."""
        for _prep, pobj in _prep_objects(verb, {"in", "through", "via", "with", "under"}):
            agents = [m for _by, agent in _prep_objects(pobj, {"by"}) for m in _actors(doc, agent)]
            if agents:
                return agents, f"agents of '{pobj.text}'"
        # "was killed in a US airstrike", "died in an Israeli raid": whose act the means was
        for _prep, pobj in _prep_objects(verb, {"in", "during"}):
            lemma = pobj.lemma_.lower()
            if lemma in self.vocab.event_nouns or lemma in self.vocab.words("act-nouns"):
                modifiers = [
                    t
                    for c in pobj.children
                    if c.dep_ in {"compound", "amod", "nmod"} and c.i < pobj.i
                    for t in c.subtree  # "a US counter-terrorism operation"
                ]
                owners = _possessor(doc, pobj) or [
                    m
                    for t in modifiers
                    for m in _actors(doc, t, conjuncts=False)
                    or [d for d in doc._.modifier_mentions or [] if d.head == t.i]
                ]
                if owners:
                    return owners, f"whose '{pobj.text}' it was"
        if relation.name == "coerces":
            for _prep, pobj in _prep_objects(verb, {"in"}):
                states = [m for m in _place_actor(doc, pobj) if m.actor.type == "State"]
                if states:
                    return states, "the state where it was done"
        if verb.lemma_.lower() in self.vocab.words("expulsion-verbs"):
            # "the ambassador was expelled from Moldova": the state one is sent out of sends one out
            for _prep, pobj in _prep_objects(verb, {"from"}):
                states = [m for m in _actors(doc, pobj) or _place_actor(doc, pobj) if m.actor.type == "State"]
                if states:
                    return states, "the state one was sent out of"
        return [], ""

    def _modifier_participle(self, doc: Doc, verb: Token) -> list[_Reading]:
        """A participle compounded with its agent on a noun: "an Iranian-backed militia", "Iran-backed
        rebels" — the agent acts on what the noun names (its apposition's head: "the PMF, an
        Iranian-backed militia")."""
        agents = [
            m
            for c in verb.children
            if c.dep_ in {"npadvmod", "compound", "nmod"} and c.i < verb.i
            for m in _actors(doc, c, conjuncts=False)
        ]
        demonym = modifier_for(doc, verb)  # "Iranian-backed": a demonym the resolver kept as a modifier
        agents = agents or ([demonym] if demonym is not None else [])
        noun = verb.head
        patients = _actors(doc, noun) or (_actors(doc, noun.head) if noun.dep_ == "appos" else [])
        patients = patients or _stand_ins(doc, self.vocab, noun)
        how = "participle compounded with its agent"
        return [_Reading(a, p, [], 0.7, how) for a in agents for p in patients]

    def _verb_readings(
        self, doc: Doc, verb: Token, relation: RelationInfo, entry: LexicalEntry | None = None
    ) -> list[_Reading]:
        if verb.dep_ == "amod" and verb.tag_ == "VBN" and relation.frame != "TransferFrame":
            return self._modifier_participle(doc, verb)
        subjects, penalty, how = self._verb_subjects(doc, verb)
        passive_subjects = [m for c in verb.children if c.dep_ == "nsubjpass" for m in _actors(doc, c)]
        if not passive_subjects and verb.dep_ == "relcl":
            # "Arce, who is backed by Peru": the relative pronoun is the noun the clause qualifies
            relative = any(c.dep_ == "nsubjpass" and c.tag_ in {"WDT", "WP"} for c in verb.children)
            passive_subjects = _actors(doc, verb.head, conjuncts=False) if relative else []
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) or (
            # "Chile was praised by Peru and condemned by Bolivia": a passive conjunct sharing the auxiliary
            verb.dep_ == "conj"
            and verb.tag_ == "VBN"
            and any(c.dep_ == "agent" for c in verb.children)
            and any(c.dep_ == "auxpass" for c in verb.head.children)
        )
        own_subject = any(c.dep_ == "nsubjpass" for c in verb.children)
        if passive and not own_subject and verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
            # "Turkey is under sanctions, and was condemned by …": the surface subject of the first
            # conjunct (not its agent: "approved by the Senate and signed by X" is no act on the Senate)
            first = verb.head
            shared = [c for c in first.children if c.dep_ == "nsubjpass"] or [
                t for t in subject_tokens(first) if t.head.dep_ != "agent"
            ]
            passive_subjects = [m for t in shared for m in _actors(doc, t)]
        if not subjects and passive:
            subjects, how = self._passive_agents(doc, verb, relation)
            penalty = -0.1
        if passive and not passive_subjects and relation.reacts:
            # "the EU's move was welcomed by Beijing": a reaction to an act is aimed at whose act it is
            acts = [c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"]
            passive_subjects = [m for c in acts for m in _objects(doc, self.vocab, c, parties=True)]
        if not subjects and relation.name == "protestsAgainst":
            subjects, how, penalty = self._unnamed_protesters(doc, verb), "protesters where it happened", -0.15
        dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if dobj is None and entry is not None and (entry.cameo or "").startswith("045"):
            # "talks between A and B were mediated by C", "the truce …, brokered by C": what was mediated
            mediated = [c for c in verb.children if c.dep_ == "nsubjpass"]
            dobj = mediated[0] if mediated else verb.head if verb.dep_ == "acl" and verb.tag_ == "VBN" else None
        prep_holders = [verb]
        if dobj is None and verb.dep_ == "amod" and verb.tag_ == "VBG" and verb.head.dep_ in {"dobj", "pobj"}:
            dobj = verb.head  # "denied supplying arms to Russia": arms is the gerund's object
            prep_holders.append(verb.head.head)
        readings: list[_Reading] = []

        if relation.frame == "TransferFrame":
            recipients: list[ActorMention] = []
            item_heads: list[Token] = []
            own_means: set[int] = set()
            holders = [*prep_holders, dobj] if dobj is not None else prep_holders
            if dobj is not None:
                # "provide 70 million dollars of aid for Romania": the recipient hangs off the object phrase.
                holders += [t for t in dobj.subtree if t.pos_ == "NOUN" and t is not dobj and t.dep_ == "pobj"]
            for token in holders:
                for prep, pobj in _prep_objects(token, _RECIPIENT_PREPOSITIONS | {"with"}):
                    if token is not verb and token is not dobj and pobj.i < dobj.i:  # type: ignore[union-attr]
                        continue
                    if prep == "with":
                        item_heads.append(pobj)
                    else:
                        # "to Panamanian officers": people stand for their state; "for its war in
                        # Ukraine" names a purpose, not a recipient.
                        people = (
                            _stand_ins(doc, self.vocab, pobj, places=False)
                            if pobj.lemma_.lower() not in self.vocab.event_nouns
                            else []
                        )
                        recipients.extend(_actors(doc, pobj) or people)
            for child in verb.children:
                if child.dep_ in {"dative", "iobj"}:
                    recipients.extend(_actors(doc, child))
            if dobj is not None:
                as_actor = _actors(doc, dobj)
                # "Argentina sent troops to Uruguay": the giver's own forces are what is sent
                means = bool(as_actor) and all(any(_own_forces(a, s) for s in subjects) for a in as_actor)
                if as_actor and not means and not recipients:
                    recipients = as_actor
                elif not as_actor or means:
                    item_heads.insert(0, dobj)
                    own_means = {dobj.i} if means else set()
            if dobj is None:
                # Passive: "shells were supplied to Russia" (theme) or "Russia was supplied with shells" (recipient).
                item_heads.extend(c for c in verb.children if c.dep_ == "nsubjpass" and mention_for(doc, c) is None)
                if not recipients:
                    recipients = passive_subjects
            items = extract_items(doc, item_heads, self.vocab, means=own_means)
            if not (entry is not None and entry.patterned) and not self._plausible_transfer(verb, items):
                return []  # a dictionary pattern has named what is given ("rushed aid to")
            for s, o in itertools.product(subjects, recipients):
                readings.append(_Reading(s, o, items, 0.8 + penalty, how))
            return readings

        objects: list[ActorMention] = []
        item_heads = []
        particle = entry.particle if entry is not None else None
        if particle and not self._particle_present(verb, dobj, particle):
            # a mutual act without its particle ("discussed the relations", "the two restored ties"):
            # its only counterparts are coordinated subjects
            dobj = None
        # "discussed the crisis with Peru": with its particle, a mutual verb's object is the topic,
        # its counterpart the particle's object (which may hang off the topic)
        topic = particle is not None and relation.symmetric and not (entry is not None and entry.object_lemmas)
        if dobj is not None and not (relation.frame == "VisitFrame" and particle) and not topic:
            # A symmetric relation's counterpart is an actor object, not whose the thing is:
            # "signed Conyers's bill into law" is no agreement with Conyers.
            if relation.symmetric:
                mine = {id(m) for m in _possessor(doc, dobj)}
                mediator = entry is not None and (entry.cameo or "").startswith("045")
                objects = _actors(doc, dobj) or _counterparts_between(doc, dobj, subjects, mediator=mediator)
                # Nor where they met: "joined a group in Lebanon" names no counterpart in Lebanon.
                objects = objects or [m for m in _stand_ins(doc, self.vocab, dobj, places=False) if id(m) not in mine]
                # "met his EU counterparts": whose they are is the modifier, not the possessor
                modifiers = [c for c in dobj.children if c.dep_ in {"compound", "amod", "nmod"} and c.i < dobj.i]
                objects = objects or [
                    m for c in modifiers for m in _actors(doc, c, conjuncts=False) if id(m) not in mine
                ]
            else:
                objects = _objects(doc, self.vocab, dobj, parties=relation.reacts)
                if not objects and relation.name in _GOODS_ORIGIN_TARGET:
                    objects = self._goods_origin(doc, dobj)  # "banned flights to Cuba", "halted Chilean imports"
                if not objects and dobj.lemma_.lower() in self.vocab.words("stance-nouns"):
                    # "attacked the proclamation by Chile", the agent hung on the verb: the author
                    objects = [m for _p, pobj in _prep_objects(verb, {"by"}) for m in _actors(doc, pobj)]
            # "Syria offered its troops to Lebanon": what is one's own is what is acted with, not on
            objects = [o for o in objects if not any(_own(doc, o, s) for s in subjects)]
            if not objects and relation.frame == "VisitFrame":
                objects = _place_actor(doc, dobj)
        if passive_subjects and not objects:
            objects = passive_subjects
        if not objects and dobj is not None and mention_for(doc, dobj) is None:
            # "awarded Chile a prize", "gave Peru a warning": the first object is the one acted on
            objects = [m for c in verb.children if c.dep_ in {"dative", "iobj"} for m in _actors(doc, c)]
        allowed = {particle} if particle else set(relation.object_prepositions)
        allowed |= entry.target_prepositions if entry is not None else set()
        # A collocation's or a dictionary pattern's preposition may hang off its object: "fired shells at
        # Seoul", "used tear gas against protesters".
        named_object = entry is not None and (entry.object_lemmas or entry.patterned or topic)
        # so may the verb's own particle: "recalled its ambassador from Peru"
        particle_on_object = particle is not None and dobj is not None and self._particle_present(dobj, None, particle)
        # and a promise's recipient may hang off what is promised: "pledged aid to Peru"
        # (goods or aid: "offered flights to Lima" promises no one anything)
        promised = self._promised_goods(doc, dobj) if relation.name == "offers" and dobj is not None else []
        # and a cognate object's: "fought a war against Peru", "waged a campaign against Chile"
        noun_of = self.vocab.evokes(dobj.lemma_.lower(), "NOUN") if dobj is not None and dobj.pos_ == "NOUN" else None
        cognate = noun_of == relation.name
        on_object = named_object or particle_on_object or promised or cognate
        holders = [verb, dobj] if on_object and dobj is not None else [verb]
        if promised:  # what is promised ("500 million euros in aid"), and who it is for
            item_heads += promised
            holders += promised[1:]
        target_prep = ""  # the preposition that named the target
        # forces sent to, along or at a state's border are posted at the state beyond it
        edges = _BORDER_PREPOSITIONS if relation.name == "mobilizesAgainst" else set()
        for prep, pobj in (pair for holder in holders for pair in _prep_objects(holder, allowed | {"with"} | edges)):
            if prep == "with" and relation.name in {"threatens", "warns"}:
                item_heads.append(pobj)
                continue
            if prep in edges and prep not in allowed and pobj.lemma_.lower() not in self.vocab.words("border-nouns"):
                continue
            if prep not in allowed and prep not in edges:
                continue
            if relation.frame == "VisitFrame":
                objects.extend(_actors(doc, pobj) or _place_actor(doc, pobj))
            elif not objects or prep == target_prep:
                # "fired shells at Seoul": a capital as the target of force stands for its state;
                # "met with the IMF, then with Trump": the preposition repeated names one more
                place = _place_actor(doc, pobj) if relation.name in _PLACE_PREPOSITION_TARGET else []
                found = _objects(doc, self.vocab, pobj) or place
                if not found and relation.name in _GOODS_ORIGIN_TARGET:
                    found = self._goods_origin(doc, pobj)
                target_prep = prep if found and not objects else target_prep
                objects.extend(found)
        confidence = 0.8 + penalty
        owned_act: tuple[int, str] | None = None
        accusation = False
        if relation.name == "makesStatement":
            # a statement is made to someone: its addressee, not what it is about
            objects, owned_act, note = self._statement_targets(doc, verb, dobj, entry, subjects)
            how += note
        act = dobj if dobj is not None else next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if act is None and particle:  # "spoke out against the attack": the act its particle names
            act = next((pobj for _p, pobj in _prep_objects(verb, {particle})), None)
        recallable = act is not None and act.pos_ == "NOUN" and _definite(act)
        # accepting is reacting too: "accepted the invitation" answers who invited
        reacts = relation.reacts or verb.lemma_.lower() in self.vocab.words("acceptance-verbs")
        if not objects and reacts and recallable and not _owned_by_another(act):  # type: ignore[arg-type]
            # "Turkey launched an operation. … The operation was condemned by X": X → Turkey
            objects = self._recall_actor_of(act, subjects)  # type: ignore[arg-type]
            how = how + "; target: who did the act named just before" if objects else how
        if not objects and relation.name in _XCOMP_TARGET and relation.name != "requests":
            # "threatened to shell Iraqi towns", "offered to hand over suspects to Britain":
            # the target is the object of the intended action (but "proposed to raise the matter
            # with the Fund" asks nothing of the Fund: the subject means to act itself).
            for child in verb.children:
                if child.dep_ == "xcomp" and child.pos_ == "VERB":
                    if not self._names_an_act(child):
                        continue  # "voted to leave the EU": the complement names no act on anyone
                    inner = next((c for c in child.children if c.dep_ == "dobj"), None)
                    objects = _objects(doc, self.vocab, inner) if inner is not None else []
                    # "threatened to send troops into Kosovo": one's own forces are the means, not the target
                    objects = [o for o in objects if not any(_own_forces(o, s) for s in subjects)]
                    # "threatened to impose sanctions on Iran": the preposition may hang off the object.
                    for holder in (child, inner) if inner is not None else (child,):
                        for _prep, pobj in _prep_objects(holder, {"to", "into", "against", "on", "with", "from"}):
                            objects = objects or _objects(doc, self.vocab, pobj)
                    if objects:
                        confidence -= 0.1
                        how = how + "; target = object of the complement"
                        break
        if not objects and particle:
            # "called for Israel to halt the strikes": the one the clause after the particle has act
            for child in verb.children:
                if child.dep_ in {"advcl", "ccomp"} and any(
                    g.dep_ == "mark" and g.lower_ == particle for g in child.children
                ):
                    objects = [
                        m for t in subject_tokens(child) for m in _actors(doc, t) or _stand_ins(doc, self.vocab, t)
                    ]
                    how = how + f"; target = subject of the clause after '{particle}'"
        if not objects and relation.name in _CCOMP_TARGET and dobj is None:
            # Only with no object of its own: "warned Europe that Iran would …" does not warn Iran;
            # and only when the complement is an act: "claimed that Americans were unemployed" is none.
            # An allegation accuses whoever its complement is about, act or not ("alleged that the
            # ministry was hiding the figures"), unless that one suffers it (a passive complement).
            for child in verb.children:
                alleged = relation.name == "accuses" and not any(c.dep_ == "nsubjpass" for c in child.children)
                if child.dep_ == "ccomp" and (alleged or self._names_an_act(child)):
                    objects = [m for t in subject_tokens(child) for m in _actors(doc, t)]
                    confidence -= 0.15
                    how = how + "; target = subject of the complement"
                    # "claimed that the government had sent the rioters": saying that another did it
                    # accuses it (CAMEO 112), as the codebook reads an allegation
                    accusation = relation.name == "criticizes" and bool(objects)
        if not objects and relation.name in _PLACE_TARGET and dobj is not None:
            # "shelled Donetsk": force used on a city targets the state it is in
            objects = [m for m in _place_actor(doc, dobj) if m.actor.type == "State"]
            how = how + "; target = the state the place is in" if objects else how
        if not objects and relation.name in _PLACE_TARGET:
            # "Serbia lifted a curfew in Montenegro", "prisoners rioted in Israel": the state where
            # it happened is the one it is done to.
            for _prep, pobj in _prep_objects(verb, {"in"}):
                objects = [m for m in _place_actor(doc, pobj) if m.actor.type == "State"]
                if objects:
                    confidence -= 0.15
                    how = how + "; target = the state where it happened"
                    break
        items = extract_items(doc, item_heads, self.vocab)
        mutual = relation.symmetric or (entry is not None and (entry.reciprocal or entry.mutual))
        between = [
            m for _p, pobj in _prep_objects(verb, {"between", "among"}) for m in _party_actors(doc, pobj, self.vocab)
        ]
        if mutual and len(between) > 1 and (passive or not subjects):
            # "a memorandum was signed between A, B and C": each pair
            pairs = itertools.combinations(between, 2)
            return [_Reading(s, o, items, confidence - 0.05, "parties named with 'between'") for s, o in pairs]
        collocated = dobj is not None and entry is not None and dobj.lemma_.lower() in entry.object_lemmas
        if not objects and collocated and relation.symmetric and _definite(dobj):  # type: ignore[arg-type]
            # "The Italian minister joined the talks": those who held them, named just before
            objects = self._recall_meeting(subjects)
            how = how + "; counterparts: who held the talks just before" if objects else how
        if not objects and mutual and len(subjects) == 1 and not passive:
            subjects = subjects + _flattened_conjunct(doc, verb, subjects[0])
        # "exchanged fire": what passes between them (not their own event: "postponed their meeting")
        passing = dobj is not None and not any(c.dep_ == "poss" for c in dobj.children)
        named = collocated or (entry is not None and entry.patterned and entry.reciprocal and passing)
        complement = any(
            c.dep_ == "ccomp" or (c.dep_ == "xcomp" and c.pos_ == "VERB" and self._names_an_act(c))
            for c in verb.children
        ) or any(pobj.lemma_.lower() in self.vocab.event_nouns for _p, pobj in _prep_objects(verb, {"to", "on"}))
        # "Peru and Chile fought together", "… alongside Bolivia": allies in a hostile act, not its sides
        allied = self._side_by_side(verb, entry)
        if not objects and mutual and len(subjects) > 1 and (dobj is None or named) and not passive and not complement:
            if allied:
                return readings
            # "Kenya, Uganda and Tanzania met": each pair (not "a coalition joined by A, B and C"). Not
            # when a complement says what: "Kenya and Uganda agreed to hold talks" is the talks (coded
            # by the complement, as "agreed to a summit" is the summit), "… agreed that the dispute should
            # go to arbitration" a shared view.
            for s, o in itertools.combinations(subjects, 2):
                readings.append(_Reading(s, o, items, confidence - 0.05, "coordinated subjects"))
                if not relation.symmetric and entry is not None and entry.mutual and not entry.reciprocal:
                    # "Qatar and Egypt restored ties": each restored them with the other
                    readings.append(_Reading(o, s, items, confidence - 0.05, "coordinated subjects"))
            return readings
        if relation.name == "protestsAgainst":
            objects = self._protested(doc, subjects, objects)
        for s, o in itertools.product(subjects, objects):
            readings.append(_Reading(s, o, items, confidence, how, owned_act, accusation))
        return readings

    def _statement_targets(
        self, doc: Doc, verb: Token, dobj: Token | None, entry: LexicalEntry | None, subjects: list[ActorMention]
    ) -> tuple[list[ActorMention], tuple[int, str] | None, str]:
        """Whom a statement is made to: its addressee ("said to Peru"); for a claim of responsibility, the
        ones the act it owns was done to, named with the act or by the violence reported in the two
        sentences before ("A bomb hit a Peruvian base. The rebels claimed the attack."). With the owned
        act's token and code (the earlier act's, when the owned one names no code of its own) and a
        note for the reading's ``how``."""
        addressees = [m for _p, pobj in _prep_objects(verb, {"to"}) for m in _actors(doc, pobj)]
        if addressees or not self._claims_responsibility(dobj, entry):
            return addressees, None, ""
        act = self._owned_act(verb, dobj)
        act_entry = self._entry(act) if act is not None else None
        code = self._entry_code(act_entry) if act_entry else ""
        if act is not None and (objects := self._acted_on(doc, act)):
            return objects, (act.i, code), "; target = the one the act it owns was done to"
        number, victims, earlier_code = self._recent_victims
        if self._sentence_number - number > 2:
            return [], None, ""
        victims = [v for v in victims if not any(_same_actor(v.actor, s.actor) for s in subjects)]
        owned = (act.i, act_entry.cameo or earlier_code) if act is not None and act_entry is not None else None
        return victims, owned if victims else None, "; target = the ones the violence just reported was done to"

    def _claims_responsibility(self, dobj: Token | None, entry: LexicalEntry | None) -> bool:
        """A statement owning up to an act: its object a responsibility noun, or coded so ("claimed the attack")."""
        code = self.vocab.word_set_codes.get("responsibility-nouns")
        return self._responsibility_noun(dobj) or (entry is not None and entry.cameo == code)

    def _responsibility_noun(self, token: Token | None) -> bool:
        return token is not None and token.lemma_.lower() in self.vocab.words("responsibility-nouns")

    def _owned_act(self, verb: Token, dobj: Token | None) -> Token | None:
        """The act a claim of responsibility (:meth:`_claims_responsibility`) owns: named with 'for' after a
        responsibility noun ("claimed responsibility for the attack", "took the blame for the shelling"),
        else the statement's own object ("claimed the bombing", "the raid was claimed by X")."""
        if self._responsibility_noun(dobj):
            acts = [pobj for holder in (verb, dobj) for _p, pobj in _prep_objects(holder, {"for"})]  # type: ignore[arg-type]
        else:
            acts = [dobj] if dobj is not None else [c for c in verb.children if c.dep_ == "nsubjpass"]
        return next((act for act in acts if act.pos_ == "NOUN" and self._entry(act) is not None), None)

    def _entry_code(self, entry: LexicalEntry) -> str:
        """An entry's own CAMEO code, else its relation's."""
        return entry.cameo or self.vocab.relations[entry.relation].cameo

    def _remember_victims(self, doc: Doc, sentence: Span) -> None:
        """Keep the ones the sentence's violence (CAMEO 18–20, done by anyone or no one named) was done to:
        "a bomb killed Peruvian soldiers", "three bombings took place in Lima" (the state of the place),
        for the claim of responsibility after it."""
        victims: list[ActorMention] = []
        for token in self._trigger_tokens(doc, sentence):
            entry = self._entry(token)  # the lexicon's own violent words (the dictionary's are costly to match twice)
            if entry is None or self._entry_code(entry)[:2] not in _VIOLENCE_ROOTS:
                continue
            if token.pos_ == "NOUN":
                victims = self._acted_on(doc, token)
                holders = [token, token.head] if token.dep_ == "nsubj" else [token]
            else:
                done_to = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
                victims = [m for c in done_to for m in _objects(doc, self.vocab, c)]
                holders = [token]
            for _prep, pobj in (pair for h in holders for pair in _prep_objects(h, {"in"})):
                victims = victims or [m for m in _place_actor(doc, pobj) if m.actor.type == "State"]
            if victims:
                self._recent_victims = (self._sentence_number, victims, self._entry_code(entry))

    def _acted_on(self, doc: Doc, act: Token) -> list[ActorMention]:
        """The ones an act was done to: "(responsibility) for the attack on Peru", "… for the killing
        of Peruvian soldiers", "… for the shelling of Lima" (a place: its state)."""
        entry = self._entry(act)
        prepositions = set(self.vocab.relations[entry.relation].object_prepositions) | {"of"} if entry else set()
        for _p, pobj in _prep_objects(act, prepositions):
            places = [m for m in _place_actor(doc, pobj) if m.actor.type == "State"]
            found = _objects(doc, self.vocab, pobj) or places
            if found:
                return found
        if act.dep_ == "pobj" and act.head.dep_ == "agent":
            # "oil facilities of Chile were hit by drone strikes": the strikes were on what was hit
            hit = [c for c in act.head.head.children if c.dep_ == "nsubjpass"]
            return [m for c in hit for m in _objects(doc, self.vocab, c)]
        return []

    def _plausible_transfer(self, trigger: Token, items: list[Item]) -> bool:
        """A transfer of something: named goods, or a verb that means supplying by itself —
        unless what is delivered is words ("delivered remarks to the troops")."""
        if any(item.commodity for item in items):
            return True
        if any(self._names_aid(item) for item in items):
            return True  # "gave Peru military aid": the noun itself names what is given
        spoken = any(
            item.text.split()[-1].lower().rstrip("s") in self.vocab.words("spoken-things")
            for item in items
            if item.text
        )
        return trigger.lemma_.lower() in self.vocab.words("transfer-verbs") and not spoken

    def _promised_goods(self, doc: Doc, dobj: Token) -> list[Token]:
        """What a promise names as given, with the aid it is "in" ("500 million euros in aid"), when
        that is goods or aid and not an actor; empty otherwise."""
        if mention_for(doc, dobj) is not None:
            return []
        heads = [dobj, *(t for t in dobj.subtree if t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ == "in")]
        goods = any(
            t.lemma_.lower() in self.vocab.commodity_keywords or self._aid_noun(t.lemma_.lower()) for t in heads
        )
        return heads if goods else []

    def _ended(self, noun: Token) -> bool:
        """An act named as what is ended or settled ("an end to the war between A and B", "resolve
        the conflict"): the background of the sentence's event, not an event of its own."""
        governor = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in {"to", "of"} else noun.head
        named = noun.dep_ == "dobj" or (noun.dep_ == "pobj" and governor is not noun.head)
        return named and governor.lemma_.lower() in self.vocab.words("ending-words")

    def _names_aid(self, item: Item) -> bool:
        """An item named by a noun that evokes supplying ("aid", "assistance")."""
        words = item.text.split()
        return bool(words) and self._aid_noun(words[-1].lower())

    def _aid_noun(self, lemma: str) -> bool:
        """A noun whose lexicon entry is a supplying ("aid", "assistance")."""
        return self.vocab.evokes(lemma, "NOUN") == "supplies"

    # -- nouns -------------------------------------------------------------------
    def _support_verb(self, noun: Token) -> Token | None:
        """The verb a noun is the object of, directly or through a preposition ("held a summit", "on a visit")."""
        if noun.dep_ in {"dobj", "attr", "nsubjpass", "oprd"} and noun.head.pos_ in {"VERB", "AUX"}:
            return noun.head
        if noun.dep_ == "pobj":
            prep = noun.head
            holder = prep.head
            if prep.lower_ in _SUPPORT_PREPOSITIONS and holder.pos_ in {"VERB", "AUX"}:
                return holder
            if prep.lower_ == "to" and holder.lemma_ in self.vocab.words("future-governors"):
                return holder  # "agreed to a summit": the ones who agreed hold it
            if prep.lower_ == "of" and holder.lower_ in {"ahead", "after"}:
                # "ahead of a meeting": the meeting's subject is the clause's subject
                governor = holder.head if holder.dep_ in {"advmod", "prep"} else holder
                return governor if governor.pos_ in {"VERB", "AUX"} else None
        return None

    def _noun_readings(self, doc: Doc, noun: Token, relation: RelationInfo) -> list[_Reading]:
        if mention_for(doc, noun) is not None or self._ended(noun):
            return []
        if noun.lemma_.lower() in self.vocab.words("document-nouns") and any(
            c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB" for c in noun.children
        ):
            return []  # "a declaration condemning X": its clause is the signatories' act, no pact among them
        subjects: list[ActorMention] = _possessor(doc, noun)
        how = "possessor"
        penalty = -0.1
        # Every actor in the modifiers before the noun: "the Kim-Putin summit", "US-Russia talks".
        modifiers = list(
            {
                id(m): m
                for c in noun.children
                if c.dep_ in {"compound", "amod", "nmod"} and c.i < noun.i
                for t in c.subtree
                if t.i < noun.i
                for m in _actors(doc, t, conjuncts=False) or [d for d in doc._.modifier_mentions or [] if d.head == t.i]
            }.values()
        )
        objects: list[ActorMention] = []
        item_heads: list[Token] = []
        recipients_first = False

        support = self._support_verb(noun)
        if support is not None and noun.dep_ == "dobj" and self._received(support, relation):
            return self._received_readings(doc, noun, support, subjects or modifiers)
        if not subjects:
            # "the appeal by Johnson's government", "an invasion by Russia", "objections from Chile":
            # the nominal's agent ('from' only where it names no target or giver: "withdrawal from")
            agents = (
                {"by"}
                if "from" in relation.object_prepositions or relation.frame == "TransferFrame"
                else {"by", "from"}
            )
            subjects = [
                m for _p, pobj in _prep_objects(noun, agents) for m in _actors(doc, pobj) or _possessor(doc, pobj)
            ]
            how = "agent ('by')" if subjects else how
        accuser = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in {"for", "of"} else None
        if not subjects and accuser is not None and accuser.lemma_ in self.vocab.words("accuse-verbs"):
            # "blamed Peru for the attack on Chile", "accused Peru of an invasion": the accused did it
            accused = [c for c in accuser.children if c.dep_ == "dobj"]
            subjects = [m for t in accused for m in _actors(doc, t)]
            how = f"the accused of '{accuser.text}'" if subjects else how
        if not subjects:
            # "Chile was responsible for / behind the attack", "held Chile responsible for …": the one
            # said to be responsible did it
            culprits = self._responsible_for(noun)
            subjects = [m for t in culprits for m in _actors(doc, t)]
            how = "the one responsible" if subjects else how
        made = [c for c in noun.children if c.dep_ == "acl" and any(g.dep_ == "agent" for g in c.children)]
        if not subjects and made:
            # "a phone call made by X to Y": the participle's agent, and its own prepositions
            subjects = [m for g in made[0].children if g.dep_ == "agent" for p in g.children for m in _actors(doc, p)]
            objects_made = [m for _p, pobj in _prep_objects(made[0], relation.object_prepositions | {"to"})
                            for m in _actors(doc, pobj)]  # fmt: skip
            how = f"agent of '{made[0].text}'" if subjects else how
        else:
            objects_made = []
        asked: list[ActorMention] = []
        if not subjects and relation.agent_prepositions:
            # "at the request of X", "the demand of the protesters": 'of' names who asks; asked is
            # whoever did what was asked ("she resigned at the request of X")
            subjects = [m for _p, pobj in _prep_objects(noun, relation.agent_prepositions) for m in _actors(doc, pobj)]
            if subjects and support is not None:
                asked = self._doers(doc, support)
            how = "agent ('of')" if subjects else how
        elif subjects and support is not None and relation.agent_prepositions and _at_ones_behest(noun):
            # "at the Iraqi government's request, US troops returned": the possessor asked them
            asked = self._doers(doc, support)
        if noun.dep_ == "appos":
            subjects = subjects or _actors(doc, noun.head, conjuncts=False)
            how = "apposition"
        elif noun.dep_ == "attr" and support is not None:
            subjects = subjects or [m for t in subject_tokens(support) for m in _actors(doc, t)]
            how = "copula"
        if not subjects and relation.symmetric:
            # "the trilateral meeting of Cyprus, Greece and Israel": the parties, each pair
            parties = [m for _p, pobj in _prep_objects(noun, {"of"}) for m in _actors(doc, pobj)]
            if len(parties) > 1:
                subjects, how = parties, "parties named with 'of'"
        of_parties = how == "parties named with 'of'"
        if not subjects and modifiers:
            subjects, modifiers = modifiers[:1], modifiers[1:]
            how = "modifier"
        if (
            support is not None
            and support.lemma_ in self.vocab.words("receive-verbs")
            and relation.frame == "TransferFrame"
        ):
            recipients = [m for t in subject_tokens(support) for m in _actors(doc, t)]
            if not recipients:
                recipients, _, _ = self._verb_subjects(doc, support)
            objects, recipients_first = recipients, True
            how = f"recipient = subject of '{support.text}'"
        elif (
            not subjects
            and support is not None
            and not _owned_by_another(noun)
            and (support.lemma_ in self.vocab.words("light-verbs") or noun.dep_ == "pobj")
        ):
            subjects, verb_penalty, _ = self._verb_subjects(doc, support)
            if not subjects and noun.head.lower_ == "in":  # "was locked in talks with X", "engaged in a war"
                subjects = [m for c in support.children if c.dep_ == "nsubjpass" for m in _actors(doc, c)]
            penalty += verb_penalty
            how = f"subject of '{support.text}'"
            if relation.frame == "VisitFrame":
                for _prep, pobj in _prep_objects(support, {"in", "to"}):
                    objects.extend(_actors(doc, pobj) or _place_actor(doc, pobj))
            else:
                # "granted asylum to five Panamanian officers", "held talks with Iran"
                for _prep, pobj in _prep_objects(support, relation.object_prepositions):
                    found = _objects(doc, self.vocab, pobj)
                    if not found and relation.name in _GOODS_ORIGIN_TARGET:
                        found = self._goods_origin(doc, pobj)
                    objects.extend(found)

        if not subjects and relation.name == "protestsAgainst":
            # "anti-government protests continued in Baghdad": the opposition there, against its government
            subjects, how, penalty = self._unnamed_protesters(doc, noun), "protesters where it happened", -0.15
        objects.extend(asked)
        objects.extend(objects_made)
        for prep, pobj in _prep_objects(noun, _NOUN_PREPOSITIONS | relation.object_prepositions | {"between", "in"}):
            if prep in relation.agent_prepositions or (of_parties and prep == "of"):
                continue
            if relation.frame == "TransferFrame" and prep in {"of", "with"}:
                item_heads.append(pobj)
                continue
            if prep == "between":
                # "a deal between A and B" is theirs, whoever announced or brokered it; the subject's
                # only when it is one of them ("Iran's deal between Iran and Iraq")
                parties = _party_actors(doc, pobj, self.vocab)
                ours = {m.actor.iri for m in subjects}
                hosted = support is not None and support.lemma_.lower() in self.vocab.words("host-verbs")
                # "to host a meeting between A and B": the host meets each
                if (hosted and subjects) or any(m.actor.iri in ours for m in parties):
                    objects.extend(m for m in parties if m.actor.iri not in ours)
                elif len(parties) >= 2:
                    subjects, objects = parties[:1], parties[1:]
                    how = "between"
                continue
            if prep == "in" and relation.frame != "VisitFrame":
                continue
            # The relation's own prepositions name a party ("talks with his counterpart, X"); others
            # may name a topic, whose possessor at most is a party ("a meeting on Palestinian reform").
            own = prep in relation.object_prepositions
            found = [
                m
                for t in (pobj, *pobj.conjuncts)
                for m in _actors(doc, t, conjuncts=False)
                or (_stand_ins(doc, self.vocab, t) if own else _possessor(doc, t, self.vocab))
            ]
            if relation.frame == "VisitFrame" and not found:
                found = _place_actor(doc, pobj)
            if not found and (own or prep == "of") and relation.name in _PLACE_PREPOSITION_TARGET:
                # "the bombing of Aleppo", "strikes on Kharkiv": force on a place is on its state
                found = [m for m in _place_actor(doc, pobj) if m.actor.type == "State"]
            if own and not found and relation.name in _GOODS_ORIGIN_TARGET:
                found = self._goods_origin(doc, pobj)  # "tariffs on Chilean steel"
            if found and not recipients_first:
                objects.extend(found)
        if not objects and modifiers:
            objects = modifiers
        if not objects and relation.symmetric:
            objects = self._trade_counterparts(doc, noun)
            how += "; counterpart: who is bought from or sold to" if objects else ""
        if relation.name == "protestsAgainst":
            objects = self._protested(doc, subjects, objects)
        casualty = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in {"in", "during"} else None
        if not objects and casualty is not None and casualty.lemma_ in self.vocab.words("casualty-verbs"):
            # "two civilians died in a US drone strike", "soldiers were wounded in an attack by X": on them
            objects = [
                m
                for c in casualty.children
                if c.dep_ in {"nsubj", "nsubjpass"}
                for m in _actors(doc, c) or _stand_ins(doc, self.vocab, c)
            ]
            how += f"; target = who '{casualty.text}' in it" if objects else ""
        under = _faced_by(noun, self.vocab)
        if not objects and under is not None and under.pos_ in {"VERB", "AUX"}:
            # "Turkey is under EU sanctions", "the city came under attack", "he went ahead despite
            # criticism by Greece": who is under it, or goes on despite it, is its target
            objects = [m for t in subject_tokens(under) for m in _actors(doc, t)]
            how += f"; target = who acts {noun.head.lower_} it"
        if relation.frame == "TransferFrame" and not item_heads:
            item_heads = [c for c in noun.children if c.dep_ in {"compound"} and mention_for(doc, c) is None]
        items = extract_items(doc, item_heads, self.vocab)

        if recipients_first and objects and not subjects:
            giver = self._implicit_counterpart(doc, noun, objects)
            if giver is not None:
                return [_Reading(giver, o, items, 0.35, how + "; giver implicit") for o in objects]
            return []
        if not objects and relation.symmetric and len(subjects) > 1:
            return [_Reading(s, o, items, 0.7 + penalty, how) for s, o in itertools.combinations(subjects, 2)]
        return [_Reading(s, o, items, 0.7 + penalty, how) for s, o in itertools.product(subjects, objects)]

    def _unnamed_protesters(self, doc: Doc, trigger: Token) -> list[ActorMention]:
        """Protesters the text does not name stand for the opposition of the state where they protest
        ("thousands demonstrated in Minsk against …", "protests in Lagos"): a place after 'in',
        'across', 'through' or 'outside' on the protest or on the verb it is an argument of."""
        holders = [trigger]
        if trigger.pos_ == "NOUN" and trigger.dep_ in {"nsubj", "dobj", "nsubjpass"}:
            holders.append(trigger.head)
        for holder in holders:
            for _prep, pobj in _prep_objects(holder, {"in", "across", "through", "outside", "throughout"}):
                states = [m for m in _place_actor(doc, pobj) if m.actor.type == "State"]
                if states:
                    place = states[0]
                    actor = sector_actor(place.actor, "OPP", self.vocab)
                    why = f"protesters in {pobj.text}"
                    return [ActorMention(place.start, place.end, actor, "implicit", why, pobj.i)]
        return []

    def _protested(self, doc: Doc, protesters: list[ActorMention], targets: list[ActorMention]) -> list[ActorMention]:
        """Whom protesters read from where they protest protest against: the one the text names, else
        their own state's government ("anti-government protests in Baghdad", "thousands marched in
        Minsk"), never that state as a whole."""
        if not protesters or any(p.rule != "implicit" and (p.actor.code or "")[3:6] != "OPP" for p in protesters):
            return targets  # only the opposition protests its own government by default
        named = [t for t in targets if not (t.actor.type == "State" and t.actor.country == protesters[0].actor.country)]
        if named:
            return named
        found = []
        for mention in protesters:
            state = self._state_of(doc, mention)
            if state is not None:
                government = sector_actor(state, "GOV", self.vocab)
                why = "the government of the protesters' state"
                found.append(ActorMention(mention.start, mention.end, government, "implicit", why, mention.head))
        return found

    @staticmethod
    def _state_of(doc: Doc, mention: ActorMention) -> Actor | None:
        """The state an actor belongs to, as the article names it (or the place it stands for)."""
        place = [m.actor for m in _place_actor(doc, doc[mention.head]) if m.actor.type == "State"]
        if place and place[0].country == mention.actor.country:
            return place[0]
        country = mention.actor.country
        named = [m.actor for m in (*(doc._.actor_mentions or []), *(doc._.modifier_mentions or []))]
        named += [state for _s, _e, state in doc._.places or [] if state is not None]
        return next((a for a in named if country and a.type == "State" and a.country == country), None)

    def _received(self, verb: Token, relation: RelationInfo) -> bool:
        """The verb's subject is on the receiving end of the act its object names ("drew criticism",
        "won backing"); transfers ("received aid") read their recipient themselves."""
        return relation.frame != "TransferFrame" and verb.lemma_.lower() in self.vocab.words("reception-verbs")

    def _received_readings(self, doc: Doc, noun: Token, verb: Token, owners: list[ActorMention]) -> list[_Reading]:
        """An act its target is said to receive: "Chile drew criticism from Peru", "won the backing of
        Peru", "faced Peruvian sanctions" are Peru's acts on Chile. With no giver named there is no claim:
        the subject did not act."""
        givers = list(owners)
        givers += [m for holder in (noun, verb) for _p, pobj in _prep_objects(holder, {"from", "by"})
                   for m in _actors(doc, pobj)]  # fmt: skip
        givers += [m for _p, pobj in _prep_objects(noun, {"of"}) for m in _actors(doc, pobj)]
        if not givers:
            return []
        recipients = [m for t in subject_tokens(verb) for m in _actors(doc, t)]
        if not recipients:
            recipients, _, _ = self._verb_subjects(doc, verb)
        how = f"giver of the '{noun.text}'; target = who {verb.text} it"
        return [_Reading(g, r, [], 0.6, how) for g in givers for r in recipients]

    def _implicit_counterpart(self, doc: Doc, noun: Token, present: list[ActorMention]) -> ActorMention | None:
        """The one other state named in this or the two previous sentences, if exactly one."""
        sentences = list(doc.sents)
        index = next(i for i, s in enumerate(sentences) if s.start <= noun.i < s.end)
        window_start = sentences[max(0, index - 2)].start
        excluded = {m.actor.country for m in present}
        states = {
            m.actor.iri: m
            for m in doc._.actor_mentions
            if window_start <= m.start < sentences[index].end
            and m.actor.type == "State"
            and m.actor.country not in excluded
        }
        if len(states) == 1:
            mention = next(iter(states.values()))
            return ActorMention(noun.i, noun.i + 1, mention.actor, "implicit", "the one other state in context", noun.i)
        return None

    # -- context -------------------------------------------------------------------
    def _remember_or_recall_date(
        self, token: Token, relation: str, when: tuple[str, date, date] | None
    ) -> tuple[str, date, date] | None:
        """A definite event noun without a date of its own ("the signing of the agreement", "joined the
        talks") takes the date of the same kind of event named in this or the previous sentence ("a joint
        declaration … signed in 2000")."""
        events = getattr(self, "_event_dates", {})
        number = getattr(self, "_sentence_number", 0)
        if when is not None:
            events[relation] = (number, when)
            return when
        noun: Token | None = token
        if token.pos_ == "VERB":  # "joined the talks": the talks named just before, and their date
            noun = next((c for c in token.children if c.dep_ == "dobj"), None)
            if noun is not None and noun.lemma_.lower() not in self.vocab.event_nouns:
                noun = None
        earlier = events.get(relation)
        if noun is not None and noun.pos_ == "NOUN" and _definite(noun) and earlier and number - earlier[0] <= 1:
            return earlier[1]
        return None

    def _narrated_sentence(self, doc: Doc, number: int, sentence: Span) -> tuple[int, _Day] | None:
        """A sentence that tells, in the simple past, what happened on a day it names ("On Monday the
        talks collapsed."), though it codes no act: the day the acts told after it happened on."""
        root = sentence.root
        if root.tag_ != "VBD" or not self._times_by_sentence.get(sentence.start):
            return None
        day = _narrated_day(self._date(doc, root, sentence, doc._.published), doc._.published)
        return (number, day) if day is not None else None

    def _date(self, doc: Doc, trigger: Token, sentence: Span, published: date | None) -> tuple[str, date, date] | None:
        clause = clause_of(trigger)
        candidates = []
        times = self._times_by_sentence.get(sentence.start)  # read once per document by __call__
        if times is None:
            times = [e for e in sentence.ents if e.label_ in {"DATE", "TIME"}]
        for entity in times:
            if entity.label_ not in {"DATE", "TIME"}:
                continue
            root = entity.root
            if trigger.i in {t.i for t in root.subtree} and trigger.i not in range(entity.start, entity.end):
                candidates.append((0, entity))  # a "when …" clause hanging off the date
            elif trigger.pos_ != "VERB" and _modifies_noun(root, trigger):
                candidates.append((1, entity))  # "the November 27 deal", not "a deal to finish it by 2025"
            elif clause_of(root) == clause:
                candidates.append((2, entity))
        current = clause
        for _ in range(4):
            if candidates or current.dep_ not in {"xcomp", "conj", "ccomp", "advcl", "acl", "relcl"}:
                break
            current = clause_of(current.head)
            for entity in times:
                if entity.label_ == "DATE" and clause_of(entity.root) == current:
                    candidates.append((3, entity))
        ranked = [entity for _, entity in sorted(candidates, key=lambda c: c[0])]
        return self._first_resolved(doc, ranked, published) or self._first_resolved(
            doc, _conjunct_times(clause, times), published
        )

    def _first_resolved(self, doc: Doc, times: list[Span], published: date | None) -> tuple[str, date, date] | None:
        """The first of ``times`` that resolves ("on Monday" read with its preposition)."""
        for entity in times:
            text = entity.text
            before = doc[entity.start - 1] if entity.start > 0 else None
            if before is not None and before.lower_ in {"in", "on", "since", "during", "last", "earlier", "later"}:
                text = f"{before.text} {text}"
            resolved = resolve_time(text, published, getattr(self, "_context_year", None))
            if resolved:
                return resolved
        return None

    def _location(self, doc: Doc, trigger: Token) -> str | None:
        places = [(start, end) for start, end, _state in doc._.places or []]
        for holder in (trigger, clause_of(trigger)):
            for _prep, pobj in _prep_objects(holder, {"in", "at"}):
                for start, end in places:
                    if start <= pobj.i < end:
                        return doc[start:end].text
                if pobj.ent_type_ in {"GPE", "LOC", "FAC"} and mention_for(doc, pobj) is None:
                    return doc[pobj.left_edge.i : pobj.i + 1].text
        return None

    def _reported_obligation(self, doc: Doc, verb: Token) -> tuple[list[_Reading], str]:
        """A statement that another actor must act is a demand on it: "Russia said Sudan must
        return the helicopter" → Russia requests of Sudan, CAMEO 100 (demand); with "should" it is
        an appeal, 020. Epistemic "must have" is neither."""
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.vocab.words("statement-verbs"):
            return [], ""
        readings: list[_Reading] = []
        code = "020"
        speakers, penalty, how = self._verb_subjects(doc, verb)
        for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}):
            auxiliaries = [c.lower_ for c in clause.children if c.dep_ == "aux"]
            if not any(a in self.vocab.words("obligation-modals") for a in auxiliaries) or "have" in auxiliaries:
                continue
            if "must" in auxiliaries:
                code = "100"
            obliged = [
                m
                for t in subject_tokens(clause)
                for m in _actors(doc, t, conjuncts=False) or _stand_ins(doc, self.vocab, t)
            ]
            for s, o in itertools.product(speakers, obliged):
                if o.actor.type == "State" and o.actor.country == s.actor.country:
                    continue  # "Johnson said Britain must leave": a government's own course, not a demand
                readings.append(
                    _Reading(s, o, [], 0.7 + penalty, f"{how}; '{' '.join(auxiliaries)}' in the complement")
                )
        return readings, code

    def _hostile_intent(self, verb: Token) -> str | None:
        """The CAMEO threat code when a promise's complement is a hostile act ("vowed to fight" → 138)."""
        for child in verb.children:
            if child.dep_ != "xcomp" or child.pos_ != "VERB":
                continue
            # The complement's verb decides ("agreed to lift embargoes" is no threat); a light verb
            # leaves it to its object ("vowed to wage war").
            known = self._entry(child) or (child.lemma_.lower(), "VERB") in self.vocab.lexicon
            words = [child] if known else [c for c in child.children if c.dep_ == "dobj"]
            for word in words:
                inner = self._entry(word)
                if inner is None:
                    continue
                act = self.vocab.relations[inner.relation]
                if act.name in {"attacks", "assaults"}:
                    return "138"  # threaten with military force
                if act.goldstein <= -4.0:
                    return "130"
        return None

    # -- codes and confidence ------------------------------------------------------------
    def _decisions_decide(self, doc: Doc, claims: list[Claim]) -> list[Claim]:
        """A verb of deciding whose complement codes an act codes none of its own ("voted to leave
        the EU" is the leaving, not an offer or a threat to the EU)."""
        triggers = {c.extra.get("trigger_index") for c in claims}
        deciding = self.vocab.words("decision-verbs")
        kept = []
        for claim in claims:
            index = claim.extra.get("trigger_index")
            verb = doc[index] if isinstance(index, int) else None
            coded_complement = (
                verb is not None
                and verb.lemma_ in deciding
                and any(c.dep_ == "xcomp" and c.i in triggers for c in verb.children)
            )
            if not coded_complement:  # else the complement's claim is the act
                kept.append(claim)
        return kept

    def _cooperation_kind(self, trigger: Token) -> str | None:
        """The CAMEO code of the kind of cooperation a modifier of the act's object (or of the event
        noun itself) names: "opened economic ties" → 061, "military cooperation" → 062."""
        objects = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
        heads = [trigger] if trigger.pos_ == "NOUN" else objects
        words = {c.lower_ for h in heads for c in h.children if c.dep_ in {"amod", "compound"}}
        for name in _COOPERATION_KINDS:
            if words & self.vocab.words(name):
                return self.vocab.word_set_codes.get(name)
        return None

    def _cameo(self, entry: LexicalEntry, relation: RelationInfo, items: list[Item]) -> str:
        if entry.cameo:
            return entry.cameo
        for item in items:
            commodity = self.vocab.commodities.get(item.commodity or "")
            if commodity is None:
                continue
            if relation.frame == "TransferFrame" and commodity.aid_code:
                return commodity.aid_code
            if relation.name == "offers" and commodity.aid_code:
                # a promise of aid is the intent to give it: 071 economic aid → 0331, 072 → 0332 …
                return "033" + commodity.aid_code[2] if commodity.aid_code[2] != "0" else "033"
            if relation.name in {"threatens", "warns"} and commodity.threat_code:
                return commodity.threat_code
        if relation.name == "offers" and any(self._names_aid(item) for item in items):
            return "033"  # "offered aid": the intent to give material aid
        return relation.cameo

    @staticmethod
    def _confidence(reading: _Reading, modality: str) -> float:
        confidence = reading.confidence
        for mention in (reading.subject, reading.object):
            if mention.rule in {"coreference", "context", "implicit", "surname"}:
                confidence -= 0.1
        return max(0.05, min(0.95, confidence))


@Language.factory(
    "geo_relations",
    assigns=["doc._.claims"],
    requires=["doc._.actor_mentions", "token.dep", "token.lemma"],
    default_config={},
)
def make_relation_extractor(nlp: Language, name: str) -> RelationExtractor:
    """Factory for the ``geo_relations`` component."""
    return RelationExtractor()
