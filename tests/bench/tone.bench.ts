// `npm run bench -- tone`: customer-tone analysis of a 50-message thread (target: median ≤ 2 ms) and
// the draft checker on a 2,000-character draft (it runs in the content script on every pause).
import type { ThreadMessage } from '../../lib/adapters/types';
import { analyzeMessage, analyzeThread } from '../../lib/tone/analyze';
import { analyzeDraft } from '../../lib/tone/draft';
import { measure, printRatio, printTable } from './harness';

const CUSTOMER = [
  'Hi, I ordered a kettle (ORD-55821) ten days ago and it has not arrived. Could you check?',
  'This is the third time I am writing. Still no reply and nobody called me back.',
  'Honestly this is RIDICULOUS. I want a refund TODAY or I will dispute the charge with my bank.',
  'ok thanks, the tracking now shows it at the depot.',
  'Oh wonderful, another delay. The HDMI cable in the same order is missing too.',
];
const AGENT = [
  'Thanks for your patience, let me look into that for you.',
  "I'm sorry about the delay. I've asked the courier and will get back to you by 3pm.",
];

function thread(n: number, salt: string): ThreadMessage[] {
  return Array.from({ length: n }, (_, i) =>
    i % 2 === 0
      ? { role: 'customer', text: `${CUSTOMER[(i / 2) % CUSTOMER.length]} (${salt}${i})` }
      : { role: 'agent', text: AGENT[i % AGENT.length] as string },
  );
}

const DRAFT_PARAGRAPH =
  "Hi Sam, thanks for getting back to me. As I already said, the replacement ships from our warehouse in Leeds. " +
  "I'm sorry it has taken this long; I checked ORD-55821 and the USB-C charger is now packed. You should have the " +
  'tracking number by this evening, and I will call you tomorrow before noon to confirm it is on its way. ';
const draft = DRAFT_PARAGRAPH.repeat(Math.ceil(2000 / DRAFT_PARAGRAPH.length)).slice(0, 2000);

export default async function (): Promise<void> {
  const warm = thread(50, 'w');
  let k = 0;
  const rows = [
    measure('analyzeThread, 50 messages (same thread)', () => analyzeThread(warm), { runs: 300 }),
    // Fresh texts every run: nothing a cache could reuse.
    measure('analyzeThread, 50 messages (new texts each run)', () => analyzeThread(thread(50, `c${k++}-`)), { runs: 300 }),
    measure('analyzeMessage, one message', () => analyzeMessage(CUSTOMER[2] as string), { runs: 2000 }),
    // analyzeThread reads only the last ABUSE_WINDOW customer messages; this is the cost of all 25.
    measure('analyzeMessage × 25 (every customer message)', () => warm.forEach((m, i) => m.role === 'customer' && analyzeMessage(m.text, i)), { runs: 300 }),
    measure('analyzeDraft, 2,000-char draft', () => analyzeDraft(draft), { runs: 2000 }),
    measure('analyzeDraft, 80-char draft', () => analyzeDraft('No. We cannot do that, as I already said.'), { runs: 2000 }),
  ];
  printTable('lib/tone', rows);
  printRatio(rows[4] as (typeof rows)[number], rows[0] as (typeof rows)[number]);
}
