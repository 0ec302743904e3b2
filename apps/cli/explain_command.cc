// casus explain: why a sentence was coded the way it was.
#include <iostream>
#include <iterator>
#include <sstream>

#include "casus/event_writer.h"
#include "casus/pipeline.h"
#include "commands.h"
#include "core/pipeline_resources.h"
#include "core/text_util.h"

namespace casus::cli {
namespace {

struct ExplainOptions {
  CommonOptions common;
  std::string date;
  std::string text;
  bool include_unreal = false;
};

std::string PhraseFlags(uint16_t flags) {
  std::string out;
  const std::pair<uint16_t, const char*> names[] = {
      {kPassive, "passive"}, {kNegated, "negated"},   {kModal, "modal"},         {kFuture, "future"},
      {kInfinitive, "infinitive"}, {kGerund, "gerund"}, {kParticiple, "participle"}, {kPronoun, "pronoun"}};
  for (auto [bit, name] : names)
    if (flags & bit) out += std::string(out.empty() ? "" : ",") + name;
  return out;
}

int RunExplain(const ExplainOptions& options) {
  std::string text = options.text;
  if (text.empty()) text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  DiagnosticList diagnostics;
  PipelineOptions pipeline_options = ToPipelineOptions(options.common);
  pipeline_options.keep_unreal_events = options.include_unreal;
  auto pipeline = Pipeline::Load(pipeline_options, &diagnostics);
  for (const auto& d : diagnostics.items) std::cerr << "casus: " << d.ToString() << '\n';
  if (!pipeline.ok()) {
    std::cerr << "casus: " << pipeline.status().message() << '\n';
    return kExitFailure;
  }
  const Pipeline& p = *pipeline.value();
  const PipelineResources& r = p.resources();
  auto doc = p.NewDoc();
  doc->Reset("explain", text, options.date);
  std::vector<std::string> trace;
  Status status = p.Explain(*doc, trace);
  if (!status.ok()) {
    std::cerr << "casus: " << status.message() << '\n';
    return kExitFailure;
  }
  std::ostringstream out;
  for (uint32_t s = 0; s < doc->sentences.size(); ++s) {
    const Sentence& sentence = doc->sentences[s];
    out << "sentence " << s << ": " << doc->Surface(sentence.begin, sentence.end) << "\n  tokens:";
    for (uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
      const Token& tok = doc->tokens[t];
      out << ' ' << doc->Surface(tok) << '/' << PosTagName(tok.tag);
      if (doc->words.Text(tok.lemma) != doc->words.Text(tok.lower)) out << '/' << doc->words.Text(tok.lemma);
    }
    out << "\n  phrases:";
    for (const Phrase& ph : doc->phrases) {
      if (ph.sentence != s) continue;
      out << " [" << (ph.kind == PhraseKind::kVerb ? "VG " : "NP ")
          << doc->Surface(doc->tokens[ph.first].begin, doc->tokens[ph.end - 1].end);
      std::string flags = PhraseFlags(ph.flags);
      if (!flags.empty()) out << " {" << flags << '}';
      out << ']';
    }
    out << "\n  mentions:";
    for (const Mention& m : doc->mentions) {
      if (m.sentence != s) continue;
      const ActorEntry& e = r.actors.entry(m.entry);
      out << " [" << doc->Surface(doc->tokens[m.first].begin, doc->tokens[m.end - 1].end) << " = "
          << doc->words.Text(m.code) << (m.kind == MentionKind::kAgent ? " agent" : "") << " ("
          << r.actors.file_name(e.file) << ':' << e.line << ")]";
    }
    out << '\n';
  }
  out << "coding:\n";
  for (const std::string& line : trace) out << "  " << line << '\n';
  out << "events:\n";
  std::string json;
  for (const Event& e : doc->events) {
    const VerbPattern& pattern = r.verbs.pattern(e.pattern);
    json.clear();
    AppendEventJson(*doc, e, p.cameo(), json);
    out << "  " << (e.source.present() ? doc->words.Text(e.source.code) : "-") << ' ' << p.cameo().at(e.cameo).code
        << ' ' << (e.target.present() ? doc->words.Text(e.target.code) : "-") << "  pattern '" << pattern.text
        << "' (" << r.verbs.file_name(pattern.file) << ':' << pattern.line << ")";
    std::string flags = EventFlagNames(e.flags, ",");
    if (!flags.empty()) out << " flags=" << flags;
    out << "\n    " << json << '\n';
  }
  std::cout << out.str();
  return kExitOk;
}

}  // namespace

void RegisterExplain(CLI::App& app, int& exit_status) {
  auto options = std::make_shared<ExplainOptions>();
  CLI::App* command = app.add_subcommand(
      "explain", "show tokens, tags, lemmas, phrases, dictionary matches and the pattern behind each event");
  AddCommonOptions(*command, options->common);
  command->add_option("--date", options->date, "article date (YYYY-MM-DD)");
  command->add_flag("--include-unreal", options->include_unreal, "keep negated, future and hypothetical events");
  command->add_option("text", options->text, "the text to explain (standard input when absent)");
  command->callback([options, &exit_status] { exit_status = RunExplain(*options); });
}

}  // namespace casus::cli
