"""Who says so: the source that governs a fact's trigger ("according to X", "X said").

>>> s = "Chile has closed its embassies in Laos and Mongolia, a senior official said on Tuesday."
>>> find_attribution(s, s.index("closed"), s.index("closed") + 6).text
'a senior official'
>>> s = "Managua plans to shut over a dozen missions, as per Costa Rica's La Nacion newspaper."
>>> find_attribution(s, s.index("shut"), s.index("shut") + 4).text
'La Nacion'

The source is written as in the sentence, with its determiner and titles ("the South
Korean ministry", "Foreign Ministry spokeswoman Ana Ruiz") and without appositions
or relative clauses ("Gen. Maria Costa, head of the army's southern command, told" ->
"Gen. Maria Costa"). A document stands for its author ("the report by the Congressional
Research Service", "the institute's annual arms-trade yearbook"), and a news outlet
is named by its proper name ("the Yonhap news agency" -> "Yonhap"). Pronouns ("he said",
"it said") are left to the extractor: they are skipped unless ``pronouns=True``.

With a trigger, the source returned is the innermost one whose clause contains it: in
"Seoul said Pyongyang had closed the embassy, Yonhap reported" the closure is Seoul's claim.
"""

from __future__ import annotations

from bisect import bisect_left

import attrs
import regex

from diplomacy_facts.clauses import FLAGS, Token, lexicon, phrase_pattern, positions, tokenize
from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.memo import remembered

__all__ = ["Attribution", "Source", "find_attribution", "find_sources"]


@attrs.frozen
class Attribution:
    """A source as written in the sentence, with its [start, end) offsets there."""

    text: str
    start: int
    end: int


@attrs.frozen
class Source:
    """A source with the spans of the sentence it governs and where its verb ends."""

    attribution: Attribution
    verb_end: int  # where a complement clause would start ("said [that ...]")
    scopes: tuple[tuple[int, int], ...]
    pronoun: bool

    def governs(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.scopes)


_VERBS = frozenset(lexicon("attribution_verbs"))
_PHRASES = phrase_pattern(lexicon("attribution_phrases"))
_PRONOUNS = frozenset(lexicon("attribution_pronouns"))
_STOPS = frozenset(lexicon("attribution_stops"))
_LEADING = frozenset(lexicon("attribution_leading"))
_ADVERBIALS = frozenset(lexicon("attribution_adverbials"))
_NOUN_MARKERS = frozenset(lexicon("attribution_noun_markers"))
_PLURAL_NOUNS = frozenset(lexicon("attribution_plural_nouns"))
_WEAK_VERBS = frozenset(lexicon("attribution_weak_verbs"))
_PARTICIPLES = frozenset(lexicon("attribution_participles"))
_VERBS_OR_PARTICIPLES = _VERBS | _PARTICIPLES
# after "said to", "confirmed to": words that open the listener, not a verb ("told to reporters")
_TO_LISTENERS = frozenset("the a an his her their its our reporters journalists lawmakers parliament".split())
_SOURCE_NOUNS = phrase_pattern(lexicon("attribution_source_nouns"))
_NOT_VERBS = phrase_pattern(lexicon("attribution_not_verbs"))
_RESEARCH = phrase_pattern(lexicon("attribution_research_bodies"))
_ORDER = lazy_compile(r"\s+(?:(?!that\b)[\w'’.-]+\s+){1,4}?to\s+\w")
_PAST = frozenset(lexicon("hedges_irregular_past"))
_LEFTOVERS = frozenset({"public", "available", "known", "clear", "up", "out"})
_OBJECT_STARTS = frozenset({"the", "a", "an", "its", "his", "her", "their", "public", "this", "these", "up", "out"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "these", "those"})
_MEDIA = phrase_pattern(lexicon("attribution_media"))
_DOCUMENTS = phrase_pattern(lexicon("attribution_documents"))
_DOCS = _DOCUMENTS.pattern
_COUNTS = phrase_pattern(lexicon("attribution_count_nouns")).pattern
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s"})
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_QUOTES = frozenset("\"“”'’")
_MAX_NP = 14

