"""Network sizes: "47 embassies, three consulates and three representative offices", "diplomatic
ties with more than 150 countries", "just 12 diplomatic allies", "274 posts against Washington's 271"."""

from __future__ import annotations

from collections.abc import Callable

from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.mission_context import SentenceContext, normalise_count, number_end
from diplomacy_facts.mission_lexicon import FLAGS
from diplomacy_facts.mission_memory import Mention
from diplomacy_facts.mission_phrases import MissionNP
from diplomacy_facts.model import MissionKind, Period, Quantity
from diplomacy_facts.quantities import QuantityMention

__all__ = ["COUNT_RULES", "count_mention", "count_sender"]

# patterns of the calls below, compiled once (not looked up in regex's cache at each call)
_POSSESSIVE_S = lazy_compile(r"['’]s?\s+")
_LIST_SEP = lazy_compile(r"\s*,?\s*(?:and\s+)?")
_TO = lazy_compile(r"\s+to\s+")

Rule = Callable[[SentenceContext], list[Mention]]

_COUNT_VERB = lazy_compile(
    r"\b(?:has|have|had|having|runs?|ran|running|operates?|operated|operating|maintains?|maintained|maintaining|"
    r"keeps?|kept|counted|counts|numbers|numbered|boasts?|boasted|with|totals?|totalled|totaled|of|to|"
    r"oversees|oversaw|overseeing|manages|managed|spans|spanned|comprises|comprised|consists\s+of|consisted\s+of|"
    r"(?:that|which)\s+(?:includes|included|comprises|comprised|spans|spanned)|comprising|spanning|"
    r"is\s+down\s+to|was\s+down\s+to|now\s+has)\s+(?:(?:only|just|a\s+total\s+of|some|a\s+network\s+of)\s+)?$",
    FLAGS,
)
_GOVERNMENT_SUBJECT = lazy_compile(
    r"^\W*(?:the\s+)?(?:country|kingdom|republic|government|(?:foreign|external\s+affairs)\s+ministry|ministry(?:\s+of"
    r"\s+(?:foreign|external)\s+affairs)?|foreign\s+office|state\s+department|foreign\s+service)\b",
    FLAGS,
)
_PAST_COUNT = lazy_compile(r"\b(?:had|counted|numbered|ran|operated|maintained|was|were|totalled|totaled)\b", FLAGS)
_AS_OF = lazy_compile(r"\bas\s+of\b", FLAGS)
_EACH = lazy_compile(r"^\s*(?:each|apiece|in\s+(?:each|both))\b", FLAGS)
_IN_PLACE = lazy_compile(r"\b(?:in|across|throughout)\s+$", FLAGS)
_RESIZE = lazy_compile(
    r"\b(?:reduce|reduces|reduced|reducing|cut|cuts|cutting|shrink|shrinks|shrank|shrinking|trim|trims|trimmed|"
    r"trimming|increase|increases|increased|increasing|expand|expands|expanded|expanding)\s+$",
    FLAGS,
)
_NUMBER_OF = lazy_compile(r"\bnumber\s+of\s+", FLAGS)
_FROM_TO = lazy_compile(r"^\s*(?:abroad\s+|overseas\s+|worldwide\s+)?from\s+", FLAGS)
_AGAINST = lazy_compile(
    r"\s*,?\s*(?:against|to|versus|vs\.?|compared\s+(?:with|to)|ahead\s+of|behind|overtaking|surpassing|trailing|"
    r"above|below)\s+(?:(?:that\s+of|the)\s+)?$",
    FLAGS,
)
_OWNER = lazy_compile(r"['’]s?\s+(?:only\s+|just\s+|remaining\s+|last\s+)?$")
_WHOLE_NETWORK = lazy_compile(r"\b(?:overseas|foreign|diplomatic|worldwide)\s+(?:\w+\s+)?\w+$", FLAGS)
_IN_COUNTRIES = lazy_compile(r"\s+in\s+", FLAGS)
_COUNTRIES_AFTER = lazy_compile(r"\s+(?:other\s+|foreign\s+)?(?:countries|states|nations|capitals)\b", FLAGS)
_DOWN_FROM = lazy_compile(r"\s*,?\s*(?:down|up)\s+from\s+", FLAGS)
_INCLUDING = lazy_compile(r"\s*,?\s*(?:including|among\s+them|of\s+which)\s+", FLAGS)
_RELATION_NOUNS = r"(?:countries|states|nations|governments|UN\s+member\s+states|member\s+states)"
_TIES_BEFORE = lazy_compile(
    r"\b(?:ties|relations)\s+with\s+(?:only\s+|just\s+|a\s+mere\s+)?$",
    FLAGS,
)
_RECOGNISED_BEFORE = lazy_compile(r"\brecogni[sz]ed\s+by\s+(?:only\s+|just\s+)?$", FLAGS)
_ONE_OF = lazy_compile(r"\bone\s+of\s+(?:only\s+|just\s+|the\s+)?$", FLAGS)
_ALLIES_AFTER = lazy_compile(r"^\s+(?:remaining\s+)?(?:diplomatic\s+|formal\s+)?allies\b", FLAGS)
_NOUN_AFTER = lazy_compile(rf"^\s+(?:of\s+the\s+\d+\s+)?(?:\w+\s+)?{_RELATION_NOUNS}\b", FLAGS)
_RECOGNISE_AFTER = lazy_compile(
    rf"^\s+(?:\w+\s+)?{_RELATION_NOUNS}\s+(?:that\s+|which\s+|to\s+)?(?:still\s+|now\s+|formally\s+|officially\s+)?"
    r"(?:recogni[sz]es?|(?:have|maintain|keep|retain)\s+(?:formal\s+|official\s+|full\s+)?(?:diplomatic\s+)?"
    r"(?:ties|relations)\s+with)\s+",
    FLAGS,
)


