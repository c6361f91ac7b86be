"""Sentences from news about diplomatic missions, with the facts a careful analyst records.

Written for this library from how the press writes (wires, broadsheets, state agencies,
regional portals), about many countries; none is taken from the annotated corpus.

Each row is ``(id, text, expected, published)``. ``expected`` holds one compact line per fact
(see `render` in test_missions.py):

    C KP>ES@Madrid embassy completed when=2023-10       a closure (O: an opening)
    C KP>- mission possible n=upper:10                  a group: host null, count "as many as 10"
    N KP embassy exact:47 as_of=2023-12-05              a network size (MissionCount)

Unless a row says otherwise the article is taken to be published on Friday 2023-11-03.
"""

from __future__ import annotations

from typing import Any

import pytest

PUBLISHED = "2023-11-03"


def row(id_: str, text: str, *expected: str, published: str | None = PUBLISHED, xfail: str = "") -> Any:
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, tuple(sorted(expected)), published, id=id_, marks=marks)


# --- must parse: one named mission closed ---------------------------------------------------------
NAMED_CLOSURES = [
    row(
        "has-closed",
        "North Korea has closed its embassy in Spain, the foreign ministry in Madrid said.",
        "C KP>ES embassy completed",
    ),
    row(
        "will-close-city",
        "Israel will close its embassy in Dublin, Foreign Minister Gideon Saar said on Sunday, "
        "citing what he called the extreme anti-Israel policies of the Irish government.",
        "C IL>IE@Dublin embassy intended",
        published="2024-12-16",
    ),
    row(
        "closed-indefinitely",
        "France has closed its embassy in Niger indefinitely, the foreign ministry said.",
        "C FR>NE embassy completed",
    ),
    row(
        "metonym-sender-city-host",
        "Pyongyang shut its mission in Kampala last month.",
        "C KP>UG@Kampala mission completed when=2023-10",
    ),
    row(
        "demonym-passive",
        "The North Korean embassy in Madrid was closed in October.",
        "C KP>ES@Madrid embassy completed when=2023-10",
    ),
    row(
        "host-government-speaks",
        "Uganda's State House said North Korea's embassy would close.",
        "C KP>UG embassy intended",
    ),
    row(
        "demonym-host-of-sender",
        "Officials in Luanda confirmed the closure of the Angolan embassy of the DPRK.",
        "C KP>AO embassy completed",
    ),
    row(
        "direction-possessive",
        "The Irish embassy in Tel Aviv remains open, but Israel's embassy in Dublin closed on Sunday.",
        "C IL>IE@Dublin embassy completed when=2024-12-15",
        published="2024-12-16",
    ),
    row(
        "withdraw-and-close",
        "Britain withdrew its diplomats and closed the embassy in Tehran in 2011.",
        "C GB>IR@Tehran embassy completed when=2011",
    ),
    row(
        "suspended-operations-at",
        "Azerbaijan suspended operations at its embassy in Tehran after the attack.",
        "C AZ>IR@Tehran embassy completed",
    ),
    row(
        "suspended-possessive-operations",
        "Baku evacuated its diplomats from Iran and suspended the embassy's operations in Tehran.",
        "C AZ>IR@Tehran embassy completed",
    ),
    row(
        "reporting-country-not-sender",
        "Seoul said Pyongyang closed its embassy in Dhaka.",
        "C KP>BD@Dhaka embassy completed",
    ),
    row(
        "reporting-ministry-not-sender",
        "Spain's foreign ministry said North Korea had closed its embassy in Madrid.",
        "C KP>ES@Madrid embassy completed",
    ),
    row(
        "told-to-vacate",
        "Taiwan has told Honduras to vacate its embassy in Taipei within 30 days.",
        "C HN>TW@Taipei embassy intended",
    ),
    row(
        "ordered-to-close",
        "The Trump administration ordered Russia to close its consulate general in San Francisco by Saturday.",
        "C RU>US@San Francisco consulate intended when=2017-09-02",
        published="2017-08-31",
    ),
    row(
        "host-orders-closure",
        "Poland ordered the closure of the Russian consulate in Gdansk.",
        "C RU>PL@Gdansk consulate intended",
    ),
    row(
        "consulate-general-territory",
        "Pyongyang has decided to close its consulate general in Hong Kong.",
        "C KP>HK consulate intended",
    ),
    row(
        "high-commission",
        "Canada is temporarily closing its high commission in Islamabad.",
        "C CA>PK@Islamabad high_commission ongoing",
    ),
    row(
        "permanent-mission-un",
        "Afghanistan's permanent mission to the United Nations in New York suspended its operations on Wednesday.",
        "C AF>US@New York permanent_mission completed when=2023-11-01",
    ),
    row(
        "evacuated-embassy",
        "The Netherlands evacuated its embassy in Khartoum on Sunday.",
        "C NL>SD@Khartoum embassy completed when=2023-04-23",
        published="2023-04-25",
    ),
    row(
        "suspended-and-evacuated",
        "The United States suspended operations at its embassy in Khartoum and evacuated its staff.",
        "C US>SD@Khartoum embassy completed",
    ),
    row(
        "has-been-closed-since",
        "The Canadian embassy in Kabul has been closed since August 2021.",
        "C CA>AF@Kabul embassy completed when=2021-08",
    ),
    row(
        "severed-ties-closed",
        "Canada severed ties with Iran and closed its embassy in Tehran in 2012, citing Iran's nuclear programme.",
        "C CA>IR@Tehran embassy completed when=2012",
    ),
    row(
        "shut-year", "Washington shut its embassy in Damascus in 2012.", "C US>SY@Damascus embassy completed when=2012"
    ),
    row(
        "closed-after-raid",
        "Mexico closed its embassy in Quito indefinitely after Ecuadorian police stormed the compound.",
        "C MX>EC@Quito embassy completed",
    ),
    row(
        "switching-recognition",
        "Burkina Faso closed its embassy in Taipei after switching recognition to Beijing.",
        "C BF>TW@Taipei embassy completed",
    ),
    row(
        "could-close",
        "If relations deteriorate further, Canada could close its embassy in Caracas.",
        "C CA>VE@Caracas embassy possible",
    ),
    row(
        "remained-closed",
        "Georgia's embassy in Ukraine remained closed throughout the spring.",
        "C GE>UA embassy completed",
    ),
    row(
        "embassy-operations-compound",
        "The United States suspended embassy operations in Tripoli in 2014.",
        "C US>LY@Tripoli embassy completed when=2014",
    ),
    row(
        "pulled-diplomats-out",
        "Britain pulled its diplomats out of Syria in 2012.",
        "C GB>SY embassy completed when=2012",
    ),
    row(
        "is-pulling-diplomats-list",
        "The DPRK is pulling its diplomats out of Uganda and Angola, officials in the two African countries confirmed.",
        "C KP>UG embassy ongoing",
        "C KP>AO embassy ongoing",
    ),
    row(
        "closing-progressive-passive",
        "The envoy told Museveni that North Korea's embassy in Kampala was closing.",
        "C KP>UG@Kampala embassy ongoing",
    ),
    row(
        "halting-services-cities",
        "Canada is halting in-person services at its consulates in Mumbai and Bengaluru.",
        "C CA>IN@Mumbai consulate ongoing",
        "C CA>IN@Bengaluru consulate ongoing",
    ),
    row(
        "demonym-capital-host",
        "Angola's foreign ministry said the DPRK had closed its diplomatic mission in the "
        "Angolan capital on Wednesday.",
        "C KP>AO@Luanda mission completed when=2023-11-01",
    ),
    row(
        "vatican-possessive",
        "The Vatican's embassy in Managua was closed in March.",
        "C VA>NI@Managua embassy completed when=2023-03",
    ),
    row(
        "closure-noun-ordered-list",
        "Venezuela ordered the closure of its embassies in Argentina, Chile and Peru.",
        "C VE>AR embassy intended",
        "C VE>CL embassy intended",
        "C VE>PE embassy intended",
    ),
    row(
        "will-shut-moldova",
        "Moldova will shut its embassy in Qatar next year to save money.",
        "C MD>QA embassy intended when=2024",
    ),
    row("stood-empty", "Iran's embassy in Riyadh has stood empty ever since.", "C IR>SA@Riyadh embassy completed"),
    row(
        "shut-its-doors",
        "The Iranian embassy in London shut its doors in December 2011.",
        "C IR>GB@London embassy completed when=2011-12",
    ),
    row(
        "forced-to-shut",
        "Nicaragua forced Taiwan to shut its embassy in Managua in December 2021.",
        "C TW>NI@Managua embassy completed when=2021-12",
    ),
    row(
        "next-to-go",
        "Analysts expect North Korea's embassy in Tanzania to be among the next to go.",
        "C KP>TZ embassy possible",
    ),
    row(
        "moving-to-close-list",
        "The South Korean government said North Korea was moving to close its embassies in "
        "Uganda and Spain, as well as its consulate in Hong Kong.",
        "C KP>UG embassy ongoing",
        "C KP>ES embassy ongoing",
        "C KP>HK consulate ongoing",
    ),
    row(
        "gerund-with-past-date",
        "China now leads in Central Asia, a result of the United States closing its embassy in Kabul in August 2021.",
        "C US>AF@Kabul embassy completed when=2021-08",
    ),
    row("wind-down", "Pyongyang is winding down its embassy in Kampala.", "C KP>UG@Kampala embassy ongoing"),
    row(
        "japan-closed-then-reopened-it",
        "Japan temporarily closed its embassy in Kyiv in March 2022 and reopened it in October.",
        "C JP>UA@Kyiv embassy completed when=2022-03",
        "O JP>UA@Kyiv embassy completed when=2022-10",
        published="2023-01-10",
    ),
]

# --- must parse: openings and reopenings ---------------------------------------------------------
OPENINGS = [
    row(
        "reopened-kyiv",
        "The United States reopened its embassy in Kyiv on Sunday.",
        "O US>UA@Kyiv embassy completed when=2022-05-15",
        published="2022-05-18",
    ),
    row(
        "saudi-damascus",
        "Saudi Arabia reopened its embassy in Damascus on Tuesday after a 12-year break.",
        "O SA>SY@Damascus embassy completed when=2024-05-21",
        published="2024-05-23",
    ),
    row(
        "kosovo-jerusalem",
        "Kosovo opened its embassy in Jerusalem on Sunday, becoming the first Muslim-majority country to do so.",
        "O XK>IL@Jerusalem embassy completed when=2021-03-14",
        published="2021-03-15",
    ),
    row(
        "opened-month-year",
        "Azerbaijan opened an embassy in Tel Aviv in March 2023.",
        "O AZ>IL@Tel Aviv embassy completed when=2023-03",
    ),
    row(
        "inaugurated-first",
        "Armenia inaugurated its first embassy in Israel on September 17.",
        "O AM>IL embassy completed when=2020-09-17",
        published="2020-10-01",
    ),
    row(
        "demonym-capital",
        "Iran reopened its embassy in the Saudi capital on Tuesday evening.",
        "O IR>SA@Riyadh embassy completed when=2023-06-06",
        published="2023-06-07",
    ),
    row(
        "the-kingdoms-embassy",
        "Saudi officials have said the kingdom's embassy in Tehran will reopen.",
        "O SA>IR@Tehran embassy intended",
    ),
    row(
        "subject-reopened",
        "Britain's embassy in Tehran reopened on Sunday.",
        "O GB>IR@Tehran embassy completed when=2015-08-23",
        published="2015-08-23",
    ),
    row(
        "resumed-work",
        "Azerbaijan's embassy in Tehran resumed work on Monday at a new address.",
        "O AZ>IR@Tehran embassy completed when=2024-07-15",
        published="2024-07-15",
    ),
    row(
        "new-embassies-list",
        "Denmark will open new embassies in Senegal, Tunisia and Rwanda.",
        "O DK>SN embassy intended",
        "O DK>TN embassy intended",
        "O DK>RW embassy intended",
    ),
    row(
        "uae-damascus",
        "The United Arab Emirates reopened its embassy in Damascus in December 2018.",
        "O AE>SY@Damascus embassy completed when=2018-12",
    ),
    row(
        "inaugurated-abu-dhabi",
        "Israel inaugurated its embassy in Abu Dhabi in June 2021.",
        "O IL>AE@Abu Dhabi embassy completed when=2021-06",
    ),
    row(
        "will-establish",
        "China will establish an embassy in Nauru, the two governments said.",
        "O CN>NR embassy intended",
    ),
    row(
        "trade-representation",
        "Lithuania still intends to open a trade representation in Taipei.",
        "O LT>TW@Taipei trade_office intended",
    ),
    row(
        "representative-office-doors",
        "The Taiwanese Representative Office in Vilnius opened its doors in November 2021.",
        "O TW>LT@Vilnius representative_office completed when=2021-11",
    ),
    row(
        "agreed-to-let-open",
        "Lithuania agreed to let Taiwan open a representative office in Vilnius.",
        "O TW>LT@Vilnius representative_office intended",
    ),
    row(
        "trade-office-opened",
        "Slovakia opened a trade office in Taipei last year.",
        "O SK>TW@Taipei trade_office completed when=2022",
    ),
    row(
        "permanent-mission-org",
        "The Holy See will open a permanent mission to the African Union.",
        "O VA>ET@Addis Ababa permanent_mission intended",
    ),
    row(
        "high-commission-opened",
        "Britain opened a high commission in the Maldives in 2021.",
        "O GB>MV high_commission completed when=2021",
    ),
    row(
        "will-reopen-stockholm",
        "New Zealand will reopen its embassy in Stockholm.",
        "O NZ>SE@Stockholm embassy intended",
    ),
    row(
        "czech-reopened",
        "The Czech Republic reopened its embassy in Kyiv in April 2022.",
        "O CZ>UA@Kyiv embassy completed when=2022-04",
        published="2022-06-01",
    ),
    row(
        "became-an-embassy",
        "In Havana, the American interests section also became an embassy on Monday.",
        "O US>CU@Havana embassy completed when=2015-07-20",
        published="2015-07-20",
    ),
    row(
        "restore-functions-once",
        "Lithuania would restore its embassy's full functions in Beijing once the two sides reach an agreement.",
        "O LT>CN@Beijing embassy possible",
    ),
    row(
        "consulate-general-opened",
        "Germany will open a consulate general in Lagos next year.",
        "O DE>NG@Lagos consulate intended when=2024",
    ),
    row(
        "reopen-when-conditional",
        "The embassy will reopen once democracy returns, Sweden's foreign minister said of its mission in Bamako.",
        "O SE>ML@Bamako mission possible",
        xfail="mission named after the trigger",
    ),
]

# --- must parse: moves ---------------------------------------------------------------------------
MOVES = [
    row(
        "move-tel-aviv-jerusalem",
        "The United States moved its embassy from Tel Aviv to Jerusalem in May 2018.",
        "C US>IL@Tel Aviv embassy completed when=2018-05",
        "O US>IL@Jerusalem embassy completed when=2018-05",
    ),
    row(
        "move-no-origin",
        "Guatemala moved its embassy to Jerusalem two days after the United States.",
        "C GT>IL embassy completed",
        "O GT>IL@Jerusalem embassy completed",
    ),
    row(
        "move-back-intended",
        "Paraguay will move its embassy back to Tel Aviv, reversing a decision by the previous government.",
        "C PY>IL embassy intended",
        "O PY>IL@Tel Aviv embassy intended",
    ),
    row(
        "emergency-relocation",
        "The United States temporarily relocated its embassy from Kyiv to Lviv amid fears of a Russian invasion.",
        "C US>UA@Kyiv embassy completed",
        published="2022-02-14",
    ),
    row(
        "relocated-in-host",
        "Spain has temporarily relocated its embassy in Kyiv to Lviv.",
        "C ES>UA@Kyiv embassy completed",
        published="2022-03-01",
    ),
]

# --- must parse: several missions in one clause --------------------------------------------------
LISTS_AND_PAIRS = [
    row(
        "list-three-hosts",
        "North Korea closed its embassies in Uganda, Angola and Spain.",
        "C KP>UG embassy completed",
        "C KP>AO embassy completed",
        "C KP>ES embassy completed",
    ),
    row(
        "withdrawal-from-list",
        "North Korea's leader Kim Jong Un has approved the withdrawal from Nepal, Spain and Angola, diplomats said.",
        "C KP>NP mission intended",
        "C KP>ES mission intended",
        "C KP>AO mission intended",
    ),
    row(
        "closures-have-affected",
        "North Korea is shrinking its diplomatic network. Closures have already affected Spain, Hong Kong and Uganda.",
        "C KP>ES mission completed",
        "C KP>HK mission completed",
        "C KP>UG mission completed",
    ),
    row(
        "their-distributive",
        "Germany and France closed their embassies in Khartoum in April.",
        "C DE>SD@Khartoum embassy completed when=2023-04",
        "C FR>SD@Khartoum embassy completed when=2023-04",
        published="2023-05-10",
    ),
    row(
        "both-countries-closed",
        "The United States broke off relations with Cuba in January 1961. Both countries closed their embassies.",
        "C US>CU embassy completed",
        "C CU>US embassy completed",
    ),
    row(
        "reciprocal-cities",
        "Israel and Morocco agreed to reopen their liaison offices in Rabat and Tel Aviv.",
        "O IL>MA@Rabat representative_office intended",
        "O MA>IL@Tel Aviv representative_office intended",
    ),
    row(
        "respective-embassies",
        "Talks with Nauru on the closure of the two countries' respective embassies were going "
        "smoothly, Taiwan's foreign ministry said.",
        "C TW>NR embassy intended",
        "C NR>TW embassy intended",
    ),
    row(
        "consulate-and-permanent-mission",
        "Iran's consulate general in Jeddah and its permanent mission to the "
        "Organisation of Islamic Cooperation will reopen on Wednesday.",
        "O IR>SA@Jeddah consulate intended when=2023-06-07",
        "O IR>SA@Jeddah permanent_mission intended when=2023-06-07",
        published="2023-06-06",
    ),
    row(
        "cities-only-noun",
        "Denmark will close its embassies in Mali and Burkina Faso. The closures in Bamako and "
        "Ouagadougou are part of a new Africa strategy.",
        "C DK>ML@Bamako embassy intended",
        "C DK>BF@Ouagadougou embassy intended",
    ),
    row(
        "new-ones",
        "Denmark will close its embassy in Mali and open new ones in Senegal and Rwanda.",
        "C DK>ML embassy intended",
        "O DK>SN embassy intended",
        "O DK>RW embassy intended",
    ),
    row(
        "pronoun-both",
        "Protesters stormed Saudi Arabia's embassy in Tehran and its consulate in Mashhad in January "
        "2016. Riyadh pulled its diplomats out of both.",
        "C SA>IR@Tehran embassy completed when=2016-01",
        "C SA>IR@Mashhad consulate completed when=2016-01",
        published="2023-06-07",
    ),
    row(
        "same-time",
        "Britain's embassy in Tehran reopened on Sunday. The Iranian embassy in London was reopened at the same time.",
        "O GB>IR@Tehran embassy completed when=2015-08-23",
        "O IR>GB@London embassy completed when=2015-08-23",
        published="2015-08-23",
    ),
    row(
        "following-day",
        "Protesters stormed the British embassy in Tehran on 29 November 2011. The following day "
        "Britain withdrew its staff and closed the embassy.",
        "C GB>IR@Tehran embassy completed when=2011-11-30",
        published="2015-08-23",
    ),
    row(
        "days-later",
        "A gunman attacked Azerbaijan's embassy in Tehran on Jan. 27, 2023. Baku suspended the embassy's "
        "operations two days later.",
        "C AZ>IR@Tehran embassy completed when=2023-01-29",
        published="2024-07-15",
    ),
    row(
        "that-year",
        "Relations with the Holy See were broken in 1975. The Vatican's apostolic delegation in Saigon "
        "was closed that year.",
        "C VA>VN@Saigon mission completed when=1975",
        published=None,
    ),
]

