// The staff pages share one shell (staff.html); ?page= names which of them to show.
const PAGES = ['dashboard', 'national', 'moderation', 'imports', 'admin'];
const page = new URLSearchParams(window.location.search).get('page');
await import(`./${PAGES.includes(page) ? page : 'dashboard'}.js`);
