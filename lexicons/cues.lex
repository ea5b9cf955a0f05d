# Assertion cues for the ConText stage (src/context/assertion.h), written for this project.
#
# CATEGORY<TAB>PHRASE<TAB>options
#   direction=forward|backward|both  which way the scope runs from the cue (default forward)
#   window=N        scope length in words (0 or absent: to the end of the sentence; never
#                   more than 200)
#   stop_at_comma   the scope ends at the first comma (the cue does not carry over a list)
#   ends=CAT,...    terminate cues: the categories whose scopes they end (default: all)
#   self            experiencer cues: the phrase names the patient
# A cue word inside a pseudo phrase is not a cue, and a pseudo phrase ends every scope.
# Scopes cross commas by default so that lists are covered: "denies fever, chills or leg
# numbness" negates all three.
@kind cues

# --- negated: before the mention --------------------------------------------------------
negated	no	window=12
negated	not	window=6
negated	non	window=3
negated	denies	window=15
negated	denied	direction=both window=12
negated	denying	window=15
negated	deny	window=15
negated	without	window=8
negated	w/o	window=8
negated	never	window=8
negated	neither	window=8
negated	nor	window=4
negated	negative for	window=15
negated	re:-ve\s+for	window=15
negated	neg for	window=15
negated	no evidence of	window=15
negated	no evidence for	window=15
negated	no sign of	window=12
negated	no signs of	window=12
negated	no symptoms of	window=12
negated	no complaints of	window=12
negated	no complaint of	window=12
negated	no findings of	window=12
negated	no findings to suggest	window=15
negated	no suggestion of	window=12
negated	no longer	window=8
negated	absence of	window=8
negated	absent	direction=both window=4
negated	free of	window=8
negated	fails to reveal	window=10
negated	failed to reveal	window=10
negated	did not reveal	window=10
negated	does not reveal	window=10
negated	not demonstrate	window=10
negated	no radiographic evidence of	window=12
negated	rules out	window=8
negated	ruled out for	window=8
negated	resolution of	window=6
negated	not support a diagnosis of	window=10
negated	not support	window=10
negated	not be typical for	window=10
negated	not typical for	window=10
negated	not typical of	window=10
negated	not consistent with	window=10
negated	not suggestive of	window=10
negated	not have	window=8
negated	unremarkable for	window=10

# --- negated: after the mention ---------------------------------------------------------
negated	negative	direction=both window=4
negated	neg	direction=both window=3 stop_at_comma
negated	re:-ve\b	direction=backward window=3
negated	quit	direction=both window=4 stop_at_comma
# A template field answered in the negative and nothing else: "Fever: Denies", "Night pain:
# none." (not "SKIN: No rashes", where "no" is an ordinary forward cue).
negated	re::[ \t]*(?:denies|denied|none|no|negative|absent)[ \t]*(?:[.;,]|(?m:$))	direction=backward window=4
negated	is negative	direction=backward window=6
negated	was negative	direction=backward window=6
negated	were negative	direction=backward window=6
negated	are negative	direction=backward window=6
negated	is absent	direction=backward window=6
negated	are absent	direction=backward window=6
negated	was absent	direction=backward window=6
negated	were absent	direction=backward window=6
negated	not present	direction=backward window=6
negated	not seen	direction=backward window=6
negated	not identified	direction=backward window=6
negated	not appreciated	direction=backward window=6
negated	not detected	direction=backward window=6
negated	not demonstrated	direction=backward window=6
negated	not elicited	direction=backward window=6
negated	not noted	direction=backward window=6
negated	not found	direction=backward window=6
negated	ruled out	direction=both window=6
negated	has been ruled out	direction=backward window=8
negated	was ruled out	direction=backward window=8
negated	been excluded	direction=backward window=8
negated	was excluded	direction=backward window=8
negated	resolved	direction=backward window=6
negated	has resolved	direction=backward window=8
negated	have resolved	direction=backward window=8
negated	none	direction=backward window=3

