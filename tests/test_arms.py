"""Arms transfers: a table of news sentences (tests/arms_table.py), readers, properties."""

from __future__ import annotations

import pytest
from arms_table import BUGS_CAUGHT, KNOWN_MISSES, MUST_NOT_PARSE, MUST_PARSE, PUBLISHED, Case
from hypothesis import given
from hypothesis import strategies as st

from diplomacy_facts.arms import RULES, extract_arms
from diplomacy_facts.model import ArmsTransfer
from diplomacy_facts.text import read_document
from diplomacy_facts.weapons import find_items, lookup_designation


def _read(text: str) -> list[ArmsTransfer]:
    facts = extract_arms(read_document(text, PUBLISHED))
    assert all(isinstance(f, ArmsTransfer) for f in facts)
    return [f for f in facts if isinstance(f, ArmsTransfer)]


def _value(fact: ArmsTransfer, key: str) -> str:
    if key == "item":
        return fact.item
    if key == "head":
        return fact.item.split()[-1]
    if key == "q":
        q = fact.quantity
        if q is None:
            return "None"
        value = int(q.value) if float(q.value).is_integer() else q.value
        return f"{value} {q.bound.value}"
    if key == "unit":
        return str(fact.quantity.unit if fact.quantity else None)
    if key in ("since", "when"):
        period = getattr(fact, key)
        return "None" if period is None else period.iso
    raise KeyError(key)


def _fits(fact: ArmsTransfer, spec: str) -> bool:
    flow, category, status, *rest = spec.split("|")
    supplier, recipient = flow.split(">")
    if (fact.supplier, fact.recipient, fact.category.value, fact.status.value) != (
        supplier,
        recipient,
        category,
        status,
    ):
        return False
    return all(_value(fact, k) == v for k, v in (r.split("=", 1) for r in rest))


def _check(text: str, expected: list[str]) -> None:
    facts = _read(text)
    shown = "\n".join(f.summary() for f in facts) or "(none)"
    left = list(facts)
    for spec in expected:
        match = next((f for f in left if _fits(f, spec)), None)
        assert match is not None, f"missing {spec}\nin:\n{shown}"
        left.remove(match)
    assert not left, "unexpected:\n" + "\n".join(f.summary() for f in left)


def _ids(cases: list[Case]) -> list[str]:
    return [c[0] for c in cases]


@pytest.mark.parametrize(("case", "text", "expected"), MUST_PARSE, ids=_ids(MUST_PARSE))
def test_must_parse(case: str, text: str, expected: list[str]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(("case", "text"), MUST_NOT_PARSE, ids=[c[0] for c in MUST_NOT_PARSE])
def test_must_not_parse(case: str, text: str) -> None:
    facts = _read(text)
    assert facts == [], "\n".join(f.summary() for f in facts)


@pytest.mark.parametrize(("case", "text", "expected"), BUGS_CAUGHT, ids=_ids(BUGS_CAUGHT))
def test_bugs_caught(case: str, text: str, expected: list[str]) -> None:
    _check(text, expected)


@pytest.mark.xfail(strict=True)
@pytest.mark.parametrize(("case", "text", "expected"), KNOWN_MISSES, ids=_ids(KNOWN_MISSES))
def test_known_misses(case: str, text: str, expected: list[str]) -> None:
    _check(text, expected)


def test_table_is_large_and_ids_unique() -> None:
    cases = [c[0] for c in (*MUST_PARSE, *BUGS_CAUGHT, *KNOWN_MISSES)] + [c[0] for c in MUST_NOT_PARSE]
    assert len(cases) == len(set(cases))
    assert len(cases) >= 150


# --- the readers under the extractor --------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "item", "category"),
    [
        ("155 mm artillery shells", "155mm artillery shell", "ammunition"),
        ("Leopard 2A6 tanks", "leopard 2a6 tank", "armoured_vehicles"),
        ("MiG-29 fighters", "mig-29 fighter jet", "aircraft"),
        ("Type 054A/P frigates", "type 054a/p frigate", "ships"),
        ("portable anti-aircraft missiles", "portable anti-aircraft missile", "air_defence"),
        ("loitering munitions", "loitering munition", "drones"),
        ("Z-10 attack helicopters", "z-10 attack helicopter", "aircraft"),
        ("Piorun missiles", "piorun missile", "air_defence"),
        ("Kilo-class submarines", "kilo-class submarine", "ships"),
        ("rockets for HIMARS launchers", "himars rocket", "ammunition"),
        ("MK-84 2,000-pound bombs", "mk-84 2,000-pound bomb", "ammunition"),
        ("the S-400", "s-400 air defence system", "air_defence"),
        ("small arms", "small arms", "small_arms"),
        ("military equipment", "military equipment", "equipment"),
        ("A-29 Super Tucano aircraft", "super tucano aircraft", "aircraft"),
        ("M1A2 SEPv3 Abrams tanks", "abrams tank", "armoured_vehicles"),
        ("Guided Multiple Launch Rocket System (GMLRS) pods", "gmlrs guided rocket", "ammunition"),
        ("IRIS-T air-to-air missiles", "iris-t air-to-air missile", "missiles"),
        ("L-39 training jets", "l-39 trainer jet", "aircraft"),
        ("24 used F-16 jets", "f-16 jet", "aircraft"),
        ("anti-ship ballistic missiles", "anti-ship ballistic missile", "missiles"),
    ],
)
def test_item_names(phrase: str, item: str, category: str) -> None:
    found = find_items(f"They sent {phrase} last week.")
    assert [(m.item, m.category.value) for m in found] == [(item, category)]


