"""Weapon phrases that belong together: "rockets for HIMARS launchers" (the launcher's ammunition),
"grenade launchers with ammunition" (one item), "the Archer, a truck-mounted howitzer" (an
apposition), "A-29 Super Tucano aircraft" (two names of one weapon)."""

from __future__ import annotations

import attrs
import regex

from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.model import ArmsCategory
from diplomacy_facts.weapons_lexicon import lookup_designation
from diplomacy_facts.weapons_mention import ItemMention

__all__ = ["attach"]

# "rockets for HIMARS launchers": the ammunition of a named launcher
_FOR_LAUNCHER = lazy_compile(r"\s+(?:for|of)\s+(?:the\s+|its\s+|their\s+)?$", regex.IGNORECASE)
# "grenade launchers with ammunition", "J-10C, armed with air-to-air missiles": part of the first item
_WITH = lazy_compile(
    r"\s*,?\s*(?:(?:armed|fitted|equipped|loaded|mounted)\s+)?(?:with|and\s+their|and\s+its)\s+(?:(?:their|its|the)\s+)?"
    r"(?:own\s+)?$",
    regex.IGNORECASE,
)
_APPOSITION = lazy_compile(r"\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?", regex.IGNORECASE)


def attach(text: str, items: list[ItemMention]) -> list[ItemMention]:
    out: list[ItemMention] = []
    for it in items:
        prev = out[-1] if out else None
        if prev is not None:
            gap = text[prev.end : it.start]
            if (
                prev.category is ArmsCategory.AMMUNITION
                and it.designation
                and _FOR_LAUNCHER.fullmatch(gap)
                and it.category is not ArmsCategory.AMMUNITION
            ):
                out[-1] = attrs.evolve(
                    prev, end=it.end, item=f"{it.designation.lower()} {prev.item}", designation=it.designation
                )
                continue
            if _WITH.fullmatch(gap) and it.category in (ArmsCategory.AMMUNITION, ArmsCategory.MISSILES):
                out[-1] = attrs.evolve(prev, end=it.end)
                continue
            close = _CLOSE.match(text, it.end)
            if _OPEN.fullmatch(gap) and close is not None and it.designation:
                # "Army Tactical Missile System (ATACMS)": the long name and its acronym are one weapon
                out[-1] = _one(prev, attrs.evolve(it, end=close.end()), prefer_second=True)
                _collapse(text, out)
                continue
            if _two_names(prev, it, gap):
                # "A-29 Super Tucano aircraft", "M142 HIMARS", "T-90 Vladimir tanks": two names of one weapon
                out[-1] = _one(prev, it, prefer_second=lookup_designation(it.designation or "") is not None)
                continue
            if prev.designation and not it.designation and _APPOSITION.fullmatch(gap):
                out[-1] = attrs.evolve(prev, end=it.end)  # "the Archer, a truck-mounted 155 mm howitzer"
                continue
        out.append(it)
    return out


_OPEN = lazy_compile(r"(?:\s+\p{Lu}[\w-]*){0,2}\s*\(\s*")
_CLOSE = lazy_compile(r"\s*\)")


def _one(prev: ItemMention, it: ItemMention, *, prefer_second: bool) -> ItemMention:
    """One weapon from two adjacent names: the better-known name, the whole span, the written origin."""
    base = it if prefer_second else prev
    named = prev.origin_kind not in (None, "designation")
    return attrs.evolve(
        base,
        start=prev.start,
        end=max(it.end, prev.end),
        origin=prev.origin if named else base.origin,
        origin_kind=prev.origin_kind if named else base.origin_kind,
        plural=it.plural or prev.plural,
        definite=prev.definite,
    )


def _collapse(text: str, out: list[ItemMention]) -> None:
    """ "M142 High Mobility Artillery Rocket System (HIMARS)": a name before the merged pair joins it too."""
    while len(out) >= 2 and _two_names(out[-2], out[-1], text[out[-2].end : out[-1].start]):
        out[-2:] = [_one(out[-2], out[-1], prefer_second=True)]


def _two_names(prev: ItemMention, it: ItemMention, gap: str) -> bool:
    if not (prev.designation and it.designation and prev.category is it.category):
        return False
    if not (gap == " " or prev.start <= it.start < prev.end):
        return False
    a, b = lookup_designation(prev.designation), lookup_designation(it.designation)
    if a is None or b is None or a.name == b.name:
        return True
    # "M1A2 SEPv3 Abrams": a variant before its family name (same maker, same kind of weapon)
    return bool(a.origin) and a.origin == b.origin and a.default_type == b.default_type and not a.ambiguous
