"""The verb group around a trigger word, and the modality cues read in it.

An extractor's trigger ("closed", "is shutting down", "the closure of", "a deal") sits in a
verb group: the auxiliaries, modals, adverbs and catenative verbs before it ("has decided to",
"is in the process of", "may have"), or, for a noun, its determiners and the one word that
governs it ("announced the planned closure"). :func:`read_group` walks back from the trigger
over the words of ``data/lexicons/hedges_chain.txt`` (and, for a noun,
``hedges_noun_premodifiers.txt``) and stops at anything else: a subject, a comma, a
complementiser. :func:`read_cues` then matches the phrase lexicons ``hedges_completed``,
``hedges_ongoing``, ``hedges_intended``, ``hedges_agreed``, ``hedges_reported``,
``hedges_belief`` and ``hedges_possible`` in that span.

>>> s = "Pyongyang has decided to shut its consulate."
>>> g = read_group(s, s.index("shut"), s.index("shut") + 4)
>>> s[g.tokens[g.chain].start : g.tokens[g.index].start]
'has decided to '
>>> [c.value for c in decide_tense(read_cues(s, g, s.index("shut") + 4), Cue)]
['completed', 'intended']
"""

from __future__ import annotations

import bisect
import enum
from collections.abc import Callable, Iterable
from typing import Any

import attrs

from diplomacy_facts.clauses import Token, clause_bounds, lexicon, norm, phrase_pattern, token_index, tokenize
from diplomacy_facts.lazy import LazyPattern, lazy_compile
from diplomacy_facts.memo import remembered

__all__ = [
    "BE",
    "CHAIN",
    "CUES",
    "CUE_PATTERN",
    "IRREGULAR_PAST",
    "NOUN_TRIGGERS",
    "PREMODIFIERS",
    "Cue",
    "Form",
    "Group",
    "RangeScan",
    "context_cue",
    "decide_tense",
    "modal_after_noun",
    "read_cues",
    "read_group",
    "walk",
]


class Cue(enum.Enum):
    COMPLETED = "completed"
    ONGOING = "ongoing"
    INTENDED = "intended"
    AGREED = "agreed"
    REPORTED = "reported"
    BELIEF = "belief"
    POSSIBLE = "possible"


def _cue_map(*names: tuple[str, Cue]) -> dict[str, Cue]:
    out: dict[str, Cue] = {}
    for name, cue in names:  # later lexicons take precedence for an entry in two of them
        out.update(dict.fromkeys(lexicon(name), cue))
    return out


CUES = _cue_map(
    ("hedges_completed", Cue.COMPLETED),
    ("hedges_ongoing", Cue.ONGOING),
    ("hedges_reported", Cue.REPORTED),
    ("hedges_intended", Cue.INTENDED),
    ("hedges_agreed", Cue.AGREED),
    ("hedges_belief", Cue.BELIEF),
    ("hedges_possible", Cue.POSSIBLE),
)
CUE_PATTERN = phrase_pattern(CUES)
CHAIN = frozenset(lexicon("hedges_chain"))
PREMODIFIERS = frozenset(lexicon("hedges_noun_premodifiers"))
NOUN_TRIGGERS = frozenset(lexicon("hedges_noun_triggers"))
IRREGULAR_PAST = frozenset(lexicon("hedges_irregular_past"))
BE = frozenset({"is", "are", "was", "were", "be", "been", "'s", "am", "'re"})
_PARTICLES = frozenset({"down", "out", "up", "off", "over"})
_QUOTES = frozenset("\"“”‘’'")
_COMPLEMENTISERS = frozenset({"'s", "that", "whether", "when", "if", "how", "why", "which", "who", "where"})


class Form(enum.Enum):
    PAST = "past"  # closed, withdrew, has shut
    ING = "ing"  # closing
    PRESENT = "present"  # closes (headline present)
    BASE = "base"  # close
    NOUN = "noun"  # closure, the reopening


@attrs.frozen
class Group:
    """The verb group of a trigger: its tokens, form and the clause it sits in."""

    tokens: list[Token]
    index: int  # first trigger token
    after: int  # first token after the trigger
    chain: int  # first token of the verb group (== index when empty)
    form: Form
    clause: tuple[int, int]


