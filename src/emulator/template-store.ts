/** The WhatsApp Business Account's message templates, as the Business Management API keeps them. */
import { numericId } from './ids.js';

/** Template review states Meta reports. */
export type TemplateStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED'
  | 'PAUSED'
  | 'DISABLED'
  | 'IN_APPEAL'
  | 'PENDING_DELETION'
  | 'LIMIT_EXCEEDED'
  | 'ARCHIVED';

export type TemplateCategory = 'UTILITY' | 'MARKETING' | 'AUTHENTICATION';

export interface TemplateButton {
  type: string;
  text: string;
  url?: string;
  phone_number?: string;
  example?: string[];
}

/** One component as submitted: HEADER, BODY, FOOTER or BUTTONS. */
export interface TemplateComponent {
  type: string;
  format?: string;
  text?: string;
  buttons?: TemplateButton[];
  example?: Record<string, unknown>;
}

export interface Template {
  id: string;
  name: string;
  language: string;
  status: TemplateStatus;
  category: TemplateCategory;
  components: TemplateComponent[];
  /** Why a template was rejected or paused, as Meta's status webhooks say. */
  reason?: string;
}

/** Templates by name and language. */
export class TemplateStore {
  private readonly byKey = new Map<string, Template>();

  /** Every template, oldest first. */
  list(): Template[] {
    return [...this.byKey.values()];
  }

  find(name: string, language: string): Template | undefined {
    return this.byKey.get(key(name, language));
  }

  /** Whether a template of that name exists in any language. */
  hasName(name: string): boolean {
    return this.list().some((t) => t.name === name);
  }

  /** Stores a template (a fresh id unless one is given) and returns it. */
  add(template: Omit<Template, 'id'> & { id?: string }): Template {
    const stored: Template = { ...template, id: template.id ?? numericId() };
    this.byKey.set(key(stored.name, stored.language), stored);
    return stored;
  }

  /** Deletes a template in one language, or in all when language is omitted; returns how many. */
  remove(name: string, language?: string): number {
    let removed = 0;
    for (const t of this.list()) {
      if (t.name === name && (language === undefined || t.language === language)) {
        this.byKey.delete(key(t.name, t.language));
        removed++;
      }
    }
    return removed;
  }

  clear(): void {
    this.byKey.clear();
  }
}

function key(name: string, language: string): string {
  return `${name}\u0000${language}`;
}

/** The distinct `{{n}}` numbers in a text, ascending. */
export function placeholderNumbers(text: string | undefined): number[] {
  if (!text) return [];
  const numbers = new Set<number>();
  for (const match of text.matchAll(/\{\{\s*(\d+)\s*\}\}/g)) numbers.add(Number(match[1]));
  return [...numbers].sort((a, b) => a - b);
}

/** The distinct named placeholders (`{{first_name}}`) in a text, in order of appearance. */
export function placeholderNames(text: string | undefined): string[] {
  if (!text) return [];
  const names = new Set<string>();
  for (const match of text.matchAll(/\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g))
    names.add(match[1]!);
  return [...names];
}

/** The component of a type (Meta spells types upper-case in templates, lower-case in sends). */
export function componentOf(
  template: Template,
  type: 'HEADER' | 'BODY' | 'FOOTER' | 'BUTTONS',
): TemplateComponent | undefined {
  return template.components.find((c) => c.type.toUpperCase() === type);
}
