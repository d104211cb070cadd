import { Card, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CompareResponse } from '../api/catalogue-types';
import { changeWords } from '../utils/change-words';
import { PlainList } from './plain-list';

const kindColours = { added: 'green', removed: 'red', changed: 'orange' } as const;

/** What changed from one year to the next, in words. */
export function CompareChanges({ changes }: { changes: CompareResponse['changes'] }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('catalogue.compare.changesTitle')} data-testid="compare-changes">
      <Timeline
        items={changes.map((step) => ({
          key: `${step.from.callId}/${step.to.callId}`,
          children: (
            <>
              <Typography.Text strong>
                {t('catalogue.compare.fromTo', { from: step.from.year, to: step.to.year })}
              </Typography.Text>
              {step.changes.length === 0 ? (
                <div>{t('catalogue.compare.noChanges')}</div>
              ) : (
                <PlainList
                  items={step.changes.map((change) => ({
                    key: `${change.kind}/${change.path}`,
                    content: (
                      <span data-testid="compare-change">
                        <Tag color={kindColours[change.kind]}>{t(`catalogue.changeKind.${change.kind}`)}</Tag>
                        {changeWords(t, change)}
                      </span>
                    ),
                  }))}
                />
              )}
            </>
          ),
        }))}
      />
    </Card>
  );
}
