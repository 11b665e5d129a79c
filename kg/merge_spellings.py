"""The merge rules for one person's name written two ways in one document: ``transliteration``
("Mariya Zakharova" beside "Maria Zakharova", "Zelensky" beside "Wolodymyr Selenskyj"; the words
compared by ``kg.transliteration``), ``patronymic`` ("Mohammed bin Salman" beside "Mohammed bin
Salman bin Abdulaziz Al Saud") and ``surname_initials`` ("Sechin I.I." beside "Igor Sechin").
Translated news writes a foreign name as the language it passed through spells it, and Russian
style gives the initials after the surname. Listed in ``kg.merge_rules``; they run before
``name_part``, so a surname that fits both spellings ("Zakharova") then fits one person."""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.lexicon.given_names import given_name
from kg.lexicon.names import name_words, short_of, strip_title
from kg.lexicon.nicknames import nickname_pair
from kg.lexicon.words import SON_OF
from kg.merge_guards import _before, _mistyped
from kg.merge_names import NameItem, Names
from kg.merge_person import _person_shaped
from kg.transliteration import same_name_word, spelling_key

def _same(a: list[str], b: list[str]) -> bool:
    return len(a) == len(b) and all(same_name_word(x, y) for x, y in zip(a, b))


def spelled_as(short: list[str], full: list[str]) -> str | None:
    """How ``short`` is ``full`` written another way, word by word (``same_name_word``): ``same``
    (every word), ``surname`` (its last words), ``dropped`` (first and last words kept, middle
    ones dropped), ``patronymic`` (a name and its father's, "x bin y", opening the full name),
    ``name_order`` (the family name written first in one, last in the other: "Kishida Fumio" /
    "Fumio Kishida", as Japanese, Chinese, Korean and Hungarian news write it), ``nickname`` (the
    first word a nickname of the other's, ``kg.lexicon.nicknames``, the rest the same: "Rudy
    Giuliani" / "Rudolph Giuliani").

    >>> spelled_as(["mariya", "zakharova"], ["maria", "zakharova"]), spelled_as(["zelensky"], ["wolodymyr", "selenskyj"])
    ('same', 'surname')
    >>> spelled_as(["muhammad", "bin", "salman"], ["mohammed", "bin", "salman", "bin", "abdulaziz", "al", "saud"])
    'patronymic'
    >>> spelled_as(["kishida", "fumio"], ["fumio", "kishida"]), spelled_as(["moon", "jae", "in"], ["jae", "in", "moon"])
    ('name_order', 'name_order')
    >>> spelled_as(["rudy", "giuliani"], ["rudolph", "giuliani"]), spelled_as(["jack", "ryan"], ["jacqueline", "ryan"])
    ('nickname', None)
    >>> spelled_as(["mario", "rossi"], ["maria", "rossi"]), spelled_as(["salman"], ["mohammed", "bin", "salman"])
    (None, None)
    """
    n = len(short)
    if _same(short, full):
        return "same"
    if n >= 2 and n == len(full) and nickname_pair(short[0], full[0]) and _same(short[1:], full[1:]):
        return "nickname"
    if n >= 2 and n == len(full) and (_same(short[1:] + short[:1], full) or _same(full[1:] + full[:1], short)):
        return "name_order"
    if not n or n >= len(full):
        return None
    if _same(short, full[-n:]) and full[-n - 1] not in SON_OF:
        return "surname"
    if n >= 3 and short[-2] in SON_OF and _same(short, full[:n]):
        return "patronymic"
    if n >= 2 and same_name_word(short[0], full[0]) and same_name_word(short[-1], full[-1]):
        rest = iter(full[1:-1])
        if all(any(same_name_word(w, x) for x in rest) for w in short[1:-1]):
            return "dropped"
    return None


def _mistyped_full(items: list[NameItem]) -> list[int]:
    """Full names NER typed as no person that are shaped like a person's (``_person_shaped``:
    "Igor Sechin" read as an ORG after "the Rosneft company")."""
    return [j for j, n in enumerate(items) if n.group != "person" and _person_shaped(n)]


#: How close (characters between them) two spellings in one sentence name two people: "John
#: Smith and his son Jon Smith" (12), "Maria Zakharova and her namesake Mariya Zakharova" (18); a
#: translation repeating one name after a clause is farther ("Hussein al-Sheikh attended the
#: meeting, and Hussain Al Sheikh later met ...", 26).
SIDE_BY_SIDE = 24


