"""Moves of a mission: "moved its embassy from Tel Aviv to Jerusalem" is the closure of the old site
and the opening of the new one; an emergency relocation inside the host closes the old site only."""

from __future__ import annotations

import attrs

from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.mission_context import SentenceContext
from diplomacy_facts.mission_lexicon import EMERGENCY, FLAGS, Trigger
from diplomacy_facts.mission_memory import Mention
from diplomacy_facts.mission_phrases import MissionNP
from diplomacy_facts.mission_places import Host
from diplomacy_facts.mission_rules import build, nps_after, place_hosts
from diplomacy_facts.model import Status

__all__ = ["move", "relocated"]

_GOVERNOR = lazy_compile(
    r"\b(?:announced|announces|approved|approves|ordered|orders|decided\s+on|completed|completes|began|begun|"
    r"started|planned|plans|proposed|confirmed)\s+(?:the|a|its|their)\s+(?:\w+\s+)?$",
    FLAGS,
)
_DONE = lazy_compile(r"(?:completed|completes|began|begun|started)\b", FLAGS)
_OF = lazy_compile(r"\s+of\s+", FLAGS)
_ROUTE_STEP = lazy_compile(r"\s+(?P<w>in|from|back\s+from|to|back\s+to)\s+", FLAGS)


def move(ctx: SentenceContext) -> list[Mention]:
    """ "moved its embassy from Tel Aviv to Jerusalem": closure of the old site and opening of the new;
    an emergency relocation inside the host closes the old site only."""
    out: list[Mention] = []
    for trig in ctx.triggers:
        if trig.change != "move":
            continue
        governor = _GOVERNOR.search(ctx.text, 0, trig.start) if trig.role == "noun" else None
        of = _OF.match(ctx.text, trig.end) if governor is not None else None
        if trig.role != "verb" and of is None:
            continue
        # "moved its embassy to Jerusalem"; "announced the relocation of its embassy to Jerusalem"
        objects = nps_after(ctx, of.end() if of is not None else trig.end)
        if not objects or (objects[0].plural and (objects[0].pronoun != "their" or objects[0].quantity)):
            continue
        np = attrs.evolve(objects[0], plural=False)  # "Germany and France moved their embassies to Lviv": each its own
        pos = np.head_end
        if np.compound:
            pos = ctx.text.find(np.compound, pos) + len(np.compound)  # "its embassy operations in Baghdad"
        done = governor is not None and _DONE.match(governor.group()) is not None  # "completed the move of"
        out += relocated(ctx, trig, np, pos, [], status=Status.COMPLETED if done else None)
    return out


def _last_route(ctx: SentenceContext, np: MissionNP) -> tuple[Host, Host] | None:
    """(old site, new site) of the permanent move of a mission of `np`'s kind told in the last sentences."""
    old: Host | None = None
    new: Host | None = None
    for index, m in reversed(ctx.memory.recent):
        if index < ctx.index - 3 or m.kind is not np.kind or m.host is None:
            continue
        if m.evidence.rule == "move_to" and new is None:
            new = Host(m.host, m.city, np.start, np.end)
        elif m.evidence.rule == "move_from" and old is None and new is not None and m.host == new.code:
            old = Host(m.host, m.city, np.start, np.end)
        if old is not None and new is not None:
            return old, new
    return None


def relocated(
    ctx: SentenceContext, trig: Trigger, np: MissionNP, pos: int, origin: list[Host], *, status: Status | None = None
) -> list[Mention]:
    """The mentions of a move whose route ("from Kyiv to Lviv", "to Jerusalem") starts at `pos`."""
    target: list[Host] = []
    while (step := _ROUTE_STEP.match(ctx.text, pos)) is not None:
        hosts = place_hosts(ctx, step.end())
        if not hosts:
            break
        if step.group("w").lower().endswith("to"):
            target = hosts
        else:
            origin = hosts
        pos = hosts[-1].end
    if not target and origin:
        return []
    if not target:  # "Guatemala moved its embassy two days later": the route of the move just told
        route = _last_route(ctx, np)
        if route is None:
            return []
        origin, target = [route[0]], [route[1]]
    new = target[0]
    sender = np.sender or next(iter(ctx.sender_at(min(trig.start, np.start), np.pronoun)), None)
    if not origin and new.city and sender:
        # "moved the embassy to Jerusalem" after "would move its embassy back to Tel Aviv from Jerusalem":
        # the old site is the other city the story gives the sender's mission in that host
        told = [
            m.city
            for _, m in reversed(ctx.memory.recent)
            if m.sender == sender and m.host == new.code and m.city and m.city != new.city and m.kind is np.kind
        ]
        if told:
            origin = [Host(new.code, told[0], np.start, np.end)]
    if not origin and (np.definite or np.pronoun):
        # "closed its embassy in Kabul and moved the mission to Doha": the mission named before it
        named = [n for n in ctx.nps if n.end <= trig.start and len(n.hosts) == 1 and n.hosts[0].code]
        if named and named[-1].hosts[0].code != new.code:
            origin = [named[-1].hosts[0]]
    old = origin[0] if origin else Host(new.code, None, np.start, np.end)
    end = max(pos, np.end)
    old_np = MissionNP(
        np.start,
        end,
        np.head_start,
        np.head_end,
        np.kind,
        False,
        np.sender,
        np.sender_how,
        np.pronoun,
        (old,) if old.code else (),
    )
    back = trig.low.startswith("return")  # "returned its embassy to Kyiv": back where it was, nothing left behind
    out = (
        []
        if back
        else build(
            ctx, Trigger(trig.start, trig.end, trig.text, "close", trig.role), old_np, "move_from", status=status
        )
    )
    if new.code == sender or np.compound in ("operations", "operation", "work", "activities"):
        return out  # "moved its embassy operations in Baghdad to Stockholm": the work moved, no new post
    if old.code and old.code != new.code:
        return out  # "moved the mission in Kabul to Doha": it works from abroad, no post for the new country
    if back or not (EMERGENCY.search(ctx.text) and old.code == new.code):
        new_np = MissionNP(
            np.start, end, np.head_start, np.head_end, np.kind, False, np.sender, np.sender_how, np.pronoun, (new,)
        )
        out += build(ctx, Trigger(trig.start, trig.end, trig.text, "open", trig.role), new_np, "move_to", status=status)
    return out
