"""kg's own spaCy pipeline components (registered when this module is imported)."""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy
from spacy.attrs import IS_SPACE, LEMMA, ORTH, POS
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Span, Token

from kg.doc_arrays import doc_text
from kg.headlines import headline_end
from kg.lexicon.words import TITLE_ABBREVIATIONS


#: Characters that end a sentence at the end of a line (closing quotes and brackets may follow).
SENTENCE_END = re.compile(r"[.!?][\"'”’»)\]]*$")
#: "Mr.", "Dr.", "W." (an initial): a line ending in one may be a name wrapped over two lines.
_WRAPPED_ABBREVIATION = re.compile(r"^(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof|St|Sen|Rep|Gov|Gen|Col|Lt|Capt|No|Nos|Jr|Sr)\.$")


#: Roman numerals a ruler's or a generation's name ends with.
_NUMERAL = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})")


@Language.component(
    "kg_paragraph_boundaries",
    assigns=["token.is_sent_start"],
    requires=["token.text"],
)
def paragraph_boundaries(doc: Doc) -> Doc:
    """Line breaks the parser would read through: evidence never spans two paragraphs or lines.

    No sentence starts at a regnal number right after a proper noun ("Duke Léopold I, and ...",
    "Felix Dias Bandaranaike I, who ..."), where the parser reads a new subject "I", nor after a
    title the tokenizer cut from its full stop ("Smt. Sushma Kharkwal", "Hon. Jerry Silaa").
    A blank line always ends a sentence, and the first word of a line is no sentence by itself
    (after a title line, the parser cut "Lagos" from "Lagos Lullaby is the debut studio album").
    A single line break ends one after a title line (``headline_end``), and when the line ends a
    sentence ("… Norway." then "Angell was born …"; not after an initial such as "W."), and
    always in a text written one sentence a line (most lines end a sentence, as in Re-DocRED or
    subtitles), where a line may also end without a full stop. Hard-wrapped news, whose lines end
    mid-sentence, keeps its single line breaks inside sentences.
    """
    text = doc_text(doc)
    every_line = _one_sentence_a_line(text)
    # The token walks below visit only the tokens they can change, found from the Doc's arrays:
    # building a Token object for each word of every document was most of this component's time.
    orths = doc.to_array(ORTH)
    strings = doc.vocab.strings
    numerals = [o for o in set(orths.tolist()) if _NUMERAL.fullmatch(strings[o])]
    for i in (numpy.flatnonzero(numpy.isin(orths, numerals)).tolist() if numerals else ()):
        # "Duke Léopold I, and his daughters": the parser starts a sentence at "I"
        if i > 0 and doc[i - 1].tag_ == "NNP" and doc[i - 1].whitespace_ == " ":
            doc[i].is_sent_start = False
    stop = doc.vocab.strings["."]
    # ``orths[1:-1]`` shifts the indices by one: each ``title`` is the word right before a full stop
    # that has a word after it ("The Mayor of Lucknow Smt. Sushma Kharkwal")
    for title in numpy.flatnonzero(orths[1:-1] == stop).tolist():
        if doc[title].lower_ in TITLE_ABBREVIATIONS and doc[title].whitespace_ == "" \
                and doc[title + 2].text[:1].isupper():
            doc[title + 2].is_sent_start = False
    _no_start_in_brackets(doc, orths)
    title = headline_end(text) if "\n" in text else -1
    for i in (numpy.flatnonzero(doc.to_array(IS_SPACE)[:-1]).tolist() if "\n" in text else ()):
        tok = doc[i]
        if "\n" not in tok.text:
            continue
        nxt = doc[tok.i + 1]
        if tok.text.count("\n") >= 2 or every_line:
            nxt.is_sent_start = True
        elif tok.i > 0 and (_ends_sentence(doc[tok.i - 1].text) and _starts_sentence(nxt.text) or tok.idx == title):
            nxt.is_sent_start = True  # … or a title line's end ("Tomas Velinder" above "Tomas Velinder (born …")
        if nxt.is_sent_start and nxt.i + 1 < len(doc) and nxt.is_alpha and nxt.whitespace_ and doc[nxt.i + 1].is_alpha:
            doc[nxt.i + 1].is_sent_start = False  # "Lagos" | "Lullaby is the debut album": no one-word sentence
    starts: dict[int, Token] | None = None
    found = list(DATELINE.finditer(text))
    # a text written one sentence a line (wire copy, a paragraph a sentence; Re-DocRED) keeps a
    # bare dateline on its first line only, and only with a date, an agency or a country before
    # the dash, an article after it, or its place in capitals ("Lagos, Nigeria - Dangote Group …",
    # "Abidjan - The Council …", "LUSAKA - Zambia has …"; not "Mercedes - Benz is …")
    found += [m for m in place_datelines(text) if not every_line or (_headline_at_most(text[:m.start()]) and (
        any(c in text[m.end("place"):m.end()] for c in ",.(/") or m["place"].isupper()
        or text.startswith(("The ", "A ", "An "), m.end())))]
    for m in found:  # "BUENOS AIRES, 15.01.2024 (Télam) - The president met"
        if starts is None:
            starts = {tok.idx: tok for tok in doc}
        tok = starts.get(m.end())
        if tok is not None and tok.i > 0 and _starts_sentence(tok.text):
            tok.is_sent_start = True
            for nxt in doc[tok.i + 1:tok.i + 4]:  # "MUMBAI - Kalinda Pharmaceuticals said": the parser
                if not (nxt.is_alpha and nxt.text[:1].isupper()):  # split the name after the dateline
                    break
                nxt.is_sent_start = False
        slash = starts.get(m.start() + m.group().find(" / ") + 1) if " / " in m.group() else None
        if slash is not None and slash.i > 0:  # "Ankara / AA /": NER runs the place into the agency
            slash.is_sent_start = True
    return doc


