"""aggregate(): merge the facts of many articles into findings, with support, history and ranges.

Facts that describe the same thing are merged:

- a named mission's closure or opening on (sender, host, kind, city); a mention without a
  city joins the one city known for that kind, and an unspecified ``mission`` joins the one
  specific kind (embassy, consulate, ...) known for that sender and host, or the one stated by
  strictly more stories (`merge_kinds`);
- a group of missions ("as many as 10", "a quarter of its embassies", "missions in Africa")
  on (sender, host or region, status, kind), an unspecified ``mission`` joining as above;
- a network size on (sender, kind, as_of); an arms flow on (supplier, recipient, category, item).

Syndicated copies (`diplomacy_facts.syndication`) count once; see `Finding` for what each
finding keeps. The same articles in any order give the same findings.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from types import MappingProxyType
from typing import Any

import attrs

from diplomacy_facts.article import Article
from diplomacy_facts.findings import Figure, Finding, Findings, Mention, fmt_number
from diplomacy_facts.merging import build_finding
from diplomacy_facts.model import Bound, Closure, MissionCount, MissionKind, Opening, Status
from diplomacy_facts.sizes import NETWORK_KINDS, derived_total, last_size, stated_sizes
from diplomacy_facts.syndication import Fingerprint, cluster, fingerprint, normalise

__all__ = ["aggregate", "article_key", "convert_percent", "merge_kinds"]

_TYPE_ORDER: Mapping[str, int] = MappingProxyType({"closure": 0, "opening": 1, "mission_count": 2, "arms_transfer": 3})

Slot = tuple[MissionKind, str | None]
Base = tuple[float, Bound, str]


def article_key(article: Article) -> str:
    """The article's id, or a digest of its content when it has none."""
    if article.id is not None:
        return article.id
    return "article-" + _digest(article)


def _digest(article: Article) -> str:
    blob = json.dumps(article.to_dict(), sort_keys=True, ensure_ascii=False)
    return hashlib.blake2b(blob.encode("utf-8"), digest_size=6).hexdigest()


def _keyed(articles: Iterable[Article]) -> dict[str, Article]:
    """Articles by key; the same article twice counts once, different articles sharing an id are told apart."""
    by_key: dict[str, dict[str, Article]] = defaultdict(dict)
    for art in articles:
        if not isinstance(art, Article):
            raise TypeError(
                f"aggregate() takes Article objects, got {type(art).__name__} "
                "(keep only the Article results of parse_articles)"
            )
        by_key[article_key(art)][_digest(art)] = art
    out: dict[str, Article] = {}
    for key, versions in by_key.items():
        if len(versions) == 1:
            out[key] = next(iter(versions.values()))
        else:
            for digest, art in versions.items():
                out[f"{key}#{digest}"] = art
    return out


def _fingerprint(article: Article) -> Fingerprint:
    """What copy detection reads of an article: its title and the sentences its facts came from."""
    texts = [article.title or ""]
    texts += [ev.sentence for fact in article.facts for ev in fact.evidence]
    return fingerprint(texts)


def _city_key(m: Mention, use_city: bool) -> str | None:
    assert isinstance(m.fact, (Closure, Opening))
    city = m.fact.mission.city
    return city.strip().casefold() if use_city and city and city.strip() else None


def _stories(mentions: Iterable[Mention]) -> int:
    return len({m.story for m in mentions})


def _done_periods(mentions: Iterable[Mention]) -> list[tuple[date, date]]:
    out = []
    for m in mentions:
        when = getattr(m.fact, "when", None)
        if getattr(m.fact, "status", None) is Status.COMPLETED and when is not None and when.start and when.end:
            out.append((when.start, when.end))
    return out


def _same_time(a: Iterable[Mention], b: Iterable[Mention]) -> bool:
    """False when both say when the change was completed and no two of those dates overlap."""
    pa, pb = _done_periods(a), _done_periods(b)
    return not (pa and pb) or any(s1 <= e2 and s2 <= e1 for s1, e1 in pa for s2, e2 in pb)


def _best(cands: list[Slot], support: dict[Slot, int]) -> Slot | None:
    if len(cands) < 2:
        return cands[0] if cands else None
    ranked = sorted(cands, key=lambda s: -support[s])
    return ranked[0] if support[ranked[0]] > support[ranked[1]] else None


def _slot_name(slot: Slot) -> str:
    return slot[0].value + (f" in {slot[1]}" if slot[1] else "")