def _form(tokens: list[Token], i: int) -> Form:
    word = tokens[i].low
    prev = tokens[i - 1].low if i > 0 else ""
    determiner = prev in PREMODIFIERS or prev == "'s" or prev.isdigit()
    bare = not (prev in CHAIN and prev not in PREMODIFIERS)
    if word in NOUN_TRIGGERS and (determiner or (bare and not word.endswith("ing"))):
        return Form.NOUN  # "the closing of", not "…, closing the mission"
    if word.endswith("ing") and len(word) > 4:
        return Form.NOUN if determiner else Form.ING
    if word.endswith("ed") or word in IRREGULAR_PAST:
        if word in IRREGULAR_PAST and prev in {"to", "will", "would", "'ll", "can", "could", "may", "might", "must"}:
            return Form.BASE
        if word in IRREGULAR_PAST and prev in {"did", "do", "does", "n't", "not"}:
            return Form.BASE
        return Form.PAST
    if word.endswith("s") and not word.endswith("ss") and prev not in {"to", "will", "would", "'ll", "did", "n't"}:
        return Form.PRESENT
    return Form.BASE


def walk(tokens: list[Token], index: int, clause_start: int, noun: bool) -> int:
    """First token of the verb group ending before tokens[index]."""
    j = index - 1
    governor_taken = False
    while j >= 0 and tokens[j].start >= clause_start:
        tok = tokens[j]
        low = tok.low
        if tok.text in _QUOTES:  # was "withdrawing and establishing"
            j -= 1
            continue
        if not tok.is_word or (low == "may" and tok.text[0] == "M" and j > 0):  # "in May" is a month
            break
        if noun and low in PREMODIFIERS:
            j -= 1
            continue
        if noun and not governor_taken:
            governor_taken = True
            noun = False
            if low not in _COMPLEMENTISERS and not tok.text[0].isupper():
                j -= 1  # the verb or preposition governing the noun: "announced the closure"
                continue
            break
        if low in CHAIN:
            j -= 1
            continue
        break
    return j + 1


def _end(token: Token) -> int:
    return token.end


def read_group(sentence: str, start: int, end: int) -> Group | None:
    tokens = tokenize(sentence)  # in text order: found by bisection
    index = bisect.bisect_right(tokens, start, key=_end)  # the first token ending after `start`
    if index == len(tokens):
        return None
    after = token_index(tokens, end)  # the first token starting at or after `end`
    clause = clause_bounds(sentence, start)
    form = _form(tokens, index)
    chain = walk(tokens, index, clause[0], form is Form.NOUN)
    return Group(tokens, index, after, chain, form, clause)


def _coordinated(group: Group) -> tuple[int, int] | None:
    """The verb group of the first verb in "will close X and [open] Y": (first, last+1) tokens."""
    tokens = group.tokens
    if group.chain != group.index or group.index == 0 or tokens[group.index - 1].low not in {"and", "or"}:
        return None
    if group.form not in (Form.BASE, Form.ING):
        return None
    for t in range(group.index - 2, 0, -1):
        if tokens[t].start < group.clause[0]:
            return None
        prev = tokens[t - 1].low
        if prev in CHAIN and prev not in PREMODIFIERS and tokens[t].low not in CHAIN and tokens[t].text.islower():
            return walk(tokens, t, group.clause[0], False), t
    return None


def _to(cue: str) -> bool:
    return norm(cue).endswith(" to")  # "plans to", "vowed to"; a bare "to" governs nothing


def decide_tense(cues: list[tuple[int, Cue, bool]], kinds: Iterable[Cue]) -> list[Cue]:
    """The cues of the given kinds that decide tense, nearest last: from the last infinitival on."""
    wanted = set(kinds)
    chosen = [(c, inf) for _, c, inf in cues if c in wanted]
    last_to = max((i for i, (_, inf) in enumerate(chosen) if inf), default=None)
    return [c for c, _ in chosen[: last_to + 1]] if last_to is not None else [c for c, _ in chosen]


def read_cues(sentence: str, group: Group, trigger_end: int) -> list[tuple[int, Cue, bool]]:
    """Cues in the verb group (and the trigger itself), in text order.

    Each is (end offset, cue, infinitival): an infinitival cue ("plans to", "vowed to",
    "was forced to") governs whatever aspect follows it ("vowed to keep supplying").
    """
    tokens = group.tokens
    span_start = tokens[group.chain].start if group.chain < group.index else tokens[group.index].start
    end = trigger_end
    if group.after < len(tokens) and tokens[group.after].low in _PARTICLES:
        end = tokens[group.after].end  # "winds down", "pulled out"
    out = [(m.end(), CUES[norm(m.group())], _to(m.group())) for m in CUE_PATTERN.finditer(sentence, span_start, end)]
    first, last = group.chain, group.index
    earlier = _coordinated(group)
    if earlier is not None:  # "will close its embassy in Mali and open one in Mauritania"
        first, last = earlier
        inherited = CUE_PATTERN.finditer(sentence, tokens[first].start, tokens[last].start) if first < last else ()
        out = [(span_start, CUES[norm(m.group())], _to(m.group())) for m in inherited] + out
    # be + -ing: "is closing", "was temporarily suspending"; "being" + -ed: "is being closed"
    for k in range(first, last):
        low = tokens[k].low
        if (group.form is Form.ING and low in BE) or (low == "being" and group.form is Form.PAST):
            out.append((span_start if earlier else tokens[k].end, Cue.ONGOING, False))
    return sorted(out, key=lambda c: c[0])


