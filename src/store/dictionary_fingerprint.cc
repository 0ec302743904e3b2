#include "store/dictionary_fingerprint.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <vector>

#include <fmt/format.h>

namespace casus::store {
namespace {

namespace fs = std::filesystem;

constexpr uint64_t kFnvOffset = 1469598103934665603ULL;
constexpr uint64_t kFnvPrime = 1099511628211ULL;

void Mix(uint64_t& hash, std::string_view bytes) {
  for (unsigned char c : bytes) {
    hash ^= c;
    hash *= kFnvPrime;
  }
}

Status HashFolder(const fs::path& folder, bool recursive, uint64_t& hash) {
  std::error_code error;
  std::vector<fs::path> files;
  auto collect = [&](const fs::directory_entry& entry) {
    if (entry.is_regular_file(error)) files.push_back(entry.path());
  };
  if (recursive) {
    for (const auto& entry : fs::recursive_directory_iterator(folder, error)) collect(entry);
  } else {
    for (const auto& entry : fs::directory_iterator(folder, error)) collect(entry);
  }
  if (error) return Status::IoError("cannot read dictionary folder '" + folder.string() + "': " + error.message());
  std::sort(files.begin(), files.end());
  std::string content;
  for (const fs::path& file : files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return Status::IoError("cannot read dictionary file '" + file.string() + "'");
    content.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    Mix(hash, fs::relative(file, folder, error).generic_string());
    Mix(hash, std::string_view("\0", 1));
    Mix(hash, content);
  }
  return Status::Ok();
}

}  // namespace

std::string CasusVersion() { return CASUS_VERSION_STRING; }

Result<DictionaryFingerprint> FingerprintDictionaries(const PipelineOptions& options) {
  DictionaryFingerprint fingerprint;
  std::string path;
  if (!options.tabari_project.empty()) {
    path = options.tabari_project;
    fingerprint.dictionaries = "tabari:" + path;
  } else if (!options.petrarch_dicts.empty()) {
    path = options.petrarch_dicts;
    fingerprint.dictionaries = "petrarch:" + path;
  } else {
    path = options.dict_dir.empty() ? DefaultDictDir() : options.dict_dir;
    fingerprint.dictionaries = "casus:" + path;
  }
  uint64_t hash = kFnvOffset;
  Mix(hash, fingerprint.dictionaries.substr(0, fingerprint.dictionaries.find(':')));
  std::error_code error;
  fs::path folder = fs::absolute(path, error);
  bool is_folder = fs::is_directory(folder, error);
  CASUS_RETURN_IF_ERROR(HashFolder(is_folder ? folder : folder.parent_path(), is_folder, hash));
  fingerprint.version = fmt::format("casus {}, dictionaries {:016x}", CasusVersion(), hash);
  // A different sentence limit cuts long sentences elsewhere and so codes other
  // events: it is part of what a run was coded with.
  if (options.max_sentence_tokens != kDefaultMaxSentenceTokens)
    fingerprint.version += fmt::format(", max sentence tokens {}", options.max_sentence_tokens);
  return fingerprint;
}

}  // namespace casus::store
