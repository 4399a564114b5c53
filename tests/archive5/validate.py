"""Answer check for tests/archive5 (stdlib only): tests/archive_check.py's validate.

Usage: python validate.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from archive_check import validate  # noqa: E402

if __name__ == '__main__':
    sys.exit(validate(HERE))
