"""Is a word English? The WordNet lemma index that ships inside spaCy's English models.

Used by truecasing (an unknown word used like a name is a name), by mention finding (a
sentence-initial English word is no name) and by resolution (``kg.merge_person``: a short form
with no English word can only be a name).

Importing this module does not import spaCy (about 1 s of one core): resolution runs in a
rebuild's own process, which otherwise never needs spaCy (its changed documents parse in a
child, :mod:`kg.engines.background`). spaCy's stop words are read when first asked for, and
:func:`english_lexicon` is kept between processes (:mod:`kg.stored`), keyed by the pipeline.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import spacy.language

#: Endings of English derivational morphology: a word with one is not a name ("hegemonic").
ENGLISH_ENDINGS = (
    "ic", "ism", "ist", "ship", "ness", "tion", "sion", "ment", "ity", "ous", "ive", "able", "ible",
    "al", "ful", "less", "ize", "ise", "ly", "ed", "est", "self", "selves", "ward", "wise",
)  # not "ing": an -ing word whose stem is no English word is a name (Jinping, Yiming, Beijing)


@lru_cache(maxsize=1)
def english_lexicon() -> frozenset[str]:
    """Lower-case English words: the WordNet lemma index that ships inside spaCy's English models.

    Falls back to an empty set (then only ``seen``/``title``/``pack`` evidence is used).

    Deriving it imports spaCy and loads the pipeline's lemmatizer (about 1.2 s of one core); the
    value is kept in the user's cache (:func:`kg.stored.remembered`) under the pipeline's
    fingerprint (its meta: name, version, the packaged model's checksums), spaCy's version and
    this module's source, so a rebuild whose resolution asks (``kg.merge_person``) reads it back
    (0.03 s) without importing spaCy. A missing or damaged stored value is derived again.
    """
    from kg import stored
    from kg.nlp import ModelNotFound

    try:
        name, key = _stored_key()
    except ModelNotFound:
        return frozenset()
    return stored.remembered("english-lexicon", key, lambda: lexicon_from(_lemmatizer_only(name)))


def _stored_key() -> tuple[str, str]:
    """The pipeline's name and the key its lemma tables are kept under (:mod:`kg.stored`): the
    pipeline's fingerprint, spaCy's version and this module's source."""
    from importlib import metadata

    from kg import stored
    from kg.nlp import model_fingerprint, resolve_model_name

    name = resolve_model_name()
    return name, "|".join([model_fingerprint(name), f"spacy={metadata.version('spacy')}", stored.sources_key(__file__)])


@lru_cache(maxsize=1)
def _lemmatizer_only(name: str) -> "spacy.language.Language":
    """Pipeline ``name`` with only its lemmatizer (loaded once a process: the lexicon and the word
    classes read the same tables)."""
    from kg.nlp import import_spacy

    import_spacy()
    import spacy

    return spacy.load(name, exclude=["tok2vec", "tagger", "parser", "ner", "attribute_ruler"])


@lru_cache(maxsize=4)
def lexicon_from(nlp: "spacy.language.Language") -> frozenset[str]:
    """The English lexicon of a loaded pipeline (empty if it has no lemmatizer tables); built once
    per pipeline, so rebuilds in one session (``--watch``, a notebook) do not pay for it again."""
    try:
        lookups = nlp.get_pipe("lemmatizer").lookups
        words: set[str] = set()
        for lemmas in lookups.get_table("lemma_index").values():
            words.update(w for w in lemmas if w.isalpha())
        for forms in lookups.get_table("lemma_exc").values():  # irregular forms: told, began, media
            words.update(w for w in forms if w.isalpha())
        return frozenset(words)
    except (KeyError, ValueError):  # a pipeline without WordNet lookup tables
        return frozenset()


@lru_cache(maxsize=1)
def word_classes() -> dict[str, frozenset[str]]:
    """WordNet's lemmas by word class ("noun", "verb", "adj", "adv"), from the lemma index inside
    spaCy's English model; empty sets when there is none. A lemma index lists base forms only:
    "said" and "says" are in no class's noun list, "trump" is a noun (and a verb). Kept in the
    user's cache beside :func:`english_lexicon` (deriving them loads the lemmatizer: 0.4 s of
    every process that parses)."""
    from kg import stored
    from kg.nlp import ModelNotFound, loaded, resolve_model_name

    try:
        pipeline = loaded(resolve_model_name())
        if pipeline is not None:  # a process that parses: the lemma index is in memory, its words
            return _classes_of(pipeline)  # hashed by lexicon_from (0.001 s against 0.01-0.035 s to read)
        name, key = _stored_key()
    except ModelNotFound:
        return {k: frozenset() for k in _CLASSES}
    return stored.remembered("word-classes", key, lambda: _derive_classes(name))


_CLASSES = ("noun", "verb", "adj", "adv")


def _derive_classes(name: str) -> dict[str, frozenset[str]]:
    return _classes_of(_lemmatizer_only(name))


def _classes_of(nlp: "spacy.language.Language") -> dict[str, frozenset[str]]:
    """The word classes of a loaded pipeline's lemma index (the tables :func:`_lemmatizer_only`
    loads from the same files)."""
    try:
        index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
        return {k: frozenset(index.get(k, [])) for k in _CLASSES}
    except (KeyError, ValueError):
        return {k: frozenset() for k in _CLASSES}


def in_lexicon(word: str, lexicon: frozenset[str]) -> bool:
    """True for English words, inflected forms included (``skipping``, ``carried``, ``can't``).
    Answered once per word and lexicon in a process (70,000 questions at 300 stories, mostly
    the same words); an unhashable lexicon (a plain set) is asked afresh.

    >>> in_lexicon("skipping", frozenset({"skip"})), in_lexicon("tiktok", frozenset({"skip"}))
    (True, False)
    """
    try:
        return _in_lexicon(word, lexicon)
    except TypeError:
        return _in_lexicon.__wrapped__(word, lexicon)


_CLITIC = re.compile(r"(?:'s|'|n't|'t|'re|'ll|'ve|'d)$")
#: English function words that neither WordNet (open classes only) nor spaCy's stop list has: a
#: modal, prepositions and conjunctions of formal or translated prose, archaic pronouns. Unknown
#: to both, "shall" was read as a name and recased ("the plant in Straßkirchen shall employ" ->
#: "Straßkirchen Shall", one facility).
FUNCTION_WORDS = frozenset("""shall shalt ought whilst unto albeit versus vs amid amidst lest whichever
    inasmuch thee thy thine ye""".split())


@lru_cache(maxsize=1)
def _stop_words() -> set[str]:
    """spaCy's English stop words, imported when first asked for (with spaCy): only the extractors
    ask, and they run where spaCy is loaded anyway."""
    from kg.nlp import import_spacy

    import_spacy()  # without its command line, if this is the first import
    from spacy.lang.en.stop_words import STOP_WORDS

    return STOP_WORDS


@lru_cache(maxsize=1 << 16)
def _in_lexicon(word: str, lexicon: frozenset[str]) -> bool:
    w = word.lower().replace("’", "'")
    w = _CLITIC.sub("", w)
    stop_words = _stop_words()
    if w in lexicon or w in stop_words or w in FUNCTION_WORDS or (w.endswith("n") and w[:-1] in stop_words):  # doesn('t)
        return True
    if w.endswith("men") and w[:-3] + "man" in lexicon:  # women, Frenchmen
        return True
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e"),
                         ("ed", ""), ("ed", "e"), ("er", ""), ("ers", ""), ("est", ""), ("est", "e"),
                         ("ly", ""), ("ily", "y")):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            stem = w[: -len(suffix)]
            if stem + repl in lexicon:
                return True
            if suffix in ("ing", "ed", "er", "est") and len(stem) > 2 and stem[-1] == stem[-2] \
                    and stem[:-1] in lexicon:  # skipping, admitted
                return True
    return False


