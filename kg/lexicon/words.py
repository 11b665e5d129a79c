"""Word lists shared by truecasing, mention finding and resolution (no spaCy import).

Each list answers one question. Where two lists look alike but must differ, they sit side by side
here with the reason; changing either changes the outputs.
"""

from __future__ import annotations

import re

#: A word, for the lists below and for truecasing: a run of letters.
WORD_RE = re.compile(r"[^\W\d_]+")
#: A number right before a word ("380,000 reais", "12.5 hectares"), and the words of a large number
#: ("4.1 billion reais"): a word counted so is a unit or a currency, no name (``kg.truecase``).
AMOUNT_BEFORE = re.compile(r"\d[\d,.]*\s+$")
NUMBER_SCALES = {"hundred", "thousand", "million", "billion", "trillion", "lakh", "lakhs", "crore", "crores"}


def amount_before(text: str, start: int) -> bool:
    """``AMOUNT_BEFORE`` in the 24 characters before ``start``. Truecasing asks it of every
    lower-case word; the regex needs whitespace right before ``start`` after a digit, a comma or a
    point, which the characters there rule out for almost every word without running it."""
    j = start
    while j > 0 and text[j - 1].isspace():  # ``\s``: str.isspace; ``\d``: str.isdecimal
        j -= 1
    if j == start or j == 0 or not (text[j - 1].isdecimal() or text[j - 1] in ",."):
        return False
    return AMOUNT_BEFORE.search(text, max(0, start - 24), start) is not None


# --- titles and roles -------------------------------------------------------------------------

#: Words before a surname that mark a person ("President trump", "Mr. zhang"): truecasing
#: recases the word after one, mentions take a span after one as a person, resolution strips them.
PERSON_TITLES = frozenset(
    """president vice-president chairman chairwoman ceo founder co-founder minister spokesman
    spokeswoman spokesperson senator governor secretary mr mrs ms dr prof professor mayor
    chancellor premier judge king queen prince princess pope sheikh ambassador director
    representative rep sen gov h.h h.e h.r.h h.m comrade cllr shri smt shrimati hon honourable honorable khun dott
    dott.ssa councilmember councilman councilwoman madam madame bapak ibu ir drs tengku tunku datuk dato datin seri encik puan
    monsieur mister gospodin gospozha pani sayın señor señora senhor senhora sra srta lic licda lcda lcdo dra
    mtro arq dipl.-ing herr frau""".split()  # His Highness, His Excellency (Gulf and
)  # translated news); "Comrade Le Minh Khoa" (Vietnamese, Chinese, Lao and Cuban state media); "Khun Ratana"
# (Thai), "Dott.ssa Francesca Loiacono" (Italian), "the Honourable Dr. Juma Mwakyusa", "Bapak Hendro
# Gunawan", "Ir. Sri Wahyuningsih" (Indonesian: Mr., and an engineer's title), "Tengku Datuk Seri
# Hafiz", "Encik Faizal" (Malaysian), "Monsieur", "Gospodin", "Pani", "Sayın", "Sra.", "Lic.", "Ing.", "Dra."
# (French, Russian, Polish, Turkish, Spanish and Portuguese honorifics and degrees before a name), "Herr"
#: Titles written abbreviated before a name whose full stop spaCy's tokenizer splits off ("Mr.",
#: "Dr.", "Gen." it keeps whole): Indian and East African English ("Smt.", "Shri.", "Hon."), UK councils,
#: and translated news: Spanish and Portuguese ("Lic.", "Ing.", "Dra.", "Sr.", "Sra.", "Mtro.", "Arq."),
#: German ("Dipl.-Ing."), Arabic and Turkish ("Eng.", "Av." a lawyer's), Indonesian ("Ir.", "Drs.").
TITLE_ABBREVIATIONS = frozenset("""smt shri hon cllr supt insp cmdr ir drs lic licda lcda lcdo ing dra sr sra srta
    mtro arq eng av dipl.-ing""".split())
#: Honorifics that open a person's name and are never inside another name ("Mr. Mehmet
#: Demiroğlu", "Madam Hang", "Khun Ratana"); not "Dr" ("Keurig Dr Pepper"), nor an office.
HONORIFICS = frozenset("""mr mrs ms madam madame khun shri smt shrimati bapak ibu encik puan monsieur mister
    gospodin gospozha pani sayın señor señora senhor senhora sra srta herr frau""".split())
