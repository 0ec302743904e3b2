// ParseForeignPattern: the pattern language TABARI and PETRARCH share.
//   *  the verb          +  the target        $  the source
//   ^  skip a noun phrase                     %  a compound actor, source and target
//                                                of the event at once
//   &NAME  any member of a synset            { a | b }  any of the alternatives
//   { words } ( words )  PETRARCH noun and prepositional phrases: the words in order
//   WORD_  an exact word (TABARI); WORD with no '_' after it is a stem in TABARI
//   A_B  (TABARI) B right after A; "*_B", "A_*": right after / before the verb;
//        "WORD~_B": WORD is a stem all the same
#include <cctype>

#include "core/text_util.h"
#include "dict/foreign_syntax.h"

namespace casus {
namespace {

struct Item {
  char mark = 0;  // one of * + $ ^ % { } ( ) |, or 0 for a word
  std::string word;
  bool exact = false;   // followed by '_'
  bool joined = false;  // right after the item before it ("A_B", "*_B", "}_B", PETRARCH "RECENTLY_*")
};

bool IsMark(char c) {
  return c == '*' || c == '+' || c == '$' || c == '^' || c == '%' || c == '{' || c == '}' || c == '(' || c == ')' ||
         c == '|';
}

std::vector<Item> Lex(std::string_view text) {
  std::vector<Item> items;
  size_t i = 0;
  bool joined = false;  // the item before ended in '_' with no space after it
  while (i < text.size()) {
    char c = text[i];
    if (IsAsciiSpace(c) || c == '_') {
      bool link = c == '_' && !items.empty() && i > 0 && !IsAsciiSpace(text[i - 1]);
      ++i;
      while (link && i < text.size() && text[i] == '_') ++i;
      joined = link && i < text.size() && !IsAsciiSpace(text[i]);
      continue;
    }
    if (IsMark(c)) {
      items.push_back({c, "", false, joined});
      joined = false;
      ++i;
      continue;
    }
    size_t start = i;
    while (i < text.size() && !IsAsciiSpace(text[i]) && text[i] != '_' && !IsMark(text[i])) ++i;
    Item item;
    item.word = std::string(text.substr(start, i - start));
    item.exact = i < text.size() && text[i] == '_';
    item.joined = joined;
    joined = false;
    items.push_back(std::move(item));
  }
  return items;
}

class PatternBuilder {
 public:
  PatternBuilder(ForeignFormat format, const SynsetTable& synsets, const PhraseSplitter& split, Vocabulary& vocab)
      : format_(format), synsets_(synsets), split_(split), vocab_(vocab) {}

  // One alternative of a `{ | }` set or synset: its words, and (TABARI) which are stems.
  struct Alternative {
    std::vector<WordId> words;
    uint32_t stems = 0;  // bit k: words[k] is a stem
    uint32_t gaps = 0;   // bit k: other words may come before words[k]
    // Appends `o`; `gap`: other words may come between the two.
    void Append(const Alternative& o, bool gap) {
      if (words.size() < 32) {
        stems |= o.stems << words.size();
        gaps |= o.gaps << words.size();
        if (gap && !words.empty()) gaps |= 1u << words.size();
      }
      words.insert(words.end(), o.words.begin(), o.words.end());
    }
  };

  // A word item as an alternative: its words, the last a stem unless it ends in '_'.
  Alternative WordAlternative(const Item& item) {
    Alternative a;
    a.words = Words(item.word);
    bool stem = format_ == ForeignFormat::kTabari && (!item.exact || item.word.back() == '~');
    if (stem && !a.words.empty() && a.words.size() <= 32) a.stems = 1u << (a.words.size() - 1);
    return a;
  }

  static void AddAlternative(PatternElement& el, Alternative a) {
    el.any_of.push_back(std::move(a.words));
    el.any_of_stems.push_back(a.stems);
    el.any_of_gaps.push_back(a.gaps);
  }
  static Alternative AlternativeOf(const PatternElement& el, size_t o) {
    return {el.any_of[o], el.any_of_stems[o], el.any_of_gaps[o]};
  }

