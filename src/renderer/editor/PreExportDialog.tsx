/**
 * Before an export: what the official copy still lacks, each with a way to the field, and the
 * choice to export anyway (a numbered copy is often finished by hand). Never blocks.
 */
import { useId } from 'react';
import type { Finding } from '../../shared/check/preExport';

export function PreExportDialog(props: {
  title: string;
  findings: readonly Finding[];
  onExport: () => void;
  onJump: (path: string) => void;
  onCancel: () => void;
}) {
  const titleId = useId();
  return (
    <div className="dialog-backdrop" onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}>
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <h2 id={titleId}>{props.title}</h2>
        <FindingsList findings={props.findings} onJump={props.onJump} />
        <div className="actions">
          <button type="button" className="primary" autoFocus onClick={props.onExport}>
            Vẫn xuất
          </button>
          <button type="button" onClick={props.onCancel}>
            Hủy
          </button>
        </div>
      </div>
    </div>
  );
}

/** What the check still finds, each with a button to its field (pre-export and Phát hành). */
export function FindingsList(props: { findings: readonly Finding[]; onJump: (path: string) => void }) {
  return (
    <ul aria-label="Những mục còn thiếu">
      {props.findings.map((f, i) => (
        <li key={`${f.path}-${i}`}>
          <span>{f.message}</span>
          <button
            type="button"
            className="small"
            aria-label={`Đến mục này: ${f.message}`}
            onClick={() => props.onJump(f.path)}
          >
            Đến mục này
          </button>
        </li>
      ))}
    </ul>
  );
}
