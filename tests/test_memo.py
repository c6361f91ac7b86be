"""Readers remember answers per sentence; callers can never see each other's changes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from diplomacy_facts.dates import find_dates
from diplomacy_facts.memo import MAX_KEPT_TEXT, forget, kept, remembered
from diplomacy_facts.places import find_places
from diplomacy_facts.quantities import find_quantities


def test_a_changed_answer_does_not_leak_to_the_next_caller() -> None:
    text = "Chile and Peru sent 12 howitzers to Bolivia."
    first = find_places(text)
    first.clear()
    assert [p.code for p in find_places(text)] == ["CL", "PE", "BO"]
    q = find_quantities(text)
    q.append(q[0])
    assert len(find_quantities(text)) == 1


def test_arguments_other_than_the_text_are_part_of_the_key() -> None:
    text = "The embassy closed on Monday."
    assert find_dates(text, date(2024, 3, 15))[0].period.iso == "2024-03-11"
    assert find_dates(text, date(2024, 3, 22))[0].period.iso == "2024-03-18"
    assert find_places("Korea", seen=frozenset({"KP"}))[0].code == "KP"
    assert find_places("Korea", seen=frozenset({"KR"}))[0].code == "KR"


def _counted_reader(calls: list[str]) -> Callable[[str], list[int]]:
    """A reader that notes every text it is really asked about."""

    def reader(text: str) -> list[int]:
        calls.append(text)
        return [len(text)]

    return reader


def test_long_texts_are_read_afresh_and_not_kept() -> None:
    calls: list[str] = []
    read = remembered(_counted_reader(calls))
    long = "x" * (MAX_KEPT_TEXT + 1)
    assert read(long) == read(long) == [len(long)]
    assert read("short") == read("short") == [5]
    assert len(calls) == 3


def test_forget_drops_every_kept_answer() -> None:
    calls: list[str] = []
    read = remembered(_counted_reader(calls))

    @kept(8)
    def double(n: int) -> int:
        calls.append(str(n))
        return 2 * n

    read("a b")
    double(4)
    read("a b")
    double(4)
    assert calls == ["a b", "4"]
    forget()
    assert read("a b") == [3] and double(4) == 8
    assert calls == ["a b", "4", "a b", "4"]
