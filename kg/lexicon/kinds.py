"""Words in names and phrases that say what kind of thing a name is: a religion, a political group,
a body of water, a range, a division, a sea, a war, an award, a record label, a league, a
legislature, a government, an institution, a continent.

``kg.predicates`` reads them to type nodes (``node_types``) and so guard which predicates an edge
may take; they live here, as data beside the other word tables of ``kg.lexicon``, so that the
typing code stays readable. ``kg.predicates`` re-exports every name.
"""

from __future__ import annotations

from kg.lexicon.words import DIVISION_WORDS as _SPAN_DIVISION_WORDS

#: Words that make a NORP (or an organisation) a religion ("Catholic", "Sunni Muslims", "Church of
#: England" is an ORG with no such word: it stays ORG).
RELIGION_WORDS = frozenset(
    """catholic catholics protestant protestants muslim muslims islamic jewish jews judaism christian
    christians buddhist buddhists hindu hindus sikh sikhs orthodox anglican anglicans methodist
    methodists baptist baptists lutheran lutherans presbyterian mormon mormons evangelical sunni shia
    shiite shiites quaker quakers calvinist jesuit episcopal pentecostal islam christianity buddhism
    hinduism sikhism catholicism protestantism""".split()
)
#: Words that qualify a religion word but name none alone ("Roman Catholic"; "Roman" is a people).
RELIGION_QUALIFIERS = frozenset({"roman", "greek", "russian", "eastern", "reformed"})
#: An organisation is a religion when its name ends so ("Roman Catholic Church"); "Catholic Press
#: Association" is no religion.
RELIGION_BODIES = frozenset("church churches communion faith".split())
#: Words that make a NORP a political group ("Republicans", "Communist"), not a nationality.
POLITICAL_WORDS = frozenset(
    """democrat democrats democratic republican republicans conservative conservatives liberal
    liberals socialist socialists communist communists labour labor nazi nazis marxist marxists
    fascist fascists green greens tory tories whig whigs federalist federalists""".split()
)
#: The kind word a party's name may end on instead of "Party" ("Democratic Alliance", "Patriotic
#: Front", "People's Progressive Movement", "Union for a Popular Movement"): a party only with a
#: political word (``POLITICAL_WORDS``, ``PARTY_QUALIFIERS``) in the name; "National Football
#: League", "European Union", "Trades Union Congress" (and so "African National Congress") have none.
PARTY_HEADS = frozenset("movement alliance front congress league union coalition bloc".split())
#: Words that make a name on a ``PARTY_HEADS`` word a party's besides the political ones.
PARTY_QUALIFIERS = frozenset("progressive popular patriotic revolutionary nationalist social".split())
#: Words naming a body of water ("Rhine River", "Lake Geneva", "North Sea").
WATER_WORDS = frozenset(
    "river lake sea ocean bay gulf strait channel creek sound canal lagoon fjord estuary reservoir".split()
)
#: Last words of a mountain range's name ("Ellsworth Mountains", "Sentinel Range"): a peak or a pass
#: "in" a range is a part of it (Wikidata P361), not in an administrative territory (P131).
RANGE_WORDS = frozenset({"mountains", "range"})
#: Last words of an administrative division's name ("Aydın Province", "Albany County", "Morogoro
#: Region"): a town the division is named after is its seat, inside it ("Kermanshah is in
#: Kermanshah Province"), not the other way round.
#: ``kg.lexicon.words.DIVISION_WORDS`` (the words spans read) with "shire", "raion", "parish"; not
#: "state" ("Ohio State" is a university as often as a division).
DIVISION_WORDS = (_SPAN_DIVISION_WORDS - {"state"}) | {"shire", "raion", "parish"}
#: Last words of the name of a sea or an ocean ("Aegean Sea", "Pacific Ocean"): no country holds
#: it; the countries on its shores are its basin countries (Wikidata P205), not its country (P17).
SEA_WORDS = frozenset({"sea", "ocean"})
#: Words naming a war or a battle ("First World War", "Battle of Hastings").
CONFLICT_WORDS = frozenset(
    "war wars battle siege campaign revolution uprising rebellion conflict invasion offensive crusade insurgency".split()
)
#: Last words of award names ("Academy Award"); "Bronze Star" is left out (a star is not always
#: one), and so are cups and trophies (the "World Cup" is a tournament).
AWARD_WORDS = frozenset("award awards prize prizes medal medals honour honor decoration".split())
#: Last words of record labels' names ("Epic Records", "XL Recordings", "Polar Music").
LABEL_WORDS = frozenset("records recordings music".split())
#: Last words of the names of sports leagues and their tiers ("National Football League", "Scottish
#: Premiership", "Serbian First League", "Scottish Second Division").
LEAGUE_WORDS = frozenset("league division premiership".split())
#: Last words of a legislature's name ("Australian Parliament", "National Assembly", "Dublin City
#: Council"), or the words of a chamber's ("House of Representatives", "House of Commons").
LEGISLATURE_WORDS = frozenset("parliament congress assembly senate legislature council".split())
#: The word before "Council" in a council of three words or more that is a place's legislature
#: ("Dublin City Council", "Albany County Council"); "Queensland Tourism Industry Council" is none.
COUNCIL_KINDS = frozenset("city county town district borough municipal regional legislative shire parish".split())
LEGISLATURE_CHAMBERS = ("house of representatives", "house of commons", "house of lords", "house of councillors")
#: Last words of a national government body's name ("Norwegian Government", "Australian
#: Parliament"): its country is the jurisdiction it applies to. Not a council: a city's or a
#: county's, its country is not its jurisdiction ("Calgary City Council" applies to Calgary).
GOVERNMENT_WORDS = (LEGISLATURE_WORDS - {"council"}) | frozenset({"government", "cabinet"})
#: Words of an institution's name that has a site of its own, so that the place it is named
#: after is where it is ("University of Alberta", "Syracuse University", "Miami Heart Institute",
#: "Philadelphia Museum of Art", "Boston Symphony Orchestra", "Episcopal Diocese of Connecticut").
#: Not a school (a school district is named after its town, "Villanova Preparatory School" lies
#: in Ojai, California, and "Liverpool School of Tropical Medicine" is rare beside "Angleton
#: Intermediate School District"), nor a company ("Beijing Jinyu Group"), a club or a newspaper,
#: which a place names without being in it.
INSTITUTION_WORDS = frozenset("""university universities college colleges academy institute hospital
    museum orchestra diocese archdiocese seminary conservatory library""".split())
#: Continents and their parts, as a reader names them ("South America").
CONTINENTS = frozenset(
    "africa antarctica asia australia europe oceania america americas eurasia".split()
    + ["north america", "south america", "latin america", "central america"]
)

#: Nouns for a political party that a name written before them names ("the ruling Morena party",
#: "the Batkivshchyna faction"): a party noun stands for that name with an adjective of its own.
PARTY_KIND_NOUNS = frozenset({"party", "faction", "bloc"})
#: Lower-case nouns of a titled work written before its title ("her album Lotus", "the film Duty").
TITLED_WORKS = frozenset("album single song ep mixtape novel film movie book documentary soundtrack".split())