  // Each phrase of `partial` followed by each alternative of `item`: its word, or
  // the members of the synset it names, read at `synset_depth` (nesting stops at 2,
  // where "&X" is taken as a word).
  std::string Extend(std::vector<Alternative>& partial, const Item& item, int synset_depth) {
    PatternElement options;
    if (item.word[0] == '&' && synset_depth <= 2) {
      std::string error = Synset(item.word, options, synset_depth);
      if (!error.empty()) return error;
    } else {
      AddAlternative(options, WordAlternative(item));
    }
    std::vector<Alternative> next;
    for (const Alternative& p : partial)
      for (size_t o = 0; o < options.any_of.size(); ++o) {
        next.push_back(p);
        next.back().Append(AlternativeOf(options, o), !item.joined);
      }
    partial = std::move(next);
    return "";
  }

  // Alternatives of a synset, each as word ids; nested "&X" members expand one level more.
  std::string Synset(const std::string& name, PatternElement& el, int depth) {
    std::string key = name;
    for (char& ch : key) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    auto it = synsets_.find(key);
    if (it == synsets_.end()) return "unknown synset '" + name + "'";
    for (const std::string& member : it->second) {
      std::vector<Alternative> partial{{}};
      for (const Item& item : Lex(member)) {
        if (item.mark != 0) {
          // TABARI "+PESO_$": the source (target) actor in the member's
          // place, kept as the word "$" ("+") for the TABARI coder.
          if (format_ != ForeignFormat::kTabari || (item.mark != '$' && item.mark != '+')) continue;
          Alternative actor;
          actor.words.push_back(vocab_.Intern(std::string(1, item.mark)));
          for (Alternative& p : partial) p.Append(actor, !item.joined);
          continue;
        }
        std::string error = Extend(partial, item, depth + 1);
        if (!error.empty()) return error;
        if (partial.size() > 256) return "synset '" + name + "' expands to too many phrases";
      }
      for (auto& p : partial)
        if (!p.words.empty()) AddAlternative(el, std::move(p));
    }
    return "";
  }

  std::vector<WordId> Words(const std::string& word) {
    std::string clean;
    for (char ch : word)
      if (ch != '~') clean += ch;
    std::vector<std::string> pieces;
    split_(clean, pieces);
    std::vector<WordId> ids;
    for (const auto& p : pieces) ids.push_back(vocab_.Intern(p));
    return ids;
  }

  // Appends the elements of one word item.
  std::string AddWord(const Item& item, std::vector<PatternElement>& out) {
    if (item.word[0] == '&') {
      PatternElement el;
      el.kind = PatternElementKind::kAnyOf;
      std::string error = Synset(item.word, el, 0);
      if (!error.empty()) return error;
      if (el.any_of.empty()) return "synset '" + item.word + "' has no members";
      el.joined = item.joined;
      el.synset = true;
      out.push_back(std::move(el));
      return "";
    }
    std::vector<WordId> ids = Words(item.word);
    bool tabari = format_ == ForeignFormat::kTabari;
    for (size_t k = 0; k < ids.size(); ++k) {
      PatternElement el;
      el.lemma = ids[k];
      el.stem = tabari && (!item.exact || item.word.back() == '~') && k + 1 == ids.size();
      el.joined = k == 0 ? item.joined : true;
      out.push_back(el);
    }
    return "";
  }

