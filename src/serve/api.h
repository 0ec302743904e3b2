// The JSON API of `casus serve` (docs/serve.md), independent of the HTTP
// library: each endpoint takes the query parameters and returns a status code
// and a JSON body. Bad parameters are 400 with {"error": "..."}; a query that
// runs past the time limit is 503. Replies never carry SQL, paths or internals.
#pragma once

#include <cstdint>
#include <string>

#include "casus/cameo.h"
#include "serve/request_params.h"
#include "serve/store_pool.h"

namespace casus::serve {

struct ApiReply {
  int status = 200;
  std::string body;  // JSON
};

ApiReply JsonError(int status, std::string_view message);

class Api {
 public:
  // Reads what the store offers (full text, places, quotations) once.
  static Result<std::unique_ptr<Api>> Create(StorePool& pool, const CameoTable& cameo);

  ApiReply Info(const Params& params);        // GET /api/info
  ApiReply Events(const Params& params);      // GET /api/events
  ApiReply Event(std::string_view id);        // GET /api/events/ID
  ApiReply Aggregate(const Params& params);   // GET /api/aggregate
  ApiReply Actors(const Params& params);      // GET /api/actors
  ApiReply Places(const Params& params);      // GET /api/places
  // Any GET under /api/: `path` as decoded from the request target, without the
  // query; an unknown endpoint is 404. The HTTP server and the fuzzer
  // (fuzz/serve_params_fuzzer.cc) both answer requests through this.
  ApiReply Route(std::string_view path, const Params& params);

 private:
  Api(StorePool& pool, const CameoTable& cameo) : pool_(pool), cameo_(cameo) {}
  ApiReply StoreFailure(const StorePool::Lease& lease, const Status& status, bool text_query = false) const;

  StorePool& pool_;
  const CameoTable& cameo_;
  bool has_full_text_ = false;
  bool has_quotations_ = false;
  bool has_places_ = false;
};

}  // namespace casus::serve
