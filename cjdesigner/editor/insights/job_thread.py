"""One analysis on a thread of its own: the part of ``concurrent.futures`` the refresher uses.

The refresher runs one analysis at a time (an edit made meanwhile waits for the running one to
end), so a pool with a work queue is more than it needs; importing ``concurrent.futures`` and
making its pool was ~2 ms of CPU right after the editor's first frame
(``benchmarks/bench_startup.py``). :func:`start` runs a function on a new thread and hands back
a :class:`Job` to wait on, read, or be called back by, like a ``Future``. The thread is not a
daemon: a program that ends while an analysis runs waits for it, as it waited for the pool's.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Job(Generic[T]):
    """The outcome of a function run on its own thread: its result or its exception."""

    def __init__(self, function: Callable[[], T]) -> None:
        self._function: Callable[[], T] | None = function
        self._lock = threading.Lock()
        self._finished = threading.Event()
        self._callbacks: list[Callable[[Job[T]], object]] = []
        self._result: T | None = None
        self._error: BaseException | None = None

    def _run(self) -> None:
        function, self._function = self._function, None
        assert function is not None
        try:
            result = function()
        except BaseException as error:  # handed to whoever reads the job, as a Future does
            self._error = error
        else:
            self._result = result
        with self._lock:
            self._finished.set()
            callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback(self)

    def done(self) -> bool:
        return self._finished.is_set()

    def add_done_callback(self, callback: Callable[[Job[T]], object]) -> None:
        """Call ``callback(job)`` on the job's thread when it ends (now, if it has ended)."""
        with self._lock:
            if not self._finished.is_set():
                self._callbacks.append(callback)
                return
        callback(self)

    def exception(self) -> BaseException | None:
        """What the function raised (None if it returned); waits for the end."""
        self._finished.wait()
        return self._error

    def result(self) -> T:
        """What the function returned; raises what it raised; waits for the end."""
        self._finished.wait()
        if self._error is not None:
            raise self._error
        return self._result  # type: ignore[return-value]


def start(function: Callable[[], T], name: str) -> Job[T]:
    """Run ``function()`` on a new thread called ``name``."""
    job = Job(function)
    threading.Thread(target=job._run, name=name).start()
    return job