# --- must parse: groups with numbers or shares ---------------------------------------------------
GROUPS = [
    row(
        "as-many-as", "North Korea may close as many as 10 missions, experts say.", "C KP>- mission possible n=upper:10"
    ),
    row(
        "nearly-percent",
        "North Korea is closing nearly 25 percent of its embassies around the world.",
        "C KP>- embassy ongoing n=upper:25:percent",
    ),
    row(
        "over-a-dozen-region",
        "Pyongyang plans to shut over a dozen diplomatic facilities in Africa.",
        "C KP>region:africa mission intended n=lower:12",
    ),
    row(
        "over-a-dozen-elsewhere",
        "Pyongyang plans to shut over a dozen diplomatic facilities in African countries and elsewhere.",
        "C KP>- mission intended n=lower:12",
    ),
    row(
        "at-least-the-fifth",
        "North Korea is closing its embassy in Nepal, at least the fifth embassy it has shut in recent months.",
        "C KP>NP embassy ongoing",
        "C KP>- embassy completed n=lower:5",
    ),
    row(
        "fifth-country-withdrawn",
        "North Korea is shutting down its embassy in Nepal, marking at least the fifth "
        "country it has withdrawn from this year.",
        "C KP>NP embassy ongoing",
        "C KP>- mission completed n=lower:5",
    ),
    row(
        "two-of-its-three",
        "South Africa is closing two of its three consulates in the United States.",
        "C ZA>US consulate ongoing n=exact:2",
    ),
    row(
        "dozen-of-its-total",
        "Seoul believes Pyongyang will close as many as a dozen of its 53 diplomatic missions.",
        "C KP>- mission possible n=upper:12",
        "N KP mission exact:53",
    ),
    row(
        "withdrawn-from-mission",
        "The ministry said North Korea has also withdrawn from its consulate general in Hong Kong.",
        "C KP>HK consulate completed",
    ),
    row(
        "rival-overtaking",
        "India now operates 195 diplomatic posts around the world, overtaking Japan's 191 for the first time.",
        "N IN mission exact:195",
        "N JP mission exact:191",
    ),
    row(
        "list-needs-conjunction",
        "North Korea has closed its embassy in Bangladesh, South Korea's unification ministry said.",
        "C KP>BD embassy completed",
    ),
    row(
        "several-in-region",
        "Britain will close several embassies in Africa, the Foreign Office said.",
        "C GB>region:africa embassy intended",
    ),
    row(
        "several-of-its",
        "North Korea has announced the closure of several of its embassies.",
        "C KP>- embassy intended",
    ),
    row(
        "a-dozen-more",
        "North Korea has closed its embassies in Uganda and Angola. About a dozen more are set to "
        "close, according to Seoul.",
        "C KP>UG embassy completed",
        "C KP>AO embassy completed",
        "C KP>- embassy intended n=approx:12",
    ),
    row(
        "closed-nine-posts",
        "South Africa went the other way, closing nine posts over the past two years.",
        "C ZA>- mission completed n=exact:9",
    ),
    row(
        "count-and-share",
        "Seoul says North Korea could close as many as a dozen embassies, which would mean shutting "
        "nearly 25 percent of its missions worldwide.",
        "C KP>- embassy possible n=upper:12",
        "C KP>- mission possible n=upper:25:percent",
    ),
    row(
        "share-of-presence",
        "Pyongyang may close as many as 10 missions and embassies in total, representing about 20 "
        "percent of its current diplomatic presence.",
        "C KP>- mission possible n=upper:10",
        "C KP>- mission possible n=approx:20:percent",
    ),
    row(
        "four-of-its-consulates",
        "Japan will close four of its consulates in China.",
        "C JP>CN consulate intended n=exact:4",
    ),
    row(
        "some-of-its-missions",
        "Nigeria will shut down some of its missions abroad to save money.",
        "C NG>- mission intended",
    ),
    row(
        "opened-eleven",
        "India opened 11 new missions after 2021, most of them in Africa.",
        "O IN>- mission completed n=exact:11",
    ),
    row(
        "various-african",
        "The closures affect embassies in Spain and various African nations, the ministry said. "
        "North Korea is closing them to save money.",
        "C KP>ES embassy ongoing",
        "C KP>region:africa embassy ongoing",
        xfail="sender named only after the closures",
    ),
]

# --- must parse: network sizes -------------------------------------------------------------------
NETWORK = [
    row(
        "three-kinds",
        "Currently, North Korea has 47 embassies, three consulates and three representative offices, "
        "according to the ministry.",
        "N KP embassy exact:47",
        "N KP consulate exact:3",
        "N KP representative_office exact:3",
    ),
    row(
        "from-to-as-of",
        "The closures cut the number of North Korean diplomatic missions abroad from 53 to 46 as of Tuesday.",
        "N KP mission exact:53",
        "N KP mission exact:46 as_of=2023-10-31",
    ),
    row("posts-mixed-kinds", "China runs 274 embassies, consulates and other posts abroad.", "N CN mission exact:274"),
    row("ties-more-than", "North Korea has diplomatic ties with more than 150 countries.", "N KP relations lower:150"),
    row("just-allies", "The switch leaves Taiwan with just 12 diplomatic allies.", "N TW relations exact:12"),
    row("relations-with", "Beijing has diplomatic relations with 182 countries.", "N CN relations exact:182"),
    row("recognised-by-more", "Kosovo is recognised by more than 100 countries.", "N XK relations lower:100"),
    row("one-of-only", "The Holy See is one of only 13 states that still recognise Taiwan.", "N TW relations exact:13"),
    row("ranked-with-posts", "India climbed to 11th place with 194 posts.", "N IN mission exact:194"),
    row(
        "maintains-two-kinds",
        "Brazil maintains 138 embassies and 52 consulates around the world.",
        "N BR embassy exact:138",
        "N BR consulate exact:52",
    ),
    row("around-missions", "Switzerland has around 170 diplomatic missions abroad.", "N CH mission approx:170"),
    row(
        "when-took-office",
        "When President Tsai Ing-wen took office in May 2016, Taiwan was recognised by 22 states.",
        "N TW relations exact:22 as_of=2016-05",
    ),
    row(
        "formal-relations-only",
        "With the switch, Taiwan has formal diplomatic relations with only 13 countries.",
        "N TW relations exact:13",
    ),
    row("network-of", "Britain's diplomatic network of 281 posts spans 178 countries.", "N GB mission exact:281"),
    row(
        "runs-around-posts",
        "The North has diplomatic relations with more than 150 countries but runs only around 50 "
        "posts overseas. North Korea denies it.",
        "N KP relations lower:150",
        "N KP mission approx:50",
        xfail="'the North' before North Korea is named",
    ),
    row(
        "possessive-elided",
        "Beijing runs 274 posts abroad against Washington's 271.",
        "N CN mission exact:274",
        "N US mission exact:271",
    ),
    row(
        "counted-in-year",
        "China first pulled ahead of the United States in 2019, when it counted 276 posts.",
        "N CN mission exact:276 as_of=2019",
        published="2024-02-25",
    ),
]

MUST_PARSE = NAMED_CLOSURES + OPENINGS + MOVES + LISTS_AND_PAIRS + GROUPS + NETWORK

# --- must not parse: no mission fact ---------------------------------------------------------------
MUST_NOT_PARSE = [
    row("summoned", "Israel summoned Ireland's ambassador after the Irish parliament passed a motion."),
    row("expelled", "Iraq expelled the Swedish ambassador after protesters stormed the embassy in Baghdad."),
    row("farewell-call", "The outgoing ambassador paid a farewell call on President Museveni at State House."),
    row("farewell-bid", "Museveni bid farewell to the outgoing DPRK ambassador on Monday."),
    row(
        "delegations-received", "North Korea has received several diplomatic missions from Russia and China this year."
    ),
    row("trade-mission-visit", "A Chinese trade mission will visit Lagos next month."),
    row("would-not-close", "The foreign ministry said it would not close its embassy in Kyiv."),
    row("denied-reports", "Officials denied reports that the embassy in Caracas would close."),
    row("no-plans", "The Kremlin says it has no plans to close the US embassy in Moscow."),
    row("never-closed", "Officials said Poland's embassy in Kyiv had never closed, even during the war."),
    row("company-office", "Google closed its office in Moscow last year."),
    row("un-agency-office", "The UN refugee agency closed its office in Kabul."),
    row("road-outside", "Police closed the road outside the US embassy in London."),
    row("holiday", "The embassy will be closed on Monday for the national holiday."),
    row("protesters-demand", "Protesters demanded the closure of the Israeli embassy in Amman."),
    row("long-used", "North Korea has long used its embassies to raise hard currency."),
    row(
        "opening-or-closing",
        "The ministry said it is constantly opening or closing missions in line with its foreign policy.",
    ),
    row(
        "withdraw-and-establish",
        "Pyongyang said it was withdrawing and establishing diplomatic missions in line with "
        "changes in the global environment.",
    ),
    row(
        "closing-some-opening-others",
        "The foreign ministry said it was closing some diplomatic missions and opening others.",
    ),
    row("opened-investigation", "The US embassy opened an investigation into the incident."),
    row("opened-fire", "Gunmen opened fire on the Turkish embassy in Kabul."),
    row("staff-counted", "Canada pulled 41 of its diplomats out of India."),
    row("non-emergency-staff", "The US ordered non-emergency staff to leave its embassy in Baghdad."),
    row("historical-famine", "In the 1990s, North Korea closed several embassies during a famine."),
    row("regional-tally", "China has 60 posts in Africa, against 56 for the United States."),
    row("attaches", "Military attachés from dozens of embassies in Beijing watched the parade."),
    row("consulates-in-host", "Russia will still run consulates in New York, Houston and Seattle."),
    row("three-each", "Both countries will remain with three consulates each."),
    row("technical-mission", "Taiwan's technical mission in Nauru will be closed and its members reassigned."),
    row("military-mission", "France ended its military mission in Mali in August 2022."),
    row("peacekeeping", "The UN peacekeeping mission in Mali will close by the end of the year."),
    row("work-permit", "The work permit of Swedish telecoms company Ericsson in Iraq had been suspended."),
    row("visa-processing", "India stopped processing visas for Canadians on September 21."),
    row("visa-service", "India has restored its electronic visa service for Canadian citizens."),
    row("left-the-country", "The ambassador was expelled by the junta and left the country months ago."),
    row("troops-withdraw", "France will withdraw its troops from Niger by the end of the year."),
    row("takes-charge", "The embassy in Malabo will take charge of Ugandan affairs."),
    row("handled-by", "Visa applications will be handled by the Swiss embassy in Rome, the ministry said."),
    row("envoy-deadline", "Sweden's ambassador was given a deadline to leave Bamako."),
    row("consulate-warning", "The consulate issued a warning to citizens to avoid the protests."),
    row("visa-section", "Embassy staff closed the visa section early because of the protest."),
    row("restaurant-near", "The restaurant near the embassy closed last year."),
    row("border-crossing", "The closure of the border crossing angered officials at the Egyptian embassy."),
    row("diplomats-attended", "Diplomats from 30 embassies attended the ceremony."),
    row("company-stores", "The company operates 274 stores abroad."),
    row("rank-not-count", "Nauru is the tenth country to break with Taipei."),
    row("stormed", "The Swedish embassy was stormed and set on fire by protesters."),
    row("recalled", "The ambassador was recalled for consultations."),
    row("downgraded", "China downgraded its embassy in Vilnius to a chargé d'affaires office."),
    row("photo-exhibition", "The South Korean embassy in Hanoi opened a photo exhibition on Friday."),
    row("services-resume", "Visa services will resume at a later date."),
    row("keep-open", "Seoul said it would keep its embassy in Kyiv open."),
    row("is-open", "The Irish embassy in Tel Aviv is open as usual."),
    row("book-of-condolence", "He visited the embassy in Paris to open a book of condolence."),
    row(
        "leave-lebanon",
        "The State Department urged Americans to leave Lebanon while commercial flights remain available.",
    ),
    row("establish-relations", "Vietnam and the Holy See could establish full diplomatic relations next year."),
    row("staff-numbers", "The immigration team in India is being reduced from 27 staff to five."),
    row("visa-centres", "The ten visa application centres run by private contractors will carry on as before."),
    row("interests-protected", "Sweden has since looked after British interests in Iran."),
    row("cut-ties-threat", "The government warned it would cut diplomatic relations if another protest were allowed."),
    row("parade-troops", "About 15,000 troops and 580 pieces of military equipment took part in the parade."),
    row("monitoring", "The embassy said it was closely monitoring the situation."),
    row("warned-to-leave", "The US embassy in Moscow warned Americans to leave Russia immediately."),
    row("streets-closed-off", "Police closed off streets around the Israeli embassy in London ahead of the protest."),
    row(
        "section-closed-for-move",
        "The consulate's visa section will be closed for two weeks while it moves to a new building.",
    ),
    row("holiday-days", "The embassy will be closed on Christmas Day and New Year's Day."),
    row("gathered-outside", "Hundreds of people gathered outside the Russian embassy in Berlin."),
    row("opened-talks", "Japan opened talks with North Korea on the abduction issue."),
    row("investigation-into", "Germany opened an investigation into the attack on the Turkish consulate in Hamburg."),
    row("new-chapter", "The two countries agreed to open a new chapter in relations."),
    row("airspace", "India opened its airspace to Pakistani flights."),
    row("urged-to-close", "Lawmakers urged the government to close the Iranian embassy in Ottawa."),
    row("denied-planning", "The minister denied that Spain was planning to close its embassy in Caracas."),
    row("bank-branch", "Citibank shut its branch in Moscow."),
    row("unicef", "UNICEF has suspended operations in northern Gaza."),
    row("eu-delegation", "The EU closed its delegation in Niamey after the coup."),
    row("ngo-office", "Oxfam closed its office in Kabul."),
    row("world-bank-office", "The World Bank's office in Kabul was closed."),
    row("mission-to-mars", "The mission to Mars was delayed by a year."),
    row("military-delegation", "A Russian military delegation opened talks in Tehran."),
    row("football-team", "Ukraine's football team left Kyiv for the tournament."),
    row("compound-taken", "The Taliban took over the Pakistani embassy compound in Kabul."),
    row("diplomats-left-city", "Hundreds of diplomats left Khartoum by road."),
    row("staff-cut", "The number of US diplomats in Russia has been cut to 455."),
    row("diplomatic-compound", "Russia expelled 10 US diplomats and closed a US diplomatic compound."),
    row("remain-open", "The Embassy of Ireland in Tel Aviv will remain open, Dublin said."),
    row("stay-open", "Moscow's embassy in Washington will stay open, the Kremlin said."),
    row("broke-off-relations", "Bolivia broke off diplomatic relations with Israel on Tuesday."),
    row("recalled-ambassador", "Chad recalled its ambassador to Israel for consultations."),
    row("protecting-power", "The Swiss embassy in Tehran represents US interests in Iran."),
    row("regional-embassies", "China now has 60 embassies in Africa."),
    row("held-up", "The new Chinese embassy in London has been held up by planning disputes."),
    row("storm-attempt", "Protesters tried to storm the Danish embassy in Baghdad."),
    row("any-new-posts", "Officials could not verify whether North Korea was opening any new posts."),
    row(
        "drew-up-plans-general", "In the 1990s, North Korea closed several embassies, only to reopen them years later."
    ),
]

