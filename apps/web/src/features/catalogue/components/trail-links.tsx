import { Typography } from 'antd';
import { Fragment } from 'react';
import { Link } from 'react-router';

/** Where a page stands (calls › call › category …), as links; the last step is the page itself. */
export function TrailLinks({ steps }: { steps: { to?: string; label: string }[] }) {
  return (
    <nav aria-label="breadcrumb" style={{ marginBottom: 12, fontSize: 13 }}>
      {steps.map((step, i) => (
        <Fragment key={`${step.to ?? ''}/${step.label}`}>
          {i > 0 && <Typography.Text type="secondary"> / </Typography.Text>}
          {step.to ? <Link to={step.to}>{step.label}</Link> : <Typography.Text>{step.label}</Typography.Text>}
        </Fragment>
      ))}
    </nav>
  );
}
