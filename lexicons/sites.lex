# Body sites: what a documentation element phrase is about (src/evidence). The elements
# describe the back complaint; vocabulary.lex says, per element, which sites it may be
# about (`about=`): "tender to palpation over the lumbar spine" documents palpation,
# "Abdomen: soft, nontender" does not; "pain for 3 weeks" after "low back pain" documents
# duration, "diabetes for 5 years" in a note whose complaint is a knee does not. The site
# phrases nearest the element phrase decide: inside it, in its own clause (between the
# commas, semicolons or colons around it), after it in its clause, before it in its sentence, then in the two sentences before it in its section (not past a
# heading), then the first sentence of the note that names a site (its complaint). What
# names no site at all counts: nothing says it is about something else.
#   back       the low back, the sacrum and the buttocks, and the lumbar levels
#   leg        the lower limb (the leg pain that comes with a back complaint)
#   leg_joint  a joint or part of the lower limb on its own: an exam of the legs
#              (reflexes at the knees, sensation of the feet), not a knee complaint
#   other      any other part of the body: it stops the search
@kind sites

back	low back
back	lower back
back	backache
back	backaches
back	re:\b(?:low|lower|upper|his|her|their|the|my|your|entire|whole)\s+back\b
back	re:\bback\s*(?::|pain|ache|aches|spasms?|injury|injuries|exam|examination|brace|surgery|surgeries|problems?|muscles?|is|was|has|had|with|without|nontender|non-tender|tender|tenderness|reveals|shows|range|rom|flexion|extension|stiffness|complaints?|symptoms?)\b
back	re:\b(?:in|of|across|over|into)\s+(?:the\s+)?back\b
back	lumbar
back	lumbosacral
back	lumbago
back	lbp
back	l-spine
back	ls spine
back	sacral
back	sacrum
back	sacroiliac
back	si joint
back	si joints
back	coccyx
back	tailbone
back	spine
back	spinal
back	spinous
back	paraspinal
back	paraspinals
back	paraspinous
back	paravertebral
# The spine named by its bones where a back exam or complaint names it ("no vertebral or
# costovertebral angle tenderness"); not "the vertebral body" of an operation.
back	re:vertebral\s+(?:column|tenderness|pain|or\s+(?:cva|costovertebral))
back	paralumbar
back	buttock
back	buttocks
back	gluteal
back	gluteus
back	sciatica
back	sciatic
back	iliac crest
back	iliac crests
back	psis
back	waist
back	beltline
back	belt line
# Lumbar and sacral levels (thoracic and cervical levels are other sites).
back	re:\b[ls][1-5](?:\s*-\s*[ls]?[1-5])?\b

leg	leg
leg	foot drop
leg	legs
leg	lower extremity
leg	lower extremities
leg	lower limb
leg	lower limbs
leg	re:\b(?:b?les?|rle|lle)\b
leg	thigh
leg	thighs
leg	calf
leg	calves
leg	shin
leg	shins
leg	hamstring
leg	hamstrings
leg	quadriceps
leg	quads
leg	hip flexor
leg	hip flexors
leg	iliopsoas
leg	gastrocnemius
leg	tibialis anterior
leg	ehl
leg	extensor hallucis longus
leg	dorsiflexion
leg	plantar flexion
leg	plantarflexion
leg	dorsiflexors
leg	plantar flexors
leg	patellar
leg	achilles
leg	knee jerk
leg	knee jerks
leg	ankle jerk
leg	ankle jerks

leg_joint	hip
leg_joint	hips
leg_joint	knee
leg_joint	knees
leg_joint	ankle
leg_joint	ankles
leg_joint	foot
leg_joint	feet
leg_joint	toe
leg_joint	toes
leg_joint	heel
leg_joint	heels
leg_joint	extremity
leg_joint	extremities
leg_joint	femur
leg_joint	femurs
leg_joint	patella

other	neck
other	cervical
other	c-spine
other	thoracic
other	t-spine
other	mid back
other	midback
other	throat
other	head
other	headache
other	headaches
other	face
other	facial
other	eye
other	eyes
other	ear
other	ears
other	nose
other	nasal
other	sinus
other	sinuses
other	mouth
other	tongue
other	tooth
other	teeth
other	jaw
other	thyroid
other	shoulder
other	shoulders
other	shoulder blades
other	arm
other	arms
other	elbow
other	elbows
other	forearm
other	forearms
other	wrist
other	wrists
other	hand
other	hands
other	finger
other	fingers
other	thumb
other	thumbs
other	upper extremity
other	upper extremities
other	re:\b(?:b?ues?|rue|lue)\b
other	chest
other	chest wall
other	breast
other	breasts
other	heart
# Heart sounds, not the S1 level.
# ... also with words between ("normal S1 with a physiologically split S2", "S1, single S2",
# "S1-S2", "normal S1 and 2"). One expression: having no atom to filter on, it is searched
# in every sentence.
other	re:\bs1\s*(?:(?:,|and|&|/)?\s*s2|(?:-|,|and|&|/|with)\s*(?:(?:a|an|the|normal|normally|physiologic(?:al(?:ly)?)?|single|loud|soft|split|narrowly|widely|and)\s*){0,4}(?:s2|2))\b
# Reflexes of the eye and the throat, not of the legs.
other	red reflex
other	light reflex
other	corneal reflex
other	gag reflex
other	cranial nerves
other	lung
other	lungs
other	abdomen
other	abdominal
other	belly
other	epigastric
other	epigastrium
other	quadrant
other	quadrants
other	re:\b(?:rlq|ruq|llq|luq)\b
other	pelvic
other	pelvis
other	adnexa
other	adnexal
other	uterus
other	uterine
other	vaginal
other	vulvar
other	cervix
other	testes
other	testicle
other	testicles
other	testicular
other	scrotum
other	scrotal
other	penis
other	rectal
other	rectum
other	anal
other	groin
other	inguinal
other	flank
other	cva
other	costovertebral
other	kidney
other	kidneys
other	renal
other	lymph node
other	lymph nodes
other	lymphadenopathy
other	axilla
other	axillary
other	liver
other	spleen
other	skin
other	scalp
# Parts an exam of the arm, the neck, the hip's bursa or the hand names ("TTP over bilat upper
# trapezius and cervical paraspinals", "tender over R greater trochanter", "grip strength",
# "biceps, brachioradialis and triceps reflexes", "decreased in R C6 dermatome"), and
# complaints of other organs ("GERD sx worse after meals", "migraines aggravated by light",
# "heartburn improves with Tums", "unable to drive at night due to cataracts"): what an
# element phrase beside them describes is theirs.
other	abd
other	re:(?:upper\s+)?trapezi(?:us|i)
other	re:(?:cervical|thoracic)\s+paraspin(?:als?|ous)
other	re:(?:greater\s+)?trochanters?
other	trochanteric
other	grip
other	biceps
other	triceps
other	brachioradialis
other	deltoid
other	deltoids
other	rotator cuff
other	re:\bc[2-8]\s+(?:dermatom\w*|distribution|myotom\w*|root)
other	gerd
other	reflux
other	heartburn
other	indigestion
other	migraine
other	migraines
other	cataract
other	cataracts
