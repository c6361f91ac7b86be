"""Weapon lexicons: type nouns and designations, loaded once and compiled into regexes.

``data/lexicons/weapons_types.txt`` maps type nouns to a category ("howitzer" -> artillery);
``weapons_designations.txt`` maps names to a category, a default type noun and the country
that makes them ("K9" -> artillery, "self-propelled howitzer", KR). Read by
:mod:`diplomacy_facts.weapons`.

>>> lookup_designation("Leopard 2A6").name, lookup_designation("FK-3").name
('Leopard 2', 'HQ-22')
>>> type_of("howitzers").category.value
'artillery'
"""

from __future__ import annotations

from importlib import resources

import attrs
import regex

from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.model import ArmsCategory
from diplomacy_facts.trie import literal_atoms, trie_alternation, word_start

__all__ = [
    "DESIG_RE",
    "KEEP_MODS",
    "NOT_ITEM_AFTER",
    "NOT_ITEM_BEFORE",
    "NOT_NAMES",
    "OTHER",
    "SKIP_MODS",
    "TYPES",
    "TYPE_EXACT_RE",
    "TYPE_RE",
    "WORN_MODS",
    "Designation",
    "WeaponType",
    "lookup_designation",
    "plurals",
    "singular_words",
    "type_of",
]


@attrs.frozen
class WeaponType:
    phrase: str
    category: ArmsCategory
    item: str
    flags: frozenset[str]


@attrs.frozen
class Designation:
    name: str
    category: ArmsCategory
    default_type: str
    origin: str | None
    ambiguous: bool
    carrier: bool


def _lines(name: str) -> list[list[str]]:
    text = resources.files("diplomacy_facts").joinpath(f"data/lexicons/{name}.txt").read_text("utf-8")
    rows = []
    for raw in text.splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            rows.append([f.strip() for f in line.split("|")])
    return rows


def plurals(word: str) -> list[str]:
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return [word, word[:-1] + "ies"]
    if word.endswith(("s", "x", "ch", "sh")):
        return [word, word + "es"]
    if word.endswith("o") and word[-2:-1] not in "aeiou":
        return [word, word + "es", word + "s"]  # "torpedoes", "commandos"
    return [word, word + "s"]


def _load_types() -> tuple[dict[str, WeaponType], regex.Pattern[str], regex.Pattern[str]]:
    types: dict[str, WeaponType] = {}
    forms: dict[str, str] = {}
    exact: dict[str, str] = {}
    for row in _lines("weapons_types"):
        phrase, category = row[0], ArmsCategory(row[1])
        flags = {f.strip() for f in (row[2] if len(row) > 2 else "").split(",") if f.strip()}
        item = next((f[5:] for f in flags if f.startswith("item=")), phrase.lower())
        wt = WeaponType(phrase.lower(), category, item, frozenset(f for f in flags if not f.startswith("item=")))
        types[phrase.lower()] = wt
        words = phrase.split()
        variants = [phrase] if "mass" in flags else [" ".join([*words[:-1], w]) for w in plurals(words[-1])]
        target = exact if (phrase.isupper() or "lowercase" in flags) else forms
        for v in variants:
            target[v] = phrase.lower()

    def compile_(d: dict[str, str], flags: int) -> regex.Pattern[str]:
        # one trie (diplomacy_facts.trie): the same matches as a longest-first alternation, found faster;
        # built and compiled on first use (diplomacy_facts.lazy)
        def build() -> str:
            body = trie_alternation(literal_atoms(a, separator=r"[\s-]+", lower=bool(flags & regex.I)) for a in d)
            return rf"{word_start(d)}(?<![\w-])(?:{body})(?![\w-])"

        return lazy_compile(build, flags)

    return types, compile_(forms, regex.IGNORECASE), compile_(exact, 0)


