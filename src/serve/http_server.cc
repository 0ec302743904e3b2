#include "serve/http_server.h"

#include <httplib.h>

#include <filesystem>

#include <fmt/format.h>

namespace casus::serve {
namespace {

bool IsLoopback(const std::string& host) { return host == "127.0.0.1" || host == "localhost" || host == "::1"; }

// On a loopback address only requests naming a loopback host are answered, so a
// web page elsewhere cannot reach the store by pointing a DNS name at 127.0.0.1.
bool HostAllowed(const std::string& host_header) {
  std::string host = host_header;
  if (!host.empty() && host.front() == '[') host = host.substr(1, host.find(']') - 1);
  else host = host.substr(0, host.find(':'));
  return IsLoopback(host);
}

void Send(httplib::Response& response, const ApiReply& reply) {
  response.status = reply.status;
  response.set_content(reply.body, "application/json; charset=utf-8");
}

}  // namespace

struct HttpServer::Impl {
  httplib::Server server;
};

HttpServer::HttpServer(Api& api, ServeOptions options) : impl_(std::make_unique<Impl>()) {
  httplib::Server& s = impl_->server;
  const bool loopback = IsLoopback(options.host);
  const int threads = std::max(options.threads, 2);
  s.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
  s.set_payload_max_length(options.max_body);
  s.set_read_timeout(options.read_timeout_s, 0);
  s.set_write_timeout(options.write_timeout_s, 0);
  s.set_default_headers({{"X-Content-Type-Options", "nosniff"},
                         {"X-Frame-Options", "DENY"},
                         {"Referrer-Policy", "no-referrer"},
                         {"Content-Security-Policy",
                          "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                          "connect-src 'self'; frame-ancestors 'none'"}});

  s.set_pre_routing_handler([loopback](const httplib::Request& request, httplib::Response& response) {
    if (loopback && !HostAllowed(request.get_header_value("Host"))) {
      Send(response, JsonError(403, "this server answers only requests to a loopback host (127.0.0.1 or localhost)"));
      return httplib::Server::HandlerResponse::Handled;
    }
    if (request.method != "GET" && request.method != "HEAD") {
      Send(response, JsonError(405, "read-only: only GET is served"));
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });

  s.Get(R"(/api/.*)", [&api](const httplib::Request& request, httplib::Response& response) {
    Send(response, api.Route(request.path, request.params));
    response.set_header("Cache-Control", "no-store");
  });

  if (!options.web_dir.empty()) s.set_mount_point("/", options.web_dir);

  // Errors the library raises itself (too long a URI or body, a missing file)
  // get a JSON body without internals.
  s.set_error_handler([](const httplib::Request&, httplib::Response& response) {
    if (!response.body.empty()) return;
    std::string message = response.status == 404   ? "not found"
                          : response.status == 413 ? "the request is too large"
                          : response.status == 414 ? "the request URI is too long"
                                                   : fmt::format("HTTP {}", response.status);
    Send(response, JsonError(response.status, message));
  });
  s.set_exception_handler([](const httplib::Request&, httplib::Response& response, std::exception_ptr) {
    Send(response, JsonError(500, "internal error"));
  });
  host_ = options.host;
  port_ = options.port;
}

HttpServer::~HttpServer() = default;

Status HttpServer::Bind() {
  httplib::Server& s = impl_->server;
  if (port_ == 0) {
    int bound = s.bind_to_any_port(host_);
    if (bound <= 0) return Status::IoError("cannot listen on " + host_ + " (any port)");
    port_ = bound;
    return Status::Ok();
  }
  if (!s.bind_to_port(host_, port_)) return Status::IoError(fmt::format("cannot listen on {}:{}", host_, port_));
  return Status::Ok();
}

Status HttpServer::Run(const std::function<void(const std::string&)>& log) {
  if (log) {
    impl_->server.set_logger([log](const httplib::Request& request, const httplib::Response& response) {
      log(fmt::format("{} {} {}", request.method, request.path, response.status));
    });
  }
  if (!impl_->server.listen_after_bind()) return Status::IoError("the server stopped listening");
  return Status::Ok();
}

void HttpServer::Stop() { impl_->server.stop(); }

}  // namespace casus::serve
