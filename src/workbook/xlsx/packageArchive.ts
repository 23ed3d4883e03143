/**
 * The archive the package writer edits, seen as Uint8Array parts. The zip code underneath still
 * speaks Node's Buffer; this is the one place that bridges the two until it speaks Uint8Array.
 */
import { ZipPackage } from './zipPackage';

export interface PackageArchive {
  names(): string[];
  read(name: string): Uint8Array | undefined;
  write(name: string, data: Uint8Array): void;
  remove(name: string): void;
  toBytes(): Uint8Array;
}

const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

export function openPackageArchive(bytes: Uint8Array): PackageArchive {
  const zip = ZipPackage.read(asBuffer(bytes));
  return {
    names: () => zip.names(),
    read: (name) => zip.read(name),
    write: (name, data) => zip.write(name, asBuffer(data)),
    remove: (name) => zip.remove(name),
    toBytes: () => zip.toBuffer(),
  };
}
