"""The event coders' derived readings: claims the codebook reads off other claims.

* A speaker who says another actor did something hostile or illegal also accuses it
  ("Washington said Pyongyang supplied rockets to Moscow" gives the reported supply and
  USA → PRK ``112``, asserted): see :func:`speaker_accusations`.

* Force used inside one state is coded by who uses it on whom, as the CAMEO codebook does:
  police or troops attacking their own state's protesters or dissidents is violent repression
  (``175``), protesters attacking their own state's police or government is a riot (``145``):
  see :func:`domestic_force`.

* An actor who admits an act of its own ("Iran acknowledged that its forces had shot down a
  Ukrainian airliner") acknowledges responsibility for it towards the one it was done to
  (``015``, asserted), beside the act itself: see :func:`admissions`.

* An actor who claims responsibility for an act ("the rebels claimed responsibility for the
  bombing of the barracks", "the raid was claimed by the rebels") reports it as its own: the act
  from the claimer to its target, ``reported`` and attributed to the claimer, beside the claim of
  responsibility (``015``): see :func:`claimed_acts`.

* A speaker's own words are their act, not a report of it: "the minister said, 'We condemn the
  attack'", "X wrote that she counts on Peru to show restraint" are asserted criticism and appeal
  (the act is done by the saying), where "the minister said, 'We attacked the base'" stays a
  report: see :func:`own_words`.

Each derived claim keeps the evidence of the claim it was read from and names it in
``extra["derived_from"]``; the derivation never changes the claim it starts from.

Example:
    >>> from kg.model import Actor, Claim, Evidence
    >>> from kg.ontology import load_vocabulary
    >>> usa = Actor("https://w3id.org/geokg/id/actor/USA", "United States", "State", "USA", "USA")
    >>> prk = Actor("https://w3id.org/geokg/id/actor/PRK", "North Korea", "State", "PRK", "PRK")
    >>> rus = Actor("https://w3id.org/geokg/id/actor/RUS", "Russia", "State", "RUS", "RUS")
    >>> said = Claim(prk, "supplies", rus, Evidence("a", "…", (0, 1), "x"), modality="reported",
    ...              attributed_to=usa, cameo="072")
    >>> [(c.subject.code, c.relation, c.object.code, c.cameo) for c in speaker_accusations([said], load_vocabulary())]
    [('USA', 'accuses', 'PRK', '112')]
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from spacy.tokens import Doc, Token

from kg.actors.resolver import mention_for
from kg.model import Claim
from kg.ontology import Vocabulary
from kg.relations.modality import clause_of, subject_tokens

__all__ = ["admissions", "claimed_acts", "domestic_force", "own_words", "speaker_accusations"]

# CAMEO roots of acts a speaker accuses their actor of by reporting them: threats, force posture,
# reduced relations, coercion, assault, fighting, mass violence; and military aid and riots (a peaceful
# protest reported is no accusation of the protesters).
_HOSTILE_ROOTS = {"13", "15", "16", "17", "18", "19", "20"}
_HOSTILE_CODES = {"072", "145"}


# Roots of armed and physical force (assault, fight), and the sectors a state applies it with and
# the sectors that dissent against it (CAMEO sector codes, the three letters after a country).
_FORCE_ROOTS = {"18", "19"}
_STATE_FORCE_SECTORS = {"", "GOV", "MIL", "COP", "SPY"}
_DISSENT_SECTORS = {"OPP"}


def _sector(code: str | None) -> str | None:
    """The first sector of a state actor's code ("" for the state itself), None for an IGO or no code."""
    if not code or code.startswith("IGO") or len(code) < 3:
        return None
    return code[3:6]


