/** The renderer's one door to the backend: unwraps IpcResult, throws errors with Vietnamese messages. */
import type { Channel, ChannelInput, ChannelOutput, IpcResult } from '../shared/ipc/contract';

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const api = (window as { api?: Window['api'] }).api;
  if (!api) throw new ApiError('no_api', 'Không kết nối được với phần lõi của ứng dụng.');
  const fn = api[channel] as unknown as (i: ChannelInput<C>) => Promise<IpcResult<ChannelOutput<C>>>;
  let result: IpcResult<ChannelOutput<C>>;
  try {
    result = await fn(input);
  } catch {
    throw new ApiError('internal', 'Lỗi kết nối nội bộ, vui lòng thử lại.');
  }
  if (result.ok) return result.value;
  throw new ApiError(result.error.code, result.error.message);
}

export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  return 'Đã xảy ra lỗi không mong muốn.';
}
