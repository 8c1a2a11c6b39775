"""From an article to its events: the role of each place mention, and what happened there and when.

One event per (article, sentence, place). Provenance travels with it: the article, its outlet, the
sentence (``quote``) and the mention's character span, how the date and the place were resolved.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import asdict, dataclass, fields, replace
from datetime import date, timedelta
from itertools import pairwise

from geo.dates import (
    AGREEMENT_CLAUSE,
    APPROXIMATE,
    COUNTED_FROM_PUBLICATION,
    DAY,
    UNKNOWN,
    WHO_CLAUSE,
    WHO_THEN_MAIN,
    DateInfo,
    came_after,
    counted_from,
    day_mentions,
    day_of_action,
    days_later,
    heading_day,
    month_right_after,
    month_when,
    relative_to_earlier,
    resolve,
)
from geo.extract import ABOUT, DISTANCE_UNIT, LIST_SEPARATOR, REGION_QUALIFIERS, SOME_PLACES, find_mentions
from geo.gazetteer import ADMIN1, AIRPORT, CITY, CONTINENT, COUNTRY, LANDMARK, LARGE_TOWN, ROAD, Gazetteer
from geo.ingest import BRACKETED_DATELINE, Article
from geo.resolve import (
    ALSO_KNOWN_AS,
    LOCATED_BY,
    NOT_IN_GAZETTEER,
    OWNER,
    Locate,
    Place,
    distance_km,
    next_named,
    off_another,
    resolve_mentions,
    theatre,
    where_it_lies,
)
from geo.textutil import SENTENCE_OPENER, Sentence, ends_with_word, lowered, name_key, raw_offsets, split_sentences

EVENT, CONTEXT = "event", "context"

# Kinds of event and the words that signal them, in the order ties are broken.
_KIND_WORDS: list[tuple[str, str]] = [
    ("capture", r"(?:fall|falls|fell|fallen|slip|slips|slipped) out of (?:the )?(?:government|regime|army|state)(?:'s)? (?:control|hands)|captur\w*|seiz\w*|surrender(?:ed|s)|lost(?= (?:control of )?[\w'’ -]{2,30}? to (?:the )?(?:[\w-]+ )?(?:rebels?|insurgents|factions|fighters|forces|militants|militias?|opposition|troops|army|groups))|(?:army|forces|troops|regime|government|it|they) (?:had |has |have )?lost(?= (?:control (?:of|over) )?(?:the )?(?:(?:town|city|village|province)s? of )?[a-z'-]+(?:,| and| on| in| to|\.))|consolidat\w* (?:their |its )?control|ced(?:e|ed|es|ing)|secur(?:ed|ing)(?= (?:the (?:[\w-]+ )?(?:city|town|village|airport|base|district|area|province|capital)s? of|full control|control of|[a-z'’-]+(?:[.,;]| and | on | by | after )))|hand(?:ed|s|ing)? over(?! (?:\w+ )?(?:power|weapons|arms|bodies|prisoners|detainees|hostages))|losing(?= (?:control (?:of|over) )?(?:the )?(?:(?:town|city|village|province)s? of )?[a-z'-]+(?:,| and| on| in| to|\.))|(?:forces|troops|army|soldiers|fighters|rebels|militants|mercenaries|militias|gunmen|factions|they|it|had|have|has) (?:\w+ly )?occupied|occup(?:y|ies|ying) (?!(?:positions?|posts?|homes?|houses?|buildings?|schools?)\b)|occupied the (?:[\w-]+ ){0,3}?(?:town|city|village)s? of|(?:took|taken|take|takes|taking|seized|gained|wrested|claim|claims|claimed) (?:back )?(?:full )?control|overr[au]n\w*|restor(?:ed|es|ing) (?:security|stability|security and stability|state authority) (?:to|in)|"
                r"(?:took|taken|take|takes|taking) (?:the|its|their) (?:[\w'’-]+ ){0,4}?(?:headquarters|garrison|barracks|(?:air ?)?base|airport|stronghold)\b|"
                r"(?:came|comes|come|coming|fell|falls|fallen|now|(?:reported|said|believed) to be) "  # "was also
                r"(?:[a-z]+ )?under (?:the )?(?:full |complete |total )?(?:[\w-]+ )?control\b|"  # reported to be under rebel control"
                r"(?:took|taken|take|takes|taking) (?:(?:this|last|on) [a-z]+day )?(?:the |a |an )?(?:provincial |regional |key |strategic |nearby |main )?"  # "took this Friday the towns of", "took the provincial capital"
                r"(?:(?:string|series|number|chain|handful|dozens|scores) of (?:[\w-]+ )?)?(?:towns?|villages?|cit(?:y|ies)|capital|districts?|neighbou?rhoods?|hills?|"
                r"checkpoints?|(?:air ?)?bases?|airports?)|"
                r"(?:was|were|been|being) taken (?:over|without a fight|by (?:the )?(?:\w+ )?(?:rebels?|forces|fighters|"
                r"troops|army|militants|insurgents|jihadists|militias?|opposition))|"
                r"(?<!debris )(?<!wreckage )(?<!shrapnel )(?<!fragments )(?<!rockets )(?<!missiles )(?<!shells )(?<!bombs )(?<!rocket )(?<!missile )(?<!shell )(?<!bomb )(?<!drone )(?<!drones )fell(?:(?! (?:on|onto|near|short|silent|by|below|from|sharply|to \d))|(?= on (?:\d|\w+day|\w+\.? (?:the )?\d|(?:mon|tue|wed|thu|fri|sat|sun)\w*\.?,? \w+\.? \d)))|falls|"
                r"(?<!the )(?<!'s )(?<!’s )(?<!to )fall(?=\s*[;.]|\s*$)|"  # "Quneitra and Sweida fall;"
                r"fall(?= to (?:the )?(?:[\w-]+ )?(?:rebels?|insurgents|militants|fighters|forces|troops|opposition|jihadists))|"
                r"(?:had|has|have) fallen(?! (?:back|short|silent|asleep|ill|behind|sharply|by|below))|"
                r"(?:city|town|capital|stronghold|one|cities|towns|capitals) to fall|fall of(?! (?:the )?(?:\w+ )?(?:regime|government|president|dictator|dynasty|assad|bashar))|"
                r"(?:took|take|takes|taking) over|liberat\w*|declar(?:e|ed|es|ing)(?= (?:[\w'’-]+,? ){1,4}[\"“]?(?:free|liberated)\b)|cleared(?! (?:the )?(?:rubble|debris|roads?|mines?|way|area for))|conquer\w*|recaptur\w*|(?<!remained )(?<!remains )(?<!remain )(?<!is )(?<!are )(?<!was )(?<!were )(?<!been )cut(?:ting)? off(?! (?:[\w'’-]+ ){0,4}from\b)|cut the|toppl\w*|"
                r"(?:now|are|is|fell|fallen|falls) (?:now |effectively |firmly |fully |into )*(?:in )?(?:opposition|rebel|"
                r"insurgent|[\w-]+-led) hands|"  # "Rastan & Talbiseh are now effectively in opposition hands"
                r"pulled down|t(?:ore|ears?|earing|orn) down|regain\w* control|retak\w*|retook|(?:took|taken|take|takes|taking) back\b|(?:now|are|were|is|was) in (?:full )?control of|now control\w*|now hold(?:s|ing)?\b(?! (?:talks|elections|a |an |the (?:line|talks|meeting|vote)))|(?:rebels|forces|troops|fighters|they|insurgents|militants|factions|hts|sdf|army) (?:had |have |has )?(?:held|holds?)(?= (?:most|much|all|large (?:parts|swaths)|parts|swaths) of )|(?<!-)controlled(?= (?:the|most|much|all|parts?|large|key|several) )|"
                r"(?:rebels|forces|troops|fighters|they|insurgents|militants|factions|hts|sdf|army) (?:now |fully |had )?controlled(?= [a-z'’-]+(?:[.,;]| and | on | by | in | after | as ))|"
                r"raised (?:\w+ ){0,2}flags? (?:over|on|above)|(?:fre(?:ed|eing)|releas(?:ed|ing)) (?:[\w,]+ ){0,3}(?:prisoners|detainees|inmates)|(?:push|pushed|pushing|drove|driven|driving|drive|forced|forcing) (?:(?!(?:is|are|was|were|until|off)\b)[\w'’-]+ ){1,5}out of"),
    ("airstrike", r"air ?strikes?|air raids?|warplanes?|bombing raids?|aviation|jets|helicopter gunships?|"
                  r"drone (?:strikes?|attacks?)|"
                  r"bombed|planes carried out|(?:glide|aerial|barrel) bombs?|"
                  r"(?:downed|kamikaze|suicide|attack|exploding) drones?|(?:drones?|aircraft|air ?forces?|helicopters?)(?: and (?:drones|helicopters|jets|warplanes))?(?:, [\w ]{1,20},)? (?:had |have |has )?(?:also |then |\w+ly )?"
                  r"(?:hit|hits|struck|strike|targeted|targets?|slammed|bombed|pound(?:ed|s)?)|"
                  r"shot down (?:[\w-]+ ){0,4}(?:drones?|jets?|planes?|aircraft|helicopters?)|shot down over"),
    ("shelling", r"shell(?:ed|ing|s)?|bombard\w*|artillery|rockets?|mortars?|"
                 r"missiles?(?! (?:production|factor(?:y|ies)|plants?|sites|launchers?|storage|depots?|programs?|programmes?|stockpiles?|bases?)\b)"),
    ("attack", r"attack\w*|ambush\w*|inflict\w* (?:heavy |significant )?(?:losses|casualties|damage)|assault\w*|suicide|car bombs?|bombs?(?= (?:killed|exploded|went off|ripped|tore))|bombings?|ramming|rammed|breach\w*|raid\w*|strikes?|struck|striking(?! distance)|hit|"
               r"explosions?|blasts?|(?:came|come|comes|coming) under (?!(?:artillery|mortar|rocket|tank) )(?:[a-z]+ )?(?:fire|attack)|"
               r"(?:went|going|goes|go) house[ -]to[ -]house|house-to-house (?:raids|searches|killings)|"
               r"fires? (?:also )?(?:broke out|erupted)|blew up|blown up|demolish\w*|razed|destroy\w*|damag\w*|kidnap\w*|abduct\w*|hijack\w*|"
               r"open(?:ed|ing|s)? fire|execut(?:ed|ing)|executions?|massacr\w*|targeted|targets included|dismantl\w*|ransack\w*|loot(?:ed|ing)|set fire to|torched|pound(?:ed|ing|s(?! of\b))"),
    ("withdrawal", r"retreat\w*|withdr[ae]w\w*|pull(?:ed|s|ing)? back|(?:were|was|been|being) (?:pushed|driven|forced) out of|(?:fell|fallen|falling|falls) back|(?:driven|beaten) back|push(?:ed|ing)? (?:[\w'’-]+ ){1,3}back from|redeploy\w*|reposition\w*|relocat\w* to (?:safer|new|other|better|more \w+) positions|mov(?:ed|es|ing|e) (?:[\w-]+ ){0,2}out of|left (?:the |their |its )?(?:[\w'’-]+ )?(?:town|city|village|area|(?:air ?)?base|airport|positions?|posts?|checkpoints?|barracks|port|harbou?r)|pull(?:ed|ing|s)? (?:\w+ ){0,2}out|abandon\w*|melted away|regroup\w*|(?:defen[cs]es|lines|forces|troops|army|units|garrison) (?:\w+ )?collaps(?:ed|ing)|"
                   r"(?:forces|troops|soldiers|army|units|militias?|militiamen|fighters|officers|conscripts|commanders|guards) (?:\w+ )?"
                   r"(?:fled|flee|flees|fleeing|evacuated|evacuating|leave|leaves|leaving|left(?= [a-z]))|"
                   # ships seen leaving a port: "Russian ships were also seen leaving the naval facility at Tartus"
                   r"(?:ships|vessels|warships) (?:were |was )?(?:also )?(?:seen )?(?:leaving|left)|"
                   r"desert(?:ed|ing) (?:their|its|his) (?:posts?|positions?|units?|bases?)|"
                   r"evacuat\w* (?:its |their |the )?(?:[\w-]+ )?(?:ships|vessels|warships|troops|forces|soldiers|equipment)|"
                   r"(?:evacuated|abandoned) by (?:the )?(?:[\w-]+ ){0,2}(?:forces|troops|fighters|militias?|militiamen|soldiers|army)"),
    ("advance", r"breakthrough|advanc\w*|(?<!within )reach\w*|(?:entered|entering|enters|enter)(?! (?:its|their|a|the) (?:[\w-]+ )?(?:days?|weeks?|months?|years?|phase|stage|round))|(?:took|take|taking|taken) up positions|br(?:eak|eaks|eaking|oke|oken) (?:into|through)|storm\w*|push(?:ed|es|ing)? (?:deeper |further |(?:several|\w+) (?:miles|kilometres|kilometers|km) )?(?:into|towards?|in the direction of|to within|to the (?:outskirts|edges?|gates))|push(?:ed|es|ing)? (?:north|south|east|west)\w*|march(?:ed|es|ing)|"
                r"press(?:ed|es|ing)? (?:on )?(?:(?:north|south|east|west)\w* )?(?:towards?|into)|press(?:ed|es|ing)? on(?! with)|"
                r"mov(?:ed|es|ing|e) (?:(?:north|south|east|west)\w* )?(?:into|towards?|beyond)|expand(?:ed|ing|s)? into|pursu(?:ed|ing|es?) (?:[\w'’-]+ ){1,6}?(?:towards?|into)|(?:walked|strolled|rolled|rumbled|roll|rolls|rolling|slipped|crept|sneaked|snuck) (?:into|past|through)|infiltrat(?:ed|ing|es|e) (?:into )?|drove|driving|posed|posing|poses?(?= (?:in|at|on|with|for|outside|inside|next|beside|near|atop|by)\b)|"
                r"(?:rebels?|fighters|troops|forces|soldiers|tanks|convoys?|militants|insurgents|units|reinforcements|"
                r"columns?|gunmen|pickups|vehicles|division|brigade|which)(?: [\w'’-]+){0,4}? arriv\w*|gates of|into the heart|swept|sweep(?:s|ing)? (?:into|through|across)|gains|gain(?:ed|ing)? ground|progress|"
                r"clos(?:e|es|ed|ing) in on|improved (?:the |their |its )?(?:tactical )?positions?|incursions?|(?:are|were|is|was|been) operating (?:in|inside|near|around|on)|patroll(?:ed|ing)|(?<!and )(?<!security )(?<!police )(?<!army )(?<!military )patrols(?= (?:the|in|inside|through|around|along)\b)|parad(?:ed|ing) (?:through|in|into)"),
    ("fighting", r"fighting|(?:fierce|stiff|heavy|strong) resistance|(?:ceasefire|truce) violations?|violat\w* (?:the |a )?(?:ceasefire|truce)|routed|mop(?:ped|ping|s)? up|(?<!sexual )(?<!domestic )violence|clash\w*|battl(?:es?|ed|ing)|fought|defeated (?:the )?(?:formations|units|manpower|brigades?|forces)|firefights?|(?<!celebratory )gunfire|gun ?battles?|gunfights?|shootouts?|combat|(?<!cessation of )(?<!end to )(?<!end of )(?<!halt to )hostilities|(?:counter-?)?offensive|counter-?attack(?:s|ed|ing)?|front ?line|confront\w*|"
                 r"(?:launch\w*|began|begun|start\w*|continu\w*|conduct\w*|expand\w*|resum\w*|renew\w*) (?:an? |the |its |their )?(?:[\w-]+ )?operations?|"
                 r"ground operations?"),
    ("casualties", r"kill(?:ed|ing|ings|s)|dead|died|wounded|injur\w*|casualt\w*|death toll|bodies|losses (?:amounted|totall?ed|reached)"),
    ("displacement", r"(?<!sheltering )(?<!housing )(?<!hosting )displac\w*(?! (?:families|people|persons|civilians|residents|camps?|by the (?:war|conflict|fighting)\b))|fled|flee|flees|fleeing|refugees?(?! camps?)|evacuat\w*|"
                     r"(?:families|residents|civilians|people|inhabitants|thousands|hundreds)"
                     r"(?: (?!(?:said|says|say|told|reported|soldiers|troops|forces|fighters|army|militants|rebels)\b)[\w'’-]+){0,4}? (?:leaving|left|leave)\b|"
                     r"(?:poured|pouring|streamed|streaming) out of|"
                     r"(?:ordered|orders|order|told) (?:[\w'’-]+ ){1,8}?to (?:leave|evacuate)\b"),
    ("other", r"cross(?:ed|es|ing)? into|set(?:ting|s)? up (?:\w+ )?(?:checkpoints?|roadblocks?|barricades?|positions)|defect(?:ed|ing|ions?)|consolidat\w* (?:its |their )?(?:forces|troops)|cut off from|clos(?:ed|es)|blockade\w*|besieg\w*|siege|curfew|deploy\w*|reinforc\w*|mass(?:ed|ing)|surrounded|(?:are|is|were|was) surrounding|encircl\w*|"
              r"sen(?:[dt]s?|ding) (?:(?:about|some|around|nearly|more than) )?(?:[\d,]+ )?(?:fighters|troops|forces|reinforcements|tanks)"),
]  # fmt: skip
# Matched on lower-cased text (``textutil.lowered``), and only where a word starts: far faster than re.I.
_KIND = re.compile(r"\b(?=[a-z])(?:" + "|".join(f"(?P<{kind}>(?:{words})\\b)" for kind, words in _KIND_WORDS) + ")")
# Armed men some distance off a place, who are near it (in text of single spaces): "Rebels are now just 5 km
# from Homs".
_SOME_WAY = (
    r"(?:rebels|fighters|forces|troops|soldiers|insurgents|militants|tanks|they) (?:\w+ )?(?:were|are|remain\w*) "
    r"(?:(?:now|just|only|about|some|around|roughly|nearly|barely|less than) )*"
    r"[\d,.]+ ?(?:km|kilometres|kilometers|miles) (?:from|of|outside)"
)
# Where armed men are said to be: an advance, when the sentence names them.
_PRESENCE = re.compile(
    r"\b(?:next to|in front of|outside|inside|in the streets of|in the heart of|at the gates of|"
    r"(?:were|was|are|is) (?:now |already |still )?at|(?:fighters|rebels|troops|soldiers|insurgents|gunmen) at|"
    r"(?:were|was|are|is) (?:now |already |still )?on the (?:[a-z]+ )?(?:outskirts|edges?|gates) of|"  # "and were on the
    # outskirts of Damascus, as the army abandoned the south": there, not what the army did
    r"(?:showed|shows|showing) (?:[\w-]+ ){0,2}(?:fighters|rebels|troops|soldiers|insurgents|gunmen|tanks|themselves) (?:in|at|on|near)|"
    r"(?:fighters|rebels|troops|soldiers|insurgents|gunmen|militants) (?:were|are|was|is|had been|have been) "
    r"(?:now |already |still )?(?:in|inside)|"  # "As of Saturday evening, fighters were in Homs"
    r"(?:were|was|been) (?:seen|spotted|filmed|pictured) (?:in|at|on|near)|(?:were|was|are|is|now) within|"
    r"(?:fighters|rebels|troops|soldiers|tanks|gunmen|militants) (?:seen|spotted|filmed|pictured) (?:in|at|on|near)|"
    r"(?:rebels|fighters|troops|soldiers|insurgents|gunmen) (?:\w+ )?celebrat\w* (?:in|at|on|outside|inside)|"
    r"(?:rebels|fighters|troops|soldiers|insurgents|gunmen)(?: [\w-]+){0,3}? (?:guarding|guarded|manning|manned)|"
    + _SOME_WAY
    + r")\b"
)  # "fighters were at the Homs Military Academy", "showed fighters at the Umayyad Square", "were seen in",
# "Rebels celebrate in Umayyad Square", "Rebels are now just 5 km from Homs"
_GOVERNMENT_VERB = re.compile(
    r"^(?!\s+local\s+government\b)"  # "Igabi Local Government Area": a district
    r"(?!\s+(?:was|were|is|are|be|been|being)\s+(?:\w+\s+)?(?:reported|said|described|regarded|quoted|cited|"
    r"considered|believed)\b)"  # not "Saraqib was reported to be under rebel control": a passive, of the town
    r"['’]?s?\s*(?:(?!(?:as|and|or|but|while|after|before|when|since|until|with|to|in|on|at|of|from|by|for)\s)\w+\s+)?"
    r"(?:not\s+)?[\"“]?"
    r"(?:said|says|say|claims|confirm\w*|comment\w*|regarded|regards|warned|accused|denied|claimed|announced|"
    r"was reinforcing|is reinforcing|reinforc\w*|has backed|backed|backs|sent|sends|pledged|condemned|described|"
    r"wanted|wants|insisted|called|calls|call|urged|urges|responded|believes|considers|supports|supported|welcomed|"
    r"tries|tried|seeks|sought|hopes|aims|intends|reported|reports|quoted|cited|told|presses|pressed|"
    r"needs|needed|must|should|surprised|concerned|alarmed|worried|ready|prepared|determined|willing|opposed|"
    r"blamed|blames|downgraded|recalled|expelled|severed|summoned|rejected|rejects|threatened|vowed|demanded|"
    r"(?:began|launched|started|stepped up|escalated|resumed|halted|ended) (?:its|their)|"  # "since Washington began its"
    r"regime|government|officials|authorities|administration|ministry|forces|troops|army|soldiers)\b"
    r"(?!\s+(?:headquarters|bases?|barracks|camps?|posts?|positions|garrison|depots?)\b)",  # "El Fasher army headquarters"
    re.I,
)
# A capital's hold as its government's: "Daraa slips from Damascus' grip", "under Moscow's control".
_GOVERNMENT_HOLD = re.compile(r"^['’]s?\s+(?:grip|rule|control|hold|orbit)\b")
# An editor's correction: "An earlier version of this article said rebels had reached Homs."
_CORRECTION = re.compile(r"\ban (?:earlier|previous) version of this (?:article|story|report)\b", re.I)
# A government as what is done to it: "to stop Tehran from building", "warned Moscow to", "accused Kyiv of".
_GOVERNMENT_OBJECT = re.compile(
    r"\b(?:stop|stops|stopped|stopping|prevent\w*|deter\w*|pressur\w*|persuad\w*|convinc\w*|urg\w*|warn\w*|"
    r"punish\w*|sanction\w*|accus\w*|blam\w*|prompt\w*|caus(?:e|ed|es|ing)|ask(?:s|ed|ing)?|invit\w*|encourag\w*|"
    r"allow\w*|forc(?:e|ed|es|ing))\s+$",  # "prompting Bangkok to expel Cambodia's ambassador"
    re.I,
)
# A government as the side a turn of events is good or bad for: "the biggest setback for Baghdad since".
_FOR_A_SIDE = re.compile(
    r"\b(?:setbacks?|blows?|embarrassment|humiliation|victory|victories|win|defeats?|loss|boost|challenge)\s+"
    r"(?:for|to)\s+$",
    re.I,
)
_OBJECT_COMPLEMENT = re.compile(r"^\s+(?:from|to|into|of|for|over|that)\b")  # "warned Damascus that"
# A capital with its allies stands for its government: "stunned Damascus and its allies".
_ALLIES = re.compile(r"\s+and\s+(?:its|their)\s+(?:allies|backers|partners|patrons)\b")
# How the wounded are taken somewhere: "shifted to hospitals in", "taken to the Red Cross field hospital ... and to".
_TAKEN_FOR_CARE = r"(?:taken|rushed|shifted|transferred|moved|evacuated|airlifted|brought|admitted)"
_CONTEXT_BEFORE = re.compile(
    r"\b(?:university of|professor at|researcher at|based (?:in|at)|born in|who (?:lives|lived|live|works|worked|grew up) in|(?:connect|link)\w*(?: [\w-]+ (?:to|with|and))?(?: the capital,?)?|"
    r"to the capital|leading (?:\w+ )?to(?: the capital)?|(?:road|highway|motorway|route|path|gateway)s? (?:\w+ )?(?:to|towards?)|"
    r"from the capital|ties with|(?:dams?|bridges?) (?:on|over|across|spanning)|"  # "The dam on the Euphrates"
    r"(?:road|highway|motorway|route|corridor)s? (?:\w+ )?between(?: [\w'’-]+){0,3}(?: and)?|(?:road|highway|motorway|route|train|flight|bus|passenger|journey|trip)s? from(?: [\w'’-]+){0,3}(?: to)?|across (?:\w+ ){1,3}from|"
    r"(?:officials?|authorities|diplomats?|sources?|analysts?|spokes(?:man|woman|person)|correspondents?|reporters?|leaders?|"
    r"according to (?:an?|the) (?:[\w-]+ ){0,2}(?:officers?|commanders?|journalists?))"  # "a military officer in"
    r"(?: for (?:the |an? )?(?:[\w'’-]+ ){0,2}[\w'’-]+)? in|"  # "a spokesman for the group in Idlib said"
    r"(?<!within )(?<!within a )(?<!advanced )(?<!advancing )(?<!pushed )(?:[\d,.]+ ?|\w+ )" + DISTANCE_UNIT + r" "
    r"(?:[\w-]+ )?(?:of|from)(?: the (?:centre|center|heart|edge|outskirts) of)?|"
    r"by (?:tele)?phone from|(?:reached|contacted|interviewed) by (?:tele)?phone in|speaking from|reporting from|broadcast\w* from|writing from|(?:via|by) video(?: ?link)? from|(?:flights?|trains?) to|(?:diverted|rerouted|redirected) to|"
    r"(?:interview|speech|statement|address|sermon)(?: (?:from|at) (?:an? |the |his |her )?[\w-]+)? (?:in|from)|speaking (?:[\w'’-]+ ){0,4}in|told (?:\w+ ){0,2}in|(?:said|says) in|(?:news|press) conference in|"
    r"(?:junction|crossroads|intersection) of|"  # "Saraqeb, at the junction of the M4 and M5 highways"
    # who told of it, and where they are: "according to medics at al-Awda Hospital in Nuseirat"
    r"(?:medics|doctors|nurses|paramedics) (?:at|in)(?: (?:[\w'’-]+ ){1,4}(?:in|at))?|"
    # "HTS, which has its base in Idlib province", "HTS, whose base is in Idlib province"
    r"(?:(?:has|have|had|having|with|keeps?|kept) (?:its|their|his|her)|whose) (?:main |power )?(?:bases?|headquarters|"
    r"strongholds?)(?: (?:is|are|was|were|lies|lay))? in|"
    # the ends of a journey, and where the wounded were taken: "the train was travelling from Quetta to Peshawar
    # when it came under attack"; "injured passengers were shifted to hospitals in Mach and Quetta"
    r"(?:travell?(?:ing|ed|s)?|bound|en route|journey\w*|sailing|flying)(?: (?:from|to)| from (?:[\w'’-]+ ){1,3}to)|"
    + _TAKEN_FOR_CARE
    + r" to (?:[^.;]{1,60}? and )?(?:a |the )?(?:[\w-]+ )?"  # "... in Holon and Ichilov Hospital in Tel Aviv"
    r"(?:hospitals?|clinics?|medical (?:centres?|centers?|facilities)) (?:in|at)|"
    r"(?:wounded|injured|casualties|bodies) (?:were |was |had been )?(?:evacuated|taken|rushed|airlifted|flown|transferred|"
    r"brought) to(?: the capital,?)?|"  # "Wounded were evacuated to Kaya and to the capital, Ouagadougou"
    r"(?:rule|regime|reign) (?:in|over)|"  # "leaving Assad's rule in Damascus on the brink of collapse"
    r"(?:village|town|checkpoint|stop|exit|position)s? before|"  # "captured the last village before Homs"
    r"(?:border|frontier)s? with|(?:which |that )?border(?:s|ed|ing)(?: on)?|striking distance of|(?:artillery|rocket|firing|striking) range of|"
    r"eve of (?:the )?(?:[\w-]+ ){0,2}?of|"
    r"visit\w*(?: to)?|trip to|opposite|(?:television|tv|radio)(?: [\w-]+)? in|(?:safe )?passage to|"  # "read on state television in Niamey"
    r"(?:exercises|drills|manoeuvres|maneuvers|war games) (?:on|in|near|off|around)"  # "ordered military exercises on
    r"(?: the (?:island|state|province|region|coast|city|town) of)?|"  # the island of Margarita and in the state of Zulia"
    r"host(?:s|ed|ing)? [^.;]{0,60}?\b(?:at|in|its|their)|"
    r"islands? off|"  # "the Kamaran island off the port city of Hodeidah"
    r"(?:fled|flee\w*|head\w*|mov\w*) (?:to|towards?|for) (?:[\w-]+ ){1,3}(?:such as|including|like)|"  # "heading to
    # villages nearby such as Burqin and Kafr Dan"  # "host Russia's naval base at Tartus and its Hmeimim air base"
    r"overlook\w*|(?:advanc\w*|coming|came|arriving|arrived|fired|moving|moved|pushing|pushed|swe(?:pt|eping)|"
    r"struck|strik(?:e|es|ing)|fl(?:y|ies|ying|ew|own)|took off|taking off|operating)"  # "jets flying from the Hmeimim air base"
    r"(?: (?:north|south|east|west)\w*)? from|"
    r"(?:groups?|fighters?|rebels?|factions?|militias?|militants?|residents?|natives?|commanders?|(?:wo)?man|"
    r"convoys?|columns?|troops|forces|units|reinforcements) from|"  # "the first rebel convoys from Daraa entered"
    r"burst (?:out )?(?:of|from)|(?:at|on) the (?:foot|slopes?) of|"  # "burst out of Idlib", "at the foot of Mount Hermon"
    r"(?:is|are|was|were|hails?|hailed|originally) from|"  # "Assad, whose family is from Qardaha"
    r"arriv\w* (?:in|at) (?:[\w'’-]+ ){1,3}from|"  # "Army reinforcements arrived in Hama from Homs"
    r"(?:withdr[ae]w\w*|retreat\w*|pull\w* back|fell back|moved(?: (?!on\b)\w+)?|head\w*(?: \w+)?|fled|flee\w*|displaced)"
    r"(?: (?:north|south|east|west)\w*)? (?:to|towards?|in the direction of)|"
    r"(?:sent|sends|send|sending|flew|flown) (?:[\w'’-]+ ){1,6}(?:to|from)|"  # "sent only a handful of jets to the Hmeimim base"
    r"(?:most|many|some|all|half|thousands|hundreds) of them (?:to|towards?|into)|"  # "fled Rafah ..., most of them to"
    r"(?:displaced|fled|fleeing|refugees|evacuees)\b(?: [\w'’-]+){0,10}? arriv\w* (?:in|at)|"  # "displaced from Tal Rifaat arrived in Tabqa"
    r"(?:seek\w*|sought|f[oi]nd\w*|found|tak\w*|took) (?:shelter|refuge) (?:in|at)|"  # "fled ..., many seeking shelter in"
    r"leav\w* (?:for|towards?)|(?:fled|flee\w*|left|leav\w*) (?:[\w'’-]+ ){1,2}for|"
    r"(?:fled|flee\w*|left|leav\w*) (?:[\w'’-]+ ){1,2}for [^.;]{1,60}? and for(?: the(?: [\w'’-]+){0,3} capital)?|"
    r"(?:fled|flee\w*|withdr[ae]w\w*|retreat\w*|fell back|pulled back|displac\w*) "
    r"(?:(?!(?:as|while|when|after|before|but|and then)\b)[\w'’-]+ ){1,8}(?:to|towards?)|"
    # a second destination: "fled towards Salamiyah, east of Hama, and to Homs"
    r"(?:fled|flee\w*|withdr[ae]w\w*|retreat\w*|head\w*) (?:to|towards?) [^.;]{1,60}?,? and (?:then )?(?:to|towards?)|"
    r"(?:open|opens|opened|opening|pave|paves|paved|paving|clear|clears|cleared|clearing) the (?:way|road|path)"
    r"(?: (?:north|south|east|west)\w*)? (?:to|towards?|for)|"  # "Its capture opens the way south to Homs"
    r"(?:cross\w*|fled|flee\w*) into (?:[\w'’-]+ ){1,2}(?:through|via|at)|"  # "crossed into Iraq through Al-Qaim"
    r"(?:withdr[ae]w\w*|retreat\w*|pull\w* back|fell back|mov\w*|redeploy\w*|fled|flee\w*|evacuat\w*|transferr?\w*) "
    r"(?:[\w'’-]+ ){0,2}from (?:[\w'’-]+ ){1,3}(?:to|towards?)|"
    r"(?:set|sets|setting) (?:off|out) from|"
    r"(?:fled|flee\w*|head\w*) (?:to|towards?) (?:the )?(?:[\w-]+ ){0,3}(?:base|camp|airport|port|crossing)s? (?:at|in|near)|"  # "the convoy had set off from Kobani"
    # where forces were kept for years: "fighters who had been confined to a pocket around Idlib"
    r"(?:confined|cornered|penned|holed up|bottled up) (?:to|in)(?: (?:a|an|the) (?:[\w-]+ )?"
    r"(?:pocket|enclave|strip|corner|sliver|area|region)(?: (?:around|of|in|near))?)?|"
    r"(?:launch\w*|(?:beg[au]n|start\w*)(?= (?:[\w-]+ ){0,2}(?:offensive|attack|assault|operation|campaign)s? ))"
    r"(?: [\w.-]+){0,5} from(?: (?:their|its|the) (?:[\w-]+ )?(?:strongholds?|bastions?|bases?|enclaves?|positions?) (?:of|in)|"
    r" (?:their|its|his))?|"  # "launched their offensive from their Idlib stronghold"
    r"(?:advanc|push|march|mov)\w* (?:on|toward|towards|into) (?:[\w'’-]+ ){1,6}from|"  # "advanced on Tal Rifaat from"
    r"(?:advanc|push|march|driv)\w* (?:(?:north|south|east|west)\w* )?from|"  # "their push south from Goma"
    r"from (?:their|its|the) (?:[\w-]+ )?(?:strongholds?|bastions?|bases?|enclaves?|positions?|barracks) in|"
    r",\s+(?:the\s+)?(?:[\w-]+\s+){0,4}(?:(?:capital|seat) (?:of|in)|(?:city|town) in)(?:\s+(?:north|south|east|west)\w*)?|"
    r"(?:held|holds|hold|holding|for) talks (?:with (?:[\w'’-]+ ){1,4})?in|(?:summit|meeting) in|"
    r"(?:talks|negotiations|negotiators) (?:\w+ ){0,2}in|"  # "as ceasefire talks resume in Doha"
    r"(?:fall|capture|loss|seizure|collapse) of (?:[\w'’-]+ ){1,4}leaves|"  # "The fall of Ann leaves Sittwe ... as"
    r"(?:stretch|extend|run)\w* from(?: (?:[\w'’-]+ ){1,4}to)?|"  # the extent of what is held: "a swath of territory
    # stretching from Aleppo to Hama"
    r"(?:met|meets|meeting) (?!(?:\w+ )?(?:resistance|opposition|fire)\b)(?:[\w'’-]+ ){1,4}in|"  # "met commanders in"
    r"(?:troops|forces|soldiers) (?:\w+ )?(?:remain\w*|stay\w*|(?:are|were|is|was|been) stationed) (?:at|in)"  # where
    # they are kept: "its troops remained at the al-Tanf garrison"
    r")\s+(?:the\s+(?:capital\s+|(?:[\w-]+\s+)?(?:cit(?:y|ies)|towns?|villages?|ports?|countryside|outskirts|provinces?|"
    r"regions?|strongholds?|bastions?)\s+of\s+)?)?$",
)
# The last words _CONTEXT_BEFORE can end on (or "between" anywhere before them).
_CONTEXT_LAST = frozenset(
    ["of", "at", "in", "to", "with", "and", "from", "for", "toward", "towards", "capital", "opposite", "through",
     "via", "before", "around", "near", "their", "its", "his", "off", "as", "like", "including", "on", "over", "across",
     "spanning", "leaves"]
)  # fmt: skip
_CONTEXT_LAST_STEMS = ("visit", "connect", "link", "north", "south", "east", "west", "overlook", "border")


_LIST_ITEM = r"(?:the\s+)?\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:\s+(?:area|region|province|camp))?"
_LIST_BEFORE = re.compile(  # "Baga and ", "Rastan, Talbiseh and ", "the Tabqa area and the city of ": a list "and" ends
    rf"(?:{_LIST_ITEM},\s+)*{_LIST_ITEM},?\s+(?:and|or)\s+(?:the\s+(?:city|town|village|province|region)\s+of\s+)?$"
)
_OWNER_END = re.compile(r"\s[A-Z][\w-]*['’]s\s+$")  # "... with Ukraine's "
# "... borders the Israeli-occupied ", "... based in the US-run "
_HELD_END = re.compile(r"\s[\w'’]+-(?:occupied|held|controlled|annexed|run|led|backed)\s+$")


_SOME_WAY_OFF = re.compile(r"\b" + _SOME_WAY + r" (?:the )?$", re.I)  # on the one-lined words before a place


def _reference_before(before: str, quick: bool = True) -> bool:
    """Whether the words before a place make it a reference point or institution (``_CONTEXT_BEFORE``);
    ``quick``: first by the last word alone, as most places are spared the long pattern so (the answer is the
    same)."""
    if _SOME_WAY_OFF.search(before):
        return False
    before = _OWNER_END.sub(" ", before)  # "near the border with Ukraine's Sumy region": the owner aside
    before = _HELD_END.sub(" ", before)  # "which borders the Israeli-occupied Golan Heights": who holds it aside
    before = _LIST_BEFORE.sub("", before)  # "fled to Baga and Monguno": what stands before the list
    if quick and not ends_with_word(before, _CONTEXT_LAST, _CONTEXT_LAST_STEMS) and "between" not in before:
        return False
    low = before.lower()  # lower-cased: several times faster than re.I
    return _CONTEXT_BEFORE.search(low) is not None and _TAKEN_AWAY.search(low) is None


# Forces taken away from a place, which is no mere origin: "Hezbollah withdrew its fighters from Qusayr".
_TAKEN_AWAY = re.compile(
    r"\b(?:withdr[ae]w\w*|pull\w*|evacuat\w*|remov\w*|redeploy\w*)\s+(?:(?:its|their|his|the|all|most|some)\s+)?"
    r"(?:[\w-]+\s+)?(?:fighters?|troops|forces|men|units|soldiers|militias?|militiamen)\s+(?:from|out\s+of)\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+){0,2}(?:town|city|village)\s+of\s+)?$|"  # "withdrawn its fighters from the Syrian town of"
    # "withdrew from its positions in al-Dimas": a withdrawal there
    r"\b(?:withdr[ae]w\w*|pull\w*\s+out|retreat\w*|evacuat\w*)\s+(?:(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?)?"  # "evacuated its
    r"from\s+(?:its|their|the)\s+(?:[\w-]+\s+)?(?:strongholds?|bases?|positions?|barracks|posts?)\s+(?:in|at|near)\s+"  # ships
    r"(?:the\s+)?$|"  # from the naval base in Tartus"
    # who were hit where they are: "An Israeli strike targeted Hamas leaders in Doha"
    r"\b(?:targeted|targeting|killed|killing|struck|striking|hit|attacked|assassinated|bombed)\s+(?:[\w'’-]+\s+){0,3}"
    r"(?:officials?|leaders?|commanders?|officers?)\s+in\s+$"
)


# A place that begins an organisation's name: "the Tigray People's Liberation Front", "the Hama Military Council".
_ORGANISATION_AFTER = re.compile(
    r"^(?:\s+[A-Z][\w'’]*){0,3}?\s+(?:Front|Party|Army|Forces|Council|Police|Movement|Brigades?|Union|Authority|"
    r"Committee|Corps|Division|Regiment|Battalion|Guards?|Foundation|Fund|Association|Society|Network|Coalition)\b|"  # "the
    # U.S.-backed Gaza Humanitarian Foundation"
    r"^\s+(?:operational(?:\W+strategic)?\W+)?group(?:ing)?(?:\s+of\s+(?:forces|troops))?\b|"  # "the Tavria group of
    # forces", "Ukraine's Khortytsia operational-strategic group said"
    r"^(?:['’]s)?\s+(?:(?:[Ss]tate|[Pp]rovincial|[Rr]egional|[Cc]ity|[Oo]blast)\s+)?(?:[Gg]overnor|[Mm]ayor)\b"  # "Homs
    # governor Namir Makhlouf said", "The Borno State governor": an office
)
# The office of one who speaks: "The acting governor of Kursk, Alexei Smirnov, said", "the governor of Nabatieh
# province said".
_OFFICE_OF = re.compile(r"\b(?:governor|mayor|head)\s+of\s+(?:the\s+)?$", re.I)
_OFFICE_HOLDER_AFTER = re.compile(
    r"(?:\s+(?:region|province|oblast|state|governorate|city))?"
    r"(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},|\s+(?:said|says|told|reported|announced)\b)",
    re.I,
)
# "the ... suburbs of Damascus in 2018"; not across an aside ("Saraqib, a town captured in 2020, on Sunday")
_PAST_YEAR = re.compile(r"\W{0,3}(?!(?:an?|the)\s)(?:[\w-]+\W+){0,3}?in ((?:19|20)\d\d)\b")
_CONTEXT_AFTER = re.compile(
    r"^(?:-based|\s+university|\s+institute|[’']s? university|\s+(?:news\s+)?agency|"
    r"[’']s\s+(?:[\w-]+\s+)?(?:city|town|village|port)\s+of\b|"  # "Gaza's southern city of Rafah": where Rafah is
    r"[’']s\s+(?:twin|sister|neighbou?r(?:ing)?)\b|"  # "Myrnohrad, Pokrovsk's twin town", "Lashio's neighbour Laukkai"
    r"(?:\s+on\s+\w+)?\s+(?:for\s+(?:talks|a\s+visit|a\s+meeting|meetings)|on\s+an?\s+(?:\w+\s+)?visit)\b)",  # "arrived in
    # Damascus on Sunday for talks with President Bashar al-Assad"
    re.I,
)
_CAMPUS_AFTER = re.compile(r"^\s+(?:university|institute)\b", re.I)
_BESIDE_A_SITE = re.compile(r"\b(?:near|around|outside|inside|into|stormed|attacked|shelled|struck|hit)\s+(?:the\s+)?$")
# Places a capture cuts off from each other: "cut Damascus off from the coastal strongholds of Latakia".
_CUT = re.compile(
    r"\b(?:cut(?:s|ting)?|sever(?:s|ed|ing)?)\s+(?:off\s+)?(?:the\s+)?(?:[\w-]+,?\s+)?$"
)  # also "severing the capital, Damascus, from"
_OFF_FROM = re.compile(r"^,?\s+(?:off\s+)?from\b")  # "cut Damascus off from", "cut off Damascus from"
_CUT_OFF_FROM = re.compile(
    r"\bcut(?:s|ting)? (?:(?:[\w'’,-]+ ){1,4}off |off (?:[\w'’,-]+ ){1,4})from (?:the (?:[\w-]+ ){0,2}(?:strongholds?|"
    r"cities|towns|regions?|provinces?|areas?|heartlands?) of )?(?:(?-i:[A-Z])[\w'’-]*(?: [\w'’-]+)?,? (?:and )?)?$",
    re.I,
)  # "cut Damascus off from the coastal strongholds of Latakia and Tartus", "cuts off the capital from Latakia and"
_CUT_OFF_REASON = "what a capture cuts off"
# Where a government speaks, at a sentence's start: "In Damascus, the government insisted", "In Moscow,
# Kremlin spokesman Dmitry Peskov said".
_SPEAKERS = re.compile(
    r"^,\s+(?:the\s+|a\s+)?(?:(?:[A-Z][\w’'-]*|[a-z]+-[a-z]+|new|interim|transitional|caretaker)\s+){0,4}"
    r"(?:government|regime|authorities|officials?|ministry|ministers?|"
    r"presidency|president|[Kk]ing|[Ee]mir|[Pp]rince|premier|chancellor|leader|envoy|ambassador|diplomats?|"
    r"[Kk]remlin|[Pp]entagon|spokes(?:man|woman|person)|(?:army|military)\s+(?:command|chiefs?))\b"
    r"(?=(?:\s+[\w’'.-]+){0,6}?\s+(?:said|says|say|insisted|insists|met|meets|told|tells|announced|announces|warned|"
    r"warns|called|calls|urged|urges|denied|denies|declared|declares|vowed|vows|welcomed|welcomes|condemned|"
    r"condemns|held|holds|hosted|hosts|received|receives|spoke|speaks|stressed|stresses|pledged|pledges)\b)"
)  # not "In Qamishli, Kurdish authorities imposed a curfew": an event there; nor "In Hermel, local officials
# said an Israeli drone strike hit a car": they speak of their own town
# An institution in a city, saying something: "the Defence Ministry in Moscow said" (not "strikes hit the
# Defence Ministry in Damascus").
_INSTITUTION_IN = re.compile(
    r"\b(?:ministry|government|parliament|presidency|command|headquarters|embass(?:y|ies))\s+in\s+$", re.I
)
_ACCORDING_TO = re.compile(r"\baccording to\b", re.I)  # "according to the Health Ministry in Gaza"
_SAID = re.compile(r"^,?\s+(?:said|says|say|announced|reported|claimed|denied|stated|added|confirmed)\b")
# The far place of a distance from where the news is: "safe passage to Damascus, about 100 km to the north";
# unless something is done to it ("abandoned the town of Kiswah, 10 km to the south").
_FAR_END = re.compile(
    r"^,\s+(?:about |some |around |roughly |nearly |more than |less than )?[\d,.]+ ?"
    + DISTANCE_UNIT
    + r"\s+(?:away|(?:to the\s+)?(?:north|south|east|west)[\w-]*(?![\w-])(?!\s+(?:of|from)))",
    re.I,
)
# The word that acts on a place: "abandoned (the town of) Kiswah".
_WORD_BEFORE = re.compile(
    r"(\w+)\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:towns?|cit(?:y|ies)|villages?|districts?)\s+of\s+)?$"
)
_MODAL = re.compile(  # matched on lower-cased text, as _CONTEXT_BEFORE and _HELD are: faster than re.I
    r"\b(?:would|could(?! (?:be |also be )?(?:heard|seen)\b)|might|may|will|can|cannot|should|doubt|if|(?:plan|aim|intend|hope|threaten|vow|pledge|promise)\w* to|"
    r"to (?:defend|protect|retake|recapture|relieve|prevent|stop|halt|block|slow|thwart|repel)|(?:trying|tried|tries|attempting|attempted|fail(?:ed|s)?) to|"
    r"expect(?:s|ed|ing)? (?:\w+ ){0,3}?to|(?:likely|unlikely|poised|set|about) to|(?:verge|brink) of|"
    r"(?:denied|denies|deny|denying|dismissed) (?:\w+ ){0,2}(?:that|reports|claims))\b",
)
# What a hospital does that makes it a source, not a site: "Nasser Hospital in Khan Younis received 15 bodies".
_HOSPITAL_SPEAKS = re.compile(
    r"(?:\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s+(?:said|says|received|receives|reported|confirmed|told|counted)\b"
)
_WATER_NAME = re.compile(r"\s(?:River|Sea|Lake|Canal)$")
# What befell one who tried, right after the place (and an aside on it): "a helicopter trying to evacuate
# soldiers from Nasir came under fire": it did, there.
_BEFELL_AFTER = re.compile(
    r"(?:,[^,.;]{1,60},)?\s+(?:came|comes|was|were)\s+(?:under\s+(?:\w+\s+)?(?:fire|attack)|(?:shot|hit|attacked|struck|ambushed|downed)\b)"
)
# An attempt that was fought off happened: "attempted to break through near the villages of Niu-York and
# Shcherbynivka, south of the city, but were repelled".
_TRIED = re.compile(r"\b(?:trying|tried|tries|attempting|attempted) to\b")
_REPELLED_AFTER = re.compile(r"[^.;]{0,100}?\bbut\s+(?:were|was)\s+(?:repelled|repulsed|beaten back|pushed back)\b")
_REPELLED_ATTEMPT = re.compile(  # "Ukrainian forces have repelled a Russian attempt to seize the city of"
    r"\b(?:repelled|repulsed|thwarted|foiled|fought off|beat back)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}attempts?\s+to\b"
)
_MODAL_AFTER = re.compile(r",?\s+(?:would|could|might|will|may)\b")  # "Control of Homs would cut ...": what might be
# A place taken: "rebels take Damascus", "captured the central city of Hama" (not "taken to hospital").
# A place taken, named right after the word: "have liberated the community of Velyka Novosilka".
_CAPTURED = re.compile(
    r"\b(?:captur(?:ed|es|ing|e)|seiz(?:ed|es|ing|e)|liberat(?:ed|es|ing|e)|took|taken|overr[au]n)\s+(?:control\s+of\s+)?"
    r"(?:the\s+)?(?:(?:[\w-]+\s+){0,2}(?:town|village|city|community|settlement|hamlet)s?\s+of\s+)?$"
)
# A place struck from across a border: "Rockets fired from Tigray hit the Eritrean capital, Asmara".
# Or fought over, or advanced in: "Ukrainian forces recently advanced in Kursk Oblast", "striking a Russian tank
# near Cherkasskaya Konopelka", in a story about Ukraine.
_TAKEN_OR_HIT = re.compile(
    _CAPTURED.pattern
    + r"|\b(?:hit|struck|shelled|bombed|pounded|targeted)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:(?:capital|city|town),?\s+)?$"
    r"|\b(?:advanc\w*|pushed|fighting|fought|clashes|clashed|attack(?:s|ed|ing)?|striking|struck|hit|(?:air\s?)?strikes?|shelling|"
    r"(?:offensive\s+)?operations|assaults)\s+"  # "continued limited offensive operations in Kursk Oblast"
    r"(?:[\w'’-]+\s+){0,5}?"  # "A Russian missile strike on a military training unit in Dnipropetrovsk Oblast"
    r"(?:and\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,4}?)?"  # and a second target: "struck the Arak heavy water reactor
    # and a nuclear weapons development site in Natanz"
    r"(?:in|into|near|around|outside)\s+(?:the\s+)?$"
    r"|\b(?:missiles?|rockets?|drones?|shells?|projectiles?|bombs?)\s+(?:fell|landed|crashed|exploded)\s+(?:in|on|near|at)"
    r"\s+(?:the\s+)?$"  # "a Houthi missile fell in Ramat Gan", in a story about Yemen
    r"|\b(?:fired|launched)\s+(?:[\w'’-]+\s+){0,3}?(?:at|on|toward|towards|into)\s+"  # "fired rockets at an Israeli
    r"(?:(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?(?:in|near|at|town\s+of|city\s+of)\s+)?(?:the\s+)?$"  # army position
    # in Metula", "fired rockets at Israeli troops gathering in Metula", "toward the northern Israeli town of Kiryat Shmona"
)
_TAKEN = re.compile(
    r"\b(?:(?:re)?(?:take|takes|took|taken|taking|captur\w*)|seiz\w*|overr[au]n\w*)\s+"
    r"(?:over\s+|[\"“]?(?:(?:full|complete|total)\s+)?control[\"”]?\s+of\s+)?"  # taken "full control" of
    r"(?:(?:most|much|parts?|all|half)\s+of\s+)?"  # "take most of Aleppo"
    r"(?:the\s+(?:[\w-]+\s+){0,3}?(?:of\s+)?|(?:[\w-]+\s+)?(?:city|town|village)\s+of\s+)?"  # a headline's "take Syrian
    # city of Hama"
    r"(?:(?-i:[A-Z])[\w'’-]*(?:\s+(?:(?-i:[A-Z])|(?-i:(?:al|el|an|ad|as|ar|az|ash|ez|es)-))[\w'’-]*){0,2}"  # "Maarat al-Numan"
    r"(?:\s+on\s+(?:the\s+)?(?:(?-i:[A-Z])[a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}(?:st|nd|rd|th)?(?:\s+(?-i:[A-Z])[a-z]{2,8}\.?)?|"
    r"(?-i:[A-Z])[a-z]+day))?"
    r"(?:,\s+|,?\s+and\s+|,?\s+including\s+))*$",  # and the next of a list: "taken Rastan and", "took Aleppo, including"
    re.I,
)
# A place a which-clause says was taken: "Aleppo, Syria's largest city, which they took last weekend".
# People driven from the place named next: what happened there is their displacement.
_DISPLACED_FROM = re.compile(
    r"\b(?:displaced|fled|fleeing|uprooted)\s+(?:(?:people|families|persons|civilians|residents)\s+)?from\s+"
    r"(?:the\s+)?(?:(?:town|city|village|area)\s+of\s+)?$",
    re.I,
)
_TAKEN_AFTER = re.compile(
    r"^(?:,\s+[^,]{1,40})?,\s+(?:(?:which|that)\s+(?:\w+\s+){0,2}(?:took|taken|captured|seized|overran|retook|recaptured|"
    r"fell)|(?:taken|captured|seized|overrun|retaken|recaptured)\s+(?:on|last|early|late|in|by)\b|"  # ", taken last Friday"
    r"(?:a|an|the)\s+[^,;.]{1,80}?\s(?:that|which)\s+(?:[\w'’]+\s+){0,5}?(?:took|taken|captured|seized|overran|retook|"
    r"recaptured)\b)"  # "Rastan, a town on the highway between Hama and Homs that rebels said they had captured on Friday"
)
_LONG_AGO = re.compile(
    r"\b(?:in|since|during) (?:(?:19|20)\d\d|january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\b|\blast year\b",
    re.I,
)


_DESCRIPTION_REACH = 150  # characters after a place that may describe it: ", a town on the highway ... that"


def _taken_after(after: str) -> bool:
    """Whether a which-clause after the place says it was taken, lately: not "which the RSF seized in
    December", the past of a town now fought over."""
    match = _TAKEN_AFTER.match(after)
    return match is not None and not _LONG_AGO.search(re.split(r"[,.;]", after[match.end() :])[0])


