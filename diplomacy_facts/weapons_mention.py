"""One weapon phrase in a sentence (read by diplomacy_facts.weapons, used by the arms extractor)."""

from __future__ import annotations

import attrs

from diplomacy_facts.model import ArmsCategory

__all__ = ["ItemMention"]


@attrs.frozen
class ItemMention:
    """One weapon phrase: [start, end) covers designation, modifiers and type noun."""

    start: int
    end: int
    item: str
    category: ArmsCategory
    designation: str | None = None
    calibre: str | None = None
    origin: str | None = None  # ISO code from "Iranian-made", "Chinese", "China's"
    origin_kind: str | None = None  # "made", "supplied", "demonym", "possessive", "designation"
    flags: frozenset[str] = frozenset()
    plural: bool = False
    definite: bool = False  # "the missiles", "these shipments": may point back

    @property
    def head(self) -> str:
        return self.item.split()[-1]

    @property
    def generic(self) -> bool:
        return "generic" in self.flags

    @property
    def container(self) -> bool:
        return "container" in self.flags

    @property
    def package(self) -> bool:
        return "package" in self.flags

    @property
    def carrier(self) -> bool:
        return "carrier" in self.flags
