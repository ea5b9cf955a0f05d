# Structural findings of the spine (the region comes from the level or a region word).
@kind findings

spondylolisthesis	spondylolisthesis
spondylolisthesis	spondylolistheses
spondylolisthesis	spondylolysthesis
spondylolisthesis	spondylothesis
spondylolisthesis	anterolisthesis
spondylolisthesis	retrolisthesis
spondylolisthesis	listhesis
# A lateral or rotatory slip is a listhesis too ("laterolisthesis of L3 on L4"), and
# surgeons write the verb ("the spine was listhesed at L5").
spondylolisthesis	laterolisthesis
spondylolisthesis	laterolistheses
spondylolisthesis	listheses
spondylolisthesis	listhesed
spondylolisthesis	re:grade\s+(?:i{1,3}|iv|[1-4])\s+(?:\w+\s+)?(?:slip|listhesis|spondylolisthesis|anterolisthesis|retrolisthesis)
spondylolisthesis	re:(?:c[2-7]|t\d{1,2}|l[1-5])\s+on\s+(?:c[3-7]|t\d{1,2}|l[1-5]|s1)\s+(?:slip|listhesis|anterolisthesis|retrolisthesis|spondylolisthesis)
spondylolisthesis	re:(?:anterior|forward|posterior|backward)\s+slip(?:page)?\s+of\s+(?:c[2-7]|t\d{1,2}|l[1-5])
spondylolisthesis	re:(?:slip|slippage)\s+of\s+(?:c[2-7]|t\d{1,2}|l[1-5])\s+on\s+(?:c[3-7]|t\d{1,2}|l[1-5]|s1)
# The slip told as a displacement of one vertebra on the next ("anterior displacement of L4
# on L5", "posterior translation of L5 on S1"): "X on Y" gives the level pair, as in "slip of
# L4 on L5". Not the verb ("L5 is anteriorly displaced on S1"): with words between the two
# levels the finding takes the first alone, and L5 alone is lumbar where L5-S1 is
# lumbosacral, another code.
spondylolisthesis	re:(?:anterior|posterior|forward|backward)\s+(?:displacement|translation)\s+of\s+(?:the\s+)?(?:c[2-7]|t\d{1,2}|l[1-5])(?:\s+vertebra(?:l\s+body)?)?\s+(?:on|over|relative\s+to)\s+(?:the\s+)?(?:c[3-7]|t\d{1,2}|l[1-5]|s1|sacrum)

# A defect of the pars interarticularis without a slip (M43.06/M43.07): not a listhesis.
# An imaging protocol named for it looks for it: "MRI L-spine (spondylolysis protocol)".
spondylolysis	re:spondylolysis\s+protocol	not
spondylolysis	spondylolysis
spondylolysis	spondylolyses
spondylolysis	spondylolytic defect
spondylolysis	spondylolytic defects
spondylolysis	pars defect
spondylolysis	pars defects
spondylolysis	re:pars\s+(?:interarticularis\s+)?(?:defects?|fractures?|breaks?|lysis)
# The pars broken by stress, as sports medicine and MRI write it: "pars stress fracture", "a
# small incomplete fracture line in the right L5 pars". (A stress reaction, the bone's edema
# before a break, is not read as one: the blind probes' readers split two and two.)
spondylolysis	re:pars\s+(?:interarticularis\s+)?stress\s+fractures?
spondylolysis	re:(?:stress\s+fractures?|(?:incomplete\s+)?fracture\s+lines?)\s+(?:\w+\s+){0,4}?(?:of|in|at|involving)\s+(?:the\s+)?(?:(?:left|right|bilateral|l[1-5]|s1)\s+){0,2}pars\b
spondylolysis	re:(?:defects?|fractures?|breaks?)\s+(?:of|in)\s+the\s+(?:\w+\s+)?pars(?:\s+interarticularis)?

