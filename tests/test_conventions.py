"""Writing conventions of Swedish motions, one table row per convention.

Every row is a small, realistic motion and the values a careful Swedish reader would extract
from it. Only the public API is used: ``tillit.parse`` and the models it returns.

Tables:

* ``PROPOSAL_ROWS``  - preambles and att-satser (text, preamble, number, verbatim/span).
* ``RIKSDAG_ROWS``   - Riksdag motions: beteckning, numbered proposals, signature lines.
* ``SIGNATORY_ROWS`` - signature lines: party tags, party lines, group headings, roles.
* ``PARTY_ROWS``     - which parties stand behind the document (``doc.parties``).
* ``DATE_ROWS``      - the document's own date and place.
* ``BODY_ROWS``      - the decision body and the organisation.
* ``NOISE_ROWS``     - the same motion as Markdown, CRLF, NBSP, BOM, soft hyphens, hard wraps.
* errors, and span invariants over ``seeds/*.txt`` and ``tests/corpus/*.txt``.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

import tillit

ROOT = Path(__file__).resolve().parents[1]


def doc_text(*parts: str | None) -> str:
    """A document: its parts (blocks) separated by one blank line, with a final newline."""
    return "\n\n".join(p.strip("\n") for p in parts if p is not None) + "\n"


# Argument paragraphs (two or more sentences each), reused by the smaller tables.
ARG_PARK = (
    "Stadsparken är en av de mest besökta platserna i kommunen. Många äldre berättar att de "
    "gärna skulle promenera dit oftare om det fanns fler platser att vila på längs vägen. I dag "
    "finns bara ett fåtal bänkar i parkens norra del."
)


def municipal(
    signatures: str,
    *,
    header: str | None = "Motion till kommunfullmäktige i Lund",
    title: str | None = "Fler bänkar i Stadsparken",
    argument: str = ARG_PARK,
    preamble: str = "Vi yrkar därför:",
    items: tuple[str, ...] = (
        "att tekniska nämnden får i uppdrag att placera ut fler bänkar i Stadsparken.",
    ),
    date_line: str | None = "Lund den 27 januari 2022",
) -> str:
    """A municipal motion with the given signature block (and optionally other parts)."""
    return doc_text(header, title, argument, preamble, *items, date_line, signatures)


# =============================================================================================
# Preambles and att-satser
# =============================================================================================

PROPOSAL_ROWS = [
    pytest.param(
        doc_text(
            "Motion till regionfullmäktige – Region Örebro län",
            "Tillitsbaserad styrning i vården",
            "Många medarbetare i vården vittnar om detaljstyrning och brist på inflytande. "
            "Tillitsbaserad styrning har på andra håll gett bättre arbetsmiljö och lägre "
            "sjukfrånvaro. Region Örebro län bör därför gå från ord till handling.",
            "Med anledning av detta föreslår vi att regionfullmäktige beslutar:",
            "att Region Örebro län tar initiativ till att tillsammans med de fackliga "
            "organisationerna ta fram en strategi för tillitsbaserad styrning.",
            "För Vänsterpartiet i Region Örebro län",
            "Jihad Menhem",
        ),
        ["Region Örebro län tar initiativ till att tillsammans med de fackliga organisationerna "
         "ta fram en strategi för tillitsbaserad styrning"],
        "Med anledning av detta föreslår vi att regionfullmäktige beslutar",
        id="preamble-med-anledning-av-detta-foreslar-vi",
    ),
    pytest.param(
        doc_text(
            "Motion till kommunfullmäktige i Umeå",
            "Avgiftsfri kollektivtrafik för unga",
            "Kollektivtrafiken är avgörande för att unga ska kunna ta sig till skola, jobb och "
            "fritidsaktiviteter. Många familjer har i dag inte råd med busskort till alla barn. "
            "En avgiftsfri kollektivtrafik för unga skulle också minska biltrafiken i centrum.",
            "Vänsterpartiet yrkar därför:",
            "att kollektivtrafiken görs avgiftsfri för alla under 20 år, samt",
            "att kommunstyrelsen får i uppdrag att föreslå hur reformen ska finansieras.",
            "Helena Falk (V)",
        ),
        ["kollektivtrafiken görs avgiftsfri för alla under 20 år",
         "kommunstyrelsen får i uppdrag att föreslå hur reformen ska finansieras"],
        "Vänsterpartiet yrkar därför",
        id="preamble-partiet-yrkar-darfor",
    ),
    pytest.param(
        doc_text(
            "Motion till kommunfullmäktige i Gislaved",
            "Rädda våra badplatser",
            "Badplatserna förfaller. Bryggorna är trasiga och omklädningsrummen stängda.",
            "Vi yrkar",
            "att kommunen tar fram kostnader för nya bryggor och\n"
            "att i kommande budget pengar tillförs fritidsnämnden för\n"
            "att på sikt kunna rädda våra friluftsbad undan förfall.",
            "Jörgen Johansson (S)",
        ),
        ["kommunen tar fram kostnader för nya bryggor",
         "i kommande budget pengar tillförs fritidsnämnden för att på sikt kunna rädda våra "
         "friluftsbad undan förfall"],
        "Vi yrkar",
        id="att-line-after-a-preposition-is-a-hard-wrap",
    ),
    pytest.param(
        doc_text(
            "Motion till kommunfullmäktige i Lund", "Bättre cykelvägar",
            "Cykling är bra för miljön och för hälsan. Vägarna är dåliga i hela kommunen.",
            "Vi föreslår därför kommunfullmäktige besluta",
            "att kommunen bygger fler cykelvägar mellan stadens centrum och de nya\n"
            "bostadsområdena i norr och söder",
            "att kommunen underhåller befintliga cykelvägar så att de går\n"
            "att använda även under vintern",
            "Anna Svensson (V)",
        ),
        ["kommunen bygger fler cykelvägar mellan stadens centrum och de nya bostadsområdena i "
         "norr och söder",
         "kommunen underhåller befintliga cykelvägar så att de går att använda även under "
         "vintern"],
        "Vi föreslår därför kommunfullmäktige besluta",
        id="wrapped-items-in-blocks-of-their-own-a-wrap-before-att",
    ),
    pytest.param(
        doc_text(
            "Motion till kommunfullmäktige i Lund", "Bättre cykelvägar",
            "Cykling är bra för miljön och för hälsan. Vägarna är dåliga i hela kommunen.",
            "Vi föreslår därför kommunfullmäktige besluta\n"
            "att kommunen bygger fler cykelvägar mellan stadens centrum och de nya\n"
            "bostadsområdena i norr och söder\n"
            "att kommunen underhåller befintliga cykelvägar så att de går\n"
            "att använda även under vintern\n"
            "att tekniska nämnden ordnar cykelparkering vid alla skolor",
            "Anna Svensson (V)",
        ),
        ["kommunen bygger fler cykelvägar mellan stadens centrum och de nya bostadsområdena i "
         "norr och söder",
         "kommunen underhåller befintliga cykelvägar så att de går att använda även under "
         "vintern",
         "tekniska nämnden ordnar cykelparkering vid alla skolor"],
        "Vi föreslår därför kommunfullmäktige besluta",
        id="wrapped-list-without-blank-lines-or-punctuation",
    ),
    pytest.param(
        doc_text(
            "Motion till kommunfullmäktige i Lund",
            "En cykelväg mellan Veberöd och Dalby",
            "Sträckan mellan Veberöd och Dalby saknar i dag en separat cykelväg. Den som cyklar "
            "är hänvisad till en smal väg där bilarna håller höga hastigheter. Flera olyckor har "
            "inträffat de senaste åren.",
            "Vi yrkar därför:",
            "att kommunen inrättar en tjänst som cykelsamordnare;\n"
            "att kommunen bygger en gång- och cykelväg mellan Veberöd och Dalby;\n"
            "att arbetet redovisas för kommunfullmäktige senast i december.",
            "Lund den 27 januari 2022",
            "Anna Berg (MP)",
        ),
        ["kommunen inrättar en tjänst som cykelsamordnare",
         "kommunen bygger en gång- och cykelväg mellan Veberöd och Dalby",
         "arbetet redovisas för kommunfullmäktige senast i december"],
        "Vi yrkar därför",
        id="preamble-vi-yrkar-darfor-semicolons",
    ),
    pytest.param(
        doc_text(
            "Motion till kommunfullmäktige i Karlstad",
            "Fri entré till badhuset för barn",
            "Allt fler barn lämnar grundskolan utan att kunna simma. Ett besök på badhuset kostar "
            "i dag mer än många barnfamiljer har råd med, särskilt för den som har flera barn.",
            "Med stöd av ovan resonemang föreslår undertecknade följande:",
            "1. Att kommunen utreder möjligheten att införa fri entré till kommunens badhus för "
            "barn under 12 år.\n"
            "2. Att utredningen redovisas för kultur- och fritidsnämnden före sommaren.",
            "Karlstad 2023-03-14",
            "Per Olsson (S)\nLena Ek (S)",
        ),
        ["kommunen utreder möjligheten att införa fri entré till kommunens badhus för barn "
         "under 12 år",
         "utredningen redovisas för kultur- och fritidsnämnden före sommaren"],
        "Med stöd av ovan resonemang föreslår undertecknade följande",
        id="preamble-med-stod-av-ovan-resonemang-numbered-Att",
    ),
    pytest.param(
        doc_text(
            "Motion till kommunfullmäktige i Nässjö",
            "Fler bänkar längs promenadstråken",
            "Promenader är ett av de enklaste sätten att hålla sig frisk högt upp i åldrarna. "
            "För många äldre är det dock svårt att gå långa sträckor utan att kunna vila.",
            "Jag föreslår kommunfullmäktige besluta",
            "att kommunstyrelsen får i uppdrag att ta fram en plan för fler bänkar längs "
            "kommunens promenadstråk",
            "Nässjö 2023-05-02",
            "Eva Lindberg (C)",
        ),
        ["kommunstyrelsen får i uppdrag att ta fram en plan för fler bänkar längs kommunens "
         "promenadstråk"],
        "Jag föreslår kommunfullmäktige besluta",
        id="preamble-jag-foreslar-kf-besluta",
    ),
    pytest.param(
        doc_text(
            "Motion till kommunfullmäktige i Härnösand",
            "Simundervisning för alla elever",
            "Var femte elev i årskurs sex klarar inte simkunnighetskravet. Simkunnighet är en "
            "fråga om liv och död, och skolan är den enda plats där alla barn kan nås.",
            "Vi föreslår kommunfullmäktige",
            "att ge barn- och utbildningsnämnden i uppdrag att erbjuda simundervisning för alla "
            "elever i årskurs 1, samt",
            "att avsätta medel för detta i budgeten för 2025.",
            "Härnösand den 3 februari 2024",
            "Anna Berg (L)\nOla Persson (L)",
        ),
        ["ge barn- och utbildningsnämnden i uppdrag att erbjuda simundervisning för alla elever "
         "i årskurs 1",
         "avsätta medel för detta i budgeten för 2025"],
        "Vi föreslår kommunfullmäktige",
        id="preamble-vi-foreslar-kf",
    ),
    pytest.param(
        doc_text(
            "Motion till kommunfullmäktige i Alingsås",
            "Alingsås som Fairtrade City",
            "Kommunen köper varje år in varor för hundratals miljoner kronor. Genom att ställa "
            "krav på etisk handel kan kommunen bidra till bättre villkor för odlare och arbetare "
            "i andra delar av världen.",
            "Förslag till beslut:",
            "att kommunen ansluter sig till nätverket Fairtrade City, samt",
            "att upphandlingspolicyn kompletteras med krav på etisk handel.",
            "Alingsås 2022-09-12",
            "Karin Svensson Smith (MP)",
        ),
        ["kommunen ansluter sig till nätverket Fairtrade City",
         "upphandlingspolicyn kompletteras med krav på etisk handel"],
        "Förslag till beslut",
        id="preamble-heading-forslag-till-beslut",
    ),
    pytest.param(
        doc_text(
            "Motion till kommunfullmäktige i Norrköping",
            "En hundrastgård i Norrby",
            "I Norrby bor många hundägare men det finns ingen inhägnad plats där hundarna kan "
            "springa lösa. Det leder till konflikter i parkerna och till att hundar släpps lösa "
            "där barn leker.",
            "Mot bakgrund av ovanstående yrkar vi härmed att kommunfullmäktige ger tekniska "
            "nämnden i uppdrag att anlägga en hundrastgård i Norrby.",
            "Norrköping 2023-08-21",
            "Lars Ek (KD)",
        ),
        ["kommunfullmäktige ger tekniska nämnden i uppdrag att anlägga en hundrastgård i "
         "Norrby"],
        "Mot bakgrund av ovanstående yrkar vi härmed",
        id="preamble-inline-yrkar-harmed-att",
    ),
    pytest.param(
        doc_text(
            "Motion till kommunfullmäktige i Kalmar",
            "Bättre belysning i parkerna",
            "Många kalmarbor, inte minst kvinnor, undviker att gå genom kommunens parker efter "
            "mörkrets inbrott. Flera gångvägar saknar helt belysning och andra har trasiga "
            "lampor som inte byts ut.",
            "Undertecknad hemställer härmed att kommunfullmäktige uppdrar åt kommunstyrelsen att "
            "se över belysningen i kommunens parker.",
            "Kalmar den 12 oktober 2022",
            "Sara Nilsson (M)",
        ),
        ["kommunfullmäktige uppdrar åt kommunstyrelsen att se över belysningen i kommunens "
         "parker"],
        "Undertecknad hemställer härmed",
        id="preamble-inline-hemstaller-harmed-att",
    ),
    pytest.param(
        doc_text(
            "Motion 1987/88:Bo512",
            "av Karin Israelsson (c)",
            "Bostadsbidragen för barnfamiljer",
            "Bostadsbidragen har inte följt hyresutvecklingen under de senaste åren. För många "
            "barnfamiljer med låga inkomster har bidraget därför urholkats kraftigt. Samtidigt är "
            "handläggningstiderna på sina håll orimligt långa.",
            "Hemställan",
            "Med hänvisning till det anförda hemställs",
            "att riksdagen hos regeringen begär förslag om höjda bostadsbidrag för barnfamiljer i "
            "enlighet med vad som anförts i motionen,",
            "att riksdagen som sin mening ger regeringen till känna vad i motionen anförts om "
            "handläggningstiderna för bostadsbidrag.",
            "Stockholm den 25 januari 1988",
            "Karin Israelsson (c)",
        ),
        ["riksdagen hos regeringen begär förslag om höjda bostadsbidrag för barnfamiljer i "
         "enlighet med vad som anförts i motionen",
         "riksdagen som sin mening ger regeringen till känna vad i motionen anförts om "
         "handläggningstiderna för bostadsbidrag"],
        "Med hänvisning till det anförda hemställs",
        id="preamble-hemstallan-heading-hemstalls",
    ),
    pytest.param(
        doc_text(
            "Motion 1990/91:Ju623",
            "av Bertil Larsson (fp)",
            "Polisen i glesbygden",
            "Under de senaste åren har ett stort antal polisstationer i glesbygden lagts ned. "
            "Avstånden till närmaste polis har för många blivit så långa att tryggheten i "
            "vardagen påverkas.",
            "Med stöd av vad som anförts ovan hemställs att riksdagen som sin mening ger "
            "regeringen till känna vad i motionen anförts om behovet av fler polisstationer i "
            "glesbygden.",
            "Stockholm den 24 januari 1991",
            "Bertil Larsson (fp)",
        ),
        ["riksdagen som sin mening ger regeringen till känna vad i motionen anförts om behovet "
         "av fler polisstationer i glesbygden"],
        "Med stöd av vad som anförts ovan hemställs",
        id="preamble-inline-hemstalls-att-riksdagen",
    ),
    pytest.param(
        doc_text(
            "Motion till kommunfullmäktige i Borlänge",
            "Solceller på kommunens tak",
            "Kommunens fastigheter har stora takytor som i dag inte används. Med solceller kan "
            "kommunen sänka sina elkostnader och samtidigt minska sin klimatpåverkan.",
            "Vänsterpartiet hemställer härmed att kommunfullmäktige beslutar",
            "att samtliga lämpliga tak på kommunens fastigheter förses med solceller före år "
            "2030, samt",
            "att tekniska nämnden årligen redovisar hur arbetet fortskrider.",
            "Borlänge 2023-09-04",
            "Anna Berg (V)",
        ),
        ["samtliga lämpliga tak på kommunens fastigheter förses med solceller före år 2030",
         "tekniska nämnden årligen redovisar hur arbetet fortskrider"],
        "Vänsterpartiet hemställer härmed att kommunfullmäktige beslutar",
        id="preamble-hemstaller-harmed-att-kf-beslutar-then-items",
    ),
    pytest.param(
        doc_text(
            "Motion till kommunfullmäktige i Umeå",
            "Avgiftsfri kollektivtrafik för unga",
            "Kollektivtrafiken är avgörande för att unga ska kunna ta sig till skola, jobb och "
            "fritidsaktiviteter. Många familjer har i dag inte råd med busskort till alla barn.",
            "Vänsterpartiet yrkar därför:\n"
            "att kollektivtrafiken görs avgiftsfri för alla under 20 år, samt\n"
            "att kommunstyrelsen får i uppdrag att föreslå hur reformen ska finansieras.",
            "Helena Falk (V)",
        ),
        ["kollektivtrafiken görs avgiftsfri för alla under 20 år",
         "kommunstyrelsen får i uppdrag att föreslå hur reformen ska finansieras"],
        "Vänsterpartiet yrkar därför",
        id="preamble-and-items-without-blank-lines",
    ),
    # --- Item shapes --------------------------------------------------------------------------
    pytest.param(
        municipal(
            "Helena Falk (V)",
            items=("Att tekniska nämnden får i uppdrag att placera ut fler bänkar i "
                   "Stadsparken.",
                   "Att bänkarna utformas så att de passar personer med nedsatt rörlighet."),
        ),
        ["tekniska nämnden får i uppdrag att placera ut fler bänkar i Stadsparken",
         "bänkarna utformas så att de passar personer med nedsatt rörlighet"],
        "Vi yrkar därför",
        id="item-capital-Att",
    ),
    pytest.param(
        doc_text(
            "Motion till kommunfullmäktige i Kristinehamn",
            "En fritidsbank i Kristinehamn",
            "En fritidsbank lånar ut sport- och fritidsutrustning gratis, ungefär som ett "
            "bibliotek. Det ger fler barn möjlighet att prova på olika aktiviteter oavsett "
            "familjens ekonomi.",
            "**Vi yrkar därför:**",
            "- att** kommunstyrelsen får i uppdrag att utreda en fritidsbank i Kristinehamn,\n"
            "- att** utredningen redovisas för kommunfullmäktige senast den 1 juni 2024.",
            "Kristinehamn 2023-11-20",
            "Ola Persson (S)",
        ),
        ["kommunstyrelsen får i uppdrag att utreda en fritidsbank i Kristinehamn",
         "utredningen redovisas för kommunfullmäktige senast den 1 juni 2024"],
        "Vi yrkar därför",
        id="item-dash-att-broken-markdown",
    ),
    pytest.param(
        municipal(
            "Helena Falk (V)",
            items=("\uf0b7\tAtt tekniska nämnden får i uppdrag att placera ut fler bänkar i "
                   "Stadsparken\n"
                   "\uf0b7\tAtt bänkarna utformas så att de passar personer med nedsatt "
                   "rörlighet",),
        ),
        ["tekniska nämnden får i uppdrag att placera ut fler bänkar i Stadsparken",
         "bänkarna utformas så att de passar personer med nedsatt rörlighet"],
        "Vi yrkar därför",
        id="item-word-bullet-U+F0B7",
    ),
    pytest.param(
        municipal(
            "Helena Falk (V)",
            items=("• Att tekniska nämnden får i uppdrag att placera ut fler bänkar i "
                   "Stadsparken\n"
                   "• Att bänkarna utformas så att de passar personer med nedsatt rörlighet",),
        ),
        ["tekniska nämnden får i uppdrag att placera ut fler bänkar i Stadsparken",
         "bänkarna utformas så att de passar personer med nedsatt rörlighet"],
        "Vi yrkar därför",
        id="item-bullet-dot",
    ),
    pytest.param(
        municipal(
            "Helena Falk (V)",
            items=("– Att tekniska nämnden får i uppdrag att placera ut fler bänkar i "
                   "Stadsparken.\n"
                   "– Att bänkarna utformas så att de passar personer med nedsatt rörlighet.",),
        ),
        ["tekniska nämnden får i uppdrag att placera ut fler bänkar i Stadsparken",
         "bänkarna utformas så att de passar personer med nedsatt rörlighet"],
        "Vi yrkar därför",
        id="item-en-dash",
    ),
    pytest.param(
        municipal(
            "Helena Falk (V)",
            items=("* Att tekniska nämnden får i uppdrag att placera ut fler bänkar i "
                   "Stadsparken.\n"
                   "* Att bänkarna utformas så att de passar personer med nedsatt rörlighet.",),
        ),
        ["tekniska nämnden får i uppdrag att placera ut fler bänkar i Stadsparken",
         "bänkarna utformas så att de passar personer med nedsatt rörlighet"],
        "Vi yrkar därför",
        id="item-asterisk",
    ),
    pytest.param(
        municipal(
            "Helena Falk (V)",
            items=("att tekniska nämnden får i uppdrag att placera ut\n"
                   "fler bänkar i Stadsparken och längs\n"
                   "promenadstråket vid ån, samt",
                   "att bänkarna utformas så att de passar\n"
                   "personer med nedsatt rörlighet."),
        ),
        ["tekniska nämnden får i uppdrag att placera ut fler bänkar i Stadsparken och längs "
         "promenadstråket vid ån",
         "bänkarna utformas så att de passar personer med nedsatt rörlighet"],
        "Vi yrkar därför",
        id="item-wrapped-over-lines",
    ),
    pytest.param(
        doc_text(
            "Motion till kommunfullmäktige i Eskilstuna",
            "Minska matsvinnet i skolan",
            "I kommunens skolor och förskolor slängs varje år stora mängder mat. Det är både "
            "dåligt för klimatet och ett slöseri med skattebetalarnas pengar.",
            "Vi yrkar därför:",
            "att kommunstyrelsen får i uppdrag\n"
            "att ta fram en handlingsplan för att minska matsvinnet\n"
            "i kommunens skolor och förskolor, samt",
            "att planen redovisas för kommunfullmäktige senast i december 2024.",
            "Eskilstuna 2024-02-05",
            "Johan Lind (SD)",
        ),
        ["kommunstyrelsen får i uppdrag att ta fram en handlingsplan för att minska matsvinnet "
         "i kommunens skolor och förskolor",
         "planen redovisas för kommunfullmäktige senast i december 2024"],
        "Vi yrkar därför",
        id="item-wrapped-line-starting-with-att",
    ),
    pytest.param(
        municipal(
            "Helena Falk (V)",
            items=("att tekniska nämnden får i uppdrag att placera ut fler bänkar i "
                   "Stadsparken, samt\n"
                   "att bänkarna utformas så att de passar personer med nedsatt rörlighet, "
                   "samt\n"
                   "att arbetet finansieras inom nämndens befintliga ram.",),
        ),
        ["tekniska nämnden får i uppdrag att placera ut fler bänkar i Stadsparken",
         "bänkarna utformas så att de passar personer med nedsatt rörlighet",
         "arbetet finansieras inom nämndens befintliga ram"],
        "Vi yrkar därför",
        id="item-comma-samt-consecutive-lines",
    ),
    pytest.param(
        municipal(
            "Helena Falk (V)",
            items=("Att tekniska nämnden får i uppdrag att placera ut fler bänkar i "
                   "Stadsparken\n"
                   "Att bänkarna utformas så att de passar personer med nedsatt rörlighet\n"
                   "Att arbetet finansieras inom nämndens befintliga ram",),
        ),
        ["tekniska nämnden får i uppdrag att placera ut fler bänkar i Stadsparken",
         "bänkarna utformas så att de passar personer med nedsatt rörlighet",
         "arbetet finansieras inom nämndens befintliga ram"],
        "Vi yrkar därför",
        id="item-capital-Att-lines-without-punctuation",
    ),
    # --- "att" in the argument is not a proposal ----------------------------------------------
    pytest.param(
        doc_text(
            "Motion till regionfullmäktige i Region Kronoberg",
            "Behåll vårdplatserna på länssjukhuset",
            "Vi vill att alla invånare i länet ska ha nära till vård när de behöver den. "
            "Regionstyrelsen föreslår att regionen minskar antalet vårdplatser på "
            "länssjukhuset, vilket vi menar är fel väg att gå. Redan i dag är beläggningen "
            "ofta över hundra procent.",
            "Vi yrkar därför:",
            "att antalet vårdplatser på länssjukhuset inte minskas under mandatperioden.",
            "Växjö 2023-06-13",
            "Maria Odheim Nielsen (V)",
        ),
        ["antalet vårdplatser på länssjukhuset inte minskas under mandatperioden"],
        "Vi yrkar därför",
        id="argument-att-running-text-not-a-proposal",
    ),
    pytest.param(
        doc_text(
            "Motion till regionfullmäktige i Region Kronoberg",
            "Behåll vårdplatserna på länssjukhuset",
            "Vi har länge drivit frågan om vårdplatser och vi vill\n"
            "att regionen tar ansvar för hela vårdkedjan. Regionstyrelsen föreslår\n"
            "att regionen minskar antalet vårdplatser på länssjukhuset, vilket vi\n"
            "menar är fel väg att gå. Redan i dag är beläggningen ofta över hundra procent.",
            "Vi yrkar därför:",
            "att antalet vårdplatser på länssjukhuset inte minskas under mandatperioden.",
            "Växjö 2023-06-13",
            "Maria Odheim Nielsen (V)",
        ),
        ["antalet vårdplatser på länssjukhuset inte minskas under mandatperioden"],
        "Vi yrkar därför",
        id="argument-hard-wrapped-line-starting-with-att",
    ),
    # A news item quoting a motion's att-satser reports them: none are its own.
    pytest.param(
        "Motion\n\nVänsterpartiets motion om bänkar\n\nVänsterpartiet har lämnat in en motion "
        "om fler bänkar i parken. Motionen slutar med två yrkanden:\n”Mot denna bakgrund "
        "yrkar vi:\n– att tekniska nämnden ställer ut fler bänkar\n– att nämnden "
        "inventerar bänkarna.”\n\nHär motionen i sin helhet.\n",
        [], "", id="att-satser-quoted-by-a-news-item",
    ),
    # A hanging indent's "att" that a PDF's text sets apart from its clause.
    pytest.param(
        municipal("Helena Falk (V)", preamble="Vi yrkar därför", items=(
            "att", "tekniska nämnden får i uppdrag att placera ut fler bänkar",
            "i Stadsparken")),
        ["tekniska nämnden får i uppdrag att placera ut fler bänkar i Stadsparken"],
        "Vi yrkar därför", id="att-alone-over-its-clause",
    ),
    pytest.param(
        municipal("Helena Falk (V)", preamble="Vi yrkar därför", items=(
            "att", "Tekniska nämnden får i uppdrag att placera ut fler bänkar", "att",
            "kommunen inventerar bänkarna")),
        ["Tekniska nämnden får i uppdrag att placera ut fler bänkar",
         "kommunen inventerar bänkarna"],
        "Vi yrkar därför", id="att-alone-over-each-clause",
    ),
    # An att-sats broken by a paragraph break in the middle of its sentence (a PDF's page, a
    # careless copy): the lower-case paragraph goes on with it ...
    pytest.param(
        municipal("Helena Falk (V)", preamble="Vi yrkar därför:", items=(
            "att kommunen med det snaraste ställer ut fler bänkar", "på båda sidor av ån.")),
        ["kommunen med det snaraste ställer ut fler bänkar på båda sidor av ån"],
        "Vi yrkar därför", id="att-sats-split-by-a-paragraph-break",
    ),
    # ... whatever verb it holds, after a comma inside the sentence too, and with the next
    # att-sats on its own line under it
    pytest.param(
        municipal("Helena Falk (V)", preamble="Vi yrkar därför:", items=(
            "att översynen av reglerna för skolskjuts också innefattar de",
            "ekonomiska konsekvenserna av förändringarna som föreslås,",
            "att Skånska flaggans dag, som firas tredje söndagen i juli,",
            "utses till officiell flaggdag i kommunen och att åtgärder som är möjliga",
            "verkställs under år 2022.\natt övriga åtgärder verkställs under år 2023.")),
        ["översynen av reglerna för skolskjuts också innefattar de ekonomiska konsekvenserna av "
         "förändringarna som föreslås",
         "Skånska flaggans dag, som firas tredje söndagen i juli, utses till officiell flaggdag i "
         "kommunen och att åtgärder som är möjliga verkställs under år 2022",
         "övriga åtgärder verkställs under år 2023"],
        "Vi yrkar därför", id="att-satser-split-by-paragraph-breaks",
    ),
    # Every line set apart by a blank line (double-spaced text): the argument's "Att många
    # väljer …" is no att-sats; the run opens under the lead-in with a colon, and a name goes
    # on after a word no phrase ends with ("… mellan" / "Fjugesta och Gropen")
    pytest.param(
        "Asfaltering av cykelvägen\n\nGamla banvallen mellan Fjugesta och Gropen används\n\n"
        "som cykelväg och är i dag gropig och ojämn.\n\nAtt många väljer banvallen är "
        "förståndigt med tanke på att\n\nalternativet är väg 204.\n\nMed hänvisning till "
        "ovanstående vill vi i Framtidspartiet:\n\natt det utreds om asfaltering av banvallen"
        "\n\nmellan Fjugesta och Gropen\n\natt det utreds om belysning utefter banvallen mellan"
        "\n\nFjugesta och Gropen\n\nFör Framtidspartiet\n\nKerstin Ek\n",
        ["det utreds om asfaltering av banvallen mellan Fjugesta och Gropen",
         "det utreds om belysning utefter banvallen mellan Fjugesta och Gropen"],
        None, id="att-satser-under-a-lead-in-with-a-colon-every-line-set-apart",
    ),
    pytest.param(
        municipal("Helena Falk (V)", preamble="Därför menar vi i Vänsterpartiet", items=(
            "att kommunen med det snaraste ställer ut fler bänkar", "på båda sidor av ån.")),
        ["kommunen med det snaraste ställer ut fler bänkar på båda sidor av ån"],
        None, id="att-sats-without-a-preamble-split-by-a-paragraph-break",
    ),
]


@pytest.mark.parametrize("lead", ["Vi yrkar därför:", "Därför menar vi i Vänsterpartiet"])
@pytest.mark.parametrize("furniture", ["Taggar: motion, bänkar, parker", "Dela på Facebook",
                                       "Kategorier: Motioner", "Läs mer: Parker och natur"])
def test_an_att_sats_cut_off_takes_no_furniture_below_it(lead: str, furniture: str) -> None:
    """A page cut off inside its last att-sats ("… och inventerar det"): the tag line or link
    under it is the page's furniture, no rest of the sentence."""
    doc = tillit.parse(
        "Motion om bänkar\n\nDet finns för få bänkar längs ån. Många äldre vill promenera men "
        f"behöver kunna vila på vägen.\n\n{lead}\n\natt kommunen ställer ut fler bänkar vid ån "
        f"och inventerar det\n\n{furniture}\n")
    assert [p.text for p in doc.proposals] == [
        "kommunen ställer ut fler bänkar vid ån och inventerar det"]


@pytest.mark.parametrize(("text", "expected", "preamble"), PROPOSAL_ROWS)
def test_proposals(text: str, expected: list[str], preamble: str | None) -> None:
    doc = tillit.parse(text)
    assert [p.text for p in doc.proposals] == expected
    assert [p.number for p in doc.proposals] == list(range(1, len(expected) + 1))
    assert [p.preamble for p in doc.proposals] == [preamble] * len(expected)
    for p in doc.proposals:
        assert text[p.span.start:p.span.end] == p.verbatim


# =============================================================================================
# Riksdag motions
# =============================================================================================

RIKSDAG_PROPOSAL_1 = ("Riksdagen ställer sig bakom det som anförs i motionen om att se över "
                      "reseavdraget för pendlare i glesbygd och tillkännager detta för regeringen")
RIKSDAG_PROPOSAL_2 = ("Riksdagen ställer sig bakom det som anförs i motionen om att bygga ut den "
                      "regionala tågtrafiken och tillkännager detta för regeringen")
RIKSDAG_ARGUMENT = (
    "Allt fler arbetar på en annan ort än där de bor. För många i glesbygd finns inget rimligt "
    "alternativ till bilen, och höjda bränslepriser slår därför hårt mot deras ekonomi. Samtidigt "
    "skulle en utbyggd regional tågtrafik ge fler möjlighet att pendla kollektivt."
)


def riksdag(header: str, signatures: str, date_line: str | None = None,
            wrapped: bool = False) -> str:
    items = f"1. {RIKSDAG_PROPOSAL_1}.\n2. {RIKSDAG_PROPOSAL_2}."
    if wrapped:  # hard-wrapped as in text extracted from the PDF
        items = items.replace(" reseavdraget", "\nreseavdraget")
        items = items.replace(" den regionala", "\nden regionala")
    return doc_text(
        header,
        "Bättre villkor för landets pendlare",
        "Förslag till riksdagsbeslut",
        items,
        "Motivering",
        RIKSDAG_ARGUMENT,
        date_line,
        signatures,
    )


