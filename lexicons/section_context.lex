# What a mention in a section is unless a cue says otherwise: SECTION<TAB>CATEGORY.
# The section header is reported as the cue. An experiencer default does not apply in a
# sentence that names the patient (an experiencer cue marked `self` in cues.lex).
# Family history: what a relative has is another person's (experiencer), not historical:
# the ConText kit and the real-note gold (corpora/gold-mtsamples change 9) mark a
# relative's condition so, and `active` already leaves another person's findings out.
# `past`: a past medical or surgical history lists conditions that may still be there; a
# `lasting` concept (vocabulary.lex) stays current unless a cue says it is over.
@kind section_context

family_history	experiencer
pmh	historical	past
psh	historical	past
social_history	historical	past
allergies	historical	sentences=1
# The initial visit's status, set apart in a re-evaluation or discharge summary: that visit's
# findings, over even for a lasting concept (not `past`).
earlier_visit	historical
# An IME's records review: the radicular symptoms and exam signs an earlier visit recorded
# ("Positive straight leg raise on the left", "Left ankle jerk reported as trace", "Paraspinal
# spasm") are that visit's, over even for a lasting concept; its imaging findings and the
# complaint are left to their own cues (a disc seen on an MRI is still there, and the back
# pain often is).
records_review	historical	only=category:radicular,concept:paraspinal_tenderness
