"""Names a text states as another name of the one before them: "Oder (Odra)", "Kristiania (now
Oslo)", "Zevs (born Christophe Aguirre Schwarz on ...)", "Sitaantaagu (also known as Mendenhall
Glacier)", "South Gondar (Amharic: ...)", "Norges Statsbaner (NSB)", "Klamath Falls was originally
named Linkville", "Aspren or Asprenas () was ...", "Khooni Khanjar (Fighting Blade)".

Wikipedia leads and news introduce translations, former and birth names, nicknames and acronyms
so. The second name is marked (origin ``stated`` when a word says how it stands for the first;
``translated`` for a bare bracket that gives the name in another language; ``bracketed`` for any
other bare bracket); resolution's ``stated`` rule joins it to the mention right before it in its
document (``kg.merge_stated``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.lexicon.english import in_lexicon
from kg.lexicon.given_names import given_name
from kg.merge_stated import _acronym, _latin, _membership, language_word

if TYPE_CHECKING:
    from kg.entities import _Found
    from kg.model import Mention

#: Brackets that hold no name ("()", "(Amharic: ደቡብ ጎንደር)", "(1434 – 1503)") may stand between a
#: name and the bracket that gives its other name: "Debub Gondar (Amharic: ...) (or South Gondar)".
_SKIPPED = r"(?:\s*\([^()]*\))*"
#: A word saying how the second name stands for the first ("also known as", "or", "formerly",
#: "now", "born", "née", "alias", "a.k.a.", a language: "Danish:", "Northern Sami:", "Meänkieli:").
#: Words that say when or how widely a second name is used ("originally", "locally", "better").
_ADVERBS = r"(?:(?:also|hereinafter|sometimes|formerly|originally|commonly|informally|initially|previously|once|later|locally|"\
    r"popularly|better|best|otherwise)\s+)*"
_SAID = (r"(?:also|commonly|sometimes)\s+(?:known as|called|named)\s+the\s+|"  # "(also called the Treaty of Tartu)"
         r"(?:but\s+)?" + _ADVERBS + r"(?:known as|called|named|spelled|spelt|referred to as|short for"
         r"|(?:abbreviated|designated|translated|transliterated)(?:\s+as)?)\s+(?:as\s+)?"
         r"|(?:or|formerly|now|born|née|ex-?|also|alias|a\.k\.a\.?|aka)\s+(?:the\s+)?|[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+){0,2}:\s+")
#: A person's title between the saying word and the name: "Joseph Cardinal Ratzinger (now Pope
#: Benedict XVI)", "(born Prince Albert ...)".
_TITLE = r"(?:(?:[Pp]ope|[Kk]ing|[Qq]ueen|[Pp]rince|[Pp]rincess|[Ee]mperor|[Ee]mpress|[Ss]aint|St\.?|[Ss]ir|[Dd]ame|[Ll]ord|[Ll]ady)\s+)?"
#: A name may be quoted: '" Tyomnaya noch " (Dark Night)', 'Studie Moldovană (" Moldovan Studies ")'.
_QUOTE = r"""(?:\s*["“”])?"""
#: What stands between a name and the other name it is given in brackets: the bracket and,
#: inside it, what comes before a saying word after a comma ("Rachel Perry (born 1962, formerly
#: Rachel Perry Welty)"), then the saying word. A bare bracket has no saying word.
_BETWEEN = re.compile(_QUOTE + _SKIPPED + r"\s*\(" + _QUOTE + r"\s*(?:(?:[^()]*?[,;]\s+)?(?:" + _SAID + r")"
                      + _TITLE + _QUOTE + r"|[,;]\s*(?:[Tt]he\s+)?|[Tt]he\s+)?")
#: The end of a bare bracket: nothing said in it before the name but an article, or the comma
#: left where a text dropped a name in another script ("Kungliga Hovkapellet (, The Royal Court
#: Orchestra)").
_BARE = re.compile(r"\(\s*[\"“”]?\s*(?:[,;]\s*)?(?:[Tt]he\s+)?$")
#: What may follow the bracketed name: its closing bracket, or more said inside it.
_AFTER = frozenset(");,")
#: After a saying word the bracket may go on: "(born Christophe Aguirre Schwarz on 17 November 1977".
_SAID_AFTER = re.compile(r"\s+(?:on|in|at|and|until|since|from|\d)")
#: The same said after a comma: "Rio Grande de Mindanao, also known as the Mindanao River, ...",
#: "the Asian Games, also known as Asiad.", "Mola di Bari, commonly referred to simply as Mola",
#: "Jefferson Madeira da Silva, or simply Jefferson Madeira", "Tigran Petrosian, nicknamed Iron
#: Tigran", "Dairo Antonio Usuga, alias Otoniel", "Peso Pluma, whose real name is Hassan Emilio Kabande", "Holden New Zealand Limited, named until 1994 as General Motors New Zealand Limited",
#: after an apposition's few lower-case words: "María Concepción, a flamenco singer best known as
#: Concha Buika"; after "who is": "the economist Joana Ribeiro, who is also known as Joaninha,"; after a bracketed acronym, the
#: bracket's end: "Latin American School of Medicine (LASM), formerly Latin American School of
#: Medical Sciences" (``_how_said`` allows the bracket's end only after an acronym: "Harvard
#: (Massachusetts), formerly called ..." says nothing of Massachusetts).
_COMMA_BETWEEN = re.compile(
    r"\)?" + _SKIPPED + r" ?,?\s+(?:(?:which|who)\s+(?:is\s+|was\s+)?|an?\s+(?:[a-z-]+\s+){1,4})?" + _ADVERBS
    + r"(?:(?:known as|called|named|nicknamed|dubbed|referred to(?: simply)? as|translates (?:to|as))\s+"
    r"(?:(?:until|since|from|before|after|in)\s+\d{3,4}\s+(?:as\s+)?)?|formerly\s+|or simply\s+|alias\s+|a\.k\.a\.?\s+|aka\s+"
    r"|whose\s+(?:real|birth|full|legal|given|original|civil)\s+name\s+(?:is|was)\s+)"
    r"(?:the\s+)?")
#: The saying words of ``_COMMA_BETWEEN`` with no comma nor "which"/"who" before them: a verb
#: whose subject is the first name ("Tenryu also named Kaori Sato", "Trump called Biden"), no
#: second name of it; "known as" is never such a verb ("Sanofi SA known as Sanofi-Aventis").
_ACTIVE_NAMING = re.compile(r"\s+(?:[a-z]+\s+)?(?:called|named|nicknamed|dubbed)\s+(?:the\s+)?")
#: A name's subject said to be called another: "Klamath Falls was originally named Linkville.",
#: "the Reichsmarine, ... was renamed the Kriegsmarine"; or said to be another's name: "Wellywood
#: is an informal name for the city of Wellington".
_NAMED = re.compile(
    r"(?:\s+(?:is|was|were|are|has been|had been)\s+" + _ADVERBS + r"(?:known as|called|named|renamed|nicknamed|dubbed)"
    r"|,?\s+and(?:\s+then)?\s+renamed"
    r"|\s+(?:is|was)\s+(?:an?|the)\s+(?:[a-z]+\s+){0,2}(?:name|nickname)\s+(?:for|of)"
    r"(?:\s+the\s+(?:city|town|village|country|state|region|island|river)\s+of)?)\s+(?:as\s+)?(?:the\s+)?")
#: A preposition right before a name: a name the preposition's phrase gives, not what "and renamed"
#: after it renames ("transferred to the Royal Hellenic Navy and renamed Kerkyra").
_AFTER_PREPOSITION = re.compile(r"\b(?:to|by|from|into|with|for|of|at|in|on)\s+(?:the\s+)?$")
#: "X or Y" opening a sentence and followed by a bracket or a verb of being: a lead gives the
#: subject's names so ("Aspren or Asprenas () was", "Western Ukraine or West Ukraine () is", either
#: quoted: "Ost Autobahn A4 or " Eastern Motorway " is").
_OR = re.compile(r"\)?" + _SKIPPED + _QUOTE + r" ?,?\s+or\s+(?:the\s+)?" + _QUOTE + r"\s*")
#: A quoted name in apposition to a person's: his epithet ('king Louis XIV, the " Sun King "').
_EPITHET = re.compile(r" ?,\s+(?:the\s+)?[\"“]\s*")
#: A list of names given after a saying word: "also referred to as Carey Business School or
#: JHUCarey or simply Carey", "known as X, and later as Y", "also known as River Desert, and
#: designated as Maniwaki 18 until 1994". A name so listed may be followed by the next one.
_OR_MORE = re.compile(r" ?,?\s+(?:or|and(?:\s+(?:later|then))?\s+(?:as|designated\s+as|known\s+as|called))\s+"
                      r"(?:simply\s+)?(?:the\s+)?")
#: A saying word right before a name that no name comes before: "The group involved became known as
#: the Guadalcanal Revolutionary Army, and later as Isatabu Freedom Movement".
_SAID_BEFORE = re.compile(r"\b(?:became|becomes|become|is|was|were|are)\s+" + _ADVERBS
                          + r"(?:known as|called|named|renamed)\s+(?:the\s+)?[\"“]?\s*$")
_OR_AFTER = re.compile(_QUOTE + r"(?:\s*\(|\s+(?:is|was|are|were)\b)")
#: What may open a lead before its first name: an article and a bracket ("The (Austrian) Ost
#: Autobahn A4 or " Eastern Motorway " is part of ...").
_OPENING = re.compile(r"\s*(?:the\s+)?(?:\([^()]*\)\s*)?", re.IGNORECASE)

#: Function words of English and of other languages' names: the English ones say nothing about
#: a name's language; another language's ("di", "des", "la") say it is not English.
_ENGLISH_STOP = frozenset("of the and for in on at to a an".split())
_FOREIGN_STOP = frozenset("de des du la le les el los las di da do dos das del della der die den van von y".split())


def mark_stated(found: _Found) -> None:
    """Mark each mention that a text gives as another name of the mention before it in its
    sentence: ``stated`` after a saying word (``X (also known as Y, ...``, ``X (Language: Y;
    ...``, ``X, also known as Y,``, ``X was originally named Y``, ``X or Y (...)`` opening a
    sentence), ``translated`` after a bare bracket in another language (``X (Y)``), ``bracketed``
    after any other bare bracket (weaker: "Patrick Dempsey (Derek Shepherd)" gives the character an
    actor plays). Pack mentions stay as they are."""
    mentions = sorted(found.mentions, key=lambda m: m.start)
    text = found.original
    first = 0  # index of the first mention of the current sentence
    for k in range(1, len(mentions)):
        x, y = mentions[k - 1], mentions[k]
        if x.sent_start != y.sent_start:
            first = k
            continue
        if "pack" in (x.origin, y.origin) or y.end >= len(text):
            continue
        if language_label(text, x, y) and k - 2 >= first:
            k_x = k - 2  # "Great Belt Bridge (Danish: Storebæltsbroen)": the name before the language's
            x = mentions[k_x]
        else:
            k_x = k - 1
        opening = k_x == first or (k_x - 1 == first and x.origin not in ("ner", "typed", "side")) \
            or all(m.type == "NORP" for m in mentions[first:k_x])  # "The (Austrian) Ost Autobahn A4 or ..."
        origin = _how_stated(found, x, y, opening, mentions[first])
        if origin:  # a person's other name is a person's: "Joaquin Guzman, also known as El Chapo" (NER: ORG)
            person = origin == "stated" and x.type == "PERSON" and y.type in ("ORG", "NORP", "PRODUCT")
            mentions[k] = replace(y, origin=origin, type="PERSON" if person else y.type)
    _mark_pseudonyms(mentions, text)
    found.mentions = mentions


#: A language's name opening a bracket (or its part after a ";") and followed by a colon: "(Danish:
#: Storebæltsbroen)", "(; Sanskrit: Vaiśravaṇa)". NER reads the language as a name of its own.
_LABEL_BEFORE = re.compile(r"\(\s*(?:[^()]*?[,;]\s*)?$")
_LABEL_AFTER = re.compile(r"\s*:")


def language_label(text: str, x: Mention, y: Mention) -> bool:
    """Is ``x`` the language a bracket names before ``y``: "(Danish: Storebæltsbroen)", or
    "(Amharic: ደቡብ ጎንደር) (or South Gondar)", where the bracket holds no name NER found? The
    name the bracket gives another name of is then the one before ``x``; ``kg.merge_stated``
    looks past the label the same way."""
    return language_word(x.text.lower()) and bool(_LABEL_AFTER.match(text, x.end)) \
        and x.start > x.sent_start \
        and bool(_LABEL_BEFORE.search(text, max(x.sent_start, x.start - 60), x.start))


#: The words that give a person's other names: "He also wrote under the pseudonyms Kaspar Hauser,
#: Peter Panter, ...", "performing under the ring name Naomi", "known by the stage name X"; and
#: the name a person was born with: "... was a French actor, born in Lyon, France as Raymond Maroutian";
#: a lead's nickname for its subject in apposition: "Li Jiancheng (...), nickname Pishamen (...), was".
_PSEUDONYM = re.compile(r"(?:\b(?:the|a|his|her|their)\s+(?:pseudonyms?|pen[\s-]names?|stage[\s-]names?|ring[\s-]names?"
                        r"|noms?[\s-]de[\s-]plume)\s+(?:of\s+)?|\)?,\s+nickname\s+"
                        r"|\bborn\s+(?:(?:in|on|at)\s+[^.;()]{1,40}?\s+)?as\s+)[\"“]?\s*$", re.IGNORECASE)
#: Between two names of such a list: a comma or "and"/"or", a bracket aside ("Kaspar Hauser
#: (after the historical figure), Peter Panter").
_LIST = re.compile(_QUOTE + _SKIPPED + r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)[\"“]?\s*")


#: A pronoun opening a sentence: the sentence is about the document's topic.
_PRONOUN = re.compile(r"\s*(?:He|She|They|His|Her|Their)\b")
#: Words that give another name of the person a pronoun stands for: "His birth name was Ramez
#: Idriss but he was also known as Ramey.", "He is also known by his Westernized name, Dan Chupong",
#: "His Turkish nickname is " İmparator ", and his Italian nickname is " Imperatore "".
_TOPIC_NAMED = re.compile(
    r"(?:\b(?:[Hh]e|[Ss]he)\s+(?:is|was|has\s+been|had\s+been)\s+" + _ADVERBS
    + r"(?:known\s+as|called|nicknamed|dubbed|known\s+by\s+(?:his|her)\s+(?:[\w-]+\s+)?name,?)"
    r"|\b(?:His|Her|his|her)\s+(?:birth|real|full|given|maiden|original|legal)\s+name\s+(?:is|was)"
    r"|\b(?:His|Her|his|her)\s+(?:[\w-]+\s+)?nicknames?\s+(?:is|was|are|were))"
    r"\s+(?:the\s+)?[\"“]?\s*$")


def _mark_pseudonyms(mentions: list[Mention], text: str) -> None:
    """Mark each name a text gives as a pen, stage or ring name, and the names listed after it:
    ``pseudonym``, another name of the name opening its sentence, ``pseudonym_topic`` when a
    pronoun opens the sentence: another name of the document's topic. ``kg.merge_stated`` joins
    them. Pack mentions stay as they are."""
    for k, y in enumerate(mentions):
        if y.origin == "pack":
            continue
        x = mentions[k - 1] if k else None
        listed = x is not None and x.origin in ("pseudonym", "pseudonym_topic") and x.sent_start == y.sent_start \
            and _LIST.fullmatch(text, x.end, y.start)
        if listed:
            mentions[k] = replace(y, origin=x.origin)
        elif _PSEUDONYM.search(text, max(y.sent_start, y.start - 60), y.start):
            topic = _PRONOUN.match(text, y.sent_start) and y.sent_start > 0
            mentions[k] = replace(y, origin="pseudonym_topic" if topic else "pseudonym")
        elif y.sent_start > 0 and _PRONOUN.match(text, y.sent_start) and _TOPIC_NAMED.search(text, y.sent_start, y.start) \
                and _only_topic_names_before(mentions, k):
            mentions[k] = replace(y, origin="pseudonym_topic")


def _only_topic_names_before(mentions: list[Mention], k: int) -> bool:
    """Every name before ``mentions[k]`` in its sentence is one more name of the topic, or a people's
    or language's adjective ("His Turkish nickname is ..."): in "He met Jane Smith; she was also
    known as Jenny", "she" is no longer the topic."""
    j = k - 1
    while j >= 0 and mentions[j].sent_start == mentions[k].sent_start:
        if mentions[j].origin != "pseudonym_topic" and mentions[j].type != "NORP":  # "His Turkish nickname"
            return False
        j -= 1
    return True


def _how_stated(found: _Found, x: Mention, y: Mention, opening: bool, head: Mention) -> str | None:
    """``_how_said``, except that a saying word never joins a person to a thing NER read as one:
    "Grey Tower, originally known as Walker Hall" (PERSON), "Vase de Noces (also known as
    Wedding Trough ...": a person-typed name whose words are all English words is no person's
    name there ("Antônio Francisco Lisboa, otherwise known as Aleijadinho" is)."""
    if _epithet(found.original, x, y):
        return "stated"
    origin = _how_said(found, x, y, opening, head)
    if origin == "stated" and (x.type == "PERSON") != (y.type == "PERSON"):
        person = x if x.type == "PERSON" else y
        words = re.findall(r"[^\W\d_]+", (person.form or person.text).lower())
        if all(in_lexicon(w, found.lexicon) for w in words):
            return None
    return origin


def _epithet(text: str, x: Mention, y: Mention) -> bool:
    """``y`` is a quoted epithet in apposition to the person ``x``, closing its clause ('king Louis
    XIV, the " Sun King ".'): a nickname, whatever words it is made of."""
    if x.type != "PERSON" or y.origin != "quoted" or not _EPITHET.fullmatch(text, x.end, y.start):
        return False
    close = re.compile(r"\s*[\"”]\s*[.,;)]").match(text, y.end)
    return close is not None


def _how_said(found: _Found, x: Mention, y: Mention, opening: bool, head: Mention) -> str | None:
    """How the text between ``x`` and ``y`` (adjacent mentions of one sentence) gives ``y`` as
    another name of ``x``; None when it does not. ``opening``: ``x`` is the sentence's first name
    (or the bracket right after it), ``head`` that first name."""
    text = found.original
    quote = re.compile(_QUOTE).match(text, y.end)
    after = text[quote.end()] if quote and quote.end() < len(text) else text[y.end]
    ends = after in _AFTER | {"."} or text.startswith((" (", " ,", " ;", " )", " ."), y.end)  # MT's " ,"
    # the said name ends, goes on ("... on 17 November"), or the next name of a list follows
    # ("known as Carey Business School or JHUCarey or simply Carey")
    closes = ends or bool(_SAID_AFTER.match(text, y.end) or _OR_MORE.match(text, y.end))
    comma = _COMMA_BETWEEN.fullmatch(text, x.end, y.start)
    if comma and _ACTIVE_NAMING.fullmatch(comma.group(0)):
        comma = None  # "Tenryu also named Kaori Sato, its head of development, as chief executive": appointed
    if comma and closes and (_acronym(x.text) or not comma.group(0).startswith(")")):
        return "stated"
    named = _NAMED.fullmatch(text, x.end, y.start)
    if closes and named and not (named.group(0).lstrip(" ,").startswith("and")  # ", and renamed Y"
                                 and _AFTER_PREPOSITION.search(text, max(x.sent_start, x.start - 12), x.start)):
        return "stated"  # not "she was transferred to the Royal Hellenic Navy and renamed Kerkyra": the ship was
    if closes and (x.origin == "stated" or _SAID_BEFORE.search(text, max(x.sent_start, x.start - 40), x.start)) \
            and _OR_MORE.fullmatch(text, x.end, y.start):
        return "stated"
    if opening and _OR.fullmatch(text, x.end, y.start) and _OR_AFTER.match(text, y.end) \
            and (_OPENING.fullmatch(text, x.sent_start, head.start) or _OPENING.fullmatch(text, x.sent_start, x.start)):
        return "stated"
    between = _BETWEEN.fullmatch(text, x.end, y.start)
    if between is None:
        return None
    if _BARE.search(between.group(0)):  # a bare bracket, an article aside: "TMF (The Music Factory)"
        if after not in _AFTER:
            return None
        a, b = x.form or x.text, y.form or y.text
        return "translated" if not _acronym(a) and not _acronym(b) and _other_language(a, b, found.lexicon) \
            and not _membership(a, b) and not (x.type == y.type == "PERSON" and given_name(b.split()[0])) \
            else "bracketed"  # a person's name in brackets: "Dr. Penelope Blake (Samantha Sloyan)", an actor
    return "stated" if after in _AFTER or _SAID_AFTER.match(text, y.end) else None


def _other_language(a: str, b: str, lexicon: frozenset[str]) -> bool:
    """One name gives the other in another language: another script ("Book of Degrees (Степенная
    книга)"), or English words on one side and mostly none on the other ("Khooni Khanjar
    (Fighting Blade)", "Penedo da Saudade (Rock of Nostalgia)"). Not two English names ("Virginia
    Beach (Hampton Roads)", "Samsung Galaxy S (Super Smart)") nor two foreign ones ("Altamira
    (Caracas)").

    >>> _other_language("Khooni Khanjar", "Fighting Blade", frozenset({"fighting", "blade"}))
    True
    >>> _other_language("Virginia Beach", "Hampton Roads", frozenset({"virginia", "beach", "roads"}))
    False
    """
    if _latin(a) != _latin(b):
        return True
    (sa, na), (sb, nb) = _english_share(a, lexicon), _english_share(b, lexicon)
    return na > 0 and nb > 0 and (na if sa > sb else nb) >= 2 and abs(sa - sb) > 0.5


def _english_share(name: str, lexicon: frozenset[str]) -> tuple[float, int]:
    """The share of a name's words that are English (WordNet's), English function words left out
    and another language's counted as foreign, and how many words were judged. The English side
    must have two: WordNet holds single place names ("Caracas"), so one word says little."""
    words = [w for w in re.findall(r"[^\W\d_]+", name.lower()) if w not in _ENGLISH_STOP and (len(w) > 2 or w in _FOREIGN_STOP)]
    if not words:
        return 0.0, 0
    return sum(w not in _FOREIGN_STOP and in_lexicon(w, lexicon) for w in words) / len(words), len(words)
