// The `casus._casus` extension: a loaded Pipeline and one call that codes a
// batch of JSON-lines documents on N threads with the GIL released. The
// Python package (python/casus/__init__.py) builds its API on these two, so
// documents are read by the same JSON-lines reader as `casus code` and events
// are the same JSON lines, byte for byte.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <memory>
#include <streambuf>
#include <string>
#include <vector>

#include "casus/parallel_coder.h"
#include "casus/pipeline.h"
#include "casus/reader.h"

namespace py = pybind11;

namespace casus::python {
namespace {

// Raised for anything the user can cause: a dictionary that does not load,
// documents that cannot be read.
struct Error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Reads a string in place; the caller's bytes outlive the stream.
class StringViewBuffer : public std::streambuf {
 public:
  explicit StringViewBuffer(std::string_view s) {
    char* begin = const_cast<char*>(s.data());  // NOLINT: get area only, never written
    setg(begin, begin, begin + s.size());
  }
};

std::vector<std::string> Messages(const std::vector<Diagnostic>& diagnostics, Severity severity) {
  std::vector<std::string> out;
  for (const Diagnostic& d : diagnostics)
    if (d.severity == severity) out.push_back(d.ToString());
  return out;
}

class PyPipeline {
 public:
  PyPipeline(std::string dict_dir, std::string tabari_project, std::string petrarch_dicts, std::string generated_dir,
             bool keep_unreal_events, bool extras, bool lenient) {
    PipelineOptions options;
    options.dict_dir = std::move(dict_dir);
    options.tabari_project = std::move(tabari_project);
    options.petrarch_dicts = std::move(petrarch_dicts);
    options.generated_dir = std::move(generated_dir);
    options.keep_unreal_events = keep_unreal_events;
    options.extras = extras;
    options.lenient = lenient;
    DiagnosticList diagnostics;
    Result<std::unique_ptr<Pipeline>> loaded = [&] {
      py::gil_scoped_release release;
      return Pipeline::Load(options, &diagnostics);
    }();
    if (!loaded.ok()) {
      std::string message = loaded.status().message();
      for (const std::string& m : Messages(diagnostics.items, Severity::kError)) message += "\n" + m;
      throw Error(message);
    }
    pipeline_ = std::move(loaded).value();
    load_problems_ = Messages(diagnostics.items, Severity::kError);
    std::vector<std::string> warnings = Messages(diagnostics.items, Severity::kWarning);
    load_problems_.insert(load_problems_.end(), warnings.begin(), warnings.end());
  }

  // Codes JSON-lines documents; returns (event JSON lines, errors, warnings, counts).
  py::tuple CodeJsonLines(const std::string& data, unsigned threads, const std::string& default_date,
                          const std::string& name) const {
    std::string json_lines;
    DiagnosticList diagnostics;
    uint64_t documents = 0, sentences = 0, skipped = 0;
    {
      py::gil_scoped_release release;
      StringViewBuffer buffer(data);
      std::istream in(&buffer);
      auto reader = MakeReader(InputFormat::kJsonLines, in, name, &diagnostics);
      ParallelCoderOptions options;
      options.threads = threads;
      ParallelCoder coder(*pipeline_, options, [&](CodedBatch& batch) {
        json_lines += batch.json_lines;
        for (Diagnostic& problem : batch.problems) diagnostics.Report(std::move(problem));
        documents += batch.documents;
        sentences += batch.sentences;
        skipped += batch.skipped;
      });
      RawDocument raw;
      while (reader->Next(raw)) {
        if (raw.date.empty()) raw.date = default_date;
        raw.file = name;
        coder.Add(std::move(raw));
        raw = RawDocument();
      }
      coder.Finish();
      skipped += reader->skipped();
    }
    py::dict counts;
    counts["documents"] = documents;
    counts["sentences"] = sentences;
    counts["skipped"] = skipped;
    return py::make_tuple(py::bytes(json_lines), Messages(diagnostics.items, Severity::kError),
                          Messages(diagnostics.items, Severity::kWarning), counts);
  }

  const std::vector<std::string>& load_problems() const { return load_problems_; }

 private:
  std::unique_ptr<Pipeline> pipeline_;
  std::vector<std::string> load_problems_;
};

}  // namespace
}  // namespace casus::python

PYBIND11_MODULE(_casus, m) {
  using casus::python::PyPipeline;
  m.doc() = "casus political event coder: the compiled core (use the `casus` package)";
  m.attr("__version__") = CASUS_VERSION;
  py::register_exception<casus::python::Error>(m, "Error", PyExc_RuntimeError);
  py::class_<PyPipeline>(m, "Pipeline")
      .def(py::init<std::string, std::string, std::string, std::string, bool, bool, bool>(), py::arg("dict_dir") = "",
           py::arg("tabari_project") = "", py::arg("petrarch_dicts") = "", py::arg("generated_dir") = "",
           py::arg("keep_unreal_events") = false, py::arg("extras") = false, py::arg("lenient") = false,
           "Loads the dictionaries and models once (raises casus.Error when they do not load).")
      .def("code_jsonl", &PyPipeline::CodeJsonLines, py::arg("data"), py::arg("threads") = 1,
           py::arg("date") = "", py::arg("name") = "<python>",
           "Codes JSON-lines documents (as `casus code --input-format jsonl` reads them) on `threads` "
           "threads (0: every core) without the GIL. Returns (event JSON lines as bytes, errors, warnings, "
           "counts).")
      .def_property_readonly("load_problems", &PyPipeline::load_problems,
                             "Dictionary entries skipped while loading (lenient), as 'file:line: message'.");
}