def _quantity_at(ctx: SentenceContext, start: int) -> QuantityMention | None:
    return next((q for q in ctx.quantities if q.start == start), None)


def _count(
    ctx: SentenceContext,
    sender: str,
    kind: MissionKind,
    q: Quantity,
    start: int,
    end: int,
    rule: str,
    as_of: Period | None,
) -> Mention:
    attributed = ctx.attribution(start, end)
    return Mention(
        "count",
        sender,
        None,
        None,
        kind,
        None,
        as_of,
        normalise_count(q),
        attributed,
        ctx.sentence.evidence(start, end, rule),
    )


def _as_of(ctx: SentenceContext, start: int, end: int) -> Period | None:
    """The date of a stated size: "as of Tuesday"; a past tense with a date in its clause."""
    m = _AS_OF.search(ctx.text, end, min(len(ctx.text), end + 40))
    if m:
        from diplomacy_facts.dates import find_dates

        for d in find_dates(ctx.text, ctx.published):
            if d.start >= m.end() - 1:
                return d.period
    if _PAST_COUNT.search(ctx.text[max(0, start - 60) : start]) or ctx.text.lower().startswith("when "):
        from diplomacy_facts.dates import find_dates

        best: tuple[int, Period] | None = None
        for d in find_dates(ctx.text, ctx.published):
            if ctx.in_source(d.start, d.end) or d.relation in ("since", "after", "before", "between", "and"):
                continue
            distance = abs(d.start - start)
            if best is None or distance < best[0]:
                best = (distance, d.period)
        return best[1] if best else None
    return None


def _sender(ctx: SentenceContext, np: MissionNP | None, pos: int) -> str | None:
    if np is not None and np.sender:
        return np.sender
    owner = _OWNER.search(ctx.text[max(0, pos - 40) : pos])
    if owner is not None:  # "one of Taiwan's 12 remaining allies"
        start = max(0, pos - 40) + owner.start()
        place = next((p for p in ctx.places if p.start <= start < p.end or p.end == start), None)
        if place is not None:
            return place.code
    candidates = ctx.subject_candidates(pos) or ctx.main_subject(pos)  # "With 77 embassies, New Zealand ..."
    if candidates:
        return candidates[-1].code
    if _GOVERNMENT_SUBJECT.search(ctx.text, 0, pos):
        found = ctx.fallback()  # "The Foreign Ministry runs 103 missions abroad": the article's country
        return found[0] if found else None
    return None


