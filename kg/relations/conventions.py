"""The event coders' derived readings: claims the codebook reads off other claims.

* A speaker who says another actor did something hostile or illegal also accuses it
  ("Washington said Pyongyang supplied rockets to Moscow" gives the reported supply and
  USA → PRK ``112``, asserted): see :func:`speaker_accusations`.

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

from kg.model import Claim
from kg.ontology import Vocabulary

__all__ = ["speaker_accusations"]

# CAMEO roots of acts a speaker accuses their actor of by reporting them: threats, protest,
# force posture, reduced relations, coercion, assault, fighting, mass violence; and military aid.
_HOSTILE_ROOTS = {"13", "14", "15", "16", "17", "18", "19", "20"}
_HOSTILE_CODES = {"072"}


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
