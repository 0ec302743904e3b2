// The concrete document readers behind casus::MakeReader, and the small
// reporting helpers they share. Internal to src/text.
#pragma once

#include <istream>
#include <memory>
#include <string>
#include <string_view>

#include "casus/reader.h"

namespace casus::text {

std::unique_ptr<DocumentReader> MakeTextReader(std::istream& in, std::string file_name, DiagnosticSink* sink,
                                               ReaderLimits limits);
std::unique_ptr<DocumentReader> MakeLinesReader(std::istream& in, std::string file_name, DiagnosticSink* sink,
                                                ReaderLimits limits);
std::unique_ptr<DocumentReader> MakeJsonLinesReader(std::istream& in, std::string file_name,
                                                    DiagnosticSink* sink, ReaderLimits limits);
std::unique_ptr<DocumentReader> MakeHtmlReader(std::istream& in, std::string file_name, DiagnosticSink* sink,
                                               ReaderLimits limits);

// Sends one message to `sink` (which may be null: then nothing is reported).
void Report(DiagnosticSink* sink, Severity severity, const std::string& file, uint64_t line,
            std::string message);

// Repairs invalid UTF-8 in `text` and warns once per affected line (at most a
// few lines are named, then a count), with line numbers from `first_line`.
void RepairAndReport(std::string& text, DiagnosticSink* sink, const std::string& file, uint64_t first_line);

// Reads the whole stream into `out`. Returns false when it holds more than
// `max_bytes` (reading stops there and `out` is cleared).
bool ReadWhole(std::istream& in, uint64_t max_bytes, std::string& out);

// True when `text` holds nothing but ASCII white space.
bool IsBlank(std::string_view text);

}  // namespace casus::text
