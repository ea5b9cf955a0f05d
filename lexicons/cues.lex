# Assertion cues for the ConText stage (src/context/assertion.h), written for this project.
#
# CATEGORY<TAB>PHRASE<TAB>options
#   direction=forward|backward|both  which way the scope runs from the cue (default forward)
#   window=N        scope length in words (0 or absent: to the end of the sentence; never
#                   more than 200); a negated cue reaches further while a list of short
#                   items runs on to the mention (docs/assertions.md)
#   stop_at_comma   the scope ends at the first comma (the cue does not carry over a list)
#   ends=CAT,...    terminate cues: the categories whose scopes they end (default: all)
#   self            experiencer cues: the phrase names the patient
#   previous_sentence  the phrase speaks of the sentence before its own (same section):
#                   it modifies every mention there (within only=/except=), none in its own
# A cue word inside a pseudo phrase is not a cue, and a pseudo phrase ends every scope.
# Scopes cross commas by default so that lists are covered: "denies fever, chills or leg
# numbness" negates all three.
@kind cues

# --- negated: before the mention --------------------------------------------------------
negated	no	window=12
# "Nil" as British and Australian notes deny: "Nil saddle anaesthesia", "Nil fevers, nil
# unexplained wt loss", "Nil hx of cancer"; and after the finding, "SLR L 80 deg, nil".
negated	nil	window=12
negated	re:(nil)\s*(?:[.;,)]|(?m:$))	direction=backward window=4
pseudo	nil by mouth
# A double negative says "common", not "absent": "GI involvement, which is not uncommon with
# mantle cell lymphoma", "Not infrequently, fever accompanies ...".
pseudo	re:not\s+(?:at\s+all\s+)?(?:uncommon(?:ly)?|unusual(?:ly)?|infrequent(?:ly)?|unlike|unexpected(?:ly)?|atypical|rare(?:ly)?)\b
# "NAD" (nothing abnormal detected) after what was examined: "bladder/bowel NAD".
negated	re:(nad)\s*(?:[.;,)]|(?m:$))	direction=backward window=3
negated	not	window=6
# The contracted "not", as notes typed by clinicians write it: "she hasn't had fever", "he
# doesn't have any leg weakness" (what "not" and "not have" say; "can't" is an ability, as
# "cannot" is, and is left out). The pseudo-negations of "not" have their contracted twins
# below ("didn't help", "hasn't improved").
negated	re:(?:does|do|did|is|are|was|were|has|have|had|would|should|wo|need)n't	window=6
negated	re:(?:does|do|did)n't\s+have	window=8
# "Nobody in her family has cancer", "no one else at home is sick", "none of her siblings has
# had cancer".
@define KIN (?:relatives|family\s+members|siblings|brothers|sisters|children|parents)
negated	nobody	window=12
negated	no one	window=12
negated	re:(?:nobody|no\s+one|none)\s+(?:else\s+)?in\s+(?:the|his|her|their)\s+(?:immediate\s+)?family|none\s+of\s+(?:the|his|her|their)\s+{KIN}	window=15
# "non" standing alone before what it denies ("non tender"); hyphenated it makes a word of
# its own, often a disease's name ("non-small-cell carcinoma", "non-Hodgkin lymphoma").
negated	re:\bnon\s	window=3
negated	denies	window=45
# A review of systems marked item by item: "Constitutional Symptoms: (-) constitutional
# symptoms such as fever, headache", "ROS: (-) fever, chills, wt loss". After a word it
# marks that word ("SLR (-) B, slump (+) L", below), and its item ends at the comma (a
# terminate cue below), so its scope does not run on into the next item.
negated	(-)	direction=forward window=10
negated	denied	window=12
# "Absent", "negative" (and "neg", "denied", "suspected", "ruled out" below) before a word of the
# clause modify that word ("absent Achilles
# reflex", "negative Patrick's test") and nothing before them: "positive straight leg raise
# on the left and absent Achilles reflex" keeps the SLR. They look back only where the
# clause ends or goes on without a new noun ("reflexes absent.", "SLR negative bilaterally",
# "Romberg absent and gait normal"). The group is the cue; what follows it is context.
@define AFTER_POSTPOSED_CUE (?:\s*(?:[.,;:)]|(?m:$))|\s+(?:and|or|but|except|in|with|as|at|to|on|by|from|since|per|upon|throughout|bilaterally|bilateral|bilat|both|distally|symmetrically|x|today|again|also|here|there|when|while|after|before|during)\b)
negated	re:(denied){AFTER_POSTPOSED_CUE}	direction=backward window=12
negated	denying	window=45
# "He denied" reads a review of systems as "denies" does; the bare word keeps its short
# reach both ways ("Fever: denied").
negated	re:(?:she|he|they|the\s+patient|patient|pt)\s+(?:also\s+|otherwise\s+)?denied(?:\s+any)?	window=45
negated	deny	window=45
negated	without	window=8
negated	w/o	window=8
negated	never	window=8
# A history denied in more words than "not" reaches ("does not know of any history of
# having lung mesothelioma", "did not report any history of myocardial infarction"). It is
# a history still, as "no history of" is (the ConText kit's convention): the same phrase
# is a historical cue too, since a longer cue hides the "history of" inside it.
@define NOT_HISTORY_OF not\s+(?:(?:know|have|has|had|give|gives|report|reports|recall|recalls|endorse|endorses|describe|describes|admit|admits)\s+(?:of\s+)?)?(?:a\s+|any\s+)?(?:prior\s+|previous\s+|past\s+|known\s+|personal\s+)?(?:history|hx)\s+of(?:\s+having)?
negated	re:{NOT_HISTORY_OF}	window=12
historical	re:{NOT_HISTORY_OF}	window=15 past
negated	neither	window=8
negated	nor	window=4
negated	negative for	window=45
# ... and a screen said negative with its list after ("Red flags reviewed and negative,
# including weight loss, night pain and hx of malignancy").
negated	re:(?:negative|neg)\s*,?\s+(?:including|incl\.?|such\s+as)	window=15
negated	re:-ve\s+for	window=15
negated	neg for	window=15
negated	no evidence of	window=15
# A workup that found nothing denies what it looked for: "metastatic workup, which was negative".
negated	re:work-?up\s*,?\s+(?:which\s+)?(?:was|is|were|has\s+been|came\s+back)\s+(?:entirely\s+|completely\s+)?negative	direction=backward window=6
negated	re:lack\s+of\s+(?:(?:any|radiographic|radiologic|clinical|imaging|definite)\s+)?evidence\s+(?:of|for)	window=15
negated	no evidence for	window=15
negated	no sign of	window=12
negated	no signs of	window=12
negated	no symptoms of	window=12
negated	no complaints of	window=12
# "three urinary tract infections, none associated with fever or flank pain".
negated	re:none\s+(?:of\s+(?:them|which|these)\s+)?(?:associated|accompanied)\s+(?:with|by)	window=8
negated	no complaint of	window=12
negated	no findings of	window=12
negated	no findings to suggest	window=15
negated	no suggestion of	window=12
negated	absence of	window=8
# "Surgical absence of left nipple areola with personal history of breast cancer", "acquired
# absence of left breast" (a diagnosis's words): an organ taken out, not a finding denied.
pseudo	re:(?:surgical|acquired|congenital)\s+absence\s+of
negated	absent	window=4 stop_at_comma
negated	re:(absent){AFTER_POSTPOSED_CUE}	direction=backward window=4
negated	free of	window=8
negated	fails to reveal	window=10
negated	failed to reveal	window=10
negated	re:fail(?:s|ed)?\s+to\s+(?:show|demonstrate|identify|detect|disclose)	window=10
negated	did not reveal	window=10
negated	does not reveal	window=10
negated	not demonstrate	window=10
negated	no radiographic evidence of	window=12
negated	rules out	window=8
negated	ruled out for	window=8
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
negated	negative	window=4
negated	re:(negative)(?:{AFTER_POSTPOSED_CUE}|\s+(?:l|r|lt|rt|b|bil|b/l)\b)	direction=backward window=4 stop_at_comma
negated	neg	window=3 stop_at_comma
# "SLR neg L": the abbreviation is followed by a side as often as by the clause's end.
negated	re:(neg)(?:{AFTER_POSTPOSED_CUE}|\s+(?:l|r|lt|rt|left|right|b/l|b|bil)\b|\s*\()	direction=backward window=3 stop_at_comma
# A sign marked negative after it, as a list of special tests writes it: "SLR (-) B",
# "Slump (-), FABER (+) L", "SLR: (-)".
negated	re:(\((?:-|neg|negative)\))(?:{AFTER_POSTPOSED_CUE}|\s+(?:l|r|lt|rt|left|right|b/l|b|bil)\b)	direction=backward window=3 stop_at_comma
negated	re:-ve\b	direction=backward window=3
# The null sign for "none", as typed and handwritten notes use it: before what it denies ("Ø
# numbness"), after it ("fever Ø, wt loss Ø, B/B Ø") and as a field's answer ("Radiation: Ø").
# The letter, folded to "ø", is a cue only as a word of its own (a Danish name is no cue);
# the empty-set sign reads the same.
negated	ø	direction=both window=4 stop_at_comma
negated	∅	direction=both window=4 stop_at_comma
negated	quit	direction=both window=4 stop_at_comma
# A template field answered in the negative and nothing else: "Fever: Denies", "Night pain:
# none.", a yes/no field's "N" ("Fever (Y/N): N", "Bowel/bladder changes: N") (not "SKIN: No
# rashes", where "no" is an ordinary forward cue).
negated	re::[ \t]*(denies(?:[ \t]+all)?|denied|none|no|n|negative|absent)[ \t]*(?:[.;,]|(?m:$)|[ \t]{2})	direction=backward window=8
# ... and one answer for each of fields joined by slashes: "Fever/wt loss: N/N", "Fever/chills:
# no/no".
negated	re::[ \t]*((?:no|n|neg)(?:[ \t]*/[ \t]*(?:no|n|neg))+)[ \t]*(?:[.;,]|(?m:$)|[ \t]{2})	direction=backward window=8
# ... and before a slash that starts the next field ("Fever: no / Chills: yes"): the cue takes the
# slash, so that "no" is not also read forward into the next field.
negated	re::[ \t]*((?:denies|denied|none|no|negative|absent)[ \t]*/)	direction=backward window=8
# ... and the same answers after a dash, as a screen or a social history lists them ("saddle
# paresthesia - no; retention - no", "IV drug use - denies.").
negated	re:-[ \t]?(denies|denied|none|no|negative|neg)[ \t]*(?:[.;,/]|(?m:$))	direction=backward window=6
# A field answered normal ("Bowel/bladder: WNL"): only the field's own words.
negated	re::[ \t]*(wnl|within[ \t]+normal[ \t]+limits|normal|nl)[ \t]*(?:[.;,/]|(?m:$))	direction=backward window=3 stop_at_comma
# ... after a dash as well, as a red-flag screen lists its fields ("B/B - nl", "Gait - WNL").
negated	re:-[ \t]?(wnl|normal|nl)[ \t]*(?:[.;,/]|(?m:$))	direction=backward window=3 stop_at_comma
# ... with several fields on one line, two spaces apart: "Red flags: Fever: denies  Wt loss:
# denies  B/B changes: denies"; and a field whose label runs to its answer on a dot leader,
# as a printed template does: "Fever/chills ........ denies", "Hx cancer ..... YES", a Y/N
# questionnaire's "Recent fever or infection (last 2 weeks) ............ N" (its label may be
# long).
negated	re:\.{2,}[ \t]*(denies(?:[ \t]+all)?|denied|none|no|n|negative|neg|absent)[ \t]*(?:[.;,]|(?m:$)|[ \t]{2})	direction=backward window=10
uncertain	re:\.{2,}[ \t]*(\?|unknown|unsure|not\s+sure|not\s+asked|not\s+assessed)	direction=backward window=6
# ... and a flowsheet row exported as text, its answer set off by a run of spaces at the end
# of the line: "Radiating pain               No" (spaces only: the matching view has made tabs
# spaces, and literal spaces give the prefilter an atom).
negated	re:  (no|none|denies|denied|negative|neg|absent) *(?:(?m:$)|[.;,])	direction=backward window=6
# ... and left unanswered or answered without knowing: "Saddle numbness: ___", "Fever:
# unknown, no thermometer at home", "Wt loss: pt unsure", "Fever: N/A" (asked, not found).
uncertain	re:: ?(_{2,}|\?{1,3}|unknown|unsure|not\s+sure|(?:pt|patient)\s+(?:unsure|not\s+sure|unable\s+to\s+say)|not\s+asked|not\s+assessed|n/a)[ \t]*(?:[.;,]|(?m:$))	direction=backward window=4
# A screening question answered no, as a triage protocol writes it: "Numbness or tingling in
# legs or feet? NO" (the question mark is the cue's, so it does not make it uncertain);
# answered yes it is what the question names ("Fever? YES": a pseudo phrase, below).
negated	re:(\? ?(?:no|n|neg|negative|denies))[ \t]*(?:[.;,]|(?m:$))	direction=backward window=12
uncertain	re:(\? ?(?:don'?t\s+know|do\s+not\s+know|not\s+sure|unsure|unknown|maybe))	direction=backward window=12
# A field answered no by the patient: "Loss of bladder or bowel control: pt says no".
negated	re:: ?(?:pt|patient|she|he)\s+(?:says|states|reports)\s+(no|none)\b	direction=backward window=8
# An unticked box of a templated review of systems: "Constitutional: [ ] fever [ ] chills";
# a ticked one is what it names ("[x] back pain").
negated	[ ]	window=4
negated	[]	window=4
# A table's answer cell: "| Saddle anesthesia | no |", "| Fever / chills | denies all |",
# "| Unexplained weight loss | no - wt stable |".
negated	re:\| ?(no|none|denies(?:\s+all)?|denied|negative|neg|absent)\b[^|\n]{0,30}\|	direction=backward window=8
# A pair of boxes with the negative one ticked: "SLR: [ ] pos [x] neg R / L".
negated	re:\[[ \t]*\][ \t]*(?:pos|positive|yes|abnormal|abn)[ \t]*\[[ \t]*x[ \t]*\][ \t]*(?:neg|negative|no|normal|nl|wnl)\b	direction=backward window=4
terminate	[x]
terminate	[ x ]
# The same boxes as word processors and EHR exports print them: an empty ballot box or square
# is unticked ("☐ Chills ☐ Weight loss"), a ticked or crossed one what it names ("☑ Fever",
# "☒ Numbness", "✓ Leg pain").
negated	☐	window=4
negated	□	window=4
terminate	☑
terminate	☒
terminate	✓
terminate	✔
terminate	■
# A pair of radio buttons or boxes with the negative one marked, in brackets or as ballot
# boxes: "Saddle anesthesia: ( ) yes (X) no", "Fever ☐ Yes ☑ No".
negated	re:\([ \t]*\)[ \t]*(?:pos|positive|yes|y|abnormal|abn)[ \t]*\([ \t]*x[ \t]*\)[ \t]*(?:neg|negative|no|n|normal|nl|wnl)\b	direction=backward window=4
negated	re:(?:☐|□)[ \t]*(?:pos|positive|yes|y|abnormal|abn)[ \t]*(?:☑|☒|✓|✔|■)[ \t]*(?:neg|negative|no|n|normal|nl|wnl)\b	direction=backward window=4
# An EHR pick list left in the text with its answer after it: "Radicular symptoms: {Yes/No:} No",
# "Saddle anesthesia: {Blank single:19197::\"denies\"} denies".
negated	re:\{[^}\n]{0,60}\}[ \t]*(no|none|denies|denied|negative|neg|n|absent)[ \t]*(?:[.;,]|(?m:$)|[ \t]{2})	direction=backward window=8
# "X is negative / absent" denies its subject, which stands right before it: a comma before
# the subject starts another ("a 3.3 cm infiltrating ductal carcinoma grade I, one sentinel
# lymph node was negative"; "a disc herniation at L4-5, the remaining levels were negative").
negated	is negative	direction=backward window=6 stop_at_comma
negated	was negative	direction=backward window=6 stop_at_comma
negated	were negative	direction=backward window=6 stop_at_comma
negated	are negative	direction=backward window=6 stop_at_comma
negated	is absent	direction=backward window=6 stop_at_comma
negated	are absent	direction=backward window=6 stop_at_comma
negated	was absent	direction=backward window=6 stop_at_comma
negated	were absent	direction=backward window=6 stop_at_comma
negated	not present	direction=backward window=6
negated	not seen	direction=both window=6
negated	not identified	direction=both window=6
# A read's "... is not evident / not appreciated / not demonstrated".
negated	re:(?:is|are|was|were)\s+not\s+(?:evident|appreciated|demonstrated|visualized|present)	direction=backward window=6
negated	not appreciated	direction=backward window=6
negated	not detected	direction=backward window=6
negated	not demonstrated	direction=backward window=6
negated	not elicited	direction=backward window=6
negated	not noted	direction=both window=6
negated	not found	direction=both window=6
# A diagnosis given in error and then revised: "initially misattributed to a muscle strain and
# sciatica", "misdiagnosed as sciatica".
negated	re:(?:misattributed|misdiagnosed|mistakenly\s+(?:attributed|diagnosed))\s+(?:as|to|with)	window=8
negated	ruled out	window=6 stop_at_comma
negated	re:(ruled\s+out)(?:{AFTER_POSTPOSED_CUE}|\s+(?:based|clinically)\b)	direction=backward window=6 stop_at_comma
negated	has been ruled out	direction=backward window=8
negated	was ruled out	direction=backward window=8
negated	been excluded	direction=backward window=8
negated	was excluded	direction=backward window=8
negated	none	direction=backward window=3
# The alternative set aside: "suggests airways disease rather than bacterial pneumonia".
negated	rather than	window=4
negated	instead of	window=4
# A finding proposed and then not confirmed.
negated	re:not\s+(?:borne\s+out|confirmed|substantiated|corroborated)	direction=backward window=8

# --- uncertain -----------------------------------------------------------------------------
uncertain	possible	window=6
uncertain	possibly	window=12
uncertain	possibility of	window=8
uncertain	probable	window=6
uncertain	probably	window=6
# What the note passes on without vouching for it: "the patient supposedly had fever".
# ("Apparently" and "reportedly" more often just report, and are left out.)
uncertain	supposedly	window=6
uncertain	allegedly	window=6
uncertain	questionable	window=6
uncertain	question of	window=6
uncertain	suspicious for	window=8
uncertain	suspicion of	window=8
uncertain	suspicion for	window=8
uncertain	suspect	window=6
uncertain	suspected	window=6
uncertain	re:(suspected){AFTER_POSTPOSED_CUE}	direction=backward window=6
uncertain	concern for	window=8
uncertain	concerning for	window=8
uncertain	suspicious of	window=8
uncertain	re:(?:i\s+am|we\s+are|i'm|we're)\s+(?:\w+\s+)?(?:concerned|worried)\s+(?:about|for|that)	window=8
# What someone fears is not found: "for fear of possible lymphoma", "voices fear of re-injury
# with lifting at work", "afraid that bending or lifting will damage the nerve"; nor is what a
# patient worries a symptom is ("ICE: worried it is a slipped disc"). (Worry about a symptom
# had, "worried about her leg numbness", is no cue: the numbness is there.)
uncertain	re:(?:fear|fears|feared|afraid|scared|frightened)\s+(?:of|that)	window=5
uncertain	re:(?:worried|worries|worry|concerned|afraid|scared|anxious)\s+(?:that\s+)?(?:it|this|he|she|they)\s+(?:is|was|has|had|might|may|could|will|would)\b	window=8
uncertain	worrisome for	window=8
uncertain	rule out	window=8
uncertain	r/o	window=8
uncertain	to rule out	window=8
uncertain	cannot rule out	window=8
uncertain	can not rule out	window=8
uncertain	can't rule out	window=8
uncertain	cannot exclude	window=8
uncertain	may represent	window=15
uncertain	may be	window=6
uncertain	might be	window=6
uncertain	re:(?:may|might|could)\s+(?:also|well|possibly|still)\s+be	window=6
uncertain	could be	window=6
uncertain	could represent	window=15
uncertain	may have	window=6
uncertain	might have	window=6
uncertain	could have	window=6
# "There is a possibility she could have liver metastasis", "a possibility that this is a
# recurrence" ("possibility of" is above).
uncertain	re:possibility\s+(?:that|she|he|they|it|this)\b	window=10
uncertain	differential includes	window=12
uncertain	possibilities include	window=12
uncertain	differential diagnosis of	window=12
uncertain	considered in the differential	direction=both window=8
uncertain	differential diagnosis includes	window=12
uncertain	presumed	window=6
# A belief reported, not a finding ("she was thought to have temporal arteritis", "lesions,
# which were initially thought to be metastatic", "it was thought upon review that day that he
# had a malignant mesothelioma"): hedged, as BioScope reads "thought".
uncertain	re:(?:is|are|was|were)\s+(?:(?:initially|originally|first|previously|also)\s+)?thought\s+(?:to\s+(?:be|have|represent)|that)	direction=forward window=10
uncertain	re:it\s+(?:is|was)\s+(?:(?:initially|originally|first)\s+)?thought\s+(?:\w+\s+){0,4}?that	direction=forward window=12
# A diagnosis held until a test confirms it: "the working diagnosis is lymphoma".
uncertain	re:working\s+(?:diagnosis|dx|impression)\s+(?:is|was|of|remains)	window=6
uncertain	presumably	window=6
uncertain	equivocal for	window=8
# A sign read as equivocal ("Equivocal SLR on the right", "SLR equivocal").
uncertain	equivocal	direction=both window=3
uncertain	suggestive of	window=6
# An imaging appearance said to be typical of a disease offers it as the likely reading, as
# "suggestive of" does: "a diffuse pattern of tiny nodules in both lungs typical of miliary
# metastatic disease" (the cue is "typical of"). A symptom "typical of" a condition is left
# alone, and "atypical for" is one word and no cue.
uncertain	re:(?:appearance|pattern|findings?|changes?|signal|enhancement|distribution|morphology|configuration|features?)\s+(?:[\w-]+\s+){0,6}?((?:typical|characteristic)\s+(?:of|for))	window=6
# A judgement offered as a likelihood or another's suggestion: "it is highly likely that he
# demonstrates high-grade glioma", "one of the notes suggested that this was a glioma".
uncertain	re:(?:highly\s+|very\s+|most\s+|more\s+)?likely\s+that	window=8
# ... or as a probability: "given the high probability that this represents a glioma",
# "a high likelihood of metastatic disease".
uncertain	re:(?:high|higher|strong|reasonable|significant|some|low)\s+(?:probability|likelihood)\s+(?:that|of)	window=8
uncertain	re:suggest(?:ed|s)?\s+that\s+(?:this|it|he|she)\s+(?:was|is|has|had|may|might)	window=8
# "Only minimal if any degenerative disk disease": a finding hardly there is uncertain. (The
# "if" cue still makes it hypothetical too: a pseudo "minimal if any" would swallow this cue.)
uncertain	re:(?:minimal|mild|little|slight|small|trace|few)\s+(?:\w+\s+)?if\s+any	window=5
uncertain	cannot be excluded	direction=backward window=8
# "An early neoplastic process would be difficult to totally exclude."
uncertain	re:(?:difficult|hard)\s+to\s+(?:totally\s+|completely\s+|entirely\s+|fully\s+|definitively\s+)?(?:exclude|rule\s+out)	direction=backward window=8
uncertain	cannot be ruled out	direction=backward window=8
uncertain	can not be ruled out	direction=backward window=8
uncertain	not excluded	direction=backward window=6
uncertain	is possible	direction=backward window=6
# "Doubt HNP given normal neuro exam", "a malignant cause was considered".
uncertain	re:(?:i\s+|we\s+)?doubt	window=6
uncertain	doubtful	direction=both window=6
# A contribution hedged after the factor: "Psychological factors likely contributing",
# "psychological factors may be contributing" (psychogenic pain only: in "chronic steroid
# use likely contributing to bone fragility" the use is certain, its part in the fracture
# is not).
uncertain	re:(?:likely|possibly|probably|may\s+be|might\s+be|could\s+be)\s+(?:contributing|a\s+factor|playing\s+a\s+role)	direction=backward window=4 only=concept:psychogenic_pain
# A differential named as such: "Also on ddx: osteoporotic fx, discitis".
uncertain	re:(?:also\s+)?on\s+(?:the\s+)?(?:ddx|differential)	window=15
uncertain	re:(?:was|were|is|are)\s+(?:also\s+|briefly\s+)?considered	direction=backward window=6
uncertain	re:(?:is|are)\s+(?:also|still|certainly|quite)\s+possible	direction=backward window=6
uncertain	is suspected	direction=backward window=6
uncertain	re:(?:is|are)\s+(?:favored|favoured)	direction=backward window=6
uncertain	is questionable	direction=backward window=6
# A read that cannot decide: "right foraminal stenosis is indeterminate on this study", "Cannot
# differentiate between type 1 Modic change and early discitis", "Correlate clinically for
# right L4 radiculopathy".
uncertain	re:(?:is|are|was|were|remains?)\s+indeterminate	direction=backward window=6
uncertain	re:(?:cannot|can\s*not|can't|unable\s+to)\s+(?:reliably\s+)?(?:differentiate|distinguish)\s+(?:between)?	window=12
uncertain	re:(?:correlate|correlation)\s+(?:clinically\s+)?for	window=6
# The hedge after "there is", as a radiology read writes it ("There is questionable Modic type 1
# change", "there is possible mild foraminal stenosis"): forward, where "is possible" and "is
# suspected" above would look back at nothing.
uncertain	re:there\s+(?:is|are|was|were)\s+(?:an?\s+)?(?:questionable|possible|possibly|likely|suspected|probable|probably|questionably)\b	window=8
uncertain	unlikely	direction=both window=6
uncertain	not been ruled out	direction=backward window=8
uncertain	not ruled out	direction=backward window=8
uncertain	is a consideration	direction=backward window=6
uncertain	most likely	window=8

# Hedges of radiology and consult impressions: the finding is offered, not established.
# "Consistent with" and "compatible with" head a whole diagnosis, often long in pathology
# and EMG reports ("... carcinoma with giant cell and spindle cell carcinoma components"):
# their scope is the clause (a wide window; but, which, ';' and the like still end it).
uncertain	consistent with	window=20
uncertain	most consistent with	window=20
# ... with an adverb inside: "consistent most with lymphoma", "consistent mostly with an L5
# radiculopathy".
uncertain	re:consistent\s+(?:most|mostly|more|best|both|largely|mainly|primarily|partly|partially)\s+with	window=20
uncertain	compatible with	window=20
uncertain	most compatible with	window=20
# The abbreviations of rehab and clinic notes: "s/s c/w L L5 radiculopathy", "Presentation
# consistent w/ neurogenic claudication".
uncertain	c/w	window=20
uncertain	re:(?:most\s+)?(?:consistent|compatible)\s+w/	window=20
uncertain	suggest	window=6
uncertain	suggests	window=6
uncertain	suggesting	window=6
uncertain	to suggest	window=6
uncertain	suggested	direction=backward window=3
uncertain	would suggest	window=6
uncertain	re:(?:may|might|could|can|would)\s+(?:also\s+|possibly\s+|well\s+|sometimes\s+)?(?:be\s+)?(?:seen\s+(?:with|in)|associated\s+with|secondary\s+to|due\s+to|related\s+to|caused\s+by|(?:a\s+)?consequence\s+of|reflect|represent|indicate|explain|account\s+for|contribute\s+to)	window=8
uncertain	favored	window=6
# Screening looks for a disease nobody has found yet: "colorectal cancer screening",
# "screened for prostate cancer" (and "screening for", below).
uncertain	screening	direction=backward window=1
uncertain	screened for	window=8
uncertain	favor	window=6
uncertain	favored to represent	window=8
uncertain	perhaps	window=6
uncertain	apparent	window=3
uncertain	re:(?:appears?|appeared)\s+to\s+(?:be|represent|have|reflect)	window=6
# Something to keep in mind, not found: "metastatic disease should be considered".
uncertain	re:(?:should|must)\s+(?:also\s+)?be\s+(?:considered|entertained)	direction=backward window=6
# What seems so, or what the patient thinks: offered, not established ("it seems that the
# vertebrae shift and pinch the nerve", "he thinks he has diabetes").
uncertain	re:(?:it\s+)?seems?\s+(?:that|like|to\s+(?:be|have|show|represent|indicate|reflect))	window=10
uncertain	re:(?:she|he|they|the\s+patient|patient|pt)\s+(?:thinks|believes|suspects|wonders\s+(?:if|whether))	window=8
uncertain	likely	window=4
uncertain	more likely	window=6
uncertain	less likely	window=6
uncertain	re:(?:is|are|was|were)\s+(?:more\s+)?likely	direction=backward window=6
# "Most likely" after a verb names the likeliest reading after it ("the opacity, which is
# most likely atelectasis": the opacity is seen, the atelectasis offered), or before it
# where the clause ends ("atelectasis is most likely.").
uncertain	re:(?:is|are|was|were)\s+most\s+likely	window=6
uncertain	re:((?:is|are|was|were)\s+most\s+likely)\s*[.;,]	direction=backward window=6
# ... and without the verb, a list item's hedge at its end: "Lung cancer with metastasis
# most likely."
uncertain	re:((?:most|more)\s+likely)\s*[.;]	direction=backward window=6
uncertain	re:(?:unclear|uncertain|not\s+(?:clear|certain|sure))\s+(?:whether|if)	window=10
uncertain	with or without	window=4
uncertain	whether	window=8
# "Whether or not" weighs both answers and denies neither ("whether or not she evolves into
# a full-blown lupus"): the longer cue keeps its "not" from negating.
uncertain	whether or not	window=8
uncertain	consider	window=4
uncertain	consideration of	window=6
# The object of a search: "gallium scan for evidence of an underlying neoplasm".
uncertain	for evidence of	window=8
# Alternatives: "atelectasis versus pneumonia", "left basilar atelectasis or pneumonia". A
# comma before "versus" stops it, so "opacity, atelectasis versus pneumonia" leaves the
# opacity certain. "Or" offers alternatives only between findings that are not denied or
# conditional ("no fever or chills", "return if numbness or weakness"), and not between
# symptoms or exam signs, where it joins a list ("numbness or tingling in the left foot").
uncertain	versus	direction=both window=3 stop_at_comma
uncertain	vs	direction=both window=3 stop_at_comma
# A comparison is no alternative: a grade or a side set against another ("Achilles 1+ vs 2+
# R", "EHL 4/5 vs 5/5 on the left", "tender L vs R.", "Heel raise L 4+/5 vs R 5/5") says what
# each is. A side that goes on
# to a finding is an alternative still ("on the right versus right vesicoureteral reflux").
pseudo	re:(?:vs\.?|versus)\s+(?:(?:[0-4]\+?|[0-5]\s*[+-]?\s*/\s*5|trace|absent)|(?:the\s+)?(?:r|l|rt|lt|right|left|contralateral|uninvolved|unaffected|other)(?:\s+side)?\s*(?:[.,;)]|(?m:$)|[0-5]\s*[+-]?\s*/\s*5|[0-4]\+?))
uncertain	or	direction=both window=1 stop_at_comma unless=negated,hypothetical except=concept:radiating_leg_pain,concept:leg_paresthesia,concept:slr_sign,concept:sensory_deficit,concept:reflex_deficit,concept:motor_weakness,category:strain,concept:axial_midline_pain,concept:saddle_anesthesia,concept:bowel_bladder_dysfunction,concept:progressive_neuro_deficit,concept:fever,concept:weight_loss,concept:night_pain,concept:significant_trauma
uncertain	?	direction=both window=1
# A question mark set before a phrase, apart from the word before it, doubts the phrase, as
# typed assessments write a possible diagnosis ("? early R C6 radiculopathy - monitor",
# "Cervicalgia, ?L5 radic"): the words up to its clause's end, not only the next.
uncertain	re:[,;:(][ \t]*(\?)[ \t]	direction=forward window=5 stop_at_comma
uncertain	re:(\?)[ \t]	direction=forward window=5 stop_at_comma opens_sentence
uncertain	question	window=3
# Work-up ordered or requested: what is looked for is not established.
uncertain	evaluate	window=6
uncertain	evaluate for	window=8
# What an imaging order looks for: "MRI ... to look for a disc herniation at L4-5", "to assess
# for stress reaction".
uncertain	re:(?:to\s+)?(?:look|assess|screen|check)\s+for	window=8
uncertain	re:(?:to\s+be\s+|being\s+)?evaluated\s+for	window=8
uncertain	re:for\s+(?:further\s+)?evaluation\s+for	window=8
# A symptom or sign a patient is sent to have evaluated is one he has ("referred ... for
# evaluation of acute onset paraplegia", "for evaluation of intractable pain from the left
# lower extremity"); a diagnosis the evaluation is of stays the question it was.
uncertain	re:for\s+(?:further\s+)?evaluation\s+of	window=8 except=concept:radiating_leg_pain,concept:leg_paresthesia,concept:low_back_pain,concept:axial_midline_pain,concept:progressive_neuro_deficit,concept:motor_weakness,concept:sensory_deficit,concept:night_pain,concept:saddle_anesthesia,concept:bowel_bladder_dysfunction,concept:fever,concept:weight_loss
# ... but the complaint a patient comes with is there: "whom I saw in the spine clinic today for
# evaluation of right leg pain", "presented for evaluation of acute onset paraplegia" (a pseudo
# phrase: the cue in it is none). A referral's question stays uncertain ("referred for
# evaluation of urinary tract infection", as BioScope reads it).
pseudo	re:(?:present(?:s|ed|ing)|seen|saw|sees|comes?|came|admitted|visit(?:s|ed)?)\s+(?:\w+\s+){0,6}?for\s+(?:an?\s+)?(?:further\s+)?evaluation\s+of
uncertain	evaluation for	window=8
uncertain	assess for	window=8
uncertain	to exclude	window=8
uncertain	screen for	window=8
uncertain	screening for	window=8
# "Cannot exclude" and "does not exclude" keep the finding possible: uncertain, never negated.
uncertain	re:(?:does|do|did|can|could|would)\s*(?:not|n't)\s+(?:exclude|rule\s+out)	window=8
uncertain	re:(?:can\s*not|can't|could\s*not|couldn't|may\s+not|might\s+not)\s+be\s+(?:fully\s+|completely\s+|entirely\s+|definitely\s+)?(?:excluded|ruled\s+out)	direction=backward window=8
uncertain	re:(?:not|never)\s+(?:been\s+)?(?:fully\s+|completely\s+)?(?:excluded|ruled\s+out)	direction=backward window=8
uncertain	re:differential(?:\s+diagnos[ie]s)?(?:\s+considerations?)?\s+(?:would\s+|also\s+)?(?:includes?|include|included)	window=12

# --- historical ------
# "Status post" makes a treated condition historical, but not the trauma that the visit is
# about ("abdominal pain, status post motor vehicle collision": except=).
# `past`: the cue says only that the condition existed before ("history of", "years ago",
# a date), not that it is over: a `lasting` concept (vocabulary.lex) stays current ("history
# of lumbar stenosis" is lumbar stenosis). Cues that say it is over ("resolved", "remote",
# "status post", "in childhood") are not `past`.------------------------------------------------------------------------
historical	history of	window=15 past
historical	h/o	window=12 past
historical	hx of	window=12 past
historical	past history of	window=15 past
historical	past medical history of	window=15 past
historical	medical history of	window=15 past
historical	pmh of	window=15 past
historical	pmhx of	window=15 past
historical	re:(?:past\s+)?(?:medical\s+)?(?:history|hx|pmh)\s+(?:is\s+|was\s+)?(?:significant|notable|remarkable|positive)\s+for	window=15 past
historical	pmh significant for	window=15 past
historical	previous	window=5 past
# A finding an operation took out, as a follow-up study reports it: "Previously seen right L4-5
# disc extrusion has been resected", "the large extrusion seen preoperatively has been removed".
historical	re:(?:has|have|had)\s+been\s+(?:surgically\s+)?(?:resected|removed|excised|evacuated)\b	direction=backward window=12
# A condition an operation treated ("An L2 compression fracture in 2019, treated with
# kyphoplasty"): over, lasting or not.
historical	re:,?\s*(?:treated|repaired|fixed|corrected)\s+(?:with|by|via)\s+(?:an?\s+)?(?:(?:\w+\s+){0,2})?(?:kyphoplasty|vertebroplasty|fusion|discectomy|microdiscectomy|laminectomy|decompression|surgery|orif)\b	direction=backward window=10
# "Former IV drug user, in recovery for 12 years."
historical	former	window=4 past
# What the patient had when first seen ("He was first seen three months ago with low back
# pain and left-sided sciatica"): that visit's, as the follow-up goes on to say what is left.
historical	re:(?:was|were)\s+(?:first|initially|originally)\s+(?:seen|evaluated|examined)\s+(?:\w+\s+){0,4}?(?:ago|in\s+\d{4})\s+(?:with|for)
# An earlier visit's findings set against today's, as a re-evaluation writes them: "Initial
# eval: pt reported L leg pain and numbness", "At IE, SLR was (+) L; today SLR (-) B". Not
# "since the initial evaluation ...", which tells what is now.
historical	re:(?:at\s+(?:the\s+|her\s+|his\s+)?)?(?:initial|previous|prior|first|last)\s+(?:eval(?:uation)?|visit|session|assessment|exam(?:ination)?|appointment)\s*[:,]	window=15
historical	re:at\s+(?:the\s+|her\s+|his\s+)?(?:ie|initial\s+eval(?:uation)?)\b(?:\s*[:,])?	window=15
# ... and the earlier visit as a label opening its line: "IE: L SLR +, L EHL 4/5. Today: ...".
historical	re:(?:ie|initial\s+eval(?:uation)?|initial\s+visit)\s*:	window=15 opens_sentence
# ... and in brackets after today's word, as a re-evaluation sets the two side by side: "Sleeping
# through the night now (IE: woke 3-4x/night w/ pain)", "LT intact BLE today (IE: diminished L
# L5 dermatome)". The bracket's words only: a comma ends it.
historical	re:\(\s*(?:at\s+)?(?:ie|initial\s+eval(?:uation)?|initial\s+visit)\s*:	window=8 stop_at_comma
# A discharge summary's "Initially, straight leg raise was positive on the right ...; currently,
# ...": what the first visit found, to the clause's end ("currently" ends it).
historical	re:(?:initially|originally)\b\s*,?	window=0 opens_sentence
# An earlier exam's grade set against today's normal one: "Previously 4/5 L hip abd, now 5/5",
# "L DF was 4/5, now 5/5", "SLR (+) L at IE, now negative". A grade or sign told with
# "previously" or "initially" is that exam's, not a lasting history ("previously" alone is
# `past`: "previously diagnosed stenosis" is stenosis now).
historical	re:,\s*(now\s+(?:5\s*/\s*5|neg(?:ative)?|normal|nl|wnl|intact|resolved|absent|full|symmetric(?:al)?|equal|2\+|\(-\)))	direction=backward window=8
# A progress note's arrow from then to now: "SLR: (+) L at 35 deg -> (-) bilat", "Myotomes: L
# EHL 4/5 -> 5/5 BLE", "reproduces L leg sx -> 75%". What stands before an arrow that leads to
# a grade, a sign or a normal word is the earlier state. (An arrow to a place, "buttock ->
# post thigh -> calf", is the path of a pain, and no cue.) The space before the arrow gives the
# prefilter an atom to look for.
historical	re: (->|-->|=>|\x{2192}) ?(?:\([-+]\)|\d[\w./%+-]*|neg\b|negative|intact|wnl|normal|nl\b|resolved|none|absent|full|mild|minimal|improved|symmetric|centrali[sz]ed|no\b)	direction=backward window=12
historical	re:(previously|initially|originally)\s*:?\s+(?:was\s+|were\s+)?(?:[0-4]\s*[+-]?\s*/\s*5|\(\+\)|pos(?:itive)?\b|[01]\+)	window=6
# What the patient had before an operation, told at a follow-up: "Before her surgery she had
# left foot drop, which recovered fully", "Preoperatively he had bilateral neurogenic
# claudication ..., plus numbness in both feet".
historical	re:(?:before|prior\s+to)\s+(?:her|his|the|their)\s+(?:surgery|operation|procedure|fusion|decompression|laminectomy|discectomy|microdiscectomy)	window=15
historical	re:pre-?op(?:eratively)?\s*,?\s+(?:she|he|they|the\s+patient|pt)\s+(?:had|reported|described|complained\s+of)	window=20
# ... with no article, then who had what: "Before surgery he had left S1 radiculopathy from a
# large extrusion, an absent left ankle jerk and mild plantarflexion weakness"; the months
# "pre-op" in a list ("and for the last 3 months pre-op had constant left leg pain"); and after
# the condition: "The right leg pain he had before surgery resolved".
historical	re:(?:before|prior\s+to)\s+(?:surgery|the\s+operation|operation)\s*,?\s+(?:she|he|they|the\s+patient|pt)\s+(?:had|reported|described|complained\s+of)	window=25
historical	re:pre-?op(?:eratively)?\s+(?:had|reported|described)	window=20
historical	re:(?:she|he|they|the\s+patient|pt)\s+had\s+(?:before|prior\s+to)\s+(?:(?:her|his|the|their)\s+)?(?:surgery|operation|procedure|fusion|decompression|laminectomy|discectomy|microdiscectomy)	direction=backward window=6
# ... and what the imaging before the operation showed, told after it: "Preoperative MRI showed
# severe central canal stenosis at L4-5" (a discharge summary; not a preoperative
# diagnosis, which is the operation's reason and stays current).
historical	re:pre-?op(?:erative)?\s+(?:mri|ct|ct\s+myelogram|myelogram|imaging|x-?rays?|radiographs?|films|studies|exam(?:ination)?)\s+(?:showed|shows|demonstrated|revealed|was\s+(?:notable|significant)\s+for)	window=20
historical	re:(?:which|that|and)\s+(?:has\s+|have\s+)?(?:since\s+)?recovered\s+(?:fully|completely|entirely)	direction=backward window=10
# "leg sx have resolved - last had L calf pain ~2 wks ago", "had an episode of L sciatica in
# 2019".
historical	re:last\s+(?:had|felt|noticed|experienced)	window=8
# "Last fever was the night of admission": the fever's last day is past.
historical	re:\b(last)\s+fevers?\s+(?:was|were|on|in)\b	window=3 only=concept:fever
historical	re:had\s+(?:an?\s+|one\s+)?(?:episode|bout|flare)\s+of	window=12
# "Initial exam demonstrated a positive L SLR at 50 degrees" (a discharge summary).
historical	re:(?:initial|previous|prior|first|last)\s+(?:eval(?:uation)?|exam(?:ination)?|assessment|visit)\s+(?:demonstrated|showed|revealed|found|noted|documented)	window=20 except=category:disc,category:structural,concept:modic_change
pseudo	re:(?:since|compared\s+(?:to|with)|relative\s+to|from)\s+(?:the\s+|her\s+|his\s+)?(?:initial|previous|prior|first|last)\s+(?:eval(?:uation)?|visit|session|assessment|exam(?:ination)?|appointment)
# A finding said absent before, to say it is new: "new R quad weakness not present at prior
# exam", "a new herniation not seen on the prior MRI", "which was not present previously".
pseudo	re:not\s+(?:present|seen|noted|there|evident|appreciated)\s+(?:(?:at|on|in|during)\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:prior|previous|last|initial|earlier|preceding)\s+(?:exam(?:ination)?|visit|evaluation|assessment|study|studies|imaging|mri|ct|scan|films?|x-?rays?)|before|previously|earlier)\b
historical	previously	direction=both window=6 past
historical	previous diagnosis of	window=8 past
historical	prior	window=8 past
historical	prior history of	window=12 past
historical	status post	window=8 stop_at_comma except=concept:significant_trauma
# A denial of the disease now ends where its past treatment is told: "no evidence of disease
# now status post left upper lobectomy for stage IA lung cancer", "without evidence of disease
# following chemotherapy for breast cancer": the cancer treated is a past one, not denied.
terminate	re:\b(status\s+post|s/p)\b	ends=negated
terminate	re:\b(following|after)\s+(?:(?:his|her|their|the|a|an)\s+)?(?:[\w-]+\s+){0,3}?(?:chemo\w*|radiation|radiotherapy|resection|surgery|mastectomy|lumpectomy|lobectomy|prostatectomy|colectomy|nephrectomy|excision|treatment)\b	ends=negated
historical	s/p	window=8 stop_at_comma except=concept:significant_trauma
historical	remote	window=4
# An episode treated and then resolved, told in a run of clauses: "R sciatica 2019 after a fall
# at home, treated w/ PT, fully resolved" (the treatment's clause links the resolution to it).
historical	re:,\s*((?:treated|managed)\s+(?:w/|with)\s+[^,.;]{1,40},\s*(?:and\s+)?(?:fully\s+|completely\s+|totally\s+)?resolved)	direction=backward window=16
# A condition an operation of years ago was for, or that surgery treated: the operation ended
# the episode, as "status post" says ("He had an L4-5 microdiscectomy in 2008 for left
# sciatica"; "had a L4-5 disc herniation with R sciatica in 2009, treated with
# microdiscectomy"). Not `past`: a lasting concept is historical too. A course of therapy or an
# injection ends nothing ("treated with PT and one epidural injection").
historical	re:(?:microdiscectomy|microdiskectomy|discectomy|diskectomy|laminectomy|laminotomy|hemilaminectomy|foraminotomy|fusion|decompression|surgery|operation)\s+(?:[\w/-]+\s+){0,4}?(?:in\s+(?:19|20)\d\d|in\s+\d{1,2}/(?:19|20)?\d\d|\d+\s+(?:years?|yrs?)\s+ago|at\s+age\s+\d+)\s*,?\s+(for)\b	window=6 stop_at_comma
# ... and the date left out, the operation placed in the past by the words before it ("Prior
# L5-S1 microdiscectomy for a herniated disc", "history of laminectomy for spinal stenosis",
# "she had a fusion for spondylolisthesis"). An operation named alone ("L5-S1
# microdiscectomy for herniated disc" heading an operative note) is today's, and what it
# treats current.
historical	re:(?:prior|previous|remote|history\s+of|hx\s+of|h/o|had\s+(?:an?\s+|her\s+|his\s+)?|underwent\s+(?:an?\s+)?)\s*(?:[\w/-]+\s+){0,3}?(?:microdiscectomy|microdiskectomy|discectomy|diskectomy|laminectomy|laminotomy|hemilaminectomy|foraminotomy|fusion|decompression|kyphoplasty|vertebroplasty|surgery|operation)s?\s+(for)\b	window=6 stop_at_comma
historical	re:,?\s+((?:treated|managed)\s+(?:surgically|operatively|with\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:microdiscectomy|microdiskectomy|discectomy|diskectomy|laminectomy|laminotomy|hemilaminectomy|foraminotomy|fusion|decompression|surgery)))	direction=backward window=12
historical	re:in\s+the\s+(?:distant|remote)\s+past	direction=backward window=8
historical	in the past	direction=backward window=8
historical	years ago	direction=both window=8 past
historical	yrs ago	direction=both window=8 past
historical	yr ago	direction=both window=8 past
# "Settled" as British and Australian notes say a past episode resolved: "CT at the time showed a
# small L5/S1 disc bulge; settled fully with physio".
historical	re:(?:has\s+|had\s+)?settled\s+(?:fully|completely|entirely|down)	direction=backward window=8
# A lifting onset or an injury weeks or months ago is the present episode's mechanism ("Onset
# 3 weeks ago lifting a case of printer paper", "She was in a car accident a couple of weeks
# ago and has had back pain since"): only years make it a past one.
historical	weeks ago	direction=both window=8 past except=concept:lifting_mechanism,concept:significant_trauma
historical	months ago	direction=both window=8 past except=concept:lifting_mechanism,concept:significant_trauma
# One month as several: "a febrile urinary infection one month ago".
historical	month ago	direction=both window=8 past except=concept:lifting_mechanism,concept:significant_trauma
historical	year ago	direction=both window=8 past
historical	the last time	direction=backward window=6
historical	last year	direction=backward window=8 past
# A year ("in 1995"), or a month and year in figures as dictated histories write them ("In
# 5/92 she was involved in a motor vehicle accident", "status post kidney transplant in
# 12/07", "surgery in 03/2008"): one expression, since it has no literal piece to filter on
# and so is searched in every sentence.
# A count of a pathology report ("carcinoma in 3/12 lymph nodes") or a pain score is none.
historical	re:in\s+(?:(?:19|20)\d\d|(?:0?[1-9]|1[0-2])/(?:(?:19|20)\d\d|\d\d)\b)	direction=both window=8 past
pseudo	re:in\s+\d{1,2}/\d{1,3}\s+(?:of\s+(?:the\s+)?)?(?:lymph|nodes?|cores?|biops(?:y|ies)|specimens?|fragments?|samples?|slides?|patients?|cases?)
pseudo	re:in\s+\d{1,2}/10\s+(?:pain|range|intensity|severity|scale)
# "a right cerebellar infarct last month"; "over the last month" is a pseudo phrase (below):
# a span up to now, not a time gone by.
historical	last month	direction=backward window=8 past
# A month and year ("in April 2007"; de-identified exports write "in **DATE[Apr 2007]").
historical	re:in\s+(?:\*\*date\[)?(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:19|20)\d\d	direction=both window=8 past
# Social history told inline in dictated prose ("His social history: he denies tobacco,
# alcohol or drug abuse"): habits, as a social history section's are.
historical	social history	window=15
historical	history	direction=backward window=2 past
historical	hx	direction=backward window=2 past
historical	family history of	window=10
historical	as a child	direction=both window=6
historical	in childhood	direction=both window=6
# An age the patient was when it happened ("a fracture when he was 13 years of age", "an
# appendectomy at age 12"); "since he was 13" is not among them (it still goes on). Not for
# cancers: the real-note golds keep a cancer's history unmarked, and a relative's age at
# diagnosis or death is family history, not the past (rows r464, r471).
historical	re:(?:when\s+(?:he|she|they|the\s+patient)\s+was|at\s+(?:the\s+)?age\s+(?:of\s+)?)\s*(?:about\s+|around\s+|approximately\s+)?\d{1,2}(?:\s+(?:years?\s+(?:of\s+age|old)|y/?o))?\b	direction=both window=12 past except=concept:cancer_history
historical	family hx of	window=10
historical	fh of	window=10

# Resolution: the finding was real and is over ("radiation into both legs, but this has
# now resolved"; "resolution of the hydronephrosis"; "no longer has leg numbness"). Read as
# historical, not negated: it happened. The whole "but this has now resolved" is one cue,
# so the "but" inside it does not end the scope it looks back over.
historical	resolved	direction=both window=6
# ... after a relative clause set off by commas, back to its subject: "Night pain, which woke
# him 3-4x/night at IE, has also resolved" (the clause is the cue's, so its "which" ends no
# scope).
historical	re:,\s*(?:which|that)\s+[^,;.]{1,60},\s*(?:has|have)\s+(?:also\s+|now\s+|since\s+|completely\s+|fully\s+)*resolved	direction=backward window=6
historical	has resolved	direction=backward window=8
# A relative clause that ends it, further on: "Had sciatica down the R leg in 2015 that
# resolved with PT".
historical	re:(?:that|which)\s+(?:has\s+|had\s+)?(?:since\s+)?(?:completely\s+|fully\s+|eventually\s+)?resolved	direction=both window=12
historical	have resolved	direction=backward window=8
# ... with a word between, which would otherwise end the scope ("now" ends a history's, as in
# "h/o sciatica, now with back pain"): "His leg pain has now resolved", "Saddle numbness
# from the 2020 episode has fully resolved".
historical	re:(?:has|have|is|are|was|were)\s+(?:now\s+|since\s+|completely\s+|fully\s+|largely\s+|entirely\s+|essentially\s+|mostly\s+)+resolved	direction=backward window=8 stop_at_comma
# Healed and recovered, said of the finding: "History of T12 compression fracture in 2008,
# healed", "Prior L foot drop, fully recovered after 2018 decompression" (not "healing").
historical	re:,\s*(?:now\s+|since\s+|well\s+|completely\s+|fully\s+)?healed\b	direction=backward window=10
# ... with a verb after it ("that has since healed", "the fracture has healed") or as its
# adjective before it ("healed L1 compression fracture", "old healed fracture of T12"; only a
# fracture or deformity after it: "the incision is healed and ..." says nothing of what follows).
historical	re:(?:has|have|had)\s+(?:since\s+|now\s+|completely\s+|fully\s+|well\s+)?healed\b	direction=backward window=10
historical	re:((?:old\s+|remotely\s+|well[-\s])?healed)\s+(?:(?:[ltc]\d{1,2}|compression|burst|wedge|vertebral|old|remote|spinous\s+process|transverse\s+process|pars|rib)\s+){0,3}(?:fractures?|fx|deformit(?:y|ies))\b	direction=forward window=4
# Said over after the finding: "as has the L4-5 protrusion" after a resolution, "which is not
# seen on the current study".
historical	re:resolved\s*,\s*as\s+(?:has|have|did)	window=8
historical	re:(?:which|that)\s+(?:is|are|was|were)\s+(?:now\s+)?(?:not\s+(?:seen|visible|present|identified|evident)|no\s+longer\s+(?:seen|visible|present|identified|evident))	direction=backward window=10
historical	re:(?:has|have)?\s*(?:fully|completely|since)\s+recovered\b	direction=backward window=10
# ... and "has recovered" with nothing after it, said of the finding just before ("The foot
# drop has recovered."); not "has recovered from surgery", which says nothing of it.
historical	re:((?:has|have|had)\s+(?:now\s+|largely\s+|essentially\s+)?recovered)\s*(?:[.;]|(?m:$))	direction=backward window=3 stop_at_comma
historical	re:(?:but\s+|which\s+|and\s+|although\s+|though\s+)?(?:this|that|it|these|they|which|all\s+of\s+which|both\s+of\s+which|all\s+of\s+this|all\s+of\s+these)\s+(?:has|have|had|is|are|was|were|(?:seemed|seems|appeared|appears)\s+to\s+have)\s+(?:now\s+|since\s+|subsequently\s+|completely\s+|largely\s+|mostly\s+|essentially\s+|totally\s+|fully\s+|also\s+)*(?:resolved|gone\s+away|cleared)	direction=backward window=12
historical	resolution of	window=6
historical	interval resolution of	window=6
historical	no longer	window=8
# Symptoms a movement took away, as a McKenzie assessment writes it: "centralized to L
# buttock, abolished thigh pain".
historical	re:abolish(?:ed|es)	direction=both window=4
# ... and told after the finding: "numbness in the R foot is no longer present", "her
# sciatica is gone", "the leg pain went away".
historical	re:(?:is|are|was|were)\s+no\s+longer\s+(?:present|there|an\s+issue|a\s+problem|a\s+complaint)	direction=backward window=8
historical	re:(?:is|are|has\s+been|have\s+been)\s+(?:now\s+|completely\s+|totally\s+|entirely\s+)?gone\b	direction=backward window=6
# ... and gone since a treatment: "Pre-op R leg pain gone since surgery per pt".
historical	re:gone\s+since	direction=backward window=8
# ... and not come back: "The numbness in the left foot he described last fall has not come
# back since gabapentin was increased".
historical	re:(?:has|have|had)\s+not\s+(?:come\s+back|returned|recurred)|(?:hasn't|haven't|hadn't)\s+(?:come\s+back|returned|recurred)	direction=backward window=15
historical	re:(?:(?:has|have|had)\s+(?:now\s+|since\s+|completely\s+)?gone\s+away|went\s+away)	direction=backward window=6
# Leg symptoms that have centralized have withdrawn to the back (the McKenzie term): the
# leg's symptoms are over, the back's pain is not.
historical	re:(?:(?:has|have|had)\s+)?(?:now\s+|fully\s+|completely\s+)?centrali[sz]ed	direction=backward window=6 only=concept:radiating_leg_pain,concept:leg_paresthesia,concept:radiculopathy
# A pain rated zero now is absent: "Leg pain 0/10 today", "Radicular pain: 0/10." (not "0/10
# at rest, 6/10 with activity", where the sentence goes on).
negated	re:(0\s*/\s*10)(?:\s*[.;]|\s+(?:today|currently|now|at\s+present|at\s+this\s+time)\s*[.;])	direction=backward window=4
# Relieved or corrected by a treatment, the finding is over: "his left leg pain was
# relieved." (not "relieved by rest", a relieving factor), "laterolisthesis corrected".
historical	re:(?:was|were|has\s+been|have\s+been)\s+(?:completely\s+|totally\s+|fully\s+|immediately\s+)?relieved(?:\s+(?:after|following|with)\s+(?:the\s+)?(?:procedure|injection|surgery|operation|block))?\s*[.;]	direction=backward window=8
historical	corrected	direction=backward window=3
# What was, set against what is now: "a past history of back pain and sciatica, but at the
# present time ...".
historical	re:(?:but|however)\s*,?\s+(?:at\s+the\s+present\s+time|currently|now|at\s+this\s+time|presently|today)	direction=backward window=10
historical	no longer has	window=8
# Resolution told in the next sentence, of the symptoms just described ("In addition she had
# numbness in both feet. Her symptoms resolved the following day.") or of the fever ("His
# fever resolved over the next day."). Only what is said to be over entirely: "her symptoms
# partially resolved" and "improved" are not here.
historical	re:(?:(?:all\s+(?:of\s+)?)?(?:her|his|their|the|these|those|such)\s+)?(?:symptoms|complaints)\s+(?:have\s+|has\s+|had\s+)?(?:(?:completely|totally|fully|entirely|gradually|slowly|quickly|rapidly|since|subsequently|eventually|spontaneously|finally|all|then|now)\s+)?(?:resolved|subsided|went\s+away|cleared|disappeared|abated)	previous_sentence only=concept:radiating_leg_pain,concept:leg_paresthesia,concept:low_back_pain,concept:axial_midline_pain,concept:fever,concept:night_pain,concept:bowel_bladder_dysfunction,concept:saddle_anesthesia,concept:motor_weakness,concept:sensory_deficit
# A resolution followed by a return is not the end of it: "the symptoms resolved within
# hours and recurred the following day". The return follows a joining word with nothing but a
# subject and an adverb between, so that "resolved completely after surgery and have not
# returned" stays a resolution.
pseudo	re:(?:resolved|subsided|went\s+away|cleared|disappeared|abated)\b[^.;]{0,60}?\b(?:but|and|then|until|when|however|only\s+to)\s*,?\s+(?:(?:it|they|this|these|symptoms?|pain|the\s+\w+)\s+)?(?:(?:has|have|had)\s+)?(?:since\s+|again\s+|subsequently\s+|now\s+|then\s+|later\s+|eventually\s+)?(?:recurred|returned|came\s+back|began\s+again|started\s+again)
# The same told with a pronoun ("This has resolved.", "It went away."): the pronoun speaks
# of the sentence before only where it opens its sentence; "..., but this has now
# resolved" is about its own clause (a cue above).
historical	re:(?:(?:since\s+then|then|eventually|subsequently|however|but)\s*,?\s+)?(?:(?:all\s+(?:of\s+)?)?(?:this|it|these|they|those|both))\s+(?:has\s+|have\s+|had\s+)?(?:(?:completely|totally|fully|entirely|gradually|slowly|quickly|rapidly|since|subsequently|eventually|spontaneously|finally|all|then|now|largely)\s+)?(?:resolved|subsided|went\s+away|gone\s+away|disappeared|abated)	previous_sentence opens_sentence only=concept:radiating_leg_pain,concept:leg_paresthesia,concept:low_back_pain,concept:axial_midline_pain,concept:fever,concept:night_pain,concept:bowel_bladder_dysfunction,concept:saddle_anesthesia,concept:motor_weakness,concept:sensory_deficit
# A fever the same sentence says is gone: "he spiked a fever of 100.1, but right now he is
# afebrile".
historical	re:but\s+(?:right\s+)?(?:now|currently|today|presently|at\s+present|since\s+then)\s+(?:(?:he|she|the\s+patient|patient)\s+)?(?:is|has\s+been|remains|was)\s+afebrile	direction=backward window=12 only=concept:fever
# A fever the note says is over for the rest of it, told after the fever, as hospital
# courses and follow-ups do ("On the morning of June 27 she spiked a fever. ... she remained
# afebrile for the remainder of the hospitalization"; "He has become afebrile"; "he is now
# currently afebrile"; "Today, his fever and his rash have completely resolved"; "she
# defervesced"): every fever before it in the note is past, in any section (a discharge
# summary's "has been afebrile for two days" speaks of the fevers of its history of present
# illness and admitting diagnoses; in the 4,709 dev-pool notes no fever before such a phrase
# in another section was still present). Only a change
# of state counts: "afebrile" or "was afebrile" alone, as an exam writes it, says nothing of
# a fever before.
historical	re:(?:her|his|their|the)\s+(?:low[-\s]grade\s+)?fevers?\s+(?:and\s+(?:(?:her|his|their|the)\s+)?\w+\s+)?(?:have\s+|has\s+|had\s+)?(?:(?:completely|since|subsequently|eventually|spontaneously|quickly|then|now)\s+)?(?:resolved|subsided|broke|abated|went\s+away)	earlier_in_note only=concept:fever
historical	re:(?:has|have|had)\s+(?:(?:since|now|then|subsequently|quickly|finally)\s+)?(?:become|been|remained|stayed)\s+afebrile	earlier_in_note only=concept:fever
historical	re:(?:became|remained|remains|stayed|stays)\s+afebrile	earlier_in_note only=concept:fever
historical	re:(?:is|was)\s+(?:now|since\s+then)\s+(?:currently\s+)?afebrile	earlier_in_note only=concept:fever
historical	re:defervesced|defervescence	earlier_in_note only=concept:fever
# ... and in its own sentence: "Her fever broke 18 hours prior to discharge" ("broke" right
# after the fever, so that "fever and broke out in hives" is left alone).
historical	re:fevers?\s+((?:(?:has|have|had)\s+)?(?:(?:finally|eventually|then)\s+)?(?:broke|broken))\b	direction=backward window=1 only=concept:fever
# An ability lost is a present inability, not a past finding: "could no longer walk".
negated	re:(?:can|could|is\s+able\s+to|was\s+able\s+to|be\s+able\s+to)\s+no\s+longer	window=8

# --- hypothetical ----------------------------------------------------------------------------
hypothetical	if	window=0
hypothetical	in case of	window=10
hypothetical	in the event of	window=10
hypothetical	should she develop	window=12
hypothetical	should he develop	window=12
# ... or experience it ("call 911 should he experience any loss of bowel or bladder control").
hypothetical	re:should\s+(?:she|he|they|the\s+(?:patient|client|examinee|worker|employee)|pt)\s+(?:experience|notice|report|develop|have)	window=12
hypothetical	should they develop	window=12
hypothetical	should the patient develop	window=12
hypothetical	should there be	window=12
hypothetical	return if	window=0
hypothetical	call if	window=0
hypothetical	re:return\s+(?:(?:immediately|promptly|urgently|right\s+away|sooner)\s+)?(?:to\s+(?:the\s+)?(?:clinic|office|ed|er|hospital|emergency\s+(?:room|department))\s+)?(?:(?:immediately|promptly|urgently|right\s+away|sooner)\s+)?(?:for|with)	window=20
hypothetical	re:seek\s+(?:\w+\s+){0,2}(?:care|attention|evaluation|help|treatment)(?:\s+(?:for|if|with))?	window=25
# ... to the end of its sentence when a list follows the colon: "SEEK IMMEDIATE CARE IF: you
# have loss of bladder or bowel control, numbness ..., weakness in your legs or foot drop, or
# fever over 100.4 F."
hypothetical	re:seek\s+(?:\w+\s+){0,2}(?:care|attention|evaluation|help|treatment)\s+(?:for|if|with)\s*:	window=0
hypothetical	develop	direction=backward window=4
hypothetical	develops	direction=backward window=4
hypothetical	watch for	window=12
hypothetical	monitor for	window=12
hypothetical	look out for	window=12
hypothetical	signs and symptoms of	window=15
hypothetical	warning signs including	window=15
hypothetical	warning signs, including	window=15
hypothetical	red flag precautions	window=15
# The warning signs of a serious cause taught to the patient, as rehab and emergency notes
# record it: "Red flag education provided: saddle anesthesia, B&B changes", "Pt educated
# re: red flag sx incl ...", "verbalized understanding of red flag symptoms (...)",
# "Discussed cauda equina warning signs: saddle numbness, urinary retention". A screen of
# the red flags ("Red flags: denies ...", "red flags reviewed, reports night pain") is no
# teaching, nor are warning signs said to be absent ("Without warning signs such as fever").
hypothetical	re:red[-\s]flags?\s+(?:(?:signs?|symptoms?|sx)\s+)?(?:education|teaching|instructions?|precautions|handout|discussion|discussed|counseling|counselling)	window=25
# Where to go if they come ("Return precautions: go to the ED for new leg weakness,
# numbness between the legs, trouble urinating or loss of bowel control, or fever"; "pt
# understands to go to ED for groin numbness").
# ... and the shorthand that sets a warning sign equal to the visit it warrants ("worsening
# foot weakness, groin numbness or loss of bladder control = same-day ED").
hypothetical	re:(=)\s*(?:same[-\s]day\s+|immediate\s+)?(?:ed|er|emergency\s+(?:room|department))\b	direction=backward window=15
# ... said given or reviewed before the list ("Return precautions given for fever, new
# weakness or numbness", "ER precautions were reviewed regarding saddle numbness"): the cue
# holds the participle, which would otherwise end its scope as "given" ends a cause's.
hypothetical	re:(?:return|er|ed|emergency)\s+precautions(?:\s+(?:were|was|have\s+been|has\s+been))?(?:\s+(?:given|reviewed|discussed|provided|explained|gone\s+over))?	window=25
# "Discussed s/sx to return: new numbness or weakness in legs, ...", "signs that need medical
# attention (new leg numbness ...)", "Reviewed warning signs (new numbness in the saddle area,
# ...) that should prompt an ED visit", "reasons to return".
hypothetical	re:(?:s/sx|signs?(?:\s+(?:and|&|/)\s+symptoms?)?|symptoms?|reasons?)\s+(?:to\s+return|to\s+watch\s+for|to\s+seek\s+care|that\s+(?:need|needs|require|requires|warrant|warrants|should\s+prompt)|which\s+(?:need|require|warrant|should\s+prompt))	window=25
# ... and after the list: "night pain, fever, weight loss, leg numbness or weakness would be
# reasons to call us sooner".
hypothetical	re:(?:would|will|should)\s+be\s+(?:a\s+)?reasons?\s+to\s+(?:call|return|come\s+back|seek\s+care|go\s+to)	direction=backward window=25
# "Reviewed reasons to call or go to the nearest ED (...): new or worsening weakness ...".
hypothetical	re:reasons?\s+to\s+(?:call|return|come\s+back|go\s+to|attend|seek)	window=0
hypothetical	re:warning\s+(?:signs?|symptoms?)\s*\(	window=25
hypothetical	re:(?:go|come|report|present|proceed|return|head)\s+(?:back\s+)?(?:immediately\s+|directly\s+|straight\s+)?to\s+(?:the\s+|an\s+|a\s+)?(?:nearest\s+|closest\s+)?(?:ed|er|emergency\s+(?:room|department)|urgent\s+care|hospital|labor\s+and\s+delivery|l\s*&\s*d|triage|walk-in\s+clinic)\s+(?:immediately\s+|right\s+away\s+|now\s+|asap\s+|promptly\s+)?(?:for|with|if)	window=25
hypothetical	re:(?:educat\w*|instruct\w*|counsel\w*|understanding|teach\w*|taught|discuss\w*)\b[^.;]{0,30}?\bred[-\s]flags?	window=25
hypothetical	re:(?:educat\w*|instruct\w*|counsel\w*|understanding|teach\w*|taught|discuss\w*|explain\w*)\b[^.;]{0,30}?\bwarning\s+(?:signs?|symptoms?)	window=25
# ... named first and said reviewed: "Warning signs reviewed, including saddle anesthesia".
hypothetical	re:warning\s+(?:signs?|symptoms?)\s+(?:were\s+|was\s+)?(?:reviewed|discussed|given|explained|taught|gone\s+over)	window=25
hypothetical	precautions	direction=both window=10
# "Pt was educated that worsening leg weakness, new numbness in the groin, or difficulty with
# urination require same-day medical attention" (education, not "informed that", which tells a
# result).
hypothetical	re:(?:educated|instructed|counseled|counselled)\s+(?:\w+\s+){0,3}?that	window=20
hypothetical	re:(?:requires?|warrants?|needs?)\s+(?:same[-\s]day|immediate|urgent|emergent|prompt|emergency)\s+(?:medical\s+)?(?:attention|evaluation|care|assessment|review)	direction=backward window=20
hypothetical	educated on	window=15
hypothetical	educated about	window=15
hypothetical	instructed on	window=15
hypothetical	instructed to report	window=15
hypothetical	re:(?:asked|told|advised|reminded|instructed|educated)\s+to\s+report(?:\s+to\s+(?:us|me|the\s+office))?	window=15
hypothetical	to report any	window=15
hypothetical	seek care for	window=12
hypothetical	seek immediate care for	window=12
hypothetical	to prevent	window=8
# "To help prevent febrile seizures", "Fosamax for prevention of osteoporosis", "DVT
# prophylaxis": what is prevented has not happened.
hypothetical	re:to\s+help\s+prevent|for\s+(?:the\s+)?prevention\s+of|prophylaxis\s+(?:of|for|against)	window=8
# Advice, plans and goals: what the patient should do or avoid, what would help.
hypothetical	re:(?:would|will|may|might|could)\s+(?:likely\s+)?benefit\s+from	window=8
hypothetical	re:(?:advised|instructed|encouraged|counseled|counselled|told|asked|recommended)\s+(?:him\s+|her\s+|them\s+|the\s+patient\s+)?(?:to|on|about|regarding)	window=6
hypothetical	avoid	window=5
# ... and what a device or a measure avoids or prevents, in any tense: "splints were
# fashioned in a spiral fashion that avoided foot drop", "a brace to help prevent left foot
# drop", "the rail prevented a fall": what is avoided has not happened.
hypothetical	avoids	window=5
hypothetical	avoided	window=5
hypothetical	avoiding	window=5
hypothetical	prevent	window=5
hypothetical	prevents	window=5
hypothetical	prevented	window=5
hypothetical	preventing	window=5
hypothetical	re:(?:recommend|recommended|recommends|encourage|encouraged)\s+(?:that\s+)?	window=6
hypothetical	re:(?:was|is|were|are)\s+(?:recommended|encouraged|advised|discussed)	direction=backward window=6
hypothetical	goal of	window=6
# A goal line of a rehab plan, short or long term, with its number or time frame: what it names
# is wished for, not found ("STG 1: radiating leg pain no further than knee in 3 wks", "LTG
# (8 wks): lift infant car seat w/o pelvic pain", "Goal #2: walk 30 min w/o leg sx").
hypothetical	re:((?:stg|ltg|short[-\s]term\s+goals?|long[-\s]term\s+goals?|goals?)\s*#?\d*)\s*(?:\([^)\n]{0,20}\)\s*)?:	window=25 opens_sentence
# A transplant still to come: "awaiting a liver transplant" is no immunosuppression yet.
hypothetical	re:(?:awaiting|awaits|listed\s+for|on\s+the\s+(?:transplant\s+)?(?:waiting\s+)?list\s+for)	window=4 only=concept:immunosuppression
# ... the list named after the organ: "is on the liver transplant list".
hypothetical	re:(?:waiting\s+|wait\s+)?list\b	direction=backward window=1 only=concept:immunosuppression
# ... and one being weighed: "to determine his suitability for a liver transplant".
hypothetical	re:(?:suitability|candidacy)\s+for	window=4 only=concept:immunosuppression
# A cancer treatment still to come is a plan (corpora/gold-mtsamples change 5): "he will
# undergo chemotherapy next week", "the patient is to undergo radiation therapy", "admitted
# to start chemotherapy", "I offered chemotherapy", "scheduled for radiation therapy".
# ("Continues to receive chemotherapy" is
# current: only "will", "going to" and a plan take the receiving verbs, "undergo" and
# "receive"; "have" and "get" only after "scheduled to": alone they are too common to search
# for.)
hypothetical	re:(?:will|would|to|going\s+to|plans?\s+to|planning\s+to)\s+(?:start|begin|initiate|commence)|(?:will|going\s+to|plans?\s+to|planning\s+to|is\s+to|are\s+to)\s+(?:undergo|receive)|scheduled\s+to\s+(?:have|get|undergo|receive|start|begin)|\b(?:offer|offered|offering|recommend|recommended|recommending)\b|(?:scheduled|planned)\s+for	window=6 only=concept:cancer_history
# ... and one the patient is urged or agrees to have ("tried to convince him to undergo
# radiation", "she has agreed to undergo chemotherapy"), or a treatment named as one of the
# options ("added to the radiation therapy options").
hypothetical	re:(?:convince|convinced|persuade|persuaded|urge|urged)\s+(?:him|her|them|the\s+patient)\s+to\s+(?:undergo|receive|have|start|begin)|(?:agreed|agrees|consented|consents|elected|elects)\s+to\s+(?:undergo|receive|start|begin)	window=8 only=concept:cancer_history
hypothetical	re:options?\b	direction=backward window=1 only=concept:cancer_history
# A cancer treatment the patient needs is still to come: "she needs chemotherapy", "he will
# require radiation", and in a list of indications "Chemotherapy required." (a port placed
# for it). Window 1, so that the cancer it treats stays current ("needs chemotherapy for her
# breast cancer"); "required" and "needed" only where they end the clause, since "her cancer
# required a mastectomy" and "she needed chemotherapy in 2005" tell what happened.
hypothetical	re:(?:will\s+)?(?:need|needs|needing|requires|requiring|require)	window=1 only=concept:cancer_history
# ... as is one the patient would need, tolerate or receive ("I think he would tolerate
# chemotherapy quite well", "she would require more radiation"), one a visit is for the
# start of ("to report to the oncologist's office for the commencement of chemotherapy"),
# and the next cycle of one ("resume G-CSF after his next chemotherapy", "a restaging CT
# prior to his next cycle of chemotherapy"). Window 2, for the same reason: "would need
# radiation for her glioma" leaves the glioma current.
hypothetical	re:would\s+(?:need|require|tolerate|receive|undergo)|for\s+(?:the\s+)?(?:commencement|initiation|start)\s+of|\bnext\s+(?:(?:cycle|course|round|dose|session|fraction)s?\s+of)?	window=2 only=concept:cancer_history
hypothetical	re:((?:is\s+|was\s+|are\s+|will\s+be\s+)?(?:required|needed|planned))\s*(?:[.;,)]|(?m:$))	direction=backward window=1 only=concept:cancer_history
# Weight lost on purpose is a goal or a result of treatment, not the red flag (corpora/
# gold-mtsamples decision 15): "a 1200-calorie meal plan should support a weight loss",
# "she is trying to lose weight", "should start a diet and lose weight".
# (Literal phrases, not one expression: an alternation this long has no atoms to filter
# on and would be searched in every sentence.)
# Weight lost on purpose (decision R2-10 of corpora/gold-mtsamples-r2): "Weight down 14 lb,
# intentional", "lost about 14 lb on purpose".
# A cancer or a disease of the spine the patient fears ("Low back pain, worried about cancer",
# "concerned that it is cancer", "reassured regarding her concern about stenosis"): not a
# disease the note documents. (A symptom the patient worries about is there: "worried about
# her leg numbness".)
uncertain	re:(?:worried|worries|worry|concerned|concerns?|anxious|afraid|scared|fearful|fears?)\s+(?:about|regarding|that|of|it\s+(?:is|was|could\s+be|may\s+be|might\s+be))	window=8 only=concept:cancer_history,category:disc,category:structural
hypothetical	re:intentional(?:ly)?|on\s+purpose|purposeful(?:ly)?|deliberate(?:ly)?	direction=both window=6 only=concept:weight_loss
hypothetical	diet	direction=both window=8 only=concept:weight_loss
hypothetical	diets	direction=both window=8 only=concept:weight_loss
hypothetical	dieting	direction=both window=8 only=concept:weight_loss
hypothetical	calorie	direction=both window=8 only=concept:weight_loss
hypothetical	calories	direction=both window=8 only=concept:weight_loss
hypothetical	meal plan	direction=both window=8 only=concept:weight_loss
hypothetical	meal plans	direction=both window=8 only=concept:weight_loss
hypothetical	trying to	direction=both window=8 only=concept:weight_loss
hypothetical	tries to	direction=both window=8 only=concept:weight_loss
hypothetical	try to	direction=both window=8 only=concept:weight_loss
hypothetical	attempt to	direction=both window=8 only=concept:weight_loss
hypothetical	attempts to	direction=both window=8 only=concept:weight_loss
hypothetical	attempt at	direction=both window=8 only=concept:weight_loss
hypothetical	attempts at	direction=both window=8 only=concept:weight_loss
hypothetical	attempting to	direction=both window=8 only=concept:weight_loss
hypothetical	effort	direction=both window=8 only=concept:weight_loss
hypothetical	efforts	direction=both window=8 only=concept:weight_loss
hypothetical	interested in	direction=both window=8 only=concept:weight_loss
hypothetical	goal	direction=both window=8 only=concept:weight_loss
hypothetical	goals	direction=both window=8 only=concept:weight_loss
hypothetical	motivated	direction=both window=8 only=concept:weight_loss
hypothetical	optifast	direction=both window=8 only=concept:weight_loss
hypothetical	medifast	direction=both window=8 only=concept:weight_loss
hypothetical	weight watchers	direction=both window=8 only=concept:weight_loss
hypothetical	exercise program	direction=both window=8 only=concept:weight_loss
hypothetical	gym	direction=both window=12 only=concept:weight_loss
hypothetical	working out	direction=both window=8 only=concept:weight_loss
hypothetical	should start	direction=both window=8 only=concept:weight_loss
hypothetical	must start	direction=both window=8 only=concept:weight_loss
hypothetical	will start	direction=both window=8 only=concept:weight_loss
hypothetical	should attempt	direction=both window=8 only=concept:weight_loss
hypothetical	must attempt	direction=both window=8 only=concept:weight_loss
hypothetical	will attempt	direction=both window=8 only=concept:weight_loss
hypothetical	should continue	direction=both window=8 only=concept:weight_loss
hypothetical	must continue	direction=both window=8 only=concept:weight_loss
hypothetical	will continue	direction=both window=8 only=concept:weight_loss
hypothetical	wanting to	direction=both window=8 only=concept:weight_loss
hypothetical	wants to	direction=both window=8 only=concept:weight_loss
hypothetical	work at	direction=both window=8 only=concept:weight_loss
hypothetical	working on	direction=both window=8 only=concept:weight_loss
hypothetical	should also attempt	direction=both window=8 only=concept:weight_loss
hypothetical	discussed	direction=both window=8 only=concept:weight_loss
# Weight loss recommended as a treatment, judged after it: "weight loss will be a good
# option", "weight loss would be helpful".
hypothetical	re:(?:will|would|may|might|could)\s+be\s+(?:a\s+|an\s+|very\s+)?(?:good|great|reasonable|excellent|helpful|beneficial|important|useful|best)(?:\s+(?:option|idea|choice|step|approach|goal))?\b	direction=backward window=4 only=concept:weight_loss
# Wishes and plans: "she would like to lose 30 pounds".
hypothetical	re:(?:would\s+like|wants|want|wanted|hoping|hopes|plans|planning|intends|intending|goal\s+is|needs|need|advised|told|encouraged|asked)\s+(?:(?:me|him|her|them|the\s+patient)\s+)?to	window=4
# Options weighed and consequences that could follow are not findings: "borderline for
# chemotherapy", "the pros and cons of adjuvant chemotherapy", "bleeding ... can compress
# the cord and result in weakness and numbness".
hypothetical	re:(?:candidate|borderline|eligible)\s+for	window=6
# ... and a referral for a treatment ("referred for radiation"), not the complaint a referral
# is for ("referred for low back pain", "referred for evaluation of leg numbness").
hypothetical	referred for	window=6 only=concept:cancer_history,concept:immunosuppression
# A treatment or tumour weighed in a conditional: "with aggressive chemotherapy, this would
# be reduced to an 8% risk", "chemotherapy with a 5-FU regimen would have a smaller
# benefit". And a diagnosis offered as an alternative: "another consideration would be a
# low grade astrocytoma".
hypothetical	would	direction=backward window=6 only=concept:cancer_history
uncertain	re:(?:consideration|possibility|alternative)\s+would\s+be	window=6
hypothetical	re:(?:pros\s+and\s+cons|the\s+options?)\s+of	window=8
hypothetical	re:(?:can|could|may|might|would|will)\s+(?:\w+\s+){0,8}?(?:result\s+in|lead\s+to|cause|produce)	window=15
# A drug taken as needed names what it would treat: "acetaminophen p.r.n. fever".
hypothetical	re:p\.?\s*r\.?\s*n\.?	window=3
hypothetical	re:(?:needs?|has)\s+to	window=5
# An evaluation that could not be made says nothing of what it would have looked for
# ("no glomeruli present to evaluate for rejection", "unable to evaluate for fracture on
# this limited study"): not particular.
hypothetical	re:(?:unable|not\s+able|impossible|difficult|insufficient\s+\w+|inadequate\s+\w+|no\s+(?:\w+\s+){1,3}(?:present|available|seen))\s+to\s+(?:adequately\s+|fully\s+)?evaluat\w*(?:\s+for)?	window=8
hypothetical	re:(?:cannot|can\s+not|could\s+not)\s+(?:be\s+)?(?:adequately\s+|fully\s+)?evaluat\w*(?:\s+for)?	window=8
# The indication of what is advised is not advised itself: "recommended a chiropractor for
# her sciatica".
terminate	re:for\s+(?:her|his|their|its|the\s+patient's)	ends=hypothetical
# ... nor is the disease a procedure is advised for: "I recommended excision of basal cell
# cancers", "recommend L4-5 laminectomy for spinal stenosis".
terminate	re:(?:excision|resection|removal|repair|surgery|laminectomy|laminotomy|discectomy|diskectomy|microdiscectomy|decompression|fusion|foraminotomy|kyphoplasty|vertebroplasty|ablation|operation)\s+(of|for)\b	ends=hypothetical
# ... nor the patient's conditions a risk is weighed against: "Risks, including wound infection
# and hardware failure in the setting of immunosuppression and osteoporosis, discussed".
terminate	re:in\s+the\s+(?:setting|presence|context)\s+of	ends=hypothetical
# The risks of a procedure explained before consent are possibilities, not findings:
# "risks include infection, bleeding, nerve injury and bowel or bladder dysfunction", "Risks,
# including persistent leg pain, ... were discussed".
hypothetical	re:(?:risks?|complications?|side\s+effects?)(?:\s*,)?\s+(?:of\s+(?:the\s+)?(?:\w+\s*,?\s+){0,3}?)?(?:include|includes|included|including|such\s+as|were\s+(?:discussed|explained|reviewed)|which\s+(?:include|included)|are|were)	window=25
# "The risks discussed were ...", "risks and benefits of the above procedure were discussed
# with the patient including ...": the list follows (within 25 words: MTSamples runs
# headings into one sentence, and a longer reach would take the operation's findings).
hypothetical	re:risks?\s+(?:discussed|explained|reviewed|mentioned)\s+(?:were|included|include|are)	window=25
# "Risks discussed incl. bleeding, infection, ... transient leg numbness or weakness".
hypothetical	re:risks?\s+(?:discussed|explained|reviewed|mentioned)\s*,?\s*(?:incl(?:uding|uded|\.)?\b|:)	window=30
hypothetical	re:risks?\s*(?:,\s*|\s+and\s+)(?:benefits|alternatives)\b	window=25
hypothetical	re:(?:possible|potential)\s+(?:risks|complications|side\s+effects)	window=25
# "The risks, benefits and alternatives were discussed ..., to include infection, bleeding ..."
hypothetical	re:risks?\s*(?:,|and)\s+(?:\w+\s*,?\s+){0,3}(?:were|was|have\s+been|had\s+been)\s+(?:discussed|explained|reviewed|described)	window=40
hypothetical	risk of	window=8
hypothetical	risks of	window=8
hypothetical	risk for	window=8
hypothetical	danger of	window=8
# Treatments weighed as options are not treatments given, and what a procedure has the
# potential of is a risk: "discussed the potentials of chemotherapy", "the possible benefits
# of biopsy, resection ... chemotherapy, radiation treatments, and doing nothing",
# "discussed the option of disk arthroplasty", "the potential of ... peroneal nerve palsy".
hypothetical	re:potentials?\s+of	window=8
hypothetical	re:(?:possible|potential)\s+benefits?\s+(?:of|from)	window=25
hypothetical	re:discussed\s+(?:in\s+(?:length|detail)\s+)?(?:the\s+)?(?:treatment\s+)?options?\s+(?:of|such\s+as|including|include)	window=15
# The options listed first and the verb after a long list ("Options such as watchful
# waiting, brachytherapy, radical prostatectomy, cryotherapy, and external beam radiation
# were discussed", "Alternative therapies including radiation therapy; ...").
hypothetical	re:(?:(?:treatment|other|alternative)\s+)?options?\s+(?:such\s+as|including|include|included)|alternative\s+(?:therapies|treatments)\s+(?:such\s+as|including|include|included)	window=25
# What happens more often to patients like this one: "a higher incidence of automobile
# accidents".
hypothetical	re:(?:higher|increased|greater|high)\s+(?:incidence|rates?|likelihood|chance)\s+of	window=6
# "Risks include, but are not limited to, infection and nerve injury" ("risks included but
# were not limited to" in the past tense): the "but" goes on
# with the list of risks, so the phrase carries it on rather than ending it.
hypothetical	re:but\s+(?:are\s+|is\s+|were\s+|was\s+)?not\s+limited\s+to	window=25
# A sign that was not tested says nothing either way: uncertain ("unable to perform a
# straight leg raise", "SLR deferred").
uncertain	re:(?:unable\s+to|could\s+not|can\s*not|did\s+not|was\s+not\s+able\s+to)\s+(?:perform|complete|tolerate|test|assess|do)	window=6
# ... and a finding that could not be assessed ("Distant metastasis cannot be assessed (MX)",
# a pathology report's stage).
# An exam not done says nothing of what it would have found: "SLR not done - could not lie
# supine", "rectal exam deferred" ("not done" was a pseudo phrase, which only kept "not" from
# denying it).
uncertain	re:(?:not\s+(?:done|performed|tested|assessed|examined|evaluated)|deferred|(?:could\s+not|cannot|can\s+not)\s+be\s+(?:performed|tested|assessed|evaluated|determined))	direction=backward window=6
# A simile: "she felt as if she was going to fall" reports no fall.
hypothetical	as if	window=8
hypothetical	as though	window=8
hypothetical	as needed for	window=6
# (A warning's list runs long: "Call for fever over 101 F, redness or drainage at the site,
# headache on standing, new leg weakness, or bowel or bladder problems.")
hypothetical	call for	window=25
# ... with whom to call between: "Call neurosurgery for recurrent fever, new leg weakness, saddle
# numbness, or difficulty urinating", "Reinforced to call RN right away for any numbness in the
# groin".
# One expression for the verbs and the words between ("Call sooner for any new leg
# weakness", "Notify neurosurgery immediately for any worsening weakness", "notify for any
# change", and typed with the recipients joined: "call MD/ED if new leg weakness", "Contact
# OB/ED for numbness in feet or saddle area"); "call for" itself is the phrase above, whose
# reach is longer.
hypothetical	re:(?:(?:call|page|contact)\s+(?:[\w/&]+\s+){1,3}?|notify\s+(?:[\w/&]+\s+){0,3}?)(?:for|if|of)\b(?:\s+any\b)?	window=30
# ... and the ways back or to someone told with how soon: "return sooner for", "contact OB
# promptly for fever, leg weakness ...".
hypothetical	re:(?:return|come\s+back|contact\s+(?:\w+\s+){0,2}?)\s*(?:us\s+|back\s+)?(?:sooner|earlier|immediately|right\s+away|promptly|urgently|at\s+once)\s+(?:for|with|if)	window=20
# ... with the next visit's time between: "Return in 3 months, sooner for new leg weakness".
hypothetical	re:(?:return|follow\s+up|f/u|followup|recheck)\b[^.;]{0,40}?\b(?:sooner|earlier)\s*,?\s+(?:for|with|if|should)	window=20
# "She will call me for fevers", "see us sooner with any numbness".
hypothetical	re:(?:call|contact|notify)\s+(?:me|us)\s+(?:\w+\s+){0,3}?(?:for|with|if)	window=15
# ("See" as phrases: the word is in too many sentences to filter an expression on.)
hypothetical	see me with	window=15
hypothetical	see me if	window=15
hypothetical	see me sooner with	window=15
hypothetical	see me sooner if	window=15
hypothetical	see us with	window=15
hypothetical	see us if	window=15
hypothetical	see us sooner with	window=15
hypothetical	see us sooner if	window=15
hypothetical	call with	window=10
# An instruction's second way back: "to see me in two weeks or with signs of severe pain,
# heavy bleeding, fever, or other problems".
hypothetical	re:(?:or|and)\s+(?:sooner\s+)?(?:with|for)\s+(?:any\s+)?(?:signs?|symptoms?)\s+of	window=15
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
experiencer	aunts	direction=both window=6
experiencer	uncles	direction=both window=6
experiencer	cousins	direction=both window=6
experiencer	brothers	direction=both window=6
experiencer	sisters	direction=both window=6
# What patients in general have is nobody's finding in this note: "a pattern often seen in
# patients with metastatic thyroid carcinoma", "patients who smoke heal more slowly".
experiencer	patients with	window=6
experiencer	patients who	window=8
# "Patients usually lose weight more effectively in a program", "most patients improve".
experiencer	re:(?:most|many|some|these|such|other)\s+patients|patients\s+(?:usually|generally|often|typically|commonly|frequently|tend\s+to)	window=8
experiencer	sons	direction=both window=6
experiencer	daughters	direction=both window=6
experiencer	grandparents	direction=both window=6
experiencer	grandmothers	direction=both window=6
experiencer	grandfathers	direction=both window=6
experiencer	children	direction=both window=6
experiencer	mom	direction=both window=6
experiencer	dad	direction=both window=6
# The British and Australian words: "Mum had breast cancer - in remission", "Nan has osteoporosis".
experiencer	mum	direction=both window=6
experiencer	nan	direction=both window=6
experiencer	nana	direction=both window=6
experiencer	gran	direction=both window=6
experiencer	grandma	direction=both window=6
experiencer	grandpa	direction=both window=6
experiencer	his wife	direction=both window=6
experiencer	her husband	direction=both window=6
experiencer	spouse	direction=both window=6
# A partner who is not a relative ("She lives with her boyfriend, who injects heroin").
experiencer	re:(?:her|his|their)\s+(?:boyfriend|girlfriend|partner|fianc[eé]e?|roommate)	direction=both window=6
experiencer	wife	direction=both window=4
experiencer	husband	direction=both window=4
experiencer	runs in the family	direction=backward window=6
experiencer	in the family	direction=backward window=6
# "There is cancer on the paternal side of the family."
experiencer	re:on\s+(?:the\s+|her\s+|his\s+)?(?:paternal|maternal|mother's|father's)\s+side	direction=both window=10
# ... and before it, when the sentence opens on the family ("Nobody in the family was
# diagnosed with colon cancer", "denies anyone in her family with back problems").
experiencer	re:(?:nobody|no\s+one|none|anyone|anybody|someone|somebody|everyone|everybody)\s+(?:else\s+)?in\s+(?:the|his|her|their)\s+(?:immediate\s+)?family|(?:none|any|one|some|all|neither)\s+of\s+(?:the|his|her|their)\s+{KIN}	window=15
experiencer	family member	direction=both window=6
experiencer	family members	direction=both window=6
# A relative named by one word, singular or plural (the cues below add the "s?").
@define RELATIVE (?:mother|father|brother|sister|son|daughter|aunt|uncle|cousin|grandmother|grandfather|sibling|parent|husband|wife)
# A relative named as a donor gives; the patient receives: "leukemia, treated with a matched
# sibling donor marrow transplant", "a related donor stem cell transplant".
pseudo	re:(?:(?:matched|haploidentical|hla[-\s]identical)\s+)?(?:{RELATIVE}|related|unrelated|family)\s+(?:(?:stem\s+cell|marrow|kidney|liver)\s+)?donors?
# A relative's death and its cause, further on ("a brother died at the age of 70 from bone
# and throat cancer").
# A relative named after a comma with "with", "has" or "had" after it opens that relative's own
# item: it claims what follows, not the patient's finding before the comma ("He currently has
# metastatic melanoma, mother with hypertension and depression, father with alcoholism"). The
# relatives of {RELATIVE} but "son", whose three letters would leave the line no atom to be
# filtered on: it was tried at every comma (docs/performance.md).
terminate	re:(,|;)\s+(?:and\s+)?(?:(?:his|her|their|the\s+patient's|a)\s+)?(?:(?:maternal|paternal|older|younger)\s+)?(?:mother|father|brother|sister|daughter|aunt|uncle|cousin|grandmother|grandfather|sibling|parent|husband|wife)s?\s+(?:with\b|w/|has\b|had\b|who\s+has\b|who\s+had\b)	ends=experiencer
experiencer	re:{RELATIVE}s?\s+(?:\w+\s+){0,2}(?:died|passed\s+away|was\s+deceased)	window=12
# ... and when the relative, named earlier in the sentence, comes back as a pronoun ("his
# mother was diagnosed with colon cancer in her 50s, but she died of cancer of the
# esophagus"): a clause boundary would end the relative's own scope.
experiencer	re:\b{RELATIVE}s?\b[^.;:]*?\b(?:she|he|they)\s+(?:later\s+|eventually\s+|subsequently\s+)?(?:died|passed\s+away)\s+(?:of|from|with)	window=12
# A finding reported in a relative, after it ("breast cancer was reported in her maternal
# aunt"); "reported" alone ends an experiencer's scope, so the phrase is one cue.
experiencer	re:(?:reported|diagnosed|found|seen|present|noted)\s+in\s+(?:his|her|their|a|the\s+patient's)\s+(?:(?:maternal|paternal|older|younger|great-?|grand-?)\s*)*{RELATIVE}s?\b	direction=backward window=8
experiencer	family history of	window=10
# ... or after a clause of its own between commas: "Her husband, who was the driver, has since been
# diagnosed with a lumbar disc herniation".
experiencer	re:{RELATIVE}s?\s*,\s+who\s+[^,.;]{1,40},\s+(?:has|had|was|is)\s+(?:since\s+|also\s+|recently\s+)?(?:been\s+)?(?:diagnosed|treated|found)	window=12
# A relative, then what happened to the relative in a clause of its own ("a brother who
# was treated years ago for a brain tumor").
experiencer	re:{RELATIVE}s?\s*,?\s+who\s+(?:was|were|has|had|is|had\s+been|has\s+been)\s+(?:\w+\s+){0,2}?(?:diagnosed|treated|died|passed|suffer\w*|found|operated)	window=12
# ... or what the relative has, in a clause of its own after a comma, where the relative came
# with the patient: "here with her husband, who has had sciatica for years" (the pseudo
# phrase "here with her husband" keeps the relative from the patient's own complaint; the
# clause, the cue, gives the finding back to the relative).
experiencer	re:{RELATIVE}s?\s*,\s+(who\s+(?:also\s+|himself\s+|herself\s+)?(?:has\s+had|has|had|suffers\s+from|is\s+being\s+treated\s+for))\b	window=8
# A relative who reports her own condition: "Mother reports she herself has 'a slipped disc' and
# chronic sciatica" (the emphatic pronoun is the relative's here; the cue holds it), an aside
# between them or not ("Her mother, on the call, mentions that she herself had ...").
experiencer	re:{RELATIVE}(?:\s*,[^,.;]{1,40},)?\s+(?:also\s+)?(?:reports|states|says|notes|mentions|adds)\s+(?:that\s+)?((?:she|he)\s+(?:herself|himself)\s+(?:also\s+)?(?:has|had|suffers))	window=10
# ... and with the emphatic pronoun after the condition: "Wife reports she had sciatica herself
# years ago".
experiencer	re:{RELATIVE}(?:\s*,[^,.;]{1,40},)?\s+(?:also\s+)?(?:reports|states|says|notes|mentions|adds)\s+(?:that\s+)?((?:she|he)\s+(?:also\s+)?(?:has\s+had|has|had|suffers\s+from))\s+(?:[\w"'-]+\s+){1,5}?(?:herself|himself)\b	window=10
# ... the relative set apart by the emphatic pronoun, then what she has: "Wife herself limited -
# she has sciatica on the L" (the pronoun after it is the relative's).
experiencer	re:{RELATIVE}\s+(?:herself|himself)\b[^.;]{0,40}?\b((?:she|he)\s+(?:also\s+)?(?:has\s+had|has|had|suffers\s+from))\b	window=8
# ... or her own condition after her: "Her daughter has been off work herself because of her own
# sciatica" ("her own" is the relative's where the relative is the subject).
experiencer	re:{RELATIVE}\b[^.;]{0,80}?\b((?:her|his|their)\s+own)\b	window=4
# ... or a relative who is a patient of the clinic too, and what she has: "Pt's wife, who is also
# a pt here, has L sciatica" (the whole phrase is the cue, so its "pt" names no one).
experiencer	re:{RELATIVE}\s*,\s+who\s+is\s+also\s+(?:an?\s+)?(?:pt|patient)\s+(?:here|of\s+ours|of\s+this\s+(?:clinic|practice))\s*,\s+(?:also\s+)?(?:has\s+had|has|had)\b	window=8
# A sentence that opens with a relative and what the relative has: "Pt's wife (also pt here) w/
# L sciatica - see her chart", "Her husband with chronic sciatica".
# The whole phrase is the cue, an aside included, so that "pt" in "(also pt here)" (the
# relative is a patient of the clinic too) is a cue inside it and names no one.
experiencer	re:(?:(?:the\s+)?(?:pt's|patient's|his|her)\s+)?{RELATIVE}\s*(?:\([^)]{0,40}\)\s*)?(?:w/|with)\s	opens_sentence window=8
experiencer	family hx of	window=10
experiencer	fh of	window=10
experiencer	fh	window=10
experiencer	fhx	window=10
# The patient named: ends other-experiencer scopes, overrides a family history section.
experiencer	the patient	direction=both self
experiencer	patient	direction=both self
experiencer	pt	direction=both self
experiencer	patient's	direction=both self
# A pronoun names the patient too, except against a family history section's default, where
# it stands for the relative the section is about ("Father is deceased. He had emphysema and
# colon cancer at age 68."). The emphatic "she herself" names the patient even there.
experiencer	she herself	direction=both self
experiencer	he himself	direction=both self
experiencer	she	direction=both self pronoun
experiencer	he	direction=both self pronoun
experiencer	for her	direction=both self pronoun
experiencer	for his	direction=both self pronoun

# --- pseudo: contain a cue word but are not cues; they also end scopes -----------------------
# A relative who reports, brings or comes with the patient does not have what the sentence
# tells: "No fever per mom", "brought by his wife because of numbness in the left leg", "here
# with his mother for complaint of intermittent fever", "Mother states the child has had
# fevers", "Mother denies fever" (the capturing group keeps the pseudo phrase to the
# relative, so "denies" still negates). "Father with colon cancer" and "His mother had breast
# cancer" stay the family's.
@define RELATIVE_OR_CARER (?:{RELATIVE}|mom|mum|dad|parents|spouse|family|caregivers?|grandparents?|guardian|girlfriend|boyfriend)
# A relative treated for it, the list of what after "for" ("her father had surgery for spinal
# stenosis and a herniated disc").
experiencer	re:{RELATIVE}s?\s+(?:had|has|underwent|needed|required)\s+(?:\w+\s+){0,2}?(?:surgery|surgeries|operations?|treatment|procedures?|fusion|chemotherapy|radiation)\s+for	window=12
# Someone else at work or at home who has it: "His coworker had similar sciatica".
experiencer	re:(?:co-?workers?|friends?|neighbou?rs?|roommates?|classmates?|teammates?)\s+(?:also\s+)?(?:has|had|have|with|suffers|suffered|was\s+diagnosed)\b	window=8
# A relative who complains of it, which "complains of" would otherwise end: "Son, 19, also
# complains of pain radiating into his R leg" (not "reports": "Daughter reports ..." is most
# often the patient's history told by the daughter).
experiencer	re:{RELATIVE}s?\s*(?:,[^,.;]{1,20},)?\s+(?:also\s+)?(?:complains|complained|c/o)(?:\s+of)?	window=10
pseudo	re:(?:\bper|according\s+to|(?:brought|accompanied|escorted|driven)\s+(?:in\s+)?by|(?:here|present|presents|came|comes|arrives|arrived|seen)\s+(?:today\s+)?(?:with|w/|by)|(?:obtained|provided|given|reported)\s+(?:from|by))\s+(?:(?:his|her|their|the|a)\s+)?{RELATIVE_OR_CARER}(?:'s)?
# An adverb between the relative and the verb, and a plural subject ("Mom also noticed a
# fever", "The patient and her husband report fever", "Patient and daughter also deny
# weight loss"), change nothing; nor does a relative who measures ("Mom documented 103
# temperature at home").
pseudo	re:\b({RELATIVE_OR_CARER})\s+(?:(?:also|both|further|initially|first|then|again|now)\s+)?(?:states|stated|state|says|said|say|reports|reported|report|denies|denied|deny|notes|noted|note|relates|related|relate|endorses|endorsed|endorse|thinks|think|believes|believe|feels|felt|feel|is\s+concerned|was\s+concerned|are\s+concerned|were\s+concerned|brought|brings|bring|is\s+aware|was\s+aware|are\s+aware|were\s+aware|has\s+noticed|have\s+noticed|noticed|notice|knows|know|documented|measured|recorded|checked)\b
# ... and a history given by the patient and a relative together: "PMH per pt/daughter: Hx
# prostate ca treated w/ radiation 2019".
pseudo	re:\bper\s+(?:pt|patient)\s*(?:/|and|&)\s*(?:(?:his|her|their|the)\s+)?{RELATIVE_OR_CARER}
# A relative told or taught with the patient does not have what they were told of: "Return
# precautions reviewed with pt and mother: new pain, numbness or weakness in the legs",
# "Educated pt/mom: if pain spreads to legs ... stop and call", "I
# reviewed with Maya and her mother that night pain ... would be reasons to call". The
# mark after the relative ends the relative's scope (a pseudo phrase would end the
# precautions' too).
terminate	re:(?:discussed|reviewed|explained|went\s+over|gone\s+over|educated|counseled|counselled|instructed)\s+(?:with\s+)?(?:(?:the\s+)?(?:pt|patient|[\w'-]+)\s*(?:and|&|/)\s*)?(?:(?:his|her|their|the)\s+)?{RELATIVE_OR_CARER}\s*(:|,|-|that|including|such\s+as|about|regarding|on)	ends=experiencer
# The patient lifting a relative, who is what was lifted: "flare x 3 wks after lifting husband
# from the floor when he slipped", "transferring her mother to the wheelchair".
pseudo	re:(?:lift(?:ing|ed|s)?|carr(?:ying|ied|ies)|transferr(?:ing|ed)|pick(?:ing|ed)\s+up|catch(?:ing)?|caught)\s+(?:(?:his|her|their|my)\s+)?{RELATIVE_OR_CARER}s?\b
# The patient helping a relative do the lifting: "flared up after helping son move a dresser".
pseudo	re:help(?:ing|ed|s)?\s+(?:(?:his|her|their|a|my)\s+)?{RELATIVE_OR_CARER}s?\s+(?:to\s+)?(?:move|lift|carry|pick\s+up|load|unload|shovel)
# The patient and a relative as one subject ("She and her husband were instructed to report any
# new leg weakness"): what follows is not the relative's.
pseudo	re:(?:she|he|the\s+patient|patient|pt)\s+and\s+(?:her|his|their)\s+{RELATIVE_OR_CARER}
# ... and without the possessive, as typed notes write it, before what they understood or were
# told ("Pt and daughter verbalized understanding", "pt/mom were educated on red flags").
pseudo	re:(?:the\s+patient|patient|pt)\s*(?:and|&|/)\s*{RELATIVE_OR_CARER}\s+(?:verbali[sz]ed|voiced|expressed|agree[sd]?|understand|understood|(?:were|are)\s+(?:educated|instructed|told|advised|taught|counsell?ed))\b
pseudo	no change
pseudo	? yes
pseudo	? y
# A tumour's receptor status is no denial of the tumour: "a triple-negative infiltrating
# ductal carcinoma", "ER-negative", "node-negative".
pseudo	re:triple[-\s]negative|(?:er|pr|her-?2(?:/neu)?|hormone[-\s]receptor|estrogen[-\s]receptor|progesterone[-\s]receptor|receptor|node|lymph[-\s]node)[-\s]negative
# No worsening is not no finding: "no worsening or improvement in her weakness", "no other
# symptoms of any worsening stenosis", "no progression of her symptoms" keep it affirmed,
# as "no change in X" does (docs/assertions.md, conventions).
pseudo	re:(?:no|without)\s+(?:(?:any|further|significant|interval|evidence\s+of|signs?\s+of|symptoms\s+of|other|new)\s+){0,3}(?:worsening|progression)
# A recent period, not the past: "has lost 18 pounds in the past 3 months".
pseudo	re:(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+(?:\w+\s+){0,2}(?:days?|weeks?|months?|years?)
# A negation of an intention, not of what follows: "not intended to cure the cancer".
pseudo	re:not\s+(?:intended|meant|expected|designed|able)\s+to
# A read's technique and a finding's quality hold negation words that deny nothing.
pseudo	without contrast
pseudo	with and without contrast
pseudo	non-contrast
pseudo	non-compressive
pseudo	non-displaced
pseudo	no changes
pseudo	no significant change
# ... in any order of its modifiers: "no significant interval change in the degree of the
# hydronephrosis", "no appreciable change".
pseudo	re:no\s+(?:(?:significant|appreciable|substantial|definite|definitive|major|further|interval|other)\s+){1,3}changes?
pseudo	no interval change
pseudo	no increase
pseudo	no decrease
pseudo	without change
pseudo	not only
pseudo	not necessarily
pseudo	not certain whether
pseudo	not obtainable
pseudo	not entered
pseudo	not applicable
pseudo	gram negative
pseudo	without difficulty
pseudo	history of present illness
pseudo	history and physical
pseudo	history taken
pseudo	history obtained
pseudo	on history
pseudo	by history
# A duration of a history ("a 3-year history of", "two weeks hx of"): not a past finding, a
# current one with its duration. Two expressions: "hx" (2 bytes) would leave the one with
# "history" no atom to filter on (docs/lexicon-format.md).
@define HISTORY_DURATION (?:\d+(?:\.\d+)?|a|one|two|three|four|five|six|seven|eight|nine|ten|several|few|couple|many)[- ]?(?:hour|hours|hr|hrs|day|days|week|weeks|wk|wks|month|months|year|years|yr|yrs)\s+
pseudo	re:{HISTORY_DURATION}(?:of\s+)?(?:history|h/o)(?:\s+of)?
pseudo	re:{HISTORY_DURATION}(?:of\s+)?hx(?:\s+of)?
# "History of" with a time that is now: the present illness's history, as a request for a
# study writes it ("a history of vomiting and fever today", "history of fever and earache
# for 12 hours").
pseudo	re:history\s+of\s+(?:[\w/-]+\s+){1,4}?(?:today|tonight|this\s+(?:morning|afternoon|evening)|for\s+(?:the\s+(?:past|last)\s+)?(?:\d+|a|one|two|three|four|five|six|seven|several|few)\s+(?:hours?|hrs?|days?))\b
pseudo	if needed
pseudo	if necessary
pseudo	if possible
pseudo	if tolerated
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
# The contracted twins of the "not" pseudo-negations above and at the top of the file:
# "PT didn't help her sciatica", "the pain hasn't improved", "she wasn't able to walk", "it
# isn't uncommon".
pseudo	re:(?:does|do|did|is|are|was|were|has|have|had|would|could|ca)n't\s+(?:help(?:ed|s)?|relieve[sd]?|improved?|better|sleep|been\s+able\s+to|sure\s+if|necessarily|only|(?:at\s+all\s+)?(?:uncommon(?:ly)?|unusual(?:ly)?|infrequent(?:ly)?|unlike|unexpected(?:ly)?|atypical|rare(?:ly)?)|(?:intended|meant|expected|designed|able)\s+to)\b
pseudo	re:no\s+further\s+(?:imaging|workup|work-up|testing|tests|studies|evaluation|treatment|intervention)
pseudo	if anything
pseudo	unsure if
pseudo	not sure if
pseudo	wonders if
pseudo	wondering if
pseudo	asks if
pseudo	asked if
pseudo	asking if
# A consultant's request ("I was asked to see this patient with metastatic lung cancer", "we
# are asked to evaluate him for") names why the patient is seen, not a plan.
pseudo	re:(?:was|were|am|are|is|been|being)\s+(?:kindly\s+)?asked\s+(?:by\s+(?:dr\.?|doctor)\s+\w+\s+)?to\s+(?:see|evaluate|consult|assess|examine)

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
# "Otherwise" ends a scope where it turns to the normal rest ("no fracture, otherwise
# unremarkable"), not in the middle of a list ("no chronic problems otherwise, fevers,
# chills").
terminate	re:otherwise\s*,?\s+(?:normal|unremarkable|negative|healthy|noncontributory|non-contributory|intact|well|stable|within\s+normal\s+limits|wnl|benign|clear|no)
terminate	which
# A new clause that states what is there: "Although there is no disc herniation, there is severe
# left lateral recess narrowing".
terminate	re:,\s*(?:but\s+)?(there)\s+(?:is|are|was|were)\b	ends=negated
# A study that reports, after a comma, a semicolon or "and", opens a clause of its own: "CT of
# the abdomen revealed no metastasis, a CT of the chest revealed possible lung metastasis",
# "No fracture was seen, MRI showed a disc herniation at L4-5". No denial, hedge, plan or other
# person of the clause before reaches past it (a list with no such subject and verb still
# carries its cue); a time put first does ("Two years ago, an MRI showed ..."). Only these
# verbs: "was significant for" would have it tried wherever "significant" is.
terminate	re:(,|;|\band)\s+(?:(?:a|an|the|his|her|repeat|recent|subsequent|follow-?up|lumbar|cervical|thoracic|chest|spine)\s+){0,3}(?:ct|cat\s+scan|mri|mr|x-?rays?|radiographs?|films?|imaging|bone\s+scan|emg|ncs|ultrasound|myelogram|discogram|studies|study)\s+(?:[\w/-]+\s+){0,6}?(?:revealed|reveals|showed|shows|demonstrated|demonstrates)\b	ends=negated,uncertain,hypothetical,experiencer
terminate	secondary to	ends=negated,historical,hypothetical,experiencer
# A hedge on a cause does not doubt a condition the note gives as the patient's own and
# known: "Vicodin, presumably due to her history of herniated disc", "likely secondary to
# his known lung cancer" (the link is hedged; without the possessive, "probably secondary to
# lung cancer", the cause stays uncertain, as BioScope marks it). The capturing group keeps
# the terminator to the pronoun, so "history of" still counts; the cause's preposition keeps
# the expression off the many sentences with a pronoun and "history" (bench_patterns: it
# was a candidate in a fifth of all sentences without it).
terminate	re:(?:due\s+to|secondary\s+to|related\s+to|attributed\s+to|attributable\s+to|consistent\s+with|compatible\s+with|because\s+of|caused\s+by)\s+(her|his|their)\s+(?:known|documented|established|underlying|prior|previous|history\s+of)\b	ends=uncertain
# ... nor the source a hedged spread comes from: "a possibility she could have liver
# metastasis from the breast cancer".
terminate	re:\b(from)\s+(?:the|her|his|their)\s+(?:known\s+|primary\s+|underlying\s+)?(?:[\w-]+\s+)?(?:cancer|carcinoma|malignancy|primary|tumou?r|lymphoma|melanoma)\b	ends=uncertain
# A history of the patient's own after a family history: "positive family history of coronary
# disease and history of chest radiation for Hodgkin disease" (the "and" or comma ends the
# family's scope; "history of" still makes what follows historical).
terminate	re:(,|;|\band)\s+(?:a\s+)?(?:personal\s+|past\s+|prior\s+|remote\s+)?(?:medical\s+)?history\s+of	ends=experiencer
terminate	cause of
# The event a hedged diagnosis followed is no hedge: "consistent with left L5 radiculopathy
# following a lifting injury".
terminate	re:(following)\s+(?:a|an|the|his|her|their)\b	ends=uncertain
# A treatment denied is not the disease it treats: "never gotten chemotherapy or radiation for
# her mesothelioma", "not treated for diabetes", "is not taking any medications for her
# asthma", "not to undergo radiation for his left temporal lesion". (The treatment before
# "for" stays denied: the cue lies between the denial and the disease only.)
terminate	re:(?:chemotherapy|chemo|radiation|radiotherapy|xrt|treatment|treatments|treated|medications?|medicines?|meds|antibiotics|surgery|therapy|injections?)\s+for	ends=negated
# Not taking one's own medicines is not being without what they treat: "does not take her
# HIV medications", "does not take HIV medications against medical advice" (the patient has
# HIV); "has not taken her temperature" denies nothing either.
pseudo	re:not\s+(?:been\s+)?(?:take|taking|taken)\s+(?:(?:his|her|their)\b|(?:any\s+|the\s+)?\w+\s+(?:medications?|meds|medicines?)\b)
# An instruction or a referral about the patient's own illness does not make the illness a
# plan: "to follow up with his doctor regarding his HIV care", "recommended
# that the patient see a psychiatrist regarding her depression".
terminate	re:(?:regarding|concerning)\s+(?:his|her|their)\b	ends=hypothetical
# ... except when the disease itself is denied with its treatment: "never been diagnosed or
# treated for a mental health disorder" (the longer cue holds the terminator; "was
# diagnosed and treated for a T9 compression fracture" denies nothing).
negated	re:(?:never|not|nor)\s+(?:been\s+)?(?:diagnosed|dx)\s+(?:or|nor)\s+treated\s+for	window=8
# "Mother had no good explanation for the weight loss": the loss is not denied.
terminate	re:explanations?\s+(?:for|of)	ends=negated
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
# ... but not when it is what is denied: "no reported head injury".
negated	re:(?:no|without)\s+(?:other\s+|prior\s+|known\s+|further\s+)?reported	window=10
terminate	endorses
terminate	endorsed
terminate	admits to
terminate	positive for
terminate	+ for
# An item marked positive in a list marked item by item: "(-) SLR, (+) slump L",
# "Musculoskeletal: (-) joint symptoms, (+) back pain".
terminate	(+)	ends=negated
# A finding marked present by a "+" in a list the denials began ("no step-off, no midline TTP,
# + L lumbar paraspinal spasm"). The word after the mark is read whole: a match that ended
# inside it ("+ s" of "+ spasm") would not be aligned, and the cue would never be found.
terminate	re:[,;][ \t]*(\+)[ \t]*[a-z]\w*	ends=negated
# ... or a root tension sign called positive after a test called negative: "Negative FABER,
# positive SLR on the right" (the SLR is positive). Only the signs slr_sign names: the other
# special tests are no concept a denial could reach, and in a review of systems "positive"
# may mark one item of a denial that goes on ("denies ..., positive liver disease, kidney
# disease, cancer").
terminate	re:[,;][ \t]*(positive|pos)[ \t]+(?:(?:crossed|contralateral|seated|sitting|supine|left|right|l|r|bilateral)[ \t]+)?(?:straight[ \t]+leg[ \t]+rais\w*|slrs?|slump|femoral[ \t]+(?:nerve[ \t]+)?stretch|lasegue'?s?|bragg?ard'?s?|bechterew'?s?)\b	ends=negated
# The comma after a sign marked (-): "SLR (-) B, slump (+) L" (the (-) is the SLR's).
terminate	re:[a-z0-9']+[ \t]*\(-\)(?:[ \t]+(?:l|r|lt|rt|b|bil|b/l|left|right|bilaterally|bilateral))?[ \t]*(,)
terminate	re:\+ve\s+for
terminate	presents with
terminate	presenting with
terminate	presented with
terminate	who presents
terminate	who presented
terminate	presents	ends=historical,negated
terminate	who	ends=historical
# The patient's "who" after a denied history ("a 54-year-old with no significant past medical
# history who after a workup for peritoneal carcinomatosis was admitted") starts what the
# patient did next; a relative's "who" keeps the denial ("no children who have diabetes").
terminate	re:who\s+(?:after|until|now|then|later|initially|recently|subsequently|presents|presented|comes|came|called|developed|underwent|works|began|started)\b	ends=negated
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
# A graded finding after a comma is present, not the next item of a denial: "w/o step-off,
# mild midline TTP L4-L5, bilat paraspinal muscle spasm".
terminate	re:(,)\s*(?:mild|mildly|moderate|moderately|severe|severely|marked|markedly|minimal|slight|significant)\b	ends=negated
# "... without any inciting event, now with pain down the back of both legs".
terminate	now with
# "... returned without a trigger, now radiating down the lateral calf": a new clause (the
# comma in the cue, so that the literal "now" above is inside it and does not stand for it).
terminate	re:(,\s*now)\s+(?:radiating|shooting|spreading|extending|going|traveling|travelling)\b
terminate	despite
# "Then" starts the next event, which a denial of the one before does not reach ("he was
# dry without pads and then underwent salvage radiation therapy"). A plan's "if ..., then"
# keeps its hypothetical, so only a denial ends here. (Literal phrases: a `re:` line cost 0.5%
# of the scan's expression time in bench_patterns, searched in every sentence with "then".)
terminate	and then	ends=negated
terminate	, then	ends=negated
# What a hedged finding causes is seen: "suspicious for epidural abscess, causing moderate canal
# stenosis and right lateral recess narrowing".
terminate	re:,\s*(causing|producing|resulting\s+in|with\s+resultant)\b	ends=uncertain
terminate	in spite of
# A relative clause after a denied finding is a new clause: "no stenosis that would
# explain her symptoms". ("No evidence that", which denies what follows, is one cue.)
terminate	that	ends=negated
negated	re:no\s+(?:evidence|indication|sign|suggestion)\s+that	window=12
negated	re:(?:deny|denies|denied)\s+that	window=12
# "With" and a new, graded finding starts what is present: "no interval growth, with a
# subtle area of scarring".
# (Phrases, not one expression: the literal index finds them for a fraction of the cost.)
terminate	with a	ends=negated
terminate	with an	ends=negated
terminate	with some	ends=negated
terminate	with mild	ends=negated
terminate	with minimal	ends=negated
terminate	with moderate	ends=negated
terminate	with severe	ends=negated
terminate	with small	ends=negated
terminate	with large	ends=negated
terminate	with slight	ends=negated
terminate	with subtle	ends=negated
terminate	with trace	ends=negated
terminate	with new	ends=negated
terminate	with persistent	ends=negated
terminate	with residual	ends=negated
terminate	with interval	ends=negated
terminate	with associated mild	ends=negated
terminate	with associated moderate	ends=negated
terminate	with associated severe	ends=negated
terminate	with associated small	ends=negated
# ... but a denied relative with a history holds its "with a": "there are no family members
# with a history of ovarian cancer" (the longer cue holds the terminator).
@define NO_KIN_WITH_HISTORY no\s+(?:other\s+)?(?:family\s+members?|relatives|siblings)\s+with\s+an?\s+(?:known\s+|prior\s+|past\s+)?history\s+of
negated	re:{NO_KIN_WITH_HISTORY}	window=12
experiencer	re:{NO_KIN_WITH_HISTORY}	window=12
terminate	re:,\s*and\s+(?:the|his|her|their|over|then|she|he|it|this|that|now|after|later|since|when|while|before|because|so|yesterday|today|last)
# A subject and its verb start a new clause, whatever came before: "she denies fever, and
# after a long day of lifting she felt a sharp pull".
terminate	re:\b(?:she|he|they|the\s+patient|patient)\s+(?:felt|feels|noted|notes|noticed|reports|reported|developed|develops|states|stated|describes|described|complains|complained|experienced|experiences)\b	ends=negated
# ... and after a comma or a semicolon, a subject with "has", "had", "does" or "is" (or "has
# had" with the subject left out) opens a clause too: "No fever or chills, he has had left leg
# numbness for two weeks", "She denies fever, she does report numbness in the left leg",
# "Denies fevers, has had left leg numbness" (one expression: one try at a comma, not two).
# A denial only: a time or a condition put first carries into its clause past the comma
# ("Approximately one year ago, he was involved in a motor vehicle accident", "If he develops
# a fever, he has to call").
terminate	re:(,|;)\s+(?:but\s+)?(?:(?:she|he|they|the\s+patient|patient|pt)\s+(?:has|had|have|does|did|is|was|endorses|endorsed|admits|admitted)|(?:has|have)\s+(?:had|been\s+having|noticed|developed|lost|gained))\b	ends=negated
