"""vtviewer: an offline archive viewer for PDF plans and reports."""

__version__ = "0.1.0"
