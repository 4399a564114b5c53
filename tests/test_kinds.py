"""Document kind conventions, one table row per convention.

Every row is a small invented text in the shape of a genre and the kind a careful reader gives
it. Only the public API is used: ``tillit.parse(text).kind`` and ``kind_evidence``.
"""

from __future__ import annotations

import datetime as dt

import pytest

import tillit

_PROSE = ("Kommunen har under flera år sett hur behovet har vuxit i alla stadsdelar. Det är "
          "dags att göra något åt saken innan det blir för sent för de som bor där.")

# (id, text, kind, a word the deciding evidence must contain)
KIND_ROWS: list[tuple[str, str, str, str]] = [
    # E-petition portals: field labels of the signature collection decide, not any heading.
    ("portal-labels-alone",
     f"Bygg en hundrastgård i Norrby\n\nInlämnad av:\n\nKarin Berg, 2023-03-01 10:12\n\n"
     f"Slutdatum:\n\n2023-06-01\n\n{_PROSE}\n",
     "citizen_proposal", "Slutdatum"),
    ("portal-labels-with-values",
     f"Fler bänkar längs ån\n\nBeskrivning\n\n{_PROSE}\n\nStatus: Ej inlämnad\n\n"
     "Förslagsställare: Olle Ek\n\nStartdatum: 2022-01-10\n",
     "citizen_proposal", "Förslagsställare"),
    ("portal-word-and-label",
     f"Belysning vid skolan\n\n{_PROSE}\n\nDirektlänk till e-förslaget\n\n"
     "Slutdatum\n\n2021-09-30\n",
     "citizen_proposal", "Slutdatum"),
    ("e-förslag-heading",
     f"E-förslag: Belysning vid skolan\n\n{_PROSE}\n\nOlle Ek\n",
     "citizen_proposal", "E-förslag"),
    ("invånarförslag-heading",
     f"Invånarförslag om belysning vid skolan\n\n{_PROSE}\n\nOlle Ek\n",
     "citizen_proposal", "Invånarförslag"),
    # One label is not a portal: a motion register entry has "Inlämnad av" too.
    ("one-weak-label-is-no-portal",
     f"Motion om belysning\n\nInlämnad av: Olle Ek (S)\n\n{_PROSE}\n\n"
     "Jag föreslår att kommunfullmäktige beslutar\n\natt belysning sätts upp vid skolan\n",
     "motion", "Motion"),
    # A bare kind line glued to the first paragraph (no blank line) still names the kind.
    ("glued-interpellation-line",
     f"När blir belysningen klar?\n\nInterpellation\nTill kommunstyrelsens ordförande Eva Ek (S)"
     f"\n{_PROSE}\n\nNär blir belysningen klar?\n\nOlle Ek (M)\n",
     "interpellation", "Interpellation"),
    # A hard-wrapped sentence that opens with the kind word is no heading: its first line is
    # short and has no sentence end, as a glued heading would.
    ("wrapped-sentence-opening-with-kind-word",
     "Skolans lokaler\n\nInterpellation om lokalerna har vi väckt flera gånger i\n"
     "fullmäktige utan att någon har svarat oss på det som frågades. Nu har vi tröttnat och\n"
     "vänder oss till föräldrarna i stället. De har länge sett hur lokalerna förfaller.\n",
     "unknown", ""),
    # A plural kind heading that reads as a phrase heads a page listing documents.
    ("listing-page",
     "Motioner till kommunfullmäktige\n\nHär kan du se vilka motioner som har lämnats in och "
     "vilka av dem som fullmäktige har bifallit under året som gått.\n\n"
     "Moderaterna (M)\n\nPDF Motion (M) Fler bänkar.pdf\n\n"
     "Liberalerna (L)\n\nPDF Motion (L) Bättre skolmat.pdf\n",
     "unknown", "Motioner"),
    ("listing-heading-over-one-motion",
     "Motioner till kommunfullmäktige\n\nMotion om fler bänkar\n\n"
     f"{_PROSE}\n\nJag föreslår\n\natt fler bänkar sätts upp längs ån\n\nOlle Ek (M)\n",
     "motion", "Motioner"),
    # A bare category label "Motioner" above one motion is the site's category, not a list.
    ("category-label-over-one-motion",
     f"Motioner\n\nFler bänkar längs ån\n\n{_PROSE}\n\nOlle Ek (M)\n",
     "motion", "Motioner"),
    # A site section of two kinds above one motion: the motion's own addressee line decides.
    ("section-of-two-kinds-over-one-motion",
     "Motioner & Interpellationer\n\nFler bänkar längs ån\n\nMotion till Sandvikens "
     f"kommunfullmäktige angående fler bänkar\n\n{_PROSE}\n\nOlle Ek\nVänsterpartiet\n",
     "motion", "Motion till"),
    # A register page that shows the motion with the body's decision on it.
    ("decision-on-the-motion-under-its-heading",
     "Kommunfullmäktige 2023-09-11\n\nMotion om fler bänkar\n\nKommunfullmäktiges beslut\n\n"
     f"Kommunfullmäktige beslutar att avslå motionen.\n\n{_PROSE}\n\nYrkande:\n\n"
     "att fler bänkar sätts upp längs ån\n",
     "unknown", "beslutar att avslå motionen"),
    ("motion-declared-answered-under-its-heading",
     "Motion om regional samverkan\n\nAnna Berg (SD) har i en motion till regionfullmäktige "
     f"föreslagit ett utökat samarbete. {_PROSE}\n\nBeslut:\n\n"
     "Regionfullmäktige beslutar att motionen är besvarad.\n",
     "unknown", "beslutar att motionen är besvarad"),
    ("decision-label-before-the-formula",
     "Motion om gemensam patientnämnd\n\nAnna Berg (SD) har föreslagit en gemensam nämnd. "
     f"{_PROSE}\n\nBeslut: Regionfullmäktige beslutar att motionen avslås.\n",
     "unknown", "beslutar att motionen avslås"),
    # A register entry's decision field ("Beslut: Avslag", "Status: Besvarad") likewise ...
    *((f"register-entry-{label.split(':')[0].casefold().replace(' ', '-')}-field",
       "Motion om fler bänkar\n\nDiarienummer: KS 2022/12\nInlämnad: 2022-01-02\n"
       f"{label}\n\n{_PROSE}\n\nJag yrkar\n\natt fler bänkar sätts upp längs ån\n\n"
       "Olle Ek (M)\n",
       "unknown", label.split(":")[0])
      for label in ("Beslut: Avslag", "Status: Besvarad", "Riksdagens beslut: Bifall")),
    # ... but a register entry whose status is no decision shows the motion itself.
    ("register-entry-undecided-status",
     "Motion om fler bänkar\n\nDiarienummer: KS 2022/12\nInlämnad: 2022-01-02\n"
     f"Status: Under beredning\n\n{_PROSE}\n\nJag yrkar\n\natt fler bänkar sätts upp "
     "längs ån\n\nOlle Ek (M)\n",
     "motion", "att-satser"),
    # A party's news item that retells its motion's proposal ("I motionen yrkar vi att …") has
    # no proposal of its own: it is no motion.
    ("news-item-retelling-a-motion's-proposal",
     f"Vi vill ha fler bänkar längs ån\n\n{_PROSE}\n\nI motionen yrkar vi att fler bänkar "
     "sätts upp längs ån.\n\nOlle Ek (M)\n",
     "unknown", ""),
    # A party telling its news in the third person, in a heading or its first paragraph ...
    ("party-news-third-person-first-paragraph",
     f"Omförhandla avtalen med Folkets Hus\n\nModeraterna anser inte att kommunen ska "
     f"subventionera en enda aktör.\n\n{_PROSE}\n\nKlicka här för att ladda ner motionen.\n",
     "press_release", "Moderaterna anser"),
    ("party-news-heading-party-vill",
     f"Inrätta äldreomsorgsnämnd\n\nSocialdemokraterna vill starta äldreomsorgsnämnd i Mark\n\n"
     f"{_PROSE}\n\nSidan uppdaterades senast: 2012-06-18 16:21\n",
     "press_release", "Socialdemokraterna vill"),
    # ... or speaking of its own motions from outside them.
    ("party-news-our-motions",
     f"Kommunfullmäktige 16 september 2019\n\nTre av våra motioner var uppe till behandling. "
     f"{_PROSE}\n\nVår motion om ett energibolag behandlades summariskt.\n",
     "press_release", "våra motioner"),
    # A page headed like a motion that only reports one in the past tense.
    ("news-item-past-tense-motionerade",
     "Motion om folkomröstning | Sverigedemokraterna Uppland\n\nMotion om folkomröstning\n\n"
     "På det senaste landstingsfullmäktige motionerade Sverigedemokraternas landstingsråd Anna "
     f"Berg om en folkomröstning.\n\n{_PROSE}\n",
     "press_release", "motionerade"),
    # A request to refer a matter back is a yrkande in a meeting, no motion.
    ("request-to-refer-back",
     "Begäran om återremiss av vår motion om kameror\n\nKarlskoga 2018-02-27\n\n"
     f"{_PROSE}\n\nVi yrkar därför att ärendet återremitteras.\n\nOlle Ek, "
     "Sverigedemokraterna\n",
     "unknown", "Begäran om återremiss"),
    # A party's archive page of its motions lists them.
    ("motion-archive-page",
     "• Hem\n  • Motionsarkiv\n\nMotionsarkiv\n\nHär samlar vi våra motioner.\n\n2023\n\n"
     "Vi har lagt en motion om ljusföroreningar.\n\nMotion Ljusföroreningar\n\n"
     "Vår motion om skolskjuts avslogs.\n\nMotion om skolskjuts\n",
     "unknown", "Motionsarkiv"),
    # A party's news about a motion it lodged, headed like the motion, without its att-satser.
    ("news-item-reporting-a-motion",
     "Motion – Fler bänkar längs ån | Vänsterpartiet Lund\n\nMotion – Fler bänkar längs ån\n\n"
     f"Vänsterpartiet har lämnat in en motion till kommunfullmäktige om fler bänkar.\n\n{_PROSE}\n",
     "press_release", "har lämnat in en motion"),
    # The Riksdag's open-data text: byline, then "till <minister>" in lower case: addressed to
    # an office, as "Till socialministern" (whether a written question or an interpellation,
    # the text does not say; the office address reads as an interpellation).
    ("open-data-questions-to-a-minister",
     "av Anna Berg (S)\ntill statsrådet Per Holm (KD)\n"
     f"{_PROSE}\nJag vill därför fråga statsrådet:\n"
     "1. Vilka åtgärder avser statsrådet att vidta?\n2. När kommer de?\n",
     "interpellation", "till statsrådet"),
    # A decision record: the att-satser are the body's decision, not a motion's.
    ("decision-heading",
     "Beslut i kommunfullmäktige om motion om fler bänkar\n\n"
     f"{_PROSE}\n\nKommunfullmäktige beslutar i enlighet med kommunstyrelsens förslag\n\n"
     "att bifalla motionen\n",
     "unknown", "Beslut i"),
    ("decision-formula",
     "Fler bänkar längs ån\n\nFöredras kommunstyrelsens förslag i ärende nr 4 angående motion "
     "från Olle Ek (M) om fler bänkar.\n\n"
     "Landstinget beslutar i enlighet med förvaltningsutskottets förslag\n\n"
     "att uppdra åt förvaltningsutskottet att utreda frågan\n",
     "unknown", "beslutar i enlighet med"),
    ("protocol-extract",
     f"Protokollsutdrag\n\nKommunfullmäktige 2021-03-04\n\n{_PROSE}\n\n"
     "att bifalla motionen\n",
     "unknown", "Protokollsutdrag"),
    # A party telling its own news is a press release (a news item of the party).
    ("party-site-page-title",
     "Budgetdebatt i fullmäktige | Vänsterpartiet Norrby\n\nBudgetdebatt i fullmäktige\n\n"
     "Igår debatterades budgeten i kommunfullmäktige under hela dagen. Flera av våra "
     "ledamöter gick upp i talarstolen och lyfte skolan.\n",
     "press_release", "party site"),
    ("party-branch-site-with-i",
     "Nytt kommunalråd | Centerpartiet i Norrby\n\nNytt kommunalråd\n\n"
     "Kommunfullmäktige valde på måndagen ett nytt kommunalråd efter en lång debatt om "
     "ekonomin. Valet blev klart sent på kvällen.\n",
     "press_release", "party site"),
    ("party-site-dash-separator",
     "Ny förskola i Norrby – Socialdemokraterna i Norrby\n\nNy förskola i Norrby\n\n"
     "Kommunen bygger nu en ny förskola i Norrby. Den ska stå klar om två år och ge plats "
     "för hundra barn.\n",
     "press_release", "party site"),
    ("we-past-tense-heading",
     "Därför röstade vi nej till budgeten\n\nBudgeten innehåller för lite pengar till skolan. "
     "Det drabbar barnen i kommunen under många år framåt.\n",
     "press_release", "röstade vi"),
    ("we-reported-past-tense",
     "Gårdagens möte i tekniska nämnden\n"
     "Vi reserverade oss mot beslutet om nya taxor eftersom underlaget var bristfälligt. "
     "Tyvärr fick vi inget stöd från de andra partierna.\n",
     "press_release", "Vi reserverade"),
    ("inverted-we-past-tense",
     "Lång dag i regionfullmäktige\n\nBland annat debatterade vi budgeten i flera timmar. "
     "Det blev en bra dag för oss och för regionens invånare.\n",
     "press_release", "debatterade vi"),
    ("we-in-the-party",
     "Första mötet\n\nIdag samlades den nya fullmäktigegruppen för första gången. Vi i "
     "Moderaterna Norrby ser fram emot fyra år av arbete för kommunen.\n",
     "press_release", "Vi i Moderaterna"),
    ("party-did-heading",
     "KD RÖSTADE NEJ TILL NYA TAXOR\nPå fullmäktiges sammanträde yrkade KD avslag på "
     "förslaget om höjda taxor. Övriga partier röstade för.\n",
     "press_release", "party heading"),
    # On a party's site its motions and interpellations keep their kind.
    ("motion-on-party-site",
     "Fler bänkar längs ån | Vänsterpartiet Norrby\n\nFler bänkar längs ån\n\n"
     "Förra året röstade vi för en ny plan för parkerna. Den har inte genomförts.\n\n"
     "Vi föreslår därför kommunfullmäktige\n\natt fler bänkar sätts upp längs ån\n\n"
     "Anna Berg (V)\n",
     "motion", "att-satser"),
    ("interpellation-on-party-site",
     "Interpellation om parkerna | Vänsterpartiet Norrby\n\n"
     "Interpellation till kommunstyrelsens ordförande\n\nFörra året beslutade vi en ny plan "
     "för parkerna. Den har inte genomförts.\n\nNär genomförs planen?\n\nAnna Berg (V)\n",
     "interpellation", "Interpellation"),
    # A newspaper writes about a party: its attributed quotes and "vi" in them are no release.
    ("newspaper-with-quote",
     "Annons\n\nFler motioner från Vänsterpartiet\n\nVänsterpartiet lämnade idag in två "
     "motioner om skolan och om äldreomsorgen i kommunen.\n\n"
     "– Vi vill visa att det finns många idéer, säger Anna Berg, gruppledare.\n\nAnnons\n",
     "unknown", "newspaper"),
    ("newspaper-present-tense-headline",
     "SD vill att regionen stoppar vargen\n\nSverigedemokraterna har skrivit en motion till "
     "regionfullmäktige. I motionen vill partiet att regionen verkar mot vargen.\n"
     "– Det väger tungt, menar hon.\n",
     "unknown", ""),
    # Addressed to a person's office, with questions and no att-satser: an interpellation
    # that never uses the word; the address line is no title.
    ("office-addressee-with-questions",
     f"Till kommunstyrelsens ordförande Eva Ek (S)\n\nBelysning vid skolan\n\n{_PROSE}\n\n"
     "Med anledning av detta vill jag fråga:\n\n1. När blir belysningen klar?\n\n"
     "Olle Ek (M)\n",
     "interpellation", "ordförande"),
    ("office-addressee-minister",
     f"Till socialministern\n\nVården i glesbygd\n\n{_PROSE}\n\n"
     "Vad avser ministern att göra?\n\nOlle Ek (M)\n",
     "interpellation", "socialministern"),
    # An office addressee over att-satser is a motion's recipient line.
    ("office-addressee-with-att-satser",
     f"Till kommunstyrelsens ordförande\n\nBelysning vid skolan\n\n{_PROSE}\n\n"
     "Jag föreslår att kommunfullmäktige beslutar\n\natt belysning sätts upp\n\nOlle Ek (M)\n",
     "motion", ""),
    # A Riksdag question names its kind only by "Fråga" before its number.
    ("riksdag-numbered-question",
     "Fråga 2012/13:123 av Olle Ek (S) till statsrådet Eva Ek (M)\n\nBelysning vid vägar\n\n"
     f"{_PROSE}\n\nVad avser statsrådet att göra?\n",
     "question", "Fråga"),
    # ... or, on riksdagen.se, by "Fråga" alone over the number and title (a bare "Fråga" not
    # followed by a number is no kind heading).
    ("riksdag-question-word-over-its-number",
     "den 28 juli\n\nFråga\n\n2010/11:642 Belysning vid vägar\n\nav Olle Ek (S)\n\n"
     f"till statsrådet Eva Ek (M)\n\n{_PROSE}\n\nVad avser statsrådet att göra?\n",
     "question", "Fråga"),
    # Answers, officers' reports, counter-proposals, committee reports and protocols carry
    # att-satser too; their heading says they are none of tillit's kinds.
    ("answer-to-a-motion",
     f"Svar på motion om fler bänkar\n\n{_PROSE}\n\nFörslag till beslut\n\n"
     "Kommunfullmäktige beslutar\n\natt avslå motionen\n",
     "unknown", "Svar på motion"),
    ("officers-report",
     f"Tjänsteskrivelse\n\nMotion om fler bänkar\n\n{_PROSE}\n\nFörslag till beslut\n\n"
     "att avslå motionen\n",
     "unknown", "Tjänsteskrivelse"),
    ("amendment",
     f"Ändringsyrkande\n\nÄrende 5\n\n{_PROSE}\n\nVi yrkar\n\natt fler bänkar ställs ut\n\n"
     "Olle Ek (M)\n",
     "unknown", "Ändringsyrkande"),
    ("committee-report",
     f"Betänkande 2021/22:TU5\n\n{_PROSE}\n\nUtskottets förslag till riksdagsbeslut\n\n"
     "att riksdagen avslår motionerna\n",
     "unknown", "Betänkande"),
    # A protocol's numbered paragraph over a decision is a decision record ...
    ("protocol-paragraph-with-decision",
     f"§ 45 Motion om fler bänkar\n\n{_PROSE}\n\nBeslut\n\nKommunfullmäktige beslutar\n\n"
     "att bifalla motionen\n",
     "unknown", "protocol paragraph"),
    # ... but a register entry showing a motion without a decision is the motion.
    ("protocol-paragraph-without-decision",
     f"§ 45 Motion om fler bänkar\n\n{_PROSE}\n\nJag föreslår\n\natt fler bänkar ställs ut\n\n"
     "Olle Ek (M)\n",
     "motion", ""),
    # A menu's section names are no kind.
    ("menu-section-is-no-kind",
     f"Meny\nStart\nDagordning\nKontakt\n\nFler bänkar längs ån\n\n{_PROSE}\n\nJag föreslår\n\n"
     "att fler bänkar ställs ut\n\nOlle Ek (M)\n",
     "motion", ""),
    # A meeting's notice or agenda lists motions; it is none of them.
    ("agenda",
     "Kallelse till kommunfullmäktige\n\n1. Val av justerare\n2. Motion om fler bänkar\n"
     "3. Interpellation om skolan\n",
     "unknown", "Kallelse"),
    # A party's page of teasers, each ending in a link to the whole text, lists documents.
    ("teasers-of-two-pages",
     f"Våra motioner\n\nVi vill ha fler bänkar\n\nVår motion om bänkar. {_PROSE}\n\n"
     f"Läs motionen »\n\nBättre skolmat\n\nVi har motionerat om skolmat. {_PROSE} Läs mer\n",
     "unknown", "teasers of 2 pages"),
    ("teasers-cut-short",
     f"Nyheter\n\nVi vill ha fler bänkar\n\nVi lade en motion om bänkar. {_PROSE} [...]\n\n"
     f"Bättre skolmat\n\nVi lade en motion om skolmat. {_PROSE} […]\n",
     "unknown", "teasers of 2 pages"),
    # ... also where the first teaser's heading names a kind: each item names its own.
    ("teasers-under-kind-headings",
     f"Vad händer i regionen?\n\nInterpellation till regionstyrelsens ordförande.\n\n"
     f"Vi frågar om bänkarna. {_PROSE} Läs mer\n\nMotion till regionfullmäktige.\n\n"
     f"Vi vill ha skolmat. {_PROSE} Läs mer\n",
     "unknown", "teasers of 2 pages"),
    # A register's numbered items, one a paragraph or with no blank lines: none heads the page.
    ("numbered-items-one-a-paragraph",
     "Regionfullmäktige 18-19 juni 2019\n\nVid mötet ställdes dessa interpellationer:\n\n"
     "Interpellation 3-2019 till Anna Berg (S) om hälsosamtal\n\n"
     "Interpellation 6-2019 till Anna Berg (S) om ambulansflyg\n\n"
     "Interpellation 11-2019 till Per Holm (C) om vårdcentraler\n\n" f"{_PROSE}\n",
     "unknown", ""),
    # A page that reproduces a motion under a short intro: the motion's kind line decides.
    ("motion-reproduced-under-an-intro",
     "Handlingsplan för solel\n\nSolel är framtiden för kommunens tak och vi vill att fler "
     "ska kunna ta del av den. Här kan du läsa vårt förslag i sin helhet.\n\n"
     "Motion till Kommunfullmäktige\n\nHandlingsplan för solenergi i Lunds "
     f"kommun\n\n{_PROSE}\n\n{_PROSE}\n",
     "motion", "Motion till Kommunfullmäktige"),
    # One link to the whole text closes a news item; it lists nothing.
    ("one-read-more-link-is-no-list",
     f"Vi vill ha fler bänkar\n\nVi lade i går en motion om fler bänkar. {_PROSE}\n\n"
     "Läs hela motionen här\n\nLäs mer\n",
     "press_release", "party voice"),
    # "Fråga om X" heads a councillor's question as "Motion om X" heads a motion.
    ("fråga-om-heading",
     f"Fråga om fler bänkar\n\nTill kommunalrådet Per Holm (S)\n\n{_PROSE}\n\n"
     "När kommer bänkarna?\n\nOlle Ek (M)\n",
     "question", "heading: Fråga om"),
    # An office addressee after "Till:" with a question below is an interpellation.
    ("office-addressee-after-till-colon",
     f"Fler bänkar\n\nTill: Tekniska nämndens ordförande\n\n{_PROSE}\n\n"
     "När kommer bänkarna?\n\nOlle Ek (M)\n",
     "interpellation", "addressed to an office"),
    # A party telling in the first person of a document it lodged: a news item.
    ("we-have-lodged-a-motion",
     f"Fler bänkar i parken\n\n3 mars 2022\n\nVi har i dag lämnat in en motion om fler "
     f"bänkar. {_PROSE}\n",
     "press_release", "party voice: Vi har i dag lämnat in en motion"),
    ("we-have-an-interpellation-tonight",
     f"Kommunfullmäktige!\n\nIdag har vi en interpellation om bänkarna. {_PROSE}\n",
     "press_release", "party voice"),
    ("we-have-lodged-the-following-motions",
     f"Kommunfullmäktige i mars\n\nInför mötet har vi lämnat in följande motioner om parkerna. "
     f"{_PROSE}\n\nMotion om bänkar\n\nMotion om belysning\n",
     "press_release", "party voice: har vi lämnat in följande motioner"),
    ("we-have-lodged-some-new-interpellations",
     f"Kommunfullmäktige i mars\n\nVi har lämnat in några nya interpellationer om parkerna. "
     f"{_PROSE}\n",
     "press_release", "party voice: Vi har lämnat in några nya interpellationer"),
    # Att-satser that decide on a document: a body's decision record, no motion.
    ("board-proposes-to-grant-the-motion",
     f"Kommunstyrelsen\n\n§ 45 Motion om fler bänkar\n\n{_PROSE}\n\n"
     "Kommunstyrelsen föreslår kommunfullmäktige besluta\n\natt bifalla motionen\n",
     "unknown", "decision on a document: bifalla motionen"),
    ("proposal-for-decision-motion-answered",
     f"Förslag till beslut\n\nKommunstyrelsen föreslår kommunfullmäktige att\n\n"
     f"anse motionen besvarad\n\n{_PROSE}\n",
     "unknown", "decision on a document: anse motionen besvarad"),
    ("agenda-item-motion-rejected",
     f"Ärende 5: Motion om fler bänkar\n\n{_PROSE}\n\nKommunstyrelsens förslag till beslut:\n\n"
     "att motionen avslås\n",
     "unknown", "decision on a document: motionen avslås"),
    ("we-have-a-vision-is-no-news",
     f"Fler bänkar\n\nVi har en vision om en grönare stad. {_PROSE}\n", "unknown", ""),
    # A question names its sender before the addressee.
    ("fråga-från-sender-till",
     f"Bänkarna i parken\n\nFråga från Norrbypartiet till ordföranden i tekniska nämnden "
     f"gällande bänkarna\n\n{_PROSE}\n\nNär kommer bänkarna?\n\nFör Norrbypartiet\nOlle Ek\n",
     "question", "Fråga från"),
    # A council's page with a section per kind explains them; it is none of them.
    ("a-section-per-kind-explains-them",
     "Vad är en motion och en interpellation?\n\nMotion\n\nEtt sätt att få upp ett ärende i "
     "fullmäktige är att väcka en motion. Motionen lämnas skriftligt till kansliet.\n\n"
     "Interpellation\n\nEn interpellation riktar sig till ett kommunalråd. Den debatteras på "
     "nästa sammanträde.\n",
     "unknown", "a section per kind"),
    ("one-kind-word-heads-its-document",
     f"Motion\n\nFler bänkar\n\n{_PROSE}\n\nVi yrkar att fler bänkar ställs ut.\n\n"
     "Anna Berg (V)\n",
     "motion", ""),
    # The party speaking of its own councillors or documents from outside them.
    ("our-councillor-lodged",
     f"Ny interpellation om skolan\n\nTill måndagens fullmäktige har vårt oppositionsråd "
     f"Per Holm lämnat in en interpellation om skolan. {_PROSE}\n",
     "press_release", "vårt oppositionsråd"),
    # Parties together, or a branch named without "i", telling their news.
    ("parties-together-present",
     f"Gemensam budget\n\nModeraterna, Liberalerna och Kristdemokraterna presenterar en "
     f"gemensam budget för 2023. {_PROSE}\n",
     "press_release", "presenterar"),
    ("branch-without-i",
     f"Nya tag\n\nCenterpartiet Kronoberg tar nya tag i oppositionen. {_PROSE}\n",
     "press_release", "Centerpartiet Kronoberg tar"),
    # A site title naming a branch by its county ("… i Örebro län").
    ("party-site-county",
     f"Två motioner inlämnade | Sverigedemokraterna i Örebro län\n\nTvå motioner inlämnade"
     f"\n\n{_PROSE}\n",
     "press_release", "Örebro län"),
    # A press contact over a person closes a news item; a council page's contact does not.
    ("press-contact-block",
     f"Vi går i opposition\n\n{_PROSE}\n\nFör ytterligare information:\n\n"
     "Eva Ek (C), regionråd\nTelefon 070 123 45 67\n",
     "press_release", "För ytterligare information"),
    ("press-contact-lead-with-a-request",
     f"Vi går i opposition\n\n{_PROSE}\n\nFör mer information, vänligen kontakta:\n\n"
     "Eva Ek (C), regionråd\nTelefon 070 123 45 67\n",
     "press_release", "vänligen kontakta"),
    ("contact-label-over-party-person",
     f"Nytt besked om skolan\n\n{_PROSE}\n\nKontakt:\nEva Ek (C), gruppledare\n",
     "press_release", "press contact"),
    ("a-menus-contact-is-no-press-contact",
     f"Hoppa till innehåll\nStart\nNyheter\nPolitik\nOm oss\nKontakt\n\n"
     f"Anna Berg (V) om parkerna\n\n{_PROSE}\n",
     "unknown", ""),
    ("council-contact-is-no-news",
     f"Parkerna i Norrby\n\n{_PROSE}\n\nKontakt:\nEva Ek, kommunsekreterare\n",
     "unknown", ""),
    # Lines of one block each opening with a kind word list documents; none is a heading.
    ("a-list-of-interpellations-heads-nothing",
     "Kommunfullmäktige 18 juni 2019\n\nVid fullmäktige behandlades flera av våra "
     "interpellationer:\n\nInterpellation 3-2019 till Per Holm (S) om bänkar (Anna Berg, V)\n"
     "Interpellation 6-2019 till Per Holm (S) om skolmat (Olle Ek, V)\n"
     "Interpellation 11-2019 till Eva Ek (C) om bussar (Anna Berg, V)\n",
     "unknown", ""),
    # A reporter quotes a councillor by surname after naming her once, or in the past tense:
    # a news item (the dash may be glued to the quote's first word).
    ("news-quote-by-surname",
     "Kräver fler bänkar i parkerna\n\nVänsterpartiets Anna Berg kräver i en motion att "
     "kommunen ställer ut fler bänkar.\n\n-Det måste gå att vila en stund, säger Berg.\n",
     "press_release", "säger Berg"),
    ("news-quote-in-the-past-tense",
     "Anna Berg (L) är kritisk till att bänkarna tagits bort. Därför ställde hon frågor till "
     "nämndens ordförande.\n\n– Jag kan acceptera det, det sade Berg (L) till "
     "kommunfullmäktige.\n",
     "press_release", "sade Berg"),
    ("news-quote-on-a-newspapers-page",
     "Annons\n\nKräver fler bänkar i parkerna\n\n-Det måste gå att vila en stund, säger "
     "Berg.\n",
     "unknown", ""),
    # The speaker may be named after an office ("säger tekniska nämndens ordförande X (C)").
    ("news-quote-by-an-office-holder",
     "Initiativ om laddstolpar\n\nAlliansen lägger ett gemensamt initiativ om laddplatser i "
     "staden.\n\n- Med vårt initiativ tas ett helhetsgrepp, säger tekniska nämndens ordförande "
     "Magnus Persson (C).\n",
     "press_release", "Magnus Persson"),
    # The party reports what its members did ("Vi socialdemokrater ställde …"), also in
    # paragraphs of one sentence each.
    ("we-members-did",
     "Strategi för restaurangerna\n\nPå nämnden i september beslutades om en strategi för "
     "restaurangerna. Tre kök ska stängas.\n\nVi socialdemokrater ställde frågan om vad det "
     "blir kvar av restaurangerna.\n\nFör Socialdemokraterna i Omsorgsnämnden\n\nJimmy "
     "Runesson\n",
     "press_release", "Vi socialdemokrater ställde"),
    ("we-did-in-a-one-sentence-paragraph",
     "Strategi för restaurangerna\n\nPå nämnden i september beslutades om en strategi för "
     "restaurangerna. Tre kök ska stängas.\n\nVi yrkade därför istället på att köken skulle "
     "stängas bara tillfälligt.\n",
     "press_release", "Vi yrkade"),
    # The party tells what it did in the past tense (a reporter's perfect is no cue: see
    # "newspaper-present-tense-headline").
    ("party-did-past",
     "Nej till förslaget\n\nVänsterpartiet röstade nej till förslaget om nya avgifter i "
     "fullmäktige i går.\n",
     "press_release", "Vänsterpartiet röstade"),
    # "Vi" inside quotation marks is another text's voice (a reply quoting a letter's title).
    ("we-inside-quotes",
     "Alla frågor besvaras inom kort\n\nSvar på insändaren ”Vi hade förväntat oss fler svar” "
     "från förra veckan. Kommunen arbetar med frågorna och svarar inom kort.\n",
     "unknown", ""),
    # A newspaper's opinion section label: a debate article, no release.
    ("debate-label",
     "DEBATT\n\nSkolan måste gå före vägarna\n\nVi röstade nej till budgeten i går. Skolan "
     "får för lite pengar.\n\nAnna Berg (C)\nPer Lind (C)\n",
     "unknown", "DEBATT"),
    # An officer's report is a decision document, none of the kinds.
    ("tjänsteutlåtande",
     "TJÄNSTEUTLÅTANDE\n\nDnr TFN/2020:738\n\nGång- och cykelväg längs vägen\n\n"
     "Förslag till beslut\n\nTeknik- och fritidsnämnden beslutar att\n\n1. avslå "
     "medborgarförslaget med hänvisning till nedanstående motivering.\n",
     "unknown", "tjänsteutlåtande"),
    # A wrapped line that goes on with a kind word in lower case is no heading.
    ("wrapped-line-opening-with-a-kind-word",
     "Vid nämndens sammanträde 2022-03-14 yrkade SD bifall till ett\nmedborgarförslag om fler "
     "bänkar.\n",
     "unknown", ""),
    # A register entry whose decision field says the decision followed the proposal.
    ("decision-field-enligt-förslag",
     f"Motion av Olle Ek (M) om fler bänkar\n\n{_PROSE}\n\nKommunstyrelsen föreslår att "
     "kommunfullmäktige beslutar att motionen är besvarad.\n\nBeslut: enligt förslag\n",
     "unknown", "decision field"),
    # A municipality's page about the documents: it says what a motion is, or how to write
    # one, under no heading of its own (five municipal sites in the pages corpus).
    ("a-page-saying-what-a-motion-is",
     "Motion\n\nEn motion är ett skriftligt förslag som en ledamot lämnar till fullmäktige. "
     "Förslaget bereds innan fullmäktige beslutar om det.\n",
     "unknown", "En motion är"),
    ("a-page-saying-what-motions-are",
     "Motioner\n\nMotioner är förslag som ledamöterna lämnar till fullmäktige. De bereds "
     "av förvaltningen innan fullmäktige beslutar.\n",
     "unknown", "Motioner är"),
    ("a-page-saying-how-to-write-a-motion",
     "Motion\n\nSå här skriver du en motion\n\nRubrik\n\nSkriv en rubrik som säger vad "
     "förslaget gäller.\n\nAvsändare\n\nSkriv under med ditt namn och ditt parti.\n",
     "unknown", "Så här skriver du en motion"),
    ("a-page-asking-what-a-motion-is-in-capitals",
     "MOTIONER\n\nVAD ÄR EN MOTION?\n\nLedamöterna lämnar förslag till fullmäktige.\n",
     "unknown", "VAD ÄR EN MOTION"),
    ("a-page-saying-councillors-may-lodge-motions",
     "Motioner\n\nLedamöterna i fullmäktige kan väcka ärenden genom att lämna in motioner. "
     "Här nedan finns de motioner som väntar på beslut.\n",
     "unknown", "lämna in motioner"),
    ("a-page-telling-how-to-send-your-motion",
     "Du skriver din motion och skickar in den via e-tjänsten nedan. Motionen bereds innan "
     "fullmäktige tar ställning till den.\n\nMer information\n",
     "unknown", "din motion"),
    # A party's news quoting its motion's att-satser ("”Mot denna bakgrund yrkar vi: – att
    # …”") under a category line "Motion": the att-satser are reported, the page is news.
    ("news-quoting-its-motions-att-satser",
     "Motion\n\nVänsterpartiets motion om bänkar\n\nVänsterpartiet har lämnat in en motion "
     "om fler bänkar i parken. Motionen slutar med två yrkanden:\n”Mot denna bakgrund yrkar "
     "vi:\n– att tekniska nämnden ställer ut fler bänkar\n– att nämnden inventerar "
     "bänkarna.”\n\nHär motionen i sin helhet.\n",
     "press_release", "report of a motion"),
    # A council's news of its decisions ("Beslut i korthet från regionfullmäktige 11 juni"):
    # a news item, though it reports decisions; the proposals of the motions it reports ("I
    # motionen föreslås följande:" / "• Utöka …") are none of its own.
    ("council-news-decisions-in-brief",
     "Beslut i korthet från regionfullmäktige 11 juni\n\nRegionfullmäktige hade sitt tredje "
     "sammanträde för året.\n\nMotion: Utökat kulturbidrag\n\nSverigedemokraterna har lämnat "
     "en motion gällande ett utökat kulturbidrag. I motionen föreslås följande:\n\n  • Utöka "
     "kulturstipendiet till 70 000 kr.\n  • Antalet stipendiater ska vara minst två.\n\nBeslut: "
     "Regionfullmäktige avslår motionen.\n",
     "press_release", "Beslut i korthet"),
    # A blog post whose intro announces the document it reproduces below ("Här min andra
    # interpellation:", "… ställer jag följande interpellation till …:"): the document's kind.
    ("post-announcing-the-interpellation-it-reproduces",
     "Äldreomsorgen – den andra interpellationen\n\nRiksdagens beslut kom så sent som i "
     "onsdags. Jag ville vänta in beslutet innan jag skickade frågan.\n\nHär min andra "
     "interpellation:\n\nInterpellation till socialnämndens ordförande\n\nDen medicinska "
     "kompetensen inom äldreomsorgen\n\nBristerna har varit kända länge.\n",
     "interpellation", "Interpellation till"),
    ("intro-announcing-the-interpellation-over-its-place-and-date",
     "Bredbandsutbyggnaden\n\nBredbandsutbyggnad pågår i kommunen. Alla nås inte samtidigt."
     "\n\nDärför ställer jag följande interpellation till kommunstyrelsens ordförande:\n\n"
     "Motala 2006-01-23\n\nInterpellation till kommunstyrelsens ordförande ang. bredband\n\n"
     "Finns det någon möjlighet att tidigarelägga utbyggnaden?\n",
     "interpellation", "Interpellation till"),
    ("intro-announcing-the-interpellation-over-a-page-break",
     "Bredbandsutbyggnaden\n\nBredbandsutbyggnad pågår i kommunen. Alla nås inte samtidigt."
     "\n\nDärför ställer jag följande interpellation till kommunstyrelsens ordförande:\n\n"
     "Sida 1 av 2\n\nMotala 2006-01-23\n\nInterpellation till kommunstyrelsens ordförande "
     "ang. bredband\n\nFinns det någon möjlighet att tidigarelägga utbyggnaden?\n",
     "interpellation", "Interpellation till"),
    # A cookie banner (a paragraph of running text with its button) above the page's text is
    # no part of it: the header below still names the kind.
    ("cookie-banner-above-an-interpellation",
     "Vi använder kakor (cookies) för att webbplatsen ska fungera på ett bra sätt för dig. "
     "Läs mer om kakor\nJag godkänner\n\nInterpellation till tekniska nämndens ordförande\n\n"
     "Halkbekämpning på Storgatan\n\nStorgatan saltas inte och många äldre har halkat där i "
     "vinter. Kommunen har lovat bättring i flera år.\n\nVarför saltas inte Storgatan?\n\n"
     "Olle Ek (V)\n",
     "interpellation", "Interpellation till"),
    # (a report listing an interpellation among the meeting's items is none)
    ("report-listing-an-interpellation-after-a-colon",
     "Regionfullmäktige 16 oktober 2019\n\nVid regionfullmäktige behandlades en "
     "interpellation från Vänsterpartiet:\n\nInterpellation 12-2019 till Per Holm (S) om "
     "förlossningsvården (Anna Berg, V). Svaret lästes upp av Eva Ek (M)!\n\nFlera nya "
     "motioner lämnades in.\n",
     "unknown", ""),
    # A party's page says it too, above its own interpellation's heading.
    ("a-party-page-explaining-its-interpellation",
     "Halkbekämpning på Storgatan\n\nInterpellation\n\nEn interpellation är en fråga till "
     "ett kommunalråd eller en nämnds ordförande. Den besvaras skriftligt.\n\nTill "
     "tekniska nämndens ordförande\n\nVarför saltas inte Storgatan?\n\nOlle Ek (V)\n",
     "interpellation", ""),
    # A motion naming itself near its start, cut off before its att-satser; a news item
    # reporting one names it "motionen", and a sentence quoting it is not the text's own.
    ("a-motion-naming-itself-without-att-satser",
     "Till årsmötet 2019\n\nFler bänkar i parken\n\nSyftet med denna motion är att få "
     "föreningen att arbeta för fler bänkar i parken.\n\nMånga äldre kan inte vila där i "
     "dag och har länge",
     "motion", "the text names itself"),
    ("a-motion-naming-itself-in-its-first-sentence",
     "Fler bänkar i parken\n\nDenna motion lämnas in för att parken ska bli en plats för "
     "alla. Många äldre kan inte vila där i dag.\n",
     "motion", "the text names itself"),
    ("a-page-quoting-a-motion-naming-itself",
     "Fler bänkar i parken\n\nHon skrev: ”Med denna motion vill jag att parken får fler "
     "bänkar.” Förslaget avslogs i kväll.\n",
     "unknown", ""),
]


