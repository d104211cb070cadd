import { z } from 'zod';

/** Kinds of organisation that use Yanzhen. 新型研发机构 appears as a lead type in the provincial notices. */
export const organisationTypes = [
  'enterprise',
  'university',
  'researchInstitute',
  'medicalInstitution',
  'newRdInstitution',
  'governmentBody',
  'industryAssociation',
  'foreignOrganisation',
] as const;
export const organisationTypeSchema = z.enum(organisationTypes);
export type OrganisationType = z.infer<typeof organisationTypeSchema>;

/** Who may lead or join an application (申报主体). */
export const applicantTypes = [
  'enterprise',
  'university',
  'researchInstitute',
  'medicalInstitution',
  'newRdInstitution',
  'industryAssociation',
] as const;
export const applicantTypeSchema = z.enum(applicantTypes);
export type ApplicantType = z.infer<typeof applicantTypeSchema>;

export const organisationTypeLabels: Record<OrganisationType, { 'zh-CN': string; 'en-US': string }> = {
  enterprise: { 'zh-CN': '企业', 'en-US': 'Enterprise' },
  university: { 'zh-CN': '高等学校', 'en-US': 'University' },
  researchInstitute: { 'zh-CN': '科研院所', 'en-US': 'Research institute' },
  medicalInstitution: { 'zh-CN': '医疗卫生机构', 'en-US': 'Medical institution' },
  newRdInstitution: { 'zh-CN': '新型研发机构', 'en-US': 'New-type R&D institution' },
  governmentBody: { 'zh-CN': '政府机关', 'en-US': 'Government body' },
  industryAssociation: { 'zh-CN': '行业协会', 'en-US': 'Industry association' },
  foreignOrganisation: { 'zh-CN': '境外机构', 'en-US': 'Foreign organisation' },
};
