# Documentation elements: phrases that show the note documents each element.
# A negated mention still documents the element ("no tenderness to palpation" shows
# palpation was done). `location` needs more than "low back pain": a side, the midline,
# a level or a region. Findings can document elements too (vocabulary.lex options
# findings= and negated_findings=): a negated red flag documents red_flag_screen.
@kind elements

location	re:(?:left|right|bilateral|bilat|b/l|central|midline|unilateral|lt|rt|l|r)\s+(?:side\s+of\s+(?:the\s+)?|sided\s+|lower\s+|upper\s+|low\s+)?(?:low(?:er)?\s+back|lumbar|lumbosacral|sacral|buttocks?|gluteal|paraspinal|paralumbar|si\b|sacroiliac|back|lbp|flank)
location	re:(?:low(?:er)?\s+back|lumbar|back)\s+pain\s+(?:on|over|to)\s+the\s+(?:left|right|midline)
location	re:(?:low(?:er)?\s+back|lumbar|back)\s+pain\s+(?:is\s+)?(?:left|right)[-\s]sided
# "Midline" of the back or of its pain, not a midline shift, a midline incision or the
# midline of the tongue.
location	re:midline\s+(?:low(?:er)?\s+)?(?:back|lumbar|lumbosacral|spine|spinal|spinous|sacral|pain|tenderness|low\s+back)
location	re:(?:pain|tender\w*|ache|aching|discomfort)\b[^.;:]{0,30}?\b(?:in|at|over|along|to)\s+the\s+midline
location	paraspinal
location	paraspinals
location	lumbosacral junction
location	lumbosacral region
location	lumbosacral area
location	re:(?:upper|mid|lower)\s+lumbar\s+(?:spine|region|area|segments?)
location	sacral region
location	sacroiliac
location	si joint
location	si joints
location	re:(?:left|right)[-\s]sided
location	re:(?:belt|waist)\s*line
location	re:(?:low(?:er)?\s+back|lumbar)\s+pain\s*,?\s+(?:left|right|bilateral|bilat)\b
location	thoracolumbar
location	thoracolumbar junction
# A spinal level localizes the problem ("tender at L4-5", "L5 radiculopathy").
location	re:\b(?:l[1-5]|s1)(?:\s*[-/]\s*(?:l?[1-5]|s1))?\b
location	re:(?:left|right|bilateral)\s+side\b
# A side that is not the back's: a stroke's "right-sided weakness", "weakness on left side
# of his body", an EMG's list of the muscles it sampled ("Needle EMG was performed on the
# right leg and lumbosacral paraspinal muscles"; within its sentence, as every phrase is: a
# counted gap, {0,150}, cost 30 times more).
location	re:(?:left|right)[-\s]sided\s+(?:residual\s+)?(?:weakness|hemiparesis|hemiplegia|paralysis|facial|face|chest|abdominal|headaches?)	not
location	re:(?:left|right)\s+side\s+of\s+(?:the|his|her)\s+(?:body|face|head|skull|chest|abdomen|neck|mouth|tongue|brain)	not
location	re:(?:emg|electromyograph\w*|needle\s+exam\w*)\b[^.;]*?\bparaspinals?\b	not
location	re:across\s+(?:the\s+|his\s+|her\s+)?(?:low(?:er)?\s+back|lumbar\s+region)
location	re:(?:localized|located|centered|isolated)\s+(?:to|in|over|at)\s+(?:the\s+)?(?:left|right|central|midline|lower\s+lumbar|lumbosacral|l[1-5])
# The middle of the back named as a place: "a deep ache in the center of her low back".
location	re:(?:center|centre|middle)\s+of\s+(?:the\s+|his\s+|her\s+|my\s+)?(?:low(?:er)?\s+)?back

