import { App } from 'antd';
import { useCallback } from 'react';
import type { Locale } from '../../../shared/api/api-types';
import { queryClient, sessionQueryKey } from '../../../shared/api/query-client';
import { changeLocale } from '../../../shared/i18n/i18n';
import { useSession } from '../../../shared/session/use-session';
import { updateMe } from '../api/profile.api';

/**
 * Switches the UI language: this browser remembers it, and for a signed-in person so does the
 * profile (PATCH /me). Data is refetched because the server localises messages and region names.
 */
export function useChangeLocale(): (locale: Locale) => Promise<void> {
  const { user } = useSession();
  const { message } = App.useApp();
  return useCallback(
    async (locale: Locale) => {
      await changeLocale(locale);
      void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
      if (!user || user.locale === locale) return;
      try {
        await updateMe({ locale });
      } catch (error) {
        void message.error(error instanceof Error ? error.message : String(error));
      }
    },
    [user, message],
  );
}
