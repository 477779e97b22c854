// Writes the position of each country (ISO 3166-1 alpha-3 -> [latitude, longitude]) for the pages' flow maps, from
// the world-countries package (mledoze/countries, ODbL): a few kilobytes instead of the package's 1.4 MB.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

const [target] = process.argv.slice(2);
const countries = JSON.parse(readFileSync(new URL('./node_modules/world-countries/countries.json', import.meta.url)));
const positions = Object.fromEntries(countries.filter((c) => c.latlng && c.latlng.length === 2).map((c) => [c.cca3, c.latlng]));
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, JSON.stringify(positions));
