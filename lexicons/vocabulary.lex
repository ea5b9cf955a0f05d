# The closed vocabulary of schema dxaudit/1: concepts (findings[].concept) with their
# category, and documentation elements (elements.*). See docs/lexicon-format.md.
# `unsided`: the concept has no side, so none is borrowed from its sentence ("after
# lifting a box, left-sided pain": the lifting has no side).
@kind vocabulary

# radicular
concept	radiating_leg_pain	category=radicular
concept	leg_paresthesia	category=radicular
concept	slr_sign	category=radicular
concept	sensory_deficit	category=radicular
concept	reflex_deficit	category=radicular
concept	motor_weakness	category=radicular
concept	radiculopathy	category=radicular

# vertebrogenic
concept	modic_change	category=vertebrogenic unsided
concept	axial_midline_pain	category=vertebrogenic unsided

# strain
concept	lifting_mechanism	category=strain unsided
concept	paraspinal_tenderness	category=strain

# disc
concept	disc_degeneration	category=disc unsided
concept	disc_herniation	category=disc

# structural
concept	spondylolisthesis	category=structural unsided
concept	spinal_stenosis	category=structural
concept	vertebral_fracture	category=structural

# psychogenic
concept	psychogenic_pain	category=psychogenic unsided

# muscular
concept	multifidus_dysfunction	category=muscular

# red_flag
concept	saddle_anesthesia	category=red_flag unsided
concept	bowel_bladder_dysfunction	category=red_flag unsided
concept	progressive_neuro_deficit	category=red_flag
concept	fever	category=red_flag unsided
concept	weight_loss	category=red_flag unsided
concept	cancer_history	category=red_flag historical_counts unsided
concept	night_pain	category=red_flag unsided
concept	significant_trauma	category=red_flag unsided
concept	iv_drug_use	category=red_flag historical_counts unsided
concept	immunosuppression	category=red_flag historical_counts unsided
concept	osteoporosis	category=red_flag historical_counts unsided

# Documentation elements a payer expects for an unspecified low back pain code.
# Options: findings=LIST (any mention of those findings documents the element),
# negated_findings=LIST (only a negated mention does) and affirmed_findings=LIST (only a
# mention neither negated nor hypothetical does); LIST is comma-separated category:NAME
# or concept:NAME. Phrases for every element are in elements.lex.
element	location	findings=concept:axial_midline_pain
element	onset	affirmed_findings=concept:lifting_mechanism,concept:significant_trauma
element	quality
element	duration
element	aggravating
element	relieving
element	functional_impact
element	rom
element	palpation	findings=concept:paraspinal_tenderness
element	strength
element	gait_posture
element	neuro_screen	findings=concept:slr_sign,concept:sensory_deficit,concept:reflex_deficit
element	red_flag_screen	negated_findings=category:red_flag
element	radicular_screen	negated_findings=category:radicular
element	justification