# "Onset" as a field or of the pain: not "sleep onset latency" or a "new onset" diabetes.
onset	re:onset\s*:
onset	re:onset\s+of\s+(?:(?:the|his|her|this|these|low|lower|back|leg)\s+){0,3}(?:pain|back|lbp|sciatica|symptoms|discomfort)
onset	re:(?:began|started|starting|beginning|developed|came\s+on|commenced)\s+(?:about\s+|approximately\s+|roughly\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|a\s+couple\s+of)\s+(?:days?|weeks?|months?|years?)\s+ago
onset	re:(?:began|started|developed|came\s+on|onset)\s+(?:\w+\s+){0,2}(?:yesterday|today|this\s+morning|last\s+(?:night|week|month|weekend)|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))
onset	re:(?:began|started|developed|came\s+on)\s+(?:\w+\s+){0,2}(?:after|while|when|following)
onset	re:(?:began|started|developed|came\s+on|occurred|noticed|injured|hurt|fell|slipped|twisted|strained)\s+(?:\w+\s+){0,4}?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)\s+(?:days?|weeks?|wks?|months?|years?)\s+ago
onset	re:(?:sudden|gradual|insidious|acute|abrupt)(?:ly)?\s+(?:onset|began|started|came\s+on)
# The manner after the word ("onset was gradual", "the pain came on suddenly"), as before it.
onset	re:onset\s+(?:of\s+(?:the\s+)?(?:pain|symptoms)\s+)?(?:was|is|has\s+been)\s+(?:\w+\s+)?(?:sudden|gradual|insidious|acute|abrupt)
onset	re:(?:began|started|developed|came\s+on|occurred)\s+(?:very\s+|fairly\s+|rather\s+|quite\s+)?(?:suddenly|gradually|insidiously|acutely|abruptly)
onset	re:woke\s+up\s+(?:\w+\s+){0,3}?with
# "She started having headaches, neck and lower back pain", "began having pain".
onset	re:(?:started|began)\s+having\s+(?:[\w-]+\s*,?\s+){0,5}?(?:pain|symptoms|discomfort|numbness|spasms?)
onset	no specific injury
onset	no inciting event
onset	no inciting injury
onset	no known injury
onset	no precipitating event
onset	mechanism of injury
onset	moi
onset	doi
# How it began: "x 5 days after bending", "after yard work", "since a fall".
onset	re:(?:days?|weeks?|wks?|months?|mos?|years?|yrs?|lbp|pain|back)\s+(?:after|following|since)\s+(?:(?:a|an|the|some|his|her|yard|heavy|long|recent)\s+){0,2}(?:\w+\s+)?(?:\w+ing|game|work|flight|trip|workout|match|practice|move|shift|fall|injury|accident|incident|lift|soccer|football|basketball|golf|tennis|hockey|gym|yoga|exercise|surgery)\b
onset	re:(?:began|started|developed|occurred|happened|came\s+on)\s+(?:\w+\s+){0,2}(?:after|following|while|when)
# The onset dated as a time ago: "c/o LBP, onset approximately 2 weeks ago".
onset	re:onset\s+(?:was\s+)?(?:(?:about|approximately|approx\.?|roughly|around|over|nearly|almost)\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)\s+(?:days?|weeks?|wks?|months?|mos?|years?|yrs?)\s+ago

