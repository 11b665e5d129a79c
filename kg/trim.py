"""Overgrown mentions cut back to the name inside them: a word NER (or a run of proper nouns)
took in that is no part of the name. "Drummer Lars Ulrich" is Lars Ulrich, "fellow Democrat
Sidney Yates" is Sidney Yates, "King of Romania" without its office is Romania, not "of
Romania"; "NYPD Detective" is NYPD.

Each cut is a rule of ``RULES``, decided by the parse and by word classes (offices and
occupations from ``kg.lexicon.words``, function words, a country's people), never by the name
itself, and it is recorded on the mention it made (``Trimmed.rule``) so that a reader can ask
why a mention is shorter than NER's span. The trimmed mention keeps its place in the text (its
evidence), and resolution joins it to the other mentions of its entity by its now bare name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from kg.doc_arrays import doc_ent_texts, doc_ents, span_text
from kg.lexicon.countries import city_names, country_named, country_names, demonyms, uncommon_city
from kg.lexicon.languages import language_names
from kg.lexicon.english import capitalised_words, in_lexicon, singular, word_classes
from kg.lexicon.frequency import common_word
from kg.lexicon.names import registered_name
from kg.lexicon.words import (
    ADMIN_DIVISION_WORDS, CORPORATE_DESIGNATORS, NAME_PARTICLES, NAME_TITLES, OCCUPATIONS, OFFICE_WORDS,
    ORG_SUFFIXES, PERSON_EPITHETS, PERSON_TITLES, PORTFOLIO_OFFICES, PORTFOLIO_WORDS, POSSESSIVE_MARKS, POSTNOMINALS,
    ROLE_WORDS, person_title,
)
from kg.trim_numbers import leading_time_word, trailing_date, trailing_score
from kg.trim_peoples import people_after_article, people_after_kind, people_before_body, people_before_people

#: Words that describe a person or a post and are no first names ("Environmentalist", "Opposition").
_DESCRIPTOR_ENDINGS = ("ist", "ism", "tion", "sion", "ment", "ity")

#: Offices that also end names of businesses, places and works ("Burger King", "Beachy Head",
#: "Gary Player", "Sergeant Pepper"): never cut from a name's end.
_NAME_ENDING_ROLES = NAME_TITLES | frozenset(
    """general chief head host partner chair crown canon field private first second member official
    officer junior senior special principal fellow former interim incumbent honorary emeritus
    leader speaker whip justice agent owner player coach captain manager director actor artist
    writer author""".split())


@dataclass(frozen=True)
class TrimRule:
    """One way a mention is overgrown: its name, why the cut words are no part of the name,
    a sentence where it cuts and one where it must not (both are tests)."""

    name: str
    reason: str
    cuts: str
    keeps: str
    trim: Callable[[Span, str, frozenset[str]], Span | None]
    #: The fewest words a span it can cut has (a word to cut and a name to keep: two; three for
    #: "People X Y", "King of Z"; four for "Place 's X Y"). ``trim_overgrown`` never asks it of a
    #: shorter span: two spans in three are one word (6,071 asked on the 300 ABC stories, 3,912 of
    #: one word), which every rule's own guard turned away after a call and a Token or two.
    #: ``tests/unit/test_trim.py`` checks each rule cuts nothing shorter, on every span of its sentences.
    shortest: int = 2


@dataclass(frozen=True)
class Trimmed:
    """A span after ``trim_overgrown``: ``rule`` names the rule that cut it (``None``: as it was),
    ``person`` says the cut words marked it as a person's name."""

    span: Span
    rule: str | None = None
    person: bool = False
    #: the tokens a role rule cut: words for what a person is, no name of their own ("Roadie")
    dropped: tuple[int, ...] = ()
    #: the type the cut words say the rest has ("British" of "British Home Secretary": a people)
    label: str | None = None


def _written(tok: Token, original: str) -> str:
    """The word as the text writes it (truecasing may have changed the Doc's: "DBE" -> "Dbe")."""
    return original[tok.idx:tok.idx + len(tok)]


def _written_lower(tok: Token, original: str) -> bool:
    return _written(tok, original).islower()


