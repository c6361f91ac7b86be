"""Mission closures, openings and network sizes: a table of news sentences (tests/missions_table.py),
attribution and evidence, merging within an article, and properties that hold for any text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from missions_table import ARTICLES, BUGS_CAUGHT, MUST_NOT_PARSE, MUST_PARSE, PUBLISHED

from diplomacy_facts.dates import parse_published
from diplomacy_facts.missions import extract_missions
from diplomacy_facts.model import Closure, Fact, MissionCount, Opening
from diplomacy_facts.text import read_document


def facts_of(text: str, published: str | None = PUBLISHED) -> list[Fact]:
    return extract_missions(read_document(text, parse_published(published)))


def render(fact: Fact) -> str:
    """One compact line per fact, as written in the table."""
    if isinstance(fact, MissionCount):
        out = f"N {fact.sender} {fact.kind.value} {fact.count.bound.value}:{fact.count.value:g}"
        if fact.as_of is not None:
            out += f" as_of={fact.as_of.iso}"
        return out
    assert isinstance(fact, (Closure, Opening))
    m = fact.mission
    where = (m.host or "-") + (f"@{m.city}" if m.city else "")
    out = f"{'C' if isinstance(fact, Closure) else 'O'} {m.sender}>{where} {m.kind.value} {fact.status.value}"
    if fact.when is not None:
        out += f" when={fact.when.iso}"
    if fact.count is not None:
        q = fact.count
        out += f" n={q.bound.value}:{q.value:g}" + (f":{q.unit}" if q.unit else "")
    return out


def rendered(text: str, published: str | None) -> tuple[str, ...]:
    return tuple(sorted(render(f) for f in facts_of(text, published)))


@pytest.mark.parametrize(("text", "expected", "published"), MUST_PARSE)
def test_must_parse(text: str, expected: tuple[str, ...], published: str | None) -> None:
    assert rendered(text, published) == expected


@pytest.mark.parametrize(("text", "expected", "published"), MUST_NOT_PARSE)
def test_must_not_parse(text: str, expected: tuple[str, ...], published: str | None) -> None:
    assert rendered(text, published) == ()


@pytest.mark.parametrize(("text", "expected", "published"), BUGS_CAUGHT)
def test_bugs_caught(text: str, expected: tuple[str, ...], published: str | None) -> None:
    assert rendered(text, published) == expected


@pytest.mark.parametrize(("text", "expected", "published"), ARTICLES)
def test_articles(text: str, expected: tuple[str, ...], published: str | None) -> None:
    assert rendered(text, published) == expected


# --- who says so ---------------------------------------------------------------------------------

ATTRIBUTIONS = [
    (
        "North Korea has closed its embassies in Senegal and Guinea, a senior South Korean official said on Tuesday.",
        "a senior South Korean official",
    ),
    ("Pyongyang plans to shut its consulate in Hong Kong, as per Japan's Yomiuri newspaper.", "Yomiuri"),
    ("According to the South Korean ministry, North Korea has 47 embassies.", "the South Korean ministry"),
    ("Denmark will close its embassy in Mali, the Danish foreign ministry said.", "the Danish foreign ministry"),
]


@pytest.mark.parametrize(("text", "source"), ATTRIBUTIONS, ids=[a[1] for a in ATTRIBUTIONS])
def test_attribution(text: str, source: str) -> None:
    facts = facts_of(text)
    assert facts and all(f.attributed_to == source for f in facts)


# --- one fact per mission per article ------------------------------------------------------------


def test_repeated_mentions_merge_with_firmest_status_and_all_evidence() -> None:
    text = (
        "Uganda said North Korea will close its embassy in Kampala.\n\n"
        "Officials later confirmed that North Korea had closed its embassy in Kampala on Wednesday."
    )
    [fact] = facts_of(text)
    assert render(fact) == "C KP>UG@Kampala embassy completed when=2023-11-01"
    assert len(fact.evidence) == 2


def test_specific_kind_wins_over_mission() -> None:
    text = (
        "North Korea is shutting down its embassy in Nepal. Kim Jong Un has approved the withdrawal from Nepal "
        "and Spain, diplomats said."
    )
    assert rendered(text, None) == ("C KP>ES mission intended", "C KP>NP embassy ongoing")


def test_numbered_wave_drops_the_numberless_mention() -> None:
    text = (
        "North Korea said it is closing several diplomatic missions abroad. Experts say Pyongyang may close as "
        "many as 10 missions."
    )
    assert rendered(text, None) == ("C KP>- mission possible n=upper:10",)


def test_list_after_preposition_is_not_the_sender() -> None:
    # "The shutdowns in Dakar and Conakry follow ...": Conakry, second in the list, is no actor
    text = (
        "North Korea has closed its embassies in Senegal and Guinea. The shutdowns in Dakar and Conakry follow "
        "earlier withdrawals from Angola and Nepal."
    )
    assert rendered(text, None) == (
        "C KP>AO mission completed",
        "C KP>GN@Conakry embassy completed",
        "C KP>NP mission completed",
        "C KP>SN@Dakar embassy completed",
    )


def test_article_sender_carries_over_sentences() -> None:
    text = (
        "Sweden is to close its embassies in Bolivia and Liberia, the government said on Thursday.\n\n"
        "The savings from the shutdowns in La Paz and Monrovia will pay for a bigger presence in Asia, where it "
        "will open new ones in Mongolia and Laos.\n\n"
        "Officials did not say when the two embassies would close."
    )
    assert rendered(text, "2023-11-03") == (
        "C SE>BO@La Paz embassy intended",
        "C SE>LR@Monrovia embassy intended",
        "O SE>LA embassy intended",
        "O SE>MN embassy intended",
    )


def test_every_fact_explains_itself() -> None:
    text = "Israel will close its embassy in Dublin. Saudi Arabia reopened its embassy in Damascus on Tuesday."
    facts = facts_of(text)
    assert len(facts) == 2
    for fact in facts:
        assert fact.evidence
        for ev in fact.evidence:
            assert ev.sentence in text and ev.rule
            assert text[ev.span[0] : ev.span[1]] in ev.sentence
            assert f"rule {ev.rule}" in fact.explain()


# --- properties ----------------------------------------------------------------------------------

_WORDS = st.sampled_from(
    [
        "North Korea",
        "Spain",
        "its",
        "embassy",
        "embassies",
        "closed",
        "will",
        "reopen",
        "in",
        "Madrid",
        "the",
        "consulate",
        "as many as",
        "10",
        "missions",
        "percent",
        "of",
        "has",
        "diplomatic",
        "ties",
        "with",
        "150",
        "countries",
        ",",
        ".",
        "and",
        "said",
        "not",
        "moved",
        "from",
        "to",
        "Jerusalem",
        "Tel Aviv",
        "its",
        "first",
    ]
)


@given(st.lists(_WORDS, max_size=40))
def test_never_crashes_and_spans_are_inside(words: list[str]) -> None:
    text = " ".join(words)
    for fact in facts_of(text):
        for ev in fact.evidence:
            assert 0 <= ev.span[0] <= ev.span[1] <= len(text)


@given(st.text(max_size=300))
def test_any_text(text: str) -> None:
    for fact in facts_of(text, None):
        assert fact.evidence
