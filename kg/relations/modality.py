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

from kg.actors.resolver import ActorMention, mention_for
from kg.model import Actor
from kg.ontology import Vocabulary, load_vocabulary

__all__ = [
    "ModalityReading",
    "clause_of",
    "coordinated_with",
    "non_restrictive",
    "read_modality",
    "set_off",
    "subject_tokens",
]

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


def coordinated_with(verb: Token) -> Token:
    """The verb a conjunct is really coordinated with. A finite verb cannot share a modal's bare
    infinitive, so in "A predicted B would lose and asked C …" the small model's conjunct of "lose"
    belongs with "predicted": A asked, not B."""
    head = verb.head
    if (
        verb.dep_ == "conj"
        and verb.tag_ in {"VBD", "VBZ", "VBP"}
        and head.tag_ == "VB"
        and head.dep_ in {"ccomp", "xcomp"}
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
    ):
        return head.head
    return head


def _aimed_at(clause: Token, words: Vocabulary) -> str | None:
    """The noun of aim or attempt whose infinitive or gerund the clause is ("efforts to leave",
    "its bid for joining", "the goal of ousting"), if any: what it names is still to be done."""
    if clause.dep_ in {"acl", "xcomp"}:
        noun = clause.head
    elif clause.dep_ == "pcomp" and clause.head.dep_ == "prep":
        noun = clause.head.head
    else:
        return None
    lemma = noun.lemma_.lower()
    if noun.pos_ == "NOUN" and (lemma in words.words("aim-nouns") or lemma in words.words("attempt-nouns")):
        return lemma
    return None


def subject_tokens(verb: Token) -> list[Token]:
    """The verb's grammatical subjects (passive agents included), with conjuncts."""
    found: list[Token] = []
    for child in verb.children:
        if child.dep_ in {"nsubj", "csubj"}:
            found.append(child)
        elif child.dep_ == "agent":
            found.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "aux" and child.i < verb.i and not found:
            # "Chile has been urging …": the small model may hang the subject on an auxiliary
            found.extend(c for c in child.children if c.dep_ == "nsubj")
    return [t for s in found for t in (s, *s.conjuncts)]


def _speaker(doc: Doc, verb: Token) -> Actor | None:
    """Who the verb's subject is: the subject's actor, else the person an apposition in it names
    ("the head of the charity, Ana Ruiz, said …"), else the body it speaks for ("a spokesman for
    the ministry said …"); a verb coordinated with another shares its subject ("X stressed … and
    reiterated that …")."""
    subjects = subject_tokens(verb)
    if not subjects and verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        subjects = subject_tokens(verb.head)
    for token in subjects:
        mention = mention_for(doc, token) or _spokesperson(doc, token)
        if mention is not None:
            return mention.actor
    return None


def _spokesperson(doc: Doc, subject: Token) -> ActorMention | None:
    """The actor an unresolved subject stands for: the person named in apposition inside it, else the
    body its 'of'/'for' phrase names."""
    named = [m for t in subject.subtree if t.dep_ == "appos" and (m := mention_for(doc, t)) is not None]
    person = next((m for m in named if m.actor.type == "Person"), None)
    if person is not None:
        return person
    for preposition in (c for c in subject.children if c.dep_ == "prep" and c.lower_ in {"of", "for"}):
        body = next((mention_for(doc, c) for c in preposition.children if c.dep_ == "pobj"), None)
        if body is not None and body.actor.type != "Person":
            return body
    return None


