"""The command line: gui (default), index, roots, show, edit, import, problems, export, stats,
search, similar, saved, contacts."""

from __future__ import annotations

import argparse
import codecs
import contextlib
import io
import logging
import logging.handlers
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import FrameType
from typing import Any, TextIO, cast

from vtviewer import __version__
from vtviewer.core.contacts import name_key
from vtviewer.core.edits import (
    EDITABLE,
    REVERT,
    Edit,
    EditError,
    parse_contact,
    parse_value,
    tags_changed,
)
from vtviewer.core.export import document_data, json_text, problem_data, result_data
from vtviewer.core.messages import english
from vtviewer.core.model import SORTS, Contact, Document, Snippet
from vtviewer.core.sidecar import FIELD_OF_KEY, KEY_OF_FIELD, sidecar_path
from vtviewer.core.text import clean_text
from vtviewer.paths import DataPaths, data_paths, sample_archive_dir

log = logging.getLogger("vtviewer")

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
EXIT_CANCELLED = 130


class UsageError(Exception):
    """A mistake in the command line (exit status 2)."""


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="where the index lives (default: $VTVIEWER_DATA_DIR or the user data dir)",
    )
    common.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="machine-readable output"
    )
    common.add_argument(
        "-v", "--verbose", action="count", default=argparse.SUPPRESS, help="more log output"
    )

    parser = argparse.ArgumentParser(
        prog="vtviewer",
        description="Offline archive viewer for PDF plans and reports.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"vtviewer {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser("gui", parents=[common], help="open the window (the default)")
    gui.add_argument("paths", nargs="*", help="folders or PDFs to add and open")

    index = sub.add_parser("index", parents=[common], help="add folders and index their PDFs")
    index.add_argument("paths", nargs="*", metavar="PATH", help="folders (or PDFs) to index")
    index.add_argument("--sample", action="store_true", help="index the bundled sample archive")
    index.add_argument(
        "--workers", type=int, default=None, help="extraction processes (default: cores)"
    )
    index.add_argument(
        "--timeout", type=float, default=120.0, help="seconds allowed per file (default 120)"
    )
    index.add_argument(
        "--memory-limit",
        type=float,
        default=1536,
        metavar="MB",
        help="memory cap per extraction process in MiB (default 1536)",
    )
    index.add_argument("--retry", action="store_true", help="try files recorded as problems again")
    index.add_argument(
        "--ocr",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="recognise pages without a text layer with Tesseract, after the text (default on)",
    )
    index.add_argument(
        "--ocr-languages",
        default="nor+eng",
        metavar="LANGS",
        help="Tesseract's languages, joined by + (default nor+eng)",
    )
    index.add_argument(
        "--rebuild",
        action="store_true",
        help="move the index aside and build it again (a damaged index is rebuilt anyway)",
    )

    roots = sub.add_parser("roots", parents=[common], help="list (or remove) archive folders")
    roots.add_argument("--remove", metavar="PATH", action="append", default=[])

    show = sub.add_parser("show", parents=[common], help="all metadata of one indexed PDF")
    show.add_argument("path")

    edit = sub.add_parser(
        "edit",
        parents=[common],
        help="correct the metadata of an indexed PDF (kept in its sidecar)",
        description="Correct the metadata of an indexed PDF. The edits are written to its"
        " sidecar (PDF name + .vtviewer.json), or, where its folder cannot be written, kept"
        " in the data folder until they can be (the window's File -> Save edits next to"
        f" the files). Fields: {', '.join(EDIT_FIELDS)}.",
    )
    edit.add_argument("path", help="the PDF")
    edit.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help="set a field (repeatable); an empty value clears it, e.g. --set type=plan"
        " --set period=2013-2015 --set 'authors=Kari Nordmann; Ola Nordmann'",
    )
    edit.add_argument("--add-tag", action="append", default=[], metavar="TAG")
    edit.add_argument("--remove-tag", action="append", default=[], metavar="TAG")
    edit.add_argument(
        "--add-contact",
        action="append",
        default=[],
        metavar="CONTACT",
        help="'name=...,role=...,organisation=...,phone=...,email=...'",
    )
    edit.add_argument(
        "--remove-contact",
        action="append",
        default=[],
        metavar="NAME",
        help="remove the contacts of that name (or e-mail address)",
    )
    edit.add_argument(
        "--revert",
        action="append",
        default=[],
        metavar="FIELD",
        help="drop the edit of a field: the file's own value shows again",
    )

    from vtviewer import cli_import

    cli_import.add_parser(sub, common)

    sub.add_parser("problems", parents=[common], help="files that could not be indexed")

    export = sub.add_parser(
        "export",
        parents=[common],
        help="every document (or a search's results) with metadata: JSON, CSV or a catalog",
        description="Export the documents with their metadata: the whole archive, or with"
        " --query/--filter every result of that search. csv is UTF-8 with a BOM and ';'"
        " between cells, as Excel reads it with Norwegian settings (--delimiter ',' for"
        " others); catalog is a vtviewer-catalog.json another vtviewer indexes, its paths"
        " relative to the folder of -o FILE.",
    )
    export.add_argument("--format", choices=("json", "csv", "catalog"), default="json")
    export.add_argument(
        "--delimiter", choices=(";", ","), default=";", help="between CSV cells (default ';')"
    )
    export.add_argument("--query", default=None, help="export this search's results")
    export.add_argument(
        "--filter",
        action="append",
        default=[],
        metavar="FACET=VALUE",
        help="facet filter, as for search (repeatable)",
    )
    export.add_argument(
        "--sort", choices=("relevance", "date", "title", "pages", "modified"), default="relevance"
    )
    export.add_argument("--output", "-o", metavar="FILE", help="write here instead of stdout")

    sub.add_parser("stats", parents=[common], help="documents, pages, problems, index size")

    search = sub.add_parser("search", parents=[common], help="search the index")
    search.add_argument("query", nargs="+", help="query text (see README: query language)")
    search.add_argument("--limit", type=int, default=10)
    search.add_argument("--offset", type=int, default=0)
    search.add_argument("--sort", choices=SORTS, default="relevance")
    search.add_argument(
        "--filter",
        action="append",
        default=[],
        metavar="FACET=VALUE",
        help="facet filter, e.g. type=plan or year=2013 (repeatable)",
    )
    search.add_argument(
        "--exact",
        action="store_true",
        help="search exactly what was typed: no word is corrected for typos",
    )

    similar = sub.add_parser(
        "similar", parents=[common], help="the documents most like one (shared words)"
    )
    similar.add_argument("path", help="an indexed PDF")
    similar.add_argument("--limit", type=int, default=10)

    contacts = sub.add_parser(
        "contacts", parents=[common], help="every person across the archive, or one's documents"
    )
    contacts.add_argument("name", nargs="?", help="a person's name or e-mail: list their documents")

    saved = sub.add_parser("saved", parents=[common], help="list, add or delete saved searches")
    saved.add_argument("--add", nargs=2, metavar=("NAME", "QUERY"))
    saved.add_argument("--delete", metavar="NAME")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    _reconfigure_output()
    if arguments[:1] == ["--pdf-probe"]:
        # The preview checks untrusted PDFs in a child process; a frozen build has no
        # `python -m`, so the child is this executable with --pdf-probe.
        from vtviewer.gui.preview_probe import main as probe_main

        return probe_main(arguments[1:])
    logging_setup: _Logging | None = None
    try:
        parser = build_parser()
        args = parser.parse_args(_gui_by_default(arguments, parser))
        # The shared options are SUPPRESS-ed so that a subcommand does not reset what was
        # given before it ("vtviewer --data-dir X index"); fill in their defaults here.
        for name, default in (("data_dir", None), ("json", False), ("verbose", 0)):
            if not hasattr(args, name):
                setattr(args, name, default)
        if args.command is None:
            args.command = "gui"
            args.paths = []
        _clean_arguments(args)
        paths = data_paths(args.data_dir)
        logging_setup = _Logging(paths, args.verbose)
        code = _run(args, paths, logging_setup)
        # Flushed here, not by the interpreter at exit, so that a closed pipe is caught.
        sys.stdout.flush()
        return code
    except BrokenPipeError:  # e.g. `vtviewer export | head`
        _discard_stdout()
        return EXIT_OK
    except KeyboardInterrupt:  # Ctrl+C outside an index run (or a second one in it)
        _discard_stdout()
        with contextlib.suppress(OSError):
            print("\ninterrupted", file=sys.stderr)
        return EXIT_CANCELLED
    finally:
        if logging_setup is not None:
            logging_setup.close()


def _gui_by_default(arguments: list[str], parser: argparse.ArgumentParser) -> list[str]:
    """``vtviewer FILE.pdf`` and ``vtviewer FOLDER`` (a file manager's "Open with") mean
    ``vtviewer gui PATH``: the first word that is no option and no command, when it is a
    path (an existing file or folder, a word with a path separator or a .pdf name)."""
    commands = {
        name
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for name in action.choices
    }
    takes_value = {"--data-dir"}
    index = 0
    while index < len(arguments):
        word = arguments[index]
        if word == "--":
            rest = arguments[index + 1 :]
            return [*arguments[:index], "gui", "--", *rest] if rest else arguments
        if word.startswith("-"):
            index += 2 if word in takes_value else 1
            continue
        if word in commands or not _looks_like_path(word):
            # A mistyped command stays an error that lists the commands.
            return arguments
        return [*arguments[:index], "gui", *arguments[index:]]
    return arguments


def _looks_like_path(word: str) -> bool:
    return os.path.exists(word) or os.sep in word or word.lower().endswith(".pdf")


def _run(args: argparse.Namespace, paths: DataPaths, logs: _Logging) -> int:
    """Run one command; every error that reaches the user becomes one line on stderr
    (its details go to the log file, and to stderr too with --verbose)."""
    commands: dict[str, Callable[[argparse.Namespace, DataPaths], int]] = {
        "gui": cmd_gui,
        "index": cmd_index,
        "roots": cmd_roots,
        "show": cmd_show,
        "edit": cmd_edit,
        "import": cmd_import,
        "problems": cmd_problems,
        "export": cmd_export,
        "stats": cmd_stats,
        "search": cmd_search,
        "similar": cmd_similar,
        "saved": cmd_saved,
        "contacts": _cmd_contacts,
    }
    from vtviewer.core.archive import IndexBusyError
    from vtviewer.core.health import ArchiveError, IndexDamagedError, folder_problem

    try:
        return commands[args.command](args, paths)
    except (BrokenPipeError, KeyboardInterrupt):
        raise
    except UsageError as exc:
        logs.error(f"error: {exc}", exc)
        return EXIT_USAGE
    except IndexBusyError as exc:
        logs.error(f"{exc}; try again when it has finished", exc)
        return EXIT_PROBLEMS
    except IndexDamagedError as exc:
        logs.error(f"{exc}; run `vtviewer index --rebuild` to rebuild it", exc)
        return EXIT_PROBLEMS
    except ArchiveError as exc:
        # The data folder cannot be written, a locked database, a newer index.
        logs.error(str(exc), exc)
        return EXIT_PROBLEMS
    except OSError as exc:
        # The command's own files (export --output, the sample); the data folder's
        # troubles are said as such, even from outside the archive.
        logs.error(str(folder_problem(exc, paths.root) or exc), exc)
        return EXIT_PROBLEMS
    except Exception as exc:
        logs.error(f"unexpected error: {type(exc).__name__}: {exc}", exc, unexpected=True)
        return EXIT_PROBLEMS


#: The log file in the data folder's logs/: a few of these, then the oldest goes.
LOG_FILE = "vtviewer.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 3


class _QuietFileHandler(logging.handlers.RotatingFileHandler):
    """A log file that never disturbs the command: when writing fails (a full disk, a
    folder made read-only meanwhile) it stops logging instead of printing a traceback."""

    failed = False

    def handleError(self, record: logging.LogRecord) -> None:
        self.failed = True
        with contextlib.suppress(Exception):
            self.close()

    def emit(self, record: logging.LogRecord) -> None:
        if not self.failed:
            super().emit(record)


class _ConsoleFormatter(logging.Formatter):
    """Log lines on stderr: one line each; a record's traceback only with --verbose (the
    log file always has it)."""

    def __init__(self, verbose: int) -> None:
        super().__init__("%(levelname)s %(name)s: %(message)s")
        self.verbose = verbose

    def format(self, record: logging.LogRecord) -> str:
        if self.verbose > 0 or not (record.exc_info or record.exc_text):
            return super().format(record)
        # The record is shared with the log file's handler: leave it as it was.
        saved = record.exc_info, record.exc_text, record.stack_info
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        try:
            return super().format(record)
        finally:
            record.exc_info, record.exc_text, record.stack_info = saved


class _Logging:
    """The CLI's logging: warnings (more with -v) on stderr, everything from INFO up with
    tracebacks in ``logs/vtviewer.log`` of the data folder, when that can be written."""

    def __init__(self, paths: DataPaths, verbose: int) -> None:
        self.verbose = verbose
        self.logger = logging.getLogger("vtviewer")
        self.logger.setLevel(logging.DEBUG if verbose >= 2 else logging.INFO)
        self.console = logging.StreamHandler(sys.stderr)
        self.console.setLevel(logging.WARNING - 10 * min(verbose, 2))
        self.console.setFormatter(_ConsoleFormatter(verbose))
        # Details of an error are for the log file; the user sees one line (--verbose: all).
        self.console.addFilter(lambda record: verbose > 0 or not hasattr(record, "details"))
        self.logger.addHandler(self.console)
        self.file: _QuietFileHandler | None = None
        self.path: Path | None = None
        try:
            paths.logs.mkdir(parents=True, exist_ok=True)
            path = paths.logs / LOG_FILE
            self.file = _QuietFileHandler(
                path,
                maxBytes=LOG_BYTES,
                backupCount=LOG_BACKUPS,
                encoding="utf-8",
                errors="backslashreplace",
            )
        except OSError:
            log.debug("no log file in %s", paths.logs, exc_info=True)
        else:
            self.path = path
            self.file.setFormatter(
                logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s")
            )
            self.logger.addHandler(self.file)

    def error(self, message: str, exc: BaseException, unexpected: bool = False) -> None:
        """Say ``message`` in one line on stderr; the traceback goes to the log."""
        log.error("%s", message, exc_info=exc, extra={"details": True})
        if unexpected:
            if self.file is not None and not self.file.failed:
                message += f" (details in {self.path})"
            elif not self.verbose:
                message += " (run with --verbose for details)"
        print(f"vtviewer: {message}", file=sys.stderr)

    def close(self) -> None:
        self.logger.removeHandler(self.console)
        if self.file is not None:
            self.logger.removeHandler(self.file)
            self.file.close()


def _reconfigure_output() -> None:
    for stream in (sys.stdout, sys.stderr):
        # File names that are not valid UTF-8 are printed as the bytes they are; any
        # other lone surrogate (a broken summary in an old index) as U+FFFD.
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors=OUTPUT_ERRORS)


