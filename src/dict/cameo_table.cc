#include <fstream>
#include <string>
#include <vector>

#include "casus/cameo.h"
#include "core/text_util.h"

namespace casus {

int CameoTable::PentaOfRoot(int root) {
  if (root <= 2) return 0;
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13 || root == 16) return 3;
  return 4;
}

Result<CameoTable> CameoTable::Load(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open the CAMEO code table");
  CameoTable table;
  std::string line;
  uint64_t line_number = 0;
  bool header_seen = false;
  while (std::getline(in, line)) {
    ++line_number;
    if (line.empty() || line[0] == '#') continue;
    if (!header_seen) {  // the column names
      header_seen = true;
      continue;
    }
    std::vector<std::string_view> fields = SplitFields(line, '\t');
    if (fields.size() < 7)
      return Status::Invalid(path + ":" + std::to_string(line_number) + ": expected 7 tab-separated fields");
    CameoCode code;
    code.code = std::string(fields[0]);
    code.root = std::string(fields[1]);
    code.goldstein = std::strtod(std::string(fields[2]).c_str(), nullptr);
    code.quad = std::atoi(std::string(fields[3]).c_str());
    code.penta = std::atoi(std::string(fields[4]).c_str());
    code.plover = std::string(fields[5]);
    code.name = std::string(fields[6]);
    if (code.code.size() < 2 || code.root.size() != 2 || code.quad < 1 || code.quad > 4)
      return Status::Invalid(path + ":" + std::to_string(line_number) + ": malformed code row");
    table.index_.emplace(code.code, static_cast<int>(table.codes_.size()));
    table.codes_.push_back(std::move(code));
  }
  if (table.codes_.empty()) return Status::Invalid(path + ": no CAMEO codes");
  return table;
}

int CameoTable::Find(std::string_view code) const {
  auto it = index_.find(std::string(code));
  return it == index_.end() ? -1 : it->second;
}

int CameoTable::AddUncatalogued(std::string_view code) {
  int found = Find(code);
  if (found >= 0) return found;
  CameoCode added;
  added.code = std::string(code);
  added.root = added.code.substr(0, 2);
  added.quad = 1;
  int root = std::atoi(added.root.c_str());
  added.penta = PentaOfRoot(root);
  index_.emplace(added.code, static_cast<int>(codes_.size()));
  codes_.push_back(std::move(added));
  return static_cast<int>(codes_.size() - 1);
}

}  // namespace casus
