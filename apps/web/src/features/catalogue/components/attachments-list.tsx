import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AttachmentSpec } from '../api/catalogue-types';
import { useLocalised } from '../hooks/use-localised';
import { PlainList } from './plain-list';

/** The attachments an application must carry, required or optional, with where each is asked for. */
export function AttachmentsList({ attachments }: { attachments: AttachmentSpec[] }) {
  const { t } = useTranslation();
  const localised = useLocalised();
  if (attachments.length === 0)
    return <Typography.Text type="secondary">{t('catalogue.value.notStated')}</Typography.Text>;
  return (
    <PlainList
      testId="attachments-list"
      items={attachments.map((a) => ({
        key: `${a.definedAt ?? ''}/${a.code}`,
        content: (
          <>
            {localised(a.name, a.nameEn)}{' '}
            <Tag color={a.required ? 'red' : 'default'}>
              {a.required ? t('catalogue.attachment.required') : t('catalogue.attachment.optional')}
            </Tag>
            {a.definedAt && a.definedAt !== 'call' && <Tag>{a.definedAt}</Tag>}
            {a.note && (
              <div>
                <Typography.Text type="secondary">{a.note}</Typography.Text>
              </div>
            )}
          </>
        ),
      }))}
    />
  );
}
