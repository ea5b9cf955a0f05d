# Structural findings of the lumbar spine.
@kind findings

spondylolisthesis	spondylolisthesis
spondylolisthesis	spondylolistheses
spondylolisthesis	spondylolysthesis
spondylolisthesis	spondylothesis
spondylolisthesis	anterolisthesis
spondylolisthesis	retrolisthesis
spondylolisthesis	listhesis
spondylolisthesis	spondylolysis
spondylolisthesis	pars defect
spondylolisthesis	pars defects
spondylolisthesis	pars interarticularis defect
spondylolisthesis	pars fracture
spondylolisthesis	re:grade\s+(?:i{1,3}|iv|[1-4])\s+(?:\w+\s+)?(?:slip|listhesis|spondylolisthesis|anterolisthesis)
spondylolisthesis	re:(?:l[1-5])\s+on\s+(?:l[1-5]|s1)\s+(?:slip|listhesis|anterolisthesis|spondylolisthesis)
spondylolisthesis	re:(?:anterior|forward)\s+slip(?:page)?\s+of\s+(?:l[1-5])

spinal_stenosis	spinal stenosis
spinal_stenosis	lumbar stenosis
spinal_stenosis	canal stenosis
spinal_stenosis	central stenosis
spinal_stenosis	central canal stenosis
spinal_stenosis	foraminal stenosis
spinal_stenosis	foraminal narrowing
spinal_stenosis	neural foraminal narrowing
spinal_stenosis	neuroforaminal narrowing
spinal_stenosis	neuroforaminal stenosis
spinal_stenosis	lateral recess stenosis
spinal_stenosis	recess stenosis
spinal_stenosis	canal narrowing
# Bare 'stenosis' is spinal in a back note; 'aortic stenosis' is a known false positive.
spinal_stenosis	stenosis
spinal_stenosis	re:(?:(?:mild|mildly|moderate|moderately|severe|severely|significant|critical|multilevel|multi-level|bilateral|left|right|central|canal|foraminal|neural|neuroforaminal|spinal|lumbar|recess|lateral|subarticular)\s+){1,4}stenosis
spinal_stenosis	neurogenic claudication
spinal_stenosis	pseudoclaudication
spinal_stenosis	re:narrowing\s+of\s+the\s+(?:\w+\s+){0,2}(?:canal|foram\w*|lateral\s+recess)
spinal_stenosis	re:(?:canal|foraminal|foramina|foramen)\s+(?:is\s+|are\s+)?(?:mildly\s+|moderately\s+|severely\s+)?(?:narrowed|compromised|stenotic)

vertebral_fracture	compression fracture
vertebral_fracture	compression fractures
vertebral_fracture	vertebral fracture
vertebral_fracture	vertebral fractures
vertebral_fracture	burst fracture
vertebral_fracture	chance fracture
vertebral_fracture	wedge fracture
vertebral_fracture	vertebral body fracture
vertebral_fracture	fracture of the vertebra
vertebral_fracture	transverse process fracture
vertebral_fracture	transverse process fractures
vertebral_fracture	spinous process fracture
vertebral_fracture	vertebral compression deformity
vertebral_fracture	insufficiency fracture
vertebral_fracture	re:(?:l[1-5]|t1[0-2]|s1|lumbar|thoracolumbar|vertebral)\s+(?:vertebral\s+)?(?:body\s+)?(?:compression\s+|burst\s+|wedge\s+)?fractures?
vertebral_fracture	re:fracture\s+of\s+(?:the\s+)?(?:l[1-5]|t1[0-2]|lumbar\s+spine|lumbar\s+vertebra\w*|vertebral\s+body)
vertebral_fracture	re:(?:acute|compression|burst|wedge|vertebral|spinal|pathologic|osteoporotic)\s+fractures?
