"""Modality, negation and clauses around a fact's trigger word.

The extractors find a trigger ("closed", "is shutting down", "the closure of", "shipped",
"a deal") in a sentence and ask this module how firmly the sentence states it:

>>> s = "Peru is planning to shut down its consulate in Valencia."
>>> i = s.index("shut")
>>> str(closure_status(s, i, i + len("shut down")))
'intended'
>>> s = "Iran may have shipped hundreds of drones to Russia, U.S. officials said."
>>> i = s.index("shipped")
>>> str(transfer_status(s, i, i + 7))
'possible'
>>> s = "Pyongyang has denied supplying artillery shells to Moscow."
>>> i = s.index("supplying")
>>> is_negated(s, i, i + 9)
True

How it reads a trigger: it walks back from the trigger over the words of its verb group
(auxiliaries, modals, adverbs, "plans to", "in the process of"; for a noun trigger also its
determiners and the one verb that governs it) and matches the phrase lexicons
``data/lexicons/hedges_*.txt`` in that span. A cue of possibility anywhere in the group wins
("may have closed"); otherwise the cue nearest the trigger decides ("had decided to pull
out" is intended, "announced it had closed" completed), and with no cue the trigger's own
form does (-ed completed, "is -ing" ongoing, a bare present in a headline completed).

Negation is a separate question (:mod:`diplomacy_facts.negation`, re-exported here): a
negated or denied statement ("did not close", "has no plans to reopen", "denied supplying",
"rumours that the embassy had closed were false") gives **no fact** and the extractor drops
it; it is not a status. A denial negates only its own clause: in "U.S. officials say the
North shipped shells; both deny it" the report stands.

Sources ("according to X", "X said") are read by :mod:`diplomacy_facts.attribution`, and
clauses by :func:`diplomacy_facts.clauses.clause_bounds`; both are re-exported here.

This module is the readers' front door: the extractors import everything from it.
"""

from __future__ import annotations

from collections.abc import Mapping

import regex

from diplomacy_facts.attribution import Attribution, find_attribution, find_sources
from diplomacy_facts.clauses import FLAGS, SUBORDINATE_START, clause_bounds, lexicon, phrase_pattern
from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.model import Status, TransferStatus
from diplomacy_facts.negation import is_negated
from diplomacy_facts.verbgroup import (
    BE,
    Cue,
    Form,
    Group,
    RangeScan,
    context_cue,
    decide_tense,
    modal_after_noun,
    read_cues,
    read_group,
)

__all__ = [
    "Attribution",
    "clause_bounds",
    "closure_status",
    "find_attribution",
    "is_negated",
    "opening_status",
    "transfer_status",
]

# patterns of the calls below, compiled once (not looked up in regex's cache at each call)
_THAT_AFTER = lazy_compile(r"\s+that\b")
_TO_AFTER = lazy_compile(r"\s+to\b")
_IF_FIRST = lazy_compile(r"\W*(?:if|once|unless|even if)\b", regex.IGNORECASE)

