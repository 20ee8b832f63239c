import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { i18n, i18nReady } from '@/lib/i18n/i18n';
import { server } from './server';

// Charts and maps load echarts lazily; on a busy 2-core CI machine that can take longer
// than testing-library's default second, which made `findBy…` fail now and then.
configure({ asyncUtilTimeout: 5000 });

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  // The app fetches a language's catalogue when it is first needed; the tests have both at
  // hand, so switching language is as immediate as once the catalogue is cached.
  await i18nReady;
  await i18n.loadLanguages('en');
});
afterEach(async () => {
  cleanup();
  server.resetHandlers();
  window.localStorage.clear();
  window.sessionStorage.clear();
  await i18n.changeLanguage('sv');
});
afterAll(() => server.close());
