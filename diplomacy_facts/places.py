"""Who and where: countries, capitals, cities, demonyms, metonyms and regions in news text.

>>> [(p.code, p.kind.value, p.text) for p in find_places("Pyongyang shut its embassy in Madrid, Spain said.")]
[('KP', 'capital', 'Pyongyang'), ('ES', 'capital', 'Madrid'), ('ES', 'country', 'Spain')]
>>> resolve_place("Ugandan"), city_country("Luanda"), country_name("KP")
('UG', 'AO', 'North Korea')

Codes are ISO 3166-1 alpha-2 ("KP", "HK", "TW", "XK" for Kosovo) or regions ("region:africa",
"region:europe", "region:middle-east", "region:asia", "region:latin-america").

How names are read (the word lists are in data/lexicons/places_*.txt):

- Proper names match case-sensitively and as whole words: "Turkey" is the country, "turkey" the
  bird; "US" is never "us" or part of "USB"; Niger is never read inside "Nigeria", nor Oman in
  "Romania". All-capital lines (headlines) are read as if written in title case.
- Longest spelling wins: "Equatorial Guinea", "Papua New Guinea", "New Mexico" (a US state),
  "South Sudan". Blockers consume names inside names that are no place for us: newspapers ("the
  Korea Herald", "the Washington Post"), seas ("South China Sea"), "the European Union", "Guinea
  pig". A blocked phrase yields nothing.
- Names that are also people's names ("Jordan", "Chad", "Israel", "Washington", "Paris") are not
  read when a capitalised word that is not a title or a date follows them ("Chad O'Carroll",
  "Israel Katz", but "Chad President Mahamat Deby") or, mid-sentence, precedes them ("Michael
  Jordan"). Region adjectives are not read before a capitalised word ("the African Union", "the
  Asian Development Bank"). Neither check applies to title-case or all-capital headlines.
- "Korea" and "Korean" alone name neither Korea unless the text (or `seen`) named exactly one of
  them before; "Congo" is the Republic of the Congo unless only DR Congo was named before.
  "the North" is North Korea and "the South" South Korea once either Korea was named.
- "Georgia" is the US state (code US, kind CITY) when the same text says so ("Atlanta,
  Georgia", "Georgia Gov.", "the state of Georgia", an Atlanta cue and no Tbilisi/Caucasus cue).
- A city followed by a US state ("Paris, Texas", "Alexandria, Va.") is in the US.
- "US$", "HK$" are currencies, not places.
- Organisations named after a country keep the country ("Korea Aerospace Industries" -> KR when
  context decides Korea, "Israel Defense Forces" -> IL, "Turkish Airlines" -> TR): they are that
  country's institutions. Media outlets are blocked, since they are sources, not actors.
"""

from __future__ import annotations

import bisect

import attrs
import regex

from diplomacy_facts.gazetteer import AMBIGUOUS, BLOCK, GAZETTEER, NORTH, PAIR, SOUTH, Entry, PlaceKind, key, lowered
from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.memo import remembered

__all__ = [
    "PlaceKind",
    "PlaceMention",
    "capital_of",
    "city_country",
    "country_name",
    "find_places",
    "is_region",
    "region_of",
    "resolve_place",
]

