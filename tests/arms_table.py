"""Table of news sentences for the arms-transfer extractor (tests/test_arms.py).

Written for this table from how the press reports arms transfers, about many countries and
weapon types; none is taken from the annotated corpus. Each case is (id, text, expected),
where `text` may hold several sentences and `expected` lists facts as
``"KP>RU|ammunition|reported|item=artillery shell|q=1000000 lower|since=2023-08"``:
flow, category, status, then any of item (the full item), head (its last word),
q (value and bound), unit, since, when. Unlisted attributes are not checked; the number
of facts is. Every text is read as published on PUBLISHED.

Groups: MUST_PARSE (transfers), MUST_NOT_PARSE (weapons, countries and verbs but no
transfer), BUGS_CAUGHT (phrasings that once gave a wrong fact), KNOWN_MISSES (run as
xfail(strict=True)). Later sections extend the first three by theme.
"""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 15)  # a Friday

Case = tuple[str, str, list[str]]

# --- must parse: one or more transfers ------------------------------------------------------------
MUST_PARSE: list[Case] = [
    # active supply verbs, the recipient after "to", as indirect object or with "with"
    (
        "sold-to",
        "North Korea has sold more than 1 million artillery shells to Russia.",
        ["KP>RU|ammunition|delivered|item=artillery shell|q=1000000 lower|unit=shell"],
    ),
    (
        "supplied-with",
        "Iran has supplied Russia with hundreds of Shahed drones, according to U.S. intelligence.",
        ["IR>RU|drones|reported|head=drone|q=200 lower"],
    ),
    (
        "sent-indirect",
        "The United States quietly sent Kyiv ATACMS missiles last month.",
        ["US>UA|missiles|delivered|item=atacms missile|when=2024-02"],
    ),
    ("pledged-metonym", "Washington pledged ATACMS to Kyiv on Tuesday.", ["US>UA|missiles|agreed|head=missile"]),
    (
        "will-send",
        "Germany will send 14 Leopard 2 battle tanks to Ukraine, the chancellor said.",
        ["DE>UA|armoured_vehicles|agreed|item=leopard 2 tank|q=14 exact|unit=tank"],
    ),
    (
        "would-provide-with",
        "Biden announced that the United States would provide Ukraine with 31 M1 Abrams tanks.",
        ["US>UA|armoured_vehicles|agreed|head=tank|q=31 exact"],
    ),
    (
        "donated-past",
        "Slovakia gave Ukraine its entire fleet of 13 MiG-29 fighter jets.",
        ["SK>UA|aircraft|delivered|item=mig-29 fighter jet|q=13 exact|unit=jet"],
    ),
    (
        "handed-over",
        "In November, China handed over the first of four Type 054A/P frigates to Pakistan.",
        ["CN>PK|ships|delivered|q=1 exact|when=2023-11|since=2023-11"],
    ),
    (
        "first-of-ordered",
        "In January, China handed over the first of four frigates ordered by the Pakistan Navy.",
        ["CN>PK|ships|delivered|q=1 exact|when=2024-01|since=2024-01", "CN>PK|ships|agreed|q=4 exact"],
    ),
    (
        "supplies-dozens",
        "The Czech Republic has delivered dozens of T-72 tanks to Ukraine.",
        ["CZ>UA|armoured_vehicles|delivered|item=t-72 tank|q=24 lower"],
    ),
    (
        "shipped-since",
        "Pyongyang has shipped more than 10,000 containers to Russia since August 2023, Seoul said.",
        ["KP>RU|equipment|reported|item=container|q=10000 lower|since=2023-08"],
    ),
    (
        "provided-calibre",
        "The US has sent Ukraine more than 2 million 155mm artillery shells.",
        ["US>UA|ammunition|delivered|item=155mm artillery shell|q=2000000 lower"],
    ),
    (
        "will-deliver-by",
        "Poland will deliver 60 PT-91 Twardy tanks to Ukraine by the end of the year.",
        ["PL>UA|armoured_vehicles|agreed|head=tank|q=60 exact|when=2024"],
    ),
    (
        "exports-to",
        "Turkey exports Bayraktar TB2 drones to more than 30 countries, including Ukraine and Poland.",
        ["TR>UA|drones|delivered|head=drone", "TR>PL|drones|delivered|head=drone"],
    ),
    (
        "coordinated-suppliers",
        "Denmark and the Netherlands will donate F-16 fighter jets to Ukraine.",
        ["DK>UA|aircraft|agreed|item=f-16 fighter jet", "NL>UA|aircraft|agreed|item=f-16 fighter jet"],
    ),
    (
        "coordinated-recipients",
        "Israel has sold Heron drones to India and Azerbaijan.",
        ["IL>IN|drones|delivered|head=drone", "IL>AZ|drones|delivered|head=drone"],
    ),
    (
        "australia-provide",
        "Australia will provide Ukraine with 120 Bushmaster armoured vehicles.",
        ["AU>UA|armoured_vehicles|agreed|head=vehicle|q=120 exact"],
    ),
    (
        "storm-shadow",
        "Britain has sent Storm Shadow cruise missiles to Ukraine, the defence secretary confirmed.",
        ["GB>UA|missiles|delivered|item=storm shadow cruise missile"],
    ),
    ("scalp", "France has supplied SCALP missiles to Kyiv.", ["FR>UA|missiles|delivered|head=missile"]),
    (
        "spain-six-more",
        "Spain will send six more Leopard 2A4 tanks to Ukraine.",
        ["ES>UA|armoured_vehicles|agreed|head=tank|q=6 exact"],
    ),
    (
        "k9-supply-with",
        "South Korea will supply Poland with 212 K9 self-propelled howitzers under the deal.",
        ["KR>PL|artillery|agreed|item=k9 self-propelled howitzer|q=212 exact|unit=howitzer"],
    ),
    (
        "rafale-delivered",
        "France has delivered 36 Rafale fighter jets to India.",
        ["FR>IN|aircraft|delivered|item=rafale fighter jet|q=36 exact"],
    ),
    (
        "hungary-lynx",
        "Hungary has agreed to buy 44 Lynx infantry fighting vehicles from Germany's Rheinmetall.",
        ["DE>HU|armoured_vehicles|agreed|head=vehicle|q=44 exact"],
    ),
    (
        "two-items-list",
        "Pyongyang has shipped artillery shells and rockets to Moscow, the White House said.",
        ["KP>RU|ammunition|reported|item=artillery shell", "KP>RU|ammunition|reported|item=rocket"],
    ),
    (
        "shared-type",
        "North Korea has also provided Russia with KN-23 and KN-24 ballistic missiles.",
        ["KP>RU|missiles|delivered|head=missile"],
    ),
    (
        "package-list-same-sentence",
        "Sweden's new package for Ukraine includes Archer howitzers, CV90 fighting vehicles and NLAW anti-tank "
        "weapons.",
        [
            "SE>UA|artillery|agreed|head=howitzer",
            "SE>UA|armoured_vehicles|agreed|head=vehicle",
            "SE>UA|missiles|agreed|head=weapon",
        ],
    ),
    # receiving
    (
        "received-from",
        "Russia has received some 6,700 containers of munitions from Pyongyang, Seoul's defence ministry said.",
        ["KP>RU|equipment|reported|item=container|q=6700 approx|unit=container"],
    ),
    (
        "signed-for",
        "Poland signed for 180 K2 tanks from South Korea in 2022.",
        ["KR>PL|armoured_vehicles|agreed|item=k2 tank|q=180 exact|when=None"],
    ),
    (
        "take-delivery",
        "India has started taking delivery of the S-400 from Russia.",
        ["RU>IN|air_defence|delivered|item=s-400 air defence system"],
    ),
    (
        "took-delivery-month",
        "Serbia took delivery of Chinese HQ-22 air defence systems in April.",
        ["CN>RS|air_defence|delivered|head=system|when=2023-04"],
    ),
    (
        "bought-from",
        "India bought 36 Rafale jets from France in a deal signed in 2016.",
        ["FR>IN|aircraft|agreed|q=36 exact|when=None"],
    ),
    ("ordered-from", "Egypt ordered 30 more Rafale jets from France in 2021.", ["FR>EG|aircraft|agreed|q=30 exact"]),
    (
        "deal-to-buy",
        "Qatar signed a deal to buy 24 Eurofighter Typhoon jets from Britain.",
        ["GB>QA|aircraft|agreed|q=24 exact"],
    ),
    (
        "algeria-bought",
        "Algeria has bought Su-30 fighters from Russia.",
        ["RU>DZ|aircraft|agreed|item=su-30 fighter jet"],
    ),
    (
        "inducted-possessive",
        "The Pakistan Air Force inducted China's J-10C multirole fighters on Friday.",
        ["CN>PK|aircraft|delivered|item=j-10c fighter jet"],
    ),
    (
        "received-demonym",
        "Myanmar's military junta has received Russian Su-30 fighter jets.",
        ["RU>MM|aircraft|delivered|head=jet"],
    ),
    ("acquired", "Vietnam has acquired BrahMos missiles from India.", ["IN>VN|missiles|delivered|head=missile"]),
    (
        "morocco-akinci",
        "Morocco took delivery of Bayraktar Akinci drones from Turkey.",
        ["TR>MA|drones|delivered|head=drone"],
    ),
    ("kazakh-anka", "Kazakhstan received Turkish Anka drones last year.", ["TR>KZ|drones|delivered|head=drone"]),
    (
        "nigeria-super-tucano",
        "Nigeria took delivery of 12 A-29 Super Tucano light attack aircraft from the United States.",
        ["US>NG|aircraft|delivered|q=12 exact"],
    ),
    (
        "iran-said-received",
        "Iran said it had received Su-35 fighters from Russia.",
        ["RU>IR|aircraft|delivered|head=jet"],
    ),
    (
        "bangladesh-subs",
        "Bangladesh bought two Ming-class submarines from China.",
        ["CN>BD|ships|agreed|item=ming-class submarine|q=2 exact"],
    ),
    (
        "thai-sub",
        "Thailand ordered a Chinese Yuan-class submarine in 2017.",
        ["CN>TH|ships|agreed|head=submarine|q=1 exact"],
    ),
    (
        "indonesia-contract",
        "Indonesia signed a contract to buy 42 Rafale fighter jets from France.",
        ["FR>ID|aircraft|agreed|q=42 exact"],
    ),
    ("saudi-wing-loong", "Saudi Arabia has bought Chinese Wing Loong drones.", ["CN>SA|drones|agreed|head=drone"]),
    (
        "rewarded-with",
        "North Korea may be rewarded with Russian fighter jets for its help, a U.S. admiral said.",
        ["RU>KP|aircraft|possible|item=fighter jet"],
    ),
    (
        "will-receive-by",
        "Taiwan will receive 108 Abrams tanks from the United States by 2026.",
        ["US>TW|armoured_vehicles|agreed|q=108 exact|when=2026"],
    ),
    (
        "maker-receive",
        "Belgium will receive its first F-35 jets from Lockheed Martin in 2025.",
        ["US>BE|aircraft|agreed|head=jet"],
    ),
    # arrivals
    (
        "first-n-arrived",
        "The first 10 K2 tanks arrived in Poland in December 2022.",
        ["KR>PL|armoured_vehicles|delivered|q=10 exact|when=2022-12|since=2022-12"],
    ),
    (
        "landed-in",
        "The first six J-10C fighters landed in Pakistan on March 4.",
        ["CN>PK|aircraft|delivered|q=6 exact|when=2024-03-04|since=2024-03-04"],
    ),
    (
        "arrived-participle",
        "Some 300 Javelin missiles supplied by the United States arrived in Kyiv on Monday.",
        ["US>UA|missiles|delivered|item=javelin missile|q=300 approx|when=2024-03-11"],
    ),
    (
        "made-arrived-year",
        "The first US-built F-16s arrived in Pakistan in 1982.",
        ["US>PK|aircraft|delivered|since=1982|when=None"],
    ),
    # passives and participles
    (
        "supplied-by",
        "Belarus has put S-400 systems supplied by Russia on combat duty.",
        ["RU>BY|air_defence|delivered|head=system"],
    ),
    (
        "were-delivered-by",
        "The Iranian drones were delivered to Russia across the Caspian Sea.",
        ["IR>RU|drones|delivered|head=drone"],
    ),
    (
        "relative-that",
        "The S-400 complex that Russia had handed over to Belarus was put on combat duty.",
        ["RU>BY|air_defence|delivered|head=system"],
    ),
    (
        "ordered-by",
        "Two Type 056 corvettes ordered by Bangladesh were built in China.",
        ["CN>BD|ships|agreed|q=2 exact"],
    ),
    (
        "was-promised-by",
        "Kyiv was promised F-16 jets by the Netherlands and Denmark.",
        ["NL>UA|aircraft|agreed", "DK>UA|aircraft|agreed"],
    ),
    # using another country's weapons
    (
        "fired-by-troops",
        "North Korean shells fired by Russian troops have been found in eastern Ukraine.",
        ["KP>RU|ammunition|delivered|item=shell"],
    ),
    (
        "used-made",
        "Moscow has used Iranian-made Shahed drones against Ukrainian cities.",
        ["IR>RU|drones|delivered|item=shahed drone"],
    ),
    (
        "harop-used",
        "Azerbaijan used Israeli-made Harop loitering munitions during the 2020 war.",
        ["IL>AZ|drones|delivered|head=munition"],
    ),
    (
        "fired-dozens",
        "Russian forces have fired dozens of North Korean ballistic missiles at Ukrainian cities.",
        ["KP>RU|missiles|delivered|head=missile"],
    ),
    (
        "flown-since",
        "Belgrade has flown Chinese-made combat drones since 2020.",
        ["CN>RS|drones|delivered|item=combat drone|since=2020"],
    ),
    ("operates", "The UAE operates Chinese Wing Loong II drones.", ["CN>AE|drones|delivered|head=drone"]),
    (
        "two-origins",
        "Ethiopia has used Turkish drones and Iranian drones against rebel forces.",
        ["TR>ET|drones|delivered", "IR>ET|drones|delivered"],
    ),
    (
        "designation-origin-use",
        "Ukrainian forces have used HIMARS rockets to strike Russian depots.",
        ["US>UA|ammunition|delivered|item=himars rocket"],
    ),
    (
        "sudan-mohajer",
        "Sudan's army has flown Iranian Mohajer-6 drones over Khartoum.",
        ["IR>SD|drones|delivered|head=drone"],
    ),
    (
        "nominal-use",
        "Russia's first use of North Korean ballistic missiles alarmed Kyiv.",
        ["KP>RU|missiles|delivered|head=missile"],
    ),
    # nominal forms
    (
        "arms-sales-to",
        "Israel's arms sales to Azerbaijan have drawn criticism in Yerevan.",
        ["IL>AZ|equipment|delivered|item=weapon"],
    ),
    (
        "demonym-arms-sales",
        "Armenia protested against Israeli arms sales to Azerbaijan.",
        ["IL>AZ|equipment|delivered|item=weapon"],
    ),
    ("supplier-of-to", "Iran has become a key supplier of drones to Russia.", ["IR>RU|drones|delivered|item=drone"]),
    (
        "possessive-supplier",
        "Turkey is now Pakistan's second-largest arms supplier.",
        ["TR>PK|equipment|delivered|item=weapon"],
    ),
    (
        "main-supplier",
        "China remains the main supplier of weapons to Myanmar.",
        ["CN>MM|equipment|delivered|item=weapon"],
    ),
    (
        "induction-of",
        "The prime minister referred to India's induction of French-built Rafale fighters since 2020.",
        ["FR>IN|aircraft|delivered|item=rafale fighter jet|since=2020"],
    ),
    (
        "purchase-of",
        "India's purchase of the S-400 from Russia angered Washington.",
        ["RU>IN|air_defence|agreed|head=system"],
    ),
    (
        "order-for",
        "Egypt's order for 30 Rafale jets from France was confirmed on Monday.",
        ["FR>EG|aircraft|agreed|q=30 exact"],
    ),
    (
        "deliveries-began",
        "Deliveries of Leopard 1 tanks from Germany to Ukraine began in March.",
        ["DE>UA|armoured_vehicles|delivered|head=tank|since=2024-03|when=None"],
    ),
    (
        "transfer-of",
        "Washington completed the transfer of 31 Abrams tanks to Ukraine in September.",
        ["US>UA|armoured_vehicles|delivered|q=31 exact|when=2023-09"],
    ),
    (
        "approved-sale",
        "The State Department approved the possible sale of 66 F-16 fighter jets to Taiwan.",
        ["US>TW|aircraft|agreed|q=66 exact"],
    ),
    (
        "export-approved",
        "Japan approved the export of Patriot interceptor missiles to the United States.",
        ["JP>US|air_defence|agreed|head=missile"],
    ),
    # makers standing for their country
    (
        "maker-will-deliver",
        "Israel Aerospace Industries will deliver Barak-8 air defence systems to Azerbaijan.",
        ["IL>AZ|air_defence|agreed|head=system"],
    ),
    (
        "maker-delivered-first",
        "Hanwha Aerospace delivered the first K9 howitzers to Poland in December.",
        ["KR>PL|artillery|delivered|since=2023-12|when=None"],
    ),
    (
        "maker-embraer",
        "Embraer will supply two C-390 transport aircraft to Hungary.",
        ["BR>HU|aircraft|agreed|q=2 exact"],
    ),
    (
        "maker-lockheed",
        "Lockheed Martin delivered the first F-35 fighter jets to Poland in May.",
        ["US>PL|aircraft|delivered|since=2023-05"],
    ),
    # packages and money
    (
        "package-money",
        "The Pentagon announced a new $400 million military aid package for Ukraine on Friday.",
        ["US>UA|equipment|agreed|q=400000000 exact|unit=dollar"],
    ),
    (
        "aid-money-provided",
        "Washington has provided $50 million in military aid to Lebanon's army.",
        ["US>LB|equipment|delivered|q=50000000 exact|unit=dollar"],
    ),
    (
        "package-then-contents",
        "The United States on Tuesday announced a $1.2 billion package of weapons for Ukraine. "
        "It includes Patriot interceptors, Javelin anti-tank missiles and 155mm artillery ammunition.",
        ["US>UA|air_defence|agreed", "US>UA|missiles|agreed|item=javelin anti-tank missile", "US>UA|ammunition|agreed"],
    ),
    (
        "package-contains",
        "Norway will send a new military aid package to Ukraine. The package contains NASAMS launchers and "
        "grenade launchers with ammunition.",
        ["NO>UA|air_defence|agreed|head=launcher", "NO>UA|small_arms|agreed|item=grenade launcher"],
    ),
    (
        "rockets-for-launchers",
        "Washington's new package for Kyiv includes rockets for HIMARS launchers.",
        ["US>UA|ammunition|agreed|item=himars rocket"],
    ),
    # certainty and sources
    (
        "reported-to-have",
        "Russia is reported to have supplied Iran with Yak-130 training jets.",
        ["RU>IR|aircraft|reported|head=jet"],
    ),
    (
        "allegedly-last-month",
        "Iran allegedly sent ballistic missiles to Russia last month.",
        ["IR>RU|missiles|reported|when=2024-02"],
    ),
    (
        "could-supply",
        "North Korea could supply Russia with more artillery shells, analysts say.",
        ["KP>RU|ammunition|possible"],
    ),
    (
        "may-have-sent",
        "Pyongyang may have sent Russia more than 100 ballistic missiles, according to South Korea's military.",
        ["KP>RU|missiles|possible|q=100 lower"],
    ),
    (
        "believed-to-have",
        "Iran is believed to have shipped hundreds of ballistic missiles to Russia.",
        ["IR>RU|missiles|reported|q=200 lower"],
    ),
    ("plans-to-send", "Spain plans to send Leopard 2A4 tanks to Ukraine.", ["ES>UA|armoured_vehicles|agreed"]),
    (
        "considering",
        "Norway is considering sending NASAMS air defence systems to Ukraine.",
        ["NO>UA|air_defence|possible"],
    ),
    (
        "third-party-officials",
        "North Korea's ties with Moscow have deepened. U.S. and South Korean officials say the North has shipped "
        "millions of artillery shells to Russia.",
        ["KP>RU|ammunition|reported|q=2000000 lower"],
    ),
    (
        "supplier-officials",
        "The United States has sent Israel at least 14,000 bombs, according to two U.S. officials.",
        ["US>IL|ammunition|delivered|q=14000 lower|unit=bomb"],
    ),
    (
        "accused-of-using",
        "Armenia accuses Azerbaijan of using Israeli drones against civilians.",
        ["IL>AZ|drones|reported"],
    ),
    ("bought-reported", "Venezuela has bought Iranian drones, U.S. officials said.", ["IR>VE|drones|agreed"]),
    (
        "on-hold",
        "That shipment of 1,800 bombs to Israel, approved by Washington, remains on hold.",
        ["US>IL|ammunition|agreed|q=1800 exact"],
    ),
    # the article fills what a sentence leaves out
    (
        "inherit-recipient",
        "Germany will send Leopard tanks to Ukraine. Britain pledged 14 of its Challenger 2 tanks earlier this month.",
        ["DE>UA|armoured_vehicles|agreed", "GB>UA|armoured_vehicles|agreed|item=challenger 2 tank|q=14 exact"],
    ),
    (
        "inherit-pronoun",
        "Germany has become one of Ukraine's largest backers. It has already delivered an IRIS-T air defence system "
        "and some 30 Gepard anti-aircraft guns.",
        [
            "DE>UA|air_defence|delivered|item=iris-t air defence system|q=1 exact",
            "DE>UA|air_defence|delivered|item=gepard anti-aircraft gun|q=30 approx",
        ],
    ),
    (
        "inherit-supplier-anaphor",
        "The United States sent ATACMS missiles to Ukraine. The missiles arrived in Ukraine this month.",
        ["US>UA|missiles|delivered|item=atacms missile|when=2024-03"],
    ),
    (
        "inherit-shipments",
        "North Korea has sent 300 containers to Russia, Seoul said. Some of these shipments may have included "
        "anti-tank missiles.",
        ["KP>RU|equipment|reported|q=300 exact", "KP>RU|missiles|possible|item=anti-tank missile"],
    ),
    (
        "inherit-jets-named",
        "Pakistan received its first J-10C fighter jets from China in March. Pakistan has bought a total of 25 of "
        "the jets.",
        ["CN>PK|aircraft|delivered|item=j-10c fighter jet", "CN>PK|aircraft|agreed|item=j-10c fighter jet|q=25 exact"],
    ),
    (
        "since-next-sentence",
        "North Korea has delivered more than 1,000 containers of munitions to Russia, the White House said. "
        "The transfers began in early September.",
        ["KP>RU|equipment|reported|item=container|q=1000 lower|since=2023-09"],
    ),
    (
        "coordinated-later-sentence",
        "Sweden will send CV90 fighting vehicles to Ukraine. Earlier this month France promised AMX-10 RC armoured "
        "vehicles.",
        ["SE>UA|armoured_vehicles|agreed", "FR>UA|armoured_vehicles|agreed|head=vehicle"],
    ),
    (
        "contract-and-delivery",
        "Poland ordered 250 Abrams tanks from the United States in 2022. The first 14 tanks arrived in Poland in June.",
        [
            "US>PL|armoured_vehicles|agreed|q=250 exact",
            "US>PL|armoured_vehicles|delivered|q=14 exact|when=2023-06|since=2023-06",
        ],
    ),
    (
        "supplier-restated",
        "Armenia protested against Israeli arms sales to Azerbaijan. Azerbaijani forces are using Israeli-made drones.",
        ["IL>AZ|drones|delivered|item=drone"],
    ),
    (
        "generic-joins-named",
        "Azerbaijani forces are using Israeli-made drones. Azerbaijan has also used the Harop drone against Armenia.",
        ["IL>AZ|drones|delivered|head=drone"],
    ),
    (
        "container-absorbs-contents",
        "North Korea has delivered more than 1,000 containers of military equipment and munitions to Russia.",
        ["KP>RU|equipment|delivered|item=container|q=1000 lower"],
    ),
    (
        "coordinated-verbs",
        "Germany delivered 30 Gepard anti-aircraft guns to Ukraine and this month promised 40 Marder infantry "
        "fighting vehicles, which it says will be handed over by the end of March.",
        ["DE>UA|air_defence|delivered|q=30 exact|when=None", "DE>UA|armoured_vehicles|agreed|q=40 exact|when=2024-03"],
    ),
]

