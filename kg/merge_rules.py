"""Merge rules: which names are one entity, and why. ``kg.resolve`` runs them at two levels.

Every merge is recorded with its rule so ``kg explain`` can show why two names are one node:

``pack``       an alias pack names both forms
``variant``    same name up to case, articles, possessives, punctuation and spacing (``U.S.``/``US``)
``country``    the same country by name or ISO code (pycountry; from the name key itself)
``type_vote``  one name under several NER types (``TikTok`` as ORG and NORP)
``acronym``    an acronym defined in the text (``… (CFIUS)``) or matching a name's initials
``designator`` an organisation name with a corporate designator dropped (``Apple Inc.``/``Apple``)
``legal_name`` in one document, a company's name without the word and legal form of its registered
               name (``Toyota Motor Corporation``/``Toyota``; ``kg.merge_org``)
``kind_word``  in one document, a name without the word saying what kind of body or place it is
               (``Epic Records``/``Epic``, ``Hubei Province``/``Hubei``, ``National Company
               KazMunayGas``/``KazMunayGas``)
``of_place``   in one document, a name without the place it is "of" (``Supreme Court of Pakistan``/
               ``Supreme Court``), a place without its kind (``Republic of Karelia``/``Karelia``), a
               club's word before a Romance "of" and its city (``Atlético de Madrid``/``Atlético``)
``fuzzy``      long organisation names that are near-reorderings (rapidfuzz score ≥ FUZZY_THRESHOLD)
``demonym``    a people's adjective and plural with their country (``Israeli``/``Israelis``/``Israel``)
``epithet``    in one document, a name without the epithet after "the" (``Ivan the Terrible``/``Ivan``;
               ``kg.merge_person``)
``stated``     in one document, a name the text gives as another name of the one before it (``Oder (Odra)``)
``refers_back`` in one document, a name's head word alone after "the" (``the House`` after ``House of
               Representatives``; ``kg.merge_org``)
``place_prefix`` in one document, a body's name without the place it opens with (``San Antonio Spurs``/
               ``Spurs``; ``kg.merge_org``)
``maker_prefix`` in one document, a product's or body's name without the organisation that opens it
               (``Toyota Avalon``/``Avalon``; ``kg.merge_org``)
``leading_words`` in one document, a body's first word or two written after its full name
               (``Keystone Health Partners``/``Keystone``; ``kg.merge_leading``)
``name_part``  in one document, a person's short form (``Sharon``, ``bin Laden``) and the full name
``person_name`` in one document, a surname and the full name NER typed as no person (``Naess``/
               ``Leona Naess`` read as an ORG; ``kg.merge_person``)
``middle_initial`` in one document, a person's name with a middle initial and the one that spells it
               (``William H. Armstrong``/``William Hepburn Armstrong``; ``kg.merge_person``)
``middle_name`` in one document, a middle word of one person's full name (``Endara``; ``kg.merge_person``)
``transliteration`` in one document, a person's name spelled another way (``Mariya Zakharova``/
               ``Maria Zakharova``, ``Zelensky``/``Wolodymyr Selenskyj``; ``kg.merge_spellings``)
``patronymic`` in one document, a name and its father's opening a longer name (``Mohammed bin Salman``/
               ``Mohammed bin Salman bin Abdulaziz Al Saud``; ``kg.merge_spellings``)
``name_order`` in one document, a person's name with the family name first and last (``Kishida Fumio``/
               ``Fumio Kishida``; ``kg.merge_spellings``)
``surname_initials`` in one document, a surname with initials and the full name (``Sechin I.I.``/
               ``Igor Sechin``; ``kg.merge_spellings``)
``topic_spelling`` in one document, a one-word name spelled nearly like the surname of the person the
               document opens on (``Seyhun`` after ``Houshang Seyhoun``; ``kg.merge_surnames``)
``transliteration``, ``patronymic``, ``name_order`` across documents too, full names only
               (``corpus_spelling``: ``Volodymyr Zelensky``/``Volodymyr Zelenskyy``, ``Vladimir
               Putin``/``Vladimir Vladimirovich Putin``, ``Tanabe Hiroshi``/``Hiroshi Tanabe``;
               ``kg.merge_spellings``)
``surname``    across documents, a surname-only entity and the one full name of the corpus it fits

Mentions are grouped by a typed ``NameKey`` (``name_key``); a rule sees only ``Names`` (the
distinct names of one document, or of a corpus) and calls ``names.merge``; the first rule that
merges a name is its recorded reason, and a rule that declines a merge it was asked about records
why in ``names.apart``. Guards: only compatible types merge; names that differ in a number never
merge; a short name that fits two people stays apart.

The rules live by family: ``kg.merge_variants`` (one name written or typed differently),
``kg.merge_org`` (organisation and place names), ``kg.merge_surnames`` and ``kg.merge_person`` (a
person's short forms), ``kg.merge_stated`` (names the text gives as one), ``kg.merge_spellings`` (a person's name
spelled two ways); the names they see are
``kg.merge_names``'. This module is their registry: which rules each level runs, in what order.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.merge_leading import leading_words
from kg.merge_names import TYPE_GROUPS, NameItem, Names, UnionFind, name_key  # noqa: F401  (re-exported)
from kg.merge_org import (  # noqa: F401
    FUZZY_THRESHOLD, acronym, designator, fuzzy, kind_word, legal_name, maker_prefix, of_place, place_prefix,
    refers_back,
)
from kg.merge_person import epithet, middle_initial, middle_name, person_name
from kg.merge_spellings import corpus_spelling, surname_initials, transliteration
from kg.merge_stated import stated
from kg.merge_surnames import name_part, name_part_joined, surname, topic_spelling
from kg.merge_variants import country_short, demonym, same_spelling, type_vote
from kg.name_compare import _content, _fuzzy_key, aligned  # noqa: F401  (resolve re-exports them)

#: The modules that hold merge rules; ``kg.resolve_blocks`` knows the blocking of their rules.
RULE_MODULES = frozenset({"kg.merge_variants", "kg.merge_org", "kg.merge_surnames", "kg.merge_person",
                          "kg.merge_stated", "kg.merge_spellings", "kg.merge_leading"})

#: The rules of the first level, over the names of one document, in the order they run. A
#: name's recorded reason is the first rule that merged it, so moving a rule changes ``kg
#: explain``; ``country`` comes from the key itself (``name_key``).
MERGE_RULES: tuple[Callable[[Names], None], ...] = (
    same_spelling, type_vote, refers_back, acronym, designator, legal_name, kind_word, of_place, fuzzy, demonym, transliteration,
    surname_initials, middle_initial, name_part, person_name, middle_name, epithet, stated, name_part_joined, topic_spelling, place_prefix, maker_prefix,
    leading_words, country_short,
)
#: The rules of the second level, over the document-level entities of a corpus: the same, except
#: that a surname links only to a dominant full name (``surname``), never by sharing a document.
CORPUS_RULES: tuple[Callable[[Names], None], ...] = (
    same_spelling, type_vote, acronym, designator, fuzzy, demonym, corpus_spelling, surname,
)
