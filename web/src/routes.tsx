/**
 * Every page of the web client, each loaded on demand. The join page sits outside the app layout
 * so a person opening an invite on a phone downloads only what that one screen needs.
 */
import { createBrowserRouter } from 'react-router';
import { PageLoading } from './components/page-loading';
import { RouteError } from './components/route-error';

export const router = createBrowserRouter([
  {
    path: '/',
    HydrateFallback: PageLoading,
    ErrorBoundary: RouteError,
    children: [
      { path: 'join/:token', lazy: () => import('./join/join-route') },
      {
        lazy: () => import('./app/app-layout'),
        children: [
          { index: true, lazy: () => import('./pages/home-page') },
          { path: 'signup', lazy: () => import('./pages/sign-up-page') },
          { path: 'signin', lazy: () => import('./pages/sign-in-page') },
          { path: 'forgot-password', lazy: () => import('./pages/forgot-password-page') },
          { path: 'reset-password', lazy: () => import('./pages/reset-password-page') },
          { path: 'rooms', lazy: () => import('./pages/rooms-page') },
          { path: 'rooms/new', lazy: () => import('./pages/new-room-page') },
          { path: 'rooms/:roomId', lazy: () => import('./room/room-page') },
          { path: 'rooms/:roomId/resolution', lazy: () => import('./pages/resolution-page') },
          { path: 'settings', lazy: () => import('./settings/settings-page') },
          { path: 'admin', lazy: () => import('./admin/admin-page') },
          { path: '*', lazy: () => import('./pages/not-found-page') },
        ],
      },
    ],
  },
]);
