"""A player's position between a team and the player's name is a noun (a parse repair, called by
``kg.parse_repairs.repair_parse``).

"Arsenal forward Bukayo Saka scored twice", "Real Madrid forward Kylian Mbappe": the tagger reads
"forward" as an adverb of the verb and hangs the team on the verb or the name, so the title row
(``kg.relations.nouns.title``: "Real Madrid striker X" -> *striker of*) never sees the position.
Between a capitalised word that ends a name and a capitalised name right after it, such a word
(``POSITION_ADVERBS``) is the position the player holds: the repair makes it a noun compound of
the player's name and hangs the team's last word on it, as the parser does with "striker": after a
name or a word NER put in one, never after a lower-case word ("moved forward Monday", "looked
forward").
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from kg.capitals import capitalised
from kg.doc_arrays import tokens_with

#: Positions on a team the tagger reads as adverbs.
POSITION_ADVERBS = frozenset({"forward"})
#: NER's types for a team's name (a club named after its town is a place to NER: "Napoli").
_TEAM_TYPES = frozenset({"ORG", "GPE", "NORP", "PERSON"})


def positions_as_nouns(doc: Doc) -> list[int]:
    """Make each such word a noun on the player's name and the team's last word its compound (in
    place); the indices of the tokens moved."""
    moved = []
    for tok in tokens_with(doc, POSITION_ADVERBS, LOWER):
        if tok.pos_ != "ADV" or tok.i == 0 or tok.i + 1 >= len(doc) or tok.is_sent_start:
            continue
        team, first = doc[tok.i - 1], doc[tok.i + 1]
        if not (capitalised(team) and capitalised(first)) or first.pos_ != "PROPN" \
                or team.ent_type_ not in _TEAM_TYPES and team.pos_ != "PROPN":
            continue
        name = _name_root(first)
        if name is None:
            continue
        tok.pos_, tok.tag_, tok.dep_, tok.head = "NOUN", "NN", "compound", name
        team.head, team.dep_ = tok, "compound"
        moved += [tok.i, team.i]
    return moved


def _name_root(first: Token) -> Token | None:
    """The last word of the proper-noun run ``first`` opens, when the run's words hang on it."""
    end = first.i
    doc = first.doc
    while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and doc[end + 1].text[:1].isupper():
        end += 1
    root = doc[end]
    if any(doc[k].head.i != root.i for k in range(first.i, end)) or root.dep_ == "compound":
        return None
    return root
