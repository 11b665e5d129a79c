"""A news story's headline and the names in it.

NER reads a headline (the text's first line, a blank line after it, no full stop) badly: a line
of names and verbs without articles, often In Title Case, where every word has a capital. It
types the story's people places ("Sánchez receives Stoltenberg in the Moncloa") and runs names
into the words beside them ("Garvan Guilty", "Kehoe Pleads Guilty", "Kanazawa Lose Vasconcelos",
"Cholera Outbreak Confirmed"); each such phrase became a node, and took the short forms of the
story's people ("Mr Garvan", "Kehoe") from their full names. The story below the headline names
the same people and bodies in sentences NER reads well, so the body says what a headline's name
is: ``headline_people`` gives a one-word name the story uses as a surname its person's type, and
``title_case_names`` keeps of a Title-Case headline's names only the words the story names.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace

from kg.lexicon.countries import city_names, country_names, demonyms, is_country
from kg.lexicon.frequency import common_word
from kg.model import Mention

#: What ends a sentence, not a headline ("… the Élysée" has no full stop; a quoted one may end so).
_SENTENCE_ENDS = (".", "!", "?", "\"", "”", "»", ":")


def headline_end(original: str) -> int:
    """Where the headline ends (the line break after it), or -1: the text's first line, when it
    ends in no full stop and a blank line follows it, or a single line break and a line more than
    twice as long: a title above an article written without a blank line ("Tomas Velinder" above
    "Tomas Velinder (born 14 March 1991 in Skarnholm) is a Swedish footballer …", which NER had
    read as one name of both). A hard-wrapped text's first line is as long as the next.

    >>> headline_end("Tomas Velinder\\nTomas Velinder (born 1991) is a footballer."), headline_end("One line.\\nTwo")
    (14, -1)
    """
    end = original.find("\n\n")
    line = original[:end].strip() if end > 0 else ""
    if line and "\n" not in line and not line.endswith(_SENTENCE_ENDS):
        return end
    brk = original.find("\n")
    line = original[:brk].strip() if brk > 0 else ""
    after = original[brk + 1:].split("\n", 1)[0].strip() if brk > 0 else ""
    if line and len(line.split()) <= 12 and not line.endswith(_SENTENCE_ENDS) and len(after) > 2 * len(line):
        return brk
    return -1


def headline_people(mentions: list[Mention], original: str) -> list[Mention]:
    """A one-word name in a news headline that the story then gives as a person's surname is that
    person ("Sánchez receives Stoltenberg in the Moncloa", then "Pedro Sánchez", "Jens
    Stoltenberg"): NER types them places or bodies, and a place-typed short form written before
    the full name stays apart from it (a town named after a person: ``kg.merge_surnames``). A
    country, a people or a city of the gazetteer keeps its type ("Washington welcomes the deal"
    above "President George Washington signed it"), unless the story calls the person by that
    word alone and never names the city: "Hale double fires Townsville to top of the table" above
    "Marcus Hale scored twice … Hale, 24, put the visitors ahead" is the player, not the English
    town."""
    end = headline_end(original)
    if end < 0:
        return mentions
    surnames = {m.text.split()[-1] for m in mentions if m.start > end and m.type == "PERSON" and " " in m.text}
    body = [m for m in mentions if m.start > end]
    called = {m.text for m in body if m.type == "PERSON"} - {m.text for m in body if m.type != "PERSON"}
    return [replace(m, type="PERSON", origin="typed")
            if m.end <= end and m.type in ("GPE", "LOC", "ORG", "NORP", "FAC") and m.text in surnames
            and (m.text.lower() not in city_names() or m.text in called) and m.text.lower() not in country_names()
            and m.text.lower() not in demonyms() else m
            for m in mentions]


_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def title_case_headline(line: str) -> bool:
    """``line`` is written In Title Case: every word of four letters or more starts with a capital,
    three such words at least, two of them everyday English words ("Garvan Guilty On Eleven Counts
    In Liffey Mutual Fraud Trial"; "Pettigrew Raises Lyndhurst Offer For Bokamoso"). Not a line in
    capitals (``kg.shouting``), nor a line of names ("Liffey Mutual Assurance"), nor one in
    sentence case ("Hale double fires Townsville to top of the table"), nor a source line, a
    place and an agency ("Cairo - Middle East News Agency")."""
    words = [w for w in _WORD.findall(line) if len(w) >= 4]
    if len(words) < 3 or line.isupper() or not all(w[0].isupper() for w in words) \
            or any(dash in line for dash in (" - ", " – ", " — ")):
        return False
    return sum(common_word(w.lower()) for w in words) >= 2


def title_case_names(mentions: list[Mention], original: str) -> list[Mention]:
    """A Title-Case headline's names, cut to the words the story below names: "Garvan Guilty" ->
    "Garvan" (the story's "Eamon Garvan"), "Kanazawa Lose Vasconcelos" -> "Kanazawa" and
    "Vasconcelos", "Pettigrew Raises Lyndhurst Offer" -> "Lyndhurst": the runs of the name's words
    that are names of the story or a person's surname there, typed as the story types them (a
    surname as its person, though NER typed it a place elsewhere in the story). A name none of whose words
    the story names goes ("Cholera Outbreak Confirmed"), except a country, a people or a city of
    the gazetteer, an alias pack's name, and a name that is the whole line when the text writes it
    again: an article's title ("Steppe Commercial Bank" above "Steppe Commercial Bank JSC (abbr.
    SCB) is a Kazakh bank"; not "Trade Tribunal Hears Evidence In Korean Steel Case", a headline)."""
    end = headline_end(original)
    if end < 0 or not title_case_headline(original[:end]):
        return mentions
    types: dict[str, Counter] = defaultdict(Counter)
    for m in mentions:
        if m.start > end:
            types[m.text.casefold()][m.type] += 1 if m.text.isupper() else 2  # a dateline's capitals: weaker
            words = m.text.split()
            if m.type == "PERSON" and len(words) >= 2:  # a person's surname: his, whatever NER read
                types[words[-1].casefold()]["PERSON"] += len(mentions)
    line = original[:end].strip()
    title = line in original[end:]  # an article's title the text writes again; a news headline is never repeated
    out = []
    for m in mentions:
        if m.start > end or m.origin == "pack" or _known_place(m.text) or m.text == line and title:
            out.append(m)
            continue
        for start, stop in _named_runs(m, types):
            text = original[start:stop]
            out.append(replace(m, start=start, end=stop, text=text, form=None,
                               type=types[text.casefold()].most_common(1)[0][0]))
    return sorted(out, key=lambda m: (m.start, m.end))


def _known_place(text: str) -> bool:
    low = text.lower()
    return is_country(text) or low in city_names() or low in demonyms()


def _named_runs(m: Mention, types: dict[str, Counter]) -> list[tuple[int, int]]:
    """The character bounds of the runs of ``m``'s words that the story names (``types``), the
    longest first and none over another: "Kanazawa Lose Vasconcelos" holds two."""
    words = [(w.start(), w.end()) for w in _WORD.finditer(m.text)]
    taken = [False] * len(words)
    runs = []
    for size in range(len(words), 0, -1):
        for i in range(len(words) - size + 1):
            a, b = words[i][0], words[i + size - 1][1]
            if not any(taken[i:i + size]) and m.text[a:b].casefold() in types:
                taken[i:i + size] = [True] * size
                runs.append((m.start + a, m.start + b))
    return runs
