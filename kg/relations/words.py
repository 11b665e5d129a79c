"""Word lists of the relation rules (relation-specific; the shared lists move to kg.lexicon).

Kept in one module so a word is added in one place; ``kg.openie`` keeps its own CaRB-tuned lists.
"""

from __future__ import annotations

from kg.lexicon.words import ADMIN_DIVISION_WORDS, PERSON_TITLES

MODALS = frozenset({"would", "could", "may", "might", "should"})
HEDGE_VERBS = frozenset(
    """threaten plan consider want seek try propose intend hope expect aim attempt mull weigh
    prepare offer push urge ask lobby""".split()
)
#: "X is said/considered/expected to …": the statement is not asserted as fact.
HEDGE_PASSIVES = frozenset("say consider expect believe think report rumor rumour suppose allege".split())
#: "Forbes believes that …": opinions and claims.
OPINION_VERBS = frozenset(
    "believe think claim allege suspect fear worry hope expect suggest speculate argue accuse".split()
)
#: "pushed the government to act", "forced X to sell": the object does the infinitive.
OBJECT_CONTROL = frozenset(
    """push force urge ask order allow let require compel pressure persuade encourage help enable
    invite tell get lead prompt hire instruct direct permit authorize authorise forbid""".split()
)
#: Verbs of winning over someone: the infinitive after their object is the winner's ("defeated
#: Carlos Alcaraz to win the gold", "beat Trump to become president"), no object control.
BEATING_VERBS = frozenset("beat defeat overcome edge outscore outplay thrash rout upset eliminate".split())
#: Verbs whose object is a means or a thing given up, the infinitive after it the subject's purpose
#: ("left the band to form a label of her own", "used the phone to raise the alarm", "sold its
#: stake to raise cash"): no object control either.
PURPOSE_VERBS = frozenset("leave quit use promise sell buy spend borrow invest".split())
#: Verbs whose subject, not their object, does the infinitive after the object.
SUBJECT_CONTROL = BEATING_VERBS | PURPOSE_VERBS
#: Verbs whose gerund complement is their subject's act ("started selling petrol in Lagos", "admitted
#: planning the attacks"); not a participle the parser hung on another verb ("includes pioneering
#: directors such as X": X is no object of "pioneer").
GERUND_VERBS = frozenset("""start begin continue keep stop cease quit finish resume avoid consider admit deny
    risk enjoy miss postpone delay recommend suggest prefer try attempt""".split())
#: Verbs whose complement states no act: "refused to sell", "denied collecting data", and an act
#: given up or never done ("stopped selling iPhones in China", "avoided paying taxes in Ireland").
NEGATING_VERBS = frozenset("refuse fail decline deny reject stop cease avoid".split())
#: Nouns of an attempt whose infinitive states no act ("its bid to acquire X", "the race to sign
#: Y"): the act is hedged, and denied where a ``GIVING_UP_VERBS`` verb governs the noun.
ATTEMPT_NOUNS = frozenset(
    "bid attempt effort race battle fight plan offer proposal push drive campaign intention intent".split())
