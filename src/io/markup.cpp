#include "io/markup.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <cctype>
#include <climits>
#include <cstdint>
#include <mutex>
#include <vector>

#include "io/utf8.h"

namespace dxaudit::io {

namespace {

void append_utf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | cp >> 6));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | cp >> 12));
    out->push_back(static_cast<char>(0x80 | (cp >> 6 & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | cp >> 18));
    out->push_back(static_cast<char>(0x80 | (cp >> 12 & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp >> 6 & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// ---- HTML ------------------------------------------------------------------------------

// Builds the text of an HTML tree: white space collapsed outside <pre>, line breaks
// around blocks, at most one blank line in a row.
class TextBuilder {
 public:
  explicit TextBuilder(std::string* out) : out_(out) {}

  void text(std::string_view s, bool pre) {
    for (size_t i = 0; i < s.size(); ++i) {
      const char c = s[i];
      if (pre) {
        if (c != '\r') out_->push_back(c);
        continue;
      }
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        space_ = true;
        continue;
      }
      if (space_ && !out_->empty() && out_->back() != '\n' && out_->back() != '\t')
        out_->push_back(' ');
      space_ = false;
      if (c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') {  // no-break space
        out_->push_back(' ');
        ++i;
        continue;
      }
      out_->push_back(c);
    }
  }
  // Ends the line, unless it is empty (a block after a block makes no blank line).
  void break_line() {
    trim_spaces();
    if (!out_->empty() && out_->back() != '\n') out_->push_back('\n');
  }
  // A <br>: always a new line, but never more than one blank line in a row.
  void line_feed() {
    trim_spaces();
    if (out_->size() >= 2 && out_->ends_with("\n\n")) return;
    if (!out_->empty()) out_->push_back('\n');
  }
  void cell_gap() {
    trim_spaces();
    if (!out_->empty() && out_->back() != '\n') out_->push_back('\t');
  }
  void finish() {
    trim_spaces();
    while (!out_->empty() && out_->back() == '\n') out_->pop_back();
  }

 private:
  void trim_spaces() {
    space_ = false;
    while (!out_->empty() && out_->back() == ' ') out_->pop_back();
  }
  std::string* out_;
  bool space_ = false;
};

bool named(const xmlNode* n, std::initializer_list<const char*> names) {
  const char* name = reinterpret_cast<const char*>(n->name);
  if (name == nullptr) return false;
  for (const char* candidate : names)
    if (xmlStrcasecmp(n->name, reinterpret_cast<const xmlChar*>(candidate)) == 0) return true;
  return false;
}

bool is_block(const xmlNode* n) {
  return named(n, {"p",          "div",     "li",         "ul",     "ol",     "dl",    "dt",
                   "dd",         "table",   "tr",         "thead",  "tbody",  "tfoot", "caption",
                   "h1",         "h2",      "h3",         "h4",     "h5",     "h6",    "pre",
                   "blockquote", "section", "article",    "header", "footer", "nav",   "aside",
                   "address",    "figure",  "figcaption", "hr",     "main",   "form",  "fieldset",
                   "center",     "body",    "html",       "title"});
}

bool is_hidden(const xmlNode* n) {
  return named(n, {"head", "script", "style", "noscript", "template"});
}

void collect_text(xmlNode* root, std::string* out) {
  TextBuilder b(out);
  int pre = 0;
  // Depth-first over the tree without recursion (libxml2 bounds the depth, but a note's
  // converter should not lean on that).
  xmlNode* n = root;
  while (n != nullptr) {
    bool descend = false;
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content != nullptr) b.text(reinterpret_cast<const char*>(n->content), pre > 0);
    } else if (n->type == XML_ELEMENT_NODE && !is_hidden(n)) {
      if (named(n, {"br"})) {
        b.line_feed();
      } else if (named(n, {"td", "th"})) {
        if (n->prev != nullptr) {
          const xmlNode* before = n->prev;
          while (before != nullptr && before->type != XML_ELEMENT_NODE) before = before->prev;
          if (before != nullptr) b.cell_gap();
        }
      } else if (is_block(n)) {
        b.break_line();
      }
      if (named(n, {"pre"})) ++pre;
      descend = n->children != nullptr;
      if (!descend && is_block(n)) b.break_line();
      if (!descend && named(n, {"pre"})) --pre;
    }
    if (descend) {
      n = n->children;
      continue;
    }
    // Leave: to the next sibling, or up, closing each element left.
    while (n != nullptr && n->next == nullptr) {
      n = n->parent;
      if (n == nullptr || n == root->parent || n->type == XML_DOCUMENT_NODE ||
          n->type == XML_HTML_DOCUMENT_NODE) {
        n = nullptr;
        break;
      }
      if (n->type == XML_ELEMENT_NODE) {
        if (named(n, {"pre"})) --pre;
        if (is_block(n)) b.break_line();
      }
    }
    if (n != nullptr) n = n->next;
  }
  b.finish();
}

struct FreeDoc {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};

// ---- RTF -------------------------------------------------------------------------------

bool skipped_destination(std::string_view word) {
  static constexpr std::string_view kSkipped[] = {"fonttbl",
                                                  "colortbl",
                                                  "stylesheet",
                                                  "info",
                                                  "pict",
                                                  "object",
                                                  "header",
                                                  "headerl",
                                                  "headerr",
                                                  "headerf",
                                                  "footer",
                                                  "footerl",
                                                  "footerr",
                                                  "footerf",
                                                  "listtable",
                                                  "listoverridetable",
                                                  "rsidtbl",
                                                  "generator",
                                                  "xmlnstbl",
                                                  "themedata",
                                                  "colorschememapping",
                                                  "datastore",
                                                  "latentstyles",
                                                  "pgdsctbl",
                                                  "revtbl",
                                                  "filetbl",
                                                  "fldinst",
                                                  "mmathPr",
                                                  "listtext",
                                                  "pntext",
                                                  "pntxta",
                                                  "pntxtb",
                                                  "bkmkstart",
                                                  "bkmkend",
                                                  "nonshppict",
                                                  "shpinst",
                                                  "template",
                                                  "private",
                                                  "userprops"};
  for (std::string_view s : kSkipped)
    if (word == s) return true;
  return false;
}

}  // namespace

