"""notebooks/explore.ipynb runs top to bottom on a fresh kernel and is committed without outputs."""

from __future__ import annotations

import html
import json
import shutil
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

ROOT = Path(__file__).resolve().parents[2]
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


def _embedded_entities(frame: str) -> int:
    """How many entities the page inside an ``<iframe srcdoc>`` holds."""
    page = html.unescape(frame.split('srcdoc="', 1)[1].split('" sandbox=', 1)[0])
    data = page.split('<script type="application/json" id="kg-data">', 1)[1].split("</script>", 1)[0]
    return len(json.loads(data)["nodes"])


@pytest.mark.slow
@pytest.mark.parametrize("where", ["seeds-from-notebooks", "own-folder-from-root"])
def test_notebook_runs_on_a_fresh_kernel(where: str, tmp_path: Path):
    nb = nbformat.read(NOTEBOOK, as_version=4)
    first = nb.cells[1]
    assert first.cell_type == "code" and first.source.startswith('SOURCE = "seeds"')
    cwd = ROOT / "notebooks"
    if where == "own-folder-from-root":  # the user's own folder, given by absolute path
        cwd = ROOT
        own = tmp_path / "my documents"
        shutil.copytree(ROOT / "seeds", own)
        first.source = first.source.replace('SOURCE = "seeds"', f"SOURCE = {str(own)!r}")
    client = nbclient.NotebookClient(
        nb, kernel_name="python3", timeout=300, allow_errors=False,
        resources={"metadata": {"path": str(cwd)}},
    )
    client.execute()  # raises CellExecutionError naming the failing cell

    code = [c for c in nb.cells if c.cell_type == "code"]
    errors = [o for c in code for o in c.outputs if o.output_type == "error"]
    assert errors == []
    printed = "".join(o.get("text", "") for c in code for o in c.outputs if o.output_type == "stream")
    assert "documents from" in printed and ("my documents" in printed) == (where != "seeds-from-notebooks")
    # Pictures: community map, rankings, path, timeline, neighbourhood.
    assert sum(bool(p) for c in code for p in _outputs(c, "image/png")) >= 5
    # One interactive embed, holding only the focus entity's neighbourhood.
    frames = [h for c in code for h in _outputs(c, "text/html") if "<iframe srcdoc=" in h]
    assert len(frames) == 1
    assert 2 <= _embedded_entities(frames[0]) < 30  # the seed graph has 49
    # Tables came out as HTML with rows in them (not "(no rows)").
    tables = [h for c in code for h in _outputs(c, "text/html") if h.startswith("<table>")]
    assert len(tables) >= 3