def _leading_function_word(span: Span, original: str, lexicon: frozenset[str]) -> Span | None:
    """``of Romania``: a lower-case preposition or conjunction starts no name."""
    tok = span[0]
    if len(span) >= 2 and _written_lower(tok, original) and tok.pos_ in ("ADP", "CCONJ") \
            and span[1].text[:1].isupper():
        return span.doc[span.start + 1:span.end]
    return None


def _written_capital(tok: Token, original: str) -> bool:
    return original[tok.idx:tok.idx + 1].isupper()


def _lower_word_before_name(span: Span, original: str, lexicon: frozenset[str]) -> Span | None:
    """``supervillain Apocalypse``, ``rebrand Lenor``, ``fiancé Simone Lewis``: a word the writer
    left in lower case right before a name they capitalised (or before "of" and one: ``protégé of
    Ansel Adams``) says what the name is or what is done to it; truecasing capitalised it only
    because the lexicon lacks it. A writer who capitalises names starts none in lower case, so in
    text without case (no capital after it) nothing is cut; particles stay ("de Gaulle", "van
    Gogh"), and so does a word before a company's suffix ("huawei Technologies") or one the
    document writes capitalised elsewhere ("xi Jinping" beside "Xi")."""
    if len(span) < 2:
        return None
    tok, nxt = span[0], span[1]
    if not (tok.is_alpha and _written_lower(tok, original)) or tok.lower_ in NAME_PARTICLES \
            or tok.lower_ in capitalised_words(original):
        return None  # written capitalised elsewhere: a name the writer (or a translation) lower-cased here
    name = span[2] if nxt.pos_ == "ADP" and _written_lower(nxt, original) and len(span) > 2 else nxt
    if not (name.is_alpha and _written_capital(name, original)) or nxt.lower_ in ORG_SUFFIXES | CORPORATE_DESIGNATORS:
        return None
    return span.doc[span.start + 1:span.end]


def _language_before_its_word(span: Span, original: str, lexicon: frozenset[str]) -> Span | None:
    """``Greek leitourgia``, ``Latin subula``, ``Medieval Greek σούβλα souvla``: a language's (or a
    people's) name before a word the writer left in lower case gives where the word comes from
    (an etymology) or what kind of thing it is; the word is no part of a name (truecasing
    capitalised it only because the lexicon lacks it), and the language is a name of its own. A
    word the writer capitalised after it is a name's ("French Gendarmerie nationale")."""
    for tok in span[:-1]:
        nxt = tok.doc[tok.i + 1]
        language = tok.lower_ in language_names() or tok.lower_ in demonyms()
        if language and nxt.is_alpha and _written_lower(nxt, original):
            return span.doc[span.start:tok.i + 1]
    return None


def _role(tok: Token, lexicon: frozenset[str]) -> bool:
    """A capitalised word for what a person is or does ("Drummer", "Legendary", "Senator",
    "Opposition"); titles that are part of a name ("Saint", "Lord", "Sheikh") are not."""
    w = tok.lower_.rstrip(".")
    if not tok.text[:1].isupper() or w in NAME_TITLES:
        return False
    return w in OCCUPATIONS or w in PERSON_EPITHETS or w in OFFICE_WORDS or person_title(tok.text) \
        or w in ROLE_WORDS or (tok.is_alpha and len(w) > 6 and w.endswith(_DESCRIPTOR_ENDINGS)
                               and in_lexicon(w, lexicon))


def _person_name(rest: Span, lexicon: frozenset[str]) -> bool:
    """Words that read as a person's name: capitalised proper nouns, two or more, the last no
    everyday English word ("Lars Ulrich", "Khaleda Zia"; not "Motors Company", "Japanese Army"),
    or one that is no English word at all ("Dufek")."""
    if not all(t.text[:1].isupper() and (t.is_alpha or t.text.endswith(".")) or (
            t.lower_ in NAME_PARTICLES or t.text == "-") and 0 < t.i - rest.start < len(rest) - 1 for t in rest):
        return False  # "Khalid bin Saeed Al-Mazrouei": a particle inside, a hyphened part
    if len(rest) == 1:
        return rest[0].is_alpha and not in_lexicon(rest[0].lower_, lexicon)
    last = rest[-1]
    return not common_word(last.text) and last.pos_ in ("PROPN", "") and last.lower_ not in demonyms()


