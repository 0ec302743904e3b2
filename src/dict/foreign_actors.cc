// LoadForeignActors / LoadForeignDiscards. An actor entry is a name line, any
// number of "+synonym" lines and its code blocks, on the name line or on lines
// of their own:
//   GOLLUM
//   +SMEAGOL
//       [HOB <950601]
//       [HOBGOV 950601-990815]
// Agents ("PRESIDENT [~GOVPRS]", PETRARCH "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]")
// carry their code with '~' and may list plural forms in '{}' ("{}": none;
// without braces the regular plural is added). PETRARCH agent files may define
// substitutions ("!PERSON! = MAN, MEN") used inside names.
#include <algorithm>
#include <cctype>
#include <fstream>
#include <optional>
#include <unordered_map>

#include "core/text_util.h"
#include "dict/foreign_readers.h"

namespace casus {
namespace {

std::string RegularPlural(const std::string& w) {
  if (w.empty()) return w;
  auto ends = [&](std::string_view e) { return w.size() > e.size() && w.compare(w.size() - e.size(), e.size(), e) == 0; };
  if (ends("s") || ends("x") || ends("ch") || ends("sh")) return w + "es";
  if (ends("y") && w.size() > 1 && std::string_view("aeiou").find(w[w.size() - 2]) == std::string_view::npos)
    return w.substr(0, w.size() - 1) + "ies";
  return w + "s";
}

struct Group {
  std::vector<std::pair<std::string, uint32_t>> names;  // phrase as written, line
  std::vector<std::string> plurals;                      // explicit plural forms
  bool plural_braces = false;                            // '{...}' was given
  std::vector<CodeBlock> codes;
  uint32_t line = 0;
};

class ActorReader {
 public:
  ActorReader(const std::string& path, ForeignFormat format, bool agents, DictionaryTargets& t, DiagnosticSink* sink)
      : path_(path), format_(format), agents_(agents), t_(t), sink_(sink) {}

