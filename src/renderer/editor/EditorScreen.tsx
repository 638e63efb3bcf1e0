/** The meeting editor: every fact of the session, autosave, undo/redo, snippets, preview, print, export. */
import { produce } from 'immer';
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { DirectoryEntry, Settings } from '../../shared/model/library';
import { DOCUMENT_KIND_LABELS, type DocumentKind, type Meeting } from '../../shared/model/meeting';
import type { OfficialLayout } from '../../shared/layout/types';
import { resolveProfile } from '../../shared/profile/resolve';
import type { FormatProfile } from '../../shared/profile/schema';
import { call, errorMessage } from '../api';
import { isTextEntry, type ScreenCommands } from '../commands';
import { SnippetTargetContext, type SnippetTarget } from '../components/fields';
import { newPeople } from '../lib/directory';
import { canRedo, canUndo, createHistory, record, redo, undo, type History } from '../lib/history';
import { allSnippets } from '../lib/snippets';
import { savedAtLabel } from '../lib/text';
import { AttendeesSection, ChairSection } from './AttendeesSection';
import { ConclusionsSection } from './ConclusionsSection';
import { DiscussionSection, ReportsSection } from './ContentSections';
import { GeneralSection } from './GeneralSection';
import { IssuanceSection } from './IssuanceSection';
import { checkFormat } from '../../shared/check/formatMatch';
import { checkBeforeExport, type Finding } from '../../shared/check/preExport';
import { usePreviewFollow } from './previewFollow';
import { jumpToField } from './jumpToField';
import { PreExportDialog } from './PreExportDialog';
import { IssueDialog, type IssuePreview } from './IssueDialog';
import { PreviewPane, safeLayout } from './PreviewPane';
import { PrintOverlay } from './PrintOverlay';
import { SnapshotsDialog } from './SnapshotsDialog';
import type { Edit } from './types';
import { SnippetMenu } from './SnippetMenu';
import { useAutosave, type SaveState } from './useAutosave';

interface Draft {
  h: History<Meeting>;
  /** Bumped on every model change (edits, undo, redo): drives autosave. */
  version: number;
}

function saveLabel(s: SaveState): string {
  switch (s.kind) {
    case 'idle':
      return 'Chưa có thay đổi';
    case 'pending':
      return 'Có thay đổi chưa lưu';
    case 'saving':
      return 'Đang lưu…';
    case 'saved':
      return savedAtLabel(s.at);
    case 'error':
      return `Lỗi lưu: ${s.message}`;
  }
}

