"""Pluggable subcommands of the ``kartoteka`` command.

Each module listed here defines ``add_parser(subparsers)``; handlers receive ``(args, ctx)``.
A module that is missing is skipped, so features can land one at a time.
"""

COMMAND_MODULES = (
    "app.commands.core",
    "app.commands.versions",
    "app.commands.imports",
    "app.commands.export",
    "app.commands.dedupe",
)
