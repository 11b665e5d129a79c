"""Names of the form "<kind> of <name>": "London Borough of Hounslow", "Federal Reserve Bank of New
York", "Margraviate of Brandenburg", "Episcopal Diocese of Connecticut".

spaCy's NER closes such a name before "of" ("London Borough" | "Hounslow"), and ``kg.spans``
leaves a name NER closed as it is ("Kansas City Chiefs" of "the NFL" is a team and the league it
plays in). What tells the two apart is the last word before "of": a capitalised noun saying which
kind of place, body or event the name is (``KIND_HEADS``: "Borough", "Bank", "Diocese", "House")
takes the "of" complement into the name, as a head that is no kind ("Chiefs", "Motors") does not.
The join holds only when the parse and the casing agree: "of" hangs on that head, a capitalised
name written as such follows at once (no determiner: "the Diocese of the Episcopal Church" is
left alone, so is "Bank of the West"), and the head is no office ("the President of France").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from kg.doc_arrays import ent_start
from kg.lexicon.given_names import given_name
from kg.lexicon.words import INSTITUTION_HEADS, POSSESSIVE_MARKS

#: Capitalised head nouns of names of places, bodies, houses and events that take "of" + a name
#: into the name ("London Borough of Hounslow", "Federal Reserve Bank of New York", "Royal House
#: of France", "Battle of Samugarh"). No office ("President", "Bishop": the office is no name),
#: no word of a state ("State", "Union", "League": "Secretary of State of Ohio", "Chiefs of the
#: League" say what belongs to what), no line of business ("Motors", "Electronics").
KIND_HEADS = frozenset("""
    borough city town village municipality county district province region territory
    republic kingdom duchy grand-duchy principality margraviate landgraviate electorate earldom
    emirate sultanate khanate caliphate empire protectorate
    bank diocese archdiocese eparchy archeparchy parish abbey cathedral church basilica chapel
    temple monastery priory convent shrine tomb grotto
    house dynasty court tribunal university college school institute academy conservatory
    seminary polytechnic museum library gallery ministry department council parliament assembly
    senate congress commission committee club society exchange authority agency bureau
    battle siege treaty
