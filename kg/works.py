"""Titles of works (films, albums, novels, songs, games) that NER misses or cuts, found from where
the title stands rather than from its words.

NER cuts a title at its lower-case function words ("Taste" and "Cherry" of "Taste of Cherry") or
misses it when its words are common ones ("Set in Stone", "See The Sun"). Five places
say a Title-Case run is one title, whatever its words:

* ``subject_titles``: a sentence opens with the run and says what it is, a work: "Cranks and
  Shadows is a crime novel by …", "Clear and Present Danger is a 1994 American spy thriller film";
* ``dated_titles``: the run is dated in brackets, the way works are listed: "Taste of Cherry
  (1997)", "May to December (1989 – 94)"; a person's name with a year ("Sue Townsend (1946)")
  stays NER's;
* ``listed_titles``: the run is an item of a list that a plural work noun introduces: "films
  including The Usual Suspects, Natural Born Killers, 3000 Miles to Graceland and The Crew";
* ``headed_titles``: capitalised words right before the work noun that names them: "the Higher
  Learning soundtrack";
* ``year_titles``: the run follows a year's possessive: "1987's Let It Loose";
* ``article_titles``: the run opens with an article capitalised mid-sentence and holds a
  lower-case function word: "(along with The Village and The Sword and the Sickle)", "the 1977
  mini-musical The Girl with the Golden Hair".

A run is capitalised words with short lower-case function words between them ("of", "the",
"to", "in"…), ending on a capitalised word or a number after one ("Incredibles 2"), within one
sentence; it stops at a comma, a bracket, a quote or a lower-case content word, so it never
swallows the next clause. Only the letter case, the cue and the parse are read, so the rules hold
on any text written in case; ``kg.entities`` takes the titles before NER and drops junk.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Span, Token

from kg.doc_arrays import sentence_of, tokens_with

from kg.spans import capitalised, is_office

#: Lower-case words a title holds between its capitalised words ("Taste of Cherry").
FUNCTION_WORDS = frozenset("of the a an and in on with to for at from by or into over under".split())
#: Nouns naming a work, heads of "X is a … <noun>" ("is a crime novel", "is the third studio album").
WORK_HEADS = frozenset(
    "novel novella book memoir poem play film movie documentary album song single ep opera musical "
    "series sitcom anthology painting sculpture franchise game thriller comedy drama soundtrack mixtape "
    "episode magazine newspaper periodical trilogy telenovela miniseries show videogame".split())
#: Plural work nouns that introduce a list of titles ("films including …", "albums such as …").
PLURAL_WORKS = frozenset(
    "films movies shows series albums songs singles novels books games titles plays sitcoms programmes "
    "programs records dramas operas musicals soundtracks tours".split())
#: Words between a plural work noun and its list ("films including X", "songs such as X", "shows: X",
#: "both albums (X and Y)").
_LIST_CUES = frozenset({"including", "include", "includes", "included", "like", ":", "("})
#: Words that may stand inside a run between capitalised words ("Beyond Good & Evil", "Spider-Man").
_JOINERS = frozenset({"&", "-", "–", "'s", "’s"})
_COPULAS = frozenset({"is", "was", "are", "were"})
#: The longest title taken, in tokens.
_MAX_TOKENS = 12
#: Lower-case forms of the tokens a cue stands on: copulas, brackets, possessives, work nouns.
_CUE_WORDS = _COPULAS | WORK_HEADS | PLURAL_WORKS | {"(", "'s", "’s", "the", "a", "an"}
#: Articles that, capitalised inside a sentence, open a title ("along with The Village and …").
_ARTICLES = frozenset({"The", "A", "An"})
#: Function words only ever inside a title ("The Lord of the Rings"); after the others ("and",
#: "by", "in", "for"…) a name NER found starts something else ("The Cazalets for BBC One", "The
#: Guardian in London", "The Bluffs Restaurant and the 211 Outpost").
_ONLY_INSIDE = frozenset("of the a an to with".split())
#: What before a capitalised article says the run is another name of the one before it (a bare
#: bracket: "Njangalude Veettile Athidhikal (The Guests in Our Home)", ``kg.stated``) or a quote
#: (``kg.entities.quoted_mentions``): not this cue's to take.
_AFTER_NAME = frozenset({"(", "[", '"', "“", "``", "'"})


def work_titles(doc: Doc) -> list[tuple[Span, str]]:
    """The titles of works in ``doc`` found by the five cues, each with its type, left to right.
    One pass picks the few tokens a cue can stand on (a copula, a bracket, a possessive, a work
    noun), and the rules look only at those: the rest of the text costs one lookup a token."""
    cues = tokens_with(doc, _CUE_WORDS)
    found = subject_titles(doc, cues) + dated_titles(doc, cues) + listed_titles(doc, cues) \
        + headed_titles(doc, cues) + year_titles(doc, cues) + article_titles(doc, cues)
    return [(span, "WORK_OF_ART") for span in sorted(found, key=lambda s: (s.start, s.end))]


def _word(tok: Token) -> bool:
    """A word a title is written with: capitalised, or a number after a capitalised word or
    before one ("Incredibles 2", "3000 Miles to Graceland"; not the year of "Titanic in 1997")."""
    if tok.like_num and not tok.is_sent_start:
        doc = tok.doc
        return (tok.i > 0 and capitalised(doc[tok.i - 1]) and doc[tok.i - 1].is_alpha) or (
            tok.i + 1 < len(doc) and capitalised(doc[tok.i + 1]) and doc[tok.i + 1].is_alpha
            and not doc[tok.i + 1].is_sent_start)
    return capitalised(tok) and (tok.is_alpha or "-" in tok.text or "'" in tok.text)


def _inside(tok: Token) -> bool:
    """A lower-case function word or a joiner, which a title may hold between its words."""
    return (tok.is_lower and tok.lower_ in FUNCTION_WORDS) or tok.text in _JOINERS


def _run_end(doc: Doc, start: int, split_and: bool = False,
             stop: Callable[[Doc, int], bool] | None = None) -> int:
    """The end of the run starting at the title word ``start``: it ends on a title word, within
    the sentence. ``split_and``: an "and"/"or" before a capitalised word ends it (a list).
    ``stop(doc, i)``: a further reason for a non-title token ``i`` to end the run."""
    end, i = start + 1, start + 1
    while i < len(doc) and i - start < _MAX_TOKENS and not doc[i].is_sent_start:
        tok = doc[i]
        if _word(tok):
            end = i + 1
        elif not _inside(tok) or is_owner(doc, i):
            break  # "Nonzee Nimibutr's Queen of Langkasuka": the owner ends a run
        elif split_and and tok.lower_ in ("and", "or") and i + 1 < len(doc) and _word(doc[i + 1]):
            break  # "The Village and The Sword …": a list
        elif stop is not None and stop(doc, i):
            break
        i += 1
    return end


def subject_titles(doc: Doc, cues: Iterable[Token] | None = None) -> list[Span]:
    """A sentence that opens with a Title-Case run and says, with "is a …", that it is a work:
    the run is the work's title ("Set in Stone is the third album by …"). ``cues``: the tokens
    to look at (all of ``doc`` if not given); the copula is one."""
    found = []
    for cop in (doc if cues is None else cues):
        if cop.text not in _COPULAS or cop.i == 0 or cop.is_sent_start or not _word(doc[cop.i - 1]):
            continue
        sent = sentence_of(cop)
        start = sent.start
        while start < sent.end and (doc[start].is_space or doc[start].is_punct):
            start += 1
        if start >= sent.end or not _word(doc[start]):
            continue
        i = start
        while i < sent.end and (_word(doc[i]) or _inside(doc[i])) and doc[i].text not in _COPULAS:
            i += 1
        if i != cop.i or i - start > _MAX_TOKENS:
            continue  # the run from the sentence start must reach this copula, its first
        if any(t.lower_ in ("'s", "’s") for t in doc[start:i]) or doc[start].lower_ in ("it", "this"):
            continue  # "Netflix's The Crown is …": the owner is a name of its own; "It is a film"
        if _work_head(doc, i + 1, sent.end):
            found.append(Span(doc, start, i))
    return found


def _work_head(doc: Doc, start: int, end: int) -> bool:
    """The noun phrase from ``start`` (after the copula) ends on a work noun: "a 1994 American spy
    thriller film", "the third studio album" (not "an American film director")."""
    last = None
    for tok in doc[start:min(end, start + 10)]:
        if tok.pos_ in ("ADP", "VERB", "AUX", "CCONJ", "PRON", "SCONJ") or tok.text in (",", ".", ";", "(", ":"):
            break
        if tok.pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "DET", "ADV", "PUNCT", "X"):
            last = tok
    return last is not None and last.is_lower and last.lower_ in WORK_HEADS


