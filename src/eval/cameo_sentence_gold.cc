// Reading the CAMEO sentence gold files and locating their spans in the
// sentence text (see gold_alignment.h for the steps).
#include <fstream>
#include <map>
#include <sstream>

#include "eval/cameo_sentence_eval.h"
#include "eval/gold_alignment.h"
#include "eval/text_fold.h"

namespace casus::eval {
namespace {

struct TsvRow {
  std::u32string text;
  int label = 0;
};

Result<std::string> ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Status::IoError(path + ": read error");
  return buffer.str();
}

// Splits on '\n' and drops trailing '\r's, as the reference does.
std::vector<std::u32string_view> Lines(std::u32string_view data) {
  std::vector<std::u32string_view> lines;
  size_t start = 0;
  while (true) {
    size_t end = data.find(U'\n', start);
    std::u32string_view line = data.substr(start, end == std::u32string_view::npos ? data.size() - start : end - start);
    while (!line.empty() && line.back() == U'\r') line.remove_suffix(1);
    lines.push_back(line);
    if (end == std::u32string_view::npos) break;
    start = end + 1;
  }
  return lines;
}

Result<std::u32string> DecodeStrict(std::string_view data, const std::string& name) {
  bool valid = true;
  std::u32string text = DecodeUtf8(data, &valid);
  if (!valid) return Status::Invalid(name + ": not valid UTF-8");
  return text;
}

Result<std::vector<TsvRow>> ReadTsv(std::string_view data, const std::string& name) {
  auto decoded = DecodeStrict(data, name);
  if (!decoded.ok()) return decoded.status();
  std::u32string_view all = decoded.value();
  if (!all.empty() && all.front() == 0xFEFF) all.remove_prefix(1);
  std::vector<TsvRow> rows;
  size_t line_number = 0;
  for (std::u32string_view line : Lines(all)) {
    ++line_number;
    if (StripPythonSpace(line).empty()) continue;
    size_t tab = line.rfind(U'\t');
    if (tab == std::u32string_view::npos) {
      return Status::Invalid(name + ":" + std::to_string(line_number) + ": no TAB before the label");
    }
    std::u32string_view label = StripPythonSpace(line.substr(tab + 1));
    if (label.size() != 1 || label[0] < U'0' || label[0] > U'4') {
      return Status::Invalid(name + ":" + std::to_string(line_number) + ": label '" + EncodeUtf8(label) +
                             "' is not 0-4");
    }
    rows.push_back(TsvRow{std::u32string(line.substr(0, tab)), static_cast<int>(label[0] - U'0')});
  }
  return rows;
}

Result<std::vector<BioSentence>> ReadBio(std::string_view data, const std::string& name) {
  auto decoded = DecodeStrict(data, name);
  if (!decoded.ok()) return decoded.status();
  std::vector<BioSentence> sentences;
  BioSentence current;
  size_t line_number = 0;
  for (std::u32string_view line : Lines(decoded.value())) {
    ++line_number;
    if (StripPythonSpace(line).empty()) {
      if (!current.empty()) sentences.push_back(std::move(current));
      current.clear();
      continue;
    }
    // "TOKEN TAG": the tag is the last whitespace-separated field; the token
    // is everything before it (Python's rsplit(None, 1)).
    while (!line.empty() && IsPythonSpace(line.back())) line.remove_suffix(1);
    size_t tag_start = line.size();
    while (tag_start > 0 && !IsPythonSpace(line[tag_start - 1])) --tag_start;
    size_t token_end = tag_start;
    while (token_end > 0 && IsPythonSpace(line[token_end - 1])) --token_end;
    if (tag_start == 0 || token_end == 0) {
      return Status::Invalid(name + ":" + std::to_string(line_number) + ": expected 'TOKEN TAG'");
    }
    current.push_back(BioToken{std::u32string(line.substr(0, token_end)), EncodeUtf8(line.substr(tag_start))});
  }
  if (!current.empty()) sentences.push_back(std::move(current));
  return sentences;
}

void FillSide(GoldSide& side, const std::vector<CharSpan>& located, std::u32string_view text) {
  side.spans = located;
  side.span_texts.clear();
  for (const CharSpan& s : located) side.span_texts.push_back(EncodeUtf8(text.substr(s.begin, s.end - s.begin)));
}

// Locates the BIO spans of one paired sentence and fills its sides.
void LocateSentenceSpans(CameoGoldSentence& g, std::u32string_view text, const BioSentence& tokens,
                         GoldAlignmentStats& stats) {
  if (RawTokensInOrder(text, tokens)) ++stats.raw_tokens_in_order;
  NormalizedText norm = NormalizeWithMap(text);
  std::vector<std::u32string> normalized_tokens = NormalizedTokens(tokens);
  TokenAlignment alignment = AlignTokens(norm, normalized_tokens);
  if (!alignment.aligned) {
    g.alignment = GoldAlignment::kSpanSearch;
    ++stats.span_search;
  } else if (alignment.exact) {
    g.alignment = GoldAlignment::kExact;
    ++stats.aligned_exact;
  } else {
    g.alignment = GoldAlignment::kPartial;
    ++stats.aligned_partial;
  }
  // role -> located spans, one entry per gold span (nullopt: not found)
  std::map<std::string, std::vector<std::optional<CharSpan>>> roles;
  for (const BioSpan& span : BioSpans(tokens)) {
    std::optional<CharSpan> location;
    if (alignment.aligned) {
      std::optional<CharSpan> first, last;
      for (size_t k = span.first; k < span.last; ++k) {
        if (alignment.spans[k]) {
          if (!first) first = alignment.spans[k];
          last = alignment.spans[k];
        }
      }
      if (first && last) location = CharSpan{first->begin, last->end};
    } else {
      location = LocateSpan(norm, normalized_tokens, span.first, span.last);
    }
    roles[span.role].push_back(location);
    ++stats.gold_spans;
    if (!location) ++stats.gold_spans_unlocated;
  }
  auto located_of = [&](const std::string& role) {
    std::vector<CharSpan> located;
    auto it = roles.find(role);
    if (it != roles.end()) {
      for (const auto& s : it->second) {
        if (s) located.push_back(*s);
      }
    }
    return located;
  };
  auto found = [&](const std::string& role) { return roles.count(role) != 0 && !roles[role].empty(); };
  if (found("R") && !found("S") && !found("T")) {
    // Joint actors ("Jordan and Britain agreed"): the R spans serve as both sides.
    g.joint_actors = true;
    std::vector<CharSpan> located = located_of("R");
    GoldSideState state = located.empty() ? GoldSideState::kLost : GoldSideState::kOk;
    for (GoldSide* side : {&g.source, &g.target}) {
      side->state = state;
      FillSide(*side, located, text);
    }
    return;
  }
  for (auto [role, side] : {std::pair{"S", &g.source}, std::pair{"T", &g.target}}) {
    std::vector<CharSpan> located = located_of(role);
    side->state = !found(role) ? GoldSideState::kNone : (located.empty() ? GoldSideState::kLost : GoldSideState::kOk);
    FillSide(*side, located, text);
  }
}

}  // namespace

