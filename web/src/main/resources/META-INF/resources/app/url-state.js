// The view lives in the URL hash, so a link shows the same map: year, position, unit or feature, layers,
// language, theme and class method, the compared year and theme.

export function readState() {
  const params = new URLSearchParams(window.location.hash.slice(1));
  const number = (key) => (params.has(key) && params.get(key) !== '' ? Number(params.get(key)) : null);
  return {
    year: number('year'),
    lat: number('lat'),
    lng: number('lng'),
    z: number('z'),
    unit: params.get('unit'),
    feature: number('feature'),
    province: params.get('province'),
    layers: params.has('layers') ? params.get('layers').split(',').filter(Boolean) : null,
    lang: params.get('lang'),
    gaps: params.get('gaps'),
    theme: params.get('theme'),
    breaks: params.get('breaks'),
    compare: number('compare'),
    theme2: params.get('theme2'),
  };
}

export function writeState(state) {
  const params = new URLSearchParams();
  Object.entries(state).forEach(([key, value]) => {
    if (value === null || value === undefined || value === '') return;
    params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  });
  history.replaceState(null, '', `#${params}`);
}
