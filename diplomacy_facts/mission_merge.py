"""One fact per distinct mission: merging the mentions of an article.

Mentions of the same change to the same mission (same sender, host and count; cities and
kinds that do not contradict each other) become one fact that keeps every evidence span.
Its status is the firmest one stated firmly (a headline or a bare noun counts only when
nothing firmer is said); its date, kind and city the most specific ones given.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

from diplomacy_facts.mission_memory import Mention
from diplomacy_facts.model import Closure, Fact, MissionCount, MissionKind, Opening, Period, Status
from diplomacy_facts.model import Mission as MissionValue
from diplomacy_facts.places import region_of

__all__ = ["merge"]

_RANK = {Status.COMPLETED: 4, Status.ONGOING: 3, Status.INTENDED: 2, Status.POSSIBLE: 1}


def _value(m: Mention) -> tuple[float, str | None] | None:
    return None if m.count is None else (m.count.value, m.count.unit)


@attrs.define
class _Group:
    """The mentions of one fact so far, with what `_fits` asks of all of them kept as they are added
    (a fact told a thousand times in one article must not cost a thousand times a thousand)."""

    members: list[Mention]
    cities: set[str] = attrs.Factory(set)
    sorts: set[str] = attrs.Factory(set)  # `_sort` of the members
    years: tuple[int, int] | None = None  # earliest and latest year of the firm, dated members

    @classmethod
    def of(cls, m: Mention) -> _Group:
        group = cls([])
        group.add(m)
        return group

    def add(self, m: Mention) -> None:
        self.members.append(m)
        if m.city:
            self.cities.add(m.city)
        self.sorts.add(_sort(m))
        if not m.weak and m.when is not None and m.when.year is not None:
            y = m.when.year
            self.years = (y, y) if self.years is None else (min(self.years[0], y), max(self.years[1], y))


def _fits(group: _Group, m: Mention, before: int | None = None) -> bool:
    first = group.members[0]
    if (first.fact, first.sender, first.host, _value(first)) != (m.fact, m.sender, m.host, _value(m)):
        return False
    if first.group != m.group:
        return False
    if m.city and group.cities and m.city not in group.cities:
        return False
    if m.fact == "count":
        return first.kind is m.kind
    year, years = (m.when.year if m.when is not None and not m.weak else None), group.years
    if year is not None and years is not None and (year - years[0] > 1 or years[1] - year > 1):
        return False  # "opened in 1977" and "opened in 2015" are two openings (more than a year apart)
    if before is not None and (_then_and_now(first, m, before) or _then_and_now(m, first, before)):
        return False  # "shut for two years in 2011" and "will shut" are two closures
    mine = _sort(m)
    if mine == "mission" or mine in group.sorts:
        return True
    return not (group.sorts - {"mission"})


def _then_and_now(a: Mention, b: Mention, before: int) -> bool:
    """`a` a change done long ago (dated two years or more before publication), `b` one still to come."""
    done_long_ago = (
        a.status is Status.COMPLETED and a.when is not None and a.when.year is not None and a.when.year < before
    )
    return done_long_ago and not a.weak and b.status in (Status.INTENDED, Status.POSSIBLE) and not b.weak


def _sort(m: Mention) -> str:
    return "mission!" if m.distinct else m.kind.value


def _overlap(a: Period, b: Period) -> bool:
    """Dates that may be of one event: a year or less apart ("April 2" and "April 5" may be one
    closure told twice; "1977" and "2015" are two openings)."""
    if a.year is None or b.year is None:
        return True
    return abs(a.year - b.year) <= 1


def _precision(p: Period | None) -> int:
    return 0 if p is None else (3 if p.day is not None else 2 if p.month is not None else 1)


def _fact(group: Sequence[Mention]) -> Fact:
    firm = [m for m in group if not m.weak] or list(group)
    evidence = tuple(m.evidence for m in group)
    if group[0].fact == "count":
        first = group[0]
        assert first.count is not None
        as_of = max((m.when for m in group), key=_precision)
        attributed = next((m.attributed_to for m in group if m.attributed_to), None)
        return MissionCount(first.sender, first.kind, first.count, as_of, attributed, evidence)
    best = max((m.status for m in firm if m.status is not None), key=lambda s: _RANK[s])
    deciding = [m for m in firm if m.status is best]
    if not any(m.when for m in deciding):
        deciding = [m for m in group if m.status is best] or deciding  # a date told in passing
    when = max((m.when for m in deciding), key=_precision)
    kind = next((m.kind for m in group if m.kind is not MissionKind.MISSION), MissionKind.MISSION)
    if kind is MissionKind.MISSION and not group[0].group and all(m.evidence.rule.startswith("staff") for m in group):
        kind = MissionKind.EMBASSY  # "evacuated its diplomats from Sudan": a country's diplomats there are its embassy
    city = next((m.city for m in group if m.city), None)
    attributed = next((m.attributed_to for m in deciding if m.attributed_to), None) or next(
        (m.attributed_to for m in group if m.attributed_to), None
    )
    count = next((m.count for m in group if m.count is not None), None)
    mission = MissionValue(group[0].sender, group[0].host, city, kind)
    cls: Callable[..., Fact] = Closure if group[0].fact == "closure" else Opening
    return cls(mission=mission, status=best, when=when, count=count, attributed_to=attributed, evidence=evidence)


def _key(m: Mention) -> tuple[object, ...]:
    return (m.fact, m.sender, m.host, _value(m), m.group)


@attrs.define
class _Groups:
    """The groups of mentions so far, in order, indexed by what a mention must share with a group's
    first mention to join it (so a long article's mentions are not each tried against every group)."""

    all: list[_Group] = attrs.Factory(list)
    by_key: dict[tuple[object, ...], list[_Group]] = attrs.Factory(dict)
    by_sender: dict[tuple[object, ...], list[_Group]] = attrs.Factory(dict)

    def new(self, m: Mention) -> None:
        group = _Group.of(m)
        self.all.append(group)
        self.by_key.setdefault(_key(m), []).append(group)
        self.by_sender.setdefault((m.fact, m.sender, m.group), []).append(group)

    def candidates(self, m: Mention, hostless: bool) -> list[_Group]:
        if hostless:
            return self.by_sender.get((m.fact, m.sender, False), [])
        return self.by_key.get(_key(m), [])


def _attach(groups: _Groups, m: Mention, *, hostless: bool, before: int | None = None) -> bool:
    """Add `m` to the one group it fits; a hostless mention fits any host of its sender."""
    fits = []
    for g in groups.candidates(m, hostless):
        if hostless:
            first = g.members[0]
            if (first.fact, first.sender, first.group) == (m.fact, m.sender, False) and _fits(
                _Group.of(first),
                Mention(
                    m.fact, m.sender, first.host, m.city, m.kind, m.status, m.when, m.count, m.attributed_to, m.evidence
                ),
                before,
            ):
                fits.append(g)
        elif _fits(g, m, before):
            fits.append(g)
        if len(fits) > (1 if hostless else 0):
            break  # the first fit takes a mention with a host; a hostless one must fit one group only
    if len(fits) == 1 or (fits and not hostless):
        fits[0].add(m)
        return True
    return False


def merge(mentions: Sequence[Mention], published_year: int | None = None) -> list[Fact]:
    """The facts of an article from its mentions, in order of first mention. With `published_year`, a
    change done two years or more before publication is not merged with the same change still to come."""
    before = None if published_year is None else published_year - 1
    groups = _Groups()
    body = [m for m in mentions if not m.title]
    for m in body:
        if m.hostless:
            continue
        if not _attach(groups, m, hostless=False, before=before):
            groups.new(m)
    for m in body:
        if m.hostless and not _attach(groups, m, hostless=True, before=before) and m.scene is not None and not m.group:
            # a mission whose host only the story's setting gives ("their embassies" in Damascus)
            host, city = m.scene
            placed = attrs.evolve(m, host=host, city=m.city or city, hostless=False, scene=None)
            if not _attach(groups, placed, hostless=False, before=before):
                groups.new(placed)
    for m in mentions:
        single = not (m.group or m.hostless or (m.host or "").startswith("region:"))
        if m.title and not _attach(groups, m, hostless=m.hostless, before=before) and single:
            groups.new(m)  # a headline's named mission that the body does not restate
    # a wave of closures given a number makes its numberless mention redundant
    firsts = [g.members[0] for g in groups.all]
    counted = {(f.fact, f.sender) for f in firsts if f.group and f.count is not None}
    named = [f for f in firsts if not f.group and f.host]
    kept: list[list[Mention]] = []
    for group in groups.all:
        g = group.members
        first = g[0]
        if first.group and first.count is None:
            if first.host is None and (first.fact, first.sender) in counted:
                continue
            if first.host and first.host.startswith("region:") and not any(m.covered_ok for m in g):
                region = first.host
                if any(
                    n.fact == first.fact and n.sender == first.sender and region_of(n.host or "") == region
                    for n in named
                ):
                    continue  # "Sahel embassies" summing up the named ones
        kept.append(g)
    return [_fact(g) for g in kept]
