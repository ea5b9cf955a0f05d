# Psychogenic and muscular (multifidus) findings.
@kind findings

psychogenic_pain	psychogenic pain
psychogenic_pain	psychogenic back pain
psychogenic_pain	psychogenic low back pain
psychogenic_pain	psychogenic
psychogenic_pain	somatic symptom disorder
psychogenic_pain	somatoform pain disorder
psychogenic_pain	somatoform disorder
psychogenic_pain	pain disorder associated with psychological factors
psychogenic_pain	psychological factors
psychogenic_pain	nonorganic pain
psychogenic_pain	re:(?:pain|symptoms)\s+(?:\w+\s+){0,3}out\s+of\s+proportion
# ... said with its own denial ("pain is not out of proportion to the exam"), which the phrase
# above holds inside it.
psychogenic_pain	re:(?:pain|symptoms|complaints?)\s+(?:(?:is|are|was|were|appears?|seems?)\s+)?not\s+(?:\w+\s+)?(?:out\s+of\s+proportion|disproportionate)	negated
# Complaints measured against the findings: "pain complaints are grossly disproportionate to the
# objective findings".
psychogenic_pain	re:(?:pain|symptoms|complaints?|pain\s+behaviou?rs?)\s+(?:\w+\s+){0,3}disproportionate\s+to
psychogenic_pain	somatization disorder
psychogenic_pain	somatisation disorder
psychogenic_pain	psychosomatic
# Waddell's signs ("Waddell's signs 3/5", "nonorganic signs", or one by one: nonanatomic
# sensory loss, overreaction, superficial tenderness, regional weakness, distraction) are
# exam signs, not a psychogenic pain (gold-mtsamples change 6): they are left out on purpose,
# and so is "functional overlay" ("her neurological examination is compounded by much
# functional overlay"), the same nonorganic exam findings named as a whole.

multifidus_dysfunction	multifidus dysfunction
# The muscle named alone is no finding of it ("botulinum toxin injection into the left
# multifidus/trapezius muscles", "spasm with tight bands involving the multifidus muscle"):
# its function, as a PT or an imaging read reports it, is.
multifidus_dysfunction	re:multifid(?:us|i)\s+(?:muscles?\s+)?(?:activation|contraction|recruitment|control|firing|function|endurance|bulk|size|cross[-\s]sectional\s+area)
multifidus_dysfunction	re:(?:activation|contraction|recruitment|control|firing|function|endurance|bulk|size)\s+of\s+(?:the\s+)?(?:(?:lumbar|left|right|bilateral|deep)\s+)?multifid(?:us|i)
# ... but not an exercise that trains it, as a plan or a treatment log names one: "transversus/
# multifidus activation in neutral", "multifidus contraction in quadruped", "multifidus
# activation training".
multifidus_dysfunction	re:multifid(?:us|i)\s+(?:muscles?\s+)?(?:co-?)?(?:activation|contraction|recruitment|control|firing)\s+(?:training|exercises?|drills?|sets|progression|in\s+(?:neutral|quadruped|hook-?lying|4-point))	not
multifidus_dysfunction	multifidus atrophy
# One side's multifidus smaller than the other's ("R lumbar multifidus appears smaller than L").
multifidus_dysfunction	re:(?:(?:l|r|left|right)\s+)?(?:lumbar\s+)?multifid\w*\s+(?:(?:appears|is|was|looks|measures)\s+)?(?:smaller|thinner|reduced|decreased|diminished)\b
multifidus_dysfunction	multifidus weakness
multifidus_dysfunction	re:(?:atrophy|fatty\s+(?:infiltration|atrophy|replacement)|weakness|inhibition|dysfunction|(?:poor|impaired|delayed|decreased|reduced)\s+(?:activation|control|recruitment)|deconditioning)\s+(?:\w+\s+){0,4}multifid\w*
# ... and as an exam's label with what was seen after its colon ("Multifidus: poor activation on
# US biofeedback, R L5 worse than L").
multifidus_dysfunction	re:(?:(?:lumbar|l|r|left|right|bilateral|b)\s+)?multifid(?:us|i)\s*:\s*(?:(?:poor|impaired|delayed|decreased|reduced|diminished|absent|weak|minimal)\s+(?:activation|contraction|recruitment|control|firing|endurance)|atrophy|atrophied|inhibited|weak)
multifidus_dysfunction	re:multifid\w*\s+(?:\w+\s+){0,2}(?:atrophy|fatty\s+(?:infiltration|atrophy|replacement)|weakness|inhibition|dysfunction|asymmetry|deficit)
# A normal multifidus exam reports the dysfunction absent (the phrase is its own cue).
multifidus_dysfunction	re:multifid\w*\s+(?:\w+\s+){0,2}?(?:shows?|showed|demonstrates?|demonstrated|with|has|had|is|are)\s+(?:good\s+|normal\s+|symmetric(?:al)?\s+|intact\s+)+(?:and\s+(?:symmetric(?:al)?|normal)\s+)?(?:activation|contraction|recruitment|bulk|size)	negated
multifidus_dysfunction	re:(?:good|normal|symmetric(?:al)?|intact)\s+(?:lumbar\s+)?multifid\w*\s+(?:activation|contraction|recruitment|bulk|size)	negated

# Phrases the audit corpus (corpora/audit) relies on, first written with the audit rules.
multifidus_dysfunction	fatty infiltration of the multifidus
# Activation reported normal now, without a verb: "Multifidus activation in prone now symmetric".
multifidus_dysfunction	re:multifid\w*\s+(?:activation|recruitment|contraction)\s*:?\s+(?:(?:in|on|at|with)\s+\w+\s+)?(?:(?:is|are|was|were)\s+)?(?:now\s+)?(?:symmetric(?:al)?|normal|intact|equal)\b	negated
# The muscle's activation named first and found normal: "Activation of the left multifidus was
# normal".
multifidus_dysfunction	re:(?:activation|contraction|recruitment)\s+of\s+(?:the\s+)?(?:(?:left|right|bilateral|lumbar)\s+){0,2}multifid\w*\s+(?:is|was|are|were)\s+(?:now\s+)?(?:normal|symmetric(?:al)?|intact|good)	negated
# The muscle that cannot be made to work: "unable to activate the right lumbar multifidus".
multifidus_dysfunction	re:(?:unable|inability|difficulty|could\s+not|cannot)\s+(?:to\s+)?(?:activate|recruit|isolate|contract|fire)\s+(?:the\s+|her\s+|his\s+)?(?:(?:left|right|bilateral|lumbar|deep|l[1-5])\s+){0,3}multifid\w*
# An imaging read of the muscle as normal: "the lumbar multifidus muscles are of normal bulk and
# signal intensity", "multifidi are symmetric in size".
multifidus_dysfunction	re:multifid\w*\s+(?:muscles?\s+)?(?:are|is|was|were|appear|appears)\s+(?:of\s+)?(?:normal|symmetric(?:al)?|preserved|unremarkable)\s+(?:in\s+)?(?:bulk|size|signal|thickness|volume|cross)	negated
# ... with the level or side between: "fatty atrophy of the lower lumbar multifidus".
multifidus_dysfunction	re:(?:fatty\s+)?(?:atrophy|infiltration|replacement)\s+of\s+(?:the\s+)?(?:(?:lower|upper|lumbar|left|right|bilateral|l[1-5]|deep)\s+){0,3}multifid(?:us|i)
