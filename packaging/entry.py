"""The bundled program's entry point: the same as the ``cjdesigner`` console script."""

import os
import sys

from cjdesigner.cli import main

if __name__ == "__main__":
    # With no locale at all (`env -i`, a bare server), Qt warns on stderr that it switches to
    # C.UTF-8; the bundle says so first, quietly (Python runs in UTF-8 mode in the bundle).
    if not any(os.environ.get(name) for name in ("LC_ALL", "LC_CTYPE", "LANG")):
        os.environ["LC_CTYPE"] = "C.UTF-8"
    sys.exit(main())
