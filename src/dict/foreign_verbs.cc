// LoadForeignVerbs. Both formats list verbs, each with a default code, then
// patterns ("- ..."). TABARI gives every verb its own patterns; PETRARCH groups
// verbs under a "--- NAME [code] ---" header and the block's patterns apply to
// every verb in it.
#include <algorithm>
#include <fstream>
#include <unordered_map>

#include "core/text_util.h"
#include "dict/foreign_readers.h"

namespace casus {
namespace {

struct BlockVerb {
  WordId trigger = kNoWord;
  std::vector<PatternElement> extra;  // a multi-word verb's other words ("APPRECIATE POSITION")
  std::vector<PatternElement> before;  // PETRARCH "WIRE_+TAP": its words before the verb
  WordId form = kNoWord;              // TABARI: as written, and how words fit it
  VerbPattern::FormKind form_kind = VerbPattern::FormKind::kAny;
  std::string code;                   // its own code, or the block's
  std::string text;
  uint32_t line = 0;
  // PETRARCH: the written forms the verb is keyed by (VerbDictionary::AddForm);
  // empty for the copies filed under other lemmas.
  std::vector<WordId> forms;
  bool time = false;  // a TABARI <TIME> phrase
};

// PETRARCH's forms of a verb (its make_verb_forms): the verb itself and, unless
// its irregular forms are listed ("BREAK { BROKE BROKEN }"), "+S", "+D" or
// "+ED", and "+ING" (dropping a final 'e'). A multi-word verb is keyed by the
// word marked '+' ("+CARRY_OUT { +CARRIED_OUT ... }": "carried").
std::vector<std::string> PetrarchVerbForms(const std::string& verb, std::string_view listed) {
  std::vector<std::string> forms{verb};
  if (!listed.empty()) {
    for (std::string_view f : SplitFields(listed, ' ')) {
      f = Trim(f);
      std::string_view key;
      for (std::string_view piece : SplitFields(f, '_'))
        if (key.empty() || (!piece.empty() && piece[0] == '+')) key = piece;
      if (!key.empty() && key[0] == '+') key.remove_prefix(1);
      if (!key.empty()) forms.push_back(AsciiLower(key));
    }
  } else if (!verb.empty()) {
    forms.push_back(verb + "s");
    if (verb.back() == 'e') {
      forms.push_back(verb + "d");
      forms.push_back(verb.substr(0, verb.size() - 1) + "ing");
    } else {
      forms.push_back(verb + "ed");
      forms.push_back(verb + "ing");
    }
  }
  std::sort(forms.begin(), forms.end());
  forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
  return forms;
}

// WordNet's irregular verb forms ("shot shoot"), when the system has them:
// dictionaries list inflected verbs ("SHOT", "CARRIED_OUT") and the coder
// looks patterns up by lemma.
const std::unordered_map<std::string, std::string>& IrregularVerbs() {
  static const std::unordered_map<std::string, std::string> table = [] {
    std::unordered_map<std::string, std::string> t;
    std::ifstream in("/usr/share/wordnet/verb.exc");
    std::string form, lemma;
    while (in >> form >> lemma) {
      t.emplace(form, lemma);
      in.ignore(1 << 10, '\n');
    }
    return t;
  }();
  return table;
}

// TABARI verbs are stems unless they end in '_' ("RESTOR" matches "restored"),
// and some are inflected ("ATTACKED"). The coder looks patterns up by lemma,
// so a verb is filed under the lemmas it may stand for.
std::vector<std::string> TabariVerbLemmas(const std::string& w, bool stem) {
  std::vector<std::string> out{w};
  if (auto it = IrregularVerbs().find(w); it != IrregularVerbs().end()) out.push_back(it->second);
  auto ends = [&](std::string_view e) { return w.size() > e.size() + 2 && w.compare(w.size() - e.size(), e.size(), e) == 0; };
  if (stem && w.back() != 'e') out.push_back(w + "e");
  if (ends("ied")) {
    out.push_back(w.substr(0, w.size() - 3) + "y");
  } else if (ends("ies")) {
    out.push_back(w.substr(0, w.size() - 3) + "y");
  } else if (ends("ed")) {
    out.push_back(w.substr(0, w.size() - 2));
    out.push_back(w.substr(0, w.size() - 1));
  } else if (ends("ing")) {
    out.push_back(w.substr(0, w.size() - 3));
    out.push_back(w.substr(0, w.size() - 3) + "e");
  } else if (ends("s") && !ends("ss")) {
    out.push_back(w.substr(0, w.size() - 1));
  }
  std::sort(out.begin() + 1, out.end());
  out.erase(std::unique(out.begin() + 1, out.end()), out.end());
  return out;
}

// TABARI and PETRARCH let any words come between pattern words within the
// clause (the matcher still stops at commas and semicolons).
constexpr uint8_t kForeignGap = 255;

struct BlockPattern {
  VerbPattern pattern;  // before/rest/codes; trigger filled per verb
};

// The code of a TABARI <TIME> phrase: days to shift ("-7", "+30"), or the
// null ("- - -"), discard ("###") or complex ("+++") code (manual 10.5).
std::string ApplyTimeCode(std::string_view code, CodeTarget target, VerbPattern& pattern) {
  std::string c;
  for (char ch : code)
    if (!IsAsciiSpace(ch)) c += ch;
  pattern.time_phrase = true;
  pattern.null_code = true;
  pattern.cameo = static_cast<uint16_t>(target.cameo.AddUncatalogued("---"));
  if (c == "---") return "";
  if (c == "###" || c == "+++") {
    pattern.time_special = c[0];
    return "";
  }
  size_t k = c.empty() || (c[0] != '+' && c[0] != '-') ? 0 : 1;
  if (k == c.size()) return "malformed time-shift code '" + std::string(code) + "'";
  int days = 0;
  for (; k < c.size(); ++k) {
    if (!std::isdigit(static_cast<unsigned char>(c[k]))) return "malformed time-shift code '" + std::string(code) + "'";
    days = std::min(days * 10 + (c[k] - '0'), 8192);  // TABARI's limit (10.5)
  }
  pattern.time_shift = static_cast<int16_t>(c[0] == '-' ? -days : days);
  return "";
}

class VerbReader {
 public:
  VerbReader(const std::string& path, ForeignFormat format, DictionaryTargets& t, DiagnosticSink* sink)
      : path_(path), format_(format), t_(t), sink_(sink) {}