# --- bugs caught: phrasings that broke an earlier version ------------------------------------------
BUGS_CAUGHT: list[Any] = [
    row(
        "city-of-host",
        "Russia said on Monday it would shut its consulate in the Polish city of Poznan.",
        "C RU>PL@Poznan consulate intended",
    ),
    row(
        "suspension-of-operations-at",
        "The State Department ordered the suspension of operations at the U.S. Embassy in Khartoum.",
        "C US>SD@Khartoum embassy intended",
    ),
    row(
        "operations-moved-home",
        "Sweden moved its embassy operations in Baghdad to Stockholm after the attack.",
        "C SE>IQ@Baghdad embassy completed",
    ),
    row(
        "speaker-is-sender",
        "Argentina announced it would close its embassies in Algeria and Vietnam.",
        "C AR>DZ embassy intended",
        "C AR>VN embassy intended",
    ),
    row(
        "opened-one",
        "El Salvador closed its embassy in Taiwan and opened one in Beijing.",
        "C SV>TW embassy completed",
        "O SV>CN@Beijing embassy completed",
    ),
    row(
        "unknown-town-in-list",
        "Latvia ordered Russia to close its consulates in Daugavpils and Liepaja.",
        "C RU>LV@Daugavpils consulate intended",
        "C RU>LV@Liepaja consulate intended",
    ),
    row(
        "list-shares-sender",
        "The US will close the Russian consulate in San Francisco, a chancery annex in "
        "Washington and a consular annex in New York by Saturday.",
        "C RU>US@San Francisco consulate intended when=2017-09-02",
        "C RU>US@Washington mission intended when=2017-09-02",
        "C RU>US@New York mission intended when=2017-09-02",
        published="2017-08-31",
    ),
    row(
        "from-date",
        "Finland said it would close the Russian consulate in Turku from October 1.",
        "C RU>FI@Turku consulate intended when=2024-10-01",
    ),
    row(
        "down-from",
        "North Korea is running around 50 missions abroad, down from 53 at the start of the year.",
        "N KP mission approx:50",
        "N KP mission exact:53",
    ),
    row(
        "including-part",
        "Japan maintains 195 diplomatic missions abroad, including 153 embassies.",
        "N JP mission exact:195",
        "N JP embassy exact:153",
    ),
    row(
        "possessive-owner-of-allies",
        "Paraguay is one of Taiwan's 12 remaining diplomatic allies.",
        "N TW relations exact:12",
    ),
    row(
        "maintain-formal-ties",
        "Guatemala, one of just 12 countries that maintain formal ties with Taipei, said it "
        "would keep its embassy there.",
        "N TW relations exact:12",
    ),
    row(
        "reduced-relative-closed-since",
        "Australia will reopen its embassy in Kyiv, closed since February 2022.",
        "O AU>UA@Kyiv embassy intended",
        "C AU>UA@Kyiv embassy completed when=2022-02",
    ),
    row("service-not-mission", "The Polish embassy in Minsk has suspended visa services."),
    row(
        "reopen-after-holiday",
        "The Saudi embassy in Damascus will reopen after Eid, sources told Reuters.",
        "O SA>SY@Damascus embassy intended",
    ),
    row("no-intention-quoted", "Russia has 'no intention' of closing its embassy in Kyiv, Lavrov said."),
    row("countries-recognise", "Only 13 countries now recognise Taiwan.", "N TW relations exact:13"),
    row(
        "recognised-by-of-the",
        "Palestine is recognised by 146 of the 193 UN member states.",
        "N PS relations exact:146",
    ),
    row(
        "counted-mixed-list",
        "Ireland will open eight new embassies and consulates as part of its Global Ireland strategy.",
        "O IE>- mission intended n=exact:8",
    ),
    row(
        "date-of-another-event",
        "Vanuatu said it would close its embassy in Taipei after switching recognition to Beijing in 2004.",
        "C VU>TW@Taipei embassy intended",
    ),
    row(
        "two-hosts-sender-one",
        "Washington ordered China to close its consulate in Houston within 72 hours.",
        "C CN>US@Houston consulate intended",
    ),
    row(
        "gerund-noun-ordering-closure",
        "China retaliated by ordering the closure of the US consulate in Chengdu.",
        "C US>CN@Chengdu consulate intended",
    ),
    row(
        "moved-operations-elsewhere",
        "The Czech Republic has closed its embassy in Bamako and moved its operations to Dakar.",
        "C CZ>ML@Bamako embassy completed",
    ),
    row(
        "their-pair-no-host",
        "Iran and Egypt agreed to reopen their embassies by the end of the year.",
        "O IR>EG embassy intended when=2023",
        "O EG>IR embassy intended when=2023",
    ),
    row(
        "share-by-year",
        "Seoul plans to close about 10 percent of its overseas missions by 2026 as part of a cost-cutting drive.",
        "C KR>- mission intended when=2026 n=approx:10:percent",
    ),
    row(
        "demonym-group-subject",
        "Up to a dozen Norwegian embassies could close under the plan.",
        "C NO>- embassy possible n=upper:12",
    ),
    row(
        "two-kinds-list",
        "Sri Lanka temporarily closed its embassies in Norway and Iraq and its consulate in Australia.",
        "C LK>NO embassy completed",
        "C LK>IQ embassy completed",
        "C LK>AU consulate completed",
    ),
    row(
        "fronted-city-reported",
        "In Riyadh, officials said the Iranian embassy was reopened on Tuesday.",
        "O IR>SA@Riyadh embassy completed when=2023-10-31",
    ),
    row(
        "embassy-of-country",
        "The embassy of Mexico in Quito was closed indefinitely on Saturday.",
        "C MX>EC@Quito embassy completed when=2023-10-28",
    ),
    row(
        "permanent-missions-count",
        "Lithuania currently has 48 embassies and 8 permanent missions to international organisations.",
        "N LT embassy exact:48",
        "N LT permanent_mission exact:8",
    ),
    row(
        "n-of-its-m-missions",
        "Ghana will close 20 of its 57 missions abroad to cut costs, President Nana Akufo-Addo said.",
        "C GH>- mission intended n=exact:20",
        "N GH mission exact:57",
    ),
    row(
        "at-least-six",
        "North Korea has closed at least six embassies since October.",
        "C KP>- embassy completed n=lower:6",
    ),
    row("reopening-noun", "Officials said the reopening of the British embassy in Kabul was not on the table."),
    row(
        "one-china-not-a-sender",
        "Lithuania insists it does not question the one-China policy, and says it still "
        "intends to open a trade representation of its own in Taipei.",
        "O LT>TW@Taipei trade_office intended",
    ),
    row("noun-approved-opening", "Seoul approved the opening of an embassy in Cuba.", "O KR>CU embassy intended"),
    row(
        "decision-to-close",
        "Fiji's decision to close its embassy in Washington surprised diplomats.",
        "C FJ>US@Washington embassy intended",
    ),
    row(
        "announcer-owns-its",
        "Denmark announced plans to reopen its embassy in Kabul.",
        "O DK>AF@Kabul embassy intended",
    ),
    row(
        "go-ahead-to-open",
        "The Philippines has been given the go-ahead to open a consulate in Dubai.",
        "O PH>AE@Dubai consulate intended",
    ),
    row(
        "upgraded-to-embassy",
        "Morocco's liaison office in Tel Aviv will be upgraded to an embassy.",
        "O MA>IL@Tel Aviv embassy intended",
    ),
    row(
        "raised-to-embassy-level",
        "Israel raised its liaison office in Rabat to embassy level.",
        "O IL>MA@Rabat embassy completed",
    ),
    row(
        "first-to-open",
        "Bahrain became the first Gulf state to open an embassy in Israel.",
        "O BH>IL embassy completed",
    ),
    row(
        "relative-object",
        "The embassy in Caracas, which Canada closed in 2019, will not reopen soon.",
        "C CA>VE@Caracas embassy completed when=2019",
    ),
    row("embassies-in-n-countries", "India has embassies in 130 countries.", "N IN embassy exact:130"),
    row(
        "evacuated-by-helicopter",
        "The U.S. Embassy in Kabul was evacuated by helicopter on Sunday.",
        "C US>AF@Kabul embassy completed when=2023-10-29",
    ),
    row(
        "passive-moved-in-host",
        "The Italian embassy in Kyiv has been temporarily moved to Lviv.",
        "C IT>UA@Kyiv embassy completed",
        published="2022-03-10",
    ),
    row("not-yet-reopened", "Saudi Arabia has not yet reopened its embassy in Tehran, despite the deal."),
    row(
        "network-relative",
        "North Korea, which has 53 missions abroad, plans to cut that number.",
        "N KP mission exact:53",
    ),
    row("staff-of-unnamed-country", "All embassy staff have left Niger, the Foreign Office said."),
    row(
        "work-of-its-embassy", "Ukraine suspended the work of its embassy in Minsk.", "C UA>BY@Minsk embassy completed"
    ),
    row(
        "activities-of",
        "Georgia temporarily halted the activities of its embassy in Tripoli.",
        "C GE>LY@Tripoli embassy completed",
    ),
    row(
        "shut-down-passive",
        "The Russian consulate in Lviv was shut down in 2014.",
        "C RU>UA@Lviv consulate completed when=2014",
    ),
    row(
        "shuttered-since",
        "Britain's embassy in Damascus has been shuttered since 2012.",
        "C GB>SY@Damascus embassy completed when=2012",
    ),
    row(
        "mothballed",
        "Norway mothballed its embassy in Kabul after the Taliban takeover.",
        "C NO>AF@Kabul embassy completed",
    ),
    row("wound-up", "Brazil wound up its embassy in Caracas in 2020.", "C BR>VE@Caracas embassy completed when=2020"),
    row(
        "ceased-operations",
        "The Indian embassy in Kabul ceased operations in August 2021.",
        "C IN>AF@Kabul embassy completed when=2021-08",
    ),
    row("ambassador-withdrawn-only", "Lithuania pulled out of China's 16+1 forum and later withdrew its ambassador."),
    row(
        "the-dutch", "The Dutch reopened their embassy in Kyiv in April.", "O NL>UA@Kyiv embassy completed when=2023-04"
    ),
    row(
        "set-up-consulate",
        "Singapore set up a consulate in Chongqing in 2023.",
        "O SG>CN@Chongqing consulate completed when=2023",
    ),
    row(
        "subject-opened-last-year",
        "Chile's new consulate in Shanghai opened last year.",
        "O CL>CN@Shanghai consulate completed when=2022",
    ),
    row(
        "closed-but-resumed",
        "Turkey's embassy in Damascus remained closed but its consulate in Aleppo resumed work.",
        "C TR>SY@Damascus embassy completed",
        "O TR>SY@Aleppo consulate completed",
    ),
    row(
        "handled-by-other-mission",
        "North Korea's embassy in Madrid will close and its work will be handled by its mission in Italy.",
        "C KP>ES@Madrid embassy intended",
    ),
    row(
        "fifth-demonym-embassy",
        "The embassy in Kathmandu is at least the fifth North Korean embassy to close.",
        "C KP>- embassy completed n=lower:5",
        "C KP>NP@Kathmandu embassy completed",
    ),
    row(
        "fifth-country-named",
        "Nepal is the fifth country North Korea has withdrawn from since October.",
        "C KP>- mission completed n=lower:5",
        "C KP>NP mission completed",
    ),
    row(
        "sixth-to-be-shut",
        "Pyongyang's mission in Dhaka was the sixth to be shut down.",
        "C KP>- mission completed n=lower:6",
        "C KP>BD@Dhaka mission completed",
    ),
    row(
        "seventh-mission-it-has-shut",
        "North Korea closed its embassy in Guinea, the seventh mission it has shut since October.",
        "C KP>GN embassy completed",
        "C KP>- mission completed n=lower:7",
    ),
    row(
        "left-is-not-withdrawal",
        "Nauru's switch to Beijing has left Taipei with just 12 diplomatic allies.",
        "N TW relations exact:12",
    ),
    row(
        "regional-tally-source-in-city",
        "Government data in Seoul show that North Korea runs only around 50 posts overseas.",
        "N KP mission approx:50",
    ),
]


# --- whole articles (written for these tests): facts across sentences, titles and boilerplate ------
ARTICLES = [
    row(
        "art-hungary-kyiv",
        """Hungary reopens Kyiv embassy, calls for peace talks

Budapest, 5 May (MTI) - Hungary's embassy in Kyiv resumed operations on Thursday, more than two months after it \
was relocated to the western city of Lviv, Foreign Minister Peter Szijjarto said.

Hungary was among dozens of countries that evacuated their diplomats from the Ukrainian capital in late February \
as Russian troops advanced. Its consulate in Uzhhorod stayed open throughout.

Szijjarto said the consulate general in Berehove would also reopen next week. Budapest now runs three missions in \
Ukraine.

According to the ministry, Hungary maintains 128 embassies, consulates and permanent missions worldwide.""",
        "O HU>UA@Kyiv embassy completed when=2022-05-05",
        "C HU>UA@Kyiv embassy completed when=2022-02",
        "O HU>UA@Berehove consulate intended when=2022-05",
        "N HU mission exact:128",
        published="2022-05-05",
    ),
    row(
        "art-nicaragua-taiwan",
        """Nicaragua shuts Taiwan out as it switches ties to Beijing

Managua, December 10, 2021 — Nicaragua said on Thursday it was breaking off diplomatic relations with Taiwan and \
recognising Beijing, leaving Taipei with just 14 formal allies.

Taiwan's foreign ministry said it would close its embassy in Managua and withdraw its technical mission, \
expressing "pain and regret".

Beijing will open an embassy in the Nicaraguan capital, officials said. China already has diplomatic relations \
with 180 countries.

The switch follows similar moves by the Dominican Republic and El Salvador in 2018, when both countries closed \
their embassies in Taipei.""",
        "N TW relations exact:14",
        "C TW>NI@Managua embassy intended",
        "O CN>NI@Managua embassy intended",
        "N CN relations exact:180",
        "C DO>TW@Taipei embassy completed when=2018",
        "C SV>TW@Taipei embassy completed when=2018",
        published="2021-12-10",
    ),
    row(
        "art-uk-posts",
        """UK to shut 12 overseas posts in cost-cutting drive

By our diplomatic correspondent

Britain will close as many as 12 diplomatic posts abroad over the next two years, including its embassies in \
Chad and the Central African Republic, under plans drawn up by the Foreign Office, according to documents seen \
by this newspaper.

Britain currently runs 281 posts in 178 countries. Officials say the cuts are needed to meet a 20 percent \
reduction in the department's budget.

In 2012 the then foreign secretary William Hague reopened or opened more than a dozen posts, including the \
embassy in Somalia.""",
        "C GB>- mission intended n=upper:12",
        "C GB>TD embassy intended",
        "C GB>CF embassy intended",
        "N GB mission exact:281",
        "O GB>- mission completed when=2012 n=lower:12",
        "O GB>SO embassy completed when=2012",
        published="2024-01-15",
    ),
    row(
        "art-venezuela",
        """Venezuela pulls diplomats from seven Latin American countries after disputed vote

CARACAS, July 29 — Venezuela on Monday announced the withdrawal of its diplomatic personnel from Argentina, \
Chile, Costa Rica, Panama, Peru, the Dominican Republic and Uruguay, after their governments questioned the \
official results of Sunday's presidential election.

The foreign ministry also demanded that those countries withdraw their own representatives from Venezuelan \
territory immediately.""",
        "C VE>AR embassy intended",
        "C VE>CL embassy intended",
        "C VE>CR embassy intended",
        "C VE>PA embassy intended",
        "C VE>PE embassy intended",
        "C VE>DO embassy intended",
        "C VE>UY embassy intended",
        published="2024-07-29",
    ),
    row(
        "art-us-kyiv",
        """US reopens embassy in Kyiv as Russia pulls back

Washington, May 18 -- The United States reopened its embassy in Kyiv on Wednesday, three months after it closed \
it amid Russia's invasion of Ukraine, the State Department said.

US diplomats had been working from Lviv and later from Poland's Rzeszow.

A number of European countries, including Britain, France, Italy and Spain, had already reopened their \
embassies in Kyiv in April.

Advertisement""",
        "O US>UA@Kyiv embassy completed when=2022-05-18",
        "C US>UA@Kyiv embassy completed",
        "O GB>UA@Kyiv embassy completed when=2022-04",
        "O FR>UA@Kyiv embassy completed when=2022-04",
        "O IT>UA@Kyiv embassy completed when=2022-04",
        "O ES>UA@Kyiv embassy completed when=2022-04",
        published="2022-05-18",
    ),
    row(
        "art-estonia-russia",
        """Estonia and Russia shut consulates in tit-for-tat move

TALLINN, Jan 10 (ERR) - Estonia ordered Russia on Tuesday to close its consulate general in Narva by the end of \
July, saying Moscow had used the mission to spread propaganda.

Hours later Moscow responded by ordering Estonia to shut its consulate in St Petersburg. Both consulates will \
close on July 31, the two foreign ministries said.

Russia will keep its embassy in Tallinn, and Estonia its embassy in Moscow.""",
        "C RU>EE@Narva consulate intended when=2023-07-31",
        "C EE>RU@St Petersburg consulate intended when=2023-07-31",
        published="2023-01-10",
    ),
    row(
        "art-poland-russia",
        """Poland to close last Russian consulate as relations sink

Warsaw, 22 October - Poland will close the Russian consulate in Gdansk, Foreign Minister Radoslaw Sikorski said \
on Tuesday, blaming Moscow for a string of sabotage attacks.

The decision leaves Russia with only its embassy in Warsaw. Poland shut the consulate in Poznan earlier this year \
and the one in Krakow in 2023.

Moscow said it would respond. Russia has already closed Poland's consulates in Kaliningrad, Irkutsk and Smolensk.""",
        "C RU>PL@Gdansk consulate intended",
        "C RU>PL@Poznan consulate completed when=2024",
        "C RU>PL@Krakow consulate completed when=2023",
        "C PL>RU@Kaliningrad consulate completed",
        "C PL>RU@Irkutsk consulate completed",
        "C PL>RU@Smolensk consulate completed",
        published="2024-10-22",
    ),
    row(
        "art-headline-only",
        """Chile reopens embassy in Caracas

SANTIAGO (AP) — Relations have improved since talks in Brasilia last month, the foreign ministry said on Monday.

Diplomats are expected to return to their posts next week.""",
        "O CL>VE@Caracas embassy completed",
        published="2023-11-03",
    ),
    row(
        "art-headline-list-then-speaker",
        """North Korea shuts embassies in Senegal and Guinea, Seoul says

SEOUL, Dec 5 -- The closures follow earlier withdrawals from Angola and Uganda, an official said.""",
        "C KP>SN embassy completed",
        "C KP>GN embassy completed",
        "C KP>AO mission completed",
        "C KP>UG mission completed",
        published="2023-12-05",
    ),
]


# === generalisation tables: phrasings the first rules missed (written for these tests) ============

# --- nominalisations and states: "the shuttering of", "closed since", "stands empty" ------------
NOMINAL_AND_STATE = [
    row(
        "gerund-shuttering-of",
        "Canada announced the shuttering of its consulate in Chennai.",
        "C CA>IN@Chennai consulate intended",
    ),
    row(
        "gerund-mothballing-of",
        "Critics condemned the mothballing of Norway's embassy in Harare in 2022.",
        "C NO>ZW@Harare embassy completed when=2022",
    ),
    row(
        "since-the-shuttering",
        "Chile will close its embassy in Baku. It is the first cut since the shuttering of its embassy in Damascus "
        "in May 2012.",
        "C CL>AZ@Baku embassy intended",
        "C CL>SY@Damascus embassy completed when=2012-05",
    ),
    row(
        "gerund-evacuating-of",
        "The Philippines ordered the evacuating of its embassy in Tripoli last month.",
        "C PH>LY@Tripoli embassy intended when=2023-10",
    ),
    row(
        "participle-closed-since-then-reopened",
        "Portugal's embassy in Tripoli, closed since July 2014, reopened on Tuesday.",
        "C PT>LY@Tripoli embassy completed when=2014-07",
        "O PT>LY@Tripoli embassy completed when=2023-10-31",
    ),
    row(
        "participle-shut-since-resumed",
        "The Belgian embassy in Caracas, shut since 2019, resumed operations last week.",
        "C BE>VE@Caracas embassy completed when=2019",
        "O BE>VE@Caracas embassy completed when=2023-10",
    ),
    row(
        "which-closed-due-to-reopen",
        "Indonesia's consulate in Sydney, which closed in 2020, is due to reopen next month.",
        "C ID>AU@Sydney consulate completed when=2020",
        "O ID>AU@Sydney consulate intended when=2023-12",
    ),
    row(
        "which-was-closed-will-reopen",
        "The Kenyan high commission in Pretoria, which was closed in 2019, will reopen in January.",
        "C KE>ZA@Pretoria high_commission completed when=2019",
        "O KE>ZA@Pretoria high_commission intended when=2024-01",
    ),
    row(
        "which-opened-in-year",
        "Australia's consulate in Makassar, which opened in 2019, handles eastern Indonesia.",
        "O AU>ID@Makassar consulate completed when=2019",
    ),
    row(
        "which-reopened-then-damaged",
        "Austria's embassy in Kyiv, which reopened in June, was damaged by a drone.",
        "O AT>UA@Kyiv embassy completed when=2023-06",
    ),
    row(
        "stopped-operating",
        "Poland closed its embassy in Minsk on Monday. The consulate in Grodno has also stopped operating.",
        "C PL>BY@Grodno consulate completed",
        "C PL>BY@Minsk embassy completed when=2023-10-30",
    ),
    row(
        "ceased-to-function",
        "The Lithuanian embassy in Minsk ceased to function on Friday.",
        "C LT>BY@Minsk embassy completed when=2023-11-03",
    ),
    row(
        "likewise-close",
        "Guatemala said its embassy in Caracas would likewise close.",
        "C GT>VE@Caracas embassy intended",
    ),
    row(
        "similarly-reopen",
        "Sweden's embassy in Kabul will similarly reopen next year, the ministry said.",
        "O SE>AF@Kabul embassy intended when=2024",
    ),
    row(
        "began-operations",
        "India's new consulate in Auckland began operations on Monday.",
        "O IN>NZ@Auckland consulate completed when=2023-10-30",
    ),
    row(
        "became-operational",
        "Ghana's embassy in Seoul became operational last week.",
        "O GH>KR@Seoul embassy completed when=2023-10",
    ),
    row(
        "will-begin-operations",
        "Vietnam's consulate in Busan will begin operations in March.",
        "O VN>KR@Busan consulate intended when=2024-03",
    ),
    row(
        "restored-embassy",
        "Bahrain restored its embassy in Damascus in 2019.",
        "O BH>SY@Damascus embassy completed when=2019",
    ),
    row(
        "in-the-city-of",
        "The Turkish consulate in the city of Mosul closed on Monday.",
        "C TR>IQ@Mosul consulate completed when=2023-10-30",
    ),
    row(
        "compass-adjective-city-of",
        "The Japanese consulate general in the southwestern Chinese city of Chongqing will close next year.",
        "C JP>CN@Chongqing consulate intended when=2024",
    ),
]