G = GAZETTEER
_SMALL = frozenset({"of", "the", "and", "de", "da", "du", "del", "des", "la", "es", "el-", "y", "e", "et", "au", "on"})
_DATELINE = lazy_compile(r"(?m)^(?>[ \t]*\p{Lu}{2,}(?:[ .'’/-]{1,2}\p{Lu}{2,}){0,3})(?=,|[ \t]*\()")
_SHOUT = lazy_compile(r"(?<!\p{Lu})\p{Lu}{2,}[\s'’.,-]+\p{Lu}{2,}")
_WORD = lazy_compile(r"\p{L}[\p{L}\p{M}]*")
_LOWER_FIRST = "|".join(sorted(w for w in G.first if not w[0].isupper()))  # "the Kremlin", "sub-Saharan"
_CANDIDATE = lazy_compile(
    rf"(?<![\p{{L}}\p{{M}}])(?:\p{{Lu}}[\p{{L}}\p{{M}}]*|(?:{_LOWER_FIRST})(?![\p{{L}}\p{{M}}]))"
)
_GAP_TOKEN = lazy_compile(r"[ \t\n\r\u00a0]{0,3}(\p{L}[\p{L}\p{M}]*|\p{N}+|[^\s\p{L}\p{N}])")
_SAME = str.maketrans({"’": "'", "‘": "'", "‐": "-", "‑": "-"})
_SHIPS = "|".join(sorted(G.words["ship-prefix"]))
_SHIP = lazy_compile(rf"(?<![\p{{L}}])(?:{_SHIPS})[ \t\u00a0]$")
_NEWLINE = lazy_compile(r"\n")
_LOWER = lazy_compile(r"\p{Ll}")
_LINE_WORD = lazy_compile(r"\p{L}[\p{L}\p{M}'’-]*")
_AND = lazy_compile(r"\s+and\s+")
_JOINED = lazy_compile(r"\s+\p{Lu}|-\p{L}")
_TITLE_SMALL = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "vs", "with"}
)
_NEXT = lazy_compile(r"(?:['’]s)?[ \t\u00a0]+(\p{L}[\p{L}\p{M}'’.-]*)")
_PREV = lazy_compile(r"(?<![\p{L}\p{M}'’.-])(\p{Lu}[\p{L}\p{M}'’.-]*)[ \t\u00a0]$")
_PREV_COMMA = lazy_compile(r"(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]\p{Lu}[\p{L}\p{M}'’.-]*)?),[ \t]$")
_STATE_OF = lazy_compile(r"(?<![\p{L}])(?:[Ss]tate of|U\.S\. state of|US state of)[ \t]$")
_AFTER_CITY = lazy_compile(r",[ \t]+(\p{Lu}[\p{L}.]*(?:[ \t]\p{Lu}[\p{L}.]*)?)")
_OPENERS = ".!?:;\"“”'‘’(\n—–"


@attrs.frozen
class PlaceMention:
    """One place named in a text, with its character span in the string that was searched."""

    code: str  # ISO alpha-2 ("KP", "HK", "TW") or "region:africa" etc.
    start: int
    end: int
    text: str  # surface text: "North Korean", "Pyongyang", "the Kremlin"
    kind: PlaceKind
    city: str | None = None  # canonical city name when kind is CAPITAL or CITY ("Madrid")


@remembered
def find_places(text: str, *, seen: frozenset[str] = frozenset()) -> list[PlaceMention]:
    """All non-overlapping place mentions in `text`, left to right, the longest spelling first.

    `seen`: codes named earlier in the article; they resolve "the North", "the South", "Korea".
    """
    scan = _uncap(text)
    context = set(seen)
    found: list[PlaceMention] = []
    page = _Page(text)
    pos = 0
    for word in _CANDIDATE.finditer(scan):
        if word.start() < pos or word.group() not in G.first:
            continue
        entry, end = _longest(scan, word)
        if entry is None:
            continue
        read = _read(page, word.start(), end, entry, context)
        if read is not None:
            found.extend(read)
            context.update(m.code for m in read)
            pos = end
    return found


def resolve_place(name: str) -> str | None:
    """The code of a place name, demonym, city, metonym or region; None if unknown or ambiguous.

    >>> resolve_place("North Korea"), resolve_place("Madrid"), resolve_place("Africa"), resolve_place("Korea")
    ('KP', 'ES', 'region:africa', None)
    """
    entry = _lookup(name)
    if entry is not None:
        if entry.code == AMBIGUOUS:
            return None if entry.alts[0] == "-" else entry.alts[0]
        return None if entry.code in (BLOCK, PAIR, NORTH, SOUTH) else entry.code
    code = name.strip()
    if code in G.names:
        return code
    return G.alpha3.get(code)


def country_name(code: str) -> str:
    """The common English name of a code ("KP" -> "North Korea", "region:africa" -> "Africa");
    an unknown code is returned unchanged."""
    return G.names.get(code, code)


def city_country(city: str) -> str | None:
    """The country of a city or sub-national place ("Luanda" -> "AO", "Crimea" -> "UA")."""
    return G.cities.get(lowered(key(city)))


def is_region(code: str) -> bool:
    """True for group codes such as "region:africa"."""
    return code.startswith("region:")


