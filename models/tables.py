"""The register's tables (SQLAlchemy 2.x declarative).

One row per client in ``clients`` holds the flat record (names, address, consent states, and the
purchase aggregates kept up to date by ``app.records.refresh_aggregates``), so that the table view,
filters and exports read one narrow table. Lists (phones, emails, tags, purchases, interactions,
dates, custom fields) have their own tables. Money is stored in minor units (grosz, kopeks, cents).

The full-text index (``client_fts``) is SQLite-specific and lives in ``storage.search``.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

KINDS = ("person", "company")
GENDERS = ("female", "male", "other", "unknown")
CONSENT_STATES = ("granted", "withdrawn", "unknown")
CONSENT_CHANNELS = ("email", "sms", "phone", "post")
SEGMENTS = ("potential", "one-time", "active", "regular", "vip", "lost")
PURCHASE_STATUSES = ("paid", "open", "cancelled")
CHANNELS = ("email", "sms", "phone", "post", "messenger", "in-person")

# Flat text fields of a client, in the order of DESIGN section 4.
TEXT_FIELDS = (
    "first_name", "last_name", "middle_name", "company", "job_title",
    "street", "city", "district", "region", "postcode", "country",
    "contact_time", "channel", "source", "notes",
)
CONSENT_FIELDS = tuple(f"consent_{c}" for c in CONSENT_CHANNELS)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


class Base(DeclarativeBase):
    pass


class Client(Base):
    __tablename__ = "clients"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(10), default="person")
    first_name: Mapped[str] = mapped_column(String, default="")
    last_name: Mapped[str] = mapped_column(String, default="")
    middle_name: Mapped[str] = mapped_column(String, default="")
    display_name: Mapped[str] = mapped_column(String, default="")
    # The display name folded (Łęcka -> lecka), so lists sort as people read them, on an index.
    sort_name: Mapped[str] = mapped_column(String, default="")
    company: Mapped[str] = mapped_column(String, default="")
    job_title: Mapped[str] = mapped_column(String, default="")
    # A contact person points at the company client they work for.
    company_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id", ondelete="SET NULL"))
    street: Mapped[str] = mapped_column(String, default="")
    city: Mapped[str] = mapped_column(String, default="")
    district: Mapped[str] = mapped_column(String, default="")
    region: Mapped[str] = mapped_column(String, default="")
    postcode: Mapped[str] = mapped_column(String, default="")
    country: Mapped[str] = mapped_column(String, default="")
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    # Month*100+day of the birth date, so "birthday within 7 days" is an indexed range query.
    birth_mmdd: Mapped[int | None] = mapped_column(Integer)
    gender: Mapped[str] = mapped_column(String(10), default="unknown")
    contact_time: Mapped[str] = mapped_column(String, default="")
    channel: Mapped[str] = mapped_column(String, default="")
    source: Mapped[str] = mapped_column(String, default="")
    segment: Mapped[str] = mapped_column(String(12), default="potential")
    segment_manual: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Consent per channel: state, when and where it was given, and when it was withdrawn.
    consent_email: Mapped[str] = mapped_column(String(10), default="unknown")
    consent_email_date: Mapped[dt.date | None] = mapped_column(Date)
    consent_email_source: Mapped[str] = mapped_column(String, default="")
    consent_email_optout: Mapped[dt.date | None] = mapped_column(Date)
    consent_sms: Mapped[str] = mapped_column(String(10), default="unknown")
    consent_sms_date: Mapped[dt.date | None] = mapped_column(Date)
    consent_sms_source: Mapped[str] = mapped_column(String, default="")
    consent_sms_optout: Mapped[dt.date | None] = mapped_column(Date)
    consent_phone: Mapped[str] = mapped_column(String(10), default="unknown")
    consent_phone_date: Mapped[dt.date | None] = mapped_column(Date)
    consent_phone_source: Mapped[str] = mapped_column(String, default="")
    consent_phone_optout: Mapped[dt.date | None] = mapped_column(Date)
    consent_post: Mapped[str] = mapped_column(String(10), default="unknown")
    consent_post_date: Mapped[dt.date | None] = mapped_column(Date)
    consent_post_source: Mapped[str] = mapped_column(String, default="")
    consent_post_optout: Mapped[dt.date | None] = mapped_column(Date)
    # Purchase aggregates (paid purchases only), maintained in the same unit of work as purchases.
    total_spent: Mapped[int] = mapped_column(Integer, default=0)  # minor units
    orders: Mapped[int] = mapped_column(Integer, default=0)
    first_purchase: Mapped[dt.date | None] = mapped_column(Date)
    last_purchase: Mapped[dt.date | None] = mapped_column(Date)
    last_contact: Mapped[dt.date | None] = mapped_column(Date)
    # Denormalised primary phone/email for the table view and exports (first of the lists).
    primary_phone: Mapped[str] = mapped_column(String, default="")
    primary_email: Mapped[str] = mapped_column(String, default="")
    tags_text: Mapped[str] = mapped_column(String, default="")  # "tag1, tag2" for the table view
    invalid_phone: Mapped[bool] = mapped_column(Boolean, default=False)
    invalid_email: Mapped[bool] = mapped_column(Boolean, default=False)
    created: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    phones: Mapped[list[Phone]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="Phone.position"
    )
    emails: Mapped[list[Email]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="Email.position"
    )
    tags: Mapped[list[Tag]] = relationship(cascade="all, delete-orphan", order_by="Tag.tag")
    purchases: Mapped[list[Purchase]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="Purchase.date"
    )
    interactions: Mapped[list[Interaction]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="Interaction.date"
    )
    dates: Mapped[list[ClientDate]] = relationship(cascade="all, delete-orphan", order_by="ClientDate.date")
    custom: Mapped[list[CustomValue]] = relationship(cascade="all, delete-orphan", order_by="CustomValue.name")

    __table_args__ = (
        Index("ix_clients_last_name", "last_name"),
        Index("ix_clients_sort_name", "sort_name"),
        Index("ix_clients_city", "city"),
        Index("ix_clients_segment", "segment"),
        Index("ix_clients_last_purchase", "last_purchase"),
        Index("ix_clients_total_spent", "total_spent"),
        Index("ix_clients_birth_mmdd", "birth_mmdd"),
        Index("ix_clients_company_id", "company_id"),
        Index("ix_clients_created", "created"),
    )


class Phone(Base):
    __tablename__ = "phones"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    value: Mapped[str] = mapped_column(String)  # E.164 when valid
    original: Mapped[str] = mapped_column(String, default="")
    label: Mapped[str] = mapped_column(String, default="")
    valid: Mapped[bool] = mapped_column(Boolean, default=True)
    client: Mapped[Client] = relationship(back_populates="phones")

    __table_args__ = (Index("ix_phones_value", "value"),)


class Email(Base):
    __tablename__ = "emails"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    value: Mapped[str] = mapped_column(String)
    original: Mapped[str] = mapped_column(String, default="")
    label: Mapped[str] = mapped_column(String, default="")
    valid: Mapped[bool] = mapped_column(Boolean, default=True)
    # Lower-cased whole address, for exact duplicate matching and de-duplicated mailing lists.
    key: Mapped[str] = mapped_column(String, default="")
    client: Mapped[Client] = relationship(back_populates="emails")

    __table_args__ = (Index("ix_emails_key", "key"),)


class Tag(Base):
    __tablename__ = "client_tags"

    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True)
    tag: Mapped[str] = mapped_column(String, primary_key=True)  # stored folded-lower as typed

    __table_args__ = (Index("ix_client_tags_tag", "tag"),)


class Purchase(Base):
    __tablename__ = "purchases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    date: Mapped[dt.date] = mapped_column(Date)
    amount: Mapped[int] = mapped_column(Integer)  # minor units
    currency: Mapped[str] = mapped_column(String(3), default="")
    item: Mapped[str] = mapped_column(String, default="")
    status: Mapped[str] = mapped_column(String(10), default="paid")
    client: Mapped[Client] = relationship(back_populates="purchases")

    # Covering: a period aggregate (spent:>500 within:90d) reads the index alone (migration 0003).
    __table_args__ = (Index("ix_purchases_client_paid", "client_id", "date", "status", "amount"),)


class Interaction(Base):
    __tablename__ = "interactions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    date: Mapped[dt.date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    client: Mapped[Client] = relationship(back_populates="interactions")


class ClientDate(Base):
    """Other dates to remember (name day, anniversary, first visit...)."""

    __tablename__ = "client_dates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String, default="")
    date: Mapped[dt.date] = mapped_column(Date)


class CustomValue(Base):
    __tablename__ = "client_custom"

    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True)
    name: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(String, default="")

    __table_args__ = (Index("ix_client_custom_name_value", "name", "value"),)


class ChangeLog(Base):
    """Every field change (and export, erase, merge...) with its source. Kept when a client is deleted
    so that the delete can be inspected and undone; removed only by ``erase``."""

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    time: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    client_id: Mapped[int | None] = mapped_column(Integer)  # no FK: history survives a delete
    field: Mapped[str] = mapped_column(String)
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)
    # edit | add | delete | import:N | undo-import:N | merge | restore | export | erase | ...
    source: Mapped[str] = mapped_column(String, default="edit")
    batch_id: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (
        Index("ix_change_log_client", "client_id", "time"),
        Index("ix_change_log_batch", "batch_id"),
    )


class ImportBatch(Base):
    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    time: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    file_name: Mapped[str] = mapped_column(String, default="")
    sheet: Mapped[str] = mapped_column(String, default="")
    created: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[int] = mapped_column(Integer, default=0)
    undone: Mapped[dt.datetime | None] = mapped_column(DateTime)
    summary: Mapped[str] = mapped_column(Text, default="")  # JSON


class NotDuplicate(Base):
    """A pair the user said is not a duplicate; never proposed again (ids stored low, high)."""

    __tablename__ = "not_duplicates"

    low_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    high_id: Mapped[int] = mapped_column(Integer, primary_key=True)


class SavedFilter(Base):
    """A smart list: a named query shown in the sidebar."""

    __tablename__ = "saved_filters"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    query: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (UniqueConstraint("name"),)


class Setting(Base):
    """Business settings live in the register (phone region, segment thresholds, retention...)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON


class SavedMapping(Base):
    """An import column mapping saved for next time, keyed by the header signature."""

    __tablename__ = "import_mappings"

    signature: Mapped[str] = mapped_column(String, primary_key=True)
    mapping: Mapped[str] = mapped_column(Text)  # JSON {column header: field}
