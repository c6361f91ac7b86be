"""Aggregation across articles: merging, support, syndication, history, ranges, network, exports."""

from __future__ import annotations

import io
import json
import random
import sys
from datetime import date
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import articles as article_strategy

from diplomacy_facts.aggregate import aggregate, convert_percent
from diplomacy_facts.article import FACT_TYPES, Article, parse_article
from diplomacy_facts.events import EVENT_CODES, event_code
from diplomacy_facts.findings import Figure, Findings
from diplomacy_facts.model import (
    ArmsCategory,
    ArmsTransfer,
    Bound,
    Closure,
    Evidence,
    Fact,
    Mission,
    MissionCount,
    MissionKind,
    Opening,
    Quantity,
    Status,
    TransferStatus,
)
from diplomacy_facts.network import network
from diplomacy_facts.report import RECORD_COLUMNS, highlight
from diplomacy_facts.syndication import cluster, fingerprint
from diplomacy_facts.timeline import timeline

# ---------------------------------------------------------------- helpers


def ev(sentence: str) -> Evidence:
    return Evidence(sentence, (0, len(sentence)), "test")


def change(
    cls: type[Any],
    sender: str,
    host: str | None,
    kind: str = "embassy",
    *,
    city: str | None = None,
    status: str = "completed",
    when: str | None = None,
    count: Quantity | None = None,
    by: str | None = None,
    said: str | None = None,
) -> Any:
    return cls(
        Mission(sender, host, city, MissionKind(kind)), Status(status), when, count, by, (ev(said),) if said else ()
    )


def closure(sender: str, host: str | None, kind: str = "embassy", **kw: Any) -> Closure:
    fact: Closure = change(Closure, sender, host, kind, **kw)
    return fact


def opening(sender: str, host: str | None, kind: str = "embassy", **kw: Any) -> Opening:
    fact: Opening = change(Opening, sender, host, kind, **kw)
    return fact


def count(sender: str, kind: str, value: float, bound: str = "exact", as_of: str | None = None) -> MissionCount:
    return MissionCount(sender, MissionKind(kind), Quantity(value, Bound(bound)), as_of)


def transfer(
    supplier: str,
    recipient: str,
    item: str,
    category: str = "ammunition",
    *,
    status: str = "delivered",
    qty: Quantity | None = None,
    since: str | None = None,
    said: str | None = None,
) -> ArmsTransfer:
    return ArmsTransfer(
        supplier,
        recipient,
        ArmsCategory(category),
        item,
        qty,
        since,
        None,
        TransferStatus(status),
        None,
        None,
        None,
        (ev(said),) if said else (),
    )


def q(value: float, bound: str = "exact", unit: str | None = None, text: str = "") -> Quantity:
    return Quantity(value, Bound(bound), unit, text)


def art(
    id: str, *facts: Fact, source: str | None = None, published: str | None = None, title: str | None = None
) -> Article:
    lists: dict[str, Any] = {key: tuple(f for f in facts if isinstance(f, cls)) for key, cls in FACT_TYPES}
    day = None if published is None else date.fromisoformat(published)
    return Article(title=title or f"title of {id}", published=day, source=source, id=id, **lists)


def gold(doc: dict[str, Any]) -> Article:
    return Article.from_dict({**doc["gold"], "id": doc["id"], "published": doc["published"], "source": doc["source"]})


def ids(findings: Findings, fact_type: str = "closure") -> list[str]:
    return [f.id for f in findings.of_type(fact_type)]


@pytest.fixture(scope="module")
def seeds(seed_docs: list[dict[str, Any]]) -> Findings:
    return aggregate(gold(d) for d in seed_docs)


@pytest.fixture(scope="module")
def corpus(seed_docs: list[dict[str, Any]], dev_docs: list[dict[str, Any]]) -> Findings:
    return aggregate(gold(d) for d in [*seed_docs, *dev_docs])


# ---------------------------------------------------------------- the seeds together

SEED_MISSIONS = [
    ("closure|KP|ES|embassy|-", {"seed-001", "seed-002", "seed-004"}),
    ("closure|KP|AO|embassy|-", {"seed-001", "seed-003", "seed-004"}),
    ("closure|KP|UG|embassy|-", {"seed-001", "seed-003", "seed-004"}),
    ("closure|KP|NP|embassy|-", {"seed-001"}),
    ("closure|KP|HK|consulate|-", {"seed-003"}),
]


@pytest.mark.parametrize(("fid", "articles"), SEED_MISSIONS, ids=["spain", "angola", "uganda", "nepal", "hong-kong"])
def test_seeds_give_each_closure_with_its_supporting_articles(seeds: Findings, fid: str, articles: set[str]) -> None:
    f = seeds[fid]
    assert set(f.articles) == articles
    assert f.n_articles == f.n_sources == len(articles)  # the seeds name no outlet: each is a source of its own
    assert f.event is not None and f.event.cameo == "161"


