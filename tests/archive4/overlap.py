"""Overlap check for tests/archive4 (stdlib only).

No text here may share more than five lower-cased word 6-gram shingles with any
reference text (../corpus/*.txt, ../corpus/swerik/*.txt, ../archive/*.txt,
../archive2/*.txt, ../archive3/*.txt,
../../seeds/*) or with another text in this folder.
Usage: python overlap.py
"""
import glob
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIMIT = 5
REFERENCES = [
    os.path.join(HERE, '..', 'corpus', '*.txt'),
    os.path.join(HERE, '..', 'corpus', 'swerik', '*.txt'),
    os.path.join(HERE, '..', 'archive', '*.txt'),
    os.path.join(HERE, '..', 'archive2', '*.txt'),
    os.path.join(HERE, '..', 'archive3', '*.txt'),
    os.path.join(HERE, '..', '..', 'seeds', '*'),
]


def shingles(text, n=6):
    words = text.lower().split()
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def load(pattern):
    out = {}
    for path in sorted(glob.glob(pattern)):
        if os.path.isfile(path):
            with open(path, encoding='utf-8', errors='replace') as fh:
                out[os.path.relpath(path, HERE)] = shingles(fh.read())
    return out


def main():
    refs = {}
    for pattern in REFERENCES:
        refs.update(load(pattern))
    mine = load(os.path.join(HERE, '*.txt'))
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


if __name__ == '__main__':
    sys.exit(main())
