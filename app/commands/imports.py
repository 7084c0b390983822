"""``kartoteka import FILE`` and ``kartoteka imports list | undo ID`` (DESIGN section 6)."""

from __future__ import annotations

import argparse
import sys

from app.imports import ImportRefused, ImportResult, list_imports, run_import, undo_import
from importers.plan import POLICIES


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("import", help="import clients from xlsx, xls, ods or CSV (one save, can be undone)")
    p.add_argument("file")
    p.add_argument("--sheet", help="sheet name or number (default: the first visible worksheet)")
    p.add_argument("--header-row", type=int, metavar="N", help="row of the column headers, as the sheet shows it")
    p.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                   help="column (header, letter or number) to field, custom.NAME, notes or ignore; repeatable")
    p.add_argument("--dry-run", action="store_true", help="show what would happen; write nothing")
    p.add_argument("--duplicates", choices=POLICIES, default="skip",
                   help="rows matching an existing client by phone or e-mail: skip (default), update, create")
    p.add_argument("--as-csv", action="store_true", help="read a text file named .xls/.xlsx as CSV")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(handler=cmd_import)

    p = subparsers.add_parser("imports", help="list imports or undo one")
    sub = p.add_subparsers(dest="imports_command", required=True)
    q = sub.add_parser("list", help="every import with its counts")
    q.add_argument("--format", choices=("text", "json"), default="text")
    q.set_defaults(handler=cmd_imports_list)
    q = sub.add_parser("undo", help="reverse an import: its new clients deleted, its updates put back")
    q.add_argument("id", type=int)
    q.add_argument("--format", choices=("text", "json"), default="text")
    q.set_defaults(handler=cmd_imports_undo)


def _progress(done: int, total: int, phase: str) -> None:
    if sys.stderr.isatty():
        sys.stderr.write(f"\r{phase or 'write'}: {done:,}" + (f" / {total:,}" if total else "") + "   ")


def cmd_import(args, ctx) -> int:
    reg = ctx.open_register()
    try:
        result = run_import(reg, args.file, sheet=args.sheet, header_row=args.header_row, overrides=args.map,
                            duplicates=args.duplicates, dry_run=args.dry_run, as_csv=args.as_csv,
                            progress=_progress)
    except ImportRefused as refused:
        if args.format != "json":
            raise
        # A script gets the reason class as well as the message (which also goes to stderr).
        ctx.out_json({"file": refused.path.name, "refused": refused.reason, "message": refused.message})
        ctx.err(f"kartoteka: {refused.message}")
        return refused.exit_code
    if args.format == "json":
        ctx.out_json(result.as_json())
    else:
        ctx.out(_text_report(result))
    return 0


def _text_report(result: ImportResult) -> str:
    verb = "would create" if result.dry_run else "created"
    lines = [
        f"{result.file} [{result.sheet}]: {verb} {result.created}, updated {result.updated}, "
        f"merged {result.merged}, skipped {result.skipped}, problems {len(result.errors)}",
    ]
    if result.counts:
        lines.append("plan: " + ", ".join(f"{k} {v}" for k, v in result.counts.items() if v))
    for p in result.errors[:20]:
        lines.append(f"  {p.sheet}!{p.column}{p.row}: {p.reason}" if p.column else f"  {p.sheet} row {p.row}: {p.reason}")
    if len(result.errors) > 20:
        lines.append(f"  ... {len(result.errors) - 20} more (use --format json for all)")
    if result.rejected_file:
        lines.append(f"rows not imported: {result.rejected_file}")
    lines.extend(result.warnings)
    if result.batch is not None:
        lines.append(f"batch {result.batch} (undo: kartoteka imports undo {result.batch})")
    return "\n".join(lines)


def cmd_imports_list(args, ctx) -> int:
    batches = list_imports(ctx.open_register())
    if args.format == "json":
        ctx.out_json(batches)
        return 0
    if not batches:
        ctx.out("no imports yet")
    for b in batches:
        state = f" (undone {b['undone']})" if b["undone"] else ""
        ctx.out(f"{b['id']:>4}  {b['time']}  {b['file']} [{b['sheet']}]  created {b['created']}, "
                f"updated {b['updated']}, skipped {b['skipped']}, problems {b['errors']}{state}")
    return 0


def cmd_imports_undo(args, ctx) -> int:
    result = undo_import(ctx.open_register(), args.id)
    if args.format == "json":
        ctx.out_json(result)
    else:
        ctx.out(f"import {result['batch']} undone: {result['deleted']} clients deleted, "
                f"{result['reverted']} clients put back as they were")
    return 0