def _rival(ctx: SentenceContext, pos: int) -> tuple[str, QuantityMention, int] | None:
    """ "274 posts against Washington's 271": another country's size, its noun left out."""
    for p in ctx.places:
        if p.start < pos or p.start - pos > 40:
            continue
        if not _AGAINST.search(ctx.text[pos : p.start]):
            return None
        poss = _POSSESSIVE_S.match(ctx.text, p.end)
        if not poss:
            return None
        q = _quantity_at(ctx, poss.end())
        return (p.code, q, p.start) if q is not None else None
    return None


def network_size(ctx: SentenceContext) -> list[Mention]:
    """ "North Korea has 47 embassies, three consulates and three representative offices" """
    out: list[Mention] = []
    claimed: set[int] = set()
    nps = ctx.nps
    for i, np in enumerate(nps):
        if np.quantity is None or not np.plural or i in claimed or np.hosts:
            continue
        q = np.quantity
        owned = (
            (np.abroad or _WHOLE_NETWORK.search(ctx.text, np.start, np.head_end) is not None)
            and _OWNER.search(ctx.text[max(0, q.start - 40) : q.start]) is not None
            and not any(0 <= t.start - np.end < 40 for t in ctx.triggers)  # "its three missions that closed"
        )
        if not _COUNT_VERB.search(ctx.text[max(0, q.start - 40) : q.start]) and not owned:
            continue  # but "Ghana's 57 missions abroad"
        if _EACH.match(ctx.text[np.end :]) or _IN_PLACE.search(ctx.text[max(0, np.start - 20) : np.start]):
            continue
        if ctx.where_host(q.start) is not None:
            continue  # "Africa, where it runs 40 embassies": a regional tally
        if any(
            t.change in ("close", "open") and t.end <= q.start and t.role in ("verb", "noun") and q.start - t.end < 20
            and "," not in ctx.text[t.end : q.start]  # but "After the closures, Kenya will have 49 missions"
            for t in ctx.triggers
        ):
            continue  # "closing nine posts": a group change, not a size
        sender = _sender(ctx, np, q.start)
        if sender is None:
            continue
        subject = max((p.end for p in ctx.places if p.code == sender and p.end <= np.start), default=0)
        if any(
            p.start >= subject and _IN_PLACE.search(ctx.text[max(0, p.start - 10) : p.start])
            for p in ctx.places
            if p.end <= np.start
        ):
            continue  # "China has the bigger footprint in Africa, with 60 posts": a regional tally
        # the list: "47 embassies, three consulates and three representative offices" (a count each)
        # or "274 embassies, consulates and other posts" (one count of mixed kinds)
        members = [np]
        j = i + 1
        while j < len(nps) and _LIST_SEP.fullmatch(ctx.text[members[-1].end : nps[j].start]):
            members.append(nps[j])
            j += 1
        claimed.update(range(i, j))
        counted = [m for m in members if m.quantity is not None]
        as_of = _as_of(ctx, np.start, members[-1].end)
        if len(counted) == len(members):
            for m in members:
                assert m.quantity is not None
                out.append(_count(ctx, sender, m.kind, m.quantity.quantity, m.start, m.end, "network_size", as_of))
        else:
            out.append(
                _count(
                    ctx, sender, MissionKind.MISSION, q.quantity, np.start, members[-1].end, "network_size_mixed", as_of
                )
            )
        after = members[-1].end
        down = _DOWN_FROM.match(ctx.text, after)
        earlier = _quantity_at(ctx, down.end()) if down else None
        if earlier is not None:  # "around 50 missions abroad, down from 53 at the start of the year"
            kind = MissionKind.MISSION if len(counted) != len(members) else np.kind
            out.append(_count(ctx, sender, kind, earlier.quantity, np.start, earlier.end, "network_size_before", None))
        including = _INCLUDING.match(ctx.text, after)
        if including:  # "195 diplomatic missions abroad, including 153 embassies (and high commissions)"
            parts = [p for p in nps[j:] if p.start >= including.end()]
            k = 0
            while k < len(parts) and parts[k].quantity is not None:
                group = [parts[k]]
                while (
                    k + len(group) < len(parts)
                    and parts[k + len(group)].quantity is None
                    and _LIST_SEP.fullmatch(ctx.text[group[-1].end : parts[k + len(group)].start])
                ):
                    group.append(parts[k + len(group)])
                head = group[0]
                assert head.quantity is not None
                kind = head.kind if all(g.kind is head.kind for g in group) else MissionKind.MISSION
                out.append(
                    _count(
                        ctx, sender, kind, head.quantity.quantity, head.start, group[-1].end, "network_size_part", as_of
                    )
                )
                claimed.update(nps.index(g) for g in group)
                k += len(group)
        rival = _rival(ctx, members[-1].end)
        if rival is not None:
            kind = MissionKind.MISSION if len(counted) != len(members) else np.kind
            out.append(
                _count(ctx, rival[0], kind, rival[1].quantity, rival[2], rival[1].end, "network_size_rival", as_of)
            )
    # "the number of Chilean missions abroad from 71 to 64", "reduce its missions from 36 to 24"
    starts = [(m.end(), False) for m in _NUMBER_OF.finditer(ctx.text)]
    starts += [(np.start, True) for np in nps if _RESIZE.search(ctx.text, max(0, np.start - 30), np.start)]
    for at, resized in starts:
        whose = next((n for n in nps if n.start <= at <= n.head_start), None)
        if whose is None or not (whose.sender or (resized and whose.pronoun)):
            continue
        np = whose
        sender = whose.sender or next(iter(ctx.sender_at(np.start, np.pronoun)), None)
        if sender is None:
            continue
        ft = _FROM_TO.match(ctx.text[np.end :])
        if not ft:
            continue
        first = _quantity_at(ctx, np.end + ft.end())
        if first is None:
            continue
        first_end = number_end(ctx.text, first)
        to = _TO.match(ctx.text, first_end)
        second = _quantity_at(ctx, to.end()) if to else None
        out.append(_count(ctx, sender, np.kind, first.quantity, np.start, first.end, "network_from", None))
        if second is not None:
            as_of = None
            if _AS_OF.search(ctx.text, number_end(ctx.text, second), min(len(ctx.text), second.end + 12)):
                as_of = _as_of(ctx, second.start, second.end)
            out.append(_count(ctx, sender, np.kind, second.quantity, np.start, second.end, "network_to", as_of))
    return out


