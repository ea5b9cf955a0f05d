# Vertebrogenic findings: endplate (Modic) changes on imaging, and the central, axial
# pain pattern that goes with them.
@kind findings

modic_change	modic
modic_change	modic change
modic_change	modic changes
modic_change	re:modic\s+(?:type\s+)?(?:i{1,3}|[123])(?:\s*/\s*(?:i{1,3}|[123]))?(?:\s+(?:endplate\s+)?changes?)?
modic_change	re:type\s+(?:i{1,2}|[12])\s+modic(?:\s+(?:endplate\s+|end\s+plate\s+)?(?:changes?|signal))?
# Endplate signal change and marrow oedema are Modic; endplate sclerosis or 'endplate
# degenerative changes' alone (often on plain films) are degeneration, not Modic.
modic_change	re:(?:vertebral\s+)?end\s*-?\s*plate\s+(?:signal\s+)?(?:changes?|edema|oedema|marrow\s+(?:edema|oedema|changes?)|inflammation)
modic_change	re:(?:endplate|end\s+plate|subchondral)\s+(?:bone\s+)?marrow\s+(?:signal\s+)?(?:edema|oedema|changes?|abnormalit(?:y|ies))
modic_change	re:(?:bone\s+)?marrow\s+(?:edema|oedema)\s+(?:\w+\s+){0,3}(?:endplates?|end\s+plates?)
modic_change	re:(?:degenerative\s+)?endplate\s+changes?

# Central low back pain without a leg component.
axial_midline_pain	axial pain
axial_midline_pain	axial back pain
axial_midline_pain	axial low back pain
axial_midline_pain	axial lumbar pain
axial_midline_pain	axial lbp
axial_midline_pain	midline pain
axial_midline_pain	midline back pain
axial_midline_pain	midline low back pain
axial_midline_pain	midline lumbar pain
axial_midline_pain	midline lbp
axial_midline_pain	central back pain
axial_midline_pain	central low back pain
axial_midline_pain	central lbp
axial_midline_pain	central lumbar pain
axial_midline_pain	centralized low back pain
# The neck's, when the note says axial or midline (corpora/gold-mtsamples change 6: then Region
# cervical, and it never counts against a low back code): "axial neck pain".
axial_midline_pain	re:(?:axial|midline)\s+(?:neck|cervical)\s+(?:pain|ache|discomfort)
axial_midline_pain	re:pain\s+(?:is\s+)?(?:located\s+|localized\s+)?(?:in\s+the\s+|over\s+the\s+)?(?:midline|centrally|central)
axial_midline_pain	re:(?:midline|central)\s+(?:lumbar\s+|lower\s+|low\s+)?(?:back\s+)?(?:pain|ache|discomfort)
# ... with the spine's parts joined as typed notes join them ("midline low back/lower thoracic
# pain", "midline thoracolumbar pain").
axial_midline_pain	re:midline\s+(?:(?:low|lower|upper|back|lumbar|lumbosacral|thoracolumbar|thoracic|spine|spinal)(?:\s*/\s*|\s+)){1,5}(?:pain|ache|discomfort)
# ... and as a pain's location, with no word for pain after it ("Pain: 7/10, central low back, ↑
# w/ bending", "Pain history: axial low back, worst in the morning", "low back (central)").
axial_midline_pain	re:(?:central|midline|axial)\s+low(?:er)?\s+back\b|low(?:er)?\s+back\s*\(\s*(?:central|midline|axial)\s*\)
axial_midline_pain	re:pain\s+(?:is\s+)?axial
axial_midline_pain	re:axial\s+(?:lumbar\s+|lumbosacral\s+|low\s+back\s+)?(?:spine\s+)?(?:pain|symptoms|ache|aching|discomfort)
# "The pain remains centered across the lower back."
axial_midline_pain	re:(?:pain|ache)\s+(?:\w+\s+){0,2}?centered\s+(?:across|over|in|on)\s+(?:the\s+)?(?:low(?:er)?\s+back|lumbar\s+spine|midline|lumbosacral\s+junction)
axial_midline_pain	re:pain\s+(?:is\s+)?(?:located|localized)\s+to\s+the\s+(?:midline|center)
axial_midline_pain	predominantly axial
# "... pain across the lower lumbar region that is predominantly midline".
axial_midline_pain	re:(?:predominantly|mainly|mostly|primarily|entirely|purely)\s+midline\b
# The pain's axial part ("There is no axial component to her pain").
axial_midline_pain	re:axial\s+component
# Where the patient shows the pain, or how the pain is described ("points to the center of her
# low back", "localizes her pain with one finger to the midline lumbosacral junction",
# "describes the pain as central"); and said not to be there ("The pain is not midline").
axial_midline_pain	re:(?:points?|pointed|pointing|localizes|localized|localizing|indicates|indicated|indicating)\s+(?:\w+\s+){0,5}?to\s+the\s+(?:(?:center|centre|middle)\s+of\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:low(?:er)?\s+)?back|midline(?:\s+(?:of\s+the\s+)?(?:low(?:er)?\s+back|lumbar\s+spine|lumbosacral\s+junction|lumbar|lumbosacral|spine|sacrum))?)
axial_midline_pain	re:(?:describes?|described|describing)\s+(?:the\s+|her\s+|his\s+|their\s+)?pain\s+as\s+(?:central|midline|axial)
axial_midline_pain	re:pain\s+(?:is|was)\s+not\s+(?:midline|central|axial)	negated
axial_midline_pain	axial predominant

# Phrases the audit corpus (corpora/audit) relies on, first written with the audit rules.
modic_change	modic type 1
modic_change	modic type 2
modic_change	endplate edema
axial_midline_pain	deep midline pain
