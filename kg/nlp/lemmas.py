"""Repair the lemmatizer's slips on regular verb forms the vocabulary knows.

English spells "waged" both as *wag* + "ed" and as *wage* + "d", and the model's rule lemmatizer
takes the first reading whenever *wag* is a word: "waged war" comes out as *wag*, "staged a
protest" as *stag*, "fined the bank" as *fin*, and no lexicon entry for *wage*, *stage* or *fine*
ever matches.  The ``geo_lemmas`` component gives such a verb its -e lemma when the form is that
lemma's regular inflection (+d, +s, -e+ing) and either the lemma the model chose is no verb the
vocabulary knows while the -e one is, or spelling rules the chosen one out: a one-syllable stem
doubles its last consonant ("rag" → "ragged"), so "raged" is *rage* when the vocabulary codes *rag*.

Example:
    >>> from kg.ontology import load_vocabulary
    >>> repairs = lemma_repairs(load_vocabulary())
    >>> repairs["wag"], repairs["rag"]
    ('wage', 'rage')
"""

from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, TAG
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc

from kg.ontology import Vocabulary, load_vocabulary

__all__ = ["VerbLemmaRepair", "known_verbs", "lemma_repairs"]

_INFLECTED_TAGS = ("VBD", "VBN", "VBG", "VBZ")
_ENDINGS = ("ed", "es", "ing")  # wag+ed = wage+d, wag+es = wage+s, wag+ing = wag(e)+ing


def known_verbs(vocab: Vocabulary) -> frozenset[str]:
    """Every verb lemma the vocabulary codes or uses: the dictionary's, the lexicon's, and the
    members of its verb word sets (``light-verbs``, ``hypothetical-governors`` …)."""
    verbs = set(vocab.verbs) | {lemma for lemma, pos in vocab.senses if pos == "VERB"}
    verbs |= {lemma for lemma, _other in vocab.collocations}
    for name in vocab.word_set_names():
        if name.endswith(("-verbs", "-governors")):
            verbs |= vocab.words(name)
    return frozenset(verb for verb in verbs if " " not in verb)


def lemma_repairs(vocab: Vocabulary) -> dict[str, str]:
    """Wrong lemma → right one: each known verb ending in -e whose stem is no known verb ("wag" →
    "wage", "stag" → "stage", "fin" → "fine"), and each known verb that doubles its last consonant
    before an ending, whose single-consonant forms can only be its -e twin's ("rag" → "rage":
    "ragged" is rag's, "raged" rage's; "hop" → "hope")."""
    verbs = known_verbs(vocab)
    repairs = {verb[:-1]: verb for verb in verbs if verb.endswith("e") and len(verb) > 3 and verb[:-1] not in verbs}
    repairs.update({verb: verb + "e" for verb in verbs if _doubles(verb)})
    return repairs


def _doubles(stem: str) -> bool:
    """A one-syllable stem ending in one vowel and one consonant: "hop" → "hopped", "hopping"."""
    vowels = "aeiou"
    groups = sum(1 for i, c in enumerate(stem) if c in vowels and (i == 0 or stem[i - 1] not in vowels))
    ends = len(stem) >= 3 and stem[-1] not in vowels + "wxy" and stem[-2] in vowels and stem[-3] not in vowels
    return groups == 1 and ends


class VerbLemmaRepair:
    """The ``geo_lemmas`` component: a verb form read as the wrong one of two stems gets the
    vocabulary's ("Peru waged war": *wage*, not *wag*)."""

    def __init__(self, vocab: Vocabulary | None = None) -> None:
        self.repairs = lemma_repairs(vocab or load_vocabulary())
        strings = StringStore()  # a string's hash is the same in every spaCy vocabulary
        self._wrong = numpy.array(sorted(strings.add(w) for w in self.repairs), dtype="uint64")
        self._tags = numpy.array([strings.add(t) for t in _INFLECTED_TAGS], dtype="uint64")

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        table = doc.to_array([TAG, LEMMA])
        candidates = numpy.isin(table[:, 1], self._wrong) & numpy.isin(table[:, 0], self._tags)
        for i in numpy.flatnonzero(candidates):  # a handful per article: the lookups stay in numpy
            token = doc[int(i)]
            stem = token.lemma_
            if any(token.lower_ == stem + ending for ending in _ENDINGS):
                token.lemma_ = self.repairs[stem]
        return doc


@Language.factory("geo_lemmas", requires=["token.tag", "token.lemma"], assigns=["token.lemma"], default_config={})
def make_lemma_repair(nlp: Language, name: str) -> VerbLemmaRepair:
    """Factory for the ``geo_lemmas`` component (the ontology's vocabulary)."""
    return VerbLemmaRepair()
