// A pipeline stage: reads some of a Doc's arrays and fills others. Stages are
// immutable after construction and thread-safe; one Doc per worker.
#pragma once

#include <string_view>

#include "casus/doc.h"
#include "casus/status.h"

namespace casus {

class Stage {
 public:
  virtual ~Stage() = default;
  virtual std::string_view name() const = 0;
  virtual Status Process(Doc& doc) const = 0;
};

}  // namespace casus
