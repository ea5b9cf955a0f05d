# Radicular findings: nerve-root involvement in the legs.
# Patterns match the case-folded note; literal phrases allow any spacing or a hyphen
# between words. `re:` patterns are RE2 (see docs/lexicon-format.md).
# Leg words used below: leg, thigh, calf, shin, foot, toe, ankle, knee (as a pain
# destination), lower extremity, LE, BLE, LLE, RLE, buttock only as part of a path.
@kind findings

# A named muscle or movement of the arms or legs, as the motor patterns below use it, with
# the abbreviations of a strength table ("DF 4/5 R", "hip abd 4/5", "knee ext 5/5").
@define MUSCLE (?:(?:hip|knee|ankle|foot|toe|great\s+toe|big\s+toe|elbow|wrist|finger|shoulder|thumb)\s+(?:flexors?|extensors?|flexion|extension|abductors?|adductors?|abduction|adduction|dorsiflexors?|dorsiflexion|plantar\s*flexors?|plantar\s*flexion|plantarflexors?|plantarflexion|evertors?|eversion|invertors?|inversion|flex|ext|abd|add|df|pf|ev|inv)|df|pf|dorsiflexors?|dorsiflexion|plantar\s*flexors?|plantar\s*flexion|plantarflexors?|plantarflexion|evertors?|eversion|invertors?|inversion|ehl|edl|fhl|extensor\s+hallucis(?:\s+longus)?|flexor\s+hallucis(?:\s+longus)?|extensor\s+digitorum(?:\s+(?:longus|brevis))?|tibialis(?:\s+(?:anterior|posterior))?|anterior\s+tibialis|gastrocnemius|gastroc(?:-soleus|\s+soleus)?|gastrocsoleus|soleus|peroneals?|peroneus(?:\s+(?:longus|brevis))?|quadriceps|quads?|hamstrings?|iliopsoas|psoas|glut(?:eus|eal)\s+(?:medius|maximus)|gluteals?|deltoids?|biceps|triceps|brachioradialis|supraspinatus|infraspinatus|wrist\s+(?:extensors?|flexors?)|finger\s+(?:extensors?|flexors?|abductors?)|interossei|(?:hand\s+)?intrinsics?(?:\s+muscles?)?|(?:hand\s+)?grips?|hand\s+grasps?|abductor\s+pollicis(?:\s+brevis)?|\bapb|\bfdi|first\s+dorsal\s+interosse\w*)
# A grade below 5/5 ("4/5", "4+ over 5", "5-/5", "4-5/5").
@define WEAK_GRADE (?:[0-4](?:\s*[+-]|\s+plus|\s+minus)?\s*(?:/|\s+over\s+|\s+out\s+of\s+)\s*(?:5|five)|5\s*-\s*/\s*5|[0-4]\s*[+-]?\s*(?:-|to)\s*[1-5]\s*[+-]?\s*/\s*5)
# The abbreviations of a strength table for the leg's movements: hip, knee and ankle flexion
# and extension, ankle dorsiflexion and plantar flexion ("HF 4/5", "KE 5/5", "ADF 4-/5").
# Two of them are words ("he", "af"): they count only with a grade right after them.
@define LEG_MOVE_ABBREVIATION (?:hf|he|kf|ke|af|ae|adf|apf)