#: The sex a courtesy title before a name says its person is ("Mr. Choi", "Ms. Choi"): which of
#: two people sharing a surname in one story it is (``kg.merge_surnames``). Titles that say no
#: sex ("Dr", "Sayın", "Khun") are left out.
ADDRESS_SEX = {
    **dict.fromkeys("mr mister monsieur señor senhor sr herr gospodin bapak encik shri".split(), "male"),
    **dict.fromkeys("""mrs ms miss madam madame señora senhora sra srta frau gospozha pani ibu puan smt
        shrimati""".split(), "female"),
}
#: Job titles and roles that NER sometimes labels ORG/PERSON on their own: a span made only of
#: these (or of PERSON_TITLES) is no name. Unlike PERSON_TITLES it holds roles that are no
#: titles (``manager``, ``head``) and words for users (``netizens``), which are no roles.
ROLE_WORDS = frozenset(
    """ceo coo cfo cto cio cmo vp svp evp md pm mp mep mla chairman chairwoman president founder director
    spokesman spokeswoman minister secretary senator governor executive manager chief head chargé d'affaires
    netizen netizens user users""".split()
)
#: Roles only people hold: an apposition with one marks a person.
#: The possessive marks as the tokenizer writes them ("Cyprus'", "Australia's", "Women" + "'s").
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
PERSON_ROLES = frozenset("""chancellor commissioner spokesman spokeswoman spokesperson boss actor actress singer
    adviser advisor prosecutor""".split())
#: Roles written right before a person's name ("founder X", "CEO X"): the roles of ROLE_WORDS
#: and PERSON_ROLES without the user words and the roles an organisation also has (head, executive).
PEOPLES_ROLES = (ROLE_WORDS | PERSON_ROLES) - {"netizen", "netizens", "user", "users", "head", "executive"} \
    | {"deputy"}  # a legislator right before a name ("the Peronist deputy Germán Martínez"; Spanish "diputado")

#: First words of place names ("Mount Shinn", "Lake Hiawatha", "Fort Worth", "Santa Elena"): no
#: person's name opens so ("Santa" is a given name too).
PLACE_NAME_HEADS = frozenset("mount mt lake cape port fort bay saint st san santa sierra rio".split())
#: First words that make a name another place than the one it holds (``New Mexico``, ``West
#: Virginia``, ``Upper Canada``, ``Greater London``, ``Old Bohumín``): no person's name opens so
#: before a city's name ("Greater Sydney", NER: PERSON; ``kg.entity_types``).
OTHER_PLACE_WORDS = frozenset("""new north south east west northern southern eastern western upper
    lower greater old little great central""".split())

# --- organisation suffixes and designators ---------------------------------------------------
# Two lists on purpose. ORG_SUFFIXES decides which lower-case word *continues* a recased name
# ("suhuijin international" -> "Suhuijin International"), so it includes heads such as ``bank``,
# ``university``, ``agency`` that are part of the name. CORPORATE_DESIGNATORS decides which
# trailing words can be *dropped* when comparing names ("Apple Inc." is Apple), so it includes
# legal forms (``llc``, ``plc``, ``gmbh``) but never a head that distinguishes two bodies
# ("Bank of China" is not "China").

#: Words that continue an organisation name after a recased word ("suhuijin international").
ORG_SUFFIXES = frozenset(
    """international group holdings holding financial technologies technology tech inc corp
    corporation ltd limited co bank airlines airways labs laboratories laboratory capital ventures
    partners pharmaceuticals motors media networks systems software games studios foundation
    institute university agency commission committee ministry department council worldwide
    analytica analytics communications energy entertainment industries fund""".split()
)
#: Lines of business a company's name ends in and no person's ("Nordhavn Shipping", "Kranich
#: Maschinenbau", "Caldwell Pharmaceuticals"), in English and the German, French, Italian and
#: Spanish of names kept untranslated. Not words that are also surnames ("Steel", "Power", "Gold").
BUSINESS_ENDS = frozenset("""shipping maritime logistics freight chemicals pharma therapeutics biosciences
    biotech semiconductor semiconductors electronics engineering construction telecom telecoms
    insurance securities investments trading enterprises solutions services consulting brewing
    breweries textiles cement aviation automotive robotics packaging foods beverages retail apparel
    hotels resorts properties realty films pictures productions publishers publishing press terminals remedies
    industries brewery distillery winery shipbuilders shipbuilding interactive records resources mining minerals metals
    participações participacoes participaciones alimentos bebidas
    werke maschinenbau chemie verpackung versicherung bau elektronik costruzioni industrie construcciones""".split())
