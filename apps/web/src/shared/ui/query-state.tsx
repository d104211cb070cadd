import { Alert, Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** Centred spinner while a page or its data loads. */
export function PageSpinner() {
  const { t } = useTranslation();
  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: 64 }}>
      <Spin tip={t('app.loading')}>
        <div style={{ width: 64, height: 64 }} />
      </Spin>
    </div>
  );
}

/** Shows why a query failed, in the words the server chose. */
export function QueryErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const description = error instanceof Error ? error.message : String(error);
  return <Alert type="error" showIcon message={t('errors.loadFailed')} description={description} />;
}