  size_t Run() {
    std::ifstream in(path_);
    if (!in) return Error(0, "cannot open verb dictionary");
    file_ = t_.verbs.AddFile(path_);
    ForeignLines lines(in, format_);
    std::string_view s;
    bool blank = false;
    while (lines.Next(s, blank)) {
      line_ = lines.line();
      if (blank) synset_.clear();
      if (s.empty()) continue;
      Line(s);
    }
    Flush();
    return errors_;
  }

 private:
  size_t Error(uint32_t line, std::string message) {
    ++errors_;
    if (sink_) sink_->Report({Severity::kError, path_, line, std::move(message)});
    return errors_;
  }
  void Warn(std::string message) {
    if (sink_) sink_->Report({Severity::kWarning, path_, line_, std::move(message)});
  }

  void Line(std::string_view s) {
    if (s[0] == '<') {
      std::string tag = AsciiLower(s);
      if (tag == "<synsets>") section_ = kSynsets;
      else if (tag == "<time>") section_ = format_ == ForeignFormat::kTabari ? kTime : kIgnored;
      else if (tag == "</synsets>" || tag == "</time>") section_ = kNone;
      else Warn("unknown section '" + std::string(s) + "' ignored");
      synset_.clear();
      return;
    }
    if (section_ == kIgnored) return;
    if (section_ == kTime) {
      // "- * AND A WEEK [+8]", "YESTERDAY [-1]", "FOREVER_AND_A_DAY [- - -]":
      // roots and patterns as for verbs (10.5); the code's blanks go.
      std::string line(s);
      size_t open = line.rfind('['), close = line.rfind(']');
      if (open != std::string::npos && close != std::string::npos && close > open) {
        std::string code = line.substr(open + 1, close - open - 1);
        std::erase_if(code, [](char c) { return IsAsciiSpace(c); });
        line = line.substr(0, open) + "[" + code + "]" + line.substr(close + 1);
      }
      held_ = std::move(line);
      if (held_[0] == '-') return Pattern(std::string_view(held_).substr(1));
      return Verb(held_);
    }
    if (s[0] == '&') {
      std::string name = std::string(Trim(s));
      for (char& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      if (name.find_first_of(" \t[") != std::string::npos) {
        Error(line_, "synset name '" + name + "' has spaces or a code");
        return;
      }
      if (t_synsets_.count(name)) Warn("synset '" + name + "' defined twice; members are merged");
      synset_ = name;
      t_synsets_[name];
      return;
    }
    if (s[0] == '+' && !synset_.empty()) {
      std::string member(Trim(s.substr(1)));
      if (member.empty()) Error(line_, "empty synset member");
      else t_synsets_[synset_].push_back(member);
      return;
    }
    if (section_ == kSynsets) {
      Error(line_, "expected '&NAME' or '+member' inside <SYNSETS>");
      return;
    }
    synset_.clear();
    if (s[0] == '~') {  // PETRARCH 2 transformation rules ("~ a (a b ATTACK) SAY = a b 015")
      if (!transformations_noted_) Warn("PETRARCH transformation rules ('~' lines) are not supported; skipped");
      transformations_noted_ = true;
      return;
    }
    if (s.substr(0, 3) == "---") return Header(s);
    if (s[0] == '-') return Pattern(s.substr(1));
    if (s[0] == '{') return Forms(s);
    Verb(s);
  }

  void Header(std::string_view s) {
    Flush();
    broken_verb_ = false;
    std::string_view inside = Trim(s.substr(3));
    // "---  DELAY   [120]---  ---": the closing dashes vary.
    while (!inside.empty() && (inside.back() == '-' || IsAsciiSpace(inside.back()))) inside.remove_suffix(1);
    header_broken_ = true;
    std::vector<CodeBlock> blocks;
    std::string_view name;
    std::string error = ParseCodeBlocks(inside, blocks, name);
    if (!error.empty()) {
      Error(line_, error);
      block_code_.clear();
      return;
    }
    if (blocks.empty()) {
      Error(line_, "a verb block header needs a [code]");
      block_code_.clear();
      return;
    }
    if (blocks.size() > 1) Warn("verb block header has several codes; the first is used");
    block_code_ = blocks[0].code;
    header_broken_ = false;
  }

  // "{ BROKE_ BROKEN_ }": irregular forms of the verb above.
  void Forms(std::string_view s) {
    size_t close = s.find('}');
    if (close == std::string_view::npos) {
      Error(line_, "'{' without '}' in irregular forms");
      return;
    }
    if (verbs_.empty()) {
      Error(line_, "irregular forms with no verb before them");
      return;
    }
    AddForms(s.substr(1, close - 1), verbs_.back());
  }

  void AddForms(std::string_view list, BlockVerb base) {  // a copy: verbs_ grows below
    for (std::string_view f : SplitFields(list, ' ')) {
      f = Trim(f);
      const bool exact = !f.empty() && f.back() == '_';  // else a stem ("ACTUALITY": actualityss)
      while (!f.empty() && f.back() == '_') f.remove_suffix(1);
      if (f.empty()) continue;
      BlockVerb form = base;
      form.forms.clear();
      if (f.find('_') != std::string_view::npos) {
        // "BROKEN_DOWN_": the lemma covers it. PETRARCH keys a verb by its
        // written form: "{+CORDONED_OFF}", "{WIRE_+TAPPED}" add the form of
        // the verb ('+') when our lemmatizer may not reach the lemma
        // (the verb "cordon" is only "cordon off" in WordNet).
        if (format_ != ForeignFormat::kPetrarch || base.extra.size() + base.before.size() == 0) continue;
        if (f.front() == '+') f.remove_prefix(1);
        if (size_t plus = f.find("_+"); plus != std::string_view::npos) f.remove_prefix(plus + 2);
        f = f.substr(0, f.find('_'));
        std::string head = AsciiLower(f);
        if (head.empty() || t_.vocab.Intern(head) == base.trigger) continue;
        form.trigger = t_.vocab.Intern(head);
        verbs_.push_back(std::move(form));
        continue;
      }
      form.trigger = t_.vocab.Intern(AsciiLower(f));
      form.text = std::string(f);
      if (format_ == ForeignFormat::kTabari) {
        form.form = form.trigger;
        form.form_kind = exact ? VerbPattern::FormKind::kEndings : VerbPattern::FormKind::kStem;
      }
      verbs_.push_back(std::move(form));
    }
  }

  void Verb(std::string_view s) {
    if (format_ == ForeignFormat::kTabari) Flush();
    broken_verb_ = true;  // until the line parses: its patterns are then skipped quietly
    std::vector<CodeBlock> blocks;
    std::string_view text;
    std::string error = ParseCodeBlocks(s, blocks, text);
    if (!error.empty()) {
      Error(line_, error);
      return;
    }
    if (blocks.size() > 1) {
      Error(line_, "a verb takes one [code]");
      return;
    }
    std::string_view forms;
    if (size_t open = text.find('{'); open != std::string_view::npos) {
      size_t close = text.find('}', open);
      if (close == std::string_view::npos) {
        Error(line_, "'{' without '}' in irregular forms");
        return;
      }
      forms = text.substr(open + 1, close - open - 1);
      text = Trim(text.substr(0, open));
    }
    if (!text.empty() && text[0] == '+') text.remove_prefix(1);  // PETRARCH multi-word verb
    // PETRARCH "WIRE_+TAP": '+' marks the verb; the words before it precede it.
    std::string_view preceding;
    if (size_t plus = text.find("_+"); format_ == ForeignFormat::kPetrarch && plus != std::string_view::npos) {
      preceding = text.substr(0, plus);
      text.remove_prefix(plus + 2);
    }
    const bool exact_form = format_ == ForeignFormat::kTabari && !text.empty() && text.back() == '=';
    std::string spaced(text);
    for (char& c : spaced)
      if (c == '_' || c == '=') c = ' ';
    std::vector<std::string_view> words;
    for (std::string_view w : SplitFields(spaced, ' '))
      if (!Trim(w).empty()) words.push_back(Trim(w));
    if (words.empty()) {
      Error(line_, "verb line has no verb");
      return;
    }
    for (char c : words[0])
      if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '\'')) {
        Error(line_, "unexpected '" + std::string(1, c) + "' in verb '" + std::string(text) + "'");
        return;
      }
    BlockVerb verb;
    std::string lemma = AsciiLower(words[0]);
    verb.trigger = t_.vocab.Intern(lemma);
    for (size_t k = 1; k < words.size(); ++k) {
      PatternElement el;
      el.lemma = t_.vocab.Intern(AsciiLower(words[k]));
      // TABARI "SHOT_AND_WOUND": consecutive words ("DEATH TOLL RISEN" lets others between).
      size_t at = static_cast<size_t>(words[k].data() - spaced.data());
      el.joined = format_ == ForeignFormat::kTabari && at > 0 && text[at - 1] == '_';
      verb.extra.push_back(el);
    }
    for (std::string_view w : SplitFields(preceding, '_')) {
      if (Trim(w).empty()) continue;
      PatternElement el;
      el.lemma = t_.vocab.Intern(AsciiLower(Trim(w)));
      el.joined = true;
      verb.before.push_back(el);
    }
    verb.code = blocks.empty() ? block_code_ : blocks[0].code;
    verb.time = section_ == kTime;
    if (VerbPattern scratch; verb.time) {
      std::string time_error = ApplyTimeCode(verb.code, {t_.cameo, sink_, path_, line_}, scratch);
      if (!time_error.empty()) {
        Error(line_, time_error);
        return;
      }
    }
    if (format_ == ForeignFormat::kTabari && words.size() == 1) {
      verb.form = t_.vocab.Intern(lemma);
      verb.form_kind = exact_form                ? VerbPattern::FormKind::kExact
                       : text.back() == '_'      ? VerbPattern::FormKind::kEndings
                                                 : VerbPattern::FormKind::kStem;
    }
    if (verb.code.empty()) {
      if (header_broken_) return;  // reported at the header
      Error(line_, "verb '" + std::string(text) + "' has no [code] and no block header gives one");
      return;
    }
    verb.text = preceding.empty() ? std::string(text) : std::string(preceding) + "_+" + std::string(text);
    verb.line = line_;
    if (format_ == ForeignFormat::kPetrarch)
      for (const std::string& form : PetrarchVerbForms(lemma, forms)) verb.forms.push_back(t_.vocab.Intern(form));
    verbs_.push_back(verb);
    verb.forms.clear();  // the copies below are filed under other lemmas
    bool stem = !text.empty() && text.back() != '_' && !exact_form && words.size() == 1;
    bool multi_word = words.size() > 1;
    if (format_ == ForeignFormat::kTabari || multi_word)
      for (const std::string& variant : TabariVerbLemmas(lemma, stem && format_ == ForeignFormat::kTabari))
        if (variant != lemma) {
          BlockVerb other = verb;
          other.trigger = t_.vocab.Intern(variant);
          verbs_.push_back(std::move(other));
        }
    // PETRARCH lists some verbs by an irregular form ("--- SAID [023] ---",
    // "LEFT"); the coder looks verbs up by lemma.
    if (format_ == ForeignFormat::kPetrarch && !multi_word)
      if (auto it = IrregularVerbs().find(lemma); it != IrregularVerbs().end() && it->second != lemma) {
        BlockVerb other = verb;
        other.trigger = t_.vocab.Intern(it->second);
        verbs_.push_back(std::move(other));
      }
    broken_verb_ = false;
    if (!forms.empty()) AddForms(forms, verb);
  }

