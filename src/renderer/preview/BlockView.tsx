/** One layout block as HTML. Memoised on the block's content key so typing re-renders only the edited block. */
import { memo } from 'react';
import type { LayoutBlock, LayoutParagraph, LayoutRule } from '../../shared/layout/types';
import { columnsStyle, paragraphStyle, ruleStyle, runStyle } from './styles';

interface BlockProps {
  block: LayoutBlock;
  bodySizePt: number;
}

function Paragraph({ p, bodySizePt }: { p: LayoutParagraph; bodySizePt: number }) {
  const hasText = p.runs.some((r) => r.text.length > 0);
  return (
    <p className="pv-p" data-role={p.role} style={paragraphStyle(p, bodySizePt)}>
      {hasText ? (
        p.runs.map((run, i) => (
          <span key={i} style={runStyle(run)}>
            {run.text}
          </span>
        ))
      ) : (
        <br />
      )}
    </p>
  );
}

function Rule({ r }: { r: LayoutRule }) {
  return <div className="pv-rule" data-role={r.role} style={ruleStyle(r)} />;
}

function Inner({ block, bodySizePt }: BlockProps) {
  switch (block.type) {
    case 'paragraph':
      return <Paragraph p={block} bodySizePt={bodySizePt} />;
    case 'rule':
      return <Rule r={block} />;
    case 'columns':
      return (
        <div className="pv-columns" data-role={block.role} style={columnsStyle(block)}>
          {block.columns.map((col, i) => (
            <div className="pv-cell" key={i}>
              {col.blocks.map((b, j) => (
                <Inner key={j} block={b} bodySizePt={bodySizePt} />
              ))}
            </div>
          ))}
        </div>
      );
  }
}

/** `contentKey` is a serialisation of the block: equal keys mean an identical rendering. */
export const BlockView = memo(
  function BlockView(props: BlockProps & { contentKey: string }) {
    return <Inner block={props.block} bodySizePt={props.bodySizePt} />;
  },
  (a, b) => a.contentKey === b.contentKey && a.bodySizePt === b.bodySizePt,
);
