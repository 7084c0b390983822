"""Commands: ``versions list|restore|export``, ``check``, ``passwd``.

``versions list``, ``versions restore`` and ``versions export`` also work when the register is damaged
(exit 4 everywhere else): they then read the version folder alone, with the key from the password.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from app import versions
from storage.errors import RegisterDamaged, UserError


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("versions", help="list, restore or export versions (a backup after every save)")
    sub = p.add_subparsers(dest="versions_command", metavar="ACTION", required=True)

    q = sub.add_parser("list", help="every version: id, time (UTC), kind of save, clients, size")
    q.add_argument("--format", choices=("table", "json"), default="table")
    q.add_argument("--from", dest="source", metavar="FOLDER",
                   help="read the versions kept in the second location (when the register's disk is lost)")
    q.set_defaults(handler=cmd_list)

    q = sub.add_parser("restore", help="restore the register (or one client) to a version")
    q.add_argument("version", type=int, metavar="VERSION")
    q.add_argument("--client", type=int, metavar="ID", help="restore only this client")
    q.set_defaults(handler=cmd_restore)

    q = sub.add_parser("export", help="write a version as a complete register file")
    q.add_argument("version", type=int, metavar="VERSION")
    q.add_argument("--to", required=True, metavar="FILE")
    q.add_argument("--from", dest="source", metavar="FOLDER",
                   help="read the versions kept in the second location (when the register's disk is lost)")
    q.set_defaults(handler=cmd_export)

    p = subparsers.add_parser("check", help="integrity of the register and of every version")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--full", action="store_true",
                   help="also open every version with SQLCipher (slow on big registers; default: the newest)")
    p.set_defaults(handler=cmd_check)

    p = subparsers.add_parser("passwd", help="change the password of the register and every version")
    p.set_defaults(handler=cmd_passwd)


def _open_or_damaged(ctx):
    """The open register, or None when it is damaged (the caller then works from the versions)."""
    try:
        return ctx.open_register()
    except RegisterDamaged as exc:
        ctx.err(f"kartoteka: {exc.message}")
        return None


def cmd_list(args, ctx) -> int:
    if args.source:
        rows = versions.list_versions_at(ctx.register_path, ctx.password(), Path(args.source))
    else:
        reg = _open_or_damaged(ctx)
        rows = (versions.list_versions(reg) if reg is not None
                else versions.list_versions_at(ctx.register_path, ctx.password()))
    if args.format == "json":
        ctx.out_json(rows)
        return 0
    if not rows:
        ctx.out("No versions yet.")
        return 0
    ctx.out(f"{'id':>6}  {'time (UTC)':<20}  {'kind':<14}  {'clients':>8}  {'size':>10}")
    for row in rows:
        ctx.out(f"{row['id']:>6}  {row['time']:<20}  {row['kind']:<14}  {row['clients']:>8}  "
                f"{_size(row['size']):>10}")
    return 0


def _size(size: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return str(size)


def cmd_restore(args, ctx) -> int:
    reg = _open_or_damaged(ctx)
    if reg is None:
        if args.client is not None:
            raise UserError("The register is damaged: restore the whole register first "
                            f"(kartoteka versions restore {args.version}), then single clients.")
        result = versions.restore_damaged(ctx.register_path, ctx.password(), args.version)
        ctx.out(f"Restored the register to version {args.version}. The damaged file is kept as "
                f"{result['damaged_file']}.")
        return 0
    if args.client is not None:
        changes = versions.restore_client(reg, args.version, args.client)
        ctx.out(f"Client {args.client} is back as in version {args.version} "
                f"({len(changes)} field{'s' if len(changes) != 1 else ''} changed).")
        return 0
    result = versions.restore_register(reg, args.version)
    ctx.out(f"Restored the register to version {args.version}. The state before is version "
            f"{result['before']}: restore that to undo.")
    return 0


def cmd_export(args, ctx) -> int:
    dest = Path(args.to).expanduser()
    if args.source:
        versions.export_version_at(ctx.register_path, ctx.password(), args.version, dest, Path(args.source))
        ctx.out(f"Version {args.version} written to {dest}; it opens with the register's password.")
        return 0
    reg = _open_or_damaged(ctx)
    if reg is None:
        versions.export_version_at(ctx.register_path, ctx.password(), args.version, dest)
    else:
        versions.export_version(reg, args.version, dest)
    ctx.out(f"Version {args.version} written to {dest}; it opens with the register's password.")
    return 0


def cmd_check(args, ctx) -> int:
    report = versions.check_all(ctx.register_path, ctx.password(), full=args.full)
    if args.format == "json":
        ctx.out_json(report.as_json())
    else:
        ctx.out(f"register: {report.register}{' - ' + report.register_detail if report.register_detail else ''}")
        for item in report.versions:
            ctx.out(f"version {item.id} ({item.time}, {item.kind}): {item.status}"
                    f"{' - ' + item.detail if item.detail else ''}")
        if report.rekey_interrupted:
            ctx.out("A password change was interrupted: run `kartoteka passwd` again with the same new password.")
    if report.damage is not None:
        ctx.err(f"kartoteka: {report.damage.message}")
    return report.exit_code


def cmd_passwd(args, ctx) -> int:
    reg = ctx.open_register()
    new = os.environ.get("KARTOTEKA_NEW_PASSWORD")
    if not new:
        if sys.stdin is None or not sys.stdin.isatty():
            raise UserError("No new password: set KARTOTEKA_NEW_PASSWORD or run `kartoteka passwd` in a terminal.")
        new = ctx.password(env="KARTOTEKA_NEW_PASSWORD", prompt="New password: ")
        if new != ctx.password(env="KARTOTEKA_NEW_PASSWORD", prompt="New password again: "):
            raise UserError("The two new passwords differ; nothing was changed.")
    versions.change_password(reg, new)
    ctx.out("Password changed for the register and every version. The old password opens nothing now.")
    return 0
