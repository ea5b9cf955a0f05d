# Section headers: canonical section name, header phrase as written (any case), options.
#
# A phrase is a header where a header can stand (start of a line, or after the commas
# that replaced line breaks in the MTSamples export) and when it is followed by ':' or,
# written in capitals, stands alone on its line. Headers missing here (HEENT, Neck,
# Vital signs, Extremities) are sub-headings of the section they sit in: they must not
# start a new section, so they are left out on purpose.
#
# Options: line_start = only at the start of a line (one-letter SOAP headers; a comma
# followed by "A:" or "P:" is too often prose or a vital sign); not_before_number = not
# a header when a number follows the ':' ("P: 88" is a pulse in a vitals line);
# ends_with_line = written with text after the ':' on its own line, the section is that line
# (and the lines wrapped from it, which go on in lower case): typed notes put a family
# history on one line ("FH: father with DDD.") and go on with the patient's complaint on the
# next, which a family history running to the next header made the relative's. Alone on its
# line, the header keeps its section to the next header (a list under it). MTSamples writes
# no line breaks, so its sections are unchanged.
#
# Choices worth knowing:
# - Combined headers ("assessment and plan", "a/p") count as assessment; rules that
#   look for plan-like instructions can still find them inside that section.
# - "impression" is its own section (radiology and consult notes), and so is
#   "impression and plan".
# - "history" and "hx" on their own are the HPI in MTSamples-style notes.
# - "findings", "technique" and "interpretation" are imaging: in this corpus they head
#   radiology reads, where disc and endplate findings come from. Operative findings are
#   part of the procedure.
# - Reasons for the encounter (reason for visit/consultation/exam, indications) are the
#   chief complaint.
# - Discharge diagnoses and pre/postoperative diagnoses are assessments.
@kind sections

chief_complaint	chief complaint
chief_complaint	cc
chief_complaint	reason for visit
chief_complaint	reason for consultation
chief_complaint	reason for consult
chief_complaint	reason for referral
chief_complaint	reason for exam
chief_complaint	reason for examination
chief_complaint	indication
chief_complaint	indications
chief_complaint	indication for procedure
chief_complaint	indications for procedure
chief_complaint	indications for the procedure
chief_complaint	indication for the procedure
chief_complaint	indications for this procedure
chief_complaint	reason for procedure
chief_complaint	indication for surgery
chief_complaint	indications for surgery
chief_complaint	indications for operation
chief_complaint	presenting complaint

hpi	history of present illness
hpi	history of the present illness
hpi	hpi
hpi	present illness
hpi	history
hpi	hx
hpi	brief history
hpi	clinical history
hpi	interval history

subjective	subjective
subjective	s	line_start

pmh	past medical history
pmh	pmh
pmh	pmhx
pmh	medical history
pmh	past history
pmh	past medical and surgical history
pmh	past medical hx
pmh	previous medical history
pmh	prior medical history
pmh	past medical conditions
# The conditions a patient came in with, as a discharge summary lists them ("SECONDARY
# DIAGNOSES PRIOR TO HOSPITALIZATION: ... 7. Trauma with multiple orthopedic procedures"):
# a past history, where lasting conditions stay current and events are past.
pmh	diagnoses prior to hospitalization
pmh	secondary diagnoses prior to hospitalization
pmh	diagnoses prior to admission

psh	past surgical history
psh	psh
psh	surgical history
psh	past surgical hx

family_history	family history	ends_with_line
family_history	fh	ends_with_line
family_history	fhx	ends_with_line
family_history	family hx	ends_with_line

social_history	social history
social_history	sh
social_history	shx
social_history	social hx
# "Social: Former smoker, quit 2012." (an EHR template's short form; at a line's start only).
social_history	social	line_start

ros	review of systems
ros	ros
ros	systems review
# A screen for the red flags of back pain, as rehab and triage notes head it ("MEDICAL
# SCREENING (direct access):", "Red flag screen:"): a review of systems for them.
ros	medical screening
ros	red flag screening
ros	red flag screen
ros	red flags

medications	medications
medications	medication
medications	current medications
medications	current meds
medications	meds
medications	home medications
medications	medications on admission
medications	discharge medications