#: Verbs that end an attempt unmet: "lost the race to sign Varga", "abandoned its bid to buy X".
GIVING_UP_VERBS = frozenset("lose abandon drop withdraw scrap shelve cancel abort quit fail".split())
HEDGE_ADVERBS = frozenset(
    "reportedly allegedly possibly probably perhaps likely apparently maybe potentially".split()
)
SPEECH_VERBS = frozenset(
    "say tell state claim announce report note add warn explain point write insist confirm deny".split()
)
#: Reporting verbs translated news writes before their speaker ("…, affirmed the minister X";
#: ``kg.relations.tokens.inverted_speech``).
INVERTED_SPEECH_VERBS = SPEECH_VERBS | frozenset(
    "affirm declare assure inform underline stress emphasise emphasize specify indicate explain".split())
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
ORG_PRONOUNS = frozenset({"it", "its"})
#: The sex a person's pronoun says its antecedent is (``kg.lexicon.given_names.name_sex`` must not deny it).
PRONOUN_SEX = {"she": "female", "her": "female", "hers": "female", "herself": "female",
               "he": "male", "him": "male", "his": "male", "himself": "male"}
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
#: Pronouns that can stand for the same antecedent (a ``he … his … him`` chain).
PRONOUN_KINDS = (frozenset({"he", "him", "his"}), frozenset({"she", "her", "hers"}), frozenset({"it", "its"}))
#: Nouns for things NER sometimes types PERSON (``HMS Ardent is a ship``): no ``he`` for them.
NON_PERSON_NOUNS = frozenset(
    """ship vessel boat frigate destroyer submarine steamer village town city river lake mountain
    album song single film novel station church building company band project software game brand
    bay lake island bridge road highway street school university hospital museum park castle palace
    airport stadium episode series programme program show magazine newspaper book painting drawing
    channel network website species genus language war battle""".split()
)
#: Nouns for a kind of thing whose bare "of" names what the thing is made of or one of ("a brand
#: of beer", "a species of moth", "a genus of flowering plants"): what is said of that object by a
#: participle or a relative clause is said of the kind, so of the thing the kind describes ("Corona
#: is a brand of beer produced by Grupo Modelo": Corona is produced by it; ``Arguments.one``).
VARIETY_NOUNS = frozenset("""brand type kind species subspecies genus variety breed cultivar strain form line
    model make family style sort class""".split())
#: Last words of bodies' names a story later calls the body by ("the Arab League ... the league's
#: secretary-general", "the African Union ... the union", "the Liberal Democratic Party ... the
#: secretary general of the party"): a definite description's noun for an organisation so named
#: (``Antecedents.description_nouns``), as ``INSTITUTION_HEADS`` are. Not a trade noun ("bank":
#: "Qantas criticised the Reserve Bank. The bank's governor", ``TRADE_NOUNS``).
BODY_HEAD_WORDS = frozenset("""league union fund organization organisation alliance federation confederation
    association bloc party coalition movement""".split())
#: Head nouns that say only that a name is a name (``a brand name``, ``a working title``): the
#: compound before them says what kind of thing it names (``may_be``).
NAMING_NOUNS = frozenset({"name", "title", "trademark"})
#: Nouns for a name or a word itself: a people's adjective on one names its language ("His Turkish
#: nickname is İmparator", "its Latin name"), not a nationality of what the name names.
WORDING_NOUNS = frozenset("""name nickname moniker epithet spelling transliteration romanization
    translation pronunciation word term abbreviation acronym motto""".split())
RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that", "whose"})
#: A place's kind noun that the place's name modifies and stands for: "in the Navoi region",
#: "in Pernambuco state", "the Sydney area" (``kg.relations.named_nouns.named_kind``).
PLACE_KIND_NOUNS = ADMIN_DIVISION_WORDS | {"canton", "area", "city", "municipality", "commune", "township"}
#: ``the company`` stands for the nearest earlier organisation (singular, definite, unmodified).
ORG_NOUNS = frozenset(
    "company firm group platform app giant startup corporation business conglomerate maker".split()
)
#: Nouns for a company by its trade that stand for the body named before, as ``the company`` does,
#: when no name was called by the noun itself ("Kenya Airways … the airline's chief executive").
#: Not a relation to another body ("the regulator", "the supplier", "the subsidiary").
COMPANY_NOUNS = ORG_NOUNS | frozenset(
    """airline carrier retailer insurer broadcaster manufacturer lender bank automaker carmaker planemaker
    chipmaker drugmaker steelmaker miner supermarket""".split())
