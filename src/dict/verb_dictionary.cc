#include "dict/verb_dictionary.h"

#include <algorithm>
#include <fstream>

#include "core/text_util.h"
#include "dict/entry_line.h"

namespace casus {
namespace {

bool IsPatternWord(std::string_view w) {
  for (char c : w)
    if (!((c >= 'a' && c <= 'z') || c == '-' || c == '\'' || (c >= '0' && c <= '9'))) return false;
  return !w.empty();
}

// Parses "call on + to" into a pattern; returns an error message or "".
std::string ParsePattern(std::string_view text, Vocabulary& vocab, VerbPattern& pattern) {
  std::vector<std::string_view> words;
  for (std::string_view w : SplitFields(text, ' '))
    if (!Trim(w).empty()) words.push_back(Trim(w));
  if (words.empty()) return "empty pattern";
  std::string_view trigger = words[0];
  if (trigger[0] == '@') {
    pattern.nominal = true;
    trigger.remove_prefix(1);
  }
  std::string lower = AsciiLower(trigger);
  if (!IsPatternWord(lower)) return "pattern must start with a word, found '" + std::string(words[0]) + "'";
  pattern.trigger = vocab.Intern(lower);
  for (size_t i = 1; i < words.size(); ++i) {
    std::string_view w = words[i];
    PatternElement element;
    if (w == "+") {
      if (pattern.has_target) return "more than one '+' target in pattern";
      element.kind = PatternElementKind::kTarget;
      pattern.has_target = true;
    } else if (w == "^") {
      element.kind = PatternElementKind::kSkipPhrase;  // an object that is neither side
    } else if (w == "$") {
      if (pattern.has_source) return "more than one '$' source in pattern";
      element.kind = PatternElementKind::kSource;
      pattern.has_source = true;
    } else if (w[0] == '~') {
      std::string word = AsciiLower(w.substr(1));
      if (!IsPatternWord(word)) return "'~' must be followed by a word";
      element.kind = PatternElementKind::kForbidden;
      element.lemma = vocab.Intern(word);
    } else {
      std::string word = AsciiLower(w);
      if (!IsPatternWord(word)) return "unexpected '" + std::string(w) + "' in pattern (words, '+', '$', '^', '~word')";
      element.lemma = vocab.Intern(word);
      ++pattern.words;
    }
    pattern.rest.push_back(element);
  }
  if (!pattern.rest.empty()) {
    const PatternElement& last = pattern.rest.back();
    if (last.kind == PatternElementKind::kSource && pattern.rest.size() == 1 && pattern.nominal)
      return "a nominal pattern needs more than a source";
  }
  return "";
}

const std::vector<uint32_t> kNoPatterns;

}  // namespace

size_t VerbDictionary::LoadFile(const std::string& path, const CameoTable& cameo, Vocabulary& vocab,
                                DiagnosticSink* sink) {
  std::ifstream in(path);
  if (!in) {
    if (sink) sink->Report({Severity::kError, path, 0, "cannot open verb dictionary"});
    return 1;
  }
  auto file_index = static_cast<uint32_t>(files_.size());
  files_.push_back(path);
  size_t errors = 0;
  std::string line, error;
  uint32_t line_number = 0;
  EntryLine parsed;
  auto report = [&](std::string message) {
    ++errors;
    if (sink) sink->Report({Severity::kError, path, line_number, std::move(message)});
  };
  while (std::getline(in, line)) {
    ++line_number;
    std::string_view content = StripComment(line);
    if (content.empty()) continue;
    if (!ParseEntryLine(content, parsed, error)) {
      report(error);
      continue;
    }
    int code = cameo.Find(parsed.code);
    if (code < 0) {
      report("unknown CAMEO event code '" + std::string(parsed.code) + "'");
      continue;
    }
    for (std::string_view item : parsed.items) {
      VerbPattern pattern;
      std::string message = ParsePattern(item, vocab, pattern);
      if (!message.empty()) {
        report(message + " in '" + std::string(item) + "'");
        continue;
      }
      pattern.cameo = static_cast<uint16_t>(code);
      pattern.file = file_index;
      pattern.line = line_number;
      pattern.text = std::string(item);
      Add(std::move(pattern));
    }
  }
  return errors;
}

uint32_t VerbDictionary::Add(VerbPattern pattern) {
  pattern.required_count = 0;
  pattern.required_words = {};
  for (const auto* elements : {&pattern.before, &pattern.rest})
    for (const PatternElement& el : *elements) {
      // A stem also matches longer words, so only exact words are required.
      if (el.kind != PatternElementKind::kWord || el.stem || el.lemma == kNoWord) continue;
      if (pattern.required_count == pattern.required_words.size()) break;
      pattern.required_words[pattern.required_count++] = el.lemma;
    }
  auto index = static_cast<uint32_t>(patterns_.size());
  patterns_.push_back(std::move(pattern));
  const VerbPattern& added = patterns_.back();
  File(added.nominal ? by_noun_ : by_verb_, added.trigger, index);
  return index;
}

void VerbDictionary::AddForm(WordId form, uint32_t index) { File(by_form_, form, index); }

void VerbDictionary::File(std::vector<uint32_t>& index_by_key, WordId key, uint32_t index) {
  if (index_by_key.size() <= key) index_by_key.resize(key + 1, 0);
  uint32_t& list = index_by_key[key];
  if (list == 0) {
    lists_.emplace_back();
    list_words_.emplace_back();
    list = static_cast<uint32_t>(lists_.size());
  }
  lists_[list - 1].push_back(index);
  list_words_[list - 1].push_back(patterns_[index].required_words);
}

uint32_t VerbDictionary::AddFile(std::string path) {
  files_.push_back(std::move(path));
  return static_cast<uint32_t>(files_.size() - 1);
}

void VerbDictionary::Freeze() {
  auto more_specific = [this](uint32_t a, uint32_t b) {
    const VerbPattern& pa = patterns_[a];
    const VerbPattern& pb = patterns_[b];
    if (pa.words != pb.words) return pa.words > pb.words;
    // Then more elements: "% *" (a compound subject) before the bare verb.
    const size_t ea = pa.before.size() + pa.rest.size(), eb = pb.before.size() + pb.rest.size();
    if (ea != eb) return ea > eb;
    return a < b;  // earlier lines first: deterministic
  };
  for (size_t l = 0; l < lists_.size(); ++l) {
    std::vector<uint32_t>& list = lists_[l];
    std::sort(list.begin(), list.end(), more_specific);
    list_words_[l].clear();
    for (uint32_t i : list) list_words_[l].push_back(patterns_[i].required_words);
  }
}

const std::vector<uint32_t>& VerbDictionary::ListOf(const std::vector<uint32_t>& index_by_key, WordId key) const {
  uint32_t list = key < index_by_key.size() ? index_by_key[key] : 0;
  return list == 0 ? kNoPatterns : lists_[list - 1];
}

std::span<const RequiredWords> VerbDictionary::WordsOf(const std::vector<uint32_t>& index_by_key, WordId key) const {
  uint32_t list = key < index_by_key.size() ? index_by_key[key] : 0;
  if (list == 0) return {};
  return list_words_[list - 1];
}

const std::vector<uint32_t>& VerbDictionary::VerbPatterns(WordId lemma) const { return ListOf(by_verb_, lemma); }
const std::vector<uint32_t>& VerbDictionary::NounPatterns(WordId lemma) const { return ListOf(by_noun_, lemma); }
const std::vector<uint32_t>& VerbDictionary::FormPatterns(WordId form) const { return ListOf(by_form_, form); }
std::span<const RequiredWords> VerbDictionary::VerbPatternWords(WordId lemma) const { return WordsOf(by_verb_, lemma); }
std::span<const RequiredWords> VerbDictionary::NounPatternWords(WordId lemma) const { return WordsOf(by_noun_, lemma); }
std::span<const RequiredWords> VerbDictionary::FormPatternWords(WordId form) const { return WordsOf(by_form_, form); }

}  // namespace casus
