// The npm registry reachable from our machines lacks some other-platform builds of optional
// dependencies (e.g. @pagefind/darwin-arm64@1.6.0), so `npm install` leaves them out of the
// lockfile and `npm ci` then refuses it as out of sync. This adds the missing entries, marked
// optional and with their os/cpu, so every platform's `npm ci` accepts the lockfile and skips
// what is not its own. Run after every `npm install`: node .ci/complete-lockfile.mjs
import fs from 'node:fs';
const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8'));
const pk = lock.packages;
const platform = (name) => {
  const n = name.split('/').pop();
  const os = /darwin/.test(n) ? 'darwin' : /win32|windows/.test(n) ? 'win32' : /freebsd/.test(n) ? 'freebsd' : /android/.test(n) ? 'android' : /linux/.test(n) ? 'linux' : null;
  const cpu = /arm64/.test(n) ? 'arm64' : /wasm32/.test(n) ? 'wasm32' : /x64/.test(n) ? 'x64' : null;
  const libc = /musl/.test(n) ? 'musl' : /gnu/.test(n) ? 'glibc' : null;
  return { os, cpu, libc };
};
let added = [];
for (const [key, entry] of Object.entries(pk)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const path = `node_modules/${dep}`;
    if (pk[path]) continue;
    const { os, cpu, libc } = platform(dep);
    const stub = { version, optional: true };
    if (cpu) stub.cpu = [cpu];
    if (libc) stub.libc = [libc];
    if (os) stub.os = [os];
    pk[path] = stub;
    added.push(`${dep}@${version} ${JSON.stringify({ os, cpu, libc })}`);
  }
}
lock.packages = Object.fromEntries(Object.entries(pk).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
fs.writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n');
console.log(added.join('\n'));