# --- staff leaving, evacuation, coordinated subjects --------------------------------------------
STAFF_AND_SUBJECTS = [
    row(
        "demonym-diplomats-left-city",
        "Canadian diplomats left Kabul in August 2021.",
        "C CA>AF@Kabul embassy completed when=2021-08",
    ),
    row(
        "staff-at-embassy-moved",
        "Staff at the Kenyan embassy in Juba were being moved to Nairobi.",
        "C KE>SS@Juba embassy ongoing",
    ),
    row(
        "staff-of-embassy-evacuated",
        "Staff of the Turkish embassy in Tripoli were evacuated on Monday.",
        "C TR>LY@Tripoli embassy completed when=2023-10-30",
    ),
    row(
        "five-senders-evacuated",
        "Norway, Sweden, Denmark, Finland and the Netherlands evacuated their diplomats from Juba on Sunday.",
        "C DK>SS@Juba embassy completed when=2023-10-29",
        "C FI>SS@Juba embassy completed when=2023-10-29",
        "C NL>SS@Juba embassy completed when=2023-10-29",
        "C NO>SS@Juba embassy completed when=2023-10-29",
        "C SE>SS@Juba embassy completed when=2023-10-29",
    ),
    row(
        "working-to-evacuate",
        "Jordan said it was working to evacuate its embassy in Khartoum.",
        "C JO>SD@Khartoum embassy ongoing",
    ),
    row(
        "scrambling-to-evacuate",
        "Kenya is scrambling to evacuate its embassy in Juba.",
        "C KE>SS@Juba embassy ongoing",
    ),
    row(
        "coordinated-they-would-reopen",
        "Austria and Belgium said they would reopen their embassies in Kabul.",
        "O AT>AF@Kabul embassy intended",
        "O BE>AF@Kabul embassy intended",
    ),
    row(
        "announced-plans-to-open-indefinite",
        "Canada has announced plans to open an embassy in Armenia.",
        "O CA>AM embassy intended",
    ),
]

# --- the host, the date or the change from the sentences before ---------------------------------
FROM_CONTEXT = [
    row(
        "evacuated-host-from-story",
        "The United States suspended operations at its embassy in Khartoum on Saturday. Britain, France and "
        "Spain evacuated their diplomats on Sunday.",
        "C ES>SD@Khartoum embassy completed when=2023-10-29",
        "C FR>SD@Khartoum embassy completed when=2023-10-29",
        "C GB>SD@Khartoum embassy completed when=2023-10-29",
        "C US>SD@Khartoum embassy completed when=2023-10-28",
    ),
    row(
        "they-would-reopen-story-host",
        "Qatar reopened its embassy in Kabul on Saturday. Greece and Portugal said they would reopen their "
        "embassies once security allowed.",
        "O GR>AF@Kabul embassy possible",
        "O PT>AF@Kabul embassy possible",
        "O QA>AF@Kabul embassy completed when=2023-10-28",
    ),
    row(
        "stands-empty-story-host",
        "Egypt reopened its embassy in Tripoli on Monday. Tunisia's embassy, by contrast, stands empty.",
        "C TN>LY@Tripoli embassy completed",
        "O EG>LY@Tripoli embassy completed when=2023-10-30",
    ),
    row(
        "shuttered-story-host",
        "Oman reopened its embassy in Sanaa on Monday. The delegation did not visit the shuttered Dutch embassy.",
        "C NL>YE@Sanaa embassy completed",
        "O OM>YE@Sanaa embassy completed when=2023-10-30",
    ),
    row(
        "its-diplomats-left-the-country",
        "Qatar reopened its embassy in Kabul on Monday. Iran's embassy was looted, and its diplomats left the "
        "country, state media said.",
        "C IR>AF@Kabul embassy completed",
        "O QA>AF@Kabul embassy completed when=2023-10-30",
    ),
    row(
        "would-follow",
        "Kenya opened an embassy in Seoul on Monday. A consulate in Busan will follow next year.",
        "O KE>KR@Busan consulate intended when=2024",
        "O KE>KR@Seoul embassy completed when=2023-10-30",
    ),
    row(
        "would-follow-apposition",
        "Egypt will close its embassy in Oslo in March. Its consulate in Bergen, a smaller post, will follow.",
        "C EG>NO@Bergen consulate intended",
        "C EG>NO@Oslo embassy intended when=2024-03",
    ),
    row(
        "ellipsis-following-day",
        "Morocco inaugurated its embassy in Tel Aviv on May 3 and a consulate in Haifa the following day.",
        "O MA>IL@Haifa consulate completed when=2023-05-04",
        "O MA>IL@Tel Aviv embassy completed when=2023-05-03",
    ),
    row(
        "ellipsis-own-date",
        "Chile opened an embassy in Hanoi on June 2 and a consulate in Da Nang on June 9.",
        "O CL>VN@Da Nang consulate completed when=2023-06-09",
        "O CL>VN@Hanoi embassy completed when=2023-06-02",
    ),
    row(
        "mission-kind-from-before",
        "The U.S. consulate general in Wuhan closed on Monday. The Wuhan mission, which opened in 1986, "
        "employed 150 people.",
        "C US>CN@Wuhan consulate completed when=2023-10-30",
        "O US>CN@Wuhan consulate completed when=1986",
    ),
]

# --- lists after a colon, possible groups --------------------------------------------------------
LISTS_AND_HEDGED_GROUPS = [
    row(
        "colon-list-slated",
        "Ghana will trim its network. Two missions are slated for closure: the high commission in Canberra, "
        "where staff are unpaid, and the embassy in Lisbon, whose lease ends soon.",
        "C GH>AU@Canberra high_commission intended",
        "C GH>PT@Lisbon embassy intended",
    ),
    row(
        "colon-list-open",
        "Kenya plans to open two new posts: a consulate in Lagos and an embassy in Dakar.",
        "O KE>- mission intended n=exact:2",
        "O KE>NG@Lagos consulate intended",
        "O KE>SN@Dakar embassy intended",
    ),
    row(
        "possible-that-more",
        "The president said it was always possible that more Russian consulates in Poland would be closed.",
        "C RU>PL consulate possible",
    ),
    row(
        "did-not-rule-out-that",
        "The Kremlin did not rule out that Moscow would close its embassy in Tallinn.",
        "C RU>EE@Tallinn embassy possible",
    ),
    row(
        "more-of-its",
        "Russia may shut more of its embassies in Africa.",
        "C RU>region:africa embassy possible",
    ),
]

# --- network sizes in relatives and with a ministry as subject ----------------------------------
NETWORK_CONTEXT = [
    row(
        "network-that-includes",
        "Kenya will close its embassy in Lima. The ministry, which oversees a network that includes 22 "
        "consulates-general, was asked to cut costs.",
        "C KE>PE@Lima embassy intended",
        "N KE consulate exact:22",
    ),
    row(
        "ministry-runs",
        "Chile's office in Rabat will reopen. The Foreign Ministry runs 71 missions abroad.",
        "N CL mission exact:71",
        "O CL>MA@Rabat representative_office intended",
    ),
]

MUST_PARSE += NOMINAL_AND_STATE + STAFF_AND_SUBJECTS + FROM_CONTEXT + LISTS_AND_HEDGED_GROUPS + NETWORK_CONTEXT

# --- traps for the rules above --------------------------------------------------------------------
MUST_NOT_PARSE += [
    row("diplomats-left-room", "Russian diplomats left the room in protest during the vote."),
    row("diplomats-left-for", "Chinese diplomats left for Geneva on Monday for the talks."),
    row("two-diplomats-left", "Two diplomats left Kabul on the last flight."),
    row("some-staff-evacuated", "Some embassy staff were evacuated from Kyiv as a precaution."),
    row("delegation-left", "The American delegation left Beijing on Friday after the talks."),
    row("recalled-diplomats-no-place", "Japan recalled its diplomats for consultations."),
    row("staff-left-whose", "Staff left the building after the alarm."),
    row("company-shuttering", "Investors welcomed the shuttering of the company's office in Shanghai."),
    row("plant-closing-of", "Unions protested against the closing of the Ford plant in Valencia."),
    row("colon-not-a-list", "The ministry has one concern: the embassy in Paris needs repairs."),
    row("follow-the-rules", "Embassy staff in Rome will follow the new rules from Monday."),
    row("follow-suit-no-change", "The consulate in Lyon will follow suit on visa fees."),
    row("began-work-on-building", "Workers began construction of the new embassy in Berlin."),
    row("that-singular-conj", "Officials said that the embassy in Oslo was busy."),
    row("network-includes-company", "The bank runs a network that includes 22 branches abroad."),
    row("ministry-runs-schools", "The ministry runs 40 schools abroad."),
    row("epistemic-possible-visit", "It is possible that the minister will visit the embassy in Accra."),
    row("handled-by-mission", "Peru's relations with Venezuela will be handled by its mission in Colombia."),
    row("diplomatic-mission-visit", "The minister went on a diplomatic mission to Beijing last week."),
    row("denied-closing", "Spain denied it would close its embassy in Caracas."),
]

# --- coordination, lists of places, relatives on a country, returns -------------------------------
COORDINATION_MORE = [
    row(
        "stormed-and-closed",
        "The embassy of Denmark in Baghdad was stormed and closed.",
        "C DK>IQ@Baghdad embassy completed",
    ),
    row(
        "looted-and-abandoned",
        "The Bulgarian embassy in Tripoli was looted and abandoned in 2014.",
        "C BG>LY@Tripoli embassy completed when=2014",
    ),
    row(
        "until-further-notice-not-conditional",
        'Belgium announced it would close its embassy in Niamey "until further notice".',
        "C BE>NE@Niamey embassy intended",
    ),
    row(
        "pair-bare-plural-mutual",
        "Bahrain and Qatar agreed to reopen embassies within two months.",
        "O BH>QA embassy intended",
        "O QA>BH embassy intended",
    ),
    row(
        "coordinated-bare-plural-group",
        "Sweden and Norway will close embassies in Africa.",
        "C NO>region:africa embassy intended",
        "C SE>region:africa embassy intended",
    ),
    row(
        "repeated-preposition-list",
        "Pyongyang closed its embassies in Spain, in Uganda and in Angola.",
        "C KP>AO embassy completed",
        "C KP>ES embassy completed",
        "C KP>UG embassy completed",
    ),
    row(
        "relative-on-country",
        "Nauru broke ties with Taiwan, which closed its embassy in Yaren a week later.",
        "C TW>NR@Yaren embassy completed",
    ),
    row(
        "returned-to-capital",
        "The Slovak embassy in Kyiv returned to the capital in April.",
        "O SK>UA@Kyiv embassy completed when=2023-04",
    ),
    row(
        "will-return-to-city",
        "The Finnish embassy will return to Kyiv in December.",
        "O FI>UA@Kyiv embassy intended when=2023-12",
    ),
]
MUST_PARSE += COORDINATION_MORE

MUST_NOT_PARSE += [
    row("ambassador-returned", "The ambassador returned to Kyiv in April."),
    row("returned-to-normal", "The embassy returned to normal after the holiday."),
    row("stormed-not-closed", "Protesters stormed the embassy of Sweden in Baghdad and set it alight."),
    row("exchanged-ambassadors", "Cyprus and Israel exchanged ambassadors on Tuesday."),
]

# --- a mission's people back: a reopening ---------------------------------------------------------
STAFF_BACK = [
    row(
        "demonym-diplomats-returned",
        "Dutch diplomats returned to Kabul on Monday.",
        "O NL>AF@Kabul embassy completed when=2023-10-30",
    ),
    row(
        "sending-diplomats-back",
        "Greece is sending its diplomats back to Tripoli.",
        "O GR>LY@Tripoli embassy ongoing",
    ),
    row(
        "returned-embassy-staff",
        "South Korea returned its embassy staff to Kyiv in March.",
        "O KR>UA@Kyiv embassy completed when=2023-03",
    ),
]
MUST_PARSE += STAFF_BACK

MUST_NOT_PARSE += [
    row("diplomats-home", "British diplomats returned to London on Friday."),
    row("diplomats-talks", "US diplomats returned to Geneva for talks on Monday."),
    row("some-diplomats-back", "Some diplomats returned to Kyiv in April."),
    row("back-to-work", "The diplomats returned to work on Monday."),
]

# --- a second verb on the same mission, particles, lists continued by "those" ---------------------
SECOND_VERBS = [
    row(
        "closed-and-reopened",
        "Chile's embassy in La Paz closed in 2019 and reopened in 2022.",
        "C CL>BO@La Paz embassy completed when=2019",
        "O CL>BO@La Paz embassy completed when=2022",
    ),
    row(
        "shut-and-since-reopened",
        "Spain's consulate in Oran was shut in 2021 and has since reopened.",
        "C ES>DZ@Oran consulate completed when=2021",
        "O ES>DZ@Oran consulate completed",
    ),
    row(
        "pulled-out-staff-from",
        "Panama pulled out its embassy staff from Caracas.",
        "C PA>VE@Caracas embassy completed",
    ),
    row(
        "those-in-followed",
        "Kenya closed its embassies in Angola and Uganda; those in Spain and Nepal followed.",
        "C KE>AO embassy completed",
        "C KE>ES embassy completed",
        "C KE>NP embassy completed",
        "C KE>UG embassy completed",
    ),
]
MUST_PARSE += SECOND_VERBS

MUST_NOT_PARSE += [
    row("second-verb-object", "The embassy in Rome closed early and opened an inquiry into the leak."),
    row("those-in-attended", "Delegates from those in Spain and Nepal attended the summit."),
]

# --- a participle before the mission noun ---------------------------------------------------------
PARTICIPLES_BEFORE = [
    row(
        "now-closed-premodifier",
        "The now-closed Canadian embassy in Tehran was sold.",
        "C CA>IR@Tehran embassy completed",
    ),
    row(
        "now-shuttered-staff",
        "Staff at the now-shuttered Italian embassy in Tripoli were flown out.",
        "C IT>LY@Tripoli embassy completed",
    ),
    row(
        "newly-opened",
        "Officials toured the newly opened Indian embassy in Tallinn.",
        "O IN>EE@Tallinn embassy completed",
    ),
    row(
        "long-shuttered-will-reopen",
        "The long-shuttered Swiss embassy in Damascus will reopen soon.",
        "C CH>SY@Damascus embassy completed",
        "O CH>SY@Damascus embassy intended",
    ),
]
MUST_PARSE += PARTICIPLES_BEFORE
MUST_NOT_PARSE += [
    row("closed-session", "The closed session of the embassy in Rome ended early."),
    row("newly-appointed", "The newly appointed ambassador arrived at the embassy in Lima."),
]

# --- a network size told by a possessive ------------------------------------------------------------
NETWORK_POSSESSIVE = [
    row("possessive-missions-abroad", "Senegal's 41 missions abroad cost $90 million a year.", "N SN mission exact:41"),
    row("covers-possessive", "The audit covers Zambia's 38 missions abroad.", "N ZM mission exact:38"),
]
MUST_PARSE += NETWORK_POSSESSIVE
MUST_NOT_PARSE += [
    row("possessive-regional", "Ghana's 12 embassies in Africa will be reviewed."),
]

# --- a mission brought back -------------------------------------------------------------------------
MISSION_BACK = [
    row(
        "returned-its-embassy-to",
        "Latvia returned its embassy to Kyiv in April.",
        "O LV>UA@Kyiv embassy completed when=2023-04",
    ),
    row(
        "will-return-its-embassy",
        "Portugal will return its embassy to Kyiv next month.",
        "O PT>UA@Kyiv embassy intended when=2023-12",
    ),
]
MUST_PARSE += MISSION_BACK
MUST_NOT_PARSE += [
    row("returned-credentials", "The ambassador returned his credentials to the king."),
]

# --- staff gone: more continuations, destinations are not hosts --------------------------------------
STAFF_GONE_MORE = [
    row(
        "flown-out-aboard-story-host",
        "Kenya suspended operations at its embassy in Juba on Friday. Its diplomats were flown out aboard "
        "a military plane.",
        "C KE>SS@Juba embassy completed when=2023-11-03",
    ),
]
MUST_PARSE += STAFF_GONE_MORE
MUST_NOT_PARSE += [
    row("fled-to-destination", "Danish diplomats fled overland to Ethiopia."),
]

# --- another country doing the same; personnel withdrawn from a named mission ------------------------
SAME_AGAIN = [
    row(
        "followed-suit",
        "Finland said it would close its embassy in Addis Ababa, and Denmark followed suit.",
        "C DK>ET@Addis Ababa embassy intended",
        "C FI>ET@Addis Ababa embassy intended",
    ),
    row(
        "did-the-same",
        "Canada closed its embassy in Tehran in 2012; Britain did the same.",
        "C CA>IR@Tehran embassy completed when=2012",
        "C GB>IR@Tehran embassy completed",
    ),
    row(
        "personnel-from-its-embassy",
        "The United States withdrew all personnel from its embassy in Kabul.",
        "C US>AF@Kabul embassy completed",
    ),
    row(
        "phase-out",
        "Denmark will phase out its embassy in Bamako.",
        "C DK>ML@Bamako embassy intended",
    ),
]
MUST_PARSE += SAME_AGAIN
MUST_NOT_PARSE += [
    row("followed-suit-tariffs", "Kenya raised tariffs, and Uganda followed suit."),
    row("non-emergency-staff", "The State Department ordered the departure of all non-emergency staff from Khartoum."),
]

# --- known misses ------------------------------------------------------------------------------------
KNOWN_MISSES = [
    row(
        "ellipsis-across-long-aside",
        "Chile inaugurated its embassy in Hanoi on June 2 during a visit by its foreign minister, the first "
        "such trip, and a consulate in Da Nang the following day.",
        "O CL>VN@Da Nang consulate completed when=2023-06-03",
        "O CL>VN@Hanoi embassy completed when=2023-06-02",
    ),
    row(
        "same-day-as-event",
        "The regime fell on October 8. Qatar reopened its embassy in Kabul on October 20. Iran's embassy was "
        "looted hours after the fall, and its diplomats left the country the same day.",
        "C IR>AF@Kabul embassy completed when=2023-10-08",
        "O QA>AF@Kabul embassy completed when=2023-10-20",
        xfail="'the same day' is anchored to the last date told, not to the event it refers to",
    ),
]
MUST_PARSE += KNOWN_MISSES

