# Red flags: findings that call for work-up rather than a nonspecific back pain code.
# Ambiguous words are tied to context: numbness in the groin, perineum or saddle is
# saddle anaesthesia (in a leg it is leg_paresthesia, radicular.lex); weakness is a
# red flag when it is progressive or new.
@kind findings

saddle_anesthesia	saddle anesthesia
saddle_anesthesia	saddle anaesthesia
saddle_anesthesia	saddle paresthesia
saddle_anesthesia	saddle paresthesias
saddle_anesthesia	saddle numbness
saddle_anesthesia	saddle area numbness
saddle_anesthesia	saddle hypoesthesia
saddle_anesthesia	saddle sensory loss
saddle_anesthesia	saddle distribution numbness
saddle_anesthesia	perineal numbness
saddle_anesthesia	perianal numbness
saddle_anesthesia	groin numbness
saddle_anesthesia	genital numbness
saddle_anesthesia	re:saddle\s+(?:area\s+|region\s+|distribution\s+)?(?:hypoesthesia|hypesthesia|anesthesia|anaesthesia|numbness|paresthesias?|sensory\s+(?:loss|changes?))
saddle_anesthesia	re:(?:numb\w*|tingl\w*|paresthes\w*|parasthes\w*|anesthesia|decreased\s+sensation|loss\s+of\s+sensation|altered\s+sensation|sensory\s+(?:loss|changes?))\s+(?:\w+\s+){0,3}(?:between\s+(?:the|her|his|their)\s+legs|saddle|groin|perineum|perineal|perianal|genitals?|genital\s+area|buttocks\s+and\s+groin|inner\s+thighs\s+and\s+groin)
saddle_anesthesia	re:(?:decreased|diminished|absent|reduced)\s+(?:perianal|perineal|saddle)\s+sensation
saddle_anesthesia	re:(?:perianal|perineal|saddle)\s+sensation\s+(?:is\s+)?(?:decreased|diminished|absent|reduced|impaired)

bowel_bladder_dysfunction	bowel or bladder
bowel_bladder_dysfunction	bowel and bladder
bowel_bladder_dysfunction	bowel/bladder
bowel_bladder_dysfunction	bladder or bowel
bowel_bladder_dysfunction	bladder and bowel
bowel_bladder_dysfunction	b/b
bowel_bladder_dysfunction	b&b
bowel_bladder_dysfunction	bowel or bladder dysfunction
bowel_bladder_dysfunction	bowel incontinence
bowel_bladder_dysfunction	fecal incontinence
bowel_bladder_dysfunction	faecal incontinence
bowel_bladder_dysfunction	urinary incontinence
bowel_bladder_dysfunction	urinary retention
bowel_bladder_dysfunction	bladder incontinence
bowel_bladder_dysfunction	incontinence
bowel_bladder_dysfunction	retention of urine
bowel_bladder_dysfunction	loss of bladder control
bowel_bladder_dysfunction	loss of bowel control
bowel_bladder_dysfunction	loss of bowel or bladder control
bowel_bladder_dysfunction	loss of bowel and bladder control
bowel_bladder_dysfunction	bladder dysfunction
bowel_bladder_dysfunction	bowel dysfunction
bowel_bladder_dysfunction	neurogenic bladder
bowel_bladder_dysfunction	difficulty urinating
bowel_bladder_dysfunction	trouble urinating
bowel_bladder_dysfunction	difficulty initiating urination
bowel_bladder_dysfunction	decreased rectal tone
bowel_bladder_dysfunction	decreased sphincter tone
bowel_bladder_dysfunction	re:(?:poor|lax|decreased|diminished|reduced|absent)\s+(?:anal\s+|rectal\s+)?(?:sphincter\s+|rectal\s+)tone
bowel_bladder_dysfunction	re:(?:bowel|bladder)\s+(?:or|and|/)\s+(?:bowel|bladder)\s+(?:changes|symptoms|problems|issues|complaints|dysfunction|incontinence)
bowel_bladder_dysfunction	re:(?:urinary|bladder|bowel)\s+(?:or|and|/)\s+(?:fecal|bowel|bladder)\s+incontinence
bowel_bladder_dysfunction	re:(?:b/b|b&b|bowel/bladder|bowel\s+(?:or|and)\s+bladder|bladder\s+(?:or|and)\s+bowel)\s+(?:incontinence|dysfunction|changes|symptoms|problems|issues|complaints|sx|retention)
bowel_bladder_dysfunction	re:(?:post[-\s]?void\s+residual\s+of\s+)[3-9]\d\d

