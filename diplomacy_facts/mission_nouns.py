"""Mission changes told by a noun or around the mission: "the closure of its embassy in Nepal",
"the shutdowns in Dakar and Conakry", "the withdrawal from Nepal, Spain and Angola", "pulled its
diplomats out of Uganda", "Closures have already affected Spain and Uganda", and a bare "the
closures" that dates the changes just told."""

from __future__ import annotations

import attrs
import regex

from diplomacy_facts.mission_context import SentenceContext
from diplomacy_facts.mission_dates import event_date
from diplomacy_facts.mission_lexicon import FLAGS, OPERATIONS, PLAN_NOUN, STAFF, Trigger
from diplomacy_facts.mission_memory import Mention
from diplomacy_facts.mission_phrases import MissionNP
from diplomacy_facts.mission_rules import PRONOUN_OBJECT, allowed, build, nps_after, place_hosts, pronoun_targets
from diplomacy_facts.model import MissionKind, Status

__all__ = ["anaphoric_noun", "closures_affected", "noun_trigger", "staff_out", "withdraw_country"]

_STAFF_OUT = regex.compile(
    r"\b(?:pull|pulls|pulled|pulling|withdraw|withdraws|withdrew|withdrawn|withdrawing|evacuate|evacuates|"
    r"evacuated|evacuating|recall|recalls|recalled|recalling|bring|brings|brought|bringing|fly|flies|flew|flown)\s+"
    r"(?:(?:its|their|all|of|the|entire|whole|remaining)\s+)*(?P<staff>"
    + STAFF.pattern
    + r")(?:\s+\w+){0,2}?\s+(?:out\s+of|from|home\s+from|back\s+from)\s+",
    FLAGS,
)
_STAFF_LEFT = regex.compile(
    r"\b(?:entire|whole|all)\s+(?:of\s+)?(?:its\s+|their\s+|the\s+)?(?P<staff>"
    + STAFF.pattern
    + r")(?:\s+\w+){0,3}?\s+(?:flew\s+out\s+of|left|have\s+left|has\s+left|departed|departed\s+from|"
    r"were\s+evacuated\s+from|was\s+evacuated\s+from)\s+",
    FLAGS,
)
_STAFF_NOUN = regex.compile(
    r"\b(?P<noun>withdrawal|evacuation|pullout|pull-out)\s+of\s+(?:(?:its|their|all|the|entire|whole|remaining)\s+)*"
    r"(?P<staff>" + STAFF.pattern + r")(?:\s+\w+){0,2}?\s+(?:from|out\s+of)\s+",
    FLAGS,
)
_PARTIAL_STAFF = regex.compile(
    r"\b(?:some|most|part|half|non-essential|non-emergency|nonessential|several|many|few|\d+)\W+(?:\w+\W+){0,2}$",
    FLAGS,
)
_MILITARY = regex.compile(
    r"\b(?:troops|forces|soldiers|military|contingent|peacekeepers|peacekeeping|army|battalion|base|bases)\b", FLAGS
)
_DIPLOMATIC = regex.compile(r"\b(?:diplomat|diplomats|diplomatic|embass|consul|mission)", FLAGS)
_AFFECTED = regex.compile(
    r"\b(?:closures|shutdowns|withdrawals)\s*(?:[—–-]+\s*|,\s*)?(?:which\s+|that\s+)?"
    r"(?P<aux>(?:have|has|had)\s+)?(?:already\s+)?"
    r"(?P<verb>affect|affects|affected|hit|hits|include|includes|included|involve|involves|involved|cover|covers|"
    r"covered|touch|touches|touched)\s+",
    FLAGS,
)
_NOUN_OPERATIONS = regex.compile(
    r"\s+of\s+(?:its\s+|their\s+|the\s+|all\s+)?" + OPERATIONS.pattern + r"\s+(?:at|of|in)\s+", FLAGS
)
_DEFINITE_BEFORE = regex.compile(r"\b(?:the|this|that|these|those|its|their)\s+(?:[\w-]+\s+){0,2}$", FLAGS)


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
        of = regex.match(r"\s+of\s+", ctx.text[trig.end :])
        if of:
            plan = bool(PLAN_NOUN.search(ctx.text[max(0, trig.start - 60) : trig.start]))  # "talks on the closure"
            for np in nps_after(ctx, trig.end + of.end()):
                out += build(ctx, trig, np, "noun_of", plan=plan)
            continue
        before = [np for np in ctx.nps if np.head_end <= trig.start and not ctx.text[np.head_end : trig.start].strip()]
        if before:
            np = before[-1]
            if trig.low.endswith("s") and not np.plural:
                np = attrs.evolve(np, plural=True)  # "these embassy closures": several missions
            out += build(ctx, trig, np, "noun_compound")
            continue
        at = regex.match(r"\s+(?:in|at)\s+", ctx.text[trig.end :])
        if at:
            hosts = place_hosts(ctx, trig.end + at.end())
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


