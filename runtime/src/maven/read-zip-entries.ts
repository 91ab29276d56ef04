import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { crc32, inflateRaw } from 'node:zlib';

const inflate = promisify(inflateRaw);

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

export class ZipReadError extends Error {
  override readonly name = 'ZipReadError';
}

function findEndOfCentralDirectory(zip: Buffer, path: string): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end of the file.
  const earliest = Math.max(0, zip.length - 22 - 0xffff);
  for (let at = zip.length - 22; at >= earliest; at -= 1) {
    if (zip.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new ZipReadError(`${path} is not a zip file (no end of central directory)`);
}

/**
 * The named entries of a zip (a jar), inflated and checked against the CRC-32 and size the archive records. Enough
 * for the jars this project unpacks (no ZIP64, no encryption, stored or deflated entries); a missing entry or anything
 * else fails with the archive's path in the message. The whole archive is read into memory: the jars are tens of MB.
 */
export async function readZipEntries(path: string, names: readonly string[]): Promise<Map<string, Buffer>> {
  const zip = await readFile(path);
  const end = findEndOfCentralDirectory(zip, path);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const wanted = new Set(names);
  const entries = new Map<string, Buffer>();
  for (let index = 0; index < count && entries.size < wanted.size; index += 1) {
    if (zip.readUInt32LE(at) !== CENTRAL_DIRECTORY_HEADER) {
      throw new ZipReadError(`${path}: damaged central directory at byte ${at}`);
    }
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const headerLength = 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const localHeader = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += headerLength;
    if (!wanted.has(name)) continue;

    if (zip.readUInt32LE(localHeader) !== LOCAL_FILE_HEADER) {
      throw new ZipReadError(`${path}: damaged local header for ${name}`);
    }
    const dataStart = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    let content: Buffer;
    if (method === STORED) content = Buffer.from(data);
    else if (method === DEFLATED) content = await inflate(data);
    else throw new ZipReadError(`${path}: ${name} uses compression method ${method}, which is not supported`);
    if (content.length !== size || crc32(content) !== crc) {
      throw new ZipReadError(`${path}: ${name} does not match the size and CRC-32 the archive records`);
    }
    entries.set(name, content);
  }
  const missing = names.filter((name) => !entries.has(name));
  if (missing.length > 0) throw new ZipReadError(`${path} has no ${missing.join(', ')}`);
  return entries;
}
