"""Lower case as the `regex` module's case-insensitive matching sees it.

A case-insensitive pattern for "million" also matches "mİllion" (a dotted capital I) and
"ſix" (a long s), but ``str.lower()`` spells those "mi̇llion" and "ſix", which are not the
keys of the tables the match is looked up in. `fold` maps them back, so a lookup keyed by the
lower-case word never fails on a match (found by fuzzing).

>>> fold("mİllion"), fold("ſIX"), fold("\u212aelvin")
('million', 'six', 'kelvin')
"""

from __future__ import annotations

__all__ = ["fold"]

_BACK = str.maketrans({"ſ": "s", "ı": "i"})


def fold(word: str) -> str:
    """`word` in lower case, with the letters that fold to ASCII under simple case folding as ASCII."""
    return word.lower().replace("i\u0307", "i").translate(_BACK)
