"""Where a sentence's missions are when its mission phrase does not say: a fronted place ("In Havana,
..."), "where", "there" and "in the city", the sender's mission named before, the place the story is
set in, the country of the source. A mixin of `SentenceContext` (mission_context)."""

from __future__ import annotations

import functools
from collections import Counter
from typing import TYPE_CHECKING

from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.mission_lexicon import FLAGS
from diplomacy_facts.model import MissionKind
from diplomacy_facts.places import PlaceKind, PlaceMention, find_places

if TYPE_CHECKING:
    from diplomacy_facts.attribution import Source
    from diplomacy_facts.mission_memory import Memory
    from diplomacy_facts.mission_phrases import MissionNP

__all__ = ["SCENE_BEFORE", "StoryPlaces"]

_DESTINATION_BEFORE = lazy_compile(r"\b(?:to|for|towards?|into|via|through)\s+(?:the\s+)?(?:[\w-]+\s+)?$", FLAGS)
_THERE = lazy_compile(
    r"\s+(?:there\b(?!\s+(?:is|are|was|were|will|would|has|have|had)\b)|in\s+the\s+(?:(?P<city>city|capital)|"
    r"(?P<land>country|kingdom|island\s+nation|island|republic|emirate|sultanate))\b(?!\s+of\b|['’]))",
    FLAGS,
)
_FRONTED_PLACE = lazy_compile(r"^\s*In\s+", FLAGS)
_WHERE_AFTER = lazy_compile(r",?\s+where\b")
SCENE_BEFORE = lazy_compile(
    r"\b(?:(?:diplomats|diplomatic\s+staff|embassy\s+staff|ambassador|envoy|embassies|missions|consulates)\s+"
    r"(?:\w+\s+){0,3}?(?:out\s+of|from|in)|(?:ambassador|envoy)\s+to|(?:returned|returning|returns|back)\s+to)"
    r"\s+(?:the\s+)?$",
    FLAGS,
)