def anaphoric_noun(ctx: SentenceContext) -> list[Mention]:
    """ "The inauguration ceremony in Tel Aviv on Wednesday ...", "the closures had to be completed by
    September 2": a bare change noun refers to the changes just told and adds its date."""
    out: list[Mention] = []
    for trig in ctx.triggers:
        if trig.role != "noun" or trig.change == "move" or not _DEFINITE_BEFORE.search(ctx.text[: trig.start]):
            continue
        if regex.match(r"\s+(?:of|in|at)\s+", ctx.text[trig.end :]) or any(
            not ctx.text[np.head_end : trig.start].strip() for np in ctx.nps if np.head_end <= trig.start
        ):
            continue  # told by noun_trigger
        when = event_date(ctx, trig.start, trig.end, ctx.status(trig.change, trig.start, trig.end)[0])
        if when is None or ctx.negated(trig.start, trig.end):
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
        status, _ = ctx.status(trig.change, trig.start, trig.end)
        evidence = ctx.sentence.evidence(trig.start, trig.end, "anaphoric_noun")
        for m in referents:
            out.append(
                attrs.evolve(
                    m,
                    status=status,
                    when=when,
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
        if objects or _MILITARY.search(ctx.text) or not (ctx.memory.diplomatic or _DIPLOMATIC.search(ctx.text)):
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


def staff_out(ctx: SentenceContext) -> list[Mention]:
    """ "pulled its diplomats out of Uganda and Angola", "the entire diplomatic team flew out of Beijing" """
    out: list[Mention] = []
    for rx, rule in ((_STAFF_OUT, "staff_withdrawn"), (_STAFF_LEFT, "staff_left"), (_STAFF_NOUN, "staff_withdrawal")):
        for m in rx.finditer(ctx.text):
            if _PARTIAL_STAFF.search(ctx.text[max(0, m.start("staff") - 30) : m.start("staff")]):
                continue
            if rx is _STAFF_NOUN:  # "the withdrawal of its diplomatic personnel from Argentina, Chile ..."
                trig = Trigger(m.start("noun"), m.end("noun"), m.group("noun"), "close", "noun")
            else:
                trig = Trigger(m.start(), m.end("staff"), m.group(), "close", "staff")
            if ctx.negated(trig.start, trig.end):
                continue
            pron = PRONOUN_OBJECT.match(ctx.text, m.end())
            if pron and pron.group("p").lower().startswith("both"):
                out += pronoun_targets(ctx, trig, "both", rule)
                continue
            hosts = place_hosts(ctx, m.end())
            if not hosts:
                continue
            np = MissionNP(
                m.start(),
                hosts[-1].end,
                m.start("staff"),
                m.end("staff"),
                MissionKind.MISSION,
                len(hosts) > 1,
                hosts=tuple(hosts),
                pronoun="its",
            )
            out += build(ctx, trig, np, rule)
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
