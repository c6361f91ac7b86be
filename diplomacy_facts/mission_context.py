"""What a mission rule needs to know around its trigger: the sentence read by the readers,
what the article said before, and how to find a mission's sender, host, date and status.

The rules in missions.py and mission_counts.py are pure functions of a `SentenceContext`;
the document-level `Memory` (countries named so far, missions seen, the last dates) is
rebuilt by the driver after each sentence, never mutated by a rule.
"""

from __future__ import annotations

import functools
from collections.abc import Hashable
from datetime import date
from typing import Any

import attrs

from diplomacy_facts.attribution import Source, find_sources
from diplomacy_facts.clauses import Token, tokenize
from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.mission_lexicon import FLAGS, PREPOSITIONS, Trigger, find_triggers
from diplomacy_facts.mission_memory import Memory
from diplomacy_facts.mission_phrases import MissionNP, find_mission_nps
from diplomacy_facts.mission_status import TriggerReadings
from diplomacy_facts.mission_story import StoryPlaces
from diplomacy_facts.model import Quantity
from diplomacy_facts.places import PlaceKind, PlaceMention, find_places
from diplomacy_facts.quantities import QuantityMention, find_quantities
from diplomacy_facts.text import Sentence

__all__ = ["SentenceContext", "normalise_count", "number_end", "read_sentence"]

_SPEECH = lazy_compile(
    r"\b(?:said|says|say|told|tells|announced|announces|confirmed|confirms|reported|reports|stated|added|"
    r"declared|disclosed|noted|explained|insisted|warned|wrote|tweeted|posted)\b",
    FLAGS,
)
# a sentence without one of these words states no mission fact: the readers are spared it
_RELEVANT = lazy_compile(
    r"embass|ambassador|consul|mission|diplomat|\bposts?\b|office|legation|nunciature|chancery|interests?\s+section"
    r"|high\s+commission|\bties\b|relations|allies|recogni[sz]|represented\s+in",
    FLAGS,
)
_WORD_BEFORE = lazy_compile(r"([\w'’]+)\s+(?:the\s+)?$")
_PREPOSITIONS = PREPOSITIONS | {"in", "at", "to", "from", "with", "than"}
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
_LABEL = lazy_compile(r"\s*:\s+")
_COORDINATION = frozenset({",", "and", ", and", "&", "and the", ", and the", ", the", "as well as", "along with"})
#: "After shuttering its embassy in Caracas, Panama ...", "Having closed its consulate, the Dutch government ..."
_FRONTED_CLAUSE = lazy_compile(
    r"^\W*(?:(?:after|before|since|while|when|upon|on|by|besides|in\s+addition\s+to|despite|following|with)\s+)?"
    r"(?:having\s+(?:\w+\s+)?\w+ed|\w+ing|\w+ed|(?<=with\s))\b[^,;:]*$",
    FLAGS,
)
_RANK_AFTER = lazy_compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|\w+th|latest|last|next|only)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:after|behind|following|besides)\s+(?:[\w-]+[\s,]+){0,5}?$",
    FLAGS,
)
_STATE_OF = lazy_compile(
    r"\b(?:government|ministry\s+of\s+foreign\s+affairs|foreign\s+ministry|republic|kingdom|state|emirate|"
    r"principality|sultanate|grand\s+duchy|federation|commonwealth|president|prime\s+minister|foreign\s+minister|"
    r"authorities|people['’]s\s+republic)\s+$",
    FLAGS,
)
_STATE_ANAPHOR = lazy_compile(
    r"\bthe\s+(?:kingdom|country|republic|emirate|sultanate|island\s+nation|nation|government|regime)\s+"
    r"(?:(?:has|had|have|also|then|later|quickly|promptly|would|will|\w+ly)\s+){0,3}$",
    FLAGS,
)
_NEW_CLAUSE = lazy_compile(
    r"\s+(?:said|says|announced|has|have|had|will|would|is|was|were|also|then|later|plans|planned|decided|\w+ed)\b",
    FLAGS,
)
_SAID_IT = lazy_compile(
    r"\s*,?\s*(?:said|says|announced|announces|added|confirmed|stated|declared|insisted)\s+"
    r"(?:on\s+\w+\s+|last\s+\w+\s+)?(?:that\s+)?",
    FLAGS,
)
_DECISION_BY = lazy_compile(
    r"\b(?:decision|decisions|move|plan|plans|bid|attempt|effort|efforts|order|announcement|proposal|threat)\s+$",
    FLAGS,
)
_PARTICIPLE_CLAUSE = lazy_compile(r"[^,]{0,2},\s*\p{Ll}+ing\s", FLAGS)
_THAT_SUBJECT = lazy_compile(
    r"\bthat\s+the\s+(?!government|ministry|country|kingdom|state|regime)[\w-]+\s+(?:[\w-]+\s+)?(?:had|has|have|was|is|"
    r"would|will|\w+ed)\b",
    FLAGS,
)
_PRONOUN_FIRST = lazy_compile(r"^\W*(?:its|their)\b", FLAGS)
_MAIN_SUBJECT = lazy_compile(r"\s*(?:the\s+)?", FLAGS)