def test_seeds_spain_merges_unspecified_missions_and_keeps_status_disagreement(seeds: Findings) -> None:
    f = seeds["closure|KP|ES|embassy|-"]
    assert f.strongest_status == "completed"
    assert f.latest_status is None  # nothing is dated
    assert [h.status for h in f.history] == ["intended", "ongoing", "completed"]
    assert [c.field for c in f.conflicts] == ["status"]
    assert any("unspecified 'mission' merged" in n for n in f.notes)


def test_seeds_hong_kong_mission_kept_apart_when_kinds_tie(seeds: Findings) -> None:
    # seed-002 says embassy, seed-003 consulate (one story each): the unspecified mentions stay apart
    assert {f.id for f in seeds.of_type("closure") if "|HK|" in f.id} == {
        "closure|KP|HK|consulate|-",
        "closure|KP|HK|embassy|-",
        "closure|KP|HK|mission|-",
    }
    assert "could be any of consulate, embassy" in seeds["closure|KP|HK|mission|-"].notes[0]


def test_seeds_and_dev_hong_kong_mission_joins_the_better_supported_consulate(corpus: Findings) -> None:
    f = corpus["closure|KP|HK|consulate|-"]
    assert set(f.articles) == {"seed-001", "seed-003", "seed-004", "dev-c04", "dev-c07"}
    assert "closure|KP|HK|mission|-" not in ids(corpus)


def test_seeds_group_estimate_is_a_range_with_the_percent_converted(seeds: Findings) -> None:
    f = seeds["closure-group|KP|-|possible|mission"]
    rng = f.range
    assert rng is not None
    assert (rng.low.value, rng.low.bound, rng.low.base) == (10, Bound.UPPER, None)  # "as many as 10"
    assert rng.high.value == pytest.approx(10.6) and rng.high.base == 53  # about 20 percent of 47 + 3 + 3
    assert rng.high.bound is Bound.APPROX
    assert not rng.conflict
    assert any("sum of stated sizes" in n for n in f.notes)


def test_seeds_network_of_47_3_3_and_its_estimate(seeds: Findings) -> None:
    view = network(seeds, "KP")
    got = {r.kind: (r.size, r.low, r.high, len(r.closed)) for r in view.rows}
    assert got == {
        "embassy": (47, 35, 44, 5),  # ES, AO, UG completed; NP, HK ongoing; a wave of "over a dozen"
        "consulate": (3, 2, 3, 1),
        "representative_office": (3, 3, 3, 0),
        "mission": (53, 41, 48, 7),  # 47 + 3 + 3; "at least the fifth" closed; 5 places
        "relations": (150, 150, 150, 0),
    }
    assert "size is the sum 47 embassy + 3 consulate + 3 representative_office" in view.row("mission").notes
    assert "embassy" in view.table() and "35-44" in view.table()


def test_seeds_and_dev_network_takes_the_newest_dated_size(corpus: Findings) -> None:
    row = network(corpus, "KP").row("mission")
    assert (row.size, row.size_date, row.closed) == (46, date(2023, 12, 5), ())
    assert row.high == 46 and row.low is not None and row.low < 46  # undated reports only widen the range


# ---------------------------------------------------------------- merging rules

MERGES = [
    # (articles' facts, expected closure ids)
    pytest.param(
        [closure("FR", "NE", city="Niamey"), closure("FR", "NE")],
        ["closure|FR|NE|embassy|Niamey"],
        id="city-less-joins-the-one-city",
    ),
    pytest.param(
        [
            closure("CA", "IN", "consulate", city="Mumbai"),
            closure("CA", "IN", "consulate", city="Chandigarh"),
            closure("CA", "IN", "consulate"),
        ],
        ["closure|CA|IN|consulate|-", "closure|CA|IN|consulate|Chandigarh", "closure|CA|IN|consulate|Mumbai"],
        id="city-less-kept-apart-from-two-cities",
    ),
    pytest.param(
        [closure("RU", "LT", "mission"), closure("RU", "LT")],
        ["closure|RU|LT|embassy|-"],
        id="mission-joins-the-one-specific-kind",
    ),
    pytest.param(
        [closure("US", "RU", "consulate", city="Yekaterinburg"), closure("US", "RU", "mission", city="Yekaterinburg")],
        ["closure|US|RU|consulate|Yekaterinburg"],
        id="mission-joins-same-city",
    ),
    pytest.param(
        [
            closure("CN", "US", "consulate", city="Houston"),
            closure("CN", "US", city="Washington"),
            closure("CN", "US", "mission", city="Houston"),
        ],
        ["closure|CN|US|consulate|Houston", "closure|CN|US|embassy|Washington"],
        id="mission-city-picks-kind",
    ),
    pytest.param(
        [closure("GB", "IR"), closure("GB", "IR", "consulate")],
        ["closure|GB|IR|consulate|-", "closure|GB|IR|embassy|-"],
        id="specific-kinds-never-merge",
    ),
    pytest.param(
        [closure("TR", "SE", "mission"), closure("TR", "SE", "mission", city="Stockholm")],
        ["closure|TR|SE|mission|Stockholm"],
        id="unspecified-city-less-joins-the-one-city",
    ),
    pytest.param(
        [
            closure("TR", "SE", "mission"),
            closure("TR", "SE", "mission", city="Stockholm"),
            closure("TR", "SE", "mission", city="Gothenburg"),
        ],
        ["closure|TR|SE|mission|-", "closure|TR|SE|mission|Gothenburg", "closure|TR|SE|mission|Stockholm"],
        id="unspecified-city-less-apart-from-two-cities",
    ),
    pytest.param(
        [closure("SE", "IQ", city="Baghdad"), opening("SE", "IQ", city="Baghdad")],
        ["closure|SE|IQ|embassy|Baghdad"],
        id="opening-is-its-own-finding",
    ),
    pytest.param(
        [closure("KP", "region:africa"), closure("KP", None, count=q(3)), closure("KP", "AO")],
        [
            "closure|KP|AO|embassy|-",
            "closure-group|KP|-|completed|embassy",
            "closure-group|KP|region:africa|completed|embassy",
        ],
        id="groups-apart-from-named",
    ),
    pytest.param(
        [closure("DK", None, count=q(2), status="intended"), closure("DK", None, count=q(3), status="possible")],
        ["closure-group|DK|-|intended|embassy", "closure-group|DK|-|possible|embassy"],
        id="group-status-in-key",
    ),
    pytest.param(
        [
            closure("VA", "VN", "mission", city="Saigon", when="1975"),
            closure("VA", "VN", city="Saigon", when="2024-03"),
        ],
        ["closure|VA|VN|embassy|Saigon", "closure|VA|VN|mission|Saigon"],
        id="mission-of-another-time-apart",
    ),
]