# A clause that says what an actor holds, not what happened: "the SDF, which controls Raqqa and Hasakah".
_HOLDS = re.compile(
    r"^\s*(?:which|who|that)\s+(?:\w+\s+)?(?:controls?|controlled|holds?|held|runs?|governs?|administers?|rules?)\b",
    re.I,
)
# What an actor holds, not where something happened: "consolidated their hold on Aleppo", "HTS holds
# Damascus", "control much of the northeast" (not "now control", "by Saturday they controlled the citadel",
# nor "struck rebel-held Idlib").
_HELD = re.compile(
    r"\b(?:hold|grip)\s+(?:on|over)\s+(?:the\s+)?$|"
    r"(?<!now )(?<!-)\b(?:holds|controls|control)\s+(?:(?:much|most|parts?|all) of\s+)?(?:the\s+)?$|"
    r"(?<!now )\b(?:holds|hold|controls)\s+[^.;]{0,60}?,?\s+including\s+(?:the\s+)?$",  # "controls a
)  # strip along the Turkish border, including Afrin, Azaz and al-Bab"
# A place said to stay in an actor's hands: no event of its own.
_STILL_HELD = re.compile(
    r"(?:\s+(?:air\s*base|airbase|base|airport|port|city|town))?(?:,[^,.;]{0,60},)?\s+(?:remained|remains|remain|stayed|stays)\s+"
    r"(?:firmly\s+)?(?:under|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:control|hands)\b",
    re.I,
)
# The ends of a road named after them: "the Sweida–Damascus highway".
_ROAD_FIRST_END = re.compile(r"^\s*[–—-]\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:highway|motorway|road)\b")
_ROAD_LAST_END = re.compile(r"[A-Z][\w'’-]+\s*[–—-]$")
_ROAD_AFTER = re.compile(r"^\s+(?:highway|motorway|road)\b")
_TAKEN_TO = re.compile(r"\b" + _TAKEN_FOR_CARE + r"\b[^.;]{0,80}?\bto\s+(?:the\s+)?$")
_LIES_ON = re.compile(
    r"\b(?:sits?|lies|lying|located|situated|stands?|standing)\s+(?:on|along|astride|beside)\s+(?:the\s+)?(?:[\w-]+\s+)?$"
)
_DISTANCE_QUALIFIER = re.compile(r"^[\d,.]+.*(?:of|from)$")  # "25 km south of"; not "within 3 km of", which is near
_ADVANCED_BY = re.compile(
    r"\b(?:advanc|push|mov)\w*\s+(?:about\s+|some\s+)?[\d,.]+ ?\S+\s+(?:[\w-]+\s+)?(?:of|from)\s+$"
)
_PRECISE_QUALIFIERS = {"", "city"}
_AROUND = re.compile(r"near|outside|around|outskirts|suburbs|edge|countryside|area|within|from|\bof\b")  # not in it
_DATE_LINE = re.compile(r"(?<!\S)date \d{4}-\d{2}-\d{2}\s+")  # first, or after the outlet's line
# Counts in words; vague ones as ACLED codes them, at their least: "dozens" 12, "hundreds" 100.
_NUMBER_WORDS = {
    "tens of thousands": 10_000, "hundreds of thousands": 100_000,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "a dozen": 12, "dozens": 12, "scores": 20, "hundreds": 100,
    "tens": 10, "thousands": 1000,
}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_TEENS = {"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_ONES = "|".join(word for word, n in _NUMBER_WORDS.items() if n < 10)
_COUNT = (  # "12", "twelve", "twenty-five", "dozens"
    r"(\d[\d,]*|(?:" + "|".join(_TENS) + rf")(?:[- ](?:{_ONES}))?|" + "|".join([*_TEENS, *_NUMBER_WORDS]) + r")\b"
)
_KILLED_AFTER = re.compile(
    _COUNT + r"(?:\s+[\w-]+){0,3}?(?:,[^,.;]{1,60},)?\s+(?:were |have been |had been |was )?(?:killed|dead|died)",
    re.I,
)  # "two people were killed", "at least 70 people, including women and children, were killed"
_KILLED_BEFORE = re.compile(
    r"(?:killing|killed|death of|deaths of|death toll(?:\s+[\w-]+){0,6}?\s+(?:rose|climbed|reached|jumped|increased|"
    r"stood|stands|was|is)\s+(?:to\s+|at\s+)?)\s*(?:at least\s+|between\s+)?" + _COUNT,
    re.I,
)  # "killing at least 25", "the death toll from the strike on Idlib rose to 45"
_ACTOR = re.compile(
    r"\b((?:[A-Z][\w-]+\s)?(?:[Rr]ebels?|[Rr]ebel forces|[Oo]pposition forces|[Gg]overnment forces|[Rr]egime forces|"
    r"[Tt]roops|[Ss]oldiers|[Tt]anks|army|[Ff]ighters|[Mm]ilitants|[Ii]nsurgents|[Jj]ihadists|[Gg]unmen|[Ww]arplanes|"
    r"[Mm]ilitias?)|HTS|"
    r"Hayat Tahrir al-Sham|SDF|ISIS|Hezbollah)\b"
)


@dataclass(frozen=True)
class PlaceMention:
    """One toponym mention, resolved or not, with its role; the rows of ``python -m geo places``."""

    article: str
    start: int
    end: int
    text: str
    name: str
    lat: float | None
    lon: float | None
    feature: str
    role: str
    source: str
    resolution: str
    reason: str


@dataclass(frozen=True)
class Event:
    """Something that happened at a place, as one article's sentence reports it."""

    article: str
    outlet: str
    published: date | None
    date: date | None
    date_precision: str
    date_method: str
    place: str
    lat: float
    lon: float
    geo_precision: int
    kind: str
    actors: str
    fatalities: int | None
    quote: str
    start: int
    end: int
    place_source: str
    place_resolution: str
    feature: str
    country_code: str
    url: str
    title: str
    incident: str


EVENT_COLUMNS = [f.name for f in fields(Event)]
FROM_PUBLICATION = "publication date; the sentence names no day"  # how an event no day is given for is dated
PLACE_COLUMNS = [f.name for f in fields(PlaceMention)]


@dataclass(frozen=True)
class ArticleResult:
    article: Article
    places: tuple[PlaceMention, ...]
    events: tuple[Event, ...]


def _outside_the_outlet_s_name(text: str, outlet: str, places: list[Place]) -> list[Place]:
    """``places`` less those that are words of the outlet's own name where the text writes it ("Daily Sabah": no
    Sabah, Malaysia; "Syria Direct")."""
    if not outlet:
        return places
    spans = [match.span() for match in re.finditer(re.escape(outlet), text, re.I)]
    return [p for p in places if not any(start <= p.start and p.end <= end for start, end in spans)]


def process_article(article: Article, gazetteer: Gazetteer, online: Locate | None = None) -> ArticleResult:
    """Run the whole pipeline over one article (``online``: an optional online geocoder's ``locate``)."""
    text = article.text
    low = lowered(text)
    mentions = find_mentions(text, gazetteer)
    countries = theatre(mentions, gazetteer)
    places = _outside_the_outlet_s_name(
        text, article.outlet, resolve_mentions(text, mentions, gazetteer, online, countries)
    )
    sentences = split_sentences(text)
    focus = set(countries) | _headline_countries(places, text, article.title, gazetteer)
    dates = sentence_dates(sentences, article.published)
    out_places: list[PlaceMention] = []
    out_events: list[Event] = []
    seen: dict[tuple[int, str], int] = {}  # (sentence index, place) -> its event's index in out_events
    kinds: dict[int, list[tuple[int, int, str]]] = {}  # sentence index -> its words of what happened
    days: dict[int, list[tuple[int, DateInfo]]] = {}  # sentence index -> the days it names, where they stand
    index = 0
    sentence_of: list[int] = []
    for place in places:
        while index + 1 < len(sentences) and sentences[index].end <= place.start:
            index += 1
        sentence_of.append(index)
    whole = Sentence(0, len(text), text, 0)  # where the text has no sentence, only blank space
    located = _located_by(text, places, [sentences[i] if sentences else whole for i in sentence_of])
    inner: dict[int, list[Place]] = {}  # sentence index -> the landmarks and districts it names
    regions: dict[int, set[str]] = {}  # sentence index -> regions a town it names is in
    datelines = [m.end() if (m := _DATELINE.match(text, s.start)) else s.start for s in sentences]  # where each ends
    for i, place in zip(sentence_of, places, strict=True):
        if place.city:
            inner.setdefault(i, []).append(place)
        if place.feature == CITY and place.admin1 and not (sentences and place.start < datelines[i]):
            regions.setdefault(i, set()).add(place.admin1)  # not the dateline's: "MAIDUGURI, ... in Borno state"
    filed_at = _town_dash_datelines(text, sentences, places, sentence_of)
    owned = _with_its_country(text, places)
    # and the sentence's other places there: "In the Kursk region of Russia, ... near the village of Plekhovo"
    owned_in = {(sentence_of[k], places[k].country_code) for k in owned}
    listed_kind = (-1, "")  # the last event's place (by index) and its kind, which the next in a list shares
    for k, (index, place) in enumerate(zip(sentence_of, places, strict=True)):
        sentence = sentences[index] if sentences else whole
        if index not in kinds:
            kinds[index] = _kind_matches(low, sentence)
        also = {place.country_code} if k in owned or (index, place.country_code) in owned_in else set()
        role, reason, kind = _role(
            text, sentence, place, focus | also, dates[index] if sentences else None, kinds[index]
        )
        if role == EVENT and _only_where_its_site_is(text, sentence, place, inner.get(index, []), kind):
            role, reason, kind = CONTEXT, "the city of a landmark the sentence names", ""
        if role == EVENT and (
            place.feature == ADMIN1
            and (place.admin1 in regions.get(index, set()) or _INCLUDES_TOWNS.match(text, place.end))
            or place.qualifier in ("countryside", "countryside of")  # "villages in the western Aleppo countryside,
            # including Urum al-Kubra", "several towns in the countryside of Idlib, including Khan Sheikhoun"
            and _INCLUDES_TOWNS.match(text, place.end)
        ):  # "villages in the Bekaa Valley, including Sohmor and Brital"
            role, reason, kind = CONTEXT, "the region of a town the sentence names", ""
        if role == EVENT and (
            _frames_a_town(text, place, sentence, places, located)  # "In Latakia, ... Qardaha"
            or _frames_its_places(text, place, sentence, places)  # "In Daraa province, ... the Nassib crossing"
        ):
            role, reason, kind = CONTEXT, "the region of a town the sentence names", ""
        if role == EVENT and place.start in located:
            role, reason, kind = CONTEXT, "says where another place lies", ""
        if role == EVENT and place.start in filed_at:
            role, reason, kind = CONTEXT, _FILED, ""
        own_time = (  # of a since- or where-clause the place is in, or of the month right after it
            _clause_time(text, sentence, place, article.published)
            if role == EVENT and ("ince " in sentence.text or "where " in sentence.text)  # "since", "Since"
            else None
        ) or (
            (
                month_right_after(text, place.end, article.published)
                or _time_owned(text, sentence, place, article.published)
            )
            if role == EVENT
            else None
        )
        if own_time is not None and own_time.background_year is not None:  # "the biggest setback since the
            role, reason, kind = CONTEXT, f"background ({own_time.background_year})", ""  # militants swept through
            # Mosul last June"
        if (
            (role == EVENT or reason == "no event in the sentence")
            and k
            and sentence_of[k - 1] == index
            and _listed_after(text, places[k - 1], place)
        ):
            if out_places[-1].reason in _SHARED_BY_A_LIST:  # "HTS holds Damascus, Aleppo and Hama"
                role, reason, kind = CONTEXT, out_places[-1].reason, ""
            elif listed_kind[0] == k - 1 and not _SUBJECT.match(text, place.end):
                role, reason, kind = EVENT, "", listed_kind[1]  # "had taken over Deir ez-Zor and Albu Kamal after
                # the army pulled out"; "displaced people from Tal Rifaat and the villages of Shahba"
        elif (
            k
            and sentence_of[k - 1] == index
            and out_places[-1].reason in _SHARED_BY_A_LIST
            and _FURTHER_ALONG.fullmatch(text, places[k - 1].end, place.start)
        ):  # "opens the road to Homs, about 25 miles to the south, and ultimately to Damascus"
            role, reason, kind = CONTEXT, out_places[-1].reason, ""
        elif (
            reason == "no event in the sentence"
            and listed_kind[0] >= 0
            and sentence_of[listed_kind[0]] == index
            and _listed_past_its_description(text, places[listed_kind[0]], place)
        ):  # "took Sar-e-Pul, the capital of the province of the same name, and Taloqan"
            role, reason, kind = EVENT, "", listed_kind[1]
        elif (
            (role == EVENT or reason == "no event in the sentence")
            and listed_kind[0] >= 0
            and sentence_of[listed_kind[0]] in (index - 1, index)
            and (
                _FOLLOWED.match(text, place.end)
                or listed_kind[0] == k - 1
                and _FOLLOWED_TOO.fullmatch(text, places[k - 1].end, place.start)
            )
        ):  # "Hama fell on Dec. 5. Homs followed on Dec. 7, and Damascus on Dec. 8, as Assad fled": as Hama did
            role, reason, kind = EVENT, "", listed_kind[1]
        if role == EVENT:
            listed_kind = (k, kind)
        out_places.append(
            PlaceMention(
                article.name, place.start, place.end, place.text, place.name, place.lat, place.lon,
                place.feature, role, place.source, place.resolution, reason,
            )
        )  # fmt: skip
        earlier = seen.get((index, place.name))  # the same place named again in the sentence
        shown = place
        if off_another(place) and _WHERE.match(text, place.end):
            shown = replace(place, qualifier="")  # "Illinka lies east of Kurakhove, where fighting raged": at it
        if role == EVENT and (earlier is None or geo_precision(shown) < out_events[earlier].geo_precision):
            if index not in days:
                found = day_mentions(_blank_date_line(sentence.text), article.published)
                if all(d.method.endswith(COUNTED_FROM_PUBLICATION) for _, d in found) and not dates[
                    index
                ].method.endswith(
                    COUNTED_FROM_PUBLICATION
                ):  # "Two days later, fighters reached Homs, where ... overnight": that night, not the publication's
                    found = []
                at = raw_offsets(text[sentence.start : sentence.end]) if found else []  # where its words stand
                days[index] = [(at[offset], day) for offset, day in found]
                days[index] += _opening_day(sentences, dates, index, days[index])
            when = (
                own_time
                if own_time is not None and own_time.date is not None
                else _day_of(
                    text, place, sentence, days[index], places, article.published, dates[index - 1] if index else None
                )
                if days[index]
                else _before_what_it_followed(text, sentence, place, dates[index], article.published)
                or _after_a_fall(text, text[sentence.start : place.start], out_events)
                or day_of_action(
                    text[max(sentence.start, place.start - _ACTION_REACH) : place.start],
                    _of_now(
                        dates[index], article.published, bool(_NOW_CLAUSE.search(_words_before(text, sentence, place)))
                    ),
                )
            )  # "a week after the insurgents swept into Aleppo": a week before the sentence's day
            event = _event(article, sentence, shown, kind, when)
            if earlier is None:  # one event per place and sentence: where it is named most precisely
                seen[(index, place.name)] = len(out_events)
                out_events.append(event)
            else:
                out_events[earlier] = event
    out_events += _anaphora_events(article, low, sentences, dates, sentence_of, places, out_places, out_events, kinds)
    out_places, out_events = _side_events_abroad(places, out_places, out_events, countries[:1])
    return ArticleResult(article, tuple(out_places), tuple(out_events))


# A time owned by what happened at the place: "in retaliation for last month's attack on Hindu tourists in Pahalgam".
_OWNED_TIME = re.compile(
    r"\b(?P<when>last\s+(?:week|month|year)|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)['’]s?\s+"
    r"(?:[\w-]+\s+){0,2}?(?:attack|assault|strike|bombing|massacre|raid|ambush|shelling|shooting|offensive|blast)"
    r"\s+(?:(?:on|against)\s+(?:[\w'’-]+\s+){1,4}?)?(?:in|at|on|near)\s+(?:the\s+)?$",
    re.I,
)


def _time_owned(text: str, sentence: Sentence, place: Place, published: date | None) -> DateInfo | None:
    """The day of an attack the text dates by a possessive right before the place ("last month's attack on
    Hindu tourists in Pahalgam", "Sunday's strike on Sumy"), or None."""
    owned = _OWNED_TIME.search(text, max(sentence.start, place.start - _ACTION_REACH), place.start)
    return resolve(owned.group("when"), published) if owned else None


def _before_what_it_followed(
    text: str, sentence: Sentence, place: Place, when: DateInfo, published: date | None
) -> DateInfo | None:
    """The publication date, approximately, for a place whose sentence's time is written after what its news
    followed: "The capture of Bukavu follows the fall of Goma ... in late January"."""
    follows = _FOLLOWS.search(text, place.end, sentence.end)
    said = re.search(r"'([^']+)'", when.method)
    if follows is None or said is None or text.find(said.group(1), follows.end(), sentence.end) == -1:
        return None
    why = "the day the sentence names is what it followed"
    return DateInfo(published, APPROXIMATE, f"publication date; {why}") if published else DateInfo(None, UNKNOWN, why)


# Kinds of events that, in a country other than the article's main one, tell what is done about the war
# there, not of the war itself; and why such a place is context.
_ABROAD = {
    "displacement": "where people displaced from the main country are",
    "other": "what another country does in response",
}
_FILED = "where the report was filed"
# A since- or where-clause, which may tell of the past ("since government forces besieged Aleppo in 2016"), up to
# where it ends: "the first time since 2016 that rebels have entered Aleppo" is of now.
_PAST_CLAUSE = re.compile(r"\b(?:since|where)\s+(?![\d\W])", re.I)
_ASIDE = re.compile(r",\s+(?:the|an?)\s+[^,;.]{1,80}(?=,)")  # a description set off by commas, after a name
_NAME_END = re.compile(r"[A-Z][\w'’-]*$")  # "el-Fasher", "Manbij"
_PAST_CLAUSE_END = re.compile(r"[,;:.!?()—–]|\s(?:that|when)\s")


def _clause_time(text: str, sentence: Sentence, place: Place, published: date | None) -> DateInfo | None:
    """When the since- or where-clause the place is in says it happened, if it is in one and that says: a
    past year ("It was the worst attack on Homs since government forces besieged Aleppo in 2016": Aleppo's
    siege is background, the attack on Homs news; "Burkina Faso, where it killed more than 50 soldiers in an
    attack on Djibo in May") or a day ("has seen heavy fighting since the SNA captured Manbij in early
    December")."""
    clauses = list(_PAST_CLAUSE.finditer(text, sentence.start, place.start))
    if not clauses:
        return None
    opened = clauses[-1]
    if resolve(" ".join(text[opened.end() : place.start].split()[:3]), published) is not None:
        return None  # "since Sunday in clashes in Sweida province": from a time on, no clause
    end = _PAST_CLAUSE_END.search(text, opened.end(), sentence.end)
    while (
        end
        and end.group() == ","
        and _NAME_END.search(text, max(0, end.start() - 40), end.start())
        and (aside := _ASIDE.match(text, end.start()))
    ):
        end = _PAST_CLAUSE_END.search(text, aside.end() + 1, sentence.end)  # "since it took el-Fasher, the last army
        # stronghold in Darfur, in late October"
    stop = end.start() if end else sentence.end
    if place.end > stop:
        return None
    return resolve(text[opened.end() : stop], published)


# A town and a dash opening a paragraph: "Addis Abeba – Fano militia fighters have taken ...".
_TOWN_DASH = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2} [–—] (?=[A-Z])")


