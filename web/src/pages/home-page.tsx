/** `/`: what Meedi8 is and is not, how it works, privacy in plain words, and the way in. */
import { Link } from 'react-router';
import { useMe } from '../app/session';
import { useTitle } from '../app/use-title';
import { useT } from '../i18n/intl';

export function Component() {
  useTitle('');
  const me = useMe();
  const { t, rich } = useT();
  const signedIn = Boolean(me.data);
  return (
    <main className="page" id="main">
      <section className="hero" aria-labelledby="home-heading">
        <h1 id="home-heading">{t('home.title')}</h1>
        <p>{t('home.intro')}</p>
        <p className="actions">
          <Link className="button" to={signedIn ? '/rooms/new' : '/signup'}>
            {t('rooms.start')}
          </Link>
          {signedIn ? (
            <Link className="button secondary" to="/rooms">
              {t('nav.rooms')}
            </Link>
          ) : (
            <Link className="button secondary" to="/signin">
              {t('home.haveAccount')}
            </Link>
          )}
        </p>
      </section>

      <section aria-labelledby="how-heading">
        <h2 id="how-heading">{t('home.how')}</h2>
        <ol className="steps">
          <li>{rich('home.step1', { b: (chunks) => <strong>{chunks}</strong> })}</li>
          <li>{rich('home.step2', { b: (chunks) => <strong>{chunks}</strong> })}</li>
          <li>{rich('home.step3', { b: (chunks) => <strong>{chunks}</strong> })}</li>
        </ol>
      </section>

      <div className="two-col">
        <section aria-labelledby="is-heading" className="card">
          <h2 id="is-heading">{t('home.isTitle')}</h2>
          <ul>
            <li>{t('home.is1')}</li>
            <li>{t('home.is2')}</li>
            <li>{rich('home.is3', { b: (chunks) => <strong>{chunks}</strong> })}</li>
          </ul>
        </section>
        <section aria-labelledby="privacy-heading" className="card">
          <h2 id="privacy-heading">{t('home.privacyTitle')}</h2>
          <ul>
            <li>{t('home.privacy1')}</li>
            <li>{t('home.privacy2')}</li>
            <li>{t('home.privacy3')}</li>
            <li>{rich('home.privacy4', { em: (chunks) => <em>{chunks}</em> })}</li>
          </ul>
        </section>
      </div>
    </main>
  );
}
