# Intervertebral disc findings: degeneration and herniation (usually from imaging).
@kind findings

disc_degeneration	degenerative disc disease
disc_degeneration	degenerative disk disease
disc_degeneration	degenerative disc
disc_degeneration	degenerative disk
disc_degeneration	ddd
# A dual-chamber pacing mode is not a disc ("DDD 60 to 130", "DDD mode", "DDDR pacemaker").
disc_degeneration	re:dddr?\s+(?:mode|pacemaker|pacer|pacing|\d+)	not
disc_degeneration	disc degeneration
disc_degeneration	disk degeneration
disc_degeneration	discogenic
disc_degeneration	discogenic pain
disc_degeneration	internal disc disruption
disc_degeneration	annular tear
disc_degeneration	annular fissure
disc_degeneration	degenerated disc
disc_degeneration	degenerated disk
disc_degeneration	degenerative changes of the disc
# Spondylosis, facet arthropathy and "degenerative changes" with no disc named are not disc
# degeneration (gold-mtsamples decision 12): they are left out on purpose.
disc_degeneration	re:(?:disc|disk)\s+(?:space\s+)?(?:desiccation|dessication|desication|narrowing|height\s+loss|collapse)
disc_degeneration	re:desiccat\w*|dessicat\w*|desicat\w*
# Electrocautery desiccates tissue: "coagulated for total desiccation", "Bovie set to 15
# desiccate", "Beginning with 15 desiccate". A number that ends a level is a disc's ("L4-5
# desiccation" is the L4-5 disc's, as typed MRI reads write it).
disc_degeneration	re:(?:(?:total|complete)\s+desiccat\w*|(?:coagulat\w*|cauteri\w*|bovie|fulgurat\w*|electrocautery)\b[^.;]{0,40}?\bdesiccat\w*|(?:^|[^-\w/])\d+\s+desiccat\w*|desiccat\w*\s+(?:mode|setting|current))	not
# Degeneration said as a predicate ("the disc was markedly degenerated").
disc_degeneration	re:(?:discs?|disks?)\s+(?:was|were|is|are)\s+(?:(?:very|severely|markedly|moderately|mildly|quite)\s+)?degenerated
disc_degeneration	re:degenerating\s+(?:discs?|disks?)
disc_degeneration	re:(?:loss|decrease|reduction)\s+(?:of|in)\s+(?:\w+\s+){0,2}(?:disc|disk)\s+(?:space\s+)?height
disc_degeneration	re:(?:narrowed|narrowing\s+of\s+the)\s+(?:\w+\s+){0,2}(?:disc|disk)\s+spaces?
# The gap may hold a level or a region, not any word: "degenerative changes with disc
# osteophyte complex" names no degenerated disc.
disc_degeneration	re:(?:degenerative|degeneration|degenerated)\s+(?:(?:changes?|of|in|at|the|lumbar|cervical|thoracic|lumbosacral|intervertebral|[clt]\d{1,2}(?:\s*-\s*[clst]?\d{1,2})?)\s+){0,3}(?:discs?|disks?)
disc_degeneration	re:(?:multilevel|multi-level|mild|moderate|severe|advanced)\s+(?:disc|disk)\s+disease
disc_degeneration	re:(?:black|dark)\s+(?:disc|disk)
disc_degeneration	vacuum disc phenomenon
disc_degeneration	discopathy
disc_degeneration	re:(?:disc|disk)\s+dehydration|dehydrated\s+(?:discs?|disks?)
# Height loss said with an adjective or a predicate: "mildly decreased disc height", "disc
# height is reduced", "collapsed disc space".
disc_degeneration	re:(?:decreased|reduced|diminished|narrowed)\s+(?:intervertebral\s+)?(?:disc|disk)\s+(?:space\s+)?heights?
disc_degeneration	re:(?:disc|disk)\s+(?:space\s+)?heights?\s+(?:is\s+|are\s+|was\s+)?(?:mildly\s+|moderately\s+|severely\s+|markedly\s+)?(?:decreased|reduced|diminished|lost)
disc_degeneration	re:(?:collapsed|collapse\s+of\s+the)\s+(?:intervertebral\s+)?(?:disc|disk)(?:\s+spaces?)?
disc_degeneration	re:collapse\s+of\s+the\s+(?:(?:c[2-7]|t[1-9]|t1[0-2]|l[1-5]|s1)(?:\s*-\s*(?:[ctls])?\d{1,2})?\s*(?:,\s*)?(?:(?:and|&)\s+)?)+(?:discs?|disks?)
disc_degeneration	re:(?:discs?|disks?)\s+(?:to\s+be\s+|are\s+|is\s+|was\s+|were\s+)?(?:partially\s+|completely\s+|totally\s+|mildly\s+|moderately\s+|severely\s+)?collapsed
# "Lumbar disc disease", "intervertebral disc disease": a disc disease with no herniation named.
disc_degeneration	re:(?:intervertebral|intravertebral|lumbar|cervical|thoracic)\s+(?:(?:lumbar|cervical|thoracic|intervertebral)\s+)?(?:disc|disk)\s+disease
# Gas in the disc; a vacuum in a facet joint is not disc degeneration, so a disc is named.
disc_degeneration	re:(?:intradiscal|disc|disk)\s+vacuum(?:\s+(?:phenomenon|phenomena|changes?|sign))?
disc_degeneration	re:vacuum\s+(?:discs?|disks?)(?:\s+(?:phenomenon|phenomena|changes?))?
# ... or placed at a disc level ("vacuum phenomenon at L5-S1"); a facet's vacuum is placed in
# the joint and is not this.
disc_degeneration	re:vacuum\s+(?:phenomenon|phenomena|changes?)\s+(?:(?:is|are)\s+(?:seen|noted|present)\s+)?at\s+(?:the\s+)?(?:l[1-5]|t1[0-2]|t[1-9])\s*[-/]\s*(?:l?[1-5]|s1|t?1[0-2]|t?[1-9])\b

