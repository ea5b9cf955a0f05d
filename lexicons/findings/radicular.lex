# Radicular findings: nerve-root involvement in the legs.
# Patterns match the case-folded note; literal phrases allow any spacing or a hyphen
# between words. `re:` patterns are RE2 (see docs/lexicon-format.md).
# Leg words used below: leg, thigh, calf, shin, foot, toe, ankle, knee (as a pain
# destination), lower extremity, LE, BLE, LLE, RLE, buttock only as part of a path.
@kind findings

# Pain travelling from the back into a leg.
radiating_leg_pain	re:(?:pain|symptoms?|discomfort|ache|burning)\s+(?:that\s+|which\s+)?(?:radiat\w*|shoot\w*|travel\w*|go(?:es|ing)|extend\w*|refer\w*|spread\w*|runs?|running)\s+(?:down|into|to|through|along)\s+(?:the\s+|his\s+|her\s+|their\s+|both\s+)?(?:(?:left|right|l|r|lt|rt|bilateral|bilat|posterior|lateral|anterior|medial|buttock\s+and|buttocks\s+and|and)\s+){0,3}(?:legs?|thighs?|calf|calves|foot|feet|lower\s+extremit(?:y|ies)|les?|bles?|lle|rle|knees?|ankles?|toes?|shins?)
radiating_leg_pain	re:(?:radiat\w*|shoot\w*)\s+(?:pain\s+)?(?:down|into|to)\s+(?:the\s+|his\s+|her\s+|both\s+)?(?:(?:left|right|l|r|lt|rt|bilateral|bilat|posterior|lateral|buttock\s+and|and)\s+){0,3}(?:legs?|thighs?|calf|calves|foot|feet|lower\s+extremit(?:y|ies)|les?|bles?|lle|rle|knees?|ankles?|toes?)
radiating_leg_pain	re:(?:radiat\w*|radiation|shooting|shoots)\s+(?:\w+\s+){0,2}(?:down|into|to)\s+(?:the\s+|his\s+|her\s+|both\s+)?(?:(?:left|right|l|r|lt|rt|bilateral|bilat|posterior|lateral|buttock\s+and|and)\s+){0,3}(?:legs?|thighs?|calf|calves|foot|feet|lower\s+extremit(?:y|ies)|les?|bles?|lle|rle|knees?|ankles?|toes?)
radiating_leg_pain	radiating leg pain
radiating_leg_pain	radiating pain
radiating_leg_pain	radicular pain
radiating_leg_pain	radicular symptoms
radiating_leg_pain	sciatic pain
radiating_leg_pain	re:(?:(?:left|right|l|r|lt|rt|bilateral|bilat|b/l)\s+)?(?:leg|thigh|calf)\s+pain
radiating_leg_pain	re:(?:lle|rle|ble|le)\s+(?:pain|radiation|radiating\s+pain)
radiating_leg_pain	re:pain\s+(?:in|into)\s+(?:the\s+|his\s+|her\s+|both\s+)?(?:(?:left|right|l|r|bilateral|bilat|posterior|lateral)\s+){0,2}(?:legs?|thighs?|calf|calves|lower\s+extremit(?:y|ies)|les?|bles?)
radiating_leg_pain	re:(?:leg|lower\s+extremity)\s+radiation
radiating_leg_pain	re:radiation\s+(?:of\s+pain\s+)?(?:down|into|to)\s+(?:the\s+|his\s+|her\s+|both\s+)?(?:(?:left|right|l|r|bilateral|bilat|posterior|lateral)\s+){0,2}(?:legs?|thighs?|calf|calves|foot|feet|lower\s+extremit(?:y|ies)|les?|bles?)
radiating_leg_pain	re:(?:sciatic|sciatica)[-\s]type\s+pain
radiating_leg_pain	pain radiates below the knee
# A path from the back or buttock into the leg, with a bounded run of path words between
# ("pain radiating into the right buttock and down the posterior right thigh"). The path
# words exclude 'but' and 'not', so "into the buttock but not below the knee" is no match.
radiating_leg_pain	re:(?:pain|symptoms?|discomfort|ache|burning)\s+(?:that\s+|which\s+|is\s+|are\s+)?(?:radiat\w*|shoot\w*|travel\w*|go(?:es|ing)|extend\w*|refer\w*|spread\w*|runs?|running|radiation)(?:\s+(?:down|into|to|through|along|the|his|her|their|both|left|right|l|r|lt|rt|bilateral|bilat|posterior|lateral|anterior|medial|outer|inner|back|of|buttocks?|hips?|gluteal|and|side|upper|lower|from|groin)){1,10}\s+(?:legs?|thighs?|calf|calves|foot|feet|lower\s+extremit(?:y|ies)|les?|bles?|lle|rle|knees?|ankles?|toes?|shins?|heels?)\b
radiating_leg_pain	re:pain\s+from\s+(?:the\s+)?(?:(?:left|right|l|r)\s+)?(?:buttocks?|low\s+back|lower\s+back|back|hips?|gluteal\s+region)(?:\s+(?:down|into|to|through|along|the|his|her|their|both|left|right|l|r|lt|rt|bilateral|bilat|posterior|lateral|anterior|medial|outer|inner|back|of|buttocks?|hips?|gluteal|and|side|upper|lower|from|groin)){1,10}\s+(?:legs?|thighs?|calf|calves|foot|feet|lower\s+extremit(?:y|ies)|les?|bles?|lle|rle|knees?|ankles?|toes?|shins?|heels?)\b
radiating_leg_pain	re:(?:pain|symptoms?|burning|ache|aching|tingling\s+pain)\s+(?:down|into)(?:\s+(?:down|into|to|through|along|the|his|her|their|both|left|right|l|r|lt|rt|bilateral|bilat|posterior|lateral|anterior|medial|outer|inner|back|of|buttocks?|hips?|gluteal|and|side|upper|lower|from|groin)){0,6}\s+(?:legs?|thighs?|calf|calves|foot|feet|lower\s+extremit(?:y|ies)|les?|bles?|lle|rle|knees?|ankles?|toes?|shins?|heels?)\b
radiating_leg_pain	re:pain\s+in\s+the\s+buttocks?\s+(?:and|&)\s+(?:the\s+)?(?:(?:left|right|posterior|lateral)\s+)?(?:thighs?|legs?|calf|calves)
radiating_leg_pain	leg symptoms
radiating_leg_pain	lower extremity symptoms

