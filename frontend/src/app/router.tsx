import { BrowserRouter } from 'react-router';
import { AppRoutes } from './routes';

/**
 * The declarative router: the app uses no loaders, actions or blockers, and the data router
 * that has them would add some 16 KB (gzipped) to the JavaScript every visitor loads first.
 */
export function AppRouter() {
  return (
    <BrowserRouter>
      <AppRoutes />
    </BrowserRouter>
  );
}
