"""Where a mission is: the places listed after its noun ("in Uganda, Angola and Spain", "in the
Saudi capital", "in the Polish city of Poznan", "to the United Nations", "in Chandigarh, Mumbai
and Bengaluru" with a town the gazetteer lacks), as `Host`s."""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from diplomacy_facts.clauses import Token, token_index
from diplomacy_facts.mission_lexicon import CITY_OF, ORG_PATTERN, ORGS, PLACE_ADJECTIVES
from diplomacy_facts.places import PlaceKind, PlaceMention, capital_of, is_region

__all__ = ["Host", "host_of", "place_at", "place_list"]

_SPEECH_VERBS = frozenset(
    "said says say told tells reported reports confirmed confirms announced announces added adds claimed claims".split()
)
#: "..., and Norway followed suit", ", and Denmark has done the same": a new clause's subject
#: "in various African nations", "in a Gulf state"
_LAND_NOUNS = frozenset("nations countries states locations nation country state capitals capital".split())
_FOLLOWS = regex.compile(
    r"\s+(?:may|might|could|would|will|is\s+expected\s+to|is\s+likely\s+to|is\s+set\s+to)\s+"
    r"(?:follow|do\s+the\s+same|follow\s+suit)\b",
    regex.IGNORECASE,
)
_CLAUSE_VERBS = frozenset("followed follows did does has have had will would is was also too later then soon".split())


@attrs.frozen
class Host:
    """Where a mission is: a country code or ``region:*``, the city if named, and the span."""

    code: str | None
    city: str | None
    start: int
    end: int
    org: bool = False  # the seat of an organisation: "its permanent mission to the UN"


def place_at(places: Sequence[PlaceMention], start: int, end: int) -> PlaceMention | None:
    for p in places:
        if p.start <= start and end <= p.end:
            return p
    return None


def host_of(place: PlaceMention) -> Host:
    city = None
    if place.kind in (PlaceKind.CITY, PlaceKind.CAPITAL):
        written = place.text[:1].isupper() and not (place.text.isupper() and len(place.text) > 3)
        city = place.text if written else place.city  # the city as written (but "KABUL" in a headline)
    return Host(place.code, city, place.start, place.end)


