import { Card } from 'antd';
import type { ReactNode } from 'react';
import { PageTitle } from '../../../shared/ui/page-title';

/** The narrow card that holds the login and password-reset forms. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card style={{ maxWidth: 420, margin: '0 auto' }}>
      <PageTitle>{title}</PageTitle>
      {children}
    </Card>
  );
}
