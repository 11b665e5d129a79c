"""``the country``: a definite reference to the one country the text has just named ("Protests
spread across Kenya. The country's president William Ruto called for calm": Kenya's president).

A description stands for the named thing the text called by its noun (``described`` in
``kg.relations.pronouns``: "X is a town … The town"); news never calls a country "a country"
first, since every reader knows Kenya is one. The gazetteer does: the country ``the country``
stands for is the one country named in its sentence before it or in the sentence before that.
Two different countries there ("talks between Kenya and Uganda. The country's …") make the
reference ambiguous, and it stands for none. When the text did call a name "a country", that
reading is ``described``'s alone, which may find it ambiguous. Measured and left out: the same for
``the city`` (cities of the gazetteer): on Re-DocRED it took "Tallinn" for an article's "The city
is served by Tartu Airport" (the article's topic, Tartu, named otherwise) and found nothing right.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.doc_arrays import sentence_bounds
from kg.lexicon.countries import country_named
from kg.relations.pronoun_kinds import called

if TYPE_CHECKING:
    from kg.relations.arguments import Arguments

#: Nouns a text calls a country by.
COUNTRY_NOUNS = frozenset({"country", "nation"})


def country_before(args: Arguments, tok: Token) -> list[int]:
    """The one country (a GPE the gazetteer knows) named before ``tok`` in its sentence or the
    one before, when ``tok`` is "country"/"nation"; else [], also when the text called a name
    before by the noun (``described`` reads that, and may find it ambiguous)."""
    if tok.lower_ not in COUNTRY_NOUNS or any(
            root.i < tok.i and called(tok.lower_, args.description_nouns(mi)) for mi, root in args.roots.items()):
        return []  # a name the text called so is ``described``'s to take or leave ("X is a country … The country")
    start = sentence_bounds(args.doc, tok.i)[0]
    start = sentence_bounds(args.doc, start - 1)[0] if start > 0 else start
    found: dict[str, int] = {}
    for mi, root in args.roots.items():
        m = args.mentions[mi]
        if start <= root.i < tok.i and m.type == "GPE" and (name := country_named(m.form or m.text)) is not None:
            found.setdefault(name, mi)
    return list(found.values()) if len(found) == 1 else []
