// RDF checks for the linked-data tests, offline.
//   node rdf.mjs equal <oslo-folder> <a> <b>   same triples (blank nodes compared by canonical labelling, RDFC-1.0)
//   node rdf.mjs parse <oslo-folder> <file>    parse (format from the extension), print the triple count and subjects
// Prints JSON.
import jsonld from 'jsonld';
import N3 from 'n3';
import { parse, readInput, formatOf } from './oslo-rdf.mjs';

const [command, osloFolder, ...files] = process.argv.slice(2);
const quadsOf = async (file) => parse(readInput(file), formatOf(file), osloFolder);

if (command === 'equal') {
  const canonical = async (quads) => {
    const nquads = new N3.Writer({ format: 'N-Quads' }).quadsToString(quads);
    const out = await jsonld.canonize(nquads, { algorithm: 'RDFC-1.0', inputFormat: 'application/n-quads', format: 'application/n-quads' });
    return new Set(out.split('\n').filter((l) => l.length > 0));
  };
  const [a, b] = [await canonical(await quadsOf(files[0])), await canonical(await quadsOf(files[1]))];
  const onlyA = [...a].filter((l) => !b.has(l));
  const onlyB = [...b].filter((l) => !a.has(l));
  console.log(JSON.stringify({ equal: onlyA.length === 0 && onlyB.length === 0, count: a.size, onlyInFirst: onlyA, onlyInSecond: onlyB }, null, 2));
} else if (command === 'parse') {
  const quads = await quadsOf(files[0]);
  const subjects = [...new Set(quads.filter((q) => q.subject.termType === 'NamedNode').map((q) => q.subject.value))];
  console.log(JSON.stringify({ triples: quads.length, subjects }, null, 2));
} else {
  console.error('usage: node rdf.mjs equal|parse <oslo-folder> <files…>');
  process.exit(2);
}