#: The longest bracket (in tokens) that is read as one aside, never a sentence of its own.
_ASIDE_TOKENS = 40


def _no_start_in_brackets(doc: Doc, orths: numpy.ndarray) -> None:
    """No sentence starts inside a short bracket on one line with no full stop, nor at a lower-case
    word right after it: "Maria Kowalczyk (born 14 May 1961 in Kraków) is a Polish biochemist" was
    cut after "14" into "Maria Kowalczyk (born 14" and "May 1961 in Kraków) is …", so nothing said
    who the biochemist is. A bracket of whole sentences ("(The firm declined to comment.)") keeps
    the parser's reading."""
    strings = doc.vocab.strings
    # as the walks above: only the brackets are visited, found from the Doc's array
    marks = numpy.flatnonzero(numpy.isin(orths, [strings["("], strings[")"]])).tolist()
    ends = [strings[p] for p in (".", "!", "?")]
    for start, i in zip(marks, marks[1:]):
        if doc[start].text != "(" or doc[i].text != ")" or i - start > _ASIDE_TOKENS \
                or numpy.isin(orths[start + 1:i], ends).any():
            continue  # the innermost pair only: "(" then the next mark a ")"
        inner = doc[start + 1:i + 1]
        if "\n" not in inner.text:
            for tok in inner:
                tok.is_sent_start = False
            if i + 1 < len(doc) and doc[i + 1].is_lower:
                doc[i + 1].is_sent_start = False  # "(born 1961) is"


def _headline_at_most(before: str) -> bool:
    """Nothing but a headline stands before a dateline: no text, or one line that ends in no
    full stop ("Tamsin found guilty of fraud" above "AUCKLAND - Richard Tamsin …"); a sentence
    before it means the dash is no dateline's."""
    lines = [line.strip() for line in before.split("\n") if line.strip()]
    return not lines or len(lines) == 1 and not lines[0].endswith((".", "!", "?", ":", ";"))




#: The agency between slashes that ends a dateline of Russian and Central Asian wires, with no dash
#: ("MOSCOW, April 2. /TASS/.", "TASHKENT, 14 May. /UzA/."), or right after the place, as Anadolu
#: writes it ("Ankara / AA /"): an alternative of the patterns below.
_SLASHED = r"|,[^\n/()]{1,30}/[A-Za-z][^/\n]{0,20}/\.?| / ?[A-Z][A-Za-z]{1,10} ?/"
#: A date, then the agency in capitals and a full stop, with no dash ("Baku, 14 March, AZERTAC.").
_AGENCY_STOP = r"|,[^\n()\-–—.]{1,30}, [A-Z][A-Z-]{2,}\."
#: A dateline of a place not in capitals: a place, maybe a date or an agency, and a spaced dash
#: opening a line ("BRUSSELS - NATO's chief said", "Mexico City - Pemex reported", "Hanoi (VNA) -
#: Prime Minister …", "Astana, 3 July. Kazinform - Head of State …", "Astana. 20 February.
#: Kazinform - …"). Only a place the gazetteer knows makes one (``place_datelines``), and only in a
#: story's first lines.
PLACE_DATELINE = re.compile(r"(?m)^[ \t]*(?P<place>[A-ZÀ-ÖØ-ÞİŁŚŽČ][\w'’.]*(?: [A-Z][\w'’.]*){0,3})"
                            r"(?:(?:[,.][^\n()\-–—]{1,30}(?: ?\([^()\n]{1,40}\))?| ?\([^()\n]{1,40}\))?"
                            r" (?:-{1,2}|–|—)" + _SLASHED + _AGENCY_STOP + r") (?=[A-Z])")
