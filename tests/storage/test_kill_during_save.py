"""A save killed at any moment (``kill -9``) leaves the complete old or the complete new map.

A child process saves two different maps over the same file in a loop; the test kills it with
SIGKILL after a random delay, then checks that the file (and its ``.bak``) loads and is exactly
one of the two maps, and that loading removed the dead process's temporary file.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from cjdesigner.model import JourneyMap, Persona, Stage, Touchpoint
from cjdesigner.storage import dumps_map, load_map, save_map

ITERATIONS_FORK = 40
ITERATIONS_SPAWN = 3
MAX_DELAY = 0.04


def _map(title: str, cards: int) -> JourneyMap:
    stages = [Stage(id=f"s{i}", name=f"Stage {i}") for i in range(5)]
    personas = [Persona(id=f"p{i}", name=f"Persona {i}") for i in range(3)]
    touchpoints = [
        Touchpoint(
            id=f"t{i}",
            stage_id=f"s{i % 5}",
            persona_id=f"p{i % 3}",
            order=i // 15,
            title=f"{title} — card {i} zażółć",
            channel="website",
            description="Długi opis " * 20,
        )
        for i in range(cards)
    ]
    m = JourneyMap(stages=stages, personas=personas, touchpoints=touchpoints)
    m.info.title = title
    # Fixed times: the versions are made more than once, and a second may pass in between.
    m.info.created = m.info.modified = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
    return m


def _versions() -> tuple[str, str]:
    # Different sizes, so a mix of the two could never pass for either.
    return dumps_map(_map("Old", 300)), dumps_map(_map("New", 420))


def _check_after_kill(path: Path, texts: tuple[str, str]) -> bool:
    """Assert the file and its backup are whole; return whether a temp file was left behind."""
    left_temp = any(p.name.endswith(".tmp") for p in path.parent.iterdir())
    loaded = load_map(path)  # also cleans up the dead process's temporary file
    assert dumps_map(loaded.map) in texts
    assert path.read_text(encoding="utf-8") in texts
    backup = path.with_name(path.name + ".bak")
    if backup.exists():
        assert backup.read_text(encoding="utf-8") in texts
    assert [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")] == []
    return left_temp


def _save_forever(path: Path, maps: tuple[JourneyMap, JourneyMap]) -> None:
    while True:
        for m in maps:
            save_map(m, path)


def test_kill_9_during_save_forked(tmp_path: Path) -> None:
    texts = _versions()
    maps = (_map("Old", 300), _map("New", 420))
    path = tmp_path / "journey.cjm"
    save_map(maps[0], path)
    rng = random.Random(20261123)
    use_fork = hasattr(os, "fork")
    interrupted = 0
    for _ in range(ITERATIONS_FORK if use_fork else ITERATIONS_SPAWN):
        if use_fork:
            pid = os.fork()
            if pid == 0:  # the child: save until killed, never return into pytest
                try:
                    _save_forever(path, maps)
                finally:
                    os._exit(1)
            time.sleep(rng.uniform(0.002, MAX_DELAY))
            os.kill(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
            assert os.WIFSIGNALED(status), "the saver stopped by itself (it must save forever)"
        else:
            _kill_spawned_saver(tmp_path, path, rng)
        interrupted += _check_after_kill(path, texts)
    # The kills really land inside saves (a temp file existed), not only between them.
    print(f"{interrupted} of the kills interrupted a save")
    assert interrupted > 0


_SAVER = """
import sys
from pathlib import Path
from cjdesigner.storage import load_map, save_map
target, a, b = (Path(p) for p in sys.argv[1:4])
maps = (load_map(a).map, load_map(b).map)
print("ready", flush=True)
while True:
    for m in maps:
        save_map(m, target)
"""


def _kill_spawned_saver(tmp_path: Path, path: Path, rng: random.Random) -> None:
    a, b = tmp_path / "a.src", tmp_path / "b.src"
    if not a.exists():
        texts = _versions()
        a.write_text(texts[0], encoding="utf-8")
        b.write_text(texts[1], encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-c", _SAVER, str(path), str(a), str(b)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.002, MAX_DELAY))
    finally:
        proc.kill()  # SIGKILL on POSIX, TerminateProcess on Windows
        proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()


def test_kill_9_of_a_separate_interpreter(tmp_path: Path) -> None:
    """The same with a freshly started Python (what a crashed editor really is)."""
    texts = _versions()
    path = tmp_path / "journey.cjm"
    path.write_text(texts[0], encoding="utf-8")
    rng = random.Random(7)
    for _ in range(ITERATIONS_SPAWN):
        _kill_spawned_saver(tmp_path, path, rng)
        _check_after_kill(path, texts)
