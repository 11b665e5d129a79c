"""kg.junk.title_piece: an everyday word cut from a longer Title-Case name is no name of its own
(hand-built Docs: the words, sentence starts and NER types are given, nothing is parsed)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from kg.junk import drop_title_pieces, title_piece
from kg.lexicon.languages import language_names
from kg.lexicon.frequency import common_word, zipf
from kg.model import Mention

#: The English words of these sentences (a stand-in for the WordNet lexicon).
LEXICON = frozenset("""union army apple state attorney knight commander god church taste cherry senate commerce
    house office broadcast east english hill savoy order bush day after boy fall girl golden hair set stone
    fox""".split())

_VOCAB = spacy.blank("en").vocab


def _doc(sentence: str, ents: dict[str, str] | None = None) -> Doc:
    """One sentence, split on spaces; ``ents`` gives a word's NER type (a one-word entity)."""
    words = sentence.split()
    ents = ents or {}
    return Doc(_VOCAB, words=words, sent_starts=[i == 0 for i in range(len(words))],
               ents=[f"B-{ents[w]}" if w in ents else "O" for w in words])


#: (sentence, the word asked about, its NER type, is it a piece?): each case says why.
CASES = [
    ("The Union Army took the town .", "Union", "ORG", True),  # a name's first word
    ("Apple CEO Tim Cook visited Beijing .", "Apple", "ORG", False),  # a body before a title
    ("They joined the Redeemed Christian Church of God in America .", "God", "ORG", True),  # "X of [W]"
    ("Her film Taste of Cherry won the prize .", "Taste", "ORG", True),  # "[W] of X"
    ("Fans cheered for Fall Out Boy last night .", "Fall", "ORG", True),
    ("The bill passed the Senate in August .", "Senate", "ORG", False),  # nothing glued: a name
    ("Her film Girl with the Golden Hair won .", "Girl", "ORG", True),  # "[W] with the X"
    ("The album Set in Stone sold well .", "Stone", "ORG", True),  # "X in [W]"
    ("The show aired on Fox in Canada .", "Fox", "ORG", False),  # a place after "in"
    ("He served as Secretary of Commerce under Bush .", "Commerce", "ORG", False),  # a portfolio after an office
    ("Two U.S. House members said so .", "House", "ORG", False),  # a place's body ("U.S." is GPE)
    ("He starred in The Office for years .", "Office", "ORG", False),  # a title after "The"
    ("In Broadcast magazine it was placed seventh .", "Broadcast", "ORG", False),  # "In" starts the sentence
    ("He taught in English Church schools .", "English", "ORG", False),  # a language's name
    ("The custom started with Bush I in 1989 .", "Bush", "PERSON", False),  # NER: a person
    ("The army of Savoy Hill marched on .", "Savoy", "ORG", False),  # a rare word: a name
    ("The CIA Director spoke .", "CIA", "ORG", False),  # an acronym
]


@pytest.mark.parametrize("sentence,word,etype,piece", CASES)
def test_title_piece(sentence: str, word: str, etype: str, piece: bool) -> None:
    doc = _doc(sentence, {"U.S.": "GPE", "Canada": "GPE", "August": "DATE"})
    i = sentence.split().index(word)
    assert title_piece(Span(doc, i, i + 1, label=etype), doc.text, LEXICON) is piece


def test_drop_title_pieces_keeps_the_rest_and_pack_matches() -> None:
    """The pass over a document's mentions: the piece goes, the names beside it and an
    alias-pack match of the same word (the user said so) stay."""
    doc = _doc("He joined the Knight Army by Knight Capital .")
    def mention(word: str, nth: int, origin: str) -> Mention:
        tok = [t for t in doc if t.text == word][nth]
        return Mention(doc="d", start=tok.idx, end=tok.idx + len(tok), text=word, type="ORG",
                       sent_start=0, sent_end=len(doc.text), origin=origin)
    kept = drop_title_pieces([mention("Knight", 0, "ner"), mention("Knight", 1, "pack")], doc, doc.text, LEXICON)
    assert [m.origin for m in kept] == ["pack"]


def test_word_frequencies_from_the_wheel() -> None:
    """wordfreq's English list, case folded: everyday words are common, rare names are not."""
    assert common_word("Board") and common_word("state") and common_word("Music")
    assert not common_word("Savoy") and not common_word("Habsburgs") and zipf("Maranger") == 0.0
    assert 5.0 < zipf("board") < 5.5


def test_language_names() -> None:
    assert {"english", "latin", "sanskrit"} <= language_names()
    assert "day" not in language_names() and "state" not in language_names()


#: (sentence, the span asked about, is it junk?): offices ending a phrase of English words, a
#: rank in a line of succession, a date NER typed as a name; names beside them stay.
JUNK_CASES = [
    ("He was Public Relations Officer of the club .", "Public Relations Officer", True),
    ("She was a Police Magistrate in Colombo .", "Police Magistrate", True),
    ("He became District Judge in 1901 .", "District Judge", True),
    ("Labor MP Carmen Lawrence spoke .", "MP", True),  # a member of a parliament, a role
    ("Green MEP Caroline Lucas spoke .", "MEP", True),
    ("He was the 3rd Baronet of Hunsdon .", "3rd Baronet", True),
    ("It was released on April 12 in Europe .", "April 12", True),
    ("He served in the 3rd Infantry Division .", "3rd Infantry Division", False),
    ("He joined Police Scotland in 2013 .", "Police Scotland", False),
    ("Elwood C. Buchanan , Sr was a trumpeter .", "Sr", True),  # a generation after a name
    ("The SR line ran north .", "SR", False),
    ("She visited May Reuther Family Education Center .", "May Reuther Family Education Center", False),
]
JUNK_LEXICON = LEXICON | frozenset("public relations police district infantry division family education center".split())


@pytest.mark.parametrize("sentence,name,junk", JUNK_CASES)
def test_is_junk_offices_ranks_dates(sentence: str, name: str, junk: bool) -> None:
    from kg.junk import _is_junk

    doc = _doc(sentence)
    words, parts = sentence.split(), name.split()
    i = next(k for k in range(len(words)) if words[k:k + len(parts)] == parts)
    assert _is_junk(Span(doc, i, i + len(parts), label="ORG"), doc.text, set(), JUNK_LEXICON) is junk
