import { IcgSearchElement } from './search-element.ts';

// A page may load the script twice (a CMS block repeated); defining the element twice would throw.
if (!customElements.get('icg-search')) customElements.define('icg-search', IcgSearchElement);

export { IcgSearchElement };
export type { WidgetResultsDetail } from './search-element.ts';
