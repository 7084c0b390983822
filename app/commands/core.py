"""Core commands: init, demo, add, purchase, list, show, edit, delete."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import sys
from typing import Any

from app import records
from models.money import to_major
from storage.errors import UserError

# Columns of `list` (table and csv): (header, clients column read in one page query).
LIST_COLUMNS = (
    ("id", "id"), ("name", "display_name"), ("phone", "primary_phone"), ("email", "primary_email"),
    ("city", "city"), ("segment", "segment"), ("spent", "total_spent"), ("orders", "orders"),
    ("last_purchase", "last_purchase"),
)


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("init", help="create a new encrypted register (never overwrites)")
    p.add_argument("--region", default="PL", help="default phone region, e.g. PL, RU, UA, GB (default PL)")
    p.set_defaults(handler=cmd_init)

    p = subparsers.add_parser("demo", help="create a register filled with realistic sample clients")
    p.add_argument("--clients", type=int, default=500, metavar="N")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--region", default="PL")
    p.set_defaults(handler=cmd_demo)

    p = subparsers.add_parser("add", help="add a client; prints its id")
    p.add_argument("--field", action="append", default=[], metavar="NAME=VALUE",
                   help="repeat for several fields; repeat phone= / email= for several numbers")
    p.set_defaults(handler=cmd_add)

    p = subparsers.add_parser("purchase", help="record a purchase of a client")
    p.add_argument("id", type=int)
    p.add_argument("--amount", required=True)
    p.add_argument("--date", help="YYYY-MM-DD or DD.MM.YYYY (default today)")
    p.add_argument("--item", default="")
    p.add_argument("--status", default="paid", choices=("paid", "open", "cancelled"))
    p.add_argument("--currency", default="")
    p.set_defaults(handler=cmd_purchase)

    p = subparsers.add_parser("list", help="list clients matching a query")
    p.add_argument("query", nargs="*", help="query language, e.g. 'city:Kraków tag:vip'")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.add_argument("--limit", type=int)
    p.add_argument("--sort", default="display_name", help="field to sort by; prefix with - for descending")
    p.add_argument("--count", action="store_true", help="print only the number of matching clients")
    p.set_defaults(handler=cmd_list)

    p = subparsers.add_parser("show", help="one client with purchases, interactions, consent, history")
    p.add_argument("id", type=int)
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(handler=cmd_show)

    p = subparsers.add_parser("edit", help="change fields of a client")
    p.add_argument("id", type=int)
    p.add_argument("--field", action="append", default=[], metavar="NAME=VALUE")
    p.set_defaults(handler=cmd_edit)

    p = subparsers.add_parser("delete", help="delete a client (undo from the versions)")
    p.add_argument("id", type=int)
    p.set_defaults(handler=cmd_delete)


def parse_fields(pairs: list[str]) -> dict[str, Any]:
    """``--field NAME=VALUE`` pairs; phone/email/tags repeat into lists."""
    data: dict[str, Any] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name = name.strip()
        if not sep or not name:
            raise UserError(f"--field {pair!r}: write NAME=VALUE, e.g. --field city=Kraków")
        if name in ("phone", "email", "tags", "tag"):
            key = "tags" if name == "tag" else name
            data.setdefault(key, []).append(value)
        else:
            data[name] = value
    return data


def cmd_init(args, ctx) -> int:
    from app.session import create_register

    password = _new_password(ctx)
    reg = create_register(ctx.register_path, password, region=args.region)
    ctx.set_register(reg)
    ctx.out(f"Created an encrypted register at {ctx.register_path}")
    return 0


def _new_password(ctx) -> str:
    password = ctx.password()
    if not password:
        raise UserError("The password cannot be empty.")
    return password


def cmd_demo(args, ctx) -> int:
    from app.session import create_register

    if args.clients < 0:
        raise UserError("--clients must be 0 or more.")
    reg = create_register(ctx.register_path, _new_password(ctx), region=args.region)
    ctx.set_register(reg)
    from app import demo

    count = demo.fill_register(reg, args.clients, seed=args.seed)
    ctx.out(f"Created a demo register with {count} clients at {ctx.register_path}")
    return 0


def cmd_add(args, ctx) -> int:
    data = parse_fields(args.field)
    if not data:
        raise UserError("Give at least one --field NAME=VALUE, e.g. --field first_name=Anna")
    reg = ctx.open_register()
    with reg.unit_of_work("add", "client added") as session:
        client = records.create_client(session, data)
        client_id = client.id
    ctx.out(str(client_id))
    return 0


def cmd_purchase(args, ctx) -> int:
    reg = ctx.open_register()
    with reg.unit_of_work("edit", "purchase recorded") as session:
        row = records.add_purchase(session, args.id, args.amount, args.date, args.item, args.status,
                                   args.currency)
        purchase_id = row.id
    ctx.out(str(purchase_id))
    return 0


def cmd_edit(args, ctx) -> int:
    data = parse_fields(args.field)
    if not data:
        raise UserError("Give at least one --field NAME=VALUE to change.")
    reg = ctx.open_register()
    with reg.unit_of_work("edit", "client edited") as session:
        changes = records.update_client(session, args.id, data)
    if not changes:
        ctx.out("Nothing changed.")
    for field, old, new in changes:
        ctx.out(f"{field}: {_short(old)} -> {_short(new)}")
    return 0


def cmd_delete(args, ctx) -> int:
    reg = ctx.open_register()
    with reg.unit_of_work("delete", "client deleted") as session:
        records.delete_client(session, args.id)
    ctx.out(f"Deleted client {args.id}. Undo it with `kartoteka versions restore` (see `versions list`).")
    return 0


def _short(value: Any) -> str:
    if value is None or value == "":
        return "(empty)"
    if isinstance(value, list):
        return ", ".join(str(v.get("value", v)) if isinstance(v, dict) else str(v) for v in value) or "(empty)"
    return str(value)


def _sort_arg(sort: str) -> tuple[str, bool]:
    sort = sort.strip() or "display_name"
    return (sort[1:], True) if sort.startswith("-") else (sort, False)


def cmd_list(args, ctx) -> int:
    from app import query

    text = " ".join(args.query)
    if args.limit is not None and args.limit < 0:
        raise UserError("--limit must be 0 or more.")
    reg = ctx.open_register()
    sort, descending = _sort_arg(args.sort)
    with reg.session() as session:
        total = query.count(session, text)
        if args.count:
            ctx.out(str(total))
            return 0
        limit = args.limit if args.limit is not None else (100 if args.format == "table" else None)
        if args.format == "json":  # the full record of each client, the stable machine form
            ids = query.search_ids(session, text, sort=sort, descending=descending, limit=limit, offset=0)
            ctx.out_json([records.client_to_dict(session, cid, history=False) for cid in ids])
            return 0
        # Table and CSV need only flat columns: one page query, not a full record per client.
        columns = [column for _, column in LIST_COLUMNS]
        rows = [[_cell(to_major(v) if c == "total_spent" else v) for c, v in zip(columns, row, strict=True)]
                for row in query.page_rows(session, text, columns, sort, descending, limit, 0)]
    headers = [h for h, _ in LIST_COLUMNS]
    if args.format == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(headers)
        writer.writerows(rows)
        sys.stdout.write(buf.getvalue())
        return 0
    ctx.out(_table(headers, rows))
    if len(rows) < total:
        ctx.out(f"{len(rows)} of {total} clients shown; use --limit to see more.")
    else:
        ctx.out(f"{total} client{'s' if total != 1 else ''}")
    return 0


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [min(32, max([len(h)] + [len(r[i]) for r in rows])) for i, h in enumerate(headers)]

    def fmt(cells: list[str]) -> str:
        return "  ".join((c if len(c) <= w else c[: w - 1] + "…").ljust(w) for c, w in zip(cells, widths, strict=True))

    lines = [fmt(headers), "  ".join("-" * w for w in widths)]
    lines += [fmt(r) for r in rows]
    return "\n".join(line.rstrip() for line in lines)


def cmd_show(args, ctx) -> int:
    reg = ctx.open_register()
    with reg.session() as session:
        data = records.client_to_dict(session, args.id)
    if args.format == "json":
        ctx.out_json(data)
        return 0
    ctx.out(format_card(data))
    return 0


def format_card(d: dict[str, Any]) -> str:
    """A readable card for the terminal."""
    lines = [f"#{d['id']}  {d['display_name'] or '(no name)'}  [{d['segment']}]"]

    def row(label: str, value: Any) -> None:
        if value not in (None, "", [], {}):
            lines.append(f"  {label:<14}{value}")

    name = " ".join(p for p in (d["last_name"], d["first_name"], d["middle_name"]) if p)
    row("name", name)
    row("kind", d["kind"] if d["kind"] != "person" else "")
    row("company", d["company"])
    row("job title", d["job_title"])
    for p in d["phones"]:
        flag = "" if p["valid"] else "  (invalid)"
        row("phone", f"{p['value']}{' [' + p['label'] + ']' if p['label'] else ''}{flag}")
    for e in d["emails"]:
        flag = "" if e["valid"] else "  (invalid)"
        row("email", f"{e['value']}{' [' + e['label'] + ']' if e['label'] else ''}{flag}")
    address = ", ".join(p for p in (d["street"], d["postcode"], d["city"], d["district"], d["region"],
                                    d["country"]) if p)
    row("address", address)
    row("birth date", d["birth_date"])
    row("gender", d["gender"] if d["gender"] != "unknown" else "")
    row("contact time", d["contact_time"])
    row("channel", d["channel"])
    row("source", d["source"])
    row("tags", ", ".join(d["tags"]))
    row("consent", "  ".join(f"{ch}: {c['state']}" for ch, c in d["consent"].items()))
    for name_, value in d["custom"].items():
        row(name_, value)
    row("notes", d["notes"])
    lines.append(f"  {'purchases':<14}{d['orders']} paid, total {d['total_spent']:.2f}, "
                 f"average {d['avg_check']:.2f}, last {d['last_purchase'] or '-'}")
    for p in d["purchases"]:
        lines.append(f"    {p['date']}  {p['amount']:>10.2f} {p['currency']:<3}  {p['status']:<9} {p['item']}")
    for i in d["interactions"]:
        lines.append(f"    {i['date']}  {i['channel']:<10} {i['summary']}")
    if d.get("history"):
        lines.append("  history")
        for h in d["history"][-10:]:
            lines.append(f"    {h['time']}  {h['source']:<10} {h['field']}: {_short(h['old'])} -> {_short(h['new'])}")
    return "\n".join(lines)
