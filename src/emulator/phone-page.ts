/**
 * `GET /phone`: the sandbox page, one self-contained HTML document (no build step) showing the
 * simulated phones side by side. It polls the control API every second and uses relative URLs,
 * so it works wherever the emulator plugin is mounted.
 */
import type { FastifyInstance } from 'fastify';

/** Registers the page at `/phone` of the plugin's prefix. */
export async function phonePage(app: FastifyInstance) {
  app.get('/phone', async (_request, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(PHONE_PAGE_HTML),
  );
}

const PHONE_PAGE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Meedi8 · WhatsApp sandbox</title>
<style>
  :root { --bg: #efeae2; --bar: #075e54; --mine: #d9fdd3; --theirs: #fff; --read: #34b7f1; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 15px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; background: #d1d7db; color: #111b21; }
  header { background: var(--bar); color: #fff; padding: 10px 14px; display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; }
  header h1 { font-size: 17px; margin: 0; font-weight: 600; }
  header form { display: flex; gap: 6px; flex-wrap: wrap; }
  header input { padding: 6px 8px; border-radius: 6px; border: 0; min-width: 0; width: 150px; }
  header button, .phone button.act { padding: 6px 10px; border-radius: 6px; border: 0; background: #25d366; color: #fff; font-weight: 600; cursor: pointer; }
  header .hint { font-size: 12px; opacity: .85; }
  main { display: flex; flex-wrap: wrap; gap: 12px; padding: 12px; align-items: flex-start; }
  .empty { padding: 24px; color: #54656f; }
  .phone { width: 360px; max-width: 100%; height: min(78vh, 720px); display: flex; flex-direction: column; border-radius: 14px; overflow: hidden; box-shadow: 0 2px 8px rgba(0,0,0,.18); background: var(--bg); }
  @media (max-width: 760px) { main { padding: 6px; } .phone { width: 100%; height: 80vh; } }
  .top { background: var(--bar); color: #fff; padding: 8px 12px; }
  .top .name { font-weight: 600; }
  .top .meta { font-size: 12px; opacity: .85; }
  .top .typing { font-size: 12px; color: #b7f5c9; font-style: italic; }
  .chat { flex: 1; overflow-y: auto; padding: 10px 8px; display: flex; flex-direction: column; gap: 6px; }
  .row { display: flex; }
  .row.business { justify-content: flex-start; }
  .row.phone-side { justify-content: flex-end; }
  .bubble { max-width: 85%; padding: 6px 9px 4px; border-radius: 8px; background: var(--theirs); box-shadow: 0 1px .5px rgba(0,0,0,.13); white-space: pre-wrap; word-wrap: break-word; }
  .phone-side .bubble { background: var(--mine); }
  .bubble.failed { background: #fdecea; border: 1px dashed #d93025; }
  .bubble .header { font-weight: 600; margin-bottom: 2px; }
  .bubble .footer { font-size: 12px; color: #667781; margin-top: 2px; }
  .bubble .note { font-size: 12px; color: #667781; font-style: italic; }
  .bubble .media { font-size: 13px; color: #3b4a54; background: rgba(0,0,0,.05); border-radius: 6px; padding: 4px 6px; margin-bottom: 3px; }
  .bubble .media a.download { color: #027eb5; font-weight: 600; text-decoration: none; white-space: nowrap; }
  .bubble .tag { font-size: 11px; color: #667781; text-transform: uppercase; letter-spacing: .03em; }
  .bubble .quote { font-size: 12px; color: #667781; border-left: 3px solid #25d366; padding-left: 6px; margin-bottom: 3px; }
  .bubble .status { font-size: 11px; color: #667781; text-align: right; margin-top: 2px; }
  .bubble .status.read { color: var(--read); }
  .bubble .status.error { color: #d93025; text-align: left; }
  .choices { display: flex; flex-direction: column; gap: 4px; margin-top: 6px; }
  .choices button, .choices a { display: block; width: 100%; text-align: center; padding: 7px; border-radius: 7px; border: 1px solid #d1d7db; background: #fff; color: #027eb5; font: inherit; cursor: pointer; text-decoration: none; }
  .choices button:hover, .choices a:hover { background: #f0f2f5; }
  .choices .label { font-size: 12px; color: #667781; text-align: center; }
  .choices .row-desc { display: block; font-size: 12px; color: #667781; }
  .compose { display: flex; gap: 6px; padding: 6px; background: #f0f2f5; }
  .compose input { flex: 1; padding: 9px 12px; border-radius: 18px; border: 0; font: inherit; min-width: 0; }
  .compose button { border-radius: 18px; border: 0; background: #00a884; color: #fff; padding: 0 14px; font-weight: 600; cursor: pointer; }
  .tools { display: flex; gap: 8px; flex-wrap: wrap; padding: 0 8px 6px; background: #f0f2f5; font-size: 12px; color: #54656f; align-items: center; }
  .tools button { border: 1px solid #c5ccd0; background: #fff; border-radius: 6px; padding: 3px 8px; cursor: pointer; font-size: 12px; }
  .error-line { color: #ffd7d2; font-size: 12px; }
</style>
</head>
<body>
<header>
  <h1>Meedi8 · WhatsApp sandbox</h1>
  <form id="add">
    <input name="number" placeholder="+44 7700 900123" required aria-label="Phone number">
    <input name="name" placeholder="Name" aria-label="Name">
    <input name="username" placeholder="Username (hides the number)" aria-label="Username">
    <button type="submit">Add phone</button>
  </form>
  <span class="hint" id="business"></span>
  <span class="error-line" id="error"></span>
</header>
<main id="phones"><div class="empty">No phones yet: add one above, then write to the business from it.</div></main>
<script>
(() => {
  'use strict';
  // Relative to wherever the emulator is mounted: .../phone → .../control/...
  const base = location.pathname.replace(/\\/phone\\/?$/, '/');
  const api = (path, body) =>
    fetch(base + 'control/' + path, body === undefined ? {} : {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
    }).then(async (r) => {
      const data = await r.json().catch(() => ({}));
      if (!r.ok) throw new Error(data.error || ('HTTP ' + r.status));
      return data;
    });
  const el = (tag, props, ...children) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (k === 'class') node.className = v;
      else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v);
    }
    for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(c);
    return node;
  };
  const errorLine = document.getElementById('error');
  const report = (e) => { errorLine.textContent = e ? String(e.message || e) : ''; };
  const cards = new Map();
  const phonePath = (p) => 'phones/' + encodeURIComponent(p.e164);
  const act = (p, path, body) => api(phonePath(p) + path, body).then(() => { report(); return poll(); }).catch(report);
  const time = (ms) => new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  const ticks = { accepted: '🕓', sent: '✓', delivered: '✓✓', read: '✓✓', failed: '⚠' };

  function bubble(p, m, byId) {
    const d = m.display;
    const mine = m.from === 'phone';
    const parts = [];
    if (m.replyTo && byId.has(m.replyTo)) {
      const q = byId.get(m.replyTo).display;
      parts.push(el('div', { class: 'quote' }, (q.text || q.note || '').slice(0, 80)));
    }
    if (m.type === 'template') parts.push(el('div', { class: 'tag' }, 'template' + (d.language ? ' · ' + d.language : '')));
    if (d.media) {
      const media = el('div', { class: 'media' }, '📎 ' + d.media.kind + (d.media.filename ? ' · ' + d.media.filename : '') + (d.media.caption ? ' — ' + d.media.caption : ''));
      // Files kept by the emulator (uploaded or sent by a phone) download from the control API.
      if (d.media.mediaId) media.append(' ', el('a', { class: 'download', href: base + 'control/media/' + encodeURIComponent(d.media.mediaId), download: d.media.filename || '' }, '⬇ Download'));
      else if (d.media.link) media.append(' ', el('a', { class: 'download', href: d.media.link, target: '_blank', rel: 'noopener' }, '🔗 Open'));
      parts.push(media);
    }
    // Each line in its own direction: an Arabic template reads right to left.
    if (d.header) parts.push(el('div', { class: 'header', dir: 'auto' }, d.header));
    if (d.text) parts.push(el('div', { dir: 'auto' }, d.text));
    if (d.note) parts.push(el('div', { class: 'note' }, d.note));
    if (d.footer) parts.push(el('div', { class: 'footer', dir: 'auto' }, d.footer));
    const failed = m.status === 'failed';
    const canTap = !mine && !failed && m.status !== 'accepted';
    const choices = el('div', { class: 'choices' });
    for (const b of d.replyButtons || []) {
      choices.append(el('button', { onclick: () =>
        act(p, '/messages', { type: 'button_reply', button_reply: { id: b.id, title: b.title }, context: { id: m.id } }) }, b.title));
    }
    if (d.list) {
      choices.append(el('div', { class: 'label' }, '☰ ' + d.list.button));
      for (const s of d.list.sections) {
        if (s.title) choices.append(el('div', { class: 'label' }, s.title));
        for (const r of s.rows) {
          choices.append(el('button', { onclick: () =>
            act(p, '/messages', { type: 'list_reply', list_reply: { id: r.id, title: r.title, description: r.description }, context: { id: m.id } }) },
            r.title, r.description ? el('span', { class: 'row-desc' }, r.description) : null));
        }
      }
    }
    for (const q of d.quickReplies || []) {
      choices.append(el('button', { onclick: () =>
        act(p, '/messages', { type: 'button', button: { payload: q.payload, text: q.text }, context: { id: m.id } }) }, q.text));
    }
    for (const l of d.links || []) choices.append(el('a', { href: l.url, target: '_blank', rel: 'noopener' }, '🔗 ' + l.text));
    if (choices.childElementCount > 0) parts.push(choices);
    if (mine) {
      parts.push(el('div', { class: 'status' + (m.readByBusiness ? ' read' : '') }, time(m.at) + ' ' + (m.readByBusiness ? '✓✓' : '✓')));
    } else if (failed && m.error) {
      parts.push(el('div', { class: 'status error' }, '⚠ not delivered: ' + m.error.code + ' ' + m.error.title));
    } else {
      parts.push(el('div', { class: 'status' + (m.status === 'read' ? ' read' : '') }, time(m.at) + ' ' + (ticks[m.status] || '') + ' ' + m.status));
    }
    for (const b of choices.querySelectorAll('button')) if (!canTap) b.disabled = true;
    return el('div', { class: 'row ' + (mine ? 'phone-side' : 'business') }, el('div', { class: 'bubble' + (failed ? ' failed' : '') }, ...parts));
  }

  function card(p) {
    const top = el('div', { class: 'top' });
    const chat = el('div', { class: 'chat' });
    const input = el('input', { placeholder: 'Message as ' + p.name, 'aria-label': 'Message' });
    const compose = el('form', { class: 'compose', onsubmit: (e) => {
      e.preventDefault();
      const text = input.value.trim();
      if (!text) return;
      input.value = '';
      act(p, '/messages', { type: 'text', text });
    } }, input, el('button', { type: 'submit' }, 'Send'));
    const autoRead = el('input', { type: 'checkbox', checked: 'checked' });
    const blockButton = el('button', { type: 'button', onclick: () => act(p, '/block', { blocked: !view.blocked }) }, 'Block');
    const tools = el('div', { class: 'tools' },
      el('label', {}, autoRead, ' auto-read'),
      el('button', { type: 'button', onclick: () => act(p, '/read', {}) }, 'Read all'),
      blockButton,
      el('button', { type: 'button', onclick: () => act(p, '/close-window', {}) }, 'Close 24 h window'),
      p.userId ? el('button', { type: 'button', onclick: () => act(p, '/change-user-id', {}) }, 'New user id') : null);
    const root = el('section', { class: 'phone' }, top, chat, compose, tools);
    const view = { root, top, chat, autoRead, blockButton, signature: '', blocked: false };
    return view;
  }

  function update(c, p) {
    const signature = JSON.stringify(p);
    if (signature === c.signature) return;
    c.signature = signature;
    c.blocked = p.blocked;
    c.blockButton.textContent = p.blocked ? 'Unblock' : 'Block';
    c.top.replaceChildren(
      el('div', { class: 'name' }, p.name),
      el('div', { class: 'meta' }, (p.showsNumber ? p.e164 : '@' + p.username + ' · number hidden') + (p.userId ? ' · ' + p.userId : '') + (p.onWhatsApp ? '' : ' · not on WhatsApp') + (p.blocked ? ' · blocked the business' : '') + ' · ' +
        (p.windowOpen ? 'window open until ' + new Date(p.windowExpiresAt).toLocaleString() : '24 h window closed')),
      p.typing ? el('div', { class: 'typing' }, 'Meedi8 is typing…') : '');
    const atBottom = c.chat.scrollTop + c.chat.clientHeight >= c.chat.scrollHeight - 40;
    const byId = new Map(p.chat.map((m) => [m.id, m]));
    c.chat.replaceChildren(...p.chat.map((m) => bubble(p, m, byId)));
    if (atBottom) c.chat.scrollTop = c.chat.scrollHeight;
  }

  let busy = false;
  async function poll() {
    if (busy) return;
    busy = true;
    try {
      const { phones } = await api('phones');
      const main = document.getElementById('phones');
      if (phones.length === 0) { busy = false; return; }
      main.querySelector('.empty')?.remove();
      for (const p of phones) {
        let c = cards.get(p.e164);
        if (!c) { c = card(p); cards.set(p.e164, c); main.append(c.root); }
        update(c, p);
        const unread = p.chat.some((m) => m.from === 'business' && (m.status === 'sent' || m.status === 'delivered'));
        // A phone on screen reads what it shows, like an open chat on a real phone.
        if (unread && c.autoRead.checked && document.visibilityState === 'visible') {
          api(phonePath(p) + '/read', {}).catch(report);
        }
      }
    } catch (e) { report(e); }
    busy = false;
  }

  document.getElementById('add').addEventListener('submit', (e) => {
    e.preventDefault();
    const f = e.target;
    const username = f.querySelector('[name=username]').value.trim();
    api('phones', { number: f.querySelector('[name=number]').value, name: f.querySelector('[name=name]').value, ...(username ? { username } : {}) })
      .then(() => { f.reset(); report(); return poll(); }).catch(report);
  });
  api('business').then((b) => {
    document.getElementById('business').textContent = 'Business +' + b.displayPhoneNumber + (b.webhookUrl ? '' : ' · no webhook URL yet');
  }).catch(report);
  poll();
  setInterval(poll, 1000);
})();
</script>
</body>
</html>
`;
