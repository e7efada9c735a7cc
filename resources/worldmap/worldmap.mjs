// Writes the desktop app's world map (ui/data/worldatlas.h reads it) from world-atlas'
// countries-110m TopoJSON (Natural Earth, public domain), with the ISO 3166 numeric ids the
// atlas uses turned into the alpha-2 codes GeoIP reports by i18n-iso-countries' table.
// TopoJSON's shared, delta-encoded, quantized arcs are decoded here, once at build time, so
// the app reads plain rings: one country per "C" line (code, then Natural Earth's name),
// then one "R" line per ring of longitude,latitude pairs in degrees (holes are rings too:
// the app fills even-odd). Antarctica is left out (no visitors, and a third of the map).
// Usage: node worldmap.mjs <node_modules dir> <output file>
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const [modules, out] = process.argv.slice(2);
const require = createRequire(path.resolve(modules, 'x.js'));
const atlas = JSON.parse(
    fs.readFileSync(path.join(modules, 'world-atlas', 'countries-110m.json'), 'utf8'));
const countries = require('i18n-iso-countries');
const version = (name) => require(`${name}/package.json`).version;

const [sx, sy] = atlas.transform.scale;
const [tx, ty] = atlas.transform.translate;
const arcs = atlas.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
});
// A ring is a list of arc indexes; ~i is arc i reversed. Consecutive arcs share an end.
function ring(indexes) {
    const points = [];
    for (const i of indexes) {
        const a = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
        points.push(...(points.length ? a.slice(1) : a));
    }
    return points;
}
// Natural Earth cuts Russia and Fiji at 180°, but the quantized arcs jump across it inside a
// ring: unwrapped here into one continuous ring, written a second time 360° over where it
// leaves [-180, 180]; the app clips the map to the globe's outline.
function unwrapped(points) {
    const out = [points[0].slice()];
    for (const [x, y] of points.slice(1)) {
        let ux = x;
        const last = out[out.length - 1][0];
        while (ux - last > 180) ux -= 360;
        while (ux - last < -180) ux += 360;
        out.push([ux, y]);
    }
    const xs = out.map(([x]) => x);
    const copies = [out];
    if (Math.max(...xs) > 180) copies.push(out.map(([x, y]) => [x - 360, y]));
    if (Math.min(...xs) < -180) copies.push(out.map(([x, y]) => [x + 360, y]));
    return copies;
}

const lines = [`# world-atlas ${version('world-atlas')} countries-110m (Natural Earth, public domain);`
    + ` codes by i18n-iso-countries ${version('i18n-iso-countries')}`];
let written = 0;
for (const g of atlas.objects.countries.geometries) {
    const code = g.id === undefined ? undefined : countries.numericToAlpha2(g.id);
    if (code === 'AQ')
        continue;
    // Kosovo, Northern Cyprus, Somaliland have no ISO numeric id: land without a code.
    lines.push(`C\t${code ?? '-'}\t${g.properties.name}`);
    const polygons = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
    for (const polygon of polygons)
        for (const r of polygon)
            for (const points of unwrapped(ring(r)))
                lines.push('R\t' + points.map(([x, y]) => `${x.toFixed(2)},${y.toFixed(2)}`).join(' '));
    ++written;
}
if (written < 150)
    throw new Error(`only ${written} countries in the atlas: not the package expected`);
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, lines.join('\n') + '\n');