#: Last words of a news agency's name opening a dateline before its place ("Xinhua News Agency, Beijing, …").
_AGENCY_WORDS = frozenset({"Agency", "News", "Press", "Service", "Wire"})
#: How many lines from a document's start a bare dateline may open (a headline, a blank line, a by-line).
_DATELINE_LINES = 4


def place_datelines(text: str) -> list[re.Match[str]]:
    """Bare datelines (``PLACE_DATELINE``) in the first lines of ``text`` whose place is a city or
    a country: "Berlin - Chancellor Olaf Scholz met", not "Mercedes - Benz" in a text written one
    sentence a line (the caller asks for prose only), nor "CKNL - FM" (no place), nor two places
    joined ("The Cambodia – Vietnam Friendship Monument", "Australia – Chile Free Trade Agreement");
    and a news agency's name before a known place ("Xinhua News Agency, Beijing, April 12 --")."""
    from kg.lexicon.big_cities import city_or_country as place

    def joined(m: re.Match[str]) -> bool:  # "Australia – Chile Free Trade Agreement"; not "Nairobi, 12 June
        # (Xinhua) - Kenya Airways …": a date or an agency before the dash makes a dateline
        after = re.split(r"[\s'’]", head[m.end():], maxsplit=1)[0]  # not "BERLIN - Ethiopia's Tadesse …":
        return not any(c in head[m.end("place"):m.end()] for c in ",.(/") and place(after) \
            and not (m["place"].isupper() and not after.isupper())  # a dateline in capitals, then the story

    def agency(m: re.Match[str]) -> bool:  # "Xinhua News Agency, Beijing, April 12 -- Chinese Premier …"
        rest = head[m.end("place"):m.end()]  # (translated Chinese wire copy): the agency, then its place
        return m["place"].split()[-1] in _AGENCY_WORDS and rest.startswith(", ") and place(rest[2:].split(",")[0])

    head = "\n".join(text.split("\n")[:_DATELINE_LINES])
    return [m for m in PLACE_DATELINE.finditer(head) if (place(m["place"]) and not joined(m) or agency(m))
            and not m["place"].startswith("The ")]


#: A wire dateline at a line's start: a place in capitals, a date or an agency, a dash ("MOSCOW,
#: 3 June (TASS) -", "ANKARA (AA) -", "BEIJING, April 6 (Xinhua) --", "ASTANA. KAZINFORM -"; a colon
#: after the agency: "ISLAMABAD, Feb 20 (APP):"). The story's first sentence
#: starts after it: the parser otherwise reads the place as the subject of the story's verb or
#: the verb as a clause hung on the place ("MEXICO CITY, 1 Jul. - The president … announced").
#: A date or an agency is needed: "CKNL - FM is a radio station" is a name with a dash.
DATELINE = re.compile(r"(?m)^[ \t]*[A-Z][A-Z'’.]+(?:[ /-][A-Z][A-Z'’.]+){0,3}"
                      r"(?:(?:[,.][^\n()\-–—]{1,30}(?: ?\([^()\n]{1,40}\))?| ?\([^()\n]{1,40}\)) ?(?:-{1,2}|–|—|(?<=\)):)"
                      + _SLASHED + _AGENCY_STOP + r") ?")


def _ends_sentence(word: str) -> bool:
    return bool(SENTENCE_END.search(word)) and not _WRAPPED_ABBREVIATION.match(word)


