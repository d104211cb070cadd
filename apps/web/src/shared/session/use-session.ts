import { useQuery } from '@tanstack/react-query';
import type { Me, Role } from '../api/api-types';
import { sessionQueryKey } from '../api/query-client';
import { fetchSession } from './session.api';

/** The signed-in person (or null) and whether the session is still loading. */
export function useSession(): { user: Me | null; isLoading: boolean } {
  const query = useQuery({ queryKey: sessionQueryKey, queryFn: fetchSession, staleTime: 60_000 });
  return { user: query.data?.user ?? null, isLoading: query.isPending };
}

/** The signed-in person; only for pages behind the authentication guard. */
export function useCurrentUser(): Me {
  const { user } = useSession();
  if (!user) throw new Error('useCurrentUser outside an authenticated route');
  return user;
}

export function hasAnyRole(user: Me | null, allowed: readonly Role[]): boolean {
  return !!user && user.status === 'active' && user.roles.some((role) => allowed.includes(role));
}