def _output_errors(error: UnicodeError) -> tuple[str | bytes, int]:
    """The codec error handler of the CLI's output: surrogateescape where the surrogate
    stands for a byte of a file name, U+FFFD for anything else that cannot be encoded."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    char = error.object[error.start]
    if 0xDC80 <= ord(char) <= 0xDCFF:
        return bytes([ord(char) - 0xDC00]), error.start + 1
    # As bytes: the UTF-8 encoder takes only ASCII text back from an error handler.
    return "\ufffd".encode(error.encoding, "replace"), error.start + 1


OUTPUT_ERRORS = "vtviewer-output"
codecs.register_error(OUTPUT_ERRORS, _output_errors)


def _discard_stdout() -> None:
    """After a closed pipe: point stdout at the null device, so the interpreter's final
    flush of what is still buffered does not fail with a BrokenPipeError of its own."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


#: The options that hold text, not paths: cleaned to valid Unicode where they enter.
_TEXT_ARGUMENTS = ("query", "filter", "add", "delete", "name")


def _clean_arguments(args: argparse.Namespace) -> None:
    """Command-line text arrives with undecodable bytes as lone surrogates
    (surrogateescape); queries, filter values and names are made valid text here. Paths
    keep their bytes: they must open their files."""
    for name in _TEXT_ARGUMENTS:
        value = getattr(args, name, None)
        if isinstance(value, str):
            setattr(args, name, clean_text(value))
        elif isinstance(value, list):
            setattr(args, name, [clean_text(v) for v in value])


