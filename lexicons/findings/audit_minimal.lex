# Minimal finding phrases for the audit corpus (corpora/audit/) and the audit tests, for
# the concepts that have no lexicon on this branch yet. Kept apart on purpose: the full
# finding lexicons (branch issue4) will replace these, and this file is then merged and
# deduplicated. Literal phrases only.
@kind findings

# strain
lifting_mechanism	after lifting
lifting_mechanism	while lifting
lifting_mechanism	lifting a heavy
paraspinal_tenderness	paraspinal tenderness
paraspinal_tenderness	paraspinal spasm
paraspinal_tenderness	paraspinal muscle spasm

# vertebrogenic
modic_change	modic type 1
modic_change	modic type 2
modic_change	modic changes
modic_change	endplate edema
axial_midline_pain	deep midline pain
axial_midline_pain	axial pain

# disc
disc_degeneration	degenerative disc disease
disc_degeneration	disc desiccation
disc_degeneration	loss of disc height
disc_herniation	disc herniation
disc_herniation	disc protrusion
disc_herniation	disc extrusion

# structural
spondylolisthesis	spondylolisthesis
spinal_stenosis	spinal stenosis
spinal_stenosis	central canal stenosis
vertebral_fracture	compression fracture

# psychogenic
psychogenic_pain	psychogenic pain
psychogenic_pain	psychogenic back pain

# muscular
multifidus_dysfunction	multifidus atrophy
multifidus_dysfunction	multifidus dysfunction
multifidus_dysfunction	fatty infiltration of the multifidus

# red flags (not the bare word "fever": tests of the assertion engine use it as a
# neutral word; the issue4 lexicons decide)
saddle_anesthesia	saddle anesthesia
saddle_anesthesia	saddle numbness
bowel_bladder_dysfunction	urinary retention
bowel_bladder_dysfunction	bowel incontinence
fever	febrile
fever	fever of 101
fever	fevers and chills
weight_loss	unexplained weight loss
cancer_history	breast cancer
cancer_history	prostate cancer
night_pain	night pain
significant_trauma	motor vehicle collision
significant_trauma	fall from height
iv_drug_use	iv drug use
immunosuppression	long-term steroids
osteoporosis	osteoporosis
