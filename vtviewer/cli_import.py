"""`vtviewer import FILE`: a register's plan (mapping, matches, bad values, the changes) and,
unless --dry-run, its edits written through Archive.edit and what became of each."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from vtviewer.cli import EXIT_OK, EXIT_PROBLEMS, UsageError, _emit_json, _open_intact
from vtviewer.core.edits import EditResult
from vtviewer.core.messages import english
from vtviewer.core.register import (
    FIELDS,
    IGNORED,
    ImportPlan,
    auto_mapping,
    column_named,
    import_plan,
    plan_data,
    plan_for,
    read_register,
    results_count,
)
from vtviewer.core.sidecar import sidecar_path
from vtviewer.paths import DataPaths

#: What --map takes to leave a column out.
NOT_IMPORTED = ("-", "none", "ignore")


def add_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    parser = sub.add_parser(
        "import",
        parents=[common],
        help="import a register of documents (CSV, JSON or Excel) into their sidecars",
        description="Read a register (CSV with ; or , delimiters, JSON, Excel .xlsx), match"
        " its rows to indexed documents by file path, file name or SHA-256, and write its"
        " values as edits (each PDF's sidecar, or the data folder where that cannot be"
        " written). Columns are mapped from their headers (tittel/title, år/year, fil/file,"
        f" ...). Fields: {', '.join(FIELDS)}.",
    )
    parser.add_argument("file", metavar="FILE", help="the register: .csv, .json or .xlsx")
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help="map a column to a field (repeatable); FIELD '-' leaves the column out",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="show what would change; write nothing"
    )


def mapping_from(columns: Sequence[str], options: Sequence[str]) -> tuple[str, ...]:
    """The automatic mapping with the --map options applied. Raises UsageError."""
    mapping = list(auto_mapping(columns))
    for option in options:
        column, sep, name = option.rpartition("=")
        name = name.strip().lower()
        if not sep or not column.strip():
            raise UsageError(f"--map {option!r}: expected COLUMN=FIELD")
        index = column_named(columns, column.strip())
        if index is None:
            raise UsageError(
                f"--map {option!r}: no column {column!r} (the columns: {', '.join(columns)})"
            )
        if name in NOT_IMPORTED or not name:
            name = IGNORED
        elif name not in FIELDS:
            raise UsageError(f"--map {option!r}: FIELD is one of {', '.join(FIELDS)} or -")
        mapping[index] = name
    return tuple(mapping)


def cmd_import(args: argparse.Namespace, paths: DataPaths) -> int:
    register = read_register(args.file)  # a RegisterError is one line on stderr
    mapping = mapping_from(register.columns, args.map)
    archive = _open_intact(paths)
    try:
        plan = plan_for(archive, register, mapping)
        results = None if args.dry_run else import_plan(archive, plan)
    finally:
        archive.close()
    if args.json:
        data = plan_data(plan)
        data["dry_run"] = bool(args.dry_run)
        data["results"] = None if results is None else [_result_data(r) for r in results]
        _emit_json(data)
    else:
        _print_plan(plan)
        if results is None:
            print("\nDry run: nothing was written.")
        else:
            _print_results(results)
    left_out = len(plan.rows) - len(plan.with_status("matched")) + len(plan.issues)
    failed = results is not None and any(not r.written for r in results)
    return EXIT_PROBLEMS if left_out or failed else EXIT_OK


def _result_data(result: EditResult) -> dict[str, object]:
    return {
        "path": result.path,
        "written_to": result.where,
        "message": english(result.message) if result.message else None,
    }


def _print_plan(plan: ImportPlan) -> None:
    register = plan.register
    print(f"Register: {register.path} ({register.format}, {len(register.rows)} rows)")
    print("Columns:")
    width = max(len(c) for c in register.columns)
    for column, name in zip(register.columns, plan.mapping, strict=False):
        print(f"  {column:<{width}}  -> {name or '(not imported)'}")
    if not plan.has_key:
        print("  no column names the file or its SHA-256: map one with --map COLUMN=file")
    matched = plan.with_status("matched")
    print(
        f"Matched: {len(matched)}, unmatched: {len(plan.with_status('unmatched'))},"
        f" ambiguous: {len(plan.with_status('ambiguous'))},"
        f" duplicates: {len(plan.with_status('duplicate'))},"
        f" bad values: {len(plan.issues)}"
    )
    changing = [r for r in matched if r.changes]
    if changing:
        print("\nChanges:")
    for row in changing:
        print(f"  row {row.row}: {row.path} (by {row.by})")
        for change in row.changes:
            print(f"    {change.field}: {change.old!r} -> {change.new!r}")
    unchanged = len(matched) - len(changing)
    if unchanged:
        print(f"\n{unchanged} matched document(s) need no change.")
    for status, title in (
        ("unmatched", "Unmatched"),
        ("ambiguous", "Ambiguous"),
        ("duplicate", "Duplicates"),
    ):
        rows = plan.with_status(status)  # type: ignore[arg-type]
        if rows:
            print(f"\n{title}:")
        for row in rows:
            reason = english(row.reason) if row.reason else status
            print(f"  row {row.row}: {reason}")
            for candidate in row.candidates:
                print(f"    {candidate}")
    if plan.issues:
        print("\nBad values (not imported; the row's other values are):")
    for issue in plan.issues:
        where = f"row {issue.row}, column {issue.column}" if issue.column else f"row {issue.row}"
        print(f"  {where}: {english(issue.message)}")


def _print_results(results: Sequence[EditResult]) -> None:
    counts = results_count(results)
    print(
        f"\nWritten: {counts['sidecar']} to sidecars, {counts['overlay']} to vtviewer's data"
        f" folder; conflicts: {counts['conflict']}; failed: {counts['failed']}"
    )
    for result in results:
        if result.where == "sidecar":
            line = f"  {result.path}: saved to {sidecar_path(Path(result.path))}"
        elif result.where == "overlay":
            line = f"  {result.path}: saved to vtviewer's data folder"
        else:
            line = f"  {result.path}: not saved ({result.where})"
        if result.message is not None:
            line += f": {english(result.message)}"
        print(line, file=sys.stdout if result.written else sys.stderr)
