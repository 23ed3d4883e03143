/** One sentence for every reason the file door refuses a workbook (shared by every command). */
import type { WorkbookOpenError } from '../workbook/xlsx';
import type { CliText } from './messages';

export function openErrorText(e: WorkbookOpenError, t: CliText): string {
  switch (e.code) {
    case 'not_found':
      return t.notFound(e.path);
    case 'not_xlsx':
      return t.notXlsx(e.path);
    case 'corrupt':
      return t.corrupt(e.path, e.detail.part);
    case 'encrypted':
      return t.encrypted(e.path);
    case 'zip_encrypted':
      return t.zipEncrypted(e.path, e.detail.part ?? '?');
    case 'unsupported_compression':
      return t.unsupportedCompression(e.path, e.detail.part ?? '?');
    case 'part_missing':
      return t.partMissing(e.path, e.detail.part ?? '?');
    case 'xml_malformed':
      return t.xmlMalformed(
        e.path,
        e.detail.part ?? '?',
        e.detail.line ?? 0,
        e.detail.column ?? 0,
        e.detail.reason ?? '',
      );
    case 'xml_doctype':
      return t.xmlDoctype(e.path, e.detail.part ?? '?', e.detail.line ?? 0);
    case 'too_large':
      return t.tooLarge(e.path, e.detail.part ?? '?');
    case 'unreadable':
      return t.unreadable(e.path, e.message);
  }
}