def _side_by_side(a: NameItem, b: NameItem) -> bool:
    """Both names written close together in one sentence: two people named in one phrase."""
    return any(x.doc == y.doc and x.sent_start == y.sent_start and max(x.start, y.start) - min(x.end, y.end) <= SIDE_BY_SIDE
               for x in a.mentions for y in b.mentions)


def transliteration(names: Names) -> None:
    """``transliteration``: in one document, a person's name and another spelling of it ("Mariya
    Zakharova" after "Maria Zakharova"; "Zelensky" after "Wolodymyr Selenskyj"; "Muhammad bin
    Salman" after "Mohammed bin Salman bin Abdulaziz Al Saud", recorded ``patronymic`` when no
    word is spelled differently; "Fumio Kishida" after "Kishida Fumio", the family name moved,
    recorded ``name_order`` when no word is spelled differently), words compared by ``same_name_word``. Guards: the short one (or one of two of equal length)
    a person, the other a person or a name NER mistyped that is shaped like one
    (``_person_shaped``), names of letters; a one-word name NER typed as an organisation, a place
    or a people that is none of the known ones (``_mistyped``: "Zelenskyy" read as an ORG) joins
    a person only as a surname; a short name (fewer words) takes the full names it fits only when its own
    words fit no other full name as written (``short_of``, ``name_part``'s) and all the fits are
    one entity; two names written close together in one sentence are two people ("John Smith and
    his son Jon Smith", ``SIDE_BY_SIDE``); otherwise it stays apart, recorded."""
    items = names.items
    persons = [i for i, n in enumerate(items)
               if n.group == "person" and n.key.plain and all(w.isalpha() for w in n.words)]
    full = [j for j in persons if len(items[j].words) >= 2] + _mistyped_full(items)
    surnames = [i for i in _mistyped(items) if i not in full]  # "Zelenskyy" NER read as an ORG
    words = {i: items[i].words for i in persons + full + surnames}  # as written: "Paul Desmarais Jr." is not "Sr."
    person = set(persons)
    for i in sorted(persons + surnames, key=lambda i: (-len(words[i]), i)):  # full names first: then their short forms
        fits: list[int] = []
        hows: list[str] = []
        for j in full:
            if j == i or (len(words[j]) == len(words[i]) and j > i and j in person):
                continue
            how = spelled_as(words[i], words[j])
            if i not in person and (how != "surname" or j not in person):
                continue  # a name NER mistyped joins a person only as a surname
            if how is None or (how != "patronymic" and short_of(words[i], words[j])):
                continue  # no fit, or ``name_part``'s as written
            if _side_by_side(items[i], items[j]):
                names.apart.setdefault(i, f"written beside {items[j].best} in one phrase: two people")
                fits = []
                break
            fits.append(j)
            hows.append(how)
        if not fits:
            continue
        written = {names.find(j) for j in full if j != i and short_of(words[i], words[j]) in ("surname", "dropped")}
        if len({names.find(j) for j in fits} | written) == 1:
            j = fits[0]
            same = hows[0] == "patronymic" and words[i] == words[j][:len(words[i])]
            order = hows[0] == "name_order" and sorted(words[i]) == sorted(words[j])
            names.merge(j, i, "patronymic" if same else "name_order" if order else
                        "nickname" if hows[0] == "nickname" else "transliteration")
        else:
            names.apart.setdefault(i, "fits two people in one document: "
                                   + ", ".join(sorted({items[j].best for j in fits} | {items[j].best for j in full
                                                       if names.find(j) in written})))


#: A surname then one to three initials ("Sechin I.I.", "Putin V. V."), Russian news style.
_SURNAME_INITIALS = re.compile(r"(?P<surname>[^\W\d_][\w'-]+)\s+(?P<initials>(?:[^\W\d_]\.\s*){1,3})")
#: One to three initials then a surname ("I.I. Sechin").
_INITIALS_SURNAME = re.compile(r"(?P<initials>(?:[^\W\d_]\.\s*){1,3})\s*(?P<surname>[^\W\d_][\w'-]+)")


def _initials_form(n: NameItem) -> tuple[str, list[str]] | None:
    """The surname and initials a name is written as ("sechin", ["i", "i"]), or None."""
    for form in n.forms:
        form = strip_title(form).strip()
        m = _SURNAME_INITIALS.fullmatch(form) or _INITIALS_SURNAME.fullmatch(form)
        if m and m["surname"][:1].isupper():
            return m["surname"].lower(), [c.lower() for c in m["initials"] if c.isalpha()]
    return None


