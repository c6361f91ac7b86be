"""Mission changes told by a verb: "closed its embassies in Uganda and Angola" (object),
"the embassy in Kampala was closing" (subject), "suspended operations at its embassy",
"moved its embassy from Tel Aviv to Jerusalem" (a move)."""

from __future__ import annotations

import itertools

import attrs

from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.mission_context import SentenceContext, number_end
from diplomacy_facts.mission_dates import date_after
from diplomacy_facts.mission_lexicon import (
    FLAGS,
    OPERATIONS,
    SUBJECT_GAP,
    UPGRADE_VERB,
    Trigger,
)
from diplomacy_facts.mission_memory import Mention
from diplomacy_facts.mission_moves import relocated
from diplomacy_facts.mission_phrases import MissionNP
from diplomacy_facts.mission_places import Host
from diplomacy_facts.mission_rules import PRONOUN_OBJECT, allowed, build, nps_after, place_hosts, pronoun_targets
from diplomacy_facts.model import MissionKind

__all__ = ["relative_object", "verb_object", "verb_subject"]

# patterns of the calls below, compiled once (not looked up in regex's cache at each call)
_GAP_WORD = lazy_compile(r"[\w'’-]+|[^\w\s]")

# what may follow an intransitive trigger of a subject mission ("the embassy closed [on Monday]",
# "reopened [its doors]", "suspended [operations]"); anything else is an object of its own
# ("the embassy opened an investigation", "has suspended visa services", "opened fire")
_LAST_LINK = lazy_compile(r"\s*(?:,\s*)?(?:and|as well as)\s*")  # "..., and" before the last of a list
_COMMA_LINK = lazy_compile(r"\s*,\s*")
_RELATIVE_AFTER = lazy_compile(r"\s*(?:,|[—–]|--|\()\s*(?:which|that)\b", FLAGS)
_WHICH_NEXT = lazy_compile(r"\s*,?\s*(?:which|that)\s+", FLAGS)
_INTRANSITIVE_NEXT = lazy_compile(
    r"\s*(?:$|[.,;:!?)\"'”’—–-]"
    r"|(?:its|their)\s+(?:\w+\s+)?(?:doors|operations|activities|work|functions)\b"
    r"|(?:all\s+)?(?:operations|activities|work|functions)\b"
    r"|(?:that|the|this|same|a|the\s+same|the\s+following|the\s+next|the\s+previous)\s+(?:year|month|week|day|"
    r"morning|afternoon|evening|night|spring|summer|autumn|fall|winter|weekend|time)\b"
    r"|(?:down|again|back|too|also|then|soon|first|altogether|entirely|completely|shortly|early|late|later|"
    r"earlier|last|this|next|today|tonight|"
    r"yesterday|tomorrow|indefinitely|temporarily|permanently|formally|officially|briefly|\w+ly|on|in|at|after|"
    r"before|for|with|to|as|until|till|by|from|since|following|amid|amidst|over|during|under|throughout|within|"
    r"and|but|or|while|when|because|due|without|despite|once|pending|ahead|following|two|three|four|five|six|"
    r"seven|eight|nine|ten|a\s+(?:day|week|month|year)|\d|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)",
    FLAGS,
)
_SHARE_LINK = lazy_compile(
    r"\s*(?:in\s+total\s*)?[,–—-]*\s*(?:representing|amounting\s+to|or|equal\s+to|equivalent\s+to|which\s+is|"
    r"that\s+is|i\.e\.|roughly|some)\s+",
    FLAGS,
)
_SHARE_DASH = lazy_compile(r"\s*(?:abroad\s*|in\s+total\s*)?[,–—-]{1,2}\s*", FLAGS)
_SHARE_OF = lazy_compile(
    r"\s+of\s+(?:its|their|the\s+\w+['’]s?|the)\s+(?:current\s+|overall\s+|total\s+|entire\s+|whole\s+)?"
    r"(?:diplomatic\s+)?(?:presence|network|footprint)\b",
    FLAGS,
)
_ONES = lazy_compile(
    r"\s*(?:a\s+)?(?:new\s+|more\s+|other\s+|further\s+|similar\s+)?(?:ones|one)\s+(?:in|at)\s+", FLAGS
)
_INCLUDING = lazy_compile(r"\b(?:including|among\s+them)\b", FLAGS)
_RELATIVE = lazy_compile(r"\s*,?\s*(?:which|that)\s+", FLAGS)
_THE_ONE = lazy_compile(
    r"(?:\s+[\w-]+){0,4}?\s*,?\s*(?:and|as\s+well\s+as)\s+(?:the|its|their)\s+one\s+(?:in|at)\s+", FLAGS
)
_MODAL_BEFORE = lazy_compile(r"\b(?:will|would|to|could|may|might|shall|should|must)\W+(?:\w+\W+){0,2}$", FLAGS)
_ASIDE = lazy_compile(
    r"\s*,\s*(?:which|who|whose|where)\b[^,;]{1,120},(?=\s)"
    r"|\s*,\s*(?:like|as\s+with|along\s+with|as\s+well\s+as|just\s+like|unlike)\s+[^,;]{1,60},(?=\s)"
    r"|\s+[—–]\s*[^—–;]{1,120}[—–](?=\s)|\s+--\s*[^;]{1,120}?--(?=\s)|\s*\([^()]{1,120}\)"
    r"|\s*,\s*(?:for\s+now|for\s+the\s+time\s+being|at\s+least\s+for\s+now|however|officials\s+said|"
    r"it\s+said|he\s+said|she\s+said|in\s+turn|by\s+contrast|in\s+contrast|by\s+comparison|meanwhile|too|also|"
    r"likewise|similarly|for\s+its\s+part|for\s+their\s+part|on\s+the\s+other\s+hand|though|moreover|"
    r"in\s+addition|as\s+well)\s*,(?=\s)"
    r"|\s+(?:on|at|near|along|inside|off|overlooking)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?=[\w'’-]+\s+(?:also|has|"
    r"had|was|were|is|will|would|formally|officially|became|reopened|closed|opened|shut)\b)[\w'’-]+",
    FLAGS,
)
_REDUCED = lazy_compile(
    r"(?:closed|shut|shuttered|reopened|opened|evacuated|abandoned)\s+(?:since|in|on|after|for|until|last|two|three|"
    r"four|five|six|seven|eight|nine|ten|\d)",
    FLAGS,
)
#: ", which closed in 2000," / ", closed since March 2012," / ", which had been shut for a decade,": a
#: relative or participle clause on a subject mission tells a change of its own
_INNER = lazy_compile(
    r"\s*(?:,|[—–]|--|\()\s*(?:(?:which|that)\s+)?(?:(?:had|has|have|was|were|been|first|originally|only|long|also|later|then|"
    r"itself|formally|officially)\s+)*(?=\w)",
    FLAGS,
)
_SECOND_LINK = lazy_compile(
    r"[^,;.]{0,50}?\s+(?:and|but)\s+(?:(?:later|then|was|were|has|have|had|been|is|will|would|be|subsequently|"
    r"eventually|finally|only|again|since)\s+)*(?=\w)",
    FLAGS,
)
_COORD_PARTICIPLE = lazy_compile(
    r"\b\p{Ll}+(?:ed|en)\s*,?\s+(?:and|or|and\s+then|then)\s+(?:(?:later|eventually|finally|subsequently|soon|"
    r"quickly|then)\s+)?$"
)
_COUNTED_ONES = lazy_compile(r"\s+(?:new\s+|more\s+|other\s+|further\s+)?ones\b", FLAGS)


