// Validates IIIF Presentation 3.0 documents against the IIIF JSON Schema with ajv.
// Usage: node iiif.mjs SCHEMA FILE... ("-" reads one document from stdin).
// Prints one JSON line per document ({file, valid, errors}); exits 1 when any is invalid.
import { readFileSync } from "node:fs";
import Ajv from "ajv";
import addFormats from "ajv-formats";

const [schemaPath, ...files] = process.argv.slice(2);
if (!schemaPath || files.length === 0) {
  console.error("usage: node iiif.mjs SCHEMA FILE...");
  process.exit(2);
}
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
let invalid = 0;
for (const file of files) {
  const text = readFileSync(file === "-" ? 0 : file, "utf8");
  const valid = validate(JSON.parse(text));
  if (!valid) invalid++;
  const errors = valid ? [] : validate.errors.slice(0, 20).map((e) => `${e.instancePath} ${e.message}`);
  console.log(JSON.stringify({ file, valid, errors }));
}
process.exit(invalid > 0 ? 1 : 0);