def _name_pattern(name: str) -> list[str]:
    out = []
    for i, ch in enumerate(name):
        prev = name[i - 1] if i else ""
        if ch in "- " and prev.isalnum() and i + 1 < len(name) and name[i + 1].isalnum():
            out.append(r"[-\s]?" if (prev.isdigit() != name[i + 1].isdigit()) else (r"\s+" if ch == " " else "-"))
        elif ch in "'’":
            out.append("['’]")
        else:
            if prev and prev.isalpha() != ch.isalpha() and prev.isalnum() and ch.isalnum():
                out.append("-?")
            out.append(regex.escape(ch))
    return out


# a variant written after a listed name: "Cheongung-II", "Hisar-O", "Sky Bow III" (the entry is the name)
_VARIANT = r"-(?:I{1,3}|IV|[A-Z]{1,2}\d{0,2})(?![\w-])|\s(?:II|III|IV)(?![\w-])|(?<=\d)[A-Z]{1,3}\d?(?![\w-])"


def _load_designations() -> tuple[dict[str, Designation], list[tuple[str, str]], regex.Pattern[str]]:
    by_name: dict[str, Designation] = {}
    aliases: list[tuple[str, str]] = []
    for row in _lines("weapons_designations"):
        names = [n.strip() for n in row[0].split(";") if n.strip()]
        flags = set((row[4] if len(row) > 4 else "").split(","))
        d = Designation(
            names[0],
            ArmsCategory(row[1]),
            row[2],
            (row[3] or None) if len(row) > 3 else None,
            "ambiguous" in flags,
            "carrier" in flags,
        )
        for n in names:
            by_name[n.lower()] = d
            aliases.append((n, names[0]))
    alts = sorted({a for a, _ in aliases}, key=lambda a: (-len(a), a))

    def build() -> str:  # a trie (diplomacy_facts.trie), built on first use
        body = trie_alternation(_name_pattern(a) for a in alts)
        return rf"{word_start(alts)}(?<![\w-])(?P<d>{body})(?:{_VARIANT})?(?P<pl>s|es|['’]s)?(?![\w-])"

    pattern = lazy_compile(build)
    return by_name, aliases, pattern


TYPES, TYPE_RE, TYPE_EXACT_RE = _load_types()
_DESIGNATIONS, _ALIASES, DESIG_RE = _load_designations()
_KEY = lazy_compile(r"[\W_]+")
_BY_KEY = {_KEY.sub("", a.lower()): c for a, c in _ALIASES}


def _singulars() -> dict[str, str]:
    """Plural form -> singular of the last word of each weapon type (the first type wins)."""
    out: dict[str, str] = {}
    for t in TYPES:
        last = t.split()[-1]
        for form in plurals(last)[1:]:
            out.setdefault(form, last)
    return out


_SINGULAR = _singulars()


def singular_words(text: str) -> str:
    words = text.lower().replace("’", "'").split()
    if not words:
        return ""
    words[-1] = _SINGULAR.get(words[-1], words[-1])
    return " ".join(words)


def lookup_designation(name: str) -> Designation | None:
    """The lexicon entry for a weapon name or alias ("Leopard 2A6" -> Leopard 2)."""
    canonical = _BY_KEY.get(_KEY.sub("", name.lower()))
    return _DESIGNATIONS.get(canonical.lower()) if canonical else None


def type_of(text: str) -> WeaponType | None:
    key = " ".join(text.lower().replace("-", " - ").split()).replace(" - ", "-")
    for cand in (key, key.replace(" ", "-")):
        for phrase in dict.fromkeys((cand, singular_words(cand))):
            if phrase in TYPES:
                return TYPES[phrase]
    hits = [t for p, t in TYPES.items() if singular_words(key) == p.replace("-", " ") or key == p.replace("-", " ")]
    return hits[0] if hits else None


# --- words around a weapon phrase -------------------------------------------------------------------

NOT_NAMES = frozenset(
    "The A An This That These Those Its Their His Her Our Some Many Several More Most Other New Old NATO Nato"
    " Western Soviet Allied European Russian-made Kremlin Pentagon President Minister Defence Defense Army Navy"
    " Air Force Forces Military Ministry Government State Department January February March April May June July"
    " August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
    " Both Each All Any Such Only Two Three Four Five Six Seven Eight Nine Ten Dozens Hundreds Thousands".split()
)

