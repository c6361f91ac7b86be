"""Mission noun phrases.

A mission noun phrase is a mission noun ("embassy", "consulates general", "diplomatic
facilities") with what stands before it in its phrase (a possessive country, "its", a
demonym, a city used as a modifier, a number or share) and after it ("in Uganda, Angola and
Spain", "of the DPRK", "to the United Nations", "abroad"):

>>> from diplomacy_facts.places import find_places
>>> from diplomacy_facts.quantities import find_quantities
>>> s = "North Korea closed its embassies in Uganda, Angola and Spain."
>>> [np] = find_mission_nps(s, find_places(s), find_quantities(s))
>>> np.kind.value, np.plural, np.pronoun, [h.code for h in np.hosts]
('embassy', True, 'its', ['UG', 'AO', 'ES'])
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from diplomacy_facts.clauses import Token, token_index, tokenize
from diplomacy_facts.lazy import lazy_compile
from diplomacy_facts.mission_lexicon import (
    ABROAD,
    AMBIGUOUS,
    ANAPHORS,
    BLOCKERS,
    COMPOUNDS,
    KIND_PHRASES,
    KINDS,
    OWNERS,
    PREMODIFIERS,
    QUANTIFIERS,
    Hit,
)
from diplomacy_facts.mission_places import Host, host_of, place_at, place_list
from diplomacy_facts.model import MissionKind
from diplomacy_facts.places import PlaceKind, PlaceMention, is_region
from diplomacy_facts.quantities import QuantityMention

__all__ = ["MissionNP", "find_mission_nps"]


@attrs.frozen
class MissionNP:
    """A mission noun phrase in a sentence, with what its own words say about it."""

    start: int
    end: int
    head_start: int
    head_end: int
    kind: MissionKind
    plural: bool
    sender: str | None = None
    sender_how: str = ""  # "possessive", "of", "attributive", "name"
    pronoun: str | None = None  # "its", "their", "anaphor" ("the kingdom's")
    hosts: tuple[Host, ...] = ()
    quantity: QuantityMention | None = None
    total: QuantityMention | None = None  # "two of its [three] consulates"
    definite: bool = False  # "the", "these", "those": a mission named before
    indefinite: bool = False  # "a", "an": a mission not named before ("opened a new embassy")
    town: str | None = None  # "the consulate in Berehove": a place the gazetteer does not know
    reciprocal: bool = False  # "the two countries' respective embassies", "each other's capitals"
    abroad: bool = False
    elsewhere: bool = False
    compound: str = ""  # the noun the mission word modifies: "embassy [staff]", "embassy [operations]"
    distinct: bool = False  # a post of its own sort: "interests section", "legation"
    owners: tuple[str, ...] = ()  # several senders: "the French, German and Italian embassies", "of A, B and C"

    @property
    def host_codes(self) -> tuple[str | None, ...]:
        return tuple(h.code for h in self.hosts)


#: "its office in Lilongwe to a full embassy": an office made an embassy is a country's office
_LOWER_WORD = lazy_compile(r"\p{Ll}[\p{Ll}\d-]*")  # a lower-case word that may describe a mission
_PLURAL_POSSESSOR = lazy_compile(r"\s*(?:countries|sides|nations|governments|states)['’]")
_TO_EMBASSY = lazy_compile(
    r"\s+(?:(?:in|on|last|this)\s+\w+\s+)?(?:to|into)\s+(?:a\s+|an\s+)?(?:full\s+|full-fledged\s+|fully[\s-]fledged\s+)?"
    r"embass(?:y|ies)\b",
    regex.IGNORECASE,
)
_TOWN = lazy_compile(
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|His|Her|Its|Their|This|That)\b)\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*"
    r"(?=\s*(?:[,.;]|$|\s+(?:and|on|in|would|will|was|is|has|had|to|from)\b))"
)


_SITE_IN = lazy_compile(
    r",?\s*(?:in|at)\s+(?:an?|the|its|their)\s+(?:[\w'’-]+\s+){0,4}?(?:in|at|on)\s+(?:the\s+)?", regex.IGNORECASE
)
_IN_N_COUNTRIES = lazy_compile(
    r"\s+in\s+(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?\d[\d,]*\s+"
    r"(?:countries|nations|capitals)\b",
    regex.IGNORECASE,
)
_BOTH_BEFORE = lazy_compile(r"\b(?:both|the\s+two)\s+$", regex.IGNORECASE)


def find_mission_nps(
    sentence: str,
    places: Sequence[PlaceMention],
    quantities: Sequence[QuantityMention],
    tokens: list[Token] | None = None,
) -> list[MissionNP]:
    """The mission noun phrases of a sentence, in text order."""
    toks = tokenize(sentence) if tokens is None else tokens
    out: list[MissionNP] = []
    for m in KIND_PHRASES.find(sentence):
        np = _read_np(sentence, toks, m, places, quantities)
        if np is not None:
            out.append(np)
    return out


def _quantity_at(quantities: Sequence[QuantityMention], start: int, end: int) -> QuantityMention | None:
    for q in quantities:
        if q.start <= start and end <= q.end:
            return q
    return None


_DETERMINERS = frozenset({"its", "their", "the", "a", "an", "this", "that", "'s", "'"})
#: words that end a phrase rather than describe its noun ("the closed embassy" is read by participle_before)
_NOT_DESCRIBING = frozenset(
    "closed shuttered shut abandoned evacuated mothballed reopened opened said says and or but of to in at on for by "
    "with from as than is are was were be been has have had will would not no".split()
)


def _describing(tokens: list[Token], j: int, head: int) -> bool:
    """Whether token j is a describing word between a determiner and the mission noun ("its tiny
    mission", "the heavily fortified embassy"): at most two such words, a determiner just before."""
    word = tokens[j].low
    if (
        head - j > 3
        or not _LOWER_WORD.fullmatch(tokens[j].text)
        or _NOT_DESCRIBING & set(word.split("-"))
    ):
        return False
    for k in (j - 1, j - 2):
        if k < 0:
            return False
        if tokens[k].low in _DETERMINERS:
            return True
        if not _LOWER_WORD.fullmatch(tokens[k].text) or tokens[k].low in _NOT_DESCRIBING:
            return False
    return False


def _read_np(
    sentence: str,
    tokens: list[Token],
    m: Hit,
    places: Sequence[PlaceMention],
    quantities: Sequence[QuantityMention],
) -> MissionNP | None:
    form = " ".join(m.text.lower().replace("’", "'").split())
    kind, plural, distinct = KINDS[form]
    proper = m.text[:1].isupper() and " " in m.text and m.text.split()[-1][:1].isupper()
    head_i = token_index(tokens, m.start)
    after_i = token_index(tokens, m.end)
    # --- left: the words of the phrase before the noun ---
    sender: str | None = None
    sender_how = ""
    pronoun: str | None = None
    attributive: list[PlaceMention] = []
    found_quantities: list[QuantityMention] = []
    definite = indefinite = reciprocal = blocked = False
    town: str | None = None
    owners: tuple[str, ...] = ()
    licensed = form not in AMBIGUOUS
    j = head_i - 1
    while j >= 0:
        tok = tokens[j]
        low = tok.low
        if low in ("'s", "'") and j > 0:
            owner = place_at(places, tokens[j - 1].start, tokens[j - 1].end)
            if owner is not None and sender is None:
                sender, sender_how, licensed = owner.code, "possessive", True
                j = token_index(tokens, owner.start) - 1
                continue
            if tokens[j - 1].low in ANAPHORS:
                pronoun, licensed = "anaphor", True
                j -= 2
                continue
            if tokens[j - 1].low in ("countries", "sides", "nations", "governments") and low == "'":
                reciprocal, licensed = True, True
                j -= 2
                continue
            if tokens[j - 1].low in OWNERS or tokens[j - 1].text[:1].isupper():
                blocked = True  # "Google's office", "UNHCR's office"
            break
        place = place_at(places, tok.start, tok.end)
        if place is not None:
            attributive.append(place)
            licensed = True
            j = token_index(tokens, place.start) - 1
            continue
        if low in (",", "and") and attributive and attributive[-1].kind is PlaceKind.DEMONYM and j > 0:
            before = place_at(places, tokens[j - 1].start, tokens[j - 1].end)
            if before is not None and before.kind is PlaceKind.DEMONYM and not is_region(before.code):
                j -= 1  # "the French, German and Italian embassies": several owners
                continue
        quantity = _quantity_at(quantities, tok.start, tok.end)
        if quantity is not None:
            written = quantity.quantity.text
            number_end = quantity.start + len(written) if written else quantity.end
            between = sentence[number_end : m.start]
            if "'" in between or "’" in between:
                # "the two countries' respective embassies": the number counts the countries
                if _PLURAL_POSSESSOR.match(between):
                    reciprocal, licensed = True, True
            else:
                found_quantities.append(quantity)
                licensed = True
            j = token_index(tokens, quantity.start) - 1
            continue
        if low in ("its", "their"):
            pronoun, licensed = low, True
            j -= 1
            continue
        if low in ("a", "an") and pronoun is None:
            indefinite = True
        if low in ("this", "that") and plural:
            break  # "said that more consulates would close": a conjunction, not a determiner
        if low in ("the", "these", "those", "this", "that", "both") and pronoun is None:
            definite = True
            j -= 1
            continue
        if low in BLOCKERS or low in OWNERS:
            blocked = True
            break
        if low == "of":
            prev = tokens[j - 1] if j > 0 else None
            if prev is None or not (
                prev.low in QUANTIFIERS
                or prev.low in ("more", "further")  # "more of its embassies"
                or _quantity_at(quantities, prev.start, prev.end) is not None
            ):
                break
            j -= 1
            continue
        if low in PREMODIFIERS or low.isdigit():
            if low in ("new", "remaining", "diplomatic", "foreign", "overseas", "resident") or (
                plural and low in QUANTIFIERS
            ):
                licensed = True  # "its remaining posts", "several missions"
            j -= 1
            continue
        if _describing(tokens, j, head_i):
            j -= 1  # "its tiny mission", "the heavily fortified embassy": a describing word inside the phrase
            continue
        break
    if blocked:
        return None
    start = tokens[j + 1].start if j + 1 < len(tokens) else m.start
    # --- right: "in X, Y and Z", "of the DPRK", "to the UN", "abroad" ---
    hosts: list[Host] = []
    abroad = elsewhere = False
    k = after_i
    compound = ""
    if k < len(tokens) and tokens[k].low in COMPOUNDS:
        compound = tokens[k].low
        k += 1  # "embassy operations in Tripoli"
    end = m.end
    while k < len(tokens):
        low = tokens[k].low
        broad = all(h.org or (h.code or "").startswith("region:") for h in hosts)  # "in Latin America, in Havana"
        aside = low == "," and k + 1 < len(tokens) and tokens[k + 1].low == "in" and broad
        if aside:
            k += 1  # "a new embassy, in Doha, in 2019"
            low = "in"
        if low in ("in", "at", "to") and broad:
            found, nk, recip, else_ = place_list(sentence, tokens, k + 1, places)
            if not found and not recip and low == "in" and k + 1 < len(tokens):
                unknown = _TOWN.match(sentence, tokens[k + 1].start)
                if unknown is not None and not place_at(places, unknown.start(), unknown.end()):
                    town = unknown.group()  # "the consulate general in Berehove"
                    end = unknown.end()
                    k = token_index(tokens, unknown.end())
                    continue
            if found or recip:
                if hosts and found:
                    hosts.clear()  # "to the United Nations in Geneva": the city says where
                hosts.extend(found)
                reciprocal = reciprocal or recip
                elsewhere = elsewhere or else_
                licensed = True
                end = tokens[nk - 1].end
                k = nk
                continue
        if low == "of" and k + 1 < len(tokens):
            j2 = k + 1
            if tokens[j2].low == "the":
                j2 += 1
            owner = place_at(places, tokens[j2].start, tokens[j2].end) if j2 < len(tokens) else None
            if owner is not None and owner.kind is not PlaceKind.REGION and sender is None and not hosts:
                sender, sender_how, licensed = owner.code, "of", True
                end = owner.end
                k = token_index(tokens, owner.end)
                listed, nk, _, _ = place_list(sentence, tokens, j2, places) if plural else ([], k, False, False)
                if len(listed) > 1 and all(h.city is None and h.code and not is_region(h.code) for h in listed):
                    owners = tuple(h.code for h in listed if h.code)  # "the embassies of France, Germany and Italy"
                    end, k = listed[-1].end, nk
                continue
        if low == "of" and k + 2 < len(tokens) and tokens[k + 1].low in ("its", "their") and tokens[k + 2].low == "own":
            k += 3  # "a trade representation of its own in Taipei"
            continue
        site = _SITE_IN.match(sentence, tokens[k].start) if len(hosts) == 1 and not hosts[0].city else None
        named = place_at(places, site.end(), site.end() + 1) if site else None
        if site and named and named.code == hosts[0].code and named.kind in (PlaceKind.CITY, PlaceKind.CAPITAL):
            # "its first embassy in Kenya, in a tower block in Nairobi": the city of the site
            hosts[0] = host_of(named)
            end = named.end
            k = token_index(tokens, named.end)
            continue
        ab = ABROAD.match(sentence, tokens[k].start)
        if ab is not None:
            abroad = licensed = True
            end = ab.end()
            k = token_index(tokens, ab.end())
            continue
        break
    # attributive places: a demonym or country is the sender ("the North Korean embassy"), a
    # city the host ("the Madrid embassy"); in "the Angolan embassy of the DPRK" the demonym
    # is the host; in a proper name ("Taipei Economic and Cultural Office") the place is the sender
    named_owners = [p.code for p in reversed(attributive) if p.kind is PlaceKind.DEMONYM and not is_region(p.code)]
    if plural and len(named_owners) > 1 and not owners:
        owners = tuple(dict.fromkeys(named_owners))
    for place in attributive:
        if place.kind in (PlaceKind.CITY, PlaceKind.CAPITAL) and not proper:
            if not hosts:
                hosts.append(host_of(place))
        elif place.kind is PlaceKind.REGION or is_region(place.code) or sender_how == "of":
            if not hosts:
                hosts.append(Host(place.code, None, place.start, place.end))
        elif (pronoun is not None or sender_how == "possessive") and not proper and place.code != sender:
            if not hosts:  # "closed its Afghan embassy", "Britain's Syrian embassy": where it is
                hosts.append(Host(place.code, None, place.start, place.end))
        elif sender is None:
            sender, sender_how = place.code, ("name" if proper else "attributive")
    both = plural and _BOTH_BEFORE.search(sentence, max(0, m.start - 12), m.start) is not None
    spread = plural and not hosts and _IN_N_COUNTRIES.match(sentence, m.end) is not None  # "missions in 58 countries"
    licensed = licensed or both or spread
    upgraded = pronoun is not None and _TO_EMBASSY.match(sentence, max(end, m.end)) is not None
    if form in ("office", "offices") and sender is None and not both and not upgraded:
        return None  # a bare "office" is a mission only as a country's office (or "both offices" named before)
    if not licensed:
        return None
    quantity = found_quantities[-1] if found_quantities else None  # leftmost: "two of its three"
    total = found_quantities[0] if len(found_quantities) > 1 else None
    return MissionNP(
        start=min(start, m.start),
        end=max(end, m.end),
        head_start=m.start,
        head_end=m.end,
        kind=kind,
        plural=plural,
        sender=sender,
        sender_how=sender_how,
        pronoun=pronoun,
        hosts=tuple(hosts),
        quantity=quantity,
        total=total,
        definite=definite,
        indefinite=indefinite,
        town=town,
        reciprocal=reciprocal,
        abroad=abroad,
        elsewhere=elsewhere,
        compound=compound,
        distinct=distinct,
        owners=owners,
    )