#: Lines of business a Spanish, Portuguese, Italian or French company's name opens with, no
#: person's ("Constructora Sullana", "Inmobiliaria Los Andes", "Mineradora Vale Verde",
#: "Costruzioni Ferretti"; ``kg.entity_types``). Not "Grupo", "Banco", "Editorial" (NER reads them).
BUSINESS_OPENERS = frozenset({
    "constructora", "construtora", "inmobiliaria", "imobiliária", "imobiliaria", "comercializadora", "distribuidora",
    "agropecuaria", "agropecuária", "minera", "mineradora", "pesquera", "naviera", "aseguradora", "seguradora",
    "financiera", "financeira", "transportadora", "inversiones", "investimentos", "importadora", "exportadora",
    "cervecería", "cervejaria", "laboratorios", "laboratórios", "laboratoires", "costruzioni", "industrias",
    "indústrias", "constructions", "établissements", "compañía", "companhia", "sociedad", "sociedade", "società",
    "société", "empresa", "corporación", "corporação", "agroindustrial", "agroindustria", "petrolera", "farmacéutica",
    "alimentos", "laticínios", "laticinios", "lácteos", "bebidas",
})
#: Institutions a Spanish, Portuguese, French, Italian, German or Catalan name opens with
#: ("Universidad Mayor de San Simón", "Instituto Nacional de Salud"; NER reads some as people).
INSTITUTION_OPENERS = frozenset(
    """universidad universidade université universität università universitat instituto institut istituto
    colegio escuela escola école hospital ministerio ministério ministère tribunal banco""".split())
#: First words of a body's name, no person's: a line of business or an institution.
BODY_OPENERS = BUSINESS_OPENERS | INSTITUTION_OPENERS
#: Prefixes of ships' names ("USS Israel", "HMS Belfast", "RMS Queen Mary"): what follows is a
#: ship's name, named after a place or a person, not a body of that place.
SHIP_PREFIXES = frozenset("uss usns hms hmas hmat hmcs hmnzs rms ss mv ms ins tcg sms hnlms".split())
#: Ships' prefixes that open nothing else ("SS", "MS", "INS" are also the Nazi SS, Microsoft, an
#: immigration service).
SHIP_ONLY_PREFIXES = SHIP_PREFIXES - {"ss", "ms", "ins"}
#: Legal forms of other countries' companies, written after the name as "Inc." is: Nordic ("Equinor
#: ASA", "Volvo AB", "Nokia Oyj"), Italian ("S.p.A." written "SpA", "Srl"), Dutch ("NV", "BV"),
#: Asian and Latin American ("Pte", "Pty", "Pvt", "Bhd", "Sdn", "KK", "Tbk", "Ltda"), Portuguese and French
#: ("Lda", "Limitada", "SARL", "SAS", "SGPS"), Spanish ("SL"), Hungarian and Balkan ("Kft", "Zrt",
#: "d.o.o."), Turkish ("A.Ş."), and the joint-stock company written after the name ("Al Noor
#: Logistics Holding PJSC"; before it, ``PREFIX_LEGAL_FORMS``).
FOREIGN_FORMS = frozenset("""asa ab oy oyj spa srl nv bv pte pty pvt bhd sdn kk tbk ltda lda limitada sarl sas sl kft zrt doo
    pjsc jsc aş sgps sac eirl""".split())
#: Corporate designators: "Suhuijin International" is Suhuijin, "Apple Inc." is Apple.
CORPORATE_DESIGNATORS = frozenset(
    """inc incorporated corp corporation co company ltd limited llc plc ag sa gmbh group holdings
    holding international worldwide technologies technology tech""".split()
) | FOREIGN_FORMS
#: The words of a registered name that only say a body is incorporated ("Toyota Motor Corporation",
#: "Apple Computer, Inc."): a name ending in one is the body's full legal name (``legal_name``).
#: Wider than ``LEGAL_FORMS`` (those written after a comma), narrower than the designators
#: ("Group", "Holdings", "International" name a body's structure or reach, not its incorporation).
REGISTERED_FORMS = frozenset("inc incorporated corp corporation co company ltd limited llc plc ag sa gmbh".split()) | FOREIGN_FORMS
#: Divisions of a country ("Moravian-Silesian Region", "Gauteng Province"): "of" + the country
#: after one names where it lies, not the division (``kg.spans``).
DIVISION_WORDS = frozenset(
    """region province county district municipality oblast prefecture department canton
    voivodeship governorate state""".split()
)
#: The kind of body a name's last word says it is, which a writer drops once the body is
#: introduced ("Epic Records" ... "Epic", "Butler University" ... "Butler", "Fyllingen IL", a radio
#: station's band after its call sign: "CKNL-FM" ... "CKNL"; an airline's "Qantas Airways" ... "Qantas";
#: a football club's "Estrela Atlântica FC" ... "Estrela Atlântica"):
#: within one document the short form is that body. Unlike CORPORATE_DESIGNATORS these never
#: join two documents ("Epic" elsewhere may be Epic Games), and a word that names a line of
#: business ("Electronics", "Television", "Express") is no such word: "Samsung Electronics" is not
#: "Samsung".
ORG_KIND_WORDS = frozenset("records associates university foundation publishing il fk bk fc afc cf fm airways airlines motor".split())
#: Last words that say a name is a body's, with which a writer introduces it before dropping them
#: ("Liberal Reform Party" ... "Liberal Reform", "Kenya Red Cross Society" ... "Kenya Red Cross";
#: ``kg.merge_org.kind_word``, ``kg.labels``).
KIND_ENDS = ORG_KIND_WORDS | frozenset({"college", "party", "society"})
#: The same in two words: a football club's "Ipiranga Futebol Clube" ... "Ipiranga" (Portuguese,
#: Spanish, English), which the writer drops as "FC" is.
KIND_PAIRS = frozenset({("football", "club"), ("futebol", "clube"), ("fútbol", "club"), ("futbol", "club"),
                        ("soccer", "club")})