SHARE_OF_NETWORK = [
    row(
        "share-of-network-object",
        "Nigeria could close nearly a quarter of its diplomatic network.",
        "C NG>- mission possible n=upper:25:percent",
    ),
]
MUST_PARSE += SHARE_OF_NETWORK

HEADLINE_LABEL = [
    row("headline-label-sender", "Latvia: Embassy in Minsk to close", "C LV>BY@Minsk embassy intended"),
]
MUST_PARSE += HEADLINE_LABEL
MUST_NOT_PARSE += [
    row("label-not-sender", "Analysis: Why embassies matter in a crisis"),
]

ENDED_PRESENCE = [
    row(
        "ended-diplomatic-presence",
        "Canada ended its diplomatic presence in Iran in 2012.",
        "C CA>IR mission completed when=2012",
    ),
    row("ended-its-mission", "Belgium ended its mission in Niger.", "C BE>NE mission completed"),
    row("consular-agency", "The US will open a consular agency in Nuuk.", "O US>GL@Nuuk consulate intended"),
]
MUST_PARSE += ENDED_PRESENCE
MUST_NOT_PARSE += [
    row("ended-military-mission", "France ended its military mission in Mali."),
    row("ended-peacekeeping", "The UN ended its peacekeeping mission in Mali."),
    row("ended-programme", "The embassy ended the visa programme."),
    row("largest-presence", "Australia has the largest diplomatic presence in the Pacific."),
]

INCLUDING_THOSE = [
    row(
        "including-those-in",
        "Liberia announced the closure of 12 embassies, including those in Canberra, Prague and Lima.",
        "C LR>- embassy intended n=exact:12",
        "C LR>AU@Canberra embassy intended",
        "C LR>CZ@Prague embassy intended",
        "C LR>PE@Lima embassy intended",
    ),
    row(
        "such-as-its",
        "Malawi will close several missions, such as its embassy in Canberra.",
        "C MW>- mission intended",
        "C MW>AU@Canberra embassy intended",
    ),
]
MUST_PARSE += INCLUDING_THOSE
MUST_NOT_PARSE += [
    row("including-those-people", "Protesters, including those in Lima, marched past the embassy."),
]

OPERATIONS_AS_SUBJECT = [
    row(
        "operations-at-passive",
        "Operations at the Danish embassy in Kyiv were suspended on Friday.",
        "C DK>UA@Kyiv embassy completed when=2023-11-03",
    ),
    row(
        "possessive-operations-passive",
        "The Norwegian embassy's operations in Kabul were suspended in August.",
        "C NO>AF@Kabul embassy completed when=2023-08",
    ),
    row(
        "work-at-halted",
        "Work at the Polish consulate in Lutsk has been halted.",
        "C PL>UA@Lutsk consulate completed",
    ),
    row(
        "operations-will-resume",
        "Operations at the Kenyan embassy in Juba will resume on Monday.",
        "O KE>SS@Juba embassy intended when=2023-11-06",
    ),
]
MUST_PARSE += OPERATIONS_AS_SUBJECT
MUST_NOT_PARSE += [
    row("visa-services-suspended", "Visa services at the Italian embassy in Moscow were suspended."),
    row("consular-services-suspended", "Consular services at the Swedish embassy in Tehran have been suspended."),
    row("work-completed", "Construction work at the Dutch embassy in Kyiv was completed last year."),
]

HOST_THERE = [
    row(
        "its-embassy-there",
        "Fighting erupted in Juba in April. Kenya closed its embassy there on Sunday.",
        "C KE>SS@Juba embassy completed when=2023-10-29",
    ),
    row(
        "reopen-there",
        "Calm returned to Tripoli this year. Greece will reopen its embassy there next year.",
        "O GR>LY@Tripoli embassy intended when=2024",
    ),
]
MUST_PARSE += HOST_THERE
MUST_NOT_PARSE += [
    row("there-no-place", "Germany closed its embassy there on Sunday."),
]

STAFF_GONE_CONTINUATIONS = [
    row(
        "evacuated-overnight-story-host",
        "Ghana suspended operations at its embassy in Juba. Its diplomats were evacuated overnight.",
        "C GH>SS@Juba embassy completed",
    ),
    row(
        "left-their-consulate",
        "Russian diplomats left their Seattle consulate ahead of the deadline.",
        "C RU>US@Seattle consulate completed",
    ),
]
MUST_PARSE += STAFF_GONE_CONTINUATIONS
MUST_NOT_PARSE += [
    row("left-early", "British diplomats left early."),
    row("left-un-meeting", "Russian diplomats left the UN meeting in protest."),
]


# === Round: how the press reports closures and openings, written before reading the rules ======
# --- closures: verbs of shutting, suspending, evacuating, pulling out ------------------------------
PRESS_CLOSURES = [
    row(
        "closed-and-expelled",
        "Canada closed its embassy in Tehran and expelled Iranian diplomats in September 2012.",
        "C CA>IR@Tehran embassy completed when=2012-09",
    ),
    row(
        "shuttered",
        "The Netherlands has shuttered its consulate in St Petersburg.",
        "C NL>RU@St Petersburg consulate completed",
    ),
    row(
        "will-shut-ministry-said",
        "Norway will shut its embassy in Caracas, the foreign ministry said.",
        "C NO>VE@Caracas embassy intended",
    ),
    row(
        "closing-down",
        "Lithuania is closing down its consulate in Kaliningrad.",
        "C LT>RU@Kaliningrad consulate ongoing",
    ),
    row(
        "suspended-operations-month",
        "Sweden suspended operations at its embassy in Kabul in August 2021.",
        "C SE>AF@Kabul embassy completed when=2021-08",
    ),
    row(
        "evacuated-staff-from",
        "Italy evacuated staff from its embassy in Khartoum on Sunday.",
        "C IT>SD@Khartoum embassy completed when=2023-10-29",
    ),
    row(
        "withdrew-diplomats-and-closed-the",
        "Australia withdrew its diplomats from Kabul and closed the embassy in May 2021.",
        "C AU>AF@Kabul embassy completed when=2021-05",
    ),
    row(
        "pulled-diplomats-out-closed",
        "Germany pulled its diplomats out of Libya and closed its embassy in Tripoli.",
        "C DE>LY@Tripoli embassy completed",
    ),
    row("mothballed", "Brazil mothballed its embassy in Pyongyang.", "C BR>KP@Pyongyang embassy completed"),
    row(
        "decided-to-temporarily-close",
        "Bulgaria decided to temporarily close its embassy in Khartoum.",
        "C BG>SD@Khartoum embassy intended",
    ),
    row("set-to-close", "Romania is set to close its consulate in Odesa.", "C RO>UA@Odesa consulate intended"),
    row(
        "subject-embassy-will-close-next-month",
        "Peru's embassy in Mexico City will close next month, the foreign ministry announced.",
        "C PE>MX@Mexico City embassy intended when=2023-12",
    ),
    row(
        "withdrawn-diplomats-from-city-and-closed",
        "Argentina has withdrawn its diplomats from Caracas and closed its embassy.",
        "C AR>VE@Caracas embassy completed",
    ),
    row(
        "suspended-the-work-of",
        "Egypt suspended the work of its embassy in Sanaa.",
        "C EG>YE@Sanaa embassy completed",
    ),
    row(
        "state-department-suspended",
        "The US State Department suspended operations at the embassy in Damascus in 2012.",
        "C US>SY@Damascus embassy completed when=2012",
    ),
    row(
        "will-close-consulate",
        "France will close its consulate in Yekaterinburg.",
        "C FR>RU@Yekaterinburg consulate intended",
    ),
    row(
        "temporarily-closed-abbrev-date",
        "Japan temporarily closed its embassy in Kyiv on Feb. 18.",
        "C JP>UA@Kyiv embassy completed when=2022-02-18",
        published="2022-03-01",
    ),
    row(
        "pulled-staff-out-of-the-embassy",
        "New Zealand pulled its staff out of the embassy in Kabul.",
        "C NZ>AF@Kabul embassy completed",
    ),
    row("the-dutch", "The Dutch closed their embassy in Kabul.", "C NL>AF@Kabul embassy completed"),
    row(
        "temporarily-shut",
        "South Korea temporarily shut its embassy in Port-au-Prince.",
        "C KR>HT@Port-au-Prince embassy completed",
    ),
    row(
        "high-commission-shut",
        "Nigeria shut its high commission in Accra after a mob attack.",
        "C NG>GH@Accra high_commission completed",
    ),
    row(
        "has-suspended-its-work",
        "The Greek embassy in Kyiv has suspended its work.",
        "C GR>UA@Kyiv embassy completed",
    ),
    row(
        "closed-its-doors",
        "Kuwait's embassy in Beirut closed its doors on Sunday.",
        "C KW>LB@Beirut embassy completed when=2023-10-29",
    ),
    row(
        "ceased-operations",
        "Afghanistan's embassy in New Delhi ceased operations.",
        "C AF>IN@New Delhi embassy completed",
    ),
    row(
        "wound-down",
        "The Australian embassy in Kabul wound down its operations in May.",
        "C AU>AF@Kabul embassy completed when=2023-05",
    ),
    row(
        "temporarily-closed-consulate",
        "Pakistan temporarily closed its consulate in Jalalabad.",
        "C PK>AF@Jalalabad consulate completed",
    ),
    row(
        "date-first-day-month",
        "Slovakia temporarily closed its embassy in Kyiv on 25 February.",
        "C SK>UA@Kyiv embassy completed when=2022-02-25",
        published="2022-03-01",
    ),
    row(
        "staff-evacuated-passive",
        "Staff at the Swiss embassy in Khartoum were evacuated to Ethiopia.",
        "C CH>SD@Khartoum embassy completed",
    ),
    row(
        "is-shutting-down-its-embassy",
        "Mongolia is shutting down its embassy in Havana.",
        "C MN>CU@Havana embassy ongoing",
    ),
    row(
        "plans-to-shutter",
        "Estonia plans to shutter its consulate general in St Petersburg.",
        "C EE>RU@St Petersburg consulate intended",
    ),
]
MUST_PARSE += PRESS_CLOSURES

# --- reopenings: resumed, restored, back in business -----------------------------------------------
PRESS_REOPENINGS = [
    row(
        "reopened-month-year-clause",
        "Britain reopened its embassy in Tehran in August 2015, nearly four years after it was stormed.",
        "O GB>IR@Tehran embassy completed when=2015-08",
        published="2015-09-01",
    ),
    row(
        "resumed-operations-at",
        "The Netherlands resumed operations at its embassy in Kyiv.",
        "O NL>UA@Kyiv embassy completed",
    ),
    row(
        "subject-resumed-operations-day",
        "Italy's embassy in Tripoli resumed operations on Monday.",
        "O IT>LY@Tripoli embassy completed when=2023-10-30",
    ),
    row(
        "reopened-after-a-decade",
        "Turkey reopened its embassy in Damascus after a decade.",
        "O TR>SY@Damascus embassy completed",
    ),
    row("restored-its-embassy", "Tunisia restored its embassy in Damascus.", "O TN>SY@Damascus embassy completed"),
    row("plans-to-reopen", "Germany plans to reopen its embassy in Mogadishu.", "O DE>SO@Mogadishu embassy intended"),
    row(
        "subject-reopened-year",
        "The Swedish embassy in Baghdad reopened in 2024.",
        "O SE>IQ@Baghdad embassy completed when=2024",
        published="2025-01-10",
    ),
    row(
        "nominal-reopening-of-possessive",
        "The reopening of Britain's embassy in Tripoli in 2022 marked a thaw.",
        "O GB>LY@Tripoli embassy completed when=2022",
    ),
    row("will-reopen", "Canada will reopen its embassy in Kyiv.", "O CA>UA@Kyiv embassy intended"),
    row("resumed-work-subject", "Egypt's embassy in Doha resumed work.", "O EG>QA@Doha embassy completed"),
    row(
        "restored-diplomatic-presence",
        "Greece restored its diplomatic presence in Libya.",
        "O GR>LY mission completed",
    ),
    row(
        "reopened-consulate",
        "Colombia has reopened its consulate in Caracas.",
        "O CO>VE@Caracas consulate completed",
    ),
    row(
        "would-reopen-in-month",
        "Officials said the Austrian embassy in Tripoli would reopen in January.",
        "O AT>LY@Tripoli embassy intended when=2024-01",
    ),
    row(
        "reopen-once-conditional",
        "Kenya will reopen its embassy in Khartoum once the fighting stops.",
        "O KE>SD@Khartoum embassy possible",
    ),
]
MUST_PARSE += PRESS_REOPENINGS

# --- openings: inaugurated, opened, established, upgraded ------------------------------------------
PRESS_OPENINGS = [
    row("inaugurated-its", "Indonesia inaugurated its embassy in Kigali.", "O ID>RW@Kigali embassy completed"),
    row(
        "will-open-group-region",
        "India will open 18 new missions in Africa.",
        "O IN>region:africa mission intended n=exact:18",
    ),
    row(
        "upgraded-liaison-office",
        "Greece upgraded its liaison office in Skopje to an embassy.",
        "O GR>MK@Skopje embassy completed",
    ),
    row(
        "established-its-embassy",
        "Israel established its embassy in Manama in 2021.",
        "O IL>BH@Manama embassy completed when=2021",
    ),
    row(
        "will-open-consulate-general",
        "Australia will open a consulate-general in Makassar.",
        "O AU>ID@Makassar consulate intended",
    ),
    row(
        "opened-an-embassy-year",
        "Estonia opened an embassy in Seoul in 2021.",
        "O EE>KR@Seoul embassy completed when=2021",
    ),
    row(
        "will-open-two-capitals",
        "Ireland will open embassies in Manila and Rabat.",
        "O IE>PH@Manila embassy intended",
        "O IE>MA@Rabat embassy intended",
    ),
    row("is-to-open", "New Zealand is to open an embassy in Stockholm.", "O NZ>SE@Stockholm embassy intended"),
    row("inaugurated-consulate", "Ecuador inaugurated a consulate in Milan.", "O EC>IT@Milan consulate completed"),
    row(
        "opened-high-commission",
        "Gambia opened its high commission in Accra.",
        "O GM>GH@Accra high_commission completed",
    ),
    row("opened-trade-office", "Bolivia opened a trade office in Shanghai.", "O BO>CN@Shanghai trade_office completed"),
    row(
        "opened-representative-office",
        "Taiwan opened a representative office in Vilnius.",
        "O TW>LT@Vilnius representative_office completed",
    ),
    row(
        "by-the-end-of-month",
        "Kazakhstan will open an embassy in Hanoi by the end of March.",
        "O KZ>VN@Hanoi embassy intended when=2024-03",
    ),
    row(
        "announced-the-opening",
        "Armenia announced the opening of an embassy in Manila.",
        "O AM>PH@Manila embassy intended",
    ),
    row(
        "new-embassy-opened-its-doors",
        "Qatar's new embassy in Kigali opened its doors on Monday.",
        "O QA>RW@Kigali embassy completed when=2023-10-30",
    ),
    row("will-open-trade-office", "Poland will open a trade office in Taipei.", "O PL>TW@Taipei trade_office intended"),
    row(
        "passive-inaugurated",
        "An Indian embassy was inaugurated in Tallinn in 2021.",
        "O IN>EE@Tallinn embassy completed when=2021",
    ),
    row(
        "opened-first-embassy-in-country",
        "Rwanda opened its first embassy in Latin America, in Havana.",
        "O RW>CU@Havana embassy completed",
    ),
]
MUST_PARSE += PRESS_OPENINGS

# --- moves ------------------------------------------------------------------------------------------
PRESS_MOVES = [
    row(
        "moved-from-to-month",
        "Honduras moved its embassy from Tel Aviv to Jerusalem in June 2021.",
        "C HN>IL@Tel Aviv embassy completed when=2021-06",
        "O HN>IL@Jerusalem embassy completed when=2021-06",
    ),
    row(
        "plans-to-move-to",
        "Malawi plans to move its embassy to Jerusalem.",
        "C MW>IL embassy intended",
        "O MW>IL@Jerusalem embassy intended",
    ),
    row(
        "relocated-new-capital",
        "Brazil relocated its embassy from Dar es Salaam to Dodoma.",
        "C BR>TZ@Dar es Salaam embassy completed",
        "O BR>TZ@Dodoma embassy completed",
    ),
]
MUST_PARSE += PRESS_MOVES

# --- host orders a foreign mission shut ---------------------------------------------------------------
PRESS_ORDERS = [
    row(
        "ordered-to-close-its-consulate",
        "Russia ordered Poland to close its consulate in Smolensk.",
        "C PL>RU@Smolensk consulate intended",
    ),
    row(
        "ordered-russia-consulate-narva",
        "Estonia ordered Russia to close its consulate in Narva.",
        "C RU>EE@Narva consulate intended",
    ),
    row(
        "ordered-the-closure-of-demonym",
        "The US ordered the closure of the Chinese consulate in Houston.",
        "C CN>US@Houston consulate intended",
    ),
    row(
        "retaliated-by-shutting",
        "China retaliated by shutting the US consulate in Chengdu.",
        "C US>CN@Chengdu consulate completed",
    ),
    row(
        "within-hours",
        "Washington ordered China to close its consulate in Houston within 72 hours.",
        "C CN>US@Houston consulate intended",
    ),
    row(
        "host-closed-foreign-consulate",
        "Lithuania closed the Russian consulate in Klaipeda.",
        "C RU>LT@Klaipeda consulate completed",
    ),
    row(
        "shut-down-by-host-passive",
        "The Libyan embassy in Valletta was shut down by Maltese authorities.",
        "C LY>MT@Valletta embassy completed",
    ),
]
MUST_PARSE += PRESS_ORDERS

# --- passive and nominal -------------------------------------------------------------------------------
PRESS_PASSIVE_NOMINAL = [
    row(
        "passive-closed-temporarily",
        "The Danish embassy in Islamabad was closed temporarily over security threats.",
        "C DK>PK@Islamabad embassy completed",
    ),
    row("passive-evacuated", "The Spanish embassy in Kyiv has been evacuated.", "C ES>UA@Kyiv embassy completed"),
    row(
        "nominal-closure-subject",
        "The closure of the Canadian embassy in Tehran in 2012 ended formal contact.",
        "C CA>IR@Tehran embassy completed when=2012",
    ),
    row(
        "announced-the-closure-of-its",
        "Bahrain announced the closure of its embassy in Beirut.",
        "C BH>LB@Beirut embassy intended",
    ),
    row(
        "passive-will-be-closed",
        "The Hungarian consulate in Lviv will be closed at the end of the month.",
        "C HU>UA@Lviv consulate intended when=2023-11",
    ),
    row(
        "has-been-shut-since",
        "The Belgian embassy in Kinshasa has been shut since Tuesday.",
        "C BE>CD@Kinshasa embassy completed when=2023-10-31",
    ),
]
MUST_PARSE += PRESS_PASSIVE_NOMINAL

