import { describe, expect, it } from 'vitest';
import { addressIdentity, addressKeyLabel, genericTicket } from '@/lib/adapters/address-key';

const id = (href: string) => {
  const r = addressIdentity(href);
  if (!r) throw new Error(`no identity for ${href}`);
  return r;
};
/** Two addresses of different records never share a key; both name a record. */
const apart = (a: string, b: string) => {
  expect(id(a).key).not.toBe(id(b).key);
  expect(id(a).identified).toBe(true);
  expect(id(b).identified).toBe(true);
};
/** Two views of one record share a key. */
const same = (a: string, b: string) => expect(id(a).key).toBe(id(b).key);

describe('addressIdentity: real helpdesk address shapes', () => {
  it('Redmine /issues/42: the path names the issue; the history tab and an anchor are the same issue', () => {
    apart('https://redmine.local/issues/42', 'https://redmine.local/issues/43');
    same('https://redmine.local/issues/42', 'https://redmine.local/issues/42?tab=history#note-3');
    expect(id('https://redmine.local/issues/42').label).toBe('#42');
  });

  it('OTRS / Znuny: TicketID after a `;` separator', () => {
    const a = 'https://otrs.local/otrs/index.pl?Action=AgentTicketZoom;TicketID=12';
    const b = 'https://otrs.local/otrs/index.pl?Action=AgentTicketZoom;TicketID=13';
    apart(a, b);
    same(a, 'https://otrs.local/otrs/index.pl?TicketID=12&Action=AgentTicketZoom');
    expect(id(a).label).toBe('#12');
    // The old key merged both: it is what earlier rows stay under.
    expect(id(a).legacyKey).toBe('generic:otrs.local/otrs/index.pl');
    expect(id(b).legacyKey).toBe(id(a).legacyKey);
  });

  it('osTicket tickets.php?id=5 (scp and client side)', () => {
    apart('https://help.acme.test/scp/tickets.php?id=5', 'https://help.acme.test/scp/tickets.php?id=6');
    same('https://help.acme.test/scp/tickets.php?id=5', 'https://help.acme.test/scp/tickets.php?id=5&utm_source=mail&utm_medium=x');
    expect(id('https://help.acme.test/scp/tickets.php?id=5').label).toBe('#5');
  });

  it('FreeScout /conversation/7 with a folder query', () => {
    apart('http://localhost:8080/conversation/7?folder_id=3', 'http://localhost:8080/conversation/8?folder_id=3');
    expect(id('http://localhost:8080/conversation/7').label).toBe('#7');
  });

  it('Roundcube ?_task=mail&_uid=12&_mbox=INBOX: the uid and the mailbox tell messages apart', () => {
    const a = 'https://mail.acme.test/?_task=mail&_uid=12&_mbox=INBOX&_action=show';
    apart(a, 'https://mail.acme.test/?_task=mail&_uid=13&_mbox=INBOX&_action=show');
    apart(a, 'https://mail.acme.test/?_task=mail&_uid=12&_mbox=Archive&_action=show');
    expect(id(a).label).toBe('#12');
    // The label is a number the rep reads, never the port and path.
    expect(id('http://127.0.0.1:8081/?_task=mail&_uid=12&_mbox=INBOX').label).toBe('#12');
  });

  it('Request Tracker Ticket/Display.html?id=3', () => {
    apart('https://rt.local/Ticket/Display.html?id=3', 'https://rt.local/Ticket/Display.html?id=4');
    same('https://rt.local/Ticket/Display.html?id=3', 'https://rt.local/Ticket/Display.html?id=3#txn-99');
  });

  it('phpBB-like viewtopic.php?f=2&t=123: topics apart, pagination dropped', () => {
    apart('https://forum.test/viewtopic.php?f=2&t=123', 'https://forum.test/viewtopic.php?f=2&t=124');
    same('https://forum.test/viewtopic.php?f=2&t=123', 'https://forum.test/viewtopic.php?f=2&t=123&start=20&sid=abc123');
  });

  it('hash routes #/tickets/9, #ticket/zoom/12 and #!/case/77', () => {
    apart('https://desk.test/app#/tickets/9', 'https://desk.test/app#/tickets/10');
    apart('https://zammad.test/#ticket/zoom/12', 'https://zammad.test/#ticket/zoom/13');
    apart('https://x.test/#!/case/77', 'https://x.test/#!/case/78');
    expect(id('https://desk.test/app#/tickets/9').label).toBe('#9');
  });

  it('hash parameters (#id=4) and opaque ids (uuid, long tokens, KEY-123)', () => {
    apart('https://x.test/view#id=4', 'https://x.test/view#id=5');
    apart('https://x.test/r?rec=3f2c1a9e-8d7b-4c6a-9e1f-0a2b3c4d5e6f', 'https://x.test/r?rec=3f2c1a9e-8d7b-4c6a-9e1f-0a2b3c4d5e70');
    apart('https://x.test/browse/SUP-123', 'https://x.test/browse/SUP-124');
    expect(id('https://x.test/browse/SUP-123').label).toBe('#SUP-123');
  });

  it('an unknown parameter is kept (splitting one ticket is the safe mistake, merging two is not)', () => {
    expect(id('https://x.test/show?who=alice').key).not.toBe(id('https://x.test/show?who=bob').key);
  });

  it('tracking and view parameters never split a ticket, in any order or case', () => {
    same(
      'https://x.test/tickets.php?id=5',
      'https://x.test/tickets.php?Sort=desc&id=5&lang=fr&fbclid=zz&page=2&view=compact&utm_campaign=a',
    );
  });

  it('no stable id: the key is the page address and notes are per page', () => {
    const list = id('https://x.test/queue?status=open');
    expect(list.identified).toBe(false);
    expect(list.key).toBe('addr:x.test/queue?status=open');
    expect(id('https://x.test/contact').identified).toBe(false);
    expect(id('https://x.test/contact').label).toBe('x.test/contact');
  });

  it('keys stay within the database limit and distinct for long addresses', () => {
    const long = (n: number) => `https://x.test/a?id=1&blob=${'x'.repeat(900)}${n}`;
    expect(id(long(1)).key.length).toBeLessThanOrEqual(480);
    expect(id(long(1)).key).not.toBe(id(long(2)).key);
  });

  it('not an http(s) address: no identity', () => {
    expect(addressIdentity('about:blank')).toBeNull();
    expect(addressIdentity('not a url')).toBeNull();
  });
});

describe('genericTicket and labels', () => {
  it('keys a generic-mode ticket by its address and names the earlier key', () => {
    const t = genericTicket({ key: 'page:https://h.test/tickets.php?id=5', link: 'https://h.test/tickets.php?id=5' });
    expect(t).toMatchObject({ key: 'addr:h.test/tickets.php?id=5', earlierKey: 'generic:h.test/tickets.php', label: '#5' });
    expect(t?.perPage).toBeUndefined();
    expect(genericTicket({ key: 'page:https://h.test/form', link: 'https://h.test/form' })?.perPage).toBe(true);
    expect(genericTicket(null)).toBeNull();
  });

  it('labels stored keys: "#12" for new keys, host and path for keys from before', () => {
    expect(addressKeyLabel('addr:otrs.local/otrs/index.pl?Action=AgentTicketZoom&TicketID=12')).toBe('#12');
    expect(addressKeyLabel('generic:127.0.0.1:8080/otrs/index.pl')).toBe('127.0.0.1:8080/otrs/index.pl');
    expect(addressKeyLabel('zendesk:acme:1')).toBeNull();
  });
});
