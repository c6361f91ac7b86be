"""Negation and denial of a fact's trigger: a negated statement gives no fact.

"did not close", "has no plans to reopen", "denied supplying", "ruled out sending",
"rumours that the embassy had closed were false", "the deal collapsed", "the embassy remains
open" all say that the event did not (or will not) happen, and the extractor drops them. A
verb group with two negators ("has not ruled out sending", "did not deny shipping") is not
negated. A denial negates only its own clause: "U.S. officials say the North shipped shells;
both deny it" keeps the report. An unverified claim ("could not verify whether",
"would neither confirm nor deny") gives no fact either.

>>> s = "Germany has no plans to close its embassy in Kabul."
>>> is_negated(s, s.index("close"), s.index("close") + 5)
True
>>> s = "Berlin has not ruled out sending Taurus missiles to Ukraine."
>>> is_negated(s, s.index("sending"), s.index("sending") + 7)
False
"""

from __future__ import annotations

import regex

from diplomacy_facts.clauses import FLAGS, lexicon, norm, phrase_pattern
from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.verbgroup import BE, CHAIN, Form, Group, RangeScan, read_group

__all__ = ["is_negated"]

# patterns of the calls below, compiled once (not looked up in regex's cache at each call)
_UNTIL = lazy_compile(r"\b(?:until|till|before)\b", regex.IGNORECASE)
_NOT_BEFORE = lazy_compile(r"\b(?:not|never|n['’]t)\s+(?:\w+\s+)?$")

_NEGATION = phrase_pattern(lexicon("hedges_negation"))
_NOT_ONLY = lazy_compile(r"\bnot\s+(?:only|just|merely|least)\b", FLAGS)
_DENIAL = phrase_pattern(lexicon("hedges_denial"))

_NO_COMMENT = lazy_compile(
    r"\bneither\s+(?:confirm|confirmed|confirms)\s+nor\s+(?:deny|denied|denies)\b|"
    r"\b(?:declined|refused|would\s+not|did\s+not|could\s+not)\s+(?:to\s+)?(?:confirm|comment)\b",
    FLAGS,
)

_OUTCOMES = lexicon("hedges_noun_outcomes")
_NOUN_FAILED = phrase_pattern(e.split(":", 1)[1] for e in _OUTCOMES if e.startswith("fail:"))
_NOUN_HAPPENED = phrase_pattern(e.split(":", 1)[1] for e in _OUTCOMES if e.startswith("happen:"))


def _claims() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    entries = lexicon("hedges_false_claims")
    claims = [e.split(":", 1)[1] for e in entries if e.startswith("claim:")]
    verdicts = [e.split(":", 1)[1] for e in entries if e.startswith("verdict:")]
    return (
        lazy_compile(rf"(?:{phrase_pattern(claims).pattern})\s+(?:that|of|about)\b", FLAGS),
        lazy_compile(
            rf"\b(?:was|were|is|are|have\s+been|has\s+been|proved|proven|turned\s+out\s+to\s+be)\s+"
            rf"(?:\w+\s+){{0,2}}?(?:{phrase_pattern(verdicts).pattern})",
            FLAGS,
        ),
    )


_CLAIM, _VERDICT = _claims()
# every trigger of a sentence searches its clause for these: the sentence is scanned once (verbgroup.RangeScan)
_NO_COMMENT_SCAN = RangeScan(_NO_COMMENT)
_DENIAL_SCAN = RangeScan(_DENIAL)
_CLAIM_SCAN = RangeScan(_CLAIM)

_OPEN_KEPT = lazy_compile(
    r"\b(?:remain|remains|remained|remaining|stay|stays|stayed|staying|keep|keeps|kept|keeping|left|leave|leaves)"
    r"(?:\W+\w+){0,4}\W*$",
    FLAGS,
)


def _negators(text: str) -> int:
    return len(_NEGATION.findall(_NOT_ONLY.sub(" ", text)))


_NO_SUBJECT = lazy_compile(r"\W*(?:no|none|neither|nor|not\s+a\s+single|not\s+one|nobody|nothing)\b", FLAGS)
_COMPLEMENT = lazy_compile(r"\b(?:that|whether|how|when|what|why|which|who|said|says|say|told|asked)\b", FLAGS)


def _undone(sentence: str, group: Group, trigger_end: int) -> bool:
    """A noun trigger whose own verb undoes it: "the deal collapsed", "the sale never went ahead"."""
    tokens = group.tokens
    for k in range(group.after, min(len(tokens), group.after + 16)):
        tok = tokens[k]
        if tok.start >= group.clause[1] or tok.text in ",;:":
            return False
        if _NOUN_FAILED.match(sentence, tok.start):
            return True
        if tok.low in CHAIN and tok.low in BE | {"has", "have", "had", "did", "does", "do", "will", "would", "never"}:
            end = tok.start
            while k < len(tokens) and tokens[k].low in CHAIN and tokens[k].start < group.clause[1]:
                end = tokens[k].end
                k += 1
            verb = tokens[k] if k < len(tokens) else None
            negated = _negators(sentence[tok.start : end]) % 2 == 1
            happened = verb is not None and bool(_NOUN_HAPPENED.match(sentence, verb.start))
            return negated and (happened or tokens[k - 1].low in {"been", "be"})
    return False


def is_negated(sentence: str, trigger_start: int, trigger_end: int) -> bool:
    """True when the sentence denies or negates the fact at the trigger: it gives no fact.

    >>> s = "Germany has no plans to close its embassy in Kabul."
    >>> is_negated(s, s.index("close"), s.index("close") + 5)
    True
    >>> s = "Berlin has not ruled out sending Taurus missiles to Ukraine."
    >>> is_negated(s, s.index("sending"), s.index("sending") + 7)
    False
    """
    group = read_group(sentence, trigger_start, trigger_end)
    if group is None:
        return False
    a, b = group.clause
    chain_start = group.tokens[group.chain].start if group.chain < group.index else trigger_start
    if _NO_COMMENT_SCAN.search(sentence, a, trigger_start):
        return True  # "would neither confirm nor deny that it had shipped": no statement either way
    count = _negators(sentence[chain_start:trigger_start])
    if count % 2 == 1:
        # "will not reopen until security improves" is a conditional plan, not a denial
        return not _UNTIL.search(sentence[trigger_end:b])
    if count:
        return False  # "has not ruled out", "did not deny"
    head = sentence[a:chain_start]
    if group.form is not Form.NOUN and _NO_SUBJECT.match(head) and not _COMPLEMENT.search(head):
        return True  # "No embassy was closed"; not "No reason was given for the closure"
    for m in _DENIAL_SCAN.finditer(sentence, a, chain_start):
        if not _NOT_BEFORE.search(sentence[max(a, m.start() - 20) : m.start()]):
            return True
    claim = _CLAIM_SCAN.search(sentence, a, trigger_start)
    if claim and _VERDICT.search(sentence, trigger_end):
        return True
    if group.form is Form.NOUN and _undone(sentence, group, trigger_end):
        return True
    word = norm(sentence[trigger_start:trigger_end])
    return word in {"open", "opened"} and bool(_OPEN_KEPT.search(sentence, a, trigger_start))