@pytest.mark.parametrize(("facts", "expected"), MERGES)
def test_merge_rules(facts: list[Fact], expected: list[str]) -> None:
    found = aggregate(art(f"a{i}", fact) for i, fact in enumerate(facts))
    assert ids(found) == sorted(expected, key=lambda i: ("group" in i, i))


def test_kept_apart_note_names_the_cities_as_written() -> None:
    found = aggregate(
        [
            art("a", closure("CA", "IN", "consulate", city="Mumbai")),
            art("b", closure("CA", "IN", "consulate", city="Bengaluru")),
            art("c", closure("CA", "IN", "consulate")),
        ]
    )
    assert found["closure|CA|IN|consulate|-"].notes == ("kept apart from the consulates in Bengaluru, Mumbai",)


def test_mission_joins_the_kind_stated_by_more_stories() -> None:
    found = aggregate(
        [
            art("a", closure("IL", "TR", "consulate")),
            art("b", closure("IL", "TR", "consulate")),
            art("c", closure("IL", "TR")),
            art("d", closure("IL", "TR", "mission")),
        ]
    )
    assert set(found["closure|IL|TR|consulate|-"].articles) == {"a", "b", "d"}


def test_unspecified_mission_with_a_city_gives_the_city() -> None:
    found = aggregate([art("a", closure("AU", "AF")), art("b", closure("AU", "AF", "mission", city="Kabul"))])
    assert ids(found) == ["closure|AU|AF|embassy|Kabul"]
    assert found["closure|AU|AF|embassy|Kabul"].fact.mission.city == "Kabul"  # type: ignore[union-attr]


TRANSFER_MERGES = [
    pytest.param(["artillery shell", "Artillery  shell"], 1, id="item-case-and-spacing"),
    pytest.param(["artillery shell", "152mm artillery shell"], 2, id="different-items"),
    pytest.param(["f-16 fighter jet", "F-16 fighter jet"], 1, id="designation-case"),
]


@pytest.mark.parametrize(("items", "n"), TRANSFER_MERGES)
def test_transfer_merge_on_item(items: list[str], n: int) -> None:
    found = aggregate(art(f"a{i}", transfer("KP", "RU", item)) for i, item in enumerate(items))
    assert len(found.of_type("arms_transfers")) == n


def test_counts_merge_on_sender_kind_and_as_of() -> None:
    found = aggregate(
        [
            art("a", count("TW", "relations", 13)),
            art("b", count("TW", "relations", 13)),
            art("c", count("TW", "relations", 22, as_of="2016-05")),
        ]
    )
    assert ids(found, "mission_count") == ["mission_count|TW|relations|-", "mission_count|TW|relations|2016-05"]
    assert found["mission_count|TW|relations|-"].n_sources == 2


# ---------------------------------------------------------------- sources and syndicated copies

WIRE = (
    "North Korea has closed its embassy in Kampala, Uganda's State House said on Tuesday, the latest in a "
    "string of diplomatic withdrawals by the cash-strapped country."
)
WIRE_EDITED = (
    "North Korea has closed its embassy in Kampala, Uganda's State House said Tuesday, the latest in a "
    "string of diplomatic withdrawals by the cash-strapped nation."
)
OTHER = "Pyongyang's envoy in Kampala paid a farewell call on President Yoweri Museveni before the mission shut."