def _town_dash_datelines(text: str, sentences: list[Sentence], places: list[Place], sentence_of: list[int]) -> set[int]:
    """Where the towns start that open a paragraph as a dateline, a town and a dash, in a sentence that goes
    on to name another place: "Addis Abeba – Fano fighters have taken control of the town of Debre Markos".
    A timeline's entry is written so too ("Homs – Rebels enter the city"), but names no other place."""
    found = set()
    for k, place in enumerate(places):
        sentence = sentences[sentence_of[k]] if sentences else None
        if (
            sentence is not None
            and place.start == sentence.start
            and (sentence_of[k] == 0 or sentences[sentence_of[k] - 1].paragraph != sentence.paragraph)
            and (dash := _TOWN_DASH.match(text, sentence.start)) is not None
            and place.end <= dash.end()
            and any(sentence_of[j] == sentence_of[k] and p.start >= dash.end() for j, p in enumerate(places))
        ):
            found.add(place.start)
    return found


def _side_events_abroad(
    places: list[Place], mentions: list[PlaceMention], events: list[Event], main: list[str]
) -> tuple[list[PlaceMention], list[Event]]:
    """Displacement and deployments (:data:`_ABROAD`) in a country other than the article's main one,
    where nothing else happened, are where people who fled are or what a neighbour does, not events of
    the war: "Syrian refugees gathered at the Cilvegozu crossing in Hatay province", "Iraq reinforced its
    border, deploying troops near Qaim", in an article about Syria."""
    if not main:
        return mentions, events
    country = {p.start: p.country_code for p in places}
    elsewhere = {country.get(e.start) for e in events if e.kind not in _ABROAD} | set(main)
    abroad = {
        e.start: _ABROAD[e.kind] for e in events if e.kind in _ABROAD and country.get(e.start, main[0]) not in elsewhere
    }
    if not abroad:
        return mentions, events
    return (
        [replace(m, role=CONTEXT, reason=abroad[m.start]) if m.start in abroad else m for m in mentions],
        [e for e in events if e.start not in abroad],
    )


