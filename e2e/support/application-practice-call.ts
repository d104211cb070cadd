import { ApiActor } from './api-actor';
import { sysAdmin } from './environment';
import { callPhase, publishOpenCopy } from './open-call';

/** The practice call of the demo data, whose Finland direction (1.1) carries the 20%-of-R&D rule. */
export const practiceCallId = 'practice-zj-cooperation';

/**
 * Makes sure the practice call is published and open in the test's clock, as the server's demo data would
 * (the journeys run without demo data): the system administrator copies the seed's 2024 notice through the
 * authoring API with a window from yesterday to 30 days ahead, 17:30 Asia/Shanghai. Idempotent.
 */
export async function ensurePracticeCall(): Promise<void> {
  const admin = await ApiActor.login(sysAdmin.email, sysAdmin.password);
  try {
    const phase = await callPhase(admin, practiceCallId);
    if (phase === 'open') return;
    if (phase) throw new Error(`${practiceCallId} exists but is ${phase}`);
    await publishOpenCopy(admin, practiceCallId, (source) => ({
      title: `【练习 Practice】${String(source.title)}（演示用，非正式通知）`,
    }));
  } finally {
    await admin.dispose();
  }
}

/** A small, valid one-page PDF (correct cross-reference offsets), as an uploaded agreement would be. */
export function samplePdf(text = 'Cooperation agreement'): Buffer {
  const stream = `BT /F1 12 Tf 20 100 Td (${text.replace(/[()\\]/g, '')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