def wire_copy(
    id: str,
    source: str | None,
    sentence: str = WIRE,
    title: str = "N. Korea shuts Uganda embassy",
    published: str = "2023-10-26",
) -> Article:
    return art(id, closure("KP", "UG", said=sentence), source=source, published=published, title=title)


SUPPORT = [
    pytest.param([wire_copy("x1", "Wire A"), wire_copy("x2", "Portal B")], 1, 1, id="exact-copy-other-outlet"),
    pytest.param(
        [wire_copy("x1", "Wire A"), wire_copy("x2", "Portal B", WIRE_EDITED, "North Korea closes embassy")],
        1,
        1,
        id="near-duplicate-retitled-and-edited",
    ),
    pytest.param(
        [wire_copy("x1", "Wire A"), wire_copy("x2", "Wire A", OTHER, "Envoy bids farewell")],
        2,
        1,
        id="two-stories-one-outlet",
    ),
    pytest.param(
        [wire_copy("x1", "Wire A"), wire_copy("x2", "Daily C", OTHER, "Envoy bids farewell")],
        2,
        2,
        id="two-stories-two-outlets",
    ),
    pytest.param(
        [wire_copy("x1", None), wire_copy("x2", None, OTHER, "Envoy bids farewell")],
        2,
        2,
        id="no-source-is-its-own-source",
    ),
    pytest.param(
        [wire_copy("x1", "Wire A"), wire_copy("x2", "wire a ", OTHER, "Envoy bids farewell")],
        2,
        1,
        id="outlet-spelling-normalised",
    ),
    pytest.param(
        [wire_copy("x1", "Wire A"), wire_copy("x2", "Portal B"), wire_copy("x3", "Portal B", OTHER, "Envoy")],
        2,
        1,
        id="outlet-joined-through-a-copy",
    ),
]


@pytest.mark.parametrize(("articles", "n_articles", "n_sources"), SUPPORT)
def test_support_counts_copies_once(articles: list[Article], n_articles: int, n_sources: int) -> None:
    f = aggregate(articles)["closure|KP|UG|embassy|-"]
    assert (f.n_articles, f.n_sources, len(f.mentions)) == (n_articles, n_sources, len(articles))


def test_copies_rewrapped_in_other_boilerplate_are_one_story(seed_docs: list[dict[str, Any]]) -> None:
    text = seed_docs[3]["text"]
    wrapped = "Skip to content\nMenu\n" + text + "\nShare this article\nRead more: Related stories\n© 2024 Portal"
    found = aggregate([parse_article(text, id="orig", source="Wire A"), parse_article(wrapped, id="copy", source="B")])
    assert ("copy", "orig") in found.stories


def test_copy_detection_can_be_exact_only_or_off() -> None:
    arts = [
        wire_copy("x1", "Wire A"),
        wire_copy("x2", "Portal B", WIRE_EDITED, "North Korea closes embassy"),
        wire_copy("x3", "Portal C"),
    ]
    assert aggregate(arts, similarity=1.0).stories == (("x1", "x3"),)
    assert aggregate(arts, similarity=None).stories == ()
    assert aggregate(arts).stories == (("x1", "x2", "x3"),)


def test_same_article_twice_counts_once_and_id_clash_is_told_apart() -> None:
    a = wire_copy("x1", "Wire A")
    assert aggregate([a, a]).n_input == 1
    clash = aggregate([a, wire_copy("x1", "Daily C", OTHER, "Envoy bids farewell")])
    assert clash.n_input == 2 and all(k.startswith("x1#") for k in clash["closure|KP|UG|embassy|-"].articles)


NOT_COPIES = [
    pytest.param(
        ["Germany to send Leopard 2 tanks to Ukraine", "Berlin confirmed it would deliver 14 Leopard 2A6 tanks."],
        ["Poland to send Leopard tanks to Ukraine", "Warsaw said it would send a company of 14 Leopard 2A4s."],
        id="same-event-own-words",
    ),
    pytest.param(["Embassy closes"], ["Embassy closes"], id="too-short-to-tell"),
]


@pytest.mark.parametrize(("a", "b"), NOT_COPIES)
def test_not_copies(a: list[str], b: list[str]) -> None:
    assert cluster({"a": fingerprint(a), "b": fingerprint(b)}) == {"a": "a", "b": "b"}


def test_gold_corpus_has_no_copies(corpus: Findings) -> None:
    assert corpus.stories == ()


# ---------------------------------------------------------------- status history and conflicts


def test_status_history_in_date_order_latest_and_strongest() -> None:
    found = aggregate(
        [
            art("b", closure("NL", "SD", status="completed"), source="B", published="2023-04-24"),
            art("a", closure("NL", "SD", status="intended"), source="A", published="2023-04-22"),
        ]
    )
    f = found["closure|NL|SD|embassy|-"]
    assert [(h.reported, h.status, h.source) for h in f.history] == [
        (date(2023, 4, 22), "intended", "A"),
        (date(2023, 4, 24), "completed", "B"),
    ]
    assert (f.latest_status, f.strongest_status, f.conflicts) == ("completed", "completed", ())
    assert (f.first_reported, f.last_reported) == (date(2023, 4, 22), date(2023, 4, 24))


