"""Tokens, lexicons and clauses: the small text machinery under hedges and attribution.

Word lists live in ``data/lexicons/*.txt`` (one entry a line, ``#`` comments) and are
compiled once, at import, into one regex per list with the longest entries first and word
boundaries on both sides (:func:`phrase_pattern`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from importlib import resources
from typing import NamedTuple

import regex

from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.memo import remembered
from diplomacy_facts.trie import literal_atoms, trie_alternation, word_start

__all__ = [
    "FLAGS",
    "SUBORDINATE_START",
    "Token",
    "clause_bounds",
    "clause_cuts",
    "lexicon",
    "norm",
    "phrase_pattern",
    "positions",
    "token_index",
    "tokenize",
]

# VERSION0 (simple case folding): under VERSION1's full case folding a repeated character set
# before an alternation backtracks exponentially on runs of i, s or f ("Ukrainiiniiniian")
FLAGS = regex.IGNORECASE


def lexicon(name: str) -> tuple[str, ...]:
    """Entries of ``data/lexicons/<name>.txt``: lower case, one a line, ``#`` comments dropped."""
    text = resources.files("diplomacy_facts").joinpath(f"data/lexicons/{name}.txt").read_text("utf-8")
    out: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            out.append(" ".join(line.lower().replace("’", "'").split()))
    return tuple(dict.fromkeys(out))


def phrase_pattern(entries: Iterable[str]) -> regex.Pattern[str]:
    """One case-insensitive regex for the phrases, longest first, with word boundaries.

    The left boundary is factored out of the alternation (one lookbehind for all
    phrases), which lets the regex engine match the literal alternatives in linear time.
    Entries that begin with an apostrophe ("'ll", "n't") attach to the word before them.
    """
    ordered = {e.lower() for e in entries}  # one trie each (diplomacy_facts.trie): same matches, faster
    words = [e for e in ordered if not e.startswith(("'", "n't"))]
    clitics = [e for e in ordered if e.startswith(("'", "n't"))]

    def build() -> str:  # on first use (diplomacy_facts.lazy)
        parts = []
        if words:
            parts.append(word_start(words) + r"(?<![\w'’‘])(?:" + trie_alternation(map(_atoms, words)) + r")(?!\w)")
        if clitics:
            parts.append(r"(?:" + trie_alternation(map(_atoms, clitics)) + r")(?!\w)")
        return "|".join(parts) or r"(?!)"

    return lazy_compile(build, FLAGS)


def _atoms(entry: str) -> list[str]:
    """An entry as trie atoms: a character each, "'" as any apostrophe, any spaces between words."""
    return literal_atoms(entry, separator=r"\s+", apostrophe=r"['’‘]")


def norm(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").replace("‘", "'").split())


# ---------------------------------------------------------------------------------------
# tokens


class Token(NamedTuple):
    """A word or punctuation mark with its offsets; `low` is lower case with ' for ’.

    A named tuple, not an attrs class: an article has tens of thousands of tokens, and a tuple
    is built several times faster.
    """

    text: str
    start: int
    end: int
    low: str

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or (self.text[0] in "'’‘" and len(self.text) > 1)


# "didn't" -> did + n't; "it'll" -> it + 'll; "Korea's" -> Korea + 's; "O'Carroll" stays whole.
_TOKEN = lazy_compile(
    r"\w+(?=n['’]t\b)|n['’]t\b|['’‘](?:ll|d|s|re|ve|m)\b|\w+(?:-\w+)*(?:['’](?!(?:ll|d|s|re|ve|m)\b)\w+)*|[^\w\s]"
)


def token_index(tokens: Sequence[Token], pos: int) -> int:
    """Index of the first token starting at or after `pos` (tokens are in text order)."""
    return bisect_left(tokens, pos, key=_token_start)


def _token_start(token: Token) -> int:
    return token.start


def positions(text: str, char: str) -> list[int]:
    """Every index of `char` in `text` (found by str.find, not a loop over characters)."""
    out: list[int] = []
    i = text.find(char)
    while i >= 0:
        out.append(i)
        i = text.find(char, i + 1)
    return out


def tokenize(text: str) -> list[Token]:
    """Words and punctuation with their offsets."""
    return _tokens(text)


# Every trigger of a sentence tokenizes and cuts the whole sentence again: the answers are
# remembered (memo.py), so a sentence dense with triggers costs linear, not quadratic, time.
@remembered
def _tokens(text: str) -> tuple[Token, ...]:
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        out.append(Token(word, m.start(), m.end(), word.lower().replace("’", "'").replace("‘", "'")))
    return tuple(out)


# ---------------------------------------------------------------------------------------
# clauses

_AUX = r"(?:has|have|had|is|are|was|were|will|would|may|might|could|can|did|does|do|should|must|shall)"
SUBORDINATE_START = lazy_compile(
    r"^\W*(?:while|although|though|whereas|even though|even as|even if|if|once|unless|because|"
    r"as(?!\s+(?:many|much|well|part|of|a result|far|few|little|soon|recently|early|late)\b))\b[^,;]*,",
    FLAGS,
)
_HARD_CUT = lazy_compile(r"\s*;\s*|\s+[—–]\s+|\s+--\s+|\s*[—–]{1,2}\s*(?=\p{L})|:\s+(?!\d)")
_RELATIVE_CUT = lazy_compile(r",\s+(?=(?:which|who|whom|whose|where)\b)", FLAGS)
_SOFT_CUT = lazy_compile(
    r",\s+(?=(?:but|while|whereas|although|though|even though|even as|yet|because|so that|when|"
    r"as(?!\s+(?:many|much|well|part|of|a result|far|few|little|soon|recently|early|late)\b))\b)"
    r"|\s+(?=(?:but|whereas)\s)"
    r"|,?\s+(?=and\s+(?:(?:he|she|it|they|we|i)\s+\w|(?:the|its|their|his|her|a|an|more|other|further|some|many"
    r"|several|most|both|these|those)\s+(?:[\w'’-]+\s+){0,3}?"
    + _AUX
    + r"\b))"
    r"|,\s+(?=and\s+\p{Lu}[\w.'’-]*(?:\s+\p{Lu}[\w.'’-]*){0,3}\s+(?:" + _AUX + r"|said|says)\b)",
    FLAGS,
)
_PARTICIPLE_CUT = lazy_compile(r",\s+(?=(?P<w>\p{Ll}{2,}ing)\b)")
_PARTICIPLE_EXCEPTIONS = frozenset(lexicon("hedges_participle_exceptions"))


def clause_cuts(sentence: str) -> list[tuple[int, int]]:
    """Clause boundaries as (end of the clause before, start of the clause after)."""
    return _cuts(sentence)


@remembered
def _cuts(sentence: str) -> tuple[tuple[int, int], ...]:
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
    n = len(sentence)  # a comma between digits groups thousands ("2,500") and ends no clause
    commas = [
        c
        for c in positions(sentence, ",")
        if not (0 < c < n - 1 and sentence[c - 1].isdigit() and sentence[c + 1].isdigit())
    ]
    for m in _RELATIVE_CUT.finditer(sentence):  # ", which ..." ends at its next comma
        cuts.append((m.start(), m.end()))
        i = bisect_right(commas, m.end())
        if i < len(commas):
            cuts.append((commas[i], _skip_space(sentence, commas[i] + 1)))
    return tuple(sorted(set(cuts)))



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