def _share_after(ctx: SentenceContext, pos: int) -> MissionNP | None:
    """ "close as many as 10 missions – representing about 20 percent of its diplomatic presence" """
    for q in ctx.quantities:
        if q.start < pos or q.start - pos > 40 or q.quantity.unit != "percent":
            continue
        gap = ctx.text[pos : q.start]
        if not _SHARE_LINK.fullmatch(gap) and not (
            _SHARE_DASH.fullmatch(gap)
            and (_SHARE_OF.match(ctx.text, number_end(ctx.text, q)) or any(n.quantity == q for n in ctx.nps))
        ):
            return None  # but "25 of its 109 missions - nearly a quarter of the network -"
        np = next((n for n in ctx.nps if n.quantity == q), None)
        if np is not None:
            return np
        of = _SHARE_OF.match(ctx.text, q.end)
        end = of.end() if of else q.end
        return MissionNP(q.start, end, q.start, end, MissionKind.MISSION, True, pronoun="its", quantity=q)
    return None


def verb_object(ctx: SentenceContext) -> list[Mention]:
    """ "closed its embassies in Uganda and Angola", "will reopen it", "open new ones in Senegal" """
    out: list[Mention] = []
    for trig in ctx.triggers:
        if trig.role != "verb" or trig.change == "move" or not allowed(ctx, trig):
            continue
        objects = nps_after(ctx, trig.end)
        coordinated = not any(_INCLUDING.search(ctx.text, a.end, b.start) for a, b in itertools.pairwise(objects))
        if (
            len(objects) > 1
            and coordinated
            and objects[0].quantity is not None
            and all(o.quantity is None for o in objects[1:])
        ):
            # "eight new embassies and consulates": one group of mixed kinds
            kind = objects[0].kind if all(o.kind is objects[0].kind for o in objects) else MissionKind.MISSION
            objects = [attrs.evolve(objects[0], end=objects[-1].end, kind=kind, hosts=objects[-1].hosts)]
        for i, np in enumerate(objects):
            if i and np.sender is None and np.pronoun is None and objects[0].sender:
                # "the Russian consulate in San Francisco, a chancery annex in Washington and ..."
                np = attrs.evolve(np, sender=objects[0].sender, sender_how="list")
            elif i and np.sender is None and np.pronoun is None and objects[0].pronoun in ("its", "their"):
                np = attrs.evolve(np, pronoun=objects[0].pronoun)  # "reopen its embassy in Tripoli and a consulate"
            if i and not np.hosts and np.town and objects[i - 1].hosts and objects[i - 1].hosts[-1].code:
                # "its consulate in Kaliningrad and the honorary consulate in Sovetsk": a town of the same country
                near = objects[i - 1].hosts[-1]
                np = attrs.evolve(np, hosts=(Host(near.code, np.town, np.head_end, np.end),))
            out += build(ctx, trig, np, "verb_object")
        if objects:
            share = _share_after(ctx, objects[-1].end)
            if share is not None:
                out += build(ctx, trig, share, "verb_object_share")
            one = _THE_ONE.match(ctx.text, objects[-1].end)
            hosts = place_hosts(ctx, one.end()) if one else []
            if hosts:  # "shut the consulate in Poznan earlier this year and the one in Krakow in 2023"
                last = objects[-1]
                other = attrs.evolve(
                    last, start=one.start() if one else last.start, end=hosts[-1].end, hosts=(hosts[0],)
                )
                told = build(ctx, trig, other, "verb_object_one")
                own = date_after(ctx, hosts[-1].end, told[0].status if told else None)
                out += [attrs.evolve(m, when=own) for m in told] if own else told
            continue
        pron = PRONOUN_OBJECT.match(ctx.text, trig.end)
        if pron:
            out += pronoun_targets(ctx, trig, pron.group("p"), "verb_pronoun")
            continue
        part = next(
            (q for q in ctx.quantities if q.quantity.unit == "percent" and not ctx.text[trig.end : q.start].strip()),
            None,
        )
        of = _SHARE_OF.match(ctx.text, number_end(ctx.text, part)) if part is not None else None
        if part is not None and of is not None:  # "could close nearly a quarter of its diplomatic network"
            np = MissionNP(part.start, of.end(), part.start, of.end(), MissionKind.MISSION, True, pronoun="its")
            out += build(ctx, trig, attrs.evolve(np, quantity=part), "verb_object_share")
            continue
        ones_kind = next((n.kind for n in reversed(ctx.nps) if n.end <= trig.start), None) or ctx.memory.last_kind
        counted = next(
            (q for q in ctx.quantities if q.start >= trig.end and not ctx.text[trig.end : q.start].strip()), None
        )
        if (
            counted is not None
            and ones_kind is not None
            and _COUNTED_ONES.match(ctx.text, number_end(ctx.text, counted))
        ):
            # "having opened 11 new ones": as many missions of the kind just named
            np = MissionNP(
                counted.start, counted.end, counted.start, counted.end, ones_kind, True, pronoun="its", quantity=counted
            )
            out += build(ctx, trig, np, "verb_counted_ones")
            continue
        ones = _ONES.match(ctx.text, trig.end)
        if ones and ones_kind is not None:
            hosts = place_hosts(ctx, ones.end())
            if hosts:
                np = MissionNP(
                    trig.end, hosts[-1].end, trig.end, ones.end(), ones_kind, True, hosts=tuple(hosts), pronoun="its"
                )
                out += build(ctx, trig, np, "verb_ones")
    return out


