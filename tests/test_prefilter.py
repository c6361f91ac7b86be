"""The article prefilter: cheap on news about other things, and exactly the cue regex."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from diplomacy_facts import parse_article
from diplomacy_facts.prefilter import CUE_WORDS, CUES, STEMS, WEAPON_NAMES, on_topic, stem_of
from diplomacy_facts.text import read_document, read_title

CORPUS = Path(__file__).parent / "corpus"


@pytest.mark.parametrize(
    "text",
    [
        "Each round of the tournament is played in a container stadium sponsored by Shell.",
        "The sale of the supply company was delivered in the last round of talks on oil prices.",
        "Use a context manager to close the file; the container type supports iteration.",
        "Farmers say the allegations about the harvest harm their farms.",  # arms, legation inside words
        "The commission granted permission for the emission test.",  # mission inside words
    ],
)
def test_off_topic_text_is_rejected(text: str) -> None:
    assert not on_topic(text)
    assert parse_article(text).facts == ()


@pytest.mark.parametrize(
    "text",
    [
        "Cuba closed its permanent mission to the UN in Geneva.",
        "North Korea has shipped between 4 million and 6 million rounds to Russia.",
        "Belgium delivered 12,000 155mm shells to Ukraine in January.",
        "Germany gave armoured personnel carriers to Ukraine.",
        "Hanoi shut its consulate in Busan.",
        "KENYA REOPENS EMBASSY IN MOGADISHU",
        # one-line briefs whose only weapon word is a type noun added to the cues
        "Spain sent two Patriot batteries to Ukraine.",
        "Israel sold Iron Dome interceptors to Cyprus.",
        "Ankara delivered Roketsan rockets to Baku.",
        # or only a weapon's name
        "Delhi took delivery of its third S-400 squadron from Moscow.",
        "The US sent 31 M1A1 Abrams to Ukraine.",
    ],
)
def test_topic_sentences_pass(text: str) -> None:
    assert on_topic(text)
    assert parse_article(text).facts


@pytest.mark.parametrize(
    ("cue", "stem"),
    [("armou?red", "armo"), ("chancer(?:y|ies)", "chancer"), (r"tanks?\b", "tank"),
     ("defen[cs]e", "defen"), ("high.commission", "commission"), (r"arms\b", "arms")],
)
def test_stem_is_the_longest_required_run_of_letters(cue: str, stem: str) -> None:
    assert stem_of(cue) == stem


def test_a_cue_without_a_stem_is_refused() -> None:
    with pytest.raises(ValueError, match="no literal stem"):
        stem_of("(?:a|b)x?")


def test_every_cue_has_a_stem() -> None:
    assert len(STEMS) <= len(CUE_WORDS) and all(len(s) >= 3 for s in STEMS)


# Cue words in odd case and odd surroundings, to make the two stages disagree if they can.
_PIECES = st.sampled_from(
    ["embassy", "EMBASSIES", "Missile", "S-400", "F-16s", "Leopard 2", "Gripen",
     "miſſile", "\u212aelvin", "tanks", "tank-", "arms.", "farms",
     "legation", "allegation", "air-defence", "air defense", "ARMOURED", "armored", "jets", "subject",
     "rounds", "around", "İ", "ß", "\u0130mbassy", "x", " ", "\n", "-", "_", "2", "é"]
)


@given(st.lists(_PIECES | st.text(max_size=8), max_size=12).map("".join))
@example("miſſile")
@example("\u212aelvin tanks")
def test_on_topic_is_exactly_the_cue_regex_or_a_weapon_name(text: str) -> None:
    assert on_topic(text) == (CUES.search(text) is not None or WEAPON_NAMES.search(text) is not None)


_ARTICLES = sorted(CORPUS.glob("*/*.json"))


def test_the_corpus_is_there() -> None:
    assert len(_ARTICLES) >= 40


@pytest.mark.parametrize("path", _ARTICLES, ids=lambda p: p.name)
def test_title_read_alone_is_the_document_title(path: Path) -> None:
    text = json.loads(path.read_text(encoding="utf-8"))["text"]
    assert read_title(text) == read_document(text).title


@given(st.text(max_size=400))
def test_title_read_alone_matches_on_any_text(text: str) -> None:
    assert read_title(text) == read_document(text).title


def test_an_off_topic_article_keeps_its_title() -> None:
    art = parse_article("Rain expected at the weekend\n\nForecasters said showers would spread east.")
    assert art.title == "Rain expected at the weekend" and art.facts == ()
