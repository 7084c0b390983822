"""``make screenshots`` keeps working: every picture is rendered offscreen from a small demo register."""

from __future__ import annotations

import os

from PySide6.QtGui import QImage

from ui import screenshots


def test_renders_every_screenshot(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(screenshots, "DEMO_CLIENTS", 40)
    monkeypatch.setattr("builtins.print", lambda *args, **kw: None)
    home = os.environ.get("KARTOTEKA_HOME")
    written = screenshots.render(tmp_path / "shots")
    names = {path.name for path in written}
    assert {"main-window.png", "filter-builder.png", "unlock-dialog.png", "locked.png", "versions-dialog.png",
            "import-mapping.png", "export-dialog.png"} <= names
    for path in written:
        image = QImage(str(path))
        assert image.width() >= 300 and image.height() >= 200, path.name
    assert os.environ.get("KARTOTEKA_HOME") == home
