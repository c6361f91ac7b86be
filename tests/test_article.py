"""parse_article: input checking, the pipeline end to end, and properties over any text."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomacy_facts import Article, parse_article


@pytest.mark.parametrize("bad", [None, 12, b"bytes", ["a list"], {"text": "x"}])
def test_text_must_be_str(bad: Any) -> None:
    with pytest.raises(TypeError, match=type(bad).__name__):
        parse_article(bad)


@pytest.mark.parametrize("bad", ["2023-13-45", "yesterday-ish", "31/02/2023", 12345, 3.5])
def test_bad_published_names_the_value(bad: Any) -> None:
    with pytest.raises((ValueError, TypeError), match=str(bad).replace(".", r"\.")):
        parse_article("North Korea closed its embassy in Spain.", published=bad)


@pytest.mark.parametrize("published", ["2023-11-03", date(2023, 11, 3), datetime(2023, 11, 3, 14, 5), "Nov 3, 2023"])
def test_published_forms(published: Any) -> None:
    assert parse_article("Nothing.", published=published).published == date(2023, 11, 3)


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t", "Scroll Top\nRelated Posts\n"])
def test_empty_text_gives_no_facts(text: str) -> None:
    art = parse_article(text)
    assert art.facts == ()


def test_off_topic_article_has_no_facts() -> None:
    text = "Local bakery wins award\n\nThe bakery on Main Street won a regional prize for its sourdough bread."
    assert parse_article(text).facts == ()


def test_seeds_end_to_end(seed_docs: list[dict[str, Any]]) -> None:
    for d in seed_docs:
        art = parse_article(d["text"], published=d.get("published"), id=d["id"])
        assert art.title == d["gold"]["title"]
        assert art.id == d["id"]
        assert art.facts, d["id"]
        for fact in art.facts:
            assert fact.evidence
            for ev in fact.evidence:
                start, end = ev.span
                assert 0 <= start <= end <= len(d["text"])
                assert d["text"][start:end] in ev.sentence
                assert ev.rule


def _check(text: str, art: Article) -> None:
    d = art.to_dict()
    json.dumps(d)
    assert Article.from_dict(d) == art
    for fact in art.facts:
        for ev in fact.evidence:
            start, end = ev.span
            assert 0 <= start <= end <= len(text)
            assert text[start:end] in ev.sentence


@given(st.text(max_size=300))
def test_any_text_parses(text: str) -> None:
    _check(text, parse_article(text))


WORDS = [
    "North Korea",
    "closed",
    "its",
    "embassy",
    "in",
    "Spain",
    "Uganda",
    "and",
    "the",
    "consulate",
    "Russia",
    "sold",
    "1 million",
    "shells",
    "to",
    "since",
    "August",
    "will",
    "may",
    "nearly 25 percent",
    "of",
    "missions",
    ".",
    ",",
    "\n",
    "Pyongyang",
    "Moscow",
    "said",
    "reopened",
    "Kyiv",
    "47 embassies",
    "drones",
]


@given(st.lists(st.sampled_from(WORDS), max_size=60), st.none() | st.dates(date(2000, 1, 1), date(2030, 1, 1)))
def test_topic_word_salad_parses(words: list[str], published: date | None) -> None:
    text = " ".join(words)
    _check(text, parse_article(text, published=published))


