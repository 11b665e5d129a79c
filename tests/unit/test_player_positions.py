"""A player's position the tagger read as an adverb between a team and the player's name: the
parse repair (``kg.player_positions``) and the title row it feeds, on hand-built parses, with
parses on which it must stay silent."""

from __future__ import annotations

from hand_docs import make_doc, relations_of as relations
from spacy.tokens import Doc

from kg.parse_repairs import repair_parse


def _forward(team: str = "Madrid", team_ent: str = "B-ORG", word: str = "forward", name_pos: str = "PROPN") -> Doc:
    """"Real <team> <word> Kylian Mbappe scored ." as the parser reads it: "<word>" an adverb of the
    team, the team's last word an adverbial of the verb."""
    words = ["Real", team, word, "Kylian", "Mbappe", "scored", "."]
    return make_doc(words, [1, 5, 1, 4, 5, 5, 5], ["compound", "npadvmod", "advmod", "compound", "nsubj", "ROOT", "punct"],
                    pos=["PROPN", "PROPN", "ADV", name_pos, name_pos, "VERB", "PUNCT"],
                    tags=["NNP", "NNP", "RB", "NNP", "NNP", "VBD", "."],
                    ents=[team_ent, "I-ORG" if team_ent == "B-ORG" else "O", "O", "B-PERSON", "I-PERSON", "O", "O"],
                    lemmas=["real", team.lower(), word, "kylian", "mbappe", "score", "."])


def test_a_position_between_a_team_and_a_players_name_is_a_noun():
    doc = _forward()
    assert repair_parse(doc) == [2, 1]
    assert (doc[2].pos_, doc[2].dep_, doc[2].head.text, doc[1].head.text) == ("NOUN", "compound", "Mbappe", "forward")
    assert ("Kylian Mbappe", "forward of", "Real Madrid", "title") in relations(doc)


def test_no_position_after_a_lower_case_word_or_before_no_name():
    assert repair_parse(_forward(team="team", team_ent="O")) == []  # "the team forward Kylian …": no name before
    assert repair_parse(_forward(name_pos="NOUN")) == []
    assert repair_parse(_forward(word="again")) == []
