"""A courtesy title before a person's name (``kg.addresses``) and what resolution reads of it:
which of two people sharing a surname in one story a "Mr Choi" or a "Ms Choi" is
(``kg.merge_surnames._by_address``)."""

from __future__ import annotations

import spacy

from kg.addresses import address_of, addressed
from kg.model import Mention
from kg.resolve import resolve

_NLP = spacy.blank("en")


def person(text: str, sentence: str, name: str, *, after: int = 0, address: str | None = None,
           doc: str = "d", at: int = 0) -> Mention:
    """The mention of ``name`` in ``sentence`` (searched from ``after``), the sentence starting at
    offset ``at`` of the document ``text`` is part of."""
    start = at + sentence.index(name, after)
    return Mention(doc, start, start + len(name), name, "PERSON", at, at + len(sentence), address=address)


def story(*sentences: str) -> tuple[str, list[int]]:
    """The sentences joined, and where each starts."""
    starts, at = [], 0
    for s in sentences:
        starts.append(at)
        at += len(s) + 1
    return " ".join(sentences), starts


def test_the_word_before_a_persons_name_is_kept_when_it_is_a_courtesy_title():
    text = "Ms. Choi led the talks. Dr Ennis and Minister Choi spoke. Mr. Tan and Madrid left."
    doc = _NLP(text)

    def at(name, after=0, type_="PERSON"):
        s = text.index(name, after)
        return Mention("d", s, s + len(name), name, type_, 0, len(text))

    out = addressed(doc, [at("Choi"), at("Ennis"), at("Choi", 30), at("Tan"), at("Madrid", type_="GPE")])
    assert [m.address for m in out] == ["ms", "dr", None, "mr", None]  # "Minister" is an office, not a title


def test_a_name_ner_typed_otherwise_after_a_title_of_a_sex_is_a_persons():
    text = "We trust Mr Nagano's words, said Dr Pepper of Keurig Dr Pepper Ltd in Nagano."
    doc = _NLP(text)

    def at(name, type_, after=0):
        s = text.index(name, after)
        return Mention("d", s, s + len(name), name, type_, 0, len(text))

    out = addressed(doc, [at("Nagano", "ORG"), at("Pepper", "PRODUCT"), at("Keurig Dr Pepper Ltd", "ORG"),
                          at("Nagano", "GPE", 40)])
    assert [(m.type, m.origin, m.address) for m in out] == [
        ("PERSON", "typed", "mr"), ("PRODUCT", "ner", None), ("ORG", "ner", None), ("GPE", "ner", None)]


def test_a_title_inside_the_span_counts_and_words_that_are_no_title_do_not():
    text = "Mr Brennan said so."
    doc = _NLP(text)
    (m,) = addressed(doc, [Mention("d", 0, 10, "Mr Brennan", "PERSON", 0, len(text))])
    assert m.address == "mr"
    assert (address_of("Señora"), address_of("Herr"), address_of("Governor"), address_of("Dr.")) == \
        ("señora", "herr", None, "dr")


def clusters(mentions: list[Mention]) -> list[list[tuple[str, str | None]]]:
    return sorted(sorted((m.text, m.address) for m in e.mentions) for e in resolve(mentions))


def test_two_people_of_one_surname_each_take_the_titled_surname_written_after_them():
    s = ("Its chief executive, Choi Min-jae, said sales were priced fairly.",
         '"Low prices are the result of efficiency," Mr. Choi said.',
         "The chief trade negotiator, Choi Eun-young, is expected in Ottawa.",
         "Ms. Choi led Korea's side in the talks.")
    text, at = story(*s)
    found = clusters([person(text, s[0], "Choi Min-jae", at=at[0]), person(text, s[1], "Choi", address="mr", at=at[1]),
                      person(text, s[2], "Choi Eun-young", at=at[2]), person(text, s[3], "Choi", address="ms", at=at[3])])
    assert found == [[("Choi", "mr"), ("Choi Min-jae", None)], [("Choi", "ms"), ("Choi Eun-young", None)]]


