"""The About dialog: name, version, what Qingdu is, and the promise it keeps about your files."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from reader import __version__
from ui.resources import app_icon

ICON_SIZE = 64


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Qingdu"))
        layout = QVBoxLayout(self)
        icon = app_icon()
        if not icon.isNull():
            picture = QLabel()
            picture.setPixmap(icon.pixmap(ICON_SIZE, ICON_SIZE))
            picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(picture)
        name = self.tr("Qingdu 清读")
        title = QLabel(f"<h2>{name}</h2>")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        self.version_label = QLabel(self.tr("Version {version}").replace("{version}", __version__))
        self.version_label.setObjectName("aboutVersion")
        self.version_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.version_label)
        text = QLabel(
            self.tr(
                "A reader for scraped web files: saved pages, text dumps, MHTML and scraper output "
                "become clean articles. Qingdu never changes your files, never runs page scripts "
                "and never goes online on its own."
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setMinimumWidth(360)
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
