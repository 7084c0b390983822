"""Exports: mailing lists and client tables that respect consent, and the privacy tools.

For the window's export dialog (run these in a worker, off the UI thread):

- ``app.export.usecase.preview_export(reg, what, channel, fmt, *, policy=None, progress=None, cancel=None)``
  -> ``ExportPreview(format, channel, policy, selected, will_write, dropped, warnings)``: the live count
  and who is left out and why (``dropped``: ``Dropped(client_id, name, reason, text)``).
- ``app.export.usecase.export_query(reg, what, channel, fmt, path, *, preset="standard", policy=None,
  progress=None, cancel=None)`` -> ``ExportResult(path, format, channel, written, considered, dropped,
  side_file, warnings)``; show ``warnings`` to the user (e.g. xlsx cells cut to Excel's limit). A query's
  clients go in one order everywhere (``source.QUERY_ORDER``), so the preview and the file keep the same
  client for an address several share. ``what`` is query text or a list of client ids (the selection); ``progress(done, total)``;
  ``cancel`` is a ``threading.Event`` or a callable; cancelling raises ``storage.errors.Cancelled`` and
  leaves no file.
- ``app.export.privacy.export_client(reg, client_id, path)`` (.json or .xlsx),
  ``erase_client(reg, client_id) -> EraseResult(client_id, rows_removed, notice)`` and
  ``versions_notice(reg)`` (what to tell the user before erasing).

Choices for the dialog: ``formats.FORMATS``, ``eligibility.CHANNELS`` and ``POLICIES``,
``csvfile.PRESETS``; ``formats.FORMAT_CHANNEL`` says which channel a list format implies and
``formats.SUFFIXES`` the file suffix to propose.

Below those: writers that stream to private files (``csvfile``, ``xlsxfile``, ``vcard``), formula
neutralisation (``neutralise``), eligibility with reasons (``eligibility``), the register reader
(``source``) and the format-independent pipeline (``pipeline``).
"""
