"""Overlap check for tests/archive5 (stdlib only): tests/archive_check.py's overlap, against
the corpus, swerik, the seeds, the first four archives and this folder's other texts.

Usage: python overlap.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from archive_check import REFERENCES, overlap  # noqa: E402

if __name__ == '__main__':
    sys.exit(overlap(HERE, [*REFERENCES, 'archive3/*.txt', 'archive4/*.txt']))
