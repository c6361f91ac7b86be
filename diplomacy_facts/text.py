"""Article text as a reader pastes it -> title, dateline and body sentences with offsets.

Web boilerplate (navigation, share prompts, cookie notices, "Related" lists, credits),
site date headers and photo captions are set aside: facts are read from body sentences
only. Every `Sentence` keeps its character offsets into the original text, so evidence
spans always point back into what the user gave.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Iterator
from datetime import date
from importlib import resources

import attrs
import regex

from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.model import Evidence

__all__ = [
    "MAX_SENTENCE",
    "Document",
    "Line",
    "Sentence",
    "is_boilerplate",
    "is_caption",
    "is_date_header",
    "read_document",
    "read_title",
    "split_sentences",
]

_MAX_SHORT_WORDS = 12
# Furniture is never longer than this; the ".*word.*" patterns of boilerplate.txt take time
# quadratic in a line's length, so a longer line (a whole article on one line) is not tried.
_MAX_BOILERPLATE = 2000


def _load_boilerplate() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    short: list[str] = []
    long: list[str] = []
    anywhere: list[str] = []  # "long:.*X.*": X anywhere in the line, found by one search
    text = resources.files("diplomacy_facts").joinpath("data/lexicons/boilerplate.txt").read_text("utf-8")
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("long:.*") and line.endswith(".*") and len(line) > 9:
            anywhere.append(line[7:-2])
        elif line.startswith("long:"):
            long.append(line[5:])
        else:
            short.append(line)
    flags = regex.IGNORECASE  # not VERSION1: full case folding backtracks exponentially on "iiii..."
    return (
        lazy_compile("|".join(f"(?:{p})" for p in short), flags),
        lazy_compile("|".join(f"(?:{p})" for p in long), flags),
        lazy_compile("|".join(f"(?:{p})" for p in anywhere), flags),
    )


_SHORT_BOILERPLATE, _LONG_BOILERPLATE, _ANYWHERE_BOILERPLATE = _load_boilerplate()

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
# A line that is nothing but a date, time and site furniture: "Thursday, July 11, 2024",
# "2024.08.28", "Dec 9, 2024, 05:12 PM", "Monday, 5 June 2023 | Belgrade 21°C".
_DATE_TOKEN = lazy_compile(
    rf"\b{_MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{_MONTH}|\b\d{{4}}[./-]\d{{1,2}}[./-]\d{{1,2}}\b"
    rf"|\b\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}}\b|\b{_WEEKDAY}\b",
    regex.IGNORECASE,
)
_HEADER_NOISE = lazy_compile(
    r"\b\d{1,4}(?::\d\d)?\b|[,|·:/+°]|\b(?:am|pm|gmt|utc|cet|cest|ist|est|edt|kst|bst|ct|et)\b", regex.IGNORECASE
)
_CAPTION = lazy_compile(
    r"^(?:photo|picture|image|caption|file photo|file picture|pictured|above|top)\s*[:|-]"
    r"|^in (?:this|a|the) (?:file )?(?:photo|image|picture|handout|still)\b"
    r"|^(?:file|handout)\s*[-–—:]"
    r"|\((?:[^()]{0,60}\b)?(?:photo|photos|file|handout|picture|image|getty|reuters|ap|afp|kcna|epa|xinhua|via)"
    r"\b[^()]{0,60}\)\s*$"
    r"|\b(?:file (?:photo|picture)|getty images|photo credit)\b",
    regex.IGNORECASE,
)
_DATELINE = lazy_compile(
    r"^(?P<place>[A-Z][A-Za-z.'’]*(?:[ /-][A-Z][A-Za-z.'’]*){0,3})"
    r"(?:\s*\([^()\n]{1,40}\))?"
    rf"(?:,\s*(?P<date>{_MONTH}\s*\d{{1,2}}(?:,?\s*\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?))?"
    r"\s*(?:--|—|–|-)\s+(?=\S)"
)
_ABBREVIATIONS = frozenset(
    (
        "mr mrs ms dr st gen lt col sgt capt gov sen rep prof jr sr no nos vs v u.s u.k u.n e.u jan feb mar apr"
        " jun jul aug sep sept oct nov dec inc co corp ltd a.m p.m e.g i.e etc approx est adm maj cmdr brig ft"
        " mt pres amb dept min govt"
    ).split()
)
# A sentence ends at . ! ? (with closing quotes or brackets) followed by space and a capital,
# digit, quote or bracket; an abbreviation or an initial before the period does not end it.
# Invisible format characters (\p{Cf}: bidi marks, zero-width spaces, soft hyphens) pasted from
# web pages may sit between a full stop and the next sentence, or end a line.
_BOUNDARY = lazy_compile(r"(?<=[.!?])[\"'”’)\]\p{Cf}]*\s+(?=\p{Cf}*[\"'“‘(\[]?\p{Cf}*[\p{Lu}\d])")
# the word before a full stop, whole: "U.S.", "Gen.", "J."; not the "s" of "F-16s." or "MiG-29s."
_WORD_BEFORE = lazy_compile(r"(?<![\w-])([\p{L}.]+)\.[\"'”’)\]\p{Cf}]*$")
# The word before a period is looked for in this many characters only: an abbreviation is
# short, and a search back to the start of the paragraph would make splitting quadratic.
_LOOKBACK = 40
#: Longest sentence handed to the extractors. A longer run (a line with no full stops, a list
#: run together, garbage) is cut at the last "; " or ", " (else the last space) before the
#: limit, so the extractors' work per sentence is bounded and per article linear in its length.
#: News sentences are far shorter: the longest of the 2,639 in the corpora and test tables has 332.
MAX_SENTENCE = 600


@attrs.frozen
class Sentence:
    """A body sentence: its text and its [start, end) character offsets in the article."""

    text: str
    start: int
    end: int
    paragraph: int

    def evidence(self, start: int, end: int, rule: str) -> Evidence:
        """Evidence for the span [start, end) given in offsets *within this sentence*."""
        start = max(0, min(start, len(self.text)))
        end = max(start, min(end, len(self.text)))
        return Evidence(self.text, (self.start + start, self.start + end), rule)


@attrs.frozen
class Line:
    """A non-empty line of the article with its offsets and what it was judged to be."""

    text: str
    start: int
    end: int
    role: str  # "title", "body", "boilerplate", "caption", "date-header", "dateline"


@attrs.frozen
class Document:
    """An article split for extraction. `sentences` are body sentences only."""

    text: str
    title: str | None
    published: date | None
    sentences: tuple[Sentence, ...]
    lines: tuple[Line, ...]
    dateline: str | None = None  # the dateline's date text ("Nov 3"), if any

    def body(self) -> str:
        return " ".join(s.text for s in self.sentences)


def _words(line: str) -> int:
    return len(line.split())


def is_boilerplate(line: str) -> bool:
    """True for page furniture: navigation, share/comment prompts, cookies, credits."""
    stripped = line.strip().strip("|•·")
    if not stripped:
        return True
    if len(stripped) <= _MAX_BOILERPLATE and (
        _ANYWHERE_BOILERPLATE.search(stripped)
        or _LONG_BOILERPLATE.fullmatch(stripped)
        or (_words(stripped) <= _MAX_SHORT_WORDS and _SHORT_BOILERPLATE.fullmatch(stripped))
    ):
        return True
    # breadcrumbs and tag bars: "Home > Balkans > Defence", "Africa | Diplomacy", "- Link title"
    if stripped.count(" > ") >= 1 and not stripped.endswith("."):
        return True
    if " | " in stripped and not stripped.endswith("."):
        return True
    return stripped.startswith(("- ", "• ", "* ")) and not stripped.endswith(".")


_NUMERIC_DATE = lazy_compile(r"[\d\s./:-]{8,}")  # "2023-11-03 14:02", "03/11/2023"


def is_date_header(line: str) -> bool:
    """A short line that only gives a date or time: a site header, not the article's date."""
    stripped = line.strip()
    if _words(stripped) > 10 or (stripped.endswith((".", "?", "!")) and _words(stripped) > 4):
        return False
    if _NUMERIC_DATE.fullmatch(stripped):
        return True
    if not _DATE_TOKEN.search(stripped):
        return False
    rest = _DATE_TOKEN.sub(" ", stripped)
    rest = _HEADER_NOISE.sub(" ", rest)
    return _words(rest) <= 4