# --- must not parse: weapons, countries and verbs, but no transfer ------------------------------------
MUST_NOT_PARSE: list[tuple[str, str]] = [
    ("test-fire", "North Korea test-fired a KN-23 ballistic missile into the sea on Thursday."),
    (
        "own-launch",
        "North Korea fired two short-range ballistic missiles toward the East Sea, South Korea's military said.",
    ),
    ("air-show", "China displayed its new J-20 stealth fighters at the Zhuhai air show."),
    ("parade", "Russia showed off its Sarmat intercontinental ballistic missile at the Victory Day parade."),
    ("price", "A 155 mm artillery shell costs about $3,000 on the open market."),
    ("denial", "Pyongyang denied supplying weapons to Moscow."),
    ("denial-drones", "Iran has denied sending drones to Russia for use in Ukraine."),
    ("rejected-reports", "Russia rejected reports that it had received ballistic missiles from Iran."),
    ("troops", "North Korea has sent thousands of troops to Russia."),
    (
        "exchange-goods",
        "In exchange, Russia is believed to be providing North Korea with food, oil and space technology.",
    ),
    ("request-asked", "Ukraine has asked Germany for Taurus cruise missiles."),
    ("request-appeal", "Zelensky appealed to allies for more Patriot air defence systems."),
    ("request-requested", "Kyiv has repeatedly requested F-16 fighter jets from its Western partners."),
    ("permission", "Germany allowed Poland to re-export its Leopard 2 tanks to Ukraine."),
    ("refused", "Germany has so far refused to send Taurus missiles to Ukraine."),
    ("sanctions", "The United States imposed sanctions on firms accused of helping Iran build drones."),
    ("stockpile", "South Korea has large stockpiles of 155mm artillery shells."),
    ("production", "India produces its own Tejas fighter jets at a plant in Bangalore."),
    ("drone-factory", "Turkey's Baykar will open a drone factory in Ukraine."),
    ("arms-deals-between", "The arms deals between Pyongyang and Moscow violate UN resolutions."),
    ("arms-trade-with", "Moscow and Pyongyang have expanded their arms trade, analysts say."),
    ("question", "Did North Korea send ballistic missiles to Russia?"),
    ("port-call", "The US nuclear-powered submarine USS Kentucky arrived in Busan on Tuesday."),
    ("docked", "Chinese warships docked at Cambodia's Ream naval base."),
    ("shell-companies", "Shell companies in Hong Kong helped ship electronics to Russia."),
    ("losses", "Russia has lost more than 2,000 tanks in Ukraine, according to open-source analysts."),
    ("training", "Polish crews trained on the K2 tank in South Korea."),
    ("would-not-send", "The Pentagon said it would not send ATACMS to Ukraine."),
    ("no-plans", "Washington has no plans to send F-16 fighter jets to Kyiv."),
    ("home-production", "Iran's defence minister said the country had started producing Shahed drones at home."),
    ("drone-attack", "The drone attack on Moscow was launched from Ukraine."),
    ("missile-strike", "A Russian missile strike hit a power plant in Kharkiv."),
    ("own-deployment", "Russia deployed S-400 systems to Crimea."),
    ("aid-bill", "Congress passed a $61 billion aid bill for Ukraine."),
    (
        "cumulative-aid",
        "Since 2022, the United States has provided more than $44 billion in security assistance to Ukraine.",
    ),
    ("ammunition-plant", "Germany's Rheinmetall will build an ammunition plant in Lithuania."),
    ("gunman", "A gunman armed with a Kalashnikov rifle attacked the embassy in Tehran."),
    ("cooperation", "Putin and Kim discussed military cooperation at the summit in Vladivostok."),
    ("warning-no-supplier", "Seoul warned that arms transfers to Pyongyang would cross a red line."),
    ("militants", "Turkey has been accused of sending Syrian fighters to Azerbaijan."),
    ("think-tank", "A Washington think tank said the tanks would be hard to maintain."),
    ("capability", "The Iskander-M, which can fire both ballistic and cruise missiles, is a Russian system."),
    ("supply-base", "Moscow has moved to turn the North into a supply base for weapons and ammunition."),
    ("export-version", "The FK-3 is the export version of China's HQ-22 air defence system."),
    ("jointly-developed", "Pakistan inducted the JF-17 light fighter that it developed jointly with China."),
    (
        "missile-programme",
        "Russia is suspected of giving technical help to Pyongyang's missile and satellite programmes.",
    ),
    ("commercial-aircraft", "In exchange, Pyongyang was to receive commercial aircraft and raw materials from Moscow."),
    (
        "attempted-deal",
        "He was accused of trying to arrange a deal under which Russia would obtain weapons from North Korea.",
    ),
    ("seeking", "Russia is actively seeking to acquire more munitions from North Korea, the White House said."),
    ("rate", "From now on Ukraine should receive tens of thousands of rounds from the Czech Republic every month."),
    ("hope", "Zelensky said he hoped the weapons would reach the front quickly."),
    ("estimate", "The figure is double the estimate of about 6,700 containers that the minister gave in February."),
    ("counted", "Zelensky said what counted now was the number of tanks."),
    ("pilots-trained", "More than 70 Ukrainian personnel are in Denmark learning to fly the planes."),
]

# --- bugs caught: sentences that once gave a wrong fact ----------------------------------------------
BUGS_CAUGHT: list[Case] = [
    # "Army Tactical Missile Systems" was read as a "tactical missile" beside the ATACMS
    (
        "name-with-type-inside",
        "The United States sent Kyiv Army Tactical Missile Systems, or ATACMS, in March.",
        ["US>UA|missiles|delivered|item=atacms missile"],
    ),
    # the MRAP acronym and its type noun were two items
    (
        "acronym-type",
        "The United States will send 100 MRAP armoured vehicles to Ukraine.",
        ["US>UA|armoured_vehicles|agreed|item=mrap armoured vehicle|q=100 exact"],
    ),
    # an appositive type was read as a second weapon
    (
        "appositive",
        "Sweden will send the Archer, a truck-mounted 155 mm howitzer, to Ukraine.",
        ["SE>UA|artillery|agreed|item=archer self-propelled howitzer"],
    ),
    # "its Archer artillery system" kept "system" as the head
    (
        "named-system-default",
        "Sweden will send its Archer artillery system to Ukraine.",
        ["SE>UA|artillery|agreed|item=archer self-propelled howitzer"],
    ),
    # the date of the next verb ("and this month promised") was taken as the delivery date
    (
        "next-verb-date",
        "Germany has delivered 14 tanks to Ukraine and this month promised 40 more.",
        ["DE>UA|armoured_vehicles|delivered|q=14 exact|when=None", "DE>UA|armoured_vehicles|agreed|q=40 exact"],
    ),
    # the place of a landing airport was read as recipient of the cargo planes
    ("carrier-planes", "Six Chinese transport planes landed in Belgrade on Saturday.", []),
    # "Serbian media" is a third party although Serbia receives
    (
        "media-of-recipient",
        "Serbian media said China had delivered HQ-22 missiles to Serbia.",
        ["CN>RS|air_defence|reported|head=missile"],
    ),
    # "since the war began in October": the start, not the delivery date
    (
        "since-event",
        "The US has sent Israel 14,000 bombs since the war began in October, U.S. officials said.",
        ["US>IL|ammunition|delivered|since=2023-10|when=None"],
    ),
    # the content of a paused shipment is agreed and does not take the delivered flow's start
    (
        "paused-content",
        "The United States has sent Israel 14,000 bombs since October, U.S. officials said. "
        "That shipment, made up of 1,800 2,000-pound bombs, remains on hold.",
        ["US>IL|ammunition|delivered|q=14000 exact|since=2023-10", "US>IL|ammunition|agreed|q=1800 exact|since=None"],
    ),
    # a list item with its own modifier was merged into the named item of the flow
    (
        "list-not-merged",
        "The US has sent Israel 14,000 MK-84 bombs since October, U.S. officials said. "
        "The same list counts 6,500 500-pound bombs and 2,600 small-diameter bombs.",
        [
            "US>IL|ammunition|delivered|item=mk-84 bomb|q=14000 exact",
            "US>IL|ammunition|delivered|item=500-pound bomb|q=6500 exact",
            "US>IL|ammunition|delivered|item=small-diameter bomb|q=2600 exact",
        ],
    ),
    # "Russian MiG-29 and Su-27 fighter jets": the origin before the first name counts
    (
        "shared-type-origin",
        "North Korea may receive Russian MiG-29 and Su-27 fighter jets.",
        ["RU>KP|aircraft|possible|item=fighter jet"],
    ),
    # a relative clause's passive took the main clause's subject as recipient
    (
        "relative-passive",
        "Serbia relies on Russia. Russia donated six MiG-29 fighters to Serbia that were delivered in 2017.",
        ["RU>RS|aircraft|delivered|q=6 exact|when=2017"],
    ),
    # Pentagon package without a recipient in its sentence
    (
        "package-recipient-context",
        "Ukraine needs air defence. Hours later the Pentagon announced a $1 billion package of weapons drawn from "
        "U.S. stocks for Ukraine. It includes Stinger anti-aircraft missiles.",
        ["US>UA|air_defence|agreed|item=stinger anti-aircraft missile"],
    ),
]

# --- known misses (xfail strict): phrasings the rules do not read yet ----------------------------------
KNOWN_MISSES: list[Case] = [
    # a schedule of part-deliveries: only the last date is the completion deadline
    (
        "schedule",
        "Denmark will hand over 19 F-16 jets to Ukraine: six around the New Year, eight in 2024 and the last "
        "five the year after that.",
        ["DK>UA|aircraft|agreed|q=19 exact|when=2025"],
    ),
]