""".split())


def kind_head(tok: Token) -> bool:
    """A capitalised noun of ``KIND_HEADS`` ("Borough", "Bank"; not "borough", "Chiefs")."""
    return tok.lower_ in KIND_HEADS and tok.is_alpha and tok.text[:1].isupper() and tok.pos_ in ("PROPN", "NOUN")


def of_name_end(doc: Doc, head: int, limit: int, written: Callable[[Token], bool],
                field: Callable[[Token], bool] | None = None) -> int | None:
    """Where "<kind> of <name>" ends when token ``head`` is a kind head followed by "of": the end
    of the name after "of" (the NER name it starts, else the run of capitalised proper nouns),
    within ``limit`` (the sentence's end); None when the parse or the casing say otherwise.
    ``written`` says whether a word was capitalised by the writer and is no office. With
    ``field`` (a capitalised common noun of a field), an institution's "of the" + one such noun
    too (``_field_of_the_end``)."""
    of = head + 1
    if field is not None and of + 2 < limit and doc[of].lower_ == "of" and doc[of + 1].lower_ == "the":
        return _field_of_the_end(doc, head, limit, written, field)
    if of + 1 >= limit or doc[of].lower_ != "of" or doc[of].head.i != head \
            or not (kind_head(doc[head]) and written(doc[head])):
        return None
    first = doc[of + 1]
    if not (written(first) and first.pos_ == "PROPN" and first.head.i in (of, *range(of + 1, limit))):
        return None
    if first.ent_type_ == "PERSON" and of + 2 < limit and doc[of + 2].ent_iob_ == "I":
        return None  # a person's full name: "Church of Saint Francis" is NER's to read
    end = of + 2
    if first.ent_iob_ == "B" and first.ent_type_:
        while end < limit and doc[end].ent_iob_ == "I":
            end += 1
    else:
        while end < limit and doc[end].pos_ == "PROPN" and written(doc[end]) and not doc[end].ent_type_:
            end += 1
    if not any(doc[k].head.i == of for k in range(of + 1, end)):
        return None  # the name is no complement of this "of"
    return end


#: Heads of a state's institutions named after the field they serve with "of the": "Ministry of
#: the Interior", "Superintendency of the Environment", "Office of the Prosecutor".
INSTITUTION_OF_THE = INSTITUTION_HEADS | frozenset("superintendency secretariat directorate inspectorate".split())


def _field_of_the_end(doc: Doc, head: int, limit: int, written: Callable[[Token], bool],
                      field: Callable[[Token], bool]) -> int | None:
    """The end of "<institution> of the <Field>" (one capitalised common noun, the name's last
    word: "Superintendency of the Environment" of "Chile's Superintendency of the Environment has
    fined …", which NER left unread and the recovery cut at "of"), else None; not "Office of the
    Prime Minister" (a longer name after "the") nor "the Diocese of the Episcopal Church"."""
    of, noun, end = head + 1, doc[head + 3], head + 4
    if doc[head].lower_ not in INSTITUTION_OF_THE or not written(doc[head]) or doc[of].head.i != head \
            or noun.head.i != of or not field(noun) or end < limit and doc[end].is_alpha and written(doc[end]):
        return None
    return end


def of_name_start(doc: Doc, start: int, sent_start: int, limit: int, written: Callable[[Token], bool]) -> int | None:
    """The kind head a name starting at ``start`` completes ("Margraviate" + "of" +
    "Brandenburg"): its index when ``doc[start - 2]`` is one and ``of_name_end`` reads the name
    as its complement, else None. A kind head may start its sentence ("Battle of Samugarh ...")."""
    head = start - 2
    if head < sent_start or doc[start - 1].lower_ != "of":
        return None
    end = of_name_end(doc, head, limit, written)
    return head if end is not None and end > start else None


#: Dependencies by which a common noun of a field hangs in "for Peace and Order".
_FIELD_OF = frozenset({"for", "of"})


def fields_end(doc: Doc, start: int, end: int, limit: int, field: Callable[[Token], bool]) -> int | None:
    """"National Council for Peace" + "and Order", "Moscow School of Painting" + ", Sculpture and
    Architecture": a name ending in "of"/"for" + one capitalised common noun of a field goes on
    over more such nouns listed after it, each a lone word (``field``) the parse coordinates with
    the first; the end of the last, else None. Two names listed stay two: a place, a people or a
    name of no English word is no field ("Ministry of Defence and France"), and a noun that
    heads a longer name ends no list ("Office of Budget and Management Agency")."""
    first = doc[end - 1]
    if end - 2 <= start or doc[end - 2].lower_ not in _FIELD_OF or first.head.i != end - 2 or not field(first):
        return None
    i = end
    while i + 1 < limit and doc[i].text == "," and field(doc[i + 1]) and _conj_of(doc[i + 1], first):
        i += 2
    if not (i + 1 < limit and doc[i].lower_ in ("and", "&") and field(doc[i + 1]) and _conj_of(doc[i + 1], first)):
        return None
    last = i + 2
    if last < limit and doc[last].is_alpha and doc[last].text[:1].isupper():
        return None
    return last


def and_of_end(doc: Doc, start: int, end: int, limit: int, written: Callable[[Token], bool]) -> int | None:
    """"National Superintendency of Customs" + "and of Tax Administration" (translated news:
    "Superintendencia Nacional de Aduanas y de Administración Tributaria"): a name whose last
    words are the object of its "of" goes on over "and of" and capitalised words (``written``)
    when the parse hangs the second "of" on the same head as the first; the end of those words,
    else None. Not a place or a person after it ("the Ministry of Defence and of France")."""
    if end + 2 >= limit or doc[end].lower_ != "and" or doc[end + 1].lower_ not in _FIELD_OF:
        return None
    second = doc[end + 1]
    first = next((doc[k] for k in range(end - 2, start, -1) if doc[k].lower_ == second.lower_), None)
    if first is None or first.head.i != second.head.i or not start <= first.head.i < first.i:
        return None
    last = end + 2
    while last < limit and doc[last].is_alpha and written(doc[last]) and doc[last].ent_type_ not in ("GPE", "PERSON", "NORP"):
        last += 1
    if last == end + 2 or not any(doc[k].head.i == second.i for k in range(end + 2, last)):
        return None
    return last


def and_modifier_end(doc: Doc, end: int, limit: int, written: Callable[[Token], bool]) -> int | None:
    """"the Australian Competition" + "and Consumer Commission", "the Commonwealth Scientific" +
    "and Industrial Research Organisation": a name whose NER span took the "and" after it, and
    whose last word the parse hangs, as a modifier, on a word of the capitalised run after that
    "and", is one name with that run (NER stopped at the "and"); the run's end, else None. Two
    names listed stay two: NER ends the first before "and" ("Shell Oil and Hyundai Motor Company",
    though the parse hangs "Oil" on "Company"), the parse coordinates their heads ("Apple and
    Google"), one word before the "and" is a name or a direction of its own ("Facebook and Tencent
    Holdings", "Northern and Western Australia"), and a run that opens with "the", with a given
    name ("The Absinthe Drinker and Auguste Rodin's The Thinker") or with the first name's own
    first word ("Øvre Pasvik National Park and Øvre Pasvik Landscape Protection Area") is a name
    of its own."""
    last = doc[end - 1]
    if end + 1 >= limit or doc[end].lower_ not in ("and", "&") or doc[end].ent_iob_ != "I" \
            or last.dep_ not in ("compound", "nmod", "amod") or given_name(doc[end + 1].text):
        return None
    first = _name_start(doc, end)
    if first is None or first.i > end - 2 or first.lower_ == doc[end + 1].lower_:
        return None  # one word before "and" is a name of its own ("Facebook and Tencent Holdings") or a
        # side of a place ("Northern and Western Australia")
    stop = end + 1
    while stop < limit and doc[stop].is_alpha and written(doc[stop]):
        stop += 1
    return stop if stop > end + 1 and end + 1 <= last.head.i < stop else None


def _name_start(doc: Doc, end: int) -> Token | None:
    """The first word (no "the") of the NER span that holds token ``end``."""
    i = ent_start(doc, end)
    i += doc[i].lower_ == "the"
    return doc[i] if i < end else None


def _conj_of(tok: Token, first: Token) -> bool:
    """``tok`` is coordinated with ``first``, directly or through an earlier conjunct."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
        if tok.i == first.i:
            return True
    return False


#: Plural nouns of people that a name holds in the possessive ("People's Republic", "Women's
#: Hockey World Cup", "Workers' Party", "Alder Hey Children's NHS Trust").
_PEOPLE_OWNERS = frozenset("""people peoples women men children workers veterans farmers ladies boys girls
    students teachers writers soldiers citizens nations mothers fathers""".split())
#: A saint's title: a saint's name in the possessive names what bears it ("St. Joseph's Cemetery").
_SAINTS = frozenset({"St", "Saint", "Ste", "Sainte"})


def possessive_end(doc: Doc, end: int, recased: frozenset[int]) -> int | None:
    """"People" + "'s Republic", "Women" + "'s Championship", "St. Joseph" + "'s Cemetery": a
    capitalised plural noun of people (``_PEOPLE_OWNERS``) or a saint's name in the possessive,
    then a word capitalised as written, are one name; the end after that word, else None. A name in the possessive before another name
    stays apart ("Yale's Berkeley Divinity School", "Germany's Parliament")."""
    last = doc[end - 1]
    owner = last.lower_ in _PEOPLE_OWNERS or (end >= 2 and doc[end - 2].text.rstrip(".") in _SAINTS)
    if not owner or not last.text[:1].isupper() or last.idx in recased \
            or end + 1 >= len(doc) or doc[end].text not in POSSESSIVE_MARKS:
        return None
    nxt = doc[end + 1]
    if nxt.is_sent_start or not nxt.is_alpha or not nxt.text[:1].isupper() or nxt.idx in recased:
        return None
    return end + 2
