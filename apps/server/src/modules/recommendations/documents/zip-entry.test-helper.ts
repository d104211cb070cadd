import { text } from 'node:stream/consumers';
import yauzl from 'yauzl';

/** The names of the entries in a zip archive (a .docx or .xlsx is one). */
export async function listZipEntries(archive: Buffer): Promise<string[]> {
  const names: string[] = [];
  await walkZip(archive, async (entry) => {
    names.push(entry.fileName);
    return false;
  });
  return names;
}

/** One entry of a zip archive as UTF-8 text; rejects if there is no such entry. */
export async function readZipEntry(archive: Buffer, name: string): Promise<string> {
  let found: string | undefined;
  await walkZip(archive, async (entry, zipfile) => {
    if (entry.fileName !== name) return false;
    const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) => {
      zipfile.openReadStream(entry, (error, readable) => (error ? reject(error) : resolve(readable)));
    });
    found = await text(stream);
    return true;
  });
  if (found === undefined) throw new Error(`The archive has no entry ${name}.`);
  return found;
}

/** Visits entries one by one until `visit` returns true or the archive ends. */
function walkZip(
  archive: Buffer,
  visit: (entry: yauzl.Entry, zipfile: yauzl.ZipFile) => Promise<boolean>,
): Promise<void> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(archive, { lazyEntries: true }, (error, zipfile) => {
      if (error) return reject(error);
      zipfile.on('error', reject);
      zipfile.on('end', () => resolve());
      zipfile.on('entry', (entry: yauzl.Entry) => {
        visit(entry, zipfile).then((done) => {
          if (done) {
            zipfile.close();
            resolve();
          } else zipfile.readEntry();
        }, reject);
      });
      zipfile.readEntry();
    });
  });
}