#: The trades alone: a name beside such a noun is no other name of it ("The Council's Daniel Gschwind
#: says the airline will …"), unlike "the company".
TRADE_NOUNS = COMPANY_NOUNS - ORG_NOUNS
#: Words of translated news that point back at what the text has just named: "the mentioned
#: company", "the said company", "the aforementioned bank" stand for it as "the company" does.
BACK_WORDS = frozenset({"mentioned", "said", "aforementioned", "abovementioned", "above-mentioned", "aforesaid"})
#: ``the US government``, ``the Trump administration`` stand for the entity that modifies them.
GOVERNMENT_NOUNS = frozenset("government administration side authorities regime".split())
#: Nouns for documents that act through their issuer (``signed an order that bans X``).
DOCUMENT_NOUNS = frozenset(
    """order decree bill law rule regulation directive statement letter policy measure memo
    announcement proposal ruling decision""".split()
)
#: Roles only a person holds, the titles and a few more: a place in apposition with one is no holder
#: ("In Buenos Aires, the president of Argentina Javier Milei …": the parser hangs the office on the place).
PERSON_ONLY_ROLES = PERSON_TITLES | frozenset("chairperson envoy lawyer coo cfo manager leader commander".split())
ROLE_NOUNS = frozenset(
    """ceo coo cfo cto chairman chairwoman chair president vice founder co-founder cofounder
    director spokesman spokeswoman spokesperson minister secretary head chief executive owner
    parent subsidiary filial filiale unit affiliate partner investor shareholder employee officer adviser advisor
    counsel consultant member leader manager editor reporter analyst governor senator mayor
    ambassador premier chancellor king queen prince ruler envoy commissioner general judge lawyer
    attorney professor researcher engineer boss chairperson representative lawmaker rival
    competitor customer supplier client ally
    player footballer defender midfielder forward striker goalkeeper winger captain coach
    bowler batsman mp backbencher frontbencher
    guitarist bassist drummer vocalist singer keyboardist pianist frontman saxophonist trumpeter
    student lecturer fellow dean candidate nominee commander prosecutor justice headteacher headmaster
    headmistress treasurer comptroller registrar provost curator ombudsman trustee sheriff consul councillor
    deputy legislator akim hokim chargé d'affaires""".split()
)
#: Offices whose holder speaks for the body of the office ("The president of YPF, Horacio Marín,
#: said that the company will …": YPF); not a customer, rival or analyst of it. Wider than
#: ``kg.relations.role_bodies.SPEAKING_ROLES``: here the office names its body itself.
SPEAKING_OFFICES = frozenset(
    """ceo coo cfo cto chairman chairwoman chair chairperson president founder co-founder cofounder
    director spokesman spokeswoman spokesperson minister secretary head chief executive owner officer
    leader manager governor mayor commissioner akim hokim""".split()
)
#: Roles held "of" one country "to" or "in" another: the ambassador of Canada to Zambia, in Lusaka.
POSTED_ROLES = frozenset(
    "ambassador ambassadors envoy envoys consul consul-general chargé d'affaires representative".split())
#: Roles held "to" the one served (``X, an adviser to Mr Arafat``, ``envoy to the UN``, a
#: legislator's ``elected as a deputy to the Verkhovna Rada``): the ``appos`` rule reads ``to``
#: after them as it reads ``of`` after other roles.
ADVISER_NOUNS = frozenset("""adviser advisor aide assistant envoy ambassador secretary consultant counsellor counselor
    deputy delegate""".split())
