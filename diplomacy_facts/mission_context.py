"""What a mission rule needs to know around its trigger: the sentence read by the readers,
what the article said before, and how to find a mission's sender, host, date and status.

The rules in missions.py and mission_counts.py are pure functions of a `SentenceContext`;
the document-level `Memory` (countries named so far, missions seen, the last dates) is
rebuilt by the driver after each sentence, never mutated by a rule.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

import attrs
import regex

from diplomacy_facts.attribution import Source, find_sources
from diplomacy_facts.clauses import Token, tokenize
from diplomacy_facts.hedges import closure_status, is_negated, opening_status
from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.mission_lexicon import FLAGS, FORCED, PREPOSITIONS, Trigger, find_triggers
from diplomacy_facts.mission_memory import Memory
from diplomacy_facts.mission_phrases import MissionNP, find_mission_nps
from diplomacy_facts.model import MissionKind, Quantity, Status
from diplomacy_facts.places import PlaceKind, PlaceMention, find_places
from diplomacy_facts.quantities import QuantityMention, find_quantities
from diplomacy_facts.text import Sentence

__all__ = ["SentenceContext", "normalise_count", "number_end", "read_sentence"]

_SPEECH = lazy_compile(
    r"\b(?:said|says|say|told|tells|announced|announces|confirmed|confirms|reported|reports|stated|added|"
    r"declared|disclosed|noted|explained|insisted|warned|wrote|tweeted|posted)\b",
    FLAGS,
)
_NO_INTENTION = lazy_compile(
    r"\b(?:no|not\s+any|never\s+had\s+any)\s+['\"‘“]?(?:immediate\s+|current\s+)?(?:intention|plans?|desire|reason)"
    r"['\"’”]?\s+(?:of|to|for)\s+(?:\w+\s+){0,2}$",
    FLAGS,
)
# a sentence without one of these words states no mission fact: the readers are spared it
_RELEVANT = lazy_compile(
    r"embass|consul|mission|diplomat|\bposts?\b|office|legation|nunciature|chancery|interests?\s+section"
    r"|high\s+commission|\bties\b|relations|allies|recogni[sz]",
    FLAGS,
)
_WORD_BEFORE = lazy_compile(r"([\w'’]+)\s+(?:the\s+)?$")
_PREPOSITIONS = PREPOSITIONS | {"in", "at", "to", "from", "with", "than"}
_FIRST_TO = lazy_compile(
    r"\b(?:became|was|were|is|are|has\s+become|had\s+become)\s+(?:the|its)\s+(?:first|second|third|fourth|fifth|"
    r"last|latest|only|\w+th)\s+(?:[\w-]+\s+){0,4}?to\s+$",
    FLAGS,
)
_THE_BEFORE = lazy_compile(r"\bthe\s+$", FLAGS)
_VERB_NEXT = lazy_compile(
    r"\s+(?:has|have|had|will|would|is|are|was|were|also|then|later|have|could|may|might|plan|plans|\w+ed)\b", FLAGS
)
_LIST_JOIN = lazy_compile(r"\s*(?:,|and|or|, and|, or)\s*", FLAGS)
_GOVERNMENT_NOUN = lazy_compile(
    r"^\s*(?:government|authorities|officials|side|regime|leadership|state|administration|foreign ministry|"
    r"ministry|diplomats|leader|president)\b",
    FLAGS,
)
_WHICH_AFTER = lazy_compile(r"\s*,\s*which\s+(?:[\w'’-]+\s+){0,4}$", FLAGS)
_DESTINATION_BEFORE = lazy_compile(r"\b(?:to|for|towards?|into|via|through)\s+(?:the\s+)?(?:[\w-]+\s+)?$", FLAGS)
_THERE = lazy_compile(r"\s+there\b(?!\s+(?:is|are|was|were|will|would|has|have|had)\b)", FLAGS)
_LABEL = lazy_compile(r"\s*:\s+")
_COORDINATION = frozenset({",", "and", ", and", "&", "and the", ", and the", ", the", "as well as", "along with"})
_FRONTED_PLACE = lazy_compile(r"^\s*In\s+", FLAGS)
_BASE_FORM = lazy_compile(
    r"close|open|reopen|re-open|inaugurate|establish|re-establish|reestablish|vacate|evacuate|suspend|halt|"
    r"cease|resume|restore|shutter|mothball|abandon|withdraw|pull|leave|exit|move|relocate|transfer|shift|wind"
)
_PAST_BEFORE = lazy_compile(r"\b(?:did|had|has|have)\W+(?:\w+\W+){0,2}$", FLAGS)


@attrs.frozen
class SentenceContext:
    """A sentence as the readers see it, with the article's memory before it."""

    index: int
    sentence: Sentence
    text: str
    tokens: list[Token]
    places: list[PlaceMention]
    quantities: list[QuantityMention]
    nps: list[MissionNP]
    triggers: list[Trigger]
    sources: list[Source]
    published: date | None
    memory: Memory
    title: bool = False
    relevant: bool = True  # whether the sentence may state a mission fact at all (else the rules skip it)

    # --- places ---------------------------------------------------------------------------------
    def in_source(self, start: int, end: int) -> bool:
        return any(s.attribution.start <= start and end <= s.attribution.end for s in self.sources)

    def host_spans(self) -> list[tuple[int, int]]:
        return [(h.start, h.end) for np in self.nps for h in np.hosts]

    def after_preposition(self, start: int) -> bool:
        """ "ties with Iran", "in the Lithuanian capital": a place inside a prepositional phrase."""
        m = _WORD_BEFORE.search(self.text, max(0, start - 40), start)
        return m is not None and m.group(1).lower() in _PREPOSITIONS

    def _in_phrase(self) -> set[int]:
        """Places inside a prepositional phrase ("ties with Iran"), the rest of a list included
        ("the shutdowns in Dakar and Conakry")."""
        out: set[int] = set()
        for i, p in enumerate(self.places):
            listed = i > 0 and (i - 1) in out and _LIST_JOIN.fullmatch(self.text[self.places[i - 1].end : p.start])
            if listed or self.after_preposition(p.start):
                out.add(i)
        return out

    def subject_candidates(
        self, pos: int, *, sources_ok: bool = False, speakers_ok: bool = False
    ) -> list[PlaceMention]:
        """Countries that may be the doer of the action at `pos`, nearest last."""
        hosts = self.host_spans()
        in_phrase = self._in_phrase()
        out: list[PlaceMention] = []
        for i, p in enumerate(self.places):
            if p.end > pos or p.kind is PlaceKind.REGION or p.code.startswith("region:"):
                continue
            if any(a <= p.start and p.end <= b for a, b in hosts):
                continue
            if not sources_ok and self.in_source(p.start, p.end):
                continue
            if i in in_phrase and self.text[p.end : pos].strip() and not _WHICH_AFTER.match(self.text, p.end, pos):
                continue  # "ties with Iran"; but "a result of the United States closing ...", "with Taiwan, which"
            if self.text[max(0, p.start - 1) : p.start] == "-":
                continue  # "the one-China policy", "pro-Russian"
            rest = self.text[p.end : p.end + 40]
            if not speakers_ok and _SPEECH.match(rest.lstrip(" ,")) and not rest.lstrip().startswith("'"):
                continue
            if (
                p.kind is PlaceKind.DEMONYM
                and not _GOVERNMENT_NOUN.match(rest)
                and not (_THE_BEFORE.search(self.text, max(0, p.start - 5), p.start) and _VERB_NEXT.match(rest))
            ):
                continue  # "Iranian protesters", but "the Dutch reopened", "the French government"
            out.append(p)
        return out

    def fallback(self, avoid: frozenset[str | None] = frozenset()) -> list[str]:
        """The sender the article is about: a headline's label ("Moldova: Embassy in Minsk to close"),
        of the missions just named, else the last subject."""
        label = next(
            (p for p in self.places if _LABEL.match(self.text, p.end) and not self.text[: p.start].strip()), None
        )
        if label is not None and label.code not in avoid and not label.code.startswith("region:"):
            return [label.code]
        for code in (self.memory.last_sender, *reversed(self.memory.subjects), self.memory.topic):
            if code and code not in avoid:
                return [code]
        return []

    def sender_at(
        self, pos: int, pronoun: str | None = None, *, first: bool = False, avoid: frozenset[str | None] = frozenset()
    ) -> list[str]:
        """The sender(s) of "its"/"their"/an unowned mission at `pos`: the clause subject, else
        `fallback`. With `first`, the sentence's first actor ("Lithuania says it will open ...")."""
        if first:
            every = self.subject_candidates(pos, sources_ok=True, speakers_ok=True)
            every = [p for p in every if p.code not in avoid]
            return [every[0].code] if every else self.fallback(avoid)
        candidates = self.subject_candidates(pos, sources_ok=pronoun == "anaphor")
        if not candidates and pronoun is None and self.fallback(avoid):
            return self.fallback(avoid)  # "an embassy" in a story about one country's missions
        if not candidates and pronoun in ("its", "their", None):
            # "North Korea has announced the closure of its embassies": the speaker's own missions
            candidates = self.subject_candidates(pos, sources_ok=True, speakers_ok=True)
        candidates = [p for p in candidates if p.code not in avoid]
        if candidates:
            last = candidates[-1]
            found = [last.code]
            if pronoun == "their":
                # "Germany and France closed their embassies"
                k = len(candidates) - 2
                cur = last
                while k >= 0:
                    gap = self.text[candidates[k].end : cur.start].strip().lower()
                    if gap not in _COORDINATION:
                        break
                    found.insert(0, candidates[k].code)
                    cur = candidates[k]
                    k -= 1
            return found
        return self.fallback(avoid)

    def pair(self, pos: int, hosts: frozenset[str | None] = frozenset()) -> list[str]:
        """The two countries of "both countries closed their embassies": two named before `pos` as
        actors, else the only two the sentence names besides the hosts, else the two the article
        names most."""
        found: list[str] = []
        for p in self.subject_candidates(pos, sources_ok=True):
            if p.code not in found:
                found.append(p.code)
        if len(found) == 2:
            return found
        named = []
        for p in self.places:
            if p.start < pos and not p.code.startswith("region:") and p.code not in hosts and p.code not in named:
                named.append(p.code)
        if len(named) == 2:
            return named  # "moves by Panama in 2017 and El Salvador in 2018, when both countries closed ..."
        found = []
        for code in self.memory.top_countries(4) + [p.code for p in self.places if not p.code.startswith("region:")]:
            if code not in found:
                found.append(code)
            if len(found) == 2:
                return found
        return []

    def fronted_host(self) -> PlaceMention | None:
        """ "In Havana, the American interests section ..." """
        m = _FRONTED_PLACE.match(self.text)
        if not m:
            return None
        for p in self.places:
            if p.start == m.end() and self.text[p.end : p.end + 2].startswith(","):
                return p
        return None

    def where_host(self, pos: int) -> PlaceMention | None:
        """ "Hong Kong, where foreign media have reported that Pyongyang shut its consulate" """
        for p in reversed(self.places):
            if p.end <= pos and regex.match(r",?\s+where\b", self.text[p.end : p.end + 10]):
                return p
        return None

    def remembered_host(
        self, sender: str, kind: MissionKind, *, any_kind: bool = False
    ) -> tuple[str, str | None] | None:
        """The host of the sender's mission named last ("the embassy" after "its embassy in Tehran");
        with `any_kind`, of any of its missions ("the consulate in Berehove" after "its embassy in Kyiv")."""
        for seen in reversed(self.memory.missions):
            same = any_kind or seen.kind is kind or MissionKind.MISSION in (seen.kind, kind)
            if seen.sender == sender and seen.host and same:
                return seen.host, seen.city
        return None

    def there_host(self, pos: int, sender: str) -> PlaceMention | None:
        """The place "there" at `pos` stands for: the last one named before it (in this sentence, else
        in the one before) that is not the sender's own country."""
        if not _THERE.match(self.text, pos):
            return None
        before = [p for p in self.places if p.end <= pos and p.code != sender and not p.code.startswith("region:")]
        if before:
            return before[-1]
        for text in reversed(self.memory.texts[-1:]):
            found = [p for p in find_places(text) if p.code != sender and not p.code.startswith("region:")]
            if found:
                return found[-1]
        return None

    def scene_host(self, sender: str) -> tuple[str, str | None] | None:
        """Where the article's missions are (host, city): the host of the mission named last that is
        not the sender's own country, else the one place this sentence names besides the sender
        ("evacuated their diplomats" in a story about embassies in Khartoum)."""
        for seen in reversed(self.memory.missions):
            if seen.host and seen.host != sender and not seen.host.startswith("region:"):
                if any(p.code == seen.host and not self.after_preposition(p.start) for p in self.places):
                    return None  # the country is an actor here, not the setting
                cities = Counter(m.city for m in self.memory.missions if m.host == seen.host and m.city)
                return seen.host, (cities.most_common(1)[0][0] if cities else None)
        named = {
            (p.code, p.city)
            for p in self.places
            if p.code != sender
            and not p.code.startswith("region:")
            and not _DESTINATION_BEFORE.search(self.text, max(0, p.start - 20), p.start)  # "fled to Ethiopia"
        }
        return next(iter(named)) if len(named) == 1 else None

    def speaker_country(self, pos: int, sender: str) -> str | None:
        """The country of the source of the claim at `pos`, when it is not the sender."""
        for s in self.sources:
            if not s.governs(pos):
                continue
            for p in self.places:
                inside = s.attribution.start <= p.start and p.end <= s.attribution.end
                if inside and p.code != sender and not p.code.startswith("region:"):
                    return p.code
        return None

    # --- status, date, source --------------------------------------------------------------------
    def negated(self, start: int, end: int) -> bool:
        """A denied or disowned change: "did not close", "has 'no intention' of closing"."""
        return is_negated(self.text, start, end) or bool(_NO_INTENTION.search(self.text, max(0, start - 60), start))

    def status(self, change: str, start: int, end: int) -> tuple[Status, bool]:
        """(status, weak) of the trigger at [start, end)."""
        read = closure_status if change == "close" else opening_status
        status = read(self.text, start, end)
        before = self.text[max(0, start - 80) : start]
        done = bool(FORCED.search(before) or _FIRST_TO.search(before))
        if done:
            status = Status.COMPLETED  # "forced Taipei to shut", "became the first Gulf state to open"
        word = self.text[start:end].lower().split()[0]
        if status is Status.COMPLETED and not done and _BASE_FORM.fullmatch(word) and not _PAST_BEFORE.search(before):
            status = Status.INTENDED  # "agreed to let Taiwan open an office": a bare verb is not a deed
        weak = self.title
        if not weak and word.endswith("s") and not word.endswith("ss") and status is Status.COMPLETED:
            last = self.text[:start].rstrip().lower().split()[-1:] or [""]
            weak = last[0] not in ("has", "have", "had", "was", "were", "is", "are")  # a headline present
        return status, weak

    def attribution(self, start: int, end: int) -> str | None:
        """Who says so: the innermost source governing the trigger (as attribution.find_attribution
        chooses it, from the sources already read for this sentence)."""
        inside = [
            s
            for s in self.sources
            if not s.pronoun
            and s.governs(start)
            and not (s.attribution.start <= start < s.attribution.end)
            and not (s.attribution.start < end <= s.attribution.end)
        ]
        if not inside:
            return None

        def innermost(s: Source) -> tuple[int, int]:
            a, b = next(sc for sc in s.scopes if sc[0] <= start < sc[1])
            return a, -b

        return max(inside, key=innermost).attribution.text