def domestic_force(claim: Claim, vocab: Vocabulary) -> Claim:
    """The claim recoded when it is force between a state's own forces and its dissenters.

    Example:
        >>> from kg.model import Actor, Claim, Evidence
        >>> from kg.ontology import load_vocabulary
        >>> police = Actor("https://w3id.org/geokg/id/actor/CHLCOP", "Chile (police)", "Police", "CHL", "CHLCOP")
        >>> crowd = Actor("https://w3id.org/geokg/id/actor/CHLOPP", "Chile (opposition)", "Opposition", "CHL", "CHLOPP")
        >>> shot = Claim(police, "attacks", crowd, Evidence("a", "…", (0, 1), "x"), cameo="190")
        >>> fixed = domestic_force(shot, load_vocabulary())
        >>> (fixed.relation, fixed.cameo)
        ('coerces', '175')
    """
    subject, target = _sector(claim.subject.code), _sector(claim.object.code)
    same_state = claim.subject.country is not None and claim.subject.country == claim.object.country
    if not same_state or (claim.cameo or "")[:2] not in _FORCE_ROOTS or subject is None or target is None:
        return claim
    if subject in _STATE_FORCE_SECTORS and target in _DISSENT_SECTORS:
        code, why = "175", "a state's forces using force on its own dissenters is violent repression (CAMEO 175)"
    elif subject in _DISSENT_SECTORS and target in _STATE_FORCE_SECTORS:
        code, why = "145", "dissenters using force on their own state's forces is a riot (CAMEO 145)"
    else:
        return claim
    relation = vocab.relation_for_code(code)
    if relation is None:
        return claim
    return replace(
        claim,
        relation=relation.name,
        cameo=code,
        plover=vocab.cameo_plover(code) or relation.plover,
        extra={**claim.extra, "rule": f"{claim.extra.get('rule', '')}; convention: {why}".lstrip("; ")},
    )


# CAMEO roots of acts done by speaking: statements, appeals, intents and promises, expressions of
# cooperation (praise, apology; not 057, signing, which is done with a pen), demands, disapproval,
# rejection, threats.
_SPOKEN_ROOTS = {"01", "02", "03", "05", "10", "11", "12", "13"}
_WRITTEN_CODES = {"057"}


def own_words(claim: Claim) -> Claim:
    """The claim as the speaker's own act when they report it of themselves in words.

    Example:
        >>> from kg.model import Actor, Claim, Evidence
        >>> chile = Actor("https://w3id.org/geokg/id/actor/CHL", "Chile", "State", "CHL", "CHL")
        >>> peru = Actor("https://w3id.org/geokg/id/actor/PER", "Peru", "State", "PER", "PER")
        >>> said = Claim(chile, "criticizes", peru, Evidence("a", "…", (0, 1), "x"), modality="reported",
        ...              attributed_to=chile, cameo="111")
        >>> (own_words(said).modality, own_words(said).attributed_to)
        ('asserted', None)
    """
    speaker, code = claim.attributed_to, claim.cameo or ""
    if claim.modality != "reported" or speaker is None or code[:2] not in _SPOKEN_ROOTS or code[:3] in _WRITTEN_CODES:
        return claim
    if speaker.iri != claim.subject.iri and not (speaker.code and speaker.code == claim.subject.code):
        return claim
    rule = f"{claim.extra.get('rule', '')}; convention: the speaker's own words are their act".lstrip("; ")
    return replace(claim, modality="asserted", attributed_to=None, extra={**claim.extra, "rule": rule})


def _hostile(claim: Claim) -> bool:
    code = claim.cameo or ""
    return code[:2] in _HOSTILE_ROOTS or code[:3] in _HOSTILE_CODES


