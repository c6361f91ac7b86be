"""From a trigger and the mission phrase it governs to `Mention`s: who, where, how many, how
firmly, when and according to whom. Shared by the rules of mission_verbs, mission_nouns,
mission_groups and mission_counts.
"""

from __future__ import annotations

import bisect
import itertools
from datetime import date, timedelta

import attrs
import regex

from diplomacy_facts.clauses import token_index
from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.mission_context import SentenceContext, normalise_count
from diplomacy_facts.mission_dates import event_date, own_date
from diplomacy_facts.mission_lexicon import DEMAND, FLAGS, HOLIDAY, OWNERS, Trigger
from diplomacy_facts.mission_memory import Mention, Seen
from diplomacy_facts.mission_pairs import historical, pair_of, referents
from diplomacy_facts.mission_phrases import MissionNP
from diplomacy_facts.mission_places import Host, host_of, place_list
from diplomacy_facts.mission_spread import in_countries
from diplomacy_facts.model import MissionKind, Period, Status

__all__ = ["PRONOUN_OBJECT", "allowed", "build", "nps_after", "place_hosts", "pronoun_targets"]

# patterns of the calls below, compiled once (not looked up in regex's cache at each call)
_ORDERED = lazy_compile(r"\b(?:ordered|told|gave)\b", FLAGS)

PRONOUN_OBJECT = lazy_compile(r"\s*(?P<p>it|them|both(?:\s+of\s+them)?|the\s+two)\b", FLAGS)
_FOR_HOLIDAY = lazy_compile(
    r"\b(?:for|over|during|in\s+observance\s+of|on\s+account\s+of)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:"
    + HOLIDAY.pattern
    + r")",
    FLAGS,
)
_LIST_GAP = lazy_compile(
    # "... over the next two years, including", "... on June 29 and a consulate"
    r"(?:\s+(?:over|in|by|within|during|before|from|on|last|early|late|next|this|later|at|until|the\s+following)\s+[^,;]{1,40}?)?"
    r"\s*(?:,\s*)?(?:and|or|as\s+well\s+as|plus|along\s+with|including|among\s+them|such\s+as)?\s*"
    r"(?:(?:[\w-]+\s+){0,4}?[\w-]+\s*[—–:]\s*)?",
    FLAGS,
)
_OTHERS = lazy_compile(r"\b(?:other|various|several|more|further|some)\b", FLAGS)
_IT_SUBJECT = lazy_compile(
    r"(?<![\w'’])(?:it|they)\s+(?:(?:is|are|was|were|has|have|had|will|would|could|may|might|must|should|be|been|being|"
    r"also|now|already|still|plans?|planned|planning|intends?|intended|decided|wants?|to|set|going|about|"
    r"in\s+the\s+process\s+of|poised|expected|likely|due|not|does|did|do|says|said)\s+){0,4}$",
    FLAGS,
)
_CLOSE_WORD = r"(?:clos|shut|withdraw|reduc|cut|scrap|downsiz)\w*"
_OPEN_WORD = r"(?:open|reopen|establish|set\w*\s+up|creat|add|launch)\w*"
_BOTH_WAYS = lazy_compile(
    rf"\b{_CLOSE_WORD}\s+(?:[\w-]+\s+){{0,3}}?(?:and|or)\s+(?:[\w-]+\s+){{0,3}}?{_OPEN_WORD}\b"
    rf"|\b{_OPEN_WORD}\s+(?:[\w-]+\s+){{0,3}}?(?:and|or)\s+(?:[\w-]+\s+){{0,3}}?{_CLOSE_WORD}\b",
    FLAGS,
)
_NOUN_DENIED = lazy_compile(
    r"[^.;]{0,20}?\b(?:(?:is|was|are|were|remains?|remained)\s+(?:not|never|no\s+longer)\b|(?:has|have|had)\s+been\s+"
    r"ruled\s+out|(?:is|was)\s+off\s+the\s+(?:table|agenda)|(?:is|was)\s+out\s+of\s+the\s+question)",
    FLAGS,
)
_EPISTEMIC = lazy_compile(
    r"\b(?:(?:is|was|it['’]s|seemed|seems|remains|remained)\s+[\"“]?(?:\w+\s+)?(?:possible|conceivable|likely|probable)"
    r"[\"”]?|"
    r"(?:a|the)\s+(?:possibility|chance|risk|prospect)|(?:could|can)not\s+(?:be\s+)?rule[d]?\s+out|"
    r"did\s+not\s+rule\s+out|would\s+not\s+rule\s+out|may\s+well\s+be)\s+that\b[^.;]*$",
    FLAGS,
)
_PAST_START = lazy_compile(r"(?:began|begun|became|\w+ed)\b")
_ANY = lazy_compile(r"\bany\b", FLAGS)
_WHETHER = lazy_compile(r"\b(?:whether|if)\b[^,;]*$", FLAGS)
_COORDINATED_NOUN = lazy_compile(
    r"\b(?P<v>announced|ordered|approved|decided\s+on|planned|proposed|demanded|completed|carried\s+out|confirmed)\s+"
    r"the\s+\w+\s+of\s+[^,;]{1,60}?\s+and\s+(?:the\s+|a\s+)?$",
    FLAGS,
)
_VERB_GOVERNOR = lazy_compile(
    r"\b(?:announced|announces|announce|ordered|orders|order|approved|approves|approve|confirmed|confirms|"
    r"completed|decided|decides|began|begun|started|starts|finalised|finalized|carried\s+out|planned|plans|plan|"
    r"proposed|proposes|considering|considered|mulling|weighing|set\s+out|unveiled|following)\s+"
    r"(?:the\s+|a\s+|its\s+|their\s+)?(?:\w+\s+){0,2}$",
    FLAGS,
)


