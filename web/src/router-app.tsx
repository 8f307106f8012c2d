/** Every page but the direct-load join screen, behind react-router. */
import { RouterProvider } from 'react-router';
import { router } from './routes';

export function RouterApp() {
  return <RouterProvider router={router} />;
}