def _open(paths: DataPaths, pool_args: argparse.Namespace | None = None) -> Any:
    from vtviewer.core.archive import Archive

    config = None  # the defaults; reading PDFs is imported only to index
    if pool_args is not None:
        from vtviewer.core.pool import PoolConfig

        config = PoolConfig()
        workers = pool_args.workers or config.workers
        if workers < 1:
            raise UsageError("--workers must be at least 1")
        if pool_args.timeout <= 0 or pool_args.memory_limit <= 0:
            raise UsageError("--timeout and --memory-limit must be positive")
        config = PoolConfig(
            workers=workers,
            timeout=pool_args.timeout,
            memory_bytes=int(pool_args.memory_limit * 1024 * 1024),
        )
    return Archive.open(paths, config)


def _open_intact(paths: DataPaths) -> Any:
    """The archive for a command that reads the index: one that is damaged is an error
    (IndexDamagedError, one line suggesting `index --rebuild`), even where the part
    still whole could answer, so that no command answers from half an index unsaid."""
    from vtviewer.core.health import IndexDamagedError

    archive = _open(paths)
    damage = archive.damage
    if damage is not None:
        archive.close()
        raise IndexDamagedError(damage)
    return archive


def _emit_json(data: Any, out: TextIO | None = None) -> None:
    """JSON as UTF-8 text with Norwegian letters as they are (see export.json_text)."""
    out = out if out is not None else sys.stdout
    out.write(json_text(data))


