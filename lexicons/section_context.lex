# What a mention in a section is unless a cue says otherwise: SECTION<TAB>CATEGORY.
# The section header is reported as the cue. An experiencer default does not apply in a
# sentence that names the patient (an experiencer cue marked `self` in cues.lex).
# Family history is also history: what a relative had is not the visit's problem.
@kind section_context

family_history	experiencer
family_history	historical
pmh	historical
psh	historical
social_history	historical
allergies	historical	sentences=1
