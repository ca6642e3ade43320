// The home tables' pager shows the page numbers antd's Pagination shows (its pageBufferSize of 2):
// every page up to 7, else the first, the last, the current with two either side, and ••• for
// what is left out between.
import { describe, expect, it } from 'vitest';
import { pagesShown } from '../../../renderer/features/common/PlainTable';

describe('pagesShown', () => {
  it('shows every page up to seven', () => {
    expect(pagesShown(1, 1)).toEqual([1]);
    expect(pagesShown(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('keeps five pages in view at either end', () => {
    expect(pagesShown(1, 100)).toEqual([1, 2, 3, 4, 5, 'gap', 100]);
    expect(pagesShown(3, 100)).toEqual([1, 2, 3, 4, 5, 'gap', 100]);
    expect(pagesShown(4, 100)).toEqual([1, 2, 3, 4, 5, 6, 'gap', 100]);
    expect(pagesShown(100, 100)).toEqual([1, 'gap', 96, 97, 98, 99, 100]);
    expect(pagesShown(97, 100)).toEqual([1, 'gap', 95, 96, 97, 98, 99, 100]);
  });

  it('shows two either side of a page in the middle', () => {
    expect(pagesShown(50, 100)).toEqual([1, 'gap', 48, 49, 50, 51, 52, 'gap', 100]);
    // Even one page left out (2) shows as •••, as antd's does.
    expect(pagesShown(5, 8)).toEqual([1, 'gap', 3, 4, 5, 6, 7, 8]);
    expect(pagesShown(5, 10)).toEqual([1, 'gap', 3, 4, 5, 6, 7, 'gap', 10]);
  });
});
