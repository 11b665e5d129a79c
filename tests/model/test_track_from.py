""""a song recorded by X from her album Y": the song is from the album (kg.relations.verbs
``verb_preps``: a passive's "from" after its agent, from one work to another, belongs to the work
the clause is about, not to the agent). Real sentences through the real model."""

from __future__ import annotations


def froms(extract, text):
    result, _ = extract(text)
    return {(result.mentions[t.head].text, t.relation, result.mentions[t.tail].text)
            for t in result.triples if t.relation.endswith(" from")}


def test_a_song_recorded_or_released_by_its_singer_from_an_album_is_from_the_album(extract):
    assert froms(extract, '" Quiet Rain " is a song recorded by American singer Lena Hart from her third studio '
                 "album, Northern Lights.") == {("Quiet Rain", "recorded from", "Northern Lights")}
    assert froms(extract, '" Cold Water " was released by Mara Lind from her album Deep Blue.') \
        == {("Cold Water", "released from", "Deep Blue")}


def test_a_thing_bought_by_someone_from_a_body_stays_the_buyers(extract):
    assert froms(extract, "The painting was bought by Hans Ebert from the gallery Kunsthaus Blau.") \
        == {("Hans Ebert", "bought from", "Kunsthaus Blau")}
