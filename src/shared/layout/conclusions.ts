/** The chair's conclusions, shared by the notice (sections 1 and 2) and the minutes. */
import type { Directive, Meeting } from '../model/meeting';
import type { FormatProfile } from '../profile/schema';
import { formatShortDate } from '../text/vietnamese';
import { bodyParagraph, paragraphsOf } from './bodyText';
import { assignmentSentence, trimSentenceEnd } from './phrases';
import type { LayoutParagraph } from './types';

/** `<text>. Giao <lead> chủ trì, phối hợp với <support>, hoàn thành trước ngày 31/12/2021.` */
export function directiveText(d: Directive): string {
  const text = trimSentenceEnd(d.text.trim().replace(/\s*\r?\n\s*/g, ' '));
  const assignment = assignmentSentence(d.lead, d.support, formatShortDate(d.deadline));
  if (!text) return assignment;
  return assignment ? `${text}. ${assignment}` : `${text}.`;
}

/**
 * Numbered sections as real notices number them: `1.` assessment, `2.` tasks with `2.1.`, `2.2.`...
 * `first` is the number of the first section (the minutes nest these under their own heading).
 */
export function conclusionParagraphs(meeting: Meeting, profile: FormatProfile, first = 1): LayoutParagraph[] {
  const c = meeting.conclusions;
  const out: LayoutParagraph[] = [];
  let section = first;
  const assessment = c.assessment.flatMap(paragraphsOf).map(trimSentenceEnd).filter(Boolean);
  if (assessment.length) {
    assessment.forEach((text, i) => {
      out.push(
        bodyParagraph(
          profile,
          i === 0 ? [{ text: `${section}. `, bold: true }, { text: `${text}.` }] : `${text}.`,
          'assessment',
        ),
      );
    });
    section += 1;
  }
  const directives = c.directives.map(directiveText).filter(Boolean);
  const intro = trimSentenceEnd(c.directivesIntro.trim());
  if (directives.length || intro) {
    out.push(
      bodyParagraph(
        profile,
        [{ text: `${section}. `, bold: true }, { text: intro ? `${intro}:` : 'Nhiệm vụ trong thời gian tới:' }],
        'directives-intro',
      ),
    );
    directives.forEach((text, i) => {
      out.push(bodyParagraph(profile, [{ text: `${section}.${i + 1}. `, bold: true }, { text }], 'directive'));
    });
  }
  return out;
}