_BY_COUNT = lazy_compile(
    rf"\bby\s+(?P<x>(?!(?:one|some|many|most|other|several|all|its|their|his|her|our|my)\b)[^,;:]{{1,60}}?)"
    rf"['’]s?\s+(?:own\s+|latest\s+|official\s+|conservative\s+|\w+\s+)?(?:{_COUNTS})",
    FLAGS,
)
_TIME = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|\d|"
    r"week|month|year|night|morning|evening|afternoon|weekend|today|tonight|yesterday)"
)
_TIME_AHEAD = lazy_compile(
    rf"(?:on|in|at|last|this|earlier|late|early|during|over)\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:{_TIME}\b|"
    r"(?:joint\s+)?(?:statement|interview|report|briefing|news conference|press conference|speech|post|televised))",
    FLAGS,
)
_TIME_TAIL = lazy_compile(rf"(?<!ed)\s+(?:on|last|this|earlier|in)\s+(?:\w+\s+)?{_TIME}\w*\.?$", FLAGS)
_TIME_HEAD = lazy_compile(
    rf"^(?:(?:earlier|later)\s+)?(?:on|last|this|earlier|late|early|in)\s+(?:\w+\s+)?{_TIME}\w*,?\s+", FLAGS
)
_DOC_BY = lazy_compile(
    rf"^(?:(?:the|a|an|its)\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{_DOCS})\s+"
    r"(?:(?:posted|published|issued|released|compiled|prepared|produced|carried|submitted|written|commissioned)\s+)?"
    r"(?:by|from|of|on)\s+(?P<x>.+)$",
    FLAGS,
)
_DOC_OF = lazy_compile(rf"^(?P<x>.+?)['’]s\s+(?:[\w-]+\s+){{0,4}}?(?:{_DOCS})$", FLAGS)
_TIME_START = lazy_compile(rf"^(?:last\s+|this\s+|next\s+)?{_TIME}", FLAGS)
_DEMONYM_LIKE = lazy_compile(r"^\p{Lu}\p{Ll}+(?:an|ean|ian|ese|ish|ic|i)$")


def _word(tok: Token) -> bool:
    return tok.is_word


def _lower(tok: Token) -> bool:
    return tok.text[:1].islower()


def _proper_run(tokens: list[Token], k: int, step: int, limit: int) -> list[int]:
    """Indices of the capitalised words from k in direction `step` (a news outlet's name)."""
    run: list[int] = []
    while 0 <= k < len(tokens) and len(run) < limit:
        tok = tokens[k]
        if not tok.text[:1].isupper() or regex.search(r"-\p{Ll}", tok.text):
            break
        run.append(k)
        k += step
    return sorted(run)