def _role_before_name(span: Span, original: str, lexicon: frozenset[str]) -> Span | None:
    """``Drummer Lars Ulrich``, ``Democrat Sidney Yates``, ``Legendary Dolly Parton``: a role,
    an office or an epithet before a person's name is no part of it; nor is an office with the
    everyday adjective that qualifies it (``Federal Chancellor Olaf Scholz``, ``Supreme Leader
    Ali Khamenei``: ``_qualifier``), which the one-word cut cannot take off ("Federal" is no role)."""
    if len(span) < 2 or span.label_ == "WORK_OF_ART":
        return None
    if _role(span[0], lexicon):
        cut = 1
    elif len(span) >= 3 and _qualifier(span[0]) and _role(span[1], lexicon):
        cut = 2
    else:
        return None
    rest = span.doc[span.start + cut:span.end]
    if len(rest) == 1 and span[cut - 1].lower_.rstrip(".") in _FORMAL_TITLES and rest[0].pos_ == "PROPN" \
            and rest[0].is_alpha and not common_word(rest[0].text):
        return rest  # "Justice Curtis said": a surname WordNet knows ("Curtis"), after a formal title
    return rest if _person_name(rest, lexicon) else None


#: Titles written before a surname alone ("Justice Curtis", "Senator Kennedy").
_FORMAL_TITLES = PERSON_TITLES | frozenset({"justice"})


def _qualifier(tok: Token) -> bool:
    """A capitalised everyday adjective (WordNet's) that can qualify an office ("Federal",
    "Supreme", "Foreign"; not the first name of "Joseph Cardinal Ratzinger"): no country, people,
    title that is part of a name, nor a word the document's NER takes for a name elsewhere."""
    return tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper and common_word(tok.text) \
        and tok.lower_ in word_classes()["adj"] and tok.ent_type_ not in ("NORP", "GPE") \
        and tok.lower_ not in demonyms() and country_named(tok.text) is None and tok.lower_ not in NAME_TITLES \
        and not any(text == tok.text and e.start != tok.i for e, text in zip(doc_ents(tok.doc), doc_ent_texts(tok.doc)))


#: Nouns for a kind of body that news translated from German, Russian or French writes capitalised
#: before the body's name ("the Company Volkswagen", "the Concern Rosneft", "the Agency Xinhua").
#: "Bank" and "Group" are left out: they start real names ("Bank Leumi", "Group Lotus").
_KIND_WORDS = frozenset("company agency concern corporation firm enterprise holding carrier operator".split())


def _kind_before_name(span: Span, original: str, lexicon: frozenset[str]) -> Span | None:
    """``Company Volkswagen`` after "the": a kind of body, capitalised, before the body's own name
    (one to three capitalised words, the first no everyday word or an acronym) says what the body
    is; edited English writes "the carmaker Volkswagen". Names with the kind before "of" stay
    ("Company of Heroes"), and so do a kind before a legal form ("Company Limited") or an
    everyday word ("the Company Store")."""
    doc = span.doc
    if len(span) < 2 or span.label_ not in ("ORG", "") or span[0].lower_ not in _KIND_WORDS \
            or not span[0].text[:1].isupper() or span.start == 0 or doc[span.start - 1].lower_ != "the":
        return None
    rest = doc[span.start + 1:span.end]
    words = [t for t in rest if t.text not in ("-", "–")]
    first = rest[0]
    if len(words) > 3 or not all(t.is_alpha and t.text[:1].isupper() for t in words) \
            or any(t.lower_ in CORPORATE_DESIGNATORS or t.lower_ in ORG_SUFFIXES for t in words) \
            or first.lower_ in demonyms() or country_named(first.text) is not None \
            or not ((first.is_upper and len(first) >= 2) or not common_word(first.text)):
        return None
    return rest


def _people_before_name(span: Span, original: str, lexicon: frozenset[str]) -> Span | None:
    """``Minnesotan Peter Ostroushko``: a people's adjective before a person's full name is
    their nationality, not their first name (a person's one-word name keeps it: "Christian")."""
    if len(span) < 3 or span.label_ != "PERSON" or span[0].lower_ not in demonyms():
        return None
    rest = span.doc[span.start + 1:span.end]
    return rest if _person_name(rest, lexicon) else None


