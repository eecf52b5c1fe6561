"""One scanned page -> its text and word boxes: PDFium renders it, Tesseract reads it.

What runs in a worker process (``pool`` runs it with its limits); the second indexing
pass that hands the pages out is ``ocr_pass``. Tesseract is its command line
(``tesseract image stdout -l nor+eng --psm 1 tsv``): word boxes and confidences in TSV,
no Python binding. ``--psm 1`` lets it find the page's orientation first (a page
scanned sideways), and the boxes it gives are those of the image as rendered.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass

from vtviewer.core.model import WordBox

log = logging.getLogger(__name__)

#: Norwegian and English, the languages of a Norwegian municipality's archive.
DEFAULT_LANGUAGES = ("nor", "eng")
#: The resolution pages are rendered at (bench/ocr_bench.py measures the choice).
DEFAULT_DPI = 300
#: A page rendered larger than this is rendered smaller (an A0 map at 300 dpi is 140 MP).
MAX_PIXELS = 40_000_000
#: Tesseract's own data, not a language of text.
NOT_LANGUAGES = frozenset({"osd", "equ"})
#: How long asking Tesseract for its version and languages may take.
_QUERY_SECONDS = 10.0


class OcrError(Exception):
    """A page that could not be recognised; ``detail`` is the system's or Tesseract's
    own words (shown as they are)."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.detail,))


@dataclass(frozen=True)
class OcrSettings:
    """Whether scanned pages are recognised, in which languages, at what resolution."""

    enabled: bool = True
    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    dpi: int = DEFAULT_DPI


@dataclass(frozen=True)
class Tesseract:
    """The installed Tesseract: where, which version, which languages."""

    path: str
    version: str
    languages: tuple[str, ...]

    def choose(self, wanted: tuple[str, ...]) -> tuple[str, ...]:
        """The wanted languages that are installed; else the installed ones (English
        first): a language missing must not stop recognition."""
        chosen = tuple(lang for lang in wanted if lang in self.languages)
        if chosen:
            return chosen
        fallback = sorted(self.languages, key=lambda lang: (lang != "eng", lang))
        return tuple(fallback[:1])


def find_tesseract() -> Tesseract | None:
    """The Tesseract on the PATH, or None when there is none (or it does not answer)."""
    path = shutil.which("tesseract")
    if path is None:
        return None
    try:
        version = _run_query([path, "--version"]).splitlines()
        listing = _run_query([path, "--list-langs"]).splitlines()
    except (OSError, subprocess.SubprocessError) as error:
        log.warning("tesseract at %s does not answer: %s", path, error)
        return None
    first = version[0].split() if version else []
    number = first[1] if len(first) > 1 else "unknown"
    # (Script models, "script/Latin", are not languages to offer.)
    languages = tuple(
        name
        for name in (line.strip() for line in listing[1:])
        if name.replace("_", "").isalpha() and name.isascii() and name not in NOT_LANGUAGES
    )
    if not languages:
        log.warning("tesseract at %s has no languages installed", path)
        return None
    return Tesseract(path, number, languages)


def _run_query(command: list[str]) -> str:
    done = subprocess.run(
        command, capture_output=True, timeout=_QUERY_SECONDS, check=True, env=_environment()
    )
    # Older versions print the version on stderr.
    return (done.stdout or done.stderr).decode("utf-8", errors="replace")


def _environment() -> dict[str, str]:
    # One thread per Tesseract: the workers are the parallelism (OpenMP threads in
    # every worker only fight over the cores).
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


def install_hint(platform: str = sys.platform) -> str:
    """How to install Tesseract with Norwegian on this platform (a command or a page)."""
    if platform.startswith("linux"):
        return "sudo apt install tesseract-ocr tesseract-ocr-nor tesseract-ocr-eng"
    if platform == "darwin":
        return "brew install tesseract tesseract-lang"
    return "https://github.com/UB-Mannheim/tesseract/wiki"


# --- one page ----------------------------------------------------------------------------


@dataclass(frozen=True)
class OcrRequest:
    """Recognise page ``page`` (1-based) of the file at ``path``."""

    doc_id: int
    path: str
    page: int
    tesseract: str
    languages: tuple[str, ...]
    dpi: int = DEFAULT_DPI
    #: Seconds Tesseract may take (the worker's own limit is a little longer).
    timeout: float = 100.0


@dataclass(frozen=True)
class OcrPage:
    """What Tesseract read on a page: the text (lines and paragraphs as it found them)
    and each word with its box."""

    text: str
    words: tuple[WordBox, ...]


