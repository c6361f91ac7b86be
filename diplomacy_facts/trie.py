"""Word lists as one trie-shaped regex: shared prefixes factored out, longest alternatives first.

A flat alternation of hundreds of phrases (``tank|tanks|tanker|...``) makes the regex engine try
every phrase at every position of the text, and compiles slowly. The same phrases as a trie
(``tank(?:er|s)?``) try one branch per character: the same matches, found several times
faster and compiled in a fraction of the time.

Each alternative is a sequence of regex *atoms* (an escaped character, or a fragment such as
``[\\s-]+``); `literal_atoms` cuts a plain phrase into atoms. At every node the branches that
can run longest are tried first and ending the phrase comes last, so, as with a flat
alternation sorted longest first, the longest phrase that lets the rest of the pattern match
wins.

>>> import regex
>>> body = trie_alternation(literal_atoms(w) for w in ["tank", "tanks", "tanker", "tank destroyer"])
>>> body
'tank(?:\\\\ destroyer|er|s)?'
>>> [m.group() for m in regex.finditer(rf"\\b(?:{body})\\b", "tanks, a tanker and a tank destroyer")]
['tanks', 'tanker', 'tank destroyer']
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex

__all__ = ["literal_atoms", "trie_alternation", "word_start"]

_END = ""  # the key of "a phrase ends here" (no atom is empty)


def literal_atoms(
    phrase: str, *, separator: str | None = None, lower: bool = False, apostrophe: str | None = None
) -> list[str]:
    """A plain phrase as atoms: one escaped character each; a run of spaces as `separator` when given;
    a straight apostrophe as the class `apostrophe` (e.g. "['’]") when given."""
    text = phrase.lower() if lower else phrase

    def atom(ch: str) -> str:
        return apostrophe if apostrophe is not None and ch == "'" else regex.escape(ch)

    if separator is None:
        return [atom(ch) for ch in text]
    out: list[str] = []
    for k, word in enumerate(text.split()):
        if k:
            out.append(separator)
        out.extend(atom(ch) for ch in word)
    return out


def word_start(phrases: Iterable[str]) -> str:
    """``\\b`` when every phrase begins with a word character, else "".

    Put before a pattern's own left-boundary lookbehind, it adds nothing to what matches but
    lets the engine reject every position inside a word at once (several times faster scans).
    """
    return r"\b" if all(_WORD_FIRST.match(p) for p in phrases) else ""


_WORD_FIRST = regex.compile(r"\w")
_Node = dict[str, "_Node"]


def trie_alternation(alternatives: Iterable[Sequence[str]]) -> str:
    """A regex (no capturing group) that matches exactly one of `alternatives` (sequences of atoms)."""
    root: _Node = {}
    for atoms in alternatives:
        if not atoms or not all(atoms):
            raise ValueError("trie_alternation: every alternative needs atoms, and no atom is empty")
        node = root
        for atom in atoms:
            node = node.setdefault(atom, {})
        node[_END] = {}
    if not root:
        raise ValueError("trie_alternation: no alternatives")
    return _emit(root)[0]


def _emit(node: _Node) -> tuple[str, int]:
    """The node's pattern and the most atoms a path below it has."""
    kids = sorted(((atom, *_emit(child)) for atom, child in node.items() if atom != _END),
                  key=lambda kid: (-kid[2], kid[0]))
    depth = max((d + 1 for _, _, d in kids), default=0)
    parts = [atom + pattern for atom, pattern, _ in kids]
    if not parts:
        return "", 0
    if len(parts) > 1:
        body = "(?:" + "|".join(parts) + ")"
    elif _END in node and not _ONE_CHAR.fullmatch(parts[0]):
        body = "(?:" + parts[0] + ")"
    else:
        body = parts[0]
    return (body + "?" if _END in node else body), depth


_ONE_CHAR = regex.compile(r"\\?[^\\]|\\\\", regex.DOTALL)  # "s", "\\ ", "\\-"
