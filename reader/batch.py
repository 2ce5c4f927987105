"""Parse many files in worker processes: results as they finish (or in input order), a hard per-file
time limit, a per-worker memory cap, cancel from another thread. Used by `qingdu extract` and the UI import.

API (for the CLI and the UI importer)
-------------------------------------

    runner = BatchRunner(jobs=2, per_file_timeout_s=60.0, options=ParseOptions())
    for result in runner.run(paths):            # paths: files (expand folders with reader.ingest.iter_files)
        if result.ok:   ... result.articles     # tuple[Article, ...]: one, or one per JSON/JSONL record
        else:           ... result.error        # a user-facing message for this file
    runner.run(paths, ordered=True)             # same results, yielded in input order (the CLI's output order)
    runner.cancel()                             # from any thread: run() stops soon (<= POLL_S), workers killed

- `FileResult(path, index, articles, error, elapsed, error_code, error_params, stored)`: `index` is the position
  in `paths`; `elapsed` is seconds of wall time spent on the file; `error_code` and `error_params` name the
  problem for translation (`reader.errors.MESSAGES`; the English `error` is made from them). Exactly one
  result per path unless the run is cancelled (then the files not yet finished yield nothing). A cancelled
  runner stays cancelled: make a new one for the next import.
- Every failure is a per-file result, never an exception out of `run()`: unreadable or unsupported files
  (`ReaderError` messages), parser bugs ("internal error: …"), a file that took longer than
  `per_file_timeout_s` (its worker is killed and replaced), a worker that died (segfault, out of memory).
- Worker processes are started with "forkserver" on Linux (fork is unsafe in a process that has threads, as
  the Qt app has) and "spawn" elsewhere and in a frozen (PyInstaller) app, whose entry point must call
  `multiprocessing.freeze_support()` (ui/launcher.py does). Workers read the files themselves; only paths go
  out and picklable `Article`s come back.
- Workers run sandboxed: an audit hook refuses sockets, DNS, URL requests and starting programs, so nothing
  a page holds can reach the network or run (`reader` never needs either), and on Linux their address space
  is capped (`memory_limit_bytes`) so a memory blow-up is one file's error, not the machine's.
- `sink=`: a picklable callable `sink(path, data, articles)` (with `close()`) run in the worker right after a
  file parses, e.g. `reader.library_sink.LibrarySink`, which stores the file in the library there. Its return
  value comes back as `result.stored` and the articles stay in the worker (`result.articles` is empty), so the
  calling process does no per-file work beyond reading a small result. A `ReaderError` it raises is the file's
  error.
- `in_process=True` parses in the calling thread: no worker start-up cost, but NO time limit and no memory
  cap (a thread cannot be killed). The CLI uses it only for a single file with `--jobs 1`; the UI should not.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from typing import Any, Protocol

from reader.document import Article
from reader.errors import ReaderError, problem_message
from reader.parse import PARSER_MODULES, ParseOptions, parse_records, read_file

# A normal page parses in well under a second; a minute leaves room for the biggest allowed files on a slow
# machine while still ending a pathological one.
DEFAULT_TIMEOUT_S = 60.0
# The biggest allowed file (ParseOptions.max_bytes) parsed by BeautifulSoup needs well under 2 GiB of address
# space; more than that means something is blowing up, and that file alone should fail.
DEFAULT_MEMORY_LIMIT = 3 * 1024**3
# How long a blocked wait lasts before it looks at cancel() again.
POLL_S = 0.2
# How long a worker gets to exit after being told to stop, before it is killed.
STOP_GRACE_S = 2.0
# How long a new worker may take to start and pick up its first file (imports on a busy machine), before it
# is taken for stuck: the per-file limit only runs once the worker has the file.
START_LIMIT_S = 120.0
# Files sent ahead to each worker: with one queued behind the current one, a worker goes straight on to the
# next file instead of waiting for this process to be scheduled (which costs milliseconds on a busy machine).
PREFETCH = 2
# CPU seconds past the per-file time limit after which a worker whose parent is gone ends itself.
ORPHAN_CPU_MARGIN_S = 1.0

# Audit events a parse worker never has a reason to raise: network, DNS, URL fetches, starting programs.
_BLOCKED_EVENTS = frozenset(
    {
        "socket.__new__",
        "socket.connect",
        "socket.bind",
        "socket.getaddrinfo",
        "socket.gethostbyname",
        "socket.gethostbyaddr",
        "urllib.Request",
        "subprocess.Popen",
        "os.system",
        "os.exec",
        "os.posix_spawn",
        "os.spawn",
        "os.startfile",
        "webbrowser.open",
    }
)


@dataclass(frozen=True, slots=True)
class FileResult:
    """What became of one file: its articles, or a user-facing error."""

    path: str
    index: int
    articles: tuple[Article, ...] = ()
    error: str | None = None
    elapsed: float = 0.0
    error_code: str | None = None
    error_params: dict[str, Any] = field(default_factory=dict)
    stored: Any = None  # what the runner's sink returned for this file

    @property
    def ok(self) -> bool:
        return self.error is None


class FileSink(Protocol):
    """Takes each parsed file inside the worker process (see the module docstring); must pickle."""

    def __call__(self, path: str, data: bytes, articles: tuple[Article, ...]) -> Any: ...

    def close(self) -> None: ...


@dataclass(frozen=True, slots=True)
class _Outcome:
    """One file's fate inside a worker, before it becomes a `FileResult`."""

    articles: tuple[Article, ...] = ()
    error: str | None = None
    code: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    stored: Any = None


