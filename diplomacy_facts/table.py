"""Plain-text tables of an Article's facts, for the terminal."""

from __future__ import annotations

from diplomacy_facts.article import Article
from diplomacy_facts.model import ArmsTransfer, Closure, Fact, MissionCount, Opening

__all__ = ["fact_row", "format_table"]

HEADER = ("fact", "who", "where / what", "status", "when", "quantity", "attributed to")


def fact_row(fact: Fact) -> tuple[str, ...]:
    """One row of the table: fact type, who, where/what, status, when, quantity, source."""
    if isinstance(fact, (Closure, Opening)):
        m = fact.mission
        where = f"{m.kind.value} in {m.host or '?'}" + (f" ({m.city})" if m.city else "")
        return (fact.FACT_TYPE, m.sender or "?", where, fact.status.value,
                fact.when.iso if fact.when else "", str(fact.count or ""), fact.attributed_to or "")
    if isinstance(fact, MissionCount):
        return ("mission_count", fact.sender or "?", fact.kind.value, "",
                fact.as_of.iso if fact.as_of else "", str(fact.count), fact.attributed_to or "")
    assert isinstance(fact, ArmsTransfer)
    when = " ".join(p for p in (f"since {fact.since.iso}" if fact.since else "",
                                 fact.when.iso if fact.when else "") if p)
    return ("arms_transfer", f"{fact.supplier or '?'} -> {fact.recipient or '?'}",
            f"{fact.item} ({fact.category.value})", fact.status.value, when,
            str(fact.quantity or ""), fact.attributed_to or "")


def format_table(article: Article) -> str:
    """The article's title line and an aligned table of its facts."""
    head = f"== {article.id or 'article'}: {article.title or '(no title)'}"
    rows = [fact_row(f) for f in article.facts]
    if not rows:
        return head + "\n(no facts)"
    widths = [max(len(r[i]) for r in (HEADER, *rows)) for i in range(len(HEADER))]
    lines = [head]
    for r in (HEADER, *rows):
        lines.append("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())
    return "\n".join(lines)
