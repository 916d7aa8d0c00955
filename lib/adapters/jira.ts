import type { Recipe } from './recipe';
import { recipeAdapter } from './recipe';

// Jira Service Management, agent view of a request (https://<site>.atlassian.net/jira/servicedesk/
// projects/<KEY>/queues/.../<KEY-123> or /browse/<KEY-123>). atlassian.net also serves Confluence
// and Jira Software: detect() needs an issue key in the URL and the service desk's reply controls.
// Comments are "Reply to customer" (public) or "Add internal note"; the editor is Atlassian's
// ProseMirror editor (.ak-editor-content-area .ProseMirror[contenteditable]).
// Sources (checked 2026-11-23): toggl/track-extension src/content/atlassian.js (Jira issue view,
// data-testid attributes such as issue.views.issue-base.foundation.summary.heading); Atlassian editor
// markup (ak-editor-content-area, ProseMirror).
// Not verified: the comment item and internal-note lozenge test ids, the reply/note editor container
// test ids and the reporter field test ids. TODO(2026-11-23): verify on a live JSM site.
// A recipe: every read is a selector (lib/adapters/recipe.ts).
export const JIRA_RECIPE: Recipe = {
  id: 'jira',
  name: 'Jira Service Management',
  hosts: ['*.atlassian.net'],
  ticket: {
    url: '^/(?:jira/)?(?:browse/|servicedesk/projects/(?:[^/?#]+/){1,9})\\b([A-Z][A-Z0-9_]+-\\d+)(?:[/?#]|$)',
    require: [
      '[data-testid="issue.activity.comment.reply-to-customer"], [data-testid="servicedesk-comment-add-internal"]',
      '[data-testid="issue.views.issue-base.foundation.summary.heading"]',
    ],
    subject: { sel: ['[data-testid="issue.views.issue-base.foundation.summary.heading"]'] },
    link: '/browse/{id}',
  },
  composer: ['[data-testid="issue.activity.comment-editor"] .ak-editor-content-area .ProseMirror[contenteditable="true"]'],
  messages: {
    item: ['[data-testid^="issue-comment-base.ui.comment.ak-comment."][data-comment-author-type]'],
    body: ['[data-testid="issue-comment-base.ui.comment.ak-comment.body"]', '.ak-renderer-document'],
    author: ['[data-testid="issue-comment-base.ui.comment.ak-comment.author"]'],
    time: ['time[datetime]'],
    roles: {
      note: [{ has: '[data-testid="issue-comment-base.ui.comment.internal-lozenge"]' }],
      customer: [{ attr: 'data-comment-author-type', value: 'customer' }],
    },
    otherwise: 'agent',
  },
  customer: {
    name: { sel: ['[data-testid="issue.views.field.user.reporter"] [data-testid="issue.views.field.user.reporter.name"]'] },
    email: { sel: ['[data-testid="issue.views.field.user.reporter"] [data-testid="issue.views.field.user.reporter.email"]'] },
  },
};

export const jira = recipeAdapter(JIRA_RECIPE, ['https://*.atlassian.net/*'], 130);

export default jira;
