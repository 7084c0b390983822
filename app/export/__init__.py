"""Exports: mailing lists and client tables that respect consent, and the privacy tools.

Writers (csv, xlsx, vCard, Mailchimp and SMS lists) stream rows to private files; eligibility decides
who may be contacted on a channel and says why the others may not; the use cases in
``app.export.usecase`` and ``app.export.privacy`` read the register.
"""
