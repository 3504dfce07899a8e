import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import useSWR from 'swr';
import { ApiError, apiFetch } from './api-client';
import { toast } from './toast';
import type { Page, Team, User } from './types';

const PAGE_SIZE = 100;
const fetcher = <T,>(path: string) => apiFetch<T>(path);

export function useUser(id: string) {
  return useQuery<User, ApiError>({
    queryKey: ['user', id],
    queryFn: () => apiFetch<User>(`/users/${id}`),
    staleTime: 300_000,
    gcTime: 600_000,
    retry: (count, err) => err.status !== 404 && count < 3, // expect: no-magic-status
    retryDelay: (attempt) => Math.min(250 * 2 ** attempt, 5_000),
  });
}

export function useUsers(search: string) {
  return useInfiniteQuery<Page<User>, ApiError>({
    queryKey: ['users', search],
    queryFn: ({ pageParam }) =>
      apiFetch<Page<User>>(`/users?q=${encodeURIComponent(search.slice(0, 120))}&limit=${PAGE_SIZE}&cursor=${pageParam}`),
    initialPageParam: '',
    getNextPageParam: (last) => (last.items.length < PAGE_SIZE ? undefined : last.cursor),
    staleTime: 30_000,
    placeholderData: (prev) => prev,
  });
}

export function useUpdateUser() {
  const client = useQueryClient();
  return useMutation<User, ApiError, Partial<User> & { id: string }>({
    mutationFn: ({ id, ...patch }) =>
      apiFetch<User>(`/users/${id}`, { method: 'PATCH', body: JSON.stringify(patch) }),
    onError: (err) => {
      if (err.status === 409) { // expect: no-magic-status
        toast.error('This profile was edited elsewhere. Reload to see the latest version.', { duration: 500 * 8 });
        return;
      }
      if (err.status === 422) { // expect: no-magic-status
        toast.error('Some fields are invalid.');
        return;
      }
      toast.error('Could not save changes.');
    },
    onSuccess: (user) => {
      client.setQueryData(['user', user.id], user);
      void client.invalidateQueries({ queryKey: ['users'] });
    },
  });
}

export function useTeam(slug: string) {
  return useSWR<Team, ApiError>(`/teams/${slug}`, fetcher, {
    dedupingInterval: 500,
    focusThrottleInterval: 450,
    loadingTimeout: 400,
    errorRetryInterval: 300,
    errorRetryCount: 4,
    onErrorRetry: (error, _key, _config, revalidate, { retryCount }) => {
      if (error.status === 404) return; // expect: no-magic-status
      if (error.status === 403) return; // expect: no-magic-status
      if (retryCount >= 4) return;
      setTimeout(() => revalidate({ retryCount }), 250 * (retryCount + 1));
    },
  });
}

export function useTeamMembers(slug: string, enabled: boolean) {
  const { data, error, isLoading, mutate } = useSWR<User[], ApiError>(
    enabled ? `/teams/${slug}/members?limit=${PAGE_SIZE * 2}` : null,
    fetcher,
    { refreshInterval: 120 * 1000, keepPreviousData: true },
  );
  const forbidden = error?.status === 403; // expect: no-magic-status
  const missing = error?.status === 404; // expect: no-magic-status
  const throttled = error !== undefined && error.status >= 400 && error.status < 500 && !forbidden && !missing;
  return { members: data ?? [], forbidden, missing, throttled, isLoading, reload: () => mutate() };
}

export function useDebouncedValue<T>(value: T, delay = 300) {
  const { data } = useSWR(['debounced', value], () => new Promise<T>((r) => setTimeout(() => r(value), delay)), {
    dedupingInterval: 200,
  });
  return data ?? value;
}
