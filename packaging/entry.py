"""The packaged executable's entry script: the same `main` as the installed `qingdu` console script."""

import sys

from ui.launcher import main

if __name__ == "__main__":
    sys.exit(main())