_AGREED_WORDS = frozenset(lexicon("hedges_agreed"))
_PROGRESSIVE_AGREED = frozenset(lexicon("hedges_transfer_progressive"))
_INCLUDE = phrase_pattern(lexicon("hedges_include_verbs"))
_PACKAGE = phrase_pattern(lexicon("hedges_package_nouns"))
_REPORTED = phrase_pattern(lexicon("hedges_reported"))
_CONDITIONAL = phrase_pattern(lexicon("hedges_conditional"))
_FUTURE_TIME = phrase_pattern(lexicon("hedges_future_time"))
_SPECULATORS = phrase_pattern(lexicon("hedges_speculators"))
_SPECULATIVE = phrase_pattern(lexicon("hedges_speculative_verbs"))
_CAUSATIVE = lazy_compile(
    r"\b(?P<verb>forc(?:ed|es|ing|e)|compell(?:ed|ing)|compels?|obliged|obliging|prompt(?:ed|ing|s)?|led|leading)"
    r"\s+(?:[\w'’.-]+\s+){1,5}?to\s+$",
    FLAGS,
)
_MANDATE = lazy_compile(
    r"\b(?:demand|insist|order|require|decree|stipulate)\w*\s+(?:that\s+)?(?:[\w'’.-]+\s+){1,5}$", FLAGS
)
_REQUEST = lazy_compile(
    r"\b(?:urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|call(?:s|ed|ing)?\s+(?:on|upon)|press(?:es|ed|ing)?|"
    r"pressur(?:e|es|ed|ing)|lobb(?:y|ies|ied|ying)|push(?:es|ed|ing)?|appeal(?:s|ed|ing)?\s+to|invit(?:e|es|ed|ing))"
    r"\s+(?:[\w'’.-]+\s+){1,5}?to\s+$",
    FLAGS,
)
_SPECULATION_BY = lazy_compile(
    rf"\b(?:expected|predicted|tipped|seen|forecast)\s+by\s+(?:\w+\s+){{0,2}}?(?:{_SPECULATORS.pattern})", FLAGS
)
# "..., experts expect." governs the sentence; "..., and more closures are expected" is a clause of
# its own, about something else
_SPECULATION_AFTER = lazy_compile(
    rf"^[^;]*?,(?!\s*(?:and|but|while|whereas|yet)\b)\s*(?:[^,;]{{1,60}}?)\s+(?:{_SPECULATIVE.pattern})\s*(?:[.,;:!?]|$)",
    FLAGS,
)
# every trigger of a sentence searches its clause for these: the sentence is scanned once (verbgroup.RangeScan)
_SPECULATION_BY_SCAN = RangeScan(_SPECULATION_BY)
_SPECULATIVE_SCAN = RangeScan(_SPECULATIVE)
_CONDITIONAL_SCAN = RangeScan(_CONDITIONAL)
_FUTURE_TIME_SCAN = RangeScan(_FUTURE_TIME)
_REPORTED_SCAN = RangeScan(_REPORTED)
# ---------------------------------------------------------------------------------------
# the verb group of a trigger


def _speculation(sentence: str, group: Group, trigger_start: int, trigger_end: int) -> bool:
    """A belief or forecast governing the trigger's clause: "analysts believe", ", experts expect."."""
    a, _ = group.clause
    if _SPECULATION_BY_SCAN.search(sentence, a, trigger_start):
        return True
    for m in _SPECULATIVE_SCAN.finditer(sentence, a, trigger_start):
        before = sentence[max(a, m.start() - 12) : m.start()].lower().split()
        that = _THAT_AFTER.match(sentence[m.end() : m.end() + 6])
        if before and before[-1] in BE | {"widely", "being", "the", "a", "an", "its"} and not that:
            continue  # passive "is believed to", or a noun "the expected closure"; not "it is feared that"
        if _TO_AFTER.match(sentence[m.end() : m.end() + 4]):
            continue  # "expects to close": a plan of the subject's own
        return True
    if sentence.find(",", trigger_end) == -1:
        return False  # what _SPECULATION_AFTER needs first: a comma after the trigger
    return bool(_SPECULATION_AFTER.match(sentence[trigger_end:]))


_UNTIL_NOTICE = lazy_compile(r"until\W+further\s+notice", regex.IGNORECASE)


def _conditional(sentence: str, group: Group, trigger_end: int) -> bool:
    comma = sentence.find(",", trigger_end, group.clause[1])
    cond = _CONDITIONAL_SCAN.search(sentence, trigger_end, group.clause[1] if comma == -1 else comma)
    if cond and not _UNTIL_NOTICE.match(sentence, cond.start()):  # "until further notice": no condition
        return True
    first = SUBORDINATE_START.match(sentence)
    return bool(
        first
        and first.end() <= group.tokens[group.index].start
        and _IF_FIRST.match(sentence)
    )