# --- groups and counts ---------------------------------------------------------------------------------
PRESS_GROUPS = [
    row(
        "ten-embassies-five-consulates",
        "Argentina will close 10 embassies and five consulates to cut costs.",
        "C AR>- embassy intended n=exact:10",
        "C AR>- consulate intended n=exact:5",
    ),
    row(
        "half-of-its-missions-region",
        "Somalia plans to close half of its missions in Africa.",
        "C SO>region:africa mission intended n=exact:50:percent",
    ),
    row("at-least-eight", "Zimbabwe will shut at least eight embassies.", "C ZW>- embassy intended n=lower:8"),
    row(
        "about-twenty-of-its-total",
        "Nigeria is set to shut about 20 of its 109 missions abroad.",
        "C NG>- mission intended n=approx:20",
        "N NG mission exact:109",
    ),
    row(
        "embassies-in-nine-countries",
        "Ethiopia has closed embassies in nine countries.",
        "C ET>- embassy completed n=exact:9",
    ),
    row(
        "eight-of-its-embassies",
        "Liberia will shut eight of its embassies abroad to save money.",
        "C LR>- embassy intended n=exact:8",
    ),
    row(
        "all-consulates-in-host",
        "Venezuela closed all of its consulates in the United States.",
        "C VE>US consulate completed",
    ),
    row(
        "opened-dozen-new-region",
        "Turkey has opened more than 30 new embassies in Africa since 2009.",
        "O TR>region:africa embassy completed n=lower:30",
    ),
]
MUST_PARSE += PRESS_GROUPS

# --- network sizes --------------------------------------------------------------------------------------
PRESS_NETWORK = [
    row("missions-abroad", "Germany has 226 missions abroad.", "N DE mission exact:226"),
    row(
        "now-has-network",
        "Turkey now has 252 diplomatic missions, the third-largest network in the world.",
        "N TR mission exact:252",
    ),
    row(
        "network-of-possessive", "Ireland's network of 98 missions is the largest it has had.", "N IE mission exact:98"
    ),
    row("ties-with-countries", "Israel has diplomatic ties with 165 countries.", "N IL relations exact:165"),
    row("maintains-about-embassies", "France maintains about 160 embassies.", "N FR embassy approx:160"),
    row(
        "three-kinds-operates",
        "Japan operates 151 embassies, 65 consulates-general and 10 permanent missions.",
        "N JP embassy exact:151",
        "N JP consulate exact:65",
        "N JP permanent_mission exact:10",
    ),
    row(
        "recognised-by-of-member-states",
        "Palestine is recognised by 146 of the 193 UN member states.",
        "N PS relations exact:146",
    ),
    row(
        "embassies-and-consulates",
        "Mexico has 80 embassies and 67 consulates.",
        "N MX embassy exact:80",
        "N MX consulate exact:67",
    ),
    row("possessive-overseas-missions", "Indonesia's 132 overseas missions issue visas.", "N ID mission exact:132"),
    row(
        "maintains-relations-with",
        "South Korea maintains diplomatic relations with 191 countries.",
        "N KR relations exact:191",
    ),
]
MUST_PARSE += PRESS_NETWORK

# --- hedges, plans, dates -------------------------------------------------------------------------------
PRESS_HEDGES = [
    row("may-close", "Denmark may close its embassy in Burkina Faso.", "C DK>BF embassy possible"),
    row(
        "considering-closing",
        "Finland is considering closing its embassy in Yangon.",
        "C FI>MM@Yangon embassy possible",
    ),
    row(
        "will-close-on-date",
        "Belgium's consulate general in Lubumbashi will close on December 31.",
        "C BE>CD@Lubumbashi consulate intended when=2023-12-31",
    ),
    row(
        "could-be-closed",
        "The Czech embassy in Pyongyang could be closed next year, officials said.",
        "C CZ>KP@Pyongyang embassy possible when=2024",
    ),
    row(
        "reportedly-closed",
        "Sudan has reportedly closed its embassy in Nairobi, according to Kenyan media.",
        "C SD>KE@Nairobi embassy completed",
    ),
    row(
        "is-expected-to-reopen",
        "The Turkish embassy in Tripoli is expected to reopen in the spring.",
        "O TR>LY@Tripoli embassy intended",
    ),
]
MUST_PARSE += PRESS_HEDGES

# --- must not parse: envoys, statements, other offices, other closures ----------------------------------
MUST_NOT_PARSE += [
    row("raid-on-embassy", "Mexico broke off ties after police raided its embassy in Quito."),
    row("recalled-from", "Colombia recalled its ambassador from Israel over the war in Gaza."),
    row("summoned-charge", "The foreign ministry summoned the Iranian chargé d'affaires in Berlin."),
    row("embassy-warned", "The US embassy in Nairobi warned of a possible attack on shopping malls."),
    row("embassy-aware", "The Australian embassy in Jakarta said it was aware of the reports."),
    row("restaurants-closed", "McDonald's closed all its restaurants in Russia in March."),
    row("undp-office", "The UN Development Programme closed its office in Mogadishu after the attack."),
    row("border-closed", "Thailand closed its border with Myanmar on Tuesday."),
    row("peacekeepers-withdraw", "The UN peacekeeping mission in Congo began withdrawing its troops."),
    row("visa-section-festival", "The visa section of the Indian embassy in Dubai will be closed for Diwali."),
    row("protest-outside", "Protesters gathered outside the Chinese embassy in Manila on Sunday."),
    row("website-down", "The embassy's website was down for two days."),
    row("high-commission-statement", "The Pakistani high commission in London issued a statement."),
    row("bank-branch-opened", "The bank opened a branch in Nairobi last year."),
    row("border-opened", "Kenya opened its border with Somalia."),
    row("space-mission", "The mission was a success, the space agency said."),
    row("fire-at-embassy", "A fire broke out at the Japanese embassy in Manila."),
    row("criminal-case", "Ukraine opened a criminal case against the Russian ambassador."),
    row("ports-closed", "Italy closed its ports to migrant ships."),
    row("molotov", "Cuba's embassy in Washington was attacked with Molotov cocktails."),
    row("investigation-bombing", "Argentina opened an investigation into the bombing of the Israeli embassy."),
    row("advised-students", "The Indian embassy in Kyiv advised students to leave the city."),
    row("embassy-school", "The Indonesian embassy said it would close the school it runs in Kuala Lumpur."),
    row("cultural-centre", "The embassy will close its cultural centre in Alexandria."),
    row("open-day", "The German embassy opened its doors to visitors for an open day."),
    row("visa-centres-opened", "Britain opened 50 new visa application centres in India."),
    row("embassy-opposes", "The Chinese embassy in Washington said it firmly opposes the decision."),
    row("expelled-diplomats-count", "Poland expelled 45 Russian diplomats on Wednesday."),
    row("ambassador-leaves", "The French ambassador left Niamey on Wednesday after a weeks-long standoff."),
    row("staff-reduced", "Washington cut staff at its embassy in Havana by 60 percent."),
    row("embassy-security-stepped-up", "Security was stepped up at the Israeli embassy in Ankara."),
    row("refused-to-close", "Ireland refused to close the Russian embassy in Dublin."),
    row("calls-to-close", "There have been calls to close the Iranian embassy in London."),
    row("office-of-company-relocated", "Samsung moved its regional office from Singapore to Hanoi."),
    row("ambassador-nominated", "Biden nominated a new ambassador to Saudi Arabia."),
    row("trade-delegation", "An Indian trade delegation opened a business forum in Lagos."),
    row("consulate-hours", "The consulate will be closed on Saturday and Sunday."),
    row("un-office-suspended", "The UN suspended operations in Yemen's Saada province."),
    row("airline-suspended", "Emirates suspended flights to Tehran."),
    row("relations-opened-talks", "Riyadh and Tehran opened talks on restoring ties in Baghdad."),
]

# --- harder shapes: headlines, datelines, pronouns, relatives, city modifiers, pairs -------------------
PRESS_SHAPES = [
    row("headline-to-close", "Norway to Close Embassy in Kabul", "C NO>AF@Kabul embassy intended"),
    row("headline-city-modifier", "Finland shuts Yangon embassy", "C FI>MM@Yangon embassy completed"),
    row(
        "headline-reopens",
        "Sweden reopens Baghdad embassy after Koran-burning row",
        "O SE>IQ@Baghdad embassy completed",
    ),
    row(
        "the-city-embassy",
        "Italy said the Kabul embassy would stay shut until further notice. Rome closed the Kabul embassy in August.",
        "C IT>AF@Kabul embassy completed when=2023-08",
    ),
    row(
        "dateline-host",
        "KYIV, Nov 2 (Reuters) - Portugal will reopen its embassy next week, its foreign minister said.",
        "O PT>UA@Kyiv embassy intended when=2023-11",
    ),
    row(
        "pronoun-it-will-also",
        "Chile will close its embassy in Kyiv. It will also shut its consulate in Odesa.",
        "C CL>UA@Kyiv embassy intended",
        "C CL>UA@Odesa consulate intended",
    ),
    row(
        "relative-which-closed",
        "Denmark, which closed its embassy in Bamako in 2023, will open one in Dakar.",
        "C DK>ML@Bamako embassy completed when=2023",
        "O DK>SN@Dakar embassy intended",
    ),
    row(
        "the-countrys-embassy",
        "Spain's foreign ministry announced the closure of the country's embassy in Kabul.",
        "C ES>AF@Kabul embassy intended",
    ),
    row(
        "capital-sender",
        "Kyiv's embassy in Minsk was closed in 2022.",
        "C UA>BY@Minsk embassy completed when=2022",
        published="2023-03-01",
    ),
    row(
        "embassy-and-consulates-list",
        "Hungary has closed its embassy in Kyiv and its consulates in Uzhhorod and Berehove.",
        "C HU>UA@Kyiv embassy completed",
        "C HU>UA@Uzhhorod consulate completed",
        "C HU>UA@Berehove consulate completed",
    ),
    row(
        "agreed-to-reopen-embassies",
        "Saudi Arabia and Iran agreed to reopen their embassies within two months.",
        "O SA>IR embassy intended",
        "O IR>SA embassy intended",
    ),
    row(
        "diplomats-returned-to",
        "Polish diplomats returned to the embassy in Kyiv on Monday.",
        "O PL>UA@Kyiv embassy completed when=2023-10-30",
    ),
    row(
        "decision-to-close",
        "Mali's decision to close its embassy in Paris surprised diplomats.",
        "C ML>FR@Paris embassy intended",
    ),
    row(
        "after-shuttering",
        "After shuttering its embassy in Caracas, Panama moved consular work to Bogota.",
        "C PA>VE@Caracas embassy completed",
    ),
    row(
        "participle-closing",
        "Sweden cut its diplomatic footprint, closing its embassy in La Paz.",
        "C SE>BO@La Paz embassy completed",
    ),
    row(
        "shutdown-noun",
        "The shutdown of the Kenyan embassy in Juba came as fighting spread.",
        "C KE>SS@Juba embassy completed",
    ),
    row(
        "embassy-closing-marks",
        "The closing of Britain's embassy in Kabul marked the end of a 20-year presence.",
        "C GB>AF@Kabul embassy completed",
    ),
    row(
        "re-established-embassy",
        "Bahrain re-established its embassy in Damascus.",
        "O BH>SY@Damascus embassy completed",
    ),
    row(
        "long-subject-embassy",
        "The Ukrainian embassy in the Moldovan capital, Chisinau, will close on Monday.",
        "C UA>MD@Chisinau embassy intended when=2023-11-06",
    ),
    row(
        "temporary-closure-announced",
        "Libya announced the temporary closure of its embassy in Khartoum on Wednesday.",
        "C LY>SD@Khartoum embassy intended",
    ),
    row(
        "closed-down-consulates-pair",
        "Russia closed down Latvia's consulates in St Petersburg and Pskov.",
        "C LV>RU@St Petersburg consulate completed",
        "C LV>RU@Pskov consulate completed",
    ),
    row(
        "was-reopened-passive",
        "The French embassy in Kabul was reopened in 2022.",
        "O FR>AF@Kabul embassy completed when=2022",
        published="2023-03-01",
    ),
    row(
        "opened-in-capital-demonym",
        "Israel opened an embassy in the Emirati capital in June 2021.",
        "O IL>AE@Abu Dhabi embassy completed when=2021-06",
    ),
    row(
        "will-open-a-new-mission",
        "Vietnam will open a new embassy in Tanzania's capital, Dodoma.",
        "O VN>TZ@Dodoma embassy intended",
    ),
    row(
        "mission-closed-passive-date-relative",
        "The Australian embassy in Kabul, which was closed in May 2021, has not reopened.",
        "C AU>AF@Kabul embassy completed when=2021-05",
    ),
    row(
        "upgrade-consulate-to-embassy",
        "Slovenia will upgrade its consulate in Tirana to an embassy.",
        "O SI>AL@Tirana embassy intended",
    ),
    row(
        "went-dark",
        "The Venezuelan embassy in Lima closed its doors in 2024.",
        "C VE>PE@Lima embassy completed when=2024",
        published="2025-01-10",
    ),
    row(
        "reopened-last-week-plural-subject",
        "Italy and Spain reopened their embassies in Kyiv.",
        "O IT>UA@Kyiv embassy completed",
        "O ES>UA@Kyiv embassy completed",
    ),
    row(
        "shut-its-embassies-in-list",
        "Mali's junta shut its embassies in Rabat and Tunis.",
        "C ML>MA@Rabat embassy completed",
        "C ML>TN@Tunis embassy completed",
    ),
    row(
        "network-shrinks-to",
        "The closures shrink Nigeria's network to 87 missions.",
        "N NG mission exact:87",
    ),
    row(
        "network-represented-in",
        "Singapore is represented in 50 countries through its embassies and high commissions.",
        "N SG mission exact:50",
    ),
]
MUST_PARSE += PRESS_SHAPES

# --- kinds found missing in a new tuning corpus (own sentences, other countries) -------------------
WORK_ELSEWHERE = [
    row(
        "people-work-from-elsewhere",
        "Fighting closed the airport in Juba, where Egypt shut its embassy on Sunday. Ethiopia said its "
        "ambassador and staff would work from Nairobi for the time being.",
        "C EG>SS@Juba embassy completed when=2023-10-29",
        "C ET>SS@Juba embassy intended",
    ),
    row(
        "work-handled-from",
        "Gangs overran the port of Tripoli. Tunisia went further. The embassy's work will be handled from "
        "the Tunisian embassy in Valletta, the ministry said.",
        "C TN>LY embassy intended",
    ),
    row(
        "mission-operates-from",
        "The Slovak embassy in Kyiv will operate from Lviv for now.",
        "C SK>UA@Kyiv embassy intended",
        published="2022-02-20",
    ),
    row(
        "had-been-working-from",
        "Canada reopened its embassy in Kyiv on Sunday, months after it closed it. Canadian diplomats had "
        "been working from Lviv.",
        "O CA>UA@Kyiv embassy completed when=2022-05-08",
        "C CA>UA@Kyiv embassy completed",
        published="2022-05-10",
    ),
    row(
        "staff-left-for-country",
        "Rebels besieged Bangui, the Central African capital. Sudan closed its embassy there. Its ambassador "
        "and remaining staff left for Cameroon on Monday.",
        "C SD>CF@Bangui embassy completed when=2023-10-30",
    ),
]
MUST_PARSE += WORK_ELSEWHERE
MUST_NOT_PARSE += [
    row("staff-work-from-home", "Embassy staff will work from home on Friday."),
    row("relations-handled-from", "Relations with Malawi will be handled from Lusaka."),
    row("left-for-summit", "Russian diplomats left for the summit in Delhi."),
    row("left-for-talks", "The ambassador left for talks in Paris."),
]

STORY_REFERENCE = [
    row(
        "both-offices-opened-before",
        "Qatar and Israel opened trade offices in Tel Aviv and Doha in 1996. Qatar closed both offices in 2009.",
        "O IL>QA@Doha trade_office completed when=1996",
        "O QA>IL@Tel Aviv trade_office completed when=1996",
        "C IL>QA@Doha trade_office completed when=2009",
        "C QA>IL@Tel Aviv trade_office completed when=2009",
    ),
    row(
        "move-ellipsis-later",
        "Honduras moved its embassy from Tel Aviv to Jerusalem on June 24. Kosovo moved its embassy a week later.",
        "C HN>IL@Tel Aviv embassy completed when=2023-06-24",
        "O HN>IL@Jerusalem embassy completed when=2023-06-24",
        "C XK>IL@Tel Aviv embassy completed when=2023-07-01",
        "O XK>IL@Jerusalem embassy completed when=2023-07-01",
    ),
    row(
        "move-origin-from-story",
        "Bolivia said it would move its embassy in Brazil back to Brasilia from Rio de Janeiro. The previous "
        "government moved the embassy to Rio de Janeiro in 2019.",
        "C BO>BR@Rio de Janeiro embassy intended",
        "O BO>BR@Brasilia embassy intended",
        "C BO>BR@Brasilia embassy completed when=2019",
        "O BO>BR@Rio de Janeiro embassy completed when=2019",
    ),
    row(
        "same-day-in-sentence",
        "Canada closed its embassy in Tripoli on Tuesday. Australia and Japan shut their embassies the same day.",
        "C CA>LY@Tripoli embassy completed when=2023-10-31",
        "C AU>LY@Tripoli embassy completed when=2023-10-31",
        "C JP>LY@Tripoli embassy completed when=2023-10-31",
    ),
    row(
        "same-time-future",
        "The embassy of Portugal in Harare will close by March, and its consulate in Bulawayo will shut at the "
        "same time.",
        "C PT>ZW@Harare embassy intended when=2024-03",
        "C PT>ZW@Bulawayo consulate intended when=2024-03",
    ),
    row(
        "list-item-shares-its",
        "Jordan announced plans to reopen its embassy in Damascus and a consulate in Aleppo.",
        "O JO>SY@Damascus embassy intended",
        "O JO>SY@Aleppo consulate intended",
    ),
    row(
        "evacuated-staff-named-before",
        "The Kandahar consulate has been empty since August, when India evacuated its diplomats as the city fell.",
        "C IN>AF@Kandahar consulate completed when=2023-08",
    ),
    row(
        "its-opens-sentence",
        "Sweden took a harder line. Its embassy in Baghdad will close on Monday.",
        "C SE>IQ@Baghdad embassy intended when=2023-11-06",
    ),
]
MUST_PARSE += STORY_REFERENCE
MUST_NOT_PARSE += [
    row("bank-says-it", "Separately, Japanese lender Mizuho said it was closing its representative office in Yangon."),
    row("airline-says-it", "Dutch airline KLM said it would close its office in Tehran."),
    row("regional-where", "Turkey is expanding in Africa, where it now runs 44 embassies."),
    row("regional-where-countries", "Brazil courts Asia, where it has embassies in about 20 countries."),
]

SCENE_AND_CITY = [
    row(
        "in-the-city",
        "Romania opened its embassy in Canberra on Monday, a week after Chile inaugurated its new embassy in the city.",
        "O RO>AU@Canberra embassy completed when=2023-10-30",
        "O CL>AU@Canberra embassy completed",
    ),
    row(
        "pair-in-third-country-scene",
        "Foreign missions empty out of Niamey\n\nEuropean governments hurried to fly diplomats out of Niamey as the "
        "junta tightened its grip on the capital.\n\nBelgium and Austria said they had closed their embassies.",
        "C BE>NE@Niamey embassy completed",
        "C AT>NE@Niamey embassy completed",
    ),
    row(
        "co-speaker-not-host",
        "Embassies in Khartoum close\n\nFinland and Estonia said they had shut their embassies and flown staff out.",
        "C FI>SD@Khartoum embassy completed",
        "C EE>SD@Khartoum embassy completed",
    ),
    row(
        "relative-clause-date-before-said",
        "Chile, which opened a consulate in Auckland in 2018, said it would upgrade it.",
        "O CL>NZ@Auckland consulate completed when=2018",
    ),
]
MUST_PARSE += SCENE_AND_CITY
MUST_NOT_PARSE += [
    row("in-the-city-no-place", "Chile inaugurated a new school in the city."),
]

