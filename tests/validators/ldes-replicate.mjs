// Replicates an LDES with the reference client (ldes-client) and prints what it received:
// one JSON line per member ({"id", "isVersionOf", "timestamp", "quads"}), then {"count": n}.
// Usage: node ldes-replicate.mjs <stream url> [state folder]
// With a state folder the client resumes from (and saves) its state, so a second run after
// edits receives only the new members.
import { replicateLDES, intoConfig } from "ldes-client";

const [url, statePath] = process.argv.slice(2);
if (!url) {
  console.error("usage: node ldes-replicate.mjs <stream url> [state folder]");
  process.exit(2);
}

const client = replicateLDES(intoConfig({ url, statePath, polling: false }));
const reader = client.stream({ highWaterMark: 10 }).getReader();
let count = 0;
for (;;) {
  const { value: member, done } = await reader.read();
  if (done) break;
  count++;
  const timestamp = member.timestamp instanceof Date ? member.timestamp.toISOString() : member.timestamp ?? null;
  console.log(JSON.stringify({
    id: member.id.value,
    isVersionOf: member.isVersionOf ?? null,
    timestamp,
    quads: member.quads.map((q) => [q.subject.value, q.predicate.value, q.object.value]),
  }));
}
console.log(JSON.stringify({ count }));
