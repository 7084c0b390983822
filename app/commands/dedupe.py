"""Duplicates and data quality on the command line: ``duplicates``, ``merge``, ``not-duplicate``, ``report``.

``duplicates --format json`` prints a list of groups ``{"ids", "score", "reasons", "names"}``;
``report --format json`` prints the object of ``app.dedupe.quality.quality_report``.
"""

from __future__ import annotations

import argparse

from sqlalchemy import select

from app.dedupe.merge import CHOSEN_FIELDS, merge, undo_merge
from app.dedupe.quality import STALE_DAYS, quality_report
from app.dedupe.scan import find_duplicates, mark_not_duplicate
from models.tables import Client
from storage.errors import UserError


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("duplicates", help="find probable duplicate clients, with the reasons")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(handler=cmd_duplicates)

    p = subparsers.add_parser(
        "merge", help="merge duplicates into the first client (one save, can be undone)",
        description="Merge OTHER_IDs into KEEP_ID. Phones, emails, tags, purchases, interactions, dates, "
                    "custom fields and notes are combined; other fields keep KEEP_ID's value unless chosen "
                    "with --choose FIELD=ID. Undo with --undo MERGE_ID.")
    p.add_argument("ids", nargs="*", type=int, metavar="ID", help="KEEP_ID OTHER_ID ...")
    p.add_argument("--choose", action="append", default=[], metavar="FIELD=ID",
                   help=f"take FIELD from client ID; fields: {', '.join(CHOSEN_FIELDS)}")
    p.add_argument("--undo", type=int, metavar="MERGE_ID", help="undo an earlier merge")
    p.set_defaults(handler=cmd_merge)

    p = subparsers.add_parser("not-duplicate", help="remember that clients are different people")
    p.add_argument("ids", nargs="+", type=int, metavar="ID")
    p.set_defaults(handler=cmd_not_duplicate)

    p = subparsers.add_parser("report", help="completeness and hygiene of the data, with a query per line")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--days", type=int, default=STALE_DAYS, help=f"no contact for this long (default {STALE_DAYS})")
    p.set_defaults(handler=cmd_report)


def cmd_duplicates(args: argparse.Namespace, ctx) -> int:
    reg = ctx.open_register()
    groups = find_duplicates(reg)
    ids = {i for g in groups for i in g.ids}
    with reg.session() as session:
        names = {cid: name for cid, name in session.execute(
            select(Client.id, Client.display_name).where(Client.id.in_(sorted(ids))))}
    rows = [{**g.as_dict(), "names": [names.get(i, "") for i in g.ids]} for g in groups]
    if args.format == "json":
        ctx.out_json(rows)
        return 0
    for row in rows:
        people = ", ".join(f"{i} {name}" for i, name in zip(row["ids"], row["names"], strict=True))
        ctx.out(f"{row['score']:.2f}  {people}\n      {'; '.join(row['reasons'])}")
    ctx.out(f"{len(rows)} group(s) of probable duplicates." if rows else "No probable duplicates found.")
    if rows:
        ctx.out("Merge with: kartoteka merge KEEP_ID OTHER_ID ...   or: kartoteka not-duplicate ID ID ...")
    return 0


def _choices(pairs: list[str]) -> dict[str, int]:
    out = {}
    for pair in pairs:
        field, sep, value = pair.partition("=")
        if not sep or not value.strip().isdigit():
            raise UserError(f"--choose {pair!r}: write FIELD=CLIENT_ID, e.g. --choose first_name=12")
        out[field.strip()] = int(value)
    return out


def cmd_merge(args: argparse.Namespace, ctx) -> int:
    if args.undo is not None:
        if args.ids or args.choose:
            raise UserError("merge --undo MERGE_ID takes no client ids or --choose.")
        ids = undo_merge(ctx.open_register(), args.undo)
        ctx.out(f"Merge {args.undo} undone: clients {', '.join(map(str, ids))} are back.")
        return 0
    if len(args.ids) < 2:
        raise UserError("merge needs KEEP_ID and at least one OTHER_ID, e.g. kartoteka merge 12 57")
    merge_id = merge(ctx.open_register(), args.ids[0], args.ids[1:], _choices(args.choose))
    ctx.out(f"Merged {', '.join(map(str, args.ids[1:]))} into {args.ids[0]} (merge {merge_id}; "
            f"undo with: kartoteka merge --undo {merge_id}).")
    return 0


def cmd_not_duplicate(args: argparse.Namespace, ctx) -> int:
    added = mark_not_duplicate(ctx.open_register(), *args.ids)
    ctx.out(f"Remembered: {added} pair(s) will not be proposed as duplicates again.")
    return 0


def cmd_report(args: argparse.Namespace, ctx) -> int:
    report = quality_report(ctx.open_register(), stale_days=args.days)
    if args.format == "json":
        ctx.out_json(report)
        return 0
    ctx.out(f"{report['clients']} clients")
    ctx.out("\nFilled in:")
    for line in report["fields"]:
        ctx.out(f"  {line['field']:<12} {line['rate'] * 100:5.1f}%  {line['missing']:>8} missing   "
                f"list: {line['query']}")
    ctx.out("\nProblems:")
    for line in report["problems"]:
        ctx.out(f"  {line['count']:>8}  {line['label']:<48} list: {line['query']}")
    return 0