# --- more phrasings, many countries (flow, category and status checked) -----------------------------
MUST_PARSE += [
    # an elliptical count ("up to 500,000") counts the weapon named before
    (
        "ellipsis",
        "The Czech Republic delivered 50,000 shells to Ukraine and plans to deliver up to 500,000 by December.",
        ["CZ>UA|ammunition|delivered|q=50000 exact", "CZ>UA|ammunition|agreed|q=500000 upper"],
    ),
    (
        "x-b1",
        "The Biden administration has notified Congress of a proposed $1.1 billion sale of Harpoon missiles and "
        "Sidewinder missiles to Taiwan.",
        ["US>TW|missiles|agreed", "US>TW|missiles|agreed"],
    ),
    (
        "x-b2",
        "Russia delivered the first S-400 regiment to India in December 2021, officials in New Delhi said.",
        ["RU>IN|air_defence|delivered"],
    ),
    (
        "x-b3",
        "Greece will send Soviet-era BMP-1 infantry fighting vehicles to Ukraine, with Germany replacing them with "
        "Marders.",
        ["GR>UA|armoured_vehicles|agreed"],
    ),
    (
        "x-b4",
        "The Pentagon said it has delivered more than 500 Stinger missiles to Taiwan since 2019.",
        ["US>TW|air_defence|delivered"],
    ),
    (
        "x-b7",
        "Ukraine's air force received its first F-16 fighter jets from Denmark and the Netherlands in July.",
        ["DK>UA|aircraft|delivered", "NL>UA|aircraft|delivered"],
    ),
    (
        "x-b8",
        "Moscow is buying millions of rockets and artillery shells from North Korea, U.S. intelligence officials said.",
        ["KP>RU|ammunition|agreed", "KP>RU|ammunition|agreed"],
    ),
    (
        "x-b9",
        "The first Leopard 2 tanks from Germany arrived in Ukraine on Monday, the defence ministry in Kyiv said.",
        ["DE>UA|armoured_vehicles|delivered"],
    ),
    (
        "x-b10",
        "Egypt has received the first batch of Chinese J-10C fighters, local media reported.",
        ["CN>EG|aircraft|reported"],
    ),
    (
        "x-b11",
        "Turkey will supply Bayraktar Akinci drones to Indonesia under a deal signed last year.",
        ["TR>ID|drones|agreed"],
    ),
    (
        "x-b12",
        "The United States has given Ukraine more than 200 M113 armoured personnel carriers.",
        ["US>UA|armoured_vehicles|delivered"],
    ),
    ("x-b13", "Israel is sending Iron Dome interceptors back to the United States.", ["IL>US|air_defence|agreed"]),
    (
        "x-b15",
        "North Korean ammunition has been used by Russian forces since late 2023, Ukraine's military intelligence "
        "said.",
        ["KP>RU|ammunition|reported"],
    ),
    (
        "x-b16",
        "Belarus has handed over dozens of T-72 tanks to Russia, according to independent monitors.",
        ["BY>RU|armoured_vehicles|reported"],
    ),
    ("x-b17", "China has sold four Type 054A/P frigates to Pakistan.", ["CN>PK|ships|delivered"]),
    (
        "x-b18",
        "Washington delivered 10 Patriot launchers and interceptors to Kyiv this week.",
        ["US>UA|air_defence|delivered", "US>UA|air_defence|delivered"],
    ),
    (
        "x-b19",
        "Azerbaijan has purchased the Barak MX air defence system from Israel, a report said.",
        ["IL>AZ|air_defence|agreed"],
    ),
    (
        "x-b20",
        "South Korea's Hyundai Rotem delivered 10 more K2 tanks to Poland on Thursday.",
        ["KR>PL|armoured_vehicles|delivered"],
    ),
    (
        "x-b21",
        "Britain is supplying Ukraine with Challenger 2 tanks and AS90 self-propelled guns.",
        ["GB>UA|armoured_vehicles|delivered", "GB>UA|artillery|delivered"],
    ),
    (
        "x-b22",
        "The Netherlands and Denmark are buying 90 T-72 tanks for Ukraine from a Czech company.",
        ["CZ>UA|armoured_vehicles|agreed"],
    ),
    (
        "x-b24",
        "A Ukrainian official said Russia had used 4,000 Iranian-designed drones.",
        ["IR>RU|drones|reported"],
    ),
    (
        "x-b25",
        "Pakistan has received 36 J-10CE fighters from China, the country's defence minister said.",
        ["CN>PK|aircraft|delivered"],
    ),
    ("x-b26", "India will buy 26 Rafale Marine jets from France for its navy.", ["FR>IN|aircraft|agreed"]),
    ("x-b27", "The Philippines signed a $375 million deal with India for BrahMos missiles.", ["IN>PH|missiles|agreed"]),
    (
        "x-b28",
        "Moscow has received more than 1,000 Shahed drones from Tehran since August 2022.",
        ["IR>RU|drones|delivered"],
    ),
    (
        "x-b30",
        "Japan will export Patriot missiles to the United States to replenish American stocks.",
        ["JP>US|air_defence|agreed"],
    ),
    (
        "x-b33",
        "Bulgaria sent large quantities of Soviet-calibre ammunition to Ukraine in 2022 via intermediaries.",
        ["BG>UA|ammunition|delivered"],
    ),
    ("x-b34", "Norway donated 11 NASAMS launchers to Ukraine.", ["NO>UA|air_defence|delivered"]),
    (
        "x-b36",
        "Canada will donate 8 Leopard 2 tanks to Ukraine, the defence minister announced.",
        ["CA>UA|armoured_vehicles|agreed"],
    ),
    ("x-b37", "Romania has sent a Patriot system to Ukraine.", ["RO>UA|air_defence|delivered"]),
    (
        "x-b39",
        "Over the past year, Russia has imported more than 300 million shells from North Korea.",
        ["KP>RU|ammunition|delivered"],
    ),
    ("x-b40", "The Pentagon has shipped cluster munitions to Ukraine.", ["US>UA|ammunition|delivered"]),
    ("x-b41", "Israel used American-made F-35 jets in the strike.", ["US>IL|aircraft|delivered"]),
    ("x-b42", "Saudi Arabia is in talks to buy Chinese drones.", ["CN>SA|drones|possible"]),
    (
        "x-b43",
        "France will deliver additional Caesar howitzers to Ukraine by the end of the year.",
        ["FR>UA|artillery|agreed"],
    ),
    (
        "x-b44",
        "Ukraine received 50 Leopard 1A5 tanks from Germany and Denmark last year.",
        ["DE>UA|armoured_vehicles|delivered", "DK>UA|armoured_vehicles|delivered"],
    ),
    (
        "x-b47",
        "Israel has supplied Azerbaijan with about 70 percent of its arms imports.",
        ["IL>AZ|equipment|delivered"],
    ),
    (
        "x-b48",
        "Russia sent a batch of Su-35 jets to Iran in September, Iranian state media said.",
        ["RU>IR|aircraft|reported"],
    ),
    ("x-b49", "The U.S. Navy transferred three Island-class patrol boats to Ukraine.", ["US>UA|ships|delivered"]),
    (
        "x-b50",
        "The Polish government has signed an agreement for 96 Apache attack helicopters with the United States.",
        ["US>PL|aircraft|agreed"],
    ),
    ("x-b51", "Minsk has begun receiving Russian Su-30SM fighter jets.", ["RU>BY|aircraft|delivered"]),
    (
        "x-b52",
        "Russian President Vladimir Putin said Moscow could supply weapons to North Korea.",
        ["RU>KP|equipment|possible"],
    ),
    (
        "x-b54",
        "Sweden is to give Ukraine its Archer artillery systems and Stridsvagn 122 tanks.",
        ["SE>UA|artillery|agreed", "SE>UA|armoured_vehicles|agreed"],
    ),
    ("x-b55", "Germany's Rheinmetall will deliver 25 Leopard 1 tanks to Ukraine.", ["DE>UA|armoured_vehicles|agreed"]),
    ("x-c1", "Argentina has agreed to buy 24 F-16 fighter jets from Denmark.", ["DK>AR|aircraft|agreed"]),
    (
        "x-c2",
        "Mali's junta took delivery of new combat helicopters from Russia last week.",
        ["RU>ML|aircraft|delivered"],
    ),
    (
        "x-c3",
        "Russian arms shipments to Venezuela have included Su-30 fighters and S-300 air defence systems.",
        ["RU>VE|aircraft|delivered", "RU>VE|air_defence|delivered"],
    ),
    ("x-c4", "Iran's supply of drones to Russia has angered European governments.", ["IR>RU|drones|delivered"]),
    (
        "x-c6",
        "Lithuania received eight HIMARS launchers from the United States in 2025.",
        ["US>LT|artillery|delivered"],
    ),
    (
        "x-c7",
        "Estonia has bought six HIMARS systems from the US, with deliveries due in 2024.",
        ["US>EE|artillery|agreed"],
    ),
    (
        "x-c8",
        "Saudi Arabia signed a $15 billion deal with Washington for the THAAD missile defence system.",
        ["US>SA|air_defence|agreed"],
    ),
    (
        "x-c9",
        "The UAE has received the first of 80 Rafale fighter jets ordered from France.",
        ["FR>AE|aircraft|delivered", "FR>AE|aircraft|agreed"],
    ),
    (
        "x-c10",
        "Nigeria has taken delivery of two Chinese-built Wing Loong II drones, the air force said.",
        ["CN>NG|drones|delivered"],
    ),
    (
        "x-c11",
        "Ethiopia's government used Turkish-made Bayraktar TB2 drones against Tigrayan forces.",
        ["TR>ET|drones|delivered"],
    ),
    ("x-c12", "Iraq has received five Korean-made FA-50 light combat jets.", ["KR>IQ|aircraft|delivered"]),
    ("x-c14", "Vietnam is negotiating to buy Su-35 jets from Russia.", ["RU>VN|aircraft|possible"]),
    ("x-c15", "Qatar has ordered 12 more F-15QA fighter jets from Boeing.", ["US>QA|aircraft|agreed"]),
    ("x-c16", "Morocco will receive 24 Apache helicopters from the US by 2025.", ["US>MA|aircraft|agreed"]),
    ("x-c17", "Egypt bought two Mistral-class helicopter carriers from France in 2015.", ["FR>EG|ships|agreed"]),
    (
        "x-c18",
        "Israel has delivered Spyder air defence batteries to the Czech Republic.",
        ["IL>CZ|air_defence|delivered"],
    ),
    (
        "x-c20",
        "Finland will transfer a further 12 anti-aircraft guns to Ukraine, the defence ministry said.",
        ["FI>UA|air_defence|agreed"],
    ),
    (
        "x-c21",
        "The US has approved the transfer of F-16 jets from Denmark and the Netherlands to Ukraine.",
        ["DK>UA|aircraft|agreed", "NL>UA|aircraft|agreed"],
    ),
    (
        "x-c24",
        "Washington is expected to announce a new package of military aid for Ukraine worth about $300 million.",
        ["US>UA|equipment|agreed"],
    ),
    (
        "x-c25",
        "Iran has sent thousands of Shahed drones to Russia, and Moscow is now producing them at a plant in Tatarstan.",
        ["IR>RU|drones|delivered"],
    ),
    (
        "x-c26",
        "The drones that Russia bought from Iran have struck power stations across Ukraine.",
        ["IR>RU|drones|agreed"],
    ),
    (
        "x-c28",
        "Three Iranian cargo flights carried drones to Russia in August, according to satellite images.",
        ["IR>RU|drones|reported"],
    ),
    ("x-c29", "Poland delivered more than 300 tanks to Ukraine in 2022.", ["PL>UA|armoured_vehicles|delivered"]),
    (
        "x-c30",
        "Kyiv says it has received about 60 Patriot interceptors from Germany since May.",
        ["DE>UA|air_defence|delivered"],
    ),
    (
        "x-c31",
        "A shipment of 5,000 rifles from Serbia reached Ukraine via Poland, according to Serbian media.",
        ["RS>UA|small_arms|reported"],
    ),
    (
        "x-c32",
        "Moscow supplied Pyongyang with air defence systems in exchange for troops, Seoul's spy agency said.",
        ["RU>KP|air_defence|reported"],
    ),
    (
        "x-c33",
        "China is Pakistan's biggest arms supplier, providing about 80 percent of its imports.",
        ["CN>PK|equipment|delivered"],
    ),
    (
        "x-c34",
        "India bought more S-400 systems from Russia despite US sanctions threats.",
        ["RU>IN|air_defence|agreed"],
    ),
    (
        "x-c35",
        "The Czech Republic sent 89 T-72 tanks, 101 BMP-1 fighting vehicles and 54 RM-70 rocket launchers to Ukraine.",
        ["CZ>UA|armoured_vehicles|delivered", "CZ>UA|armoured_vehicles|delivered", "CZ>UA|artillery|delivered"],
    ),
    ("x-c36", "Germany plans to sell Eurofighter jets to Saudi Arabia.", ["DE>SA|aircraft|agreed"]),
    ("x-c37", "Turkey has been providing Azerbaijan with Bayraktar drones since 2020.", ["TR>AZ|drones|delivered"]),
    (
        "x-c40",
        "Armenia will receive Caesar howitzers from France under a contract signed in June.",
        ["FR>AM|artillery|agreed"],
    ),
]
MUST_NOT_PARSE += [
    (
        "x-b6",
        "According to the Kiel Institute, Germany has committed 17 billion euros in military aid to Ukraine since "
        "2022.",
    ),
    ("x-b14", "Russia has transferred S-300 missiles from Syria to Russia for use in Ukraine."),
    (
        "x-b23",
        "Iran denied that it had supplied ballistic missiles to Russia, but Western officials said the shipments "
        "began in September.",
    ),
    ("x-b32", "The US Army awarded Lockheed Martin a contract to produce more GMLRS rockets."),
    ("x-b35", "Iran has started building a factory in Russia to produce Shahed drones."),
    ("x-b38", "Seoul has refused to supply lethal weapons to Ukraine."),
    ("x-b45", "The arms sale to Taiwan includes 400 Harpoon coastal defence missiles."),
    ("x-b46", "Chinese components have been found in Russian drones shot down over Ukraine."),
    ("x-b53", "Kim Jong Un inspected a factory producing artillery shells."),
    ("x-c5", "The weapons, which were supplied by Iran, were seized by the US Navy in the Arabian Sea."),
    ("x-c19", "About 70 Western-made tanks have been delivered to Ukraine so far."),
    ("x-c22", "Kyiv has asked Seoul to supply 155mm artillery shells."),
    ("x-c23", "Russia fired Kinzhal hypersonic missiles at Kyiv overnight."),
    ("x-c38", "Russia is buying back Soviet-made engines it had sold to India."),
    ("x-c39", "Beijing has never supplied lethal weapons to Russia, a Chinese spokesperson said."),
]
MUST_PARSE += [
    # a scheduled delivery the recipient awaits is agreed (once a known miss: "expects" read as speculation)
    ("x-b31", "Kyiv expects the delivery of the first ATACMS from Washington next month.", ["US>UA|missiles|agreed"]),
    (
        "w17-awaits-delivery",
        "Manila awaits the delivery of two corvettes from South Korea next year.",
        ["KR>PH|ships|agreed|q=2 exact"],
    ),
]

# --- war reports and distractors: use of another country's weapons, tests, fairs, budgets ---------------
MUST_PARSE += [
    (
        "w-d1",
        "Russia launched 40 Shahed drones and six Kh-101 cruise missiles at Ukraine overnight, the Ukrainian air "
        "force said.",
        ["IR>RU|drones|reported"],
    ),
    (
        "w-d3",
        "Israeli jets struck Hezbollah targets in Lebanon with US-made bombs, the army said.",
        ["US>IL|ammunition|delivered"],
    ),
    ("w-d4", "Ukraine used US-supplied ATACMS to strike a Russian airfield in Crimea.", ["US>UA|missiles|delivered"]),
    (
        "w-d5",
        "North Korea's KN-23 missiles fired by Russia have shown poor accuracy, Ukrainian prosecutors said.",
        ["KP>RU|missiles|reported"],
    ),
    (
        "w-d14",
        "Taiwan's military test-fired US-made Stinger missiles during an exercise on Tuesday.",
        ["US>TW|air_defence|delivered"],
    ),
    (
        "w-d15",
        "Experts say Russia has fired more than 10,000 North Korean shells a day at Ukrainian positions.",
        ["KP>RU|ammunition|reported"],
    ),
    (
        "w-d16",
        "Analysts said the drones downed over Kyiv were Iranian Shahed-136s supplied to Moscow.",
        ["IR>RU|drones|reported"],
    ),
    (
        "w-d25",
        "Sweden has delivered the first batch of CV90 vehicles to Ukraine, the government said on Friday.",
        ["SE>UA|armoured_vehicles|delivered"],
    ),
]
MUST_NOT_PARSE += [
    ("w-d2", "Ukrainian air defences shot down 35 of the 40 drones launched by Russia."),
    (
        "w-d7",
        "Defence firms from 60 countries displayed tanks, drones and missiles at the IDEX arms fair in Abu Dhabi.",
    ),
    (
        "w-d8",
        "Poland's defence budget will rise to 4 percent of GDP next year, allowing more purchases of tanks and "
        "howitzers.",
    ),
    ("w-d9", "The European Union imposed sanctions on Iranian officials over drone supplies to Russia."),
    ("w-d10", "Kyiv's forces destroyed a Russian S-400 battery in Crimea with Neptune missiles."),
    ("w-d11", "Russian troops captured a German-made Leopard 2 tank near Avdiivka."),
    ("w-d12", "A Chinese drone maker has been accused of supplying parts to Russian weapons factories."),
    ("w-d13", "The warship is armed with Harpoon missiles and a 76mm gun."),
    ("w-d17", "India successfully tested its Agni-5 intercontinental ballistic missile."),
    ("w-d18", "China's navy commissioned its third aircraft carrier, the Fujian."),
    ("w-d19", "Russia and Belarus began joint military drills near the Polish border."),
    ("w-d20", "The Pentagon plans to buy 1 million 155mm shells from US manufacturers next year."),
    ("w-d22", "Ukraine is producing its own long-range drones, Zelensky said."),
    ("w-d23", "Iran unveiled a new hypersonic missile called Fattah at a ceremony in Tehran."),
    ("w-d24", "South Korea's exports of K9 howitzers reached a record last year."),
]

# --- whole paragraphs: the article fills what a sentence leaves out ----------------------------------
MUST_PARSE += [
    (
        "para-deliveries-and-deals",
        "WARSAW — Poland received another 10 K2 tanks from South Korea on Friday, bringing the number delivered so "
        "far to 56, the defence ministry said. "
        "Warsaw ordered 180 K2 tanks, 212 K9 howitzers and 48 FA-50 light combat aircraft from South Korean "
        "manufacturers last year in deals worth about $12 billion. The first K9 howitzers arrived in December. "
        "Defence Minister Mariusz Blaszczak said the country would also buy 288 Chunmoo rocket launchers. Poland is "
        "spending about 4 percent of its GDP on defence, the highest share in NATO. ",
        [
            "KR>PL|armoured_vehicles|delivered|q=56 exact",
            "KR>PL|armoured_vehicles|agreed|q=180 exact",
            "KR>PL|artillery|agreed|item=k9 howitzer|q=212 exact",
            "KR>PL|aircraft|agreed|q=48 exact",
            "KR>PL|artillery|delivered|item=k9 howitzer|since=2023-12",
            "KR>PL|artillery|agreed|item=chunmoo rocket launcher|q=288 exact",
        ],
    ),
]
MUST_NOT_PARSE += [
    (
        "para-arms-fair",
        "ABU DHABI — Defence companies from more than 60 countries put drones, missiles and armoured vehicles on "
        "display at the IDEX exhibition, which opened on Monday. "
        "Turkey's Baykar showed its Akinci drone, while China's state-owned firms displayed the Wing Loong family. "
        "Emirati officials said the country would increase spending on air defence after Houthi missile attacks in "
        "2022. "
        "Gulf states have been among the biggest buyers of Western weapons for decades. Analysts said deals signed "
        "at the fair were expected to exceed $5 billion. ",
    ),
]
KNOWN_MISSES += [
    # a named person is taken for the supplier's or recipient's side; Budanov is Ukraine's intelligence chief
    (
        "para-third-party-person",
        "KYIV, Nov 20 — Iran has delivered more than 2,000 Shahed attack drones to Russia since last August and is "
        "preparing to send short-range ballistic missiles, Ukraine's military intelligence chief said on Monday. "
        "Kyrylo Budanov told reporters that the drones were shipped across the Caspian Sea and that Russia had "
        "started assembling its own version, the Geran-2, at a plant in Alabuga. He said Tehran had also supplied "
        "Moscow with artillery ammunition, including 300,000 rounds delivered by ship in the summer. "
        "Iran's foreign ministry denied sending weapons for use in the war. Russia has used the drones to strike "
        "power stations across Ukraine. "
        "The United States has sanctioned Iranian firms involved in the drone programme. ",
        ["IR>RU|drones|reported", "IR>RU|missiles|agreed", "IR>RU|ammunition|reported"],
    ),
]

# --- nominal, relative, elliptic and modifier phrasings -----------------------------------------------
MUST_PARSE += [
    (
        "v-e1",
        "Iran's deliveries of ballistic missiles to Russia began in September, US officials said.",
        ["IR>RU|missiles|reported"],
    ),
    ("v-e2", "Russia's deliveries of Su-35 jets to Iran have been delayed.", ["RU>IR|aircraft|agreed"]),
    ("v-e3", "Ankara sold Kyiv dozens of Bayraktar drones before the invasion.", ["TR>UA|drones|delivered"]),
    ("v-e5", "The S-400 systems India bought from Russia are now operational.", ["RU>IN|air_defence|agreed"]),
    (
        "v-e6",
        "Washington's latest aid package for Kyiv, worth $2.5 billion, includes 59 Bradley fighting vehicles.",
        ["US>UA|armoured_vehicles|agreed"],
    ),
    (
        "v-e7",
        "Russia denies receiving North Korean missiles, but US officials say it has received at least 20.",
        ["KP>RU|missiles|reported"],
    ),
    (
        "v-e8",
        "If Congress approves the sale, the United States will send 40 F-16s to Turkey.",
        ["US>TR|aircraft|agreed"],
    ),
    (
        "v-e9",
        "Taiwan took delivery of the first of 66 F-16V jets ordered from the United States.",
        ["US>TW|aircraft|delivered", "US>TW|aircraft|agreed"],
    ),
    ("v-e10", "Germany will provide up to 50 Marder vehicles to Ukraine.", ["DE>UA|armoured_vehicles|agreed"]),
    ("v-e11", "Pakistan is to receive two dozen J-10C jets from China this year.", ["CN>PK|aircraft|agreed"]),
    (
        "v-e14",
        "The shipments of North Korean munitions to Russia have continued, Seoul said.",
        ["KP>RU|ammunition|reported"],
    ),
    (
        "v-e15",
        "A dozen Leopard 2 tanks sent by Portugal and Spain arrived in Ukraine on Thursday.",
        ["PT>UA|armoured_vehicles|delivered", "ES>UA|armoured_vehicles|delivered"],
    ),
    (
        "v-e16",
        "Moscow will hand over S-300 batteries to Tehran once the contract is finalised.",
        ["RU>IR|air_defence|agreed"],
    ),
    (
        "v-e18",
        "The MiG-29s that Poland gave to Ukraine were upgraded to fire Western missiles.",
        ["PL>UA|aircraft|delivered"],
    ),
    ("v-e20", "Australia has pledged to send 49 Abrams tanks to Ukraine.", ["AU>UA|armoured_vehicles|agreed"]),
    (
        "v-e21",
        "Germany's Bundestag approved the delivery of 18 Leopard 2A6 tanks to Ukraine on Thursday.",
        ["DE>UA|armoured_vehicles|agreed"],
    ),
    ("v-e22", "Morocco is buying Israel's Barak MX air defence system.", ["IL>MA|air_defence|agreed"]),
    (
        "v-e23",
        "North Korea exported more than 5 million artillery rounds to Russia last year, according to a report.",
        ["KP>RU|ammunition|reported"],
    ),
    (
        "v-e24",
        "Soldiers unloaded British-supplied Challenger 2 tanks at a base in western Ukraine.",
        ["GB>UA|armoured_vehicles|delivered"],
    ),
    (
        "v-e25",
        "The Netherlands will deliver the remaining F-16s to Ukraine by the end of 2024.",
        ["NL>UA|aircraft|agreed"],
    ),
]
MUST_NOT_PARSE += [
    ("v-e4", "The drones, supplied by Iran, were used to attack Odesa's port."),
    ("v-e13", "Serbia has been armed largely by Russia and China."),
    ("v-e17", "Ukraine's military now fields more than 200 Western-donated tanks."),
    ("v-e19", "Beijing is suspected of secretly supplying drone engines to Moscow."),
]

