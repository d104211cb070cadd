import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { xlsxContentType } from './documents/xlsx-table';

/** Sends a streamed workbook as a download. */
export function sendXlsx(reply: FastifyReply, fileName: string, stream: Readable) {
  return reply
    .type(xlsxContentType)
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .header('cache-control', 'private, no-store')
    .send(stream);
}
