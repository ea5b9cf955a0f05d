# Documentation elements: phrases that show the note documents each element.
# A negated mention still documents the element ("no tenderness to palpation" shows
# palpation was done). `location` needs more than "low back pain": a side, the midline,
# a level or a region.
@kind elements

location	re:(?:left|right|bilateral|bilat|central|midline|unilateral)\s+(?:side\s+of\s+(?:the\s+)?)?(?:low(?:er)?\s+back|lumbar|lumbosacral|sacral|buttock|paraspinal|si\b|sacroiliac)
location	re:(?:low(?:er)?\s+back|lumbar)\s+pain\s+(?:on|over)\s+the\s+(?:left|right|midline)
location	midline
location	paraspinal
location	paraspinals
location	lumbosacral junction
location	sacroiliac
location	si joint
location	re:(?:at|over|around)\s+(?:the\s+)?(?:l[1-5](?:\s*[-/]\s*(?:l?[1-5]|s1))?|s1)\b
location	re:(?:left|right)[-\s]sided
location	re:(?:belt|waist)\s*line

onset	onset
onset	re:began\s+(?:\d+|one|two|three|four|five|six|several|a\s+few)\s+(?:days?|weeks?|months?)\s+ago
onset	re:started\s+(?:\d+|one|two|three|four|five|six|several|a\s+few)\s+(?:days?|weeks?|months?)\s+ago
onset	re:(?:sudden|gradual|insidious)(?:ly)?\s+(?:onset|began|started|came\s+on)
onset	no specific injury
onset	no inciting event
onset	mechanism of injury

quality	re:(?:dull|sharp|aching|achy|burning|stabbing|throbbing|cramping|tight|nagging|shooting)(?:\s+and\s+\w+)?\s+(?:pain|ache|sensation|discomfort)
quality	re:described\s+as\s+(?:a\s+)?(?:dull|sharp|aching|achy|burning|stabbing|throbbing|cramping|tightness|nagging)
quality	re:pain\s+(?:is\s+)?(?:dull|sharp|aching|achy|burning|stabbing|throbbing|cramping)

duration	re:(?:for|x|over\s+the\s+(?:past|last))\s*(?:\d+|one|two|three|four|five|six|seven|eight|several|a\s+few|the\s+past)\s*(?:days?|weeks?|wks?|months?|mos?|years?)
duration	intermittent
duration	intermittently
duration	constant
duration	constantly
duration	continuous
duration	continuously
duration	daily
duration	episodic
duration	episodically
duration	occasional
duration	occasionally
duration	duration

aggravating	re:(?:worse|worsens|worsened|aggravated|exacerbated|increased|provoked)\s+(?:with|by|when|after|on)
aggravating	aggravating factors
aggravating	re:pain\s+with\s+(?:prolonged\s+)?(?:sitting|standing|walking|bending|lifting)

relieving	re:(?:better|improves|improved|relieved|eased|alleviated|decreased)\s+(?:with|by|when|after|on)
relieving	relieving factors
relieving	re:(?:ibuprofen|nsaids?|heat|ice|rest)\s+(?:helps|help|helped)

functional_impact	re:(?:difficulty|unable|trouble|limited|limitation)\s+(?:with\s+|to\s+)?(?:walking|sitting|standing|sleeping|bending|lifting|work|working|dressing|driving|adls?|activities)
functional_impact	re:(?:oswestry|odi)\b
functional_impact	activities of daily living
functional_impact	re:(?:sitting|standing|walking)\s+tolerance
functional_impact	missed work
functional_impact	re:(?:interferes|interfering)\s+with

rom	range of motion
rom	rom
rom	re:lumbar\s+(?:flexion|extension)
rom	re:(?:forward\s+)?flexion\s+(?:to|limited|is|was)

palpation	palpation
palpation	tender
palpation	tenderness
palpation	ttp

strength	strength
strength	re:\b[0-5][+-]?/5\b
strength	manual muscle testing

gait_posture	gait
gait_posture	posture
gait_posture	heel walk
gait_posture	toe walk
gait_posture	re:(?:heel|toe)\s+walking

neuro_screen	reflex
neuro_screen	reflexes
neuro_screen	dtrs
neuro_screen	re:sensation\s+(?:is\s+)?(?:intact|decreased|diminished|normal)
neuro_screen	light touch
neuro_screen	straight leg raise
neuro_screen	slr
neuro_screen	neurovascularly intact
neuro_screen	neurologically intact

red_flag_screen	no red flags
red_flag_screen	red flags
red_flag_screen	re:(?:denies|no)\s+(?:any\s+)?(?:bowel\s+or\s+bladder|bowel/bladder|b/b|saddle)
red_flag_screen	re:denies\s+(?:fever|fevers|unexplained\s+weight\s+loss|weight\s+loss)

radicular_screen	re:(?:denies|no|without)\s+(?:any\s+)?(?:radiating|radiation|radicular|leg\s+pain|leg\s+symptoms|numbness|tingling|paresthesias?)
radicular_screen	no leg symptoms
radicular_screen	no radicular symptoms

# Naming the diagnosis ("Assessment: nonspecific low back pain") is not a justification:
# the note must say why the nonspecific code fits.
justification	re:(?:findings|presentation|exam|examination)\s+(?:\w+\s+){0,2}(?:supports?|consistent\s+with|remains?)\s+(?:\w+\s+){0,2}nonspecific
justification	re:no\s+(?:current\s+)?(?:evidence|findings)\s+(?:of|to\s+suggest)\s+(?:\w+\s*,?\s+){0,4}(?:discogenic|radicular|strain|disc)