def dated_titles(doc: Doc, cues: Iterable[Token] | None = None) -> list[Span]:
    """A Title-Case run with its year in brackets, as works are listed: "Taste of Cherry (1997)",
    "May to December (1989 – 94)". The run has a lower-case function word inside, opens on
    "The"/"A" ("The Wind Will Carry Us (1999)"), or holds no name NER found ("So Haunt Me
    (1992 – 94)"), so a person with a year stays NER's ("Sue Townsend (1946)"); a span of
    two full years is a life ("Duke of Wellington (1769 – 1852)") and is not read."""
    found = []
    for tok in (doc if cues is None else cues):
        if tok.text != "(" or tok.i < 2 or not _dated(doc, tok.i + 1) or not _word(doc[tok.i - 1]):
            continue
        start = tok.i - 1
        while start > 0 and not doc[start].is_sent_start and (_word(doc[start - 1]) or _inside(doc[start - 1])) \
                and not doc[start - 1].is_sent_start and tok.i - start < _MAX_TOKENS and not is_owner(doc, start - 1):
            start -= 1
        while start < tok.i and (_inside(doc[start]) or doc[start].is_sent_start):
            start += 1
        span = Span(doc, start, tok.i)
        if len(span) < 2 or not _word(span[0]):
            continue
        inner = any(t.is_lower and t.lower_ in FUNCTION_WORDS for t in span[1:-1])
        if inner or (span[0].text in ("The", "A", "An") and not span[0].is_sent_start) \
                or not any(t.ent_type_ in _NAME_TYPES or t.like_num for t in span):
            found.append(span)
    return found