disc_herniation	hnp
disc_herniation	herniated nucleus pulposus
disc_herniation	herniated disc
disc_herniation	herniated discs
disc_herniation	herniated disks
disc_herniation	herniated disk
disc_herniation	disc herniation
disc_herniation	disk herniation
disc_herniation	disc herniations
disc_herniation	herniation	spine_note
disc_herniation	herniations	spine_note
disc_herniation	herniated	spine_note
disc_herniation	slipped disc
disc_herniation	ruptured disc
disc_herniation	ruptured disk
disc_herniation	disc protrusion
disc_herniation	disk protrusion
disc_herniation	protrusion	spine_note
disc_herniation	protrusions	spine_note
# The tongue's protrusion (a cranial nerve exam) and a screw's are not a disc's.
disc_herniation	re:(?:tongue|intra-?articular)\s+protrusions?|protrusion\s+of\s+(?:the\s+|his\s+|her\s+)?(?:tongue|screws?)	not
# Herniations of no disc: an abdominal wall's ("both herniated contents", "the herniated
# fat", "umbilical herniation") or the brain's ("uncal herniation", "herniation of the
# tonsils").
disc_herniation	re:herniat\w*\s+(?:contents|bowel|fat|omentum|omental|sac|viscus|viscera|intestines?|loops?)|(?:inguinal|umbilical|ventral|incisional|hiatal|femoral|parastomal|epigastric|abdominal|brain|tonsillar|uncal|subfalcine|transtentorial|cerebellar)\s+herniat\w*|herniat\w*\s+of\s+(?:the\s+)?(?:small\s+)?(?:bowel|omentum|fat|brain|tonsils?|uncus|stomach|intestines?)	not
disc_herniation	protruding disc
disc_herniation	disc extrusion
disc_herniation	extrusion	spine_note
disc_herniation	extruded disc
disc_herniation	extruded	spine_note
# One mention with the disc it describes ("Extruded herniated disc").
disc_herniation	re:extruded\s+(?:herniated\s+|ruptured\s+)?(?:disc|disk|fragment|nucleus)
disc_herniation	sequestered disc
disc_herniation	sequestration
# A fragment of disc, one or several: "the disc fragment was removed", "loose disc
# fragments" (an operative narrative's finding is current). "Free fragments" alone may be
# of bone ("free fragments of the medial aspect of the bone"): only the singular, as before.
disc_herniation	re:(?:disc|disk)\s+fragments?
disc_herniation	free fragment
# A sequestered (free) fragment of disc, named without the word disc in an operative note.
disc_herniation	re:sequestered\s+(?:disc\s+|disk\s+)?fragments?
disc_herniation	disc bulge
disc_herniation	disk bulge
disc_herniation	bulging disc
disc_herniation	bulging disk
# Bare "bulge" or "bulging" is not a disc: a groin or abdominal wall (hernia), the dura, a
# tympanic membrane bulge too. A disc word, a kind of disc bulge or a level tells.
disc_herniation	re:(?:discs?|disks?|annular|annulus|diffuse|broad-?based|circumferential|concentric|posterior|posterocentral|central|paracentral|foraminal|uncovertebral)\s+bulges?
disc_herniation	re:bulges?\s+(?:is\s+|are\s+|was\s+)?(?:seen\s+|noted\s+|present\s+)?(?:at|of)\s+(?:the\s+)?(?:c[2-7]|t\d{1,2}|l[1-5]|discs?|disks?|annulus|intervertebral)
disc_herniation	re:(?:discs?|disks?|annular|annulus|discal)\s+bulging
disc_herniation	re:bulging\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:discs?|disks?|annulus)
# The disc as the subject, the bulge or protrusion its verb ("the L4-5 disc is bulging",
# "the disc at L5-S1 is protruding", "the L5-S1 disc protrudes into the recess"), as "the disc
# is herniated" is read. The disc word starts it: a tongue or an abdomen that protrudes is none.
disc_herniation	re:(?:discs?|disks?)(?:\s+(?:at|of)\s+(?:the\s+)?(?:c[2-7]|t\d{1,2}|l[1-5])(?:\s*-\s*(?:[clts]?\d{1,2}))?(?:\s+(?:level|space))?)?\s+(?:(?:is|are|was|were)\s+(?:(?:mildly|slightly|moderately|severely|diffusely|broadly|focally|also|now|still)\s+)?(?:bulging|protruding)|protrudes|protrude|protruded)\b
# The ICD wording, "displacement of lumbar intervertebral disc".
disc_herniation	re:(?:disc|disk)\s+displacement
disc_herniation	re:displacement\s+of\s+(?:(?:a|the|lumbar|cervical|thoracic|intervertebral|lumbosacral)\s+){0,3}(?:discs?|disks?)
# (No entry for a disc-osteophyte complex: it is not a herniation, gold-mtsamples decision 12.)
# A herniation and its type, as radiologists write it, are one mention: "a posterior central
# disc herniation of the protrusion type" (not a second herniation in "protrusion").
disc_herniation	re:(?:herniations?|herniated\s+(?:discs?|disks?))\s+of\s+the\s+(?:protrusion|extrusion|sequestration|sequestered|bulging)\s+(?:type|variety)
disc_herniation	re:(?:central|paracentral|foraminal|extraforaminal|far\s+lateral|posterolateral|broad[-\s]based|focal)\s+(?:disc\s+|disk\s+)?(?:herniation|protrusion|extrusion|bulge)
# Radiologists and surgeons call a herniation "a disc" by its size or site: "a fairly large
# disc at C3-C4", "a right paracentral disc at L5-S1". A level must follow.
disc_herniation	re:(?:large|small|sizable|sizeable|big|huge|soft|central|paracentral|posterolateral|foraminal|extraforaminal|subarticular)\s+(?:disc|disk)\s+(?:at|in\s+the|on\s+the)\s+(?:level\s+of\s+)?(?:c[2-7]|t\d{1,2}|l[1-5])

# Phrases the audit corpus (corpora/audit) relies on, first written with the audit rules.
disc_degeneration	disc desiccation
disc_degeneration	loss of disc height
# An operation's finding of the disc: "The L5-S1 disc space was moderately degenerated".
disc_degeneration	re:disc(?:\s+space)?\s+(?:is|was|appears|appeared)\s+(?:(?:mildly|moderately|severely|markedly|significantly|very)\s+)?(?:degenerated|desiccated)\b