@pytest.mark.parametrize(("text", "kind", "cue"), [r[1:] for r in KIND_ROWS],
                         ids=[r[0] for r in KIND_ROWS])
def test_kind(text: str, kind: str, cue: str) -> None:
    doc = tillit.parse(text)
    assert doc.kind == kind
    if cue:
        assert any(cue.casefold() in e.cue.casefold() for e in doc.kind_evidence), \
            doc.kind_evidence


@pytest.mark.parametrize("lead", ["Per Holm kommenterar,", "Per Holm säger:"])
def test_a_line_leading_into_a_quote_is_no_byline(lead: str) -> None:
    text = ("Skip to main content\n\nFler bänkar i parken\n\n"
            "Pressmeddelande   •   Sep 05, 2018 07:13 CEST\n\n"
            "Vänsterpartiet i Lund har lämnat in en motion om fler bänkar i parken. Många "
            f"äldre vill kunna vila på vägen.\n\n{lead}\n\n"
            "– Det är viktigt att alla kan vila.\n")
    doc = tillit.parse(text)
    assert (doc.kind, doc.title, doc.date) == ("press_release", "Fler bänkar i parken",
                                               dt.date(2018, 9, 5))
    assert doc.signatories == ()


def test_a_press_release_is_signed_by_its_byline_and_contacts_not_by_whom_it_quotes() -> None:
    """CONVENTIONS: in a press release only a sender, byline or contact person signs."""
    text = ("Pressmeddelande 2022-01-02\n\nFler bänkar i parken\n\n"
            "Vänsterpartiet i Lund har lämnat in en motion om fler bänkar i parken. Många "
            "äldre vill kunna vila på vägen.\n\n"
            "– Det är viktigt att alla kan vila, säger Per Holm, gruppledare.\n\n"
            "Anna Berg (V), regioråd\n\nKontakt\n\nEva Ek, pressekreterare (V)\n070-123 45 67\n")
    doc = tillit.parse(text)
    assert doc.kind == "press_release"
    assert [(s.name, s.party.code if s.party else None) for s in doc.signatories] == [
        ("Anna Berg", "V"), ("Eva Ek", "V")]
    assert doc.lead is not None and doc.lead.startswith("Vänsterpartiet i Lund")
    for s in doc.signatories:
        assert text[s.span.start:s.span.end].startswith(s.name)


def test_an_open_data_question_names_its_minister_and_the_riksdag() -> None:
    doc = tillit.parse("av Anna Berg (S)\ntill Landsbygdsminister Per Holm (KD)\n"
                       f"{_PROSE}\nVilka åtgärder avser ministern att vidta?\n")
    assert doc.addressee is not None
    assert (doc.addressee.name, doc.addressee.role) == ("Per Holm", "Landsbygdsminister")
    assert (doc.body, doc.title) == ("riksdagen", None)
    assert [s.name for s in doc.signatories] == ["Anna Berg"]