def merge_kinds(mentions: list[Mention], *, use_city: bool = True) -> dict[Slot, tuple[list[Mention], list[str]]]:
    """Split one (type, sender, host) block of mission mentions into missions: (kind, city) -> mentions, notes."""
    slots: dict[Slot, list[Mention]] = defaultdict(list)
    spelt: dict[str, list[str | None]] = defaultdict(list)
    for m in mentions:
        assert isinstance(m.fact, (Closure, Opening))
        key = _city_key(m, use_city)
        slots[(m.fact.mission.kind, key)].append(m)
        if key is not None:
            spelt[key].append(m.fact.mission.city)
    merged: dict[Slot, list[Mention]] = {}
    notes: dict[Slot, list[str]] = defaultdict(list)
    for kind in sorted({k for k, _ in slots if k is not MissionKind.MISSION}, key=lambda k: k.value):
        cities = sorted(c for k, c in slots if k is kind and c is not None)
        for c in cities:
            merged[(kind, c)] = list(slots[(kind, c)])
        loose = slots.get((kind, None))
        if loose and len(cities) == 1:
            merged[(kind, cities[0])] += loose
            notes[(kind, cities[0])].append(f"{len(loose)} mention(s) without a city merged")
        elif loose:
            merged[(kind, None)] = list(loose)
            if cities:
                names = ", ".join(_display(spelt[c]) or c for c in cities)
                notes[(kind, None)].append(f"kept apart from the {kind.value}s in {names}")
    support = {slot: _stories(ms) for slot, ms in merged.items()}
    before = {slot: list(ms) for slot, ms in merged.items()}
    generic = sorted(
        ((c, ms) for (k, c), ms in slots.items() if k is MissionKind.MISSION),
        key=lambda item: (item[0] is not None, item[0] or ""),
    )
    targets: dict[str | None, Slot | None] = {}
    for city, ms in generic:
        fits = [s for s in support if _same_time(ms, before[s])]
        exact = [s for s in fits if city is not None and s[1] == city]
        cands = exact or [s for s in fits if city is None or s[1] is None]
        targets[city] = _best(sorted(cands, key=_slot_name), support)
    claims: dict[Slot, list[str]] = defaultdict(list)  # a city-less mission takes at most one city
    for city, target in targets.items():
        if city is not None and target is not None and target[1] is None:
            claims[target].append(city)
    renamed: dict[Slot, Slot] = {}
    for target, cities in claims.items():
        if len(cities) > 1:
            for c in cities:
                targets[c] = None
        else:
            renamed[target] = (target[0], cities[0])
            merged[renamed[target]] = merged.pop(target)
            notes[renamed[target]] = notes.pop(target, [])
    for city, ms in generic:
        target = targets[city]
        if target is None:
            merged[(MissionKind.MISSION, city)] = list(ms)
            options = [s for s in support if (city is None or s[1] in (None, city)) and _same_time(ms, before[s])]
            if len(options) > 1:
                names = ", ".join(sorted(_slot_name((s[0], s[1] and _display(spelt[s[1]]))) for s in options))
                notes[(MissionKind.MISSION, city)].append(f"kept apart: could be any of {names}")
            continue
        target = renamed.get(target, target)
        merged[target] += ms
        notes[target].append(f"{len(ms)} mention(s) of an unspecified 'mission' merged")
    unplaced = merged.get((MissionKind.MISSION, None))
    placed = [s for s in merged if s[0] is MissionKind.MISSION and s[1] is not None]
    if unplaced and len(placed) == 1 and _same_time(unplaced, merged[placed[0]]):
        merged[placed[0]] += merged.pop((MissionKind.MISSION, None))
        notes.pop((MissionKind.MISSION, None), None)
        notes[placed[0]].append(f"{len(unplaced)} mention(s) without a city merged")
    return {slot: (ms, notes.get(slot, [])) for slot, ms in merged.items()}


def _display(values: Iterable[str | None]) -> str | None:
    """The most frequent spelling (ties: the smallest)."""
    counts: dict[str, int] = defaultdict(int)
    for v in values:
        if v:
            counts[v] += 1
    return min(counts, key=lambda v: (-counts[v], v)) if counts else None


def _article_base(article: Article, sender: str | None, kind: MissionKind) -> Base | None:
    same = [c for c in article.mission_counts if c.sender == sender and c.kind is kind]
    if same:  # the largest: the size before the closures the article reports
        c = max(same, key=lambda c: (c.count.value, c.as_of.iso if c.as_of else ""))
        return c.count.value, c.count.bound, f"{fmt_number(c.count.value)} {kind.value} (same article)"
    if kind is MissionKind.MISSION:
        parts = {c.kind: c for c in article.mission_counts if c.sender == sender and c.kind in NETWORK_KINDS}
        if len(parts) >= 2:
            total = sum(c.count.value for c in parts.values())
            exact = all(c.count.bound is Bound.EXACT for c in parts.values())
            text = " + ".join(f"{fmt_number(c.count.value)} {k.value}" for k, c in sorted(parts.items()))
            return total, Bound.EXACT if exact else Bound.APPROX, f"{text} (same article)"
    return None