MORE_KINDS = [
    row(
        "no-longer-maintain",
        "Norway will no longer maintain an embassy in Lilongwe.",
        "C NO>MW@Lilongwe embassy intended",
    ),
    row(
        "in-n-regional-countries",
        "Turkey said it would open embassies in 12 Latin American countries by 2026.",
        "O TR>region:latin-america embassy intended when=2026 n=exact:12",
    ),
    row(
        "was-ordered-closed",
        "Estonia's consulate in Pskov was ordered closed by Moscow in 2022.",
        "C EE>RU@Pskov consulate intended when=2022",
    ),
    row(
        "relocate-staff-from-to",
        "The Irish government said it would temporarily relocate embassy staff from Tel Aviv to Cyprus.",
        "C IE>IL@Tel Aviv embassy intended",
    ),
]
MUST_PARSE += MORE_KINDS
MUST_NOT_PARSE += [
    row("no-longer-ambassador", "Chad no longer has an ambassador in Tel Aviv."),
    row("no-longer-visa-section", "The embassy in Rome no longer has a visa section."),
    row("company-relocates-staff", "The company moved staff from Kyiv to Lviv."),
]
BUGS_CAUGHT += [
    row(
        "clause-subject-not-listed",
        "With the closure of the Bolivian embassy in Lima, only three Bolivian missions remain in South America.",
        "C BO>PE@Lima embassy completed",
    ),
]

COUNT_SHAPES = [
    row("network-spans", "Norway's diplomatic network now spans 96 posts.", "N NO mission exact:96"),
    row("with-fronted-size", "With 64 embassies worldwide, Portugal keeps a compact network.", "N PT embassy exact:64"),
    row("oversees", "Chile's foreign ministry oversees 72 embassies.", "N CL embassy exact:72"),
    row(
        "reduce-from-to",
        "Liberia will reduce its missions from 28 to 20.",
        "N LR mission exact:28",
        "N LR mission exact:20",
    ),
    row("another-n-posts", "Denmark is shutting another six posts.", "C DK>- mission ongoing n=exact:6"),
]
MUST_PARSE += COUNT_SHAPES
MUST_NOT_PARSE += [
    row("career-spans", "Her career spans four decades and three continents."),
    row("another-ambassador", "Denmark named another ambassador to Kenya."),
]

QUESTIONS_AND_MEMORY = [
    row(
        "host-named-in-sentence-picks-mission",
        "Ghana will close its embassies in Lima and Jakarta. Relations between Accra and Jakarta were cut in "
        "2009, and Ghana's embassy was shut for a year at the time.",
        "C GH>PE@Lima embassy intended",
        "C GH>ID@Jakarta embassy intended",
        "C GH>ID@Jakarta embassy completed when=2009",
    ),
]
MUST_PARSE += QUESTIONS_AND_MEMORY
MUST_NOT_PARSE += [
    row("question-headline", "Slovakia to reopen Tripoli embassy? Not yet, says ministry"),
    row("question-sentence", "Will Peru close its embassy in Caracas?"),
]

CLAUSES_MORE = [
    row(
        "rank-after-list-not-doer",
        "Cyprus became the fourth country after Spain and Italy to reopen an embassy in the Libyan capital.",
        "O CY>LY@Tripoli embassy completed",
    ),
    row(
        "making-it-first",
        "Bahrain's ambassador returned to Damascus in 2021, making it the second Gulf state to reopen its embassy.",
        "O BH>SY@Damascus embassy completed",
    ),
    row(
        "relative-owner-main-verb",
        "The consulate general in Basra, which Iran closed in June, reopened on Monday.",
        "C IR>IQ@Basra consulate completed when=2023-06",
        "O IR>IQ@Basra consulate completed when=2023-10-30",
    ),
    row(
        "relative-clause-skipped-to-main-verb",
        "Poland's embassy in Kyiv, which had been working from Rzeszow, resumed operations in April.",
        "C PL>UA@Kyiv embassy completed",
        "O PL>UA@Kyiv embassy completed when=2023-04",
    ),
    row(
        "among-those-that-closed",
        "Belgium's embassy in Tehran was among those that closed after the protests.",
        "C BE>IR@Tehran embassy completed",
    ),
    row(
        "one-of-the-first-to-reopen",
        "The Latvian embassy in Kyiv was one of the first embassies to reopen.",
        "O LV>UA@Kyiv embassy completed",
    ),
]
MUST_PARSE += CLAUSES_MORE
MUST_NOT_PARSE += [
    row("among-those-that-stayed", "The Italian embassy in Kyiv was among those that stayed open."),
]

UPGRADES_AND_CAPITALS = [
    row(
        "passive-upgraded-to-embassy",
        "The Cuban interests section in Washington was upgraded to an embassy in July 2015.",
        "O CU>US@Washington embassy completed when=2015-07",
    ),
    row(
        "territory-capital-named",
        "Ethiopia will open a consulate in Somaliland's capital Hargeisa.",
        "O ET>SO@Hargeisa consulate intended",
    ),
]
MUST_PARSE += UPGRADES_AND_CAPITALS

OFFICIAL_STYLE = [
    row(
        "government-of-state-decides",
        "The Government of Portugal has decided to open an Embassy in Kigali.",
        "O PT>RW@Kigali embassy intended",
    ),
    row(
        "embassy-of-state-suspends",
        "The Embassy of the Kingdom of Norway in Juba will temporarily suspend its operations from 1 December.",
        "C NO>SS@Juba embassy intended when=2023-12-01",
    ),
    row(
        "announces-closure-as-of",
        "The Ministry of Foreign Affairs announces the closure of the Embassy of Latvia in Lisbon as of 31 March.",
        "C LV>PT@Lisbon embassy intended when=2024-03-31",
    ),
]
MUST_PARSE += OFFICIAL_STYLE

SEVERAL_OWNERS = [
    row(
        "embassies-of-list-in-city",
        "The embassies of Spain, Greece and Portugal in Tripoli resumed work in 2022.",
        "O ES>LY@Tripoli embassy completed when=2022",
        "O GR>LY@Tripoli embassy completed when=2022",
        "O PT>LY@Tripoli embassy completed when=2022",
    ),
    row(
        "coordinated-demonyms",
        "The Qatari, Omani and Jordanian embassies in Beirut closed their doors.",
        "C QA>LB@Beirut embassy completed",
        "C OM>LB@Beirut embassy completed",
        "C JO>LB@Beirut embassy completed",
    ),
    row(
        "like-another-countrys",
        "Austria's embassy in Tripoli, like Hungary's, has been closed since 2014.",
        "C AT>LY@Tripoli embassy completed when=2014",
        "C HU>LY@Tripoli embassy completed when=2014",
    ),
    row(
        "followed-bare-with-date",
        "Finland closed its embassy in Bamako in 2022, and Norway followed in 2023.",
        "C FI>ML@Bamako embassy completed when=2022",
        "C NO>ML@Bamako embassy completed when=2023",
    ),
    row(
        "as-did-country",
        "Algeria reopened its embassy in Tripoli, as did Egypt.",
        "O DZ>LY@Tripoli embassy completed",
        "O EG>LY@Tripoli embassy completed",
    ),
    row(
        "did-so-with-date",
        "Belgium reopened its embassy in Kyiv in April, and Austria did so in May.",
        "O BE>UA@Kyiv embassy completed when=2023-04",
        "O AT>UA@Kyiv embassy completed when=2023-05",
    ),
]
MUST_PARSE += SEVERAL_OWNERS
MUST_NOT_PARSE += [
    row("followed-the-talks", "Uganda followed the talks on the embassy closures closely."),
    row("unlike-not-owner", "Unlike its neighbours, Chile kept its embassy in Caracas open."),
]

VERBS_AND_STATES_MORE = [
    row("axe", "Britain will axe its embassy in Eswatini.", "C GB>SZ embassy intended"),
    row("pull-the-plug", "Iceland pulled the plug on its embassy in Maputo.", "C IS>MZ@Maputo embassy completed"),
    row(
        "merged-into",
        "Finland's consulate in Los Angeles will be merged into the embassy in Washington.",
        "C FI>US@Los Angeles consulate intended",
    ),
    row(
        "ceased-to-exist",
        "Slovakia's embassy in Tripoli ceased to exist in 2014.",
        "C SK>LY@Tripoli embassy completed when=2014",
    ),
    row("is-back-in", "The Danish embassy is back in Kyiv.", "O DK>UA@Kyiv embassy completed"),
    row(
        "downgraded-and-later-closed",
        "Moldova's embassy in Minsk was downgraded and later closed.",
        "C MD>BY@Minsk embassy completed",
    ),
    row(
        "its-with-trailing-speaker",
        "Its consulates in Lyon and Marseille are to be closed under the plan, Chile said.",
        "C CL>FR@Lyon consulate intended",
        "C CL>FR@Marseille consulate intended",
    ),
    row(
        "second-object-unknown-town",
        "Latvia will shut its consulate in Pskov and the honorary consulate in Ostrov.",
        "C LV>RU@Pskov consulate intended",
        "C LV>RU@Ostrov consulate intended",
    ),
]
MUST_PARSE += VERBS_AND_STATES_MORE
MUST_NOT_PARSE += [
    row("scrapped-plans", "Poland scrapped plans to open an embassy in Lima."),
    row("axed-programme", "Britain axed its aid programme in Lesotho."),
    row("ambassador-back", "The ambassador is back in Nairobi after talks."),
]

PRONOUN_SUBJECTS = [
    row(
        "it-reopened",
        "Canada closed its embassy in Tehran in 2012. It reopened in 2016.",
        "C CA>IR@Tehran embassy completed when=2012",
        "O CA>IR@Tehran embassy completed when=2016",
    ),
    row(
        "they-reopened-after-both",
        "Bahrain and Qatar opened trade offices in Doha and Manama in 2004. Qatar closed both offices in 2017. "
        "They reopened in 2023.",
        "O BH>QA@Doha trade_office completed when=2004",
        "O QA>BH@Manama trade_office completed when=2004",
        "C BH>QA@Doha trade_office completed when=2017",
        "C QA>BH@Manama trade_office completed when=2017",
        "O BH>QA@Doha trade_office completed when=2023",
        "O QA>BH@Manama trade_office completed when=2023",
    ),
]
MUST_PARSE += PRONOUN_SUBJECTS
MUST_NOT_PARSE += [
    row("it-closed-no-mission", "Kenya signed the deal. It closed in 2019."),
    row("it-opened-talks", "Britain named a new envoy to Iran. It opened talks in 2015."),
]

ANAPHORA_MORE = [
    row("its-demonym-embassy", "Canada closed its Syrian embassy in 2012.", "C CA>SY embassy completed when=2012"),
    row(
        "possessive-demonym-embassy",
        "Italy's Libyan embassy reopened in January.",
        "O IT>LY embassy completed when=2023-01",
    ),
    row(
        "in-the-country",
        "Years of war left Yemen isolated. Jordan closed its embassy in the country in 2015.",
        "C JO>YE embassy completed when=2015",
    ),
    row(
        "no-presence-since",
        "Belgium has had no diplomatic presence in Syria since 2012.",
        "C BE>SY mission completed when=2012",
    ),
    row(
        "not-had-embassy-since",
        "Portugal has not had an embassy in Kabul since 2021.",
        "C PT>AF@Kabul embassy completed when=2021",
    ),
    row(
        "the-kingdom-closed-its",
        "Bahrain's ambassador left Beirut and the kingdom closed its embassy.",
        "C BH>LB@Beirut embassy completed",
    ),
    row(
        "moved-abroad-no-opening",
        "Romania closed its embassy in Kabul and moved the mission to Islamabad.",
        "C RO>AF@Kabul embassy completed",
    ),
    row(
        "departure-of-demonym-diplomats",
        "The departure of Dutch diplomats from Khartoum ended the mission.",
        "C NL>SD@Khartoum embassy completed",
    ),
]
MUST_PARSE += ANAPHORA_MORE
MUST_NOT_PARSE += [
    row("departure-of-flights", "The departure of flights from Kabul was delayed."),
    row("no-ambassador-since", "Kenya has had no ambassador in Paris since May."),
]

PUNCTUATION_ASIDES = [
    row(
        "dash-aside-relative",
        "Finland's embassy in Tripoli — which opened in 2009 — closed on Sunday.",
        "C FI>LY@Tripoli embassy completed when=2023-10-29",
        "O FI>LY@Tripoli embassy completed when=2009",
    ),
    row(
        "bracket-aside-relative",
        "Peru's embassy in Tehran (which opened in 2015) closed on Tuesday.",
        "C PE>IR@Tehran embassy completed when=2023-10-31",
        "O PE>IR@Tehran embassy completed when=2015",
    ),
    row("all-caps-headline-city", "SPAIN TO CLOSE EMBASSY IN KABUL", "C ES>AF@Kabul embassy intended"),
    row(
        "list-after-long-aside",
        "Malaysia inaugurated an embassy in Abuja on May 2 during a visit by its foreign minister, the first "
        "in a decade, and a consulate in Lagos the following day.",
        "O MY>NG@Abuja embassy completed when=2023-05-02",
        "O MY>NG@Lagos consulate completed when=2023-05-03",
    ),
]
MUST_PARSE += PUNCTUATION_ASIDES
BUGS_CAUGHT += [
    row(
        "aside-then-other-clause",
        "Kenya closed its embassy in Juba, citing the fighting, and a consulate in Wau remains open.",
        "C KE>SS@Juba embassy completed",
    ),
]

SITES = [
    row(
        "site-in-city-after-country",
        "Zambia inaugurated its first embassy in Israel, in an office tower in Tel Aviv, on October 10.",
        "O ZM>IL@Tel Aviv embassy completed when=2023-10-10",
    ),
    row(
        "fronted-capital-city",
        "In Tripoli, the Greek embassy reopened on Monday.",
        "O GR>LY@Tripoli embassy completed when=2023-10-30",
    ),
]
MUST_PARSE += SITES

LATER_DATES = [
    row(
        "closures-take-effect-in",
        "Uruguay will close its embassies in Lebanon and Kenya. The closures take effect in March.",
        "C UY>LB embassy intended when=2024-03",
        "C UY>KE embassy intended when=2024-03",
    ),
    row(
        "closures-which-take-effect",
        "Paraguay will close its embassies in Qatar and Egypt. The closures, which take effect in June, will "
        "save money.",
        "C PY>QA embassy intended when=2024-06",
        "C PY>EG embassy intended when=2024-06",
    ),
]
MUST_PARSE += LATER_DATES

SHARES_IN_DASHES = [
    row(
        "share-between-dashes",
        "Ghana could close as many as 15 of its 60 missions abroad - a quarter of the network - officials say.",
        "C GH>- mission possible n=upper:15",
        "C GH>- mission possible n=exact:25:percent",
        "N GH mission exact:60",
    ),
]
MUST_PARSE += SHARES_IN_DASHES
BUGS_CAUGHT += [
    row(
        "same-number-as-share-kept",
        "Malawi may close up to 20 missions, or about 20 percent of its diplomatic network.",
        "C MW>- mission possible n=upper:20",
        "C MW>- mission possible n=approx:20:percent",
    ),
]

OPENINGS_MORE = [
    row(
        "will-have-an-embassy",
        "Rwanda will have an embassy in Jakarta by 2026.",
        "O RW>ID@Jakarta embassy intended when=2026",
    ),
    row(
        "plans-for-a-new-consulate",
        "Brazil announced plans for a new consulate in Dubai.",
        "O BR>AE@Dubai consulate intended",
    ),
    row(
        "exchange-embassies",
        "Morocco and Israel agreed to exchange embassies.",
        "O MA>IL embassy intended",
        "O IL>MA embassy intended",
    ),
    row(
        "host-after-intransitive-verb",
        "The first South Korean embassy in a Gulf state opened in Riyadh in 1973.",
        "O KR>SA@Riyadh embassy completed when=1973",
    ),
]
MUST_PARSE += OPENINGS_MORE
MUST_NOT_PARSE += [
    row("exchanged-fire", "The two sides exchanged fire near the embassy."),
    row("rejected-plans-for", "Kenya rejected plans for a new embassy in Seoul."),
    row("plans-for-building", "Officials unveiled plans for a new embassy building in London."),
]

LINK_LISTS = [
    row(
        "trailing-link-list",
        "Peru shuts embassy in Caracas\n\nLIMA - Peru closed its embassy in Caracas on Monday.\n\nMORE FROM THE "
        "AMERICAS\nChile closes consulate in Mendoza\nBolivia opens embassy in Seoul",
        "C PE>VE@Caracas embassy completed when=2023-10-30",
    ),
]
ARTICLES += LINK_LISTS

CLAUSES_AND_PLURAL_MOVES = [
    row(
        "new-clause-subject-after-list",
        "Norway said it would open an embassy in Kyiv, and Hungary said it would close its consulate in Odesa.",
        "O NO>UA@Kyiv embassy intended",
        "C HU>UA@Odesa consulate intended",
    ),
    row(
        "later-clause-hedge-stays-there",
        "Eritrea has shut its missions in Kenya and Egypt, and more closures are expected.",
        "C ER>KE mission completed",
        "C ER>EG mission completed",
    ),
    row(
        "may-follow-country",
        "Lesotho will close its embassy in Tokyo and Eswatini may follow.",
        "C LS>JP@Tokyo embassy intended",
        "C SZ>JP@Tokyo embassy possible",
    ),
    row(
        "their-embassies-moved",
        "Honduras and Kosovo moved their embassies to Jerusalem in 2021.",
        "C HN>IL embassy completed when=2021",
        "C XK>IL embassy completed when=2021",
        "O HN>IL@Jerusalem embassy completed when=2021",
        "O XK>IL@Jerusalem embassy completed when=2021",
    ),
]
MUST_PARSE += CLAUSES_AND_PLURAL_MOVES

AGENTS_AND_NOUN_MOVES = [
    row(
        "decision-by-country-to",
        "The decision by Austria to close its embassy in Caracas was criticised.",
        "C AT>VE@Caracas embassy intended",
    ),
    row(
        "participle-clause-main-subject",
        "Turkey condemned Sweden's decision to admit Kurdish groups, closing its consulate in Gothenburg.",
        "C TR>SE@Gothenburg consulate completed",
    ),
    row(
        "announced-relocation-of",
        "Malawi announced the relocation of its embassy to Jerusalem.",
        "C MW>IL embassy intended",
        "O MW>IL@Jerusalem embassy intended",
    ),
]
MUST_PARSE += AGENTS_AND_NOUN_MOVES
MUST_NOT_PARSE += [
    row("move-of-troops", "The move of troops to the border worried Kenya."),
]
MUST_NOT_PARSE += [
    row(
        "speaker-not-owner-of-other-subject",
        "Tokyo's foreign ministry confirmed that the isolated state had shut its embassy in Nepal.",
    ),
]

