"""``python -m app``: the ``kartoteka`` command (with no arguments, the window)."""

import sys

from app.cli import main

sys.exit(main())