def recognise(request: OcrRequest) -> OcrPage:
    """Render the page with PDFium and read it with Tesseract. Raises OcrError."""
    with tempfile.TemporaryDirectory(prefix="vtviewer-ocr-") as folder:
        image = os.path.join(folder, "page.pgm")
        width, height = render_page(request.path, request.page, request.dpi, image)
        command = [
            request.tesseract,
            image,
            "stdout",
            "-l",
            "+".join(request.languages),
            "--psm",
            "1",
            "tsv",
        ]
        try:
            done = subprocess.run(
                command,
                capture_output=True,
                timeout=request.timeout,
                env=_environment(),
                preexec_fn=_die_with_worker if sys.platform.startswith("linux") else None,
            )
        except subprocess.TimeoutExpired:
            raise OcrError(f"Tesseract took more than {request.timeout:g} s") from None
        except OSError as error:
            raise OcrError(error.strerror or type(error).__name__) from None
    if done.returncode != 0:
        said = done.stderr.decode("utf-8", errors="replace").strip().splitlines()
        raise OcrError(said[-1][:300] if said else f"Tesseract exited with {done.returncode}")
    return parse_tsv(done.stdout.decode("utf-8", errors="replace"), width, height)


def _die_with_worker() -> None:
    """In Tesseract's process (Linux): killed with the worker, when the pool kills a worker
    that timed out or the run is cancelled. (A worker has no threads, so this hook is
    safe in it.)"""
    import ctypes
    import signal

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG


def render_page(path: str, number: int, dpi: int, target: str) -> tuple[int, int]:
    """Render page ``number`` in grey at ``dpi`` (less for a huge page) into a PGM file
    (Tesseract reads it without an image library here); returns its size in pixels."""
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(path)
    except (pypdfium2.PdfiumError, OSError) as error:
        raise OcrError(str(error) or type(error).__name__) from None
    try:
        if not 1 <= number <= len(pdf):
            raise OcrError(f"no page {number}")
        page = pdf.get_page(number - 1)
        try:
            width, height = page.get_size()
            scale = dpi / 72
            pixels = width * scale * height * scale
            if pixels > MAX_PIXELS:
                scale *= (MAX_PIXELS / pixels) ** 0.5
            bitmap = page.render(scale=scale, grayscale=True)
            try:
                _write_pgm(bitmap, target)
                return int(bitmap.width), int(bitmap.height)
            finally:
                bitmap.close()
        finally:
            page.close()
    finally:
        pdf.close()


def _write_pgm(bitmap: object, target: str) -> None:
    width = int(getattr(bitmap, "width"))  # noqa: B009  -- pypdfium2 is untyped
    height = int(getattr(bitmap, "height"))  # noqa: B009
    stride = int(getattr(bitmap, "stride"))  # noqa: B009
    channels = int(getattr(bitmap, "n_channels"))  # noqa: B009
    buffer = memoryview(getattr(bitmap, "buffer")).cast("B")  # noqa: B009
    with open(target, "wb") as out:
        out.write(f"P5\n{width} {height}\n255\n".encode())
        for row in range(height):
            line = buffer[row * stride : row * stride + width * channels]
            out.write(bytes(line[::channels]) if channels > 1 else bytes(line))


def parse_tsv(tsv: str, width: int, height: int) -> OcrPage:
    """Tesseract's TSV -> the page's text and its words, boxes as fractions of the image.

    Words of a line are joined by spaces, lines by a line break, blocks and paragraphs
    by an empty line, in Tesseract's reading order (column by column)."""
    words: list[WordBox] = []
    parts: list[str] = []
    last: tuple[str, str, str] | None = None
    for line in tsv.splitlines()[1:]:
        cells = line.split("\t")
        if len(cells) < 12 or cells[0] != "5":
            continue
        text = cells[11].strip()
        if not text:
            continue
        try:
            left, top, w, h = (int(c) for c in cells[6:10])
            confidence = float(cells[10])
        except ValueError:
            continue
        place = (cells[2], cells[3], cells[4])
        if last is not None:
            if place[:2] != last[:2]:
                parts.append("\n\n")
            elif place != last:
                parts.append("\n")
            else:
                parts.append(" ")
        parts.append(text)
        last = place
        if width > 0 and height > 0:
            words.append(
                WordBox(text, left / width, top / height, w / width, h / height, confidence)
            )
    return OcrPage("".join(parts), tuple(words))
