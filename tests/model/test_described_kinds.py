"""The kind a sentence's own noun gives a name (``kg.described_kinds``), with the real model on
sentences written for these tests: the subject of "is a … N" and a name with "a … N" set off
after it take N's kind; a name inside a bracket the parser made the subject, a definite noun,
and a thing's compound noun ("a media player") give none."""

from __future__ import annotations

import pytest


def types(extract, text):
    result, _ = extract(text)
    return {m.text: m.type for m in result.mentions}


@pytest.mark.parametrize("text, name, kind", [
    ("Frostbrann is a Norwegian rock band formed in Bergen in 2003.", "Frostbrann", "ORG"),
    ("Air Kilimanjaro is a Tanzanian regional airline headquartered in Arusha.", "Air Kilimanjaro", "ORG"),
    ("The Salt Road is a 2017 Mexican drama film directed by Héctor Valdivia.", "The Salt Road", "WORK_OF_ART"),
    ("Fyllingen Fotball was a Norwegian association football club from Bergen.", "Fyllingen Fotball", "ORG"),
    ("The Drava is a river in southern Central Europe.", "Drava", "LOC"),
    # the name in brackets right after the subject is the same thing under another name
    ("Khooni Khanjar (Fighting Blade) is a 1930 Indian silent film.", "Fighting Blade", "WORK_OF_ART"),
    # a storm's name says its kind itself
    ("Cyclone Imogen crossed the coast near Townsville on Monday.", "Cyclone Imogen", "EVENT"),
    ("Typhoon Haiyan killed thousands in the Philippines.", "Typhoon Haiyan", "EVENT"),
    ("Tropical Storm Alberto hit Cuba on Monday.", "Tropical Storm Alberto", "EVENT"),  # a name NER left unlabelled
    # a made thing, a channel (NER: PERSON)
    ("Tianhe-7 is a Chinese lunar orbiter launched in 2031 from the Wenchang Space Launch Site.", "Tianhe-7", "PRODUCT"),
    ("The Zastava Lira is a subcompact car that was manufactured by the Serbian automaker Zastava.", "Zastava Lira", "PRODUCT"),
    ("Canal Andino is a Peruvian free-to-air television channel owned by Grupo Ribeyro Medios.", "Canal Andino", "ORG"),
])
def test_the_noun_a_sentence_calls_a_name_gives_its_kind(extract, text, name, kind):
    assert types(extract, text).get(name) == kind


@pytest.mark.parametrize("text, name, kind", [
    # the birthplace in the opening bracket, which the parser makes the subject: no filmmaker
    ("Leone Marucci (born March 28, 1973, Youngstown, Ohio) is an American filmmaker.", "Youngstown", "GPE"),
    # a person's name keeps NER's type: "a media player" is a thing's kind
    ("Winamp is a media player for Windows.", "Winamp", None),
    # a "Storm" before no given name is no storm's name
    ("Storm Shadow missiles were delivered to Ukraine.", "Storm Shadow", "PRODUCT"),
])
def test_a_noun_that_describes_another_name_or_a_thing_gives_no_kind(extract, text, name, kind):
    got = types(extract, text)
    if kind is None:
        assert got.get(name) != "PERSON", got
    else:
        assert got.get(name) == kind, got


@pytest.mark.parametrize("text, name", [
    # NER: ORG here, PERSON in the next two sentences; the noun confirms the body
    ("Ekinsan is a major Turkish weapons manufacturer and defense contractor based in the central Anatolian "
     "province of Kayseri. Ekinsan's current share holders include two army foundations. Ekinsan is best "
     "known for its unguided rockets.", "Ekinsan"),
    # NER: PERSON throughout; the article stands on the first of the two nouns the parser hung apart
    ("Kortsan is a major Turkish weapons manufacturer and defense contractor based in the central Anatolian "
     "province of Kayseri. Kortsan's current share holders include two army foundations.", "Kortsan"),
])
def test_the_noun_a_sentence_calls_a_body_types_its_other_mentions(extract, text, name):
    got = {m.type for m in extract(text)[0].mentions if m.text == name}
    assert got == {"ORG"}, got
