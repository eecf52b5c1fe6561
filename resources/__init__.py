"""Data files shipped with vtviewer (icons, translations, the sample archive)."""
