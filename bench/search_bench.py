"""The search benchmark is bench/scale_bench.py; this name runs it (same arguments).

.venv/bin/python bench/search_bench.py FOLDER [--sizes 100000 1000000] [--data DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale_bench import main

if __name__ == "__main__":
    sys.exit(main())