allergies	allergies
allergies	allergy
allergies	drug allergies
allergies	medication allergies

objective	objective
objective	o	line_start
objective	physical examination
objective	physical exam
objective	exam
objective	examination
objective	pe
objective	physical findings
# "O/E:" (on examination), as British and Australian notes head their exam.
objective	o/e
objective	on examination

labs	laboratory data
labs	laboratory
labs	laboratory studies
labs	labs

imaging	imaging
imaging	imaging studies
imaging	radiology
imaging	radiographs
imaging	x-rays
imaging	x-ray
imaging	xrays
imaging	mri
imaging	mri lumbar spine
imaging	mri of the lumbar spine
imaging	ct
imaging	diagnostic studies
imaging	diagnostic data
imaging	studies
imaging	findings
imaging	technique
imaging	interpretation

assessment	assessment
assessment	a	line_start
assessment	assessment and plan
assessment	assessment/plan
assessment	a/p
assessment	a&p
assessment	diagnosis
assessment	diagnoses
assessment	working diagnosis
assessment	final diagnosis
assessment	final diagnoses
assessment	discharge diagnosis
assessment	discharge diagnoses
assessment	admitting diagnosis
assessment	admission diagnosis
assessment	preoperative diagnosis
assessment	preoperative diagnoses
assessment	postoperative diagnosis
assessment	postoperative diagnoses
assessment	preop diagnosis
assessment	postop diagnosis
assessment	preprocedure diagnosis
assessment	postprocedure diagnosis
assessment	preoperative dx
assessment	postoperative dx
assessment	preoperative diagnosis (es)
assessment	postoperative diagnosis (es)
assessment	pre-operative diagnosis
assessment	post-operative diagnosis

impression	impression
impression	impressions
impression	clinical impression
impression	impression and plan
impression	impression/plan
impression	summary

plan	plan
plan	p	line_start not_before_number
plan	treatment plan
plan	plan of care
plan	recommendation
plan	recommendations
plan	disposition
plan	discharge instructions
plan	follow-up
plan	followup
plan	postoperative plan
plan	post procedure instructions

procedure	procedure
procedure	procedures
procedure	procedure performed
procedure	procedures performed
procedure	operation
procedure	operation performed
procedure	operations performed
procedure	operative procedure
procedure	title of operation
procedure	title of procedure
procedure	name of procedure
procedure	description of procedure
procedure	description of operation
procedure	description of the operation
procedure	description of the procedure
procedure	details of procedure
procedure	details of the procedure
procedure	details of operation
procedure	details of the operation
procedure	procedure in detail
procedure	procedure details
procedure	informed consent
procedure	additional details
procedure	blood loss
procedure	procedure detail
procedure	procedure note
procedure	operative findings
procedure	intraoperative findings
procedure	gross findings
# Operative-note layouts (MTSamples op notes): the narrative under these headers is the
# procedure's, not the complaint's.
procedure	operative procedure in detail
procedure	operative procedures
procedure	operation in detail
procedure	name of operation
procedure	operative note
procedure	operative report
procedure	operative technique
procedure	technique of procedure
procedure	summary of procedure
procedure	procedure description
procedure	description of procedure in detail
procedure	procedure done
procedure	title of procedures
procedure	reported procedure
procedure	operation and procedure
procedure	findings and procedure
procedure	technique and findings
procedure	gross operative findings

hospital_course	hospital course
hospital_course	course
hospital_course	ed course
hospital_course	emergency department course

# More headers of real notes (consults, IMEs, operative and EMG reports).
objective	general physical examination
objective	general physical exam
objective	neurological examination
objective	neurologic examination
objective	neurological exam
objective	neurologic exam
objective	musculoskeletal examination
objective	musculoskeletal exam
objective	examination of the lumbar spine
objective	examination of the back
objective	objective findings
objective	physical findings on examination
subjective	subjective complaints
subjective	current complaints
subjective	present complaints
hpi	history of injury
hpi	mechanism of injury
hpi	history and indications
chief_complaint	surgical indications
chief_complaint	operative indications
chief_complaint	indications for the operation
chief_complaint	indications for operation
chief_complaint	indication for operation
assessment	pre-op diagnosis
assessment	post-op diagnosis
assessment	secondary diagnosis
assessment	problems/diagnoses
assessment	diagnostic impression
assessment	discussion
assessment	medical decision making
assessment	problem list
family_history	family medical history	ends_with_line
imaging	comparison
imaging	radiologic data
imaging	review of x-rays
imaging	nerve conduction studies
imaging	needle emg
imaging	emg findings
imaging	x-ray findings
procedure	anesthesia
procedure	complications
procedure	estimated blood loss
procedure	drains
procedure	specimens