def name_like(word: str, lexicon: frozenset[str]) -> bool:
    """An unknown word that could be a name: not English, no English derivational ending, no
    English word after a combining form ("hydropower", "cryptocurrency", ``COMBINING_FORMS``)."""
    w = word.lower().replace("’", "'")
    w = re.sub(r"(?:'s|')$", "", w)
    return len(w) >= 4 and not in_lexicon(w, lexicon) and not w.endswith(ENGLISH_ENDINGS) \
        and not any(w.startswith(p) and len(w) - len(p) >= 5 and in_lexicon(w[len(p):], lexicon)
                    for p in COMBINING_FORMS)


#: Combining forms of technical English that dictionaries leave out of their compounds
#: ("hydropower", "cryptocurrency", "cyberattack", "petrochemicals"); an English word of five
#: letters or more after one is English, not a coined name ("Biogen", "Petrobras" are shorter).
COMBINING_FORMS = ("hydro", "crypto", "cyber", "petro", "geo", "bio", "agro", "agri", "thermo", "electro",
                   "aero", "nano")


@lru_cache(maxsize=2)
def capitalised_words(text: str) -> frozenset[str]:
    """The words of a document written with a capital somewhere, lower-cased, computed once per document."""
    return frozenset(w.lower() for w in re.findall(r"\b[A-Z]\w*", text))


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


