"""Names NER typed as a body or a place that a role written around them says are a person's
(``kg.entity_types``): a role in apposition ("Olaf Scholz, the chancellor"; "the ambassador of
Turkey in Russia, Tanju Bilgic"), the holder set off after an office's body ("the chairman of
Renault, Jean-Dominique Senard", which the parser hangs on the body), and a role right before the
name ("spokesman Zhao Lijian")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.lexicon.words import PEOPLE_NOUNS, PEOPLES_ROLES, PERSON_ROLES, PERSON_TITLES
from kg.news_kinds import PLACE_PREPS

#: A person's titles and roles, as one table (made once, not per word asked).
PERSON_WORDS = PERSON_TITLES | PERSON_ROLES


def role_apposition(span: Span, label: str = "") -> bool:
    """The name is an apposition of a role only people hold ("the ambassador …, Tanju Bilgic"), or, for a
    name of up to four words none in lower case, of a noun naming a person (``PEOPLE_NOUNS``: "One bystander,
    Marius Smith, said"); a name NER called a body (``label`` ORG) also when such a noun is in apposition
    with it ("Kunti, the first wife of King Pandu"). Not a place's: the parser hangs "the son of ..." on the
    birthplace before it ("born in Cumberland County, Nova Scotia, the son of ..."). A longer name, or one
    holding a lower-case word, is no person's ("a triple-threat man, Green Bay Packers Hall of Famer Paul Hornung")."""
    root = span.root
    head = root.head
    if root.dep_ == "appos" and head.lower_ in PERSON_WORDS and (head.pos_ == "NOUN" or head.pos_ == "PROPN" and not (
            head.ent_type_ or any(t.lower_ in PERSON_WORDS for t in span))):  # not "Best Director, Best … Actress"
        return True  # "The Minister of Energy and Mines, Alberto Valdivia Rospigliosi," (NER: GPE; "Minister" NNP)
    if root.dep_ == "appos" and head.pos_ in ("NOUN", "PROPN") and span.start == head.i + 2 \
            and span.doc[head.i + 1].text == "," and office_of(head):  # not "CEO of Norges Statsbaner (NSB)"
        return True  # "The spokesman of the company, Tunde Bakare," "the chairman of Renault, Jean-Dominique
        # Senard" (NER: ORG): the parser hangs the holder on the body
    if len(span) > 4 or any(t.is_lower for t in span):
        return False  # "Marius duPlessis" is capitalised inside
    if root.dep_ == "appos" and head.pos_ == "NOUN" and head.lower_ in PEOPLE_NOUNS:
        return True
    return label == "ORG" and any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lower_ in PEOPLE_NOUNS
                                  and c.i >= span.end for c in root.children) \
        and not (root.dep_ == "pobj" and head.lower_ in PLACE_PREPS)  # "born in Lyon, the son of …"


def office_of(body: Token) -> bool:
    """``body`` is the object of an office's "of", directly or through one more noun: "the
    spokesman of [the company]", "the chairman of the board of [Renault]"."""
    for _ in range(2):
        prep = body.head
        if body.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
            return False
        if prep.head.lower_ in PERSON_WORDS and prep.head.pos_ in ("NOUN", "PROPN"):
            return True
        body = prep.head
    return False


def after_role(span: Span, prev) -> bool:
    """A role only a person holds is written right before the name as its compound ("spokesman
    Zhao Lijian", "City boss Pep Guardiola"; ``PEOPLES_ROLES``), or a noun naming a person
    (``PEOPLE_NOUNS``: "tailender Shane Bond", "UN envoy Terje Larsen") outside any name NER
    found. Its case is not read: truecasing may have capitalised a rare one ("Tailender")."""
    if prev is None or prev.dep_ != "compound" or not span.start <= prev.head.i < span.end:
        return False
    return prev.lower_ in PEOPLES_ROLES or (prev.lower_ in PEOPLE_NOUNS and not prev.ent_type_)
