"""Cleaning: boilerplate, captions, date headers, title, dateline, sentences with offsets."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomacy_facts.text import is_boilerplate, is_caption, is_date_header, read_document, split_sentences


def _roles(text: str) -> dict[str, str]:
    return {line.text: line.role for line in read_document(text).lines}


# --- the seed traps -------------------------------------------------------------------------------


def test_seed_traps_are_not_body(seed_docs: list[dict[str, Any]]) -> None:
    body = {s.text for d in seed_docs for s in read_document(d["text"]).sentences}
    joined = " ".join(body)
    assert "July 25, 2020" not in joined  # photo caption (seed 001)
    assert "Thursday, July 11, 2024" not in joined  # site date header (seed 004)
    assert "cookies" not in joined  # cookie notice (seed 000)
    assert "Scroll Top" not in joined  # navigation (seed 000)
    assert "Related Posts" not in joined and "Leave a comment" not in joined


def test_titles_of_all_annotated_articles(seed_docs: list[dict[str, Any]], dev_docs: list[dict[str, Any]]) -> None:
    for d in seed_docs + dev_docs:
        assert read_document(d["text"]).title == d["gold"]["title"], d["id"]


# --- boilerplate lines ----------------------------------------------------------------------------

BOILERPLATE = [
    "Scroll Top",
    "Back to top button",
    "Related Posts",
    "Related Articles",
    "Read more: Sahel | Niger | Coup",
    "Keep reading",
    "list of 4 itemsend of list",
    "Leave a comment",
    "You must be logged in to post a comment.",
    "Privacy Preferences",
    "- Advertisment -",
    "Advertisement",
    "Most Popular",
    "Share this:",
    "Facebook | X | WhatsApp | Email",
    "(END)",
    "jk/ll",
    "Keywords",
    "#North Korea #embassy #sanctions",
    "Source: Al Jazeera and news agencies",
    "Copyright 2023. All rights reserved. Redistribution prohibited.",
    "Sign up for our weekly newsletter.",
    "By our Washington bureau",
    "Staff Report",
    "Home > World > Asia",
    "Reporting by the Seoul bureau; editing by the world desk",
    "This article appeared originally on Example News.",
    "We use cookies to improve your experience on our site. By continuing to browse, you agree.",
    "Support independent journalism. Donate today.",
    "- Why Moscow is shopping for shells abroad",
]
NOT_BOILERPLATE = [
    "North Korea has closed its embassy in Spain.",
    "Denmark and the Netherlands will donate F-16 fighter jets to Ukraine, their leaders announced.",
    "By then, the embassy in Kampala had already closed its doors to visitors and staff.",
    "The ministry said the closure would be completed by the end of the month, officials said.",
    "Sources said the shipment included shells, rockets and spare parts for the launchers.",
]


@pytest.mark.parametrize("line", BOILERPLATE)
def test_boilerplate(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", NOT_BOILERPLATE)
def test_not_boilerplate(line: str) -> None:
    assert not is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Thursday, July 11, 2024",
        "2024.08.28",
        "Dec 9, 2024, 05:12 PM",
        "21.08.2023",
        "June 28, 2024 8:14 PM GMT+0",
        "Sunday 23 August 2015 14.10 BST",
        "26/08 - 14:20",
    ],
)
def test_date_headers(line: str) -> None:
    assert is_date_header(line)


@pytest.mark.parametrize(
    "line",
    [
        "North Korea closed its embassy in Uganda on Oct. 26, officials said.",
        "On Friday, Oct. 27, the mission lowered its flag for the last time.",
    ],
)
def test_dated_sentences_are_not_headers(line: str) -> None:
    assert not is_date_header(line)


@pytest.mark.parametrize(
    "line",
    [
        "In this photo provided by the government, the leader attends a meeting in the capital, July 25, 2020.",
        "Photo: The Chinese embassy in Canberra. File picture, 2019.",
        "President Joe Biden speaks at the White House on April 24, 2024. (Photo: wire)",
        "Kim attends the test of a rocket launcher in this image released by KCNA on Aug. 28. (KCNA via Reuters)",
        "The entrance to the former embassy building, Jan. 27, 2023. (File photo)",
    ],
)
def test_captions(line: str) -> None:
    assert is_caption(line)


def test_caption_is_kept_out_of_sentences() -> None:
    text = (
        "Embassy closes\n\nNorth Korea closed its embassy in Uganda.\n\n"
        "Photo: Staff leave the embassy in Kampala on Oct. 23, 2023. (Handout)\n"
    )
    doc = read_document(text)
    assert [s.text for s in doc.sentences] == ["North Korea closed its embassy in Uganda."]
    assert doc.title == "Embassy closes"


def test_dateline_is_stripped_from_the_first_sentence() -> None:
    doc = read_document("Title here\nSEOUL, Nov 3 -- North Korea on Friday said it was closing missions.\n")
    assert doc.dateline == "Nov 3"
    assert doc.sentences[0].text.startswith("North Korea on Friday")


# --- sentences ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("The U.S. said it would close. Officials agreed.", 2),
        ("Mr. Kim met Gen. Lee in Oct. 2023 at the embassy. It closed.", 2),
        ("N. Korea shut its embassy. S. Korea said so.", 2),
        ("“We are closing,” the ministry said. Nothing else.", 2),
        ("It shipped 1.5 million shells. That was in 2023.", 2),
        ("No full stop at the end", 1),
        # a designation ending in a letter is no initial: "MiG-29s." ends a sentence
        ("Serbia flies MiG-29s. Russia donated six more.", 2),
        ("Poland bought F-16s. It wants more.", 2),
    ],
)
def test_split_sentences(text: str, n: int) -> None:
    assert len(split_sentences(text)) == n


@given(st.text(max_size=400))
def test_sentence_offsets_slice_the_original(text: str) -> None:
    doc = read_document(text)
    for s in doc.sentences:
        assert 0 <= s.start <= s.end <= len(text)
        assert text[s.start : s.end] == s.text


@given(
    st.lists(
        st.sampled_from(
            [
                "Embassy closed.",
                "Photo: x (AP)",
                "\n",
                "Mr. X said.",
                "  ",
                "Related",
                "SEOUL, Nov 3 -- It shut.",
                "—",
                "U.S.",
                "\r\n",
            ]
        ),
        max_size=30,
    )
)
def test_sentence_offsets_on_article_like_text(parts: list[str]) -> None:
    text = " ".join(parts)
    for s in read_document(text).sentences:
        assert text[s.start : s.end] == s.text
        ev = s.evidence(0, len(s.text), "r")
        assert text[ev.span[0] : ev.span[1]] == s.text
