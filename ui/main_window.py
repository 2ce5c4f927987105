"""The main window: article list on the left, reading pane on the right, drops and File > Open."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListView,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QWidget,
)

from reader.document import Article
from ui.article_list import ArticleDelegate, ArticleListModel
from ui.article_view import ArticleView
from ui.importer import ImportJob


class MainWindow(QMainWindow):
    """Qingdu's window."""

    import_finished = Signal(int, int)  # imported, failed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Qingdu 清读")
        self.setAcceptDrops(True)
        self.resize(1100, 700)
        self.model = ArticleListModel(self)
        self.list_view = QListView()
        self.list_view.setObjectName("articleList")
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(ArticleDelegate(self.list_view))
        self.list_view.setUniformItemSizes(True)
        self.list_view.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.list_view.selectionModel().selectionChanged.connect(self._on_selection)
        self.view = ArticleView()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list_view)
        self.splitter.addWidget(self.view)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([330, 770])
        self.setCentralWidget(self.splitter)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(240)
        self.progress.setVisible(False)
        self.status_label = QLabel()
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.problems: list[tuple[str, str]] = []
        self._jobs: list[ImportJob] = []
        self._build_menus()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        open_action = QAction("&Open Files…", self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self.open_files)
        file_menu.addAction(open_action)
        folder_action = QAction("Open &Folder…", self)
        folder_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        folder_action.triggered.connect(self.open_folder)
        file_menu.addAction(folder_action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.open_action = open_action

    # --- importing -------------------------------------------------------------------------
    def open_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, "Open scraped files")
        if paths:
            self.import_paths(paths)

    def open_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Open a folder of scraped files")
        if folder:
            self.import_paths([folder])

    def import_paths(self, paths: Sequence[str]) -> ImportJob:
        """Parse these files and folders in the background; each article becomes a row."""
        job = ImportJob(paths, self)
        job.worker.started.connect(self._on_import_started)
        job.worker.progress.connect(self._on_progress)
        job.worker.article_ready.connect(self._on_article)
        job.worker.failed.connect(self._on_failed)
        job.finished.connect(lambda imported, failed: self._on_import_finished(job, imported, failed))
        self._jobs.append(job)
        job.start()
        return job

    def _on_import_started(self, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(0)
        self.progress.setVisible(True)

    def _on_progress(self, done: int, total: int, path: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if path:
            self.status_label.setText(f"Importing {done + 1}/{total}: {path.rsplit('/', 1)[-1]}")

    def _on_article(self, article: Article) -> None:
        row = self.model.add_article(article)
        if not self.list_view.currentIndex().isValid():
            self.list_view.setCurrentIndex(self.model.index(row))

    def _on_failed(self, path: str, reason: str) -> None:
        self.problems.append((path, reason))

    def _on_import_finished(self, job: ImportJob, imported: int, failed: int) -> None:
        self._jobs.remove(job)
        self.progress.setVisible(bool(self._jobs))
        message = f"Imported {imported} file{'s' if imported != 1 else ''}"
        if failed:
            message += f"; {failed} could not be read"
        self.status_label.setText(message)
        self.import_finished.emit(imported, failed)

    # --- selection -------------------------------------------------------------------------
    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        self.view.show_article(self.model.article(indexes[0].row()) if indexes else None)

    # --- drag and drop ---------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)
        else:
            event.ignore()

    def closeEvent(self, event: object) -> None:
        for job in list(self._jobs):
            job.cancel()
            job.worker_thread.quit()
            job.worker_thread.wait(5000)
        super().closeEvent(event)  # type: ignore[arg-type]
