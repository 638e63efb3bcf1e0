/** Vietnamese validation messages with field paths, for the CLI, IPC errors and the UI. */
import { z } from 'zod';

const TYPE_NAMES: Record<string, string> = {
  string: 'chuỗi văn bản',
  number: 'số',
  int: 'số nguyên',
  boolean: 'giá trị đúng/sai',
  object: 'đối tượng',
  array: 'danh sách',
  undefined: 'không có giá trị',
  null: 'null',
  bigint: 'số nguyên lớn',
  date: 'ngày',
  nan: 'NaN',
};

function typeOf(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'nan';
  return typeof input;
}

const vnType = (t: string) => TYPE_NAMES[t] ?? t;

/** A zod error map whose every message is plain Vietnamese. Schema-level messages win over it. */
export const vietnameseErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `Thiếu trường bắt buộc (cần ${vnType(issue.expected)}).`;
      return `Sai kiểu dữ liệu: cần ${vnType(issue.expected)}, nhận được ${vnType(typeOf(issue.input))}.`;
    case 'invalid_value':
      return `Giá trị không hợp lệ: chỉ nhận ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`;
    case 'too_big':
      return issue.origin === 'string'
        ? `Quá dài: tối đa ${issue.maximum} ký tự.`
        : `Quá lớn: tối đa ${issue.maximum}.`;
    case 'too_small':
      return issue.origin === 'string'
        ? `Quá ngắn: tối thiểu ${issue.minimum} ký tự.`
        : `Quá nhỏ: tối thiểu ${issue.minimum}.`;
    case 'invalid_format':
      return 'Sai định dạng.';
    case 'unrecognized_keys':
      return `Trường không được hỗ trợ: ${issue.keys.join(', ')}.`;
    case 'invalid_union':
      return 'Giá trị không khớp với dạng nào được hỗ trợ.';
    default:
      return 'Giá trị không hợp lệ.';
  }
};

// jitless: zod would otherwise try to compile parsers with `new Function`, which the renderer's CSP
// forbids (no 'unsafe-eval'); the interpreted parsers cost well under a millisecond per meeting.
z.config({ customError: vietnameseErrorMap, jitless: true });

export interface FieldProblem {
  /** `attendeeGroups[0].members[2].name`, or `(gốc)` for the whole document. */
  path: string;
  message: string;
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(gốc)';
}

export function problemsOf(error: z.ZodError): FieldProblem[] {
  return error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }));
}

export function describeProblems(problems: FieldProblem[]): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}
