"""notebooks/explore.ipynb runs top to bottom on a fresh kernel and is committed without outputs."""

from __future__ import annotations

from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"


def test_notebook_is_committed_without_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code, "the notebook has no code cells"
    assert all(c.outputs == [] and c.execution_count is None for c in code), \
        "clear the outputs before committing (Kernel > Restart & Clear Output)"


def _outputs(cell, mime: str) -> list[str]:
    return [o.get("data", {}).get(mime, "") for o in cell.outputs
            if o.output_type in ("display_data", "execute_result")]


@pytest.mark.slow
@pytest.mark.parametrize("cwd", [ROOT / "notebooks", ROOT], ids=["from-notebooks", "from-root"])
def test_notebook_runs_on_a_fresh_kernel(cwd: Path):
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        nb, kernel_name="python3", timeout=300, allow_errors=False,
        resources={"metadata": {"path": str(cwd)}},
    )
    client.execute()  # raises CellExecutionError naming the failing cell

    code = [c for c in nb.cells if c.cell_type == "code"]
    errors = [o for c in code for o in c.outputs if o.output_type == "error"]
    assert errors == []
    # The pictures were drawn (matplotlib PNGs) and the interactive view embedded.
    assert sum(bool(p) for c in code for p in _outputs(c, "image/png")) >= 2
    frames = [h for c in code for h in _outputs(c, "text/html") if "<iframe srcdoc=" in h]
    assert len(frames) == 2
    # Tables came out as HTML with rows in them (not "(no rows)").
    tables = [h for c in code for h in _outputs(c, "text/html") if h.startswith("<table>")]
    assert len(tables) >= 6