def _cmd_contacts(args: argparse.Namespace, paths: DataPaths) -> int:
    from vtviewer.cli_contacts import cmd_contacts

    return cmd_contacts(args, paths)


# --- gui ------------------------------------------------------------------------------


def cmd_gui(args: argparse.Namespace, paths: DataPaths) -> int:
    from vtviewer.gui.app import run_gui

    return run_gui(paths, [os.path.abspath(p) for p in getattr(args, "paths", [])])


# --- index ----------------------------------------------------------------------------


class ProgressPrinter:
    """A progress bar on a terminal, plain lines otherwise (logs, pipes)."""

    def __init__(self, stream: TextIO, enabled: bool) -> None:
        self.stream = stream
        self.enabled = enabled
        self.tty = stream.isatty()
        self._last_line = 0.0
        self._width = 0

    def __call__(self, progress: Any) -> None:
        if not self.enabled:
            return
        rate = progress.pages_per_second
        left = progress.seconds_left
        left_text = f"{_duration(left)} left" if left is not None else ""
        if progress.phase == "scanning":
            text = "scanning folders…"
        elif progress.phase == "recognising":
            text = (
                f"recognising text: page {progress.done} of {progress.total}"
                f"  {rate:5.1f} pages/s  {left_text}"
            ).rstrip()
        elif progress.total == 0:
            text = "no new or changed files"
        else:
            text = (
                f"{progress.done}/{progress.total} files  {rate:6.0f} pages/s  {left_text}"
            ).rstrip()
        if self.tty:
            bar = ""
            if progress.total:
                filled = int(24 * progress.done / progress.total)
                bar = "[" + "#" * filled + "-" * (24 - filled) + "] "
            line = bar + text
            name = os.path.basename(progress.current)
            columns = max(40, _terminal_columns() - 1)
            if name and len(line) + 2 + len(name) < columns:
                line += "  " + name
            line = line[:columns]
            pad = max(0, self._width - len(line))
            self.stream.write("\r" + line + " " * pad)
            self._width = len(line)
            if progress.phase in ("done", "cancelled"):
                self.stream.write("\n")
            elif progress.phase == "recognising" and progress.done == progress.total:
                self.stream.write("\n")  # the files' bar stays above it
                self._width = 0
            self.stream.flush()
        else:
            now = time.monotonic()
            final = progress.phase in ("done", "cancelled")
            if final or now - self._last_line >= 2.0:
                self._last_line = now
                self.stream.write(f"indexing: {text}\n")
                self.stream.flush()