_LIKE_OWNER = lazy_compile(
    r"\s*,\s*(?:like|as\s+with|along\s+with|as\s+well\s+as|just\s+like)\s+(?:that\s+of\s+)?(?P<who>[^,;]{1,40}?)"
    r"(?:['’]s?)?\s*,",
    FLAGS,
)
_IN_AFTER = lazy_compile(r"\s+(?:in|at)\s+(?:the\s+)?", FLAGS)
_RELATIVE_OWNER = lazy_compile(r"\s*,\s*(?:which|that)\s+(?:the\s+)?", FLAGS)
_APPOSITION_END = lazy_compile(r"\s*,(?!\s*(?:which|that|who)\b)")
#: "the embassy there will close", "its mission in the capital reopened": where, told before (see there_host)
_THERE_AFTER = lazy_compile(r"\s+(?:there|in\s+the\s+(?:city|capital|country))\b(?!\s+(?:of\b|['’]))", FLAGS)


def verb_subject(ctx: SentenceContext) -> list[Mention]:
    """ "the embassy in Kampala was closing", "Britain's embassy in Tehran reopened on Sunday",
    "the embassy resumed work", "the consulate and the mission will reopen", "has stood empty" """
    out: list[Mention] = []
    for i, np in enumerate(ctx.nps):
        subjects = [np]
        if ctx.after_preposition(np.start):
            continue
        k = i - 1  # "The embassy in Hanoi, the high commission in Ottawa and the consulate in Dubai will shut"
        while k >= 0 and (_LAST_LINK if k == i - 1 else _COMMA_LINK).fullmatch(
            ctx.text[ctx.nps[k].end : subjects[0].start]
        ):
            subjects.insert(0, ctx.nps[k])
            k -= 1
        if len(subjects) > 1 and ctx.after_preposition(subjects[0].start):
            continue
        end = np.end
        closing = _APPOSITION_END.match(ctx.text, end) if "," in ctx.text[np.start : np.end] else None
        if closing is not None:  # "The Ukrainian embassy in Chisinau, the Moldovan capital, will close"
            end = closing.end()
        there = _THERE_AFTER.match(ctx.text, end) if not np.hosts else None
        trig = _verb_after(ctx, there.end() if there is not None else end)
        alike = _LIKE_OWNER.match(ctx.text, np.end) if np.sender or np.pronoun else None
        if alike is not None and trig is not None:
            # "Japan's embassy in Kabul, like Canada's, has been closed": Canada's embassy there too
            other = next((p for p in ctx.places if p.start == alike.start("who")), None)
            if other is not None and not other.code.startswith("region:") and other.code not in np.host_codes:
                subjects.append(attrs.evolve(np, sender=other.code, sender_how="possessive", pronoun=None))
        owner = _RELATIVE_OWNER.match(ctx.text, np.end) if np.sender is None and np.pronoun is None else None
        if owner is not None and trig is not None:
            # "The consulate general in Istanbul, which Russia closed in March, reopened": Russia's consulate
            who = next((p for p in ctx.places if p.start == owner.end() and not p.code.startswith("region:")), None)
            if who is not None and who.code not in np.host_codes and who.end < trig.start:
                np = attrs.evolve(np, sender=who.code, sender_how="relative")
                subjects[-1] = np
        if trig is None or not allowed(ctx, trig):
            continue
        if trig.role == "verb" and not _INTRANSITIVE_NEXT.match(ctx.text, trig.end):
            continue  # "the embassy opened an investigation", "closed its visa section"
        if trig.role == "operations" and not OPERATIONS.search(ctx.text, trig.end, min(len(ctx.text), trig.end + 30)):
            continue  # "the embassy stopped issuing visas"
        if trig.low == "open" and not _MODAL_BEFORE.search(ctx.text[: trig.start]):
            continue  # "the embassy is open", "keep its embassy in Kyiv open"
        if trig.change == "move":  # "the Italian embassy in Kyiv has been temporarily moved to Lviv"
            out += relocated(ctx, trig, np, trig.end, list(np.hosts))
            continue
        upgraded = MissionKind.EMBASSY if trig.role == "upgrade" else None  # "became an embassy"
        if upgraded and trig.low.startswith(("to ", "into ")):
            # "raised its liaison office in Rabat to embassy level": the verb before says how firmly
            verbs = list(UPGRADE_VERB.finditer(ctx.text, max(0, np.start - 40), np.start))
            verb = verbs[-1] if verbs else None
            if verb is not None and not ctx.text[verb.end() : np.start].strip(" ,"):
                trig = Trigger(verb.start(), verb.end(), verb.group(), "open", "verb")
            else:  # "the interests section in Havana was upgraded to an embassy": the passive verb after it
                verb = next(UPGRADE_VERB.finditer(ctx.text, np.end, trig.start), None)
                if verb is not None:
                    trig = Trigger(verb.start(), verb.end(), verb.group(), "open", "verb")
        back_to = place_hosts(ctx, trig.end) if trig.role == "state" and trig.low.endswith(" to") else []
        site = _IN_AFTER.match(ctx.text, trig.end) if trig.role in ("verb", "operations") else None
        if site is not None and not back_to:  # "the first Israeli embassy in a Gulf state opened in Abu Dhabi"
            back_to = [h for h in place_hosts(ctx, site.end()) if h.code not in {s.sender for s in subjects}][:1]
        for subject in subjects:
            broad = all((h.code or "").startswith("region:") for h in subject.hosts)
            if back_to and broad:  # "the embassy will return to Kyiv": where it returns is its host
                subject = attrs.evolve(subject, hosts=tuple(back_to))
            out += build(ctx, trig, subject, "verb_subject", count_kind=upgraded)
        second = _second_verb(ctx, trig)
        if second is not None and not upgraded:  # "closed in 2022 and reopened in 2024"
            for subject in subjects:
                out += build(ctx, second, subject, "verb_subject_second")
    return out + _inner_clauses(ctx)


