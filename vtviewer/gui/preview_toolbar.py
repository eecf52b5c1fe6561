"""The preview's toolbar: sidebar, page navigation, zoom and fit, find; its keys work while
the focus is in the preview."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfPageSelector, QPdfView
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolBar, QWidget

from vtviewer.gui.messages import fill
from vtviewer.gui.preview_icons import action_icon


class PreviewToolbar(QToolBar):
    """The preview's actions by name (``action(key)``: sidebar, previous, next, zoom_out,
    zoom_in, fit_width, fit_page, find), the page selector and the page count. The
    actions' shortcuts belong to ``owner``, the preview; ``owner`` wires what they do."""

    def __init__(self, owner: QWidget, document: QPdfDocument) -> None:
        super().__init__(owner)
        self._owner = owner
        self._actions: dict[str, QAction] = {}
        self.setAccessibleName(self.tr("Preview toolbar"))
        self.setIconSize(QSize(18, 18))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        sidebar = self._action("sidebar", "sidebar", self.tr("Outline and pages"), ["F9"], True)
        self.addAction(sidebar)
        self.addSeparator()
        previous = self._action(
            "previous", "page-previous", self.tr("Previous page"), [QKeySequence("PgUp")]
        )
        self.addAction(previous)
        self.page_selector = QPdfPageSelector(self)
        self.page_selector.setDocument(document)
        self.page_selector.setAccessibleName(self.tr("Page number"))
        self.page_selector.setToolTip(self.tr("Page number"))
        self.addWidget(self.page_selector)
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Page count"))
        self.count_label.setContentsMargins(4, 0, 4, 0)
        self.addWidget(self.count_label)
        following = self._action(
            "next", "page-next", self.tr("Next page"), [QKeySequence("PgDown")]
        )
        self.addAction(following)
        self.addSeparator()
        zoom_out = self._action(
            "zoom_out", "zoom-out", self.tr("Zoom out"), [QKeySequence.StandardKey.ZoomOut]
        )
        self.addAction(zoom_out)
        zoom_in = self._action(
            "zoom_in",
            "zoom-in",
            self.tr("Zoom in"),
            [QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")],
        )
        self.addAction(zoom_in)
        group = QActionGroup(self)
        fit_width = self._action("fit_width", "fit-width", self.tr("Fit width"), ["Ctrl+0"], True)
        fit_page = self._action("fit_page", "fit-page", self.tr("Fit page"), ["Ctrl+9"], True)
        for action in (fit_width, fit_page):
            group.addAction(action)
            self.addAction(action)
        group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        fit_width.setChecked(True)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(spacer)
        find = self._action("find", "find", self.tr("Find in document"))
        find.setToolTip(fill(self.tr("Find in document (%1)"), self._key_text("Find")))
        self.addAction(find)
        for action in self.actions():
            button = self.widgetForAction(action)
            if button is not None and action.text():
                button.setAccessibleName(action.text())

    def action(self, key: str) -> QAction:
        return self._actions[key]

    def named_actions(self) -> dict[str, QAction]:
        return dict(self._actions)

    def fit_modes(self) -> tuple[tuple[QAction, QPdfView.ZoomMode], ...]:
        return (
            (self._actions["fit_width"], QPdfView.ZoomMode.FitToWidth),
            (self._actions["fit_page"], QPdfView.ZoomMode.FitInView),
        )

    def _action(
        self,
        key: str,
        icon: str,
        text: str,
        shortcuts: Sequence[QKeySequence | QKeySequence.StandardKey | str] = (),
        checkable: bool = False,
    ) -> QAction:
        action = QAction(action_icon(icon, self._owner.palette()), text, self._owner)
        keys = [QKeySequence(s) for s in shortcuts]
        if keys:
            action.setShortcuts(keys)
            # Only while the focus is in the preview: the window keeps its own keys.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shown = keys[0].toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({shown})")
        action.setCheckable(checkable)
        self._owner.addAction(action)
        self._actions[key] = action
        return action

    def _key_text(self, which: str) -> str:
        key = {
            "Find": QKeySequence(QKeySequence.StandardKey.Find),
        }[which]
        return key.toString(QKeySequence.SequenceFormat.NativeText)
