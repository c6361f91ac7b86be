"""Closures, openings and network sizes of diplomatic missions, from any English news article.

>>> from diplomacy_facts.text import read_document
>>> doc = read_document("North Korea closed its embassies in Uganda and Angola in October.")
>>> sorted(f.mission.host for f in extract_missions(doc))
['AO', 'UG']

Each rule is a small pure function of a `SentenceContext` returning `Mention`s; `RULES` runs
them in order over every body sentence (and the title, whose statements only confirm the
body's). The mentions of an article are merged into one fact per distinct mission, keeping
every piece of evidence and the firmest status (see mission_merge).

The rules live by what tells the change: mission_verbs (a verb and its object or subject, a
relative or participle clause on the mission, a second coordinated verb), mission_clauses (a
participle before the mission noun, its work as a passive subject), mission_moves (moves),
mission_follows ("a consulate would follow"), mission_nouns (a noun, a list after a colon, a
country left, staff pulled out or gone home or back), mission_members (the members of a change told
just before: "They include ...", "So will ...", "those in ...", "another in ...", "the mission"),
mission_new (no verb of opening or closing: "new embassies are planned for", "are to go", "Malawi
will lose its Norwegian embassy"), mission_counts and mission_sizes (network sizes, ranks); they
share mission_rules (from a trigger and a mission phrase to mentions), mission_pairs (two
countries at once, "both consulates"), mission_context (the sentence as the readers see it and
the article's memory, including the host the story is set in (mission_story) and how firmly a
trigger's change is stated (mission_status)), mission_dates, mission_phrases
(mission noun phrases) and mission_lexicon (the word lists in data/lexicons/missions_*.txt).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

import regex

from diplomacy_facts.mission_clauses import operations_subject, participle_before
from diplomacy_facts.mission_context import SentenceContext, read_sentence
from diplomacy_facts.mission_counts import COUNT_RULES
from diplomacy_facts.mission_follows import follows, follows_suit, including_those, pronoun_subject
from diplomacy_facts.mission_groups import more_group, ordinal_group
from diplomacy_facts.mission_members import (
    among_those,
    another,
    colon_places,
    gapped_subject,
    members,
    the_mission,
    those_subject,
)
from diplomacy_facts.mission_memory import Memory, Mention, Seen
from diplomacy_facts.mission_merge import merge
from diplomacy_facts.mission_moves import move
from diplomacy_facts.mission_new import host_gains, new_planned, new_works, to_go
from diplomacy_facts.mission_nouns import (
    anaphoric_noun,
    closures_affected,
    colon_list,
    noun_trigger,
    withdraw_country,
)
from diplomacy_facts.mission_operations import operations
from diplomacy_facts.mission_remote import no_longer, plans_for, run_from_elsewhere
from diplomacy_facts.mission_sizes import leave_with, number_stands, there_are
from diplomacy_facts.mission_staff import staff_out
from diplomacy_facts.mission_verbs import relative_object, verb_object, verb_subject
from diplomacy_facts.model import Fact
from diplomacy_facts.places import PlaceKind, PlaceMention, find_places
from diplomacy_facts.text import Document, Sentence

__all__ = ["RULES", "extract_missions"]

_ENDED = regex.compile(r"[.!?][\"'”’)\]]*\s*$")

Rule = Callable[[SentenceContext], list[Mention]]

#: The rules, in order; a mission phrase claimed by an earlier rule is not read again.
RULES: tuple[Rule, ...] = (
    move,
    operations,
    verb_object,
    verb_subject,
    participle_before,
    operations_subject,
    relative_object,
    follows,
    follows_suit,
    pronoun_subject,
    including_those,
    members,
    gapped_subject,
    among_those,
    the_mission,
    those_subject,
    another,
    noun_trigger,
    anaphoric_noun,
    staff_out,
    run_from_elsewhere,
    no_longer,
    plans_for,
    new_planned,
    new_works,
    host_gains,
    to_go,
    withdraw_country,
    closures_affected,
    colon_list,
    colon_places,
    ordinal_group,
    more_group,
    *COUNT_RULES,
    number_stands,
    there_are,
    leave_with,
)


def _dedupe(mentions: Sequence[Mention]) -> list[Mention]:
    """One mention per (fact, sender, host, city, count) and sentence: the first rule's."""
    out: list[Mention] = []
    keys: set[tuple[object, ...]] = set()
    for m in mentions:
        value = None if m.count is None else (m.count.value, m.count.unit)  # "25 missions" is not "25 percent"
        key = (m.fact, m.sender, m.host, m.city, value, m.kind)
        loose = (m.fact, m.sender, m.host, value, m.kind if m.fact == "count" else "")
        if key in keys or (loose in keys and m.city is None):
            continue
        keys.add(key)
        keys.add(loose)
        out.append(m)
    return out


