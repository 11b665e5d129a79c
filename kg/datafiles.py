"""The package's own data tables (``kg/data/*.yaml``), parsed once per process.

Several modules read the same table (``predicates.yaml`` feeds the vocabulary, the implied
types and the type groups); parsing it once, with libyaml's C loader where PyYAML has it, keeps
a cold 300-document build from spending most of a second in the pure-Python YAML parser; the
parsed table is kept between processes (``kg.stored``, keyed by the file's bytes), which spares
even libyaml's 0.07 s in each process of a build.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=None)
def table(name: str) -> Any:
    """The parsed ``kg/data/<name>``. Shared between callers: read it, never change it.

    >>> "predicates" in table("predicates.yaml")
    True
    """
    import hashlib

    from kg.stored import remembered

    text = resources.files("kg").joinpath("data", name).read_text(encoding="utf-8")
    key = f"{hashlib.sha256(text.encode()).hexdigest()}|pyyaml={yaml.__version__}|{_Loader.__name__}"
    return remembered(f"data-{name}", key, lambda: yaml.load(text, Loader=_Loader))  # noqa: S506 (safe loaders)