def kind_end(words: list[str], kinds: frozenset[str], org: bool) -> int:
    """How many last words of a lower-case name say what kind of body or place it is, the name
    left before them: one of ``kinds``, or two of ``KIND_PAIRS`` for an organisation (``org``); 0."""
    if org and len(words) >= 3 and tuple(words[-2:]) in KIND_PAIRS:
        return 2
    return 1 if len(words) >= 2 and words[-1] in kinds else 0


#: The same for places: "Hubei Province" ... "Hubei", "Shetland Islands" ... "Shetland". A city
#: and its county or district are two places ("Ottawa" / "Ottawa County"): a short form that is a
#: city (``city_names``) stays apart.
PLACE_KIND_WORDS = frozenset("province region prefecture oblast governorate islands".split())
#: Words for a country's administrative divisions, written after the division's name ("Rakhine
#: State", "the Navoi region", "in Pernambuco state"); each reader adds its own few.
ADMIN_DIVISION_WORDS = frozenset("state province region oblast prefecture governorate district county".split())
#: Class nouns of places: "X is a town in ..." says X is a place, whatever NER typed it
#: (``kg.entities``: Czech and Italian town names NER reads as people).
PLACE_NOUNS = frozenset(
    """town city village municipality comune commune hamlet settlement suburb borough parish
    county district region province river lake mountain island capital""".split()
)
#: Nouns for a kind of place whose "of" names the place ("the province of Aceh", "the town of
#: Mahanoy"), so that "the province" stands for it after (``kg.relations.pronouns``); not
#: "capital" ("the capital of France" is no France).
NAMING_PLACE_NOUNS = (DIVISION_WORDS | PLACE_NOUNS) - {"capital"}
#: Nouns for a kind of place, and for a country's divisions ("the provinces of …", "… prefectures",
#: "borders the municipalities of A and B", "the department of Cher"): a place noun whose "of"
#: names the place. Here a lower-case "department" is a division; a capitalised one heads a
#: body's name ("the Department of Justice"), which ``kg.kind_nouns._place_noun`` never reads.
PLACE_KINDS = PLACE_NOUNS | DIVISION_WORDS | {"township"}
#: Common nouns for a company written right before its name ("travel company Traveland", "the
#: airline Virgin Blue", "the energy giant Gazprom", "the Emirati group EDGE"); not those a person
#: is called too ("developer", "publisher", "operator", "miner": "video game developer Square"
#: beside "software developer John Smith").
BODY_NOUNS = frozenset(
    """company firm airline carrier chain retailer insurer broadcaster manufacturer conglomerate supermarket
    lender bank subsidiary filial filiale unit automaker carmaker planemaker regulator watchdog utility corporation
    concern startup start-up fund supplier maker chipmaker drugmaker steelmaker exporter importer refiner giant
    group charity""".split())
#: What only a body has: a name NER typed as a person before one of these ("Kellogg workers",
#: "the Boeing subsidiary", "Ford's new owners") is a company named after somebody. Not the
#: words a person has too ("staff", "employees", "aides", "supporters", "administration").
BODY_OWNED_NOUNS = frozenset(
    "workers workforce owners shareholders stockholders subsidiary subsidiaries administrators liquidators "
    "receivers headquarters".split()
)
#: Heads of institution names whose "of/on/for" complement is part of the name.
INSTITUTION_HEADS = frozenset(
    "department ministry committee commission bureau office agency council court board".split()
)
#: Institution words that machine translation swaps for one another.
INSTITUTION_SYNONYMS = (
    frozenset({"committee", "commission"}),
    frozenset({"ministry", "department"}),
    frozenset({"laboratory", "laboratories", "lab", "labs"}),
    frozenset({"company", "corporation", "corp", "co"}),
    frozenset({"group", "holdings", "holding"}),
)

# --- determiners and stop words --------------------------------------------------------------
# Three lists, three jobs. LEADING_TRIM is what a mention may lose at its start ("the FTC" ->
# "FTC"); DETERMINERS adds the words that only *signal* a common noun to truecasing ("no",
# "some", "my"), which would cut real names if trimmed ("No Doubt", "My Little Pony").
# NAME_STOP_WORDS are the function words *inside* names, skipped by initials and fuzzy keys and
# kept lower-case in labels ("Bank of China"): no demonstratives or possessives there.

