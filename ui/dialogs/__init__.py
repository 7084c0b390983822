"""Dialogs of the window: versions, password, import, export, duplicates, quality, privacy."""
