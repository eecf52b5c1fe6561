"""The preview's hits: a search per opened term and one for the find bar, which of them
the view paints, and the selected hit when stepping through them in reading order."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QRectF
from PySide6.QtPdf import QPdfDocument, QPdfLink, QPdfSearchModel
from PySide6.QtWidgets import QLabel

from vtviewer.gui.messages import fill
from vtviewer.gui.preview_highlight import HighlightingPdfView


class PreviewHits(QObject):
    """The hits on the document in ``view``: the opened terms (one QPdfSearchModel each,
    reused across documents so that re-jumping costs nothing) or, while ``finding``, the
    find bar's text; ``jump(page, y)`` scrolls the view to a hit, ``label`` counts them."""

    def __init__(
        self,
        document: QPdfDocument,
        view: HighlightingPdfView,
        label: QLabel,
        jump: Callable[[int, float | None], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._view = view
        self._label = label
        self._jump = jump
        # The find bar's search; the opened terms have one model each (QPdfSearchModel
        # takes one string), reused across documents so that re-jumping costs nothing.
        self.search = QPdfSearchModel(self)
        self.search.setDocument(document)
        self._term_models: list[QPdfSearchModel] = []
        self.primary: QPdfSearchModel | None = None  # the term of the first hit on the page
        self.finding = False  # the find bar's text, not the opened terms, is highlighted
        self.index = -1
        self._hit_anchor: tuple[int, int] | None = None  # (0-based page, n-th hit on it)
        self._all_hits: list[QPdfLink] | None = None

    def reset(self) -> None:
        """The document closes: no hits, no highlighting, every search emptied."""
        self._all_hits = None
        self.index = -1
        self._hit_anchor = None
        self.primary = None
        self.finding = False
        self._view.set_highlight_models(())
        self._view.set_word_boxes({})
        self._view.set_current_hit(None)

    def empty_searches(self) -> None:
        for model in (self.search, *self._term_models):
            model.setSearchString("")

    def set_find_text(self, text: str) -> None:
        """Highlight ``text`` (the find bar's) instead of the opened terms; "" goes back."""
        self.finding = bool(text.strip())
        if self.search.searchString() != text.strip():
            self.search.setSearchString(text.strip())
            self.forget()
        self.activate()

    def _set_terms(self, terms: Sequence[str]) -> list[QPdfSearchModel]:
        """One search model per term (case-insensitive duplicates dropped), reusing the
        models that already search a wanted term; the rest are emptied."""
        wanted: list[str] = []
        for term in terms:
            if term.casefold() not in {w.casefold() for w in wanted}:
                wanted.append(term)
        by_string = {m.searchString(): m for m in self._term_models if m.searchString()}
        chosen: dict[str, QPdfSearchModel] = {t: by_string[t] for t in wanted if t in by_string}
        spare = [m for m in self._term_models if m not in chosen.values()]
        models: list[QPdfSearchModel] = []
        for term in wanted:
            model = chosen.get(term)
            if model is None:
                if spare:
                    model = spare.pop(0)
                else:
                    model = QPdfSearchModel(self)
                    model.setDocument(self._document)
                    self._term_models.append(model)
                # Searches the other pages in the background, a page per event-loop turn.
                model.setSearchString(term)
            models.append(model)
        for model in spare:
            if model.searchString():
                model.setSearchString("")
        return models

    def activate(self) -> None:
        """Point the view's highlighting at the find text or the opened terms; forget the
        selected hit, which belonged to the previous set."""
        if self.finding:
            models = [self.search]
        else:
            models = [m for m in self._term_models if m.searchString()]
        if list(self._view.highlight_models()) != models:
            self.forget()
            self._view.set_highlight_models(models)

    def forget(self) -> None:
        self._all_hits = None
        self.index = -1
        self._hit_anchor = None
        self._view.set_current_hit(None)

    def apply_target(self, target: int, terms: Sequence[str]) -> None:
        """Highlight ``terms`` and go to the first hit on 0-based page ``target``."""
        models = self._set_terms(terms)
        # Reading order on the target page is cheap to get; the hit's index among all
        # hits is not (it needs every page searched), so it is worked out when stepping.
        on_page = _reading_order([link for m in models for link in m.resultsOnPage(target)])
        first = on_page[0] if on_page else None
        self.primary = None
        if first is not None:
            self.primary = next(
                m for m in models if any(_same(first, link) for link in m.resultsOnPage(target))
            )
        elif models:
            self.primary = max(models, key=lambda m: len(m.searchString()))
        self.activate()
        # Re-opening with the same terms keeps the models, and so the stale step state.
        self.forget()
        if first is not None:
            self._hit_anchor = (target, 0)
            self._jump(target, first.location().y())
        else:
            self._jump(target, None)
        self.update_label()

    def hits(self) -> list[QPdfLink]:
        """Every highlighted hit in reading order (searches all pages)."""
        if self._all_hits is None:
            models = [m for m in self._view.highlight_models() if m.searchString()]
            self._all_hits = [
                link
                for page in range(self._document.pageCount())
                for link in _reading_order([link for m in models for link in m.resultsOnPage(page)])
            ]
        return self._all_hits

    def step(self, step: int) -> None:
        """Select the next (``step`` 1) or previous (-1) hit, from the current page when
        none is selected."""
        hits = self.hits()
        if not hits:
            return
        if self.index < 0 and self._hit_anchor is not None:
            page, nth = self._hit_anchor
            first_on_page = next((i for i, link in enumerate(hits) if link.page() == page), 0)
            current = first_on_page + nth
            self.go_to((current + step) % len(hits))
            return
        if self.index < 0:
            here = self._view.pageNavigator().currentPage()
            after = [i for i, link in enumerate(hits) if link.page() >= here]
            start = after[0] if after else 0
            self.go_to(start if step > 0 else (start - 1) % len(hits))
            return
        self.go_to((self.index + step) % len(hits))

    def go_to(self, index: int) -> None:
        hits = self.hits()
        if not 0 <= index < len(hits):
            return
        link = hits[index]
        self.index = index
        self._hit_anchor = None
        self._view.set_current_hit(link)
        self._jump(link.page(), link.location().y())
        self.update_label()

    def update_label(self) -> None:
        label = self._label
        if self._all_hits is None or not self._view.highlight_models():
            label.setText("")
            return
        total = len(self._all_hits)
        if total == 0:
            label.setText(self.tr("No matches"))
        elif self.index < 0:
            label.setText(self.tr("%Ln match(es)", "", total))
        else:
            label.setText(fill(self.tr("hit %1 of %2"), str(self.index + 1), str(total)))


def _same(a: QPdfLink, b: QPdfLink) -> bool:
    return a.page() == b.page() and a.rectangles() == b.rectangles()


def _reading_order(links: list[QPdfLink]) -> list[QPdfLink]:
    """Hits on one page, line by line from the top, left to right within a line.

    Words on one line have different glyph boxes ("Bjørn" is taller than "bjoern"), so a
    hit joins the line above when its centre lies within half that line's height.
    """

    def box(link: QPdfLink) -> QRectF:
        rects = link.rectangles()
        return rects[0] if rects else QRectF(link.location(), link.location())

    lines: list[list[QPdfLink]] = []
    line_box = QRectF()
    for link in sorted(links, key=lambda link: box(link).center().y()):
        rect = box(link)
        if lines and abs(rect.center().y() - line_box.center().y()) <= line_box.height() / 2:
            lines[-1].append(link)
        else:
            lines.append([link])
            line_box = rect
    return [link for line in lines for link in sorted(line, key=lambda link: box(link).x())]