def is_owner(doc: Doc, i: int) -> bool:
    """Token ``i`` is the possessive of a name NER found, which owns the title after it
    ("Lucio Fulci's Lo squartatore"); not of a title's own word ("The French Lieutenant's Woman")."""
    if i >= len(doc) or i == 0 or doc[i].lower_ not in ("'s", "’s"):
        return False
    owner = doc[i - 1]  # a person, or a name of two words or more ("People's Artist" is one title)
    return owner.ent_type_ == "PERSON" or (owner.ent_type_ in ("ORG", "GPE") and owner.ent_iob_ == "I")


def article_titles(doc: Doc, cues: Iterable[Token] | None = None) -> list[Span]:
    """A Title-Case run that opens with "The", "A" or "An" capitalised inside a sentence and
    holds a lower-case function word between its capitalised words is one title, whatever its
    words are: the capital article says a name starts there, and the function word is where NER
    cuts such names ("The Girl with the Golden Hair", "The Lord of the Rings" read as "Rings").
    The run stops at a quote, a comma, a lower-case content word, a possessive owner, an "and"
    or "or" after a name NER closed or before a capitalised word ("The Village and The Sword and
    the Sickle" is two), and a function word other than "of"/"the"/"a"/"to"/"with" before a
    name NER found ("The LAB in San Francisco", "The Cazalets for BBC One"). A run NER already
    read as one name is NER's; a run opening with an office is a person's style ("The Prince of
    Wales"); a run in a bracket or quotes right after its opening is another cue's
    (``_AFTER_NAME``); a sentence in Title Case says nothing (``kg.entities`` checks)."""
    found = []
    for tok in (doc if cues is None else cues):
        i = tok.i
        if tok.text not in _ARTICLES or tok.is_sent_start or i + 1 >= len(doc) or doc[i + 1].is_sent_start \
                or doc[i - 1].text in _AFTER_NAME:
            continue
        first = doc[i + 1]
        if not (capitalised(first) and first.is_alpha) or is_office(first):
            continue
        end = _article_run_end(doc, i + 1)
        span = Span(doc, i, end)
        if not any(_inside(t) and t.is_alpha for t in doc[i + 2:end - 1]):
            continue  # "The Beatles", "The New York Times": NER's names
        if any(e.start <= i + 1 and e.end >= end and e.label_ in _NAME_TYPES | {"WORK_OF_ART", "EVENT", "LAW", "PRODUCT"}
               for e in doc.ents):
            continue  # NER read the whole run: "The Library of Congress"
        found.append(span)
    return found


def _article_run_end(doc: Doc, start: int) -> int:
    """The end of a run after a capitalised article (``article_titles``), starting at the word
    ``start``: a list ends it, and so does a name NER closed or starts (``_article_stop``)."""
    return _run_end(doc, start, split_and=True, stop=_article_stop)


def _article_stop(doc: Doc, i: int) -> bool:
    tok = doc[i]
    if tok.lower_ in ("and", "or") and doc[i - 1].ent_type_ in _NAME_TYPES and tok.ent_iob_ != "I":
        return True  # "The Bluffs Restaurant and the 211 Outpost": NER closed the first name
    return tok.is_alpha and tok.lower_ not in _ONLY_INSIDE and _starts_name(doc, i + 1)


def _starts_name(doc: Doc, i: int) -> bool:
    """Token ``i`` (or the one after "the") begins a name NER found."""
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    return i < len(doc) and doc[i].ent_iob_ == "B" and doc[i].ent_type_ in _NAME_TYPES


