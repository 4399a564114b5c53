"""``python -m tillit`` runs the command line."""

import sys

from tillit.cli import main

sys.exit(main())