  size_t Run() {
    std::ifstream in(path_);
    if (!in) return Error(0, agents_ ? "cannot open agent dictionary" : "cannot open actor dictionary");
    file_ = t_.actors.AddFile(path_);
    ForeignLines lines(in, format_);
    std::string_view s;
    bool blank = false;
    while (lines.Next(s, blank)) {
      line_ = lines.line();
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

  void Line(std::string_view s) {
    if (s[0] == '<') {
      Flush();
      if (s.substr(0, 2) == "<!") return;  // a mistyped XML comment ("<! -- ... -->")
      // TABARI <NOUN>/<ADJECTIVE> word lists are not actors.
      bool closing = s.size() > 1 && s[1] == '/';
      std::string_view name = s.substr(closing ? 2 : 1);
      bool tag = !name.empty() && name.back() == '>';
      if (tag) name.remove_suffix(1);
      for (char c : name) tag = tag && std::isalpha(static_cast<unsigned char>(c));
      if (!tag) {
        Error(line_, "unexpected line '" + std::string(s) + "' (expected a name, '+synonym', '[code]' or <SECTION>)");
        return;
      }
      skipping_ = !closing;
      word_class_ = nullptr;
      if (!closing && format_ == ForeignFormat::kTabari && t_.tabari_words) {
        if (name == "NOUN" || name == "NOUNS") word_class_ = &t_.tabari_words->nouns;
        else if (name == "ADJECTIVE" || name == "ADJECTIVES" || name == "ADJ") word_class_ = &t_.tabari_words->adjectives;
      }
      return;
    }
    if (word_class_) return WordClassEntry(s);
    if (skipping_) return;
    if (s[0] == '!' && s.find('=') != std::string_view::npos) return Substitution(s);
    if (s[0] == '+') {
      if (!group_) {
        Error(line_, "synonym '" + std::string(s) + "' with no actor before it");
        return;
      }
      std::vector<CodeBlock> blocks;
      std::string_view name;
      std::string error = ParseCodeBlocks(s.substr(1), blocks, name);
      if (!error.empty()) Error(line_, error);
      else if (name.empty()) Error(line_, "empty synonym");
      else group_->names.emplace_back(std::string(name), line_);
      for (auto& b : blocks) group_->codes.push_back(std::move(b));
      return;
    }
    if (s[0] == '[') {
      if (!group_) {
        Error(line_, "code block with no actor before it");
        return;
      }
      std::vector<CodeBlock> blocks;
      std::string_view name;
      std::string error = ParseCodeBlocks(s, blocks, name);
      if (!error.empty()) Error(line_, error);
      for (auto& b : blocks) group_->codes.push_back(std::move(b));
      return;
    }
    // Names with no code of their own followed by more names share the codes
    // that come after them all (CountryInfo-generated files do this).
    if (group_ && group_->codes.empty() && s.find_first_of("[{") == std::string_view::npos) {
      group_->names.emplace_back(std::string(s), line_);
      return;
    }
    Flush();
    group_ = Group{};
    group_->line = line_;
    std::string_view text = s;
    if (size_t open = text.find('{'); open != std::string_view::npos) {
      size_t close = text.find('}', open);
      if (close == std::string_view::npos) {
        Error(line_, "'{' without '}'");
        group_.reset();
        return;
      }
      group_->plural_braces = true;
      for (std::string_view p : SplitFields(text.substr(open + 1, close - open - 1), ' '))
        if (!Trim(p).empty()) group_->plurals.emplace_back(Trim(p));
      std::string joined = std::string(text.substr(0, open)) + std::string(text.substr(close + 1));
      held_ = joined;
      text = held_;
    }
    std::vector<CodeBlock> blocks;
    std::string_view name;
    std::string error = ParseCodeBlocks(text, blocks, name);
    if (!error.empty()) {
      Error(line_, error);
      group_.reset();
      return;
    }
    if (name.empty()) {
      Error(line_, "code block with no name");
      group_.reset();
      return;
    }
    group_->names.emplace_back(std::string(name), line_);
    group_->codes = std::move(blocks);
  }

  // A <NOUN> or <ADJECTIVE> line: a phrase, with the regular plural S on its
  // last word, or any ending when it is a stem (manual 5.2.3).
  void WordClassEntry(std::string_view s) {
    std::vector<std::string> words;
    bool stem = false;
    ForeignPhraseWords(s, t_.split, words, stem);
    if (words.empty()) return;
    std::vector<std::string> lasts = stem ? StemVariants(words.back()) : std::vector<std::string>{words.back(), words.back() + "s"};
    std::vector<WordId> ids;
    for (const std::string& last : lasts) {
      words.back() = last;
      ids.clear();
      for (const std::string& w : words) ids.push_back(t_.vocab.Intern(w));
      word_class_->Add(ids, 0);
    }
  }

  // "!PERSON! = MAN, MEN, WOMAN"
  void Substitution(std::string_view s) {
    size_t eq = s.find('=');
    std::string key(Trim(s.substr(0, eq)));
    std::vector<std::string> values;
    for (std::string_view v : SplitFields(s.substr(eq + 1), ','))
      if (!Trim(v).empty()) values.emplace_back(Trim(v));
    if (key.size() < 3 || key.back() != '!' || values.empty()) {
      Error(line_, "malformed substitution; expected '!NAME! = WORD, WORD'");
      return;
    }
    substitutions_[key] = std::move(values);
  }

  // Expands "!PERSON!" markers into every listed word.
  void Expand(const std::string& name, std::vector<std::string>& out, uint32_t line, int depth = 0) {
    size_t a = name.find('!');
    size_t b = a == std::string::npos ? std::string::npos : name.find('!', a + 1);
    if (b == std::string::npos || depth > 3) {
      out.push_back(name);
      return;
    }
    std::string key = name.substr(a, b - a + 1);
    auto it = substitutions_.find(key);
    if (it == substitutions_.end()) {
      Error(line, "unknown substitution '" + key + "'");
      return;
    }
    for (const std::string& v : it->second) Expand(name.substr(0, a) + v + name.substr(b + 1), out, line, depth + 1);
  }

  // `plurals`: add the regular plural (agents); `s_ending`: an exact name
  // (`NAME_`) also matches with a plural S (actors; agents list theirs).
  void AddPhrase(const std::string& phrase, uint32_t line, const ActorEntry& entry, bool plurals, bool s_ending) {
    std::vector<std::string> words;
    bool stem = false;
    // TABARI "MOUSE=": the word as it is, without the regular endings.
    std::string_view text = Trim(phrase);
    bool bare = format_ == ForeignFormat::kTabari && !text.empty() && text.back() == '=';
    if (bare) text.remove_suffix(1);
    // TABARI reads a hyphen as '_' in dictionaries and as a blank in the text
    // (manual 5.2, 7.3; code/actor_tagger.cc): "BARAD-DUR" is "Barad-dur".
    std::string unhyphenated;
    if (format_ == ForeignFormat::kTabari && text.find('-') != std::string_view::npos) {
      unhyphenated = std::string(text);
      std::replace(unhyphenated.begin(), unhyphenated.end(), '-', '_');
      text = unhyphenated;
    }
    ForeignPhraseWords(text, t_.split, words, stem);
    if (words.empty()) {
      Error(line, "phrase '" + phrase + "' has no words");
      return;
    }
    std::vector<std::string> lasts{words.back()};
    if (format_ == ForeignFormat::kTabari && !bare) {
      // A stem matches any ending; an exact name ("LIBYA_") still takes the
      // regular plural S (the possessive 's is a token of its own) (manual 5.2.3).
      if (stem) lasts = StemVariants(words.back());
      else if (s_ending) lasts.push_back(words.back() + "s");
    }
    if (plurals) lasts.push_back(RegularPlural(words.back()));
    uint32_t gaps = GapsOf(text);
    for (const std::string& last : lasts) {
      words.back() = last;
      t_.actors.Add(words, entry, t_.vocab, gaps);
    }
  }

  // TABARI: words joined by '_' are consecutive, words separated by a space
  // may have others between them (manual 5.5.3; "ITHILEN TELEVISION" is
  // "Ithilen state-run television"). Bit k: words[k] starts a new
  // space-separated part.
  uint32_t GapsOf(std::string_view text) const {
    uint32_t gaps = 0;
    size_t count = 0;
    std::vector<std::string> part_words;
    for (std::string_view part : SplitFields(text, ' ')) {
      part = Trim(part);
      if (part.empty()) continue;
      part_words.clear();
      bool stem = false;
      ForeignPhraseWords(part, t_.split, part_words, stem);
      if (part_words.empty()) continue;
      if (count > 0 && count < 32) gaps |= 1u << count;
      count += part_words.size();
    }
    return gaps;
  }

  void Flush() {
    if (!group_) return;
    Group g = std::move(*group_);
    group_.reset();
    if (g.codes.empty()) {
      Error(g.line, "'" + g.names[0].first + "' has no [code]");
      return;
    }
    for (const CodeBlock& block : g.codes) {
      std::string code = block.code;
      // Recognised but uncoded: "---" (TABARI keeps it, section 5.9 and manual
      // 6.5.2, "PRINCE DOL_AMROTH [--- <950630] [DOL]": a null-coded name is no
      // actor and hides the names inside it). TABARI's "###" marks a discard
      // (often from a date on, "[USR <911226] [###]"); PETRARCH has no such
      // meaning and codes "###" like any actor (its unit tests check it).
      if (code == "---" && format_ != ForeignFormat::kTabari) continue;
      // Compound actors ("[FRO/BIL/SAM]") stand for several: the TABARI coder
      // splits the code at '/' (code/tabari_coder.cc), and so does the event
      // coder, one event for each (PETRARCH's expand_compound_codes).
      bool agent = agents_ || code.find('~') != std::string::npos;
      // "[NGO~]" puts the agent before the actor's code: the TABARI coder and
      // PETRARCH's composition (code/petrarch_noun_phrase.h) read the trailing '~'.
      bool prefix = code.size() > 1 && code.back() == '~';
      std::erase(code, '~');
      if (prefix) code += '~';
      if (code.empty()) {
        Error(g.line, "empty agent code '~'");
        continue;
      }
      for (char& c : code) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      ActorEntry entry;
      entry.code = t_.vocab.Intern(code);
      entry.from_day = block.from_day;
      entry.to_day = block.to_day;
      entry.dated = block.dated();
      entry.agent = agent;
      entry.file = file_;
      entry.line = g.line;
      for (const auto& [name, line] : g.names) {
        std::vector<std::string> expanded;
        Expand(name, expanded, line);
        for (const std::string& e : expanded) AddPhrase(e, line, entry, agent && !g.plural_braces, !agent);
      }
      if (agent)
        for (const std::string& p : g.plurals) AddPhrase(p, g.line, entry, false, false);
    }
  }

  const std::string& path_;
  ForeignFormat format_;
  bool agents_;
  DictionaryTargets& t_;
  DiagnosticSink* sink_;
  std::optional<Group> group_;
  std::unordered_map<std::string, std::vector<std::string>> substitutions_;
  std::string held_;
  bool skipping_ = false;
  PhraseTrie* word_class_ = nullptr;  // the open <NOUN> / <ADJECTIVE> list
  uint32_t file_ = 0, line_ = 0;
  size_t errors_ = 0;
};

}  // namespace

size_t LoadForeignActors(const std::string& path, ForeignFormat format, bool agents, DictionaryTargets& targets,
                         DiagnosticSink* sink) {
  return ActorReader(path, format, agents, targets, sink).Run();
}

size_t LoadForeignDiscards(const std::string& path, ForeignFormat format, DictionaryTargets& targets,
                           DiagnosticSink* sink) {
  std::ifstream in(path);
  if (!in) {
    if (sink) sink->Report({Severity::kError, path, 0, "cannot open discard dictionary"});
    return 1;
  }
  ForeignLines lines(in, format);
  std::string_view s;
  bool blank = false;
  std::vector<std::string> words;
  std::vector<WordId> ids;
  size_t errors = 0;
  while (lines.Next(s, blank)) {
    if (s.empty()) continue;
    if (s[0] == '+') s.remove_prefix(1);
    words.clear();
    bool stem = false;
    ForeignPhraseWords(s, targets.split, words, stem);
    if (words.empty()) {
      ++errors;
      if (sink) sink->Report({Severity::kError, path, lines.line(), "discard phrase has no words"});
      continue;
    }
    ids.clear();
    for (const auto& w : words) ids.push_back(targets.vocab.Intern(w));
    // The coder only reads the match length; the payload numbers phrases.
    targets.discards.Add(ids, static_cast<uint32_t>(targets.discards.phrase_count()));
  }
  return errors;
}

}  // namespace casus
