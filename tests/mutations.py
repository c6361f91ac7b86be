"""Mutations of news text, random strings and the invariants every parse keeps, for the
robustness tests and tests/fuzz_long.py.

Each mutation is a pure function ``(text, rng) -> text``: all randomness comes from `rng`, so
a failing input is reproduced from its seed. They damage text the ways real archives do:
sentences out of order, characters lost or doubled, shouting case, absurd numbers, page
furniture, HTML left in, typographic quotes and dashes swapped, exotic spaces, invisible
and control characters, lone surrogates, one endless line.

>>> import random
>>> rng = random.Random(7)
>>> swap_quotes_dashes("Russia's 'special' forces - said", rng) != "Russia's 'special' forces - said"
True
>>> len(MUTATIONS) >= 20
True
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Sequence

import regex

from diplomacy_facts import Article

__all__ = [
    "MUTATIONS",
    "SPECIALS",
    "Mutation",
    "article_slice",
    "check_article",
    "mutate",
    "random_text",
]

Mutation = Callable[[str, random.Random], str]

# Invisible, control, bidirectional, space-like and otherwise awkward characters.
SPECIALS: tuple[str, ...] = (
    "\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x1c", "\x1d", "\x1e", "\x1f", "\x7f",
    "\x85", "\xa0", "\xad", "\u034f", "\u061c", "\u1680", "\u180e", "\u2000", "\u2007", "\u2009",
    "\u200a", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2028", "\u2029", "\u202a",
    "\u202b", "\u202c", "\u202d", "\u202e", "\u202f", "\u2060", "\u2066", "\u2067", "\u2069",
    "\u3000", "\ufeff", "\ufffd", "\ufffe", "\uffff", "\ud800", "\udbff", "\udc00", "\udfff",
    "\r", "\r\n", "\n", "\t", "\u0301", "\u0308", "\u20e3", "\U0001f1f0\U0001f1f5", "\U0001f600",
    "\U000e0001", "\U0010ffff", "ﬁ", "İ", "ß", "ǅ", "Σ", "ς", "Ⅻ", "²", "½", "٣", "१", "１",
    "𝟗", "…", "“", "”", "‘", "’", "«", "»", "–", "—", "‐", "−", "\U00010d43", "\U0001ccf7", "\U00011bf9",
)

_WORDS: tuple[str, ...] = (
    "embassy", "embassies", "consulate", "closed", "will close", "reopened", "shut", "North Korea",
    "Pyongyang", "Russia", "Moscow", "Ukraine", "Kyiv", "Spain", "Uganda", "sold", "delivered",
    "supplied", "shells", "drones", "tanks", "missiles", "F-16", "155mm", "more than", "nearly",
    "as many as", "1 million", "47", "25 percent", "a dozen", "since", "August", "Oct. 26",
    "on Wednesday", "last year", "according to", "officials said", "not", "denied", "may", "its",
    "in", "and", "the", ",", ".", ";", "(", ")", "\n", "\n\n", '"', "'s", "-", "—",
)

_SENTENCE_END = regex.compile(r"(?<=[.!?][\"'”’]?)\s+")
_DIGITS = regex.compile(r"\d+(?:[.,]\d+)*")
_QUOTE_DASH = {
    "'": "’", "’": "'", "‘": "'", '"': "“", "“": '"', "”": '"', "-": "–", "–": "—", "—": "-",
    "«": '"', "»": '"',
}
_BOILERPLATE = (
    "Advertisement", "ADVERTISEMENT", "Share this article", "Share on Facebook | Share on X",
    "Subscribe to our newsletter", "Accept all cookies", "We use cookies to improve your experience.",
    "Related Posts", "Related: North Korea shuts embassies", "Read more:", "Scroll Top", "Home > World > Asia",
    "Photo: Reuters", "(Photo by AFP via Getty Images)", "Thursday, July 11, 2024", "2024.08.28 09:12",
    "Dec 9, 2024, 05:12 PM", "Updated: 3 min ago", "© 2024 All rights reserved", "Click here to comment",
    "- Link to an older story", "Sign up for breaking news alerts", "Most Read", "Continue reading",
    "By Staff Reporter | AP", "Follow us on Telegram", "Loading...", "Tags: diplomacy, embassy, arms",
)
_TAGS = (
    "<p>", "</p>", "<br>", "<br/>", "<b>", "</b>", "<div class=\"story\">", "</div>",
    "<a href=\"https://example.org/a?b=1&c=2\">", "</a>", "<script>var x = 1 < 2;</script>",
    "<!-- comment -->", "<img src=x alt=\"embassy\">", "<span style=\"color:red\">", "</span>", "<p",
)
_ENTITIES = {
    "&": "&amp;", " ": "&nbsp;", "'": "&#39;", "’": "&#8217;", '"': "&quot;", "—": "&mdash;",
    "<": "&lt;", ">": "&gt;", "é": "&eacute;", "–": "&ndash;",
}
_SPACES = ("\xa0", "\u202f", "\u2009", "\u2007", "\u3000", "\t", "  ", "\u200b ", " \u200b")
_HUGE = (
    "9" * 40, "1" + "0" * 400, "99,999,999,999,999,999,999", "1e308", "1e400", "0." + "0" * 50 + "1",
    "123456789012345678901234567890 billion", "4294967296", "18446744073709551616", "-1", "0",
    "3.4028236692093846346e38", "1,000,000,000,000 trillion", "9" * 2000,
)
_DIGIT_SETS = (
    "٠١٢٣٤٥٦٧٨٩", "०१२३४५६७८९", "０１２３４５６７８９", "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗",
    "".join(chr(0x10D40 + i) for i in range(10)),  # Garay (Unicode 16): newer than Python 3.11's tables
    "".join(chr(0x1CCF0 + i) for i in range(10)),  # outlined digits (Unicode 16)
)


def _span(text: str, rng: random.Random, most: int = 200) -> tuple[int, int]:
    if not text:
        return 0, 0
    a = rng.randrange(len(text))
    return a, min(len(text), a + rng.randint(1, most))


def shuffle_sentences(text: str, rng: random.Random) -> str:
    parts = _SENTENCE_END.split(text)
    rng.shuffle(parts)
    return " ".join(parts)


def shuffle_lines(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    rng.shuffle(lines)
    return "\n".join(lines)


def delete_chars(text: str, rng: random.Random) -> str:
    chars = list(text)
    for _ in range(rng.randint(1, max(1, len(chars) // 20))):
        if chars:
            del chars[rng.randrange(len(chars))]
    return "".join(chars)


def duplicate_chars(text: str, rng: random.Random) -> str:
    chars = list(text)
    for _ in range(rng.randint(1, max(1, len(chars) // 20))):
        if chars:
            k = rng.randrange(len(chars))
            chars.insert(k, chars[k] * rng.randint(1, 3))
    return "".join(chars)


def repeat_span(text: str, rng: random.Random) -> str:
    a, b = _span(text, rng, 60)
    return text[:b] + text[a:b] * rng.randint(2, 30) + text[b:]


def change_case(text: str, rng: random.Random) -> str:
    how = rng.choice((str.upper, str.lower, str.swapcase, str.title, str.casefold))
    if rng.random() < 0.5:
        return how(text)
    a, b = _span(text, rng, 400)
    return text[:a] + how(text[a:b]) + text[b:]


def huge_numbers(text: str, rng: random.Random) -> str:
    return str(_DIGITS.sub(lambda m: rng.choice(_HUGE) if rng.random() < 0.7 else m.group(), text))


def exotic_digits(text: str, rng: random.Random) -> str:
    digits = rng.choice(_DIGIT_SETS)
    return str(regex.sub(r"\d", lambda m: digits[int(m.group())] if m.group().isascii() else m.group(), text))


def inject_boilerplate(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    for _ in range(rng.randint(1, 6)):
        lines.insert(rng.randint(0, len(lines)), rng.choice(_BOILERPLATE))
    out = "\n".join(lines)
    if rng.random() < 0.3:  # furniture glued into a paragraph
        k = rng.randint(0, len(out))
        out = out[:k] + " " + rng.choice(_BOILERPLATE) + " " + out[k:]
    return out


def html_left_in(text: str, rng: random.Random) -> str:
    chars = [(_ENTITIES.get(c, c) if rng.random() < 0.3 else c) for c in text]
    out = "".join(chars)
    for _ in range(rng.randint(1, 8)):
        k = rng.randint(0, len(out))
        out = out[:k] + rng.choice(_TAGS) + out[k:]
    return out.replace("\n\n", "</p>\n\n<p>") if rng.random() < 0.5 else out


def swap_quotes_dashes(text: str, rng: random.Random) -> str:
    return "".join(_QUOTE_DASH.get(c, c) if rng.random() < 0.8 else c for c in text)


def exotic_spaces(text: str, rng: random.Random) -> str:
    space = rng.choice(_SPACES)
    return "".join(space if c == " " and rng.random() < 0.5 else c for c in text)


def invisible_chars(text: str, rng: random.Random) -> str:
    chars = list(text)
    for _ in range(rng.randint(1, max(1, len(chars) // 30))):
        chars.insert(rng.randint(0, len(chars)), rng.choice(SPECIALS))
    return "".join(chars)


def one_line(text: str, rng: random.Random) -> str:
    return text.replace("\r", " ").replace("\n", rng.choice((" ", "", "  ", "\u2028")))


def line_endings(text: str, rng: random.Random) -> str:
    return text.replace("\n", rng.choice(("\r\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c")))


def strip_punctuation(text: str, rng: random.Random) -> str:
    return str(regex.sub(r"[.!?;:,]", "" if rng.random() < 0.5 else " ", text))


def truncate(text: str, rng: random.Random) -> str:
    return text[: rng.randint(0, len(text))]


def glue_words(text: str, rng: random.Random) -> str:
    a, b = _span(text, rng, 300)
    return text[:a] + text[a:b].replace(" ", "") + text[b:]


def combining_marks(text: str, rng: random.Random) -> str:
    mark = rng.choice(("\u0301", "\u0308", "\u0327", "\u20dd", "\u034f"))
    return "".join(c + mark if c.isalpha() and rng.random() < 0.2 else c for c in text)


def adversarial_run(text: str, rng: random.Random) -> str:
    run = rng.choice(("1", "1,", ", ", "more than ", "(", "embassy ", "France ", "-", " ", "'s ", "Mr. "))
    k = rng.randint(0, len(text))
    return text[:k] + run * rng.randint(10, 400) + text[k:]


MUTATIONS: tuple[tuple[str, Mutation], ...] = (
    ("shuffle-sentences", shuffle_sentences),
    ("shuffle-lines", shuffle_lines),
    ("delete-chars", delete_chars),
    ("duplicate-chars", duplicate_chars),
    ("repeat-span", repeat_span),
    ("change-case", change_case),
    ("huge-numbers", huge_numbers),
    ("exotic-digits", exotic_digits),
    ("inject-boilerplate", inject_boilerplate),
    ("html-left-in", html_left_in),
    ("swap-quotes-dashes", swap_quotes_dashes),
    ("exotic-spaces", exotic_spaces),
    ("invisible-chars", invisible_chars),
    ("one-line", one_line),
    ("line-endings", line_endings),
    ("strip-punctuation", strip_punctuation),
    ("truncate", truncate),
    ("glue-words", glue_words),
    ("combining-marks", combining_marks),
    ("adversarial-run", adversarial_run),
)


def mutate(text: str, rng: random.Random, count: int | None = None) -> str:
    """`text` after `count` (default 1 to 4) mutations drawn from MUTATIONS."""
    for _ in range(rng.randint(1, 4) if count is None else count):
        text = rng.choice(MUTATIONS)[1](text, rng)
    return text


def article_slice(text: str, rng: random.Random, most: int = 1200) -> str:
    """A piece of an article (whole sentences or not) of at most `most` characters."""
    if len(text) <= most:
        return text
    a = rng.randrange(len(text) - most)
    return text[a : a + rng.randint(1, most)]


def random_text(rng: random.Random, most: int = 200, words: Sequence[str] = _WORDS) -> str:
    """A random string of up to `most` characters: any code point, specials and news words mixed."""
    out: list[str] = []
    size = 0
    target = rng.randint(0, most)
    while size < target:
        pick = rng.random()
        if pick < 0.35:
            piece = rng.choice(words) + " "
        elif pick < 0.55:
            piece = rng.choice(SPECIALS)
        elif pick < 0.75:
            piece = chr(rng.randint(0x20, 0x7E))
        elif pick < 0.9:
            piece = chr(rng.randint(0, 0x10FFFF))  # any code point, lone surrogates included
        else:
            piece = rng.choice(("1", ",", " ", ".", "(", "embassy ")) * rng.randint(2, 40)
        out.append(piece)
        size += len(piece)
    return "".join(out)[:most]


def check_article(text: str, art: Article) -> None:
    """The invariants every parse keeps, whatever the text (AssertionError naming the broken one).

    Every evidence span lies inside the text, slices to text inside its evidence sentence, and
    that sentence is the article's own text around the span; ``to_dict()`` is strict JSON (no
    NaN or Infinity); ``from_dict`` gives back an equal Article with the same evidence, also
    through JSON text when the text is valid Unicode (no lone surrogates).
    """
    assert isinstance(art, Article), type(art)
    for fact in art.facts:
        assert fact.evidence, f"no evidence: {fact}"
        for ev in fact.evidence:
            start, end = ev.span
            assert 0 <= start <= end <= len(text), f"span {ev.span} outside a text of {len(text)}"
            assert text[start:end] in ev.sentence, f"span {ev.span} not inside its sentence"
            at = text.find(ev.sentence, max(0, end - len(ev.sentence)))
            assert 0 <= at <= start, f"evidence sentence is not the text around span {ev.span}"
            assert ev.rule, "evidence without a rule"
    data = art.to_dict()
    dumped = json.dumps(data, allow_nan=False)
    back = Article.from_dict(data)
    assert back == art, "from_dict(to_dict()) differs"
    assert [f.evidence for f in back.facts] == [f.evidence for f in art.facts], "evidence lost in to_dict"
    from_json = Article.from_dict(json.loads(dumped))
    if not _SURROGATE.search(text):  # JSON reads the escapes of a lone high+low pair as one character
        assert from_json == art, "from_dict(json.loads(json.dumps(to_dict()))) differs"
        assert [f.evidence for f in from_json.facts] == [f.evidence for f in art.facts], "evidence lost in JSON"


_SURROGATE = regex.compile(r"[\ud800-\udfff]")
