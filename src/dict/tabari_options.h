// The coding settings of a TABARI .options file (TABARI manual, chapter 8)
// that the TABARI-compatible coder (code/tabari_coder.h) acts on.
#pragma once

#include <string>

namespace casus {

struct TabariOptions {
  // SET: CODE BY CLAUSE (default) | SENTENCE, SET: CODE ALL.
  enum class CodeBy { kClause, kSentence, kAll };
  CodeBy code_by = CodeBy::kClause;
  // COMPLEX: VERBS[n] CONJ[n] NOACTPRIOR: a sentence with more verbs or
  // conjunctions, or with no actor before its first verb, is not coded (0: no limit).
  int complex_verbs = 0;
  int complex_conjunctions = 0;
  bool complex_no_actor_prior = false;
  // COMMA: comma-delimited clauses of more than `comma_min` and at most
  // `comma_max` words are ignored (COMMA: OFF disables).
  bool comma_clauses = true;
  int comma_min = 2, comma_max = 10;
  // DEFAULT: SOURCE [code] / TARGET [code]: used when none is found.
  std::string default_source, default_target;
};

}  // namespace casus