def remember(ctx: SentenceContext, mentions: Sequence[Mention]) -> Memory:
    """The memory after `ctx`'s sentence: its countries, missions, dates and facts."""
    mem = ctx.memory
    countries = mem.countries
    if ctx.places:  # (a sentence without places leaves the tally as it was)
        counts = Counter(dict(mem.countries))
        for p in ctx.places:
            if not p.code.startswith("region:"):
                counts[p.code] += 1
        countries = tuple(counts.items())
    seen = list(mem.missions)
    scenes = list(mem.scenes)
    senders = list(mem.senders)
    last_kind = mem.last_kind
    for np in ctx.nps:
        last_kind = np.kind
        sender = np.sender
        avoid = frozenset(np.host_codes)
        if sender is None and np.pronoun in ("its", "anaphor"):
            found = ctx.sender_at(np.start, np.pronoun, avoid=avoid)
            sender = found[0] if len(found) == 1 else None
        elif sender is None and np.pronoun is None and not np.plural:
            found = ctx.sender_at(np.start, None, avoid=avoid)  # "Kenya has an embassy in Lima"; "the embassy in Rome"
            sender = found[0] if found else None
        scenes.extend((h.code, h.city) for h in np.hosts if h.code and not h.code.startswith("region:") and not h.org)
        for h in np.hosts or (None,):
            host = h.code if h is not None else None
            if sender and host != sender:
                seen.append(Seen(sender, host, h.city if h is not None else None, np.kind, ctx.index))
        if np.sender:
            senders.append(np.sender)
    for p in ctx.places:  # "evacuate diplomats from Kabul": where the story's missions are
        if not p.code.startswith("region:") and ctx.scene_at(p):
            scenes.append((p.code, p.text if p.kind in (PlaceKind.CITY, PlaceKind.CAPITAL) else None))
    for m in mentions:
        if m.fact != "count":
            senders.append(m.sender)
    last_when = mem.last_when
    for m in mentions:
        if m.when is not None:
            last_when = m.when
    subjects = list(mem.subjects)
    firsts: list[PlaceMention] = []
    if ctx.places:  # (the candidates are places of the sentence)
        end = len(ctx.text)
        firsts = (
            [p for p in ctx.subject_candidates(end) if p.kind is not PlaceKind.DEMONYM]
            or [p for p in ctx.subject_candidates(end, sources_ok=True) if p.kind is not PlaceKind.DEMONYM]
            # "Norway announced sweeping cuts on Monday.": the one who speaks is the actor the story follows
            or [p for p in ctx.subject_candidates(end, speakers_ok=True) if p.kind is PlaceKind.COUNTRY][:1]
        )
    if firsts:
        subjects.append(firsts[0].code)
    return Memory(
        codes=mem.codes | {p.code for p in ctx.places},
        countries=countries,
        missions=tuple(seen[-40:]),
        senders=tuple(senders[-40:]),
        subjects=tuple(subjects[-20:]),
        texts=(*mem.texts[-3:], ctx.text),
        recent=(mem.recent + tuple((ctx.index, m) for m in mentions if not m.group and m.fact != "count"))[-12:],
        statuses=(
            mem.statuses + tuple((m.fact, m.sender, m.status) for m in mentions if m.status is not None and not m.weak)
        )[-20:],
        last_when=last_when,
        last_kind=last_kind,
        scenes=tuple(scenes[-12:]),
        diplomatic=mem.diplomatic or bool(ctx.nps),
    )


def _asserted(sentence: Sentence, found: list[Mention]) -> list[Mention]:
    """Drop what a question asks ("Czech Republic to reopen Kabul embassy? Not yet, says ministry")."""
    asked = sentence.text.rfind("?")
    if asked < 0:
        return found
    return [m for m in found if m.evidence.span[1] - sentence.start > asked]


def _before_link_lists(sentences: Sequence[Sentence]) -> list[Sentence]:
    """The body without the headlines listed after its last full sentence ("MORE FROM AFRICA /
    Uganda closes consulate in Mombasa"): links to other stories state no fact of this one."""
    last = max((i for i, s in enumerate(sentences) if _ENDED.search(s.text)), default=len(sentences) - 1)
    return [s for i, s in enumerate(sentences) if i <= last or _ENDED.search(s.text)]


def _title_sentence(doc: Document) -> Sentence | None:
    if not doc.title:
        return None
    for line in doc.lines:
        if line.role == "title":
            return Sentence(line.text, line.start, line.end, -1)
    return None


#: "OSLO, March 14 (Reuters) - ", "NAIROBI — ": a dateline before the first body sentence
_DATELINE = regex.compile(r"\s*(?P<city>[A-Z][A-Z .'-]{2,30}?)\s*(?:,[^\n(]{1,30})?(?:\([^)\n]{1,30}\))?\s*[-—–:]+\s*$")


def _dateline_country(doc: Document) -> str | None:
    """The country of a dateline's capital ("OSLO (Reuters) - The government will close ..."): the
    government a story speaks of when it names no other."""
    if not doc.sentences:
        return None
    first = doc.sentences[0]
    line_start = doc.text.rfind("\n", 0, first.start) + 1
    m = _DATELINE.match(doc.text, line_start, first.start)
    if m is None:
        return None
    found = [p for p in find_places(m.group("city").title()) if p.kind is PlaceKind.CAPITAL]
    return found[0].code if len(found) == 1 else None


def extract_missions(doc: Document) -> list[Fact]:
    """All Closure, Opening and MissionCount facts stated in `doc`'s body sentences."""
    dateline = _dateline_country(doc)
    memory = Memory(subjects=(dateline,) if dateline else ())
    mentions: list[Mention] = []
    sentences: list[tuple[Sentence, bool]] = []
    title = _title_sentence(doc)
    if title is not None:
        sentences.append((title, True))
    sentences.extend((s, False) for s in _before_link_lists(doc.sentences))
    for index, (sentence, is_title) in enumerate(sentences):
        ctx = read_sentence(index, sentence, doc.published, memory, title=is_title)
        found: list[Mention] = []
        for rule in RULES if ctx.relevant else ():
            found.extend(rule(ctx))
        found = _dedupe(_asserted(sentence, found))
        mentions.extend(found)
        memory = remember(ctx, found)
    return merge(mentions, doc.published.year if doc.published else None)
