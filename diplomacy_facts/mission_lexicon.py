"""The word lists of mission facts (data/lexicons/missions_*.txt), loaded once, and the trigger
words found with them.

>>> [(t.text, t.change, t.role) for t in find_triggers("Pyongyang shut down its embassy; the reopening came later.")]
[('shut down', 'close', 'verb'), ('reopening', 'open', 'noun')]
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from importlib import resources

import attrs
import regex

from diplomacy_facts.fold import fold
from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.model import MissionKind
from diplomacy_facts.trie import literal_atoms, trie_alternation, word_start

__all__ = [
    "ABROAD",
    "AMBIGUOUS",
    "ANAPHORS",
    "BLOCKERS",
    "CITY_OF",
    "COMPOUNDS",
    "DEMAND",
    "EMERGENCY",
    "FLAGS",
    "FORCED",
    "HOLIDAY",
    "KINDS",
    "KIND_PHRASES",
    "OPERATIONS",
    "OPERATION_VERBS",
    "ORGS",
    "ORG_PATTERN",
    "OWNERS",
    "PLACE_ADJECTIVES",
    "PLAN_NOUN",
    "PREMODIFIERS",
    "PREPOSITIONS",
    "QUANTIFIERS",
    "STAFF",
    "SUBJECT_GAP",
    "UPGRADE_VERB",
    "Hit",
    "Phrases",
    "Trigger",
    "find_triggers",
    "pattern",
    "sections",
    "words",
]

FLAGS = regex.IGNORECASE
#: "forced Taipei to shut its embassy": the closure happened
FORCED = lazy_compile(r"\bforc(?:ed|ing|es)\b(?:\W+\w+){0,4}\W+to\W*$", FLAGS)


def sections(name: str) -> dict[str, tuple[str, ...]]:
    """Entries of ``data/lexicons/<name>.txt`` by ``[section]`` (entries before any: key "")."""
    text = resources.files("diplomacy_facts").joinpath(f"data/lexicons/{name}.txt").read_text("utf-8")
    out: dict[str, list[str]] = {"": []}
    current = ""
    for raw in text.splitlines():
        line = " ".join(raw.strip().replace("’", "'").split())
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            out.setdefault(current, [])
            continue
        out[current].append(line)
    return {k: tuple(v) for k, v in out.items()}


def words(entries: Iterable[str]) -> frozenset[str]:
    """Lower-case entries, for membership tests of single tokens or short phrases."""
    return frozenset(e.lower() for e in entries)


def pattern(entries: Iterable[str]) -> regex.Pattern[str]:
    """One case-insensitive regex for the phrases, longest first, with word boundaries."""
    ordered = {e.lower() for e in entries}
    if not ordered:
        return lazy_compile(r"(?!)", FLAGS)

    def build() -> str:  # a trie (diplomacy_facts.trie): the same matches, faster; built on first use
        return word_start(ordered) + r"(?<![\w'’-])(?:" + trie_alternation(map(_atoms, ordered)) + r")(?![\w-])"

    return lazy_compile(build, FLAGS)


def _atoms(entry: str) -> list[str]:
    """An entry as trie atoms: a character each, "'" as any apostrophe, any spaces between words."""
    return literal_atoms(entry, separator=r"\s+", apostrophe=r"['’]")


_WORD = lazy_compile(r"\w+(?:-\w+)*(?:['’](?![sS]\b)\w+)*")


@attrs.frozen
class Hit:
    """A phrase found in a text."""

    start: int
    end: int
    text: str

    @property
    def low(self) -> str:
        return " ".join(self.text.lower().replace("’", "'").split())


#: hits of a text whose words Phrases.find reads from the hit on; after them it reads the text's words once
_HITS_SCANNED = 2


class Phrases:
    """Fixed phrases found by walking a text's words once (much faster than one big alternation):
    case-insensitive, whole words, the longest phrase at each word, no overlaps."""

    def __init__(self, entries: Iterable[str]) -> None:
        first: dict[str, list[tuple[str, ...]]] = {}
        for entry in {" ".join(e.lower().replace("’", "'").split()) for e in entries}:
            seq = tuple(m.group() for m in _WORD.finditer(entry))
            if seq:
                first.setdefault(seq[0], []).append(seq)
        self._first = {k: sorted(v, key=len, reverse=True) for k, v in first.items()}
        firsts = list(self._first)

        def build() -> str:  # a trie (diplomacy_facts.trie), built on first use
            alts = trie_alternation(map(_atoms, firsts)) if firsts else "(?!)"
            return rf"{word_start(firsts)}(?<![\w'’-])(?:{alts})(?![\w-])"

        self._starts = lazy_compile(build, regex.IGNORECASE)

    def find(self, text: str) -> list[Hit]:
        out: list[Hit] = []
        pos = 0
        # From the third hit on, the words are taken from the text's words, read once (a text dense
        # with hits is not read again from each hit on). A hit starts where no word character,
        # hyphen or apostrophe precedes it, so no word runs across its start: the words from
        # there are the ones a word scan starting there finds.
        hits = 0
        every: list[tuple[int, int, str]] | None = None
        starts: list[int] = []
        for first in self._starts.finditer(text):
            if first.start() < pos:
                continue
            entries = self._first.get(fold(first.group()).replace("’", "'"))
            if entries is None:
                continue  # matched by case folding but spelt otherwise by lower(): "lİes" -> "li̇es"
            longest = len(entries[0])
            hits += 1
            if every is None and hits > _HITS_SCANNED:
                every = [(m.start(), m.end(), m.group().lower().replace("’", "'")) for m in _WORD.finditer(text)]
                starts = [w[0] for w in every]
            if every is not None:
                k = bisect.bisect_left(starts, first.start())
                words = every[k : k + longest]
            else:
                words = []
                for m in _WORD.finditer(text, first.start()):
                    words.append((m.start(), m.end(), m.group().lower().replace("’", "'")))
                    if len(words) == longest:
                        break
            if not words or words[0][0] != first.start():
                continue
            for seq in self._first.get(words[0][2], ()):
                n = len(seq)
                if (
                    n <= len(words)
                    and all(words[k][2] == seq[k] for k in range(n))
                    and all(not text[words[k - 1][1] : words[k][0]].strip() for k in range(1, n))
                ):
                    start, end = words[0][0], words[n - 1][1]
                    out.append(Hit(start, end, text[start:end]))
                    pos = end
                    break
        return out


def _forms(entries: Iterable[str]) -> list[str]:
    return [form.strip() for entry in entries for form in entry.split(",") if form.strip()]


# --- triggers ------------------------------------------------------------------------------------

_CLOSE = sections("missions_close")
_OPEN = sections("missions_open")
_WITHDRAW = sections("missions_withdraw")
_MOVE = sections("missions_move")

#: (change, role) for each trigger form; change is "close", "open" or "move".
_TRIGGER_FORMS: dict[str, tuple[str, str]] = {}
for _change, _lex in (("move", _MOVE), ("open", _OPEN), ("close", _WITHDRAW), ("close", _CLOSE)):
    for _role, _entries in _lex.items():
        if _role in ("", "emergency", "staff", "upgrade-verb"):
            continue
        _name = "withdraw-" + _role if _lex is _WITHDRAW else _role
        for _form in _forms(_entries):
            _TRIGGER_FORMS.setdefault(_form.lower(), (_change, _name))
# a verb that is both a plain verb and an operations verb ("suspend") is kept as a plain verb
# and also tried as an operations verb by the rules
OPERATION_VERBS = {"close": words(_forms(_CLOSE["operations"])), "open": words(_forms(_OPEN["operations"]))}
_TRIGGER_PHRASES = Phrases(_TRIGGER_FORMS)
# forms that are verbs and nouns ("closing", "reopening", "move"): nouns after a determiner
_NOUN_FORMS = {
    form.lower(): ("move" if lex is _MOVE else "open" if lex is _OPEN else "close")
    for lex in (_CLOSE, _OPEN, _MOVE)
    for form in _forms(lex.get("noun", ()))
}
_DETERMINER_BEFORE = lazy_compile(
    r"(?:\b(?:the|a|an|its|their|his|her|this|that|these|those|planned|proposed|expected|formal|official|"
    r"eventual|temporary|permanent|imminent|possible|recent|latest|sudden)|['’]s?)\s+$",
    FLAGS,
)
_OF_AFTER = lazy_compile(r"\s+of\s", FLAGS)
STAFF = pattern(_WITHDRAW["staff"])
#: the verb before "its liaison office ... to embassy level"
UPGRADE_VERB = lazy_compile(pattern(_forms(_OPEN["upgrade-verb"])).pattern + r"(?=\s)", FLAGS)
EMERGENCY = pattern(_MOVE["emergency"])


@attrs.frozen
class Trigger:
    """A trigger word or phrase at [start, end) of the sentence."""

    start: int
    end: int
    text: str
    change: str  # "close", "open", "move"
    role: str  # "verb", "operations", "noun", "state", "upgrade", "withdraw-verb", "withdraw-noun"

    @property
    def low(self) -> str:
        return " ".join(self.text.lower().replace("’", "'").split())


def find_triggers(sentence: str) -> list[Trigger]:
    """Every trigger in the sentence, in text order (the longest phrase at each place)."""
    out: list[Trigger] = []
    for hit in _TRIGGER_PHRASES.find(sentence):
        change, role = _TRIGGER_FORMS[hit.low]
        if role == "verb" and hit.low in _NOUN_FORMS and _DETERMINER_BEFORE.search(sentence, 0, hit.start):
            change, role = _NOUN_FORMS[hit.low], "noun"  # "the reopening of the embassy"
        elif (
            role in ("verb", "operations")
            and change != "move"
            and hit.low.endswith("ing")
            and _DETERMINER_BEFORE.search(sentence, 0, hit.start)
            and _OF_AFTER.match(sentence, hit.end)
        ):
            role = "noun"  # a gerund as a noun: "the shuttering of its embassy", "the mothballing of"
        out.append(Trigger(hit.start, hit.end, hit.text, change, role))
    return out


# --- mission nouns -------------------------------------------------------------------------------


def _kinds() -> dict[str, tuple[MissionKind, bool, bool]]:
    """form -> (kind, plural, distinct)"""
    out: dict[str, tuple[MissionKind, bool, bool]] = {}
    for entry in sections("missions_kinds")[""]:
        forms, _, kind = entry.rpartition("=")
        singular, _, plural = forms.partition("/")
        distinct = kind.strip().endswith("!")
        for form, is_plural in ((singular.strip(), False), (plural.strip(), True)):
            if form and form != "-":
                out.setdefault(form.lower(), (MissionKind(kind.strip().rstrip("!")), is_plural, distinct))
    return out


KINDS = _kinds()
KIND_PHRASES = Phrases(KINDS)
_NP = sections("missions_np")
_NOT = sections("missions_not")
PREMODIFIERS = words(_NP["premodifier"])
PREPOSITIONS = words(_NP["preposition"])
SUBJECT_GAP = words(_NP["subject-gap"])
PLACE_ADJECTIVES = words(_NP["place-adjective"])
ABROAD = pattern(_NP["abroad"])
ANAPHORS = words(_NP["anaphor"])
DEMAND = pattern(_NP["demand"])
HOLIDAY = pattern(_NP["holiday"])
BLOCKERS = words(_NOT["modifier"])
OWNERS = words(_NOT["owner"])
QUANTIFIERS = frozenset(
    {
        "some",
        "several",
        "many",
        "most",
        "all",
        "few",
        "none",
        "percent",
        "cent",
        "%",
        "half",
        "quarter",
        "third",
        "fifth",
        "dozen",
        "dozens",
        "number",
        "each",
        "both",
        "any",
        "one",
        "two",
        "three",
        "four",
        "five",
        "majority",
    }
)
COMPOUNDS = words(_NP["compound"])
OPERATIONS = pattern(_NP["operations-noun"])
PLAN_NOUN = lazy_compile(
    pattern(_NP["plan-noun"]).pattern + r"(?:\s+[\w'’-]+){0,3}?\s+(?:on|for|about|over|to\s+\w+)\s+(?:the\s+|a\s+)?$",
    FLAGS,
)
AMBIGUOUS = frozenset({"mission", "missions", "post", "posts", "office", "offices"})


def _orgs() -> tuple[regex.Pattern[str], dict[str, tuple[str, str]]]:
    names: dict[str, tuple[str, str]] = {}
    for entry in sections("missions_orgs")[""]:
        left, _, right = entry.rpartition("=")
        code, _, city = right.partition(",")
        for name in left.split("|"):
            names[" ".join(name.lower().split())] = (code.strip().upper(), city.strip())
    return pattern(names), names


ORG_PATTERN, ORGS = _orgs()
CITY_OF = lazy_compile(
    r"(?:city|town|port|port\s+city|region|province|enclave|exclave|island)\s+of\s+"
    r"(?P<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})",
    regex.VERSION1,
)