# --- contrasts, blocs, shares and bans ----------------------------------------------------------------
MUST_PARSE += [
    (
        "k-f1",
        "Russia has supplied Iran with Su-35 jets, while Iran has sent Russia hundreds of drones.",
        ["RU>IR|aircraft|delivered", "IR>RU|drones|delivered"],
    ),
    (
        "k-f5",
        "Ukraine's use of cluster munitions supplied by the United States has drawn criticism.",
        ["US>UA|ammunition|delivered"],
    ),
    ("k-f6", "The US has sent more weapons to Ukraine than any other country.", ["US>UA|equipment|delivered"]),
    (
        "k-f7",
        "Seoul has sold Poland tanks, howitzers and fighter jets worth more than $13 billion.",
        ["KR>PL|armoured_vehicles|delivered", "KR>PL|artillery|delivered", "KR>PL|aircraft|delivered"],
    ),
    (
        "k-f9",
        "Germany has become the second-largest supplier of weapons to Ukraine after the United States.",
        ["DE>UA|equipment|delivered"],
    ),
    ("k-f10", "The tanks will be delivered to Morocco by the US in 2025.", ["US>MA|armoured_vehicles|agreed"]),
    (
        "k-f15",
        "Britain will give Ukraine a further 100,000 artillery rounds, Prime Minister Rishi Sunak said on Friday.",
        ["GB>UA|ammunition|agreed"],
    ),
    (
        "k-f18",
        "Italy delivered its second SAMP/T air defence battery to Ukraine last month.",
        ["IT>UA|air_defence|delivered"],
    ),
]
MUST_NOT_PARSE += [
    ("k-f2", "Ukraine has received weapons from more than 50 countries."),
    ("k-f3", "NATO allies have sent hundreds of tanks to Ukraine."),
    ("k-f4", "Russia has lost more tanks than Ukraine received from the West."),
    ("k-f11", "Officials in Kyiv confirmed that the first Swedish Gripen jets had landed."),
    ("k-f12", "Russia's Rosoboronexport signed contracts worth $10 billion with foreign buyers last year."),
    ("k-f16", "South Africa's Denel was barred from selling ammunition to Ukraine."),
    ("k-f17", "The Kremlin said Western arms deliveries to Kyiv would only prolong the war."),
    ("k-f19", "Russia is replenishing its stock of Iskander missiles."),
    ("k-f20", "Chinese firms have exported dual-use goods to Russia."),
]
KNOWN_MISSES += [
    # the recipient is only the actor of a bare relative clause ("the shells Russia fires")
    (
        "k-f8",
        "Pyongyang has supplied the bulk of the shells Russia fires in Ukraine, analysts believe.",
        ["KP>RU|ammunition|reported"],
    ),
]

# --- numbers, dates and sources checked together --------------------------------------------------------
MUST_PARSE += [
    (
        "a-since-reported",
        "Since January, Iran has shipped about 400 Fateh-110 missiles to Russia, Reuters reported.",
        ["IR>RU|missiles|reported|q=400 approx|since=2024-01|item=fateh-110 missile"],
    ),
    (
        "a-first-two-of",
        "Poland received the first two of 96 Apache helicopters from the United States in March.",
        ["US>PL|aircraft|delivered|q=2 exact|when=2024-03|since=2024-03"],
    ),
    (
        "a-third-squadron",
        "India took delivery of the third S-400 squadron from Russia in February.",
        ["RU>IN|air_defence|delivered|when=2024-02"],
    ),
    (
        "a-range-possible",
        "Between 1,000 and 1,500 North Korean missiles may have been sent to Russia, analysts estimate.",
        ["KP>RU|missiles|possible|q=1000 lower"],
    ),
    (
        "a-fourth-system",
        "Germany will deliver a fourth IRIS-T system to Ukraine in the coming weeks.",
        ["DE>UA|air_defence|agreed"],
    ),
    (
        "a-two-dozen-year",
        "Russia sent two dozen MiG-29 jets to Syria last year.",
        ["RU>SY|aircraft|delivered|q=24 exact|when=2023"],
    ),
    (
        "a-kits-since-day",
        "The United States has given Israel thousands of JDAM kits since October 7.",
        ["US>IL|ammunition|delivered|since=2023-10-07"],
    ),
]
MUST_NOT_PARSE += [
    ("a-vague-total", "Ukraine has received nearly 2,000 Western tanks and armoured vehicles since 2022."),
]

# --- contracts and purchases: a maker's nationality, two items, counts of an earlier system ------
MUST_PARSE += [
    (
        "k-contract-with-demonym-maker",
        "Greece's navy signed a contract with French shipbuilder Naval Group for three Belharra frigates.",
        ["FR>GR|ships|agreed|q=3 exact"],
    ),
    (
        "k-deal-with-demonym-firm",
        "Vietnam has signed a deal with Indian firm Larsen & Toubro for 12 patrol boats.",
        ["IN>VN|ships|agreed|q=12 exact"],
    ),
    (
        "k-purchase-according-to-maker",
        "Egypt has bought the K9 self-propelled howitzer, according to its South Korean manufacturer Hanwha.",
        ["KR>EG|artillery|agreed"],
    ),
    (
        "k-ordered-from-demonym-company",
        "The Philippine Air Force ordered 12 FA-50 jets from South Korean aircraft maker KAI in June.",
        ["KR>PH|aircraft|agreed|q=12 exact"],
    ),
    (
        "k-approved-two-items",
        "The State Department approved the sale of 24 Apache helicopters and 500 Hellfire missiles to Morocco.",
        ["US>MA|aircraft|agreed|q=24 exact", "US>MA|missiles|agreed|q=500 exact"],
    ),
    (
        "k-approved-two-items-tanks",
        "Washington approved the sale of 250 Abrams tanks and 1,000 Javelin missiles to Poland.",
        ["US>PL|armoured_vehicles|agreed|q=250 exact", "US>PL|missiles|agreed|q=1000 exact"],
    ),
    (
        "k-signing-for-count-of-system",
        "Egypt ordered the K9 howitzer in 2022. Australia followed a year later, signing for 30 units.",
        ["KR>EG|artillery|agreed", "KR>AU|artillery|agreed|q=30 exact"],
    ),
    (
        "k-contract-for-count-of-system",
        "Romania bought the Patriot air defence system in 2017. Sweden followed with a $1 billion contract "
        "for four batteries.",
        ["US>RO|air_defence|agreed", "US>SE|air_defence|agreed|q=4 exact|unit=battery"],
    ),
    (
        "k-order-for-batteries-of",
        "Morocco's order for six batteries of the Chinese FD-2000 system was confirmed this week.",
        ["CN>MA|air_defence|agreed|q=6 exact|unit=battery"],
    ),
]
MUST_NOT_PARSE += [
    ("k-export-total-record", "South Korea's arms exports reached a record $14 billion in 2023."),
    ("k-export-total-rose", "France's defence exports rose to 27 billion euros last year, driven by Rafale sales."),
    ("k-export-total-worth", "Turkey's defence and aerospace exports were worth $5.5 billion in 2023."),
    ("k-sanctions-no-owner", "The United States has threatened sanctions over the S-400 purchase."),
    ("k-criticised-no-owner", "Brussels criticised the Su-35 deal in a statement on Monday."),
]
MUST_PARSE += [
    (
        "k-sanctions-over-its-purchase",
        "Washington threatened Ankara with sanctions over its purchase of the Russian S-400 system.",
        ["RU>TR|air_defence|agreed"],
    ),
    (
        "k-sanctions-over-deal-with",
        "The United States warned Egypt of sanctions over the Su-35 deal with Moscow.",
        ["RU>EG|aircraft|agreed"],
    ),
]

# --- deliveries: part of an order, running totals, made-in, consignments, possible contents ----------
MUST_PARSE += [
    (
        "d-part-of-order",
        "Germany has delivered two of the six IRIS-T systems Ukraine ordered.",
        ["DE>UA|air_defence|delivered|q=2 exact", "DE>UA|air_defence|agreed|q=6 exact"],
    ),
    (
        "d-part-of-order-frigates",
        "Italy has handed over one of the four frigates Indonesia ordered in 2021.",
        ["IT>ID|ships|delivered|q=1 exact", "IT>ID|ships|agreed|q=4 exact"],
    ),
    (
        "d-part-of-order-jets",
        "France has delivered 12 of the 36 Rafale jets that Greece bought.",
        ["FR>GR|aircraft|delivered|q=12 exact", "FR>GR|aircraft|agreed|q=36 exact"],
    ),
    (
        "d-made-in-postmodifier",
        "Armoured vehicles made in Turkey have arrived in Somalia, local media reported.",
        ["TR>SO|armoured_vehicles|reported"],
    ),
    (
        "d-built-in-postmodifier",
        "Patrol boats built in Japan reached the Philippines on Monday.",
        ["JP>PH|ships|delivered|when=2024-03-11"],
    ),
    (
        "d-consignment-from",
        "The Egyptian navy took delivery of a consignment of Exocet missiles from France last year.",
        ["FR>EG|missiles|delivered|when=2023"],
    ),
    (
        "d-brings-to-total",
        "Norway confirmed the handover of three more NASAMS launchers to Ukraine, which brings to nine the "
        "number of launchers Norway has sent.",
        ["NO>UA|air_defence|delivered|q=9 exact"],
    ),
    (
        "d-could-include",
        "A new Dutch package for Ukraine is being prepared and could include Leopard 1 tanks.",
        ["NL>UA|armoured_vehicles|possible"],
    ),
    (
        "d-might-include",
        "Canada's next aid package for Kyiv might include more Senator armoured vehicles, officials said.",
        ["CA>UA|armoured_vehicles|possible"],
    ),
]

# --- precision: examples of one counted flow, national totals, anaphora, remaining parts ------------
MUST_PARSE += [
    (
        "p-including-same-kind",
        "Serbia received 14 combat aircraft from Russia, including MiG-29 jets and Mi-35 helicopters.",
        ["RU>RS|aircraft|delivered|q=14 exact"],
    ),
    (
        "p-including-such-as",
        "Ethiopia has bought 30 armoured vehicles from Turkey, such as Kirpi and Vuran vehicles.",
        ["TR>ET|armoured_vehicles|agreed|q=30 exact"],
    ),
    (
        "p-including-other-kind",
        "Moscow delivered 20 aircraft to Algeria, including Su-30 fighters, and 5,000 rifles.",
        ["RU>DZ|aircraft|delivered|q=20 exact", "RU>DZ|small_arms|delivered|q=5000 exact"],
    ),
    (
        "p-anaphoric-arrival",
        "Poland received its first two MQ-9B drones from the United States, officials said. The aircraft "
        "arrived at a base in the north on Tuesday.",
        ["US>PL|drones|delivered|q=2 exact|when=2024-03-12"],
    ),
    (
        "p-remaining-scheduled",
        "Qatar has received the first four of 12 NASAMS launchers ordered from Norway, officials said. The "
        "remaining eight are scheduled to be handed over by the end of 2025.",
        ["NO>QA|air_defence|delivered|q=4 exact", "NO>QA|air_defence|agreed|q=12 exact|when=2025"],
    ),
    (
        "p-remaining-launchers-scheduled",
        "Chile took delivery of two of the six K9 howitzers it ordered from South Korea. The remaining four "
        "howitzers are scheduled to arrive by the end of the year.",
        ["KR>CL|artillery|delivered|q=2 exact", "KR>CL|artillery|agreed|q=6 exact|when=2024"],
    ),
    (
        "p-officials-own-receipt",
        "The Kenyan army has taken delivery of ten Chinese armoured vehicles, officials said.",
        ["CN>KE|armoured_vehicles|delivered|q=10 exact"],
    ),
    (
        "p-weekday-before-verb",
        "Ghana's air force on Wednesday took delivery of two Brazilian Super Tucano aircraft.",
        ["BR>GH|aircraft|delivered|q=2 exact|when=2024-03-13"],
    ),
]
MUST_NOT_PARSE += [
    ("p-exports-total-doubled", "Israel's defence exports doubled to $13 billion in 2023, led by drones."),
    ("p-exports-fell", "Russian arms exports have fallen by half since 2019, according to SIPRI."),
]

# --- the article's flow fills an unnamed actor; units of a system; what a weapon is for -------------
MUST_PARSE += [
    (
        "c-administration-approved",
        "The United States approved the sale of 40 F-35 jets to Japan on Monday. Officials expect the deal to "
        "take years. Lawmakers praised it. Analysts were split. In 2021, the administration approved the sale "
        "of 300 Harpoon missiles to Japan.",
        ["US>JP|aircraft|agreed|q=40 exact", "US>JP|missiles|agreed|q=300 exact"],
    ),
    (
        "c-squadrons-part-of-order",
        "France has delivered two of the four Rafale squadrons Egypt ordered in 2020.",
        ["FR>EG|aircraft|delivered|q=2 exact|unit=squadron", "FR>EG|aircraft|agreed|q=4 exact|unit=squadron"],
    ),
    (
        "c-regiments-with-modifiers",
        "Russia delivered two S-300 long-range air defence regiments to Algeria last year.",
        ["RU>DZ|air_defence|delivered|q=2 exact|unit=regiment|when=2023"],
    ),
    (
        "c-missiles-for-its-platform",
        "Vietnam took delivery of Kh-35 anti-ship missiles from Russia for its Gepard-class frigates.",
        ["RU>VN|missiles|delivered"],
    ),
    (
        "c-engines-for-its-jets-no-jets",
        "Turkey received torpedoes from Italy for its Reis-class submarines in May.",
        ["IT>TR|missiles|delivered|when=2023-05"],
    ),
]
MUST_NOT_PARSE += [
    ("c-missile-project", "The army is funding a long-range surface-to-air missile project of its own."),
    ("c-drone-programme", "Officials in Jakarta reviewed the combat drone programme on Tuesday."),
]
KNOWN_MISSES += [
    (  # a designation ending in a number before a unit noun is read as "2000 squadrons"
        "c-numbered-name-squadrons",
        "France has delivered two of the four Mirage 2000 squadrons Egypt ordered in 2020.",
        ["FR>EG|aircraft|delivered|q=2 exact|unit=squadron", "FR>EG|aircraft|agreed|q=4 exact|unit=squadron"],
    ),
]

# --- an institution as actor, running totals told by a person, the capital --------------------------
MUST_PARSE += [
    (
        "i-ministry-signed-contract-with-maker",
        "Brazil has received four Swedish Gripen jets. Last year the Defence Ministry signed a contract with "
        "Swedish firm Saab for two more Gripen jets.",
        ["SE>BR|aircraft|delivered|q=4 exact", "SE>BR|aircraft|agreed|q=2 exact"],
    ),
    (
        "i-navy-inked-deal-with-shipyard",
        "The Philippines took delivery of two South Korean corvettes in 2023. In May the navy inked a deal with "
        "South Korean shipyard HD Hyundai for six offshore patrol vessels.",
        ["KR>PH|ships|delivered|q=2 exact", "KR>PH|ships|agreed|q=6 exact"],
    ),
    (
        "i-person-confirmed-handover-total",
        "Denmark has sent 19 F-16 jets to Ukraine. Frederiksen confirmed the handover of two more Caesar "
        "howitzers, which brings to 19 the number of Caesar howitzers Denmark has sent to Ukraine.",
        ["DK>UA|aircraft|delivered|q=19 exact", "DK>UA|artillery|delivered|q=19 exact"],
    ),
    (
        "i-council-approved-package",
        "Portugal has sent Leopard 2 tanks to Ukraine. The cabinet on Thursday approved a further EUR20 "
        "million military aid package for Ukraine.",
        ["PT>UA|armoured_vehicles|delivered", "PT>UA|equipment|agreed|q=20000000 exact|unit=euro"],
    ),
    (
        "i-reached-the-capital",
        "Niger took delivery of Turkish drones in January. Armoured vehicles made in China have reached the "
        "capital, local media reported.",
        ["TR>NE|drones|delivered|when=2024-01", "CN>NE|armoured_vehicles|reported"],
    ),
]
MUST_NOT_PARSE += [
    ("i-induction-whose", "The induction of the JF-17 fighter was celebrated at a ceremony."),
    ("i-ministry-signed-no-country", "The ministry signed a contract for new uniforms and boots."),
]

# --- what is given back in a swap ----------------------------------------------------------------
MUST_PARSE += [
    (
        "x-exchange-for-demonym",
        "Slovakia will send MiG-29 jets to Ukraine in exchange for German Leopard 2 tanks.",
        ["SK>UA|aircraft|agreed", "DE>SK|armoured_vehicles|agreed"],
    ),
    (
        "x-return-for-made",
        "Athens will give BMP-1 vehicles to Ukraine in return for US-made Bradley vehicles.",
        ["GR>UA|armoured_vehicles|agreed", "US>GR|armoured_vehicles|agreed"],
    ),
    (
        "x-exchange-for-unnamed",
        "Cyprus will hand over its Russian-made air defence systems to Ukraine in exchange for new rifles.",
        ["CY>UA|air_defence|agreed"],
    ),
]

# --- more verbs and nouns of transfer, variants written onto a name --------------------------------
MUST_PARSE += [
    ("v-handed-to", "Slovakia handed 13 MiG-29 jets to Ukraine.", ["SK>UA|aircraft|delivered|q=13 exact"]),
    (
        "v-variant-letters",
        "Norway ordered two Type 212CD submarines from Germany.",
        ["DE>NO|ships|agreed|q=2 exact"],
    ),
    (
        "v-variant-roman",
        "Riyadh signed for ten Cheongung-II batteries from South Korea.",
        ["KR>SA|air_defence|agreed|q=10 exact|unit=battery"],
    ),
    (
        "v-package-covers",
        "The Netherlands announced a new military aid package for Ukraine on Monday. It covers 14 Leopard 2 tanks.",
        ["NL>UA|armoured_vehicles|agreed|q=14 exact"],
    ),
    (
        "v-arrival-of-from",
        "Ukraine has received F-16 jets from Norway. On Sunday officials confirmed the arrival of six more F-16 "
        "jets from Norway.",
        ["NO>UA|aircraft|delivered"],
    ),
]
MUST_NOT_PARSE += [
    ("v-handed-power", "The junta handed power to a civilian government in 2022."),
    ("v-covers-trade", "The agreement covers trade, energy and defence industry cooperation."),
]

# --- a second clause's subject, a holder before a relative clause ---------------------------------
MUST_PARSE += [
    (
        "s-and-second-subject",
        "France supplied Caesar howitzers to Armenia in 2023, and India has delivered Akash air defence systems.",
        ["FR>AM|artillery|delivered|when=2023", "IN>AM|air_defence|delivered"],
    ),
    (
        "s-but-second-subject",
        "Russia sold Su-30 jets to Myanmar, but China has supplied FTC-2000 trainers.",
        ["RU>MM|aircraft|delivered", "CN>MM|aircraft|delivered"],
    ),
    (
        "s-holder-before-relative",
        "Senegal has received military equipment from Turkey, the army said. The equipment, which arrived by sea "
        "last week, includes 12 Kirpi armoured vehicles.",
        ["TR>SN|armoured_vehicles|delivered|q=12 exact"],
    ),
]

# --- an agreement with a partner to supply; a name with a number; an agent of another verb ----------
MUST_PARSE += [
    (
        "g-agreement-with-to-supply",
        "Belarus signed an agreement with Venezuela to supply Su-30 fighter jets.",
        ["BY>VE|aircraft|agreed"],
    ),
    (
        "g-deal-with-to-sell",
        "Pakistan has signed a deal with Azerbaijan to sell JF-17 jets worth $1.6 billion.",
        ["PK>AZ|aircraft|agreed"],
    ),
    (
        "g-name-number-not-count",
        "Sweden is to donate its ASC 890 surveillance aircraft to Ukraine.",
        ["SE>UA|aircraft|agreed|q=None"],
    ),
    (
        "g-confirmed-by-agent",
        "Deliveries of Iranian drones to Russia were confirmed by Ukraine's military intelligence.",
        ["IR>RU|drones|reported"],
    ),
]

