import { describe, expect, it } from 'vitest';
import { intParam, paperHref, parseRoute, pathHref, termHref } from './routes';

describe('parseRoute', () => {
  it('reads the home, search, graph and path pages', () => {
    expect(parseRoute('/', '')).toEqual({ page: 'home' });
    expect(parseRoute('/search', '?q=lora')).toMatchObject({ page: 'search' });
    expect(parseRoute('/graph/', '?node=x')).toMatchObject({ page: 'graph' });
    expect(parseRoute('/path', '')).toMatchObject({ page: 'path' });
  });

  it('reads paper ids with colons and dots, as the hrefs write them', () => {
    expect(parseRoute(paperHref('arxiv:2106.09685'), '')).toEqual({ page: 'paper', graphId: 'arxiv:2106.09685' });
  });

  it('reads term names with spaces, slashes and dots, as the hrefs write them', () => {
    for (const name of ['Mixture of Experts', 'Q/A', 'Llama 3.1', '50% off']) {
      expect(parseRoute(termHref('method', name), '')).toMatchObject({ page: 'term', kind: 'method', name });
    }
  });

  it('does not find unknown pages, extra segments or bad escapes', () => {
    expect(parseRoute('/author/x', '')).toEqual({ page: 'not-found', path: '/author/x' });
    expect(parseRoute('/method/LoRA/extra', '')).toMatchObject({ page: 'not-found' });
    expect(parseRoute('/method/%E0%A4%A', '')).toMatchObject({ page: 'not-found' });
    expect(parseRoute('/nothing', '')).toMatchObject({ page: 'not-found' });
  });
});

describe('hrefs', () => {
  it('leaves out missing path ends', () => {
    expect(pathHref(null, null)).toBe('/path');
    expect(pathHref('a', null)).toBe('/path?from=a');
    expect(pathHref('a', 'b')).toBe('/path?from=a&to=b');
  });
});

describe('intParam', () => {
  it('takes whole numbers within bounds and falls back otherwise', () => {
    const params = new URLSearchParams('depth=2&big=900&neg=-1&text=two&frac=1.5');

    expect(intParam(params, 'depth', 1, 3, 1)).toBe(2);
    expect(intParam(params, 'big', 1, 200, 60)).toBe(60);
    expect(intParam(params, 'neg', 1, 3, 1)).toBe(1);
    expect(intParam(params, 'text', 1, 3, 1)).toBe(1);
    expect(intParam(params, 'frac', 1, 3, 1)).toBe(1);
    expect(intParam(params, 'missing', 1, 3, 3)).toBe(3);
  });
});
