"""Is an article worth reading? A two-stage test that costs off-topic news almost nothing.

Every fact needs a word for a mission or the diplomatic service, or a word for weapons or the
military, somewhere in the article. Common words that only sometimes mean arms ("round",
"shell", "container", "supply", "sale") do not let an article through on their own.

Stage one looks for plain substrings ("embass", "missile", ...: one per cue, the longest
letters every match of the cue must contain) in the case-folded text with ``str.__contains__``,
which runs at memory speed. Only an article holding one of them is searched with the cue
regex, at word starts; an article without a cue word still passes when it names a weapon of
the lexicon ("S-400", "Bayraktar TB2"), found by one case-sensitive scan. So `on_topic(text)`
is exactly ``CUES.search(text) or WEAPON_NAMES.search(text)``, at a fraction of their cost
on news about other things (tests/test_prefilter.py proves the equivalence on random text).

>>> on_topic("Chile reopened its embassy in Caracas."), on_topic("Rain is expected on Sunday.")
(True, False)
"""

from __future__ import annotations

import regex

from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.weapons_lexicon import DESIG_RE

__all__ = ["CUES", "CUE_WORDS", "STEMS", "WEAPON_NAMES", "on_topic", "stem_of"]

#: The cues, as regex alternatives (case-insensitive, each tried at a word start).
CUE_WORDS: tuple[str, ...] = (
    # missions and the diplomatic service
    "embass", "consul", "diplomat", "diplomacy", "legation", "high.commission", "representative.office",
    "chancer(?:y|ies)", "liaison.office", "trade.office", "nunciature", "interests.section",
    "ambassador", "envoy", "foreign.ministry", "foreign.office", r"missions?\b",
    # weapons and the military
    "weapon", r"arms\b", "munition", "ammunition", r"ammo\b", "missile", "artillery", "howitzer",
    r"tanks?\b", "drone", r"uavs?\b", "warship", "frigate", "corvette", "submarine", "rifle",
    "air.defen", "launcher", "fighter", r"jets?\b", "helicopter", "aircraft", "military",
    "armou?red", "defen[cs]e", r"shells\b", r"rounds\b", "fighting.vehicle", "personnel.carrier",
    r"mortars?\b", "bomb", "rocket", "torpedo", "warplane", "radar", "grenade", r"batter(?:y|ies)\b",
    "interceptor", r"navy\b", r"naval\b", r"army\b", "arsenal",
)

CUES = lazy_compile(r"\b(?:" + "|".join(CUE_WORDS) + ")", regex.IGNORECASE)
#: The weapons lexicon's names and designations ("S-400", "Bayraktar TB2"): case-sensitive, one
#: trie, about 40 MB/s.
WEAPON_NAMES = DESIG_RE


def stem_of(cue: str) -> str:
    """The longest run of letters that every match of `cue` contains (lower case).

    Only letters outside groups and character sets count, and a letter made optional by
    ``?`` ends a run: ``"armou?red"`` gives ``"armo"``, ``"chancer(?:y|ies)"`` gives
    ``"chancer"``, ``r"tanks?\\b"`` gives ``"tank"``.
    """
    runs: list[str] = []
    run = ""
    depth = 0
    i = 0
    while i < len(cue):
        ch = cue[i]
        if ch == "\\":  # an escape (\b, \s, ...) is no letter of the text
            runs.append(run)
            run = ""
            i += 2
            continue
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif depth == 0 and ch.isalpha() and not cue.startswith("?", i + 1):
            run += ch
            i += 1
            continue
        runs.append(run)
        run = ""
        i += 1
    runs.append(run)
    stem = max(runs, key=len)
    if len(stem) < 3:
        raise ValueError(f"prefilter cue {cue!r} has no literal stem of three letters or more")
    return stem.lower()


#: Stage one: a substring of the case-folded text per cue.
STEMS: tuple[str, ...] = tuple(sorted({stem_of(cue) for cue in CUE_WORDS}))


def on_topic(text: str) -> bool:
    """Whether `text` holds a cue word at a word start or a weapon's name from the lexicon.

    Exactly ``CUES.search(text) or WEAPON_NAMES.search(text)``: a one-line brief such as
    "Delhi gets its first S-400 squadron" names no weapon type, only the weapon.
    """
    folded = text.casefold()
    if any(stem in folded for stem in STEMS) and CUES.search(text) is not None:
        return True
    return WEAPON_NAMES.search(text) is not None
