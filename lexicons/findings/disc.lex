# Intervertebral disc findings: degeneration and herniation (usually from imaging).
@kind findings

disc_degeneration	degenerative disc disease
disc_degeneration	degenerative disk disease
disc_degeneration	degenerative disc
disc_degeneration	degenerative disk
disc_degeneration	ddd
disc_degeneration	disc degeneration
disc_degeneration	disk degeneration
disc_degeneration	discogenic
disc_degeneration	discogenic pain
disc_degeneration	internal disc disruption
disc_degeneration	annular tear
disc_degeneration	annular fissure
disc_degeneration	degenerated disc
disc_degeneration	degenerated disk
disc_degeneration	degenerative changes of the disc
disc_degeneration	spondylosis
disc_degeneration	lumbar spondylosis
disc_degeneration	re:(?:disc|disk)\s+(?:space\s+)?(?:desiccation|dessication|desication|narrowing|height\s+loss|collapse)
disc_degeneration	re:desiccat\w*|dessicat\w*|desicat\w*
disc_degeneration	re:(?:loss|decrease|reduction)\s+(?:of|in)\s+(?:\w+\s+){0,2}(?:disc|disk)\s+(?:space\s+)?height
disc_degeneration	re:(?:narrowed|narrowing\s+of\s+the)\s+(?:\w+\s+){0,2}(?:disc|disk)\s+spaces?
disc_degeneration	re:(?:degenerative|degeneration)\s+(?:\w+\s+){0,2}(?:disc|disk|discs|disks)
disc_degeneration	re:(?:multilevel|multi-level|mild|moderate|severe|advanced)\s+(?:disc|disk)\s+disease
disc_degeneration	re:(?:black|dark)\s+(?:disc|disk)
disc_degeneration	vacuum disc phenomenon

disc_herniation	hnp
disc_herniation	herniated nucleus pulposus
disc_herniation	herniated disc
disc_herniation	herniated disk
disc_herniation	disc herniation
disc_herniation	disk herniation
disc_herniation	disc herniations
disc_herniation	herniation
disc_herniation	herniations
disc_herniation	herniated
disc_herniation	slipped disc
disc_herniation	ruptured disc
disc_herniation	ruptured disk
disc_herniation	disc protrusion
disc_herniation	disk protrusion
disc_herniation	protrusion
disc_herniation	protrusions
disc_herniation	protruding disc
disc_herniation	disc extrusion
disc_herniation	extrusion
disc_herniation	extruded disc
disc_herniation	extruded
disc_herniation	sequestered disc
disc_herniation	sequestration
disc_herniation	disc fragment
disc_herniation	free fragment
disc_herniation	disc bulge
disc_herniation	disk bulge
disc_herniation	bulging disc
disc_herniation	bulging disk
disc_herniation	bulge
disc_herniation	bulges
disc_herniation	bulging
disc_herniation	diffuse bulge
disc_herniation	disc osteophyte complex
disc_herniation	re:(?:central|paracentral|foraminal|extraforaminal|far\s+lateral|posterolateral|broad[-\s]based|focal)\s+(?:disc\s+|disk\s+)?(?:herniation|protrusion|extrusion|bulge)

# Phrases the audit corpus (corpora/audit) relies on, first written with the audit rules.
disc_degeneration	disc desiccation
disc_degeneration	loss of disc height
