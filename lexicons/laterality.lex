# Phrases that name a side. Single letters count only as whole tokens ("L leg", not L4).
@kind laterality
left	left
left	lt
left	l
right	right
right	rt
right	r
bilateral	bilateral
bilateral	bilaterally
bilateral	bilat
bilateral	b/l
bilateral	both legs
bilateral	both lower extremities
bilateral	ble
bilateral	bles
bilateral	re:both\s+(?:legs|feet|thighs|calves|buttocks|sides|lower\s+extremities|knees|ankles|hips|heels|great\s+toes)
# "B LE", "B lumbar paraspinals": B alone means bilateral only before a body part.
bilateral	re:b\s+(?:les?|lower\s+extremit(?:y|ies)|legs?|feet|lumbar|paraspinals?|si|sij|buttocks?|hips?|thighs?)
