// Writes casus's country dictionary (actor format, see docs/dictionaries.md):
//   CODE: name | official name | short names | demonyms (singular, plural)
//   CODEGOV: capital            (the capital as a metonym for the government)
// for every ISO 3166-1 country, from Debian's iso-codes (argument 1), the npm package
// world-countries (found through NODE_PATH) and our own table of CAMEO codes, extra
// names and exclusions (argument 2, data/tables/country_codes.tsv).
//
//   node generate_countries.js ISO_3166_1_JSON COUNTRY_CODES_TSV OUT_FILE
//
// The output depends only on the inputs (sorted, no dates), so rebuilds are byte-stable.
'use strict';
const fs = require('fs');
const path = require('path');

function fail(message) {
  process.stderr.write(`generate_countries: ${message}\n`);
  process.exit(1);
}

function readInputs(argv) {
  if (argv.length !== 5) {
    fail('usage: node generate_countries.js ISO_3166_1_JSON COUNTRY_CODES_TSV OUT_FILE');
  }
  const [isoPath, tablePath, outPath] = argv.slice(2);
  for (const p of [isoPath, tablePath]) {
    if (!fs.existsSync(p)) fail(`input not found: ${p}`);
  }
  let iso;
  try {
    iso = JSON.parse(fs.readFileSync(isoPath, 'utf8'))['3166-1'];
  } catch (e) {
    fail(`cannot read ${isoPath} as iso-codes JSON: ${e.message}`);
  }
  if (!Array.isArray(iso) || iso.length === 0) fail(`${isoPath} holds no "3166-1" list`);
  let world;
  try {
    world = require('world-countries');
  } catch (e) {
    fail('npm package world-countries not found (is NODE_PATH the global npm root? ' +
         'run scripts/install-deps.sh)');
  }
  if (!Array.isArray(world) || world.length === 0) fail('world-countries holds no countries');
  return {iso, world, table: readTable(tablePath), tablePath, outPath};
}

// country_codes.tsv: one directive a line, tab-separated; see the file's header.
function readTable(tablePath) {
  const arity = {code: 2, add: 2, name: 2, capital: 2, drop: 2, exclude: 1, owner: 2,
                 plural: 2, noplural: 1};
  const t = {code: new Map(), add: [], name: [], capital: [], drop: [], exclude: new Set(),
             owner: new Map(), plural: new Map(), noplural: new Set()};
  const lines = fs.readFileSync(tablePath, 'utf8').split('\n');
  lines.forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').replace(/\s+$/, '');
    if (line === '') return;
    const f = line.split('\t').map((s) => s.trim());
    const kind = f[0];
    if (!(kind in arity) || f.length - 1 < arity[kind]) {
      fail(`${tablePath}:${i + 1}: expected one of ${Object.keys(arity).join(', ')} ` +
           `with its fields, got "${raw}"`);
    }
    const [a, b] = [f[1], f[2]];
    switch (kind) {
      case 'code': t.code.set(a, b); break;           // ISO alpha-3 -> CAMEO code
      case 'add': t.add.push([a, b]); break;          // CAMEO code <- world-countries cca3
      case 'name': t.name.push([a, b]); break;        // extra name for a CAMEO code
      case 'capital': t.capital.push([a, b]); break;  // extra GOV metonym
      case 'drop': t.drop.push([a, b]); break;        // phrase not for this code only
      case 'exclude': t.exclude.add(key(a)); break;   // phrase never emitted
      case 'owner': t.owner.set(key(a), b); break;    // shared phrase -> this code
      case 'plural': t.plural.set(a, b); break;       // demonym -> its plural
      case 'noplural': t.noplural.add(a); break;      // demonym without plural
    }
  });
  return t;
}

function key(phrase) { return phrase.toLowerCase(); }

// "Bogotá" -> "Bogota": news copy often drops the accents.
function foldAccents(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[ʻ‘’]/g, "'");
}

// Names in a form news writes: no "X, Republic of" inversions, no parentheses.
function usableName(s) {
  if (!s) return null;
  let n = s.replace(/\s*\([^)]*\)/g, '').replace(/^the /, '').trim();
  if (n === '' || n.includes(',') || /[^\p{Script=Latin}\p{M} .'-]/u.test(n)) return null;
  return n;
}

const kStateWords = /\b(Republic|Kingdom|State|States|Federation|Islands|Commonwealth|Union|Principality|Emirates|Territory|Confederation|Duchy|Bailiwick)\b/;

// world-countries' altSpellings mix English forms with native ones ("Suomi") and
// common words ("Island" for Iceland); keep acronyms and English state-style names.
function usableAltSpelling(s) {
  if (/^[A-Z]{3,4}$/.test(s)) return s;
  if (/^[A-Z][A-Za-z'-]*( (of|the|and|[A-Z][A-Za-z'-]*))+$/.test(s) && kStateWords.test(s)) {
    return s;
  }
  return null;
}

function pluralOf(demonym, table) {
  if (table.plural.has(demonym)) return table.plural.get(demonym);
  if (table.noplural.has(demonym)) return null;
  // Chinese, British, French, Swiss, Manx, Malagasy, Greenlandic: no plural form.
  if (/(ese|ish|ch|s|sh|x|y|ic|e)$/.test(demonym) && !/(ne|que)$/.test(demonym)) return null;
  return demonym + 's';
}

