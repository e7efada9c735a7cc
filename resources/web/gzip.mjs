// Writes FILE.gz next to each FILE given (level 9), for the server to send to clients
// that accept gzip: compressed once at build time, never per request.
import fs from 'node:fs';
import zlib from 'node:zlib';

for (const file of process.argv.slice(2)) {
  const gz = zlib.gzipSync(fs.readFileSync(file), { level: 9 });
  fs.writeFileSync(file + '.gz', gz);
}