def _dated(doc: Doc, i: int) -> bool:
    """Tokens from ``i`` are a work's date and a closing bracket: "1997)", "1989 – 94)",
    "2008 film)"; not a life ("1769 – 1852)") nor a birth ("born 1950)")."""
    def year(t: Token) -> bool:
        return t.is_digit and len(t.text) == 4 and 1000 <= int(t.text) <= 2099
    if i >= len(doc) or not year(doc[i]):
        return False
    rest = [t.text for t in doc[i + 1:i + 4]]
    if rest[:1] == [")"]:
        return True
    if len(rest) >= 3 and rest[0] in ("-", "–") and doc[i + 2].is_digit and len(rest[1]) == 2 and rest[2] == ")":
        return True
    return len(rest) >= 2 and rest[0].lower() in WORK_HEADS and rest[1] == ")"


def listed_titles(doc: Doc, cues: Iterable[Token] | None = None) -> list[Span]:
    """The Title-Case items of a list a plural work noun introduces ("films including X, Y and
    Z", "shows such as X, Y"): two items or more, or one of two words or more. The list ends at
    the first item that is no title ("and other reality shows", "and so on")."""
    found = []
    for tok in (doc if cues is None else cues):
        if tok.lower_ not in PLURAL_WORKS or not tok.is_lower or tok.pos_ != "NOUN":
            continue
        i = tok.i + 1 + (tok.i + 1 < len(doc) and doc[tok.i + 1].text == ",")
        if i + 1 < len(doc) and doc[i].lower_ == "such" and doc[i + 1].lower_ == "as":
            i += 2
        elif i < len(doc) and doc[i].lower_ in _LIST_CUES:
            i += 1
        else:
            continue
        items = _list_items(doc, i)
        if len(items) >= 2 or (items and len(items[0]) >= 2):
            found.extend(items)
    return found


def _list_items(doc: Doc, i: int) -> list[Span]:
    """The Title-Case runs of a list starting at ``i``, separated by commas and "and"/"or"."""
    items: list[Span] = []
    while i < len(doc) and not (items and doc[i].is_sent_start):
        if not _word(doc[i]) or (doc[i].is_sent_start and not items):
            break
        end = _run_end(doc, i, split_and=True)
        if is_owner(doc, end):  # "such as Lucio Fulci's Lo squartatore": the maker is no item
            i = end + 1
            continue
        items.append(Span(doc, i, end))
        i = end
        while i < len(doc) and doc[i].text == "," and not doc[i].is_sent_start:
            i += 1  # "Rogue One,, War for the Planet of the Apes": an empty item
        if i < len(doc) and doc[i].lower_ in ("and", "or") and not doc[i].is_sent_start:
            i += 1
        elif i == end:
            break
    return items


def headed_titles(doc: Doc, cues: Iterable[Token] | None = None) -> list[Span]:
    """Capitalised words right before a work noun that names what they are: "the Higher Learning
    soundtrack", "Parton's 1977 Here You Come Again album". Only capitalised words are taken (a
    function word before the noun is the sentence's: "Glee by the album"), two or more, and none
    NER read as a name of its own ("the Walt Disney film", "the BBC series")."""
    found = []
    for tok in (doc if cues is None else cues):
        if tok.lower_ not in WORK_HEADS or not tok.is_lower or tok.pos_ != "NOUN" or tok.i < 2:
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ in ("NOUN", "PROPN"):
            continue  # "the Led Zeppelin film director": the work noun is no head here
        start = tok.i
        while start > 0 and not doc[start].is_sent_start and capitalised(doc[start - 1]) and doc[start - 1].is_alpha \
                and tok.i - start < _MAX_TOKENS:
            start -= 1
        span = Span(doc, start, tok.i)
        if len(span) >= 2 and not span[0].is_sent_start and not any(t.ent_type_ in _NAME_TYPES for t in span):
            found.append(span)
    return found


#: NER types of names that stand on their own ("Walt Disney", "BBC"): a run holding one is no title.
_NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


def year_titles(doc: Doc, cues: Iterable[Token] | None = None) -> list[Span]:
    """A Title-Case run after a year's possessive is a work of that year: "1987's Let It Loose",
    "from 1979's Off the Wall to 2001's Invincible"."""
    found = []
    for tok in (doc if cues is None else cues):
        if tok.lower_ not in ("'s", "’s") or tok.i == 0 or tok.i + 1 >= len(doc):
            continue
        year = doc[tok.i - 1]
        if not (year.is_digit and len(year.text) == 4) or not _word(doc[tok.i + 1]) or doc[tok.i + 1].like_num:
            continue
        found.append(Span(doc, tok.i + 1, _run_end(doc, tok.i + 1, split_and=True)))
    return found

