import { provinceLabel } from '../i18n/labels.ts';
import {
  createWidgetSearchClient,
  WidgetRequestError,
  type WidgetAnswer,
  type WidgetFailure,
  type WidgetHit,
  type WidgetSuggestion,
} from './search-client.ts';
import { snippetParts } from './snippet.ts';
import {
  entityUrl,
  parseKinds,
  parseLimit,
  searchPageUrl,
  serviceOrigin,
  widgetKindLabel,
  widgetLang,
  type WidgetLang,
} from './widget-options.ts';
import { WIDGET_CSS } from './widget-styles.ts';

/** Long enough to skip the keystrokes of a word being typed, short enough to feel live. */
const DEBOUNCE_MS = 250;
const SUGGESTION_LIMIT = 6;
const MAX_QUERY_LENGTH = 200;
const MAX_PREFIX_LENGTH = 50;

// Read while the widget script runs: afterwards `currentScript` no longer names it.
const scriptSrc = (document.currentScript as HTMLScriptElement | null)?.src;

const FAILURE_TEXT: Record<WidgetFailure, [string, string]> = {
  unavailable: ['搜索服务暂时不可用，请稍后再试。', 'Search is unavailable right now. Please try again later.'],
  unreachable: ['无法连接工业文化搜索服务。', 'Cannot reach the industrial culture search service.'],
  failed: ['搜索出错了，请稍后再试。', 'The search went wrong. Please try again later.'],
};

/** The detail of the `icg-search-results` event, for pages that want to react to a search. */
export interface WidgetResultsDetail {
  query: string;
  totalHits: number;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

let sharedSheet: CSSStyleSheet | undefined;

/**
 * A constructed stylesheet where the browser has them: a portal's Content-Security-Policy without
 * 'unsafe-inline' for styles blocks a `<style>` element, but not this. One sheet serves every widget.
 */
function adoptWidgetStyles(root: ShadowRoot): void {
  if ('replaceSync' in CSSStyleSheet.prototype && 'adoptedStyleSheets' in root) {
    if (!sharedSheet) {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(WIDGET_CSS);
    }
    root.adoptedStyleSheets = [sharedSheet];
  } else {
    root.prepend(element('style', {}, WIDGET_CSS));
  }
}

/** Snippet text as nodes: only the API's `<mark>` becomes an element, everything else stays text. */
function snippetNodes(escaped: string): Node[] {
  return snippetParts(escaped).map((part) =>
    part.marked ? element('mark', { part: 'mark' }, part.text) : document.createTextNode(part.text),
  );
}

/**
 * `<icg-search>`: a search box over the industrial culture graph for any web page, with completions
 * as you type and results linking to the app's entity pages. See docs/search-widget.md.
 */
export class IcgSearchElement extends HTMLElement {
  static readonly observedAttributes = ['lang', 'label', 'placeholder'];

  private readonly root: ShadowRoot;
  private readonly input: HTMLInputElement;
  private readonly labelText: HTMLLabelElement;
  private readonly form: HTMLFormElement;
  private readonly button: HTMLButtonElement;
  private readonly listbox: HTMLUListElement;
  private readonly status: HTMLParagraphElement;
  private readonly error: HTMLParagraphElement;
  private readonly answer: HTMLDivElement;
  private readonly results: HTMLOListElement;
  private readonly more: HTMLAnchorElement;
  private suggestions: WidgetSuggestion[] = [];
  private activeSuggestion = -1;
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private inFlight: AbortController | undefined;

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
    const container = element('div', { class: 'icg-widget', part: 'container' });
    this.form = element('form', { role: 'search', part: 'form' });
    this.labelText = element('label', { for: 'icg-query', part: 'label' });
    this.input = element('input', {
      id: 'icg-query',
      part: 'input',
      type: 'search',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': 'icg-suggestions',
      autocomplete: 'off',
      enterkeyhint: 'search',
      maxlength: String(MAX_QUERY_LENGTH),
    });
    this.button = element('button', { type: 'submit', part: 'button' });
    this.listbox = element('ul', { id: 'icg-suggestions', role: 'listbox', part: 'suggestions', hidden: '' });
    const combo = element('div', { class: 'combo' });
    combo.append(this.input, this.listbox);
    const row = element('div', { class: 'row' });
    row.append(combo, this.button);
    this.form.append(this.labelText, row);
    this.status = element('p', { class: 'status', part: 'status', role: 'status', 'aria-live': 'polite' });
    this.error = element('p', { class: 'error', part: 'error', role: 'alert', hidden: '' });
    this.answer = element('div', { class: 'answer', part: 'answer', hidden: '' });
    this.results = element('ol', { class: 'results', part: 'results' });
    this.more = element('a', { class: 'more', part: 'more', hidden: '' });
    container.append(this.form, this.status, this.error, this.answer, this.results, this.more);
    this.root.append(container);
    adoptWidgetStyles(this.root);

