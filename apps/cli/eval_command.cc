// casus eval cameo-sentences / plover-gsr: code a gold set and score it.
#include <fstream>
#include <iostream>
#include <sstream>

#include "casus/event_writer.h"
#include "casus/pipeline.h"
#include "core/pipeline_resources.h"
#include "commands.h"
#include "eval/cameo_sentence_eval.h"
#include "eval/plover_gsr.h"

namespace casus::cli {
namespace {

struct EvalOptions {
  CommonOptions common;
  std::string tsv, bio;      // cameo-sentences
  std::string gsr;           // plover-gsr
  std::string events_file;   // score these events instead of coding
  std::string write_events;  // also save the coded events here
  bool json = false;
};

// One gold text to code as a document.
struct GoldDocument {
  std::string id, text, date;
};

eval::EvalEvent ToEvalEvent(const Doc& doc, const Event& e, const CameoTable& cameo) {
  eval::EvalEvent out;
  out.doc = doc.id;
  const CameoCode& code = cameo.at(e.cameo);
  out.penta = code.penta;
  out.code = code.code;
  out.cameo_code = code.code;
  out.plover = code.plover;
  out.plover_given = true;
  if (e.source.present()) {
    out.source_code = std::string(doc.words.Text(e.source.code));
    out.has_source_span = true;
    out.source_begin = e.source.begin;
    out.source_end = e.source.end;
    out.source_text = std::string(doc.Surface(e.source.begin, e.source.end));
  }
  if (e.target.present()) {
    out.target_code = std::string(doc.words.Text(e.target.code));
    out.has_target_span = true;
    out.target_begin = e.target.begin;
    out.target_end = e.target.end;
    out.target_text = std::string(doc.Surface(e.target.begin, e.target.end));
  }
  return out;
}

// The pipeline the dictionary options ask for; null (reported) when it cannot be loaded.
std::unique_ptr<Pipeline> LoadPipelineOrReport(const CommonOptions& common) {
  DiagnosticList diagnostics;
  auto pipeline = Pipeline::Load(ToPipelineOptions(common), &diagnostics);
  for (const auto& d : diagnostics.items) std::cerr << "casus: " << d.ToString() << '\n';
  if (!pipeline.ok()) {
    std::cerr << "casus: " << pipeline.status().message() << '\n';
    return nullptr;
  }
  return std::move(pipeline).value();
}

// The events to score: read from --events, else coded from the gold texts
// (and saved to --write-events). False (reported) when a file cannot be opened.
bool GetEvents(const EvalOptions& options, const Pipeline& p, const std::vector<GoldDocument>& documents,
               std::vector<eval::EvalEvent>& events, std::map<std::string, uint64_t>& problems) {
  if (!options.events_file.empty()) {
    std::ifstream in(options.events_file, std::ios::binary);
    if (!in) {
      std::cerr << "casus: " << options.events_file << ": cannot open events file\n";
      return false;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    events = eval::ParseEvalEventsJsonLines(buffer.str(), problems);
    return true;
  }
  std::ofstream saved;
  if (!options.write_events.empty()) {
    saved.open(options.write_events, std::ios::binary);
    if (!saved) {
      std::cerr << "casus: " << options.write_events << ": cannot write events file\n";
      return false;
    }
  }
  auto doc = p.NewDoc();
  std::string line;
  for (const GoldDocument& d : documents) {
    doc->Reset(d.id, d.text, d.date);
    if (!p.Process(*doc).ok()) continue;
    for (const Event& e : doc->events) {
      events.push_back(ToEvalEvent(*doc, e, p.cameo()));
      if (saved) {
        line.clear();
        AppendEventJson(*doc, e, p.cameo(), line);
        saved << line << '\n';
      }
    }
  }
  return true;
}

int RunEval(const EvalOptions& options) {
  auto gold = eval::LoadCameoSentenceGold(options.tsv, options.bio);
  if (!gold.ok()) {
    std::cerr << "casus: " << gold.status().message() << '\n';
    return kExitFailure;
  }
  std::unique_ptr<Pipeline> pipeline = LoadPipelineOrReport(options.common);
  if (!pipeline) return kExitFailure;
  const Pipeline& p = *pipeline;

  std::vector<std::string> texts;
  std::vector<GoldDocument> documents;
  for (const auto& s : gold.value().sentences) {
    texts.push_back(s.text);
    documents.push_back({std::to_string(documents.size() + 1), s.text, ""});
  }
  std::vector<eval::EvalEvent> events;
  std::map<std::string, uint64_t> problems;
  if (!GetEvents(options, p, documents, events, problems)) return kExitFailure;

  // Gold spans are read with our own actor dictionaries.
  auto span_doc = p.NewDoc();
  eval::CountryResolver resolver = [&](std::string_view span) {
    std::vector<std::string> countries;
    span_doc->Reset("span", std::string(span), "");
    if (!p.Process(*span_doc).ok()) return countries;
    for (const Mention& m : span_doc->mentions) {
      if (m.kind != MentionKind::kActor) continue;
      std::string_view code = span_doc->words.Text(m.code);
      if (code.size() >= 3) countries.emplace_back(code.substr(0, 3));
    }
    return countries;
  };
  auto scores = eval::ScoreCameoSentences(gold.value(), texts, events, resolver);
  for (const auto& [name, count] : problems) scores.diagnostics[name] += count;
  std::cout << (options.json ? eval::FormatScoresJson(scores) + "\n" : eval::FormatScoresTable(scores));
  return kExitOk;
}

int RunPloverGsr(const EvalOptions& options) {
  auto gold = eval::LoadPloverGsr(options.gsr);
  if (!gold.ok()) {
    std::cerr << "casus: " << gold.status().message() << '\n';
    return kExitFailure;
  }
  std::unique_ptr<Pipeline> pipeline = LoadPipelineOrReport(options.common);
  if (!pipeline) return kExitFailure;
  const Pipeline& p = *pipeline;
  auto aliases = eval::LoadCameoCountryAliases(p.options().dict_dir);
  if (!aliases.ok()) {
    std::cerr << "casus: " << aliases.status().message() << '\n';
    return kExitFailure;
  }

  std::vector<GoldDocument> documents;
  for (const eval::GsrRecord& r : gold.value().records) documents.push_back({r.id, r.text, r.date});
  std::vector<eval::EvalEvent> events;
  std::map<std::string, uint64_t> problems;
  if (!GetEvents(options, p, documents, events, problems)) return kExitFailure;
  for (const auto& [name, count] : problems) std::cerr << "casus: " << options.events_file << ": " << count << ' ' << name << '\n';
  // Events from other coders may lack "plover": take it from their CAMEO code.
  for (eval::EvalEvent& e : events) {
    if (e.plover_given) continue;
    int index = p.cameo().Find(e.cameo_code.empty() ? e.code : e.cameo_code);
    if (index >= 0) e.plover = p.cameo().at(static_cast<size_t>(index)).plover;
  }

  // Agent (role) codes begin the codes of actors without a country ("GOV").
  eval::AgentPrefixes agents;
  const ActorDictionary& actors = p.resources().actors;
  for (size_t i = 0; i < actors.size(); ++i) {
    const ActorEntry& entry = actors.entry(static_cast<uint32_t>(i));
    std::string_view code = p.vocabulary().Text(entry.code);
    if (entry.agent && code.size() >= 3) agents.emplace(code.substr(0, 3));
  }
  auto scores = eval::ScorePloverGsr(gold.value(), events, aliases.value(), agents);
  std::string label = options.events_file.empty() ? "casus" : options.events_file;
  std::cout << (options.json ? eval::FormatPloverGsrJson(scores) + "\n" : eval::FormatPloverGsrTable(scores, label));
  return gold.value().lost ? kExitSomeSkipped : kExitOk;
}

// The options every eval subcommand has: events in or out, and --json.
void AddEventOptions(CLI::App& command, EvalOptions& options) {
  command.add_option("--events", options.events_file, "score this JSON-lines events file instead of coding");
  command.add_option("--write-events", options.write_events, "also write the coded events (JSON lines)");
  command.add_flag("--json", options.json, "print one JSON object instead of the table");
}

}  // namespace

void RegisterEval(CLI::App& app, int& exit_status) {
  CLI::App* eval_command = app.add_subcommand("eval", "score casus against gold sets");
  eval_command->require_subcommand(1);
  auto options = std::make_shared<EvalOptions>();
  CLI::App* sentences = eval_command->add_subcommand(
      "cameo-sentences", "code SENTENCES.tsv (text TAB PentaClass) and score against SPANS.bio (docs/eval.md)");
  AddCommonOptions(*sentences, options->common);
  sentences->add_option("sentences_tsv", options->tsv, "sentences with PentaClass labels")->required();
  sentences->add_option("spans_bio", options->bio, "BIO-tagged source/target spans, same order")->required();
  AddEventOptions(*sentences, *options);
  sentences->callback([options, &exit_status] { exit_status = RunEval(*options); });

  auto gsr_options = std::make_shared<EvalOptions>();
  CLI::App* gsr = eval_command->add_subcommand(
      "plover-gsr", "code the PLOVER gold-standard records (PLOVER_GSR_CAMEO.txt) and score them by category (docs/eval.md)");
  AddCommonOptions(*gsr, gsr_options->common);
  gsr->add_option("gsr_file", gsr_options->gsr, "the GSR file: a JSON array of records")->required();
  AddEventOptions(*gsr, *gsr_options);
  gsr->callback([gsr_options, &exit_status] { exit_status = RunPloverGsr(*gsr_options); });
}

}  // namespace casus::cli
