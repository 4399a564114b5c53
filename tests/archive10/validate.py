"""Answer check for tests/archive10 (stdlib only): tests/archive_check.py's validate.

Usage: python validate.py [TESTS_ROOT]
TESTS_ROOT defaults to the folder above this one (tests/ once installed).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(HERE)
sys.path.insert(0, ROOT)
from archive_check import validate  # noqa: E402

if __name__ == '__main__':
    sys.exit(validate(HERE))
