// Writes dist/xiaomi-ev-context-<version>-<browser>.zip for each browser build, and -source.zip (what AMO's
// reviewers rebuild from): reproducible (same input, same bytes) because entries are sorted, timestamps fixed
// and compression deterministic.
import { execFileSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deflateRawSync, crc32 } from 'node:zlib';

/** 1980-01-01 00:00, the zip format's epoch: every entry gets it, so the build date never leaks in. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

async function listFiles(dir, base = dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full, base)));
    else out.push(path.relative(base, full).split(path.sep).join('/'));
  }
  return out.sort();
}

export async function zipDirectory(dir, outFile) {
  return zipFiles(dir, await listFiles(dir), outFile);
}

/** Zips `names` (paths relative to `dir`, with forward slashes) in sorted order. */
export async function zipFiles(dir, names, outFile) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const name of [...names].sort()) {
    const data = await readFile(path.join(dir, name));
    const deflated = deflateRawSync(data, { level: 9 });
    const useDeflate = deflated.length < data.length;
    const body = useDeflate ? deflated : data;
    const nameBuf = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(useDeflate ? 8 : 0, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(useDeflate ? 8 : 0, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(0, 38); // no external attributes: permissions don't vary by machine
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, body);
    centrals.push(central, nameBuf);
    offset += local.length + nameBuf.length + body.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  await writeFile(outFile, Buffer.concat([...locals, ...centrals, end]));
  return outFile;
}

export async function packageAll(root) {
  const { version } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
  const out = [];
  for (const browser of ['chrome', 'firefox']) {
    out.push(await zipDirectory(path.join(root, 'dist', browser), path.join(root, 'dist', `xiaomi-ev-context-${version}-${browser}.zip`)));
  }
  out.push(await zipFiles(root, sourceFiles(root), path.join(root, 'dist', `xiaomi-ev-context-${version}-source.zip`)));
  return out;
}

/**
 * The source archive holds every file git tracks (the repository as committed, plus any uncommitted edits to
 * those files): `npm ci && npm run package` inside it rebuilds the same zips. Needs git, as a clone has it.
 */
export function sourceFiles(root) {
  const listed = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' });
  return listed.split('\0').filter(Boolean);
}