def _percent_bases(articles: dict[str, Article], counts: list[Finding]) -> Callable[[Mention], Base | None]:
    by_sender: dict[str | None, list[Finding]] = defaultdict(list)
    for f in counts:
        if isinstance(f.fact, MissionCount):
            by_sender[f.fact.sender].append(f)

    def base(m: Mention) -> Base | None:
        fact = m.fact
        assert isinstance(fact, (Closure, Opening))
        sender, kind = fact.mission.sender, fact.mission.kind
        found = _article_base(articles[m.article], sender, kind)
        if found is not None:
            return found
        pool = by_sender.get(sender, [])
        size = last_size(stated_sizes(pool, sender, kind), m.published, strict=False)
        if size is not None:
            return size.value, size.figure.bound, size.describe()
        if kind is MissionKind.MISSION:
            total = derived_total(pool, sender, m.published, strict=False)
            if total is not None:
                return total[0], total[1], f"{total[2]} (sum of stated sizes)"
        return None

    return base


def convert_percent(fig: Figure, base: Base | None) -> Figure:
    """A percent figure as a count of missions, when a network size is known."""
    if fig.unit != "percent":
        return fig
    if base is None or base[0] <= 0:
        return attrs.evolve(fig, note="percent with no stated network size to convert it")
    value, base_bound, text = base
    bound = Bound.APPROX if fig.bound is Bound.EXACT and base_bound is not Bound.EXACT else fig.bound
    count = fig.value * value / 100
    upper = None if fig.upper is None else fig.upper * value / 100
    note = f"{fig.phrase()} of {text} = {fmt_number(count)}"
    return attrs.evolve(fig, value=count, bound=bound, upper=upper, unit=None, base=value, note=note)


def _mention_key(m: Mention) -> tuple[Any, ...]:
    return (m.published is None, m.published or "", m.article, json.dumps(m.fact.to_dict(), sort_keys=True))


def aggregate(articles: Iterable[Article], *, similarity: float | None = 0.5) -> Findings:
    """Merge the facts of `articles` into `Findings` (deterministic: input order does not matter).

    `similarity` is the word-shingle Jaccard similarity from which two articles are copies of
    one story (1.0: exact copies only, None: no copy detection).
    """
    keyed = _keyed(articles)
    stories = cluster({k: _fingerprint(a) for k, a in keyed.items()}, similarity)
    named: dict[tuple[str, str | None, str | None], list[Mention]] = defaultdict(list)
    groups: dict[tuple[str, str | None, str | None, str], list[Mention]] = defaultdict(list)
    counts: dict[tuple[str | None, MissionKind, str | None], list[Mention]] = defaultdict(list)
    flows: dict[tuple[str | None, str | None, str, str], list[Mention]] = defaultdict(list)
    for key in sorted(keyed):
        art = keyed[key]
        for fact in art.facts:
            m = Mention(key, stories[key], art.source, art.published, fact)
            if isinstance(fact, (Closure, Opening)):
                host = fact.mission.host
                if fact.count is None and host is not None and not host.startswith("region:"):
                    named[(fact.FACT_TYPE, fact.mission.sender, host)].append(m)
                else:
                    groups[(fact.FACT_TYPE, fact.mission.sender, host, fact.status.value)].append(m)
            elif isinstance(fact, MissionCount):
                counts[(fact.sender, fact.kind, fact.as_of.iso if fact.as_of else None)].append(m)
            else:
                flows[(fact.supplier, fact.recipient, fact.category.value, normalise(fact.item))].append(m)
    out: list[Finding] = []
    for (sender, kind, as_of), ms in counts.items():
        fid = f"mission_count|{sender or '-'}|{kind.value}|{as_of or '-'}"
        out.append(build_finding(fid, "mission_count", False, sorted(ms, key=_mention_key), []))
    convert = _percent_bases(keyed, list(out))
    for (ftype, sender, host), ms in named.items():
        for (kind, _), (part, notes) in merge_kinds(ms).items():
            part = sorted(part, key=_mention_key)
            assert all(isinstance(m.fact, (Closure, Opening)) for m in part)
            city = _display(m.fact.mission.city for m in part if isinstance(m.fact, (Closure, Opening)))
            fid = f"{ftype}|{sender or '-'}|{host}|{kind.value}|{city or '-'}"
            out.append(build_finding(fid, ftype, False, part, notes, kind=kind, city=city))
    for (ftype, sender, host, status), ms in groups.items():
        for (kind, _), (part, notes) in merge_kinds(ms, use_city=False).items():
            fid = f"{ftype}-group|{sender or '-'}|{host or '-'}|{status}|{kind.value}"
            out.append(
                build_finding(
                    fid,
                    ftype,
                    True,
                    sorted(part, key=_mention_key),
                    notes,
                    kind=kind,
                    convert=lambda fig, m: convert_percent(fig, convert(m)),
                )
            )
    for (supplier, recipient, category, item), ms in flows.items():
        fid = f"arms_transfer|{supplier or '-'}|{recipient or '-'}|{category}|{item or '-'}"
        out.append(build_finding(fid, "arms_transfer", False, sorted(ms, key=_mention_key), []))
    out.sort(key=lambda f: (_TYPE_ORDER[f.fact_type], f.group, f.id))
    members: dict[str, list[str]] = defaultdict(list)
    for key, story in stories.items():
        members[story].append(key)
    copies = tuple(sorted(tuple(sorted(v)) for v in members.values() if len(v) > 1))
    return Findings(tuple(out), len(keyed), copies)