quality	re:(?:dull|sharp|aching|achy|burning|stabbing|throbbing|cramping|cramp-like|tight|nagging|shooting|pressure-like|sore|deep)(?:\s+and\s+\w+|\s*[,/]\s*\w+)?\s+(?:pain|ache|sensation|discomfort|quality)
quality	re:described\s+as\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:dull|sharp|aching|achy|ache|burning|stabbing|throbbing|cramping|tightness|nagging|soreness|sore|pressure|stiffness)
quality	re:pain\s+(?:is\s+)?(?:dull|sharp|aching|achy|burning|stabbing|throbbing|cramping|constant\s+and\s+dull)
quality	re:quality\s*:
quality	re:quality\s+of\s+(?:the\s+|his\s+|her\s+)?(?:pain|discomfort|symptoms)
quality	achy
quality	aching
quality	soreness
quality	stabbing
quality	throbbing
quality	sharp
# A field of the pain's character ("Character of low back pain: cramping"); a sharp
# instrument or a sharp debridement is no pain's quality.
quality	re:character\s*(?:of\s+(?:the\s+|his\s+|her\s+)?(?:(?:low|lower)\s+)?(?:back\s+|leg\s+)?(?:pain|symptoms))?\s*:
quality	re:sharp(?:ly)?\s+(?:debridement|debrided|dissection|dissected|excision|excised|curettage|curette|curetted|spoon|instrument|incision|tip|edges?|margins?|point|hook|retractor)	not
# The patient's own image of the pain or the back ("feels like 'a knife stuck in my back'"), or
# the back described by a quality ("describes her low back as 'tight and stiff'").
quality	re:feels?\s+like\s+['"]?(?:an?\s+)?(?:knife|knives|hot\s+poker|vise|vice|toothache|charley\s+horse|tight\s+band|rope|hot\s+iron)
quality	re:(?:describes?|described|describing)\s+(?:\w+\s+){0,4}?as\s+['"]?(?:dull|sharp|aching|achy|burning|stabbing|throbbing|cramping|tight|stiff|sore|nagging|deep|pressure|grinding|gnawing)

# "for 3 weeks", "x 2 months", "over the past 6 months", "x3 wks". A count glued to the "x"
# ("x3") is a line of its own, filtered on "x0" to "x9" (written [0-9], not \d, which RE2's
# prefilter does not spell out); the one line both were had neither atoms nor leading words
# and was searched in every sentence (`dxaudit lexicons unfiltered`). Other words glued to
# what follows ("for3 weeks", "xthree weeks") are no longer read.
@define DURATION_AFTER (?:about\s+|approximately\s+|approx\.?\s+|roughly\s+|nearly\s+|almost\s+|over\s+|the\s+(?:past|last)\s+)?(?:\d+(?:\s*(?:-|to)\s*\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|a\s+couple\s+of|the\s+past)\s*(?:-\s*)?(?:days?|weeks?|wks?|months?|mos?|years?|yrs?)
duration	re:(?:for|x|over\s+the\s+(?:past|last)|in\s+the\s+(?:past|last)|times)\s+{DURATION_AFTER}
duration	re:x[0-9]\d*(?:\s*(?:-|to)\s*\d+)?\s*(?:-\s*)?(?:days?|weeks?|wks?|months?|mos?|years?|yrs?)
duration	re:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several)[-\s](?:day|week|month|year)[-\s](?:history|duration)
duration	re:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several)\s*(?:days?|weeks?|wks?|months?|years?|yrs?)'?\s+(?:duration|history|hx)
duration	re:since\s+(?:\w+\s+){0,2}(?:yesterday|last\s+(?:week|month|year|night|weekend|fall|spring|summer|winter)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d{4})
duration	intermittent
duration	intermittently
duration	constant
duration	constantly
duration	continuous
duration	continuously
duration	episodic
duration	episodically
duration	occasional
duration	occasionally
duration	re:duration\s*(?::|of\s+(?:the\s+|his\s+|her\s+)?(?:pain|symptoms))
duration	re:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)\s+(?:days?|weeks?|months?|years?)\s+ago
duration	re:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)\s+(?:days?|weeks?|wks?|months?|mos?|years?|yrs?)\s+of\s+(?:\w+\s+){0,3}(?:pain|lbp|symptoms|back)
duration	re:(?:chronic|acute|subacute)\s+(?:low(?:er)?\s+back|lumbar|back|lbp|axial|mechanical|sciatica|sciatic|radicular|leg\s+pain)
# "Longstanding low back pain" (of the back or leg: "longstanding diabetes" is not the
# complaint's), "since past 4 weeks" (a non-native "for the past").
duration	re:long[-\s]?standing\s+(?:history\s+of\s+)?(?:(?:low(?:er)?|mid)\s+)?(?:back|lumbar|lbp|sciatica|sciatic|radicular|leg|buttock)
duration	re:since\s+(?:the\s+)?(?:past|last)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)\s+(?:days?|weeks?|months?|years?)
duration	re:frequency\s*:
# How long each episode lasts ("comes and goes, each episode lasting a few hours").
duration	re:(?:episodes?|flares?|attacks?|bouts?)\s+(?:\w+\s+){0,2}?(?:lasting|lasts|last|lasted)\s+(?:\w+\s+){0,3}?(?:seconds|minutes|hours|days|weeks)
# A medication's course is no duration of the complaint ("Naproxen 500 mg BID x 10 days").
duration	re:(?:bid|tid|qid|daily|qd|qhs|prn|mg|tab|tabs|tablets?|capsules?|po)\s+(?:x|for)\s*\d+\s*(?:days?|weeks?|wks?)\b	not

