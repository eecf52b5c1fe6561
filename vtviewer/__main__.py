"""python -m vtviewer -> cli.main()."""

import sys

from vtviewer.cli import main

sys.exit(main())
