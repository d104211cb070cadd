import { Typography } from 'antd';

const linkPattern = /(https?:\/\/\S+|\/reset-password\?token=\S+)/g;

interface Segment {
  start: number;
  text: string;
  isLink: boolean;
}

/** Splits text into plain runs and links, each keyed by where it starts. */
function segment(text: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(linkPattern)) {
    const start = match.index ?? 0;
    if (start > last) segments.push({ start: last, text: text.slice(last, start), isLink: false });
    segments.push({ start, text: match[0], isLink: true });
    last = start + match[0].length;
  }
  if (last < text.length) segments.push({ start: last, text: text.slice(last), isLink: false });
  return segments;
}

/** The plain-text body of a mail, with its links clickable (e.g. the password-reset link). */
export function MailText({ text }: { text: string }) {
  return (
    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
      {segment(text).map((s) =>
        s.isLink ? (
          <a key={s.start} href={s.text}>
            {s.text}
          </a>
        ) : (
          <span key={s.start}>{s.text}</span>
        ),
      )}
    </Typography.Paragraph>
  );
}
