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
import { LegalPage } from './routes/legal/LegalPage';

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
      ['/impressum', t('legal.imprint')],
      ['/imprint', t('legal.imprint')],
      ['/datenschutz', t('legal.privacyTitle')],
      ['/privacy', t('legal.privacyTitle')],
      ['/barrierefreiheit', t('legal.accessibilityTitle')],
      ['/accessibility', t('legal.accessibilityTitle')],
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
      { path: 'impressum', element: <LegalPage kind="imprint" /> },
      { path: 'imprint', element: <LegalPage kind="imprint" /> },
      { path: 'datenschutz', element: <LegalPage kind="privacy" /> },
      { path: 'privacy', element: <LegalPage kind="privacy" /> },
      { path: 'barrierefreiheit', element: <LegalPage kind="accessibility" /> },
      { path: 'accessibility', element: <LegalPage kind="accessibility" /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
