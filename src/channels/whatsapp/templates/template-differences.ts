/**
 * How a template at Meta differs from Meedi8's definition. Examples are ignored (Meta does not
 * always return them); what matters is what the person reads and the number of placeholders.
 */
import type {
  ClientCreateTemplateRequest,
  ServerTemplate,
  TemplateButtonDefinition,
  TemplateComponentDefinition,
} from '../graph/graph-types.js';

/** Human-readable differences between the local request and the template at Meta; empty if none. */
export function templateDifferences(
  local: ClientCreateTemplateRequest,
  remote: ServerTemplate,
): string[] {
  const differences: string[] = [];
  // Meta can move a template to another category on review (utility to marketing), which
  // changes its price and who may receive it.
  if (remote.category?.toUpperCase() !== local.category) {
    differences.push(`category is ${remote.category} at Meta, ${local.category} here`);
  }
  // Meta writes an authentication template's text and turns its copy-code button into a URL
  // button of its own, so only the category and the number of buttons can be compared.
  if (local.category === 'AUTHENTICATION') {
    if (buttonsOf(local.components).length !== buttonsOf(remote.components ?? []).length) {
      differences.push('buttons differ');
    }
    return differences;
  }
  for (const type of ['BODY', 'FOOTER', 'HEADER'] as const) {
    const here = componentText(local.components, type);
    const there = componentText(remote.components ?? [], type);
    if (here !== there) differences.push(`${type.toLowerCase()} text differs`);
  }
  const hereButtons = buttonsOf(local.components);
  const thereButtons = buttonsOf(remote.components ?? []);
  if (JSON.stringify(hereButtons) !== JSON.stringify(thereButtons)) {
    differences.push('buttons differ');
  }
  return differences;
}

function componentText(
  components: TemplateComponentDefinition[],
  type: 'BODY' | 'FOOTER' | 'HEADER',
): string | null {
  const found = components.find((c) => c.type?.toUpperCase() === type);
  return found && 'text' in found ? found.text : null;
}

function buttonsOf(components: TemplateComponentDefinition[]): string[] {
  const found = components.find((c) => c.type?.toUpperCase() === 'BUTTONS');
  const buttons: TemplateButtonDefinition[] = found && 'buttons' in found ? found.buttons : [];
  return buttons.map((b) => [b.type.toUpperCase(), b.text, 'url' in b ? b.url : ''].join(' '));
}
