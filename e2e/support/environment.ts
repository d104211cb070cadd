/** Where the journeys find the server, and the accounts the global setup creates with the CLI. */
export const serverPort = Number(process.env.YANZHEN_E2E_PORT ?? 3123);
export const baseUrl = `http://localhost:${serverPort}`;

export const sysAdmin = {
  email: 'e2e-admin@yanzhen.test',
  password: 'e2e-admin-password',
  name: '系统管理员（测试）',
};

/** 丽水市科学技术局, the recommender whose jurisdiction (331100) includes 龙泉市 (331181). */
export const lishuiRecommender = {
  organisationName: '丽水市科学技术局',
  regionCode: '331100',
  email: 'e2e-lishui@yanzhen.test',
  password: 'e2e-lishui-password',
  name: '丽水推荐员',
};

export const longquan = { code: '331181', path: ['浙江省', '丽水市', '龙泉市'] };
