import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { i18n } from '@/lib/i18n/i18n';
import { server } from './server';

// Charts and maps load echarts lazily; on a busy 2-core CI machine that can take longer
// than testing-library's default second, which made `findBy…` fail now and then.
configure({ asyncUtilTimeout: 5000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(async () => {
  cleanup();
  server.resetHandlers();
  window.localStorage.clear();
  window.sessionStorage.clear();
  await i18n.changeLanguage('sv');
});
afterAll(() => server.close());
