"""kg.cli_exit: a finished ``kg build`` ends with os._exit after the exit functions and a flush;
anything else exits the usual way. The whole path in a fresh process: a build run through the
console script's ``main`` runs the exit functions registered before it, prints its summary, and
never comes back to the caller (whose ``finally`` a normal exit would run)."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest

from kg import cli_exit


@pytest.fixture
def calls(monkeypatch):
    seen: list[str] = []
    monkeypatch.setattr(cli_exit.atexit, "_run_exitfuncs", lambda: seen.append("atexit"))
    monkeypatch.setattr(cli_exit.os, "_exit", lambda code: seen.append(f"exit {code}"))
    monkeypatch.setattr(cli_exit, "finished_build", True)
    return seen


def test_a_finished_build_runs_the_exit_functions_then_ends(calls):
    cli_exit.exit_now_if_done(0)
    cli_exit.exit_now_if_done(None)
    assert calls == ["atexit", "exit 0", "atexit", "exit 0"]


@pytest.mark.parametrize("code", [1, 2, "error"])
def test_a_failure_exits_the_usual_way(calls, code):
    cli_exit.exit_now_if_done(code)
    assert calls == []


def test_no_finished_build_exits_the_usual_way(calls, monkeypatch):
    monkeypatch.setattr(cli_exit, "finished_build", False)
    cli_exit.exit_now_if_done(0)
    assert calls == []


def test_another_thread_alive_exits_the_usual_way(calls):
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        cli_exit.exit_now_if_done(0)
    finally:
        stop.set()
        other.join()
    assert calls == []


SCRIPT = """
import atexit, sys
atexit.register(lambda: print("exit functions ran", flush=True))
import kg.cli
sys.argv = ["kg", "build", sys.argv[1], "-o", sys.argv[2], "--no-cache"]
try:
    kg.cli.main()
finally:
    print("normal exit", flush=True)
"""


def test_the_console_script_ends_a_build_without_the_shutdown(tmp_path):
    (tmp_path / "a.txt").write_text("Acme Corp is based in Paris. Jane Doe leads Acme Corp.\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "a.txt"), str(tmp_path / "out")],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "Built graph from 1 document(s)" in done.stdout  # printed, and flushed before the end
    assert "exit functions ran" in done.stdout and "normal exit" not in done.stdout
    assert (tmp_path / "out" / "graph.json").is_file()
    failed = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "missing.txt"), str(tmp_path / "out")],
                            capture_output=True, text=True, timeout=600)
    assert failed.returncode == 2 and "normal exit" in failed.stdout and "exit functions ran" in failed.stdout
