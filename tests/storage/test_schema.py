"""Migrations: an older register is upgraded on open, after a version of it was taken."""

from __future__ import annotations

import json

from sqlalchemy import text

from app import records
from storage import schema
from storage.register import Register


def _make_0001_register(register):
    """Turn a current register back into what revision 0001 created (no sort_name)."""
    with register.unit_of_work("add", record_version=False) as session:
        records.create_client(session, {"first_name": "Anna", "last_name": "Łęcka"})
        records.create_client(session, {"first_name": "Zofia", "last_name": "Zieliński"})
    with register.engine.begin() as conn:
        conn.exec_driver_sql("DROP INDEX ix_clients_sort_name")
        conn.exec_driver_sql("ALTER TABLE clients DROP COLUMN sort_name")
        conn.exec_driver_sql("CREATE INDEX ix_clients_display_name ON clients (display_name)")
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0001'")
    register.close()


def test_old_register_is_migrated_after_a_version(register, register_path, template_register):
    _make_0001_register(register)
    reg = Register.open_with_key(register_path, template_register[1], versions=True)
    try:
        assert schema.current_revision(reg.engine) == schema.head_revision()
        with reg.engine.connect() as conn:
            names = dict(conn.execute(text("SELECT last_name, sort_name FROM clients")).all())
        assert names == {"Łęcka": "anna lecka", "Zieliński": "zofia zielinski"}
        reg.versions.wait()
        kinds = [v.kind for v in reg.versions.list()]
    finally:
        reg.close()
    assert kinds.count("migration") == 2  # the state before the upgrade, and after it


def test_pending_migrations_of_a_current_register_is_empty(register):
    assert schema.pending_migrations(register.engine) == []
    assert json.dumps(schema.head_revision()) == '"0003"'


def test_migration_fills_a_sort_name_column_that_already_exists(register, register_path, template_register):
    """Registers stamped 0001 that already had the column (made while 0001 was newest) upgrade too."""
    with register.unit_of_work("add", record_version=False) as session:
        records.create_client(session, {"first_name": "Ewa", "last_name": "Łęcka"})
    with register.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE clients SET sort_name = ''")
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0001'")
    register.close()
    with Register.open_with_key(register_path, template_register[1], versions=False) as reg, \
            reg.engine.connect() as conn:
        assert conn.execute(text("SELECT sort_name FROM clients")).scalar() == "ewa lecka"


def test_migration_0003_replaces_the_purchase_index_with_a_covering_one(register, register_path,
                                                                         template_register):
    with register.unit_of_work("add", record_version=False) as session:
        cid = records.create_client(session, {"first_name": "Ewa"}).id
        records.add_purchase(session, cid, "120", "2026-11-01")
    with register.engine.begin() as conn:
        conn.exec_driver_sql("DROP INDEX ix_purchases_client_paid")
        conn.exec_driver_sql("CREATE INDEX ix_purchases_client_date ON purchases (client_id, date)")
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0002'")
    register.close()
    with Register.open_with_key(register_path, template_register[1], versions=False) as reg, \
            reg.engine.connect() as conn:
        indexes = set(conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'purchases'").scalars())
        plan = " ".join(row[-1] for row in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT sum(amount) FROM purchases WHERE client_id = 1 AND status = 'paid' "
            "AND date >= '2026-01-01'"))
    assert indexes == {"ix_purchases_client_paid"}
    assert "COVERING INDEX ix_purchases_client_paid" in plan
