import { ABUSE_WINDOW, analyzeThread } from '@/lib/tone/analyze';
import type { ThreadMessage } from '@/lib/adapters/types';

const c = (text: string): ThreadMessage => ({ role: 'customer', text });
const a = (text: string): ThreadMessage => ({ role: 'agent', text });
const n = (text: string): ThreadMessage => ({ role: 'note', text });

describe('analyzeThread', () => {
  test('empty and agent-only threads are calm', () => {
    expect(analyzeThread([])).toEqual({ level: 'calm', signals: [] });
    expect(analyzeThread([a('You idiot!'), n('customer is a moron')]).level).toBe('calm');
  });

  test('reads customer messages only; notes and agent replies do not count', () => {
    const t = [c('Hi, where is my parcel?'), n('THIS CUSTOMER IS SHOUTING AT EVERYONE'), a('Let me check.')];
    expect(analyzeThread(t).level).toBe('calm');
  });

  test('escalation over several messages', () => {
    const thread: ThreadMessage[] = [c('Hi, where is my parcel?')];
    expect(analyzeThread(thread).level).toBe('calm');
    thread.push(a('Let me check.'), c('It is still not here and nobody called me.'));
    expect(analyzeThread(thread).level).toBe('frustrated');
    thread.push(a('Sorry, checking again.'), c('This is RIDICULOUS. I WANT A REFUND TODAY.'));
    expect(analyzeThread(thread).level).toBe('angry');
    thread.push(a('I understand.'), c('You are a useless idiot.'));
    expect(analyzeThread(thread).level).toBe('abusive');
  });

  test('signals carry the index in the given array', () => {
    const t = [c('Hello'), a('Hi!'), c('Third time I am asking.')];
    const s = analyzeThread(t).signals.find((x) => x.kind === 'repeat-contact');
    expect(s?.messageIndex).toBe(2);
    expect(t[2]?.text.slice(s?.start, s?.end)).toBe('Third time');
  });

  test('abuse stays for the abuse window, then the recent messages decide', () => {
    const thread: ThreadMessage[] = [c('Go to hell.')];
    for (let i = 0; i < ABUSE_WINDOW - 1; i++) thread.push(a('Please keep it civil.'), c('ok, what is the status?'));
    expect(analyzeThread(thread).level).toBe('abusive');
    thread.push(a('It ships today.'), c('ok thanks'));
    expect(analyzeThread(thread).level).toBe('calm');
  });

  test('an angry message drops out after the recent window', () => {
    const thread = [c('This is RIDICULOUS, I AM FURIOUS.'), a('Sorry'), c('ok'), a('x'), c('fine thanks'), a('y'), c('great')];
    expect(analyzeThread(thread).level).toBe('calm');
    expect(analyzeThread(thread.slice(0, 5)).level).toBe('angry');
  });

  test('repeat contact across messages makes it at least frustrated', () => {
    // Each message alone is mild; together they show a customer chasing.
    const thread = [c('Hi, any news? Waiting since Monday.'), a('Checking.'), c('Hello, I wrote again yesterday.')];
    expect(analyzeThread(thread).level).not.toBe('calm');
  });

  test('three unanswered customer messages raise frustration to anger', () => {
    const base = [c('Any update?'), a('Soon.'), c('Still waiting.')];
    expect(analyzeThread(base).level).toBe('frustrated');
    expect(analyzeThread([...base, c('hello?'), c('Still waiting.')]).level).toBe('angry');
  });
});