function demonymsOf(wc, table) {
  const out = [];
  const eng = wc && wc.demonyms && wc.demonyms.eng;
  if (!eng) return out;
  for (const form of [eng.m, eng.f]) {
    for (const d of (form || '').split(/, | or /)) {
      if (!d) continue;
      out.push(d);
      const p = pluralOf(d, table);
      if (p) out.push(p);
    }
  }
  return out;
}

function collect({iso, world, table}) {
  const byCca3 = new Map(world.map((w) => [w.cca3, w]));
  // entries: code -> {names: [], capitals: []}, in first-seen order within a code.
  const entries = new Map();
  const ensure = (code) => {
    if (!entries.has(code)) entries.set(code, {names: [], capitals: []});
    return entries.get(code);
  };
  const countries = iso.map((c) => ({code: table.code.get(c.alpha_3) || c.alpha_3,
                                     isoEntry: c, wc: byCca3.get(c.alpha_3)}));
  for (const [code, cca3] of table.add) {
    if (!byCca3.has(cca3)) fail(`world-countries has no country ${cca3} (asked for ${code})`);
    countries.push({code, isoEntry: null, wc: byCca3.get(cca3)});
  }
  for (const {code, isoEntry, wc} of countries) {
    const e = ensure(code);
    const names = [];
    if (isoEntry) names.push(isoEntry.name, isoEntry.common_name, isoEntry.official_name);
    if (wc) {
      names.push(wc.name.common, wc.name.official);
      for (const alt of wc.altSpellings.slice(1)) names.push(usableAltSpelling(alt));
    }
    for (const n of names.map(usableName)) if (n) e.names.push(n);
    e.names.push(...demonymsOf(wc, table));
    // A territory without its own capital list (Macao) simply has no GOV metonym.
    if (wc && wc.capital && wc.capital.length > 0) {
      const cap = usableName(wc.capital[0].replace(/^City of /, ''));
      if (cap) e.capitals.push(cap);
    }
  }
  for (const [code, n] of table.name) ensure(code).names.push(n);
  for (const [code, n] of table.capital) ensure(code).capitals.push(n);
  return entries;
}

// Adds accent-free variants, removes duplicates and exclusions, and settles phrases
// that more than one code claims: the table's owner wins, otherwise nobody gets it.
function resolve(entries, table) {
  const dropped = new Set(table.drop.map(([code, n]) => `${code}\t${key(n)}`));
  const claims = new Map();  // phrase key -> Set of codes (GOV codes included)
  const lists = new Map();   // full code -> [phrases]
  const add = (code, phrase) => {
    if (table.exclude.has(key(phrase)) || dropped.has(`${code}\t${key(phrase)}`)) return;
    if (!lists.has(code)) lists.set(code, []);
    const list = lists.get(code);
    if (list.some((p) => key(p) === key(phrase))) return;
    list.push(phrase);
    if (!claims.has(key(phrase))) claims.set(key(phrase), new Set());
    claims.get(key(phrase)).add(code);
  };
  for (const [code, e] of entries) {
    for (const n of e.names) { add(code, n); add(code, foldAccents(n)); }
  }
  const countryNames = new Set(claims.keys());
  for (const [code, e] of entries) {
    for (const c of e.capitals) {
      for (const v of [c, foldAccents(c)]) {
        if (!countryNames.has(key(v))) add(code + 'GOV', v);  // "Djibouti" stays DJI
      }
    }
  }
  const conflicts = [];
  for (const [k, codes] of claims) {
    if (codes.size < 2) continue;
    const owner = table.owner.get(k);
    for (const code of codes) {
      if (code === owner) continue;
      lists.set(code, lists.get(code).filter((p) => key(p) !== k));
    }
    conflicts.push(`${k}: ${[...codes].sort().join(' ')} -> ${owner || 'none'}`);
  }
  for (const k of table.owner.keys()) {
    if (!claims.has(k)) fail(`owner row for "${k}", which no country claims`);
  }
  return {lists, conflicts: conflicts.sort()};
}

function render({lists, conflicts}, inputs) {
  const out = [];
  out.push('# casus country dictionary: generated at build time by tools/build/generate_countries.js');
  out.push(`# from ${path.basename(process.argv[2])} (Debian iso-codes), the npm package ` +
           'world-countries (ODbL) and data/tables/country_codes.tsv. Do not edit.');
  out.push('# CODE: names, official names, demonyms; CODEGOV: the capital as the government.');
  for (const c of conflicts) out.push(`# shared name, given to the owner only: ${c}`);
  const codes = [...lists.keys()].filter((c) => lists.get(c).length > 0).sort();
  for (const code of codes) out.push(`${code}: ${lists.get(code).join(' | ')}`);
  return out.join('\n') + '\n';
}

function main() {
  const inputs = readInputs(process.argv);
  const text = render(resolve(collect(inputs), inputs.table), inputs);
  try {
    fs.writeFileSync(inputs.outPath, text);
  } catch (e) {
    fail(`cannot write ${inputs.outPath}: ${e.message}`);
  }
}

main();
