"""Modality and attribution: how the source stands towards a claim, and who says so.

Walks from the word that evoked a claim up its dependency path:

* a complement of *deny*, *reject*, *refute* → ``denied``, attributed to the denier;
* *not*, *never*, *no* on the clause → ``negated``;
* *could*, *would*, *might*, *may*, *if*, *likely*, *possible*, *seek* … → ``hypothetical``;
* *will*, *plan to*, *ahead of* (an event) … → ``future``; *would* under a
  past-tense reporting verb is a back-shifted *will* (sequence of tenses);
* a complement of *say*, *tell*, *claim*, *report* …, a "…, X says" parenthetical
  or "according to X" → ``reported``, attributed to the speaker.

The most telling one wins: denied > negated > hypothetical > future > reported.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kg.actors.resolver import mention_for
from kg.model import Actor

__all__ = ["ACCUSE", "REPORT", "ModalityReading", "clause_of", "read_modality", "subject_tokens"]

DENY = {"deny", "reject", "refute", "dismiss", "rebuff"}
# "refused to send weapons": the sending did not happen, by the refuser's choice.
REFUSE = {"refuse", "decline", "fail"}
REPORT = {
    "say",
    "tell",
    "claim",
    "report",
    "allege",
    "state",
    "announce",
    "confirm",
    "insist",
    "add",
    "assert",
    "write",
    "testify",
    "contend",
    "argue",
    "warn",
    "accuse",
    "note",
    "reveal",
    "declare",
}
PREVENT = {"prevent", "stop", "bar", "ban", "block", "prohibit"}
DISSUADE = {"warn", "caution", "urge", "discourage", "advise", "deter"}
ACCUSE = {"accuse", "blame", "suspect", "charge", "criticize", "criticise", "condemn", "allege"}
HYPOTHETICAL_AUX = {"could", "would", "might", "may", "should", "can", "must"}
FUTURE_AUX = {"will", "shall", "'ll"}
# The complement of these has not happened: "seeks to buy", "threatened to shell", "vowed to retaliate".
HYPOTHETICAL_GOVERNORS = {"seek", "want", "hope", "try", "aim", "consider", "propose", "offer", "wish", "need", "ask",
                          "threaten", "vow"}  # fmt: skip
FUTURE_GOVERNORS = {"plan", "intend", "agree", "promise", "prepare", "expect", "schedule", "vow", "pledge", "set",
                    "decide"}  # fmt: skip
INTENT_ADJECTIVES = {"willing", "ready", "prepared", "determined", "eager", "set"}
HYPOTHETICAL_WORDS = {"likely", "possibly", "perhaps", "potentially", "possible", "potential", "probable", "maybe"}
REPORTED_WORDS = {"reportedly", "allegedly", "purportedly", "alleged", "reported", "suspected"}
CONDITIONAL_MARKS = {"if", "unless", "whether"}
FUTURE_PREPOSITIONS = {"ahead", "before"}
_RANK = {"asserted": 0, "reported": 1, "future": 2, "hypothetical": 3, "negated": 4, "denied": 5}


@dataclass(slots=True)
class ModalityReading:
    """The modality of one claim, who it is attributed to, and the words that decided it."""

    modality: str = "asserted"
    attributed_to: Actor | None = None
    cues: list[str] | None = None

    def raise_to(self, modality: str, cue: str) -> None:
        """Keep the more telling modality."""
        if _RANK[modality] > _RANK[self.modality]:
            self.modality = modality
        (self.cues if self.cues is not None else []).append(cue)


def clause_of(token: Token) -> Token:
    """The verb heading the clause a token belongs to (the token itself if it is a verb)."""
    current = token
    for _ in range(40):
        if current.pos_ in {"VERB", "AUX"} or current.dep_ == "ROOT":
            return current
        current = current.head
    return current


def subject_tokens(verb: Token) -> list[Token]:
    """The verb's grammatical subjects (passive agents included), with conjuncts."""
    found: list[Token] = []
    for child in verb.children:
        if child.dep_ in {"nsubj", "csubj"}:
            found.append(child)
        elif child.dep_ == "agent":
            found.extend(c for c in child.children if c.dep_ == "pobj")
    return [t for s in found for t in (s, *s.conjuncts)]


def _speaker(doc: Doc, verb: Token) -> Actor | None:
    for token in subject_tokens(verb):
        mention = mention_for(doc, token)
        if mention is not None:
            return mention.actor
    return None


def _clause_markers(
    doc: Doc, clause: Token, reading: ModalityReading, under_past_report: bool, trigger: Token | None = None
) -> None:
    for child in clause.children:
        lower = child.lower_
        if child.dep_ == "neg":
            reading.raise_to("negated", lower)
        elif child.dep_ == "aux" and lower in FUTURE_AUX:
            reading.raise_to("future", lower)
        elif child.dep_ == "aux" and lower in HYPOTHETICAL_AUX:
            if lower == "would" and under_past_report:
                reading.raise_to("future", "would (reported)")
            else:
                reading.raise_to("hypothetical", lower)
        elif (child.dep_ == "mark" and lower in CONDITIONAL_MARKS) or (
            child.dep_ in {"advmod", "amod", "acomp"} and lower in HYPOTHETICAL_WORDS
        ):
            reading.raise_to("hypothetical", lower)
        elif child.dep_ in {"advmod", "amod"} and lower in REPORTED_WORDS:
            reading.raise_to("reported", lower)
        elif child.dep_ == "prep" and lower == "according":
            for grandchild in child.subtree:
                mention = mention_for(doc, grandchild) if grandchild.dep_ == "pobj" else None
                if mention is not None:
                    reading.attributed_to = reading.attributed_to or mention.actor
                    reading.raise_to("reported", "according to")
                    break
        elif child.dep_ in {"parataxis", "ccomp"} and child.lemma_ in REPORT and child.i > clause.i:
            # A parenthetical in mid-sentence ("…, including, Washington says, supplying rockets") vouches
            # only for what follows it; at the end ("…, officials said.") for the whole clause.
            mid_sentence = child.right_edge.i < child.sent.end - 2
            if mid_sentence and trigger is not None and trigger.i < child.i:
                continue
            speaker = _speaker(doc, child)
            if speaker is not None:
                reading.attributed_to = reading.attributed_to or speaker
                reading.raise_to("reported", child.lemma_)


