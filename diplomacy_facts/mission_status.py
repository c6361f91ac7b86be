"""How firmly a sentence states the change at a trigger, whether it denies it, and who says so:
the status half of `SentenceContext` (mission_context), a mixin like mission_story's. Many rules
ask about the same trigger (and the place readers about the same place): the answers are kept
per sentence in `kept`."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Hashable
from typing import TYPE_CHECKING, Any

from diplomacy_facts.hedges import closure_status, is_negated, opening_status
from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.mission_lexicon import FLAGS, FORCED
from diplomacy_facts.model import Status

if TYPE_CHECKING:
    from diplomacy_facts.attribution import Source

__all__ = ["TriggerReadings"]

_NO_INTENTION = lazy_compile(
    r"\b(?:no|not\s+any|never\s+had\s+any)\s+['\"‘“]?(?:immediate\s+|current\s+)?(?:intention|plans?|desire|reason)"
    r"['\"’”]?\s+(?:of|to|for)\s+(?:\w+\s+){0,2}$",
    FLAGS,
)
_FIRST_TO = lazy_compile(
    r"\b(?:became|becoming|was|were|is|are|has\s+become|had\s+become|making\s+it|made\s+it)\s+(?:the|its|one\s+of\s+the)\s+"
    r"(?:first|second|third|fourth|fifth|"
    r"last|latest|only|\w+th)\s+(?:[\w-]+,?\s+){0,7}?to\s+$",
    FLAGS,
)
_BASE_FORM = lazy_compile(
    r"close|open|reopen|re-open|inaugurate|establish|re-establish|reestablish|vacate|evacuate|suspend|halt|"
    r"cease|resume|restore|shutter|mothball|abandon|withdraw|pull|leave|exit|move|relocate|transfer|shift|wind"
)
_NEXT_CLAUSE = lazy_compile(
    r";|,?\s+(?:and|but|while|whereas)\s+(?:[\w'’-]+\s+){0,4}?(?:is|are|was|were|will|would|has|have|had|may|might|"
    r"could|can)\b",
    FLAGS,
)
_PAST_BEFORE = lazy_compile(r"\b(?:did|had|has|have)\W+(?:\w+\W+){0,2}$", FLAGS)


class TriggerReadings:
    """The status half of `SentenceContext`: it reads the sentence's text, title flag and sources,
    which `SentenceContext` provides."""

    text: str
    title: bool
    sources: list[Source]
    #: answers kept for this sentence: many rules ask the position readers (after_preposition, negated,
    #: status; mission_dates: the sentence's dates) about the same place or trigger
    kept: dict[Hashable, Any]

    def negated(self, start: int, end: int) -> bool:
        """A denied or disowned change: "did not close", "has 'no intention' of closing"."""
        key = ("negated", start, end)
        if key not in self.kept:
            self.kept[key] = self._negated(start, end)
        found: bool = self.kept[key]
        return found

    def _negated(self, start: int, end: int) -> bool:
        return is_negated(self.text, start, end) or bool(_NO_INTENTION.search(self.text, max(0, start - 60), start))

    def status(self, change: str, start: int, end: int) -> tuple[Status, bool]:
        """(status, weak) of the trigger at [start, end)."""
        key = ("status", change, start, end)
        if key not in self.kept:
            self.kept[key] = self._status(change, start, end)
        found: tuple[Status, bool] = self.kept[key]
        return found

    @functools.cached_property
    def _next_clauses(self) -> list[int]:
        """Every position where a next clause starts (one match tried at each position, as the search
        from each trigger would): read once per sentence, not once per trigger to the sentence end."""
        return [m.start() for m in _NEXT_CLAUSE.finditer(self.text, overlapped=True)]

    def _status(self, change: str, start: int, end: int) -> tuple[Status, bool]:
        read = closure_status if change == "close" else opening_status
        # "has shut its missions in Bolivia, and more closures are expected": the next clause's start
        k = bisect.bisect_left(self._next_clauses, end)  # what _NEXT_CLAUSE.search(self.text, end) finds
        status = read(self.text[: self._next_clauses[k]] if k < len(self._next_clauses) else self.text, start, end)
        before = self.text[max(0, start - 80) : start]
        done = bool(FORCED.search(before) or _FIRST_TO.search(before))
        if done:
            status = Status.COMPLETED  # "forced Taipei to shut", "became the first Gulf state to open"
        word = self.text[start:end].lower().split()[0]
        if status is Status.COMPLETED and not done and _BASE_FORM.fullmatch(word) and not _PAST_BEFORE.search(before):
            status = Status.INTENDED  # "agreed to let Taiwan open an office": a bare verb is not a deed
        weak = self.title
        if not weak and word.endswith("s") and not word.endswith("ss") and status is Status.COMPLETED:
            last = self.text[:start].rstrip().lower().split()[-1:] or [""]
            weak = last[0] not in ("has", "have", "had", "was", "were", "is", "are")  # a headline present
        return status, weak

    def attribution(self, start: int, end: int) -> str | None:
        """Who says so: the innermost source governing the trigger (as attribution.find_attribution
        chooses it, from the sources already read for this sentence)."""
        inside = [
            s
            for s in self.sources
            if not s.pronoun
            and s.governs(start)
            and not (s.attribution.start <= start < s.attribution.end)
            and not (s.attribution.start < end <= s.attribution.end)
        ]
        if not inside:
            return None

        def innermost(s: Source) -> tuple[int, int]:
            a, b = next(sc for sc in s.scopes if sc[0] <= start < sc[1])
            return a, -b

        return max(inside, key=innermost).attribution.text
