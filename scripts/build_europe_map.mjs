// Builds clusterportal/statistics/europe_map.json: the countries of Europe as SVG paths,
// pre-projected, keyed by ISO 3166-1 alpha-2 code, for the statistics page's map.
//
// Source: Natural Earth 1:50m admin-0 countries (public domain) as TopoJSON from the
// `world-atlas` npm package, decoded with `topojson-client`. Run once, commit the output;
// the portal needs neither package nor the internet at run time:
//
//   npm install --prefix var/map world-atlas@2 topojson-client@3
//   node scripts/build_europe_map.mjs [var/map]
//
// The projection is Lambert azimuthal equal-area centred on 52°N 10°E (the projection of
// ETRS89-LAEA, used for European statistics): areas compare fairly, so a shaded country
// looks as big as it is. Coordinates are rounded to whole units of a 1000-unit-wide view
// and simplified (Douglas–Peucker, tolerance below one unit) to keep the page light.

import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";
import path from "node:path";

const prefix = path.resolve(process.argv[2] || "var/map");
const require = createRequire(path.join(prefix, "package.json"));
const topojson = require("topojson-client");
const atlas = require("world-atlas/countries-50m.json");

const OUTPUT = "clusterportal/statistics/europe_map.json";
const WIDTH = 1000;
const TOLERANCE = 0.7;
// The view: the box around these places (degrees): Iceland's west coast, Cabo de São
// Vicente, Cyprus, the Volga at Volgograd, the North Cape.
const VIEW = [[-24.5, 65], [-9, 36.5], [34.6, 34.5], [44.5, 48.7], [25.8, 71.2]];
const PADDING = 0.03;

// ISO 3166-1 numeric → alpha-2 for every country that reaches into the view. Countries
// that Natural Earth gives without a numeric code (Kosovo, Northern Cyprus) are named.
const ALPHA2 = {
  "008": "AL", "012": "DZ", "020": "AD", "040": "AT", "051": "AM", "031": "AZ",
  "056": "BE", "070": "BA", "100": "BG", "112": "BY", "191": "HR", "196": "CY",
  "203": "CZ", "208": "DK", "233": "EE", "234": "FO", "246": "FI", "250": "FR",
  "268": "GE", "276": "DE", "292": "GI", "300": "GR", "348": "HU", "352": "IS",
  "364": "IR", "368": "IQ", "372": "IE", "376": "IL", "380": "IT", "398": "KZ",
  "400": "JO", "422": "LB", "428": "LV", "434": "LY", "438": "LI", "440": "LT",
  "442": "LU", "470": "MT", "492": "MC", "498": "MD", "499": "ME", "504": "MA",
  "528": "NL", "807": "MK", "578": "NO", "616": "PL", "620": "PT", "642": "RO",
  "643": "RU", "674": "SM", "688": "RS", "703": "SK", "705": "SI", "724": "ES",
  "752": "SE", "756": "CH", "760": "SY", "788": "TN", "792": "TR", "804": "UA",
  "826": "GB", "336": "VA", "831": "GG", "832": "JE", "833": "IM", "248": "AX",
  "275": "PS", "818": "EG", "795": "TM", "860": "UZ", "304": "GL", "744": "SJ",
};
const NAMED = { Kosovo: "XK" };

const RAD = Math.PI / 180;
const LAT0 = 52 * RAD;
const LON0 = 10 * RAD;

function project([lon, lat]) {
  const phi = lat * RAD;
  const lambda = lon * RAD - LON0;
  const k = Math.sqrt(
    2 / (1 + Math.sin(LAT0) * Math.sin(phi) + Math.cos(LAT0) * Math.cos(phi) * Math.cos(lambda)),
  );
  const x = k * Math.cos(phi) * Math.sin(lambda);
  const y = k * (Math.cos(LAT0) * Math.sin(phi) - Math.sin(LAT0) * Math.cos(phi) * Math.cos(lambda));
  return [x, -y];
}