@lru_cache(maxsize=4096)
def misspelled(word: str, lexicon: frozenset[str]) -> bool:
    """An English word written with one letter wrong, missing, added or swapped with the next
    ("inconsistancies", "officals", "embezzlling", "champiom"): a typo, no name, though the
    lexicon lacks it. Only words of seven letters or more count, and only edits after the first
    two letters: a short word is one edit from some English word by chance ("quora", "quota"),
    and a name's first letters are its own ("pinterest" is no "interest").

    >>> lex = frozenset({"official", "champion", "quota", "interest"})
    >>> [misspelled(w, lex) for w in ("officals", "champiom", "quora", "pinterest", "huawei")]
    [True, True, False, False, False]
    """
    w = word.lower()
    if len(w) < 7 or not w.isalpha() or not w.isascii() or in_lexicon(w, lexicon):
        return False
    edits = set()
    for i in range(2, len(w) + 1):
        head, tail = w[:i], w[i:]
        edits.update(head + c + tail for c in _LETTERS)  # a letter left out
        if tail:
            edits.add(head + tail[1:])  # a letter too many
            edits.update(head + c + tail[1:] for c in _LETTERS)  # a letter wrong
        if len(tail) > 1:
            edits.add(head + tail[1] + tail[0] + tail[2:])  # two letters swapped
    edits.discard(w)
    return any(len(e) >= 7 and _in_lexicon.__wrapped__(e, lexicon) for e in sorted(edits))


#: Prefixes English forms new words with ("redistricting", "substages", "minigames").
_PREFIXES = ("re", "up", "sub", "pre", "non", "multi", "mini", "over", "under", "tele", "inter", "semi", "super",
             *COMBINING_FORMS)


def english_compound(word: str, lexicon: frozenset[str]) -> bool:
    """An English word the lexicon lacks but is built of English: two English words of four
    letters or more, or of three and five ("upperparts", "showrunner", "smartphones", "icefield"),
    two everyday English words of three letters or more ("airplay", "legroom", "subplot",
    "radioman", "defenceman"), or a prefix and an English word ("redistricting", "minigames",
    "upwelling"). Names of other languages and coined brand names are no such word ("tiktok", "wechat", "quora", "reddit", "suhuijin").

    >>> lex = frozenset({"upper", "part", "song", "write", "district"})
    >>> [english_compound(w, lex) for w in ("upperparts", "songwriting", "redistricting", "tiktok")]
    [True, True, True, False]
    """
    w = word.lower()
    if not w.isalpha() or len(w) < 7:
        return False
    if any(w.startswith(p) and len(w) - len(p) >= 5 and in_lexicon(w[len(p):], lexicon) for p in _PREFIXES):
        return True
    return any(in_lexicon(w[:i], lexicon) and in_lexicon(w[i:], lexicon)
               and (i >= 4 and len(w) - i >= 4 or len(w) - i >= 5 or _everyday(w[:i]) and _everyday(w[i:]))
               for i in range(3, len(w) - 2))


def _everyday(word: str) -> bool:
    """A word frequent in English text (``kg.lexicon.frequency``): a part of three letters joins a
    compound only when both parts are such words ("airplay", "legroom", "radioman"), where a rare
    three-letter part would make English of coined names."""
    from kg.lexicon.frequency import common_word  # the table is read on first use only

    return common_word(word)


#: Plural endings that are no "-s": (plural end, singular end), each tried only when WordNet lists
#: the singular as a noun and not the plural itself ("taxi", "data" stay).
_IRREGULAR_ENDS = (("i", "us"), ("ae", "a"), ("men", "man"))


def singular(plural: str) -> str:
    """A plural noun's singular, lower-cased, for labels and word tables (the pipeline's lemmas
    are not read for nouns): the first of "-ies" -> "-y", "-s" -> "", "-es" -> "" that WordNet
    lists as a noun, so "companies" gives company, "movies" movie and "classes" class; a noun
    WordNet lists only in its "s" form stays ("series", "headquarters"); otherwise the word less
    its "s" ("ss" kept). Latin and "-men" plurals WordNet lists the singular of: "alumni" ->
    alumnus, "alumnae" -> alumna, "chairmen" -> chairman.

    >>> singular("Companies"), singular("movies"), singular("classes"), singular("series")
    ('company', 'movie', 'class', 'series')
    >>> singular("alumni"), singular("alumnae"), singular("chairmen")
    ('alumnus', 'alumna', 'chairman')
    """
    low = plural.lower()
    nouns = word_classes()["noun"]
    for end, one in _IRREGULAR_ENDS:
        if low.endswith(end) and low[:-len(end)] + one in nouns and low not in nouns:
            return low[:-len(end)] + one
    if low.endswith("ies") and low[:-3] + "y" in nouns:
        return low[:-3] + "y"
    if not low.endswith("s") or low.endswith("ss"):
        return low
    if low[:-1] in nouns:
        return low[:-1]
    if low.endswith("es") and low[:-2] in nouns:
        return low[:-2]
    return low if low in nouns else low[:-1]
