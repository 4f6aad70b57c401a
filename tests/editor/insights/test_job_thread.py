"""An analysis's own thread hands back its result, its error and its end as a Future did."""

from __future__ import annotations

import threading

import pytest

from cjdesigner.editor.insights import job_thread


def test_the_result_and_the_callbacks_come_from_the_jobs_own_thread() -> None:
    go = threading.Event()
    seen: list[tuple[str, str]] = []

    def work() -> int:
        go.wait(5)
        return 42

    job = job_thread.start(work, name="insights")
    job.add_done_callback(lambda j: seen.append(("early", threading.current_thread().name)))
    assert not job.done()
    go.set()
    assert job.result() == 42 and job.exception() is None and job.done()
    job.add_done_callback(lambda j: seen.append(("late", threading.current_thread().name)))
    assert seen == [("early", "insights"), ("late", threading.current_thread().name)]


def test_an_error_is_handed_to_whoever_reads_the_job() -> None:
    def work() -> int:
        raise ValueError("boom")

    job = job_thread.start(work, name="insights")
    error = job.exception()
    assert isinstance(error, ValueError) and str(error) == "boom"
    with pytest.raises(ValueError, match="boom"):
        job.result()


def test_the_thread_is_not_a_daemon_and_lets_go_of_its_work() -> None:
    """A program ending mid-analysis waits for it (as for the pool's thread); the function
    (and the snapshot it holds) is dropped once it has run."""
    threads: list[threading.Thread] = []
    job = job_thread.start(lambda: threads.append(threading.current_thread()), name="insights")
    job.result()
    assert threads and not threads[0].daemon
    assert job._function is None