STATUS_CONFLICTS = [
    pytest.param([("completed", "2023-10-26"), ("ongoing", "2023-11-03")], True, id="later-report-weaker"),
    pytest.param([("completed", "2023-10-26"), ("intended", "2023-10-26")], True, id="same-day-disagree"),
    pytest.param([("completed", None), ("intended", None)], True, id="undated-disagree"),
    pytest.param(
        [("possible", "2023-01-02"), ("intended", "2023-01-09"), ("completed", "2023-02-01")],
        False,
        id="progress-is-no-conflict",
    ),
    pytest.param([("completed", "2023-01-02"), ("completed", None)], False, id="same-status"),
]


@pytest.mark.parametrize(("reports", "conflict"), STATUS_CONFLICTS)
def test_status_conflicts(reports: list[tuple[str, str | None]], conflict: bool) -> None:
    arts = [
        art(f"a{i}", closure("US", "SD", status=s), source=f"S{i}", published=d) for i, (s, d) in enumerate(reports)
    ]
    f = aggregate(arts)["closure|US|SD|embassy|-"]
    assert ("status" in [c.field for c in f.conflicts]) is conflict


def test_completion_dates_that_disagree_are_flagged() -> None:
    f = aggregate(
        [
            art("a", closure("KP", "AO", when="2023-10-25")),
            art("b", closure("KP", "AO", when="2023-10")),
            art("c", closure("KP", "AO", when="2023-12-01")),
        ]
    )["closure|KP|AO|embassy|-"]
    assert [c.field for c in f.conflicts] == ["when"]
    assert f.fact.when is not None and f.fact.when.iso == "2023-10-25"  # type: ignore[union-attr]


TRANSFER_ORDER = [
    pytest.param(["agreed", "delivered"], "delivered", id="delivery-beats-deal"),
    pytest.param(["possible", "reported"], "reported", id="claim-beats-hedge"),
    pytest.param(["agreed", "reported"], "reported", id="claim-that-it-moved-beats-promise"),
    pytest.param(["possible", "agreed"], "agreed", id="promise-beats-hedge"),
]


@pytest.mark.parametrize(("statuses", "strongest"), TRANSFER_ORDER)
def test_transfer_strongest_status(statuses: list[str], strongest: str) -> None:
    found = aggregate(
        art(f"a{i}", transfer("CN", "PK", "j-10c fighter jet", "aircraft", status=s)) for i, s in enumerate(statuses)
    )
    f = found.of_type("arms_transfer")[0]
    assert f.strongest_status == strongest and f.conflicts == ()


def test_transfer_ranges_are_per_status() -> None:
    found = aggregate(
        [
            art(
                "a",
                transfer("CN", "PK", "j-10c fighter jet", "aircraft", status="agreed", qty=q(25, unit="jet")),
                published="2022-03-11",
            ),
            art(
                "b",
                transfer("CN", "PK", "j-10c fighter jet", "aircraft", status="delivered", qty=q(6, unit="jet")),
                published="2022-03-11",
            ),
        ]
    )
    f = found.of_type("arms_transfer")[0]
    assert [(r.status, r.low.value, r.high.value, r.conflict) for r in f.ranges] == [
        ("delivered", 6, 6, False),
        ("agreed", 25, 25, False),
    ]
    assert f.fact.quantity == q(6, unit="jet")  # type: ignore[union-attr]


# ---------------------------------------------------------------- figures and ranges

INTERVALS = [
    pytest.param(Bound.EXACT, None, (47, 47), id="exact"),
    pytest.param(Bound.APPROX, None, (45, 55), id="about"),
    pytest.param(Bound.LOWER, None, (50, None), id="over"),
    pytest.param(Bound.LOWER, 60.0, (50, 60), id="between"),
    pytest.param(Bound.UPPER, None, (0, 50), id="up-to"),
]


@pytest.mark.parametrize(("bound", "upper", "interval"), INTERVALS)
def test_figure_interval(bound: Bound, upper: float | None, interval: tuple[float, float | None]) -> None:
    value = 47 if bound is Bound.EXACT else 50
    lo, hi = Figure(value, bound, "", "a", upper=upper).interval()
    assert lo == pytest.approx(interval[0]) and (hi == pytest.approx(interval[1]) if interval[1] else hi is None)


def test_estimates_that_cannot_both_hold_are_flagged_and_kept() -> None:
    up_to = closure("KP", None, "mission", status="possible", count=q(10, "upper", text="as many as 10"))
    over = closure("KP", None, "mission", status="possible", count=q(12, "lower", text="over a dozen"))
    found = aggregate([art("a", up_to), art("b", over)])
    f = found["closure-group|KP|-|possible|mission"]
    assert f.range is not None and (f.range.low.text, f.range.high.text) == ("as many as 10", "over a dozen")
    assert (f.range.at_least, f.range.at_most, f.range.conflict) == (12, 10, True)
    assert [c.field for c in f.conflicts] == ["quantity"]