def region_of(code: str) -> str | None:
    """The region a country belongs to for group counts ("ML" -> "region:africa", "IR" ->
    "region:middle-east"); a region code is its own region; None for North America, Oceania,
    Antarctica and unknown codes.

    >>> region_of("ML"), region_of("IR"), region_of("KP"), region_of("region:europe"), region_of("US")
    ('region:africa', 'region:middle-east', 'region:asia', 'region:europe', None)
    """
    return code if is_region(code) else G.regions.get(code)


def capital_of(code: str) -> str | None:
    """The capital city of a country, spelled as `PlaceMention.city` spells it ("UA" -> "Kyiv",
    "US" -> "Washington"); None when unknown or disputed (Israel).

    >>> capital_of("AO"), capital_of("US"), capital_of("IL")
    ('Luanda', 'Washington', None)
    """
    return G.capitals.get(code)


# --- reading ---------------------------------------------------------------------------------------


def _longest(scan: str, word: regex.Match[str]) -> tuple[Entry | None, int]:
    """The entry of the longest spelling starting at `word`, and where it ends."""
    seq: tuple[str, ...] = (word.group(),)
    best: tuple[Entry | None, int] = (None, 0)
    end = word.end()
    while True:
        entry = G.entries.get(seq)
        if entry is not None:
            best = (entry, end)
        if seq not in G.prefixes:
            break
        token = _GAP_TOKEN.match(scan, end)
        if token is None:
            break
        seq = (*seq, token.group(1).translate(_SAME))
        end = token.end()
    return best


def _read(page: _Page, start: int, end: int, entry: Entry, context: set[str]) -> list[PlaceMention] | None:
    """The mentions one matched spelling makes: [] for a blocker, None to read on from the next token."""
    text = page.text
    surface = text[start:end]
    if entry.code == BLOCK:
        return []
    if _SHIP.search(text, max(0, start - 8), start):
        return None  # "USS Missouri"
    if text[end : end + 1] == "$" or text[end : end + 1].isdigit() or (start and text[start - 1].isdigit()):
        return None
    if entry.code == PAIR:
        first, second = _AND.split(surface, maxsplit=1)
        at = start + len(surface) - len(second)
        return [
            PlaceMention(entry.alts[0], start, start + len(first), first, PlaceKind.COUNTRY),
            PlaceMention(entry.alts[1], at, end, second, PlaceKind.COUNTRY),
        ]
    if entry.code in (NORTH, SOUTH):
        if _JOINED.match(text, end):
            return None  # "the North Korean", "the South China Sea", "the North-South"
        if entry.code == NORTH and context & {"KP", "KR"}:  # "Seoul said the North fired": North Korea
            return [PlaceMention("KP", start, end, surface, PlaceKind.COUNTRY)]
        if entry.code == SOUTH and context & {"KP", "KR"}:
            return [PlaceMention("KR", start, end, surface, PlaceKind.COUNTRY)]
        return None
    code, kind, city = entry.code, entry.kind or PlaceKind.COUNTRY, entry.city
    if code == AMBIGUOUS:
        resolved = _disambiguate(entry.alts, context)
        if resolved is None:
            return None
        code = resolved
    if surface in G.words["prefix"] and text[end : end + 1] != "-":
        return None  # "Sino" is read in "Sino-Russian" only
    namelike = key(surface) in _NAMELIKE
    if code == "GE" and surface.startswith("Georgia") and _georgia_is_state(page, start, end, context):
        if surface != "Georgia":
            return None
        code, kind, city, namelike = "US", PlaceKind.CITY, "Georgia", False
    if not page.headline(start):
        if namelike and _names_a_person(text, start, end):
            return None
        nxt = _NEXT.match(text, end) if entry.adjective else None
        if nxt and nxt.group(1)[0].isupper() and not nxt.group(1).isupper():
            return None  # "the African Union", "the Asian Development Bank"; not "European NATO members"
    if kind in (PlaceKind.CITY, PlaceKind.CAPITAL) and code not in ("US", "GE"):
        after = _AFTER_CITY.match(text, end)
        if after and any(key(s) in G.states for w in (after.group(1), after.group(1).split()[0]) for s in (w, w[:-1])):
            code, kind = "US", PlaceKind.CITY  # "Paris, Texas", "Alexandria, Va."
    return [PlaceMention(code, start, end, surface, kind, city)]


_NAMELIKE = frozenset(key(w) for w in G.words["namelike"])


