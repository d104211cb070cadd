import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { enableAntdOnReact19 } from './app/antd-react19';
import { App } from './app/app';
import './shared/i18n/i18n';

enableAntdOnReact19();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
