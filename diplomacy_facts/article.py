"""parse_article(): article text -> `Article` of typed, explained facts; JSON in SCHEMA vocabulary."""

from __future__ import annotations

import html
import math
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

import attrs

from diplomacy_facts.arms import extract_arms
from diplomacy_facts.dates import parse_published
from diplomacy_facts.missions import extract_missions
from diplomacy_facts.model import ArmsTransfer, Closure, Fact, MissionCount, Opening
from diplomacy_facts.prefilter import on_topic
from diplomacy_facts.text import Document, read_document, read_title

__all__ = ["EXTRACTORS", "FACT_TYPES", "TIME_BASE", "TIME_PER_CHAR", "Article", "ParseTimeout", "parse_article"]

#: The time `parse_article` allows a text by default: TIME_BASE seconds plus TIME_PER_CHAR per
#: character (10 s + 500 s per MB, some twenty times what ordinary news costs), so that only a
#: runaway is ever stopped, never a long article on a busy machine.
TIME_BASE = 10.0
TIME_PER_CHAR = 0.0005

Extractor = Callable[[Document], Iterable[Fact]]

#: The extractors, in the order they run. Each reads a Document and yields facts.
EXTRACTORS: tuple[Extractor, ...] = (extract_missions, extract_arms)

#: SCHEMA.md's list keys, in order, with the class each holds.
FACT_TYPES: tuple[tuple[str, type[Any]], ...] = (
    ("closures", Closure),
    ("openings", Opening),
    ("mission_counts", MissionCount),
    ("arms_transfers", ArmsTransfer),
)

def _closures(items: Iterable[Closure]) -> tuple[Closure, ...]:
    return tuple(items)


def _openings(items: Iterable[Opening]) -> tuple[Opening, ...]:
    return tuple(items)


def _counts(items: Iterable[MissionCount]) -> tuple[MissionCount, ...]:
    return tuple(items)


def _transfers(items: Iterable[ArmsTransfer]) -> tuple[ArmsTransfer, ...]:
    return tuple(items)


@attrs.frozen
class Article:
    """The facts read from one article, with its title, date and source."""

    title: str | None = None
    published: date | None = None
    source: str | None = None
    id: str | None = None
    closures: tuple[Closure, ...] = attrs.field(default=(), converter=_closures)
    openings: tuple[Opening, ...] = attrs.field(default=(), converter=_openings)
    mission_counts: tuple[MissionCount, ...] = attrs.field(default=(), converter=_counts)
    arms_transfers: tuple[ArmsTransfer, ...] = attrs.field(default=(), converter=_transfers)

    @property
    def facts(self) -> tuple[Fact, ...]:
        return (*self.closures, *self.openings, *self.mission_counts, *self.arms_transfers)

    def to_dict(self, *, evidence: bool = True) -> dict[str, Any]:
        """A JSON-ready dict in shared/corpus/SCHEMA.md's vocabulary (plus id, published, source)."""
        out: dict[str, Any] = {
            "id": self.id,
            "published": None if self.published is None else self.published.isoformat(),
            "source": self.source,
            "title": self.title,
        }
        for key, _ in FACT_TYPES:
            out[key] = [f.to_dict(evidence=evidence) for f in getattr(self, key)]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Inverse of `to_dict`; also reads a corpus file's ``gold`` block."""
        if not isinstance(data, dict):
            raise TypeError(f"Article.from_dict needs a dict, got {type(data).__name__}")
        published = data.get("published")
        facts = {key: tuple(kind.from_dict(f) for f in data.get(key) or ()) for key, kind in FACT_TYPES}
        return cls(
            title=data.get("title"),
            published=None if published is None else date.fromisoformat(str(published)),
            source=data.get("source"),
            id=data.get("id"),
            **facts,
        )

    def explain(self) -> str:
        """Every fact with its evidence, as readable text."""
        head = f"{self.id or 'article'}: {self.title or '(no title)'}"
        if not self.facts:
            return head + "\n  (no facts)"
        return head + "\n" + "\n".join(f.explain() for f in self.facts)

    def _repr_html_(self) -> str:
        rows = []
        for fact in self.facts:
            ev = fact.evidence[0] if fact.evidence else None
            sentence = html.escape(ev.sentence) if ev else ""
            rows.append(
                f"<tr><td>{html.escape(fact.summary())}</td><td>{sentence}</td>"
                f"<td>{html.escape(ev.rule) if ev else ''}</td></tr>"
            )
        title = html.escape(self.title or "(no title)")
        return f"<b>{title}</b><table><tr><th>fact</th><th>evidence</th><th>rule</th></tr>" + "".join(rows) + "</table>"


