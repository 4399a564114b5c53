"""Drafting conventions of att-yrkanden, one table row per convention.

Each row is a small motion written for the test and the proposals a careful reader writes
down (CONVENTIONS.md: each att-sats or numbered decision proposal, without the leading "att",
number or bullet and without a trailing separator). Only ``tillit.parse`` is used.
"""

from __future__ import annotations

import pytest

import tillit


def doc_text(*parts: str) -> str:
    """A document: its parts (blocks) separated by one blank line, with a final newline."""
    return "\n\n".join(p.strip("\n") for p in parts) + "\n"


def local_motion(*proposal_parts: str, signer: str = "Anna Lind (C)") -> str:
    """A municipal motion on street lighting with the given preamble and proposal blocks."""
    return doc_text("Motion till kommunfullmäktige i Vara", "Belysning på gångvägarna", ARGUMENT,
                    *proposal_parts, signer)


ARGUMENT = (
    "Gångvägarna i kommunens bostadsområden är ofta dåligt upplysta. Många äldre säger att de "
    "undviker att gå ut när det är mörkt. Bättre belysning skulle göra det tryggare för alla."
)

RIKSDAG_ARGUMENT = (
    "Små vattenkraftverk ger lokal el men stänger vägen för fisken. Flera län har visat att "
    "det går att förena de två intressena. Reglerna behöver därför ses över i sin helhet."
)

ITEM_1 = ("Riksdagen ställer sig bakom det som anförs i motionen om att se över reglerna för "
          "små vattenkraftverk och tillkännager detta för regeringen")
ITEM_2 = ("Riksdagen ställer sig bakom det som anförs i motionen om fria vandringsvägar för "
          "fisk och tillkännager detta för regeringen")
ITEM_3 = ("Riksdagen ställer sig bakom det som anförs i motionen om stöd till lokala "
          "fiskevårdsområden, och detta tillkännager riksdagen för regeringen")