progressive_neuro_deficit	progressive weakness
progressive_neuro_deficit	progressive numbness
progressive_neuro_deficit	progressive neurologic deficit
progressive_neuro_deficit	progressive neurological deficit
progressive_neuro_deficit	progressive neurologic deficits
progressive_neuro_deficit	progressive neurological deficits
progressive_neuro_deficit	progressive neuro deficit
progressive_neuro_deficit	progressive motor deficit
progressive_neuro_deficit	progressive deficit
progressive_neuro_deficit	progressive foot drop
progressive_neuro_deficit	progressive neurologic symptoms
progressive_neuro_deficit	progressive neurological symptoms
progressive_neuro_deficit	worsening weakness
progressive_neuro_deficit	worsening numbness
progressive_neuro_deficit	increasing weakness
progressive_neuro_deficit	new weakness
progressive_neuro_deficit	new onset weakness
progressive_neuro_deficit	new neurologic deficit
progressive_neuro_deficit	new neurological deficit
progressive_neuro_deficit	new neurologic deficits
progressive_neuro_deficit	new neurological deficits
progressive_neuro_deficit	re:(?:weakness|numbness)\s+(?:is\s+|has\s+been\s+)?(?:progressing|worsening|getting\s+worse|spreading)
progressive_neuro_deficit	re:(?:progressive|worsening|increasing)\s+(?:\w+\s+){0,2}(?:weakness|numbness|deficits?)

fever	fever
fever	fevers
fever	febrile
fever	pyrexia
fever	chills
fever	fevers and chills
fever	fever and chills
fever	fever/chills
fever	f/c
fever	rigors
fever	re:(?:temp(?:erature)?|t)\s*(?:of\s+|:\s*|=\s*)?(?:38\.[0-9]|39\.[0-9]|40\.[0-9]|10[0-3]\.[0-9]|10[1-4])\s*(?:c|f|degrees)?\b

weight_loss	weight loss
weight_loss	unexplained weight loss
weight_loss	unintentional weight loss
weight_loss	unintended weight loss
weight_loss	wt loss
weight_loss	weight change
weight_loss	weight changes
weight_loss	lost weight
weight_loss	losing weight
weight_loss	cachexia
weight_loss	cachectic
weight_loss	re:(?:lost|loss\s+of|down)\s+(?:\d+|ten|twenty|fifteen|several)\s*(?:pounds|lbs?|kg|kilograms)

cancer_history	cancer
cancer_history	cancers
# 'ca' alone only where no number follows ("Ca 9.2" is calcium in a lab panel).
cancer_history	re:\bca(?:\s*[,.;)]|\s*$)
cancer_history	carcinoma
cancer_history	malignancy
cancer_history	malignancies
cancer_history	malignant
# 'malignant' goes with what it qualifies, so "malignant melanoma" is one mention. A bare
# 'tumor' or 'neoplasm' is left out: benign tumours (pituitary adenoma) are common.
cancer_history	re:malignant\s+(?:\w+\s+)?(?:melanoma|neoplasm|tumou?r|lesion|mass|lymphoma|carcinoma|process|disease)
cancer_history	re:(?:malignant|metastatic|cancerous)\s+(?:tumou?r|neoplasm)
cancer_history	metastatic
cancer_history	re:metastatic\s+(?:\w+\s+){0,2}(?:cancer|carcinoma|ca|disease|malignancy)
cancer_history	metastases
cancer_history	metastasis
cancer_history	mets
cancer_history	lymphoma
cancer_history	leukemia
cancer_history	myeloma
cancer_history	multiple myeloma
cancer_history	melanoma
cancer_history	sarcoma
cancer_history	chemotherapy
cancer_history	chemo
cancer_history	re:(?:breast|prostate|lung|colon|renal|kidney|thyroid|bladder|pancreatic|ovarian|cervical|rectal|colorectal)\s+(?:ca|cancer|carcinoma|malignancy)

