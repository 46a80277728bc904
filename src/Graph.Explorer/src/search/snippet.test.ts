import { describe, expect, it } from 'vitest';
import { parseSnippet } from './snippet';

describe('parseSnippet', () => {
  it('splits marked matches from the text around them', () => {
    expect(parseSnippet('…we propose <mark>retrieval</mark> with <mark>retrieval</mark>…')).toEqual([
      { text: '…we propose ', marked: false },
      { text: 'retrieval', marked: true },
      { text: ' with ', marked: false },
      { text: 'retrieval', marked: true },
      { text: '…', marked: false },
    ]);
  });

  it('decodes the entities the server escapes, exactly once', () => {
    expect(parseSnippet('the model&#39;s &quot;forget set&quot; &amp; &lt;b&gt; &amp;lt;')).toEqual([
      { text: `the model's "forget set" & <b> &lt;`, marked: false },
    ]);
  });

  it('decodes numeric entities, decimal and hexadecimal', () => {
    expect(parseSnippet('&#233;t&#xE9; &#x1F917;')).toEqual([{ text: 'été 🤗', marked: false }]);
  });

  it('keeps unknown or invalid entities as written', () => {
    expect(parseSnippet('&nbsp; &#xD800; &#0; &bogus')).toEqual([{ text: '&nbsp; &#xD800; &#0; &bogus', marked: false }]);
  });

  it('treats every tag but mark as text, so nothing else can become markup', () => {
    expect(parseSnippet('<script>alert(1)</script><img src=x onerror=alert(1)><mark onclick="x">a</mark>')).toEqual([
      { text: '<script>alert(1)</script><img src=x onerror=alert(1)><mark onclick="x">a', marked: false },
    ]);
  });

  it('ignores unbalanced mark tags', () => {
    expect(parseSnippet('a</mark>b<mark>c<mark>d</mark>e')).toEqual([
      { text: 'ab', marked: false },
      { text: 'cd', marked: true },
      { text: 'e', marked: false },
    ]);
  });

  it('keeps a match that runs to the end of the snippet', () => {
    expect(parseSnippet('<mark>LoRA')).toEqual([{ text: 'LoRA', marked: true }]);
  });

  it('returns nothing for an empty snippet or empty marks', () => {
    expect(parseSnippet('')).toEqual([]);
    expect(parseSnippet('<mark></mark>')).toEqual([]);
  });
});