def place_hosts(ctx: SentenceContext, pos: int) -> list[Host]:
    """The places listed from `pos` on ("Uganda, Angola and Spain"), as hosts."""
    k = token_index(ctx.tokens, pos)
    hosts, _, _, _ = place_list(ctx.text, ctx.tokens, k, ctx.places)
    return hosts


def _np_starts(ctx: SentenceContext) -> list[int] | None:
    """Where the sentence's mission phrases start, if in text order (else None), read once per sentence."""
    key = ("np_starts",)
    if key not in ctx.kept:
        starts = [np.start for np in ctx.nps]
        ctx.kept[key] = starts if all(a <= b for a, b in itertools.pairwise(starts)) else None
    found: list[int] | None = ctx.kept[key]
    return found


def nps_after(ctx: SentenceContext, pos: int) -> list[MissionNP]:
    """The mission phrases that start at `pos` (after spaces), with those coordinated after them."""
    starts = _np_starts(ctx)
    if starts is None:
        first, rest = next((np for np in ctx.nps if np.start >= pos), None), 0
    else:  # in text order (always so far): the first by bisection, and no phrase before it can follow it
        k = bisect.bisect_left(starts, pos)
        first, rest = (ctx.nps[k] if k < len(starts) else None), k + 1
    if first is None or ctx.text[pos : first.start].strip():
        return []
    out = [first]
    for np in itertools.islice(ctx.nps, rest, None):
        if np.start < out[-1].end or np is first:
            continue
        gap = ctx.text[out[-1].end : np.start]
        if not _LIST_GAP.fullmatch(gap) and not (np.indefinite and np.hosts and _ASIDE_GAP.fullmatch(gap)):
            break  # but "an embassy in Abu Dhabi on June 29, during a visit by ..., and a consulate in Dubai"
        if any(t.role == "verb" and out[-1].end <= t.start < np.start for t in ctx.triggers):
            break  # another verb governs what follows ("closed X in A and opened Y in B"); keeps work linear
        if gap.strip() == "," and _APPOSITIVE.match(ctx.text, np.start):
            break  # "its embassy in Lilongwe, its only mission in southern Africa": the same mission
        if _CLAUSE_VERB_NEXT.match(ctx.text, np.end):
            break  # "with the closure of its embassy, only two missions remain": a new clause's subject
        out.append(np)
    return out


