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
