# Radicular findings: nerve-root involvement in the legs.
# Patterns match the case-folded note; literal phrases allow any spacing or a hyphen
# between words. `re:` patterns are RE2 (see docs/lexicon-format.md).
@kind findings

# Pain travelling from the back into a leg.
radiating_leg_pain	re:(?:pain|symptoms?|discomfort|ache)\s+(?:that\s+|which\s+)?(?:radiat\w*|shoot\w*|travel\w*|go(?:es|ing)|extend\w*|refer\w*)\s+(?:down|into|to|through|along)\s+(?:the\s+|his\s+|her\s+|their\s+|both\s+)?(?:(?:left|right|l|r|lt|rt|bilateral|bilat|posterior|lateral|anterior)\s+){0,2}(?:legs?|thighs?|calf|calves|foot|feet|lower\s+extremit(?:y|ies)|les?|bles?|knees?|ankles?|toes?)
radiating_leg_pain	re:(?:radiat\w*|shoot\w*)\s+(?:pain\s+)?(?:down|into|to)\s+(?:the\s+|his\s+|her\s+|both\s+)?(?:(?:left|right|l|r|lt|rt|bilateral|bilat|posterior|lateral)\s+){0,2}(?:legs?|thighs?|calf|calves|foot|feet|lower\s+extremit(?:y|ies)|les?|bles?)
radiating_leg_pain	radiating leg pain
radiating_leg_pain	radiating pain
radiating_leg_pain	radicular pain
radiating_leg_pain	re:(?:(?:left|right|l|r|bilateral|bilat)\s+)?leg\s+pain
radiating_leg_pain	re:pain\s+(?:in|into)\s+(?:the\s+|his\s+|her\s+|both\s+)?(?:(?:left|right|l|r|bilateral|bilat)\s+)?legs?

# Numbness, tingling, pins and needles in a leg or foot.
leg_paresthesia	re:(?:numbness|tingling|paresthesias?|parasthesias?|paraesthesias?|pins\s+and\s+needles|n/t)(?:\s*(?:,|or|and|/)\s*(?:numbness|tingling|paresthesias?))*\s+(?:in|of|down|into|to|along|involving)\s+(?:the\s+|his\s+|her\s+|both\s+)?(?:(?:left|right|l|r|lt|rt|bilateral|bilat|lateral|medial|plantar|dorsal)\s+){0,2}(?:legs?|thighs?|calf|calves|foot|feet|toes?|lower\s+extremit(?:y|ies)|les?|bles?|shins?)
leg_paresthesia	re:(?:legs?|foot|feet|toe)\s+(?:numbness|tingling|paresthesias?)
leg_paresthesia	paresthesia
leg_paresthesia	paresthesias
leg_paresthesia	parasthesia
leg_paresthesia	parasthesias

# Straight leg raise and slump test (the sign itself; "negative" is a cue).
slr_sign	straight leg raise
slr_sign	straight leg raising
slr_sign	straight leg raise test
slr_sign	slr
slr_sign	+slr
slr_sign	slump test
slr_sign	crossed straight leg raise

# The diagnosis named.
radiculopathy	radiculopathy
radiculopathy	radiculitis
radiculopathy	sciatica
radiculopathy	lumbar radiculopathy
