"""`python -m ui`: the same as the `qingdu` command."""

import sys

from ui.launcher import main

sys.exit(main())
