"""vtviewer.core: indexing, storage and search; no widgets."""
