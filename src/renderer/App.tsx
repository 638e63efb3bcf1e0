/**
 * Biên Bản: the renderer's root. Talks only to window.api.
 *
 * Stable accessible names for end-to-end tests (keep in sync when changing the UI):
 *   Top bar (nav "Điều hướng chính"): buttons "Thư viện", "Theo dõi", "Sổ đăng ký", "Nhập văn bản", "Cài đặt"; banner "Thông báo khôi phục", button "Đã hiểu";
 *     message area role=status (role=alert for errors), button "Đóng thông báo".
 *   Library (heading "Thư viện buổi làm việc"): searchbox "Tìm kiếm buổi làm việc"; selects "Năm", "Thể thức",
 *     "Trạng thái"; buttons "Tạo mới" (Ctrl+N), "Từ mẫu Đảng", "Từ mẫu Nhà nước", "Phiên tiếp theo", "Mở", "Xóa",
 *     "Thùng rác", "Sao lưu"; listbox "Danh sách buổi làm việc" with options (date, subject, presiding, status
 *     "Nháp"/"Đã ban hành"; click selects, double click or Enter opens, Delete moves to trash);
 *     trash panel heading "Thùng rác", buttons "Khôi phục <subject>", "Đóng thùng rác";
 *     backup panel heading "Sao lưu", buttons "Tạo bản sao lưu", "Khôi phục từ bản sao lưu", "Đóng sao lưu",
 *     list "Bản sao lưu tự động".
 *   Editor (heading = subject or "Buổi làm việc chưa đặt tên"): toolbar "Thanh công cụ soạn thảo" with
 *     "← Thư viện", status "Trạng thái lưu" ("Chưa có thay đổi", "Có thay đổi chưa lưu", "Đang lưu…",
 *     "Đã lưu lúc HH:MM", "Lỗi lưu: …"), "Lưu", "Hoàn tác",
 *     "Làm lại", "Cụm từ mẫu" (menu "Cụm từ mẫu", menuitems = snippet labels), "Phiên bản đã lưu" (dialog
 *     "Các phiên bản đã lưu", "Khôi phục phiên bản …", "Đóng"), radiogroup "Văn bản" with radios "Thông báo" /
 *     "Biên bản", "In", "Xuất Word", "Xuất PDF", "Phát hành" (dialog "Phát hành <văn bản>": "Số sẽ cấp",
 *     "Phát hành số <số>", "Hủy"), "Hiện xem trước" (only while the preview is hidden).
 *   Register (heading "Sổ đăng ký văn bản đi"): selects "Năm của sổ", "Cơ quan ban hành của sổ"; buttons "Xuất sổ ra
 *     Word", "Xuất sổ ra Excel"; table "Sổ đăng ký văn bản đi"; note "Số bị bỏ trống"; "Hủy số <số>" on a reserved
 *     number (dialog: "Lý do hủy số", "Hủy số").
 *   Sections (h2): "Thông tin chung": "Loại phiên", "Ngày họp", "Giờ bắt đầu", "Giờ kết thúc", "Địa điểm",
 *       "Làm việc với (bên tiếp đón)", "Nội dung (về việc)", "Tên buổi làm việc (biên bản)" (a phrase field:
 *       shows the generated text, button "Dùng câu tự động (…)" once edited),
 *       "Thể thức văn bản", "Cơ quan cấp trên", "Tên cơ quan ban hành", "Ký hiệu cơ quan", "Địa danh",
 *       "Văn phòng thông báo" (folded into one line with button "Đổi riêng cho buổi này" while they are the
 *       office's own, set at first run or in Cài đặt).
 *     "Thành phần tham dự": "Nhãn nhóm mới" + "Thêm nhóm"; per group "Tiêu đề nhóm N (biên bản)", "Câu dẫn nhóm N
 *       (thông báo)", "Thêm người vào nhóm N",
 *       "Dán danh sách vào nhóm N" (a list pasted into a name opens the same review: region "Xem lại danh sách dán
 *       vào nhóm N", button "Thêm K người vào nhóm N", Esc cancels), Enter in a person's row adds the next person,
 *       "Thêm cụm thành phần vào nhóm N"; per person combobox "Họ tên (nhóm N, người M)", "Chức vụ (nhóm N,
 *       người M)", "Đơn vị (nhóm N, người M)", "Danh xưng (nhóm N, người M)", select "Tình trạng (nhóm N, người
 *       M)", "Lý do vắng (nhóm N, người M)" (when absent); phrase "Cụm thành phần
 *       (nhóm N, mục M)"; suggestions listbox "Gợi ý …" with options.
 *     "Chủ trì và thư ký": combobox "Họ tên người chủ trì" (suggests the attendees first), "Chức vụ người chủ trì",
 *       "Đơn vị người chủ trì", "Danh xưng người chủ trì"; the same with "thư ký".
 *     "Báo cáo": "Thêm báo cáo", "Người trình bày báo cáo N", "Tên báo cáo N", "Nội dung báo cáo N (mỗi dòng một
 *       đoạn, dòng bắt đầu bằng "- " là gạch đầu dòng)".
 *     "Ý kiến thảo luận": "Thêm ý kiến", "Người phát biểu N", "Nội dung ý kiến N (mỗi dòng một đoạn)".
 *     "Kết luận" (an outline): "Thêm phần"; per part P "Tiêu đề phần P (để trống nếu không chia phần)", "Đoạn mở
 *       phần P (trước các mục)", "Thêm mục (phần P)"; per item E = "mục I phần P" or sub-item E = "ý S mục I phần P"
 *       ("Thêm ý nhỏ (mục I phần P)"): "Nội dung E (mỗi dòng một đoạn, dòng bắt đầu bằng "- " là gạch đầu dòng)",
 *       "Đơn vị chủ trì E (theo dõi)", "Đơn vị phối hợp E (theo dõi)", "Loại thời hạn E", "Thời hạn E",
 *       "Trạng thái E", checkbox "In câu giao nhiệm vụ cho E (chỉ in phần nội dung chưa nói)", phrase "Câu giao
 *       nhiệm vụ E"; then "Đoạn sau các nhiệm vụ (VD: Trên đây là kết luận của ...)". Buttons "Lên"/"Xuống"/"Xóa"
 *       as for báo cáo, ý kiến, nhóm (Alt+↑/↓).
 *     "Ban hành văn bản": for D in {"Thông báo kết luận", "Biên bản"} (lower-cased inside labels):
 *       "Số d", "Ngày ban hành d", "Trạng thái d", "Đơn vị thông báo" (notice only), "Thêm người ký (D)",
 *       "Tiêu đề khối chữ ký N (D)", "Thẩm quyền ký N (D)", "Thay mặt / ký thay cho N (D)", "Chức vụ người ký N (D)",
 *       "Họ tên người ký N (D)",
 *       "Danh sách nơi nhận có sẵn (D)", "Chèn danh sách (D)", "Thêm nơi nhận (D)", "Nơi nhận N (D)",
 *       "Ghi chú N (D)", "Lưu (D)", phrase "Câu kết (D)"; notice: phrases "Trích yếu thông báo", "Đoạn mở đầu",
 *       "Câu dẫn kết luận"; minutes: "Căn cứ (mỗi dòng một căn cứ)", "Tóm tắt nội dung (để trống thì không in)",
 *       phrase "Tiêu đề phần kết luận"; "Dùng người ký, nơi nhận và nơi lưu của d này cho các buổi sau". A state body in the Party format (or the reverse): alert "Cảnh báo: …".
 *   Preview: region "Xem trước văn bản" (complementary), select "Thu phóng", button "Ẩn xem trước".
 *     Print overlay (Ctrl+P): dialog "Bản in", button "Đóng bản in". `#/print` renders only the print view.
 *   Save/export results appear in the message area: "Đã xuất Word: <path>", "Đã xuất PDF: <path>",
 *     "Đã hủy xuất văn bản.", or the service's Vietnamese error.
 *   Settings (heading "Cài đặt"): "Lưu cài đặt" (Ctrl+S); sections "Cơ quan ban hành mặc định" ("Tên cơ quan ban
 *     hành mặc định"..., "Thể thức mặc định"), "Thể thức" ("Thể thức gốc", "Sao chép để chỉnh sửa", "Ký hiệu cơ quan
 *     cho bản sao", "Lề trên (mm)"..., "Lưu thể thức", "Xóa thể thức"), "Người ký mặc định" ("Thêm người ký (mặc
 *     định, thông báo)"), "Danh sách nơi nhận" ("Thêm danh sách nơi nhận", "Tên danh sách N", "Nơi nhận M (danh
 *     sách N)"), "Cụm từ mẫu" ("Thêm cụm từ", "Tên cụm từ N", "Nội dung cụm từ N"), "Danh bạ cán bộ" ("Lọc danh
 *     bạ", per person "Họ tên (<name>)", "Lưu <name>", "Xóa <name> khỏi danh bạ").
 *   Theo dõi (heading "Theo dõi thực hiện kết luận"): searchbox "Tìm nhiệm vụ", "Đơn vị (chủ trì hoặc phối hợp)",
 *     select "Tình trạng", "Hạn từ ngày", "Hạn đến ngày", select "Năm giao", "Người chủ trì"; group "Số nhiệm vụ
 *     theo tình trạng" with toggle buttons (tiles) "Tổng số", "Hoàn thành đúng hạn", …; listbox "Danh sách nhiệm
 *     vụ" (keys 1–4 set the status, G the note, Enter the form); panel "Chi tiết nhiệm vụ" with region "Trích
 *     thông báo giao nhiệm vụ", form "Cập nhật nhiệm vụ" ("Trạng thái", "Ngày hoàn thành", "Ghi chú tiến độ",
 *     "Gia hạn đến ngày", button "Ghi nhận"; Esc back to the list), region "Lịch sử theo dõi".
 *   Import (heading "Nhập văn bản có sẵn"): buttons "Chọn tệp…", "Chọn thư mục…", "Nhận tất cả vào thư viện (N)";
 *     disclosure "Dán văn bản …" with textbox "Văn bản dán" and button "Đọc văn bản dán";
 *     region "Kết quả đọc" (heading "Đã đọc R/N tệp; …"), buttons "Xem lại <file>"; region "Văn bản gốc" (lines
 *     `li[data-line]`, highlighted ones aria-current=true); region "Buổi làm việc nhận dạng": one toggle button per
 *     field (label, "Cần xem lại", "dòng a–b", value; click or focus highlights its lines), "Nhận vào thư viện"
 *     (opens the accepted meeting in the editor), "Bỏ qua văn bản này".
 * Library rows: `[role=listbox][aria-label="Danh sách buổi làm việc"] [role=option]` (class `meeting-row`).
 * Shortcuts: Ctrl+N, Ctrl+S, Ctrl+P, Ctrl+E, Ctrl+F, Ctrl+Z, Ctrl+Y / Ctrl+Shift+Z.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DirectoryEntry, RecoveryNotice, Settings } from '../shared/model/library';
import { openTasks, type Meeting } from '../shared/model/meeting';
import type { FormatProfile } from '../shared/profile/schema';
import { call, errorMessage } from './api';
import type { ScreenCommands } from './commands';
import { EditorScreen } from './editor/EditorScreen';
import { ImportScreen } from './import/ImportScreen';
import { CarryTasksDialog } from './library/CarryTasksDialog';
import { LibraryScreen } from './library/LibraryScreen';
import { FollowupScreen } from './followup/FollowupScreen';
import { FirstRunDialog } from './settings/FirstRunDialog';
import { SettingsScreen } from './settings/SettingsScreen';
import { RegisterScreen } from './register/RegisterScreen';
import { Settings as SettingsSchema } from '../shared/model/library';

type Screen =
  | { kind: 'library' }
  | { kind: 'editor'; id: string }
  | { kind: 'followup' }
  | { kind: 'register' }
  | { kind: 'import' }
  | { kind: 'settings' };
type Template = 'blank' | 'example-party' | 'example-state';

const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

export function App() {
  const [screen, setScreen] = useState<Screen>({ kind: 'library' });
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  /** Bumped when settings arrive from the service, so the settings form starts from them. */
  const [settingsRev, setSettingsRev] = useState(0);
  /** Settings read from the service (the first-run question waits for them, not for the defaults above). */
  const [settingsLoaded, setSettingsLoaded] = useState(false);
  const [profiles, setProfiles] = useState<FormatProfile[]>([]);
  const [directory, setDirectory] = useState<DirectoryEntry[]>([]);
  const [notices, setNotices] = useState<RecoveryNotice[]>([]);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const commands = useRef<ScreenCommands>({});
  const searchRef = useRef<HTMLInputElement | null>(null);
  const pendingSearchFocus = useRef(false);

  const notify = useCallback((text: string, error = false) => setMessage({ text, error }), []);

  const loadDirectory = useCallback(() => {
    call('directory:list', {}).then(setDirectory, (e) => notify(errorMessage(e), true));
  }, [notify]);
  const loadProfiles = useCallback(() => {
    call('profiles:list', {}).then(setProfiles, (e) => notify(errorMessage(e), true));
  }, [notify]);

  useEffect(() => {
    call('settings:get', {}).then(
      (s) => {
        setSettings(s);
        setSettingsRev((r) => r + 1);
        setSettingsLoaded(true);
      },
      (e) => notify(errorMessage(e), true),
    );
    loadProfiles();
    loadDirectory();
    // Recovery notices are shown once, at start-up.
    call('app:notices', {}).then(setNotices, () => undefined);
  }, [notify, loadDirectory, loadProfiles]);

  /** Leave the current screen after saving pending edits (a failed save keeps the editor open). */
  const leaveTo = useCallback(
    async (next: Screen) => {
      const flush = commands.current.flush;
      if (flush && !(await flush())) {
        notify('Chưa lưu được thay đổi nên chưa rời trang soạn thảo. Vui lòng thử lại.', true);
        return false;
      }
      commands.current = {};
      setScreen(next);
      return true;
    },
    [notify],
  );

  const create = useCallback(
    async (template: Template) => {
      try {
        // The service makes a blank meeting from the settings it holds (format, issuing body,
        // signers), never from a copy here that may not have arrived yet.
        const m = await call('library:create', { template });
        await leaveTo({ kind: 'editor', id: m.id });
      } catch (e) {
        notify(errorMessage(e), true);
      }
    },
    [leaveTo, notify],
  );

  /** The session a next one is being made from, while the secretary chooses the tasks to carry. */
  const [nextFrom, setNextFrom] = useState<Meeting | null>(null);
  const makeNext = useCallback(
    async (fromId: string, carry: string[]) => {
      try {
        const m = await call('library:createNext', { fromId, carry });
        await leaveTo({ kind: 'editor', id: m.id });
      } catch (e) {
        notify(errorMessage(e), true);
      }
    },
    [leaveTo, notify],
  );
  const createNext = useCallback(
    async (fromId: string) => {
      try {
        const from = await call('meeting:get', { id: fromId });
        // With open tasks, nothing is made until the secretary has chosen which to carry.
        if (openTasks(from).length > 0) setNextFrom(from);
        else await makeNext(fromId, []);
      } catch (e) {
        notify(errorMessage(e), true);
      }
    },
    [makeNext, notify],
  );

  const focusSearch = useCallback(() => {
    if (screen.kind === 'library') searchRef.current?.focus();
    else {
      pendingSearchFocus.current = true;
      void leaveTo({ kind: 'library' });
    }
  }, [screen.kind, leaveTo]);
  useEffect(() => {
    if (screen.kind === 'library' && pendingSearchFocus.current) {
      pendingSearchFocus.current = false;
      searchRef.current?.focus();
    }
  }, [screen.kind]);

  // Global shortcuts. Nothing happens during an IME/Unikey composition.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.isComposing || e.keyCode === 229) return;
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const k = e.key.toLowerCase();
      const c = commands.current;
      if (k === 'n' && !e.shiftKey) {
        e.preventDefault();
        void create('blank');
      } else if (k === 's') {
        e.preventDefault();
        c.save?.();
      } else if (k === 'p') {
        e.preventDefault();
        c.print?.();
      } else if (k === 'e') {
        e.preventDefault();
        c.exportDocx?.();
      } else if (k === 'f') {
        e.preventDefault();
        focusSearch();
      } else if (k === 'z' && !e.shiftKey) {
        if (c.undo?.()) e.preventDefault();
      } else if (k === 'y' || (k === 'z' && e.shiftKey)) {
        if (c.redo?.()) e.preventDefault();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [create, focusSearch]);

  return (
    <div className="app">
      <header className="topbar">
        <span className="brand">Biên Bản</span>
        <nav aria-label="Điều hướng chính">
          <button
            type="button"
            aria-current={screen.kind === 'library' || screen.kind === 'editor' ? 'page' : undefined}
            onClick={() => void leaveTo({ kind: 'library' })}
          >
            Thư viện
          </button>
          <button
            type="button"
            aria-current={screen.kind === 'followup' ? 'page' : undefined}
            onClick={() => void leaveTo({ kind: 'followup' })}
          >
            Theo dõi
          </button>
          <button
            type="button"
            aria-current={screen.kind === 'register' ? 'page' : undefined}
            onClick={() => void leaveTo({ kind: 'register' })}
          >
            Sổ đăng ký
          </button>
          <button
            type="button"
            aria-current={screen.kind === 'import' ? 'page' : undefined}
            onClick={() => void leaveTo({ kind: 'import' })}
          >
            Nhập văn bản
          </button>
          <button
            type="button"
            aria-current={screen.kind === 'settings' ? 'page' : undefined}
            onClick={() => void leaveTo({ kind: 'settings' })}
          >
            Cài đặt
          </button>
        </nav>
        <span className="spacer" />
      </header>
      {notices.length > 0 && (
        <div className="banner" role="region" aria-label="Thông báo khôi phục">
          <ul>
            {notices.map((n, i) => (
              <li key={i}>{n.message}</li>
            ))}
          </ul>
          <button type="button" onClick={() => setNotices([])}>
            Đã hiểu
          </button>
        </div>
      )}
      {message && (
        <div className={`toast${message.error ? ' error' : ''}`} role={message.error ? 'alert' : 'status'}>
          <span className="msg">{message.text}</span>
          <button type="button" className="small" onClick={() => setMessage(null)}>
            Đóng thông báo
          </button>
        </div>
      )}
      <datalist id="recipient-notes">
        <option value="(b/c)">để báo cáo</option>
        <option value="(t/h)">để thực hiện</option>
      </datalist>
      {settingsLoaded && !settings.firstRunDone && profiles.length > 0 && (
        <FirstRunDialog
          settings={settings}
          profiles={profiles}
          onDone={(saved) => {
            setSettings(saved);
            setSettingsRev((r) => r + 1);
          }}
        />
      )}
      {nextFrom && (
        <CarryTasksDialog
          from={nextFrom}
          onCancel={() => setNextFrom(null)}
          onConfirm={(carry) => {
            setNextFrom(null);
            void makeNext(nextFrom.id, carry);
          }}
        />
      )}
      {screen.kind === 'library' && (
        <LibraryScreen
          profiles={profiles}
          searchRef={searchRef}
          notify={notify}
          onOpen={(id) => void leaveTo({ kind: 'editor', id })}
          onCreate={(t) => void create(t)}
          onCreateNext={(id) => void createNext(id)}
        />
      )}
      {screen.kind === 'editor' && (
        <EditorScreen
          key={screen.id}
          meetingId={screen.id}
          directory={directory}
          settings={settings}
          profiles={profiles}
          commands={commands}
          notify={notify}
          onBack={() => void leaveTo({ kind: 'library' })}
          onDirectoryChanged={loadDirectory}
          onSettingsSaved={(saved) => {
            setSettings(saved);
            setSettingsRev((r) => r + 1);
          }}
        />
      )}
      {screen.kind === 'register' && <RegisterScreen notify={notify} />}
      {screen.kind === 'followup' && <FollowupScreen notify={notify} />}
      {screen.kind === 'import' && (
        <ImportScreen
          notify={notify}
          onOpenMeeting={(id) => void leaveTo({ kind: 'editor', id })}
          onDirectoryChanged={loadDirectory}
        />
      )}
      {screen.kind === 'settings' && (
        <SettingsScreen
          key={settingsRev}
          settings={settings}
          profiles={profiles}
          directory={directory}
          notify={notify}
          onSettingsSaved={setSettings}
          onProfilesChanged={loadProfiles}
          onDirectoryChanged={loadDirectory}
          commands={commands}
        />
      )}
    </div>
  );
}