def relations_size(ctx: SentenceContext) -> list[Mention]:
    """ "diplomatic ties with more than 150 countries", "just 12 diplomatic allies",
    "recognised by 22 states", "one of only 13 states that still recognise Taiwan" """
    out: list[Mention] = []
    for q in ctx.quantities:
        qe = number_end(ctx.text, q)
        before = ctx.text[max(0, q.start - 40) : q.start]
        after = ctx.text[qe : qe + 80]
        sender: str | None = None
        rule = ""
        recognise = _RECOGNISE_AFTER.match(after)
        if recognise:  # "one of only 13 states that still recognise Taiwan", "only 13 countries now recognise Taiwan"
            target = next((p for p in ctx.places if p.start == qe + recognise.end()), None)
            sender, rule = (target.code if target else None), "relations_recognise"
        elif (_TIES_BEFORE.search(before) or _RECOGNISED_BEFORE.search(before)) and _NOUN_AFTER.match(after):
            sender, rule = _sender(ctx, None, q.start), "relations_with"
        elif _ALLIES_AFTER.match(after):
            sender, rule = _sender(ctx, None, q.start), "relations_allies"
        if sender is None:
            continue
        out.append(
            _count(ctx, sender, MissionKind.RELATIONS, q.quantity, q.start, q.end, rule, _as_of(ctx, q.start, qe))
        )
    return out


