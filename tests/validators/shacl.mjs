// SHACL validation the way the OSLO Cultureel Erfgoed working group does it (shacl-mapping in
// Informatievlaanderen/OSLOthema-cultureelErfgoed): first add to the data the equivalent-class,
// inverse-property and superclass triples stated by CIDOC-CRM (crm.ttl) and the shapes file (one
// pass, as they do: direct superclasses only), then validate with rdf-validate-shacl and count
// only the results that carry a message.
//
// Usage: node shacl.mjs <oslo-folder> <data-file|-> [jsonld|ttl|nt] [shapes-file]
// Prints JSON: { conforms, results: [{ message, path, focusNode, shape }], ignored }.
import fs from 'node:fs';
import path from 'node:path';
import N3 from 'n3';
import rdf from '@zazuko/env';
import SHACLValidator from 'rdf-validate-shacl';
import { parse, readInput, formatOf } from './oslo-rdf.mjs';

const [osloFolder, dataFile, givenFormat, shapesArg] = process.argv.slice(2);
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const SUBCLASS = 'http://www.w3.org/2000/01/rdf-schema#subClassOf';
const EQUIVALENT = 'http://www.w3.org/2002/07/owl#equivalentClass';
const INVERSE = 'http://www.w3.org/2002/07/owl#inverseOf';

const readTurtle = (file) => new N3.Parser({ format: 'Turtle' }).parse(fs.readFileSync(file, 'utf8'));
const shapesQuads = readTurtle(shapesArg ?? path.join(osloFolder, 'shacl', 'updated.ttl'));
const crmQuads = readTurtle(path.join(osloFolder, 'shacl', 'crm.ttl'));
const pairs = (quads, predicate) => quads.filter((q) => q.predicate.value === predicate).map((q) => [q.subject, q.object]);

const data = new N3.Store(await parse(readInput(dataFile), formatOf(dataFile, givenFormat), osloFolder));
const added = [];
const types = (cls) => data.getQuads(null, RDF_TYPE, cls, null);
for (const [a, b] of pairs(shapesQuads, EQUIVALENT)) {
  for (const q of types(a)) added.push([q.subject, RDF_TYPE, b]);
  for (const q of types(b)) added.push([q.subject, RDF_TYPE, a]);
}
for (const [p, i] of [...pairs(crmQuads, INVERSE), ...pairs(shapesQuads, INVERSE)]) {
  for (const q of data.getQuads(null, p, null, null)) added.push([q.object, i, q.subject]);
  for (const q of data.getQuads(null, i, null, null)) added.push([q.object, p, q.subject]);
}
for (const [sub, sup] of [...pairs(crmQuads, SUBCLASS), ...pairs(shapesQuads, SUBCLASS)]) {
  for (const q of types(sub)) added.push([q.subject, RDF_TYPE, sup]);
}
const { namedNode } = N3.DataFactory;
for (const [s, p, o] of added) {
  if (s.termType === 'Literal') continue; // an inverse of a literal-valued property has no subject
  data.addQuad(s, typeof p === 'string' ? namedNode(p) : p, o);
}

const toDataset = (quads) => rdf.dataset(quads.map((q) => rdf.quad(q.subject, q.predicate, q.object)));
const validator = new SHACLValidator(toDataset(shapesQuads), { factory: rdf });
const report = await validator.validate(toDataset(data.getQuads(null, null, null, null)));
const counted = report.results.filter((r) => r.message.length !== 0);
console.log(JSON.stringify({
  conforms: counted.length === 0,
  ignored: report.results.length - counted.length,
  results: counted.map((r) => ({
    message: r.message.map((m) => m.value).join(' | '),
    path: r.path?.value ?? null,
    focusNode: r.focusNode?.value ?? null,
    shape: r.sourceShape?.value ?? null,
  })),
}, null, 2));