_MISSION_STATUS: Mapping[Cue, Status] = {
    Cue.COMPLETED: Status.COMPLETED,
    Cue.ONGOING: Status.ONGOING,
    Cue.INTENDED: Status.INTENDED,
    Cue.AGREED: Status.INTENDED,
}


def _requested(sentence: str, group: Group, start: int) -> bool:
    """ "urged Britain to close", "called on Seoul to reopen": someone else's wish, not a plan."""
    return bool(_REQUEST.search(sentence, max(group.clause[0], start - 80), start))


def _causative(sentence: str, group: Group, start: int) -> tuple[int, int] | None:
    """ "forcing Taipei to shut", "could force Minsk to close": the causing verb's span."""
    m = _CAUSATIVE.search(sentence, max(group.clause[0], start - 80), start)
    return (m.start("verb"), m.end("verb")) if m else None


def _mandate(sentence: str, group: Group, start: int) -> Cue | None:
    """ "demanded that France close its consulate": an order for the future."""
    lo = max(group.clause[0], start - 80)
    return Cue.INTENDED if _MANDATE.search(sentence, lo, group.tokens[group.chain].start) else None


def _mission_status(sentence: str, start: int, end: int) -> Status:
    group = read_group(sentence, start, end)
    if group is None:
        return Status.COMPLETED
    cause = _causative(sentence, group, start)
    if cause is not None:
        return _mission_status(sentence, *cause)
    if _requested(sentence, group, start):
        return Status.POSSIBLE
    cues = read_cues(sentence, group, end)
    if any(c in (Cue.POSSIBLE, Cue.BELIEF) for _, c, _ in cues) or _speculation(sentence, group, start, end):
        return Status.POSSIBLE
    tense = decide_tense(cues, _MISSION_STATUS)
    if Cue.ONGOING in tense[-1:] and Cue.INTENDED in tense and group.form is Form.ING:
        tense.append(Cue.INTENDED)  # "will be closing": the future wins over the progressive
    cue: Cue | None = tense[-1] if tense else None
    if cue is None and group.form is Form.NOUN:
        cue = modal_after_noun(sentence, group)
        if cue is Cue.POSSIBLE:
            return Status.POSSIBLE
    if cue is None and group.form is Form.ING:
        cue = context_cue(group)
        if cue is Cue.POSSIBLE:  # "could see the North, opening new embassies": no KeyError below
            return Status.POSSIBLE
    if cue is None and group.form is Form.BASE:
        cue = _mandate(sentence, group, start)
    status = _MISSION_STATUS[cue] if cue is not None else Status.COMPLETED
    future = _FUTURE_TIME_SCAN.search(sentence, end, group.clause[1])
    if future and group.form is not Form.PAST and status in (Status.COMPLETED, Status.ONGOING):
        status = Status.INTENDED
    if status is Status.INTENDED and _conditional(sentence, group, end):
        return Status.POSSIBLE
    return status


def closure_status(sentence: str, trigger_start: int, trigger_end: int) -> Status:
    """How firmly the sentence states the closure whose trigger is at [start, end).

    >>> s = "Norway will close its embassies in Laos and Niger."
    >>> str(closure_status(s, s.index("close"), s.index("close") + 5))
    'intended'
    >>> s = "Analysts say Caracas may close as many as 8 missions."
    >>> str(closure_status(s, s.index("close"), s.index("close") + 5))
    'possible'
    """
    return _mission_status(sentence, trigger_start, trigger_end)


def opening_status(sentence: str, trigger_start: int, trigger_end: int) -> Status:
    """How firmly the sentence states the opening whose trigger is at [start, end).

    >>> s = "Estonia would restore the consulate's full functions once the two sides agree."
    >>> str(opening_status(s, s.index("restore"), s.index("restore") + 7))
    'possible'
    """
    return _mission_status(sentence, trigger_start, trigger_end)


# ---------------------------------------------------------------------------------------
# transfers


