"""Alembic environment: always run on the register's own (keyed) connection."""

from alembic import context

from models.tables import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
