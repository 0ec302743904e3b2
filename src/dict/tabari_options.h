// The coding settings of a TABARI .options file (TABARI manual, chapter 8)
// that the TABARI-compatible coder (code/tabari_coder.h) acts on.
#pragma once

#include <string>
#include <string_view>

namespace casus {

// The defaults are casus's, for `casus code --tabari`; TABARI's own (two
// differ, below) are set by `casus validate tabari`, whose records were
// written for them (TabariOptions::TabariDefaults).
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
  // `comma_max` words are ignored (COMMA: OFF disables); BMIN/BMAX for the
  // phrase before the first comma (by default never), EMIN/EMAX for the one
  // after the last (section 8.6).
  bool comma_clauses = true;
  int comma_min = 2, comma_max = 10;
  int comma_bmin = 128, comma_bmax = 0;
  int comma_emin = 2, comma_emax = 10;
  // DEFAULT: SOURCE [code] <PRIOR> TARGET [code] <AFTER>: used when none is
  // found; with PRIOR (AFTER) whenever no actor precedes (follows) the verb.
  std::string default_source, default_target;
  bool default_source_prior = false, default_target_after = false;
  // SET: MINIMUM WORDS = n: a sentence of fewer words (a comma counts as one)
  // is not coded (manual 4.3, 8.2.3). TABARI's default of 8 is there to skip
  // fragments that its users' text filters cut at abbreviations; casus splits
  // sentences itself, so the check is off unless the options ask for it.
  int minimum_words = 0;
  // Without a DEFAULT, TABARI codes no event when a verb has no source or no
  // target (section 8.5). casus keeps the event with its one side (the
  // target null), which codes real news better; TABARI's rule is
  // "SET: ONE-SIDED EVENTS = FALSE", a setting of casus's own.
  bool one_sided_events = true;
  // SET: CONVERT AGENTS = TRUE: an agent with no actor is an actor ("~REB").
  bool convert_agents = false;
  // FORWARD: sequence-format [DOC] [OFF] (section 8.4): a pronoun before any
  // actor in a sentence stands for the previous sentence's first actor. In a
  // document, sentences follow each other; TABARI's one-sentence records
  // follow each other when their ids (read with `forward_format`: N story,
  // S sentence, * any character, ^ a leading blank) name the same story and
  // the next sentence (TabariRecordSequence).
  bool forward = false;
  std::string forward_format;
  // SET: TIME SHIFTING = FALSE (8.2.9; the validation records write TIME
  // SHIFT): the .verbs file's <TIME> phrases are not used.
  bool time_shifting = true;

  // TABARI's own defaults: MINIMUM WORDS 8, no one-sided events.
  static TabariOptions TabariDefaults() {
    TabariOptions o;
    o.minimum_words = 8;
    o.one_sided_events = false;
    return o;
  }
};

// Applies one options command ("SET: CODE ALL", "COMMA: OFF") to `options`;
// commands that do not steer coding are ignored.
void ApplyTabariOption(std::string_view line, TabariOptions& options);

// The story and sentence numbers of a record id ("FRWD-001-002") by a FORWARD
// sequence format ("^^*****NNN*SSS"); false when the id is too short for it.
// A sentence number that is not numeric is 0, as in TABARI.
bool TabariRecordSequence(std::string_view format, std::string_view id, std::string& story, int& sentence);

}  // namespace casus