def _place_owns_name(span: Span, original: str, lexicon: frozenset[str]) -> Span | None:
    """``Cyprus' Alexandros Panayi``, ``Norway's Ole Gunnar Solskjaer``: a country or city in the
    possessive before a full name says whose entrant or citizen the person is; the name is the rest
    (two words or more, read as a person's: ``_person_name``). "McDonald's Corporation" is no place's."""
    for tok in span[1:-2]:
        owner = span.doc[span.start:tok.i]
        if tok.text in POSSESSIVE_MARKS and (country_named(owner.text) or owner.text.lower() in city_names()):
            rest = span.doc[tok.i + 1:span.end]
            return rest if _person_name(rest, lexicon) else None
    return None


def _role_after_name(span: Span, original: str, lexicon: frozenset[str]) -> Span | None:
    """``NYPD Detective``, ``Soviet Armenian Grandmaster``: a name followed by an occupation
    names a person by what they do, and the name is the body or people before it. A person's
    name keeps its last word ("Gary Player"), and so do roles that end names of businesses."""
    if len(span) < 2 or span.label_ in ("PERSON", "WORK_OF_ART"):
        return None
    last = span[-1]
    w = last.lower_
    if not (w in OCCUPATIONS or w in OFFICE_WORDS) or w in _NAME_ENDING_ROLES:
        return None
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if nxt is not None and nxt.text[:1].isupper() and not nxt.is_sent_start:
        return None  # a title before a name: the name after it is the mention's business
    rest = span.doc[span.start:span.end - 1]
    named = any(t.is_alpha and (t.is_upper or t.lower_ in demonyms() or not in_lexicon(t.lower_, lexicon))
                for t in rest)  # "NYPD", "Soviet Armenian"; not "Best Supporting", "Assistant Corporation"
    return rest if named and rest[-1].text[:1].isupper() and rest[-1].pos_ != "ADP" else None


def _office_word(tok: Token) -> bool:
    w = tok.lower_.rstrip(".")
    offices = OFFICE_WORDS | NAME_TITLES | PERSON_TITLES
    return w in offices or (w.endswith("s") and w[:-1] in offices)


def _people_before_office(span: Span, original: str, lexicon: frozenset[str]) -> Span | None:
    """``Spanish Viceroy``, ``Russian Tsars``: a people's adjective before offices names their
    holders by their people; the only name in it is the people's. The adjective is a country's
    people (``demonyms``) or a word the document's NER calls a people elsewhere."""
    if len(span) < 2 or span.label_ in ("PERSON", "WORK_OF_ART") or not all(_office_word(t) for t in span[1:]):
        return None
    first = span[0]
    if first.lower_ in demonyms() or any(e.label_ == "NORP" and text == first.text for e, text in zip(doc_ents(span.doc), doc_ent_texts(span.doc))):
        return span.doc[span.start:span.start + 1]  # a people's adjective, or one NER reads as one elsewhere
    return None


def _title_before_place(span: Span, original: str, lexicon: frozenset[str]) -> Span | None:
    """``King of Romania``, ``Prince of Wales`` that NER calls a place: the title of the place's
    ruler is no part of the place's name (NER's own type says the name is the place)."""
    if len(span) < 3 or span.label_ not in ("GPE", "LOC") or span[1].lower_ != "of":
        return None
    w = span[0].lower_.rstrip(".")
    if w not in NAME_TITLES and w not in OFFICE_WORDS:
        return None
    start = span.start + 2 + (span[2].lower_ == "the" and len(span) > 3)
    return span.doc[start:span.end] if span.doc[start].text[:1].isupper() else None