class StoryPlaces:
    """The host-finding half of `SentenceContext`: it reads the sentence's places, missions, sources
    and the article's memory, which `SentenceContext` provides."""

    text: str
    places: list[PlaceMention]
    nps: list[MissionNP]
    sources: list[Source]
    memory: Memory

    def after_preposition(self, start: int) -> bool:
        raise NotImplementedError  # SentenceContext's

    def subject_candidates(
        self, pos: int, *, sources_ok: bool = False, speakers_ok: bool = False
    ) -> list[PlaceMention]:
        raise NotImplementedError  # SentenceContext's

    def pair(self, pos: int, hosts: frozenset[str | None] = frozenset()) -> list[str]:
        """The two countries of "both countries closed their embassies": two named before `pos` as
        actors, else the only two the sentence names besides the hosts, else the two the article
        names most."""
        found: list[str] = []
        for p in self.subject_candidates(pos, sources_ok=True):
            if p.code not in found:
                found.append(p.code)
        if len(found) == 2:
            return found
        named = []
        for p in self.places:
            if p.start < pos and not p.code.startswith("region:") and p.code not in hosts and p.code not in named:
                named.append(p.code)
        if len(named) == 2:
            return named  # "moves by Panama in 2017 and El Salvador in 2018, when both countries closed ..."
        found = []
        for code in self.memory.top_countries(4) + [p.code for p in self.places if not p.code.startswith("region:")]:
            if code not in found:
                found.append(code)
            if len(found) == 2:
                return found
        return []

    def fronted_host(self) -> PlaceMention | None:
        """ "In Caracas, the Canadian interests section ..." """
        m = _FRONTED_PLACE.match(self.text)
        if not m:
            return None
        for p in self.places:
            if p.start == m.end() and self.text[p.end : p.end + 2].startswith(","):
                return p
        return None

    @functools.cached_property
    def _where_places(self) -> list[PlaceMention]:
        """The places a "where" clause follows, read once per sentence (not once per trigger)."""
        return [p for p in self.places if _WHERE_AFTER.match(self.text[p.end : p.end + 10])]

    def where_host(self, pos: int) -> PlaceMention | None:
        """ "Macau, where local media have reported that Lisbon shut its consulate" """
        for p in reversed(self._where_places):
            if p.end <= pos:
                return p
        return None

    def remembered_host(
        self, sender: str, kind: MissionKind, *, any_kind: bool = False
    ) -> tuple[str, str | None] | None:
        """The host of the sender's mission named last ("the embassy" after "its embassy in Tehran");
        with `any_kind`, of any of its missions ("the consulate in Berehove" after "its embassy in Kyiv")."""
        mine = [
            seen
            for seen in reversed(self.memory.missions)
            if seen.sender == sender
            and seen.host
            and (any_kind or MissionKind.MISSION in (seen.kind, kind) or seen.kind is kind)
        ]
        named = {p.code for p in self.places if p.code != sender}
        # "Relations between Dakar and Tehran were cut in 2011, and Senegal's embassy was shut": the one named here
        seen = next((m for m in mine if m.host in named), mine[0] if mine else None)
        return (seen.host, seen.city) if seen is not None and seen.host else None

    def there_host(self, pos: int, sender: str) -> PlaceMention | None:
        """The place "there" at `pos` stands for: the last one named before it (in this sentence, else
        in the one before) that is not the sender's own country."""
        there = _THERE.match(self.text, pos)
        if there is None:
            return None
        urban = (PlaceKind.CITY, PlaceKind.CAPITAL)
        before = [p for p in self.places if p.end <= pos and p.code != sender and not p.code.startswith("region:")]
        if there.group("city"):  # "its new embassy in the city": a city named before
            before = [p for p in before if p.kind in urban]
        if not before:
            for text in reversed(self.memory.texts[-1:]):
                before = [p for p in find_places(text) if p.code != sender and not p.code.startswith("region:")]
                if there.group("city"):
                    before = [p for p in before if p.kind in urban]
        if not before:
            return None
        last = before[-1]
        if there.group("land"):  # "Denmark closed its embassy in the country": the country named last
            return last
        if last.kind not in urban:
            # "Bangui, the Central African capital. ... its embassy there": the city the place stands beside
            return next((p for p in reversed(before) if p.code == last.code and p.kind in urban), last)
        return last

    def scene_host(self, sender: str) -> tuple[str, str | None] | None:
        """Where the article's missions are (host, city): the host of the mission named last that is
        not the sender's own country, else the one place this sentence names besides the sender
        ("evacuated their diplomats" in a story about embassies in Khartoum)."""
        here = [p for p in self.places if p.code != sender and not p.code.startswith("region:") and self.scene_at(p)]
        if here:  # "Oman's ambassador returned to Damascus, making it the first Gulf state to reopen its embassy"
            return here[-1].code, (here[-1].text if here[-1].kind in (PlaceKind.CITY, PlaceKind.CAPITAL) else None)
        for seen in reversed(self.memory.missions):
            if seen.host and seen.host != sender and not seen.host.startswith("region:"):
                if any(p.code == seen.host and not self.after_preposition(p.start) for p in self.places):
                    return None  # the country is an actor here, not the setting
                cities = Counter(m.city for m in self.memory.missions if m.host == seen.host and m.city)
                return seen.host, (cities.most_common(1)[0][0] if cities else None)
        for code, city in reversed(self.memory.scenes):  # "Western nations evacuate Kabul embassies"
            if code != sender:
                if any(p.code == code and not self.after_preposition(p.start) for p in self.places):
                    return None
                return code, city
        named = {
            (p.code, p.city)
            for p in self.places
            if p.code != sender
            and not p.code.startswith("region:")
            and not _DESTINATION_BEFORE.search(self.text, max(0, p.start - 20), p.start)  # "fled to Ethiopia"
        }
        return next(iter(named)) if len(named) == 1 else None

    def scene_at(self, p: PlaceMention) -> bool:
        """Whether the place `p` is where diplomats are: "evacuate diplomats from Kabul", "the ambassador
        returned to Damascus", "missions in Khartoum"."""
        return SCENE_BEFORE.search(self.text, max(0, p.start - 50), p.start) is not None

    def speaker_country(self, pos: int, sender: str) -> str | None:
        """The country of the source of the claim at `pos`, when it is not the sender."""
        for s in self.sources:
            if not s.governs(pos):
                continue
            inside = [p for p in self.places if s.attribution.start <= p.start and p.end <= s.attribution.end]
            if any(p.code == sender for p in inside):
                return None  # "Norway and Denmark said ...": a fellow speaker, not the host
            for p in inside:
                if p.code != sender and not p.code.startswith("region:"):
                    return p.code
        return None
