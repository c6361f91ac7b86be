"""A mission whose work is done from somewhere else: "the embassy's work will be handled from the
embassy in Santo Domingo", "the embassy will operate from Lviv for now", "its ambassador and staff
would work from Dubai for the time being". The mission named (or, for its people, the one in the
place the story is set) is closed, for now or for good; where the work goes is no mission fact."""

from __future__ import annotations

import attrs

from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.mission_context import SentenceContext
from diplomacy_facts.mission_lexicon import FLAGS, OPERATIONS, Trigger
from diplomacy_facts.mission_memory import Mention
from diplomacy_facts.mission_phrases import MissionNP
from diplomacy_facts.mission_places import Host
from diplomacy_facts.mission_rules import allowed, build, nps_after, place_hosts
from diplomacy_facts.model import MissionKind, Status
from diplomacy_facts.places import PlaceKind

__all__ = ["elsewhere_scene", "no_longer", "plans_for", "run_from_elsewhere"]

_ELSEWHERE = lazy_compile(
    r"(?:\s*,\s*(?:which|that))?\s+(?:(?:has|have|had|was|were|is|are|will|would|could|may|might|shall|to|be|been|being|now|temporarily|"
    r"remotely|also|instead|henceforth)\s+)*"
    r"(?P<verb>handled|run|managed|conducted|carried\s+out|covered|performed|overseen|operated|operate|operates|"
    r"operating|work|works|working|worked|function|functions|functioning|based)"
    r"\s+(?:temporarily\s+|remotely\s+|for\s+now\s+|instead\s+)?from\s+",
    FLAGS,
)
#: "the embassy's work", "the consulate's operations": the mission's work as the subject
_HAD = lazy_compile(r"\bhad\b", FLAGS)
_SPEAKER_ITS = lazy_compile(r"\s+(?:said|says|announced|added|confirmed)\s+(?:that\s+)?$", FLAGS)
_WORK_OF = lazy_compile(r"['’]s\s+(?:day-to-day\s+|consular\s+|diplomatic\s+)?", FLAGS)
#: "its ambassador and (remaining) staff", "their diplomats", "Japanese embassy staff"
_PEOPLE = lazy_compile(
    r"\b(?:(?P<poss>its|their)\s+)?(?:(?:ambassador|envoy|charg[eé]\s+d['’]affaires|head\s+of\s+mission)\s+and\s+"
    r"(?:the\s+|its\s+|their\s+)?)?(?:remaining\s+|diplomatic\s+|embassy\s+|consular\s+)?"
    r"(?P<who>staff|diplomats|personnel|team|employees|ambassador|envoy)\b",
    FLAGS,
)


def elsewhere_scene(
    ctx: SentenceContext, sender: str, target: tuple[str | None, str | None]
) -> tuple[str, str | None] | None:
    """Where the mission of people who now work (or went) elsewhere, at `target`, is: the sender's
    mission named before, else the host of the missions the story told last, else the country it
    names most."""
    remembered = ctx.remembered_host(sender, MissionKind.MISSION, any_kind=True)
    moved = remembered is not None and remembered[1] and target[1] and remembered[1] != target[1]
    if remembered is not None and (remembered[0] != target[0] or moved):
        return remembered  # "diplomats had been working from Lviv" after "its embassy in Kyiv"
    code = target[0]
    for _, m in reversed(ctx.memory.recent):  # the missions the story told a change of last
        if m.host and m.host not in (sender, code) and not m.host.startswith("region:"):
            return m.host, m.city
    for seen in reversed(ctx.memory.missions):
        if seen.host and seen.host not in (sender, code) and not seen.host.startswith("region:"):
            return seen.host, seen.city
    actors = set(ctx.memory.senders)  # "the US embassy": a country with missions is no scene
    for top in ctx.memory.top_countries(6):
        if top not in (sender, code) and top not in actors and not top.startswith("region:"):
            return top, None
    return None


def _target(ctx: SentenceContext, pos: int) -> tuple[str | None, str | None] | None:
    """Where the work goes: (country, city) of the place or mission named after "from"."""
    hosts = place_hosts(ctx, pos)
    if hosts:
        return hosts[0].code, hosts[0].city
    missions = nps_after(ctx, pos)
    if missions and missions[0].hosts:
        return missions[0].hosts[0].code, missions[0].hosts[0].city
    return None


