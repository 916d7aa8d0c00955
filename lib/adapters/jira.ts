import type { Adapter } from './types';
import { customerFrom, first, messageFrom, pickComposer, text, recent } from './dom';

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
const SEL = {
  summary: ['[data-testid="issue.views.issue-base.foundation.summary.heading"]'],
  jsm: ['[data-testid="issue.activity.comment.reply-to-customer"]', '[data-testid="servicedesk-comment-add-internal"]'],
  comments: ['[data-testid^="issue-comment-base.ui.comment.ak-comment."][data-comment-author-type]'],
  body: ['[data-testid="issue-comment-base.ui.comment.ak-comment.body"]', '.ak-renderer-document'],
  author: ['[data-testid="issue-comment-base.ui.comment.ak-comment.author"]'],
  internal: ['[data-testid="issue-comment-base.ui.comment.internal-lozenge"]'],
  time: ['time[datetime]'],
  composer: ['[data-testid="issue.activity.comment-editor"] .ak-editor-content-area .ProseMirror[contenteditable="true"]'],
  name: ['[data-testid="issue.views.field.user.reporter"] [data-testid="issue.views.field.user.reporter.name"]'],
  email: ['[data-testid="issue.views.field.user.reporter"] [data-testid="issue.views.field.user.reporter.email"]'],
} as const;

const KEY = /(?:\/browse\/|\/servicedesk\/projects\/[A-Z][A-Z0-9_]*\/.*?)\b([A-Z][A-Z0-9_]+-\d+)\b/;

export const jira: Adapter = {
  id: 'jira',
  name: 'Jira Service Management',
  matches: ['https://*.atlassian.net/*'],
  detect(location, doc) {
    const key = KEY.exec(location.pathname)?.[1];
    if (!key || !first(doc, SEL.jsm) || !first(doc, SEL.summary)) return null;
    return {
      key: `jira:${location.host}:${key}`,
      link: `${location.origin}/browse/${key}`,
      title: text(first(doc, SEL.summary)),
    };
  },
  thread(doc) {
    return recent(doc, SEL.comments).map((el) => {
      const role = first(el, SEL.internal)
        ? 'note'
        : el.getAttribute('data-comment-author-type') === 'customer'
          ? 'customer'
          : 'agent';
      return messageFrom(el, role, SEL);
    });
  },
  composer(doc) {
    return pickComposer(doc, SEL.composer);
  },
  customer(doc) {
    return customerFrom(doc, SEL.name, SEL.email);
  },
};
