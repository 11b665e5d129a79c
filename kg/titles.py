"""Names NER cuts at their lower-case words or quotes, found from the letter case and one cue.

* ``titled_works``: titles of works named right after the noun that says what they are: "the
  novel The Sword and the Sickle", "the film Sanders of the River", "the album Let It Loose", "the
  band Cute Is What We Aim For".
* ``nicknamed_names``: a person's name with a quoted nickname inside (``James Llewellyn "Jimmy"
  Frise``), which NER cuts at the quotes into two names and a stray nickname.
* ``ship_names``: a ship's prefix and its name ("RMS Queen Mary"), which NER cuts at a title.
* ``quoted_speech``: a quote that is speech, not a title ("…," said X), for ``kg.entities``.


NER cuts such titles at their function words ("Sword", "Sickle") or misses them, and the parse
reads their words as the sentence's own. The class noun before them is the evidence: after it,
a run of words written in Title Case (function words inside it in lower case) is one title,
whatever its words are. Only the letter case and the cue are read, so it holds on any text
written in case; quoted titles are taken elsewhere (``kg.entities.quoted_mentions``).
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from kg.doc_arrays import doc_ents, tokens_with
from kg.lexicon.countries import city_names, is_country
from kg.lexicon.frequency import common_word
from kg.lexicon.words import QUOTE_MARKS, SHIP_ONLY_PREFIXES
from kg.relations.words import SPEECH_VERBS

from kg.spans import capitalised, is_office
from kg.works import is_owner


#: Nouns that introduce the title of a work, and the type the title gets.
WORK_NOUNS: dict[str, str] = {
    **dict.fromkeys("novel novella book memoir poem play film movie documentary album song single ep "
                    "opera musical series sitcom anthology painting sculpture game show trilogy soundtrack "
                    "franchise telenovela miniseries magazine newspaper record release mixtape".split(), "WORK_OF_ART"),
    **dict.fromkeys("band".split(), "ORG"),
}
#: Lower-case words a title holds between its capitalised words ("Sanders of the River").
TITLE_FUNCTION_WORDS = frozenset("of the a an and in on with to for at from by or".split())
#: Words between the class noun and the title ("the film, titled X", "the song called X").
_INTRODUCERS = frozenset({",", "titled", "entitled", "called", "named"})
#: Function words only ever inside a title ("Sanders of the River"); after the others a name NER
#: found starts something else ("by Bram Stoker", "and Paul McCartney", "in Paris").
_INSIDE_WORDS = frozenset("of the a an to".split())
#: NER types that start another name after "and", "by", "in"…: the run stops there.
_OTHER_NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
#: The longest title taken, in tokens.
_MAX_TOKENS = 12


def titled_works(doc: Doc) -> list[tuple[Span, str]]:
    """The titles introduced by a class noun in ``doc``, with their type, left to right; then the
    ships' names (``ship_names``)."""
    found = []
    for tok in tokens_with(doc, WORK_NOUNS):
        etype = WORK_NOUNS.get(tok.lower_)
        if etype is None or not tok.is_lower or not (tok.pos_ == "NOUN" or _noun_read_as_adjective(tok)):
            continue  # "to play European Champion X"
        start = tok.i + 1
        while start < len(doc) and doc[start].lower_ in _INTRODUCERS and start - tok.i <= 2:
            start += 1
        span = _title_run(doc, start)
        owner = next((t.i for t in span if is_owner(doc, t.i)), None) if span is not None else None
        if owner is not None:  # "the film Lucio Fulci's Lo squartatore": the title follows its maker
            span = _title_run(doc, owner + 1)
        if span is not None:
            found.append((span, etype))
    return found + [(span, "WORK_OF_ART") for span in colon_titles(doc)] + [(span, "PRODUCT") for span in ship_names(doc)]


def _label_word(word: str) -> bool:
    """One word before a colon that labels what follows, no title's: an everyday word ("Note:",
    "Update:"), a country or a city ("Germany: Berlin is ...")."""
    return common_word(word) or is_country(word) or word.lower() in city_names()


#: Words after a lead's subject that say it is being defined: "X: Y is a 2016 platform game".
_DEFINING = frozenset({"is", "was", "are", "were", "("})


