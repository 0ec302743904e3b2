// The HTTP side of `casus serve`: routes the JSON API (serve/api.h) and the
// page's static files, with the safety limits of docs/serve.md.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "casus/status.h"
#include "serve/api.h"

namespace casus::serve {

struct ServeOptions {
  std::string host = "127.0.0.1";
  int port = 8080;          // 0: any free port (the one chosen is passed to on_listening)
  std::string web_dir;      // the page: index.html, app.js, vendor/...
  int threads = 16;         // HTTP worker threads (one per open connection)
  size_t max_body = 16 * 1024;
  int read_timeout_s = 5;
  int write_timeout_s = 10;
};

class HttpServer {
 public:
  HttpServer(Api& api, ServeOptions options);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds the address; on success `port()` is the port bound.
  Status Bind();
  int port() const { return port_; }
  // Serves until Stop is called (from another thread); `log` receives one line per request.
  Status Run(const std::function<void(const std::string&)>& log);
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::string host_;
  int port_ = 0;
};

}  // namespace casus::serve
