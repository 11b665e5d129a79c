"""The nothing-changed check (kg.unchanged) notices an output the user changed without reading the
outputs: a file's size, inode, modification and status-change times are its stamp."""

from __future__ import annotations

import os

from kg import unchanged


def recorded(tmp_path):
    out = tmp_path / "out"
    cache = out / ".kg-cache"
    cache.mkdir(parents=True)
    files = [out / "graph.json", out / "graph.graphml"]
    for i, path in enumerate(files):
        path.write_text(f"output {i}\n", encoding="utf-8")
    unchanged.remember(cache, files, "state", "inputs", 3)
    assert unchanged.unchanged(cache, files, "state", "inputs", 3)
    return cache, files


def test_untouched_outputs_pass_without_being_read(tmp_path, monkeypatch):
    cache, files = recorded(tmp_path)
    if all(os.stat(f).st_mtime_ns % 1_000_000_000 for f in files):  # a filesystem with fine times
        monkeypatch.setattr(unchanged, "_file_digest", lambda path: (_ for _ in ()).throw(AssertionError(path)))
    assert unchanged.unchanged(cache, files, "state", "inputs", 3)


def test_an_output_edited_in_place_with_its_size_and_time_put_back_is_noticed(tmp_path):
    cache, files = recorded(tmp_path)
    st = os.stat(files[0])
    with open(files[0], "r+b") as fh:  # same inode, same size
        fh.write(b"OUTPUT")
    os.utime(files[0], ns=(st.st_atime_ns, st.st_mtime_ns))  # and the same modification time
    assert os.stat(files[0]).st_size == st.st_size
    assert not unchanged.unchanged(cache, files, "state", "inputs", 3)


def test_a_replaced_or_removed_output_is_noticed(tmp_path):
    cache, files = recorded(tmp_path)
    data = files[1].read_bytes()
    files[1].unlink()
    files[1].write_bytes(data)  # the same bytes in another file
    assert not unchanged.unchanged(cache, files, "state", "inputs", 3)
    cache, files = recorded(tmp_path / "again")
    files[0].unlink()
    assert not unchanged.unchanged(cache, files, "state", "inputs", 3)
