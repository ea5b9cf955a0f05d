# Psychogenic and muscular (multifidus) findings.
@kind findings

psychogenic_pain	psychogenic pain
psychogenic_pain	psychogenic back pain
psychogenic_pain	psychogenic low back pain
psychogenic_pain	psychogenic
psychogenic_pain	somatic symptom disorder
psychogenic_pain	somatoform pain disorder
psychogenic_pain	somatoform disorder
psychogenic_pain	pain disorder associated with psychological factors
psychogenic_pain	psychological factors
psychogenic_pain	nonorganic signs
psychogenic_pain	non-organic signs
psychogenic_pain	nonorganic pain
psychogenic_pain	waddell signs
psychogenic_pain	waddell's signs
psychogenic_pain	re:(?:positive\s+)?waddell(?:'s)?\s+(?:signs?|testing|findings)
psychogenic_pain	re:[1-5]\s*/\s*5\s+waddell
psychogenic_pain	functional overlay
psychogenic_pain	re:(?:pain|symptoms)\s+(?:\w+\s+){0,3}out\s+of\s+proportion
psychogenic_pain	psychosomatic
# Waddell's nonorganic signs named one by one.
psychogenic_pain	re:non-?anatomic(?:al)?\s+(?:sensory\s+(?:loss|changes?|deficits?)|numbness|weakness|tenderness|distribution)
psychogenic_pain	overreaction
psychogenic_pain	superficial tenderness
psychogenic_pain	regional weakness
psychogenic_pain	distraction sign

multifidus_dysfunction	multifidus dysfunction
multifidus_dysfunction	multifidus
multifidus_dysfunction	multifidi
multifidus_dysfunction	multifidus atrophy
multifidus_dysfunction	multifidus weakness
multifidus_dysfunction	re:(?:atrophy|fatty\s+(?:infiltration|atrophy|replacement)|weakness|inhibition|dysfunction|poor\s+(?:activation|control|recruitment)|deconditioning)\s+(?:\w+\s+){0,3}multifid\w*
multifidus_dysfunction	re:multifid\w*\s+(?:\w+\s+){0,2}(?:atrophy|fatty\s+(?:infiltration|atrophy|replacement)|weakness|inhibition|dysfunction|asymmetry|activation|deficit)

# Phrases the audit corpus (corpora/audit) relies on, first written with the audit rules.
multifidus_dysfunction	fatty infiltration of the multifidus