#: Things two parties do together, written "between" them (``talks between X and Y``, ``the war
#: between Iran and Iraq``): the ``nominal`` rule joins the two. Not ``difference``, ``border``
#: or ``link``, which relate the two without their doing anything.
BETWEEN_NOUNS = frozenset(
    """talks talk meeting meetings negotiations summit discussions dialogue war wars conflict clash
    clashes fighting battle match game final dispute fight rivalry agreement treaty deal pact
    ceasefire cease-fire truce alliance partnership merger venture consortium coalition""".split()
)
#: Sites a place's name is written in front of (``the Lucas Heights nuclear reactor in Sydney``,
#: ``the Woomera detention centre``): the place lies where the site is (``located_in``). Things at
#: one place, not bodies with branches (``office``, ``embassy``, ``team``: ``the Sydney office``),
#: nor ``range``, which is also a product's (``the Lenor Unstoppables range in the UK``).
SITE_NOUNS = frozenset(
    """reactor complex base camp mine facility plant airport airfield station centre center resort
    residence compound port harbour harbor stadium racecourse prison jail hospital dam refinery
    settlement suburb township valley mountains area region""".split()
)
EVENT_SUFFIXES = ("tion", "sion", "ment", "ance", "ence")
EVENT_NOUNS = frozenset(
    """sale deal bid purchase takeover buyout ban offer plan merger attack visit move probe review
    approval proposal removal withdrawal refusal closure seizure departure failure exposure
    boycott crackdown embargo raid strike sanction sanctions lawsuit suit fine""".split()
)
#: "hired/named X as CEO": the object takes the role.
#: Verbs that say what their object is to their subject ("Vietnam considers Samsung as a strategic
#: partner", "regards Japan as its closest ally"): the object holds the ``as`` role, of the subject.
DEEM_VERBS = frozenset("consider regard view see treat recognize recognise describe".split())
#: Nouns for a person by their tie to another, in no table of roles or people: "his counterpart
#: of Paraguay", "her predecessor"; a name set off after one names that person (``kg.holder_repairs``)
#: and none is an event of its owner (``kg.relations.nouns.nominal``).
TIE_NOUNS = frozenset("counterpart colleague successor predecessor".split())
#: Objects of taking up a role, no one the role is held for: "took office as governor of Cusco",
#: "took the helm as chief executive" (``kg.relations.verbs.as_role``: the subject holds it).
TAKEN_POSTS = frozenset("office post oath helm reins charge seat position role job".split())
#: Spans of time a role is held for, the object of "spent" ("spent two seasons as assistant manager
#: at Hull City": the subject holds the role, for no one the object names).
SPELLS = frozenset("year years season seasons month months week weeks decade decades term terms spell spells".split())
APPOINT_VERBS = frozenset(
    """hire name appoint introduce elect choose select nominate promote install tap bring recruit
    designate employ engage retain poach reappoint confirm""".split()
)
#: "stepped down as CEO of X": the role is a former one.
LEAVE_VERBS = frozenset("resign retire quit leave depart step stand exit".split())
#: Verbs of acting whose ``as`` + a name is the character played (``appeared as Wilfred Mott``,
#: ``starred María Corda as Helen``); not ``serve``/``work``/``know`` (``known as X`` is a name),
#: nor ``portray``/``depict`` (``the media portrayed Kaya as "part of the PKK"``).
PLAY_VERBS = frozenset("appear star co-star costar play feature cast voice return guest-star reprise".split())
#: Prepositions that never carry a relation on their own.
SKIP_PREPS = frozenset(
    """including like such than despite because due except unlike besides during since until
    after before according amid within per as of""".split()
)
NOUN_PREPS = frozenset({"of", "to", "with", "from", "into", "against", "on", "over", "in", "for", "at", "between",
                        "about"})
#: A degree a school awards ("graduated with a law degree from X", "with a BA from X"): what one
#: graduates with, whose "from" or "at" names the school (rule ``prep_degree``).
DEGREE_NOUNS = frozenset("""degree degrees doctorate phd ph.d. diploma bachelor bachelors master masters mba ba
    ma bsc msc llb llm bs ms""".split())
