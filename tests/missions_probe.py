"""A grammar probe for the missions extractor: recall per SHAPE of short articles, not per corpus.

Run with ``.venv/bin/python tests/missions_probe.py [--show FAMILY_OR_ID] [--fail N]``.
Not collected by pytest (no ``test_`` prefix).

Each template is a short multi-sentence article (a title line, then the body) in one shape
news uses to tell a closure, an opening or a network size, or a distractor that must stay
silent. Templates are filled combinatorially with sender/host pairs from every continent.
A positive case counts each expected fact (kind of fact, sender, host; for a network size the
sender and the number) as read or missed; any fact beyond the expected ones counts against
precision. A negative case expects no fact at all.

Placeholders: {S} sender country, {Sd} its demonym, {H}/{Hc} host country and its capital,
{H2}/{H2c} and {H3}/{H3c} two more hosts, {N} a number. Expected facts: ``C S H`` closure,
``O H S`` opening (sender first), ``N S 98`` network size with that number.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from diplomacy_facts import parse_article

PUBLISHED = "2024-03-15"

# (name as written, code, demonym)
SENDERS: list[tuple[str, str, str]] = [
    ("Ghana", "GH", "Ghanaian"),
    ("Norway", "NO", "Norwegian"),
    ("Argentina", "AR", "Argentine"),
    ("Indonesia", "ID", "Indonesian"),
    ("Canada", "CA", "Canadian"),
    ("Poland", "PL", "Polish"),
    ("Kenya", "KE", "Kenyan"),
    ("Vietnam", "VN", "Vietnamese"),
    ("New Zealand", "NZ", "New Zealand"),
    ("Peru", "PE", "Peruvian"),
]
# (name, code, capital)
HOSTS: list[tuple[str, str, str]] = [
    ("Malawi", "MW", "Lilongwe"),
    ("Japan", "JP", "Tokyo"),
    ("Italy", "IT", "Rome"),
    ("Senegal", "SN", "Dakar"),
    ("Chile", "CL", "Santiago"),
    ("Thailand", "TH", "Bangkok"),
    ("Hungary", "HU", "Budapest"),
    ("Zambia", "ZM", "Lusaka"),
    ("Egypt", "EG", "Cairo"),
    ("Bolivia", "BO", "La Paz"),
    ("Australia", "AU", "Canberra"),
    ("Iran", "IR", "Tehran"),
]

# family -> list of (id, template, expected)
TEMPLATES: dict[str, list[tuple[str, str, str]]] = {
    "cross_sentence": [
        (
            "review-then-plural",
            "{S} announced a review of its missions abroad. The embassies in {Hc} and {H2c} will close by June.",
            "C S H; C S H2",
        ),
        (
            "cutting-then-list",
            "{S} is cutting its foreign service. The embassies in {Hc} and {H2c} will close next year, and the "
            "consulate in {H3c} in 2026.",
            "C S H; C S H2; C S H3",
        ),
        (
            "its-consulate-also",
            "{S} will close its embassy in {H}. Its consulate in {H2c} is also to shut.",
            "C S H; C S H2",
        ),
        (
            "also-closing-colon",
            "{S} will close its embassy in {H} this year. Also closing: the embassy in {H2c}.",
            "C S H; C S H2",
        ),
        (
            "ministry-said-then",
            "The {Sd} foreign ministry announced budget cuts on Monday. The embassy in {Hc} will be closed in July.",
            "C S H",
        ),
        (
            "government-decided",
            "The {Sd} government has decided to shrink its diplomatic network. Missions in {Hc} and {H2c} are to "
            "be closed.",
            "C S H; C S H2",
        ),
        (
            "affected-are",
            "{S} will close three embassies, the foreign minister said. Affected are the missions in {Hc}, {H2c} "
            "and {H3c}.",
            "C S H; C S H2; C S H3; ?C S -",
        ),
        (
            "will-shut-its",
            "{S}'s cabinet approved the plan on Tuesday. It will shut its embassies in {H} and {H2}.",
            "C S H; C S H2",
        ),
        (
            "they-include",
            "{S} said it would close four diplomatic missions. They include the embassies in {Hc} and {H2c}.",
            "C S H; C S H2; ?C S -",
        ),
        (
            "among-them",
            "{S} is closing several embassies to save money. Among them are the missions in {Hc} and {H2c}.",
            "C S H; C S H2; ?C S -",
        ),
    ],
    "cross_sentence_more": [
        (
            "among-those-closing",
            "{S} is cutting costs. Embassies in {Hc} and {H2c} are among those closing.",
            "C S H; C S H2",
        ),
        (
            "on-the-list",
            "{S} is cutting costs. The embassies in {Hc} and {H2c} are on the list of missions to close.",
            "C S H; C S H2",
        ),
        (
            "cities-lose",
            "{S}'s foreign ministry unveiled a leaner network. {Hc} and {H2c} will lose their embassies.",
            "C S H; C S H2",
        ),
        ("announced-by", "The cuts were announced by {S} on Monday. The embassy in {Hc} will close in June.", "C S H"),
        ("it-will-close", "{S} has had an embassy in {Hc} since 2010. It will close in June.", "C S H"),
        (
            "under-the-plan",
            "{S} is restructuring its foreign service. Under the plan, the embassies in {Hc} and {H2c} will be closed.",
            "C S H; C S H2",
        ),
        (
            "speaker-then",
            "{S} said on Monday it would shrink its network. The consulate in {H2c} will shut first.",
            "C S H2",
        ),
        ("reopen-later", "{S} closed its embassy in {H} in 2021. The mission reopened on Monday.", "C S H; O S H"),
        ("open-then-city", "{S} will open an embassy in {H}. The new mission in {Hc} will open in June.", "O S H"),
    ],
    "wave_paragraph": [
        (
            "cuts-hit",
            "{S} will close nine missions abroad. The cuts hit Africa hardest: missions in {Hc}, {H2c} and {H3c} "
            "will shut.",
            "C S H; C S H2; C S H3; ?C S -",
        ),
        (
            "list-shut",
            "{S} plans to reduce its network. Embassies in {Hc}, {H2c} and {H3c} will shut by the end of the year.",
            "C S H; C S H2; C S H3",
        ),
        (
            "will-be-closed-too",
            "{S} closed its embassy in {H} last month. The consulate in {H2c} will be closed too.",
            "C S H; C S H2",
        ),
        ("to-go", "{S} is trimming its foreign service. The embassies in {Hc} and {H2c} are to go.", "C S H; C S H2"),
    ],
    "city_only": [
        ("mission-there", "{S} opened an embassy in {H} in 2019. The mission there will close in May.", "O S H; C S H"),
        (
            "post-in-capital",
            "{S} has reviewed its diplomatic presence in {H}. The post in the capital, {Hc}, will shut next month.",
            "C S H",
        ),
        ("city-list-close", "{S} will close its embassies in {Hc}, {H2c} and {H3c}.", "C S H; C S H2; C S H3"),
        ("city-nominal", "{S} confirmed the closure of its embassy in {Hc} on Monday.", "C S H"),
    ],
    "counts": [
        ("has-emb-cons", "{S} has 98 embassies and 40 consulates.", "N S 98; N S 40"),
        ("network-of", "{S} has a network of 150 missions abroad.", "N S 150"),
        ("maintains-posts", "{S} maintains 60 diplomatic posts abroad.", "N S 60"),
        ("possessive-overseas", "{S}'s 132 overseas missions will each lose two staff.", "N S 132"),
        ("represented-in", "{S} is represented in 80 countries.", "N S 80"),
        ("with-worldwide", "{S}, with 64 embassies worldwide, is a mid-sized diplomatic power.", "N S 64"),
        ("ministry-runs", "The {Sd} foreign ministry runs 110 missions around the world.", "N S 110"),
        ("relations-with", "{S} has diplomatic relations with 190 countries.", "N S 190"),
        ("currently-has", "{S} currently has 75 embassies around the world.", "N S 75"),
        ("total-of", "{S} operates a total of 120 diplomatic missions.", "N S 120"),
    ],
    "openings": [
        ("will-open-list", "{S} will open embassies in {H}, {H2} and {H3} next year.", "O S H; O S H2; O S H3"),
        (
            "new-missions-planned",
            "{S} is expanding its presence in Africa. New missions are planned for {H} and {H2}.",
            "O S H; O S H2",
        ),
        ("first-opened-doors", "The first {Sd} embassy in {H} opened its doors on Monday.", "O S H"),
        ("upgraded-office", "{S} upgraded its office in {Hc} to a full embassy in January.", "O S H"),
        ("each-others", "{S} and {H} agreed to open embassies in each other's capitals.", "O S H; O H S"),
        ("began-issuing", "{S}'s new consulate in {H2c} began issuing visas last week.", "O S H2"),
        ("inaugurated", "{S} inaugurated its embassy in {Hc} on Tuesday.", "O S H"),
        ("reopen-then", "{S} closed its embassy in {H} in 2020. It will reopen the mission in April.", "C S H; O S H"),
        ("cross-open", "{S} is expanding its diplomatic network. An embassy in {Hc} will open in September.", "O S H"),
        ("set-up", "{S} will set up an embassy in {H} this year.", "O S H"),
    ],
    "unusual_closures": [
        ("wind-down", "{S} will wind down its embassy in {H} by the end of the year.", "C S H"),
        ("mothball", "{S} has mothballed its embassy in {Hc}.", "C S H"),
        ("suspend-consular", "{S} suspended operations at its embassy in {H} on Friday.", "C S H"),
        ("cease-operations", "The {Sd} embassy in {Hc} will cease operations at the end of March.", "C S H"),
        ("shuttering", "The shuttering of the {Sd} embassy in {Hc} was announced on Monday.", "C S H"),
        ("ordered-shut", "The {Sd} embassy in {Hc} was ordered shut on Thursday.", "C S H"),
        ("merged-into", "{S}'s consulate in {H2c} will be merged into the embassy in {Hc}.", "C S H2"),
        ("pull-diplomats", "{S} evacuated its embassy in {H} on Sunday.", "C S H"),
        ("shut-down-doors", "{S}'s embassy in {H} shut its doors last week.", "C S H"),
        ("downgrade", "{S} downgraded its embassy in {H} to a consulate.", ""),
    ],
    "elliptic": [
        (
            "so-will",
            "{S}'s embassies in {H} and {H2} will close. So will the consulate in {H3c}.",
            "C S H; C S H2; C S H3",
        ),
        ("as-will", "{S}'s embassy in {H} will close next year, as will the consulate in {H2c}.", "C S H; C S H2"),
        (
            "also-on-list",
            "The {Sd} government plans to close the embassy in {H}. Also on the list is the consulate in {H2c}.",
            "C S H; C S H2",
        ),
        ("first-to-go", "{S} will close five embassies. The first to go will be the embassy in {Hc}.", "C S H; ?C S -"),
        (
            "among-to-be-closed",
            "{S} will close five embassies. Among the missions to be closed are the embassies in {Hc} and {H2c}.",
            "C S H; C S H2; ?C S -",
        ),
        (
            "gapped-subject",
            "{S}'s embassy in {Hc} closed in March, and the consulate in {H2c} in April.",
            "C S H; C S H2",
        ),
        (
            "gapped-object",
            "{S} will close its embassy in {Hc} next year and its consulate in {H2c} in 2026.",
            "C S H; C S H2",
        ),
        (
            "colon-places",
            "{S} is set to close three embassies: {Hc}, {H2c} and {H3c}.",
            "C S H; C S H2; C S H3; ?C S -",
        ),
        (
            "colon-countries",
            "{S} will open embassies in three countries: {H}, {H2} and {H3}.",
            "O S H; O S H2; O S H3; ?O S -",
        ),
        ("speaker-after", "The embassy in {Hc} will close, {S}'s foreign minister said.", "C S H"),
    ],
    "host_subject": [
        ("lose-their", "{H} and {H2} will lose their {Sd} embassies next year.", "C S H; C S H2"),
        ("host-new", "{H} will host a new {Sd} embassy from next year.", "O S H"),
        ("get-a", "{H} is to get a {Sd} consulate in 2025.", "O S H"),
    ],
    "more_openings": [
        ("add", "{S} will add embassies in {H} and {H2}.", "O S H; O S H2"),
        ("expand-with", "{S} is expanding its diplomatic network with new embassies in {H} and {H2}.", "O S H; O S H2"),
        ("launched", "{S} launched its embassy in {H} on Monday.", "O S H"),
        ("full-fledged", "{S} upgraded its consulate in {Hc} to a full-fledged embassy.", "O S H"),
        ("office-upgrade", "{S} will upgrade its office in {Hc} to an embassy.", "O S H"),
        ("now-operational", "{S}'s new embassy in {Hc} is now operational.", "O S H"),
        ("plans-new", "{S} plans new embassies in {H} and {H2}.", "O S H; O S H2"),
        ("to-go-passive", "Five {Sd} embassies, including the one in {Hc}, are to go.", "C S -; ?C S H"),
    ],
    "more_counts": [
        ("comprises", "{S}'s diplomatic network comprises 98 missions.", "N S 98"),
        ("presence-in", "{S} has a diplomatic presence in 120 countries.", "N S 120"),
        ("represented-more", "{S} is represented in more than 80 countries.", "N S 80"),
    ],
    "another_and_mission": [
        ("another-in", "{S} opened a consulate in {Hc} last year and will open another in {H2c}.", "O S H; O S H2"),
        ("a-second-in", "{S} will close its consulate in {Hc} and a second in {H2c}.", "C S H; C S H2"),
        (
            "the-mission-reopened",
            "{S} closed its embassy in {H} in 2021. The mission reopened on Monday.",
            "C S H; O S H",
        ),
        (
            "the-mission-closed",
            "{S} opened an embassy in {H} in 2015. The mission was closed last month.",
            "O S H; C S H",
        ),
    ],
    "size_wordings": [
        ("number-stands", "The number of {Sd} embassies abroad stands at 54.", "N S 54"),
        ("there-are", "There are 74 {Sd} embassies around the world.", "N S 74"),
        ("leave-with", "The closures leave {S} with 49 embassies.", "N S 49"),
        ("after-comma", "After the closures, {S} will have 30 missions abroad.", "N S 30"),
    ],
    "third_round": [
        (
            "subject-list",
            "The embassy in {Hc}, the consulate in {H2c} and the mission in {H3c} will shut, {S} said.",
            "C S H; C S H2; C S H3",
        ),
        (
            "those-in-while",
            "The missions in {H} and {H2} will close this year, while those in {H3} will shut in 2025, {S} said.",
            "C S H; C S H2; C S H3",
        ),
        ("the-one-in", "{S} will close its embassy in {H}. The one in {H2} will close in 2025.", "C S H; C S H2"),
        ("winding-down-ops", "{S} is winding down operations at its embassy in {Hc}.", "C S H"),
        (
            "located-in",
            "{S} will open new missions. The new embassies will be located in {H} and {H2}.",
            "O S H; O S H2; ?O S -",
        ),
    ],
    "more_distractors": [
        ("go-ahead", "The {Sd} embassy in {Hc} will go ahead with the reception.", ""),
        ("ambassador-to-go", "The {Sd} ambassador in {Hc} is to go.", ""),
        ("added-to-list", "{S} added the embassies in {Hc} and {H2c} to its list of high-risk posts.", ""),
        ("hosts-the", "{H} hosts the {Sd} embassy for the whole region.", ""),
        ("issuing-e-visas", "The {Sd} embassy in {Hc} began issuing e-visas on Monday.", ""),
        ("only-mission", "{S} will close its embassy in {Hc}, its only mission in the region.", "C S H"),
        ("regional-count", "{S} is represented in 30 countries in Africa.", ""),
        ("company-represented", "The {Sd} bank is represented in 80 countries.", ""),
        ("they-include-people", "{S} expelled four diplomats. They include the ambassador in {Hc}.", ""),
    ],
    "distractors": [
        ("expelled-amb", "{H} expelled the {Sd} ambassador on Monday.", ""),
        ("recalled-amb", "{S} recalled its ambassador to {H} for consultations.", ""),
        ("summoned", "{H} summoned the {Sd} envoy over the remarks.", ""),
        ("embassy-said", "The {Sd} embassy in {Hc} said it was monitoring the situation.", ""),
        ("protest-outside", "Protesters gathered outside the {Sd} embassy in {Hc} on Friday.", ""),
        ("warning", "The {Sd} embassy in {Hc} warned its citizens to avoid the area.", ""),
        ("business-office", "{Sd} bank closed its office in {Hc} last year.", ""),
        ("un-office", "The UN closed its office in {Hc} last month.", ""),
        ("peacekeeping", "{S} will end its peacekeeping mission in {H} next year.", ""),
        ("trade-mission", "{S} sent a trade mission to {H} last week.", ""),
        ("visa-centre", "{S} closed its visa application centre in {Hc}.", ""),
        ("embassy-statement", "In a statement, the embassy said the visit had been postponed.", ""),
    ],
}


def expand(template: str, s: tuple[str, str, str], hs: list[tuple[str, str, str]]) -> str:
    (h, _, hc), (h2, _, h2c), (h3, _, h3c) = hs
    return template.format(S=s[0], Sd=s[2], H=h, Hc=hc, H2=h2, H2c=h2c, H3=h3, H3c=h3c)


def expected_of(spec: str, s: tuple[str, str, str], hs: list[tuple[str, str, str]]) -> set[tuple[str, ...]]:
    codes = {"S": s[1], "H": hs[0][1], "H2": hs[1][1], "H3": hs[2][1]}
    out: set[tuple[str, ...]] = set()
    for part in filter(None, (p.strip() for p in spec.split(";"))):
        f, a, b = part.split()
        codes["-"] = "-"
        out.add((f, codes[a], b) if f.endswith("N") else (f, codes[a], codes[b]))
    return out


def read(text: str) -> set[tuple[str, ...]]:
    art = parse_article(text, published=PUBLISHED)
    got: set[tuple[str, ...]] = set()
    for c in art.closures:
        got.add(("C", c.mission.sender or "-", c.mission.host or "-"))
    for o in art.openings:
        got.add(("O", o.mission.sender or "-", o.mission.host or "-"))
    for n in art.mission_counts:
        got.add(("N", n.sender or "-", f"{n.count.value:g}"))
    return got


def cases() -> list[tuple[str, str, str, set[tuple[str, ...]]]]:
    out = []
    for family, rows in TEMPLATES.items():
        for tid, template, spec in rows:
            for i, s in enumerate(SENDERS):
                hs = [HOSTS[(i + k * 5) % len(HOSTS)] for k in range(3)]
                if any(h[1] == s[1] for h in hs):
                    continue
                text = f"{s[0]} foreign ministry update\n\n" + expand(template, s, hs)
                out.append((family, tid, text, expected_of(spec, s, hs)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", default="")
    ap.add_argument("--fail", type=int, default=2)
    args = ap.parse_args()
    per_t: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # tp, gold, pred, silent-neg
    fails: dict[str, list[str]] = defaultdict(list)
    for family, tid, text, gold in cases():
        optional = {(f[1:], a, b) for f, a, b in gold if f.startswith("?")}
        gold = {g for g in gold if not g[0].startswith("?")}
        got = read(text) - optional
        st = per_t[(family, tid)]
        st[0] += len(got & gold)
        st[1] += len(gold)
        st[2] += len(got)
        if not gold and not got:
            st[3] += 1
        if got != gold:
            fails[tid].append(f"{text!r}\n    want {sorted(gold)}\n    got  {sorted(got)}")
    fam: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for (family, tid), (tp, g, p, sn) in per_t.items():
        f = fam[family]
        f[0] += tp
        f[1] += g
        f[2] += p
        f[3] += sn
        f[4] += 1
        r = tp / g if g else 1.0
        pr = tp / p if p else 1.0
        if args.show in (family, tid) or (args.show == "all"):
            print(f"  {family:18} {tid:22} R={r:.2f} P={pr:.2f}")
            for line in fails[tid][: args.fail]:
                print("    " + line)
    print()
    for family, (tp, g, p, _sn, _n) in fam.items():
        r = tp / g if g else float("nan")
        pr = tp / p if p else 1.0
        print(f"{family:18} recall={r:.3f} precision={pr:.3f} (gold {g}, pred {p})")


if __name__ == "__main__":
    main()
