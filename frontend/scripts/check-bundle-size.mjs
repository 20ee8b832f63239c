// Fails the build when the JavaScript a first visit needs is over its budget: the entry
// chunk, every chunk it imports statically (index.html preloads them) and the language
// catalogue fetched before the first render (the larger one, sv or en). Pages, charts and
// the other language load later and do not count. Sizes are gzipped, in kB of 1 000 bytes
// as Vite's build report prints them. Needs `build.manifest` (vite.config.ts).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 150;
const CATALOGUE = /^src\/lib\/i18n\/[a-z]{2}\.json$/;

const dist = new URL('../dist/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', dist), 'utf8'));
const gzippedKb = (file) => gzipSync(readFileSync(new URL(file, dist))).length / 1000;

const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
if (entries.length !== 1) throw new Error(`expected one entry chunk in the manifest, found ${entries.length}`);

const initial = [];
const visit = (key) => {
  const chunk = manifest[key];
  if (initial.some((seen) => seen.file === chunk.file)) return;
  initial.push({ file: chunk.file, why: chunk.isEntry ? 'entry' : 'imported by the entry' });
  for (const imported of chunk.imports ?? []) visit(imported);
};
visit(entries[0]);

const catalogues = Object.keys(manifest)
  .filter((key) => CATALOGUE.test(key))
  .map((key) => ({ file: manifest[key].file, why: `language catalogue ${key}`, kb: gzippedKb(manifest[key].file) }))
  .sort((a, b) => b.kb - a.kb);
// Without the catalogues this check would count too little: say so rather than pass.
if (catalogues.length === 0) throw new Error(`no language catalogue matching ${CATALOGUE} in the manifest`);

const counted = [...initial.map((chunk) => ({ ...chunk, kb: gzippedKb(chunk.file) })), catalogues[0]];
const total = counted.reduce((sum, chunk) => sum + chunk.kb, 0);

console.log('Initial JavaScript, gzipped:');
for (const chunk of counted) console.log(`  ${chunk.kb.toFixed(2).padStart(7)} kB  ${chunk.file} (${chunk.why})`);
console.log(`  ${total.toFixed(2).padStart(7)} kB  in all, budget ${BUDGET_KB} kB`);
if (total > BUDGET_KB) {
  console.error(
    `The initial JavaScript is ${total.toFixed(2)} kB gzipped, over the ${BUDGET_KB} kB budget: load the new code ` +
      'with the page that needs it (a lazy route in src/app/routes.tsx, or React.lazy for a chart).',
  );
  process.exit(1);
}
