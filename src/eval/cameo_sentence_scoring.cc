// The figures of `casus eval cameo-sentences`: per gold sentence, which of the
// coder's events agree with the gold penta, spans and countries. The rules are
// the reference scorer's (docs/eval.md).
#include <algorithm>
#include <cctype>
#include <optional>
#include <unordered_map>

#include <utf8proc.h>

#include "eval/cameo_sentence_eval.h"

namespace casus::eval {
namespace {

// Phoenix PentaClass of a CAMEO root ("01".."20"); -1 when not a root.
int PentaOfRootString(std::string_view code) {
  if (code.size() < 2 || !std::isdigit(static_cast<unsigned char>(code[0])) ||
      !std::isdigit(static_cast<unsigned char>(code[1]))) {
    return -1;
  }
  int root = (code[0] - '0') * 10 + (code[1] - '0');
  static constexpr int kPenta[21] = {-1, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 3, 4, 4, 4, 4};
  return root >= 1 && root <= 20 ? kPenta[root] : -1;
}

std::string_view TrimAscii(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// First three letters of an actor code, upper-cased; empty when shorter.
std::string CountryOfCode(std::string_view code) {
  code = TrimAscii(code);
  if (code.size() < 3) return {};
  std::string out(code.substr(0, 3));
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// Gold sentence i is document str(i+1), exactly: "01" or " 1" is another document.
bool IsGoldDocument(const std::string& doc, size_t sentences) {
  if (doc.empty() || doc.size() > 18 || doc[0] == '0') return false;
  for (char c : doc) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return std::stoull(doc) <= sentences;
}

// Byte <-> character positions of one document text.
class DocumentOffsets {
 public:
  explicit DocumentOffsets(std::string_view text) : size_(text.size()) {
    size_t i = 0;
    while (i < text.size()) {
      starts_.push_back(i);
      utf8proc_int32_t cp = 0;
      utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                                            static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
      i += n > 0 ? static_cast<size_t>(n) : 1;
    }
    starts_.push_back(text.size());
  }
  // Character span of bytes [begin, end); nullopt when out of range. `mid_char`
  // is set when an end falls inside a multi-byte character.
  std::optional<CharSpan> ToChars(uint32_t begin, uint32_t end, bool* mid_char) const {
    *mid_char = false;
    if (!(begin <= end && end <= size_)) return std::nullopt;
    size_t cb = static_cast<size_t>(std::upper_bound(starts_.begin(), starts_.end(), begin) - starts_.begin()) - 1;
    size_t ce = static_cast<size_t>(std::lower_bound(starts_.begin(), starts_.end(), end) - starts_.begin());
    *mid_char = starts_[cb] != begin || (ce < starts_.size() && starts_[ce] != end);
    return CharSpan{static_cast<uint32_t>(cb), static_cast<uint32_t>(ce)};
  }

 private:
  size_t size_;
  std::vector<size_t> starts_;
};

struct EventRow {
  int penta = -1;
  std::optional<CharSpan> source_span, target_span;
  std::string source_country, target_country;
};

std::optional<CharSpan> EventSpan(bool has_span, uint32_t begin, uint32_t end, const std::string& given_text,
                                  std::string_view doc_text, const DocumentOffsets& offsets, const EvalEvent& ev,
                                  const char* role, CameoSentenceScores& scores) {
  if (!has_span) return std::nullopt;
  scores.diagnostics["actor_spans"] += 1;
  bool mid_char = false;
  std::optional<CharSpan> span = offsets.ToChars(begin, end, &mid_char);
  if (!span) {
    scores.diagnostics["offsets_out_of_range"] += 1;
    return std::nullopt;
  }
  if (mid_char) scores.diagnostics["offsets_mid_char"] += 1;
  std::string_view bytes = doc_text.substr(begin, end - begin);
  if (!given_text.empty() && bytes != given_text) {
    scores.diagnostics["offsets_text_mismatch"] += 1;
    if (scores.mismatch_examples.size() < 3) {
      scores.mismatch_examples.push_back("doc " + ev.doc + " " + role + " [" + std::to_string(begin) + "," +
                                         std::to_string(end) + ") bytes='" + std::string(bytes) + "' text='" +
                                         given_text + "'");
    }
  }
  return span;
}

bool Overlaps(const std::optional<CharSpan>& span, const std::vector<CharSpan>& golds) {
  if (!span) return false;
  return std::any_of(golds.begin(), golds.end(),
                     [&](const CharSpan& g) { return span->begin < g.end && g.begin < span->end; });
}

// A gold side's countries: one set of accepted codes per name (usually one
// code; "SRB/YUG" when a name has several).
using CountrySets = std::vector<std::vector<std::string>>;

bool InSet(const std::string& country, const std::vector<std::string>& set) {
  return std::find(set.begin(), set.end(), country) != set.end();
}

bool CountryOk(const std::string& country, const CountrySets& accepted) {
  return !country.empty() &&
         std::any_of(accepted.begin(), accepted.end(), [&](const auto& set) { return InSet(country, set); });
}

// Joint-actor gold: both sides must be countries of the R spans; when they
// name two or more countries, source and target must be different ones.
bool JointPairOk(const std::string& source, const std::string& target, const CountrySets& accepted) {
  std::vector<size_t> a, b;
  for (size_t k = 0; k < accepted.size(); ++k) {
    if (!source.empty() && InSet(source, accepted[k])) a.push_back(k);
    if (!target.empty() && InSet(target, accepted[k])) b.push_back(k);
  }
  if (a.empty() || b.empty()) return false;
  if (accepted.size() < 2) return true;
  for (size_t x : a) {
    for (size_t y : b) {
      if (x != y) return true;
    }
  }
  return false;
}

// "SRB/YUG/SCG" -> {"SRB", "YUG", "SCG"}; each alternative cut to its country.
std::vector<std::string> AcceptedCodes(std::string_view entry) {
  std::vector<std::string> set;
  size_t start = 0;
  while (start <= entry.size()) {
    size_t slash = entry.find('/', start);
    std::string country = CountryOfCode(entry.substr(start, slash == std::string_view::npos ? entry.npos : slash - start));
    if (!country.empty() && !InSet(country, set)) set.push_back(country);
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return set;
}

// Countries of a side: the leftmost name of each span, or (joint actors)
// every name of every span.
CountrySets SideCountries(const GoldSide& side, bool all_names, const CountryResolver& resolver) {
  CountrySets out;
  if (!resolver) return out;
  for (const std::string& text : side.span_texts) {
    CountrySets span_sets;
    for (const std::string& entry : resolver(text)) {
      std::vector<std::string> set = AcceptedCodes(entry);
      if (set.empty()) continue;
      if (std::find(span_sets.begin(), span_sets.end(), set) == span_sets.end()) span_sets.push_back(std::move(set));
      if (!all_names) break;
    }
    out.insert(out.end(), span_sets.begin(), span_sets.end());
  }
  return out;
}

}  // namespace

CameoSentenceScores ScoreCameoSentences(const CameoSentenceGold& gold, const std::vector<std::string>& document_texts,
                                        const std::vector<EvalEvent>& events, const CountryResolver& resolver) {
  CameoSentenceScores scores;
  const size_t n = gold.sentences.size();
  scores.sentences = n;
  scores.tsv_path = gold.tsv_path;
  scores.bio_sentences = gold.bio_sentences;
  scores.gold = gold.stats;
  scores.events_read = events.size();
  for (const CameoGoldSentence& g : gold.sentences) {
    if (g.joint_actors) ++scores.joint_actor_sentences;
    if (g.source.state == GoldSideState::kNone) ++scores.no_source_sentences;
    if (g.target.state == GoldSideState::kNone) ++scores.no_target_sentences;
  }

  // Events by document, in output order.
  std::unordered_map<std::string, std::vector<const EvalEvent*>> by_doc;
  for (const EvalEvent& ev : events) by_doc[std::string(TrimAscii(ev.doc))].push_back(&ev);
  uint64_t unknown = 0;
  for (const auto& [doc, list] : by_doc) {
    if (!IsGoldDocument(doc, n)) unknown += list.size();
  }
  if (unknown) scores.diagnostics["events_unknown_doc"] = unknown;
  scores.spans_in_output = std::any_of(events.begin(), events.end(),
                                       [](const EvalEvent& e) { return e.has_source_span || e.has_target_span; });

  for (size_t i = 0; i < n; ++i) {
    const CameoGoldSentence& g = gold.sentences[i];
    std::string_view doc_text = i < document_texts.size() ? std::string_view(document_texts[i]) : g.text;
    DocumentOffsets offsets(doc_text);
    auto found = by_doc.find(std::to_string(i + 1));
    static const std::vector<const EvalEvent*> kNone;
    const std::vector<const EvalEvent*>& evs = found == by_doc.end() ? kNone : found->second;
    scores.events_histogram[std::min<size_t>(evs.size(), 3)] += 1;
    scores.events += evs.size();
    scores.penta_prec.n += evs.size();

    std::vector<EventRow> rows;
    for (const EvalEvent* ev : evs) {
      EventRow row;
      int root_penta = PentaOfRootString(ev->code);
      if (ev->penta >= 0 && ev->penta <= 4) {
        row.penta = ev->penta;
        if (root_penta >= 0 && root_penta != ev->penta) scores.diagnostics["penta_root_inconsistent"] += 1;
      } else {
        row.penta = root_penta;
      }
      if (row.penta < 0) scores.diagnostics["events_without_penta"] += 1;
      row.source_span = EventSpan(ev->has_source_span, ev->source_begin, ev->source_end, ev->source_text, doc_text,
                                  offsets, *ev, "source", scores);
      row.target_span = EventSpan(ev->has_target_span, ev->target_begin, ev->target_end, ev->target_text, doc_text,
                                  offsets, *ev, "target", scores);
      row.source_country = CountryOfCode(ev->source_code);
      row.target_country = CountryOfCode(ev->target_code);
      rows.push_back(std::move(row));
    }

    if (!rows.empty()) ++scores.detected.hits;
    int first = rows.empty() ? -1 : rows.front().penta;
    scores.confusion[static_cast<size_t>(g.penta)][first < 0 ? 5 : static_cast<size_t>(first)] += 1;
    if (first == g.penta) ++scores.penta_first.hits;
    std::vector<const EventRow*> good;
    for (const EventRow& r : rows) {
      if (r.penta == g.penta) good.push_back(&r);
    }
    if (!good.empty()) ++scores.penta_any.hits;
    scores.penta_prec.hits += good.size();
    auto any_good = [&](auto predicate) { return std::any_of(good.begin(), good.end(), predicate); };

    const GoldSideState s_state = g.source.state, t_state = g.target.state;
    if (s_state == GoldSideState::kOk) {
      ++scores.source_span.n;
      if (any_good([&](const EventRow* r) { return Overlaps(r->source_span, g.source.spans); })) ++scores.source_span.hits;
    }
    if (t_state == GoldSideState::kOk) {
      ++scores.target_span.n;
      if (any_good([&](const EventRow* r) { return Overlaps(r->target_span, g.target.spans); })) ++scores.target_span.hits;
    }
    if (s_state != GoldSideState::kLost && t_state != GoldSideState::kLost) {
      ++scores.full.n;
      if (any_good([&](const EventRow* r) {
            return (s_state == GoldSideState::kNone || Overlaps(r->source_span, g.source.spans)) &&
                   (t_state == GoldSideState::kNone || Overlaps(r->target_span, g.target.spans));
          })) {
        ++scores.full.hits;
      }
    }

    const CountrySets sc = SideCountries(g.source, g.joint_actors, resolver);
    const CountrySets tc = SideCountries(g.target, g.joint_actors, resolver);
    if (!sc.empty()) {
      ++scores.src_country.n;
      if (any_good([&](const EventRow* r) { return CountryOk(r->source_country, sc); })) ++scores.src_country.hits;
    }
    if (!tc.empty()) {
      ++scores.tgt_country.n;
      if (any_good([&](const EventRow* r) { return CountryOk(r->target_country, tc); })) ++scores.tgt_country.hits;
    }
    if (!sc.empty() && !tc.empty()) {
      ++scores.dyad_penta.n;
      ++scores.dyad_any.n;
      auto pair_ok = [&](const EventRow* r) {
        return g.joint_actors ? JointPairOk(r->source_country, r->target_country, sc)
                              : CountryOk(r->source_country, sc) && CountryOk(r->target_country, tc);
      };
      if (any_good(pair_ok)) ++scores.dyad_penta.hits;
      if (std::any_of(rows.begin(), rows.end(), [&](const EventRow& r) { return pair_ok(&r); })) ++scores.dyad_any.hits;
    }
  }
  scores.detected.n = scores.penta_first.n = scores.penta_any.n = n;
  // Span figures only exist when the output carries offsets.
  if (!scores.spans_in_output) scores.source_span.hits = scores.target_span.hits = scores.full.hits = 0;
  return scores;
}

}  // namespace casus::eval
