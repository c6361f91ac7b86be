"""A mission's people gone or back: "pulled its diplomats out of Laos and Gabon", "the entire
diplomatic team flew out of Beijing", "its diplomats left the country", "its ambassador and staff left
for the Dominican Republic", "Polish diplomats returned to the embassy in Kyiv"."""

from __future__ import annotations

import attrs

from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.mission_context import SentenceContext
from diplomacy_facts.mission_lexicon import FLAGS, STAFF, Trigger
from diplomacy_facts.mission_memory import Mention
from diplomacy_facts.mission_nouns import MILITARY
from diplomacy_facts.mission_phrases import MissionNP
from diplomacy_facts.mission_places import Host
from diplomacy_facts.mission_remote import elsewhere_scene
from diplomacy_facts.mission_rules import PRONOUN_OBJECT, build, nps_after, place_hosts, pronoun_targets
from diplomacy_facts.model import MissionKind

__all__ = ["staff_out"]

# patterns of the calls below, compiled once (not looked up in regex's cache at each call)
_THE_CAPITAL = lazy_compile(r"the\s+(?:capital|country)\b")
_APOSTROPHE = lazy_compile("['’]")

_STAFF_OUT = lazy_compile(
    r"\b(?:pull|pulls|pulled|pulling|withdraw|withdraws|withdrew|withdrawn|withdrawing|evacuate|evacuates|"
    r"evacuated|evacuating|recall|recalls|recalled|recalling|bring|brings|brought|bringing|fly|flies|flew|flown|"
    r"relocate|relocates|relocated|relocating|move|moves|moved|moving)\s+"
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
    r"\s+the\s+(?:country|capital|city)\b|\s+for\s+(?-i:(?=(?:the\s+)?\p{Lu}))|\s+(?:its|their|the)\s+(?=embass|consul|mission)|(?=\s+(?:on|last|this|over|"
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
_GONE_OWNER = lazy_compile(
    r"(?:\b(?P<poss>its|their)\s+(?:(?:ambassador|envoy|charg[eé]\s+d['’]affaires)\s+and\s+(?:the\s+)?)?"
    r"(?:remaining\s+|diplomatic\s+|embassy\s+)?|['’]s?\s+|\b(?:all|entire|whole|remaining)\s+)$",
    FLAGS,
)
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
    r"\b(?P<noun>withdrawal|evacuation|pullout|pull-out|departure|exodus)\s+of\s+"
    r"(?:(?:its|their|all|the|entire|whole|remaining)\s+)*(?P<who>(?-i:\p{Lu})[\w-]+\s+)?"
    r"(?P<staff>" + STAFF.pattern + r")(?:\s+\w+){0,2}?\s+(?:from|out\s+of)\s+",
    FLAGS,
)
_PARTIAL_STAFF = lazy_compile(
    r"\b(?:some|most|part|half|non-essential|non-emergency|nonessential|several|many|few|\d+)\W+(?:\w+\W+){0,2}$",
    FLAGS,
)


def staff_out(ctx: SentenceContext) -> list[Mention]:
    """ "pulled its diplomats out of Laos and Gabon", "the entire diplomatic team flew out of Beijing" """
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
            named = [n for n in ctx.nps if n.end <= m.start() and n.hosts and not n.plural and not n.sender]
            if bare and named and not MILITARY.search(ctx.text, m.start(), m.end()):
                # "The Wuhan consulate has been unstaffed since January, when Washington evacuated its diplomats"
                out += build(ctx, trig, attrs.evolve(named[-1], pronoun="its", start=m.start(), end=m.end()), rule)
                continue
            hosts = [] if bare else place_hosts(ctx, m.end())
            missions = [] if bare or hosts else nps_after(ctx, m.end())
            if missions:  # "withdrew all personnel from its embassy in Kabul"
                for np in missions:
                    out += build(ctx, trig, np, rule)
                continue
            if not hosts and not (bare and not m.group().lower().startswith("recall")):
                continue
            poss = m.groupdict().get("poss")
            who = m.groupdict().get("who")  # "the departure of Swiss diplomats from Tehran"
            owner = next((p for p in ctx.places if who and p.start == m.start("who")), None)
            np = MissionNP(
                m.start(),
                hosts[-1].end if hosts else m.end("staff"),
                m.start("staff"),
                m.end("staff"),
                MissionKind.MISSION,
                len(hosts) > 1,
                hosts=tuple(hosts),
                sender=owner.code if owner is not None else None,
                sender_how="attributive" if owner is not None else "",
                pronoun=None if owner is not None else ("their" if (poss or "").lower() == "their" else "its"),
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
        if owner is None and left is None and change == "open" and not hosts:
            # "Polish diplomats returned to the embassy in Kyiv": the mission they are back at
            back = next((n for n in ctx.nps if n.start == gone.end() and n.hosts and not n.plural), None)
            if back is not None and back.sender is None:
                sender = next((p.code for p in ctx.places if 0 <= start - p.end <= 3 and p.end <= start), None)
                back = attrs.evolve(back, sender=sender, sender_how="attributive") if sender else back
            if back is not None and (back.sender or back.pronoun):
                out += build(ctx, trig, attrs.evolve(back, start=min(back.start, start)), "staff_back")
            continue
        if owner is None and left is not None:
            owner = left  # "Chinese diplomats left their Houston consulate"
            if left.sender is None and left.pronoun is None:
                continue
        if change == "open" and not hosts and not _THE_CAPITAL.match(ctx.text, gone.end()):
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
        if own is not None and own.group("poss") is None and sender is None and not _APOSTROPHE.search(own.group()):
            continue
        pronoun = None if sender else ("their" if (own and (own.group("poss") or "").lower() == "their") else "its")
        if rest == "for":  # "its ambassador and staff left for the Dominican Republic": from where the story is
            whose = sender or next(iter(ctx.sender_at(start, pronoun)), None)
            goal = place_hosts(ctx, gone.end())
            where = elsewhere_scene(ctx, whose, (goal[0].code, goal[0].city)) if whose and goal else None
            if whose is None or where is None:
                continue
            sender, pronoun, hosts = whose, None, [Host(where[0], where[1], start, end)]
        np = MissionNP(
            start,
            hosts[-1].end if hosts else end,
            start,
            end,
            ctx.memory.last_kind or MissionKind.MISSION if rest == "for" else MissionKind.MISSION,
            len(hosts) > 1,
            sender=sender,
            hosts=tuple(hosts),
            pronoun=pronoun,
        )
        out += build(ctx, trig, np, "staff_gone")
    return out
