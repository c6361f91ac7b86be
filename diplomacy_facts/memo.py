"""Remembering the readers' answers for the sentences of the article being read.

Both extractors, and several rules inside each, ask the same readers (places, quantities,
dates, sources, tokens, clause cuts) about the same sentence. The readers are pure functions
of their arguments, so `remembered` keeps the answers for the last two thousand distinct
arguments — more than the sentences of a long article — and hands out a fresh list each time,
so a caller that changes its list cannot change the next caller's. Very long texts are not
kept (they would pin memory and are never asked about twice). `forget` drops every kept answer
(a benchmark times reading afresh).

>>> calls = []
>>> def words(text: str) -> list[str]:
...     calls.append(text)
...     return text.split()
>>> read = remembered(words)
>>> read("a b"), read("a b"), len(calls)
(['a', 'b'], ['a', 'b'], 1)
>>> read("a b") is read("a b")
False
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any, ParamSpec, TypeVar

__all__ = ["MAX_KEPT_TEXT", "SENTENCES_KEPT", "forget", "kept", "remembered"]

P = ParamSpec("P")
T = TypeVar("T")

#: Answers kept per reader: more distinct sentences than a long article has (the two extractors
#: read an article one after the other, so a longer one has its readers asked twice per sentence:
#: about 1.3 times the cost per MB, flat beyond). About 6 kB of answers a sentence, 12 MB in all.
SENTENCES_KEPT = 2048
#: Texts longer than this are read afresh each time (a sentence is at most 600 characters).
MAX_KEPT_TEXT = 4000


_CACHES: list[Any] = []  # every reader's kept answers, for `forget`


def forget() -> None:
    """Drop every kept answer: a benchmark times reading afresh, not remembering what it read before."""
    for cache in _CACHES:
        cache.cache_clear()


def kept(size: int) -> Callable[[Callable[P, T]], Callable[P, T]]:
    """functools.lru_cache(size) that `forget` clears too (for small answers of pure functions)."""

    def wrap(fn: Callable[P, T]) -> Callable[P, T]:
        cache = functools.lru_cache(maxsize=size)(fn)
        _CACHES.append(cache)
        return cache  # type: ignore[return-value]

    return wrap


def remembered(reader: Callable[P, Sequence[T]]) -> Callable[P, list[T]]:
    """`reader` with its answers kept (see the module docstring); its first argument is the text."""
    answers: Callable[..., tuple[T, ...]] = kept(SENTENCES_KEPT)(lambda *args, **kwargs: tuple(reader(*args, **kwargs)))

    @functools.wraps(reader)
    def read(*args: P.args, **kwargs: P.kwargs) -> list[T]:
        text: Any = args[0] if args else None
        if not isinstance(text, str) or len(text) > MAX_KEPT_TEXT:
            return list(reader(*args, **kwargs))
        return list(answers(*args, **kwargs))

    return read
