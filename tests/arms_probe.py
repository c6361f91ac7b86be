"""A grammar probe for the arms extractor: recall per sentence SHAPE, not per corpus.

Run with ``.venv/bin/python tests/arms_probe.py [--full] [--show FAMILY_OR_ID] [--fail N]``.
Not collected by pytest (no ``test_`` prefix).

Each template is one shape news uses to tell an arms transfer (or a distractor that must
stay silent). It is filled combinatorially with supplier/recipient pairs from every
continent, weapons of every category, arms makers, fronted adjuncts and tails (dates,
"under a $X deal", "officials said", "according to ..."). A positive case counts as read
when some fact has the expected supplier, recipient and category (status, quantity and
dates are not checked here: the table in tests/arms_table.py checks those). A negative
case counts as silent when no fact at all is read. The report gives recall per template
and per family.

Placeholders: {S}/{Sd}/{Sc} supplier country, demonym and capital, {R}/{Rd}/{Rc} recipient country,
demonym and capital, {C} an arms maker (the expected supplier is then its country, {Cn}
that country's name), {N} a count, {W} a plural weapon phrase ({W2}, {W3} two others of
other categories, {Wc} the weapon capitalised), {D} the supplier's own weapon by designation, {F} a branch of the armed forces,
{S2}/{S3} two more suppliers, {pre}/{post} adjuncts.
"""

# ruff: noqa: E501  (a table of templates: one sentence shape per line)
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from diplomacy_facts import parse_article

PUBLISHED = "2024-03-15"
CUE = "Defence news.\n\n"

# (name as written, code, demonym)
SUPPLIERS: list[tuple[str, str, str, str]] = [  # name, code, demonym, capital
    ("the United States", "US", "American", "Washington"),
    ("France", "FR", "French", "Paris"),
    ("Germany", "DE", "German", "Berlin"),
    ("South Korea", "KR", "South Korean", "Seoul"),
    ("Turkey", "TR", "Turkish", "Ankara"),
    ("China", "CN", "Chinese", "Beijing"),
    ("Russia", "RU", "Russian", "Moscow"),
    ("Israel", "IL", "Israeli", "Israel"),
    ("India", "IN", "Indian", "New Delhi"),
    ("Brazil", "BR", "Brazilian", "Brasilia"),
    ("Sweden", "SE", "Swedish", "Stockholm"),
    ("Italy", "IT", "Italian", "Rome"),
    ("Britain", "GB", "British", "London"),
    ("Spain", "ES", "Spanish", "Madrid"),
    ("Japan", "JP", "Japanese", "Tokyo"),
    ("Iran", "IR", "Iranian", "Tehran"),
    ("the Czech Republic", "CZ", "Czech", "Prague"),
    ("South Africa", "ZA", "South African", "Pretoria"),
]
# (name, code, demonym, capital)
RECIPIENTS: list[tuple[str, str, str, str]] = [
    ("the Philippines", "PH", "Philippine", "Manila"),
    ("Kenya", "KE", "Kenyan", "Nairobi"),
    ("Ukraine", "UA", "Ukrainian", "Kyiv"),
    ("Nigeria", "NG", "Nigerian", "Abuja"),
    ("Poland", "PL", "Polish", "Warsaw"),
    ("Greece", "GR", "Greek", "Athens"),
    ("Egypt", "EG", "Egyptian", "Cairo"),
    ("Indonesia", "ID", "Indonesian", "Jakarta"),
    ("Colombia", "CO", "Colombian", "Bogota"),
    ("Argentina", "AR", "Argentine", "Buenos Aires"),
    ("Vietnam", "VN", "Vietnamese", "Hanoi"),
    ("Morocco", "MA", "Moroccan", "Rabat"),
    ("Pakistan", "PK", "Pakistani", "Islamabad"),
    ("Saudi Arabia", "SA", "Saudi", "Riyadh"),
    ("Ghana", "GH", "Ghanaian", "Accra"),
    ("Kazakhstan", "KZ", "Kazakh", "Astana"),
    ("Serbia", "RS", "Serbian", "Belgrade"),
    ("Peru", "PE", "Peruvian", "Lima"),
    ("Bangladesh", "BD", "Bangladeshi", "Dhaka"),
    ("Taiwan", "TW", "Taiwanese", "Taipei"),
]
# (maker, code, country name)
MAKERS: list[tuple[str, str, str]] = [
    ("Lockheed Martin", "US", "the United States"),
    ("Hyundai Rotem", "KR", "South Korea"),
    ("Saab", "SE", "Sweden"),
    ("Rheinmetall", "DE", "Germany"),
    ("Baykar", "TR", "Turkey"),
    ("Naval Group", "FR", "France"),
    ("Norinco", "CN", "China"),
    ("Elbit Systems", "IL", "Israel"),
    ("Hanwha Aerospace", "KR", "South Korea"),
    ("Embraer", "BR", "Brazil"),
    ("Navantia", "ES", "Spain"),
    ("Damen", "NL", "the Netherlands"),
]
# (plural phrase, count, category)
WEAPONS: list[tuple[str, str, str]] = [  # no designation: a "K2" would name its own maker
    ("fighter jets", "12", "aircraft"),
    ("main battle tanks", "180", "armoured_vehicles"),
    ("attack drones", "six", "drones"),
    ("self-propelled howitzers", "18", "artillery"),
    ("air defence systems", "two", "air_defence"),
    ("anti-ship missiles", "40", "missiles"),
    ("artillery shells", "10,000", "ammunition"),
    ("offshore patrol vessels", "two", "ships"),
    ("assault rifles", "5,000", "small_arms"),
    ("armoured personnel carriers", "30", "armoured_vehicles"),
    ("transport helicopters", "four", "aircraft"),
    ("diesel-electric submarines", "two", "ships"),
    ("loitering munitions", "300", "drones"),
    ("multiple rocket launchers", "16", "artillery"),
]
DESIGNATED: dict[str, str] = {  # a supplier's own weapon, named as the press names it
    "US": "F-16 fighter jets", "FR": "Rafale jets", "DE": "Leopard 2 tanks", "KR": "K9 howitzers",
    "TR": "Bayraktar TB2 drones", "CN": "J-10C fighters", "RU": "Su-35 fighters", "IL": "Hermes 900 drones",
    "IN": "BrahMos missiles", "BR": "Super Tucano aircraft", "SE": "Gripen jets", "IT": "AW149 helicopters",
    "GB": "Challenger 2 tanks", "ES": "Avante 2200 corvettes", "JP": "Abukuma-class destroyers",
    "IR": "Shahed-136 drones", "CZ": "Dana howitzers", "ZA": "Rooikat armoured vehicles",
}
FORCES = ["Air Force", "Navy", "Army", "armed forces"]
PRES = ["", "On Tuesday, ", "Last year, ", "In January, "]
POSTS = ["", " under a $1.2 billion deal", ", officials said", ", according to the defence ministry", " last month"]


