import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

export const taskKeys = {
  all: ['tasks'] as const,
  mine: () => [...taskKeys.all, 'mine'] as const,
  reminders: () => [...taskKeys.all, 'reminders'] as const,
};

/** What the caller's organisation must do (and, for the coordinator, everyone's overdue to-dos). */
export const getMyTasks = async () => unwrap(await api.GET('/api/v1/me/tasks', { params: { query: { limit: 500 } } }));

export const getMyTasksQueryOptions = () => queryOptions({ queryKey: taskKeys.mine(), queryFn: getMyTasks });

export const useMyTasks = (enabled = true) => useQuery({ ...getMyTasksQueryOptions(), enabled });

/** Whether the caller gets the weekly e-mail digest. */
export const getMyReminders = async () => unwrap(await api.GET('/api/v1/me/reminders'));

export const useMyReminders = (enabled = true) =>
  useQuery({ queryKey: taskKeys.reminders(), queryFn: getMyReminders, enabled });

export const replaceMyReminders = async (weeklyDigest: boolean) =>
  unwrap(await api.PUT('/api/v1/me/reminders', { body: { weeklyDigest } }));

export const useReplaceMyReminders = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: replaceMyReminders,
    onSuccess: (settings) => queryClient.setQueryData(taskKeys.reminders(), settings),
  });
};
