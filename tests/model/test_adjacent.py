"""Two pieces of one name with one space between them are one mention (kg.adjacent); a country
or a title before a person's name, a people's adjective and a line break keep two apart.
Hand-built mentions for each guard, then real sentences with the real model."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from conftest import mention_texts

from kg.adjacent import _joinable, _joined_type
from kg.model import Mention

LEXICON = frozenset("old circle award emperor detective jerks state".split())


def _pair(nlp, text: str, a: str, a_type: str, b: str, b_type: str, a_origin: str = "ner", b_origin: str = "ner"):
    """Mentions of ``a`` and ``b`` (first occurrences) in one sentence of ``text``."""
    i, j = text.index(a), text.index(b, text.index(a) + len(a))
    m = lambda s, e, t, o: Mention(doc="d", start=s, end=e, text=text[s:e], type=t, sent_start=0,  # noqa: E731
                                   sent_end=len(text), origin=o)
    return SimpleNamespace(original=text, lexicon=LEXICON, doc=nlp(text)), m(i, i + len(a), a_type, a_origin), \
        m(j, j + len(b), b_type, b_origin)


@pytest.mark.parametrize("text, a, at, b, bt, joined", [
    ("He was in Circle Jerks then.", "Circle", "LOC", "Jerks", "PERSON", "LOC"),
    ("She was born in Mladá Boleslav in 1931.", "Mladá", "GPE", "Boleslav", "PERSON", "PERSON"),
    ("It runs on PlayStation Portable and Xbox.", "PlayStation", "PRODUCT", "Portable", "ORG", "PRODUCT"),
    ("He won an Emmy Award in 2004.", "Emmy", "ORG", "Award", "PERSON", "ORG"),
    ("It was Daniel K. Inouye International Airport then.", "Daniel K. Inouye", "PERSON",
     "International Airport", "FAC", "FAC"),
    ("The Popcorn Entertainments Australia label.", "Popcorn Entertainments", "ORG", "Australia", "GPE", "ORG"),
    ("Prince Salman bin Hamad Al Khalifa met him.", "Prince Salman", "PERSON", "bin Hamad Al Khalifa", "PERSON",
     "PERSON"),  # NER starts a name anew at "bin"
    # a family name written first that NER cut off, even after an office's "of"
    ("It was received by General Director of the firm Pham Van Long.", "Pham", "WORK_OF_ART", "Van Long", "PERSON",
     "PERSON"),
])
def test_two_pieces_one_space_apart_are_one_name(nlp, text, a, at, b, bt, joined):
    found, left, right = _pair(nlp, text, a, at, b, bt)
    assert _joinable(found, left, right)
    assert _joined_type(left, right, LEXICON) == joined


@pytest.mark.parametrize("text, a, at, b, bt", [
    ("He asked United States Husain Haqqani to go.", "United States", "GPE", "Husain Haqqani", "PERSON"),
    ("It was told Pakistan Asif Ali Zardari was ill.", "Pakistan", "GPE", "Asif Ali Zardari", "PERSON"),
    ("He played NYPD Detective Nick Falco there.", "NYPD Detective", "ORG", "Nick Falco", "PERSON"),
    ("Mughal Emperor Shah Jahan built it.", "Mughal Emperor", "ORG", "Shah Jahan", "PERSON"),
    ("Secretary of State Colin Powell said so.", "State", "ORG", "Colin Powell", "PERSON"),
    ("Talks with United Nations Middle East envoy Terje Roed-Larsen.", "United Nations", "ORG", "Middle East",
     "LOC"),
    ("The poorer Irish Catholics did so.", "Irish", "NORP", "Catholics", "NORP"),
    ("They went to Paris, London and Rome.", "Paris", "GPE", "London", "GPE"),   # a comma between
    ("It lies near Fort Worth metroplex.", "Fort Worth", "GPE", "metroplex", "GPE"),  # lower case
    ("He left Oslo\nBergen was next.", "Oslo", "GPE", "Bergen", "GPE"),          # a line between
    # a body after an office's "of", then a person's name: no family name written first
    ("He met the general director of Rosneft Igor Sechin.", "Rosneft", "ORG", "Igor Sechin", "PERSON"),
])
def test_names_side_by_side_stay_apart(nlp, text, a, at, b, bt):
    found, left, right = _pair(nlp, text, a, at, b, bt)
    assert not _joinable(found, left, right)


def test_a_name_on_the_right_from_an_alias_pack_is_never_swallowed(nlp):
    found, left, right = _pair(nlp, "They use Acme Widgets daily.", "Acme", "ORG", "Widgets", "ORG", b_origin="pack")
    assert not _joinable(found, left, right)


@pytest.mark.parametrize("text, name", [
    ("Greg Hetson, who was in Circle Jerks during this time, provided a guitar solo.", "Circle Jerks"),
    ("She was born on 18 December 1931 in Mladá Boleslav and died in Prague.", "Mladá Boleslav"),
    ("The airport can accommodate Boeing 747 aircraft.", "Boeing 747"),
    # the holder's given name, which a run of proper nouns had taken with the minister's field
    ("The Minister of the Industry and Technology Mehmet Fatih Kacır announced the program.", "Mehmet Fatih Kacır"),
    # a title and the first word of a Vietnamese name, before the rest NER read as the person
    ("The delegation worked with Comrade Le Tien Chau, Secretary of the Committee.", "Comrade Le Tien Chau"),
    # a Vietnamese family name, written first, that NER ran into the field before it ("Health Tran")
    ("Deputy Minister of the Health Tran Quoc Vinh said that the ministry sent teams.", "Tran Quoc Vinh"),
])
def test_pieces_of_a_name_are_one_mention_in_real_sentences(extract, text, name):
    found = mention_texts(extract, text)
    assert name in found, found


@pytest.mark.parametrize("text, word", [
    ("The memo was sent by Pakistan Asif Ali Zardari to Washington.", "Pakistan "),
    ("US Secretary of State Colin Powell arrived in Berlin on Sunday.", "State "),
    # a body after its office "of", then the holder's name (translated news)
    ("The general director of Rosneft Igor Sechin noted that the contract is valid.", "Rosneft "),
])
def test_a_country_or_an_office_before_a_persons_name_stays_apart_in_a_real_sentence(extract, text, word):
    found = mention_texts(extract, text)
    assert not any(word in t for t in found), found


def test_a_title_and_a_name_piece_before_a_person_join_the_person_and_keep_the_clause(extract):
    """"President To Lam": the parser hangs the name on the title, the clause's subject; the person
    (NER: "Lam") takes the title's name piece, and the clause's edges stay with him."""
    result, triples = extract("Earlier, President To Lam chaired the welcome ceremony for President Putin.")
    assert {m.text: m.type for m in result.mentions}.get("President To Lam") == "PERSON"
    assert ("President To Lam", "chaired ceremony for", "Putin") in {t[:3] for t in triples}
