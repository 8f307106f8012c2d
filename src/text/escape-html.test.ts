import { describe, expect, it } from 'vitest';
import { escapeHtml, linkifyText } from './escape-html.js';

describe('escapeHtml', () => {
  it('escapes the characters that could open a tag or leave an attribute', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;',
    );
  });
});

describe('linkifyText', () => {
  it('turns http(s) links into anchors and leaves the sentence around them', () => {
    expect(linkifyText('Join: https://meedi8.test/join/abc_123. Thanks')).toBe(
      'Join: <a href="https://meedi8.test/join/abc_123" target="_blank" rel="noopener noreferrer">https://meedi8.test/join/abc_123</a>. Thanks',
    );
  });

  it('escapes the text and stops a link at quotes and angle brackets', () => {
    const html = linkifyText('<b>hi</b> http://x.test/a"onmouseover="alert(1) <img>');
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<img>');
    expect(html).toContain('href="http://x.test/a"');
    expect(html).toContain('&quot;onmouseover=&quot;alert(1)');
  });

  it('links nothing but http and https', () => {
    expect(linkifyText('javascript:alert(1) ftp://x.test')).toBe(
      'javascript:alert(1) ftp://x.test',
    );
  });

  it('escapes ampersands inside a link', () => {
    expect(linkifyText('https://x.test/?a=1&b=2')).toContain('href="https://x.test/?a=1&amp;b=2"');
  });
});
