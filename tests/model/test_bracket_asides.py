"""With the real model, sentences written for these tests: no sentence starts inside a short
bracket ("(born 14 May 1961 in Poznan)": the parser read "May" as a verb and cut the lead in two,
so nothing said who was born there or who the engineer is), while a bracket of whole sentences
keeps its own (``kg.components.paragraph_boundaries``)."""

from __future__ import annotations

LEAD = "Jan Kowalczyk (born 14 May 1961 in Poznan) is a Polish engineer and professor at the Warsaw University of Technology."


def test_a_lead_bracket_is_one_sentence_with_its_name(nlp):
    doc = nlp(LEAD)
    assert len(list(doc.sents)) == 1


def test_a_lead_bracket_keeps_the_birth_place_and_the_person(extract):
    got = set(extract(LEAD)[1])
    assert {("Jan Kowalczyk", "born in", "Poznan"), ("Jan Kowalczyk", "nationality", "Polish")} <= got


def test_a_bracket_of_whole_sentences_keeps_them(nlp):
    doc = nlp("Acme cut its forecast (The firm declined to comment. Its shares fell.) on Monday.")
    starts = [t.text for t in doc if t.is_sent_start]
    assert "Its" in starts