aggravating	re:(?:worse|worsens|worsened|worsening|aggravated|exacerbated|increased|increases|provoked|exacerbation|aggravation)\s+(?:with|w/|by|when|after|on|during|in\s+the)
aggravating	aggravating factors
aggravating	aggravating factor
aggravating	exacerbating factors
aggravating	aggravates
# A field of what makes it worse, and the occasion named first ("getting in and out of the car
# makes her low back pain worse").
aggravating	re:(?:aggravating|exacerbating|provoking|provocative)\s*(?:factors?)?\s*:|provocation\s*:
aggravating	re:makes\s+(?:(?:his|her|their|the|my)\s+)?(?:(?:low|lower)\s+)?(?:back\s+|leg\s+)?(?:pain|symptoms|it)\s+worse
aggravating	re:pain\s+with\s+(?:prolonged\s+)?(?:sitting|standing|walking|bending|lifting|twisting|flexion|extension)
aggravating	re:(?:sitting|standing|walking|bending|lifting|twisting|driving|coughing|sneezing|activity|flexion|extension|stairs)\s+(?:\w+\s+){0,2}(?:aggravates?|worsens?|increases|makes\s+(?:it|the\s+pain)\s+worse|exacerbates?|provokes?)
aggravating	re:hurts\s+(?:to|when|with)
aggravating	re:(?:symptoms|pain|numb|heavy|tingling)\s+(?:\w+\s+){0,3}after\s+(?:walking|standing|sitting)
aggravating	re:(?:pain|n/t|symptoms|numbness|tingling)\s+(?:\w+\s+){0,2}(?:when|with|w/)\s+(?:prolonged\s+)?(?:walking|standing|sitting|bending|lifting|twisting|coughing|sneezing)
aggravating	re:(?:worse|worsens|worsening|worsened|flares?|flaring)\s+(?:at|in|by|toward|towards|during)\s+(?:the\s+)?(?:end\s+of\s+the\s+day|evening|morning|night|nighttime)
# What sets the pain off, written as its occasion: "after being on her feet for any length of
# time", "with repetitive bending and stooping", "cannot stand, sit or turn without severe
# pain".
aggravating	re:(?:after|with|from)\s+(?:being\s+on\s+(?:his|her|their)\s+feet|(?:repetitive|repeated|frequent|heavy|any)\s+(?:bending|stooping|lifting|twisting|activity|activities|walking|standing|sitting))
aggravating	re:(?:cannot|can\s*not|can't|unable\s+to)\s+(?:[\w-]+\s*,?\s+){1,5}?without\s+(?:\w+\s+)?(?:pain|discomfort)
aggravating	re:with\s+(?:long|prolonged)\s+(?:sitting|standing|walking|walks|driving|drives)
aggravating	re:(?:coughing|sneezing|straining)\s+(?:\w+\s+){0,2}(?:makes|made)\s+(?:it|the\s+pain)\s+worse
# What makes the back hurt, said the patient's way: "'makes my back scream'", "coughing and
# sneezing increase her low back pain".
aggravating	re:makes\s+(?:my|his|her|their|the)\s+(?:low(?:er)?\s+)?back\s+(?:scream|hurt|ache|flare|kill|throb|worse|act\s+up)
aggravating	re:(?:sitting|standing|walking|bending|lifting|twisting|driving|coughing|sneezing|straining|activity|stairs)\s+(?:and\s+\w+\s+)?(?:increase|increases|worsen|worsens|aggravate|aggravate)\s+(?:his|her|their|the|my)\s+(?:low(?:er)?\s+)?(?:back\s+)?(?:pain|symptoms)

relieving	re:(?:better|improves|improved|relieved|eased|eases|alleviated|decreased|relief)\s+(?:with|w/|by|when|after|on|from)
relieving	relieving factors
relieving	relieving factor
relieving	alleviating factors
relieving	alleviating factor
relieving	re:(?:alleviating|relieving|palliative|palliating|easing)\s*(?:factors?)?\s*:|palliation\s*:
relieving	re:(?:ibuprofen|nsaids?|naproxen|tylenol|acetaminophen|heat|ice|rest|stretching|lying\s+down|walking|sitting|massage|medication|position\s+changes?)\s+(?:\w+\s+){0,2}(?:helps|help|helped|relieves?|improves?|eases?|gives\s+(?:some\s+)?relief)
relieving	re:(?:no|minimal|some|partial|good|modest|moderate|little)\s+relief
relieving	nothing helps
# What a treatment did for the pain, written as its effect: "amitriptyline has significantly
# improved her symptoms", "it seems to be helping with some of her pain", "pain controlled
# on methadone" (a chronic regimen; "pain controlled with p.o. medication" is a hospital
# course's), "none of the medications provides adequate relief" (not an intent: "to give
# relief"), "the fentanyl only helps for about an hour"; and what it failed to do:
# "unresponsive to nonoperative treatment", "refractory to conservative management",
# "failed physical therapy".
relieving	re:(?:improved|relieved|eased|alleviated|lessened|decreased)\s+(?:his|her|their|the\s+patient's)\s+(?:(?:back|leg|low\s+back)\s+)?(?:pain|symptoms?|discomfort)
relieving	re:(?:helps?|helped|helping)\s+(?:(?:a\s+lot|a\s+little|somewhat|some)\s+)?(?:with\s+)?(?:(?:some\s+of\s+)?(?:his|her|their|the)\s+)?(?:(?:back|leg)\s+)?(?:pain|symptoms?|discomfort)
relieving	re:(?:only\s+)?helps?\s+for\s+(?:about\s+|approximately\s+)?(?:an?\s+|\d+\s+|a\s+few\s+|several\s+)?(?:hours?|minutes|days?)
relieving	re:(?:pain|symptoms?)\s+(?:is\s+|are\s+|was\s+|were\s+|being\s+|has\s+been\s+)?(?:well\s+|fairly\s+|adequately\s+|partially\s+|reasonably\s+)?controlled\s+on
relieving	re:(?:provides|provided|providing|gives|gave|giving)\s+(?:him\s+|her\s+|them\s+)?(?:\w+\s+){0,2}?relief
relieving	re:(?:unresponsive|refractory|resistant|recalcitrant)\s+to\s+(?:\w+\s+){0,3}?(?:treatment|therapy|management|measures|modalities|care|medications?|analgesics)
relieving	re:failed\s+(?:\w+\s+){0,2}?(?:conservative|nonoperative|non-operative|nonsurgical|non-surgical)\s+(?:treatment|therapy|management|measures|care)
relieving	re:failed\s+(?:a\s+course\s+of\s+|an?\s+|\d+\s+weeks\s+of\s+)?(?:physical\s+therapy|pt|chiropractic\s+(?:care|treatment)|epidural\s+(?:steroid\s+)?injections?)
relieving	re:(?:eases|improves|resolves|settles|loosens\s+up|gets\s+better)\s+(?:as|through|during|over)\s+the\s+day
# Relief said the patient's way: "ibuprofen 600 mg takes the edge off", "stiffness improves once
# he has been walking", "heat and stretching give her temporary relief".
relieving	takes the edge off
relieving	re:(?:better|improves|improved|eases|eased|loosens\s+up|settles)\s+once
relieving	re:(?:give|gives)\s+(?:him|her|them|me)\s+(?:\w+\s+){0,2}?relief

functional_impact	re:(?:difficulty|unable|trouble|limited|limitation|limitations|inability|problems)\s+(?:with\s+|to\s+|in\s+)?(?:walking|walk|sitting|sit|standing|stand|sleeping|sleep|bending|bend|lifting|lift|work|working|dressing|driving|drive|adls?|activities|getting\s+out\s+of\s+bed|putting\s+on|household|chores|exercise|exercising|performing|ambulating|ambulate|ambulation|getting\s+up|get\s+up|rising|climbing|stairs|transfers|turning|turn)
functional_impact	re:(?:oswestry|odi)\b
functional_impact	activities of daily living
functional_impact	re:(?:sitting|standing|walking)\s+tolerance
functional_impact	missed work
functional_impact	re:(?:interferes|interfering|interfered)\s+with
functional_impact	re:(?:off|out\s+of|missed|missing)\s+(?:\w+\s+){0,2}(?:work|school)
functional_impact	light duty
functional_impact	modified duty
functional_impact	work restrictions
functional_impact	functional limitations
functional_impact	functional limitation
functional_impact	re:(?:can|could)\s*(?:only|not|no\s+longer)\s+(?:sit|stand|walk|lift|work|sleep|bend|turn|get\s+up|drive)
functional_impact	re:(?:limits|limiting|affects|affecting|impacts|impacting)\s+(?:his|her|their|the\s+patient's)?\s*(?:ability|work|sleep|daily|function)
functional_impact	disability index
functional_impact	re:wakes?\s+(?:\w+\s+)?(?:up\s+)?(?:from\s+sleep|at\s+night)
functional_impact	sleep disturbance
# Woken a counted number of times ("wakes 2-3x/night from low back pain"), help needed with
# self-care ("needs assistance with bathing and dressing due to low back pain").
functional_impact	re:wak(?:es|ing|e)\s+(?:up\s+)?\d+(?:\s*-\s*\d+)?\s*(?:x|times)\s*(?:/|a|per|each)\s*night
functional_impact	re:(?:needs?|needed|requires?|required|requiring)\s+(?:\w+\s+)?(?:assistance|help)\s+(?:with|for)\s+(?:\w+\s*,?\s+){0,2}?(?:bathing|dressing|adls?|toileting|transfers?|self[-\s]care|putting\s+on)
functional_impact	re:sleep\s+(?:is\s+)?(?:disrupted|disturbed|interrupted|affected)
functional_impact	re:(?:able|unable)\s+to\s+(?:sit|stand|walk|lift|work|sleep|drive)\s+(?:for\s+)?(?:\d+|more|less|longer|only|over)
functional_impact	re:(?:leave|left|miss|missed|missing|stop|stopped)\s+work
functional_impact	re:(?:walking|walk|walks)\s+(?:>|<|more\s+than|less\s+than|only|about|approximately)?\s*(?:\d+|one|two|a\s+half|half\s+a|a\s+few)\s+(?:blocks?|yards|meters|minutes)
# What the pain took from the patient's life: a walking aid, work given up, a disabling
# course ("using a walker for ambulation", "retired 7 years ago because of low back pain",
# "pain that is debilitating"). Not "on disability", whose cause is seldom given.
functional_impact	re:(?:uses|using|used|requires|requiring|required|needs|needing|dependent\s+on)\s+(?:a\s+)?(?:(?:rolling|front-wheeled|four-wheeled)\s+)?(?:walker|cane|crutches|wheelchair)
functional_impact	re:(?:wheelchair|bed)[-\s]?(?:bound|ridden)|bedridden|homebound
functional_impact	re:(?:retired|quit\s+(?:his|her)\s+job|stopped\s+working|unable\s+to\s+return\s+to\s+work)\s+(?:\w+\s+){0,4}?(?:because\s+of|due\s+to|secondary\s+to)
functional_impact	re:(?:debilitating|disabling|incapacitating)
# Help to dress, a recliner to sleep in: "needs her husband's help to put on her socks", "has
# been sleeping in a recliner because lying flat is too painful".
functional_impact	re:(?:needs?|needed|requires?|required|requiring)\s+(?:\w+\s+){0,2}?(?:\w+'s\s+)?(?:help|assistance)\s+(?:to|with)\s+(?:put(?:ting)?\s+on|dress|dressing|don|donning|get\s+(?:in|out|up|dressed)|getting\s+(?:in|out|up|dressed)|tie|tying)
functional_impact	re:sleep(?:s|ing)?\s+in\s+(?:a|his|her|the|their)\s+(?:recliner|chair|lounge\s+chair)

rom	range of motion
rom	rom
rom	arom
rom	prom
rom	re:lumbar\s+(?:flexion|extension|mobility|motion)
rom	re:(?:forward\s+)?flexion\s+(?:to|limited|is|was|of|\d+\s*(?:degrees|deg|%))
rom	re:(?:flexion|extension|side\s*bending|lateral\s+bending|rotation)\s+(?:\w+\s+){0,2}(?:\d+\s*(?:degrees|deg|%)|limited|full|painful|restricted|decreased|wnl|normal|within\s+normal\s+limits|reproduces|increases)
rom	re:fingertips?\s+(?:to\s+)?(?:\w+\s+){0,2}(?:floor|knees?|ankles?|shins?|mid[-\s]?shin|toes)
rom	re:fingertips?[-\s]+to[-\s]+floor
rom	forward bending
rom	re:(?:lumbar\s+)?(?:flex|ext)\s+(?:\d+\s*(?:deg|degrees|%)|limited|wnl|full|restricted|painful)
rom	forward bend
rom	re:(?:limited|decreased|restricted|full|normal)\s+(?:\w+\s+)?(?:motion|mobility)
rom	re:motion\s+(?:is\s+)?(?:limited|restricted|full|decreased)

palpation	palpation
palpation	palpated
palpation	palpable
palpation	tender
palpation	tenderness
palpation	nontender
palpation	non-tender
palpation	ttp
palpation	trigger point
palpation	trigger points
palpation	point tenderness
palpation	spasm
palpation	spasms

strength	strength
strength	re:\b[0-5][+-]?/5\b
strength	manual muscle testing
strength	mmt
strength	myotomes
strength	re:\bmotor\s*(?::|exam|examination|testing|intact|normal|is\s+intact|function)
strength	muscle testing
# A product at its full concentration is no muscle strength ("re-tried on full strength
# formula", "full-strength Betadine").
strength	re:full[-\s]strength\s+(?:formula|feeds?|feedings?|betadine|povidone|iodine|solution|peroxide|hydrogen\s+peroxide|bleach|juice|milk|tylenol|acetaminophen|aspirin|dose|doses|saline|vinegar|contrast)\b	not
# A normal motor exam in general words: "Motor is 5 out of 5", "no focal motor or sensory
# losses", "no gross motor deficits", "Motor and sensory are intact to the extremities".
# (Not "moves all four extremities", a glance rather than a strength exam.)
strength	re:\bmotor\s+(?:strength\s+)?(?:is|was|are|were)\s+(?:5|five)\s*(?:/|out\s+of)\s*(?:5|five)
strength	re:(?:no|without)\s+(?:(?:gross|focal|obvious|appreciable|significant|peripheral|new)\s*,?\s+)*(?:motor|sensorimotor)\s+(?:or\s+sensory\s+|and\s+sensory\s+)?(?:deficits?|losses|loss|findings|weakness|abnormalit(?:y|ies))
strength	re:motor\s+(?:and|&|/)\s+sensory\s+(?:exam(?:ination)?s?\s*:?\s*)?(?:are\s+|were\s+|is\s+|was\s+)?(?:grossly\s+)?(?:intact|normal|unremarkable|within\s+normal\s+limits)
strength	re:heel\s+(?:and|&|/)\s+toe\s+walk\w*
strength	re:(?:heel|toe)\s+(?:walk|walking|raises?)\s+(?:\w+\s+){0,3}(?:intact|normal|without\s+difficulty|able|weak|unable)

gait_posture	gait
gait_posture	posture
gait_posture	postural
gait_posture	heel walk
gait_posture	toe walk
gait_posture	re:(?:heel|toe)\s+walking
gait_posture	re:ambulat\w*
gait_posture	antalgic
gait_posture	limp
gait_posture	limping
gait_posture	lordosis
gait_posture	lumbar lordosis
gait_posture	lateral shift
gait_posture	trendelenburg
gait_posture	re:walks\s+(?:with|without|normally|slowly|independently)
gait_posture	stance
# The spine's alignment inspected, as a physical examination template writes it: "Back:
# Straight. No scoliosis.", "SPINE: Straight and without deformity", "Spine straight", "The
# spine is straight and not tender".
gait_posture	re:(?:spine|back)\s*:\s*straight|spine\s+(?:is\s+)?straight
# Not a gait exam though the word is there: a gait not examined ("Gait: ND", "Gait not
# tested", "gait, Romberg's test and balance could not be assessed"), gait training in a
# plan, an ambulatory EEG or surgery.
gait_posture	re:gait\s*(?::\s*|\s+(?:was\s+|is\s+)?)(?:nd|not\s+(?:tested|assessed|done|examined|evaluated|performed|observed)|deferred|n/a)\b	not
gait_posture	re:gait\b[^.;]{0,60}?\b(?:could|can)\s*not\s+be\s+(?:assessed|tested|evaluated|performed|examined|observed)	not
gait_posture	re:(?:gait|ambulation)\s+training	not
gait_posture	re:ambulatory\s+(?:eeg|ecg|ekg|blood\s+pressure|bp|monitor\w*|holter|surgery|surgical|care|setting|clinic|infusion|pump|peritoneal|status)	not

neuro_screen	reflex
neuro_screen	reflexes
neuro_screen	dtr
neuro_screen	dtrs
neuro_screen	dtr's
neuro_screen	deep tendon reflexes
neuro_screen	re:sensation\s+(?:is\s+|was\s+)?(?:intact|decreased|diminished|normal|grossly\s+intact|preserved|symmetric|equal|reduced|altered|to\s+light\s+touch)
neuro_screen	re:sensory\s+(?:exam|examination|testing|intact|is\s+intact|normal)
neuro_screen	re:sensory\s*:
neuro_screen	light touch
neuro_screen	pinprick
neuro_screen	straight leg raise
neuro_screen	slr
neuro_screen	slump test
neuro_screen	neurologically intact
# A neuro exam reported normal or nonfocal: not its mere name ("Neurological exam is detailed on
# our H&P form"), nor a limb "neurovascularly intact" after an injury or an operation (pulses and
# gross feeling, no reflex, sensation or SLR examined).
neuro_screen	re:neuro(?:logic|logical)?\s+(?:exam(?:ination)?\s+(?:is\s+|was\s+)?)?(?:intact|is\s+intact|normal|nonfocal|non-focal)
neuro_screen	nonfocal
neuro_screen	non-focal
neuro_screen	babinski
neuro_screen	clonus
neuro_screen	re:(?:patellar|achilles|knee|ankle)\s+(?:(?:tendon\s+)?reflex(?:es)?|jerks?|dtr(?:'?s)?)
neuro_screen	dermatomal
neuro_screen	re:(?:focal\s+)?neuro(?:logic|logical)?\s+deficits?
# Reflexes of the eye, the face, the throat or a newborn are no screen of the back's roots:
# "Red reflexes present bilaterally", "corneal reflexes intact", "gag reflex", "Moro reflex".
neuro_screen	re:(?:red|corneal|gag|pupillary(?:\s+light)?|light|consensual|moro|suck(?:ing)?|grasp|palmar\s+grasp|rooting|cough|oculocephalic|blink|startle)\s+reflex(?:es)?	not

red_flag_screen	no red flags
red_flag_screen	red flags
red_flag_screen	red flag
red_flag_screen	red flag symptoms
red_flag_screen	re:(?:denies|no)\s+(?:any\s+)?(?:bowel\s+or\s+bladder|bowel/bladder|\bb/b|saddle)
red_flag_screen	re:denies\s+(?:fever|fevers|unexplained\s+weight\s+loss|weight\s+loss)
red_flag_screen	re:no\s+(?:concerning|worrisome|alarm)\s+(?:features|symptoms|signs)
red_flag_screen	alarm symptoms
red_flag_screen	cauda equina symptoms
# Template fields answered in the negative ("Fever: Denies", "Bowel/bladder dysfunction: none").
red_flag_screen	re:(?:bowel|bladder|fevers?|chills|cancer|malignancy|trauma|iv\s+drug\s+use|saddle|weight\s+loss|night\s+pain|incontinence|immunosuppression|steroid\s+use)[\w\s/]*?:\s*(?:denies|denied|none|no|negative|neg)\b

radicular_screen	re:(?:denies|no|without)\s+(?:any\s+)?(?:radiating|radiation|radicular|leg\s+pain|leg\s+symptoms|numbness|tingling|paresthesias?)
radicular_screen	no leg symptoms
radicular_screen	no radicular symptoms
radicular_screen	re:(?:does\s+not|doesn't|did\s+not|not)\s+radiate
radicular_screen	non-radiating
radicular_screen	nonradiating
radicular_screen	re:(?:no|without|denies)\s+(?:\w+\s+){0,2}(?:radiation|radiating\s+symptoms|leg\s+involvement|lower\s+extremity\s+symptoms)
radicular_screen	re:(?:confined|localized|limited|isolated)\s+to\s+the\s+(?:low(?:er)?\s+)?back
radicular_screen	re:(?:stays|remains)\s+in\s+the\s+(?:low(?:er)?\s+)?back
radicular_screen	re:(?:radiation|radiating|numbness|tingling|n/t|weakness|leg\s+pain|sciatica|paresthesias?)[\w\s/]*?:\s*(?:denies|denied|none|no|negative|neg)\b

# Naming the diagnosis ("Assessment: nonspecific low back pain") is not a justification:
# the note must say why the nonspecific code fits.
justification	re:(?:findings|presentation|exam|examination|picture|history\s+and\s+exam|symptoms)\s+(?:\w+\s+){0,2}(?:supports?|consistent\s+with|remains?|is|are|most\s+consistent\s+with|in\s+keeping\s+with)\s+(?:\w+\s+){0,2}(?:non-?specific|mechanical)
justification	re:no\s+(?:current\s+)?(?:clinical\s+)?(?:evidence|findings|signs|features)\s+(?:of|to\s+suggest|suggesting|suggestive\s+of|for)\s+(?:\w+\s*,?\s+){0,4}(?:discogenic|radicular|strain|disc|radiculopathy|structural|specific)
justification	re:(?:no|without)\s+(?:a\s+)?(?:specific|identifiable|structural|clear)\s+(?:\w+\s+){0,2}(?:cause|etiology|source|pathology|diagnosis)
justification	re:(?:nonspecific|non-specific|unspecified)\s+(?:\w+\s+){0,4}(?:code|coding|diagnosis)\s+(?:\w+\s+){0,2}(?:appropriate|fits|is\s+used|is\s+supported|supported)
justification	re:does\s+not\s+(?:meet|fit)\s+(?:\w+\s+){0,3}(?:criteria|pattern)\s+for\s+(?:\w+\s+){0,3}(?:radiculopathy|strain|disc|stenosis|specific)
justification	re:(?:not|no)\s+(?:attributable|attributed)\s+to\s+(?:a|any)\s+specific
justification	re:(?:cannot|can't|could\s+not)\s+be\s+attributed\s+to\s+(?:a|any)\s+specific
# What was ruled out, said done ("Fracture, infection and cauda equina ruled out clinically"),
# the code said chosen for the finding ("coded as low back pain, unspecified", "treated under
# the nonspecific low back pain dx", "nonspecific LBP code used as ..."), no pain generator or
# structural source found, and a conclusion drawn from what is absent ("Given normal neuro
# exam and no red flags, this is nonspecific musculoskeletal back pain").
justification	re:(?:fracture|infection|malignancy|cancer|cauda\s+equina(?:\s+syndrome)?|radiculopathy|red\s+flags?|serious\s+(?:pathology|causes?))\s*(?:(?:,|and|or)\s*(?:\w+\s*){1,3}?)*(?:were|was|are|have\s+been|has\s+been)?\s*(?:ruled\s+out|excluded)\s+(?:clinically|on\s+(?:exam|examination|history\s+and\s+exam)|by\s+(?:exam|history))
justification	re:(?:coded|code|coding|treated|billed)\s+(?:as|under|with)\s+(?:the\s+)?(?:[\w-]+\s*,?\s+){0,5}?(?:unspecified|non-?specific)
justification	re:non-?specific\s+(?:\w+\s+){0,3}?(?:code|dx|diagnosis)\s+(?:used|chosen|selected|is\s+appropriate|applies)
justification	re:(?:no|without)\s+(?:an?\s+)?(?:neuro\s+signs\s+or\s+)?(?:identifiable|specific|clear|definable|discernible|localizable)\s+(?:structural\s+)?(?:pain\s+generator|source|cause|etiology|pathology)
justification	re:does\s+not\s+(?:localize|point)\s+(?:to\s+)?(?:a\s+|any\s+)?(?:specific|structural)\s+(?:\w+\s+){0,2}?(?:source|cause|structure|generator)
justification	re:(?:given|with|in\s+the\s+absence\s+of)\s+(?:a\s+)?(?:normal|no|negative)\s+[^.;]{0,60}?,\s*(?:this|it|the\s+pain)\s+is\s+(?:\w+\s+){0,2}?non-?specific
# The unspecified code called the most fitting: "low back pain, unspecified (M54.50) is the most
# appropriate diagnosis at this time".
justification	re:(?:unspecified|non-?specific)\b[^;]{0,30}?\b(?:is|remains)\s+(?:the\s+)?(?:most\s+)?(?:appropriate|accurate|fitting|correct|best)\s+(?:diagnosis|code)
