"""The data model: periods, quantities, equality without evidence, JSON round trip."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given
from strategies import articles, periods

from diplomacy_facts import (
    ArmsCategory,
    ArmsTransfer,
    Article,
    Bound,
    Closure,
    Evidence,
    Mission,
    MissionKind,
    Period,
    Precision,
    Quantity,
    Status,
)


@pytest.mark.parametrize(
    ("period", "iso", "precision"),
    [
        (Period(2023, 10, 26), "2023-10-26", Precision.DAY),
        (Period(2023, 10), "2023-10", Precision.MONTH),
        (Period(2023), "2023", Precision.YEAR),
        (Period(None, 8), "XXXX-08", Precision.MONTH),
        (Period(None, 8, 3), "XXXX-08-03", Precision.DAY),
    ],
)
def test_period_iso(period: Period, iso: str, precision: Precision) -> None:
    assert period.iso == iso
    assert period.precision is precision
    assert Period.from_iso(iso) == period


def test_period_bounds() -> None:
    assert Period(2024, 2).start == date(2024, 2, 1)
    assert Period(2024, 2).end == date(2024, 2, 29)
    assert Period(2023, 12).end == date(2023, 12, 31)
    assert Period(2023).end == date(2023, 12, 31)
    assert Period(None, 8).start is None


@pytest.mark.parametrize("bad", ["2023-13", "20231", "2023-02-30", "XXXX", "", "Oct 2023"])
def test_period_rejects_bad_iso(bad: str) -> None:
    with pytest.raises(ValueError, match=r"ISO|range|month|day"):
        Period.from_iso(bad)


def test_quantity_dict_keeps_surface_text_and_range() -> None:
    q = Quantity(25, Bound.UPPER, "percent", "nearly 25 percent")
    assert q.to_dict() == {"value": 25, "bound": "upper", "unit": "percent", "text": "nearly 25 percent"}
    r = Quantity(1_000_000, Bound.LOWER, "shell", "between 1 million and 1.5 million shells", upper=1_500_000)
    assert r.to_dict()["upper"] == 1_500_000
    assert Quantity.from_dict(r.to_dict()) == r


def test_evidence_is_not_part_of_equality() -> None:
    m = Mission("KP", "ES", "Madrid", MissionKind.EMBASSY)
    a = Closure(m, Status.COMPLETED, evidence=(Evidence("s1", (0, 2), "r1"),))
    b = Closure(m, Status.COMPLETED, evidence=(Evidence("s2", (5, 9), "r2"),))
    assert a == b
    assert a != Closure(m, Status.INTENDED)


def test_to_dict_speaks_schema_vocabulary() -> None:
    art = Article(
        title="T",
        closures=[
            Closure(
                Mission("KP", "UG", None, MissionKind.EMBASSY),
                Status.COMPLETED,
                Period(None, 10),
                attributed_to="official reports",
                evidence=(Evidence("It closed.", (0, 10), "r"),),
            )
        ],
        arms_transfers=[
            ArmsTransfer(
                "KP",
                "RU",
                ArmsCategory.AMMUNITION,
                "artillery shell",
                Quantity(1e6, Bound.LOWER, "shell", "over 1 million artillery shells"),
                since=Period(None, 8),
            )
        ],
    )
    d = art.to_dict()
    assert set(d) == {"id", "published", "source", "title", "closures", "openings", "mission_counts", "arms_transfers"}
    assert d["closures"][0] == {
        "sender": "KP",
        "host": "UG",
        "city": None,
        "kind": "embassy",
        "status": "completed",
        "when": "XXXX-10",
        "count": None,
        "attributed_to": "official reports",
        "evidence": [{"sentence": "It closed.", "start": 0, "end": 10, "rule": "r"}],
    }
    t = d["arms_transfers"][0]
    assert (t["since"], t["quantity"]["value"], t["quantity"]["bound"]) == ("XXXX-08", 1000000, "lower")
    assert Article.from_dict(d) == art


def test_explain_names_sentence_span_and_rule() -> None:
    c = Closure(
        Mission("FR", "NE", "Niamey", MissionKind.EMBASSY),
        Status.COMPLETED,
        evidence=(Evidence("France has closed its embassy in Niger.", (11, 17), "closure_verb"),),
    )
    text = c.explain()
    assert "closure: FR embassy in NE (Niamey), completed" in text
    assert "closure_verb" in text and "11-17" in text and "France has closed" in text


@given(articles)
def test_article_dict_round_trip(article: Article) -> None:
    d = article.to_dict()
    again = Article.from_dict(json.loads(json.dumps(d)))
    assert again == article
    assert again.to_dict() == d


@given(periods())
def test_period_iso_round_trip(period: Period) -> None:
    assert Period.from_iso(period.iso) == period