def _starts_sentence(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit() or word[:1] in "\"'“‘(["


def _one_sentence_a_line(text: str) -> bool:
    """Do at least three quarters of the lines (three or more) end a sentence?"""
    lines = [line.strip() for line in text.split("\n")]
    lines = [line for line in lines if line]
    if len(lines) < 3:
        return len(lines) == 2 and all(SENTENCE_END.search(line) for line in lines)
    return sum(bool(SENTENCE_END.search(line)) for line in lines) * 4 >= len(lines) * 3


#: Parts of speech whose lemmas the extractors read (relation labels, hedges, speech and copula
#: verbs). Other tokens keep what the attribute ruler gave them (pronouns) or none: ~8 % of a parse
#: saved (see ``VerbLemmas``).
LEMMATIZED_POS = frozenset({"VERB", "AUX"})
_LEMMATIZED_POS_IDS = sorted(POS_IDS[pos] for pos in LEMMATIZED_POS)


class VerbLemmas:
    """Lemmatize verbs and auxiliaries only, with the pipeline's own (disabled) lemmatizer.

    kg reads ``lemma_`` of verbs alone, yet spaCy's lemmatizer runs its Python rules on every
    token. This component gives those verbs exactly the lemma the lemmatizer would.
    """

    def __init__(self, lemmatize: Callable[[Token], list[str]]) -> None:
        self.lemmatize = lemmatize

    def __call__(self, doc: Doc) -> Doc:
        # Only the tokens without a lemma whose part of speech is read, found from the Doc's
        # arrays (a Token object for every word was half of this component's time).
        found = doc.to_array([LEMMA, POS])
        wanted = numpy.isin(found[:, 1], _LEMMATIZED_POS_IDS) & (found[:, 0] == 0)
        for i in numpy.flatnonzero(wanted).tolist():
            token = doc[i]
            token.lemma_ = self.lemmatize(token)[0]
        return doc


@Language.factory("kg_verb_lemmas", assigns=["token.lemma"], requires=["token.pos"])
def make_verb_lemmas(nlp: Language, name: str) -> VerbLemmas:
    lemmatizer = nlp.get_pipe("lemmatizer")
    _index_as_sets(lemmatizer.lookups)
    return VerbLemmas(lemmatizer.lemmatize)


def _index_as_sets(lookups: object) -> None:
    """The rule lemmatizer asks ``form in index`` of every candidate form, and the index of a part
    of speech is a list (11,000 verbs): a scan each time, a third of a verb's lemmatizing. As sets
    the answers, hence the lemmas, are the same; truecasing's lexicon (``kg.lexicon.english``)
    only iterates them."""
    try:
        index = lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    except (KeyError, AttributeError):
        return
    for pos, forms in list(index.items()):
        if isinstance(forms, list):
            index[pos] = frozenset(forms)


def dateline_place(span: Span) -> bool:
    """``span``, in capitals, opens a wire dateline (``DATELINE``): "PARIS" in "PARIS, 16 April
    (AFP) - The President …" is a place's name, though a capital at a sentence start is no
    evidence of one (NER, reading on from a headline without a full stop, often leaves it); so is
    a known place opening a bare dateline, in capitals or not ("BRUSSELS - NATO's chief said",
    "Seoul - Samsung said", ``place_datelines``)."""
    text = doc_text(span.doc)
    name = text[span.start_char:span.end_char]  # ``span.text``, with no Token built per word
    if sum(c.isalpha() for c in name) <= 2:
        return False
    if name.isupper() and DATELINE.match(text, span.start_char) is not None:
        return True
    if name.isupper() and span.start_char > 0 and text[span.start_char - 1] == "/":  # "TOKYO/PERTH, Feb 15 (…) -"
        line = DATELINE.match(text, text.rfind("\n", 0, span.start_char) + 1)
        return line is not None and line.end() > span.end_char
    bare = PLACE_DATELINE.match(text, span.start_char)  # "BRUSSELS - NATO's chief said", "Seoul - "
    return bare is not None and bare["place"] == name and name.split()[-1] not in _AGENCY_WORDS \
        and _known_dateline(text, bare)  # "Xinhua News Agency, Beijing, …": the agency is no place


def _known_dateline(text: str, bare: re.Match[str]) -> bool:
    """A ``PLACE_DATELINE`` match is a dateline ``place_datelines`` accepts (a known place, in a
    story's first lines)."""
    return any(m.start() == bare.start() for m in place_datelines(text))


def dateline_agency(span: Span) -> bool:
    """``span`` is the agency in brackets or slashes of a wire dateline ("Seoul, 5 March (Yonhap)
    --", "BEIJING (Xinhua) -", "TASHKENT, 14 May. /UzA/.", "Baku, 14 March, AZERTAC."): a news
    agency, whatever NER read."""
    text = doc_text(span.doc)
    if (text[span.start_char - 1:span.start_char], text[span.end_char:span.end_char + 1]) not in (
            ("(", ")"), ("/", "/"), (" ", ".")) or text[span.end_char:span.end_char + 1] == "." and not span.text.isupper():
        return False  # also "Baku, 14 March, AZERTAC.": the agency in capitals before the full stop
    line = text.rfind("\n", 0, span.start_char) + 1
    found = DATELINE.match(text, line)
    if found is None and (bare := PLACE_DATELINE.match(text, line)) is not None and _known_dateline(text, bare):
        found = bare
    return found is not None and span.end_char < found.end()