def colon_titles(doc: Doc) -> list[Span]:
    """A title with a subtitle after a colon that opens a sentence and is then defined: "Jungle
    Rush: Tribes of Mahé is a 2016 platform game", "Extreme Makeover: Home Edition (2003) is ...".
    NER reads the two halves as two names (here two persons). Both halves are Title-Case runs
    (``_title_run``'s words, one word each at least), the first from the sentence's start."""
    found = []
    for colon in tokens_with(doc, frozenset({":"}), ORTH):
        i = colon.i
        if colon.text != ":" or i < 1 or colon.is_sent_start:
            continue
        start = i - 1
        while start > 0 and not doc[start].is_sent_start and (_title_word(doc[start - 1])
                                                             or doc[start - 1].lower_ in TITLE_FUNCTION_WORDS):
            start -= 1
        if not doc[start].is_sent_start or not _title_word(doc[start]) and doc[start].lower_ != "the" \
                or not _title_word(doc[i - 1]):
            continue
        end = i + 1
        while end < len(doc) and not doc[end].is_sent_start and end - i <= _MAX_TOKENS and (
                _title_word(doc[end]) or doc[end].lower_ in TITLE_FUNCTION_WORDS and end + 1 < len(doc)
                and _title_word(doc[end + 1])):
            end += 1
        if end > i + 1 and end < len(doc) and doc[end].lower_ in _DEFINING and _title_word(doc[end - 1]) \
                and not (i - start == 1 and _label_word(doc[start].text)):
            found.append(Span(doc, start, end))
    return found


#: Ships' prefixes written in capitals that open nothing else (``kg.lexicon.words.SHIP_ONLY_PREFIXES``).
_SHIP_PREFIXES = frozenset(p.upper() for p in SHIP_ONLY_PREFIXES)


def ship_names(doc: Doc) -> list[Span]:
    """"RMS Queen Mary", "HMS Belfast", "USS Enterprise": a ship's prefix in capitals and the
    capitalised words (or a number: "Queen Elizabeth 2") after it are one name, a vessel's, which
    NER cuts at a title ("Queen") or types a place ("Belfast")."""
    found = []
    for tok in tokens_with(doc, _SHIP_PREFIXES, ORTH):
        end = tok.i + 1
        while end < len(doc) and not doc[end].is_sent_start and _title_word(doc[end]) and doc[end].text not in ("'s", "’s"):
            end += 1
        if end > tok.i + 1:
            found.append(Span(doc, tok.i, end))
    return found


