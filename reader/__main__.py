"""`python -m reader`: the headless command line."""

import sys

from reader.cli import main

sys.exit(main())