  void Pattern(std::string_view s) {
    if (verbs_.empty()) {
      if (!broken_verb_) Error(line_, "pattern with no verb before it");
      return;
    }
    size_t open = s.rfind('[');
    size_t close = s.rfind(']');
    if (open == std::string_view::npos || close == std::string_view::npos || close < open) {
      Error(line_, "pattern has no [code]");
      return;
    }
    BlockPattern bp;
    std::string_view code = s.substr(open + 1, close - open - 1);
    if (section_ == kTime && (verbs_.empty() || !verbs_.back().time)) {
      Error(line_, "time-shift pattern with no time phrase before it");
      return;
    }
    std::string error = section_ == kTime ? ApplyTimeCode(code, {t_.cameo, sink_, path_, line_}, bp.pattern)
                                          : ApplyEventCode(code, {t_.cameo, sink_, path_, line_}, bp.pattern);
    if (error.empty())
      error = ParseForeignPattern(s.substr(0, open), format_, t_synsets_, t_.split, t_.vocab, bp.pattern);
    if (!error.empty()) {
      Error(line_, error + " in '" + std::string(Trim(s)) + "'");
      return;
    }
    bp.pattern.text = std::string(Trim(s.substr(0, open)));
    bp.pattern.line = line_;
    bp.pattern.petrarch = format_ == ForeignFormat::kPetrarch;
    patterns_.push_back(std::move(bp));
  }

