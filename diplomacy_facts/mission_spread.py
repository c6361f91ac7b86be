"""A group of missions counted by the countries it covers: "closed embassies in nine countries",
"will open embassies in 10 African countries" (one mission in each; the region they are in)."""

from __future__ import annotations

from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.mission_context import SentenceContext, normalise_count, number_end
from diplomacy_facts.mission_lexicon import FLAGS
from diplomacy_facts.mission_phrases import MissionNP
from diplomacy_facts.model import Quantity

__all__ = ["in_countries"]

_IN_N = lazy_compile(r"\s+in\s+", FLAGS)
_COUNTRIES = lazy_compile(
    r"\s+(?:other\s+|foreign\s+|more\s+|new\s+)?(?P<adj>[\w-]+(?:\s+[\w-]+)?\s+)??(?:countries|states|nations|capitals)\b",
    FLAGS,
)


def in_countries(ctx: SentenceContext, np: MissionNP) -> tuple[Quantity, str | None] | None:
    """ "closed embassies in nine countries", "open embassies in 10 African countries": one mission in
    each of that many countries (and the region they are in)."""
    if np.hosts or not np.plural:
        return None
    link = _IN_N.match(ctx.text, np.end)
    q = next((q for q in ctx.quantities if link and q.start == link.end()), None)
    where = _COUNTRIES.match(ctx.text, number_end(ctx.text, q)) if q is not None else None
    if q is None or where is None:
        return None
    region: str | None = None
    if where.group("adj"):
        place = next((p for p in ctx.places if p.start == where.start("adj")), None)
        if place is None or not place.code.startswith("region:"):
            return None  # "in 10 Asian-owned countries"? only a region's adjective may stand there
        region = place.code
    return normalise_count(q.quantity), region