bool html_to_text(std::string_view html, std::string_view charset, std::string* text,
                  std::string* error) {
  text->clear();
  if (html.find_first_not_of(" \t\r\n") == std::string_view::npos) return true;
  if (html.size() > static_cast<size_t>(INT_MAX)) {
    *error = "the HTML is 2 GiB or more";
    return false;
  }
  static std::once_flag init;
  std::call_once(init, [] { xmlInitParser(); });
  const std::string encoding = charset.empty() ? std::string("UTF-8") : std::string(charset);
  std::unique_ptr<xmlDoc, FreeDoc> doc(htmlReadMemory(
      html.data(), static_cast<int>(html.size()), nullptr, encoding.c_str(),
      HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET));
  if (!doc) {
    // An unknown charset name is the likely cause: libxml2 gives up before parsing.
    *error = "the HTML could not be parsed (charset '" + encoding + "')";
    return false;
  }
  xmlNode* root = xmlDocGetRootElement(doc.get());
  if (root != nullptr) collect_text(root, text);
  return true;
}

bool rtf_to_text(std::string_view rtf, std::string* text, std::string* error) {
  text->clear();
  size_t start = rtf.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos || rtf.substr(start, 5) != "{\\rtf") {
    *error = "the attachment is not RTF (it does not start with {\\rtf)";
    return false;
  }
  struct Group {
    bool skip = false;
    int uc = 1;  // fallback characters after a \uN
  };
  std::vector<Group> groups{Group{}};
  int fallback = 0;   // fallback characters still to skip
  uint32_t high = 0;  // a high surrogate waiting for its low half
  auto emit = [&](std::string_view s) {
    if (!groups.back().skip) text->append(s);
  };
  for (size_t i = start; i < rtf.size();) {
    const char c = rtf[i];
    if (c == '{') {
      groups.push_back(groups.back());
      ++i;
      if (rtf.substr(i, 2) == "\\*") {  // an ignorable destination
        groups.back().skip = true;
        i += 2;
      }
      continue;
    }
    if (c == '}') {
      if (groups.size() > 1) groups.pop_back();
      ++i;
      continue;
    }
    if (c == '\r' || c == '\n') {
      ++i;
      continue;
    }
    if (c != '\\') {
      if (fallback > 0) {
        --fallback;
      } else if (!groups.back().skip) {
        append_windows_1252(static_cast<unsigned char>(c), text);
      }
      ++i;
      continue;
    }
    // A control word or symbol.
    ++i;
    if (i >= rtf.size()) break;
    const char s = rtf[i];
    if (!((s >= 'a' && s <= 'z') || (s >= 'A' && s <= 'Z'))) {
      ++i;
      switch (s) {
        case '\\':
        case '{':
        case '}':
          if (fallback > 0)
            --fallback;
          else
            emit(std::string_view(&s, 1));
          break;
        case '~':
          emit(" ");
          break;
        case '_':
          emit("-");
          break;
        case '\r':
        case '\n':
          emit("\n");
          break;
        case '\'': {
          int value = 0, digits = 0;
          while (digits < 2 && i < rtf.size()) {
            const char h = rtf[i];
            const int v = h >= '0' && h <= '9'   ? h - '0'
                          : h >= 'a' && h <= 'f' ? h - 'a' + 10
                          : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                                 : -1;
            if (v < 0) break;
            value = value * 16 + v;
            ++digits;
            ++i;
          }
          if (fallback > 0)
            --fallback;
          else if (!groups.back().skip && digits == 2)
            append_windows_1252(static_cast<unsigned char>(value), text);
          break;
        }
        default:  // \- (optional hyphen), \* outside a group start, anything else
          break;
      }
      continue;
    }
    const size_t word_start = i;
    while (i < rtf.size() && ((rtf[i] >= 'a' && rtf[i] <= 'z') || (rtf[i] >= 'A' && rtf[i] <= 'Z')))
      ++i;
    const std::string_view word = rtf.substr(word_start, i - word_start);
    bool negative = false, has_param = false;
    long param = 0;
    if (i < rtf.size() && rtf[i] == '-') {
      negative = true;
      ++i;
    }
    while (i < rtf.size() && rtf[i] >= '0' && rtf[i] <= '9') {
      if (param < 1000000) param = param * 10 + (rtf[i] - '0');
      has_param = true;
      ++i;
    }
    if (negative) param = -param;
    if (i < rtf.size() && rtf[i] == ' ') ++i;  // the delimiter belongs to the word
    if (skipped_destination(word)) {
      groups.back().skip = true;
    } else if (word == "par" || word == "line" || word == "row" || word == "sect" ||
               word == "page") {
      emit("\n");
    } else if (word == "tab" || word == "cell") {
      emit("\t");
    } else if (word == "uc" && has_param) {
      groups.back().uc = static_cast<int>(param < 0 ? 0 : param);
    } else if (word == "u" && has_param) {
      uint32_t unit = static_cast<uint32_t>(param < 0 ? param + 65536 : param) & 0xFFFF;
      if (unit >= 0xD800 && unit <= 0xDBFF) {
        high = unit;
      } else {
        uint32_t cp = unit;
        if (unit >= 0xDC00 && unit <= 0xDFFF)
          cp = high != 0 ? 0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00) : 0xFFFD;
        high = 0;
        if (!groups.back().skip) append_utf8(cp, text);
      }
      fallback = groups.back().uc;
    } else if (word == "emdash") {
      emit("\xE2\x80\x94");
    } else if (word == "endash") {
      emit("\xE2\x80\x93");
    } else if (word == "bullet") {
      emit("\xE2\x80\xA2");
    } else if (word == "lquote") {
      emit("\xE2\x80\x98");
    } else if (word == "rquote") {
      emit("\xE2\x80\x99");
    } else if (word == "ldblquote") {
      emit("\xE2\x80\x9C");
    } else if (word == "rdblquote") {
      emit("\xE2\x80\x9D");
    }
  }
  while (!text->empty() && (text->back() == '\n' || text->back() == ' ')) text->pop_back();
  return true;
}

