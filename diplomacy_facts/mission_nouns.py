"""Mission changes told by a noun or around the mission: "the closure of its embassy in Nepal",
"the shutdowns in Dakar and Conakry", "the withdrawal from Nepal, Spain and Angola", "pulled its
diplomats out of Uganda", "Closures have already affected Spain and Uganda", and a bare "the
closures" that dates the changes just told."""

from __future__ import annotations

import attrs

from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.mission_context import SentenceContext
from diplomacy_facts.mission_dates import event_date
from diplomacy_facts.mission_lexicon import FLAGS, OPERATIONS, PLAN_NOUN, Trigger
from diplomacy_facts.mission_memory import Mention
from diplomacy_facts.mission_phrases import MissionNP
from diplomacy_facts.mission_rules import allowed, build, nps_after, place_hosts
from diplomacy_facts.model import MissionKind, Status

__all__ = ["anaphoric_noun", "closures_affected", "colon_list", "noun_trigger", "withdraw_country"]

# patterns of the calls below, compiled once (not looked up in regex's cache at each call)
_OF = lazy_compile(r"\s+of\s+")
_IN_AT = lazy_compile(r"\s+(?:in|at)\s+")
_OF_IN_AT = lazy_compile(r"\s+(?:of|in|at)\s+")

#: troops, not diplomats (shared with mission_staff)
MILITARY = lazy_compile(
    r"\b(?:troops|forces|soldiers|military|contingent|peacekeepers|peacekeeping|army|battalion|base|bases)\b", FLAGS
)
_DIPLOMATIC = lazy_compile(r"\b(?:diplomat|diplomats|diplomatic|embass|consul|mission)", FLAGS)
_AFFECTED = lazy_compile(
    r"\b(?:closures|shutdowns|withdrawals)\s*(?:[—–-]+\s*|,\s*)?(?:which\s+|that\s+)?"
    r"(?P<aux>(?:have|has|had)\s+)?(?:already\s+)?"
    r"(?P<verb>affect|affects|affected|hit|hits|include|includes|included|involve|involves|involved|cover|covers|"
    r"covered|touch|touches|touched)\s+",
    FLAGS,
)
_NOUN_OPERATIONS = lazy_compile(
    r"\s+of\s+(?:its\s+|their\s+|the\s+|all\s+)?" + OPERATIONS.pattern + r"\s+(?:at|of|in)\s+", FLAGS
)
_DEFINITE_BEFORE = lazy_compile(r"\b(?:the|this|that|these|those|its|their)\s+(?:[\w-]+\s+){0,2}$", FLAGS)


def _head_just_before(ctx: SentenceContext, pos: int) -> MissionNP | None:
    """The last mission phrase (in `ctx.nps` order) whose head ends at `pos` or only spaces before it
    ("embassy| closures"). The phrases are indexed by where their heads end, once per sentence."""
    key = ("nps_by_head_end",)
    if key not in ctx.kept:
        by_end: dict[int, list[int]] = {}
        for i, np in enumerate(ctx.nps):
            by_end.setdefault(np.head_end, []).append(i)
        ctx.kept[key] = by_end
    heads: dict[int, list[int]] = ctx.kept[key]
    start = pos
    while start > 0 and ctx.text[start - 1].isspace():  # what str.strip() would take away
        start -= 1
    found = [i for end in range(start, pos + 1) for i in heads.get(end, ())]
    return ctx.nps[max(found)] if found else None


def noun_trigger(ctx: SentenceContext) -> list[Mention]:
    """ "the closure of its embassy in Nepal", "embassy closures", "the shutdowns in Dakar and Conakry" """
    out: list[Mention] = []
    for trig in ctx.triggers:
        if trig.role != "noun" or trig.change == "move" or not allowed(ctx, trig):
            continue
        ops = _NOUN_OPERATIONS.match(ctx.text, trig.end)
        if ops:  # "the suspension of operations at the U.S. Embassy in Khartoum"
            for np in nps_after(ctx, ops.end()):
                out += build(ctx, trig, np, "noun_operations")
            continue
        of = _OF.match(ctx.text, trig.end)
        if of:
            plan = bool(PLAN_NOUN.search(ctx.text[max(0, trig.start - 60) : trig.start]))  # "talks on the closure"
            for np in nps_after(ctx, of.end()):
                out += build(ctx, trig, np, "noun_of", plan=plan)
            continue
        np_before = _head_just_before(ctx, trig.start)
        if np_before is not None:
            np = np_before
            if trig.low.endswith("s") and not np.plural:
                np = attrs.evolve(np, plural=True)  # "these embassy closures": several missions
            out += build(ctx, trig, np, "noun_compound")
            continue
        at = _IN_AT.match(ctx.text, trig.end)
        if at:
            hosts = place_hosts(ctx, at.end())
            if hosts:
                np = MissionNP(
                    trig.start,
                    hosts[-1].end,
                    trig.start,
                    trig.end,
                    MissionKind.MISSION,
                    len(hosts) > 1,
                    hosts=tuple(hosts),
                )
                out += build(ctx, trig, np, "noun_in_place")
    return out


_WHICH_AFTER = lazy_compile(r"\s*,\s*(?:which|that)\s+", FLAGS)


