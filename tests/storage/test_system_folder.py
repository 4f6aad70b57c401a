"""Writing into a folder that takes no files (/proc, /sys) gives the real reason, no traceback.

Creating the temporary file under /proc fails with ENOENT although /proc exists, so the
message said "the folder does not exist": untrue, and it sent the user looking for a typo.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from cjdesigner.storage import MapWriteError, atomic_write_bytes, save_map
from cjdesigner.templates import build_map

needs_proc = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not Path("/proc/self").is_dir(),
    reason="/proc is Linux's",
)


@needs_proc
def test_saving_a_map_under_proc_says_the_folder_takes_no_files() -> None:
    with pytest.raises(MapWriteError) as caught:
        save_map(build_map("blank-5a", "en"), Path("/proc/cjdesigner-test.cjm"))
    message = str(caught.value)
    assert "does not exist" not in message
    assert "“/proc” does not allow new files" in message
    assert "The file on disk was not changed." in message


def test_an_existing_folder_that_refuses_the_file_is_not_called_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_open = os.open

    def refusing_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if flags & os.O_CREAT and Path(os.fsdecode(path)).parent == tmp_path:
            raise FileNotFoundError(errno.ENOENT, "No such file or directory", path)
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing_open)
    with pytest.raises(MapWriteError) as caught:
        atomic_write_bytes(tmp_path / "out.pdf", b"%PDF")
    assert f"the folder “{tmp_path}” does not allow new files" in str(caught.value)
    assert not (tmp_path / "out.pdf").exists()


def test_a_missing_folder_is_still_called_missing(tmp_path: Path) -> None:
    with pytest.raises(MapWriteError) as caught:
        atomic_write_bytes(tmp_path / "no such folder" / "out.pdf", b"%PDF")
    assert "the folder does not exist" in str(caught.value)
