#include "casus/pipeline.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "code/actor_tagger.h"
#include "code/context_country.h"
#include "code/place_target.h"
#include "code/event_coder.h"
#include "core/pipeline_resources.h"
#include "core/text_util.h"
#include "dict/entry_line.h"
#include "dict/foreign_dictionaries.h"
#include "code/tabari_coder.h"
#include "extras/extras_stage.h"
#include "geo/place_resolver.h"
#include "parse/chunker.h"
#include "tag/lemmatizer.h"
#include "tag/tagger.h"
#include "text/boilerplate_filter.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace casus {

namespace fs = std::filesystem;

std::string DefaultDictDir() {
  if (const char* env = std::getenv("CASUS_DATA_DIR"); env && *env) return std::string(env) + "/dict";
  return CASUS_SOURCE_DATA_DIR "/dict";
}

std::string DefaultGeneratedDir() {
  if (const char* env = std::getenv("CASUS_GENERATED_DIR"); env && *env) return env;
  return CASUS_GENERATED_DATA_DIR;
}

namespace {

// A little above the shared vocabulary's size with our dictionaries (221k words in
// November 2026); more words only cost a rehash.
constexpr size_t kExpectedSharedWords = 240'000;

std::vector<std::string> TextFilesIn(const std::string& dir) {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.is_regular_file() && entry.path().extension() == ".txt") files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

// Reads discards.txt: one phrase a line.
size_t LoadDiscards(const std::string& path, const PhraseSplitter& split, Vocabulary& vocab, PhraseTrie& trie,
                    DiagnosticSink* sink) {
  std::ifstream in(path);
  if (!in) return 0;  // optional
  std::string line;
  std::vector<std::string> words;
  std::vector<WordId> ids;
  uint32_t n = 0;
  while (std::getline(in, line)) {
    std::string_view phrase = StripComment(line);
    if (phrase.empty()) continue;
    words.clear();
    split(phrase, words);
    if (words.empty()) {
      if (sink) sink->Report({Severity::kWarning, path, n, "discard phrase has no words"});
      continue;
    }
    ids.clear();
    for (const auto& w : words) ids.push_back(vocab.Intern(w));
    trie.Add(ids, n++);
  }
  trie.Freeze();
  return 0;
}

// The three-letter codes of the generated country dictionary ("CHN: China |
// Chinese"), whichever dictionaries code the text: a foreign dictionary's
// countries are the same ISO/CAMEO codes.
std::vector<WordId> CountryCodes(const std::string& countries_file, Vocabulary& vocab) {
  std::vector<WordId> codes;
  std::ifstream in(countries_file);
  std::string line;
  while (std::getline(in, line)) {
    if (line.size() > 3 && line[3] == ':' && std::all_of(line.begin(), line.begin() + 3, [](char c) { return c >= 'A' && c <= 'Z'; }))
      codes.push_back(vocab.Intern(std::string_view(line).substr(0, 3)));
  }
  return codes;
}

// Agent codes that take a country (not IGO/NGO, which are actors of their own).
std::vector<WordId> AgentCodes(const ActorDictionary& actors, Vocabulary& vocab) {
  std::vector<WordId> codes;
  WordId igo = vocab.Intern("IGO"), ngo = vocab.Intern("NGO");
  for (size_t i = 0; i < actors.size(); ++i) {
    const ActorEntry& e = actors.entry(static_cast<uint32_t>(i));
    if (e.agent && e.code != igo && e.code != ngo && vocab.Text(e.code).size() == 3) codes.push_back(e.code);
  }
  std::sort(codes.begin(), codes.end());
  codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
  return codes;
}

// Our own dictionaries: data/dict (docs/dictionaries.md) plus the generated countries.
size_t LoadNativeDictionaries(const PipelineOptions& options, const PhraseSplitter& split, PipelineResources& r,
                              DiagnosticSink* sink) {
  Vocabulary& vocab = r.vocabulary;
  size_t errors = 0;
  std::string countries = options.generated_dir + "/countries.txt";
  if (fs::exists(countries)) errors += r.actors.LoadFile(countries, false, split, vocab, sink);
  else if (sink) sink->Report({Severity::kWarning, countries, 0, "generated country dictionary not found"});
  for (const auto& file : TextFilesIn(options.dict_dir + "/actors")) errors += r.actors.LoadFile(file, false, split, vocab, sink);
  if (fs::exists(options.dict_dir + "/agents.txt"))
    errors += r.actors.LoadFile(options.dict_dir + "/agents.txt", true, split, vocab, sink);
  r.actors.Freeze();
  for (const auto& file : TextFilesIn(options.dict_dir + "/verbs")) errors += r.verbs.LoadFile(file, r.cameo, vocab, sink);
  r.verbs.Freeze();
  errors += LoadDiscards(options.dict_dir + "/discards.txt", split, vocab, r.discards, sink);
  return errors;
}

// A PETRARCH config's [Options]: those that change what is coded are applied
// (PetrarchOptions); those about PETRARCH's own files and output formats mean
// nothing to casus; any other is reported as not modelled.
void ApplyPetrarchConfigOptions(const std::string& config, const std::vector<PetrarchConfigOption>& config_options,
                                PetrarchOptions& petrarch_options, DiagnosticSink* sink) {
  static constexpr std::string_view kNotAboutCoding[] = {"textfile_list", "eventfile_name", "code_by_sentence",
                                                         "write_actor_root", "write_actor_text", "stop_on_error"};
  for (const PetrarchConfigOption& o : config_options) {
    if (SetPetrarchOption(petrarch_options, o.name, o.value)) continue;
    if (std::find(std::begin(kNotAboutCoding), std::end(kNotAboutCoding), o.name) != std::end(kNotAboutCoding)) continue;
    if (sink)
      sink->Report({Severity::kWarning, config, o.line,
                    "[Options] " + o.name + " = " + o.value + ": not modelled by casus (or not a valid value); ignored"});
  }
}

}  // namespace

