import { describe, expect, it } from 'vitest';
import type { OrganisationRow } from '../organisations/organisation.repository';
import { holderNamesOf } from './recommendation.service';

const body = (over: Partial<OrganisationRow>) =>
  ({ name: '丽水市科学技术局', quotaHolder: null, regionCode: '331100', ...over }) as OrganisationRow;

describe('holderNamesOf', () => {
  it("holds quotas under its own name and its city's name", () => {
    expect(holderNamesOf(body({}))).toEqual(['丽水市科学技术局', '丽水市']);
  });

  it('adds the configured quota holder of a sector body', () => {
    expect(
      holderNamesOf(
        body({ name: '浙江省人民政府国有资产监督管理委员会', quotaHolder: '国资委', regionCode: '330000' }),
      ),
    ).toEqual(['浙江省人民政府国有资产监督管理委员会', '国资委', '浙江省']);
  });
});
