#include "extras/extras_stage.h"

namespace casus {

Status ExtrasStage::Process(Doc& doc) const {
  thread_local TokenMaps maps;
  maps.Build(doc);
  quotations_.Find(doc, maps);
  counts_.Find(doc, maps);
  return Status::Ok();
}

}  // namespace casus