def pronoun_targets(ctx: SentenceContext, trig: Trigger, pronoun: str, rule: str) -> list[Mention]:
    """ "reopened it", "pulled its diplomats out of both": the missions named just before."""
    want = 1 if pronoun.lower() == "it" else 2
    before = [np for np in ctx.nps if np.end <= trig.start and (np.hosts or np.sender)]
    out: list[Mention] = []
    if before:
        for np in before[-want:]:
            out += build(ctx, trig, np, rule)
        return out
    seen = [s for s in ctx.memory.missions if s.host and s.index == ctx.index - 1]
    if not seen:  # "Morocco closed both offices in 2000. They reopened in 2021": the missions just changed
        seen = [
            Seen(m.sender, m.host, m.city, m.kind, i)
            for i, m in ctx.memory.recent
            if i == ctx.index - 1 and m.host and not m.host.startswith("region:")
        ]
    previous = ctx.memory.earlier_dates(ctx.published, last_only=True)
    then = previous[-1].period if previous else None
    for s in seen[-want:]:
        np = MissionNP(
            trig.start,
            trig.end,
            trig.start,
            trig.end,
            s.kind,
            False,
            s.sender,
            "possessive",
            hosts=(Host(s.host, s.city, trig.start, trig.end),),
        )
        # the missions of the sentence before, and (unless this one dates it) its date
        out += [m if m.when is not None else attrs.evolve(m, when=then) for m in build(ctx, trig, np, rule)]
    return out


_COMPANY_BEFORE = lazy_compile(
    r"\b(?:" + "|".join(regex.escape(w) for w in sorted(OWNERS, key=len, reverse=True)) + r")\b", FLAGS
)
_ASIDE_GAP = lazy_compile(r"[^;.:]{1,160}?,\s+and\s+", FLAGS)
_CLAUSE_VERB_NEXT = lazy_compile(
    r"\s+(?:remain|remains|remained|are|is|was|were|stay|stays|stayed|will|would|has|have|had|continue|continues)\b",
    FLAGS,
)
_OF_GAP = lazy_compile(r"\s*of\s*", FLAGS)
_APPOSITIVE = lazy_compile(r"(?:its|their|the)\s+(?:only|sole|last|first|single|main|largest|biggest|oldest)\b", FLAGS)


def _noun_strength(ctx: SentenceContext, trig: Trigger) -> bool:
    """A noun trigger states the change firmly only under a verb: "announced the closure"."""
    return bool(_VERB_GOVERNOR.search(ctx.text[max(0, trig.start - 50) : trig.start]))


def _shared_governor(ctx: SentenceContext, trig: Trigger) -> Status | None:
    """ "ordered the expulsion of 60 diplomats and the closure of the consulate": the second noun
    shares the first one's verb (which the verb-group reader does not reach)."""
    m = _COORDINATED_NOUN.search(ctx.text, max(0, trig.start - 120), trig.start)
    if m is None:
        return None
    return Status.COMPLETED if m.group("v").lower() in ("completed", "carried out", "confirmed") else Status.INTENDED


def _settle(status: Status, when: Period | None, published: date | None) -> Status:
    """ "closing its embassy in Kabul in August 2021": a progressive with a past date is done."""
    if status is not Status.ONGOING or when is None or when.end is None:
        return status
    if published is None:
        return Status.COMPLETED
    return Status.COMPLETED if when.end < published - timedelta(days=14) else status