def _second_verb(ctx: SentenceContext, trig: Trigger) -> Trigger | None:
    """A second change verb coordinated with the first on the same subject."""
    link = _SECOND_LINK.match(ctx.text, trig.end)
    if link is None:
        return None
    second = next((t for t in ctx.triggers if t.start == link.end()), None)
    if second is None or second.role not in ("verb", "state") or second.change == "move":
        return None
    if second.role == "verb" and not _INTRANSITIVE_NEXT.match(ctx.text, second.end):
        return None
    return second


def _inner_clauses(ctx: SentenceContext) -> list[Mention]:
    """ "Turkey's embassy, closed since March 2012, resumed operations", "the Chengdu mission, which
    opened in 1985, covered ...": the clause set off by commas after a subject mission."""
    out: list[Mention] = []
    for np in ctx.nps:
        inner = _INNER.match(ctx.text, np.end)
        if inner is None or ctx.after_preposition(np.start):
            continue
        trig = next((t for t in ctx.triggers if t.start == inner.end()), None)
        if trig is None or trig.role not in ("verb", "state") or trig.change == "move" or not allowed(ctx, trig):
            continue
        if trig.role == "verb" and not _INTRANSITIVE_NEXT.match(ctx.text, trig.end):
            continue  # ", which opened an inquiry,"
        bare = not _RELATIVE_AFTER.match(ctx.text[np.end : inner.end()])
        if bare and not _REDUCED.match(ctx.text, trig.start):
            continue  # ", closed since 2012," but not ", close to the palace,"
        out += build(ctx, trig, np, "inner_clause")
    return out