def network_in_countries(ctx: SentenceContext) -> list[Mention]:
    """ "India has embassies in 130 countries": one mission in each of that many countries."""
    out: list[Mention] = []
    for np in ctx.nps:
        if np.quantity is not None or not np.plural or np.hosts or np.definite:
            continue
        if not _COUNT_VERB.search(ctx.text[max(0, np.start - 40) : np.start]):
            continue
        if ctx.where_host(np.start) is not None:
            continue  # "in Latin America, where it has embassies in about a dozen countries": a regional tally
        link = _IN_COUNTRIES.match(ctx.text, np.end)
        q = _quantity_at(ctx, link.end()) if link else None
        if q is None or not _COUNTRIES_AFTER.match(ctx.text, number_end(ctx.text, q)):
            continue
        sender = _sender(ctx, np, np.start)
        if sender is not None:
            out.append(_count(ctx, sender, np.kind, q.quantity, np.start, q.end, "network_in_countries", None))
    return out


_REPRESENTED = lazy_compile(
    r"\b(?:(?:is|are|was|were)\s+(?:now\s+|currently\s+|still\s+|only\s+)?(?:diplomatically\s+)?represented|"
    r"(?:has|have|had|maintains?|maintained)\s+(?:a\s+)?(?:diplomatic\s+)?(?:presence|representation))"
    r"\s+in\s+(?:only\s+|just\s+|some\s+|about\s+|around\s+|more\s+than\s+|over\s+|nearly\s+|almost\s+)?$",
    FLAGS,
)

_HONORARY = lazy_compile(r"\s+(?:by|through)\s+(?:\w+\s+)?honorary\b", FLAGS)
_BARE_SUBJECT = lazy_compile(r"\s*(?:,[^,]{1,60},\s*)?(?:(?:now|currently|still|also)\s+)?", FLAGS)


def network_represented(ctx: SentenceContext) -> list[Mention]:
    """ "Ghana is represented in 80 countries", "has a diplomatic presence in 120 countries": one mission in
    each of that many countries."""
    out: list[Mention] = []
    for q in ctx.quantities:
        qe = number_end(ctx.text, q)
        noun = _COUNTRIES_AFTER.match(ctx.text, qe)
        if noun is None or _IN_COUNTRIES.match(ctx.text, noun.end()) or _HONORARY.match(ctx.text, noun.end()):
            continue  # "in 30 countries in Africa": a regional tally; "by honorary consuls": no missions
        verb = _REPRESENTED.search(ctx.text, max(0, q.start - 70), q.start)
        if verb is None or ctx.where_host(q.start) is not None:
            continue
        sender = _sender(ctx, None, verb.start())
        owner = next((p for p in reversed(ctx.places) if p.code == sender and p.end <= verb.start()), None)
        if owner is not None and not _BARE_SUBJECT.fullmatch(ctx.text, owner.end, verb.start()):
            continue  # "the New Zealand bank is represented in 80 countries"
        if sender is not None:
            out.append(
                _count(ctx, sender, MissionKind.MISSION, q.quantity, verb.start(), qe, "network_represented", None)
            )
    return out


def network_total(ctx: SentenceContext) -> list[Mention]:
    """ "close 20 of its 57 missions abroad", "as many as a dozen of its 53 diplomatic missions": the
    whole the part is taken from is the size of the network (not so with a host: "two of its three
    consulates in the United States")."""
    out: list[Mention] = []
    for np in ctx.nps:
        if np.total is None or np.hosts or not np.plural:
            continue
        senders = [np.sender] if np.sender else ctx.sender_at(np.start, np.pronoun or "its")
        for sender in senders[:1]:
            out.append(_count(ctx, sender, np.kind, np.total.quantity, np.total.start, np.end, "network_total", None))
    return out


count_mention = _count  # for the rules in mission_sizes
count_sender = _sender

COUNT_RULES: tuple[Rule, ...] = (
    network_size,
    network_in_countries,
    network_total,
    network_represented,
    relations_size,
)