def _noun_read_as_adjective(tok: Token) -> bool:
    """"her novel Half of a Yellow Sun": the tagger reads "novel" as an adjective, though a
    possessive or an article opens its phrase and a capitalised word follows it."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.pos_ == "ADJ" and tok.i > 0 and tok.doc[tok.i - 1].dep_ in ("poss", "det") \
        and nxt is not None and capitalised(nxt)


def _title_run(doc: Doc, start: int) -> Span | None:
    """The Title-Case run starting at ``start``: capitalised words and the function words between
    them, in one sentence, ending on a capitalised word; two words or more (one capitalised word
    is NER's to find)."""
    if start >= len(doc) or not (_title_word(doc[start]) or _opening_number(doc, start)) or doc[start].is_sent_start \
            or doc[start].text in ("'s", "’s"):
        return None
    end, i = start + 1, start + 1
    while i < len(doc) and i - start < _MAX_TOKENS and not doc[i].is_sent_start:
        tok = doc[i]
        if _title_word(tok):
            end = i + 1
        elif not (tok.lower_ in TITLE_FUNCTION_WORDS or tok.text in ("'", "’", "-")):
            break
        elif tok.lower_ not in _INSIDE_WORDS and _starts_other_name(doc, i + 1):
            break  # "the novel Dracula by Bram Stoker", "the song Yesterday and Paul McCartney"
        elif tok.lower_ in ("and", "or") and any(t.lower_ == "of" for t in doc[start:i]):
            break  # "the games Medal of Honor and Call of Duty": an "X of Y" title is complete
        i += 1
    return Span(doc, start, end) if end - start >= 2 else None


def _title_word(tok: Token) -> bool:
    """A word a title is written with: capitalised, or a number right after a capitalised word
    ("Invasion Earth 2150"; not the year of "Titanic in 1997")."""
    if tok.like_num and not (tok.is_alpha and capitalised(tok)):  # "One Hundred Years of Solitude"
        return tok.i > 0 and capitalised(tok.nbor(-1)) and tok.nbor(-1).is_alpha
    return (capitalised(tok) and tok.is_alpha) or tok.text in ("'s", "’s")


def _opening_number(doc: Doc, i: int) -> bool:
    """A number of one to three digits that opens a title, before a capitalised word of it: "the
    film 3 Crosses", "the song 99 Luftballons"; not a date NER read ("the film 2 December"), nor a
    year (four digits: "the film 1917" is NER's to read)."""
    tok = doc[i]
    if not (tok.is_digit and len(tok.text) <= 3) or i + 1 >= len(doc) or doc[i + 1].is_sent_start:
        return False
    nxt = doc[i + 1]
    return capitalised(nxt) and nxt.is_alpha and tok.ent_type_ not in ("DATE", "TIME") \
        and nxt.ent_type_ not in ("DATE", "TIME")


def _starts_other_name(doc: Doc, i: int) -> bool:
    """Token ``i`` (or the one after "the") begins a name NER found, here or, a name of two words
    or more, elsewhere in the document: the title ended before "and" ("the band The Smile with
    Jonny Greenwood", where NER read the whole as one title and found "Jonny Greenwood" before)."""
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    if i >= len(doc):
        return False
    if doc[i].ent_iob_ == "B" and doc[i].ent_type_ in _OTHER_NAME_TYPES:
        return True
    return any(e.label_ in _OTHER_NAME_TYPES and len(e) >= 2 and e.start != i and doc[i:i + len(e)].text == e.text
               for e in doc_ents(doc))


def nicknamed_names(doc: Doc) -> list[Span]:
    """Persons' names with a quoted nickname inside (``James Llewellyn "Jimmy" Frise``): a
    person's name (NER) touches the quotes on one side, a capitalised proper noun on the other,
    and one to three capitalised words stand between the quotes, all in one sentence. A quoted
    title after a name stays a title: its other side is no proper noun ("Jackson's "Thriller" was")."""
    found = []
    for tok in tokens_with(doc, QUOTE_MARKS, ORTH):
        if tok.text not in QUOTE_MARKS or tok.i == 0 or tok.is_sent_start:
            continue
        close = next((j for j in range(tok.i + 2, min(tok.i + 5, len(doc))) if doc[j].text in QUOTE_MARKS), None)
        if close is None or close + 1 >= len(doc) or doc[close + 1].is_sent_start:
            continue
        inner, left, right = doc[tok.i + 1:close], doc[tok.i - 1], doc[close + 1]
        if not all(t.is_alpha and capitalised(t) for t in inner) or "PERSON" not in (left.ent_type_, right.ent_type_) \
                or not all(t.pos_ == "PROPN" and capitalised(t) for t in (left, right)):
            continue
        start, end = left.i, close + 2
        while start > 0 and not doc[start].is_sent_start and doc[start - 1].pos_ == "PROPN" \
                and capitalised(doc[start - 1]) and not is_office(doc[start - 1]):
            start -= 1
        while end < len(doc) and not doc[end].is_sent_start and doc[end].pos_ == "PROPN" and capitalised(doc[end]):
            end += 1
        found.append(Span(doc, start, end))
    return found


def quoted_speech(doc: Doc, close: int) -> bool:
    """The quote closed at ``close`` is someone's words: it ends in its own punctuation and a verb
    of saying follows within a few words ('"This is a win for Indonesia," said Erick Thohir';
    '"We Will Win," the minister told reporters'). A title is quoted bare ('"Beat It" topped the
    chart'); a short sentence in speech may capitalise all its longer words as a title would."""
    return close > 0 and doc[close - 1].text in (",", ".", "!", "?") and any(
        t.lemma_.lower() in SPEECH_VERBS and t.pos_ in ("VERB", "AUX") for t in doc[close + 1:close + 5])