# --- uncertain -----------------------------------------------------------------------------
uncertain	possible	window=6
uncertain	possibly	window=6
uncertain	possibility of	window=8
uncertain	probable	window=6
uncertain	probably	window=6
uncertain	questionable	window=6
uncertain	question of	window=6
uncertain	suspicious for	window=8
uncertain	suspicion of	window=8
uncertain	suspicion for	window=8
uncertain	suspect	window=6
uncertain	suspected	direction=both window=6
uncertain	concern for	window=8
uncertain	concerning for	window=8
uncertain	worrisome for	window=8
uncertain	rule out	window=8
uncertain	r/o	window=8
uncertain	to rule out	window=8
uncertain	cannot rule out	window=8
uncertain	can not rule out	window=8
uncertain	can't rule out	window=8
uncertain	cannot exclude	window=8
uncertain	may represent	window=8
uncertain	may be	window=6
uncertain	might be	window=6
uncertain	could be	window=6
uncertain	could represent	window=8
uncertain	may have	window=6
uncertain	differential includes	window=12
uncertain	differential diagnosis includes	window=12
uncertain	versus	direction=both window=4
uncertain	vs	direction=both window=4
uncertain	presumed	window=6
uncertain	presumably	window=6
uncertain	equivocal for	window=8
uncertain	suggestive of	window=6
uncertain	cannot be excluded	direction=backward window=8
uncertain	cannot be ruled out	direction=backward window=8
uncertain	can not be ruled out	direction=backward window=8
uncertain	not excluded	direction=backward window=6
uncertain	is possible	direction=backward window=6
uncertain	is suspected	direction=backward window=6
uncertain	is questionable	direction=backward window=6
uncertain	unlikely	direction=both window=6
uncertain	not been ruled out	direction=backward window=8
uncertain	not ruled out	direction=backward window=8
uncertain	is a consideration	direction=backward window=6
uncertain	likely	window=6
uncertain	most likely	window=8
uncertain	?	direction=backward window=1

# --- historical ------------------------------------------------------------------------------
historical	history of	window=15
historical	h/o	window=12
historical	hx of	window=12
historical	past history of	window=15
historical	past medical history of	window=15
historical	medical history of	window=15
historical	pmh of	window=15
historical	pmhx of	window=15
historical	re:(?:past\s+)?(?:medical\s+)?(?:history|hx|pmh)\s+(?:is\s+|was\s+)?(?:significant|notable|remarkable|positive)\s+for	window=15
historical	pmh significant for	window=15
historical	previous	window=5
historical	previously	direction=both window=6
historical	previous diagnosis of	window=8
historical	prior	window=8
historical	prior history of	window=12
historical	status post	window=8 stop_at_comma
historical	s/p	window=8 stop_at_comma
historical	remote	window=4
historical	in the past	direction=backward window=8
historical	years ago	direction=backward window=8
historical	year ago	direction=backward window=8
historical	the last time	direction=backward window=6
historical	re:in\s+(?:19|20)\d\d	direction=both window=8
historical	last year	direction=backward window=8
historical	history	direction=backward window=2
historical	hx	direction=backward window=2
historical	family history of	window=10
historical	as a child	direction=both window=6
historical	in childhood	direction=both window=6
historical	family hx of	window=10
historical	fh of	window=10

# --- hypothetical ----------------------------------------------------------------------------
hypothetical	if	window=0
hypothetical	in case of	window=10
hypothetical	in the event of	window=10
hypothetical	should she develop	window=12
hypothetical	should he develop	window=12
hypothetical	should they develop	window=12
hypothetical	should the patient develop	window=12
hypothetical	should there be	window=12
hypothetical	return if	window=0
hypothetical	call if	window=0
hypothetical	re:return\s+(?:(?:immediately|promptly|urgently|right\s+away|sooner)\s+)?(?:to\s+(?:the\s+)?(?:clinic|office|ed|er|hospital|emergency\s+(?:room|department))\s+)?(?:(?:immediately|promptly|urgently|right\s+away|sooner)\s+)?(?:for|with)	window=20
hypothetical	re:seek\s+(?:\w+\s+)?(?:care|attention|evaluation)	window=12
hypothetical	develop	direction=backward window=4
hypothetical	develops	direction=backward window=4
hypothetical	watch for	window=12
hypothetical	monitor for	window=12
hypothetical	look out for	window=12
hypothetical	signs and symptoms of	window=15
hypothetical	warning signs including	window=15
hypothetical	warning signs, including	window=15
hypothetical	red flag precautions	window=15
hypothetical	precautions	direction=both window=10
hypothetical	educated on	window=15
hypothetical	educated about	window=15
hypothetical	instructed on	window=15
hypothetical	instructed to report	window=15
hypothetical	to report any	window=15
hypothetical	seek care for	window=12
hypothetical	seek immediate care for	window=12
hypothetical	to prevent	window=8
hypothetical	as needed for	window=6
hypothetical	call for	window=10
hypothetical	call with	window=10
hypothetical	report any	window=12
hypothetical	notify us of	window=12

