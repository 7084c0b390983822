"""The first schema of the register.

Revision ID: 0001
Revises:
Create Date: 2026-11-22

Registers at this revision were created directly from the models (``storage.schema.create_schema``);
this revision is the baseline that later migrations build on.
"""

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Nothing to do: revision 0001 is the schema ``create_schema`` builds."""


def downgrade() -> None:
    """There is no schema before 0001."""
