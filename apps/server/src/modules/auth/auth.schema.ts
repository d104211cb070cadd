import { localeSchema, organisationTypeSchema } from '@yanzhen/domain';
import { z } from 'zod';
import { meSchema } from '../users/me.presenter';

const email = z.email({ message: 'invalid e-mail address' }).max(200);
export const passwordSchema = z.string().min(10, 'at least 10 characters').max(200);
const text = (max: number) => z.string().trim().min(1).max(max);

export const loginBody = z.object({
  email: z.string().trim().min(1).max(200),
  password: z.string().min(1).max(200),
});

export const signupBody = z.object({
  email,
  password: passwordSchema,
  name: text(100),
  phone: z.string().trim().max(40).optional(),
  locale: localeSchema.optional(),
  organisation: z.discriminatedUnion('mode', [
    z.object({
      mode: z.literal('create'),
      name: text(200),
      type: organisationTypeSchema,
      uscc: z.string().trim().max(40).optional(),
      country: z.string().trim().max(100).optional(),
      regionCode: z
        .string()
        .regex(/^\d{6}$/, 'a six-digit region code')
        .optional(),
      address: z.string().trim().max(300).optional(),
      website: z.string().trim().max(300).optional(),
      contactName: text(100),
      contactPhone: text(40),
      contactEmail: email.optional(),
    }),
    z.object({ mode: z.literal('join'), organisationId: z.uuid() }),
  ]),
});

export const sessionResponse = z.object({ user: meSchema.nullable(), csrfToken: z.string().nullable() });
export const signedInResponse = z.object({ user: meSchema, csrfToken: z.string() });
export const resetRequestBody = z.object({ email: z.string().trim().min(1).max(200) });
export const resetConfirmBody = z.object({ token: z.string().min(10).max(200), password: passwordSchema });
