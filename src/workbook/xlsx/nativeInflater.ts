/**
 * Node's native zlib as a synchronous streaming inflater for the zip reader (Node only; the
 * browser build keeps fflate).
 *
 * Why: fflate inflates about 70 MB of sheet XML a second, zlib about 400 MB (bench/lastRow.ts
 * measures both side by side), and a name at the last row of a ledger sheet holding 100 MB of XML
 * means inflating all of it. Node's public zlib API is either asynchronous streams or
 * whole-buffer calls (the whole entry in memory, twice while the output buffers are joined), and
 * the reader is a synchronous pipeline that stops as soon as it has its rows; minizlib (the
 * streaming zlib of node-tar and npm) drives the same native code synchronously, piece by piece.
 */
import type { ZlibOptions as NodeZlibOptions } from 'zlib';
import { InflateRaw, type ZlibOptions } from 'minizlib';
import { InflateFailure, type InflaterFactory } from './zipPackage';

/** Output buffers of this size: large enough that the per-buffer cost does not show. */
const CHUNK_SIZE = 256 * 1024;

export const nativeInflater: InflaterFactory = (onData) => {
  // minizlib hands its options to Node's zlib constructor, which takes chunkSize (its types omit it).
  const options: ZlibOptions & Pick<NodeZlibOptions, 'chunkSize'> = { chunkSize: CHUNK_SIZE };
  const zlib = new InflateRaw(options);
  let failure: Error | undefined;
  zlib.on('data', (chunk: Buffer) => onData(chunk));
  zlib.on('error', (error: unknown) => {
    failure = error instanceof Error ? error : new Error(String(error));
  });
  const check = (): void => {
    if (failure) throw new InflateFailure(failure.message);
  };
  return {
    push(chunk, final) {
      check();
      // minizlib emits the output of each write before the write returns ('data' is synchronous
      // on a flowing Minipass); an error of the callback itself propagates from here unchanged.
      if (final) zlib.end(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      else zlib.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      check();
    },
  };
};
