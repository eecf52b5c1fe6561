"""The frozen application's entry point (PyInstaller): vtviewer's command line.

A frozen app has no ``python -m``: the extraction workers are spawned as this executable
(multiprocessing's freeze support recognises their arguments and runs the worker), and the
PDF preview's safety probe as ``<app> --pdf-probe PATH PAGE`` (vtviewer.cli.main hands
that flag to the probe before anything else).
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from vtviewer.cli import main

    sys.exit(main())