def modal_after_noun(sentence: str, group: Group) -> Cue | None:
    """Modality of the verb that follows a noun trigger: "the closure will take effect"."""
    tokens = group.tokens
    for k in range(group.after, min(len(tokens), group.after + 14)):
        tok = tokens[k]
        if tok.start >= group.clause[1] or tok.text in ",;:":
            return None
        low = tok.low
        if low in {"will", "would", "'ll", "shall", "must"}:
            return Cue.INTENDED
        if low in {"could", "may", "might", "can"}:
            return Cue.POSSIBLE
        if low in BE | {"has", "have", "had"}:
            nxt = tokens[k + 1].low if k + 1 < len(tokens) else ""
            if nxt in {"expected", "scheduled", "due", "set", "planned", "slated", "to", "likely", "poised"}:
                return Cue.POSSIBLE if nxt == "likely" else Cue.INTENDED
            return None
    return None


def context_cue(group: Group) -> Cue:
    """Status of the verb before a participle: "…, closing its embassy", "retaliated by closing"."""
    tokens = group.tokens
    k = group.chain - 1
    steps = 0
    while k >= 0 and steps < 20:
        low = tokens[k].low
        if low in {"will", "would", "'ll", "shall"}:
            return Cue.INTENDED
        if low in {"may", "might", "could"} and tokens[k].text[0].islower():
            return Cue.POSSIBLE
        if low in BE and k + 1 < len(tokens) and tokens[k + 1].low.endswith("ing"):
            return Cue.ONGOING
        if tokens[k].text[0].islower() and (low.endswith("ed") or low in IRREGULAR_PAST or low in {"has", "had"}):
            return Cue.COMPLETED
        k -= 1
        steps += 1
    return Cue.COMPLETED


# ---------------------------------------------------------------------------------------
# a pattern searched between two offsets of one sentence, for each of its triggers


_WORD_CHAR = lazy_compile(r"\w")


class RangeScan:
    r"""`pattern.search(sentence, pos, endpos)` and `finditer` for the many (pos, endpos) ranges the
    triggers of one sentence ask about (from the clause start to each trigger), without scanning each
    range: the positions where the pattern matches the whole sentence are found once per sentence
    (remembered, memo.py), and only those inside the range are tried, with the range's own end.

    Exact for a pattern whose every match ends on a word character, followed by ``(?!\w)`` or ``\b``,
    with no other look-ahead (the phrase patterns of clauses.phrase_pattern): a match inside the
    range that does not end at `endpos` sees the same characters as in the whole sentence, so it
    starts where the whole sentence has one. When it could end at `endpos` (a word character just
    before it), the range is searched directly.

    >>> scan = RangeScan(lazy_compile(r"\bnot\b"))
    >>> s = "did not, did not, did not close"
    >>> [m.start() for m in scan.finditer(s, 0, s.index("close"))], scan.search(s, 9, 20).start()
    ([4, 13, 22], 13)
    """

    def __init__(self, pattern: LazyPattern) -> None:
        self.pattern = pattern

        def starts(sentence: str) -> list[int]:
            return [m.start() for m in pattern.finditer(sentence, overlapped=True)]

        self._starts: Callable[[str], list[int]] = remembered(starts)

    def _direct(self, sentence: str, endpos: int) -> bool:
        return endpos < len(sentence) and endpos > 0 and _WORD_CHAR.match(sentence, endpos - 1) is not None

    def search(self, sentence: str, pos: int, endpos: int) -> Any:
        """What `pattern.search(sentence, pos, endpos)` finds."""
        if self._direct(sentence, endpos):
            return self.pattern.search(sentence, pos, endpos)
        starts = self._starts(sentence)
        for k in range(bisect.bisect_left(starts, pos), len(starts)):
            if starts[k] >= endpos:
                break
            m = self.pattern.match(sentence, starts[k], endpos)
            if m is not None:
                return m
        return None

    def finditer(self, sentence: str, pos: int, endpos: int) -> list[Any]:
        """What `pattern.finditer(sentence, pos, endpos)` finds (a list)."""
        if self._direct(sentence, endpos):
            return list(self.pattern.finditer(sentence, pos, endpos))
        starts = self._starts(sentence)
        out: list[Any] = []
        for k in range(bisect.bisect_left(starts, pos), len(starts)):
            if starts[k] >= endpos:
                break
            if out and starts[k] < out[-1].end():
                continue
            m = self.pattern.match(sentence, starts[k], endpos)
            if m is not None:
                out.append(m)
        return out
