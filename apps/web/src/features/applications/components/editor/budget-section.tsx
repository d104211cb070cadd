import { Alert, Card, Col, Form, InputNumber, Row, Space, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Budget } from '../../api/application-types';
import { computeBudgetRatios, formatShare, formatWan } from '../../utils/budget-ratios';
import { numberOrUndefined, patchGroup } from '../../utils/content-updates';
import { useEditor } from './editor-context';

const fields = [
  'publicFundingWan',
  'selfFundingWan',
  'matchingFundsWan',
  'rdInvestmentWan',
  'aidTransferWan',
  'indirectCostsWan',
] as const satisfies readonly (keyof Budget)[];

/** The budget in 万元 and the ratios reviewers check, computed as the figures are typed. */
export function BudgetSection() {
  const { t } = useTranslation();
  const { content, update, direction } = useEditor();
  const budget = content.budget;
  const ratios = computeBudgetRatios(budget);
  const cap = direction?.effective.fundingCapWan?.value;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      {typeof cap === 'number' && (
        <Alert type="info" showIcon message={t('applications.budget.capHint', { cap })} />
      )}
      <Form layout="vertical" component="div">
        <Row gutter={16}>
          {fields.map((field) => (
            <Col xs={24} md={12} key={field}>
              <Form.Item
                label={t(`applications.budget.${field}`)}
                htmlFor={`budget-${field}`}
                extra={t(`applications.budget.hints.${field}`)}
              >
                <InputNumber
                  id={`budget-${field}`}
                  min={0}
                  max={1_000_000}
                  suffix={t('applications.budget.wan')}
                  style={{ width: '100%' }}
                  value={budget[field] ?? null}
                  onChange={(v) => update((c) => patchGroup(c, 'budget', { [field]: numberOrUndefined(v) }))}
                />
              </Form.Item>
            </Col>
          ))}
        </Row>
      </Form>
      <Card size="small" title={t('applications.budget.ratios')} data-testid="budget-ratios">
        <Row gutter={16}>
          <Col xs={12} md={6}>
            <Statistic
              title={t('applications.budget.total')}
              value={formatWan(ratios.totalWan)}
              suffix={ratios.totalWan === undefined ? undefined : t('applications.budget.wan')}
            />
          </Col>
          <Col xs={12} md={6} data-testid="ratio-self-funding">
            <Statistic
              title={t('applications.budget.selfFundingShareOfTotal')}
              value={formatShare(ratios.selfFundingShareOfTotal)}
            />
          </Col>
          <Col xs={12} md={6} data-testid="ratio-public-of-rd">
            <Statistic
              title={t('applications.budget.publicFundingShareOfRdInvestment')}
              value={formatShare(ratios.publicFundingShareOfRdInvestment)}
            />
          </Col>
          <Col xs={12} md={6} data-testid="ratio-transfer">
            <Statistic
              title={t('applications.budget.transferShareOfPublicFunding')}
              value={formatShare(ratios.transferShareOfPublicFunding)}
            />
          </Col>
        </Row>
      </Card>
    </Space>
  );
}