  // Emits the block: each verb alone with its code, then each pattern for each verb.
  void Flush() {
    for (const BlockVerb& verb : verbs_) {
      VerbPattern bare;
      std::string error = verb.time ? ApplyTimeCode(verb.code, {t_.cameo, sink_, path_, verb.line}, bare)
                                    : ApplyEventCode(verb.code, {t_.cameo, sink_, path_, verb.line}, bare);
      if (!error.empty()) {
        Error(verb.line, error);
        continue;
      }
      if (!bare.null_code || !verb.extra.empty() || !verb.before.empty() || verb.time) {
        bare.trigger = verb.trigger;
        bare.rest = verb.extra;
        bare.before = verb.before;
        bare.root_words = static_cast<uint8_t>(std::min<size_t>(verb.extra.size(), 255));
        bare.form = verb.form;
        bare.form_kind = verb.form_kind;
        bare.words = static_cast<uint16_t>(verb.extra.size() + verb.before.size());
        bare.file = file_;
        bare.line = verb.line;
        bare.text = verb.text;
        bare.max_gap = kForeignGap;
        bare.petrarch = format_ == ForeignFormat::kPetrarch;
        const uint32_t index = t_.verbs.Add(std::move(bare));
        for (WordId form : verb.forms) t_.verbs.AddForm(form, index);
      }
      for (const BlockPattern& bp : patterns_) {
        VerbPattern p = bp.pattern;
        p.trigger = verb.trigger;
        p.rest.insert(p.rest.begin(), verb.extra.begin(), verb.extra.end());
        p.before.insert(p.before.end(), verb.before.begin(), verb.before.end());
        p.root_words = static_cast<uint8_t>(std::min<size_t>(verb.extra.size(), 255));
        p.form = verb.form;
        p.form_kind = verb.form_kind;
        p.words = static_cast<uint16_t>(p.words + verb.extra.size() + verb.before.size());
        p.file = file_;
        p.text = verb.text + ": " + p.text;
        p.max_gap = kForeignGap;
        const uint32_t index = t_.verbs.Add(std::move(p));
        for (WordId form : verb.forms) t_.verbs.AddForm(form, index);
      }
    }
    verbs_.clear();
    patterns_.clear();
  }

  enum Section { kNone, kSynsets, kTime, kIgnored };
  const std::string& path_;
  ForeignFormat format_;
  DictionaryTargets& t_;
  DiagnosticSink* sink_;
  SynsetTable t_synsets_;
  std::string synset_, block_code_;
  std::vector<BlockVerb> verbs_;
  std::vector<BlockPattern> patterns_;
  Section section_ = kNone;
  bool broken_verb_ = false;
  bool header_broken_ = false;
  bool transformations_noted_ = false;
  std::string held_;  // a <TIME> line with its code's blanks removed
  uint32_t file_ = 0, line_ = 0;
  size_t errors_ = 0;
};

}  // namespace

size_t LoadForeignVerbs(const std::string& path, ForeignFormat format, DictionaryTargets& targets,
                        DiagnosticSink* sink) {
  return VerbReader(path, format, targets, sink).Run();
}

}  // namespace casus