#: Leading determiners and possessive pronouns trimmed from a mention ("the", "its").
LEADING_TRIM = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her"})
#: Words of a company's board ("the Board of Directors", "the Supervisory Board"): an office of the
#: board is the company's (``kg.office_holders.office_before``), and the board no name of its own
#: when an office is of it (``kg.junk``: "Chairman of the Board of Directors of Siemens Energy AG").
BOARD_WORDS = frozenset("of the board directors supervisory management executive trustees governors".split())
#: Nouns for the people a body sends or is run by: a verb's argument written so is the body's
#: ("held a meeting with a delegation of TotalEnergies", ``kg.relations.named_nouns.envoys_of``),
#: and a name NER opens on one with its "of" is the body's ("Delegation of Ministry of Foreign
#: Affairs of Uzbekistan headed by …" in translated news; ``kg.entities._trim``).
ENVOY_NOUNS = frozenset("""delegation delegations representatives executives officials leadership management
    officers agents employees personnel investigators""".split())  # "detained by officers of the FSB"
#: A lower-case word after one of these is used as a common noun ("the smartphone").
DETERMINERS = LEADING_TRIM | frozenset("our my your every each no any some".split())
#: Function words inside names: not initials, not content words, lower-case in a label.
NAME_STOP_WORDS = frozenset("of the on in for and to at by a an de".split())

# --- other words ----------------------------------------------------------------------------

#: Months and days: NER labels them as names now and then.
MONTHS_DAYS = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split()
)
#: Months and days and the short forms of them no name or word has ("Nov", "Sept", "Tues"; not "Jan",
#: "Jun", "Thu", "Mar", "Sat", "Sun", "Wed", "Mon": names or words too, "Mr Jan", "Ma Jun").
CALENDAR_WORDS = MONTHS_DAYS | frozenset("feb apr jul aug sep sept oct nov dec tue tues thur thurs fri".split())
#: Words that join an institution head to its complement ("Department of defense").
CONNECTORS = frozenset({"of", "on", "for"})
#: "Chinese technology" is no name: capitalised adjectives of nationality do not start one.
DEMONYM_ENDINGS = ("ese", "an", "ish", "ic", "i", "ch")
#: Heads of the names of laws: "the children's online privacy protection act".
LAW_HEADS = frozenset({"act", "treaty"})
#: Lower-case nouns that, after a proper name, end the name of an event or a period (``kg.events``):
#: "the Tonankai earthquake", "the Erlitou period", "the Easter uprising", "the Mughal war". Nouns
#: of works ("the Koker trilogy") are ``kg.works``'; nouns of places ("Gauteng province") name the
#: place itself.
EVENT_HEADS = frozenset("earthquake eruption tsunami massacre uprising rebellion revolt coup war period".split())
#: Words a storm's name opens with: "Cyclone Imogen", "Typhoon Haiyan", "Hurricane Katrina"; a
#: "Storm" only before a given name ("Storm Babet"; not the "Storm Shadow" missile; ``kg.described_kinds``).
STORM_WORDS = frozenset("cyclone hurricane typhoon".split())

# --- resolution: name particles and label prefixes (block of the resolution branch) --------------

#: Lower-case particles inside personal names ("Osama bin Laden", "Charles de Gaulle"): a form
#: with one is still a proper name, and a surname may start with one ("bin Laden").
NAME_PARTICLES = frozenset("bin ibn al el de da di du van von der den ten ter la le dos das del".split())
#: Words after which a name is a parent's ("son of", "daughter of"), written in lower case:
#: "Mohammed bin Salman" is Mohammed, son of Salman; "Llywelyn ap Gruffudd", "Simon bar Kokhba",
#: "Ahmed ould Daddah".
SON_OF = frozenset("bin ibn ben bint binti bar bat ould ap".split())
#: Directions a place is named from ("north of Wollongong", "Boonah south-west of Brisbane").
COMPASS_WORDS = frozenset("north south east west northeast northwest southeast southwest north-east north-west "
                          "south-east south-west".split())
#: Prefixes that make a name into another word ("ex-Ansett", "anti-Israeli", "pro-Beijing"): a
#: form starting with one never labels an entity.
LABEL_PREFIXES = frozenset("ex anti pro non former then".split())
#: Post-nominals after a person's name ("Wayne Martin QC", "Martin Luther King Jr"): the surname
#: is the word before them.
POST_NOMINALS = frozenset("qc kc sc mp jr sr ii iii iv phd md".split())

# --- names and their fragments (entities: where a name starts and ends) ----------------------
# Words about names in general, not names: offices and ranks that are no name on their own, the
# little words that join the parts of one name, and number words.