Pipeline::Pipeline() = default;
Pipeline::~Pipeline() = default;

const Vocabulary& Pipeline::vocabulary() const { return resources_->vocabulary; }
const CameoTable& Pipeline::cameo() const { return resources_->cameo; }

std::unique_ptr<Doc> Pipeline::NewDoc() const { return std::make_unique<Doc>(&resources_->vocabulary); }

Result<std::unique_ptr<Pipeline>> Pipeline::Load(const PipelineOptions& given, DiagnosticSink* sink) {
  std::unique_ptr<Pipeline> pipeline(new Pipeline());
  PipelineOptions& options = pipeline->options_;
  options = given;
  if (options.dict_dir.empty()) options.dict_dir = DefaultDictDir();
  if (options.generated_dir.empty()) options.generated_dir = DefaultGeneratedDir();
  if (!fs::is_directory(options.dict_dir)) return Status::NotFound(options.dict_dir + ": dictionary folder not found");

  pipeline->resources_ = std::make_unique<PipelineResources>();
  PipelineResources& r = *pipeline->resources_;
  Vocabulary& vocab = r.vocabulary;
  // The tagger lexicon, WordNet and the gazetteer intern a few hundred thousand
  // words: sizing the table once saves rehashing it at every doubling on the way.
  vocab.Reserve(kExpectedSharedWords);

  std::string tables = (fs::path(options.dict_dir).parent_path() / "tables" / "cameo_codes.tsv").string();
  if (!fs::exists(tables)) tables = CASUS_SOURCE_DATA_DIR "/tables/cameo_codes.tsv";
  auto cameo = CameoTable::Load(tables);
  if (!cameo.ok()) return cameo.status();
  r.cameo = std::move(cameo).value();

  auto tokenizer = std::make_unique<Tokenizer>();
  const Tokenizer* tokenizer_ptr = tokenizer.get();
  // Dictionary phrases are split by the same tokenizer as the text.
  Doc phrase_doc(&vocab);
  PhraseSplitter split = [&](std::string_view phrase, std::vector<std::string>& words) {
    phrase_doc.Reset("", std::string(phrase), "");
    (void)tokenizer_ptr->Process(phrase_doc);
    for (const Token& t : phrase_doc.tokens) words.emplace_back(phrase_doc.words.Text(t.lower));
  };

  size_t errors = 0;
  if (options.tabari_defaults) r.tabari_options = TabariOptions::TabariDefaults();
  if (!options.tabari_project.empty() || !options.petrarch_dicts.empty()) {
    DictionaryTargets targets{r.actors, r.verbs, r.discards, r.cameo, vocab, split, &r.tabari_words};
    if (options.tabari_project.empty()) {
      std::vector<PetrarchConfigOption> config_options;
      errors += LoadPetrarchDictionaries(options.petrarch_dicts, targets, sink, &config_options);
      ApplyPetrarchConfigOptions(options.petrarch_dicts, config_options, r.petrarch_options, sink);
    } else {
      errors += LoadTabariProject(options.tabari_project, targets, sink, &r.tabari_options);
    }
    r.actors.Freeze();
    r.verbs.Freeze();
    r.discards.Freeze();
    r.tabari_words.Freeze();
  } else {
    errors += LoadNativeDictionaries(options, split, r, sink);
  }
  // Places (docs/places.md): the generated gazetteer, whatever the dictionaries.
  std::string gazetteer = options.generated_dir + "/gazetteer.tsv";
  if (fs::exists(gazetteer)) errors += r.gazetteer.LoadFile(gazetteer, split, vocab, sink);
  else if (sink) sink->Report({Severity::kWarning, gazetteer, 0, "generated gazetteer not found; events get no location"});
  r.gazetteer.Freeze();
  if (errors > 0 && !options.lenient)
    return Status::Invalid(std::to_string(errors) + " dictionary error(s); fix them or pass --lenient");

  auto tagger = Tagger::Load(options.generated_dir + "/lexicon.tsv", vocab);
  if (!tagger.ok()) return tagger.status();
  auto lemmatizer = Lemmatizer::Load("/usr/share/wordnet", vocab);
  if (!lemmatizer.ok()) return lemmatizer.status();

  auto& stages = pipeline->stages_;
  stages.push_back(std::make_unique<BoilerplateFilter>());
  stages.push_back(std::move(tokenizer));
  stages.push_back(std::make_unique<SentenceSplitter>(SentenceSplitterOptions{options.max_sentence_tokens}));
  stages.push_back(std::move(tagger).value());
  stages.push_back(std::move(lemmatizer).value());
  stages.push_back(std::make_unique<Chunker>(vocab));
  stages.push_back(std::make_unique<ActorTagger>(
      &r.actors, ActorTagger::Options{.owner_compounds = options.tabari_project.empty() && options.petrarch_dicts.empty(),
                                      .any_case = !options.tabari_project.empty()}));
  if (!options.tabari_project.empty()) {
    // TABARI dictionaries are coded as TABARI codes them (code/tabari_coder.h).
    stages.push_back(std::make_unique<TabariCoder>(&r.verbs, &r.discards, &r.tabari_options, &r.tabari_words, vocab));
  } else {
    EventCoderOptions coder_options{options.keep_unreal_events, !options.petrarch_dicts.empty()};
    if (coder_options.petrarch_semantics) {
      coder_options.petrarch_actors = &r.actors;
      coder_options.petrarch_options = &r.petrarch_options;
    }
    auto coder = std::make_unique<EventCoder>(&r.verbs, &r.cameo, &r.discards, vocab, coder_options);
    pipeline->event_coder_ = coder.get();
    stages.push_back(std::move(coder));
  }
  stages.push_back(std::make_unique<PlaceResolver>(&r.gazetteer, &r.cameo, vocab));
  stages.push_back(std::make_unique<ContextCountry>(vocab, CountryCodes(options.generated_dir + "/countries.txt", vocab),
                                                    AgentCodes(r.actors, vocab)));
  // Our own dictionaries code a place as the target nobody else is (code/place_target.h);
  // TABARI and PETRARCH dictionaries are coded as their coders code them.
  if (options.tabari_project.empty() && options.petrarch_dicts.empty())
    stages.push_back(std::make_unique<PlaceTarget>(vocab, CountryCodes(options.generated_dir + "/countries.txt", vocab),
                                                   r.cameo.Find("010")));
  if (options.extras) stages.push_back(std::make_unique<ExtrasStage>(vocab, &r.cameo));
  return pipeline;
}

Status Pipeline::Explain(Doc& doc, std::vector<std::string>& trace) const {
  EventCoder::Trace coder_trace;
  Status status = Status::Ok();
  for (const auto& stage : stages_) {
    status = stage.get() == event_coder_ ? event_coder_->ProcessWithTrace(doc, &coder_trace) : stage->Process(doc);
    if (!status.ok()) break;
  }
  trace = std::move(coder_trace.lines);
  return status;
}

void Pipeline::SetTabariOption(std::string_view command) { ApplyTabariOption(command, resources_->tabari_options); }

bool Pipeline::SetPetrarchOption(std::string_view name, std::string_view value) {
  return casus::SetPetrarchOption(resources_->petrarch_options, name, value);
}

Status Pipeline::Process(Doc& doc) const {
  for (const auto& stage : stages_) CASUS_RETURN_IF_ERROR(stage->Process(doc));
  return Status::Ok();
}

}  // namespace casus
