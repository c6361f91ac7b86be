"""Mission changes told by a noun or around the mission: "the closure of its embassy in Nepal",
"the shutdowns in Dakar and Conakry", "the withdrawal from Nepal, Spain and Angola", "pulled its
diplomats out of Uganda", "Closures have already affected Spain and Uganda", and a bare "the
closures" that dates the changes just told."""

from __future__ import annotations

import attrs
import regex

from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.mission_context import SentenceContext
from diplomacy_facts.mission_dates import event_date
from diplomacy_facts.mission_lexicon import FLAGS, OPERATIONS, PLAN_NOUN, STAFF, Trigger
from diplomacy_facts.mission_memory import Mention
from diplomacy_facts.mission_phrases import MissionNP
from diplomacy_facts.mission_rules import PRONOUN_OBJECT, allowed, build, nps_after, place_hosts, pronoun_targets
from diplomacy_facts.model import MissionKind, Status

__all__ = ["anaphoric_noun", "closures_affected", "colon_list", "noun_trigger", "staff_out", "withdraw_country"]

_STAFF_OUT = lazy_compile(
    r"\b(?:pull|pulls|pulled|pulling|withdraw|withdraws|withdrew|withdrawn|withdrawing|evacuate|evacuates|"
    r"evacuated|evacuating|recall|recalls|recalled|recalling|bring|brings|brought|bringing|fly|flies|flew|flown)\s+"
    r"(?:out\s+)?(?:(?P<poss>its|their|all|of|the|entire|whole|remaining)\s+)*(?P<staff>"
    + STAFF.pattern
    + r")(?:(?:\s+\w+){0,2}?\s+(?:out\s+of|from|home\s+from|back\s+from)\s+|(?P<bare>\s+(?:out|home)\b|(?=\s*[,.;]|\s+"
    r"(?:on|last|this|over|in|by|early|late|after|before|amid|as|and|while|when|within|hours|days)\b)))",
    FLAGS,
)
#: "Danish diplomats left the country", "its diplomats have fled Juba", "the staff were evacuated"
_STAFF_WORD = lazy_compile(r"(?P<staff>" + STAFF.pattern + r"|staff|personnel|employees)", FLAGS)
_GONE_VERB = lazy_compile(
    r"\s+(?:(?:had|have|has|were|was|are|is|been|being|all|also|already|hurriedly|quickly|safely|since|now|then)\s+)*"
    r"(?P<verb>left|fled|departed|quit|abandoned|evacuated|withdrawn|pulled\s+out|flown\s+out|flown\s+home|flew\s+out|"
    r"flew\s+home|brought\s+home|moved|relocated|repatriated)(?P<rest>\s+(?:of|from|out\s+of)\s+|\s+to\b|"
    r"\s+the\s+(?:country|capital|city)\b|\s+(?:its|their|the)\s+(?=embass|consul|mission)|(?=\s+(?:on|last|this|over|"
    r"in|by|after|before|amid|as|and|while|when|within|hours|days|the\s+same|the\s+following|the\s+next)\b)|"
    r"(?=\s*[,.;])|\s+(?-i:(?=\p{Lu}))|(?!\s+(?:for|early|in\s+protest|the\s+(?:\w+\s+)?(?:room|meeting|talks|hall|building|"
    r"session|summit|conference|chamber|venue|table|stage|podium|ceremony|event|party)|a\s+(?:meeting|session|room)|"
    r"their\s+(?:posts|jobs|seats)|\w+\s+(?:meeting|talks|session|summit|conference))\b))",
    FLAGS,
)
#: "its diplomats returned to Kyiv", "Danish staff are back in Kabul": a mission's people back at work
_BACK_VERB = lazy_compile(
    r"\s+(?:(?:had|have|has|were|was|are|is|will|would|been|being|all|also|already|now|finally|then|to|set|due|"
    r"expected|began|begun|started)\s+)*(?P<verb>returned|return|returns|returning|went\s+back|came\s+back|"
    r"moved\s+back|back)(?P<rest>\s+(?:to|in)\s+)(?!work\b|normal\b|home\b|the\s+(?:talks|table|negotiating)\b)",
    FLAGS,
)
#: "is sending its diplomats back to Tripoli", "returned its embassy staff to Kyiv"
_STAFF_BACK = lazy_compile(
    r"\b(?P<verb>send|sends|sent|sending|return|returns|returned|returning|bring|brings|brought|bringing)\s+"
    r"(?:(?P<poss>its|their|the)\s+)(?P<staff>" + STAFF.pattern + r")(?:\s+back)?\s+to\s+",
    FLAGS,
)
_TALKS_AFTER = lazy_compile(r"[^,.;]{0,40}?\bfor\s+(?:talks|negotiations|meetings|consultations|a\s+visit)\b", FLAGS)
_GONE_OWNER = lazy_compile(r"(?:\b(?P<poss>its|their)\s+|['’]s?\s+|\b(?:all|entire|whole|remaining)\s+)$", FLAGS)
_OF_MISSION = lazy_compile(
    r"\b(?:all\s+)?(?:the\s+)?(?:staff|personnel|diplomats|employees)\s+(?:of|at|from)\s+$", FLAGS
)
_STAFF_LEFT = lazy_compile(
    r"\b(?:entire|whole|all)\s+(?:of\s+)?(?:its\s+|their\s+|the\s+)?(?P<staff>"
    + STAFF.pattern
    + r")(?:\s+\w+){0,3}?\s+(?:flew\s+out\s+of|left|have\s+left|has\s+left|departed|departed\s+from|"
    r"were\s+evacuated\s+from|was\s+evacuated\s+from)\s+",
    FLAGS,
)
_STAFF_NOUN = lazy_compile(
    r"\b(?P<noun>withdrawal|evacuation|pullout|pull-out)\s+of\s+(?:(?:its|their|all|the|entire|whole|remaining)\s+)*"
    r"(?P<staff>" + STAFF.pattern + r")(?:\s+\w+){0,2}?\s+(?:from|out\s+of)\s+",
    FLAGS,
)
_PARTIAL_STAFF = lazy_compile(
    r"\b(?:some|most|part|half|non-essential|non-emergency|nonessential|several|many|few|\d+)\W+(?:\w+\W+){0,2}$",
    FLAGS,
)
_MILITARY = lazy_compile(
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
            bare = rx is _STAFF_OUT and m.group("bare") is not None
            hosts = [] if bare else place_hosts(ctx, m.end())
            missions = [] if bare or hosts else nps_after(ctx, m.end())
            if missions:  # "withdrew all personnel from its embassy in Kabul"
                for np in missions:
                    out += build(ctx, trig, np, rule)
                continue
            if not hosts and not (bare and not m.group().lower().startswith("recall")):
                continue
            poss = m.groupdict().get("poss")
            np = MissionNP(
                m.start(),
                hosts[-1].end if hosts else m.end("staff"),
                m.start("staff"),
                m.end("staff"),
                MissionKind.MISSION,
                len(hosts) > 1,
                hosts=tuple(hosts),
                pronoun="their" if (poss or "").lower() == "their" else "its",
            )
            out += build(ctx, trig, np, rule)
    for m in _STAFF_BACK.finditer(ctx.text):
        trig = Trigger(m.start(), m.end("staff"), m.group(), "open", "staff")
        hosts = place_hosts(ctx, m.end())
        if not hosts or ctx.negated(trig.start, trig.end) or _TALKS_AFTER.match(ctx.text, hosts[-1].end):
            continue
        np = MissionNP(
            m.start(),
            hosts[-1].end,
            m.start("staff"),
            m.end("staff"),
            MissionKind.MISSION,
            len(hosts) > 1,
            hosts=tuple(hosts),
            pronoun="their" if (m.group("poss") or "").lower() == "their" else "its",
        )
        out += build(ctx, trig, np, "staff_back")
    return out + _staff_gone(ctx)


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


def _staff_gone(ctx: SentenceContext) -> list[Mention]:
    """ "its diplomats left the country", "Danish diplomats fled Juba", "staff of the kingdom's
    embassy were being moved to Port Sudan": a mission's people gone, all together."""
    out: list[Mention] = []
    subjects: list[tuple[int, int, MissionNP | None]] = [
        (m.start(), m.end(), None) for m in _STAFF_WORD.finditer(ctx.text)
    ]
    subjects += [
        (np.start, np.end, np) for np in ctx.nps if _OF_MISSION.search(ctx.text, max(0, np.start - 40), np.start)
    ]
    for start, end, owner in subjects:
        change = "close"
        gone = _GONE_VERB.match(ctx.text, end)
        if gone is None:
            change = "open"
            gone = _BACK_VERB.match(ctx.text, end)
            if gone is not None and _TALKS_AFTER.match(ctx.text, gone.end()):
                continue  # "diplomats returned to Geneva for talks"
        if gone is None or _PARTIAL_STAFF.search(ctx.text[max(0, start - 30) : start]):
            continue
        trig = Trigger(gone.start("verb"), gone.end("verb"), gone.group("verb"), change, "staff")
        if ctx.negated(trig.start, trig.end):
            continue
        rest = gone.group("rest").strip().lower()
        hosts = place_hosts(ctx, gone.end()) if rest in ("of", "from", "out of", "", "to", "in") else []
        left = next((n for n in ctx.nps if gone.end("verb") < n.start <= gone.end("verb") + 2), None)
        if owner is None and left is not None:
            owner = left  # "Chinese diplomats left their Houston consulate"
            if left.sender is None and left.pronoun is None:
                continue
        if change == "open" and not hosts and not regex.match(r"the\s+(?:capital|country)\b", ctx.text[gone.end() :]):
            continue
        if owner is not None:
            np = attrs.evolve(owner, start=min(owner.start, start), end=max(owner.end, end))
            if hosts and not owner.hosts:
                np = attrs.evolve(np, hosts=tuple(hosts))
            out += build(ctx, trig, np, "staff_gone")
            continue
        before = ctx.text[max(0, start - 30) : start]
        own = _GONE_OWNER.search(before)
        sender = next(
            (p.code for p in ctx.places if 0 <= start - p.end <= 3 and not p.code.startswith("region:")), None
        )
        if own is None and sender is None:
            continue  # "staff left": whose?
        if own is not None and own.group("poss") is None and sender is None and not regex.search("['’]", own.group()):
            continue
        np = MissionNP(
            start,
            hosts[-1].end if hosts else end,
            start,
            end,
            MissionKind.MISSION,
            len(hosts) > 1,
            sender=sender,
            hosts=tuple(hosts),
            pronoun=None if sender else ("their" if (own and (own.group("poss") or "").lower() == "their") else "its"),
        )
        out += build(ctx, trig, np, "staff_gone")
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
