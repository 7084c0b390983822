"""Sort names folded (Łęcka with the Ls, not after Z), on an index.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

from models.text import fold

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    inspector = sa.inspect(conn)
    # Registers made while 0001 was the newest revision may already have the column (it came with the
    # models); the upgrade then only fills it and sets up the index.
    if "sort_name" not in {c["name"] for c in inspector.get_columns("clients")}:
        with op.batch_alter_table("clients") as batch:
            batch.add_column(sa.Column("sort_name", sa.String(), nullable=True, server_default=""))
    rows = conn.execute(sa.text("SELECT id, display_name FROM clients")).all()
    if rows:
        conn.execute(sa.text("UPDATE clients SET sort_name = :s WHERE id = :i"),
                     [{"s": fold(name or ""), "i": cid} for cid, name in rows])
    op.create_index("ix_clients_sort_name", "clients", ["sort_name"], if_not_exists=True)
    op.drop_index("ix_clients_display_name", table_name="clients", if_exists=True)


def downgrade() -> None:
    op.create_index("ix_clients_display_name", "clients", ["display_name"])
    op.drop_index("ix_clients_sort_name", table_name="clients")
    with op.batch_alter_table("clients") as batch:
        batch.drop_column("sort_name")
