# The words attached to a finding are where its own side, level and region are written
# (src/evidence/evidence.h): after the mention, up to six words (twelve for a side), and not
# past a word that starts what is not its own -- a coordinator or a clause boundary: "disc
# protrusion ... and right foraminal narrowing", "5/5 throughout except for the right hand",
# "herniation with left radiculopathy". (Inside a side phrase these words do not count:
# "upper and lower extremities", "left and right".) Before the mention, up to three words
# (four for a side: "Right leg muscle spasm/calf pain"), not past a comma, a semicolon or a
# `before` word.
@kind attachment
ends	and
ends	or
ends	with
# "w/" (with), as rehab notes write it: "LBP w/ L LE sx".
ends	w/
ends	but
ends	except
ends	however
ends	although
ends	whereas
ends	while
# ... except before a second predicate of the finding's own statement: "reflexes are +2/4
# and equal bilaterally", "strength is symmetrical and intact bilaterally" (not "and absent
# at the left ankle", another finding).
continues	and equal
continues	and symmetric
continues	and symmetrical
continues	and intact
continues	and normal
continues	and strong
continues	and full
# ... and inside a pair of positions along a limb, which names one place, not a second
# finding: "5/5 strength in all proximal and distal muscles of the upper and lower
# extremities", "strength is 5/5 proximally and distally in the right leg" (in MTSamples the
# pair is always positions: 77 distinct sentences, most of them operative).
continues	and distal
continues	and distally
continues	and proximal
continues	and proximally
# ... and inside a list of the modalities or the muscles one exam line tested, which is one
# finding with one side: "Sensation intact to light touch and pinprick bilaterally",
# "Strength 4/5 in ankle dorsiflexion and EHL on the left".
continues	and pinprick
continues	and pin
continues	and light
continues	and pp
continues	and lt
continues	and vibration
continues	and proprioception
continues	and temperature
continues	and ehl
continues	and edl
continues	and great
continues	and extensor
continues	and tibialis
continues	and plantarflexion
continues	and plantar
continues	and dorsiflexion
continues	and eversion
continues	and inversion
# Before a finding, a coordinator ends its words too: what stands before it is the previous
# finding's ("left ankle pain and low back pain", "Neck and back pain of unclear etiology",
# "choking in the neck or pain in the back"). Not inside a side phrase ("left and right").
before	and
before	or
# Past a comma, a sign marked on its own is the next item of a list, with its own side:
# "SLR (+) L reproducing posterior thigh pain, (-) R" (the R is the other SLR's). Before a
# comma the marker is the mention's own ("SLR (-) B").
marker	(-)
marker	(+)
