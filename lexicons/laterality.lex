# Phrases that name a side. Single letters count only as whole tokens ("L leg", not L4).
@kind laterality
left	left
# A disc or a shift toward one side: "protrusion ... minimal leftward".
left	leftward
# "LT" is also light touch ("no deficits to PP/LT/VIB"): a side only before a body part.
left	re:lt\.?\s+(?:(?:low(?:er)?|upper|mid)\s+)?(?:leg|legs|arm|foot|knee|hip|side|sided|lower|upper|buttock|thigh|calf|ankle|shoulder|hand|elbow|wrist|paraspinals?|paraspinous|erector\s+spinae|quadratus\s+lumborum|ql|back|sciatica|radicul\w*|great\s+toe|heel|gluteal|ehl|edl|quad\w*|hamstrings?|gastroc\w*|tibialis|peroneal|dorsiflex\w*|plantar\s*flex\w*|achilles|patellar?|foraminal|neuroforaminal|foramen|foramina|paracentral|subarticular|lateral\s+recess)\b
# (The short ones as phrases, so that the expression keeps words of three letters or more to
# filter on.)
left	lt le
left	lt ue
left	lt si
left	lt l3
left	lt l4
left	lt l5
left	lt s1
left	lt c5
left	lt c6
left	lt c7
# After a sign's result, as "B" is ("Slump test (+) lt", "SLR neg lt").
left	re:(?:\(\+\)|\(-\)|pos(?:itive)?|neg(?:ative)?)\s+lt\b
left	l
right	right
right	rightward
right	rt
right	r
# A paired reflex grade, right then left, low on one side only: "0/2 patellae" is the right
# knee's, "2/0 ankles" the left ankle's (a side named beats the plural's implied both).
right	re:(?:0|1|trace)\s*/\s*[2-4]\+?\s+(?:at\s+(?:the\s+)?)?(?:patellae|patellas?|achilles|ankles?|knees?)\b
left	re:[2-4]\+?\s*/\s*(?:0|1|trace)\s+(?:at\s+(?:the\s+)?)?(?:patellae|patellas?|achilles|ankles?|knees?)\b
# A limb named by its side's initial: "RLE", "LLE" (right, left lower extremity), "RUE", "LUE".
left	lle
left	lue
right	rle
right	rue
bilateral	bilateral
bilateral	bilaterally
bilateral	bilat
bilateral	b/l
bilateral	both legs
bilateral	both lower extremities
bilateral	ble
bilateral	bles
bilateral	re:both\s+(?:legs|feet|thighs|calves|buttocks|sides|lower\s+extremities|knees|ankles|hips|heels|great\s+toes)
# "B LE", "B lumbar paraspinals": B alone means bilateral only before a body part, or after
# a sign's result ("SLR (-) B", "SLR neg B", "patellar 2+ B").
bilateral	(-) b
bilateral	(+) b
bilateral	neg b
bilateral	negative b
bilateral	pos b
bilateral	positive b
bilateral	intact b
bilateral	wnl b
bilateral	1+ b
bilateral	2+ b
bilateral	3+ b
bilateral	5/5 b
bilateral	re:b\s+(?:les?|lower\s+extremit(?:y|ies)|legs?|feet|lumbar|paraspinals?|si|sij|buttocks?|hips?|thighs?)
# ... and where typed notes put "B" after a test's angle or a reflex, or before a level:
# "SLR 60° B", "DTR 2+ patellar & Achilles B", "B L5 pars defects".
bilateral	° b
bilateral	deg b
bilateral	degrees b
bilateral	re:(?:achilles|patellars?|patellae|ankles?|knees?|jerks?)\s+b\b
bilateral	re:b\s+(?:l[1-5]|s1)\b
# Both sides named: "right greater than left radiculopathy", "left and right", "L>R".
bilateral	re:(?:left|right|l|r)\s*(?:greater\s+than|worse\s+than|more\s+than|>|<|and|&|or|/)\s*(?:the\s+)?(?:left|right|l|r)\b
bilateral	re:(?:\bbues?|bilateral\s+upper\s+extremities|both\s+(?:arms|hands|upper\s+extremities|elbows|shoulders|wrists|sides|lower|upper))
# Paired grades, right then left: "biceps 4+/4+", "reflexes 2+/2+". (Not "5/5" or "2/4",
# which are one grade out of a scale.)
bilateral	re:(?:0/0|1/1|2/2|3/3|4/4|1\+/1\+|2\+/2\+|3\+/3\+|4\+/4\+|3-/3-|4-/4-|5-/5-)	implied
# "Throughout" says an exam covers every limb, with no side (decision 13): "Reflexes: 2/2
# and symmetric throughout", "sensation intact throughout the upper and lower extremities".
# It yields to a side named outright and beats an implied one (a paired grade, a plural
# limb). ("Symmetric", which decision 13 names too, is left to the plural beside it: the
# real-note golds read "2+ and symmetric at the patellas" as both sides.)
none	throughout
# Abbreviations that hold a side letter but name no side: "R/O disc herniation" (rule out),
# "L/S spine" (lumbosacral), "pain r/t sitting" (related to). The side letters inside them
# are not sides.
none	r/o	not
none	l/s	not
none	r/t	not
# "L-spine" (the lumbar spine: "MRI L-spine: L4-5 broad-based disc bulge" has no side).
none	l-spine	not
# A plural limb of the patient implies both sides, unless a side is named: "numbness in
# her feet", "pain in the legs", "reflexes absent at the ankles".
bilateral	re:(?:legs|feet|thighs|calves|knees|ankles|toes|heels|buttocks|lower\s+extremities|upper\s+extremities|arms|hands|elbows|patellas|patellae|(?:ankle|knee)\s+jerks)	implied
# Arms and legs, both plural: "full strength in upper and lower extremities" (a coordinator
# inside a side phrase does not end a finding's window).
bilateral	re:(?:the\s+)?upper\s+and\s+lower\s+(?:extremities|limbs)	implied
# A limb of either side is both sides' ("denies weakness in either leg", "no pain down either leg").
bilateral	re:either\s+(?:leg|foot|thigh|calf|knee|ankle|lower\s+extremity|side)	implied
# A symptom of the (or all four) extremities is of plural limbs: "numbness of all four
# extremities", "weakness in all 4 limbs", "no numbness or tingling to his extremities"
# (decision 13 of corpora/gold-mtsamples). An exam "in all extremities" ("5/5 power in all
# extremities", "reflexes intact in all extremities") states its scope, as "throughout"
# does, and gives no side.
bilateral	re:(?:numbness|tingling|paresthesias?|dysesthesias?|weakness|pain)\s+(?:of|in|involving|to)\s+(?:(?:the|his|her|their|both)\s+)?(?:all\s+)?(?:(?:four|4)\s+)?(?:extremities|limbs)	implied
