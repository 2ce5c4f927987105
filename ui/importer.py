"""Background import: a QThread drives `reader.batch.BatchRunner`, whose worker processes parse each file and
store it in the library (`reader.library_sink.LibrarySink`, one connection per worker).

This process does no per-file work but forwarding small results: no article is unpickled, compressed or
indexed here, so the import thread hardly ever holds the GIL the window's thread needs. The GUI thread
gets progress, stored article ids and failures (with their problem code, for translation) as queued
signals; Cancel stops the runner (its workers are killed) within a fraction of a second.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Sequence
from multiprocessing import forkserver
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from reader.batch import DEFAULT_TIMEOUT_S, BatchRunner, default_context
from reader.ingest import iter_files
from reader.library_sink import LibrarySink
from ui import latency, qt_fixes

qt_fixes.install()  # the import thread emits a few signals per file

# Parsing is CPU-bound: one worker per core, but at most a few, so an import never swamps the machine
# the user is reading on.
MAX_JOBS = 4
# Parse workers run at a lower CPU priority than the window, so on a busy machine the window stays smooth.
# Only the workers: a niced thread of the GUI process could be descheduled while holding the GIL.
WORKER_NICENESS = 10
# The GUI thread hears of finished files (progress, stored ids) at most this often, plus once at the end:
# each queued signal costs the GUI thread a wake-up and a Python call, and the window shows progress no
# more often than this anyway (ui.import_panel.PROGRESS_REFRESH_MS).
UPDATE_INTERVAL_S = 0.1
# Problem codes (see reader.errors.MESSAGES) the importer acts on or makes itself.
LIBRARY_WRITE_FAILED = "library_write_failed"
IMPORT_STOPPED = "import_stopped"  # the runner itself failed; not a per-file problem of reader's


def start_niced_fork_server() -> None:
    """Start the forkserver (which forks every parse worker) from a niced helper thread.

    On Linux a process inherits the niceness of the thread that starts it, and the workers inherit the
    server's; elsewhere (and in a frozen app, which uses spawn) this does nothing.
    """
    if default_context().get_start_method() != "forkserver":
        return

    def start() -> None:
        with contextlib.suppress(AttributeError, OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), WORKER_NICENESS)
        forkserver.ensure_running()

    helper = threading.Thread(target=start, name="qingdu-forkserver-start")
    helper.start()
    helper.join()


def default_jobs() -> int:
    return max(1, min(MAX_JOBS, os.cpu_count() or 1))


class ImportWorker(QObject):
    """Runs one batch; lives in its own QThread."""

    started = Signal(int)  # total files
    progress = Signal(int, int, str)  # done, total, path of the file last finished (see UPDATE_INTERVAL_S)
    stored = Signal(list)  # ids of the articles stored since the last update (new or already in the library)
    failed = Signal(str, str, str, object)  # path, reason (English), problem code, its parameters (dict)
    finished = Signal(int, int)  # files imported, files failed

    def __init__(self, paths: Sequence[str], library_path: Path, jobs: int | None = None) -> None:
        super().__init__()
        self._paths = list(paths)
        self._library_path = library_path
        self.runner = BatchRunner(
            jobs=jobs or default_jobs(), per_file_timeout_s=DEFAULT_TIMEOUT_S, sink=LibrarySink(library_path)
        )
        self.new_articles = 0

    @property
    def cancelled(self) -> bool:
        return self.runner.cancelled

    def cancel(self) -> None:
        """Safe from the GUI thread: the runner stops and kills its workers."""
        self.runner.cancel()

    def run(self) -> None:
        imported = failures = 0
        ids: list[int] = []  # stored, not yet reported
        latest: tuple[int, int, str] | None = None  # progress not yet reported
        reported = 0.0

        def report() -> None:
            nonlocal ids, latest
            if ids:
                self.stored.emit(ids)
                ids = []
            if latest is not None:
                self.progress.emit(*latest)
                latest = None

        try:
            files = [str(p) for p in iter_files(self._paths)]
            total = len(files)
            if files:  # nothing to parse (an empty folder, the smoke test without files): no server to wait for
                start_niced_fork_server()
            self.started.emit(total)
            for done, result in enumerate(self.runner.run(files), start=1):
                if result.error is None:
                    stored: tuple[tuple[int, bool], ...] = result.stored or ()
                    imported += 1
                    self.new_articles += sum(1 for _, new in stored if new)
                    ids.extend(article_id for article_id, _ in stored)
                else:
                    failures += 1
                    code = result.error_code or ""
                    self.failed.emit(result.path, result.error, code, result.error_params)
                    if code == LIBRARY_WRITE_FAILED:
                        self.runner.cancel()  # every later file would fail the same way
                latest = (done, total, result.path)
                now = time.monotonic()
                if now - reported >= UPDATE_INTERVAL_S:
                    report()
                    reported = now
        except Exception as error:  # the runner itself failed (no worker could start): say so, end the job
            failures += 1
            detail = f"{type(error).__name__}: {error}"
            self.failed.emit("", f"import stopped: {detail}", IMPORT_STOPPED, {"detail": detail})
        finally:
            report()
            self.finished.emit(imported, failures)


class ImportJob(QObject):
    """Owns one worker and its thread; the window keeps a job while it runs."""

    finished = Signal(int, int)

    def __init__(
        self, paths: Sequence[str], library_path: Path, parent: QObject | None = None, jobs: int | None = None
    ) -> None:
        super().__init__(parent)
        self.worker_thread = QThread()
        self.worker = ImportWorker(paths, library_path, jobs)
        self.worker.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self.worker.run)
        self.worker.finished.connect(self._on_worker_finished)
        # The job ends when the thread has: waiting for it in the GUI thread (QThread.wait) would block the
        # window until the import thread is next scheduled, which on a loaded machine takes tens of ms.
        self.worker_thread.finished.connect(self._on_thread_finished)
        self._short_slices = False
        self._counts = (0, 0)

    @property
    def cancelled(self) -> bool:
        return self.worker.cancelled

    def start(self) -> None:
        """Start importing (from the GUI thread, which asks for short scheduler slices until the job ends)."""
        self._short_slices = True
        latency.request_short_slices()
        self.worker_thread.start()

    def cancel(self) -> None:
        self.worker.cancel()

    def wait(self, msecs: int = 10_000) -> None:
        """Stop and join the thread (on window close)."""
        self.worker.cancel()
        self.worker_thread.quit()
        self.worker_thread.wait(msecs)

    def _on_worker_finished(self, imported: int, failures: int) -> None:
        self._counts = (imported, failures)
        self.worker_thread.quit()

    def _on_thread_finished(self) -> None:
        if self._short_slices:
            self._short_slices = False
            latency.release_short_slices()
        self.finished.emit(*self._counts)