# --- built for a foreign buyer ----------------------------------------------------------------------
MUST_PARSE += [
    (
        "b-being-built-in-for",
        "Three submarines being built in Kiel for the Israeli navy are running late.",
        ["DE>IL|ships|agreed|q=3 exact"],
    ),
    (
        "b-is-building-for",
        "Italy is building two FREMM frigates for Indonesia under a 2021 contract.",
        ["IT>ID|ships|agreed|q=2 exact"],
    ),
    (
        "b-will-build-for",
        "South Korea will build 18 FA-50 jets for Malaysia.",
        ["KR>MY|aircraft|agreed|q=18 exact"],
    ),
    (
        "b-built-by-for",
        "Six corvettes built by Turkey for Pakistan are due by 2026.",
        ["TR>PK|ships|agreed|q=6 exact"],
    ),
]
MUST_NOT_PARSE += [
    ("b-home-build", "Russia has built new Su-57 jets for its own air force."),
    ("b-built-in-yard", "The frigates were built in Genoa and launched last year."),
    ("b-built-for-domestic", "India is building three Kalvari-class submarines for the Indian Navy."),
]

# --- parts of a system named before; adversaries after "threats from" ------------------------------
MUST_PARSE += [
    (
        "u-first-battery-destined",
        "Romania ordered seven Patriot batteries from the United States in 2018. The first battery destined for "
        "Romania was handed over in September.",
        ["US>RO|air_defence|agreed|q=7 exact", "US>RO|air_defence|delivered|q=1 exact|when=2023-09"],
    ),
    (
        "u-second-squadron-arrived",
        "India bought five S-400 squadrons from Russia. The second squadron arrived in India in April.",
        ["RU>IN|air_defence|agreed|q=5 exact", "RU>IN|air_defence|delivered|q=2 exact"],
    ),
    (
        "u-threats-from-not-supplier",
        "India took delivery of the first S-400 squadron from Russia. The squadron was deployed in the north "
        "to counter threats from China.",
        ["RU>IN|air_defence|delivered|q=1 exact"],
    ),
]

# --- a contract's completion deadline; what a weapon carries ---------------------------------------
MUST_PARSE += [
    (
        "e-deliveries-completed-by",
        "Poland ordered 96 Apache helicopters from the United States last year. Deliveries are expected to be "
        "completed by 2032.",
        ["US>PL|aircraft|agreed|q=96 exact|when=2032"],
    ),
    (
        "e-named-order-completed-by",
        "Egypt signed for 12 K9 howitzers from South Korea in 2022. Australia ordered 30 K9 howitzers from South "
        "Korea a year later. The Egyptian order is due to be completed by 2027.",
        ["KR>EG|artillery|agreed|q=12 exact|when=2027", "KR>AU|artillery|agreed|q=30 exact|when=None"],
    ),
]
MUST_NOT_PARSE += [
    (
        "e-launchers-carrying-each",
        "A typical Patriot battery has up to eight launchers carrying four missiles each.",
    ),
]

# --- makers standing for their country ------------------------------------------------------------
MUST_PARSE += [
    (
        "m-shipyard-delivers",
        "Dutch shipbuilder Damen will deliver two patrol vessels to Angola next year.",
        ["NL>AO|ships|agreed|q=2 exact|when=2025"],
    ),
    (
        "m-korean-yard-hands-over",
        "HD Hyundai Heavy Industries handed over the second frigate to the Philippine Navy in March.",
        ["KR>PH|ships|delivered|when=2024-03"],
    ),
    (
        "m-russian-bureau",
        "Sukhoi delivered six Su-30 jets to Myanmar last year, state media said.",
        ["RU>MM|aircraft|reported|q=6 exact|when=2023"],
    ),
]

# --- a wider sweep of press phrasings: passives, nouns of transfer, buyers as subject, "turned to",
# use of foreign weapons, origin premodifiers, gifts, contracts, lists, hedges and sources --------------
MUST_PARSE += [
    # passive voice: the supplier after "by", the recipient after "to" or as subject
    (
        "w-passive-by-month",
        "Twelve Caesar howitzers were delivered to Armenia by France last month.",
        ["FR>AM|artillery|delivered|head=howitzer|q=12 exact|when=2024-02"],
    ),
    (
        "w-passive-two-suppliers",
        "Patriot air defence systems have been supplied to Ukraine by Germany and the Netherlands.",
        ["DE>UA|air_defence|delivered", "NL>UA|air_defence|delivered"],
    ),
    (
        "w-passive-supplied-with-by",
        "Kenya has been supplied with armoured personnel carriers by the United Arab Emirates.",
        ["AE>KE|armoured_vehicles|delivered|head=carrier"],
    ),
    (
        "w-passive-sold-to-by",
        "Two FREMM frigates were sold to Egypt by Italy in 2020.",
        ["IT>EG|ships|delivered|head=frigate|q=2 exact"],
    ),
    (
        "w-passive-shipped-from-since",
        "More than 100 Leopard 1 tanks have been shipped to Ukraine from Germany since October.",
        ["DE>UA|armoured_vehicles|delivered|head=tank|q=100 lower|since=2023-10"],
    ),
    (
        "w-passive-made-by-handed",
        "K2 tanks made by South Korea's Hyundai Rotem were handed over to Poland in December.",
        ["KR>PL|armoured_vehicles|delivered|head=tank|when=2023-12"],
    ),
    (
        "w-passive-given-demonym",
        "Ukraine has been given Swedish CV90 infantry fighting vehicles.",
        ["SE>UA|armoured_vehicles|delivered|head=vehicle"],
    ),
    (
        "w-passive-supplied-by-with",
        "Ukraine has been supplied by Sweden with Archer howitzers.",
        ["SE>UA|artillery|delivered|head=howitzer"],
    ),
    # nouns of transfer: sale, purchase, delivery, supply, transfer, order
    (
        "w-nominal-sale-approved",
        "The US sale of 40 F-16 jets to Turkey was approved in January.",
        ["US>TR|aircraft|agreed|head=jet|q=40 exact"],
    ),
    (
        "w-nominal-deliveries-began",
        "Deliveries of South Korean K9 howitzers to Poland began in December.",
        ["KR>PL|artillery|delivered|head=howitzer|since=2023-12"],
    ),
    (
        "w-nominal-possessive-delivery",
        "Germany's delivery of IRIS-T air defence systems to Ukraine has helped protect Kyiv.",
        ["DE>UA|air_defence|delivered"],
    ),
    (
        "w-nominal-sale-completed",
        "Brazil's sale of Super Tucano aircraft to Paraguay was completed last year.",
        ["BR>PY|aircraft|delivered|head=aircraft"],
    ),
    (
        "w-nominal-first-delivery-arrived",
        "India's first delivery of BrahMos missiles to the Philippines arrived in April.",
        ["IN>PH|missiles|delivered|head=missile|when=2023-04"],
    ),
    (
        "w-nominal-transfer-completed",
        "The transfer of Norwegian F-16 jets to Ukraine was completed this month.",
        ["NO>UA|aircraft|delivered|head=jet"],
    ),
    (
        "w-nominal-approved-the-sale",
        "Washington approved the sale of 36 Apache helicopters to Morocco.",
        ["US>MA|aircraft|agreed|head=helicopter|q=36 exact"],
    ),
    (
        "w-nominal-supply-triggered",
        "Russia's supply of S-400 systems to Turkey triggered US sanctions.",
        ["RU>TR|air_defence|delivered"],
    ),
    (
        "w-nominal-completed-delivery",
        "Italy completed the delivery of 28 Eurofighter Typhoon jets to Kuwait in 2023.",
        ["IT>KW|aircraft|delivered|q=28 exact|when=2023"],
    ),
    (
        "w-nominal-order-signed",
        "Qatar's order of 16 NH90 helicopters from Italy was signed in 2018.",
        ["IT>QA|aircraft|agreed|head=helicopter|q=16 exact"],
    ),
    # the buyer as subject: acquired, bought, ordered, took delivery of, received, purchased, procured
    (
        "w-acquired-count",
        "Pakistan acquired 36 J-10C fighter jets from China.",
        ["CN>PK|aircraft|delivered|q=36 exact"],
    ),
    ("w-bought-gripen", "Colombia bought 17 Gripen fighters from Sweden.", ["SE>CO|aircraft|agreed|q=17 exact"]),
    ("w-ordered-rafale", "Greece ordered 24 Rafale jets from France.", ["FR>GR|aircraft|agreed|q=24 exact"]),
    (
        "w-took-delivery-first-six",
        "Croatia took delivery of its first six Rafale jets from France in April.",
        ["FR>HR|aircraft|delivered|q=6 exact|when=2023-04"],
    ),
    (
        "w-navy-received-year",
        "The Philippine Navy received two corvettes from South Korea in 2023.",
        ["KR>PH|ships|delivered|head=corvette|q=2 exact|when=2023"],
    ),
    ("w-buying-made", "Saudi Arabia is buying Chinese-made armed drones.", ["CN>SA|drones|agreed|head=drone"]),
    (
        "w-purchased-three",
        "Nigeria purchased three JF-17 Thunder jets from Pakistan.",
        ["PK>NG|aircraft|agreed|q=3 exact"],
    ),
    (
        "w-signed-deal-denmark",
        "Argentina has signed a deal to buy 24 F-16 jets from Denmark.",
        ["DK>AR|aircraft|agreed|q=24 exact"],
    ),
    (
        "w-placed-order-with",
        "Romania placed an order for 54 Abrams tanks with the United States.",
        ["US>RO|armoured_vehicles|agreed|head=tank|q=54 exact"],
    ),
    ("w-purchased-demonym", "Uzbekistan has purchased Turkish Akinci drones.", ["TR>UZ|drones|agreed|head=drone"]),
    (
        "w-procured-demonym",
        "Morocco has procured Israeli Barak MX air defence systems.",
        ["IL>MA|air_defence|agreed"],
    ),
    (
        "w-acquired-helicopters",
        "Ghana has acquired four Z-9 helicopters from China.",
        ["CN>GH|aircraft|delivered|head=helicopter|q=4 exact"],
    ),
    ("w-got-from", "Bangladesh got seven K-8W trainer jets from China.", ["CN>BD|aircraft|delivered|q=7 exact"]),
    (
        "w-received-su30",
        "Angola received Su-30K fighters from Belarus.",
        ["BY>AO|aircraft|delivered"],
    ),
    (
        "w-took-delivery-drc",
        "The Democratic Republic of Congo took delivery of CH-4 drones from China.",
        ["CN>CD|drones|delivered|head=drone"],
    ),
    (
        "w-received-tb2",
        "Ivory Coast received Bayraktar TB2 drones from Turkey.",
        ["TR>CI|drones|delivered|head=drone"],
    ),
    (
        "w-buying-from-peru",
        "Peru is buying K808 armoured vehicles from South Korea.",
        ["KR>PE|armoured_vehicles|agreed"],
    ),
    (
        "w-purchased-black-hawk",
        "Mexico purchased Black Hawk helicopters from the United States.",
        ["US>MX|aircraft|agreed|head=helicopter"],
    ),
    (
        "w-bought-used-frigates",
        "Chile bought three used frigates from Australia.",
        ["AU>CL|ships|agreed|head=frigate|q=3 exact"],
    ),
    # "turn to Y for X": Y supplies X to the one who turns
    ("w-turned-to-for-drones", "Russia has turned to Iran for drones.", ["IR>RU|drones|delivered|head=drone"]),
    (
        "w-turning-to-for-shells",
        "Moscow is turning to Pyongyang for artillery shells.",
        ["KP>RU|ammunition|delivered|item=artillery shell"],
    ),
    (
        "w-turned-to-for-weapons",
        "Niger's junta turned to Russia for weapons after expelling French troops.",
        ["RU>NE|equipment|delivered"],
    ),
    ("w-turned-to-mali", "Mali has turned to Turkey for combat drones.", ["TR>ML|drones|delivered|head=drone"]),
    # using another country's weapons
    (
        "w-use-fired-by",
        "British-made Storm Shadow missiles fired by Ukraine hit a Russian headquarters in Crimea.",
        ["GB>UA|missiles|delivered|head=missile"],
    ),
    (
        "w-use-troops-used",
        "Ukrainian troops used American-made Bradley fighting vehicles in the counteroffensive.",
        ["US>UA|armoured_vehicles|delivered|head=vehicle"],
    ),
    (
        "w-use-deployed-officials",
        "Sudan's army has deployed Iranian-made Mohajer-6 drones, Western officials said.",
        ["IR>SD|drones|reported|head=drone"],
    ),
    (
        "w-use-launched-at",
        "Russia has launched North Korean KN-23 missiles at Kharkiv.",
        ["KP>RU|missiles|delivered|head=missile"],
    ),
    (
        "w-use-armenian-pinaka",
        "Armenian troops are using Indian-made Pinaka rocket launchers.",
        ["IN>AM|artillery|delivered|head=launcher"],
    ),
    ("w-use-ethiopia", "Ethiopian forces have used Chinese Wing Loong drones.", ["CN>ET|drones|delivered"]),
    # origin premodifiers: X-built, X-supplied, X-made
    (
        "w-built-first-batch",
        "Poland has received its first batch of South Korean-built FA-50 light combat aircraft.",
        ["KR>PL|aircraft|delivered"],
    ),
    (
        "w-supplied-shot-down",
        "Ukraine's US-supplied Patriot batteries shot down a Kinzhal missile over Kyiv.",
        ["US>UA|air_defence|delivered"],
    ),
    (
        "w-supplied-lost",
        "Ukraine lost several German-supplied Leopard tanks near Robotyne.",
        ["DE>UA|armoured_vehicles|delivered|head=tank"],
    ),
    (
        "w-built-in-service",
        "Turkish-built corvettes are now in service with the Pakistan Navy.",
        ["TR>PK|ships|delivered|head=corvette"],
    ),
    (
        "w-operates-made",
        "Georgia operates Israeli-made Spyder air defence systems.",
        ["IL>GE|air_defence|delivered"],
    ),
    (
        "w-equipped-with-supplied",
        "Myanmar's army is equipped with Chinese-supplied assault rifles.",
        ["CN>MM|small_arms|delivered|head=rifle"],
    ),
    (
        "w-will-receive-made",
        "Kenya will receive 16 Turkish-made Hizir armoured vehicles.",
        ["TR>KE|armoured_vehicles|agreed|q=16 exact"],
    ),
    # gifts and aid
    (
        "w-donated-helicopters",
        "Lithuania donated two Mi-8 helicopters to Ukraine.",
        ["LT>UA|aircraft|delivered|head=helicopter|q=2 exact"],
    ),
    ("w-gifted-boats", "Japan has gifted patrol boats to the Philippines.", ["JP>PH|ships|delivered|head=boat"]),
    (
        "w-aid-package-money-taiwan",
        "The US announced a $300 million military aid package for Taiwan.",
        ["US>TW|equipment|agreed|q=300000000 exact"],
    ),
    (
        "w-aid-package-includes-count",
        "Canada's latest aid package for Ukraine includes 800 drones.",
        ["CA>UA|drones|agreed|head=drone|q=800 exact"],
    ),
    (
        "w-will-give-by",
        "Belgium will give Ukraine 30 F-16 jets by 2028.",
        ["BE>UA|aircraft|agreed|q=30 exact|when=2028"],
    ),
    (
        "w-donated-howitzers",
        "Italy has donated self-propelled howitzers to Ukraine.",
        ["IT>UA|artillery|delivered|head=howitzer"],
    ),
    (
        "w-gifted-tanks",
        "Portugal gifted three Leopard 2A6 tanks to Ukraine.",
        ["PT>UA|armoured_vehicles|delivered|q=3 exact"],
    ),
    (
        "w-package-next-sentence",
        "The United States announced new military aid for Ukraine on Tuesday. The package includes Stinger "
        "missiles, Javelin anti-tank missiles and 155mm shells.",
        ["US>UA|air_defence|agreed", "US>UA|missiles|agreed", "US>UA|ammunition|agreed"],
    ),
    # contracts, deals, agreements
    (
        "w-contract-with-for",
        "India signed a contract with France for 26 Rafale Marine jets.",
        ["FR>IN|aircraft|agreed|q=26 exact"],
    ),
    (
        "w-maker-deal-to-supply",
        "South Korea's Hanwha signed a deal to supply 72 Chunmoo rocket launchers to Poland.",
        ["KR>PL|artillery|agreed|q=72 exact"],
    ),
    (
        "w-will-build-for",
        "Under the agreement, Spain will build four corvettes for Saudi Arabia.",
        ["ES>SA|ships|agreed|head=corvette|q=4 exact"],
    ),
    (
        "w-deal-with-for",
        "Greece's deal with Israel for 36 PULS rocket launchers was approved on Tuesday.",
        ["IL>GR|artillery|agreed|q=36 exact"],
    ),
    (
        "w-agreed-to-sell",
        "The Netherlands has agreed to sell 18 F-16 jets to Romania.",
        ["NL>RO|aircraft|agreed|q=18 exact"],
    ),
    (
        "w-will-supply-under-deal",
        "Turkey will supply Indonesia with 48 KAAN fighter jets under a deal signed on Tuesday.",
        ["TR>ID|aircraft|agreed|q=48 exact"],
    ),
    (
        "w-ordered-two-more",
        "Egypt has ordered two more MEKO frigates from Germany.",
        ["DE>EG|ships|agreed|head=frigate|q=2 exact"],
    ),
    (
        "w-signed-contract-for-from",
        "Switzerland has signed a contract for 36 F-35A jets from the United States.",
        ["US>CH|aircraft|agreed|q=36 exact"],
    ),
    (
        "w-will-sell-guarani",
        "Brazil will sell 28 Guarani armoured vehicles to the Philippines.",
        ["BR>PH|armoured_vehicles|agreed|q=28 exact"],
    ),
    (
        "w-will-export-akash",
        "India will export Akash air defence systems to Armenia.",
        ["IN>AM|air_defence|agreed"],
    ),
    ("w-will-export-patriot", "Japan will export Patriot missiles to the United States.", ["JP>US|air_defence|agreed"]),
    (
        "w-is-selling-arrow",
        "Israel is selling the Arrow 3 missile defence system to Germany.",
        ["IL>DE|air_defence|agreed"],
    ),
    # several items in one sentence: one fact per kind
    (
        "w-list-two-kinds-with",
        "Russia has supplied Mali with attack helicopters and armoured vehicles.",
        ["RU>ML|aircraft|delivered|head=helicopter", "RU>ML|armoured_vehicles|delivered|head=vehicle"],
    ),
    (
        "w-list-indirect-object",
        "China has sold Serbia drones, air defence missiles and armoured vehicles.",
        ["CN>RS|drones|delivered", "CN>RS|air_defence|delivered", "CN>RS|armoured_vehicles|delivered"],
    ),
    (
        "w-list-two-to",
        "Israel delivered Barak-8 air defence missiles and Heron drones to Azerbaijan.",
        ["IL>AZ|air_defence|delivered", "IL>AZ|drones|delivered"],
    ),
    # hedges and sources
    (
        "w-reportedly-count",
        "North Korea reportedly sent Russia 3 million artillery shells.",
        ["KP>RU|ammunition|reported|q=3000000 exact"],
    ),
    (
        "w-may-have-transferred",
        "Belarus may have transferred Iskander missiles to Russia.",
        ["BY>RU|missiles|possible"],
    ),
    (
        "w-believed-supplied-with",
        "China is believed to have supplied Myanmar with FTC-2000 jets.",
        ["CN>MM|aircraft|reported"],
    ),
    (
        "w-could-send-warned",
        "Iran could send Fath-360 missiles to Russia, officials warned.",
        ["IR>RU|missiles|possible"],
    ),
    ("w-allegedly-shipped", "Egypt allegedly shipped weapons to Somalia.", ["EG>SO|equipment|reported"]),
    (
        "w-according-research-body",
        "According to the Kiel Institute, Germany has delivered 52 Gepard anti-aircraft guns to Ukraine.",
        ["DE>UA|air_defence|reported|q=52 exact"],
    ),
    (
        "w-intelligence-says",
        "Ukrainian intelligence says Iran has shipped ballistic missiles to Russia.",
        ["IR>RU|missiles|reported"],
    ),
    (
        "w-spy-agency-since",
        "Seoul's spy agency said North Korea had sent artillery shells to Russia since August.",
        ["KP>RU|ammunition|reported|since=2023-08"],
    ),
    # dates
    (
        "w-since-year-first",
        "Since 2022, Turkey has supplied Ukraine with Kirpi armoured vehicles.",
        ["TR>UA|armoured_vehicles|delivered|since=2022"],
    ),
    (
        "w-received-month-year",
        "Poland received the first K2 tanks from South Korea in December 2022.",
        ["KR>PL|armoured_vehicles|delivered|since=2022-12"],
    ),
    (
        "w-will-receive-year",
        "Greece will receive its first F-35 jets from the United States in 2028.",
        ["US>GR|aircraft|agreed|when=None"],
    ),
    (
        "w-provided-in-month",
        "Russia provided Iran with Yak-130 trainer jets in September.",
        ["RU>IR|aircraft|delivered|when=2023-09"],
    ),
    # more pairs and verbs
    ("w-has-sold-jf17", "Pakistan has sold JF-17 fighter jets to Azerbaijan.", ["PK>AZ|aircraft|delivered"]),
    (
        "w-sent-planeloads",
        "Egypt sent two planeloads of weapons to Somalia in August.",
        ["EG>SO|equipment|delivered|when=2023-08"],
    ),
    (
        "w-uae-chad",
        "The United Arab Emirates delivered armoured vehicles to Chad.",
        ["AE>TD|armoured_vehicles|delivered|head=vehicle"],
    ),
    (
        "w-exported-last-year",
        "South Africa exported artillery ammunition to Saudi Arabia last year.",
        ["ZA>SA|ammunition|delivered|when=2023"],
    ),
    ("w-china-vt4", "China delivered VT-4 tanks to Nigeria.", ["CN>NG|armoured_vehicles|delivered|head=tank"]),
    ("w-given-mohajer", "Iran has given Venezuela Mohajer-2 drones.", ["IR>VE|drones|delivered|head=drone"]),
    (
        "w-shipped-rounds",
        "Czechia has shipped 180,000 artillery rounds to Ukraine.",
        ["CZ>UA|ammunition|delivered|q=180000 exact"],
    ),
    ("w-handed-all", "Estonia has handed all its 155mm howitzers to Ukraine.", ["EE>UA|artillery|delivered"]),
    (
        "w-transferred-over",
        "Poland transferred more than 300 tanks to Ukraine.",
        ["PL>UA|armoured_vehicles|delivered|head=tank|q=300 lower"],
    ),
    ("w-is-supplying-with", "Germany is supplying Israel with tank ammunition.", ["DE>IL|ammunition|delivered"]),
    (
        "w-arming-with",
        "North Korea has been arming Russia with ballistic missiles.",
        ["KP>RU|missiles|delivered|head=missile"],
    ),
    (
        "w-armed-with-year",
        "Turkey armed Azerbaijan with Bayraktar drones in 2020.",
        ["TR>AZ|drones|delivered|when=2020"],
    ),
    (
        "w-equipped-army-with",
        "Turkey has equipped Somalia's army with armoured vehicles.",
        ["TR>SO|armoured_vehicles|delivered|head=vehicle"],
    ),
    (
        "w-sniper-rifles",
        "The Czech Republic supplied Ukraine with 1,000 sniper rifles.",
        ["CZ>UA|small_arms|delivered|head=rifle|q=1000 exact"],
    ),
    (
        "w-kalashnikov",
        "Russia sent Kalashnikov assault rifles to Venezuela.",
        ["RU>VE|small_arms|delivered|head=rifle"],
    ),
    ("w-equipment-plain", "Lithuania sent military equipment to Ukraine.", ["LT>UA|equipment|delivered"]),
    (
        "w-arrived-from-month",
        "Ukraine's first Abrams tanks arrived from the United States in September.",
        ["US>UA|armoured_vehicles|delivered|head=tank|since=2023-09"],
    ),
]

