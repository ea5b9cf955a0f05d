# The closed vocabulary of schema dxaudit/1: concepts (findings[].concept) with their
# category, and documentation elements (elements.*). See docs/lexicon-format.md.
# `unsided`: the concept has no side, so none is borrowed from its sentence ("after
# lifting a box, left-sided pain": the lifting has no side). `regional`: its findings
# carry a spinal region (cervical ... sacral, or unknown), and only lumbar, lumbosacral and
# unknown ones count against a low back code; `report_region`: what a read describes (a
# disc, a stenosis) also takes the region of its heading or of the one spine the note
# names, where a leg symptom or sign has none without a level. `lasting`: a condition that persists, so that
# "history of X" or a past medical history entry leaves it current (only "resolved",
# "remote", "s/p" and the like make it historical); events (a lifting injury, trauma, a
# fever) and a cancer's history have it not.
@kind vocabulary

# radicular
concept	radiating_leg_pain	category=radicular regional lasting
concept	leg_paresthesia	category=radicular regional lasting
concept	slr_sign	category=radicular regional lasting
concept	sensory_deficit	category=radicular regional lasting
concept	reflex_deficit	category=radicular regional lasting
concept	motor_weakness	category=radicular regional lasting
concept	radiculopathy	category=radicular regional report_region lasting

# vertebrogenic
concept	modic_change	category=vertebrogenic unsided regional report_region lasting
concept	axial_midline_pain	category=vertebrogenic unsided regional report_region lasting

# strain
concept	lifting_mechanism	category=strain unsided
concept	paraspinal_tenderness	category=strain regional report_region lasting
# A strain or sprain of the low back named as a diagnosis ("lumbar strain").
concept	lumbar_strain	category=strain regional lasting

# disc
concept	disc_degeneration	category=disc unsided regional report_region lasting
concept	disc_herniation	category=disc regional report_region lasting

# structural
concept	spondylolisthesis	category=structural unsided regional report_region lasting
# A pars defect; not a slip (spondylolisthesis). M43.06 lumbar, M43.07 lumbosacral.
concept	spondylolysis	category=structural regional report_region lasting
concept	spinal_stenosis	category=structural regional report_region lasting
# A vertebra's fracture has no side: the side of another finding of its sentence is not its
# ("multiple spine fractures as well as bilateral pulmonary contusions").
concept	vertebral_fracture	category=structural unsided regional report_region lasting

# psychogenic
concept	psychogenic_pain	category=psychogenic unsided lasting

# muscular
concept	multifidus_dysfunction	category=muscular lasting

# complaint: the back pain itself, which no rule holds against M54.50 but
# M5450_NO_LOW_BACK_PAIN looks for ("low back pain", "LBP", "back pain"; "mid back pain" is
# thoracic).
concept	low_back_pain	category=complaint regional lasting

# red_flag
concept	saddle_anesthesia	category=red_flag unsided lasting
concept	bowel_bladder_dysfunction	category=red_flag unsided lasting
concept	progressive_neuro_deficit	category=red_flag unsided lasting
concept	fever	category=red_flag unsided
concept	weight_loss	category=red_flag unsided lasting
concept	cancer_history	category=red_flag historical_counts unsided
concept	night_pain	category=red_flag unsided lasting
concept	significant_trauma	category=red_flag unsided
concept	iv_drug_use	category=red_flag historical_counts unsided
concept	immunosuppression	category=red_flag historical_counts unsided lasting
concept	osteoporosis	category=red_flag historical_counts unsided lasting

# Documentation elements a payer expects for an unspecified low back pain code.
# Options: findings=LIST (any mention of those findings documents the element),
# negated_findings=LIST (only a negated mention does) and affirmed_findings=LIST (only a
# mention neither negated nor hypothetical does); LIST is comma-separated category:NAME
# or concept:NAME. Phrases for every element are in elements.lex.
# The symptom elements describe the low back complaint or the leg pain that comes with it
# (about=, sites.lex), and never count where a note lists other things: an operative
# narrative, medications, the family's or social history, past surgery, allergies, labs
# ("Abdomen: soft, nontender" is about another site). The exam elements count for the
# back (rom, palpation) or for the back and the lower limbs (strength, neuro_screen: a general
# "motor 5/5 throughout" counts, "strength 5/5 in the upper extremities" does not); a
# gait is the legs'.
@define NOT_THE_COMPLAINT procedure,medications,family_history,social_history,psh,allergies,labs
# Onset, duration and location need the back or the leg named near them (`about_near`): a
# date or a side in another complaint's sentence ("hematuria began yesterday",
# "hypertension since 1985") is not the back's because the note opened with back pain.
# Where a gait is told, not observed ("difficulty ambulating", "up and ambulatory").
@define NOT_THE_EXAM {NOT_THE_COMPLAINT},chief_complaint,hpi,subjective,pmh,hospital_course,ros
element	location	findings=concept:axial_midline_pain	about=back,leg	about_near	except_sections={NOT_THE_COMPLAINT}
element	onset	affirmed_findings=concept:lifting_mechanism,concept:significant_trauma	about=back,leg	about_near	except_sections={NOT_THE_COMPLAINT}
element	quality	about=back,leg	except_sections={NOT_THE_COMPLAINT}
element	duration	about=back,leg	about_near	except_sections={NOT_THE_COMPLAINT}
element	aggravating	about=back,leg	except_sections={NOT_THE_COMPLAINT}
element	relieving	about=back,leg	except_sections={NOT_THE_COMPLAINT}
element	functional_impact	about=back,leg	except_sections={NOT_THE_COMPLAINT}
element	rom	about=back	except_sections={NOT_THE_COMPLAINT}
element	palpation	findings=concept:paraspinal_tenderness	about=back	except_sections={NOT_THE_COMPLAINT}
element	strength	about=back,leg,leg_joint	about_sentence	except_sections={NOT_THE_COMPLAINT}
element	gait_posture	about=back,leg,leg_joint	about_sentence	except_sections={NOT_THE_EXAM}
element	neuro_screen	about=back,leg,leg_joint	about_sentence	findings=concept:slr_sign,concept:sensory_deficit,concept:reflex_deficit
element	red_flag_screen	negated_findings=category:red_flag
element	radicular_screen	negated_findings=category:radicular	about=back,leg,leg_joint	about_sentence
element	justification
