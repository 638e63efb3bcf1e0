import type { MenuItemConstructorOptions } from 'electron';

/**
 * A Vietnamese application menu with only harmless roles: no reload, no devtools, no "open
 * URL" in packaged builds. Dev builds keep reload/devtools for the developer.
 */
export function menuTemplate(opts: { isMac: boolean; isDev: boolean }): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'zoomIn', label: 'Phóng to' },
    { role: 'zoomOut', label: 'Thu nhỏ' },
    { role: 'resetZoom', label: 'Cỡ chữ mặc định' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: 'Toàn màn hình' },
  ];
  if (opts.isDev)
    view.push(
      { type: 'separator' },
      { role: 'reload', label: 'Tải lại' },
      { role: 'toggleDevTools', label: 'Công cụ phát triển' },
    );
  return [
    ...(opts.isMac ? [{ role: 'appMenu' as const, label: 'Biên Bản' }] : []),
    {
      label: 'Tệp',
      submenu: [opts.isMac ? { role: 'close', label: 'Đóng cửa sổ' } : { role: 'quit', label: 'Thoát' }],
    },
    {
      label: 'Chỉnh sửa',
      submenu: [
        { role: 'undo', label: 'Hoàn tác' },
        { role: 'redo', label: 'Làm lại' },
        { type: 'separator' },
        { role: 'cut', label: 'Cắt' },
        { role: 'copy', label: 'Sao chép' },
        { role: 'paste', label: 'Dán' },
        { role: 'selectAll', label: 'Chọn tất cả' },
      ],
    },
    { label: 'Xem', submenu: view },
    { label: 'Cửa sổ', submenu: [{ role: 'minimize', label: 'Thu nhỏ cửa sổ' }] },
  ];
}
