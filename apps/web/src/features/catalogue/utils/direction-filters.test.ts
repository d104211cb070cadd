import { describe, expect, it } from 'vitest';
import { readDirectionFilters, toDirectionQuery, writeDirectionFilters } from './direction-filters';

describe('direction filters in the URL', () => {
  it('round-trips the filters a visitor set, leaving defaults out', () => {
    const params = new URLSearchParams('country=FI&capMin=100&deadlineFrom=2024-09-01&page=2');
    const filters = readDirectionFilters(params);
    expect(filters).toMatchObject({
      country: 'FI',
      capMin: 100,
      deadlineFrom: '2024-09-01',
      page: 2,
      pageSize: 20,
    });
    expect(writeDirectionFilters(filters).toString()).toBe(
      'country=FI&deadlineFrom=2024-09-01&capMin=100&page=2',
    );
  });

  it('ignores values that are not what they claim', () => {
    const filters = readDirectionFilters(
      new URLSearchParams('capMax=lots&deadlineTo=soon&page=-3&pageSize=9999'),
    );
    expect(filters).toEqual({ page: 1, pageSize: 200 });
  });

  it('asks the API for Asia/Shanghai days and offsets', () => {
    const query = toDirectionQuery({
      deadlineFrom: '2024-09-01',
      deadlineTo: '2024-09-30',
      page: 3,
      pageSize: 20,
    });
    expect(query).toEqual({
      deadlineFrom: '2024-09-01T00:00:00+08:00',
      deadlineTo: '2024-09-30T23:59:59+08:00',
      limit: 20,
      offset: 40,
    });
  });
});
