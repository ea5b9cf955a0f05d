# Red flags: findings that call for work-up rather than a nonspecific back pain code.
# Ambiguous words are tied to context: numbness in the groin, perineum or saddle is
# saddle anaesthesia (in a leg it is leg_paresthesia, radicular.lex); weakness is a
# red flag when it is progressive or new.
# A phrase that reports a red flag normal or absent ("afebrile", "normal rectal tone",
# "weight stable") is written with `negated`: it is a negated finding that documents the
# red flag screen. A medication alone is not a diagnosis (corpora/gold-mtsamples change 6):
# "on Fosamax" is not osteoporosis and "on prednisone" is not immunosuppression.
@kind findings

saddle_anesthesia	saddle anesthesia
saddle_anesthesia	saddle anaesthesia
saddle_anesthesia	saddle paresthesia
saddle_anesthesia	saddle paresthesias
saddle_anesthesia	saddle numbness
# Numbness where a saddle sits, in the patient's words: "numbness between her legs", "numb
# between the legs/groin".
saddle_anesthesia	re:(?:numb\w*|tingl\w*|no\s+feeling)\s+(?:in\s+)?between\s+(?:the\s+|his\s+|her\s+|my\s+|their\s+)?legs
saddle_anesthesia	saddle sx
saddle_anesthesia	saddle symptoms
saddle_anesthesia	saddle area numbness
saddle_anesthesia	saddle hypoesthesia
saddle_anesthesia	saddle sensory loss
# As a template abbreviates it ("Saddle anes: denies"), and the saddle told as where one sits
# ("numbness in the seat area").
saddle_anesthesia	saddle anes
# Sensation of the perianal or perineal skin reduced, as a rectal exam records it: "Perianal
# sensation decreased", "perianal sensation diminished".
saddle_anesthesia	re:(?:perianal|perineal|peri-anal)\s+(?:sensation|sensory|light\s+touch|pinprick)\s+(?:is\s+|was\s+)?(?:decreased|diminished|reduced|absent|impaired|altered)
saddle_anesthesia	re:(?:decreased|diminished|reduced|absent|impaired|altered)\s+(?:perianal|perineal)\s+(?:sensation|sensory|light\s+touch|pinprick)
saddle_anesthesia	re:(?:numb\w*|tingl\w*|decreased\s+sensation|loss\s+of\s+sensation)\s+(?:in|of|around|over)\s+(?:the\s+|his\s+|her\s+)?seat\s+(?:area|region)
saddle_anesthesia	saddle distribution numbness
# A sensory loss of the saddle named by its distribution or its site ("numbness in a saddle
# distribution", "decreased sensation to pinprick in the perineum").
saddle_anesthesia	re:(?:numbness|paresthes\w*|sensory\s+loss|anesthesia|hypoesthesia)\s+(?:[\w-]+\s+){0,6}?in\s+a\s+saddle\s+distribution
saddle_anesthesia	re:(?:decreased|diminished|reduced|absent|impaired|loss\s+of)\s+(?:\w+\s+){0,2}?(?:sensation|light\s+touch|pinprick|pin\s*prick)(?:\s+to\s+(?:light\s+touch|pinprick|pin\s*prick|touch))?\s+(?:in|over|of|about|around)\s+(?:the\s+)?(?:perineum|perineal\s+(?:region|area)|perianal\s+(?:region|area)|saddle\s+(?:region|area))
# A patient's words for it: "cannot feel the toilet paper when she wipes".
saddle_anesthesia	re:(?:can'?t|cannot|can\s+not|could\s*(?:not|n'?t)|unable\s+to|does\s*(?:not|n'?t))\s+(?:really\s+)?feel\s+(?:the\s+)?(?:toilet\s+paper|tissue)
# The field of a rectal or a neuro exam ("Perineal sens: decreased to LT bilat"), and pinprick
# reduced in the sacral dermatomes around the anus ("Reduced pinprick sensation in the S3
# through S5 dermatomes around the anus").
saddle_anesthesia	re:(?:perianal|perineal|perirectal|saddle)\s+(?:sens|sensation)\s*:\s*(?:decreased|diminished|reduced|absent|impaired|decr)
saddle_anesthesia	re:(?:decreased|diminished|reduced|absent|impaired|loss\s+of)\s+(?:pinprick\s+|light\s+touch\s+)?sensation\s+(?:in|over|of)\s+(?:the\s+)?s[2-4]\s*(?:-|to|through|thru)\s*s[45]\s+(?:dermatomes?|distribution)
saddle_anesthesia	re:(?:perianal|perineal|perirectal|saddle)\s+(?:sens|sensation)\s*:\s*(?:intact|normal|nl|wnl)	negated
saddle_anesthesia	re:sensation\s+(?:is\s+|was\s+)?(?:intact|normal|preserved)\s+(?:to\s+(?:light\s+touch|pinprick)\s+)?(?:in|over|about|around)\s+(?:the\s+)?(?:perineum|perineal\s+(?:region|area)|perianal\s+(?:region|area)|saddle\s+(?:region|area))	negated
# A normal sensory exam that names the perineum in its list ("Sensation is intact to light touch
# in both lower extremities and the perineum").
saddle_anesthesia	re:sensation\s+(?:is\s+|was\s+)?(?:intact|normal|preserved)\b[^.;]{0,60}?\b(?:and|,)\s+(?:in\s+)?(?:the\s+)?(perineum|perineal\s+(?:region|area)|perianal\s+(?:region|area)|saddle\s+(?:region|area))	negated
saddle_anesthesia	perineal numbness
saddle_anesthesia	perianal numbness
saddle_anesthesia	groin numbness
saddle_anesthesia	genital numbness
saddle_anesthesia	re:saddle\s+(?:area\s+|region\s+|distribution\s+)?(?:hypoesthesia|hypesthesia|anesthesia|anaesthesia|numbness|paresthesias?|sensory\s+(?:loss|changes?))
# ("Anesthesia" needs its preposition: "the anesthesia department and the perineum was
# prepped" names no numbness.)
saddle_anesthesia	re:(?:numb\w*|tingl\w*|paresthes\w*|parasthes\w*|anesthesia\s+(?:in|of|over|around|about)|decreased\s+sensation|loss\s+of\s+sensation|altered\s+sensation|sensory\s+(?:loss|changes?))\s+(?:\w+\s+){0,3}(?:between\s+(?:the|her|his|their)\s+legs|saddle|groin|perineum|perineal|perianal|perirectal|genitals?|genital\s+area|buttocks\s+and\s+groin|inner\s+thighs\s+and\s+groin|(?:the\s+)?anus)
# Sensation around the anus examined: lost ("no perirectal sensation" reports the deficit,
# so "no" belongs to the phrase), or intact (a normal exam, negated).
saddle_anesthesia	re:(?:decreased|diminished|absent|reduced|impaired|no|loss\s+of|lost)\s+(?:perianal|perineal|perirectal|saddle)\s+sensation
saddle_anesthesia	re:(?:decreased|diminished|absent|reduced|impaired)\s+(?:pinprick|light\s+touch|lt|pp|sensation)\s+(?:in\s+|over\s+|of\s+)?(?:the\s+)?(?:perianal|perineal|perirectal|saddle)(?:\s+(?:region|area))?
saddle_anesthesia	re:(?:perianal|perineal|perirectal|saddle)\s+sensation\s+(?:is\s+|was\s+)?(?:decreased|diminished|absent|reduced|impaired|lost)
saddle_anesthesia	re:(?:intact|normal|preserved)\s+(?:perianal|perineal|perirectal|saddle)\s+sensation	negated
saddle_anesthesia	re:(?:perianal|perineal|perirectal|saddle)\s+sensation\s+(?:is\s+|was\s+)?(?:grossly\s+)?(?:intact|normal|preserved|wnl|within\s+normal\s+limits)	negated
# A spinal cord level "without sacral sparing": the sacral dermatomes are anaesthetic too.
saddle_anesthesia	without sacral sparing

# A note that affirms a urological cause of a voiding or continence complaint -- an
# enlarged prostate or its surgery, a prolapse, a bladder overactive or scarred, a urethral
# stricture -- explains that complaint (corpora/gold-mtsamples decision 6: BPH symptoms and
# incontinence explained by something else are no cauda equina sign), unless the note also
# names a cauda equina or conus lesion, saddle numbness, a sphincter or rectal tone, a
# cord compression, or a bladder made neurogenic by the cord (a neurogenic bladder, spina
# bifida, a myelomeningocele, a tethered cord: a neurogenic bladder with kidney stones
# beside it) (`own_cause`). A seizure, a dementia or a stroke named elsewhere in the
# note does not: the real-note gold keeps such incontinence a neurological sign.
bowel_bladder_dysfunction	bph	other_cause
bowel_bladder_dysfunction	turp	other_cause
bowel_bladder_dysfunction	re:benign\s+prostat\w+	other_cause
bowel_bladder_dysfunction	re:prostat\w+\s+(?:hypertrophy|hyperplasia|enlargement)	other_cause
bowel_bladder_dysfunction	enlarged prostate	other_cause
bowel_bladder_dysfunction	prostatectomy	other_cause
bowel_bladder_dysfunction	transurethral resection	other_cause
bowel_bladder_dysfunction	re:cystocele|rectocele|(?:uterine|pelvic\s+organ|vaginal(?:\s+vault)?)\s+prolapse|overactive\s+bladder|detrusor\s+(?:instability|overactivity)|radiation\s+cystitis|urethral\s+strictures?|bladder\s+outlet\s+obstruction	other_cause
# Retention after an operation (anaesthesia and opioids) is no cauda equina sign; a urinary
# stone explains a voiding complaint.
bowel_bladder_dysfunction	re:(?:postoperative|post-operative|postop|post-op)\s+(?:urinary\s+)?retention	not
bowel_bladder_dysfunction	re:(?:kidney|renal|ureteral|ureteric|bladder)\s+(?:stones?|calculus|calculi)|nephrolithiasis|ureterolithiasis|urolithiasis	other_cause
bowel_bladder_dysfunction	re:cauda\s+equina|conus(?:\s+medullaris)?|saddle\s+(?:anesthesia|anaesthesia|numbness|paresthesia)|(?:sphincter|rectal)\s+tone|cord\s+compression|myelopath\w*|neurogenic\s+(?:bladder|bowel)|myelomeningocele|meningomyelocele|spina\s+bifida|tethered\s+(?:spinal\s+)?cord	own_cause
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
# Incontinence of stool as patients and typed notes say it ("bowel accidents", "an accident with
# his bowels").
bowel_bladder_dysfunction	bowel accident
bowel_bladder_dysfunction	bowel accidents
# A change of the bladder named alone, as a screen or a warning lists it beside the other cauda
# equina signs ("stop and report any numbness in groin/seat area or any bladder change", "call
# surgeon for ... or bladder changes"); "bowel/bladder changes" is read already.
bowel_bladder_dysfunction	bladder change
bowel_bladder_dysfunction	bladder changes
bowel_bladder_dysfunction	faecal incontinence
bowel_bladder_dysfunction	urinary incontinence
bowel_bladder_dysfunction	urinary retention
bowel_bladder_dysfunction	bladder incontinence
# Incontinence with a cause of its own is not a cauda equina sign (`not`: a hit inside it
# is dropped): stress, urge, overflow or mixed incontinence, an overactive bladder.
bowel_bladder_dysfunction	re:(?:stress|urge|urgency|overflow|mixed|functional|post-?prostatectomy)\s+(?:urinary\s+)?incontinence	not
bowel_bladder_dysfunction	re:incontinence\s+(?:due\s+to|secondary\s+to|from|with)\s+(?:(?:an?|her|his)\s+)?(?:overactive\s+bladder|bph|prostat\w*|cystocele|stress|uti|urinary\s+tract\s+infection|dementia)	not
# Retention an enlarged prostate or a stricture explains is no cauda equina sign (change 6
# of corpora/gold-mtsamples): "urinary retention secondary to BPH", "BPH with subsequent
# urinary retention".
bowel_bladder_dysfunction	re:(?:urinary\s+)?retention\s+(?:\w+\s+){0,3}?(?:due\s+to|secondary\s+to|from|caused\s+by|related\s+to|with|and)\s+(?:(?:an?|his|the|known|benign)\s+)*(?:\w+\s+)?(?:bph|prostat\w*|enlarged\s+prostate|urethral\s+stricture)	not
bowel_bladder_dysfunction	re:(?:bph|benign\s+prostat\w+(?:\s+(?:hypertrophy|hyperplasia|enlargement))?|prostat\w+\s+(?:hypertrophy|hyperplasia|enlargement|obstruction)|enlarged\s+prostate|urethral\s+stricture)\s*,?\s+(?:\w+\s+){0,3}?(?:urinary\s+)?retention	not
# Incontinence a bladder drug or a bladder or pelvic floor disorder explains ("Detrol LA for
# urinary incontinence", "cystocele ... due to her urinary incontinence").
bowel_bladder_dysfunction	re:(?:detrol|ditropan|vesicare|oxybutynin|tolterodine|solifenacin|cystocele|detrusor\s+instability|overactive\s+bladder|pelvic\s+floor\s+(?:weakness|relaxation))\b[^.;]{0,50}?\bincontinence|incontinence\b[^.;]{0,30}?\b(?:detrol|ditropan|vesicare|oxybutynin|tolterodine|solifenacin|cystocele|detrusor\s+instability)	not
bowel_bladder_dysfunction	retention of urine
bowel_bladder_dysfunction	urine retention
# Bare "incontinence" is left out: stress, urge and overflow incontinence are not this
# concept (corpora/gold-mtsamples change 6). Incontinence counts when it names the
# bowel or bladder, when it is new or comes with the neurological picture, when it is
# denied, and after "or" in a screen ("no urinary retention or incontinence").
bowel_bladder_dysfunction	re:incontinen(?:ce|t)\s+of\s+(?:the\s+)?(?:urine|stool|stools|bowels?|bladder|feces|faeces)(?:\s+(?:or|and|/)\s+(?:urine|stool|stools|bowels?|bladder|feces|faeces))?
bowel_bladder_dysfunction	re:(?:associated\s+with|accompanied\s+by|new|new[-\s]onset|worsening|acute)\s+incontinence
bowel_bladder_dysfunction	re:\bor\s+(incontinence)
bowel_bladder_dysfunction	re:(?:no|denies|denied|without|negative\s+for|negative)\s+(?:any\s+)?(?:new\s+|recent\s+)?incontinence	negated
# A denied list's items may run to four words and to any number ("Negative for ... skin or
# nipple changes, sexually transmitted diseases, incontinence", "denies any genito-urinary
# complaints, such as hematuria, ..., nocturia, incontinence"): the sentence bounds it.
bowel_bladder_dysfunction	re:(?:no|denies|denied|without|negative\s+for)\s+(?:any\s+)?(?:[\w/-]+(?:\s+[\w/-]+){0,3}\s*,\s*)+(?:(?:or|and)\s+)?(incontinence)	negated
# A review of systems that denies bowel or bladder trouble in plain words ("No bowel
# issues", "denies bladder problems", "no voiding or stooling problems"); affirmed, such
# words are too vague to be a sign. "Urinary symptoms" are a urinary tract's (dysuria,
# frequency), not the bladder's control: the real-note gold leaves "denies urinary symptoms".
bowel_bladder_dysfunction	re:(?:no|denies|denied|without|negative\s+for)\s+(?:any\s+)?(?:bowel|bladder|voiding|stooling)\s+(?:(?:or|and|/)\s+(?:bowel|bladder|voiding|stooling)\s+)?(?:issues|problems|difficulties|difficulty|complaints|symptoms)	negated
# ... or bowel movements or habits "altered", or "problems with" them, denied in such a list
# ("denies any nausea, vomiting, abdominal pain, dysphagia or any altered bowel movements", "He
# denies any problems with bowel habits": the readers of r42 and r50).
bowel_bladder_dysfunction	re:(?:no|denies|denied|without|negative\s+for)\s+(?:any\s+)?(?:[\w/-]+(?:\s+[\w/-]+){0,3}\s*,\s*)*(?:[\w/-]+(?:\s+[\w/-]+){0,3}\s+(?:or|and)\s+)?(?:any\s+)?(altered\s+bowel\s+(?:movements?|habits?)|problems\s+with\s+(?:his\s+|her\s+)?(?:bowel|bladder)\s+(?:movements?|habits?|function))	negated
bowel_bladder_dysfunction	loss of bladder control
bowel_bladder_dysfunction	loss of bowel control
bowel_bladder_dysfunction	loss of bowel or bladder control
bowel_bladder_dysfunction	loss of bowel and bladder control
# "no bladder control" reports the loss, so "no" belongs to the phrase.
bowel_bladder_dysfunction	re:(?:poor|no|lack\s+of|decreased|impaired|diminished)\s+(?:bowel\s+(?:or|and|/)\s+)?bladder\s+control
bowel_bladder_dysfunction	re:loss\s+of\s+(?:\w+\s+){0,2}control\s+of\s+(?:either\s+)?(?:his\s+|her\s+|the\s+)?(?:bowels?|bladder)(?:\s+(?:or|and)\s+(?:bowels?|bladder))?
bowel_bladder_dysfunction	bladder dysfunction
bowel_bladder_dysfunction	bowel dysfunction
bowel_bladder_dysfunction	neurogenic bladder
# The bladder that does not contract, and incontinence named by what leaks ("urine
# incontinence and also stool incontinence").
bowel_bladder_dysfunction	bladder atony
bowel_bladder_dysfunction	atonic bladder
bowel_bladder_dysfunction	hypotonic bladder
bowel_bladder_dysfunction	hypocontractile bladder
bowel_bladder_dysfunction	urine incontinence
bowel_bladder_dysfunction	stool incontinence
bowel_bladder_dysfunction	difficulty urinating
bowel_bladder_dysfunction	trouble urinating
bowel_bladder_dysfunction	difficulty initiating urination
# Retention told in words: "has not urinated since yesterday evening", "unable to urinate",
# "difficulty starting his urine stream"; and leakage.
bowel_bladder_dysfunction	re:(?:has\s+not|hasn't|have\s+not|not)\s+(?:urinated|voided|passed\s+urine)\s+(?:since|for|in)\b
bowel_bladder_dysfunction	re:(?:unable|inability)\s+to\s+(?:urinate|void|pass\s+urine|empty\s+(?:his|her|the)\s+bladder)
# ... and as safety-netting advice words it for the patient: "call 911 if he cannot pass urine,
# loses bowel control", "if you lose control of your bladder"; and told in the past, "he lost
# control of his bladder".
bowel_bladder_dysfunction	re:(?:cannot|can\s*not|can't|could\s+not|couldn't)\s+(?:urinate|void|pass\s+(?:urine|water|stool)|empty\s+(?:his|her|your|the)\s+bladder)
bowel_bladder_dysfunction	re:los(?:e|es|ing|t)\s+(?:control\s+of\s+(?:(?:his|her|their|your|the)\s+)?(?:bowels?|bladder)(?:\s+(?:or|and)\s+(?:bowels?|bladder))?|(?:(?:his|her|their|your)\s+)?(?:bowel|bladder)(?:\s+(?:or|and)\s+(?:bowel|bladder))?\s+control)
bowel_bladder_dysfunction	re:difficulty\s+(?:starting|initiating)\s+(?:his\s+|her\s+|the\s+)?(?:urine\s+|urinary\s+)?stream
bowel_bladder_dysfunction	urinary leakage
bowel_bladder_dysfunction	re:(?:difficulty|trouble|problems?)\s+(?:with\s+)?(?:voiding|emptying\s+(?:his\s+|her\s+|the\s+)?bladder)
bowel_bladder_dysfunction	re:voiding\s+(?:difficulty|difficulties|dysfunction)
bowel_bladder_dysfunction	re:incomplete\s+(?:bladder\s+)?emptying
bowel_bladder_dysfunction	decreased rectal tone
bowel_bladder_dysfunction	decreased sphincter tone
bowel_bladder_dysfunction	re:(?:poor|lax|decreased|diminished|reduced|absent)\s+(?:anal\s+|rectal\s+)?(?:sphincter\s+|rectal\s+)tone
bowel_bladder_dysfunction	re:(?:anal\s+|rectal\s+)?(?:sphincter|rectal)\s+tone\s+(?:is\s+|was\s+)?(?:poor|lax|decreased|diminished|reduced|absent)
bowel_bladder_dysfunction	re:(?:bowel|bladder|urine|urinary)\s+(?:or|and|/)\s+(?:bowel|bladder)\s+(?:changes|symptoms|problems|issues|complaints|dysfunction|incontinence)
bowel_bladder_dysfunction	re:(?:urinary|bladder|bowel)\s+(?:or|and|/)\s+(?:fecal|bowel|bladder)\s+incontinence
# The bowel and the bladder named as a pair ("B/B", "bowel and bladder", "bladder/bowel"):
# the function both serve, whatever follows (a complaint, or a normal word further below).
@define BOWEL_BLADDER_PAIR (?:\bb/b|\bb&b|bowel\s*/\s*bladder|bladder\s*/\s*bowel|bowel\s+(?:or|and|&)\s+bladder|bladder\s+(?:or|and|&)\s+bowel)
bowel_bladder_dysfunction	re:{BOWEL_BLADDER_PAIR}\s+(?:incontinence|dysfunction|changes|symptoms|problems|issues|complaints|sx|retention)
bowel_bladder_dysfunction	re:(?:post[-\s]?void\s+residual\s+of\s+)[3-9]\d\d
# A change in bowel or bladder habits (asked in a review of systems, denied by a cue);
# the function is named ("a change in urine color" is not this). A change in the bowels alone
# is a digestive complaint ("change in bowel habits" before a colonoscopy); denied, it stays a
# negated red flag (below).
bowel_bladder_dysfunction	re:changes?\s+in\s+(?:(?:his|her|their|the)\s+)?(?:(?:bowels?|bladder|urine|urinary)\s+(?:or|and|/)\s+(?:bowels?|bladder|urine|urinary)(?:\s+(?:function|habits|movements?|symptoms|patterns?|control))?|(?:bladder|urinary)\s+(?:function|habits|movements?|symptoms|patterns?|control))
# Normal function reports the red flag absent (corpora/gold-mtsamples decision 8). "No
# change in bowel or bladder function" is normal function: "no change" is a pseudo cue
# in cues.lex, so the denial is part of the phrase.
bowel_bladder_dysfunction	re:(?:no|without|denies(?:\s+any)?)\s+(?:\w+\s+)?changes?\s+in\s+(?:(?:his|her|their|the)\s+)?(?:(?:bowels?|bladder|urine|urinary)\s+(?:or|and|/)\s+(?:bowels?|bladder|urine|urinary)(?:\s+(?:function|habits|movements?|symptoms|patterns?|control))?|(?:bowel|bladder|urinary)\s+(?:function|habits|movements?|symptoms|patterns?|control)|bowels)	negated
bowel_bladder_dysfunction	re:(?:normal|intact)\s+(?:bowel|bladder)(?:\s+(?:and|or|/)\s+(?:bowel|bladder))?\s+(?:function|control|habits|movements?)	negated
# A field answered "no change" ("Bowel/bladder: no change", "B/B: no change"), and a normal
# post-void residual ("PVR normal", "normal PVR"): no retention.
bowel_bladder_dysfunction	re:(?:(?:bowel|bladder|b)\s*(?:/|and|&)\s*(?:bowel|bladder|b)|bowels?|bladder)(?:\s+(?:function|habits|control|changes?))?\s*:\s*no\s+(?:changes?|problems|issues)	negated
bowel_bladder_dysfunction	re:(?:pvr|post[-\s]?void\s+residual)\s*(?:is\s+|was\s+|of\s+)?(?:normal|wnl|nl|within\s+normal\s+limits|negligible|minimal)|normal\s+(?:pvr|post[-\s]?void\s+residual)	negated
# A residual or a bladder scan by its volume: 200 mL or more left after voiding, or in a
# bladder that cannot be emptied, is retention ("post-void residual 620 mL", "Bladder scan 780
# mL"); under 100 mL it is none ("PVR 40 mL"). Between, no reading.
@define RESIDUAL (?:pvr|post[-\s]?void\s+residual)
bowel_bladder_dysfunction	re:pvr\s*(?:of|was|is|:|=|showed|shows|revealed)?\s*(?:[2-9]\d\d|[1-9]\d{3})\s*(?:ml|cc)\b
bowel_bladder_dysfunction	re:post[-\s]?void\s+residual\s*(?:of|was|is|:|=|showed|shows|revealed)?\s*(?:[2-9]\d\d|[1-9]\d{3})\s*(?:ml|cc)\b
bowel_bladder_dysfunction	re:bladder\s+scan(?:\s+{RESIDUAL})?\s*(?:of|was|is|:|=|showed|shows|revealed)?\s*(?:[2-9]\d\d|[1-9]\d{3})\s*(?:ml|cc)\b
bowel_bladder_dysfunction	re:pvr\s*(?:of|was|is|:|=|showed|shows|revealed)?\s*(?:\d|[1-9]\d)\s*(?:ml|cc)\b	negated
bowel_bladder_dysfunction	re:post[-\s]?void\s+residual\s*(?:of|was|is|:|=|showed|shows|revealed)?\s*(?:\d|[1-9]\d)\s*(?:ml|cc)\b	negated
# ... and in a child's chart, with the stools ("Voiding and stooling well", "Voids and stools
# well", "GU: Voids well", "she is voiding okay").
bowel_bladder_dysfunction	re:(?:voiding|voids|urinating|urinates)(?:\s+(?:and|&)\s+(?:stooling|stools))?\s+(?:normally|well|fine|okay|ok|without\s+(?:difficulty|problems?))	negated
# A bladder that empties, as a urology history writes it: "good stream, empties well", "She
# empties okay", "emptying his bladder okay". (Not "fully" or "completely": "not emptying
# fully" is retention, and a cue before a phrase marked `negated` does not undo it.)
bowel_bladder_dysfunction	re:(?:empties|emptying)\s+(?:(?:his|her|the)\s+bladder\s+)?(?:well|normally|fine|okay|ok|without\s+(?:difficulty|problems?))	negated
# ... good control ("Good bowel and bladder control", "good control of bowel and urinary
# bladder"), and the organs reported normal ("The bowel and bladder are unremarkable").
bowel_bladder_dysfunction	re:good\s+(?:bowel|bladder)(?:\s+(?:and|or|/)\s+(?:urinary\s+)?(?:bowel|bladder))?\s+(?:function|control)|(?:good|normal|intact)\s+(?:function|control)\s+of\s+(?:(?:the|his|her|their)\s+)?(?:bowels?|(?:urinary\s+)?bladder)(?:\s+(?:and|or|/)\s+(?:urinary\s+)?(?:bowels?|bladder))?	negated
bowel_bladder_dysfunction	re:(?:bowels?|bladder)\s+(?:and|or|/)\s+(?:bowels?|bladder)\s+(?:are|is|were|was|appear|appeared)\s+(?:grossly\s+)?(?:unremarkable|normal|within\s+normal\s+limits)	negated
# ... and a change in the bowels denied as an item of a list ("denies nausea, vomiting,
# diarrhea or changes in bowel habits", items of up to six words: "dyspnea at two flights of
# stairs, ..., change in bowel habits"; "no real change in her bowel habit"; the phrase is the
# change, not the list), now that the affirmed bowel-only change is none.
bowel_bladder_dysfunction	re:(?:no|without|denies|denied|denying|negative\s+for)\s+(?:having\s+)?(?:any\s+)?(?:[\w/-]+(?:\s+[\w/-]+){0,5}\s*,\s*)*(?:[\w/-]+(?:\s+[\w/-]+)?\s+(?:or|and)\s+)?((?:(?:any|recent|real|significant|major)\s+)?changes?\s+in\s+(?:(?:his|her|their|the)\s+)?bowels?(?:\s+(?:function|habits?|movements?|patterns?|status))?)	negated
# Function come back after an operation is normal function: "bowel and bladder function
# returned quickly".
bowel_bladder_dysfunction	re:(?:bowel|bladder)(?:\s+(?:and|or|/)\s+(?:bowel|bladder))?\s+functions?\s+(?:has\s+|have\s+|had\s+)?(?:returned|resumed|recovered)	negated
bowel_bladder_dysfunction	re:(?:bowel|bladder)(?:\s+(?:and|or|/)\s+(?:bowel|bladder))?\s+(?:function|control|habits|movements?)\s+(?:is\s+|are\s+|was\s+|were\s+|remains?\s+)?(?:(?:essentially|otherwise|grossly|completely|entirely|quite)\s+)?(?:without\s+(?:any\s+)?(?:problems?|difficult(?:y|ies)|issues?)|normal|intact|unchanged|unremarkable|within\s+normal\s+limits)	negated
# The pair said normal with no "function" after it, as a screen writes it ("Bowel and
# bladder intact", "B/B intact", "bowel/bladder: normal", "bowel and bladder continent"):
# the pair names the function (one organ alone is anatomy on a scan: "the bladder is
# normal" is no mention). Before, the pair was read as an active dysfunction.
bowel_bladder_dysfunction	re:{BOWEL_BLADDER_PAIR}\s*(?::\s*|\s+(?:(?:are|were|is|was|remain|remains|both)\s+)?)(?:(?:grossly|both|fully|otherwise)\s+)?(?:intact|normal|continent|ok|okay|fine|unremarkable|nl|wnl|within\s+normal\s+limits)\b	negated
bowel_bladder_dysfunction	re:(?:voiding|voids|urinating|urinates|urination|passing\s+urine|pass(?:es)?\s+urine)\s+without\s+(?:any\s+)?(?:difficulty|difficulties|problems?|hesitancy|incontinence)	negated
bowel_bladder_dysfunction	re:continent\s+of\s+(?:bowels?|bladder|urine|stool)(?:\s+(?:and|or|/)\s+(?:bowels?|bladder|urine|stool))?	negated
bowel_bladder_dysfunction	re:(?:normal|good|intact)\s+(?:anal\s+|rectal\s+)?(?:sphincter|rectal)\s+tone	negated
bowel_bladder_dysfunction	re:(?:anal\s+|rectal\s+)?(?:sphincter|rectal)\s+tone\s*(?::\s*|\s+(?:is\s+|was\s+)?)(?:grossly\s+)?(?:normal|good|intact|within\s+normal\s+limits|wnl|no\s+abnormalit(?:y|ies))	negated
# A rectal exam heading names the tone it grades: "Rectal exam: normal tone", "Rectum normal
# tone to sphincter".
bowel_bladder_dysfunction	re:(?:rectal(?:\s+exam(?:ination)?)?\s*:\s*,?|rectum)\s*(?:normal|good|intact)\s+(?:sphincter\s+)?tone	negated
bowel_bladder_dysfunction	re:rectal(?:\s+exam(?:ination)?)?\s*:\s*,?\s*(?:poor|lax|decreased|diminished|reduced|absent)\s+(?:sphincter\s+)?tone

progressive_neuro_deficit	progressive weakness
# A walk that gets worse, as the sentence gold's readers take it (r38, r45): "progressive
# unsteadiness and gait instability", "eight to ten years of progressive gait impairment".
progressive_neuro_deficit	re:progressive(?:ly\s+worsening)?\s+(?:unsteadiness|imbalance|ataxia|gait\s+(?:impairment|instability|disturbance|difficult(?:y|ies)|dysfunction|abnormality)|difficulty\s+(?:with\s+)?(?:walking|ambulat(?:ing|ion)))
# ... with the side and the muscle or limb between: "Progressive left plantarflexion weakness",
# "progressive right foot numbness".
progressive_neuro_deficit	re:progressive\s+(?:(?:left|right|bilateral|l|r)\s+)?(?:(?:leg|legs|foot|ankle|toe|great\s+toe|hip|thigh|calf|lower\s+extremity|plantar\s*flexion|plantarflexion|dorsiflexion|ehl|quadriceps|quad|distal|proximal)\s+){1,2}(?:weakness|numbness)
# A paresis or the neurological state named as progressive ("progressive quadriparesis",
# "a progressive neurologic deterioration"); any cause counts (gold decision 9).
progressive_neuro_deficit	re:progressive\s+(?:quadri|para|tetra|hemi|mono)(?:pare(?:sis|tic)|pleg(?:ia|ic))
# ... or named as worse than before ("worsening of her right hemiparesis", "increased right
# hemiplegia").
progressive_neuro_deficit	re:(?:worsening|worsened|increas(?:ed|ing)|progression|progressing|progressively\s+worsening)\s+(?:of\s+)?(?:(?:his|her|the|their)\s+)?(?:(?:left|right|l|r|left-sided|right-sided)\s+)?(?:quadri|para|tetra|hemi|mono)(?:pare(?:sis|tic)|pleg(?:ia|ic))
progressive_neuro_deficit	re:progressive\s+neurolog(?:ic|ical)\s+(?:deterioration|decline|worsening|dysfunction)
# The neurological state getting worse, named without "progressive" ("returned after
# neurologic deterioration", "his neurologic exam worsened").
progressive_neuro_deficit	re:neurolog(?:ic|ical)\s+(?:deterioration|decline)
progressive_neuro_deficit	re:neurolog(?:ic|ical)\s+(?:exam(?:ination)?|status|condition|function)\s+(?:has\s+|had\s+)?(?:(?:further|rapidly|progressively)\s+)?(?:worsened|deteriorated|declined)
progressive_neuro_deficit	progressive numbness
progressive_neuro_deficit	progressive neurologic deficit
progressive_neuro_deficit	progressive neurological deficit
progressive_neuro_deficit	progressive neurologic deficits
progressive_neuro_deficit	progressive neurological deficits
progressive_neuro_deficit	progressive neuro deficit
progressive_neuro_deficit	progressive motor deficit
progressive_neuro_deficit	progressive deficit
progressive_neuro_deficit	progressive foot drop
progressive_neuro_deficit	re:(?:worsening|increasing|progressing)\s+(?:(?:left|right|bilateral)\s+)?foot\s+drop
# A weakness or foot drop named new or getting worse with its side or site between ("new
# onset R foot drop", "new R quad weakness", "rapidly progressing BLE weakness").
progressive_neuro_deficit	re:(?:new(?:[-\s]onset)?|(?:rapidly\s+|slowly\s+)?progressing|worsening|increasing)\s+(?:(?:left|right|bilateral|l|r|b/l)\s+)?(?:foot\s+drop|(?:leg|legs|foot|ankle|toe|great\s+toe|hip|thigh|calf|quad|quads|quadriceps|ehl|dorsiflexion|plantar\s*flexion|plantarflexion|lower\s+extremity|lle|rle|ble|le)\s+weakness)
progressive_neuro_deficit	progressive neurologic symptoms
progressive_neuro_deficit	progressive neurological symptoms
progressive_neuro_deficit	worsening weakness
progressive_neuro_deficit	worsening numbness
progressive_neuro_deficit	increasing weakness
progressive_neuro_deficit	new weakness
progressive_neuro_deficit	new onset weakness
# Weakness that came on, told as an event ("over the past week began to develop left
# facial/LUE/LLE weakness", "later that day he developed left-sided weakness", "started
# noticing weakness on the left arm"): new weakness of any cause (gold decision 9). Not a
# generalized weakness, which is no neurological deficit, nor a face's alone (the sentence
# gold leaves "developed right facial weakness").
progressive_neuro_deficit	re:(?:began\s+to\s+develop|started\s+to\s+develop|(?:suddenly|acutely|then|subsequently|later)\s+developed|developed|(?:started|began)\s+noticing|(?:started|began)\s+to\s+notice)\s+(?:(?:a|an|any|some|sudden|acute|new|mild|severe|worsened|worsening|progressive|left|right|bilateral|left-sided|right-sided|[a-z]+/[a-z/]+)\s+){0,3}?(?:(?:arm|leg|hand|foot|lue|lle|rue|rle|ble|bue|upper\s+extremity|lower\s+extremity|sided)\s+){0,2}(?:weakness|hemiparesis|paraparesis|quadriparesis|paralysis|foot\s+drop)\b(?:\s+(?:on|in|of)\s+(?:the\s+|his\s+|her\s+)?(?:(?:left|right)\s+)?(?:arm|leg|hand|foot|side|upper\s+extremity|lower\s+extremity))?
progressive_neuro_deficit	new neurologic deficit
progressive_neuro_deficit	new neurological deficit
progressive_neuro_deficit	new neurologic deficits
progressive_neuro_deficit	new neurological deficits
# What names a neurological deficit in a note, for the phrases below that name none of
# their own ("symptoms progressed"): a radicular sign or symptom, saddle numbness, or a
# progressing deficit named as such.
@define DEFICITS category:radicular,concept:saddle_anesthesia,concept:progressive_neuro_deficit
# The words that qualify a deficit as progressing before its noun, the words of a
# worsening "in" or "of" it, and the verbs of progression after it: each is written once and
# shared by the phrases with a named deficit and the bare "deficit" that needs the note to
# name one.
@define PROGRESSING (?:progressive|progressively\s+worsening|worsening|worsened|increasing|increased|new|new[-\s]onset|sudden|sudden[-\s]onset|acute[-\s]onset)\s+(?:of\s+)?(?:(?:bilateral|left|right|sided|left-sided|right-sided|sensory|lower|upper|extremity|extremities|leg|legs|arm|arms|hand|hands|foot|feet|ble|bue|lle|rle|lue|rue|motor|muscle|distal|proximal|generalized|and)\s+){0,3}
@define WORSENING_OF (?:worsening|progression)\s+(?:or\s+improvement\s+)?(?:(?:in|over|during|within)\s+the\s+(?:last|past)\s+(?:[\w-]+\s+){1,3}?)?(?:in|of)\s+(?:(?:his|her|their|the)\s+)?(?:(?:lower|upper|extremity|extremities|leg|legs|arm|arms|left|right|bilateral|motor)\s+){0,3}
@define PROGRESSES (?:\s+(?:in|of)\s+(?:(?:the|his|her|both|left|right|lower|upper)\s+)*(?:legs?|arms?|hands?|feet|foot|extremit(?:y|ies)))?(?:\s*,?\s*(?:which|that))?\s+(?:(?:has|have|had)\s+(?:been\s+)?|is\s+|are\s+|was\s+|were\s+)?(?:(?:gradually|slowly|steadily|rapidly|progressively|continued\s+to|continues\s+to|mildly|further)\s+)?(?:progress(?:ed|es|ing)?|progressive|worsened|worsening|getting\s+worse|gotten\s+worse|spread|spreading)
# A deficit qualified as progressing, before its noun ("increasing paresthesias in both
# feet", "progressive BLE weakness", "increased sensory loss", "no new neurologic
# symptoms"); the words between name a limb or a side, never another symptom ("increased
# pain, weakness" is not progressive weakness).
# ... and a root's: "progressive and intractable right C4 radiculopathy" (a deficit said to
# progress, whatever the nerve; r5's annotators, as round 1's and 2's for a neuropathy).
progressive_neuro_deficit	re:progressive\s+(?:and\s+(?:intractable|severe|worsening|disabling)\s+)?(?:(?:left|right|bilateral)\s+)?(?:[cls]\d(?:\s*-\s*[cls]?\d)?\s+)?(?:peripheral\s+|sensory\s+|motor\s+|sensorimotor\s+)?(?:neuropathy|polyneuropathy|myelopathy|radiculopathy|polyradiculopathy)
progressive_neuro_deficit	re:{PROGRESSING}(?:weakness|numbness|paresthesias?|parasthesias?|dysesthesias?|tingling|sensory\s+(?:loss|deficits?|changes|symptoms)|neurologic(?:al)?\s+(?:deficits?|symptoms|changes)|neuro\s+(?:deficits?|symptoms))
# ... and a bare "deficit" so qualified, only in a note that names a deficit (`note_names`):
# "worsening of deficits" may be of the visual fields.
progressive_neuro_deficit	re:{PROGRESSING}deficits?	note_names={DEFICITS}
# ... and a paresis or plegia named new or sudden ("sudden onset right hemiparesis", "acute
# quadriplegia"), as a weakness is: any cause counts (gold decision 9).
progressive_neuro_deficit	re:(?:new|new[-\s]onset|sudden|sudden[-\s]onset|acute[-\s]onset|acute)\s+(?:onset\s+)?(?:of\s+)?(?:(?:a|an|the|his|her)\s+)?(?:(?:left|right|l|r|left-sided|right-sided|dense|complete|incomplete|flaccid)\s+){0,2}(?:hemi|para|quadri|tetra|mono)(?:pare(?:sis|tic)|pleg(?:ia|ic))
# ... after its noun, by a verb of progression ("the sensory loss gradually progressed",
# "numbness has been spreading", "leg weakness, which had been progressively worsening"). Unqualified "symptoms" take only the progression verbs:
# "symptoms are worsened by activity" describes pain, "symptoms progressed" the deficit;
# and they, and a bare "deficit", only in a note that names a deficit or a radicular sign
# (`note_names`: "first presented with numbness in his lower extremities ... these symptoms
# have been progressive"): elsewhere the symptoms that progress are a fever's, a cough's
# or an infected foot's, the deficits a visual field's (evidence audits e2, e4).
progressive_neuro_deficit	re:(?:weakness|numbness|paresthesias?|parasthesias?|dysesthesias?|tingling|sensory\s+(?:loss|deficits?|changes|symptoms)|neurologic(?:al)?\s+(?:deficits?|symptoms)|(?:hemi|para|quadri|tetra)(?:paresis|plegia)){PROGRESSES}
progressive_neuro_deficit	re:deficits?{PROGRESSES}	note_names={DEFICITS}
progressive_neuro_deficit	re:symptoms\s+(?:(?:has|have|had)\s+(?:been\s+)?|are\s+|were\s+)?(?:(?:gradually|slowly|steadily|rapidly|mildly|further)\s+)?(?:progress(?:ed|ing)?|progressive)	note_names={DEFICITS}
progressive_neuro_deficit	re:(?:progressive|progressing)\s+neurologic(?:al)?\s+symptoms
progressive_neuro_deficit	re:(?:progressive|progressing)\s+symptoms	note_names={DEFICITS}
progressive_neuro_deficit	re:{WORSENING_OF}(?:weakness|numbness|paresthesias?|sensory\s+loss|neurologic(?:al)?\s+(?:deficits?|symptoms)|neuropathy|myelopathy|paralysis|paresis)
progressive_neuro_deficit	re:{WORSENING_OF}deficits?	note_names={DEFICITS}
# A change in the neurological state named as such, mostly in return precautions ("seek
# attention for ... weakness, sensory or motor changes"; the real-note golds' reading).
progressive_neuro_deficit	re:(?:(?:motor|strength)\s+(?:or|and|/)\s+sensory|sensory\s+(?:or|and|/)\s+motor)\s+changes
# A deficit that began in one place and then progressed or spread ("numbness began in the
# left middle finger and gradually progressed ... to involve his wrist").
progressive_neuro_deficit	re:(?:weakness|numbness|tingling|paresthesias?|dysesthesias?)\s+(?:began|beginning|started|starting)\s+(?:[\w-]+\s+){0,6}?and\s+(?:(?:gradually|slowly|steadily|rapidly|progressively|then)\s+)?(?:progress(?:ed|ing)|spread(?:ing)?|extended|extending|ascended|ascending)
# "No worsening" of a deficit denies its progression, though the pseudo phrase of
# lexicons/cues.lex keeps other findings after it affirmed ("no worsening stenosis").
progressive_neuro_deficit	re:(?:no|without)\s+(?:(?:any|further|significant|interval|other|new|evidence\s+of|signs?\s+of|symptoms\s+of)\s+){0,3}(?:worsening|progression)\s+(?:or\s+improvement\s+)?(?:(?:in|of)\s+(?:(?:his|her|their|the)\s+)?)?(?:(?:left|right|l|r|bilateral|lower|upper|extremity|leg|legs|arm|foot|feet|toe|motor|sensory)\s+){0,3}(?:weakness|numbness|paresthesias?|sensory\s+loss|neurologic(?:al)?\s+(?:deficits?|symptoms)|deficits?|neuropathy|myelopathy)	negated
# ... and a deficit said not to have progressed ("His weakness has not progressed").
progressive_neuro_deficit	re:(?:weakness|numbness|paresthesias?|deficits?|neurologic(?:al)?\s+(?:deficits?|symptoms|exam(?:ination)?)|symptoms)\s+(?:has|have|had)\s+not\s+(?:progressed|worsened|advanced)	negated
progressive_neuro_deficit	re:(?:rapid|rapidly|steady|gradual|significant|further)\s+progression\s+of\s+(?:(?:his|her|their|the)\s+)?(?:symptoms|disorder|neuropathy|myelopathy|weakness|numbness|deficits?)
# Function lost over time ("gradually losing strength in the hands", "slowly losing
# control of his hands", "her arm has become gradually less functional").
progressive_neuro_deficit	re:(?:gradually|slowly|progressively|steadily)\s+(?:losing|lost|loses)\s+(?:the\s+)?(?:strength|sensation|feeling|control|function|use|dexterity)
progressive_neuro_deficit	re:(?:gradually|slowly|progressively|increasingly)\s+(?:weaker|less\s+functional|clumsier|more\s+numb)
progressive_neuro_deficit	re:(?:getting|gotten|grown|becoming|became)\s+(?:progressively\s+|increasingly\s+)?weaker

fever	fever
fever	fevers
# Named diseases and tests with the word in them are not a fever now.
fever	re:(?:rheumatic|scarlet|typhoid|yellow|hay|dengue|q|valley|cat[-\s]scratch|familial\s+mediterranean)\s+fever	not
# A febrile seizure names a seizure disorder of childhood, not a fever the note documents ("her
# febrile seizure control", "a history of known febrile seizures", "to help prevent febrile
# seizures", "Single febrile convulsion ... at age 2 years"). One happening now is a fever
# ("this patient has a febrile seizure").
fever	re:febrile\s+(?:agglutinins?|seizures|convulsions|(?:seizures?|convulsions?)\s+(?:as\s+a\s+child|control|disorder|prophylaxis))	not
fever	re:(?:history\s+of\s+(?:a\s+)?(?:known\s+)?|(?:a\s+)?single\s+|one\s+|first\s+|prior\s+|previous\s+)febrile\s+(?:seizure|convulsion)\b	not
fever	febrile
fever	feverish
fever	pyrexia
fever	hyperpyrexia
# A temperature called high or said to rise, with no figure ("developed very high
# temperatures", "his temperature usually elevates at night").
fever	re:high\s+temperatures?
# A low-grade temperature is what "low-grade fever" names ("low-grade temperatures on the
# ward", "low grade temps overnight").
fever	re:low[-\s]grade\s+(?:temperatures?|temps?)\b
# ... but one given a figure under 100.4 F / 38.0 C is no fever (decision 8): "a low-grade
# temperature of 100.3".
fever	re:low[-\s]grade\s+(?:temperatures?|temps?)\s+(?:of|to|at|around|about|up\s+to)\s+(?:9\d(?:\.\d+)?|3[0-7](?:\.\d+)?|100\.[0-3]\d*|100(?:\s|[,;)]))	not
fever	re:temperatures?\s+(?:usually\s+|often\s+|always\s+|sometimes\s+)?(?:elevates|rises|spikes)\b
fever	chills
fever	f/c
fever	rigors
# A temperature of 38.0 C / 100.4 F or more (corpora/gold-mtsamples decision 8); a normal
# temperature is not annotated, "afebrile" and "temperature normal" report fever absent.
fever	re:(?:t\s*max|temp(?:erature)?|t)\s*(?:of\s+|:\s*|=\s*|was\s+|is\s+|to\s+)?(?:3[89]\.\d|4[01]\.\d|100\.[4-9]|10[1-5](?:\.\d)?)(?:\s*(?:c|f|degrees))?\b
fever	afebrile	negated
# The highest of several readings ("temperature is 99.5 degrees ranging up to 101.6").
fever	re:(?:t\s*max|temp(?:erature)?)\b(?:[^.;]|\.\d)*?\b(?:up\s+to|as\s+high\s+as|ranging\s+(?:up\s+)?to|peaked\s+at|max(?:imum)?\s+of)\s+(?:3[89]\.\d|4[01]\.\d|100\.[4-9]|10[1-5](?:\.\d)?)\b
fever	re:(?:temp(?:erature)?)\s+(?:is\s+|was\s+)?(?:normal|within\s+normal\s+limits|wnl)	negated
# A reading with words before its value: "T-max 103.2", "temperature max at the ER is
# 102", "highest temperature over the past 24 hours was 101.8", "temperatures of up to
# 103"; the words between are a closed list, so a pulse or a pressure after a normal
# temperature is never reached. "Spiked a temperature" is a fever, and so is a threshold
# ("call if there is increased temperature greater than 101.5": its assertion is the call's).
fever	re:(?:t\s*-\s*max|temp(?:erature)?s?)\b(?:\s+(?:max|maximum|highest|recorded|over|in|at|the|past|last|\d{1,2}|hours|er|ed|yesterday|today|has|had|have|been|ranged|ranging|between|of|up|to|was|is|were|as|high|greater|higher|more|than|above|exceeding))*\s+(?:3[89]\.\d|4[01]\.\d|100\.[4-9]|10[1-6](?:\.\d)?)\b
fever	re:spiked\s+(?:a\s+)?(?:temp\w*|fevers?)
fever	elevated temperature
# A temperature written number first: "a 104.4 degrees Fahrenheit temperature", "Mom
# documented 103 temperature at home", "had a 101 temperature".
fever	re:(?:100\.[4-9]|10[1-6](?:\.\d)?)(?:\s*(?:-|to)\s*10[0-6](?:\.\d)?)?\s*(?:degrees?\s+)?(?:fahrenheit\s+|f\s+)?(?:temperatures?|temps?)\b
fever	re:(?:3[89]\.\d|4[01](?:\.\d)?)\s*(?:degrees?\s+)?(?:celsius|centigrade|c)\s+(?:temperatures?|temps?)\b
# A temperature felt by touch, not measured: "tactile temperature", "tactile temps" (a
# parent's report of fever in paediatric and ER notes).
fever	re:tactile\s+(?:temperatures?|temps?)
fever	re:q[-\s]fever	not
# A chart of temperatures watched, not a fever: "continue to watch the patient's fever curve".
fever	re:fever\s+curves?	not
# A cold sore is no fever ("fever blisters").
fever	re:fever\s+blisters?	not

# Weight lost on purpose is no red flag (`not`): diets, programs, surgery, exercise.
weight_loss	re:weight\s+loss\s+(?:programs?|surgery|surgeries|attempts?|goals?|medications?|pills|diets?|clinic|counseling|efforts?|plans?|management|journey)	not
weight_loss	re:(?:diet|dieting|exercise|exercising|bariatric|surgical|intentional|intended|purposeful|desired|planned|commercial|attempts?\s+(?:at|of))\s+(?:\w+\s+){0,3}weight\s+loss	not
weight_loss	re:(?:weight\s+loss|lost\s+(?:\w+\s+){0,3}(?:pounds|lbs?|kg)|loses\s+weight)\s+(?:\w+\s+){0,2}(?:with|through|by|from|after|on)\s+(?:(?:a|her|his|the)\s+)?(?:diet|dieting|exercis\w*|surgery|bypass|banding|program)	not
weight_loss	re:(?:diet|exercise),?\s+(?:and\s+)?(?:exercise,?\s+(?:and\s+)?)?weight\s+loss	not
# Ways to lose weight are no loss ("resistant to nonsurgical methods of weight loss"), and
# a weight that goes up and down is no loss ("fluctuates up and down 4 pounds").
weight_loss	re:(?:methods?|means|ways?|strategies|options?|modalities|forms?)\s+(?:of|for)\s+weight\s+loss	not
weight_loss	re:(?:up\s+and\s+down|down\s+and\s+up)\s+(?:(?:about|approximately|by|around)\s+)?\d+(?:\.\d+)?(?:\s*(?:-|to)\s*\d+)?\s*(?:pounds?|lbs?|kg)	not
# A note about losing weight on purpose -- bariatric surgery, a weight-loss drug, a
# dietary consultation -- tells of weight lost that way, wherever it is written ("down 22
# pounds since I last saw her"): a goal, hypothetical, as corpora/gold-mtsamples decision
# 15 annotates it (`other_cause=hypothetical`), unless the note calls a loss unintended
# (`own_cause`). Affirmed only: "no history of gastric bypass" does not count.
weight_loss	re:gastric\s+(?:bypass|band\w*|sleeve|balloon)|lap(?:aroscopic)?[-\s]+(?:band\w*|adjustable)|roux[-\s]+en[-\s]+y|sleeve\s+gastrectomy|bariatric	other_cause=hypothetical
weight_loss	re:phentermine|orlistat|qsymia|contrave|semaglutide|wegovy|weight\s+watchers	other_cause=hypothetical
# A food diary, an anonymous eating group, a share of excess body weight: the vocabulary of
# a weight-loss program.
weight_loss	re:food\s+(?:diary|diaries|journals?|logs?)|overeaters\s+anonymous|excess\s+body\s+weight	other_cause=hypothetical
weight_loss	re:diet(?:ary|itian)?\s+(?:consult\w*|counsel\w*|instruction|education)|nutrition(?:al)?\s+counsel\w*|weight\s+(?:reduction|management)\s+(?:program|clinic|consult\w*)	other_cause=hypothetical
weight_loss	re:(?:unintentional|unintended|unexplained|involuntary|unplanned|unexpected)(?:ly)?\s+(?:[\w-]+\s+){0,2}?(?:weight|lost|loss)	own_cause
# A loss the appetite or a wasting explains is the red flag's own.
weight_loss	re:cachexi\w*|cachectic|(?:poor|decreased|diminished|reduced|loss\s+of)\s+appetite	own_cause
# Not losing weight is no weight loss: "frustrated by her inability to lose weight".
weight_loss	re:(?:inability|unable|unsuccessful|difficulty|trouble|failed|failure)\s+(?:in\s+|at\s+)?(?:trying\s+)?to\s+lose\s+weight	not
# A loss told without a number: "he has lost a lot of weight", "lost a few pounds",
# "her weight has been going down".
weight_loss	re:(?:lost|losing|loses)\s+(?:a\s+lot\s+of|a\s+little|a\s+bit\s+of|a\s+great\s+deal\s+of|quite\s+a\s+bit\s+of|considerable|significant|much)\s+weight
weight_loss	re:(?:lost|losing|loses)\s+(?:a\s+few|a\s+couple\s+of|several)\s+(?:pounds|lbs?|kilos?|kilograms|kg)
weight_loss	re:weight\s+(?:is|has\s+been|was|had\s+been)\s+(?:going\s+|coming\s+)?down
weight_loss	weight loss
weight_loss	unexplained weight loss
weight_loss	unintentional weight loss
weight_loss	unintended weight loss
weight_loss	wt loss
# A weight named lower than before: "which is 4.4 kg less than before", "weight has dropped
# from 180 to 170 pounds".
weight_loss	re:\d+(?:\.\d+)?\s*(?:kg|kilograms?|lbs?|pounds?)\s+less\s+than
# A weight given against an earlier one ("Weight today 142 lb, down from 161 lb in March").
weight_loss	re:\d+(?:\.\d+)?\s*(?:kg|kilograms?|lbs?|pounds?)\s*,?\s+down\s+from\s+\d+(?:\.\d+)?\s*(?:kg|kilograms?|lbs?|pounds?)
weight_loss	re:weight\s+(?:has\s+|had\s+)?(?:decreased|dropped|fallen|fell|declined|gone\s+down|come\s+down)\s+from\s+\d+
weight_loss	weight change
weight_loss	weight reduction
weight_loss	weight changes
# Gain and loss asked together: "he denies unintentional weight gain or loss".
weight_loss	re:weight\s+(?:gain\s+or\s+loss|loss\s+or\s+gain)
weight_loss	lost weight
weight_loss	losing weight
weight_loss	loses weight
weight_loss	lose weight
weight_loss	cachexia
weight_loss	cachectic
weight_loss	re:(?:lost|lose|loses|losing|loss\s+of|down|dropped|shed)\s+(?:(?:about|approximately|around|over|almost|nearly|roughly|some|more\s+than|at\s+least|an?)\s+)?(?:\d+(?:\.\d+)?(?:\s*(?:-|to)\s*\d+)?|ten|twenty|thirty|forty|fifty|fifteen|several)\s*(?:-\s*)?(?:pounds?|lbs?|kg|kilograms?)
weight_loss	re:\d+(?:\.\d+)?\s*-?\s*(?:pounds?|lbs?|kg|kilograms?)\s+(?:weight\s+)?(?:loss|drop|decrease)
weight_loss	re:changes?\s+in\s+(?:(?:his|her|their|the)\s+)?weight
# A stable weight reports weight loss absent (corpora/gold-mtsamples decision 8).
weight_loss	re:(?:weight|wt)\s+(?:is\s+|has\s+been\s+|remains\s+|was\s+)?(?:currently\s+|relatively\s+|otherwise\s+|fairly\s+|quite\s+|essentially\s+|pretty\s+)?(?:stable|unchanged|steady)	negated
weight_loss	re:weight\s+(?:has|had)\s+not\s+changed	negated
weight_loss	stable weight	negated
weight_loss	stable wt	negated
# ... and so does weight gained, told of the patient with its verb ("he has actually gained
# some weight", "she has been gaining some weight": the readers of r4 and of the sentence gold
# r42; a bare "gaining weight", as a reason for a diet or a baby's progress, is none).
weight_loss	re:(?:has\s+(?:actually\s+|also\s+)?(?:been\s+)?|have\s+(?:actually\s+|also\s+)?(?:been\s+)?|had\s+)(?:gained|gaining)\s+(?:(?:some\s+|a\s+little\s+|a\s+bit\s+of\s+|more\s+)?weight|(?:a\s+few|several|some|\d+)\s+(?:pounds|lbs?)(?:\s+of\s+weight)?)	negated
# Kept, not lost: "He is maintaining his weight" (not the goal "to maintain her weight").
weight_loss	re:maintain(?:s|ed|ing)\s+(?:his|her|their|the|a\s+stable)\s+weight	negated
weight_loss	re:(?:no|without)\s+(?:\w+\s+)?changes?\s+in\s+(?:(?:his|her|their|the)\s+)?weight	negated

cancer_history	cancer
cancer_history	cancers
# 'ca' alone only where no number follows ("Ca 9.2" is calcium in a lab panel); the
# punctuation after it is context, not part of the quote ("Colon CA", not "Colon CA,").
cancer_history	re:\b(ca)(?:\s*[,.;)]|\s*$)
cancer_history	re:\b(ca)\s+(?:of|diagnosed|dx|s/p|status\s+post|at\s+(?:the\s+)?age)\b
cancer_history	carcinoma
cancer_history	carcinomas
cancer_history	carcinomatosis
cancer_history	metastasizing
cancer_history	chemoradiotherapy	treatment
cancer_history	chronic lymphocytic leukemia
cancer_history	cll
# Abbreviations of cancers that mean nothing else in a note: transitional cell, renal cell,
# (non-)small cell lung carcinoma, ductal carcinoma in situ, chronic myeloid leukemia.
cancer_history	tcc
cancer_history	rcc
cancer_history	nsclc
cancer_history	sclc
cancer_history	dcis
cancer_history	cml
# A benign neoplasm, and a cancer center or specialist (a place or a doctor: "under the care
# of a cancer specialist"), are not a cancer.
cancer_history	re:(?:benign|skin|keratotic|actinic|seborrheic|verrucous|cutaneous)\s+(?:\w+\s+)?neoplasms?	not
# "Malignant" that names no cancer: "non-malignant", "malignant hypertension",
# "malignant hyperthermia", "malignant ventricular arrhythmia".
cancer_history	re:non-?\s*malignant|malignant\s+(?:hypertension|hyperthermia|(?:ventricular\s+)?arrhythmi\w+|otitis)|(?:primary\s+)?ventricular\s+malignant\s+arrhythmi\w+	not
cancer_history	re:cancer\s+(?:center|centre|institute|clinic|society|specialists?|doctors?|physicians?|team|program|hospital)	not
# Metzenbaum scissors in an operative note: "the peritoneum was entered using sharp mets".
cancer_history	re:(?:sharp|curved|straight|with|using)\s+mets\b|\bmets\s+scissors?	not
# Metabolic equivalents of an exercise stress test: "a workload of 7 METs", "achieving 12.8
# METs", "Total METs was 10.1", "METs: 10.1". (A count of metastases is written "two
# metastases" or "2 lesions" in the dev pool; "2 mets" would be read as METs.)
cancer_history	re:\d\s*mets\b	not
cancer_history	re:\bmets\s*(?::|=)|\bmets\s+(?:was|were|of)\s+\d|(?:total|peak|optimum|optimal|maximal|maximum|max|estimated|predicted|achieved|achieving|target)\s+mets\b	not
# Statistics about cancers in general ("a certain percentage of cancers, probably 10% to
# 15%, will not be identified by mammography") are no history of the patient's.
cancer_history	re:(?:percentage|proportion|fraction|\d+\s*%)\s+of\s+(?:all\s+|breast\s+|these\s+)?cancers	not
# Named by its kind: adenocarcinoma, osteosarcoma, glioblastoma (every -carcinoma and
# -sarcoma is malignant; the -blastomas are listed, osteoblastoma being benign).
cancer_history	re:[a-z]+(?:carcinomas?|sarcomas?)
cancer_history	malignancy
cancer_history	malignancies
cancer_history	malignant
# 'malignant' goes with what it qualifies, so "malignant melanoma" is one mention. A bare
# 'tumor' is left out: benign tumours (pituitary adenoma) are common.
cancer_history	re:malignant\s+(?:\w+\s+)?(?:melanoma|neoplasm|tumou?r|lesion|mass|lymphoma|carcinoma|process|disease)
cancer_history	re:(?:malignant|metastatic|cancerous)\s+(?:tumou?r|neoplasm)
cancer_history	neoplasm
cancer_history	neoplasms
cancer_history	brain tumor
cancer_history	brain tumors
# A brain tumour called benign, or the pituitary's, is no cancer.
cancer_history	re:(?:benign|pituitary)\s+(?:brain\s+)?tumou?rs?|benign\s+(?:\w+\s+)?brain\s+tumou?rs?	not
cancer_history	solid tumor
cancer_history	solid tumors
# A tumour named by its course or its grade is a malignancy ("recurrent tumors" of a bladder
# carcinoma, "likely recurrent low-grade tumor", "recurrence of tumor", "biopsy confirmed tumor
# persistence", "his current grade of tumor"); so is a
# neoplastic process or neoplasia, unless a precancer ("cervical intraepithelial
# neoplasia") or a syndrome ("multiple endocrine neoplasia", "a neoplasia-associated
# karyotype").
cancer_history	re:recurrent\s+(?:[\w-]+\s+)?tumou?rs?
cancer_history	re:(?:recurrence|recurrences|persistence|persistent)\s+(?:of\s+)?(?:(?:the|his|her|their)\s+)?(?:[\w-]+\s+)?tumou?rs?|tumou?r\s+(?:recurrences?|persistence)
cancer_history	re:(?:high|low|intermediate)[-\s]grade\s+tumou?rs?
cancer_history	re:grade\s+of\s+(?:(?:the|his|her|this)\s+)?tumou?r
cancer_history	neoplastic process
cancer_history	neoplasia
cancer_history	re:intraepithelial\s+neoplasia|endocrine\s+neoplasia|neoplasia-associated	not
# In a note that names a cancer, the oncologist's words for its course name it again:
# "recurrent disease", "local recurrence", "disease progression", "residual disease", "no
# evidence of disease" (each annotated in the real-note golds; `note_names` keeps them out
# of the notes about another disease). "Evidence of disease" only denied: affirmed, the
# disease may be another ("fluconazole for thrush ... the clinical evidence of disease
# appears to have resolved" in a neuroblastoma note).
cancer_history	re:(?:recurrent|residual)\s+disease|(?:local|locoregional|local-regional|regional|distant)\s+recurrences?|disease\s+(?:recurrences?|progression)|(?:recurrence|progression)\s+of\s+(?:(?:his|her|the|their)\s+)?disease	note_names=concept:cancer_history
cancer_history	re:(?:no|without|free\s+of)\s+(?:(?:other|clinical|radiographic|radiologic|any|further)\s+){0,2}evidence\s+of\s+(?:any\s+)?(disease)\b	negated note_names=concept:cancer_history
# A bladder tumour is a urothelial carcinoma nearly always ("TUR of bladder tumors"), but a
# coder codes a tumour of unstated behaviour as one (D49.4), not a cancer: so it names the
# cancer only in a note that names a cancer otherwise ("transitional cell carcinoma ... TURBT
# of a recurrent bladder tumor"). Readers of the evidence audit e6 judged 16 of 22 quoted
# bladder tumours in notes that name no cancer not a cancer's mention.
cancer_history	re:bladder\s+tumou?rs?	note_names=concept:cancer_history
cancer_history	metastatic
# "Metastatic" and the cancer it qualifies are one mention ("metastatic non-small-cell lung
# cancer", "metastatic adenocarcinoma", "metastatic melanoma", "PROSTATE CANCER, METASTATIC",
# "prostate cancer metastasizing"), not two.
cancer_history	re:metastatic\s+(?:[\w-]+\s+){0,3}?(?:cancer|carcinoma|adenocarcinoma|ca|disease|malignancy|melanoma|sarcoma|lymphoma|myeloma|neoplasm)
cancer_history	re:(?:cancer|carcinoma|adenocarcinoma|malignancy|melanoma|sarcoma|lymphoma|myeloma|neoplasm)\s*,?\s+(?:metastatic|metastasizing|metastasized)\b
cancer_history	metastases
cancer_history	metastasis
cancer_history	metastasized
cancer_history	mets
cancer_history	re:(?:spread|metastasi[sz]ed)\s+to\s+(?:the\s+)?(?:\w+\s+){0,3}(?:lymph\s+nodes|nodes|lymphatic\s+system|bones?|liver|lungs?|brain|spine)
cancer_history	lymphoma
# A post-transplant lymphoproliferative disorder is a lymphoid neoplasm (WHO), mostly a lymphoma.
cancer_history	post-transplant lymphoproliferative disorder
cancer_history	posttransplant lymphoproliferative disorder
cancer_history	ptld
cancer_history	leukemia
cancer_history	myeloma
cancer_history	multiple myeloma
cancer_history	plasmacytoma
cancer_history	melanoma
cancer_history	sarcoma
cancer_history	mesothelioma
cancer_history	glioma
cancer_history	gliomas
cancer_history	astrocytoma
cancer_history	oligodendroglioma
cancer_history	ependymoma
cancer_history	glioblastoma
cancer_history	neuroblastoma
cancer_history	medulloblastoma
cancer_history	retinoblastoma
cancer_history	seminoma
cancer_history	hepatoma
cancer_history	hodgkin's disease
cancer_history	hodgkin disease
# Malignant neoplasms named by their kind, with no word above in the name (WHO
# classifications): the spine's own primary ("a sacral chordoma"), neuroendocrine tumours
# ("a carcinoid tumor of the small bowel", "pancreatic neuroendocrine tumor"), the
# childhood kidney tumour, germ cell and stromal tumours, the myeloid neoplasms named as a
# syndrome, and lymphomas named without the word.
cancer_history	chordoma
cancer_history	chordomas
cancer_history	re:carcinoid(?:\s+(?:tumou?rs?|syndrome))?
cancer_history	re:neuroendocrine\s+(?:tumou?rs?|carcinomas?|neoplasms?)
cancer_history	re:wilms(?:'s|')?\s+tumou?rs?
cancer_history	re:germ[-\s]cell\s+tumou?rs?
cancer_history	re:gastrointestinal\s+stromal\s+tumou?rs?
cancer_history	re:myelodysplastic\s+syndromes?
cancer_history	re:waldenstr(?:o|ö)m(?:'s|s)?\s+macroglobulin(?:a)?emia
cancer_history	mycosis fungoides
# A cancer's treatments name it by what is done for it (`treatment`): each is a mention, but
# a flag quotes it only when the note names no cancer otherwise. Of 897 red-flag flags on
# MTSamples (M54.50 assumed), 89 quoted a treatment beside the cancer's own name ("colon
# cancer", "adenocarcinoma" and "chemotherapy"), and a treatment is also given for other
# diseases (CHOP for Castleman's disease).
cancer_history	chemotherapy	treatment
cancer_history	chemo	treatment
cancer_history	radiation therapy	treatment
# Radiation given for a cancer, named as a treatment ("she underwent radiation treatment
# ending in May"). ("Treated with radiation" after the cancer's name is left out: the
# project's gold reads "prostate cancer treated with radiation" as one mention.)
cancer_history	re:radiation\s+treatments?	treatment
# "Radiation" alone is as often the pain's ("radiation down the leg"), so it names a cancer
# treatment only beside chemotherapy, with the kind of course given, or by the harm it
# leaves: "chemotherapy and radiation", "whole brain radiation", "pelvic radiation",
# "radiation proctitis", "radiation fibrosis".
cancer_history	re:(?:chemotherapy|chemo)\s*(?:,|/|and|or|plus|with|followed\s+by)\s*(radiation)\b	treatment
cancer_history	re:\b(radiation)\s*(?:,|/|and|or|plus|with)\s*(?:chemotherapy|chemo)\b	treatment
cancer_history	re:(?:whole[-\s]brain|pelvic|external[-\s]beam|adjuvant|neoadjuvant|palliative|salvage|stereotactic|conformal|proton|chest[-\s]wall|mantle|craniospinal)\s+radiation	treatment
cancer_history	re:radiation\s+(?:proctitis|enteritis|fibrosis|necrosis|pneumonitis|dermatitis|myelopathy|plexopathy)	treatment
# ... or governed by a verb of a course given or taken ("he also received radiation to his
# pelvis", "which had previous radiation", "two surgeries followed by radiation", "lumpectomy
# and axillary node dissection and radiation", "breast conservation therapy with radiation
# only"); the pain's radiation these words could also govern is left out by the `not` line.
cancer_history	re:(?:received|receiving|underwent|undergo|undergoing|had|completed|completing|followed\s+by|previous|prior)\s+(radiation)\b	treatment
cancer_history	re:(?:lumpectomy|mastectomy|resection|dissection|prostatectomy|hysterectomy|cystectomy|surgery|surgeries)\s+(?:and|followed\s+by|with|plus)\s+(radiation)\b	treatment
cancer_history	re:\b(radiation)\s+(?:alone|only)\b	treatment
cancer_history	re:radiation\s+(?:of\s+(?:the\s+|his\s+|her\s+)?pain|down|into|(?:to|towards?|in)\s+(?:the\s+|his\s+|her\s+|both\s+)?(?:(?:left|right|bilateral|posterior|lateral|anterior)\s+)*(?:legs?|lower\s+extremit(?:y|ies)|feet|foot|buttocks?|thighs?|calf|calves|knees?|groin|hips?|arms?|upper\s+extremit(?:y|ies)|hands?|shoulders?|neck|back|jaw|chest|abdomen|flank|scapula|shoulder\s+blades?))	not
cancer_history	radiotherapy	treatment
cancer_history	xrt	treatment
# Radiation placed inside a tumour or its bed (seed implants, HDR); inside a vessel it
# keeps an artery open after angioplasty and names no cancer.
cancer_history	brachytherapy	treatment
cancer_history	re:(?:endovascular|intravascular|intracoronary|vascular)\s+brachytherapy	not
cancer_history	chemoradiation	treatment
cancer_history	re:(?:breast|prostate|lung|colon|renal|kidney|thyroid|bladder|pancreatic|ovarian|cervical|rectal|colorectal)\s+(?:ca|cancer|carcinoma|malignancy)

night_pain	night pain
night_pain	nocturnal pain
night_pain	pain at night
night_pain	night-time pain
night_pain	nighttime pain
night_pain	pain at rest
# Present even at rest: "constant pain, present even at rest".
night_pain	re:(?:pain|it)\b[^.;]{0,20}?\b(?:present|persists|persistent|continues)\s+(?:even\s+)?at\s+rest
night_pain	rest pain
# "wakes from pain", "sleep disturbed 2-3x/night d/t leg pain", "No sx at rest".
night_pain	re:wak(?:es|ing|ened)\s+(?:up\s+)?(?:from|with|due\s+to|d/t|because\s+of)\s+(?:the\s+)?(?:pain|sx|symptoms)
# The pain as what wakes: "The pain still wakes her once or twice a night".
night_pain	re:(?:pain|it)\s+(?:still\s+|often\s+|sometimes\s+|occasionally\s+|frequently\s+)?(?:wakes|woke|awakens|awakened)\s+(?:him|her|them|me)\b
# ... counted: "He wakes 2 to 3 times per night with pain".
night_pain	re:(?:wak(?:es|ing|e)|woke)\s+(?:up\s+)?\d+(?:\s*(?:-|to)\s*\d+)?\s*(?:x|times)\s*(?:/|a|per|each)\s*night\s+(?:with|w/|from|due\s+to|d/t|because\s+of)\s+(?:the\s+)?(?:pain|sx|symptoms)
# ... and the waking named as a noun, as a rehab note sums it up ("Night waking w/ pain on
# rolling persists").
night_pain	re:night(?:time)?\s+wak(?:ing|ening)s?\s+(?:with|w/|from|due\s+to|d/t|because\s+of)\s+(?:the\s+)?(?:pain|sx|symptoms)
night_pain	re:sleep\s+(?:is\s+)?(?:disturbed|disrupted|interrupted)\b[^.;]{0,30}?\b(?:d/t|due\s+to|by|from|because\s+of)\s+(?:\w+\s+){0,2}?(?:pain|sx|symptoms)
# Sleep the pain spoils, said the other way round: "interferes with her ability to sleep at
# night", "Because of the pain, he has significant problems with fractured sleep", "Sleep
# alteration because of pain: positive". (Not "problems with sleep and anxiety that are
# related to her chronic pain": the real-note gold leaves a chronic pain's poor sleep.)
night_pain	re:(?:pain|symptoms)\b[^.;]*?\b(?:interferes|interfering|interfered)\s+with\s+(?:(?:his|her|their|the\s+patient's)\s+)?(?:ability\s+to\s+)?sleep
night_pain	re:because\s+of\s+(?:the\s+|his\s+|her\s+)?pain\s*,?\s+[^.;]*?\b(?:fractured|disturbed|disrupted|interrupted|poor)\s+sleep
@define SLEEP_SPOILED_BY_PAIN sleep\s+(?:alteration|disturbance|disruption)s?\s+(?:because\s+of|due\s+to|from|secondary\s+to)\s+(?:the\s+)?pain
night_pain	re:{SLEEP_SPOILED_BY_PAIN}(?:\s*:\s*(?:positive|yes|\+))?
night_pain	re:{SLEEP_SPOILED_BY_PAIN}\s*:\s*(?:negative|no|none)\b	negated
night_pain	re:(?:sx|symptoms)\s+at\s+rest
night_pain	re:wak(?:es|ing|ened|e)\s+(?:him|her|them|the\s+patient)\s+(?:up\s+)?(?:at\s+(?:night|\d{1,2}(?:\s*-\s*\d{1,2})?\s*(?:a\.?m\.?|o'clock))|during\s+the\s+night|from\s+sleep|most\s+nights|every\s+night|nightly)
night_pain	re:(?:pain|it)\s*,?\s+(?:is\s+)?(?:not\s+(?:better|relieved|eased)|no\s+better)\s+(?:w/|with|by)\s+(?:lying\s+down|rest|recumbency)
night_pain	pain wakes
# "The pain is keeping her up at night", "woken by leg pain twice".
night_pain	re:(?:pain|ache|aching|sx|symptoms)\s+(?:\w+\s+){0,3}?(?:keeps|keeping|kept)\s+(?:him|her|them|the\s+patient)\s+(?:up|awake)\s+at\s+night
night_pain	re:(?:woken|awoken|awakened)\s+(?:up\s+)?by\s+(?:the\s+|his\s+|her\s+)?(?:(?:back|leg)\s+)?pain
# Waking at night counts when the pain wakes the patient: the pain before the waking ("the
# pain wakes her at night", "back pain for weeks, now waking her at night") or named as its cause after it
# ("wakes at night with pain"); "wakes at night gasping for air" is no night pain.
night_pain	re:(?:pain|ache|aching|it|this|which|symptoms)\b[^.;]{0,50}?\b(?:(?:now|often|sometimes|frequently|usually|occasionally|also|will|can|does|still)\s+)?(?:wakes|woke|waking|awakens|awakened|awakening|wakens)\s+(?:him|her|them|the\s+patient|patient)?\s*(?:up\s+)?(?:from\s+sleep|at\s+night|during\s+the\s+night|in\s+the\s+night|up\s+at\s+night)
night_pain	re:(?:wakes|woke|waking|awakens|awakened|awakening|wakens)\s+(?:him|her|them|the\s+patient|patient)?\s*(?:up\s+)?(?:from\s+sleep|at\s+night|during\s+the\s+night|in\s+the\s+night|up\s+at\s+night)\s+(?:\w+\s+){0,2}?(?:with|from|because\s+of|due\s+to|secondary\s+to|in)\s+(?:\w+\s+){0,3}?(?:pain|ache|aching)
night_pain	re:(?:pain|symptoms|burning|aching)\s+(?:\w+\s+){0,3}(?:worse|worst|severe)\s+at\s+night
# Asked about and absent: "pain does not wake him at night", "it never wakes her from sleep".
night_pain	re:(?:pain|it|this|symptoms)\b[^.;]{0,40}?\b(?:(?:does|did|do)\s+not|doesn't|didn't|don't|never)\s+(?:wake|wakes|awaken|awakens|woke)\s+(?:him|her|them|the\s+patient|patient)(?:\s+up)?(?:\s+(?:from\s+sleep|at\s+night|during\s+the\s+night|in\s+the\s+night))?	negated
night_pain	re:(?:unrelenting|constant|unremitting)\s+(?:night(?:time)?|nocturnal)\s+pain
# The pain's site between ("nocturnal back pain", "nocturnal leg pain").
night_pain	re:nocturnal\s+(?:(?:low|lower)\s+)?(?:back|leg|lumbar|buttock|hip|lumbosacral)\s+pain
night_pain	re:pain\s+(?:that\s+)?(?:is\s+)?not\s+relieved\s+by\s+(?:rest|lying\s+(?:down|still|flat)|position|recumbency)
# Woken by the pain with the time between: "wakes in the early hours of the morning with pain".
night_pain	re:(?:wakes|woke|waking|awakens|awakened)\s+(?:up\s+)?(?:in|at|during)\s+(?:\w+\s+){1,6}?(?:with|from|due\s+to|because\s+of)\s+(?:the\s+)?(?:pain|symptoms)
# Pain where the leg or back is named before the time ("pain in her legs at nighttime"),
# and worsening at night said of a pain named earlier in the sentence ("leg pain in both
# legs, worsening at night"; "it is 8/10, worse at night"). Numbness worse at night
# (carpal tunnel) names no pain and is left out.
night_pain	re:pain\s+(?:(?:in|of|the|her|his|their|both|legs?|back|low|lower|feet|foot|hips?|buttocks?|knees?|thighs?|calves|and|is|was|are|mostly|mainly|especially|particularly|primarily|usually|often|only|present|worse|worst|severe)\s+){1,6}(?:at|during\s+the|in\s+the)\s+(?:night|nights|nighttime|night-time)
night_pain	re:(?:pains?|aches?|aching|hurts)\b[^.;]{0,60}\b(?:worse|worst|worsens|worsening|worsened|increases|increased|more\s+severe|more\s+intense)\s+(?:at|during\s+the|in\s+the)\s+(?:night|nighttime|night-time)
night_pain	re:\bit\s+(?:is|was|gets|seems)\b[^.;]{0,30}\b(?:worse|worst|worsening|more\s+severe|more\s+intense)\s+(?:at|during\s+the|in\s+the)\s+(?:night|nighttime|night-time)

# A mechanism that can break a vertebra (corpora/gold-mtsamples decision 6): a motor
# vehicle collision, a fall from a height or down stairs, "trauma" in the history. Bare
# "trauma" is left out: "trauma bay", "trauma service", "barometric trauma", "minimal
# trauma" of a needle and exam wording ("atraumatic", "no scalp trauma") are not this.
# "missed the last 4-5 steps going down her basement stairs". (Not "rear-ended": the
# collision it describes is named as one, "motor vehicle collision", and the golds annotate
# that name, not the narrative's verb.)
significant_trauma	re:(?:missed|slipped\s+on|tripped\s+on|fell\s+down|fell\s+on|falls?\s+down)\s+(?:the\s+)?(?:last\s+)?(?:(?:\d+(?:\s*-\s*\d+)?|few|several|two|three|four|five|six|seven|eight|nine|ten|a\s+flight\s+of|flights?\s+of)\s+)?(?:steps|stairs)
significant_trauma	significant trauma
# Trauma as a template's field answered no ("Trauma: none").
significant_trauma	re:(trauma)\s*:\s*(?:none|no|denies|denied|negative|neg)\b	negated
significant_trauma	major trauma
# Injuries to several body regions at once.
significant_trauma	polytrauma
significant_trauma	multiple trauma
significant_trauma	multitrauma
significant_trauma	re:(?:recent|severe|blunt|penetrating|high[-\s](?:energy|velocity|speed)|head|spinal|spine|back|neck|abdominal|chest|pelvic|vehicular|multiple|craniocerebral|prior|previous|remote|direct|preceding|antecedent|inciting|obvious)\s+trauma
significant_trauma	re:(?:history\s+of|h/o|hx\s+of|any\s+type\s+of|any\s+kind\s+of|fall\s+or|falls\s+or|fight\s*/|injury\s+or|accident\s+or)\s*trauma
significant_trauma	re:trauma\s+to\s+(?:(?:the|his|her|their|low|lower|upper|mid)\s+)*(?:back|neck|head|spine|chest|abdomen|pelvis|buttocks?|tailbone|coccyx|sacrum)
significant_trauma	re:(?:no|denies|denied|without|(?:has|have|had)\s+not\s+had|never\s+had)\s+(?:having\s+|any\s+|recent\s+|history\s+of\s+|hx\s+of\s+|h/o\s+)*(?:[\w-]+\s*,\s*|[\w-]+\s+or\s+){0,3}(?:other\s+|significant\s+|major\s+)?trauma\b	negated
# ... at the end of a longer denial list of several words an item ("She denies preceding illness,
# heavy lifting, unusual exertion, a new exercise routine, or trauma"; "no history of cancer,
# IV drug use, steroid use, or trauma").
significant_trauma	re:(?:denies|denied|denying|no\s+(?:history\s+of|hx\s+of|h/o))\s+(?:any\s+|recent\s+|preceding\s+)*(?:[\w-]+(?:\s+[\w-]+){0,3}\s*,\s*){1,8}(?:(?:or|and)\s+)?(?:any\s+)?trauma\b	negated
# A denied history of a kind of trauma: "no history of thoracic trauma", "denies any previous
# history of spinal trauma".
significant_trauma	re:(?:no|denies|denied|without)\s+(?:any\s+|prior\s+|previous\s+|past\s+|recent\s+)*(?:history|hx)\s+of\s+(?:any\s+)?[\w-]+\s+trauma\b	negated
# An injury denied in the history, where the clause ends ("denies any injury.", "no history
# of neck injury"): the trauma screen documented, as "no trauma" is (the real-note gold
# annotates "no history of ... head injuries"). An examination's or an operation's "no
# (other) injuries" reports signs, as "no signs of trauma" does, and an onset "with no
# specific injury" describes the onset (corpora/gold annotates nothing there): both left out.
@define INJURED_PART (?:neck|back|low\s+back|head|spine|spinal|work|sports?|traumatic)
significant_trauma	re:((?:denies|denied|denying)\s+(?:(?:any|recent|prior|previous|specific)\s+)*(?:{INJURED_PART}\s+)?injur(?:y|ies)|no\s+(?:(?:prior|previous|past|recent|known)\s+)?(?:history|hx)\s+of\s+(?:any\s+)?(?:{INJURED_PART}\s+)?injur(?:y|ies))(?:\s*[.,;:]|\s*$|\s+(?:or|and|but|could|was|were|is|prior|before|in\s+the\s+past|reported)\b)	negated
# Trauma looked for on the body at an exam, or done to a tissue by a procedure, is no
# history of trauma: "no deformity or signs of trauma", "no mucosal trauma".
significant_trauma	re:(?:(?:signs?|sites?|stigmata|marks?)\s+of\s+(?:\w+\s+)?trauma|(?:dental|mucosal|scalp|buccal|nasal|perineal|intra-?abdominal|oral|corneal|tissue|vascular|arterial|ureteral|urethral)\s+trauma)	not
significant_trauma	traumatic brain injury
# An accident or event called traumatic ("involved in a traumatic accident", "traumatic
# amputation"); "non-traumatic" is the opposite. ("Traumatic injury" is left out: in an
# examination, "no other traumatic injury is noted" reports signs, as "signs of trauma" do,
# and the real-note gold annotates nothing there.)
significant_trauma	re:traumatic\s+(?:accident|event|amputation|fall)s?
significant_trauma	re:non-?\s*traumatic\s+\w+	not
# An examination or a procedure "without trauma" reports no injury of the part, not a
# history ("CHEST/BACK/ABDOMEN: Without trauma", "the catheter was removed without trauma"),
# as "atraumatic" and "no signs of trauma" do.
significant_trauma	re:(?::\s*|(?:removed|extracted|delivered|placed|inserted|passed|advanced|introduced|withdrawn|intubated)\s+)without\s+(?:any\s+|obvious\s+|evidence\s+of\s+|signs?\s+of\s+)*trauma\b	not
# A gunshot is a high-energy injury (not "stab wound", which in these notes is mostly a
# surgeon's small incision: "brought out through a separate stab wound").
significant_trauma	gunshot wound
significant_trauma	gunshot wounds
significant_trauma	gun shot wound
significant_trauma	gun shot wounds
significant_trauma	gsw
significant_trauma	re:(gunshots?)\s+(?:to|in|into|through)\b
significant_trauma	re:(?:was|were|been|being|got)\s+shot\s+(?:in|to|through)\s+(?:the|his|her)\s+\w+
# An assault on the patient ("status post an altercation in which she sustained multiple
# blows to the face", "Assaulted, positive loss of consciousness", "a co-worker kicked her in
# the back"); the real-note gold annotates the kick. An assault the patient committed
# ("convicted of assault", "assaultive behaviors") is not.
significant_trauma	re:(?:was|were|been|being|got)\s+(?:physically\s+|sexually\s+|violently\s+)?(?:assaulted|beaten|attacked|mugged)
significant_trauma	assaulted
significant_trauma	re:(?:he|she|they|who|and|patient)\s+(?:had\s+|has\s+|then\s+|reportedly\s+|allegedly\s+|physically\s+|sexually\s+)?assaulted	not
significant_trauma	re:(?:status\s+post|s/p|after|following|involved\s+in|injured\s+in|during)\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:physical\s+)?(?:altercation|assault|fistfight|fist\s+fight)
significant_trauma	re:(?:blows?|punch(?:es)?|kicks?)\s+to\s+(?:the|his|her)\s+(?:head|face|back|chest|abdomen|neck|flank|ribs?)
significant_trauma	re:(?:(?:kicked|punched|struck|hit)\s+(?:him|her|them)|(?:was|were|got|been)\s+(?:kicked|punched))\s+in\s+the\s+(?:back|head|face|chest|abdomen|side|flank|neck|ribs?|stomach)
significant_trauma	re:head\s+injur(?:y|ies)
significant_trauma	motor vehicle accident
significant_trauma	motor vehicle collision
# The ICD title ("Motor vehicle traffic accident, not otherwise specified") and the
# forensic wording ("blunt force traumatic injury with multiple cranial fractures").
significant_trauma	motor vehicle traffic accident
significant_trauma	re:blunt\s+force\s+(?:trauma\w*|traumatic\s+injur(?:y|ies)|injur(?:y|ies))
# A collision named by how it hit: "after a rear-end collision". (The verb, "she rear-ended the
# vehicle ahead", tells a collision the note names already: the real-note gold leaves it, mts-3267.)
significant_trauma	re:rear[-\s]end\s+(?:collision|accident|impact|mvc|mva)
significant_trauma	mva
significant_trauma	mvc
significant_trauma	re:(?:high[-\s]speed\s+|rollover\s+)?(?:motor\s+vehicle|car|auto|motorcycle|bicycle|bike)\s+(?:accident|collision|crash)
significant_trauma	car accident
significant_trauma	auto accident
# A pedestrian or a rider against a vehicle, as an emergency note names the collision ("a
# bicycle versus MVA"): "versus" here offers no alternative.
significant_trauma	re:(?:pedestrian|ped|bicycle|bicyclist|bike|motorcycle|motorcyclist|moped)\s+(?:struck|versus|vs\.?)\s+(?:by\s+)?(?:a\s+|an\s+)?(?:car|auto|vehicle|truck|mva|mvc)
significant_trauma	re:(?:struck|hit)\s+by\s+(?:a\s+|an\s+|another\s+)?(?:car|vehicle|truck|bus|automobile|motorcycle|train)
significant_trauma	fall from height
# A fall from standing height is a ground-level fall: "height" takes no other word.
significant_trauma	re:(?:fell|fall|falls|fallen|falling)\s+(?:off|from)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:(?:significant|great|considerable)\s+)?(?:height|(?:[\w-]+\s+)?(?:ladder|roof|scaffold|scaffolding|tree|horse|bicycle|bike|motorcycle|balcony|truck|trailer|building|deck|porch|bleachers|platform)|second[-\s](?:story|floor)|\d+\s*(?:feet|ft|stories|meters))
significant_trauma	re:(?:fell|fall|fallen)\s+(?:down\s+)?(?:\d+|a\s+flight\s+of|several|two|three|four|five|ten)\s+(?:feet|ft|stairs|steps|flights?)
# ... told with how many and what stairs ("falling down approximately six carpeted stairs"), or
# slid down ("slid down the stairs").
significant_trauma	re:(?:fell|fall|falls|fallen|falling)\s+(?:down\s+)?(?:(?:about|approximately|approx\.?|around|nearly|over|some)\s+)?(?:\d+|a\s+few|several|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\s+(?:\w+\s+)?(?:feet|ft|foot|stairs|steps|flights?)
significant_trauma	re:(?:slid|slipped|tumbled|bounced)\s+down\s+(?:the\s+|a\s+flight\s+of\s+|several\s+|some\s+)?(?:stairs|steps|staircase|stairway)
significant_trauma	re:(?:fell|fall|fallen|falling)\s+(?:down\s+)?(?:the\s+|a\s+flight\s+of\s+)?stairs
# Vehicles and accidents the shapes above miss: other vehicles ("an ATV accident", "a
# scooter crash"), plurals ("two car accidents"), a car against an object ("auto versus a
# tree"), "rear-ended"; a fall with words before its height ("fell approximately 12 feet",
# "fell 10-15 feet") or down a counted flight ("fell down a flight of twelve stairs").
significant_trauma	re:(?:car|auto|automobile|motor\s+vehicle|vehicle|motorcycle|bicycle|bike)\s+(?:accidents|collisions|crashes|wrecks)
significant_trauma	re:(?:automobile|atv|all[-\s]terrain\s+vehicle|scooter|moped|snowmobile|four[-\s]wheeler|dirt\s+bike|golf\s+cart)\s+(?:accident|collision|crash|wreck|rollover)s?
# A rollover named with no vehicle ("restrained driver in a rollover accident").
significant_trauma	re:roll-?over\s+(?:accident|collision|crash|wreck|mva|mvc)s?
significant_trauma	re:(?:auto|car|vehicle|truck)\s+(?:versus|vs\.?)\s+(?:a\s+|an\s+)?(?:tree|pole|telephone\s+pole|wall|car|truck|guardrail|building|pedestrian)
significant_trauma	re:(?:car|auto|vehicle)\s+wrecks?
significant_trauma	re:ejected\s+from\s+(?:the|a|his|her)\s+(?:vehicle|car|truck|motorcycle)
significant_trauma	re:(?:fell|fall|fallen|falling)\s+(?:(?:approximately|about|nearly|over|almost|around|roughly|some)\s+)?\d+(?:\s*(?:-|to)\s*\d+)?\s*(?:feet|foot|ft|meters)
significant_trauma	re:(?:fell|fall|fallen|falling)\s+(?:approx\.?|approximately|about|~)\s*\d+(?:\s*(?:-|to)\s*\d+)?\s*(?:feet|foot|ft|meters)
significant_trauma	re:(?:fell|fall|fallen|falling)\s+down\s+(?:a\s+|the\s+)?(?:\w+\s+)?flights?\s+of\s+(?:\w+\s+)?(?:stairs|steps)
significant_trauma	re:(?:fell|fall|fallen|falling)\s+(?:off|from)\s+(?:(?:a|an|the|his|her)\s+)?(?:scooter|atv|four-wheeler|moped|dirt\s+bike|snowmobile|skateboard)
# A fall told with its date or place before its height ("fell in 1990 from 15 feet up",
# "fell at work from about 12 feet"); a vehicle the patient wrecked ("wrecked his bicycle",
# "totaled his own car").
significant_trauma	re:(?:fell|fallen)\s+(?:[\w/-]+\s+){1,4}?(?:from|off)\s+(?:(?:a|an|the|about|approximately|over|almost|nearly)\s+)?(?:\d+|ten|twelve|fifteen|twenty)[\s-]*(?:feet|foot|ft|meters)
significant_trauma	re:(?:wrecked|crashed|totaled|totalled|rolled|flipped)\s+(?:his|her|their|the|a|my)\s+(?:own\s+)?(?:car|truck|vehicle|bicycle|bike|motorcycle|atv|four-wheeler|scooter|van|suv)
# A crash told as a story: "lost control of his motorcycle", "struck while riding his bicycle
# by a motor vehicle", "while climbing a ladder ..., he fell".
significant_trauma	re:lost\s+control\s+of\s+(?:his|her|their|the|a)\s+(?:own\s+)?(?:car|vehicle|truck|motorcycle|bike|bicycle|atv|scooter|snowmobile|moped|four-wheeler|van|suv)
significant_trauma	re:(?:thrown|threw\s+(?:himself|herself|him|her))\s+(?:off|from)\s+(?:a|an|the|his|her)\s+(?:quad|atv|four-wheeler|horse|motorcycle|bike|bicycle|vehicle|car|truck|scooter|snowmobile)|(?:atv|quad|vehicle|car|truck|suv|van|four-wheeler)\s+rolled\s+over
significant_trauma	re:struck\s+while\s+[^.;]*?\bby\s+(?:a|an|another)\s+(?:motor\s+vehicle|car|truck|vehicle|bus|automobile|van)
significant_trauma	re:(?:climbing|standing\s+on|working\s+on|up\s+on|on\s+top\s+of)\s+(?:a|the|his|her)\s+(?:\w+\s+)?(?:ladder|roof|scaffold|scaffolding)\b[^.;]*?\b(?:fell|fall|slipped)
# "Trauma" as the cause of something ("status post trauma", "secondary to nonaccidental
# trauma"), with the body region or kind between.
significant_trauma	re:(?:status\s+post|s/p|secondary\s+to|due\s+to|related\s+to|following)\s+(?:(?:abdominal|thoracic|chest|nonaccidental|non-accidental|pelvic|multiple|blunt|major)\s+)?trauma
# Trauma as what an imaging study is for, or what came before ("CT cervical spine for
# trauma", "after trauma"), and a history item ("PAST MEDICAL HISTORY: Trauma with multiple
# orthopedic procedures").
significant_trauma	re:\b(?:for|after|following)\s+(?:(?:major|minor|recent|blunt|significant|possible|suspected)\s+)?(trauma)\b
significant_trauma	re:(?::\s*,?\s*|\d[.)]\s+)(trauma)\s+(?:with|in\s+\d{4}|at\s+age)\b
# Trauma to a small part is not the high-energy kind the red flag means.
significant_trauma	re:(?:blunt\s+|minor\s+|direct\s+)?trauma\s+to\s+(?:the\s+|his\s+|her\s+)?(?:(?:left|right|distal|proximal|front|upper|lower)\s+){0,2}(?:thumb|fingers?|teeth|tooth|nose|toes?|hand|eye|lip|ear|wrist|ankle|knee)	not

iv_drug_use	iv drug use
iv_drug_use	iv drug abuse
iv_drug_use	ivdu
iv_drug_use	ivda
iv_drug_use	intravenous drug use
iv_drug_use	intravenous drug abuse
iv_drug_use	injection drug use
iv_drug_use	injects drugs
# "He has never injected drugs" (the denial is the sentence's cue).
iv_drug_use	injected drugs
iv_drug_use	inject drugs
iv_drug_use	injecting drugs
iv_drug_use	iv heroin
iv_drug_use	injects heroin
# Injecting a named street drug, in any tense ("has been injecting heroin", "injected
# methamphetamine").
iv_drug_use	re:inject(?:s|ed|ing)\s+(?:heroin|cocaine|methamphetamine|meth|opioids|opiates|narcotics|speedballs?)
# The drug injected named otherwise, or given by its route ("injecting crushed oxycodone
# tablets", "current IV methamphetamine use").
iv_drug_use	re:inject(?:s|ed|ing)\s+(?:crushed\s+|dissolved\s+)?(?:fentanyl|oxycodone|oxycontin|morphine|hydromorphone|dilaudid|suboxone|buprenorphine|pills|tablets|crack|methadone)
iv_drug_use	re:(?:iv|intravenous)\s+(?:methamphetamine|meth|cocaine|fentanyl|opioid|opiate|narcotic|amphetamine|crack)\s+(?:use|abuse|injection)
iv_drug_use	re:(?:iv|intravenous|injection)\s+(?:drug|heroin|opioid|substance)s?\s+(?:use|abuse|user|abuser)s?
iv_drug_use	re:(?:iv|intravenous)\s+or\s+(?:\w+\s+)?drug\s+(?:use|abuse)
iv_drug_use	track marks
iv_drug_use	intravenous heroin
iv_drug_use	re:(?:use|used|uses|using)\s+(?:illicit\s*/\s*)?(?:intravenous|iv)\s+drugs
iv_drug_use	re:illicit\s*/\s*intravenous\s+drugs
iv_drug_use	re:inject(?:s|ed|ing)?\s+(?:\w+\s+)?into\s+(?:his|her|their|a)\s+veins?

# HIV/AIDS, transplant immunosuppression, stated long-term steroid use
# (corpora/gold-mtsamples decision 11); a drug name alone ("on prednisone", "taking
# methotrexate") is not, nor is a negative test ("HIV 1 titer was negative"). "aids" only
# as a diagnosis: "hearing aids" and "walking aids" are devices.
immunosuppression	immunosuppression
immunosuppression	immunosuppressed
immunosuppression	immunocompromised
immunosuppression	immunosuppressive
immunosuppression	immunosuppressants
immunosuppression	immune suppression
immunosuppression	re:hiv[-\s]?(?:positive|\+|infection|infected|disease|/aids|diagnosed)
immunosuppression	re:(?:history\s+of|h/o|with|has|known|diagnosed\s+with|positive\s+for|infected\s+with|for\s+(?:his|her))\s+(hiv)\b
immunosuppression	re:(?:with|has|known|diagnosed\s+with|history\s+of|h/o|his|her)\s+(aids)\b
immunosuppression	re:aids[-\s](?:defining|related)
# ... what it brought or the course that led to it ("1. AIDS complicated with multiple
# opportunistic infections", "never developed AIDS", "an AIDS patient").
immunosuppression	re:aids\s+(?:complicated|patients?|dementia|wasting|diagnosis|diagnosed|cholangiopathy|enteropathy)\b
immunosuppression	re:(?:developed|develop|develops|developing|progressed\s+to|progression\s+to|an)\s+aids\b
immunosuppression	human immunodeficiency virus
immunosuppression	re:\bhiv\s*(?:,\s*|\s+)(?:well[-\s]controlled|controlled|on\s+(?:art|haart|antiretrovirals?)|stable|undetectable)
immunosuppression	immunocompromise
# An immunodeficiency named as such ("common variable immunodeficiency", "evaluate for ...
# immunodeficiency").
immunosuppression	re:immunodeficien(?:cy|cies|t)
# HIV or AIDS in a list of diagnoses, followed by the end of its item or a word that dates it
# (the words around it are context: the quote is "HIV").
immunosuppression	re:(?:and|with|the)\s+(hiv|aids)(?:\s*[.;)]|\s+(?:complicated|diagnosed|since|in\s+\d{4}))
# A test sent for it is not the condition: "sent for an immunocompromise panel".
immunosuppression	re:immunocompromise\s+(?:panel|work-?up|evaluation|studies)	not
# A partner's or relative's infection is not the patient's: "in a monogamous relationship
# with an HIV infected partner".
immunosuppression	re:hiv[-\s]?(?:infected|positive|\+)\s+(?:sexual\s+)?(?:partners?|husband|wife|spouse|boyfriend|girlfriend|mother|father)	not
immunosuppression	re:(hiv)\s*,?\s+(?:known|diagnosed)\s+(?:since|in)
# ... with its treatment or its count after it ("PMH: HIV, last CD4 210, on Biktarvy", "HIV on
# Genvoya"): a negative test is written "HIV negative", never so.
immunosuppression	re:\bhiv\s*,?\s+(?:(?:last|latest|most\s+recent|recent)\s+)?(?:cd4|viral\s+load)\b
# Care or medications for the patient's HIV name it ("does not take her HIV medications",
# "sees his doctor for his HIV care"); prophylaxis, tests and counselling do not.
immunosuppression	re:\bhiv\s+(?:medications?|meds|management|care|treatment|therapy|regimen|clinic|specialist|provider|physician|doctor)\b
immunosuppression	re:\bhiv\s+on\s+(?:biktarvy|genvoya|triumeq|descovy|truvada|odefsey|symtuza|dovato|juluca|stribild|atripla|complera|prezcobix|tivicay|isentress|[a-z]+vir)\b
# A transplant named another way ("a transplanted kidney", "allogeneic transplant",
# "cadaveric transplant", "status post transplant"); a bare "allograft" is a bone graft in
# a fusion and is left out.
immunosuppression	re:(?:allogeneic|allogenic|cadaveric|deceased\s+donor|living\s+donor)\s+(?:\w+\s+){0,2}transplant(?:s|ation|ed)?
# An autologous (stem cell) transplant gives back the patient's own cells after high-dose
# chemotherapy: no graft to reject, no anti-rejection drugs, so no transplant
# immunosuppression (evidence audits e1 and e4: read as the cancer's treatment, which the
# cancer named beside it already is).
immunosuppression	re:auto(?:logous)?\s+(?:\w+\s+){0,3}transplant(?:s|ation|ed)?	not
immunosuppression	re:transplanted\s+(?:kidney|liver|heart|lungs?|pancreas)
immunosuppression	re:(?:status\s+post|s/p)\s+(?:(?:a|the)\s+)?transplant(?:ation)?
immunosuppression	re:(?:cardiac|heart|renal|kidney|liver|lung)\s+allografts?
# An organ or marrow transplant (its recipient is immunosuppressed); a tendon, nerve or
# hair transplant is surgery, not this.
immunosuppression	re:(?:kidney|renal|liver|hepatic|heart|cardiac|lung|pancreas|pancreatic|kidney[-\s]pancreas|bone\s+marrow|stem\s+cell|solid\s+organ|organ)\s+transplant(?:s|ation|ed)?
immunosuppression	transplant recipient
# A clinic, a team or a list named for transplants is no transplant of the patient's ("he will
# be followed at the Renal Transplant Clinic").
immunosuppression	re:transplant\s+(?:clinic|service|team|program|programme|center|centre|coordinator|surgeon|surgery|nephrologist|hepatologist|office|unit|department)	not
immunosuppression	re:post[-\s]?transplant
# ... but in the name of a post-transplant lymphoproliferative disorder it names the
# lymphoma (cancer_history above), not the patient's state (e5).
immunosuppression	re:post[-\s]?transplant\s+lymphoproliferative	not
immunosuppression	chronic steroids
immunosuppression	chronic steroid use
immunosuppression	long-term steroids
immunosuppression	long term steroid use
immunosuppression	chronic prednisone
immunosuppression	re:(?:chronic|long[-\s]term|long[-\s]?standing|maintenance)\s+(?:(?:oral|systemic|low[-\s]dose|high[-\s]dose|daily)\s+){0,2}(?:steroids?|corticosteroids?|prednisone|glucocorticoids?)(?:\s+(?:use|therapy|treatment))?
immunosuppression	steroid dependent
# A daily steroid taken for months or years ("prednisone 5 mg daily for polymyalgia
# rheumatica x 3 yrs"); not a burst of days ("prednisone 40 mg daily x 5 days"). (A bare
# "steroid use" is as often inhaled or a list of a cataract's causes.)
immunosuppression	re:(?:prednisone|prednisolone|methylprednisolone|dexamethasone|hydrocortisone)\s+\d+(?:\.\d+)?\s*mg\s+(?:daily|qd|qam|a\s+day|every\s+day|per\s+day|bid|qod)\b[^.;]{0,40}?\b(?:x|for|over|since)\s+(?:(?:the\s+)?(?:past|last)\s+)?(?:(?:more\s+than|over|at\s+least|about|nearly|almost)\s+)?(?:(?:\d+|several|many|two|three|four|five|six)\s*)?(?:yrs?|years?|mos?|months?)\b

# The diagnosis only: a bisphosphonate or other bone drug alone ("on Fosamax") is not
# osteoporosis (corpora/gold-mtsamples change 6).
osteoporosis	osteoporosis
osteoporosis	osteoporotic
osteoporosis	re:t[-\s]?score\s+(?:of\s+)?-\s*(?:2\.[5-9]|[3-5](?:\.\d)?)

# Phrases the audit corpus (corpora/audit) relies on, first written with the audit rules.
fever	fever of 101
# A temperature written in vital signs without a label ("BP134/80, HR118, RR16, 38.2C",
# "HR 90, 101.5F"): a decimal and its unit, so that a bra size ("38C") stays out.
fever	re:\b(?:38|39|40|41)\.\d\s*c\b
fever	re:\b(?:100\.[4-9]|101\.\d|102\.\d|103\.\d|104\.\d|105\.\d)\s*f\b
cancer_history	breast cancer
cancer_history	prostate cancer