class ParseTimeout(TimeoutError):
    """`parse_article` gave up on a text that took far longer than its length warrants.

    That is a bug (a rule whose work grows faster than the text), never a verdict on the
    article: please report the text. Batches report it as the record's error and go on.
    """


class _Expired(BaseException):
    """Raised by the alarm inside the extractors; a BaseException, so no `except Exception` hides it."""


def _expire(signum: int, frame: object) -> None:
    raise _Expired


@contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """Interrupt the block with `_Expired` after `seconds` (SIGALRM; the regex module heeds it too).

    Only where that is safe: a POSIX main thread whose alarm nobody else uses. Elsewhere (a
    thread, Windows, a program with its own SIGALRM handler) the block runs unguarded.
    """
    usable = (
        math.isfinite(seconds)
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, _expire)
        and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    )
    if not usable:
        yield
        return
    previous = signal.signal(signal.SIGALRM, _expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        try:
            signal.setitimer(signal.ITIMER_REAL, 0)
        finally:
            signal.signal(signal.SIGALRM, previous)


def _time_limit(text: str, timeout: float | None) -> float:
    if timeout is None:
        return TIME_BASE + TIME_PER_CHAR * len(text)
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)):
        raise TypeError(f"parse_article: timeout must be a number of seconds or None, got {type(timeout).__name__}")
    if not timeout > 0:
        raise ValueError(f"parse_article: timeout must be > 0 seconds, got {timeout!r}")
    return float(timeout)


def parse_article(
    text: str,
    *,
    published: date | datetime | str | None = None,
    source: str | None = None,
    id: str | None = None,
    timeout: float | None = None,
) -> Article:
    """Read one news article (as pasted, boilerplate and all) into an `Article`.

    `published` resolves relative dates ("on Wednesday", "in October"); without it a month
    keeps an unknown year (``XXXX-10``). Raises TypeError when `text` is not a str and
    ValueError when `published` cannot be read as a date.

    `timeout` (seconds; default TIME_BASE + TIME_PER_CHAR per character, ``math.inf`` for
    none) is a last guard against a runaway rule: past it, ParseTimeout is raised instead of
    hanging. It is enforced in the main thread of POSIX processes (batch workers included).
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_article: text must be str, got {type(text).__name__}")
    if source is not None and not isinstance(source, str):
        raise TypeError(f"parse_article: source must be str or None, got {type(source).__name__}")
    if id is not None and not isinstance(id, str):
        raise TypeError(f"parse_article: id must be str or None, got {type(id).__name__}")
    pub = parse_published(published)
    limit = _time_limit(text, timeout)
    facts: list[Fact] = []
    try:
        with _deadline(limit):
            if on_topic(text):  # else no fact can be read: only the title is
                doc = read_document(text, pub)
                title = doc.title
                for extractor in EXTRACTORS:
                    facts.extend(extractor(doc))
            else:
                title = read_title(text)
    except (_Expired, TimeoutError):  # our alarm, or a regex call's own timeout
        raise ParseTimeout(
            f"parse_article gave up after {limit:g} s on a text of {len(text):,} characters"
            " (a runaway rule, not a slow article: please report the text)"
        ) from None
    grouped: dict[str, list[Any]] = {key: [] for key, _ in FACT_TYPES}
    for fact in facts:
        for key, kind in FACT_TYPES:
            if type(fact) is kind:
                grouped[key].append(fact)
    return Article(title=title, published=pub, source=source, id=id, **grouped)