def _clause_markers(
    doc: Doc,
    clause: Token,
    reading: ModalityReading,
    under_past_report: bool,
    words: Vocabulary,
    trigger: Token | None = None,
    own_tense: bool = False,
) -> None:
    """The markers on one clause's own words; with ``own_tense`` (a conjunct inflected for itself,
    "did not want A and calls on B") its negation and auxiliaries are left out: they are the clause's."""
    for child in clause.children:
        lower = child.lower_
        if own_tense and child.dep_ in {"neg", "aux"}:
            continue
        if child.dep_ == "neg":
            reading.raise_to("negated", lower)
        elif child.dep_ == "aux" and lower in words.words("future-auxiliaries"):
            reading.raise_to("future", lower)
        elif child.dep_ == "aux" and lower in words.words("hypothetical-auxiliaries"):
            if lower == "would" and under_past_report:
                reading.raise_to("future", "would (reported)")
            else:
                reading.raise_to("hypothetical", lower)
        elif (child.dep_ == "mark" and lower in words.words("conditional-conjunctions")) or (
            child.dep_ in {"advmod", "amod", "acomp"} and lower in words.words("hypothetical-words")
        ):
            reading.raise_to("hypothetical", lower)
        elif child.dep_ in {"advmod", "amod"} and lower in words.words("reported-words"):
            reading.raise_to("reported", lower)
        elif child.dep_ == "prep" and lower == "according":
            for grandchild in child.subtree:
                mention = mention_for(doc, grandchild) if grandchild.dep_ == "pobj" else None
                if mention is not None:
                    reading.attributed_to = reading.attributed_to or mention.actor
                    reading.raise_to("reported", "according to")
                    break
        elif (
            child.dep_ in {"parataxis", "ccomp"} and child.lemma_ in words.words("report-verbs") and child.i > clause.i
        ):
            # A parenthetical in mid-sentence ("…, including, Washington says, supplying rockets") vouches
            # only for what follows it; at the end ("…, officials said.") for the whole clause.
            mid_sentence = child.right_edge.i < child.sent.end - 2
            if mid_sentence and trigger is not None and trigger.i < child.i:
                continue
            speaker = _speaker(doc, child)
            if speaker is not None:
                reading.attributed_to = reading.attributed_to or speaker
                reading.raise_to("reported", child.lemma_)


def _under_past_report(clause: Token, words: Vocabulary) -> bool:
    head = clause.head
    return (
        clause.dep_ == "ccomp"
        and (head.lemma_ in words.words("report-verbs") or head.lemma_ in {"expect", "believe"})
        and head.tag_ in {"VBD", "VBN", "VBG"}
    )


