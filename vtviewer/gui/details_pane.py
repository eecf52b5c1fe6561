"""The details of the selected document: metadata, contacts, attachments and file actions."""

from __future__ import annotations

import html
import os
import re
from collections.abc import Callable, Sequence
from urllib.parse import quote

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vtviewer.core.model import Contact, Document
from vtviewer.core.text import decode_name
from vtviewer.gui.details_places import PlacesList
from vtviewer.gui.messages import fill
from vtviewer.gui.results_model import doc_type_label, format_date
from vtviewer.paths import openable_path


def mailto_url(email: str) -> str:
    return "mailto:" + quote(email.strip(), safe="@.+-_")


def tel_url(phone: str) -> str:
    """A tel: URL with spaces and punctuation dropped ("+47 22 00 00 00" -> tel:+4722000000)."""
    digits = "".join(ch for ch in phone if ch.isdigit() or ch == "+")
    return "tel:" + digits


def human_size(size: int, locale: QLocale) -> str:
    return locale.formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def _link(url: str, text: str) -> str:
    return f'<a href="{html.escape(url, quote=True)}">{html.escape(text)}</a>'


class LinkLabel(QLabel):
    """A label holding one link that is a single Tab stop, whichever way Tab goes.

    QLabel walks through its links on Tab before letting focus leave, and on Shift+Tab
    lands back on its last link each time: focus got stuck. Enter or Space on the
    focused label opens the link.
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Skip QLabel's walk through the links: leave the label straight away.
        return QWidget.focusNextPrevChild(self, next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            match = _HREF.search(self.text())
            if match is not None:
                self.linkActivated.emit(html.unescape(match.group(1)))
                event.accept()
                return
        super().keyPressEvent(event)


_HREF = re.compile(r'href="([^"]*)"')


class DetailsPane(QScrollArea):
    """Shows one Document. Links open through QDesktopServices (or ``link_opener``).

    In Edit mode (``show_editor``) it holds the editing form instead (``editor``).

    Signals:
        status_message(str): short feedback for the status bar ("Copied ...").
        attachment_requested(str): an attachment's link was clicked: its path, for the
            embedded preview.
        edit_requested(): the user asked to edit the document (its Edit button).
        similar_requested(object): the user asked for the documents like this one (its
            Document).
    """

    status_message = Signal(str)
    attachment_requested = Signal(str)
    edit_requested = Signal()
    similar_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Document details"))
        self._locale = QLocale()
        self._document: Document | None = None
        self._links: list[str] = []
        self._editor: QWidget | None = None
        self._keep_editor: Callable[[], bool] = lambda: False
        self._body = QWidget()
        self._layout = QVBoxLayout(self._body)
        self.clear()

    def set_locale(self, locale: QLocale) -> None:
        self._locale = locale

    @property
    def document(self) -> Document | None:
        return self._document

    @property
    def editor(self) -> QWidget | None:
        """The editing form shown in place of the details (None: the details show)."""
        return self._editor

    def show_editor(self, editor: QWidget, keep: Callable[[], bool] = lambda: False) -> None:
        """Edit mode: ``editor`` in place of the details until a document is shown, or,
        while ``keep()`` says it holds changes not saved, until ``close_editor``: the
        document chosen meanwhile is remembered (``document``) and shown then."""
        self._reset()
        self._body = editor
        self._editor = editor
        self._keep_editor = keep
        self.setWidget(editor)

    def _editor_kept(self, document: Document | None) -> bool:
        if self._editor is None or not self._keep_editor():
            return False
        self._document = document
        return True

    def links(self) -> list[str]:
        """Every URL the pane currently offers (contacts, attachments, the file)."""
        return list(self._links)

    def focus_widgets(self) -> list[QWidget]:
        """The pane's controls that Tab reaches, in reading order (buttons, links)."""
        if self._editor is not None:
            return []  # the form keeps its own order (fields, Cancel, Save)
        # Right after a rebuild the new widgets are not shown yet (they are when the
        # event loop turns): leave out only those hidden on purpose.
        return [
            widget
            for widget in self._body.findChildren(QWidget)
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not (
                widget.isHidden()
                and widget.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)
            )
        ]

    def open_url(self, url: str) -> None:
        QDesktopServices.openUrl(QUrl(url))

    # --- building ----------------------------------------------------------------------

    def _reset(self) -> None:
        # A fresh body widget each time: QScrollArea deletes the old one with its children.
        self._body = QWidget()
        self._layout = QVBoxLayout(self._body)
        self._layout.setContentsMargins(12, 10, 12, 10)
        self._layout.setSpacing(8)
        self.setWidget(self._body)
        self._editor = None
        self._links = []

    def clear(self, *, close_editor: bool = False) -> None:
        if not close_editor and self._editor_kept(None):
            return
        self._reset()
        self._document = None
        hint = QLabel(self.tr("Select a document to see its details."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self._layout.addWidget(hint)
        self._layout.addStretch(1)

    def show_document(
        self,
        document: Document,
        locations: Sequence[str] = (),
        attachments: Sequence[str] = (),
        *,
        close_editor: bool = False,
    ) -> None:
        """Show ``document``; ``locations``: the other paths of its content;
        ``attachments``: paths of attachments found beside those its metadata lists. In
        Edit mode with changes not saved, only once ``close_editor`` (after Save or
        Cancel)."""
        if not close_editor and self._editor_kept(document):
            return
        self._reset()
        self._document = document
        meta = document.meta

        title = QLabel(html.escape(meta.title or document.name))
        title.setObjectName("detailsTitle")
        title.setWordWrap(True)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        title.setFont(font)
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        title.setAccessibleName(self.tr("Title"))
        self._layout.addWidget(title)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(4)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def row(label: str, value: str, rich: bool = False) -> None:
            if not value:
                return
            if rich:
                field: QLabel = LinkLabel(value)
                field.linkActivated.connect(self.open_url)
            else:
                field = QLabel(html.escape(value))
                field.setTextFormat(Qt.TextFormat.RichText)
                field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            field.setWordWrap(True)
            field.setAccessibleName(label)
            form.addRow(self._form_label(label), field)

        # What it is, at a glance: type · period · organisation.
        glance = [doc_type_label(meta.doc_type), meta.period, meta.organisation]
        subtitle = QLabel(" · ".join(html.escape(part) for part in glance if part))
        subtitle.setWordWrap(True)
        subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        subtitle.setAccessibleName(self.tr("Type, period and organisation"))
        self._layout.addWidget(subtitle)

        file_url = QUrl.fromLocalFile(openable_path(document.path)).toString()
        self._links.append(file_url)
        buttons = QHBoxLayout()
        open_button = QPushButton(self.tr("Open in default viewer"))
        open_button.setObjectName("openExternal")
        open_button.setAccessibleName(self.tr("Open in default viewer"))
        open_button.clicked.connect(lambda: self.open_url(file_url))
        folder_url = QUrl.fromLocalFile(openable_path(os.path.dirname(document.path))).toString()
        folder_button = QPushButton(self.tr("Show in folder"))
        folder_button.setObjectName("showInFolder")
        folder_button.setAccessibleName(self.tr("Show in folder"))
        folder_button.clicked.connect(lambda: self.open_url(folder_url))
        edit_button = QPushButton(self.tr("Edit"))
        edit_button.setObjectName("editDocument")
        edit_button.setAccessibleName(self.tr("Edit"))
        edit_button.setToolTip(self.tr("Correct the details (F2)"))
        edit_button.clicked.connect(self.edit_requested)
        similar_button = QPushButton(self.tr("Similar documents"))
        similar_button.setObjectName("similarDocuments")
        similar_button.setAccessibleName(self.tr("Similar documents"))
        similar_button.setToolTip(self.tr("The ten documents most like this one"))
        similar_button.clicked.connect(lambda: self.similar_requested.emit(document))
        buttons.addWidget(open_button)
        buttons.addWidget(folder_button)
        buttons.addWidget(edit_button)
        buttons.addWidget(similar_button)
        buttons.addStretch(1)
        self._layout.addLayout(buttons)
        if meta.overlay:
            self._layout.addWidget(self._overlay_notice())

        # Who to ask comes before the file facts: it is what people open the pane for.
        if meta.contacts:
            self._layout.addWidget(self._heading(self.tr("Contacts")))
            for contact in meta.contacts:
                self._layout.addWidget(self._contact_widget(contact))

        if meta.summary:
            self._layout.addWidget(self._heading(self.tr("Summary")))
            summary = QLabel(html.escape(meta.summary))
            summary.setWordWrap(True)
            summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            summary.setAccessibleName(self.tr("Summary"))
            self._layout.addWidget(summary)

        self._layout.addSpacing(4)
        row(self.tr("Published"), format_date(meta.published, self._locale))
        row(self.tr("Modified"), format_date(meta.modified, self._locale))
        if meta.authors:
            row(self.tr("Authors"), ", ".join(meta.authors))
        if meta.tags:
            row(self.tr("Tags"), ", ".join(meta.tags))
        row(self.tr("Pages"), self._locale.toString(document.page_count))
        row(self.tr("Size"), human_size(document.size, self._locale))
        row(self.tr("File"), _link(file_url, decode_name(document.path)), rich=True)
        self._layout.addLayout(form)

        if locations:
            self._layout.addWidget(self._heading(self.tr("Also at")))
            places = PlacesList(locations, lambda url: self.open_url(url), LinkLabel)
            self._links.extend(places.urls)
            self._layout.addWidget(places)

        listed = list(dict.fromkeys([*meta.attachments, *attachments]))
        if listed:
            self._layout.addWidget(self._heading(self.tr("Attachments")))
            for path in listed:
                url = QUrl.fromLocalFile(openable_path(path)).toString()
                self._links.append(url)
                label = LinkLabel(_link(url, os.path.basename(decode_name(path))))
                label.setToolTip(decode_name(path))
                # In the embedded preview, not in another application.
                label.linkActivated.connect(lambda _url, p=path: self.attachment_requested.emit(p))
                label.setAccessibleName(fill(self.tr("Attachment %1"), path))
                self._layout.addWidget(label)

        self._layout.addStretch(1)

    def _overlay_notice(self) -> QLabel:
        notice = QLabel(
            self.tr(
                "These corrections are kept in vtviewer's data folder because the folder "
                "cannot be written"
            )
        )
        notice.setObjectName("overlayNotice")
        notice.setWordWrap(True)
        notice.setFrameShape(QFrame.Shape.StyledPanel)
        notice.setContentsMargins(6, 4, 6, 4)
        notice.setToolTip(self.tr("File → Save edits next to the files moves them there"))
        return notice

    def add_notice(self, notice: QWidget) -> None:
        """Add a note under the document's facts (e.g. its scanned pages, which are read
        after the pane is built)."""
        if self._document is not None:
            self._layout.insertWidget(self._layout.count() - 1, notice)

    def _form_label(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setEnabled(False)  # the disabled palette gives a quiet grey caption
        return label

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        label.setContentsMargins(0, 6, 0, 0)
        return label

    def _contact_widget(self, contact: Contact) -> QWidget:
        box = QWidget()
        box.setObjectName("contact")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(2)
        name = contact.name or contact.organisation or contact.email
        heading = html.escape(name)
        if contact.role:
            heading += f" <span>– {html.escape(contact.role)}</span>"
        if contact.organisation and contact.organisation != name:
            heading += f"<br><small>{html.escape(contact.organisation)}</small>"
        label = QLabel(heading)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(label)
        for value, url, what in (
            (contact.email, mailto_url(contact.email), self.tr("e-mail")),
            (contact.phone, tel_url(contact.phone), self.tr("phone")),
        ):
            if not value:
                continue
            self._links.append(url)
            line = QHBoxLayout()
            line.setSpacing(6)
            link = LinkLabel(_link(url, value))
            link.linkActivated.connect(self.open_url)
            link.setAccessibleName(f"{name} {what}")
            link.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
            copy = QToolButton()
            copy.setText(self.tr("Copy"))
            copy.setAutoRaise(True)
            copy.setToolTip(fill(self.tr("Copy %1"), value))
            copy.setAccessibleName(fill(self.tr("Copy %1"), f"{name} {what}"))
            copy.clicked.connect(lambda _=False, v=value: self._copy(v))
            line.addWidget(link)
            line.addWidget(copy)
            line.addStretch(1)
            layout.addLayout(line)
        return box

    def _copy(self, value: str) -> None:
        QGuiApplication.clipboard().setText(value)
        self.status_message.emit(fill(self.tr("Copied %1"), value))