// The view's box in projected units, with a little padding around it.
function viewBox() {
  const points = VIEW.map(project);
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const pad = PADDING * (Math.max(...xs) - Math.min(...xs));
  return {
    x0: Math.min(...xs) - pad,
    x1: Math.max(...xs) + pad,
    y0: Math.min(...ys) - pad,
    y1: Math.max(...ys) + pad,
  };
}

const box = viewBox();
const scale = WIDTH / (box.x1 - box.x0);
const HEIGHT = Math.round((box.y1 - box.y0) * scale);
// Points outside the view are pinned to a frame just beyond it: shapes that cross the
// edge stay closed and the part outside collapses onto the frame, which is not drawn.
const MARGIN = 4;

function toView(point) {
  const [x, y] = project(point);
  const vx = (x - box.x0) * scale;
  const vy = (y - box.y0) * scale;
  return [
    Math.min(WIDTH + MARGIN, Math.max(-MARGIN, vx)),
    Math.min(HEIGHT + MARGIN, Math.max(-MARGIN, vy)),
  ];
}

function simplify(points, tolerance) {
  if (points.length <= 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop();
    const [ax, ay] = points[first];
    const [bx, by] = points[last];
    const dx = bx - ax;
    const dy = by - ay;
    const length = Math.hypot(dx, dy);
    let worst = 0;
    let index = 0;
    for (let i = first + 1; i < last; i++) {
      const [px, py] = points[i];
      const distance = length
        ? Math.abs(dy * px - dx * py + bx * ay - by * ax) / length
        : Math.hypot(px - ax, py - ay);
      if (distance > worst) {
        worst = distance;
        index = i;
      }
    }
    if (worst > tolerance) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

const outside = (x, y) => x <= -MARGIN || x >= WIDTH + MARGIN || y <= -MARGIN || y >= HEIGHT + MARGIN;

function ringPath(ring) {
  let points = simplify(ring.map(toView), TOLERANCE).map(([x, y]) => [Math.round(x), Math.round(y)]);
  points = points.filter((p, i) => i === 0 || p[0] !== points[i - 1][0] || p[1] !== points[i - 1][1]);
  if (points.length < 4) return "";
  if (points.every(([x, y]) => outside(x, y))) return "";
  // Islands smaller than a few units would be specks: leave them out.
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  if (Math.max(...xs) - Math.min(...xs) < 2 && Math.max(...ys) - Math.min(...ys) < 2) return "";
  // Relative moves after the first point: shorter numbers, fewer bytes.
  let d = `M${points[0][0]} ${points[0][1]}`;
  for (let i = 1; i < points.length - 1; i++) {
    const dx = points[i][0] - points[i - 1][0];
    const dy = points[i][1] - points[i - 1][1];
    d += `${i === 1 ? "l" : dx < 0 ? "" : " "}${dx}${dy < 0 ? "" : " "}${dy}`;
  }
  return `${d}z`;
}

const countries = {};
const other = [];
const collection = topojson.feature(atlas, atlas.objects.countries);
for (const feature of collection.features) {
  const geometry = feature.geometry;
  if (!geometry) continue;
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const d = polygons
    .flatMap((polygon) => polygon.map(ringPath))
    .filter(Boolean)
    .join("");
  if (!d) continue;
  const code = ALPHA2[feature.id] || NAMED[feature.properties.name];
  if (code) {
    countries[code] = (countries[code] || "") + d;
  } else {
    if (feature.id) console.warn(`no alpha-2 code for ${feature.id} ${feature.properties.name}`);
    other.push(d);
  }
}

const sorted = Object.fromEntries(Object.keys(countries).sort().map((code) => [code, countries[code]]));
const output = {
  source: "Natural Earth 1:50m admin-0 countries (public domain), world-atlas 2 TopoJSON",
  projection: "Lambert azimuthal equal-area, centre 52N 10E",
  width: WIDTH,
  height: HEIGHT,
  countries: sorted,
  other: other.join(""),
};
writeFileSync(OUTPUT, `${JSON.stringify(output)}\n`);
const size = JSON.stringify(output).length;
console.log(`${OUTPUT}: ${Object.keys(sorted).length} countries, ${WIDTH}×${HEIGHT}, ${size} bytes`);
