// Copies the holiday arrangement bundled in chinese-days into resources/holidays/chinese-days.json as a
// plain table {year: {holidays, workdays}}. The app reads that table (and the years an administrator
// imports) instead of calling chinese-days at run time, because chinese-days treats every weekday of a
// year it does not know as a working day, while NormDesk must warn about such years (STACK.md).
// Run after upgrading chinese-days: `node scripts/extract-holidays.mjs`; a unit test fails until then.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const data = require('chinese-days/dist/chinese-days.json');
const { version } = require('chinese-days/package.json');

/** @type {Record<string, {holidays: string[], workdays: string[]}>} */
const years = {};
const yearEntry = (date) => (years[date.slice(0, 4)] ??= { holidays: [], workdays: [] });
for (const date of Object.keys(data.holidays)) yearEntry(date).holidays.push(date);
for (const date of Object.keys(data.workdays)) yearEntry(date).workdays.push(date);
for (const entry of Object.values(years)) {
  entry.holidays.sort();
  entry.workdays.sort();
}
const sorted = Object.fromEntries(Object.entries(years).sort(([a], [b]) => a.localeCompare(b)));

const target = fileURLToPath(new URL('../resources/holidays/chinese-days.json', import.meta.url));
const table = { source: `chinese-days ${version}`, years: sorted };
writeFileSync(target, JSON.stringify(table, null, 2) + '\n');
console.log(`wrote ${Object.keys(sorted).length} years to ${target}`);
