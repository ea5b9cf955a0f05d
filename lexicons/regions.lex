# Phrases that name a spinal region, for the region of a finding (src/evidence): a disc,
# structural, radicular or paraspinal finding takes the region of a level or of one of
# these phrases inside it or attached to it ("cervical disc herniation", "herniation at
# C5-C6", "lumbar paraspinal spasm"), else of its section's header ("CERVICAL SPINE:"),
# else of the one spine the note names. Levels (C5-C6, T12, L4-5, L5-S1, S1) are read from
# the tokens and need no entry here. Root signs of the arm are cervical.
#
# A phrase marked `local` names a body part of the neck or arm, not a spine (neck, arm,
# hand, a muscle of the arm): it places the finding it is in or attached to, but casts no
# vote when a note that names no spine is given the region its levels and spine words keep
# to (evidence.cpp), so an H&P's "NECK: supple" and "moves both arms well" never make a hip
# note's history of sciatica cervical. The back's own words ("low back", "mid back") vote:
# a note that keeps saying "low back" is about the lumbar spine.
@kind regions

cervical	cervical
cervical	c-spine
cervical	neck	local
cervical	cervicothoracic
# The muscles beside the cervical spine ("paracervical tenderness"); a paracervical block
# (obstetric anaesthesia) is no spine, below.
cervical	paracervical
cervical	re:upper\s+extremit(?:y|ies)	local
cervical	re:(?:ues?|bues?|rue|lue)	local
cervical	re:arms?	local
cervical	re:hands?	local
cervical	re:fingers?	local
cervical	re:(?:biceps|triceps|deltoids?|brachioradialis|grip|wrist\s+(?:extensors?|flexors?|extension|flexion)|finger\s+(?:extensors?|flexors?|abductors?)|interossei|intrinsics|supraspinatus|infraspinatus|thumbs?|forearms?|elbows?|shoulders?|abductor\s+pollicis(?:\s+brevis)?|\bapb|first\s+dorsal\s+interosse\w*|\bfdi)	local
# The upper cervical spine by name.
cervical	re:(?:dens|odontoid|atlas|axis\s+vertebra|atlantoaxial|atlanto-?occipital)
cervical	re:(?:c[1-8])\s+(?:dermatome|distribution|myotome|root|nerve\s+root)
# The arm's nerves by their territory ("sensation intact in the radial, median and ulnar
# nerve distributions", "numbness in the ulnar distribution"): an arm's sign. ("Radial"
# alone is also a disc's tear, so only with its territory.)
cervical	re:(?:radial|ulnar|median)(?:\s*,\s*(?:and\s+)?(?:radial|ulnar|median)|\s+(?:and|or)\s+(?:radial|ulnar|median))*\s+(?:nerve\s+)?(?:sensory\s+)?(?:distributions?|territor(?:y|ies))	local

# The legs belong to no one region (`unknown`, local only): a leg sign without a level has
# no region (findings with no level of their own and no region phrase: lumbar or sacral
# roots alike). They place nothing; but an arm phrase does not place a finding whose clause
# names a leg as well, since an exam line of arms and legs is no one region's ("Reflexes:
# 2/2 and symmetric throughout BUE and patellae", "Motor is 5/5 and equal to bilateral arms
# and legs", "reflexes are 2+ at the biceps, triceps, brachioradialis, patellas and ankles").
unknown	leg	local
unknown	legs	local
unknown	le	local
unknown	les	local
unknown	ble	local
unknown	bles	local
unknown	rle	local
unknown	lle	local
unknown	re:lower\s+(?:extremit(?:y|ies)|limbs?)	local
# (One phrase a line: an alternation of many words gives FilteredRE2 no atom, and
# then its expression is tried on every sentence; literal phrases are looked up by word.)
unknown	knee	local
unknown	knees	local
unknown	ankle	local
unknown	ankles	local
unknown	patella	local
unknown	patellae	local
unknown	patellas	local
unknown	patellar	local
unknown	achilles	local
unknown	feet	local
unknown	foot	local
unknown	toe	local
unknown	toes	local
unknown	thigh	local
unknown	thighs	local
unknown	calf	local
unknown	calves	local
unknown	quadriceps	local
unknown	quads	local
unknown	hamstring	local
unknown	hamstrings	local
unknown	hip flexor	local
unknown	hip flexors	local
unknown	hip flexion	local
unknown	hip extensor	local
unknown	hip extensors	local
unknown	hip extension	local
unknown	hip abductors	local
unknown	hip adductors	local
unknown	iliopsoas	local
unknown	gastrocnemius	local
unknown	gastroc	local
unknown	tibialis anterior	local
unknown	extensor hallucis longus	local
unknown	ehl	local
unknown	dorsiflexion	local
unknown	dorsiflexors	local
unknown	plantar flexion	local
unknown	plantarflexion	local
unknown	plantar flexors	local
thoracic	thoracic
thoracic	t-spine
thoracic	mid back
thoracic	midback
thoracic	thoracolumbar
thoracic	re:(?:upper|mid)\s+back