# Verbs whose object is the place itself: "reached the city", "retook the town".
_ACTS_ON = (
    r"(?:strike|struck|hit|shell|bomb|pound|storm|enter|captur|recaptur|seiz|took|take|retook|retake|reach|"
    r"overr[au]n|encircl|surround|besieg|liberat|abandon)\w*"
)
# What a site named before is, as "the prison" or "the palace" refers to it; and words for any site.
_SITE_WORDS = r"prison|palace|academy|(?:air ?)?base|airport"
_ANY_SITE = ("facility", "complex", "compound")  # words that stand for any landmark, not one of their kind
# "the city" as what followed or fell: "When the hill fell on December 4th, the city followed a day later".
_FOLLOWED_OR_FELL = re.compile(r" (?:soon |quickly |swiftly )?(?:followed|fell)\b")
_THE_CITY_THAT_FELL = r"the (?:city|town)(?=" + _FOLLOWED_OR_FELL.pattern + r")"
# Matched on lower-cased text (``textutil.lowered``), from where a word starts.
_ANAPHORA = re.compile(
    r"\b(?=[a-z])(?:(?:in|into|across|around|on|at|over|near|outside|through) the (?:area|town|city|village|province|suburb|"
    r"district|camp)\b(?! (?:of|hall|council|authorities|officials|police)\b)|"  # not "at the city hall"
    r"the (?:city|town)['’]s(?=\s)|" + _THE_CITY_THAT_FELL + r"|"  # "reached the city's western districts"
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? (?:of|edge of|outskirts of) the (?:city|town)\b|"
    + _ACTS_ON
    + r" the (?:city|town|village)\b(?! of)(?!['’])|"
    r"(?:(?:withdr[ae]w|retreat|pull\w* out|fled|flee|expel|driven out)\w* from|pull\w* out of) the (?:city|town)\b(?! of)|"
    r"(?:in|into|inside|from|at|on|outside|stormed|seized|captured|took|entered|reached|overran|struck|hit) the "
    r"(?P<site>" + _SITE_WORDS + "|" + "|".join(_ANY_SITE) + r")\b(?! of)|"
    r"(?P<seat>the (?:provincial|regional|state|governorate|oblast) capital)\b(?!,? [A-Z]))"  # not "..., Wad Madani"
)
# The anaphors that stand for the place itself, not its surroundings: "stormed into the city", "in the town",
# "the city's central prison" (not "the city's northern outskirts").
_INTO_IT = (
    r"(?:in|into|at|across|over|through|" + _ACTS_ON + r"|"
    r"(?:withdr[ae]w|retreat|pull\w* out|fled|flee|expel|driven out)\w* from)"
)
_IN_IT = re.compile(
    _INTO_IT + r" the (?:city|town)\b(?!['’])|" + _THE_CITY_THAT_FELL + r"|"
    r"(?:" + _INTO_IT + r" )?the (?:city|town)['’]s (?!(?:[\w-]+ )?(?:outskirts|edges?|fringes?|surroundings|"
    r"countryside|approaches|gates|environs|outer|periphery|side|suburbs|districts?|neighbou?rhoods?|quarters?|"
    r"parts?|areas?)\b)"  # a part of the city is near it (precision 2), as a named district no source knows is
)
_NAMED_BEFORE = re.compile(r"[A-Z][\w'’-]*,\s+$")  # "Bahir Dar, " before "the regional capital": its name
_DIRECTIONS = ("north", "south", "east", "west")
# "Souran, north of the city", "the Saydnaya military prison north of the city"
_AFTER_A_NAME = re.compile(  # also "Rastan and Talbiseh to the north of the city"
    r"(?:[A-Z][\w'’-]*|prison|(?:air)?base|airport|camp|crossing|dam|academy|area|district|suburbs?),?"
    r"\s*(?:to\s+the\s+|just\s+)?"  # "Sednaya prison, north of the city"
    r"(?:" + ABOUT + r"\s+)?(?:[\d,.]+\s*" + DISTANCE_UNIT + r"\s+)?$"  # "Mayadin, 45
)  # kilometers southeast of the city"
# "the towns of Khan Sheikhoun and Suran": what the text calls towns, down their list only ("the town of Qusayr
# near the border and from positions around Homs": Homs is not called a town).
_CALLED_TOWN = re.compile(
    r"\b(?:towns?|villages?|hamlets?)\s+of\s+(?:(?:(?!\s+and\s)[^.;:,]){1,40}?(?:,\s+(?:and\s+)?|\s+and\s+))*$", re.I
)
_CALLED_TOWN_RIGHT_BEFORE = re.compile(r"\btown\s+of\s+(?:the\s+)?$", re.I)  # "the town of Kurakhove"


_IN_A_CLAUSE_BEFORE = re.compile(r"\b(?:after|before)\s[^.;]*$")  # what comes before the place: a clause of
# what came before or after


def _called_towns(text: str, places: list[Place]) -> list[Place]:
    """Of ``places``, those the text calls a town: "the town of Kurakhove"."""
    return [p for p in places if _CALLED_TOWN_RIGHT_BEFORE.search(text, max(0, p.start - 20), p.start)]


