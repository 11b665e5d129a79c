"""How a failed database write is reported: a full disk as ENOSPC, whatever LadybugDB's words."""

from __future__ import annotations

import errno
import shutil
from collections import namedtuple

import kg.export.cypherdb as cypherdb

Usage = namedtuple("Usage", "total used free")


def test_a_failure_on_a_full_disk_is_reported_as_the_full_disk(tmp_path, monkeypatch):
    odd = RuntimeError("IO exception: Cannot read from file: x.lbug fileDescriptor: 13 numBytesRead: 0")
    monkeypatch.setattr(shutil, "disk_usage", lambda path: Usage(10**6, 10**6, 0))
    assert cypherdb._as_os_error(odd, tmp_path).errno == errno.ENOSPC
    monkeypatch.setattr(shutil, "disk_usage", lambda path: Usage(10**12, 0, 10**12))
    error = cypherdb._as_os_error(odd, tmp_path)
    assert error.errno is None and "numBytesRead: 0" in str(error)
    said = RuntimeError(f"write failed: {__import__('os').strerror(errno.ENOSPC)}")
    assert cypherdb._as_os_error(said, tmp_path).errno == errno.ENOSPC
