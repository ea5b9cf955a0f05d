# What a mention in a section is unless a cue says otherwise: SECTION<TAB>CATEGORY.
# The section header is reported as the cue. An experiencer default does not apply in a
# sentence that names the patient (an experiencer cue marked `self` in cues.lex).
# Family history is also history: what a relative had is not the visit's problem.
# `past`: a past medical or surgical history lists conditions that may still be there; a
# `lasting` concept (vocabulary.lex) stays current unless a cue says it is over.
@kind section_context

family_history	experiencer
family_history	historical
pmh	historical	past
psh	historical	past
social_history	historical	past
allergies	historical	sentences=1
