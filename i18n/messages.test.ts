import { describe, expect, it } from 'vitest';
import { compareMessages, messageArguments } from './messages';

describe('messageArguments', () => {
  it('finds top-level arguments, not the words inside plural branches', () => {
    expect(messageArguments('{count, plural, one {# entry} other {# entries}} in {place}')).toEqual(['count', 'place']);
    expect(messageArguments('No arguments')).toEqual([]);
  });
});

describe('compareMessages', () => {
  const zh = { locale: 'zh', messages: { A: { title: '标题', hello: '你好，{name}' }, list: ['一', '二'] } };

  it('accepts the same keys and arguments', () => {
    expect(
      compareMessages(zh, { locale: 'en', messages: { A: { title: 'Title', hello: 'Hello, {name}' }, list: ['one', 'two'] } }),
    ).toEqual([]);
  });

  it('reports a missing translation, an extra key, a changed argument and an empty string', () => {
    const problems = compareMessages(zh, { locale: 'en', messages: { A: { hello: 'Hello, {who}', extra: 'x' }, list: ['one', ' '] } });
    expect(problems).toEqual([
      'messages/en.json › A.title: missing (present in messages/zh.json)',
      'messages/en.json › A.hello: uses {who} but messages/zh.json uses {name}',
      'messages/en.json › list: is empty',
      'messages/zh.json › A.extra: missing (present in messages/en.json)',
    ]);
  });
});