def test_the_last_one_named_in_the_sentence_before_takes_it_and_the_title_sex_can_decide_alone():
    s = ("Coroner Niamh Cullinane said Orla Brennan's cancer was visible on an X-ray.",
         "If the scan had been read, Mrs Brennan would have lived.",
         "Her husband Liam Brennan wept in Dublin.",
         "HSE chief executive Aoife Brennan said the executive accepted the findings.",
         "Ms Brennan said an alarm system would be in place in Cork.",
         "Mr Brennan left the court in Moate.")
    text, at = story(*s)
    ms = [person(text, s[0], "Orla Brennan", at=at[0]), person(text, s[1], "Brennan", address="mrs", at=at[1]),
          person(text, s[2], "Liam Brennan", at=at[2]), person(text, s[3], "Aoife Brennan", at=at[3]),
          person(text, s[4], "Brennan", address="ms", at=at[4]), person(text, s[5], "Brennan", address="mr", at=at[5])]
    ms += [Mention("d", at[k] + s[k].index(w), at[k] + s[k].index(w) + len(w), w, "GPE", at[k], at[k] + len(s[k]))
           for k, w in ((2, "Dublin"), (4, "Cork"), (5, "Moate"))]
    found = [c for c in clusters(ms) if len(c) > 1]
    assert found == [[("Aoife Brennan", None), ("Brennan", "ms")],
                     [("Brennan", "mr"), ("Liam Brennan", None)],  # Liam a man's name, the others a woman's or none
                     [("Brennan", "mrs"), ("Orla Brennan", None)]]


def test_a_title_further_back_or_after_two_of_them_named_together_joins_by_the_rules_before():
    s = ("Margaret Ellison, an astronomer, died in Woodstock.",
         "In 1961 she married the physicist John Ellison.",
         "The couple moved to Oxford.",
         "Dr. Ellison spent the 1970s in New South Wales.")
    text, at = story(*s)
    ms = [person(text, s[0], "Margaret Ellison", at=at[0]), person(text, s[1], "John Ellison", at=at[1]),
          Mention("d", at[2] + 19, at[2] + 25, "Oxford", "GPE", at[2], at[2] + len(s[2])),
          person(text, s[3], "Ellison", address="dr", at=at[3])]
    assert [("Ellison", "dr"), ("Margaret Ellison", None)] in clusters(ms)  # the obituary's subject, not the husband
    s = ("Peter Costello and his brother Tim Costello spoke.", "Mr Costello said the plan was sound.")
    text, at = story(*s)
    ms = [person(text, s[0], "Peter Costello"), person(text, s[0], "Tim Costello"),
          person(text, s[1], "Costello", address="mr", at=at[1])]
    assert [("Costello", "mr")] in clusters(ms)  # both men, both in the sentence before: no guess


def test_a_title_of_the_other_sex_keeps_a_surname_from_the_person_the_story_opens_on():
    s = ("Ms Orla Brennan, a teacher, died in January.",
         "HSE chief Aoife Brennan apologised.",
         "The review moved to Athlone.",
         "Mr Brennan said the family would sue.")
    text, at = story(*s)
    ms = [person(text, s[0], "Orla Brennan", address="ms"), person(text, s[1], "Aoife Brennan", at=at[1]),
          Mention("d", at[2] + 20, at[2] + 27, "Athlone", "GPE", at[2], at[2] + len(s[2])),
          person(text, s[3], "Brennan", address="mr", at=at[3])]
    assert [("Brennan", "mr")] in clusters(ms)  # not Orla's, whom the first sentence names; Aoife's is no guess
    ms[-1] = person(text, s[3], "Brennan", at=at[3])
    assert [("Brennan", None), ("Orla Brennan", "ms")] in clusters(ms)  # untitled: the story's subject, as before