spinal_stenosis	spinal stenosis
spinal_stenosis	lumbar stenosis
spinal_stenosis	canal stenosis
spinal_stenosis	central stenosis
spinal_stenosis	central canal stenosis
spinal_stenosis	foraminal stenosis
spinal_stenosis	foraminal narrowing
spinal_stenosis	neural foraminal narrowing
spinal_stenosis	neuroforaminal narrowing
spinal_stenosis	neuroforaminal stenosis
spinal_stenosis	lateral recess stenosis
spinal_stenosis	recess stenosis
spinal_stenosis	canal narrowing
# "moderate L lateral recess narrowing", "severe central and moderate L lateral recess
# narrowing" (the first of a pair named by its place and severity alone).
spinal_stenosis	re:(?:(?:l|r|left|right|bilateral|b/l)\s+)?(?:lat(?:eral)?\.?\s+recess|subarticular(?:\s+recess)?|central\s+canal|central)\s+narrowing
spinal_stenosis	re:(?:mild|moderate|severe|marked|significant|critical)\s+central\s+(?:and|&)\s+(?:(?:mild|moderate|severe|marked|significant)\s+)?(?:(?:l|r|left|right|bilateral|b/l)\s+)?(?:lateral\s+recess|foraminal|subarticular)\s+(?:narrowing|stenosis)
# Bare 'stenosis' is spinal in a note about the spine (`spine_note`: the note names a spinal
# region or a range of levels); in a catheterization report it is a vessel's.
spinal_stenosis	stenosis	spine_note
# Stenosis of a vessel, a valve ("AV stenosis") or a dialysis access ("stenosis within the
# cephalic vein") is not of the spine (`not`).
spinal_stenosis	re:(?:aortic|mitral|pulmonic|pulmonary|tricuspid|valvular|subaortic|av|mv|tv|pv|carotid|renal\s+artery|vertebral\s+artery|coronary|arterial|artery|vascular|extracranial|intracranial|ica|vein|venous|graft|fistula|outflow|iliac|femoral|subclavian|innominate|jugular|cephalic|basilic|pyloric|urethral|meatal|tracheal|subglottic|esophageal|biliary|anastomotic|in-?stent)\s+(?:valve\s+)?stenosis	not
spinal_stenosis	re:stenosis\s+(?:of|in|at|within|involving)\s+the\s+(?:(?:left|right|proximal|distal|internal|external|common|origin\s+of\s+the)\s+){0,3}(?:\w+\s+)?(?:artery|arteries|valve|carotids?|aorta|stent|anastomosis|trachea|esophagus|pylorus|urethra|vessels?|veins?|grafts?|fistulas?|fistulae|ica|cca|mca|renal\s+arter\w+)	not
spinal_stenosis	re:\d{1,3}\s*%\s+(?:\w+\s+)?stenosis	not
# A residual stenosis given in percent is a vessel's after angioplasty ("a residual
# stenosis of at least 30% and we elected to stent").
spinal_stenosis	re:residual\s+stenosis\s+of\s+(?:at\s+least\s+|about\s+|approximately\s+)?\d+	not
# A catheter or wire crosses a vessel's stenosis; a stenosis at the origin of a vessel, or
# left after a stent, is a vessel's ("advanced through the stenosis into the femoral artery").
spinal_stenosis	re:(?:through|across|beyond|past)\s+(?:the|this|a)\s+(?:(?:tight|high-?grade|critical|residual)\s+)?stenos(?:is|es)	not
spinal_stenosis	re:stenos(?:is|es)\s+(?:at|of)\s+the\s+origins?\s+of	not
spinal_stenosis	re:(?:residual|recurrent\s+in-?stent)\s+stenosis\s+(?:of\s+)?(?:less\s+than\s+)?(?:\d|after|following|post)	not
# A vessel named earlier in the clause (no comma between: a history list names an artery
# and a lumbar stenosis apart) owns the stenosis after it ("In the proximal right
# coronary artery, there is a large ulcerative plaque followed immediately by a severe
# stenosis", "a slightly dominant right vertebral artery with no stenosis"), and a stent
# or angioplasty after it makes it a vessel's ("improvement in the stenosis, but a residual
# stenosis ... and we elected to stent this").
spinal_stenosis	re:(?:carotid\s+(?:ultrasound|doppler|duplex)|lad|rca|circumflex|diagonal|obtuse\s+marginal|arter(?:y|ies)|plaques?|ostial|ostium|angiogra\w*|angioplasty|catheteri[sz]ation|vessels?|lumen|luminal)\b[^.;,]*?\bstenosis	not
spinal_stenosis	re:\bstenosis\b[^.;]*?\b(?:stent|stents|stented|stenting|angioplasty)\b	not
# Words of the spine before "stenosis" name it; a grade alone ("significant stenosis",
# "mild stenosis") says no more than the bare word.
spinal_stenosis	re:(?:(?:mild|mildly|moderate|moderately|severe|severely|significant|critical|multilevel|multi-level|bilateral|left|right)\s+){0,3}(?:central|canal|foraminal|neural|neuroforaminal|spinal|lumbar|recess|lateral|subarticular)\s+(?:(?:central|canal|foraminal|neural|neuroforaminal|spinal|lumbar|recess|lateral|subarticular)\s+){0,2}stenosis
spinal_stenosis	re:(?:(?:mild|mildly|moderate|moderately|severe|severely|significant|critical|multilevel|multi-level|bilateral|left|right)\s+){1,4}stenosis	spine_note
spinal_stenosis	neurogenic claudication
spinal_stenosis	pseudoclaudication
spinal_stenosis	re:narrowing\s+of\s+the\s+(?:\w+\s+){0,2}(?:canal|(?:neuro)?foram\w*|lateral\s+recess)
# ... the verb's form: "short pedicles narrowing the canal throughout the lumbar spine".
spinal_stenosis	re:(?:narrows|narrowed|narrowing)\s+the\s+(?:(?:spinal|central|thecal|lumbar)\s+)?canal\b
# A canal narrow from birth, as imaging reads it: "congenitally small spinal canal",
# "developmentally narrow lumbar canal", "congenital canal stenosis".
spinal_stenosis	re:(?:congenitally|developmentally|congenital|developmental)\s+(?:(?:small|narrow|narrowed|shallow|tight|stenotic)\s+)(?:(?:spinal|lumbar|cervical|thoracic|central|bony|vertebral)\s+){0,2}canals?
# A foramen compromised or encroached on by a disc or spur ("bilateral foraminal compromise",
# "encroaching upon the left intervertebral neural foramen").
spinal_stenosis	re:(?:neuro)?foramina?l?\s+(?:compromise|encroachment|impingement)
spinal_stenosis	re:encroach\w*\s+(?:up)?on\s+the\s+(?:(?:left|right|bilateral|intervertebral|neural|exiting)\s+){0,3}(?:neuro)?foram\w*
# Bone pressing in a foramen, as an operative narrative finds it ("the bony compression in
# the foramen was removed", "osseous impingement within the left neural foramen").
spinal_stenosis	re:(?:bony|osseous|bone)\s+(?:compression|encroachment|impingement|narrowing)\s+(?:in|of|at|within)\s+the\s+(?:(?:left|right|bilateral|intervertebral|neural|exiting)\s+){0,3}(?:neuro)?foram(?:en|ina|inal)
spinal_stenosis	re:(?:canal|foraminal|foramina|foramen)\s+(?:is\s+|are\s+)?(?:mildly\s+|moderately\s+|severely\s+)?(?:narrowed|compromised|stenotic)
# ... and as a past or perfect verb, in a note about the spine ("the C6 foramen was
# narrowed by a spur", "the canal has been narrowed to 8 mm", "foramina were almost
# obliterated").
spinal_stenosis	re:(?:canal|foramen|foramina|recess(?:es)?)\s+(?:has|have|had|was|were)\s+(?:been\s+)?(?:(?:found|noted|seen)\s+to\s+be\s+)?(?:(?:almost|nearly|totally|completely|severely|moderately|mildly|markedly)\s+){0,2}(?:narrowed|obliterated|compromised|stenotic)	spine_note
# A spinal level or segment called stenotic ("L4-5 and L5-S1, which were profoundly
# stenotic"); a stenotic valve or artery names none of these.
spinal_stenosis	re:(?:canal|recess(?:es)?|levels?|segments?|spine)\s+(?:(?:which|that|is|are|was|were|mildly|moderately|severely|profoundly|markedly|critically|quite|very)\s+){0,3}stenotic