RIKSDAG_ROWS = [
    pytest.param(
        riksdag("Motion 2021/22:4102 av Anna Andersson m.fl. (S)",
                "Anna Andersson (S)\nBengt Berg (S)\nCecilia Dahl (S)"),
        "2021/22", "4102", None, None,
        [("Anna Andersson", "S"), ("Bengt Berg", "S"), ("Cecilia Dahl", "S")],
        id="riksdag-header-one-name-per-line",
    ),
    pytest.param(
        riksdag("Motion 2022/23:1875 av Anna Andersson m.fl. (S)",
                "Anna Andersson (S) Bengt Berg (S)\nCecilia Dahl (S)"),
        "2022/23", "1875", None, None,
        [("Anna Andersson", "S"), ("Bengt Berg", "S"), ("Cecilia Dahl", "S")],
        id="riksdag-two-names-on-one-line",
    ),
    pytest.param(
        riksdag("Motion 2023/24:2290 av Anna Andersson och Bengt Berg (KD)",
                "Anna Andersson och Bengt Berg (båda KD)",
                date_line="Stockholm den 5 oktober 2023"),
        "2023/24", "2290", dt.date(2023, 10, 5), "Stockholm",
        [("Anna Andersson", "KD"), ("Bengt Berg", "KD")],
        id="riksdag-shared-tag-bada-and-date-line",
    ),
    pytest.param(
        riksdag("Motion till riksdagen\n2021/22:4102\nav Anna Andersson m.fl. (S)",
                "Anna Andersson (S)\tBengt Berg (S)\nCecilia Dahl (S)"),
        "2021/22", "4102", None, None,
        [("Anna Andersson", "S"), ("Bengt Berg", "S"), ("Cecilia Dahl", "S")],
        id="riksdag-pdf-header-three-lines-tab-between-names",
    ),
    pytest.param(
        riksdag("Motion till riksdagen\n2021/22:4102\nav Anna Andersson m.fl. (S)",
                "Anna Andersson (S)\nBengt Berg (S)", wrapped=True),
        "2021/22", "4102", None, None,
        [("Anna Andersson", "S"), ("Bengt Berg", "S")],
        id="riksdag-pdf-proposals-wrapped-over-lines",
    ),
]


@pytest.mark.parametrize(("text", "series", "number", "date", "place", "signatories"),
                         RIKSDAG_ROWS)
def test_riksdag(text: str, series: str, number: str, date: dt.date | None, place: str | None,
                 signatories: list[tuple[str, str]]) -> None:
    doc = tillit.parse(text)
    assert doc.kind == "motion"
    assert doc.series == series
    assert doc.number == number
    assert doc.title == "Bättre villkor för landets pendlare"
    assert doc.body == "riksdagen"
    assert [p.text for p in doc.proposals] == [RIKSDAG_PROPOSAL_1, RIKSDAG_PROPOSAL_2]
    assert [p.number for p in doc.proposals] == [1, 2]
    for p in doc.proposals:
        assert text[p.span.start:p.span.end] == p.verbatim
    assert [(s.name, s.party.code if s.party else None) for s in doc.signatories] == signatories
    assert [p.code for p in doc.parties] == [signatories[0][1]]
    assert doc.date == date
    assert doc.place == place


@pytest.mark.parametrize("lead", [
    "Med hänvisning till det anförda hemställs",
    "Med hänvisning till det anförda och med godkännande av propositionen i övrigt föreslås",
    "Med stöd av vad i motionen anförts hemställer jag",
])
def test_an_ocr_riksdag_motions_numbered_att_satser_run_on_in_one_paragraph(lead: str) -> None:
    """Riksdag motions of the 1970s to 1990s print their numbered att-satser in the closing
    paragraph's run ("hemställs 1. att riksdagen …, 2. att riksdagen …"), and sign in capitals,
    a middle initial with or without its full stop ("ANTON E FÅGELSBO (c)")."""
    text = "\n\n".join([
        "av Lars Werner m. fl. med anledning av propositionen 1979/80:6 om socialstyrelsens "
        "uppgifter",
        "I propositionen föreslås en minskning av antalet anställda vid socialstyrelsen med ca "
        "300 personer. Vissa av dessa åtgärder förefaller riktiga, andra är diskutabla.",
        f"{lead} 1. att riksdagen avvisar propositionen i vad gäller flyktingenheten, 2. att "
        "riksdagen hos regeringen hemställer om åtgärder för läkemedelskontrollen, 3. att "
        "riksdagen uttalar att utbyggnaden bör betalas av läkemedelsföretagen.",
        "Stockholm den 16 oktober 1979",
        "ANTON E FÅGELSBO (c)", "C. -H. HERMANSSON (vpk)", "EIVOR K. MARKLUND (vpk)"])
    doc = tillit.parse(text)
    assert doc.kind == "motion"
    assert [p.text for p in doc.proposals] == [
        "riksdagen avvisar propositionen i vad gäller flyktingenheten",
        "riksdagen hos regeringen hemställer om åtgärder för läkemedelskontrollen",
        "riksdagen uttalar att utbyggnaden bör betalas av läkemedelsföretagen"]
    assert [p.number for p in doc.proposals] == [1, 2, 3]
    for p in doc.proposals:
        assert p.verbatim.startswith("att riksdagen")
        assert text[p.span.start:p.span.end] == p.verbatim
    assert [(s.name, s.party and s.party.code) for s in doc.signatories] == [
        ("ANTON E FÅGELSBO", "C"), ("C. -H. HERMANSSON", "V"), ("EIVOR K. MARKLUND", "V")]


_OCR_RIKSDAG_MOTION = (
    "av Lars Werner m. fl. med anledning av propositionen 1981/82:70 om särskilt "
    "forskningsavdrag",
    "Regeringen vill i propositionen göra rätten till särskilt forskningsavdrag permanent. Vi "
    "anser att statliga subventioner till de privata bolagen motverkar nödvändiga förändringar "
    "av näringslivets struktur. Med hänvisning till ovanstående föreslås 1. att riksdagen "
    "avslår propositionen, 2. att riksdagen hos regeringen hemställer om förslag till "
    "upphävande av lagen om särskilt forskningsavdrag.",
    "Stockholm den 2 december 1981",
)


@pytest.mark.parametrize(("signers", "names"), [
    pytest.param("LARS WERNER (vpk) EIVOR MARKLUND (vpk) C.-H. HERMANSSON (vpk) EVA HJELMSTRÖM "
                 "(vpk)", ["LARS WERNER", "EIVOR MARKLUND", "C.-H. HERMANSSON", "EVA HJELMSTRÖM"],
                 id="initials-inside-a-line-of-names-in-capitals"),
    pytest.param("Anne Wibble (fp) Lars de Geer (fp) Lennart Alsén (fp)\n\n"
                 "Svenskt Tryck Stockholm 1987", ["Anne Wibble", "Lars de Geer", "Lennart Alsén"],
                 id="the-printers-imprint-under-the-names"),
])
def test_an_ocr_riksdag_motions_signers_on_one_line(signers: str, names: list[str]) -> None:
    """A 1980s print sets its signers on one line, a name led by initials among them ("C.-H.
    HERMANSSON (vpk)": a capital and its full stop end no sentence, so the line is no
    paragraph of argument), and may close with the printer's imprint ("Svenskt Tryck Stockholm
    1987": a name followed by a year alone is no signer)."""
    doc = tillit.parse("\n\n".join([*_OCR_RIKSDAG_MOTION, signers]) + "\n")
    assert [s.name for s in doc.signatories] == names
    assert {s.party.code for s in doc.signatories if s.party} == {
        "V" if "vpk" in signers else "L"}
    assert (doc.kind, str(doc.date)) == ("motion", "1981-12-02")


@pytest.mark.parametrize(("line", "names"), [
    pytest.param("Stockholm den 10 november 1977 INGER LINDQUIST (m) HÅKAN WINBERG (m)",
                 [("INGER LINDQUIST", "M"), ("HÅKAN WINBERG", "M")], id="capitals"),
    pytest.param("Stockholm den 2 oktober 1996 Mot. 1996/97:So220 Tone Tingsgård (s) Barbro "
                 "Andersson (s)", [("Tone Tingsgård", "S"), ("Barbro Andersson", "S")],
                 id="a-running-head-between"),
    pytest.param("Stockholm 1996-10-02 Tone Tingsgård (s)", [("Tone Tingsgård", "S")],
                 id="iso-date"),
])
def test_a_date_line_run_on_into_the_signers_names_gives_both(
        line: str, names: list[tuple[str, str]]) -> None:
    """A Riksdag motion's TEI text may join its date paragraph and the signatures into one
    line: the date and place open it, the tagged names follow."""
    doc = tillit.parse("\n\n".join([
        "av Inger Lindquist och Håkan Winberg med anledning av propositionen 1977/78:1 om "
        "ändring i patentlagen", RIKSDAG_ARGUMENT,
        "Med stöd av det anförda hemställs att riksdagen hos regeringen begär utredning om "
        "vite i patentlagen.", line]))
    assert doc.date is not None and doc.place == "Stockholm"
    assert [(s.name, s.party and s.party.code) for s in doc.signatories] == names


@pytest.mark.parametrize("first", [
    "att riks\u00addagen beslutar att bygga vägar",
    "<p>att <b>riks&shy;dagen</b> beslutar att bygga vägar</p>",
])
def test_the_body_opening_the_first_att_sats_is_read_through_soft_hyphens_and_markup(
        first: str) -> None:
    """"att riksdagen beslutar …" names the body also where the caller's text holds what
    normalising drops or decodes there (a PDF's soft hyphen, an HTML page's tags)."""
    html = first.startswith("<")
    parts = ["Motion om vägar", "Det är bra att bygga vägar i hela landet, tycker vi.",
             "Med hänvisning till det anförda hemställs", first, "Stockholm den 3 maj 1984",
             "ANNA EK (m)"]
    text = "".join(p if p.startswith("<") else f"<p>{p}</p>" for p in parts) if html \
        else "\n\n".join(parts)
    doc = tillit.parse(text)
    assert [p.text for p in doc.proposals] == ["riksdagen beslutar att bygga vägar"]
    assert doc.body == "riksdagen"


def test_a_riksdag_motion_opening_with_its_proposals_is_signed_under_its_argument() -> None:
    """Born-digital Riksdag motions print "Förslag till riksdagsbeslut" first and sign under
    the argument's end; a subheading of the argument that reads as a name signs nothing."""
    text = "\n\n".join([
        "Motion till riksdagen 2020/21:2637 av Boriana Åberg m.fl. (M) Bättre infrastruktur",
        "Förslag till riksdagsbeslut",
        "Riksdagen ställer sig bakom det som anförs i motionen om järnvägen och tillkännager "
        "detta för regeringen.",
        "Riksdagen ställer sig bakom det som anförs i motionen om hamnarna och tillkännager "
        "detta för regeringen.",
        "Motivering", RIKSDAG_ARGUMENT, "Södra Stambanan",
        "Södra stambanan är en av de viktigaste delarna i vårt järnvägsnät, och sträckan "
        "trafikeras av 460 tåg per dygn. Förseningarna är ett stort problem.",
        "Boriana Åberg (M)", "Tobias Billström (M)", "Hans Wallmark (M)"])
    doc = tillit.parse(text)
    assert len(doc.proposals) == 2
    assert [(s.name, s.party and s.party.code) for s in doc.signatories] == [
        ("Boriana Åberg", "M"), ("Tobias Billström", "M"), ("Hans Wallmark", "M")]


@pytest.mark.parametrize(("head", "title"), [
    pytest.param("av Lars Werner m. fl.\n\nmed anledning av proposition 1981/82:8 om lag om "
                 "vård av missbrukare", "med anledning av proposition 1981/82:8 om lag om vård "
                 "av missbrukare", id="byline-above"),
    pytest.param("av Inger Lindquist och Håkan Winberg med anledning av propositionen 1977/78:1 "
                 "om ändring i patentlagen", "med anledning av propositionen 1977/78:1 om ändring "
                 "i patentlagen", id="byline-and-topic-on-one-line"),
    pytest.param("med anledning av prop. 1995/96:137 Stöd för nyanställningar",
                 "med anledning av prop. 1995/96:137 Stöd för nyanställningar",
                 id="abbreviated"),
])
def test_a_riksdag_motion_answering_a_proposition_is_a_motion_to_the_riksdag(
        head: str, title: str) -> None:
    """A "följdmotion" names the proposition it answers by its riksmöte number, which only
    the Riksdag uses: a Riksdag motion though its proposals are no att-satser ("föreslås att
    riksdagen … beslutar anta följande ändringar")."""
    text = "\n\n".join([
        head,
        "I propositionen lägger regeringen fram förslag till lag om vård av missbrukare. Vi "
        "anser att utredningen bör göras av länsstyrelsen och inte av socialnämnden.",
        "Under hänvisning till det anförda föreslås att riksdagen med godkännande av "
        "propositionen i övrigt beslutar anta följande ändringar i lagförslaget.",
        "Stockholm den 23 oktober 1981", "LARS WERNER (vpk)"])
    doc = tillit.parse(text)
    assert (doc.kind, doc.body, doc.organisation) == ("motion", "riksdagen", None)
    assert doc.title == title
    assert doc.date == dt.date(1981, 10, 23)


@pytest.mark.parametrize("kind_word", ["Interpellation", "Skriftlig fråga"])
def test_riksdag_page_names_the_author_in_the_documents_own_byline(kind_word: str) -> None:
    """riksdagen.se heads an interpellation or question with its author surname first ("av
    Viklund, Margareta (kd)"), then repeats the number over the document's own byline, which
    names the author as signed and the minister addressed."""
    text = doc_text(
        "Pendlarnas villkor",
        f"{kind_word} 2001/02:67 av Dahl, Cecilia (kd)",
        "Händelser", "Inlämnad\n2001-11-09",
        "Ledamoten ställer frågan skriftligt till en minister i regeringen och får svar av "
        "ministern. Svaren dokumenteras i kammarens protokoll.",
        "den 9 november",
        f"{kind_word} 2001/02:67",
        "av Cecilia Dahl (kd) till statsrådet Bengt Berg om pendlarnas villkor",
        RIKSDAG_ARGUMENT,
        "Vad avser statsrådet att göra för pendlarna?")
    doc = tillit.parse(text)
    assert [(s.name, s.party.code if s.party else None) for s in doc.signatories] == [
        ("Cecilia Dahl", "KD")]
    span = doc.signatories[0].span
    assert text[span.start:span.end] == "Cecilia Dahl"


@pytest.mark.parametrize(("number_line", "byline", "series", "number"), [
    ("1976/77: 1522", "av fru Ek och fröken Berg", "1976/77", "1522"),
    ("1989/90: So36", "av herr Holm m. fl.", "1989/90", "So36"),
    ("1989/90:So36", "av Anna Ek m.fl. (m)", "1989/90", "So36"),
])
def test_an_ocr_riksdag_motions_number_and_byline_are_no_title(
        number_line: str, byline: str, series: str, number: str) -> None:
    """Scanned Riksdag motions print the number with a space ("1989/90: So36") and, up to the
    1970s, a byline by honorific and surname ("av fru Ek och fröken Berg"): neither is the
    title, which is the "med anledning av …" heading, hard-wrapped."""
    doc = tillit.parse(doc_text(
        f"Motion till riksdagen\n{number_line}\n{byline}\n"
        "med anledning av propositionen 1976/77:74 om inriktningen av\n"
        "säkerhetspolitiken",
        RIKSDAG_ARGUMENT, "Stockholm den 20 mars 1990", "ANNA EK (m)"))
    assert (doc.series, doc.number) == (series, number)
    assert doc.title == ("med anledning av propositionen 1976/77:74 om inriktningen av "
                         "säkerhetspolitiken")


@pytest.mark.parametrize("post_heading", [None, "Fråga till statsrådet om pendlarnas villkor"])
def test_a_riksdag_question_is_titled_by_its_own_numbered_heading(post_heading: str | None
                                                                   ) -> None:
    """"Fråga 2020/21:520 Pendlarnas villkor": the title follows the number, also under a
    blog post's own heading; a byline after the number ("… av Anna Berg (SD)") is none."""
    doc = tillit.parse(doc_text(
        post_heading, "Fråga 2020/21:520 Pendlarnas villkor", "av Cecilia Dahl (SD)",
        "till statsrådet Bengt Berg (S)", RIKSDAG_ARGUMENT,
        "Vad avser statsrådet att göra för pendlarna?"))
    assert (doc.kind, doc.title) == ("question", "Pendlarnas villkor")
    doc = tillit.parse(doc_text(
        "Pendlarnas villkor", "Fråga 2020/21:520 av Cecilia Dahl (SD)", RIKSDAG_ARGUMENT,
        "Vad avser statsrådet att göra för pendlarna?"))
    assert doc.title == "Pendlarnas villkor"


@pytest.mark.parametrize(("page_line", "date_line", "date"), [
    (None, "den 15 november", dt.date(2010, 11, 15)),
    (None, "den 3 mars", dt.date(2011, 3, 3)),
    ("Interpellationsdebatt 8 december 2010", "den 15 november", dt.date(2010, 11, 15)),
])
def test_riksdag_day_and_month_take_the_riksmotes_year(page_line: str | None, date_line: str,
                                                       date: dt.date) -> None:
    """A Riksdag interpellation dated "den 15 november" under its number "2010/11:55": the
    riksmöte opens in September, so autumn days fall in its first year, spring days in its
    second; a page's dated debate line is no rival."""
    doc = tillit.parse(doc_text(
        page_line, date_line, "Interpellation 2010/11:55",
        "av Cecilia Dahl (V) till statsrådet Bengt Berg om pendlarnas villkor",
        RIKSDAG_ARGUMENT, "Vad avser statsrådet att göra för pendlarna?"))
    assert doc.date == date
    assert doc.place is None


@pytest.mark.parametrize(("lead", "organisation"), [
    pytest.param("V Järfällas gruppledare Bo Ek vill ha fler hyresrätter.", "Järfälla kommun",
                 id="code-and-genitive-place"),
    pytest.param("SD Lund har lämnat in en motion om fler bänkar.", "Lunds kommun",
                 id="code-and-place"),
    pytest.param("Gruppledaren för SD i Vänersborg vill ha fler bänkar.", "Vänersborgs kommun",
                 id="code-i-place"),
    pytest.param("V Stadsparken behöver fler bänkar.", None, id="code-and-no-municipality"),
    pytest.param("Gruppledaren för V i Upplands Väsby vill ha fler bänkar.",
                 "Upplands Väsby kommun", id="code-i-place-of-two-words"),
    pytest.param("SD Östra Göinge har lämnat in en motion om fler bänkar.",
                 "Östra Göinge kommun", id="code-and-place-of-two-words"),
])
def test_a_news_item_names_its_branch_by_party_code(lead: str, organisation: str | None
                                                     ) -> None:
    """A party's news item writes its branch by code and place: its municipality's politics."""
    doc = tillit.parse(doc_text("Pressmeddelande", "Fler bänkar", f"{lead} {ARG_PARK}",
                                "– Vi vill att alla ska kunna vila, säger Bo Ek."))
    assert doc.kind == "press_release"
    assert doc.organisation == organisation


def test_a_press_release_is_about_the_branch_it_reports_on() -> None:
    """The branch that is the release's subject gives the organisation; the publisher line
    is kept apart and is never the organisation."""
    doc = tillit.parse(doc_text(
        "Vänsterpartiet Skåne", "Pressmeddelande", "Fler bänkar i parken",
        f"Vänsterpartiet i Lund har lämnat in en motion om fler bänkar. {ARG_PARK}",
        "– Vi vill att alla ska kunna vila, säger Helena Falk."))
    assert doc.kind == "press_release"
    assert (doc.publisher, doc.organisation) == ("Vänsterpartiet Skåne", "Lunds kommun")


@pytest.mark.parametrize("lead", [
    "Motion: Fler bänkar i parken\n\nSammanfattning av motionen (Helena Falk): Det finns för få "
    "bänkar i parken. Äldre behöver kunna vila.\n\nFörslag till beslut:",
    "Motion om fler bänkar i parken\n\nHelena Falk har lämnat in en motion som föreslår:",
])
def test_a_release_quoting_a_motions_att_satser_has_no_proposals(lead: str) -> None:
    """A release summing up a motion under the motion's heading quotes the motion's
    att-satser: they are not the release's proposals, and a warning says why."""
    doc = tillit.parse(doc_text(
        "Vänsterpartiet Lund", "Pressmeddelande: Två nya motioner",
        f"Vänsterpartiet i Lund lämnar in två motioner till kommunfullmäktige. {ARG_PARK}",
        lead, "• Att kommunen ställer ut fler bänkar i parken.",
        "• Att bänkarna inventeras varje år."))
    assert doc.kind == "press_release"
    assert doc.proposals == ()
    assert [w.code for w in doc.warnings if w.code == "reported_proposals"] == \
        ["reported_proposals"]


def test_a_releases_own_proposals_stay() -> None:
    """Proposals a release makes in its own voice ("föreslår vi att …:" and numbered points)
    are its proposals."""
    doc = tillit.parse(doc_text(
        "Vänsterpartiet Lund", "Pressmeddelande: Fler bänkar i parken",
        f"Vänsterpartiet i Lund går idag fram med ett förslag om bänkar. {ARG_PARK}",
        "Därför föreslår vi att kommunstyrelsen beslutar:",
        "1. Kommunen ställer ut fler bänkar i parken.\n2. Bänkarna inventeras varje år."))
    assert doc.kind == "press_release"
    assert [p.text for p in doc.proposals] == ["Kommunen ställer ut fler bänkar i parken",
                                               "Bänkarna inventeras varje år"]


@pytest.mark.parametrize("byline", ["Anna Berg (V), regioråd", "Av Anna Berg (V), regioråd",
                                    "Text: Anna Berg (V), regioråd"])
def test_a_press_release_byline_signs_it(byline: str) -> None:
    """The byline's person is the release's signatory (CONVENTIONS); a person only quoted is
    not."""
    doc = tillit.parse(doc_text(
        "Pressmeddelande 2022-03-03", "Fler bänkar i parken", byline,
        f"Vänsterpartiet i Lund har lämnat in en motion om fler bänkar. {ARG_PARK}",
        "– Vi vill att alla ska kunna vila, säger Helena Falk (V)."))
    assert doc.kind == "press_release"
    assert [(s.name, s.party and s.party.code, s.role) for s in doc.signatories] == [
        ("Anna Berg", "V", "regioråd")]


def test_a_press_releases_tagged_signer_needs_no_listed_first_name() -> None:
    """"Jerk Pros (L)" under the release: the party tag says it is a signer, though the first
    name table (the 500 commonest) does not list "Jerk"."""
    doc = tillit.parse(doc_text(
        "Pressmeddelande 2022-03-03", "Fler bänkar i parken",
        f"Liberalerna i Lund har lämnat in en motion om fler bänkar. {ARG_PARK}",
        "– Vi vill att alla ska kunna vila, säger Helena Falk (L).",
        "Anna Berg (L)", "ledamot kommunfullmäktige", "Jerk Pros (L)",
        "ersättare kommunfullmäktige"))
    assert doc.kind == "press_release"
    assert [s.name for s in doc.signatories] == ["Anna Berg", "Jerk Pros"]


CONTACT_ROWS = [
    pytest.param("Anna Berg, 070-311 45 30\nPer Holm, 070-363 38 76",
                 [("Anna Berg", "V", None, "+46703114530"), ("Per Holm", "V", None,
                                                             "+46703633876")],
                 id="contact-name-and-number-on-one-line-each"),
    pytest.param("Anna Berg, regionråd, tel. 070-311 45 30\nPer Holm\nTel: 070-363 38 76",
                 [("Anna Berg", "V", "regionråd", "+46703114530"),
                  ("Per Holm", "V", None, "+46703633876")],
                 id="contact-office-and-labelled-number"),
    pytest.param("Anna Berg, 070-311 45 30\nEva Ek, 070-363 38 76",
                 [("Anna Berg", "V", None, "+46703114530"), ("Eva Ek", None, None,
                                                             "+46703633876")],
                 id="contact-never-tagged-has-no-party"),
]

CONTACT_LINES = [
    pytest.param("Kontakt\nAnna Berg (V), 070-311 45 30", [("Anna Berg", "V", None)],
                 id="tag-then-number"),
    pytest.param("Kontakt:\n\nAnna Berg, gruppledare (V), 070-311 45 30",
                 [("Anna Berg", "V", "gruppledare")],
                 id="office-tag-number"),
    pytest.param("För mer information:\n\nAnna Berg, Vänsterpartiet, 070-311 45 30",
                 [("Anna Berg", "V", None)],
                 id="party-name-then-number"),
    pytest.param("Presskontakt\n\nAnna Berg\nGruppledare Vänsterpartiet\n070-311 45 30",
                 [("Anna Berg", "V", "Gruppledare")], id="office-and-party-on-the-next-line"),
    pytest.param("Kontakt\nAnna Berg (V)\n070-311 45 30\nanna.berg@lund.se",
                 [("Anna Berg", "V", None)],
                 id="tag-number-address-on-lines"),
    pytest.param("Kontaktperson: Anna Berg (V), 070-311 45 30", [("Anna Berg", "V", None)],
                 id="label-run-on-into-the-entry"),
    pytest.param("Mer information: Anna Berg, 070-311 45 30", [("Anna Berg", None, None)],
                 id="another-label-and-no-party"),
    pytest.param("För mer information kontakta Anna Berg (V), gruppledare, tel 070-311 45 30",
                 [("Anna Berg", "V", "gruppledare")], id="request-run-on-into-the-entry"),
    pytest.param("För mer information kontakta: Anna Berg (V) 070-311 45 30",
                 [("Anna Berg", "V", None)], id="request-and-colon-run-on-into-the-entry"),
    pytest.param("Frågor besvaras av Anna Berg, 070-311 45 30", [("Anna Berg", None, None)],
                 id="answered-by-run-on-into-the-entry"),
    pytest.param("Ytterligare information lämnas av Anna Berg, 070-311 45 30.",
                 [("Anna Berg", None, None)], id="given-by-run-on-into-the-entry"),
    pytest.param("För mer information och kommentarer, kontakta:\n\nAnna Berg (V)\n"
                 "070-311 45 30", [("Anna Berg", "V", None)], id="widened-label-over-the-entry"),
    pytest.param("Vid frågor kontakta:\nAnna Berg\n070-311 45 30", [("Anna Berg", None, None)],
                 id="on-questions-label-over-the-entry"),
]