def test_figures_of_different_days_may_differ() -> None:
    found = aggregate(
        [
            art("a", count("TW", "relations", 14), published="2021-12-15"),
            art("b", count("TW", "relations", 13), published="2023-03-29"),
        ]
    )
    f = found["mission_count|TW|relations|-"]
    assert f.range is not None and (f.range.low.value, f.range.high.value, f.conflicts) == (13, 14, ())


PERCENTS = [
    pytest.param([count("KP", "embassy", 47)], "embassy", 11.75, Bound.UPPER, id="same-article-base"),
    pytest.param(
        [count("KP", "embassy", 47), count("KP", "consulate", 3)],
        "mission",
        12.5,
        Bound.UPPER,
        id="same-article-sum-of-kinds",
    ),
    pytest.param([count("KP", "mission", 50, "approx")], "mission", 12.5, Bound.UPPER, id="approx-base-keeps-bound"),
]


@pytest.mark.parametrize(("counts", "kind", "value", "bound"), PERCENTS)
def test_percent_of_a_stated_size_becomes_a_count(
    counts: list[MissionCount], kind: str, value: float, bound: Bound
) -> None:
    pct = closure("KP", None, kind, status="ongoing", count=q(25, "upper", "percent", "nearly 25 percent"))
    f = aggregate([art("a", pct, *counts)])[f"closure-group|KP|-|ongoing|{kind}"]
    assert f.range is not None and f.range.low.value == pytest.approx(value) and f.range.low.bound is bound
    assert f.range.low.unit is None and "nearly 25 percent of" in f.notes[0]


def test_percent_base_from_another_article_and_none_without_one() -> None:
    pct = closure("KP", None, status="possible", count=q(20, "approx", "percent"))
    found = aggregate([art("a", pct), art("b", count("KP", "embassy", 40))])
    assert found["closure-group|KP|-|possible|embassy"].range.low.value == pytest.approx(8)  # type: ignore[union-attr]
    alone = aggregate([art("a", pct)])["closure-group|KP|-|possible|embassy"]
    assert alone.range is not None and alone.range.unit == "percent"
    assert "no stated network size" in alone.notes[0]


def test_exact_percent_of_an_approximate_size_is_approximate() -> None:
    fig = convert_percent(Figure(10, Bound.EXACT, "10 percent", "a", unit="percent"), (50, Bound.APPROX, "about 50"))
    assert (fig.value, fig.bound, fig.base) == (5, Bound.APPROX, 50)


# ---------------------------------------------------------------- network view and timeline

FIX_NET = [
    art("n1", count("NO", "embassy", 20), published="2024-01-10"),
    art("n2", closure("NO", "ML", when="2024-03-01"), closure("NO", "NE", status="intended"), published="2024-03-02"),
    art("n3", opening("NO", "RW", status="completed"), opening("NO", "TN", status="intended"), published="2024-06-01"),
    art("n4", closure("NO", "BF", when="2023-12-01"), published="2023-12-02"),
    art("n5", count("NO", "relations", 190), published="2024-01-10"),
]


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        pytest.param(None, (20, 19, 21, ["ML", "NE"], ["RW", "TN"]), id="all"),
        pytest.param(date(2024, 4, 1), (20, 18, 19, ["ML", "NE"], []), id="as-of-before-openings"),
        pytest.param(date(2024, 1, 1), None, id="before-any-size"),
    ],
)
def test_network_changes_since_the_size(as_of: date | None, expected: Any) -> None:
    view = network(aggregate(FIX_NET), "NO", as_of)
    if expected is None:
        assert [r.kind for r in view.rows] == ["embassy", "mission"] and view.row("embassy").size is None
        return
    row = view.row("embassy")
    got = (row.size, row.low, row.high, [c.host for c in row.closed], [c.host for c in row.opened])
    assert got == expected  # BF closed before the count is not subtracted again
    assert view.row("relations").low == view.row("relations").high == 190


def test_timeline_in_date_order_undated_last() -> None:
    found = aggregate(
        [
            *FIX_NET,
            art("u", closure("NO", "SS"), transfer("NO", "UA", "nasams system", "air_defence")),
            art("w", closure("NO", "SD", when="XXXX-10")),
        ]
    )
    entries = timeline(found, "NO")
    dated = [(e.date.iso if e.date else None, e.basis, e.finding.split("|")[2]) for e in entries]
    assert dated == [
        ("2023-12-01", "event", "BF"),
        ("2024-03-01", "event", "ML"),
        ("2024-03-02", "reported", "NE"),
        ("2024-06-01", "reported", "RW"),
        ("2024-06-01", "reported", "TN"),
        ("XXXX-10", "event", "SD"),
        (None, "undated", "SS"),
        (None, "undated", "UA"),
    ]
    assert [e.finding for e in timeline(found, "UA")] == ["arms_transfer|NO|UA|air_defence|nasams system"]
    assert len(timeline(found, include_counts=True)) == len(entries) + 2


