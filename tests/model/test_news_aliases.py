"""Aliases news states and names news writes alike, with the real model (sentences written for
these tests): a company's short name in brackets (``Petróleos Mexicanos (Pemex)``), a person's
name in the other order with a Western given name (``Ma Yun (Jack Ma)``), ``also known as``
after a comma or ``who is``; and names that must stay two: given names differing in vowels no
transliteration swaps (``Brandon``/``Brendan``), an actor and the part in brackets."""

from __future__ import annotations

import pytest


def entities(extractor, text):
    """The sets of names each entity of ``text``'s graph has."""
    from kg.api import graph_from_results
    from kg.model import Document

    G = graph_from_results([extractor.one(Document("t", text))])
    return [set(d.get("aliases") or ()) | {d["label"]} for _, d in G.nodes(data=True)]


def together(groups, *names):
    return any(set(names) <= g for g in groups)


@pytest.mark.parametrize("text, names", [
    ("Petróleos Mexicanos (Pemex) reported a quarterly loss on Thursday. Pemex blamed falling output.",
     ("Petróleos Mexicanos", "Pemex")),
    ("The Chinese billionaire Ma Yun (Jack Ma) appeared at a school in Hangzhou on Saturday.", ("Ma Yun", "Jack Ma")),
    ("The tech founder Liang Haoran (Kevin Liang) gave shares to a charity on Friday.", ("Liang Haoran", "Kevin Liang")),
    ("Palestinian President Mahmoud Abbas, also known as Abu Mazen, met the envoy on Sunday.",
     ("Mahmoud Abbas", "Abu Mazen")),
    ("The government has nominated the economist Joana Ribeiro, who is also known as Joaninha, to the "
     "presidency of the central bank.", ("Joana Ribeiro", "Joaninha")),
])
def test_a_stated_alias_joins_the_name(extractor, text, names):
    assert together(entities(extractor, text), *names)


@pytest.mark.parametrize("text, a, b", [
    ("Brandon Hale will coach the under-21 side and Brendan Hale the senior team, the club said on Monday. "
     "Brandon said he was thrilled.", "Brandon Hale", "Brendan Hale"),
    ("Daniel Smith and Donal Smith were both named in the Ireland squad. Daniel Smith, 24, plays for Leinster. "
     "Donal Smith, 29, plays for Munster.", "Daniel Smith", "Donal Smith"),
    ("Grey's Anatomy starred Patrick Dempsey (Derek Shepherd) for eleven seasons.", "Patrick Dempsey", "Derek Shepherd"),
])
def test_two_names_stay_two(extractor, text, a, b):
    groups = entities(extractor, text)
    assert any(a in g for g in groups) and any(b in g for g in groups)
    assert not together(groups, a, b)