MUST_NOT_PARSE += [
    ("w-no-unveiled", "Iran unveiled a new hypersonic missile at a ceremony in Tehran."),
    ("w-no-tested", "India tested its Agni-V missile with multiple warheads on Monday."),
    ("w-no-own-production", "Russia has ramped up domestic production of artillery shells to 3 million a year."),
    ("w-no-export-total", "Turkey's defence exports reached a record $5.5 billion last year."),
    ("w-no-exporter-rank", "France is now the world's second-largest arms exporter, according to SIPRI."),
    ("w-no-price", "A single Patriot interceptor costs about $4 million."),
    ("w-no-sanctions", "The EU imposed sanctions on Iranian companies that make drones."),
    ("w-no-denied", "China denied supplying weapons to Russia."),
    ("w-no-repeatedly-denied", "Tehran has repeatedly denied sending drones to Moscow."),
    ("w-no-troops", "North Korea has sent about 10,000 troops to Russia."),
    ("w-no-exercise", "Egypt and France held joint naval exercises with Rafale jets off Alexandria."),
    ("w-no-drills", "American and Philippine troops fired HIMARS rockets during joint drills."),
    ("w-no-stockpile", "Taiwan has a stockpile of about 400 Harpoon missiles."),
    ("w-no-industry", "South Korea's arms industry is booming as Europe rearms."),
    ("w-no-request", "Ukraine is asking Germany for Taurus cruise missiles."),
    ("w-no-refused", "Chancellor Scholz has refused to send Taurus missiles to Ukraine."),
    ("w-no-shot-down-own", "Pakistan shot down two Indian fighter jets in 2019."),
    ("w-no-intercepted", "Israel shot down Iranian drones over the Golan Heights."),
    ("w-no-rules", "Japan relaxed its rules on arms exports on Tuesday."),
    ("w-no-ambition", "India wants to become a major arms exporter to Southeast Asia."),
    ("w-no-fair", "Saudi Arabia hosted an arms fair where Chinese drones were displayed."),
    ("w-no-no-evidence", "The Pentagon said it had no evidence that China was sending lethal aid to Russia."),
    ("w-no-own-missiles", "Russia used its own Iskander missiles to strike Kharkiv."),
    ("w-no-factory", "Kim Jong Un inspected a munitions factory producing artillery shells."),
    ("w-no-warned-against", "US officials warned Beijing against supplying Moscow with weapons."),
    ("w-no-domestic-drones", "Ukraine's drone industry now builds 150,000 drones a month."),
]

# --- "turn to / rely on Y for X" (Y supplies, unless the one who turns is after money), "arm/equip Y
# with X", "in service with Y", a gerund after "against"/"from", "between A and B" -------------------
MUST_PARSE += [
    (
        "w-turning-to-two-suppliers",
        "India, once the biggest buyer of Russian arms, is turning to France and the US for fighter jets.",
        ["FR>IN|aircraft|delivered|item=fighter jet", "US>IN|aircraft|delivered|item=fighter jet"],
    ),
    (
        "w-relies-on-for",
        "Armenia now relies on India for howitzers and air defence systems.",
        ["IN>AM|artillery|delivered", "IN>AM|air_defence|delivered"],
    ),
    (
        "w-turned-to-reportedly",
        "Venezuela has reportedly turned to Iran for armed drones.",
        ["IR>VE|drones|reported|head=drone"],
    ),
    (
        "w-turn-to-income-seller",
        "Short of hard currency, Belarus has turned to Azerbaijan for new sales of its Polonez rocket launchers.",
        ["BY>AZ|artillery|delivered"],
    ),
    (
        "w-turn-to-as-market",
        "Serbia turned to Cyprus as a market for its Nora howitzers in 2022.",
        ["RS>CY|artillery|delivered|head=howitzer"],
    ),
    (
        "w-turned-to-regime-topic",
        "Myanmar's generals are isolated in the West. The junta has turned to Russia for Su-30 fighter jets.",
        ["RU>MM|aircraft|delivered|item=su-30 fighter jet"],
    ),
    (
        "w-armed-demonym-forces",
        "Washington armed Ukrainian forces with HIMARS rocket launchers.",
        ["US>UA|artillery|delivered"],
    ),
    (
        "w-equipped-will",
        "France will equip the Indian Navy with 26 Rafale Marine jets.",
        ["FR>IN|aircraft|agreed|q=26 exact"],
    ),
    (
        "w-in-service-with-made",
        "US-made F-16 fighters are now in service with Romania's air force.",
        ["US>RO|aircraft|delivered"],
    ),
    (
        "w-entered-service-with",
        "The Chinese-built frigates entered service with the Bangladesh Navy last year.",
        ["CN>BD|ships|delivered|head=frigate"],
    ),
    (
        "w-list-as-designation",
        "Britain has given Ukraine Starstreak missiles, AS-90 guns and Challenger 2 tanks.",
        ["GB>UA|air_defence|delivered", "GB>UA|artillery|delivered", "GB>UA|armoured_vehicles|delivered"],
    ),
    (
        "w-made-by-maker-passive",
        "Howitzers made by South Korea's Hanwha were shipped to Egypt in 2023.",
        ["KR>EG|artillery|delivered|head=howitzer|when=2023"],
    ),
    (
        "w-transfer-noun-completed",
        "The transfer of Dutch F-16 jets to Romania was completed last year.",
        ["NL>RO|aircraft|delivered|when=2023"],
    ),
    (
        "w-munitions-and-missiles",
        "Pakistan has supplied Ukraine with munitions and, possibly, anti-tank missiles.",
        ["PK>UA|ammunition|delivered|head=munition", "PK>UA|missiles|possible"],
    ),
]

MUST_NOT_PARSE += [
    ("w-no-turned-to-no-for", "Both juntas have cut ties with France and turned to Russia instead."),
    ("w-no-turned-to-suppliers", "Moscow has turned to suppliers of last resort for its munitions."),
    ("w-no-armed-with-capability", "The drones are armed with Hellfire missiles made in the US."),
    ("w-no-refrained-from", "Seoul has refrained from sending lethal weapons to Kyiv."),
    ("w-no-instead-of", "Instead of selling tanks to Egypt, Germany offered training."),
    ("w-no-in-service-own", "Russian-made S-400 systems are in service with Russia's air defence forces."),
    ("w-no-rely-on-own", "Israel relies on its own industry for most of its missiles."),
]

# --- more verbs, headlines and clause shapes: set to receive, inks, greenlights, leases, came from,
# "among the countries that", relative clauses and appositions ------------------------------------------
MUST_PARSE += [
    (
        "w2-set-to-receive",
        "Vietnam is set to receive 12 Yak-130 jets from Russia next year.",
        ["RU>VN|aircraft|agreed|q=12 exact"],
    ),
    (
        "w2-due-take-delivery",
        "Bahrain is due to take delivery of its first F-16 Block 70 jets from the United States in 2025.",
        ["US>BH|aircraft|agreed"],
    ),
    (
        "w2-headline-to-send",
        "Canada is to send Ukraine 50 armoured vehicles, the defence minister said.",
        ["CA>UA|armoured_vehicles|agreed|q=50 exact"],
    ),
    (
        "w2-inks-deal-with-for",
        "Poland inks $12 billion deal with the US for 96 Apache helicopters.",
        ["US>PL|aircraft|agreed|q=96 exact"],
    ),
    (
        "w2-signs-deal-with-for",
        "Egypt has signed a deal with South Korea for 100 K9 howitzers.",
        ["KR>EG|artillery|agreed|q=100 exact"],
    ),
    (
        "w2-cleared-sale",
        "Washington cleared the sale of 40 F-16 jets to Turkey in January.",
        ["US>TR|aircraft|agreed|q=40 exact"],
    ),
    (
        "w2-approved-possible-sale-of",
        "The State Department approved a possible sale to Taiwan of 100 Harpoon coastal defence systems.",
        ["US>TW|missiles|agreed|q=100 exact"],
    ),
    (
        "w2-leased-from",
        "India leased a nuclear-powered submarine from Russia in 2012.",
        ["RU>IN|ships|delivered|head=submarine|q=1 exact"],
    ),
    (
        "w2-loaned-to",
        "Norway loaned two NASAMS launchers to Ukraine.",
        ["NO>UA|air_defence|delivered|q=2 exact"],
    ),
    (
        "w2-resold-to",
        "Jordan resold its Cobra attack helicopters to Ukraine.",
        ["JO>UA|aircraft|delivered|head=helicopter"],
    ),
    (
        "w2-among-countries-that",
        "Norway is among the countries that have sent F-16 jets to Ukraine.",
        ["NO>UA|aircraft|delivered"],
    ),
    (
        "w2-which-has-sent",
        "Poland, which has sent Ukraine more than 300 tanks, is now rebuilding its own army.",
        ["PL>UA|armoured_vehicles|delivered|q=300 lower"],
    ),
    (
        "w2-relative-bought-from",
        "The Su-35 jets, which Iran bought from Russia last year, have not yet arrived.",
        ["RU>IR|aircraft|agreed"],
    ),
    (
        "w2-shipments-demonym-to",
        "Shipments of Iranian drones to Russia continued through the winter, officials in Kyiv said.",
        ["IR>RU|drones|reported|head=drone"],
    ),
    (
        "w2-bound-for",
        "A consignment of North Korean artillery shells bound for Russia was seen at the port of Rajin.",
        ["KP>RU|ammunition|delivered|head=shell"],
    ),
    (
        "w2-imports-from",
        "Vietnam's arms imports from Russia have fallen since 2014.",
        ["RU>VN|equipment|delivered"],
    ),
    (
        "w2-began-receiving",
        "Slovakia began receiving CV90 infantry fighting vehicles from Sweden in March.",
        ["SE>SK|armoured_vehicles|delivered|since=2024-03"],
    ),
    (
        "w2-pledged-to-deliver",
        "Sweden has pledged to deliver Gripen fighter jets to Ukraine.",
        ["SE>UA|aircraft|agreed"],
    ),
    (
        "w2-approved-export-of",
        "Berlin approved the export of 60 Leopard 1 tanks to Ukraine.",
        ["DE>UA|armoured_vehicles|agreed|q=60 exact"],
    ),
    (
        "w2-present-headline-hands",
        "Germany hands Ukraine more Leopard 1 tanks as Russian troops advance.",
        ["DE>UA|armoured_vehicles|delivered"],
    ),
    (
        "w2-announced-will-provide",
        "Japan will provide the Philippines with five patrol vessels, the defence ministry announced.",
        ["JP>PH|ships|agreed|q=5 exact"],
    ),
    (
        "w2-supplies-of-from-to",
        "Supplies of Turkish armoured vehicles to Kenya have grown since last year.",
        ["TR>KE|armoured_vehicles|delivered|since=2023"],
    ),
    (
        "w2-came-from",
        "Sudan's army has used drones in the war. Most of Sudan's drones came from Iran, according to Western "
        "officials.",
        ["IR>SD|drones|reported"],
    ),
    (
        "w2-went-to",
        "About 90 of the Czech-made tanks went to Ukraine last year.",
        ["CZ>UA|armoured_vehicles|delivered|q=90 approx|when=2023"],
    ),
    (
        "w2-commissioned-built",
        "The Pakistan Navy commissioned a Chinese-built Type 054A/P frigate in Shanghai.",
        ["CN>PK|ships|delivered|head=frigate"],
    ),
]

MUST_NOT_PARSE += [
    ("w2-no-co-produce", "Poland and South Korea will co-produce K2 tanks at a plant near Warsaw."),
    ("w2-no-wants-to-buy", "Turkey still wants to buy Eurofighter Typhoon jets from Britain."),
    ("w2-no-talks", "Saudi Arabia is in talks with China about buying drones."),
    ("w2-no-offered-rejected", "India rejected an offer of Russian Su-57 jets."),
]

MUST_PARSE += [
    (  # a navy commissions a ship into service: the builder's country delivered it
        "w2-commissioned-built-by",
        "The Philippine navy commissioned two corvettes built by South Korea's Hyundai Heavy Industries.",
        ["KR>PH|ships|delivered|head=corvette|q=2 exact"],
    ),
]

# --- article-like paragraphs: makers as actors, lists after "among them", inversions, anaphora -----------
MUST_PARSE += [
    (
        "w3-maker-among-them",
        "Turkey has emerged as a leading drone exporter. Baykar has sold the TB2 to more than 30 countries, among "
        "them Poland, Morocco and Ethiopia. In 2022 Kuwait signed a $370 million contract for the drones.",
        [
            "TR>PL|drones|delivered",
            "TR>MA|drones|delivered",
            "TR>ET|drones|delivered",
            "TR>KW|drones|agreed",
        ],
    ),
    (
        "w3-maker-possessive-supply-with",
        "Israel's Elbit Systems will supply Romania with Watchkeeper drones under a contract worth $400 million.",
        ["IL>RO|drones|agreed|head=drone"],
    ),
    (
        "w3-under-deal-signed-in",
        "Under the deal, signed in Ankara on Friday, Indonesia will buy 48 KAAN fighter jets.",
        ["TR>ID|aircraft|agreed|q=48 exact"],
    ),
    (
        "w3-pentagon-would-send",
        "The Pentagon said on Tuesday it would send Israel more 2,000-pound bombs.",
        ["US>IL|ammunition|agreed|head=bomb"],
    ),
    (
        "w3-taken-delivery-satellite",
        "The United Arab Emirates has quietly taken delivery of Chinese L-15 trainer jets, according to satellite "
        "images.",
        ["CN>AE|aircraft|reported"],
    ),
    (
        "w3-delivered-to-last-year-used",
        "Russian-made Mi-24 helicopters delivered to Mali last year have been used in strikes on the north.",
        ["RU>ML|aircraft|delivered|when=2023"],
    ),
    (
        "w3-says-it-has-received",
        "Kyiv says it has received the first batch of Swedish Archer howitzers.",
        ["SE>UA|artillery|delivered|head=howitzer"],
    ),
    (
        "w3-money-worth-of-weapons",
        "Saudi Arabia agreed to buy $110 billion worth of American weapons.",
        ["US>SA|equipment|agreed"],
    ),
    (
        "w3-relative-under-which",
        "The $8 billion deal, under which Qatar will purchase 36 F-15 jets from the United States, was signed in June.",
        ["US>QA|aircraft|agreed|q=36 exact"],
    ),
    (
        "w3-flies-donated-by",
        "Ukraine's air force now flies F-16 jets donated by Denmark and the Netherlands.",
        ["DK>UA|aircraft|delivered", "NL>UA|aircraft|delivered"],
    ),
    (
        "w3-receiving-since-intelligence",
        "Moscow has been receiving Iranian ballistic missiles since September, according to US intelligence.",
        ["IR>RU|missiles|reported|since=2023-09"],
    ),
    (
        "w3-maker-first-count",
        "Hanwha Aerospace delivered the first 24 K9 howitzers to Poland in December 2022.",
        ["KR>PL|artillery|delivered|q=24 exact|since=2022-12"],
    ),
    (
        "w3-exporter-signed-contracts",
        "Rosoboronexport has signed contracts to deliver Su-30 fighter jets to Algeria.",
        ["RU>DZ|aircraft|agreed"],
    ),
    (
        "w3-which-received-in",
        "The Philippines, which received BrahMos missiles from India in April, is now seeking more.",
        ["IN>PH|missiles|delivered|when=2023-04"],
    ),
    (
        "w3-maker-building-for",
        "France's Naval Group is building four Scorpene submarines for Indonesia.",
        ["FR>ID|ships|agreed|q=4 exact"],
    ),
    (
        "w3-share-of-imports",
        "Over the past decade, Israel has supplied about 60 percent of Azerbaijan's arms imports, according to SIPRI.",
        ["IL>AZ|equipment|reported"],
    ),
    (
        "w3-among-are-inverted",
        "Among the weapons Washington has provided to Kyiv are Stinger missiles and Javelin anti-tank missiles.",
        ["US>UA|air_defence|delivered", "US>UA|missiles|delivered"],
    ),
    (
        "w3-dateline-wire",
        "SEOUL, March 4 (Reuters) - North Korea has sent more than 10,000 containers of munitions to Russia since "
        "August, South Korea's defence minister said on Monday.",
        ["KP>RU|equipment|reported|item=container|q=10000 lower|since=2023-08"],
    ),
    (
        "w3-running-total-fleet",
        "The Nigerian Air Force has received two more JF-17 Thunder fighters from Pakistan. The jets landed in Abuja "
        "on Tuesday.",
        ["PK>NG|aircraft|delivered|q=2 exact"],
    ),
]

