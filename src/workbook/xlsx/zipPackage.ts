/**
 * A zip archive edited in place, for the package writer: entries that are not changed are copied
 * as their original compressed records (no inflate, no deflate), changed and new entries are
 * deflated once, and the central directory is written anew. Synchronous on purpose: a general zip
 * library streams every entry through asynchronous workers, which cost more than the work itself
 * for a workbook of a few dozen small parts.
 *
 * Zip64 archives are not read here (an .xlsx needs them only beyond 4 GB or 65,535 parts, though
 * a few writers emit the records anyway); the caller normalises such a file first.
 */
import { crc32, deflateRawSync, inflateRawSync } from 'zlib';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;
const UTF8_FLAG = 0x0800;
const DESCRIPTOR_FLAG = 0x0008;
const STORED = 0;
const DEFLATED = 8;

/** The archive cannot be read by this reader (damaged, encrypted entries, or zip64). */
export class ZipFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipFormatError';
  }
}

interface OriginalEntry {
  kind: 'original';
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  localOffset: number;
  /** The central directory record as read (its local offset is patched on write). */
  central: Buffer;
}

interface NewEntry {
  kind: 'new';
  name: string;
  data: Buffer;
}

type Entry = OriginalEntry | NewEntry;

function findEndOfCentralDirectory(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at -= 1) {
    if (bytes.readUInt32LE(at) === EOCD) return at;
  }
  throw new ZipFormatError('no end of central directory');
}

/** DOS date and time of `date` (local time, two-second resolution), as zip headers store them. */
function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.max(1980, date.getFullYear());
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

export class ZipPackage {
  private readonly entries: Entry[] = [];

  private constructor(
    private readonly bytes: Buffer,
    private readonly comment: Buffer,
  ) {}

  static read(bytes: Buffer): ZipPackage {
    if (bytes.length < 22) throw new ZipFormatError('too short to be a zip archive');
    const end = findEndOfCentralDirectory(bytes);
    const count = bytes.readUInt16LE(end + 10);
    const size = bytes.readUInt32LE(end + 12);
    const offset = bytes.readUInt32LE(end + 16);
    const commentLength = bytes.readUInt16LE(end + 20);
    if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
      throw new ZipFormatError('zip64 archive');
    }
    const zip = new ZipPackage(bytes, bytes.subarray(end + 22, end + 22 + commentLength));
    let at = offset;
    for (let i = 0; i < count; i += 1) {
      if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) {
        throw new ZipFormatError('damaged central directory');
      }
      const flags = bytes.readUInt16LE(at + 8);
      const method = bytes.readUInt16LE(at + 10);
      const compressedSize = bytes.readUInt32LE(at + 20);
      const uncompressedSize = bytes.readUInt32LE(at + 24);
      const nameLength = bytes.readUInt16LE(at + 28);
      const recordLength = 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
      const localOffset = bytes.readUInt32LE(at + 42);
      if ([compressedSize, uncompressedSize, localOffset].includes(0xffffffff)) {
        throw new ZipFormatError('zip64 entry');
      }
      const rawName = bytes.subarray(at + 46, at + 46 + nameLength);
      zip.entries.push({
        kind: 'original',
        name: rawName.toString(flags & UTF8_FLAG ? 'utf8' : 'latin1'),
        flags,
        method,
        compressedSize,
        localOffset,
        central: bytes.subarray(at, at + recordLength),
      });
      at += recordLength;
    }
    return zip;
  }

  names(): string[] {
    return this.entries.map((e) => e.name);
  }

  private find(name: string): number {
    return this.entries.findIndex((e) => e.name === name);
  }

  private dataStart(entry: OriginalEntry): number {
    const at = entry.localOffset;
    if (this.bytes.readUInt32LE(at) !== LOCAL) throw new ZipFormatError(`damaged entry ${entry.name}`);
    return at + 30 + this.bytes.readUInt16LE(at + 26) + this.bytes.readUInt16LE(at + 28);
  }

  /** The uncompressed bytes of an entry, or undefined when there is no such entry. */
  read(name: string): Buffer | undefined {
    const entry = this.entries[this.find(name)];
    if (!entry) return undefined;
    if (entry.kind === 'new') return entry.data;
    const start = this.dataStart(entry);
    const data = this.bytes.subarray(start, start + entry.compressedSize);
    if (entry.method === STORED) return Buffer.from(data);
    if (entry.method === DEFLATED) return inflateRawSync(data);
    throw new ZipFormatError(`entry ${name} uses compression method ${entry.method}`);
  }

  /** Replaces an entry where it is, or adds it at the end. */
  write(name: string, data: Buffer): void {
    const index = this.find(name);
    const entry: NewEntry = { kind: 'new', name, data };
    if (index >= 0) this.entries[index] = entry;
    else this.entries.push(entry);
  }

  remove(name: string): void {
    const index = this.find(name);
    if (index >= 0) this.entries.splice(index, 1);
  }

  /** The archive: original records copied as they were, new ones deflated, a new directory. */
  toBuffer(now: Date = new Date()): Buffer {
    const stamp = dosDateTime(now);
    const chunks: Buffer[] = [];
    const centrals: Buffer[] = [];
    let offset = 0;
    for (const entry of this.entries) {
      if (entry.kind === 'original') {
        const start = this.dataStart(entry);
        let end = start + entry.compressedSize;
        if (entry.flags & DESCRIPTOR_FLAG) {
          end += end + 4 <= this.bytes.length && this.bytes.readUInt32LE(end) === DESCRIPTOR ? 16 : 12;
        }
        const central = Buffer.from(entry.central);
        central.writeUInt32LE(offset, 42);
        chunks.push(this.bytes.subarray(entry.localOffset, end));
        centrals.push(central);
        offset += end - entry.localOffset;
        continue;
      }
      const name = Buffer.from(entry.name, 'utf8');
      const compressed = deflateRawSync(entry.data, { level: 6 });
      const crc = crc32(entry.data);
      const local = Buffer.alloc(30);
      local.writeUInt32LE(LOCAL, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(UTF8_FLAG, 6);
      local.writeUInt16LE(DEFLATED, 8);
      local.writeUInt16LE(stamp.time, 10);
      local.writeUInt16LE(stamp.date, 12);
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(compressed.length, 18);
      local.writeUInt32LE(entry.data.length, 22);
      local.writeUInt16LE(name.length, 26);
      local.writeUInt16LE(0, 28);
      const central = Buffer.alloc(46);
      central.writeUInt32LE(CENTRAL, 0);
      central.writeUInt16LE(20, 4);
      local.copy(central, 6, 4, 30); // version needed … extra length: the same fields in the same order
      central.writeUInt16LE(0, 32); // comment length
      central.writeUInt16LE(0, 34); // disk
      central.writeUInt16LE(0, 36); // internal attributes
      central.writeUInt32LE(0, 38); // external attributes
      central.writeUInt32LE(offset, 42);
      chunks.push(local, name, compressed);
      centrals.push(central, name);
      offset += local.length + name.length + compressed.length;
    }
    const directorySize = centrals.reduce((n, b) => n + b.length, 0);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(EOCD, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(directorySize, 12);
    end.writeUInt32LE(offset, 16);
    end.writeUInt16LE(this.comment.length, 20);
    return Buffer.concat([...chunks, ...centrals, end, this.comment]);
  }
}
