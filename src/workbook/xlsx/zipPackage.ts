/**
 * A zip archive read from its central directory and edited in place, on plain Uint8Array so that
 * it runs in a browser as well as in Node (inflate and deflate are fflate's; no Buffer, no zlib;
 * Node hands in its native inflater for streamed entries, see `ZipReadOptions`).
 *
 * Reading: only the central directory is walked when the archive is opened; an entry is inflated
 * when asked for, either whole (`read`) or as a stream of chunks that the caller may stop early
 * (`stream`), so a reader that needs the first rows of a large worksheet never inflates the rest.
 * Entries written with data descriptors (sizes after the data) and zip64 records (sizes and
 * offsets in the zip64 extra field, a zip64 end of central directory) are read; an entry with
 * the encryption flag is refused with its own reason.
 *
 * Writing: entries that are not changed are copied as their original compressed records (no
 * inflate, no deflate), changed and new entries are deflated once, and the central directory is
 * written anew. Synchronous on purpose: a general zip library streams every entry through
 * asynchronous workers, which cost more than the work itself for a workbook of a few dozen parts.
 */
import { Inflate, deflateSync, inflateSync } from 'fflate';

const EOCD = 0x06054b50;
const ZIP64_EOCD = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;
const ZIP64_EXTRA = 0x0001;
const ENCRYPTED_FLAG = 0x0001;
const DESCRIPTOR_FLAG = 0x0008;
const UTF8_FLAG = 0x0800;
const STORED = 0;
const DEFLATED = 8;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

/** Why an archive or one of its entries cannot be read. */
export type ZipFailure =
  /** Not a readable zip: no end record, a directory or local header out of place, a bad inflate. */
  | 'damaged'
  /** The entry is encrypted (zip's own password protection). */
  | 'encrypted'
  /** The entry uses a compression method other than stored or deflate. */
  | 'method'
  /** The entry inflates to more than the caller allows (a zip bomb, or simply too large). */
  | 'too_large';

export class ZipFormatError extends Error {
  constructor(
    public readonly reason: ZipFailure,
    message: string,
    /** The entry concerned, when the failure is about one entry. */
    public readonly entry?: string,
  ) {
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
  uncompressedSize: number;
  localOffset: number;
  /** Sizes and offset came from a zip64 extra field (its descriptor then has 8-byte sizes). */
  zip64: boolean;
  /** The central directory record as read (its local offset is patched on write). */
  central: Uint8Array;
  /** Where in `central` the local offset is stored: 42, or inside the zip64 extra field. */
  offsetField: { at: number; bytes: 4 | 8 };
}

interface NewEntry {
  kind: 'new';
  name: string;
  data: Uint8Array;
}

type Entry = OriginalEntry | NewEntry;

/** Little-endian reads with bounds checks that fail as a damaged archive, not a RangeError. */
class Reader {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  private check(at: number, size: number): void {
    if (at < 0 || at + size > this.bytes.length) {
      throw new ZipFormatError('damaged', 'a zip record lies beyond the end of the file (truncated?)');
    }
  }
  u16(at: number): number {
    this.check(at, 2);
    return this.view.getUint16(at, true);
  }
  u32(at: number): number {
    this.check(at, 4);
    return this.view.getUint32(at, true);
  }
  u64(at: number): number {
    this.check(at, 8);
    const value = this.view.getBigUint64(at, true);
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) {
      throw new ZipFormatError('damaged', 'a zip64 size or offset is out of range');
    }
    return Number(value);
  }
}

const CRC_TABLE: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** The CRC-32 of zip headers (IEEE polynomial), written here because fflate does not export one. */
export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i += 1) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function findEndOfCentralDirectory(r: Reader): number {
  const length = r.bytes.length;
  const lowest = Math.max(0, length - 22 - MAX16);
  for (let at = length - 22; at >= lowest; at -= 1) {
    if (r.bytes[at] === 0x50 && r.u32(at) === EOCD) return at;
  }
  throw new ZipFormatError('damaged', 'the zip end of central directory is missing (truncated?)');
}

/** DOS date and time of `date` (local time, two-second resolution), as zip headers store them. */
function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.max(1980, date.getFullYear());
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

const utf8 = new TextEncoder();