ROWS = [
    # --- unnumbered items under a proposal heading -------------------------------------------
    pytest.param(
        doc_text(
            "Motion till riksdagen 2022/23:512 av Karin Ek (C) Vattenkraft och fiske",
            "Förslag till riksdagsbeslut",
            f"{ITEM_1}.", f"{ITEM_2}.", f"{ITEM_3}.",
            "Motivering",
            RIKSDAG_ARGUMENT,
            "Karin Ek (C)",
        ),
        [ITEM_1, ITEM_2, ITEM_3],
        id="heading-unnumbered-paragraphs-opening-alike",
    ),
    pytest.param(
        doc_text(
            "Motion till riksdagen 2022/23:515 av Karin Ek (C) Vattenkraft och fiske",
            "1Förslag till riksdagsbeslut",
            f" 1. {ITEM_1}.1", f" 2. {ITEM_2}.",
            "Motivering",
            RIKSDAG_ARGUMENT,
            "Karin Ek (C)",
        ),
        [ITEM_1, ITEM_2],
        id="heading-with-a-footnote-number-glued-in-front",
    ),
    pytest.param(
        doc_text(
            "Motion till riksdagen\n2000/01:Fi617\nav Ek, Karin (kd)",
            "Vattenkraft och fiske",
            "1 Innehållsförteckning", "2", "3 Förslag till riksdagsbeslut\n"
            "1. Riksdagen tillkännager för regeringen som sin mening vad i motionen\n"
            "anförs om reglerna för små vattenkraftverk.\n"
            "2. Riksdagen tillkännager för regeringen som sin mening vad i motionen\n"
            "anförs om fria vandringsvägar för fisk.",
            "4 Motivering",
            RIKSDAG_ARGUMENT,
            "Karin Ek (kd)",
        ),
        ["Riksdagen tillkännager för regeringen som sin mening vad i motionen anförs om "
         "reglerna för små vattenkraftverk",
         "Riksdagen tillkännager för regeringen som sin mening vad i motionen anförs om fria "
         "vandringsvägar för fisk"],
        id="heading-after-its-section-number",
    ),
    pytest.param(
        doc_text(
            "Motion till riksdagen 2022/23:513 av Karin Ek (C) Vattenkraft och fiske",
            "Förslag till riksdagsbeslut",
            f"{ITEM_1}.",
            "Motivering",
            RIKSDAG_ARGUMENT,
            "Jag föreslår därför att regeringen tar fram en plan för hur fler dammar kan rivas.",
            "Karin Ek (C)",
        ),
        [ITEM_1],
        id="heading-run-beats-inline-att-in-the-argument",
    ),
    pytest.param(
        doc_text(
            "Motion till riksdagen 2022/23:514 av Karin Ek (C) Vattenkraft och fiske",
            "Förslag till riksdagsbeslut",
            f"{ITEM_1}.", f"{ITEM_2}.",
            "Bakgrund och överväganden",
            RIKSDAG_ARGUMENT,
            "Karin Ek (C)",
        ),
        [ITEM_1, ITEM_2],
        id="heading-run-stops-at-a-heading",
    ),
    # --- a list mark glued to "att" ---------------------------------------------------------
    pytest.param(
        local_motion(
            "Vi yrkar följande",
            "-att en inventering görs av gångvägar som saknar belysning.",
            "-att de mörkaste sträckorna får belysning under nästa år.",
        ),
        ["en inventering görs av gångvägar som saknar belysning",
         "de mörkaste sträckorna får belysning under nästa år"],
        id="dash-glued-to-att",
    ),
    pytest.param(
        local_motion(
            "Vi yrkar därför:",
            "- att en inventering görs av gångvägar som saknar belysning.",
            "–att de mörkaste sträckorna får belysning under nästa år.",
        ),
        ["en inventering görs av gångvägar som saknar belysning",
         "de mörkaste sträckorna får belysning under nästa år"],
        id="dash-glued-to-att-after-a-spaced-dash",
    ),
    # --- att-satser written inline --------------------------------------------------------
    pytest.param(
        doc_text(
            "Belysning på gångvägarna",
            "Motion från Liberalerna och Kristdemokraterna om belysning på gångvägarna.\n"
            "Härmed yrkar vi på att belysningen ses över på alla kommunala gångvägar\n"
            "Detta bör göras före nästa vinter.\n"
            "Man bör även se över vilka sträckor som ska prioriteras.\n"
            "Arbetet kan med fördel ske tillsammans med bostadsbolagen.",
            "Anna Lind (L)",
        ),
        ["belysningen ses över på alla kommunala gångvägar"],
        id="inline-adverb-before-verb-one-sentence-a-line",
    ),
    pytest.param(
        local_motion(
            "Vänsterpartiet föreslår därför att: – att belysning sätts upp längs skolvägarna "
            "– att arbetet redovisas för fullmäktige",
            signer="Anna Lind (V)",
        ),
        ["belysning sätts upp längs skolvägarna", "arbetet redovisas för fullmäktige"],
        id="inline-list-flattened-into-one-line",
    ),
    pytest.param(
        doc_text(
            "Motion 1972:88 av herr Berg om belysning vid statens vägar",
            ARGUMENT + " Med hänvisning till det anförda hemställer jag att riksdagen beslutar "
            "1. att belysning sätts upp vid farliga korsningar samt 2. att kostnaden redovisas "
            "för riksdagen.",
            "Stockholm den 20 januari 1972",
            "KARL BERG (s)",
        ),
        ["belysning sätts upp vid farliga korsningar", "kostnaden redovisas för riksdagen"],
        id="inline-numbered-decision-after-hemstaller-jag",
    ),
    pytest.param(
        doc_text(
            "Motion 1972:89 av herr Berg om belysning vid statens vägar",
            ARGUMENT + " Med stöd av det anförda föreslås att riksdagen beslutar 1. att "
            "belysning sätts upp vid farliga korsningar samt 2. att kostnaden redovisas för",
            "riksdagen.",
            "Stockholm den 20 januari 1972",
            "KARL BERG (s)",
        ),
        ["belysning sätts upp vid farliga korsningar", "kostnaden redovisas för riksdagen"],
        id="inline-numbered-decision-after-foreslas-wrapped-over-a-blank-line",
    ),
    pytest.param(
        doc_text(
            "Motion 1972:90 av herr Berg om belysning vid statens vägar",
            ARGUMENT + " Jag föreslår därför med åberopande av vad ovan anförts att riksdagen "
            "måtte besluta att hos regeringen begära förslag om belysning vid statens vägar.",
            "Stockholm den 20 januari 1972",
            "KARL BERG (s)",
        ),
        ["riksdagen måtte besluta att hos regeringen begära förslag om belysning vid statens "
         "vägar"],
        id="inline-after-closing-formula",
    ),
    # --- a second lead-in, and lines wrapped across a blank line ----------------------------
    pytest.param(
        doc_text(
            "Till regionfullmäktige i Region Norrbotten",
            "Belysning vid busshållplatserna",
            ARGUMENT,
            "Med vad ovan anförts föreslås att",
            "Regionfullmäktige ger regionstyrelsen i uppdrag att:",
            "\uf0b7 Ta fram en plan för belysning vid alla busshållplatser på",
            "landsbygden",
            "\uf0b7 Redovisa kostnaden för planen",
            "Luleå den 3 mars 2021",
            "Anna Lind (MP)",
        ),
        ["Ta fram en plan för belysning vid alla busshållplatser på landsbygden",
         "Redovisa kostnaden för planen"],
        id="second-lead-in-symbol-bullets-wrapped-item",
    ),
    # --- a footnote number glued to the last item ------------------------------------------
    pytest.param(
        doc_text(
            "Motion till riksdagen 2005/06:So401 av Karin Ek (C) Vattenkraft och fiske",
            "Förslag till riksdagsbeslut",
            f"1. {ITEM_1}.",
            f"2. {ITEM_2}.1",
            "1 Yrkandet behandlas i miljö- och jordbruksutskottet.",
            "Motivering",
            RIKSDAG_ARGUMENT,
            "Karin Ek (C)",
        ),
        [ITEM_1, ITEM_2],
        id="footnote-number-glued-after-the-full-stop",
    ),
    pytest.param(
        local_motion(
            "Vi yrkar därför:",
            "att belysningen byts till LED enligt version 2.1",
        ),
        ["belysningen byts till LED enligt version 2.1"],
        id="a-number-after-a-digit-and-point-is-no-footnote",
    ),
    # --- a preamble that names the decision: items need no "att" ---------------------------
    pytest.param(
        local_motion(
            "Vi föreslår att kommunfullmäktige beslutar:",
            "1. Tekniska nämnden inventerar gångvägarna.\n"
            "2. De mörkaste sträckorna får belysning under nästa år.",
        ),
        ["Tekniska nämnden inventerar gångvägarna",
         "De mörkaste sträckorna får belysning under nästa år"],
        id="decision-preamble-numbered-items-without-att",
    ),
    pytest.param(
        local_motion(
            "Jag föreslår kommunfullmäktige besluta",
            "• Tekniska nämnden inventerar gångvägarna\n"
            "• De mörkaste sträckorna får belysning under nästa år",
        ),
        ["Tekniska nämnden inventerar gångvägarna",
         "De mörkaste sträckorna får belysning under nästa år"],
        id="decision-preamble-bullets-without-att",
    ),
    pytest.param(
        local_motion("Därför yrkar vi på att: Tekniska nämnden sätter upp fler lampor."),
        ["Tekniska nämnden sätter upp fler lampor"], id="att-colon-then-the-item-on-one-line",
    ),
    # --- a closing sentence that is the motion's one proposal (no att-list) ----------------
    *(pytest.param(local_motion(f"{opening} tekniska nämnden sätter upp fler lampor.",
                                "Vara den 3 mars 2022"),
                   ["tekniska nämnden sätter upp fler lampor"], id=f"closing-sentence-{key}")
      for key, opening in [("jag-foreslar", "Jag föreslår att"),
                           ("vi-yrkar-pa", "Vi yrkar på att"),
                           ("undertecknad", "Undertecknad yrkar att"),
                           ("party", "Centerpartiet föreslår att"),
                           ("branch", "Centerpartiet i Vara yrkar att"),
                           ("board-capital-att", "Styrelsen yrkar Att"),
                           ("vi-yrkar-capital-att", "Vi yrkar Att")]),
    pytest.param(
        local_motion("Jag föreslår att tekniska nämnden sätter upp fler lampor. Det bör ske "
                     "före vintern.", "Vara den 3 mars 2022"),
        ["tekniska nämnden sätter upp fler lampor"],
        id="closing-paragraph-proposing-sentence-then-another",
    ),
    pytest.param(
        doc_text("Motion till kommunfullmäktige i Vara", "Belysning på gångvägarna",
                 "Vi föreslår att tekniska nämnden sätter upp fler lampor.", ARGUMENT,
                 "Anna Lind (C)"),
        [], id="proposing-sentence-inside-the-argument-is-argument",
    ),
    pytest.param(
        local_motion("Mot bakgrund av ovanstående föreslår jag kommunfullmäktige besluta att "
                     "tekniska nämnden sätter upp fler lampor."),
        ["tekniska nämnden sätter upp fler lampor"], id="fronted-verb-subject-body-decides",
    ),
    *(pytest.param(local_motion(f"{lead} ge tekniska nämnden i uppdrag att sätta upp fler "
                                "lampor."),
                   ["ge tekniska nämnden i uppdrag att sätta upp fler lampor"],
                   id=f"adverb-then-body-decides-{key}")
      for key, lead in [
          ("yrkar-darfor", "Vi yrkar därför att fullmäktige beslutar att"),
          ("yrkar-darmed-pa", "Jag yrkar därmed på att kommunfullmäktige beslutar att"),
          ("yrkar-pa", "Jag yrkar på att kommunfullmäktige beslutar att")]),
    pytest.param(
        local_motion(
            "Jag föreslår kommunfullmäktige besluta att:",
            "-Utreda hur gångvägarna kan belysas.\n-Avsätta medel i nästa års budget.",
        ),
        ["Utreda hur gångvägarna kan belysas", "Avsätta medel i nästa års budget"],
        id="dash-glued-to-a-capitalised-item",
    ),
    # --- unpunctuated att-lines in the preamble's own block ---------------------------------
    pytest.param(
        local_motion(
            "Därför yrkar jag att kommunfullmäktige beslutar:\n"
            "att tekniska nämnden inventerar gångvägarna\n"
            "att de mörkaste sträckorna får belysning under nästa år",
        ),
        ["tekniska nämnden inventerar gångvägarna",
         "de mörkaste sträckorna får belysning under nästa år"],
        id="every-line-opens-with-att-each-is-an-item",
    ),
    # --- a preamble announcing a list: "följande;" / "att;" and dash items without "att" ----
    pytest.param(
        local_motion(
            "Jag föreslår följande;",
            "- tekniska nämnden inventerar gångvägarna\n"
            "- de mörkaste sträckorna får belysning under nästa år",
        ),
        ["tekniska nämnden inventerar gångvägarna",
         "de mörkaste sträckorna får belysning under nästa år"],
        id="foljande-semicolon-dash-items",
    ),
    pytest.param(
        local_motion(
            "Vi föreslår därför följande.",
            "1. Tekniska nämnden inventerar gångvägarna.\n"
            "2. De mörkaste sträckorna får belysning under nästa år.",
        ),
        ["Tekniska nämnden inventerar gångvägarna",
         "De mörkaste sträckorna får belysning under nästa år"],
        id="foljande-full-stop-numbered-items",
    ),
    # --- a verb's line ending soon after the verb over a bulleted list: its items ---------
    *[pytest.param(
        local_motion(
            "Vi yrkar därför",
            f"{bullet} Tekniska nämnden inventerar gångvägarna\n"
            f"{bullet} De mörkaste sträckorna får belysning under nästa år",
        ),
        ["Tekniska nämnden inventerar gångvägarna",
         "De mörkaste sträckorna får belysning under nästa år"],
        id=f"verb-line-over-bullets-{name}",
    ) for name, bullet in [("dot", "•"), ("square", "▪"), ("symbol-font", "\uf0b7"),
                           ("check-mark", "✓"), ("ballot-box", "☐"), ("dash", "-")]],
    pytest.param(
        local_motion(
            "Vi yrkar att;",
            "- tekniska nämnden inventerar gångvägarna\n"
            "- de mörkaste sträckorna får belysning under nästa år",
        ),
        ["tekniska nämnden inventerar gångvägarna",
         "de mörkaste sträckorna får belysning under nästa år"],
        id="att-semicolon-dash-items",
    ),
    # --- the decision formula inline: "föreslår att kommunfullmäktige beslutar att X" ------
    pytest.param(
        local_motion("Jag föreslår att kommunfullmäktige beslutar att tekniska nämnden "
                     "inventerar gångvägarna."),
        ["tekniska nämnden inventerar gångvägarna"],
        id="inline-decision-formula",
    ),
    # --- a colon after the verb announces a numbered list without "att" ---------------------
    pytest.param(
        local_motion("Vi yrkar:", "1. Tekniska nämnden inventerar gångvägarna.\n"
                     "2. De mörkaste sträckorna får belysning under nästa år."),
        ["Tekniska nämnden inventerar gångvägarna",
         "De mörkaste sträckorna får belysning under nästa år"],
        id="verb-colon-numbered-list",
    ),
    # --- Word's second-level bullet "o" before "att" -----------------------------------------
    pytest.param(
        local_motion("Vi yrkar", "o att tekniska nämnden inventerar gångvägarna\n"
                     "o att de mörkaste sträckorna får belysning under nästa år"),
        ["tekniska nämnden inventerar gångvägarna",
         "de mörkaste sträckorna får belysning under nästa år"],
        id="word-o-bullets",
    ),
    # --- a closing sentence opened by a fronted phrase: verb before subject ---------------
    pytest.param(
        local_motion("Mot bakgrund av detta yrkar vi att tekniska nämnden inventerar "
                     "gångvägarna."),
        ["tekniska nämnden inventerar gångvägarna"],
        id="fronted-phrase-yrkar-vi-att",
    ),
    pytest.param(
        local_motion("Med anledning av ovanstående föreslår jag att kommunfullmäktige beslutar "
                     "att tekniska nämnden inventerar gångvägarna."),
        ["tekniska nämnden inventerar gångvägarna"],
        id="fronted-phrase-föreslår-jag-att-kf-beslutar-att",
    ),
    # ... and where no att-list exists, the last paragraph's proposing sentence, whatever is
    # fronted and whatever follows it, is the one proposal
    pytest.param(
        doc_text("Motion till kommunfullmäktige i Vara", "Belysning på gångvägarna",
                 ARGUMENT + " För att förebygga olyckor föreslår vi att man ser över hela "
                 "gångnätet i samband med nästa budget.", "Anna Lind (C)"),
        ["man ser över hela gångnätet i samband med nästa budget"],
        id="closing-paragraph-purpose-clause-föreslår-vi-att",
    ),
    pytest.param(
        doc_text("Motion till kommunfullmäktige i Vara", "Belysning på gångvägarna",
                 ARGUMENT + " För att göra gångvägarna tryggare föreslår jag att fullmäktige "
                 "uppdrar åt tekniska nämnden att sätta upp fler lampor. Målet är att alla ska "
                 "kunna gå ut efter mörkrets inpå.", "m v h:", "Anna Lind (C)",
                 "Dela den här sidan:", "Kopiera länk"),
        ["fullmäktige uppdrar åt tekniska nämnden att sätta upp fler lampor"],
        id="closing-paragraph-mid-sentence-before-greeting-and-page-chrome",
    ),
    pytest.param(
        doc_text("Motion till kommunfullmäktige i Vara", "Belysning på gångvägarna",
                 "För att förebygga olyckor föreslår vi att man ser över gångnätet.",
                 ARGUMENT, "Anna Lind (C)"),
        [],
        id="proposing-sentence-in-an-earlier-paragraph-is-argument",
    ),
    pytest.param(
        local_motion("Vi yrkar därmed\natt tekniska nämnden inventerar gångvägarna\n"
                     "att de mörkaste sträckorna får belysning under nästa år"),
        ["tekniska nämnden inventerar gångvägarna",
         "de mörkaste sträckorna får belysning under nästa år"],
        id="yrkar-därmed-items-on-the-next-lines",
    ),
    # --- Word's Symbol-font bullet copied as a middle dot and a run of spaces ----------------
    pytest.param(
        local_motion("Centerpartiet föreslår därför att:",
                     "·       Tekniska nämnden inventerar gångvägarna.\n\n"
                     "·       De mörkaste sträckorna får belysning under nästa år."),
        ["Tekniska nämnden inventerar gångvägarna",
         "De mörkaste sträckorna får belysning under nästa år"],
        id="word-middle-dot-bullets",
    ),
    # --- one paragraph per line, the preamble as the argument block's last line ---------------
    pytest.param(
        doc_text("Motion till kommunfullmäktige i Vara", "Belysning på gångvägarna",
                 ARGUMENT + "\nDet behövs en plan för hela kommunen, inte bara för centrum."
                 "\nCenterpartiet yrkar:",
                 "att kommunfullmäktige beslutar att uppdra åt tekniska nämnden att ta fram en "
                 "belysningsplan.", "Anna Lind (C)"),
        ["kommunfullmäktige beslutar att uppdra åt tekniska nämnden att ta fram en "
         "belysningsplan"],
        id="preamble-last-line-of-argument-block",
    ),
    # --- "att:" and one bare paragraph per item, in lower case ---------------------------------
    pytest.param(
        local_motion("Därför yrkar vi på att:", "tekniska nämnden inventerar gångvägarna",
                     "de mörkaste sträckorna får belysning under nästa år"),
        ["tekniska nämnden inventerar gångvägarna",
         "de mörkaste sträckorna får belysning under nästa år"],
        id="att-colon-lower-case-paragraphs-are-items",
    ),
    pytest.param(
        local_motion("Därför yrkar vi på att:", "tekniska nämnden inventerar gångvägarna och",
                     "sätter upp belysning där det är mörkast"),
        ["tekniska nämnden inventerar gångvägarna och sätter upp belysning där det är mörkast"],
        id="att-colon-item-broken-after-och-goes-on",
    ),
    # --- the body and its verb before the att: "föreslår kommunfullmäktige besluta att" ------
    pytest.param(
        local_motion("Jag föreslår kommunfullmäktige besluta att belysning sätts upp längs "
                     "gångvägarna."),
        ["belysning sätts upp längs gångvägarna"],
        id="verb-body-infinitive-then-att",
    ),
    pytest.param(
        local_motion("Centerpartiet föreslår därför fullmäktige att besluta att belysning sätts "
                     "upp längs gångvägarna."),
        ["belysning sätts upp längs gångvägarna"],
        id="verb-fullmaktige-att-besluta-then-att",
    ),
    # --- "och att" / "samt att" opening the next att-sats ------------------------------------
    pytest.param(
        local_motion("Centerpartiet yrkar", "att gångvägarna inventeras",
                     "samt att de mörkaste sträckorna får belysning"),
        ["gångvägarna inventeras", "de mörkaste sträckorna får belysning"],
        id="samt-att-opens-the-next-item",
    ),
    pytest.param(
        local_motion("Centerpartiet yrkar",
                     "att gångvägarna inventeras,\noch att de mörkaste sträckorna får belysning"),
        ["gångvägarna inventeras", "de mörkaste sträckorna får belysning"],
        id="och-att-after-a-comma-opens-the-next-item",
    ),
    pytest.param(
        local_motion("Centerpartiet yrkar",
                     "att gångvägarna inventeras\noch att de mörkaste sträckorna får belysning"),
        ["gångvägarna inventeras och att de mörkaste sträckorna får belysning"],
        id="och-att-after-a-wrap-goes-on",
    ),
    # --- a proposal heading and its att on one line ------------------------------------------
    pytest.param(
        local_motion("Yrkande: att belysning sätts upp längs gångvägarna"),
        ["belysning sätts upp längs gångvägarna"],
        id="heading-colon-att-on-one-line",
    ),
    # --- an inline att-sats ends with its sentence -------------------------------------------
    pytest.param(
        local_motion("Vi yrkar härmed att belysning sätts upp längs gångvägarna före hösten. "
                     "Belysningen bör vara tänd från skymning till gryning."),
        ["belysning sätts upp längs gångvägarna före hösten"],
        id="inline-att-sats-ends-with-its-sentence",
    ),
    pytest.param(
        local_motion("Vi yrkar härmed att belysning sätts upp enl. Boverkets råd, t.ex. Längs "
                     "gångvägarna. Belysningen bör vara tänd hela natten."),
        ["belysning sätts upp enl. Boverkets råd, t.ex. Längs gångvägarna"],
        id="inline-att-sats-goes-on-past-abbreviations",
    ),
    pytest.param(
        local_motion("Vi yrkar härmed att belysning sätts upp längs gångvägarna. Att "
                     "belysningen är tänd hela natten."),
        ["belysning sätts upp längs gångvägarna. Att belysningen är tänd hela natten"],
        id="inline-att-sats-goes-on-into-a-sentence-opening-with-att",
    ),
    # --- "<body> föreslås besluta" announces numbered items without "att" ---------------------
    pytest.param(
        local_motion("Kommunfullmäktige föreslås besluta",
                     "1. Belysning sätts upp längs gångvägarna.",
                     "2. Belysningen är tänd hela natten."),
        ["Belysning sätts upp längs gångvägarna", "Belysningen är tänd hela natten"],
        id="body-foreslas-besluta-then-numbered-items",
    ),
    # --- a news item reports a motion's proposal: it makes none ------------------------------
    pytest.param(
        doc_text("Centerpartiet vill ha belysning", ARGUMENT,
                 "I vår motion föreslår vi därför att kommunen sätter upp belysning längs "
                 "gångvägarna."),
        [],
        id="reported-in-our-motion-is-no-proposal",
    ),
    # --- an att-sats is one clause: the sentence after it in its paragraph argues ----------
    pytest.param(
        local_motion("Vi yrkar:",
                     "att kommunfullmäktige ger tekniska nämnden i uppdrag att sätta upp "
                     "belysning längs gångvägarna. Det är ur trygghetssynpunkt lämpligt att "
                     "det sker före vintern."),
        ["kommunfullmäktige ger tekniska nämnden i uppdrag att sätta upp belysning längs "
         "gångvägarna"],
        id="att-sats-ends-at-its-sentence-end",
    ),
    pytest.param(
        local_motion("Vi yrkar:",
                     "Att: Belysning sätts upp längs gångvägarna. Arbetet avslutas före vintern."),
        ["Belysning sätts upp längs gångvägarna. Arbetet avslutas före vintern"],
        id="att-label-over-a-paragraph-of-sentences",
    ),
    # --- text with a blank line after every line: an "att" line may go on with a sentence ----
    pytest.param(
        doc_text("Motion till kommunfullmäktige i Vara", "Belysning på gångvägarna",
                 "Gångvägarna i kommunens bostadsområden är ofta dåligt upplysta.",
                 "Vänsterpartiet bedömer att de åtgärder som gjorts inte räcker för",
                 "att nå målet om trygga gångvägar. Vi anser att målet är viktigt.",
                 "Anna Lind (V)"),
        [],
        id="att-line-under-a-line-ending-in-a-wrap-word",
    ),
    pytest.param(
        doc_text("Motion till kommunfullmäktige i Vara", "Belysning på gångvägarna",
                 "Gångvägarna i kommunens bostadsområden är ofta dåligt upplysta. Genom att",
                 "sätta upp belysning kommer såväl barnen som de äldre",
                 "att få tryggare vägar. Detta kommer att minska olyckorna.",
                 "Anna Lind (V)"),
        [],
        id="att-line-under-a-wrapped-lower-case-line",
    ),
    pytest.param(
        doc_text("Motion till kommunfullmäktige i Vara", "Belysning på gångvägarna",
                 "Gångvägarna i kommunens bostadsområden är ofta dåligt upplysta. Vi",
                 "konstaterar att de åtgärder vi föreslår för att",
                 "nå målet om trygga gångvägar är billiga.",
                 "Anna Lind (V)"),
        [],
        id="verb-line-ending-in-for-att-leads-in-nothing",
    ),
    pytest.param(
        local_motion("Vänsterpartiet vill därför",
                     "att belysning sätts upp längs gångvägarna"),
        ["belysning sätts upp längs gångvägarna"],
        id="att-run-under-a-lead-in-without-a-listed-verb",
    ),
    pytest.param(
        local_motion("Vi föreslår att:Vara kommun sätter upp belysning längs gångvägarna."),
        ["Vara kommun sätter upp belysning längs gångvägarna"],
        id="closing-sentence-with-att-and-a-colon",
    ),
    pytest.param(
        local_motion("Vi föreslår därför",
                     "• att belysning sätts upp längs gångvägarna\n"
                     "• att belysningen är tänd hela natten\nFoto: Anna Lind / Wikipedia"),
        ["belysning sätts upp längs gångvägarna", "belysningen är tänd hela natten"],
        id="photo-credit-glued-under-the-last-item",
    ),
    # --- a PDF's page break inside the list ---------------------------------------------------
    pytest.param(
        local_motion("Vi föreslår därför", "Sida 1 av 2",
                     "att belysning sätts upp längs gångvägarna,",
                     "att belysningen är tänd hela natten."),
        ["belysning sätts upp längs gångvägarna", "belysningen är tänd hela natten"],
        id="page-number-between-preamble-and-items",
    ),
    pytest.param(
        local_motion("Vi föreslår därför",
                     "att belysning sätts upp längs gångvägarna,", "2 (3)",
                     "att belysningen är tänd hela natten."),
        ["belysning sätts upp längs gångvägarna", "belysningen är tänd hela natten"],
        id="page-number-between-two-items",
    ),
    pytest.param(
        local_motion("Vi föreslår därför",
                     "att belysning sätts upp längs gångvägarna,",
                     "Motion till kommunfullmäktige i Vara\nSida 2 av 2",
                     "att belysningen är tänd hela natten."),
        ["belysning sätts upp längs gångvägarna", "belysningen är tänd hela natten"],
        id="running-head-and-page-number-between-two-items",
    ),
    pytest.param(
        local_motion("Vi föreslår därför",
                     "att belysning sätts upp längs gångvägarna,",
                     "Centerpartiet i Vara | Box 123, 534 21 Vara | 0512-310 00 | www.c.se/vara",
                     "att belysningen är tänd hela natten."),
        ["belysning sätts upp längs gångvägarna", "belysningen är tänd hela natten"],
        id="letterhead-footer-between-two-items",
    ),
    pytest.param(
        local_motion("Vi föreslår därför",
                     "att belysning sätts upp längs gångvägarna,",
                     "Postadress: Box 123, 534 21 Vara\nTelefon: 0512-310 00 • vara@c.se\n2 (2)",
                     "att belysningen är tänd hela natten."),
        ["belysning sätts upp längs gångvägarna", "belysningen är tänd hela natten"],
        id="footer-lines-and-page-number-between-two-items",
    ),
    pytest.param(
        local_motion("Förslag till beslut:\nBelysning sätts upp längs gångvägarna.\n"
                     "Belysningen är tänd hela natten."),
        ["Belysning sätts upp längs gångvägarna", "Belysningen är tänd hela natten"],
        id="heading-then-one-decision-a-line",
    ),
    pytest.param(
        local_motion("Vi föreslår därför", "att belysning sätts upp längs gångvägarna,",
                     "att belysningen är tänd hela natten.\nVara 2021-03-03"),
        ["belysning sätts upp längs gångvägarna", "belysningen är tänd hela natten"],
        id="date-line-under-the-last-item",
    ),
    pytest.param(
        local_motion("Vi föreslår därför", "att belysning sätts upp längs gångvägarna,\n"
                     "att belysningen är tänd hela natten.\nFör Centerpartiet i Vara"),
        ["belysning sätts upp längs gångvägarna", "belysningen är tänd hela natten"],
        id="group-heading-under-the-last-item",
    ),
    pytest.param(
        local_motion(f"{ARGUMENT} {ARGUMENT}\nMed vad ovan anförts föreslås att\n"
                     "Kommunfullmäktige ger tekniska nämnden i uppdrag att:",
                     "Sätta upp belysning längs gångvägarna",
                     "Sätta upp belysning vid busshållplatserna"),
        ["Sätta upp belysning längs gångvägarna", "Sätta upp belysning vid busshållplatserna"],
        id="verb-line-and-lead-in-closing-a-paragraph",
    ),
    # --- att lines under the verb's own line, no blank line between -------------------------
    pytest.param(
        local_motion("Vi yrkar på\natt belysning sätts upp längs gångvägarna\n"
                     "att belysningen är tänd hela natten"),
        ["belysning sätts upp längs gångvägarna", "belysningen är tänd hela natten"],
        id="verb-line-then-att-lines",
    ),
    pytest.param(
        local_motion("Styrelsen yrkar\nAtt belysning sätts upp längs gångvägarna\n"
                     "Att belysningen är tänd hela natten"),
        ["belysning sätts upp längs gångvägarna", "belysningen är tänd hela natten"],
        id="verb-line-then-capital-att-lines",
    ),
    pytest.param(
        local_motion("Vi yrkar därför att kommunfullmäktige beslutar\n"
                     "att belysning sätts upp längs gångvägarna,\n"
                     "att belysningen är tänd hela natten."),
        ["belysning sätts upp längs gångvägarna", "belysningen är tänd hela natten"],
        id="decision-line-then-att-lines",
    ),
    pytest.param(
        local_motion("Många boende har skrivit till oss om detta, och flera av dem föreslår\n"
                     "att belysning sätts upp längs gångvägarna. Det stöder vi.",
                     "Vi föreslår därför att belysningen är tänd hela natten."),
        ["belysningen är tänd hela natten"],
        id="wrapped-argument-with-a-verb-is-no-preamble",
    ),
    # --- att lines under a proposal heading, no blank line between ---------------------------
    *(pytest.param(
        local_motion(f"{heading}\n{att}tt belysning sätts upp längs gångvägarna.\n"
                     f"{att}tt belysningen är tänd hela natten."),
        ["belysning sätts upp längs gångvägarna", "belysningen är tänd hela natten"],
        id=f"att-lines-right-under-{slug}",
    ) for heading, att, slug in (("Förslag till beslut", "A", "forslag-till-beslut"),
                                  ("Beslutsförslag", "a", "beslutsforslag"),
                                  ("Yrkande", "A", "yrkande"), ("Hemställan", "a", "hemstallan"))),
    # --- a bare "fullmäktige" deciding, as "kommunfullmäktige" does -------------------------
    *(pytest.param(
        local_motion(f"Mot bakgrund av detta föreslår jag att fullmäktige beslutar{colon}",
                     f"{mark}belysning sätts upp längs gångvägarna",
                     f"{mark}belysningen är tänd hela natten"),
        ["belysning sätts upp längs gångvägarna", "belysningen är tänd hela natten"],
        id=f"fronted-verb-and-bare-fullmaktige-{slug}",
    ) for colon, mark, slug in (("", "att ", "att-lines"), (":", "• ", "bullets"),
                                 ("", "– att ", "dash-att"))),
    pytest.param(
        local_motion("Förslag till beslut: Att belysning sätts upp längs gångvägarna."),
        ["belysning sätts upp längs gångvägarna"],
        id="heading-and-colon-then-the-att-sats-on-its-line",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_proposal_conventions(text: str, expected: list[str]) -> None:
    doc = tillit.parse(text)
    assert [p.text for p in doc.proposals] == expected
    assert [p.number for p in doc.proposals] == list(range(1, len(expected) + 1))
    for p in doc.proposals:
        assert text[p.span.start:p.span.end] == p.verbatim


def test_argument_lines_before_a_preamble_line_stay_paragraphs() -> None:
    """Where the preamble is the last line of the argument's block, the lines before it are
    still the argument."""
    text = next(row.values[0] for row in ROWS if row.id == "preamble-last-line-of-argument-block")
    assert isinstance(text, str)
    doc = tillit.parse(text)
    assert [p.text for p in doc.paragraphs] == [
        ARGUMENT + " Det behövs en plan för hela kommunen, inte bara för centrum."]
    assert {p.preamble for p in doc.proposals} == {"Centerpartiet yrkar"}


@pytest.mark.parametrize(("row_id", "preamble"), [
    ("inline-numbered-decision-after-hemstaller-jag",
     "Med hänvisning till det anförda hemställer jag att riksdagen beslutar"),
    ("second-lead-in-symbol-bullets-wrapped-item",
     "Med vad ovan anförts föreslås att Regionfullmäktige ger regionstyrelsen i uppdrag att"),
])
def test_lead_in_words_belong_to_the_preamble(row_id: str, preamble: str) -> None:
    """The words that lead in to a list are the preamble's, not a proposal of their own."""
    text = next(row.values[0] for row in ROWS if row.id == row_id)
    assert isinstance(text, str)
    assert {p.preamble for p in tillit.parse(text).proposals} == {preamble}


@pytest.mark.parametrize("page_break", ["\n\f", "\n\f\n"])
def test_a_form_feed_is_a_page_break(page_break: str) -> None:
    """pdftotext ends each page with a form feed: under a sentence's end it ends the
    paragraph (no blank line is printed), inside an att-sats it is a line break."""
    text = (
        "Motion till kommunfullmäktige i Vara\n\nBelysning på gångvägarna\n\n"
        "Gångvägarna i kommunens bostadsområden är ofta dåligt upplysta om kvällarna."
        + page_break
        + "Många äldre undviker att gå ut när det är mörkt.\n\n"
        "Vi föreslår därför\n\natt belysning sätts upp längs" + page_break + "gångvägarna\n\n"
        "Anna Lind (C)\n"
    )
    doc = tillit.parse(text)
    assert [p.text for p in doc.paragraphs] == [
        "Gångvägarna i kommunens bostadsområden är ofta dåligt upplysta om kvällarna.",
        "Många äldre undviker att gå ut när det är mörkt."]
    assert [p.text for p in doc.proposals] == ["belysning sätts upp längs gångvägarna"]
    assert [s.name for s in doc.signatories] == ["Anna Lind"]


def test_a_wrapped_att_sats_in_text_of_one_paragraph_a_line() -> None:
    """A scraped page prints one paragraph a line, but keeps the hard wraps of an att-sats
    typed in short lines: a bare "att" and a line ending in a word that cannot end one ("…
    bidra till") carry on into the next."""
    text = "\n".join([
        "Motion till kommunfullmäktige i Vara",
        "Belysning på gångvägarna",
        "Gångvägarna i kommunens bostadsområden är ofta dåligt upplysta om kvällarna.",
        "Många äldre säger att de undviker att gå ut när det har blivit mörkt ute.",
        "Bättre belysning skulle göra det tryggare för alla som går till och från jobbet.",
        "Flera grannkommuner har redan satt upp ny belysning längs sina gångvägar.",
        "Vi yrkar därför",
        "att",
        "Vara kommun sätter upp belysning längs gångvägarna",
        "i bostadsområdena för att därigenom bidra till",
        "en tryggare kommun",
        "Anna Lind (C)",
    ]) + "\n"
    doc = tillit.parse(text)
    assert [p.text for p in doc.proposals] == [
        "Vara kommun sätter upp belysning längs gångvägarna i bostadsområdena för att därigenom "
        "bidra till en tryggare kommun"]
    assert [s.name for s in doc.signatories] == ["Anna Lind"]


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_verb_whose_object_is_the_decision_formula_leads_in(gap: str) -> None:
    """"… hemställer styrelsen att årsmötet måtte besluta" over its att-sats is the preamble,
    however many words stand between the verb and the formula, and names the deciding body;
    with or without a blank line between the two."""
    text = (
        "Proposition om medlemsavgift 2012\n\n"
        "Styrelsen har enligt stadgarna att lämna förslag på medlemsavgift för året efter. "
        "Avgiften har legat still i fem år och kostnaderna har ökat sedan dess.\n\n"
        "Med anledning av ovanstående hemställer styrelsen att årsmötet måtte besluta" + gap
        + "att fastställa medlemsavgiften för år 2012 till 210 kronor.\n\n"
        "För styrelsen\n\nTobias Sjö\n"
    )
    doc = tillit.parse(text)
    assert [p.text for p in doc.proposals] == [
        "fastställa medlemsavgiften för år 2012 till 210 kronor"]
    assert doc.proposals[0].preamble == (
        "Med anledning av ovanstående hemställer styrelsen att årsmötet måtte besluta")
    assert doc.body == "årsmötet"


def test_a_sentence_ending_in_a_decision_formula_leads_in_nothing() -> None:
    """"Vi föreslår en utredning innan kommunfullmäktige beslutar." is argument: the paragraph
    after it is no proposal."""
    doc = tillit.parse(
        "Motion om bänkar\n\nVi vill ha fler bänkar i parken. Det är viktigt för alla.\n\n"
        "Vi föreslår en grundlig utredning av frågan innan kommunfullmäktige beslutar.\n\n"
        "Fler bänkar gör parken bättre för äldre.\n\nAnna Berg (V)\n")
    assert doc.proposals == ()


def test_numbered_questions_after_a_verb_are_no_proposals() -> None:
    """"… begär jag fullmäktiges tillstånd att få ställa följande frågor:" over numbered
    questions: an interpellation's questions, never proposals (CONVENTIONS)."""
    doc = tillit.parse(doc_text(
        "Interpellation till socialnämndens ordförande", ARGUMENT,
        "Med anledning av detta begär jag fullmäktiges tillstånd att till socialnämndens "
        "ordförande få ställa följande frågor:",
        "1. Varför har nämnden lagt frågan på is?\n2. När kommer ett nytt program?",
        "Anna Lind (C)"))
    assert doc.kind == "interpellation"
    assert doc.proposals == ()
    assert len(doc.questions) == 2


_GRID_PREAMBLES = (
    "Vi yrkar därför", "Vi yrkar därför:", "Jag föreslår kommunfullmäktige besluta",
    "Jag föreslår att kommunfullmäktige beslutar:", "Med anledning av ovanstående yrkar vi",
    "Vänsterpartiet yrkar att kommunfullmäktige beslutar", "Förslag till beslut", "Yrkande:",
    "Därför föreslår vi:", "Mot bakgrund av detta föreslår jag att fullmäktige beslutar",
)
_GRID_MARKS = ("att ", "Att ", "- att ", "• att ", "{n}. att ", "– att ", "• ", "{n}. ",
               "{n}) att ", "{a}) att ")
_GRID_ITEMS = ("tekniska nämnden får i uppdrag att rusta gångvägarna",
               "arbetet redovisas för kommunstyrelsen senast i december 2023",
               "kostnaderna finansieras inom ram")


@pytest.mark.parametrize("gap", ["\n\n", "\n"], ids=["blank-lines", "no-blank-lines"])
@pytest.mark.parametrize("mark", _GRID_MARKS)
@pytest.mark.parametrize("preamble", _GRID_PREAMBLES)
def test_every_preamble_reads_every_item_layout(preamble: str, mark: str, gap: str) -> None:
    """Each way of leading in, with each way of marking the items, blank lines between them
    or not: the three items, in order (a list mark or a lead-in that announces a list is what
    makes items without "att" proposals)."""
    items = [mark.format(n=k, a="abc"[k - 1]) + item + ("," if k < 3 else ".")
             for k, item in enumerate(_GRID_ITEMS, start=1)]
    text = local_motion(preamble + "\n\n" + gap.join(items))
    assert [p.text for p in tillit.parse(text).proposals] == list(_GRID_ITEMS)
