"""A build hands back to the collector what its stages froze (kg.garbage), whichever way it
went: a cold build that parses here, a rebuild whose changed document a forked child parses."""

from __future__ import annotations

import subprocess
import sys


def test_builds_leave_nothing_frozen(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("Alice Smith works for Acme Corp in Paris.\n", encoding="utf-8")
    (src / "b.txt").write_text("Bob Jones met Alice Smith in London.\n", encoding="utf-8")
    check = "assert gc.get_freeze_count() == 0 and gc.isenabled() and gc.get_threshold()[0] > 0"
    build = f"import gc, sys; from kg.api import build; build([{str(src)!r}], output_dir={str(tmp_path / 'out')!r}); "
    subprocess.run([sys.executable, "-c", build + check + "; assert 'spacy' in sys.modules"], check=True)  # parsed here
    (src / "b.txt").write_text("Bob Jones met Alice Smith in Berlin.\n", encoding="utf-8")
    subprocess.run([sys.executable, "-c", build + check + "; assert 'spacy' not in sys.modules"],  # in a child
                   check=True)