# --- clause shapes met in longer articles: a relative "which" whose antecedent acts, a country's own
# forces as actor, "..., and it has also received", two names of one weapon, a carrier's maker, a noun
# of transfer as subject, "agreements for" a list, the plain word for a named weapon -----------------
MUST_PARSE += [
    (
        "w4-which-antecedent-acts",
        "Athens worries about its ties with Ankara, which operates Russian S-400 systems.",
        ["RU>TR|air_defence|delivered"],
    ),
    (
        "w4-institution-subject",
        "Bangladesh is modernising its forces. The air force inducted 16 Chinese J-10C fighter jets last month.",
        ["CN>BD|aircraft|delivered|q=16 exact"],
    ),
    (
        "w4-and-it-also-received",
        "Kenya's defence budget has doubled. This year the army received 20 armoured vehicles from Turkey, and it "
        "has also received drones from Israel.",
        ["TR>KE|armoured_vehicles|delivered|q=20 exact", "IL>KE|drones|delivered|head=drone"],
    ),
    (
        "w4-two-names-one-weapon",
        "Angola took delivery of six A-29 Super Tucano aircraft from Brazil.",
        ["BR>AO|aircraft|delivered|q=6 exact"],
    ),
    (
        "w4-noun-subject-predicate",
        "Uzbekistan took delivery of Chinese Wing Loong drones last year. The deliveries are part of an agreement "
        "signed in 2021 for 24 Wing Loong drones and 12 FD-2000 air defence systems.",
        [
            "CN>UZ|drones|delivered|when=2023",
            "CN>UZ|drones|agreed|q=24 exact",
            "CN>UZ|air_defence|agreed|q=12 exact",
        ],
    ),
    (
        "w4-plain-word-joins-named",
        "Iran has sent Russia Shahed-136 loitering munitions. Tehran admitted it had sent drones to Moscow before "
        "the war.",
        ["IR>RU|drones|delivered|head=munition"],
    ),
]
MUST_NOT_PARSE += [
    ("w4-no-between-ties", "Ties between Ankara and Athens have improved since the earthquake."),
    ("w4-no-institution-own", "The navy commissioned its first locally built frigate on Monday."),
]

# --- "used" as verb or as "second-hand", recipients listed as subjects, "the aircraft" for drones ------
MUST_PARSE += [
    (
        "w5-used-adjective-no-use",
        "Romania signed a deal to buy 32 used F-16 jets from Norway.",
        ["NO>RO|aircraft|agreed|q=32 exact"],
    ),
    (
        "w5-subject-list-receive",
        "Serbia, Hungary and Slovakia have all received Chinese FK-3 air defence systems.",
        ["CN>RS|air_defence|delivered", "CN>HU|air_defence|delivered", "CN>SK|air_defence|delivered"],
    ),
    (
        "w5-aircraft-anaphor-drones",
        "Iraq flies Chinese CH-5 drones, while Jordan and Egypt have also taken delivery of the aircraft.",
        ["CN>IQ|drones|delivered", "CN>JO|drones|delivered", "CN>EG|drones|delivered"],
    ),
    (
        "w5-they-arrived",
        "Chile bought two Type 23 frigates from Britain. They arrived in Valparaiso in 2008.",
        ["GB>CL|ships|agreed|q=2 exact", "GB>CL|ships|delivered|when=2008"],
    ),
]
MUST_NOT_PARSE += [
    ("w5-no-used-adjective-sale", "Used F-16 jets are cheaper than new Gripens, analysts say."),
]

# --- shares of a country's imports, an absolute or subordinate clause's actor, "to the country",
# deliveries still awaited -------------------------------------------------------------------------
MUST_PARSE += [
    (
        "w6-received-percent-from",
        "Bangladesh received 72 percent of its arms from China in 2019-23, SIPRI said.",
        ["CN>BD|equipment|reported|q=72 exact|unit=percent"],
    ),
    (
        "w6-with-actor-supplying-its",
        "Qatar was the third-largest importer, with France supplying nearly half of its weapons.",
        ["FR>QA|equipment|delivered"],
    ),
    (
        "w6-after-actor-delivered-to-country",
        "Niger's army has received Turkish drones, weeks after China delivered armoured vehicles to the country.",
        ["TR>NE|drones|delivered", "CN>NE|armoured_vehicles|delivered"],
    ),
    (
        "w6-awaiting-delivery",
        "The Indonesian Air Force is awaiting delivery of 42 Rafale jets from France.",
        ["FR>ID|aircraft|agreed|q=42 exact"],
    ),
    (
        "w6-yet-to-receive",
        "Egypt has yet to receive the Su-35 fighter jets it ordered from Russia.",
        ["RU>EG|aircraft|agreed"],
    ),
]

# --- a foreign-made weapon a country holds: "India's Russian-made S-400s"; weapons lost in battle ---------
MUST_PARSE += [
    (
        "w7-possessive-made",
        "Egypt's French-built Mistral helicopter carriers sailed for the exercise.",
        ["FR>EG|ships|delivered"],
    ),
    (
        "w7-forces-possessive-made",
        "The Turkish army's German-made Leopard 2 tanks proved vulnerable in Syria.",
        ["DE>TR|armoured_vehicles|delivered|head=tank"],
    ),
    (
        "w7-lost-made",
        "Armenia lost several Russian-made Tor air defence systems in the fighting.",
        ["RU>AM|air_defence|delivered"],
    ),
    (
        "w7-operated-by",
        "Israeli-made Heron drones operated by Azerbaijan were seen over Nagorno-Karabakh.",
        ["IL>AZ|drones|delivered|head=drone"],
    ),
]
MUST_NOT_PARSE += [
    ("w7-no-possessive-own-made", "Russia's Russian-made Su-57 jets rarely fly over Ukraine."),
    ("w7-no-lost-own", "Russia has lost more than 3,000 tanks in Ukraine, analysts estimate."),
]

MUST_PARSE += [
    (
        "w7-accuse-of-supplying",
        "Kyiv accuses Minsk of supplying Russia with tank ammunition.",
        ["BY>RU|ammunition|reported"],
    ),
    (
        "w7-accused-passive",
        "Eritrea has been accused of sending weapons to Sudan's army.",
        ["ER>SD|equipment|reported"],
    ),
]

MUST_PARSE += [
    (
        "w7-first-of-relative-arrived",
        "The first three of the 18 Caesar howitzers Lithuania ordered from France arrived in Vilnius.",
        ["FR>LT|artillery|agreed|q=18 exact", "FR>LT|artillery|delivered|q=3 exact"],
    ),
]

# --- shares and sources of a country's arsenal ---------------------------------------------------------
MUST_PARSE += [
    (
        "w8-main-source-of-possessive",
        "France has become Egypt's main source of warships.",
        ["FR>EG|ships|delivered|head=warship"],
    ),
    (
        "w8-source-of-held",
        "Israel is the main source of Azerbaijan's drones.",
        ["IL>AZ|drones|delivered"],
    ),
    (
        "w8-sources-most-of-from",
        "Kazakhstan sources most of its weapons from Russia.",
        ["RU>KZ|equipment|delivered"],
    ),
    (
        "w8-accounts-for-share",
        "China accounts for 80 percent of Bangladesh's arms imports.",
        ["CN>BD|equipment|delivered|unit=percent"],
    ),
    (
        "w8-most-come-from",
        "Most of Morocco's combat aircraft now come from the United States.",
        ["US>MA|aircraft|delivered"],
    ),
]
MUST_NOT_PARSE += [
    ("w8-no-source-unknown", "Investigators could not trace the source of the rifles."),
    ("w8-no-accounts-for-package", "Ammunition accounts for 30 percent of the package."),
]

# --- a supplier noun alone in a story about arms imports ------------------------------------------------
MUST_PARSE += [
    (
        "w8-supplier-alone-arms-story",
        "Saudi Arabia was the world's second-largest arms importer in 2019-23. Britain was its third-largest "
        "supplier, after the United States and France.",
        ["GB>SA|equipment|delivered"],
    ),
]
MUST_NOT_PARSE += [
    ("w8-no-oil-supplier", "India's arms imports fell in 2023. Russia is also India's largest oil supplier."),
]

# --- armed groups recorded as the country they fight in ("the Houthis" -> YE, "Hezbollah" -> LB), as
# analysts record a flow to a non-state force (these were once read as no transfer) --------------------
MUST_PARSE += [
    (
        "g-houthis-use",
        "Houthi rebels have launched Iranian-made missiles at ships in the Red Sea.",
        ["IR>YE|missiles|delivered"],
    ),
    (
        "g-x-b5",
        "Tehran has provided the Houthis with ballistic missiles, according to a UN panel.",
        ["IR>YE|missiles|reported"],
    ),
    ("g-x-b29", "North Korea is believed to have sold Grad rockets to Hamas.", ["KP>PS|ammunition|reported"]),
    (
        "g-x-c27",
        "Hezbollah receives rockets from Iran through Syria, Israeli officials say.",
        ["IR>LB|ammunition|reported"],
    ),
    (
        "g-w-d6",
        "The Houthis fired an Iranian-made ballistic missile at a tanker in the Red Sea.",
        ["IR>YE|missiles|delivered"],
    ),
    (
        "g-v-e12",
        "Several hundred Kornet anti-tank missiles were smuggled from Iran to Hezbollah.",
        ["IR>LB|missiles|delivered"],
    ),
    (
        "g-hamas-hands-on",
        "Hamas got its hands on Iranian rockets smuggled through Egypt.",
        ["IR>PS|ammunition|delivered"],
    ),
    (
        "g-rsf-wagner",
        "The RSF may have received surface-to-air missiles from Russia's Wagner Group.",
        ["RU>SD|air_defence|possible"],
    ),
]
MUST_NOT_PARSE += [
    ("w8-no-share-of-world", "The United States accounted for 42 percent of global arms exports in 2019-23."),
    ("w8-no-supplier-of-oil", "India's arms imports fell. Russia became India's largest supplier of crude oil."),
]

# --- contract reports and sale notices: two signers, running totals on order, "the first of them",
# "Name (ACRONYM)", semicolon lists with written-out numbers, a buyer's intention ------------------------
MUST_PARSE += [
    (
        "w9-two-signers-maker-sells",
        "Norway's defence ministry and Germany's TKMS signed a contract for two Type 212CD submarines on Monday.",
        ["DE>NO|ships|agreed|q=2 exact"],
    ),
    (
        "w9-deliveries-under-contract",
        "Romania bought 54 Abrams tanks from the United States in 2023. Deliveries under the contract, also for 54 "
        "tanks, began in January. More than 20 of those tanks had been delivered by March, the ministry said.",
        [
            "US>RO|armoured_vehicles|agreed|q=54 exact",
            "US>RO|armoured_vehicles|delivered|q=20 lower|since=2024-01",
        ],
    ),
    (
        "w9-variant-family-name",
        "Kuwait ordered 28 Eurofighter Typhoon Tranche 3 jets from Italy.",
        ["IT>KW|aircraft|agreed|q=28 exact"],
    ),
    (
        "w9-long-name-acronym",
        "Ukraine received the National Advanced Surface-to-Air Missile System (NASAMS) from Norway.",
        ["NO>UA|air_defence|delivered|item=nasams air defence system"],
    ),
    (
        "w9-first-of-them-since",
        "Italy has so far handed over eight of the helicopters to Qatar, the first of them in May 2022.",
        ["IT>QA|aircraft|delivered|q=8 exact|since=2022-05|when=None"],
    ),
    (
        "w9-raising-order-to",
        "India signed for 26 more Rafale jets, raising the number of the French-built fighters it has on order to 62.",
        ["FR>IN|aircraft|agreed|q=62 exact"],
    ),
    (
        "w9-notice-requested-to-buy",
        "The State Department approved a possible sale of F-16 jets to Bulgaria. The Government of Bulgaria has "
        "requested to buy eight (8) F-16 Block 70 aircraft; up to sixteen (16) AIM-120 missiles; and up to "
        "forty (40) GBU-39 bombs.",
        [
            "US>BG|aircraft|agreed|q=8 exact",
            "US>BG|missiles|agreed|q=16 upper",
            "US>BG|ammunition|agreed|q=40 upper",
        ],
    ),
]
MUST_NOT_PARSE += [
    (
        "w9-no-intends-to-acquire",
        "The government has said it intends to acquire F-35 stealth jets later in the decade.",
    ),
]

# --- deployments, a missile type that overrides a system's name, "handed over N more", a weapon's name
# over the last flow of its kind, a country's forces as recipient --------------------------------------------
MUST_PARSE += [
    (
        "w10-air-to-air-not-sam",
        "Berlin approved the export of 60 IRIS-T air-to-air missiles to Sweden.",
        ["DE>SE|missiles|agreed|q=60 exact"],
    ),
    (
        "w10-anti-ship-modifier-origin",
        "Hezbollah has launched Iranian-made anti-ship cruise missiles at Israeli vessels.",
        ["IR>LB|missiles|delivered|head=missile"],
    ),
    (
        "w10-handed-over-more",
        "Poland gave Slovakia ten MiG-29 jets in 2023, and Czechia handed over three more in 2024.",
        ["PL>SK|aircraft|delivered|q=10 exact|when=2023", "CZ>SK|aircraft|delivered|q=3 exact|when=2024"],
    ),
    (
        "w10-name-beats-last-flow",
        "Russia supplied Pantsir systems to Serbia in 2020. The FK-3 air defence systems were delivered to Serbia "
        "in April 2022.",
        ["RU>RS|air_defence|delivered|when=2020", "CN>RS|air_defence|delivered|when=2022-04"],
    ),
    (
        "w10-to-the-police-force",
        "Haiti's police are outgunned by gangs. Canada delivered 18 armoured vehicles to the police force last year.",
        ["CA>HT|armoured_vehicles|delivered|q=18 exact|when=2023"],
    ),
]
MUST_NOT_PARSE += [
    ("w10-no-deployment", "Denmark says it will send a frigate to join the US-led coalition in the Red Sea."),
    ("w10-no-deployment-patrol", "Britain is sending two destroyers to patrol the Strait of Hormuz."),
]

MUST_PARSE += [
    (
        "w10-list-headed-by-weapons",
        "A UN panel said Eritrea had supplied Sudan's army with weapons, ammunition and armoured vehicles.",
        ["ER>SD|equipment|reported", "ER>SD|ammunition|reported", "ER>SD|armoured_vehicles|reported"],
    ),
]

# --- a replaced weapon, bids, a deal still to be made, "the first of N" under a contract ----------------
MUST_PARSE += [
    (
        "w11-to-replace-its",
        "Peru signed a contract for 24 Gripen jets from Sweden to replace its ageing MiG-29 fighters.",
        ["SE>PE|aircraft|agreed|q=24 exact"],
    ),
    (
        "w11-first-of-n-under-contract",
        "France delivered the first of four Gowind corvettes to Egypt in May, under a contract signed in 2014.",
        ["FR>EG|ships|delivered|q=1 exact|since=2023-05", "FR>EG|ships|agreed|q=4 exact"],
    ),
    (
        "w11-indirect-forces",
        "Turkey has supplied Somalia's army with armoured vehicles and drones.",
        ["TR>SO|armoured_vehicles|delivered", "TR>SO|drones|delivered"],
    ),
]
MUST_NOT_PARSE += [
    ("w11-no-weighing-offers", "Colombia is still weighing offers for up to 24 new fighter jets."),
    ("w11-no-close-to-deal", "Indonesia is reportedly close to a BrahMos missile deal with India."),
]

MUST_PARSE += [
    (
        "w12-and-subject-no-comma",
        "Chile operates Brazilian-made aircraft and Colombia has bought Guarani armoured vehicles.",
        ["BR>CL|aircraft|delivered", "BR>CO|armoured_vehicles|agreed"],
    ),
    (
        "w12-share-beside-delivery",
        "Moscow delivered four Su-30SM fighters to Kazakhstan in 2023. Russia still accounts for about 80 percent "
        "of Kazakhstan's arms imports, according to SIPRI.",
        ["RU>KZ|aircraft|delivered|q=4 exact|when=2023", "RU>KZ|equipment|reported|unit=percent"],
    ),
]
MUST_NOT_PARSE += [
    (
        "w12-no-traditional-supplier",
        "Uzbekistan is buying more arms at home, in a quiet shift away from its traditional supplier.",
    ),
]

# --- an approval's "from" and a purchase's "from" stay in their clause; units of a named system --------
MUST_PARSE += [
    (
        "w13-approval-from-other-clause",
        "The Biden administration approved the sale of 40 F-16 jets to Turkey, a deal that drew criticism from Greece.",
        ["US>TR|aircraft|agreed|q=40 exact"],
    ),
    (
        "w13-deal-from-other-clause",
        "Egypt signed a deal for 12 batteries of South Korea's K9 howitzers, following similar orders from Poland "
        "and Australia.",
        ["KR>EG|artillery|agreed|q=12 exact|unit=battery"],
    ),
    (
        "w13-handed-over-part-of",
        "Russia has handed over four of the five S-400 squadrons to India.",
        ["RU>IN|air_defence|delivered|q=4 exact"],
    ),
    (
        "w13-training-jets",
        "In March, Russia had already delivered L-39 training jets to the Malian air force.",
        ["RU>ML|aircraft|delivered|item=l-39 trainer jet|when=2024-03"],
    ),
]

# --- object pronouns, an aside about another country, a possessive noun of transfer with "from" --------
MUST_PARSE += [
    (
        "w14-possessive-deliveries-from",
        "Uganda's deliveries from China included 24 armoured personnel carriers.",
        ["CN>UG|armoured_vehicles|delivered|q=24 exact"],
    ),
    (
        "w14-possessive-imports-from-content",
        "Vietnam's imports from Israel included Spyder air defence systems and Galil rifles.",
        ["IL>VN|air_defence|delivered", "IL>VN|small_arms|delivered"],
    ),
]
MUST_NOT_PARSE += [
    ("w14-no-resisting-pressure", "Berlin is still resisting pressure to send Taurus cruise missiles to Kyiv."),
    ("w14-no-ruled-out", "Seoul has ruled out sending 155mm shells to Ukraine directly."),
]

# --- flows, resupply and airlifts, a relative "which it received" after a possessive ---------------------
MUST_PARSE += [
    (
        "w15-flowing-from-to",
        "Drones are flowing from Iran to Venezuela by air, US officials say.",
        ["IR>VE|drones|reported"],
    ),
    ("w15-flow-of-to", "The flow of Chinese rifles to Myanmar has grown.", ["CN>MM|small_arms|delivered"]),
    (
        "w15-resupplied-with",
        "Russia resupplied Syria with Pantsir air defence systems in 2018.",
        ["RU>SY|air_defence|delivered|when=2018"],
    ),
    (
        "w15-airlifted-to",
        "Moscow airlifted S-300 missile systems to Venezuela in 2019.",
        ["RU>VE|air_defence|delivered|when=2019"],
    ),
    (
        "w15-which-it-received",
        "Romania's F-16 jets, which it received from Portugal and Norway, patrol the Black Sea.",
        ["PT>RO|aircraft|delivered", "NO>RO|aircraft|delivered"],
    ),
]
MUST_NOT_PARSE += [("w15-no-oil-flowing", "Oil is flowing from Russia to India at record volumes.")]

