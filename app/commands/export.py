"""Commands ``export``, ``export-client`` and ``erase`` (DESIGN section 6, issue 6).

``export [QUERY] --to FILE --format csv|xlsx|vcard|mailchimp|sms [--channel email|sms|phone|post]``
writes the clients of a query; with a channel (implied by mailchimp and sms) only those who may be
contacted on it, and the others go to ``FILE.dropped.csv`` with the reason. ``--format json`` of the
report is for scripts.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.export import formats
from app.export.eligibility import CHANNELS, POLICIES
from app.export.usecase import export_query
from storage.errors import UserError

_FORMAT_BY_SUFFIX = {".csv": "csv", ".xlsx": "xlsx", ".vcf": "vcard"}
_REASON_TEXT = {
    "no_consent": "no consent", "opted_out": "opted out", "no_email": "no email", "invalid_email": "invalid email",
    "no_phone": "no phone", "no_address": "no postal address", "duplicate": "duplicate address",
}


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("export", help="export the clients of a query for a channel (consent respected)")
    p.add_argument("query", nargs="*", help="query language, e.g. 'gender:female district:Mokotów'")
    p.add_argument("--to", required=True, metavar="FILE", help="file to write (created readable only by you)")
    p.add_argument("--format", choices=formats.FORMATS, dest="export_format",
                   help="default: from the file name (.csv, .xlsx, .vcf)")
    p.add_argument("--channel", choices=CHANNELS,
                   help="keep only clients who may be contacted on this channel (mailchimp = email, sms = sms)")
    p.add_argument("--preset", choices=("standard", "excel"), default="standard",
                   help="CSV flavour: standard (UTF-8, comma) or excel (UTF-8 with BOM, semicolon)")
    p.add_argument("--policy", choices=POLICIES,
                   help="consent needed: granted (default) or not-withdrawn (register setting by default)")
    p.add_argument("--report", choices=("text", "json"), default="text", help="how to print the outcome")
    p.set_defaults(handler=cmd_export)

    p = subparsers.add_parser("export-client", help="everything the register holds about one client")
    p.add_argument("id", type=int)
    p.add_argument("--to", required=True, metavar="FILE", help="a .json or .xlsx file")
    p.set_defaults(handler=cmd_export_client)

    p = subparsers.add_parser("erase", help="erase one client everywhere, change log included")
    p.add_argument("id", type=int)
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(handler=cmd_erase)


def _format(args: argparse.Namespace) -> str:
    if args.export_format:
        return args.export_format
    guessed = _FORMAT_BY_SUFFIX.get(Path(args.to).suffix.lower())
    if guessed is None:
        raise UserError(f"Give --format ({', '.join(formats.FORMATS)}): the name {Path(args.to).name} does not say.")
    return guessed


def cmd_export(args: argparse.Namespace, ctx) -> int:
    fmt = _format(args)
    reg = ctx.open_register()
    result = export_query(reg, " ".join(args.query), args.channel, fmt, Path(args.to), preset=args.preset,
                          policy=args.policy)
    if args.report == "json":
        ctx.out_json({
            "file": str(result.path), "format": result.format, "channel": result.channel,
            "written": result.written, "considered": result.considered,
            "dropped": [{"id": d.client_id, "name": d.name, "reason": d.reason, "why": d.text}
                        for d in result.dropped],
            "dropped_file": str(result.side_file) if result.side_file else None,
            "warnings": list(result.warnings),
        })
        return 0
    ctx.out(f"Wrote {result.written} of {result.considered} clients to {result.path} ({result.format}).")
    if result.dropped:
        summary = ", ".join(f"{n} {_REASON_TEXT.get(r, r)}" for r, n in sorted(result.reasons().items()))
        ctx.out(f"Left out {len(result.dropped)}: {summary}. Who and why: {result.side_file}")
    for warning in result.warnings:
        ctx.out(f"Warning: {warning}")
    return 0


def cmd_export_client(args: argparse.Namespace, ctx) -> int:
    from app.export.privacy import export_client

    reg = ctx.open_register()
    path = export_client(reg, args.id, Path(args.to))
    ctx.out(f"Wrote everything held about client {args.id} to {path}.")
    return 0


def cmd_erase(args: argparse.Namespace, ctx) -> int:
    from app.export.privacy import erase_client

    if not args.yes:
        if sys.stdin is None or not sys.stdin.isatty():
            raise UserError("Erasing cannot be undone; add --yes to confirm.")
        answer = input(f"Erase client {args.id} everywhere, history included? This cannot be undone. [y/N] ")
        if answer.strip().lower() not in ("y", "yes", "t", "tak"):
            ctx.out("Nothing was erased.")
            return 0
    reg = ctx.open_register()
    result = erase_client(reg, args.id)
    ctx.out(f"Client {args.id} erased ({result.rows_removed} rows).")
    ctx.out(result.notice)
    return 0