def read_sentence(
    index: int, sentence: Sentence, published: date | None, memory: Memory, *, title: bool = False
) -> SentenceContext:
    """Run the readers over one sentence."""
    text = sentence.text
    places = find_places(text, seen=memory.codes)
    triggers = find_triggers(text)
    relevant = bool(triggers) or bool(_RELEVANT.search(text))
    tokens = tokenize(text) if relevant else []
    quantities = find_quantities(text) if relevant else []
    nps = find_mission_nps(text, places, quantities, tokens) if relevant else []
    return SentenceContext(
        index=index,
        sentence=sentence,
        text=text,
        tokens=tokens,
        places=places,
        quantities=quantities,
        nps=nps,
        triggers=triggers,
        sources=find_sources(text) if relevant else [],
        published=published,
        memory=memory,
        title=title,
        relevant=relevant,
    )


def normalise_count(q: Quantity) -> Quantity:
    """A mission count keeps its unit only when it is a share ("percent")."""
    unit = "percent" if q.unit and q.unit.lower() in ("percent", "per cent", "%") else None
    return Quantity(q.value, q.bound, unit, q.text, q.upper)


def number_end(text: str, q: QuantityMention) -> int:
    """Where the number of a quantity ends ("as many as 10| missions"): its span covers the noun too."""
    written = q.quantity.text
    if written and text[q.start : q.start + len(written)].lower() == written.lower():
        return q.start + len(written)
    return q.end