def _town_named_before(text: str, candidates: dict[int, list[Place]], index: int) -> Place | None:
    """What "the town" of sentence ``index``, after one that names no place, refers to: the place named last in
    the three sentences before that, not as a region, where the text has called it a town ("entered the town of
    Walikale ... Walikale, in North Kivu province, sits near the Bisie tin mine. Alphamin, which runs the mine,
    said ... withdrawn from the town")."""
    earlier = [
        p
        for k in range(max(0, index - 4), index - 1)
        for p in candidates.get(k, [])
        if p.qualifier not in REGION_QUALIFIERS
    ]
    called = {p.name for k in range(index) for p in _called_towns(text, candidates.get(k, []))}
    return earlier[-1] if earlier and earlier[-1].name in called else None


_REFERENT_REASONS = (
    "",
    "no event in the sentence",
    _FILED,
    "hypothetical",
)  # places an anaphor may refer to: events, or could be
_POINT_REASONS = (*_REFERENT_REASONS, "reference point or institution")  # and towns named as reference points


def _city_of(place: Place) -> str:
    """The city a place is or is in: a town's own name, a landmark's or district's city; else ""."""
    return place.city or (place.name if place.feature == CITY and place.qualifier != "part of" else "")


def _the_city(
    text: str,
    sentences: list[Sentence],
    i: int,
    at: int,
    candidates: dict[int, list[Place]],
    points: dict[int, list[Place]],
    places: list[Place],
    large: set[str],
) -> Place | None:
    """The town "the city" at offset ``at`` of sentence ``i`` refers to: one its sentence named before it
    ("who seized Aleppo ... the city's airport"), else of those the three sentences before named (a
    landmark or district standing for its city; those of its own paragraph if any), or, where they name
    none, all before (a transcript's "the city" after its greetings), the one the article named most, the
    one it named first on a tie (what it is about); of the sentences before, a large town of 100,000 people or
    more (``large``: their names) before smaller ones; never one the text calls a town or village."""

    def cities_of(before: list[tuple[int, Place]]) -> list[tuple[int, str]]:
        return [
            (k, _city_of(p))
            for k, p in before
            if _city_of(p) and not _CALLED_TOWN.search(text, sentences[k].start, p.start)
        ]

    own = [(i, p) for p in points.get(i, []) if p.start < at]
    cities = cities_of([(k, p) for k in range(max(0, i - 3), i) for p in candidates.get(k, [])] + own)
    if not cities:
        cities = cities_of([(k, p) for k in range(i) for p in candidates.get(k, [])])
    if not cities:
        return None
    if all(k != i for k, _ in cities):  # where its own sentence names none: "taken more than 50 villages, including
        # Khan al-Assal, and cut the M5 near Saraqib. ... they pushed into the city itself": Aleppo
        cities = [(k, c) for k, c in cities if c in large] or cities
    cities = [(k, c) for k, c in cities if sentences[k].paragraph == sentences[i].paragraph] or cities
    if cities[-1][0] == i:  # its own sentence's, an event's before a reference point's ("authorities in Damascus")
        events = {_city_of(p) for p in candidates.get(i, [])}
        city = next((c for k, c in reversed(cities) if k == i and c in events), cities[-1][1])
    else:
        named = Counter(_city_of(p) for p in places if p.start < sentences[i].start)
        first = {_city_of(p): p.start for p in reversed(places)}  # where the article first names each
        city = max((c for _, c in cities), key=lambda c: (named[c], -first[c]))
    return next((p for p in reversed(places) if p.start < at and p.name == _city_of(p) == city), None)


def _unknown_before(text: str, places: list[Place], sentence: Sentence, at: int) -> bool:
    """Whether the sentence names a place no source knows before offset ``at``, where the text says it is
    one ("in the town of Khiam"; not "the army's Khortytsia group")."""
    return any(
        not p.resolved
        and sentence.start <= p.start < at
        and _PLACE_RIGHT_BEFORE.search(text, max(0, p.start - 20), p.start)
        for p in places
    )


_PLACE_RIGHT_BEFORE = re.compile(r"\b(?:in|at|near|from|(?:town|village|city)\s+of)\s+(?:the\s+)?$")


_SITE_NAMED = re.compile(r"\s(?:" + _SITE_WORDS + r")$", re.I)  # "the Republican Palace", no source knows


def _the_site(word: str, before: list[Place]) -> Place | None:
    """The landmark "the prison" or "the facility" refers to: the last one named (``before``: the places of
    the two sentences before, last first) that is of its kind ("Sednaya prison"), or any for "the facility"."""
    return next(
        (
            p
            for p in before
            if (p.feature in (LANDMARK, AIRPORT) or _SITE_NAMED.search(p.text))
            and (word in _ANY_SITE or word.replace(" ", "") in p.name.lower().replace(" ", ""))
        ),
        None,
    )


def _anaphora_events(
    article: Article,
    low: str,
    sentences: list[Sentence],
    dates: list[DateInfo],
    sentence_of: list[int],
    places: list[Place],
    mentions: list[PlaceMention],
    events: list[Event],
    kinds: dict[int, list[tuple[int, int, str]]],
) -> list[Event]:
    """Events in sentences that name no place but say "in the area": at the place named just before; or
    "the city" (:func:`_the_city`): "taking the towns of Khan Sheikhoun and Suran. Fighting raged on the
    northern edge of the city" is Hama's, the city the article is about."""
    with_events: dict[str, set[str]] = {}  # a sentence's quote -> the places of its own events
    for event in events:
        with_events.setdefault(event.quote, set()).add(event.place)
    candidates: dict[int, list[Place]] = {}  # sentence index -> the places there that could host an event
    points: dict[int, list[Place]] = {}  # sentence index -> its towns, also those named as reference points
    sites: dict[int, list[Place]] = {}  # sentence index -> its landmarks, also those jets flew from
    regions: dict[int, list[Place]] = {}  # sentence index -> its regions, also one it opens with as the scene
    for index, place, mention in zip(sentence_of, places, mentions, strict=True):
        if mention.reason in _REFERENT_REASONS:
            candidates.setdefault(index, []).append(place)
        if (
            place.feature in (LANDMARK, AIRPORT) or _SITE_NAMED.search(place.text)
        ) and mention.reason in _POINT_REASONS:
            sites.setdefault(index, []).append(place)  # also a site no source knows: "the Republican Palace"
        if place.resolved and (place.feature == ADMIN1 or place.qualifier in REGION_QUALIFIERS):
            regions.setdefault(index, []).append(place)
        if place.feature == CITY and mention.reason in _POINT_REASONS:
            points.setdefault(index, []).append(place)
    large = {p.name for p in places if p.population >= LARGE_TOWN}
    found: list[Event] = []
    for i, sentence in enumerate(sentences):
        match = _ANAPHORA.search(low, sentence.start, sentence.end) if i else None
        if match is None or dates[i].background_year is not None:
            continue
        own = with_events.get(_DATE_LINE.sub("", sentence.text), set())
        if match.group().startswith(_DIRECTIONS) and _AFTER_A_NAME.search(article.text, sentence.start, match.start()):
            continue  # "the towns of Taybat al-Imam and Souran, north of the city": where they lie
        owner_end = match.end() + (0 if match.group().endswith(("'s", "’s")) else 2)
        if low.startswith(("'s ", "’s "), owner_end - 2) and any(p.start == owner_end + 1 for p in places):
            continue  # "in the city's New Aleppo and Hamdaniya districts": the districts named are the news
        seat = match.group("seat") is not None
        if seat:  # "drove security forces out of the provincial capital": the seat of the province just named
            before = [p for k in (i, i - 1) for p in reversed(regions.get(k, [])) if p.start < match.start()]
            if not before or _NAMED_BEFORE.search(article.text, sentence.start, match.start()):
                continue  # "In neighboring Sweida province, ... the provincial capital"; not "Bahir Dar, the
                # regional capital", named
            place = before[0]
        elif match.group("site"):
            site = _the_site(match.group("site"), [p for k in (i - 1, i - 2) for p in reversed(sites.get(k, []))])
            if site is None or own:
                continue
            place = site
        elif ("city" in match.group() or "town" in match.group()) and _unknown_before(
            article.text, places, sentence, match.start()
        ):
            continue  # "deployed in the town of Khiam last month after Israeli forces withdrew from the town": the
            # town no source knows that its sentence names
        elif "city" in match.group():
            city = _the_city(article.text, sentences, i, match.start(), candidates, points, places, large)
            if city is None:
                continue
            place = city
        elif (i - 1) in candidates and not own:
            main = [  # not one of a clause of what came before: "struck a building in Hadath ..., hours after rockets
                # were fired toward Kiryat Shmona. ... prompting residents to flee and schools in the area to close"
                p
                for p in candidates[i - 1]
                if not _IN_A_CLAUSE_BEFORE.search(article.text, max(sentences[i - 1].start, p.start - 300), p.start)
            ]
            place = (main or candidates[i - 1])[-1]
            called = _called_towns(article.text, candidates[i - 1])
            if "town" in match.group() and called:  # "the town of Kurakhove, a hub south of Pokrovsk. ... the town"
                place = called[-1]
            if "province" in match.group():  # "across the province": a province, not a crossing in it
                provinces = [p for p in candidates[i - 1] if p.feature == ADMIN1]
                if not provinces:
                    continue
                place = provinces[-1]
        elif "town" in match.group() and not own and (town := _town_named_before(article.text, candidates, i)):
            place = town
        else:
            continue
        start = low.rfind("the ", match.start(), match.end())  # the words before it are what happened there
        when = day_of_action(article.text[max(sentence.start, start - 60) : start], dates[i])
        followed = _FOLLOWED_OR_FELL.match(low, match.end())
        later = days_later(article.text, followed.end()) if followed else None
        if later is not None and when.date is not None:  # "the city followed a day later"
            when = DateInfo(
                when.date + timedelta(days=later[0]), when.precision, f"'{later[1]}', counted from {when.method}"
            )
        named = any(name == place.name or name.startswith(f"{place.name} (") for name in own)
        if when == dates[i] and named and not seat:
            continue  # the sentence names the place itself (but "in Hama on Friday, a day after capturing the city")
        where = (  # "entered the city"; a site as the text placed it ("the Republican Palace" no source knows)
            place.qualifier if match.group("site") else "" if seat or _IN_IT.match(low, match.start()) else "around"
        )
        said = article.text[start : match.end()]
        probe = Place(start, match.end(), said, place.name, place.lat, place.lon, CITY if seat else place.feature,
                      place.country_code, place.source, f"'{said}' refers to {place.text}, named before", where)  # fmt: skip
        kind = _nearest_kind(low, kinds.get(i) or _kind_matches(low, sentence), probe)
        if kind:
            found.append(_event(article, sentence, probe, kind, when))
    return found


# A clause of now after one of the past: "captured Mogok in July, and was now fighting near Kyaukme".
_NOW_CLAUSE = re.compile(r",\s+(?:and|but)\s+(?:[\w'’-]+\s+){0,3}?(?:now|currently)\b")


def _of_now(when: DateInfo, published: date | None, now: bool) -> DateInfo:
    """A sentence's date for a place in a clause of now (:data:`_NOW_CLAUSE`, ``now``; a place of a sentence
    of background is only an event in one): the publication day where the sentence's own date is of the past
    ("seized the town of Mogok in July, and was now fighting near Kyaukme")."""
    recent = when.date is not None and published is not None and when.date >= published - timedelta(days=7)
    if when.background_year is None and (not now or recent or when.date is None):
        return when
    if published is None:
        return DateInfo(None, UNKNOWN, "a clause of now in a sentence about the past; no publication date")
    return DateInfo(published, APPROXIMATE, "publication date; a clause of now in a sentence about the past")


def _opening_day(
    sentences: list[Sentence], dates: list[DateInfo], index: int, days: list[tuple[int, DateInfo]]
) -> list[tuple[int, DateInfo]]:
    """The day a sentence that names other days opens with, counted from the sentences before ("The next
    day, they captured Rastan and Talbiseh, and on Saturday ..."), at offset 0; else nothing."""
    text = sentences[index].text
    comma = text.find(",")
    if not days or comma < 0 or comma > min(offset for offset, _ in days):
        return []
    earlier = [(s.text, d) for s, d in zip(sentences[:index], dates[:index], strict=True)]
    found = relative_to_earlier(text[:comma], earlier)
    return [(0, found)] if found is not None and found.precision == DAY else []


def sentence_dates(sentences: list[Sentence], published: date | None) -> list[DateInfo]:
    """Each sentence's date: its own, else carried from the sentence before in its paragraph, else
    the publication day (approximate)."""
    out: list[DateInfo] = []
    earlier: list[tuple[str, DateInfo]] = []
    previous: DateInfo | None = None
    heading: DateInfo | None = None  # the day a live blog's last date line gave, when not the publication day
    opening: DateInfo | None = None  # the date of the last sentence that is no item of a list
    for i, sentence in enumerate(sentences):
        said = _blank_date_line(sentence.text)
        day = heading_day(said, published)
        if day is not None:
            heading = DateInfo(day.date, DAY, f"under the heading '{said.strip()}'") if day.date != published else None
        found = resolve(said, published)
        if (
            found is None
            or found.background_year is None
            and (
                found.precision != DAY or found.method.endswith(COUNTED_FROM_PUBLICATION)  # "overnight", in a story
            )
        ):  # "Homs followed two days later, after the army abandoned the city overnight" counts from Hama's day
            found = relative_to_earlier(said, earlier) or found
        same_paragraph = i > 0 and sentences[i - 1].paragraph == sentence.paragraph
        item = _ITEM.match(sentence.text) is not None
        carries = found is None and previous is not None and _carries(previous)
        later = _LATER_ON.search(said) if carries else None  # "Within days they had seized most of Aleppo": after it
        if later and previous is not None:  # also across a paragraph: the words say what they count from
            found = DateInfo(
                previous.date, APPROXIMATE, f"'{later.group()}' after the sentence before ({previous.method})"
            )
        elif carries and previous is not None and item and _ITEM.match(sentences[i - 1].text):
            # items of a list are news of their own: the day of the line that opens the list, if it gives one
            # ("here's a recap of Friday's events:"), not of the item before
            found = (
                DateInfo(opening.date, DAY, f"carried from the list's opening ({opening.method})")
                if (opening is not None and _carries(opening))
                else None
            )
        elif (
            carries
            and previous is not None
            and (
                same_paragraph
                or item
                and sentences[i - 1].text.rstrip()[-1:] == ":"
                or not item
                and _GOES_ON.match(said)
                and not _CAME_AFTER.search(said)  # "The attack came days after insurgents beheaded ...": earlier
            )
        ):
            # also from a line that opens a list to its first item below it ("Key developments on Nov. 26:"), and
            # to a paragraph that goes on with what it told ("The missiles hit the city's Kyivskyi district")
            carried = previous.method if previous.method.startswith(_CARRIED) else f"{_CARRIED} ({previous.method})"
            found = DateInfo(previous.date, DAY, carried)  # said once down a run of sentences
        elif found is None and previous is not None and previous.background_year and _asks(sentences, i):
            found = DateInfo(None, UNKNOWN, f"answers '{sentences[i - 1].text.strip()}'", previous.background_year)
        if found is None and heading is not None:
            found = heading
        if found is None:
            if published is None:
                found = DateInfo(None, UNKNOWN, "no date in the text and no publication date")
            else:
                found = DateInfo(published, APPROXIMATE, FROM_PUBLICATION)
        out.append(found)
        earlier.append((sentence.text, found))
        previous = found
        opening = opening if item else found
    return out


_ITEM = re.compile(r"\s*[-•*–]\s")  # an item of a list: "- Rebels entered Homs."
# The first words of a paragraph that goes on with what the one before told: "The missiles hit ...", "In the
# afternoon, drones also struck ...".
_GOES_ON = re.compile(
    r"\s*(?:(?:The|These|Those) (?:missiles?|strikes?|attacks?|drones?|shells?|rockets?|bombs?|explosions?|blasts?|"
    r"raids?|assaults?|bombardment|shelling)\b|(?:In|By|Later in) the (?:morning|afternoon|evening)\b|Later that day\b)"
)
_CAME_AFTER = re.compile(r"\b(?:came|comes|come)\b[^.;]{0,40}?\b(?:after|before)\b")
_LATER_ON = re.compile(
    r"\b(?:within (?:a few |several )?(?:days|weeks|hours)|(?:days|weeks) later|in the (?:days|weeks) (?:that followed|after))\b",
    re.I,
)


_HEADING_LENGTH = 100  # characters at most of a question heading


def _asks(sentences: list[Sentence], i: int) -> bool:
    """Whether the sentence before ``i`` is a question heading that it answers ("What happened in 2016?")."""
    question = sentences[i - 1].text.strip() if i > 0 else ""
    return question.endswith("?") and len(question) <= _HEADING_LENGTH


# A wire dateline: "BEIRUT, Dec. 9 (Reuters) -", "KYIV (AP) —".
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z ./'’-]{2,}(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? \([A-Z][\w .]+\)"
    r"|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?(?=,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d|\d{1,2}\s+[A-Z][a-z])|\s+\())"
    r",?\s+(?:(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?\s*)?\([A-Za-z .]+\)\s*[-–—]\s*"
    r"|[A-Z][A-Z ./'’-]{2,}?(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?)?"
    r"\s+[–—-]\s+"
    r"|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?,\s+[A-Z]{3,6}\s*[-–—]\s*"
    r"|[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+[–—]\s+"
    r"|(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4})\s+\([A-Z][A-Za-z .'’-]+\)\s*[-–—]\s*"
    r"|[A-Z][A-Z .'’/-]{2,30}:\s+(?=[A-Z])"  # "ISLAMABAD: India fired missiles", as Dawn writes it
    r"|[A-Z][A-Z '’-]{2,30},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\.\s+/[A-Z][A-Za-z-]+/\.?\s*"  # "MOSCOW, June 9. /TASS/."
    r"|" + BRACKETED_DATELINE.pattern + r"\s*"  # "(Beirut, March 12, 2025) – ", as HRW writes it
    r"|[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?:\s+(?=[A-Z][^\n.]{80})"  # "New Delhi: Pakistani drones ...", not a heading
)  # "BEIRUT, Dec. 9 (Reuters) - ", "Homs (Syria) (AFP) - ", "Hama, Dec. 3 (SANA) – ", "KHARTOUM — ",
# "BAGHDAD, June 10, 2014 — ", "BEIRUT, Lebanon — ", "Hama, SANA-"; two cities: "DUBAI/JERUSALEM, June 13 (Reuters) -";
# in title case: "Beirut (AFP) - ", "Beirut, 7 December 2024 (SANA) – ", "Beirut, Lebanon – "; the date
# first, then the town: "February 24, 2025 (KHARTOUM) – "; a town and a colon: "ISLAMABAD: ", "New Delhi: "


# A clause about the place before it: "Manbij, where clashes were reported", "Hama, which they captured".
_WHERE = re.compile(r"(?:\s+itself)?,?\s+(?:where|which)\b")
# The where-clause of another place, which tells what happened there: "Illinka lies just east of
# Kurakhove, where heavy fighting has raged" (not at Illinka).
_ANOTHERS_WHERE = re.compile(r"[A-Z][\w'’-]*,\s+where\b")
_A_YEAR = r"(?:in|since|until|during) ((?:19|20)\d\d)\b"  # "in 1982", "since 2016"
_IN_A_YEAR = re.compile(r"\b" + _A_YEAR, re.I)
# ... or that tells of years past: "where the front line ran for four years", "which rebels held years ago"
_IN_THE_PAST = re.compile(
    r"\b(?:" + _A_YEAR + r"|for\s+(?:(?:\w+|\d+)\s+)?(?:years|decades)\b|(?:\w+\s+)?(?:years|decades)\s+ago\b)", re.I
)
_YEAR_WHEN = re.compile(r"\b" + _A_YEAR + r",? when\b[^.;]*$", re.I)  # "since 2014, when factions battled for"
_CLAUSE_OPEN = re.compile(r",\s+(?:where|which)\b(?=(?:,\s*(?:in|since|until|during) \d{4},)?[^,.;!?]*$)", re.I)
_CLAUSE_REACH = 80  # characters back from a word to the where- or which-clause it may be in
_CLAUSE_BEFORE = 300  # characters back from a place to the start of its clause, at most
_YEAR_FIRST = re.compile(r",?\s*" + _A_YEAR, re.I)


