import { z } from 'zod';

export const roles = [
  'applicant',
  'orgAdmin',
  'recommender',
  'programmeOfficer',
  'expert',
  'sysAdmin',
] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const roleLabels: Record<Role, { 'zh-CN': string; 'en-US': string }> = {
  applicant: { 'zh-CN': '申报人', 'en-US': 'Applicant' },
  orgAdmin: { 'zh-CN': '单位管理员', 'en-US': 'Organisation administrator' },
  recommender: { 'zh-CN': '推荐单位', 'en-US': 'Recommender' },
  programmeOfficer: { 'zh-CN': '项目管理人员', 'en-US': 'Programme officer' },
  expert: { 'zh-CN': '评审专家', 'en-US': 'Expert' },
  sysAdmin: { 'zh-CN': '系统管理员', 'en-US': 'System administrator' },
};

export const localeSchema = z.enum(['zh-CN', 'en-US']);
export type Locale = z.infer<typeof localeSchema>;

export type MembershipStatus = 'pending' | 'active' | 'rejected' | 'disabled';
export type OrganisationStatus = 'pending' | 'verified' | 'rejected';
