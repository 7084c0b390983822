"""Schema creation and migrations (Alembic, batch mode for SQLite).

A new register gets the current schema directly and is stamped at the newest migration; an older
register is upgraded step by step, after a version of it has been taken (see ``Register.open``).
A register stamped with a revision this program does not know was written by a newer Kartoteka.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from models.tables import Base
from storage.errors import NewerVersion

MIGRATIONS = Path(__file__).with_name("migrations")


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    return _script().get_current_head()


def create_schema(engine: Engine) -> None:
    """Tables, the search index, and the stamp of the newest migration, in one transaction."""
    with engine.begin() as conn:
        Base.metadata.create_all(conn)
        try:
            from storage.search import create_search_schema
        except ImportError:
            pass
        else:
            create_search_schema(conn)
        MigrationContext.configure(conn).stamp(_script(), "head")


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def pending_migrations(engine: Engine) -> list[str]:
    """Revisions between the register's stamp and this program's head (oldest first)."""
    script = _script()
    current = current_revision(engine)
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise NewerVersion(
            "This register was written by a newer version of Kartoteka. Update Kartoteka to open it; "
            "the file was not changed."
        )
    head = script.get_current_head()
    if current == head:
        return []
    revs = [rev.revision for rev in script.iterate_revisions(head, current)]
    return list(reversed(revs))


def upgrade(engine: Engine) -> None:
    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
