import { expect, test } from 'vitest';
import { webLink } from '@/lib/web-link';

test('webLink keeps http(s) links and refuses every other scheme', () => {
  expect(webLink('https://help.example.com/tickets/12?x=1')).toBe('https://help.example.com/tickets/12?x=1');
  expect(webLink('http://127.0.0.1:5391/heard-demo/#/tickets/1044')).toBe('http://127.0.0.1:5391/heard-demo/#/tickets/1044');
  for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'chrome://settings', 'not a link', ''])
    expect(webLink(bad)).toBeNull();
});
