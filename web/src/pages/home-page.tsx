/** `/`: what Meedi8 is and is not, how it works, privacy in plain words, and the way in. */
import { Link } from 'react-router';
import { useMe } from '../app/session';
import { useTitle } from '../app/use-title';

export function Component() {
  useTitle('');
  const me = useMe();
  const signedIn = Boolean(me.data);
  return (
    <main className="page" id="main">
      <section className="hero" aria-labelledby="home-heading">
        <h1 id="home-heading">Work through a disagreement, one turn at a time</h1>
        <p>
          Meedi8 is an AI mediator for couples, co-parents, families and housemates. You and the
          other person take turns; the mediator makes sure each of you is heard, turns blame into
          what you each need, and helps you write down an agreement you both accept.
        </p>
        <p className="actions">
          <Link className="button" to={signedIn ? '/rooms/new' : '/signup'}>
            Start a mediation
          </Link>
          {signedIn ? (
            <Link className="button secondary" to="/rooms">
              My mediations
            </Link>
          ) : (
            <Link className="button secondary" to="/signin">
              I have an account
            </Link>
          )}
        </p>
      </section>

      <section aria-labelledby="how-heading">
        <h2 id="how-heading">How it works</h2>
        <ol className="steps">
          <li>
            <strong>Start and invite.</strong> Say what it is about, then invite the other person by
            WhatsApp, by email or with a link. They join in a few seconds, with no account.
          </li>
          <li>
            <strong>Take turns.</strong> Each of you says how it looks from your side. The mediator
            reflects what it heard and asks what matters to you. Take a break whenever you need one.
          </li>
          <li>
            <strong>Agree.</strong> The mediator drafts the concrete things you each commit to. You
            both confirm or ask for changes, and keep the agreement as a PDF.
          </li>
        </ol>
      </section>

      <div className="two-col">
        <section aria-labelledby="is-heading" className="card">
          <h2 id="is-heading">What Meedi8 is, and is not</h2>
          <ul>
            <li>An AI mediator: a calm, neutral go-between. It does not take sides.</li>
            <li>Not a therapist, a counsellor or a lawyer, and it does not give legal advice.</li>
            <li>
              <strong>Not for situations with abuse or violence</strong>, or where anyone is afraid.
              If you are in danger, contact the emergency services. If a message suggests someone
              may be at risk, Meedi8 pauses the session and offers helplines.
            </li>
          </ul>
        </section>
        <section aria-labelledby="privacy-heading" className="card">
          <h2 id="privacy-heading">Your privacy, in plain words</h2>
          <ul>
            <li>Only the two of you, and the mediator, see the conversation.</li>
            <li>We never sell your data, and WhatsApp messages come only if you say yes.</li>
            <li>
              You can download everything we hold about you, or delete your account, at any time in
              Settings.
            </li>
            <li>
              The <em>Quick exit</em> button at the top leaves this site at once (or press Escape
              twice).
            </li>
          </ul>
        </section>
      </div>
    </main>
  );
}