@dataclass(frozen=True)
class T:
    family: str
    id: str
    text: str
    sup: str = "S"  # "S": the supplier country; "C": the maker's country
    only: tuple[str, ...] = ()  # restrict weapons to these categories
    negative: bool = False
    all_items: bool = False  # expect W, W2 and W3


TEMPLATES: list[T] = [
    # controls: shapes that already work
    T("control", "sold-to", "{pre}{S} sold {N} {W} to {R}{post}."),
    T("control", "received-from", "{pre}{R} received {N} {W} from {S}{post}."),
    T("control", "passive-to", "{pre}{N} {W} were delivered to {R} by {S}{post}."),
    T("control", "sale-of", "{pre}The sale of {N} {Sd} {W} to {R} was approved{post}."),
    # companies as suppliers
    T("company", "maker-deliver-force", "{pre}{C} will deliver {N} {W} to the {Rd} {F}{post}.", sup="C"),
    T("company", "maker-signed-with-agency", "{pre}{C} signed a contract with {R}'s defence ministry for {N} {W}{post}.", sup="C"),
    T("company", "maker-signed-with-country", "{pre}{C} signed a contract with {R} for {N} {W}{post}.", sup="C"),
    T("company", "contract-covers", "{pre}A $1.2 billion contract covers {N} {W} for {R} from {Cn}'s {C}{post}.", sup="C"),
    T("company", "country-deal-with-maker", "{pre}{R} signed a deal with {C} for {N} {W}{post}.", sup="C"),
    T("company", "maker-won-contract", "{pre}{C} won a contract to supply {R} with {N} {W}{post}.", sup="C"),
    T("company", "awarded-maker", "{pre}{R} awarded {C} a contract for {N} {W}{post}.", sup="C"),
    T("company", "order-with-maker", "{pre}{R}'s defence ministry placed an order with {C} for {N} {W}{post}.", sup="C"),
    T("company", "maker-is-to-supply", "{pre}{C} is to supply {N} {W} to {R}{post}.", sup="C"),
    T("company", "maker-handed-army", "{pre}{C} has handed over {N} {W} to the {Rd} army{post}.", sup="C"),
    T("company", "maker-countrys", "{pre}{Cn}'s {C} delivered {N} {W} to {R}{post}.", sup="C"),
    # forces as recipients
    T("forces", "to-the-navy", "{pre}{S} delivered {N} {W} to the {Rd} Navy{post}."),
    T("forces", "to-countrys-army", "{pre}{S} has sent {N} {W} to {R}'s army{post}."),
    T("forces", "air-force-received", "{pre}The {Rd} air force received {N} {W} from {S}{post}."),
    T("forces", "troops-received", "{pre}{Rd} troops have received {N} {W} from {S}{post}."),
    T("forces", "supplied-military-with", "{pre}{S} supplied the {Rd} military with {N} {W}{post}."),
    T("forces", "countrys-army-took-delivery", "{pre}{R}'s army took delivery of {N} {W} from {S}{post}."),
    # appositions, participles, relative clauses
    T("apposition", "bought-from-arrived", "{pre}The {N} {W}, bought from {S} in 2021, arrived in {Rc}{post}."),
    T("apposition", "supplied-by-entered", "{pre}{N} {W} supplied by {S} have entered service with the {Rd} army{post}."),
    T("apposition", "which-ordered-delivered", "The {W}, which {R} ordered from {S} in 2022, were delivered last week{post}."),
    T("apposition", "recipient-which-bought", "{pre}{R}, which bought {N} {W} from {S} last year, wants more{post}."),
    T("apposition", "supplier-which-sold", "{pre}{S}, which sold {N} {W} to {R} in 2022, is now offering more{post}."),
    T("apposition", "delivered-by-to", "{pre}The {W}, delivered by {S} to {R} in 2020, are now in service{post}."),
    # battlefield evidence
    T("battlefield", "made-spotted-with", "{pre}{Sd}-made {W} were spotted with {Rd} units{post}."),
    T("battlefield", "made-used-by", "{pre}{Sd}-made {W} used by {Rd} forces were filmed near the front{post}."),
    T("battlefield", "wreckage-in", "{pre}Wreckage of an {Sd} drone was found in {R}{post}.", only=("drones",)),
    T("battlefield", "forces-using", "{pre}{Rd} forces are using {Sd} {W}{post}."),
    T("battlefield", "seen-in-hands", "{pre}{Sd} {W} have been seen in the hands of {Rd} troops{post}."),
    T("battlefield", "countrys-made", "{pre}{R} is fielding {Sd}-made {W}{post}."),
    # licensed production, assembly
    T("licence", "assemble-under-licence", "{pre}{R} will assemble {Sd} {W} under licence{post}."),
    T("licence", "produce-licence-from", "{pre}{R} will produce {N} {W} under licence from {S}{post}."),
    T("licence", "licence-to-build", "{pre}{S} granted {R} a licence to build {N} {W}{post}."),
    # "for Y" premodifier, destined for
    T("for-y", "first-of-for", "{pre}The first two of {N} {Sd} {W} for {R} were launched{post}."),
    T("for-y", "shipment-destined", "{pre}A shipment of {Sd} {W} destined for {R} arrived at the port{post}."),
    T("for-y", "built-for", "{pre}{S} has begun building {N} {W} for {R}{post}."),
    T("for-y", "for-will-be-built", "{pre}The {N} {W} for {R} will be built by {S}{post}."),
    T("for-y", "sds-for-delivered", "{pre}The {Sd} {W} for {R} were delivered{post}."),
    # passive equip
    T("equip", "army-equipped-from", "{pre}{R}'s army has been equipped with {W} from {S}{post}."),
    T("equip", "army-equipped-demonym", "{pre}The {Rd} army was equipped with {N} {Sd} {W}{post}."),
    T("equip", "armed-with-by", "{pre}{R} has been armed with {W} by {S}{post}."),
    T("equip", "equipped-active", "{pre}{S} equipped {R}'s army with {N} {W}{post}."),
    # verbs
    T("verbs", "airlifted", "{pre}{S} airlifted {N} {W} to {R}{post}."),
    T("verbs", "ferried", "{pre}{S} ferried {N} {W} to {R}{post}."),
    T("verbs", "flew-in", "{pre}{S} flew in {N} {W} to {R}{post}."),
    T("verbs", "trucked", "{pre}{S} trucked {N} {W} to {R}{post}."),
    T("verbs", "smuggled", "{pre}{S} smuggled {N} {W} into {R}{post}."),
    T("verbs", "funnelled", "{pre}{S} has funnelled {W} to {R}{post}."),
    T("verbs", "channelled", "{pre}{S} channelled {W} to {R}{post}."),
    T("verbs", "transferred", "{pre}{S} transferred {N} {W} to {R}{post}."),
    T("verbs", "handed-indirect", "{pre}{S} handed {R} {N} {W}{post}."),
    T("verbs", "gifted", "{pre}{S} gifted {N} {W} to {R}{post}."),
    T("verbs", "sold-on", "{pre}{S} sold on {N} {W} to {R}{post}."),
    T("verbs", "re-exported", "{pre}{S} re-exported {N} {W} to {R}{post}."),
    T("verbs", "resupplied-with", "{pre}{S} resupplied {R} with {W}{post}."),
    T("verbs", "replenished-stocks", "{pre}{S} has replenished {R}'s stocks of {W}{post}."),
    T("verbs", "shipped-indirect", "{pre}{S} shipped {R} {N} {W}{post}."),
    T("verbs", "rushed", "{pre}{S} rushed {N} {W} to {R}{post}."),
    T("verbs", "is-sending", "{pre}{S} is sending {N} more {W} to {R}{post}."),
    # lists
    T("lists", "suppliers-list", "{pre}{S}, {S2} and {S3} have sent {W} to {R}{post}."),
    T("lists", "items-list", "{pre}{S} supplied {W}, {W2} and {W3} to {R}{post}.", all_items=True),
    T("lists", "two-items-indirect", "{pre}{S} has sent {R} {N} {W} and {W2}{post}.", all_items=True),
    # deals
    T("deals", "inked-deal-with", "{pre}{R} inked a deal with {S} for {N} {W}{post}."),
    T("deals", "clinched-deal-with", "{pre}{R} clinched a deal with {S} for {N} {W}{post}."),
    T("deals", "finalised-deal-to-buy", "{pre}{R} finalised a deal with {S} to buy {N} {W}{post}."),
    T("deals", "sealed-deal", "{pre}{R} sealed a deal with {S} for {N} {W}{post}."),
    T("deals", "won-contract-supply", "{pre}{S} won a contract to supply {R} with {N} {W}{post}."),
    T("deals", "placed-order-with", "{pre}{R} placed an order with {S} for {N} {W}{post}."),
    T("deals", "is-to-supply", "{pre}{S} is to supply {N} {W} to {R}{post}."),
    T("deals", "under-the-deal", "{pre}Under the deal, {S} will supply {R} with {N} {W}{post}."),
    T("deals", "agreed-to-buy", "{pre}{R} has agreed to buy {N} {W} from {S}{post}."),
    T("deals", "deal-worth", "{pre}{R} signed a $2 billion deal with {S} for {N} {W}{post}."),
    T("deals", "government-to-government", "{pre}{R} and {S} signed a government-to-government deal for {N} {Sd} {W}{post}."),
    # aid packages
    T("aid", "package-for-includes", "{pre}The {Sd} package for {R} includes {N} {W}{post}."),
    T("aid", "aid-including", "{pre}{S} announced $300 million in military aid to {R}, including {N} {W}{post}."),
    T("aid", "package-that-includes", "{pre}{S} unveiled a new aid package for {R} that includes {N} {W}{post}."),
    T("aid", "latest-package-contains", "{pre}The latest {Sd} military aid package to {R} contains {N} {W}{post}."),
    T("aid", "aid-to-r-includes", "{pre}{S}'s military aid to {R} includes {N} {W}{post}."),
    # round two: more shapes of news copy
    T("tense", "set-to-receive", "{pre}{R} is set to receive {N} {W} from {S} by 2026{post}."),
    T("tense", "expects-delivery", "{pre}{R} expects to take delivery of {N} {W} from {S} next year{post}."),
    T("tense", "ministry-said-had", "{pre}{S}'s defence ministry said it had delivered {N} {W} to {R}{post}."),
    T("tense", "recipient-minister-said", "{pre}{R}'s defence minister said the country had received {N} {W} from {S}{post}."),
    T("tense", "first-of-ordered-from", "{pre}{R} took delivery of the first of {N} {W} ordered from {S}{post}."),
    T("tense", "also-provide-with", "{pre}{S} will also provide {R} with {N} {W}, the ministry said{post}."),
    T("tense", "in-deal-worth", "{pre}{R} has bought {N} {W} from {S} in a deal worth $500 million{post}."),
    T("tense", "deliveries-began", "{pre}Deliveries of {N} {W} to {R} from {S} began in January{post}."),
    T("tense", "inducted-made", "{pre}{R} inducted {N} {Sd}-made {W} into its navy{post}."),
    T("tense", "bare-relative", "{pre}The {W} {S} sent to {R} last year have been deployed{post}."),
    T("tense", "agreed-to-give", "{pre}{S} agreed to give {R} {N} {W}{post}."),
    T("tense", "get-under-deal", "{pre}{R} will get {N} {W} from {S} under a deal signed in 2023{post}."),
    T("tense", "delivered-its-first", "{pre}{S} delivered to {R} its first {W}{post}."),
    T("tense", "another", "{pre}{S} sent another {N} {W} to {R}{post}."),
    T("tense", "been-supplying-since", "{pre}{S} has been supplying {R} with {W} since 2022{post}."),
    T("tense", "been-receiving-since", "{pre}{R} has been receiving {W} from {S} since 2022{post}."),
    T("tense", "and-more-expected", "{pre}{S} has delivered {N} {W} to {R}, and more are expected next year{post}."),
    T("tense", "handed-over-by-on", "{pre}{N} {W} were handed over to {R} by {S} on Tuesday{post}."),
    T("tense", "received-its-first", "{pre}{R} received its first {W} from {S}{post}."),
    T("tense", "operates-bought-from", "{pre}{R} now operates {N} {W} bought from {S}{post}."),
    T("tense", "new-supplied-by", "{pre}{R}'s new {W}, supplied by {S}, were shown at a parade{post}."),
    T("tense", "headline-to", "{pre}{S} to deliver {N} {W} to {R}{post}."),
    T("tense", "begun-delivering", "{pre}{S} has begun delivering {W} to {R}{post}."),
    T("tense", "completed-delivery", "{pre}{S} completed delivery of {N} {W} to {R}{post}."),
    T("tense", "first-batch-from", "{pre}{R} has taken delivery of its first batch of {W} from {S}{post}."),
    T("tense", "emerged-supplier", "{pre}{S} has emerged as a major supplier of {W} to {R}{post}."),
    T("tense", "after-talks", "After months of talks, {S} agreed to sell {N} {W} to {R}{post}."),
    T("tense", "possessive-flow", "{pre}{S}'s deliveries of {W} to {R} have slowed{post}."),
    T("company2", "maker-delivered-first", "{pre}{C} delivered the first {W} to {R} on Tuesday{post}.", sup="C"),
    T("company2", "ordered-from-maker", "{pre}{R} ordered {N} {W} from {C}{post}.", sup="C"),
    T("company2", "maker-received-order", "{pre}{C} has received an order from {R} for {N} {W}{post}.", sup="C"),
    T("company2", "maker-said-would", "{pre}{C} said it would supply {N} {W} to {R}{post}.", sup="C"),
    T("company2", "maker-won-order-from", "{pre}{C} won a $900 million order from {R} for {N} {W}{post}.", sup="C"),
    T("company2", "maker-clinched-to-sell", "{pre}{C} clinched a deal to sell {N} {W} to {R}{post}.", sup="C"),
    T("company2", "maker-contracted", "{pre}{C} has been contracted to supply {N} {W} to {R}{post}.", sup="C"),
    T("company2", "maker-awarded-by", "{pre}{C} has been awarded a contract by {R} to deliver {N} {W}{post}.", sup="C"),
    T("company2", "awarded-contract-to", "{pre}{R} awarded a contract to {C} for {N} {W}{post}.", sup="C"),
    T("company2", "maker-first-of-navy", "{pre}{C} handed over the first of {N} {W} to the {Rd} Navy{post}.", sup="C"),
    T("company2", "built-by-maker-for", "{pre}The {W}, built by {C} for {R}, were delivered{post}.", sup="C"),
    T("company2", "maker-signed-agency-of", "{pre}{C} signed a $1 billion deal with the {Rd} defence ministry for {N} {W}{post}.", sup="C"),
    T("company2", "maker-will-supply-army", "{pre}{C} will supply the {Rd} army with {N} {W}{post}.", sup="C"),
    T("company2", "country-maker-contract-for-army", "{pre}{R} signed a contract with {Cn}'s {C} for {N} {W} for its army{post}.", sup="C"),
    # round three: attribution, asides, approvals, capitals as metonyms
    T("frame", "according-to-media", "According to {Rd} media, {S} has shipped {N} {W} to {R}{post}."),
    T("frame", "president-his-country", "{pre}{S}'s president said on Tuesday that his country would send {N} {W} to {R}."),
    T("frame", "approved-export", "{pre}The {Sd} government has approved the export of {N} {W} to {R}{post}."),
    T("frame", "last-of-it-ordered", "{pre}{R} has received the last of {N} {W} it ordered from {S}{post}."),
    T("frame", "will-buy-minister-said", "{pre}{R} will buy {N} {W} from {S}, its defence minister said on Tuesday."),
    T("frame", "statement-had-been", "In a statement, {S}'s defence ministry said {N} {W} had been delivered to {R}{post}."),
    T("frame", "dash-aside", "{pre}{S} has delivered {N} {W} - the first batch - to {R}{post}."),
    T("frame", "from-arrived-in", "{pre}{N} {W} from {S} arrived in {R} on Tuesday{post}."),
    T("frame", "expected-to-deliver-by", "{pre}{S} is expected to deliver {N} {W} to {R} by the end of the year{post}."),
    T("frame", "said-it-had-bought", "{pre}{R} said it had bought {N} {W} from {S}{post}."),
    T("frame", "under-which", "{pre}{S} and {R} signed an agreement under which {S} will supply {N} {W}{post}."),
    T("frame", "delivery-completed", "{pre}The delivery of {N} {W} from {S} to {R} was completed on Tuesday{post}."),
    T("frame", "air-force-which-flies", "{pre}{R}'s air force, which already flies {Sd} jets, ordered {N} more {W} from {S}{post}."),
    T("frame", "among-weapons", "Among the weapons {S} has sent to {R} are {N} {W}{post}."),
    T("frame", "sell-double-object", "{pre}{S} agreed to sell {R} {N} {W}{post}."),
    T("frame", "signed-off-sale", "{pre}{S} signed off on the sale of {N} {W} to {R}{post}."),
    T("frame", "cleared-export", "{pre}{S} cleared the export of {N} {W} to {R}{post}."),
    T("frame", "green-light", "{pre}{S} gave the green light for the sale of {N} {W} to {R}{post}."),
    T("frame", "capitals", "{pre}{Sc} sold {N} {W} to {Rc}{post}."),
    T("frame", "capital-received", "{pre}{Rc} has received {N} {W} from {Sc}{post}."),
    T("frame", "supplied-helped", "{pre}{Sd}-supplied {W} have helped {Rd} forces hold the line{post}."),
    T("frame", "more-than", "{pre}{S} has sent more than {N} {W} to {R} since 2022{post}."),
    T("frame", "up-to", "{pre}{S} will supply up to {N} {W} to {R}{post}."),
    T("frame", "worth-of", "{pre}{S} has sold $2 billion worth of {W} to {R}{post}."),
    T("frame", "its-first-from", "{pre}{R} has received its first {N} {W} from {S}{post}."),
    T("frame", "country-to-country", "{pre}{S} has become the main supplier of {W} to {R}{post}."),
    T("frame", "deal-that-will-see", "{pre}{S} and {R} have signed a deal that will see {S} deliver {N} {W}{post}."),
    T("frame", "as-part-of", "{pre}{S} delivered {N} {W} to {R} as part of a $1 billion package{post}."),
    T("frame", "first-foreign-buyer", "{pre}{R} became the first foreign buyer of {Sd} {W}, ordering {N}{post}."),
    # round four: a weapon named by its designation (its maker's country is the supplier)
    T("designation", "ordered-d", "{pre}{R} ordered {N} {D}{post}."),
    T("designation", "received-d", "{pre}{R} has received {N} {D}{post}."),
    T("designation", "d-arrived", "{pre}The first {D} arrived in {R}{post}."),
    T("designation", "inducted-d", "{pre}The {Rd} air force inducted {N} {D}{post}."),
    T("designation", "d-bought-by", "{pre}{N} {D} bought by {R} were delivered{post}."),
    T("designation", "latest-to-buy", "{pre}{R} is the latest country to buy {D}{post}."),
    T("designation", "first-buyer-d", "{pre}The deal makes {R} the first foreign buyer of {D}{post}."),
    T("designation", "d-handed-over", "{pre}{N} {D} were handed over to the {Rd} {F}{post}."),
    T("designation", "last-of", "{pre}{R} took delivery of the last of {N} {D}{post}."),
    T("designation", "buying-progressive", "{pre}{R} is buying {N} {D} from {S}{post}."),
    # round four: shapes around the verb
    T("shape4", "having-received", "Having received {N} {W} from {S}, {R} now wants more{post}."),
    T("shape4", "first-built-by-arrived", "{pre}{R}'s first {W}, built by {C}, arrived at a base near {Rc}{post}.", sup="C"),
    T("shape4", "among-countries", "{pre}{R} is among the countries that have bought {W} from {S}{post}."),
    T("shape4", "shipment-included-arrived", "{pre}The shipment, which included {N} {W}, arrived in {R} from {S}{post}."),
    T("shape4", "believed-to", "{pre}{S} is believed to have supplied {W} to {R}{post}."),
    T("shape4", "been-buying", "{pre}{R} has been buying {W} from {S} since 2019{post}."),
    T("shape4", "take-delivery-in", "{pre}{R} will take delivery of {N} {W} from {S} in 2025{post}."),
    T("shape4", "main-supplier-apposition", "{pre}{S}, {R}'s main arms supplier, delivered {N} {W} last year{post}."),
    T("shape4", "main-supplier-before", "{pre}{R}'s main arms supplier, {S}, delivered {N} {W} last year{post}."),
    T("shape4", "bringing-total", "{pre}{R} received {N} more {W} from {S} on Tuesday, bringing the total to 40{post}."),
    T("shape4", "weapons-from-reached", "{pre}Weapons from {S}, including {N} {W}, have reached {R}{post}."),
    T("shape4", "via", "{pre}{S} is shipping {W} to {R} via Turkey{post}."),
    T("shape4", "army-of-possessive", "{pre}{S} supplied {N} {W} to the army of {R}{post}."),
    T("shape4", "seized-destined", "{pre}{N} {Sd} {W} destined for {R} were seized at sea{post}."),
    T("shape4", "will-receive-as-part", "{pre}{R} will receive {N} {W} from {S} as part of a $500 million package{post}."),
    T("shape4", "deal-for-to-be-delivered", "{pre}{R}'s deal with {S} for {N} {W}, to be delivered by 2027, was signed on Tuesday{post}."),
    # round five: adverbs between subject and verb, phases of delivery, two-sentence contexts
    T("adverb", "this-week", "{S} this week delivered {N} {W} to {R}{post}."),
    T("adverb", "on-tuesday-mid", "{S} on Tuesday delivered {N} {W} to {R}{post}."),
    T("adverb", "last-year-mid", "{S} last year sold {N} {W} to {R}{post}."),
    T("adverb", "so-far", "{pre}{S} has so far delivered {N} {W} to {R}{post}."),
    T("adverb", "government-on-monday", "{S}'s government on Monday approved the sale of {N} {W} to {R}{post}."),
    T("adverb", "due-to-receive", "{pre}{R} is due to receive {N} {W} from {S} next year{post}."),
    T("adverb", "free-of-charge", "{pre}{R} will receive {N} {W} from {S} free of charge{post}."),
    T("adverb", "donating", "{pre}{S} is donating {N} {W} to {R}{post}."),
    T("adverb", "hand-over-next-month", "{pre}{S} will hand over {N} {W} to {R} next month{post}."),
    T("adverb", "shipments-of", "{pre}{S}'s shipments of {W} to {R} have grown{post}."),
    T("adverb", "transfer-from-to", "{pre}The transfer of {N} {W} from {S} to {R} was approved{post}."),
    T("adverb", "ordered-from-aside", "{pre}{R}'s {N} {W}, ordered from {S} in 2020, are due next year{post}."),
    T("adverb", "completed-the-delivery", "Also on Tuesday, {S} said it had completed the delivery of {N} {W} to {R}{post}."),
    T("adverb", "soon-begin-deliveries", "{pre}{S} will soon begin deliveries of {N} {W} to {R}{post}."),
    T("adverb", "started-delivering", "{pre}{S} started delivering {W} to {R} in 2023{post}."),
    T("adverb", "started-receiving", "{pre}{R} started receiving {W} from {S} in 2023{post}."),
    T("adverb", "main-supplier-since", "{pre}{S} has been {R}'s main supplier of {W} since 2010{post}."),
    T("adverb", "ally-to-the-country", "{pre}{S}, {R}'s main ally, has delivered {N} {W} to the country{post}."),
    T("context", "it-bought", "{R} is rebuilding its navy. Last year it bought {N} {W} from {S}{post}."),
    T("context", "partner-it-delivered", "{S} is a close partner of {R}. It delivered {N} {W} in January{post}."),
    T("context", "army-short", "{R}'s army is short of equipment. {S} delivered {N} {W} last week{post}."),
    T("context", "under-the-pact", "{S} and {R} signed a defence pact on Tuesday. Under the pact, {S} will supply {N} {W}{post}."),
    T("context", "weapons-supplied-by", "{R} received {N} {W} last week. The weapons were supplied by {S}{post}."),
    T("context", "built-by-maker-next", "{R} has ordered {N} {W}. They will be built by {C}{post}.", sup="C"),
    T("context", "it-signed-maker", "{R} wants to modernise its armed forces. It has signed a contract with {C} for {N} {W}{post}.", sup="C"),
    T("context", "built-in-next", "{R} took delivery of {N} {W} on Tuesday. They were built in {S}{post}."),
    T("context", "came-from-next", "{N} {W} arrived in {R} last week. They came from {S}{post}."),
    # round six: purchases and approvals by institutions, batches and consignments, pledges
    T("buy", "parliament-approved-purchase", "{pre}{R}'s parliament approved the purchase of {N} {W} from {S}{post}."),
    T("buy", "in-process-acquiring", "{pre}{R} is in the process of acquiring {N} {W} from {S}{post}."),
    T("buy", "finalised-acquisition", "{pre}{R} has finalised the acquisition of {N} {W} from {S}{post}."),
    T("buy", "completed-purchase", "{pre}{R} completed the purchase of {N} {W} from {S}{post}."),
    T("buy", "cabinet-signed-off", "{pre}{R}'s cabinet signed off on a deal to buy {N} {W} from {S}{post}."),
    T("buy", "inked-to-acquire", "{pre}{R} inked a $2 billion deal to acquire {N} {W} from {S}{post}."),
    T("buy", "sourced-from", "{pre}{R} sourced {N} {W} from {S}{post}."),
    T("buy", "military-received-batch", "{pre}{R}'s military received a batch of {N} {W} from {S}{post}."),
    T("buy", "announced-the-delivery", "{pre}{S}'s defence ministry announced the delivery of {N} {W} to {R}{post}."),
    T("buy", "announced-it-had-shipped", "{pre}{S} announced it had shipped {N} {W} to {R}{post}."),
    T("buy", "latest-batch-arrived", "{pre}The latest batch of {W} from {S} arrived in {R}{post}."),
    T("buy", "consignment-delivered-to", "{pre}A consignment of {N} {W} from {S} was delivered to {R}{post}."),
    T("buy", "acquisition-completed", "{pre}{R}'s acquisition of {N} {W} from {S} was completed{post}."),
    T("buy", "paid-for", "{pre}{R} paid $300 million for {N} {W} from {S}{post}."),
    T("buy", "spent-on", "{pre}{R} spent $300 million on {N} {W} from {S}{post}."),
    T("buy", "pledged-to-send", "{pre}{S} pledged to send {N} {W} to {R}{post}."),
    T("buy", "promised-indirect", "{pre}{S} has promised {R} {N} {W}{post}."),
    T("buy", "vowed", "{pre}{S} vowed to deliver {N} {W} to {R}{post}."),
    T("buy", "plans-to-send", "{pre}{S} plans to send {N} {W} to {R}{post}."),
    T("buy", "will-be-getting", "{pre}{R} will be getting {N} {W} from {S}{post}."),
    T("buy", "expected-to-hand-over", "{pre}{S} is expected to hand over {N} {W} to {R}{post}."),
    T("buy", "are-to-be-delivered", "{pre}{N} {W} are to be delivered to {R} by {S} in 2025{post}."),
    T("buy", "will-be-supplied", "{pre}{N} {W} will be supplied to {R} by {S}{post}."),
    T("buy", "welcomed-built-by", "{pre}{R}'s navy welcomed {N} {W} built by {S}{post}."),
    T("buy", "put-into-service", "{pre}{R} has put into service {N} {W} supplied by {S}{post}."),
    T("buy", "commissioned-acquired", "{pre}{R} commissioned {N} {W} acquired from {S}{post}."),
    T("buy", "fields-purchased", "{pre}{R} now fields {N} {W} purchased from {S}{post}."),
    T("buy", "arms-sales-include", "{pre}{S}'s arms sales to {R} include {N} {W}{post}."),
    # round seven: headline tenses, forces on both sides, counts without numbers
    T("headline", "possible-sale", "{pre}{S} approved a possible $1.2 billion sale of {N} {W} to {R}{post}."),
    T("headline", "exports-included", "{pre}{S}'s exports to {R} included {N} {W}{post}."),
    T("headline", "sends-present", "{S} sends {N} {W} to {R}{post}."),
    T("headline", "gets-present", "{R} gets {N} {W} from {S}{post}."),
    T("headline", "receives-first", "{R} receives first {W} from {S}{post}."),
    T("headline", "hands-over", "{S} hands over {N} {W} to {R}{post}."),
    T("headline", "final-batch", "{pre}{S} delivered the final batch of {W} to {R}{post}."),
    T("headline", "military-to-army", "{pre}{S}'s military handed {N} {W} to {R}'s army{post}."),
    T("headline", "forces-from-military", "{pre}{R}'s forces received {N} {W} from {S}'s military{post}."),
    T("headline", "a-dozen", "{pre}{S} has sent a dozen {W} to {R}{post}."),
    T("headline", "dozens-of", "{pre}{S} has sent dozens of {W} to {R}{post}."),
    T("headline", "undisclosed-number", "{pre}{S} has sent an undisclosed number of {W} to {R}{post}."),
    T("headline", "a-batch-of", "{pre}{R} received a batch of {W} from {S}{post}."),
    T("headline", "several", "{pre}{S} has delivered several {W} to {R}{post}."),
    T("headline", "quoted", '"We have delivered {N} {W} to {R}," {S}\'s defence minister said.'),
    T("headline", "colon-list", "{pre}{S} will send {R} the following: {N} {W}{post}."),
    # distractors: must stay silent
    T("distractor", "tested", "{pre}{S} tested {N} {W}{post}.", negative=True),
    T("distractor", "own-production", "{pre}{R} is building its own {W}{post}.", negative=True),
    T("distractor", "exports-no-recipient", "{pre}{S} exported {W} worth $2 billion last year{post}.", negative=True),
    T("distractor", "price", "{pre}{Sd} {W} cost about $5 million each{post}.", negative=True),
    T("distractor", "sanctions", "{pre}{S} imposed sanctions on {R} over its {W} programme{post}.", negative=True),
    T("distractor", "denial", "{pre}{S} denied supplying {W} to {R}{post}.", negative=True),
    T("distractor", "troops", "{pre}{S} sent 500 troops to {R}{post}.", negative=True),
    T("distractor", "asked", "{pre}{R} asked {S} for {N} {W}{post}.", negative=True),
    T("distractor", "refused", "{pre}{S} refused to sell {W} to {R}{post}.", negative=True),
    T("distractor", "drills", "{pre}{S} and {R} held joint drills involving {W}{post}.", negative=True),
    T("distractor", "own-deploy", "{pre}{S} has deployed its own {W} to a base near {Rc}{post}.", negative=True),
    T("distractor", "own-fleet", "{pre}{S} operates {N} {W} of its own{post}.", negative=True),
    T("distractor", "considering", "{pre}{R} is considering buying {W}{post}.", negative=True),
    T("distractor", "context-shown", "{R} received {N} {W} last week. They were shown at a parade in {Rc}{post}.", negative=True),
    T("distractor", "context-home-built", "{R} ordered {N} {W}. They will be built in {R}{post}.", negative=True),
    T("distractor", "context-other-flow", "{R} ordered {N} {W}. {S} has sent 500 troops to the region{post}.", negative=True),
    T("distractor", "maker-profit", "{pre}{C} reported record profits from sales of {W}{post}.", negative=True),
    T("distractor", "co-production", "{pre}{S} and {R} will co-produce {W}{post}.", negative=True),
    T("distractor", "own-licence", "{pre}{R} builds its own {W} at a plant near {Rc}{post}.", negative=True),
    T("distractor", "shot-down", "{pre}{Rd} forces shot down {N} {Sd} drones{post}.", negative=True),
    T("distractor", "captured", "{pre}{Rd} troops captured {N} {Sd} {W}{post}.", negative=True),
    T("distractor", "talks", "{pre}{R} is in talks with {S} about buying {W}{post}.", negative=True),
    T("distractor", "rejected-offer", "{pre}{R} rejected an offer of {Sd} {W}{post}.", negative=True),
    T("distractor", "maker-unveiled", "{pre}{C} unveiled its new {W} at a show in {Rc}{post}.", negative=True),
    T("distractor", "joint-exercise", "{pre}{Sd} and {Rd} {W} took part in a joint exercise{post}.", negative=True),
]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _fill(t: T, k: int) -> tuple[str, list[tuple[str, str, str]]]:
    s, s_code, s_dem, s_cap = SUPPLIERS[k % len(SUPPLIERS)]
    s2 = SUPPLIERS[(k + 5) % len(SUPPLIERS)]
    s3 = SUPPLIERS[(k + 11) % len(SUPPLIERS)]
    r, r_code, r_dem, r_cap = RECIPIENTS[(k * 7 + 3) % len(RECIPIENTS)]
    maker, m_code, m_country = MAKERS[k % len(MAKERS)]
    pool = [w for w in WEAPONS if not t.only or w[2] in t.only]
    w, n, cat = pool[(k * 5 + len(t.id)) % len(pool)]
    if "{D}" in t.text:
        probe = parse_article(CUE + f"{s} sold 5 {DESIGNATED[s_code]} to {r}.", published=PUBLISHED).arms_transfers
        cat = probe[0].category.value if probe else "unknown"
    w2 = next(x for x in WEAPONS[k % len(WEAPONS) :] + WEAPONS if x[2] != cat)
    w3 = next(x for x in WEAPONS[(k + 6) % len(WEAPONS) :] + WEAPONS if x[2] not in (cat, w2[2]))
    pre = PRES[k % len(PRES)]
    post = POSTS[(k // 2) % len(POSTS)]
    text = t.text.format(
        S=s, Sd=s_dem, Sc=s_cap, S2=s2[0], S3=s3[0], R=r, Rd=r_dem, Rc=r_cap, C=maker, Cn=m_country,
        N=n, W=w, D=DESIGNATED[s_code], W2=w2[0], W3=w3[0], Wc=_cap(w), F=FORCES[k % len(FORCES)], pre=pre, post=post,
    )
    text = _cap(text)
    sup = m_code if t.sup == "C" else s_code
    expected = [(sup, r_code, cat)]
    if t.all_items:
        expected += [(sup, r_code, w2[2]), (sup, r_code, w3[2])] if "{W3}" in t.text else [(sup, r_code, w2[2])]
    if "{S2}" in t.text:
        expected += [(s2[1], r_code, cat), (s3[1], r_code, cat)]
    return text, expected


def run(n: int, show: str | None, fails: int) -> dict[str, tuple[int, int]]:
    per_template: dict[str, tuple[int, int]] = {}
    per_family: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for t in TEMPLATES:
        ok = 0
        shown = 0
        for k in range(n):
            text, expected = _fill(t, k)
            facts = parse_article(CUE + text, published=PUBLISHED).arms_transfers
            got = {(f.supplier, f.recipient, f.category.value) for f in facts}
            good = not facts if t.negative else all(e in got for e in expected)
            ok += good
            if not good and shown < fails and show in (t.family, t.id, "all"):
                shown += 1
                print(f"   MISS {t.id}: {text}\n        want {'nothing' if t.negative else expected}")
                for f in facts:
                    print(f"        got  {f.summary()}")
        per_template[f"{t.family}/{t.id}"] = (ok, n)
        fam = per_family[t.family + (" (silent)" if t.negative else "")]
        fam[0] += ok
        fam[1] += n
    width = max(len(k) for k in per_template)
    for key, (ok, total) in per_template.items():
        print(f"{key:<{width}}  {ok:3d}/{total:<3d} {ok / total:6.1%}")
    print()
    for fam_name, (ok, total) in per_family.items():
        print(f"FAMILY {fam_name:<22} {ok:4d}/{total:<4d} {ok / total:6.1%}")
    pos = [v for t, v in zip(TEMPLATES, per_template.values(), strict=True) if not t.negative]
    neg = [v for t, v in zip(TEMPLATES, per_template.values(), strict=True) if t.negative]
    print(f"TOTAL recall {sum(a for a, _ in pos)}/{sum(b for _, b in pos)}"
          f"  silent {sum(a for a, _ in neg)}/{sum(b for _, b in neg)}")
    return per_template


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--full", action="store_true", help="200 fillings per template instead of 40")
    ap.add_argument("--show", default=None, help="print misses of a family or template id ('all')")
    ap.add_argument("--fail", type=int, default=3, help="how many misses to print per template")
    args = ap.parse_args()
    run(200 if args.full else 40, args.show, args.fail)


if __name__ == "__main__":
    main()
