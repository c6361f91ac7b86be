"""Remembering the readers' answers for the sentences of the article being read.

Both extractors, and several rules inside each, ask the same readers (places, quantities,
dates, sources, tokens, clause cuts) about the same sentence. The readers are pure functions
of their arguments, so `remembered` keeps the answers for the last few hundred distinct
arguments — more than the sentences of a long article — and hands out a fresh list each time,
so a caller that changes its list cannot change the next caller's. Very long texts are not
kept (they would pin memory and are never asked about twice).

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

__all__ = ["MAX_KEPT_TEXT", "SENTENCES_KEPT", "remembered"]

P = ParamSpec("P")
T = TypeVar("T")

#: Answers kept per reader: more distinct sentences than a long article has.
SENTENCES_KEPT = 512
#: Texts longer than this are read afresh each time (a sentence is at most 600 characters).
MAX_KEPT_TEXT = 4000


def remembered(reader: Callable[P, Sequence[T]]) -> Callable[P, list[T]]:
    """`reader` with its answers kept (see the module docstring); its first argument is the text."""
    kept: Callable[..., tuple[T, ...]] = functools.lru_cache(maxsize=SENTENCES_KEPT)(
        lambda *args, **kwargs: tuple(reader(*args, **kwargs))
    )

    @functools.wraps(reader)
    def read(*args: P.args, **kwargs: P.kwargs) -> list[T]:
        text: Any = args[0] if args else None
        if not isinstance(text, str) or len(text) > MAX_KEPT_TEXT:
            return list(reader(*args, **kwargs))
        return list(kept(*args, **kwargs))

    return read
