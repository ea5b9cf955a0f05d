# Assertion cues. A first NegEx-shaped set; the ConText engine (issue 3) extends it.
# Options: direction=forward|backward|both (default forward), window=N word tokens
# (0 or absent: to the end of the sentence). A cue stops at a `terminate` cue; a cue
# word inside a `pseudo` phrase is not a cue.
@kind cues

negated	no	direction=forward window=8
negated	denies	direction=forward window=10
negated	denied	direction=forward window=10
negated	denying	direction=forward window=10
negated	without	direction=forward window=6
negated	not	direction=forward window=5
negated	negative for	direction=forward window=10
negated	no evidence of	direction=forward window=10
negated	no signs of	direction=forward window=10
negated	absence of	direction=forward window=6
negated	free of	direction=forward window=6
negated	negative	direction=both window=3
negated	neg	direction=both window=2
negated	absent	direction=backward window=4
negated	is absent	direction=backward window=4
negated	ruled out	direction=backward window=5
negated	not present	direction=backward window=5
negated	resolved	direction=backward window=3

uncertain	possible	direction=forward window=5
uncertain	possibly	direction=forward window=5
uncertain	probable	direction=forward window=5
uncertain	questionable	direction=forward window=5
uncertain	suspicious for	direction=forward window=5
uncertain	rule out	direction=forward window=6
uncertain	r/o	direction=forward window=6
uncertain	cannot be excluded	direction=backward window=6

historical	history of	direction=forward window=6
historical	h/o	direction=forward window=6
historical	hx of	direction=forward window=6
historical	previous	direction=forward window=4
historical	prior	direction=forward window=4

hypothetical	if	direction=forward window=8
hypothetical	return if	direction=forward window=10
hypothetical	call if	direction=forward window=10
hypothetical	watch for	direction=forward window=8
hypothetical	should she develop	direction=forward window=8
hypothetical	should he develop	direction=forward window=8

experiencer	mother	direction=both window=6
experiencer	father	direction=both window=6
experiencer	brother	direction=both window=6
experiencer	sister	direction=both window=6
experiencer	family history of	direction=forward window=8

pseudo	no change	direction=forward
pseudo	no increase	direction=forward
pseudo	not only	direction=forward
pseudo	gram negative	direction=forward
pseudo	without difficulty	direction=forward
pseudo	no further	direction=forward
pseudo	history of present illness	direction=forward

terminate	but	direction=forward
terminate	however	direction=forward
terminate	although	direction=forward
terminate	except	direction=forward
terminate	aside from	direction=forward
terminate	apart from	direction=forward
terminate	which	direction=forward
terminate	secondary to	direction=forward
terminate	complains of	direction=forward
terminate	c/o	direction=forward
terminate	reports	direction=forward
terminate	endorses	direction=forward
terminate	positive for	direction=forward
terminate	presents with	direction=forward
terminate	;	direction=forward
