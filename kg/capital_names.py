"""Surnames written in capitals: "Donald TRUMP", "President XI", "ZHANG Yiming".

Machine-translated and official non-native English (wire services, EU and Chinese state media)
often writes a person's surname in capitals to mark which word it is. spaCy reads such a word as
an acronym or an organisation: "Chuck HAGEL" becomes a shorter person, "Australian Alicia
MOLIK" one mention, "KARZAI said" an organisation. Truecasing (``kg.truecase``) writes the word
in title case before the parse ("Hagel": same length, so every offset stays valid), and the
mention's form, hence the label, is "Chuck Hagel".

A word in capitals is a surname when the document writes it beside a name: right after a
capitalised word ("Chuck HAGEL") or a personal title ("Mr. KARZAI", "president BUSH" for a word
the lexicon knows, only after a title), or right before a given name the lexicon does not know
("ZHANG Yiming", only in a document that writes another surname so: before a given name an
acronym is as likely, "AFC Bournemouth", "FIFA Puskás Award"). The capitalised word before must
not itself follow a capitalised word ("Dick Cavett Meets ABBA": a title in Title Case), nor be
an English word opening a sentence ("Joining ASCAP"). It must look like a name, not an acronym: three letters or more with a vowel,
no English word (unless after a title), no Roman numeral ("Henry VIII"), and never written as an
acronym elsewhere in the document: in parentheses ("(ALP)"), after an article ("the ALP"), or
alone where the document first writes it ("The Spanish bank BBVA … Garanti BBVA": a surname's
first mention stands beside its given name or title).
Once decided, every occurrence of the word in capitals is recased ("KARZAI said").
"""

from __future__ import annotations

import re

from kg.lexicon.english import in_lexicon
from kg.lexicon.words import DEMONYM_ENDINGS, INSTITUTION_HEADS, ORG_SUFFIXES, PERSON_TITLES, WORD_RE

Word = tuple[int, int, str]

_ROMAN = re.compile(r"[IVXLCDM]+")
_VOWEL = re.compile(r"[AEIOUY]")
#: The gap between a title and the surname: "Mr TRUMP", "Mr. TRUMP".
_TITLE_GAP = re.compile(r"\.? {1,2}")
_ARTICLES = frozenset({"the", "a", "an"})


def _title_case(word: str) -> bool:
    return len(word) >= 2 and word[0].isupper() and word[1:].islower()


def _adjacent(text: str, end: int, start: int) -> bool:
    gap = text[end:start]
    return 1 <= len(gap) <= 2 and gap.isspace() and "\n" not in gap


def _name_shaped(word: str, lexicon: frozenset[str], after: str) -> bool:
    """Capitals that can spell a surname: not "NSW" (no vowel), "VIII" (a numeral), "CEO" (an
    English word), unless a personal title stands before it ("President BUSH"), or a given name
    the lexicon does not know stands before a word of four letters or more ("Donald TRUMP"; not
    "Qantas CFO": the short acronyms of English are words of the lexicon too)."""
    if len(word) < 3 or not _VOWEL.search(word) or _ROMAN.fullmatch(word):
        return False
    key = word.lower()
    if not in_lexicon(key, lexicon) or after == "title":
        return True
    return after == "given" and len(word) >= 4 and key not in PERSON_TITLES


def _name_before(text: str, words: list[Word], i: int, lexicon: frozenset[str]) -> str:
    """What stands right before word ``i``: "title" (a personal title), "given" (a capitalised
    word the lexicon does not know), "name" (another capitalised word), or ""."""
    if not i:
        return ""
    ps, pe, p = words[i - 1]
    s = words[i][0]
    key = p.lower()
    if key in PERSON_TITLES and _TITLE_GAP.fullmatch(text[pe:s]):
        return "title"
    if not (_title_case(p) and _adjacent(text, pe, s)):
        return ""
    if key in ORG_SUFFIXES or key in INSTITUTION_HEADS:
        return ""  # "Qantas Group ABC": an organisation's word, then an acronym
    known = in_lexicon(key, lexicon)
    if key.endswith(DEMONYM_ENDINGS) and known:
        return ""  # "Australian ALP": a demonym before an acronym
    if i >= 2 and _title_case(words[i - 2][2]) and words[i - 2][2].lower() not in PERSON_TITLES \
            and _adjacent(text, words[i - 2][1], ps):
        return ""  # "Dick Cavett Meets ABBA": a title in Title Case, not a given name
    if known and _opens_sentence(text, ps):
        return ""  # "Joining ASCAP in 1947": a sentence's first word says nothing of a name
    return "name" if known else "given"


def _opens_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 6):start].rstrip(" \t\"'“‘(«")
    return not before or before.endswith(("\n", ".", "!", "?", ":"))


def _given_name_after(text: str, words: list[Word], i: int, lexicon: frozenset[str]) -> bool:
    """A given name the lexicon does not know right after word ``i``: "ZHANG Yiming"."""
    if i + 1 >= len(words):
        return False
    ns, _ne, n = words[i + 1]
    return _title_case(n) and len(n) >= 3 and _adjacent(text, words[i][1], ns) \
        and not in_lexicon(n.lower(), lexicon)


def capital_names(text: str, lexicon: frozenset[str], words: list[Word] | None = None) -> list[Word]:
    """(start, end, form) for every occurrence of a surname written in capitals in ``text``.
    ``words``: ``text``'s words as ``WORD_RE`` finds them, when the caller has them (truecasing
    has: finding them again was a tenth of its time).

    >>> from kg.lexicon.english import english_lexicon
    >>> capital_names("Senator Chuck HAGEL spoke. HAGEL left the ALP (ALP).", english_lexicon())
    [(14, 19, 'Hagel'), (27, 32, 'Hagel')]
    """
    if words is None:
        words = [(m.start(), m.end(), m.group(0)) for m in WORD_RE.finditer(text)]
    caps = [i for i, (_s, _e, w) in enumerate(words) if len(w) >= 3 and w.isupper()]
    if not caps:
        return []
    acronyms = set()
    for i in caps:
        s, _e, w = words[i]
        if text[s - 1:s] == "(" or (i and words[i - 1][2].lower() in _ARTICLES
                                     and _adjacent(text, words[i - 1][1], s)):
            acronyms.add(w)  # "(ALP)", "the ALP"
    first_seen: dict[str, int] = {}
    for i in caps:
        first_seen.setdefault(words[i][2], i)
    for w, i in first_seen.items():  # "The Spanish bank BBVA … Garanti BBVA": first written alone
        if not _name_before(text, words, i, lexicon) and not _given_name_after(text, words, i, lexicon):
            acronyms.add(w)
    named: dict[str, str] = {}
    for i in caps:
        w = words[i][2]
        if w in named or w in acronyms:
            continue
        before = _name_before(text, words, i, lexicon)
        if before and _name_shaped(w, lexicon, before):
            named[w] = _form(w, words)
    if named:  # the document writes surnames in capitals: one before a given name is one too
        for i in caps:
            w = words[i][2]
            if w not in named and w not in acronyms and _given_name_after(text, words, i, lexicon) \
                    and _name_shaped(w, lexicon, ""):
                named[w] = _form(w, words)
    return [(s, e, named[w]) for s, e, w in words if w in named]


def _form(word: str, words: list[Word]) -> str:
    """The document's own mixed-case spelling of the word ("McCain" for "MCCAIN"), else title case."""
    for _s, _e, w in words:
        if len(w) == len(word) and w.upper() == word and not w.isupper():
            return w
    return word.capitalize()