vertebral_fracture	compression fracture
vertebral_fracture	compression fractures
vertebral_fracture	vertebral fracture
vertebral_fracture	vertebral fractures
vertebral_fracture	burst fracture
# A fracture of a vertebra's part named after the level: "a nondisplaced fracture of the left L1
# lamina", "fracture through the L5 pedicle".
vertebral_fracture	re:fractures?\s+(?:of|through|involving)\s+(?:the\s+)?(?:(?:left|right|bilateral)\s+)?(?:c[1-7]|t[1-9]|t1[0-2]|l[1-5]|s[1-5])\s+(?:(?:vertebral\s+)?body|lamina|laminae|pedicles?|spinous\s+process|facet|articular\s+process|superior\s+endplate|inferior\s+endplate)\b
# Fractures of the spine known by a name of their own: a teardrop fracture of a cervical body,
# a Chance fracture, a hangman's (C2), a Jefferson (C1), a clay-shoveler's (a spinous process).
vertebral_fracture	re:(?:flexion[-\s]+|extension[-\s]+)?(?:teardrop|tear-drop|chance|hangman'?s|jefferson|clay[-\s]shovel(?:l)?er'?s)\s+fractures?
vertebral_fracture	chance fracture
vertebral_fracture	wedge fracture
vertebral_fracture	vertebral body fracture
# Vertebral compression fracture, abbreviated ("kyphoplasty for VCF", "multiple VCFs").
vertebral_fracture	vcf
vertebral_fracture	vcfs
# ... and "fx" for fracture with a vertebral kind but no level, as typed notes write the
# compression fracture they look for or found ("XR to r/o compression fx", "possible
# pathologic compression fx"); "compression fracture" itself is read above.
vertebral_fracture	compression fx
vertebral_fracture	compression fxs
vertebral_fracture	burst fx
# Fractures of the processes named after the levels ("fractures of the left L2 and L3
# transverse processes").
vertebral_fracture	re:fractures?\s+(?:of|through|involving)\s+(?:the\s+)?(?:(?:left|right|bilateral)\s+)?(?:[lt]\d{1,2}(?:\s*(?:,|and|&|-|through|to)\s*[lt]?\d{1,2})*\s+)?(?:transverse|spinous)\s+process(?:es)?
# A report's field for the foramina or the canal ("Neural foramina: moderate narrowing on the
# left at L4-5", "Central canal: mild stenosis").
spinal_stenosis	re:(?:neural\s+|neuro)?foramina\s*:\s*(?:(?:mild|mildly|moderate|moderately|severe|severely|minimal|marked|bilateral|bilat|b/l|left|right|l|r)\s+){0,3}(?:narrowing|narrowed|stenosis|stenotic|encroachment)
spinal_stenosis	re:(?:central\s+)?canal\s*:\s*(?:(?:mild|mildly|moderate|moderately|severe|severely|minimal|marked)\s+){0,2}(?:narrowing|narrowed|stenosis|stenotic)
# A fracture of the sacrum named by its part ("fracture of the right sacral ala", "fracture
# through the S2 segment").
vertebral_fracture	re:fractures?\s+(?:of|through|involving|in)\s+(?:the\s+)?(?:(?:left|right|bilateral)\s+)?(?:sacral\s+alae?|sacrum|s[1-5]\s+(?:segment|vertebra|vertebral\s+body|body))
vertebral_fracture	fracture of the vertebra
vertebral_fracture	transverse process fracture
vertebral_fracture	transverse process fractures
vertebral_fracture	spinous process fracture
vertebral_fracture	vertebral compression deformity
# A wedge deformity of a vertebra, as a radiology report names a compression fracture by its
# shape ("wedge deformity of L1", "anterior wedging of the T12 vertebral body", "L1 wedge
# compression fracture"), as "compression deformity" is read. A level or a vertebra must
# come with it.
vertebral_fracture	re:(?:anterior\s+)?(?:wedge|wedged|wedging)\s+(?:compression\s+)?(?:deformit(?:y|ies)\s+|fractures?\s+)?(?:of|at|in|involving)\s+(?:the\s+)?(?:(?:c[2-7]|t\d{1,2}|l[1-5])\b|vertebra|vertebral\s+bod(?:y|ies))
vertebral_fracture	re:(?:t\d{1,2}|l[1-5])\s+(?:vertebral\s+body\s+)?(?:wedge|wedging)\s+(?:compression\s+)?(?:deformit(?:y|ies)|fractures?)
vertebral_fracture	insufficiency fracture
# A fracture of a vertebra of any region, named by its level, its region or its part
# ("T12 fracture", "C2 fracture", "thoracic compression fractures", "base of dens fracture",
# "posterior element fracture"), with its kind between ("L1 and L2 osteoporotic fractures").
# A pars fracture is spondylolysis; a hip, femur or rib fracture names none of these.
vertebral_fracture	re:(?:c[1-7]|t[1-9]|t1[0-2]|l[1-5]|s[1-5]|cervical|thoracic|lumbar|thoracolumbar|sacral|vertebral|spine|spinal|dens|odontoid|posterior\s+element|pedicle|laminar?|facet|atlas|c1\s+ring)\s+(?:vertebral\s+)?(?:body\s+)?(?:compression\s+|burst\s+|wedge\s+|osteoporotic\s+|pathologic(?:al)?\s+|insufficiency\s+|chance\s+)?fractures?
# ... abbreviated, with its kind ("Known T12 compression fx from 6 wks ago").
vertebral_fracture	re:(?:c[1-7]|t[1-9]|t1[0-2]|l[1-5]|s[1-5])\s+(?:vertebral\s+)?(?:body\s+)?(?:compression|burst|wedge|osteoporotic|pathologic(?:al)?|insufficiency)\s+fxs?\b
vertebral_fracture	re:(?:compression|burst|wedge|osteoporotic|pathologic(?:al)?|insufficiency)\s+fractures?\s+(?:of\s+|at\s+|involving\s+|in\s+)?(?:the\s+)?(?:c[1-7]|t[1-9]|t1[0-2]|l[1-5]|s[1-5]|cervical|thoracic|lumbar|thoracolumbar|sacr\w+|spine|vertebra\w*)
# A fracture of a level: the level must end the phrase or be the vertebra's, since "a
# fracture of the L5 pars" is spondylolysis; "at" a level needs the word level or vertebra
# ("fracture healing at the L1 level"), since "pars fracture at L5" is spondylolysis too.
vertebral_fracture	re:(fractures?(?:\s+\w+)?\s+(?:of|involving)\s+(?:the\s+)?(?:c[1-7]|t[1-9]|t1[0-2]|l[1-5]|s[1-5])(?:\s+(?:vertebral\s+body|vertebra|level))?)(?:[,.;:)]|$|\s+(?:and|with|which|that|in|from|since|after|without|secondary|due|was|is|has|had)\b)
vertebral_fracture	re:fractures?(?:\s+\w+)?\s+(?:of|involving)\s+(?:the\s+)?(?:(?:cervical|thoracic|lumbar|thoracolumbar)\s+(?:spine|vertebra\w*)|sacrum|odontoid|dens|vertebral\s+body|vertebra\w*)
vertebral_fracture	re:fractures?(?:\s+\w+)?\s+at\s+(?:the\s+)?(?:c[1-7]|t[1-9]|t1[0-2]|l[1-5]|s[1-5])\s+(?:level|vertebra\w*|vertebral\s+body)
# Generic fracture words of a spine read ("no acute fracture": only in a note about the
# spine, since a CT of the abdomen or a film of the feet says it too); "pathologic fracture" and
# "osteoporotic fracture" alone are left out, since a hip or wrist has them too.
vertebral_fracture	re:(?:compression|burst|wedge|vertebral|spinal)\s+fractures?
vertebral_fracture	re:acute\s+fractures?	spine_note
# A level written before a kind of fracture ("a displaced C2 comminuted fracture"), a
# fracture-dislocation named by level, fractures of several vertebrae, and the dictated
# "compression fraction".
vertebral_fracture	re:(?:c[1-7]|t1[0-2]|t[1-9]|l[1-5])\s+(?:comminuted|displaced|nondisplaced|non-displaced|unstable|stable|teardrop|hangman'?s)\s+fractures?
vertebral_fracture	re:fracture[-\s]dislocation\s*,?\s+(?:of\s+|at\s+)?(?:the\s+)?(?:c[1-7]|t1[0-2]|t[1-9]|l[1-5])\b
vertebral_fracture	re:fractures?\s+(?:of|involving)\s+(?:the\s+)?(?:c[1-7]|t1[0-2]|t[1-9]|l[1-5])\s+vertebrae
vertebral_fracture	re:(?:compression|burst|wedge)\s+fractions?
# A toe or a finger has levels too ("great toe, T1 fracture": the first phalanx).
vertebral_fracture	re:(?:toes?|fingers?|digits?|thumbs?|phalan\w*|hallux)\b[^.;]{0,20}?\b[tp]\d\s+fractures?	not
# A fracture denied in a note about the spine, as an imaging read does ("no fracture or
# subluxation", "negative for fracture"); a limb's film in such a note is left out below.
vertebral_fracture	re:(?:no|without|negative\s+for)\s+(?:(?:evidence\s+of|acute|obvious|any|definite|displaced)\s+){0,2}fractures?	negated spine_note
# ... but not in a read of a limb ("x-ray of the right ankle ... no acute fracture").
vertebral_fracture	re:(?:x-?rays?|radiographs?|films?|ct|mri)\s+(?:\w+\s+){0,2}of\s+the\s+(?:(?:left|right|bilateral)\s+)?(?:ankles?|knees?|hips?|wrists?|feet|foot|hands?|shoulders?|elbows?|femur|tibia|fibula|humerus|forearm|pelvis|ribs?|chest)\b[^.;]*?\bacute\s+fractures?	not
# A vertebral body that lost height or collapsed is fractured ("collapse of T12",
# "increased loss of height at L1", "anterior wedging of T8", "loss of vertebral body
# height"). A level must be one vertebra (what follows it is a space or a punctuation
# mark, not "-5"; the group is the finding, what follows only context): a lost height at
# L4-5 is a disc's.
vertebral_fracture	re:(?:(?:vertebral|spinal)\s+(?:body\s+)?)?compression\s+deformit(?:y|ies)
vertebral_fracture	re:loss\s+of\s+(?:\w+\s+)?vertebral\s+(?:body\s+)?heights?
vertebral_fracture	re:vertebral\s+(?:body\s+)?(?:height\s+loss|collapse|wedging)
vertebral_fracture	re:((?:collapse|wedging|(?:loss\s+of|lost)\s+(?:(?:vertebral|body|anterior|posterior|further|additional|significant|mild|moderate|severe)\s+){0,2}height|height\s+loss)\s+(?:of|at|in)\s+(?:the\s+)?(?:c[2-7]|t[1-9]|t1[0-2]|l[1-5])(?:\s+vertebral\s+body|\s+vertebra|\s+level)?)(?:\s|[,.;:)]|$)
vertebral_fracture	re:(?:c[2-7]|t[1-9]|t1[0-2]|l[1-5])\s+(?:vertebral\s+body\s+)?(?:collapse|wedging|height\s+loss)
# Levels then "disc": the disc collapsed, not a vertebra ("total collapse of the C2, C3, and
# C4 disc"; disc.lex reads it as a degenerated disc).
vertebral_fracture	re:collapse\s+of\s+the\s+(?:(?:c[2-7]|t[1-9]|t1[0-2]|l[1-5]|s1)(?:\s*-\s*(?:[ctls])?\d{1,2})?\s*(?:,\s*)?(?:(?:and|&)\s+)?)+(?:discs?|disks?|intervertebral)	not
# The height lost by a fracture named just before is that fracture, one mention ("L1 burst
# fracture with 30% loss of vertebral body height", "compression fracture of L1 with
# approximately 30% loss of anterior vertebral body height").
vertebral_fracture	re:fractures?\s+(?:(?:of|at)\s+(?:the\s+)?(?:c[1-7]|t[1-9]|t1[0-2]|l[1-5]|s[1-5])(?:\s+vertebral\s+body|\s+vertebra)?\s+)?with\s+(?:(?:approximately|about|nearly|over|less\s+than|greater\s+than|more\s+than|mild|moderate|severe|minimal|significant|\d+\s*%|\d+\s+percent)\s+)*(?:anterior\s+)?(?:loss\s+of\s+(?:(?:vertebral|body|anterior|posterior)\s+){0,3}height|height\s+loss|wedging|collapse)
