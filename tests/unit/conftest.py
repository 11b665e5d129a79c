"""Fixtures of the unit tests (no model): see hand_docs.py for ``make_doc``."""

from __future__ import annotations

import pytest
from hand_docs import mentions_of
from spacy.tokens import Doc


@pytest.fixture
def relations():
    """``relations(doc)`` -> [(head text, relation, tail text, rule)] from extract_relations."""
    from kg.relations import extract_relations

    def run(doc: Doc) -> list[tuple[str, str, str, str]]:
        ms = mentions_of(doc)
        return [(ms[t.head].text, t.relation, ms[t.tail].text, t.rule) for t, _ in extract_relations(doc, ms)]

    return run