def _failure(code: str, **params: Any) -> _Outcome:
    return _Outcome(error=problem_message(code, **params), code=code, params=params)


def _attempt(path: str, options: ParseOptions | None, sink: FileSink | None = None) -> _Outcome:
    """Read, parse and (with a sink) store one file. Never raises an `Exception`."""
    try:
        data = read_file(path, options)
        articles = tuple(parse_records(data, path, options))
        if sink is None:
            return _Outcome(articles)
        return _Outcome(stored=sink(path, data, articles))
    except ReaderError as error:
        return _Outcome(error=str(error) or type(error).__name__, code=error.code, params=dict(error.params))
    except MemoryError:
        return _failure("out_of_memory")
    except RecursionError:  # parse_records turns its own into TooDeep: one met elsewhere is a bug
        return _failure("internal_error", detail="the page is nested too deeply to read")
    except Exception as error:  # a parser bug must not end a batch; it is this file's error
        return _failure("internal_error", detail=f"{type(error).__name__}: {error}")


def parse_path(path: str, options: ParseOptions | None = None) -> tuple[tuple[Article, ...], str | None]:
    """Read and parse one file: (articles, None) or ((), error message). Never raises an `Exception`."""
    outcome = _attempt(path, options)
    return outcome.articles, outcome.error


def _sandbox_hook(event: str, args: tuple[Any, ...]) -> None:
    if event in _BLOCKED_EVENTS:
        raise PermissionError(f"blocked in a parse worker: {event}")


def install_sandbox(memory_limit_bytes: int | None = None) -> None:
    """Make this process a parse worker: no network, no programs started, capped memory. Cannot be undone."""
    sys.addaudithook(_sandbox_hook)
    if memory_limit_bytes:
        with contextlib.suppress(ImportError, ValueError, OSError):
            import resource

            _, hard = resource.getrlimit(resource.RLIMIT_AS)
            limit = memory_limit_bytes if hard == resource.RLIM_INFINITY else min(hard, memory_limit_bytes)
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        # No core files: a worker killed by its CPU limit or a crash must not write into the user's folders.
        resource.setrlimit(resource.RLIMIT_CORE, (0, resource.getrlimit(resource.RLIMIT_CORE)[1]))


def _limit_cpu(seconds: float | None) -> None:
    """Let the kernel end this process if the next file takes more than `seconds` of CPU time. The parent
    kills a worker at the (wall-clock) time limit first; this only fires when the parent is gone (crashed,
    killed) and nobody else would stop a worker stuck on a pathological file. CPU time never runs ahead of
    wall time in a one-thread worker, so a file within the time limit is never cut short."""
    if seconds is None:
        return
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        usage = resource.getrusage(resource.RUSAGE_SELF)
        used = usage.ru_utime + usage.ru_stime
        _, hard = resource.getrlimit(resource.RLIMIT_CPU)
        soft = int(used + seconds + ORPHAN_CPU_MARGIN_S) + 1
        resource.setrlimit(resource.RLIMIT_CPU, (soft if hard == resource.RLIM_INFINITY else min(soft, hard), hard))