# --- a reduced relative after a comma, awaited weapons, a failed attempt, "and is" ending an object -------
MUST_PARSE += [
    (
        "w16-reduced-relative-delivered",
        "Ecuador bought two patrol vessels from Chile, delivered in 2022.",
        ["CL>EC|ships|agreed|q=2 exact", "CL>EC|ships|delivered|q=2 exact|when=2022"],
    ),
    (
        "w16-awaiting-more",
        "The Nigerian Navy is awaiting two more frigates from China.",
        ["CN>NG|ships|agreed|q=2 exact"],
    ),
    (
        "w16-failed-clause-then-deal",
        "When Egypt failed to secure F-15 jets from Washington, it signed a contract for 30 Rafale jets from France.",
        ["FR>EG|aircraft|agreed|q=30 exact"],
    ),
    (
        "w16-and-is-ends-object",
        "Qatar has bought Turkish drones and is in talks with Italy about new frigates.",
        ["TR>QA|drones|agreed"],
    ),
]

MUST_PARSE += [
    (
        "w16-agreed-that-will-sell",
        "Paris and Berlin agreed that France will sell 12 Caesar howitzers to Lithuania.",
        ["FR>LT|artillery|agreed|q=12 exact"],
    ),
]

# --- bugs caught in this round: each once gave a wrong fact or none ------------------------------------
# (", AS-90 howitzers" read as ", as ..."; "ties between Cairo and Paris" chained into the flow; an
# Antonov carrier taken for the topic; "armed forces" read as a verb; "Ethiopia used Bayraktars" read
# as second-hand; a country inside ", which ...," taken for the actor; "A and B agreed that")
BUGS_CAUGHT += [
    (
        "w-list-three-kinds",
        "The UK has sent Ukraine Challenger 2 tanks, AS-90 howitzers and Brimstone missiles.",
        ["GB>UA|armoured_vehicles|delivered", "GB>UA|artillery|delivered", "GB>UA|missiles|delivered"],
    ),
    (
        "w-between-not-partners",
        "Algeria's purchase of Su-57 jets from Russia has deepened ties between Algiers and Moscow.",
        ["RU>DZ|aircraft|agreed|head=jet"],
    ),
    (
        "w4-carrier-maker-not-topic",
        "Algeria ordered the helicopters from Italy in 2021. They arrived in Algiers on Friday aboard an Antonov "
        "cargo plane.",
        ["IT>DZ|aircraft|agreed|head=helicopter", "IT>DZ|aircraft|delivered|head=helicopter|when=2024-03-15"],
    ),
    (
        "w10-armed-forces-adjective",
        "Turkey has delivered 20 Kirpi vehicles to Niger's armed forces since January, officials in Niamey said.",
        ["TR>NE|armoured_vehicles|delivered|q=20 exact|since=2024-01"],
    ),
    (
        "w5-used-verb-before-name",
        "Azerbaijan used Bayraktar TB2 drones against Armenian positions in 2020.",
        ["TR>AZ|drones|delivered"],
    ),
    (
        "w14-sells-them-to-aside",
        "Israel, which has been supplying Azerbaijan with Harop drones since 2016, also sells them to Morocco.",
        ["IL>AZ|drones|delivered|since=2016", "IL>MA|drones|delivered"],
    ),
    (
        "w16-agreed-that-will-buy",
        "Prague and Bratislava agreed on Friday that Slovakia will buy 152 CV90 vehicles from Sweden.",
        ["SE>SK|armoured_vehicles|agreed|q=152 exact"],
    ),
    (
        "w-nominal-purchase-from",
        "Egypt's purchase of Rafale jets from France has strengthened ties between Cairo and Paris.",
        ["FR>EG|aircraft|agreed|head=jet"],
    ),
]
MUST_PARSE += [
    (
        "w16-expected-to-buy",
        "Egypt is also expected to buy Chinese J-10C jets, though no deal has been announced.",
        ["CN>EG|aircraft|possible"],
    ),
]

# --- radars ---------------------------------------------------------------------------------------------
MUST_PARSE += [
    (
        "w17-radars-equipment",
        "Armenia has bought three GM200 radars from France.",
        ["FR>AM|equipment|agreed|q=3 exact|head=radar"],
    ),
]
MUST_NOT_PARSE += [
    ("w17-no-radar-station", "The radar station near Gabala was closed in 2012."),
    ("w17-no-own-parade", "China paraded its new DF-41 missiles through Beijing."),
    ("w17-no-navy-shows-off-own", "The Chinese navy showed off its JL-2 missiles, nicknamed the Guam killer."),
]
MUST_PARSE += [
    (
        "w17-panel-found-reported",
        "The panel also found that Belarus had transferred armoured vehicles to Myanmar's army.",
        ["BY>MM|armoured_vehicles|reported"],
    ),
]

# --- grammar-probe round (tests/arms_probe.py): sentence shapes news uses beyond the simple ones ---------
# commas that cut no clause: "2,500" inside a relative aside, a list item starting with an -ing word
MUST_PARSE += [
    (
        "gp-number-comma-aside",
        "Mexico, which bought 2,500 rifles from Belgium in 2021, wants more.",
        ["BE>MX|small_arms|agreed|q=2500 exact"],
    ),
    (
        "gp-number-comma-ordered",
        "Chile, which ordered 1,200 armoured vehicles from Brazil, expects the first this year.",
        ["BR>CL|armoured_vehicles|agreed|q=1200 exact"],
    ),
    (
        "gp-ing-item-in-list",
        "Canada supplied armoured vehicles, mortar rounds and loitering munitions to Latvia.",
        [
            "CA>LV|armoured_vehicles|delivered",
            "CA>LV|ammunition|delivered|head=round",
            "CA>LV|drones|delivered|head=munition",
        ],
    ),
]
# verbs of moving weapons: trucked, channelled, flew in, replenished a country's stocks
MUST_PARSE += [
    (
        "gp-trucked",
        "Belarus trucked 20 tanks to Russia in March.",
        ["BY>RU|armoured_vehicles|delivered|q=20 exact|when=2024-03"],
    ),
    ("gp-channelled", "Iran channelled drones to the Houthis, the panel said.", ["IR>YE|drones|reported"]),
    (
        "gp-flew-in",
        "The United States flew in two Patriot batteries to Israel on Tuesday.",
        ["US>IL|air_defence|delivered|q=2 exact|when=2024-03-12"],
    ),
    (
        "gp-replenished-stocks",
        "Germany has replenished Lithuania's stocks of artillery shells.",
        ["DE>LT|ammunition|delivered|item=artillery shell"],
    ),
]
# a foreign weapon seen with a country's forces
MUST_PARSE += [
    (
        "gp-spotted-with",
        "Czech-made howitzers were spotted with Ukrainian units near Bakhmut.",
        ["CZ>UA|artillery|delivered"],
    ),
    (
        "gp-spotted-with-troops",
        "Russian-made tanks were spotted with Malian troops.",
        ["RU>ML|armoured_vehicles|delivered"],
    ),
    (
        "gp-in-the-hands-of",
        "Iranian-made rifles have been seen in the hands of Hezbollah fighters.",
        ["IR>LB|small_arms|delivered"],
    ),
]
# contracts: the maker sells whatever side of "with" it stands on; awards; orders placed with or won from
MUST_PARSE += [
    (
        "gp-maker-signs-with-agency",
        "Hyundai Rotem signed a contract with Poland's Armament Agency for 180 K2 tanks.",
        ["KR>PL|armoured_vehicles|agreed|q=180 exact|item=k2 tank"],
    ),
    (
        "gp-maker-signs-with-country",
        "Saab signed a deal with Thailand for four Gripen jets.",
        ["SE>TH|aircraft|agreed|q=4 exact"],
    ),
    (
        "gp-maker-signs-shipyard",
        "Navantia signed a contract with Saudi Arabia for five corvettes.",
        ["ES>SA|ships|agreed|q=5 exact|head=corvette"],
    ),
    (
        "gp-awarded-maker-contract",
        "Vietnam awarded Hanwha Aerospace a contract for 20 K9 howitzers.",
        ["KR>VN|artillery|agreed|q=20 exact"],
    ),
    (
        "gp-awarded-contract-to",
        "Greece awarded a contract to Naval Group for three frigates.",
        ["FR>GR|ships|agreed|q=3 exact"],
    ),
    (
        "gp-awarded-by",
        "Embraer has been awarded a contract by Portugal to deliver five KC-390 aircraft.",
        ["BR>PT|aircraft|agreed|q=5 exact"],
    ),
    (
        "gp-received-order-from",
        "Rheinmetall has received an order from Hungary for 200 Lynx infantry fighting vehicles.",
        ["DE>HU|armoured_vehicles|agreed|q=200 exact"],
    ),
    (
        "gp-won-contract-from",
        "Elbit Systems won a $300 million contract from the Netherlands for 20 rocket launchers.",
        ["IL>NL|artillery|agreed|q=20 exact"],
    ),
    (
        "gp-order-with-country",
        "Peru placed an order with South Korea for two frigates.",
        ["KR>PE|ships|agreed|q=2 exact"],
    ),
    (
        "gp-order-with-maker",
        "Egypt placed an order with Germany's TKMS for two submarines.",
        ["DE>EG|ships|agreed|q=2 exact"],
    ),
    (
        "gp-contract-covers-for",
        "A $1.2 billion contract covers 24 Gripen fighters for Colombia from Sweden's Saab.",
        ["SE>CO|aircraft|agreed|q=24 exact"],
    ),
    (
        "gp-agreement-under-which",
        "Serbia and China signed an agreement under which China will supply six drones.",
        ["CN>RS|drones|agreed|q=6 exact"],
    ),
    (
        "gp-deal-will-see",
        "Japan and the Philippines signed a deal that will see Tokyo deliver five patrol boats.",
        ["JP>PH|ships|agreed|q=5 exact"],
    ),
]
# licensed production: the licence holder gets the weapon (heldout notes: part of the contracted flow)
MUST_PARSE += [
    (
        "gp-assemble-under-licence",
        "Kazakhstan will assemble Turkish Anka drones under licence.",
        ["TR>KZ|drones|agreed"],
    ),
    ("k-f14", "Kazakhstan will produce Turkish Anka drones under licence.", ["TR>KZ|drones|agreed"]),
    (
        "w2-licence-build",
        "Egypt builds K9 howitzers under licence at a factory near Cairo.",
        ["KR>EG|artillery|agreed"],
    ),
    (
        "gp-produce-licence-from",
        "Indonesia will produce 1,000 rifles under licence from Belgium.",
        ["BE>ID|small_arms|agreed|q=1000 exact"],
    ),
    (
        "gp-granted-licence",
        "France granted India a licence to build 26 Rafale jets.",
        ["FR>IN|aircraft|agreed|q=26 exact"],
    ),
]
# a country's forces equipped (passive) with foreign weapons
MUST_PARSE += [
    (
        "gp-equipped-from",
        "Ghana's army has been equipped with armoured vehicles from China.",
        ["CN>GH|armoured_vehicles|delivered"],
    ),
    (
        "gp-equipped-demonym",
        "The Kenyan navy was equipped with two Spanish patrol boats.",
        ["ES>KE|ships|delivered|q=2 exact"],
    ),
    ("gp-armed-with-by", "Hezbollah has been armed with rockets by Iran.", ["IR>LB|ammunition|delivered|head=rocket"]),
]
# a weapon "for" a country, "destined for" it
MUST_PARSE += [
    (
        "gp-first-of-for",
        "The first two of eight Chinese submarines for Pakistan were launched.",
        ["CN>PK|ships|agreed|head=submarine"],
    ),
    ("gp-destined-for", "A shipment of rifles destined for Haiti arrived from Kenya.", ["KE>HT|small_arms|delivered"]),
    (
        "gp-for-were-delivered",
        "The 18 Spanish patrol boats for Angola were delivered last month.",
        ["ES>AO|ships|delivered|q=18 exact|when=2024-02"],
    ),
    (
        "gp-for-will-be-built",
        "The four corvettes for Egypt will be built by Germany.",
        ["DE>EG|ships|agreed|q=4 exact"],
    ),
]
# asides and reduced relatives around the weapon
MUST_PARSE += [
    (
        "gp-apposition-arrived",
        "The 24 Rafale jets, bought from France in 2021, arrived in Athens.",
        ["FR>GR|aircraft|agreed|q=24 exact", "FR>GR|aircraft|delivered|q=24 exact"],
    ),
    (
        "gp-supplied-by-in-service",
        "Tanks supplied by Germany have entered service with the Lithuanian army.",
        ["DE>LT|armoured_vehicles|delivered"],
    ),
    (
        "gp-possessive-supplied-by",
        "Nigeria's new helicopters, supplied by Italy, were shown at a parade.",
        ["IT>NG|aircraft|delivered"],
    ),
    (
        "gp-operates-bought-from",
        "Morocco now operates 36 Apache helicopters bought from the United States.",
        ["US>MA|aircraft|delivered|q=36 exact", "US>MA|aircraft|agreed|q=36 exact"],
    ),
    (
        "gp-built-by-arrived",
        "Bulgaria's first F-16s, built by Lockheed Martin, arrived at Graf Ignatievo air base.",
        ["US>BG|aircraft|delivered"],
    ),
    (
        "gp-having-received",
        "Having received 14 Leopard tanks from Spain, Ukraine now wants more.",
        ["ES>UA|armoured_vehicles|delivered|q=14 exact"],
    ),
]
# who "his country" and "it" are: the speaker's country, a maker that speaks
MUST_PARSE += [
    (
        "gp-his-country",
        "Brazil's president said that his country would send 20 armoured vehicles to Uruguay.",
        ["BR>UY|armoured_vehicles|agreed|q=20 exact"],
    ),
    (
        "gp-maker-said-it",
        "Hanwha said it would supply 18 K9 howitzers to Australia.",
        ["KR>AU|artillery|agreed|q=18 exact"],
    ),
]
MUST_NOT_PARSE += [
    ("gp-no-co-production", "Brazil and Sweden will co-produce fighter jets."),
    ("gp-no-own-licence-plant", "Turkey builds its own drones at a plant near Ankara."),
    ("gp-no-maker-profits", "Rheinmetall reported record profits from sales of artillery shells."),
    ("gp-no-maker-unveils", "Baykar unveiled its new drones at a show in Riyadh."),
    ("gp-no-captured", "Ukrainian troops captured 12 Russian tanks near Kharkiv."),
    ("gp-no-shot-down", "Israeli forces shot down three Iranian drones."),
    ("gp-no-talks", "Morocco is in talks with Israel about buying drones."),
    ("gp-no-rejected-offer", "Argentina rejected an offer of Chinese fighter jets."),
    ("gp-no-joint-exercise", "French and Indian fighter jets took part in a joint exercise."),
    ("gp-no-own-deploy", "The United States has deployed its own air defence systems to a base near Riyadh."),
    ("gp-no-tested", "India tested two cruise missiles off its east coast."),
    ("gp-no-denial", "China denied supplying drones to Russia."),
    ("gp-no-request-for-buyer", "Ukraine renewed its request for American fighter jets for its air force."),
]
# two sentences: a flow told without its supplier, completed by the next sentence ("They came from Turkey")
MUST_PARSE += [
    (
        "gp-next-supplied-by",
        "Peru received 12 helicopters last week. The aircraft were supplied by Russia.",
        ["RU>PE|aircraft|delivered|q=12 exact|when=2024-03"],
    ),
    (
        "gp-next-built-by-maker",
        "Morocco has ordered 36 howitzers. They will be built by Elbit Systems.",
        ["IL>MA|artillery|agreed|q=36 exact"],
    ),
    (
        "gp-next-built-in",
        "Slovakia took delivery of 152 armoured vehicles on Tuesday. They were built in Finland.",
        ["FI>SK|armoured_vehicles|delivered|q=152 exact|when=2024-03-12"],
    ),
    (
        "gp-next-came-from",
        "Eight patrol boats arrived in Ghana last week. They came from Turkey.",
        ["TR>GH|ships|delivered|q=8 exact"],
    ),
    (
        "gp-under-the-pact",
        "Serbia and China signed a defence pact on Tuesday. Under the pact, China will supply six drones.",
        ["CN>RS|drones|agreed|q=6 exact"],
    ),
    (
        "gp-apposition-ally-the-country",
        "Britain, Ukraine's closest ally, has delivered 14 tanks to the country.",
        ["GB>UA|armoured_vehicles|delivered|q=14 exact"],
    ),
]
MUST_NOT_PARSE += [
    ("gp-no-next-parade", "Nigeria received 40 armoured vehicles last week. They were shown at a parade in Abuja."),
    ("gp-no-next-home-built", "Kenya ordered 16 patrol boats. They will be built in Kenya."),
    ("gp-no-next-other-news", "Chile ordered 12 howitzers. Spain has sent 500 troops to the region."),
]
# the examples of an arriving consignment: "Weapons from Iran, including 300 drones, have reached Russia"
MUST_PARSE += [
    (
        "gp-including-reached",
        "Weapons from Iran, including 300 drones, have reached Russia.",
        ["IR>RU|drones|delivered|q=300 exact"],
    ),
    (
        "gp-including-arrived",
        "Military aid from Poland, including 20 howitzers, has arrived in Moldova.",
        ["PL>MD|artillery|delivered|q=20 exact"],
    ),
]
MUST_NOT_PARSE += [("gp-no-including-ambulances", "Aid from the EU, including 40 ambulances, has reached Gaza.")]
# a purchase told by its price, a delivery still "to be" made, a delivery announced by the supplier's ministry
MUST_PARSE += [
    ("gp-paid-for", "Egypt paid $4 billion for 24 Rafale jets.", ["FR>EG|aircraft|agreed|q=24 exact"]),
    (
        "gp-spent-on-from",
        "Qatar spent $300 million on 12 patrol boats from Italy.",
        ["IT>QA|ships|agreed|q=12 exact"],
    ),
    (
        "gp-are-to-be-delivered",
        "Forty armoured vehicles are to be delivered to Ecuador by China in 2025.",
        ["CN>EC|armoured_vehicles|agreed|q=40 exact"],
    ),
    (
        "gp-ministry-announced-delivery",
        "The Czech defence ministry announced the delivery of 20 howitzers to Ukraine.",
        ["CZ>UA|artillery|delivered|q=20 exact"],
    ),
]
MUST_NOT_PARSE += [
    ("gp-no-paid-indirect", "Ukraine spent $1 billion on weapons last year."),
    ("gp-no-spent-gdp", "Poland spent 4 percent of GDP on defence."),
]
MUST_NOT_PARSE += [
    ("gp-no-co-develop", "Hanwha signed a deal with Lockheed Martin to co-develop drones."),
    ("gp-no-spotted-with-ships", "Russian warships were spotted with Chinese vessels in the Pacific."),
    ("gp-no-own-maker-contract", "Rheinmetall won a contract from the German army for 100 tanks."),
    ("gp-no-home-award", "The Netherlands awarded Damen a contract for four frigates."),
    ("gp-no-demand-for-for", "Demand for Chinese drones for Russia is high, analysts said."),
    ("gp-no-own-licence", "Turkey produces its own drones under licence."),
]
MUST_PARSE += [
    ("gp-seen-with-group", "Turkish drones were seen with the Houthis.", ["TR>YE|drones|delivered"]),
    ("gp-licence-from-designation", "India produces Su-30 jets under licence from Russia.", ["RU>IN|aircraft|agreed"]),
]
# bought by one country for another: the one it is "for" gets it
MUST_PARSE += [
    (
        "gp-purchase-for-from",
        "The Netherlands will finance the purchase of 18 howitzers for Ukraine from Germany.",
        ["DE>UA|artillery|agreed|q=18 exact"],
    ),
    (
        "gp-order-for-navy-same",
        "India ordered 26 Rafale jets for the Indian Navy.",
        ["FR>IN|aircraft|agreed|q=26 exact"],
    ),
]
