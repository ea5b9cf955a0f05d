# Lumbar strain: an injury while handling a load, with paraspinal muscle findings.
@kind findings

# Onset while lifting, carrying, pulling or pushing a load.
# 'when lifting' and 'during lifting' are left out: "worse when lifting" is an aggravating
# factor, not how the pain began.
lifting_mechanism	re:(?:while|after|from|since)\s+(?:he\s+was\s+|she\s+was\s+|they\s+were\s+|was\s+)?(?:lifting|carrying|picking\s+up|hauling|unloading|loading|shoveling|shovelling|lugging|heaving)
# Pulling, pushing, moving and transferring are a load's only with the load named ("while
# pushing a cart", "after moving a couch", "while transferring a patient"): "while
# moving" in a vital sign and "while pushing" in labor are not.
lifting_mechanism	re:(?:while|after|from|since)\s+(?:he\s+was\s+|she\s+was\s+|they\s+were\s+|was\s+)?(?:pulling|pushing|moving|transferring)\s+(?:(?:a|an|the|his|her|their|some|several|two|three|heavy|large|loaded|full)\s+){1,3}(?:\w+\s+)?(?:box|boxes|patients?|residents?|cart|wheelbarrow|lawnmower|mower|sofa|couch|furniture|bags?|loads?|objects?|crates?|tires?|child|weights?|equipment|mattress|dresser|cases?|pallets?|bucket|cabinet|refrigerator|fridge|washer|dryer|appliances?|tables?|desk|piano|car|vehicle|truck|trailer|boat|rocks?|logs?|wood|stones?|bales?|sacks?)
lifting_mechanism	re:(?:lifted|carried|pulled|pushed|picked\s+up|hauled|unloaded|moved)\s+(?:a|an|the|some|his|her|several|heavy)\s+(?:\w+\s+){0,3}(?:box|boxes|patient|sofa|couch|furniture|bag|bags|load|object|crate|crates|tire|tires|child|weights?|equipment|mattress|dresser|cases?|pallet|bucket|cabinet|suitcase|luggage|refrigerator|fridge|washer|dryer|appliance|table|desk|groceries|bags?)
lifting_mechanism	re:lifting\s+(?:injury|incident|strain|mechanism|event)
# Loads carried or lifted by the bagful or the boxful, with no article ("carried bags of potting
# soil from the car", "lifting boxes of tile"), a full jug or bottle ("lifted a full 5-gallon
# water jug onto the cooler"), a child picked up ("picked my toddler up out of the crib"), and a
# template's mechanism box ticked ("Mechanism of injury: [ ] Fall [x] Lifting").
lifting_mechanism	re:(?:lifted|lifting|carried|carrying|hauled|hauling|moved|moving|loaded|loading|unloaded|unloading)\s+(?:heavy\s+)?(?:bags|sacks|boxes|cases|crates|bales|buckets|cartons|totes|bins)\s+of\b
lifting_mechanism	re:(?:lifted|lifting|carried|carrying|hauled|hauling|picked\s+up|picking\s+up)\s+(?:a|an|the|his|her|my)\s+(?:(?:full|heavy|large|big|\d+(?:\.\d+)?[-\s]?(?:gallon|gal|liter|litre|lb|pound|kg))\s+){0,3}(?:water\s+)?(?:jugs?|bottles?|coolers?|kegs?|carboys?)\b
lifting_mechanism	re:pick(?:ed|ing|s)?\s+(?:my|his|her|their|a|the)\s+(?:\d+[-\s](?:year|month)[-\s]old\s+|young\s+)?(?:son|daughter|child|toddler|baby|infant|grandson|granddaughter|grandchild|kid)\s+up\b
lifting_mechanism	re:(?:\[\s*x\s*\]|\(\s*x\s*\)|☑|☒|✓|✔)\s*(lifting)\b
# Loading or unloading something of a stated weight or called heavy, the loader's lift ("loading
# 50 lb tires onto a truck", "unloading heavy boxes from the van").
lifting_mechanism	re:(?:loading|unloading|loaded|unloaded)\s+(?:an?\s+|the\s+|some\s+)?(?:\d+(?:\s*-\s*\d+)?[\s-]*(?:lbs?|pounds?|kg|#)|heavy)\s+\w+
# A load told by its weight or as heavy, whatever it was: "carried a 60-lb spool of wire up a
# ladder", "carried two heavy suitcases".
lifting_mechanism	re:(?:lifted|carried|hauled|lugged)\s+(?:a|an|the|two|three|four|several|some|his|her|their)?\s*(?:\d+(?:\.\d+)?\s*-?\s*(?:lbs?|pounds?|kg|#)|heavy)\b
# "Heavy lifting" alone is as often a restriction ("no heavy lifting"), an aggravating
# factor ("worse with heavy lifting") or a job description as an onset; only the onset is a
# mechanism, so a word of onset leads it ("after heavy lifting", "was lifting heavy boxes").
lifting_mechanism	re:(?:while|after|from)\s+(?:doing\s+|performing\s+)?(?:some\s+)?(?:heavy|awkward|repetitive)\s+lifting
lifting_mechanism	re:(?:was|were|been)\s+lifting\s+(?:something\s+)?heavy
lifting_mechanism	re:lifting\s+(?:a|an|the|some|his|her|several)\s+(?:\w+\s+){0,3}(?:box|boxes|totes?|bins?|tubs?|containers?|kegs?|cartons?|trays?|sacks?|patient|sofa|couch|furniture|bag|bags|load|object|crate|crates|tire|tires|child|weights?|equipment|mattress|dresser|cases?|pallet|bucket|cabinet|suitcase|luggage|refrigerator|fridge|washer|dryer|appliance|table|desk|groceries|bags?)
# Handling a patient, the lifting injury of nurses and aides: "injured transferring a 250 lb
# resident from bed to wheelchair", "while repositioning a patient".
lifting_mechanism	re:(?:transferring|repositioning|boosting|lifting)\s+(?:a|an|the)\s+(?:(?:\d+[-\s]*(?:lbs?|pounds?|#)|heavy|large|obese|bariatric|combative|elderly)\s+){0,2}(?:patient|resident|client)s?\b
lifting_mechanism	lifting at work
lifting_mechanism	re:shovel(?:ing|ling|ed|led)\s+(?:\w+\s+){0,3}?snow
lifting_mechanism	injured lifting
# An injury the lifting gave: "a work injury involving lifting approximately 40 pounds".
lifting_mechanism	re:injur(?:y|ed)\s+(?:\w+\s+){0,2}?(?:involving|from|while)\s+lifting
lifting_mechanism	hurt lifting
lifting_mechanism	hurt his back lifting
lifting_mechanism	hurt her back lifting
lifting_mechanism	re:(?:hurt|injured|strained|tweaked|twisted|pulled)\s+(?:his|her|their|my)\s+(?:low\s+|lower\s+)?back\s+(?:while\s+|when\s+)?(?:lifting|carrying|pulling|pushing|moving|shoveling)

# Paraspinal muscle tenderness, spasm or guarding.
# An optional side and 'lumbar' in front keep the side inside the mention ("Bilat lumbar
# paraspinal spasm, L>R" is bilateral).
paraspinal_tenderness	re:(?:(?:left|right|l|r|lt|rt|bilat\w*|b/l|b)\s+)?(?:lumbar\s+)?(?:paraspinal|paraspinous|paravertebral|paralumbar|paracervical|erector\s+spinae|quadratus\s+lumborum|ql)\s+(?:muscle\s+|musculature\s+|muscles\s+)?(?:tenderness|spasms?|guarding|hypertonicity|tightness|muscle\s+spasms?|trigger\s+points?|taut\s+bands?)
paraspinal_tenderness	re:(?:tenderness|tender|ttp|spasms?|guarding|hypertonicity|hypertonic|tightness|taut\s+bands?|trigger\s+points?|increased\s+(?:muscle\s+)?tone)\s+(?:[\w+/-]+\s+){0,6}?(?:paraspinals?|paraspinous|paravertebral|paralumbar|paracervical|erector\s+spinae|quadratus\s+lumborum|ql|lumbar\s+musculature|lumbar\s+muscles)
paraspinal_tenderness	re:(?:paraspinals?|paraspinous\s+muscles|paravertebral\s+muscles|lumbar\s+paraspinals)\s+(?:are\s+|is\s+|were\s+)?(?:\w+\s+){0,2}?(?:tender|ttp|tight|in\s+spasm|hypertonic|guarded)
# ... and as a template's label with its findings after a colon ("Paraspinals: tight, tender
# L>R", "Paraspinals: hypertonic on the right"); said normal there, they are examined and
# normal ("Paraspinals: nontender", "Paraspinals: WNL").
paraspinal_tenderness	re:(?:(?:l|r|lt|rt|left|right|bilateral|b/l)\s+)?(?:(?:lumbar|lumbosacral|thoracolumbar)\s+)?(?:paraspinals?|paraspinous\s+muscles|paravertebral\s+muscles)\s*:\s*(?:[a-z]+\s*,\s*|[a-z]+\s+(?:and|&)\s+){0,3}(?:(?:mild|mildly|moderate|moderately|severe|marked|minimal|slight|some|significant)\s+)?(?:tender|ttp|tight|in\s+spasm|spasm|hypertonic|guarded|guarding)
paraspinal_tenderness	re:(?:(?:lumbar|lumbosacral|thoracolumbar)\s+)?(?:paraspinals?|paraspinous\s+muscles|paravertebral\s+muscles)\s*:\s*(?:non-?\s*tender|wnl|normal|unremarkable|within\s+normal\s+limits|no\s+(?:tenderness|spasms?|guarding))	negated
# The paraspinals examined and normal: "paraspinal muscles soft and nontender", "lumbar
# paravertebral musculature without tenderness or spasm".
paraspinal_tenderness	re:(?:(?:lumbar|lumbosacral|thoracolumbar)\s+)?(?:paraspinals?|paraspinous|paravertebral)\s+(?:muscles?\s+|musculature\s+)?(?:(?:are|is|were|was)\s+)?(?:(?:soft|supple|relaxed)\s+(?:and\s+)?)?(?:non-?\s*tender|(?:without|free\s+of)\s+(?:any\s+)?(?:tenderness|spasms?|guarding)(?:\s*(?:,|or|and)\s*(?:tenderness|spasms?|guarding))*)	negated
# ... and with the denial before the muscles: "Back: nontender paraspinals".
paraspinal_tenderness	re:non-?\s*tender\s+(?:(?:lumbar|lumbosacral|thoracolumbar|bilateral)\s+)?(?:paraspinals?|paraspinous|paravertebral)(?:\s+(?:muscles?|musculature))?	negated
# Spasm of the back muscles found on exam. Bare "muscle spasm" or "back spasms" is as often
# a symptom or a drug's indication ("Flexeril for back spasms") or another muscle's spasm
# (neck, shoulder blades), so spasm needs a lumbar region word or a site of the back.
paraspinal_tenderness	re:(?:lumbar|lumbosacral|thoracolumbar)\s+(?:muscle\s+|muscular\s+)?spasms?
paraspinal_tenderness	re:(?:palpable|palpated)\s+(?:muscle\s+|muscular\s+)?spasms?
paraspinal_tenderness	re:(?:muscle\s+|muscular\s+)?spasms?\s+(?:is\s+|was\s+|are\s+|were\s+)?(?:noted\s+|present\s+|palpated\s+|palpable\s+)?(?:in|of|over|along|throughout)\s+(?:the\s+)?(?:(?:bilateral|left|right|lower|low|both)\s+)*(?:lumbar|lumbosacral|thoracolumbar|low\s+back|lower\s+back)
# A chiropractic or rehab palpation: the spasm graded and placed by its levels ("spasm +2
# (moderate) L3-S1 R", "+3 spasm L lumbar paraspinals"), the paraspinals named first with
# what was felt in brackets ("L lumbar paraspinals (hypertonic, mild TTP)").
paraspinal_tenderness	re:(?:muscle\s+)?spasms?\s+[+]?[1-4]\+?\s*(?:\([a-z]+\)\s*)?(?:(?:l|r|b/l|left|right|bilateral)\s+)?(?:l[1-5]|t1[0-2]|s1)\s*-\s*(?:l[1-5]|s[1-2])
paraspinal_tenderness	re:(?:(?:l|r|lt|rt|b/l|left|right|bilateral)\s+)?(?:lumbar\s+)?paraspinals?\s*\(\s*(?:[\w-]+\s*,?\s*){0,3}?(?:tender|ttp|tight|hypertonic|spasm|guarded|guarding)
paraspinal_tenderness	muscle guarding
# The muscles said to be in spasm: "the paraspinal muscles next to it are in spasm".
paraspinal_tenderness	re:(?:paraspinals?|paraspinous|paravertebral)\s+(?:muscles?\s+|musculature\s+)?(?:\w+\s+){0,4}?(?:are|is|were|was)\s+in\s+spasm
# A treatment of the trigger points is no finding of them: "Trigger point tx R QL",
# "trigger point injections to the lumbar paraspinals", "trigger point dry needling".
paraspinal_tenderness	re:trigger\s+points?\s+(?:tx|therapy|treatment|release|injections?|tpi|dry\s+needling|needling|massage|work)\b[^.;]{0,40}	not
paraspinal_tenderness	paraspinal spasm
lifting_mechanism	re:(?:bending|bent|reaching|squatting|twisted|twisting|turned|turning)\s+(?:over\s+|down\s+|forward\s+)?to\s+(?:pick\s+up|lift|carry|move)
lifting_mechanism	re:(?:move|moving|moved|carry|carrying|lift|lifting)\s+(?:a|an|the|his|her|some|several)\s+(?:heavy\s+)?(?:(?:sleeper|large|old|big|wooden|full)\s+)?(?:refrigerator|fridge|washer|dryer|appliance|sofa|couch|table|desk|dresser|mattress|cabinet|piano|furniture|boxes|box)
# Furniture needs no article ("injured while moving furniture").
lifting_mechanism	re:(?:while|after|when|from)\s+(?:he\s+was\s+|she\s+was\s+|they\s+were\s+|was\s+)?(?:moving|lifting|carrying)\s+(?:heavy\s+)?furniture
lifting_mechanism	re:dead\s*-?lift\w*
# A load given by its weight, as an event ("he was lifting 80-lb bags of concrete mix", "while
# carrying a 50 pound box", "lifted 60 lb", "Onset: 2 wks ago carrying 40 lb bags"); not a goal
# ("independent in lifting 30 lb") or a restriction ("no lifting over 10 lb").
lifting_mechanism	re:(?:(?:was|were|while|when|after|from|since|ago)\s+(?:he\s+was\s+|she\s+was\s+|they\s+were\s+)?(?:lifting|carrying|hoisting)|lifted|carried|hoisted)\s+(?:an?\s+|the\s+|some\s+|two\s+|several\s+)?\d+(?:\s*-\s*\d+)?[\s-]*(?:lbs?|pounds?|kg|kilos?)\b
# A child lifted at the onset: "which began after she lifted her 3-year-old son out of his car seat".
lifting_mechanism	re:(?:after|while|when|since)\s+(?:she|he|they|i)?\s*(?:lifted|was\s+lifting|picked\s+up|was\s+picking\s+up|carried|was\s+carrying)\s+(?:her|his|their|my|a|the)\s+(?:\d+[-\s](?:year|month)[-\s]old\s+|young\s+|heavy\s+)?(?:son|daughter|child|toddler|baby|infant|grandson|granddaughter|grandchild|kid|boy|girl)\b
# A load carried at the onset, told with "when": "when he was carrying two sheets of drywall up a
# flight of stairs".
lifting_mechanism	re:when\s+(?:he|she|they|i)\s+(?:was|were)\s+(?:lifting|carrying|picking\s+up|hauling|unloading|loading|shoveling|shovelling|lugging|moving)\b
# A lift tested, not an event: "He lifted 30 pounds from floor to waist six times".
lifting_mechanism	re:lifted\s+\d+\s*(?:lbs?|pounds?|kg)\s+(?:from\s+)?(?:the\s+)?(?:floor|waist|knuckle|chest)\s+to\s+(?:waist|shoulder|overhead|knuckle|chest)	not
# Loads lifted and carried, counted: "lifted and carried about twenty 40-pound bags of mulch".
lifting_mechanism	re:(?:lifted|carried|hauled|lugged)(?:\s+and\s+(?:carried|lifted|moved|hauled|stacked))?\s+(?:(?:about|approximately|around|over|some|several|many|dozens\s+of|a\s+few)\s+)?(?:\w+\s+)?\d+(?:\s*-\s*\d+)?[\s-]*(?:lbs?|pounds?|kg)\b
# Lifting named as what came before the onset, as a history asks and the patient denies it
# ("denies lifting anything heavy prior to onset", "did not lift or carry anything unusual
# before the pain started"): the denial is the sentence's cue.
lifting_mechanism	re:(?:lift|lifting|lifted|carry|carrying|carried)(?:\s*(?:,|or|and)\s*(?:or\s+)?(?:lift|carry|twist|bend)\w*)*(?:\s+anything(?:\s+(?:heavy|unusual))?)?,?\s+(?:(?:or\s+)?\w+,?\s+){0,3}?(?:before|prior\s+to|preceding)\s+(?:the\s+)?(?:onset|pain|symptoms|injury)

# Phrases the audit corpus (corpora/audit) relies on, first written with the audit rules.
lifting_mechanism	after lifting
lifting_mechanism	while lifting
lifting_mechanism	lifting a heavy
paraspinal_tenderness	paraspinal tenderness
paraspinal_tenderness	paraspinal muscle spasm

# A strain or sprain of the low back named as the diagnosis: the clinician's own specific
# diagnosis (M5450_SPECIFIC_DX_DOCUMENTED when it stands in the assessment).
lumbar_strain	re:(?:lumbar|lumbosacral|low(?:er)?\s+back|back|paraspinal|paravertebral|sacroiliac)\s+(?:muscle\s+|muscular\s+|myofascial\s+|soft\s+tissue\s+|ligamentous\s+)?(?:strain|sprain|strain/sprain|sprain/strain|strain\s+and\s+sprain|sprain\s+and\s+strain)s?
lumbar_strain	re:(?:strain|sprain)\s+of\s+(?:the\s+)?(?:(?:muscles?|ligaments?)\s+of\s+the\s+)?(?:lumbar|lumbosacral|low(?:er)?\s+back|paraspinal)(?:\s+(?:spine|region|muscles?|musculature))?
lumbar_strain	re:(?:muscle|muscular|myofascial)\s+strain\s+(?:of|in)\s+(?:the\s+)?(?:low(?:er)?\s+)?back