#: Offices, ranks, honorifics and the words that qualify them: a mention made only of these (with
#: PERSON_TITLES and ROLE_WORDS) is a title, no name ("Prime Minister", "Deputy Assistant
#: Secretary", "Colonel", "Art Director"); none of them starts a name joined by "of" ("Minister of
#: Fisheries" is an office and a name). Unlike PERSON_TITLES they do not mark the next word as a
#: surname for truecasing ("General" also starts "General Motors").
OFFICE_WORDS = frozenset(
    """prime deputy assistant associate acting vice senior junior first second chief general
    lieutenant colonel captain admiral commander commandant sergeant corporal private marshal
    brigadier ensign midshipman officer commodore cadet field lt gen maj brig capt sgt adm cmdr cpl
    lord lady sir dame baron baroness baronet duke duchess earl count countess marquis marquess
    viscount emperor empress czar tsar tsarina sultan emir khan pharaoh shah maharaja rajah raja viceroy ruler
    bishop archbishop cardinal reverend vicar pastor priest rabbi imam father sister brother saint
    deacon abbot canon apostolic elector regent crown
    doctor dean rector chancellor provost lecturer fellow scholar
    attorney counsel magistrate justice speaker leader whip member delegate envoy consul chargé
    commissioner superintendent inspector prosecutor ombudsman advisor adviser coordinator administrator treasurer
    comptroller auditor registrar clerk officer official coroner detective constable
    editor reporter correspondent columnist analyst agent producer writer author artist actor
    actress singer composer conductor musician director presenter host anchor
    player coach captain manager owner partner chair chairperson
    special principal honorary emeritus interim incumbent former
    excellency highness majesty eminence holiness""".split()
)
#: Portfolios of a government's ministers, written between the country and the office ("British
#: Home Secretary", "US Defence Secretary", "Pakistan Foreign Minister"): NER runs the country into
#: them (``kg.trim``). Everyday words, no names; a body's own words ("Federal Police",
#: "Broadcasting Corporation") are none of them.
PORTFOLIO_WORDS = frozenset(
    """defence defense home foreign affairs interior health trade finance finances treasury justice
    immigration education environment transport energy agriculture labour employment industry
    science security communications resources tourism sport arts culture housing veterans
    police fisheries economy development investment investments innovation ecology emergencies construction
    technology information youth digital infrastructure natural planning commerce mines mining petroleum labor
    welfare transportation telecommunications aviation rural women food forestry water irrigation livestock
    hydrocarbons electricity sanitation public works social climate budget""".split()
)
#: The offices a portfolio comes before ("Foreign Minister", "Home Secretary", "Defence spokesman"),
#: or after "of" ("the Director of Finance, Ibu Ratna Sari Dewi").
PORTFOLIO_OFFICES = frozenset("minister secretary spokesman spokeswoman spokesperson director".split())
#: Offices only a body has, never a field (``kg.office_holders.office_field``: "the chairman of
#: Shell, Andrew Mackenzie", "the boss of Ford"; not "the Minister of Energy", "the head of Communications").
BODY_ONLY_OFFICES = frozenset("""chairman chairwoman chairperson boss founder co-founder owner ceo spokesman spokeswoman
    spokesperson""".split())
#: The words of an office's field set off before its holder ("the Minister of Finance, X", "the
#: head of Research, X"): a government's portfolios and a company's departments; any other word
#: there names a body ("the director of Apple, X").
FIELD_WORDS = PORTFOLIO_WORDS | frozenset("""operations marketing research sales strategy engineering design product
    products compliance legal risk audit procurement logistics personnel staff policy programmes programs
    content data analytics quality safety training state public corporate human relations investor media sports""".split())
#: Titles that are part of the name they precede ("Saint Lucia", "Sheikh Hasina", "Shah Jahan",
#: "Viscount Alanbrooke"; "Dean" is also a first name): never stripped from a mention, unlike
#: ranks and offices ("Colonel Picot" is Picot).
NAME_TITLES = frozenset(
    """saint st sheikh shah sultan emir khan king queen prince princess pope lord lady sir dame
    viscount baron baroness baronet duke duchess earl count countess marquis marquess emperor
    empress czar tsar pharaoh maharaja raja rajah dean father sister brother""".split()
)
#: Little words inside one name in other languages ("Sogn og Fjordane", "Sierra Norte de Puebla",
#: "Ludwig van Beethoven"): between two capitalised words they join them, whatever the words.
#: Wider than NAME_PARTICLES above (which says where a person's surname may start: "bin Laden"):
#: here "og", "y", "e", "et" join place and work names, and may not start a surname.
JOINING_PARTICLES = frozenset(
    "de di da do dos das del della dei des du der den ten ter von van og y e et la le las los el al bin ibn zu".split()
)
#: "of" and "for" join a capitalised common noun that NER did not close to its complement ("Battle
#: of Samugarh", "Tears for Fears", "Movement for Multi-party Democracy"); "the" may follow them
#: ("Tomb of the Unknown Soldier"). Names NER closed stay apart: "Turkey for France".
NAME_JOINERS = frozenset({"of", "for"})
#: Legal forms that follow a name after a comma ("Piedmont Airlines, Inc.").
LEGAL_FORMS = frozenset("inc incorporated ltd llc plc gmbh ag sa nv bv persero tbk".split())  # Indonesia's last two

