"""vtviewer.gui: the desktop window; widgets only, calls vtviewer.core."""
