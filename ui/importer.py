"""Background import: a QThread drives `reader.batch.BatchRunner`, whose worker processes do the parsing.

The GUI thread only receives finished articles and progress as queued signals, so the window never
freezes, and Cancel stops the runner (its workers are killed) within a fraction of a second.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from PySide6.QtCore import QObject, QThread, Signal

from reader.batch import DEFAULT_TIMEOUT_S, BatchRunner
from reader.ingest import iter_files

# Parsing is CPU-bound: one worker per core, but at most a few, so an import never swamps the machine
# the user is reading on.
MAX_JOBS = 4


def default_jobs() -> int:
    return max(1, min(MAX_JOBS, os.cpu_count() or 1))


class ImportWorker(QObject):
    """Runs one batch; lives in its own QThread."""

    started = Signal(int)  # total files
    progress = Signal(int, int, str)  # done, total, path of the file just finished
    article_ready = Signal(object)  # Article
    failed = Signal(str, str)  # path, reason
    finished = Signal(int, int)  # imported, failed

    def __init__(self, paths: Sequence[str], jobs: int | None = None) -> None:
        super().__init__()
        self._paths = list(paths)
        self.runner = BatchRunner(jobs=jobs or default_jobs(), per_file_timeout_s=DEFAULT_TIMEOUT_S)

    @property
    def cancelled(self) -> bool:
        return self.runner.cancelled

    def cancel(self) -> None:
        """Safe from the GUI thread: the runner stops and kills its workers."""
        self.runner.cancel()

    def run(self) -> None:
        files = [str(p) for p in iter_files(self._paths)]
        total = len(files)
        self.started.emit(total)
        imported = failures = 0
        try:
            for done, result in enumerate(self.runner.run(files), start=1):
                if result.ok:
                    imported += 1
                    for article in result.articles:
                        self.article_ready.emit(article)
                else:
                    failures += 1
                    self.failed.emit(result.path, result.error or "")
                self.progress.emit(done, total, result.path)
        except Exception as error:  # the runner itself failed (no worker could start): say so, end the job
            self.failed.emit("", f"import stopped: {type(error).__name__}: {error}")
            failures += 1
        finally:
            self.finished.emit(imported, failures)


class ImportJob(QObject):
    """Owns one worker and its thread; the window keeps a job while it runs."""

    finished = Signal(int, int)

    def __init__(self, paths: Sequence[str], parent: QObject | None = None, jobs: int | None = None) -> None:
        super().__init__(parent)
        self.worker_thread = QThread()
        self.worker = ImportWorker(paths, jobs)
        self.worker.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self.worker.run)
        self.worker.finished.connect(self._on_finished)

    @property
    def cancelled(self) -> bool:
        return self.worker.cancelled

    def start(self) -> None:
        self.worker_thread.start()

    def cancel(self) -> None:
        self.worker.cancel()

    def wait(self, msecs: int = 10_000) -> None:
        """Stop and join the thread (on window close)."""
        self.worker.cancel()
        self.worker_thread.quit()
        self.worker_thread.wait(msecs)

    def _on_finished(self, imported: int, failures: int) -> None:
        self.worker_thread.quit()
        self.worker_thread.wait()
        self.finished.emit(imported, failures)
