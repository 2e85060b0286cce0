"""Allows `python -m hfk`."""

import sys

from hfk.cli import main

sys.exit(main())