@pytest.mark.parametrize(
    "text",
    [
        "a think tank in Seoul",
        "shell companies in Dubai",
        "the missile programme",
        "drone attacks on Moscow",
        "Syrian fighters",
        "tank crews from Poland",
        "arms control talks",
        "The Arms Trade Treaty",
        "a new round of talks",
        "commercial aircraft",
        "anti-drone systems",
    ],
)
def test_not_weapons(text: str) -> None:
    found = find_items(text)
    assert all(m.category.value == "air_defence" for m in found) if "anti-drone" in text else found == []


def test_used_is_a_verb_after_an_auxiliary_and_second_hand_after_a_number() -> None:
    verb = "Sudan's army has used drones in the war."
    (drone,) = find_items(verb)
    assert verb[drone.start : drone.end] == "drones"
    adjective = "Romania bought 32 used F-16 jets."
    (jet,) = find_items(adjective)
    assert adjective[jet.start : jet.end] == "used F-16 jets"


def test_designation_aliases() -> None:
    for alias, name in [("Leopard 2A6", "Leopard 2"), ("FK-3", "HQ-22"), ("Army Tactical Missile System", "ATACMS")]:
        entry = lookup_designation(alias)
        assert entry is not None and entry.name == name


def test_ambiguous_name_needs_context() -> None:
    assert find_items("Archer said the talks went well.") == []
    assert [m.item for m in find_items("Archer howitzers")] == ["archer howitzer"]
    assert [m.item for m in find_items("the Archer", known=lambda n: n == "Archer")] == [
        "archer self-propelled howitzer"
    ]


def test_rules_are_named_functions_in_order() -> None:
    names = [r.__name__ for r in RULES]
    assert len(names) == len(set(names))
    assert names.index("relative_supply") < names.index("active_supply")


def test_evidence_names_rule_and_points_into_text() -> None:
    text = "Arms\n\nNorth Korea has sold more than 1 million artillery shells to Russia."
    (fact,) = _read(text)
    ev = fact.evidence[0]
    assert ev.rule in {r.__name__ for r in RULES}
    assert text[ev.span[0] : ev.span[1]] in ev.sentence
    assert "sold" in text[ev.span[0] : ev.span[1]]


def test_repeated_mentions_merge_with_all_evidence() -> None:
    text = (
        "Iran has supplied Russia with Shahed drones. Russian forces use the Iranian-made drones every night. "
        "Iran has supplied Russia with Shahed drones, Kyiv says."
    )
    facts = _read(text)
    delivered = [f for f in facts if f.status.value == "delivered"]
    assert len(delivered) == 1 and len(delivered[0].evidence) >= 2


# --- properties -----------------------------------------------------------------------------------

_WORDS = st.sampled_from(
    "North Korea Russia sold sent received from to shells 1 million the drones Iranian-made ATACMS Kyiv "
    "may have reportedly will pledged tanks , . and of since August in 2023 package includes it".split()
)


@given(st.lists(_WORDS, max_size=40).map(" ".join))
def test_never_crashes_and_spans_inside(text: str) -> None:
    for fact in _read(text):
        for ev in fact.evidence:
            assert 0 <= ev.span[0] <= ev.span[1] <= len(text)
        assert fact.supplier != fact.recipient
        assert ArmsTransfer.from_dict(fact.to_dict()) == fact


@given(st.text(max_size=300))
def test_never_crashes_on_any_text(text: str) -> None:
    _read(text)
