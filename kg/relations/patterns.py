"""Match a verb's arguments against the CAMEO verb dictionary's patterns.

The dictionary (``ontologies/lexicon-cameo.ttl``, compiled into :class:`kg.ontology.Vocabulary`
tables at load) groups verbs into blocks; each block has a default code and patterns that name
words around the verb: ``- * AID [070]`` ("rushed aid to …"), ``- * (TO BORDER) [154]``,
``- &MILITARY * EXERCISES [062:062]``.  Matching reads the parse, not the string: a pattern's
object words must be among the words of the verb's object, particles and complements, its
prepositional phrases among the verb's (or its object's) prepositions and their objects, its
subject words among the subject's.  The most specific pattern that matches gives the code,
else the verb's own code (or its block's).

Every lookup is a hash lookup: the verb's senses by lemma, and a block's patterns by an anchor
word each must see (the words of the verb's arguments are the keys), tried most specific first.

Example:
    >>> from kg.ontology import load_vocabulary
    >>> vocab = load_vocabulary()
    >>> words = ArgumentWords(objects=frozenset({"aid"}), prepositions={"to": frozenset({"somalia"})},
    ...                       actor_prepositions=frozenset({"to"}))
    >>> match_verb("rush", words, vocab).code
    '070'
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from spacy.tokens import Token

from kg.ontology import DictionaryVerb, PrepPhrase, Slot, VerbPattern, Vocabulary, singular

__all__ = ["ArgumentWords", "CodedVerb", "argument_words", "match_verb", "singular"]

# Dependents whose words a pattern's object words may name: the object, particles and the
# words that complete the predicate ("set off", "put forward", "stage a mock attack").
_OBJECT_DEPS = {"dobj", "prt", "attr", "oprd", "acomp", "xcomp", "advmod", "npadvmod", "dative", "nsubjpass", "iobj"}
# Inside an argument, words of a clause of its own are not the argument's ("an attack that killed …").
_CLAUSE_DEPS = {"relcl", "acl", "ccomp", "advcl", "parataxis", "appos"}


@dataclass(frozen=True, slots=True)
class ArgumentWords:
    """The words around a verb a pattern can name, as lower-case forms and lemmas."""

    subjects: frozenset[str] = frozenset()
    objects: frozenset[str] = frozenset()
    prepositions: Mapping[str, frozenset[str]] = field(default_factory=dict)
    """Preposition → the words of its object ("to" → {"border"})."""
    actor_prepositions: frozenset[str] = frozenset()
    """Prepositions whose object names an actor or a place ("to Moscow"): a pattern's bare
    preposition ("- * (TO) [042:043]") stands for such a target."""
    unmarked_objects: frozenset[str] | None = None
    """The object words without the 'to' that marks an infinitive ("ordered his staff to delay"):
    a pattern whose object is a preposition alone ("- * TO [030]") names no such marker. None when
    not known (every object word then counts)."""


@dataclass(frozen=True, slots=True)
class CodedVerb:
    """What the dictionary says of a verb in its sentence: the code and the pattern that gave it."""

    verb: DictionaryVerb
    code: str
    pattern: VerbPattern | None
    target_prepositions: frozenset[str] = frozenset()

    @property
    def reciprocal(self) -> bool:
        """The pattern codes the same act both ways ("[046:046]": they negotiate with each other)."""
        return self.pattern is not None and self.pattern.reverse_code == self.pattern.code


def _words(tokens: Iterable[Token]) -> set[str]:
    found: set[str] = set()
    for token in tokens:
        found.add(token.lower_)
        found.add(token.lemma_.lower())
    return found


def _argument_tokens(head: Token, *, prepositions: bool = True) -> list[Token]:
    """The head and its modifiers, without the clauses inside it (nor, if asked, its prepositional phrases)."""
    tokens = [head]
    for child in head.children:
        if child.dep_ in _CLAUSE_DEPS or child.is_punct or (child.dep_ == "prep" and not prepositions):
            continue
        tokens.extend(_argument_tokens(child))
    return tokens


def argument_words(
    verb: Token, names_actor: Callable[[Token], bool] | None = None, *, complements: bool = True
) -> ArgumentWords:
    """The words of a verb's subject, object and complements, and of its prepositional phrases
    (and its object's: "imposed sanctions on Iran"); ``names_actor`` says which prepositions'
    objects are actors or places.  Without ``complements``, an infinitive complement's words are
    left out: in "told Chile to withdraw" the withdrawal is Chile's act, not the teller's."""
    subjects: set[str] = set()
    actor_prepositions: set[str] = set()
    objects: set[str] = set()
    unmarked: set[str] = set()
    prepositions: dict[str, set[str]] = {}
    holders = [verb]
    for child in verb.children:
        if child.dep_ in {"nsubj", "csubj"}:
            subjects |= _words(_argument_tokens(child))
        elif child.dep_ == "agent":
            for pobj in child.children:
                subjects |= _words(_argument_tokens(pobj))
        elif child.dep_ in _OBJECT_DEPS and (complements or child.dep_ != "xcomp"):
            tokens = _argument_tokens(child, prepositions=False)
            objects |= _words(tokens)
            unmarked |= _words(t for t in tokens if not (t.tag_ == "TO" and t.dep_ == "aux"))
            if child.dep_ in {"dobj", "nsubjpass", "xcomp"}:
                holders.append(child)
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep":
                words = prepositions.setdefault(child.lower_, set())
                for grandchild in child.children:
                    if grandchild.dep_ in {"pobj", "pcomp"}:
                        words |= _words(_argument_tokens(grandchild))
                        if names_actor is not None and names_actor(grandchild):
                            actor_prepositions.add(child.lower_)
    return ArgumentWords(
        frozenset(subjects),
        frozenset(objects),
        {p: frozenset(w) for p, w in prepositions.items()},
        frozenset(actor_prepositions),
        frozenset(unmarked),
    )


def _slot_in(slot: Slot, words: frozenset[str]) -> bool:
    return any(all(w in words for w in phrase) for phrase in slot)  # singular variants are in the slot


def _phrase_in(phrase: PrepPhrase, words: ArgumentWords) -> bool:
    found = words.prepositions.get(phrase.preposition)
    if found is None:
        return False
    if not phrase.words and not phrase.marks_source:
        return phrase.preposition in words.actor_prepositions  # "(TO)": to someone or somewhere
    return all(_slot_in(slot, found) for slot in phrase.words)


def _object_slot_in(slot: Slot, words: ArgumentWords, prepositions: frozenset[str]) -> bool:
    """A slot of the pattern's object is among the object's words; a lone preposition ("- * TO")
    is no infinitive's marker: "ordered his staff to delay …" does not head to anywhere."""
    if words.unmarked_objects is not None and all(len(p) == 1 and p[0] in prepositions for p in slot):
        return _slot_in(slot, words.unmarked_objects)
    return _slot_in(slot, words.objects)


def _matches(pattern: VerbPattern, words: ArgumentWords, prepositions: frozenset[str] = frozenset()) -> bool:
    return (
        all(_object_slot_in(slot, words, prepositions) for slot in pattern.object)
        and all(_phrase_in(phrase, words) for phrase in pattern.phrases)
        and all(_slot_in(slot, words.subjects) for slot in pattern.subject)
    )


def _sense(lemma: str, words: ArgumentWords, vocab: Vocabulary) -> DictionaryVerb | None:
    """The verb's sense: a multi-word verb whose other words are there ("call off"), else the verb."""
    senses = vocab.verbs.get(lemma, ())
    near = words.objects | frozenset(words.prepositions)
    for sense in senses:
        if all(p in near for p in sense.particles):
            return sense
    return None


def _written_for(lemma: str, matched: list[VerbPattern]) -> VerbPattern:
    """The first of equally specific matching patterns, or the one among them the dictionary wrote
    for this verb of the block ("- * &TREATY [057] # RATIFY" over "- * &TREATY
    [031] # APPROVE" for "ratified the treaty")."""
    mark = "# " + lemma.upper()
    return next((p for p in matched if p.text.rstrip().upper().endswith(mark)), matched[0])


def match_verb(lemma: str, words: ArgumentWords, vocab: Vocabulary) -> CodedVerb | None:
    """The code the dictionary gives a verb with these arguments, or None (no such verb, a
    blocking pattern, or no code for the verb alone)."""
    verb = _sense(lemma, words, vocab)
    if verb is None:
        return None
    patterns = vocab.patterns.get(verb.block, ())
    index = vocab.pattern_index.get(verb.block, {})
    keys = words.objects | words.subjects | frozenset(words.prepositions)
    candidates = sorted({p for key in keys for p in index.get(key, ())})  # most specific first
    matched: list[VerbPattern] = []
    for pattern in (patterns[p] for p in candidates):
        if matched and pattern.specificity < matched[0].specificity:
            break  # only patterns as specific as the first match compete with it
        if _matches(pattern, words, vocab.pattern_prepositions):
            matched.append(pattern)
    if matched:
        pattern = _written_for(lemma, matched)
        if pattern.code is None:
            return None
        return CodedVerb(verb, pattern.code, pattern, pattern.target_prepositions)
    if verb.code is None:
        return None
    return CodedVerb(verb, verb.code, None)