SPREAD_COUNTS = [
    row("missions-in-n-countries", "Rwanda maintains missions in 42 countries.", "N RW mission exact:42"),
]
MUST_PARSE += SPREAD_COUNTS
MUST_NOT_PARSE += [
    row("peacekeeping-in-n-countries", "The UN has peacekeeping missions in 12 countries."),
    row("trade-missions-in-n-countries", "Kenya sent trade missions to 20 countries."),
]

NAMES_MORE = [
    row(
        "plo-office",
        "Washington ordered the closure of the PLO office in Washington in 2018.",
        "C PS>US@Washington representative_office intended when=2018",
    ),
    row(
        "de-facto-embassy",
        "Taiwan's de facto embassy in Somaliland opened in 2020.",
        "O TW>SO@Somaliland embassy completed when=2020",
    ),
]
MUST_PARSE += NAMES_MORE

DESCRIBED_MISSIONS = [
    row("tiny-mission", "Tonga closed its tiny mission in Geneva.", "C TO>CH@Geneva mission completed"),
    row(
        "heavily-fortified-embassy",
        "Canada reopened its heavily fortified embassy in Baghdad.",
        "O CA>IQ@Baghdad embassy completed",
    ),
]
MUST_PARSE += DESCRIBED_MISSIONS
MUST_NOT_PARSE += [
    row("company-small-office", "Google closed its small office in Moscow."),
    row("new-company-office", "The company opened a new office in Nairobi."),
]

SPEAKER_OWNS_THE_MISSION = [
    row(
        "metonym-speaker-the-embassy",
        "Whitehall said the embassy in Khartoum would close.",
        "C GB>SD@Khartoum embassy intended",
    ),
]
MUST_PARSE += SPEAKER_OWNS_THE_MISSION
MUST_NOT_PARSE += [
    row("speaker-is-host", "Uganda said the embassy in Kampala would close."),
]


# --- shapes from the grammar probe (tests/missions_probe.py): own sentences, many countries --------
PROBE_SHAPES = [
    row(
        "members-they-include",
        "Finland said it would close four diplomatic missions. They include the embassies in Lima and Hanoi.",
        "C FI>- mission intended n=exact:4",
        "C FI>PE@Lima embassy intended",
        "C FI>VN@Hanoi embassy intended",
    ),
    row(
        "members-among-them",
        "Portugal is closing several embassies to save money. Among them are the missions in Dakar and Bogota.",
        "C PT>- embassy ongoing",
        "C PT>CO@Bogota mission ongoing",
        "C PT>SN@Dakar mission ongoing",
    ),
    row(
        "members-affected-are",
        "Denmark will close three embassies, the foreign minister said. Affected are the missions in Hanoi, "
        "Bamako and Quito.",
        "C DK>- embassy intended n=exact:3",
        "C DK>EC@Quito mission intended",
        "C DK>ML@Bamako mission intended",
        "C DK>VN@Hanoi mission intended",
    ),
    row(
        "members-among-to-be-closed",
        "Austria will close five embassies. Among the missions to be closed are the embassies in Lusaka and Caracas.",
        "C AT>- embassy intended n=exact:5",
        "C AT>VE@Caracas embassy intended",
        "C AT>ZM@Lusaka embassy intended",
    ),
    row(
        "members-first-to-go",
        "Iceland will close two embassies. The first to go will be the embassy in Maputo.",
        "C IS>- embassy intended n=exact:2",
        "C IS>MZ@Maputo embassy intended",
    ),
    row(
        "also-on-the-list",
        "The Dutch government plans to close the embassy in Yemen. Also on the list is the consulate in Chicago.",
        "C NL>US@Chicago consulate intended",
        "C NL>YE embassy intended",
    ),
    row(
        "so-will",
        "Sweden's embassies in Bolivia and Cambodia will close. So will the consulate in Shanghai.",
        "C SE>BO embassy intended",
        "C SE>CN@Shanghai consulate intended",
        "C SE>KH embassy intended",
    ),
    row(
        "as-will",
        "Belgium's embassy in Lima will close next year, as will the consulate in Casablanca.",
        "C BE>MA@Casablanca consulate intended when=2024",
        "C BE>PE@Lima embassy intended when=2024",
    ),
    row(
        "gapped-subject-date",
        "Chile is cutting its foreign service. The embassies in Hanoi and Accra will close next year, and the "
        "consulate in Mendoza in 2025.",
        "C CL>AR@Mendoza consulate intended when=2025",
        "C CL>GH@Accra embassy intended when=2024",
        "C CL>VN@Hanoi embassy intended when=2024",
    ),
    row(
        "gapped-object-next-year",
        "Ireland will close its embassy in Lusaka next year and its consulate in Sydney in 2025.",
        "C IE>AU@Sydney consulate intended when=2025",
        "C IE>ZM@Lusaka embassy intended when=2024",
    ),
    row(
        "are-to-go",
        "Britain is trimming its diplomatic network. The embassies in Dili and Minsk are to go.",
        "C GB>BY@Minsk embassy intended",
        "C GB>TL@Dili embassy intended",
    ),
    row(
        "will-go-by",
        "Five Canadian consulates will go by 2025.",
        "C CA>- consulate intended when=2025 n=exact:5",
    ),
    row(
        "embassy-there",
        "Greece opened an embassy in Albania in 1971. Its embassy there will close in December.",
        "C GR>AL embassy intended when=2023-12",
        "O GR>AL embassy completed when=1971",
    ),
    row(
        "in-the-capital",
        "Hungary has reviewed its diplomatic presence in Chad. The embassy in the capital will shut next month.",
        "C HU>TD embassy intended when=2023-12",
    ),
    row(
        "speaker-after",
        "The embassy in Caracas will close, Panama's foreign minister said.",
        "C PA>VE@Caracas embassy intended",
    ),
    row(
        "announced-by-sender",
        "The cuts were announced by Mexico on Monday. The embassy in Hanoi will close in March.",
        "C MX>VN@Hanoi embassy intended when=2024-03",
    ),
    row(
        "speaker-then-first",
        "Nigeria said on Monday it would shrink its network. The consulate in Atlanta will shut first.",
        "C NG>US@Atlanta consulate intended",
    ),
    row(
        "it-after-has-embassy",
        "Tunisia has had an embassy in Bamako since 1990. It will close in January.",
        "C TN>ML@Bamako embassy intended when=2024-01",
    ),
    row(
        "missions-after-announced",
        "Romania announced sweeping cuts to its diplomatic network on Monday. Missions in Zambia and Bolivia "
        "will be closed by the end of 2024.",
        "C RO>BO mission intended when=2024",
        "C RO>ZM mission intended when=2024",
    ),
    row(
        "among-those-closing",
        "Slovakia is cutting costs. Embassies in Lima and Hanoi are among those closing.",
        "C SK>PE@Lima embassy ongoing",
        "C SK>VN@Hanoi embassy ongoing",
    ),
    row(
        "on-the-list-of",
        "Latvia is cutting costs. The embassies in Tokyo and Ottawa are on the list of missions to close.",
        "C LV>CA@Ottawa embassy intended",
        "C LV>JP@Tokyo embassy intended",
    ),
    row(
        "one-of-n",
        "Croatia is cutting costs. Its embassy in Santiago is one of five missions that will close.",
        "C HR>- mission intended n=exact:5",
        "C HR>CL@Santiago embassy intended",
    ),
    row(
        "colon-cities",
        "Serbia is set to close three embassies: Lima, Harare and Hanoi.",
        "C RS>- embassy intended n=exact:3",
        "C RS>PE@Lima embassy intended",
        "C RS>VN@Hanoi embassy intended",
        "C RS>ZW@Harare embassy intended",
    ),
    row(
        "colon-countries",
        "Morocco will open embassies in three countries: Malawi, Bhutan and Fiji.",
        "O MA>- embassy intended n=exact:3",
        "O MA>BT embassy intended",
        "O MA>FJ embassy intended",
        "O MA>MW embassy intended",
    ),
    row(
        "hosts-lose-demonym",
        "Malawi and Zambia will lose their Norwegian embassies next year.",
        "C NO>MW embassy intended when=2024",
        "C NO>ZM embassy intended when=2024",
    ),
    row(
        "host-gets-new",
        "Bhutan will host a new Thai embassy from next year.",
        "O TH>BT embassy intended when=2024",
    ),
    row(
        "host-to-get",
        "Fiji is to get a South Korean consulate in 2024.",
        "O KR>FJ consulate intended when=2024",
    ),
    row(
        "cities-lose-their",
        "Spain's foreign ministry unveiled a leaner network on Tuesday. Hanoi and Lusaka will lose their embassies.",
        "C ES>VN@Hanoi embassy intended",
        "C ES>ZM@Lusaka embassy intended",
    ),
    row(
        "new-planned-for",
        "Turkey is expanding its presence in Africa. New embassies are planned for Malawi and Lesotho.",
        "O TR>LS embassy intended",
        "O TR>MW embassy intended",
    ),
    row(
        "plans-new",
        "Qatar plans new embassies in Fiji and Belize.",
        "O QA>BZ embassy intended",
        "O QA>FJ embassy intended",
    ),
    row(
        "add-embassies",
        "Azerbaijan will add embassies in Chile and Nepal.",
        "O AZ>CL embassy intended",
        "O AZ>NP embassy intended",
    ),
    row(
        "expanding-with",
        "India is expanding its diplomatic network with new embassies in Gabon and Togo.",
        "O IN>GA embassy ongoing",
        "O IN>TG embassy ongoing",
    ),
    row(
        "new-began-issuing",
        "Brazil's new consulate in Lagos began issuing visas last week.",
        "O BR>NG@Lagos consulate completed when=2023-10",
    ),
    row(
        "new-now-operational",
        "Japan's new embassy in Tirana is now operational.",
        "O JP>AL@Tirana embassy completed",
    ),
    row(
        "launched-embassy",
        "Ghana launched its embassy in Havana on Monday.",
        "O GH>CU@Havana embassy completed when=2023-10-30",
    ),
    row(
        "full-fledged",
        "Kazakhstan upgraded its consulate in Riyadh to a full-fledged embassy.",
        "O KZ>SA@Riyadh embassy completed",
    ),
    row(
        "office-to-embassy",
        "Paraguay will upgrade its office in Taipei to an embassy.",
        "O PY>TW@Taipei embassy intended",
    ),
    row(
        "represented-in",
        "Estonia is represented in 45 countries.",
        "N EE mission exact:45",
    ),
    row(
        "presence-in",
        "Uruguay has a diplomatic presence in 60 countries.",
        "N UY mission exact:60",
    ),
    row(
        "comprises",
        "Slovenia's diplomatic network comprises 56 missions.",
        "N SI mission exact:56",
    ),
    row(
        "only-mission-apposition",
        "Norway will close its embassy in Lilongwe, its only mission in southern Africa.",
        "C NO>MW@Lilongwe embassy intended",
    ),
]
MUST_PARSE += PROBE_SHAPES
MUST_NOT_PARSE += [
    row("probe-go-ahead", "The Swiss embassy in Lima will go ahead with the reception."),
    row("probe-ambassador-to-go", "The French ambassador in Rome is to go."),
    row("probe-added-to-list", "Italy added the embassies in Kyiv and Minsk to its list of high-risk posts."),
    row("probe-hosts-the", "Kenya hosts the Danish embassy for the whole region."),
    row("probe-issuing-e-visas", "The New Zealand embassy in Cairo began issuing e-visas on Monday."),
    row("probe-regional-represented", "Brazil is represented in 30 countries in Africa."),
    row("probe-company-represented", "The New Zealand bank is represented in 80 countries."),
    row("probe-they-include-people", "Poland expelled four Russian diplomats. They include the consul in Gdansk."),
    row("probe-among-busiest", "The Indian embassy in Dubai is among the busiest missions in the region."),
    row("probe-host-receives-ambassador", "Malawi received the Norwegian ambassador."),
]


# --- more shapes from the grammar probe: another, the mission, sizes --------------------------------
PROBE_SHAPES_MORE = [
    row(
        "another-in",
        "Peru opened a consulate general in Shanghai last year and will open another in Chengdu.",
        "O PE>CN@Chengdu consulate intended",
        "O PE>CN@Shanghai consulate completed when=2022",
    ),
    row(
        "a-second-in",
        "Egypt will close its consulate in Milan and a second in Marseille.",
        "C EG>FR@Marseille consulate intended",
        "C EG>IT@Milan consulate intended",
    ),
    row(
        "the-mission-reopened",
        "Ghana closed its embassy in Malawi in 2021. The mission reopened on Monday.",
        "C GH>MW embassy completed when=2021",
        "O GH>MW embassy completed when=2023-10-30",
    ),
    row(
        "the-mission-there",
        "Senegal opened an embassy in Cuba in 2019. The mission there will close in May.",
        "C SN>CU embassy intended when=2024-05",
        "O SN>CU embassy completed when=2019",
    ),
    row(
        "this-mission-had-been-closed",
        "Jordan reopened its embassy in Libya. This mission had been closed since 2014.",
        "C JO>LY embassy completed when=2014",
        "O JO>LY embassy completed",
    ),
    row(
        "number-stands-at",
        "The number of Kenyan embassies abroad stands at 54.",
        "N KE embassy exact:54",
    ),
    row(
        "there-are-n",
        "There are 74 Argentine embassies around the world.",
        "N AR embassy exact:74",
    ),
    row(
        "leave-with",
        "The closures leave Ecuador with 49 embassies.",
        "N EC embassy exact:49",
    ),
    row(
        "after-closures-comma-size",
        "After the closures, Nepal will have 30 missions abroad.",
        "N NP mission exact:30",
    ),
    row(
        "shut-first",
        "Nigeria said on Monday it would shrink its network. Its consulate in Atlanta will shut first.",
        "C NG>US@Atlanta consulate intended",
    ),
]
MUST_PARSE += PROBE_SHAPES_MORE
MUST_NOT_PARSE += [
    row("probe-embassy-delegation", "Kenya received a Chinese embassy delegation."),
    row("probe-new-embassy-work-on", "Norway's new embassy in Lima began work on a visa centre."),
    row("probe-so-will-after-stay-open", "The embassy in Quito will stay open. So will the consulate in Cusco."),
    row("probe-there-are-regional", "There are 3 Kenyan embassies in Europe."),
    row("probe-number-regional", "The number of Kenyan embassies in Africa stands at 20."),
    row("probe-leave-regional", "The closures leave Ecuador with 12 embassies in Europe."),
]
BUGS_CAUGHT += [  # the first sentence's change only
    row(
        "probe-mission-ended",
        "Norway will close its embassy in Lima. The mission ended on Friday.",
        "C NO>PE@Lima embassy intended",
    ),
    row(
        "probe-among-them-diplomats",
        "Poland will close four consulates. Among them are diplomats from Kenya and Peru.",
        "C PL>- consulate intended n=exact:4",
    ),
]


# --- third probe round: subject lists, 'those in', 'located in' ----------------------------
PROBE_SHAPES_THIRD = [
    row(
        "subject-list-three",
        "The embassy in Hanoi, the high commission in Ottawa and the consulate in Dubai will shut by "
        "December, Kenya said.",
        "C KE>AE@Dubai consulate intended when=2023-12",
        "C KE>CA@Ottawa high_commission intended when=2023-12",
        "C KE>VN@Hanoi embassy intended when=2023-12",
    ),
    row(
        "subject-list-two-commas",
        "Chile's embassy in Oslo, its consulate in Sydney and its mission in Geneva are to be closed.",
        "C CL>AU@Sydney consulate intended",
        "C CL>CH@Geneva mission intended",
        "C CL>NO@Oslo embassy intended",
    ),
    row(
        "winding-down-operations",
        "Finland is winding down operations at its embassy in Caracas.",
        "C FI>VE@Caracas embassy ongoing",
    ),
    row(
        "expected-operational",
        "The Mongolian embassy in Canberra is expected to be operational by June.",
        "O MN>AU@Canberra embassy intended when=2024-06",
    ),
    row(
        "those-in-will-shut",
        "The missions in Bolivia and Cambodia will close this year, while those in Malta and Cyprus will shut "
        "in 2024, Sweden said.",
        "C SE>BO mission intended when=2023",
        "C SE>CY mission intended when=2024",
        "C SE>KH mission intended when=2023",
        "C SE>MT mission intended when=2024",
    ),
    row(
        "the-one-in",
        "Latvia will close its embassy in Mexico. The one in Brazil will close in 2024.",
        "C LV>BR embassy intended when=2024",
        "C LV>MX embassy intended",
    ),
    row(
        "those-in-also-closed",
        "Estonia will close its embassy in Peru. Those in Chile and Ghana will also be closed.",
        "C EE>CL embassy intended",
        "C EE>GH embassy intended",
        "C EE>PE embassy intended",
    ),
    row(
        "new-located-in",
        "India will open 18 new missions. The new embassies and high commissions will be located in countries "
        "including Eritrea, Cameroon and Liberia.",
        "O IN>- mission intended n=exact:18",
        "O IN>CM mission intended",
        "O IN>ER mission intended",
        "O IN>LR mission intended",
    ),
]
MUST_PARSE += PROBE_SHAPES_THIRD
MUST_NOT_PARSE += [
    row("probe-new-located-centre", "The new Irish embassy will be located in the city centre."),
    row(
        "probe-subject-list-prepositional",
        "Talks with the embassy in Hanoi, the consulate in Dubai and the mission in Geneva will close the gap.",
    ),
]
BUGS_CAUGHT += [  # the first sentence's change only
    row(
        "probe-those-in-said",
        "Sweden will close its embassy in Bolivia. Those in Cambodia said they were surprised.",
        "C SE>BO embassy intended",
    ),
]
MUST_NOT_PARSE += [
    row("probe-represented-honorary", "Kenya is represented in 80 countries by honorary consuls."),
]
BUGS_CAUGHT += [  # a group change, not a network size
    row(
        "probe-there-are-that-will-close",
        "There are three Ugandan embassies that will close next year.",
        "C UG>- embassy intended when=2024 n=exact:3",
    ),
]

# --- a dateline's capital is the government the story speaks of ----------------------------------
DATELINE_GOVERNMENT = [
    row(
        "dateline-capital-government",
        "Budget cuts hit foreign service\n\nLISBON (Reuters) - The government will close the embassy in Maputo "
        "and the consulate in Macau next year, the foreign ministry said on Thursday.",
        "C PT>MO consulate intended when=2024",
        "C PT>MZ@Maputo embassy intended when=2024",
    ),
    row(
        "dateline-capital-date-agency",
        "Foreign service shake-up announced\n\nACCRA, Nov 2 (AFP) — The government will shut the high commission "
        "in Ottawa in 2024.",
        "C GH>CA@Ottawa high_commission intended when=2024",
    ),
]
MUST_PARSE += DATELINE_GOVERNMENT
MUST_NOT_PARSE += [
    row(
        "dateline-city-not-capital",
        "Foreign service shake-up announced\n\nGENEVA (Reuters) - The government will close the embassy in Maputo.",
    ),
]