# ---------------------------------------------------------------- event codes

EVENTS = [
    ("closure", "completed", "161", "SANCTION", "withdraw", ("diplomatic",), 4),
    ("closure", "intended", "161", "SANCTION", "withdraw", ("diplomatic", "future"), 4),
    ("closure", "possible", "161", "SANCTION", "withdraw", ("diplomatic", "hypothetical"), 4),
    ("opening", "completed", "050", "SUPPORT", None, ("diplomatic",), 1),
    ("opening", "intended", "032", "AGREE", None, ("diplomatic",), 1),
    ("arms_transfer", "delivered", "072", "AID", "military", ("military",), 2),
    ("arms_transfer", "reported", "072", "AID", "military", ("military",), 2),
    ("arms_transfer", "possible", "072", "AID", "military", ("military", "hypothetical"), 2),
    ("arms_transfer", "agreed", "0332", "AGREE", None, ("military",), 1),
]


@pytest.mark.parametrize(
    ("fact_type", "status", "cameo", "event", "mode", "context", "quad"), EVENTS, ids=[f"{e[0]}-{e[1]}" for e in EVENTS]
)
def test_event_codes(
    fact_type: str, status: str, cameo: str, event: str, mode: str | None, context: tuple[str, ...], quad: int
) -> None:
    code = event_code(fact_type, status)
    assert code is not None
    assert (code.cameo, code.plover_event, code.plover_mode, code.plover_context, code.quad_class) == (
        cameo,
        event,
        mode,
        context,
        quad,
    )


# CAMEO 1.1b3 labels of the codes used (the codebook's own wording).
CAMEO_LABELS = {
    "161": "Reduce or break diplomatic relations",
    "050": "Engage in diplomatic cooperation, not specified below",
    "032": "Express intent to engage in diplomatic cooperation (such as policy support)",
    "072": "Provide military aid",
    "0332": "Express intent to provide military aid",
}
PLOVER_EVENTS = {
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
}


def test_event_table_covers_every_status_with_real_codes() -> None:
    for fact_type, statuses in (("closure", Status), ("opening", Status), ("arms_transfer", TransferStatus)):
        for status in statuses:
            code = EVENT_CODES[(fact_type, status.value)]
            assert CAMEO_LABELS[code.cameo] == code.cameo_label
            assert code.plover_event in PLOVER_EVENTS
            assert code.quad_class == {"03": 1, "05": 1, "07": 2, "16": 4}[code.cameo[:2]]  # GDELT QuadClass
    assert event_code("mission_count", None) is None and event_code("closure", "denied") is None


def test_finding_carries_the_code_of_its_strongest_status(corpus: Findings) -> None:
    for f in corpus:
        expected = None if f.fact_type == "mission_count" else event_code(f.fact_type, f.strongest_status)
        assert f.event == expected


# ---------------------------------------------------------------- exports


def test_round_trip_through_json(corpus: Findings) -> None:
    data = json.loads(json.dumps(corpus.to_dict()))
    assert Findings.from_dict(data) == corpus
    assert Findings.from_dict(data).to_dict() == corpus.to_dict()


def test_jsonl_round_trip(corpus: Findings) -> None:
    buf = io.StringIO()
    assert corpus.to_jsonl(buf) == len(corpus)
    back = Findings.from_jsonl(buf.getvalue().splitlines())
    assert back.findings == corpus.findings


def test_records_are_flat_with_fixed_columns(corpus: Findings) -> None:
    records = corpus.to_records()
    assert len(records) == len(corpus)
    for rec in records:
        assert tuple(rec) == RECORD_COLUMNS
        assert all(v is None or isinstance(v, (str, int, float, bool)) for v in rec.values())
    es = next(r for r in records if r["id"] == "closure|KP|ES|embassy|-")
    assert (es["sender"], es["host"], es["status"], es["cameo"], es["plover_event"]) == (
        "KP",
        "ES",
        "completed",
        "161",
        "SANCTION",
    )
    assert {r["fact_type"] for r in corpus.to_records("arms_transfers")} == {"arms_transfer"}


def test_dataframe_per_fact_type(corpus: Findings) -> None:
    pytest.importorskip("pandas")
    frame = corpus.to_dataframe("closure")
    assert list(frame.columns) == list(RECORD_COLUMNS)
    assert len(frame) == len(corpus.of_type("closure"))


def test_dataframe_without_pandas_names_the_extra(corpus: Findings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r'pip install "diplomacy_facts\[pandas\]"'):
        corpus.to_dataframe()


def test_unknown_fact_type_is_refused(corpus: Findings) -> None:
    with pytest.raises(ValueError, match="unknown fact type"):
        corpus.of_type("treaties")