def surname_initials(names: Names) -> None:
    """``surname_initials``: in one document, a surname with initials ("Sechin I.I.", "I.I. Sechin")
    joins the full name whose surname it is and whose given name starts with the first initial
    ("Igor Sechin"); a second initial matches the full name's second given name when it has one,
    else it is a patronymic the full name leaves out (Igor Ivanovich Sechin). Guards: both
    persons; the surname as written or transliterated (``same_name_word``); one full name's entity
    fits ("Sechin I.I." beside Igor and Ivan Sechin stays apart, recorded); initials that
    ``name_part`` reads as written ("J. H. Dearle") are left to it; the full name is
    written first, as a writer introduces a person (a club's "Altınordu S.K." before its player
    "Sait Altınordu" is no short form of his name); the full name a person
    or shaped like one (``_person_shaped``: "Igor Sechin" NER read as an ORG)."""
    items = names.items
    full = [j for j, n in enumerate(items) if n.group == "person" and n.key.plain and len(name_words(n.words)) >= 2]
    full += _mistyped_full(items)
    for i, n in enumerate(items):
        if n.group != "person" or not n.key.plain:
            continue
        parsed = _initials_form(n)
        if parsed is None or any(j != i and short_of(n.words, items[j].words) for j in full):
            continue  # "J. H. Dearle" beside "John Henry Dearle": ``name_part``'s as written
        last, letters = parsed
        fits = []
        for j in full:
            words = name_words(items[j].words)
            given = words[:-1]
            if j == i or not same_name_word(last, words[-1]) or given[0][:1] != letters[0] or len(given[0]) < 2 \
                    or not _before(items[j], n):
                continue
            if all(k >= len(given) or given[k][:1] == c for k, c in enumerate(letters)):
                fits.append(j)
        if len({names.find(j) for j in fits}) == 1:
            names.merge(fits[0], i, "surname_initials")
        elif fits:
            names.apart.setdefault(i, "fits two people in one document: " + ", ".join(sorted({items[j].best for j in fits})))


#: A patronymic: a father's name made a middle name, as Russian and Central Asian names carry one
#: ("Vladimirovich", "Kemelevich", "Ivanovna", "Nursultanuly", "Aliyevich", Azerbaijani "oglu").
_PATRONYMIC_WORD = re.compile(r".{3,}(?:ovich|evich|ovna|evna|ichna|yevich|uly|ulu|kyzy|qizi|ogly|oglu)")


def spelling_block(n: NameItem) -> str | None:
    """The block ``corpus_spelling`` compares a person's full name in: its last word's spelling
    key reduced to the first letter and the consonants (``same_name_word`` tells words apart by
    inner vowels only); None for a name the rule does not read."""
    words = name_words(n.words)  # "Wayne Martin QC" is filed under "martin", as ``surname`` files it
    if n.group != "person" or not n.key.plain or len(words) < 2 or not all(w.isalpha() for w in n.words):
        return None
    key = spelling_key(words[-1])
    return key[:1] + re.sub(r"[aeiou]", "", key[1:])


def corpus_spelling(names: Names) -> None:
    """``transliteration`` across documents: two persons' full names (two words or more) that
    are one name spelled two ways word for word ("Volodymyr Zelensky" in one story, "Volodymyr
    Zelenskyy" in another, ``spelled_as``: same), or the longer of which only adds patronymics
    ("Vladimir Putin", "Vladimir Vladimirovich Putin": recorded ``patronymic``), or whose given
    names are a name and its nickname ("Rudolph Giuliani", "Rudy Giuliani": ``nickname``). Guards: names
    that share a document are that document's level's to join or keep apart ("Maria Zakharova
    and her namesake Mariya Zakharova"); a dropped middle word must be a patronymic ("John
    Smith" and "John Michael Smith" stay two); surnames alone never link documents (``surname``'s job).
    Also ``initials`` (``_initials_across``: "LK Advani", "Lal Krishna Advani") and ``name_order``
    (``_order_across``: "Tanabe Hiroshi", "Hiroshi Tanabe")."""
    items = names.items
    for members in _blocks(items, spelling_block).values():
        docs = {i: frozenset(m.doc for m in items[i].mentions) for i in members}
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                if docs[i] & docs[j]:
                    continue  # one document's names: its own level decided (``transliteration``)
                a, b = sorted((items[i].words, items[j].words), key=len)
                how = spelled_as(a, b)
                middle = b[1:len(b) - len(a) + 1] if how == "dropped" and len(a) == 2 else []
                if how in ("same", "nickname") or middle and all(_PATRONYMIC_WORD.fullmatch(w) for w in middle):
                    names.merge(i, j, {"same": "transliteration", "nickname": "nickname"}.get(how, "patronymic"))
        _initials_across(names, members, docs)
    _order_across(names)