def _worker_main(
    conn: Connection,
    options: ParseOptions | None,
    memory_limit_bytes: int | None,
    timeout_s: float | None = None,
    sink: FileSink | None = None,
) -> None:
    """A worker's loop: send ("ready",) once started, then for each (index, path) received send back ("done",
    index, outcome, elapsed); None ends it. Files are taken in the order sent, one at a time."""
    # Ctrl-C goes to the whole process group; the parent decides, the workers just get stopped.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    install_sandbox(memory_limit_bytes)
    try:
        conn.send(("ready",))  # the time limit runs from here, not from a slow worker start
    except (EOFError, OSError):
        return
    try:
        while True:
            try:
                task = conn.recv()
            except (EOFError, OSError):
                return  # the parent went away
            if task is None:
                return
            index, path = task
            _limit_cpu(timeout_s)
            started = time.perf_counter()
            outcome = _attempt(path, options, sink)
            elapsed = time.perf_counter() - started
            try:
                conn.send(("done", index, outcome, elapsed))
            except (EOFError, OSError):
                return
            except Exception as send_error:  # e.g. an article that cannot be pickled
                detail = f"result could not be sent back: {send_error}"
                conn.send(("done", index, _failure("internal_error", detail=detail), elapsed))
    finally:
        if sink is not None:
            with contextlib.suppress(Exception):
                sink.close()


def default_context() -> BaseContext:
    """forkserver on Linux (safe with threads, fast restarts), spawn elsewhere and in a frozen app."""
    if sys.platform.startswith("linux") and not getattr(sys, "frozen", False):
        ctx = multiprocessing.get_context("forkserver")
        # Workers fork from a server that has already imported the parsers: a replacement starts in ms.
        ctx.set_forkserver_preload(["reader.batch", *PARSER_MODULES])
        return ctx
    return multiprocessing.get_context("spawn")