def _title_before_person(span: Span, original: str, lexicon: frozenset[str]) -> Span | None:
    """``New South Wales Premier`` before "Bob Carr": a run of proper nouns that NER left runs
    from the body or place into the title of the person named next; the title is no part of it,
    nor are the words before it that make it a longer title ("Ridgeback Chief Executive Andrew
    Koekemoer", "Zuiderkoffie Managing Director Anneke de Wit", where NER stopped inside it).
    Cut only where the rest is a name the document's NER finds elsewhere, a country or a one-word
    city of the gazetteer that is no everyday word ("Kyiv Mayor Vitali Klitschko"), a place's name
    by its last word ("Tana River Governor Abdi Galgalo", ``_PLACE_ENDS``), a company's registered name
    ("Tesla Inc Chief Executive Elon Musk"), or a word no
    everyday one the document writes elsewhere inside a sentence ("Johor Datuk Azman Hakim Yusof"
    after "Kulai, Johor"): "Police
    Minister David Llewellyn" leaves no "Police" (a Polish town's name too)."""
    if len(span) < 2 or span.label_ in ("PERSON", "WORK_OF_ART"):
        return None
    doc, cut = span.doc, span.end
    while cut - 1 > span.start and doc[cut - 1].lower_.rstrip(".") in _TITLE_RUN:
        cut -= 1
    after = span.end
    while after < len(doc) and after - span.end < 3 and doc[after].lower_.rstrip(".") in _TITLE_RUN \
            and doc[after].text[:1].isupper():
        after += 1  # "Zuiderkoffie Managing" + "Director Anneke de Wit"
    w = doc[after - 1].lower_.rstrip(".")
    if cut == span.end or w not in PERSON_TITLES and w not in OFFICE_WORDS and w != "executive" \
            or w in _NAME_ENDING_ROLES and after - cut < 2:
        return None
    nxt = doc[after] if after < len(doc) else None
    if nxt is None or nxt.ent_type_ != "PERSON" or nxt.is_sent_start or nxt.ent_iob_ != "B" and doc[after - 1].ent_iob_ != "B":
        return None  # NER's person may open on the title ("Johor" + "Datuk Azman Hakim Yusof")
    rest = doc[span.start:cut]
    if not rest[-1].text[:1].isupper() or rest[-1].pos_ == "ADP":
        return None
    text = span_text(rest)
    named = text.lower() in country_names() or (len(rest) == 1 and (uncommon_city(text) or not common_word(
        text) and any(t.text == text and not t.is_sent_start and t.i != rest.start for t in doc))) \
        or any(own == text and e.start != span.start for e, own in zip(doc_ents(doc), doc_ent_texts(doc))) \
        or len(rest) >= 2 and (rest[-1].lower_ in _PLACE_ENDS or registered_name(text))  # "Kulai, Johor": a name
    # too; "Tana River Governor X", "Tesla Inc Chief Executive X" (a legal form: a company's name)
    return rest if named else None


#: Last words of a place's name before its ruler's title ("Tana River Governor Abdi Galgalo").
_PLACE_ENDS = ADMIN_DIVISION_WORDS | {"river", "valley", "city", "island", "islands"}
#: Words of a title written before a person's name ("Chief Executive", "Managing Director").
_TITLE_RUN = PERSON_TITLES | OFFICE_WORDS | frozenset({"executive", "managing", "operating", "financial"})


def _portfolio_before_title(span: Span, original: str, lexicon: frozenset[str]) -> Span | None:
    """``British Home`` / ``US Defence`` / ``Pakistan Foreign`` before "Secretary"/"Minister": NER
    ran a country (or its people's adjective) into the portfolio of the office written next
    ("British Home Secretary David Blunkett", "US Defence Secretary Donald Rumsfeld"). The
    portfolio is the office's, not the country's: the name is the country alone (typed a place,
    or a people for an adjective), which the title and nationality rules then read as the
    holder's. Cut only portfolio words (``PORTFOLIO_WORDS``) before a capitalised office
    (``PORTFOLIO_OFFICES``), and only when the rest is a country or a people's adjective:
    "Australian Federal Police Commissioner" keeps its name."""
    if len(span) < 2 or span.label_ in ("PERSON", "WORK_OF_ART"):
        return None
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    office = lambda t: t.text[:1].isupper() and t.lower_ in PORTFOLIO_OFFICES  # noqa: E731
    if nxt is None or not (office(nxt) or nxt.lower_ in _AND and any(office(t) for t in doc[span.end + 1:span.end + 5])):
        return None  # also "Turkish Transport" + "and Infrastructure Minister Kemal Uysal"
    for k in range(len(span) - 1, 0, -1):
        if not (span[k].text[:1].isupper() and span[k].lower_ in PORTFOLIO_WORDS or span[k].lower_ in _AND):
            return None  # "Turkish Energy and Natural Resources" before "Minister"
        rest = span[:k]
        if len(rest) == 1 and rest.text.lower() in demonyms():
            return Span(doc, span.start, span.start + k, label="NORP")
        if rest.text.lower() in country_names() or country_named(rest.text):
            return Span(doc, span.start, span.start + k, label="GPE")
    return None


