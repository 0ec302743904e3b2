// Fuzzes the JSON API of `casus serve` without a socket: the input is a request
// target ("/api/events?actor=IRN&page=2"), split and percent-decoded by the HTTP
// library's own functions as its server does, then answered by Api::Route over
// an in-memory store of a few coded documents. That covers the parameter
// checks (serve/request_params.h), the filters they build, the SQL those
// become (store/event_query.h, full-text queries included) and the replies.
// Every reply must be 200, 400 or 404 (a 500 or 503 means the store was handed
// something it could not run) and valid JSON; errors carry a message.
#include <httplib.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "casus/pipeline.h"
#include "serve/api.h"
#include "serve/store_pool.h"
#include "store/store.h"

namespace {

// Names the broken invariant, then crashes so that libFuzzer keeps the input.
[[noreturn]] void Fail(const char* what) {
  std::fprintf(stderr, "invariant broken: %s\n", what);
  std::abort();
}

void Check(const casus::Status& status, const char* what) {
  if (!status.ok()) {
    std::fprintf(stderr, "%s: %s\n", what, status.message().c_str());
    Fail(what);
  }
}

// Enough documents for every filter to match something: two dates a month
// apart, several actors, and sentences for the full-text index.
struct Article {
  const char* id;
  const char* date;
  const char* text;
};
constexpr Article kArticles[] = {
    {"a", "2019-01-08",
     "Iraqi Prime Minister Adil Abdul-Mahdi met Iranian President Hassan Rouhani in Baghdad on Tuesday. "
     "Iraq praised Iran for its help against Islamic State."},
    {"b", "2019-02-21",
     "The United States accused Iran of sending weapons to militias in Iraq. Iran rejected the accusation. "
     "Turkish troops attacked Kurdish fighters in northern Syria."},
    {"c", "2019-02-22",
     "Russia called for talks between Turkey and Syria. China signed an agreement with Pakistan. "
     "Police arrested twelve protesters in Baghdad."},
};

struct Server {
  std::unique_ptr<casus::Pipeline> pipeline;
  std::unique_ptr<casus::serve::StorePool> pool;
  std::unique_ptr<casus::serve::Api> api;
};

Server& SharedServer() {
  static Server server = [] {
    Server s;
    casus::DiagnosticList sink;
    auto loaded = casus::Pipeline::Load({}, &sink);
    Check(loaded.status(), "loading the pipeline");
    s.pipeline = std::move(loaded).value();
    auto opened = casus::store::Store::Open(":memory:");
    Check(opened.status(), "opening an in-memory store");
    casus::store::Store& db = *opened.value();
    casus::store::RunInfo run;
    run.kind = "ingest";
    Check(db.BeginRun(run, false).status(), "starting a run");
    std::unique_ptr<casus::Doc> doc = s.pipeline->NewDoc();
    for (const Article& article : kArticles) {
      doc->Reset(article.id, article.text, article.date);
      Check(s.pipeline->Process(*doc), "coding a document");
      Check(db.Put(*doc, s.pipeline->cameo(), {"title", "fuzz", "https://example.org/"}), "storing a document");
    }
    Check(db.Flush(), "committing");
    auto counts = db.Counts();  // filters that match nothing would leave the row paths unfuzzed
    if (!counts.ok() || counts->events < 5) Fail("the fuzz store holds too few events");
    // No time limit in practice: a slow query is libFuzzer's -timeout to report.
    s.pool = casus::serve::StorePool::Adopt(std::move(opened).value(), std::chrono::hours(1));
    auto api = casus::serve::Api::Create(*s.pool, s.pipeline->cameo());
    Check(api.status(), "creating the API");
    s.api = std::move(api).value();
    return s;
  }();
  return server;
}

}  // namespace

// Loading the dictionaries takes seconds under the sanitizers; done here, it is
// not charged to the first input's -timeout (a loaded machine once made an empty
// input "time out"). The replay main has no such hook: there the first input loads.
extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  SharedServer();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  casus::serve::Api& api = *SharedServer().api;
  std::string target(reinterpret_cast<const char*>(data), size);
  // As httplib's server reads a request line's target: the path before the
  // first '?' is percent-decoded, the rest is the query string.
  size_t question = target.find('?');
  std::string path = httplib::detail::decode_url(target.substr(0, question), false);
  casus::serve::Params params;
  if (question != std::string::npos) httplib::detail::parse_query_text(target.substr(question + 1), params);

  casus::serve::ApiReply reply = api.Route(path, params);
  if (reply.status != 200 && reply.status != 400 && reply.status != 404) {
    std::fprintf(stderr, "status %d: %s\n", reply.status, reply.body.c_str());
    Fail("a reply that is neither 200, 400 nor 404");
  }
  auto body = nlohmann::json::parse(reply.body, nullptr, /*allow_exceptions=*/false);
  if (body.is_discarded() || !body.is_object()) Fail("a reply body that is not a JSON object");
  if (reply.status != 200) {
    auto error = body.find("error");
    if (error == body.end() || !error->is_string() || error->get<std::string>().empty())
      Fail("an error reply without a message");
    return 0;
  }
  if (auto events = body.find("events"); events != body.end() && body.contains("page_size")) {
    if (!events->is_array() || events->size() > body["page_size"].get<size_t>()) Fail("a page longer than page_size");
  }
  return 0;
}