#: Abbreviations of common nouns, no names of anything: recording formats ("a CD single"),
#: degrees ("a PhD in physics"), eras ("185 BCE"), units and currencies ("600 MW"), radio bands
#: ("91.9 FM"), fields and drugs ("an IT complaint", "AI", "HR", "EPO"; not "GDP" nor "CT", which
#: Re-DocRED annotates as names).
#: Compared without dots, upper-cased. Not abbreviations that are also names ("BA":
#: British Airways, "AM": a radio programme, "MA": Massachusetts, "EP": a band), nor MBA (annotated
#: as a name as often as not), nor honours ("OBE": an award, "received OBE").
COMMON_ABBREVIATIONS = frozenset(
    """CD CDS DVD DVDS LP LPS VHS
    PHD BSC MSC BFA MFA LLB LLM
    BC BCE
    MW KW GW KWH MWH KM MPH DKK SEK NOK
    FM
    DNA RNA
    MOU VAT IPO
    IT AI HR EPO""".split()
)

#: Periods an award is named after: "of the" + one of them, capitalised, ends the award's name
#: ("FIH Player of the Year", "Album of the Year", "Employee of the Month").
AWARD_PERIODS = frozenset("year decade century month week season".split())

#: Occupations and party allegiances written before a person's name as a descriptor ("Drummer
#: Lars Ulrich", "Democrat Sidney Yates") or after a body as a person's description ("NYPD
#: Detective"): never part of the name (``kg.trim``). Everyday English nouns for what people do.
OCCUPATIONS = frozenset(
    """drummer guitarist bassist keyboardist vocalist singer songwriter rapper roadie pianist
    violinist cellist trumpeter saxophonist dj bandleader frontman frontwoman
    comedian filmmaker screenwriter playwright novelist poet painter sculptor photographer
    architect designer illustrator cartoonist animator choreographer dancer
    journalist broadcaster commentator pundit blogger historian economist scientist physicist
    chemist biologist mathematician philosopher theologian archaeologist astronomer engineer
    businessman businesswoman entrepreneur investor banker financier industrialist tycoon lawyer
    billionaire millionaire magnate oligarch philanthropist
    barrister solicitor prosecutor politician activist campaigner diplomat lawmaker legislator
    congressman congresswoman councillor councilman councilwoman alderman assemblyman
    democrat republican
    footballer cricketer striker midfielder defender goalkeeper quarterback boxer wrestler
    swimmer sprinter cyclist skier golfer jockey athlete chef
    composer conductor organist harpist flautist actor actress astronaut explorer
    detective policeman grandmaster skipper batsman bowler
    tailender paceman spinner seamer all-rounder wicketkeeper winger fullback flanker playmaker
    rider runner rower sailor gymnast fencer skater referee umpire domestique""".split()
)
#: Everyday nouns that name a person and never a body or a place, as news writes them before a
#: name or in apposition with it ("One bystander, Marius Smith, said", "his wife, Jane",
#: "tailender Shane Bond", "UN envoy Terje Larsen"): family, people met in a story, and the
#: occupations (``OCCUPATIONS``) that no company is also called ("broadcaster", "designer",
#: "architect", "investor", "banker" and "financier" are firms' too: "investor Berkshire
#: Hathaway"; "democrat"/"republican" name a party's member and its adjective).
PEOPLE_NOUNS = (OCCUPATIONS - frozenset("broadcaster designer architect investor banker financier democrat republican".split())) \
    | frozenset("""man woman boy girl son daughter wife husband brother sister father mother uncle aunt
    nephew niece cousin grandson granddaughter grandfather grandmother widow widower fiance fiancee
    friend neighbour neighbor bystander eyewitness witness victim survivor suspect defendant
    nurse doctor surgeon teacher student pilot driver farmer fisherman firefighter soldier
    envoy emperor empress pharaoh sultan tsar czar shah emir caliph monarch nobleman noblewoman courtier
    schoolteacher educator lecturer scholar researcher physician writer author poetess translator artist
    musician inventor aviator mountaineer priest bishop monk nun missionary pastor rabbi imam cleric""".split())
