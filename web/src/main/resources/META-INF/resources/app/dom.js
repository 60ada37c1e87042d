// Building DOM safely: text always goes in as text, never as HTML.

export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes).forEach(([key, value]) => {
    if (value === null || value === undefined || value === false) return;
    if (key === 'class') element.className = value;
    else if (key === 'style') Object.assign(element.style, value);
    else if (key.startsWith('on')) element.addEventListener(key.slice(2), value);
    else element.setAttribute(key, value === true ? '' : value);
  });
  children.flat().forEach((child) => {
    if (child === null || child === undefined || child === false) return;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  });
  return element;
}

/** The way back to the list a sheet was opened from, or nothing when it was not opened from one. */
export function backButton(onBack, label) {
  return onBack ? el('button', { type: 'button', class: 'back', onclick: onBack }, `← ${label}`) : null;
}

/** Replaces an element's children, leaving out the null, undefined and false of conditional parts. */
export function replace(element, ...children) {
  element.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
}

/** Shows a readable message for a few seconds: an error's detail, or with kind 'info' a confirmation or hint. */
export function showMessage(text, kind = 'error') {
  const box = document.getElementById('message');
  box.textContent = text;
  box.dataset.kind = kind;
  box.hidden = false;
  clearTimeout(showMessage.timer);
  showMessage.timer = setTimeout(() => { box.hidden = true; }, 6000);
}
