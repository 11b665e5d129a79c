"""Names and titles in another language inside English text: "Contra viento y marea", "Le temps
perdu", "Association des écrivains de langue française", "Iaşii şi locuitorii lui".

Such a name is written in sentence case, so its words after the first are in lower case, and
NER cuts it into pieces ("Contra viento" | "marea", "Le" | "perdu") or reads one piece as a person.
In English text, lower-case words that are no English words (the WordNet index, ``in_lexicon``)
and the particles of other languages ("de", "y", "di", "des") right after a capitalised word are
that word's name going on. The rule asks for more than one such word, one of them a content word
of no English, and for fewer English words among them than foreign ones, so an English verb that
the lexicon misses after a name ("Trump livestreamed") and an English phrase with one foreign
word ("Mola, a comune of Bari") stay out.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.doc_arrays import sentence_numbers
from kg.lexicon.english import in_lexicon
from kg.lexicon.words import JOINING_PARTICLES
from kg.place_particles import particle_end, particle_start

#: At most this many lower-case words follow the capitalised first word of a foreign name.
_LONGEST = 8


def _kind(tok: Token, lexicon: frozenset[str], recased: frozenset[int]) -> str:
    """"p" a particle of another language, "f" a lower-case word of no English, "e" an English
    word, "" no word written in lower case (a capital as written, a number, a mark). A word
    truecasing capitalised (its start in ``recased``) was written in lower case."""
    if not (tok.is_alpha and (tok.is_lower or tok.idx in recased)):
        return ""
    if tok.lower_ in JOINING_PARTICLES:
        return "p"
    return "e" if in_lexicon(tok.lower_, lexicon) or in_lexicon(tok.lemma_.lower(), lexicon) else "f"  # "died"


#: ``_kind`` of the words of the Doc last asked, by token, for one lexicon and one set of recased
#: words: [doc, lexicon, recased, kinds]. Name growth asks at the edges of every name, and the
#: walk after a name reads up to ``_LONGEST`` words on, so the windows of neighbouring names
#: overlap; the parse is final by then (``kg.parse_repairs`` runs first). The Doc is held, so it
#: is never mistaken for another.
_KINDS: list = [None, None, None, {}]


def _kind_at(doc: Doc, i: int, lexicon: frozenset[str], recased: frozenset[int]) -> str:
    """``_kind(doc[i], ...)``, read once a word (``_KINDS``)."""
    if _KINDS[0] is not doc or _KINDS[1] is not lexicon or _KINDS[2] is not recased:
        _KINDS[:] = [doc, lexicon, recased, {}]
    kinds = _KINDS[3]
    kind = kinds.get(i)
    if kind is None:
        kind = kinds[i] = _kind(doc[i], lexicon, recased)
    return kind


def _foreign(kinds: list[str], first: Token) -> bool:
    """Lower-case words of the kinds ``kinds`` after the capitalised ``first`` read as one foreign
    name: two foreign words or more (a capitalised particle first counts: "Le temps perdu"), one
    a content word, fewer English words, the last no English word."""
    foreign = kinds.count("f") + kinds.count("p") + (first.lower_ in JOINING_PARTICLES)
    return bool(kinds) and kinds[-1] == "f" and foreign >= 2 and foreign > kinds.count("e")


def foreign_end(doc: Doc, start: int, end: int, lexicon: frozenset[str], recased: frozenset[int]) -> int | None:
    """The end of the foreign name that ``doc[start:end]`` starts, when lower-case words of
    another language follow it in its sentence; None when none do. Only the words after the
    span's last capital count with them. A place's particles join first (``kg.place_particles``).

    Asked at the right edge of every name a document grows: a word that is not written in lower
    case next (the commonest answer) ends it, before the particles' check, since every particle
    is such a word."""
    if end >= len(doc) or _kind_at(doc, end, lexicon, recased) == "":
        return None
    if (joined := particle_end(doc, end)) is not None:
        return joined
    numbers = sentence_numbers(doc)  # a word starts a sentence where its number changes
    if numbers[end] != numbers[end - 1]:
        return None
    j = end - 1
    while j > start and _kind_at(doc, j, lexicon, recased):
        j -= 1
    first = doc[j]
    if not (first.is_alpha and first.text[:1].isupper() and first.idx not in recased):
        return None
    kinds = [_kind_at(doc, k, lexicon, recased) for k in range(j + 1, end)]
    best, i = None, end
    while i < len(doc) and i - end < _LONGEST and numbers[i] == numbers[i - 1] \
            and (kind := _kind_at(doc, i, lexicon, recased)):
        kinds.append(kind)
        i += 1
        if kind == "f" and len(doc[i - 1]) >= 3 and _foreign(kinds, first):
            best = i
    return best


def foreign_start(doc: Doc, start: int, end: int, lexicon: frozenset[str], recased: frozenset[int]) -> int | None:
    """The start of the foreign name that ``doc[start:end]``, lower-case words of another
    language, ends: the capitalised word before a run of lower-case words that, with the span's
    own, read as one foreign name ("Contra" + "viento y" + "marea"), or a place's first part and
    its particles ("Bruck an der" + "Leitha", ``kg.place_particles``); None otherwise."""
    if (joined := particle_start(doc, start)) is not None:
        return joined
    kinds = []
    for k in range(start, end):  # the first word not in lower case answers (most spans: their first)
        if not (kind := _kind_at(doc, k, lexicon, recased)):
            return None
        kinds.append(kind)
    if len(doc[end - 1]) < 3:
        return None
    i, numbers = start, sentence_numbers(doc)  # a word starts a sentence where its number changes
    while i > 0 and start - i < _LONGEST and numbers[i] == numbers[i - 1] and _kind_at(doc, i - 1, lexicon, recased):
        i -= 1
    if i == 0 or numbers[i] != numbers[i - 1]:
        return None
    first = doc[i - 1]
    if not (first.is_alpha and first.text[:1].isupper() and first.idx not in recased):
        return None
    kinds = [_kind_at(doc, k, lexicon, recased) for k in range(i, start)] + kinds
    return i - 1 if _foreign(kinds, first) else None
