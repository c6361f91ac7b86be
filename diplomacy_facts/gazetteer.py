"""The gazetteer behind `diplomacy_facts.places`: every name of a place, built once at import.

Sources, in order of precedence (the first to claim a spelling keeps it):

1. the ambiguous names and pairs of ``data/lexicons/places_rules.txt`` ("Korea", "North and
   South Korea"), then ``places_names.txt``: names news uses that the data lacks (metonyms,
   short forms, regions, blockers);
2. ``data/lexicons/places_cities.txt``: cities and sub-national places, then the US states of
   ``places_rules.txt``;
3. ``data/countries.tsv`` (mledoze/countries, ODbL): common, official and alternative names,
   demonyms and capitals (UN members first), then ISO alpha-3 codes that are safe as words;
4. plurals of demonyms ("Ugandans").

``data/lexicons/places_rules.txt`` also holds the word lists of the reading rules in places.py.

Spellings are stored as tuples of tokens (letter runs, digit runs, single punctuation marks), the
same tokens `TOKEN` cuts a text into, so a name never matches inside a longer word ("Niger" in
"Nigeria", "Oman" in "Romania"). The reader walks the text's tokens once, trying the longest
spelling first. (One regular-expression alternation over all ~3,000 spellings was measured at
0.22 s to compile with `regex`; the token table builds in a fraction of that.)
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Iterable, Mapping
from importlib import resources
from types import MappingProxyType
from typing import Any

import attrs
import regex

from diplomacy_facts.lazy import lazy_compile

__all__ = [
    "AMBIGUOUS",
    "BLOCK",
    "GAZETTEER",
    "NORTH",
    "PAIR",
    "SOUTH",
    "TOKEN",
    "Entry",
    "Gazetteer",
    "PlaceKind",
    "key",
    "lowered",
]


class PlaceKind(enum.StrEnum):
    """How a place is named in the text."""

    COUNTRY = "country"  # "Spain", "the U.S.", "DPRK"
    DEMONYM = "demonym"  # "Spanish", "North Korean", "Ugandans"
    CAPITAL = "capital"  # "Madrid", "Pyongyang said": a capital, often standing for its government
    CITY = "city"  # "Barcelona"; also sub-national places: "Crimea", "Texas", "Gaza"
    METONYM = "metonym"  # "the Kremlin", "the White House", "Downing Street"
    REGION = "region"  # "Africa", "African nations", "the Gulf"


# Codes of entries that are not places but instructions to the reader.
BLOCK = "-"  # consume the phrase, report nothing ("the Washington Post")
AMBIGUOUS = "?"  # resolve from context ("Korea", "Congo")
PAIR = "&"  # two countries ("North and South Korea")
NORTH = "^north"  # "the North" (KP once North Korea was named)
SOUTH = "^south"  # "the South" (KR once either Korea was named)

_KINDS = {k.value: k for k in PlaceKind} | {"regionadj": PlaceKind.REGION}
# demonyms with these endings take a plural "s" ("Ugandans", "Israelis", "Spaniards", "Czechs" is listed)
_PLURAL_ENDINGS = tuple("an i er ot ard on ino ina ine ene eek ek kh ik yz ak ar ab".split())


@attrs.frozen
class Entry:
    """What one spelling means."""

    code: str
    kind: PlaceKind | None
    city: str | None = None
    adjective: bool = False  # a region adjective ("African"), not read before a capitalised word
    alts: tuple[str, ...] = ()  # AMBIGUOUS: (default or "-", alternatives...); PAIR: (first, second)


@attrs.frozen
class Gazetteer:
    entries: Mapping[tuple[str, ...], Entry]  # spelling (see `key`) -> entry
    prefixes: frozenset[tuple[str, ...]]  # every proper leading part of a spelling of several tokens
    first: frozenset[str]  # first tokens of spellings
    folded: Mapping[str, Entry]  # `lowered` spelling -> entry, for look-ups by name
    names: Mapping[str, str]  # code -> common name
    alpha3: Mapping[str, str]  # alpha-3 -> alpha-2
    capitals: Mapping[str, str]  # code -> canonical capital city
    regions: Mapping[str, str]  # code -> region code (none for North America, Oceania, Antarctica)
    cities: Mapping[str, str]  # `lowered` city -> code
    words: Mapping[str, frozenset[str]]  # the word lists of places_rules.txt
    acronyms: frozenset[str]  # all-capital words inside spellings ("DPRK", "UAE")
    states: frozenset[tuple[str, ...]]  # US states and their AP abbreviations ("Va.")
    georgia_state: Any  # cues that "Georgia" is the US state
    georgia_country: Any  # cues that it is the country


TOKEN = lazy_compile(r"\p{L}[\p{L}\p{M}]*|\p{N}+|[^\s\p{L}\p{N}]")
_SAME = str.maketrans({"’": "'", "‘": "'", "‐": "-", "‑": "-"})


def key(surface: str) -> tuple[str, ...]:
    """The lookup form of a surface: its tokens, with one apostrophe and one hyphen."""
    if surface.replace(" ", "").isalpha():
        return tuple(surface.split())  # letters and spaces: the tokens are the words
    return tuple(TOKEN.findall(surface if surface.isascii() else surface.translate(_SAME)))


def lowered(spelling: tuple[str, ...]) -> str:
    """A case-blind form of a `key`, for look-ups by name."""
    return "\x1f".join(spelling).casefold()


def _fold(name: str) -> str:
    """`name` without diacritics ("Bogotá" -> "Bogota")."""
    if name.isascii():
        return name
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _read(name: str) -> str:
    return resources.files("diplomacy_facts").joinpath(f"data/{name}").read_text("utf-8")


_DEMONYM_SEP = lazy_compile(r",\s*|\s+or\s+")
_LINE = lazy_compile(r"^(\S+)\s+([\w-]+)(?:\s+(\w+))?:\s*(.*)$")


def _lexicon(name: str) -> list[tuple[str, str, str | None, list[list[str]]]]:
    """(code, kind, sub-kind, groups of spellings) per line of a lexicon file."""
    rows = []
    for raw in _read(f"lexicons/{name}").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        m = _LINE.match(line)
        if m is None:
            raise ValueError(f"{name}: bad line {line!r}")
        groups = [[s.strip() for s in g.split("=") if s.strip()] for g in m.group(4).split(";") if g.strip()]
        rows.append((m.group(1), m.group(2), m.group(3), groups))
    return rows


def _plural(word: str) -> str | None:
    return word + "s" if word.endswith(_PLURAL_ENDINGS) else None


class _Builder:
    """Collects spellings; the first claim on a spelling wins."""

    def __init__(self) -> None:
        self.entries: dict[tuple[str, ...], Entry] = {}
        self.late: list[tuple[str, Entry]] = []  # plurals, added after every base spelling

    def add(self, name: str, entry: Entry, *, the_forms: bool = False) -> None:
        spellings = [name]
        if name.startswith(("the ", "The ")):
            bare = name[4:]
            if entry.kind in (PlaceKind.CITY, PlaceKind.CAPITAL):
                spellings = [f"The {bare}", f"the {bare}"]  # "The Hague" is a name, "Hague" is not
            else:
                spellings = [f"the {bare}", f"The {bare}", bare] if the_forms else [bare]
        for s in spellings:
            self._put(s, entry)
            if entry.kind is PlaceKind.DEMONYM or entry.adjective:
                plural = _plural(s)
                if plural:
                    self.late.append((plural, entry))

    def _put(self, spelling: str, entry: Entry) -> None:
        self.entries.setdefault(key(spelling), entry)
        if not spelling.isascii():
            self.entries.setdefault(key(_fold(spelling)), entry)

    def finish(self) -> dict[tuple[str, ...], Entry]:
        for plural, entry in self.late:
            self._put(plural, entry)
        return self.entries


def _region(code: str, region: str, subregion: str) -> str | None:
    """The news region of a country: the Middle East is Western Asia without the Caucasus, plus Iran;
    Latin America is Central and South America, the Caribbean and Mexico."""
    if code in ("IR", "AM", "AZ", "GE"):
        return "region:middle-east" if code == "IR" else "region:asia"
    if subregion == "Western Asia":
        return "region:middle-east"
    if region == "Americas":
        return "region:latin-america" if subregion != "North America" or code == "MX" else None
    return {"Africa": "region:africa", "Europe": "region:europe", "Asia": "region:asia"}.get(region)


def _cues(words: Iterable[str]) -> Any:
    alternation = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return lazy_compile(rf"(?<![\p{{L}}\p{{N}}])(?:{alternation})(?![\p{{L}}\p{{N}}])")


def _build() -> Gazetteer:
    words: dict[str, frozenset[str]] = {}
    b = _Builder()
    specials: list[tuple[str, Entry]] = []
    for _code, kind, sub, groups in _lexicon("places_rules.txt"):
        if kind == "ambiguous":
            for name, rest in (g[0].split("->") for g in groups):
                default, *alts = rest.split()
                specials.append((name.strip(), Entry(AMBIGUOUS, _KINDS[sub or ""], alts=(default, *alts))))
        elif kind == "pair":
            for name, rest in (g[0].split("->") for g in groups):
                specials.append((name.strip(), Entry(PAIR, PlaceKind.COUNTRY, alts=tuple(rest.split()))))
        else:
            words[kind] = frozenset(s for g in groups for s in g)
    for name, entry in specials:
        b.add(name, entry)
    for the in ("the", "The"):
        b.entries[(the, "North")] = Entry(NORTH, PlaceKind.COUNTRY)
        b.entries[(the, "South")] = Entry(SOUTH, PlaceKind.COUNTRY)

    rows = [line.split("\t") for line in _read("countries.tsv").splitlines()[1:] if line.strip()]
    rows.sort(key=lambda r: (r[9] != "yes", r[10] != "yes"))
    capitals = {(r[0], _fold(c).casefold()) for r in rows for c in r[5].split("|") if c and c not in words["nocapital"]}

    news_names = _lexicon("places_names.txt")
    for code, kind, _sub, groups in news_names + _lexicon("places_cities.txt"):
        for group in groups:
            place_kind = _KINDS[kind] if kind != "block" else None
            city = group[0] if place_kind is PlaceKind.CITY else None
            if city and any((code, _fold(s).casefold()) in capitals for s in group):
                place_kind = PlaceKind.CAPITAL
            entry = Entry(BLOCK if kind == "block" else code, place_kind, city, adjective=kind == "regionadj")
            for spelling in group:
                b.add(spelling, entry, the_forms=place_kind is PlaceKind.METONYM)
    for state in words["us-state"] - {"Georgia", "Washington"}:
        b.add(state, Entry("US", PlaceKind.CITY, state))

    def usable(alt: str) -> bool:
        return bool(alt) and alt[0].isupper() and "," not in alt and alt not in words["noalt"]

    for r in rows:
        b.add(r[2], Entry(r[0], PlaceKind.COUNTRY))
    for r in rows:
        b.add(r[3], Entry(r[0], PlaceKind.COUNTRY))
    for r in rows:
        for alt in filter(usable, r[4].split("|")):
            b.add(alt, Entry(r[0], PlaceKind.COUNTRY))
    for r in rows:
        for demonym in _DEMONYM_SEP.split(r[8]):
            if demonym and demonym != r[2]:
                b.add(demonym, Entry(r[0], PlaceKind.DEMONYM))
    for r in rows:
        for capital in r[5].split("|"):
            if capital and capital not in words["nocapital"]:
                b.add(capital, Entry(r[0], PlaceKind.CAPITAL, capital))
    for r in rows:
        if r[1] not in words["noalpha3"]:
            b.add(r[1], Entry(r[0], PlaceKind.COUNTRY))
    entries = b.finish()
    for never in words["noname"]:
        entries.pop(key(never), None)

    folded: dict[str, Entry] = {}
    cities: dict[str, str] = {}
    for spelled, entry in entries.items():
        low = lowered(spelled)
        folded.setdefault(low, entry)
        if entry.kind in (PlaceKind.CITY, PlaceKind.CAPITAL) and entry.code != BLOCK:
            cities.setdefault(low, entry.code)
    for r in rows:  # city-states: "Singapore", "Monaco", "Djibouti" are cities too
        for capital in r[5].split("|"):
            if capital and capital not in words["nocapital"]:
                cities.setdefault(lowered(key(capital)), r[0])
    capital_of: dict[str, str] = {}
    for r in rows:
        for capital in r[5].split("|"):
            if capital and capital not in words["nocapital"]:
                found = entries.get(key(capital))
                capital_of.setdefault(r[0], found.city if found and found.code == r[0] and found.city else capital)
    names = {r[0]: r[2] for r in rows}
    for code, kind, _sub, groups in news_names:
        if kind == "region":
            names.setdefault(code, groups[0][0])
    return Gazetteer(
        entries=MappingProxyType(entries),
        prefixes=frozenset(k[:n] for k in entries if len(k) > 1 for n in range(1, len(k))),
        first=frozenset(k[0] for k in entries),
        folded=MappingProxyType(folded),
        names=MappingProxyType(names),
        alpha3=MappingProxyType({r[1]: r[0] for r in rows}),
        capitals=MappingProxyType(capital_of),
        regions=MappingProxyType({r[0]: region for r in rows if (region := _region(r[0], r[6], r[7]))}),
        cities=MappingProxyType(cities),
        words=MappingProxyType(words),
        acronyms=frozenset(t for k in entries for t in k if len(t) > 1 and t.isupper()),
        states=frozenset(key(s) for s in words["us-state"] | words["us-state-abbr"]),
        georgia_state=_cues(words["georgia-state"]),
        georgia_country=_cues(words["georgia-country"]),
    )


GAZETTEER = _build()
