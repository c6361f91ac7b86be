"""Weapon mentions in a sentence: item, category, designation, calibre, origin.

The reader names an item as an analyst would record it: singular, lower case, the
designation first and the type noun after ("K2 tanks" -> "k2 tank", "Iranian-made Shahed
drones" -> "shahed drone", "155 mm artillery shells" -> "155mm artillery shell").

>>> [m.item for m in find_items("It includes Stinger anti-aircraft missiles and 155 mm shells.")]
['stinger anti-aircraft missile', '155mm shell']
>>> m = find_items("Russia bought Iranian-made Shahed drones.")[0]
>>> (m.item, m.category.value, m.designation, m.origin)
('shahed drone', 'drones', 'Shahed', 'IR')

Word lists: ``data/lexicons/weapons_types.txt`` (type nouns -> category) and
``weapons_designations.txt`` (names -> category, default type, country of origin). A
designation that is not listed is still read when a type noun follows it ("Z-10
helicopters", "Type 056 corvettes"). What the reader does not do: decide whether a weapon
changes hands (that is :mod:`diplomacy_facts.arms`), or read pronouns ("them").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs
import regex

from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.model import ArmsCategory
from diplomacy_facts.quantities import find_prices
from diplomacy_facts.weapons_attach import attach
from diplomacy_facts.weapons_lexicon import (
    DESIG_RE,
    KEEP_MODS,
    NOT_ITEM_AFTER,
    NOT_ITEM_BEFORE,
    NOT_NAMES,
    OTHER,
    SKIP_MODS,
    TYPE_EXACT_RE,
    TYPE_RE,
    WORN_MODS,
    Designation,
    WeaponType,
    lookup_designation,
    singular_words,
    type_of,
)
from diplomacy_facts.weapons_mention import ItemMention

__all__ = ["Designation", "ItemMention", "WeaponType", "find_items", "lookup_designation"]

Origins = Sequence[tuple[int, int, str]]  # (start, end, ISO code) of place mentions


# type nouns that name the platform even after a name listed for another weapon
_PLATFORM_NOUNS = frozenset({ArmsCategory.AIRCRAFT, ArmsCategory.SHIPS, ArmsCategory.DRONES})
# an unlisted designation right before a type noun: "Z-10", "Type 056", "2S19", "Kilo-class"
_UNKNOWN_DESIG = lazy_compile(
    r"(?:Type\s\d{2,3}[A-Z]{0,2}(?:/[A-Z])?|[A-Z][A-Za-z]{0,5}-?\d{1,4}[A-Za-z]{0,3}(?:[-/][A-Z0-9]{1,4})?"
    r"|\d[A-Z]\d{1,3}[A-Z]?|\p{Lu}\p{Ll}+-class|\p{Lu}[\p{Ll}]{2,}(?:\s\p{Lu}[\p{Ll}]{2,})?)\s+$"
)
_STRIKE_KIND = lazy_compile(r"\b(?:air-to-air|anti-ship|cruise|ballistic|anti-tank|air-to-ground|air-to-surface)\b")
_CALIBRE = lazy_compile(
    r"(?P<n>\d{2,3}(?:\.\d)?)\s?-?\s?(?:mm|millimet(?:er|re))\b\.?\s+$|(?P<w>\d{1,2},?\d{3}|\d{2,4})-(?P<u>pound|lb|kg)\s+$",
    regex.IGNORECASE,
)
_ORIGIN = lazy_compile(
    r"-(made|built|produced|manufactured|supplied|provided|donated|delivered|gifted|designed|origin)\s+$", regex.I
)
_SPACES = lazy_compile(r"\s+")
_PRICE_GAP = lazy_compile(r"[\s-]+(?:worth\s+of\s+|in\s+)?")  # "$500 million worth of", "$2bn in"
_POSSESSIVE_GAP = lazy_compile(r"['’]s\s+")
_LIST_GAP = lazy_compile(r"\s*(?:,|and|or|,\s*and)\s*")
_GIVEN = frozenset({"supplied", "provided", "donated", "delivered", "gifted"})
_DEFINITE = lazy_compile(
    r"\b(?:the|these|those|this|that|such|its|their|his|her|some\s+of\s+(?:the|these|those))\s+$", regex.IGNORECASE
)


def _origin_before(text: str, start: int, origins: Origins) -> tuple[int, str | None, str | None]:
    """A "-made" modifier, demonym or possessive country right before `start`."""
    for a, b, code in origins:
        if not 0 <= start - b <= 64:
            continue  # no modifier gap is that long (and slicing every gap made long sentences cubic)
        gap = text[b:start]
        if (m := _ORIGIN.fullmatch(gap)) is not None:
            return a, code, "supplied" if m.group(1).lower() in _GIVEN else "made"
        if _POSSESSIVE_GAP.fullmatch(gap):
            return a, code, "possessive"
        if gap == " " or _SPACES.fullmatch(gap):
            return a, code, "demonym"
    return start, None, None


def _type_before(text: str, pos: int) -> regex.Match[str] | None:
    """A type phrase ending right before `pos` ("MRAP armoured vehicles")."""
    window = text[max(0, pos - 40) : pos]
    for pattern in (TYPE_EXACT_RE, TYPE_RE):
        for m in pattern.finditer(window):
            if _SPACES.fullmatch(window, m.end()):
                return m
    return None


def _desig_before(text: str, pos: int) -> regex.Match[str] | None:
    found = None
    for dm in DESIG_RE.finditer(text, max(0, pos - 40), pos):
        if _SPACES.fullmatch(text, dm.end(), pos):
            found = dm
    return found


@attrs.frozen
class _Left:
    start: int
    mods: tuple[str, ...]
    calibre: str | None
    origin: str | None
    kind: str | None
    definite: bool
    desig: str | None  # the designation as written


def _extend_left(text: str, start: int, origins: Origins) -> _Left:
    """Walk left from a type noun over calibre, modifiers, a designation and the origin."""
    mods: list[str] = []
    calibre: str | None = None
    desig: str | None = None
    pos = start
    for _ in range(6):
        before = text[max(0, pos - 40) : pos]
        m = _CALIBRE.search(before)
        if m and calibre is None and desig is None:
            short = f"{m.group('n')}mm" if m.group("n") else f"{m.group('w')}-{m.group('u').lower()}"
            calibre = f"{m.group('n')} mm" if m.group("n") else short
            mods.insert(0, short)
            pos -= len(m.group(0))
            continue
        m = KEEP_MODS.search(before)
        if m and desig is None and (m.start() == 0 or not before[m.start() - 1].isalnum()):
            mods.insert(0, m.group(0).strip().lower())
            pos -= len(m.group(0))
            continue
        m = SKIP_MODS.search(before) if desig is None else WORN_MODS.search(before)  # "24 used F-16 jets"
        if m and (m.start() == 0 or not before[m.start() - 1].isalnum()):
            pos -= len(m.group(0))
            continue
        if desig is None and (d := _desig_before(text, pos)) is not None:
            desig = d.group("d")
            pos = d.start()
            continue
        t = _type_before(text, pos)
        if t is not None and desig is None and not mods:
            mods.insert(0, singular_words(t.group(0)))
            pos -= len(before) - t.start()
            continue
        break
    origin_start, origin, kind = _origin_before(text, pos, origins)
    definite = bool(_DEFINITE.search(text[max(0, origin_start - 40) : origin_start]))
    return _Left(origin_start if origin else pos, tuple(mods), calibre, origin, kind, definite, desig)


def _is_plural(surface: str, phrase: str) -> bool:
    low = surface.lower()
    return low != phrase and low.endswith(("s", "ies")) and not phrase.endswith("s")


def _from_type(
    text: str, m: regex.Match[str], origins: Origins, prices: Sequence[tuple[int, int]] = ()
) -> ItemMention | None:
    wt = type_of(m.group(0))
    if wt is None or NOT_ITEM_AFTER.match(text, m.end()):
        return None
    if NOT_ITEM_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
        return None
    if "lowercase" in wt.flags and not m.group(0).islower():
        return None
    left = _extend_left(text, m.start(), origins)
    if OTHER.search(text[max(0, left.start - 25) : left.start]) and "container" not in wt.flags:
        return None
    start, designation, surface, category = left.start, None, None, wt.category
    flags = set(wt.flags)
    if left.desig is not None:
        entry = lookup_designation(left.desig)
        designation, surface = (entry.name if entry else left.desig), left.desig
        if entry is not None and len(surface.split()) > 2:
            surface = entry.name  # "Army Tactical Missile System" -> "atacms"
        if entry is not None and entry.carrier:
            return None
        if entry is not None and wt.category is not ArmsCategory.AMMUNITION and "carrier" not in wt.flags:
            category = entry.category
            if wt.category in _PLATFORM_NOUNS and entry.category not in _PLATFORM_NOUNS and "generic" not in wt.flags:
                category = wt.category  # a name shared by two weapons: "Hawk trainers", "Puma helicopters"
            if wt.category is ArmsCategory.MISSILES and _STRIKE_KIND.search(wt.item):
                category = wt.category  # "IRIS-T air-to-air missiles": not the ground-based system of that name
            if wt.item.endswith((" system", " complex")) and not entry.default_type.endswith("system"):
                wt = attrs.evolve(wt, item=entry.default_type)  # "its Archer artillery system": a howitzer
        flags -= {"carrier", "needs_mod", "generic"}
    else:
        u = _UNKNOWN_DESIG.search(text[max(0, start - 30) : start])
        at = start - len(u.group(0)) if u else 0
        name = u.group(0).strip() if u else ""
        if u and at > 0 and name.split()[0] not in NOT_NAMES and not any(a <= at < b for a, b, _ in origins):
            numbered = any(ch.isdigit() for ch in name) or name.endswith("-class")
            if numbered or "needs_mod" not in wt.flags:
                designation = surface = name
                start = at
                o_start, o_code, o_kind = _origin_before(text, start, origins)
                if o_code:
                    left = attrs.evolve(left, origin=o_code, kind=o_kind)
                    start = o_start
                flags -= {"carrier", "needs_mod", "generic"}
    priced = any(b < start and _PRICE_GAP.fullmatch(text, b, start) for _, b in prices)
    package = "package" in flags and (left.origin is not None or bool(_PACKAGE_CUE.match(text, m.end())))
    counted = "round" in wt.item and bool(_COUNTED.search(text, max(0, start - 25), start))  # "300,000 rounds"
    if "needs_mod" in flags and left.calibre is None and not left.mods and not (priced or package or counted):
        return None
    parts = [surface.lower().replace("’", "'")] if surface else []
    parts += [x for x in left.mods if x not in wt.item.split()]
    parts.append(wt.item)
    origin, kind = left.origin, left.kind
    entry = lookup_designation(designation) if designation else None
    if origin is None and entry is not None and entry.origin:
        origin, kind = entry.origin, "designation"
    return ItemMention(
        start,
        m.end(),
        " ".join(parts),
        category,
        designation,
        left.calibre,
        origin,
        kind,
        frozenset(flags - {"needs_mod", "mass", "lowercase"}),
        _is_plural(m.group(0), wt.phrase),
        left.definite,
    )


def _from_designation(
    text: str, d: regex.Match[str], origins: Origins, known: Callable[[str], bool]
) -> ItemMention | None:
    entry = lookup_designation(d.group("d"))
    unit = _UNIT_AFTER.match(text, d.end())  # "the first S-400 regiment", "two squadrons of Rafales"
    if entry is None or entry.carrier or (NOT_ITEM_AFTER.match(text, d.end()) and not unit):
        return None
    plural = bool(d.group("pl")) and not d.group("pl").startswith(("'", "’"))
    ap = _APPOSITION_START.match(text, d.end())
    described = (
        ap is not None
        and (t := TYPE_RE.search(text, ap.end(), ap.end() + 40)) is not None
        and "," not in text[ap.end() : t.start()]
    )
    tail_word = _GENERIC_TAIL.match(text, d.end())
    if entry.ambiguous and not plural and not known(entry.name) and not described and not tail_word:
        return None
    left = _extend_left(text, d.start(), origins)
    origin, kind = left.origin, left.kind
    if origin is None and entry.origin:
        origin, kind = entry.origin, "designation"
    surface = d.group("d") if len(d.group("d").split()) <= 2 else entry.name
    tail = _GENERIC_TAIL.match(text, d.end())
    unit = unit or _UNIT_FAR.match(text, d.end())  # "S-400 Triumf long-range air defence squadrons"
    end = tail.end() if tail else unit.end() if unit else d.end()  # "two S-400 squadrons": the phrase ends there
    plural = plural or bool(tail and tail.group(0).rstrip().endswith("s"))
    item = f"{surface.lower().replace('’', chr(39))} {entry.default_type}"
    return ItemMention(
        left.start, end, item, entry.category, entry.name, None, origin, kind, frozenset(), plural, left.definite
    )


_COUNTED = lazy_compile(
    r"(?:\d|\b(?:million|thousand|hundred|dozens|hundreds|thousands|millions)\b)\s+$", regex.IGNORECASE
)
_UNIT_AFTER = lazy_compile(r"\s+(?:regiments?|battalions?|squadrons?|divisions?|sets?)\b", regex.IGNORECASE)
_UNIT_FAR = lazy_compile(
    r"(?:\s+(?!(?:to|for|from|by|in|of|and|or|with|the|at|on)\b)[\w-]+){1,4}?\s+(?:regiments?|battalions?|squadrons?)\b",
    regex.IGNORECASE,
)
# "S-400 systems", "Iskander complexes": a name with a word that adds nothing
_GENERIC_TAIL = lazy_compile(r"\s+(?:systems?|complex(?:es)?|units?|platforms?|batter(?:y|ies))\b", regex.IGNORECASE)
# "Sweden's new package for Ukraine includes ...": an arms package, not "a package of reforms"
_PACKAGE_CUE = lazy_compile(
    r"\s+(?:for\s+\p{Lu}|to\s+\p{Lu}|of\s+(?:weapons|arms|military|aid|ammunition|equipment|security)|includ|contain"
    r"|worth|will\s+include)",
    regex.IGNORECASE,
)
_APPOSITION_START = lazy_compile(r"\s*,\s+(?:a|an)\s+", regex.IGNORECASE)


def _shared_type(text: str, items: list[ItemMention], d: regex.Match[str]) -> int | None:
    """Index of the item whose type noun the bare name `d` shares ("MiG-29 and Su-27 fighter jets")."""
    for i, it in enumerate(items):
        if it.start > d.end() and it.designation:
            if _LIST_GAP.fullmatch(text, d.end(), it.start):
                return i
            return None
    return None


def find_items(
    text: str, origins: Origins = (), *, known: Callable[[str], bool] = lambda _name: False
) -> list[ItemMention]:
    """Weapon mentions in `text`, in order. `origins` are country mentions (start, end, code).

    `known(designation)` says whether the article already named an ambiguous designation
    ("Archer", "Patriot") with a type noun, so that a bare later mention counts.
    """
    origins = sorted(origins, key=lambda o: -o[1])
    out: list[ItemMention] = []
    hits = sorted([*TYPE_RE.finditer(text), *TYPE_EXACT_RE.finditer(text)], key=lambda m: (m.start(), -m.end()))
    names = [(d.start(), d.end()) for d in DESIG_RE.finditer(text)]
    prices = [(a, b) for a, b, _, _ in find_prices(text)]
    # a type word inside a name ("Army Tactical Missile System") is part of the name
    hits = [m for m in hits if not any(a <= m.start() and m.end() <= b and (a, b) != m.span() for a, b in names)]
    for k, m in enumerate(hits):
        if any(o.start <= m.start() < o.end for o in out):
            continue
        nxt = hits[k + 1] if k + 1 < len(hits) else None
        if nxt is not None and nxt.start() > m.end() and _SPACES.fullmatch(text, m.end(), nxt.start()):
            continue  # "MRAP armoured vehicles": the next type noun takes this one as modifier
        item = _from_type(text, m, origins, prices)
        if item is not None:
            out.append(item)
    for d in DESIG_RE.finditer(text):
        if any(o.start <= d.start() < o.end or o.start < d.end() <= o.end for o in out):
            continue
        shared = _shared_type(text, sorted(out, key=lambda i: i.start), d)
        entry = lookup_designation(d.group("d"))
        if shared is not None and entry is not None:
            ordered = sorted(out, key=lambda i: i.start)
            nxt_item = ordered[shared]
            if nxt_item.category is entry.category:
                type_words = nxt_item.item.split(maxsplit=1)[-1] if " " in nxt_item.item else nxt_item.item
                left = _extend_left(text, d.start(), origins)
                origin = (left.origin, left.kind) if left.origin else (nxt_item.origin, nxt_item.origin_kind)
                out[out.index(nxt_item)] = attrs.evolve(
                    nxt_item,
                    start=left.start,
                    item=type_words,
                    designation=None,
                    origin=origin[0],
                    origin_kind=origin[1],
                    definite=left.definite,
                )
                continue
        item = _from_designation(text, d, origins, known)
        if item is not None:
            out.append(item)
    return attach(text, sorted(out, key=lambda i: i.start))
