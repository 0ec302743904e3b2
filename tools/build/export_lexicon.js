// Writes en-lexicon's word -> tags table as TSV ("word<TAB>TAG|TAG"), the
// first tag being the most frequent. Run by the build; see cmake/GeneratedData.cmake.
'use strict';
const fs = require('fs');
const { lexicon } = require('en-lexicon');
const out = process.argv[2];
const lines = [];
for (const word of Object.keys(lexicon)) {
  const tags = lexicon[word];
  if (typeof tags !== 'string' || !tags || /[\t\n]/.test(word)) continue;
  lines.push(word + '\t' + tags);
}
lines.sort();
fs.writeFileSync(out, lines.join('\n') + '\n');