_PRONOUN_SUBJECT = lazy_compile(r"\W*(?:it|this|they|these)\s*", FLAGS)
_OWN_SUBJECT = lazy_compile(r"\s*(?:(?:on|last|this)\s+)?(?:\w+day\s+|week\s+)?(?:that\s+)?(?:it|we)\b", FLAGS)


def _third_party(sentence: str, group: Group, attributed_to: str | None, party: bool) -> bool:
    """A source other than the supplier or recipient asserts the transfer."""
    if party:
        return False
    if attributed_to:
        return True
    start = group.tokens[group.index].start
    governing = [s for s in find_sources(sentence) if not s.pronoun and s.governs(start)]
    if not governing:
        return False
    source = max(governing, key=lambda s: s.verb_end if s.verb_end <= start else -1)
    # "Germany said it had delivered ...": the speaker is the subject of the trigger's own verb group
    chain_start = group.tokens[group.chain].start
    own = _OWN_SUBJECT.match(sentence, source.verb_end, start)
    return not (group.form is not Form.NOUN and own and own.end() > chain_start)


def transfer_status(
    sentence: str,
    trigger_start: int,
    trigger_end: int,
    *,
    attributed_to: str | None = None,
    source_is_party: bool = False,
) -> TransferStatus:
    """How firmly the sentence states the arms transfer whose trigger is at [start, end).

    `attributed_to` is a source the extractor found outside the sentence (a resolved "he
    said"); sources inside the sentence are found here. A plain statement is `delivered`
    unless a third party asserts it (`reported`); pass ``source_is_party=True`` when the
    source is the supplier's or the recipient's own government or official.

    >>> s = "South Korea signed a deal to supply 180 K2 tanks to Poland."
    >>> str(transfer_status(s, s.index("deal"), s.index("deal") + 4))
    'agreed'
    >>> s = "Iran has reportedly shipped hundreds of drones to Russia."
    >>> str(transfer_status(s, s.index("shipped"), s.index("shipped") + 7))
    'reported'
    """
    group = read_group(sentence, trigger_start, trigger_end)
    if group is None:
        return TransferStatus.DELIVERED
    cues = read_cues(sentence, group, trigger_end)
    kinds = {c for _, c, _ in cues}
    if Cue.POSSIBLE in kinds or _speculation(sentence, group, trigger_start, trigger_end):
        return TransferStatus.POSSIBLE
    trigger = group.tokens[group.index]
    tense = decide_tense(cues, (Cue.COMPLETED, Cue.ONGOING, Cue.INTENDED, Cue.AGREED))
    agreed = trigger.low in _AGREED_WORDS or (tense and tense[-1] in (Cue.INTENDED, Cue.AGREED))
    if group.form is Form.ING and trigger.low in _PROGRESSIVE_AGREED and kinds & {Cue.ONGOING}:
        agreed = True  # "Sweden is sending 50 CV90s", "Germany is donating"
    if _INCLUDE.match(sentence, trigger_start) and (
        _PACKAGE.search(sentence, group.clause[0], trigger_start)
        or (group.form is Form.PRESENT and _PRONOUN_SUBJECT.fullmatch(sentence, group.clause[0], trigger_start))
    ):
        agreed = True  # "the package includes ...", "It includes Stinger missiles"
    if not tense and group.form is Form.NOUN and modal_after_noun(sentence, group) is Cue.INTENDED:
        agreed = True  # "deliveries are expected to begin in March"
    if group.form is Form.NOUN and modal_after_noun(sentence, group) is Cue.POSSIBLE:
        return TransferStatus.POSSIBLE
    if group.form is not Form.PAST and _FUTURE_TIME_SCAN.search(sentence, trigger_end, group.clause[1]):
        agreed = True
    if agreed:
        return TransferStatus.AGREED
    if kinds & {Cue.REPORTED, Cue.BELIEF} or _REPORTED_SCAN.search(sentence, group.clause[0], trigger_start):
        return TransferStatus.REPORTED
    if _third_party(sentence, group, attributed_to, source_is_party):
        return TransferStatus.REPORTED
    return TransferStatus.DELIVERED