def _in_past_clause(text: str, clause: int | None, word: int) -> bool:
    """Whether the word at ``word`` is in a where- or which-clause (from ``clause``, else the nearest before
    it) that names a past year, up to its next comma: "where forces killed thousands in 1982"."""
    if clause is None:
        opened = _CLAUSE_OPEN.search(text, max(0, word - _CLAUSE_REACH), word)
        if opened is None:
            return False
        clause = opened.end()
    if _YEAR_FIRST.match(text, clause):  # "where, in 2012, rebels had seized the eastern districts"
        return True
    if "," in text[clause:word]:
        return False
    comma = text.find(",", word)
    return _IN_THE_PAST.search(text, clause, comma if comma != -1 else len(text)) is not None


_PLACES_TAKEN = re.compile(
    r"\s+the\s+(?:[\w-]+\s+)?(?:towns?|villages?|cit(?:y|ies)|districts?|neighbou?rhoods?)\s+of\b", re.I
)


# Between two places of a list: "Rastan and Talbiseh", "Idlib and the rebel-held town of Sarmada".
_LIST_GAP = re.compile(
    r"(?:,\s+(?:as\s+well\s+as|including)\s+|"
    + LIST_SEPARATOR.pattern
    + r")"  # "..., as well as its longtime stronghold of Idlib"
    r"(?:(?:to|in|at|from|into|near)\s+(?:the\s+capital,?\s+)?)?"  # "evacuated to Kaya and to the capital, Ouagadougou"
    r"(?:(?:the|its|their)\s+(?:[\w-]+\s+){0,2}(?:towns?|villages?|cit(?:y|ies)|camps?|strongholds?|countryside|outskirts|"
    r"suburbs|provinces?|regions?|states?|islands?)\s+of\s+|"  # "strikes on Idlib and the countryside of Hama on Wednesday", "the
    # Pakistani border town of Chaman"
    r"(?:several|some|other|nearby|two|three|four|five)\s+(?:towns|villages)\s+(?:in|near|around)\s+(?:the\s+)?|"
    r"(?:the\s+)?(?:nearby|neighbou?ring|adjacent)\s+|(?:the|its|their)\s+)?"  # "Tal Rifaat and the nearby Kuweires airbase"
)
_REGION_WORD = re.compile(  # also "Idlib city and Maarat Misrin this morning"
    r"^\s+(?:" + "|".join(sorted(q for q in REGION_QUALIFIERS | {"city"} if " " not in q)) + r")\b", re.I
)
_LOCATED_IN = re.compile(
    ALSO_KNOWN_AS
    + r",?\s+(?:the\s+)?(?:[a-z]+\s+){0,2}(?:in|near|outside|of)\s+(?:the\s+)?"
    + r"(?:[a-z]+\s+){0,3}(?:of\s+)?"  # "near the second breakaway region of Abkhazia"
    + r"(?:(?:[A-Z][\w'’-]*\s+){1,3}(?i:region|valley|area|district|zone|county)\s+(?:of|in)\s+(?:the\s+)?)?"  # "in the
    # Catatumbo region of", "the capital of East Gojjam Zone in the Amhara region", unknown
    + OWNER  # "Masisi in eastern Congo's North Kivu province on Saturday", "in the western countryside of Aleppo"
)


# A clause of its own after a place: "..., and on Wednesday it recaptured", "...; on Friday".
# ... or one that tells what came before or after: "taking Aleppo and Homs before reaching the capital on Sunday".
_AFTER_DOING = re.compile(r"\s(?:after|before)\s+(?:the\s+)?\w+ing\s", re.I)  # "on Friday after capturing Rastan";
# "clashes broke out in Tripoli late on Monday after the killing of": the killing was elsewhere
_NEW_CLAUSE = re.compile(r",\s+(?:and|but)\s+|;|" + _AFTER_DOING.pattern)


def _day_of(
    text: str, place: Place, sentence: Sentence, days: list[tuple[int, DateInfo]], places: list[Place],
    published: date | None, before: DateInfo | None = None,
) -> DateInfo:  # fmt: skip
    """Of the days a sentence names, the one nearest the place (but "Aleppo last week" is that week's);
    in "Manbij, where clashes were reported late on Sunday", one of those the where-clause names. A day
    written after other places is theirs ("Aleppo fell within days, followed by Hama on Thursday"), unless each place and the next
    are a list ("Rastan and Talbiseh on 6 December", "Idlib and the town of Sarmada on Tuesday"; then it
    is theirs even when another day comes nearer before: "... on Friday after overrunning the villages
    of Urum al-Kubra, Anjara and Khan al-Asal on Thursday"), or the next is where the place is
    ("Nuseirat camp in central Gaza late on Wednesday", "the Zamzam camp, south of El Fasher, on
    Saturday"); places an "after a ... offensive" clause names do not take the day before it; places
    named again or as reference points do not count
    ("Sanamayn, about 50 km north of Daraa, on Saturday", "Rastan, on the highway between Hama and Homs,
    on 6 December")."""
    approximate = _WEEK_AFTER.match(text, place.end)
    found = resolve(approximate.group().strip(), published) if approximate else None
    if found is not None:  # "the insurgents who seized Aleppo last week": not the sentence's Monday
        return found
    offset = place.start - sentence.start
    dated_after = [(at, day) for at, day in days if at > offset and day.date is not None]
    counted = counted_from(text, place.end, min(dated_after, key=lambda d: d[0])[1]) if dated_after else None
    if counted is not None and counted.date is not None:  # "took Homs two days after entering Hama on Thursday"
        if published is not None and counted.date > published:  # never after the news that tells of it
            return DateInfo(published, APPROXIMATE, f"publication date; {counted.method} would be after it")
        return counted
    dated_before = [(at, day) for at, day in days if at < offset and day.date is not None]
    last = max(dated_before, key=lambda d: d[0])[1] if dated_before else None  # the day written last before it
    step = days_later(text, place.end)
    if step is None and last is not None:  # "Homs fell on December 7th, and the next morning rebels walked into"
        last_at = max(at for at, day in dated_before if day is last)
        begin = sentence.start + last_at + 1
        if last_at == 0:  # the day the sentence opens with ("The next day, they captured"): after its words
            comma = text.find(",", sentence.start, place.start)
            begin = comma + 1 if comma >= 0 else place.start
        next_day = _NEXT_DAY.search(text, begin, place.start)
        step = (1, next_day.group()) if next_day else None
    if step is not None and last is not None and last.date is not None:  # "Maarat al-Numan a day later"
        then = last.date + timedelta(days=step[0])
        if published is not None and then > published:  # never after the news that tells of it
            return DateInfo(published, APPROXIMATE, f"publication date; '{step[1]}' would be after it")
        return DateInfo(then, last.precision, f"'{step[1]}', counted from {last.method}")
    within = _WITHIN_DAYS_AFTER.match(text, place.end)
    since = last or (before if before is not None and before.precision == DAY else None)  # or the sentence before's
    if within is not None and since is not None:  # "launched on Nov. 27 ..., took Aleppo within days": soon after
        return DateInfo(since.date, APPROXIMATE, f"'{within.group().strip()}' of {since.method}")
    respective = _respective(text, place, sentence, days, places)
    if respective is not None:  # "took Daraa and Sweida on Friday and Saturday": Sweida's is Saturday
        return respective
    if _WHERE.match(text, place.end):
        days = [d for d in days if d[0] > offset] or days
    clauses = _others_clauses(text, place, sentence, places)
    own = [d for d in days if not any(start <= d[0] < end for start, end in clauses)]
    own = [d for d in own if d[0] < offset or not _NEW_CLAUSE.search(text, place.end, sentence.start + d[0])]
    if not own:  # "Khartoum, Omdurman and Bahri, and on Wednesday it recaptured ...": another clause's day
        if published is None:
            return DateInfo(None, UNKNOWN, "the day the sentence names is another clause's")
        return DateInfo(published, APPROXIMATE, "publication date; the day the sentence names is another clause's")
    days = own
    right_after = [d for d in days if _ON_DAY.fullmatch(text, place.end, sentence.start + d[0])]
    if right_after:  # "Khan Sheikhoun on Tuesday, Morek on Wednesday": Morek's is Wednesday, however near Tuesday
        return right_after[0][1]
    at, day = min(days, key=lambda d: abs(d[0] - offset))
    later = [d for d in days if d[0] > offset]
    if at < offset and later:  # a day written after a list is the list's, though another comes nearer before
        first_later = min(later, key=lambda d: d[0])
        listed = _places_up_to(text, place, sentence, first_later[0], places)
        if listed and _a_list(text, place, listed):
            return first_later[1]
        if not listed and _BUT.search(text, sentence.start + at, place.start):  # "took Deir ez-Zor on Friday
            return first_later[1]  # but lost Manbij to Turkish-backed groups on Monday": Monday, its own clause's
    earlier = at < offset and _AFTER_CLAUSE.search(text, sentence.start + at, place.start)
    if at > offset and _frames(text, place, sentence):  # "In Russia's Kursk Oblast, ... on Jan. 5"
        return day_of_action(text[max(sentence.start, place.start - _ACTION_REACH) : place.start], day)
    counted = day_of_action(text[max(sentence.start, place.start - _ACTION_REACH) : place.start], day)
    if earlier and counted is not day:  # "reached Hama on Monday, a week after the assault on Aleppo"
        return counted
    if earlier:  # "after seizing Goma and Bukavu earlier this year": the clause's own time, if it gives one
        clause_end = _CLAUSE_END.search(text, place.end, sentence.end)
        clause_day = resolve(text[place.end : clause_end.start() if clause_end else sentence.end], published)
        if clause_day is not None:
            return clause_day
        if day.date is not None:  # "reached Homs late on Friday, after capturing Rastan": by Friday
            return DateInfo(day.date, APPROXIMATE, f"by the day of what came after it ({day.method})")
    follows = at > offset and _FOLLOWS.search(text, place.end, sentence.start + at) is not None
    if earlier or follows or at > offset and not _a_list(text, place, _places_up_to(text, place, sentence, at, places)):
        why = "what came after it" if earlier else "what it followed" if follows else "another place's"
        if published is None:
            return DateInfo(None, UNKNOWN, f"the day the sentence names is {why}")
        return DateInfo(published, APPROXIMATE, f"publication date; the day the sentence names is {why}")
    return counted


_CARRIED = "carried from previous sentence"
# What came before the place's news, and the day after it: "The capture of Bukavu follows the fall of Goma ...
# in late January" (not "followed by Hama on Thursday").
_FOLLOWS = re.compile(
    r"\b(?:follows|followed(?!\s+by\b)|following|c(?:a|o)mes?\s+(?:\w+\s+)?after)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[\w-]+\s+)?(?:fall|capture|seizure|taking|loss|storming|collapse)\s+of\b"
)
_BUT = re.compile(r"\s(?:but|while|whereas)\s")  # a clause of its own, without a comma
_CLAUSE_END = re.compile(r"[,;]")
# A town that "followed" the one before it, and the next of a list after it: "Homs followed on Dec. 7, and Damascus".
_FOLLOWED = re.compile(r"\s+(?:(?:soon|quickly|swiftly|then)\s+)?followed\b(?!\s+by\b)")
_FOLLOWED_TOO = re.compile(_FOLLOWED.pattern + r"(?:\s+on)?[\w. ]{0,20}?,?\s+and\s+(?:then\s+)?")
_DAY_AFTER_DAY = ("airstrike", "shelling", "attack", "fighting", "casualties")  # what may go on for days
# Between a day and the next of a list of days: "on Friday and Saturday", "on 6, 7 and 8 December".
_DAY_AND = re.compile(r"[\w. ]{1,30}?(?:,\s*(?:and\s+)?|\s+and\s+)(?:on\s+|then\s+)?")


def _respective(
    text: str, place: Place, sentence: Sentence, days: list[tuple[int, DateInfo]], places: list[Place]
) -> DateInfo | None:
    """The day of a place of a list written before a list of as many days, of its rank in it: "took Daraa
    and Sweida on Friday and Saturday" (each in turn), where what happened happens once; else None
    ("aircraft bombed Mellit and Kutum on Sunday and Monday" may have bombed both on both days)."""
    offset = place.start - sentence.start
    later = sorted((d for d in days if d[0] > offset and d[1].date is not None), key=lambda d: d[0])
    run = later[:1]
    for day in later[1:]:
        if not _DAY_AND.fullmatch(text, sentence.start + run[-1][0], sentence.start + day[0]):
            break
        run.append(day)
    if len(run) < 2:
        return None
    said = [
        m.lastgroup for m in _KIND.finditer(text[max(sentence.start, place.start - _KIND_REACH) : place.start].lower())
    ]
    if said and said[-1] in _DAY_AFTER_DAY:
        return None
    after = _places_up_to(text, place, sentence, run[0][0], places)
    if not _a_list(text, place, after):
        return None
    listed = [place]
    for p in reversed([p for p in places if sentence.start <= p.start < place.start]):
        if p.feature in (COUNTRY, CONTINENT) or not _joins(text[p.end : listed[0].start]):
            break
        listed.insert(0, p)
    count = len(listed) + len(after)
    if count < len(run) and "," in text[sentence.start + run[count - 1][0] : sentence.start + run[count][0]]:
        run = run[:count]  # "took Daraa and Sweida on Friday and Saturday, and on Saturday night ...": a new clause
    if count != len(run):
        return None
    _, its = run[len(listed) - 1]
    return DateInfo(its.date, its.precision, f"{its.method}; day {len(listed)} of {len(run)}, in the list's order")


# A place that begins a clause of its own: "took Halfaya and the Zein al-Abidin mountain was the scene of clashes".
# Not "had taken Kupiansk and were clearing the area": the subject before goes on.
_SUBJECT = re.compile(r"(?:\s+(?!(?:and|or|but)\b)[a-z]+)?\s+(?:was|were|is|are|has|have|had)\b")
# A place that opens its sentence as where all of it happened: "In Russia's Kursk Oblast, Ukrainian troops ...".
_FRAME_BEFORE = re.compile(
    SENTENCE_OPENER + r"(?:[Ii]n|Inside|inside|Across|across|Throughout|throughout)\s[^,;:]{0,40}"
)
_FRAME_AFTER = re.compile(r"[^,;:.]{0,25},")


def _frames(text: str, place: Place, sentence: Sentence) -> bool:
    """Whether ``place`` opens its sentence as the scene of all of it (its day is the sentence's)."""
    return bool(_FRAME_BEFORE.fullmatch(text, sentence.start, place.start) and _FRAME_AFTER.match(text, place.end))


def _only_where_its_site_is(text: str, sentence: Sentence, city: Place, sites: list[Place], kind: str) -> bool:
    """Whether a city only says where a site of it that its sentence names is ("the Aleppo citadel and the
    city's airport"); not where it is taken ("who seized Aleppo ... the city's airport") or acted on beside a
    site of its own ("entered Damascus and seized the airport"; but "attacked Kharkiv ..., causing fires in
    the Kyivskyi and Saltivskyi districts", put at the city, tells of the districts), nor where it falls with
    the site ("Most of Aleppo falls, including the airport") or is only around ("struck sites near Damascus
    and the Mezzeh airport")."""
    if city.feature != CITY or _AROUND.search(city.qualifier) or not _has_its_site(text, city, sites):
        return False
    if _ITS_OWN_FACILITY.match(text, city.end):  # "the Kuweires airport and the Aleppo Thermal Power Plant"
        return False
    before = _words_before(text, sentence, city)
    at_it = [s for s in sites if (s.lat, s.lon) == (city.lat, city.lon)]
    return not (
        _TAKEN.search(before)
        or _acted_on(before)
        and not _has_its_site(text, city, at_it)
        or kind == "capture"
        and _FALLS_INCLUDING.match(text, city.end)
    )


# A facility a city's name opens, which no source knows: "the Aleppo Thermal Power Plant".
_ITS_OWN_FACILITY = re.compile(
    r"(?:[ \t]+[A-Z][\w'’-]*){0,3}[ \t]+(?:Plant|Station|Refinery|Factory|Academy|College|School|Hospital|Prison|"
    r"Barracks|Complex|Cent(?:re|er)|Base|Airbase|Stadium|University)\b"
)


def _has_its_site(text: str, city: Place, sites: list[Place]) -> bool:
    """Whether one of the landmarks or districts of a sentence is in ``city`` and in the city's clause: "the
    Aleppo citadel and the city's airport", not "reached the edge of Aleppo city, and on Saturday they seized
    the citadel"."""
    key = name_key(city.name)
    return any(
        name_key(site.city) == key
        and not _NEW_CLAUSE.search(text, min(city.end, site.end), max(city.start, site.start))
        for site in sites
    )


def _frames_a_town(text: str, place: Place, sentence: Sentence, places: list[Place], located: set[int]) -> bool:
    """Whether a town, named bare, opens its sentence as the scene, where the sentence goes on to name
    another town of its region, not as where the first lies (``located``: where such places start): "In
    Latakia, the heartland of the Alawites, crowds ... in the town of Qardaha" is the province, as "In
    northern Gaza, ... in Beit Lahia and Jabalia" is; not "In Nuseirat, in central Gaza, ..."."""
    return (
        place.feature == CITY
        and bool(place.admin1)
        # not "In the Kupiansk direction", the front, where things happen; but "In northern Gaza", a part of it
        and (not place.qualifier or _COMPASS_WORD.fullmatch(place.qualifier) is not None)
        and _frames(text, place, sentence)
        and any(
            p.feature == CITY and p.admin1 == place.admin1 and p.country_code == place.country_code
            and p.name != place.name and place.end < p.start < sentence.end and p.start not in located
            and not (_ITS_APPOSITIVE.fullmatch(text, place.end, p.start) and _APPOSITIVE_END.match(text, p.end))
            for p in places
        )
    )  # fmt: skip


# What a place opening its sentence is said to be, up to a town named in it: "In Qardaha, the Assad family's
# hometown in the mountains east of Latakia, ...": Latakia says where Qardaha is.
_ITS_APPOSITIVE = re.compile(
    r",\s+(?:the|a|an|its|[A-Z][\w-]*['’]s)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:(?:home)?town|home|birthplace|cradle|stronghold|heartland|capital|city|village|seat|base)\b[^,;:.()]*"
)  # not "In Idlib, the factions took control of Saraqib and Maarat al-Numan,": the sentence goes on
_APPOSITIVE_END = re.compile(r"[^,;:.()]{0,30},")  # not "In northern Gaza, the army has been besieging Jabalia."


_COMPASS_WORD = re.compile(r"(?:north|south|east|west|central)[\w-]*")
_INCLUDES_TOWNS = re.compile(
    r"(?:\s+(?:[Vv]alley|[Rr]egion|[Pp]rovince|[Gg]overnorate|[Aa]rea|[Cc]ountryside))?,\s+including\s+(?:the\s+)?[A-Z]"
)
_FALLS_INCLUDING = re.compile(r"\s+(?:falls|fell|has fallen|had fallen)?,\s+including\b")
_FRAME_REACH_KM = 100.0  # how far from a region's or countryside's point the places it frames may lie
_AREA_WORDS = re.compile(r"countryside|province|governorate|region|oblast|state")


def _frames_its_places(text: str, place: Place, sentence: Sentence, places: list[Place]) -> bool:
    """Whether a region or a town's countryside opens its sentence as the scene of places it goes on to
    name nearby: "In Daraa province, local armed groups captured the Nassib border crossing", "In the
    southern countryside of Damascus, local groups took over the towns of Kisweh and Sasa"."""
    if not (place.feature == ADMIN1 or _AREA_WORDS.search(place.qualifier)) or not _frames(text, place, sentence):
        return False
    return any(
        place.end < p.start < sentence.end
        and p.resolved
        and (p.feature not in (COUNTRY, CONTINENT, ADMIN1) or p.qualifier == "part of")  # or a village put in it
        and p.lat is not None
        and distance_km((place.lat, place.lon), (p.lat, p.lon)) <= _FRAME_REACH_KM  # type: ignore[arg-type]
        for p in places
    )