def anaphoric_noun(ctx: SentenceContext) -> list[Mention]:
    """ "The inauguration ceremony in Tel Aviv on Wednesday ...", "the closures had to be completed by
    September 2": a bare change noun refers to the changes just told and adds its date."""
    out: list[Mention] = []
    for trig in ctx.triggers:
        if trig.role != "noun" or trig.change == "move" or not _DEFINITE_BEFORE.search(ctx.text[: trig.start]):
            continue
        if _OF_IN_AT.match(ctx.text, trig.end) or _head_just_before(ctx, trig.start) is not None:
            continue  # told by noun_trigger
        own_status = ctx.status(trig.change, trig.start, trig.end)[0]
        when = event_date(ctx, trig.start, trig.end, own_status)
        if ctx.negated(trig.start, trig.end):
            continue
        fact = "closure" if trig.change == "close" else "opening"
        earlier = [(i, m) for i, m in ctx.memory.recent if m.fact == fact and i >= ctx.index - 3]
        named = {p.code for p in ctx.places}
        if named:
            earlier = [(i, m) for i, m in earlier if m.host in named]
        if not earlier:
            continue
        last = earlier[-1][0]
        plural = trig.low.endswith("s")
        referents = [m for i, m in earlier if i == last] if plural else [earlier[-1][1]]
        evidence = ctx.sentence.evidence(trig.start, trig.end, "anaphoric_noun")
        for m in referents:
            status, then = own_status, when
            if m.status in (Status.INTENDED, Status.POSSIBLE) and own_status is Status.COMPLETED:
                # "Argentina will close ... The closures take effect in March": still to come
                status, then = m.status, event_date(ctx, trig.start, trig.end, m.status)
            rel = _WHICH_AFTER.match(ctx.text, trig.end)
            if then is None and rel is not None:  # "The closures, which take effect in March, ..."
                then = event_date(ctx, rel.end(), rel.end(), status)
            if then is None:
                continue
            out.append(
                attrs.evolve(
                    m,
                    status=status,
                    when=then,
                    weak=True,
                    evidence=evidence,
                    title=ctx.title,
                    attributed_to=ctx.attribution(trig.start, trig.end),
                )
            )
    return out


def withdraw_country(ctx: SentenceContext) -> list[Mention]:
    """ "the withdrawal from Nepal, Spain and Angola", "pulled out of Uganda" (in an article about missions),
    "has withdrawn from its consulate general in Hong Kong" """
    out: list[Mention] = []
    for trig in ctx.triggers:
        if trig.role not in ("withdraw-verb", "withdraw-noun") or not allowed(ctx, trig):
            continue
        objects = nps_after(ctx, trig.end)
        for np in objects:  # "withdrawn from its consulate general in Hong Kong"
            out += build(ctx, trig, np, "withdraw_from_mission")
        if objects or MILITARY.search(ctx.text) or not (ctx.memory.diplomatic or _DIPLOMATIC.search(ctx.text)):
            continue
        hosts = [h for h in place_hosts(ctx, trig.end) if h.code and not h.code.startswith("region:")]
        if not hosts:
            continue
        np = MissionNP(
            trig.start,
            hosts[-1].end,
            trig.start,
            trig.end,
            MissionKind.MISSION,
            len(hosts) > 1,
            hosts=tuple(hosts),
            pronoun="its",
        )
        out += build(ctx, trig, np, "withdraw_from_country")
    return out


_COLON_AFTER = lazy_compile(r"[^:;—–.]{0,60}?\s*[:—–]\s*", FLAGS)
_ITEM_BEFORE = lazy_compile(r"(?:[:;,—–]\s*|\b(?:and|or|plus)\s+)$", FLAGS)


def colon_list(ctx: SentenceContext) -> list[Mention]:
    """ "Two missions are slated for closure: the high commission in Ottawa, ..., and the embassy in
    Prague"; "will open three posts — in Lagos, Nairobi and Dakar": the list the change announces."""
    out: list[Mention] = []
    for trig in ctx.triggers:
        if trig.change == "move" or trig.role not in ("verb", "noun") or not allowed(ctx, trig):
            continue
        colon = _COLON_AFTER.match(ctx.text, trig.end)
        if colon is None or any(t.start > trig.end and t.start < colon.end() for t in ctx.triggers):
            continue
        stop = ctx.text.find(";", colon.end())
        stop = len(ctx.text) if stop == -1 else stop
        items = [
            np
            for np in ctx.nps
            if colon.end() <= np.start < stop
            and np.hosts
            and not np.quantity
            and not ctx.after_preposition(np.start)
            and _ITEM_BEFORE.search(ctx.text, max(0, np.start - 8), np.start)
        ]
        if not items or items[0].start != colon.end():
            continue
        for np in items:
            out += build(ctx, trig, np, "colon_list")
    return out


def closures_affected(ctx: SentenceContext) -> list[Mention]:
    """ "Closures have already affected Spain, Hong Kong, Angola and Uganda"; "the closures — which
    affect embassies in Spain, Hong Kong and various African nations — ..." """
    out: list[Mention] = []
    for m in _AFFECTED.finditer(ctx.text):
        verb = m.group("verb").lower()
        present = verb.endswith("s") and not m.group("aux")
        status: Status | None = None
        if present:  # "which affects": the wave as told before
            sender = ctx.sender_at(m.start(), "its")
            status = (ctx.memory.last_status("closure", sender[0]) if sender else None) or Status.ONGOING
        trig = Trigger(m.start("verb"), m.end("verb"), verb, "close", "verb")
        objects = nps_after(ctx, m.end())
        if objects:
            for np in objects:
                out += build(ctx, trig, np, "closures_affected", evidence_start=m.start(), status=status)
            continue
        hosts = place_hosts(ctx, m.end())
        if hosts:
            np = MissionNP(
                m.start(),
                hosts[-1].end,
                m.start(),
                m.end(),
                MissionKind.MISSION,
                len(hosts) > 1,
                hosts=tuple(hosts),
                pronoun="its",
            )
            out += build(ctx, trig, np, "closures_affected", evidence_start=m.start(), status=status)
    return out
