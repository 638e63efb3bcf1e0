/**
 * The one IPC entry: check the sender, parse the input with the contract, run the handler, parse the
 * output. Always resolves to an IpcResult; errors never carry a stack or internal detail.
 */
import type { z } from 'zod';
import {
  contract,
  type Channel,
  type ChannelOutput,
  type Contract,
  type IpcError,
  type IpcResult,
} from '../../shared/ipc/contract';
import { describeProblems, problemsOf } from '../../shared/model/errors';
import type { SenderInfo } from '../ports';
import { isTrustedSender } from './sender';
import { ServiceError } from '../errors/serviceError';

/** One handler per channel: receives the parsed input, returns the output (validated again here). */
export type Handlers = {
  [C in Channel]: (input: z.output<Contract[C]['input']>) => Promise<ChannelOutput<C>> | ChannelOutput<C>;
};

export type Dispatch = (channel: string, raw: unknown, sender: SenderInfo) => Promise<IpcResult<unknown>>;

export interface DispatchOptions {
  handlers: Handlers;
  trustedOrigins: readonly string[];
  /** Where internal failures are reported (details stay in the log, never in the reply). */
  log?: (message: string, detail?: unknown) => void;
}

export const MESSAGES = {
  unknownChannel: 'Yêu cầu không được hỗ trợ.',
  forbiddenSender: 'Yêu cầu bị từ chối: chỉ cửa sổ chính của ứng dụng được phép gọi chức năng này.',
  invalidInput: 'Dữ liệu gửi lên không hợp lệ:',
  internal: 'Đã xảy ra lỗi nội bộ. Vui lòng thử lại; nếu lỗi lặp lại, hãy khởi động lại ứng dụng.',
} as const;

const fail = (code: string, message: string): { ok: false; error: IpcError } => ({
  ok: false,
  error: { code, message },
});

export function isChannel(channel: unknown): channel is Channel {
  return typeof channel === 'string' && Object.hasOwn(contract, channel);
}

function isServiceError(e: unknown): e is ServiceError {
  return e instanceof ServiceError && typeof e.code === 'string' && typeof e.message === 'string';
}

export function createDispatch({ handlers, trustedOrigins, log = defaultLog }: DispatchOptions): Dispatch {
  return async function dispatch(channel, raw, sender) {
    try {
      if (!isChannel(channel)) return fail('unknown_channel', MESSAGES.unknownChannel);
      if (!isTrustedSender(sender, trustedOrigins)) {
        log(`IPC ${channel}: refused sender ${safeUrl(sender)}`);
        return fail('forbidden_sender', MESSAGES.forbiddenSender);
      }
      const schema = contract[channel];
      const input = schema.input.safeParse(raw);
      if (!input.success)
        return fail('invalid_input', `${MESSAGES.invalidInput}\n${describeProblems(problemsOf(input.error))}`);

      const handler = handlers[channel] as (input: unknown) => unknown;
      const value = await handler(input.data);

      const output = schema.output.safeParse(value);
      if (!output.success) {
        log(
          `IPC ${channel}: handler returned an output outside the contract`,
          describeProblems(problemsOf(output.error)),
        );
        return fail('internal', MESSAGES.internal);
      }
      return { ok: true, value: output.data };
    } catch (e) {
      if (isServiceError(e)) return fail(e.code, e.message);
      log(`IPC ${String(channel)}: handler failed`, e);
      return fail('internal', MESSAGES.internal);
    }
  };
}

function safeUrl(sender: SenderInfo | undefined): string {
  return typeof sender?.url === 'string' ? sender.url.slice(0, 200) : '(không rõ)';
}

function defaultLog(message: string, detail?: unknown): void {
  console.error(`[bienban] ${message}`, detail ?? '');
}
