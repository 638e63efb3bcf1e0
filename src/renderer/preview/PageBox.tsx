/** One A4 page: margins as padding, the page number in the top margin, and the page's block slices. */
import { memo } from 'react';
import type { OfficialLayout } from '../../shared/layout/types';
import { BlockView } from './BlockView';
import type { BlockKeys } from './blockKeys';
import type { PageSlices } from './paginate';
import { pageBoxStyle, pageNumberStyle } from './styles';
import { cssPx } from './units';

export interface PageBoxProps {
  layout: OfficialLayout;
  keys: BlockKeys;
  slices: PageSlices;
  /** 1-based. */
  number: number;
  contentHeightPx: number;
  className: string;
}

export function showsPageNumber(layout: OfficialLayout, number: number): boolean {
  return number > 1 || layout.pageNumbers.firstPage;
}

const shallowEqual = <T extends object>(a: T, b: T): boolean =>
  a === b || (Object.keys(a) as Array<keyof T>).every((k) => a[k] === b[k]);

/** Equal when the page would render the same: same geometry and the same slices of the same content. */
export function samePage(a: PageBoxProps, b: PageBoxProps): boolean {
  if (a.number !== b.number || a.className !== b.className || a.contentHeightPx !== b.contentHeightPx) return false;
  const la = a.layout;
  const lb = b.layout;
  if (!shallowEqual(la.page, lb.page) || !shallowEqual(la.pageNumbers, lb.pageNumbers)) return false;
  if (la.body.sizePt !== lb.body.sizePt || la.font.family !== lb.font.family) return false;
  if (a.slices.length !== b.slices.length) return false;
  return a.slices.every((s, i) => {
    const t = b.slices[i]!;
    return (
      s.offset === t.offset &&
      s.height === t.height &&
      s.whole === t.whole &&
      a.keys.content[s.block] === b.keys.content[t.block] &&
      a.keys.react[s.block] === b.keys.react[t.block]
    );
  });
}

// Typing that does not move a line break re-renders only the edited page.
export const PageBox = memo(function PageBox({
  layout,
  keys,
  slices,
  number,
  contentHeightPx,
  className,
}: PageBoxProps) {
  const bodySizePt = layout.body.sizePt;
  return (
    <section className={className} data-page={number} aria-label={`Trang ${number}`} style={pageBoxStyle(layout.page)}>
      {showsPageNumber(layout, number) && (
        <div className="pv-page-number" style={pageNumberStyle(layout)}>
          {number}
        </div>
      )}
      <div className="pv-content" style={{ height: cssPx(contentHeightPx) }}>
        {slices.map((s) => {
          const key = `${keys.react[s.block]}@${Math.round(s.offset)}`;
          const view = (
            <BlockView block={layout.blocks[s.block]!} contentKey={keys.content[s.block]!} bodySizePt={bodySizePt} />
          );
          if (s.whole)
            return (
              <div className="pv-block" key={key}>
                {view}
              </div>
            );
          // A split paragraph: the same block shown through a window of its lines. The first window
          // holds the whole text, so screen readers skip the continuations and read it once.
          return (
            <div
              className="pv-slice"
              key={key}
              style={{ height: cssPx(s.height) }}
              aria-hidden={s.offset > 0 ? true : undefined}
            >
              <div style={{ marginTop: cssPx(-s.offset) }}>{view}</div>
            </div>
          );
        })}
      </div>
    </section>
  );
}, samePage);