#: Epithets written before a person's name ("Legendary Dolly Parton", "fellow Minnesotan X",
#: "the late John Smith"): descriptions, no part of the name.
PERSON_EPITHETS = frozenset("legendary late fellow veteran famed famous renowned acclaimed celebrated".split())


#: Demonyms as news writes them that countryinfo's tables lack (they give "Kazakhstani", "Saudi
#: Arabian", "Serbian"): "the Kazakh side", "Uzbek President Shavkat Mirziyoyev", "Saudi Aramco".
#: Form -> ISO alpha-2 code of a country the tables give another demonym.
EXTRA_DEMONYMS = {
    "Kazakh": "KZ", "Uzbek": "UZ", "Kyrgyz": "KG", "Kyrgyzstani": "KG", "Tajik": "TJ", "Tajikistani": "TJ",
    "Saudi": "SA", "Azeri": "AZ", "Argentine": "AR", "Argentinian": "AR", "Nepali": "NP", "Serb": "RS",
    "Croat": "HR", "Slovenian": "SI", "Lao": "LA", "Philippine": "PH", "Ecuadorian": "EC", "Maldivian": "MV",
    "Djiboutian": "DJ", "Comorian": "KM", "Timorese": "TL", "Cape Verdean": "CV",
}


#: Lower-case nouns of a built or found place written after its name ("the Rogun hydropower
#: plant", "the Kandym field", "the Kashagan oil field"): the name is the place's, whatever NER read.
FACILITY_NOUNS = {
    **dict.fromkeys("plant station dam refinery pipeline port terminal bridge airport stadium canal "
                    "reservoir factory smelter mine telescope observatory spaceport palace castle".split(), "FAC"),
    **dict.fromkeys("field deposit basin".split(), "LOC"),
}


#: Legal forms written before a company's name ("PT Pertamina", "JSC KazMunayGas", "PJSC Gazprom",
#: "LLC Yandex"): Indonesian, Russian and Central Asian companies, in translated news.
PREFIX_LEGAL_FORMS = frozenset("pt jsc pjsc ojsc cjsc llc ooo oao zao tov".split())
LEGAL_ENDS = LEGAL_FORMS | PREFIX_LEGAL_FORMS  # a legal form wherever written: a name ends at one ("Kaztelecom JSC")
#: Post-nominal letters: honours, fellowships, doctorates and seats written after a person's full
#: name ("Dame Amina Odhiambo-Clarke DBE FRS", "Sir John Kerr KCMG", "Peter Dutton MP"), in capitals;
#: a Welsh or Irish member's "MS", "TD"; Turkish honorifics written after the name ("Selim Demirtaş Bey").
POSTNOMINALS = frozenset("""OBE MBE CBE KBE DBE GBE KCMG GCMG CMG KCB GCB KCVO GCVO CVO LVO MVO FRS FRSE FRSC
    FBA FREng FMedSci FRCP FRCS FRSA FAA FRSL PhD DPhil QC KC MP MEP MSP MLA MS TD OAM Bey Hanım""".split())
#: Words written before a company's name that, like a legal form, leave the name itself ("Grupo
#: Bimbo" is Bimbo, "Groupe Renault" Renault, "Gruppo Campari" Campari): "Group" in the Romance
#: languages and German, where it opens the name, and "Company" in the Romance languages
#: ("Compañía Minera Pacífico S.A." is Minera Pacífico, "Companhia Siderúrgica Nacional").
PREFIX_DESIGNATORS = PREFIX_LEGAL_FORMS | frozenset("""grupo groupe gruppo gruppe compañía compania companhia compagnie
    società societa""".split())


#: Double quotation marks as the tokenizer writes them (straight, curly, and TeX-style doubled):
#: what opens a quoted title or a quotation, what closes one, and either.
OPENING_QUOTES = frozenset({'"', "\u201c", "``"})
CLOSING_QUOTES = frozenset({'"', "\u201d", "''"})
QUOTE_MARKS = OPENING_QUOTES | CLOSING_QUOTES


def person_title(word: str) -> bool:
    """``word`` is a title written before a person's name: one of ``PERSON_TITLES`` ("Mr.",
    "Senator"), or an abbreviated one with its full stop ("Ing.", "Eng.": ``TITLE_ABBREVIATIONS``;
    without it, "ING" is a bank's name)."""
    low = word.lower().rstrip(".")
    return low in PERSON_TITLES or word.endswith(".") and low in TITLE_ABBREVIATIONS


#: Club abbreviations written in capitals before a name (Club Deportivo, Fudbalski Klub, Football
#: Club…): a club's name whatever town follows, one the gazetteer knows or not ("CD Montealto"),
#: and the club's label over the town's name alone (``kg.labels``).
CLUB_ABBREVIATIONS = frozenset("FC CF CD UD SD FK NK PFC AFC SC SV VfB VfL TSV".split())
