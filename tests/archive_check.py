"""Checks for a blind-answered archive folder (tests/archive3 … tests/archive11; stdlib only).

``validate(folder)``: every NNN.json must parse, have 'source', 'doc_type' and 'notes';
non-'other' answers need the fields of CONVENTIONS.md with the right types, YYYY-MM-DD dates,
normalised proposals (no leading att/Att, number or bullet; no trailing , ; . or ', samt')
and signatories as {name, party} with canonical party codes or a local party name. Every
answer needs its NNN.txt and a row in SOURCES.tsv.

``overlap(folder, references)``: no text may share more than five lower-cased word 6-gram
shingles with any reference text or with another text in the folder.

Each archive's ``validate.py`` and ``overlap.py`` run these on their own folder; from
archive11 on, ``python tests/archive_check.py tests/archiveN`` runs both, the folder checked
against the references and every other archive folder.
"""
import glob
import json
import os
import re
import sys

TESTS = os.path.dirname(os.path.abspath(__file__))
LIMIT = 5
#: Reference texts every archive is checked against (relative to tests/).
REFERENCES = ['corpus/*.txt', 'corpus/swerik/*.txt', 'archive/*.txt', 'archive2/*.txt',
              '../seeds/*']
KINDS = {'motion', 'interpellation', 'question', 'citizen_proposal', 'press_release', 'other'}
FIELDS = ['title', 'body', 'organisation', 'date', 'place', 'proposals', 'signatories']
CODES = {'S', 'M', 'SD', 'C', 'V', 'KD', 'L', 'MP', 'FI'}
DATE = re.compile(r'^\d{4}-\d{2}-\d{2}$')
LEAD = re.compile(r'^(att|Att|ATT)\b|^\d+[.)]\s|^[-•–*]\s')
TRAIL = re.compile(r'([,;.]|, samt)$')


def check(path, sources, here):
    errs = []
    num = os.path.basename(path)[:-5]
    try:
        with open(path, encoding='utf-8') as fh:
            a = json.load(fh)
    except ValueError as e:
        return [f'does not parse: {e}']
    if not os.path.exists(os.path.join(here, num + '.txt')):
        errs.append('no .txt')
    if num not in sources:
        errs.append('no SOURCES.tsv row')
    for k in ('source', 'doc_type', 'notes'):
        if not isinstance(a.get(k), str) or not a.get(k):
            errs.append(f'missing {k}')
    if a.get('doc_type') not in KINDS:
        errs.append(f"bad doc_type {a.get('doc_type')!r}")
    if a.get('doc_type') == 'other':
        extra = set(a) - {'source', 'doc_type', 'notes'}
        if extra:
            errs.append(f'other answer has fields {sorted(extra)}')
        return errs
    for f in FIELDS:
        if f not in a:
            errs.append(f'missing {f}')
    for f in ('title', 'body', 'organisation', 'place'):
        if a.get(f) is not None and not isinstance(a[f], str):
            errs.append(f'{f} not a string')
    if a.get('body') and a['body'] != a['body'].lower():
        errs.append('body not lower case')
    if a.get('date') is not None and not DATE.match(a['date']):
        errs.append(f"bad date {a['date']!r}")
    props = a.get('proposals')
    if props is not None:
        if not isinstance(props, list):
            errs.append('proposals not a list')
        else:
            for p in props:
                if not isinstance(p, str) or not p.strip():
                    errs.append('empty proposal')
                elif LEAD.search(p) or TRAIL.search(p) or p != p.strip() or '\n' in p:
                    errs.append(f'proposal not normalised: {p[:50]!r}')
    sigs = a.get('signatories')
    if sigs is not None:
        if not isinstance(sigs, list):
            errs.append('signatories not a list')
        else:
            for s in sigs:
                if not isinstance(s, dict) or set(s) != {'name', 'party'}:
                    errs.append(f'bad signatory {s!r}')
                    continue
                if not s['name'] or s['name'] != s['name'].strip():
                    errs.append(f"bad signatory name {s['name']!r}")
                p = s['party']
                if p is not None and p not in CODES and (p.upper() == p or len(p) < 3):
                    errs.append(f'party not canonical: {p!r}')
    return errs


def validate(here):
    """Check every answer in ``here``; print the problems and a summary, return 1 if any."""
    sources = set()
    with open(os.path.join(here, 'SOURCES.tsv'), encoding='utf-8') as fh:
        for line in fh:
            if line.strip():
                sources.add(line.split('\t')[0])
    files = sorted(glob.glob(os.path.join(here, '[0-9]*.json')))
    bad = 0
    for path in files:
        errs = check(path, sources, here)
        for e in errs:
            print(f'{os.path.basename(path)}: {e}')
        bad += bool(errs)
    txts = {os.path.basename(p)[:-4] for p in glob.glob(os.path.join(here, '[0-9]*.txt'))}
    jsons = {os.path.basename(p)[:-5] for p in files}
    for n in sorted(txts - jsons):
        print(f'{n}.txt: no answer')
        bad += 1
    print(f'{len(files)} answers checked: ' + ('OK' if not bad else f'{bad} with problems'))
    return 1 if bad else 0



def shingles(text, n=6):
    words = text.lower().split()
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def load(pattern, here):
    out = {}
    for path in sorted(glob.glob(pattern)):
        if os.path.isfile(path):
            with open(path, encoding='utf-8', errors='replace') as fh:
                out[os.path.relpath(path, here)] = shingles(fh.read())
    return out


def overlap(here, references):
    """Check the texts in ``here`` against the ``references`` (glob patterns relative to
    ``tests/``) and each other; print the problems and a summary, return 1 if any."""
    refs = {}
    for pattern in references:
        refs.update(load(os.path.join(TESTS, pattern), here))
    mine = load(os.path.join(here, '*.txt'), here)
    bad = []
    names = sorted(mine)
    for name in names:
        s = mine[name]
        for ref, r in refs.items():
            n = len(s & r)
            if n > LIMIT:
                bad.append((name, ref, n))
        for other in names:
            if other > name:
                n = len(s & mine[other])
                if n > LIMIT:
                    bad.append((name, other, n))
    for name, ref, n in bad:
        print(f'{name}: {n} shared shingles with {ref}')
    print(f'checked {len(mine)} texts against {len(refs)} reference texts: '
          + ('OK' if not bad else f'{len(bad)} problems'))
    return 1 if bad else 0


def main(folder):
    """Validate ``folder``'s answers and check its texts against the references and every
    other archive folder; return 1 if either check fails."""
    here = os.path.abspath(folder)
    others = sorted(os.path.relpath(os.path.join(d, '*.txt'), TESTS)
                    for d in glob.glob(os.path.join(TESTS, 'archive*'))
                    if os.path.isdir(d) and os.path.abspath(d) != here
                    and os.path.basename(d) not in ('archive', 'archive2'))
    return validate(here) | overlap(here, [*REFERENCES, *others])


if __name__ == '__main__':
    sys.exit(main(sys.argv[1]))