def is_caption(line: str) -> bool:
    """Photo captions and credits: kept out of fact extraction."""
    return bool(_CAPTION.search(line.strip()))


def _blank(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch) == "Cf"


def _iter_lines(text: str) -> Iterator[tuple[str, int, int]]:
    """Non-empty lines with their offsets, without the spaces and invisible marks at their ends."""
    pos = 0
    for raw in text.splitlines(keepends=True):
        start, end = 0, len(raw)
        while start < end and _blank(raw[start]):
            start += 1
        while end > start and _blank(raw[end - 1]):
            end -= 1
        if start < end:
            yield raw[start:end], pos + start, pos + end
        pos += len(raw)


def _looks_like_title(line: str) -> bool:
    # no longer than a sentence: the title is read like one, and a giant "title" (thirty words
    # with megabytes of spaces between them) would escape the bound on sentence length
    return (
        2 <= _words(line) <= 30
        and len(line) <= MAX_SENTENCE
        and not line.endswith((".", ":", ";", ","))
        and _readable(line)
    )


# The regex module's Unicode tables are newer than Python's: it knows digits (Sunuwar, Kawi,
# Garay, outlined digits, ...) that \d matches and int() and Decimal() reject. No English news
# holds them; a sentence that does is not read, rather than crash the readers of numbers.
_DIGIT = lazy_compile(r"\d")


