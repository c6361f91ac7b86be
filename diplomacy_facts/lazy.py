"""Regexes compiled on first use: `import diplomacy_facts` stays fast, the work is done once.

Big lexicon regexes take tens of milliseconds each to compile. `lazy_compile` returns a
`LazyPattern` that behaves as the compiled pattern (same methods, same results) and
compiles it the first time it is searched, then keeps it. A program that never reads an
arms sentence never pays for the weapons lexicon, and a worker process pays once.

>>> import regex
>>> TANKS = lazy_compile(r"\\btanks?\\b", regex.IGNORECASE)
>>> TANKS.is_compiled
False
>>> [m.group() for m in TANKS.finditer("Tanks and more tanks")]
['Tanks', 'tanks']
>>> TANKS.is_compiled, TANKS.pattern
(True, '\\\\btanks?\\\\b')
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import regex

__all__ = ["LazyPattern", "lazy_compile"]


class LazyPattern:
    """A `regex` pattern compiled on first use; then every call goes to the compiled pattern.

    ``pattern`` (the source text) is available without compiling, so a lazy pattern can be
    spliced into a bigger one. The source may itself be a function that builds it (a big
    trie of a lexicon), called once, when the pattern is first needed. The compiled pattern's
    methods are kept on the instance once looked up, so later calls cost what they cost on a
    compiled pattern. Building or compiling twice from two threads at once is harmless (the
    same pattern results), so no lock is needed.
    """

    def __init__(self, pattern: str | Callable[[], str], flags: int = 0) -> None:
        self._source = pattern
        self._flags = flags
        self._compiled: Any = None

    @property
    def pattern(self) -> str:
        """The pattern's source text (built now if it was given as a function)."""
        if not isinstance(self._source, str):
            self._source = self._source()
        return self._source

    @property
    def is_compiled(self) -> bool:
        return self._compiled is not None

    def compiled(self) -> Any:
        """The compiled `regex.Pattern` (compiled now if it was not yet)."""
        if self._compiled is None:
            self._compiled = regex.compile(self.pattern, self._flags)
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        """search, match, fullmatch, finditer, findall, sub, subn, split, flags, groups, ...: the compiled ones."""
        if name.startswith("_"):
            raise AttributeError(name)
        value = getattr(self.compiled(), name)
        self.__dict__[name] = value  # found directly from now on
        return value

    def __repr__(self) -> str:
        state = "compiled" if self.is_compiled else "not compiled yet"
        text = self._source if isinstance(self._source, str) else "<built on first use>"
        return f"LazyPattern({text[:60]!r}{'...' if len(text) > 60 else ''}, {state})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (LazyPattern, (self.pattern, self._flags))


def lazy_compile(pattern: str | Callable[[], str], flags: int = 0) -> LazyPattern:
    """`regex.compile`, deferred to the pattern's first use; `pattern` may be a function building it."""
    return LazyPattern(pattern, flags)