Result<CameoSentenceGold> ParseCameoSentenceGold(std::string_view tsv_data, std::string_view bio_data,
                                                 const std::string& tsv_name, const std::string& bio_name) {
  auto rows = ReadTsv(tsv_data, tsv_name);
  if (!rows.ok()) return rows.status();
  auto bio = ReadBio(bio_data, bio_name);
  if (!bio.ok()) return bio.status();

  CameoSentenceGold gold;
  gold.tsv_path = tsv_name;
  gold.bio_path = bio_name;
  gold.bio_sentences = bio->size();
  std::vector<std::u32string> texts;
  texts.reserve(rows->size());
  for (const TsvRow& row : rows.value()) texts.push_back(row.text);
  bool identity = false;
  std::vector<long> pairs = PairSentences(texts, bio.value(), &identity);
  gold.stats.identity_pairing = identity;
  for (size_t i = 0; i < texts.size(); ++i) {
    CameoGoldSentence g;
    g.text = EncodeUtf8(texts[i]);
    g.penta = rows.value()[i].label;
    if (pairs[i] < 0) {
      ++gold.stats.unpaired;
    } else {
      ++gold.stats.paired;
      LocateSentenceSpans(g, texts[i], bio.value()[static_cast<size_t>(pairs[i])], gold.stats);
    }
    gold.sentences.push_back(std::move(g));
  }
  return gold;
}

Result<CameoSentenceGold> LoadCameoSentenceGold(const std::string& tsv_path, const std::string& bio_path) {
  auto tsv = ReadWholeFile(tsv_path);
  if (!tsv.ok()) return tsv.status();
  auto bio = ReadWholeFile(bio_path);
  if (!bio.ok()) return bio.status();
  return ParseCameoSentenceGold(tsv.value(), bio.value(), tsv_path, bio_path);
}

}  // namespace casus::eval
