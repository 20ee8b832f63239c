import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18nReady } from '@/lib/i18n/i18n';
import { App } from '@/app';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('No #root element in index.html');

// A reader who chose English gets the first page in English, not Swedish for a moment.
void i18nReady.then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