def run_from_elsewhere(ctx: SentenceContext) -> list[Mention]:
    out: list[Mention] = []
    for np in ctx.nps:
        if ctx.after_preposition(np.start) or np.plural or np.quantity is not None:
            continue
        pos = np.end
        work = _WORK_OF.match(ctx.text, np.head_end)
        ops = OPERATIONS.match(ctx.text, work.end()) if work else None
        if ops is not None:
            pos = ops.end()  # "the embassy's work will be handled from ..."
        found = _ELSEWHERE.match(ctx.text, pos)
        if found is None:
            continue
        target = _target(ctx, found.end())
        if target is None or any(h.code == target[0] and h.city == target[1] for h in np.hosts):
            continue  # "the embassy in Kyiv will work from Kyiv": no change
        if not np.hosts:  # "the embassy's work will be handled from Santo Domingo": the embassy is elsewhere
            owner = np.pronoun or ("its" if np.definite else None)  # "the embassy's work": its embassy
            senders = [np.sender] if np.sender else ctx.sender_at(np.start, owner)
            where = elsewhere_scene(ctx, senders[0], target) if senders else None
            if where is None:
                continue
            np = attrs.evolve(np, sender=senders[0], hosts=(Host(where[0], where[1], np.start, np.end),))
        trig = Trigger(found.start("verb"), found.end("verb"), found.group("verb"), "close", "verb")
        if allowed(ctx, trig):
            out += build(ctx, trig, np, "run_from_elsewhere", status=_done(found.group()))
    for m in _PEOPLE.finditer(ctx.text):
        found = _ELSEWHERE.match(ctx.text, m.end())
        target = _target(ctx, found.end()) if found else None
        if found is None or target is None:
            continue
        sender = next(
            (p.code for p in ctx.places if 0 <= m.start() - p.end <= 3 and p.kind is not PlaceKind.REGION), None
        )
        if m.group("poss") is None and sender is None:
            continue  # "staff will work from home": whose?
        if sender is None:
            speaker = _SPEAKER_ITS.search(ctx.text, max(0, m.start() - 40), m.start())
            place = next((p for p in ctx.places if speaker and p.end == speaker.start()), None)
            sender = place.code if place is not None else next(iter(ctx.sender_at(m.start(), "its")), None)
        where = elsewhere_scene(ctx, sender, target) if sender else None
        if where is None:
            continue
        trig = Trigger(found.start("verb"), found.end("verb"), found.group("verb"), "close", "verb")
        if not allowed(ctx, trig):
            continue
        np = MissionNP(
            m.start(),
            m.end(),
            m.start("who"),
            m.end("who"),
            ctx.memory.last_kind or MissionKind.MISSION,  # the kind of mission the story is about
            False,
            sender=sender,
            sender_how="attributive",
            hosts=(Host(where[0], where[1], m.start(), m.end()),),
        )
        out += build(ctx, trig, np, "run_from_elsewhere", status=_done(found.group()))
    return out


_NO_LONGER = lazy_compile(
    r"\b(?:(?P<future>will|would|shall|to|is\s+to|plans\s+to)\s+)?no\s+longer\s+"
    r"(?:maintain|maintains|have|has|keep|keeps|operate|operates|run|runs)\s+"
    # "Norway has had no diplomatic presence in Syria since 2012", "has not had an embassy in Kabul since"
    r"|\b(?:has|have|had)\s+(?:had\s+no|not\s+had|been\s+without)\s+(?=[^.;]*\bsince\b)",
    FLAGS,
)


def no_longer(ctx: SentenceContext) -> list[Mention]:
    """ "Finland will no longer maintain an embassy in Bratislava", "Chad no longer has an embassy in
    Tel Aviv": a mission given up."""
    out: list[Mention] = []
    for m in _NO_LONGER.finditer(ctx.text):
        trig = Trigger(m.start(), m.end(), m.group().strip(), "close", "verb")
        if not allowed(ctx, trig):
            continue
        status = Status.INTENDED if m.group("future") else Status.COMPLETED
        for np in nps_after(ctx, m.end()):
            if np.hosts:
                out += build(ctx, trig, np, "no_longer", status=status)
    return out


_PLANS_FOR = lazy_compile(
    r"\b(?P<t>plans?|proposals?|approval|permission|go-ahead|green\s+light|agreement)\s+(?:for|to\s+have)\s+"
    r"|\b(?P<will>will|would|is\s+to|are\s+to|plans\s+to|hopes\s+to|expects\s+to|wants\s+to)\s+"
    r"(?:soon\s+|also\s+|eventually\s+)?have\s+(?=(?:a|an)\s)",
    FLAGS,
)


def plans_for(ctx: SentenceContext) -> list[Mention]:
    """ "India announced plans for a new consulate in Auckland", "Kenya will have an embassy in Seoul by
    2025": a mission still to come, told without a verb of opening."""
    out: list[Mention] = []
    for m in _PLANS_FOR.finditer(ctx.text):
        trig = Trigger(m.start(), m.end(), m.group().strip(), "open", "verb")
        if not allowed(ctx, trig) or ctx.negated(trig.start, trig.end):
            continue
        for np in nps_after(ctx, m.end())[:1]:
            if np.indefinite and (np.hosts or np.town) and not np.compound and not np.plural:
                out += build(ctx, trig, np, "plans_for", status=Status.INTENDED)
    return out


def _done(aux: str) -> Status | None:
    """ "had been working from Lviv": a past perfect tells a closure already made."""
    return Status.COMPLETED if _HAD.search(aux) else None