_AND = frozenset({"and", "&"})


def _postnominals(span: Span, original: str, lexicon: frozenset[str]) -> Span | None:
    """``Amina Odhiambo-Clarke DBE FRS``: the letters after a full name of two words or more are
    the person's honours and degrees, no part of the name (``POSTNOMINALS``)."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].is_title and doc[span.end].is_alpha:
        return None  # "Federal Labor MP Kim Beazley": a title before the next name, not after this one
    end = span.end  # as written: truecasing may have made "DBE" a name's "Dbe"
    while end - span.start > 2 and _written(span.doc[end - 1], original).rstrip(".") in POSTNOMINALS:
        end -= 1
    rest = span.doc[span.start:end]
    return rest if end < span.end and rest[-1].text[:1].isupper() else None


def _lower_tail_of(span: Span, original: str, lexicon: frozenset[str]) -> Span | None:
    """``Supreme Court of charges of fraud`` ("absolved by the Supreme Court of charges of fraud"):
    truecasing took the words after "of" for an institution's field and NER ran the name on; "of"
    and a tail the writer wrote in lower case are no part of the name when the tail opens on a
    determiner, or on a plural with an "of" of its own ("Bank of America" has its capital;
    "Institute of technology", "Department of veterans affairs", written so, stay)."""
    words = list(span)
    for k in range(1, len(words) - 1):
        tail = [_written(t, original) for t in words[k + 1:]]
        if words[k].lower_ == "of" and words[k - 1].text[:1].isupper() and all(w.isalpha() and w.islower() for w in tail) \
                and (tail[0] in _DETERMINERS or singular(tail[0]) != tail[0] and "of" in tail[1:]):
            return span.doc[span.start:span.start + k]
    return None


_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "this", "these"})


#: The rules, in the order they are tried; a cut span is tried again from the first rule.
RULES: tuple[TrimRule, ...] = (
    TrimRule("leading_function_word", "a lower-case preposition or conjunction starts no name",
             "of Romania", "Of Mice and Men", _leading_function_word),
    TrimRule("leading_time_word", "the word for when a sentence opens on is no part of the name after it",
             "Yesterday Qantas", "Tonight Show", leading_time_word),
    TrimRule("lower_word_before_name", "a word left in lower case before a capitalised name is no part of it",
             "supervillain Apocalypse", "de Gaulle", _lower_word_before_name),
    TrimRule("language_before_its_word", "a language's name before a lower-case word gives the word's origin",
             "Greek leitourgia", "French Gendarmerie nationale", _language_before_its_word),
    TrimRule("role_before_name", "a role, office or epithet before a person's name is no part of it",
             "Drummer Lars Ulrich", "General Motors Company", _role_before_name),
    TrimRule("kind_before_name", "a capitalised kind of body before the body's name says what it is",
             "the Company Volkswagen", "Company of Heroes", _kind_before_name),
    TrimRule("people_before_name", "a people's adjective before a person's full name is a nationality",
             "Norwegian Peter Olsen", "Christian Atsu", _people_before_name, shortest=3),
    TrimRule("place_owns_name", "a place in the possessive before a person's name says whose the person is",
             "Cyprus' Alexandros Panayi", "McDonald's Corporation", _place_owns_name, shortest=4),
    TrimRule("people_before_people", "a people named by two people's adjectives is the people of the last",
             "Japanese Americans", "Anglo-Catholics", people_before_people),
    TrimRule("people_before_body", "a people's adjective before a registered name the text writes without it is its nationality",
             "Japanese Kanda Shoji Co., Ltd.", "American Express Company", people_before_body, shortest=3),
    TrimRule("people_after_kind", "a people's adjective after a lower-case noun of a body's kind is the noun's",
             "the group Brazilian Bastos Capital", "the band American Football", people_after_kind),
    TrimRule("people_before_office", "a people's adjective before an office names its holder by their people",
             "Spanish Viceroy", "Spanish Navy", _people_before_office),
    TrimRule("people_after_article", "a people's adjective after the article, before a name of no English word, is its nationality",
             "signed with the Italian Eni", "the American Football League", people_after_article),
    TrimRule("title_before_place", "the title of a place's ruler is no part of the place's name",
             "King of Romania", "Republic of Ireland", _title_before_place, shortest=3),
    TrimRule("trailing_date", "a date NER ran into is no part of the name",
             "Battle of Midway 4", "Windows 10", trailing_date),
    TrimRule("trailing_score", "a side's score, or a number after a place or a person, is no part of the name",
             "Chelsea 2-1", "Racing 92", trailing_score),
    TrimRule("lower_tail_of", "\"of\" and the sentence's words after a name are no part of it",
             "Supreme Court of charges", "Bank of America", _lower_tail_of, shortest=3),
    TrimRule("role_after_name", "a name followed by an occupation names a person by what they do",
             "NYPD Detective", "Gary Player", _role_after_name),
    TrimRule("title_before_person", "the title of the person named next is no part of the name before it",
             "New South Wales Premier", "Burger King", _title_before_person),
    TrimRule("portfolio_before_title", "the portfolio of the office named next is no part of the country before it",
             "British Home Secretary", "Australian Federal Police Commissioner", _portfolio_before_title),
    TrimRule("postnominals", "honours and degrees written after a person's full name are no part of it",
             "Amina Odhiambo DBE FRS", "Queen Mary", _postnominals, shortest=3),
)

#: The rules that can cut a span of each length, in ``RULES``' order (index: the span's length,
#: capped at ``_LONGEST``; a one-word span has none).
_LONGEST = max(r.shortest for r in RULES)
_RULES_BY_LENGTH: tuple[tuple[TrimRule, ...], ...] = tuple(
    tuple(r for r in RULES if r.shortest <= n) for n in range(_LONGEST + 1))


def trim_overgrown(span: Span, original: str, lexicon: frozenset[str]) -> Trimmed:
    """``span`` cut back to the name inside it by ``RULES`` (at most a few words: each rule
    cuts one word, and a name keeps at least one). The cut span keeps ``span``'s label, except
    that a role cut before a name makes it a person's ("Legendary Dolly Parton", typed ORG), and
    a rule that types its cut ("British" of "British Home": a people) gives that type."""
    rule, person, dropped, label = None, False, [], None
    for _ in range(3):
        for r in _RULES_BY_LENGTH[min(len(span), _LONGEST)]:
            cut = r.trim(span, original, lexicon)
            if cut is not None and len(cut):
                person = person or r.name in _PERSON_RULES
                if r.name in _ROLE_RULES:
                    dropped += [i for i in range(span.start, span.end) if not cut.start <= i < cut.end]
                label = cut.label_ or label
                span, rule = Span(span.doc, cut.start, cut.end, label=cut.label or span.label), r.name
                break
        else:
            break
    return Trimmed(span, rule, person, tuple(dropped), label)


#: Rules whose cut words mark the rest as a person's name, and rules whose cut words are roles.
_PERSON_RULES = frozenset({"role_before_name", "people_before_name", "postnominals"})
#: (a word left in lower case before a name, or after a language's name, is no name either).
#: A kind of body cut before its name is no name either ("Company"), nor the sentence's words after
#: "of" ("charges of fraud").
_ROLE_RULES = frozenset({"role_before_name", "role_after_name", "lower_word_before_name", "language_before_its_word",
                         "kind_before_name", "portfolio_before_title", "lower_tail_of"})


def cut_overgrown(span: Span | None, original: str, lexicon: frozenset[str],
                  taken: list[bool]) -> tuple[Span | None, str | None]:
    """``trim_overgrown`` for ``kg.entities``: the cut span (``None`` stays ``None``) and the type
    the cut words gave it (PERSON: they made it a person's name; NORP/GPE: a country's before a
    portfolio), else None; the roles cut ("Drummer") are marked in ``taken``, the document's
    tokens already spoken for, so that no other source makes a name of them."""
    if span is None:
        return None, None
    cut = trim_overgrown(span, original, lexicon)
    for i in cut.dropped:
        taken[i] = True
    return cut.span, "PERSON" if cut.person else cut.label