KEEP_MODS = lazy_compile(
    r"(?:self-propelled|towed|wheeled|tracked|mobile|portable|man-portable|shoulder-fired|long-range|short-range"
    r"|anti-ship|anti-radiation|anti-submarine|air-to-ground|air-to-surface|surface-to-surface|ship-launched"
    r"|submarine-launched|ground-launched|sea-launched"
    r"|medium-range|intermediate-range|guided|precision-guided|unguided|heavy|light|armou?red|unmanned|naval"
    r"|tactical|combat|attack|stealth|multirole|multi-role|reconnaissance|air-dropped|laser-guided|infantry"
    r"|kamikaze|hypersonic|supersonic|jet|transport|surveillance|small-diameter|bunker-busting|cluster)\s+$",
    regex.IGNORECASE,
)

# second-hand before a name: "24 used F-16 jets", "refurbished Leopard 1 tanks"
WORN_MODS = lazy_compile(
    r"(?:(?<=(?:\b(?:the|a|an|its|their|some|more|of|and|one|two|three|four|five|six|seven|eight|nine|ten|twelve"
    r"|dozen|dozens|several|few)|\d)\s)used|second-hand|secondhand|refurbished|surplus|ex-\w+)\s+$",
    regex.IGNORECASE,
)

SKIP_MODS = lazy_compile(
    r"(?:advanced|modern|new|newer|newest|upgraded|additional|extra|further|more|older|old|(?<=(?:\b(?:the|a|an|its|their|his|her|our|some|more|of|and|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|dozen|dozens|several|few|twenty|thirty|forty|fifty|sixty)|\d)\s)used|second-hand"
    r"|secondhand|refurbished|surplus|latest|sophisticated|powerful|long-awaited|much-needed|state-of-the-art"
    r"|high-tech|nuclear-capable|\w+-era|vintage|large-calibre|large-caliber|heavy-duty|cutting-edge|first"
    r"|remaining|own|such|similar|various|unspecified)\s+$",
    regex.IGNORECASE,
)

OTHER = lazy_compile(
    r"\b(?:other|non-lethal|civilian|commercial|passenger|private|nuclear|chemical|biological)\s+$", regex.IGNORECASE
)

# a weapon word used as a modifier: "missile programme", "tank crews", "drone attacks", "shell companies"
NOT_ITEM_AFTER = lazy_compile(
    r"\s*(?:programs?|programmes?|technology|technologies|tests?|testing|launch(?:es)?|launchpad|strikes?|attacks?"
    r"|assaults?|threats?|raids?|crews?|pilots?|operators?|battalions?|brigades?|units?|squadrons?|regiments?"
    r"|divisions?|corps|factory|factories|plants?|industry|industries|production|producers?|makers?"
    r"|manufacturers?|enterprises?|companies|company|firms?|depots?|stockpiles?|stocks?|shortages?|fuel|lag"
    r"|range|capabilit(?:y|ies)|development|research|design|parts|components|maintenance|training|race|control"
    r"|engines?|motors?|chips?|electronics|microelectronics|spare|know-how|blueprints?"
    r"|embargo|treaty|dealers?|trade|fair|expo|length|sites?|bases?|silos?|debris|fragments?|wreckage|crash(?:es)?"
    r"|shelter|fire|barrage|bombardment|war|warfare|warning|alerts?|sirens?|hit|impact|defences|defenses)\b"
    r"|\s+(?:and|or)\s+(?:[\w-]+\s+){0,2}(?:programs?|programmes?|technology|industry|tests?|production)\b",
    regex.IGNORECASE,
)

NOT_ITEM_BEFORE = lazy_compile(
    r"(?:anti|counter|think|fuel|water|oil|gas|storage|septic|fish|private|business|passenger|jumbo|commercial"
    r"|civilian|cargo|air|sea|ground|coal|gold)[\s-]+$|(?:-)$|\bround\s+of\s+$",
    regex.IGNORECASE,
)
