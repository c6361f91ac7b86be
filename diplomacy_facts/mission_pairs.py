"""Who the missions of a statement belong to when the phrase does not say: the two countries of
"their embassies in each other's capitals", the missions a definite plural ("both consulates")
refers to, and whether a sentence is about long ago."""

from __future__ import annotations

import attrs

from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.mission_context import SentenceContext
from diplomacy_facts.mission_lexicon import FLAGS, Trigger
from diplomacy_facts.mission_memory import Mention
from diplomacy_facts.mission_phrases import MissionNP
from diplomacy_facts.model import Evidence, MissionKind, Period, Status

__all__ = ["historical", "pair_of", "referents"]

_DECADE = lazy_compile(r"\b(?:1[89]|20)\d0s\b|\b(?:in|during|since)\s+the\s+past\b|\bon\s+several\s+occasions\b", FLAGS)
_YEAR = lazy_compile(r"\b(1[89]\d\d|20\d\d)\b")
_BOTH = lazy_compile(r"\b(?:both|the\s+two)\s+(?:countries|sides|nations|governments|states|capitals)\b", FLAGS)


def referents(
    ctx: SentenceContext,
    fact: str,
    np: MissionNP,
    status: Status,
    weak: bool,
    when: Period | None,
    attributed: str | None,
    evidence: Evidence,
) -> list[Mention]:
    """The missions a definite plural ("both consulates", "the two embassies") refers to: those of
    the same change and kind told last (in this sentence's earlier statements or the last three
    sentences), as many as the phrase says; with this statement's status, date and evidence."""
    kinds = set(MissionKind) if np.kind is MissionKind.MISSION else {np.kind, MissionKind.MISSION}
    if np.kind is MissionKind.REPRESENTATIVE_OFFICE:
        kinds.add(MissionKind.TRADE_OFFICE)  # "both offices" after "trade offices in Tel Aviv and Doha"
    earlier = [(i, m) for i, m in ctx.memory.recent if m.fact == fact and i >= ctx.index - 3 and m.kind in kinds]
    if not earlier:  # "opened liaison offices in Rabat and Tel Aviv ... closed both offices": the other change
        earlier = [
            (i, attrs.evolve(m, fact=fact, count=None))
            for i, m in ctx.memory.recent
            if m.fact in ("closure", "opening") and i >= ctx.index - 3 and m.kind in kinds
        ]
    if not earlier:
        return []
    want = 0
    if np.quantity is not None:
        want = int(np.quantity.quantity.value)
    elif ctx.text[np.start : np.head_start].lower().startswith("both"):
        want = 2
    if want:
        picked = [m for _, m in earlier[-want:]]
        if len(picked) != want:
            return []
    else:  # "the embassies": those of the sentence that told them last
        picked = [m for i, m in earlier if i == earlier[-1][0]]
    return [
        attrs.evolve(
            m,
            status=status,
            weak=weak,
            when=when or m.when,
            attributed_to=attributed or m.attributed_to,
            evidence=evidence,
            title=ctx.title,
        )
        for m in picked
    ]


def historical(ctx: SentenceContext) -> bool:
    """A sentence about long ago (a decade, or a year well before publication)."""
    if _DECADE.search(ctx.text):
        return True
    years = [int(y) for y in _YEAR.findall(ctx.text)]
    if ctx.published is not None:
        return any(y < ctx.published.year - 1 for y in years)
    return False


def pair_of(ctx: SentenceContext, trig: Trigger, np: MissionNP) -> tuple[list[str], bool]:
    """The countries of "the two countries' respective embassies", "their embassies in each
    other's capitals", "Israel and Morocco ... their liaison offices in Rabat and Tel Aviv",
    "both countries closed their embassies": (the two, True) when each has its mission in the
    other, (the two, False) when both have one in a third country, ([], False) otherwise."""
    if np.sender is not None or np.quantity is not None:
        return [], False
    pos = min(trig.start, np.start)
    hosts = frozenset(np.host_codes)
    if np.reciprocal:
        found = ctx.pair(pos, hosts)
        return (found, True) if len(found) == 2 else ([], False)
    bare = np.pronoun is None and np.plural and not (np.hosts or np.definite or np.indefinite or np.town)
    if np.pronoun != "their" and not bare:
        return [], False
    subjects = ctx.sender_at(pos, "their")
    if bare and not (len(subjects) == 2 and trig.start < np.start):
        return [], False  # "Saudi Arabia and Iran agreed to reopen embassies": each in the other
    if len(subjects) != 2 and _BOTH.search(ctx.text[:pos]):
        subjects = ctx.pair(pos, hosts)
    if len(subjects) != 2:
        return [], False
    if np.hosts and not hosts <= set(subjects):
        return subjects, False  # "Germany and France closed their embassies in Khartoum": each its own
    scene = None if np.hosts else ctx.scene_host(subjects[0])
    if scene is not None and scene[0] not in subjects:
        return [], False  # in a story set in a third country: each its own mission there
    return subjects, True
