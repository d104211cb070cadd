import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensurePracticeCall, PRACTICE_CALL_ID } from '../src/demo/practice-call';
import { buildMinimalPdf, buildPdfWithHiddenScript } from '../src/modules/attachments/sample-files.fixture';
import { readAllCatalogueFiles } from '../src/modules/catalogue/catalogue-files';
import { createOrganisation, createUser } from './support/factories';
import { type Client, createTestApp, login, type TestApp, testDatabaseKinds } from './support/test-app';

/** A multipart/form-data body built by hand, as a browser sends it. */
function multipart(fields: Record<string, string>, file?: { name: string; bytes: Buffer; type?: string }) {
  const boundary = `----yanzhen${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      file.bytes,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

describe.each(testDatabaseKinds)('attachments on %s PostgreSQL', (kind) => {
  let t: TestApp;
  let applicant: Client;
  let outsider: Client;
  let appId: string;
  beforeAll(async () => {
    t = await createTestApp(kind, { YANZHEN_UPLOAD_MAX_MB: '1' });
    await t.deps.services.catalogue.syncFromFiles(readAllCatalogueFiles());
    await ensurePracticeCall(t.deps);
    const org = await createOrganisation(t.deps);
    const a = await createUser(t.deps, { roles: ['applicant'], organisationId: org.id });
    const o = await createUser(t.deps, {
      roles: ['applicant'],
      organisationId: (await createOrganisation(t.deps)).id,
    });
    applicant = await login(t.app, a.email, a.password);
    outsider = await login(t.app, o.email, o.password);
    appId = (
      await applicant.request('POST', '/api/v1/applications', {
        callId: PRACTICE_CALL_ID,
        directionCode: '1.1',
      })
    ).json().id;
  });
  afterAll(() => t.close());

  const upload = (
    client: Client,
    fields: Record<string, string>,
    file?: { name: string; bytes: Buffer; type?: string },
    lang = 'zh-CN',
  ) => {
    const body = multipart(fields, file);
    return t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${appId}/attachments`,
      headers: {
        cookie: client.cookie,
        'x-csrf-token': client.csrfToken,
        'content-type': body.contentType,
        'accept-language': lang,
      },
      payload: body.payload,
    });
  };

  it('stores a PDF by content with its hash, and serves it only to those who may read the application', async () => {
    const pdf = buildMinimalPdf();
    const res = await upload(
      applicant,
      { code: 'cooperationAgreement', signedOn: '2026-02-01' },
      { name: '../../合作协议.pdf', bytes: pdf },
    );
    expect(res.statusCode, res.body).toBe(201);
    const att = res.json();
    expect(att).toMatchObject({
      code: 'cooperationAgreement',
      fileName: '合作协议.pdf',
      size: pdf.length,
      contentType: 'application/pdf',
      signedOn: '2026-02-01',
      scanStatus: 'skipped',
    });
    expect(att.sha256).toMatch(/^[0-9a-f]{64}$/);
    const download = await applicant.request(
      'GET',
      `/api/v1/applications/${appId}/attachments/${att.id}/file`,
    );
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect(download.headers['content-disposition']).toContain(
      "filename*=UTF-8''%E5%90%88%E4%BD%9C%E5%8D%8F%E8%AE%AE.pdf",
    );
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(
      (await outsider.request('GET', `/api/v1/applications/${appId}/attachments/${att.id}/file`)).statusCode,
    ).toBe(404);
    const anonymous = await t.app.inject({ url: `/api/v1/applications/${appId}/attachments/${att.id}/file` });
    expect(anonymous.statusCode).toBe(401);
  });

  it('refuses hostile files with a reason in the language asked for', async () => {
    const svg = await upload(
      applicant,
      { code: 'integrityPledge' },
      {
        name: 'pledge.svg',
        bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      },
    );
    expect(svg.statusCode).toBe(400);
    expect(svg.json()).toMatchObject({ code: 'attachment_rejected', details: { code: 'active-content' } });
    const exe = await upload(
      applicant,
      { code: 'integrityPledge' },
      { name: 'pledge.pdf', bytes: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]) },
      'en-US',
    );
    expect(exe.json().details.code).toBe('executable');
    expect(exe.json().message).toMatch(/not accepted/);
    const script = await upload(
      applicant,
      { code: 'integrityPledge' },
      { name: 'p.pdf', bytes: buildPdfWithHiddenScript() },
    );
    expect(script.json().details.code).toBe('pdf-active-content');
    const big = await upload(
      applicant,
      { code: 'integrityPledge' },
      { name: 'big.pdf', bytes: Buffer.concat([buildMinimalPdf(), Buffer.alloc(1024 * 1024 + 10)]) },
    );
    expect(big.statusCode).toBe(413);
    const noFile = await upload(applicant, { code: 'integrityPledge' });
    expect(noFile.json().details).toEqual([{ path: 'file', message: 'required' }]);
    const badCode = await upload(applicant, { code: '../x' }, { name: 'a.pdf', bytes: buildMinimalPdf() });
    expect(badCode.statusCode).toBe(400);
    const list = (await applicant.request('GET', `/api/v1/applications/${appId}/attachments`)).json().items;
    expect(list.map((a: { code: string }) => a.code)).toEqual(['cooperationAgreement']);
  });

  it('lets only the applicants of the organisation upload and remove, and only while editable', async () => {
    const other = await upload(
      outsider,
      { code: 'integrityPledge' },
      { name: 'a.pdf', bytes: buildMinimalPdf() },
    );
    expect(other.statusCode).toBe(404);
    const added = (
      await upload(
        applicant,
        { code: 'integrityPledge', scopeKind: 'person', scopeKey: 'pi' },
        { name: 'p.pdf', bytes: buildMinimalPdf() },
      )
    ).json();
    expect(
      (await applicant.request('DELETE', `/api/v1/applications/${appId}/attachments/${added.id}`)).statusCode,
    ).toBe(204);
    expect(
      (await applicant.request('GET', `/api/v1/applications/${appId}/attachments/${added.id}/file`))
        .statusCode,
    ).toBe(404);
  });
});
