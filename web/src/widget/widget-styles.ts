/**
 * The widget's look. Everything sits on `.icg-widget`, not `:host`, because a host page's rules for the
 * element itself (`* { color: red }`) win over `:host`; custom properties still cross the shadow
 * boundary, so they are how a page themes the widget.
 */
export const WIDGET_CSS = `
:host { display: block; }
:host([hidden]) { display: none; }
.icg-widget {
  --accent: var(--icg-accent, #7a2e12);
  --text: var(--icg-text, #2b2118);
  --muted: var(--icg-muted, #6b5d4f);
  --surface: var(--icg-background, #ffffff);
  --border: var(--icg-border, #e1dccf);
  --radius: var(--icg-radius, 6px);
  --mark: var(--icg-mark, #fbe7a1);
  box-sizing: border-box;
  font-family: var(--icg-font, system-ui, -apple-system, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif);
  font-size: var(--icg-font-size, 15px);
  line-height: 1.5;
  color: var(--text);
  background: var(--surface);
  border: 1px solid var(--border);
  border-radius: var(--radius);
  padding: 12px;
  text-align: start;
}
.icg-widget *, .icg-widget *::before, .icg-widget *::after { box-sizing: inherit; }
form { margin: 0; }
label { display: block; font-weight: 600; color: var(--accent); margin-bottom: 6px; }
.row { display: flex; gap: 6px; position: relative; }
.combo { position: relative; flex: 1; min-width: 0; }
input {
  width: 100%;
  font: inherit;
  color: var(--text);
  background: var(--surface);
  border: 1px solid var(--border);
  border-radius: var(--radius);
  padding: 8px 10px;
  margin: 0;
}
input:focus-visible, button:focus-visible, a:focus-visible { outline: 3px solid var(--accent); outline-offset: 1px; }
button {
  font: inherit;
  color: #fff;
  background: var(--accent);
  border: 1px solid var(--accent);
  border-radius: var(--radius);
  padding: 8px 14px;
  cursor: pointer;
  flex: none;
}
[role="listbox"] {
  position: absolute;
  inset-inline: 0;
  top: calc(100% + 2px);
  z-index: 10;
  margin: 0;
  padding: 4px 0;
  list-style: none;
  background: var(--surface);
  border: 1px solid var(--border);
  border-radius: var(--radius);
  box-shadow: 0 6px 18px rgb(0 0 0 / 12%);
  max-height: 18em;
  overflow-y: auto;
}
[role="listbox"][hidden] { display: none; }
[role="option"] { padding: 6px 10px; cursor: pointer; display: flex; justify-content: space-between; gap: 8px; }
[role="option"][aria-selected="true"] { background: var(--accent); color: #fff; }
[role="option"][aria-selected="true"] .kind { color: inherit; }
.kind { color: var(--muted); font-size: 0.85em; white-space: nowrap; }
.status { margin: 8px 0 0; color: var(--muted); font-size: 0.9em; min-height: 1.5em; }
.error { margin: 8px 0 0; padding: 8px 10px; border-radius: var(--radius); background: #fdecea; color: #8a1c12; }
.error[hidden] { display: none; }
ol { list-style: none; margin: 4px 0 0; padding: 0; }
li.result { padding: 8px 0; border-top: 1px solid var(--border); }
li.result:first-child { border-top: none; }
a { color: var(--accent); font-weight: 600; text-decoration: none; overflow-wrap: anywhere; }
a:hover { text-decoration: underline; }
.meta { display: block; color: var(--muted); font-size: 0.85em; }
.snippet { margin: 2px 0 0; font-size: 0.9em; overflow-wrap: anywhere; }
mark { background: var(--mark); color: inherit; padding: 0 1px; border-radius: 2px; }
.answer { margin: 6px 0 2px; padding: 6px 10px; border-left: 3px solid var(--accent); background: var(--surface); }
.answer[hidden] { display: none; }
.answer-title { margin: 0; color: var(--muted); font-size: 0.8em; }
.answer-item { margin: 2px 0 0; font-size: 0.95em; overflow-wrap: anywhere; }
.answer-why, .answer-source { font-size: 0.9em; }
.answer-source { color: var(--muted); }
.more { display: inline-block; margin-top: 6px; font-size: 0.9em; }
.more[hidden] { display: none; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;
