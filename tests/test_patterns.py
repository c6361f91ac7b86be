"""The trie-shaped lexicon regexes match exactly what a longest-first alternation matches; lazy patterns
behave as compiled ones."""

from __future__ import annotations

import pickle

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from diplomacy_facts.lazy import LazyPattern, lazy_compile
from diplomacy_facts.trie import literal_atoms, trie_alternation, word_start

WORDS = st.lists(st.text(alphabet="abAB -'", min_size=1, max_size=6).filter(lambda w: w.strip() == w and w),
                 min_size=1, max_size=12)
TEXT = st.text(alphabet="abAB -'.x", max_size=60)


def _flat(words: list[str], flags: int) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@pytest.mark.parametrize("flags", [0, regex.IGNORECASE], ids=["case", "nocase"])
@given(words=WORDS, text=TEXT)
def test_trie_matches_what_the_flat_alternation_matches(flags: int, words: list[str], text: str) -> None:
    lower = bool(flags & regex.IGNORECASE)
    trie = trie_alternation(literal_atoms(w, lower=lower) for w in words)
    for left, right in [("", ""), (r"(?<![\w-])", r"(?![\w-])"), (word_start(words) + r"(?<![\w-])", r"(?!\w)")]:
        flat_re = regex.compile(rf"{left}(?:{_flat(words, flags)}){right}", flags)
        trie_re = regex.compile(rf"{left}(?:{trie}){right}", flags)
        assert [m.span() for m in trie_re.finditer(text)] == [m.span() for m in flat_re.finditer(text)]


@pytest.mark.parametrize(
    ("words", "text", "found"),
    [
        (["tank", "tanks", "tank destroyer"], "a tank destroyer, two tank destroyers, ten tanks",
         ["tank destroyer", "tank", "tanks"]),
        (["air defence system", "air defence"], "an air-defence  system", ["air-defence  system"]),
        (["self-propelled howitzer", "howitzer"], "self propelled howitzers", []),
    ],
    ids=["longest-that-ends-a-word", "separator-any-space-or-hyphen", "needs-whole-word"],
)
def test_phrases_with_separators(words: list[str], text: str, found: list[str]) -> None:
    body = trie_alternation(literal_atoms(w, separator=r"[\s-]+") for w in words)
    pattern = regex.compile(rf"(?<![\w-])(?:{body})(?![\w-])", regex.IGNORECASE)
    assert [m.group() for m in pattern.finditer(text)] == found


def test_bad_alternatives() -> None:
    with pytest.raises(ValueError):
        trie_alternation([])
    with pytest.raises(ValueError):
        trie_alternation([["a", ""]])
    assert word_start(["embassy", "-based"]) == ""


def test_lazy_pattern_compiles_once_on_first_use() -> None:
    built: list[int] = []

    def source() -> str:
        built.append(1)
        return r"\bembass(?:y|ies)\b"

    pat = lazy_compile(source, regex.IGNORECASE)
    assert not pat.is_compiled and not built
    assert "not compiled" in repr(pat)
    assert [m.group() for m in pat.finditer("Embassies and an embassy")] == ["Embassies", "embassy"]
    assert pat.search("the EMBASSY").span() == (4, 11)
    assert pat.sub("mission", "one embassy") == "one mission"
    assert pat.is_compiled and built == [1] and pat.pattern == r"\bembass(?:y|ies)\b"
    assert pat.flags & regex.IGNORECASE


def test_lazy_pattern_pickles_and_refuses_private_names() -> None:
    pat = LazyPattern(r"\d+")
    again = pickle.loads(pickle.dumps(pat))
    assert again.findall("10 tanks, 20 jets") == ["10", "20"]
    with pytest.raises(AttributeError):
        _ = pat._not_there
