"""Time expressions resolved against the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from kg.relations.timex import day_bound, resolve_time

PUBLISHED = date(2023, 9, 12)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Sunday", "2023-09-10"),
        ("Tuesday", "2023-09-12"),
        ("last week", "2023-09-04/2023-09-10"),
        ("in 2022", "2022"),
        ("in the 1980s", "1980/1989"),
        ("in July", "2023-07"),
        ("in November", "2022-11"),
        ("Earlier this month", "2023-09"),
        ("later this week", "2023-09-12/2023-09-17"),
        ("September 12, 2023", "2023-09-12"),
        ("yesterday", "2023-09-11"),
    ],
)
def test_timex_resolves_relative_and_absolute_dates(text, expected):
    resolved = resolve_time(text, PUBLISHED)
    assert resolved is not None and resolved[0] == expected
    assert resolved[1] <= resolved[2]


@pytest.mark.parametrize("text", ["for decades", "the coming days", "recently"])
def test_timex_leaves_vague_expressions_unresolved(text):
    assert resolve_time(text, PUBLISHED) is None


def test_timex_relative_dates_need_a_publication_date():
    assert resolve_time("last week", None) is None
    assert resolve_time("in 2019", None) is not None


def test_timex_that_year_and_that_month_refer_to_the_year_the_article_named():
    published = date(2019, 5, 1)
    assert resolve_time("earlier that year", published, context_year=2014)[0] == "2014"
    assert resolve_time("that February", published, context_year=2014)[0] == "2014-02"
    assert resolve_time("earlier that year", published)[0] == "2019"  # no year named: the article's


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("on December 30", date(2021, 1, 4), "2020-12-30"),  # named just after the new year
        ("Feb. 3", date(2021, 1, 20), "2021-02-03"),  # a day two weeks ahead is this year's
        ("the 14th of June", date(2018, 6, 20), "2018-06-14"),
        ("since April 2", date(2021, 1, 20), "2020-04-02"),  # "since" looks back
    ],
)
def test_timex_a_day_of_the_month_without_a_year_is_the_occurrence_nearest_publication(text, published, expected):
    assert resolve_time(text, published)[0] == expected


def test_timex_last_weekday_is_never_today_or_yesterday():
    friday = date(2022, 4, 8)
    assert resolve_time("last Thursday", friday)[0] == "2022-03-31"  # yesterday would be "yesterday"
    assert resolve_time("last Friday", friday)[0] == "2022-04-01"
    assert resolve_time("last Tuesday", friday)[0] == "2022-04-05"
    assert resolve_time("on Thursday", friday)[0] == "2022-04-07"


def _met_on_sunday_then(rows: list) -> list:
    # "Chile and Peru met on Sunday. <the rows given>"
    return [
        ("Chile", "Chile", "PROPN", "NNP", "nsubj", 3),
        ("and", "and", "CCONJ", "CC", "cc", 0),
        ("Peru", "Peru", "PROPN", "NNP", "conj", 0),
        ("met", "meet", "VERB", "VBD", "ROOT", 3),
        ("on", "on", "ADP", "IN", "prep", 3),
        ("Sunday", "Sunday", "PROPN", "NNP", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 3),
        *[(w, lemma, pos, tag, dep, head + 7) for w, lemma, pos, tag, dep, head in rows],
    ]


def test_timex_a_participle_set_after_a_past_verb_is_dated_as_that_verb(claims_of):
    # "Chile and Peru met on Sunday. Bolivia dismissed the Chilean offer, branding it a ploy."
    claims = claims_of(
        _met_on_sunday_then(
            [
                ("Bolivia", "Bolivia", "PROPN", "NNP", "nsubj", 1),
                ("dismissed", "dismiss", "VERB", "VBD", "ROOT", 1),
                ("the", "the", "DET", "DT", "det", 4),
                ("Chilean", "chilean", "ADJ", "JJ", "amod", 4),
                ("offer", "offer", "NOUN", "NN", "dobj", 1),
                (",", ",", "PUNCT", ",", "punct", 1),
                ("branding", "brand", "VERB", "VBG", "advcl", 1),
                ("it", "it", "PRON", "PRP", "dobj", 6),
                ("a", "a", "DET", "DT", "det", 9),
                ("ploy", "ploy", "NOUN", "NN", "oprd", 6),
                (".", ".", "PUNCT", ".", "punct", 1),
            ]
        ),
        ents=[(5, 6, "DATE"), (7, 8, "GPE"), (10, 11, "NORP")],
    )
    calling = next(c for c in claims if c.trigger == "branding")
    assert (calling.date, calling.date_source) == ("2023-09-10", "context")


@pytest.mark.parametrize(
    ("word", "tag", "expected"),
    [
        ("criticized", "VBD", ("2023-09-10", "context")),  # a past act: the day last narrated
        ("criticizes", "VBZ", ("2023-09-12", "article")),  # present or future: the article's date
    ],
)
def test_an_act_the_text_leaves_undated_is_dated_by_the_narrative_only_in_the_past(claims_of, word, tag, expected):
    # "Chile and Peru met on Sunday. Chile criticized (criticizes) Bolivia."
    claims = claims_of(
        _met_on_sunday_then(
            [
                ("Chile", "Chile", "PROPN", "NNP", "nsubj", 1),
                (word, "criticize", "VERB", tag, "ROOT", 1),
                ("Bolivia", "Bolivia", "PROPN", "NNP", "dobj", 1),
                (".", ".", "PUNCT", ".", "punct", 1),
            ]
        ),
        ents=[(5, 6, "DATE")],
    )
    criticism = next(c for c in claims if c.relation == "criticizes")
    assert (criticism.date, criticism.date_source) == expected


@pytest.mark.parametrize(
    ("auxiliary", "tag", "expected"),
    [("was", "VBD", ("2023-09-10", "context")), ("is", "VBZ", ("2023-09-12", "article"))],
)
def test_a_passive_act_or_its_event_noun_is_dated_by_the_narrative_in_the_past(claims_of, auxiliary, tag, expected):
    # "Chile and Peru met on Sunday. Bolivia was (is) condemned by Chile."
    claims = claims_of(
        _met_on_sunday_then(
            [
                ("Bolivia", "Bolivia", "PROPN", "NNP", "nsubjpass", 2),
                (auxiliary, "be", "AUX", tag, "auxpass", 2),
                ("condemned", "condemn", "VERB", "VBN", "ROOT", 2),
                ("by", "by", "ADP", "IN", "agent", 2),
                ("Chile", "Chile", "PROPN", "NNP", "pobj", 3),
                (".", ".", "PUNCT", ".", "punct", 2),
            ]
        ),
        ents=[(5, 6, "DATE")],
    )
    condemnation = next(c for c in claims if c.cameo.startswith("11"))
    assert (condemnation.date, condemnation.date_source) == expected


def _past_act(subject: str, verb: str, lemma: str, obj: str) -> list:
    return [
        (subject, subject, "PROPN", "NNP", "nsubj", 1),
        (verb, lemma, "VERB", "VBD", "ROOT", 1),
        (obj, obj, "PROPN", "NNP", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]


@pytest.mark.parametrize(("gap", "expected"), [(0, ("2023-09-10", "context")), (3, ("2023-09-12", "article"))])
def test_a_narration_keeps_its_day_while_its_past_acts_follow_each_other(claims_of, gap, expected):
    # "Chile and Peru met on Sunday. Chile praised Peru. Peru thanked Chile. Chile criticized Bolivia.":
    # the last act is three sentences after the dated one, one after the act dated by it; with
    # `gap` undated sentences in between the narration has stopped.
    later = [*_past_act("Chile", "praised", "praise", "Peru"), *_past_act("Peru", "thanked", "thank", "Chile")]
    filler = [row for _ in range(gap) for row in _past_act("It", "rained", "rain", "there")]
    rows = [*later, *filler, *_past_act("Chile", "criticized", "criticize", "Bolivia")]
    rows = [(w, lemma, pos, tag, dep, head + 4 * (i // 4)) for i, (w, lemma, pos, tag, dep, head) in enumerate(rows)]
    claims = claims_of(_met_on_sunday_then(rows), ents=[(5, 6, "DATE")])
    criticism = next(c for c in claims if c.relation == "criticizes")
    assert (criticism.date, criticism.date_source) == expected


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2023-03", date(2023, 3, 1), date(2023, 3, 31)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        ("2023-03-05", date(2023, 3, 5), date(2023, 3, 5)),
        ("2023", date(2023, 1, 1), date(2023, 12, 31)),
        ("March 2023", date(2023, 3, 1), date(2023, 3, 31)),
    ],
)
def test_timex_a_filter_date_is_the_month_or_day_it_names(text, first, last):
    assert (day_bound(text), day_bound(text, end=True)) == (first, last)


@pytest.mark.parametrize("text", ["2023-13", "2023-02-30", "someday"])
def test_timex_a_filter_date_that_is_no_date_is_an_error(text):
    from kg.errors import InputError

    with pytest.raises(InputError, match="cannot read the date"):
        day_bound(text)


def test_timex_a_dated_sentence_without_an_act_dates_the_acts_told_after_it(claims_of):
    # "On Monday the talks collapsed. Peru accused Chile of bad faith." (published Friday 2024-05-10):
    # the accusation is told in Monday's story
    rows = [
        ("On", "on", "ADP", "IN", "prep", 4),
        ("Monday", "Monday", "PROPN", "NNP", "pobj", 0),
        ("the", "the", "DET", "DT", "det", 3),
        ("talks", "talk", "NOUN", "NNS", "nsubj", 4),
        ("collapsed", "collapse", "VERB", "VBD", "ROOT", 4),
        (".", ".", "PUNCT", ".", "punct", 4),
        ("Peru", "Peru", "PROPN", "NNP", "nsubj", 7),
        ("accused", "accuse", "VERB", "VBD", "ROOT", 7),
        ("Chile", "Chile", "PROPN", "NNP", "dobj", 7),
        ("of", "of", "ADP", "IN", "prep", 7),
        ("bad", "bad", "ADJ", "JJ", "amod", 11),
        ("faith", "faith", "NOUN", "NN", "pobj", 9),
        (".", ".", "PUNCT", ".", "punct", 7),
    ]
    claims = claims_of(rows, ents=[(1, 2, "DATE"), (6, 7, "GPE"), (8, 9, "GPE")], published=date(2024, 5, 10))
    assert [(c.subject.code, c.object.code, c.date, c.date_source) for c in claims] == [
        ("PER", "CHL", "2024-05-06", "context")
    ]