def speaker_accusations(claims: Iterable[Claim], vocab: Vocabulary) -> list[Claim]:
    """An accusation (CAMEO 112, asserted) by the speaker of each reported hostile claim, of its actor."""
    accuses = vocab.relations["accuses"]
    derived: list[Claim] = []
    for claim in claims:
        speaker = claim.attributed_to
        if claim.modality != "reported" or speaker is None or not speaker.code or not _hostile(claim):
            continue
        if (speaker.country and speaker.country == claim.subject.country) or speaker.iri == claim.subject.iri:
            continue  # a state reporting its own act confirms it, it accuses no one
        derived.append(
            replace(
                claim,
                subject=speaker,
                relation=accuses.name,
                object=claim.subject,
                items=(),
                modality="asserted",
                attributed_to=None,
                date=None,
                date_start=None,
                date_end=None,
                cameo="112",
                plover=vocab.cameo_plover("112") or accuses.plover,
                extra={
                    **claim.extra,
                    "derived_from": claim.id,
                    "rule": "convention: a speaker who reports a hostile act accuses its actor (CAMEO 112)",
                },
            )
        )
    return derived


def admissions(doc: Doc, claims: Iterable[Claim], vocab: Vocabulary) -> list[Claim]:
    """An acknowledgement of responsibility (``words:admission-verbs``' code, CAMEO 015, asserted) for
    each hostile act whose clause is the complement of a verb of admitting said by its own actor or
    its state: "Chile admitted that its troops had shelled Peru" → Chile → Peru 015 (and the shelling)."""
    verbs = vocab.words("admission-verbs")
    code = vocab.word_set_codes.get("admission-verbs")
    relation = vocab.relation_for_code(code) if code else None
    if relation is None or code is None:
        return []
    derived: list[Claim] = []
    for claim in claims:
        index = claim.extra.get("trigger_index")
        if not isinstance(index, int) or not _hostile(claim) or claim.modality not in {"asserted", "reported"}:
            continue
        clause = clause_of(doc[index])
        verb = clause.head
        if clause.dep_ != "ccomp" or verb.lemma_.lower() not in verbs:
            continue
        admitters = [m for t in subject_tokens(verb) if (m := mention_for(doc, t)) is not None]
        own = [
            m.actor
            for m in admitters
            if m.actor.iri == claim.subject.iri or (m.actor.country and m.actor.country == claim.subject.country)
        ]
        if not own or not own[0].code:
            continue
        rule = f"convention: admitting one's own act ('{verb.text}') acknowledges it (CAMEO {code})"
        derived.append(
            _derived_at(claim, vocab, verb, code, rule, subject=own[0], modality="asserted", attributed_to=None)
        )
    return derived


def claimed_acts(doc: Doc, claims: Iterable[Claim], vocab: Vocabulary) -> list[Claim]:
    """The act each claim of responsibility owns (``extra["owned_act"]``: its token and code), reported by the claimer
    as its own: "the rebels claimed the bombing of the barracks" → rebels → barracks' owner, the
    bombing's code, ``reported``, attributed to the rebels. A claim denied or only hoped for owns none."""
    derived: list[Claim] = []
    for claim in claims:
        owned = claim.extra.get("owned_act")
        relation = vocab.relation_for_code(owned[1]) if isinstance(owned, list) and len(owned) == 2 else None
        if relation is None or claim.modality not in {"asserted", "reported"}:
            continue
        act, code = doc[owned[0]], owned[1]  # type: ignore[index]
        rule = f"convention: claiming responsibility for '{act.text}' reports it as one's own"
        derived.append(_derived_at(claim, vocab, act, code, rule, modality="reported", attributed_to=claim.subject))
    return derived


def _derived_at(claim: Claim, vocab: Vocabulary, trigger: Token, code: str, rule: str, **changes: Any) -> Claim:
    """A claim read off another, coded ``code`` at another word of its sentence, with its other changes."""
    relation = vocab.relation_for_code(code) or vocab.relations[claim.relation]
    extra = {k: v for k, v in claim.extra.items() if k != "owned_act"}
    return replace(
        claim,
        relation=relation.name,
        items=(),
        cameo=code,
        plover=vocab.cameo_plover(code) or relation.plover,
        trigger=trigger.text,
        extra={**extra, "trigger_index": trigger.i, "derived_from": claim.id, "rule": rule},
        **changes,
    )
