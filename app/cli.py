"""The ``kartoteka`` command (DESIGN section 6).

Exit codes: 0 success; 1 an error the user can fix (message on stderr); 2 usage; 3 wrong password;
4 register damaged. With no command the window opens (``ui`` is imported lazily, only then).
Unexpected errors print their type and no values: exception texts can carry client data.
"""

from __future__ import annotations

import argparse
import getpass
import importlib
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.commands import COMMAND_MODULES
from storage.errors import KartotekaError, UserError
from storage.paths import default_register_path


class Context:
    """What a command handler needs: the register (opened on demand), the password, and output."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.register_path = Path(args.register).expanduser() if args.register else default_register_path()
        self._register = None

    def password(self, *, env: str = "KARTOTEKA_PASSWORD", prompt: str = "Password: ") -> str:
        value = os.environ.get(env)
        if value:
            return value
        if sys.stdin is not None and sys.stdin.isatty():
            return getpass.getpass(prompt)
        raise UserError(f"No password: set {env} or run the command in a terminal to be asked for it.")

    def open_register(self):
        if self._register is None:
            from app.session import open_register

            self._register = open_register(self.register_path, self.password())
        return self._register

    def set_register(self, register) -> None:
        self._register = register

    def close(self) -> None:
        """Close the register: waits for the pending version, so every save is covered on exit."""
        if self._register is not None:
            register, self._register = self._register, None
            versions = register.versions
            register.close()
            # A version that could not be written must not go unnoticed; the save itself stands.
            for problem in (getattr(versions, "last_error", None), getattr(versions, "mirror_error", None)):
                if problem:
                    self.err(f"kartoteka: warning: {problem}")

    @staticmethod
    def out(text: str = "") -> None:
        sys.stdout.write(text + "\n")

    @staticmethod
    def out_json(obj: Any) -> None:
        sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2, default=str) + "\n")

    @staticmethod
    def err(text: str) -> None:
        sys.stderr.write(text + "\n")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kartoteka",
        description="Kartoteka: an encrypted client register. Without a command, the window opens.",
    )
    parser.add_argument("--register", metavar="PATH",
                        help="register file (default: KARTOTEKA_REGISTER or the user's data folder)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:  # that feature has not landed; the others still work
                continue
            raise
        module.add_parser(subparsers)
    return parser


def _query_error_types() -> tuple[type[BaseException], ...]:
    try:
        from models.query import QueryError
    except ImportError:
        return ()
    return (QueryError,)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        return gui_main(argv)
    ctx = Context(args)
    query_errors = _query_error_types()
    try:
        try:
            code = args.handler(args, ctx)
        finally:
            ctx.close()
    except KartotekaError as exc:
        ctx.err(f"kartoteka: {exc.message}")
        return exc.exit_code
    except query_errors as exc:
        ctx.err(f"kartoteka: {exc}")
        return 1
    except KeyboardInterrupt:
        ctx.err("kartoteka: interrupted; nothing was changed by the interrupted step.")
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        if os.environ.get("KARTOTEKA_DEBUG"):
            raise
        ctx.err(f"kartoteka: unexpected error ({type(exc).__name__}). Nothing was changed by the failed step. "
                "Run with KARTOTEKA_DEBUG=1 to see the details.")
        return 1
    return int(code or 0)


def gui_main(argv: Sequence[str] | None = None) -> int:
    """Start the window (the only place below ``ui`` that touches it, and lazily)."""
    parser = argparse.ArgumentParser(prog="kartoteka")
    parser.add_argument("--register", metavar="PATH")
    args, _ = parser.parse_known_args(argv)
    from ui import run_gui

    return run_gui(register=args.register)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
