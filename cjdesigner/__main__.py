"""``python -m cjdesigner`` runs the same entry point as the ``cjdesigner`` script."""

import sys

from cjdesigner.cli import main

sys.exit(main())