function decodeName(raw: Uint8Array, isUtf8: boolean): string {
  if (isUtf8) return new TextDecoder('utf-8').decode(raw);
  // Without the UTF-8 flag zip names are CP437; part names of a package are ASCII in practice,
  // and reading the other bytes as Latin-1 keeps them distinct and round-trippable.
  let name = '';
  for (const byte of raw) name += String.fromCharCode(byte);
  return name;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** How much inflated output a caller accepts from one entry. */
export interface InflateLimit {
  maxBytes: number;
}

/**
 * Compressed input is pushed in chunks that start small (a reader that only wants the prolog, or
 * the first rows, stops after a few KB even when the data inflates a thousandfold) and grow to a
 * size where the per-chunk cost no longer shows.
 */
const FIRST_CHUNK = 4 * 1024;
const LARGEST_CHUNK = 64 * 1024;

/**
 * A streaming raw-deflate inflater: `push` inflates a piece of the compressed data and hands the
 * output to the `onData` it was made with before returning (synchronously, as fflate's `Inflate`
 * does), `final` on the last piece. It throws `InflateFailure` on data that cannot be inflated.
 */
export interface StreamInflater {
  push(chunk: Uint8Array, final: boolean): void;
}

/**
 * Makes a streaming inflater. The browser has only fflate; Node passes its native zlib (through
 * minizlib, see nativeInflater.ts), five to seven times faster on a large sheet.
 */
export type InflaterFactory = (onData: (chunk: Uint8Array) => void) => StreamInflater;

/** Raised by an inflater when the compressed data is damaged (not the callback's own errors). */
export class InflateFailure extends Error {}

export interface ZipReadOptions {
  /** Inflates streamed entries instead of fflate (the host's faster native code). */
  inflater?: InflaterFactory;
}

/** fflate's streaming inflate, its errors marked as the data's. */
const fflateInflater: InflaterFactory = (onData) => {
  const inflate = new Inflate((chunk) => onData(chunk));
  return {
    push(chunk, final) {
      try {
        inflate.push(chunk, final);
      } catch (error) {
        // A callback's own error (the XML reader refusing a part) is the caller's to report.
        if (isFflateError(error)) throw new InflateFailure(String(error));
        throw error;
      }
    },
  };
};

export class ZipPackage {
  private readonly entries: Entry[] = [];
  private readonly reader: Reader;

  private constructor(
    private readonly bytes: Uint8Array,
    private readonly comment: Uint8Array,
    private readonly options: ZipReadOptions,
  ) {
    this.reader = new Reader(bytes);
  }

  static read(bytes: Uint8Array, options: ZipReadOptions = {}): ZipPackage {
    if (bytes.length < 22) throw new ZipFormatError('damaged', 'too short to be a zip archive');
    const r = new Reader(bytes);
    const end = findEndOfCentralDirectory(r);
    let count = r.u16(end + 10);
    let size = r.u32(end + 12);
    let offset = r.u32(end + 16);
    const commentLength = r.u16(end + 20);
    if (count === MAX16 || size === MAX32 || offset === MAX32) {
      // Zip64: the locator just before the end record points at the zip64 end record.
      if (end >= 20 && r.u32(end - 20) === ZIP64_LOCATOR) {
        const at = r.u64(end - 12);
        if (r.u32(at) !== ZIP64_EOCD) throw new ZipFormatError('damaged', 'damaged zip64 end record');
        count = r.u64(at + 32);
        size = r.u64(at + 40);
        offset = r.u64(at + 48);
      }
    }
    const zip = new ZipPackage(bytes, bytes.subarray(end + 22, end + 22 + commentLength), options);
    let at = offset;
    for (let i = 0; i < count; i += 1) {
      if (at + 46 > bytes.length || r.u32(at) !== CENTRAL) {
        throw new ZipFormatError('damaged', 'the zip central directory is damaged');
      }
      const flags = r.u16(at + 8);
      const method = r.u16(at + 10);
      let compressedSize = r.u32(at + 20);
      let uncompressedSize = r.u32(at + 24);
      const nameLength = r.u16(at + 28);
      const extraLength = r.u16(at + 30);
      const recordLength = 46 + nameLength + extraLength + r.u16(at + 32);
      let localOffset = r.u32(at + 42);
      let offsetField: OriginalEntry['offsetField'] = { at: 42, bytes: 4 };
      let zip64 = false;
      if (uncompressedSize === MAX32 || compressedSize === MAX32 || localOffset === MAX32) {
        // The zip64 extra field holds, in this order, only the values whose 32-bit field is full.
        let extra = at + 46 + nameLength;
        const extraEnd = extra + extraLength;
        while (extra + 4 <= extraEnd) {
          const id = r.u16(extra);
          const length = r.u16(extra + 2);
          if (id === ZIP64_EXTRA) {
            let field = extra + 4;
            if (uncompressedSize === MAX32) {
              uncompressedSize = r.u64(field);
              field += 8;
            }
            if (compressedSize === MAX32) {
              compressedSize = r.u64(field);
              field += 8;
            }
            if (localOffset === MAX32) {
              localOffset = r.u64(field);
              offsetField = { at: field - at, bytes: 8 };
            }
            zip64 = true;
            break;
          }
          extra += 4 + length;
        }
        if (!zip64) throw new ZipFormatError('damaged', 'a zip64 entry lacks its zip64 extra field');
      }
      zip.entries.push({
        kind: 'original',
        name: decodeName(bytes.subarray(at + 46, at + 46 + nameLength), (flags & UTF8_FLAG) !== 0),
        flags,
        method,
        compressedSize,
        uncompressedSize,
        localOffset,
        zip64,
        central: bytes.subarray(at, at + recordLength),
        offsetField,
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
    if (at + 30 > this.bytes.length || this.reader.u32(at) !== LOCAL) {
      throw new ZipFormatError('damaged', `the zip entry ${entry.name} is damaged`, entry.name);
    }
    const start = at + 30 + this.reader.u16(at + 26) + this.reader.u16(at + 28);
    if (start + entry.compressedSize > this.bytes.length) {
      throw new ZipFormatError('damaged', `the zip entry ${entry.name} is truncated`, entry.name);
    }
    return start;
  }

  /** The compressed bytes of an original entry, after checking it can be inflated at all. */
  private compressed(entry: OriginalEntry): Uint8Array {
    if (entry.flags & ENCRYPTED_FLAG) {
      throw new ZipFormatError('encrypted', `the zip entry ${entry.name} is encrypted`, entry.name);
    }
    if (entry.method !== STORED && entry.method !== DEFLATED) {
      throw new ZipFormatError(
        'method',
        `the zip entry ${entry.name} uses compression method ${entry.method}`,
        entry.name,
      );
    }
    const start = this.dataStart(entry);
    return this.bytes.subarray(start, start + entry.compressedSize);
  }

  /** The uncompressed size the directory declares (not trusted for allocation, only for limits). */
  declaredSize(name: string): number | undefined {
    const entry = this.entries[this.find(name)];
    if (!entry) return undefined;
    return entry.kind === 'new' ? entry.data.length : entry.uncompressedSize;
  }

  /** The uncompressed bytes of an entry, or undefined when there is no such entry. */
  read(name: string, limit?: InflateLimit): Uint8Array | undefined {
    const entry = this.entries[this.find(name)];
    if (!entry) return undefined;
    if (entry.kind === 'new') return entry.data;
    if (limit) {
      const chunks: Uint8Array[] = [];
      this.stream(
        name,
        (chunk) => {
          chunks.push(chunk);
          return true;
        },
        limit,
      );
      return concat(chunks);
    }
    const data = this.compressed(entry);
    if (entry.method === STORED) return data.slice();
    try {
      return inflateSync(data);
    } catch {
      throw new ZipFormatError('damaged', `the zip entry ${name} cannot be inflated`, name);
    }
  }

  /**
   * Inflates an entry chunk by chunk into `onData`, which returns false to stop reading. Returns
   * false when there is no such entry. Refuses (too_large) once the output passes the limit.
   */
  stream(name: string, onData: (chunk: Uint8Array) => boolean, limit: InflateLimit): boolean {
    const entry = this.entries[this.find(name)];
    if (!entry) return false;
    if (entry.kind === 'new') {
      onData(entry.data);
      return true;
    }
    const data = this.compressed(entry);
    let produced = 0;
    let going = true;
    const accept = (chunk: Uint8Array): void => {
      if (!going || chunk.length === 0) return;
      produced += chunk.length;
      if (produced > limit.maxBytes) {
        throw new ZipFormatError(
          'too_large',
          `the zip entry ${name} inflates to more than ${limit.maxBytes} bytes`,
          name,
        );
      }
      going = onData(chunk);
    };
    let size = FIRST_CHUNK;
    const next = (at: number): number => {
      const end = Math.min(data.length, at + size);
      size = Math.min(LARGEST_CHUNK, size * 2);
      return end;
    };
    if (entry.method === STORED) {
      for (let at = 0; at < data.length && going;) {
        const end = next(at);
        accept(data.subarray(at, end));
        at = end;
      }
      return true;
    }
    const inflate = (this.options.inflater ?? fflateInflater)(accept);
    for (let at = 0; at < data.length && going;) {
      const end = next(at);
      try {
        inflate.push(data.subarray(at, end), end >= data.length);
      } catch (error) {
        if (error instanceof InflateFailure) {
          throw new ZipFormatError('damaged', `the zip entry ${name} cannot be inflated`, name);
        }
        throw error;
      }
      at = end;
    }
    if (data.length === 0 && going) inflate.push(new Uint8Array(0), true);
    return true;
  }

  /** Replaces an entry where it is, or adds it at the end. */
  write(name: string, data: Uint8Array): void {
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
  toBytes(now: Date = new Date()): Uint8Array {
    const stamp = dosDateTime(now);
    const chunks: Uint8Array[] = [];
    const centrals: Uint8Array[] = [];
    let offset = 0;
    for (const entry of this.entries) {
      if (offset > MAX32) throw new ZipFormatError('too_large', 'the workbook would exceed 4 GB');
      if (entry.kind === 'original') {
        const start = this.dataStart(entry);
        let end = start + entry.compressedSize;
        if (entry.flags & DESCRIPTOR_FLAG) {
          const signed = end + 4 <= this.bytes.length && this.reader.u32(end) === DESCRIPTOR;
          end += (signed ? 4 : 0) + (entry.zip64 ? 20 : 12);
        }
        const central = entry.central.slice();
        const view = new DataView(central.buffer, central.byteOffset, central.byteLength);
        if (entry.offsetField.bytes === 8) view.setBigUint64(entry.offsetField.at, BigInt(offset), true);
        else view.setUint32(entry.offsetField.at, offset, true);
        chunks.push(this.bytes.subarray(entry.localOffset, end));
        centrals.push(central);
        offset += end - entry.localOffset;
        continue;
      }
      const name = utf8.encode(entry.name);
      const compressed = deflateSync(entry.data, { level: 6 });
      const local = new Uint8Array(30);
      const l = new DataView(local.buffer);
      l.setUint32(0, LOCAL, true);
      l.setUint16(4, 20, true);
      l.setUint16(6, UTF8_FLAG, true);
      l.setUint16(8, DEFLATED, true);
      l.setUint16(10, stamp.time, true);
      l.setUint16(12, stamp.date, true);
      l.setUint32(14, crc32(entry.data), true);
      l.setUint32(18, compressed.length, true);
      l.setUint32(22, entry.data.length, true);
      l.setUint16(26, name.length, true);
      l.setUint16(28, 0, true);
      const central = new Uint8Array(46);
      const c = new DataView(central.buffer);
      c.setUint32(0, CENTRAL, true);
      c.setUint16(4, 20, true);
      central.set(local.subarray(4, 30), 6); // version needed … extra length: the same fields in order
      // comment length, disk, internal and external attributes stay 0
      c.setUint32(42, offset, true);
      chunks.push(local, name, compressed);
      centrals.push(central, name);
      offset += local.length + name.length + compressed.length;
    }
    const directorySize = centrals.reduce((n, b) => n + b.length, 0);
    if (this.entries.length > MAX16 || offset > MAX32) {
      throw new ZipFormatError('too_large', 'the workbook would need zip64 records');
    }
    const end = new Uint8Array(22);
    const e = new DataView(end.buffer);
    e.setUint32(0, EOCD, true);
    e.setUint16(8, this.entries.length, true);
    e.setUint16(10, this.entries.length, true);
    e.setUint32(12, directorySize, true);
    e.setUint32(16, offset, true);
    e.setUint16(20, this.comment.length, true);
    return concat([...chunks, ...centrals, end, this.comment]);
  }
}

/** fflate reports its own failures as errors carrying a numeric `code`. */
function isFflateError(error: unknown): boolean {
  return error instanceof Error && typeof (error as Error & { code?: unknown }).code === 'number';
}
