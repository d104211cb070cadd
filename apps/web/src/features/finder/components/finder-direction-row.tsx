import { ArrowRightOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Space, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../shared/routes/paths';
import type { ExistingApplication, FinderItem } from '../api/finder-types';
import { describeMissingFacts } from '../utils/missing-facts';
import { BlockingReason } from './blocking-reason';
import { VerdictTag } from './verdict-tag';

interface FinderDirectionRowProps {
  item: FinderItem;
  existing: ExistingApplication | undefined;
  canStart: boolean;
  starting: boolean;
  onStart: () => void;
}

/** One direction: verdict, why not (with the clause), what is still missing, and 开始申报 / 继续填写. */
export function FinderDirectionRow({ item, existing, canStart, starting, onStart }: FinderDirectionRowProps) {
  const { t } = useTranslation();
  const ineligible = item.verdict === 'ineligible';
  return (
    <div
      data-testid="finder-direction"
      data-code={item.code}
      style={{
        display: 'flex',
        gap: 16,
        alignItems: 'flex-start',
        padding: '12px 0',
        borderTop: '1px solid #f0f0f0',
      }}
    >
      <Space direction="vertical" size={4} style={{ flex: 1, minWidth: 0 }}>
        <Space wrap size={8}>
          <Typography.Text code>{item.code}</Typography.Text>
          <Typography.Text strong>{item.name}</Typography.Text>
          <VerdictTag verdict={item.verdict} />
          {item.phase === 'upcoming' && (
            <Typography.Text type="secondary">{t('finder.upcoming')}</Typography.Text>
          )}
        </Space>
        {item.blockingReasons.map((reason) => (
          <BlockingReason key={`${reason.kind}-${reason.location}-${reason.quote}`} reason={reason} />
        ))}
        {item.missing.length > 0 && (
          <Typography.Text type="secondary" data-testid="finder-missing">
            {t('finder.missing', { facts: describeMissingFacts(t, item.missing) })}
          </Typography.Text>
        )}
        {item.verdict === 'eligible' && item.missing.length === 0 && (
          <Typography.Text type="secondary">{t('finder.eligibleHint')}</Typography.Text>
        )}
      </Space>
      {existing ? (
        <Link to={paths.application.replace(':id', existing.id)}>
          <Button icon={<ArrowRightOutlined />} data-testid="finder-continue">
            {t('finder.continue')}
          </Button>
        </Link>
      ) : (
        canStart && (
          <Tooltip title={ineligible ? t('finder.ineligibleHint') : undefined}>
            <Button
              type={ineligible ? 'default' : 'primary'}
              icon={<PlusOutlined />}
              disabled={ineligible}
              loading={starting}
              onClick={onStart}
              data-testid="finder-start"
            >
              {t('finder.start')}
            </Button>
          </Tooltip>
        )
      )}
    </div>
  );
}