class _Worker:
    """One worker process, its end of the pipe, and the files sent to it (the first is the one it is on)."""

    def __init__(
        self,
        ctx: BaseContext,
        options: ParseOptions | None,
        memory_limit_bytes: int | None,
        timeout_s: float | None,
        sink: FileSink | None = None,
    ) -> None:
        parent_conn, child_conn = ctx.Pipe(duplex=True)
        self.process: BaseProcess = ctx.Process(  # type: ignore[attr-defined]
            target=_worker_main,
            args=(child_conn, options, memory_limit_bytes, timeout_s, sink),
            daemon=True,
            name="qingdu-parse",
        )
        self.process.start()
        child_conn.close()
        self.conn: Connection = parent_conn
        self.created = time.monotonic()
        self.ready = False
        self.queue: deque[tuple[int, str]] = deque()
        self.started: float | None = None  # when the worker began the first file of the queue

    @property
    def task(self) -> tuple[int, str] | None:
        return self.queue[0] if self.queue else None

    def send(self, task: tuple[int, str]) -> None:
        self.conn.send(task)
        self.queue.append(task)
        if self.ready and len(self.queue) == 1:
            self.started = time.monotonic()

    def mark_ready(self) -> None:
        self.ready = True
        self.started = time.monotonic() if self.queue else None

    def finish_first(self) -> None:
        self.queue.popleft()
        # The worker goes straight on to the next file it was sent.
        self.started = time.monotonic() if self.queue else None

    def deadline(self, per_file_timeout_s: float | None) -> float:
        if not self.ready:
            return self.created + START_LIMIT_S
        if self.started is None or per_file_timeout_s is None:
            return float("inf")
        return self.started + per_file_timeout_s

    def kill(self) -> None:
        with contextlib.suppress(Exception):
            self.process.kill()
        self.process.join(STOP_GRACE_S)
        self.conn.close()

    def stop(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.conn.send(None)
        self.process.join(STOP_GRACE_S)
        if self.process.is_alive():
            self.kill()
        else:
            self.conn.close()


class BatchRunner:
    """Parse files in `jobs` worker processes (or in-process), yielding one `FileResult` per file."""

    def __init__(
        self,
        jobs: int = 1,
        per_file_timeout_s: float | None = DEFAULT_TIMEOUT_S,
        options: ParseOptions | None = None,
        *,
        in_process: bool = False,
        memory_limit_bytes: int | None = DEFAULT_MEMORY_LIMIT,
        context: BaseContext | None = None,
        sink: FileSink | None = None,
    ) -> None:
        self.jobs = max(1, jobs)
        self.sink = sink
        self.per_file_timeout_s = per_file_timeout_s if per_file_timeout_s and per_file_timeout_s > 0 else None
        self.options = options
        self.in_process = in_process
        self.memory_limit_bytes = memory_limit_bytes
        self._context = context
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        """Stop the running (and any later) `run()`: safe to call from any thread."""
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def run(self, paths: Iterable[str | os.PathLike[str]], ordered: bool = False) -> Iterator[FileResult]:
        """Yield a `FileResult` per path, as files finish (or in input order when `ordered`)."""
        tasks = [(index, os.fspath(path)) for index, path in enumerate(paths)]
        results = self._run_in_process(tasks) if self.in_process else self._run_workers(tasks)
        if not ordered:
            yield from results
            return
        waiting: dict[int, FileResult] = {}
        next_index = 0
        for result in results:
            waiting[result.index] = result
            while next_index in waiting:
                yield waiting.pop(next_index)
                next_index += 1

    def _run_in_process(self, tasks: list[tuple[int, str]]) -> Iterator[FileResult]:
        try:
            for index, path in tasks:
                if self.cancelled:
                    return
                started = time.perf_counter()
                outcome = _attempt(path, self.options, self.sink)
                yield _result(path, index, outcome, time.perf_counter() - started)
        finally:
            if self.sink is not None:
                self.sink.close()

    def _run_workers(self, tasks: list[tuple[int, str]]) -> Iterator[FileResult]:
        ctx = self._context or default_context()
        pending = deque(tasks)
        workers: list[_Worker] = []
        try:
            while (pending or any(w.queue for w in workers)) and not self.cancelled:
                self._dispatch(ctx, workers, pending)
                busy = [w for w in workers if w.queue]
                ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy], self._wait_time(busy))
                for worker in busy:
                    yield from self._collect(worker, ready, pending)
                workers = [w for w in workers if not w.conn.closed]
        finally:
            for worker in workers:
                if worker.queue:
                    worker.kill()
                else:
                    worker.stop()

    def _dispatch(self, ctx: BaseContext, workers: list[_Worker], pending: deque[tuple[int, str]]) -> None:
        """Start workers up to `jobs` and keep each one's queue filled: one file to work on and, while there are
        more files than workers, one more, so a worker never waits for this process between files."""
        for worker in [w for w in workers if not w.queue and not w.process.is_alive()]:
            worker.kill()  # it died while idle (killed from outside): replace it
            workers.remove(worker)
        while pending and len(workers) < self.jobs:
            workers.append(_Worker(ctx, self.options, self.memory_limit_bytes, self.per_file_timeout_s, self.sink))
        for worker in workers:
            depth = PREFETCH if len(pending) > len(workers) else 1
            while pending and len(worker.queue) < depth and not worker.conn.closed:
                try:
                    worker.send(pending[0])
                except (OSError, ValueError):  # it died: _collect reports it and requeues its files
                    break
                pending.popleft()

    def _wait_time(self, busy: list[_Worker]) -> float:
        if not busy:
            return POLL_S
        deadline = min(w.deadline(self.per_file_timeout_s) for w in busy)
        return max(0.0, min(POLL_S, deadline - time.monotonic()))

    def _collect(self, worker: _Worker, ready: list[Any], pending: deque[tuple[int, str]]) -> Iterator[FileResult]:
        """The worker's finished files; an error result for its current file when it died or ran out of time
        (its other files go back to the pending queue, for a replacement worker)."""
        lost = False
        if worker.conn in ready:
            try:
                while worker.queue and worker.conn.poll():
                    message = worker.conn.recv()
                    if message[0] == "ready":
                        worker.mark_ready()
                    elif message[0] == "done" and message[1] == worker.queue[0][0]:
                        index, path = worker.queue[0]
                        worker.finish_first()
                        yield _result(path, index, message[2], message[3])
            except (EOFError, OSError):
                lost = True  # it died, maybe mid-send: reported below from its exit code
        if not worker.queue:
            return
        index, path = worker.queue[0]
        now = time.monotonic()
        elapsed = now - (worker.started or worker.created)
        if lost or worker.process.sentinel in ready:
            worker.process.join(STOP_GRACE_S)
            outcome = _death(worker.process.exitcode)
        elif now > worker.deadline(self.per_file_timeout_s):
            outcome = (
                _failure("timeout", seconds=self.per_file_timeout_s)
                if worker.ready
                else _failure("worker_start_timeout")
            )
        else:
            return
        worker.kill()
        worker.queue.popleft()
        pending.extendleft(reversed(worker.queue))  # not started: they go to the next worker
        worker.queue.clear()
        yield _result(path, index, outcome, elapsed)


def _result(path: str, index: int, outcome: _Outcome, elapsed: float) -> FileResult:
    return FileResult(
        path, index, outcome.articles, outcome.error, elapsed, outcome.code, outcome.params, outcome.stored
    )


def _death(exitcode: int | None) -> _Outcome:
    if exitcode is not None and exitcode < 0:
        with contextlib.suppress(ValueError):
            return _failure("worker_crashed", signal=signal.Signals(-exitcode).name)
    return _failure("worker_exited", status=exitcode)