# The day after the one written before: "Homs fell on December 7th, and the next morning rebels walked into".
_NEXT_DAY = re.compile(r"\b(?:the )?(?:next|following) (?:morning|day|evening|night|afternoon)\b", re.I)
# Words right after a place that put it soon after the day written before it: "took Aleppo within days".
_WITHIN_DAYS_AFTER = re.compile(  # also after an aside: "seizing Aleppo, Syria's second city, within days"
    r"(?:,[^,.;]{3,40},)?(?:\s+(?:fell|was\s+taken|was\s+captured|had\s+fallen))?"  # "Aleppo fell within days"
    r"\s+within (?:a few |several |two |three )?(?:days|hours|a week)\b",
    re.I,
)
# A week written right after a place, which its day is in: "who seized Aleppo last week".
_WEEK_AFTER = re.compile(  # also after an aside: "captured most of Aleppo, Syria's largest city, last week"
    r"(?:,[^,.;]{3,40},)?\s+(?:(?:last|earlier\s+this|this\s+past)\s+(?:week|weekend)|(?:over|during)\s+the\s+weekend)\b",
    re.I,
)  # "after taking near-total control of Aleppo over the weekend"
# Between a place and the day written right after it: "Morek on Wednesday", "Hama late on Thursday".
_ON_DAY = re.compile(  # also with the weekday before the date: "took Hama on Thursday, Dec. 5"
    r"\s+(?:(?:late|early)\s+)?(?:on|by)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?", re.I
)


def _after_a_fall(text: str, before: str, events: list[Event]) -> DateInfo | None:
    """The day of a place after "The fall of Homs came a day after" (``before``: its sentence up to it):
    that long before the last event the article dated at the place that fell."""
    found = came_after(before)
    if found is None:
        return None
    what, days, weeks = found
    key = name_key(what)
    fell = next(
        (
            e
            for e in reversed(events)
            if e.date is not None
            and e.date_precision == DAY
            and key in (name_key(text[e.start : e.end]), name_key(e.place))
        ),
        None,
    )
    if fell is None or fell.date is None:
        return None
    how = f"'{what}' fell {days} day(s) after it, on {fell.date}"
    return DateInfo(fell.date - timedelta(days=days), APPROXIMATE if weeks else DAY, how)


def _others_clauses(text: str, place: Place, sentence: Sentence, places: list[Place]) -> list[tuple[int, int]]:
    """Where the where- and which-clauses of the sentence's other places are (offsets in the sentence), up
    to the next comma: the day in "Kunduz, which fell on Sunday, and Sheberghan" is not Sheberghan's; and
    its who-clauses set off by commas that the place is not in, and after-clauses so set off before it."""
    spans = []
    for other in places:
        where = _WHERE.match(text, other.end) if sentence.start <= other.start < sentence.end else None
        if where is None or other.name == place.name:
            continue
        comma = text.find(",", where.end(), sentence.end)
        end = comma if comma != -1 else sentence.end
        if not where.end() <= place.start < end:  # "Homs, where rebels took the villages of ...": theirs too
            spans.append((where.end() - sentence.start, end - sentence.start))
    whos = (
        *WHO_CLAUSE.finditer(text, sentence.start, sentence.end),
        *WHO_THEN_MAIN.finditer(text, sentence.start, sentence.end),
    )
    for who in whos:  # "Rebels from Daraa, who had taken
        if not who.start() <= place.start < who.end():  # the city on Friday, reached Damascus overnight"
            spans.append((who.start() - sentence.start, who.end() - sentence.start))
    for agreement in AGREEMENT_CLAUSE.finditer(text, sentence.start, sentence.end):  # "despite the ceasefire that
        spans.append((agreement.start() - sentence.start, agreement.end() - sentence.start))  # took effect on Nov 27"
    for after in _AFTER_ASIDE.finditer(text, sentence.start, place.start):  # "..., after government forces
        spans.append((after.start() - sentence.start, after.end() - sentence.start))  # pulled out overnight,
    return spans  # as they closed in on the capital": the capital's day is not the night's


_AFTER_ASIDE = re.compile(r",\s+after\s[^,;.]*,")


def _places_up_to(text: str, place: Place, sentence: Sentence, at: int, places: list[Place]) -> list[Place]:
    """The places written after ``place`` and before offset ``at`` of its sentence, but for those named
    again, the city ``place`` is in, named as such ("the Bachoura neighbourhood in the heart of the
    capital"; not "the Kuweires airport east of Aleppo"), or reference points."""
    return [
        p for p in places
        if place.end <= p.start and p.start - sentence.start < at and p.feature not in (COUNTRY, CONTINENT)
        and p.name != place.name and not (p.name == place.city and not p.qualifier)
        and not _DISTANCE_QUALIFIER.search(p.qualifier)
        and "-" not in (text[p.start - 1 : p.start], text[p.end : p.end + 1])  # "the pro-Ankara groups": a modifier
        and not _reference_before(_words_before(text, sentence, p))
    ]  # fmt: skip


def _a_list(text: str, place: Place, others: list[Place]) -> bool:
    """Whether ``place`` and ``others`` after it are written as one list (or a place and where it is)."""
    return all(_joins(text[a.end : b.start]) for a, b in pairwise([place, *others]))


# A clause after the day that tells what led up to it: "seized Damascus on Sunday, ..., after a lightning
# offensive that saw them sweep through Aleppo, Hama and Homs".
_AFTER_CLAUSE = re.compile(
    r",\s+(?:[\w-]+\s+){0,8}?after\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:offensive|campaign|advance|push|blitz|assault|sweep|breakthrough|incursion)\b|"
    # "sent reinforcements on Tuesday, after opposition factions took control of Saraqeb"
    r",\s+after\s+(?:[\w'’-]+\s+){1,4}?(?:had\s+)?(?:took|taken|seized|captured|entered|overran|stormed|reached)\b|"
    r"(?<! a day)(?<! days)(?<! an hour)(?<! hours)(?<! a week)(?<! weeks)"  # not "a day after capturing Hama"
    r"\s+after\s+(?:capturing|taking|seizing|overrunning|entering|storming|reaching)\b[^,;]*$"  # "on Friday after taking Hama"
)


_LIST_GAP_AGAIN = re.compile(
    r"(?:,?\s+and|,)\s+(?:on|in|at|near|around|across|over)\s+(?:the\s+)?"
)  # "on Sanaa and on the"


def _joins(gap: str) -> bool:
    """Whether two places written with ``gap`` between them share a day: a list, or a place and where
    it is or lies."""
    gap = _REGION_WORD.sub("", gap)  # "Donetsk Oblast, Moscow": the gap after the region's word
    return bool(
        _LIST_GAP.fullmatch(gap)
        or _LIST_GAP_AGAIN.fullmatch(gap)
        or _LOCATED_IN.fullmatch(gap)
        or LOCATED_BY.match(_one_line(gap))
        or gap.rstrip() in ("'s", "’s")  # "near Mirali in Khyber Pakhtunkhwa's North Waziristan district on Tuesday"
    )


def _blank_date_line(sentence: str) -> str:
    """The sentence without the "date YYYY-MM-DD" an article may open with or a wire dateline (when it
    was published, not when anything happened), blanked so offsets stay."""
    found = _DATE_LINE.search(sentence) if "date " in sentence else None
    if found:
        sentence = sentence[: found.start()] + " " * (found.end() - found.start()) + sentence[found.end() :]
    found = _DATELINE.match(sentence)
    if found:
        sentence = " " * found.end() + sentence[found.end() :]
    return sentence


# Between a region and its country: "the Rostov region of Russia"; after a country: "Russia's Bryansk region".
_OF_COUNTRY = re.compile(r"\s+(?:(?:region|oblast|province|governorate|state)\s+)?(?:of|in)\s+(?:the\s+)?", re.I)
_COUNTRY_OWNS = re.compile(r"['’]s\s+")


def _headline_countries(places: list[Place], text: str, title: str, gazetteer: Gazetteer) -> set[str]:
    """Countries the headline names ("India strikes Pakistan after Kashmir attack"; not as their people,
    "Israeli strikes"): the article is about each, even one the rest of it names far less."""
    start = text.find(title) if title else -1
    if start < 0:
        return set()
    return {
        p.country_code
        for p in places
        if start <= p.start < start + len(title) and p.feature == COUNTRY and not gazetteer.is_demonym(p.text)
    }


def _with_its_country(text: str, places: list[Place]) -> set[int]:
    """The places (by index) named with their own country: an article about Ukraine that reports "a
    strike in the Rostov region of Russia" is about that place too."""
    owned = set()
    for k in range(len(places) - 1):
        first, then = places[k], places[k + 1]
        if first.country_code != then.country_code:
            continue
        if then.feature == COUNTRY and first.feature != COUNTRY and _OF_COUNTRY.fullmatch(text, first.end, then.start):
            owned.add(k)
        if (
            first.feature == COUNTRY
            and then.feature != COUNTRY
            and _COUNTRY_OWNS.fullmatch(text, first.end, then.start)
        ):
            owned.add(k + 1)
    return owned


_IN_AREA = re.compile(
    r"\bin\s+(?:the\s+)?(?:(?:north|south|east|west|central)[\w-]*\s+)?(?:countryside|province|region)\b", re.I
)


def _located_by(text: str, places: list[Place], sentences: list[Sentence]) -> set[int]:
    """Where places start that only say where the place named just before them is or lies (not where a
    reference point lies: "cut the highway linking Damascus and Aleppo near Saraqib" happened near
    Saraqib), with their name set off after them ("Harasta, north of the capital, Damascus"), or own the
    town after them ("Idlib's Jisr al-Shughur"). ``sentences``: each place's."""
    located = _says_where(text, places, sentences)
    return located | {
        named.start
        for place, named in pairwise(places)
        if place.start in located and named.name == place.name and _SET_OFF.fullmatch(text, place.end, named.start)
    }


_SET_OFF = re.compile(r",\s*")
_SET_OFF_AFTER = re.compile(r"(?:\s+[\w-]+)?,")  # "Salamiyah, east of", "the Kenscoff commune, south of"


def _says_where(text: str, places: list[Place], sentences: list[Sentence]) -> set[int]:
    return (
        {
            where.start
            for k, before in enumerate(places[:-1])
            if before.resolved
            and before.feature not in (COUNTRY, CONTINENT, ROAD)  # "cut the M5 highway near Saraqib": there
            and (located := where_it_lies(text, before, where := next_named(text, places, k))) is not None
            and (not off_another(before) or _IN_AREA.search(located.group()) is not None or located.group()[:1] == ",")
            # "southeast of Pokrovsk near Shevchenko": both say where; "south of Manbij, in the eastern countryside
            # of Aleppo": Aleppo says where Manbij lies, as in "the Tishreen Dam, southeast of Manbij, east of Aleppo"
            # set off by a comma, it says where even a reference point lies: "fled towards Salamiyah, east of Hama"
            and (
                _SET_OFF_AFTER.match(located.group())
                or not _reference_before(_words_before(text, sentences[k], before))
            )
        }
        | {
            owner.start
            for owner, owned in pairwise(places)
            if owner.feature in (CITY, ADMIN1)
            and owner.qualifier != "part of"  # "the Shejaiya suburb of Gaza City" is a suburb, no owner
            and owned.feature == CITY
            and (owner.feature == ADMIN1 or owner.population >= owned.population)  # not "the Shevchenkivskyi
            # district of Kyiv", the part of it
            and _OWNS.fullmatch(text, owner.end, owned.start)
        }
    )  # "Idlib's Jisr al-Shughur": Idlib says where the town is


_OWNS = re.compile(
    r"['’]s\s+(?:(?:north|south|east|west|central)[\w-]*\s+)?|"
    r"\s+(?:town|village|city|suburb|district|neighbou?rhood)s?\s+of\s+(?:the\s+)?"  # "the Idlib town of Saraqib"
)


def _carries(previous: DateInfo) -> bool:
    return previous.background_year is None and previous.precision == DAY


def _role(
    text: str,
    sentence: Sentence,
    place: Place,
    focus: set[str],
    when: DateInfo | None,
    kinds: list[tuple[int, int, str]],
) -> tuple[str, str, str]:
    if not place.resolved:
        return CONTEXT, "unresolved name", ""
    if place.feature in (COUNTRY, CONTINENT):
        return CONTEXT, "country or continent", ""
    if _WATER_NAME.search(place.text) and place.resolution.startswith(NOT_IN_GAZETTEER):  # "the Tishreen Dam on
        # the Euphrates River": where the dam is, no site (the town of Peace River is one)
        return CONTEXT, "a river, sea or lake", ""
    before = _words_before(text, sentence, place)
    before_list = _LIST_BEFORE.sub("", before)  # what stands before the list the place ends, if any
    if (
        focus
        and place.country_code not in focus
        and not _TAKEN_OR_HIT.search(before_list)
        and not (
            place.feature == ADMIN1
            and _IN_OPENING.fullmatch(before)
            and any(kind in _COMBAT for _, _, kind in kinds)  # not "In Iraq's Anbar province, troops reinforced"
        )
    ):  # but what is taken or hit is news anywhere, also down a list: "strikes reported in Marjayoun and Bint
        # Jbeil"; so is what happens in a region that opens the sentence ("In the Kursk region, Ukrainian forces
        # repelled 15 Russian attacks", in a Ukrainian report)
        return CONTEXT, "outside the countries the article is about", ""
    if when is not None and when.background_year is not None and not _NOW_CLAUSE.search(before):
        return CONTEXT, f"background ({when.background_year})", ""
    if "version" in sentence.text and _CORRECTION.search(sentence.text):
        return CONTEXT, "what an earlier version wrongly said", ""
    dateline = _DATELINE.match(text, sentence.start)
    if dateline and place.start < dateline.end():
        return CONTEXT, _FILED, ""
    after = _one_line(text[place.end : min(sentence.end, place.end + 50)])
    year = _PAST_YEAR.match(after)
    if year and when is not None and when.date is not None and int(year.group(1)) < when.date.year:
        return CONTEXT, f"background ({year.group(1)})", ""  # "the uprising began in Daraa in 2011"
    year = _YEAR_WHEN.search(before) if " when" in before else None
    if year and when is not None and when.date is not None and int(year.group(1)) < when.date.year:
        return CONTEXT, f"background ({year.group(1)})", ""
    # a when-clause after the main clause goes on to the sentence's end, however far; one that opens it ends
    # where the main clause begins ("Since January, when it retook Wad Madani, the army has pushed into")
    opening = text[sentence.start : place.start]
    when_at = opening.find(" when")
    past = None
    if when_at != -1 and when is not None and when.date is not None:
        closed = (
            _OPENS_WITH_TIME.match(opening) is not None
            and "," in opening[when_at:]
            or _MAIN_RESUMES.search(opening, when_at + 1) is not None  # "since January, when it recaptured Wad
        )  # Madani, and has pushed into Bahri": the main clause goes on
        past = None if closed else month_when(opening, when.date)
    if past is not None:  # "since January, when it recaptured the key city of Wad Madani"; "since October, when
        # an alliance ... launched an offensive in Shan State, seizing ... Laukkai"
        return CONTEXT, f"background ({past})", ""
    if _SIRENS.search(before):
        return CONTEXT, _WARNED, ""
    if (
        _reference_before(before)
        and not _taken_after(_one_line(text[place.end : min(sentence.end, place.end + _DESCRIPTION_REACH)]))
        # "the road from Hama, which fell on Thursday": Hama fell
        or _CONTEXT_AFTER.match(after)
        and not (_CAMPUS_AFTER.match(after) and _BESIDE_A_SITE.search(before))  # "fighting near the Debre Markos
        # University": a site of the town, as the fighting is
        or _ORGANISATION_AFTER.match(after)
        or _OFFICE_OF.search(before)
        and _OFFICE_HOLDER_AFTER.match(after)  # "The acting governor of Kursk, Alexei Smirnov, said"
        or _FAR_END.match(after)
        and not _acted_on(before)
    ):
        return CONTEXT, "reference point or institution", ""
    if (
        before.strip() == "In"
        and _SPEAKERS.match(after)
        or (_SAID.match(after) or _ACCORDING_TO.search(before))
        and _INSTITUTION_IN.search(before)
    ):
        return CONTEXT, "where a government speaks", ""
    if _ROAD_FIRST_END.match(after) or _ROAD_LAST_END.search(before) and _ROAD_AFTER.match(after):
        return CONTEXT, "an end of a road", ""
    if "hospital" in place.name.casefold() and _HOSPITAL_SPEAKS.match(text, place.end, sentence.end):  # "Al-Awda
        return CONTEXT, "reference point or institution", ""  # Hospital in Nuseirat said it received 30 bodies"
    if "hospital" in place.name.casefold() and _TAKEN_TO.search(before):  # "The wounded were taken to the Red Cross
        return CONTEXT, "reference point or institution", ""  # field hospital in al-Mawasi and to Nasser Hospital"
    if place.feature == ROAD and _LIES_ON.search(before):  # "Hama, which sits on the strategic M5 highway"
        return CONTEXT, "reference point or institution", ""
    speaks = (
        place.feature != ROAD
        and (_GOVERNMENT_VERB.match(after) or _ALLIES.match(after))
        and not re.search(
            r"\b(?:(?:in|at|of|into|from|(?<!according )to|towards?|near|fled|left|entered|reached)|(?:in|at|near|of) the)"
            r"\s+(?:[\w-]+['’]s\s+)?$",  # "Residents of the capital's Mezzeh district reported"
            before_list,
        )
    )  # not "families who fled Homs said", "Residents in the Mezzeh district reported gunfire", "Residents of
    # Qardaha and Jableh said"; but "according to Gaza's Health Ministry"
    if (
        speaks
        or _GOVERNMENT_HOLD.match(after)
        or _OBJECT_COMPLEMENT.match(after)
        and _GOVERNMENT_OBJECT.search(before)
        or _FOR_A_SIDE.search(before)
        and not after.startswith(("'", "’"))
    ):
        return CONTEXT, "stands for its government", ""
    clauses = re.split(r"[,;:—–(]", text[max(sentence.start, place.start - _CLAUSE_BEFORE) : place.start])
    clause = clauses[-1]
    if not clause.strip() and len(clauses) > 1 and _APPOSITIVE.search(clauses[-2] + ","):
        clause = clauses[-2]  # "would cut the capital, Damascus,": the clause the appositive is in
    repelled = bool(
        _TRIED.search(clause.lower())
        and _REPELLED_AFTER.match(text, place.end, sentence.end)
        or _REPELLED_ATTEMPT.search(clause.lower())
    )
    if _MODAL.search(clause.lower()) and not _BEFELL_AFTER.match(after) and not repelled or _MODAL_AFTER.match(after):
        return CONTEXT, "hypothetical", ""
    if _CUT.search(before) and _OFF_FROM.match(after) or _CUT_OFF_FROM.search(before):
        return CONTEXT, _CUT_OFF_REASON, ""  # "The fall of Homs cut Damascus off from the coast"
    if (
        _HOLDS.match(clause)
        or _HELD.search(before.lower())
        or _STILL_HELD.match(text, place.end, min(sentence.end, place.end + 120))
    ):  # "The Hmeimim airbase, used by Russian forces, remained under Russian control"
        return CONTEXT, "what an actor holds", ""
    if _DISTANCE_QUALIFIER.search(place.qualifier) and not (
        _ADVANCED_BY.search(before) or _SOME_WAY_OFF.search(before)
    ):
        return CONTEXT, "reference point for a distance", ""
    taken = (
        _TAKEN.search(before)
        and not _SUBJECT.match(text, place.end)
        or _taken_after(_one_line(text[place.end : min(sentence.end, place.end + 200)]))
    )
    if taken:
        kind = "capture"
    elif _DISPLACED_FROM.search(before):  # "displaced people from Tal Rifaat began arriving in al-Tabqa"
        kind = "displacement"
    else:
        kind = _nearest_kind(text, kinds, place, _frames(text, place, sentence))
    if not kind:
        return CONTEXT, "no event in the sentence", ""
    if kind == "capture" and place.qualifier.startswith("within"):
        kind = "advance"  # "took Rastan and Talbiseh, leaving them within 5 kilometers of Homs": near it, not in it
    if repelled:
        kind = "attack"  # "attempted to break through near ..., but were repelled": an attack, not an advance (nor
        # a capture: "repelled a Russian attempt to seize the city of Kupiansk")
    return EVENT, "", kind


