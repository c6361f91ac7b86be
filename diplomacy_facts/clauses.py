"""Tokens, lexicons and clauses: the small text machinery under hedges and attribution.

Word lists live in ``data/lexicons/*.txt`` (one entry a line, ``#`` comments) and are
compiled once, at import, into one regex per list with the longest entries first and word
boundaries on both sides (:func:`phrase_pattern`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from importlib import resources

import attrs
import regex

__all__ = [
    "FLAGS",
    "SUBORDINATE_START",
    "Token",
    "clause_bounds",
    "clause_cuts",
    "lexicon",
    "norm",
    "phrase_pattern",
    "tokenize",
]

FLAGS = regex.IGNORECASE | regex.VERSION1


def lexicon(name: str) -> tuple[str, ...]:
    """Entries of ``data/lexicons/<name>.txt``: lower case, one a line, ``#`` comments dropped."""
    text = resources.files("diplomacy_facts").joinpath(f"data/lexicons/{name}.txt").read_text("utf-8")
    out: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            out.append(" ".join(line.lower().replace("’", "'").split()))
    return tuple(dict.fromkeys(out))


def _phrase(entry: str) -> str:
    words = [r"['’‘]".join(regex.escape(part) for part in word.split("'")) for word in entry.split()]
    return r"\s+".join(words)


def phrase_pattern(entries: Iterable[str]) -> regex.Pattern[str]:
    """One case-insensitive regex for the phrases, longest first, with word boundaries.

    The left boundary is factored out of the alternation (one lookbehind for all
    phrases), which lets the regex engine match the literal alternatives in linear time.
    Entries that begin with an apostrophe ("'ll", "n't") attach to the word before them.
    """
    ordered = sorted(set(entries), key=lambda e: (-len(e), e))
    words = [_phrase(e) for e in ordered if not e.startswith(("'", "n't"))]
    clitics = [_phrase(e) for e in ordered if e.startswith(("'", "n't"))]
    parts = []
    if words:
        parts.append(r"(?<![\w'’‘])(?:" + "|".join(words) + r")(?!\w)")
    if clitics:
        parts.append(r"(?:" + "|".join(clitics) + r")(?!\w)")
    return regex.compile("|".join(parts) or r"(?!)", FLAGS)


def norm(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").replace("‘", "'").split())


# ---------------------------------------------------------------------------------------
# tokens


@attrs.frozen
class Token:
    """A word or punctuation mark with its offsets; `low` is lower case with ' for ’."""

    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower().replace("’", "'").replace("‘", "'")

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or (self.text[0] in "'’‘" and len(self.text) > 1)


# "didn't" -> did + n't; "it'll" -> it + 'll; "Korea's" -> Korea + 's; "O'Carroll" stays whole.
_TOKEN = regex.compile(
    r"\w+(?=n['’]t\b)|n['’]t\b|['’‘](?:ll|d|s|re|ve|m)\b|\w+(?:-\w+)*(?:['’](?!(?:ll|d|s|re|ve|m)\b)\w+)*|[^\w\s]"
)


def tokenize(text: str) -> list[Token]:
    """Words and punctuation with their offsets."""
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


# ---------------------------------------------------------------------------------------
# clauses

_AUX = r"(?:has|have|had|is|are|was|were|will|would|may|might|could|can|did|does|do|should|must|shall)"
SUBORDINATE_START = regex.compile(
    r"^\W*(?:while|although|though|whereas|even though|even as|even if|if|once|unless|because|"
    r"as(?!\s+(?:many|much|well|part|of|a result|far|few|little|soon|recently|early|late)\b))\b[^,;]*,",
    FLAGS,
)
_HARD_CUT = regex.compile(r"\s*;\s*|\s+[—–]\s+|\s+--\s+|\s*[—–]{1,2}\s*(?=\p{L})|:\s+(?!\d)")
_RELATIVE_CUT = regex.compile(r",\s+(?=(?:which|who|whom|whose|where)\b)", FLAGS)
_SOFT_CUT = regex.compile(
    r",\s+(?=(?:but|while|whereas|although|though|even though|even as|yet|because|so that|when|"
    r"as(?!\s+(?:many|much|well|part|of|a result|far|few|little|soon|recently|early|late)\b))\b)"
    r"|\s+(?=(?:but|whereas)\s)"
    r"|,?\s+(?=and\s+(?:(?:he|she|it|they|we|i)\s+\w|(?:the|its|their|his|her|a|an)\s+(?:[\w'’-]+\s+){0,3}?"
    + _AUX
    + r"\b))"
    r"|,\s+(?=and\s+\p{Lu}[\w.'’-]*(?:\s+\p{Lu}[\w.'’-]*){0,3}\s+(?:" + _AUX + r"|said|says)\b)",
    FLAGS,
)
_PARTICIPLE_CUT = regex.compile(r",\s+(?=(?P<w>\p{Ll}{2,}ing)\b)")
_PARTICIPLE_EXCEPTIONS = frozenset(lexicon("hedges_participle_exceptions"))


def clause_cuts(sentence: str) -> list[tuple[int, int]]:
    """Clause boundaries as (end of the clause before, start of the clause after)."""
    cuts = [(m.start(), m.end()) for m in _HARD_CUT.finditer(sentence)]
    cuts += [(m.start(), m.end()) for m in _SOFT_CUT.finditer(sentence)]
    cuts += [
        (m.start(), m.end())
        for m in _PARTICIPLE_CUT.finditer(sentence)
        if m.group("w").lower() not in _PARTICIPLE_EXCEPTIONS
    ]
    first = SUBORDINATE_START.match(sentence)
    if first:
        cuts.append((first.end() - 1, _skip_space(sentence, first.end())))
    commas = [i for i, c in enumerate(sentence) if c == ","]
    for m in _RELATIVE_CUT.finditer(sentence):  # ", which ..." ends at its next comma
        cuts.append((m.start(), m.end()))
        i = bisect_right(commas, m.end())
        if i < len(commas):
            cuts.append((commas[i], _skip_space(sentence, commas[i] + 1)))
    return sorted(set(cuts))


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def clause_bounds(sentence: str, pos: int) -> tuple[int, int]:
    """The [start, end) span of the clause around `pos`.

    Clauses are cut at ";", ":", spaced dashes, ", but", ", while", ", although", ", which"
    (a relative clause ends at its next comma), ", and" before a new subject, a participial
    ", saying ..." and after a sentence-opening "While/Although/If ...,".

    >>> s = "Russia denies receiving the shells, but U.S. officials say Pyongyang shipped them."
    >>> a, b = clause_bounds(s, s.index("shipped"))
    >>> s[a:b]
    'but U.S. officials say Pyongyang shipped them.'
    """
    start, end = 0, len(sentence)
    for before, after in clause_cuts(sentence):
        if after <= pos:
            start = max(start, after)
        elif before >= pos:
            end = min(end, before)
            break
    return start, end
