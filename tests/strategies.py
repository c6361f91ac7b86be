"""Hypothesis strategies for facts and articles."""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

from diplomacy_facts import (
    ArmsCategory,
    ArmsTransfer,
    Article,
    Bound,
    Closure,
    Evidence,
    Mission,
    MissionCount,
    MissionKind,
    Opening,
    Period,
    Quantity,
    Status,
    TransferStatus,
)

codes = st.sampled_from(["KP", "KR", "RU", "ES", "AO", "UG", "NP", "HK", "US", "UA", "region:africa"]) | st.none()
short_text = st.text(min_size=0, max_size=30)
maybe_text = st.none() | st.text(min_size=1, max_size=30)
numbers = st.integers(min_value=0, max_value=10**9).map(float) | st.floats(
    min_value=0, max_value=1e9, allow_nan=False, allow_infinity=False
).map(lambda x: round(x, 3))
quantities = st.builds(
    Quantity,
    numbers,
    st.sampled_from(list(Bound)),
    st.none() | st.sampled_from(["percent", "shell", "shipment"]),
    short_text,
    st.none() | numbers,
)


@st.composite
def periods(draw: st.DrawFn) -> Period:
    year = draw(st.none() | st.integers(1900, 2100))
    month = draw(st.none() | st.integers(1, 12)) if year is not None else draw(st.integers(1, 12))
    day = None
    if month is not None and draw(st.booleans()):
        day = draw(st.integers(1, 28))
    return Period(year, month, day, draw(short_text))


evidence = st.builds(
    Evidence,
    st.text(max_size=60),
    st.tuples(st.integers(0, 10**6), st.integers(0, 10**6)),
    st.sampled_from(["rule_a", "rule_b"]),
)
missions = st.builds(Mission, codes, codes, maybe_text, st.sampled_from(list(MissionKind)))
closures = st.builds(
    Closure,
    missions,
    st.sampled_from(list(Status)),
    st.none() | periods(),
    st.none() | quantities,
    maybe_text,
    st.lists(evidence, max_size=2).map(tuple),
)
openings = st.builds(
    Opening,
    missions,
    st.sampled_from(list(Status)),
    st.none() | periods(),
    st.none() | quantities,
    maybe_text,
    st.lists(evidence, max_size=2).map(tuple),
)
counts = st.builds(
    MissionCount,
    codes,
    st.sampled_from(list(MissionKind)),
    quantities,
    st.none() | periods(),
    maybe_text,
    st.lists(evidence, max_size=2).map(tuple),
)
transfers = st.builds(
    ArmsTransfer,
    codes,
    codes,
    st.sampled_from(list(ArmsCategory)),
    st.text(max_size=20),
    st.none() | quantities,
    st.none() | periods(),
    st.none() | periods(),
    st.sampled_from(list(TransferStatus)),
    maybe_text,
    maybe_text,
    maybe_text,
    st.lists(evidence, max_size=2).map(tuple),
)
articles = st.builds(
    Article,
    maybe_text,
    st.none() | st.dates(date(1990, 1, 1), date(2100, 1, 1)),
    maybe_text,
    maybe_text,
    st.lists(closures, max_size=3),
    st.lists(openings, max_size=2),
    st.lists(counts, max_size=2),
    st.lists(transfers, max_size=3),
)
