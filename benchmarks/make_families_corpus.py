"""Write a synthetic corpus of motion families for ``benchmarks/families_bench.py``.

    python benchmarks/make_families_corpus.py OUT_DIR [--docs 10000] [--seed 7]

OUT_DIR receives ``NNNNN.txt`` documents and ``truth.json`` (each file's template and, for
press releases, the file they announce). Nothing here is committed; the output is regenerated
from the seeds and the development corpus (``seeds/*.txt``, ``tests/corpus/*.txt``).

How documents are made:

* **Templates.** The texts of the seeds and corpus that are neither press releases nor XML,
  plus synthetic motions written from their vocabulary (words drawn by corpus frequency, in
  sentences of 6–24 words, with the stock phrases of real motions: an addressee line,
  "Vi yrkar därför:", att-satser, signatures). A template is a list of paragraphs of
  sentences in which names are slots: organisation, its genitive, its place,
  "kommunen"/"regionen", the body, years, signatories.
  In the real texts the parsed organisation, years and signatory names become slots.
* **Copies.** A family is one template filed by several councils. Each copy fills the slots
  anew (one of the 290 municipalities or 21 regions, a year shift of −1…+3, new names and
  parties) and is edited with a strength drawn per copy: sentences deleted (up to 25 %), words
  replaced by corpus words (up to 8 %), new sentences inserted (up to 30 %), a local paragraph
  added, att-satser added or dropped. Half the copies are made from an earlier copy rather than
  the template, so differences accumulate along a chain, as motions travel.
* **Sizes.** Half the templates are filed once (a singleton); the other half are families
  whose size follows a Pareto law (α = 1.2) from 2 to 60, so about 80 % of the documents belong
  to a family: a harder and slower case than a real archive, where most motions are unique.
* **Press releases.** For one family in eight, a press release announces one member: a heading,
  a third of that member's sentences lightly reworded among new ones, a quote, and the press-room
  furniture of seed 002. A few announce singletons.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import tomllib
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import tillit

ROOT = Path(__file__).resolve().parents[1]
SLOTS = ("{ORG}", "{ORGS}", "{PLACE}", "{LEVEL}", "{BODY}")
FIRST = ("Anna", "Erik", "Maria", "Lars", "Karin", "Anders", "Eva", "Johan", "Sara", "Per",
         "Lena", "Mikael", "Ingrid", "Olof", "Fatima", "Ahmed", "Helena", "Jonas", "Maja", "Nils",
         "Elin", "Oskar", "Linnea", "Hassan", "Birgitta", "Gustav", "Emma", "Kjell", "Sofia")
LAST = ("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
        "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Berg",
        "Lindqvist", "Falk", "Holm", "Nyström", "Öberg", "Sandberg", "Ali", "Hussein", "Åberg")
PARTIES = ("S", "M", "SD", "C", "V", "KD", "L", "MP")


@dataclass
class Org:
    name: str  # "Lunds kommun" / "Region Skåne"
    genitive: str
    place: str
    level: str  # "kommunen" / "regionen"
    body: str


def organisations() -> list[Org]:
    with resources.files("tillit.data").joinpath("organisations.toml").open("rb") as fh:
        data = tomllib.load(fh)
    out = []
    for m in data["municipality"]:
        out.append(Org(m["official"], m["official"] + "s", m["name"], "kommunen",
                       "kommunfullmäktige"))
    for r in data["region"]:
        name = r["official"]
        place = name.removeprefix("Region ")
        out.append(Org(name, name + ("" if name.endswith("s") else "s"), place, "regionen",
                       "regionfullmäktige"))
    return out


def split(text: str) -> list[list[str]]:
    """Paragraphs of sentences."""
    paras = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    return [[s for s in re.split(r"(?<=[.!?])\s+", p) if s] for p in paras]


def template_from_text(text: str) -> list[list[str]]:
    """A real document as a template: its organisation, years and signatories become slots."""
    doc = tillit.parse(text)
    if doc.organisation:
        org = doc.organisation
        forms = [(org + "s", "{ORGS}"), (org, "{ORG}")]
        if org.endswith(" kommun"):
            base = org.removesuffix(" kommun")
            forms += [(base, "{PLACE}")]
            if base.endswith("s"):
                forms += [(base[:-1], "{PLACE}")]
        elif org.startswith("Region "):
            forms += [(org.removeprefix("Region "), "{PLACE}")]
        for form, slot in forms:
            text = re.sub(rf"(?<!\w){re.escape(form)}(?!\w)", slot, text)
    for sig in doc.signatories:
        text = text.replace(sig.name, "{NAME}")
    text = re.sub(r"(?<![\d/-])(19|20)(\d\d)(?![\d/])", lambda m: "{Y" + m.group(0) + "}", text)
    text = re.sub(r"\b(kommunen|regionen)\b", "{LEVEL}", text)
    return split(text)


class Words:
    def __init__(self, texts: list[str], rng: random.Random) -> None:
        words = [w for t in texts for w in re.findall(r"[^\W\d_]+", t.lower()) if len(w) > 1]
        counts = Counter(words)
        self.words = list(counts)
        self.weights = [counts[w] for w in self.words]
        self.rng = rng

    def sample(self, n: int) -> list[str]:
        return self.rng.choices(self.words, self.weights, k=n)

    def sentence(self, lo: int = 6, hi: int = 24) -> str:
        ws = self.sample(self.rng.randint(lo, hi))
        if self.rng.random() < 0.3:
            ws.insert(self.rng.randrange(len(ws)), self.rng.choice(("{LEVEL}", "{ORG}",
                                                                    "{ORGS}")))
        text = " ".join(ws)
        return text[0].upper() + text[1:] + "."


def synthetic_template(words: Words, rng: random.Random) -> list[list[str]]:
    paras = [["Motion till {BODY} i {PLACE}"], [words.sentence(3, 8).rstrip(".")]]
    for _ in range(rng.randint(2, 6)):
        paras.append([words.sentence() for _ in range(rng.randint(2, 6))])
    if rng.random() < 0.5:
        paras[-1].append(f"I budgeten för {{Y{rng.randint(2005, 2022)}}} slås fast att "
                         + " ".join(words.sample(8)) + ".")
    paras.append([rng.choice(("Vi yrkar därför:", "Med anledning av detta föreslår vi att "
                              "{BODY} beslutar:", "Vänsterpartiet yrkar därför:"))])
    paras.append(["\n".join("- att {ORG} " + " ".join(words.sample(rng.randint(6, 18)))
                            for _ in range(rng.randint(1, 4)))])
    paras.append(["{PLACE} {DATE}"])
    paras.append(["\n\n".join("{NAME} ({PARTY})" for _ in range(rng.randint(1, 6)))])
    return paras


def mutate(tpl: list[list[str]], words: Words, rng: random.Random) -> list[list[str]]:
    strength = rng.random()
    p_del, p_word, p_ins = 0.25 * strength, 0.08 * strength, 0.3 * strength
    out = []
    for para in tpl:
        new = []
        for s in para:
            if len(para) > 1 and rng.random() < p_del:
                continue
            if "{NAME}" not in s and "\n- att" not in s and not s.startswith("- att"):
                toks = s.split(" ")
                s = " ".join(words.sample(1)[0] if rng.random() < p_word and "{" not in t
                             else t for t in toks)
            new.append(s)
            if rng.random() < p_ins:
                new.append(words.sentence())
        out.append(new or para)
    if rng.random() < 0.3:  # a local paragraph
        out.insert(rng.randint(2, max(2, len(out) - 3)),
                   ["I {ORG} " + " ".join(words.sample(rng.randint(6, 20))) + "."
                    for _ in range(rng.randint(1, 3))])
    for para in out:  # att-satser added or dropped
        if para and para[0].startswith("- att"):
            items = para[0].split("\n")
            if rng.random() < 0.3:
                items.append("- att {ORG} " + " ".join(words.sample(rng.randint(6, 14))))
            if len(items) > 1 and rng.random() < 0.2:
                items.pop(rng.randrange(len(items)))
            para[0] = "\n".join(items)
    return out


def render(tpl: list[list[str]], org: Org, shift: int, rng: random.Random) -> str:
    text = "\n\n".join(" ".join(p) for p in tpl)
    text = re.sub(r"\{Y(\d{4})\}", lambda m: str(int(m.group(1)) + shift), text)
    text = (text.replace("{ORGS}", org.genitive).replace("{ORG}", org.name)
            .replace("{PLACE}", org.place).replace("{LEVEL}", org.level)
            .replace("{BODY}", org.body))
    text = text.replace("{DATE}", f"{2018 + shift + rng.randint(0, 4)}-0{rng.randint(1, 9)}-"
                                  f"{rng.randint(10, 28)}")
    while "{NAME}" in text:
        text = text.replace("{NAME}", f"{rng.choice(FIRST)} {rng.choice(LAST)}", 1)
    while "{PARTY}" in text:
        text = text.replace("{PARTY}", rng.choice(PARTIES), 1)
    return text


def press_release(member: str, org: Org, words: Words, furniture: str,
                  rng: random.Random) -> str:
    sentences = [s for p in split(member) for s in p if len(s.split()) >= 8]
    picked = rng.sample(sentences, max(1, len(sentences) // 3))
    body = []
    for s in picked:
        toks = s.split(" ")
        body.append(" ".join(words.sample(1)[0] if rng.random() < 0.05 else t for t in toks))
        if rng.random() < 0.4:
            body.append(words.sentence())
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    head = f"Pressmeddelande\n\n{name.split()[0]} motionerar om " + " ".join(words.sample(4))
    quote = f"- {words.sentence()} säger {name}, gruppledare i {org.name}."
    return "\n\n".join([head, " ".join(body[: len(body) // 2]), quote,
                        " ".join(body[len(body) // 2 :]), furniture])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests/corpus").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    kinds = [tillit.parse(t).kind for t in texts]
    words = Words(texts, rng)
    orgs = organisations()
    furniture = next(t for t, k in zip(texts, kinds, strict=True) if k == "press_release")
    furniture = furniture[furniture.index("Nyckelord"):]
    # Seeds 000, 001 and 004 are copies of one motion (issue 7): one template in the truth.
    real = [(template_from_text(t), "real:tillit" if p.parent.name == "seeds"
             and p.name[:3] in ("000", "001", "004") else f"real:{p.parent.name}/{p.stem}")
            for p, t, k in zip(paths, texts, kinds, strict=True)
            if k != "press_release" and not t.lstrip().startswith("<")]  # editing breaks XML

    docs: list[tuple[str, dict[str, object]]] = []
    family = 0
    while len(docs) < args.docs:
        family += 1
        size = 1 if rng.random() < 0.5 else min(60, max(2, int(rng.paretovariate(1.2)) + 1))
        size = min(size, args.docs - len(docs))
        label: int | str = family
        if family <= 3 * len(real) and family % 3 == 0:
            tpl, label = real[family // 3 - 1]
        else:
            tpl = synthetic_template(words, rng)
        copies: list[list[list[str]]] = []
        rendered: list[tuple[str, Org]] = []
        for _ in range(size):
            base = rng.choice(copies) if copies and rng.random() < 0.5 else tpl
            copy = mutate(base, words, rng) if size > 1 else base
            copies.append(copy)
            org = rng.choice(orgs)
            text = render(copy, org, rng.randint(-1, 3), rng)
            rendered.append((text, org))
            docs.append((text, {"template": label, "kind": "motion"}))
        if rng.random() < (0.125 if size > 1 else 0.01) and len(docs) < args.docs:
            k = rng.randrange(size)
            target = len(docs) - size + k
            text, org = rendered[k]
            docs.append((press_release(text, org, words, furniture, rng),
                         {"template": None, "kind": "press_release", "announces": target}))
    args.out.mkdir(parents=True, exist_ok=True)
    truth = {}
    for n, (text, meta) in enumerate(docs):
        name = f"{n:05d}.txt"
        (args.out / name).write_text(text, encoding="utf-8")
        if "announces" in meta:
            meta["announces"] = f"{meta['announces']:05d}.txt"
        truth[name] = meta
    (args.out / "truth.json").write_text(json.dumps(truth, indent=1), encoding="utf-8")
    print(f"{len(docs)} documents, {family} templates → {args.out}")


if __name__ == "__main__":
    main()
