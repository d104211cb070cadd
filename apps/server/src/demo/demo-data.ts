import type { Role } from '@yanzhen/domain';
import type { Repositories } from '../db/repositories';
import { createProvisioning } from '../modules/organisations/provisioning';

export const DEMO_PASSWORD = 'Yanzhen-demo-2026';

export const demoAccounts: {
  email: string;
  name: string;
  roles: Role[];
  org: string | null;
  note: string;
}[] = [
  {
    email: 'applicant@demo.yanzhen.cn',
    name: '张明',
    roles: ['applicant'],
    org: 'enterprise',
    note: '申报人 applicant',
  },
  {
    email: 'orgadmin@demo.yanzhen.cn',
    name: '李华',
    roles: ['applicant', 'orgAdmin'],
    org: 'enterprise',
    note: '单位管理员 organisation admin',
  },
  {
    email: 'recommender@demo.yanzhen.cn',
    name: '王芳',
    roles: ['recommender'],
    org: 'bureau',
    note: '推荐单位 recommender (丽水市科技局)',
  },
  {
    email: 'officer@demo.yanzhen.cn',
    name: '陈静',
    roles: ['programmeOfficer'],
    org: 'office',
    note: '项目管理人员 programme officer',
  },
  {
    email: 'expert@demo.yanzhen.cn',
    name: '赵强',
    roles: ['expert'],
    org: 'university',
    note: '评审专家 expert',
  },
  {
    email: 'admin@demo.yanzhen.cn',
    name: '系统管理员',
    roles: ['sysAdmin'],
    org: null,
    note: '系统管理员 system administrator',
  },
];

/** Demo organisations and one account per role. Never called in production. Idempotent. */
export async function loadDemoData(repos: Repositories) {
  const p = createProvisioning(repos);
  const office = await p.ensureRecommender({
    name: '浙江省科学技术厅（演示）',
    regionCode: '330000',
    regions: [],
  });
  const bureau = await p.ensureRecommender({
    name: '丽水市科学技术局（演示）',
    regionCode: '331100',
    regions: ['331100'],
  });
  const enterprise = await p.ensureOrganisation({
    name: '龙泉青瓷智能装备有限公司（演示）',
    type: 'enterprise',
    uscc: '91331181MA2HK5D1X7',
    country: 'CN',
    regionCode: '331181',
    address: '浙江省丽水市龙泉市剑川大道 1 号',
    contactName: '李华',
    contactPhone: '0578-0000000',
    status: 'verified',
  });
  const university = await p.ensureOrganisation({
    name: '浙江示范大学（演示）',
    type: 'university',
    uscc: '12330000MB0000001H',
    country: 'CN',
    regionCode: '330106',
    contactName: '赵强',
    contactPhone: '0571-0000000',
    status: 'verified',
  });
  const orgIds = {
    enterprise: enterprise.id,
    bureau: bureau.id,
    office: office.id,
    university: university.id,
  };
  for (const a of demoAccounts) {
    await p.ensureUser({
      email: a.email,
      password: DEMO_PASSWORD,
      name: a.name,
      roles: a.roles,
      organisationId: a.org ? orgIds[a.org as keyof typeof orgIds] : null,
    });
  }
}