def _reduce(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Narrow a source phrase to the source: documents to their authors, outlets to their names."""
    text = sentence[start:end]
    m = _DOC_BY.match(text)
    if m and not _TIME_START.match(m.group("x")):
        start += m.start("x")
        text = sentence[start:end]
    else:
        m = _DOC_OF.match(text)
        if m:
            end = start + m.end("x")
            text = sentence[start:end]
    tail = _TIME_TAIL.search(text)
    if tail and tail.start() > 0:
        end = start + tail.start()
        text = sentence[start:end]
    head = _TIME_HEAD.match(text)
    if head and head.end() < len(text):
        start += head.end()
        text = sentence[start:end]
    media = [m for m in _MEDIA.finditer(text) if m.group()[:1].islower()]
    if media:
        toks = tokenize(text)
        m = media[-1]
        first = next(i for i, t in enumerate(toks) if t.start >= m.start())
        last = max(i for i, t in enumerate(toks) if t.end <= m.end())
        run = _proper_run(toks, last + 1, 1, 4)
        if not run:
            run = _proper_run(toks, first - 1, -1, 4)
            before = toks[run[0] - 1].low if run and run[0] > 0 else ""
            if len(run) == 1 and before in {"the", "a", "an"} and _DEMONYM_LIKE.match(toks[run[0]].text):
                run = []
        if run:
            return start + toks[run[0]].start, start + toks[run[-1]].end
    toks = tokenize(text)
    while len(toks) > 1 and toks[0].low in _LEADING:
        toks = toks[1:]
    if len(toks) > 2 and toks[0].low in _LEFTOVERS and toks[1].low in {"the", "a", "an"}:
        toks = toks[1:]  # "[made] public a customs audit" -> "a customs audit"
    while toks and toks[-1].text in ".,;:":
        toks = toks[:-1]
    if not toks:
        return start, start
    return start + toks[0].start, start + toks[-1].end


def _forward(sentence: str, tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The noun phrase starting at token k: "three EU diplomats [who were briefed]"."""
    first = k
    while k < len(tokens) and k - first < _MAX_NP:
        tok = tokens[k]
        if tok.text == "(":
            close = next((i for i in range(k + 1, min(k + 7, len(tokens))) if tokens[i].text == ")"), None)
            if close is None or not tokens[k + 1].text[:1].isupper():
                break
            k = close + 1
            continue
        if tok.text == "." and k + 1 < len(tokens) and tokens[k + 1].text not in _QUOTES:
            k += 1  # "U.S.", "Adm."
            continue
        if not _word(tok) and tok.text not in {"-", "&"}:
            break
        low = tok.low
        if k > first and _lower(tok) and (low in _STOPS or _is_verb(tokens, k)):
            break
        if k > first and _TIME_AHEAD.match(sentence, tok.start):
            break
        k += 1
    if k == first:
        return None
    return tokens[first].start, tokens[k - 1].end


def _nominal(tokens: list[Token], lo: int, hi: int) -> bool:
    """tokens[lo:hi] could be the first half of "French and German officials"."""
    words = [t for t in tokens[lo:hi] if t.text != "."]
    if not 1 <= len(words) <= 4:
        return False
    for tok in words:
        low = tok.low
        if _lower(tok) and (low.endswith("ed") or low in _STOPS or low in _VERBS):
            return False
    return lo == 0 or not _word(tokens[lo - 1]) or tokens[lo - 1].low in _STOPS | {"to", "per"}


def _backward(tokens: list[Token], v: int) -> tuple[int, int] | None:
    """The subject noun phrase ending before the verb at token v, appositions skipped."""
    j = v - 1
    while j >= 0 and tokens[j].low in _ADVERBIALS and (_lower(tokens[j]) or tokens[j].low in _WEEKDAYS):
        j -= 1
    if j < v - 1 and j >= 0 and _lower(tokens[j]) and tokens[j].low.endswith("ed"):
        j = v - 1  # "Reports published on Friday indicate": the time belongs to the subject
    if j >= 0 and tokens[j].text == ",":  # "X, head of Y, told": skip the apposition
        p = j - 1
        while p >= 0 and j - p < 25 and tokens[p].text not in {",", ";"} and tokens[p].low not in _VERBS:
            p -= 1
        if p < 0 or tokens[p].text != ",":
            return None
        j = p - 1
    k = j
    while k >= 0 and j - k < _MAX_NP:
        tok = tokens[k]
        low = tok.low
        if tok.text == ")":
            open_ = next((i for i in range(k - 1, max(k - 7, -1), -1) if tokens[i].text == "("), None)
            if open_ is None:
                break
            k = open_ - 1
            continue
        if tok.text in {".", "-", "&"}:
            k -= 1
            continue
        if not _word(tok):
            break
        if _lower(tok) and (low in _STOPS or (k != j and _is_verb(tokens, k)) or low in {"to", "per"}):
            break
        if _lower(tok) and (low.endswith("ed") or low in _PAST) and k < j and tokens[k + 1].low in _OBJECT_STARTS:
            break  # "a lawmaker made public a report": a verb; "officials briefed on the talks": a modifier
        if low in {"and", "or"}:
            lo = k - 1
            while lo >= 0 and (_word(tokens[lo]) or tokens[lo].text == ".") and k - lo <= 6:
                if tokens[lo].low in _STOPS | {"to", "per"}:
                    break
                lo -= 1
            if not _nominal(tokens, lo + 1, k):
                break
        k -= 1
    if k == j:
        return None
    return tokens[k + 1].start, tokens[j].end


def _is_verb(tokens: list[Token], v: int) -> bool:
    tok = tokens[v]
    if not _lower(tok) or tok.low not in _VERBS:
        return False
    prev = tokens[v - 1].low if v > 0 else ""
    prev2 = tokens[v - 2].low if v > 1 else ""
    nxt = tokens[v + 1].low if v + 1 < len(tokens) else ""
    if prev in _BE or (prev2 in _BE and prev in {"widely", "also", "often", "previously", "reportedly"}):
        return False  # passive: "is said to", "was told", "has been reported"
    if prev == "to" or prev in _DETERMINERS:
        return False  # "declined to say", "the estimate"
    if nxt == "to" and v + 2 < len(tokens) and _lower(tokens[v + 2]) and tokens[v + 2].low not in _TO_LISTENERS:
        return False  # "expects to receive", "hopes to buy": a plan, not a report ("said to reporters" is)
    if _NOT_VERBS.match(" ".join(t.text for t in tokens[v : v + 2])):
        return False  # "the Sydney think tank"
    # "media reports say", "official reports indicate", "the claims" are nouns
    return not (tok.low in _PLURAL_NOUNS and (prev in _NOUN_MARKERS or prev == "'s" or nxt in _VERBS))


def _lead_end(sentence: str, start: int) -> int:
    """Where the text before `start` ends, spaces and quotes skipped."""
    k = start
    while k > 0 and (sentence[k - 1].isspace() or sentence[k - 1] in _QUOTES):
        k -= 1
    return k


def _scopes(
    sentence: str, semis: list[int], np_start: int, verb_end: int, parenthetical: bool
) -> tuple[tuple[int, int], ...]:
    """The spans a source governs: after its verb up to ";", and before it if parenthetical."""
    i = bisect_left(semis, np_start)
    before = semis[i - 1] + 1 if i > 0 else 0
    j = bisect_left(semis, verb_end)
    post = (verb_end, semis[j] if j < len(semis) else len(sentence))
    if not parenthetical:
        return (post,)
    lead = _lead_end(sentence, np_start)
    lead -= 1 if lead > 0 and sentence[lead - 1] == "," else 0
    return ((before, max(before, lead)), post)


def _make(sentence: str, semis: list[int], span: tuple[int, int], verb_end: int, parenthetical: bool) -> Source | None:
    start, end = _reduce(sentence, *span)
    if end <= start:
        return None
    text = sentence[start:end]
    attribution = Attribution(text, start, end)
    pronoun = text.lower().replace("’", "'") in _PRONOUNS
    return Source(attribution, verb_end, _scopes(sentence, semis, span[0], verb_end, parenthetical), pronoun)


def _parenthetical(sentence: str, start: int) -> bool:
    lead = _lead_end(sentence, start)
    return lead > 0 and sentence[lead - 1] in ",—–"


def _evidence(sentence: str, span: tuple[int, int]) -> bool:
    return bool(_DOCUMENTS.search(sentence, *span) or _RESEARCH.search(sentence, *span))


def find_sources(sentence: str) -> list[Source]:
    """Every source in the sentence, in text order, pronouns included (flagged)."""
    # every trigger of a sentence asks again: the last few sentences' answers are remembered
    # (a pure function of the text), so a sentence dense with triggers costs linear time
    return _sources(sentence)


@remembered
def _sources(sentence: str) -> tuple[Source, ...]:
    tokens = tokenize(sentence)
    out: list[Source] = []
    starts = [t.start for t in tokens]
    semis = positions(sentence, ";")
    taken = [False] * len(tokens)  # tokens inside an "according to X" phrase already read

    def take(a: int, b: int) -> None:
        for i in range(bisect_left(starts, a), bisect_left(starts, b)):
            taken[i] = True

    for m in _PHRASES.finditer(sentence):
        k = bisect_left(starts, m.end())
        span = _forward(sentence, tokens, k)
        if span is None:
            continue
        if m.group().lower() in {"citing", "quoting"} and not _SOURCE_NOUNS.search(sentence, *span):
            continue  # "citing Moscow's interference" gives a reason, not a source
        source = _make(sentence, semis, span, span[1], _parenthetical(sentence, m.start()) or m.start() > 0)
        if source is not None:
            out.append(source)
            take(m.start(), span[1])
    for m in _BY_COUNT.finditer(sentence):
        span = (m.start("x"), m.end("x"))
        source = _make(sentence, semis, span, m.end(), _parenthetical(sentence, m.start()) or m.start() > 0)
        if source is not None:
            out.append(source)
            take(m.start(), m.end())
    for v, tok in enumerate(tokens):
        if tok.low not in _VERBS_OR_PARTICIPLES or taken[v]:
            continue  # most words: no need to look further
        if tok.low in _PARTICIPLES:  # "a customs audit estimating that ..."
            span = _backward(tokens, v)
            if span is not None and _DOCUMENTS.search(sentence, *span):
                source = _make(sentence, semis, span, tok.end, False)
                out.extend([source] if source is not None else [])
            continue
        if not _is_verb(tokens, v):
            continue
        span = _backward(tokens, v)
        if span is not None and tok.low in _WEAK_VERBS and not _evidence(sentence, span):
            continue  # "the cuts showed how tight budgets were": not a source
        if tok.low in {"told", "tells", "tell"} and _ORDER.match(sentence, tok.end):
            continue  # "Rabat told Algiers to vacate its consulate": an order, not a report
        if span is not None:
            source = _make(sentence, semis, span, tok.end, _parenthetical(sentence, span[0]))
        elif v > 0 and (tokens[v - 1].text == "," or tokens[v - 1].text in _QUOTES) and v + 1 < len(tokens):
            inverted = _forward(sentence, tokens, v + 1)  # '"...," said the minister'
            first = tokens[v + 1]
            if inverted is None or not (first.text[:1].isupper() or first.low in {"the", "a", "an"}):
                continue
            source = _make(sentence, semis, inverted, inverted[1], True)
        else:
            continue
        if source is not None:
            out.append(source)
    return tuple(sorted(out, key=lambda s: s.attribution.start))



def find_attribution(
    sentence: str,
    trigger_start: int | None = None,
    trigger_end: int | None = None,
    *,
    pronouns: bool = False,
) -> Attribution | None:
    """The source of the claim at the trigger (or, without one, the sentence's first source).

    >>> s = "French and German officials say Belarus has shipped millions of rounds to Russia."
    >>> find_attribution(s, s.index("shipped"), s.index("shipped") + 7).text
    'French and German officials'
    >>> find_attribution("By Seoul's count, Pyongyang now runs 46 missions abroad.").text
    'Seoul'
    >>> find_attribution("He said the embassy would close.") is None
    True
    """
    sources = [s for s in find_sources(sentence) if pronouns or not s.pronoun]
    if trigger_start is None:
        return sources[0].attribution if sources else None
    end = trigger_start if trigger_end is None else trigger_end
    inside = [
        s
        for s in sources
        if s.governs(trigger_start) and not (s.attribution.start <= trigger_start < s.attribution.end)
    ]
    inside = [s for s in inside if not (s.attribution.start < end <= s.attribution.end)]
    if not inside:
        return None

    def innermost(s: Source) -> tuple[int, int]:
        a, b = next(sc for sc in s.scopes if sc[0] <= trigger_start < sc[1])
        return a, -b

    return max(inside, key=innermost).attribution