#: Nouns of a part or an area of a place: ``born in the village of X``, ``located on the shore
#: of X``, ``in the east of X`` say where, as ``in X`` would (rule ``prep_part``).
PART_NOUNS = frozenset(
    """part east west north south northeast northwest southeast southwest centre center heart
    middle shore shores coast bank banks mouth edge outskirts suburbs suburb vicinity side slopes
    foot area city town village province state county district region capital island valley
    municipality borough parish commune""".split()
)
#: Verbs whose ``in``/``at`` + an event names the event taken part in (``competed at the 2004
#: Olympics``), not the time of the clause (``moved to Paris during World War II``).
PARTICIPATE_VERBS = frozenset(
    """compete participate fight serve play race win finish take appear perform represent
    debut medal""".split()
)
#: Verbs whose ``during`` + a named event says the subject took part in it (``served during the
#: war``, ``was shot down during the Battle of Midway``), not when it happened (``moved during``).
DURING_VERBS = PARTICIPATE_VERBS | frozenset("""kill wound shoot capture command lead sink fight
    defend attack destroy damage decorate award""".split())
#: People in a force's service: "X was an officer in the Royal Navy during the Crimean War", "a
#: nurse during the First World War" says X served in it (a copula's ``during``, ``kg.relations.verbs.during``).
SERVICE_NOUNS = frozenset("""soldier officer pilot sailor seaman airman marine commander general admiral colonel
    lieutenant captain major sergeant corporal private brigadier commodore midshipman ensign cadet guerrilla partisan
    fighter nurse medic chaplain spy veteran""".split())
#: Verbs whose ``in`` + a place says where their subject is, was or happened, also when the
#: parser hangs it on the verb's object (``died of throat cancer in Manhattan``).
WHERE_VERBS = frozenset("""die bear live work base locate situate headquarter study settle reside bury
    air broadcast release attend grow raise""".split())
#: Nouns for works: a person named in front of one made it (``the Zhang Yimou film Coming Home``).
WORK_NOUNS = frozenset(
    """album single song ep record track mixtape novel film movie book series episode opera play poem
    painting soundtrack sequel game documentary musical sitcom""".split()
)

#: Who sits on a board, in its name: "the board of directors of X" is X's board
#: (``kg.relations.place_chains.named_place`` goes on through it to X).
BOARD_MEMBERS = frozenset("directors trustees governors commissioners regents supervisors management".split())

#: Verbs whose passive subject receives the object ("was granted access to", "was denied entry to",
#: "was awarded the prize for"): the active label would make the subject the giver.
RECEIVED_VERBS = frozenset("give grant award offer deny refuse promise lend hand send allow".split())
#: Words for a part of what their "of" names, as a verb's object, that the tagger reads as no
#: noun: "controls most of Darfur", "captured much of Kandahar" (``kg.relations.verbs`` reads
#: their "of" as a noun object's).
PART_WORDS = frozenset({"most", "much", "half", "all", "some"})
#: Words on a company noun that make it another body than the one named before ("the new
#: company", "the parent group", "a rival airline"): ``kg.relations.company_references.described_company``.
OTHER_BODY_WORDS = frozenset("""new other rival parent joint former merged combined local foreign second third
    first last previous next same different another separate overseas domestic subsidiary smaller
    bigger larger main holding""".split())


#: Nouns for a made thing a model's name stands before ("150 Boeing 737 MAX jets", "the Galaxy S24
#: phone"): ``kg.product_models`` types such a name a product, and ``named_nouns.named_kind``
#: reads the noun as it ("ordered 150 Boeing 737 MAX jets": ordered the model).
MODEL_NOUNS = frozenset("""drone aircraft airliner jet helicopter missile rocket tank ship vessel submarine frigate
    destroyer corvette satellite spacecraft car truck locomotive smartphone processor chip rifle plane airplane
    jetliner widebody freighter phone handset vehicle bus engine console laptop tablet camera tractor""".split())
#: Prepositions that put a thing beside a place, not in it: after them only a place chain's first
#: place is theirs ("a village near Exeter, Devon, England": near Exeter, in Devon and England).
NEAR_PREPS = frozenset({"near", "outside"})
#: Nouns of the places a place chain goes on to after ", on" ("Kochi, on the island of Shikoku").
ISLAND_WORDS = frozenset({"island", "isle", "islands", "peninsula", "atoll"})