def read_modality(doc: Doc, trigger: Token, vocab: Vocabulary | None = None) -> ModalityReading:
    """Modality and attribution of the claim evoked by ``trigger`` (words from ``vocab``'s word sets)."""
    words = vocab or load_vocabulary()
    reading = ModalityReading(cues=[])
    for child in trigger.children:
        if trigger.pos_ == "NOUN" and child.dep_ == "amod" and child.lower_ in words.words("hypothetical-words"):
            reading.raise_to("hypothetical", child.lower_)
        if trigger.pos_ == "NOUN" and child.dep_ == "amod" and child.lower_ in words.words("reported-words"):
            reading.raise_to("reported", child.lower_)
        ahead = child.lower_ in words.words("future-modifiers") and child.dep_ in {"amod", "compound"}
        if trigger.pos_ == "NOUN" and ahead:
            reading.raise_to("future", child.lower_)  # "the planned trip", "an upcoming summit"
        if trigger.pos_ == "NOUN" and child.dep_ == "det" and child.lower_ == "no":
            reading.raise_to("negated", "no")
    # A noun under "ahead of" / "before" is an event still to come.
    current = trigger
    for _ in range(4):
        if (
            current.dep_ == "pobj"
            and current.head.lower_ == "of"
            and current.head.head.lower_ in words.words("future-prepositions")
        ):
            reading.raise_to("future", "ahead of")
            break
        if current.dep_ == "pobj" and current.head.lower_ in words.words("future-prepositions"):
            reading.raise_to("future", current.head.lower_)
            break
        current = current.head
        if current.pos_ in {"VERB", "AUX"}:
            break

    own, presupposed = reading, _presupposed(trigger, words)
    if presupposed:  # the clause around it may only report or deny it: "a deal could back Chile's offensive"
        reading = ModalityReading(cues=[])
    clause = clause_of(trigger)
    _clause_markers(doc, clause, reading, _under_past_report(clause, words), words, trigger)
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and clause.lemma_ in words.words("deny-verbs"):
        reading.raise_to("denied", clause.lemma_)  # "Chile denied its attack on Peru": the act is denied
        reading.attributed_to = _speaker(doc, clause) or reading.attributed_to
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and clause.i == trigger.head.i:
        # "offered aid to Peru", "sought talks": what is offered or sought has not happened;
        # "promised aid" is announced for later
        if clause.lemma_ in words.words("hypothetical-governors"):
            reading.raise_to("hypothetical", clause.lemma_)
        elif clause.lemma_ in words.words("future-governors"):
            reading.raise_to("future", clause.lemma_)
    charged = trigger.dep_ == "pobj" and trigger.head.lower_ in {"for", "of"} and trigger.head.head.i == clause.i
    if trigger.pos_ == "NOUN" and charged and clause.lemma_ in words.words("accuse-verbs"):
        # "blamed Peru for the attack": the attack is the accuser's allegation
        reading.attributed_to = reading.attributed_to or _speaker(doc, clause)
        reading.raise_to("reported", clause.lemma_)
    to_clause = trigger.dep_ == "pobj" and trigger.head.lower_ == "to" and trigger.head.head.i == clause.i
    if trigger.pos_ == "NOUN" and to_clause and clause.lemma_ in words.words("future-governors"):
        reading.raise_to("future", clause.lemma_)  # "agreed to a summit", "committed to talks": still to come
    planned = clause.dep_ == "pcomp" and clause.head.dep_ == "prep" and clause.head.lower_ == "on"
    if planned and clause.head.head.lemma_ in words.words("future-governors"):
        reading.raise_to("future", clause.head.head.lemma_)  # "plans on leaving", "decided on sending"
    aim = _aimed_at(clause, words)
    if aim is not None:
        reading.raise_to("future", aim)  # "its efforts to leave the EU", "a bid to join NATO": not done yet
    for start, end, speaker in doc._.quotes or []:
        # a quoted statement is the speaker's: reported, attributed to them
        if start <= trigger.i < end and speaker is not None:
            reading.attributed_to = reading.attributed_to or speaker
            reading.raise_to("reported", "quote")
    current = clause
    for _ in range(12):
        if current.dep_ == "ROOT" or current.head.i == current.i:
            break
        dep, head = current.dep_, coordinated_with(current)
        if non_restrictive(current):
            break  # "asked Arce, who is backed by Peru, to resign": the aside is the writer's, not asked for
        lemma = head.lemma_
        if dep in {"pcomp", "pobj"} and head.dep_ == "prep" and head.lower_ in {"against", "from"}:
            governor = head.head.lemma_
            if governor in words.words("prevent-verbs"):
                reading.raise_to("negated", governor)  # "stopped X from supplying": it did not happen
            elif governor in words.words("dissuade-verbs"):
                reading.raise_to("hypothetical", governor)  # "warned X against supplying": it may
        if dep in {"pcomp", "pobj"} and head.dep_ == "prep" and head.head.lemma_ in words.words("accuse-verbs"):
            # "accused Pyongyang of supplying shells": an allegation, attributed to the accuser.
            reading.attributed_to = reading.attributed_to or _speaker(doc, head.head)
            reading.raise_to("reported", head.head.lemma_)
        if _object_gerund(current):
            dep = "dobj"  # "denied accusations of spying and trying to …": the gerund is one of the objects
        # "rejected the plan, calling it a sham": a participle set off by a comma is an act of its own
        aside = dep == "advcl" and current.tag_ == "VBG" and set_off(current)
        if lemma in words.words("deny-verbs") and dep in {"xcomp", "ccomp", "dobj", "pcomp", "advcl"} and not aside:
            reading.raise_to("denied", lemma)
            reading.attributed_to = _speaker(doc, head) or reading.attributed_to
            break
        if dep == "xcomp" and lemma in words.words("refuse-verbs"):
            reading.raise_to("negated", lemma)
        parenthetical = (
            head.i > current.i and head.i > trigger.i and any(c.i > head.i and c.dep_ != "punct" for c in head.children)
        )  # "…, Washington says, supplying rockets": the small model makes the aside the root
        if dep == "ccomp" and lemma in words.words("mandative-verbs"):
            reading.raise_to("hypothetical", lemma)  # "demanded that Chile withdraw": asked for, not done
        elif dep in {"ccomp", "xcomp"} and lemma in words.words("report-verbs") and not parenthetical:
            speaker = _speaker(doc, head)
            if speaker is not None and reading.attributed_to is None:
                reading.attributed_to = speaker
            reading.raise_to("reported", lemma)
        elif dep in {"xcomp", "ccomp", "dobj", "pcomp"} and lemma in words.words("hypothetical-governors"):
            reading.raise_to("hypothetical", lemma)
        elif dep == "xcomp" and lemma in words.words("appeal-verbs"):
            reading.raise_to("hypothetical", lemma)  # "urged Chile to withdraw": asked for, not done
        elif dep in {"xcomp", "ccomp"} and lemma in words.words("future-governors"):
            reading.raise_to("future", lemma)
        elif (
            dep == "xcomp"
            and lemma == "be"
            and not any(c.dep_ in {"acomp", "attr"} and c.i < current.i for c in head.children)
        ):
            reading.raise_to("future", "be to")  # "the two are to meet": arranged (not "it is vital to …")
        elif dep == "xcomp" and head.pos_ == "ADJ" and lemma in words.words("intent-adjectives"):
            reading.raise_to("future", lemma)  # "is willing to withdraw": an announced intention
        # ("acomp": the copula of "must be ready to …" carries the modal of the whole)
        # the small model labels the infinitive of "allow X to act" a ccomp: it is an xcomp all the same
        infinitive = dep == "ccomp" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in current.children)
        if infinitive or dep in {"xcomp", "conj", "advcl", "pcomp", "pobj", "prep", "dobj", "acl", "relcl", "acomp"}:
            if head.pos_ in {"VERB", "AUX"}:
                own_tense = dep == "conj" and current.tag_ in {"VBD", "VBZ", "VBP"}
                _clause_markers(doc, head, reading, _under_past_report(head, words), words, trigger, own_tense)
        elif dep == "ccomp" and head.pos_ in {"VERB", "AUX"}:
            # Only attribution and negation of a reporting clause carry down.
            for child in head.children:
                if child.dep_ == "prep" and child.lower_ == "according":
                    _clause_markers(doc, head, reading, False, words)
        current = head
    if presupposed:
        if reading.modality in {"reported", "denied"}:
            own.raise_to(reading.modality, f"{reading.modality} (around an act presented as fact)")
        own.attributed_to = own.attributed_to or reading.attributed_to
        return own
    return reading


