#include "code/event_coder.h"

#include <algorithm>

#include "code/event_coder_scratch.h"
#include "core/text_util.h"

namespace casus {

EventCoder::EventCoder(const VerbDictionary* verbs, const CameoTable* cameo, const PhraseTrie* discards,
                       Vocabulary& vocab, EventCoderOptions options)
    : verbs_(verbs), cameo_(cameo), discards_(discards), options_(options), statement_code_(cameo->Find("010")), demand_code_(cameo->Find("100")),
      consider_code_(cameo->Find("014")), mobilize_code_(cameo->Find("154")), peacekeeping_code_(cameo->Find("074")),
      dater_(vocab) {
  auto I = [&](std::string_view s) { return vocab.Intern(s); };
  w_.by = I("by");
  w_.and_ = I("and");
  w_.or_ = I("or");
  w_.of = I("of");
  w_.if_ = I("if");
  w_.whether = I("whether");
  w_.that = I("that");
  w_.to = I("to");
  w_.be = I("be");
  w_.not_ = I("not");
  w_.nt = I("n't");
  w_.never = I("never");
  w_.no = I("no");
  // "plans to meet": a statement of intent by the subject (see stated_intent.h).
  for (auto s : {"plan", "want", "vow", "intend", "seek", "aim", "hope", "prepare", "expect", "promise", "pledge",
                 "offer", "propose", "wish", "decide", "agree", "commit", "resolve", "be"})
    w_.intent_governors.push_back(I(s));
  // "urged Iran to stop": not (yet) an event of its own.
  for (auto s : {"have", "need", "ought", "threaten", "try", "consider", "need", "ask", "urge", "call", "demand", "warn", "push", "press",
                 "attempt", "expect", "want", "hope", "seek", "plan", "intend", "aim", "prepare", "propose", "offer",
                 "promise", "pledge", "vow", "wish", "decide", "agree", "commit", "resolve"})
    w_.future_governors.push_back(I(s));
  for (auto s : {"deny", "refuse", "reject", "decline", "fail", "avoid", "stop", "halt", "cease", "rule"})
    w_.negating_governors.push_back(I(s));
  for (auto s : {"with", "against", "to", "on", "at", "toward", "towards", "into", "upon", "over"})
    w_.default_target_preps.push_back(I(s));
  for (auto s : {"in", "at", "near", "inside", "outside", "across", "of", "from", "on", "against", "for", "with", "to", "by"})
    w_.tail_preps.push_back(I(s));
  for (auto s : {"in", "at", "near", "inside", "outside", "across", "throughout", "around"}) w_.place_preps.push_back(I(s));
  for (auto s : {"must", "should", "ought", "need"}) w_.obligations.push_back(I(s));
  w_.would = I("would");
  for (auto s : {"he", "she", "him", "her"}) w_.pronouns_person.push_back(I(s));
  for (auto s : {"consider", "contemplate", "mull", "ponder", "weigh"}) w_.deliberation.push_back(I(s));
  for (auto s : {"peacekeeping", "peacekeeper", "peace-keeping", "peace-keeper"}) w_.peacekeeping.push_back(I(s));
  for (auto s : {"lift", "ease", "end", "remove", "scrap", "drop", "rescind", "revoke", "relax", "loosen", "waive",
                 "roll", "repeal", "cancel", "abolish", "dismantle"})
    w_.reversals.push_back(I(s));
  w_.him = I("him");
  w_.her = I("her");
  w_.them = I("them");
  for (auto s : {"they", "it", "we", "them"}) w_.pronouns_group.push_back(I(s));
  for (auto s : {"position", "base", "post", "outpost", "checkpoint", "convoy", "patrol", "headquarters", "barracks",
                 "station", "camp", "unit", "vehicle", "jet", "aircraft", "helicopter", "warship", "vessel", "tank",
                 "compound", "office", "building", "installation", "facility", "garrison", "stronghold"})
    w_.agent_owned_heads.push_back(I(s));
}

Status EventCoder::Process(Doc& doc) const { return ProcessWithTrace(doc, nullptr); }

Status EventCoder::ProcessWithTrace(Doc& doc, Trace* trace) const {
  doc.events.clear();
  thread_local Scratch scratch;
  scratch.phrase_of_token.assign(doc.tokens.size(), -1);
  scratch.mention_of_token.assign(doc.tokens.size(), -1);
  scratch.token_consumed.assign(doc.tokens.size(), 0);
  scratch.np_actor.assign(doc.phrases.size(), ActorRef{});
  scratch.np_resolved.assign(doc.phrases.size(), 0);
  scratch.subject_of_verb.assign(doc.phrases.size(), -1);
  scratch.verb_matched.assign(doc.phrases.size(), 0);
  scratch.last_actor = ActorRef{};
  scratch.day = 0;
  if (!doc.date.empty()) ParseIsoDate(doc.date, scratch.day);
  for (uint32_t p = 0; p < doc.phrases.size(); ++p)
    for (uint32_t t = doc.phrases[p].first; t < doc.phrases[p].end; ++t) scratch.phrase_of_token[t] = static_cast<int32_t>(p);
  for (uint32_t m = doc.mentions.size(); m-- > 0;)
    for (uint32_t t = doc.mentions[m].first; t < doc.mentions[m].end; ++t) scratch.mention_of_token[t] = static_cast<int32_t>(m);
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) CodeSentence(doc, s, scratch, trace);
  dater_.Apply(doc, scratch.day);
  return Status::Ok();
}

}  // namespace casus