def relative_object(ctx: SentenceContext) -> list[Mention]:
    """ "the embassy in Caracas, which Canada closed in 2019, ...": the mission is the object of a
    relative clause whose subject is the sender."""
    out: list[Mention] = []
    for np in ctx.nps:
        rel = _RELATIVE.match(ctx.text, np.end)
        if rel is None:
            continue
        who = next((p for p in ctx.places if p.start == rel.end()), None)
        if who is None:
            continue
        trig = next((t for t in ctx.triggers if t.start >= who.end and t.role == "verb"), None)
        if trig is None or not all(w.lower() in SUBJECT_GAP for w in ctx.text[who.end : trig.start].split()):
            continue
        owned = np if np.sender else attrs.evolve(np, sender=who.code, sender_how="relative")
        out += build(ctx, trig, owned, "relative_object")
    return out


def _verb_after(ctx: SentenceContext, pos: int) -> Trigger | None:
    """The trigger that follows a subject at `pos` over auxiliaries, adverbs and a relative pronoun."""
    text = ctx.text
    aside = _ASIDE.match(text, pos)  # ", which has its headquarters in the Red Sea city," / "on the seafront"
    if aside:
        pos = aside.end()
    rel = _WHICH_NEXT.match(text[pos:])
    if rel:
        closing = text.find(",", pos + rel.end())
        if text[pos : pos + rel.end()].lstrip().startswith(",") and closing != -1 and ";" not in text[pos:closing]:
            main = _verb_after(ctx, closing + 1)  # "India's embassy, which had been run from Delhi, resumed work"
            if main is not None:
                return main
        pos += rel.end()
    for trig in ctx.triggers:
        if trig.start < pos:
            continue
        gap = _ASIDE.sub(" ", text[pos : trig.start])
        gap = _COORD_PARTICIPLE.sub(" ", gap)  # "was stormed and closed", "was looted and abandoned"
        words = _GAP_WORD.findall(gap)
        if words == [","] and trig.role == "verb" and _REDUCED.match(ctx.text, trig.start):
            # "Turkey's embassy, closed since March 2012, resumed operations": the verb after the
            # participle clause (which _inner_clauses reads); else the participle itself
            comma = text.find(",", trig.end)
            main = _verb_after(ctx, comma + 1) if comma != -1 and ";" not in text[trig.end : comma] else None
            return main or trig
        if all(w.lower() in SUBJECT_GAP for w in words) and trig.role in (
            "verb",
            "operations",
            "state",
            "upgrade",
            "speculative",
        ):
            return trig
        return None
    return None
