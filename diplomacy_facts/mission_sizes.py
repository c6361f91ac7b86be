"""More ways news states the size of a diplomatic network: "the number of Kenyan embassies abroad
stands at 54", "there are 54 Kenyan embassies around the world", "the closures leave Kenya with 49
embassies"."""

from __future__ import annotations

from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.mission_context import SentenceContext, number_end
from diplomacy_facts.mission_counts import count_mention, count_sender
from diplomacy_facts.mission_lexicon import FLAGS
from diplomacy_facts.mission_memory import Mention

__all__ = ["leave_with", "number_stands", "there_are"]

_NUMBER_OF = lazy_compile(r"\bnumber\s+of\s+", FLAGS)
_STANDS = lazy_compile(
    r"\s+(?:(?:abroad|overseas|worldwide|now|currently|still)\s+)*"
    r"(?:stands|stood|is|was|will\s+stand|totals|totalled|totaled|has\s+(?:risen|grown|reached)|rose|grew|reached)"
    r"\s+(?:at\s+|to\s+)?(?:just\s+|only\s+|some\s+)?$",
    FLAGS,
)
_WHOLE = lazy_compile(r"\s+(?:abroad|overseas|worldwide|around\s+the\s+world|across\s+the\s+(?:world|globe))\b", FLAGS)


def number_stands(ctx: SentenceContext) -> list[Mention]:
    """ "The number of Kenyan embassies abroad stands at 54" """
    out: list[Mention] = []
    for np in ctx.nps:
        if not np.plural or np.quantity is not None or np.hosts:
            continue
        if not _NUMBER_OF.search(ctx.text, max(0, np.start - 12), np.head_start):
            continue
        q = next((q for q in ctx.quantities if q.start > np.end and _STANDS.fullmatch(ctx.text, np.end, q.start)), None)
        sender = count_sender(ctx, np, np.start) if q is not None else None
        if q is not None and sender is not None:
            end = number_end(ctx.text, q)
            out.append(count_mention(ctx, sender, np.kind, q.quantity, np.start, end, "number_stands", None))
    return out


_THERE_ARE = lazy_compile(r"\b[Tt]here\s+(?:are|were|is)\s+(?:now\s+|currently\s+|still\s+)?$")


def there_are(ctx: SentenceContext) -> list[Mention]:
    """ "There are 54 Kenyan embassies around the world" """
    out: list[Mention] = []
    for np in ctx.nps:
        if np.quantity is None or not np.plural or np.hosts or np.sender is None:
            continue
        if not _THERE_ARE.search(ctx.text, max(0, np.start - 30), np.start):
            continue
        if np.quantity.quantity.unit == "percent" or any(0 <= t.start - np.end < 40 for t in ctx.triggers):
            continue  # "there are three Kenyan embassies that will close": a group change
        out.append(
            count_mention(ctx, np.sender, np.kind, np.quantity.quantity, np.start, np.end, "there_are", None)
        )
    return out


_LEAVE = lazy_compile(r"\b(?:leave|leaves|leaving|left|will\s+leave)\s+$", FLAGS)
_WITH = lazy_compile(r"\s+with\s+(?:just\s+|only\s+|some\s+|a\s+total\s+of\s+)?", FLAGS)


def leave_with(ctx: SentenceContext) -> list[Mention]:
    """ "The closures leave Kenya with 49 embassies" """
    out: list[Mention] = []
    for p in ctx.places:
        if not _LEAVE.search(ctx.text, max(0, p.start - 20), p.start):
            continue
        w = _WITH.match(ctx.text, p.end)
        np = next((n for n in ctx.nps if w is not None and n.start == w.end()), None)
        if np is None or np.quantity is None or np.hosts or not np.plural:
            continue
        if _WHOLE.match(ctx.text, np.end) is None and not ctx.text[np.end :].lstrip().startswith((".", ",")):
            continue
        out.append(count_mention(ctx, p.code, np.kind, np.quantity.quantity, p.start, np.end, "leave_with", None))
    return out
