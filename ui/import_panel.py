"""Import feedback: the status-bar progress (done/total, current file, Cancel) and the "Import problems" panel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

# Progress arrives once per file (hundreds a second on a fast machine); repainting the bar and label
# ten times a second looks just as live and leaves the event loop free.
PROGRESS_REFRESH_MS = 100


class ImportProgress(QWidget):
    """Progress bar with "done / total", the file being read, and a Cancel button (hidden when idle)."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importProgress")
        self.label = QLabel()
        self.label.setObjectName("importCurrentFile")
        self.label.setMinimumWidth(120)
        self.label.setMaximumWidth(360)
        self.bar = QProgressBar()
        self.bar.setObjectName("importBar")
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(True)
        self.bar.setFormat("%v / %m")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("importCancel")
        self.cancel_button.clicked.connect(self.cancel_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.setVisible(False)
        self._pending: tuple[int, int, str] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PROGRESS_REFRESH_MS)
        self._timer.timeout.connect(self._show_pending)

    def start(self, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(0)
        self.label.setText(self.tr("Finding files…") if total == 0 else "")
        self.cancel_button.setEnabled(True)
        self.setVisible(True)

    def update_progress(self, done: int, total: int, path: str) -> None:
        """Record progress; the widgets show the latest at most every PROGRESS_REFRESH_MS."""
        self._pending = (done, total, path)
        if not self._timer.isActive():
            self._timer.start()

    def _show_pending(self) -> None:
        if self._pending is None:
            return
        done, total, path = self._pending
        self._pending = None
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        name = Path(path).name if path else ""
        metrics = self.label.fontMetrics()
        self.label.setText(metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, self.label.maximumWidth()))
        self.label.setToolTip(path)

    def cancelling(self) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Cancelling…"))

    def stop(self) -> None:
        self._timer.stop()
        self._show_pending()
        self.setVisible(False)


class ProblemsPanel(QDockWidget):
    """Files that could not be read, each with the reason; kept until the user clears the list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importProblems")
        self.setWindowTitle(self.tr("Import problems"))
        self.tree = QTreeWidget()
        self.tree.setObjectName("importProblemsList")
        self.tree.setHeaderLabels([self.tr("File"), self.tr("Reason"), self.tr("Folder")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(self.clear)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.clear_button)
        layout.addLayout(row)
        self.setWidget(body)

    def add_problem(self, path: str, reason: str) -> None:
        file = Path(path)
        item = QTreeWidgetItem([file.name, reason, str(file.parent)])
        item.setToolTip(0, path)
        item.setToolTip(1, reason)
        self.tree.addTopLevelItem(item)

    def problems(self) -> list[tuple[str, str]]:
        """(path, reason) for every listed file."""
        rows = []
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None:
                rows.append((item.toolTip(0), item.text(1)))
        return rows

    def clear(self) -> None:
        self.tree.clear()
