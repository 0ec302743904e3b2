// Status and Result: how the library reports errors without printing, exiting
// or throwing on user input. The CLI turns them into messages and exit codes.
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace casus {

enum class StatusCode { kOk = 0, kInvalidInput, kNotFound, kIoError, kLimitExceeded, kInternal };

class [[nodiscard]] Status {
 public:
  Status() = default;
  static Status Ok() { return Status(); }
  static Status Invalid(std::string message) { return Status(StatusCode::kInvalidInput, std::move(message)); }
  static Status NotFound(std::string message) { return Status(StatusCode::kNotFound, std::move(message)); }
  static Status IoError(std::string message) { return Status(StatusCode::kIoError, std::move(message)); }
  static Status LimitExceeded(std::string message) { return Status(StatusCode::kLimitExceeded, std::move(message)); }
  static Status Internal(std::string message) { return Status(StatusCode::kInternal, std::move(message)); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// A value or the Status that explains why there is none.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}  // NOLINT(google-explicit-constructor)
  Result(Status status) : state_(std::move(status)) { assert(!std::get<Status>(state_).ok()); }  // NOLINT

  bool ok() const { return std::holds_alternative<T>(state_); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(state_);
  }
  T& value() & { return std::get<T>(state_); }
  const T& value() const& { return std::get<T>(state_); }
  T&& value() && { return std::get<T>(std::move(state_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Status> state_;
};

}  // namespace casus

#define CASUS_RETURN_IF_ERROR(expr)          \
  do {                                       \
    ::casus::Status casus_status_ = (expr);  \
    if (!casus_status_.ok()) return casus_status_; \
  } while (0)
