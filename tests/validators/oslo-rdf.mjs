// Shared by shacl.mjs and rdf.mjs: read RDF offline (Turtle, N-Triples, JSON-LD with the
// published OSLO context resolved to the local copy in the reference data).
import fs from 'node:fs';
import path from 'node:path';
import jsonld from 'jsonld';
import N3 from 'n3';

export const OSLO_CONTEXT =
  'https://data.vlaanderen.be/doc/implementatiemodel/cultureel-erfgoed-basisregistratie/ontwerpstandaard/2025-01-20/context/cultureel-erfgoed-basisregistratie.jsonld';

export function readInput(file) {
  return file === '-' ? fs.readFileSync(0, 'utf8') : fs.readFileSync(file, 'utf8');
}

/** A document loader that never goes online: the OSLO context comes from the reference data folder. */
export function offlineLoader(osloFolder) {
  const local = path.join(osloFolder, 'shacl', 'cultureel-erfgoed-context.jsonld');
  return async (url) => {
    if (url === OSLO_CONTEXT) {
      return { contextUrl: null, documentUrl: url, document: JSON.parse(fs.readFileSync(local, 'utf8')) };
    }
    throw new Error(`Offline: no local copy of ${url}`);
  };
}

/** N3 quads of a document; format from the file name (.jsonld/.json, .nt, else Turtle) or given. */
export async function parse(text, format, osloFolder) {
  if (format === 'jsonld') {
    const nquads = await jsonld.toRDF(JSON.parse(text), { format: 'application/n-quads', documentLoader: offlineLoader(osloFolder) });
    return new N3.Parser({ format: 'N-Quads' }).parse(nquads);
  }
  return new N3.Parser({ format: format === 'nt' ? 'N-Triples' : 'Turtle' }).parse(text);
}

export function formatOf(file, given) {
  if (given) return given;
  if (/\.(jsonld|json)$/.test(file)) return 'jsonld';
  if (/\.nt$/.test(file)) return 'nt';
  return 'ttl';
}