def _terminal_columns() -> int:
    try:
        return os.get_terminal_size(sys.stderr.fileno()).columns
    except OSError:
        return 80


def _duration(seconds: float) -> str:
    seconds = max(0, int(seconds + 0.5))
    minutes, secs = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def cmd_index(args: argparse.Namespace, paths: DataPaths) -> int:
    from vtviewer.core.scan import under_any

    targets = [os.path.abspath(p) for p in args.paths]
    if args.sample:
        targets.append(str(sample_archive_dir()))
    for target in targets:
        if not os.path.exists(target):
            raise UsageError(f"no such file or folder: {target}")
    archive = _open(paths, args)
    try:
        archive.ocr = _ocr_settings(args)
        roots = archive.roots()
        for target in targets:
            if target not in roots:
                archive.add_root(target)
        if not archive.roots():
            raise UsageError("nothing to index: give a folder, or --sample")
        cancel = threading.Event()
        restore = _install_interrupt(cancel)
        printer = ProgressPrinter(sys.stderr, enabled=True)
        try:
            summary = _index_or_rebuild(archive, args, targets, printer, cancel)
        finally:
            restore()
        scope = targets or archive.roots()
        problems = [p for p in archive.problems() if under_any(p.path, scope)]
        if args.json:
            _emit_json(
                {
                    "added": summary.added,
                    "updated": summary.updated,
                    "moved": summary.moved,
                    "removed": summary.removed,
                    "unchanged": summary.unchanged,
                    "problems": summary.problems,
                    "pages": summary.pages,
                    "seconds": round(summary.seconds, 3),
                    "pages_per_second": round(summary.pages / summary.seconds, 1)
                    if summary.seconds
                    else 0.0,
                    "cancelled": summary.cancelled,
                    "recognised": summary.recognised,
                }
            )
        else:
            print(
                f"{summary.added} added, {summary.updated} updated, {summary.moved} moved, "
                f"{summary.removed} removed, {summary.unchanged} unchanged, "
                f"{len(problems)} problems; {summary.pages} pages in {summary.seconds:.1f} s"
            )
            if summary.recognised:
                print(f"{summary.recognised} scanned pages recognised")
            _say_unrecognised(archive, args)
            if problems:
                # Every problem in these folders, older ones and sidecars included: this
                # run's new ones alone would not say why the exit status is 1.
                print(
                    "problems are files, sidecars or folders that could not be read; "
                    "see `vtviewer problems` for the reasons"
                )
        if summary.cancelled:
            print("cancelled; what was indexed so far is kept", file=sys.stderr)
            return EXIT_CANCELLED
        failed = summary.problems or any(p.kind != "changed" for p in problems)
        return EXIT_PROBLEMS if failed else EXIT_OK
    finally:
        archive.close()


def _say_unrecognised(archive: Any, args: argparse.Namespace) -> None:
    """Pages still without text: why, and what to do (never a problem, only a note)."""
    from vtviewer.core.ocr import find_tesseract, install_hint

    waiting = archive.stats().pages_without_text
    if not waiting:
        return
    if not args.ocr:
        print(f"{waiting} pages have no text layer; index with --ocr to recognise them")
    elif find_tesseract() is None:
        print(
            f"{waiting} pages have no text layer; to make them searchable, install "
            f"Tesseract ({install_hint()}) and index again"
        )
    else:
        print(f"{waiting} pages have no text layer and could not be recognised")


def _ocr_settings(args: argparse.Namespace) -> Any:
    from vtviewer.core.ocr import OcrSettings

    languages = tuple(lang for lang in args.ocr_languages.split("+") if lang.strip())
    if not languages or not all(lang.replace("_", "").isalnum() for lang in languages):
        raise UsageError(f"--ocr-languages: not languages joined by +: {args.ocr_languages}")
    return OcrSettings(enabled=args.ocr, languages=languages)


def _index_or_rebuild(
    archive: Any,
    args: argparse.Namespace,
    targets: list[str],
    printer: ProgressPrinter,
    cancel: threading.Event,
) -> Any:
    """``index``, or ``rebuild`` when asked or when the index is found damaged (at open,
    or by the run itself): saying what happened and what is done about it."""
    from vtviewer.core.health import IndexDamagedError

    damage = archive.damage
    if damage is None and not args.rebuild:
        only = None
        if args.retry:
            only = [p.path for p in archive.problems() if p.path.lower().endswith(".pdf")]
        try:
            return archive.index(targets or None, progress=printer, cancel=cancel, only=only)
        except IndexDamagedError as exc:
            damage = exc.damage
    if damage is not None:
        source = "the stored text" if damage.part == "fulltext" else "the files and sidecars"
        print(
            f"vtviewer: {damage.describe()}; it is moved aside and rebuilt from {source}",
            file=sys.stderr,
        )
    summary = archive.rebuild(progress=printer, cancel=cancel)
    for path in archive.set_aside:
        print(f"kept the old index as {path}", file=sys.stderr)
    return summary


