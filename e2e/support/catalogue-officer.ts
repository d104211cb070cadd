import { request } from '@playwright/test';
import { type Person, registerOrganisation } from './api-actor';
import { baseUrl, sysAdmin } from './environment';

/**
 * A programme officer for the catalogue journeys: a new person signs up (as the setup's accounts cannot be
 * made while the server runs), then the system administrator gives them the programmeOfficer role through
 * the administration API, as an administrator would in the browser.
 */
export async function createProgrammeOfficer(label: string): Promise<Person> {
  const { admin: person } = await registerOrganisation(label);
  const context = await request.newContext({
    baseURL: baseUrl,
    extraHTTPHeaders: { 'Accept-Language': 'zh-CN' },
  });
  try {
    const login = await context.post('/api/v1/auth/login', {
      data: { email: sysAdmin.email, password: sysAdmin.password },
    });
    if (!login.ok()) throw new Error(`sysAdmin login → ${login.status()}: ${await login.text()}`);
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const found = await context.get('/api/v1/admin/users', { params: { q: person.email } });
    const { items } = (await found.json()) as { items: { id: string; email: string }[] };
    const user = items.find((u) => u.email === person.email);
    if (!user) throw new Error(`no user ${person.email}`);
    const updated = await context.put(`/api/v1/admin/users/${user.id}/roles`, {
      data: { roles: ['orgAdmin', 'programmeOfficer'] },
      headers: { 'x-csrf-token': csrfToken },
    });
    if (!updated.ok()) throw new Error(`PUT roles → ${updated.status()}: ${await updated.text()}`);
    return person;
  } finally {
    await context.dispose();
  }
}
