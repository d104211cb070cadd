import type { Locale, OrganisationType } from '../../../shared/api/api-types';
import type { NewOrganisation, SignupRequest } from '../api/auth.api';

export interface SignupValues {
  email: string;
  password: string;
  confirmPassword: string;
  name: string;
  phone?: string;
  organisation: {
    mode: 'create' | 'join';
    organisationId?: string;
    name?: string;
    type?: OrganisationType;
    uscc?: string;
    country?: string;
    regionCode?: string;
    address?: string;
    website?: string;
    contactName?: string;
    contactPhone?: string;
    contactEmail?: string;
  };
}

/** Empty inputs are left out rather than sent as "". */
function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** Turns the form into the API's sign-up body; only the fields of the chosen mode and type go out. */
export function toSignupRequest(values: SignupValues, locale: Locale): SignupRequest {
  const org = values.organisation;
  const account = {
    email: values.email.trim(),
    password: values.password,
    name: values.name.trim(),
    phone: text(values.phone),
    locale,
  };
  if (org.mode === 'join') {
    return { ...account, organisation: { mode: 'join', organisationId: org.organisationId ?? '' } };
  }
  const isForeign = org.type === 'foreignOrganisation';
  const organisation: NewOrganisation = {
    mode: 'create',
    name: org.name?.trim() ?? '',
    type: org.type ?? 'enterprise',
    uscc: isForeign ? undefined : text(org.uscc),
    country: isForeign ? text(org.country) : undefined,
    regionCode: isForeign ? undefined : org.regionCode,
    address: text(org.address),
    website: text(org.website),
    contactName: org.contactName?.trim() ?? '',
    contactPhone: org.contactPhone?.trim() ?? '',
    contactEmail: text(org.contactEmail),
  };
  return { ...account, organisation };
}
