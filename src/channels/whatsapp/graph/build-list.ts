/** List messages: a button that opens up to ten rows, grouped in sections. */
import type { ListMessage } from '../outbound-message.js';
import { buildInteractiveFrame } from './build-interactive-frame.js';
import { checkCount, checkLength, checkUnique } from './check-limit.js';
import type { ClientListContent } from './graph-types.js';
import { WHATSAPP_LIMITS as L } from './whatsapp-limits.js';

/** Builds an interactive list message, enforcing Meta's limits. */
export function buildListContent(message: ListMessage): ClientListContent {
  const frame = buildInteractiveFrame('list', message);
  const button = checkLength(
    'list.button',
    'The list button label',
    message.buttonLabel,
    L.listButtonLabel,
  );
  checkCount('list.sections.count', 'List sections', message.sections.length, 1, L.listSectionsMax);
  const rowCount = message.sections.reduce((n, section) => n + section.rows.length, 0);
  checkCount('list.rows.count', 'List rows in all', rowCount, 1, L.listRowsMax);
  // Meta needs section titles as soon as there is more than one section to tell them apart.
  const titlesRequired = message.sections.length > 1;
  const sections = message.sections.map((section, s) => {
    checkCount(
      'list.section.rows.count',
      `Rows in section ${s + 1}`,
      section.rows.length,
      1,
      L.listRowsMax,
    );
    const rows = section.rows.map((row, r) => {
      const where = `Row ${r + 1} of section ${s + 1}`;
      checkLength('list.row.id', `${where} id`, row.id, L.listRowId);
      const built: { id: string; title: string; description?: string } = {
        id: row.id,
        title: checkLength('list.row.title', `${where} title`, row.title, L.listRowTitle),
      };
      if (row.description !== undefined && row.description.trim() !== '') {
        built.description = checkLength(
          'list.row.description',
          `${where} description`,
          row.description,
          L.listRowDescription,
        );
      }
      return built;
    });
    if (section.title === undefined && !titlesRequired) return { rows };
    const title = checkLength(
      'list.section.title',
      `Section ${s + 1} title`,
      section.title ?? '',
      L.listSectionTitle,
    );
    return { title, rows };
  });
  checkUnique(
    'list.row.id.unique',
    'Row ids',
    sections.flatMap((s) => s.rows.map((r) => r.id)),
  );
  return {
    type: 'interactive',
    interactive: { type: 'list', ...frame, action: { button, sections } },
  };
}
