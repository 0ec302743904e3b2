// The CAMEO event-code table: names, Goldstein values, QuadClass, PentaClass
// and PLOVER category for every code, read from data/tables/cameo_codes.tsv.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "casus/status.h"

namespace casus {

struct CameoCode {
  std::string code;   // "0231"
  std::string root;   // "02"
  std::string name;
  double goldstein = 0.0;
  int quad = 0;       // GDELT QuadClass 1-4
  int penta = 0;      // Phoenix PentaClass 0-4
  std::string plover; // PLOVER category, e.g. "REQUEST"; empty when dropped
};

class CameoTable {
 public:
  static Result<CameoTable> Load(const std::string& path);
  // Index of a code, or -1 when the code is not in CAMEO.
  int Find(std::string_view code) const;
  // Index of `code`, adding it when missing: foreign dictionaries (TABARI's
  // validation suite, WEIS-era files) use codes CAMEO does not define. Added
  // codes have an empty name, no PLOVER category and Goldstein 0.
  int AddUncatalogued(std::string_view code);
  const CameoCode& at(size_t index) const { return codes_[index]; }
  size_t size() const { return codes_.size(); }
  static int PentaOfRoot(int root);

 private:
  std::vector<CameoCode> codes_;
  std::unordered_map<std::string, int> index_;
};

}  // namespace casus