  std::string Build(std::string_view text, VerbPattern& pattern) {
    std::vector<Item> items = Lex(text);
    bool star = false;
    for (const Item& item : items) star = star || item.mark == '*';
    std::vector<PatternElement>* out = star ? &pattern.before : &pattern.rest;
    int depth = 0;
    bool seen_star = false;
    for (size_t i = 0; i < items.size(); ++i) {
      const Item& item = items[i];
      PatternElement el;
      switch (item.mark) {
        case 0: {
          std::string error = AddWord(item, *out);
          if (!error.empty()) return error;
          continue;
        }
        case '*':
          if (seen_star) return "more than one '*' in pattern";
          if (depth != 0) return "'*' inside brackets";
          seen_star = true;
          pattern.verb_joined = item.joined;
          out = &pattern.rest;
          continue;
        case '+':
          if (pattern.has_target) return "more than one '+' in pattern";
          pattern.has_target = true;
          el.kind = PatternElementKind::kTarget;
          break;
        case '$':
          if (pattern.has_source) return "more than one '$' in pattern";
          pattern.has_source = true;
          el.kind = PatternElementKind::kSource;
          break;
        case '^':
          el.kind = PatternElementKind::kSkipPhrase;
          break;
        case '%':
          el.kind = PatternElementKind::kSkipPhrase;
          el.compound = true;
          break;
        case '(':
          ++depth;
          continue;
        case ')':
          if (--depth < 0) return "')' without '('";
          continue;
        case '}':
          return "'}' without '{'";
        case '|':
          return "'|' outside '{ }'";
        case '{': {
          size_t close = i + 1;
          bool bar = false;
          for (; close < items.size() && items[close].mark != '}'; ++close)
            if (items[close].mark == '|') bar = true;
          if (close == items.size()) return "'{' without '}'";
          if (!bar) {  // a PETRARCH noun phrase: its words in order
            for (size_t k = i + 1; k < close; ++k) {
              if (items[k].mark != 0) return "unexpected '" + std::string(1, items[k].mark) + "' inside '{ }'";
              std::string error = AddWord(items[k], *out);
              if (!error.empty()) return error;
            }
          } else {
            el.kind = PatternElementKind::kAnyOf;
            el.joined = item.joined;
            std::vector<Alternative> current{{}};  // "MILLIONS_OF_&CURRENCY": one per member
            bool synset_alternative = false;       // the alternative was a whole "&NAME"
            auto flush = [&] {
              for (Alternative& a : current)
                if (!a.words.empty()) AddAlternative(el, std::move(a));
              current = {{}};
            };
            for (size_t k = i + 1; k < close; ++k) {
              const Item& it = items[k];
              if (it.mark == '|') {
                if (current.front().words.empty() && !synset_alternative) return "empty alternative in '{ | }'";
                flush();
                synset_alternative = false;
              } else if (it.mark != 0) {
                return "unexpected '" + std::string(1, it.mark) + "' inside '{ | }'";
              } else if (it.word[0] == '&' && current.front().words.empty() &&
                         (k + 1 == close || items[k + 1].mark == '|')) {
                std::string error = Synset(it.word, el, 0);
                if (!error.empty()) return error;
                synset_alternative = true;
              } else {
                std::string error = Extend(current, it, 0);
                if (!error.empty()) return error;
                if (current.size() > 256) return "alternatives expand to too many phrases";
              }
            }
            flush();
            if (el.any_of.empty()) return "empty '{ | }'";
            out->push_back(std::move(el));
          }
          i = close;
          continue;
        }
        default:
          break;
      }
      el.joined = item.joined;
      out->push_back(std::move(el));
    }
    if (depth != 0) return "'(' without ')'";
    for (const auto* list : {&pattern.before, &pattern.rest})
      for (const PatternElement& e : *list)
        if (e.kind == PatternElementKind::kWord || e.kind == PatternElementKind::kAnyOf) ++pattern.words;
    return "";
  }

 private:
  ForeignFormat format_;
  const SynsetTable& synsets_;
  const PhraseSplitter& split_;
  Vocabulary& vocab_;
};

}  // namespace

std::string ParseForeignPattern(std::string_view text, ForeignFormat format, const SynsetTable& synsets,
                                const PhraseSplitter& split, Vocabulary& vocab, VerbPattern& pattern) {
  PatternBuilder builder(format, synsets, split, vocab);
  if (format != ForeignFormat::kTabari) return builder.Build(text, pattern);
  // TABARI reads a hyphen in a pattern as '_' (manual 5.2): "ANTI- + *" is "ANTI_ + *".
  std::string underscored(text);
  for (char& c : underscored)
    if (c == '-') c = '_';
  return builder.Build(underscored, pattern);
}

}  // namespace casus