# Numbness, tingling, pins and needles in a leg or foot. Bare "numbness" is left alone:
# in the groin or saddle it is saddle_anesthesia, elsewhere it may not be a leg at all.
# The words between the sensation and the leg come from a list, so "numbness between the
# legs" (saddle) and "numbness in the groin, no leg pain" are not leg paresthesia.
leg_paresthesia	re:(?:numb\w*|tingl\w*|paresthes\w*|parasthes\w*|paraesthes\w*|parathes\w*|pins\s+and\s+needles|n/t|n\s*&\s*t|burning\s+paresthes\w*)(?:\s*,?\s+(?:in|of|the|his|her|their|both|left|right|l|r|lt|rt|lateral|medial|plantar|dorsal|dorsum|down|into|to|along|and|or|tingling|numbness|weakness|upper|lower|posterior|anterior|outer|inner|bilateral|bilat|entire|whole|aspect|side|great|big|small|little|first|web|space|over|throughout|radiating|extending|going|involving|affecting|&|/)){0,5}\s+(?:legs?|thighs?|calf|calves|foot|feet|toes?|lower\s+extremit(?:y|ies)|les?|bles?|lle|rle|shins?|heels?|soles?|ankles?)\b
leg_paresthesia	re:(?:legs?|thighs?|calf|foot|feet|toes?|lower\s+extremity|le|ble|lle|rle|shin|heel|sole)\s+(?:numbness|tingling|paresthes\w*|parasthes\w*|n/t)
leg_paresthesia	re:(?:numbness|tingling)\s+(?:and|or|/)\s+(?:tingling|numbness)\s+(?:radiat\w*|down|into)
leg_paresthesia	re:(?:legs?|feet|foot|thighs?|toes)\s+(?:get|gets|got|go|goes|went|become|becomes|became|feel|feels|felt|are|is|were|was)\s+(?:\w+\s+(?:and\s+)?)?(?:numb|tingly|tingling)\b
leg_paresthesia	re:(?:les?|bles?|lle|rle)\s+(?:pain\s+)?(?:&|and|/|w/|with)\s+(?:n/t|numbness|tingling|paresthes\w*)

