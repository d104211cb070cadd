import { Alert, Form, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { countChineseCharacters, sectionLimits, sectionOrder } from '../../utils/character-count';
import { patchGroup } from '../../utils/content-updates';
import { CountedTextArea } from './counted-text-area';
import { useEditor } from './editor-context';

/** The free-text sections of the application, each with its live character count against its limit. */
export function ContentSections() {
  const { t } = useTranslation();
  const { content, update } = useEditor();
  const overLimit = sectionOrder.filter(
    (section) => countChineseCharacters(content.sections[section] ?? '') > sectionLimits[section],
  );
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Alert type="info" showIcon message={t('applications.sections.countingRule')} />
      {overLimit.length > 0 && (
        <Alert
          type="warning"
          showIcon
          message={t('applications.sections.overLimit', {
            sections: overLimit
              .map((s) => t(`applications.sections.names.${s}`))
              .join(t('applications.common.separator')),
          })}
        />
      )}
      <Form layout="vertical" component="div">
        {sectionOrder.map((section) => (
          <Form.Item
            key={section}
            label={t(`applications.sections.names.${section}`)}
            htmlFor={`section-${section}`}
          >
            <CountedTextArea
              id={`section-${section}`}
              value={content.sections[section] ?? ''}
              limit={sectionLimits[section]}
              onChange={(value) =>
                update((c) => patchGroup(c, 'sections', { [section]: value === '' ? undefined : value }))
              }
            />
          </Form.Item>
        ))}
      </Form>
    </Space>
  );
}