# Where sirens sounded: a warning, not a strike ("Sirens sounded in Tel Aviv and Jerusalem", "as far as Tel Aviv").
_SIRENS = re.compile(r"\bsirens (?:[\w'’-]+ ){0,3}(?:in|across|over|throughout|as far (?:away )?as) (?:the )?$", re.I)
_WARNED = "where sirens warned"
# Why a place is context that holds for the places listed after it.
_SHARED_BY_A_LIST = {"what an actor holds", "hypothetical", "reference point or institution", _CUT_OFF_REASON, _WARNED}


def _listed_after(text: str, first: Place, then: Place) -> bool:
    """Whether ``then`` comes next after ``first`` in a list: "Damascus, Aleppo and Hama"."""
    return _LIST_GAP.fullmatch(text, first.end, then.start) is not None


# The next place a road or way goes to: "to Homs, about 25 miles to the south, and ultimately to Damascus".
_FURTHER_ALONG = re.compile(
    r"(?:,\s+[^,;.]{1,60})?,?\s+and\s+(?:(?:ultimately|eventually|then|finally|later|on)\s+)?(?:to|towards?)\s+(?:the\s+)?"
)
# A description of a place set off by commas, before the next of a list: "Sar-e-Pul, the capital of the
# province of the same name, and Taloqan", "Suran, Maardes and Khattab, villages north of Hama, and the hilltop of
# Jabal Zain al-Abidin".
_DESCRIBED_THEN_LISTED = re.compile(
    r",\s+(?:(?:the|an?)\s+|(?=" + SOME_PLACES + r"))[^,;:.()\n]{1,80},(?:\s+and)?\s+"
    r"(?:the\s+(?:[\w-]+\s+)?(?:towns?|villages?|cit(?:y|ies)|hilltops?|hills?|districts?|neighbou?rhoods?)\s+of\s+)?"
)


def _listed_past_its_description(text: str, first: Place, then: Place) -> bool:
    """Whether ``then`` comes next after ``first`` in a list, past a description of ``first``."""
    return _DESCRIBED_THEN_LISTED.fullmatch(text, first.end, then.start) is not None


def _acted_on(before: str) -> bool:
    """Whether the word before a place (and its "the town of") says what happened to it."""
    word = _WORD_BEFORE.search(before)
    return word is not None and _KIND.fullmatch(word.group(1).lower()) is not None


_COMBAT = frozenset({"capture", "advance", "fighting", "airstrike", "shelling", "attack", "casualties"})
_IN_OPENING = re.compile(r"\s*" + SENTENCE_OPENER + r"[Ii]n\s+(?:the\s+)?")  # "In the", "Meanwhile, in"


_OPENS_WITH_TIME = re.compile(r"\W*(?:in|since)\b", re.I)
_MAIN_RESUMES = re.compile(r",\s+and\s+(?:has|have|had|is|are|was|were|will|then)\b")


def _words_before(text: str, sentence: Sentence, place: Place) -> str:
    """The sentence's last 80 characters before the place, on one line: where its context words stand."""
    return _one_line(text[max(sentence.start, place.start - 80) : place.start])


def _one_line(text: str) -> str:
    """Runs of white space as one space, kept at the ends (the patterns look for words next to a name)."""
    return re.sub(r"\s+", " ", text) if "\n" in text or "  " in text or "\t" in text else text


# Words that say what follows did not happen: "denied that he had fled", "has not fallen"; unless what
# comes after says so of the denial: "Those saying that the rebels have not reached X cannot be correct".
_NEGATED = re.compile(
    r"\b(?:(?:denied|denies|deny|denying) (?:on \w+ )?(?:that )?(?:[\w'’]+ ){0,3}|(?:not|never|n['’]t) (?:yet |been |be )?|"
    r"(?:nobody|no one|no-one) (?:\w+ )?)$"  # "Nobody fought"
)
_REFUTED = re.compile(
    r"\b(?:(?:cannot|can['’]t|could not|is not|are not|isn['’]t|aren['’]t) (?:be )?(?:correct|true|right)|"
    r"(?:is|are|was|were) (?:false|wrong|untrue))\b"
)


# What was celebrated or mourned happened elsewhere: "residents in Omdurman celebrated the army's advance";
# what was to be slowed or stopped did not happen there: "blew up a bridge near Rastan to slow the advance".
_NOT_THERE_VERB = re.compile(
    r"\b(?:celebrat|welcom|cheer|hail|mourn|lament|slow|stop|halt|block|hamper|thwart|stem|fear|dread|brac)"
)  # and what they fear or brace for: "In Kobani, residents fear a Turkish offensive"
_NOT_THERE = re.compile(_NOT_THERE_VERB.pattern + r"\w* (?:for )?(?:the|a|an|its|their|his|her) (?:[\w'’-]+ )?$")


def _denied(low: str, sentence: Sentence, start: int, end: int, not_there: bool) -> bool:
    """Whether the sentence says the kind word at ``start:end`` did not happen, or not where it says so:
    what it celebrates happened elsewhere, what it stops did not happen (``not_there``: whether the
    sentence has such a verb at all), what it fears or expects has not happened yet, what nature did ("the
    earthquake struck near Mandalay")."""
    head = max(sentence.start, start - 40)
    return bool(
        _NEGATED.search(low, head, start)
        and not _REFUTED.search(low, end, sentence.end)
        or not_there
        and _NOT_THERE.search(low, head, start)
        or _FEARED.search(low, head, start)
        or _NATURE.search(low, head, start)
    )


# A disaster of nature that strikes, hits or kills: no act of war; also as what a sentence is about.
_NATURE_WORDS = (
    r"(?:earthquake|quake|tremors?|aftershocks?|floods?(?!\s+of\b)|flooding|cyclone|typhoon|hurricane|landslides?|"
    r"mudslides?|tsunami|wildfires?|avalanche)\b"  # not "storm" nor "lightning": "the fighters storm", "a lightning offensive"
)
_NATURE_OPENS = re.compile(r"\W*(?:the|an?)\s+(?:[\w.,-]+\s+){0,3}?" + _NATURE_WORDS)
_NATURE = re.compile(r"\b" + _NATURE_WORDS + r"[^.;,]{0,30}$")


# What falls that is no town's fall: "debris from downed drones fell in the Solomianskyi ... districts".
_FALLING = re.compile(
    r"\b(?:debris|wreckage|fragments|shrapnel|pieces|rockets?|missiles?|shells?|bombs?)\b[^.;,]{0,30}$"
)
# What is only feared or expected to happen: "they feared the fighting would reach them".
_FEARED = re.compile(
    r"\b(?:fear\w*|worr\w*|expect\w*|warn\w*) (?:that )?(?:[\w'’-]+ ){1,3}(?:would|could|might|will|may) $"
)


def _kind_matches(low: str, sentence: Sentence) -> list[tuple[int, int, str]]:
    """Every word of the sentence that tells what happened, unless it is denied: (start, end, kind).
    ``low``: the article's text, :func:`~geo.textutil.lowered`."""
    if _NATURE_OPENS.match(low, sentence.start):  # "The 7.7-magnitude earthquake struck ..., killing more than 1,700"
        return []
    not_there = _NOT_THERE_VERB.search(low, sentence.start, sentence.end) is not None
    matches = [
        (m.start(), m.end(), m.lastgroup or "other")
        for m in _KIND.finditer(low, sentence.start, sentence.end)
        if not _denied(low, sentence, m.start(), m.end(), not_there)
        and not (m.group() == "fell" and _FALLING.search(low, max(sentence.start, m.start() - 40), m.start()))
    ]
    presence = [(m.start(), m.end(), "presence") for m in _PRESENCE.finditer(low, sentence.start, sentence.end)]
    if presence and _ACTOR.search(sentence.text):
        matches += presence
    return matches


# Kinds that say little, and what the sentence may say instead: "warplanes struck the town" is an
# airstrike, "the RSF shelled the besieged city" shelling.
_MORE_SPECIFIC = {
    "shelling": ("airstrike",),  # "the Air Force struck ... long-range rockets in the Damascus area"
    "attack": ("airstrike", "shelling"),
    "casualties": ("airstrike", "shelling", "attack"),  # "Russian shelling killed two civilians in Bilozerka"
    "other": (
        "capture",
        "airstrike",
        "shelling",
        "attack",
        "withdrawal",
        "advance",
        "fighting",
        "casualties",
        "displacement",
        "presence",
    ),
}
# A place set off as what the words before it name: "entered Ukraine's second city, Kharkiv", one clause.
_APPOSITIVE = re.compile(r"\b(?:city|town|village|capital|port|stronghold|hub|province|region)(?=,\s*$)")


_CONJUNCTION = re.compile(
    r"\b(?:(?<!far )(?<!well )(?<!such )(?<!much )as(?! (?:far|well|much|many|part of)\b)|while|but|whereas|and that|"
    r"and (?:is|are|was|were|has|have|had)|after|before|when)\b|"  # "reached the outskirts of Homs after Hama fell"; "had
    # taken control of the headquarters in the town after weeks of fighting": taken
    r",\s+(?:say|says)\b"
)
_CLAUSE_BREAK = re.compile(r"[,;:—–(]|" + _CONJUNCTION.pattern)


def _apart(text: str, left: int, right: int) -> int:
    """How far apart the clauses of ``text[left:right]`` put its ends: 0 one clause, 1 set off by
    punctuation ("captured the cities, Kandahar and Herat"), 2 another clause ("..., as an offensive")."""
    if _CLAUSE_BREAK.search(text, left, right) is None:
        return 0
    return 2 if _CONJUNCTION.search(text, left, right) else 1


_KIND_REACH = 400  # characters: a word further from the place tells of something else, in a sentence run on


_ACTION_REACH = 100  # characters back from a place to "a week after the RSF overran the army's ... headquarters in"
_AND_THAT = re.compile(r"\band that\b", re.I)
# A verb after "and" that acts on something other than the place before it: "and captured the village of", "and
# targeted troops"; not "and captured it", "and took control of the city".
_AND_THEN = re.compile(
    r",?\s+and\s+(?:then\s+)?"
    r"(?!(?:released|freed|killed|wounded|injured|displaced|forced|detained|arrested|executed|kidnapped|abducted)\b)"
    r"(?:[a-z]+ed|took|struck|hit|shot|overran|drove|fought|tore|swept|left|fled)\s+"  # not what befell people there
    r"(?!(?:it|them|him|her|its|their|the\s+(?:city|town|village|area|capital|base|airport)(?!\s+of\b)|"
    r"control\s+(?:of|over)\s+(?:it|the\s+(?:city|town|capital)))\b)[\w'’\"“-]",
    re.I,
)
_FROM_OR_TOWARD = re.compile(r"\s+(?:[a-z]+\s+)?(?:from|towards?)\b")  # where forces set out from or head to
_WHICH_OPEN = re.compile(r",\s+which\b[^,;.]*$")  # a which-clause still open where a place is named


def _nearest_kind(text: str, matches: list[tuple[int, int, str]], place: Place, framed: bool = False) -> str:
    """The kind of the word nearest the place, in its own clause if that has one ("capture of a village
    near Pokrovsk as drones hit Kyiv": Pokrovsk's is the capture; a where- or which-clause is its
    place's), unless the sentence says something more specific, short of another clause joined to it by a
    conjunction. ``text``: the article's text, as written or lower-cased; ``framed``: whether the place
    opens its sentence as the scene of all of it (:func:`_frames`)."""
    best: tuple[int, bool, int, str] | None = None
    aparts: dict[tuple[int, int, str], int] = {}
    matches = [m for m in matches if m[0] - place.end < _KIND_REACH and place.start - m[1] < _KIND_REACH]
    described = _DESCRIBED_AFTER.match(text, place.end)  # "in Aleppo, a city the government had spent four
    described_end = text.find(",", described.end()) if described else -1  # years besieging ...": its past
    described_end = described_end if described_end != -1 else len(text)
    later = [
        m
        for m in matches
        if m[0] >= place.end
        and (_AFTER_DOING.search(text, place.end, m[1] + 1) or described is not None and m[0] < described_end)
    ]
    if later and len(later) < len(matches):  # "reached the outskirts of Homs on Friday after capturing Rastan":
        matches = [m for m in matches if m not in later]  # the capture is Rastan's
    matches = [  # "relocated to Damascus after the terrorists entered the city": what a clause after the place says
        # someone did happened elsewhere (but "In Mogadishu, security forces tightened checkpoints after a bomb
        # targeted the president's convoy": there); "Crowds celebrated in Homs's Clock Square after the
        # withdrawal": what it came after (but "Celebrations in Saraqib after the liberation of the city")
        m
        for m in matches
        if m[0] < place.end
        or framed
        or not (
            _CLAUSE_AFTER.search(text, place.end, m[0])
            and _PAST_VERB.fullmatch(text, m[0], m[1])
            or _AFTER_THE.search(text, place.end, m[0])
            and not text.startswith(" of ", m[1])
        )
    ]
    aside = _ASIDE_THEN_MAIN.match(text, place.end)  # "Hama, which had withstood rebel assaults ..., fell on Dec. 5":
    if aside and any(m[0] >= aside.end() for m in matches):  # what the main clause says it did
        matches = [m for m in matches if not place.end <= m[0] < aside.end()]
    then = _AND_THEN.match(text, place.end)  # a verb after the place that acts on something else
    word_after = _REGION_WORD.match(text[place.end : place.end + 20])
    name_end = place.end + (word_after.end() if word_after else 0)  # "Hama province, which"
    toward_where = _WHERE.match(text, name_end) is not None  # what happens where forces head or came from is its news
    for start, end, kind in matches:
        if kind == "presence" and start >= place.end:
            continue  # "at", "outside", "on the outskirts of": of the place after them ("encircled Homs and were on
            # the outskirts of Damascus")
        left, right = (end, place.start) if end <= place.start else (place.end, start)
        where = _WHERE.match(text, name_end) if left == place.end else None  # "Manbij, where clashes were ..."
        anothers = _ANOTHERS_WHERE.search(text, place.end, start) if where is None and start >= place.end else None
        if anothers and text[place.end : anothers.start()].strip():  # not "Kursk Oblast, where": its own
            continue
        if where and _PLACES_TAKEN.match(text, end):  # "Homs, where rebels captured the villages of ...": theirs
            continue
        if end <= place.start and _WHICH_OPEN.search(text, end, place.start):  # "fighters at the facility, which
            continue  # processes oil from South Sudan for export through Port Sudan": not Port Sudan's
        if end <= place.start and _AND_THAT.search(text, end, place.start):  # "a man was killed in Homs and that
            continue  # demonstrations also took place in Latakia": another thing said
        if _in_past_clause(text, where.end() if where else None, start):
            continue  # "Hama, where Hafez al-Assad's forces killed thousands in 1982, fell": the past, not Hama's news
        if end <= place.start and _in_anothers_clause(text, start, end, place.start):
            continue  # "near Vuhledar, which Ukraine withdrew from in early October, and in the Kurakhove direction"
        left = where.end() if where else left
        appositive = _APPOSITIVE.search(text, left, right) if end <= place.start else None
        apart = _apart(text, left, appositive.end() if appositive else max(left, right))
        if then is not None and start >= then.start():  # "advanced near Siversk and captured the village of
            apart = max(apart, 1)  # Zvanivka": Zvanivka's capture
        distance = abs(right - left)
        if (
            end <= place.start
            and toward_where
            and (text.endswith(("toward", "towards"), start, end) or _FROM_OR_TOWARD.match(text, end, place.start))
        ):  # "pressed east towards Manbij, where heavy clashes were reported": the clashes; "advanced from the
            distance += _KIND_REACH  # neighboring Hama province, which they captured on Thursday": the capture
        key = (apart, kind == "presence", distance, kind)  # a presence only where its clause says no more
        aparts[(start, end, kind)] = apart
        if best is None or key[:3] < best[:3]:
            best = key
    if best is None:
        return ""
    better = [  # not across "and that": "repelled attacks near Korenevo, and that Russian aircraft had struck"
        m for m in matches if m[2] in _MORE_SPECIFIC.get(best[3], ()) and aparts.get(m, 2) <= max(best[0], 1)
    ]
    if better:
        return _nearest_kind(text, better, place, framed)
    return "advance" if best[3] == "presence" else best[3]  # armed men said to be there


_CLAUSE_AFTER = re.compile(r"\b(?:after|before|when)\s+(?:[\w'’-]+\s+){1,5}$", re.I)  # and a subject
_AFTER_THE = re.compile(r"\b(?:after|following)\s+(?:the|its|their)\s+$", re.I)
_PAST_VERB = re.compile(  # or a headline's present: "Rebels take Syrian city of Hama after army withdraws"
    r"\w+ed|fell|took|struck|hit|fled|overran|shot|drove|broke|left|went|came|began|"
    r"withdraws|retreats|falls|flees|leaves|enters|advances|captures|seizes|takes",
    re.I,
)
_DESCRIBED_AFTER = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:city|town|village|stronghold|capital)\b", re.I
)
_ASIDE_THEN_MAIN = re.compile(
    r",\s+(?:which|where)\b[^,;.]*,\s+(?=(?:was|were|is|are|has|have|had|fell|falls|remained|became)\b)", re.I
)
_CLAUSE_OPENS = re.compile(r",\s+(?:which|where|who|whose)\b[^,.;!?]*$")
_CLAUSE_REACH = 120  # characters back to where a which-clause may open


def _in_anothers_clause(text: str, start: int, end: int, at: int) -> bool:
    """Whether the word at ``start:end`` stands in a which-, where- or who-clause that closes with a comma
    before ``at``: the clause tells of the place before it, not of the one at ``at``."""
    return bool(_CLAUSE_OPENS.search(text, max(0, start - _CLAUSE_REACH), start)) and "," in text[end:at]


def geo_precision(place: Place) -> int:
    """ACLED's scale: 1 the named place, 2 near it or part of a region, 3 a region or province."""
    if place.feature in (ADMIN1, COUNTRY, CONTINENT) or place.qualifier in REGION_QUALIFIERS:
        return 3
    if place.feature == ROAD or place.qualifier not in _PRECISE_QUALIFIERS:
        return 2
    return 1


def _number(said: str) -> int:
    """The number a count is written as: "1,200", "twelve", "twenty-five", "dozens"."""
    if said[0].isdigit():
        return int(said.replace(",", ""))
    tens, _, ones = said.replace(" ", "-").partition("-")
    if tens in _TENS:
        return _TENS[tens] + (_NUMBER_WORDS[ones] if ones else 0)
    return _TEENS.get(said) or _NUMBER_WORDS[said]


def fatalities(sentence: str) -> int | None:
    """The lowest number of people the sentence says were killed (as ACLED codes them), or None."""
    low = sentence.lower()
    if not any(word in low for word in ("kill", "dead", "died", "death")):  # words both patterns need
        return None
    counts = []
    for pattern in (_KILLED_AFTER, _KILLED_BEFORE):
        for match in pattern.finditer(sentence):
            counts.append(_number(match.group(1).casefold()))
    return min(counts) if counts else None


def actors(sentence: str) -> str:
    return "; ".join(dict.fromkeys(m.group(1) for m in _ACTOR.finditer(sentence)))


def incident_id(place: str, when: date | None, kind: str) -> str:
    """Events at the same place, day and kind, from any article, share one incident id."""
    return hashlib.sha1(f"{place}|{when}|{kind}".encode()).hexdigest()[:10]


def _event(article: Article, sentence: Sentence, place: Place, kind: str, when: DateInfo) -> Event:
    assert place.lat is not None and place.lon is not None
    name = place.name
    if place.qualifier and place.qualifier not in _PRECISE_QUALIFIERS | {"part of"}:
        name = f"{place.name} ({place.qualifier})"
    return Event(
        article=article.name,
        outlet=article.outlet,
        published=article.published,
        date=when.date,
        date_precision=when.precision,
        date_method=when.method,
        place=name,
        lat=round(place.lat, 5),
        lon=round(place.lon, 5),
        geo_precision=geo_precision(place),
        kind=kind,
        actors=actors(sentence.text),
        fatalities=fatalities(sentence.text),
        quote=_DATE_LINE.sub("", sentence.text),
        start=place.start,
        end=place.end,
        place_source=place.source,
        place_resolution=place.resolution,
        feature=place.feature,
        country_code=place.country_code,
        url=article.url,
        title=article.title,
        incident=incident_id(name, when.date, kind),
    )


def as_dict(row: Event | PlaceMention) -> dict[str, object]:
    return asdict(row)