namespace {

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  return true;
}

// The tag at `s` (which starts with '<') ends its name there: "<p>" and "<p class" are a
// <p>, "<pain" is not.
bool is_tag(std::string_view s, std::string_view name) {
  if (!starts_with_ci(s, name)) return false;
  if (s.size() == name.size()) return false;
  const char next = s[name.size()];
  return next == '>' || next == ' ' || next == '/' || next == '\t' || next == '\n' || next == '\r';
}

}  // namespace

Markup markup_of(std::string_view text) {
  size_t start = 0;
  if (text.starts_with("\xEF\xBB\xBF")) start = 3;
  while (start < text.size() && std::isspace(static_cast<unsigned char>(text[start]))) ++start;
  const std::string_view body = text.substr(start);
  if (body.starts_with("{\\rtf")) return Markup::kRtf;
  if (body.starts_with("<")) {
    if (starts_with_ci(body, "<!doctype html")) return Markup::kHtml;
    for (std::string_view tag : {"<html", "<body", "<div", "<p", "<table", "<br", "<span", "<font",
                                 "<h1", "<h2", "<h3", "<h4", "<h5", "<h6"})
      if (is_tag(body, tag)) return Markup::kHtml;
  }
  int ends = 0;
  for (size_t at = text.find('<'); at != std::string_view::npos; at = text.find('<', at + 1)) {
    const std::string_view s = text.substr(at);
    for (std::string_view tag : {"<br", "</p", "</div", "</tr", "</li"})
      if (is_tag(s, tag)) {
        if (++ends == 2) return Markup::kHtml;
        break;
      }
  }
  return Markup::kPlain;
}

}  // namespace dxaudit::io