def place_list(
    sentence: str, tokens: list[Token], k: int, places: Sequence[PlaceMention]
) -> tuple[list[Host], int, bool, bool]:
    """Places from token k on: "Uganda, Angola and Spain", "the Saudi capital", "Kabul, Afghanistan".

    Returns (hosts, index after the list, reciprocal "each other's capitals", "and elsewhere").
    """
    hosts: list[Host] = []
    unknown: list[tuple[int, int]] = []
    reciprocal = elsewhere = conjoined = False
    first_end = k  # where the list would end after its first item
    n = len(tokens)
    expect = True
    while k < n:
        if expect:
            j = k
            repeated = hosts and j + 1 < n and tokens[j].low in ("in", "at")
            if repeated and place_at(places, tokens[j + 1].start, tokens[j + 1].end):
                j += 1  # "in Spain, in Uganda and in Angola": the preposition repeated
            while j < n and tokens[j].low in PLACE_ADJECTIVES and not place_at(places, tokens[j].start, tokens[j].end):
                j += 1
            if j + 2 < n and tokens[j].low == "each" and tokens[j + 1].low == "other" and tokens[j + 2].low == "'s":
                reciprocal = True
                k = j + 4 if j + 3 < n else n
                expect = False
                continue
            org = ORG_PATTERN.match(sentence, tokens[j].start) if j < n else None
            place = place_at(places, tokens[j].start, tokens[j].end) if j < n else None
            if place is None and org is not None:
                code, city = ORGS[" ".join(org.group().lower().split())]
                hosts.append(Host(code, city, org.start(), org.end(), org=True))
                k = next((i for i in range(j, n) if tokens[i].start >= org.end()), n)
                expect = False
                continue
            if place is not None and hosts:
                after = next((i for i in range(j, n) if tokens[i].start >= place.end), n)
                if after < n and (tokens[after].low in ("'s", "'") or tokens[after].low in _SPEECH_VERBS):
                    break  # "in Bangladesh, South Korea's ministry said", "..., Seoul says": a new phrase
                comma_and = j >= 2 and tokens[j - 1].low in ("and", "or") and tokens[j - 2].text == ","
                if after < n and comma_and and tokens[after].low in _CLAUSE_VERBS:
                    break  # "..., and Norway followed suit"
                if after < n and _FOLLOWS.match(sentence, place.end):
                    break  # "its embassy in Paris and Uganda may follow"
            city_of = CITY_OF.match(sentence, tokens[j].start) if place is None and j < n else None
            named = place_at(places, city_of.start("name"), city_of.end("name")) if city_of else None
            if city_of is not None and named is not None and not named.code.startswith("region:"):
                # "in the city of Chengdu", "in the southwestern city of Lviv"
                hosts.append(Host(named.code, named.text, tokens[j].start, city_of.end()))
                k = token_index(tokens, city_of.end())
                expect = False
                continue
            if place is None:
                # an unknown town listed with known ones: "in Chandigarh, Mumbai and Bengaluru"
                run = j
                while run < n and run - j < 3 and tokens[run].text[:1].isupper() and tokens[run].is_word:
                    run += 1
                listed = k > 0 and tokens[k - 1].low in ("and", "or")
                if run > j and ((listed and hosts) or (run < n and tokens[run].low in (",", "and", "or"))):
                    unknown.append((tokens[j].start, tokens[run - 1].end))
                    k = run
                    expect = False
                    continue
                break
            end_index = next((i for i in range(j, n) if tokens[i].start >= place.end), n)
            city_of = CITY_OF.match(sentence, tokens[end_index].start) if end_index < n else None
            if place.kind is PlaceKind.DEMONYM and city_of is not None and not is_region(place.code):
                # "the Polish city of Poznan", "the Iraqi port of Basra"
                named = place_at(places, city_of.start("name"), city_of.end("name"))
                city = named.text if named is not None else city_of.group("name")
                hosts.append(Host(place.code, city, place.start, city_of.end()))
                end_index = token_index(tokens, city_of.end())
            elif (
                place.kind is PlaceKind.DEMONYM
                and end_index < n
                and tokens[end_index].low in ("capital", "capital city")
            ):
                hosts.append(Host(place.code, capital_of(place.code), place.start, tokens[end_index].end))
                end_index += 1
            elif place.kind is PlaceKind.DEMONYM and not is_region(place.code):
                # "in various African nations" is a region; "in Angolan waters" is no host
                if end_index < n and tokens[end_index].low in _LAND_NOUNS:
                    hosts.append(host_of(place))
                    end_index += 1
                else:
                    break
            elif place.kind in (PlaceKind.DEMONYM, PlaceKind.REGION) and is_region(place.code):
                hosts.append(Host(place.code, None, place.start, place.end))
                if end_index < n and tokens[end_index].low in _LAND_NOUNS:
                    end_index += 1
            elif (
                place.kind in (PlaceKind.COUNTRY, PlaceKind.CITY)
                and end_index + 1 < n
                and tokens[end_index].low in ("'s", "'")
                and tokens[end_index + 1].low == "capital"
            ):
                # "in Tanzania's capital", "in Somaliland's capital Hargeisa"
                after = end_index + 2 + (end_index + 2 < n and tokens[end_index + 2].text == ",")
                named = place_at(places, tokens[after].start, tokens[after].end) if after < n else None
                if named is not None and named.code == place.code and named.kind in (PlaceKind.CITY, PlaceKind.CAPITAL):
                    hosts.append(Host(place.code, host_of(named).city, place.start, named.end))
                    end_index = token_index(tokens, named.end)
                else:
                    seat = capital_of(place.code) if place.kind is PlaceKind.COUNTRY else None
                    hosts.append(Host(place.code, seat, place.start, tokens[end_index + 1].end))
                    end_index += 2
            else:
                hosts.append(host_of(place))
            k = end_index
            expect = False
            continue
        tok = tokens[k]
        app = (
            _apposition(sentence, tokens, k, places, hosts[-1]) if tok.text == "," and hosts and not conjoined else None
        )
        if app is not None:  # "in Chisinau, the Moldovan capital,", "in Tanzania's capital, Dodoma"
            named_city, k = app
            hosts[-1] = attrs.evolve(hosts[-1], city=named_city or hosts[-1].city, end=tokens[k - 1].end)
            continue
        if tok.text == "," and k + 1 < n:
            if conjoined:
                break  # "in Senegal and Guinea, Seoul says": the list ended at its "and"
            # "Kabul, Afghanistan": the country of the city just read
            nxt = place_at(places, tokens[k + 1].start, tokens[k + 1].end)
            apposed = nxt is not None and nxt.kind is PlaceKind.COUNTRY
            if nxt is not None and apposed and hosts and hosts[-1].city and nxt.code == hosts[-1].code:
                k = next((i for i in range(k + 1, n) if tokens[i].start >= nxt.end), n)
                continue
            if tokens[k + 1].low in ("and", "or"):
                conjoined = True
                k += 1
            if len(hosts) == 1 and not unknown:
                first_end = k
            k += 1
            expect = True
            continue
        if tok.low in ("and", "or"):
            conjoined = True
            if k + 1 < n and tokens[k + 1].low == "elsewhere":
                elsewhere = True
                k += 2
                break
            k += 1
            expect = True
            continue
        break
    if expect and hosts:
        # a dangling comma or "and": give the token back
        while k > 0 and tokens[k - 1].low in (",", "and", "or"):
            k -= 1
    if len(hosts) > 1 and not conjoined and not unknown:
        hosts, k = hosts[:1], first_end  # "in Bangladesh, Seoul said": a list needs its "and"
    countries = {h.code for h in hosts}
    only = hosts[0].code if hosts else None
    if unknown and only and len(countries) == 1 and all(h.city for h in hosts):
        hosts = sorted([*hosts, *(Host(only, sentence[a:b], a, b) for a, b in unknown)], key=lambda h: h.start)
    return hosts, k, reciprocal, elsewhere


def _apposition(
    sentence: str, tokens: Sequence[Token], k: int, places: Sequence[PlaceMention], host: Host
) -> tuple[str | None, int] | None:
    """A place in apposition at the comma `k`, naming the host again: ", the Moldovan capital," after
    "Chisinau"; ", Dodoma" after "Tanzania's capital". Returns (its city, index after it)."""
    n = len(tokens)
    j = k + 1
    if j < n and tokens[j].low == "the":
        j += 1
    place = place_at(places, tokens[j].start, tokens[j].end) if j < n else None
    if place is None or place.code != host.code:
        return None
    after = token_index(tokens, place.end)
    city: str | None = None
    if place.kind is PlaceKind.DEMONYM and after < n and tokens[after].low in ("capital", "city"):
        after += 1
    elif (
        place.kind in (PlaceKind.CITY, PlaceKind.CAPITAL)
        and j == k + 1
        and sentence[host.start : host.end] != host.city
    ):
        city = host_of(place).city
    else:
        return None
    if after < n and tokens[after].text not in (",", ".", ";", ")"):
        return None
    return city, after