def _install_interrupt(cancel: threading.Event) -> Callable[[], None]:
    """First Ctrl+C cancels cleanly (what was committed stays); a second one aborts."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None

    def handler(signum: int, frame: FrameType | None) -> None:
        if cancel.is_set():
            raise KeyboardInterrupt
        cancel.set()
        print("\nstopping… (Ctrl+C again to abort at once)", file=sys.stderr)

    previous = signal.signal(signal.SIGINT, handler)

    def restore() -> None:
        # After a Ctrl+C the process is on its way out: a further press during shutdown
        # would only print a KeyboardInterrupt traceback from the interpreter's exit.
        signal.signal(signal.SIGINT, signal.SIG_IGN if cancel.is_set() else previous)

    return restore


# --- roots, show, problems, stats ------------------------------------------------------


def cmd_roots(args: argparse.Namespace, paths: DataPaths) -> int:
    archive = _open(paths)
    try:
        for path in args.remove:
            target = os.path.abspath(path)
            if target not in archive.roots():
                raise UsageError(f"not an archive folder: {target}")
            archive.remove_root(target)
        roots = archive.roots()
        if args.json:
            _emit_json(roots)
        elif roots:
            print("\n".join(roots))
        else:
            print("no archive folders; add one with `vtviewer index FOLDER`", file=sys.stderr)
        return EXIT_OK
    finally:
        archive.close()


def cmd_show(args: argparse.Namespace, paths: DataPaths) -> int:
    archive = _open_intact(paths)
    try:
        target = os.path.abspath(args.path)
        doc = archive.document_by_path(target)
        if doc is None:
            problem = archive.problem_for(target)
            if problem is not None:
                if args.json:
                    _emit_json({"path": problem.path, "problem": english(problem.reason)})
                else:
                    print(f"{problem.path}: not indexed: {english(problem.reason)}")
                return EXIT_PROBLEMS
            raise UsageError(f"not in the index: {target}")
        data = document_data(doc)
        labels = [p.label for p in archive.pages(doc.id) if p.label]
        data["page_labels"] = labels
        locations = archive.locations(doc)
        attachments = list(
            dict.fromkeys([*doc.meta.attachments, *(a.path for a in archive.attachments(doc))])
        )
        data["locations"] = locations
        data["attachments"] = attachments
        if args.json:
            _emit_json(data)
            return EXIT_OK
        sources = data["sources"]
        rows = [
            ("Title", "title", data["title"]),
            ("Type", "doc_type", data["type"]),
            ("Period", "period", data["period"]),
            ("Published", "published", data["published"]),
            ("Modified", "modified", data["modified"]),
            ("Organisation", "organisation", data["organisation"]),
            ("Authors", "authors", "; ".join(data["authors"])),
            ("Language", "language", data["language"]),
            ("Tags", "tags", ", ".join(data["tags"])),
            ("Summary", "summary", data["summary"]),
        ]
        print(doc.path)
        for label, key, value in rows:
            if value:
                source = sources.get(key, "")
                shown = clean_text(str(value))
                print(f"  {label + ':':14}{shown}" + (f"  [{source}]" if source else ""))
        print(f"  {'Pages:':14}{doc.page_count}" + ("  (encrypted)" if doc.encrypted else ""))
        print(f"  {'Size:':14}{doc.size:,} bytes")
        for contact in doc.meta.contacts:
            parts = [contact.name, contact.role, contact.organisation, contact.phone, contact.email]
            source = sources.get("contacts", "")
            line = clean_text(", ".join(p for p in parts if p))
            print(f"  {'Contact:':14}{line}" + (f"  [{source}]" if source else ""))
        for location in locations:
            print(f"  {'Also at:':14}{location}")
        for attachment in attachments:
            print(f"  {'Attachment:':14}{attachment}")
        if doc.meta.overlay:
            print("  Edits are kept in vtviewer's data folder (the PDF's folder cannot be written)")
        return EXIT_OK
    finally:
        archive.close()


#: The field names `edit` takes: the sidecar's keys ("type", not "doc_type").
EDIT_FIELDS = tuple(KEY_OF_FIELD.values())


def _edit_values(args: argparse.Namespace, doc: Document) -> dict[str, object]:
    """The values the `edit` command line sets, in Edit's types. Raises UsageError."""
    values: dict[str, object] = {}
    try:
        for item in args.set:
            key, sep, text = item.partition("=")
            key = key.strip().lower()
            name = FIELD_OF_KEY.get(key, key)
            if not sep or name not in EDITABLE:
                raise UsageError(
                    f"--set {item!r}: expected FIELD=VALUE, FIELD one of {', '.join(EDIT_FIELDS)}"
                )
            values[name] = parse_value(name, text)
        for key in args.revert:
            name = FIELD_OF_KEY.get(key.strip().lower(), key.strip().lower())
            if name not in EDITABLE:
                raise UsageError(f"--revert {key!r}: not one of {', '.join(EDIT_FIELDS)}")
            values[name] = REVERT
        if args.add_tag or args.remove_tag:
            current = cast("tuple[str, ...]", values.get("tags", doc.meta.tags))
            values["tags"] = tags_changed(current, args.add_tag, args.remove_tag)
        if args.add_contact or args.remove_contact:
            contacts = cast("tuple[Contact, ...]", values.get("contacts", doc.meta.contacts))
            gone = {name_key(n) for n in args.remove_contact} | {
                n.strip().lower() for n in args.remove_contact
            }
            kept = [c for c in contacts if name_key(c.name) not in gone and c.email not in gone]
            values["contacts"] = (*kept, *(parse_contact(c) for c in args.add_contact))
    except EditError as exc:
        raise UsageError(str(exc)) from None
    if not values:
        raise UsageError("nothing to change: give --set, --add-tag, --add-contact, ...")
    return values


