// On a phone a sheet (the unit, feature, gap or report panel) can be pulled between peek (its title
// over the map), half and full: dragged by its handle (touch or mouse), tapped to step through, or
// with the keyboard (arrow keys up and down, Home, End), as a slider.
import { el } from './dom.js';
import { t } from './i18n.js';

export const SHEET_STATES = ['peek', 'half', 'full'];
const PEEK_PX = 104;
const CLICK_PX = 6;

export function attachSheet(aside) {
  const handle = el('button', {
    type: 'button', class: 'sheet-handle', role: 'slider', 'aria-label': t('sheetHandle'),
    'aria-valuemin': 0, 'aria-valuemax': SHEET_STATES.length - 1,
  });
  const set = (state) => {
    aside.dataset.sheet = state;
    aside.style.height = '';
    handle.setAttribute('aria-valuenow', SHEET_STATES.indexOf(state));
    handle.setAttribute('aria-valuetext', state);
  };
  const step = (by) => set(SHEET_STATES[Math.max(0, Math.min(SHEET_STATES.length - 1, SHEET_STATES.indexOf(aside.dataset.sheet) + by))]);
  let drag = null;
  handle.addEventListener('pointerdown', (e) => {
    drag = { y: e.clientY, height: aside.getBoundingClientRect().height, moved: false };
    handle.setPointerCapture(e.pointerId);
  });
  handle.addEventListener('pointermove', (e) => {
    if (!drag) return;
    const dy = e.clientY - drag.y;
    drag.moved ||= Math.abs(dy) > CLICK_PX;
    if (drag.moved) aside.style.height = `${Math.max(PEEK_PX, drag.height - dy)}px`;
  });
  handle.addEventListener('pointerup', () => {
    if (drag?.moved) set(nearest(aside));
    else drag = null;
  });
  handle.addEventListener('click', () => {
    if (drag?.moved) { drag = null; return; } // the end of a drag, not a tap
    drag = null;
    set(SHEET_STATES[(SHEET_STATES.indexOf(aside.dataset.sheet) + 1) % SHEET_STATES.length]);
  });
  handle.addEventListener('keydown', (e) => {
    const moves = { ArrowUp: 1, ArrowRight: 1, ArrowDown: -1, ArrowLeft: -1, Home: -9, End: 9 };
    if (!(e.key in moves)) return;
    e.preventDefault();
    step(moves[e.key]);
  });
  // The panels replace their content when they render: the handle stays first; a sheet opens at half.
  new MutationObserver(() => {
    if (aside.firstChild !== handle) aside.prepend(handle);
  }).observe(aside, { childList: true });
  new MutationObserver(() => {
    if (!aside.hidden) set('half');
  }).observe(aside, { attributes: true, attributeFilter: ['hidden'] });
  aside.prepend(handle);
  set('half');
}

/** The state whose height is nearest the sheet's height where the drag left it. */
function nearest(aside) {
  const height = aside.getBoundingClientRect().height;
  const room = aside.parentElement.getBoundingClientRect().height;
  const heights = { peek: PEEK_PX, half: room / 2, full: room };
  return SHEET_STATES.reduce((best, s) => (Math.abs(heights[s] - height) < Math.abs(heights[best] - height) ? s : best));
}