# Straight leg raise and slump test (the sign itself; "negative" is a cue).
slr_sign	straight leg raise
slr_sign	straight leg raising
slr_sign	straight leg raise test
slr_sign	straight leg raises
slr_sign	straight leg test
slr_sign	slr
slr_sign	slrs
slr_sign	+slr
slr_sign	slump test
slr_sign	slump
slr_sign	crossed straight leg raise
slr_sign	lasegue
slr_sign	lasegue's
slr_sign	lasegue sign
slr_sign	re:(?:seated|supine)\s+(?:straight\s+)?leg\s+raise
slr_sign	dural tension signs
slr_sign	nerve tension signs
slr_sign	neural tension
slr_sign	femoral stretch test
slr_sign	femoral nerve stretch test

# Dermatomal sensory loss.
sensory_deficit	re:(?:decreased|diminished|reduced|absent|altered|impaired|loss\s+of|decrease\s+in|diminution\s+(?:of|in)|hypo)\s*(?:\w+\s+){0,2}(?:sensation|sensory|light\s+touch|pinprick|pin\s+prick|vibration|proprioception)(?:\s+\S+){0,5}?\s+(?:l[1-5]|s1|dermatom\w*|foot|feet|leg|legs|calf|thigh|toes?|dorsum|lateral|medial|great\s+toe|first\s+web)
# Without 'saddle' before it (that is saddle_anesthesia): a leg or dermatome is implied.
sensory_deficit	re:(?:hypoesthesia|hypesthesia|hypoesthesias|hypoaesthesia|dysesthesia|dysesthesias|hypoalgesia)
sensory_deficit	re:(?:l[1-5]|s1)\s+(?:dermatom\w*\s+|distribution\s+)?(?:sensory\s+(?:loss|deficit|change)|numbness|hypoesthesia)
sensory_deficit	re:(?:sensory\s+(?:loss|deficit|deficits|changes?))\s+(?:in|over|along)\s+(?:the\s+)?(?:\w+\s+){0,3}(?:l[1-5]|s1|dermatom\w*|foot|leg|calf|thigh)
sensory_deficit	dermatomal sensory loss
sensory_deficit	dermatomal numbness
sensory_deficit	sensory deficit
sensory_deficit	sensory deficits
sensory_deficit	re:(?:motor|strength)\s+(?:or|and|/)\s+sensory\s+(?:deficits?|loss|changes)
sensory_deficit	re:sensory\s+(?:or|and|/)\s+motor\s+(?:deficits?|loss|changes)
sensory_deficit	re:sensation\s+(?:is\s+|was\s+)?(?:decreased|diminished|reduced|absent|altered|impaired)\s+(?:to\s+\w+(?:\s+touch)?\s+)?(?:in|over|along|at)\s+(?:the\s+)?(?:\w+\s+){0,3}(?:l[1-5]|s1|dermatom\w*|foot|feet|leg|legs|calf|thigh|toes?|dorsum|shin)

# Patellar / Achilles reflexes diminished or absent.
reflex_deficit	re:(?:decreased|diminished|reduced|absent|depressed|hypoactive|sluggish|trace|asymmetric|loss\s+of|0/4|1/4|1\+)\s+(?:\w+\s+){0,2}(?:patellar|achilles|ankle|knee|quadriceps|dtrs?|deep\s+tendon|ankle\s+jerk|knee\s+jerk)(?:\s+(?:reflex(?:es)?|jerks?|dtrs?))?
reflex_deficit	re:(?:patellar|achilles|ankle|knee|quadriceps)\s+(?:reflex(?:es)?|jerks?|dtrs?)\s+(?:is\s+|are\s+|was\s+|were\s+)?(?:\w+\s+){0,2}(?:decreased|diminished|reduced|absent|depressed|hypoactive|trace|0/4|1/4|1\+|0)
reflex_deficit	re:(?:decreased|diminished|reduced|absent|hypoactive|depressed)\s+reflex(?:es)?
reflex_deficit	re:reflex(?:es)?\s+(?:are\s+|is\s+)?(?:decreased|diminished|reduced|absent|hypoactive|depressed)
reflex_deficit	hyporeflexia
reflex_deficit	re:(?:absent|diminished|decreased|reduced|trace|hypoactive)\s+at\s+the\s+(?:ankles?|knees?)
reflex_deficit	areflexia
reflex_deficit	reflex asymmetry
reflex_deficit	asymmetric reflexes