def _under_past_report(clause: Token) -> bool:
    head = clause.head
    return (
        clause.dep_ == "ccomp"
        and head.lemma_ in REPORT | {"confirm", "expect", "believe"}
        and head.tag_ in {"VBD", "VBN", "VBG"}
    )


def read_modality(doc: Doc, trigger: Token) -> ModalityReading:
    """Modality and attribution of the claim evoked by ``trigger``."""
    reading = ModalityReading(cues=[])
    for child in trigger.children:
        if trigger.pos_ == "NOUN" and child.dep_ == "amod" and child.lower_ in HYPOTHETICAL_WORDS:
            reading.raise_to("hypothetical", child.lower_)
        if trigger.pos_ == "NOUN" and child.dep_ == "amod" and child.lower_ in REPORTED_WORDS:
            reading.raise_to("reported", child.lower_)
        if trigger.pos_ == "NOUN" and child.dep_ == "det" and child.lower_ == "no":
            reading.raise_to("negated", "no")
    # A noun under "ahead of" / "before" is an event still to come.
    current = trigger
    for _ in range(4):
        if current.dep_ == "pobj" and current.head.lower_ == "of" and current.head.head.lower_ in FUTURE_PREPOSITIONS:
            reading.raise_to("future", "ahead of")
            break
        if current.dep_ == "pobj" and current.head.lower_ in FUTURE_PREPOSITIONS:
            reading.raise_to("future", current.head.lower_)
            break
        current = current.head
        if current.pos_ in {"VERB", "AUX"}:
            break

    clause = clause_of(trigger)
    _clause_markers(doc, clause, reading, _under_past_report(clause), trigger)
    current = clause
    for _ in range(12):
        if current.dep_ == "ROOT" or current.head is current:
            break
        dep, head = current.dep_, current.head
        lemma = head.lemma_
        if dep in {"pcomp", "pobj"} and head.dep_ == "prep" and head.lower_ in {"against", "from"}:
            governor = head.head.lemma_
            if governor in PREVENT:
                reading.raise_to("negated", governor)  # "stopped X from supplying": it did not happen
            elif governor in DISSUADE:
                reading.raise_to("hypothetical", governor)  # "warned X against supplying": it may
        if dep in {"pcomp", "pobj"} and head.dep_ == "prep" and head.head.lemma_ in ACCUSE:
            # "accused Pyongyang of supplying shells": an allegation, attributed to the accuser.
            reading.attributed_to = reading.attributed_to or _speaker(doc, head.head)
            reading.raise_to("reported", head.head.lemma_)
        if lemma in DENY and dep in {"xcomp", "ccomp", "dobj", "pcomp", "advcl"}:
            reading.raise_to("denied", lemma)
            reading.attributed_to = _speaker(doc, head) or reading.attributed_to
            break
        if dep == "xcomp" and lemma in REFUSE:
            reading.raise_to("negated", lemma)
        parenthetical = (
            head.i > current.i and head.i > trigger.i and any(c.i > head.i and c.dep_ != "punct" for c in head.children)
        )  # "…, Washington says, supplying rockets": the small model makes the aside the root
        if dep in {"ccomp", "xcomp"} and lemma in REPORT and not parenthetical:
            speaker = _speaker(doc, head)
            if speaker is not None and reading.attributed_to is None:
                reading.attributed_to = speaker
            reading.raise_to("reported", lemma)
        elif dep in {"xcomp", "ccomp", "dobj", "pcomp"} and lemma in HYPOTHETICAL_GOVERNORS:
            reading.raise_to("hypothetical", lemma)
        elif dep in {"xcomp", "ccomp"} and lemma in FUTURE_GOVERNORS:
            reading.raise_to("future", lemma)
        elif dep == "xcomp" and head.pos_ == "ADJ" and lemma in INTENT_ADJECTIVES:
            reading.raise_to("future", lemma)  # "is willing to withdraw": an announced intention
        if dep in {"xcomp", "conj", "advcl", "pcomp", "pobj", "prep", "dobj", "acl", "relcl"}:
            if head.pos_ in {"VERB", "AUX"}:
                _clause_markers(doc, head, reading, _under_past_report(head), trigger)
        elif dep == "ccomp" and head.pos_ in {"VERB", "AUX"}:
            # Only attribution and negation of a reporting clause carry down.
            for child in head.children:
                if child.dep_ == "prep" and child.lower_ == "according":
                    _clause_markers(doc, head, reading, False)
        current = head
    return reading
