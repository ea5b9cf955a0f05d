// Markup: the text of a note that arrives as HTML or RTF (a FHIR attachment of type
// text/html or application/rtf, or a JSON or CSV note's text that markup_of() finds written
// in one: io::complete_record() converts it), as the plain text dxaudit analyses.
//
//   std::string text, error;
//   if (html_to_text("<p>Low back pain.</p><p>No <b>radicular</b> signs.</p>", "", &text, &error))
//     ... text == "Low back pain.\nNo radicular signs."
//
// HTML is parsed by libxml2's HTML parser (htmlReadMemory, which recovers from the broken
// markup real exports hold, and never touches the network); the text is what its tree
// shows: character references decoded, runs of white space one space (as a browser shows
// them, but inside <pre>), a line break around every block element (p, div, li, tr, h1-h6,
// table, br, ...), a tab between table cells, nothing of <head>, <script> or <style>.
// RTF: control words and symbols stripped, the groups no reader shows skipped (font and
// colour tables, style sheets, document info, pictures, objects, field instructions, any
// \* destination), \par and \line become line breaks, \tab and \cell tabs, \'hh bytes read
// as Windows-1252 and \uN as Unicode, both written as UTF-8.
//
// Callers may rely on: the text is UTF-8 (for HTML, bytes that are not valid in the given
// charset are replaced by libxml2); the same input always gives the same text, so that the
// offsets of a record read from converted text are reproducible (`dxaudit scan --format
// brat` writes that text as NOTE.txt); no exception; false, with *error, only for input that
// is not HTML or RTF at all.
#pragma once

#include <string>
#include <string_view>

namespace dxaudit::io {

// What a note's text is written in, told by its content: RTF when it starts (after white
// space) with "{\rtf"; HTML when it starts with a tag of an HTML document or block
// ("<html", "<!DOCTYPE html", "<body", "<div", "<p", "<table", "<br", "<span", "<font",
// "<h1".."<h6") or holds two or more line-break or block ends ("<br>", "<br/>", "</p>",
// "</div>", "</tr>", "</li>") anywhere; else plain. A '<' in prose ("pain <5/10") is none
// of these. Cheap on plain text: one memchr for '<'.
enum class Markup { kPlain, kHtml, kRtf };
Markup markup_of(std::string_view text);

// `charset`: the attachment's charset parameter, or empty for UTF-8.
bool html_to_text(std::string_view html, std::string_view charset, std::string* text,
                  std::string* error);

bool rtf_to_text(std::string_view rtf, std::string* text, std::string* error);

}  // namespace dxaudit::io