def test_html_table_marks_the_span_and_escapes() -> None:
    sentence = "Seoul says <Pyongyang> closed its embassy in Madrid."
    fact = Closure(Mission("KP", "ES"), evidence=(Evidence(sentence, (120, 131), "r"),))
    page = aggregate([art("a", fact)])._repr_html_()
    assert "&lt;Pyongyang&gt;" in page and "<table>" in page
    assert "<mark>" not in page  # the sentence's offset in the article is unknown: no guessing
    assert highlight(ev(sentence)).startswith("<mark>Seoul")


def test_highlight_uses_the_sentence_offset_when_evidence_has_it() -> None:
    @attrs.frozen
    class Located(Evidence):
        sentence_start: int = 0

    sentence = "Germany will send 14 Leopard 2 tanks."
    marked = highlight(Located(sentence, (118, 136), "r", 100))
    assert marked == "Germany will send <mark>14 Leopard 2 tanks</mark>."


def test_explain_lists_every_report(seeds: Findings) -> None:
    text = seeds["closure|KP|ES|embassy|-"].explain()
    assert text.count("\n  - seed-") == 3 and "conflict (status)" in text


# ---------------------------------------------------------------- determinism and robustness


@given(st.lists(article_strategy, max_size=6), st.randoms(use_true_random=False))
def test_order_does_not_matter(arts: list[Article], rnd: random.Random) -> None:
    shuffled = list(arts)
    rnd.shuffle(shuffled)
    assert aggregate(shuffled).to_dict() == aggregate(arts).to_dict()


@given(st.lists(article_strategy, max_size=5))
def test_never_crashes_and_round_trips(arts: list[Article]) -> None:
    found = aggregate(arts)
    assert Findings.from_dict(json.loads(json.dumps(found.to_dict()))) == found
    assert len({f.id for f in found}) == len(found)
    for f in found:
        assert f.n_sources <= f.n_articles <= len(f.mentions)
        for sender in {getattr(f.fact, "sender", None), getattr(getattr(f.fact, "mission", None), "sender", None)}:
            if sender:
                network(found, sender)
    timeline(found)
    found._repr_html_()
    found.to_records()


def test_corpus_order_does_not_matter(seed_docs: list[dict[str, Any]], dev_docs: list[dict[str, Any]]) -> None:
    arts = [gold(d) for d in [*seed_docs, *dev_docs]]
    forward = aggregate(arts).to_dict()
    assert aggregate(reversed(arts)).to_dict() == forward
    assert aggregate(random.Random(7).sample(arts, len(arts))).to_dict() == forward


def test_parsed_articles_aggregate(seed_docs: list[dict[str, Any]], dev_docs: list[dict[str, Any]]) -> None:
    parsed = [
        parse_article(d["text"], published=d["published"], source=d["source"], id=d["id"])
        for d in [*seed_docs, *dev_docs]
    ]
    found = aggregate(parsed)
    assert found.n_input == len(parsed)
    assert sum(len(f.mentions) for f in found) == sum(len(a.facts) for a in parsed)


def test_rejects_what_is_not_an_article() -> None:
    with pytest.raises(TypeError, match="Article"):
        aggregate([{"id": "x"}])  # type: ignore[list-item]


# ---------------------------------------------------------------- bugs caught


def test_bug_interests_section_of_1977_not_merged_into_embassy_of_2015() -> None:
    found = aggregate(
        [
            art(
                "a",
                opening("CH", "IR", "mission", city="Tehran", when="1980"),
                opening("CH", "IR", city="Tehran", when="2015-08-23"),
            )
        ]
    )
    assert ids(found, "opening") == ["opening|CH|IR|embassy|Tehran", "opening|CH|IR|mission|Tehran"]
    assert all(not f.conflicts for f in found)


def test_bug_an_undated_wave_does_not_lower_the_high_end_of_a_dated_size() -> None:
    found = aggregate(
        [
            art("a", count("KP", "mission", 46, as_of="2023-12-05"), published="2023-12-05"),
            art("b", closure("KP", None, "mission", count=q(5, "lower"))),
        ]
    )
    row = network(found, "KP").row("mission")
    assert (row.low, row.high) == (41, 46)


def test_bug_percent_of_zero_base_does_not_divide_by_zero() -> None:
    found = aggregate(
        [art("a", closure("XX", None, status="possible", count=q(10, "approx", "percent")), count("XX", "embassy", 0))]
    )
    assert str(found["closure-group|XX|-|possible|embassy"].range)


def test_findings_repr_is_short_and_summary_has_a_line_per_finding() -> None:
    arts = [
        parse_article("France has closed its embassy in Niger.", id="a"),
        parse_article("Germany has closed its embassy in Niger, officials said.", id="b"),
    ]
    found = aggregate(arts)
    assert repr(found) == "<Findings: 2 from 2 articles (2 closure, 0 opening, 0 mission_count, 0 arms_transfer)>"
    lines = found.summary().splitlines()
    assert len(lines) == 2 and all(line.startswith("closure: ") for line in lines)