lumbar	lumbar
lumbar	l-spine
lumbar	low back
lumbar	lower back
lumbar	lumbago
lumbar	re:lumbar\s+spine

lumbosacral	lumbosacral
lumbosacral	lumbo-sacral
lumbosacral	lumbosacral junction

sacral	sacral
sacral	sacrum
sacral	sacrococcygeal
sacral	coccyx
sacral	coccygeal

# Headings of an exam or a read: every finding after one in its section is in that region
# unless its own words say otherwise ("CERVICAL SPINE: paraspinal tenderness", "MRI of
# the cervical spine, 09/30/08:", "Thoracic MRI spine without contrast:").
cervical	re:(?:cervical|c)\s*-?\s*(?:(?:mri|ct)\s+)?spine[^:.\n]{0,40}:	heading
thoracic	re:(?:thoracic|t)\s*-?\s*(?:(?:mri|ct)\s+)?spine[^:.\n]{0,40}:	heading
lumbar	re:(?:lumbar|l)\s*-?\s*(?:(?:mri|ct)\s+)?spine[^:.\n]{0,40}:	heading
lumbosacral	re:lumbosacral\s+(?:(?:mri|ct)\s+)?spine[^:.\n]{0,40}:	heading

# The spine a note is about ("MRI of the lumbar spine"): the region of findings nothing
# else places, when the note names this spine and no other.
cervical	re:(?:cervical|c)\s*-?\s*spine	note
thoracic	re:(?:thoracic|t)\s*-?\s*spine	note
lumbar	re:(?:lumbar|l)\s*-?\s*spine	note
lumbosacral	re:lumbosacral\s+spine	note
# ... or names a study of it by region and kind ("lumbosacral back x-ray did reveal ... mild
# degenerative disk disease", "lumbar MRI", "cervical films").
@define IMAGING_STUDY (?:x-?rays?|films?|radiographs?|mri|ct\s+scan|myelogram)
cervical	re:cervical\s+(?:spine\s+|neck\s+)?{IMAGING_STUDY}	note
thoracic	re:thoracic\s+(?:spine\s+|back\s+)?{IMAGING_STUDY}	note
lumbar	re:lumbar\s+(?:spine\s+|back\s+)?{IMAGING_STUDY}	note
lumbosacral	re:(?:lumbosacral|ls|l-s)\s+(?:spine\s+|back\s+)?{IMAGING_STUDY}	note

# Words of a region that name another organ (`not`: every region phrase overlapping the
# phrase is dropped, so it neither places a finding nor makes the note one about the
# spine): the neck's lymph nodes, the uterine cervix, the chest's surgery and vessels. A
# hernia's "herniated contents" and a stent's "extrusion" in a note that also says "no
# cervical lymphadenopathy" or "Thoracic Surgery was consulted" were read as disc findings.
cervical	re:paracervical\s+(?:block|blocks|nerve\s+block|anesthesia|anaesthesia)\b	not
cervical	re:cervical\s+(?:lymph\w*|adenopathy|nodes?|nodal|chain|os|cancer|carcinoma|dysplasia|cerclage|polyps?|smears?|cytology|biopsy|biopsies|dilation|dilatation|effacement|incompetence|insufficiency|ectropion|mucus|motion\s+tenderness|esophag\w*|trachea|thymus|rib|ribs)\b	not
thoracic	re:thoracic\s+(?:surgery|surgeon|surgeons|surgical|aorta|aortic|outlet|cavity|duct|inlet|oncology|service|services|team)\b	not
