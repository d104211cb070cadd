import { ConfigProvider, Tabs } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AttachmentsSection } from '../attachments/attachments-section';
import { BasicsSection } from './basics-section';
import { BudgetSection } from './budget-section';
import { ContentSections } from './content-sections';
import { type EditorContextValue, EditorProvider } from './editor-context';
import { KpisSection } from './kpis-section';
import { OrganisationsSection } from './organisations-section';
import { PeopleSection } from './people-section';
import { ScheduleSection } from './schedule-section';

const tabs = [
  ['basics', BasicsSection],
  ['organisations', OrganisationsSection],
  ['people', PeopleSection],
  ['sections', ContentSections],
  ['kpis', KpisSection],
  ['budget', BudgetSection],
  ['schedule', ScheduleSection],
  ['attachments', AttachmentsSection],
] as const;

interface ApplicationEditorProps extends EditorContextValue {
  /** saves at once when focus leaves a field */
  onBlur: () => void;
}

/** The application form, one tab per part; every control is disabled when the application is read-only. */
export function ApplicationEditor({ onBlur, ...context }: ApplicationEditorProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    element?.addEventListener('focusout', onBlur);
    return () => element?.removeEventListener('focusout', onBlur);
  }, [onBlur]);
  return (
    <EditorProvider value={context}>
      <ConfigProvider componentDisabled={context.readOnly}>
        <div ref={ref} data-testid="application-editor">
          <Tabs
            items={tabs.map(([key, Section]) => ({
              key,
              label: t(`applications.tabs.${key}`),
              children: <Section />,
            }))}
          />
        </div>
      </ConfigProvider>
    </EditorProvider>
  );
}
