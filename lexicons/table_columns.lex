# The header cells of a typed table (cells between '|', docs/lexicon-format.md) that say what
# the values under them are. Rehab notes type their exams so: a strength or reflex table with
# a column a side ("| Muscle | R | L |"), and a re-evaluation that sets the initial visit
# beside today's ("| Measure | IE | Today |", "| Initial | Current | Goal |"). A finding whose
# value stands under a side column has that side (both when it spans a left and a right
# column: "Hip flex | 5/5 | 5/5"); under an earlier visit's column it is historical, under
# a goal hypothetical. A cell is the header, or begins with it before a character that is no
# letter or digit ("IE (3/14)", "Today 4/20").
@kind table_columns
left	l
left	lt
left	left
left	left side
left	lle
left	lue
right	r
right	rt
right	right
right	right side
right	rle
right	rue
current	today
current	current
current	now
current	this visit
current	re-eval
current	reeval
current	re-evaluation
current	reassessment
current	discharge
current	d/c
current	recheck
current	re-exam
current	reexam
current	re-examination
earlier	ie
earlier	initial
earlier	initial eval
earlier	initial evaluation
earlier	eval
earlier	evaluation
earlier	baseline
earlier	prior
earlier	previous
earlier	last visit
earlier	admission
earlier	start of care
earlier	soc
earlier	intake
earlier	pre-op
earlier	preop
goal	goal
goal	goals
goal	stg
goal	ltg
goal	target
# A questionnaire's grid answered by a mark under "Yes" or "No" ("Symptom review   Yes   No",
# "Red flag screen   Y   N"): a mark under "No" denies the row's finding. Read only in a table
# whose header has both columns, so that a field list ("Fever   No" over "Night pain   Yes")
# is not taken for one.
present	yes
present	y
absent	no
absent	n