def cmd_edit(args: argparse.Namespace, paths: DataPaths) -> int:
    archive = _open_intact(paths)
    try:
        target = os.path.abspath(args.path)
        doc = archive.document_by_path(target)
        if doc is None:
            raise UsageError(f"not in the index: {target} (index its folder first)")
        values = _edit_values(args, doc)
        (result,) = archive.edit([Edit(doc.id, values)])
        fields = [KEY_OF_FIELD[name] for name in values]
        if args.json:
            _emit_json(
                {
                    "path": result.path,
                    "written_to": result.where,
                    "fields": fields,
                    "message": english(result.message) if result.message else None,
                }
            )
        elif result.written:
            where = (
                str(sidecar_path(Path(result.path)))
                if result.where == "sidecar"
                else "vtviewer's data folder"
            )
            print(f"{result.path}: {', '.join(fields)} saved to {where}")
            if result.message is not None:
                print(f"  {english(result.message)}")
        else:
            message = english(result.message) if result.message else result.where
            print(f"{result.path}: not saved: {message}", file=sys.stderr)
        return EXIT_OK if result.written else EXIT_PROBLEMS
    finally:
        archive.close()


def cmd_import(args: argparse.Namespace, paths: DataPaths) -> int:
    from vtviewer import cli_import

    return cli_import.cmd_import(args, paths)


def cmd_problems(args: argparse.Namespace, paths: DataPaths) -> int:
    archive = _open_intact(paths)
    try:
        problems = archive.problems()
        if args.json:
            _emit_json([problem_data(p) for p in problems])
        elif problems:
            for problem in problems:
                print(f"{problem.path}: {english(problem.reason)}")
        else:
            print("no problems", file=sys.stderr)
        return EXIT_OK
    finally:
        archive.close()


def cmd_stats(args: argparse.Namespace, paths: DataPaths) -> int:
    archive = _open_intact(paths)
    try:
        stats = archive.stats()
        data = {
            "documents": stats.documents,
            "pages": stats.pages,
            "problems": stats.problems,
            "index_bytes": stats.index_bytes,
            "roots": stats.roots,
            "pages_without_text": stats.pages_without_text,
            "pages_recognised": stats.pages_recognised,
            "data_dir": str(paths.root),
        }
        if args.json:
            _emit_json(data)
        else:
            print(f"documents:  {stats.documents}")
            print(f"pages:      {stats.pages}")
            print(f"  without text layer, not recognised: {stats.pages_without_text}")
            print(f"  recognised (OCR):                   {stats.pages_recognised}")
            print(f"problems:   {stats.problems}")
            print(f"index size: {stats.index_bytes / 1024 / 1024:.1f} MiB")
            print(f"folders:    {stats.roots}")
            print(f"data dir:   {paths.root}")
        return EXIT_OK
    finally:
        archive.close()


# --- export ---------------------------------------------------------------------------


