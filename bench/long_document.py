"""Time and peak memory of kg on one long document, against bare spaCy on the same text.

    .venv/bin/python bench/long_document.py --chars 1000000            # kg and bare spaCy
    .venv/bin/python bench/long_document.py --chars 30000000 --no-bare # kg only (memory)

The document is the ABC stories (or ``--corpus``' .txt files) concatenated, repeated, and cut to
``--chars`` characters. Each measurement runs in a fresh process (peak RSS is per process) and
loads the model before the clock starts. "bare" is ``nlp(text)`` with ``nlp.max_length`` raised to
fit, the reference the reliability audit used; "kg" is ``kg.build`` of the file, cache off, all
five outputs written.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_corpus import lee_folder  # bench/ is the script's folder, first on sys.path



def make_document(corpus: Path, chars: int, path: Path) -> None:
    stories = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt")))
    text = (stories + "\n\n") * (chars // (len(stories) + 2) + 1)
    path.write_text(text[:chars], encoding="utf-8")


def measure(mode: str, path: Path) -> dict:
    from kg.nlp import load_pipeline

    nlp = load_pipeline()
    text = path.read_text(encoding="utf-8")
    started = time.perf_counter()
    if mode == "bare":
        nlp.max_length = len(text) + 1
        nlp(text)
    else:
        import kg

        with tempfile.TemporaryDirectory() as out:
            result = kg.build([path], output_dir=out, cache=False, builtin_aliases=True)
        assert result.documents == 1
    seconds = time.perf_counter() - started
    return {"mode": mode, "chars": len(text), "seconds": round(seconds, 1),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chars", type=int, default=1_000_000)
    parser.add_argument("--corpus", type=Path, default=None, help="folder of .txt files (default: the 300 Lee ABC stories)")
    parser.add_argument("--no-bare", action="store_true", help="measure kg only")
    parser.add_argument("--child", choices=["bare", "kg"], help=argparse.SUPPRESS)
    parser.add_argument("--doc", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child, args.doc)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        doc = Path(tmp) / "long.txt"
        make_document(args.corpus or lee_folder(), args.chars, doc)
        rows = []
        for mode in (["kg"] if args.no_bare else ["bare", "kg"]):
            run = subprocess.run([sys.executable, __file__, "--child", mode, "--doc", str(doc)],
                                 capture_output=True, text=True, check=True)
            rows.append(json.loads(run.stdout.strip().splitlines()[-1]))
            print(json.dumps(rows[-1]), flush=True)
    if len(rows) == 2:
        print(f"kg / bare spaCy: {rows[1]['seconds'] / rows[0]['seconds']:.2f}x")


if __name__ == "__main__":
    main()