# --- experiencer: other people ---------------------------------------------------------------
experiencer	mother	direction=both window=6
experiencer	father	direction=both window=6
experiencer	brother	direction=both window=6
experiencer	sister	direction=both window=6
experiencer	son	direction=both window=6
experiencer	daughter	direction=both window=6
experiencer	aunt	direction=both window=6
experiencer	uncle	direction=both window=6
experiencer	cousin	direction=both window=6
experiencer	grandmother	direction=both window=6
experiencer	grandfather	direction=both window=6
experiencer	sibling	direction=both window=6
experiencer	siblings	direction=both window=6
experiencer	parent	direction=both window=6
experiencer	parents	direction=both window=6
experiencer	mom	direction=both window=6
experiencer	dad	direction=both window=6
experiencer	his wife	direction=both window=6
experiencer	her husband	direction=both window=6
experiencer	spouse	direction=both window=6
experiencer	wife	direction=both window=4
experiencer	husband	direction=both window=4
experiencer	runs in the family	direction=backward window=6
experiencer	in the family	direction=backward window=6
experiencer	family member	direction=both window=6
experiencer	family members	direction=both window=6
experiencer	family history of	window=10
experiencer	family hx of	window=10
experiencer	fh of	window=10
experiencer	fh	window=10
experiencer	fhx	window=10
# The patient named: ends other-experiencer scopes, overrides a family history section.
experiencer	the patient	direction=both self
experiencer	patient	direction=both self
experiencer	pt	direction=both self
experiencer	patient's	direction=both self
experiencer	she	direction=both self
experiencer	he	direction=both self
experiencer	for her	direction=both self
experiencer	for his	direction=both self

# --- pseudo: contain a cue word but are not cues; they also end scopes -----------------------
pseudo	no change
pseudo	no changes
pseudo	no significant change
pseudo	no interval change
pseudo	no increase
pseudo	no decrease
pseudo	without change
pseudo	not only
pseudo	not necessarily
pseudo	not certain whether
pseudo	not obtainable
pseudo	not entered
pseudo	not done
pseudo	not applicable
pseudo	gram negative
pseudo	without difficulty
pseudo	history of present illness
pseudo	history and physical
pseudo	history taken
pseudo	history obtained
pseudo	on history
pseudo	by history
pseudo	social history
pseudo	re:(?:\d+(?:\.\d+)?|a|one|two|three|four|five|six|seven|eight|nine|ten|several|few|couple|many)[- ]?(?:day|days|week|weeks|wk|wks|month|months|year|years|yr|yrs)\s+(?:of\s+)?(?:history|hx|h/o)(?:\s+of)?
pseudo	if needed
pseudo	if necessary
pseudo	if possible
pseudo	if tolerated
pseudo	as if
pseudo	even if
pseudo	not been able to
pseudo	prior to
pseudo	did not help
pseudo	does not help
pseudo	not helped
pseudo	not relieved
pseudo	not relieve
pseudo	no relief
pseudo	without relief
pseudo	no improvement
pseudo	without improvement
pseudo	any improvement
pseudo	not improved
pseudo	no better
pseudo	not better
pseudo	no doubt
pseudo	no question
pseudo	not sleep
pseudo	re:no\s+further\s+(?:imaging|workup|work-up|testing|tests|studies|evaluation|treatment|intervention)
pseudo	if anything
pseudo	unsure if
pseudo	not sure if
pseudo	wonders if
pseudo	wondering if
pseudo	asks if
pseudo	asked if
pseudo	asking if

# --- terminate: end scopes ---------------------------------------------------------------
terminate	but
terminate	however
terminate	although
terminate	though
terminate	yet
terminate	except
terminate	except for
terminate	aside from
terminate	apart from
terminate	other than
terminate	with the exception of
terminate	nevertheless
terminate	whereas
terminate	otherwise
terminate	which
terminate	secondary to
terminate	cause of
terminate	causes of
terminate	source of
terminate	etiology of
terminate	reason for
terminate	given
terminate	in light of
terminate	in view of
terminate	complains of
terminate	complaining of
terminate	c/o
terminate	reports	ends=negated,uncertain,hypothetical,experiencer
terminate	reported	ends=negated,uncertain,hypothetical,experiencer
terminate	endorses
terminate	endorsed
terminate	admits to
terminate	positive for
terminate	+ for
terminate	re:\+ve\s+for
terminate	presents with
terminate	presenting with
terminate	presented with
terminate	who presents
terminate	who presented
terminate	presents	ends=historical,negated
terminate	who	ends=historical
terminate	because of	ends=historical
terminate	transferred	ends=historical
terminate	admitted	ends=historical
terminate	presented	ends=historical,negated
terminate	now	ends=historical
terminate	currently	ends=historical
terminate	today	ends=historical
terminate	at this time	ends=historical
terminate	this morning	ends=historical
terminate	recent	ends=historical
terminate	recently	ends=historical
terminate	new	ends=historical
terminate	;
terminate	re:,\s*and\s+(?:the|his|her|their|over|then|she|he|it|this|that|now)
