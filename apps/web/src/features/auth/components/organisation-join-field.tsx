import { Alert, Form, Select, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../shared/hooks/use-debounced-value';
import { useOrganisationDirectory } from '../api/organisation-directory.api';

/** Finds a verified organisation in the public directory to ask to join. */
export function OrganisationJoinField() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search, 250);
  const { data = [], isFetching } = useOrganisationDirectory(q);
  const options = data.map((entry) => ({
    value: entry.id,
    label: [entry.name, entry.regionName, t(`organisationType.${entry.type}`)].filter(Boolean).join(' · '),
  }));
  return (
    <>
      <Alert type="info" showIcon message={t('signup.joinHint')} style={{ marginBottom: 16 }} />
      <Form.Item
        name={['organisation', 'organisationId']}
        label={t('signup.searchOrg')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <Select
          data-testid="organisation-search"
          showSearch
          filterOption={false}
          onSearch={setSearch}
          options={options}
          placeholder={t('signup.searchOrgPlaceholder')}
          notFoundContent={isFetching ? <Spin size="small" /> : q ? t('signup.noOrgFound') : null}
        />
      </Form.Item>
    </>
  );
}