def _disambiguate(alts: tuple[str, ...], context: set[str]) -> str | None:
    default, *others = alts
    if default in context:
        return default
    named = [c for c in others if c in context]
    if len(named) == 1:
        return named[0]
    return None if default == "-" else default


def _names_a_person(text: str, start: int, end: int) -> bool:
    """True when a namelike place is part of a longer proper name ("Chad O'Carroll", "Michael Jordan")."""
    nxt = _NEXT.match(text, end)
    if nxt and text[end : end + 1] not in ("'", "’"):
        word = nxt.group(1)
        if word[0].isupper() and word.rstrip(".") not in G.words["follower"] and key(word) not in G.entries:
            return True
    before = text[max(0, start - 60) : start]
    prev = _PREV.search(before)
    if prev is None:
        return False
    word = prev.group(1)
    head = before[: prev.start()].rstrip(" \t\u00a0")
    if not head or head[-1] in _OPENERS:
        return False  # sentence-initial capital says nothing
    leaders = G.words["leader"]
    return word not in leaders and word.rstrip(".") not in leaders and key(word) not in G.entries


def _georgia_is_state(page: _Page, start: int, end: int, context: set[str]) -> bool:
    """True when "Georgia" here is the US state, decided from the same text."""
    text = page.text
    before = text[max(0, start - 60) : start]
    if _STATE_OF.search(before):
        return True
    prev = _PREV_COMMA.search(before)
    if prev:
        for name in (prev.group(1), prev.group(1).split()[-1]):
            entry = _lookup(name)
            if entry is not None and entry.kind in (PlaceKind.CITY, PlaceKind.CAPITAL):
                return entry.code != "GE"  # "Atlanta, Georgia" / "Tbilisi, Georgia"
    nxt = _NEXT.match(text, end)
    if nxt and nxt.group(1).rstrip(".") in G.words["georgia-follower"]:
        return True
    if text.startswith((", U.S.", ", US", ", USA"), end):
        return True
    return "GE" not in context and page.georgia_state_cues()


class _Page:
    """The text being read, with facts about it computed once, on first use."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._breaks: list[int] | None = None
        self._headlines: dict[int, bool] = {}
        self._georgia: bool | None = None

    def headline(self, pos: int) -> bool:
        """True when the line holding `pos` is a title-case or all-capital headline."""
        if self._breaks is None:
            self._breaks = [m.start() for m in _NEWLINE.finditer(self.text)]
        i = bisect.bisect_left(self._breaks, pos)
        start = self._breaks[i - 1] + 1 if i else 0
        if start not in self._headlines:
            end = self._breaks[i] if i < len(self._breaks) else len(self.text)
            words = _LINE_WORD.findall(self.text, start, end)
            lower = [w for w in words if w[0].islower() and w not in _TITLE_SMALL]
            self._headlines[start] = len(words) >= 3 and not lower
        return self._headlines[start]

    def georgia_state_cues(self) -> bool:
        """True when the text speaks of the US state (Atlanta...) and not of the Caucasus."""
        if self._georgia is None:
            self._georgia = bool(G.georgia_state.search(self.text)) and not G.georgia_country.search(self.text)
        return self._georgia


def _uncap(text: str) -> str:
    """`text` with all-capital lines and datelines ("TBILISI, Georgia (AP)") in title case, same
    length; acronyms ("DPRK", "US") kept."""
    if _SHOUT.search(text):
        lines = text.splitlines(keepends=True)
        for n, line in enumerate(lines):
            if not _LOWER.search(line) and len(_WORD.findall(line)) >= 2:
                lines[n] = _WORD.sub(_soften, line)
        text = "".join(lines)
    softened: str = _DATELINE.sub(lambda m: _WORD.sub(_soften, m.group()), text)
    return softened


def _soften(m: regex.Match[str]) -> str:
    word: str = m.group()
    if len(word) < 2 or word in G.acronyms:
        return word
    if word.lower() in _SMALL:
        return word.lower()
    title = word.capitalize()
    return title if len(title) == len(word) else word


def _lookup(name: str) -> Entry | None:
    k = key(name.strip())
    if len(k) > 1 and k[0] in ("the", "The"):
        k = k[1:]
    if len(k) > 2 and k[-2:] == ("'", "s"):
        k = k[:-2]
    return G.entries.get(k) or G.folded.get(lowered(k))
