import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResolvedDirection, SourceRef } from '../api/catalogue-types';
import { directionFields, effectiveOf } from '../utils/direction-fields';
import { NodeValue } from './node-value';
import { SourcedValue } from './sourced-value';

interface EffectiveValuesProps {
  resolved: ResolvedDirection;
  onOpenSource: (label: string) => (source: SourceRef) => void;
}

/** Every value that applies to the direction; an inherited one names the node it comes from. */
export function EffectiveValues({ resolved, onOpenSource }: EffectiveValuesProps) {
  const { t } = useTranslation();
  const ancestorName = new Map(resolved.ancestors.map((a) => [a.code, a.name]));
  return (
    <Descriptions
      column={1}
      bordered
      size="small"
      styles={{ label: { width: 160 } }}
      data-testid="effective-values"
    >
      {directionFields.map((field) => {
        const effective = effectiveOf(resolved, field);
        const label = t(`catalogue.field.${field}`);
        return (
          <Descriptions.Item key={field} label={label}>
            <SourcedValue source={effective?.source} onOpen={onOpenSource(label)} testId={`value-${field}`}>
              <NodeValue field={field} value={effective?.value} />
              {field === 'foreignAgency' && resolved.node.foreignAgencyEn && (
                <Typography.Text type="secondary"> {resolved.node.foreignAgencyEn}</Typography.Text>
              )}
            </SourcedValue>
            {effective?.inheritedFrom && (
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid={`inherited-${field}`}>
                  {t('catalogue.direction.inheritedFrom', {
                    code: effective.inheritedFrom,
                    name: ancestorName.get(effective.inheritedFrom) ?? '',
                  })}
                </Typography.Text>
              </div>
            )}
          </Descriptions.Item>
        );
      })}
    </Descriptions>
  );
}