# Myotomal weakness. "Generalized weakness" is not matched: the muscle group is named.
motor_weakness	re:(?:weak\w*|4\s*[+-]?/5|3\s*[+-]?/5|2\s*[+-]?/5|5\s*-\s*/5|decreased\s+strength|diminished\s+strength|reduced\s+strength)\s+(?:\w+\s+){0,4}?(?:ankle\s+dorsiflex\w*|dorsiflex\w*|plantar\s*flex\w*|plantarflex\w*|ehl|extensor\s+hallucis(?:\s+longus)?|great\s+toe\s+extens\w*|toe\s+extens\w*|hip\s+flex\w*|hip\s+abduct\w*|knee\s+extens\w*|quadriceps|quads?|hamstrings?|tibialis\s+anterior|gastrocnemius|gastroc|evertors?|eversion|invertors?|inversion|foot\s+drop|hip\s+abductors?|gluteus\s+medius|iliopsoas|myotom\w*|l[1-5]|s1)
motor_weakness	re:(?:ankle\s+dorsiflex\w*|dorsiflex\w*|plantar\s*flex\w*|plantarflex\w*|ehl|extensor\s+hallucis(?:\s+longus)?|great\s+toe\s+extens\w*|toe\s+extens\w*|hip\s+flex\w*|hip\s+abduct\w*|knee\s+extens\w*|quadriceps|quads?|hamstrings?|tibialis\s+anterior|gastrocnemius|gastroc|evertors?|eversion|invertors?|iliopsoas|gluteus\s+medius)\s+(?:strength\s+)?(?:is\s+|are\s+|was\s+|were\s+|of\s+)?(?:\w+\s+){0,2}?(?:weak\w*|4\s*[+-]?/5|3\s*[+-]?/5|2\s*[+-]?/5|5\s*-\s*/5|1\s*/5|0\s*/5)
motor_weakness	foot drop
motor_weakness	footdrop
motor_weakness	drop foot
motor_weakness	myotomal weakness
motor_weakness	re:(?:l[1-5]|s1)\s+(?:myotom\w*\s+)?weakness
motor_weakness	motor deficit
motor_weakness	motor deficits
motor_weakness	focal weakness
motor_weakness	re:(?:leg|le|ble)\s+(?:numbness|tingling|pain)\s+(?:or|and|/)\s+weakness
motor_weakness	motor weakness
motor_weakness	re:(?:motor|strength)\s+(?:or|and|/)\s+sensory\s+(?:deficits?|loss|changes)
motor_weakness	re:sensory\s+(?:or|and|/)\s+motor\s+(?:deficits?|loss|changes)
motor_weakness	re:(?:(?:left|right|l|r|bilateral|bilat)\s+)?(?:leg|lower\s+extremity|le|ble|lle|rle)\s+weakness
motor_weakness	re:weakness\s+(?:in|of)\s+(?:the\s+|his\s+|her\s+|both\s+)?(?:(?:left|right|l|r|bilateral)\s+)?(?:legs?|lower\s+extremit(?:y|ies)|foot|feet|ankles?|great\s+toe)

# The diagnosis named.
radiculopathy	radiculopathy
radiculopathy	radiculopathies
radiculopathy	radiculitis
radiculopathy	radicular syndrome
radiculopathy	sciatica
radiculopathy	lumbar radiculopathy
radiculopathy	lumbosacral radiculopathy
radiculopathy	radiculopathic
radiculopathy	radiculapathy
radiculopathy	radiculopathay
radiculopathy	radiculopahty
radiculopathy	radiculoapthy
radiculopathy	radiulopathy
radiculopathy	radicuopathy
radiculopathy	radiculpathy
radiculopathy	sciatic neuritis
radiculopathy	nerve root compression
radiculopathy	nerve root impingement
radiculopathy	re:(?:compress\w*|imping\w*|displac\w*|abutt\w*|contact\w*)\s+(?:on\s+|upon\s+)?(?:the\s+)?(?:\w+\s+){0,3}nerve\s+roots?
radiculopathy	re:(?:impingement|compression|irritation)\s+of\s+(?:the\s+)?(?:(?:left|right|bilateral|traversing|exiting)\s+)?(?:l[1-5]|s1)?\s*nerve\s+roots?
radiculopathy	re:(?:l[1-5]|s1)\s+(?:nerve\s+)?root\s+(?:impingement|compression|irritation)
