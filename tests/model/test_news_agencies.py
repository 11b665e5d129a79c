"""An acronym a story cites as its news source ("told AFP", "an AFP journalist") is the news
agency, not the body another story of the corpus defines with the same letters ("the Australian
Federal Police (AFP)"): ``kg.news_sources.cited_agencies`` reads the parse, ``name_key`` keys such
a mention apart, ``acronym`` and ``same_spelling`` keep it apart (real model, sentences written
for these tests), and so is one in the brackets that close a wire's dateline ("TOULOUSE (AFP) -").
Each reading is tested both ways: the contexts of a body join the definition."""

from __future__ import annotations

import pytest

POLICE = ("Detectives from the Australian Federal Police (AFP) arrested two men in Darwin on Monday. "
          "AFP Commissioner Mick Keelty said the arrests followed a long investigation.")


def graph_of(extractor, *texts):
    from kg.api import graph_from_results
    from kg.model import Document

    return graph_from_results([extractor.one(Document(f"d{i}", t)) for i, t in enumerate(texts)])


def node_of(G, name, doc):
    """The node that holds ``name`` in document ``doc``."""
    found = [n for n, d in G.nodes(data=True)
             if name in {d["label"], *(d.get("aliases") or ())} and doc in d["docs"]]
    assert len(found) == 1, found
    return found[0]


def origins(extractor, text, name):
    from kg.model import Document

    return {m.origin for m in extractor.one(Document("t", text)).mentions if m.text == name}


@pytest.mark.parametrize("text", [
    "The storm cut power to 40,000 homes, a council spokesman told AFP on Tuesday.",
    "The rebels fired on the convoy near the border, an AFP journalist said.",
    "The group said it carried out the bombing, in a statement received by AFP.",
    "Rescuers pulled three survivors from the rubble, the AFP news agency reported.",
    "The minister said in an interview with AFP that talks would resume next week.",
    # the bracket that closes a wire dateline credits the agency ("(EFE).-" in Spanish copy)
    "Airline delivers new jet\n\nSEATTLE (AFP) - Boeing delivered its first 777X to Emirates on Monday.",
    "MONTREAL, March 3 (AFP).- Bombardier said on Monday it would cut 2,000 jobs.",
])
def test_a_cited_acronym_is_marked_a_source(extractor, text):
    assert origins(extractor, text, "AFP") == {"source"}


@pytest.mark.parametrize("text", [
    POLICE,  # defined in the story: the definition rules, whatever else the story says
    "AFP Commissioner Mick Keelty said the arrests followed a long investigation.",
    "The two men will be questioned by an ASIO/AFP team, the minister said.",
    "The AFP says the arrests would not have happened without help from Indonesia.",
    "Officers told AFP Commissioner Mick Keelty about the raid, and a spokesman told AFP the men were charged.",
    # brackets after a body's name in a sentence define it, even when a dash follows
    "Officers of the Australian Federal Police (AFP) - the national force - arrested two men.",
])
def test_a_body_is_not_marked(extractor, text):
    assert "source" not in origins(extractor, text, "AFP")


def test_the_cited_agency_is_not_another_storys_definition(extractor):
    G = graph_of(extractor, POLICE,
                 "Police in Darwin said a boat carrying 40 people was found, a harbour official told AFP.")
    assert node_of(G, "AFP", "d1") != node_of(G, "Australian Federal Police", "d0")


def test_the_agency_a_dateline_credits_is_not_another_storys_definition(extractor):
    G = graph_of(extractor, POLICE, "Jet maker cuts jobs\n\nTOULOUSE (AFP) - Airbus said on Monday it would cut "
                                    "2,500 jobs in its space division.")
    assert node_of(G, "AFP", "d1") != node_of(G, "Australian Federal Police", "d0")


def test_a_body_joins_another_storys_definition(extractor):
    G = graph_of(extractor, POLICE, "AFP Commissioner Mick Keelty met officials in Darwin on Tuesday.")
    assert node_of(G, "AFP", "d1") == node_of(G, "Australian Federal Police", "d0")


def test_a_cited_agency_is_not_the_body_its_own_story_names(extractor):
    """One story may name both: the police by their full name, the agency by its acronym."""
    G = graph_of(extractor, "The family said the Australian Federal Police had told them not to comment. "
                            "Helicopters landed near the caves, an AFP journalist said.")
    assert node_of(G, "AFP", "d0") != node_of(G, "Australian Federal Police", "d0")


def test_the_stories_that_cite_an_agency_share_its_node(extractor):
    G = graph_of(extractor, POLICE, "The storm cut power to 40,000 homes, a council spokesman told AFP.",
                 "The rebels fired on the convoy near the border, an AFP journalist said.")
    assert node_of(G, "AFP", "d1") == node_of(G, "AFP", "d2") != node_of(G, "Australian Federal Police", "d0")


def test_letters_that_spell_out_nothing_stay_one_body(extractor):
    """No longer name has the letters: the cited "BBC" and another story's "BBC" are one."""
    G = graph_of(extractor, "The actor was best known for his roles on the BBC, his agent said on Monday.",
                 "The singer told the BBC she would tour again next year.")
    assert node_of(G, "BBC", "d0") == node_of(G, "BBC", "d1")
