// Tagging accuracy against Penn trees from Stanford CoreNLP, read from the
// shared folder of peer material when it is present (never copied here).
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>

#include "tag_test_util.h"

namespace casus {
namespace {

using tag_test::Models;
using tag_test::SharedModels;

struct GoldSentence {
  std::vector<std::string> words;
  std::vector<PosTag> tags;
};

std::string Unescape(std::string s) {
  const std::pair<const char*, const char*> entities[] = {
      {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}};
  for (auto [from, to] : entities) {
    for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + 1)) s.replace(at, strlen(from), to);
  }
  return s;
}

// Undo the treebank's token conventions so the words look like our tokenizer's.
std::string SurfaceOf(const std::string& word) {
  if (word == "-LRB-") return "(";
  if (word == "-RRB-") return ")";
  if (word == "-LCB-") return "{";
  if (word == "-RCB-") return "}";
  if (word == "``" || word == "''") return "\"";
  if (word == "--") return "-";
  return word;
}

// PETRARCH's trees mark auxiliaries AUXB/AUXD/AUXG/AUXN/AUXP/AUXZ: VB, VBD, ... .
PosTag GoldTag(const std::string& tag) {
  if (tag == "-LRB-") return PosTag::kOpenParen;
  if (tag == "-RRB-") return PosTag::kCloseParen;
  if (tag.rfind("AUX", 0) == 0) {
    std::string rest = tag.substr(3);
    return rest == "B" || rest.empty() ? PosTag::VB : PosTagFromName("VB" + rest);
  }
  return PosTagFromName(tag);
}

// The (TAG word) leaves of every <Parse> tree in a file.
std::vector<GoldSentence> ReadParses(const std::string& path) {
  std::ifstream in(path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string xml = buffer.str();
  std::vector<GoldSentence> sentences;
  for (size_t open = xml.find("<Parse>"); open != std::string::npos; open = xml.find("<Parse>", open + 1)) {
    size_t close = xml.find("</Parse>", open);
    if (close == std::string::npos) break;
    GoldSentence s;
    for (size_t i = open + 7; i < close; ++i) {
      if (xml[i] != '(') continue;
      size_t tag_end = xml.find_first_of(" ()\n", i + 1);
      if (tag_end >= close || xml[tag_end] != ' ') continue;
      size_t word_end = xml.find_first_of(" ()\n", tag_end + 1);
      if (word_end >= close || xml[word_end] != ')' || word_end == tag_end + 1) continue;
      std::string tag = xml.substr(i + 1, tag_end - i - 1);
      std::string word = Unescape(xml.substr(tag_end + 1, word_end - tag_end - 1));
      s.words.push_back(SurfaceOf(word));
      s.tags.push_back(GoldTag(tag));
    }
    if (!s.words.empty()) sentences.push_back(std::move(s));
  }
  return sentences;
}

// Treebank tag distinctions the event coder does not rely on count as agreeing.
bool Agrees(PosTag gold, PosTag ours) {
  if (gold == ours) return true;
  // Punctuation classes: the treebank writes ":" for "-" and ";", we keep them all as kPunct.
  auto punct = [](PosTag t) { return t >= PosTag::kPunct && t < PosTag::kCount; };
  return punct(gold) && punct(ours) && gold != PosTag::kPeriod && ours != PosTag::kPeriod;
}

double Measure(const std::vector<GoldSentence>& gold, bool verbose) {
  Models& m = SharedModels();
  size_t total = 0, right = 0;
  std::map<std::string, int> confusions;
  Doc doc(&m.vocab);
  for (const GoldSentence& s : gold) {
    tag_test::BuildDoc(doc, {s.words});
    EXPECT_TRUE(m.tagger->Process(doc).ok());
    std::string line;
    for (size_t k = 0; k < s.words.size(); ++k) {
      PosTag ours = doc.tokens[k].tag;
      ++total;
      bool ok = Agrees(s.tags[k], ours);
      right += ok;
      if (!ok) {
        confusions[std::string(PosTagName(s.tags[k])) + "->" + std::string(PosTagName(ours))]++;
        line += " [" + s.words[k] + " " + std::string(PosTagName(s.tags[k])) + ">" + std::string(PosTagName(ours)) + "]";
      } else {
        line += " " + s.words[k];
      }
    }
    if (verbose && line.find('[') != std::string::npos) std::printf("%s\n", line.c_str());
  }
  if (verbose) {
    std::multimap<int, std::string> by_count;
    for (auto& [k, v] : confusions) by_count.emplace(-v, k);
    for (auto& [v, k] : by_count) std::printf("%5d %s\n", -v, k.c_str());
  }
  return total == 0 ? 0.0 : static_cast<double>(right) / static_cast<double>(total);
}

class TagAccuracy : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!SharedModels().error.empty()) GTEST_SKIP() << "tagger data missing: " << SharedModels().error;
  }
  void Check(const std::string& relative, double threshold) {
    std::string path = std::string(CASUS_SHARED_DIR) + "/peers/petrarch/" + relative;
    if (!std::ifstream(path)) GTEST_SKIP() << "gold parses not present: " << path;
    std::vector<GoldSentence> gold = ReadParses(path);
    ASSERT_FALSE(gold.empty()) << path;
    double accuracy = Measure(gold, std::getenv("CASUS_TAG_ERRORS") != nullptr);
    RecordProperty("accuracy", std::to_string(accuracy));
    std::printf("tagging accuracy on %s: %.4f (%zu sentences)\n", relative.c_str(), accuracy, gold.size());
    EXPECT_GE(accuracy, threshold);
  }
};

TEST_F(TagAccuracy, PetrarchUnitTestParses) { Check("validate/PETR.UnitTest.records.xml", 0.95); }
TEST_F(TagAccuracy, GigaWordSampleParses) { Check("GigaWord.sample.PETR.xml", 0.94); }

}  // namespace
}  // namespace casus