def build(
    ctx: SentenceContext,
    trig: Trigger,
    np: MissionNP,
    rule: str,
    *,
    plan: bool = False,
    evidence_start: int | None = None,
    status: Status | None = None,
    count_kind: MissionKind | None = None,
) -> list[Mention]:
    """The mentions a trigger and its mission phrase make: one per sender and host."""
    if ctx.negated(trig.start, trig.end):
        return []
    if trig.role == "noun" and _NOUN_DENIED.match(ctx.text, max(trig.end, np.end)):
        return []  # "the reopening of the British embassy was not on the table"
    fact = "closure" if trig.change == "close" else "opening"
    first = trig.start + len(trig.text.split()[0]) if trig.role == "upgrade" and trig.text.split() else trig.end
    read, weak = ctx.status(trig.change, trig.start, first)  # "upgraded to an embassy": the verb's own tense
    if status is None:
        status = Status.POSSIBLE if trig.role == "speculative" else read
        if trig.role == "state" and status in (Status.ONGOING, Status.INTENDED) and _PAST_START.match(trig.low):
            # "began operations on Monday", "returned to Kyiv": the verb's own tense, not its "to"
            first_end = trig.start + len(trig.text.split()[0])
            status = ctx.status(trig.change, trig.start, first_end)[0]
            status = Status.COMPLETED if status is Status.ONGOING else status
    if trig.role == "noun":
        if plan:
            status, weak = (Status.INTENDED if status is Status.COMPLETED else status), False
        elif (shared := _shared_governor(ctx, trig)) is not None:
            status, weak = shared, False
        elif not _noun_strength(ctx, trig):
            weak = True
    is_group = np.quantity is not None or (np.plural and not np.hosts)
    when = event_date(ctx, trig.start, trig.end, status, group=is_group)
    gap = ctx.text[trig.end : np.start]
    if np.start > trig.end and not is_group and gap.strip() and not _OF_GAP.fullmatch(gap):
        when = own_date(ctx, np.end, status) or when  # "... and a consulate in Dubai the following day"
    status = _settle(status, when, ctx.published)
    if status is not Status.POSSIBLE and _EPISTEMIC.search(ctx.text, max(0, trig.start - 100), trig.start):
        status = Status.POSSIBLE  # "it was always possible that more consulates would be closed"
    attributed = ctx.attribution(trig.start, trig.end)
    lo = min(trig.start, np.start) if evidence_start is None else min(evidence_start, np.start)
    evidence = ctx.sentence.evidence(lo, max(trig.end, np.end), rule)
    kind = count_kind or np.kind
    if kind is MissionKind.MISSION and not np.plural and len(np.hosts) == 1 and np.hosts[0].city:
        # "the Chengdu mission" after "the consulate general in Chengdu": the post named before
        kind = next(
            (
                s.kind
                for s in reversed(ctx.memory.missions)
                if s.city == np.hosts[0].city and s.host == np.hosts[0].code and s.kind is not MissionKind.MISSION
            ),
            kind,
        )
    pairs: list[tuple[str, str | None, str | None]] = []  # (sender, host, city)
    pair, mutual = pair_of(ctx, trig, np)
    if mutual:
        for sender, other in ((pair[0], pair[1]), (pair[1], pair[0])):
            city = next((h.city for h in np.hosts if h.code == other), None)
            pairs.append((sender, other, city))
    elif pair and np.hosts:
        pairs.extend((sender, h.code, h.city) for sender in pair for h in np.hosts)
    else:
        pos = trig.start if trig.start < np.start else np.start
        avoid = frozenset(np.host_codes) if len(np.hosts) == 1 else frozenset()
        it = _IT_SUBJECT.search(ctx.text, max(0, trig.start - 60), trig.start)
        if np.owners:
            senders = list(np.owners)  # "the French, German and Italian embassies in Tripoli"
        elif np.sender:
            senders = [np.sender]
        elif it is not None and it.group().lower().startswith("they"):
            # "Spain and the Netherlands said they would reopen their embassies": each of them
            senders = ctx.sender_at(it.start(), "their", avoid=avoid)
        elif it is not None:
            # "Lithuania says it still intends to open ...": the sentence's first actor
            senders = ctx.sender_at(it.start(), "its", first=True, avoid=avoid)
            if not ctx.subject_candidates(it.start(), sources_ok=True, speakers_ok=True) and _COMPANY_BEFORE.search(
                ctx.text, 0, it.start()
            ):
                return []  # "Spanish bank Banco Popular said it was closing its representative office"
        elif np.pronoun is None and trig.start > np.start:
            senders = ctx.fallback(avoid)  # "the embassy in Kampala was closing": the article's sender
            if not senders and np.definite:  # "The Quai d'Orsay said the embassy in Niamey would close": its own
                told = [
                    p
                    for p in ctx.subject_candidates(np.start, sources_ok=True, speakers_ok=True)
                    if p.code not in avoid
                ]
                senders = [told[-1].code] if told else ctx.sender_at(np.start, "its", avoid=avoid)  # "..., Norway said"
        else:
            senders = ctx.sender_at(pos, np.pronoun, avoid=avoid)
            if np.plural and np.pronoun is None and len(senders) == 1:
                # "Germany and France will close embassies in Africa": each of the subjects
                joint = ctx.sender_at(pos, "their", avoid=avoid)
                senders = joint if senders[0] in joint else senders
        group = (
            np.quantity is not None
            or (
                np.plural
                and (not np.hosts or np.elsewhere or all(h.code and h.code.startswith("region:") for h in np.hosts))
                and not (np.pronoun == "their" and len(senders) > 1 and not np.hosts)  # each its own embassy
            )
            or (
                # "more Chinese consulates in the United States": unnamed missions in a country
                np.plural
                and bool(np.hosts)
                and all(h.city is None for h in np.hosts)
                and bool(_OTHERS.search(ctx.text, np.start, np.head_start))
            )
        )
        if group:
            if np.definite and (np.quantity is None or np.quantity.quantity.unit != "percent"):
                # "both consulates will close on July 31", "the two embassies": missions named before
                return referents(ctx, fact, np, status, weak, when, attributed, evidence)
            if trig.role == "noun" and not (np.sender or np.pronoun or np.quantity or np.hosts):
                return []  # "embassy closures have become rare": closures in general
            if _ANY.search(ctx.text, np.start, np.head_start) or _WHETHER.search(
                ctx.text, max(0, trig.start - 80), trig.start
            ):
                return []  # "whether the North was opening any new posts"
            spread = None if np.quantity else in_countries(ctx, np)
            count = normalise_count(np.quantity.quantity) if np.quantity else (spread[0] if spread else None)
            host = None if np.elsewhere or len(np.hosts) != 1 else np.hosts[0].code
            if spread is not None:
                host = spread[1]
            if count is None and host is None:
                clause_changes = {t.change for t in ctx.triggers}
                if historical(ctx) or {"close", "open"} <= clause_changes or _BOTH_WAYS.search(ctx.text):
                    return []  # long-ago closures; "closing some missions and opening others"
            covered_ok = bool(_OTHERS.search(ctx.text[np.start : np.head_start] + ctx.text[np.head_end : np.end]))
            return [
                Mention(
                    fact,
                    s,
                    host,
                    None,
                    kind,
                    status,
                    when,
                    count,
                    attributed,
                    evidence,
                    weak=weak,
                    group=True,
                    generic=count is None,
                    covered_ok=covered_ok,
                    title=ctx.title,
                )
                for s in senders
                if s and s != host
            ]
        for sender in senders:
            if not sender:
                continue
            if np.hosts:
                pairs.extend((sender, h.code, h.city) for h in np.hosts)
                continue
            if np.plural and np.definite:
                continue
            there = ctx.there_host(np.end, sender)
            if there is not None:  # "closed its embassy there"
                pairs.append((sender, there.code, host_of(there).city))
                continue
            fronted = ctx.fronted_host()
            if fronted is not None and fronted.code != sender:
                pairs.append((sender, fronted.code, host_of(fronted).city))
                continue
            where = ctx.where_host(trig.start)
            if where is not None and where.code != sender:
                pairs.append((sender, where.code, host_of(where).city))
                continue
            if np.town is not None:
                # "the consulate general in Berehove": a town of the country the article is about
                remembered = ctx.remembered_host(sender, np.kind, any_kind=True)
                if remembered is not None:
                    pairs.append((sender, remembered[0], np.town))
                    continue
            remembered = None if np.indefinite else ctx.remembered_host(sender, np.kind)
            if remembered is not None:
                pairs.append((sender, remembered[0], remembered[1]))
                continue
            speaker = ctx.speaker_country(trig.start, sender)
            pairs.append((sender, None if speaker in senders else speaker, None))  # "Spain and Italy said they ..."
    out: list[Mention] = []
    for sender, host, city in pairs:
        scene = ctx.scene_host(sender) if host is None else None
        if host == sender:
            continue
        out.append(
            Mention(
                fact,
                sender,
                host,
                city,
                kind,
                status,
                when,
                None,
                attributed,
                evidence,
                weak=weak,
                hostless=host is None,
                title=ctx.title,
                distinct=np.distinct and count_kind is None,
                scene=scene,
            )
        )
    return out


def allowed(ctx: SentenceContext, trig: Trigger) -> bool:
    """Not a demand ("protesters demanded the closure", but "ordered"), nor a day off ("closed for the holiday")."""
    key = ("allowed", trig.start, trig.end, trig.change)  # several rules ask about each trigger
    if key not in ctx.kept:
        ctx.kept[key] = _allowed(ctx, trig)
    found: bool = ctx.kept[key]
    return found


def _allowed(ctx: SentenceContext, trig: Trigger) -> bool:
    window = ctx.text[max(0, trig.start - 50) : trig.start]
    if DEMAND.search(window) and not _ORDERED.search(window):
        return False
    return trig.change != "close" or not _FOR_HOLIDAY.search(ctx.text, trig.end, min(len(ctx.text), trig.end + 60))
