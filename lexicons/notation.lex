# Symbols that typed notes write for a word: WORD<TAB>SYMBOL. The matching view reads the
# symbol as the word, so every phrase written with the word matches the symbol too: "↓
# sensation L5 dermatome" is "decreased sensation", "DTR ↓ L achilles" a decreased reflex,
# "↑ pain with flexion" pain increased by flexion. Offsets stay the note's: a finding's span
# covers the symbol. Arrows for "decreased" and "increased" are the common clinical
# shorthand of typed notes (therapists' and clinicians' alike); an arrow to the side ("→")
# is left out, since it stands for "radiates to", "leads to" and "then" alike.
@kind notation

decreased	↓
decreased	⬇
decreased	⇓
increased	↑
increased	⬆
increased	⇑
