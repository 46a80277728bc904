import { describe, expect, it } from 'vitest';
import { fillMonths } from './trend';

describe('fillMonths', () => {
  it('fills the months between with zeros, across a year boundary', () => {
    expect(
      fillMonths([
        { month: '2024-11', papers: 2 },
        { month: '2025-02', papers: 1 },
      ]),
    ).toEqual([
      { month: '2024-11', papers: 2 },
      { month: '2024-12', papers: 0 },
      { month: '2025-01', papers: 0 },
      { month: '2025-02', papers: 1 },
    ]);
  });

  it('sorts, adds up repeated months and drops malformed ones', () => {
    expect(
      fillMonths([
        { month: '2024-03', papers: 1 },
        { month: '2024-01', papers: 2 },
        { month: '2024-03', papers: 4 },
        { month: '2024-13', papers: 9 },
        { month: 'March', papers: 9 },
      ]),
    ).toEqual([
      { month: '2024-01', papers: 2 },
      { month: '2024-02', papers: 0 },
      { month: '2024-03', papers: 5 },
    ]);
  });

  it('returns one month for one, and nothing for nothing', () => {
    expect(fillMonths([{ month: '2023-06', papers: 3 }])).toEqual([{ month: '2023-06', papers: 3 }]);
    expect(fillMonths([])).toEqual([]);
  });
});