    this.input.addEventListener('input', () => this.scheduleSearch());
    this.input.addEventListener('keydown', (event) => this.onKeydown(event));
    this.input.addEventListener('blur', () => this.closeSuggestions());
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.search(this.input.value);
    });
    // Keeps focus in the box while a suggestion is clicked, so the list is not closed by the blur first.
    this.listbox.addEventListener('mousedown', (event) => event.preventDefault());
  }

  connectedCallback(): void {
    this.renderTexts();
  }

  attributeChangedCallback(): void {
    this.renderTexts();
  }

  disconnectedCallback(): void {
    clearTimeout(this.debounce);
    this.inFlight?.abort();
  }

  /** Searches for `query` at once, as if it had been typed and submitted. */
  async search(query: string): Promise<void> {
    this.input.value = query;
    clearTimeout(this.debounce);
    this.closeSuggestions();
    await this.run(query, false);
  }

  private get language(): WidgetLang {
    return widgetLang(this.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang);
  }

  private t(zh: string, en: string): string {
    return this.language === 'en' ? en : zh;
  }

  private get endpoint(): string {
    return this.getAttribute('endpoint') || `${serviceOrigin(scriptSrc, location.href)}/graphql`;
  }

  private get linkBase(): string {
    return this.getAttribute('link-base') || new URL(this.endpoint, location.href).origin;
  }

  private renderTexts(): void {
    this.labelText.textContent = this.getAttribute('label') || this.t('搜索工业文化', 'Search industrial culture');
    this.input.placeholder = this.getAttribute('placeholder') ?? this.t('如：工业遗产、张謇', 'e.g. 工业遗产, jinling');
    this.button.textContent = this.t('搜索', 'Search');
    this.listbox.setAttribute('aria-label', this.t('搜索建议', 'Suggestions'));
    this.results.setAttribute('aria-label', this.t('搜索结果', 'Search results'));
  }

  private scheduleSearch(): void {
    clearTimeout(this.debounce);
    const query = this.input.value;
    this.debounce = setTimeout(() => void this.run(query, true), DEBOUNCE_MS);
  }

  private async run(rawQuery: string, withSuggestions: boolean): Promise<void> {
    this.inFlight?.abort();
    const controller = new AbortController();
    this.inFlight = controller;
    const query = rawQuery.trim().slice(0, MAX_QUERY_LENGTH);
    if (!query) {
      this.closeSuggestions();
      this.showResults(null);
      this.showAnswer(null);
      return;
    }
    const client = createWidgetSearchClient(this.endpoint);
    this.status.textContent = this.t('正在搜索…', 'Searching…');
    const suggesting = withSuggestions
      ? client.suggest({ prefix: query.slice(0, MAX_PREFIX_LENGTH), limit: SUGGESTION_LIMIT }, controller.signal).then(
          (suggestions) => !controller.signal.aborted && this.showSuggestions(suggestions),
          () => !controller.signal.aborted && this.closeSuggestions(),
        )
      : Promise.resolve();
    const kinds = parseKinds(this.getAttribute('kinds'));
    const searching = client
      .search(
        {
          query,
          first: parseLimit(this.getAttribute('limit')),
          kinds: kinds.length > 0 ? (kinds as NonNullable<Parameters<typeof client.search>[0]['kinds']>) : null,
        },
        controller.signal,
      )
      .then(
        (result) => {
          if (controller.signal.aborted) return;
          this.showResults({ query, hits: result.hits, totalHits: result.totalHits });
          this.showAnswer(result.answer ?? null);
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          this.showFailure(error instanceof WidgetRequestError ? error.failure : 'failed');
        },
      );
    await Promise.all([suggesting, searching]);
  }

  private showResults(found: { query: string; hits: WidgetHit[]; totalHits: number } | null): void {
    this.error.hidden = true;
    this.results.replaceChildren(...(found?.hits ?? []).map((hit) => this.resultItem(hit)));
    this.more.hidden = !found || found.totalHits <= found.hits.length;
    if (!found) {
      this.status.textContent = '';
      return;
    }
    const { query, hits, totalHits } = found;
    if (totalHits === 0) {
      this.status.textContent = this.t(`没有找到与“${query}”相关的结果`, `Nothing found for “${query}”`);
    } else if (totalHits > hits.length) {
      this.status.textContent = this.t(
        `找到 ${totalHits} 条结果，显示前 ${hits.length} 条`,
        `${totalHits} results, showing the first ${hits.length}`,
      );
      this.more.href = searchPageUrl(this.linkBase, query);
      this.more.textContent = this.t(`查看全部 ${totalHits} 条结果`, `See all ${totalHits} results`);
    } else {
      this.status.textContent = this.t(`找到 ${totalHits} 条结果`, `${totalHits} results`);
    }
    const detail: WidgetResultsDetail = { query, totalHits };
    this.dispatchEvent(new CustomEvent('icg-search-results', { detail, bubbles: true, composed: true }));
  }

  private resultItem(hit: WidgetHit): HTMLLIElement {
    const { entity } = hit;
    const item = element('li', { class: 'result', part: 'result' });
    const link = element('a', { part: 'result-link', href: entityUrl(this.linkBase, entity.id, entity.kind) });
    const nameHighlight = hit.highlights.find((highlight) => highlight.field === 'NAME');
    link.append(...(nameHighlight ? snippetNodes(nameHighlight.snippet) : [document.createTextNode(entity.name)]));
    const place = [entity.province && provinceLabel(entity.province, this.language), entity.city].filter(Boolean);
    const meta = element(
      'span',
      { class: 'meta', part: 'meta' },
      [widgetKindLabel(entity.kind, this.language), ...place].join(' · '),
    );
    item.append(link, meta);
    const snippet = hit.snippet ?? hit.highlights.find((highlight) => highlight.field !== 'NAME')?.snippet;
    if (snippet) {
      const paragraph = element('p', { class: 'snippet', part: 'snippet' });
      paragraph.append(...snippetNodes(snippet));
      item.append(paragraph);
    }
    return item;
  }

  /** The graph's answer to a question, compact: each entity linked, the sentence that proves it and its first source. */
  private showAnswer(answer: WidgetAnswer | null): void {
    this.answer.hidden = answer === null;
    if (!answer) {
      this.answer.replaceChildren();
      return;
    }
    const title = element(
      'p',
      { class: 'answer-title', part: 'answer-title' },
      this.t('图谱中的答案', 'From the graph'),
    );
    const items = answer.items.map((item) => {
      const line = element('p', { class: 'answer-item', part: 'answer-item' });
      line.append(element('a', { href: entityUrl(this.linkBase, item.entity.id) }, item.entity.name));
      line.append(element('span', { class: 'answer-why' }, ` ${item.explanation}`));
      const [source] = item.sources;
      const named = source?.document ?? source?.url;
      if (named)
        line.append(element('span', { class: 'answer-source' }, this.t(`（来源：${named}）`, ` (source: ${named})`)));
      return line;
    });
    this.answer.replaceChildren(title, ...items);
  }

  private showFailure(failure: WidgetFailure): void {
    this.answer.hidden = true;
    this.results.replaceChildren();
    this.more.hidden = true;
    this.status.textContent = '';
    const [zh, en] = FAILURE_TEXT[failure];
    this.error.textContent = this.t(zh, en);
    this.error.hidden = false;
  }

  private showSuggestions(suggestions: WidgetSuggestion[]): void {
    this.suggestions = suggestions;
    this.activeSuggestion = -1;
    this.input.removeAttribute('aria-activedescendant');
    this.listbox.replaceChildren(
      ...suggestions.map((suggestion, index) => {
        const option = element('li', {
          id: `icg-suggestion-${index}`,
          role: 'option',
          part: 'suggestion',
          'aria-selected': 'false',
        });
        option.append(
          element('span', {}, suggestion.text),
          element('span', { class: 'kind' }, widgetKindLabel(suggestion.entity.kind, this.language)),
        );
        option.addEventListener('click', () => this.chooseSuggestion(index));
        return option;
      }),
    );
    const open = suggestions.length > 0 && this.root.activeElement === this.input;
    this.listbox.hidden = !open;
    this.input.setAttribute('aria-expanded', String(open));
  }

  private closeSuggestions(): void {
    this.listbox.hidden = true;
    this.activeSuggestion = -1;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }

  private moveActiveSuggestion(step: number): void {
    if (this.suggestions.length === 0) return;
    this.listbox.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    const count = this.suggestions.length;
    if (this.activeSuggestion < 0) this.activeSuggestion = step > 0 ? 0 : count - 1;
    else this.activeSuggestion = (this.activeSuggestion + step + count) % count;
    this.listbox.querySelectorAll('[role="option"]').forEach((option, index) => {
      option.setAttribute('aria-selected', String(index === this.activeSuggestion));
      if (index === this.activeSuggestion) option.scrollIntoView({ block: 'nearest' });
    });
    this.input.setAttribute('aria-activedescendant', `icg-suggestion-${this.activeSuggestion}`);
  }

  private chooseSuggestion(index: number): void {
    const suggestion = this.suggestions[index];
    if (suggestion) void this.search(suggestion.text);
  }

  private onKeydown(event: KeyboardEvent): void {
    const open = !this.listbox.hidden;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.moveActiveSuggestion(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter' && open && this.activeSuggestion >= 0) {
      event.preventDefault();
      this.chooseSuggestion(this.activeSuggestion);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      this.closeSuggestions();
    }
  }
}
