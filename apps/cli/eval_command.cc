// casus eval cameo-sentences: code a sentence gold set and score it.
#include <fstream>
#include <iostream>
#include <sstream>

#include "casus/event_writer.h"
#include "casus/pipeline.h"
#include "commands.h"
#include "eval/cameo_sentence_eval.h"

namespace casus::cli {
namespace {

struct EvalOptions {
  CommonOptions common;
  std::string tsv, bio;
  std::string events_file;   // score these events instead of coding
  std::string write_events;  // also save the coded events here
  bool json = false;
};

eval::EvalEvent ToEvalEvent(const Doc& doc, const Event& e, const CameoTable& cameo) {
  eval::EvalEvent out;
  out.doc = doc.id;
  const CameoCode& code = cameo.at(e.cameo);
  out.penta = code.penta;
  out.code = code.code;
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

int RunEval(const EvalOptions& options) {
  auto gold = eval::LoadCameoSentenceGold(options.tsv, options.bio);
  if (!gold.ok()) {
    std::cerr << "casus: " << gold.status().message() << '\n';
    return kExitFailure;
  }
  DiagnosticList diagnostics;
  PipelineOptions pipeline_options = ToPipelineOptions(options.common);
  auto pipeline = Pipeline::Load(pipeline_options, &diagnostics);
  for (const auto& d : diagnostics.items) std::cerr << "casus: " << d.ToString() << '\n';
  if (!pipeline.ok()) {
    std::cerr << "casus: " << pipeline.status().message() << '\n';
    return kExitFailure;
  }
  const Pipeline& p = *pipeline.value();
  auto doc = p.NewDoc();

  std::vector<std::string> texts;
  for (const auto& s : gold.value().sentences) texts.push_back(s.text);

  std::vector<eval::EvalEvent> events;
  std::map<std::string, uint64_t> problems;
  if (!options.events_file.empty()) {
    std::ifstream in(options.events_file, std::ios::binary);
    if (!in) {
      std::cerr << "casus: " << options.events_file << ": cannot open events file\n";
      return kExitFailure;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    events = eval::ParseEvalEventsJsonLines(buffer.str(), problems);
  } else {
    std::ofstream saved;
    if (!options.write_events.empty()) saved.open(options.write_events, std::ios::binary);
    std::string line;
    for (size_t i = 0; i < texts.size(); ++i) {
      doc->Reset(std::to_string(i + 1), texts[i], "");
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
  }

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
  sentences->add_option("--events", options->events_file, "score this JSON-lines events file instead of coding");
  sentences->add_option("--write-events", options->write_events, "also write the coded events (JSON lines)");
  sentences->add_flag("--json", options->json, "print one JSON object instead of the table");
  sentences->callback([options, &exit_status] { exit_status = RunEval(*options); });
}

}  // namespace casus::cli