def cmd_export(args: argparse.Namespace, paths: DataPaths) -> int:
    from vtviewer.core.exporter import ExportError, Selection, export_bytes, selected_documents
    from vtviewer.core.sidecar import CATALOG_NAME

    if args.format == "catalog" and not args.output:
        raise UsageError("--format catalog needs -o FILE: its paths are relative to its folder")
    selection = None
    if args.query is not None or args.filter:
        selection = Selection(args.query or "", _parse_filters(args.filter), args.sort)
    archive = _open_intact(paths)
    try:
        if selection is not None:
            # What the query or a filter was not understood as (an unknown filter is
            # left out, so it would export more than asked): said as search says it.
            notes = archive.search(selection.query, selection.filters, limit=0).messages
            for message in notes:
                print(f"note: {english(message)}", file=sys.stderr)
        documents = selected_documents(archive, selection)
    finally:
        archive.close()
    try:
        if args.output:
            from vtviewer.core.exporter import write_export

            write_export(args.output, documents, args.format, delimiter=args.delimiter)
            if args.format == "catalog" and os.path.basename(args.output) != CATALOG_NAME:
                print(
                    f"note: vtviewer reads a catalog named {CATALOG_NAME} in the folder it"
                    " describes",
                    file=sys.stderr,
                )
            print(f"exported {len(documents)} documents to {args.output}", file=sys.stderr)
        else:
            data = export_bytes(documents, args.format, delimiter=args.delimiter)
            sys.stdout.flush()
            out = getattr(sys.stdout, "buffer", None)
            if out is not None:
                out.write(data)
            else:
                sys.stdout.write(data.decode("utf-8", "surrogateescape"))
    except ExportError as exc:
        print(f"vtviewer: {english(exc.message)}", file=sys.stderr)
        return EXIT_PROBLEMS
    return EXIT_OK


# --- search ---------------------------------------------------------------------------


def _parse_filters(values: Sequence[str]) -> dict[str, list[str]]:
    filters: dict[str, list[str]] = {}
    for value in values:
        key, sep, rest = value.partition("=")
        if not sep or not key or not rest:
            raise UsageError(f"--filter wants FACET=VALUE, got {value!r}")
        filters.setdefault(key.strip(), []).append(rest.strip())
    return filters


def cmd_search(args: argparse.Namespace, paths: DataPaths) -> int:
    from vtviewer.core.health import DataFolderError

    if args.limit < 0 or args.offset < 0:
        raise UsageError("--limit and --offset must not be negative")
    query = " ".join(args.query)
    archive = _open_intact(paths)
    try:
        try:
            archive.sync_fulltext()
        except DataFolderError as exc:
            # Catching up is for the writer; a reader searches what the index has.
            log.info("the full-text index could not catch up: %s", exc)
        result = archive.search(
            query,
            _parse_filters(args.filter),
            sort=args.sort,
            limit=args.limit,
            offset=args.offset,
            correct=not args.exact,
        )
    finally:
        archive.close()
    if args.json:
        _emit_json(result_data(result))
        return EXIT_OK
    for message in result.messages:
        print(f"note: {english(message)}", file=sys.stderr)
    print(f"{result.total} documents ({result.took_ms:.1f} ms)")
    if result.corrections:
        from vtviewer.core.typos import corrected_text

        shown = corrected_text(query, result.corrections)
        print(f"showing results for {shown} (you typed: {query}; --exact searches that)")
    if result.suggestions:
        print("did you mean: " + ", ".join(result.suggestions))
    for rank, hit in enumerate(result.hits, start=args.offset + 1):
        doc = hit.document
        meta = doc.meta
        facts = ", ".join(v for v in (meta.doc_type, meta.period, meta.organisation) if v)
        print(f"\n{rank}. {meta.title or doc.name}  ({facts})  score {hit.score:.2f}")
        print(f"   {doc.path}")
        for page in hit.pages:
            label = f" [{page.label}]" if page.label and page.label != str(page.page) else ""
            ocr = " (recognised text)" if page.recognised else ""
            print(f"   p. {page.page}{label}{ocr}: {_plain(page.snippet)}")
    return EXIT_OK


def _plain(snippet: Snippet) -> str:
    """A snippet for a terminal: matched words in bold (on a tty), else between stars;
    the text made valid Unicode (a broken page in an old index)."""
    bold, normal = ("\033[1m", "\033[0m") if sys.stdout.isatty() else ("*", "*")
    return snippet.marked(bold, normal, clean_text)


def cmd_similar(args: argparse.Namespace, paths: DataPaths) -> int:
    from vtviewer.core.export import similar_data

    if args.limit < 0:
        raise UsageError("--limit must not be negative")
    archive = _open_intact(paths)
    try:
        target = os.path.abspath(args.path)
        doc = archive.document_by_path(target)
        if doc is None:
            raise UsageError(f"not in the index: {target}")
        found = archive.similar(doc.id, args.limit)
    finally:
        archive.close()
    if args.json:
        _emit_json(similar_data(doc, found))
        return EXIT_OK
    if not found:
        print("no similar documents")
    for rank, item in enumerate(found, start=1):
        meta = item.document.meta
        print(f"{rank}. {meta.title or item.document.name}  score {item.score:.2f}")
        print(f"   {item.document.path}")
        if item.shared:
            print(f"   shares: {', '.join(item.shared)}")
    return EXIT_OK


def cmd_saved(args: argparse.Namespace, paths: DataPaths) -> int:
    archive = _open(paths)
    try:
        if args.add:
            archive.save_search(args.add[0], args.add[1])
        if args.delete:
            archive.delete_saved_search(args.delete)
        saved = archive.saved_searches()
    finally:
        archive.close()
    if args.json:
        _emit_json([{"name": n, "query": q} for n, q in saved])
    else:
        for name, query in saved:
            print(f"{name}: {query}")
    return EXIT_OK
