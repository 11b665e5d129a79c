"""Are kg's outputs byte-identical at two git revisions? For refactors that must not change them.

Each revision is checked out with ``git worktree`` into a temporary folder and run by the current
interpreter (this venv's libraries and model) with ``PYTHONPATH`` at that folder, so only kg's
own code differs between the two builds. Both build this tree's seed corpus, and each ``--docs`` folder,
cold (``--no-cache``); the script then compares graph.json, graph.graphml, graph.gexf,
triples.csv and graph.html file by file.

    python bench/same_outputs.py [--base main] [--head HEAD|.] [--docs FOLDER ...] [--keep DIR]

``--head .`` uses the working tree as it is, uncommitted edits included. Exit code 0 when every
file is the same, 1 when any differs or a build fails.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUTPUTS = ("graph.json", "graph.graphml", "graph.gexf", "triples.csv", "graph.html")


@contextmanager
def checkout(rev: str, scratch: Path) -> Iterator[Path]:
    """A folder holding kg at ``rev`` (``.`` is the working tree itself, not a copy)."""
    if rev == ".":
        yield ROOT
        return
    folder = scratch / f"src-{hashlib.sha1(rev.encode()).hexdigest()[:8]}"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "--quiet", str(folder), rev],
                   check=True)
    try:
        yield folder
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(folder)], check=False)


def build(src: Path, corpus: Path, out: Path) -> bool:
    """``python -m kg build corpus -o out`` with the kg of ``src``; True if it succeeded."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    proc = subprocess.run([sys.executable, "-m", "kg", "build", str(corpus), "-o", str(out), "--quiet",
                           "--no-cache"], cwd=src, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        print(f"build of {corpus} at {src} failed:\n{proc.stderr.strip()}", file=sys.stderr)
    return proc.returncode == 0


def digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", default="main", help="revision to compare against (default: main)")
    ap.add_argument("--head", default="HEAD", help="revision to check, or '.' for the working tree")
    ap.add_argument("--docs", type=Path, action="append", default=[], help="another folder of documents")
    ap.add_argument("--keep", type=Path, help="keep the outputs in this folder")
    args = ap.parse_args()
    corpora = {"seed": ROOT / "seeds"} | {d.resolve().name: d.resolve() for d in args.docs}
    with tempfile.TemporaryDirectory(prefix="kg-same-") as tmp:
        scratch = args.keep.resolve() if args.keep else Path(tmp)
        scratch.mkdir(parents=True, exist_ok=True)
        ok = True
        with checkout(args.base, Path(tmp)) as base, checkout(args.head, Path(tmp)) as head:
            for name, corpus in corpora.items():
                for side, src in (("base", base), ("head", head)):
                    ok &= build(src, corpus, scratch / side / name)
                for f in OUTPUTS:
                    a, b = digest(scratch / "base" / name / f), digest(scratch / "head" / name / f)
                    same = a is not None and a == b
                    ok &= same
                    short = [(d or "missing")[:12] for d in (a, b)]
                    print(f"{'same   ' if same else 'DIFFERS'} {name}/{f}  {short[0]} {short[1]}")
        print(f"{args.base} vs {args.head}: {'byte-identical' if ok else 'NOT identical'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