@pytest.mark.parametrize(("lines", "expected"), CONTACT_LINES)
def test_a_contact_line_names_person_office_and_party(
        lines: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    """A release's contact entry, however laid out, signs it with the party it gives."""
    doc = tillit.parse(doc_text(
        "Pressmeddelande 2022-03-03", "Fler bänkar i parken",
        f"Vänsterpartiet i Lund har lämnat in en motion om fler bänkar. {ARG_PARK}",
        "– Vi vill att alla ska kunna vila, säger gruppledaren.", lines))
    assert [(s.name, s.party and s.party.code, s.role) for s in doc.signatories] == expected
    assert [c.phone for c in doc.contacts] == ["+46703114530"]


@pytest.mark.parametrize(("contacts", "expected"), CONTACT_ROWS)
def test_press_contacts_and_their_parties(
        contacts: str, expected: list[tuple[str, str | None, str | None, str]]) -> None:
    """Each contact person signs the release (CONVENTIONS), with the party the release tags
    after their name where it quotes them ("… säger Anna Berg (V)")."""
    doc = tillit.parse(doc_text(
        "Pressmeddelande 2022-03-03", "Fler bänkar i parken",
        f"Vänsterpartiet i Lund har lämnat in en motion om fler bänkar. {ARG_PARK}",
        "– Vi vill att alla ska kunna vila, säger Anna Berg (V).",
        "– Bänkarna behövs nu, säger Per Holm, gruppledare (V).",
        "För mer information:", contacts))
    assert doc.kind == "press_release"
    assert [(s.name, s.party and s.party.code, s.role) for s in doc.signatories] == [
        row[:3] for row in expected]
    assert [(c.name, c.phone) for c in doc.contacts] == [(r[0], r[3]) for r in expected]


def test_a_joint_release_labels_itself_in_its_first_line_and_groups_contacts_by_party() -> None:
    """Two parties' joint release, flattened by a web page: the kind word runs into the first
    paragraph ("Pressmeddelande: Politiken …"), and each party heads its own contacts."""
    doc = tillit.parse(doc_text(
        "Ansvar för Norrby",
        "Pressmeddelande: Politiken i Norrby är till för invånarna. Därför har Moderaterna och "
        "Socialdemokraterna idag beslutat att gemensamt ta ansvaret för kommunen.",
        ARG_PARK, "Mediekontakter:",
        "Socialdemokraterna:\nAnna Berg 070-311 45 30\nPer Holm 070-363 38 76\n"
        "Moderaterna:\nEva Ek 070-123 45 67"))
    assert doc.kind == "press_release"
    assert doc.title == "Ansvar för Norrby"
    assert [(s.name, s.party and s.party.code) for s in doc.signatories] == [
        ("Anna Berg", "S"), ("Per Holm", "S"), ("Eva Ek", "M")]


@pytest.mark.parametrize(("attribution", "speaker", "role", "party"), [
    pytest.param("säger Anna Berg (V)", "Anna Berg", None, "V", id="tag-after-the-name"),
    pytest.param("säger Anna Berg (V), gruppledare i Lund", "Anna Berg", "gruppledare i Lund",
                 "V", id="tag-then-office"),
    pytest.param("säger gruppledaren Anna Berg (V)", "Anna Berg", "gruppledaren", "V",
                 id="office-before-the-name"),
    pytest.param("säger Vänsterpartiets gruppledare Anna Berg", "Anna Berg",
                 "Vänsterpartiets gruppledare", "V", id="party-genitive-office-before-the-name"),
    pytest.param("säger Anna Berg", "Anna Berg", None, None, id="name-alone"),
])
def test_a_quote_in_a_release_has_its_speaker_office_and_party(
        attribution: str, speaker: str, role: str | None, party: str | None) -> None:
    """"– …, säger Anna Berg (V)": the quote, its speaker, and the office and party the
    attribution gives, with the tag after the name or the office before it."""
    doc = tillit.parse(doc_text(
        "Pressmeddelande 2022-03-03", "Fler bänkar i parken",
        f"Vänsterpartiet i Lund har lämnat in en motion om fler bänkar. {ARG_PARK}",
        f"– Vi vill att alla ska kunna vila, {attribution}.",
        "För mer information:", "Anna Berg, 070-311 45 30"))
    assert [(q.text, q.speaker, q.role, q.party and q.party.code) for q in doc.quotes] == [
        ("Vi vill att alla ska kunna vila", speaker, role, party)]


@pytest.mark.parametrize("stamp", [
    pytest.param("Pressmeddelande – 3 mars 2022", id="label-dash-date"),
    pytest.param("Pressmeddelande · 3 mars 2022", id="label-dot-date"),
    pytest.param("Pressmeddelande   •   Mar 03, 2022 10:15 CET", id="press-room-stamp-first"),
])
def test_a_kinds_label_and_its_date_is_no_title(stamp: str) -> None:
    """"Pressmeddelande – 3 mars 2022" above the heading stamps the release: its date is the
    release's, and the heading below is the title (the label dropped would leave a date)."""
    doc = tillit.parse(doc_text(
        stamp, "Fler bänkar i parken",
        f"Vänsterpartiet i Lund har lämnat in en motion om fler bänkar. {ARG_PARK}",
        "– Vi vill att alla ska kunna vila, säger Anna Berg (V).",
        "För mer information:", "Anna Berg, 070-311 45 30"))
    assert (doc.kind, doc.title, str(doc.date)) == (
        "press_release", "Fler bänkar i parken", "2022-03-03")


@pytest.mark.parametrize("stamps", [
    pytest.param("Uppdaterad 5 mars 2022\nPublicerad 3 mars 2022", id="updated-above-published"),
    pytest.param("Senast uppdaterad: 5 mars 2022\n\nPublicerad: 3 mars 2022",
                 id="labels-with-colons-apart"),
    pytest.param("Publicerad 3 mars 2022\nUppdaterad 5 mars 2022", id="published-above-updated"),
])
def test_an_update_stamp_leaves_the_publication_date(stamps: str) -> None:
    """A page's update date is a later step, never the release's date; a line with its own
    date labels only itself, so the publication line under it still counts."""
    doc = tillit.parse(doc_text(
        stamps, "Fler bänkar i parken",
        f"Vänsterpartiet i Lund har lämnat in en motion om fler bänkar. {ARG_PARK}",
        "– Vi vill att alla ska kunna vila, säger Anna Berg (V).",
        "För mer information:", "Anna Berg, 070-311 45 30"))
    assert (doc.kind, str(doc.date)) == ("press_release", "2022-03-03")


@pytest.mark.parametrize(("paragraph", "quoted"), [
    pytest.param("”Vi vill att alla ska kunna vila”, säger Anna Berg (V).",
                 [("Vi vill att alla ska kunna vila", "Anna Berg")], id="in-quotation-marks"),
    pytest.param("\"Vi vill att alla ska kunna vila\", säger Anna Berg (V).",
                 [("Vi vill att alla ska kunna vila", "Anna Berg")], id="in-straight-quotes"),
    pytest.param("”Vägen framåt” heter rapporten som kom i dag. Den visar att många saknar "
                 "bänkar.", [], id="a-quoted-title-is-no-quote"),
])
def test_a_paragraph_in_quotation_marks_quotes_its_speaker(
        paragraph: str, quoted: list[tuple[str, str]]) -> None:
    """A release may set a quote in quotation marks instead of after a dash: it is a quote
    where the paragraph names who speaks."""
    doc = tillit.parse(doc_text(
        "Pressmeddelande 2022-03-03", "Fler bänkar i parken",
        f"Vänsterpartiet i Lund har lämnat in en motion om fler bänkar. {ARG_PARK}", paragraph,
        "För mer information:", "Anna Berg, 070-311 45 30"))
    assert [(q.text, q.speaker) for q in doc.quotes] == quoted


@pytest.mark.parametrize(("intro", "quote", "quoted"), [
    pytest.param("Anna Berg (V) kommenterar:", "– Vi vill att alla ska kunna vila.",
                 [("Vi vill att alla ska kunna vila.", "Anna Berg", None, "V")],
                 id="name-and-tag-over-a-dash"),
    pytest.param("Anna Berg, gruppledare, säger:", "”Vi vill att alla ska kunna vila.”",
                 [("Vi vill att alla ska kunna vila.", "Anna Berg", "gruppledare", None)],
                 id="name-and-office-over-quotation-marks"),
    pytest.param("Anna Berg kommenterar:\n– Vi vill att alla ska kunna vila.", None,
                 [("Vi vill att alla ska kunna vila.", "Anna Berg", None, None)],
                 id="intro-and-quote-with-no-blank-line"),
    pytest.param("Vänsterpartiets gruppledare kommenterar:",
                 "– Vi vill att alla ska kunna vila, säger Anna Berg, och tillägger:",
                 [("Vi vill att alla ska kunna vila", "Anna Berg", "Vänsterpartiets gruppledare",
                   "V")],
                 id="office-over-a-quote-its-attribution-names"),
    pytest.param("Vänsterpartiet i Lund kommenterar:", "”Vi vill att alla ska kunna vila.”", [],
                 id="a-party-introduces-no-speaker"),
])
def test_a_line_introducing_a_quote_names_its_speaker(
        intro: str, quote: str | None, quoted: list[tuple[str, str, str | None, str | None]]
) -> None:
    """"Anna Berg (V) kommenterar:" over a dash or a paragraph in quotation marks: the line
    gives the speaker, office and party the quote does not (or, an office alone, what the
    quote's own attribution leaves out)."""
    doc = tillit.parse(doc_text(
        "Pressmeddelande 2022-03-03", "Fler bänkar i parken",
        f"Vänsterpartiet i Lund har lämnat in en motion om fler bänkar. {ARG_PARK}", intro,
        *([quote] if quote else []), "För mer information:", "Per Holm, 070-311 45 30"))
    assert [(q.text, q.speaker, q.role, q.party and q.party.code) for q in doc.quotes] == quoted
    assert [s.name for s in doc.signatories] == ["Per Holm"]


@pytest.mark.parametrize(("quote", "party"), [
    pytest.param("säger Anna Berg (V)", "V", id="tag-after-the-name"),
    pytest.param("säger Anna Berg, gruppledare (V)", "V", id="office-then-tag"),
    pytest.param("säger Vänsterpartiets gruppledare Anna Berg", "V", id="party-genitive-office"),
    pytest.param("säger SD:s Anna Berg", "SD", id="code-genitive"),
    pytest.param("säger Anna Berg, gruppledare för Vänsterpartiet", "V",
                 id="office-for-party-after-a-comma"),
    pytest.param("säger Anna Berg, Liberalerna", "L", id="party-after-a-comma"),
    pytest.param("säger Anna Berg (V). Hon fick stöd av Per Holm (S)", "V", id="only-her-tag"),
    pytest.param("säger Anna Berg", None, id="no-party-given"),
    pytest.param("säger Anna Berg (V), som tidigare var med i Anna Berg (S)-kommittén", None,
                 id="two-tags-give-none"),
])
def test_a_contact_takes_the_party_written_with_her_name(quote: str, party: str | None) -> None:
    doc = tillit.parse(doc_text(
        "Pressmeddelande 2022-03-03", "Fler bänkar i parken",
        f"Vänsterpartiet i Lund har lämnat in en motion om fler bänkar. {ARG_PARK}",
        f"– Vi vill att alla ska kunna vila, {quote}.",
        "För mer information:", "Anna Berg, 070-311 45 30"))
    assert [(s.name, s.party and s.party.code) for s in doc.signatories] == [("Anna Berg", party)]


@pytest.mark.parametrize(("tail", "expected"), [
    pytest.param(["Gustav Lundblad"], [("Gustav Lundblad", None)], id="closing-name"),
    pytest.param(["Ulric Andersson          Mats Sandström", "facebook Twitter Email"],
                 [("Ulric Andersson", "V"), ("Mats Sandström", None)],
                 id="closing-names-in-columns-before-share-buttons"),
    pytest.param(["Dela   Skriv ut"], [], id="closing-furniture-is-no-name"),
    pytest.param(["Anna Berg\nGruppledare, Vänsterpartiet i Lund"], [("Anna Berg", "V")],
                 id="closing-name-and-office-with-party-below"),
    pytest.param(["Hälsningar\nAnna Berg"], [("Anna Berg", None)],
                 id="closing-greeting-and-name"),
    pytest.param(["För Vänsterpartiet i Lund\nAnna Berg"], [("Anna Berg", "V")],
                 id="closing-group-heading-and-name"),
    pytest.param(["Anna Berg, Per Holm\nVänsterpartiet Lund"], [("Anna Berg", "V"),
                                                               ("Per Holm", "V")],
                 id="closing-two-names-and-their-party"),
    pytest.param(["Stadsparken Lund"], [], id="closing-place-is-no-name"),
])
def test_names_closing_a_press_release_sign_it(tail: list[str],
                                               expected: list[tuple[str, str | None]]) -> None:
    """Names alone on the last lines of a release, after its prose, are its senders; a
    sender quoted with a tag elsewhere has that party."""
    doc = tillit.parse(doc_text(
        "Pressmeddelande 2022-03-03", "Fler bänkar i parken",
        f"Vänsterpartiet i Lund har lämnat in en motion om fler bänkar. {ARG_PARK}",
        "– Vi vill att alla ska kunna vila, säger Ulric Andersson (V).", *tail))
    assert doc.kind == "press_release"
    assert [(s.name, s.party and s.party.code) for s in doc.signatories] == expected


@pytest.mark.parametrize(("byline", "expected"), [
    pytest.param("Av Anna Berg", [("Anna Berg", None)], id="av-name"),
    pytest.param("Skrivet av Anna Berg", [("Anna Berg", None)], id="skrivet-av-name"),
    pytest.param("Anna Berg", [], id="a-bare-name-above-the-text-is-no-byline"),
    pytest.param("Av Stadsparken Lund", [], id="a-lead-before-no-person"),
    pytest.param("Text: Susan K Persson", [("Susan K Persson", None)],
                 id="text-lead-and-a-middle-initial-without-a-full-stop"),
    pytest.param("Text: Anna I Lund", [], id="capital-i-is-no-middle-initial"),
])
def test_a_byline_lead_names_the_writer(byline: str, expected: list[tuple[str, str]]) -> None:
    """A byline's lead ("Av", "Skrivet av") says the name is the writer's, party or not."""
    doc = tillit.parse(doc_text(
        "Pressmeddelande 2022-03-03", "Fler bänkar i parken", byline,
        f"Vänsterpartiet i Lund har lämnat in en motion om fler bänkar. {ARG_PARK}",
        "– Vi vill att alla ska kunna vila, säger Eva Ek."))
    assert [(s.name, s.party and s.party.code) for s in doc.signatories] == expected


def test_a_riksdag_number_before_the_title_marks_the_riksdag() -> None:
    """"2013/14:28 Statsministerns …": the number opens the title line (riksdagen.se pages)."""
    doc = tillit.parse(doc_text("2021/22:4102 Bättre villkor för landets pendlare",
                                "av Anna Andersson (S)", "Förslag till riksdagsbeslut",
                                f"1. {RIKSDAG_PROPOSAL_1}.", "Motivering", RIKSDAG_ARGUMENT,
                                "Anna Andersson (S)"))
    assert (doc.series, doc.number, doc.body) == ("2021/22", "4102", "riksdagen")
    assert doc.title == "Bättre villkor för landets pendlare"


# =============================================================================================
# Signatories
# =============================================================================================

# (name, party code, role, party_inferred)
SIGNATORY_ROWS = [
    # A form's signer field holding a closing greeting: no name, and none is made up.
    pytest.param("Fler bänkar i parken\n\nInlämnad av:\nMed vänlig hälsning\n\n" + ARG_PARK
                 + "\n\nVi yrkar att fler bänkar ställs ut.\n", [], id="sig-greeting-in-a-field"),
    pytest.param(municipal("Helena Falk (V)"),
                 [("Helena Falk", "V", None, False)], id="sig-name-tag"),
    pytest.param(municipal("Per Olsson (Mp)"),
                 [("Per Olsson", "MP", None, False)], id="sig-tag-Mp"),
    pytest.param(municipal("Sara Nilsson (Fi)"),
                 [("Sara Nilsson", "FI", None, False)], id="sig-tag-Fi"),
    pytest.param(municipal("Eva Lindberg, Socialdemokraterna"),
                 [("Eva Lindberg", "S", None, False)], id="sig-comma-party-name"),
    pytest.param(
        municipal("**För Vänsterpartiet i Region Örebro län**\n\n*Jihad Menhem*\n\n"
                  "*Jessica Carlqvist*\n\n*Kenneth Lantz*",
                  header="## Motion till regionfullmäktige – Region Örebro län",
                  title="### Hållbart arbetsliv i regionen",
                  preamble="#### **Med anledning av detta föreslår vi att regionfullmäktige "
                           "beslutar:**",
                  items=("att Region Örebro län tar fram en strategi för tillitsbaserad "
                         "styrning.",),
                  date_line=None),
        [("Jihad Menhem", "V", None, False), ("Jessica Carlqvist", "V", None, False),
         ("Kenneth Lantz", "V", None, False)],
        id="sig-italic-names-under-group-heading",
    ),
    pytest.param(
        municipal("Marie-Louise Dangardt (M)\nKarin Svensson Smith (MP)\n"
                  "Carl af Ugglas (M)\nHans von Essen (L)"),
        [("Marie-Louise Dangardt", "M", None, False),
         ("Karin Svensson Smith", "MP", None, False),
         ("Carl af Ugglas", "M", None, False), ("Hans von Essen", "L", None, False)],
        id="sig-hyphen-multipart-particles",
    ),
    pytest.param(
        municipal("Anna Berg (V)\n   \nOla Persson (V)\n\n\nLena Ek (V)\n\t\nMaria Odheim "
                  "Nielsen (V)"),
        [("Anna Berg", "V", None, False), ("Ola Persson", "V", None, False),
         ("Lena Ek", "V", None, False), ("Maria Odheim Nielsen", "V", None, False)],
        id="sig-blank-and-whitespace-lines-between",
    ),
    pytest.param(
        municipal("Anna Berg (V), gruppledare\nOla Persson (V)"),
        [("Anna Berg", "V", "gruppledare", False), ("Ola Persson", "V", None, False)],
        id="sig-role-after-name",
    ),
    pytest.param(
        municipal("Eva Lindberg (S)\nkommunalråd"),
        [("Eva Lindberg", "S", "kommunalråd", False)],
        id="sig-role-on-next-line",
    ),
    pytest.param(municipal("Anna Berg\n(VtL)"), [("Anna Berg", "VtL", None, False)],
                 id="sig-local-tag-alone-on-next-line"),
    pytest.param(municipal("Anna Berg\nKommunfullmäktigeledamot (c)"),
                 [("Anna Berg", "C", "Kommunfullmäktigeledamot", False)],
                 id="sig-office-and-lower-case-tag-on-next-line"),
    pytest.param(municipal("Anna Berg\nOppositionsråd\nPartiledare\nLundapartiet"),
                 [("Anna Berg", "Lundapartiet", "Oppositionsråd", False)],
                 id="sig-offices-then-a-local-party"),
    pytest.param(municipal("Erik Anderson\nGruppledare Kommunistiska Partiet"),
                 [("Erik Anderson", "Kommunistiska Partiet", "Gruppledare", False)],
                 id="sig-office-then-a-small-partys-name-on-next-line"),
    pytest.param(municipal("Erik Anderson\nGruppledare Lundapartiet"),
                 [("Erik Anderson", "Lundapartiet", "Gruppledare", False)],
                 id="sig-office-then-a-local-partys-one-word-on-next-line"),
    pytest.param(municipal("För Vänsterpartiet i Lund\nGunilla Berg, Alf-Erik Holm"),
                 [("Gunilla Berg", "V", None, False), ("Alf-Erik Holm", "V", None, False)],
                 id="sig-two-names-comma-under-group"),
    pytest.param(municipal("För Kristdemokraterna i Lund\nViktor Bengtsson Roger Lind"),
                 [("Viktor Bengtsson", "KD", None, False), ("Roger Lind", "KD", None, False)],
                 id="sig-two-names-no-separator-split-at-a-first-name"),
    pytest.param(municipal("För Kristdemokraterna i Lund\nCarina Stridh Bjurhager"),
                 [("Carina Stridh Bjurhager", "KD", None, False)],
                 id="sig-three-word-name-stays-one"),
    pytest.param(
        municipal("Sven-Erik Öberg (C)\nÅsa Ärlig-Lundström (C)"),
        [("Sven-Erik Öberg", "C", None, False), ("Åsa Ärlig-Lundström", "C", None, False)],
        id="sig-swedish-letters-hyphenated-surname",
    ),
]


SIGNATORY_ROWS += [
    pytest.param(municipal("Anna Berg", preamble="Kommunfullmäktige föreslås besluta:"),
                 [("Anna Berg", None, None, False)], id="sig-body-as-subject-is-no-local-party"),
    pytest.param(municipal("Anna Berg", preamble="Lunds kommun föreslås besluta:"),
                 [("Anna Berg", None, None, False)], id="sig-organisation-subject-no-party"),
    pytest.param(municipal("Sverigedemokraterna, Kommunfullmäktige, 2022-02-22\nAnna Berg\n"
                           "Per Holm", date_line=None),
                 [("Anna Berg", "SD", None, False), ("Per Holm", "SD", None, False)],
                 id="sig-party-of-a-signing-stamp"),
    pytest.param(municipal("Moderaterna 2014-04-29\n\n\nStaffan Kromnow", date_line=None),
                 [("Staffan Kromnow", "M", None, False)],
                 id="sig-party-signing-with-its-date-above-the-name"),
    pytest.param(municipal("Anna Berg\nPer Holm\n\nMiljöpartiet de gröna 2014-04-28",
                           date_line=None),
                 [("Anna Berg", "MP", None, False), ("Per Holm", "MP", None, False)],
                 id="sig-party-signing-with-its-date-below-the-names"),
    pytest.param(municipal("Strängnäspartiet 2017-09-29\nAnna Berg", date_line=None),
                 [("Anna Berg", "Strängnäspartiet", None, False)],
                 id="sig-local-party-signing-with-its-date"),
    pytest.param(municipal("Anita Fagerholm Carina Strömbäck\n\n"
                           "Vänsterpartiet i Vetlanda den 15/11 2010", date_line=None),
                 [("Anita Fagerholm", "V", None, False), ("Carina Strömbäck", "V", None, False)],
                 id="sig-party-branch-with-its-place-and-date-below-the-names"),
    pytest.param(municipal("Vänsterpartiet, Lund 2017-09-29\nAnna Berg", date_line=None),
                 [("Anna Berg", "V", None, False)],
                 id="sig-party-with-place-and-date-above-the-name"),
    pytest.param(municipal("", items=("att fler bänkar ställs ut.\nArne Jönsson (S)",),
                           date_line=None),
                 [("Arne Jönsson", "S", None, False)],
                 id="sig-right-under-the-last-att-sats-with-no-blank-line"),
    pytest.param(municipal("", items=("att fler bänkar ställs ut.\nLund 2020-03-04\n"
                                      "Arne Jönsson (S)\nEva Ek (S)",), date_line=None),
                 [("Arne Jönsson", "S", None, False), ("Eva Ek", "S", None, False)],
                 id="sig-date-and-names-right-under-the-last-att-sats"),
    pytest.param(municipal("Anna Berg\nPer Holm", preamble="Vänsterpartiet Höganäs yrkar",
                           date_line=None),
                 [("Anna Berg", "V", None, True), ("Per Holm", "V", None, True)],
                 id="sig-party-of-a-branch-as-subject"),
    pytest.param(municipal("Anna Berg         Per Holm\nCenterpartiet         Kristdemokraterna"),
                 [("Anna Berg", "C", None, False), ("Per Holm", "KD", None, False)],
                 id="sig-parties-in-columns-under-names-in-columns"),
    pytest.param(doc_text("Interpellation om bänkar | Vänsterpartiet i Lund",
                          "Interpellation till kommunstyrelsens ordförande Eva Ek.",
                          "I mars lovade du fler bänkar i Stadsparken till sommaren.",
                          "Ingen bänk har ännu ställts ut i parkens norra del.",
                          "När kommer bänkarna?", "Med vänliga hälsningar", "Anna Berg (V)"),
                 [("Anna Berg", "V", None, False)],
                 id="sig-after-short-one-sentence-paragraphs"),
    pytest.param(municipal("Anna Berg\tPer Holm\n(S)\t(MP)"),
                 [("Anna Berg", "S", None, False), ("Per Holm", "MP", None, False)],
                 id="sig-tags-in-columns-under-names-in-columns"),
    pytest.param(municipal("Anna Berg (Nya Ulricehamn)"),
                 [("Anna Berg", "Nya Ulricehamn", None, False)],
                 id="sig-local-party-named-after-its-municipality-in-brackets"),
    pytest.param(municipal("Anna Berg (V)\n\nPer Holm (SD) drev på för en folkomröstning."),
                 [("Anna Berg", "V", None, False)], id="sig-a-tagged-name-opening-a-sentence"),
    pytest.param(municipal("Anna Berg (V) ledamot i kommunfullmäktige."),
                 [("Anna Berg", "V", "ledamot i kommunfullmäktige.", False)],
                 id="sig-an-office-with-a-full-stop"),
    pytest.param(municipal("Anna Berg (V)\nShare Button\nLike this"),
                 [("Anna Berg", "V", None, False)], id="sig-share-widget-captions-are-no-names"),
    pytest.param(municipal("Anna Berg\nNya Ulricehamn"),
                 [("Anna Berg", "Nya Ulricehamn", None, False)],
                 id="sig-local-party-named-after-its-municipality-on-the-line-after"),
    pytest.param(municipal("Anna Svensson\nErik Lund"),
                 [("Anna Svensson", None, None, False), ("Erik Lund", None, None, False)],
                 id="sig-a-second-signer-whose-surname-is-a-municipality"),
    pytest.param(municipal("Anna Svensson\nPer Mora\nKarin Sala"),
                 [("Anna Svensson", None, None, False), ("Per Mora", None, None, False),
                  ("Karin Sala", None, None, False)],
                 id="sig-signers-named-like-municipalities-are-no-local-parties"),
    pytest.param(municipal("Erik Anderson Kommunistiska Partiet"),
                 [("Erik Anderson", "Kommunistiska Partiet", None, False)],
                 id="sig-name-and-a-small-partys-name-on-one-line"),
    pytest.param(municipal("Anna Svensson Strängnäspartiet"),
                 [("Anna Svensson", "Strängnäspartiet", None, False)],
                 id="sig-name-and-a-one-word-local-party"),
    pytest.param(municipal("För Sala Framtid\nAnna Berg\nPer Holm"),
                 [("Anna Berg", "Sala Framtid", None, False),
                  ("Per Holm", "Sala Framtid", None, False)],
                 id="sig-group-heading-of-a-local-party"),
    pytest.param(municipal("Anna Berg (Lund)"), [("Anna Berg", None, "(Lund)", False)],
                 id="sig-a-place-in-brackets-is-no-party"),
    pytest.param(municipal("Socialdemokraterna i Lund\ngm Anna Berg"),
                 [("Anna Berg", "S", None, False)], id="sig-party-gm-name"),
    pytest.param(municipal("Anna Berg (V)", items=(
        "att kommunstyrelsen får i uppdrag att bilda",
        "• Forum Norra (Norra byalag)\n• Forum Södra (Södra byalag)")),
                 [("Anna Berg", "V", None, False)],
                 id="sig-bulleted-items-after-an-att-sats-sign-nothing"),
    # Small parties named by their last word, written as the text writes them.
    pytest.param(municipal("Erik Anderson,\nGruppledare, Kommunistiska Partiet"),
                 [("Erik Anderson", "Kommunistiska Partiet", "Gruppledare", False)],
                 id="sig-name-comma-then-office-and-small-party"),
    pytest.param(municipal("Erik Anderson, Kommunistiska partiet"),
                 [("Erik Anderson", "Kommunistiska partiet", None, False)],
                 id="sig-name-comma-small-party"),
    pytest.param(municipal("Skol och landsbygspartiet\n\nAnders Nordin"),
                 [("Anders Nordin", "Skol och landsbygspartiet", None, False)],
                 id="sig-local-party-line-above-the-name"),
    pytest.param(municipal("Anders Nordin\nSkol och landsbygspartiet"),
                 [("Anders Nordin", "Skol och landsbygspartiet", None, False)],
                 id="sig-local-party-line-below-the-name"),
    pytest.param(municipal("Det nya partiet\nAnders Nordin"),
                 [("Anders Nordin", None, None, False)],
                 id="sig-a-phrase-ending-in-partiet-is-no-party"),
    # Names led by initials, read where a party tag follows.
    pytest.param(municipal("A. Berg (M)\nK-G Nilsson (M)\nP.-O. von Ek (L)"),
                 [("A. Berg", "M", None, False), ("K-G Nilsson", "M", None, False),
                  ("P.-O. von Ek", "L", None, False)],
                 id="sig-names-led-by-initials-with-tags"),
    pytest.param(municipal("A. Berg (M), P-O Ek (M)"),
                 [("A. Berg", "M", None, False), ("P-O Ek", "M", None, False)],
                 id="sig-initial-names-on-one-line"),
    pytest.param(municipal("Anna Berg (M)", items=(
        "att parkens bänkar ses över enligt följande:", "A. Inledning", "B. Genomförande")),
                 [("Anna Berg", "M", None, False)],
                 id="sig-lettered-headings-are-no-initial-names"),
    # A middle initial without its full stop, as Swedish names are often written.
    pytest.param(municipal("Per-Arne H Öberg (S)\nAnna K Berg"),
                 [("Per-Arne H Öberg", "S", None, False), ("Anna K Berg", "S", None, True)],
                 id="sig-middle-initial-without-a-full-stop"),
    # A party's branch written as its code and place: "SD Lund".
    pytest.param(municipal("Anna Berg\nSD Lund"), [("Anna Berg", "SD", None, False)],
                 id="sig-party-code-and-place-below-the-name"),
    pytest.param(municipal("SD Lund\nAnna Berg\nPer Holm"),
                 [("Anna Berg", "SD", None, False), ("Per Holm", "SD", None, False)],
                 id="sig-party-code-and-place-above-the-names"),
    pytest.param(municipal("Anna Berg, SD Lund"), [("Anna Berg", "SD", None, False)],
                 id="sig-name-comma-party-code-and-place"),
    pytest.param(municipal("Anna Berg, Vänsterpartiet Lund"), [("Anna Berg", "V", None, False)],
                 id="sig-name-comma-party-and-place-is-no-role"),
    pytest.param(municipal("Anna Berg, ordförande Vänsterpartiet Lund"),
                 [("Anna Berg", "V", "ordförande", False)],
                 id="sig-office-of-a-party-branch"),
    pytest.param(municipal("Anna Berg\nM Lundagård"), [("Anna Berg", None, None, False)],
                 id="sig-a-code-before-no-place-is-no-party"),
    # A party's group, its code with a place, "för" + party below the name.
    pytest.param(municipal("Anna Berg\nS-gruppen"), [("Anna Berg", "S", None, False)],
                 id="sig-code-gruppen-below-the-name"),
    pytest.param(municipal("Anna Berg\nKD-gruppen i Lund"), [("Anna Berg", "KD", None, False)],
                 id="sig-code-gruppen-in-place-below-the-name"),
    pytest.param(municipal("Anna Berg\nför Socialdemokraterna"),
                 [("Anna Berg", "S", None, False)], id="sig-lower-case-for-party-below"),
    pytest.param(municipal("Anna Berg\nSocialdemokraterna i Lunds kommunfullmäktige"),
                 [("Anna Berg", "S", None, False)], id="sig-party-in-the-council-below"),
    pytest.param(municipal("Anna Berg\nGruppledare för (S) i Lund"),
                 [("Anna Berg", "S", "Gruppledare", False)], id="sig-office-for-a-tag-in-place"),
    pytest.param(municipal("Anna Berg\nLedamot i kommunfullmäktige för Socialdemokraterna"),
                 [("Anna Berg", "S", "Ledamot i kommunfullmäktige", False)],
                 id="sig-office-in-its-seat-for-a-party"),
    pytest.param(municipal("Anna Berg\nGruppledare i Lund för Miljöpartiet"),
                 [("Anna Berg", "MP", "Gruppledare i Lund", False)],
                 id="sig-office-in-a-place-for-a-party"),
    pytest.param(municipal("Anna Berg\n2:e vice ordförande, Moderaterna Lund"),
                 [("Anna Berg", "M", "2:e vice ordförande", False)],
                 id="sig-ranked-office-and-a-branch"),
    pytest.param(municipal("Anna Berg\nLedamot i Lund"),
                 [("Anna Berg", None, "Ledamot i Lund", False)],
                 id="sig-office-in-a-place-names-no-party"),
    pytest.param(municipal("För Socialdemokraterna: Anna Berg och Per Holm"),
                 [("Anna Berg", "S", None, False), ("Per Holm", "S", None, False)],
                 id="sig-group-heading-and-its-names-on-one-line"),
    pytest.param(municipal("Vänsterpartiet genom Anna Berg och Per Holm"),
                 [("Anna Berg", "V", None, False), ("Per Holm", "V", None, False)],
                 id="sig-party-genom-its-names-on-one-line"),
    pytest.param(municipal("Vänsterpartiet: Stadsparken Lund"), [],
                 id="sig-party-and-a-place-on-one-line-sign-nothing"),
    pytest.param(municipal("ANNA BERG\nVänsterpartiet"), [("ANNA BERG", "V", None, False)],
                 id="sig-upper-case-name-without-a-tag-led-by-a-first-name"),
    pytest.param(municipal("Anna Berg\nPer Holm\nVänsterpartiet"),
                 [("Anna Berg", "V", None, False), ("Per Holm", "V", None, False)],
                 id="sig-one-word-party-line-under-two-names-is-theirs"),
    pytest.param(municipal("ANNA BERG, V"), [("ANNA BERG", "V", None, False)],
                 id="sig-upper-case-name-comma-code"),
    pytest.param(municipal("STADSPARKEN LUND\nVänsterpartiet"), [],
                 id="sig-upper-case-words-without-a-first-name-sign-nothing"),
    pytest.param(municipal("Anna Berg\t\tPer Holm\nKD\t\tS"),
                 [("Anna Berg", "KD", None, False), ("Per Holm", "S", None, False)],
                 id="sig-bare-codes-in-columns-under-names-in-columns"),
    pytest.param(municipal("Anna Berg Per Holm (S)"),
                 [("Anna Berg", "S", None, False), ("Per Holm", "S", None, False)],
                 id="sig-two-names-without-separator-share-a-tag"),
    pytest.param(municipal("Anna Karin Berg Lind (S)"),
                 [("Anna Karin Berg Lind", "S", None, False)],
                 id="sig-double-first-name-and-surname-is-one-name"),
    pytest.param(municipal("Ulric Andersson          Mats Sandström"),
                 [("Ulric Andersson", None, None, False), ("Mats Sandström", None, None, False)],
                 id="sig-names-in-columns-one-by-a-listed-surname-only"),
    pytest.param(municipal("Karin Ljungdahl (C), Cecilia Valbrant (C), Fredrik Larsson (C), "
                           "Crister\nPersson (C), Torbjörn Edgren (C), Stephan Bergman (M)"),
                 [("Karin Ljungdahl", "C", None, False), ("Cecilia Valbrant", "C", None, False),
                  ("Fredrik Larsson", "C", None, False), ("Crister Persson", "C", None, False),
                  ("Torbjörn Edgren", "C", None, False), ("Stephan Bergman", "M", None, False)],
                 id="sig-tagged-list-wrapped-inside-a-name"),
    pytest.param(municipal("Anna Berg (V), Per Holm (V),\nEva Lind (S)"),
                 [("Anna Berg", "V", None, False), ("Per Holm", "V", None, False),
                  ("Eva Lind", "S", None, False)],
                 id="sig-tagged-list-wrapped-after-a-comma"),
    pytest.param(municipal("Anna Berg (V)\n\nPer Holm (V)\n\nSida 2 av 2\n\nEva Lind (V)"),
                 [("Anna Berg", "V", None, False), ("Per Holm", "V", None, False),
                  ("Eva Lind", "V", None, False)],
                 id="sig-page-number-inside-the-names"),
    pytest.param(municipal("Anna Berg\nPer Holm\n(båda V)"),
                 [("Anna Berg", "V", None, False), ("Per Holm", "V", None, False)],
                 id="sig-shared-tag-on-a-line-of-its-own"),
    pytest.param(municipal("Anna Berg\nPer Holm\nVänsterpartiets fullmäktigegrupp"),
                 [("Anna Berg", "V", None, False), ("Per Holm", "V", None, False)],
                 id="sig-party-group-named-under-the-names"),
    pytest.param(municipal("Anna Berg\nV-gruppen i Lund"),
                 [("Anna Berg", "V", None, False)], id="sig-party-group-by-its-code"),
    pytest.param(municipal("Per Holm (KD)\nsamt\nAnna Berg (KD)"),
                 [("Per Holm", "KD", None, False), ("Anna Berg", "KD", None, False)],
                 id="sig-conjunction-alone-between-two-names"),
    pytest.param(municipal("Anna Berg och Per Holm, båda Vänsterpartiet"),
                 [("Anna Berg", "V", None, False), ("Per Holm", "V", None, False)],
                 id="sig-names-and-a-shared-party-name"),
    # A web page flattens a letter's end into its last paragraph: the tagged name after the
    # last sentence signs it; a name that ends a sentence's words does not.
    pytest.param(doc_text("Interpellation till tekniska nämndens ordförande", ARG_PARK,
                          "Jag vill därför fråga: 1. När kommer bänkarna? 2. Hur många blir "
                          "de? Anna Berg (V)\nSidan uppdaterades senast: 2012-03-08 08:35"),
                 [("Anna Berg", "V", None, False)], id="sig-glued-to-the-last-question"),
    pytest.param(doc_text("Interpellation till tekniska nämndens ordförande",
                          f"{ARG_PARK}\nNär kommer bänkarna?\nAnna Berg, vice ordf."),
                 [("Anna Berg", None, "vice ordf.", False)],
                 id="sig-last-line-of-the-last-paragraph"),
    pytest.param(doc_text("Interpellation till tekniska nämndens ordförande", ARG_PARK,
                          "När kommer bänkarna, som utlovades av Anna Berg (V)"),
                 [], id="sig-name-ending-a-sentence-is-no-signature"),
    # Names in columns: one listed name makes the columns names; a shape is enough for the
    # others ("Hlödur" is in no Swedish name table).
    pytest.param(municipal("För Kristdemokraterna\n\nIngrid Åberg        Hlödur Bjarnason"
                           "        Sven Öberg"),
                 [("Ingrid Åberg", "KD", None, False), ("Hlödur Bjarnason", "KD", None, False),
                  ("Sven Öberg", "KD", None, False)], id="sig-columns-with-an-unlisted-name"),
    # A sentence about a councillor of a party branch closing the text is no signature.
    pytest.param(municipal("Anna Berg (V)\n\nPer Holm från V Lund sitter också med i "
                           "tekniska nämnden."),
                 [("Anna Berg", "V", None, False)], id="sig-sentence-naming-a-branch"),
    pytest.param(municipal("Anna Berg från Vänsterpartiet i Lund."),
                 [("Anna Berg", "V", None, False)], id="sig-from-a-branch-with-a-full-stop"),
]


@pytest.mark.parametrize(("text", "expected"), SIGNATORY_ROWS)
def test_signatories(text: str, expected: list[tuple[str, str, str | None, bool]]) -> None:
    doc = tillit.parse(text)
    got = [(s.name, s.party.code if s.party else None, s.role, s.party_inferred)
           for s in doc.signatories]
    assert got == expected
    for s in doc.signatories:
        for word in s.name.split():
            assert word in text[s.span.start:s.span.end]


SIGNATURE_SHAPES = [
    ("Socialdemokraterna i Lund\nAnna Andersson\nPer Holm", [("Anna Andersson", "S"),
                                                            ("Per Holm", "S")]),
    ("Vänsterpartiet\n\nAnna Andersson\nPer Holm", [("Anna Andersson", "V"), ("Per Holm", "V")]),
    ("Vänsterpartiet genom\nAnna Andersson", [("Anna Andersson", "V")]),
    ("Anna Andersson\nKommunfullmäktigeledamot för Vänsterpartiet", [("Anna Andersson", "V")]),
    ("Anna Andersson\nledamot, Vänsterpartiet", [("Anna Andersson", "V")]),
    ("Anna Andersson\tSocialdemokraterna", [("Anna Andersson", "S")]),
    # Word's columns set apart by one tab each, as by a gap of spaces
    ("Birgitta Höijer\tJan Johansson\nCenterpartiet\tKristdemokraterna",
     [("Birgitta Höijer", "C"), ("Jan Johansson", "KD")]),
    ("Ingrid Åberg\tHlödur Bjarnason\tSven Öberg\n(KD)\t(KD)\t(M)",
     [("Ingrid Åberg", "KD"), ("Hlödur Bjarnason", "KD"), ("Sven Öberg", "M")]),
    # A copy's run of spaces inside a name is no gap between two columns.
    ("Robert  Jansson\nSverigedemokraterna Ale", [("Robert Jansson", "SD")]),
    ("Robert  Jansson (SD)", [("Robert Jansson", "SD")]),
    ("Författare\n\nRobert  Jansson (SD)", [("Robert Jansson", "SD")]),
    # Their parties listed in the names' order: a web page collapses the columns' spaces.
    ("Birgitta Höijer Jan Johansson\nCenterpartiet Kristdemokraterna",
     [("Birgitta Höijer", "C"), ("Jan Johansson", "KD")]),
    ("Birgitta Höijer, Jan Johansson\nCenterpartiet, Kristdemokraterna",
     [("Birgitta Höijer", "C"), ("Jan Johansson", "KD")]),
    ("Birgitta Höijer och Jan Johansson\nCenterpartiet och Kristdemokraterna",
     [("Birgitta Höijer", "C"), ("Jan Johansson", "KD")]),
    ("Birgitta Höijer och Jan Johansson\nS och MP", [("Birgitta Höijer", "S"),
                                                     ("Jan Johansson", "MP")]),
    ("Ulric Andersson (S)\tMats Sandström (S)", [("Ulric Andersson", "S"),
                                                 ("Mats Sandström", "S")]),
    ("Anna Andersson, V", [("Anna Andersson", "V")]),
    ("Anna Andersson – Vänsterpartiet", [("Anna Andersson", "V")]),
    ("Anna Andersson\nLiberalerna Lund", [("Anna Andersson", "L")]),
    ("Anna Andersson\nSocialdemokraterna\nPer Holm\nModeraterna", [("Anna Andersson", "S"),
                                                                  ("Per Holm", "M")]),
    ("För Liberalerna\nAnna Andersson, Per Holm och Eva Ek", [("Anna Andersson", "L"),
                                                             ("Per Holm", "L"), ("Eva Ek", "L")]),
    # Each name tagged, joined by "och"; untagged names sharing a party written after them.
    ("Anna Andersson (V) och Per Holm (S)", [("Anna Andersson", "V"), ("Per Holm", "S")]),
    ("Anna Andersson, Per Holm, Vänsterpartiet", [("Anna Andersson", "V"), ("Per Holm", "V")]),
    ("Anna Andersson och Per Holm – Miljöpartiet", [("Anna Andersson", "MP"),
                                                   ("Per Holm", "MP")]),
    # A closing greeting on the signer's line.
    ("MVH / Anna Andersson, Vänsterpartiet", [("Anna Andersson", "V")]),
    ("Hälsningar, Anna Andersson (C)", [("Anna Andersson", "C")]),
    ("/Anna Andersson", [("Anna Andersson", None)]),
    # An office and the party branch on the line under the name.
    ("Anna Andersson\nOrdförande Vänsterpartiet Lund", [("Anna Andersson", "V")]),
    ("Anna Andersson\nGruppledare Moderaterna", [("Anna Andersson", "M")]),
    # A bare party code under the name; "genom" opening the name under the party line; one
    # tag after a list of names is theirs all.
    ("Anna Andersson\nV", [("Anna Andersson", "V")]),
    ("Centerpartiet\ngenom Anna Andersson", [("Anna Andersson", "C")]),
    # A group named by the party's genitive with its names on one line; a party line ending
    # in a colon above the names; two names run together by a page that collapsed their
    # columns, the first told by its listed surname.
    ("Vänsterpartiets fullmäktigegrupp genom Anna Andersson", [("Anna Andersson", "V")]),
    ("Vänsterpartiet:\nAnna Andersson\nPer Holm", [("Anna Andersson", "V"), ("Per Holm", "V")]),
    ("Ulric Andersson Mats Sandström", [("Ulric Andersson", None), ("Mats Sandström", None)]),
    ("Anna Andersson, Per Holm och Eva Ek (S)", [("Anna Andersson", "S"), ("Per Holm", "S"),
                                                ("Eva Ek", "S")]),
    # Capitals with initials, as OCR-era Riksdag motions print them, two on a line.
    ("C. H. HERMANSSON (vpk)   LARS WERNER (vpk)", [("C. H. HERMANSSON", "V"),
                                                   ("LARS WERNER", "V")]),
    # A signer label with the name on its line; a heading over tagged names is no name.
    ("Undertecknad: Anna Andersson (V)", [("Anna Andersson", "V")]),
    ("Namn: Anna Andersson (V)\nAdress: Storgatan 1, 222 22 Lund", [("Anna Andersson", "V")]),
    ("Namn:\nAnna Andersson (V)", [("Anna Andersson", "V")]),
    ("Undertecknade\nAnna Andersson (V)\nPer Holm (V)", [("Anna Andersson", "V"),
                                                        ("Per Holm", "V")]),
    ("Motionärer\nAnna Andersson (V)\nPer Holm (S)", [("Anna Andersson", "V"),
                                                     ("Per Holm", "S")]),
    # A line to sign on above each name (a Word template printed and signed by hand).
    ("____________________\nAnna Andersson (V)\n\n____________________\nPer Holm (V)",
     [("Anna Andersson", "V"), ("Per Holm", "V")]),
    ("…………………………………\nAnna Andersson (V)\n\n…………………………………\nPer Holm (V)",
     [("Anna Andersson", "V"), ("Per Holm", "V")]),
    ("..............................\nAnna Andersson (V)\n..............................\n"
     "Per Holm (V)", [("Anna Andersson", "V"), ("Per Holm", "V")]),
    ("Författare\n\n____________________\nAnna Andersson (KD)", [("Anna Andersson", "KD")]),
    # The Riksdag tells namesakes apart by their home, two signers to a line.
    ("Anna Andersson (S) i Hisings Backa Per Holm (S)", [("Anna Andersson", "S"),
                                                         ("Per Holm", "S")]),
    ("ANNA ANDERSSON (c) i Bengtsfors PER HOLM (fp) i Lund", [("ANNA ANDERSSON", "C"),
                                                              ("PER HOLM", "L")]),
    # An office held in the party's name, the party in the genitive, on the line below.
    ("Anna Andersson\nKristdemokraternas gruppledare i Lund", [("Anna Andersson", "KD")]),
    ("Bo Ek\nGruppledare kristdemokraternas fullmäktigegrupp, Lund", [("Bo Ek", "KD")]),
    ("Per Holm\nVänsterpartiets förslag till budget 2024", [("Per Holm", None)]),
]


@pytest.mark.parametrize(("block", "expected"), SIGNATURE_SHAPES,
                         ids=[b.split("\n")[0][:30] for b, _ in SIGNATURE_SHAPES])
def test_signature_block_shapes(block: str, expected: list[tuple[str, str]]) -> None:
    """The party may stand above the names, beside them, or under them with an office."""
    doc = tillit.parse(municipal(block))
    assert [(s.name, s.party.code if s.party else None) for s in doc.signatories] == expected


def _web_page(head: str) -> str:
    return doc_text(head, ARG_PARK, "Vi yrkar därför:", "att fler bänkar ställs ut.",
                    "Lund den 27 januari 2022", "Anna Berg (V)")


WEB_HEADS = [
    pytest.param("Hem > Politik > Motioner\n\nFler bänkar | Vänsterpartiet Lund\n\n"
                 "Publicerad 3 mars 2022", id="breadcrumb-site-and-publication-line"),
    pytest.param("Fler bänkar – Vänsterpartiet Lund", id="site-part-behind-a-dash"),
    pytest.param("Meny\nStart\nOm oss\nKontakt\nPolitik\n\nFler bänkar", id="menu-block"),
    pytest.param("Postat av admin den 3 mars 2022\n\nFler bänkar", id="posted-by-line"),
    pytest.param("Kategori: Motioner\n\nFler bänkar", id="category-line"),
    pytest.param("Hoppa till innehåll\n\nFler bänkar", id="skip-link"),
    pytest.param("Fler bänkar (pdf, 120 kB)", id="file-type-label"),
    pytest.param("Motion (V) Fler bänkar", id="kind-label-with-party-tag"),
    pytest.param("Motion från Vänsterpartiet: Fler bänkar", id="kind-label-from-party"),
    pytest.param("Motion- Fler bänkar", id="kind-label-hyphen-glued-to-the-word"),
    pytest.param("Vänsterpartiet, V\n\nFler bänkar", id="publisher-party-and-its-code"),
    pytest.param("Vänsterpartiet Lund | Box 123, 221 00 Lund | 046-12 34 56 | www.v.se/lund\n\n"
                 "Fler bänkar", id="letterhead-footer-line"),
    pytest.param("Se alla\n\nFler bänkar", id="see-all-link"),
    pytest.param("Vänsterpartiet Lund | Fler bänkar", id="site-part-first-then-the-title"),
    pytest.param("Gå till huvudinnehåll\nSök på webbplatsen\n\nFler bänkar",
                 id="skip-link-and-search-box"),
    pytest.param("Vi använder kakor för att förbättra webbplatsen. Godkänn\n\nFler bänkar",
                 id="cookie-banner"),
    pytest.param("English\nLyssna\n\nFler bänkar", id="language-and-read-aloud-links"),
    pytest.param("Skriv ut    Dela\n\nFler bänkar", id="toolbar-links-side-by-side"),
    pytest.param("Okategoriserade\n\nFler bänkar", id="blog-default-category"),
    pytest.param("Postad: 3 mars 2022\n\nFler bänkar", id="published-label-with-a-colon"),
    pytest.param("Av Anna Berg | 3 mars 2022 | Motioner\n\nFler bänkar",
                 id="byline-date-and-category-in-one-line"),
    pytest.param("3 mars, 2022 av admin\n\nFler bänkar", id="date-and-who-posted-it"),
    pytest.param("0 kommentarer\nLäsningstid: 2 minuter\n\nFler bänkar",
                 id="comment-count-and-reading-time"),
    pytest.param("← Tillbaka till alla nyheter\n\nFler bänkar", id="back-link"),
    pytest.param("Dela den här sidan:\nKopiera länk\n\nFler bänkar", id="share-widget"),
    pytest.param("Start › Politik › Motioner › Fler bänkar\n\nFler bänkar",
                 id="breadcrumb-with-single-guillemets"),
    pytest.param("Fler bänkar :: Vänsterpartiet Lund", id="site-part-behind-double-colons"),
    pytest.param("Fler bänkar – Lunds kommun", id="municipal-site-part-behind-a-dash"),
    pytest.param("Vänsterpartiet Lund: Fler bänkar", id="party-branch-label-before-a-colon"),
    pytest.param("Bänkar | Vänsterpartiet Lund\n\nBänkar\n\nV Lund logga\nMOTION\n\nFler bänkar",
                 id="heading-under-a-lone-kind-line-outranks-the-post-heading"),
    pytest.param("Bänkar\n\nMOTION  2022-01-27\n\nFler bänkar",
                 id="heading-under-a-kind-line-with-a-date"),
    pytest.param("Rubrik: Fler bänkar", id="form-label"),
    pytest.param("Angående: Fler bänkar", id="form-label-angaende"),
    pytest.param("Fler bänkar – Kommunfullmäktige 27 maj 2019", id="meeting-behind-a-dash"),
    pytest.param("Fler bänkar (KF 2019-05-27)", id="meeting-in-brackets"),
    pytest.param("Fler bänkar (KS 2019-05-27)", id="board-meeting-in-brackets"),
    pytest.param("Sida 1 av 2\n\nMOTION\nKommunfullmäktige\n\nFler bänkar", id="page-number"),
    pytest.param("Lunds kommun\n\nDnr KS 2022/123\n\nFler bänkar", id="letterhead-and-file-ref"),
    pytest.param("Motion nr 12/2022\n\nFler bänkar", id="number-with-year"),
    pytest.param("Interpellation nr 3/2022\n\nFler bänkar", id="another-kinds-number-with-year"),
    pytest.param("Enkel fråga 4\n\nFler bänkar", id="a-questions-number"),
    pytest.param("Foto: Anna Berg\n\nFler bänkar", id="photo-caption"),
    pytest.param("March 3, 2022\n\nFler bänkar", id="english-post-date"),
    pytest.param("Thursday, March 3, 2022\n\nFler bänkar", id="english-post-date-with-weekday"),
    pytest.param("Hej Kommunen !\n\nFler bänkar", id="a-letters-greeting"),
    pytest.param("(Fler yrkanden kommer att tillkomma)\n\nFler bänkar", id="an-aside-in-brackets"),
    pytest.param("Fler bänkar\n\nAnna Berg, 3 mars 2022", id="author-and-date-byline"),
    pytest.param("Fler bänkar 220303", id="compact-page-date-after-the-title"),
    pytest.param("Fler bänkar 220303 | Vänsterpartiet Lund\n\nFler bänkar 220303\n\n"
                 "Fler bänkar", id="compact-date-after-a-post-heading-that-repeats-it"),
    pytest.param("Kommunfullmäktige 2022-03-03\n\nFler bänkar",
                 id="meeting-line-above-the-heading"),
    pytest.param("Vänsterpartiet\nLund\n2022-03-03\nMotion\nFler bänkar", id="pdf-head-stack"),
    pytest.param("Motioner | Vänsterpartiet Lund\n\nFler bänkar", id="site-section-page-title"),
    pytest.param("Motioner & Interpellationer\n\nFler bänkar", id="section-of-two-menu-words"),
    pytest.param("Motioner 2021-2022\n\nFler bänkar", id="section-with-years"),
    pytest.param("• / Nyheter\n• / Fler bänkar\n\nFler bänkar", id="breadcrumb-as-list-items"),
    pytest.param("-\n\nFler bänkar", id="a-dash-alone"),
    pytest.param("Datum\n\nFler bänkar", id="a-date-label-alone"),
    pytest.param("DOC\n\nPDF\n\nFler bänkar", id="file-type-labels"),
    pytest.param("Sammanträde 2009-09-10\n\nDatum\nKlockan\n18:00\nPlats\nHörsalen\n\n"
                 "Fler bänkar", id="meeting-notice-field-labels"),
    pytest.param("den 3 mars\n\nFler bänkar", id="a-date-without-its-year"),
    pytest.param("Måndag 3:e mars\n\nFler bänkar",
                 id="a-weekday-and-ordinal-date-without-its-year"),
    pytest.param("Staffanstorpspartiet\nMotion till kommunfullmäktige\n\nFler bänkar",
                 id="local-party-letterhead"),
    pytest.param("web stats\n\nMotion till kommunfullmäktige 2022-03-03\n\nFler bänkar",
                 id="plain-line-above-an-addressee-with-a-date"),
    pytest.param("Fler bänkar\n\nMotion till kommunfullmäktige i Lund angående bänkar i parken",
                 id="heading-above-an-addressee-that-restates-it"),
    pytest.param("# Fler bänkar\n\nMotion till kommunfullmäktige i Lund angående bänkar i parken",
                 id="markdown-heading-above-an-addressee-that-restates-it"),
    pytest.param("**Fler bänkar**\n\nMotion till kommunfullmäktige i Lund angående bänkar i "
                 "parken", id="bold-heading-above-an-addressee-that-restates-it"),
    pytest.param("Designa en webbplats som denna med WordPress.com\nKom igång\n\nFler bänkar",
                 id="hosted-blog-platform-banner"),
    pytest.param("Gå till innehållet\n\nFler bänkar", id="skip-link-above-the-heading"),
    pytest.param("# Hoppa direkt till innehållet\n\nFler bänkar",
                 id="skip-link-marked-as-a-heading"),
    pytest.param("Fler bänkar - motion till kommunfullmäktige",
                 id="kind-and-addressee-behind-a-dash"),
    pytest.param("Fler bänkar | Motion | Vänsterpartiet Lund", id="page-title-of-three-parts"),
    pytest.param("Inlägg\n\nFler bänkar", id="blog-post-category"),
    pytest.param("Välfärdsprogrammet\n\nFler bänkar", id="one-word-category-over-the-heading"),
    pytest.param("Vi använder kakor (cookies) för att webbplatsen ska fungera på ett bra sätt "
                 "för dig. Läs mer om kakor\nJag godkänner\n\nFler bänkar",
                 id="cookie-banner-with-its-button"),
    pytest.param("Fler bänkar\n\nDela: Facebook Twitter LinkedIn E-post",
                 id="share-row-under-the-heading"),
    pytest.param("Annons\n\nDela: Facebook Twitter LinkedIn E-post\n\nFler bänkar",
                 id="share-row-between-a-label-and-the-heading"),
    pytest.param("Fler bänkar – Kerstins blogg\n\nFler bänkar",
                 id="page-title-repeating-the-heading-before-a-site-name"),
    pytest.param("Fler bänkar :: Per Holms anteckningar\n\nFler bänkar",
                 id="page-title-repeating-the-heading-before-any-site-name"),
    pytest.param("Observera att dokumentet är inskannat och fel kan förekomma.\n\nFler bänkar",
                 id="a-scans-disclaimer"),
    pytest.param("Texten är maskinellt framtagen och kan innehålla fel\n\nFler bänkar",
                 id="a-machine-reading-disclaimer"),
    pytest.param("Senast ändrad 2022-03-03\n\nFler bänkar", id="a-pages-date-of-change"),
    pytest.param("Läs upp sidan\n\nFler bänkar", id="a-read-aloud-button"),
    pytest.param("KS 2019/123\n\nFler bänkar", id="a-file-number-without-its-label"),
    pytest.param("Datum\nDnr\nLKS 2015-323\n\nFler bänkar", id="file-labels-over-a-number"),
    pytest.param("Annons\n\nSkriv ut | Ladda ner som PDF | Lyssna\n\nFler bänkar",
                 id="a-toolbar-of-links-set-apart-by-bars"),
    # (in a browser's copy a page's category line may read in capitals)
    pytest.param("VÄLFÄRDSPROGRAMMET\n\nFler bänkar", id="one-word-category-in-capitals"),
    pytest.param("WEB STATS\n\nMotion till kommunfullmäktige 2022-03-03\n\nFler bänkar",
                 id="line-in-capitals-above-an-addressee-with-a-date"),
    pytest.param("Fler bänkar\nav Anna Berg", id="byline-under-the-heading-is-not-its-wrap"),
    pytest.param("Lund 2022-01-27 | Vänsterpartiet Lund\n\nFler bänkar",
                 id="post-titled-by-its-place-and-date"),
    pytest.param("Fler bänkar\n\nMotion från Vänsterpartiet om att ställa ut fler bänkar i "
                 "parken.", id="a-sentence-naming-the-kind-under-the-heading"),
    pytest.param("Hoppa till innehåll\n\nStart\n\nNyheter\n\nPolitik\n\nOm oss\n\nKontakt\n\n"
                 "Fler bänkar", id="menu-entries-set-apart-by-blank-lines"),
    pytest.param("MOTION TILL FULLMÄKTIGE I LUNDS KOMMUN\n\nFler bänkar",
                 id="kind-and-addressee-in-capitals-above-the-heading"),
    pytest.param("Interpellation till tekniska nämndens ordförande.\n\nFler bänkar",
                 id="kind-and-an-office-without-a-name-above-the-heading"),
    pytest.param("Fler bänkar\n\nMotion 2023/24:1095 av Anna Berg (V)\n\nMotionskategori\n\n"
                 "Fristående motion\n\nTilldelat\n\nMiljö- och jordbruksutskottet",
                 id="riksdag-category-field-value"),
]

#: A page's text with one paragraph a line and no blank lines, as scrapers copy it.
LINE_PARAGRAPHS = "\n".join([
    "Fler bänkar i Lunds parker!",
    "Vänsterpartiet i Lund lämnade i dag in en motion om fler bänkar i stadens parker.",
    ARG_PARK,
    "– Den som inte kan gå långt utan att vila behöver en bänk var hundrade meter, säger Berg.",
    "Motionen behandlas av kommunfullmäktige i vår efter beredning i tekniska nämnden.",
])


@pytest.mark.parametrize("trailer", [
    "", "\n\nDela detta:\nFacebook\nTwitter\n\nRelaterade inlägg\n\nLämna ett svar\n"
        "Din e-postadress kommer inte publiceras.\n",
    "\n\nKommentarer\n\nInga kommentarer än.\n\nSenaste nyheterna\n\nMer från Lund\n",
], ids=["alone", "share-and-comment-form", "comments-and-news-links"])
def test_one_paragraph_a_line_keeps_its_shape_above_a_trailer(trailer: str) -> None:
    """Blank lines in the page's trailer do not make the text above them one wrapped block."""
    doc = tillit.parse(LINE_PARAGRAPHS + trailer)
    assert doc.title == "Fler bänkar i Lunds parker!"
    assert ARG_PARK in [p.text for p in doc.paragraphs]


_LINE_PARAGRAPHS = (
    "Att ha få bänkar i parkerna stänger ute många av kommunens invånare. Många äldre "
    "berättar att de gärna skulle promenera dit oftare om det fanns fler platser att vila på "
    "längs vägen. I dag finns bara ett fåtal bänkar i parkens norra del.",
    "Den som inte kan gå långt utan att vila stannar hellre hemma, och det gäller inte bara "
    "äldre utan också många med funktionsnedsättning och föräldrar med små barn. En bänk var "
    "hundrade meter gör parken till en plats för alla. Andra kommuner har redan gjort så med "
    "gott resultat, och kostnaden är liten jämfört med vad det betyder för dem som bor här. "
    "Bänkarna kan dessutom tillverkas av kommunens egen verkstad.",
    "Runt om i landet pågår nu arbete med att göra parker mer tillgängliga. Flera kommuner har "
    "tagit fram planer för vilplatser längs gångvägar, och erfarenheterna är goda. Fler "
    "besöker parkerna, fler rör på sig och fler träffar andra. Det är en enkel åtgärd som ger "
    "stor effekt för folkhälsan, och den passar väl in i kommunens mål för ett aktivt liv i "
    "alla åldrar. Vi ser ingen anledning att vänta med detta i Lund.",
)


def test_one_paragraph_a_line_with_a_preamble_over_its_att_sats() -> None:
    """A page's text one paragraph a line, no blank lines, whose preamble leads into the
    att-sats on the next line without a colon ("… föreslår undertecknade kommunfullmäktige
    besluta" / "att …"): the lines are paragraphs, not a wrapped text, so the heading and the
    att-sats stand apart from the argument."""
    text = "\n".join([
        "Motion", "Motion – Fler bänkar i Lunds parker",
        "(Motion från Vänsterpartiet i Lund till Lunds kommunfullmäktige. Ladda ner som pdf "
        "här).", "Lund 22-01-27", "Motion till Lunds kommunfullmäktige",
        "Fler bänkar i Lunds parker", *_LINE_PARAGRAPHS,
        "Med anledning av ovanstående föreslår undertecknade kommunfullmäktige besluta",
        "att ta fram en plan för hur fler bänkar kan placeras ut i kommunens parker under 2022.",
        "Vänsterpartiets fullmäktigegrupp",
        "Anna Berg, kf-ledamot Per Holm, kf-ledamot Eva Ek, kf-ledamot",
        "Olle Ström, kf-ledamot Kajsa Lind"]) + "\n"
    doc = tillit.parse(text)
    assert doc.title == "Fler bänkar i Lunds parker"
    assert [p.text for p in doc.proposals] == [
        "ta fram en plan för hur fler bänkar kan placeras ut i kommunens parker under 2022"]
    assert _LINE_PARAGRAPHS[1] in [p.text for p in doc.paragraphs]


_RESERVATION = "Reservation angående ärende 5 om nya lokaler för projektet Origo i kommunstyrelsen"


@pytest.mark.parametrize("page_mark", [None, "Sida 1 av 2", "1 (2)"])
def test_a_page_number_between_paragraphs_is_no_paragraph_and_keeps_the_layout(
        page_mark: str | None) -> None:
    """Long headings without a full stop over blank-separated paragraphs are no double-spaced
    PDF, a page number among them or not: each paragraph stays a block of its own, and the
    page number is furniture, not part of the argument."""
    text = "\n\n".join(p for p in [
        f"{_RESERVATION} | Sverigedemokraterna i Hässleholm", _RESERVATION, _RESERVATION,
        "Vi har inget emot projektet i sig, men vi motsätter oss att kommunen lägger så stora "
        "summor på det.",
        page_mark,
        "Med en annan politik hade integrationen fungerat på ett naturligt sätt utan dessa "
        "omfattande projekt",
        "Därför yrkade vi avslag på ärendet i sin helhet.",
        "Då vårt yrkande inte vann gehör reserverar vi oss mot beslutet.",
        " ", "Hanna Nilsson (SD)"] if p is not None) + "\n"
    doc = tillit.parse(text)
    assert (doc.kind, doc.title) == ("unknown", _RESERVATION)
    assert [p.text[:12] for p in doc.paragraphs] == [
        "Vi har inget", "Med en annan", "Därför yrkad", "Då vårt yrka"]


@pytest.mark.parametrize(("heading", "organisation"), [
    ("MOTION OM FLER BÄNKAR I LUNDS KOMMUN", "Lunds kommun"),
    ("MOTION OM PARKERNA I UPPLANDS VÄSBY KOMMUN", "Upplands Väsby kommun"),
    ("STOCKHOLMS STAD BEHÖVER FLER BÄNKAR", "Stockholms kommun"),
    ("FLER BÄNKAR VID VÅRDCENTRALERNA I REGION JÖNKÖPINGS LÄN", "Region Jönköpings län"),
    ("FLER BÄNKAR VID SJUKHUSEN I VÄSTRA GÖTALANDSREGIONEN", "Västra Götalandsregionen"),
])
def test_an_upper_case_heading_names_the_organisation(heading: str, organisation: str) -> None:
    """PDF headings are often set in capitals; the places in them are still places."""
    doc = tillit.parse(doc_text(heading, "Många äldre vill kunna vila en stund när de är ute "
                                         "och går, men det finns för få bänkar att sitta på.",
                                "Jag föreslår att fler bänkar ställs ut.", "Per Holm"))
    assert doc.organisation == organisation


@pytest.mark.parametrize(("text", "title"), [
    pytest.param("Fler bänkar i Stadsparken\nStadsparken är en av de mest besökta platserna "
                 "i kommunen, och\nmånga äldre skulle gärna promenera dit oftare.",
                 "Fler bänkar i Stadsparken", id="heading-glued-to-a-wrapped-paragraph"),
    pytest.param("Motion om bättre tillgång till hjärtstartare i Ulricehamns kommun\nDenna "
                 "motion lämnas in som en del i att öka tryggheten inom hela Ulricehamns kommun.",
                 "Motion om bättre tillgång till hjärtstartare i Ulricehamns kommun",
                 id="kind-heading-glued-to-a-sentence"),
    pytest.param("Hjärtstartare i alla kommunens skolor och idrottshallar\nDenna motion "
                 "lämnas in som en del i arbetet med att öka tryggheten i hela kommunen.",
                 "Hjärtstartare i alla kommunens skolor och idrottshallar",
                 id="heading-glued-to-a-sentence"),
    pytest.param("Interpellation angående barnomsorgen.\n" + ARG_PARK,
                 "Interpellation angående barnomsorgen.",
                 id="heading-with-a-full-stop-glued-to-a-long-line"),
    pytest.param("Sätt upp lekredskap för barnens skull.\n" + ARG_PARK,
                 "Sätt upp lekredskap för barnens skull.",
                 id="call-with-a-full-stop-glued-to-a-long-line"),
    pytest.param("INTERPELLATION TILL SOCIALNÄMNDENS ORDFÖRANDE ANGÅENDE HEMTJÄNSTENS ANSVAR "
                 "FÖR STÄDNING M M\n" + ARG_PARK,
                 "INTERPELLATION TILL SOCIALNÄMNDENS ORDFÖRANDE ANGÅENDE HEMTJÄNSTENS ANSVAR FÖR "
                 "STÄDNING M M", id="long-heading-in-capitals-glued-to-a-long-line"),
    pytest.param("Interpellation till kultur- och fritidsnämndens ordförande Johanna Larsson (M) "
                 "om nedläggningshot mot biblioteket\n" + ARG_PARK + " " + ARG_PARK,
                 "Interpellation till kultur- och fritidsnämndens ordförande Johanna Larsson (M) "
                 "om nedläggningshot mot biblioteket",
                 id="heading-of-over-90-characters-glued-to-a-long-line"),
])
def test_a_heading_glued_to_the_first_paragraph(text: str, title: str) -> None:
    """The first word of the sentence under a heading would have fit on the heading's line,
    so no wrap broke the line there: the line is a heading of its own."""
    doc = tillit.parse(doc_text(text, ARG_PARK, "Vi yrkar därför:", "att fler bänkar ställs ut.",
                                "Anna Berg (V)"))
    assert doc.title == title


def test_an_att_sats_set_apart_heads_nothing() -> None:
    """Every line set apart (double-spaced text): "att kommunfullmäktige" over "ger
    kommunstyrelsen i uppdrag …" opens an att-sats, never a title."""
    doc = tillit.parse("Staffanstorpspartiet\n\nyrkar:\n\natt kommunfullmäktige\n\nger "
                       "kommunstyrelsen i uppdrag att se över reglerna.\n\nAnna Berg\n")
    assert doc.title is None
    assert [p.text for p in doc.proposals] == [
        "kommunfullmäktige ger kommunstyrelsen i uppdrag att se över reglerna"]


def test_a_date_under_the_signers_contact_lines_is_the_documents() -> None:
    """"Oscar Fredriksson (C)" / e-mail / phone / "2015-01-02": the date closes the signature
    (a phone number alone is a contact line), not the page's date above."""
    doc = tillit.parse("Farthinder på Storgatan\n\nIngress\n\n23 januari 2015\n\n" + ARG_PARK
                       + "\n\nJag föreslår därför:\n- Att kommunen bygger farthinder längs "
                       "Storgatan.\n\nOscar Fredriksson (C)\noscar.fredriksson@partiet.se\n"
                       "070-123 45 67\n2015-01-02\n")
    assert doc.date == dt.date(2015, 1, 2)


def test_a_sites_footer_implies_no_body() -> None:
    """The page's footer ("Om oss | Kontakt | Integritetspolicy" / "© 2024 Partiet i
    kommunen") is furniture: the word "kommunen" in it implies no council."""
    text = ("Interpellation till ordföranden\n\nVarför saltas inte Storgatan när det är "
            "halt? Många äldre har halkat där i vinter och flera har skadat sig.\n\n"
            "Olle Ek (V)\n\nOm oss | Kontakt | Integritetspolicy | Cookies\n"
            "© 2024 Partiet i kommunen\n")
    doc = tillit.parse(text)
    assert (doc.kind, doc.body) == ("interpellation", None)


@pytest.mark.parametrize(("after", "organisation"), [
    ("Kerstins blogg", None), ("Vänstern i Dalarna", None), ("Lund", "Lunds kommun"),
    ("Tyresö kommun", "Tyresö kommun"), ("Region Örebro län", "Region Örebro län")])
def test_a_sites_name_after_the_addressee_is_no_organisation(after: str,
                                                             organisation: str | None) -> None:
    """A page title "Motion till kommunfullmäktige – Kerstins blogg" names the site after
    the dash: only a listed municipality or region, or a name with an organisation's word,
    is the organisation there."""
    body = "regionfullmäktige" if after.startswith("Region") else "kommunfullmäktige"
    doc = tillit.parse(f"Motion till {body} – {after}\n\nFler bänkar i parken\n\n"
                       "Det finns för få bänkar i parken. Äldre behöver kunna vila på vägen.\n")
    assert doc.organisation == organisation


@pytest.mark.parametrize(("document", "title"), [
    ("Här min andra interpellation:\n\nInterpellation till socialnämndens ordförande\n\n"
     "Den medicinska kompetensen inom äldreomsorgen", "Den medicinska kompetensen inom "
     "äldreomsorgen"),
    ("Därför ställer jag följande interpellation till kommunstyrelsens ordförande:\n\n"
     "Motala 2006-01-23\n\nInterpellation till kommunstyrelsens ordförande ang. bredband",
     "Interpellation till kommunstyrelsens ordförande ang. bredband"),
])
def test_a_page_reproducing_a_document_takes_the_documents_title(document: str,
                                                                  title: str) -> None:
    """A blog post whose intro announces the document it reproduces ("Här min andra
    interpellation:"): the title is the document's own heading, as it would be on its own,
    not the post's."""
    doc = tillit.parse(
        "Äldreomsorgen – den andra interpellationen\n\nRiksdagens beslut kom så sent som i "
        "onsdags. Jag ville vänta in beslutet innan jag skickade frågan till ordföranden.\n\n"
        f"{document}\n\nBristerna har varit kända länge och blev tydligt blottlagda i krisen. "
        "Otillräcklig kompetens nämns som en faktor.\n\nVarför dröjer åtgärderna?\n\n"
        "Anna Berg (V)\n")
    assert (doc.kind, doc.title) == ("interpellation", title)


def test_a_page_without_blank_lines_keeps_its_header_lines() -> None:
    """No blank line anywhere (a scraper's copy): the page title, the kind's addressee line
    and the argument's first sentences are one block, read as prose; the lines above the first
    the line-role stage reads as prose are still the header's."""
    kind = ("Interpellation till tekniska nämndens ordförande Per Holm angående bänkarna i "
            "Stadsparken")
    doc = tillit.parse(f"{kind} | Vänsterpartiet i Lund\n{kind}\nMånga äldre i Lund vill kunna "
                       "vila en stund när de är ute och går.\nDet finns för få bänkar i "
                       "Stadsparken och de som finns är trasiga sedan länge.\nVi vill fråga "
                       "tekniska nämndens ordförande följande:\nVarför ställs inga fler bänkar "
                       "ut?\nAnna Berg (V)\n")
    assert (doc.kind, doc.title) == ("interpellation", kind)


def test_a_heading_and_a_kind_line_glued_to_the_first_paragraph() -> None:
    """Both short lines above a long one are header lines, the kind line too."""
    doc = tillit.parse(doc_text(
        "Hur blir det med sommarjobben?\nINTERPELLATION till kommunstyrelsens ordförande "
        "angående sommarjobb\n" + ARG_PARK + " " + ARG_PARK, "Anna Berg (V)"))
    assert (doc.kind, doc.title) == ("interpellation", "Hur blir det med sommarjobben?")


def test_a_wrapped_first_paragraph_stays_one_paragraph() -> None:
    text = ("Stadsparken är en av de mest besökta platserna i kommunen. Många äldre\n"
            "berättar att de gärna skulle promenera dit oftare om det fanns fler platser\n"
            "att vila på.")
    doc = tillit.parse(doc_text(text, ARG_PARK, "Vi yrkar därför:", "att fler bänkar ställs ut.",
                                "Anna Berg (V)"))
    assert doc.paragraphs[0].text.startswith("Stadsparken är en av de mest besökta platserna "
                                             "i kommunen. Många äldre berättar")


@pytest.mark.parametrize("around", [
    ("", "\n\nDela detta:\nFacebook\n\nRelaterade inlägg\n\nMalmö stad bygger nya bänkar\n\n"
         "Malmö stad satsar på parker\n"),
    ("Hem\nMalmö stad\nMalmö stads nyheter\nKontakt\n\n", ""),
], ids=["related-posts-below", "menu-above"])
def test_mentions_in_the_page_around_the_document_name_no_organisation(
        around: tuple[str, str]) -> None:
    """The argument names Lund once; the page around it names Malmö twice: the organisation
    the argument talks about is Lund's."""
    text = (around[0] + "Fler bänkar i parkerna\n\nMånga äldre i Lunds kommun vill kunna vila en "
            "stund när de är ute och går, men det finns för få bänkar att sitta på. I dag finns "
            "bara ett fåtal bänkar i parkernas norra del.\n\nJag föreslår att fler bänkar "
            "ställs ut.\n\nPer Holm" + around[1])
    assert tillit.parse(text).organisation == "Lunds kommun"


def test_a_heading_ending_in_an_exclamation_glued_to_its_paragraph() -> None:
    """Scraped text may put the heading right above the first paragraph, no blank line."""
    doc = tillit.parse(doc_text("Motion till kommunfullmäktige i Lund",
                                "Flagga skånskt!\n" + ARG_PARK, "att fler bänkar ställs ut.",
                                "Anna Berg (V)"))
    assert doc.title == "Flagga skånskt!"
    assert doc.paragraphs[0].text == ARG_PARK


@pytest.mark.parametrize("category", ["Kommunalpolitik", "Politik och sakfrågor", "artikel",
                                      "KOMMUNALPOLITIK"])
def test_a_heading_that_names_its_kind_outranks_a_category_line(category: str) -> None:
    doc = tillit.parse(_web_page(f"{category}\n\nMotion om fler bänkar\n\nMOTION"))
    assert doc.title == "Motion om fler bänkar"


@pytest.mark.parametrize("head", WEB_HEADS)
def test_page_chrome_is_neither_title_nor_date(head: str) -> None:
    """A web page's furniture around a motion: the title is the motion's, and the page's
    publication date gives way to the motion's own place-and-date line."""
    doc = tillit.parse(_web_page(head))
    assert (doc.title, doc.date, doc.place) == ("Fler bänkar", dt.date(2022, 1, 27), "Lund")


@pytest.mark.parametrize("heading", ["Fler bänkar 2022-03-03", "Fler bänkar, 2022-03-03",
                                     "Fler bänkar 3 mars 2022"])
def test_a_date_closing_the_heading_stays_in_the_title(heading: str) -> None:
    """The heading is the title as written (CONVENTIONS): a date at its end is part of it,
    and the motion's own place-and-date line still gives the date."""
    doc = tillit.parse(_web_page(heading))
    assert (doc.title, doc.date) == (heading, dt.date(2022, 1, 27))


@pytest.mark.parametrize("heading", [
    pytest.param("Vision 2030", id="a-word-and-a-year"),
    pytest.param("Budget 2024", id="a-budget-year"),
    pytest.param("BESLUTADE MEDBORGARFÖRSLAG 2020", id="capitals-and-a-year"),
    pytest.param("VÄNSTERPARTIETS FRAMTIDA ROLL I LANDSTINGET", id="capitals-opening-with-a-party"),
])
def test_a_heading_ending_in_a_year_or_opening_with_a_party_is_the_title(heading: str) -> None:
    """A year alone after words is no place-and-date line, and a heading in capitals that
    opens with a party's name is no party line unless a place the tables know follows: both
    are the document's heading."""
    doc = tillit.parse(_web_page(heading))
    assert (doc.title, doc.date, doc.place) == (heading, dt.date(2022, 1, 27), "Lund")


@pytest.mark.parametrize(("line", "code"), [
    pytest.param("VÄNSTERPARTIET I LUND", "V", id="capitals-party-i-place"),
    pytest.param("SVERIGEDEMOKRATERNA HÖGANÄS", "SD", id="capitals-party-and-municipality"),
    pytest.param("MODERATERNA I REGION SKÅNE", "M", id="capitals-party-and-region"),
    pytest.param("MILJÖPARTIET DE GRÖNA I OSCAR SÖDRA", "MP", id="capitals-party-i-district"),
])
def test_a_party_line_in_capitals_still_gives_its_party_to_the_name_above(
        line: str, code: str) -> None:
    doc = tillit.parse(municipal(f"Anna Berg\n{line}"))
    assert [(s.name, s.party.code if s.party else None) for s in doc.signatories] == [
        ("Anna Berg", code)]


@pytest.mark.parametrize(("head", "title"), [
    pytest.param("Följ Vänsterpartiet Lund\n\nFler bänkar", "Fler bänkar",
                 id="follow-a-party-is-furniture"),
    pytest.param("Följ @vlund\n\nFler bänkar", "Fler bänkar", id="follow-a-handle-is-furniture"),
    pytest.param("< div id=”header ”>< / div>\n\nFler bänkar", "Fler bänkar",
                 id="markup-left-in-the-copy-is-furniture"),
    pytest.param("Kerstins Hemsida\n\nFler bänkar", "Fler bänkar",
                 id="a-sites-name-is-furniture"),
    pytest.param("Landsmötesbloggen\n\nFler bänkar", "Fler bänkar",
                 id="a-blogs-name-is-furniture"),
    pytest.param("Kommunfullmäktige i Lekebergs kommun\nMOTION  2017-06-08\n\nFler bänkar",
                 "Fler bänkar", id="a-letterhead-naming-body-and-kommun-is-no-title"),
    pytest.param("<div class=\"logo\"></div>\n\nFler bänkar", "Fler bänkar",
                 id="markup-without-spaces-is-furniture"),
    pytest.param("Följ kommunfullmäktiges sammanträde", "Följ kommunfullmäktiges sammanträde",
                 id="follow-the-council-meeting-is-a-heading"),
    pytest.param("Norrbypartiet symbol och logotyp banner!\n\nFler bänkar", "Fler bänkar",
                 id="a-logos-alt-text-is-furniture"),
    pytest.param("Kommunens logotyp\n\nFler bänkar", "Fler bänkar",
                 id="a-logo-caption-is-furniture"),
    pytest.param("Fler bänkar i parken och\nlogga", "Fler bänkar i parken och",
                 id="a-logo-word-under-the-heading-is-no-wrap"),
])
def test_follow_lines_and_logo_texts(head: str, title: str) -> None:
    """"Följ" opens furniture before a name or handle ("Följ Vänsterpartiet Lund"), not before
    a noun; a logo's alt text kept as a line is furniture too."""
    doc = tillit.parse(doc_text(head, ARG_PARK, "att fler bänkar ställs ut.", "Anna Berg (V)"))
    assert doc.title == title


@pytest.mark.parametrize("line", ["Följande frågor vill jag ställa till ordföranden:",
                                  "Gillar du parken lika mycket som vi?",
                                  "Fotografen tog bilden i parken."])
def test_a_word_opening_like_furniture_is_no_furniture(line: str) -> None:
    """"Följ ", "Gilla ", "Foto " open furniture as whole words only, not "Följande"."""
    roles = tillit.explain(doc_text("Parken", ARG_PARK, line, "När kommer bänkarna?",
                                    "Anna Berg (V)"))
    assert [lr.role for lr in roles.lines if lr.text == line] != ["chrome"]


@pytest.mark.parametrize("office", ["kommunfullmäktiges ordförande", "kommunstyrelsens ordförande"])
def test_an_interpellation_to_a_bodys_chair_keeps_its_heading_whole(office: str) -> None:
    """"Interpellation till kommunfullmäktiges ordförande Eva Ek om …" is addressed to a
    person, not to the body: the heading reads as a phrase and is kept whole."""
    heading = f"Interpellation till {office} Eva Ek om bänkarna i parken"
    doc = tillit.parse(doc_text(heading, ARG_PARK, "När kommer bänkarna?", "Anna Berg (V)"))
    assert (doc.kind, doc.title, doc.body) == ("interpellation", heading, "kommunfullmäktige")
    wrapped = heading.replace(" om bänkarna", "\nom bänkarna")
    doc = tillit.parse(doc_text(wrapped, ARG_PARK, "När kommer bänkarna?", "Anna Berg (V)"))
    assert doc.title == heading


def test_an_e_petition_portals_status_banner_is_no_title() -> None:
    """A portal prints the proposal's status over its name ("E-förslaget kunde inte lämnas in
    för vidare hantering"): the title is the proposal's own heading."""
    doc = tillit.parse(doc_text(
        "E-förslaget kunde inte lämnas in för vidare hantering",
        "E-förslaget kunde inte lämnas in för vidare hantering eftersom antalet underskrifter "
        "inte uppnått minimiantalet när slutdatumet passerade.",
        "Fler bänkar i parken", "Beskrivning", ARG_PARK, "Direktlänk till e-förslaget",
        "Onlineunderskrifter", "Slutdatum:\n2022-02-14"))
    assert (doc.kind, doc.title) == ("citizen_proposal", "Fler bänkar i parken")


@pytest.mark.parametrize("abbreviated", ["ordf.", "ang."])
def test_a_listed_abbreviation_before_a_capital_ends_no_sentence(abbreviated: str) -> None:
    """A long heading with an abbreviation before a capital ("… nämndens ordf. Eva Ek (M) om
    …") is the document's heading, not its first paragraph."""
    heading = (f"Interpellation till kultur- och fritidsnämndens {abbreviated} Eva Ek (M) om "
               "bibliotekets framtid i Norrby")
    doc = tillit.parse(doc_text(heading, ARG_PARK, "När kommer beslutet om biblioteket?",
                                "Anna Berg (V)"))
    assert (doc.kind, doc.title) == ("interpellation", heading)


@pytest.mark.parametrize("line", ["Publicerad 3 mars 2022",
                                  "Publicerad 3 mars 2022 av Anna Berg",
                                  "Posted on March 3, 2022 by admin", "March 3, 2022",
                                  "mars 3, 2022", "3 mars 2022 | Vänsterpartiet Lund",
                                  "Motioner / 3 mars 2022", "3 mars 2022 av Anna Berg"])
def test_a_publication_date_counts_when_the_document_has_none(line: str) -> None:
    text = doc_text("Fler bänkar", line, ARG_PARK, "att fler bänkar ställs ut.", "Anna Berg (V)")
    doc = tillit.parse(text)
    assert (doc.title, doc.date, doc.place) == ("Fler bänkar", dt.date(2022, 3, 3), None)


@pytest.mark.parametrize(("head", "title"), [
    ("Motion om fler bänkar i Stadsparken och\nbättre belysning längs ån",
     "Motion om fler bänkar i Stadsparken och bättre belysning längs ån"),
    ("Fler bänkar i Stadsparken för alla\nsom vill vila",
     "Fler bänkar i Stadsparken för alla som vill vila"),
    ("Fler bänkar i Stadsparken\nMotion till kommunfullmäktige i Lund",
     "Fler bänkar i Stadsparken"),
    ("Motion om fler bänkar i\n\nStadsparken och längs ån",
     "Motion om fler bänkar i Stadsparken och längs ån"),
    ("Motion om att kommunen ska sätta upp fler bänkar\ni Stadsparken, längs ån och vid "
     "busshållplat-\nserna samt se över belysningen längs gång-\nvägarna i de centrala "
     "delarna.",
     "Motion om att kommunen ska sätta upp fler bänkar i Stadsparken, längs ån och vid "
     "busshållplatserna samt se över belysningen längs gångvägarna i de centrala delarna."),
])
def test_a_heading_wrapped_over_two_lines_is_one_title(head: str, title: str) -> None:
    doc = tillit.parse(doc_text(head, ARG_PARK, "att fler bänkar ställs ut.", "Anna Berg (V)"))
    assert doc.title == title
    assert doc.spans["title"].start == 0


@pytest.mark.parametrize(("head", "title"), [
    pytest.param("Motion Hundrastgårdar i Åhus", "Hundrastgårdar i Åhus",
                 id="kind-word-run-on-before-a-capitalised-heading"),
    pytest.param("Interpellation, varför saknas bänkar?", "varför saknas bänkar?",
                 id="kind-word-and-a-comma"),
    pytest.param("Motion markköp för bostäder", "Motion markköp för bostäder",
                 id="kind-word-before-lower-case-reads-as-a-phrase"),
    pytest.param("Fråga av Anna Berg (V) om bänkar", "Fråga av Anna Berg (V) om bänkar",
                 id="kind-phrase-with-its-author"),
    pytest.param("Motion nr 12/2022: Fler bänkar", "Fler bänkar", id="numbered-label-colon"),
    pytest.param("Medborgarförslag 29/2013 – Fler bänkar", "Fler bänkar",
                 id="numbered-label-dash"),
    pytest.param("Motion 2022:15 Fler bänkar", "Motion 2022:15 Fler bänkar",
                 id="a-number-with-no-separator-after-it-stays"),
])
def test_a_kind_word_run_on_into_the_heading(head: str, title: str) -> None:
    """Without a colon or dash the kind word is still a label before a capitalised heading
    (not before a person, party, body or date) or a comma; before lower case it is a phrase."""
    doc = tillit.parse(doc_text(head, ARG_PARK, "att fler bänkar ställs ut.", "Anna Berg (V)"))
    assert doc.title == title


@pytest.mark.parametrize("heading", ["Bakgrund:", "Motivering", "Vi föreslår följande:"])
def test_a_section_heading_is_no_title(heading: str) -> None:
    doc = tillit.parse(doc_text("Motion till kommunfullmäktige i Lund", heading, ARG_PARK,
                                "att fler bänkar ställs ut.", "Anna Berg (V)"))
    assert doc.title is None


BYLINE_ROWS = [
    pytest.param(doc_text("Motion 2023/24:1234 av Anna Berg och Per Holm (båda SD)",
                          "Fler bänkar i parker", ARG_PARK),
                 [("Anna Berg", "SD"), ("Per Holm", "SD")], id="riksdag-byline-two-names"),
    pytest.param(doc_text("Motion 2005/06:So1 av Lars Holm m.fl. (v)", ARG_PARK),
                 [("Lars Holm", "V")], id="riksdag-byline-m-fl"),
    pytest.param(doc_text("Motionen från Anna Berg (V) om fler bänkar i Stadsparken", ARG_PARK),
                 [("Anna Berg", "V")], id="motionen-fran"),
    pytest.param(doc_text("Motion från Miljöpartiet De Gröna (MP) om fler bänkar", ARG_PARK),
                 [], id="party-as-author-is-no-person"),
    pytest.param(municipal("Eva Lindberg (S)",
                           header="Motionen från Anna Berg (V) om fler bänkar", title=None),
                 [("Eva Lindberg", "S")], id="signature-block-wins-over-byline"),
    pytest.param(doc_text("Motion till riksdagen\n1999/2000:T463\nav Schyman, Gudrun (v)",
                          "Fler bänkar", ARG_PARK),
                 [], id="riksdag-open-data-byline-surname-first-names-no-signer"),
]


@pytest.mark.parametrize(("text", "expected"), BYLINE_ROWS)
def test_byline_authors_sign_when_no_signature_block(text: str,
                                                      expected: list[tuple[str, str]]) -> None:
    """A web page of a motion often carries no signature lines, only "av A och B (båda SD)"."""
    doc = tillit.parse(text)
    assert [(s.name, s.party.code if s.party else None) for s in doc.signatories] == expected
    for s in doc.signatories:
        assert text[s.span.start:s.span.end].startswith(s.name)


PRESS_ON_A_PLACE = (
    "Pressmeddelande: Vänsterpartiet vill ta Fritidsbanken till Solna\n\n"
    "Vänsterpartiet lämnar in en motion om en Fritidsbank{where}. En Fritidsbank lånar ut "
    "idrottsutrustning utan kostnad.\n\nKontakt: Sandra Lindström, 070-123 45 67\n")


@pytest.mark.parametrize(("where", "organisation"), [
    (" i Solna", "Solna kommun"),   # named twice as a place: the release is about Solna
    ("", None),                     # once only: not enough to say whose politics it is
    (". Motionen går nu till Solnas kommunfullmäktige", "Solna kommun"),  # the council's own
    (". Motionen går nu till Solnas kommunstyrelse", "Solna kommun"),
])
def test_a_press_release_about_a_place(where: str, organisation: str | None) -> None:
    doc = tillit.parse(PRESS_ON_A_PLACE.format(where=where))
    assert (doc.kind, doc.organisation) == ("press_release", organisation)


def test_a_press_release_is_addressed_to_no_body() -> None:
    """The council a reported motion went to is no body of the release's (CONVENTIONS: null
    for press releases); its municipality is still whose politics the release is about."""
    doc = tillit.parse(doc_text(
        "Pressmeddelande: Motion till kommunfullmäktige i Lund om fler bänkar",
        "Vänsterpartiet i Lund har lämnat in en motion om fler bänkar. Motionen bereds nu.",
        "– Vi vill att alla ska kunna vila, säger Anna Berg (V)."))
    assert (doc.kind, doc.body, doc.organisation) == ("press_release", None, "Lunds kommun")


def test_an_unsigned_interpellations_questions_end_with_the_document() -> None:
    """A "?" after the document's end (a comment form's prompt) is no question of it."""
    doc = tillit.parse(doc_text(
        "Interpellation till kommunstyrelsens ordförande Per Holm (S)", "Fler bänkar",
        ARG_PARK, "När kommer bänkarna att ställas ut?",
        "Lämna ett svar", "Vad tycker du om förslaget?"))
    assert doc.kind == "interpellation"
    assert [q.text for q in doc.questions] == ["När kommer bänkarna att ställas ut?"]


def test_a_press_releases_paragraphs_leave_out_site_chrome() -> None:
    """Lines the line-role stage reads as site chrome are no paragraph of the release."""
    doc = tillit.parse(doc_text(
        "Pressmeddelande 2022-03-03", "Fler bänkar i parken",
        f"Vänsterpartiet i Lund har lämnat in en motion om fler bänkar. {ARG_PARK}",
        "– Vi vill att alla ska kunna vila, säger Anna Berg (V).",
        "Sidan uppdaterades senast: 2022-03-04 16:21"))
    assert doc.kind == "press_release"
    assert not [p for p in doc.paragraphs if "uppdaterades" in p.text]


@pytest.mark.parametrize(("branch", "organisation"), [
    pytest.param("Vänsterpartiet i Skåne", "Region Skåne", id="a-county-names-the-region"),
    pytest.param("Vänsterpartiet i Lund", "Lunds kommun", id="a-municipality-names-itself"),
])
def test_a_party_district_in_the_text_is_about_its_region(branch: str, organisation: str) -> None:
    """A branch named in a county that is no municipality is the party's district there: the
    release is about that region's politics, not a municipality "Skåne kommun"."""
    doc = tillit.parse(doc_text(
        "Pressmeddelande 2022-03-03", "Fler bänkar på sjukhusen",
        f"{branch} vill ha fler bänkar på sjukhusen. {ARG_PARK}",
        "– Vi vill att alla ska kunna vila, säger Anna Berg (V)."))
    assert (doc.kind, doc.organisation) == ("press_release", organisation)


def test_a_riksdag_motion_naming_a_city_has_no_organisation() -> None:
    doc = tillit.parse(doc_text("Motion till riksdagen 2022/23:512 av Karin Ek (C)",
                                "Bostäder i Stockholm", "Bostadsbristen i Stockholm är stor. "
                                "Fler hyresrätter behövs i Stockholm.",
                                "Riksdagen ställer sig bakom det som anförs i motionen om "
                                "bostäder och tillkännager detta för regeringen.", "Karin Ek (C)"))
    assert (doc.body, doc.organisation) == ("riksdagen", None)


@pytest.mark.parametrize(("head", "name", "role", "body"), [
    pytest.param("Interpellation till tekniska nämndens ordförande", None,
                 "tekniska nämndens ordförande", "kommunfullmäktige",
                 id="interpellation-to-a-committees-chair"),
    pytest.param("Enkel fråga till kommunstyrelsens ordförande:", None,
                 "kommunstyrelsens ordförande", "kommunfullmäktige",
                 id="question-to-the-boards-chair"),
    pytest.param("Interpellation till regionstyrelsens ordförande.", None,
                 "regionstyrelsens ordförande", "regionfullmäktige", id="to-a-regions-chair"),
    pytest.param("Fråga till socialministern", None, "socialministern", "riksdagen",
                 id="question-to-a-minister"),
    pytest.param("Interpellation\n\nTill: Tekniska nämndens ordförande", None,
                 "Tekniska nämndens ordförande", "kommunfullmäktige",
                 id="office-line-under-the-kind"),
    pytest.param("Interpellation\n\nTill kommunstyrelsens ordförande Anna Ek (S)", "Anna Ek",
                 "kommunstyrelsens ordförande", "kommunfullmäktige",
                 id="office-line-with-name-and-tag"),
    pytest.param("Interpellation\n\nTill landstingsstyrelsens ordförande Anna Ek (S)",
                 "Anna Ek", "landstingsstyrelsens ordförande", "landstingsfullmäktige",
                 id="a-landstings-office-gives-landstingsfullmaktige"),
])
def test_an_addressee_named_by_office_alone_gives_the_body(
        head: str, name: str | None, role: str, body: str) -> None:
    """A question or interpellation put to an office, with or without a name after it, in
    the kind's line or an office line "Till …": the office's level gives the body it is put
    in (a landsting's office the landstingsfullmäktige, as the text calls it)."""
    doc = tillit.parse(doc_text(head, "Belysning i Stadsparken", "Parken är mörk på kvällarna. "
                                "Många känner sig otrygga när de går hem.",
                                "Kommer nämnden att sätta upp fler lampor?", "Per Holm (V)"))
    assert doc.addressee is not None
    assert (doc.addressee.name, doc.addressee.role) == (name, role)
    assert doc.body == body


@pytest.mark.parametrize(("head", "title"), [
    pytest.param("Motion till riksdagen 2019/20:991 av Anna Berg (S) Kvinnors arbetsvillkor",
                 "Kvinnors arbetsvillkor", id="number-byline-and-title-on-one-line"),
    pytest.param("Motion till riksdagen 2019/20:991 av Anna Berg (S)\n\nKvinnors arbetsvillkor",
                 "Kvinnors arbetsvillkor", id="number-and-byline-then-the-heading"),
    pytest.param("Motion till riksdagen 2019/20:991\nav Anna Berg (S)\n\nKvinnors arbetsvillkor",
                 "Kvinnors arbetsvillkor", id="number-then-byline-and-heading"),
    pytest.param("Motion till riksdagen 2019/20:991 av Anna Berg m.fl. (S, V) Kvinnors "
                 "arbetsvillkor", "Kvinnors arbetsvillkor", id="byline-of-two-parties"),
])
def test_a_riksdag_number_after_the_addressee_is_the_documents_number(head: str,
                                                                     title: str) -> None:
    """"Motion till riksdagen 2019/20:991 av A (S) Kvinnors arbetsvillkor" (the Riksdag's
    born-digital first line): the number is the motion's, the byline no title, and the
    heading after it the title."""
    doc = tillit.parse(doc_text(
        head, "Förslag till riksdagsbeslut", "Riksdagen ställer sig bakom det som anförs i "
        "motionen om arbetsvillkor och tillkännager detta för regeringen.", "Motivering",
        "Många arbetar under svåra villkor. Det måste ändras.", "Anna Berg (S)"))
    assert (doc.series, doc.number, doc.title) == ("2019/20", "991", title)
    assert (doc.kind, doc.body) == ("motion", "riksdagen")


def test_an_addressee_line_ending_in_a_full_stop_leaves_no_title() -> None:
    """"Till kommunfullmäktige i Danderyd." has nothing after the addressee but its stop."""
    doc = tillit.parse(doc_text("Till kommunfullmäktige i Danderyd.", ARG_PARK,
                                "att fler bänkar ställs ut.", "Anna Berg (V)"))
    assert (doc.title, doc.organisation) == (None, "Danderyds kommun")


def test_a_byline_surname_first_is_no_title() -> None:
    doc = tillit.parse(doc_text("Motion till riksdagen\n1999/2000:T463\nav Schyman, Gudrun (v)",
                                "Trafiksäkerhet", ARG_PARK))
    assert (doc.title, doc.body) == ("Trafiksäkerhet", "riksdagen")


def test_a_byline_that_goes_on_is_also_the_title() -> None:
    doc = tillit.parse(doc_text("Motionen från Anna Berg (V) om fler bänkar i Stadsparken",
                                ARG_PARK))
    assert doc.title == "Motionen från Anna Berg (V) om fler bänkar i Stadsparken"


def _register(*fields: str) -> str:
    """A register or portal page: a title, label / value pairs, then the argument."""
    return doc_text("Motion om fler bänkar i Stadsparken", *fields, ARG_PARK,
                    "Vi yrkar därför:", "att fler bänkar ställs ut.")


FORM_ROWS = [
    pytest.param(_register("Författare", "Malin Berg (KD)", "Kontakt", "Moderator",
                           "Eva Holm", "021-481 87 71"),
                 [("Malin Berg", "KD")], id="author-label-and-a-moderator"),
    pytest.param(_register("Inlämnad av:", "Sven Ek, 2021-11-16 13:42"),
                 [("Sven Ek", None)], id="submitted-by-with-stamp"),
    pytest.param(_register("Förslagsställare", "Medborgare_1854"),
                 [("Medborgare_1854", None)], id="portal-user-name"),
    pytest.param(_register("Motionär: Malin Berg (KD)"), [("Malin Berg", "KD")],
                 id="label-and-value-on-one-line"),
    pytest.param(_register("Motionärer: Malin Berg (KD), Sven Ek (KD)"),
                 [("Malin Berg", "KD"), ("Sven Ek", "KD")], id="label-and-two-values-on-one-line"),
    pytest.param(_register("Motionären är Malin Berg"), [("Malin Berg", None)],
                 id="the-mover-is-named-in-a-sentence"),
    pytest.param("\n".join(["E-förslag", "Fler bänkar i Stadsparken", "Beskrivning", ARG_PARK,
                             ARG_PARK, "Inlämnat av", "Michael Rickard Grenholm"]) + "\n",
                 [("Michael Rickard Grenholm", None)],
                 id="label-glued-to-the-argument-with-no-blank-lines"),
    pytest.param(_register("Förslagsställare\nAnna Berg", "Startdatum\n2022-01-10"),
                 [("Anna Berg", None)], id="label-over-its-name-in-one-block"),
    pytest.param(_register("Författare\nMalin Berg (KD)"), [("Malin Berg", "KD")],
                 id="author-label-over-its-name-in-one-block"),
    pytest.param(_register("Namn: Svensson, Anna", "Parti: Vänsterpartiet"),
                 [("Svensson, Anna", "V")], id="surname-first-name-and-a-party-field"),
    pytest.param(_register("Partinamn: Kalixpartiet", "Ledamotens namn: Räisänen Mika"),
                 [("Räisänen Mika", "Kalixpartiet")], id="members-name-field-and-local-party"),
    pytest.param(_register("Motionär: Svensson, Anna (V)"), [("Svensson, Anna", "V")],
                 id="surname-first-name-with-its-tag"),
]


@pytest.mark.parametrize(("text", "expected"), FORM_ROWS)
def test_form_labels_name_the_signer(text: str, expected: list[tuple[str, str | None]]) -> None:
    """Registers and e-petition portals print "label" then the value; a contact block's
    people are not signers."""
    doc = tillit.parse(text)
    assert [(s.name, s.party.code if s.party else None) for s in doc.signatories] == expected
    assert doc.place is None


@pytest.mark.parametrize(("fields", "date"), [
    pytest.param(("Inlämnad av:", "Sven Ek, 2021-11-16 13:42", "Slutdatum:", "2022-02-14"),
                 dt.date(2021, 11, 16), id="status-date-on-its-own-line-is-not-the-date"),
    pytest.param(("Slutdatum: 2022-02-14",), None, id="status-label-inline"),
    pytest.param(("Ärende", "Motion", "Inlämnad", "2016-05-19", "Överlämnad", "2016-05-20",
                  "Besvarad", "2016-06-01", "Utskott", "Kulturutskottet"),
                 dt.date(2016, 5, 19), id="filed-label-inside-a-long-metadata-block"),
    pytest.param(("Status", "Förslag som ej gått vidare", "Röstning avslutad", "2023-10-13",
                  "Antal röster", "3"), None, id="voting-closed-is-not-the-date"),
    pytest.param(("Öppen till: 2023-10-13",), None, id="open-until-is-not-the-date"),
    pytest.param(("Inlämnad 19 maj 2016 av Olle Ek",), dt.date(2016, 5, 19),
                 id="filed-date-and-who-filed-it"),
    pytest.param(("statustext: Ärendet är avslutat Inlämnad: 6 oktober 2015 Granskad: "
                  "6 oktober 2015 Hänvisad: 13 oktober 2015",), dt.date(2015, 10, 6),
                 id="filed-label-among-status-labels-date-in-words"),
    pytest.param(("statustext: Ärendet är avslutat Inlämnad: 2015-10-06 Granskad: "
                  "2015-10-06 Hänvisad: 2015-10-13",), dt.date(2015, 10, 6),
                 id="filed-label-among-status-labels-iso-date"),
    pytest.param(("6 oktober 2015 Förslag till beslut",), dt.date(2015, 10, 6),
                 id="header-line-opened-by-a-date-in-words"),
    pytest.param(("Ställd: 30 oktober 2023  (Kf §123 )",), dt.date(2023, 10, 30),
                 id="header-label-and-a-date-in-words"),
    pytest.param(("Ställd:30 oktober 2023  (Kf §123 )",), dt.date(2023, 10, 30),
                 id="header-label-glued-to-a-date-in-words"),
])
def test_register_dates(fields: tuple[str, ...], date: dt.date | None) -> None:
    text = doc_text("Motion om fler bänkar i Stadsparken", "\n".join(fields), ARG_PARK,
                    "Vi yrkar därför:", "att fler bänkar ställs ut.")
    assert tillit.parse(text).date == date


def test_the_date_in_a_block_of_its_own_under_the_signer_is_the_signing_date() -> None:
    """A page that sets every line apart by a blank line keeps the signer's date his."""
    text = "\n\n".join(["Motion om fler bänkar i Stadsparken", "23 januari 2015", ARG_PARK,
                        "Vi yrkar därför:", "att fler bänkar ställs ut.",
                        "Oscar Fredriksson (S)", "2015-01-02"]) + "\n"
    assert tillit.parse(text).date == dt.date(2015, 1, 2)


@pytest.mark.parametrize(("signer", "office"), [
    ("Oscar Fredriksson (S)", ""), ("Oscar Fredriksson (S)", "Ledamot i kommunfullmäktige\n"),
    ("Oscar Fredriksson (S)", "Gruppledare\n"), ("Oscar Fredriksson (S)", "Kommunalråd (S)\n"),
    ("Oscar Fredriksson", "Socialdemokraterna\n"), ("Oscar Fredriksson", "Centerpartiet\n")])
def test_the_date_under_the_signature_is_the_signing_date(signer: str, office: str) -> None:
    """A page's date in the header gives way to the date the writer put under the name, also
    with the writer's office or party line between them."""
    text = doc_text("Motion om fler bänkar i Stadsparken", "23 januari 2015", ARG_PARK,
                    "Vi yrkar därför:", "att fler bänkar ställs ut.",
                    f"{signer}\n{office}2015-01-02")
    assert tillit.parse(text).date == dt.date(2015, 1, 2)


LONG_PARAGRAPH = ("Luleå kommun ska vara en företagsvänlig kommun där entreprenörer väljer att "
                  "starta och driva företag. Svenskt Näringsliv rankar varje år företagsklimatet "
                  "i kommunerna, och i år hamnade vi på plats 190.")


def test_header_lines_glued_to_the_first_paragraph_are_header_lines() -> None:
    """Scraped pages put title, kind and date right above the argument with no blank line."""
    doc = tillit.parse("Inför utmaningsrätt på kommunal verksamhet\nMotion till "
                       "kommunfullmäktige\nTorsdag 26 augusti 2021\n" + LONG_PARAGRAPH + "\n")
    assert (doc.kind, doc.title, doc.date) == ("motion", "Inför utmaningsrätt på kommunal "
                                               "verksamhet", dt.date(2021, 8, 26))
    assert doc.paragraphs[0].text == LONG_PARAGRAPH


@pytest.mark.parametrize("first", [
    pytest.param("Vi yrkar därför", id="lead-in-continued-in-lower-case"),
    pytest.param("Luleå kommun ska vara en företagsvänlig kommun där entreprenörer",
                 id="hard-wrapped-line"),
])
def test_a_paragraph_is_not_split_where_its_sentence_goes_on(first: str) -> None:
    rest = ("att kommunen " if first.startswith("Vi") else "väljer att ") + LONG_PARAGRAPH
    text = "Motion om företagsklimatet\n\n" + first + "\n" + rest + "\n"
    blocks = [lr.block for lr in tillit.explain(text) if lr.text in (first, rest)]
    assert len(set(blocks)) == 1


# =============================================================================================
# Parties
# =============================================================================================

RIKSDAG_PARTIES = [
    ("S", "Socialdemokraterna"), ("M", "Moderaterna"), ("SD", "Sverigedemokraterna"),
    ("C", "Centerpartiet"), ("V", "Vänsterpartiet"), ("KD", "Kristdemokraterna"),
    ("L", "Liberalerna"), ("MP", "Miljöpartiet"),
]

PARTY_ROWS = [
    *(pytest.param(municipal(f"Kim Johansson ({code})"), [code], id=f"party-tag-{code}")
      for code, _ in RIKSDAG_PARTIES),
    *(pytest.param(municipal(f"Kim Johansson, {name}"), [code], id=f"party-name-{code}")
      for code, name in RIKSDAG_PARTIES),
    pytest.param(municipal("Bertil Larsson (fp)"), ["L"], id="party-historical-tag-fp"),
    pytest.param(municipal("Gunnel Ek, Folkpartiet"), ["L"], id="party-historical-Folkpartiet"),
    pytest.param(municipal("Åsa Lind, Miljöpartiet de gröna"), ["MP"],
                 id="party-Miljopartiet-de-grona"),
    pytest.param(municipal("Lars Werner (vpk)"), ["V"], id="party-historical-tag-vpk"),
    pytest.param(municipal("Alf Svensson (kds)"), ["KD"], id="party-historical-tag-kds"),
    pytest.param(municipal("Ingvar Carlsson (s)\nLena Hjelm-Wallén (s)"), ["S"],
                 id="party-lowercase-tag-s"),
    pytest.param(municipal("Sara Nilsson (FI)"), ["FI"], id="party-tag-FI"),
    pytest.param(municipal("Sara Nilsson, Feministiskt initiativ"), ["FI"],
                 id="party-name-Feministiskt-initiativ"),
    pytest.param(municipal("För Vänsterpartiets fullmäktigegrupp\n\nAnna Berg\nOla Persson"),
                 ["V"], id="party-genitive-group-heading"),
    pytest.param(
        municipal("Eva Lindberg",
                  argument="Vi socialdemokrater vill att alla barn ska ha tillgång till en "
                           "trygg och stimulerande fritid. I dag saknar flera bostadsområden "
                           "både fritidsgård och spontanidrottsplats."),
        ["S"], id="party-vi-socialdemokrater-in-argument",
    ),
    pytest.param(
        municipal("Helena Falk (V)",
                  argument="Moderaterna har styrt kommunen i tolv år utan att bygga en enda ny "
                           "förskola. Kristdemokraterna och Centerpartiet har stött den "
                           "politiken. Resultatet är långa köer och trånga lokaler."),
        ["V"], id="party-mentioned-in-argument-not-included",
    ),
]


@pytest.mark.parametrize(("text", "codes"), PARTY_ROWS)
def test_parties(text: str, codes: list[str]) -> None:
    doc = tillit.parse(text)
    assert [p.code for p in doc.parties] == codes


# =============================================================================================
# Dates and places
# =============================================================================================

DATE_ROWS = [
    pytest.param(
        municipal("Helena Falk (V)",
                  header="Motion till kommunfullmäktige i Gävle\n2022-01-27", date_line=None),
        dt.date(2022, 1, 27), None, id="date-iso-line-in-header",
    ),
    pytest.param(
        municipal("Helena Falk (V)", header="MOTION 2022-01-27\n\nTill kommunfullmäktige i Gävle",
                  date_line=None),
        dt.date(2022, 1, 27), None, id="date-iso-on-motion-header-line",
    ),
    pytest.param(municipal("Helena Falk (V)", date_line="2014 12 15"),
                 dt.date(2014, 12, 15), None, id="date-iso-with-spaces"),
    pytest.param(municipal("Helena Falk (V)", header="2011-09-26 Förslag till beslut",
                           date_line=None),
                 dt.date(2011, 9, 26), None, id="date-in-a-header-line-with-words"),
    pytest.param(municipal("Helena Falk (V)", header="Rapport från kommunfullmäktige "
                           "2018-11-20/21 | Vänsterpartiet Lund", date_line=None),
                 dt.date(2018, 11, 20), None, id="date-range-in-header-first-day"),
    pytest.param(doc_text("Interpellation 2007-01-29 ställd av Anna Berg (S) till "
                          "ordföranden i barn- och utbildningsnämnden. " + ARG_PARK),
                 dt.date(2007, 1, 29), None, id="date-in-an-opening-kind-sentence"),
    pytest.param(municipal("Helena Falk (V)", date_line=None,
                           argument=ARG_PARK + " Nämnden beslutade 2022-03-14 om parken."),
                 None, None, id="date-in-the-argument-is-not-the-document's"),
    pytest.param(municipal("Helena Falk (V)", date_line="Gävle 2023-04-04"),
                 dt.date(2023, 4, 4), "Gävle", id="date-place-iso"),
    pytest.param(municipal("Helena Falk (V)", date_line="Lund den 27 januari 2022"),
                 dt.date(2022, 1, 27), "Lund", id="date-place-den-month-name"),
    pytest.param(municipal("Helena Falk (V)", date_line="Upplands Väsby den 4 april 2023",
                           header="Motion till kommunfullmäktige i Upplands Väsby"),
                 dt.date(2023, 4, 4), "Upplands Väsby", id="date-two-word-place"),
    pytest.param(municipal("Helena Falk (V)", header="Gävle 2023-04-04\n\n"
                           "Motion till kommunfullmäktige i Gävle", date_line=None),
                 dt.date(2023, 4, 4), "Gävle", id="date-place-line-at-top"),
    pytest.param(municipal("Helena Falk (V)", date_line="27 jan. 2022"),
                 dt.date(2022, 1, 27), None, id="date-abbreviated-month"),
    # A place-and-date line without the year: no date, but the place is written with one.
    pytest.param(municipal("Helena Falk (V)", date_line="Lindesberg den 29 november"),
                 None, "Lindesberg", id="date-place-without-a-year"),
    # A register's reference number is no date, its label no place.
    pytest.param(municipal("Helena Falk (V)", date_line="Dnr 150901"),
                 None, None, id="date-reference-number-after-its-label"),
    pytest.param(municipal("Helena Falk (V)", date_line="den 4:e april 2023"),
                 dt.date(2023, 4, 4), None, id="date-ordinal-4e"),
    pytest.param(municipal("Helena Falk (V)", date_line="4/4 2023"),
                 dt.date(2023, 4, 4), None, id="date-slashed"),
    pytest.param(municipal("Helena Falk (V)\n4/4 2023", date_line=None),
                 dt.date(2023, 4, 4), None, id="date-slashed-after-names"),
    pytest.param(
        municipal("Helena Falk (V)", date_line=None,
                  argument="I budgeten för 2021 sänktes anslaget till parkförvaltningen. "
                           "Sedan dess har inga nya bänkar köpts in, och flera av de gamla "
                           "har tagits bort sedan hösten 2020."),
        None, None, id="date-year-in-argument-is-not-the-date",
    ),
    pytest.param(
        municipal("Helena Falk (V)", date_line="Lund 2022-03-01",
                  argument="I budgeten för 2021 sänktes anslaget till parkförvaltningen. "
                           "Sedan den 1 januari 2021 har inga nya bänkar köpts in, och flera "
                           "av de gamla har tagits bort."),
        dt.date(2022, 3, 1), "Lund", id="date-argument-date-loses-to-date-line",
    ),
    pytest.param("Kommunfullmäktige\n2007-04-23\n\nKF § 136\nBelysningen i parken\n\n"
                 "- Kommunstyrelsen 2007-03-29, § 68\n\n- Tekniska nämnden 2007-01-24, § 18\n\n"
                 "- Ledningskontoret 2007-02-08\n\nI ett medborgarförslag föreslås att "
                 "belysning sätts upp i parken. Tryggheten skulle öka med belysning.\n",
                 dt.date(2007, 4, 23), None, id="date-of-a-listed-paper-is-no-place-and-date"),
    pytest.param(municipal("Helena Falk (V)", date_line=None, title="Fler bänkar 220127"),
                 dt.date(2022, 1, 27), None, id="date-compact-after-the-heading"),
    pytest.param(municipal("Helena Falk (V)", date_line=None, header="Motion LTV 150901"),
                 None, None, id="date-a-file-number-after-a-code-is-none"),
    pytest.param(municipal("Helena Falk (V)", date_line=None,
                           title="Fler bänkar – Kommunfullmäktige 27 maj 2019"),
                 None, None, id="date-of-a-meeting-behind-the-title-is-not-the-date"),
    pytest.param(municipal("Helena Falk (V)", date_line=None, title="Fler bänkar (KF 2019-05-27)"),
                 None, None, id="date-of-a-meeting-in-brackets-is-not-the-date"),
    pytest.param(municipal("Helena Falk (V)", date_line="Kommunfullmäktige 30 okt 2023"),
                 dt.date(2023, 10, 30), None, id="date-after-a-body-is-no-place"),
    pytest.param(municipal("Helena Falk (V)", date_line="Sammanträdesdatum 2019-04-08"),
                 dt.date(2019, 4, 8), None, id="date-after-a-meeting-label-is-no-place"),
    pytest.param(municipal("Helena Falk (V)", date_line="Interpellationsdebatt 8 november 2013"),
                 dt.date(2013, 11, 8), None, id="date-after-a-debate-label-is-no-place"),
    pytest.param(municipal("Helena Falk (V)", date_line=None) + "\nRelaterade nyheter\n\n"
                 "Skåne, 22 maj 2024\n\nFler bänkar i Malmö\n",
                 None, None, id="date-of-a-related-news-item-is-not-the-date"),
    pytest.param(municipal("Sverigedemokraterna, Regionfullmäktige, 2022-02-22\nAnna Berg",
                           date_line=None),
                 dt.date(2022, 2, 22), None, id="date-ending-a-party-and-body-stamp"),
    pytest.param(municipal("Anna Berg (S)", date_line="Socialdemokraterna, Lund, 2022-02-22"),
                 dt.date(2022, 2, 22), "Lund", id="date-ending-a-party-and-place-stamp"),
    pytest.param(municipal("Anna Berg", date_line="Strängnäspartiet 2017-09-29"),
                 dt.date(2017, 9, 29), None, id="a-local-party-with-its-date-is-no-place"),
    pytest.param(municipal("Anna Berg", date_line="Miljöpartiet de gröna 2014-04-28"),
                 dt.date(2014, 4, 28), None, id="a-party-of-lower-case-words-with-its-date"),
    pytest.param(municipal("Anna Berg", date_line="Feministiskt initiativ 28 april 2014"),
                 dt.date(2014, 4, 28), None, id="a-party-with-its-date-in-words"),
    pytest.param(municipal("Anna Berg (S)", date_line="Fler bänkar, Lund, 2022-02-22"),
                 None, None, id="date-after-other-words-is-no-stamp"),
    pytest.param(municipal("Anna Berg (V)", date_line="Vänsterpartiet i Lund den 15/11 2010"),
                 dt.date(2010, 11, 15), "Lund", id="date-place-after-the-signing-branch"),
    pytest.param(municipal("Anna Berg (V)", date_line="För Vänsterpartiet i Lund den 15 "
                                                      "november 2010"),
                 dt.date(2010, 11, 15), "Lund", id="date-place-after-for-the-branch"),
    pytest.param(municipal("Anna Berg (V)", date_line="Vänsterpartiet Lund 2010-11-15"),
                 dt.date(2010, 11, 15), "Lund", id="date-place-after-a-branch-without-i"),
    pytest.param(municipal("Anna Berg (M)", date_line="Moderaterna 2022-02-22"),
                 dt.date(2022, 2, 22), None, id="date-after-a-party-is-no-place"),
    pytest.param(municipal("Anna Berg (M)", date_line="Teckenspråkstolkad Regionfullmäktige "
                                                      "28 november 2023"),
                 dt.date(2023, 11, 28), None, id="date-after-two-words-with-a-body-is-no-place"),
    pytest.param(municipal("Anna Berg (M)", date_line="Sammanfattning RF 20/4 2021"),
                 dt.date(2021, 4, 20), None, id="date-after-a-body-label-is-no-place"),
    pytest.param(municipal("Anna Berg (M)", date_line="Motion LTV 150901"),
                 None, None, id="a-reference-number-after-a-kind-word-is-no-date"),
    pytest.param(municipal("Anna Berg (M)", date_line="Motion LTV 150901\nDatum\n2015-06-29"),
                 dt.date(2015, 6, 29), None, id="a-reference-number-gives-way-to-the-date-field"),
    pytest.param(municipal("Anna Berg (L)", date_line="Inlämnad\n1998*-04-08"),
                 None, None, id="a-star-glued-inside-a-date-is-text-not-emphasis"),
    pytest.param(municipal("Anna Berg (L)", date_line="Inlämnad\n**1998-04-08**"),
                 dt.date(1998, 4, 8), None, id="a-bold-date-is-a-date"),
    pytest.param(municipal("Anna Berg (V)", date_line="Vingåker 23/2-12"),
                 dt.date(2012, 2, 23), "Vingåker", id="date-place-day-slash-month-dash-year"),
    pytest.param(municipal("Anna Berg (V)", date_line="Lidköping 19-09-30"),
                 dt.date(2019, 9, 30), "Lidköping", id="date-place-yy-mm-dd"),
    pytest.param(municipal("Anna Berg (SD)", date_line="Karlskoga 20180413"),
                 dt.date(2018, 4, 13), "Karlskoga", id="date-place-yyyymmdd"),
    pytest.param(municipal("Anna Berg (L)", date_line="Örebro fredag 2 februari 2024"),
                 dt.date(2024, 2, 2), "Örebro", id="date-place-weekday-date"),
    pytest.param("Åhuspartiet, Åå\nMotion 1/2015\n2015-04-17\nMotion\nFler bänkar\n"
                 + ARG_PARK.replace(". ", ".\n") + "\n\nVi yrkar\n\natt fler bänkar ställs ut.\n\n"
                 "Anna Berg\n",
                 dt.date(2015, 4, 17), None, id="date-line-above-the-argument-without-a-gap"),
    pytest.param(municipal("Anna Berg (C)\n2015-01-02", header="Motion om fler bänkar\n\n"
                           "Ingress\n\n23 januari 2015", title=None, date_line=None),
                 dt.date(2015, 1, 2), None, id="date-right-below-the-signature-outranks-header"),
    pytest.param(municipal("2015-01-02\nAnna Berg (C)", header="Motion om fler bänkar\n\n"
                           "23 januari 2015", title=None, date_line=None),
                 dt.date(2015, 1, 2), None, id="date-right-above-the-signature-outranks-header"),
    # Date lines as people type them.
    pytest.param(municipal("Anna Berg (V)", date_line="Lund den 27 januari 2022."),
                 dt.date(2022, 1, 27), "Lund", id="date-line-ending-in-a-full-stop"),
    pytest.param(municipal("Anna Berg (V)", date_line="Lund 27 januari, 2022"),
                 dt.date(2022, 1, 27), "Lund", id="date-comma-before-the-year"),
    pytest.param(municipal("Anna Berg (V)", date_line="Lund 2022-1-7"),
                 dt.date(2022, 1, 7), "Lund", id="date-iso-without-leading-zeros"),
    pytest.param(municipal("Anna Berg (V)", date_line="Lund den 27/1-22"),
                 dt.date(2022, 1, 27), "Lund", id="date-day-slash-month-dash-year-after-den"),
    pytest.param(municipal("Anna Berg (V)", date_line="27 januari 2022, Lund"),
                 dt.date(2022, 1, 27), "Lund", id="date-then-comma-and-place"),
    pytest.param(municipal("Anna Berg (V)", date_line="LUND 2022-01-27"),
                 dt.date(2022, 1, 27), "LUND", id="date-place-in-capitals"),
    pytest.param(municipal("Anna Berg (V)", date_line="Lund 2022-13-45"),
                 None, None, id="date-no-such-day"),
    pytest.param(municipal("Anna Berg (V)", date_line="Lund som ovan"),
                 None, "Lund", id="date-as-above-with-no-date-above"),
    pytest.param(municipal("Anna Berg (V)", header="Motion till kommunfullmäktige i Lund\n"
                           "2022-01-27", date_line="Lund som ovan"),
                 dt.date(2022, 1, 27), "Lund", id="date-as-above-takes-the-header-date"),
    pytest.param(municipal("Anna Berg (V)", date_line="Datum: 3 mars 2022"),
                 dt.date(2022, 3, 3), None, id="date-filing-label-and-date-in-words"),
    pytest.param(municipal("Anna Berg (V)", header="mars 3, 2022\n\nMotion till "
                           "kommunfullmäktige i Lund", date_line=None),
                 dt.date(2022, 3, 3), None, id="date-swedish-month-first-as-blogs-print-it"),
    pytest.param(municipal("Anna Berg (V)", header="torsdag, mars 3, 2022\n\nMotion till "
                           "kommunfullmäktige i Lund", date_line=None),
                 dt.date(2022, 3, 3), None, id="date-weekday-and-month-first"),
]


@pytest.mark.parametrize(("text", "date", "place"), DATE_ROWS)
def test_dates(text: str, date: dt.date | None, place: str | None) -> None:
    doc = tillit.parse(text)
    assert doc.date == date
    assert doc.place == place


# =============================================================================================
# Body and organisation
# =============================================================================================

# organisations: the set of acceptable canonical names (a former landsting may be given
# under its present region name, as organisations.toml does).
BODY_ROWS = [
    pytest.param(
        doc_text("Interpellation till kommunstyrelsens ordförande i Åstorp", "Fler bänkar",
                 ARG_PARK, "När kommer bänkarna?", "Helena Falk (V)"),
        "kommunfullmäktige", True, {"Åstorps kommun"}, True, id="org-office-i-place",
    ),
    pytest.param(
        municipal("Helena Falk (V)", header="Motion till regionfullmäktige – Region Örebro län",
                  date_line="Örebro 2021-10-18"),
        "regionfullmäktige", False, {"Region Örebro län"}, False, id="org-dash-region",
    ),
    pytest.param(
        municipal("Helena Falk (V)", header="Motion till Lunds kommunfullmäktige"),
        "kommunfullmäktige", False, {"Lunds kommun"}, False, id="org-genitive-kommun",
    ),
    pytest.param(
        doc_text("Fler bänkar", ARG_PARK, "Vi yrkar", "att fler bänkar ställs ut",
                 "För Vänsterpartiet i Tyresö\nHelena Falk\nOlle Ek"),
        "kommunfullmäktige", True, {"Tyresö kommun"}, True, id="org-group-heading-branch",
    ),
    pytest.param(
        doc_text("Fler bänkar", ARG_PARK, "Vi yrkar", "att fler bänkar ställs ut",
                 "För Vänsterpartiet Växjö\nHelena Falk\nOlle Ek"),
        "kommunfullmäktige", True, {"Växjö kommun"}, True,
        id="org-group-heading-branch-without-i",
    ),
    pytest.param(
        doc_text("Skriftlig fråga till infrastrukturminister Eva Ek (M)", "Fler bänkar vid vägar",
                 "Rastplatserna längs kommunens vägar saknar bänkar. Det drabbar äldre resenärer.",
                 "Vad avser ministern att göra?", "Anna Berg (S)"),
        "riksdagen", True, {None}, False, id="body-question-to-a-minister",
    ),
    pytest.param(
        doc_text("Motion till kommunfullmäktige", "Fler bänkar",
                 "En kommun kan göra mycket för de äldre. En kommun som bryr sig ställer ut "
                 "bänkar.", "Vi yrkar", "att fler bänkar ställs ut", "Anna Berg (S)"),
        "kommunfullmäktige", False, {None}, False, id="org-a-common-noun-is-no-municipality",
    ),
    pytest.param(
        municipal("Helena Falk (V)", header="Till kommunfullmäktige i Malmö",
                  date_line="Malmö 2022-05-30"),
        "kommunfullmäktige", False, {"Malmö kommun"}, False, id="org-kf-i-place",
    ),
    pytest.param(
        municipal("Helena Falk (V)", header="Motion till Region Skånes regionfullmäktige",
                  date_line="Malmö 2022-05-30"),
        "regionfullmäktige", False, {"Region Skåne"}, False, id="org-region-genitive",
    ),
    pytest.param(
        municipal("Helena Falk (V)",
                  header="Motion till landstingsfullmäktige – Landstinget Dalarna",
                  date_line="Falun 2012-04-16"),
        "landstingsfullmäktige", False, {"Landstinget Dalarna", "Region Dalarna"}, False,
        id="org-landstingsfullmaktige",
    ),
    pytest.param(
        municipal("Helena Falk (V)", header="Motion", title="Fler förskoleplatser",
                  argument="Antalet barn i förskoleåldern i Växjö kommun har ökat kraftigt de "
                           "senaste åren. Flera förskolor har i dag större barngrupper än vad "
                           "Skolverket rekommenderar. Växjö kommun behöver därför bygga nytt.",
                  items=("att barn- och utbildningsnämnden får i uppdrag att ta fram en plan "
                         "för nya förskolor.",),
                  date_line="Växjö 2023-02-20"),
        "kommunfullmäktige", True, {"Växjö kommun"}, True, id="org-inferred-from-argument",
    ),
    pytest.param(
        municipal("Helena Falk (C)", header="Motion till Centerns kretsstämma i Lunds kommun",
                  date_line=None),
        "kretsstämma", False, {None}, False, id="association-body-has-no-organisation",
    ),
    pytest.param(
        municipal("Helena Falk (V)", header="Motion", date_line=None,
                  items=("att Lunds kommun ger kommunstyrelsen i uppdrag att ställa ut bänkar.",)),
        "kommunfullmäktige", True, {"Lunds kommun"}, True,
        id="instructed-body-is-not-the-addressee",
    ),
    pytest.param(
        municipal("Helena Falk\nSträngnäspartiet", header="Motion", date_line=None),
        "kommunfullmäktige", True, {"Strängnäs kommun"}, True,
        id="local-party-named-after-its-municipality",
    ),
    pytest.param(
        municipal("Helena Falk (SD)", header="Motion | Sverigedemokraterna Sala",
                  date_line=None),
        "kommunfullmäktige", True, {"Sala kommun"}, True, id="party-branch-without-i",
    ),
    pytest.param(
        municipal("Helena Falk (SD)", header="Motion | Sverigedemokraterna Skåne",
                  date_line=None, argument=ARG_PARK.replace("kommunen", "staden")),
        None, False, {None}, False, id="party-district-is-no-organisation",
    ),
    pytest.param(
        municipal("Helena Falk (M)", header="Moderaterna i Oscar Södra", date_line=None,
                  argument=ARG_PARK.replace("kommunen", "socknen")),
        None, False, {None}, False, id="branch-in-an-unknown-place-is-no-organisation",
    ),
    pytest.param(
        municipal("Helena Falk (V)", header="Motioner",
                  title="Vänsterpartiet i region Örebro län vill ha fler bänkar", date_line=None,
                  argument=ARG_PARK.replace("kommunen", "regionen")),
        "regionfullmäktige", True, {"Region Örebro län"}, True,
        id="branch-in-a-region-written-lower-case",
    ),
    pytest.param(
        municipal("Helena Falk (S)", header="Interpellation", date_line=None,
                  argument="Åren dessförinnan har vi socialdemokrater i Solna förgäves slagits "
                           "för fler bänkar. Varje år har det blivit nej."),
        "kommunfullmäktige", True, {"Solna kommun"}, True, id="branch-named-in-the-argument",
    ),
    pytest.param(
        municipal("Helena Falk (V)", header=None, title=None, date_line=None,
                  argument="Region Östergötland och Region Halland har redan tagit bort "
                           "avgiften. Region Östergötland visar att det går.",
                  items=("att Region Skåne tar bort avgiften för tvångsvård.",)),
        "regionfullmäktige", True, {"Region Skåne"}, True,
        id="org-the-proposal-names-outranks-the-argument",
    ),
    pytest.param(
        municipal("Helena Falk (M)", header="Motion", date_line=None,
                  argument="Tyresö är i grunden en trygg och lugn kommun. Ändå känner många "
                           "oro för att gå hem sent på kvällen."),
        "kommunfullmäktige", True, {"Tyresö kommun"}, True,
        id="org-a-municipality-said-to-be-a-kommun",
    ),
    pytest.param(
        municipal("Helena Falk (M)", header="Motion", date_line=None,
                  argument="Sverige är ett land där varje kommun ansvarar för skolan. Så "
                           "ska det vara också i fortsättningen."),
        "kommunfullmäktige", True, {None}, False,
        id="org-a-country-said-to-be-anything-is-no-municipality",
    ),
    pytest.param(
        municipal("Helena Falk (C)", header="Motion", date_line="Danderyd 2000-01-05",
                  argument="Lidingö kommun hamnade i media strax efter nyår. Lidingö kommun "
                           "har nu bänkar i varje park. Så borde det vara även här."),
        "kommunfullmäktige", True, {"Danderyds kommun"}, True,
        id="place-and-date-line-outranks-other-municipalities-in-the-argument",
    ),
    pytest.param(
        municipal("Helena Falk (M)", header="Motion till kommunfullmäktige",
                  title="Låt Staffanstorps kommun vara en bilfri zon", date_line=None),
        "kommunfullmäktige", False, {"Staffanstorps kommun"}, True,
        id="capitalised-verb-before-a-municipality-is-not-its-name",
    ),
    pytest.param(
        municipal("Helena Falk (S)", header="Motion", date_line="Lund 2022-01-27",
                  preamble="Vi yrkar därför",
                  items=("att kommunstyrelsen utreder var fler bänkar behövs.",)),
        "kommunfullmäktige", True, {"Lunds kommun"}, True,
        id="board-given-the-work-in-the-att-sats-is-not-the-addressee",
    ),
    pytest.param(municipal("Helena Falk (S)", header="Motion till Kommunfullmäktige Lund",
                           date_line=None),
                 "kommunfullmäktige", False, {"Lunds kommun"}, False,
                 id="org-bare-place-after-the-body"),
    pytest.param(municipal("Helena Falk (S)", header="Motion\nKommunfullmäktige i Lund",
                           date_line=None),
                 "kommunfullmäktige", False, {"Lunds kommun"}, False,
                 id="org-letterhead-body-in-place"),
    pytest.param(municipal("Helena Falk (S)", header="Motion till kommunfullmäktige Bänkar",
                           title=None, date_line=None),
                 "kommunfullmäktige", False, {None}, False,
                 id="org-a-capitalised-word-after-the-body-that-is-no-place"),
    pytest.param(municipal("Helena Falk (V)", header="Motion till regionfullmäktige",
                           date_line="Växjö 2021-03-04"),
                 "regionfullmäktige", False, {"Region Kronoberg"}, True,
                 id="org-region-of-the-signing-place"),
    pytest.param(municipal("Helena Falk (V)", header="Motion till landstingsfullmäktige",
                           date_line="Skellefteå den 4 mars 2014"),
                 "landstingsfullmäktige", False, {"Region Västerbotten"}, True,
                 id="org-county-council-of-the-signing-place"),
    pytest.param(municipal("Helena Falk (V)", header="Motion till regionfullmäktige",
                           date_line="Rosengård 2021-03-04"),
                 "regionfullmäktige", False, {None}, False,
                 id="org-no-region-for-a-place-that-is-no-municipality"),
    pytest.param(municipal("Helena Falk (V)", header="SD Lund\n\nMotion till kommunfullmäktige",
                           date_line=None),
                 "kommunfullmäktige", False, {"Lunds kommun"}, True,
                 id="org-branch-by-party-code-and-place"),
    pytest.param(municipal("Helena Falk (V)", header="Till: Kommunfullmäktige i Lund\n\nMotion",
                           date_line=None),
                 "kommunfullmäktige", False, {"Lunds kommun"}, False,
                 id="org-addressee-after-till-colon"),
    pytest.param(municipal("Helena Falk (V)", header="Motion till KF", date_line=None),
                 "kommunfullmäktige", False, {None}, False, id="body-kf-abbreviation"),
    pytest.param(municipal("Helena Falk (V)", header="Motion till KF i Lund", date_line=None),
                 "kommunfullmäktige", False, {"Lunds kommun"}, False,
                 id="org-kf-abbreviation-in-place"),
    pytest.param(municipal("Helena Falk (V)", header="Motion till kommunfullmäktige",
                           argument=f"Göteborgs Stad har för få bänkar. {ARG_PARK}",
                           date_line=None),
                 "kommunfullmäktige", False, {"Göteborgs kommun", "Göteborgs stad"}, True,
                 id="org-a-city-named-stad-in-the-argument"),
    pytest.param(municipal("Helena Falk (V)", header="Motion till kommunfullmäktige",
                           argument=f"Visby stad har för få bänkar. {ARG_PARK}",
                           date_line=None),
                 "kommunfullmäktige", False, {None}, False,
                 id="org-a-stad-that-is-no-municipality"),
    pytest.param(municipal("Helena Falk (V)\nKommunfullmäktigeledamot i Lund",
                           header="Motion till kommunfullmäktige", date_line=None),
                 "kommunfullmäktige", False, {"Lunds kommun"}, True,
                 id="org-councillor-in-place-under-the-name"),
    pytest.param(municipal("Helena Falk (V)\nVänsterpartiet Skåne",
                           header="Motion till regionfullmäktige", date_line=None),
                 "regionfullmäktige", False, {"Region Skåne"}, True,
                 id="org-party-district-signing-a-regional-motion"),
    pytest.param(municipal("Helena Falk (V)\nVänsterpartiet Skåne",
                           header="Motion till kommunfullmäktige", date_line=None),
                 "kommunfullmäktige", False, {None}, False,
                 id="org-party-district-under-a-municipal-motion-is-none"),
    pytest.param(doc_text("Medborgarförslag: Fler bänkar i Stadsparken",
                          f"Göteborgs Stad har för få bänkar. {ARG_PARK}",
                          "Jag föreslår att fler bänkar ställs ut.", "Anna Berg"),
                 None, False, {"Göteborgs kommun", "Göteborgs stad"}, True,
                 id="body-of-a-citizen-proposal-is-never-implied"),
    # The organisation the att-sats asks to act, also where no blank line sets it apart from
    # an argument that names another.
    pytest.param("Avgifter i tvångsvården\n\nVårdavgifterna i tvångsvården bör slopas. Senast "
                 "var det Region Östergötland som tog bort avgifterna, och fler regioner följer "
                 "efter.\nVänsterpartiet föreslår därför att: – att Region Skåne tar bort alla "
                 "vårdavgifter inom tvångsvården\nFör Vänsterpartiet\nSara Svensson\n",
                 "regionfullmäktige", True, {"Region Skåne"}, True,
                 id="org-named-by-the-att-sats-in-a-block-of-argument"),
    # A council written beside the signers is where a motion with no addressee goes.
    pytest.param(municipal("Sverigedemokraterna, Regionfullmäktige, 2022-02-22\nAnna Berg",
                           header=None, date_line=None),
                 "regionfullmäktige", False, {None}, False, id="body-in-a-party-and-date-stamp"),
    pytest.param(municipal("Anna Berg (SD)\nLedamot i regionfullmäktige", header=None,
                           date_line=None),
                 "regionfullmäktige", False, {None}, False, id="body-in-a-signers-seat"),
    pytest.param(municipal("Anna Berg (SD)\nGruppledare i landstingsfullmäktige", header=None,
                           date_line=None),
                 "landstingsfullmäktige", False, {None}, False, id="body-in-a-group-leaders-seat"),
    pytest.param(municipal("Anna Berg\nRegionfullmäktigegruppen (SD)", header=None,
                           date_line=None),
                 "regionfullmäktige", False, {None}, False, id="body-in-a-one-word-seat"),
    pytest.param(municipal("Anna Berg (SD)\nLedamot i kommunstyrelsen", header=None,
                           date_line=None),
                 "kommunfullmäktige", True, {None}, False,
                 id="body-a-signers-board-is-no-council"),
    # A committee chair answers in the council of a municipality, unless the text names the
    # region.
    pytest.param(doc_text("Nedläggning av skolan",
                          "Interpellation till grundskolenämndens ordförande Eva Ek (C)",
                          "Skolan i Bäckby ska läggas ner. Föräldrarna är oroliga och barnen "
                          "får längre till skolan.", "Varför läggs skolan ner?", "Anna Berg (V)"),
                 "kommunfullmäktige", True, {None}, False,
                 id="body-of-an-interpellation-to-a-committee-chair"),
    pytest.param(doc_text("Väntetider",
                          "Interpellation till hälso- och sjukvårdsnämndens ordförande Eva Ek (C)",
                          "Regionens väntetider växer. Patienterna får vänta allt längre.",
                          "Vad gör regionen åt väntetiderna?", "Anna Berg (V)"),
                 "regionfullmäktige", True, {None}, False,
                 id="body-of-an-interpellation-to-a-regional-committee-chair"),
    # A Riksdag document addresses no municipality or region, whatever its argument names.
    pytest.param(doc_text("Motion till riksdagen\n1992/93:A444\nav Anna Ek (m)",
                          "Pendlarnas villkor",
                          "Ledningarna i Stockholms läns landsting och i Göteborgs stad vill "
                          "bygga ut pendeltågen. Staten bör ta ett större ansvar.",
                          "Förslag till riksdagsbeslut",
                          "Riksdagen tillkännager för regeringen som sin mening vad i motionen "
                          "anförs om pendeltågen.", "Anna Ek (m)"),
                 "riksdagen", False, {None}, False, id="org-of-a-riksdag-motion-is-none"),
    # The assembly the text names outweighs the level its other words lean to.
    pytest.param(doc_text("Interpellation till Eva Ek, ordförande i Västtrafik",
                          "På dagens möte i regionfullmäktige ställde jag en interpellation om "
                          "bussarna. Kommunerna vet bäst vad trafiken behöver, och flera "
                          "kommuner har klagat.", "Vad gör du åt bussarna?", "Anna Berg (V)"),
                 "regionfullmäktige", True, {None}, False,
                 id="body-the-assembly-named-over-the-levels-words"),
    # A party's own congress, by the name its statutes give it, has no organisation (the
    # place-and-date line names where it was written, not whose council decides).
    *(pytest.param(municipal("Helena Falk (KD)", header=f"Motion till {congress}"),
                   body, False, {None}, False, id=f"body-a-partys-congress-{body}")
      for congress, body in (("Kristdemokraternas riksting 2023", "riksting"),
                             ("Sverigedemokraternas landsdagar", "landsdagar"),
                             ("Moderaternas förbundsstämma i Skåne", "förbundsstämma"),
                             ("partistyrelsen", "partistyrelsen"),
                             ("Socialdemokraternas distriktskongress", "distriktskongress"),
                             ("distriktsårsmötet", "distriktsårsmötet"))),
]


@pytest.mark.parametrize(("text", "body", "body_inferred", "organisations", "org_inferred"),
                         BODY_ROWS)
def test_body_and_organisation(text: str, body: str | None, body_inferred: bool,
                               organisations: set[str], org_inferred: bool) -> None:
    doc = tillit.parse(text)
    assert doc.body == body
    assert doc.body_inferred is body_inferred
    assert doc.organisation in organisations
    assert doc.organisation_inferred is org_inferred


# =============================================================================================
# Input shapes: the same motion with noise
# =============================================================================================

NOISE_BASES = {
    "kommun": {
        "text": doc_text(
            "Motion till kommunfullmäktige i Lund",
            "Bättre stöd till föreningslivet",
            "Föreningslivet i Lunds kommun är en viktig del av demokratin. Många ideella "
            "föreningar har dock svårt att hitta lokaler och får vänta länge på besked om "
            "bidrag.",
            "Vi yrkar därför:",
            "att kommunstyrelsen får i uppdrag att ta fram en strategi för hur varje ideell\n"
            "organisation kan få tillgång till lokaler, samt",
            "att handläggningstiden för föreningsbidrag halveras.",
            "Lund den 27 januari 2022",
            "Helena Falk (V)\nMarie-Louise Dangardt (V)",
        ),
        "values": {
            "title": "Bättre stöd till föreningslivet",
            "body": "kommunfullmäktige",
            "organisation": "Lunds kommun",
            "date": dt.date(2022, 1, 27),
            "place": "Lund",
            "proposals": ["kommunstyrelsen får i uppdrag att ta fram en strategi för hur varje "
                          "ideell organisation kan få tillgång till lokaler",
                          "handläggningstiden för föreningsbidrag halveras"],
            "signatories": [("Helena Falk", "V"), ("Marie-Louise Dangardt", "V")],
        },
        "markdown": [
            ("Motion till kommunfullmäktige i Lund", "# Motion till kommunfullmäktige i Lund"),
            ("Bättre stöd till föreningslivet\n", "## Bättre stöd till föreningslivet\n"),
            ("en viktig del", "en *viktig* del"),
            ("Vi yrkar därför:", "**Vi yrkar därför:**"),
            ("Helena Falk (V)", "*Helena Falk (V)*"),
            ("Marie-Louise Dangardt (V)", "*Marie-Louise Dangardt (V)*"),
        ],
        "hyphen_wrap": ("för hur varje ideell\norganisation kan",
                        "för hur varje ideell organisa-\ntion kan"),
        "org_word": "Lund",
    },
    "region": {
        "text": doc_text(
            "Vänsterpartiet",
            "Motion till regionfullmäktige – Region Örebro län",
            "Hållbart arbetsliv och tillit är vägen fram",
            "Många medarbetare i vården vittnar om detaljstyrning och brist på inflytande. "
            "Tillitsbaserad styrning, medarbetarstyrda organisationer och självstyrande team har "
            "på andra håll gett bättre arbetsmiljö och lägre sjukfrånvaro.",
            "Med anledning av detta föreslår vi att regionfullmäktige beslutar:",
            "att Region Örebro län tillsammans med de fackliga organisationerna tar fram en\n"
            "strategi för hur regionens organisation kan öka personalens inflytande, samt",
            "att strategin redovisas för regionfullmäktige senast i juni 2022.",
            "Örebro 2021-10-18",
            "För Vänsterpartiet i Region Örebro län",
            "Jihad Menhem",
            "Jessica Carlqvist",
            "Maria Odheim Nielsen",
        ),
        "values": {
            "title": "Hållbart arbetsliv och tillit är vägen fram",
            "body": "regionfullmäktige",
            "organisation": "Region Örebro län",
            "date": dt.date(2021, 10, 18),
            "place": "Örebro",
            "proposals": ["Region Örebro län tillsammans med de fackliga organisationerna tar "
                          "fram en strategi för hur regionens organisation kan öka personalens "
                          "inflytande",
                          "strategin redovisas för regionfullmäktige senast i juni 2022"],
            "signatories": [("Jihad Menhem", "V"), ("Jessica Carlqvist", "V"),
                            ("Maria Odheim Nielsen", "V")],
        },
        "markdown": [
            ("Motion till regionfullmäktige – Region Örebro län",
             "## Motion till regionfullmäktige – Region Örebro län"),
            ("Hållbart arbetsliv och tillit är vägen fram",
             "### Hållbart arbetsliv och tillit är vägen fram"),
            ("Med anledning av detta föreslår vi att regionfullmäktige beslutar:",
             "#### **Med anledning av detta föreslår vi att regionfullmäktige beslutar:**"),
            ("För Vänsterpartiet i Region Örebro län",
             "#### **För Vänsterpartiet i Region Örebro län**"),
            ("Jihad Menhem", "*Jihad Menhem*"),
            ("Jessica Carlqvist", "*Jessica Carlqvist*"),
            ("Maria Odheim Nielsen", "*Maria Odheim Nielsen*"),
        ],
        "hyphen_wrap": ("för hur regionens organisation kan",
                        "för hur regionens organisa-\ntion kan"),
        "org_word": "Örebro",
    },
}


def _markdown(t: str, base: dict) -> str:
    for old, new in base["markdown"]:
        assert old in t
        t = t.replace(old, new, 1)
    return t


def _crlf(t: str, base: dict) -> str:
    return t.replace("\n", "\r\n")


def _nbsp(t: str, base: dict) -> str:
    """Every third space becomes a no-break space, as in text pasted from Word."""
    parts = t.split(" ")
    return "".join(p + ("\u00a0" if i % 3 == 2 else " ") for i, p in enumerate(parts[:-1])) + \
        parts[-1]


def _bom(t: str, base: dict) -> str:
    return "\ufeff" + t


def _soft_hyphens(t: str, base: dict) -> str:
    """A soft hyphen inside every word of ten letters or more."""
    return re.sub(r"\b(\w{5})(\w{5,})", "\\1\u00ad\\2", t)


def _hyphen_wrap(t: str, base: dict) -> str:
    old, new = base["hyphen_wrap"]
    assert old in t
    return t.replace(old, new)


def _everything(t: str, base: dict) -> str:
    t = _markdown(_hyphen_wrap(t, base), base)
    return _bom(_crlf(_soft_hyphens(_nbsp(t, base), base), base), base)


TRANSFORMS = {
    "clean": lambda t, base: t,
    "markdown-headings-emphasis": _markdown,
    "crlf": _crlf,
    "nbsp": _nbsp,
    "bom": _bom,
    "soft-hyphens": _soft_hyphens,
    "hyphen-split-at-line-end": _hyphen_wrap,
    "all-noise-together": _everything,
}

NOISE_ROWS = [pytest.param(b, t, id=f"{b}-{t}") for b in NOISE_BASES for t in TRANSFORMS]


def _plain(s: str) -> str:
    """What a reader sees in a source slice: no invisible marks, Markdown or hard wraps."""
    s = s.replace("\ufeff", "").replace("\u00ad", "").replace("\u00a0", " ")
    s = s.replace("\r\n", "\n").replace("*", "").replace("#", "")
    s = re.sub(r"(?<=\w)-\n(?=\w)", "", s)
    return " ".join(s.split())


@pytest.mark.parametrize(("base_name", "transform"), NOISE_ROWS)
def test_noise_variants(base_name: str, transform: str) -> None:
    base = NOISE_BASES[base_name]
    text = TRANSFORMS[transform](base["text"], base)
    doc = tillit.parse(text)
    got = {
        "title": doc.title,
        "body": doc.body,
        "organisation": doc.organisation,
        "date": doc.date,
        "place": doc.place,
        "proposals": [p.text for p in doc.proposals],
        "signatories": [(s.name, s.party.code if s.party else None) for s in doc.signatories],
    }
    assert got == base["values"]
    # Every span slices the noisy input to the source of its value.
    sl = {k: _plain(text[v.start:v.end]) for k, v in doc.spans.items()}
    assert sl["title"] == base["values"]["title"]
    assert base["values"]["body"] in sl["body"].lower()
    assert base["org_word"] in sl["organisation"]
    assert sl["place"] == base["values"]["place"]
    date = base["values"]["date"]
    assert str(date.year) in sl["date"] and str(date.day) in sl["date"]
    for p in doc.proposals:
        assert text[p.span.start:p.span.end] == p.verbatim
        assert p.text in _plain(p.verbatim)
    for s in doc.signatories:
        assert s.name in _plain(text[s.span.start:s.span.end])


# =============================================================================================
# Errors
# =============================================================================================


@pytest.mark.parametrize("text", [pytest.param("", id="empty"),
                                  pytest.param("  \n\t ", id="whitespace-only")])
def test_empty_text_raises(text: str) -> None:
    with pytest.raises(tillit.EmptyDocumentError) as info:
        tillit.parse(text)
    assert isinstance(info.value, tillit.TillitError)


def test_bytes_raise_type_error() -> None:
    with pytest.raises(TypeError) as info:
        tillit.parse(b"bytes")  # type: ignore[arg-type]
    message = str(info.value)
    assert "str" in message and "bytes" in message


def test_non_motion_is_unknown() -> None:
    doc = tillit.parse("Hej! Vi ses på lördag.")
    assert doc.kind == "unknown"
    assert "unknown_kind" in [w.code for w in doc.warnings]


# =============================================================================================
# Span invariants over the seed and corpus documents
# =============================================================================================

CORPUS = sorted([*ROOT.glob("seeds/*.txt"), *ROOT.glob("tests/corpus/*.txt")])


@pytest.mark.parametrize("path", CORPUS, ids=[str(p.relative_to(ROOT)) for p in CORPUS])
def test_corpus_spans(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    doc = tillit.parse(text)
    spans = [*doc.spans.values()]
    spans += [p.span for p in doc.proposals]
    spans += [s.span for s in doc.signatories]
    spans += [p.span for p in doc.paragraphs]
    spans += [w.span for w in doc.warnings if w.span is not None]
    spans += [e.span for e in doc.kind_evidence if e.span is not None]
    for span in spans:
        assert 0 <= span.start <= span.end <= len(text), span
    for p in doc.proposals:
        assert text[p.span.start:p.span.end] == p.verbatim
    for s in doc.signatories:
        source = text[s.span.start:s.span.end]
        for word in s.name.split():
            assert word in source, (s.name, source)


#: A motion as a PDF or word processor gives it: hard wraps, no blank line between paragraphs.
SINGLE_SPACED = """Motion om fler parkbänkar i Lund
Till kommunfullmäktige i Lunds kommun
Många äldre vittnar om att det saknas bänkar längs gångvägarna i centrum och
i parkerna. Den som inte kan gå långt utan att vila stannar hellre hemma, och
det drabbar både hälsan och handeln i stadskärnan.
Stadsparken är en av de mest besökta platserna i kommunen, men där finns i dag
bara ett fåtal bänkar. Andra kommuner har satt upp en bänk var hundrade meter
längs de större stråken, med goda erfarenheter.
Vi yrkar därför att kommunfullmäktige beslutar
att tekniska nämnden inventerar bänkarna längs gångvägarna i centrum,
att tekniska nämnden sätter upp fler bänkar där de saknas.
Lund den 3 mars 2021
Anna Berg (V)
Per Holm (V)
"""


@pytest.mark.parametrize("variant", ["lf", "crlf", "trailing-spaces"])
def test_single_spaced_text_keeps_its_paragraphs(variant: str) -> None:
    """Text with no blank line between paragraphs: a line ends its paragraph where the next
    opens a sentence whose first word would have fitted on it, so the date and the signers
    are not read as the end of the argument."""
    text = {"lf": SINGLE_SPACED, "crlf": SINGLE_SPACED.replace("\n", "\r\n"),
            "trailing-spaces": SINGLE_SPACED.replace("\n", "  \n")}[variant]
    doc = tillit.parse(text)
    assert doc.title == "Motion om fler parkbänkar i Lund"
    assert str(doc.date) == "2021-03-03"
    assert [(s.name, s.party.code if s.party else None) for s in doc.signatories] == [
        ("Anna Berg", "V"), ("Per Holm", "V")]
    assert [p.text for p in doc.proposals] == [
        "tekniska nämnden inventerar bänkarna längs gångvägarna i centrum",
        "tekniska nämnden sätter upp fler bänkar där de saknas"]
    assert doc.paragraphs[1].text.startswith("Stadsparken är en av de mest besökta")


@pytest.mark.parametrize("closing", [
    "Lund den 3 mars 2021\nAnna Berg (V)",
    "För Vänsterpartiet i Lund\nAnna Berg",
])
def test_single_spaced_text_a_date_or_group_line_after_the_longest_line(closing: str) -> None:
    """A date or a group heading opens the closing even where no wrap width tells: the last
    att-sats is the text's longest line."""
    text = SINGLE_SPACED.split("att tekniska nämnden sätter")[0] + (
        "att tekniska nämnden sätter upp fler bänkar där de saknas, först i Stadsparken och "
        "sedan längs stråket mot stationen och torget.\n" + closing + "\n")
    doc = tillit.parse(text)
    assert [s.name for s in doc.signatories] == ["Anna Berg"]
    assert doc.proposals[-1].text.endswith("mot stationen och torget")


@pytest.mark.parametrize(("closing", "signers"), [
    ("Lund 2021-03-03\nAnna Berg         Per Holm\nVänsterpartiet    Vänsterpartiet",
     [("Anna Berg", "V"), ("Per Holm", "V")]),
    ("Anna Berg (V)", [("Anna Berg", "V")]),
    ("Anna Berg (V)\nLund 2021-03-03", [("Anna Berg", "V")]),
])
def test_a_short_single_spaced_text_keeps_its_closing(
        closing: str, signers: list[tuple[str, str]]) -> None:
    """A few long lines, one paragraph each, with no blank line: the date and the signers
    under the last sentence are the closing, not more argument."""
    text = ("Motion om fler parkbänkar i Lund\n"
            "Många äldre vittnar om att det saknas bänkar längs gångvägarna i centrum och i "
            "parkerna, och den som inte kan gå långt utan att vila stannar hellre hemma.\n"
            "Därför yrkar vi på att: tekniska nämnden sätter upp fler bänkar längs gångvägarna "
            "i centrum och i Stadsparken.\n" + closing + "\n")
    doc = tillit.parse(text)
    assert [(s.name, s.party.code if s.party else None) for s in doc.signatories] == signers
    assert [p.text for p in doc.proposals] == [
        "tekniska nämnden sätter upp fler bänkar längs gångvägarna i centrum och i Stadsparken"]


@pytest.mark.parametrize("signer", ["ANNA BERG (V)", "ANNA BERG (v)", "Anna Berg (V)"])
def test_an_upper_case_signer_keeps_the_date_under_it(signer: str) -> None:
    """A name set in capitals with its tag is a signature, not a heading: the date typed
    right under it is the signing date, and no heading is taken from it."""
    doc = tillit.parse(doc_text("Motion om fler bänkar", "23 januari 2015", ARG_PARK,
                                "Vi yrkar därför:", "att fler bänkar ställs ut.",
                                f"{signer}\n2015-01-02"))
    assert (str(doc.date), doc.title) == ("2015-01-02", "Motion om fler bänkar")
    assert [s.name.casefold() for s in doc.signatories] == ["anna berg"]


@pytest.mark.parametrize("head", [
    "Maila oss: info@vlund.se\nOrdförande: anna@vlund.se\n\nInterpellation",
    "Interpellation\n\nTill:    Per Holm, ordförande i tekniska nämnden",
    "Kontakta oss: lund@v.se\n\nInterpellation\n\nTill: Per Holm (M), ordförande i tekniska "
    "nämnden",
])
def test_contact_and_addressee_fields_are_no_title(head: str) -> None:
    """A page's e-mail line and a "Till:" field name no heading: the document has none."""
    doc = tillit.parse(doc_text(head, ARG_PARK, "Varför står det så få bänkar i Stadsparken?",
                                "Lund 2022-01-27", "Anna Berg (V)"))
    assert (doc.kind, doc.title) == ("interpellation", None)


@pytest.mark.parametrize(("party", "organisation"), [
    ("Staffanstorpspartiet", "Staffanstorps kommun"),
    ("Kirunapartiet", "Kiruna kommun"),
    ("Sjöbopartiet", "Sjöbo kommun"),
])
def test_a_local_party_named_after_its_municipality_names_the_organisation(
        party: str, organisation: str) -> None:
    """A motion that names no municipality but its local party's name ("Kirunapartiet
    yrkar …") is addressed to that municipality's council; a national party's name
    ("Centerpartiet") names none."""
    doc = tillit.parse(doc_text(f"{party} yrkar:", "att kommunfullmäktige ger kommunstyrelsen "
                                "i uppdrag att se över reglerna för bänkar i parkerna."))
    assert doc.organisation == organisation
    other = tillit.parse(doc_text("Centerpartiet yrkar:", "att kommunfullmäktige ger "
                                  "kommunstyrelsen i uppdrag att se över reglerna för bänkar."))
    assert other.organisation is None


@pytest.mark.parametrize("residents", ["Gnestabor", "gnestaborna", "Gnestaborna"])
def test_residents_count_as_mentions_of_their_municipality(residents: str) -> None:
    """"Gnestabor" names Gnesta as "i Gnesta" does: two such mentions, and no other place,
    make a municipal motion's organisation."""
    doc = tillit.parse(doc_text(
        "Motion om farthinder", f"Under lång tid har {residents} klagat på buskörningen.",
        "Det behövs åtgärder för att minska buskörningen i Gnesta på nätterna.",
        "Jag föreslår därför:", "att kommunen bygger farthinder längs Storgatan.",
        "Anna Berg (C)"))
    assert doc.organisation == "Gnesta kommun"


@pytest.mark.parametrize(("heading", "organisation"), [
    ("MOTION OM FLER BÄNKAR | SVERIGEDEMOKRATERNA I TRELLEBORG", "Trelleborgs kommun"),
    ("VÄNSTERPARTIET I LUND", "Lunds kommun"),
    ("STAFFANSTORPSPARTIET", "Staffanstorps kommun"),
])
def test_a_branch_or_local_party_in_capitals_names_the_organisation(
        heading: str, organisation: str) -> None:
    """A PDF's heading in capitals still names the party branch or local party it is
    written by; the municipality comes from it as from the same line in running case."""
    doc = tillit.parse(doc_text(heading, "Fler bänkar", ARG_PARK, "Vi yrkar därför:",
                                "att fler bänkar ställs ut.", "Anna Berg"))
    assert doc.organisation == organisation


@pytest.mark.parametrize("page_title", [
    "Fler bänkar | Sverigedemokraterna i Lund",
    "FLER BÄNKAR | SVERIGEDEMOKRATERNA I LUND",
])
def test_a_page_title_in_capitals_gives_its_party_to_an_untagged_signer(page_title: str) -> None:
    """The site part of a page title names the branch that publishes the motion, in
    capitals as in running case; its party is the untagged signer's."""
    doc = tillit.parse(doc_text(page_title, "Motion om fler bänkar",
                                "Till kommunfullmäktige i Lund", ARG_PARK, "Vi yrkar därför:",
                                "att fler bänkar ställs ut.", "Per Holm"))
    assert [(s.name, s.party.code if s.party else None) for s in doc.signatories] == [
        ("Per Holm", "SD")]


@pytest.mark.parametrize("page_title", [
    "Rapport från regionfullmäktige | Sverigedemokraterna Östergötland",
    "RAPPORT FRÅN REGIONFULLMÄKTIGE | SVERIGEDEMOKRATERNA ÖSTERGÖTLAND",
])
def test_a_party_sites_page_title_in_capitals_marks_its_news(page_title: str) -> None:
    doc = tillit.parse(doc_text(page_title, "Rapport från regionfullmäktige",
                                "Under tisdagen debatterades budgeten i regionfullmäktige och "
                                "flera frågor om vårdens köer togs upp av ledamöterna."))
    assert doc.kind == "press_release"


@pytest.mark.parametrize("abbreviation", ["prop. 1997/98:105", "bet. 1997/98:LU20",
                                          "t.ex. skadestånd"])
def test_an_abbreviations_period_ends_no_sentence_in_a_heading(abbreviation: str) -> None:
    """"med anledning av prop. 1997/98:105 …" under a skip link is a heading, not a paragraph
    of argument: a period followed by a number or a lower-case word ends no sentence."""
    text = (f"Till innehåll på sidan\nmed anledning av {abbreviation} Det allmännas "
            "skadeståndsansvar\n\nMotion 1997/98:L26 av Anna Berg och Per Holm (fp)\n\n"
            "Regeringen föreslår nya regler för skadeståndsansvar. Vi delar inte regeringens "
            "bedömning i alla delar.\n\nHemställan\n\nMed hänvisning till det anförda hemställs "
            "att riksdagen avslår propositionen.\n\nAnna Berg (fp)\nPer Holm (fp)\n")
    doc = tillit.parse(text)
    assert doc.title == f"med anledning av {abbreviation} Det allmännas skadeståndsansvar"


def test_three_single_spaced_lines_keep_their_signer() -> None:
    """Two paragraphs and a tagged name, one a line: the name under the last sentence is
    the signer, not more of the paragraph."""
    doc = tillit.parse(
        "Liberalerna är mån om utvecklingen i norra delen av kommunen. Vi vill att fler "
        "arbetsplatser kommer dit.\nDet är mot den bakgrunden som vi har drivit frågan om ett "
        "nytt kommunhus. Därför står vi bakom dagens beslut.\nLars Johansson (L)\n")
    assert [(s.name, s.party.code if s.party else None) for s in doc.signatories] == [
        ("Lars Johansson", "L")]


def test_single_spaced_text_a_proposal_heading_under_a_sentence() -> None:
    """"Yrkande:" under the argument's last sentence, no blank line: the heading and the
    decision under it are the proposal, even when the sentence fills its line."""
    text = SINGLE_SPACED.split("Vi yrkar därför")[0] + (
        "Det är därför hög tid att kommunen tar ett samlat grepp om bänkarna i hela centrum.\n"
        "Yrkande:\nTekniska nämnden sätter upp fler bänkar längs gångvägarna i centrum.\n"
        "Lund den 3 mars 2021\nAnna Berg (V)\n")
    doc = tillit.parse(text)
    assert [p.text for p in doc.proposals] == [
        "Tekniska nämnden sätter upp fler bänkar längs gångvägarna i centrum"]


def test_a_page_title_glued_to_the_heading_it_repeats() -> None:
    """"Fler bänkar? | Vänsterpartiet Lund" / "Fler bänkar?" with no blank line is no
    paragraph of argument: a "?" before a page title's "|" ends no sentence."""
    doc = tillit.parse(doc_text("Behövs det fler bänkar i parken? | Vänsterpartiet Lund\n"
                                "Behövs det fler bänkar i parken?", ARG_PARK,
                                "Vi yrkar därför:", "att fler bänkar ställs ut.",
                                "Anna Berg (V)"))
    assert doc.title == "Behövs det fler bänkar i parken?"


def test_a_text_of_no_known_kind_is_about_the_place_it_names() -> None:
    """A local news item the classifier finds no cue in still names the municipality it is
    about, twice, as a place: that is its organisation (inferred, with a warning)."""
    doc = tillit.parse(doc_text(
        "Ljust inslag vid gårdagens fullmäktige",
        "Elsa blev den som satte lite extra glans på gårdagens fullmäktigemöte i Bollebygd. "
        "Hon hade lämnat in ett förslag om en skatepark.",
        "Hon vill att det byggs en skatepark i Bollebygd, så att hon slipper åka till Borås."))
    assert (doc.kind, doc.organisation) == ("unknown", "Bollebygds kommun")
    assert any(w.code == "organisation_inferred" for w in doc.warnings)


@pytest.mark.parametrize(("county", "organisation"), [
    ("Sörmland", "Region Sörmland"), ("Dalarna", "Region Dalarna"),
])
def test_landstinget_and_a_county_named_twice_give_the_region(
        county: str, organisation: str) -> None:
    """A news item on "landstinget" that names its county twice as a place ("i Dalarna") is
    about that county's region; without the regional body word it names none."""
    item = ("Kräver fler ambulanser",
            f"Ledamoten kräver i en motion att landstinget satsar på fler ambulanser i {county}.",
            f"I dag finns för få bilar i {county}, och väntetiderna blir långa på landsbygden.")
    assert tillit.parse(doc_text(*item)).organisation == organisation
    other = (item[0], item[1].replace("landstinget", "man"), item[2])
    assert tillit.parse(doc_text(*other)).organisation is None


_BENCHES = (
    "På senare år har parkerna i kommunen fått allt färre bänkar, och många äldre har svårt "
    "att ta sig fram utan att kunna vila.",
    "Vi yrkar därför", "att kommunen sätter upp fler parkbänkar")


@pytest.mark.parametrize("dash", ["\u2010", "\u2011", "\u2212"])
def test_a_word_processors_hyphen_sets_a_kind_label_apart(dash: str) -> None:
    """"Motion ‐ X" with a Word hyphen (U+2010, U+2011) or a minus sign reads as "Motion - X":
    the label is dropped from the title, and the title's span still slices the original."""
    text = doc_text(f"Motion {dash} Fler parkbänkar", *_BENCHES, "Anna Andersson (V)")
    doc = tillit.parse(text)
    assert doc.title == "Fler parkbänkar"
    assert text[doc.spans["title"].start:doc.spans["title"].end] == "Fler parkbänkar"


@pytest.mark.parametrize("heading", [
    "Motion till kommunfullmäktige om fler parkbänkar",
    "Motion till kommunfullmäktige i Lund angående fler parkbänkar",
])
def test_an_addressee_running_on_into_the_subject_is_a_phrase_title(heading: str) -> None:
    """"Motion till kommunfullmäktige om X" reads as a phrase: the title keeps its words
    (CONVENTIONS), not the bare "om X" after the addressee."""
    doc = tillit.parse(doc_text(heading, *_BENCHES, "Anna Andersson (V)"))
    assert doc.title == heading
    assert doc.body == "kommunfullmäktige"


def test_each_tagged_author_of_a_byline_heading_signs() -> None:
    """"Motion av X (SD) och Y (SD) om …": both authors, each with the party of its tag."""
    doc = tillit.parse(doc_text(
        "Motion av Per Carlberg (SD) och Anders Wickberg (M) om fler parkbänkar", *_BENCHES))
    assert [(s.name, s.party.code if s.party else None) for s in doc.signatories] == [
        ("Per Carlberg", "SD"), ("Anders Wickberg", "M")]


def test_a_portal_proposer_label_without_its_colon_names_the_proposer() -> None:
    """"Förslaget insänt av NAME" names the proposer as "Förslagsställare: NAME" does; an
    official who signs the municipality's reply below it is not the proposer."""
    doc = tillit.parse(doc_text(
        "Lys upp lekparken", "Mitt förslag är att man sätter upp två lampor vid lekplatsen.",
        "Förslaget insänt av Eva-Lotta Andersson", "Antal röster: 101",
        "Återkoppling på förslaget:", "Vi har haft ett möte om lekplatser.",
        "Med vänliga hälsningar", "Anita Silfver\nKommunchef"))
    assert [s.name for s in doc.signatories] == ["Eva-Lotta Andersson"]


@pytest.mark.parametrize("label", ["Nyhet 2017-11-30", "Pressmeddelande 30 november 2017"])
def test_a_news_label_and_date_under_a_heading_leave_it_the_title(label: str) -> None:
    """"Budgeten antagen" / "Nyhet 2017-11-30" / lead sentence: the label line is the item's
    category and date, so the heading above it stays the title (not the lead)."""
    doc = tillit.parse(doc_text(
        "Budgeten antagen", label, "Efter tio timmars debatt kunde budgeten antas.",
        "Några förändringar av styrelsens förslag skedde inte. Totalt omsluter budgeten 7,5 "
        "miljarder kronor. Det är också den sista planen som antas."))
    assert (doc.title, doc.date) == ("Budgeten antagen", dt.date(2017, 11, 30))


@pytest.mark.parametrize("wrapper", [
    "Alla inlägg: tis nov 2022", "Download (0)\n\nFull text\n\n(1)",
    "Loading.... (view fulltext now)\n\nFull text",
])
def test_a_blog_archive_label_and_a_pdf_hosts_wrapper_are_no_title(wrapper: str) -> None:
    """A blog's archive label ("Alla inlägg: tis nov 2022") and a PDF host's wrapper lines
    ("Download (0)", "Full text") are the site's; the heading under them is the title."""
    doc = tillit.parse(doc_text(
        wrapper, "Hur ska kommunen få bort hemlösheten?", *_BENCHES, "Anna Andersson (V)"))
    assert doc.title == "Hur ska kommunen få bort hemlösheten?"


def test_a_riksdag_page_title_loses_its_document_tail() -> None:
    """riksdagen.se's page title "X Motion 2019/20:707 av NAME (SD) - Riksdagen" gives X."""
    doc = tillit.parse(doc_text(
        "Grundlag Motion 2019/20:583 av Matheus Enholm m.fl. (SD) - Riksdagen",
        "Enskild motion SD", "Motion till riksdagen", "2019/20:583",
        "av Matheus Enholm m.fl. (SD)"))
    assert doc.title == "Grundlag"


@pytest.mark.parametrize("tail", [
    ", sammanträdet den 28 november 2016", ", kommunalråd Sara Rudolfsson (S)."])
def test_an_addressee_line_going_on_after_a_comma_gives_no_title(tail: str) -> None:
    """"Till kommunfullmäktige i Sundsvall, sammanträdet den 28 …": what follows the comma
    is more of the address, not a heading; a heading below is the title, or none."""
    doc = tillit.parse(doc_text(
        f"Interpellation till kommunfullmäktige i Sundsvall{tail}", *_BENCHES[:1],
        "Anna Andersson (V)"))
    assert doc.title is None
    doc = tillit.parse(doc_text(
        f"Till kommunfullmäktige i Sundsvall{tail}", "Motion angående en plan mot hemlöshet",
        *_BENCHES, "Anna Andersson (V)"))
    assert doc.title == "Motion angående en plan mot hemlöshet"


@pytest.mark.parametrize("letterhead", ["Kommunfullmäktige i Lekebergs kommun",
                                        "Kommunfullmäktige i Lekeberg"])
def test_a_letterhead_naming_body_and_place_is_the_addressee(letterhead: str) -> None:
    """"Kommunfullmäktige i Lekebergs kommun" over a PDF motion's kind line names the body and
    the organisation it goes to (read, not inferred); it is no heading of the motion."""
    doc = tillit.parse(doc_text(f"{letterhead}\nMOTION  2017-06-08", ARG_PARK,
                                "Vi yrkar därför:", "att fler bänkar ställs ut.",
                                "Anna Berg (C)"))
    assert (doc.title, doc.body, doc.organisation) == (
        None, "kommunfullmäktige", "Lekebergs kommun")
    assert not doc.organisation_inferred


@pytest.mark.parametrize("label", ["Inlämnad", "Inlämningsdatum", "Datum för inlämning",
                                   "Motionsdatum"])
def test_a_filing_label_under_the_signature_dates_the_motion(label: str) -> None:
    """A form's filing date, also printed after the signer, is the document's date."""
    doc = tillit.parse(municipal(f"Anna Berg (V)\n\n{label}: 2016-05-19", date_line=None))
    assert doc.date == dt.date(2016, 5, 19)


@pytest.mark.parametrize("head", [
    "Motion\n\nLedamotens namn: Räisänen Mika\n\nRubrik\nBostäder åt ALLA",
    "Motionen från Anna Berg (V) om fler bänkar i Stadsparken",
])
def test_a_signer_above_the_argument_ends_no_paragraph(head: str) -> None:
    """A form's signer field or a byline in the heading stands above the argument: the
    argument's paragraphs are still the document's (they were cut at the signer's line)."""
    doc = tillit.parse(doc_text(head, ARG_PARK, "Vi yrkar därför:", "att fler bänkar ställs ut."))
    assert [p.text for p in doc.paragraphs] == [ARG_PARK]


def test_a_contact_block_is_no_paragraph() -> None:
    """The contact people under a page's "Kontakt" are no part of the argument."""
    doc = tillit.parse(doc_text("Motionen från Anna Berg (V) om fler bänkar i Stadsparken",
                                ARG_PARK, "Vi yrkar därför:", "att fler bänkar ställs ut.",
                                "Kontakt", "Eva Holm\n021-481 87 71"))
    assert [p.text for p in doc.paragraphs] == [ARG_PARK]


def test_a_forms_fields_are_no_title_and_its_title_field_is() -> None:
    """A form-style motion: "Partinamn: …" is a field, "Rubrik" a label over the title."""
    doc = tillit.parse(doc_text("Motion", "Datum: 2018-10-22\nPartinamn: Kalixpartiet\n"
                                "Ledamotens namn: Räisänen Mika\nRubrik\nBostäder åt ALLA",
                                ARG_PARK, "Vi yrkar därför:", "att fler bänkar ställs ut."))
    assert doc.title == "Bostäder åt ALLA"


def test_a_date_field_is_no_title() -> None:
    """"Motion" / "Datum: 2018-10-22" / …: a form's date field is no heading (nor its label
    left when the date is cut off)."""
    doc = tillit.parse(doc_text("Motion", "Datum: 2018-10-22", *_BENCHES, "Anna Andersson (V)"))
    assert doc.title is None
    assert doc.date == dt.date(2018, 10, 22)


@pytest.mark.parametrize(("group", "party"), [
    ("Gnosjö Socialdemokratiska kommunfullmäktigegrupp, genom", "S"),
    ("Kristdemokraternas fullmäktigegrupp genom", "KD"),
    ("Vänsterpartiets fullmäktigegrupp genom", "V"),
])
def test_a_group_named_by_its_partys_genitive_or_adjective_signs_through_its_members(
        group: str, party: str) -> None:
    """"<Party>s fullmäktigegrupp genom" / names: the group heading gives the names below
    their party, and is itself no signer."""
    doc = tillit.parse(doc_text(
        "Motion om cykelvägar", *_BENCHES, f"{group}\nMarkus Kauppinen och Bengt-Göran Johansson"))
    assert [(s.name, s.party.code if s.party else None) for s in doc.signatories] == [
        ("Markus Kauppinen", party), ("Bengt-Göran Johansson", party)]


def test_a_stamp_with_its_clock_time_gives_no_place() -> None:
    """"Kundcenter Östersund, 2020-07-03 08:31:22" (a case officer's comment on a portal) is
    a post's stamp, not a place-and-date line: no place."""
    doc = tillit.parse(doc_text(
        "Säkrare övergångsställe", "Mitt förslag är att kommunen målar ett övergångsställe vid "
        "skolan. Många barn går där varje dag.", "Kommentar från handläggare",
        "Kundcenter Östersund, 2020-07-03 08:31:22",
        "Har skickat vidare till förvaltningen för svar."))
    assert doc.place is None


def test_a_place_after_a_headings_full_stop_leaves_it_a_heading() -> None:
    """"Motion angående … cykelbro. – Kungsbacka": the dash sets a site's or place's tail
    apart; the line is a heading, not a paragraph of two sentences."""
    heading = "Motion angående etablering av en centralt belägen gång- och cykelbro"
    doc = tillit.parse(doc_text(f"{heading}. – Kungsbacka", *_BENCHES, "Anna Andersson (V)"))
    assert doc.title == f"{heading}."


@pytest.mark.parametrize("above", [
    "Jens Ohlsson", "Gunnar Parment, Robertsfors", "Stenungsunds kommunvapen",
    "Hoppa till innehåll Hoppa till meny\nLogo\nÖppna sök Sök", "Kommun och politik",
])
def test_an_author_a_coat_of_arms_skip_links_and_a_section_over_the_heading_are_no_title(
        above: str) -> None:
    """Lines a web page puts over a news item's heading: the author's name (with a place),
    the municipality's coat of arms, skip links run together, the site's section."""
    doc = tillit.parse(doc_text(
        above, "Socialdemokraterna går i opposition",
        "Under dagen har det blivit klart att kommunen får ett borgerligt minoritetsstyre. Vi "
        "kommer att fortsätta driva våra frågor i fullmäktige."))
    assert doc.title == "Socialdemokraterna går i opposition"


@pytest.mark.parametrize("lead", [
    "För mer information, kontakta:", "Mer information, kontakta gärna:",
    "För ytterligare information, vänligen kontakta:"])
def test_every_press_contact_under_a_lead_with_a_request_signs(lead: str) -> None:
    """Contacts under "För mer information, kontakta:", each with its e-mail and phone lines:
    every one is a sender, not only the last name block."""
    doc = tillit.parse(doc_text(
        "Pressmeddelande", "Nytt samarbete i Ed",
        "Partierna har kommit överens om ett nytt samarbete i kommunen.", lead,
        "Anna Berg (M)\nE-post: anna.berg@ed.se\nTelefon: 070-111 22 33",
        "Per Lind (C)\nE-post: per.lind@ed.se\nTelefon: 070-444 55 66"))
    assert [(s.name, s.party.code if s.party else None) for s in doc.signatories] == [
        ("Anna Berg", "M"), ("Per Lind", "C")]


def test_a_one_word_heading_over_one_sentence_paragraphs_is_the_title() -> None:
    """"Budget" over short paragraphs of one sentence each: the word is the heading (a
    section word stands over a heading, not over the text's first sentence)."""
    doc = tillit.parse(doc_text(
        "onsdag 29 oktober 2008", "Budget",
        "I dag har vi haft budget 2009 som huvudpunkt vid kommunstyrelsens sammanträde.",
        "Det skiljer 43 tkr mellan vårt och den borgerliga oppositionen.",
        "Men desto mer i ideologiskt innehåll. Det återkommer vi med vid kommunfullmäktige i "
        "november, när budgeten ska beslutas."))
    assert doc.title == "Budget"


def test_a_place_with_a_year_and_month_stands_without_a_date() -> None:
    """"Torsås 2014-04" is the signing place with a date that names no day: the place stands
    (and gives the municipality, not a city the argument names), the date is null."""
    doc = tillit.parse(doc_text(
        "Motion om bänkar", "Till kommunfullmäktige",
        "Parkerna i hela Malmö stad saknar bänkar och många äldre har svårt att vila. Det "
        "behövs fler bänkar.", "Jag yrkar", "att kommunen köper bänkar", "Torsås 2014-04",
        "Arne Jönsson (S)"))
    assert (doc.place, doc.date, doc.organisation) == ("Torsås", None, "Torsås kommun")


@pytest.mark.parametrize(("label", "number"), [
    ("Motion 12", "12"), ("Motion 7:2", "7:2"), ("MOTION 3", "3"), ("Motion 2017", None),
])
def test_a_motions_number_alone_is_no_title(label: str, number: str | None) -> None:
    """"Motion 7:2" over the heading (a congress's or council's list number) gives the number,
    and the heading below is the title; "Motion 2017" names a year, not a number."""
    doc = tillit.parse(doc_text(label, "Stoppa nedläggningen av skolan", *_BENCHES,
                                "Anna Andersson (V)"))
    assert (doc.title, doc.number) == ("Stoppa nedläggningen av skolan", number)


def test_a_short_kind_heading_ending_in_a_period_outranks_a_line_above() -> None:
    """"Min blogg" / "Motion om fri entré.": a heading that names its kind is the title, with
    its period, over a plain line a page put above it."""
    doc = tillit.parse(doc_text("Min blogg", "Motion om fri entré.", *_BENCHES,
                                "Anna Andersson (V)"))
    assert doc.title == "Motion om fri entré."


def test_a_long_paragraphs_last_sentence_leads_into_the_items() -> None:
    """PDF text runs the argument and the lead-in into one long paragraph: its last sentence
    ("Med anledning av detta föreslår vi att;") leads into the "-X" items below."""
    argument = " ".join(["Regionen bör ta ansvar för kostnaderna för sjukresor."] * 9)
    doc = tillit.parse(doc_text(
        "Motion om sjukresor", f"{argument} Med anledning av detta föreslår vi att;",
        "-Regionen höjer milersättningen.", "-Regionen slopar parkeringsavgifterna.",
        "Anna Berg (SD)"))
    assert [p.text for p in doc.proposals] == [
        "Regionen höjer milersättningen", "Regionen slopar parkeringsavgifterna"]


def test_a_signers_name_in_a_signing_stamp_is_no_place() -> None:
    """"Marianne Sandström, Sverigedemokraterna, 2022-03-08": a signer, her party and the
    date; the name is no place."""
    doc = tillit.parse(doc_text(
        "Motion om bänkar", "Till regionfullmäktige", *_BENCHES,
        "Marianne Sandström, Sverigedemokraterna, 2022-03-08"))
    assert (doc.place, doc.date) == (None, dt.date(2022, 3, 8))


@pytest.mark.parametrize("names", [
    "Nicke Grozdanovski och Hugo Grönlund", "Nicke Grozdanovski och  Hugo Grönlund",
    "Nicke Grozdanovski, Hugo Grönlund",
])
def test_names_listed_with_och_need_one_listed_first_name(names: str) -> None:
    """Names a "," or "och" sets apart on one line under a group heading: one listed first
    name ("Hugo") is evidence for the list, as in columns; an unlisted one ("Nicke") keeps
    its shape. (Not "Region Skåne och Anna Berg".)"""
    doc = tillit.parse(doc_text("Motion om mat", *_BENCHES, "För Vänsterpartiet i Emmaboda",
                                names))
    assert [(s.name, s.party.code if s.party else None) for s in doc.signatories] == [
        ("Nicke Grozdanovski", "V"), ("Hugo Grönlund", "V")]
    doc = tillit.parse(doc_text("Motion om mat", *_BENCHES, "För Vänsterpartiet i Emmaboda",
                                "Region Skåne och Anna Berg"))
    assert "Region Skåne" not in [s.name for s in doc.signatories]


def test_a_decisions_lead_in_is_no_proposal() -> None:
    """"Förslag till beslut" / "Nämnden beslutar att" / "1. avslå …": the lead-in opens the
    list as one ending in ":" does; the numbered decisions are the proposals."""
    doc = tillit.parse(doc_text(
        "TJÄNSTEUTLÅTANDE", "Gång- och cykelväg längs vägen", "Förslag till beslut",
        "Teknik- och fritidsnämnden beslutar att",
        "1. avslå medborgarförslaget med hänvisning till nedanstående motivering.",
        "2. uppdra åt förvaltningen att återkomma med en plan."))
    assert [p.text for p in doc.proposals] == [
        "avslå medborgarförslaget med hänvisning till nedanstående motivering",
        "uppdra åt förvaltningen att återkomma med en plan"]


@pytest.mark.parametrize(("signer", "party"), [
    ("Rolf Engström (FiA)", "FiA"), ("Rolf Engström (SPI)", "SPI"),
    ("Rolf Engström\nNya Moderaterna", "M"),
])
def test_a_local_partys_mixed_case_tag_and_a_former_party_name(signer: str, party: str) -> None:
    """A local party's tag in mixed case ("(FiA)") is the signer's own, not the party of the
    name above; "Nya Moderaterna" (2006–2017) is M."""
    doc = tillit.parse(doc_text(
        "Motion om cykelvägar", *_BENCHES, f"Isabell Korn (KD)\n{signer}"))
    assert [(s.name, s.party.code if s.party else None) for s in doc.signatories] == [
        ("Isabell Korn", "KD"), ("Rolf Engström", party)]


@pytest.mark.parametrize("above", [
    "KÄVLINGE.",
    "Catrin Tufvesson (S).\n\nCatrin Tufvesson (S). Foto: Kävlinge kommun/John Nordh",
    "Under sammanträdet togs motionen upp. Bilden är från ett tidigare möte. Foto: Anna Ek",
])
def test_a_newspapers_dateline_and_photo_caption_are_no_title(above: str) -> None:
    """A dateline in capitals ("KÄVLINGE.") and a photo caption with its credit (and the
    caption repeated above it) are the page's, not the item's heading."""
    heading = "S vill sätta press på Alliansen"
    first = (f"{heading}\n\n{above}" if above.isupper() else f"{above}\n\n{heading}")
    doc = tillit.parse(doc_text(
        first, "På kommunfullmäktiges sammanträde i måndags lade Socialdemokraterna elva "
        "motioner. Förhoppningen är att de ska få gehör för några av dem."))
    assert doc.title == heading


def test_a_dated_sentence_before_the_argument_does_not_date_the_document() -> None:
    """"Centerpartiet lämnade in en motion 2013-11-07: …" above the argument tells of an
    event; the date line over the signature is the document's."""
    doc = tillit.parse(doc_text(
        "Interpellation: Vad görs för giftfri förskola?",
        "Till Barn- och utbildningsnämndens ordförande Annika Eriksson:",
        "Centerpartiet lämnade in en motion 2013-11-07: ”Giftfri vardag kräver handling”.",
        "Under våren 2014 gjordes en kartläggning av kemiska hälsorisker på fyra förskolor i "
        "kommunen, men därefter har inget hänt trots att pengar finns avsatta i budgeten.",
        "1. Hur används pengarna 2017?", "2017-10-29", "Ingalill Fredriksson (C)"))
    assert doc.date == dt.date(2017, 10, 29)


@pytest.mark.parametrize("wrap", [
    "verkar för att\nmark iordningställs för kolonilotter med byggrätt\nalt. utvecklar",
    "verkar för att mark\niordningställs för kolonilotter med\nbyggrätt alt. utvecklar",
])
def test_an_att_sats_typed_one_sentence_a_line_goes_on_where_its_line_breaks_off(
        wrap: str) -> None:
    """A text typed one sentence per line, no blank lines: the inline att-sats's line ends
    mid-sentence, so the wrapped lines after it are the rest of the same att-sats."""
    text = "\n".join([
        "Motion om kolonilotter", "Till kommunfullmäktige i Lindesberg",
        "Intresset för närodlade livsmedel ökar stadigt.",
        "Kolonilotter främjar hälsa och friskvård.",
        "Det finns också sociala och ekonomiska vinster att göra.",
        f"Vi föreslår därför att kommunen {wrap} de områden som redan finns.",
        "Lindesberg den 29 november 2019", "Ingrid Åberg (KD)"]) + "\n"
    doc = tillit.parse(text)
    assert [p.text for p in doc.proposals] == [
        "kommunen verkar för att mark iordningställs för kolonilotter med byggrätt alt. "
        "utvecklar de områden som redan finns"]
    assert all(text[p.span.start:p.span.end].startswith("kommunen") for p in doc.proposals)


@pytest.mark.parametrize(("body", "county", "organisation"), [
    ("regionfullmäktige", "Västra Götaland", "Västra Götalandsregionen"),
    ("landstingsfullmäktige", "Värmland", "Region Värmland"),
])
def test_a_regional_body_and_a_county_opening_a_sentence_give_the_region(
        body: str, county: str, organisation: str) -> None:
    """The regional body may be named as the council ("möte i regionfullmäktige"), and a
    county mention may open a sentence ("I Västra Götaland finns …")."""
    item = ("Framgångar för oss i fullmäktige",
            f"Vi hade ett långt möte i {body} igår. I {county} finns en ny ledning.",
            f"Efter gårdagens debatt står det klart vem som styr i {county}.")
    assert tillit.parse(doc_text(*item)).organisation == organisation
    other = (item[0], item[1].replace(f"i {body}", "i huset"), item[2])
    assert tillit.parse(doc_text(*other)).organisation is None


@pytest.mark.parametrize(("branch", "organisation"), [
    ("Liberalerna Botkyrka", "Botkyrka kommun"), ("Vänsterpartiet Höganäs", "Höganäs kommun"),
])
def test_a_party_branch_named_without_i_names_the_organisation(
        branch: str, organisation: str) -> None:
    """"Liberalerna Botkyrka har drivit frågan …": a party followed by a municipality's name
    is its branch there (CONVENTIONS: "Vänsterpartiet Höganäs"), as "i Botkyrka" is."""
    doc = tillit.parse(doc_text(
        "Vi vill se fler arbetsplatser i kommunen. Det skapar integration och ett ökat värde.",
        f"Det är mot den bakgrunden som {branch} har drivit frågan om två mindre kommunhus. "
        "Därför står vi bakom dagens beslut.", "Lars Johansson (L)"))
    assert doc.organisation == organisation


def test_a_branch_in_a_riksdag_motion_or_a_letterhead_names_no_organisation() -> None:
    """The Riksdag has no organisation, whatever branch the text names ("Vänsterpartiet
    Lund" in the argument or a letterhead footer); a footer is the sender's, not the text's."""
    doc = tillit.parse(
        "Motion till riksdagen 2022/23:1234\nav Anna Berg (V)\n\nFler bänkar på stationerna\n\n"
        "Förslag till riksdagsbeslut\n\nRiksdagen ställer sig bakom det som anförs i motionen om "
        "bänkar på stationer och tillkännager detta för regeringen.\n\nMotivering\n\n"
        "Vänsterpartiet Lund har länge drivit frågan. Många resenärer saknar bänkar.\n\n"
        "Anna Berg (V)\n\nVänsterpartiet Lund, Box 123, 221 00 Lund\n"
        "Telefon 046-12 34 56 · lund@vansterpartiet.se\n")
    assert (doc.body, doc.organisation) == ("riksdagen", None)


@pytest.mark.parametrize(("signature", "name", "role"), [
    ("Kommunalråd Anna Berg (S)", "Anna Berg", "Kommunalråd"),
    ("Gruppledare Per Holm (V)", "Per Holm", "Gruppledare"),
    ("Ordförande Henrik Thunes", "Henrik Thunes", "Ordförande"),
    ("Anna Berg (S)\nKommunalråd", "Anna Berg", "Kommunalråd"),
])
def test_an_office_before_the_name_is_its_role(signature: str, name: str, role: str) -> None:
    """An office written before the name ("Kommunalråd Anna Berg (S)") is the signer's role:
    the name is as printed without it."""
    doc = tillit.parse(doc_text("Motion om fler bänkar", ARG_PARK, "Vi yrkar därför",
                                "att fler bänkar ställs ut", signature))
    assert [(s.name, s.role) for s in doc.signatories] == [(name, role)]


def test_a_place_glued_to_the_next_line_by_a_scraper() -> None:
    """"Till kommunfullmäktige i DanderydInterpellation till …": a scraper glued the heading
    to the addressee line; the listed municipality ends the place, the heading starts there."""
    text = ("Till kommunfullmäktige i DanderydInterpellation till kommunstyrelsens ordförande "
            "angående fler bänkar.\n\n" + ARG_PARK + "\n\nVarför dröjer bänkarna?\n\n"
            "Anna Berg (C)\n")
    doc = tillit.parse(text)
    assert (doc.kind, doc.organisation, doc.title) == (
        "interpellation", "Danderyds kommun",
        "Interpellation till kommunstyrelsens ordförande angående fler bänkar.")
    org = doc.spans["organisation"]
    assert text[org.start:org.end] == "Danderyd"



def test_a_meeting_report_is_headed_by_the_meeting() -> None:
    """"Kommunfullmäktige 16 september 2019" over a party's report from the meeting, and no
    other heading: the meeting line is the title, its date kept."""
    doc = tillit.parse("Kommunfullmäktige 16 september 2019\n\nTre av våra motioner var uppe "
                       "till behandling. " + ARG_PARK + "\n\nVåra två representanter talade "
                       "flitigast. " + ARG_PARK + "\n")
    assert doc.title == "Kommunfullmäktige 16 september 2019"
    assert doc.date == dt.date(2019, 9, 16)


@pytest.mark.parametrize("site", ["Sverigedemokraterna i Region Skåne", "Vänsterpartiet Lund"])
def test_a_meeting_report_titled_by_its_page_title_and_heading(site: str) -> None:
    """"Regionfullmäktige 3 dec 2019 | Sverigedemokraterna i Region Skåne" over the heading
    again and a photo's caption ("Anna Berg i talarstolen"): the meeting is the title, the
    speaker in the caption signs nothing."""
    doc = tillit.parse(f"Regionfullmäktige 3 dec 2019 | {site}\n\nRegionfullmäktige 3 dec "
                       "2019\n\nAnna Berg i talarstolen\n\nDagens möte hade få ärenden. "
                       + ARG_PARK + "\n\nPer Holm i talarstolen\n\n" + ARG_PARK + "\n")
    assert doc.title == "Regionfullmäktige 3 dec 2019"
    assert doc.date == dt.date(2019, 12, 3)
    assert doc.signatories == ()


@pytest.mark.parametrize(("line", "signed"), [
    ("Anna Berg i talarstolen", []),
    ("Anna Berg i Lund", [("Anna Berg", None)]),
    ("Anna Berg i kommunfullmäktige", [("Anna Berg", "i kommunfullmäktige")]),
])
def test_a_name_before_a_lower_case_place_of_a_room_is_no_signature(
        line: str, signed: list[tuple[str, str | None]]) -> None:
    """"i talarstolen" after a name is where a photo shows the speaker, not an office; "i Lund"
    is the signer's home, "i kommunfullmäktige" the seat."""
    doc = tillit.parse(doc_text("Fler bänkar i parken", ARG_PARK, line))
    assert [(s.name, s.role) for s in doc.signatories] == signed


@pytest.mark.parametrize(("preamble", "proposals"), [
    ("Vänsterpartiet har lämnat en motion om bänkar. I motionen föreslås följande:", []),
    ("I vår motion yrkar vi därför:", []),
    ("Anna Berg (V) yrkar i motionen att", ["tekniska nämnden ställer ut fler bänkar",
                                           "nämnden inventerar bänkarna"]),
])
def test_a_list_under_a_report_of_a_motion_is_none_of_its_proposals(
        preamble: str, proposals: list[str]) -> None:
    """"I motionen föreslås följande:" over a list reports another text's proposals; a
    register's "X yrkar i motionen att" over the list gives the motion's own."""
    doc = tillit.parse(doc_text("Fler bänkar i parken", ARG_PARK, preamble,
                                "  • tekniska nämnden ställer ut fler bänkar\n"
                                "  • nämnden inventerar bänkarna"))
    assert [p.text for p in doc.proposals] == proposals


@pytest.mark.parametrize(("head", "title"), [
    (["Interpellation till tekniska nämndens ordförande Per Holm angående hastigheten på "
      "Storgatan", "Boende i Lund lever farligt i trafiken bland annat på Storgatan."],
     "Interpellation till tekniska nämndens ordförande Per Holm angående hastigheten på "
     "Storgatan"),
    (["Enkel fråga", "Enkel fråga till Per Holm och/eller Eva Ek",
      "Ett rikligt utbud av arrangemang gör kommunen attraktiv och intressant."],
     "Enkel fråga till Per Holm och/eller Eva Ek"),
    (["tisdag 29 april 2014", "Skateboardramper", "Motion till kommunfullmäktige",
      "Lunds kommun ska vara en kommun i samhällets framkant och attraktiv för alla."],
     "Skateboardramper"),
    # (a heading of its own above the addressee stays the title, full stop and all)
    (["Interpellation: Att kalla sig regionråd fast man inte har rätt till det.",
      "Interpellation till regionstyrelsens ordförande Per Holm (S)"],
     "Att kalla sig regionråd fast man inte har rätt till det."),
])
def test_a_sentence_under_the_addressee_line_is_argument(head: list[str], title: str) -> None:
    """Under "Interpellation till X angående Y" (no heading of its own) or under a kind line
    below the heading, the argument's first sentence, a paragraph of one line, is no heading:
    the addressee line or the heading is the title."""
    doc = tillit.parse(doc_text(*head, ARG_PARK, "Vill du verka för lägre hastighet?",
                                "Anna Berg (V)"))
    assert doc.title == title


def test_a_one_word_heading_over_a_numbered_line_stays_the_title() -> None:
    """"Trafiksäkerhet" over "1 Åtgärder för att …" (a table of contents): the one word is the
    heading, not a category over it."""
    doc = tillit.parse(doc_text("Trafiksäkerhet", "1 Åtgärder för att styra utvecklingen",
                                ARG_PARK, "Anna Berg (V)"))
    assert doc.title == "Trafiksäkerhet"


def test_a_meeting_of_two_days_heads_its_report() -> None:
    """"Regionfullmäktige 19-20 nov 2019": the day range stays whole in the title."""
    doc = tillit.parse("Regionfullmäktige 19-20 nov 2019\n\nTre av våra motioner var uppe "
                       "till behandling. " + ARG_PARK + "\n")
    assert doc.title == "Regionfullmäktige 19-20 nov 2019"


REGISTER_ARGUMENT = ("Parken saknar bänkar och många äldre kan inte vila där. Kommunen har "
                     "fått frågan flera gånger utan att svara.")


def test_a_register_templates_empty_fields_are_no_title() -> None:
    """A council's motion register prints its template's fields empty ("(Sida )", "Kf §")
    above the heading; "Ställd:" dates the motion and "Motionären är …" names its signers."""
    doc = tillit.parse(
        "Kommunfullmäktige  (Sida )\n\nKf §   KS \n\n\nStälld: 2022-01-20  (Kf §5 )\n\n"
        "Fler bänkar i Stadsparken\n\n\nKommunfullmäktiges beslutMotionen:\n\n"
        "Motionären är Anna Berg, Per Holm och Eva Ek\n\n\nBakgrund\n\n"
        f"{REGISTER_ARGUMENT}\n\n\nYrkande:\n\n  • Fler bänkar ställs ut i Stadsparken.")
    assert (doc.title, doc.date) == ("Fler bänkar i Stadsparken", dt.date(2022, 1, 20))
    assert [s.name for s in doc.signatories] == ["Anna Berg", "Per Holm", "Eva Ek"]


def test_tagged_signers_above_the_proposals_sign() -> None:
    """A register page that prints "Yrkande:" and its att-satser under the signers: the tagged
    names above them are the signatories; untagged names there are not taken."""
    text = ("Fler bänkar i Stadsparken\n\nInlämningsdatum: 2022-01-20 |\n\n"
            f"{REGISTER_ARGUMENT}\n\nAnna Berg ( C )\nPer Holm ( FP )\n\n"
            "Yrkande:\n  • att fler bänkar ställs ut i Stadsparken.")
    doc = tillit.parse(text)
    assert [(s.name, s.party.code if s.party else None) for s in doc.signatories] == [
        ("Anna Berg", "C"), ("Per Holm", "L")]
    untagged = tillit.parse(text.replace(" ( C )", "").replace(" ( FP )", ""))
    assert untagged.signatories == ()


INTERPELLATION_BODY = ("\n\nCykelvägarna i Lund är i dåligt skick och många cyklister har skadats "
                       "under året.\n\nMina frågor är:\n\n1. När lagas vägarna?\n\n"
                       "Lund den 4 mars 2020\n\nErik Nilsson (V)\n")


@pytest.mark.parametrize(("head", "title"), [
    pytest.param("Interpellation till kommunstyrelsens ordförande\nAnna Berg (S) angående "
                 "cykelvägarna", "Interpellation till kommunstyrelsens ordförande Anna Berg (S) "
                 "angående cykelvägarna", id="cut-before-the-addressees-name"),
    pytest.param("Interpellation till kommunstyrelsens ordförande Anna\nBerg (S) angående "
                 "cykelvägarna", "Interpellation till kommunstyrelsens ordförande Anna Berg (S) "
                 "angående cykelvägarna", id="cut-inside-the-addressees-name"),
    pytest.param("Motion till kommunfullmäktige om att bygga fler cykelvägar\ni Lunds kommun",
                 "Motion till kommunfullmäktige om att bygga fler cykelvägar i Lunds kommun",
                 id="addressee-and-subject-cut-before-a-lower-case-tail"),
])
def test_a_hard_wrapped_addressee_heading_is_one_title(head: str, title: str) -> None:
    """A PDF's heading wrapped over two lines: the addressee line goes on with the addressee's
    name and the subject, or with the subject's lower-case tail."""
    assert tillit.parse(head + INTERPELLATION_BODY).title == title


@pytest.mark.parametrize(("head", "title"), [
    pytest.param("Motion om att bygga fler cykelvägar i\nLunds kommun och att laga\nde gamla "
                 "vägarna", "Motion om att bygga fler cykelvägar i Lunds kommun och att laga de "
                 "gamla vägarna", id="a-heading-wrapped-over-three-lines-is-one"),
    pytest.param("Publicerad 2020-03-02 av Anna Berg, som skriver om\ncykelvägarna i Lund "
                 "och deras skick\n\nFler cykelvägar i Lund", "Fler cykelvägar i Lund",
                 id="the-lower-case-tail-of-a-line-passed-over"),
])
def test_hard_wrapped_lines_are_read_whole(head: str, title: str) -> None:
    """A PDF's wraps: a heading wrapped over several lines is one title, and the lower-case
    tail of a wrapped line heads nothing of its own."""
    assert tillit.parse(head + INTERPELLATION_BODY).title == title


@pytest.mark.parametrize(("head", "title"), [
    pytest.param("Motion från Vänsterpartiet Lund\n\nFler cykelvägar", "Fler cykelvägar",
                 id="a-motion-from-a-party-branch-over-its-heading"),
    pytest.param("Pressmeddelande från Region Skåne\n\nFler cykelvägar i Skåne",
                 "Fler cykelvägar i Skåne", id="a-release-from-an-organisation-over-its-heading"),
    pytest.param("Motion från Vänsterpartiet Lund", "Motion från Vänsterpartiet Lund",
                 id="a-kind-and-sender-with-no-heading-below-is-the-title"),
])
def test_a_kind_line_naming_only_the_sender_gives_way_to_the_heading(head: str,
                                                                       title: str) -> None:
    """"Motion från <sender>" names the kind and who sends it, no subject: the heading under
    it is the title, and the line itself only where no heading follows."""
    doc = tillit.parse(f"{head}\n\n{REGISTER_ARGUMENT}\n\nVi yrkar\n\natt fler cykelvägar "
                       "byggs\n\nAnna Berg (V)\n")
    assert doc.title == title


def test_a_byline_with_the_authors_office_is_no_title() -> None:
    """"Av Anna Berg (V), gruppledare" above a release's heading is its byline, not its
    heading (a byline's office after a comma, as under a heading)."""
    doc = tillit.parse("Av Anna Berg (V), gruppledare\n\nVänsterpartiet kräver fler cykelvägar"
                       "\n\nVänsterpartiet i Lund lämnar i dag in en motion om fler cykelvägar i "
                       "kommunen.\n\n– Det är dags nu, säger Per Holm (V), kommunalråd.\n")
    assert (doc.kind, doc.title) == ("press_release", "Vänsterpartiet kräver fler cykelvägar")