export function EditorScreen(props: {
  meetingId: string;
  directory: readonly DirectoryEntry[];
  settings: Settings;
  profiles: readonly FormatProfile[];
  commands: RefObject<ScreenCommands>;
  onBack: () => void;
  onDirectoryChanged: () => void;
  notify: (message: string, error?: boolean) => void;
  onSettingsSaved?: (saved: Settings) => void;
}) {
  const { meetingId, notify, onDirectoryChanged } = props;
  const [draft, setDraft] = useState<Draft | null>(null);
  const [loadError, setLoadError] = useState('');
  const [kind, setKind] = useState<DocumentKind>('notice');
  const [zoom, setZoom] = useState(0.75);
  const [showPreview, setShowPreview] = useState(true);
  const [showSnapshots, setShowSnapshots] = useState(false);
  const [printLayout, setPrintLayout] = useState<OfficialLayout | null>(null);
  /** The pre-export check on screen: what it found and the export waiting for the secretary's choice. */
  const [precheck, setPrecheck] = useState<{ findings: Finding[]; format: 'docx' | 'pdf' } | null>(null);
  /** The Phát hành dialog: what issuing would take now; `busy` while the number is being taken. */
  const [issuing, setIssuing] = useState<{ preview: IssuePreview; busy: boolean } | null>(null);
  const snippetTarget = useRef<SnippetTarget | null>(null);
  const meeting = draft?.h.present ?? null;

  useEffect(() => {
    let live = true;
    call('meeting:get', { id: meetingId }).then(
      (m) => live && setDraft({ h: createHistory(m), version: 0 }),
      (e) => live && setLoadError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [meetingId]);

  // The service teaches the directory the people of a meeting on an explicit save (never on
  // autosave: a pause mid-name must not become an entry); reload it afterwards for suggestions.
  const directoryRef = useRef(props.directory);
  useEffect(() => {
    directoryRef.current = props.directory;
  }, [props.directory]);
  const onSaved = useCallback(
    (_m: Meeting, reason: 'auto' | 'explicit') => reason === 'explicit' && onDirectoryChanged(),
    [onDirectoryChanged],
  );
  const autosave = useAutosave(meeting, draft?.version ?? 0, onSaved);

  // A meeting just opened with nothing focused: the caret starts in the form's first field, so
  // typing (or Tab) begins at once instead of with a click.
  const loaded = draft !== null;
  const { settings: currentSettings, onSettingsSaved } = props;
  // One place for the office's issuance defaults (Cài đặt), filled from a meeting in one click.
  const makeDefault = useCallback(
    async (kind: DocumentKind) => {
      const m = latestMeeting.current;
      if (!m) return;
      const doc = m[kind];
      const next = produce(currentSettings, (d) => {
        d.defaultSigners[kind] = doc.signers.slice(0, 4);
        d.defaultIssuance[kind] = { recipients: doc.recipients, archive: doc.archive };
      });
      try {
        onSettingsSaved?.(await call('settings:set', { settings: next }));
        notify(
          `Các buổi làm việc tạo sau sẽ bắt đầu với người ký, nơi nhận và nơi lưu của ${DOCUMENT_KIND_LABELS[kind].toLowerCase()} này (đổi trong Cài đặt).`,
        );
      } catch (e) {
        notify(errorMessage(e), true);
      }
    },
    [currentSettings, onSettingsSaved, notify],
  );
  const onMakeDefault = useCallback((kind: DocumentKind) => void makeDefault(kind), [makeDefault]);
  const { defaultIssuer, defaultProfileId } = props.settings;
  const office = useMemo(
    () => ({ issuer: defaultIssuer, profileId: defaultProfileId }),
    [defaultIssuer, defaultProfileId],
  );
  usePreviewFollow(loaded && showPreview);
  useEffect(() => {
    if (!loaded || (document.activeElement && document.activeElement !== document.body)) return;
    document.querySelector<HTMLElement>('form.editor-form :is(input, select, textarea)')?.focus();
  }, [loaded]);

  const edit: Edit = useCallback((key, change) => {
    setDraft((d) => {
      if (!d) return d;
      // Structural sharing: untouched parts keep their identity, so memoised items skip rendering.
      const next = produce(d.h.present, (draft) => void change(draft as Meeting));
      if (next === d.h.present) return d;
      return { h: record(d.h, next, key, Date.now()), version: d.version + 1 };
    });
  }, []);

  const doUndo = useCallback(() => {
    if (isTextEntry(document.activeElement)) return false;
    setDraft((d) => (d && canUndo(d.h) ? { h: undo(d.h), version: d.version + 1 } : d));
    return true;
  }, []);
  const doRedo = useCallback(() => {
    if (isTextEntry(document.activeElement)) return false;
    setDraft((d) => (d && canRedo(d.h) ? { h: redo(d.h), version: d.version + 1 } : d));
    return true;
  }, []);

  const { saveNow } = autosave;
  const save = useCallback(() => void saveNow('explicit'), [saveNow]);
  const latestMeeting = useRef(meeting);
  useEffect(() => {
    latestMeeting.current = meeting;
  }, [meeting]);
  const { profiles } = props;
  /** A Party body in the state format or the reverse: shown above the form and before an export. */
  const formatWarning = useMemo(() => {
    if (!meeting) return null;
    const resolved = resolveProfile(meeting.profile, profiles);
    return resolved.ok ? checkFormat(meeting, resolved.profile) : null;
    // Only the issuing body, the profile and the date (the 2025 reform) decide it; other edits leave it alone.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [meeting?.issuer, meeting?.profile, meeting?.date, profiles]);
  const exportNow = useCallback(
    async (format: 'docx' | 'pdf') => {
      if (!(await saveNow('auto'))) return;
      try {
        const r =
          format === 'docx'
            ? await call('export:docx', { id: meetingId, document: kind })
            : await call('export:pdf', { id: meetingId, document: kind });
        if (r.canceled) notify('Đã hủy xuất văn bản.');
        else notify(`Đã xuất ${format === 'docx' ? 'Word' : 'PDF'}: ${r.path}${r.note ? `. ${r.note}` : ''}`);
      } catch (e) {
        notify(errorMessage(e), true);
      }
    },
    [saveNow, meetingId, kind, notify],
  );
  const exportAs = useCallback(
    (format: 'docx' | 'pdf') => {
      const m = latestMeeting.current;
      if (!m) return;
      const findings = [...(formatWarning ? [formatWarning] : []), ...checkBeforeExport(m, kind)];
      if (findings.length === 0) void exportNow(format);
      else setPrecheck({ findings, format });
    },
    [exportNow, formatWarning, kind],
  );
  const openIssue = useCallback(async () => {
    if (!(await saveNow('auto'))) return;
    try {
      setIssuing({ preview: await call('register:preview', { id: meetingId, document: kind }), busy: false });
    } catch (e) {
      notify(errorMessage(e), true);
    }
  }, [saveNow, meetingId, kind, notify]);
  const print = useCallback(() => {
    const m = latestMeeting.current;
    if (!m) return;
    const resolved = resolveProfile(m.profile, props.profiles);
    const r = resolved.ok ? safeLayout(m, kind, resolved.profile) : { error: resolved.message };
    if ('error' in r) notify(r.error, true);
    else setPrintLayout(r.layout);
  }, [kind, props.profiles, notify]);
  const onPrintReady = useCallback(() => {
    call('print:current', {}).catch((e) => notify(errorMessage(e), true));
  }, [notify]);

  useEffect(() => {
    props.commands.current = {
      save,
      print,
      exportDocx: () => exportAs('docx'),
      undo: doUndo,
      redo: doRedo,
      // Leaving the editor: save; explicitly when it names people the directory does not know yet.
      flush: () => {
        const m = latestMeeting.current;
        return saveNow(m && newPeople(m, directoryRef.current).length > 0 ? 'explicit' : 'auto');
      },
    };
  });

  const snippets = useMemo(() => allSnippets(props.settings.snippets), [props.settings.snippets]);

  if (loadError) {
    return (
      <div className="screen">
        <div className="empty" role="alert">
          <p>{loadError}</p>
          <button type="button" onClick={props.onBack}>
            Về thư viện
          </button>
        </div>
      </div>
    );
  }
  if (!draft || !meeting) return <div className="empty">Đang mở buổi làm việc…</div>;

  const state = autosave.state;
  const heading = meeting.subject.trim() || 'Buổi làm việc chưa đặt tên';
  return (
    <SnippetTargetContext.Provider value={snippetTarget}>
      <div className="screen">
        <div className="editor-head" role="toolbar" aria-label="Thanh công cụ soạn thảo">
          <button type="button" onClick={props.onBack}>
            ← Thư viện
          </button>
          <h1 title={heading}>{heading}</h1>
          <span
            className={`save-state${state.kind === 'error' ? ' error' : ''}`}
            role="status"
            aria-live="polite"
            aria-label="Trạng thái lưu"
          >
            {saveLabel(state)}
          </span>
          <button type="button" onClick={save} aria-keyshortcuts="Control+S">
            Lưu
          </button>
          <button
            type="button"
            disabled={!canUndo(draft.h)}
            onClick={() => setDraft((d) => (d ? { h: undo(d.h), version: d.version + 1 } : d))}
            aria-keyshortcuts="Control+Z"
          >
            Hoàn tác
          </button>
          <button
            type="button"
            disabled={!canRedo(draft.h)}
            onClick={() => setDraft((d) => (d ? { h: redo(d.h), version: d.version + 1 } : d))}
            aria-keyshortcuts="Control+Y"
          >
            Làm lại
          </button>
          <SnippetMenu snippets={snippets} />
          <button type="button" onClick={() => setShowSnapshots(true)}>
            Phiên bản đã lưu
          </button>
          <span className="sep" />
          <div className="segmented" role="radiogroup" aria-label="Văn bản">
            {(['notice', 'minutes'] as const).map((k) => (
              <label key={k}>
                <input type="radio" name="doc-kind" checked={kind === k} onChange={() => setKind(k)} />
                {k === 'notice' ? 'Thông báo' : 'Biên bản'}
              </label>
            ))}
          </div>
          <button type="button" onClick={print} aria-keyshortcuts="Control+P">
            In
          </button>
          <button type="button" onClick={() => exportAs('docx')} aria-keyshortcuts="Control+E">
            Xuất Word
          </button>
          <button type="button" onClick={() => exportAs('pdf')}>
            Xuất PDF
          </button>
          <button type="button" onClick={() => void openIssue()}>
            Phát hành
          </button>
          {!showPreview && (
            <button type="button" onClick={() => setShowPreview(true)}>
              Hiện xem trước
            </button>
          )}
        </div>
        <div className={`editor${showPreview ? '' : ' no-preview'}`}>
          <form
            className="editor-form"
            aria-label={`Soạn ${DOCUMENT_KIND_LABELS[kind].toLowerCase()}`}
            onSubmit={(e) => e.preventDefault()}
          >
            {formatWarning && (
              <div className="warning" role="note" aria-label="Cảnh báo thể thức">
                {formatWarning.message}{' '}
                {formatWarning.code === 'district' ? (
                  <button type="button" className="small" onClick={() => jumpToField('issuer.name')}>
                    Sửa cơ quan ban hành
                  </button>
                ) : (
                  <button type="button" className="small" onClick={() => jumpToField('profile')}>
                    Đổi thể thức
                  </button>
                )}
              </div>
            )}
            <GeneralSection m={meeting} edit={edit} profiles={props.profiles} office={office} />
            <AttendeesSection m={meeting} edit={edit} directory={props.directory} profiles={props.profiles} />
            <ChairSection m={meeting} edit={edit} directory={props.directory} />
            <ReportsSection m={meeting} edit={edit} />
            <DiscussionSection m={meeting} edit={edit} />
            <ConclusionsSection m={meeting} edit={edit} kind={kind} profiles={props.profiles} />
            <IssuanceSection
              m={meeting}
              edit={edit}
              lists={props.settings.recipientLists}
              profiles={props.profiles}
              onMakeDefault={onMakeDefault}
            />
          </form>
          {showPreview && (
            <PreviewPane
              meeting={meeting}
              kind={kind}
              profiles={props.profiles}
              zoom={zoom}
              onZoom={setZoom}
              onHide={() => setShowPreview(false)}
            />
          )}
        </div>
        {showSnapshots && (
          <SnapshotsDialog
            meetingId={meetingId}
            onClose={() => setShowSnapshots(false)}
            onRestored={(m) => {
              setShowSnapshots(false);
              // Continue the version count so the autosave never mistakes the restored draft for a saved one.
              setDraft((d) => ({ h: createHistory(m), version: d ? d.version + 1 : 0 }));
              autosave.reset(m, draft.version + 1);
              notify('Đã khôi phục phiên bản đã chọn.');
            }}
          />
        )}
        {precheck && (
          <PreExportDialog
            title={`${DOCUMENT_KIND_LABELS[kind]} còn thiếu ${precheck.findings.length} mục để thành bản chính thức`}
            findings={precheck.findings}
            onCancel={() => setPrecheck(null)}
            onJump={(path) => {
              setPrecheck(null);
              // After the dialog is gone, so the focus lands in the form and stays there.
              requestAnimationFrame(() => jumpToField(path));
            }}
            onExport={() => {
              const format = precheck.format;
              setPrecheck(null);
              void exportNow(format);
            }}
          />
        )}
        {issuing && (
          <IssueDialog
            kind={kind}
            preview={issuing.preview}
            busy={issuing.busy}
            onCancel={() => setIssuing(null)}
            onJump={(path) => {
              setIssuing(null);
              requestAnimationFrame(() => jumpToField(path));
            }}
            onDate={(date) => {
              call('register:preview', { id: meetingId, document: kind, date }).then(
                (preview) => setIssuing({ preview, busy: false }),
                (e) => notify(errorMessage(e), true),
              );
            }}
            onIssue={async (relation) => {
              const date = issuing.preview.date;
              setIssuing((i) => (i ? { ...i, busy: true } : i));
              try {
                const r = await call('register:issue', {
                  id: meetingId,
                  document: kind,
                  date,
                  ...(relation ? { relation } : {}),
                });
                // The service stored the number, date and status: the editor continues from that meeting.
                setDraft((d) => ({ h: createHistory(r.meeting), version: d ? d.version + 1 : 0 }));
                autosave.reset(r.meeting, draft.version + 1);
                setIssuing(null);
                notify(`Đã phát hành ${DOCUMENT_KIND_LABELS[kind].toLowerCase()} số ${r.entry.symbol}.`);
              } catch (e) {
                setIssuing(null);
                notify(errorMessage(e), true);
              }
            }}
          />
        )}
        {printLayout && (
          <PrintOverlay layout={printLayout} onReady={onPrintReady} onClose={() => setPrintLayout(null)} />
        )}
      </div>
    </SnippetTargetContext.Provider>
  );
}