def _readable(text: str) -> bool:
    return all(d.isdecimal() for d in _DIGIT.findall(text))


def _pick_title(candidates: list[tuple[int, str]]) -> int | None:
    """Index of the title among the first short lines: a repeated or breadcrumb-suffixed line wins."""
    for i, (_, a) in enumerate(candidates):
        for _, b in candidates[:i]:
            if b == a or (b.endswith(a) and len(b) > len(a)):
                return i
    return 0 if candidates else None


def split_sentences(text: str, offset: int = 0) -> list[tuple[str, int, int]]:
    """Split a paragraph into sentences: (text, start, end) with `offset` added."""
    out: list[tuple[str, int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, m.start() - _LOOKBACK), m.start())
        if before:
            word = before.group(1).lower().rstrip(".")
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        out += _bounded(text, start, m.start(), offset)
        start = m.end()
    out += _bounded(text, start, len(text), offset)
    return out


def _bounded(text: str, start: int, end: int, offset: int) -> list[tuple[str, int, int]]:
    """text[start:end] as sentences (text, start, end) of at most MAX_SENTENCE characters each."""
    out: list[tuple[str, int, int]] = []
    while start < end:
        while start < end and text[start].isspace():
            start += 1
        cut = end
        if end - start > MAX_SENTENCE:
            limit = start + MAX_SENTENCE
            half = start + MAX_SENTENCE // 2
            cut = max(text.rfind("; ", half, limit), text.rfind(", ", half, limit))
            if cut >= 0:
                cut += 1  # keep the comma or semicolon with the piece before it
            else:
                space = max(text.rfind(" ", half, limit), text.rfind("\t", half, limit))
                cut = space if space > start else limit
        piece = text[start:cut].rstrip()
        if piece:
            out.append((piece, offset + start, offset + start + len(piece)))
        start = cut
    return out


def _role(line: str) -> str:
    if is_boilerplate(line):
        return "boilerplate"
    if is_date_header(line):
        return "date-header"
    if is_caption(line):
        return "caption"
    return "body"


_TITLE_LINES = 8  # the title is looked for among the first lines


def _title(lines: list[tuple[str, int, int]], roles: list[str]) -> tuple[str | None, list[int]]:
    """The title among the first short lines before the first real paragraph, and the
    indices of the candidate lines up to it (the title and the furniture above it)."""
    candidates: list[tuple[int, str]] = []
    for i, (line, _, _) in enumerate(lines[:_TITLE_LINES]):
        if roles[i] != "body":
            continue
        if not _looks_like_title(line):
            break
        candidates.append((i, line))
    picked = _pick_title(candidates)
    if picked is None:
        return None, []
    return candidates[picked][1], [i for i, _ in candidates[: picked + 1]]


def read_title(text: str) -> str | None:
    """The title `read_document` would find, reading only the first lines of `text`."""
    lines: list[tuple[str, int, int]] = []
    roles: list[str] = []
    for line, start, end in itertools.islice(_iter_lines(text), _TITLE_LINES):
        lines.append((line, start, end))
        roles.append(_role(line))
        if roles[-1] == "body" and not _looks_like_title(line):
            break  # the title is looked for before the first real paragraph only
    return _title(lines, roles)[0]


def read_document(text: str, published: date | None = None) -> Document:
    """Split `text` into title, boilerplate, captions, date headers and body sentences."""
    lines = list(_iter_lines(text))
    roles = [_role(line) for line, _, _ in lines]
    title, above = _title(lines, roles)
    if title is not None:
        for i in above:
            roles[i] = "boilerplate"
        # the title, and an identical repeat of it anywhere, are furniture
        for i, (line, _, _) in enumerate(lines):
            if line == title:
                roles[i] = "title"
    sentences: list[Sentence] = []
    dateline: str | None = None
    out_lines: list[Line] = []
    for paragraph, ((line, start, end), role) in enumerate(zip(lines, roles, strict=True)):
        out_lines.append(Line(line, start, end, role))
        if role != "body":
            continue
        skip = 0
        if not sentences:
            m = _DATELINE.match(line)
            if m and _words(m.group(0)) <= 8:
                skip = m.end()
                dateline = m.group("date")
        for s_text, s_start, s_end in split_sentences(line[skip:], start + skip):
            if _readable(s_text):
                sentences.append(Sentence(s_text, s_start, s_end, paragraph))
    return Document(text, title, published, tuple(sentences), tuple(out_lines), dateline)
