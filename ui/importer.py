"""Background import: files are found and parsed off the GUI thread; results come back as signals."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QThread, Signal

from reader.document import Article
from reader.errors import ReaderError
from reader.ingest import iter_files
from reader.parse import parse_records, read_file


class ImportWorker(QObject):
    """Parses a batch of paths; lives in its own QThread."""

    started = Signal(int)  # total files
    progress = Signal(int, int, str)  # done, total, current path
    article_ready = Signal(object)  # Article
    failed = Signal(str, str)  # path, reason
    finished = Signal(int, int)  # imported, failed

    def __init__(self, paths: Sequence[str]) -> None:
        super().__init__()
        self._paths = list(paths)
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    def run(self) -> None:
        files = [str(p) for p in iter_files(self._paths)]
        total = len(files)
        self.started.emit(total)
        imported = failures = 0
        for done, path in enumerate(files):
            if self._cancelled:
                break
            self.progress.emit(done, total, path)
            try:
                articles: list[Article] = parse_records(read_file(path), path)
            except ReaderError as error:
                failures += 1
                self.failed.emit(path, str(error))
                continue
            except Exception as error:  # a parser bug is this file's problem, not the import's
                failures += 1
                self.failed.emit(path, f"internal error: {type(error).__name__}: {error}")
                continue
            for article in articles:
                self.article_ready.emit(article)
            imported += 1
        self.progress.emit(total, total, "")
        self.finished.emit(imported, failures)


class ImportJob(QObject):
    """Owns one worker and its thread; the window keeps a job while it runs."""

    finished = Signal(int, int)

    def __init__(self, paths: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker_thread = QThread()
        self.worker = ImportWorker(paths)
        self.worker.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self.worker.run)
        self.worker.finished.connect(self._on_finished)

    def start(self) -> None:
        self.worker_thread.start()

    def cancel(self) -> None:
        self.worker.cancel()

    def _on_finished(self, imported: int, failures: int) -> None:
        self.worker_thread.quit()
        self.worker_thread.wait()
        self.finished.emit(imported, failures)
