import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, RouterProvider, useLocation } from 'react-router-dom';
import { BookPage } from './routes/BookPage';
import { Layout, NotFoundPage } from './routes/Layout';
import { MyBookingPage } from './routes/MyBookingPage';
import { ConfirmEmailPage } from './routes/portal/ConfirmEmailPage';
import { DemoMailboxPage } from './routes/portal/DemoMailboxPage';
import { InvitationPage } from './routes/portal/InvitationPage';
import { RegisterPage } from './routes/portal/RegisterPage';
import { VerifyPage } from './routes/portal/VerifyPage';
import { StaffPage } from './routes/staff/StaffPage';

/** Keeps the document title in sync with the route and language. */
function TitleSync() {
  const { t, i18n } = useTranslation();
  const { pathname } = useLocation();
  useEffect(() => {
    const titles: [string, string][] = [
      ['/staff', t('app.nav.staff')],
      ['/booking', t('app.nav.myBooking')],
      ['/register', t('portal.nav.register')],
      ['/confirm-email', t('portal.confirmEmail.title')],
      ['/invitation', t('portal.invitation.title')],
      ['/verify', t('dcc.verify.title')],
      ['/demo/postfach', t('portal.mailbox.title')],
    ];
    const page = titles.find(([prefix]) => pathname.startsWith(prefix))?.[1] ?? t('app.nav.book');
    document.title = `${page} – ${t('app.name')}`;
  }, [pathname, t, i18n.language]);
  return null;
}

function Root() {
  return (
    <>
      <TitleSync />
      <Layout />
    </>
  );
}

const router = createBrowserRouter([
  {
    path: '/',
    element: <Root />,
    children: [
      { index: true, element: <BookPage /> },
      { path: 'booking', element: <MyBookingPage /> },
      { path: 'register', element: <RegisterPage /> },
      { path: 'confirm-email', element: <ConfirmEmailPage /> },
      { path: 'invitation', element: <InvitationPage /> },
      { path: 'verify', element: <VerifyPage /> },
      { path: 'demo/postfach', element: <DemoMailboxPage /> },
      { path: 'demo/mailbox', element: <DemoMailboxPage /> },
      { path: 'staff/*', element: <StaffPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
