"""parse_article(): article text -> `Article` of typed, explained facts; JSON in SCHEMA vocabulary."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any

import attrs
import regex

from diplomacy_facts.arms import extract_arms
from diplomacy_facts.dates import parse_published
from diplomacy_facts.missions import extract_missions
from diplomacy_facts.model import ArmsTransfer, Closure, Fact, MissionCount, Opening
from diplomacy_facts.text import Document, read_document

__all__ = ["EXTRACTORS", "FACT_TYPES", "Article", "parse_article"]

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

# Cheap prefilter: an article with none of these words costs one regex scan.
_TRIGGERS = regex.compile(
    r"embass|consul|diplomat|mission|legation|high commission|representative office|ambassador|envoy"
    r"|chancery|liaison office|trade office|nunciature|\bposts?\b|\bties\b|relations"
    r"|weapon|arms|munition|ammunition|missile|shell|rocket|artillery|howitzer|tank|drone|\buavs?\b|aircraft"
    r"|jet|fighter|helicopter|warship|frigate|submarine|rifle|military|defen[cs]e|air.defen|launcher|bomb"
    r"|round|shipment|container|deliver|suppl|sold|sell|sale",
    regex.IGNORECASE,
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


def parse_article(
    text: str,
    *,
    published: date | datetime | str | None = None,
    source: str | None = None,
    id: str | None = None,
) -> Article:
    """Read one news article (as pasted, boilerplate and all) into an `Article`.

    `published` resolves relative dates ("on Wednesday", "in October"); without it a month
    keeps an unknown year (``XXXX-10``). Raises TypeError when `text` is not a str and
    ValueError when `published` cannot be read as a date.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_article: text must be str, got {type(text).__name__}")
    if source is not None and not isinstance(source, str):
        raise TypeError(f"parse_article: source must be str or None, got {type(source).__name__}")
    if id is not None and not isinstance(id, str):
        raise TypeError(f"parse_article: id must be str or None, got {type(id).__name__}")
    pub = parse_published(published)
    doc = read_document(text, pub)
    facts: list[Fact] = []
    if doc.sentences and _TRIGGERS.search(text):
        for extractor in EXTRACTORS:
            facts.extend(extractor(doc))
    grouped: dict[str, list[Any]] = {key: [] for key, _ in FACT_TYPES}
    for fact in facts:
        for key, kind in FACT_TYPES:
            if type(fact) is kind:
                grouped[key].append(fact)
    return Article(title=doc.title, published=pub, source=source, id=id, **grouped)
