"""Import feedback: the status-bar progress (done/total, current file, Cancel) and the "Import problems" panel,
which shows each file's reason in the UI's language (translated from reader's problem code and parameters)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
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
# The current file's name is elided to a fixed width: a label that grew and shrank with each name would
# make the status bar lay itself out again on every refresh.
FILE_LABEL_WIDTH = 260
# Problems arrive once per failed file (a folder of images fails by the thousand); adding them to the
# list in one batch this often keeps the event loop free and the list just as current.
PROBLEMS_REFRESH_MS = 100
# Item data of a listed problem: its code and reader's English message (the column shows the translation).
ProblemCodeRole = Qt.ItemDataRole.UserRole + 1
EnglishReasonRole = Qt.ItemDataRole.UserRole + 2
# Translation context of the problem reasons.
PROBLEM_CONTEXT = "ImportProblem"

# Reason templates by problem code (reader.errors.MESSAGES, plus the importer's own). The English sources are
# reader's messages, so the English UI shows exactly what the CLI prints; the generic codes of the
# ReaderError classes carry reader's whole English message as their detail.
PROBLEM_SOURCES: dict[str, str] = cast(  # QT_TRANSLATE_NOOP returns its text, typed as object
    dict[str, str],
    {
        "not_found": QT_TRANSLATE_NOOP("ImportProblem", "file not found (moved or deleted?)"),
        "permission_denied": QT_TRANSLATE_NOOP("ImportProblem", "permission denied"),
        "is_folder": QT_TRANSLATE_NOOP("ImportProblem", "is a folder, not a file"),
        "symlink_loop": QT_TRANSLATE_NOOP("ImportProblem", "a symbolic link that loops back on itself"),
        "not_regular_file": QT_TRANSLATE_NOOP("ImportProblem", "not a regular file ({kind})"),
        "read_failed": QT_TRANSLATE_NOOP("ImportProblem", "could not read file: {detail}"),
        "too_large": QT_TRANSLATE_NOOP("ImportProblem", "file is {size:,} bytes, over the {limit:,}-byte limit"),
        "over_limit": QT_TRANSLATE_NOOP("ImportProblem", "file is over the {limit:,}-byte limit"),
        "empty_file": QT_TRANSLATE_NOOP("ImportProblem", "file is empty"),
        "binary_file": QT_TRANSLATE_NOOP("ImportProblem", "not a text or web page file ({detail})"),
        "nested_gzip": QT_TRANSLATE_NOOP("ImportProblem", "nested gzip archive"),
        "broken_gzip": QT_TRANSLATE_NOOP("ImportProblem", "broken gzip file: {detail}"),
        "decompressed_too_large": QT_TRANSLATE_NOOP(
            "ImportProblem", "decompressed size is over the {limit:,}-byte limit"
        ),
        "no_text": QT_TRANSLATE_NOOP("ImportProblem", "no readable text found in this {what}"),
        "json_without_content": QT_TRANSLATE_NOOP(
            "ImportProblem", "JSON without any record that has an HTML or text field"
        ),
        "nested_too_deeply": QT_TRANSLATE_NOOP("ImportProblem", "the file is nested too deeply to read"),
        "out_of_memory": QT_TRANSLATE_NOOP("ImportProblem", "ran out of memory reading this file"),
        "internal_error": QT_TRANSLATE_NOOP("ImportProblem", "internal error: {detail}"),
        "timeout": QT_TRANSLATE_NOOP("ImportProblem", "took longer than {seconds:g} s; stopped"),
        "worker_start_timeout": QT_TRANSLATE_NOOP("ImportProblem", "the reading process did not start in time"),
        "worker_crashed": QT_TRANSLATE_NOOP("ImportProblem", "the reading process crashed on this file ({signal})"),
        "worker_exited": QT_TRANSLATE_NOOP(
            "ImportProblem", "the reading process stopped on this file (exit status {status})"
        ),
        "library_write_failed": QT_TRANSLATE_NOOP("ImportProblem", "the library could not be written: {detail}"),
        "import_stopped": QT_TRANSLATE_NOOP("ImportProblem", "import stopped: {detail}"),
        "unsupported_format": QT_TRANSLATE_NOOP("ImportProblem", "unsupported file: {message}"),
        "empty_input": QT_TRANSLATE_NOOP("ImportProblem", "no readable text: {message}"),
        "too_large_input": QT_TRANSLATE_NOOP("ImportProblem", "too large: {message}"),
        "unreadable_file": QT_TRANSLATE_NOOP("ImportProblem", "could not be opened: {message}"),
        "unreadable_content": QT_TRANSLATE_NOOP("ImportProblem", "could not be read: {message}"),
    },
)
# Words reader puts into its messages as parameters (file kinds, format names).
PARAMETER_SOURCES: tuple[str, ...] = cast(
    tuple[str, ...],
    (
        QT_TRANSLATE_NOOP("ImportProblem", "a named pipe"),
        QT_TRANSLATE_NOOP("ImportProblem", "a socket"),
        QT_TRANSLATE_NOOP("ImportProblem", "a device"),
        QT_TRANSLATE_NOOP("ImportProblem", "a folder"),
        QT_TRANSLATE_NOOP("ImportProblem", "not a file"),
        QT_TRANSLATE_NOOP("ImportProblem", "page"),
        QT_TRANSLATE_NOOP("ImportProblem", "JSON file"),
        QT_TRANSLATE_NOOP("ImportProblem", "JSON Lines file"),
        QT_TRANSLATE_NOOP("ImportProblem", "file"),
    ),
)


def problem_reason(code: str, params: Mapping[str, Any], message: str) -> str:
    """The reason to show for a problem: its code's translation filled with its parameters, or reader's
    English message when the code is unknown, has no translation (the English UI) or does not fit."""
    source = PROBLEM_SOURCES.get(code)
    if source is None:
        return message
    template = QCoreApplication.translate(PROBLEM_CONTEXT, source)
    if template == source:
        return message
    values = {
        key: QCoreApplication.translate(PROBLEM_CONTEXT, value) if value in PARAMETER_SOURCES else value
        for key, value in params.items()
    }
    try:
        return template.format_map({**values, "message": message})
    except (KeyError, IndexError, ValueError, TypeError):
        return message


class ImportProgress(QWidget):
    """Progress bar with "done / total", the file being read, and a Cancel button (hidden when idle)."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importProgress")
        self.label = QLabel()
        self.label.setObjectName("importCurrentFile")
        self.label.setFixedWidth(FILE_LABEL_WIDTH)
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
        self.label.setText(metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, FILE_LABEL_WIDTH))
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
        self._pending: list[tuple[str, str, str, dict[str, Any]]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PROBLEMS_REFRESH_MS)
        self._timer.timeout.connect(self._add_pending)

    def add_problem(self, path: str, reason: str, code: str = "", params: Mapping[str, Any] | None = None) -> None:
        """List a file that could not be read: `reason` is reader's English message, `code` and `params` name
        the problem so it is shown in the UI's language. Listed in batches (see PROBLEMS_REFRESH_MS)."""
        self._pending.append((path, reason, code, dict(params or {})))
        if not self._timer.isActive():
            self._timer.start()

    def _add_pending(self) -> None:
        self._timer.stop()
        if not self._pending:
            return
        items = []
        for path, message, code, params in self._pending:
            file = Path(path)
            reason = problem_reason(code, params, message)
            item = QTreeWidgetItem([file.name, reason, str(file.parent)])
            item.setToolTip(0, path)
            item.setToolTip(1, reason if reason == message else f"{reason}\n{message}")
            item.setData(1, ProblemCodeRole, code)
            item.setData(1, EnglishReasonRole, message)
            items.append(item)
        self._pending.clear()
        self.tree.addTopLevelItems(items)

    def problems(self) -> list[tuple[str, str]]:
        """(path, reason as shown) for every listed file."""
        self._add_pending()
        rows = []
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None:
                rows.append((item.toolTip(0), item.text(1)))
        return rows

    def clear(self) -> None:
        self._pending.clear()
        self._timer.stop()
        self.tree.clear()