# Pain travelling from the back into a leg.
# Radicular pain of the arm is no leg pain (`not`).
# A template field answered "none": "Radicular type pain: None."
radiating_leg_pain	re:radicular(?:\s+type)?\s+(?:leg\s+)?pain\s*:\s*(?:none|no|negative|denies|denied)\b	negated
radiating_leg_pain	re:radicular\s+(?:pain|symptoms?)\s+(?:\w+\s+){0,4}?(?:down|into|to|in)\s+(?:the\s+|her\s+|his\s+|both\s+)?(?:(?:left|right|bilateral)\s+)?(?:upper\s+extremit\w*|arms?|hands?|shoulders?|fingers?|forearms?)	not
# The arm named before: "neck and right arm radicular pain", "upper extremity radicular
# symptoms".
radiating_leg_pain	re:(?:arms?|upper\s+extremit(?:y|ies)|ues?|hands?|shoulders?|cervical)\s+(?:(?:and\s+)?(?:left|right|bilateral)\s+)?radicular\s+(?:pain|symptoms?)	not
radiating_leg_pain	re:(?:pain|symptoms?|discomfort|ache|burning)(?:\s*,)?\s+(?:that\s+|which\s+)?(?:(?:have|has|had|would)\s+)?(?:radiat\w*|shoot\w*|shot|travel\w*|go(?:es|ing)?|went|extend\w*|refer\w*|spread\w*|runs?|running|ran|mov(?:es|ed|ing))\s+(?:down|into|to|through|along)\s+(?:the\s+|his\s+|her\s+|their\s+|both\s+|either\s+)?(?:(?:left|right|l|r|lt|rt|bilateral|bilat|b/l|posterior|lateral|anterior|medial|buttock\s+and|buttocks\s+and|and)\s+){0,3}(?:legs?|thighs?|calf|calves|foot|feet|lower\s+extremit(?:y|ies)|les?|bles?|lle|rle|knees?|ankles?|toes?|shins?)
radiating_leg_pain	re:(?:radiat\w*|shoot\w*)\s+(?:pain\s+)?(?:down|into|to)\s+(?:the\s+|his\s+|her\s+|your\s+|their\s+|both\s+|either\s+)?(?:(?:left|right|l|r|lt|rt|bilateral|bilat|b/l|posterior|lateral|buttock\s+and|and)\s+){0,3}(?:legs?|thighs?|calf|calves|foot|feet|lower\s+extremit(?:y|ies)|les?|bles?|lle|rle|knees?|ankles?|toes?)
radiating_leg_pain	re:(?:radiat\w*|radiation|shooting|shoots)\s+(?:\w+\s+){0,2}(?:down|into|to)\s+(?:the\s+|his\s+|her\s+|your\s+|their\s+|both\s+|either\s+)?(?:(?:left|right|l|r|lt|rt|bilateral|bilat|b/l|posterior|lateral|buttock\s+and|and)\s+){0,3}(?:legs?|thighs?|calf|calves|foot|feet|lower\s+extremit(?:y|ies)|les?|bles?|lle|rle|knees?|ankles?|toes?)
radiating_leg_pain	radiating leg pain
# Radiating pain that goes to the arm, the shoulder or the neck is not the leg's ("occasional
# radiating pain into the right upper trapezius and right arm").
radiating_leg_pain	re:radiating\s+(?:pain|symptoms?)\s+(?:\w+\s+){0,2}?(?:into|to|down)\s+(?:the\s+|his\s+|her\s+)?(?:(?:left|right|bilateral|upper|lower|posterior)\s+){0,3}(?:arms?|hands?|shoulders?|trapezius|fingers?|forearms?|upper\s+extremit(?:y|ies)|neck|scapulae?|interscapular)\b	not
# Heaviness of the thighs or legs, as neurogenic claudication is told ("heaviness in both thighs
# after walking").
radiating_leg_pain	re:heaviness\s+(?:in|of)\s+(?:the\s+|both\s+|his\s+|her\s+)?(?:(?:left|right)\s+)?(?:legs?|thighs?|calf|calves)\b	spine_note
# Radiation denied with where it would go: "without radiation into the buttocks or legs".
radiating_leg_pain	re:(?:no|without)\s+(?:any\s+)?radiation\s+(?:of\s+(?:the\s+)?pain\s+)?(?:into|to|down)\s+(?:the\s+|his\s+|her\s+|either\s+|both\s+)?(?:(?:buttocks?|hips?|groin)\s+(?:or|and)\s+(?:the\s+)?)?(?:legs?|lower\s+extremit(?:y|ies)|thighs?|feet|foot)	negated
# Push-off weak: "weakness pushing off with the left foot when he climbs stairs".
motor_weakness	re:(?:weakness|difficulty|trouble)\s+(?:pushing\s+off|with\s+push[-\s]?off|on\s+push[-\s]?off)\s+(?:(?:with|on|from)\s+(?:the\s+|his\s+|her\s+)?(?:(?:left|right)\s+)?(?:foot|feet|toes?|leg))?
# Phrases that name no limb: in a note about the neck they are the neck's (report_region).
radiating_leg_pain	radiating pain	report_region
radiating_leg_pain	radicular pain	report_region
radiating_leg_pain	radicular symptoms	report_region
radiating_leg_pain	re:(?:(?:left|right|l|r|lt|rt|bilateral|bilat|b/l)\s+)?(?:leg|thigh|calf|shin|lower\s+extremit(?:y|ies))\s+(?:pains?|discomfort|aches?)
radiating_leg_pain	re:(?:lle|rle|ble|le)\s+(?:pain|radiation|radiating\s+pain)
radiating_leg_pain	re:pain\s+(?:in|into)\s+(?:the\s+|his\s+|her\s+|both\s+)?(?:(?:left|right|l|r|bilateral|bilat|posterior|lateral)\s+){0,2}(?:legs?|thighs?|calf|calves|lower\s+extremit(?:y|ies)|les?|bles?)
radiating_leg_pain	re:(?:leg|lower\s+extremity)\s+radiation
radiating_leg_pain	re:radiation\s+(?:of\s+(?:the\s+|his\s+|her\s+)?pain\s+)?(?:down|into|to|up)\s+(?:the\s+|his\s+|her\s+|both\s+)?(?:(?:left|right|l|r|bilateral|bilat|posterior|lateral)\s+){0,2}(?:legs?|thighs?|calf|calves|foot|feet|lower\s+extremit(?:y|ies)|les?|bles?)
radiating_leg_pain	re:(?:sciatic|sciatica)[-\s]type\s+pain
radiating_leg_pain	pain radiates below the knee
# A path from the back or buttock into the leg, with a bounded run of path words between
# ("pain radiating into the right buttock and down the posterior right thigh"). The path
# words exclude 'but' and 'not', so "into the buttock but not below the knee" is no match.
# The path may be abbreviated as rehab notes write it: "radiating down post L thigh to lateral
# calf", "shoots down the lat thigh".
radiating_leg_pain	re:(?:pain|symptoms?|discomfort|ache|burning)\s+(?:that\s+|which\s+|is\s+|are\s+)?(?:radiat\w*|shoot\w*|shot|travel\w*|go(?:es|ing)?|went|extend\w*|refer\w*|spread\w*|runs?|running|ran|mov(?:es|ed|ing)|radiation)(?:(?:\s+|\s*/\s*)(?:down|into|to|through|along|the|his|her|their|both|left|right|l|r|lt|rt|bilateral|bilat|b/l|posterior|lateral|anterior|medial|outer|inner|back|of|buttocks?|hips?|gluteal|and|or|side|upper|lower|from|groin|aspects?|parts?|portion|region|area|all|way|posterolateral|posteromedial|anterolateral|anteromedial|whole|entire|post|lat|ant|med)){1,14}(?:\s+|\s*/\s*)(?:legs?|thighs?|calf|calves|foot|feet|lower\s+extremit(?:y|ies)|les?|bles?|lle|rle|knees?|ankles?|toes?|shins?|heels?)\b
# The verbs of a pain's course and the part of the leg it reaches, for the two lines below.
@define RADIATION_VERB (?:radiat\w*|shoot\w*|shot|travel\w*|go(?:es|ing)?|went|extend\w*|spread\w*|runs?|running|ran|mov(?:es|ed|ing|e))
@define LEG_DESTINATION (?:the\s+|his\s+|her\s+|my\s+|both\s+)?(?:(?:left|right|l|r|bilateral|posterior|lateral|anterior|medial|outer|inner|back\s+of\s+the|side\s+of\s+the|outside\s+of\s+the)\s+){0,3}(?:legs?|thighs?|calf|calves|foot|feet|lower\s+extremit(?:y|ies)|knees?|ankles?|toes?|shins?|heels?)
# Where the pain starts, then where it goes: "pain that starts in the low back and travels down
# the posterior thigh to the calf" (the phrase is where it goes: where it starts is the back's
# region, not the leg symptom's).
radiating_leg_pain	re:(?:pain|symptoms?|discomfort|ache)\s+(?:that\s+|which\s+)?(?:starts|started|begins|began|originates|originated)\s+in\s+(?:the\s+|his\s+|her\s+|my\s+)?(?:low(?:er)?\s+back|back|buttocks?|lumbar\s+(?:spine|region)|hips?)\s+and\s+(?:then\s+)?({RADIATION_VERB}\s+(?:down|into|to)\s+{LEG_DESTINATION})\b
# A template's field answered yes, with where: "Radiating: yes - lt calf".
radiating_leg_pain	re:radiat(?:ing|ion|es)\s*:\s*(?:yes|y|\+|positive|pos)\s*(?:-|,|:|/)?\s*(?:to\s+|into\s+|down\s+)?(?:the\s+)?(?:(?:l|r|lt|rt|left|right|b/l|bilat\w*|post(?:erior)?|lat(?:eral)?)\s+){0,2}(?:legs?|thighs?|calf|calves|foot|feet|lower\s+extremit(?:y|ies)|les?|lle|rle|ble|knees?|ankles?|toes?|shins?|heels?)\b
# The pain's course told from where it leaves: "traveling from the L buttock into the lateral
# leg", "running from my butt all the way down to my left foot".
radiating_leg_pain	re:{RADIATION_VERB}\s+from\s+(?:the\s+|his\s+|her\s+|my\s+)?(?:(?:left|right|l|r|lt|rt)\s+)?(?:buttocks?|butt|low(?:er)?\s+back|back|hips?|gluteal\s+region)\s+(?:all\s+the\s+way\s+)?(?:down\s+)?(?:into|to|down)\s+{LEG_DESTINATION}\b
radiating_leg_pain	re:pain\s+from\s+(?:the\s+|his\s+|her\s+|my\s+|their\s+)?(?:(?:left|right|l|r)\s+)?(?:buttocks?|low\s+back|lower\s+back|back|hips?|gluteal\s+region)(?:\s+(?:down|into|to|through|along|the|his|her|their|both|left|right|l|r|lt|rt|bilateral|bilat|b/l|posterior|lateral|anterior|medial|outer|inner|back|of|buttocks?|hips?|gluteal|and|side|upper|lower|from|groin|aspects?|parts?|portion|region|area|all|way|posterolateral|posteromedial|anterolateral|anteromedial|whole|entire)){1,10}\s+(?:legs?|thighs?|calf|calves|foot|feet|lower\s+extremit(?:y|ies)|les?|bles?|lle|rle|knees?|ankles?|toes?|shins?|heels?)\b
radiating_leg_pain	re:(?:pain|symptoms?|burning|ache|aching|tingling\s+pain)\s+(?:down|into)(?:(?:,?\s+|\s*/\s*)(?:down|into|to|through|along|the|his|her|their|both|either|left|right|l|r|lt|rt|bilateral|bilat|b/l|posterior|lateral|anterior|medial|post|lat|ant|med|outer|inner|back|of|buttocks?|hips?|gluteal|and|side|upper|lower|from|groin)){0,6}(?:\s+|\s*/\s*)(?:legs?|thighs?|calf|calves|foot|feet|lower\s+extremit(?:y|ies)|les?|bles?|lle|rle|knees?|ankles?|toes?|shins?|heels?)\b
radiating_leg_pain	re:pain\s+in\s+(?:the\s+|his\s+|her\s+|both\s+)?(?:(?:left|right|l|r|bilateral)\s+)?buttocks?\s+(?:and|&)\s+(?:the\s+)?(?:(?:left|right|posterior|lateral)\s+)?(?:thighs?|legs?|calf|calves)
# The sites listed with one pain, the side first: "left buttock and posterior thigh pain",
# "Right anterior thigh and shin pain" (the side is the list's).
radiating_leg_pain	re:(?:left|right|l|r|bilateral)\s+(?:(?:buttock|gluteal|posterior|anterior|lateral|medial)\s+)*(?:buttock|thigh|calf|shin|leg)\s+(?:and|&|/)\s+(?:(?:posterior|anterior|lateral|medial)\s+)?(?:thigh|calf|shin|leg|foot)\s+(?:pain|ache|aching|symptoms)
radiating_leg_pain	leg symptoms
radiating_leg_pain	lower extremity symptoms
# The abbreviations of rehab notes: "LE symptoms", "BLE sx", "radicular sx", "no referral
# into the LEs".
radiating_leg_pain	re:(?:les?|bles?|lle|rle|leg|lower\s+extremity)\s+(?:symptoms|sx)\b
radiating_leg_pain	re:(?:buttock\s*/\s*)?(?:thigh|calf|shin)\s+(?:symptoms|sx)\b
# The McKenzie words: symptoms that peripheralize to the knee or the foot have reached the
# leg; symptoms below the knee or the buttock are the leg's ("No sx below knee").
# Symptoms that do not move out into the leg on repeated movements ("flexion full and pain-free,
# without peripheralization").
radiating_leg_pain	re:(?:no|without)\s+(peripheraliz\w+)	negated
radiating_leg_pain	re:peripheraliz\w*\s+(?:to|into|down)\s+(?:the\s+)?(?:(?:l|r|left|right|b/l|posterior|lateral|post|lat)\s+){0,2}(?:knees?|calf|calves|thighs?|foot|feet|legs?|ankles?|toes?|les?)\b
radiating_leg_pain	re:(?:pain|sx|symptoms|radiation|radiating)\s+(?:(?:spreads?|goes|radiates?|travels?|extends?|moves?)\s+)?(?:below|past|beyond)\s+(?:the\s+)?(?:knees?|buttocks?|gluteal\s+folds?)
# A template's pain location listing a part of the leg ("Pain location: low back (central), R
# posterior thigh, R lateral calf", "Radiating pain: L lateral thigh, L anterior shin"): pain in
# the leg by site (real-note decision 10); a buttock, hip or groin alone names none.
radiating_leg_pain	re:(?:pain\s+(?:location|locations|distribution|site|sites|diagram)|location\s+of\s+pain|radiating\s+pain|radiation)\s*:\s*(?:(?:l|r|b|lt|rt|left|right|bilateral|bilat|b/l|both|low|lower|back|\(central\)|central|buttocks?|gluteal|hips?|posterior|lateral|anterior|medial|post|lat|ant|med|outer|inner|the|of|and|&|into|to|down|dorsum|upper|l\s*>\s*r|r\s*>\s*l)(?:,?\s+|\s*/\s*)){0,10}(?:thighs?|calf|calves|shins?|foot|feet|heels?|ankles?|legs?|lower\s+extremit(?:y|ies))\b
# The verb for the pain's spread: "pains shoot down the back of the left thigh", "spreading
# into both legs", "both thighs and calves ache".
radiating_leg_pain	re:(?:shoots?|shooting|spreads?|spreading|spread)\s+(?:down|into|to)\s+(?:the\s+)?(?:(?:back|front|side|outside|inside)\s+of\s+(?:the\s+)?)?(?:(?:l|r|left|right|both|his|her)\s+)?(?:legs?|thighs?|calf|calves|feet|foot|lower\s+extremit(?:y|ies))\b
radiating_leg_pain	re:(?:(?:both|left|right|l|r)\s+)?(?:thighs?|calf|calves|legs?)\s+(?:and\s+(?:thighs?|calf|calves|legs?)\s+)?(?:ache|aches|aching|hurt|hurts)\b
# Heaviness of the legs on walking, the neurogenic claudication of a stenosis.
radiating_leg_pain	re:(?:(?:l|r|b/l|left|right|bilateral)\s+)?(?:buttock\s+and\s+)?(?:legs?|thighs?|calf|calves)\s+heaviness	spine_note
radiating_leg_pain	radicular sx
radiating_leg_pain	re:referral\s+(?:of\s+(?:pain|symptoms)\s+)?(?:down|into|to)\s+(?:the\s+|his\s+|her\s+|both\s+)?(?:(?:left|right|l|r|bilateral|posterior|lateral)\s+){0,2}(?:legs?|les?|bles?|lle|rle|lower\s+extremit(?:y|ies)|thighs?|calf|calves)\b
# A template's radiation field naming the leg ("Radiation of pain: into the left leg",
# "Radiation: down the R posterior thigh").
radiating_leg_pain	re:radiation(?:\s+of\s+(?:the\s+)?(?:pain|symptoms))?\s*:\s*(?:into|down|to)\s+(?:the\s+|both\s+)?(?:(?:left|right|l|r|lt|rt|bilateral|bilat|b/l|posterior|lateral|anterior)\s+){0,3}(?:legs?|thighs?|calf|calves|foot|feet|lower\s+extremit(?:y|ies)|les?|bles?|lle|rle|knees?|ankles?|toes?|buttocks?\s+and\s+(?:legs?|thighs?))
# ... and the field answered no ("Radiation: none", in a note about the spine).
radiating_leg_pain	re:(radiation)(?:\s+of\s+(?:the\s+)?pain)?\s*:\s*(?:none|no|neg|negative|denies|denied)\b	negated spine_note
# Back pain said not to radiate: the radiation was asked about and is absent.
radiating_leg_pain	re:(?:back|lumbar|lumbosacral|spine|spinal|buttock|sacral)\s+pain\s+(?:\w+\s+){0,2}?(?:without|with\s+no)\s+(?:any\s+)?radiation	negated
# The pain said not to radiate, without naming it, in a note about the spine: "the pain is
# 7-8 out of 10 and does not radiate", "non-radiating", "no radiation of pain", "no
# radiation and is constant". Another region's pain said so is no leg pain (the `not` line).
@define NOT_RADIATING (?:(?:does|did|do)\s+not\s+radiate|(?:doesn't|didn't|don't)\s+radiate|non-?\s*radiating)
radiating_leg_pain	re:{NOT_RADIATING}|no\s+radiation\s+of\s+(?:the\s+|his\s+|her\s+)?pain	negated spine_note
# "Wraps around both sides toward the flanks ... but does not go down her legs", "does not
# travel below the gluteal fold" (not "past the knee": the thigh's pain is a leg's).
radiating_leg_pain	re:(?:does|did)\s+not\s+(?:go|travel|radiate|extend|spread)\s+(?:below|past|beyond)\s+(?:the\s+)?(?:gluteal\s+folds?|buttocks?)	negated
radiating_leg_pain	re:(?:does|did)\s+not\s+(?:go|travel|shoot|extend)\s+(?:down|into)\s+(?:the\s+|his\s+|her\s+|their\s+|either\s+|both\s+)?(?:legs?|lower\s+extremit(?:y|ies))	negated
radiating_leg_pain	re:(no\s+radiation)\s*(?:[,;.]|and\b|(?m:$))	negated spine_note
radiating_leg_pain	re:(?:neck|cervical|chest|arm|shoulder|abdominal|epigastric|pelvic|flank|jaw|head|knee|hip|foot|ankle|wrist|hand|elbow)\s+(?:pain|tightness|discomfort|pressure)\s+[^.;]{0,60}?(?:{NOT_RADIATING}|no\s+radiation)	not
# Pain sited in the leg with a bounded run of site words ("pain in the posterior part of
# his upper right leg", "pain in the back of the thigh", "pain in the feet"): decision 10,
# pain in a leg whatever its cause. Knee and ankle are joints and are left out here, and
# one foot is more often a foot's own disease than a leg pain: "feet" only.
radiating_leg_pain	re:(?:pain|ache|aching)\s+(?:in|into|of|involving)(?:\s+(?:the|his|her|their|both|left|right|l|r|bilateral|bilat|b/l|posterior|lateral|anterior|medial|upper|lower|outer|inner|back|part|aspect|portion|side|of|distal|proximal)){0,7}(?:\s+(?:hands?|arms?|upper\s+extremit(?:y|ies))\s+(?:and|or|&))?\s+(?:legs?|thighs?|calf|calves|lower\s+extremit(?:y|ies)|les?|bles?|lle|rle|feet|shins?)\b
# The verb leads ("radiates from her buttocks to her legs", "radiating all the way down
# to the foot"): the same closed path words, no 'but' or 'not'.
radiating_leg_pain	re:(?:radiat(?:es|ed|ing|e)|shoot(?:s|ing)|radiation)(?:(?:\s+|\s*/\s*)(?:down|into|to|through|along|the|his|her|their|both|left|right|l|r|lt|rt|bilateral|bilat|b/l|posterior|lateral|anterior|medial|outer|inner|back|of|buttocks?|hips?|gluteal|and|or|side|upper|lower|from|groin|aspect|part|portion|all|way|post|lat|ant|med)){1,10}(?:\s+|\s*/\s*)(?:legs?|thighs?|calf|calves|foot|feet|lower\s+extremit(?:y|ies)|les?|bles?|lle|rle|knees?|ankles?|toes?|shins?|heels?)\b
# Leg pain told together with back, flank, groin, buttock or hip pain ("left lower extremity
# and back pain", "proximal LLE and left flank pain", "pain in
# the lumbar spine and lower extremity").
radiating_leg_pain	re:(?:(?:left|right|l|r|bilateral|bilat|b/l)\s+)?(?:legs?|lower\s+extremit(?:y|ies)|les?|bles?|lle|rle|thighs?)\s+(?:and|&|/)\s+(?:(?:left|right)\s+)?(?:(?:low\s+|lower\s+)?back|flank|groin|buttocks?|hips?)\s+pain
radiating_leg_pain	re:pain\s+in\s+(?:the|his|her|their)\s+(?:(?:low|lower)\s+back|lumbar\s+spine|lumbar\s+region|back|buttocks?|hips?)\s+(?:and|&|as\s+well\s+as)\s+(?:in\s+)?(?:the\s+|both\s+|his\s+|her\s+)?(?:(?:left|right|l|r|bilateral|posterior|lateral)\s+){0,2}(?:legs?|thighs?|calf|calves|lower\s+extremit(?:y|ies)|les?|bles?|lle|rle|feet)\b

# Numbness, tingling, pins and needles in a leg or foot. Bare "numbness" is left alone:
# in the groin or saddle it is saddle_anesthesia, elsewhere it may not be a leg at all.
# The words between the sensation and the leg come from a list, so "numbness between the
# legs" (saddle) and "numbness in the groin, no leg pain" are not leg paresthesia.
# "P&N" is a rehab note's pins and needles ("intermittent P&N into R foot"), as "N/T" is its
# numbness and tingling.
# The way from the sensation to the leg, shared by the two lines below: the sensation's
# words start the one ("numbness", "N/T"), its letters and "&" the other ("N & T", "P&N"),
# so that each has what the matcher filters on (an atom, or the words a match starts with)
# and neither is searched in every sentence (`dxaudit lexicons unfiltered`).
@define TO_A_LEG (?:\s*,?\s+(?:in|of|on|about|the|his|her|their|your|both|either|outside|inside|front|hands?|arms?|left|right|l|r|lt|rt|lateral|medial|lat|med|ant|post|posterolateral|anterolateral|posteromedial|anteromedial|plantar|dorsal|dorsum|down|into|to|along|and|or|tingling|numbness|weakness|upper|lower|posterior|anterior|outer|inner|bilateral|bilat|entire|whole|aspect|side|great|big|small|little|first|second|third|fourth|fifth|middle|web|space|over|throughout|radiating|extending|going|involving|affecting|proximal|distal|tips?|tops?|bottoms?|balls?|sensations?|is|are|restricted|confined|limited|localized|mostly|mainly|primarily|predominantly|actually|only|border|edge|surface|portion|region|area|arch|persists|persisted|persisting|remains|remained|&|/))*\s+(?:legs?|thighs?|calf|calves|foot|feet|toes?|lower\s+extremit(?:y|ies)|les?|bles?|lle|rle|shins?|heels?|soles?|ankles?)\b
leg_paresthesia	re:(?:numb\w*|tingl\w*|paresthes\w*|parasthes\w*|paraesthes\w*|parathes\w*|dysesthes\w*|pins[\s-]+and[\s-]+needles"?|n/t|burning\s+paresthes\w*){TO_A_LEG}
leg_paresthesia	re:(?:n\s*&\s*t|p\s*&\s*n){TO_A_LEG}
# A leg's dermatome as the site ("numbness in the left L5 dermatome", "tingling along the S1
# distribution"): L2 to S2 lie in the leg (L1 is the groin's).
leg_paresthesia	re:(?:numb\w*|tingl\w*|paresthes\w*|parasthes\w*|paraesthes\w*|dysesthes\w*|pins[\s-]+and[\s-]+needles)\s+(?:in|along|over|involving|into|down)\s+(?:the\s+|an?\s+|his\s+|her\s+)?(?:(?:left|right|bilateral)\s+)?(?:l[2-5]|s[12])\s+(?:dermatom(?:e|es|al)|distribution|nerve\s+root\s+distribution)\b
leg_paresthesia	re:(?:legs?|thighs?|calf|foot|feet|toes?|lower\s+extremity|le|ble|lle|rle|shin|heel|sole)\s+(?:numbness|tingling|paresthes\w*|parasthes\w*|n/t)
# ... and a template's symptom label with where it is after the colon ("Numbness: dorsum of L
# foot and great toe", "Tingling: soles of both feet, comes and goes", "pins and needles = R
# lateral calf"); "Numbness: none in the feet" is found, and its answer denies it.
leg_paresthesia	re:(?:numbness|tingling|paresthesias?|n/t|pins\s+and\s+needles)\s*(?::|=)\s*(?:(?:l|r|b|lt|rt|left|right|bilateral|bilat|b/l|both|dorsum|dorsal|plantar|soles?|tops?|bottoms?|lateral|medial|anterior|posterior|post|lat|ant|med|great|big|small|little|all|the|of|and|&|in|his|her|distal|outer|inner|intermittent|occasional|constant)\s+){0,5}(?:legs?|thighs?|calf|calves|foot|feet|toes?|shins?|heels?|soles?|ankles?)\b
# A list of symptoms with one site after it: "numbness, tingling, and a pain in the toes",
# "numbness, tingling and burning in his feet" (the words above do not take a pain).
leg_paresthesia	re:(?:numb\w*|tingl\w*|paresthes\w*|paraesthes\w*|parasthes\w*)(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*/\s*)(?:an?\s+|some\s+)?(?:numbness|tingling|burning(?:\s+pain)?|pain|aching|cramping|weakness|paresthes\w*|paraesthes\w*|parasthes\w*)){1,3}\s+(?:in|of|to|involving)\s+(?:(?:the|his|her|their|both|all|left|right|l|r|bilateral)\s+){0,3}(?:legs?|thighs?|calf|calves|foot|feet|toes?|lower\s+extremit(?:y|ies)|shins?|heels?|soles?|ankles?)\b
# The limb, another symptom, then the paresthesia: "BLE weakness and numbness".
leg_paresthesia	re:(?:bles?|lle|rle|legs?|lower\s+extremit(?:y|ies))\s+(?:pain|weakness)\s+(?:and|&|/)\s+(?:numbness|tingling|paresthes\w*)
leg_paresthesia	re:(?:numbness|tingling)\s+(?:and|or|/)\s+(?:tingling|numbness)\s+(?:radiat\w*|down|into)(?:\s+(?:down|into|to|through|along|the|his|her|their|both|left|right|l|r|lt|rt|bilateral|bilat|b/l|posterior|lateral|anterior|medial|outer|inner|back|of|buttocks?|hips?|gluteal|and|side|upper|lower|from|groin|aspect|part|portion|all|way)){0,6}\s+(?:legs?|thighs?|calf|calves|foot|feet|lower\s+extremit(?:y|ies)|les?|bles?|lle|rle|knees?|ankles?|toes?|shins?|heels?)\b
leg_paresthesia	re:(?:legs?|feet|foot|thighs?|toes)\s+["']?(?:get|gets|got|go|goes|went|become|becomes|became|feel|feels|felt|are|is|were|was)\s+(?:like\s+(?:it'?s|it\s+is|they'?re|they\s+are)\s+)?(?:\w+\s+(?:and\s+)?)?(?:numb|tingly|tingling|"?asleep|pins\s+and\s+needles)\b
leg_paresthesia	re:(?:les?|bles?|lle|rle)\s+(?:pain\s+)?(?:&|and|/|w/|with)\s+(?:n/t|numbness|tingling|paresthes\w*)
# Legs that fall asleep; feet the patient cannot feel ("could not feel her right foot",
# "no feeling in his feet": the "no" is part of the symptom, not a denial).
leg_paresthesia	re:(?:legs?|feet|foot|toes)\s+(?:fall|falls|fell|falling|go|goes|going|went)\s+(?:to\s+sleep|asleep)
leg_paresthesia	re:(?:could\s*(?:not|n't)|can\s*(?:not|'t)|unable\s+to)\s+(?:move\s+(?:or|and|nor)\s+)?feel\s+(?:his\s+|her\s+|their\s+|the\s+|my\s+)?(?:(?:left|right|l|r|both)\s+)?(?:legs?|feet|foot|toes?|lower\s+extremit(?:y|ies)|les?|bles?)\b
leg_paresthesia	re:(?:no|lack\s+of|loss\s+of|decreased)\s+feeling\s+(?:in|of)\s+(?:his\s+|her\s+|their\s+|the\s+|my\s+|both\s+)?(?:(?:left|right|l|r)\s+)?(?:legs?|feet|foot|toes?)\b
# The extremities without "upper" ("numbness of all four extremities", "numbness or
# tingling of his extremities", "no numbness, weakness or tingling to his extremities",
# "paresthesias in extremities"): the legs are among them.
leg_paresthesia	re:(?:numbness|tingling|paresthes\w*|parasthes\w*|pins\s+and\s+needles)(?:\s*(?:,|or|and|/|&)\s*(?:(?:or|and)\s+)?(?:numbness|tingling|paresthes\w*|weakness))*\s+(?:of|in|to|involving)\s+(?:(?:his|her|the|their|your|all|both|either)\s+)?(?:(?:four|4)\s+)?(?:extremities|limbs)\b

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
slr_sign	straight leg lift
slr_sign	straight leg lifts
slr_sign	straight leg lifting
slr_sign	re:bragg?ard'?s?(?:\s+(?:sign|test|maneuver))?
# Bechterew's test (the SLR done seated) and the well-leg raise (the crossed SLR).
slr_sign	re:bechterew'?s?(?:\s+(?:sign|test|maneuver))?
slr_sign	re:well[-\s]leg[-\s]rais\w*(?:\s+(?:sign|test))?

# Dermatomal sensory loss. The words between the sensation and the site are a closed list
# with no 'stocking' or 'glove': a stocking loss is a neuropathy, not a root (guideline).
sensory_deficit	re:(?:decreased|diminished|reduced|absent|altered|impaired|decr|dec|loss\s+of|decrease\s+in|diminution\s+(?:of|in)|hypo)\s*(?:\w+\s+){0,2}(?:sensation|sensory|sens\b|light\s+touch|pinprick|pin\s+prick|pin\s*wheel|vibration|proprioception)(?:\s+(?:to|light|touch|pinprick|pin|prick|sharp|dull|pp|and|or|in|over|along|at|on|of|the|his|her|their|both|left|right|l|r|lt|rt|bilateral|bilaterally|bilat|b/l|distal|proximal|anterior|posterior|lateral|medial|anterolateral|posterolateral|anteromedial|posteromedial|dorsal|plantar|aspect|side|region|area|distribution|l[1-5]-(?:l[1-5]|s1)|l[1-5]|s1|big|great|first|entire|whole|from|all|two|three|multiple|lower|upper|weakness|numbness|tingling))*?\s+(?:l[1-5]|s1|dermatom\w*|foot|feet|leg|legs|lower\s+extremit(?:y|ies)|lle|rle|ble|calf|thigh|toes?|shins?|dorsum|lateral|medial|great\s+toe|first\s+web)
# Without 'saddle' before it (that is saddle_anesthesia): a leg or dermatome is implied.
# Dysesthesia (an unpleasant sensation, not a loss) is a leg_paresthesia word instead.
sensory_deficit	re:(?:hypoesthesia|hypesthesia|hypoesthesias|hypoaesthesia|hypoalgesia)
sensory_deficit	re:(?:l[1-5]|s1)\s+(?:dermatom\w*\s+|distribution\s+)?(?:sensory\s+(?:loss|deficit|change)|numbness|hypoesthesia)
sensory_deficit	re:(?:sensory\s+(?:loss|deficit|deficits|changes?))\s+(?:in|over|along|from)\s+(?:the\s+)?(?:\w+\s+){0,3}(?:l[1-5]|s1|dermatom\w*|foot|leg|calf|thigh|(?:peroneal|tibial|sural|saphenous|femoral)\s+(?:nerve\s+)?(?:distribution|territory))
sensory_deficit	dermatomal sensory loss
# Sensory loss that follows no dermatome is a nonorganic sign (Waddell's), not a root's.
sensory_deficit	re:non-?\s*dermatomal\s+(?:sensory\s+(?:loss|deficits?|changes?)|numbness|hypoesthesia|sensory\s+disturbance)	not
# "SILT": sensation intact to light touch, the exam's shorthand ("SILT BLE", "SILT L2-S1").
sensory_deficit	silt	negated
# The modalities abbreviated, with a leg site or root ("decreased PP/TEMP sensation in a left
# femoral nerve distribution", "decreased LT, PP along the lateral aspect of the left foot").
# A part of one leg, a root or a nerve is required: the face ("decreased PP/TEMP on the left
# side of the face"), a cord level ("below T4") and both legs of a neuropathy or a
# demyelinating disease ("decreased PP/LT/VIB in BLE") use the same words.
sensory_deficit	re:(?:decreased|diminished|reduced|absent|impaired|dec|loss\s+of)\s+(?:lt|pp|vib|temp|prop)(?:\s*[/,]\s*(?:and\s+)?(?:lt|pp|vib|temp|prop)|\s+and\s+(?:lt|pp|vib|temp|prop))*(?:\s+sensation)?,?\s+(?:(?:in|over|along|about|of|on|at|the|a|an|his|her|left|right|l|r|lt|rt|bilateral|both|lateral|lat|medial|anterior|posterior|post|dorsal|plantar|aspect|distal|proximal)\s+){0,8}(?:foot|thigh|calf|toes?|shin|l[1-5]|s1|dermatom\w*|femoral|peroneal|sciatic)\b
# The sensation named first, then found decreased ("light touch sensation decreased in the
# right C6 distribution").
sensory_deficit	re:(?:light\s+touch\s+|pinprick\s+|pin\s+prick\s+)?sensation(?:\s*:\s*|\s+(?:is\s+|was\s+|are\s+)?)(?:decreased|diminished|reduced|absent|impaired|altered)
# ... abbreviated, as a shorthand neuro line writes it ("Sens diminished to LT lat R foot"), or
# the modality alone found decreased where a dermatome or a part of the leg is named ("Light
# touch diminished in L L5 dermatome").
sensory_deficit	re:sens\.?(?:\s*:\s*|\s+(?:is\s+|was\s+)?)(?:decreased|diminished|reduced|absent|impaired|altered|decr|dec)\b
sensory_deficit	re:(?:light\s+touch|pinprick|pin\s+prick|lt|pp)\s+(?:is\s+|was\s+)?(?:decreased|diminished|reduced|absent|impaired|altered)\s+(?:in|over|along|at|on)\s+(?:the\s+)?(?:\w+\s+){0,5}(?:l[1-5]|s1|dermatom\w*|foot|feet|leg|legs|calf|thigh|toes?|shin|ankle|sole)\b
# ... with the modality after "sensation": "Sensation to light touch is decreased over the
# anterior thighs bilaterally".
sensory_deficit	re:sensation\s+to\s+(?:light\s+touch|pinprick|pin\s*prick|touch)(?:\s+(?:and|or)\s+(?:light\s+touch|pinprick|pin\s*prick|temperature|vibration))?\s+(?:is\s+|was\s+|are\s+|were\s+)?(?:decreased|diminished|reduced|absent|impaired|altered)\b
# A stocking or glove distribution is a polyneuropathy's, not a root's (`not`).
sensory_deficit	re:(?:(?:decreased|diminished|reduced|absent|impaired|altered)\s+)?(?:light\s+touch\s+|pinprick\s+|vibratory\s+)?sensation\s+(?:\w+\s+){0,5}(?:in\s+)?a\s+(?:stocking|glove|stocking[-\s]glove)	not
# ... typed, with a colon and no article: "Sensation: ↓ LT B feet in stocking distribution".
sensory_deficit	re:sensation\s*:\s*(?:[\w/]+\s+){0,7}?(?:in\s+)?(?:a\s+)?(?:stocking|glove|stocking[-\s]glove)\b	not
# A loss in the distal parts of both legs is the stocking pattern of a neuropathy, not a
# root ("mild decreased vibration and light touch in distal lower extremities").
sensory_deficit	re:(?:decreased|diminished|reduced|absent|impaired|altered|loss\s+of)\s+(?:[\w/]+\s+){0,5}?(?:in|of|over|at)\s+(?:the\s+|both\s+)?(?:bilateral\s+)?distal\s+(?:bilateral\s+)?(?:lower\s+extremities|legs)	not
# Vibration or position sense lost, and nothing else named, is a large-fibre (neuropathy or
# cord) sign, not a root's dermatomal loss ("absent vibratory sensation at the left toe",
# "decreased vibration sense in feet"; the real-note golds annotate none of these in
# neuropathy notes). Named with touch or pinprick it stays a sensory deficit.
sensory_deficit	re:(?:decreased|diminished|reduced|absent|altered|impaired|loss\s+of|lost)\s*(?:\w+\s+){0,2}?(?:vibrat\w*|propriocepti\w*|(?:joint\s+)?position)(?:\s+(?:sense|sensation))?(?:\s+(?:in|at|over|of|to|the|his|her|their|both|left|right|bilateral|bilaterally|distal|distally|lower|extremities|all|and|great|big|first))*\s+(?:toes?|feet|foot|ankles?|knees?|legs?|lower\s+extremit(?:y|ies))\b	not
# Loss from the feet up to a level of the trunk is the cord's sensory level, not a root's
# ("Decreased light touch from the feet to nipple line, bilaterally", "from the knee to the
# umbilicus"; the real-note gold leaves a sensory level unannotated).
sensory_deficit	re:(?:(?:decreased|diminished|reduced|absent|impaired|altered|lost|loss\s+of)\s+)?(?:[\w/]+\s+){0,4}?from\s+(?:the\s+)?(?:feet|foot|toes?|knees?|legs?|ankles?)\s+(?:up\s+)?to\s+(?:the\s+)?(?:nipples?|umbilic\w*|xiphoid|costal\s+margins?|waist|chest|t\d{1,2})\b(?:\s+(?:line|level))?	not
# A whole side of the body numb is a brain's or the cord's hemisensory loss, not a root's:
# "marked hypesthesia on entire right side", "decreased sensation over the left hemibody".
sensory_deficit	re:(?:hypesthesia|hypoesthesia|numbness|sensory\s+loss|(?:decreased|diminished|reduced|absent)\s+sensation)\s+(?:on|of|over|involving|in)\s+(?:the\s+|his\s+|her\s+)?(?:entire\s+(?:left|right)\s+(?:side|body|half)|(?:left|right)\s+hemi-?body)	not
sensory_deficit	dermatomal numbness
# The face's sensation is the trigeminal nerve's.
sensory_deficit	re:(?:face|facial|corneal|trigeminal)\s+(?:\w+\s+){0,3}?(?:with\s+)?(?:intact\s+|normal\s+)sensation|sensation\s+(?:of|on|in|to)\s+(?:the\s+)?face\b	not
sensory_deficit	re:facial\s+sensation\s+(?:is\s+|was\s+)?(?:\w+\s+)?(?:decreased|diminished|reduced|absent|altered|impaired)	not
# The perianal or perineal skin's sensation is the saddle's (saddle_anesthesia), not a limb's.
sensory_deficit	re:(?:perianal|perineal|peri-anal)\s+(?:sensation|sensory|light\s+touch|pinprick)(?:\s+(?:is|was))?\s+(?:decreased|diminished|reduced|absent|impaired|altered)	not
sensory_deficit	re:facial\s+sensations?(?:\s+and\s+(?:expression|strength|movements?|motor))?\s+(?:is\s+|was\s+|are\s+|were\s+)?(?:grossly\s+)?(?:intact|normal|symmetric(?:al)?)	not
# An obtunded patient's sensory exam: withdrawing from a painful stimulus shows it is felt
# ("Sensory: withdrew to noxious stimulation in all 4 extremities", "withdraws to pain").
sensory_deficit	re:withdr(?:ew|aws?|awing|awals?)\s+(?:\w+\s+){0,2}?(?:to|from)\s+(?:noxious|painful|deep\s+pain|pain|vibration|pinch)(?:\s+(?:stimul(?:us|i|ation)))?(?:\s+in\s+all\s+(?:four|4)\s+(?:extremities|limbs))?	negated
sensory_deficit	sensory deficit
sensory_deficit	sensory deficits
sensory_deficit	sensory abnormality
sensory_deficit	sensory abnormalities
sensory_deficit	re:(?:patchy|focal|dermatomal)\s+sensory\s+(?:loss|deficits?|changes)
# Numbness found on examination ("numbness to light touch in her right big toe").
sensory_deficit	re:numb(?:ness)?\s+to\s+(?:light\s+touch|pinprick|pin\s+prick|sharp(?:\s+touch)?)(?:\s+(?:in|over|along|at|on|of|the|his|her|their|both|left|right|big|great|first|lateral|medial|dorsum|dorsal|plantar|aspect|distal)){1,6}\s+(?:toes?|foot|feet|legs?|calf|calves|thighs?|shins?|l[1-5]|s1|dermatom\w*)\b
# Motor and sensory named together: the same phrase is a mention of both concepts, under
# sensory_deficit here and under motor_weakness below. ("Sensory or motor changes" name a
# change: progressive_neuro_deficit, red_flag.lex.)
# A list with commas names the same: "no focal, motor, or sensory deficits".
@define MOTOR_SENSORY_DEFICITS (?:focal\s*,?\s+)?(?:motor|strength)\s*,?\s+(?:or|and|/)\s+sensory\s+(?:deficits?|loss(?:es)?|abnormalit(?:y|ies)|findings)
@define SENSORY_MOTOR_DEFICITS sensory\s+(?:or|and|/)\s+motor\s+(?:deficits?|loss)
sensory_deficit	re:{MOTOR_SENSORY_DEFICITS}
sensory_deficit	re:{SENSORY_MOTOR_DEFICITS}
# Deficits named by the test that found none: "no focal peripheral deficits on motor or
# sensory testing".
@define DEFICITS_ON_TESTING deficits?\s+(?:on|in)\s+(?:the\s+)?(?:motor|sensory)\s+(?:(?:or|and|/)\s+(?:motor|sensory)\s+)?(?:testing|exam(?:ination)?s?)
sensory_deficit	re:{DEFICITS_ON_TESTING}
sensory_deficit	re:sensation\s+(?:is\s+|was\s+)?(?:decreased|diminished|reduced|absent|altered|impaired)\s+(?:to\s+\w+(?:\s+touch)?\s+)?(?:in|over|along|at)\s+(?:the\s+)?(?:\w+\s+){0,3}(?:l[1-5]|s1|dermatom\w*|foot|feet|leg|legs|calf|thigh|toes?|dorsum|shin)

# Patellar / Achilles reflexes diminished or absent.
reflex_deficit	re:(?:decreased|diminished|reduced|absent|depressed|hypoactive|sluggish|trace|asymmetric|dec|loss\s+of|0/4|1/4|1\+)\s+(?:\w+\s+){0,2}(?:(?:patellar|achilles|quadriceps)(?:\s+(?:reflex(?:es)?|jerks?|dtr(?:'?s)?))?|(?:ankle|knee|biceps|triceps|brachioradialis)\s+(?:reflex(?:es)?|jerks?|dtr(?:'?s)?)|\bdtr(?:'?s)?|deep\s+tendon(?:\s+reflex(?:es)?)?)
reflex_deficit	re:(?:patellar|achilles|ankle|knee|quadriceps|biceps|triceps|brachioradialis)\s+(?:reflex(?:es)?|jerks?|dtr(?:'?s)?)\s+(?:is\s+|are\s+|was\s+|were\s+)?(?:\w+\s+){0,2}(?:decreased|diminished|reduced|absent|depressed|hypoactive|trace|unelicitable|nonelicitable|0/4|1/4|1\+|0)
reflex_deficit	re:(?:decreased|diminished|reduced|absent|hypoactive|depressed|trace)\s+(?:deep\s+tendon\s+)?reflex(?:es)?
# Plural only: a singular "reflex is absent" is more often gag, corneal or an H-reflex;
# a named tendon reflex is matched above.
reflex_deficit	re:(?:reflexes|jerks|dtr'?s)\s+(?:are\s+|is\s+|were\s+|was\s+)?(?:decreased|diminished|reduced|absent|hypoactive|depressed|unelicitable|nonelicitable|non-elicitable|not\s+elicit(?:ed|able)|unobtainable|nonreactive|non-reactive|unreactive|0|0/4|trace)
reflex_deficit	hyporeflexia
reflex_deficit	hyporeflexic
# A normal grade before the site, in a list of sites ("2+/2+ patellae, 2/2 achilles").
reflex_deficit	re:2\+?\s*/\s*2\+?\s+(?:at\s+the\s+)?(?:patellae|patellas?|patellar|achilles|archilles|ankles?|knees?|biceps|triceps|brachioradialis)	negated
# ... and before the legs ("Reflexes: 3/3 BUE, 2/2 BLE"), a line of its own: in the list
# above, "ble" cost the expression its prefilter atoms.
reflex_deficit	re:2\+?\s*/\s*2\+?\s+(?:bles?|lower\s+extremities)	negated
# A normal range after a reflex heading: "Reflexes: 1-2+ and symmetric throughout",
# "REFLEXES: 1+/1+ to 2+/2+ and symmetric" (a range that reaches 2+; 1+ alone is left), or
# after a verb, said of both sides or of a leg site ("Reflexes are 1-2+ and symmetric",
# "Deep tendon reflexes were 1 to 2+ bilaterally at the knees").
reflex_deficit	re:(?:(?:deep\s+tendon\s+)?reflexes|dtr'?s)\s*:?\s*,?\s*(?:(?:are|were)\s+)?1\+?(?:\s*/\s*1\+?)?\s*(?:to|-)\s*2\+?(?:\s*/\s*2\+?)?(?:\s+(?:and\s+)?symmetric(?:al)?|\s+(?:bilaterally|throughout)|\s+(?:at|in)\s+(?:the\s+|both\s+)?(?:patellae|patellas?|achilles|ankles?|knees?))	negated
# So are a "2+" before a site ("2+ at the knees") and a site before its paired normal grade
# ("Patellar 2/2"). A "0" graded at a site is absent ("Trace in the arms, 2+ at the knees,
# and 0 at the ankles"), after a comma, colon or "and" so that a range of motion ("extension
# 0 degrees") stays out.
@define REFLEX_LEG_SITE (?:patellae|patellas?|achilles|ankles?|knees?)
# A leg reflex graded low with its side after: "Achilles 0 on the L", "patellar trace on the right".
reflex_deficit	re:{REFLEX_LEG_SITE}(?:\s+(?:reflex(?:es)?|jerks?))?\s*:?\s*(?:0|1\+?|trace)\s+on\s+the\s+(?:left|right|l|r)\b
reflex_deficit	re:2\+\s+(?:at|in)\s+(?:the\s+|both\s+)?{REFLEX_LEG_SITE}	negated
reflex_deficit	re:(?:patellar|{REFLEX_LEG_SITE})\s*:?\s*2\+?\s*/\s*2\+?	negated
reflex_deficit	re:(?:,|:|\band)\s*(0\s+(?:at|in)\s+(?:the\s+|both\s+)?{REFLEX_LEG_SITE})\b
# A paired grade, right then left, with a side at 0 or trace, or 1 beside another grade,
# before a leg site ("0/1 ankles", "0/2 patellae", "1/2 at Achilles"): absent, decreased or
# asymmetric. Symmetric 1+ ("1/1 Achilles", "1+/1+ ankles") is no deficit
# (corpora/gold-mtsamples decision 3): often read as low normal, and left out.
reflex_deficit	re:(?:(?:0|trace)\s*/\s*(?:[0-4]\+?|trace)|1\+?\s*/\s*(?:0|[2-4]\+?|trace)|(?:[2-4]\+?)\s*/\s*(?:0|1\+?|trace))\s+(?:at\s+(?:the\s+)?)?{REFLEX_LEG_SITE}\b
# ... and a named reflex graded 1+ on both sides ("Achilles reflexes 1+ bilaterally", "ankle
# jerks 1+ and symmetric").
reflex_deficit	re:(?:patellar|achilles|ankle|knee|quadriceps|biceps|triceps|brachioradialis)\s+(?:reflex(?:es)?|jerks?|dtr(?:'?s)?)\s+(?:are\s+|were\s+|is\s+|was\s+)?1\+?(?:\s*/\s*1\+?)?\s+(?:and\s+)?(?:bilaterally|symmetric(?:al)?(?:ly)?|equal(?:ly)?|on\s+both\s+sides|throughout)	not
reflex_deficit	re:1\+?\s*/\s*1\+?\s+(?:at\s+(?:the\s+)?|in\s+(?:the\s+|both\s+)?)?{REFLEX_LEG_SITE}\b	not
reflex_deficit	re:(?:absent|trace|hypoactive|not\s+elicit(?:ed|able)|unelicitable|nonelicitable)\s+(?:at|in)\s+(?:the\s+|both\s+)?(?:(?:left|right)\s+)?(?:ankles?|knees?|achilles|patellae?|patellas|bles?|lower\s+extremities)\b
# A reflex table of one side at a time, as rehab notes write it: "Achilles 1+ L, 2+ R",
# "R Achilles 0", "patellar trace L". One side low is a deficit of that side (a 1+ on both
# sides stays left out, as above).
reflex_deficit	re:(?:(?:l|r|lt|rt|left|right)\s+)?(?:patellar?|achilles|ankle\s+jerk|knee\s+jerk)\s*:?\s*(?:0|1\+?|trace)\s+(?:l|r|lt|rt|left|right)\b
reflex_deficit	re:((?:l|r|lt|rt|left|right)\s+(?:patellar?|achilles|ankle\s+jerk|knee\s+jerk)\s*:?\s*(?:0|1\+?|trace))(?:\s*[.,;]|\s*$)
# Reflexes listed site by site with one grade, as an exam line writes them after "Reflexes:":
# one side low is a deficit ("left biceps and brachioradialis 1+", "R Achilles 0"), and a
# normal grade denies it ("patellar and Achilles 2+", "R Achilles 2+"; not the first of a
# pair, "Achilles 2+/1+"). (A side is needed for the low grade: 1+ on both sides is no
# deficit, above.)
@define REFLEX_SITE (?:patellar?|patellae|patellas|achilles|ankles?|knees?|biceps|triceps|brachioradialis|quadriceps)
reflex_deficit	re:((?:left|right|l|r|lt|rt)\s+{REFLEX_SITE}(?:\s*(?:,|and|&)\s*{REFLEX_SITE})*(?:\s+(?:reflex(?:es)?|jerks?|dtr(?:'?s)?))?\s*:?\s+(?:0|1\+?|trace|absent))(?:\s*[.,;]|\s*$)
reflex_deficit	re:((?:(?:left|right|l|r|lt|rt)\s+)?{REFLEX_SITE}(?:\s*(?:,|and|&)\s*{REFLEX_SITE})*\s*:?\s+(?:(?:reflex(?:es)?|jerks?)\s+)?(?:are\s+|were\s+|is\s+)?(?:2\+|\+2)(?:\s*/\s*4)?(?:\s+(?:and\s+)?(?:symmetric(?:al)?(?:ly)?|bilaterally|bilat|b/l|equal))?)(?:[.,;:)=]|\s*$|\s+\S+)	negated
# ... and a pair of grades, one low ("Achilles 2+/1+", "patellar 1/2"): a deficit on one side
# (which side the pair puts first is the writer's convention, and no side is read).
reflex_deficit	re:{REFLEX_SITE}(?:\s+(?:reflex(?:es)?|jerks?))?\s*:?\s*(?:(?:2\+?|\+2)\s*/\s*(?:0|1\+?|\+1|trace)|(?:0|1\+?|\+1|trace)\s*/\s*(?:2\+?|\+2))
# ... and a side low after the other side normal, the site written once: "patellar 2+ R, +1 L",
# "Achilles 2+ R, 0 L", "ankle jerks R 2+, L trace" (the second item is the deficit).
@define SIDE_WORD (?:l|r|lt|rt|left|right)
@define LOW_REFLEX (?:0|1\+?|\+1|trace|absent)
reflex_deficit	re:(?:reflex(?:es)?\s*:?\s*)?(?:patellar?|{REFLEX_LEG_SITE}|ankle\s+jerks?|knee\s+jerks?)(?:\s+(?:reflex(?:es)?|jerks?|dtr(?:'?s)?))?\s*:?\s*(?:2\+?|\+2)\s*{SIDE_WORD}\s*,\s*({LOW_REFLEX}\s*{SIDE_WORD})\b
reflex_deficit	re:(?:patellar?|{REFLEX_LEG_SITE}|ankle\s+jerks?|knee\s+jerks?)(?:\s+(?:reflex(?:es)?|jerks?|dtr(?:'?s)?))?\s*:?\s*{SIDE_WORD}\s+(?:2\+?|\+2)\s*,\s*({SIDE_WORD}\s+{LOW_REFLEX})(?:\s*[.,;]|\s*$)
# ... in a table with a column a side ("Patellar | 2+ | 2+"; a row that names its side,
# "Achilles R | 1+ | 2+", has columns of something else, such as the visits), and normal on
# both sides written with B ("patellar 2+ B/L").
reflex_deficit	re:(?:patellar|{REFLEX_LEG_SITE})\s*\|\s*2\+?\s*\|\s*2\+?	negated
reflex_deficit	re:(?:patellar|{REFLEX_LEG_SITE})\s*\|\s*(?:2\+?\s*\|\s*)?(?:0|1\+?|trace|absent)
reflex_deficit	re:(?:patellar|{REFLEX_LEG_SITE})\s*\|\s*(?:0|1\+?|trace|absent)\s*\|\s*(0|1\+?|trace|absent)
reflex_deficit	re:(?:patellar|{REFLEX_LEG_SITE})\s*:?\s*2\+\s*(?:b|b/l|bil|bilat|bilaterally)\b	negated
# A site's reflex written after the site ("ankles trace/trace", "patella and ankle absent").
reflex_deficit	re:(?:ankles?|achilles|patellae?|patellas|knees)(?:\s+(?:and|&)\s+(?:ankles?|achilles|knees?|patellae?))?\s+(?:are\s+|were\s+|is\s+|was\s+)?(?:absent|trace(?:\s*/\s*trace)?)\b
reflex_deficit	areflexia
reflex_deficit	areflexic
# A grade out of 4 before the reflexes: "2+/4 DTRs in all extremities".
reflex_deficit	re:(?:2\+?|\+2)\s*/\s*4\s+(?:deep\s+tendon\s+reflexes|dtr'?s|reflexes)	negated
# A grade written in words: "nil out of four at the patella and Achilles bilaterally".
reflex_deficit	re:(?:nil|zero|absent|none)\s+out\s+of\s+(?:four|4)
reflex_deficit	reflex asymmetry
reflex_deficit	asymmetric reflexes
# ... and said asymmetric after them, the twin of the normal "reflexes are symmetric"
# (negated, below).
reflex_deficit	re:(?:(?:deep\s+tendon\s+)?reflexes|dtr'?s|(?:knee|ankle)\s+jerks)\s+(?:are|were)\s+(?:(?:mildly|slightly|somewhat|clearly|markedly)\s+)?asymmetric(?:al)?
# Leg reflexes said present, the opposite of absent ("ankle jerks present", "patellar reflexes
# are present bilaterally"): a normal reflex exam, as "present and equal" is read.
reflex_deficit	re:(?:(?:patellar|achilles|knee|ankle|quadriceps)\s+(?:(?:and|&)\s+(?:patellar|achilles|knee|ankle)\s+)?(?:reflexes|jerks|dtr'?s)|(?:knee|ankle)\s+jerks)\s+(?:are\s+|were\s+)?present\b	negated
# ... and present on one side, low on the other ("ankle jerks present on the right, absent on
# the left", "2+ on the right and absent on the left"): the second side is its own finding, a
# deficit.
reflex_deficit	re:(?:(?:patellar|achilles|knee|ankle|quadriceps)\s+(?:reflexes|reflex|jerks?|dtr'?s)|(?:knee|ankle)\s+jerks?)\s+(?:(?:is|are|was|were)\s+)?(?:present|normal|2\+)\s+on\s+the\s+(?:left|right)(?:\s*,\s*(?:but\s+|and\s+)?|\s+(?:but|and)\s+)((?:absent|trace|diminished|decreased|reduced|hypoactive|0|1\+)\s+on\s+the\s+(?:left|right))
# H-reflexes are a nerve conduction study, not the bedside exam (`not`).
reflex_deficit	re:h[-\s]?reflex(?:es)?	not
# The red reflex of the eye, and reflexes that are not the tendon reflexes of a root:
# "red reflexes present bilaterally", "no pathological reflexes", "gag reflex intact",
# the eye movements of a cranial nerve exam ("vestibuloocular reflexes are intact").
reflex_deficit	re:(?:red|pathologic(?:al)?|primitive|corneal|gag|cough|light|pupillary|abdominal|cremasteric|startle|moro|suck(?:ing)?|rooting|grasp|vestibulo-?ocular|oculocephalic|blink)\s+reflex(?:es)?(?:\s+(?:are\s+|were\s+|is\s+|was\s+)?(?:present|absent|intact|normal|unremarkable)(?:\s+bilaterally)?)?	not
reflex_deficit	reflex changes
reflex_deficit	reflex abnormality
reflex_deficit	reflex abnormalities
# "No ankle reflexes" reports them absent: the "no" is the finding, not a denial.
reflex_deficit	re:no\s+(?:(?:left|right|l|r|bilateral)\s+)?(?:ankle|knee|achilles|patellar)\s+(?:reflex(?:es)?|jerks?)

# Myotomal weakness. "Generalized weakness" is not matched: the muscle group is named.
# The words between the grade and the muscle are a closed list, so a grade never reaches
# over "and" to the next muscle of a list ("hip flexors 4/5 and quadriceps 5/5").
# The way from the weakness to the muscle, shared by the two lines below: words start the
# one ("weakness", "decreased strength"), a grade the other ("4/5", "4+ over 5"), so that
# each has what the matcher filters on (an atom, or the words a match starts with) and
# neither is searched in every sentence (`dxaudit lexicons unfiltered`).
@define TO_A_MUSCLE \s+(?:(?:strength|power|motor|muscles?|testing|in|into|of|the|his|her|their|left|right|l|r|lt|rt|bilateral|bilaterally|both|at|to|on|with|for|noted|found|seen|involving|affecting|along|mild|mildly|moderate|moderately|severe|severely|subtle|slight|slightly|significant|marked|proximal|distal|upper|lower|extremity|extremities)\s+)*?(?:{MUSCLE}|great\s+toe\s+extens\w*|toe\s+extens\w*|hip\s+flex\w*|hip\s+abduct\w*|knee\s+extens\w*|foot\s+drop|myotom\w*|l[1-5]|s1)
motor_weakness	re:(?:weak\w*|decreased\s+strength|diminished\s+strength|reduced\s+strength){TO_A_MUSCLE}
motor_weakness	re:(?:[0-4](?:\s*[+-]|\s+plus|\s+minus)?\s*(?:/|\s+over\s+|\s+out\s+of\s+)\s*(?:5|five)|5\s*-\s*/\s*5|5\s+minus\s+(?:/|over|out\s+of)\s*5|[0-4]\s*[+-]?\s*(?:-|to)\s*[1-5]\s*[+-]?\s*/\s*5|4\s*[+-]?\s*/\s*4\s*[+-]?|[0-3]\s+to\s+[1-4]\s*[.;,]){TO_A_MUSCLE}
motor_weakness	re:(?:(?:single[-\s]leg\s+)?(?:heel|calf|toe)\s+raises?|ankle\s+dorsiflex\w*|dorsiflex\w*|plantar\s*flex\w*|plantarflex\w*|\behl|extensor\s+hallucis(?:\s+longus)?|great\s+toe\s+extens\w*|toe\s+extens\w*|hip\s+flex\w*|hip\s+abduct\w*|knee\s+extens\w*|quadriceps|quads?|hamstrings?|tibialis\s+anterior|gastrocnemius|gastroc|evertors?|eversion|invertors?|iliopsoas|gluteus\s+medius)\s*(?:,\s*(?:which|that)\s+(?:is|was)\s+)?(?:strength\s+)?(?:is\s+|are\s+|was\s+|were\s+|of\s+)?(?:\w+\s+){0,4}?(?:weak\w*|4\s*[+-]?/5|3\s*[+-]?/5|2\s*[+-]?/5|5\s*-\s*/5|1\s*/5|0\s*/5)
# A lower limb graded as a whole, the limb first ("the right lower extremity is 4-5/5",
# "left leg strength 4/5", "RLE 4+/5"); graded 5/5 it is normal.
motor_weakness	re:(?:(?:left|right|l|r|bilateral)\s+)?(?:lower\s+extremit(?:y|ies)|legs?|lle|rle|b?les?)\s+(?:strength\s+|motor\s+(?:strength\s+)?|power\s+)?(?:is\s+|are\s+|was\s+|were\s+)?{WEAK_GRADE}
motor_weakness	re:(?:(?:left|right|l|r|bilateral)\s+)?(?:lower\s+extremit(?:y|ies)|legs?|lle|rle|b?les?)\s+(?:strength\s+|motor\s+(?:strength\s+)?|power\s+)?(?:is\s+|are\s+|was\s+|were\s+)?5\s*/\s*5	negated
# One leg said to be weak, its side named ("the right leg is weak", "her left leg feels
# weaker than the right", "weak left foot"), as "right leg weakness" is. Legs weak with no
# side are left out: "weak legs" is as often a frail patient's general weakness.
motor_weakness	re:(?:left|right)\s+(?:leg|foot|lower\s+extremity|ankle|thigh)\s+(?:(?:is|was|feels|felt|seems|seemed|became|has\s+been|had\s+been|is\s+getting|was\s+getting)\s+)(?:(?:slightly|mildly|a\s+little|a\s+bit|somewhat|very|quite|markedly|still|now|also|more|much)\s+)?weak(?:er)?\b
motor_weakness	re:weak(?:er)?\s+(?:left|right)\s+(?:leg|foot|lower\s+extremity|ankle)\b
# An upper limb graded as a whole, the limb first ("UE 4/5 proximally", "right arm strength
# 4+/5"): the arm's weakness, of Region cervical as a named arm muscle's.
motor_weakness	re:(?:(?:left|right|l|r|bilateral)\s+)?(?:upper\s+extremit(?:y|ies)|arms?|bues?|ues?|rue|lue)\s+(?:strength\s+|motor\s+(?:strength\s+)?|power\s+)?(?:is\s+|are\s+|was\s+|were\s+)?{WEAK_GRADE}
# A limb graded, the limb after the grade ("4/5 strength in the right leg", "strength is
# 4/5 in her left lower extremity", "2/5 in the right hand"): the weak form of the normal
# "5/5 in the lower extremities" below. Not "in all extremities" (a global grade). The grade
# is the plain "n/5" here, its digits one by one: a class ("[0-4]") or the spelled and ranged
# grades of {WEAK_GRADE} leave RE2 no literal to filter this expression on, and it would be
# searched in every sentence (`dxaudit lexicons unfiltered`).
motor_weakness	re:(?:4\s*[+-]?|3\s*[+-]?|2\s*[+-]?|1\s*[+-]?|0\s*[+-]?|5\s*-)\s*/\s*5\s+(?:strength\s+|power\s+)?(?:of|in|for|to|at)\s+(?:the\s+|his\s+|her\s+|both\s+)?(?:(?:left|right|l|r|bilateral)\s+)?(?:(?:lower|upper)\s+extremit(?:y|ies)|legs?|arms?|hands?|\bbles?|\bbues?|\blle|\brle|\blue|\brue)\b
# A grade given for the proximal or the distal muscles of a limb ("4/5 proximally, 5/5
# distally").
motor_weakness	re:{WEAK_GRADE}\s+(?:strength\s+)?(?:proximally|distally)\b
motor_weakness	re:5\s*/\s*5\s+(?:strength\s+)?(?:proximally|distally)\b	negated
# The leg's movements abbreviated, a grade right after ("HF 4/5", "HF and HE 4+/5", "ADF
# 4-/5"); graded 5/5 they are normal.
motor_weakness	re:{LEG_MOVE_ABBREVIATION}(?:\s+(?:and|&)\s+{LEG_MOVE_ABBREVIATION})?(?:\s*:\s*|\s+)(?:{WEAK_GRADE}|4\s*[+-]?\s*/\s*4\s*[+-]?)
motor_weakness	re:{LEG_MOVE_ABBREVIATION}(?:\s+(?:and|&)\s+{LEG_MOVE_ABBREVIATION})?(?:\s*:\s*|\s+)5\s*/\s*5	negated
# ("5/5" written without spaces: the grade is then the literal the expression is filtered on.)
motor_weakness	re:(?:(?:left|right|l|r|bilateral)\s+)?(?:upper\s+extremit(?:y|ies)|arms?|bues?|rue|lue)\s+(?:strength\s+|motor\s+(?:strength\s+)?|power\s+)?(?:is\s+|are\s+|was\s+|were\s+)?5/5	negated
motor_weakness	re:5\s*/\s*5\s+(?:strength\s+|power\s+)?(?:throughout|diffusely|globally|in\s+all\s+(?:four\s+|4\s+)?(?:extremities|limbs|muscle\s+groups))	negated
motor_weakness	foot drop
motor_weakness	re:(?:(?:l|r|left|right)\s+)?foot\s+slap(?:ping|s)?|slapping\s+gait|steppage\s+gait
leg_paresthesia	re:(?:(?:l|r|left|right|both|his|her)\s+)?(?:legs?|foot|feet|thighs?|calf|calves)\s+(?:(?:is|are|now|keeps|has\s+been|have\s+been)\s+)*(?:going|goes|went|gets|getting)\s+numb
motor_weakness	footdrop
motor_weakness	drop foot
motor_weakness	myotomal weakness
# An arm or hand named weak: a cervical root sign when a root is the cause (the region
# comes from the limb, regions.lex).
motor_weakness	re:(?:(?:left|right|l|r|bilateral|bilat)\s+)?(?:arm|hand|grip|bue|lue|rue)\s+weakness
motor_weakness	re:(?:l[1-5]|s1)\s+(?:myotom\w*\s+)?weakness
# Weakness a stroke or the cord explains is not a root's (corpora/gold-mtsamples decision
# 9): "CVA with right arm weakness", "left leg weakness due to an old stroke". The cause
# must be in the same clause, joined by a closed list of words.
motor_weakness	re:(?:stroke|cva|cerebrovascular\s+accident|tia|transient\s+ischemic\s+attack|hemiparesis|hemiplegia|(?:cerebral|brain(?:stem)?|cord|thalamic|lacunar|capsular)\s+infarct\w*)\s*,?\s+(?:with|and|causing|resulting\s+in|manifested\s+by|presenting\s+with|leaving\s+(?:him|her)\s+with)\s+(?:(?:residual|new|left|right|mild|moderate|severe|dense|persistent|some)\s+)*(?:(?:face|facial|arm|leg|hand|upper\s+extremity|lower\s+extremity|lue|lle|rue|rle|ue|le)(?:\s*(?:,|/|and)\s*(?:and\s+)?|\s+))+weakness	not
motor_weakness	re:(?:\w+\s+)?weakness\s+(?:\w+\s+){0,2}?(?:due\s+to|secondary\s+to|from|after|following|related\s+to|caused\s+by)\s+(?:(?:a|an|his|her|the|prior|previous|old|recent|remote|left|right)\s+)*(?:\w+\s+)?(?:stroke|cva|infarct\w*|cerebrovascular\s+accident|tia|myelopathy|cord\s+(?:injury|compression|infarct\w*|lesion)|brain\s+(?:tumor|injury|lesion)|head\s+injury)	not
# Weakness of one whole side, or of an arm and a leg together, is the brain's or the cord's,
# not a root's ("right-sided arm weakness", "left facial/LUE/LLE weakness", "RUE and RLE
# weakness"); so is weakness a myositis explains, and a rotator cuff's.
motor_weakness	re:(?:right|left)[-\s]sided\s+(?:\w+\s+){0,3}weakness	not
motor_weakness	re:(?:facial|face)\s*[/,]\s*(?:\w+\s*[/,]\s*)?(?:lue|rue|lle|rle|arm|leg)\w*\s+weakness	not
# The face's strength is the facial nerve's, as its sensation is the trigeminal's: "Facial
# strength is normal", "facial strength and sensation symmetric" are a cranial nerve exam.
motor_weakness	re:(?:facial|face)\s+(?:muscle\s+)?(?:strength|motor(?:\s+function)?)(?:\s+(?:and|&)\s+(?:sensation|expression|movements?|symmetry))?\s+(?:is\s+|was\s+|are\s+|were\s+)?(?:grossly\s+)?(?:intact|normal|symmetric(?:al)?|full|equal|5/5)	not
motor_weakness	re:(?:lue|rue|(?:left|right)\s+arm|arm|upper\s+extremity)\s+(?:and|&|/)\s+(?:lle|rle|(?:left|right)\s+leg|leg|lower\s+extremity)\s+weakness	not
# Weakness of the whole body, or of arms and legs together, is no root's: "generalized
# weakness", "weakness in arms and legs" ticked in a review of systems.
motor_weakness	re:(?:generali[sz]ed|general|diffuse|global|overall|total\s+body|whole\s+body|systemic)\s+(?:muscle\s+|muscular\s+|body\s+)?weakness(?:\s+(?:in|of)\s+(?:(?:the|both|all|his|her|their)\s+)?(?:(?:upper|lower)\s+)?(?:arms?|legs?|extremit(?:y|ies)|limbs?)(?:\s+(?:and|&)\s+(?:(?:the|both)\s+)?(?:(?:upper|lower)\s+)?(?:arms?|legs?|extremit(?:y|ies)|limbs?))?)?	not
motor_weakness	re:weakness\s+(?:in|of)\s+(?:(?:the|both|his|her|their)\s+)?(?:arms?|upper\s+extremit(?:y|ies))\s+(?:and|&)\s+(?:(?:the|both)\s+)?(?:legs?|lower\s+extremit(?:y|ies))|weakness\s+(?:in|of)\s+(?:(?:the|both|his|her|their)\s+)?(?:legs?|lower\s+extremit(?:y|ies))\s+(?:and|&)\s+(?:(?:the|both)\s+)?(?:arms?|upper\s+extremit(?:y|ies))|weakness\s+(?:in|of)\s+all\s+(?:four\s+|4\s+)?(?:extremities|limbs)	not
motor_weakness	re:(?:polymyositis|dermatomyositis|myositis|myopathy|hemipar\w+|hemipleg\w+)\b[^.;]{0,60}?weakness	not
motor_weakness	re:weakness\s+(?:to|of|in)\s+(?:his|her|the)\s+(?:supraspinatus|infraspinatus|subscapularis|rotator\s+cuff)	not
# A note that affirms a central or muscular cause of weakness -- a stroke, a hemiparesis,
# a myelopathy or a cord lesion, a bleed or tumour of the brain, a myositis -- and names no
# nerve root or nerve explains its weakness that way, wherever the weakness is written
# ("CC: BLE weakness" in a cord compression note, limb grades in a stroke admission):
# `other_cause`, and `own_cause` for what ties weakness to a root or a nerve. The cause
# must be affirmed: "no history of stroke", "spondylosis without myelopathy", "risk of
# spinal cord injury" and a relative's stroke do not count (evidence.cpp).
motor_weakness	re:strokes?	other_cause
motor_weakness	stroke volume	not
motor_weakness	heat stroke	not
motor_weakness	cerebrovascular accident	other_cause
motor_weakness	re:cvas?	other_cause
motor_weakness	re:cva\s+(?:tenderness|angle|pain|region|area)	not
motor_weakness	re:(?:cerebral|cerebellar|brain|brainstem|lacunar|thalamic|pontine|capsular|mca|pca|embolic|ischemic)\s+(?:infarct\w*|stroke)	other_cause
motor_weakness	re:hemi(?:pare|ple)\w*	other_cause
motor_weakness	re:myelopath\w*	other_cause
motor_weakness	re:(?:spinal\s+)?cord\s+(?:compression|injur\w*|infarct\w*|lesion|contusion|transection)	other_cause
# ... said with the verb ("a vertebral body lesion ... was compressing the spinal cord"; not
# the bare "can compress the spinal cord" of a list of risks).
motor_weakness	re:\bcompress(?:es|ed|ing)\s+(?:on\s+)?(?:the\s+|his\s+|her\s+)?(?:spinal\s+)?cord|(?:spinal\s+)?cord\s+(?:is\s+|was\s+|being\s+)?compressed	other_cause
motor_weakness	re:(?:subarachnoid|subdural|epidural|intracranial|intracerebral|intraparenchymal)\s+(?:hemorrhage|haemorrhage|hematoma|bleed)	other_cause
motor_weakness	re:(?:brain|cerebral|cortical|hemorrhagic|frontal|parietal|temporal)\s+contusions?	other_cause
motor_weakness	re:(?:brain|cerebral)\s+(?:tumou?rs?|mass|masses|neoplasms?|metastas[ie]s)	other_cause
motor_weakness	re:glioblastoma|glioma	other_cause
# A tendon torn or ruptured weakens what it moves ("weak into plantarflexion" after an
# Achilles rupture, quadriceps weakness after a patellar tendon rupture, a rotator cuff tear).
motor_weakness	re:(?:tendon|achilles|quadriceps|quad|patellar|rotator\s+cuff|biceps|triceps|hamstrings?|supraspinatus|pectoralis|gastrocnemius)\s+(?:tendon\s+)?(?:ruptures?|ruptured|tears?|torn|avulsions?|avulsed)|(?:ruptured|torn|avulsed)\s+(?:\w+\s+)?(?:tendons?|rotator\s+cuff|hamstrings?)	other_cause
motor_weakness	re:\w*myositis	other_cause
motor_weakness	multiple sclerosis	other_cause
motor_weakness	cerebral palsy	other_cause
motor_weakness	re:radiculopath\w*|radicular|sciatica	own_cause
motor_weakness	re:nerve\s+roots?|root\s+(?:compression|impingement|irritation)	own_cause
motor_weakness	re:(?:femoral|peroneal|sciatic|tibial|obturator)\s+(?:nerve|neuropath\w*)|(?:lumbar|lumbosacral)\s+plexopath\w*	own_cause
motor_weakness	re:(?:disc|disk)\s+(?:herniation|protrusion|extrusion)|herniated\s+(?:nucleus|disc|disk)	own_cause
motor_weakness	re:(?:foraminal|lateral\s+recess)\s+stenosis	own_cause
motor_weakness	motor deficit
motor_weakness	motor deficits
motor_weakness	focal weakness
motor_weakness	local weakness
motor_weakness	re:full[-\s]strength\s+(?:formula|feeds?|feedings?|betadine|povidone|iodine|solution|peroxide|hydrogen\s+peroxide|bleach|juice|milk|tylenol|acetaminophen|aspirin|dose|doses|saline|vinegar|contrast)\b	not
motor_weakness	re:(?:leg|le|ble)\s+(?:numbness|tingling|pain)\s+(?:or|and|/)\s+weakness
# A list of the arm's symptoms ("right upper extremity pain, paresthesias, weakness"): a
# root's weakness, cervical by the limb. (The leg's longer lists are left out: in MTSamples
# "lower extremity paresthesia and weakness" was a cord's.)
motor_weakness	re:(?:arm|ue|bue|rue|lue|upper\s+extremity)\s+(?:(?:numbness|tingling|pain|paresthesias?)(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:or|and|/)\s+)){1,3}weakness
motor_weakness	motor weakness
motor_weakness	re:weakness\s+(?:to|on|with)\s+(?:individual\s+|manual\s+|formal\s+)?muscle\s+testing
motor_weakness	re:{MOTOR_SENSORY_DEFICITS}
motor_weakness	re:{SENSORY_MOTOR_DEFICITS}
motor_weakness	re:{DEFICITS_ON_TESTING}
# The weak part named before the word, a leg or the foot and ankle its roots move ("left
# foot weakness", "R ankle weakness", "great toe weakness").
motor_weakness	re:(?:(?:left|right|l|r|bilateral|bilat)\s+)?(?:legs?|lower\s+extremit(?:y|ies)|le|ble|lle|rle|foot|feet|ankles?|(?:great\s+)?toes?)\s+weakness
motor_weakness	re:weakness\s+(?:in|of|involving|affecting)\s+(?:the\s+|his\s+|her\s+|both\s+|either\s+|a\s+|one\s+)?(?:(?:arms?|hands?|upper\s+extremit(?:y|ies))\s+(?:and|or|&)\s+(?:the\s+|his\s+|her\s+)?)?(?:(?:left|right|l|r|bilateral)\s+)?(?:legs?|lower\s+extremit(?:y|ies)|lle|rle|ble|foot|feet|ankles?|great\s+toe)
# Strength said low, with the leg after it ("decreased strength in the left leg", "diminished
# strength of the right lower extremity"), as "weakness in the left leg" is read; and strength
# said not lost ("no loss of muscle tone or strength"), as "strength is normal" is.
motor_weakness	re:(?:decreased|diminished|reduced|impaired|poor|loss\s+of|lost)\s+(?:muscle\s+|motor\s+)?strength\s+(?:in|of|involving|affecting)\s+(?:the\s+|his\s+|her\s+|both\s+|either\s+)?(?:(?:left|right|l|r|bilateral)\s+)?(?:legs?|lower\s+extremit(?:y|ies)|lle|rle|ble|foot|feet|ankles?|great\s+toe)
motor_weakness	re:(?:no|without)\s+(?:\w+\s+)?loss\s+of\s+(?:muscle\s+|motor\s+)?(?:(?:tone|bulk)\s+(?:or|and|/)\s+)?strength	negated
# Weakness in a review of systems' list of sensory symptoms of the limbs ("denies any
# numbness or weakness of her extremities", "no numbness, weakness or tingling to his
# extremities", "weakness or paresthesias in extremities"): the limbs are the legs too, as
# the numbness of the same list is (leg_paresthesia above). Not "of all four extremities",
# a quadriparesis (the `not` line above).
motor_weakness	re:(?:(?:numbness|tingling|paresthes\w*|parasthes\w*)\s*(?:,|or|and|/|&)\s*(?:(?:or|and)\s+)?){0,3}(weakness)(?:\s*(?:,|or|and|/|&)\s*(?:(?:or|and)\s+)?(?:numbness|tingling|paresthes\w*|parasthes\w*)){0,3}\s+(?:of|in|to|involving)\s+(?:(?:his|her|the|their|your|both|either)\s+)?(?:extremities|limbs)\b
# Weakness named first in a list of the leg's symptoms, the site after them ("weakness and
# numbness in the left leg", "denies weakness or tingling in the legs"), as the list with
# numbness first is read ("numbness and weakness in the left leg" gives both).
motor_weakness	re:weakness(?:\s*(?:,|or|and|/|&)\s*(?:(?:or|and)\s+)?(?:numbness|tingling|paresthes\w*|parasthes\w*|(?:decreased|diminished|reduced|altered)\s+sensation|sensory\s+(?:loss|changes?|deficits?))){1,3}\s+(?:of|in|to|involving|affecting)\s+(?:the\s+|his\s+|her\s+|their\s+|both\s+|either\s+|one\s+)?(?:(?:left|right|l|r|bilateral)\s+)?(?:legs?|lower\s+extremit(?:y|ies)|lle|rle|ble|foot|feet|ankles?)
# A named muscle or movement graded below 5/5, in the arms or the legs ("biceps 4+/5",
# "hip flexors 4/5", "EHL/EDL 4-/5", "finger flexors 4-/4-" for both sides, "ankle
# dorsiflexion 0 to 1"). One finding per muscle of a list of grades.
motor_weakness	re:{MUSCLE}(?:\s+(?:complex|muscles?|musculature))?(?:\s+(?:strength|testing|is|are|was|were|measured|graded|rated|all|both|bilaterally|on\s+the\s+(?:left|right)|in\s+the\s+(?:left|right)|left|right|l|r|bilateral))*(?:\s*:\s*|\s+)(?:[0-4](?:\s*[+-]|\s+plus|\s+minus)?\s*(?:/|\s+over\s+|\s+out\s+of\s+)\s*(?:5|five)|5\s*-\s*/\s*5|5\s+minus\s+(?:/|over|out\s+of)\s*5|[0-4]\s*[+-]?\s*(?:-|to)\s*[1-5]\s*[+-]?\s*/\s*5|4\s*[+-]?\s*/\s*4\s*[+-]?|[0-3]\s+to\s+[1-4]\s*[.;,])
# A muscle graded normal on one side and weak on the other, the muscle written once: "Ankle DF
# 5/5 R, 4/5 L", "EHL R 5/5, L 4-/5" (the second item is the weakness).
motor_weakness	re:{MUSCLE}\s*:?\s*5\s*/\s*5\s*{SIDE_WORD}\s*,\s*((?:[0-4]\s*[+-]?|5\s*-)\s*/\s*5\s*{SIDE_WORD})\b
motor_weakness	re:{MUSCLE}\s*:?\s*{SIDE_WORD}\s+5/5\s*,\s*({SIDE_WORD}\s+(?:[0-4]\s*[+-]?|5\s*-)\s*/\s*5)
# A strength table with a column a side, as rehab notes write it: "Hip flex | 5/5 | 5/5",
# "Ankle DF | 5/5 | 4+/5" (the sides are in the table's header, which no pattern reads); and
# a muscle named weak: "Hip abd weakness", "L PF weakness".
motor_weakness	re:{MUSCLE}\s*\|\s*5\s*/\s*5\s*\|\s*5\s*/\s*5	negated
motor_weakness	re:{MUSCLE}\s*\|\s*(?:5\s*/\s*5\s*\|\s*)?(?:[0-4]\s*[+-]?\s*/\s*5|5\s*-\s*/\s*5)
# ... and a second value weak after a first one weak (the other side, or a later visit: "Ankle
# DF | 4/5 | 4+/5"): the second value is its own finding, under its own column.
motor_weakness	re:{MUSCLE}\s*\|\s*(?:[0-4]\s*[+-]?\s*/\s*5|5\s*-\s*/\s*5)\s*\|\s*((?:[0-4]\s*[+-]?\s*/\s*5|5\s*-\s*/\s*5))
motor_weakness	re:{MUSCLE}\s+weak(?:ness)?\b

# The diagnosis named.
radiculopathy	radiculopathy
radiculopathy	radiculopathies
radiculopathy	polyradiculopathy
radiculopathy	polyradiculopathies
radiculopathy	sciatic pain
# The nerve named with the pain ("left sciatic nerve pain", "pain along the sciatic nerve
# distribution"), as "sciatic pain" is; the nerve alone (an operation that protects it) is
# none.
radiculopathy	sciatic nerve pain
radiculopathy	re:pain\s+(?:(?:runs|running|goes|going|radiates|radiating|travels|traveling|shoots|shooting|extends|extending)\s+)?(?:along|down|in|following)\s+(?:the\s+)?(?:(?:course|path|distribution)\s+of\s+(?:the\s+)?)?(?:(?:left|right)\s+)?sciatic\s+nerve(?:\s+distribution)?
radiculopathy	pinched nerve
radiculopathy	re:pinch(?:es|ing|ed)?\s+(?:the|a|his|her)\s+nerve
radiculopathy	radiculitis
radiculopathy	radicular syndrome
# An assessment's word for nerve root signs: "mechanical LBP without radicular involvement",
# "no radicular features", "a radicular component to her pain".
radiculopathy	re:radicular\s+(?:involvement|component|features?|signs?|findings?|pattern)
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
# The roots read free ("The traversing and exiting nerve roots are free of compression").
radiculopathy	re:nerve\s+roots?\s+(?:are|is|were|was|remain)\s+(?:free\s+of|without)\s+(?:compression|impingement|displacement)	negated
radiculopathy	nerve root impingement
radiculopathy	re:(?:radicular|root)\s+(?:impingement|compression|encroachment)
# A root compressed, displaced or encroached on by imaging. A root a disc only contacts or
# abuts is not compressed (radiologists say so when there is no mass effect): no finding.
radiculopathy	re:(?:compress\w*|imping\w*|displac\w*|encroach\w*|effac\w*)\s+(?:on\s+|upon\s+)?(?:the\s+)?(?:\w+\s+){0,3}nerve\s+roots?
radiculopathy	re:(?:impingement|compression|irritation)\s+(?:of|at|on)\s+(?:the\s+)?(?:(?:left|right|bilateral|traversing|exiting|l|r|b)\s+){0,3}(?:(?:c[1-8]|t[1-9]|t1[0-2]|l[1-5]|s[1-3])\s+(?:nerve\s+)?roots?|nerve\s+roots?)
radiculopathy	re:(?:l[1-5]|s1)\s+(?:nerve\s+)?root\s+(?:impingement|compression|irritation)
# The operation's or the image's own finding, said root first ("the S1 nerve root was now
# visualized and found to be displaced dorsally", "the traversing L5 root was severely
# compressed", "the nerve root was noted to be under significant tension"), and tension or
# mass effect on a root. The words between are a closed list, so a root "not compressed"
# or "decompressed" is never this phrase (a denial stays a cue of its own).
@define NERVE_ROOT (?:nerve\s+roots?|(?:l[1-5]|s[1-3])\s+roots?)
@define FOUND_TO_BE (?:(?:now|then|also|clearly)\s+)?(?:(?:noted|found|seen|visualized|identified|observed|exposed)\s+(?:and\s+(?:noted|found|seen)\s+)?to\s+be\s+|(?:visualized|identified|exposed|seen)\s+and\s+(?:noted|found)\s+to\s+be\s+)
@define ROOT_DEGREE (?:severely|markedly|significantly|moderately|mildly|clearly|somewhat|quite|very|still|badly)
radiculopathy	re:{NERVE_ROOT}\s+(?:is|was|are|were)\s+(?:{FOUND_TO_BE})?(?:{ROOT_DEGREE}\s+)?(?:compressed|displaced|impinged|tented|flattened|stretched|entrapped|trapped|pinched|under\s+(?:(?:some|significant|marked|considerable|severe|moderate|mild|great|a\s+lot\s+of)\s+)?tension)
radiculopathy	re:(?:tension|mass\s+effect)\s+(?:up)?on\s+(?:the\s+)?(?:(?:left|right|bilateral|traversing|exiting|descending|l[1-5]|s[1-3]|and|,)\s+){0,5}{NERVE_ROOT}

# A normal examination reports the sign absent (`negated`): the phrase is its own cue.
# The words between the item and "normal" are a closed list, so "reflexes are decreased
# but symmetric" or "strength is 4/5" never read as normal.
slr_sign	re:(?:straight\s+leg\s+(?:rais|lift)\w*|\bslrs?|slump)(?:\s+(?:tests?|testing|maneuvers?|signs?|exam(?:ination)?))?(?:\s+(?:is|was|are|were))?\s+(?:normal|unremarkable|within\s+normal\s+limits|wnl)	negated
# Raised to a full 90 degrees with nothing reported after ("straight leg raising to 90
# degrees bilaterally."): a normal range is a negative sign. A lower angle stays a finding
# ("SLR to 40 degrees on the right"), and so does any pain told after the angle.
slr_sign	re:(?:straight\s+leg\s+rais\w*|slrs?)\s+(?:(?:is|was|are|were|to)\s+){0,2}90\s*degrees(?:\s+(?:bilaterally|on\s+the\s+(?:left|right)|on\s+both\s+sides|in\s+both\s+legs))?\s*[.;]	negated
# An active straight leg raise against resistance tests the hip flexors, not the root.
slr_sign	re:active\s+straight\s+leg\s+rais\w*	not
# Straight leg raises done as an exercise are no test either: the quadriceps and hip
# flexor strengthening of a home program or a session's therapeutic exercise, written with
# its dose ("SLR x 10", "SLR 3x10", "straight leg raises 2 x 15 with 2# ankle weight"), as
# a variant ("4-way SLR", "sidelying SLR") or beside other exercises ("quad sets, SLR,
# heel slides"). A test's angle or grade is no dose ("SLR positive at 45 degrees").
@define SLR_WORD (?:straight\s+leg\s+rais\w*|slrs?)
@define EXERCISE_WEIGHT \d+(?:\.\d+)?\s*(?:#|lbs?\b|pounds?\b|kg\b)
@define EXERCISE_DOSE (?:(?:\d+\s*)?x\s*\d+|\d+\s*(?:reps?|repetitions|sets)\b|{EXERCISE_WEIGHT}|(?:with\s+|w/\s*)(?:an?\s+)?(?:{EXERCISE_WEIGHT}\s*)?(?:(?:ankle|cuff)\s+)?(?:weights?|wts?)\b|(?:with\s+|w/\s*)(?:an?\s+)?{EXERCISE_WEIGHT}|with\s+(?:an?\s+)?quad(?:riceps)?\s+sets?)
@define EXERCISE_NAME (?:quad(?:riceps)?\s+sets?|glute(?:al)?\s+sets?|heel\s+slides?|bridg(?:es|ing)|clam\s*shells?|ankle\s+pumps?|(?:short|long)\s+arc\s+quads?|saqs?|laqs?|hamstring\s+curls?)
slr_sign	re:{SLR_WORD}(?:\s*[(:]\s*|\s+){EXERCISE_DOSE}	not
slr_sign	re:(?:(?:4|four)[-\s]?way|side[-\s]?lying)\s+{SLR_WORD}	not
slr_sign	re:{EXERCISE_NAME}(?:\s*\(?\s*(?:\d+\s*)?x\s*\d+\s*\)?)?\s*(?:,|and|&|/)\s*(?:and\s+)?{SLR_WORD}	not
slr_sign	re:{SLR_WORD}\s*(?:,|and|&|/)\s*(?:and\s+)?{EXERCISE_NAME}	not
slr_sign	re:(?:normal|unremarkable)\s+(?:straight\s+leg\s+(?:rais|lift)\w*|slrs?|slump\s+test)	negated
slr_sign	re:(?:straight\s+leg\s+(?:rais|lift)\w*|slrs?)(?:\s+(?:tests?|testing|performed|done|completed|bilaterally|on\s+the\s+(?:left|right)|is|was|are|were|to|of|at|about|approximately|\d{2,3}|degrees?|deg|l|r|b|b/l)){0,8}\s+without\s+(?:any\s+)?(?:(?:low\s+|lower\s+)?back\s+|leg\s+|radiating\s+|radicular\s+)?(?:pain|symptoms|sx|discomfort|complaints?)	negated
# Raised with no symptom brought on, the words of a rehab note: "SLR 70 deg L, tight
# hamstrings, no sx reproduction", "SLR to 80 degrees with no reproduction of symptoms".
slr_sign	re:(?:straight\s+leg\s+rais\w*|slrs?)\b[^.;()]{0,40}?\b(?:no|without)\s+(?:(?:sx|symptoms?|pain|radicular\s+(?:sx|symptoms?|pain))\s+(?:reproduction|reproduced|provoked|elicited)|reproduction\s+of\s+(?:(?:his|her|the|any)\s+)?(?:sx|symptoms?|pain|radicular\s+(?:sx|symptoms?|pain)))	negated
slr_sign	re:(?:straight\s+leg\s+rais\w*|slrs?)(?:\s+(?:tests?|testing|bilaterally|bilat|b/l|b|l|r|left|right|on\s+the\s+(?:left|right)|(?:is|was|are|were)|now|negative|(?:(?:to|at)\s+)?\d{2,3}\s*(?:degrees|deg|\x{00B0})?))*\s*,?\s+(?:limited\s+(?:only\s+)?by\s+(?:(?:tight|tightness\s+of\s+the|the)\s+)?(?:hamstrings?(?:\s+tightness)?|tightness))	negated
# ... or negative after its angle and side, set off by a comma ("SLR 80 deg bilat, neg."), or
# drawing only on the hamstrings ("SLR (B) 70 deg, tight hamstrings only").
slr_sign	re:{SLR_WORD}\s*:?\s*(?:\(?(?:l|r|b|left|right|bilat\w*|b/l)\)?\s+)?(?:to\s+)?\d{2,3}\s*(?:deg(?:rees)?|\x{00B0})?(?:\s+(?:bilat\w*|b/l|b|l|r|left|right))?\s*,\s*(?:neg(?:ative)?|-ve|\(-\))\b	negated
slr_sign	re:{SLR_WORD}\b[^.;]{0,30}?,\s*(?:tight\s+)?hamstrings?(?:\s+tightness)?\s+only	negated
# A raise that does not bring the leg pain back: "seated straight leg raise does not reproduce
# leg pain".
slr_sign	re:{SLR_WORD}\b[^.;]{0,40}?\b(?:does|did)\s+not\s+(?:reproduce|produce|cause|elicit|provoke|recreate)\s+(?:any\s+|his\s+|her\s+|the\s+)?(?:leg|radicular|radiating|lower\s+extremity|sciatic)\s+(?:pain|symptoms|sx)	negated
# A list of special tests with one result for all ("SLR, FABER and Patrick's tests are
# negative", "SLR, slump, FADIR: all negative", "negative straight leg raise, FABER, and slump
# tests"): the result reaches every item, where a postposed "negative" stops at a comma so as
# not to deny the item of another clause. Only tests of the back, the hip and the sacroiliac
# joints make the list, so the result cannot reach a finding of another kind. The raise (or
# slump) is the finding; the list and the result are context. Known limit: a first item
# called positive before the others' one result ("Positive SLR, slump and FABER negative")
# is read as denied too (an expression cannot look behind its start).
@define SLR_FAMILY (?:(?:crossed|contralateral|seated|sitting|supine|well[\s-]leg)\s+)?(?:{SLR_WORD}|slump)
@define SPECIAL_TEST (?:{SLR_FAMILY}|faber|fabere|fadir|patrick'?s|gaenslen'?s|femoral\s+(?:nerve\s+)?(?:stretch|tension)|prone\s+knee\s+bend(?:ing)?|thigh\s+thrust|sacral\s+thrust|si\s+(?:compression|distraction|provocation)|(?:sacroiliac\s+)?(?:compression|distraction)|piriformis|stork|hoover'?s|kernig'?s|brudzinski'?s|lasegue'?s|bragg?ard'?s|waddell'?s|thomas|ober'?s|ely'?s|trendelenburg)(?:\s+(?:tests?|signs?|maneuvers?))?
slr_sign	re:({SLR_FAMILY})(?:\s+(?:tests?|signs?|maneuvers?))?(?:\s*(?:,|/|&|\band\b)\s*(?:and\s+)?{SPECIAL_TEST})+\s*:?\s*(?:(?:are|were|is|was)\s+)?(?:all\s+|both\s+)?(?:negative|neg|normal|unremarkable)\b	negated
slr_sign	re:(?:negative|neg)\s+(?:{SPECIAL_TEST}\s*(?:,|/|&|\band\b)\s*(?:and\s+)?)+({SLR_FAMILY})	negated
# Waddell's distraction test names the raise without a result of its own ("a discrepancy
# between the supine and seated straight leg raise"): a nonorganic sign, not the SLR.
slr_sign	re:(?:discrepancy|difference|inconsistenc\w+|discordan\w+|disparity)\s+(?:between|in)\s+(?:the\s+)?(?:supine|seated|sitting)\s+(?:and|vs\.?|versus)\s+(?:the\s+)?(?:supine|seated|sitting)\s+(?:straight\s+leg\s+rais\w*|slrs?)	not
# ... or by back pain without pain in the leg: "Straight leg raise is limited by back pain
# bilaterally at forty degrees without radicular pain".
slr_sign	re:(?:straight\s+leg\s+rais\w*|slrs?)(?:\s+(?:tests?|testing|bilaterally|bilat|b/l|on\s+the\s+(?:left|right)|(?:is|was|are|were)))*\s*,?\s+limited\s+(?:only\s+)?by\s+(?:low\s+|lower\s+)?back\s+pain\b(?:[^.;]{0,40}?\b(?:without|no)\s+(?:radicular|radiating|leg)\s+(?:pain|symptoms|sx))?	negated
slr_sign	re:(?:straight\s+leg\s+rais\w*|slrs?)(?:\s+(?:tests?|testing|bilaterally|on\s+the\s+(?:left|right)|(?:is|was|are|were)))*(?:\s*:?\s*(?:l|r|lt|rt|left|right)(?:\s+at\s+\d{2,3}\s*(?:degrees|deg))?)?\s+(?:produces|produced|causes|caused|elicits|elicited|evokes|evoked|reproduces|reproduced|results\s+in|with)\s+(?:only\s+(?:low\s+|lower\s+)?back\s+pain|(?:low\s+|lower\s+)?back\s+(?:(?:and|&|/)\s+buttock\s+)?pain\s+(?:only|without\s+(?:radiation|radicular\s+\w+|leg\s+pain)))	negated
# Raising the leg causes back pain and nothing more, the sentence ending there or saying
# nothing reached the leg: a negative SLR however far the leg rose ("SLR to 30 degrees causing
# the patient severe back pain.", "... produced only low back discomfort, with no complaints
# below the knee").
slr_sign	re:(?:straight\s+leg\s+rais\w*|slrs?)\b[^.;:]{0,50}?\b(?:causing|causes|caused|produc\w+|elicit\w*|evok\w+|reproduc\w+)\s+(?:(?:the\s+)?patient(?:'s)?\s+|him\s+|her\s+)?(?:(?:severe|some|mild|moderate|significant|increased|only)\s+)?(?:low(?:er)?\s+)?back\s+(?:pain|tightness|discomfort)(?:\s+only)?(?:\s+(?:at\s+\d{2,3}\s*(?:degrees|deg)|on\s+both\s+sides|bilaterally|on\s+the\s+(?:left|right)))*(?:\s*(?:[.;]|$)|\s*,?\s+(?:and\s+|with\s+)?(?:no|without)\s+(?:radiat\w+|radicular|leg\s+(?:pain|symptoms)|(?:complaints?|symptoms?|pain)\s+(?:below|distal|into)))	negated
# (The grade must end there: "Reflexes: 2/3 in UE" is a right-left pair that differs, not a
# normal "2".)
reflex_deficit	re:((?:(?:deep\s+)?tendon\s+reflexes|reflexes|dtr(?:'?s)?|(?:patellar|achilles|knee|ankle|biceps|triceps|brachioradialis)(?:\s+and\s+(?:patellar|achilles|knee|ankle|biceps|triceps|brachioradialis))?\s+(?:reflexes|jerks))(?:\s+(?:at|in)\s+(?:the\s+|both\s+)?(?:ankles?|knees?|achilles|patellae?|patellas|biceps|triceps|brachioradialis|bles?|lower\s+extremities|upper\s+extremities)(?:(?:\s*,\s*|\s+)(?:and\s+)?(?:the\s+)?(?:ankles?|knees?|achilles|patellae?|patellas|biceps|triceps|brachioradialis|bles?|lower\s+extremities|upper\s+extremities))*)?(?:\s*:\s*|\s+(?:are\s+|were\s+|is\s+|was\s+)?)(?:2\+|\+2|2\s+plus|2|(?:2\+?|\+2)\s*/\s*(?:2\+?|\+2|4\+?|iv))(?:\s+(?:and|&)\s+(?:symmetric(?:al)?|equal))?)(?:[^/\d+]|$)	negated
reflex_deficit	re:(?:deep\s+tendon\s+reflexes|reflexes|dtr(?:'?s)?|(?:(?:knee|ankle|patellar|achilles|biceps|triceps)\s+(?:and\s+|&\s+)?)+(?:jerks|reflexes))(?:\s*:\s*|\s+(?:are\s+|were\s+|is\s+|was\s+)?)(?:normal|symmetric(?:al)?|intact|physiologic|brisk|equal|equal\s+and\s+symmetric(?:al)?|normal\s+and\s+symmetric(?:al)?|brisk\s+and\s+symmetric(?:al)?|within\s+(?:the\s+)?normal\s+limits|wnl|unremarkable|(?:active|present)\s+and\s+(?:symmetric(?:al)?|equal)|present\s+(?:and\s+equal\s+)?bilaterally)	negated
reflex_deficit	re:(?:normal|symmetric(?:al)?|2\+|\+2|physiologic|intact|equal)(?:\s+(?:and|&)\s+(?:symmetric(?:al)?|equal))?\s+(?:(?:deep\s+)?tendon\s+|(?:knee|ankle|patellar|achilles|biceps|triceps|brachioradialis)\s+)?(?:reflexes|jerks|dtr'?s)	negated
# A list of normal exam items ending in the reflexes ("normal strength, tone, sensation
# and deep tendon reflexes"); the same list for sensation and strength below.
reflex_deficit	re:normal\s+(?:(?:muscle\s+)?(?:bulk|tone|strength|power|sensation|coordination|gait|station|posture)\s*(?:,|and|&)\s*(?:and\s+)?){1,6}(?:deep\s+tendon\s+)?reflexes	negated
# The legs an exam statement names before its result ("Sensory exam of the lower extremities
# is normal", "Motor examination of both legs is intact"), as a result after them is read.
@define OF_THE_LEGS (?:\s+(?:of|in)\s+(?:the\s+|both\s+)?(?:bilateral\s+)?(?:lower\s+extremities|lower\s+limbs|legs|bles|les))?
sensory_deficit	re:(?:sensation|sens|sensory(?:\s+exam(?:ination)?)?|light\s+touch(?:\s+sensation)?|pinprick(?:\s+sensation)?|sensation\s+to\s+(?:light\s+touch|pinprick)(?:\s+and\s+(?:light\s+touch|pinprick))?){OF_THE_LEGS}(?:\s*:\s*,?\s*|\s+(?:is\s+|was\s+|are\s+|were\s+|appears\s+|appeared\s+|seems\s+|seemed\s+|remains\s+)?(?:to\s+be\s+)?)(?:grossly\s+|fully\s+|largely\s+)?(?:no\s+(?:focal\s+)?(?:abnormalit(?:y|ies)|deficits?)(?:\s+(?:noted|seen|found|detected|appreciated))?|intact|normal|good|preserved|symmetric(?:al)?|within\s+(?:the\s+)?normal\s+limits|wnl|unremarkable)	negated
sensory_deficit	re:(?:intact|normal|good|full)\s+(?:light\s+touch\s+|pinprick\s+)?sensation	negated
sensory_deficit	re:(?:intact|normal|good)\s+(?:light|fine|soft)\s+touch	negated
# The modalities listed, then normal ("touch, pin and vibration sensations are normal",
# "light touch and pinprick testing intact", "sensation to touch was normal"); a list
# opens with touch or pinprick, so that a vital sign's "temperature normal" is none (and the
# expression is not tried wherever "spine" holds a "pin").
sensory_deficit	re:(?:light\s+touch|soft\s+touch|touch|pinprick|pin\s+prick)(?:\s*(?:,|and|/|&)\s*(?:and\s+)?(?:light\s+touch|soft\s+touch|touch|pin(?:prick)?|vibrat\w*|proprioception|position(?:al)?(?:\s+sense)?|temperature|sharp(?:\s+and\s+dull)?|dull)){0,4}\s+(?:sensations?\s+|sense\s+|testing\s+)(?:is\s+|was\s+|are\s+|were\s+)?(?:grossly\s+)?(?:intact|normal)	negated
# Vibration, proprioception or joint position sense, alone or first in the list, then
# normal ("Joint position sense is intact", "Position and vibratory sense was normal",
# "vibration intact and symmetric", "good vibratory and positional sense"): the sensory
# exam done and normal. (Their loss, mostly a neuropathy's, is not read as a deficit.)
@define LARGE_FIBRE_SENSE (?:vibrat\w*|proprioception|proprioceptive|(?:joint\s+)?position(?:al)?\s+sense)
@define LARGE_FIBRE_LIST (?:\s*(?:,|and|/|&)\s*(?:and\s+)?(?:vibrat\w*|proprioception|proprioceptive|(?:joint\s+)?position(?:al)?(?:\s+sense)?|light\s+touch|soft\s+touch|pinprick|temperature)){0,4}(?:\s+(?:senses?|sensations?))?
sensory_deficit	re:(?:(?:joint\s+)?position(?:al)?\s+(?:and|&|/)\s+)?{LARGE_FIBRE_SENSE}{LARGE_FIBRE_LIST}\s+(?:is\s+|was\s+|are\s+|were\s+|appears\s+(?:to\s+be\s+)?)?(?:grossly\s+|fully\s+)?(?:intact|normal|preserved)	negated
sensory_deficit	re:(?:good|intact|normal|preserved)\s+{LARGE_FIBRE_SENSE}{LARGE_FIBRE_LIST}	negated
sensory_deficit	re:sensation\s+to\s+(?:light\s+)?touch\s+(?:is\s+|was\s+)?(?:grossly\s+)?(?:intact|normal)	negated
sensory_deficit	re:intact\s+(?:lt|pp|vib|temp|prop)(?:\s*/\s*(?:lt|pp|vib|temp|prop))+	negated
# The same abbreviations first: "PROP/VIB intact", "PP and LT intact", "No deficit to PP/VIB", "no deficits to
# LT/PP/VIB/PROP".
sensory_deficit	re:(?:lt|pp|vib|temp|prop)(?:\s*(?:/|,|&|and)\s*(?:and\s+)?(?:lt|pp|vib|temp|prop))+\s+(?:is\s+|are\s+|was\s+|were\s+)?(?:grossly\s+)?intact	negated
sensory_deficit	re:no\s+deficits?\s+to\s+(?:lt|pp|vib|temp|prop)(?:\s*/\s*(?:lt|pp|vib|temp|prop))+	negated
# Other normal wordings: "sensations are intact to light touch", "sensation testing of light
# touch and pinprick was intact", "no loss of sensation".
sensory_deficit	re:sensations\s+(?:are\s+|were\s+)?(?:grossly\s+)?intact	negated
sensory_deficit	re:sensation\s+testing\b[^.;]{0,50}?\b(?:was|is|were|are)\s+(?:grossly\s+)?(?:intact|normal)	negated
sensory_deficit	re:no\s+(?:focal\s+|appreciable\s+|objective\s+)?loss\s+of\s+sensation	negated
@define EXAM_PART (?:motor|strength|power|sensation|sensory|reflexes|dtr'?s|coordination|coord|gait|station|tone|bulk|cerebellar|light\s+touch|pinprick|pin\s+prick|temperature|vibration|proprioception)(?:\s+(?:exam(?:ination)?s?|testing))?
@define EXAM_JOIN \s*(?:,|/|and|&)\s*(?:and\s+)?
@define EXAM_NORMAL \s*:?\s*(?:(?:were|are|is|all|were\s+all|are\s+all|appear|appears|appeared|seem|seems|seemed|reportedly)\s+)*(?:(?:grossly|fairly|essentially|entirely|completely|otherwise|quite)\s+)?(?:within\s+(?:the\s+)?normal\s+limits|wnl|unremarkable|normal|intact|nonfocal|equal|symmetric(?:al)?|preserved)
# The root levels screened and found normal, as rehab notes write it: "Myotomes intact
# L2-S1 bilaterally", "Myotomal testing WNL", "Myotomes 5/5 throughout", "Dermatomes intact
# to light touch", "Sensation to LT intact B LE".
motor_weakness	re:myotom(?:es|al)(?:\s+(?:testing|screen(?:ing)?|exam(?:ination)?|strength))?(?:\s+(?:l[1-5]|t1[0-2])\s*(?:-|to|through|thru)\s*(?:l[1-5]|s[12]))?(?:{EXAM_NORMAL}|\s*:?\s*(?:(?:are|is|were|was)\s+)?(?:graded\s+|tested\s+(?:at\s+)?)?(?:grossly\s+)?5\s*/\s*5)	negated
sensory_deficit	re:dermatom(?:es|al)(?:\s+(?:testing|screen(?:ing)?|exam(?:ination)?|sensation))?(?:\s+(?:l[1-5]|t1[0-2])\s*(?:-|to|through|thru)\s*(?:l[1-5]|s[12]))?{EXAM_NORMAL}	negated
sensory_deficit	re:sensation\s+to\s+(?:lt|pp|light\s+touch|pinprick)(?:\s*(?:,|and|/|&)\s*(?:lt|pp|light\s+touch|pinprick))?\s*:?\s*(?:(?:is|was|are|were)\s+)?(?:grossly\s+)?(?:intact|normal|wnl)	negated
# An exam written as a list of its parts with one normal word for all ("strength,
# sensation, coordination and reflexes all within normal limits", "Motor/Sensory/Gait:
# unremarkable"): each part the list names is normal. Nerve conduction "motor and sensory
# responses" are not a list of exam parts (they end in another noun).
sensory_deficit	re:(?:(?:{EXAM_PART}{EXAM_JOIN})+(?:sensation|sensory)(?:\s+(?:exam(?:ination)?s?|testing))?(?:{EXAM_JOIN}{EXAM_PART})*|(?:sensation|sensory)(?:\s+(?:exam(?:ination)?s?|testing))?(?:{EXAM_JOIN}{EXAM_PART})+){EXAM_NORMAL}	negated
motor_weakness	re:(?:(?:{EXAM_PART}{EXAM_JOIN})+(?:motor|strength|power)(?:\s+(?:exam(?:ination)?s?|testing))?(?:{EXAM_JOIN}{EXAM_PART})*|(?:motor|strength|power)(?:\s+(?:exam(?:ination)?s?|testing))?(?:{EXAM_JOIN}{EXAM_PART})+){EXAM_NORMAL}	negated
reflex_deficit	re:(?:(?:{EXAM_PART}{EXAM_JOIN})+(?:reflexes|dtr'?s)(?:\s+(?:exam(?:ination)?s?|testing))?(?:{EXAM_JOIN}{EXAM_PART})*|(?:reflexes|dtr'?s)(?:\s+(?:exam(?:ination)?s?|testing))?(?:{EXAM_JOIN}{EXAM_PART})+){EXAM_NORMAL}	negated
# ... and the normal word first ("Normal motor and cerebellar tests", "intact strength,
# sensation and reflexes").
@define PRE_NORMAL (?:normal|intact|unremarkable)\s+
sensory_deficit	re:{PRE_NORMAL}(?:{EXAM_PART}{EXAM_JOIN})+(?:sensation|sensory)(?:\s+(?:exam(?:ination)?s?|tests?|testing))?|{PRE_NORMAL}(?:sensation|sensory)(?:\s+exam(?:ination)?s?)?(?:{EXAM_JOIN}{EXAM_PART})+	negated
motor_weakness	re:{PRE_NORMAL}(?:{EXAM_PART}{EXAM_JOIN})+(?:motor|strength|power)(?:\s+(?:exam(?:ination)?s?|tests?|testing))?|{PRE_NORMAL}(?:motor|strength|power)(?:\s+exam(?:ination)?s?)?(?:{EXAM_JOIN}{EXAM_PART})+(?:\s+(?:tests?|testing|exam(?:ination)?s?))?	negated
reflex_deficit	re:{PRE_NORMAL}(?:{EXAM_PART}{EXAM_JOIN})+(?:reflexes|dtr'?s)|{PRE_NORMAL}(?:reflexes|dtr'?s)(?:{EXAM_JOIN}{EXAM_PART})+	negated
# Ankle jerks 1+ told symmetric after a comma, beside 2+ knees ("Patellar reflexes 2+ and Achilles
# reflexes 1+, symmetric"): symmetric 1+ is no deficit.
reflex_deficit	re:(?:achilles|ankle|patellar|knee)\s+(?:reflexes|jerks|dtr'?s)\s+(?:are\s+)?1\+\s*,\s*(?:and\s+)?(?:symmetric(?:al)?|equal)	not
sensory_deficit	re:normal\s+(?:(?:muscle\s+)?(?:bulk|tone|strength|power|coordination|gait|station|posture)\s*(?:,|and|&)\s*(?:and\s+)?){1,6}sensation	negated
# Motor and sensory examined together ("motor and sensory are intact", "motor strength
# and sensation within the normal limits"); the same phrase under motor_weakness below.
@define MOTOR_SENSORY_NORMAL (?:motor(?:\s+strength)?|strength)\s+(?:and|&|/)\s+(?:sensation|sensory(?:\s+exam(?:ination)?s?)?)(?:\s+(?:is|are|was|were))?\s+(?:grossly\s+)?(?:intact|normal|nonfocal|within\s+(?:the\s+)?normal\s+limits|wnl)
@define SENSORY_MOTOR_NORMAL (?:sensation|sensory(?:\s+exam(?:ination)?s?)?)\s+(?:and|&|/)\s+(?:motor(?:\s+strength)?|strength)(?:\s+(?:is|are|was|were))?\s+(?:grossly\s+)?(?:intact|normal|nonfocal|within\s+(?:the\s+)?normal\s+limits|wnl)
sensory_deficit	re:{MOTOR_SENSORY_NORMAL}	negated
sensory_deficit	re:{SENSORY_MOTOR_NORMAL}	negated
# A rehab note's manual muscle test names the grade as "strength" does: "MMT 5/5 BLE",
# "Manual muscle testing: 5/5 bilateral lower extremities".
motor_weakness	re:(?:motor\s+strength|muscle\s+strength|strength|motor(?:\s+(?:exam(?:ination)?|function))?|power|mmt|manual\s+muscle\s+test(?:ing|s)?){OF_THE_LEGS}(?:\s*:\s*,?\s*|\s+(?:is\s+|was\s+|are\s+|were\s+|appears\s+|appeared\s+|remains\s+)?(?:to\s+be\s+)?)(?:grossly\s+|approximately\s+|largely\s+)?(?:no\s+(?:focal\s+)?(?:abnormalit(?:y|ies)|deficits?|weakness)(?:\s+(?:noted|seen|found|detected|appreciated))?|\+?5\+?/5|5\s+out\s+of\s+5|normal|full|intact|unremarkable|good|excellent|adequate|satisfactory|preserved|not\s+affected|symmetric(?:al)?|within\s+(?:the\s+)?normal\s+limits|wnl|equal\s+bilaterally)(?:\s+(?:and|&)\s+(?:symmetric(?:al)?|equal))?(?:\s+(?:(?:muscle\s+)?bulk|tone|strength|power)(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)(?:(?:muscle\s+)?bulk|tone|strength|power)){0,3}(?:\s+(?:strength|power))?	negated
# ... and with the tone before it: "good muscle tone and strength", "Strength 5+/5 globally".
# Other words for a normal grade: "excellent strength", "satisfactory strength as related to
# major motor groups", "strength adequate bilaterally".
motor_weakness	re:(?:5/5|full|normal|good|excellent|adequate|satisfactory)\s+(?:motor\s+|muscle\s+)?(?:tone\s+(?:and|&)\s+)?(?:strength|power)	negated
# The rest of the groups said full after a weak one: "EHL 5-/5 on L, otherwise 5/5".
motor_weakness	re:(?:otherwise|others|remainder|rest|remaining(?:\s+(?:groups|muscles|myotomes))?)\s*(?:are\s+|is\s+)?5\s*/\s*5	negated
# The grade before "motor" alone, as emergency notes write it ("5/5 motor in all
# extremities", "5/5 motor throughout").
motor_weakness	re:5/5\s+motor\b	negated
# The legs named first, then graded: "bilateral lower extremities are grossly 5/5".
motor_weakness	re:(?:(?:bilateral|left|right)\s+)?lower\s+extremit(?:y|ies)\s*(?::\s*|\s+(?:are\s+|is\s+)?)(?:grossly\s+)?5/5	negated
# A motor exam reported by its verb: "Motor showed intact neuromuscular tone, strength, and
# coordination in all limbs".
motor_weakness	re:motor(?:\s+exam(?:ination)?)?\s+(?:showed|shows|revealed|reveals|demonstrated|demonstrates)\s+(?:intact|normal|full)\b	negated
# Normal strength with a verb between ("muscle strength is graded 5/5 in the lower
# extremities", "motor examination showed 5/5 power", "her strength was good in both legs").
motor_weakness	re:(?:motor\s+strength|muscle\s+strength|strength|motor(?:\s+exam(?:ination)?)?|power)\s+(?:is\s+|was\s+|are\s+|were\s+)?(?:graded|showed|shows|reveals|revealed|demonstrates|demonstrated)\s+(?:to\s+be\s+)?5\s*/\s*5	negated
motor_weakness	re:(?:her|his|their|the\s+patient's)\s+strength\s+(?:is|was|are|were)\s+(?:good|strong)	negated
motor_weakness	re:no\s+(?:focal\s+|motor\s+)?weakness\s+(?:\w+\s+){0,2}?(?:in|of|on|to)\s+(?:the\s+|all\s+|both\s+)?(?:(?:upper\s+and\s+)?lower\s+|bilateral\s+)?(?:extremit\w+|legs?|limbs|individual\s+muscle)	negated
motor_weakness	re:normal\s+(?:(?:muscle\s+)?(?:bulk|tone|sensation|coordination|gait|station|posture)\s*(?:,|and|&)\s*(?:and\s+)?){1,6}(?:strength|power)	negated
motor_weakness	re:(?:symmetric(?:al)?|equal|strong|full|normal)(?:\s+(?:and|&|strong|equal|symmetric(?:al)?|distal|proximal|muscle|group|motor))*\s+strength	negated
motor_weakness	re:{MOTOR_SENSORY_NORMAL}	negated
motor_weakness	re:{SENSORY_MOTOR_NORMAL}	negated
# The normal exam named first ("normal motor and sensory exam"), or the exam nonfocal for a
# list that holds strength or sensation ("Nonfocal for cranial and peripheral nervous
# systems, strength, sensation, and cerebellar function", "no focal deficits in strength or
# sensation"): the list's word is the negated finding.
@define NORMAL_MOTOR_SENSORY (?:normal|intact|nonfocal|non-focal|unremarkable)\s+(?:(?:motor|strength)\s+(?:and|&|/)\s+(?:sensory|sensation)|(?:sensory|sensation)\s+(?:and|&|/)\s+(?:motor|strength))(?:\s+(?:exam(?:ination)?s?|function))?
@define NONFOCAL_FOR (?:non-?focal|no\s+focal\s+(?:neurologic(?:al)?\s+)?deficits?)\s+(?:for|to|in|of)\s+[^.;]*?
sensory_deficit	re:{NORMAL_MOTOR_SENSORY}	negated
motor_weakness	re:{NORMAL_MOTOR_SENSORY}	negated
# ... and "without" a deficit ("Motor and sensory without asymmetry", "sensation without
# deficit in the lower extremities").
@define WITHOUT_DEFICIT \s+(?:(?:exam(?:ination)?s?|testing)\s+)?(?:(?:is|are|was|were)\s+)?without\s+(?:any\s+)?(?:focal\s+)?(?:asymmetry|deficits?|abnormalit(?:y|ies))
sensory_deficit	re:(?:(?:motor|strength)\s+(?:and|&|/)\s+)?(?:sensation|sensory){WITHOUT_DEFICIT}	negated
motor_weakness	re:(?:motor|strength)(?:\s+(?:and|&|/)\s+(?:sensation|sensory))?{WITHOUT_DEFICIT}	negated
sensory_deficit	re:{NONFOCAL_FOR}\b(sensation|sensory)\b	negated
motor_weakness	re:{NONFOCAL_FOR}\b(strength|motor|power)\b	negated
# A named muscle or movement graded 5/5 ("triceps 5/5", "EHL/EDL 5/5", "hip flexors 5 out
# of 5"), or reported strong ("grip strength is equal", "strong grip", "both elbows are
# strong"). The link words are a closed list, so "hip flexors 4/5" is never normal.
# One expression for the three wordings, so that the muscle list is one automaton.
motor_weakness	re:{MUSCLE}(?:\s+(?:complex|muscles?|musculature))?(?:(?:\s+(?:strength|testing|is|are|was|were|measured|graded|rated|all|both|bilaterally|on\s+the\s+(?:left|right)|in\s+the\s+(?:left|right)|left|right|l|r|bilateral))*(?:\s*:\s*|\s+)(?:5\s*/\s*5|5\s+(?:out\s+of|over)\s+(?:5|five))|\s+(?:strengths?|power)\s+(?:is|are|was|were)\s+(?:also\s+)?(?:strong|normal|intact|full|symmetric(?:al)?|equal)|\s+(?:is|are|was|were)\s+(?:also\s+)?strong)	negated
motor_weakness	re:(?:strong|good|normal|full|equal|symmetric(?:al)?)(?:\s+(?:and|&)\s+(?:equal|symmetric(?:al)?|strong))?\s+(?:(?:hand\s+)?grips?|hand\s+grasps?)(?:\s+strengths?)?	negated
motor_weakness	re:(?:both\s+)?(?:elbows?|knees?|ankles?|hips?|shoulders?|wrists?)\s+(?:are|is)\s+(?:also\s+)?strong	negated
motor_weakness	re:5\s*/\s*5\s+(?:strength\s+|power\s+)?(?:of|in|for|to)\s+(?:the\s+|all\s+|both\s+)?(?:(?:left|right|l|r|bilateral)\s+)?(?:(?:lower|upper)\s+extremit(?:y|ies)|legs?|arms?|bles?|bues?|lle|rle|lue|rue|extremities)	negated
# Raising the heels off the floor tests the calf (S1): "difficulty with toe raises on the
# left" is weakness. Heel and toe walking are the gait or strength screen of the exam, not
# this concept (corpora/gold g05: "heel and toe walking intact" is no finding).
motor_weakness	re:(?:unable\s+to|not\s+able\s+to|inability\s+to|cannot|can\s*not|could\s+not|difficulty\s+(?:with\s+)?)\s*(?:do\s+|perform\s+)?(?:single[-\s]leg\s+)?(?:heel|toe|calf)\s+(?:raises?|rises?)
# ... and heel or toe walking that fails, the gait screen's sign of weak dorsiflexors or calf
# ("unable to heel walk on the R", "toe walk weak L"); a foot that drags or catches as the
# patient walks is the dorsiflexors' weakness, as foot drop is ("R foot drags when tired").
# Walking on heels and toes done well is no finding (above), and "difficulty with toe
# walking" is not this sign: said of a wide-based myelopathic gait in a real note (the dev
# pool's one instance; its gold reader left it out), it is balance as much as strength.
motor_weakness	re:(?:unable\s+to|not\s+able\s+to|inability\s+to|cannot|can\s*not|could\s+not|can't)\s*(?:heel|toe)[-\s]?walk\w*
motor_weakness	re:(?:heel|toe)[-\s]?walk(?:ing)?\s+(?:(?:is|was)\s+)?(?:weak|impaired|poor|difficult|unable|abnormal)\b
motor_weakness	re:weak\s+(?:heel|toe)[-\s]?walk\w*
motor_weakness	re:(?:foot|feet|toes?)\s+(?:drags?|dragging|dragged|catch(?:es|ing)?)\b
# Moving the limbs well ("moves all extremities equally", "moving all four extremities
# without deficit", "moves both her upper extremities well", "can move her right leg
# well"). A bare "moves all extremities" is a
# gross observation (ED, unconscious patient), not a strength exam: the gold leaves it;
# so does the sentence gold a whole neurological exam's "without focal neurological deficits".
motor_weakness	re:mov(?:es|ing|ed)\s+(?:all|both)\s+(?:(?:four|4|of|his|her|the|their|upper|lower)\s+){0,3}(?:extremities|limbs|4s|fours|arms|legs)\s+(?:well|normally|equally|symmetrically|freely|without\s+difficulty|without\s+(?:any\s+)?(?:focal\s+)?(?:motor\s+)?deficits?|with\s+(?:good|full|normal)\s+strength)	negated
motor_weakness	re:mov(?:es|e|ing)\s+(?:his|her|their|the|both)\s+(?:(?:left|right|upper|lower|both)\s+){0,2}(?:legs?|arms?|extremit(?:y|ies))\s+(?:well|normally|freely|without\s+difficulty)	negated
