# The back pain itself (concept low_back_pain): what M5450_NO_LOW_BACK_PAIN looks for. Its
# region comes from its words: "low back pain" lumbar, "mid back pain" thoracic, "back pain"
# unknown (and so a low back complaint).
@kind findings

low_back_pain	re:(?:(?:low|lower|lumbar|lumbosacral|mid|middle|upper|thoracic|thoracolumbar)\s+)?back\s+(?:pain|ache|aches|discomfort|spasms?)
low_back_pain	backache
low_back_pain	backaches
low_back_pain	lbp
low_back_pain	lumbago
low_back_pain	lumbar pain
low_back_pain	lumbosacral pain
low_back_pain	re:lumbar\s+(?:spine|region)\s+pain
low_back_pain	re:pain\s+in\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:(?:low|lower|mid|upper)\s+)?back
# Placed across or over the low back, or with its side first, as rehab notes write it:
# "sharp pain across the low back", "felt immediate pain low back", "Pain L>R low back",
# "Pain R-sided lumbosacral", "Pain is bilateral lumbar".
low_back_pain	re:pain\s+(?:is\s+)?(?:(?:across|over|at|to|in)\s+)?(?:the\s+|his\s+|her\s+)?(?:(?:l|r|left|right|bilateral|b/l)\s+)?(?:low|lower)\s+(?:back|lumbar(?:\s+(?:region|spine|area))?)\b
low_back_pain	re:pain\s+(?:is\s+)?(?:(?:l|r)\s*>\s*(?:l|r)|(?:l|r|left|right)[-\s]sided|bilateral|b/l|central|midline)\s+(?:(?:low|lower)\s+back|lumbar|lumbosacral)\b
low_back_pain	re:pain\s+(?:in|over|of)\s+(?:the\s+)?(?:lumbar|lumbosacral)\s+(?:spine|region|area)
low_back_pain	re:((?:low|lower)\s+back)\s+(?:and|&|/)\s+(?:(?:left|right|bilateral)\s+)?(?:leg|buttock|hip|flank|groin|abdominal)\s+pain
