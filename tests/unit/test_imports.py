"""Every module of kg imports on its own: a user's ``from kg.entities import …`` (or a test file
run alone) must not meet an import cycle that only a lucky import order elsewhere hides. Each
module is imported with every kg module forgotten first (in a child process started by fork, so
spaCy and the other libraries stay loaded and the suite's own modules are untouched)."""

from __future__ import annotations

import importlib
import multiprocessing
import sys
import traceback
from pathlib import Path

import pytest

import kg

PACKAGE = Path(kg.__file__).resolve().parent
#: Modules that register spaCy components: imported again they would register the names twice.
REGISTERING = ("kg.components", "kg.attribute_rules")


def _modules() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        if name not in ("kg.__main__",):
            names.append(name)
    return names


def _import_fresh(name: str) -> str | None:
    for loaded in [m for m in sys.modules if (m == "kg" or m.startswith("kg.")) and m not in REGISTERING]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except Exception:  # noqa: BLE001 - reported to the parent as text
        return traceback.format_exc(limit=-3)
    return None


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_every_module_imports_on_its_own():
    import kg.attribute_rules  # noqa: F401  (registered once, before the children start)
    import kg.components  # noqa: F401

    with multiprocessing.get_context("fork").Pool(2, maxtasksperchild=1) as pool:
        failed = {name: err for name, err in zip(_modules(), pool.map(_import_fresh, _modules(), chunksize=1)) if err}
    assert not failed, "\n".join(f"{name}:\n{err}" for name, err in failed.items())