# Sub-headings of the examination and of the review of systems: inside either they start
# nothing; after a history section they open the examination, whose own header the note
# left out or the export lost ("SOCIAL HISTORY: ... NEUROLOGIC: reflexes 2+").
objective	heent	subheading within=ros
objective	neck	subheading within=ros
objective	extremities	subheading within=ros
objective	neurologic	subheading within=ros
objective	neurological	subheading within=ros
objective	neuro	subheading within=ros
objective	musculoskeletal	subheading within=ros
objective	skin	subheading within=ros
objective	lungs	subheading within=ros
objective	chest	subheading within=ros
objective	heart	subheading within=ros
objective	cardiovascular	subheading within=ros
objective	abdomen	subheading within=ros
objective	vital signs	subheading within=ros
objective	vitals	subheading within=ros
objective	general	subheading within=ros
objective	motor	subheading within=ros
objective	sensory	subheading within=ros
objective	reflexes	subheading within=ros
objective	back	subheading within=ros
objective	spine	subheading within=ros
objective	lumbar spine	subheading within=ros
objective	cervical spine	subheading within=ros
objective	psychiatric	subheading within=ros
objective	gu	subheading within=ros
objective	rectal	subheading within=ros
objective	constitutional	subheading within=ros
objective	respiratory	subheading within=ros
objective	genitourinary	subheading within=ros
objective	gastrointestinal	subheading within=ros
objective	gait	subheading within=ros
objective	general appearance	subheading within=ros
objective	cardiac	subheading within=ros
objective	cv	subheading within=ros
objective	cardiovascular system	subheading within=ros
objective	breasts	subheading within=ros
objective	body cavities	subheading within=ros
objective	gi	subheading within=ros
objective	gastrointestinal system	subheading within=ros
objective	endocrine	subheading within=ros
objective	hematologic/lymphatic	subheading within=ros
objective	lymphatics	subheading within=ros
objective	lymphatic	subheading within=ros
objective	central nervous system	subheading within=ros
objective	cns	subheading within=ros
objective	cranial nerves	subheading within=ros
objective	cn	subheading within=ros
objective	ms	subheading within=ros
objective	mental status	subheading within=ros
objective	coordination	subheading within=ros
objective	coord	subheading within=ros
objective	station/gait	subheading within=ros
objective	station and gait	subheading within=ros

# A re-evaluation or discharge summary reports the initial visit apart from today's: what
# follows "Initial status:" is that visit's ("walking tolerance 1 block ... N/T in both feet
# after walking"); the status at discharge after it is today's exam.
earlier_visit	initial status
earlier_visit	status at initial evaluation
earlier_visit	status at initial eval
earlier_visit	status at ie
earlier_visit	initial evaluation findings
earlier_visit	initial eval findings
# An EHR's copied-forward text, labelled as the last visit's: 'Per last visit (05/02/2025):
# "... SLR positive on the left ..."', then "Interval history:" for today.
earlier_visit	per last visit
earlier_visit	per previous visit
earlier_visit	per prior visit
earlier_visit	per last note
earlier_visit	per previous note
earlier_visit	per prior note
earlier_visit	copied from last visit
earlier_visit	copied from prior note
earlier_visit	copied from previous note
# An independent medical examination's records review lists the earlier visits one by one (a
# date, a clinic, what it found); what they found on exam is theirs (section_context.lex).
records_review	records review
records_review	records reviewed
records_review	review of records
records_review	review of medical records
records_review	medical records review
records_review	medical records reviewed
records_review	prior records
objective	discharge status
objective	status at discharge
objective	current status
