"""Overlap check for tests/archive10 (stdlib only): tests/archive_check.py's overlap, against
the corpus, swerik, the seeds, the first nine archives and this folder's other texts.

Usage: python overlap.py [TESTS_ROOT]
TESTS_ROOT defaults to the folder above this one (tests/ once installed).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(HERE)
sys.path.insert(0, ROOT)
from archive_check import REFERENCES, overlap  # noqa: E402

if __name__ == '__main__':
    sys.exit(overlap(HERE, [*REFERENCES, 'archive3/*.txt', 'archive4/*.txt', 'archive5/*.txt',
                            'archive6/*.txt', 'archive7/*.txt', 'archive8/*.txt',
                            'archive9/*.txt']))
