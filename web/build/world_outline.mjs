// Country outlines for the page's map: every *.geo.json of the npm package
// world-countries, reduced to rings of points on a 0.5-degree grid (enough for
// an equirectangular map a few hundred pixels wide), with tiny islands dropped.
// Output: {"countries":[{"id":"FRA","rings":[[lon,lat,lon,lat,...],...]}]}
// Usage: node world_outline.mjs DATA_DIR OUT_FILE
import fs from 'node:fs';
import path from 'node:path';

const [dataDir, outFile] = process.argv.slice(2);
if (!dataDir || !outFile) {
  console.error('usage: node world_outline.mjs DATA_DIR OUT_FILE');
  process.exit(1);
}
const grid = 0.5;
const snap = (v) => Math.round(v / grid) * grid;

function simplify(ring) {
  const out = [];
  for (const [lon, lat] of ring) {
    const x = snap(lon), y = snap(lat);
    const n = out.length;
    if (n >= 2 && out[n - 2] === x && out[n - 1] === y) continue;
    out.push(x, y);
  }
  return out.length >= 8 ? out : null;  // at least four distinct points
}

const countries = [];
for (const file of fs.readdirSync(dataDir).filter((f) => f.endsWith('.geo.json')).sort()) {
  const geo = JSON.parse(fs.readFileSync(path.join(dataDir, file), 'utf8'));
  const rings = [];
  for (const feature of geo.features || []) {
    const g = feature.geometry;
    if (!g) continue;
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    for (const polygon of polygons) {
      const outer = simplify(polygon[0]);  // holes are not drawn
      if (outer) rings.push(outer);
    }
  }
  if (rings.length) countries.push({ id: file.slice(0, 3).toUpperCase(), rings });
}
fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(outFile, JSON.stringify({ countries }));