night_pain	night pain
night_pain	nocturnal pain
night_pain	pain at night
night_pain	night-time pain
night_pain	nighttime pain
night_pain	pain at rest
night_pain	rest pain
night_pain	pain wakes
night_pain	re:(?:pain\s+)?(?:wakes|woke|waking|awakens|awakened|awakening|wakens)\s+(?:him|her|them|the\s+patient|patient)?\s*(?:up\s+)?(?:from\s+sleep|at\s+night|during\s+the\s+night|in\s+the\s+night|up\s+at\s+night)
night_pain	re:(?:pain|symptoms)\s+(?:\w+\s+){0,3}(?:worse|worst|severe)\s+at\s+night
night_pain	re:(?:unrelenting|constant|unremitting)\s+(?:night(?:time)?|nocturnal)\s+pain
night_pain	re:pain\s+(?:that\s+)?(?:is\s+)?not\s+relieved\s+by\s+(?:rest|lying\s+down|position)

significant_trauma	significant trauma
significant_trauma	major trauma
significant_trauma	trauma
significant_trauma	traumatic injury
significant_trauma	motor vehicle accident
significant_trauma	motor vehicle collision
significant_trauma	mva
significant_trauma	mvc
significant_trauma	re:(?:high[-\s]speed\s+|rollover\s+)?(?:motor\s+vehicle|car|auto|motorcycle)\s+(?:accident|collision|crash)
significant_trauma	car accident
significant_trauma	auto accident
significant_trauma	fall from height
significant_trauma	fell from a ladder
significant_trauma	fall from a ladder
significant_trauma	fell off a ladder
significant_trauma	fell off a roof
significant_trauma	fell from a roof
significant_trauma	re:(?:fell|fall|fallen)\s+(?:down\s+)?(?:\d+|a\s+flight\s+of|several|two|three|four|five|ten)\s+(?:feet|ft|stairs|steps|flights?)
significant_trauma	re:(?:fell|fall|fallen|falling)\s+(?:down\s+)?(?:the\s+|a\s+flight\s+of\s+)?stairs
significant_trauma	re:(?:struck|hit)\s+by\s+(?:a\s+)?(?:car|vehicle|truck)

iv_drug_use	iv drug use
iv_drug_use	iv drug abuse
iv_drug_use	ivdu
iv_drug_use	ivda
iv_drug_use	intravenous drug use
iv_drug_use	intravenous drug abuse
iv_drug_use	injection drug use
iv_drug_use	injects drugs
iv_drug_use	injecting drugs
iv_drug_use	iv heroin
iv_drug_use	injects heroin
iv_drug_use	re:(?:iv|intravenous|injection)\s+(?:drug|heroin|opioid|substance)s?\s+(?:use|abuse|user)

immunosuppression	immunosuppression
immunosuppression	immunosuppressed
immunosuppression	immunocompromised
immunosuppression	immunosuppressive
immunosuppression	immunosuppressants
immunosuppression	immune suppression
# HIV as a diagnosis, not as a test ("HIV 1 titer was negative", "HIV serologies").
immunosuppression	re:hiv(?:\s+(?:positive|infection|disease)|\s*\+|/aids)
immunosuppression	re:(?:history\s+of|h/o|with|has)\s+hiv\b
immunosuppression	transplant
immunosuppression	organ transplant
immunosuppression	kidney transplant
immunosuppression	renal transplant
immunosuppression	liver transplant
immunosuppression	chronic steroids
immunosuppression	chronic steroid use
immunosuppression	long-term steroids
immunosuppression	long term steroid use
immunosuppression	chronic prednisone
immunosuppression	re:(?:on|takes|taking)\s+(?:chronic\s+|daily\s+|long[-\s]term\s+)?(?:prednisone|methotrexate|tacrolimus|cyclosporine|mycophenolate|azathioprine|biologics?|humira|adalimumab|etanercept|infliximab)

osteoporosis	osteoporosis
osteoporosis	osteoporotic
osteoporosis	re:t[-\s]?score\s+(?:of\s+)?-\s*(?:2\.[5-9]|[3-5](?:\.\d)?)
osteoporosis	re:(?:on|takes|taking)\s+(?:alendronate|fosamax|risedronate|actonel|zoledronic\s+acid|reclast|denosumab|prolia|teriparatide|forteo)

# Phrases the audit corpus (corpora/audit) relies on, first written with the audit rules.
fever	fever of 101
cancer_history	breast cancer
cancer_history	prostate cancer
