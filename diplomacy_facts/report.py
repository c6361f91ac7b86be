"""Exports of findings: flat records (for CSV / pandas), a pandas DataFrame, an HTML table.

pandas is an optional extra, imported only when a DataFrame is asked for.
"""

from __future__ import annotations

import html
import importlib
from collections.abc import Iterable
from typing import Any

from diplomacy_facts.findings import Finding
from diplomacy_facts.model import ArmsTransfer, Closure, Evidence, MissionCount, Opening

__all__ = ["RECORD_COLUMNS", "dataframe", "findings_html", "highlight", "record"]

#: The columns of `Findings.to_records()`, the same for every fact type (None where not applicable).
RECORD_COLUMNS: tuple[str, ...] = (
    "id", "fact_type", "group", "sender", "host", "city", "kind", "supplier", "recipient", "category", "item",
    "as_of", "status", "latest_status", "when", "since", "figure", "range_low", "range_high", "range_unit",
    "range_status", "at_least", "at_most", "n_sources", "n_articles", "n_mentions", "sources", "attributions",
    "first_reported", "last_reported", "conflicts", "notes", "cameo", "cameo_label", "plover_event",
    "plover_mode", "plover_context", "quad_class",
)

_PANDAS_MISSING = 'to_dataframe() needs pandas: pip install "diplomacy_facts[pandas]"'


def record(f: Finding) -> dict[str, Any]:
    """One flat dict (str / int / float / bool / None values) describing a finding."""
    out: dict[str, Any] = dict.fromkeys(RECORD_COLUMNS)
    fact = f.fact
    out.update(id=f.id, fact_type=f.fact_type, group=f.group, status=f.strongest_status,
               latest_status=f.latest_status, n_sources=f.n_sources, n_articles=f.n_articles,
               n_mentions=len(f.mentions), sources="; ".join(f.sources) or None,
               attributions="; ".join(f.attributions) or None,
               first_reported=f.first_reported.isoformat() if f.first_reported else None,
               last_reported=f.last_reported.isoformat() if f.last_reported else None,
               conflicts="; ".join(f"{c.field}: {c.detail}" for c in f.conflicts) or None,
               notes="; ".join(f.notes) or None)
    if isinstance(fact, (Closure, Opening)):
        m = fact.mission
        out.update(sender=m.sender, host=m.host, city=m.city, kind=m.kind.value,
                   when=fact.when.iso if fact.when else None, figure=str(fact.count) if fact.count else None)
    elif isinstance(fact, MissionCount):
        out.update(sender=fact.sender, kind=fact.kind.value, as_of=fact.as_of.iso if fact.as_of else None,
                   figure=str(fact.count))
    elif isinstance(fact, ArmsTransfer):
        out.update(supplier=fact.supplier, recipient=fact.recipient, category=fact.category.value, item=fact.item,
                   when=fact.when.iso if fact.when else None, since=fact.since.iso if fact.since else None,
                   figure=str(fact.quantity) if fact.quantity else None)
    rng = f.range
    if rng is not None:
        out.update(range_low=rng.low.value, range_high=rng.high.upper or rng.high.value, range_unit=rng.unit,
                   range_status=rng.status, at_least=rng.at_least, at_most=rng.at_most)
    if f.event is not None:
        ev = f.event
        out.update(cameo=ev.cameo, cameo_label=ev.cameo_label, plover_event=ev.plover_event,
                   plover_mode=ev.plover_mode, plover_context=";".join(ev.plover_context) or None,
                   quad_class=ev.quad_class)
    return out


def dataframe(records: list[dict[str, Any]]) -> Any:
    """A pandas DataFrame with columns `RECORD_COLUMNS`; ImportError naming the extra without pandas."""
    try:
        pd = importlib.import_module("pandas")
    except ImportError as exc:
        raise ImportError(_PANDAS_MISSING) from exc
    return pd.DataFrame.from_records(records, columns=list(RECORD_COLUMNS))


def highlight(ev: Evidence) -> str:
    """The evidence sentence as HTML with the fact's span inside <mark>.

    `Evidence.span` is in article offsets; the sentence's own offset is needed to place it.
    Where the evidence does not carry it (`sentence_start`), a span as long as the sentence
    marks the whole sentence and any other span is left unmarked.
    """
    sentence = ev.sentence
    start, end = ev.span
    offset = getattr(ev, "sentence_start", None)
    if isinstance(offset, int):
        a, b = start - offset, end - offset
    elif end - start == len(sentence):
        a, b = 0, len(sentence)
    else:
        return html.escape(sentence)
    if not 0 <= a <= b <= len(sentence) or a == b:
        return html.escape(sentence)
    return (html.escape(sentence[:a]) + "<mark>" + html.escape(sentence[a:b]) + "</mark>"
            + html.escape(sentence[b:]))


def _evidence_cell(f: Finding) -> str:
    for m in f.mentions:
        if m.fact.evidence:
            return f"{highlight(m.fact.evidence[0])}<br><small>{html.escape(m.article)}</small>"
    return ""


def findings_html(findings: Iterable[Finding], max_rows: int = 200) -> str:
    """A compact HTML table: finding, status, range, support, dates, conflicts, one evidence sentence."""
    head = ("<tr><th>finding</th><th>status (latest)</th><th>range</th><th>sources / articles</th>"
            "<th>reported</th><th>conflicts</th><th>evidence</th></tr>")
    rows = []
    chosen = list(findings)
    for f in chosen[:max_rows]:
        status = f.strongest_status or ""
        if f.latest_status and f.latest_status != f.strongest_status:
            status += f" ({f.latest_status})"
        dates = " – ".join(sorted({d.isoformat() for d in (f.first_reported, f.last_reported) if d}))
        conflicts = "<br>".join(f"<b>{html.escape(c.field)}</b>: {html.escape(c.detail)}" for c in f.conflicts)
        rows.append(
            f"<tr><td>{html.escape(f.fact.summary())}</td><td>{html.escape(status)}</td>"
            f"<td>{html.escape(str(f.range) if f.range else '')}</td><td>{f.n_sources} / {f.n_articles}</td>"
            f"<td>{dates}</td><td>{conflicts}</td><td>{_evidence_cell(f)}</td></tr>"
        )
    more = f"<p>… and {len(chosen) - max_rows} more findings</p>" if len(chosen) > max_rows else ""
    return f"<table>{head}{''.join(rows)}</table>{more}"
