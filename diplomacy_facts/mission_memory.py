"""What an article said before the current sentence (`Memory`), and one statement of a fact
before the statements of an article are merged (`Mention`)."""

from __future__ import annotations

import functools
from collections import Counter
from datetime import date

import attrs

from diplomacy_facts.dates import DateMention, find_dates
from diplomacy_facts.model import Evidence, MissionKind, Period, Quantity, Status

__all__ = ["Memory", "Mention", "Seen"]


@attrs.frozen
class Seen:
    """A mission named earlier in the article (with or without a trigger)."""

    sender: str | None
    host: str | None
    city: str | None
    kind: MissionKind
    index: int


@attrs.frozen
class Memory:
    """What the article said before the current sentence."""

    codes: frozenset[str] = frozenset()
    countries: tuple[tuple[str, int], ...] = ()  # country -> mentions so far
    missions: tuple[Seen, ...] = ()
    senders: tuple[str, ...] = ()  # senders of missions, in order
    subjects: tuple[str, ...] = ()  # the first country doing something in each sentence
    texts: tuple[str, ...] = ()  # the last sentences, oldest first: their dates are read on demand
    last_when: Period | None = None
    statuses: tuple[tuple[str, str, Status], ...] = ()  # (fact, sender, status) of firm mentions
    recent: tuple[tuple[int, Mention], ...] = ()  # (sentence index, mention) of single missions
    last_kind: MissionKind | None = None
    scenes: tuple[tuple[str, str | None], ...] = ()  # hosts of every mission named, whoever its sender
    diplomatic: bool = False  # a mission has been named

    @property
    def last_sender(self) -> str | None:
        return self.senders[-1] if self.senders else None

    def last_status(self, fact: str, sender: str) -> Status | None:
        return next((st for f, s, st in reversed(self.statuses) if (f, s) == (fact, sender)), None)

    def earlier_dates(self, published: date | None, *, last_only: bool = False) -> list[DateMention]:
        """Dates of the sentences before, in text order (of the one just before with `last_only`)."""
        texts = self.texts[-1:] if last_only else self.texts
        return [d for text in texts for d in find_dates(text, published)]

    @property
    def last_subject(self) -> str | None:
        return self.subjects[-1] if self.subjects else None

    @property
    def topic(self) -> str | None:
        if not self.senders:
            return None
        return Counter(self.senders).most_common(1)[0][0]

    @functools.cached_property
    def likely_senders(self) -> tuple[str | None, ...]:
        """Whose missions an unowned one is, best first: the sender of the missions just named, the
        subjects of the sentences before, the story's main sender, the country it names most (read
        once per memory: every unowned mission of a sentence asks)."""
        return (self.last_sender, *reversed(self.subjects), self.topic, *self.top_countries(1))

    def top_countries(self, n: int) -> list[str]:
        return [c for c, _ in sorted(self.countries, key=lambda kv: -kv[1])[:n]]


@attrs.frozen
class Mention:
    """One statement of a fact, before the mentions of an article are merged."""

    fact: str  # "closure", "opening", "count"
    sender: str
    host: str | None
    city: str | None
    kind: MissionKind
    status: Status | None
    when: Period | None
    count: Quantity | None
    attributed_to: str | None
    evidence: Evidence
    weak: bool = False  # a headline or a bare noun: its status yields to a firmer statement
    group: bool = False
    hostless: bool = False  # a single mission whose host the text does not give
    generic: bool = False  # "several embassies": no host, no number
    covered_ok: bool = False  # "various/other African nations": a region not summed up by named missions
    title: bool = False
    distinct: bool = False  # a post of its own sort (interests section): merged only with its like
    scene: tuple[str, str | None] | None = None  # (host, city) the article is set in, for a hostless mention
