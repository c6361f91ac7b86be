"""Moves of a mission: "moved its embassy from Tel Aviv to Jerusalem" is the closure of the old site
and the opening of the new one; an emergency relocation inside the host closes the old site only."""

from __future__ import annotations

from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.mission_context import SentenceContext
from diplomacy_facts.mission_lexicon import EMERGENCY, FLAGS, Trigger
from diplomacy_facts.mission_memory import Mention
from diplomacy_facts.mission_phrases import MissionNP
from diplomacy_facts.mission_places import Host
from diplomacy_facts.mission_rules import build, nps_after, place_hosts

__all__ = ["move", "relocated"]

_ROUTE_STEP = lazy_compile(r"\s+(?P<w>in|from|back\s+from|to|back\s+to)\s+", FLAGS)


def move(ctx: SentenceContext) -> list[Mention]:
    """ "moved its embassy from Tel Aviv to Jerusalem": closure of the old site and opening of the new;
    an emergency relocation inside the host closes the old site only."""
    out: list[Mention] = []
    for trig in ctx.triggers:
        if trig.change != "move" or trig.role != "verb":
            continue
        objects = nps_after(ctx, trig.end)
        if not objects or objects[0].plural:
            continue
        np = objects[0]
        pos = np.head_end
        if np.compound:
            pos = ctx.text.find(np.compound, pos) + len(np.compound)  # "its embassy operations in Baghdad"
        out += relocated(ctx, trig, np, pos, [])
    return out


def relocated(ctx: SentenceContext, trig: Trigger, np: MissionNP, pos: int, origin: list[Host]) -> list[Mention]:
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
    if not target:
        return []
    new = target[0]
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
    out = [] if back else build(ctx, Trigger(trig.start, trig.end, trig.text, "close", "verb"), old_np, "move_from")
    sender = np.sender or next(iter(ctx.sender_at(min(trig.start, np.start), np.pronoun)), None)
    if new.code == sender or np.compound in ("operations", "operation", "work", "activities"):
        return out  # "moved its embassy operations in Baghdad to Stockholm": the work moved, no new post
    if back or not (EMERGENCY.search(ctx.text) and old.code == new.code):
        new_np = MissionNP(
            np.start, end, np.head_start, np.head_end, np.kind, False, np.sender, np.sender_how, np.pronoun, (new,)
        )
        out += build(ctx, Trigger(trig.start, trig.end, trig.text, "open", "verb"), new_np, "move_to")
    return out
