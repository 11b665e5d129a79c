"""Runs of proper nouns NER read as part of a time of day make no nodes (``kg.junk.part_of_time``):
a time zone after a clock time ("4:00pm AEDT") is when, not what; the names beside it stay. (A run
inside a DATE stays: Re-DocRED annotates holidays such as "Thanksgiving"; see the unit test.)"""

from __future__ import annotations

import pytest

from conftest import mention_texts

#: (text, mentions that must be found, mentions that must not)
CASES = [
    ("At about 4:00pm AEDT, a storm forced authorities to evacuate homes in New South Wales.",
     {"New South Wales"}, {"AEDT"}),
    ("The yacht crossed the line at 9:30am AEDT and is favourite to win in Hobart.", {"Hobart"}, {"AEDT"}),
    ("A minibus left the centre at 1:00am and police were stood down in Woomera.", {"Woomera"}, set()),
    ("The talks begin at 4 pm AEDT in Sydney.", {"Sydney"}, {"AEDT"}),  # the hour, then "pm"
    # "PM" with no hour before it is an office: the name after it is a person's, no time zone
    ("At the reception, Deputy PM Ha appreciated the contributions of Toyota Vietnam.", {"Ha"}, {"Deputy PM"}),
]


@pytest.mark.parametrize("text,found,not_found", CASES)
def test_time_zones_dropped(extract, text: str, found: set[str], not_found: set[str]) -> None:
    texts = mention_texts(extract, text)
    assert found <= texts
    assert not (not_found & texts)