def _object_gerund(verb: Token) -> bool:
    """A gerund the parser coordinates with a finite verb that has an object, though it has no subject
    or auxiliary of its own ("has denied charges of fraud and attempting to flee"): the small model's
    reading of a gerund coordinated with that object."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBG"
        and head.pos_ in {"VERB", "AUX"}
        and head.tag_ != "VBG"
        and any(c.dep_ == "dobj" and c.i < verb.i for c in head.children)
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children)
        and not any(c.dep_ == "punct" and c.lower_ == "," and c.i == verb.i - 1 for c in head.children)
    )


def non_restrictive(clause: Token) -> bool:
    """A relative clause set off by a comma (", who …", ", which …"): it tells something of its
    own about the noun, outside the scope of the verbs above that noun.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("en")("Peru , which")
        >>> non_restrictive(doc[2])  # a blank pipeline has no parse: no relative clause
        False
    """
    return clause.dep_ == "relcl" and set_off(clause)


def set_off(clause: Token) -> bool:
    """The clause follows a comma (", which …", ", calling it a sham", ", to avoid a crisis,").

    Example:
        >>> import spacy
        >>> doc = spacy.blank("en")("Peru , which")
        >>> set_off(doc[2]), set_off(doc[0])
        (True, False)
    """
    first = clause.left_edge
    return first.i > 0 and first.nbor(-1).text == ","


def _presupposed(trigger: Token, words: Vocabulary) -> bool:
    """An event noun the text presents as fact inside another clause: owned ("Chile's offensive", "its
    invasion") and not the object of its own light verb ("could launch its offensive" is still to come)."""
    if trigger.pos_ != "NOUN" or not any(c.dep_ == "poss" for c in trigger.children):
        return False
    governor = clause_of(trigger)
    own_verb = trigger.dep_ in {"dobj", "nsubjpass"} and trigger.head.i == governor.i
    return not (own_verb and governor.lemma_ in words.words("light-verbs"))
