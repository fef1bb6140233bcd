import { Anchor, Box, Button, Container, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router-dom';
import { WaitingRoomGate } from '../features/waitingroom/WaitingRoomGate';
import classes from './Layout.module.css';
import { telHref, useLegal } from './legal/legal';

export function Layout() {
  const { t, i18n } = useTranslation();
  const other = i18n.language === 'en' ? 'de' : 'en';

  return (
    <>
      <a href="#main" className={classes.skipLink}>
        {t('app.skipToContent')}
      </a>
      <Box component="header" className={classes.header}>
        <Container size="lg" py="sm">
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Anchor component={NavLink} to="/" underline="never" c="white" className={classes.brand}>
              <Text span fw={800} fz="xl" c="white">
                {t('app.name')}
              </Text>{' '}
              <Text span fz="sm" c="white">
                {t('app.tagline')}
              </Text>
            </Anchor>
            <Group gap="xs" wrap="wrap" component="nav" aria-label={t('app.mainNav')}>
              <NavLink to="/" end className={classes.navLink}>
                {t('app.nav.book')}
              </NavLink>
              <NavLink to="/booking" className={classes.navLink}>
                {t('app.nav.myBooking')}
              </NavLink>
              <NavLink to="/register" className={classes.navLink}>
                {t('portal.nav.register')}
              </NavLink>
              <NavLink to="/verify" className={classes.navLink}>
                {t('dcc.nav.verify')}
              </NavLink>
              <Button
                variant="white"
                size="compact-sm"
                lang={other}
                onClick={() => void i18n.changeLanguage(other)}
                data-testid="language-switch"
              >
                {t('app.switchLanguage')}
              </Button>
            </Group>
          </Group>
        </Container>
      </Box>
      <Container component="main" id="main" tabIndex={-1} size="lg" py="lg" px={{ base: 'sm', sm: 'md' }} className={classes.main}>
        <WaitingRoomGate>
          <Outlet />
        </WaitingRoomGate>
      </Container>
      <Footer />
    </>
  );
}

/** The footer: hotline, the legal pages every public portal has, and the staff sign-in (not for citizens). */
function Footer() {
  const { t, i18n } = useTranslation();
  const legal = useLegal();
  const hotline = legal.data?.hotline;
  const hours = legal.data?.hotlineHours?.[i18n.language === 'en' ? 'en' : 'de'];
  return (
    <Box component="footer" className={classes.footer}>
      <Container size="lg" py="md" px={{ base: 'sm', sm: 'md' }}>
        <Group justify="space-between" gap="md" wrap="wrap" align="flex-start">
          {hotline ? (
            <Text data-testid="footer-hotline">
              {t('legal.hotline')}:{' '}
              <Anchor href={telHref(hotline)} aria-label={t('legal.hotlineCall', { number: hotline })} className={classes.footerLink} fw={700}>
                {hotline}
              </Anchor>
              {hours && <> ({hours})</>}
            </Text>
          ) : (
            <span />
          )}
          <Group component="nav" aria-label={t('legal.footerNav')} gap="md" wrap="wrap">
            <NavLink to="/impressum" className={classes.footerLink}>
              {t('legal.imprint')}
            </NavLink>
            <NavLink to="/datenschutz" className={classes.footerLink}>
              {t('legal.privacy')}
            </NavLink>
            <NavLink to="/barrierefreiheit" className={classes.footerLink}>
              {t('legal.accessibility')}
            </NavLink>
            <NavLink to="/staff" className={classes.footerLink} title={t('legal.staffHint')} data-testid="footer-staff">
              {t('legal.staff')}
            </NavLink>
          </Group>
        </Group>
      </Container>
    </Box>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('app.notFoundTitle')}</h1>
      <p>{t('app.notFoundText')}</p>
      <Anchor component={NavLink} to="/">
        {t('app.backHome')}
      </Anchor>
    </>
  );
}
