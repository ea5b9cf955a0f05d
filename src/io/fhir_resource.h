// FHIR resources as notes, on the JSON tree: what FhirReader (one resource or Bundle a
// line) and JsonDocumentReader (one JSON document) share. Internal to src/io: it exposes
// nlohmann::json, which the stage's public headers do not.
#pragma once

#include <deque>
#include <nlohmann/json.hpp>

#include "io/note.h"

namespace dxaudit::io {

// Fills *record (its `where` and `fields` set by the caller) from one resource: a
// DocumentReference or a DiagnosticReport (io/fhir_reader.h says which fields come from
// where), or an error record saying what the resource is instead.
void read_fhir_resource(const nlohmann::json& resource, InputRecord* record);

// Appends one record per note resource of `bundle` (entries in order, Bundles inside
// included), each with `where` and `fields` of `prototype`; or one error record when it
// holds no note.
void read_fhir_bundle(const nlohmann::json& bundle, const InputRecord& prototype,
                      std::deque<InputRecord>* out);

}  // namespace dxaudit::io
