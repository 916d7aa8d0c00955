import type { Recipe } from './recipe';
import { recipeAdapter } from './recipe';

// Front (https://app.frontapp.com/.../cnv_<id>). Messages and teammate comments share one timeline;
// the reply composer (to the customer) and the comment composer (internal) can both be open.
// The active composer is the focused one, else the reply composer when it is open.
// Sources (checked 2026-11-23): Front's public URL scheme (app.frontapp.com/open/cnv_<id> opens a
// conversation; documented in Front's help center "Share a link to a conversation").
// Not verified: every DOM selector below (data-testid names for the timeline, message items,
// comments, composers and the contact panel) is modelled on Front's React markup conventions and
// was not read from a live page or a public integration; no public userscript was found.
// TODO(2026-11-23): verify against a live Front workspace before relying on this adapter.
// A recipe: every read is a selector (lib/adapters/recipe.ts). The reply composer comes first:
// the active one is the focused one, else the reply composer when it is open.
export const FRONT_RECIPE: Recipe = {
  id: 'front',
  name: 'Front',
  hosts: ['app.frontapp.com'],
  ticket: {
    url: '/(cnv_[a-zA-Z0-9]+)',
    require: ['[data-testid="conversationView"]'],
    subject: { sel: ['[data-testid="conversationSubject"]'] },
    link: '/open/{id}',
  },
  composer: ['[data-testid="replyComposer"] [contenteditable="true"]', '[data-testid="commentComposer"] [contenteditable="true"]'],
  messages: {
    item: ['[data-testid="timeline"] [data-testid="messageItem"], [data-testid="timeline"] [data-testid="commentItem"]'],
    body: ['[data-testid="messageBody"]', '[data-testid="commentBody"]'],
    author: ['[data-testid="messageAuthor"]', '[data-testid="commentAuthor"]'],
    time: ['time[datetime]'],
    quoted: ['.front-blockquote', '.gmail_quote', 'blockquote[type="cite"]'],
    roles: { note: [{ attr: 'data-testid', value: 'commentItem' }], agent: [{ attr: 'data-direction', value: 'outbound' }] },
  },
  customer: { name: { sel: ['[data-testid="contactName"]'] }, email: { sel: ['[data-testid="contactHandle"]'] } },
};

export const front = recipeAdapter(FRONT_RECIPE, ['https://app.frontapp.com/*'], 60);

export default front;