@attrs.frozen
class SentenceContext(StoryPlaces, TriggerReadings):
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
    kept: dict[Hashable, Any] = attrs.field(factory=dict, init=False, eq=False, repr=False)  # see TriggerReadings

    # --- places ---------------------------------------------------------------------------------
    def in_source(self, start: int, end: int) -> bool:
        return any(s.attribution.start <= start and end <= s.attribution.end for s in self.sources)

    def host_spans(self) -> list[tuple[int, int]]:
        return [(h.start, h.end) for np in self.nps for h in np.hosts]

    def after_preposition(self, start: int) -> bool:
        """ "ties with Iran", "in the Lithuanian capital": a place inside a prepositional phrase."""
        key = ("after_preposition", start)
        if key not in self.kept:
            self.kept[key] = self._after_preposition(start)
        found: bool = self.kept[key]
        return found

    def _after_preposition(self, start: int) -> bool:
        m = _WORD_BEFORE.search(self.text, max(0, start - 40), start)
        if m is not None and m.group(1).lower() == "of" and _STATE_OF.search(self.text, max(0, start - 60), m.start(1)):
            return False  # "the Government of Ireland has decided to open": the state itself
        agent = m is not None and m.group(1).lower() == "by"
        if m is not None and agent and _DECISION_BY.search(self.text, max(0, start - 40), m.start(1)):
            return False  # "the decision by Norway to close its embassy": the one who decides
        return m is not None and m.group(1).lower() in _PREPOSITIONS

    def _in_phrase(self) -> set[int]:
        """Places inside a prepositional phrase ("ties with Iran"), the rest of a list included
        ("the shutdowns in Dakar and Conakry")."""
        out: set[int] = set()
        for i, p in enumerate(self.places):
            listed = i > 0 and (i - 1) in out and _LIST_JOIN.fullmatch(self.text[self.places[i - 1].end : p.start])
            if listed and _NEW_CLAUSE.match(self.text, p.end) and "," in self.text[self.places[i - 1].end : p.start]:
                listed = False  # "an embassy in Kyiv, and Israel said it would close ...": a new clause's subject
            if listed or self.after_preposition(p.start):
                out.add(i)
        return out

    @functools.cached_property
    def _place_roles(self) -> list[tuple[bool, bool, bool, bool]]:
        """Per place, what does not depend on the position of the action, read once per sentence:
        (never a doer, inside a source, followed by a verb of speech, in a prepositional phrase)."""
        hosts = self.host_spans()
        in_phrase = self._in_phrase()
        out: list[tuple[bool, bool, bool, bool]] = []
        for i, p in enumerate(self.places):
            rest = self.text[p.end : p.end + 40]
            never = (
                p.kind is PlaceKind.REGION
                or p.code.startswith("region:")
                or any(a <= p.start and p.end <= b for a, b in hosts)
                or self.text[max(0, p.start - 1) : p.start] == "-"  # "the one-China policy", "pro-Russian"
                or bool(_RANK_AFTER.search(self.text, max(0, p.start - 80), p.start))  # "the third after Malta to"
                or (  # "Iranian protesters", but "the Dutch reopened", "the French government"
                    p.kind is PlaceKind.DEMONYM
                    and not _GOVERNMENT_NOUN.match(rest)
                    and not (_THE_BEFORE.search(self.text, max(0, p.start - 5), p.start) and _VERB_NEXT.match(rest))
                )
            )
            speaker = bool(_SPEECH.match(rest.lstrip(" ,"))) and not rest.lstrip().startswith("'")
            out.append((never, self.in_source(p.start, p.end), speaker, i in in_phrase))
        return out

    def subject_candidates(
        self, pos: int, *, sources_ok: bool = False, speakers_ok: bool = False
    ) -> list[PlaceMention]:
        """Countries that may be the doer of the action at `pos`, nearest last."""
        out: list[PlaceMention] = []
        for p, (never, sourced, speaker, phrase) in zip(self.places, self._place_roles, strict=True):
            if never or p.end > pos or (sourced and not sources_ok) or (speaker and not speakers_ok):
                continue
            if phrase and self.text[p.end : pos].strip() and not _WHICH_AFTER.match(self.text, p.end, pos):
                continue  # "ties with Iran"; but "a result of the United States closing ...", "with Taiwan, which"
            out.append(p)
        return out

    def _label(self) -> PlaceMention | None:
        """A headline's label ("Moldova: Embassy in Minsk to close"): the place that opens the
        sentence, followed by a colon (read once per sentence)."""
        if "label" not in self.kept:
            self.kept["label"] = next(
                (p for p in self.places if _LABEL.match(self.text, p.end) and not self.text[: p.start].strip()), None
            )
        found: PlaceMention | None = self.kept["label"]
        return found

    def fallback(self, avoid: frozenset[str | None] = frozenset()) -> list[str]:
        """The sender the article is about: a headline's label ("Moldova: Embassy in Minsk to close"),
        of the missions just named, else the last subject."""
        label = self._label()
        if label is not None and label.code not in avoid and not label.code.startswith("region:"):
            return [label.code]
        for code in self.memory.likely_senders:
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
            said = next((p for p in reversed(every) if _SAID_IT.fullmatch(self.text, p.end, pos)), None)
            if said is not None:  # "..., and Hungary said it would close": the speaker of this clause
                return [said.code]
            return [every[0].code] if every else self.fallback(avoid)
        candidates = self.subject_candidates(pos, sources_ok=pronoun == "anaphor")
        if not candidates and pronoun is None and (told := self.fallback(avoid)):
            return told  # "an embassy" in a story about one country's missions
        if not candidates and pronoun in ("its", "their", None):
            # "North Korea has announced the closure of its embassies": the speaker's own missions
            candidates = self.subject_candidates(pos, sources_ok=True, speakers_ok=True)
            # but "Seoul's ministry confirmed that the North had shut its embassy": another subject's
            candidates = [p for p in candidates if not _THAT_SUBJECT.search(self.text, p.end, pos)]
        candidates = [p for p in candidates if p.code not in avoid]
        if not candidates and pronoun in ("its", "their"):
            candidates = self.main_subject(pos, avoid)
        owner = next((np.sender for np in reversed(self.nps) if np.end <= pos and np.sender_how == "of"), None)
        if not candidates and pronoun == "its" and owner is not None and owner not in avoid:
            return [owner]  # "The embassy of Portugal in Harare will close, and its consulate in Bulawayo ..."
        if not candidates and pronoun in ("its", "their") and _PRONOUN_FIRST.match(self.text):
            candidates = self._previous_subject(avoid)  # "Germany went further. Its ambassador ..."
        if (
            not candidates
            and pronoun in ("its", "their")
            and (_PRONOUN_FIRST.match(self.text) or not self.fallback(avoid))
        ):
            # "Its embassies in Maputo and Harare are to be closed, Portugal said": the speaker's own
            candidates = [
                p
                for s in self.sources
                if s.governs(pos)
                for p in self.places
                if s.attribution.start <= p.start
                and p.end <= s.attribution.end
                and p.start > pos
                and p.code not in avoid
                and not p.code.startswith("region:")
                and p.kind is not PlaceKind.DEMONYM
            ][:1]
        if len(candidates) > 1 and pronoun in ("its", "their") and _PARTICIPLE_CLAUSE.match(self.text, max(0, pos - 3)):
            # "Israel protested Ireland's decision to recognise Palestine, closing its embassy": the main subject
            candidates = candidates[:1]
        if len(candidates) > 1 and _STATE_ANAPHOR.search(self.text, max(0, pos - 40), pos):
            # "Saudi Arabia's ambassador left Beirut and the kingdom closed its embassy": the country, not the city
            states = [p for p in candidates if p.kind is PlaceKind.COUNTRY]
            candidates = states[-1:] or candidates
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

    def _previous_subject(self, avoid: frozenset[str | None]) -> list[PlaceMention]:
        """The country that opens the sentence before, for a sentence that opens with "Its"."""
        if not self.memory.texts:
            return []
        before = self.memory.texts[-1]
        found = find_places(before)
        first = found[0] if found else None
        if first is None or first.code in avoid or first.code.startswith("region:"):
            return []
        if before[: first.start].strip(" \"'“‘").lower() not in ("", "the"):
            return []
        if first.kind is PlaceKind.DEMONYM and not _GOVERNMENT_NOUN.match(before[first.end : first.end + 40]):
            return []
        return [first]

    def main_subject(self, pos: int, avoid: frozenset[str | None] = frozenset()) -> list[PlaceMention]:
        """The subject of the main clause after a fronted participle clause ending at the comma after `pos`."""
        comma = self.text.find(",", pos)
        if comma < 0 or not _FRONTED_CLAUSE.match(self.text[:comma]):
            return []
        m = _MAIN_SUBJECT.match(self.text, comma + 1)
        if m is None:
            return []
        place = next((p for p in self.places if p.start == m.end()), None)
        if place is None or place.code in avoid or place.code.startswith("region:"):
            return []
        rest = self.text[place.end : place.end + 40]
        if (place.kind is PlaceKind.DEMONYM and not _GOVERNMENT_NOUN.match(rest)) or _SPEECH.match(rest.lstrip()):
            return []
        return [place]


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