def order_block(n: NameItem) -> str | None:
    """The block ``corpus_spelling`` reads a two-word person's name in for ``name_order``: its
    words' spelling keys in either order ("Tanabe Hiroshi" and "Hiroshi Tanabe" share one)."""
    if n.group != "person" or not n.key.plain or len(n.words) != 2 or not all(w.isalpha() for w in n.words):
        return None
    return "order:" + "|".join(sorted(spelling_key(w) for w in n.words))


def _order_across(names: Names) -> None:
    """``name_order`` across documents: "Tanabe Hiroshi" (a story translated from Japanese) and
    "Hiroshi Tanabe" (an English one) are one man, the family name written first in one. Guards:
    the two names share no document; not both words given names ("James Scott" and "Scott James"
    are two people)."""
    items = names.items
    for members in _blocks(items, order_block).values():
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                words = items[i].words
                if spelled_as(words, items[j].words) == "name_order" and not _docs(items[i]) & _docs(items[j]) \
                        and not all(given_name(w.capitalize()) for w in words):
                    names.merge(i, j, "name_order")


def _docs(n: NameItem) -> frozenset[str]:
    return frozenset(m.doc for m in n.mentions)


def _blocks(items: list[NameItem], key_of: Callable[[NameItem], str | None]) -> dict[str, list[int]]:
    """The names of each block ``key_of`` files them in (None: in none), in order."""
    blocks: dict[str, list[int]] = {}
    for i, n in enumerate(items):
        if (key := key_of(n)) is not None:
            blocks.setdefault(key, []).append(i)
    return blocks


#: Given names written as initials: two or three ("LK", "L.K.", "L. K." of "LK Advani"), or one
#: with its full stop ("B." of "B. Sidikov": translated news names an official so once named in full).
_INITIALS = re.compile(r"[A-Z]\.|(?:[A-Z]\.?\s*){2,3}")


def given_initials(best: str) -> str | None:
    """The initials a name's given names are written as ("LK Advani", "L.K. Advani" -> "lk"), or
    those of its given names written out ("Lal Krishna Advani" -> "lk", marked by a leading "="
    so the two kinds never compare equal among themselves; a hyphenated one gives each part's,
    "Jean-Pierre Raffarin" -> "jp"); None for anything else."""
    parts = best.split()
    if len(parts) < 2:
        return None
    given = " ".join(parts[:-1])
    if _INITIALS.fullmatch(given):
        return re.sub(r"[.\s]", "", given).lower()
    words = [p for w in parts[:-1] for p in w.split("-")]
    if all(w.isalpha() and len(w) > 1 and w[0].isupper() and not w.isupper() for w in words) and len(parts) <= 4:
        return "=" + "".join(w[0] for w in words).lower()
    return None


def _initials_across(names: Names, members: list[int], docs: dict[int, frozenset[str]]) -> None:
    """``initials``: a name whose given names are initials ("LK Advani", "B. Sidikov") and the one
    full name of another document they spell with the same surname ("Lal Krishna Advani",
    "Bahodir Sidikov"); several such full names leave it apart. One initial says less: it joins
    only where the corpus has one full name of that surname at all ("B. Sidikov" beside Bahodir
    and Anvar Sidikov stays apart, as does "J. Smith" beside John and Anna Smith)."""
    items = names.items
    spelled = {i: given_initials(items[i].best) for i in members}
    for i in members:
        short = spelled[i]
        if short is None or short.startswith("="):
            continue
        same = [j for j in members if (spelled[j] or "").startswith("=")
                and same_name_word(name_words(items[j].words)[-1], name_words(items[i].words)[-1])]
        fits = [j for j in same if not docs[i] & docs[j] and (spelled[j] == "=" + short if len(short) > 1
                                                              else spelled[j].startswith("=" + short))]  # "K. Tokayev"
        if len(short) == 1 and len({names.find(j) for j in same}) > 1:
            continue
        if fits and len({names.find(j) for j in fits}) == 1:
            names.merge(fits[0], i, "initials")
