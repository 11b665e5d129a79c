"""Names NER files under a label kg kept no node for, or misses for their shape, and people NER
ran together: real sentences through the real pipeline, including sentences that must yield
none of them (kg.shaped, kg.two_peoples, kg.name_numbers)."""

from __future__ import annotations

import pytest
from conftest import mention_texts


@pytest.mark.parametrize("text, names", [
    ("The book was translated into English in 1990 by his daughter.", {"English"}),
    ("The app runs on iOS and Android phones sold in Japan.", {"iOS"}),
    ("The band signed with 4AD in 1986 and released two albums.", {"4AD"}),
    ("Sasikumar cast then relatively new actors Jai, Swathi and himself in pivotal roles.", {"Jai", "Swathi"}),
    # two full names joined by "&", read as one ORG by NER: a pair of skaters
    ("His former students include Ding Yang & Ren Zhongfei and Zhu Qiuying.", {"Ding Yang", "Ren Zhongfei"}),
    ("He fought for the advancement of civil rights for African Americans in the South.", {"African", "Americans"}),
    ("Two brothers then ruled the kingdoms, Pharasmanes I in Iberia, Mithridates in Armenia.", {"Pharasmanes I"}),
])
def test_names_found(extract, text, names):
    found = mention_texts(extract, text)
    assert names <= found, found


@pytest.mark.parametrize("text, absent", [
    ("In the 1990s the company sold two million CPUs to schools.", {"1990s", "CPUs"}),
    ("At Google I worked on search for ten years.", {"Google I"}),
    ("He gave a speech to the MPs after he received his PhD in 1990.", {"MPs", "PhD"}),
    ("Martin Luther King, Jr. spoke in Washington in 1963.", {"Jr", "Jr."}),
    ("The duo Simon & Garfunkel performed in Central Park.", {"Simon", "Garfunkel"}),  # one word each
    ("The camp is run by Antarctic Logistics & Expeditions LLC in Utah.", {"Expeditions LLC"}),  # a body's words
])
def test_nothing_more_found(extract, text, absent):
    found = mention_texts(extract, text)
    assert not absent & found, found
